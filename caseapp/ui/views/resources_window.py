"""The resource directory (자원망): organisations and people, searchable, editable, with referral history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.vocab import ReferralStatus, ResourceCategory, ResourceKind
from caseapp.errors import UserError
from caseapp.services import entries, resource_directory
from caseapp.services.vault import Vault
from caseapp.storage.models import Resource
from caseapp.ui.i18n import tr_enum, tr_label
from caseapp.ui.widgets.form_builder import FormWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2


def resource_matches(resource: Resource, needle: str) -> bool:
    needle = needle.strip().casefold()
    if not needle:
        return True
    fields = (resource.name, resource.services, resource.contact_person, resource.phone, resource.notes,
              tr_enum(resource.category, ResourceCategory), tr_enum(resource.kind, ResourceKind))
    return any(needle in (text or "").casefold() for text in fields)


class ResourcesWindow(QMainWindow):
    open_case = Signal(str)
    saved = Signal(str)  # resource id

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.vault = vault
        self.resources: list[Resource] = []
        self.current_id: str | None = None
        self.setWindowTitle(self.tr("Resource directory"))
        self.resize(1200, 700)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("resource_search")
        self.search_edit.setPlaceholderText(self.tr("Search name, service, contact, phone…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.apply_search)
        self.list = QListWidget(self)
        self.list.setObjectName("resource_list")
        self.list.currentItemChanged.connect(self._selected)
        new_button = QPushButton(self.tr("New resource"), self)
        new_button.clicked.connect(self.new_resource)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new_button)

        self.form = FormWidget(forms.RESOURCE, parent=self)
        self.save_button = QPushButton(self.tr("Save resource"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.history_title = QLabel(self.tr("Referral history"), self)
        self.history = QTableWidget(0, 4, self)
        self.history.setObjectName("referral_history")
        self.history.setHorizontalHeaderLabels([self.tr("Sent"), self.tr("Case"), self.tr("Status"),
                                                self.tr("Reason")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.setColumnWidth(0, 100)
        self.history.setColumnWidth(1, 180)
        self.history.setColumnWidth(2, 100)
        self.history.setToolTip(self.tr("Double-click to open the case."))
        self.history.cellDoubleClicked.connect(self._history_open)
        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.history_title)
        form_layout.addWidget(self.history, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([330, 870])
        self.setCentralWidget(splitter)
        self.reload()
        self.new_resource()

    # --- list ----------------------------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        self.resources = entries.list_resources(self.vault)
        self.apply_search()
        if select_id:
            self.select(select_id)

    def apply_search(self) -> None:
        needle = self.search_edit.text()
        current = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.resources:
            if resource_matches(r, needle):
                text = f"{r.name} · {tr_enum(r.category, ResourceCategory)}"
                if not r.active:
                    text += " " + self.tr("(inactive)")
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                self.list.addItem(item)
                if r.id == current:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def visible_names(self) -> list[str]:
        return [self.list.item(i).text().split(" · ")[0] for i in range(self.list.count())]

    def select(self, resource_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == resource_id:
                self.list.setCurrentRow(i)
                return

    def _selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        resource_id = str(item.data(ID_ROLE))
        resource = next((r for r in self.resources if r.id == resource_id), None)
        if resource is None:
            return
        self.current_id = resource_id
        self.form.set_values(resource)
        self.status.clear()
        self._show_history(resource_id)

    def _show_history(self, resource_id: str | None) -> None:
        rows = resource_directory.referrals_for_resource(self.vault, resource_id) if resource_id else []
        self.history_title.setText(self.tr("Referral history (%1)").replace("%1", str(len(rows))))
        self.history.setRowCount(len(rows))
        for n, r in enumerate(rows):
            cells = [r.sent_on.isoformat(), f"{r.case_number} {r.client_name}", tr_enum(r.status, ReferralStatus),
                     r.reason]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CASE_ROLE, r.case_id)
                self.history.setItem(n, col, item)

    def _history_open(self, row: int, _col: int) -> None:
        item = self.history.item(row, 0)
        if item is not None:
            self.open_case.emit(str(item.data(CASE_ROLE)))

    # --- editing -------------------------------------------------------------------------------------------------

    def new_resource(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        self.form.clear()
        self.status.setText(tr_label(forms.RESOURCE.title) + " · " + self.tr("new"))
        self._show_history(None)

    def save(self) -> bool:
        values = self.form.values()
        try:
            if self.current_id is None:
                resource = entries.add_resource(self.vault, values)
            else:
                resource = entries.edit_resource(self.vault, self.current_id, values)
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.form.mark_clean()
        self.current_id = resource.id
        self.reload(select_id=resource.id)
        self.status.setText(self.tr("Saved."))
        self.saved.emit(resource.id)
        return True
