"""Rectangles drawn from a numpy array land on the same pixels as QRect objects would."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from convstudio.views.qt_arrays import draw_rects, first_item, rect_rows


def _pixels(image: QtGui.QImage) -> np.ndarray:
    return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1).copy()


def test_array_rects_paint_the_pixels_of_the_same_qrects(qapp):
    rng = np.random.default_rng(2)
    x, y = rng.integers(0, 60, 40), rng.integers(0, 40, 40)
    w, h = rng.integers(1, 20, 40), rng.integers(1, 12, 40)
    images = []
    for use_array in (True, False):
        image = QtGui.QImage(80, 52, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QtGui.QPainter(image)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor("#336699"))
        if use_array:
            draw_rects(painter, rect_rows(x, y, w, h))
        else:
            painter.drawRects([QtCore.QRect(*map(int, r)) for r in zip(x, y, w, h, strict=True)])
        painter.end()
        images.append(_pixels(image))
    assert (images[0] != 0).sum() > 500  # something was drawn
    np.testing.assert_array_equal(images[0], images[1])


def test_only_contiguous_arrays_are_handed_to_qt():
    rows = np.zeros((4, 8), np.int32)[:, ::2]  # every other column: not contiguous
    with pytest.raises(ValueError, match="contiguous"):
        first_item(rows, QtCore.QRect)
