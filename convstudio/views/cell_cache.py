"""A device-pixel picture of a grid's cells that knows which cells it shows out of date."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6 import QtCore, QtGui

# Beyond this many changed runs of cells, a clip made of them costs more than drawing all.
_MAX_RUNS = 300


class CellCache:
    """The cells as last drawn, one image at device resolution, plus what each cell showed.

    The owner describes every cell by its value and a "look" (colour, dimming, shown):
    :meth:`begin` compares them with what the image holds and answers which cells need
    drawing again. Anything else that changes the picture (transform, size, fonts,
    colours) goes into the key and redraws everything.
    """

    def __init__(self) -> None:
        self.image: QtGui.QImage | None = None
        self.origin = QtCore.QPoint()  # device position of the image's top-left pixel
        self._key: tuple | None = None
        self._seen: tuple | None = None  # the key of the last paint that bypassed the cache
        self._state = -1
        self._values: np.ndarray | None = None
        self._looks: np.ndarray | None = None

    def wanted(self, key: tuple, rect: QtCore.QRect, dpr: float) -> bool:
        """Whether to paint through the cache: not the first time a key is painted.

        A new zoom, size or grid shape redraws every cell anyway, and then copying the
        result to the screen only adds to it (~1 ms at 4K): a control change that reshapes
        a grid, or a resize, paints straight to the screen. The next paint with the same
        key (a playback step, a hover) fills the cache.
        """
        if (key, rect, dpr) == self._key:
            return True
        seen, self._seen = self._seen == (key, rect, dpr), (key, rect, dpr)
        return seen

    def begin(
        self,
        key: tuple,
        rect: QtCore.QRect,
        dpr: float,
        state: int,
        cells: Callable[[], tuple[np.ndarray, np.ndarray]],
    ) -> np.ndarray | None:
        """Record the cells now wanted; return those drawn out of date (None: all are).

        ``rect`` is the device rectangle the image covers, ``dpr`` the device pixel ratio;
        ``cells()`` gives the values and looks, one per cell of the covered block. It is
        not called while ``state`` (the owner's count of changes) stays the same.
        """
        if (key, rect, dpr) == self._key and state == self._state:
            return np.zeros((0, 0), bool)
        values, looks = cells()
        full = (key, rect, dpr) != self._key or self._values is None
        if not full:
            changed = (looks != self._looks) | differs(values, self._values)
        self._key, self._state = (key, rect, dpr), state
        self._values, self._looks = values, looks
        if full:
            self._allocate(rect, dpr)
            return None
        return changed

    def clear(self) -> None:
        """Make the whole image transparent, to draw every cell again."""
        self.image.fill(0)

    def forget(self) -> None:
        """Make the next :meth:`begin` redraw everything (e.g. a draw failed half-way)."""
        self._key = None

    def copy_to(self, painter: QtGui.QPainter, target: QtCore.QRect) -> None:
        """Copy the part of the image covering device rectangle ``target`` onto ``painter``."""
        dpr = self.image.devicePixelRatio()
        source = QtCore.QRectF(target.translated(-self.origin))
        source = QtCore.QRectF(source.topLeft() * dpr, source.size() * dpr)
        painter.drawImage(QtCore.QRectF(target), self.image, source)

    def _allocate(self, rect: QtCore.QRect, dpr: float) -> None:
        size = rect.size() * dpr
        if self.image is None or self.image.size() != size:
            self.image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            self.image.setDevicePixelRatio(dpr)
        self.clear()
        self.origin = rect.topLeft()


def stale_cells(
    changed: np.ndarray, r0: int, c0: int, transform: QtGui.QTransform, origin: QtCore.QPoint
) -> tuple[QtGui.QRegion, np.ndarray] | None:
    """The device pixels of the True cells, and those cells with their eight neighbours.

    A label may reach a pixel or so into its neighbours, whose labels must then be drawn
    again. None if the cells are too scattered to clip to (draw everything instead).
    """
    h, w = changed.shape
    rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
    top, bottom = max(0, int(rows[0]) - 1), min(h, int(rows[-1]) + 2)
    left, right = max(0, int(cols[0]) - 1), min(w, int(cols[-1]) + 2)
    block = changed[top:bottom, left:right]  # a step changes one cell: work on few
    region = cells_region(block, r0 + top, c0 + left, transform, origin)
    if region is None:
        return None
    near = np.zeros_like(changed)
    near[top:bottom, left:right] = grown(block)
    return region, near


def cells_region(
    changed: np.ndarray, r0: int, c0: int, transform: QtGui.QTransform, origin: QtCore.QPoint
) -> QtGui.QRegion | None:
    """Device pixels (relative to ``origin``) of the True cells; None if there are too many.

    Each cell's rectangle is rounded outwards, so it holds its grid lines too: every pixel
    a full draw would give the cell is inside.
    """
    h, w = changed.shape
    xs = transform.m11() * (np.arange(c0, c0 + w + 1) - 0.5) + transform.dx() - origin.x()
    ys = transform.m22() * (np.arange(r0, r0 + h + 1) - 0.5) + transform.dy() - origin.y()
    edges = np.diff(np.pad(changed.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    rows, starts = np.nonzero(edges == 1)
    stops = np.nonzero(edges == -1)[1]  # row-major, so paired with the starts in order
    if len(rows) > _MAX_RUNS:
        return None
    region = QtGui.QRegion()
    for row, a, b in zip(rows.tolist(), starts.tolist(), stops.tolist(), strict=True):
        region = region.united(_outward(xs[a], xs[b], ys[row], ys[row + 1]))
    return region


def _outward(x0: float, x1: float, y0: float, y1: float) -> QtCore.QRect:
    """Integer rectangle holding every pixel touched by ``[x0, x1] × [y0, y1]``, plus one."""
    left, top = math.floor(min(x0, x1)), math.floor(min(y0, y1))
    right, bottom = math.ceil(max(x0, x1)), math.ceil(max(y0, y1))
    return QtCore.QRect(left, top, right - left + 1, bottom - top + 1)


def grown(mask: np.ndarray) -> np.ndarray:
    """``mask`` with every True cell's eight neighbours set too."""
    padded = np.pad(mask, 1)
    h, w = mask.shape
    out = np.zeros_like(mask)
    for dr in range(3):
        for dc in range(3):
            out |= padded[dr : dr + h, dc : dc + w]
    return out


def differs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Where two float arrays of one shape differ, NaN counting as equal to NaN."""
    return (a != b) & ~(np.isnan(a) & np.isnan(b))
