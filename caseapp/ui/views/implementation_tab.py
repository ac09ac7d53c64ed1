"""실행: quick entry of a service contact (date today, type, mode, text; Ctrl+Enter saves), the service log
newest first with the six direct-practice types and the indirect ones, and referrals to resources."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.forms import FormSpec
from caseapp.domain.vocab import DIRECT_PRACTICE, ContactMode, ContactTarget, PracticeType, ReferralStatus, Stage
from caseapp.errors import UserError
from caseapp.services import entries
from caseapp.ui.views.intake_tab import date_text, enum_text
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, StageTab, scroll, short
from caseapp.ui.widgets.form_builder import DraftBanner, DraftKeeper, FormWidget, label_text

QUICK_ENTRY = FormSpec("service_entry_quick", forms.SERVICE_ENTRY.title, tuple(
    forms.SERVICE_ENTRY.field(n) for n in ("occurred_on", "practice_type", "contact_mode", "contact_target",
                                           "duration_min", "text")))
DEFAULT_CONTACT_TARGET = ContactTarget.CLIENT.value  # most contacts are with the client


def mark_indirect_types(combo: QComboBox) -> None:
    """A separator between the six direct-practice types and the indirect ones (enum order puts direct first)."""
    for i in range(combo.count()):
        code = combo.itemData(i)
        if code and PracticeType(code) not in DIRECT_PRACTICE:
            combo.insertSeparator(i)
            return


class QuickEntry(QGroupBox):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quick entry"), parent)
        self.ctx = ctx
        self.setObjectName("quickEntry")
        layout = QVBoxLayout(self)
        self.form = FormWidget(QUICK_ENTRY, parent=self, show_form_help=False)
        mark_indirect_types(self.form.editors["practice_type"])  # type: ignore[arg-type]
        self.keeper = DraftKeeper(ctx.vault, self.form, ctx.case_id, ctx.draft_key("service_entry", "quick"), self,
                                  known=ctx.draft_keys)
        self.banner = DraftBanner(self.keeper, self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        self.form.editors["text"].setMaximumHeight(72)  # quick: a few lines; the full form is below
        row = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+Enter saves"), self)
        hint.setStyleSheet("color: #566573;")
        row.addWidget(hint, 1)
        self.save_button = QPushButton(self.tr("Save entry"), self)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        for editor in self.form.editors.values():
            (editor.focusProxy() or editor).installEventFilter(self)
        self.reset(*entries.last_entry_choices(ctx.vault))  # the last type and mode used, anywhere
        ctx.sections.append(self)
        self.banner.check()

    def has_offer(self) -> bool:
        return not self.banner.isHidden()

    def reset(self, practice_type: str, contact_mode: str, contact_target: str = DEFAULT_CONTACT_TARGET) -> None:
        self.form.clear()
        self.form.set_values({"practice_type": practice_type, "contact_mode": contact_mode,
                              "contact_target": contact_target})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            in_text = isinstance(watched, QPlainTextEdit)
            if not in_text or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return True
        return False

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty() and bool(self.form.value("text").strip())

    def flush_draft(self) -> None:
        self.keeper.save_now()

    def save(self) -> bool:
        values: dict[str, Any] = self.form.values()
        try:
            entries.add(self.ctx.vault, self.ctx.case_id, "service_entry", values)
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.form.mark_clean()
        self.keeper.discard()
        self.reset(values.get("practice_type", ""), values.get("contact_mode", ""),  # next entry often alike
                   values.get("contact_target") or DEFAULT_CONTACT_TARGET)
        self.ctx.reload()
        self.ctx.message.emit(self.saved_text(values.get("contact_mode", "")))
        return True

    def saved_text(self, contact_mode: str) -> str:
        # "기록을" is fixed whatever the mode's label ends in, so no particle needs choosing here.
        return self.tr("%1 entry saved").replace("%1", enum_text(ContactMode, contact_mode))


class ImplementationTab(StageTab):
    stage = Stage.IMPLEMENTATION

    def build(self) -> QWidget:
        ctx = self.ctx
        vault = ctx.vault
        page, col = self.jump_page()
        self.quick = QuickEntry(ctx, page)
        col.addWidget(self.quick)
        self.services = RecordSection(
            ctx, forms.SERVICE_ENTRY, table_height=150, form_columns=2,
            rows=lambda snap: sorted(snap.services, key=lambda e: (e.occurred_on, e.created_at), reverse=True),
            columns=[Column(self.tr("Date"), lambda e: date_text(e.occurred_on)),
                     Column(self.tr("Type"), lambda e: enum_text(PracticeType, e.practice_type)),
                     Column(self.tr("Direct"), lambda e: self._direct(e.practice_type)),
                     Column(self.tr("Contact"), lambda e: enum_text(ContactMode, e.contact_mode)),
                     Column(self.tr("With"), lambda e: enum_text(ContactTarget, e.contact_target)),
                     Column(self.tr("Min"), lambda e: "" if e.duration_min is None else str(e.duration_min)),
                     Column(self.tr("Notes"), lambda e: short(e.text, 80), stretch=True)],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "service_entry", values), parent=page)
        mark_indirect_types(self.services.form.editors["practice_type"])  # type: ignore[arg-type]
        col.addWidget(self.services)
        self.referrals = RecordSection(
            ctx, forms.REFERRAL, table_height=110, form_columns=2, rows=lambda snap: snap.referrals,
            columns=[Column(self.tr("Resource"), lambda r: self._resource_name(r.resource_id)),
                     Column(self.tr("Status"), lambda r: enum_text(ReferralStatus, r.status)),
                     Column(self.tr("Sent"), lambda r: date_text(r.sent_on)),
                     Column(self.tr("Reason"), lambda r: short(r.reason, 60), stretch=True)],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "referral", values), parent=page)
        col.addWidget(self.referrals)
        self.letter_button = QPushButton(self.tr("Referral letter for the selected referral…"), page)
        self.letter_button.setObjectName("referralLetterButton")
        self.letter_button.clicked.connect(self.open_referral_letter)
        letter_row = QHBoxLayout()
        letter_row.addStretch(1)
        letter_row.addWidget(self.letter_button)
        col.addLayout(letter_row)
        self.no_resources = QLabel(self.tr("No resources yet: add organisations and people in the resource "
                                           "directory, then refer to them here."), page)
        self.no_resources.setWordWrap(True)
        self.no_resources.setStyleSheet("color: #9a7d0a;")
        col.addWidget(self.no_resources)
        self.jumps.add("services", label_text(forms.SERVICE_ENTRY.title), self.services)
        self.jumps.add("referrals", label_text(forms.REFERRAL.title), self.referrals)
        return self.jumps.attach(scroll(page))

    def refresh_own(self) -> None:
        picker = self.referrals.form.editors["resource_id"]
        assert isinstance(picker, QComboBox)
        self.no_resources.setVisible(picker.count() <= 1)  # only the empty "—" choice
        self.letter_button.setEnabled(bool(self.ctx.snap.referrals))

    def open_referral_letter(self) -> None:
        """의뢰서 for the referral selected above (else the latest), in the window's referral-letter dialog."""
        from caseapp.ui.dialogs.referral_letter_dialog import ReferralLetterDialog
        self.letter_dialog = ReferralLetterDialog(self.ctx.vault, self.ctx.case_id, self,
                                                  referral_id=self.referrals.current_id)
        self.letter_dialog.open()

    def _direct(self, code: str) -> str:
        try:
            return self.tr("direct") if PracticeType(code) in DIRECT_PRACTICE else self.tr("indirect")
        except ValueError:
            return ""

    def _resource_name(self, resource_id: str | None) -> str:
        resource = self.ctx.snap.resources.get(resource_id or "")
        return resource.name if resource else ""
