"""Right-to-left tables: the first column is the rightmost, every cell an RtlParagraph.

``rows`` and ``col_widths`` are given in reading order (first column first); the helper
reverses them for reportlab, which lays columns out left to right. Cells wrap inside their
column, the header rows repeat on every page, number columns are centred (or right-aligned).

Readers get each row in reading order: pdf.js returns text in the order it is drawn, so an
:class:`RtlTable` draws every row's cells right to left (reportlab draws them left to right),
and each cell but the rightmost starts with the mark that makes pdf.js copy a space before
it (:mod:`balagh.typeset.reader_layer`). The page looks the same.

Example::

    rtl_table(
        [["المؤشر", "2023", "2024"], ["عدد الزوار", "1150000", "1242000"]],
        col_widths=[8 * cm, 3.5 * cm, 3.5 * cm],
        numeric_columns={1, 2},
    )
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, TypeAlias

from reportlab.platypus import Flowable, Table, TableStyle

from balagh.typeset.colors import to_color
from balagh.typeset.markup import Run
from balagh.typeset.paragraph import RtlParagraph
from balagh.typeset.styles import CELL, Align, RtlStyle

Cell: TypeAlias = "str | Sequence[Run] | Flowable | None"

HEADER_BACKGROUND = "#1f3864"
HEADER_TEXT = "#ffffff"
ZEBRA = "#eef2f8"
GRID = "#8496b0"


def rtl_table(
    rows: Sequence[Sequence[Cell]],
    *,
    col_widths: Sequence[float],
    header_rows: int = 1,
    numeric_columns: Collection[int] = (),
    numbers: Align = Align.CENTRE,
    style: RtlStyle = CELL,
    header_style: RtlStyle | None = None,
    zebra: bool = True,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """Build a reportlab Table whose columns read right to left.

    ``numeric_columns`` (indices in reading order) are aligned with ``numbers``;
    ``extra_style`` commands use reading-order column indices too (0 = rightmost) and are
    translated. Strings may carry the markup of :mod:`balagh.typeset.markup`.
    """
    count = len(col_widths)
    if any(len(row) != count for row in rows):
        raise ValueError(f"every row needs {count} cells (one per column width)")
    header_style = header_style or style.but(bold=True, color=HEADER_TEXT)
    numeric = set(numeric_columns)

    def cell(value: Cell, row: int, column: int) -> Flowable | str:
        if value is None:
            return ""
        if isinstance(value, Flowable):
            if isinstance(value, RtlParagraph):
                value.reader_space = column > 0
            return value
        chosen = header_style if row < header_rows else style
        if column in numeric:
            chosen = chosen.but(alignment=numbers)
        elif row < header_rows:
            chosen = chosen.but(alignment=Align.CENTRE)
        paragraph = RtlParagraph(value, chosen.but(space_after=0.0, space_before=0.0))
        paragraph.reader_space = column > 0
        return paragraph

    data = [
        [cell(value, r, c) for c, value in enumerate(row)][::-1] for r, row in enumerate(rows)
    ]
    commands = _table_style(count, len(rows), header_rows, zebra, extra_style)
    table = RtlTable(
        data,
        colWidths=list(col_widths)[::-1],
        repeatRows=header_rows,
        style=TableStyle(commands),
        hAlign="RIGHT",
    )
    return table


def _reading_order(table: RtlTable, event: str, *_args: Any) -> None:
    """reportlab's drawing callback: hold a row's cells back and draw them right to left."""
    if event == "startRow":
        table.pending = []
    elif event == "endRow":
        pending, table.pending = table.pending or [], None
        for cell in reversed(pending):
            Table._drawCell(table, *cell)


class RtlTable(Table):  # type: ignore[misc]
    """A reportlab Table that draws each row's cells right to left (reading order)."""

    def __init__(self, *args: Any, **options: Any) -> None:
        options["renderCB"] = _reading_order  # also given to the parts of a split table
        super().__init__(*args, **options)
        self.pending: list[tuple[Any, ...]] | None = None

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if self.pending is None:
            super()._drawCell(cellval, cellstyle, pos, size)
        else:
            self.pending.append((cellval, cellstyle, pos, size))


def _table_style(count: int, row_count: int, header_rows: int, zebra: bool,
                 extra_style: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The grid, paddings, header and zebra backgrounds, and ``extra_style`` with its
    reading-order columns mirrored into reportlab's left-to-right order."""
    last = count - 1

    def flip(column: int) -> int:
        return last - column if column >= 0 else -1 - column

    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, to_color(GRID)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if header_rows:
        commands.append(
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), to_color(HEADER_BACKGROUND))
        )
    if zebra and row_count > header_rows + 1:
        commands.append(
            ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, to_color(ZEBRA)])
        )
    for command in extra_style:
        name, (c0, r0), (c1, r1), *rest = command
        # A range in reading order becomes the mirrored range in reportlab's order.
        commands.append((name, (flip(c1), r0), (flip(c0), r1), *rest))
    return commands
