"""GridView: one grid of numbers as coloured cells, with the overlays of a convolution step."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.views.canvas import CellCanvas
from convstudio.views.cell_layer import CellLayer
from convstudio.views.grid_fit import FIT_MARGIN_PX, fit_view_rect
from convstudio.views.palette import PALETTES, colorize

IMAGE_MODE_CELLS = 128  # larger grids are an image: pan/zoom on, numbers only when zoomed in
_TAP_INSET = 0.07  # gap between neighbouring tap squares so each tap reads as its own box
_DIM_ALPHA = 150  # how far the cells outside a highlight are darkened
_HALO = QtGui.QColor(0, 0, 0, 200)


def _pen(colour: QtGui.QColor, width: float, style=QtCore.Qt.PenStyle.SolidLine) -> QtGui.QPen:
    pen = QtGui.QPen(colour, width, style)
    pen.setCosmetic(True)  # pixel widths: outlines look the same at every zoom
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
    return pen


class _Outline(pg.GraphicsObject):
    """Rectangles stroked twice, a dark halo under a coloured pen, to show on any cell colour.

    One item draws many rectangles (all kernel taps): per-item overhead in a scene
    costs more than the strokes themselves.
    """

    def __init__(self, width: float, parent=None, style=QtCore.Qt.PenStyle.SolidLine) -> None:
        super().__init__(parent)
        self._rects: list[QtCore.QRectF] = []
        self._bounds = QtCore.QRectF()
        self._width, self._style = width, style
        self._margin = 0.5
        self.set_colours(QtGui.QColor("white"))

    def set_colours(self, colour: QtGui.QColor, halo: QtGui.QColor = _HALO) -> None:
        self._pen = _pen(colour, self._width, self._style)
        self._halo = _pen(halo, self._width + 2)
        self.update()

    def set_rects(self, rects: list[QtCore.QRectF]) -> None:
        self.prepareGeometryChange()
        self._rects = rects
        self._bounds = QtCore.QRectF()
        for rect in rects:
            self._bounds |= rect

    def rects(self) -> list[QtCore.QRectF]:
        return list(self._rects)

    def viewTransformChanged(self) -> None:
        # Cosmetic pens are in pixels: the bounds grow by the halo's half width in grid
        # units, which changes with zoom. Computed here, not in the often-called boundingRect.
        self.prepareGeometryChange()
        self._margin = (self._width / 2 + 2) * (self.pixelLength(pg.Point(1, 0)) or 1.0)

    def boundingRect(self) -> QtCore.QRectF:
        m = self._margin
        return self._bounds.adjusted(-m, -m, m, m)

    def paint(self, painter: QtGui.QPainter, option, widget=None) -> None:
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        for pen in (self._halo, self._pen):
            painter.setPen(pen)
            painter.drawRects(self._rects)


class GridView(QtWidgets.QWidget):
    """One 2-D grid of numbers shown as coloured cells, with the overlays of one step.

    The view only draws what it is given: values, colour levels, the padding mask and
    the positions of overlays. Cell ``(r, c)`` is centred on view coordinates ``(c, r)``,
    row 0 at the top.
    """

    cell_hovered = QtCore.Signal(int, int)  # (-1, -1) when the mouse leaves the grid
    cell_clicked = QtCore.Signal(int, int)

    def __init__(self, title: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QtWidgets.QLabel(alignment=QtCore.Qt.AlignmentFlag.AlignCenter)
        self._scale_title_font()
        # Long titles ("Input 1024×1024 → padded 1030×1030") wrap instead of widening the
        # grid or running into the neighbouring grid's title.
        self._title.setWordWrap(True)
        self._title.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
        )
        background = self.palette().color(QtGui.QPalette.ColorRole.Window)
        self._canvas = CellCanvas(background)
        self._vb = pg.ViewBox(lockAspect=True, invertY=True, enableMenu=False)
        self._canvas.setCentralItem(self._vb)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._canvas, 1)
        self.set_title(title)
        self._build_items(background)
        self._canvas.set_covered(self._cells.opaque_scene_rect)
        self._values: np.ndarray | None = None
        self._levels = (0.0, 1.0)
        self._pad: np.ndarray | None = None
        self._heat: np.ndarray | None = None
        self._highlight: np.ndarray | None = None
        self._marked_lines: tuple[list[int], list[int]] = ([], [])
        self._revealed = 0
        self._rgba = np.zeros((0, 0, 4), np.uint8)
        self._hover = (-1, -1)
        self._tap_offsets: tuple[tuple[int, ...], tuple[int, ...]] | None = None
        self._fitted = False  # view fitted to the grid and not zoomed by the user since
        self._frame_cells: tuple[int, int, int, int] | None = None
        self.set_palette("default")
        self._canvas.viewport().installEventFilter(self)
        self._canvas.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._vb.sigResized.connect(self._on_vb_resized)
        self._vb.sigRangeChangedManually.connect(self._on_vb_range_changed_manually)

    def _build_items(self, background: QtGui.QColor) -> None:
        """Create every item once; later calls only move, restyle or show/hide them."""
        self._background = background
        self._cells = CellLayer()  # colours, dimming, blanks, separators and numbers
        self._marked = QtWidgets.QGraphicsPathItem()
        self._hatch = QtWidgets.QGraphicsPathItem(self._marked)  # pattern over the tint
        for band in (self._marked, self._hatch):
            band.setPen(QtGui.QPen(QtCore.Qt.PenStyle.NoPen))
        self._frame = _Outline(3, style=QtCore.Qt.PenStyle.DashLine)
        self._window = _Outline(2)  # the bounding box; the taps' parent: one setPos moves both
        self._taps = _Outline(4, parent=self._window)
        self._current = _Outline(5)
        items = (self._cells, self._marked, self._frame, self._window, self._current)
        for z, item in enumerate(items):
            item.setZValue(z)
            self._vb.addItem(item, ignoreBounds=True)
        for item in (self._marked, self._frame, self._window, self._current):
            item.hide()

    # ------------------------------------------------------------------ data
    def set_title(self, text: str) -> None:
        """Show ``text`` in large type above the grid (hidden when empty)."""
        self._title.setText(text)
        self._title.setVisible(bool(text))

    def set_data(
        self,
        values: np.ndarray,
        *,
        levels: tuple[float, float],
        pad_mask: np.ndarray | None = None,
        frame: tuple[int, int, int, int] | None = None,
        revealed: int | None = None,
    ) -> None:
        """Show a new grid of values.

        Parameters
        ----------
        values : numpy.ndarray
            ``(H, W)`` numbers.
        levels : tuple of float
            ``(low, high)`` mapped to the ends of the colour scale; keep it fixed across
            steps so colours do not jump.
        pad_mask : numpy.ndarray, optional
            ``(H, W)`` bool, True for padding cells (drawn in the padding hue).
        frame : tuple of int, optional
            ``(row0, col0, row1, col1)`` inclusive: dashed ring around the original input.
        revealed : int, optional
            Only the first ``revealed`` cells (row-major) are shown; None shows all.

        Notes
        -----
        Clears the heat-map. A new shape fits the view to the grid and clears the
        highlight and marked lines; the same shape keeps the user's zoom. The window and
        current cell stay where they are until moved.
        """
        values = np.asarray(values)
        if values.ndim != 2:
            raise ValueError(f"values must be 2-D, got shape {values.shape}")
        reshaped = self._values is None or values.shape != self._values.shape
        self._values, self._levels, self._heat = values, levels, None
        self._pad = None if pad_mask is None else np.asarray(pad_mask, dtype=bool)
        self._revealed = values.size if revealed is None else int(np.clip(revealed, 0, values.size))
        anchor = self._frame_cells
        frame = None if frame is None else tuple(int(v) for v in frame)
        self._set_frame(frame)
        self._recolour()
        if reshaped:
            self._fit(values.shape)
        elif self._fitted and frame != anchor:
            self._fit_view()  # the same shape around a moved input: keep the input still

    def set_revealed(self, n: int | None) -> None:
        """Show only the first ``n`` cells (row-major); cheap, for every playback step."""
        if self._values is None:
            return
        self._revealed = self._values.size if n is None else int(np.clip(n, 0, self._values.size))
        self._cells.set_revealed(self._revealed)

    def set_heatmap(self, counts: np.ndarray | None) -> None:
        """Colour cells by coverage ``counts`` (and number them so); None shows values."""
        if counts is None and self._heat is None:
            return  # the window sends None after every set_data: skip the recolour
        if counts is not None:
            counts = np.asarray(counts)
            if self._values is not None and counts.shape != self._values.shape:
                raise ValueError(f"counts shape {counts.shape} != grid {self._values.shape}")
        self._heat = counts
        if self._values is not None:
            self._recolour()

    def set_palette(self, name: str) -> None:
        """Switch colour scheme: a key of :data:`convstudio.views.palette.PALETTES`."""
        if name not in PALETTES:
            raise ValueError(f"unknown palette {name!r}; choose from {sorted(PALETTES)}")
        self._palette = palette = PALETTES[name]
        for outline in (self._window, self._taps, self._current):
            outline.set_colours(palette.window)
        self._frame.set_colours(palette.frame, QtGui.QColor("white"))
        tint = QtGui.QColor(palette.marked)
        tint.setAlpha(70)
        self._marked.setBrush(tint)
        # Pattern brushes are cosmetic in Qt 6: the hatch keeps its pixel spacing at any zoom.
        self._hatch.setBrush(QtGui.QBrush(palette.marked, QtCore.Qt.BrushStyle.BDiagPattern))
        self._cells.set_colours(self._background, QtGui.QColor(*palette.blank))
        if self._values is not None:
            self._recolour()

    def set_number_format(self, fmt: Callable[[float], str]) -> None:
        """Format cell numbers with ``fmt`` (default: ``cell_labels.format_number``)."""
        self._cells.set_format(fmt)

    # -------------------------------------------------------------- overlays
    def set_window(self, rows: np.ndarray | None, cols: np.ndarray | None) -> None:
        """Outline the kernel taps at ``(rows[i], cols[j])`` and their bounding box."""
        if rows is None or cols is None or len(rows) == 0 or len(cols) == 0:
            self._window.hide()
            return
        rows, cols = np.asarray(rows, dtype=int), np.asarray(cols, dtype=int)
        offsets = (tuple((rows - rows[0]).tolist()), tuple((cols - cols[0]).tolist()))
        if offsets != self._tap_offsets:
            self._place_taps(*offsets)
        self._window.setPos(float(cols[0]), float(rows[0]))
        self._window.show()

    def set_current(self, cell: tuple[int, int] | None) -> None:
        """Strongly outline ``(row, col)``, the output cell being computed; None hides it."""
        if cell is not None:
            self._current.set_rects([QtCore.QRectF(cell[1] - 0.5, cell[0] - 0.5, 1, 1)])
        self._current.setVisible(cell is not None)

    def set_highlight(self, mask: np.ndarray | None) -> None:
        """Spotlight the True cells of a bool ``(H, W)`` mask by dimming all others."""
        self._highlight = None if mask is None else np.asarray(mask, dtype=bool)
        if self._highlight is None or self._values is None:
            self._cells.set_dimmed(None, _DIM_ALPHA)
            return
        if self._highlight.shape != self._values.shape:
            raise ValueError(f"mask shape {self._highlight.shape} != grid {self._values.shape}")
        self._cells.set_dimmed(self._highlight, _DIM_ALPHA)

    def set_marked_lines(self, rows: Sequence[int], cols: Sequence[int]) -> None:
        """Hatch whole rows and columns (those no window reaches); empty lists clear."""
        self._marked_lines = ([int(r) for r in rows], [int(c) for c in cols])
        if self._values is None or (len(rows) == 0 and len(cols) == 0):
            self._marked.hide()
            return
        h, w = self._values.shape
        path = QtGui.QPainterPath()
        path.setFillRule(QtCore.Qt.FillRule.WindingFill)  # crossings stay filled
        for r in rows:
            path.addRect(QtCore.QRectF(-0.5, r - 0.5, w, 1))
        for c in cols:
            path.addRect(QtCore.QRectF(c - 0.5, -0.5, 1, h))
        self._marked.setPath(path)
        self._hatch.setPath(path)
        self._marked.show()

    # --------------------------------------------------------------- queries
    def values(self) -> np.ndarray | None:
        """The values last given to :meth:`set_data`."""
        return self._values

    def heatmap(self) -> np.ndarray | None:
        """The coverage counts shown instead of the values, if any."""
        return self._heat

    def highlight_mask(self) -> np.ndarray | None:
        """The current highlight mask, if any."""
        return self._highlight

    def marked_lines(self) -> tuple[list[int], list[int]]:
        """The hatched ``(rows, cols)``."""
        return self._marked_lines

    def numbers_visible(self) -> bool:
        """Whether cell numbers are painted at the current zoom (cells large enough)."""
        self._vb.updateMatrix()  # the view transform is otherwise only updated at paint time
        return self._cells.numbers_visible()

    def image_rgba(self) -> np.ndarray:
        """Return the ``(H, W, 4)`` uint8 RGBA shown (unrevealed cells blank), a copy."""
        shown = self._rgba.copy()
        shown.reshape(-1, 4)[self._revealed :] = self._palette.blank
        return shown

    def window_tap_rects(self) -> list[QtCore.QRectF]:
        """Rectangles of the shown tap outlines, in grid coordinates (cell centred on (c, r))."""
        if not self._window.isVisible():
            return []
        group = self._vb.childGroup
        return [self._taps.mapRectToItem(group, rect) for rect in self._taps.rects()]

    # -------------------------------------------------------------- internals
    def _scale_title_font(self) -> None:
        font = QtGui.QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        # Presenter zoom and themes change the window's font and palette: the title's own
        # font and the canvas (which paints its own background) must follow.
        kind = event.type()
        if kind == QtCore.QEvent.Type.FontChange:
            self._scale_title_font()
        elif kind == QtCore.QEvent.Type.PaletteChange and hasattr(self, "_palette"):
            self._background = self.palette().color(QtGui.QPalette.ColorRole.Window)
            self._canvas.setBackground(self._background)
            self._cells.set_colours(self._background, QtGui.QColor(*self._palette.blank))
        super().changeEvent(event)

    def _recolour(self) -> None:
        p = self._palette
        if self._heat is not None:
            shown = self._heat
            levels = (0.0, max(1.0, float(self._heat.max(initial=0))))
            self._rgba = colorize(shown, levels, p.heat)
        else:
            shown = self._values
            self._rgba = colorize(shown, self._levels, p.data, p.padding, self._pad)
        self._cells.set_cells(shown, self._rgba, self._revealed)

    def _fit(self, shape: tuple[int, int]) -> None:
        # A highlight or hatching sized for the old grid would be wrong for the new one.
        self.set_highlight(None)
        self.set_marked_lines([], [])
        image_mode = max(shape) > IMAGE_MODE_CELLS
        self._vb.setMouseEnabled(image_mode, image_mode)
        self._fitted = True
        self._fit_view()

    def _fit_view(self) -> None:
        h, w = self._values.shape
        # Grids of numbers sit on a pixel lattice held by the original input (see
        # grid_fit): a new stride or padding then leaves the input's cells where they
        # were, and their cached picture stands. Images are fitted as they are.
        lattice = None
        if max(h, w) <= IMAGE_MODE_CELLS:
            lattice = fit_view_rect((self._vb.width(), self._vb.height()), (h, w), self._anchor)
        if lattice is not None:
            self._vb.setRange(QtCore.QRectF(*lattice), padding=0)
        else:
            # Margin in pixels, not cells, so 64×64 cells still get ~14 px on a 900 px view.
            margin = FIT_MARGIN_PX / max(1.0, min(self._vb.width(), self._vb.height()))
            self._vb.setRange(QtCore.QRectF(-0.5, -0.5, w, h), padding=margin)
        # pyqtgraph defers the new view transform to the next paint, where moving the items
        # dirties the scene again: every canvas that changed shape would be painted twice.
        self._vb.updateMatrix()

    def _on_vb_resized(self, _vb: pg.ViewBox) -> None:
        # The margin depends on the view size, which is unknown before the widget is shown.
        if self._fitted and self._values is not None:
            self._fit_view()

    def _on_vb_range_changed_manually(self, _axes: object) -> None:
        self._fitted = False  # the user zoomed: resizing must not undo it

    @property
    def _anchor(self) -> tuple[float, float]:
        """The grid point held at the centre of a fitted view: the framed input's centre."""
        if self._frame_cells is not None:
            r0, c0, r1, c1 = self._frame_cells
            return (c0 + c1) / 2, (r0 + r1) / 2
        h, w = self._values.shape
        return (w - 1) / 2, (h - 1) / 2

    def _set_frame(self, frame: tuple[int, int, int, int] | None) -> None:
        self._frame_cells = frame
        if frame is not None:
            r0, c0, r1, c1 = frame
            self._frame.set_rects([QtCore.QRectF(c0 - 0.5, r0 - 0.5, c1 - c0 + 1, r1 - r0 + 1)])
        self._frame.setVisible(frame is not None)

    def _place_taps(self, d_rows: tuple[int, ...], d_cols: tuple[int, ...]) -> None:
        """Lay the tap squares out relative to the window's first tap (on kernel changes)."""
        self._tap_offsets = (d_rows, d_cols)
        top, left = min(d_rows) - 0.5, min(d_cols) - 0.5
        box = QtCore.QRectF(left, top, max(d_cols) + 0.5 - left, max(d_rows) + 0.5 - top)
        self._window.set_rects([box])
        side = 1 - 2 * _TAP_INSET
        corner = -0.5 + _TAP_INSET
        taps = [QtCore.QRectF(c + corner, r + corner, side, side) for r in d_rows for c in d_cols]
        self._taps.set_rects(taps)

    def _cell_at(self, scene_pos: QtCore.QPointF) -> tuple[int, int]:
        if self._values is None:
            return (-1, -1)
        point = self._vb.mapSceneToView(scene_pos)
        row, col = math.floor(point.y() + 0.5), math.floor(point.x() + 0.5)
        h, w = self._values.shape
        return (row, col) if 0 <= row < h and 0 <= col < w else (-1, -1)

    def _set_hover(self, cell: tuple[int, int]) -> None:
        if cell != self._hover:
            self._hover = cell
            self.cell_hovered.emit(*cell)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        # The viewport's own events: pyqtgraph's sigMouseMoved is rate-limited and can drop
        # the last move, which would leave a stale hover highlight behind.
        if event.type() == QtCore.QEvent.Type.MouseMove:
            self._set_hover(self._cell_at(self._canvas.mapToScene(event.position().toPoint())))
        elif event.type() == QtCore.QEvent.Type.Leave:
            self._set_hover((-1, -1))
        return super().eventFilter(watched, event)

    def _on_scene_clicked(self, event) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            row, col = self._cell_at(event.scenePos())
            if row >= 0:
                self.cell_clicked.emit(row, col)
