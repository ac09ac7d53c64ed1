"""One builder that turns any :class:`~caseapp.domain.forms.FormSpec` into a Qt form, plus its draft autosave.

The form returns *raw* values (strings, ISO dates, codes); cleaning and checking stay in ``forms.validate`` so the
GUI, the CLI and imports reject the same input with the same message. A failed save shows the message next to the
form and keeps everything typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from caseapp.domain.forms import FieldSpec, FormSpec, Kind
from caseapp.domain.labels import Label
from caseapp.errors import UserError
from caseapp.services import drafts
from caseapp.services.vault import Vault
from caseapp.ui.i18n import error_text, tr_label
from caseapp.ui.widgets.date_field import DateField
from caseapp.ui.widgets import wheel_guard
from caseapp.ui.widgets.status import ERROR_COLOUR

# table name -> callable giving (id, shown text) pairs for a REFERENCE picker
ReferenceProviders = Mapping[str, Callable[[], list[tuple[str, str]]]]

ERROR_STYLE = f"border: 1px solid {ERROR_COLOUR};"


def label_text(label: Label | None) -> str:
    """A domain label in the current UI language (the one seam to swap if labels move into .qm files)."""
    return tr_label(label) if label is not None else ""


def outlined(editor: QWidget) -> QWidget:
    """The widget a validation error outlines: a date field's text box, not its buttons and message too."""
    return editor.edit if isinstance(editor, DateField) else editor


def mnemonic_safe(text: str) -> str:
    """Text for buttons, check boxes and tabs, where a lone "&" would turn into a keyboard accelerator."""
    return text.replace("&", "&&")


