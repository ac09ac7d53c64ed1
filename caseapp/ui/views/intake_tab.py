"""초기상담·사정: client details, intake (presenting request, referral source, crisis screening), household,
consents per purpose and the assessment, each on its own sub-tab next to the intake checklist."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.consent_terms import GUARDIAN_AGE, age_on
from caseapp.domain.vocab import ConsentGiver, ConsentMethod, ConsentPurpose, DisabilityType, Sex, Stage
from caseapp.errors import UserError
from caseapp.services import cases, consents, entries, retention
from caseapp.ui.i18n import language as ui_language
from caseapp.ui.views.assessment_tab import AssessmentPage
from caseapp.ui.views.consent_tools import (
    ConsentTools, ResidentNumberMask, RevealRow, confirm_resident_number, confirm_warnings,
)
from caseapp.ui.views.lazy_tab import LazyPage, built_on
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, SingleRecordForm, StageTab, scroll
from caseapp.ui.views.selection_page import SelectionPage
from caseapp.ui.widgets.form_builder import FormWidget, label_text


def enum_text(enum_type: Any, code: str | None) -> str:
    if not code:
        return ""
    try:
        return label_text(enum_type(code).label)
    except ValueError:
        return code


def date_text(value: Any) -> str:
    return value.isoformat() if value else ""


def valid_purposes(snap: Any, today: date) -> set[str]:
    return {c.purpose for c in snap.consents
            if c.given_on and not c.withdrawn_on and not (c.expires_on and c.expires_on < today)}


class ConsentSheet(QGroupBox):
    """One signed consent form covering several purposes: tick them once, each is kept as its own consent (so
    one can be withdrawn alone). Purposes without a valid consent start ticked."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(label_text(forms.CONSENT_SHEET.title), parent)
        self.ctx = ctx
        self.setObjectName("consentSheet")
        layout = QVBoxLayout(self)
        self.form = FormWidget(forms.CONSENT_SHEET, parent=self, columns=1)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.expiry_hint = QLabel(self)
        self.expiry_hint.setWordWrap(True)
        self.expiry_hint.setStyleSheet("color: #566573;")
        row.addWidget(self.expiry_hint, 1)
        self.save_button = QPushButton(self.tr("Record consent sheet"), self)
        self.save_button.setObjectName("saveConsentSheet")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        ctx.sections.append(self)
        ctx.reloaded.connect(self._reloaded)
        self.reset()

    def _reloaded(self) -> None:
        if not self.form.is_dirty():
            self.reset()  # e.g. a consent withdrawn below: its purpose is ticked for the next sheet

    def default_expiry(self) -> date | None:
        """Settings' rule: a consent runs until the case closes plus the retention period; once the case is
        closed that is a date, before it there is none to enter."""
        closed = self.ctx.snap.case.closed_on
        return retention.add_years(closed, self.years) if closed else None

    def default_giver(self) -> str:
        """법정대리인 for a client under 14 (who cannot consent alone), else 본인."""
        birth = self.ctx.snap.client.birth_date
        minor = birth is not None and age_on(birth, date.today()) < GUARDIAN_AGE
        return (ConsentGiver.GUARDIAN if minor else ConsentGiver.SELF).value

    def reset(self) -> None:
        self.years = retention.retention_years(self.ctx.vault)
        missing = [p.value for p in ConsentPurpose if p.value not in valid_purposes(self.ctx.snap, date.today())]
        self.form.clear()
        self.form.set_values({"purposes": missing, "method": ConsentMethod.WRITTEN.value,
                              "expires_on": self.default_expiry(), "consented_by": self.default_giver()})
        self.expiry_hint.setText(self.tr("Without an expiry date the consents run until the case closes plus the "
                                         "retention period (%1 years, Settings).").replace("%1", str(self.years)))

    def has_offer(self) -> bool:
        return False

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty() and bool(self.form.value("purposes"))

    def flush_draft(self) -> None:
        """Nothing long is typed here: ticks and dates are quick to redo, so no draft is kept."""

    def save(self) -> bool:
        values = self.form.values()
        if not confirm_warnings(self, self.ctx.vault, self.ctx.case_id, values):
            return False
        try:
            made = consents.add_consent_sheet(self.ctx.vault, self.ctx.case_id, values)
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.form.mark_clean()
        self.ctx.reload()
        self.ctx.message.emit(self.tr("Consent sheet recorded: %1").replace(
            "%1", ", ".join(enum_text(ConsentPurpose, c.purpose) for c in made)))
        return True


