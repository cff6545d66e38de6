"""Cell numbers copied from one picture of each distinct text: one Qt call for all labels.

Drawing a label is one ``drawStaticText`` call, ~0.6 µs with its Python overhead:
4,000 labels cost ~2.5 ms a grid at 4K. A 64×64 grid of small integers has a few
dozen distinct texts, though. Each is drawn once, in dark and in light, into an atlas
pixmap, and every label becomes a row of a numpy array handed to
``QPainter.drawPixmapFragments`` at once: ~1.5 ms with its set-up.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np
from PySide6 import QtCore, QtGui

from convstudio.views.qt_arrays import first_item

_MARGIN = 2  # transparent pixels around each text: anti-aliased edges stay inside its slot
_ATLAS_WIDTH = 1024  # slots are packed into rows this wide (logical pixels)
# QPainter.PixmapFragment is ten doubles: x, y (target centre), source left, top, width,
# height (device pixels), scale x, y, rotation, opacity.
_FIELDS = 10


class LabelAtlas:
    """Every distinct label text of one font, rendered once in a dark and a light colour.

    ``strings`` are the texts, ``texts`` the same prepared, ``widths`` their widths in
    pixels. :attr:`slots` says where each string is, so a later grid showing the same
    strings in another order reuses the atlas. It is drawn at ``dpr`` so labels stay
    sharp on high-density screens.
    """

    def __init__(
        self,
        strings: list[str],
        texts: list[QtGui.QStaticText],
        widths: np.ndarray,
        font: QtGui.QFont,
        colours: tuple[QtGui.QColor, QtGui.QColor],
        dpr: float,
        hints: QtGui.QPainter.RenderHint,
    ) -> None:
        self.dpr = dpr
        self.slots = {text: i for i, text in enumerate(strings)}
        height = max((t.size().height() for t in texts), default=0.0)
        self._h = math.ceil(height) + 2 * _MARGIN
        self._w = np.ceil(widths) + 2 * _MARGIN
        lefts, tops, width = _pack(self._w, self._h)
        self._left, self._top = lefts, tops
        block = (int(tops.max()) + self._h) if len(texts) else self._h
        self._block = block  # light copies sit this far below the dark ones
        image = QtGui.QImage(
            max(1, math.ceil(width * dpr)),
            max(1, math.ceil(2 * block * dpr)),
            QtGui.QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(0)
        painter = QtGui.QPainter(image)
        try:
            painter.setRenderHints(hints)
            painter.scale(dpr, dpr)
            painter.setFont(font)
            xs = (lefts + _MARGIN).astype(int).tolist()
            for colour, shift in zip(colours, (0, block), strict=True):
                painter.setPen(colour)
                ys = (tops + _MARGIN + shift).astype(int).tolist()
                deque(map(painter.drawStaticText, xs, ys, texts), maxlen=0)
        finally:
            painter.end()
        self.pixmap = QtGui.QPixmap.fromImage(image)
        self._fragments = np.empty((0, _FIELDS))

    def draw(
        self,
        painter: QtGui.QPainter,
        xs: np.ndarray,
        ys: np.ndarray,
        index: np.ndarray,
        dark: np.ndarray,
    ) -> None:
        """Draw slot ``index[i]`` with its top-left at ``(xs[i], ys[i])``, dark where ``dark``."""
        n = len(index)
        if n == 0:
            return
        if len(self._fragments) < n:
            self._fragments = np.empty((n, _FIELDS))
        f = self._fragments[:n]
        w = self._w[index]
        f[:, 0] = xs - _MARGIN + w / 2
        f[:, 1] = ys - _MARGIN + self._h / 2
        f[:, 2] = self._left[index] * self.dpr
        f[:, 3] = (self._top[index] + np.where(dark, 0, self._block)) * self.dpr
        f[:, 4] = w * self.dpr
        f[:, 5] = self._h * self.dpr
        f[:, 6:8] = 1 / self.dpr
        f[:, 8] = 0.0
        f[:, 9] = 1.0
        first = first_item(f, QtGui.QPainter.PixmapFragment)
        painter.drawPixmapFragments(first, n, self.pixmap)

    def size(self) -> QtCore.QSize:
        """The atlas pixmap's size in device pixels."""
        return self.pixmap.size()


def _pack(widths: np.ndarray, height: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Left and top of each slot, packed into rows of at most _ATLAS_WIDTH; and the width."""
    width = max(_ATLAS_WIDTH, int(widths.max(initial=0)))
    lefts, tops = np.zeros(len(widths)), np.zeros(len(widths))
    x = y = 0
    for i, w in enumerate(widths.tolist()):
        if x + w > width:
            x, y = 0, y + height
        lefts[i], tops[i] = x, y
        x += w
    return lefts, tops, width
