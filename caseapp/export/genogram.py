"""A genogram (가계도) from the household members: generations in rows, the conventional symbols.

Squares are men, circles women, diamonds sex unknown; the client has a double outline; a cross marks the deceased;
the age is written inside; a shaded symbol lives in the client's household. Relations are free text, so the row
comes from the words practitioners use (부/모, 배우자, 자녀, 손자 …); anything else goes in a row of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from caseapp.export import fonts
from caseapp.export.charts import fit_label

INK = colors.HexColor("#1d2733")
SHADE = colors.HexColor("#dfe8f1")
SIZE = 20  # symbol width/height, points
COL = 78  # horizontal room per person
ROW = 78
LABEL_DROP = 28  # the name and relation under a symbol take this much room

_GENERATION_WORDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (-2, ("손자", "손녀", "손주", "grandson", "granddaughter", "grandchild")),
    (2, ("할머니", "할아버지", "조모", "조부", "외조모", "외조부", "grandmother", "grandfather", "grandparent")),
    (1, ("아버지", "어머니", "부친", "모친", "시부", "시모", "장인", "장모", "father", "mother", "parent",
         "부", "모")),
    (0, ("배우자", "남편", "아내", "처", "형제", "자매", "남매", "오빠", "언니", "누나", "형", "동생",
         "spouse", "husband", "wife", "partner", "brother", "sister", "sibling")),
    (-1, ("자녀", "아들", "딸", "son", "daughter", "child", "자", "녀")),
)
SPOUSE_WORDS = ("배우자", "남편", "아내", "처", "spouse", "husband", "wife", "partner")
OTHER = 9  # the row for relations the words above do not place


@dataclass(frozen=True)
class Person:
    name: str
    relation: str
    sex: str  # "F", "M" or "" / "X"
    age: int | None
    deceased: bool
    lives_together: bool


def generation(relation: str) -> int:
    text = relation.strip().lower()
    for gen, words in _GENERATION_WORDS:
        if any(text == w or (len(w) > 1 and w in text) for w in words):
            return gen
    return OTHER


def _symbol(d: Drawing, x: float, y: float, p: Person, client: bool = False) -> None:
    fill = SHADE if p.lives_together or client else colors.white
    h = SIZE / 2
    if p.sex == "M":
        d.add(Rect(x - h, y - h, SIZE, SIZE, fillColor=fill, strokeColor=INK, strokeWidth=1.2))
        if client:
            d.add(Rect(x - h - 3, y - h - 3, SIZE + 6, SIZE + 6, fillColor=None, strokeColor=INK, strokeWidth=0.8))
    elif p.sex == "F":
        d.add(Circle(x, y, h, fillColor=fill, strokeColor=INK, strokeWidth=1.2))
        if client:
            d.add(Circle(x, y, h + 3, fillColor=None, strokeColor=INK, strokeWidth=0.8))
    else:
        d.add(Polygon([x, y + h + 2, x + h + 2, y, x, y - h - 2, x - h - 2, y], fillColor=fill, strokeColor=INK,
                      strokeWidth=1.2))
        if client:
            d.add(Polygon([x, y + h + 6, x + h + 6, y, x, y - h - 6, x - h - 6, y], fillColor=None,
                          strokeColor=INK, strokeWidth=0.8))
    if p.age is not None:
        d.add(String(x, y - 3, str(p.age), fontName=fonts.BOLD, fontSize=7.5, textAnchor="middle", fillColor=INK))
    if p.deceased:
        d.add(Line(x - h - 2, y - h - 2, x + h + 2, y + h + 2, strokeColor=INK, strokeWidth=1))
        d.add(Line(x - h - 2, y + h + 2, x + h + 2, y - h - 2, strokeColor=INK, strokeWidth=1))
    lines, size = fit_label(p.name or p.relation, COL - 8, fonts.BOLD, (7.5, 7, 6.5, 6), max_lines=2)
    top = y - h - 12
    for i, line in enumerate(lines):
        d.add(String(x, top - i * size * 1.15, line, fontName=fonts.BOLD, fontSize=size, textAnchor="middle"))
    if p.name and p.relation and not client:
        rel_lines, rel_size = fit_label(p.relation, COL - 8, fonts.REGULAR, (6.5, 6), max_lines=1)
        d.add(String(x, top - len(lines) * size * 1.15, rel_lines[0], fontName=fonts.REGULAR, fontSize=rel_size,
                     textAnchor="middle", fillColor=colors.HexColor("#5b6675")))


def _spread(n: int, centre: float) -> list[float]:
    return [centre + (i - (n - 1) / 2) * COL for i in range(n)]


def genogram(client: Person, members: Sequence[Person], width: float,
             legend: dict[str, str]) -> Drawing:
    """``legend``: texts for "shaded", "deceased", "client" (in the export's language)."""
    rows: dict[int, list[Person]] = {}
    for m in members:
        rows.setdefault(generation(m.relation), []).append(m)
    order = [g for g in (2, 1, 0, -1, -2, OTHER) if g in rows or g == 0]
    height = ROW * len(order) + 40
    d = Drawing(width, height)
    y_of = {g: height - 30 - i * ROW for i, g in enumerate(order)}
    cx = width / 2
    spouses = [m for m in rows.get(0, []) if any(w in m.relation.lower() for w in SPOUSE_WORDS)]
    siblings = [m for m in rows.get(0, []) if m not in spouses]
    y0 = y_of[0]
    # generation 0: siblings left, client, spouse(s) right
    x_client = cx - (COL / 2 if spouses else 0)
    sib_x = [x_client - COL * (i + 1) for i in range(len(siblings))][::-1]
    spouse_x = [x_client + COL * (i + 1) for i in range(len(spouses))]
    for x, s in zip(spouse_x, spouses):  # the marriage line joins the symbols' sides, clear of the names below
        d.add(Line(x_client + SIZE / 2 + 3, y0, x - SIZE / 2, y0, strokeColor=INK, strokeWidth=1.2))
        _symbol(d, x, y0, s)
    family_x = sib_x + [x_client]
    if 1 in rows:  # parents above, their line down to the bar over the client and siblings
        y1 = y_of[1]
        centre = sum(family_x) / len(family_x)
        parents_x = _spread(len(rows[1]), centre)
        for x, p in zip(parents_x, rows[1]):
            _symbol(d, x, y1, p)
        for left, right in zip(parents_x, parents_x[1:]):
            d.add(Line(left + SIZE / 2, y1, right - SIZE / 2, y1, strokeColor=INK, strokeWidth=1.2))
        bar = y0 + SIZE / 2 + 14
        # from the middle of the parents' line, or from below a single parent's name
        d.add(Line(centre, y1 if len(parents_x) > 1 else y1 - SIZE / 2 - LABEL_DROP, centre, bar, strokeColor=INK))
        d.add(Line(min(family_x), bar, max(family_x), bar, strokeColor=INK))
        for x in family_x:
            d.add(Line(x, bar, x, y0 + SIZE / 2 + (6 if x == x_client else 0), strokeColor=INK))
    for x, s in zip(sib_x, siblings):
        _symbol(d, x, y0, s)
    _symbol(d, x_client, y0, client, client=True)
    if -1 in rows:  # children below the couple (or the client)
        y_1 = y_of[-1]
        origin = (x_client + spouse_x[0]) / 2 if spouse_x else x_client
        top = y0 if spouse_x else y0 - SIZE / 2 - LABEL_DROP
        kids_x = _spread(len(rows[-1]), origin)
        bar = y_1 + SIZE / 2 + 14
        d.add(Line(origin, top, origin, bar, strokeColor=INK))
        d.add(Line(min(kids_x + [origin]), bar, max(kids_x + [origin]), bar, strokeColor=INK))
        for x, k in zip(kids_x, rows[-1]):
            d.add(Line(x, bar, x, y_1 + SIZE / 2, strokeColor=INK))
            _symbol(d, x, y_1, k)
    for gen in (2, -2, OTHER):
        if gen in rows:
            for x, p in zip(_spread(len(rows[gen]), cx), rows[gen]):
                _symbol(d, x, y_of[gen], p)
    # legend
    lx = 10
    d.add(Rect(lx, 6, 10, 10, fillColor=SHADE, strokeColor=INK, strokeWidth=0.8))
    d.add(String(lx + 14, 8, legend["shaded"], fontName=fonts.REGULAR, fontSize=7.5))
    lx += 24 + len(legend["shaded"]) * 6.5
    d.add(Line(lx, 6, lx + 10, 16, strokeColor=INK))
    d.add(Line(lx, 16, lx + 10, 6, strokeColor=INK))
    d.add(String(lx + 14, 8, legend["deceased"], fontName=fonts.REGULAR, fontSize=7.5))
    lx += 24 + len(legend["deceased"]) * 6.5
    d.add(Circle(lx + 5, 11, 5, fillColor=None, strokeColor=INK, strokeWidth=0.8))
    d.add(Circle(lx + 5, 11, 7, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    d.add(String(lx + 16, 8, legend["client"], fontName=fonts.REGULAR, fontSize=7.5))
    return d
