"""A bar chart drawn with QPainter (no QtCharts): vertical bars per category (e.g. per month) or horizontal bars
with long labels (practice types, need areas); one or two series side by side; a click reports the category."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseapp.ui.widgets.charts import SERIES_COLOURS


TICKS = 5  # axis divisions: a 1-2-5 maximum splits into round steps


def _tick(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


@dataclass(frozen=True)
class BarSeries:
    name: str
    values: list[float]


def nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 5 × 10ⁿ)."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return float(step * magnitude)
    return float(10 * magnitude)


class BarChart(QWidget):
    category_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.title = ""
        self.categories: list[str] = []
        self.series: list[BarSeries] = []
        self._hit: list[tuple[QRectF, int]] = []
        self.maximum: float | None = None  # fixed axis maximum (e.g. need level 3); None: from the data
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rows = len(self.categories) if self.horizontal else 8
        return QSize(520, max(220, 40 + rows * 22))

    def set_data(self, title: str, categories: list[str], series: list[BarSeries]) -> None:
        self.title, self.categories, self.series = title, categories, series
        if self.horizontal:
            self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        for rect, index in self._hit:
            if rect.contains(event.position()):
                self.category_clicked.emit(index)
                return
        super().mousePressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_pen = QPen(self.palette().text().color())
        p.setPen(text_pen)
        p.drawText(QPointF(8, fm.ascent() + 4), self.title)
        legend_y = fm.height() + 8
        x = 8.0
        for n, s in enumerate(self.series if len(self.series) > 1 else []):
            p.fillRect(QRectF(x, legend_y, 12, 10), QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]))
            p.drawText(QPointF(x + 16, legend_y + 10), s.name)
            x += 28 + fm.horizontalAdvance(s.name)
        top = legend_y + (fm.height() + 6 if len(self.series) > 1 else 4)
        self._hit = []
        if not self.categories:
            p.end()
            return
        peak = self.maximum or nice_top(max((v for s in self.series for v in s.values), default=0))
        if self.horizontal:
            self._paint_horizontal(p, fm, top, peak)
        else:
            self._paint_vertical(p, fm, top, peak)
        p.end()

    def _paint_vertical(self, p: QPainter, fm: QFontMetrics, top: float, peak: float) -> None:
        left = fm.horizontalAdvance(f"{peak:,.0f}") + 12
        plot = QRectF(left, top, self.width() - left - 10, self.height() - top - fm.height() - 10)
        self._grid(p, fm, plot, peak, vertical=True)
        slot = plot.width() / len(self.categories)
        width = slot * 0.7 / max(len(self.series), 1)
        for i, name in enumerate(self.categories):
            x0 = plot.left() + i * slot + slot * 0.15
            for n, s in enumerate(self.series):
                h = plot.height() * (s.values[i] / peak if peak else 0)
                p.fillRect(QRectF(x0 + n * width, plot.bottom() - h, width - 1, h),
                           QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]))
            p.setPen(QPen(self.palette().text().color()))
            label = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(slot))
            p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, fm.height()),
                       int(Qt.AlignmentFlag.AlignHCenter), label)
            self._hit.append((QRectF(plot.left() + i * slot, plot.top(), slot, plot.height() + fm.height()), i))

    def _paint_horizontal(self, p: QPainter, fm: QFontMetrics, top: float, peak: float) -> None:
        left = min(max(fm.horizontalAdvance(c) for c in self.categories) + 12, self.width() // 2)
        plot = QRectF(left, top, self.width() - left - 40, self.height() - top - fm.height() - 8)
        self._grid(p, fm, plot, peak, vertical=False)
        slot = plot.height() / len(self.categories)
        height = slot * 0.7 / max(len(self.series), 1)
        for i, name in enumerate(self.categories):
            y0 = plot.top() + i * slot + slot * 0.15
            for n, s in enumerate(self.series):
                w = plot.width() * (s.values[i] / peak if peak else 0)
                p.fillRect(QRectF(plot.left(), y0 + n * height, w, height - 1),
                           QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]))
                if len(self.series) == 1:
                    p.setPen(QPen(self.palette().text().color()))
                    p.drawText(QPointF(plot.left() + w + 4, y0 + height / 2 + fm.ascent() / 2 - 1),
                               f"{s.values[i]:,.0f}")
            p.setPen(QPen(self.palette().text().color()))
            label = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(left - 8))
            p.drawText(QRectF(0, plot.top() + i * slot, left - 6, slot),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            self._hit.append((QRectF(0, plot.top() + i * slot, self.width(), slot), i))

    def _grid(self, p: QPainter, fm: QFontMetrics, plot: QRectF, peak: float, vertical: bool) -> None:
        p.setPen(QPen(QColor("#d5dbdb"), 1))
        for k in range(TICKS + 1):
            frac = k / TICKS
            if vertical:
                y = plot.bottom() - plot.height() * frac
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                p.setPen(QPen(QColor("#7f8c8d")))
                p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 4, fm.height()),
                           int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), _tick(peak * frac))
            else:
                x = plot.left() + plot.width() * frac
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                p.setPen(QPen(QColor("#7f8c8d")))
                text = _tick(peak * frac)
                p.drawText(QPointF(x - fm.horizontalAdvance(text) / 2, plot.bottom() + fm.ascent() + 2), text)
            p.setPen(QPen(QColor("#d5dbdb"), 1))
