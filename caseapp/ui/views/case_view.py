"""The per-case view: a header (client, case number, stage and days in it) above one tab per stage plus the
eco-map/genogram and the case's history. The current stage's tab is marked.

API used by the main window: ``CaseView(vault, case_id)``, ``changed`` (after any save), ``message`` (what a save
said, for the status bar), ``has_unsaved_changes()``, ``save_all()``, ``set_privacy_hidden()`` (auto-lock: client
data hidden, typed text kept), ``tabs``, ``case_id``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.korean import fill
from caseapp.domain.vocab import Stage
from caseapp.services.vault import Vault
from caseapp.ui.dialogs.stage_move import StageMoveDialog
from caseapp.ui.views.conference_tab import ConferenceTab
from caseapp.ui.views.ecomap_tab import EcoMapTab
from caseapp.ui.views.follow_up_tab import FollowUpTab
from caseapp.ui.views.history_tab import HistoryTab
from caseapp.ui.views.implementation_tab import ImplementationTab
from caseapp.ui.views.intake_tab import IntakeTab
from caseapp.ui.views.lazy_tab import LazyTab, build_all_pages
from caseapp.ui.views.monitoring_tab import MonitoringTab
from caseapp.ui.views.planning_tab import PlanningTab
from caseapp.ui.views.selection_page import level_text
from caseapp.ui.views.section_tab import CaseContext, StageTab
from caseapp.ui.views.termination_tab import TerminationTab
from caseapp.ui.widgets.form_builder import label_text, mnemonic_safe

CURRENT_COLOUR = QColor("#1e8449")


def current_stage_icon(size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(CURRENT_COLOUR)
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


class BuiltOnAccess(Mapping[Stage, StageTab]):
    """The stage tabs by stage; a tab asked for is built first, so code reaching into it finds its widgets."""

    def __init__(self, tabs: dict[Stage, StageTab]) -> None:
        self.unbuilt = tabs  # as they are, built or not (for the tab bar and signal connections)

    def __getitem__(self, stage: Stage) -> StageTab:
        tab = self.unbuilt[stage]
        tab.ensure_built()
        return tab

    def __iter__(self) -> Iterator[Stage]:
        return iter(self.unbuilt)

    def __len__(self) -> int:
        return len(self.unbuilt)


class CaseView(QWidget):
    changed = Signal()
    message = Signal(str)  # a save's own words for the status bar ("가정방문 기록을 저장했습니다")
    page_built = Signal(QWidget)  # a tab was filled in on its first show (the window restores its column widths)

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.ctx = CaseContext(vault, case_id, self)
        self.setObjectName("caseView")
        self._privacy_hidden = False
        self.stage_dialog: StageMoveDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        header = QHBoxLayout()
        self.client_label = QLabel(self)
        self.client_label.setObjectName("caseClient")
        self.client_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.number_label = QLabel(self)
        self.number_label.setObjectName("caseNumber")
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("caseStage")
        self.stage_label.setStyleSheet(f"color: {CURRENT_COLOUR.name()}; font-weight: bold;")
        header.addWidget(self.client_label)
        header.addSpacing(12)
        header.addWidget(self.number_label)
        header.addSpacing(12)
        header.addWidget(self.stage_label)
        self.level_label = QLabel(self)  # 대상자 선정 in force
        self.level_label.setObjectName("caseLevel")
        header.addSpacing(12)
        header.addWidget(self.level_label)
        header.addStretch(1)
        self.back_button = QPushButton(self.tr("Move back…"), self)
        self.back_button.setObjectName("moveBackButton")
        self.advance_button = QPushButton(self)
        self.advance_button.setObjectName("advanceButton")
        header.addWidget(self.back_button)
        header.addWidget(self.advance_button)
        outer.addLayout(header)

        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        # Every tab is made empty here and filled in when first shown (or reached into): see lazy_tab.
        self.stage_tabs = BuiltOnAccess({t.stage: t(self.ctx) for t in (IntakeTab, PlanningTab, ImplementationTab,
                                                                         MonitoringTab, TerminationTab, FollowUpTab)})
        for stage, tab in self.stage_tabs.unbuilt.items():
            self.tabs.addTab(tab, mnemonic_safe(label_text(stage.label)))
        self._conference_tab = ConferenceTab(self.ctx)
        self.tabs.addTab(self._conference_tab, mnemonic_safe(label_text(forms.CASE_CONFERENCE.title)))
        self._ecomap_tab = EcoMapTab(self.ctx)
        self._ecomap_tab.edit_household_requested.connect(self.show_household)
        self.tabs.addTab(self._ecomap_tab, self.tr("Eco-map · genogram"))
        self._history_tab = HistoryTab(self.ctx)
        self.tabs.addTab(self._history_tab, self.tr("History"))
        self.locked_page = QLabel(self.tr("Locked. Unlock to see the case; what you typed is kept."), self.stack)
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.locked_page)
        outer.addWidget(self.stack, 1)

        self.advance_button.clicked.connect(self.advance)
        self.back_button.clicked.connect(lambda: self.open_stage_move(back=True))
        self.stage_tabs.unbuilt[Stage.FOLLOW_UP].reopen_requested.connect(self.reopen)  # type: ignore[attr-defined]
        self.ctx.reloaded.connect(self._update_header)
        self.ctx.saved.connect(self.changed)
        self.ctx.message.connect(self.message)
        self.ctx.page_built.connect(self.page_built)
        self._update_header()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.setCurrentIndex(self.current_stage().order)
        self._tab_shown(self.tabs.currentIndex())  # index 0 is current already: no currentChanged for it
        if self.ctx.draft_keys:
            self._show_first_draft_offer()

    @property
    def conference_tab(self) -> ConferenceTab:
        return self._conference_tab.ensure_built()

    @property
    def ecomap_tab(self) -> EcoMapTab:
        return self._ecomap_tab.ensure_built()

    @property
    def history_tab(self) -> HistoryTab:
        return self._history_tab.ensure_built()

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyTab) and not page.is_built:
            page.ensure_built()
            self.page_built.emit(page)

    def _show_first_draft_offer(self) -> None:
        """Opened after a crash: bring the first form that offers unsaved text back to the front (tabs in order are
        built until one offers)."""
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if isinstance(page, LazyTab) and not page.is_built:
                page.ensure_built()
                self.page_built.emit(page)
            build_all_pages(page)  # its sub-pages too: the form with the draft may be on any of them
            section = next((s for s in self.ctx.sections if page.isAncestorOf(s) and s.has_offer()), None)
            if section is None:
                continue
            for tabs in [self.tabs] + self.findChildren(QTabWidget):
                for j in range(tabs.count()):
                    if tabs.widget(j).isAncestorOf(section):
                        tabs.setCurrentIndex(j)
            return

    # --- header and stage marking ----------------------------------------------------------------------------

    def current_stage(self) -> Stage:
        return Stage(self.ctx.snap.case.stage)

    def _update_header(self) -> None:
        snap = self.ctx.snap
        stage = self.current_stage()
        days = (date.today() - snap.case.stage_since).days
        self.client_label.setText("••••" if self._privacy_hidden else snap.client.name)
        self.number_label.setText(self.tr("Case %1").replace("%1", snap.case.case_number))
        if days <= 0:
            stage_text = self.tr("%1 · moved to this stage today")
        else:  # counted as people count days: the day of the move is day 1
            stage_text = self.tr("%1 · day %2 in this stage")
        self.stage_label.setText(fill(stage_text, label_text(stage.label), str(days + 1)))
        selection = snap.current_selection
        self.level_label.setText(level_text(selection) if selection else self.tr("Selection not decided"))
        nxt = stage.next()
        self.advance_button.setText(fill(self.tr("Advance to %1…"), mnemonic_safe(label_text(nxt.label)))
                                    if nxt else self.tr("Last stage"))
        self.advance_button.setEnabled(nxt is not None)
        self.back_button.setEnabled(stage.order > 0)
        bar = self.tabs.tabBar()
        icon = current_stage_icon()
        for s in Stage:
            is_current = s is stage
            self.tabs.setTabIcon(s.order, icon if is_current else QIcon())
            bar.setTabTextColor(s.order, CURRENT_COLOUR if is_current else self.palette().windowText().color())
            self.tabs.setTabToolTip(s.order, self.tr("Current stage") if is_current else "")

    # --- stage moves ------------------------------------------------------------------------------------------

    def open_stage_move(self, target: Stage | None = None, back: bool = False) -> StageMoveDialog:
        """Open the (window-modal, non-blocking) stage dialog; after a move the whole view reloads."""
        current = self.current_stage()
        if target is None and back and current.order > 0:
            target = list(Stage)[current.order - 1]
        dialog = StageMoveDialog(self.vault, self.case_id, current, target, self)
        dialog.accepted.connect(self._moved)
        self.stage_dialog = dialog
        dialog.open()
        return dialog

    def advance(self) -> StageMoveDialog:
        return self.open_stage_move(self.current_stage().next())

    def reopen(self) -> StageMoveDialog:
        return self.open_stage_move(Stage.INTAKE)

    def _moved(self) -> None:
        self.ctx.reload()
        self.tabs.setCurrentIndex(self.current_stage().order)

    def show_household(self) -> None:
        """The household members' own page (the intake tab's), where the genogram's people are edited."""
        intake = self.stage_tabs[Stage.INTAKE]
        self.tabs.setCurrentWidget(intake)
        pages: QTabWidget = intake.pages  # type: ignore[attr-defined]
        for i in range(pages.count()):
            if pages.widget(i).isAncestorOf(intake.household):  # type: ignore[attr-defined]
                pages.setCurrentIndex(i)

    # --- unsaved work -----------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(section.has_unsaved_changes() for section in self.ctx.sections)

    def save_all(self) -> bool:
        """Save every form with unsaved typing; False if any was refused (its message stays on screen)."""
        ok = True
        for section in list(self.ctx.sections):
            if section.has_unsaved_changes():
                ok = section.save() and ok
        return ok

    def flush_drafts(self) -> None:
        """Write every unsaved form to its draft now (before a lock, a close or a risky operation)."""
        for section in self.ctx.sections:
            section.flush_draft()

    def set_privacy_hidden(self, hidden: bool) -> None:
        if hidden:
            self.flush_drafts()
        self._privacy_hidden = hidden
        self.stack.setCurrentWidget(self.locked_page if hidden else self.tabs)
        self.advance_button.setEnabled(not hidden and self.current_stage().next() is not None)
        self.back_button.setEnabled(not hidden and self.current_stage().order > 0)
        self._update_header()
        if hidden:
            self.advance_button.setEnabled(False)
            self.back_button.setEnabled(False)

    def reload(self) -> None:
        """Re-read the case (e.g. after the CLI or another window changed it); typing in forms is kept."""
        self.ctx.reload(after_save=False)
