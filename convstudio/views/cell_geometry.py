"""Where cells are: index ranges, rectangles, separator lines and the pixel lattice."""

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


def snapped(transform: QtGui.QTransform) -> QtGui.QTransform:
    """``transform`` without the noise in its last bits (a plain scale and shift only).

    One fit computed for two padded shapes gives offsets like 37.50000000000003 and
    37.49999999999997: cell edges then round to different pixels, and a picture
    cached under one would be a pixel off under the other.
    """
    t = transform
    if t.m12() or t.m21():
        return t
    return QtGui.QTransform(
        round(t.m11(), 9), 0.0, 0.0, round(t.m22(), 9), round(t.dx(), 6), round(t.dy(), 6)
    )


def lattice(transform: QtGui.QTransform) -> tuple[tuple, tuple[int, int]]:
    """The pixel lattice ``transform`` puts cells on, and where cell (0, 0) sits on it.

    Two transforms with the same key draw cell (r, c) of the first and cell
    (r + Δr, c + Δc) of the second on the same pixels, where Δ is the difference of
    their offsets (rows, columns).
    """
    t = transform
    sx, sy = t.m11(), t.m22()
    if t.m12() or t.m21() or not sx or not sy:  # not a plain scale: no lattice to share
        return (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()), (0, 0)
    # Floored (a phase in [0, scale)), with slack for the last bits of a layout computed
    # twice; round() would send the halves 1.5 and 2.5 both to 2, and split one lattice.
    kx, ky = math.floor(t.dx() / sx + 1e-6), math.floor(t.dy() / sy + 1e-6)
    phase = (round(t.dx() - kx * sx, 4), round(t.dy() - ky * sy, 4))
    return (round(sx, 9), round(sy, 9), phase), (ky, kx)
