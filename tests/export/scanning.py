"""Paper round trip for QR codes: print at 150 dpi, then the damage a scanner and an office copier do, then zbar."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

requires_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                                   reason="zbar-tools / poppler-utils not installed")


def render_page(pdf: Path, page: int, out_dir: Path, dpi: int = 150, top_fraction: float = 1.0) -> Path:
    """The page as a greyscale PNG; ``top_fraction`` < 1 renders only the top of it (faster, for form headers)."""
    stem = out_dir / f"{pdf.stem}-p{page}"
    crop = []
    if top_fraction < 1:
        crop = ["-x", "0", "-y", "0", "-W", str(int(8.27 * dpi)), "-H", str(int(11.69 * dpi * top_fraction))]
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", "-png", "-singlefile",
                    *crop, str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png")


def degrade(png: Path, seed: int = 7) -> Path:
    """Blur (sigma 1 px), rotate 2 degrees, add noise, then save as JPEG quality 40."""
    img = Image.open(png).convert("L")
    img = img.filter(ImageFilter.GaussianBlur(radius=1))
    img = img.rotate(2, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    rng = random.Random(seed)
    noise = Image.effect_noise(img.size, 24)  # grey noise around 128
    img = Image.blend(img, noise, 0.12)
    # a few specks of dust, as on a copier glass
    px = img.load()
    for _ in range(img.size[0] * img.size[1] // 400):
        px[rng.randrange(img.size[0]), rng.randrange(img.size[1])] = rng.choice((0, 255))
    out = png.with_name(png.stem + "-scan.jpg")
    img.save(out, "JPEG", quality=40)
    return out


def decode(image: Path) -> list[str]:
    """Every QR text zbar finds in the image (empty if none)."""
    run = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
                         capture_output=True, text=True)
    return [line for line in run.stdout.splitlines() if line.strip()]


def scan_back(pdf: Path, page: int, work: Path, top_fraction: float = 1.0) -> list[str]:
    return decode(degrade(render_page(pdf, page, work, top_fraction=top_fraction)))
