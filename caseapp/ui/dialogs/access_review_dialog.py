"""접속기록 점검 (monthly access-log review): one month's access records, filtered by kind, case and person, with
what a reviewer looks for flagged (night-time access 22:00–06:00, bulk exports, unusual volumes, failed unlocks),
and a signed "reviewed on ..." entry. Reading and signing run off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from caseapp.domain.access import (
    AccessEntry, AccessKind, ExportReason, MonthSummary, decode_detail, is_night, previous_month, summarise,
)
from caseapp.errors import UserError
from caseapp.services import access_log, access_review
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.i18n import error_text, tr_enum, tr_label
from caseapp.ui.widgets.status import Tone, show_message

NIGHT_BRUSH = QBrush(QColor("#fdebd0"))
COLUMNS = 7


class AccessReviewDialog(QDialog):
    reviewed = Signal(object)  # the access_review.Review just recorded

    def __init__(self, vault: Vault, parent: QWidget | None = None, month: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.entries: list[AccessEntry] = []
        self.shown: list[AccessEntry] = []
        self.summary = MonthSummary()
        self.job: background.Job | None = None
        self._reading_notice = True
        self.setWindowTitle(self.tr("Access-log review"))
        self.resize(1000, 620)

        self.month_edit = QDateEdit(self)
        self.month_edit.setObjectName("review_month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        start = (month or previous_month(date.today())).replace(day=1)
        self.month_edit.setDate(QDate(start.year, start.month, 1))
        self.month_edit.dateChanged.connect(lambda *_: self.load())
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("review_kind")
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in AccessKind:
            self.kind_combo.addItem(tr_label(kind.label), kind.value)
        self.case_edit = QLineEdit(self)
        self.case_edit.setObjectName("review_case")
        self.case_edit.setPlaceholderText(self.tr("Case number"))
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("review_person")
        self.person_combo.addItem(self.tr("Everyone"), "")
        for widget in (self.kind_combo, self.person_combo):
            widget.currentIndexChanged.connect(lambda *_: self.apply_filters())
        self.case_edit.textChanged.connect(lambda *_: self.apply_filters())

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("review_table")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Person"), self.tr("Kind"), self.tr("Case"),
                                              self.tr("Device"), self.tr("Reason"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((130, 90, 150, 90, 110, 150)):
            self.table.setColumnWidth(col, width)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("review_summary")
        self.summary_label.setWordWrap(True)
        self.reviews_label = QLabel(self)
        self.reviews_label.setObjectName("review_history")
        self.reviews_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Sign as reviewed"), self)
        self.sign_button.setObjectName("review_sign")
        self.sign_button.clicked.connect(self.sign)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Month"), self.month_edit), (self.tr("Kind"), self.kind_combo),
                              (self.tr("Case"), self.case_edit), (self.tr("Person"), self.person_combo)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reviews_label)
        layout.addLayout(buttons)
        self.load()

    # --- loading -------------------------------------------------------------------------------------------------

    def month(self) -> date:
        return self.month_edit.date().toPython().replace(day=1)  # type: ignore[no-any-return]

    def load(self, *, quiet: bool = False) -> background.Job:
        """Read the chosen month; ``quiet`` keeps the message line (a review was just signed)."""
        vault, month = self.vault, self.month()
        self.sign_button.setEnabled(False)
        self._reading_notice = not quiet
        if not quiet:
            show_message(self.message, self.tr("Reading the access records…"), Tone.INFO)

        def work(job: background.Job) -> tuple[date, list[AccessEntry], list[access_review.Review]]:
            return month, access_log.month_records(vault, month), access_review.reviews(vault)

        self.job = background.start(work, parent=self, on_success=lambda result: self.show_month(*result),
                                    on_error=self._failed)
        return self.job

    def show_month(self, month: date, entries: list[AccessEntry], reviews: list[access_review.Review]) -> None:
        if month != self.month():
            return  # another month was chosen meanwhile
        self.entries, self.summary = entries, summarise(entries)
        chosen = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        while self.person_combo.count() > 1:
            self.person_combo.removeItem(1)
        for actor in sorted(self.summary.by_actor):
            self.person_combo.addItem(actor or "-", actor)
        index = self.person_combo.findData(chosen)
        self.person_combo.setCurrentIndex(max(index, 0))
        self.person_combo.blockSignals(False)
        self.summary_label.setText(self._summary_text(self.summary))
        self.reviews_label.setText(self._reviews_text(month, reviews))
        self.sign_button.setEnabled(month <= date.today().replace(day=1))
        if self._reading_notice:
            self.message.setText("")
        self.apply_filters()

    def apply_filters(self) -> None:
        kind, person = self.kind_combo.currentData(), self.person_combo.currentData()
        case = self.case_edit.text().strip()
        self.shown = [e for e in self.entries if (not kind or e.kind.value == kind)
                      and (not person or e.actor == person) and (not case or case in e.case_number)]
        self.table.setRowCount(len(self.shown))
        for row, e in enumerate(self.shown):
            reason = tr_enum(e.reason, ExportReason) if e.reason else ""
            details = " ".join(x for x in (self._facts_text(e), e.note) if x)
            values = (e.at.strftime("%Y-%m-%d %H:%M"), e.actor, tr_label(e.kind.label), e.case_number, e.device,
                      reason, details)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if is_night(e.at):
                    item.setBackground(NIGHT_BRUSH)
                    item.setToolTip(self.tr("Night-time access (22:00–06:00)"))
                self.table.setItem(row, col, item)

    def _facts_text(self, e: AccessEntry) -> str:
        """A search's counts in words; other kinds' facts as stored (codes, a PDF's hash)."""
        facts = decode_detail(e.what)
        if e.kind is AccessKind.SEARCH and "n" in facts:
            return self.tr("%1 hit(s) in %2 case(s)").replace("%1", facts["n"]).replace("%2", facts.get("c", "?"))
        return e.what

    def _summary_text(self, s: MonthSummary) -> str:
        parts = [self.tr("%1 access record(s).").replace("%1", str(s.total))]
        if s.night:
            parts.append(self.tr("Night-time (22:00–06:00): %1.").replace("%1", str(len(s.night))))
        for actor, day, n in s.bulk_export_days:
            parts.append(self.tr("Bulk export: %1 wrote %2 PDF(s) on %3.").replace("%1", actor)
                         .replace("%2", str(n)).replace("%3", day.isoformat()))
        for actor, day, n in s.unusual_days:
            parts.append(self.tr("Unusual volume: %1 opened %2 case(s) on %3.").replace("%1", actor)
                         .replace("%2", str(n)).replace("%3", day.isoformat()))
        if s.failed_unlocks:
            parts.append(self.tr("Failed unlocks: %1.").replace("%1", str(s.failed_unlocks)))
        if not s.flagged:
            parts.append(self.tr("Nothing flagged."))
        return " ".join(parts)

    def _reviews_text(self, month: date, reviews: list[access_review.Review]) -> str:
        mine = [r for r in reviews if r.month == month]
        if not mine:
            return self.tr("This month has not been reviewed yet.")
        lines = []
        for r in mine:
            state = self.tr("signature valid") if r.verified else self.tr("SIGNATURE INVALID")
            lines.append(self.tr("Reviewed on %1 by %2 (%3 record(s), %4 flag(s); %5).")
                         .replace("%1", r.at.strftime("%Y-%m-%d %H:%M")).replace("%2", r.actor)
                         .replace("%3", str(r.count)).replace("%4", str(r.flagged)).replace("%5", state))
        return "\n".join(lines)

    # --- signing -------------------------------------------------------------------------------------------------

    def sign(self) -> background.Job | None:
        if self.job is not None and self.job.running:
            return None
        vault, month, summary = self.vault, self.month(), self.summary
        self.sign_button.setEnabled(False)
        show_message(self.message, self.tr("Signing the review…"), Tone.INFO)
        self.job = background.start(lambda job: access_review.record_review(vault, month, summary), parent=self,
                                    on_success=self._signed, on_error=self._failed)
        return self.job

    def _signed(self, review: access_review.Review) -> None:
        show_message(self.message, self.tr("Review of %1 signed and recorded.").replace("%1", f"{review.month:%Y-%m}"),
                     Tone.SUCCESS)
        self.reviewed.emit(review)
        self.load(quiet=True)

    def _failed(self, exc: BaseException) -> None:
        self.sign_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        show_message(self.message, error_text(exc), Tone.ERROR)
