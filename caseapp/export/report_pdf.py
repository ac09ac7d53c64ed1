"""The statistics report as an A4 PDF: agency header, 결재란 (담당/팀장/관장), tables, charts, definitions and the
transcription sheet, all in NanumGothic (embedded). Signing happens afterwards (services.reports, export.sign);
the pages from the definitions on keep the signature-stamp box free."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from caseapp.domain.stats_tables import TRANSCRIPTION_NOTE, ReportDoc, format_value, unit_of
from caseapp.domain.stats_tables import Table as ReportTable
from caseapp.domain.vocab import ContactMode, NeedArea, PracticeType
from caseapp.export import fonts
from caseapp.export.layout import CONTENT_W, PageFurniture, glyph_safe, make_doc, numbered_canvas
from caseapp.export.pdfa import to_pdfa
from caseapp.export.qr import payload, qr_table
from caseapp.export.styles import ACCENT, RULE, Styles, grid, make_styles

BAR = colors.HexColor("#2f5d8a")
BAR_2 = colors.HexColor("#c0504d")
CHART_GRID = colors.HexColor("#c8d0d8")


def _p(text: str, style: object) -> Paragraph:
    return Paragraph(escape(glyph_safe(text)).replace("\n", "<br/>"), style)


def approval_box(doc: ReportDoc, st: Styles) -> Table:
    """결재란: one column per approver, the role on top, room for a seal, the name below."""
    roles = [role for role, _name in doc.approvers]
    names = [name for _role, name in doc.approvers]
    data = [[_p(doc.t("결재", "Sign"), st.head)] + [_p(r, st.head) for r in roles],
            [""] + [""] * len(roles),
            [""] + [_p(n, st.cell) for n in names]]
    table = Table(data, colWidths=[10 * mm] + [22 * mm] * len(roles), rowHeights=[7 * mm, 15 * mm, 7 * mm],
                  hAlign="RIGHT")
    style = grid(header_rows=1)
    style.add("SPAN", (0, 0), (0, -1))
    style.add("ALIGN", (0, 0), (-1, -1), "CENTER")
    style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
    style.add("BOX", (0, 0), (-1, -1), 1, RULE)
    table.setStyle(style)
    return table


HALF_W = CONTENT_W / 2 - 3 * mm


def _table(t: ReportTable, st: Styles, width: float = CONTENT_W) -> Table:
    widths = [width * 0.6] + [width * 0.4] if len(t.header) == 2 else \
        [width * 0.4] + [width * 0.6 / (len(t.header) - 1)] * (len(t.header) - 1)
    data: list[list[object]] = [[_p(h, st.head) for h in t.header]]
    for row, keys in zip(t.rows, t.keys):
        first_value = len(row) - len(keys)
        cells: list[object] = [_p(format_value(c) if not isinstance(c, str) else c, st.cell)
                               for c in row[:first_value]]
        cells += [_p(format_value(v, unit_of(k)), st.right) for v, k in zip(row[first_value:], keys)]
        data.append(cells)
    if len(t.header) == 3 and t.key == "transcription":
        widths = [CONTENT_W * 0.3, CONTENT_W * 0.5, CONTENT_W * 0.2]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid(header_rows=1, label_column=True))
    return table


def _bars(labels: Sequence[str], series: Sequence[Sequence[float]], names: Sequence[str], title: str,
          height: float = 150, horizontal: bool = False) -> Drawing:
    width = CONTENT_W
    d = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (110, 24) if horizontal else (36, 34)
    chart.width, chart.height = width - chart.x - 16, height - chart.y - 26
    chart.data = [list(s) for s in series] or [[0]]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    if horizontal:
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.reverseDirection = True
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = CHART_GRID
    top = max((max(s) for s in series if s), default=0)
    if top <= 4:
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = 4, 1
    for i, colour in enumerate((BAR, BAR_2)[:len(series)]):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    d.add(chart)
    d.add(String(0, height - 12, glyph_safe(title), fontName=fonts.BOLD, fontSize=9, fillColor=ACCENT))
    if len(names) > 1:
        legend = Legend()
        legend.x, legend.y = width - 200, height - 8
        legend.fontName, legend.fontSize = fonts.REGULAR, 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.dx = legend.dy = 6
        legend.colorNamePairs = [(c, glyph_safe(n)) for c, n in zip((BAR, BAR_2), names)]
        legend.boxAnchor = "nw"
        legend.subCols.minWidth = 60
        d.add(legend)
    return d


def charts(doc: ReportDoc) -> list[Flowable]:
    r, lang, f = doc.result, doc.lang, doc.result.figures
    months = [m.start.strftime("%y.%m") for m in r.period.months()]
    keys = [m.start.strftime("%Y-%m") for m in r.period.months()]
    out: list[Flowable] = []
    out.append(_bars(months, [[r.monthly.get("services.total", {}).get(k, 0) for k in keys]],
                     [doc.t("서비스 제공", "Services")], doc.t("월별 서비스 제공 건수", "Services per month")))
    out.append(_bars(months, [[r.monthly.get("cases.opened", {}).get(k, 0) for k in keys],
                              [r.monthly.get("cases.closed", {}).get(k, 0) for k in keys]],
                     [doc.t("신규 접수", "Opened"), doc.t("종결", "Closed")],
                     doc.t("월별 신규 접수·종결", "Cases opened and closed per month")))
    out.append(_bars([p.text(lang) for p in PracticeType],
                     [[f.get(f"services.by_type.{p.value}") or 0 for p in PracticeType]], [],
                     doc.t("실천 유형별 서비스", "Services by practice type"), height=170, horizontal=True))
    out.append(_bars([m.text(lang) for m in ContactMode],
                     [[f.get(f"services.by_mode.{m.value}") or 0 for m in ContactMode]], [],
                     doc.t("접촉 방법별 서비스", "Services by contact mode"), height=120, horizontal=True))
    out.append(_bars([a.text(lang) for a in NeedArea],
                     [[f.get(f"outcomes.need_intake.{a.value}") or 0 for a in NeedArea],
                      [f.get(f"outcomes.need_closing.{a.value}") or 0 for a in NeedArea]],
                     [doc.t("초기", "Intake"), doc.t("종결", "Closing")],
                     doc.t("욕구 영역별 평균 수준(종결 사례, 0–3)", "Mean need level per area (closed cases, 0–3)"),
                     height=190, horizontal=True))
    return [KeepTogether([c, Spacer(1, 4 * mm)]) for c in out]


def _tables_two_up(tables: list[ReportTable], st: Styles) -> list[Flowable]:
    """Two-column tables side by side in pairs (half the pages); wider ones across the page."""
    out: list[Flowable] = []
    pending: list[ReportTable] = []

    def block(t: ReportTable, width: float) -> list[Flowable]:
        return [_p(t.title, st.h2), _table(t, st, width)]

    def flush() -> None:
        if len(pending) == 2:
            pair = Table([[block(pending[0], HALF_W), block(pending[1], HALF_W)]], colWidths=[CONTENT_W / 2] * 2)
            pair.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
            out.append(pair)
        elif pending:
            out.append(KeepTogether(block(pending[0], HALF_W)))
        pending.clear()

    for t in tables:
        if len(t.header) == 2:
            pending.append(t)
            if len(pending) == 2:
                flush()
            continue
        flush()
        out.append(KeepTogether(block(t, CONTENT_W)))
    flush()
    return out


def qr_block(doc: ReportDoc, sha: str, st: Styles) -> Table:
    """The same paper-to-log link as a record's: report id and content hash, for ``caseapp lookup-hash``."""
    explain = doc.t("이 QR 코드에는 보고서 번호와 보고 내용 SHA-256의 앞 32자리가 들어 있습니다. 'caseapp lookup-hash'에 "
                    "QR 내용을 넣으면 이 종이 사본이 어느 보고서인지 알 수 있습니다.",
                    "This QR code holds the report id and the first 32 digits of the content SHA-256. Give its text "
                    "to 'caseapp lookup-hash' to learn which logged report this paper copy is.")
    return qr_table(payload("", doc.report_id, sha), _p(explain, st.small))


