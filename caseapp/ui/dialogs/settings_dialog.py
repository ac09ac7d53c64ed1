"""Settings: language, auto-lock, backups (folder, list, restore), agency details, change passphrase, the agency's
deadline rules."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from caseapp import settings as settings_mod
from caseapp.domain import forms
from caseapp.domain.access import MIN_RETENTION_YEARS
from caseapp.errors import UserError
from caseapp.services import access_log, agency_profile, backup
from caseapp.services.vault import Vault
from caseapp.ui import background, i18n
from caseapp.ui.i18n import error_text
from caseapp.ui.widgets.form_builder import FormWidget
from caseapp.ui.widgets.button_row import right_aligned
from caseapp.ui.widgets.deadline_rules_page import DeadlineRulesPage
from caseapp.ui.widgets.passphrase_fields import NewPassphraseFields
from caseapp.ui.widgets.status import Tone, show_message

log = logging.getLogger("caseapp.ui")
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class SettingsDialog(QDialog):
    saved = Signal(object)  # Settings
    restored = Signal(object)  # the restored, open Vault (the old one is closed)

    def __init__(self, vault: Vault, current: settings_mod.Settings, parent: QWidget | None = None,
                 before_restore: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = dataclasses.replace(current)
        self.before_restore = before_restore or (lambda: True)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 600)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.tabs.addTab(self._agency_page(), self.tr("Agency"))
        self.tabs.addTab(self._backup_page(), self.tr("Backups"))
        self.tabs.addTab(self._passphrase_page(), self.tr("Passphrase"))
        self.deadline_rules = DeadlineRulesPage(vault, self)
        self.tabs.addTab(self.deadline_rules, self.tr("Deadlines"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("settings_message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # --- pages ---------------------------------------------------------------------------------------------------

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.language_combo = QComboBox(page)
        self.language_combo.addItem("한국어", "ko")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.settings.language)))
        self.auto_lock_spin = QSpinBox(page)
        self.auto_lock_spin.setRange(0, 240)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setSpecialValueText(self.tr("never"))
        self.auto_lock_spin.setValue(self.settings.auto_lock_minutes)
        self.lock_on_sleep_check = QCheckBox(self.tr("Lock when the computer sleeps or the screen locks"), page)
        self.lock_on_sleep_check.setChecked(self.settings.lock_on_sleep)
        note = QLabel(self.tr("Sleep and screen-lock notices reach caseapp on Linux desktops; elsewhere the idle "
                              "timer locks it."), page)
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573")
        form = QFormLayout(page)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Lock after idle"), self.auto_lock_spin)
        form.addRow("", self.lock_on_sleep_check)
        form.addRow("", note)
        self.access_log_spin = QSpinBox(page)  # 접속기록 retention: below 2 years is refused on saving, with why
        self.access_log_spin.setObjectName("access_log_years")
        self.access_log_spin.setRange(1, 100)
        self.access_log_spin.setSuffix(self.tr(" years"))
        self.access_log_spin.setValue(self.settings.access_log_years)
        form.addRow(self.tr("Keep access records"), self.access_log_spin)
        return page

    def _agency_page(self) -> QWidget:
        page = QWidget(self)
        self.agency_form = FormWidget(forms.AGENCY, parent=page)
        try:
            self.agency_form.set_values(agency_profile.agency_values(self.vault))
        except UserError as exc:
            self.agency_form.show_error(exc)
        layout = QVBoxLayout(page)
        layout.addWidget(self.agency_form)
        layout.addStretch(1)
        return page

    def _backup_page(self) -> QWidget:
        page = QWidget(self)
        self.backup_folder_edit = QLineEdit(self.settings.backup_folder, page)
        self.backup_folder_edit.setObjectName("backup_folder")
        self.backup_folder_edit.setPlaceholderText(self.tr("e.g. a USB stick; empty: only the data folder"))
        browse = QPushButton(self.tr("Choose…"), page)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder_edit, 1)
        folder_row.addWidget(browse)
        self.keep_spin = QSpinBox(page)
        self.keep_spin.setRange(1, 1000)
        self.keep_spin.setValue(self.settings.backups_to_keep)
        self.daily_check = QCheckBox(self.tr("Daily backup while caseapp runs"), page)
        self.daily_check.setChecked(self.settings.daily_backup)
        self.on_close_check = QCheckBox(self.tr("Backup when caseapp closes"), page)
        self.on_close_check.setChecked(self.settings.backup_on_close)
        self.backup_table = QTableWidget(0, 4, page)
        self.backup_table.setObjectName("backup_table")
        self.backup_table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Where"),
                                                     self.tr("Size")])
        self.backup_table.verticalHeader().setVisible(False)
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_table.horizontalHeader().setStretchLastSection(True)
        self.backup_table.setColumnWidth(0, 170)
        self.backup_table.setColumnWidth(1, 130)
        self.backup_table.setColumnWidth(2, 250)
        self.backup_now_button = QPushButton(self.tr("Back up now"), page)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore selected backup…"), page)
        self.restore_button.clicked.connect(self.restore_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_now_button)
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        form = QFormLayout()
        form.addRow(self.tr("Second backup folder"), folder_row)
        form.addRow(self.tr("Backups to keep"), self.keep_spin)
        form.addRow("", self.daily_check)
        form.addRow("", self.on_close_check)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.backup_table, 1)
        layout.addLayout(actions)
        self.refresh_backups()
        return page

    def _passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.old_passphrase = QLineEdit(page)
        self.old_passphrase.setObjectName("old_passphrase")
        self.old_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase = NewPassphraseFields(page)
        self.change_button = QPushButton(self.tr("Change passphrase"), page)
        self.change_button.clicked.connect(self.change_passphrase)
        self.passphrase_message = QLabel(page)
        self.passphrase_message.setWordWrap(True)
        self.passphrase_message.setObjectName("passphrase_message")
        self.new_passphrase.add_row(self.tr("Current passphrase"), self.old_passphrase, first=True)
        QWidget.setTabOrder(self.old_passphrase, self.new_passphrase.passphrase)
        layout = QVBoxLayout(page)
        layout.addWidget(self.new_passphrase)
        layout.addLayout(right_aligned(self.change_button))
        layout.addWidget(self.passphrase_message)
        layout.addStretch(1)
        return page

    # --- backups -------------------------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"),
                                                  self.backup_folder_edit.text())
        if folder:
            self.backup_folder_edit.setText(folder)

    def _form_settings(self) -> settings_mod.Settings:
        new = dataclasses.replace(self.settings)
        new.language = str(self.language_combo.currentData())
        new.auto_lock_minutes = self.auto_lock_spin.value()
        new.lock_on_sleep = self.lock_on_sleep_check.isChecked()
        new.backup_folder = self.backup_folder_edit.text().strip()
        new.backups_to_keep = self.keep_spin.value()
        new.daily_backup = self.daily_check.isChecked()
        new.backup_on_close = self.on_close_check.isChecked()
        if self.access_log_spin.value() >= MIN_RETENTION_YEARS:
            new.access_log_years = self.access_log_spin.value()
        return new.validated()

    def refresh_backups(self) -> None:
        lang = i18n.language()
        found = backup.list_backups(self._form_settings() if hasattr(self, "language_combo") else self.settings)
        self.backup_table.setRowCount(len(found))
        for row, info in enumerate(found):
            where = self.tr("data folder") if info.location == "local" else str(info.path.parent)
            cells = [info.created.strftime("%Y-%m-%d %H:%M:%S"), info.reason_label(lang), where,
                     f"{info.size / 1_048_576:.1f} MB"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                self.backup_table.setItem(row, col, item)
        if found:
            self.backup_table.selectRow(0)

    def backup_now(self) -> None:
        self.backup_now_button.setEnabled(False)
        show_message(self.message, self.tr("Making a backup…"), Tone.INFO)
        vault, chosen = self.vault, self._form_settings()
        background.start(lambda job: backup.create_backup(vault, "manual", settings=chosen), parent=self,
                         on_success=self._backup_done, on_error=self._backup_failed)

    def _backup_done(self, result: backup.BackupResult) -> None:
        self.backup_now_button.setEnabled(True)
        text = self.tr("Backup made: %1").replace("%1", result.info.path.name)
        if result.mirror_error is not None:
            text += "\n" + error_text(result.mirror_error)
        show_message(self.message, text, Tone.ERROR if result.mirror_error is not None else Tone.SUCCESS)
        self.refresh_backups()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_now_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        show_message(self.message, error_text(exc), Tone.ERROR)

    def selected_backup(self) -> Path | None:
        row = self.backup_table.currentRow()
        item = self.backup_table.item(row, 0) if row >= 0 else None
        return Path(str(item.data(PATH_ROLE))) if item is not None else None

    def restore_selected(self) -> None:
        path = self.selected_backup()
        if path is None:
            show_message(self.message, self.tr("Select a backup first."), Tone.ERROR)
            return
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the case file with the backup from %1? The current file is backed up first, so "
                    "nothing is lost.").replace("%1", self.backup_table.item(self.backup_table.currentRow(), 0)
                                                 .text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes or not self.before_restore():
            return
        try:
            result = backup.restore_backup(path, vault=self.vault, settings=self._form_settings())
        except UserError as exc:
            show_message(self.message, error_text(exc), Tone.ERROR)
            return
        QMessageBox.information(self, self.tr("Restore backup"), result.message(i18n.language()))
        self.restored.emit(result.vault)
        self.accept()

    # --- passphrase ----------------------------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        if problem := self.new_passphrase.problem():
            self.passphrase_message.setText(problem)
            return
        self.change_button.setEnabled(False)
        self.passphrase_message.setText(self.tr("Changing…"))
        vault, old, new = self.vault, self.old_passphrase.text(), self.new_passphrase.value()
        background.start(lambda job: vault.change_passphrase(old, new), parent=self,
                         on_success=self._changed, on_error=self._change_failed)

    def _changed(self, _result: object) -> None:
        new = self.new_passphrase.value()
        self.change_button.setEnabled(True)
        self.old_passphrase.clear()
        self.new_passphrase.clear()
        self.passphrase_message.setText(self.tr("The passphrase was changed. The old one no longer works."))
        self.offer_rekey(new)

    def offer_rekey(self, passphrase: str) -> None:
        """Old copies of the key file still open the file with the old passphrase: offer a new database key."""
        answer = QMessageBox.question(
            self, self.tr("New database key"),
            self.tr("Copies of the old key file (in backups or the backup folder) still open the case file with the "
                    "old passphrase. Re-encrypt the case file under a new key now? A new recovery key is shown."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from caseapp.ui.dialogs.rekey_dialog import RekeyDialog
        dialog = RekeyDialog(self.vault, passphrase, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.new_vault is not None:
            self.restored.emit(dialog.new_vault)  # the window switches to the re-encrypted file
            self.accept()

    def _change_failed(self, exc: BaseException) -> None:
        self.change_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.passphrase_message.setText(error_text(exc))

    # --- saving --------------------------------------------------------------------------------------------------

    def save(self) -> None:
        try:
            access_log.check_retention_years(self.access_log_spin.value())
        except UserError as exc:
            self.tabs.setCurrentIndex(0)
            show_message(self.message, error_text(exc), Tone.ERROR)
            return
        new = self._form_settings()
        if self.agency_form.is_dirty():
            try:
                agency_profile.update_agency(self.vault, self.agency_form.values())
            except UserError as exc:
                self.tabs.setCurrentIndex(1)
                self.agency_form.show_error(exc)
                return
            self.agency_form.mark_clean()
        if self.deadline_rules.is_dirty():
            try:
                self.deadline_rules.save()
            except UserError as exc:
                self.tabs.setCurrentWidget(self.deadline_rules)
                show_message(self.message, error_text(exc), Tone.ERROR)
                return
        try:
            settings_mod.save(new)
        except OSError:
            show_message(self.message, self.tr("The settings could not be saved (is the data folder writable?)."),
                         Tone.ERROR)
            return
        self.settings = new
        self.saved.emit(new)
        self.accept()
