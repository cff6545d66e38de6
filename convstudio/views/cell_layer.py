"""One graphics item that paints the cells: colours, dimming, blanks, separators, numbers."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.views.cell_cache import CellCache, Plan, block_rect, differs, stale_blocks
from convstudio.views.cell_geometry import (
    cell_range,
    cells_rect,
    extent,
    lattice,
    paint_separators,
    snapped,
)
from convstudio.views.cell_labels import LabelLayout, Labeller
from convstudio.views.palette import DARK_TEXT_LUMINANCE, luminance

_HIDDEN = np.uint64(1 << 34)  # the look of every cell not revealed yet: plain blank
_SMALL_SHARE = 8  # an exposed area under 1/8 of the visible cells is drawn, not copied
_DIFF_CELLS = 128 * 128  # larger grids (images) are redrawn whole, not compared per cell


class CellLayer(pg.GraphicsObject):
    """Paint every cell of a grid from one cached picture at device resolution.

    Lives in view (grid) coordinates: cell ``(r, c)`` is centred on ``(c, r)``. Drawing
    thousands of numbers costs milliseconds, so the visible cells are drawn once into an
    image and a repaint copies it. When the cells change, only those whose value,
    colour, dimming or revealed state differ from what the image shows are drawn again:
    a control that leaves the input alone, or a playback step, redraws few cells or none.
    A new zoom, size, font or colour scheme redraws the whole image.

    Cells not revealed yet are painted blank, so revealing one dirties that cell only.
    """

    def __init__(self, parent: QtWidgets.QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        # Makes option.exposedRect exact, so a step that dirties one cell copies one cell.
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._values: np.ndarray | None = None
        self._rgba = np.zeros((0, 0, 4), np.uint8)  # cell colours, kept alive for _colours
        self._colours = QtGui.QImage()
        self._lit: np.ndarray | None = None  # cells outside this mask are dimmed
        self._dim = QtGui.QImage()
        self._dim_alpha = 0
        self._revealed = 0
        self._index = np.zeros((0, 0), int)
        self._text_version = 0  # bumped when the values change: labels laid out again
        self._style_version = 0  # bumped when every cell may look different (format, colours)
        self._colour_version = 0  # bumped when cell colours or dimming change
        self._state = 0  # bumped by every change: an unchanged layer skips comparing cells
        self._dark_key: tuple | None = None
        self._dark_cells = np.zeros(0, bool)
        self._labeller = Labeller()
        self._cache = CellCache()
        self._grid_colour: QtGui.QColor | None = None
        self._blank = QtGui.QColor("lightgrey")

    # ----------------------------------------------------------------- state
    def set_cells(self, values: np.ndarray, rgba: np.ndarray, revealed: int) -> None:
        """Show ``values`` on cells coloured ``rgba``, the first ``revealed`` of them.

        Only the revealed cells that look different are repainted: values and colours
        equal to those shown, or changed only where cells are still blank, cost no paint.
        Images (over 128×128 cells) are not compared, only repainted.
        """
        reshaped = self._values is None or np.shape(values) != self._values.shape
        if reshaped or np.size(values) > _DIFF_CELLS:
            self._replace(np.asarray(values, dtype=float), rgba, reshaped)
        else:
            # Copies: they are compared with the next values, and a caller may reuse arrays.
            values, rgba = np.array(values, dtype=float), np.array(rgba, dtype=np.uint8)
            new_values = differs(values, self._values)
            changed = new_values | np.any(rgba != self._rgba, axis=2)
            if changed.any():
                font = self._font_px()
                if new_values.any():
                    self._values = values
                    self._text_version += 1
                self._rgba, self._colours = _qimage(rgba)
                self._colour_version += 1
                # Cells blank before and after need no paint; set_revealed paints the rest.
                changed.ravel()[min(self._revealed, revealed) :] = False
                self._update_cells(changed, whole=self._font_px() != font)
        self.set_revealed(revealed)

    def _replace(self, values: np.ndarray, rgba: np.ndarray, reshaped: bool) -> None:
        """Take new cells wholesale: a new shape, or an image too big to compare."""
        if reshaped:
            self.prepareGeometryChange()
            self._lit, self._dim = None, QtGui.QImage()
            self._index = np.arange(values.size).reshape(values.shape)  # row-major order
        if values.size <= _DIFF_CELLS:  # compared with the next ones: copies
            values, rgba = values.copy(), np.array(rgba, dtype=np.uint8)
        self._values = values
        self._rgba, self._colours = _qimage(rgba)
        self._text_version += 1
        self._colour_version += 1
        self._update_cells(None, whole=True)

    def set_revealed(self, n: int) -> None:
        """Show only the first ``n`` cells in row-major order; paint the rest blank."""
        old, self._revealed = self._revealed, n
        if self._values is not None and old != n:
            self._state += 1
            self.update(cells_rect(min(old, n), max(old, n), self._values.shape[1]))

    def set_dimmed(self, lit: np.ndarray | None, alpha: int) -> None:
        """Darken the cells outside ``lit`` by black of opacity ``alpha`` (0..255)."""
        if lit is None and self._lit is None:
            return
        lit = None if lit is None else np.array(lit, dtype=bool)  # a copy, as in set_cells
        # A hover moving to the next cell changes few cells: repaint only those.
        whole = lit is None or self._lit is None or alpha != self._dim_alpha
        changed = None if whole else lit != self._lit
        self._lit, self._dim_alpha = lit, alpha
        if lit is not None:
            # Premultiplied black of opacity alpha is (0, 0, 0, alpha) in memory, and the
            # premultiplied format is the one Qt blends without converting each pixel.
            shade = np.zeros((*lit.shape, 4), np.uint8)
            shade[..., 3] = np.where(lit, 0, alpha)
            self._dim = _qimage(shade, QtGui.QImage.Format.Format_ARGB32_Premultiplied)[1]
        self._colour_version += 1
        self._update_cells(changed, whole=whole)

    def set_format(self, fmt: Callable[[float], str]) -> None:
        """Use ``fmt`` to turn values into label text."""
        self._labeller.set_format(fmt)
        self._text_version += 1
        self._style_version += 1
        self._update_cells(None, whole=True)

    def set_colours(self, grid: QtGui.QColor | None, blank: QtGui.QColor) -> None:
        """Draw 1-px cell separators in ``grid`` (None: none) and unrevealed cells ``blank``."""
        self._grid_colour, self._blank = grid, blank
        self._style_version += 1
        self._update_cells(None, whole=True)

    def opaque_scene_rect(self) -> QtCore.QRectF | None:
        """The scene rectangle this layer paints with opaque pixels; None if not sure.

        Its view then skips the background under it. Only grids of numbers whose
        colours are all opaque (the RGB32 image) qualify; images are not checked.
        """
        if self._values is None or not self.isVisible() or self.effectiveOpacity() < 1:
            return None
        if self._colours.format() != QtGui.QImage.Format.Format_RGB32:
            return None
        if self._revealed < self._values.size and self._blank.alpha() < 255:
            return None
        return self.mapRectToScene(self.boundingRect())

    def numbers_visible(self) -> bool:
        """Whether a paint now would draw numbers (cells large enough, labels fit)."""
        return self._font_px() is not None

    def _font_px(self) -> int | None:
        """The label font size a paint in the view would use now; None: no numbers."""
        view = self.getViewWidget()
        if view is None or self._values is None:
            return None
        transform = snapped(self.deviceTransform(view.viewportTransform()))  # as painted
        layout = self._layout(transform, self._visible_cells())
        return None if layout is None else layout.font.pixelSize()

    def _update_cells(self, changed: np.ndarray | None, whole: bool) -> None:
        """Schedule a repaint of the True cells of ``changed`` (all of them if ``whole``)."""
        self._state += 1
        if whole:
            self.update()
        elif changed.any():
            r0, r1, c0, c1 = extent(changed, (0, changed.shape[0], 0, changed.shape[1]))
            self.update(QtCore.QRectF(c0 - 0.5, r0 - 0.5, c1 - c0, r1 - r0))

    # --------------------------------------------------------------- painting
    def boundingRect(self) -> QtCore.QRectF:
        if self._values is None:
            return QtCore.QRectF()
        h, w = self._values.shape
        return QtCore.QRectF(-0.5, -0.5, w, h)

    def paint(self, painter: QtGui.QPainter, option, widget=None) -> None:
        if self._values is None:
            return
        painter.save()
        try:  # an unbalanced save() would crash the view if a user's formatter raised
            if widget is None:  # a scene rendered elsewhere (a file): no view to cache for
                self._draw(painter, painter.transform(), QtCore.QPoint(), self._visible_cells())
            else:
                self._paint_view(painter, option.exposedRect, widget.rect())
        finally:
            painter.restore()

    def _paint_view(
        self, painter: QtGui.QPainter, exposed: QtCore.QRectF, viewport: QtCore.QRect
    ) -> None:
        transform = snapped(painter.transform())
        rng = self._visible_cells()
        r0, r1, c0, c1 = rng
        cells = QtCore.QRectF(c0 - 0.5, r0 - 0.5, c1 - c0, r1 - r0)
        rect = transform.mapRect(cells).toAlignedRect().intersected(viewport)
        target = transform.mapRect(exposed).toAlignedRect().intersected(rect)
        if target.isEmpty():
            return
        layout = self._layout(transform, rng)
        # A step or a moved outline exposes a few cells, and cells without numbers are
        # one image: drawing them straight away is cheapest.
        small = target.width() * target.height() * _SMALL_SHARE < rect.width() * rect.height()
        plan = Plan.DIRECT
        if layout is not None and not small:
            key, offset = lattice(transform)
            key += (self._style_version, self._dim_alpha, layout.font.pixelSize())
            dpr = painter.device().devicePixelRatioF()
            looks = lambda: self._looks(*rng)  # noqa: E731 - only called if needed
            origin = (rng[0] + offset[0], rng[2] + offset[1])
            # The picture covers the whole viewport, so it stays put when the grid grows
            # or shrinks by a row or column of padding around cells that keep their pixels.
            plan, changed = self._cache.plan(key, viewport, dpr, self._state, looks, origin)
        if plan is Plan.DIRECT:
            self._draw(painter, transform, QtCore.QPoint(), rng, _within(exposed, rng, small))
            return
        if plan is Plan.FULL or changed.any():
            self._refresh_cache(painter.renderHints(), transform, rng, changed)
        painter.resetTransform()
        self._cache.copy_to(painter, target)

    def _refresh_cache(
        self,
        hints: QtGui.QPainter.RenderHint,
        transform: QtGui.QTransform,
        rng: tuple[int, int, int, int],
        changed: np.ndarray | None,
    ) -> None:
        """Draw the ``changed`` cells of ``rng`` into the cached picture (None: all)."""
        origin = self._cache.origin
        blocks = None if changed is None else stale_blocks(changed)
        if blocks is None:
            self._cache.clear()
        cache = QtGui.QPainter(self._cache.image)
        try:
            cache.setRenderHints(hints)
            if blocks is None:
                self._draw(cache, transform, origin, rng)
            for r0, r1, c0, c1 in blocks or ():
                cells = (rng[0] + r0, rng[0] + r1, rng[2] + c0, rng[2] + c1)
                _clear(cache, block_rect(cells, transform, origin))
                # A label may reach a pixel or so into a neighbour: draw theirs again too.
                near = np.zeros(changed.shape, bool)
                near[max(0, r0 - 1) : r1 + 1, max(0, c0 - 1) : c1 + 1] = True
                self._draw(cache, transform, origin, rng, near)
        except BaseException:
            self._cache.forget()
            raise
        finally:
            cache.end()

    def _draw(
        self,
        painter: QtGui.QPainter,
        transform: QtGui.QTransform,
        origin: QtCore.QPoint,
        rng: tuple[int, int, int, int],
        labelled: np.ndarray | None = None,
    ) -> None:
        """Draw the cells of ``rng`` with ``origin`` at the top-left of ``painter``'s device.

        Labels and separators are drawn only around ``labelled`` (a bool block over
        ``rng``) if given: the painter is clipped to those cells.
        """
        shift = QtGui.QTransform.fromTranslate(-origin.x(), -origin.y())
        w = self._values.shape[1]
        cells = extent(labelled, rng)
        painter.setTransform(transform * shift)
        self._paint_colours(painter, cells)
        self._paint_blanks(painter)
        # Text and separators in device pixels: a font scaled by the view renders badly.
        painter.setTransform(shift)
        if self._grid_colour is not None:
            paint_separators(painter, transform, cells, self._grid_colour)
        layout = self._layout(transform, rng)
        if layout is not None:
            keep = layout.rows * w + layout.cols < self._revealed
            if labelled is not None:
                keep &= labelled.ravel()
            self._labeller.draw(painter, layout, keep, self._dark(rng))

    def _paint_colours(self, painter: QtGui.QPainter, cells: tuple[int, int, int, int]) -> None:
        """Colour (and dim) the cells ``r0:r1, c0:c1`` that hold a revealed cell's row.

        A changed padding ring is redrawn as four thin blocks, each under its own clip:
        scaling only a block's rows and columns is cheaper than the whole image.
        """
        w = self._values.shape[1]
        r0, r1, c0, c1 = cells
        r1 = min(r1, -(-self._revealed // w))  # rows holding a revealed cell: the rest is blank
        if r1 > r0 and c1 > c0:
            target = QtCore.QRectF(c0 - 0.5, r0 - 0.5, c1 - c0, r1 - r0)
            source = QtCore.QRectF(c0, r0, c1 - c0, r1 - r0)
            painter.drawImage(target, self._colours, source)
            if self._lit is not None:
                painter.drawImage(target, self._dim, source)

    def _paint_blanks(self, painter: QtGui.QPainter) -> None:
        h, w = self._values.shape
        if self._revealed < h * w:
            row, col = divmod(self._revealed, w)
            painter.fillRect(QtCore.QRectF(col - 0.5, row - 0.5, w - col, 1), self._blank)
            painter.fillRect(QtCore.QRectF(-0.5, row + 0.5, w, h - row - 1), self._blank)

    # ------------------------------------------------------------ cell state
    def _visible_cells(self) -> tuple[int, int, int, int]:
        h, w = self._values.shape
        view = self.viewRect()
        return cell_range(view, h, w) if view is not None else (0, h, 0, w)

    def _layout(
        self, transform: QtGui.QTransform, rng: tuple[int, int, int, int]
    ) -> LabelLayout | None:
        r0, r1, c0, c1 = rng
        block = self._values[r0:r1, c0:c1]
        return self._labeller.layout(block, transform, r0, c0, self._text_version)

    def _looks(self, r0: int, r1: int, c0: int, c1: int) -> tuple[np.ndarray, np.ndarray]:
        """Per cell of the block: the value, and colour, dimming and shown in one number.

        Cells not revealed yet all look alike (blank), whatever their value or colour.
        """
        shown = self._index[r0:r1, c0:c1] < self._revealed
        looks = self._rgba[r0:r1, c0:c1].view(np.uint32)[..., 0].astype(np.uint64)
        if self._lit is not None:
            looks |= (~self._lit[r0:r1, c0:c1]).astype(np.uint64) << np.uint64(32)
        looks = np.where(shown, looks, _HIDDEN)
        return np.where(shown, self._values[r0:r1, c0:c1], 0.0), looks

    def _dark(self, rng: tuple[int, int, int, int]) -> np.ndarray:
        """Per cell of the block, flat: whether dark text contrasts with the cell as seen."""
        if self._dark_key != (self._colour_version, rng):
            self._dark_cells = self._contrast(*rng)
            self._dark_key = (self._colour_version, rng)
        return self._dark_cells

    def _contrast(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        rgba = self._rgba[r0:r1, c0:c1]
        lum = luminance(rgba)
        if self._lit is not None:
            dimmed = luminance((rgba * (1 - self._dim_alpha / 255)).astype(np.uint8))
            lum = np.where(self._lit[r0:r1, c0:c1], lum, dimmed)
        return (lum > DARK_TEXT_LUMINANCE).ravel()


def _qimage(
    rgba: np.ndarray, fmt: QtGui.QImage.Format = QtGui.QImage.Format.Format_RGBA8888
) -> tuple[np.ndarray, QtGui.QImage]:
    """``rgba`` as a contiguous array, and a QImage of it.

    An opaque grid of numbers (at most _DIFF_CELLS cells) becomes an RGB32 copy: Qt
    scales that format to the screen ~1.6× faster than RGBA, which it converts pixel
    by pixel (~0.5 ms a 64×64 grid at 4K). Larger grids (images) share ``rgba``'s
    memory instead, as swapping their bytes would cost more than it saves.
    Keep ``rgba`` alive as long as the image.
    """
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    h, w = rgba.shape[:2]
    small = fmt == QtGui.QImage.Format.Format_RGBA8888 and h * w <= _DIFF_CELLS
    if small and (rgba[..., 3] == 255).all():
        bgra = np.ascontiguousarray(rgba[..., [2, 1, 0, 3]])  # RGB32 is 0xffRRGGBB
        image = QtGui.QImage(bgra.data, w, h, 4 * w, QtGui.QImage.Format.Format_RGB32)
        return rgba, image.copy()  # owns its pixels: bgra may go
    return rgba, QtGui.QImage(rgba.data, w, h, 4 * w, fmt)


def _within(
    exposed: QtCore.QRectF, rng: tuple[int, int, int, int], small: bool
) -> np.ndarray | None:
    """The cells of ``rng`` touching ``exposed`` as a bool block, None if not ``small``."""
    if not small:
        return None
    r0, r1, c0, c1 = rng
    e0, e1, f0, f1 = cell_range(exposed, r1, c1)
    mask = np.zeros((r1 - r0, c1 - c0), bool)
    mask[max(e0, r0) - r0 : e1 - r0, max(f0, c0) - c0 : f1 - c0] = True
    return mask if mask.any() else None


def _clear(painter: QtGui.QPainter, rect: QtCore.QRect) -> None:
    """Make ``rect`` transparent and clip ``painter`` to it.

    A rectangular clip keeps Qt's fast paths, which a region of many cells loses.
    """
    painter.resetTransform()  # rect is in the device's pixels
    painter.setClipRect(rect)
    painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_Source)
    painter.fillRect(rect, QtCore.Qt.GlobalColor.transparent)
    painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_SourceOver)
