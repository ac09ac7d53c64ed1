"""Charts drawn with QPainter (no QtCharts dependency): the 9-area need radar and GAS progress per goal."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLOURS = ("#2874a6", "#ca6f1e", "#229954", "#884ea0")


BREAKS = ("·", " ", "/", ",")


def two_lines(text: str, fm: QFontMetrics, width: int) -> list[str]:
    """``text`` as one line if it fits ``width``, else split at the break nearest its middle (after a "·": 생활환경·
    / 권익보장). Korean words have no spaces to wrap at, and a label too long for one line used to run off the
    widget's edge."""
    if fm.horizontalAdvance(text) <= width:
        return [text]
    cuts = [i + 1 for i, ch in enumerate(text) if ch in BREAKS and 0 < i < len(text) - 1]
    if not cuts:
        return [text]
    cut = min(cuts, key=lambda i: abs(i - len(text) / 2))
    return [text[:cut].rstrip(), text[cut:].lstrip()]


@dataclass(frozen=True)
class RadarSeries:
    name: str
    values: list[int | None]  # one per axis, 0..max_level; None = not rated


class RadarChart(QWidget):
    """Need levels (0–3) on one spoke per area; one outline per assessment (e.g. intake vs latest)."""

    def __init__(self, parent: QWidget | None = None, max_level: int = 3) -> None:
        super().__init__(parent)
        self.max_level = max_level
        self.axes: list[str] = []
        self.series: list[RadarSeries] = []
        self.empty_text = ""
        self.setMinimumSize(300, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(380, 320)

    def set_data(self, axes: list[str], series: list[RadarSeries], empty_text: str = "") -> None:
        self.axes = axes
        self.series = series
        self.empty_text = empty_text
        self.update()

    def _point(self, centre: QPointF, radius: float, axis: int, level: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * axis / max(len(self.axes), 1)
        r = radius * level / self.max_level
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        self.label_rects: list[QRectF] = []  # where each axis label was drawn (tests check none is cut)
        legend_h = (fm.height() + 2) * max(len(self.series), 1) + 6  # one line per series: long names never clip
        if not self.axes:
            p.end()
            return
        # axis labels get at most a fifth of the width; longer ones go on two lines, and none leaves the widget
        limit = max(self.width() // 5, 60)
        labels = [two_lines(a, fm, limit) for a in self.axes]
        label_w = min(max(fm.horizontalAdvance(line) for lines in labels for line in lines) + 8, limit)
        label_h = fm.height() * 2
        area = QRectF(self.rect()).adjusted(label_w, label_h, -label_w, -legend_h - label_h)
        radius = max(min(area.width(), area.height()) / 2, 20)
        centre = area.center()
        grid = QPen(QColor("#bfc9ca"), 1)
        p.setPen(grid)
        for level in range(1, self.max_level + 1):
            ring = QPolygonF([self._point(centre, radius, i, level) for i in range(len(self.axes))])
            p.drawPolygon(ring)
        text_pen = QPen(self.palette().text().color())
        for i, lines in enumerate(labels):
            name = "\n".join(lines)
            needed = max(fm.horizontalAdvance(line) for line in lines) + 2
            outer = self._point(centre, radius, i, self.max_level)
            p.setPen(grid)
            p.drawLine(centre, outer)
            tip = self._point(centre, radius + 6, i, self.max_level)
            if tip.x() > centre.x() + 5:
                rect = QRectF(tip.x(), tip.y() - label_h * 0.75, label_w, label_h * 1.5)
                align = Qt.AlignmentFlag.AlignLeft
            elif tip.x() < centre.x() - 5:
                rect = QRectF(tip.x() - label_w, tip.y() - label_h * 0.75, label_w, label_h * 1.5)
                align = Qt.AlignmentFlag.AlignRight
            else:
                above = tip.y() < centre.y()
                rect = QRectF(tip.x() - label_w, tip.y() - label_h if above else tip.y(), label_w * 2, label_h)
                align = Qt.AlignmentFlag.AlignHCenter
            vertical = Qt.AlignmentFlag.AlignVCenter
            if rect.width() >= label_w * 2:
                vertical = Qt.AlignmentFlag.AlignBottom if tip.y() < centre.y() else Qt.AlignmentFlag.AlignTop
            if needed > rect.width():  # wider than planned: grow away from the spoke, then keep it on the widget
                grow = needed - rect.width()
                rect.adjust(-grow if align == Qt.AlignmentFlag.AlignRight else -grow / 2 if
                            align == Qt.AlignmentFlag.AlignHCenter else 0, 0,
                            0 if align == Qt.AlignmentFlag.AlignRight else grow if
                            align == Qt.AlignmentFlag.AlignLeft else grow / 2, 0)
            rect.moveLeft(min(max(rect.left(), 0.0), self.width() - rect.width()))
            self.label_rects.append(rect)
            p.setPen(text_pen)
            p.drawText(rect, int(align | vertical), name)
        for level in range(1, self.max_level + 1):
            pt = self._point(centre, radius, 0, level)
            p.setPen(QPen(QColor("#7f8c8d")))
            p.drawText(QPointF(pt.x() + 3, pt.y() + fm.ascent()), str(level))
        for n, series in enumerate(self.series):
            colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            points = [self._point(centre, radius, i, v or 0) for i, v in enumerate(series.values)]
            fill = QColor(colour)
            fill.setAlpha(50)
            p.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine if n == len(self.series) - 1 else Qt.PenStyle.DashLine))
            p.setBrush(QBrush(fill))
            p.drawPolygon(QPolygonF(points))
            p.setBrush(colour)
            for pt, v in zip(points, series.values):
                if v is not None:
                    p.drawEllipse(pt, 3, 3)
        # legend, one series per line
        for n, series in enumerate(self.series):
            y = self.height() - legend_h + 4 + n * (fm.height() + 2) + fm.height() / 2
            colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            p.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine if n == len(self.series) - 1 else Qt.PenStyle.DashLine))
            p.drawLine(QPointF(8, y), QPointF(30, y))
            p.setPen(text_pen)
            p.drawText(QPointF(36, y + fm.ascent() / 2 - 1),
                       fm.elidedText(series.name, Qt.TextElideMode.ElideRight, self.width() - 40))
        if not self.series and self.empty_text:
            p.setPen(QPen(QColor("#7f8c8d")))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        p.end()


