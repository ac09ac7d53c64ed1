"""Practitioner tasks per stage, worded after the practice notes (사례관리자의 관계 역량, 실천과정별 과업)."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.labels import Label
from caseapp.domain.vocab import Stage


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: Label
    hint: Label


CHECKLISTS: dict[Stage, tuple[ChecklistItem, ...]] = {
    Stage.INTAKE: (
        ChecklistItem("introduce_agency", Label("소속 기관 소개", "Introduce the agency"),
                      Label("자신이 소속된 기관을 소개합니다.", "Say who you are and which agency you work for.")),
        ChecklistItem("explain_service", Label("사례관리 서비스 설명", "Explain the service"),
                      Label("사례관리서비스가 무엇인지 클라이언트가 이해할 수 있도록 설명합니다.",
                            "Explain case management so the client understands what it is.")),
        ChecklistItem("genuine_interest", Label("진심 어린 관심 표현", "Show genuine interest"),
                      Label("클라이언트와 가족의 삶에 진심 어린 관심을 표현합니다.",
                            "Show genuine interest in the lives of the client and family.")),
        ChecklistItem("explore_strengths", Label("강점 탐색", "Explore strengths"),
                      Label("내재된 강점을 탐색합니다(강점관점).", "Explore the client's own strengths.")),
    ),
    Stage.PLANNING: (
        ChecklistItem("agree_change", Label("원하는 변화 합의", "Agree the desired change"),
                      Label("클라이언트가 원하는 삶의 변화를 함께 합의합니다.",
                            "Agree with the client what change they want in their life.")),
        ChecklistItem("strength_based_goals", Label("강점 기반 목표", "Strengths-based goals"),
                      Label("강점이 발휘되고 강화될 수 있는 목표와 계획을 세웁니다.",
                            "Set goals in which the client's strengths are used and grow.")),
        ChecklistItem("client_tasks", Label("클라이언트 주도 과업 포함", "Include tasks the client does"),
                      Label("클라이언트가 주체적으로 할 수 있는 일을 계획에 포함합니다.",
                            "Include in the plan things the client does themself.")),
    ),
    Stage.IMPLEMENTATION: (
        ChecklistItem("support_attempts", Label("새로운 시도 지지", "Support new attempts"),
                      Label("새로운 시도와 변화 노력에 지속적으로 관심과 지지를 보냅니다.",
                            "Keep showing interest in and support for new attempts to change.")),
        ChecklistItem("strengthen_network", Label("자원망 강화", "Strengthen the resource network"),
                      Label("자원체계와의 관계와 네트워크가 강화되도록 합니다.",
                            "Build and strengthen the client's relationships with resources.")),
    ),
    Stage.MONITORING: (
        ChecklistItem("check_delivery", Label("서비스 제공 점검", "Check services are delivered"),
                      Label("계획된 서비스가 잘 제공되고 있는지 확인합니다.",
                            "Check that planned services are actually delivered.")),
        ChecklistItem("check_participation", Label("참여 점검", "Check participation"),
                      Label("클라이언트와 가족이 변화과정에 잘 참여하는지 확인합니다.",
                            "Check the client and family take part in the change process.")),
        ChecklistItem("check_change", Label("변화 파악", "Notice the changes"),
                      Label("개입을 통해 어떤 변화가 일어나는지 파악합니다.",
                            "Notice what is changing in the client's life.")),
    ),
    Stage.TERMINATION: (
        ChecklistItem("acknowledge_change", Label("달성된 변화 인정", "Acknowledge achieved change"),
                      Label("그동안의 노력과 달성된 긍정적 변화를 적극적으로 인정합니다.",
                            "Actively acknowledge the effort made and the positive change achieved.")),
        ChecklistItem("encourage", Label("격려와 지지", "Encourage"),
                      Label("변화가 앞으로도 지속되도록 격려하고 지지합니다.",
                            "Encourage the client so the change lasts.")),
        ChecklistItem("plan_follow_up", Label("사후관리 계획", "Plan follow-up"),
                      Label("종결 후 사후관리 계획을 세웁니다.", "Plan the follow-up after closing.")),
    ),
    Stage.FOLLOW_UP: (
        ChecklistItem("check_wellbeing", Label("안부·적응 확인", "Check how the client is doing"),
                      Label("종결 후 생활 적응과 변화 유지 여부를 확인합니다.",
                            "Check the client is coping and the change holds.")),
        ChecklistItem("reopen_if_needed", Label("필요시 재개입 안내", "Offer to reopen if needed"),
                      Label("필요한 경우 다시 지원을 받을 수 있는 방법을 안내합니다.",
                            "Tell the client how to get support again if needed.")),
    ),
}


def checklist_for(stage: Stage) -> tuple[ChecklistItem, ...]:
    return CHECKLISTS[stage]


def find_item(stage: Stage, key: str) -> ChecklistItem:
    for item in CHECKLISTS[stage]:
        if item.key == key:
            return item
    raise KeyError(f"{stage.value}:{key}")
