"""Charts for the record: 9-area radar (intake vs latest), GAS progress per goal, the eco-map diagram.

Every String and Label gets NanumGothic explicitly (besides the defaults set in :mod:`fonts`), so no chart can pull
in Helvetica.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from caseapp.export import fonts

INTAKE_COLOUR = colors.HexColor("#c0504d")
LATEST_COLOUR = colors.HexColor("#2f5d8a")
GRID = colors.HexColor("#c8d0d8")


def _legend(x: float, y: float, pairs: list[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = fonts.REGULAR, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.dx = legend.dy = 7
    legend.colorNamePairs = pairs
    return legend


def radar(labels: Sequence[str], first: Sequence[int], latest: Sequence[int] | None,
          first_name: str, latest_name: str, width: float, height: float = 240) -> Drawing:
    """Need levels 0–3 per area; the first assessment in red, the latest in blue.

    SpiderChart scales to the largest value, so three grey "ring" strands at levels 1, 2 and 3 come first: they
    pin the scale to 0–3 (two assessments stay comparable) and draw the level grid.
    """
    d = Drawing(width, height)
    chart = SpiderChart()
    size = 180
    chart.x, chart.y = width / 2 - size / 2, 36
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
    chart.strands[3].strokeColor = INTAKE_COLOUR
    chart.strands[3].fillColor = colors.Color(0.75, 0.31, 0.30, alpha=0.12)
    if latest is not None:
        chart.strands[4].strokeColor = LATEST_COLOUR
        chart.strands[4].fillColor = colors.Color(0.18, 0.36, 0.54, alpha=0.12)
    chart.strandLabels.fontName = fonts.REGULAR
    chart.spokes.strokeColor = GRID
    chart.spokeLabels.fontName = fonts.REGULAR
    chart.spokeLabels.fontSize = 8
    chart.spokeLabels.fillColor = colors.black
    d.add(chart)
    pairs = [(INTAKE_COLOUR, first_name)] + ([(LATEST_COLOUR, latest_name)] if latest is not None else [])
    d.add(_legend(width / 2 - 100, 10, pairs))
    return d


def gas_progress(points: Sequence[tuple[date, int]], width: float, title: str, height: float = 120) -> Drawing:
    """GAS score (−2..+2) over time for one goal."""
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


def _wrap(text: str, limit: int = 7) -> list[str]:
    text = text.strip()
    if len(text) <= limit:
        return [text]
    words = text.split()
    lines, current = [], ""
    for w in words:
        if current and len(current) + 1 + len(w) > limit:
            lines.append(current)
            current = w
        else:
            current = f"{current} {w}".strip()
    lines.append(current)
    out = []
    for line in lines:
        while len(line) > limit:
            out.append(line[:limit])
            line = line[limit:]
        out.append(line)
    if len(out) > 3:  # the circle holds three lines; the table below the diagram has the full name
        out = out[:3]
        out[2] = out[2][:limit - 1] + "…"
    return out


def ecomap(centre: str, relations: Sequence[tuple[str, str, str, str]], width: float,
           legend_labels: dict[str, str], height: float = 300) -> Drawing:
    """``relations``: (name, kind label, strength code, direction code); the client in the middle."""
    d = Drawing(width, height)
    cx, cy = width / 2, height / 2 + 12
    centre_r = 34
    n = max(len(relations), 1)
    orbit = min(width / 2 - 60, height / 2 - 52)
    node_r = 30 if n <= 10 else 24
    d.add(Circle(cx, cy, centre_r, fillColor=colors.HexColor("#fdf3d8"), strokeColor=colors.HexColor("#8a6d1f"),
                 strokeWidth=1.5))
    for i, line in enumerate(_wrap(centre, 6)):
        d.add(String(cx, cy + 2 - i * 10, line, fontName=fonts.BOLD, fontSize=9, textAnchor="middle"))
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
        lines = _wrap(name)
        top = ny + 3 + (len(lines) - 1) * 4.5
        for j, line in enumerate(lines):
            d.add(String(nx, top - j * 9, line, fontName=fonts.BOLD, fontSize=7.5, textAnchor="middle"))
        # the kind goes just outside the circle, away from the client, so no relation line crosses it
        lx, ly = nx + ux * (node_r + 5), ny + uy * (node_r + 5) - 2.5
        anchor = "middle" if abs(ux) < 0.35 else ("start" if ux > 0 else "end")
        if abs(ux) < 0.35:
            ly += 4 if uy > 0 else -4
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
