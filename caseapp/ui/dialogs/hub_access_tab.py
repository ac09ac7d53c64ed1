"""The hub admin screen's 접속기록 tab (안전성 확보조치 기준 제8조): one month's access records of the hub (who read
which case when, from which device), the hash chain's check, the monthly review and the purge of records past 2
years — what ``caseapp hub access`` does, for the administrator who has no terminal.

Reads and changes go through the admin dialog's one background call at a time (its busy bar and message line), as
the hub's owner: a supervisor's login is told plainly that only the administrator sees these records. The month's
rows live in a model (a busy centre's month is tens of thousands of rows), shown by case number, never by raw id.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from caseapp.services import hub_access
from caseapp.ui.dialogs import hub_admin_views as views
from caseapp.ui.models.rows_model import ModelIndex, RowsTableModel
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.status import Tone, show_message

# run(work, on_success, progress_text): the admin dialog runs ``work(url)`` in the background as the logged-in role
Runner = Callable[[Callable[[str], Any], Callable[[Any], None], str], None]
Notify = Callable[[str, Tone], None]  # the dialog's message line (empty text clears it)
COLUMN_WIDTHS = (80, 150, 140, 150, 110, 130)  # record, when, who, action, case number, device; the address stretches


def _previous_month(today: date) -> date:
    return date.fromordinal(today.replace(day=1).toordinal() - 1).replace(day=1)


def _at(iso: Any) -> str:
    """A record's time in local time to the second (a reviewer matches it against the centre's own logs)."""
    try:
        return datetime.fromisoformat(str(iso)).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return str(iso or "-")


def _count(n: Any) -> str:
    """A count as people read it: 12,000, not 12000."""
    return f"{int(n or 0):,}"


class HubAccessModel(RowsTableModel):
    """The month's records, oldest first; the text of each cell is made once when the month arrives (sorting and
    filtering then ask for it many times)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Record"), self.tr("When"), self.tr("Hub user"), self.tr("Action"), self.tr("Case number"),
                         self.tr("Device"), self.tr("Address")]
        self.rows: list[tuple[str, ...]] = []

    def set_records(self, records: list[dict[str, Any]]) -> None:
        no_number, actions = self.tr("(no case number)"), {"pull": self.tr("case read (sync)")}
        self.beginResetModel()
        self.rows = [(str(r.get("id") or ""), _at(r.get("at")), views.who(r.get("hub_user")), actions.get(r.get("what") or "", r.get("what")
                                                                                   or "-"),
                      r.get("case_number") or no_number, r.get("device") or "-", r.get("addr") or "-")
                     for r in records]
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()][index.column()]


