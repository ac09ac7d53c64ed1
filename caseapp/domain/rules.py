"""Gentle checks when a case moves between stages.

Moving forward one stage is checked against what the practice expects to be recorded first; each finding is a
warning the practitioner may override with a reason. Moving back (e.g. monitoring → planning for re-assessment)
always needs a reason. Jumping forward over a stage is not allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.checklists import CHECKLISTS
from caseapp.domain.deadlines import CaseFacts
from caseapp.domain.labels import Label
from caseapp.domain.vocab import Stage


@dataclass(frozen=True)
class StageWarning:
    code: str
    label: Label


W = StageWarning

NO_CONSENT = W("no_consent", Label("서비스 이용 동의가 아직 기록되지 않았습니다.", "No consent to the service is recorded yet."))
NO_ASSESSMENT = W("no_assessment", Label("사정이 아직 기록되지 않았습니다.", "No assessment is recorded yet."))
NO_GOAL = W("no_goal", Label("목표가 아직 없습니다.", "There is no goal yet."))
NO_CLIENT_TASK = W("no_client_task", Label("대상자가 스스로 하는 과업이 계획에 없습니다.",
                                           "The plan has no task the client does themself."))
NO_SERVICE = W("no_service", Label("서비스 제공 기록이 아직 없습니다.", "No service has been logged yet."))
NO_REVIEW = W("no_review", Label("모니터링 점검 기록이 없습니다.", "No monitoring review is recorded."))
NO_TERMINATION = W("no_termination", Label("종결 기록이 없습니다.", "No termination record yet."))
NO_FOLLOW_UP = W("no_follow_up", Label("사후관리 일정이 없습니다.", "No follow-up contact is scheduled."))


UNCHECKED_CODE = "unchecked_checklist"


def unchecked_items(facts: CaseFacts, stage: Stage) -> StageWarning | None:
    """The stage's practice checklist items not ticked yet, as one warning naming them."""
    missing = [item.label for item in CHECKLISTS.get(stage, ()) if (stage.value, item.key) not in facts.checked]
    if not missing:
        return None
    return W(UNCHECKED_CODE, Label(f"{stage.label.ko} 체크리스트에 아직 표시하지 않은 항목: " +
                                   ", ".join(m.ko for m in missing),
                                   f"{stage.label.en} checklist items not ticked yet: " +
                                   ", ".join(m.en for m in missing)))


class TransitionError(ValueError):
    def __init__(self, label: Label) -> None:
        super().__init__(label.en)
        self.label = label


def warnings_for_advance(facts: CaseFacts, target: Stage) -> list[StageWarning]:
    found: list[StageWarning] = []
    if target is Stage.PLANNING:
        if not facts.service_consent_given:
            found.append(NO_CONSENT)
        if facts.assessment_count == 0:
            found.append(NO_ASSESSMENT)
    elif target is Stage.IMPLEMENTATION:
        if facts.goal_count == 0:
            found.append(NO_GOAL)
        if facts.client_task_count == 0:
            found.append(NO_CLIENT_TASK)
    elif target is Stage.MONITORING:
        if facts.service_count == 0:
            found.append(NO_SERVICE)
    elif target is Stage.TERMINATION:
        if facts.review_count == 0:
            found.append(NO_REVIEW)
        if not facts.has_termination:
            found.append(NO_TERMINATION)
        unchecked = unchecked_items(facts, Stage.TERMINATION)
        if unchecked is not None:
            found.append(unchecked)
    elif target is Stage.FOLLOW_UP:
        if not facts.has_termination:
            found.append(NO_TERMINATION)
        if not facts.open_follow_ups:
            found.append(NO_FOLLOW_UP)
    return found


def check_transition(current: Stage, target: Stage, reason: str, overridden: set[str],
                     facts: CaseFacts) -> list[StageWarning]:
    """Return the warnings that were overridden (to be recorded); raise TransitionError if the move is refused."""
    if target == current:
        raise TransitionError(Label("이미 그 단계에 있습니다.", "The case is already in that stage."))
    if target.order < current.order:
        if not reason.strip():
            raise TransitionError(Label("이전 단계로 돌아가려면 사유를 적어야 합니다.",
                                        "Moving back to an earlier stage needs a reason."))
        return []
    if target.order > current.order + 1:
        raise TransitionError(Label("단계를 건너뛸 수 없습니다. 한 단계씩 진행하세요.",
                                    "Stages cannot be skipped; move one stage at a time."))
    warnings = warnings_for_advance(facts, target)
    pending = [w for w in warnings if w.code not in overridden]
    if pending:
        raise PendingWarnings(pending)
    if warnings and not reason.strip():
        raise TransitionError(Label("경고를 무시하고 진행하려면 사유를 적어야 합니다.",
                                    "Overriding a warning needs a reason."))
    return warnings


class PendingWarnings(TransitionError):
    def __init__(self, warnings: list[StageWarning]) -> None:
        super().__init__(Label(" ".join(w.label.ko for w in warnings), " ".join(w.label.en for w in warnings)))
        self.warnings = warnings
