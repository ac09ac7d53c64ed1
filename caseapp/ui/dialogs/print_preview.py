"""Printing a PDF that caseapp wrote: Qt's print preview of its pages, no external viewer or ``lp``.

PySide6-Essentials has no QtPdf, so pages are rasterised with PDFium (``pypdfium2``): the preview's pages are
rendered off the GUI thread before the dialog opens; printing renders each page again at the printer's resolution
(capped, so a 1200-dpi laser does not need gigabytes). Where no printer is set up, the user is told so and offered to
save the PDF instead (a byte copy, so a digital signature stays valid).
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caseapp.ui import background

log = logging.getLogger("caseapp.ui")

PREVIEW_DPI = 110  # sharp enough on screen, ~3.5 MB per A4 page
MAX_PRINT_DPI = 300


def render_pages(pdf: bytes | Path, dpi: int, pages: list[int] | None = None) -> list[QImage]:
    """The pages of a PDF as images at ``dpi`` (all pages, or the given indexes). Safe on a worker thread."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)) if pages is None else pages:
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: the bitmap's buffer goes with the document
        return images
    finally:
        document.close()


def page_count(pdf: bytes | Path) -> int:
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def ask_save_path(parent: QWidget, suggested: Path) -> str:
    title = QCoreApplication.translate("PrintPreview", "Save as PDF")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), "PDF (*.pdf)")
    return path


def save_copy(parent: QWidget, source: Path) -> Path | None:
    """Save a byte-exact copy of ``source`` where the user chooses; None if they cancelled or it failed (said)."""
    target = ask_save_path(parent, source)
    if not target:
        return None
    if Path(target).resolve() == source.resolve():
        return source
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        text = QCoreApplication.translate("PrintPreview", "The PDF could not be saved: %1")
        QMessageBox.warning(parent, QCoreApplication.translate("PrintPreview", "Save as PDF"),
                            text.replace("%1", exc.strerror or str(exc)))
        return None
    return Path(target)


class PdfPrintPreview(QPrintPreviewDialog):
    """Qt's preview dialog over a PDF's pages; its Print button prints them on the chosen printer."""

    def __init__(self, path: Path, pages: list[QImage], parent: QWidget | None = None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(path.name)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        self.printer.setFullPage(True)  # the PDF already has its margins
        super().__init__(self.printer, parent)
        self.path = path
        self.preview_pages = pages
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", path.name))
        self.resize(900, 700)
        self.paintRequested.connect(self.paint_pages)

    def paint_pages(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            log.warning("the printer could not be started")
            return
        try:
            previewing = painter.paintEngine().type() == painter.paintEngine().Type.Picture
            dpi = min(max(printer.resolution(), 72), MAX_PRINT_DPI)
            for index in range(len(self.preview_pages)):
                if index:
                    printer.newPage()
                image = self.preview_pages[index] if previewing else render_pages(self.path, dpi, [index])[0]
                target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), image)
        finally:
            painter.end()


def print_pdf(parent: QWidget, path: Path) -> background.Job | None:
    """Open the print preview of ``path`` (pages rendered off the GUI thread first). Without a printer, say so and
    offer "Save as PDF"."""
    if not printers_available():
        text = QCoreApplication.translate("PrintPreview", "No printer is set up on this computer. Save the PDF and "
                                          "print it from a computer that has one, or set up a printer and try again.")
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PrintPreview", "No printer"), text,
                          QMessageBox.StandardButton.Cancel, parent)
        box.setObjectName("noPrinterBox")
        parent.no_printer_box = box  # type: ignore[attr-defined]  # tests answer it
        save = box.addButton(QCoreApplication.translate("PrintPreview", "Save as PDF…"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            save_copy(parent, path)
        return None

    def opened(pages: list[QImage]) -> None:
        dialog = PdfPrintPreview(path, pages, parent)
        parent.print_preview = dialog  # type: ignore[attr-defined]  # kept for tests and so it is not collected
        dialog.open()

    def failed(exc: BaseException) -> None:
        text = QCoreApplication.translate("PrintPreview", "The PDF could not be read for printing: %1")
        QMessageBox.warning(parent, QCoreApplication.translate("PrintPreview", "Print"), text.replace("%1", str(exc)))

    return background.start(lambda job: render_pages(path, PREVIEW_DPI), parent=parent, on_success=opened,
                            on_error=failed)
