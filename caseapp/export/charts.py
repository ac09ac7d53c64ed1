"""Charts for the record: 9-area radar (intake vs latest), GAS progress per goal, the eco-map diagram.

Every String and Label gets NanumGothic explicitly (besides the defaults set in :mod:`fonts`), so no chart can pull
in Helvetica.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from caseapp.export import fonts

INTAKE_COLOUR = colors.HexColor("#c0504d")
LATEST_COLOUR = colors.HexColor("#2f5d8a")
GRID = colors.HexColor("#c8d0d8")


# Each radar series must be told apart without colour (photocopies, black-and-white printers).
RADAR_SERIES = ((INTAKE_COLOUR, (5, 2.5), "FilledSquare"), (LATEST_COLOUR, None, "FilledCircle"))


def radar(labels: Sequence[str], first: Sequence[int], latest: Sequence[int] | None,
          first_name: str, latest_name: str, width: float, height: float = 250) -> Drawing:
    """Need levels 0–3 per area; the first assessment dashed with squares, the latest solid with circles.

    SpiderChart scales to the largest value, so three grey "ring" strands at levels 1, 2 and 3 come first: they
    pin the scale to 0–3 (two assessments stay comparable) and draw the level grid; the rings are numbered along
    the upward spoke, and the area names sit well outside the outer ring so no polygon runs through them.
    """
    d = Drawing(width, height)
    chart = SpiderChart()
    size = 170
    chart.x, chart.y = width / 2 - size / 2, 48
    chart.width = chart.height = size
    n = len(labels)
    rings = [[level] * n for level in (1, 2, 3)]
    series = [list(first)] + ([list(latest)] if latest is not None else [])
    chart.data = rings + series
    chart.labels = list(labels)
    chart.strands.strokeWidth = 1.6
    for i in range(3):
        chart.strands[i].strokeColor = GRID
        chart.strands[i].strokeWidth = 0.5
        chart.strands[i].fillColor = None
    for i, (colour, dash, marker) in enumerate(RADAR_SERIES[:len(series)]):
        strand = chart.strands[3 + i]
        strand.strokeColor = colour
        strand.strokeDashArray = dash
        strand.fillColor = colors.Color(colour.red, colour.green, colour.blue, alpha=0.08)
        strand.symbol = makeMarker(marker, size=5.5 if marker == "FilledSquare" else 5)
        strand.symbol.fillColor = colour
        strand.symbol.strokeColor = colour
    chart.strandLabels.fontName = fonts.REGULAR
    chart.spokes.strokeColor = GRID
    chart.spokes.labelRadius = 1.2
    chart.spokeLabels.fontName = fonts.REGULAR
    chart.spokeLabels.fontSize = 8
    chart.spokeLabels.fillColor = colors.black
    d.add(chart)
    cx, cy, radius = chart.x + size / 2, chart.y + size / 2, size / 2
    for level in range(4):  # ring numbers on the upward spoke, just right of it
        d.add(String(cx + 3, cy + radius * level / 3 + 2, str(level), fontName=fonts.BOLD, fontSize=6.5,
                     fillColor=colors.HexColor("#5b6675")))
    names = [first_name] + ([latest_name] if latest is not None else [])
    steps = [31 + pdfmetrics.stringWidth(name, fonts.REGULAR, 8) + 18 for name in names]
    x = width / 2 - sum(steps) / 2
    for (colour, dash, marker), name, step in zip(RADAR_SERIES, names, steps):
        d.add(Line(x, 14, x + 26, 14, strokeColor=colour, strokeWidth=1.6, strokeDashArray=dash))
        symbol = makeMarker(marker, size=5.5 if marker == "FilledSquare" else 5)
        symbol.x, symbol.y, symbol.fillColor, symbol.strokeColor = x + 13, 14, colour, colour
        d.add(symbol)
        d.add(String(x + 31, 11, name, fontName=fonts.REGULAR, fontSize=8, fillColor=colors.black))
        x += step
    return d


def gas_progress(points: Sequence[tuple[date, int]], width: float, title: str, height: float = 120) -> Drawing:
    """GAS score (−2..+2) over time for one goal.

    A review and the termination can score a goal on the same day: only the day's last score is drawn (the final
    one), so the line never jumps straight up or down at one date.
    """
    by_day: dict[date, int] = {}
    for day, score in sorted(points, key=lambda p: p[0]):  # stable: same-day scores keep their order
        by_day[day] = score
    points = sorted(by_day.items())
    d = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 34, 22
    plot.width, plot.height = width - 50, height - 42
    start = min(p[0] for p in points)
    xs = [(p[0] - start).days for p in points]
    plot.data = [list(zip(xs, [p[1] for p in points]))]
    plot.lines[0].strokeColor = LATEST_COLOUR
    plot.lines[0].strokeWidth = 1.6
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4)
    plot.lines[0].symbol.fillColor = LATEST_COLOUR
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = -2, 2, 1
    plot.yValueAxis.labels.fontName = fonts.REGULAR
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.labelTextFormat = lambda v: f"{int(v):+d}" if v else "0"
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = GRID
    span = max(xs) if max(xs) > 0 else 1
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -span * 0.04, span * 1.04
    steps = sorted(set(xs))  # a review and the termination can share a day
    plot.xValueAxis.valueSteps = steps
    plot.xValueAxis.labels.fontName = fonts.REGULAR
    plot.xValueAxis.labels.fontSize = 6.5
    by_day = {x: p[0] for x, p in zip(xs, points)}
    plot.xValueAxis.labelTextFormat = lambda v: by_day.get(int(round(v)), start).strftime("%y.%m.%d")
    if len(steps) > 8:  # keep date labels readable
        plot.xValueAxis.valueSteps = steps[::math.ceil(len(steps) / 8)]
    d.add(plot)
    d.add(String(34, height - 12, title, fontName=fonts.BOLD, fontSize=8, fillColor=colors.black))
    return d


# --- eco-map ------------------------------------------------------------------------------------------------------

STRONG, WEAK, STRESSFUL = "strong", "weak", "stressful"


def _zigzag(x1: float, y1: float, x2: float, y2: float, amplitude: float = 3.0, step: float = 6.0) -> list[float]:
    length = math.hypot(x2 - x1, y2 - y1)
    n = max(2, int(length / step))
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    nx, ny = -uy, ux
    pts: list[float] = []
    for i in range(n + 1):
        t = i / n
        off = 0 if i in (0, n) else (amplitude if i % 2 else -amplitude)
        pts += [x1 + (x2 - x1) * t + nx * off, y1 + (y2 - y1) * t + ny * off]
    return pts


def _arrow(d: Drawing, x1: float, y1: float, x2: float, y2: float, colour: colors.Color) -> None:
    """A small arrowhead at (x2, y2) pointing away from (x1, y1)."""
    angle = math.atan2(y2 - y1, x2 - x1)
    size = 6
    left = (x2 - size * math.cos(angle - 0.45), y2 - size * math.sin(angle - 0.45))
    right = (x2 - size * math.cos(angle + 0.45), y2 - size * math.sin(angle + 0.45))
    d.add(Polygon([x2, y2, left[0], left[1], right[0], right[1]], fillColor=colour, strokeColor=colour,
                  strokeWidth=0.5))


def fit_label(text: str, max_width: float, font: str, sizes: Sequence[float] = (7.5, 7, 6.5, 6, 5.5),
               max_lines: int = 3) -> tuple[list[str], float]:
    """Lines and font size for a name inside a circle: words are never cut; the font shrinks until they fit.

    Only a single word wider than the circle at the smallest size is split (the table below the diagram has the
    full name anyway).
    """
    words = text.split() or [""]
    for size in sizes:
        lines: list[str] = []
        for word in words:
            if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", font, size) <= max_width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        if len(lines) <= max_lines and all(pdfmetrics.stringWidth(line, font, size) <= max_width for line in lines):
            return lines, size
    size = sizes[-1]
    out: list[str] = []
    for line in lines:
        while pdfmetrics.stringWidth(line, font, size) > max_width and len(line) > 1:
            cut = len(line)
            while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > max_width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out[:max_lines], size


def _clamped(x: float, text: str, font: str, size: float, anchor: str, width: float) -> float:
    """Move a label's x so the whole text stays inside the drawing (labels at the edges were cut off)."""
    w = pdfmetrics.stringWidth(text, font, size)
    left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
    shift = max(0.0, 2 - left) - max(0.0, left + w - (width - 2))
    return x + shift


