"""One graphics item that paints what sits on each cell: its number, separators, blanks."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.views.palette import DARK_TEXT_LUMINANCE, luminance

MIN_CELL_PX = 13.5  # below this, numbers are unreadable on a projector and are skipped
MIN_FONT_PX = 6  # a label that only fits at a smaller size is skipped rather than overflowing
MAX_FONT_PX = 72
_DARK_TEXT = QtGui.QColor("#111111")
_LIGHT_TEXT = QtGui.QColor("#ffffff")
_CACHE_LIMIT = 50_000  # bounds the string caches when an image with many values is browsed


def format_number(value: float) -> str:
    """Format a cell value: integers as ``"12"``, others with up to 3 decimals.

    Examples
    --------
    >>> format_number(12.0), format_number(1 / 9), format_number(-1.5), format_number(-0.0001)
    ('12', '0.111', '-1.5', '0')
    """
    if not math.isfinite(value):
        return str(value)
    if value == int(value):
        return str(int(value))
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@dataclass(frozen=True)
class _Layout:
    """Every label in the view: grid cell, device position of the text's top-left, text."""

    rows: np.ndarray
    cols: np.ndarray
    xs: np.ndarray
    ys: np.ndarray
    texts: np.ndarray  # QStaticText objects
    font: QtGui.QFont