class IntakeTab(StageTab):
    stage = Stage.INTAKE

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        self.pages = QTabWidget(self)
        self.pages.setObjectName("intakePages")

        details = QWidget()
        col = QVBoxLayout(details)
        self.resident_number = ResidentNumberMask(ctx)
        self.client_form = SingleRecordForm(
            ctx, forms.CLIENT, row_of=self.resident_number.row_of, columns=2,
            save=self._save_client,
            parent=details)
        self.reveal_row = RevealRow(self.resident_number, self.client_form, details)
        self.intake_form = SingleRecordForm(
            ctx, forms.INTAKE, row_of=lambda snap: snap.case,
            save=lambda row_id, values: cases.update_intake(vault, row_id, values), parent=details)
        col.addWidget(self.client_form)
        col.addWidget(self.reveal_row)
        col.addWidget(self.intake_form)
        col.addStretch(1)
        self.pages.addTab(scroll(details), self.tr("Client and intake"))

        # The other sub-pages are made when first chosen (or reached into through the properties below).
        built = ctx.page_built.emit
        self._household_page = LazyPage(lambda: scroll(self._make_household()), built)
        self.pages.addTab(self._household_page, self.tr("Household"))
        self._consent_page = LazyPage(lambda: scroll(self._make_consents()), built)
        self.pages.addTab(self._consent_page, self.tr("Consents"))
        self._assessment_page = LazyPage(self._make_assessment, built)
        self.pages.addTab(self._assessment_page, label_text(forms.ASSESSMENT.title))
        self._selection_page = LazyPage(lambda: scroll(self._make_selection()), built)  # after the assessment
        self.pages.addTab(self._selection_page, label_text(forms.CASE_SELECTION.title))
        LazyPage.attach(self.pages)
        return self.pages

    def _make_household(self) -> RecordSection:
        ctx = self.ctx
        vault = ctx.vault
        self._household = RecordSection(
            ctx, forms.HOUSEHOLD_MEMBER, rows=lambda snap: snap.household, signable=False, deletable=True,
            table_height=160, form_columns=2,
            columns=[Column(label_text(forms.HOUSEHOLD_MEMBER.field("relation").label), lambda m: m.relation),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("name").label), lambda m: m.name),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("age").label),
                            lambda m: "" if m.age is None else str(m.age)),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("sex").label), lambda m: enum_text(Sex, m.sex)),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("lives_together").label),
                            lambda m: self.tr("yes") if m.lives_together else self.tr("no")),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("disability_type").label),
                            lambda m: enum_text(DisabilityType, m.disability_type)),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("priority").label),
                            lambda m: "" if m.priority is None else str(m.priority)),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("problem").label),
                            lambda m: " ".join(m.problem.split()), stretch=True)],
            create=lambda values, _x: entries.add_household_member(vault, ctx.snap.client.id, values))
        return self._household

    def _make_consents(self) -> QWidget:
        ctx = self.ctx
        self._consents = RecordSection(
            ctx, forms.CONSENT, rows=lambda snap: snap.consents, table_height=150,
            columns=[Column(label_text(forms.CONSENT.field("purpose").label),
                            lambda c: enum_text(ConsentPurpose, c.purpose)),
                     Column(label_text(forms.CONSENT.field("given_on").label), lambda c: date_text(c.given_on)),
                     Column(label_text(forms.CONSENT.field("method").label),
                            lambda c: enum_text(ConsentMethod, c.method)),
                     Column(label_text(forms.CONSENT.field("expires_on").label), lambda c: date_text(c.expires_on)),
                     Column(label_text(forms.CONSENT.field("withdrawn_on").label),
                            lambda c: date_text(c.withdrawn_on)),
                     Column(label_text(forms.CONSENT.field("consented_by").label),
                            lambda c: enum_text(ConsentGiver, c.consented_by))],
            create=self._create_consent)
        consent_page = QWidget()
        consent_col = QVBoxLayout(consent_page)
        self._consent_sheet = ConsentSheet(ctx, consent_page)
        consent_col.addWidget(self._consent_sheet)
        consent_col.addWidget(self._consents)
        self._consent_tools = ConsentTools(ctx, self._consents.current_row, self._consents)
        self._consents.table.selectionModel().currentRowChanged.connect(lambda *_: self._consent_tools.refresh())
        section_layout = self._consents.layout()  # the tools act on the selected row: right under the table
        section_layout.insertWidget(section_layout.indexOf(self._consents.table) + 1, self._consent_tools)
        self._missing_consents = QLabel(consent_page)
        self._missing_consents.setObjectName("missingConsents")
        self._missing_consents.setWordWrap(True)
        self._missing_consents.setStyleSheet("color: #9a7d0a;")
        consent_col.addWidget(self._missing_consents)
        self._withdrawal_notices = QLabel(consent_page)
        self._withdrawal_notices.setObjectName("withdrawalNotices")
        self._withdrawal_notices.setWordWrap(True)
        self._withdrawal_notices.setStyleSheet("color: #9a3412;")
        consent_col.addWidget(self._withdrawal_notices)
        consent_col.addStretch(1)
        self._refresh_consents()
        return consent_page

    def _make_assessment(self) -> AssessmentPage:
        self._assessment = AssessmentPage(self.ctx)
        return self._assessment

    def _make_selection(self) -> SelectionPage:
        self._selection = SelectionPage(self.ctx)
        return self._selection

    # What tests and the case view reach into: the sub-page it is on is built first.
    household = built_on("_household_page", "_household")
    consents = built_on("_consent_page", "_consents")
    consent_sheet = built_on("_consent_page", "_consent_sheet")
    consent_tools = built_on("_consent_page", "_consent_tools")
    missing_consents = built_on("_consent_page", "_missing_consents")
    withdrawal_notices = built_on("_consent_page", "_withdrawal_notices")
    assessment = built_on("_assessment_page", "_assessment")
    selection = built_on("_selection_page", "_selection")

    def _save_client(self, row_id: str, values: dict[str, Any]) -> Any:
        values = self.resident_number.values_to_save(values)
        if "resident_number" in values and not confirm_resident_number(self, values):
            raise UserError("저장하지 않았습니다. 주민등록번호를 확인하세요.", "Not saved: check the resident number.")
        return cases.update_client(self.ctx.vault, row_id, values)

    def _create_consent(self, values: dict[str, Any], _extra: Any) -> Any:
        if not confirm_warnings(self, self.ctx.vault, self.ctx.case_id, values):
            raise UserError("저장하지 않았습니다. 동의한 사람을 확인하세요.", "Not saved: check who consented.")
        return consents.add_consent(self.ctx.vault, self.ctx.case_id, values)

    def refresh_own(self) -> None:
        self.reveal_row.refresh()
        if self._consent_page.is_built:
            self._refresh_consents()

    def _refresh_consents(self) -> None:
        self._consent_tools.refresh()
        active = valid_purposes(self.ctx.snap, date.today())
        missing = [label_text(p.label) for p in ConsentPurpose if p.value not in active]
        self._missing_consents.setText(self.tr("No valid consent yet for: %1").replace("%1", ", ".join(missing))
                                       if missing else "")
        self._missing_consents.setVisible(bool(missing))
        self._show_withdrawal_notices()

    def _show_withdrawal_notices(self) -> None:
        """A withdrawn consent: the recipients who received data under it, to be told (제3자 제공 대장)."""
        from caseapp.services import registers
        lines = []
        for consent in self.ctx.snap.consents:
            if consent.withdrawn_on is None:
                continue
            for d in registers.affected_by_withdrawal(self.ctx.vault, consent):
                lines.append(f"• {d.recipient} ({d.disclosed_at.astimezone().date().isoformat()}, "
                             f"{registers.kind_text(d.kind, ui_language())})")
        lines = list(dict.fromkeys(lines))  # a purpose withdrawn twice (signed + withdrawal row) lists once
        self._withdrawal_notices.setText(
            self.tr("A consent was withdrawn. Tell those who received data under it:") + "\n" + "\n".join(lines)
            if lines else "")
        self._withdrawal_notices.setVisible(bool(lines))