def ecomap(centre: str, relations: Sequence[tuple[str, str, str, str]], width: float,
           legend_labels: dict[str, str], height: float = 300) -> Drawing:
    """``relations``: (name, kind label, strength code, direction code); the client in the middle."""
    d = Drawing(width, height)
    cx, cy = width / 2, height / 2 + 12
    centre_r = 34
    n = max(len(relations), 1)
    orbit = min(width / 2 - 60, height / 2 - 52)
    node_r = 32 if n <= 10 else 26
    d.add(Circle(cx, cy, centre_r, fillColor=colors.HexColor("#fdf3d8"), strokeColor=colors.HexColor("#8a6d1f"),
                 strokeWidth=1.5))
    centre_lines, centre_size = fit_label(centre, 2 * centre_r - 10, fonts.BOLD, (9, 8, 7, 6.5))
    top = cy - 3 + (len(centre_lines) - 1) * centre_size * 0.6
    for i, line in enumerate(centre_lines):
        d.add(String(cx, top - i * centre_size * 1.2, line, fontName=fonts.BOLD, fontSize=centre_size,
                     textAnchor="middle"))
    for i, (name, kind, strength, direction) in enumerate(relations):
        angle = math.pi / 2 - 2 * math.pi * i / n
        nx, ny = cx + orbit * math.cos(angle), cy + orbit * math.sin(angle)
        ux, uy = math.cos(angle), math.sin(angle)
        x1, y1 = cx + ux * centre_r, cy + uy * centre_r
        x2, y2 = nx - ux * node_r, ny - uy * node_r
        colour = colors.HexColor("#b03a2e") if strength == STRESSFUL else colors.HexColor("#33414f")
        if strength == STRONG:
            d.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=3))
        elif strength == STRESSFUL:
            d.add(PolyLine(_zigzag(x1, y1, x2, y2), strokeColor=colour, strokeWidth=1.2))
        else:
            d.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=1, strokeDashArray=[4, 3]))
        if direction in ("to_client", "mutual"):
            _arrow(d, x2, y2, x1, y1, colour)
        if direction in ("from_client", "mutual"):
            _arrow(d, x1, y1, x2, y2, colour)
        d.add(Circle(nx, ny, node_r, fillColor=colors.HexColor("#eef3f8"), strokeColor=colors.HexColor("#5b6675"),
                     strokeWidth=0.8))
        lines, size = fit_label(name, 2 * node_r - 6, fonts.BOLD)
        top = ny - size * 0.35 + (len(lines) - 1) * size * 0.6
        for j, line in enumerate(lines):
            d.add(String(nx, top - j * size * 1.2, line, fontName=fonts.BOLD, fontSize=size, textAnchor="middle"))
        # the kind goes just outside the circle, away from the client, so no relation line crosses it
        lx, ly = nx + ux * (node_r + 5), ny + uy * (node_r + 5) - 2.5
        anchor = "middle" if abs(ux) < 0.35 else ("start" if ux > 0 else "end")
        if abs(ux) < 0.35:
            ly += 4 if uy > 0 else -4
        lx = _clamped(lx, kind, fonts.REGULAR, 6.5, anchor, width)
        d.add(String(lx, ly, kind, fontName=fonts.REGULAR, fontSize=6.5, textAnchor=anchor,
                     fillColor=colors.HexColor("#5b6675")))
    # legend along the bottom
    lx, ly = 20, 8
    d.add(Line(lx, ly + 3, lx + 28, ly + 3, strokeWidth=3, strokeColor=colors.HexColor("#33414f")))
    d.add(String(lx + 32, ly, legend_labels[STRONG], fontName=fonts.REGULAR, fontSize=7.5))
    lx += 120
    d.add(Line(lx, ly + 3, lx + 28, ly + 3, strokeWidth=1, strokeDashArray=[4, 3],
               strokeColor=colors.HexColor("#33414f")))
    d.add(String(lx + 32, ly, legend_labels[WEAK], fontName=fonts.REGULAR, fontSize=7.5))
    lx += 120
    d.add(PolyLine(_zigzag(lx, ly + 3, lx + 28, ly + 3), strokeWidth=1.2, strokeColor=colors.HexColor("#b03a2e")))
    d.add(String(lx + 32, ly, legend_labels[STRESSFUL], fontName=fonts.REGULAR, fontSize=7.5))
    return d


def scaled(drawing: Drawing, width: float) -> Drawing:
    """The same drawing shrunk (or grown) to ``width``, e.g. two eco-maps side by side on one page."""
    factor = width / drawing.width
    drawing.scale(factor, factor)
    drawing.width, drawing.height = width, drawing.height * factor
    return drawing
