"""The main window: case list, today's deadlines and open cases as tabs; lock screen; menus and shortcuts."""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget,
    QTabBar, QTabWidget, QWidget,
)

from caseapp import gc_tuning, settings as settings_mod
from caseapp.errors import CorruptDatabase, Notice, UserError
from caseapp.services import access_log, agency_profile, cases as case_service, on_open
from caseapp.services.vault import Vault
from caseapp.ui import background, i18n, window_memory
from caseapp.ui.i18n import error_text
from caseapp.ui.idle_lock import IdleWatcher
from caseapp.ui.views.today_view import TodayView
from caseapp.ui.widgets.case_list_panel import CaseListPanel
from caseapp.ui.widgets.lock_screen import LockScreen, PrivacyCover
from caseapp.ui.widgets import status as status_bar

if TYPE_CHECKING:
    from caseapp.domain.deadlines import Deadline
    from caseapp.ui.dialogs.sync_services import SyncServices
    from caseapp.ui.views.case_view import CaseView

log = logging.getLogger("caseapp.ui")

FIXED_TABS = 2  # the case list and today; case tabs come after them
# The case view and its tabs' modules are imported off the GUI thread after the list is shown: importing them took
# most of the first case opened in a process (value types only at import time, no widgets, so a thread may).
CASE_VIEW_MODULE = "caseapp.ui.views.case_view"
WARM_AFTER_MS = 150  # after the list is first shown (see _cases_loaded)
TRIM_AFTER_CLOSE_MS = 250  # after a closed case tab's widgets were deleted (deleteLater runs in the event loop)


def warm_case_view(job: background.Job, vault: Vault, case_id: str | None) -> None:
    """Import the case view and read one case's snapshot (nothing is shown or kept): SQLAlchemy compiles the two
    dozen statements a case view reads once per file, which was most of the first case opened after that."""
    importlib.import_module(CASE_VIEW_MODULE)
    if case_id is not None and not job.cancelled and not vault.closed:
        case_service.snapshot(vault, case_id)