class HubAccessTab(QWidget):
    def __init__(self, run: Runner, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run, self.notify = run, notify
        self.admin = False
        self.loaded: dict[str, Any] | None = None  # the last month read (kept on a failure: nothing is lost)
        rule = QLabel(self.tr("Every read of a case by someone it is not assigned to is recorded on the hub, chained "
                              "so that any change shows, kept 2 years and reviewed at least once a month "
                              "(안전성 확보조치 기준 제8조)."), self)
        rule.setWordWrap(True)
        self.month_edit = QDateEdit(self)
        self.month_edit.setObjectName("hub_access_month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        start = _previous_month(date.today())
        self.month_edit.setDate(QDate(start.year, start.month, 1))
        self.month_edit.dateChanged.connect(lambda *_: self.load())
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("hub_access_filter")
        self.filter_edit.setPlaceholderText(self.tr("Case number or hub user"))
        self.filter_edit.setClearButtonEnabled(True)
        self.reload_button = QPushButton(self.tr("Read again"), self)
        self.reload_button.clicked.connect(lambda: self.load())
        self.chain_label = self._label("hub_access_chain")
        self.due_label = self._label("hub_access_due")
        self.summary_label = self._label("hub_access_summary")
        self.review_label = self._label("hub_access_review")

        self.model = HubAccessModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column: a case number or a user
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("hub_access_table")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the hub's order (oldest first) until a click
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.review_button = QPushButton(self.tr("Mark month as reviewed"), self)
        self.review_button.setObjectName("hub_access_review_button")
        self.review_button.clicked.connect(self.review)
        self.purge_button = QPushButton(self.tr("Delete records past 2 years…"), self)
        self.purge_button.setObjectName("hub_access_purge_button")
        self.purge_button.clicked.connect(self.purge)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month_edit)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addLayout(top)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.due_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.review_label)
        layout.addLayout(right_aligned(self.review_button, self.purge_button))
        self.reset()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _tidy(self) -> None:
        """An empty line takes no room (the table gets it)."""
        for label in (self.chain_label, self.due_label, self.summary_label, self.review_label):
            label.setVisible(bool(label.text()))

    def month(self) -> date:
        return self.month_edit.date().toPython().replace(day=1)  # type: ignore[no-any-return]

    # --- the dialog tells it of the login ------------------------------------------------------------------------

    def reset(self, admin: bool = False) -> None:
        """A new login (or none): nothing read yet; only the hub's owner may read the records."""
        self.admin, self.loaded = admin, None
        self.model.set_records([])
        for label in (self.chain_label, self.due_label, self.summary_label, self.review_label):
            show_message(label, "")
        if not admin:
            show_message(self.summary_label, self.tr("Only the hub's administrator (the address that ran "
                                                     "'caseapp hub init') sees the access records. Log in with "
                                                     "that address to review them."))
        self._enable()
        self._tidy()

    def shown(self, done: str = "") -> None:
        """The tab was brought to front: read the month once per login (``done``: the line to show after)."""
        if self.admin and self.loaded is None:
            self.load(done)

    def _enable(self) -> None:
        month_ended = self.month() < date.today().replace(day=1)
        for widget in (self.month_edit, self.filter_edit, self.reload_button, self.purge_button):
            widget.setEnabled(self.admin)
        self.review_button.setEnabled(self.admin and self.loaded is not None and month_ended)
        self.review_button.setToolTip("" if month_ended else self.tr("Only a month that has ended is reviewed."))

    # --- reading and acting ----------------------------------------------------------------------------------------

    def load(self, done: str = "") -> None:
        """Read the chosen month; ``done`` is the line to show afterwards (a review or purge just ran)."""
        if not self.admin:
            return
        month = self.month()
        self._enable()
        self.run(lambda url: hub_access.access_month(url, month),
                 lambda data: self._show(data, done), self.tr("Reading the hub's access records…"))

    def _show(self, data: dict[str, Any], done: str) -> None:
        if data["month"] != self.month().strftime("%Y-%m"):
            self.load(done)  # another month was chosen meanwhile
            return
        self.loaded = data
        self.model.set_records(data["records"])
        self._show_chain(data["verify"])
        due = data.get("unreviewed_month")
        show_message(self.due_label, self.tr("The access records of %1 are not reviewed yet: the rule asks for a "
                                             "review at least once a month.").replace("%1", str(due))
                     if due else "", Tone.ERROR)
        self.summary_label.setText(self._summary(data))
        self.review_label.setText(self._review_text(data))
        self._enable()
        self._tidy()
        self.notify(done, Tone.SUCCESS)  # the reading line goes; a review's or purge's result stays

    def _show_chain(self, checked: dict[str, Any]) -> None:
        if checked.get("ok"):
            show_message(self.chain_label, self.tr("Chain checked: all %1 access records kept on the hub are "
                                                   "unaltered.").replace("%1", _count(checked.get("records", 0))),
                         Tone.SUCCESS)
            return
        parts = []
        if checked.get("broken_at") is not None:
            parts.append(self.tr("the chain is broken at record no. %1 (it or the one before it was changed or "
                                 "deleted; the %2 records before it check)").replace(
                "%1", str(checked["broken_at"])).replace("%2", _count(checked.get("records", 0))))
        altered = checked.get("reviews_altered") or []
        if altered:
            parts.append(self.tr("records of reviewed months were removed or rewritten: %1").replace(
                "%1", ", ".join(altered)))
        show_message(self.chain_label, self.tr("ALTERED: %1. Keep the hub as it is and tell the privacy officer.")
                     .replace("%1", "; ".join(parts) or "-"), Tone.ERROR)

    def _summary(self, data: dict[str, Any]) -> str:
        records = data["records"]
        counts: dict[str, int] = {}
        for r in records:
            name = views.who(r.get("hub_user"))
            counts[name] = counts.get(name, 0) + 1
        text = self.tr("%1: %2 access record(s).").replace("%1", data["month"]).replace("%2", _count(len(records)))
        if counts:
            text += " " + self.tr("By hub user: %1.").replace("%1", ", ".join(
                f"{name} {n}" for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))))
        return text

    def _review_text(self, data: dict[str, Any]) -> str:
        review = data.get("review")
        if review is None:
            return self.tr("%1 has not been reviewed yet.").replace("%1", data["month"])
        text = self._one_review(review)
        earlier = review.get("earlier") or []
        if earlier:
            text += " " + self.tr("Reviewed before: %1.").replace("%1", "; ".join(
                self.tr("%1 by %2").replace("%1", views.when(e["reviewed_at"])).replace("%2", views.who(
                    e["reviewed_by"])) for e in earlier))
        return text

    def _one_review(self, review: dict[str, Any]) -> str:
        return (self.tr("Reviewed on %1 by %2 (%3 record(s) at the time).")
                .replace("%1", views.when(review["reviewed_at"])).replace("%2", views.who(review["reviewed_by"]))
                .replace("%3", _count(review["records"])))

    def review(self) -> None:
        if self.loaded is None:
            return
        month = self.month()
        label = month.strftime("%Y-%m")
        if self.loaded["month"] != label:
            return  # another month was chosen: its reading is under way, and with it what the question needs
        if (done := self.loaded.get("review")) is not None:
            answer = QMessageBox.question(
                self, self.tr("Review again"),
                self.tr("%1 was already reviewed: %2 Record another review? The earlier one is kept on the hub.")
                .replace("%1", label).replace("%2", self._one_review(done)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run(lambda url: hub_access.review_access(url, month),
                 lambda result: self.load(self.tr("Review of %1 recorded: %2 access record(s).").replace(
                     "%1", label).replace("%2", _count(result["records"]))),
                 self.tr("Recording the review…"))

    def purge(self) -> None:
        if self.loaded is None:
            return
        count = int(self.loaded.get("purgeable") or 0)
        if count == 0:
            self.notify(self.tr("No access record is older than 2 years: nothing to delete."), Tone.INFO)
            return
        answer = QMessageBox.question(
            self, self.tr("Delete records past 2 years"),
            self.tr("Delete the %1 access record(s) older than 2 years from the hub? They are kept 2 years; this "
                    "cannot be undone. The chain still checks every record kept.").replace("%1", _count(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run(lambda url: hub_access.purge_access(url),
                 lambda result: self.load(self.tr("Deleted %1 access record(s) older than 2 years.").replace(
                     "%1", _count(result["access_record"]))),
                 self.tr("Deleting records past 2 years…"))
