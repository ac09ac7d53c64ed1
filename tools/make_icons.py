"""Render the application icon from its SVG source into the sizes desktops use.

    python3 tools/make_icons.py    # writes resources/icons/caseapp-<N>.png (16-512) and caseapp.ico

The SVG (resources/icons/caseapp.svg) is the only hand-edited file; the PNGs and the Windows .ico are generated and
committed, so neither an install nor the bundle build needs an SVG renderer. Run it after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"caseapp-{size}.png"


def render_pngs() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(ICONS / "caseapp.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/caseapp.svg could not be read")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size))):
            raise SystemExit(f"could not write {png_path(size)}")


def write_ico() -> None:
    from PIL import Image
    largest = Image.open(png_path(max(ICO_SIZES)))
    largest.save(ICONS / "caseapp.ico", sizes=[(s, s) for s in ICO_SIZES])


if __name__ == "__main__":
    render_pngs()
    write_ico()
    print("icons written to", ICONS)