DAILY_BACKUP_CHECK_MS = 30 * 60_000


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)
    vault_replaced = Signal(object)  # the restored Vault (this window's vault was closed by the restore)
    damage_found = Signal(object)  # CorruptDatabase from the page scan an unclean shutdown left (see start)

    def __init__(self, vault: Vault, settings: settings_mod.Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings or settings_mod.load()
        self.locked = False
        self.resources_window: QWidget | None = None
        self.privacy_windows: list[QWidget] = []  # non-modal windows with client data, hidden while locked
        # Set by the start-up code: rebuilds the window in another language (None: applies at the next start).
        self.switch_language: Callable[[str], None] | None = None
        self._hidden_by_lock: list[QWidget] = []
        self._covers: list[PrivacyCover] = []
        # The platform appends " — caseapp" (the application display name): the title must not say it again.
        self.setWindowTitle(self.tr("Case management"))
        self.setMinimumSize(900, 560)

        self._warm_job: background.Job | None = None  # see warm_case_view
        self._warm_planned = False
        self._summaries_tried = False  # the refresh the open left (Vault.summaries_due) was started
        self._warm_timer = QTimer(self)  # a child: it dies with the window
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_AFTER_MS)
        self._warm_timer.timeout.connect(self._warm_case_view)
        self._trim_timer = QTimer(self)  # closing several tabs gives the memory back once
        self._trim_timer.setSingleShot(True)
        self._trim_timer.setInterval(TRIM_AFTER_CLOSE_MS)
        self._trim_timer.timeout.connect(gc_tuning.release_memory)
        self.case_list = CaseListPanel(vault, self)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.export_cases.connect(self._open_export)
        self.today = TodayView(vault, self)
        self.today.open_case.connect(self.open_case)
        self.today.changed.connect(self._case_changed_elsewhere)
        self.today.review_requested.connect(self.access_review)
        self.case_list.loaded.connect(self._cases_loaded)
        self.case_list.upcoming_loaded.connect(self._upcoming_loaded)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.addTab(self.case_list, self.tr("Cases"))
        self.tabs.addTab(self.today, self.tr("Today"))
        for i in range(FIXED_TABS):
            self.tabs.tabBar().setTabButton(i, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)

        self.lock_screen = LockScreen(vault, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.quit_requested.connect(self.quit_while_locked)
        self.lock_screen.vault_replaced.connect(self.vault_replaced)  # rekeyed from the lock screen
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self._refresh_timer = QTimer(self)  # several saves in a row refresh the lists once
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self._refresh_after_save)

        self._build_actions()
        self._build_status()
        self.idle = IdleWatcher(self.settings.auto_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_key.connect(self.lock)
        self.idle.system_lock.connect(self._system_lock)
        self.daily_backup_timer = QTimer(self)
        self.daily_backup_timer.setInterval(DAILY_BACKUP_CHECK_MS)
        self.daily_backup_timer.timeout.connect(self.daily_backup)
        self.daily_backup_timer.start()
        window_memory.restore(self, self.settings.window_layouts)  # as it was on this screen, or to fit it

    # --- building --------------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # triggered(bool) must not reach the slot: menu slots take optional arguments (a path, a request's text)
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_case_action = self._action(self.tr("&New case…"), self.new_case, "Ctrl+N", "new_case")
        self.find_action = self._action(self.tr("&Find case"), self.focus_search, "Ctrl+F", "find")
        self.save_action = self._action(self.tr("&Save"), self.save_current, "Ctrl+S", "save")
        self.export_action = self._action(self.tr("&Export PDF…"), self.export, "Ctrl+E", "export")
        self.export_all_action = self._action(self.tr("Export &listed cases…"), self.export_listed, None,
                                              "export_all")
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L", "lock")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quit")
        self.today_action = self._action(self.tr("&Today"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+T", "today")
        self.cases_action = self._action(self.tr("&Cases"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1", "cases")
        self.resources_action = self._action(self.tr("&Resource directory"), self.show_resources, "Ctrl+R",
                                             "resources")
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh_lists, "F5", "refresh")
        from caseapp.ui.views.statistics_window import open_statistics
        self.statistics_action = self._action(self.tr("&Statistics and reports…"), lambda: open_statistics(self),
                                              None, "statistics")
        self.settings_action = self._action(self.tr("Se&ttings…"), self.show_settings, "Ctrl+,", "settings")
        self.about_action = self._action(self.tr("&About caseapp"), self.show_about, None, "about")
        self.print_action = self._action(self.tr("&Print record…"), self.print_record, "Ctrl+P", "print_record")
        self.referral_letter_action = self._action(self.tr("&Referral letter…"), self.referral_letter, None,
                                                   "referral_letter")
        self.blank_forms_action = self._action(self.tr("&Blank home-visit forms…"), self.blank_forms, None,
                                               "blank_forms")
        self.verify_action = self._action(self.tr("&Verify a signed PDF…"), self.verify_pdf, None, "verify_pdf")
        self.access_review_action = self._action(self.tr("&Access-log review…"), self.access_review, None,
                                                 "access_review")
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for a in (self.new_case_action, self.save_action, self.export_action, self.export_all_action,
                  self.print_action, self.referral_letter_action, self.blank_forms_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for a in (self.cases_action, self.today_action, self.find_action, self.resources_action,
                  self.statistics_action, self.refresh_action):
            view_menu.addAction(a)
        tools_menu = menu.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.verify_action)
        tools_menu.addAction(self.access_review_action)
        tools_menu.addAction(self.settings_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.privacy_actions = [self.new_case_action, self.find_action, self.save_action, self.export_action,
                                self.export_all_action, self.today_action, self.cases_action,
                                self.resources_action, self.refresh_action, self.settings_action,
                                self.print_action, self.referral_letter_action, self.blank_forms_action,
                                self.verify_action, self.statistics_action, self.access_review_action]
        self._build_register_actions(file_menu, tools_menu)
        self._build_sync_actions(file_menu)

    def _build_register_actions(self, file_menu: QMenu, tools_menu: QMenu) -> None:
        """The privacy registers and the client's rights (본인 열람, 정정·삭제 요구)."""
        self.registers_action = self._action(self.tr("Privacy &registers…"), self.show_registers, None,
                                             "privacy_registers")
        self.client_copy_action = self._action(self.tr("Client's own &copy…"), self.client_copy, None,
                                               "client_copy")
        self.correction_action = self._action(self.tr("Correction re&quest…"), self.correction_request, None,
                                              "correction_request")
        before = file_menu.actions()[-3]  # above the separator, lock and quit
        file_menu.insertAction(before, self.client_copy_action)
        file_menu.insertAction(before, self.correction_action)
        tools_menu.insertAction(self.settings_action, self.registers_action)
        self.privacy_actions += [self.registers_action, self.client_copy_action, self.correction_action]

    def _build_status(self) -> None:
        self.identity_label = QLabel(self)
        try:
            agency = agency_profile.get_agency(self.vault).name
        except UserError:
            agency = ""
        self.identity_label.setText(" · ".join(p for p in (self.vault.actor, agency) if p))
        self.statusBar().addPermanentWidget(self.identity_label)
        self.sync_label = QLabel(self)  # 마지막 동기화 per paired device (issue 17), filled by refresh_sync_status
        self.sync_label.setObjectName("sync_status")
        self.sync_label.setContentsMargins(16, 0, 0, 0)
        self.statusBar().addPermanentWidget(self.sync_label)
        from caseapp.ui.hub_sync import HubSync
        self.hub_sync = HubSync(self)  # the agency hub's last sync, and its background sync (issue 18)
        self._quiet_reload = False  # the refresh after a save keeps the save's message on the status bar
        self.case_list.loaded.connect(self._show_loaded)
        self.today.message.connect(self.show_status)

    def show_status(self, text: str, tone: "status_bar.Tone | None" = None) -> None:
        """A message for the status bar: what was saved or loaded in the normal colour, errors in the error colour."""
        status_bar.show_status(self.statusBar(), text, tone or status_bar.Tone.INFO)

    def _show_loaded(self, count: int) -> None:
        if not self._quiet_reload:
            self.show_status(self.tr("%1 cases loaded").replace("%1", str(count)))
        self._quiet_reload = False

    # --- loading ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Load the lists off the GUI thread; the window is usable meanwhile. After an unclean shutdown the open
        left the full page scan (seconds for a big file) to run now, in the background as well."""
        self.case_list.reload()
        self.refresh_sync_status()
        self.hub_sync.start()
        if self.vault.page_scan_due:
            self.show_status(self.tr("Checking the case file for damage in the background…"))
            vault = self.vault
            background.start(lambda job: vault.run_page_scan(), parent=self, on_success=self._page_scan_done,
                             on_error=self._page_scan_failed)

    def _summaries_refreshed(self, problem: Notice | None) -> None:
        if problem is not None:  # as the unlock window shows the open's own notices
            QMessageBox.warning(self, QCoreApplication.translate("UnlockDialog", "Please read"), error_text(problem))

    def _summaries_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):  # a bug: the crash handler reports it
            raise exc
        self.show_status(error_text(exc), status_bar.Tone.ERROR)  # e.g. the disk filled up: the next open retries

    def _page_scan_done(self, finished: bool) -> None:
        if finished:
            self.show_status(self.tr("The case file was checked: no damage found."))

    def _page_scan_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CorruptDatabase):
            log.warning("the page scan after an unclean shutdown found damage")
            self.damage_found.emit(exc)  # the start-up code shows it as an open would have (unlock window)
            return
        if not isinstance(exc, UserError):
            raise exc
        self.show_status(error_text(exc), status_bar.Tone.ERROR)

    def _upcoming_loaded(self, deadlines: list["Deadline"]) -> None:
        # Today's list comes from the case list's load (picked off the GUI thread once the list is shown).
        self.today.show_deadlines(deadlines, serial=self.case_list.upcoming_serial)
        gc_tuning.release_memory()  # the previous deadlines and the decoding's lists
        if self.vault.summaries_due and not self._summaries_tried:  # the open left them (see Vault.open)
            # Once per window, after the list and the today list are shown (both computed them meanwhile): a
            # count over every case, and a rewrite of each stale summary, that nothing on screen waits for.
            self._summaries_tried = True
            vault = self.vault
            background.start(lambda job: on_open.refresh_deferred_summaries(vault), parent=self,
                             on_success=self._summaries_refreshed, on_error=self._summaries_failed)

    def _cases_loaded(self, _count: int) -> None:
        # The rest waits for the list's paint (a 0 ms timer runs after the paint the model's reset asked for): a
        # job started now runs Python beside the paint, and each waits for the other's turn with the GIL.
        QTimer.singleShot(0, self, self._after_cases_shown)

    def _after_cases_shown(self) -> None:
        self.today.check_review()
        # The previous rows and deadlines are gone and the load's own lists with them (~30 MB at 10,000 cases):
        # give those pages back rather than keep them for a next load that reuses only part of them.
        gc_tuning.release_memory()
        if not self._warm_planned:  # once the list is up, not competing with its load
            self._warm_planned = True
            # After the list's first paint: the import holds the GIL, and each cell the table paints asks Python
            # for its text (the first paint took ~120 ms instead of ~40 ms while the import ran beside it).
            self._warm_timer.start()

    def case_view_warmed(self) -> bool:
        """The case view's import and first read, started once the list was shown, are done."""
        return self._warm_job is not None and not self._warm_job.running

    def _warm_case_view(self) -> None:
        if self.vault.closed:
            return
        rows = self.case_list.model.rows
        vault, case_id = self.vault, rows[0].case_id if rows else None
        self._warm_job = background.start(lambda job: warm_case_view(job, vault, case_id), parent=self)

    def daily_backup(self) -> background.Job | None:
        """Every half hour: a "daily" backup if the newest is a day old (Settings.daily_backup), off the GUI thread."""
        if self.locked:
            return None  # the next check after unlocking makes it
        from caseapp.services import backup
        vault, chosen = self.vault, self.settings

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            self.show_status(error_text(exc), status_bar.Tone.ERROR)

        return background.start(lambda job: backup.daily_backup_if_due(vault, chosen), parent=self, on_error=failed)

    def _refresh_after_save(self) -> None:
        self._quiet_reload = True
        self.refresh_lists()

    def _case_changed_elsewhere(self, case_id: str) -> None:
        """A record changed outside the case's own tab (the today list): an open view of it re-reads the case."""
        for view in self.case_views():
            if view.case_id == case_id:
                view.reload()
        self._refresh_timer.start()

    def refresh_lists(self) -> background.Job:
        selected = self.case_list.selected_case_ids()
        return self.case_list.reload(select_case_id=selected[0] if selected else None)

    # --- cases -----------------------------------------------------------------------------------------------

    def case_views(self) -> list["CaseView"]:
        views = []
        for i in range(FIXED_TABS, self.tabs.count()):
            widget = self.tabs.widget(i)
            if hasattr(widget, "case_id") and hasattr(widget, "save_all"):
                views.append(widget)
        return views  # type: ignore[return-value]

    def current_case_view(self) -> "CaseView | None":
        widget = self.tabs.currentWidget()
        return widget if widget in self.case_views() else None  # type: ignore[return-value]

    def _case_title(self, case_id: str) -> str:
        row = self.case_list.model.row_of(case_id)
        if row >= 0:
            summary = self.case_list.model.rows[row]
            return f"{summary.case_number} {summary.client_name}"
        snap = case_service.snapshot(self.vault, case_id)
        return f"{snap.case.case_number} {snap.client.name}"

    def open_case(self, case_id: str) -> "CaseView | None":
        if self.locked:
            return None
        for view in self.case_views():
            if view.case_id == case_id:
                self.tabs.setCurrentWidget(view)
                return view
        from caseapp.ui.views.case_view import CaseView  # the per-stage case view (GUI-case helper's module)
        try:
            view = CaseView(self.vault, case_id, self.tabs)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return None
        access_log.record_view(self.vault, case_id)  # 접속기록: the case was opened to be read
        view.changed.connect(self._refresh_timer.start)
        view.message.connect(self.show_status)
        index = self.tabs.addTab(view, self._case_title(case_id))
        window_memory.restore_parts(self, self.settings.window_layouts, within=view)
        view.page_built.connect(  # a tab built on first show gets its remembered column widths then
            lambda page: window_memory.restore_parts(self, self.settings.window_layouts, within=page))
        self.tabs.setTabToolTip(index, self.tr("Ctrl+S saves, Ctrl+E exports this case"))
        self.tabs.setCurrentIndex(index)
        return view

    def close_tab(self, index: int) -> bool:
        if index < FIXED_TABS:
            return False
        view = self.tabs.widget(index)
        if view in self.case_views() and not self.confirm_unsaved([view]):  # type: ignore[list-item]
            return False
        self.tabs.removeTab(index)
        view.deleteLater()
        self._trim_timer.start()
        return True

    def confirm_unsaved(self, views: list["CaseView"]) -> bool:
        """Ask about unsaved changes in ``views``; True if it is fine to go on (saved or discarded)."""
        dirty = [v for v in views if v.has_unsaved_changes()]
        if not dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Some entries have not been saved yet. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return all(v.save_all() for v in dirty)  # a failed save shows its message and keeps the tab open
        return True

    def save_current(self) -> bool:
        view = self.current_case_view()
        return view.save_all() if view is not None else True

    def save_drafts(self) -> None:
        """Crash handler: write every open form's unsaved text to the encrypted drafts."""
        for view in self.case_views():
            view.flush_drafts()  # the case view autosaves every few seconds; this forces it now
        for window in self.privacy_windows:
            save = getattr(window, "save_draft", None)
            if callable(save):
                save()

    def new_case(self) -> None:
        if self.locked:
            return
        from caseapp.ui.dialogs.new_case_dialog import NewCaseDialog
        dialog = NewCaseDialog(self.vault, self)
        self.track_private(dialog)
        dialog.created.connect(self._case_created)
        dialog.open()

    def _case_created(self, case_id: str) -> None:
        self.case_list.reload(select_case_id=case_id)
        self.open_case(case_id)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.case_list.focus_search()

    # --- export ----------------------------------------------------------------------------------------------

    def export(self) -> None:
        view = self.current_case_view()
        if view is not None:
            ids = [view.case_id]
        else:
            ids = self.case_list.selected_case_ids() if self.tabs.currentIndex() == 0 else []
        if not ids:
            QMessageBox.information(self, self.tr("Export"),
                                    self.tr("Open a case or select cases in the list first."))
            return
        self._open_export(ids)

    def export_listed(self) -> None:
        ids = self.case_list.visible_case_ids()
        if ids:
            self._open_export(ids)

    def _open_export(self, case_ids: list[str], *, print_after: bool = False) -> QDialog:
        from caseapp.ui.dialogs.export_dialog import ExportDialog
        dialog = ExportDialog(self.vault, case_ids, self, print_after=print_after)
        self.track_private(dialog)
        dialog.open()
        return dialog

    def print_record(self) -> QDialog | None:
        """Ctrl+P: the open (or the one selected) case's record, through the print preview."""
        view = self.current_case_view()
        ids = [view.case_id] if view is not None else (
            self.case_list.selected_case_ids() if self.tabs.currentIndex() == 0 else [])
        if len(ids) != 1:
            QMessageBox.information(self, self.tr("Print record"), self.tr("Open a case or select one in the list "
                                                                           "first."))
            return None
        return self._open_export(ids, print_after=True)

    def referral_letter(self) -> QDialog | None:
        view = self.current_case_view()
        if view is None:
            QMessageBox.information(self, self.tr("Referral letter"),
                                    self.tr("Open the case first: the letter is written for one of its referrals."))
            return None
        from caseapp.ui.dialogs.referral_letter_dialog import ReferralLetterDialog
        try:
            dialog = ReferralLetterDialog(self.vault, view.case_id, self)
        except UserError as exc:
            QMessageBox.information(self, self.tr("Referral letter"), error_text(exc))
            return None
        self.track_private(dialog)
        dialog.open()
        return dialog

    def blank_forms(self) -> QDialog:
        from caseapp.ui.dialogs.blank_forms_dialog import BlankFormsDialog
        dialog = BlankFormsDialog(self)
        dialog.open()
        return dialog

    def verify_pdf(self) -> QDialog:
        from caseapp.ui.dialogs.verify_dialog import VerifyDialog
        dialog = VerifyDialog(self.vault, self)
        dialog.open()
        return dialog

    def show_registers(self) -> QDialog:
        from caseapp.ui.dialogs.registers_dialog import RegistersDialog
        dialog = RegistersDialog(self.vault, self)
        self.track_private(dialog)
        dialog.open()
        return dialog

    def client_copy(self) -> QDialog | None:
        view = self.current_case_view()
        if view is None:
            QMessageBox.information(self, self.tr("Client's own copy"), self.tr("Open the case first."))
            return None
        from caseapp.ui.dialogs.registers_dialog import ClientCopyDialog
        dialog = ClientCopyDialog(self.vault, view.case_id, self)
        self.track_private(dialog)
        dialog.open()
        return dialog

    def access_review(self) -> QDialog | None:
        """접속기록 점검: last month's access records (or another month's) and a signed review."""
        if self.locked:
            return None
        from caseapp.ui.dialogs.access_review_dialog import AccessReviewDialog
        dialog = AccessReviewDialog(self.vault, self)
        dialog.reviewed.connect(lambda *_: self.today.check_review())
        self.track_private(dialog)
        dialog.open()
        return dialog

    def correction_request(self, text: str | None = None) -> bool:
        """Record a correction or deletion request for the open case (answer due in 10 days, listed in Today)."""
        view = self.current_case_view()
        title = self.tr("Correction request")
        if view is None:
            QMessageBox.information(self, title, self.tr("Open the case first."))
            return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, title, self.tr("What does the client ask to correct or "
                                                                          "delete?"))
            if not ok:
                return False
        from caseapp.services import corrections
        try:
            row = corrections.add_request(self.vault, view.case_id, text)
        except UserError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return False
        self.show_status(self.tr("Correction request recorded. Answer by %1 (listed in Today).")
                         .replace("%1", row.due_on.isoformat()))
        self.today.reload()
        return True

    # --- sync (issue 17): File → 동기화, the conflict screen, the status bar's last exchange ------------------

    _sync: "SyncServices | None" = None

    def _build_sync_actions(self, file_menu: QMenu) -> None:
        self.sync_export_action = self._action(self.tr("&Export changes…"), self.sync_export, None, "sync_export")
        self.sync_import_action = self._action(self.tr("&Import changes…"), self.sync_import, None, "sync_import")
        self.sync_conflicts_action = self._action(self.tr("Resolve &conflicts…"), self.sync_conflicts, None,
                                                  "sync_conflicts")
        self.sync_menu = QMenu(self.tr("S&ync"), self)
        self.sync_menu.setObjectName("sync_menu")
        for a in (self.sync_export_action, self.sync_import_action, self.sync_conflicts_action):
            self.sync_menu.addAction(a)
        self.hub_action = self._action(self.tr("Agency &hub…"), self.show_hub, None, "agency_hub")  # issue 18
        self.sync_menu.addAction(self.hub_action)
        self.privacy_actions.append(self.hub_action)
        self.hub_admin_action = self._action(self.tr("Agency hub &administration…"), self.show_hub_admin, None,
                                             "agency_hub_admin")  # issue 18: users, assignments, their history
        self.sync_menu.addAction(self.hub_admin_action)
        self.privacy_actions.append(self.hub_admin_action)
        self.hub_stats_action = self._action(self.tr("Agency &statistics…"), self.show_hub_stats, None,
                                             "agency_statistics")  # issue 18: the 관장's figures from the hub
        self.sync_menu.addAction(self.hub_stats_action)
        self.privacy_actions.append(self.hub_stats_action)
        file_menu.insertMenu(file_menu.actions()[-3], self.sync_menu)  # above the separator, lock and quit
        self.privacy_actions += [self.sync_export_action, self.sync_import_action, self.sync_conflicts_action]

    def sync_services(self) -> "SyncServices":
        if self._sync is None:
            from caseapp.ui.dialogs.sync_services import for_vault
            self._sync = for_vault(self.vault)
        return self._sync

    def refresh_sync_status(self) -> None:
        from caseapp.ui.dialogs.sync_text import status_text
        try:
            self.sync_label.setText(status_text(self.sync_services().peers()))
        except UserError as exc:
            self.sync_label.setText("")
            self.show_status(error_text(exc), status_bar.Tone.ERROR)

    def sync_export(self) -> QDialog | None:
        if self.locked:
            return None
        from caseapp.ui.dialogs.sync_export_dialog import SyncExportDialog
        dialog = SyncExportDialog(self.sync_services(), self)
        dialog.exported.connect(lambda *_: self.refresh_sync_status())
        dialog.open()
        return dialog

    def sync_import(self, path: str | None = None) -> QDialog | None:
        if self.locked:
            return None
        if path is None:
            from caseapp.ui.dialogs.pdf_document_dialog import documents_folder
            from caseapp.ui.dialogs.sync_export_dialog import SUFFIX, removable_folder
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import changes"), str(removable_folder() or documents_folder()),
                self.tr("caseapp sync files (*%1)").replace("%1", SUFFIX))
            if not path:
                return None
        from pathlib import Path
        from caseapp.ui.dialogs.sync_import_dialog import SyncImportDialog
        dialog = SyncImportDialog(self.sync_services(), Path(path), self)
        self.track_private(dialog)  # the preview names cases
        dialog.imported.connect(self._after_sync_import)
        dialog.conflicts_requested.connect(self.sync_conflicts)
        dialog.open()
        return dialog

    def _after_sync_import(self, _result: object) -> None:
        """Open case tabs re-read their case; a case destroyed (파기) on the other machine closes its tab."""
        for view in self.case_views():
            try:
                view.reload()
                gone = view.ctx.snap.case.destroyed_at is not None
            except UserError:
                gone = True
            if gone:
                self.tabs.removeTab(self.tabs.indexOf(view))
                view.deleteLater()
        self.refresh_lists()
        self.today.reload()
        self.refresh_sync_status()

    def show_hub(self) -> QDialog | None:
        if self.locked:
            return None
        from caseapp.ui.dialogs.hub_dialog import HubDialog
        dialog = HubDialog(self.hub_sync, self)
        dialog.open()
        return dialog

    def show_hub_admin(self) -> QDialog | None:
        if self.locked:
            return None
        from caseapp.ui.dialogs.hub_admin_dialog import HubAdminDialog
        dialog = HubAdminDialog(self)
        dialog.open()
        return dialog

    def show_hub_stats(self) -> QDialog | None:
        if self.locked:
            return None
        from caseapp.services import hub_stats
        from caseapp.ui.dialogs.hub_stats_dialog import HubStatsDialog
        dialog = HubStatsDialog(hub_stats.joined_account(self.vault), self)
        dialog.open()
        return dialog

    def after_hub_sync(self, report: object) -> None:
        """The hub brought changes: as after a bundle import (a case handed to a colleague closes its tab)."""
        self._after_sync_import(report)

    def sync_conflicts(self) -> QDialog | None:
        if self.locked:
            return None
        from caseapp.ui.views.sync_conflicts import SyncConflictsWindow
        try:
            dialog = SyncConflictsWindow(self.sync_services(), self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Resolve conflicts"), error_text(exc))
            return None
        self.track_private(dialog)
        dialog.resolved.connect(self._sync_resolved)
        dialog.open()
        return dialog

    def _sync_resolved(self, _conflict_id: str, case_id: str | None) -> None:
        """The kept value is in the record now: its case's open tab re-reads it (a client's row: every tab)."""
        for view in self.case_views():
            if case_id is None or view.case_id == case_id:
                view.reload()
        self._refresh_timer.start()

    # --- windows ---------------------------------------------------------------------------------------------

    def track_private(self, window: QWidget) -> None:
        self.privacy_windows.append(window)
        window.destroyed.connect(lambda *_: self.privacy_windows.remove(window)
                                 if window in self.privacy_windows else None)
        if isinstance(window, QDialog):
            window.finished.connect(lambda *_: self.privacy_windows.remove(window)
                                    if window in self.privacy_windows else None)

    def show_resources(self) -> None:
        if self.locked:
            return
        if self.resources_window is None:
            from caseapp.ui.views.resources_window import ResourcesWindow
            self.resources_window = ResourcesWindow(self.vault, self)
            self.resources_window.open_case.connect(self.open_case)  # type: ignore[attr-defined]
            self.privacy_windows.append(self.resources_window)
        self.resources_window.show()
        self.resources_window.raise_()
        self.resources_window.activateWindow()

    def show_settings(self) -> None:
        from caseapp.ui.dialogs.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.vault, self.settings, self,
                                before_restore=lambda: self.confirm_unsaved(self.case_views()))
        dialog.saved.connect(self.apply_settings)
        dialog.restored.connect(self.vault_replaced)
        dialog.open()

    def apply_settings(self, new: settings_mod.Settings) -> None:
        changed = [f.name for f in dataclasses.fields(new) if f.name not in ("window_geometry", "window_layouts")
                   and getattr(new, f.name) != getattr(self.settings, f.name)]
        try:
            access_log.record_settings_change(self.vault, changed)
        except UserError as exc:  # saved already; the record could not be written (full disk)
            self.show_status(error_text(exc))
        self.settings = new
        self.idle.set_minutes(new.auto_lock_minutes)
        if new.language != i18n.language():
            if self.switch_language is not None:
                # After the settings dialog has closed: the window is rebuilt in the new language.
                QTimer.singleShot(0, self, lambda: self.switch_language(new.language))  # type: ignore[misc]
            else:
                QMessageBox.information(self, self.tr("Language"),
                                        self.tr("The new language is used from the next start of caseapp."))

    def discard_and_close(self) -> None:
        """Close without questions (the file under this window was replaced by a restore)."""
        self._skip_close_questions = True
        self.close()

    def show_about(self) -> None:
        from caseapp.ui.dialogs.about_dialog import AboutDialog
        AboutDialog(self).open()

    # --- locking ---------------------------------------------------------------------------------------------

    def _system_lock(self) -> None:
        if self.settings.lock_on_sleep:
            self.lock()

    def lock(self) -> None:
        """Hide all client data; typed text stays in the (hidden) widgets and their drafts."""
        if self.locked:
            return
        self.locked = True
        for view in self.case_views():
            view.set_privacy_hidden(True)
        self._hidden_by_lock = [w for w in self.privacy_windows if w.isVisible()]
        for window in self._hidden_by_lock:
            window.hide()
        # Other open windows (e.g. a modal stage-move or addendum dialog) cannot be hidden without ending their
        # dialog loop and losing what was typed: they are covered by a lock screen of their own instead.
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isVisible() and window not in self._hidden_by_lock:
                cover = PrivacyCover(self.vault, window)
                cover.unlocked.connect(self.unlock)
                cover.quit_requested.connect(self.quit_while_locked)
                self._covers.append(cover)
        self.stack.setCurrentWidget(self.lock_screen)
        for action in self.privacy_actions:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_screen.reset()
        access_log.record_lock(self.vault)
        log.info("locked")
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.stack.setCurrentWidget(self.tabs)
        for view in self.case_views():
            view.set_privacy_hidden(False)
        for window in self._hidden_by_lock:
            if window in self.privacy_windows:
                window.show()
        self._hidden_by_lock = []
        for cover in self._covers:
            cover.remove()
        self._covers = []
        for action in self.privacy_actions:
            action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.idle.poke()
        log.info("unlocked")
        self.locked_changed.emit(False)

    # --- closing ---------------------------------------------------------------------------------------------

    _skip_close_questions = False

    def remember_layout(self) -> None:
        """Save size, position, splitters and column widths for this screen (on close, before a language switch)."""
        self.settings.window_layouts = window_memory.capture(self, self.settings.window_layouts)
        self.settings.window_geometry = bytes(self.saveGeometry().toHex().data()).decode("ascii")
        try:
            settings_mod.save(self.settings)
        except OSError:
            log.warning("settings could not be saved")

    def quit_while_locked(self) -> None:
        """The lock screen's Quit: typing goes to the encrypted drafts (see closeEvent), and an open dialog under a
        privacy cover ends with the application rather than keeping it running."""
        if self.close():
            QApplication.quit()

    def raise_window(self) -> None:
        """Another start of caseapp asked this instance to come forward."""
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._skip_close_questions:
            if self.locked:
                # No question can show client data now (and the system may be logging out): unsaved typing goes
                # to the encrypted drafts, offered again at the next start.
                self.save_drafts()
            elif not self.confirm_unsaved(self.case_views()):
                event.ignore()
                return
        self.remember_layout()
        self.idle.stop()
        if self._warm_job is not None:
            self._warm_job.cancel()  # not begun yet: the vault is closed after this window
        if self.resources_window is not None:
            self.resources_window.close()
        event.accept()
