"""A device-pixel picture of a grid's cells that knows which cells it shows out of date."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable

import numpy as np
from PySide6 import QtCore, QtGui

# Beyond this many blocks of changed cells, drawing each costs more than drawing all.
_MAX_BLOCKS = 24
_MAX_GAP = 4  # unchanged cells between changed ones that are redrawn to merge blocks
# With more than this share of the cells changed, drawing into the cache and copying the
# result costs more than drawing straight to the screen.
_MAX_CHANGED = 0.25


class Plan(enum.Enum):
    """How to paint a large part of the cells."""

    DIRECT = "straight to the screen; the cache is left unfilled"
    FULL = "the image was cleared: draw every cell into it, then copy"
    PARTIAL = "draw the changed cells into the image (maybe none), then copy"


class CellCache:
    """The cells as last drawn, one image at device resolution, plus what each cell showed.

    The owner describes every cell by its value and a "look" (colour, dimming, shown):
    :meth:`plan` compares them with those of the last large paint and answers how to
    paint. Anything else that changes the picture (scale, fonts, colours) goes into
    the key. Cells are compared by their place on the pixel lattice (``origin``), not
    by their index: when padding is added on the left, the input's cells keep their
    pixels and their picture, though each now has a larger column index.

    The cache pays when few cells change between large paints (a fill-mode change that
    alters the border of an input, a repaint under a moved overlay). A new key, or many
    changed cells, is painted straight to the screen: the cache would only add a copy.
    A calm repaint (same key, few or no changes) fills it.
    """

    def __init__(self) -> None:
        self.image: QtGui.QImage | None = None
        self.origin = QtCore.QPoint()  # device position of the image's top-left pixel
        self._key: tuple | None = None  # of the last large paint, with its rect and dpr
        self._state = -1
        self._filled = False  # the image shows the cells of the last large paint
        self._values: np.ndarray | None = None
        self._looks: np.ndarray | None = None
        self._origin = (0, 0)  # lattice place of the first compared cell

    def plan(
        self,
        key: tuple,
        rect: QtCore.QRect,
        dpr: float,
        state: int,
        cells: Callable[[], tuple[np.ndarray, np.ndarray]],
        origin: tuple[int, int] = (0, 0),
    ) -> tuple[Plan, np.ndarray | None]:
        """Record the cells now wanted and say how to paint them (PARTIAL: which cells).

        ``rect`` is the device rectangle the image covers, ``dpr`` the device pixel ratio;
        ``cells()`` gives the values and looks, one per cell of the block to paint, whose
        first cell has lattice place ``origin`` (row, column). It is not called while
        ``state`` (the owner's count of changes) stays the same.
        """
        key = (key, rect, dpr)
        if key == self._key and state == self._state and origin == self._origin:
            if self._filled:
                return Plan.PARTIAL, np.zeros((0, 0), bool)
            return self._fill(rect, dpr)
        values, looks = cells()
        changed = None
        if key == self._key:
            changed = self._changed(values, looks, origin)
        self._key, self._state, self._values, self._looks = key, state, values, looks
        self._origin = origin
        if changed is None or np.count_nonzero(changed) > _MAX_CHANGED * changed.size:
            self._filled = False
            return Plan.DIRECT, None
        if not self._filled:
            return self._fill(rect, dpr)
        return Plan.PARTIAL, changed

    def _changed(
        self, values: np.ndarray, looks: np.ndarray, origin: tuple[int, int]
    ) -> np.ndarray:
        """Cells of the new block that differ from the cell last painted at their place.

        Cells at places the last paint did not cover count as changed.
        """
        changed = np.ones(values.shape, bool)
        (r0, c0), (q0, d0) = origin, self._origin
        rows = (max(r0, q0), min(r0 + values.shape[0], q0 + self._values.shape[0]))
        cols = (max(c0, d0), min(c0 + values.shape[1], d0 + self._values.shape[1]))
        if rows[0] < rows[1] and cols[0] < cols[1]:
            new = np.s_[rows[0] - r0 : rows[1] - r0, cols[0] - c0 : cols[1] - c0]
            old = np.s_[rows[0] - q0 : rows[1] - q0, cols[0] - d0 : cols[1] - d0]
            changed[new] = (looks[new] != self._looks[old]) | differs(
                values[new], self._values[old]
            )
        return changed

    def clear(self) -> None:
        """Make the whole image transparent, to draw every cell again."""
        self.image.fill(0)

    def forget(self) -> None:
        """Mark the image unfilled (e.g. a draw into it failed half-way)."""
        self._key, self._filled = None, False

    def copy_to(self, painter: QtGui.QPainter, target: QtCore.QRect) -> None:
        """Copy the part of the image covering device rectangle ``target`` onto ``painter``."""
        dpr = self.image.devicePixelRatio()
        source = QtCore.QRectF(target.translated(-self.origin))
        source = QtCore.QRectF(source.topLeft() * dpr, source.size() * dpr)
        painter.drawImage(QtCore.QRectF(target), self.image, source)

    def _fill(self, rect: QtCore.QRect, dpr: float) -> tuple[Plan, None]:
        size = rect.size() * dpr
        if self.image is None or self.image.size() != size:
            self.image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            self.image.setDevicePixelRatio(dpr)
        self.clear()
        self.origin = rect.topLeft()
        self._filled = True
        return Plan.FULL, None


def stale_blocks(changed: np.ndarray) -> list[tuple[int, int, int, int]] | None:
    """Rectangles ``(r0, r1, c0, c1)`` of cells covering the True cells; None if too many.

    Runs of changed cells in a row are merged down the rows while they span the same
    columns: the changed border of a grid is four blocks, a revealed cell one. Short
    gaps of unchanged cells are covered too (redrawing a cell as it is changes nothing),
    so a border where a few values stayed the same is still four blocks.
    """
    changed = _close_gaps(_close_gaps(changed).T).T
    edges = np.diff(np.pad(changed.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    rows, starts = np.nonzero(edges == 1)
    stops = np.nonzero(edges == -1)[1]  # row-major, so paired with the starts in order
    open_: dict[tuple[int, int], list[int]] = {}  # column span -> [first row, last row]
    blocks = []
    for row, a, b in zip(rows.tolist(), starts.tolist(), stops.tolist(), strict=True):
        run = open_.get((a, b))
        if run is not None and run[1] == row - 1:
            run[1] = row
        else:
            if run is not None:
                blocks.append((run[0], run[1] + 1, a, b))
            open_[(a, b)] = [row, row]
    blocks += [(r0, r1 + 1, a, b) for (a, b), (r0, r1) in open_.items()]
    return blocks if len(blocks) <= _MAX_BLOCKS else None


def _close_gaps(mask: np.ndarray) -> np.ndarray:
    """``mask`` with gaps of up to _MAX_GAP False cells between True cells of a row set."""
    rows, cols = np.nonzero(mask)  # row-major
    step = np.diff(cols)
    gaps = (rows[1:] == rows[:-1]) & (step > 1) & (step <= _MAX_GAP + 1)
    if not gaps.any():
        return mask
    out = mask.copy()
    starts, stops = cols[:-1][gaps].tolist(), cols[1:][gaps].tolist()
    for row, a, b in zip(rows[:-1][gaps].tolist(), starts, stops, strict=True):
        out[row, a + 1 : b] = True
    return out


def block_rect(
    block: tuple[int, int, int, int], transform: QtGui.QTransform, origin: QtCore.QPoint
) -> QtCore.QRect:
    """Device pixels (relative to ``origin``) of the cells ``r0:r1, c0:c1``, plus one.

    Rounded outwards, so it holds the cells' separators too: every pixel a full draw
    would give these cells is inside.
    """
    r0, r1, c0, c1 = block
    x0, x1 = (transform.m11() * (c - 0.5) + transform.dx() - origin.x() for c in (c0, c1))
    y0, y1 = (transform.m22() * (r - 0.5) + transform.dy() - origin.y() for r in (r0, r1))
    left, top = math.floor(min(x0, x1)), math.floor(min(y0, y1))
    right, bottom = math.ceil(max(x0, x1)), math.ceil(max(y0, y1))
    return QtCore.QRect(left, top, right - left + 1, bottom - top + 1)


def differs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Where two float arrays of one shape differ, NaN counting as equal to NaN."""
    return (a != b) & ~(np.isnan(a) & np.isnan(b))
