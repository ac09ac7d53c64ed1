"""Today: overdue and upcoming deadlines across all cases, most urgent first, each one click from its case.

The list filters by kind, and a planned follow-up contact can be marked done or postponed (with a reason from the
list) right here: the last column offers both, and so do the buttons under the list for the selected row.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from caseapp.domain.deadlines import Deadline, DeadlineKind, by_urgency
from caseapp.services import cases as case_service
from caseapp.services.vault import Vault
from caseapp.ui import background
from caseapp.ui.dialogs.follow_up_actions import FollowUpActionDialog, done_dialog, snooze_dialog
from caseapp.ui.i18n import tr_label
from caseapp.ui.models.deadline_model import ACTION_COLUMN, DeadlineModel, can_act_on


class TodayView(QWidget):
    open_case = Signal(str)
    loaded = Signal(int)
    changed = Signal(str)  # a follow-up of this case was done or postponed from the list
    message = Signal(str)  # what was just done, for the status bar
    review_requested = Signal()  # the access-log reminder was clicked

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.all_deadlines: list[Deadline] = []
        # The serial (background.Job) of the read shown: this view's Refresh and the case list's load both feed it
        # and may finish in either order; an older read arriving last is dropped.
        self.shown_serial = 0
        self.today = date.today()
        self.dialog: FollowUpActionDialog | None = None
        self.menu: QMenu | None = None  # the last "done · postpone" menu shown
        self.model = DeadlineModel(self)
        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSize(title_font.pointSize() + 3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel(self)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("deadlineKindFilter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        show_label = QLabel(self.tr("&Show"), self)
        show_label.setBuddy(self.kind_filter)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.reload)
        self.table = QTableView(self)
        self.table.setObjectName("deadline_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setToolTip(self.tr("Click a row to open its case."))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((100, 130, 170, 210)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._clicked)  # one click from the deadline to its case
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.hint = QLabel(self.tr("A follow-up contact can be settled here; anything else opens its case."), self)
        self.hint.setStyleSheet("color: #566573;")
        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.done_button = QPushButton(self.tr("Mark &done…"), self)
        self.done_button.setObjectName("followUpDone")
        self.snooze_button = QPushButton(self.tr("&Postpone…"), self)
        self.snooze_button.setObjectName("followUpSnooze")
        self.open_button.clicked.connect(lambda: self._open(self.current_deadline()))
        self.done_button.clicked.connect(lambda: self.mark_done(self.current_deadline()))
        self.snooze_button.clicked.connect(lambda: self.snooze(self.current_deadline()))

        # 접속기록 점검 reminder: shown while last month's access records are unreviewed (see check_review)
        self.review_banner = QPushButton(self)
        self.review_banner.setObjectName("accessReviewReminder")
        self.review_banner.setStyleSheet("text-align: left; padding: 4px; background: #fef5e7; color: #7e5109;")
        self.review_banner.setFlat(True)
        self.review_banner.hide()
        self.review_banner.clicked.connect(self.review_requested.emit)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(show_label)
        top.addWidget(self.kind_filter)
        top.addWidget(refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        for b in (self.open_button, self.done_button, self.snooze_button):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.review_banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._fill_filter()
        self._update_buttons()

    @property
    def deadlines(self) -> list[Deadline]:
        """What the list shows now (after the kind filter), most urgent first."""
        return self.model.rows

    # --- loading and filtering --------------------------------------------------------------------------------

    def reload(self) -> background.Job:
        vault = self.vault
        job = background.start(lambda job: case_service.upcoming_deadlines(vault), parent=self,
                               on_success=lambda deadlines: self.show_deadlines(deadlines, serial=job.serial))
        return job

    def check_review(self) -> background.Job:
        """Show the reminder when last month's access records have no signed review yet (read off the GUI thread)."""
        from caseapp.services import access_review
        vault = self.vault
        return background.start(lambda job: access_review.unreviewed_last_month(vault), parent=self,
                                on_success=self.show_review_reminder)

    def show_review_reminder(self, month: date | None) -> None:
        if month is None:
            self.review_banner.hide()
            return
        self.review_banner.setText(self.tr("The access records of %1 have not been reviewed yet. Review them now…")
                                   .replace("%1", f"{month:%Y-%m}"))
        self.review_banner.show()

    def show_deadlines(self, deadlines: list[Deadline], today: date | None = None, serial: int | None = None) -> bool:
        """Show ``deadlines`` unless a read started later is shown already (``serial``: the job whose read they
        are; None: given now, so the newest). Returns whether they were shown."""
        serial = background.next_serial() if serial is None else serial
        if serial < self.shown_serial:
            return False
        self.shown_serial = serial
        self.today = today or date.today()
        self.all_deadlines = by_urgency(deadlines)
        self.title.setText(self.tr("Today, %1").replace("%1", self.today.isoformat()))
        self._fill_filter()
        self._apply_filter()
        self.loaded.emit(len(deadlines))
        return True

    def _fill_filter(self) -> None:
        """"All" and each kind, with how many of each are listed (the choice survives a reload)."""
        chosen = self.kind_filter.currentData()
        counts = {k: 0 for k in DeadlineKind}
        for d in self.all_deadlines:
            counts[d.kind] += 1
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds (%1)").replace("%1", str(len(self.all_deadlines))), None)
        for kind in DeadlineKind:
            self.kind_filter.addItem(f"{tr_label(kind.value)} ({counts[kind]})", kind.name)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen), 0))
        self.kind_filter.blockSignals(False)

    def set_kind(self, kind: DeadlineKind | None) -> None:
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind.name if kind else None), 0))

    def _apply_filter(self) -> None:
        chosen = self.kind_filter.currentData()
        shown = [d for d in self.all_deadlines if chosen is None or d.kind.name == chosen]
        self.model.set_deadlines(shown, self.today)
        overdue = sum(1 for d in shown if d.is_overdue(self.today))
        self.summary.setText(self.tr("%1 overdue, %2 due soon").replace("%1", str(overdue))
                             .replace("%2", str(len(shown) - overdue)))
        self._update_buttons()

    # --- acting on a row --------------------------------------------------------------------------------------

    def current_deadline(self) -> Deadline | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self, *_args: object) -> None:
        d = self.current_deadline()
        self.open_button.setEnabled(d is not None)
        self.done_button.setEnabled(d is not None and can_act_on(d))
        self.snooze_button.setEnabled(d is not None and can_act_on(d))

    def _clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        d = self.model.rows[index.row()]
        if index.column() == ACTION_COLUMN and can_act_on(d):
            self.menu = self.action_menu(d)
            self.menu.popup(self.table.viewport().mapToGlobal(self.table.visualRect(index).bottomLeft() + QPoint(0, 1)))
            return
        self._open(d)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.rows[index.row()])

    def _open(self, d: Deadline | None) -> None:
        if d is not None:
            self.open_case.emit(str(d.case_id))

    def action_menu(self, d: Deadline) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("followUpMenu")
        menu.addAction(self.tr("Mark done…"), lambda: self.mark_done(d))
        menu.addAction(self.tr("Postpone…"), lambda: self.snooze(d))
        menu.addSeparator()
        menu.addAction(self.tr("Open case"), lambda: self._open(d))
        return menu

    def mark_done(self, d: Deadline | None) -> FollowUpActionDialog | None:
        if d is None or not can_act_on(d):
            return None
        return self._show_dialog(done_dialog(self.vault, d, self), d, self.tr("Follow-up of %1 marked done"))

    def snooze(self, d: Deadline | None) -> FollowUpActionDialog | None:
        if d is None or not can_act_on(d):
            return None
        return self._show_dialog(snooze_dialog(self.vault, d, self), d, self.tr("Follow-up of %1 postponed"))

    def _show_dialog(self, dialog: FollowUpActionDialog, d: Deadline, done_text: str) -> FollowUpActionDialog:
        def settled() -> None:
            self.message.emit(done_text.replace("%1", f"{d.case_number} {d.client_name}"))
            self.changed.emit(d.case_id)
            self.reload()

        dialog.accepted.connect(settled)
        self.dialog = dialog
        dialog.open()  # window-modal, not blocking: the event loop (and the idle lock) keep running
        return dialog
