"""초기상담·사정: client details, intake (presenting request, referral source, crisis screening), household,
consents per purpose and the assessment, each on its own sub-tab next to the intake checklist."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import ConsentMethod, ConsentPurpose, Sex, Stage
from caseapp.services import cases, entries
from caseapp.ui.views.assessment_tab import AssessmentPage
from caseapp.ui.views.section_tab import Column, RecordSection, SingleRecordForm, StageTab, scroll
from caseapp.ui.widgets.form_builder import label_text


def enum_text(enum_type: Any, code: str | None) -> str:
    if not code:
        return ""
    try:
        return label_text(enum_type(code).label)
    except ValueError:
        return code


def date_text(value: Any) -> str:
    return value.isoformat() if value else ""


class IntakeTab(StageTab):
    stage = Stage.INTAKE

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        self.pages = QTabWidget(self)
        self.pages.setObjectName("intakePages")

        details = QWidget()
        col = QVBoxLayout(details)
        self.client_form = SingleRecordForm(
            ctx, forms.CLIENT, row_of=lambda snap: snap.client, columns=2,
            save=lambda row_id, values: cases.update_client(vault, row_id, values), parent=details)
        self.intake_form = SingleRecordForm(
            ctx, forms.INTAKE, row_of=lambda snap: snap.case,
            save=lambda row_id, values: cases.update_intake(vault, row_id, values), parent=details)
        col.addWidget(self.client_form)
        col.addWidget(self.intake_form)
        col.addStretch(1)
        self.pages.addTab(scroll(details), self.tr("Client and intake"))

        self.household = RecordSection(
            ctx, forms.HOUSEHOLD_MEMBER, rows=lambda snap: snap.household, signable=False, deletable=True,
            table_height=160,
            columns=[Column(label_text(forms.HOUSEHOLD_MEMBER.field("relation").label), lambda m: m.relation),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("name").label), lambda m: m.name),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("age").label),
                            lambda m: "" if m.age is None else str(m.age)),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("sex").label), lambda m: enum_text(Sex, m.sex)),
                     Column(label_text(forms.HOUSEHOLD_MEMBER.field("lives_together").label),
                            lambda m: self.tr("yes") if m.lives_together else self.tr("no"))],
            create=lambda values, _x: entries.add_household_member(vault, ctx.snap.client.id, values))
        self.pages.addTab(scroll(self.household), self.tr("Household"))

        self.consents = RecordSection(
            ctx, forms.CONSENT, rows=lambda snap: snap.consents, table_height=150,
            columns=[Column(label_text(forms.CONSENT.field("purpose").label),
                            lambda c: enum_text(ConsentPurpose, c.purpose)),
                     Column(label_text(forms.CONSENT.field("given_on").label), lambda c: date_text(c.given_on)),
                     Column(label_text(forms.CONSENT.field("method").label),
                            lambda c: enum_text(ConsentMethod, c.method)),
                     Column(label_text(forms.CONSENT.field("expires_on").label), lambda c: date_text(c.expires_on)),
                     Column(label_text(forms.CONSENT.field("withdrawn_on").label),
                            lambda c: date_text(c.withdrawn_on))],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "consent", values))
        consent_page = QWidget()
        consent_col = QVBoxLayout(consent_page)
        consent_col.addWidget(self.consents)
        self.missing_consents = QLabel(consent_page)
        self.missing_consents.setObjectName("missingConsents")
        self.missing_consents.setWordWrap(True)
        self.missing_consents.setStyleSheet("color: #9a7d0a;")
        consent_col.addWidget(self.missing_consents)
        consent_col.addStretch(1)
        self.pages.addTab(scroll(consent_page), self.tr("Consents"))

        self.assessment = AssessmentPage(ctx)
        self.pages.addTab(self.assessment, label_text(forms.ASSESSMENT.title))
        return self.pages

    def refresh_own(self) -> None:
        today = date.today()
        active = {c.purpose for c in self.ctx.snap.consents
                  if c.given_on and not c.withdrawn_on and not (c.expires_on and c.expires_on < today)}
        missing = [label_text(p.label) for p in ConsentPurpose if p.value not in active]
        self.missing_consents.setText(self.tr("No valid consent yet for: %1").replace("%1", ", ".join(missing))
                                      if missing else "")
        self.missing_consents.setVisible(bool(missing))
