"""Where cells are: index ranges and rectangles in grid coordinates, and separator lines."""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui

from convstudio.views.qt_arrays import draw_rects, rect_rows

MIN_SEPARATOR_CELL_PX = 6  # below this cell size, separators would swallow the cells

CellRange = tuple[int, int, int, int]  # rows r0:r1, columns c0:c1


def cell_range(rect: QtCore.QRectF, h: int, w: int) -> CellRange:
    """Rows ``r0:r1`` and columns ``c0:c1`` of the cells touching ``rect`` (grid coords)."""
    r0 = max(0, math.floor(rect.top() + 0.5))
    r1 = min(h, math.ceil(rect.bottom() + 0.5))
    c0 = max(0, math.floor(rect.left() + 0.5))
    c1 = min(w, math.ceil(rect.right() + 0.5))
    return r0, max(r0, r1), c0, max(c0, c1)


def cells_rect(start: int, stop: int, width: int) -> QtCore.QRectF:
    """Grid-coordinate rectangle holding the cells ``start:stop`` (row-major, ``width`` wide)."""
    (r0, c0), (r1, c1) = divmod(start, width), divmod(stop - 1, width)
    if r0 == r1:
        return QtCore.QRectF(c0 - 0.5, r0 - 0.5, c1 - c0 + 1, 1)
    return QtCore.QRectF(-0.5, r0 - 0.5, width, r1 - r0 + 1)


def extent(mask: np.ndarray | None, rng: CellRange) -> CellRange:
    """Rows and columns of ``rng`` holding the True cells of ``mask`` (None: all of rng).

    ``mask`` is a bool block over ``rng`` with at least one True cell.
    """
    if mask is None:
        return rng
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    r0, c0 = rng[0], rng[2]
    return r0 + int(rows[0]), r0 + int(rows[-1]) + 1, c0 + int(cols[0]), c0 + int(cols[-1]) + 1


def paint_separators(
    painter: QtGui.QPainter, transform: QtGui.QTransform, rng: CellRange, colour: QtGui.QColor
) -> None:
    """Draw 1-px lines around the cells of ``rng``; ``painter`` works in device pixels.

    Nothing is drawn when cells are smaller than :data:`MIN_SEPARATOR_CELL_PX`.
    """
    if math.hypot(transform.m11(), transform.m12()) < MIN_SEPARATOR_CELL_PX:
        return
    r0, r1, c0, c1 = rng
    xs = np.round(transform.m11() * (np.arange(c0, c1 + 1) - 0.5) + transform.dx())
    ys = np.round(transform.m22() * (np.arange(r0, r1 + 1) - 0.5) + transform.dy())
    left, right, top, bottom = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
    # 1-px filled rectangles: several times faster than stroking the same lines.
    ones_x, ones_y = np.ones(len(xs), int), np.ones(len(ys), int)
    rows = np.concatenate(
        [
            rect_rows(xs, np.full(len(xs), top), ones_x, np.full(len(xs), bottom - top)),
            rect_rows(np.full(len(ys), left), ys, np.full(len(ys), right - left), ones_y),
        ]
    )
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    draw_rects(painter, rows)
