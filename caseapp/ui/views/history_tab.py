"""기록 이력: the case's audit events, newest first (who did what, when)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from caseapp.domain import forms
from caseapp.domain.vocab import Stage
from caseapp.services import cases
from caseapp.ui.views.lazy_tab import LazyTab
from caseapp.ui.views.section_tab import CaseContext, local_time
from caseapp.ui.widgets.column_fit import fit_columns
from caseapp.ui.widgets.form_builder import label_text

# audit entity type (table name) -> the form whose title names it
TABLE_FORMS = {"client": forms.CLIENT, "case": forms.INTAKE, "householdmember": forms.HOUSEHOLD_MEMBER,
               "consent": forms.CONSENT, "assessment": forms.ASSESSMENT, "ecorelation": forms.ECO_RELATION,
               "goal": forms.GOAL, "plantask": forms.PLAN_TASK, "serviceentry": forms.SERVICE_ENTRY,
               "referral": forms.REFERRAL, "monitoringreview": forms.MONITORING_REVIEW,
               "termination": forms.TERMINATION, "followup": forms.FOLLOW_UP, "caseconference": forms.CASE_CONFERENCE,
               "addendum": forms.ADDENDUM, "caseselection": forms.CASE_SELECTION,
               "planagreement": forms.PLAN_AGREEMENT}


def action_text(action: str) -> str:
    names = {
        "create": QCoreApplication.translate("HistoryTab", "Created"),
        "update": QCoreApplication.translate("HistoryTab", "Changed"),
        "delete": QCoreApplication.translate("HistoryTab", "Deleted"),
        "sign": QCoreApplication.translate("HistoryTab", "Signed"),
        "addendum": QCoreApplication.translate("HistoryTab", "Addendum"),
        "stage": QCoreApplication.translate("HistoryTab", "Stage moved"),
        "check": QCoreApplication.translate("HistoryTab", "Checklist ticked"),
        "uncheck": QCoreApplication.translate("HistoryTab", "Checklist unticked"),
        "export": QCoreApplication.translate("HistoryTab", "Exported"),
        "reorder": QCoreApplication.translate("HistoryTab", "Moved in the plan"),
        "export_withdrawn": QCoreApplication.translate("HistoryTab", "Export withdrawn"),
        "done": QCoreApplication.translate("HistoryTab", "Follow-up done"),
        "snooze": QCoreApplication.translate("HistoryTab", "Follow-up postponed"),
        "disclose": QCoreApplication.translate("HistoryTab", "Given to a third party"),
        "sync_import": QCoreApplication.translate("HistoryTab", "Received by sync"),
        "sync_resolve": QCoreApplication.translate("HistoryTab", "Sync conflict settled"),
        "hub_release": QCoreApplication.translate("HistoryTab", "Handed to a colleague (agency hub)"),  # issue 18
    }
    return names.get(action, action)


def detail_text(action: str, entity_type: str, detail: str) -> str:
    if action == "stage" and "->" in detail:
        parts = []
        for code in detail.split("->"):
            try:
                parts.append(label_text(Stage(code).label))
            except ValueError:
                parts.append(code)
        return " → ".join(parts)
    if action in ("create", "update") and entity_type in TABLE_FORMS:
        form = TABLE_FORMS[entity_type]
        parts = [p for p in detail.split(",") if p]
        if not all(p in form.names for p in parts):
            return ""  # an internal note (e.g. "ratings"), not field names
        return ", ".join(label_text(form.field(p).label) for p in parts)
    if action == "addendum":
        table = detail.split(":", 1)[0]
        form = TABLE_FORMS.get(table)
        return label_text(form.title) if form else ""
    if action in ("check", "uncheck"):
        try:
            return label_text(Stage(detail).label)
        except ValueError:
            return detail
    if action == "sign":
        return detail[:16] + "…" if len(detail) > 16 else detail
    return detail


def headers() -> list[str]:
    return [QCoreApplication.translate("HistoryTab", "When"), QCoreApplication.translate("HistoryTab", "Who"),
            QCoreApplication.translate("HistoryTab", "What"), QCoreApplication.translate("HistoryTab", "Record"),
            QCoreApplication.translate("HistoryTab", "Details")]


class HistoryModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.events: list[Any] = []

    def set_events(self, events: list[Any]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.events[index.row()]
        column = index.column()
        if column == 0:
            return local_time(e.at)
        if column == 1:
            return e.actor
        if column == 2:
            return action_text(e.action)
        if column == 3:
            form = TABLE_FORMS.get(e.entity_type)
            if e.entity_type == "checklistcheck":
                return QCoreApplication.translate("HistoryTab", "Checklist")
            return label_text(form.title) if form else e.entity_type
        return detail_text(e.action, e.entity_type, e.detail)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return headers()[section]
        return None


class HistoryTab(LazyTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_history")

    def populate(self) -> None:
        ctx = self.ctx
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table)
        ctx.reloaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_events(cases.case_history(self.ctx.vault, self.ctx.case_id))
        model = self.model  # a long case has 1,000 events: the newest decide the widths
        fit_columns(self.table, lambda r, c: model.data(model.index(r, c)) or "", model.rowCount(),
                    stretch=[HistoryModel.COLUMNS - 1])
