"""Qt translations: our ``caseapp_<lang>.qm``, Qt's own ``qtbase_<lang>.qm`` and domain vocabulary labels.

UI strings are written in English in the source (``self.tr``) and translated to Korean in ``i18n/caseapp_ko.ts``.
Domain labels (stages, need areas, form field names …) carry both languages in ``caseapp.domain``; they are put
into a ``vocab`` context of the same ``.ts`` files by ``tools/update_translations.py`` so they go through Qt's
system too. The Korean text doubles as the disambiguation comment because one English word can have two Korean
renderings (``Phone``: 연락처 / 전화).
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caseapp import i18n_text, paths
from caseapp.domain.labels import Label, LabelledEnum
from caseapp.errors import UserError

VOCAB_CONTEXT = "vocab"
_installed: list[QTranslator] = []
_language = "ko"


def language() -> str:
    return _language


def install_translators(app: QCoreApplication, lang: str) -> str:
    """Load ours and Qt's translations for ``lang`` (replacing earlier ones); return the language in effect."""
    global _language
    lang = lang if lang in i18n_text.SUPPORTED else "ko"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"caseapp_{lang}", str(paths.i18n_dir()))]
    if lang != "en":  # Qt's own strings are English already
        candidates.append((f"qtbase_{lang}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _language = lang
    i18n_text.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English,
                               QLocale.Country.SouthKorea))
    return lang


def tr_label(label: Label) -> str:
    """A domain label in the current UI language, through Qt's translator (falls back to the label itself)."""
    translated = QCoreApplication.translate(VOCAB_CONTEXT, label.en, label.ko)
    if translated == label.en and _language == "ko":
        return label.ko  # .qm not built yet for a new label: still show Korean, never English, to a Korean user
    return translated


def tr_enum(member: LabelledEnum | str | None, enum_type: type[LabelledEnum] | None = None) -> str:
    """Label of a vocabulary member or of a stored code (``""`` for an empty or unknown code)."""
    if member is None or member == "":
        return ""
    if not isinstance(member, LabelledEnum):
        if enum_type is None:
            return str(member)
        try:
            member = enum_type(member)
        except ValueError:
            return str(member)
    return tr_label(member.label)


def error_text(error: UserError) -> str:
    """A user error's message in the UI language (errors carry their own ko/en text)."""
    return error.message(_language)


# --- collecting domain labels for the .ts files -------------------------------------------------------------------

def _labels_in(value: object, seen: set[int]) -> Iterator[Label]:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Label):
        yield value
    elif isinstance(value, type) and issubclass(value, enum.Enum):
        for member in value:
            yield from _labels_in(member, seen)
    elif isinstance(value, enum.Enum):
        if isinstance(value.value, Label):
            yield value.value
        label = getattr(value, "label", None)
        if isinstance(label, Label):
            yield label
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _labels_in(k, seen)
            yield from _labels_in(v, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _labels_in(v, seen)
    elif hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        for name in value.__dataclass_fields__:  # type: ignore[attr-defined]
            yield from _labels_in(getattr(value, name), seen)


def domain_labels() -> list[Label]:
    """Every Label declared in ``caseapp.domain`` (vocabularies, form fields, checklists, deadlines, GAS levels)."""
    import caseapp.domain as domain_pkg
    seen: set[int] = set()
    found: dict[tuple[str, str], Label] = {}
    for info in pkgutil.iter_modules(domain_pkg.__path__):
        module = importlib.import_module(f"caseapp.domain.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_"):
                continue
            if isinstance(value, type) and value.__module__ != module.__name__:
                continue  # imported from another module: collected there
            for label in _labels_in(value, seen):
                found.setdefault((label.en, label.ko), label)
    from caseapp.domain.vocab import NEED_LEVELS
    for ko, en in NEED_LEVELS.values():
        found.setdefault((en, ko), Label(ko, en))
    return sorted(found.values(), key=lambda lab: (lab.en, lab.ko))