@dataclass(frozen=True)
class GasLine:
    title: str
    points: list[tuple[date, int]]  # (scored on, −2..+2), oldest first


class GasChart(QWidget):
    """One small line chart per goal: GAS score over time against the expected level (0)."""

    ROW_HEIGHT = 118

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[GasLine] = []
        self.empty_text = ""
        self.setMinimumWidth(280)

    def set_data(self, lines: list[GasLine], empty_text: str = "") -> None:
        self.lines = lines
        self.empty_text = empty_text
        self.setMinimumHeight(max(len(lines), 1) * self.ROW_HEIGHT)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(380, max(len(self.lines), 1) * self.ROW_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_pen = QPen(self.palette().text().color())
        if not self.lines:
            p.setPen(QPen(QColor("#7f8c8d")))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()
            return
        left = fm.horizontalAdvance("+2") + 12
        for n, line in enumerate(self.lines):
            top = n * self.ROW_HEIGHT
            p.setPen(text_pen)
            title = fm.elidedText(line.title, Qt.TextElideMode.ElideRight, self.width() - 12)
            p.drawText(QPointF(6, top + fm.ascent() + 2), title)
            plot = QRectF(left, top + fm.height() + 8, self.width() - left - 14, self.ROW_HEIGHT - fm.height() * 2 - 16)

            def y_of(score: float, plot: QRectF = plot) -> float:
                return plot.bottom() - (score + 2) / 4 * plot.height()

            for score in range(-2, 3):
                y = y_of(score)
                p.setPen(QPen(QColor("#27ae60") if score == 0 else QColor("#d5dbdb"), 1,
                              Qt.PenStyle.DashLine if score == 0 else Qt.PenStyle.SolidLine))
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                p.setPen(QPen(QColor("#7f8c8d")))
                p.drawText(QPointF(4, y + fm.ascent() / 2 - 1), f"{score:+d}" if score else "0")
            if not line.points:
                continue
            count = len(line.points)
            step = plot.width() / max(count - 1, 1)
            pts = [QPointF(plot.left() + (i * step if count > 1 else plot.width() / 2), y_of(s))
                   for i, (_d, s) in enumerate(line.points)]
            p.setPen(QPen(QColor("#2874a6"), 2))
            for a, b in zip(pts, pts[1:]):
                p.drawLine(a, b)
            p.setBrush(QColor("#2874a6"))
            for pt, (day, _s) in zip(pts, line.points):
                p.drawEllipse(pt, 3.5, 3.5)
            p.setPen(QPen(QColor("#7f8c8d")))
            labels = [(pts[0], line.points[0][0])] + ([(pts[-1], line.points[-1][0])] if count > 1 else [])
            for pt, day in labels:
                text = day.strftime("%y.%m.%d")
                w = fm.horizontalAdvance(text)
                x = min(max(pt.x() - w / 2, plot.left()), plot.right() - w)
                p.drawText(QPointF(x, plot.bottom() + fm.ascent() + 2), text)
        p.end()
