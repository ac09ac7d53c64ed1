"""대상자 선정 on the intake tab: the level in force, the dated history of decisions, and the button that records a
new one (a new decision supersedes; nothing earlier is overwritten)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.vocab import SelectionLevel
from caseapp.storage.models import CaseSelection
from caseapp.ui.dialogs.selection_dialog import SelectionDialog, conference_choices
from caseapp.ui.i18n import tr_enum
from caseapp.ui.views.section_tab import CaseContext, Column, RowsModel
from caseapp.ui.widgets.form_builder import label_text


def level_text(selection: CaseSelection | None) -> str:
    return tr_enum(selection.level, SelectionLevel) if selection is not None else ""


class SelectionPage(QWidget):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: SelectionDialog | None = None
        self.setObjectName("selectionPage")
        spec = forms.CASE_SELECTION
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{label_text(spec.title)}</b>", self))
        top.addStretch(1)
        self.record_button = QPushButton(self.tr("Record selection decision…"), self)
        self.record_button.setObjectName("recordSelection")
        self.record_button.clicked.connect(self.open_dialog)
        top.addWidget(self.record_button)
        layout.addLayout(top)
        about = QLabel(label_text(spec.help), self)
        about.setWordWrap(True)
        about.setStyleSheet("color: #566573; font-style: italic;")
        layout.addWidget(about)
        self.current_label = QLabel(self)
        self.current_label.setObjectName("selectionInForce")
        self.current_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.current_label)

        def label(name: str) -> str:
            return label_text(spec.field(name).label)
        self.model = RowsModel([
            Column(label("decided_on"), lambda d: d.decided_on.isoformat()),
            Column(label("level"), level_text),
            Column(label("conference_id"), self._conference_text),
            Column(label("reason"), lambda d: " ".join(d.reason.split()), stretch=True)], self)
        self.table = QTableView(self)
        self.table.setObjectName("selectionHistory")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(170)
        layout.addWidget(self.table)
        note = QLabel(self.tr("A decision is kept as written: to change the level, record a new decision. "
                              "The newest by date is the one in force."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573;")
        layout.addWidget(note)
        layout.addStretch(1)
        ctx.reloaded.connect(self.refresh)
        self.refresh()

    def _conference_text(self, decision: CaseSelection) -> str:
        return dict(conference_choices(self.ctx)).get(decision.conference_id or "", "")

    def refresh(self) -> None:
        snap = self.ctx.snap
        self.model.set_rows(list(snap.selections))
        current = snap.current_selection
        if current is None:
            self.current_label.setText(self.tr("Not decided yet"))
        else:
            self.current_label.setText(self.tr("In force: %1 (decided %2)").replace("%1", level_text(current))
                                       .replace("%2", current.decided_on.isoformat()))

    def open_dialog(self) -> SelectionDialog:
        self.dialog = SelectionDialog(self.ctx, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        self.ctx.reload()
        if self.dialog is not None and self.dialog.saved is not None:
            self.ctx.message.emit(self.tr("Selection recorded: %1").replace("%1", level_text(self.dialog.saved)))
