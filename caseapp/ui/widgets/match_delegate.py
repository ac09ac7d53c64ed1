"""Paints the case list's "Why it matched" cell: where the search words were found, then the text around them with
the matched characters highlighted (a household member's 초성 hit reads "가구원 강미경" with 강미경 marked)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from caseapp.services.search import MatchReason
from caseapp.ui.models.case_list_model import MATCH_ROLE

HIGHLIGHT = "#f9e79f"
WHERE_COLOUR = "#566573"


def reason_html(reason: MatchReason, text_colour: str, where_colour: str = WHERE_COLOUR) -> str:
    """The reason as one line of HTML: the place in a muted colour, the matched characters on a highlight."""
    parts, at = [], 0
    for start, length in reason.marks:
        if start < at:
            continue  # overlapping matches: the first one is marked
        parts.append(html.escape(reason.snippet[at:start]))
        parts.append(f"<span style='background-color: {HIGHLIGHT}; color: #000'>"
                     f"{html.escape(reason.snippet[start:start + length])}</span>")
        at = start + length
    parts.append(html.escape(reason.snippet[at:]))
    where = f"<span style='color: {where_colour}'>{html.escape(reason.where)}</span>{html.escape(reason.joiner)}"
    return f"<span style='color: {text_colour}; white-space: pre'>{where}{''.join(parts)}</span>"


class MatchDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        reason = index.data(MATCH_ROLE)
        if not isinstance(reason, MatchReason):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role).name()
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(3)
        doc.setHtml(reason_html(reason, colour, colour if selected else WHERE_COLOUR))
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + max(0.0, (rect.height() - doc.size().height()) / 2))
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()
