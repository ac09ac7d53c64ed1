"""Eco-map (생태도) and genogram (가계도) drawn with QPainter.

Eco-map: the household circle in the centre (client and the people living with them), every relation around it;
strong = thick line, weak = dashed, stressful = zigzag; arrows show the direction energy flows.
Genogram (McGoldrick's conventions): squares for men, circles for women, a diamond when unknown, a cross over the
deceased, ages inside the symbols; the client drawn with a double outline; partners joined by a marriage line with
their children hanging from it; a dashed line around the household (the people living together).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

STRONG, WEAK, STRESSFUL = "strong", "weak", "stressful"
TO_CLIENT, FROM_CLIENT, MUTUAL = "to_client", "from_client", "mutual"
LINE_COLOUR = {STRONG: QColor("#1f618d"), WEAK: QColor("#5d6d7e"), STRESSFUL: QColor("#b03a2e")}
HOUSEHOLD_COLOUR = QColor("#2e86c1")


@dataclass(frozen=True)
class EcoNode:
    name: str
    kind: str  # shown under the name (e.g. 복지기관)
    strength: str
    direction: str


@dataclass(frozen=True)
class Person:
    name: str
    relation: str
    sex: str  # "M" / "F" / other
    age: int | None = None
    deceased: bool = False
    lives_together: bool = True


def _arrow(p: QPainter, tip: QPointF, towards_from: QPointF, size: float = 10) -> None:
    angle = math.atan2(tip.y() - towards_from.y(), tip.x() - towards_from.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4))
    right = QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4))
    p.drawPolygon(QPolygonF([tip, left, right]))


def _zigzag(a: QPointF, b: QPointF, amplitude: float = 5, step: float = 9) -> QPainterPath:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    path = QPainterPath(a)
    n = max(int(length / step), 2)
    for i in range(1, n):
        t = i / n
        side = amplitude if i % 2 else -amplitude
        path.lineTo(a.x() + dx * t + nx * side, a.y() + dy * t + ny * side)
    path.lineTo(b)
    return path


class EcoMapWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = ""
        self.household: list[str] = []
        self.nodes: list[EcoNode] = []
        self.legend: dict[str, str] = {}
        self.setMinimumSize(420, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 460)

    def set_data(self, client: str, household: list[str], nodes: list[EcoNode], legend: dict[str, str]) -> None:
        """``legend`` maps strong/weak/stressful and 'household' to the words shown in the key."""
        self.client, self.household, self.nodes, self.legend = client, household, nodes, legend
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_pen = QPen(self.palette().text().color())
        legend_h = fm.height() * 2 + 8
        area = QRectF(self.rect()).adjusted(10, 10, -10, -legend_h)
        centre = area.center()
        node_w = max([fm.horizontalAdvance(n.name) for n in self.nodes] + [fm.horizontalAdvance("M") * 6]) + 16
        node_w = min(node_w, 200)
        node_h = fm.height() * 2 + 10
        lines = [self.client] + self.household
        hh_r = max(50, min(area.height() / 4.2, (max(fm.horizontalAdvance(t) for t in lines) + 24) / 2,
                           area.width() / 6), fm.height() * len(lines) / 2 + 14)
        orbit_x = max(area.width() / 2 - node_w / 2 - 4, hh_r + 40)
        orbit_y = max(area.height() / 2 - node_h / 2 - 4, hh_r + 30)
        boxes: list[QRectF] = []
        for i, node in enumerate(self.nodes):
            angle = -math.pi / 2 + 2 * math.pi * i / max(len(self.nodes), 1)
            c = QPointF(centre.x() + orbit_x * math.cos(angle), centre.y() + orbit_y * math.sin(angle))
            boxes.append(QRectF(c.x() - node_w / 2, c.y() - node_h / 2, node_w, node_h))
        # lines first, so circles sit on top
        for node, box in zip(self.nodes, boxes):
            angle = math.atan2(box.center().y() - centre.y(), box.center().x() - centre.x())
            start = QPointF(centre.x() + hh_r * math.cos(angle), centre.y() + hh_r * math.sin(angle))
            end = self._edge_point(box, centre)
            colour = LINE_COLOUR.get(node.strength, LINE_COLOUR[WEAK])
            if node.strength == STRONG:
                pen = QPen(colour, 4)
            elif node.strength == STRESSFUL:
                pen = QPen(colour, 2)
            else:
                pen = QPen(colour, 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            if node.strength == STRESSFUL:
                p.drawPath(_zigzag(start, end))
            else:
                p.drawLine(start, end)
            p.setPen(QPen(colour, 1))
            p.setBrush(colour)
            if node.direction in (TO_CLIENT, MUTUAL):
                _arrow(p, start, end)
            if node.direction in (FROM_CLIENT, MUTUAL):
                _arrow(p, end, start)
        # household circle
        p.setPen(QPen(QColor("#1b2631"), 2))
        p.setBrush(QColor("#eaf2f8"))
        p.drawEllipse(centre, hh_r, hh_r)
        top = centre.y() - fm.height() * len(lines) / 2
        for i, text in enumerate(lines):
            font = p.font()
            font.setBold(i == 0)
            p.setFont(font)
            p.setPen(text_pen)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(hh_r * 1.8))
            p.drawText(QRectF(centre.x() - hh_r, top + i * fm.height(), hh_r * 2, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, shown)
        font = p.font()
        font.setBold(False)
        p.setFont(font)
        # nodes
        for node, box in zip(self.nodes, boxes):
            p.setPen(QPen(QColor("#566573"), 1.5))
            p.setBrush(QColor("#fdfefe"))
            p.drawRoundedRect(box, 10, 10)
            p.setPen(text_pen)
            name = fm.elidedText(node.name, Qt.TextElideMode.ElideRight, int(box.width() - 8))
            p.drawText(QRectF(box.left(), box.top() + 4, box.width(), fm.height()), Qt.AlignmentFlag.AlignCenter, name)
            p.setPen(QPen(QColor("#7f8c8d")))
            kind = fm.elidedText(node.kind, Qt.TextElideMode.ElideRight, int(box.width() - 8))
            p.drawText(QRectF(box.left(), box.top() + 4 + fm.height(), box.width(), fm.height()),
                       Qt.AlignmentFlag.AlignCenter, kind)
        self._draw_legend(p, fm, QRectF(10, self.height() - legend_h, self.width() - 20, legend_h))
        p.end()

    @staticmethod
    def _edge_point(box: QRectF, towards: QPointF) -> QPointF:
        c = box.center()
        dx, dy = towards.x() - c.x(), towards.y() - c.y()
        if dx == 0 and dy == 0:
            return c
        scale = min((box.width() / 2) / abs(dx) if dx else math.inf, (box.height() / 2) / abs(dy) if dy else math.inf)
        return QPointF(c.x() + dx * scale, c.y() + dy * scale)

    def _draw_legend(self, p: QPainter, fm: QFontMetrics, rect: QRectF) -> None:
        x = rect.left()
        y = rect.top() + fm.height()
        for key in (STRONG, WEAK, STRESSFUL):
            a, b = QPointF(x, y), QPointF(x + 34, y)
            colour = LINE_COLOUR[key]
            if key == STRESSFUL:
                p.setPen(QPen(colour, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(_zigzag(a, b, 4, 7))
            else:
                p.setPen(QPen(colour, 4) if key == STRONG else QPen(colour, 2, Qt.PenStyle.DashLine))
                p.drawLine(a, b)
            p.setPen(QPen(self.palette().text().color()))
            text = self.legend.get(key, key)
            p.drawText(QPointF(x + 40, y + fm.ascent() / 2 - 1), text)
            x += 60 + fm.horizontalAdvance(text)
        arrow_text = self.legend.get("arrow", "")
        if arrow_text:
            p.setPen(QPen(QColor("#566573"), 1))
            p.setBrush(QColor("#566573"))
            p.drawLine(QPointF(x, y), QPointF(x + 26, y))
            _arrow(p, QPointF(x + 30, y), QPointF(x, y), 8)
            p.setPen(QPen(self.palette().text().color()))
            p.drawText(QPointF(x + 38, y + fm.ascent() / 2 - 1), arrow_text)


# --- genogram -------------------------------------------------------------------------------------------------------

_GENERATION_WORDS: list[tuple[int, tuple[str, ...]]] = [
    (-2, ("조부", "조모", "할아버지", "할머니", "외조", "grandfather", "grandmother", "grandparent")),
    (2, ("손자", "손녀", "손주", "grandson", "granddaughter", "grandchild")),
    (-1, ("부", "모", "아버지", "어머니", "엄마", "아빠", "시부", "시모", "장인", "장모",
          "father", "mother", "parent")),
    (1, ("자녀", "아들", "딸", "son", "daughter", "child")),
]
_SPOUSE_WORDS = ("배우자", "남편", "아내", "처", "spouse", "husband", "wife", "partner")


def generation_of(relation: str) -> int:
    """Generation relative to the client (−1 parents, 0 own, +1 children) guessed from the relation word."""
    rel = relation.strip().casefold()
    for gen, words in _GENERATION_WORDS:
        if any(rel == w or (len(w) > 1 and w in rel) for w in words):
            return gen
    return 0


def is_in_law(relation: str) -> bool:
    """시어머니, 장인 … : the spouse's parents, drawn above the spouse."""
    rel = relation.strip().casefold()
    return rel.startswith("시") or rel.startswith("장인") or rel.startswith("장모") or "in-law" in rel


