"""A small canvas the client signs on with the mouse, a pen or a finger; the strokes become a PNG.

Pens and touch screens reach the canvas as the mouse events Qt synthesises from unhandled tablet and touch events,
so one code path serves all of them. The image is opaque white with black ink (PDF/A-friendly: no transparency).
An untouched or cleared canvas has no signature: :meth:`png_bytes` gives ``None`` then.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

INK = QColor("#10243e")
PAPER = QColor("#ffffff")
IMAGE_SIZE = QSize(600, 200)  # what is stored and printed (3:1, the signature box's shape on the plan page)
SHOWN_SIZE = QSize(390, 130)


class SignaturePad(QWidget):
    changed = Signal()  # a stroke was drawn, or the canvas was cleared or loaded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setFixedSize(SHOWN_SIZE)  # the stored image's shape, so what is printed looks like what was drawn
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._image = self._blank()
        self._has_ink = False
        self._last: QPointF | None = None
        self._read_only = False

    @staticmethod
    def _blank() -> QImage:
        image = QImage(IMAGE_SIZE, QImage.Format.Format_RGB32)
        image.fill(PAPER)
        return image

    # --- state ----------------------------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._has_ink

    def clear(self) -> None:
        self._image = self._blank()
        self._has_ink = False
        self._last = None
        self.update()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def png_bytes(self) -> bytes | None:
        if self.is_empty():
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def set_png(self, png: bytes | None) -> None:
        """Show a stored signature (``None`` or unreadable bytes: an empty canvas)."""
        image = QImage.fromData(png) if png else QImage()
        if image.isNull():
            self._image, self._has_ink = self._blank(), False
        else:
            self._image = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
                IMAGE_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
            self._has_ink = True
        self._last = None
        self.update()
        self.changed.emit()

    # --- drawing --------------------------------------------------------------------------------------------------

    def _to_image(self, point: QPointF) -> QPointF:
        return QPointF(point.x() * IMAGE_SIZE.width() / max(self.width(), 1),
                       point.y() * IMAGE_SIZE.height() / max(self.height(), 1))

    def _stroke_to(self, point: QPointF) -> None:
        target = self._to_image(point)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(INK, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        if self._last is None:
            painter.drawPoint(target)
        else:
            painter.drawLine(self._last, target)
        painter.end()
        self._last = target
        if not self._has_ink:
            self._has_ink = True
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._last = None
        self._stroke_to(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._read_only or not event.buttons() & Qt.MouseButton.LeftButton:
            return super().mouseMoveEvent(event)
        self._stroke_to(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self._last = None
        self.changed.emit()
        event.accept()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self._image)
        painter.setPen(QPen(QColor("#aab7b8"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.78)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        painter.setPen(QColor("#7f8c8d"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._last = None  # a stroke must not jump across a resize
        super().resizeEvent(event)
