"""파일 › 동기화 › 기관 허브 관리: the hub's admin screen (issue 18) — users, case assignments and their history, and
the hub's 접속기록 (:mod:`caseapp.ui.dialogs.hub_access_tab`).

It logs in with the administrator's address (the role that ran ``hub init``) and password, as the ``hub`` admin
commands do, or with a supervisor's own login role (``caseapp_u_NAME``), who may reassign the team's cases. Every
call runs in the background with a busy bar; a failure is one line in the dialog and the hub's transaction is rolled
back, so nothing is changed. After each change the three tables are read again, the changed row still selected.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
    QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from caseapp.errors import UserError
from caseapp.services import hub_admin
from caseapp.ui import background
from caseapp.ui.dialogs import hub_admin_views as views
from caseapp.ui.dialogs.hub_access_tab import HubAccessTab
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.read_only_table import fill, read_only_table
from caseapp.ui.widgets.status import Tone, show_message

log = logging.getLogger("caseapp.hub")


class HubAdminDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agency hub administration"))
        self.login: hub_admin.AdminLogin | None = None
        self.job: background.Job | None = None
        self.data: dict[str, Any] = {}
        self.url = QLineEdit(self)
        self.url.setObjectName("admin_url")
        self.url.setPlaceholderText("postgresql://admin@192.168.0.10:5432/caseapp")
        self.password = self._secret("admin_password")
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText(self.tr("AB:CD:… as 'caseapp hub init' printed"))
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.clicked.connect(self._connect)
        login = QFormLayout()
        login.addRow(self.tr("Administrator's address"), self.url)
        login.addRow(self.tr("Password"), self.password)
        login.addRow(self.tr("Server certificate (SHA-256)"), self.fingerprint)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # a busy indicator: hub calls take no countable steps
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setObjectName("admin_message")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._users_tab(), self.tr("Users"))
        self.tabs.addTab(self._assignments_tab(), self.tr("Case assignments"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.access = HubAccessTab(self.run_as_login, lambda text, tone: show_message(self.message, text, tone),
                                   self)
        self.tabs.addTab(self.access, self.tr("Access records"))
        self.tabs.setEnabled(False)
        self.tabs.currentChanged.connect(self._tab_changed)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(login)
        layout.addLayout(right_aligned(self.connect_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(right_aligned(close))
        self.resize(980, 640)

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    # --- the tabs ----------------------------------------------------------------------------------------------

    def _users_tab(self) -> QWidget:
        page = QWidget(self)
        self.users = read_only_table(page, "hub_users", [
            self.tr("Name"), self.tr("Display name"), self.tr("Kind"), self.tr("Team"), self.tr("Active"),
            self.tr("Devices"), self.tr("Last sync")])
        self.users.itemSelectionChanged.connect(self._user_selected)
        self.user_name = QLineEdit(page)
        self.user_name.setPlaceholderText(self.tr("a-z, 0-9 and _, a letter first"))
        self.display_name = QLineEdit(page)
        self.kind = QComboBox(page)
        for kind in hub_admin.KINDS:
            self.kind.addItem(views.kind_label(kind), kind)
        self.team = QLineEdit(page)
        self.new_password = self._secret("new_password")
        self.new_password_again = self._secret("new_password_again")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.user_name)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("New hub password"), self.new_password)
        form.addRow(self.tr("Hub password again"), self.new_password_again)
        self.add_button = QPushButton(self.tr("Add user"), page)
        self.add_button.clicked.connect(self._add_user)
        self.change_button = QPushButton(self.tr("Change kind and team"), page)
        self.change_button.clicked.connect(self._change_user)
        self.password_button = QPushButton(self.tr("Set new password"), page)
        self.password_button.clicked.connect(self._set_password)
        self.deactivate_button = QPushButton(self.tr("Deactivate"), page)
        self.deactivate_button.clicked.connect(self._deactivate)
        self.admin_buttons = (self.add_button, self.change_button, self.password_button, self.deactivate_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.users, 1)
        layout.addLayout(form)
        layout.addLayout(right_aligned(*self.admin_buttons))
        return page

    def _assignments_tab(self) -> QWidget:
        page = QWidget(self)
        self.assignments = read_only_table(page, "hub_assignments", [
            self.tr("Case number"), self.tr("Practitioner"), self.tr("Assigned at"), self.tr("Assigned by")])
        self.assignee = QComboBox(page)
        self.assignee.setObjectName("assignee")
        self.assignee.setMinimumContentsLength(20)
        self.reassign_button = QPushButton(self.tr("Reassign"), page)
        self.reassign_button.clicked.connect(self._reassign)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Hand the selected case to"), page))
        row.addWidget(self.assignee)
        row.addWidget(self.reassign_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.assignments, 1)
        layout.addLayout(row)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget(self)
        rule = QLabel(self.tr("Every change of a user's role, team or login and every case assignment is kept on "
                              "the hub for 3 years (안전성 확보조치 기준 제5조); newest first."), page)
        rule.setWordWrap(True)
        self.history = read_only_table(page, "hub_history", [self.tr("When"), self.tr("By"), self.tr("What")])
        layout = QVBoxLayout(page)
        layout.addWidget(rule)
        layout.addWidget(self.history, 1)
        return page

    def _tab_changed(self, _index: int) -> None:
        """A hint or result belongs to the tab it came from ("choose a case …" must not stay under the users)."""
        if self.job is None:  # a running call's progress line stays until the call ends
            show_message(self.message, "")
        if self.tabs.currentWidget() is self.access:
            self.access.shown()

    # --- running hub calls -------------------------------------------------------------------------------------

    def _connect(self) -> None:
        url, password, fingerprint = self.url.text().strip(), self.password.text(), self.fingerprint.text().strip()
        if not (url and password):
            show_message(self.message, self.tr("Give the administrator's address and password."), Tone.ERROR)
            return
        if self.job is not None:
            return
        self._forget_login()  # a new login replaces the old one, whether it succeeds or not

        def work(_job: background.Job) -> tuple[hub_admin.AdminLogin, dict[str, Any]]:
            endpoint, pin = hub_admin.admin_address(url, fingerprint=fingerprint or None)
            login = hub_admin.admin_login(endpoint, pin, password)
            with hub_admin.admin_session(login) as session:
                return login, hub_admin.overview(session)

        self._start(work, self._connected, self.tr("Connecting to the hub…"))

    def _forget_login(self) -> None:
        self.login, self.data = None, {}
        for view in (self.users, self.assignments, self.history):
            view.setRowCount(0)
        self.assignee.clear()
        self.access.reset()
        self.tabs.setEnabled(False)

    def _connected(self, result: tuple[hub_admin.AdminLogin, dict[str, Any]]) -> None:
        self.login = result[0]
        self.password.clear()
        self._show(result[1])
        self.access.reset(admin=bool(result[1]["admin"]))
        connected = self.tr("Connected as %1.").replace("%1", str(result[1]["status"]["you"]))
        show_message(self.message, connected, Tone.SUCCESS)
        if self.tabs.currentWidget() is self.access:
            self.access.shown(done=connected)  # the line stays once the month is read

    def run_as_login(self, work: Callable[[str], Any], on_success: Callable[[Any], None], text: str) -> None:
        """``work(url)`` in the background as the logged-in role (the access tab's reads and changes); a failure is
        the dialog's one message line, as for every other call."""
        login = self.login
        if login is None:
            return

        def run(_job: background.Job) -> Any:
            with hub_admin.admin_session(login) as url:
                return work(url)

        self._start(run, on_success, text)

    def _change(self, change: Callable[[str], Any], done: str, *, user: str | None = None,
                case_id: str | None = None) -> None:
        """One change as the logged-in role, then the tables read again (a failure changed nothing) with the
        changed ``user`` or case still selected."""
        login = self.login
        if login is None:
            return

        def work(_job: background.Job) -> dict[str, Any]:
            with hub_admin.admin_session(login) as session:
                change(session)
                return hub_admin.overview(session)

        def shown(data: dict[str, Any]) -> None:
            self._show(data, user=user, case_id=case_id)
            show_message(self.message, done, Tone.SUCCESS)

        self._start(work, shown, self.tr("Working…"))

    def _start(self, work: Callable[[background.Job], Any], on_success: Callable[[Any], None], text: str) -> None:
        if self.job is not None:
            return
        self._set_busy(True)
        show_message(self.message, text)
        self.job = background.start(work, parent=self, on_success=lambda result: self._ended(on_success, result),
                                    on_error=self._failed)

    def _ended(self, on_success: Callable[[Any], None], result: Any) -> None:
        self.job = None
        self._set_busy(False)
        on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        error = exc if isinstance(exc, UserError) else hub_admin.user_error(exc)
        if error is not None:
            show_message(self.message, error_text(error), Tone.ERROR)
            return
        log.warning("hub admin call failed: %s", type(exc).__name__)  # a bug or an unexpected server refusal
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        show_message(self.message, self.tr("The hub refused (nothing was changed): %1").replace("%1", first),
                     Tone.ERROR)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.connect_button.setEnabled(not busy)
        self.tabs.setEnabled(not busy and self.login is not None)

    def _show(self, data: dict[str, Any], *, user: str | None = None, case_id: str | None = None) -> None:
        """Fill the tables; the rows named by ``user`` and ``case_id`` (default: the ones selected) stay selected."""
        before_user = self._selected(self.users, self.data.get("status", {}).get("users", []))
        before_case = self._selected(self.assignments, self.data.get("assignments", []))
        user = user or (before_user or {}).get("name")
        case_id = case_id or (before_case or {}).get("case_id")
        self.data = data
        users = data["status"]["users"]
        fill(self.users, views.user_rows(users))
        fill(self.assignments, views.assignment_rows(data["assignments"]))
        fill(self.history, views.history_rows(data["history"]))
        _select(self.users, [u["name"] for u in users], user)
        _select(self.assignments, [a["case_id"] for a in data["assignments"]], case_id)
        self.assignee.clear()
        for user in users:
            if user["active"] and user["kind"] in ("practitioner", "supervisor"):
                self.assignee.addItem(f"{user['name']} · {user.get('display_name') or ''}".rstrip(" ·"),
                                      user["name"])
        for button in self.admin_buttons:
            button.setEnabled(bool(data["admin"]))  # only the owner adds and changes users
        self.tabs.setEnabled(True)

    # --- the actions -------------------------------------------------------------------------------------------

    def _selected(self, view: QTableWidget, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        index = view.currentRow()
        return rows[index] if view.selectedItems() and 0 <= index < len(rows) else None

    def _user_selected(self) -> None:
        user = self._selected(self.users, self.data.get("status", {}).get("users", []))
        if user is None:
            return
        self.user_name.setText(user["name"])
        self.display_name.setText(user.get("display_name") or "")
        self.kind.setCurrentIndex(max(self.kind.findData(user["kind"]), 0))
        self.team.setText(user.get("team") or "")

    def _typed_password(self) -> str | None:
        password = self.new_password.text()
        if password != self.new_password_again.text():
            show_message(self.message, self.tr("The two passwords differ."), Tone.ERROR)
            return None
        return password

    def _add_user(self) -> None:
        name, display, kind, team = (self.user_name.text().strip(), self.display_name.text().strip(),
                                     self.kind.currentData(), self.team.text().strip() or None)
        password = self._typed_password()
        if password is None or self.login is None:
            return
        admin_password = self.login.password
        self._clear_passwords()
        self._change(lambda url: hub_admin.add_user(url, name, kind, password, team=team, display_name=display,
                                                    admin_password=admin_password),
                     self.tr("Hub user added: %1").replace("%1", name), user=name)

    def _change_user(self) -> None:
        name, kind, team = self.user_name.text().strip(), self.kind.currentData(), self.team.text().strip()
        self._change(lambda url: hub_admin.change_user(url, name, kind=kind, team=team),
                     self.tr("Hub user changed: %1").replace("%1", name), user=name)

    def _set_password(self) -> None:
        name = self.user_name.text().strip()
        password = self._typed_password()
        if password is None or self.login is None:
            return
        admin_password = self.login.password
        self._clear_passwords()
        self._change(lambda url: hub_admin.set_password(url, name, password, admin_password=admin_password),
                     self.tr("New hub password set for %1; that computer joins the hub again with it.").replace(
                         "%1", name), user=name)

    def _deactivate(self) -> None:
        name = self.user_name.text().strip()
        if not name or self.login is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Deactivate"),
            self.tr("Deactivate hub user %1? They can no longer log in or sync; their cases stay assigned to them "
                    "until you hand them to a colleague.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(lambda url: hub_admin.deactivate_user(url, name),
                     self.tr("Hub user deactivated: %1. Hand their cases to a colleague.").replace("%1", name),
                     user=name)

    def _clear_passwords(self) -> None:
        self.new_password.clear()
        self.new_password_again.clear()

    def _reassign(self) -> None:
        case = self._selected(self.assignments, self.data.get("assignments", []))
        to = self.assignee.currentData()
        if case is None or not to:
            show_message(self.message, self.tr("Choose a case and the colleague who takes it."), Tone.ERROR)
            return
        number = case.get("case_number") or case["case_id"]
        self._change(lambda url: hub_admin.assign(url, case["case_id"], to),
                     self.tr("Case %1 is now assigned to %2; it moves at each computer's next sync.").replace(
                         "%1", number).replace("%2", to), case_id=case["case_id"])


def _select(view: QTableWidget, keys: list[str], key: str | None) -> None:
    """Select the row whose key is ``key`` (filling the table cleared the selection)."""
    if key is not None and key in keys:
        view.selectRow(keys.index(key))
