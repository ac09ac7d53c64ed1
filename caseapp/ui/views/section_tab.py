"""The unit every stage tab is built from: a table of one kind of record above the form for the selected one.

A section saves through a service, keeps a draft of unsaved typing per record, locks signed rows (read-only, lock
icon, only "add addendum") and asks the case view to reload after every save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, Qt, QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QTableView,
    QVBoxLayout, QWidget,
)

from caseapp.domain.forms import FormSpec
from caseapp.domain.korean import fill
from caseapp.domain.vocab import Stage
from caseapp.errors import UserError
from caseapp.services import cases, drafts, entries
from caseapp.services.cases import CaseSnapshot
from caseapp.services.vault import Vault
from caseapp.ui.widgets.addenda_list import AddendaList
from caseapp.ui.widgets.checklist import ChecklistWidget
from caseapp.ui.widgets.column_fit import fit_columns
from caseapp.ui.views.lazy_tab import LazyTab
from caseapp.ui.widgets.form_builder import DraftBanner, DraftKeeper, DraftPart, FormWidget, label_text
from caseapp.ui.widgets.jump_bar import JumpBar


def lock_icon(size: int = 16) -> QIcon:
    """A small padlock drawn with QPainter (no image files, crisp at any scale)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#7d6608")
    p.setPen(QPen(colour, size / 8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.6), 0, 180 * 16)
    p.drawLine(QPointF(size * 0.28, size * 0.38), QPointF(size * 0.28, size * 0.5))
    p.drawLine(QPointF(size * 0.72, size * 0.38), QPointF(size * 0.72, size * 0.5))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(size * 0.16, size * 0.45, size * 0.68, size * 0.5), 2, 2)
    p.end()
    return QIcon(pix)


def local_time(moment: datetime) -> str:
    """A stored timestamp (UTC; SQLite hands it back without a zone) in the computer's local time."""
    aware = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def add_save_shortcuts(widget: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Enter saves the form the cursor is in (Enter alone still makes a new line in a note)."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)


def short(text: str, limit: int = 60) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class CaseContext(QObject):
    """What every tab shares: the vault, the case, its latest snapshot and the sections with unsaved typing."""

    reloaded = Signal()
    saved = Signal()
    message = Signal(str)  # what was just saved, for the window's status bar
    page_built = Signal(QWidget)  # a tab's sub-page was made on its first show (see lazy_tab.LazyPage)

    def __init__(self, vault: Vault, case_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.snap: CaseSnapshot = cases.snapshot(vault, case_id)
        self.sections: list[Any] = []  # everything with has_unsaved_changes() / save() / flush_draft()
        # drafts left from an earlier session (crash, kill): sections offer them back when the view opens. The
        # view's draft keepers keep the set current, so a form whose key is not in it has no draft to look up.
        self.draft_keys = drafts.case_draft_keys(vault, case_id)
        self._resources: list[tuple[str, str]] | None = None  # see resource_choices

    def reload(self, *, after_save: bool = True) -> None:
        self.snap = cases.snapshot(self.vault, self.case_id)
        self.reloaded.emit()
        if after_save:
            self.saved.emit()

    def draft_key(self, form_key: str, row_id: str | None) -> str:
        return f"case:{self.case_id}:{form_key}:{row_id or 'new'}"

    def goal_choices(self) -> list[tuple[str, str]]:
        numbers = self.snap.goal_numbers()  # 1, 1-1, 1-2, 2 …: 단기 goals under their 장기 goal
        return [(g.id, f"{numbers[g.id]}. {short(g.statement, 40)}") for g in self.snap.goals]

    def long_goal_choices(self) -> list[tuple[str, str]]:
        numbers = self.snap.goal_numbers()
        return [(g.id, f"{numbers[g.id]}. {short(g.statement, 40)}") for g in self.snap.long_goals()]

    def resource_choices(self) -> list[tuple[str, str]]:
        """The resource directory, read once for all the pickers a reload or a tab being built fills at once;
        forgotten when control returns to the event loop, so the next reload reads it fresh."""
        if self._resources is None:
            self._resources = [(r.id, r.name) for r in entries.list_resources(self.vault)]
            QTimer.singleShot(0, self, self._forget_resources)
        return self._resources

    def _forget_resources(self) -> None:
        self._resources = None

    def references(self) -> dict[str, Callable[[], list[tuple[str, str]]]]:
        return {"goal": self.goal_choices, "long_goal": self.long_goal_choices, "resource": self.resource_choices,
                "plan_task": lambda: [(t.id, short(t.description, 40)) for t in self.snap.tasks]}


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], str]
    stretch: bool = False  # this column takes the spare width (the free text, usually)


