"""Column widths that fit a record table's first rows, measured once per fill in Python.

``QHeaderView.ResizeMode.ResizeToContents`` asks the model for every role of every sampled cell again on each
layout pass (a case of 500 entries called ``data()`` ~9,000 times to open one tab). The columns sized here hold
dates, kinds and short names, which the newest rows show as wide as any; the text column stretches instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QHeaderView, QTableView

SAMPLE_ROWS = 60  # rows measured: a long case's first screenful and more, not all 500
CELL_PADDING = 16  # the style's margins either side of a cell's text, with room to spare
MAX_WIDTH = 320  # one long name must not push the text column off a 1366-pixel screen


def fit_columns(table: QTableView, text: Callable[[int, int], str], rows: int, *, stretch: Iterable[int] = (),
                extra: Callable[[int], int] = lambda _column: 0) -> None:
    """Size every column not in ``stretch`` to its header and the first rows' ``text(row, column)``; the user can
    still drag them (Interactive). ``extra(column)`` adds room, e.g. for an icon drawn before the text."""
    header = table.horizontalHeader()
    model = table.model()
    stretched = set(stretch)
    metrics = table.fontMetrics()
    header_metrics = header.fontMetrics()
    sample = range(min(rows, SAMPLE_ROWS))
    for column in range(model.columnCount()):
        if column in stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        title = str(model.headerData(column, header.orientation()) or "")
        widest = max((metrics.horizontalAdvance(text(r, column)) for r in sample), default=0) + extra(column)
        width = max(widest, header_metrics.horizontalAdvance(title)) + CELL_PADDING
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, min(width, MAX_WIDTH))