def is_spouse(relation: str) -> bool:
    rel = relation.strip().casefold()
    return any(w in rel for w in _SPOUSE_WORDS)


def in_household(person: Person, is_client: bool) -> bool:
    """Who the household line encloses: the client and the living members who live with them."""
    return is_client or (person.lives_together and not person.deceased)


def _male_first(people: list[tuple[Person, bool]]) -> list[tuple[Person, bool]]:
    return sorted(people, key=lambda pair: pair[0].sex != "M")  # stable: the rest keep their order


def _convex_hull(points: list[QPointF]) -> QPolygonF:
    """Andrew's monotone chain: the smallest convex polygon around ``points``."""
    pts = sorted({(p.x(), p.y()) for p in points})
    if len(pts) < 3:
        return QPolygonF([QPointF(x, y) for x, y in pts])

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for chain, ordered in ((lower, pts), (upper, list(reversed(pts)))):
        for p in ordered:
            while len(chain) >= 2 and cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
    return QPolygonF([QPointF(x, y) for x, y in lower[:-1] + upper[:-1]])


@dataclass
class GenogramLayout:
    """Where everything of a genogram goes, computed apart from painting so it can be checked without pixels."""

    rows: dict[int, list[tuple[Person, bool]]]  # generation -> (person, is the client), left to right
    centres: dict[int, list[QPointF]]
    couples: list[tuple[QPointF, QPointF]] = field(default_factory=list)  # partners joined by a marriage line
    descents: list[tuple[list[QPointF], list[QPointF]]] = field(default_factory=list)  # (parents, their children)
    household: QPainterPath = field(default_factory=QPainterPath)  # the line around those living together

    def centre_of(self, person: Person) -> QPointF:
        for gen, people in self.rows.items():
            for (p, _is_client), c in zip(people, self.centres[gen]):
                if p is person:
                    return c
        raise KeyError(person.name)