_ROLES_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole})
LOCK_ROOM = 22  # the lock icon before a signed row's first cell


class RowsModel(QAbstractTableModel):
    """Rows of one record kind; signed rows carry a lock icon in the first column."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._lock = lock_icon()

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES_ANSWERED or not index.isValid():  # Qt asks ~10 roles per cell: most answer nothing
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].value(row)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and getattr(row, "signed_at", None):
            return self._lock
        if role == Qt.ItemDataRole.ToolTipRole and getattr(row, "signed_at", None):
            return QCoreApplication.translate("RowsModel", "Signed and locked")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


class RecordSection(QWidget):
    """Table of records + the form of the selected (or a new) one, with Save / New / Sign / Add addendum."""

    def __init__(self, ctx: CaseContext, form: FormSpec, *, columns: Sequence[Column],
                 rows: Callable[[CaseSnapshot], list[Any]],
                 create: Callable[[dict[str, Any], Any], Any],
                 update: Callable[[str, dict[str, Any], Any], Any] | None = None,
                 extra: DraftPart | None = None, signable: bool = True, deletable: bool = False,
                 form_columns: int = 1,
                 table_height: int = 110, select_latest: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = form
        self.rows_of = rows
        self.create = create
        self.update = update or (lambda row_id, values, _extra: entries.edit_kind(ctx.vault, form.key, row_id, values))
        self.extra = extra
        self.signable = signable
        self.select_latest = select_latest
        self.current_id: str | None = None
        self.pending_addendum = False  # an addendum draft from an earlier session waits on the selected row
        self.setObjectName(f"section_{form.key}")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(f"<b>{label_text(form.title)}</b>", self)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New"), self)
        self.sign_button = QPushButton(self.tr("Sign…"), self)
        self.addendum_button = QPushButton(self.tr("Add addendum…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setVisible(deletable)
        self.top_bar = top  # a tab may add its own buttons (see add_action_button)
        for b in (self.new_button, self.delete_button, self.sign_button, self.addendum_button):
            top.addWidget(b)
        self.sign_button.setVisible(signable)
        self.addendum_button.setVisible(signable)
        layout.addLayout(top)

        self.model = RowsModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.stretch_columns = [i for i, c in enumerate(columns) if c.stretch]
        self.table.horizontalHeader().setStretchLastSection(not self.stretch_columns)
        self.table.setFixedHeight(table_height)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table)

        self.lock_label = QLabel(self)
        self.lock_label.setWordWrap(True)  # the sentence must not widen the page past a small screen
        self.lock_label.setStyleSheet("color: #7d6608;")
        self.lock_label.hide()
        layout.addWidget(self.lock_label)

        self.form = FormWidget(form, ctx.references(), self, columns=form_columns)
        self.keeper = DraftKeeper(ctx.vault, self.form, ctx.case_id, ctx.draft_key(form.key, None), self, extra=extra,
                                  known=ctx.draft_keys)
        self.banner = DraftBanner(self.keeper, self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        if extra is not None:
            layout.addWidget(extra)
        self.addenda_label = AddendaList(lock_icon(), self._signed_text, self)
        self.addenda_label.hide()
        layout.addWidget(self.addenda_label)
        bottom = QHBoxLayout()
        self.mode_label = QLabel(self)
        self.mode_label.setStyleSheet("color: #566573;")
        bottom.addWidget(self.mode_label, 1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(False)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        layout.addStretch(1)  # spare height goes below the form, not between its rows

        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign_current)
        self.addendum_button.clicked.connect(self.open_addendum)
        self.delete_button.clicked.connect(self.delete_current)
        add_save_shortcuts(self, self.save)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ctx.sections.append(self)
        ctx.reloaded.connect(self.refresh)
        self.refresh()
        if not (select_latest and self.model.rows):
            self.start_new()
        self._offer_row_draft()

    def add_action_button(self, button: QPushButton) -> None:
        """A button of the tab's own beside New / Sign (e.g. the plan's "Move up"), before the section's own."""
        self.top_bar.insertWidget(self.top_bar.indexOf(self.new_button), button)

    def show_rows(self, rows: int) -> None:
        """Make the table tall enough to show ``rows`` rows without scrolling it."""
        table = self.table
        height = (table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
                  + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height())
        table.setFixedHeight(height)

    def _offer_row_draft(self) -> None:
        """If an existing record of this section has a draft from an earlier session, open it (banner shows)."""
        if not self.banner.isHidden():
            return
        prefix = self.ctx.draft_key(self.spec.key, "")[: -len("new")]
        pending = {k[len(prefix):] for k in self.ctx.draft_keys if k.startswith(prefix)}
        addendum_prefix = f"case:{self.ctx.case_id}:addendum:"
        addenda = {k[len(addendum_prefix):] for k in self.ctx.draft_keys if k.startswith(addendum_prefix)}
        for row in self.model.rows:
            signed = bool(getattr(row, "signed_at", None))
            if (row.id in pending and not signed) or (row.id in addenda and signed):
                self.load_row(row)
                if signed:
                    self.pending_addendum = True
                    self.lock_label.setText(self.lock_label.text() + "\n" +
                                            self.tr("An unfinished addendum to this entry was kept: "
                                                    "click “Add addendum…” to continue it."))
                return

    def has_offer(self) -> bool:
        return not self.banner.isHidden() or self.pending_addendum

    # --- rows ---------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the table from the context's snapshot; the form keeps whatever is being typed."""
        self.model.set_rows(self.rows_of(self.ctx.snap))
        self._fit_columns()
        self.form.refresh_references()
        if self.current_id is None and self.extra is not None and not self.extra.is_dirty():
            self.extra.load(None, self.ctx.snap)  # e.g. a goal was added: the new review lists it
        if self.current_id is not None:
            self._select_id(self.current_id)
        elif self.select_latest and self.model.rows and not self.has_unsaved_changes():
            self.load_row(self.model.rows[-1])
        self._update_buttons()

    def _fit_columns(self) -> None:
        model = self.model
        fit_columns(self.table, lambda r, c: model.columns[c].value(model.rows[r]), len(model.rows),
                    stretch=self.stretch_columns, extra=lambda c: LOCK_ROOM if c == 0 else 0)

    def _select_id(self, row_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == row_id:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(i)
                self.table.selectionModel().blockSignals(False)
                if not self.has_unsaved_changes():
                    self._show_row_state(row)
                return

    def current_row(self) -> Any | None:
        for row in self.model.rows:
            if row.id == self.current_id:
                return row
        return None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.load_row(self.model.rows[current.row()])

    def load_row(self, row: Any) -> None:
        self.pending_addendum = False
        self.keeper.set_key(self.ctx.draft_key(self.spec.key, row.id))
        self.current_id = row.id
        self.form.set_values(row)
        if self.extra is not None:
            self.extra.load(row, self.ctx.snap)
            self.extra.mark_clean()
        self._show_row_state(row)
        self.banner.check()

    def _show_row_state(self, row: Any) -> None:
        signed = bool(getattr(row, "signed_at", None))
        self.form.set_read_only(signed)
        if self.extra is not None:
            self.extra.set_read_only(signed)
        if signed:
            when = local_time(row.signed_at)
            text = self.tr("Signed by %1 on %2. Locked: add an addendum to correct or add to it.")
            self.lock_label.setText(fill(text, row.signed_by or "", when))
        self.lock_label.setVisible(signed)
        self.addenda_label.set_addenda(self.ctx.snap.addenda_for(row.id) if self.signable else [])
        self.mode_label.setText(self.tr("Editing the selected record"))
        self._update_buttons()

    def _signed_text(self, row: Any) -> str:
        return self.tr("Signed by %1 on %2.").replace("%1", row.signed_by or "").replace("%2", local_time(row.signed_at))

    def start_new(self) -> None:
        self.pending_addendum = False
        self.keeper.set_key(self.ctx.draft_key(self.spec.key, None))
        self.current_id = None
        self.table.clearSelection()
        self.form.clear()
        self.form.set_read_only(False)
        if self.extra is not None:
            self.extra.load(None, self.ctx.snap)
            self.extra.mark_clean()
            self.extra.set_read_only(False)
        self.lock_label.hide()
        self.addenda_label.hide()
        self.mode_label.setText(self.tr("New record"))
        self._update_buttons()
        self.banner.check()

    def _update_buttons(self) -> None:
        row = self.current_row()
        signed = bool(row is not None and getattr(row, "signed_at", None))
        self.save_button.setVisible(not signed)
        self.sign_button.setEnabled(row is not None and not signed)
        self.addendum_button.setEnabled(signed)
        self.delete_button.setEnabled(row is not None and not signed)

    # --- saving -------------------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.keeper.dirty() and not self.form.is_read_only()

    def flush_draft(self) -> None:
        self.keeper.save_now()

    def save(self) -> bool:
        if self.form.is_read_only():
            return True
        values = self.form.values()
        extra_values = self.extra.values() if self.extra is not None else None
        old_key = self.keeper.key
        try:
            if self.current_id is None:
                row = self.create(values, extra_values)
            else:
                row = self.update(self.current_id, values, extra_values)
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.form.clear_error()
        self.form.mark_clean()
        if self.extra is not None:
            self.extra.mark_clean()
        self.keeper.key = old_key
        self.keeper.discard()
        self.current_id = row.id
        self.keeper.set_key(self.ctx.draft_key(self.spec.key, row.id))
        self.ctx.reload()
        return True

    def sign_current(self) -> None:
        row = self.current_row()
        if row is None or getattr(row, "signed_at", None):
            return
        if self.has_unsaved_changes() and not self.save():
            return
        answer = QMessageBox.question(
            self, self.tr("Sign entry"),
            self.tr("Sign this entry under your name? A signed entry is locked: it can no longer be edited, "
                    "only amended with an addendum."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            entries.sign_kind(self.ctx.vault, self.spec.key, row.id)
        except UserError as exc:
            self.form.show_error(exc)
            return
        self.ctx.reload()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete"),
                                      self.tr("Delete this record? This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            entries.delete_kind(self.ctx.vault, self.spec.key, row.id)
        except UserError as exc:
            self.form.show_error(exc)
            return
        self.form.mark_clean()
        if self.extra is not None:
            self.extra.mark_clean()
        self.keeper.discard()
        self.current_id = None
        self.start_new()
        self.ctx.reload()

    def open_addendum(self) -> None:
        from caseapp.ui.dialogs.addendum import AddendumDialog
        row = self.current_row()
        if row is None:
            return
        self.addendum_dialog = AddendumDialog(self.ctx.vault, self.ctx.case_id, self.spec, row, self,
                                             references=self.ctx.references())
        self.addendum_dialog.accepted.connect(self.ctx.reload)
        self.addendum_dialog.open()


def scroll(widget: QWidget) -> QScrollArea:
    """Wrap a tall page so nothing is clipped on a 768-pixel-high screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class SingleRecordForm(QWidget):
    """The form of a record that always exists (the client, the case's intake fields) with its own Save."""

    def __init__(self, ctx: CaseContext, form: FormSpec, *, row_of: Callable[[CaseSnapshot], Any],
                 save: Callable[[str, dict[str, Any]], Any], columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row_of = row_of
        self.save_fn = save
        self.setObjectName(f"single_{form.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{label_text(form.title)}</b>", self))
        self.form = FormWidget(form, ctx.references(), self, columns=columns)
        row = row_of(ctx.snap)
        self.keeper = DraftKeeper(ctx.vault, self.form, ctx.case_id, ctx.draft_key(form.key, row.id), self,
                                  known=ctx.draft_keys)
        self.banner = DraftBanner(self.keeper, self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), self)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save)
        add_save_shortcuts(self, self.save)
        ctx.sections.append(self)
        ctx.reloaded.connect(self.refresh)
        self.form.set_values(row)
        self.banner.check()

    def has_offer(self) -> bool:
        return not self.banner.isHidden()

    def refresh(self) -> None:
        if not self.form.is_dirty():
            self.form.set_values(self.row_of(self.ctx.snap))

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty()

    def flush_draft(self) -> None:
        self.keeper.save_now()

    def save(self) -> bool:
        try:
            self.save_fn(self.row_of(self.ctx.snap).id, self.form.values())
        except UserError as exc:
            self.form.show_error(exc)
            return False
        self.form.clear_error()
        self.form.mark_clean()
        self.keeper.discard()
        self.ctx.reload()
        return True


class StageTab(LazyTab):
    """A stage's page: its forms on the left, the stage's practice checklist on the right (made on first show)."""

    stage: Stage

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName(f"tab_{self.stage.value}")

    def populate(self) -> None:
        ctx = self.ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.build(), 1)
        self.checklist = ChecklistWidget(ctx.vault, ctx.case_id, self.stage, ctx.reload, self)
        layout.addWidget(self.checklist)
        ctx.reloaded.connect(self.refresh)
        self.refresh()

    def build(self) -> QWidget:
        raise NotImplementedError

    def jump_page(self) -> tuple[QWidget, QVBoxLayout]:
        """A page of sections for :meth:`build` and its column, headed by the bar of jumps to them (``self.jumps``:
        sections are added to it, and ``self.jumps.attach(scroll(page))`` is the page built)."""
        page = QWidget()
        col = QVBoxLayout(page)
        self.jumps = JumpBar(page)
        col.addWidget(self.jumps)
        return page, col

    def refresh(self) -> None:
        self.checklist.refresh(self.ctx.snap)
        self.refresh_own()

    def refresh_own(self) -> None:
        """Redraw charts and summaries from ``self.ctx.snap`` (sections refresh themselves)."""