class MultiChoiceField(QWidget):
    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert spec.choices is not None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, member in enumerate(spec.choices):
            box = QCheckBox(mnemonic_safe(label_text(member.label)), self)
            box.toggled.connect(self.edited)
            grid.addWidget(box, i // 3, i % 3)
            self.boxes[member.value] = box

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        codes = set(value or [])
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class EditTracking:
    """User edits (not programmatic loads, which set ``_loading``) mark the widget dirty and emit ``edited``.

    Mixed into QWidgets that declare ``edited = Signal()`` and set ``_dirty``/``_loading`` in ``__init__``.
    """

    _dirty: bool
    _loading: bool
    edited: Any

    def _user_edit(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self.edited.emit()

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._dirty = False


class FormWidget(QWidget, EditTracking):
    """Any FormSpec as a form. ``edited`` fires on every user change; ``values()`` gives raw values."""

    edited = Signal()

    def __init__(self, form: FormSpec, references: ReferenceProviders | None = None, parent: QWidget | None = None,
                 *, show_form_help: bool = True, columns: int = 1) -> None:
        super().__init__(parent)
        self.form = form
        self.references = references or {}
        self.editors: dict[str, QWidget] = {}
        self._loading = False
        self._dirty = False
        self._read_only = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        if show_form_help and form.help is not None:
            help_label = QLabel(label_text(form.help), self)
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: #566573; font-style: italic;")
            outer.addWidget(help_label)
        grid = QHBoxLayout()
        outer.addLayout(grid)
        layouts = []
        for _ in range(columns):
            fl = QFormLayout()
            fl.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            fl.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addLayout(fl, 1)
            layouts.append(fl)
        per_column = -(-len(form.fields) // columns)
        for i, spec in enumerate(form.fields):
            editor = self._make_editor(spec)
            self.editors[spec.name] = editor
            title = label_text(spec.label) + (" *" if spec.required else "")
            label = QLabel(title, self)
            label.setBuddy(editor)
            if spec.help is not None:
                label.setToolTip(label_text(spec.help))
                editor.setToolTip(label_text(spec.help))
            layouts[min(i // per_column, columns - 1)].addRow(label, editor)
        wheel_guard.adopt_all(self)
        self.clear()

    # --- building -----------------------------------------------------------------------------------------------

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        help_text = label_text(spec.help) if spec.help else ""
        if spec.kind is Kind.TEXT:
            w: QWidget = QLineEdit(self)
            w.setMaxLength(min(spec.max_length, 32767))
            w.setPlaceholderText(help_text)
            w.textEdited.connect(self._user_edit)
        elif spec.kind is Kind.MULTILINE:
            w = QPlainTextEdit(self)
            w.setTabChangesFocus(True)
            w.setPlaceholderText(help_text)
            w.setMinimumHeight(54)
            w.setMaximumHeight(120)  # long notes scroll inside; the page stays readable at 768 pixels
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            w.textChanged.connect(self._user_edit)
        elif spec.kind is Kind.DATE:
            w = DateField(spec.date_sense, self)
            w.edited.connect(self._user_edit)
        elif spec.kind is Kind.INT:
            w = QSpinBox(self)
            low = spec.minimum if spec.minimum is not None else 0
            w.setRange(low - 1, spec.maximum if spec.maximum is not None else 1_000_000)
            w.setSpecialValueText("—")  # the value below the minimum means "not given"
            w.setMaximumWidth(160)
            w.valueChanged.connect(self._user_edit)
        elif spec.kind is Kind.CHOICE:
            w = QComboBox(self)
            w.addItem("—", None)
            assert spec.choices is not None
            for member in spec.choices:
                w.addItem(label_text(member.label), member.value)
            w.currentIndexChanged.connect(self._user_edit)
        elif spec.kind is Kind.MULTI_CHOICE:
            w = MultiChoiceField(spec, self)
            w.edited.connect(self._user_edit)
        elif spec.kind is Kind.BOOL:
            w = QCheckBox(self)
            w.toggled.connect(self._user_edit)
        elif spec.kind is Kind.REFERENCE:
            w = QComboBox(self)
            w.addItem("—", None)
            w.currentIndexChanged.connect(self._user_edit)
        else:  # pragma: no cover - every Kind is handled above
            raise AssertionError(spec.kind)
        w.setObjectName(f"field_{spec.name}")
        return w

    def refresh_references(self) -> None:
        """Re-fill REFERENCE pickers from their providers, keeping the current choice."""
        for spec in self.form.fields:
            if spec.kind is not Kind.REFERENCE:
                continue
            combo = self.editors[spec.name]
            assert isinstance(combo, QComboBox)
            current = combo.currentData()
            provider = self.references.get(spec.reference or "")
            self._loading = True
            try:
                combo.clear()
                combo.addItem("—", None)
                for row_id, text in provider() if provider else []:
                    combo.addItem(text, row_id)
                index = combo.findData(current)
                combo.setCurrentIndex(max(index, 0))
            finally:
                self._loading = False

    # --- values -------------------------------------------------------------------------------------------------


    def value(self, name: str) -> Any:
        spec = self.form.field(name)
        w = self.editors[name]
        if spec.kind is Kind.TEXT:
            return w.text()  # type: ignore[attr-defined]
        if spec.kind is Kind.MULTILINE:
            return w.toPlainText()  # type: ignore[attr-defined]
        if spec.kind in (Kind.DATE, Kind.MULTI_CHOICE):
            return w.value()  # type: ignore[attr-defined]
        if spec.kind is Kind.INT:
            assert isinstance(w, QSpinBox)
            return None if w.value() == w.minimum() else w.value()
        if spec.kind in (Kind.CHOICE, Kind.REFERENCE):
            return w.currentData()  # type: ignore[attr-defined]
        if spec.kind is Kind.BOOL:
            return w.isChecked()  # type: ignore[attr-defined]
        raise AssertionError(spec.kind)

    def has_text(self) -> bool:
        """Whether anything was typed (a draft of only picked dates and choices is not worth offering back)."""
        return any(self.value(f.name).strip() for f in self.form.fields if f.kind in (Kind.TEXT, Kind.MULTILINE))

    def raw_values(self) -> dict[str, Any]:
        """Everything on screen, JSON-friendly (used for drafts)."""
        return {name: self.value(name) for name in self.form.names}

    def values(self) -> dict[str, Any]:
        """Values to hand to a service. An empty choice or number is left out so the stored default applies
        (those columns hold no "nothing"); validation still reports a required one as missing."""
        out = self.raw_values()
        for spec in self.form.fields:
            if spec.kind in (Kind.CHOICE, Kind.INT) and out[spec.name] is None:
                del out[spec.name]
            elif spec.kind is Kind.DATE:
                accepted = self.editors[spec.name].accepted()  # type: ignore[attr-defined]
                if accepted is not None:
                    out[spec.name] = accepted  # checked while typed; typed text still goes through the rules
        return out

    def set_values(self, values: Mapping[str, Any] | Any, *, dirty: bool = False) -> None:
        """Show a row (any object with the field names as attributes) or a dict of raw values."""
        self._loading = True
        try:
            for spec in self.form.fields:
                if isinstance(values, Mapping):
                    if spec.name not in values:
                        continue
                    value = values[spec.name]
                else:
                    value = getattr(values, spec.name, None)
                self._set_one(spec, value)
        finally:
            self._loading = False
        self._dirty = dirty
        self.clear_error()

    def _set_one(self, spec: FieldSpec, value: Any) -> None:
        w = self.editors[spec.name]
        if spec.kind is Kind.TEXT:
            w.setText("" if value is None else str(value))  # type: ignore[attr-defined]
        elif spec.kind is Kind.MULTILINE:
            w.setPlainText("" if value is None else str(value))  # type: ignore[attr-defined]
        elif spec.kind in (Kind.DATE, Kind.MULTI_CHOICE):
            w.set_value(value)  # type: ignore[attr-defined]
        elif spec.kind is Kind.INT:
            assert isinstance(w, QSpinBox)
            w.setValue(w.minimum() if value is None or value == "" else int(value))
        elif spec.kind in (Kind.CHOICE, Kind.REFERENCE):
            assert isinstance(w, QComboBox)
            index = w.findData(value) if value not in (None, "") else 0
            w.setCurrentIndex(max(index, 0))
        elif spec.kind is Kind.BOOL:
            w.setChecked(bool(value))  # type: ignore[attr-defined]

    def clear(self) -> None:
        """Empty form for a new record: dates that default to today are filled in."""
        defaults: dict[str, Any] = {}
        for spec in self.form.fields:
            if spec.kind is Kind.DATE:
                defaults[spec.name] = date.today() if spec.default_today else None
            elif spec.kind is Kind.BOOL:
                defaults[spec.name] = spec.name in ("lives_together", "active")
            else:
                defaults[spec.name] = None
        self.set_values(defaults)

    # --- state --------------------------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for w in self.editors.values():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(read_only)
            elif isinstance(w, DateField):
                w.set_read_only(read_only)
            else:
                w.setEnabled(not read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def show_error(self, error: UserError) -> None:
        """Show a validation message above the form and outline the field it names; input is untouched."""
        message = error_text(error)
        self.error_label.setText(message)
        self.error_label.show()
        for spec in self.form.fields:
            named = f"‘{spec.label.ko}’" in error.ko or f"‘{spec.label.en}’" in error.en
            outlined(self.editors[spec.name]).setStyleSheet(ERROR_STYLE if named else "")

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        for w in self.editors.values():
            target = outlined(w)
            if target.styleSheet():  # setting even an empty sheet re-polishes the widget (each form load did)
                target.setStyleSheet("")

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""


EXTRA_KEY = "__extra__"


class DraftPart(QWidget, EditTracking):
    """Base for editors shown beside a form (need ratings, GAS scores) whose typing is drafted with it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._loading = False


    def text_editors(self) -> list[QWidget]:
        return []

    def has_text(self) -> bool:
        return any(isinstance(w, QPlainTextEdit) and w.toPlainText().strip() for w in self.text_editors())

    def load(self, row: Any | None, snap: Any) -> None:
        """Show the part of ``row`` this editor holds (``None``: a new record)."""
        raise NotImplementedError

    def values(self) -> Any:
        """Values handed to the service together with the form's."""
        raise NotImplementedError

    def raw_values(self) -> Any:
        raise NotImplementedError

    def set_raw_values(self, values: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class DraftKeeper(QObject):
    """Autosaves a form's unsaved text into the encrypted file a few seconds after typing stops and whenever a
    field loses focus; offers it back when the same form is opened again; forgets it after a successful save."""

    INTERVAL_MS = 3000

    def __init__(self, vault: Vault, form: FormWidget, case_id: str | None, key: str = "",
                 parent: QObject | None = None, extra: "DraftPart | None" = None,
                 known: set[str] | None = None) -> None:
        super().__init__(parent or form)
        self.vault = vault
        self.known = known  # keys that may have a draft (shared by a case view's keepers); None: always look
        self.form = form
        self.extra = extra
        self.offer_open = False  # a banner is offering this key's earlier draft
        self.case_id = case_id
        self.key = key
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        form.edited.connect(self.timer.start)
        editors = list(form.editors.values())
        if extra is not None:
            extra.edited.connect(self.timer.start)
            editors += extra.text_editors()
        for editor in editors:
            target = editor.focusProxy() or editor
            target.installEventFilter(self)

    def dirty(self) -> bool:
        return self.form.is_dirty() or (self.extra is not None and self.extra.is_dirty())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and self.dirty():
            self.save_now()
        return False

    def set_key(self, key: str) -> None:
        """Point at another record; a pending draft of the previous one is written first."""
        if self.key and self.key != key and self.dirty():
            self.save_now()
        self.timer.stop()
        self.key = key
        self.offer_open = False

    def save_now(self) -> None:
        self.timer.stop()
        if not self.key or not self.dirty():
            return
        if not (self.form.has_text() or (self.extra is not None and self.extra.has_text())):
            if not self.offer_open:  # never drop a draft that is still being offered back
                self.discard()  # everything typed was deleted again: nothing to offer back
            return
        payload = self.form.raw_values()
        if self.extra is not None:
            payload[EXTRA_KEY] = self.extra.raw_values()
        try:
            drafts.save_draft(self.vault, self.key, payload, self.case_id)
        except UserError:
            return  # a locked or full disk: the text stays on screen and the next tick tries again
        if self.known is not None:
            self.known.add(self.key)

    def pending(self) -> dict[str, Any] | None:
        if not self.key or (self.known is not None and self.key not in self.known):
            return None
        payload = drafts.load_draft(self.vault, self.key)
        if not payload:
            return None
        return {k: v for k, v in payload.items() if k in self.form.form.names or k == EXTRA_KEY}

    def restore(self, payload: dict[str, Any]) -> None:
        extra = payload.pop(EXTRA_KEY, None)
        self.form.set_values(payload, dirty=True)
        if self.extra is not None and extra:
            self.extra.set_raw_values(extra)

    def discard(self) -> None:
        self.timer.stop()
        if self.key:
            drafts.discard_draft(self.vault, self.key)


class DraftBanner(QWidget):
    """"Unsaved text was found" strip with Restore / Discard, shown above a form (never a modal box)."""

    def __init__(self, keeper: DraftKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.setObjectName("draftBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#draftBanner { background: #fdebd0; border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self.tr("Unsaved text from an earlier session was found for this form."), self)
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        self.hide()

    def check(self) -> None:
        """Show the banner if the keeper's current key has a draft."""
        offer = bool(self.keeper.pending()) and not self.keeper.form.is_read_only()
        self.keeper.offer_open = offer
        self.setVisible(offer)

    def restore(self) -> None:
        payload = self.keeper.pending()
        if payload:
            self.keeper.restore(payload)
        self.keeper.offer_open = False
        self.hide()

    def discard(self) -> None:
        self.keeper.offer_open = False
        self.keeper.discard()
        self.hide()