class GenogramWidget(QWidget):
    """McGoldrick's conventions: square = male, circle = female, diamond = unknown; a cross over the deceased; the
    client with a double outline; partners joined by a marriage line (male left) with their children hanging from
    it, oldest first; a dashed line around the people who live together; ages inside the symbols."""

    SYMBOL = 34
    PAD = 8  # between a symbol (with its name) and the household line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client: Person | None = None
        self.members: list[Person] = []
        self.empty_text = ""
        self.legend: dict[str, str] = {}
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 320)

    def set_data(self, client: Person, members: list[Person], empty_text: str = "",
                 legend: dict[str, str] | None = None) -> None:
        """``legend`` maps male/female/deceased/client/household to the words of the key under the diagram."""
        self.client, self.members, self.empty_text = client, members, empty_text
        self.legend = dict(legend or {})
        self.update()

    def _rows(self) -> dict[int, list[tuple[Person, bool]]]:
        assert self.client is not None
        spouses = [m for m in self.members if is_spouse(m.relation)]
        rows: dict[int, list[tuple[Person, bool]]] = {0: []}
        for m in self.members:
            if m not in spouses:
                rows.setdefault(generation_of(m.relation), []).append((m, False))
        siblings = rows[0]
        couple = _male_first([(self.client, True)] + [(m, False) for m in spouses])
        spouse_left = bool(spouses) and couple[0][0] is not self.client
        # the client's siblings stand on the client's side of the couple, so the parents' line reaches them all
        rows[0] = couple + siblings if spouse_left else siblings + couple
        if -1 in rows:  # own parents above the client's side, in-laws above the spouse's; each pair male first
            own = _male_first([pair for pair in rows[-1] if not is_in_law(pair[0].relation)])
            laws = _male_first([pair for pair in rows[-1] if is_in_law(pair[0].relation)])
            rows[-1] = laws + own if spouse_left else own + laws
        for gen in (1, 2):  # children oldest first (left), the usual birth order
            if gen in rows:
                rows[gen].sort(key=lambda pair: -(pair[0].age if pair[0].age is not None else -1))
        return dict(sorted(rows.items()))

    def compute_layout(self, fm: QFontMetrics | None = None) -> GenogramLayout:
        fm = fm or QFontMetrics(self.font())
        rows = self._rows()
        s = self.SYMBOL
        row_h = s + fm.height() * 2 + 30
        legend_h = fm.height() + 10 if self.legend else 0
        y0 = max((self.height() - legend_h - row_h * len(rows)) / 2, 8) + self.PAD
        centres: dict[int, list[QPointF]] = {}
        for r, (gen, people) in enumerate(rows.items()):
            slot = self.width() / (len(people) + 1)
            centres[gen] = [QPointF(slot * (i + 1), y0 + r * row_h + s / 2) for i in range(len(people))]
        layout = GenogramLayout(rows, centres)
        own = centres[0]
        client_at = next(i for i, (_p, is_client) in enumerate(rows[0]) if is_client)
        spouse_at = next((i for i, (m, c) in enumerate(rows[0]) if not c and is_spouse(m.relation)), None)
        client_c = own[client_at]
        spouse_c = own[spouse_at] if spouse_at is not None else None
        siblings = [c for i, c in enumerate(own) if i not in (client_at, spouse_at)]
        if spouse_c is not None:
            layout.couples.append((client_c, spouse_c))
        if 1 in centres:
            layout.descents.append(([client_c] + ([spouse_c] if spouse_c else []), centres[1]))
        if -1 in centres:
            people = rows[-1]
            own_parents = [c for (m, _), c in zip(people, centres[-1]) if not is_in_law(m.relation)]
            in_laws = [c for (m, _), c in zip(people, centres[-1]) if is_in_law(m.relation)]
            for parents, kids in ((own_parents, sorted(siblings + [client_c], key=QPointF.x)),
                                  (in_laws, [spouse_c or client_c])):
                if parents:
                    self._family(layout, parents, kids)
        if -2 in centres and -1 in centres:
            self._family(layout, centres[-2], centres[-1])
        if 2 in centres and 1 in centres:
            self._family(layout, centres[1], centres[2])
        layout.household = self._household_path(fm, layout)
        return layout

    def _below(self, fm: QFontMetrics) -> float:
        return self.SYMBOL / 2 + fm.height() * 2 + 6  # lines run under the names, never through them

    @staticmethod
    def _family(layout: GenogramLayout, parents: list[QPointF], kids: list[QPointF]) -> None:
        ordered = sorted(parents, key=QPointF.x)
        for a, b in zip(ordered, ordered[1:]):
            layout.couples.append((a, b))
        layout.descents.append((ordered, kids))

    def _household_path(self, fm: QFontMetrics, layout: GenogramLayout) -> QPainterPath:
        """One outline around everyone living together: the hull of each generation's co-residents when nobody who
        lives elsewhere falls inside it, else a rounded band per generation joined by narrow bridges."""
        s, pad = self.SYMBOL, self.PAD
        spans: list[tuple[int, QRectF]] = []
        for gen, people in layout.rows.items():
            xs = [c.x() for (m, is_client), c in zip(people, layout.centres[gen]) if in_household(m, is_client)]
            if xs:
                y = layout.centres[gen][0].y()
                spans.append((gen, QRectF(min(xs) - s / 2 - pad, y - s / 2 - pad, max(xs) - min(xs) + s + 2 * pad,
                                          s + fm.height() * 2 + 2 * pad)))
        hull = _convex_hull([corner for _gen, r in spans
                             for corner in (r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight())])
        outside = [c for gen, people in layout.rows.items()
                   for (m, is_client), c in zip(people, layout.centres[gen]) if not in_household(m, is_client)]
        if not any(hull.containsPoint(c, Qt.FillRule.OddEvenFill) for c in outside):
            path = QPainterPath()
            path.addPolygon(hull)
            path.closeSubpath()
            return path
        path = QPainterPath()
        for _gen, rect in spans:
            band = QPainterPath()
            band.addRoundedRect(rect, 14, 14)
            path = path.united(band)
        for (gen_a, a), (gen_b, b) in zip(spans, spans[1:]):
            ax, bx, half = a.center().x(), b.center().x(), 7
            quad = QPolygonF([QPointF(ax - half, a.bottom() - 1), QPointF(ax + half, a.bottom() - 1),
                              QPointF(bx + half, b.top() + 1), QPointF(bx - half, b.top() + 1)])
            bridge = QPainterPath()
            bridge.addPolygon(quad)
            bridge.closeSubpath()
            path = path.united(bridge)
        return path.simplified()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        if self.client is None:
            p.end()
            return
        fm = QFontMetrics(self.font())
        layout = self.compute_layout(fm)
        s = self.SYMBOL
        p.setPen(QPen(HOUSEHOLD_COLOUR, 1.5, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(layout.household)
        p.setPen(QPen(QColor("#1b2631"), 1.5))
        for a, b in layout.couples:
            y = a.y() + self._below(fm)
            for c in (a, b):
                p.drawLine(QPointF(c.x(), c.y() + s / 2), QPointF(c.x(), y))
            p.drawLine(QPointF(a.x(), y), QPointF(b.x(), y))
        for parents, kids in layout.descents:
            anchor = QPointF(sum(c.x() for c in parents) / len(parents), parents[0].y() + self._below(fm))
            if len(parents) == 1:  # a single parent: the line starts at the symbol, not at a marriage line
                p.drawLine(QPointF(anchor.x(), parents[0].y() + s / 2), anchor)
            self._drop(p, anchor, kids)
        for gen, people in layout.rows.items():
            width = int(self.width() / (len(people) + 1)) - 4
            for (person, is_client), c in zip(people, layout.centres[gen]):
                self._symbol(p, c, person, is_client)
                label, sub = person.name or person.relation, person.relation if person.name else ""
                for n, text in enumerate((label, sub)):  # a blank behind the names so lines pass under them
                    if text:
                        w = min(fm.horizontalAdvance(text), width) + 4
                        p.fillRect(QRectF(c.x() - w / 2, c.y() + s / 2 + 2 + n * fm.height(), w, fm.height()),
                                   self.palette().base())
                p.setPen(QPen(self.palette().text().color()))
                p.drawText(QRectF(c.x() - width / 2, c.y() + s / 2 + 2, width, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, fm.elidedText(label, Qt.TextElideMode.ElideRight, width))
                p.setPen(QPen(QColor("#7f8c8d")))
                p.drawText(QRectF(c.x() - width / 2, c.y() + s / 2 + 2 + fm.height(), width, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, fm.elidedText(sub, Qt.TextElideMode.ElideRight, width))
        if not self.members and self.empty_text:
            p.setPen(QPen(QColor("#7f8c8d")))
            p.drawText(QRectF(0, 6, self.width(), fm.height()), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        if self.legend:
            self._draw_legend(p, fm, QRectF(10, self.height() - fm.height() - 8, self.width() - 20, fm.height()))
        p.end()

    def _drop(self, p: QPainter, anchor: QPointF, kids: list[QPointF]) -> None:
        """Line from a couple's line (or a parent) down to a bar over the children, then down to each child."""
        bar_y = kids[0].y() - self.SYMBOL / 2 - 10
        p.drawLine(anchor, QPointF(anchor.x(), bar_y))
        xs = [k.x() for k in kids] + [anchor.x()]
        p.drawLine(QPointF(min(xs), bar_y), QPointF(max(xs), bar_y))
        for k in kids:
            p.drawLine(QPointF(k.x(), bar_y), QPointF(k.x(), k.y() - self.SYMBOL / 2))

    def _shape(self, p: QPainter, rect: QRectF, sex: str) -> None:
        if sex == "M":
            p.drawRect(rect)
        elif sex == "F":
            p.drawEllipse(rect)
        else:
            c = rect.center()
            p.drawPolygon(QPolygonF([QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                                     QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y())]))

    def _symbol(self, p: QPainter, c: QPointF, person: Person, is_client: bool) -> None:
        s = self.SYMBOL
        rect = QRectF(c.x() - s / 2, c.y() - s / 2, s, s)
        p.setPen(QPen(QColor("#1b2631"), 2))
        p.setBrush(QColor("#fdfefe") if in_household(person, is_client) else QColor("#f2f3f4"))
        self._shape(p, rect, person.sex)
        if is_client:  # the identified client: a double line
            p.setBrush(Qt.BrushStyle.NoBrush)
            self._shape(p, rect.adjusted(4, 4, -4, -4), person.sex)
        if person.age is not None:
            p.setPen(QPen(self.palette().text().color()))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(person.age))
        if person.deceased:
            p.setPen(QPen(QColor("#1b2631"), 2))
            p.drawLine(rect.topLeft(), rect.bottomRight())
            p.drawLine(rect.topRight(), rect.bottomLeft())

    def _draw_legend(self, p: QPainter, fm: QFontMetrics, rect: QRectF) -> None:
        """The key: one small symbol per convention, then its word."""
        size = fm.height() - 2
        x, y = rect.left(), rect.top()
        for key in ("male", "female", "deceased", "client", "household"):
            text = self.legend.get(key)
            if not text:
                continue
            box = QRectF(x, y + 1, size, size)
            p.setPen(QPen(HOUSEHOLD_COLOUR, 1.2, Qt.PenStyle.DashLine) if key == "household"
                     else QPen(QColor("#1b2631"), 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            if key == "household":
                p.drawRoundedRect(box, 4, 4)
            else:
                self._shape(p, box, "F" if key == "female" else "M")
            if key == "client":
                self._shape(p, box.adjusted(2.5, 2.5, -2.5, -2.5), "M")
            if key == "deceased":
                p.drawLine(box.topLeft(), box.bottomRight())
                p.drawLine(box.topRight(), box.bottomLeft())
            p.setPen(QPen(self.palette().text().color()))
            p.drawText(QPointF(x + size + 5, y + fm.ascent()), text)
            x += size + 20 + fm.horizontalAdvance(text)
