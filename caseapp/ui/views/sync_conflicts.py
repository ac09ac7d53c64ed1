"""충돌 해결: fields edited on both machines, both values side by side; keep mine, keep theirs or write a third.

Nothing is dropped until the practitioner picks: the local value stays in the record meanwhile. Resolving is itself
a change, so the next exchange settles the conflict on the other machine too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.forms import FieldSpec, FormSpec, Kind
from caseapp.domain.sync_protocol import ConflictView, Keep, PeerView
from caseapp.errors import UserError
from caseapp.ui.dialogs.sync_services import SyncServices
from caseapp.ui.dialogs.sync_text import clock_text, device_name, form_value, value_text
from caseapp.ui.i18n import error_text, language
from caseapp.ui.views.history_tab import TABLE_FORMS
from caseapp.ui.views.section_tab import short
from caseapp.ui.widgets.date_field import DateField
from caseapp.ui.widgets.form_builder import FormWidget, label_text
from caseapp.ui.widgets.status import Tone, show_message

# SQL table -> its form: the case tabs' forms plus the rows that sync outside a case's own tabs
SYNC_FORMS: dict[str, FormSpec] = {**TABLE_FORMS, "needrating": forms.NEED_RATING, "budgetline": forms.BUDGET_LINE,
                                   "resource": forms.RESOURCE, "practitioner": forms.PRACTITIONER,
                                   "agency": forms.AGENCY, "conferenceattendee": forms.CONFERENCE_ATTENDEE,
                                   "supervisionrecord": forms.SUPERVISION,
                                   "supervisorconfirmation": forms.SUPERVISOR_CONFIRMATION,
                                   "reviewgoalchange": forms.REVIEW_GOAL_CHANGE,
                                   "reviewservicerating": forms.REVIEW_SERVICE_RATING,
                                   "terminationgoaloutcome": forms.TERMINATION_GOAL_OUTCOME}


AGENCY_TABLES = frozenset({"practitioner", "agency", "resource"})  # rows every case shares


def field_spec(conflict: ConflictView) -> FieldSpec | None:
    form = SYNC_FORMS.get(conflict.table)
    if form is None or conflict.field not in form.names:
        return None
    return form.field(conflict.field)


def editable(spec: FieldSpec | None) -> bool:
    """A third value can be typed for a declared field; a reference (a goal, a resource) is only picked from the
    two values, since its choices belong to the case view."""
    return spec is not None and spec.kind is not Kind.REFERENCE


def what_text(conflict: ConflictView) -> str:
    """The record kind and the field, in the screen's language ("사정 · 위기도")."""
    form, spec = SYNC_FORMS.get(conflict.table), field_spec(conflict)
    field_label = label_text(spec.label) if spec is not None else conflict.label
    return f"{label_text(form.title)} · {field_label}" if form is not None else field_label


