"""The graphics view under a grid: paints its background only where the cells do not."""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets


class CellCanvas(pg.GraphicsView):
    """A pyqtgraph GraphicsView that leaves the background under opaque cells unfilled.

    QGraphicsView fills the whole exposed area with the background and then the cells
    cover most of it again: at 4K that fill is ~2.4 million pixels a grid, the largest
    single cost of a repaint after the cells themselves (profiled: ~14 % of a stride
    change went to filling this grey). ``covered()`` gives the scene rectangle that
    items are sure to paint opaquely (None: nothing is), and only the rest is filled.
    """

    def __init__(self, background: QtGui.QColor) -> None:
        super().__init__(background=background)
        self._covered: Callable[[], QtCore.QRectF | None] = lambda: None
        # The view paints every pixel itself (see drawBackground): Qt need not clear the
        # viewport first, and a solid fill is cheaper than a cached background pixmap.
        self.setCacheMode(QtWidgets.QGraphicsView.CacheModeFlag.CacheNone)
        self.viewport().setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_covered(self, covered: Callable[[], QtCore.QRectF | None]) -> None:
        """Use ``covered()`` to learn which scene rectangle is painted opaquely."""
        self._covered = covered

    def drawBackground(self, painter: QtGui.QPainter, rect: QtCore.QRectF) -> None:
        covered = self._covered()
        if covered is None:
            super().drawBackground(painter, rect)
            return
        # Children of the view box are clipped to it: nothing is painted outside it.
        covered = covered.intersected(self.centralWidget.sceneBoundingRect())
        to_device = painter.transform()
        exposed = to_device.mapRect(rect).toAlignedRect()
        inner = _inner_pixels(to_device.mapRect(covered))
        painter.save()
        try:
            painter.resetTransform()
            brush = self.backgroundBrush()
            for part in QtGui.QRegion(exposed).subtracted(QtGui.QRegion(inner)):
                painter.fillRect(part, brush)
        finally:
            painter.restore()


def _inner_pixels(rect: QtCore.QRectF) -> QtCore.QRect:
    """The whole pixels inside ``rect``, less one on each side.

    The spare pixel keeps edges right on screens where a pixel of the view is a
    fraction of a device pixel (scaling 125 %, 150 %): the background is filled up
    to a pixel that the cells then paint over.
    """
    left, top = math.ceil(rect.left()) + 1, math.ceil(rect.top()) + 1
    right, bottom = math.floor(rect.right()) - 1, math.floor(rect.bottom()) - 1
    if right <= left or bottom <= top:
        return QtCore.QRect()
    return QtCore.QRect(left, top, right - left, bottom - top)