class CellLabels(pg.GraphicsObject):
    """Paint every visible cell's number, centred, in one ``paint()`` call.

    Lives in view (grid) coordinates: cell ``(r, c)`` is centred on ``(c, r)``. Only cells
    inside the visible rectangle are laid out, and only those in the exposed rectangle are
    drawn, so a 1024×1024 grid costs no more than what fits on screen.

    Cells not revealed yet are painted blank here too, rather than edited in the image:
    revealing one cell then repaints that cell only, not the whole image and its labels.
    """

    def __init__(self, parent: QtWidgets.QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        # Makes option.exposedRect exact, so a step that dirties one cell redraws one label.
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._values: np.ndarray | None = None
        self._rgba: np.ndarray | None = None  # cell colours, for picking the text colour
        self._lit: np.ndarray | None = None  # cells outside this mask are dimmed below us
        self._dim_factor = 1.0
        self._revealed = 0
        self._text_version = 0  # bumped when the texts change (values, format)
        self._colour_version = 0  # bumped when only the text colours may (palette, dimming)
        self._fmt: Callable[[float], str] = format_number
        self._strings: dict[float, str] = {}
        self._statics: dict[str, tuple[QtGui.QStaticText, float]] = {}
        self._font = QtGui.QFont()
        self._font.setBold(True)
        self._char_ratio = self._measure_char_ratio()
        self._layout_key: tuple | None = None
        self._layout: _Layout | None = None
        self._dark_key: tuple | None = None
        self._dark = np.zeros(0, bool)  # per layout cell: dark text wanted
        self._grid_colour: QtGui.QColor | None = None
        self._blank = QtGui.QColor("lightgrey")

    # ----------------------------------------------------------------- state
    def set_values(self, values: np.ndarray, rgba: np.ndarray) -> None:
        """Show new numbers, all revealed; ``rgba`` is the colour of the cells they sit on."""
        if self._values is None or values.shape != self._values.shape:
            self.prepareGeometryChange()
        self._values = values
        self._rgba = rgba
        self._revealed = values.size
        self._text_version += 1
        self._colour_version += 1
        self.update()

    def set_revealed(self, n: int) -> None:
        """Show only the first ``n`` cells in row-major order; paint the rest blank."""
        old, self._revealed = self._revealed, n
        if self._values is not None and old != n:
            self.update(_cells_rect(min(old, n), max(old, n), self._values.shape[1]))

    def set_dimmed(self, lit: np.ndarray | None, factor: float) -> None:
        """Pick text colours for cells outside ``lit`` darkened by ``factor`` (0..1)."""
        self._lit, self._dim_factor = lit, factor
        self._colour_version += 1
        self.update()

    def set_format(self, fmt: Callable[[float], str]) -> None:
        """Use ``fmt`` to turn values into label text."""
        self._fmt = fmt
        self._strings.clear()
        self._text_version += 1
        self.update()

    def set_colours(self, grid: QtGui.QColor | None, blank: QtGui.QColor) -> None:
        """Draw 1-px cell separators in ``grid`` (None: none) and unrevealed cells ``blank``."""
        self._grid_colour, self._blank = grid, blank
        self.update()

    def numbers_visible(self) -> bool:
        """Whether a paint now would draw numbers (cells large enough, labels fit)."""
        transform = self._device_transform()
        layout = None if transform is None else self._visible_layout(transform)
        return layout is not None

    def _device_transform(self) -> QtGui.QTransform | None:
        # Spelled out: pyqtgraph renamed its no-argument deviceTransform() in 0.14.
        view = self.getViewWidget()
        return None if view is None else self.deviceTransform(view.viewportTransform())

    # --------------------------------------------------------------- painting
    def boundingRect(self) -> QtCore.QRectF:
        if self._values is None:
            return QtCore.QRectF()
        h, w = self._values.shape
        return QtCore.QRectF(-0.5, -0.5, w, h)

    def paint(self, painter: QtGui.QPainter, option, widget=None) -> None:
        if self._values is None:
            return
        transform = painter.transform()
        exposed = option.exposedRect.intersected(self.boundingRect())
        painter.save()
        try:  # an unbalanced save() would crash the view if a user's formatter raised
            # Text is drawn in device pixels: a font scaled by the view transform renders badly.
            self._paint_blanks(painter)
            painter.resetTransform()
            if self._grid_colour is not None:
                self._paint_grid(painter, transform, exposed)
            layout = self._visible_layout(transform)
            if layout is not None:
                self._paint_labels(painter, layout, exposed)
        finally:
            painter.restore()

    def _paint_blanks(self, painter: QtGui.QPainter) -> None:
        h, w = self._values.shape
        if self._revealed < h * w:
            row, col = divmod(self._revealed, w)
            painter.fillRect(QtCore.QRectF(col - 0.5, row - 0.5, w - col, 1), self._blank)
            painter.fillRect(QtCore.QRectF(-0.5, row + 0.5, w, h - row - 1), self._blank)

    def _paint_grid(
        self, painter: QtGui.QPainter, transform: QtGui.QTransform, rect: QtCore.QRectF
    ) -> None:
        if math.hypot(transform.m11(), transform.m12()) < 6:
            return  # separators would swallow the cells
        h, w = self._values.shape
        r0, r1, c0, c1 = _cell_range(rect, h, w)
        xs = np.round(transform.m11() * (np.arange(c0, c1 + 1) - 0.5) + transform.dx())
        ys = np.round(transform.m22() * (np.arange(r0, r1 + 1) - 0.5) + transform.dy())
        left, right, top, bottom = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
        # 1-px filled rectangles: several times faster than stroking the same lines.
        rects = [QtCore.QRect(x, top, 1, bottom - top) for x in xs.astype(int).tolist()]
        rects += [QtCore.QRect(left, y, right - left, 1) for y in ys.astype(int).tolist()]
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(self._grid_colour)
        painter.drawRects(rects)

    def _paint_labels(self, painter: QtGui.QPainter, layout: _Layout, rect: QtCore.QRectF) -> None:
        h, w = self._values.shape
        r0, r1, c0, c1 = _cell_range(rect, h, w)
        rows, cols = layout.rows, layout.cols
        keep = (rows >= r0) & (rows < r1) & (cols >= c0) & (cols < c1)
        keep &= rows * w + cols < self._revealed
        painter.setFont(layout.font)
        for dark, colour in ((True, _DARK_TEXT), (False, _LIGHT_TEXT)):
            chosen = keep & (self._dark == dark)
            painter.setPen(colour)
            xs, ys = layout.xs[chosen].tolist(), layout.ys[chosen].tolist()
            # map() keeps the per-label loop in C: 64×64 cells means ~4000 labels a paint.
            deque(map(painter.drawStaticText, xs, ys, layout.texts[chosen].tolist()), maxlen=0)

    # ----------------------------------------------------------------- layout
    def _visible_layout(self, transform: QtGui.QTransform) -> _Layout | None:
        """Positions and texts of all labels in the view, cached until data or view change."""
        cell = math.hypot(transform.m11(), transform.m12())
        if self._values is None or cell < MIN_CELL_PX:
            return None
        h, w = self._values.shape
        view = self.viewRect()
        rng = _cell_range(view, h, w) if view is not None else (0, h, 0, w)
        t = transform
        key = (self._text_version, t.m11(), t.m22(), t.dx(), t.dy(), rng)
        if key != self._layout_key:
            self._layout = self._build_layout(transform, cell, *rng)
            self._layout_key = key
        # Text colours alone change on every hover (dimming): no need to lay out again.
        if self._layout is not None and self._dark_key != (key, self._colour_version):
            self._dark = (self._luminance(*rng) > DARK_TEXT_LUMINANCE).ravel()
            self._dark_key = (key, self._colour_version)
        return self._layout

    def _build_layout(
        self, transform: QtGui.QTransform, cell: float, r0: int, r1: int, c0: int, c1: int
    ) -> _Layout | None:
        block = self._values[r0:r1, c0:c1]
        if block.size == 0:
            return None
        unique, inverse = np.unique(block, return_inverse=True)
        texts = [self._text(v) for v in unique.tolist()]
        longest = max(len(t) for t in texts)
        if longest == 0:
            return None
        px = int(min(0.5 * cell, MAX_FONT_PX, 0.9 * cell / (longest * self._char_ratio)))
        if px < MIN_FONT_PX:
            return None
        font = self._statics_font(px)
        metrics = QtGui.QFontMetricsF(font)
        statics = [self._static(t, font) for t in texts]
        half_w = np.array([s[1] for s in statics]) / 2
        objs = np.empty(len(statics), dtype=object)
        objs[:] = [s[0] for s in statics]
        rows, cols = np.indices(block.shape)
        rows, cols = (rows + r0).ravel(), (cols + c0).ravel()
        inverse = inverse.ravel()
        # Centre the digits (cap height), not the full line box, on the cell centre.
        y_off = metrics.capHeight() / 2 - metrics.ascent()
        xs = transform.m11() * cols + transform.dx() - half_w[inverse]
        ys = transform.m22() * rows + transform.dy() + y_off
        return _Layout(
            rows=rows,
            cols=cols,
            xs=np.round(xs).astype(int),
            ys=np.round(ys).astype(int),
            texts=objs[inverse],
            font=font,
        )

    def _luminance(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        """Luminance of the cells as seen, dimmed ones included, so every label contrasts."""
        lum = luminance(self._rgba[r0:r1, c0:c1])
        if self._lit is None:
            return lum
        dimmed = luminance((self._rgba[r0:r1, c0:c1] * self._dim_factor).astype(np.uint8))
        return np.where(self._lit[r0:r1, c0:c1], lum, dimmed)

    def _text(self, value: float) -> str:
        text = self._strings.get(value)
        if text is None:
            if len(self._strings) > _CACHE_LIMIT:
                self._strings.clear()
            text = self._strings[value] = self._fmt(value)
        return text

    def _statics_font(self, px: int) -> QtGui.QFont:
        if self._font.pixelSize() != px:
            # QStaticText re-lays itself out when the font changes: drop the stale widths.
            self._statics.clear()
            self._font = QtGui.QFont(self._font)
            self._font.setPixelSize(px)
        return self._font

    def _static(self, text: str, font: QtGui.QFont) -> tuple[QtGui.QStaticText, float]:
        entry = self._statics.get(text)
        if entry is None:
            if len(self._statics) > _CACHE_LIMIT:
                self._statics.clear()
            static = QtGui.QStaticText(text)
            static.prepare(QtGui.QTransform(), font)
            entry = self._statics[text] = (static, static.size().width())
        return entry

    def _measure_char_ratio(self) -> float:
        """Widest digit's advance per pixel of font size, to fit labels before laying out."""
        font = QtGui.QFont(self._font)
        font.setPixelSize(100)
        metrics = QtGui.QFontMetricsF(font)
        return max(metrics.horizontalAdvance(ch) for ch in "0123456789-.") / 100


def _cells_rect(start: int, stop: int, width: int) -> QtCore.QRectF:
    """Grid-coordinate rectangle holding the cells ``start:stop`` (row-major, ``width`` wide)."""
    (r0, c0), (r1, c1) = divmod(start, width), divmod(stop - 1, width)
    if r0 == r1:
        return QtCore.QRectF(c0 - 0.5, r0 - 0.5, c1 - c0 + 1, 1)
    return QtCore.QRectF(-0.5, r0 - 0.5, width, r1 - r0 + 1)


def _cell_range(rect: QtCore.QRectF, h: int, w: int) -> tuple[int, int, int, int]:
    """Rows ``r0:r1`` and columns ``c0:c1`` of the cells touching ``rect`` (grid coords)."""
    r0 = max(0, math.floor(rect.top() + 0.5))
    r1 = min(h, math.ceil(rect.bottom() + 0.5))
    c0 = max(0, math.floor(rect.left() + 0.5))
    c1 = min(w, math.ceil(rect.right() + 0.5))
    return r0, max(r0, r1), c0, max(c0, c1)
