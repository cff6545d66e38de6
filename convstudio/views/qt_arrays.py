"""numpy arrays handed to QPainter's "draw many" calls without a Python object per item.

QPainter draws n rectangles or pixmap fragments in one C++ call given a pointer to
the first and a count. PySide takes such a pointer as a wrapped instance of the
first item (pyqtgraph's scatter plots do the same); building a list of QRect or
PixmapFragment objects instead costs ~0.5 µs each, more than drawing them.
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6 import QtCore


def first_item(array: np.ndarray, kind: type):
    """A ``kind`` wrapping the first row of C-contiguous ``array``, for ``draw…(first, n)``.

    The caller keeps ``array`` alive during the call; Qt keeps no pointer after it.
    """
    if not array.flags.c_contiguous:
        raise ValueError("the array must be C-contiguous")
    return shiboken6.wrapInstance(array.ctypes.data, kind)


def rect_rows(x: np.ndarray, y: np.ndarray, w: np.ndarray, h: np.ndarray) -> np.ndarray:
    """QRect memory for rectangles ``(x, y, w, h)``: int32 rows of x1, y1, x2, y2 (inclusive)."""
    rows = np.empty((len(x), 4), np.int32)
    rows[:, 0], rows[:, 1] = x, y
    rows[:, 2], rows[:, 3] = x + w - 1, y + h - 1
    return rows


def draw_rects(painter, rows: np.ndarray) -> None:
    """Fill the rectangles ``rows`` (see :func:`rect_rows`) with the painter's brush and pen."""
    if len(rows):
        painter.drawRects(first_item(rows, QtCore.QRect), len(rows))