def render_pdf(doc: ReportDoc) -> bytes:
    st = make_styles()
    tables = doc.tables()
    by_key = {t.key: t for t in tables}
    head = Table([[[_p(doc.title, st.h1), _p(doc.agency, st.body), _p(doc.scope, st.body),
                    _p(f"{doc.version_line} · {doc.t('작성일', 'prepared')} {doc.generated_on.isoformat()}",
                       st.muted)],
                   approval_box(doc, st)]], colWidths=[CONTENT_W - 80 * mm, 80 * mm])
    head.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story: list[Flowable] = [head, Spacer(1, 6 * mm)]
    story += _tables_two_up([t for t in tables if t.key not in ("monthly", "transcription")], st)
    story += [_p(doc.t("그림", "Charts"), st.h1)] + charts(doc)
    story += [KeepTogether([_p(by_key["monthly"].title, st.h2), _table(by_key["monthly"], st)])]
    story += [PageBreak(), _p(by_key["transcription"].title, st.h1), _p(TRANSCRIPTION_NOTE.text(doc.lang), st.muted),
              Spacer(1, 3 * mm), _table(by_key["transcription"], st)]
    # From here on every page keeps the stamp box free: the signature goes on the last page.
    story += [NextPageTemplate("closing"), PageBreak(), _p(doc.t("정의", "Definitions"), st.h1)]
    story += [_p(f"· {line}", st.small) for line in doc.definitions()]
    sha = doc.content_sha256()
    story += [Spacer(1, 4 * mm), _p(doc.t(f"보고서 번호 {doc.report_id}", f"Report id {doc.report_id}"), st.small),
              Spacer(1, 3 * mm), qr_block(doc, sha, st)]
    buf = io.BytesIO()
    pdf = make_doc(buf, title=f"{doc.title} {doc.result.period.text()}", author=doc.approvers[0][1] or doc.agency,
                   subject=f"{doc.agency} {doc.result.period.text()}")
    furniture = PageFurniture(header_left=doc.agency, header_right=f"{doc.title} · {doc.result.period.text()}",
                              footer_left=f"{doc.version_line} · {doc.t('내용 해시', 'content hash')} {sha[:16]}",
                              page_format=doc.t("{page} / {total} 쪽", "page {page} of {total}"))
    pdf.build(story, canvasmaker=numbered_canvas(furniture))
    return to_pdfa(buf.getvalue(), doc.lang)  # archive-grade like every other PDF caseapp writes, before signing
