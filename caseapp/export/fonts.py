"""NanumGothic for every piece of text ReportLab might draw.

ReportLab silently falls back to the unembedded base-14 Helvetica wherever a default font is used: the canvas's
initial font, paragraph and table cell styles, and the charts' String/Label defaults. ``install()`` registers the
bundled TrueType fonts (which ReportLab always embeds as subsets) and points all of those defaults at them.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib import styles as rl_styles
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from caseapp import paths

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"

_installed = False


def install() -> None:
    """Register the fonts and make them every default (idempotent)."""
    global _installed
    if _installed:
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(paths.font_file())))
    pdfmetrics.registerFont(TTFont(BOLD, str(paths.font_file(bold=True))))
    # Italic has no Korean face: map it to the upright ones so <i> never reaches for Helvetica-Oblique.
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
        addMapping(BOLD, bold, italic, name)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    rl_config.canvas_basefontname = REGULAR  # the canvas preamble's initial font
    shapes.STATE_DEFAULTS["fontName"] = REGULAR  # charts: String, Label, axis labels, legends
    rl_styles._baseFontName = REGULAR  # type: ignore[attr-defined]
    rl_styles._baseFontNameB = BOLD  # type: ignore[attr-defined]
    try:  # table cells holding plain strings use CellStyle.fontname
        from reportlab.platypus import tables
        tables.CellStyle.fontname = REGULAR  # type: ignore[attr-defined]
    except AttributeError:
        pass
    _installed = True