class ValueSide(QGroupBox):
    """One side of a conflict: whose value, from which device and when, and the whole value, readable."""

    def __init__(self, keep: Keep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep = keep
        self.setObjectName(f"sync_side_{keep.value}")
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName(f"sync_value_{keep.value}")
        self.button = QPushButton(self)
        self.button.setObjectName(f"sync_keep_{keep.value}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def show_value(self, title: str, origin: str, text: str) -> None:
        self.setTitle(title)
        self.origin.setText(origin)
        self.text.setPlainText(text)


class SyncConflictsWindow(QDialog):
    resolved = Signal(str, object)  # conflict id, its case id (None for installation-wide rows)

    def __init__(self, services: SyncServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.conflicts: list[ConflictView] = []
        self.peers: list[PeerView] = []
        self.this_device = services.this_device()
        self.viewed: set[str] = set()  # cases whose values this window showed (one access record each)
        self.editor: FormWidget | None = None
        self.setWindowTitle(self.tr("Sync: conflicts"))
        self.resize(1180, 700)
        intro = QLabel(self.tr("These fields were changed on both machines. Both values are kept, and the record "
                               "shows yours, until you choose; the next sync settles the other machine too."), self)
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("sync_conflicts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Field"), self.tr("Mine"),
                                              self.tr("Theirs")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_current)

        self.mine = ValueSide(Keep.MINE, self)
        self.mine.button.setText(self.tr("Keep mine"))
        self.mine.button.clicked.connect(lambda: self.resolve(Keep.MINE))
        self.theirs = ValueSide(Keep.THEIRS, self)
        self.theirs.button.setText(self.tr("Keep theirs"))
        self.theirs.button.clicked.connect(lambda: self.resolve(Keep.THEIRS))
        sides = QHBoxLayout()
        sides.addWidget(self.mine, 1)
        sides.addWidget(self.theirs, 1)

        self.edit_box = QGroupBox(self.tr("Or write the value yourself"), self)
        self.edit_layout = QVBoxLayout(self.edit_box)
        self.edit_note = QLabel(self.edit_box)
        self.edit_note.setWordWrap(True)
        self.edit_layout.addWidget(self.edit_note)
        self.save_edit_button = QPushButton(self.tr("Save this value"), self.edit_box)
        self.save_edit_button.setObjectName("sync_keep_edit")
        self.save_edit_button.clicked.connect(lambda: self.resolve(Keep.EDIT))
        self.edit_layout.addWidget(self.save_edit_button, 0, Qt.AlignmentFlag.AlignRight)

        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(sides, 1)
        details_layout.addWidget(self.edit_box)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("sync_conflicts_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([230, 420])  # six rows of the list in view above both values
        splitter.setChildrenCollapsible(False)

        self.message = QLabel(self)
        self.message.setObjectName("sync_conflicts_message")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.reload()

    # --- the list --------------------------------------------------------------------------------------------

    def reload(self, select_row: int = 0) -> None:
        self.peers = self.services.peers()
        self.conflicts = self.services.open_conflicts(language())
        for case_id in dict.fromkeys(c.case_id for c in self.conflicts if c.case_id):
            if case_id not in self.viewed:
                self.services.viewed(case_id)
                self.viewed.add(case_id)
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            spec = field_spec(conflict)
            cells = (conflict.case_number or self.case_free_text(conflict), what_text(conflict),
                     short(value_text(conflict.mine, spec)), short(value_text(conflict.theirs, spec)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if self.conflicts:
            self.table.selectRow(min(select_row, len(self.conflicts) - 1))
        else:
            show_message(self.message, self.tr("No open conflicts."), Tone.SUCCESS)
        self._show_current()

    def case_free_text(self, conflict: ConflictView) -> str:
        """The case column of a row outside any one case: the agency's own records, or a client's details."""
        return self.tr("all cases") if conflict.table in AGENCY_TABLES else "—"

    def current(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _show_current(self) -> None:
        conflict = self.current()
        for part in (self.mine, self.theirs, self.edit_box):
            part.setEnabled(conflict is not None)
        if conflict is None:
            self.mine.show_value(self.tr("Mine"), "", "")
            self.theirs.show_value(self.tr("Theirs"), "", "")
            self._set_editor(None, None)
            return
        spec = field_spec(conflict)
        self.mine.show_value(self.tr("Mine"), self._origin(conflict.mine_device, conflict.mine_at),
                             value_text(conflict.mine, spec))
        self.theirs.show_value(self.tr("Theirs"), self._origin(conflict.theirs_device, conflict.theirs_at),
                               value_text(conflict.theirs, spec))
        self._set_editor(conflict, spec)

    def _origin(self, device: str, clock: str) -> str:
        return self.tr("%1, %2").replace("%1", device_name(device, self.this_device, self.peers)) \
            .replace("%2", clock_text(clock))

    # --- the value editor ------------------------------------------------------------------------------------

    def _set_editor(self, conflict: ConflictView | None, spec: FieldSpec | None) -> None:
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None
        if conflict is None or not editable(spec):
            self.edit_note.setText(self.tr("This field is resolved by keeping one of the two values.")
                                   if conflict is not None else "")
            self.edit_note.setVisible(conflict is not None)
            self.save_edit_button.setEnabled(False)
            return
        assert spec is not None
        self.edit_note.hide()
        # the field's own editor (text, date, choice …) from the same declaration the case tabs are built from
        self.editor = FormWidget(FormSpec(f"sync_{spec.name}", spec.label, (spec,)), parent=self.edit_box,
                                 show_form_help=False)
        self.editor.setObjectName("sync_edit_form")
        self.editor.set_values({spec.name: form_value(conflict.mine, spec)})
        self.edit_layout.insertWidget(1, self.editor)
        self.save_edit_button.setEnabled(True)

    def edited_value(self, conflict: ConflictView) -> Any:
        spec = field_spec(conflict)
        assert self.editor is not None and spec is not None
        for editor in self.editor.editors.values():
            if isinstance(editor, DateField):
                editor.commit(notify=False)  # typed text is read even while the cursor is still in the field
        return forms.clean_value(spec, self.editor.values().get(spec.name))  # the engine stores it as the ORM would

    # --- resolving -------------------------------------------------------------------------------------------

    def resolve(self, keep: Keep) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        row = self.conflicts.index(conflict)
        value = None
        try:
            if keep is Keep.EDIT:
                value = self.edited_value(conflict)
            self.services.resolve(conflict.id, keep, value)
        except UserError as exc:
            if self.editor is not None and keep is Keep.EDIT:
                self.editor.show_error(exc)
            show_message(self.message, error_text(exc), Tone.ERROR)
            return False
        chosen = {Keep.MINE: self.tr("yours kept"), Keep.THEIRS: self.tr("theirs kept"),
                  Keep.EDIT: self.tr("your new value saved")}[keep]
        self.reload(select_row=row)
        if self.conflicts:
            show_message(self.message, self.tr("%1 %2: %3.").replace("%1", conflict.case_number)
                         .replace("%2", what_text(conflict)).replace("%3", chosen), Tone.SUCCESS)
        self.resolved.emit(conflict.id, conflict.case_id)
        return True
