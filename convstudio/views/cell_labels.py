"""Cell numbers: their text, font size and device position, and drawing them."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6 import QtGui

from convstudio.views.label_atlas import LabelAtlas

MIN_CELL_PX = 13.5  # below this, numbers are unreadable on a projector and are skipped
MIN_FONT_PX = 6  # a label that only fits at a smaller size is skipped rather than overflowing
MAX_FONT_PX = 72
_DARK_TEXT = QtGui.QColor("#111111")
_LIGHT_TEXT = QtGui.QColor("#ffffff")
_CACHE_LIMIT = 50_000  # bounds the string caches when an image with many values is browsed
_FONT_SIZES_KEPT = 8  # prepared texts kept per font size: a re-fit often returns to a size
# An atlas pays when texts repeat: each is drawn twice into it before any label is copied.
_ATLAS_MIN_REUSE = 4  # labels per distinct text, on average, to draw from an atlas


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
class LabelLayout:
    """Every label of a block of cells: device position of the text's top-left, and text.

    Arrays are row-major over the block, one entry per cell.
    """

    rows: np.ndarray  # grid row and column of each label's cell
    cols: np.ndarray
    xs: np.ndarray
    ys: np.ndarray
    index: np.ndarray  # into strings and statics
    texts_key: tuple  # the same for layouts of the same texts, whatever the transform
    strings: list[str]  # each distinct text once
    statics: np.ndarray  # the same prepared: QStaticText objects
    widths: np.ndarray  # of each static text, pixels
    font: QtGui.QFont


@dataclass(frozen=True)
class _Texts:
    """The label texts of a block of cells: each distinct one once, and which cell has which."""

    strings: list[str]
    inverse: np.ndarray  # per cell (row-major): index into strings
    rows: np.ndarray  # per cell: grid row and column
    cols: np.ndarray
    longest: int


class Labeller:
    """Lay cell numbers out in device pixels and draw them; texts are cached across calls."""

    def __init__(self) -> None:
        self._fmt: Callable[[float], str] = format_number
        self._strings: dict[float, str] = {}
        # Per font pixel size: a stride change re-fits the grids, and the output's font
        # then alternates between two sizes; its texts need not be prepared again.
        self._statics: dict[int, dict[str, tuple[QtGui.QStaticText, float]]] = {}
        self._fonts: dict[int, QtGui.QFont] = {}
        self._font = QtGui.QFont()
        self._font.setBold(True)
        self._char_ratio = self._measure_char_ratio()
        self._texts_key: tuple | None = None
        self._texts: _Texts | None = None
        self._key: tuple | None = None
        self._layout: LabelLayout | None = None
        self._atlas_key: tuple | None = None  # font and device the atlas was drawn for
        self._atlas: LabelAtlas | None = None
        self._slots_key: tuple | None = None  # texts whose atlas slots _slots holds
        self._slots = np.zeros(0, int)

    def set_format(self, fmt: Callable[[float], str]) -> None:
        """Use ``fmt`` to turn values into label text."""
        self._fmt = fmt
        self._strings.clear()
        self._texts_key = self._key = self._atlas_key = self._slots_key = None

    def layout(
        self, block: np.ndarray, transform: QtGui.QTransform, r0: int, c0: int, version: int
    ) -> LabelLayout | None:
        """Labels of ``block`` (the cells from ``(r0, c0)`` on), or None if they don't fit.

        The texts are reused while ``version`` (bumped by the caller when the values
        change) and the block's place stay the same; the layout while the transform does too.
        """
        # Rounded: a fit of 62 px a cell may come out as 61.99999999999999, and the font
        # size (a whole number of pixels) must not flip with the last bits.
        cell = round(math.hypot(transform.m11(), transform.m12()), 6)
        if block.size == 0 or cell < MIN_CELL_PX:
            return None
        texts_key = (version, r0, c0, block.shape)
        if texts_key != self._texts_key:
            self._texts = self._make_texts(block, r0, c0)
            self._texts_key = texts_key
        t = transform
        key = (texts_key, t.m11(), t.m22(), t.dx(), t.dy())
        if key != self._key:
            self._layout = self._place(self._texts, transform, cell)
            self._key = key
        return self._layout

    def draw(
        self, painter: QtGui.QPainter, layout: LabelLayout, keep: np.ndarray, dark: np.ndarray
    ) -> None:
        """Draw the labels where ``keep``, dark text where ``dark`` (flat bool arrays)."""
        slots = self._atlas_slots(layout, painter, int(np.count_nonzero(keep)))
        if slots is not None:
            index = slots[layout.index[keep]]
            self._atlas.draw(painter, layout.xs[keep], layout.ys[keep], index, dark[keep])
            return
        painter.setFont(layout.font)
        for want_dark, colour in ((True, _DARK_TEXT), (False, _LIGHT_TEXT)):
            chosen = keep & (dark == want_dark)
            painter.setPen(colour)
            xs, ys = layout.xs[chosen].tolist(), layout.ys[chosen].tolist()
            texts = layout.statics[layout.index[chosen]].tolist()
            # map() keeps the per-label loop in C: 64×64 cells means ~4000 labels a paint.
            deque(map(painter.drawStaticText, xs, ys, texts), maxlen=0)

    def _atlas_slots(
        self, layout: LabelLayout, painter: QtGui.QPainter, n: int
    ) -> np.ndarray | None:
        """Atlas slot of each of ``layout``'s texts, for drawing ``n`` labels; None: no atlas.

        The atlas is kept while the font and device stay the same, and drawn again only
        when a text it lacks is needed: new values made of the same digits (a new
        stride, padding or fill) reuse it. One is built only for many labels per text:
        a grid just reset to its first step draws one label, and need not render
        thousands of texts for it.
        """
        dpr = painter.device().devicePixelRatioF()
        hints = painter.renderHints() & QtGui.QPainter.RenderHint.TextAntialiasing
        key = (layout.font.pixelSize(), dpr, hints)
        if key == self._atlas_key and layout.texts_key == self._slots_key:
            return self._slots
        if key == self._atlas_key:
            found = [self._atlas.slots.get(text, -1) for text in layout.strings]
            if min(found, default=0) >= 0:
                self._slots, self._slots_key = np.array(found, dtype=int), layout.texts_key
                return self._slots
        if len(layout.strings) * _ATLAS_MIN_REUSE > n:
            return None
        self._atlas = LabelAtlas(
            layout.strings,
            layout.statics.tolist(),
            layout.widths,
            layout.font,
            (_DARK_TEXT, _LIGHT_TEXT),
            dpr,
            hints,
        )
        self._atlas_key, self._slots_key = key, layout.texts_key
        self._slots = np.arange(len(layout.strings))
        return self._slots

    def _make_texts(self, block: np.ndarray, r0: int, c0: int) -> _Texts:
        unique, inverse = np.unique(block, return_inverse=True)
        strings = [self._text(v) for v in unique.tolist()]
        rows, cols = np.indices(block.shape)
        return _Texts(
            strings=strings,
            inverse=inverse.ravel(),
            rows=(rows + r0).ravel(),
            cols=(cols + c0).ravel(),
            longest=max(len(t) for t in strings),
        )

    def _place(self, texts: _Texts, transform: QtGui.QTransform, cell: float) -> LabelLayout | None:
        if texts.longest == 0:
            return None
        px = int(min(0.5 * cell, MAX_FONT_PX, 0.9 * cell / (texts.longest * self._char_ratio)))
        if px < MIN_FONT_PX:
            return None
        font = self._statics_font(px)
        metrics = QtGui.QFontMetricsF(font)
        prepared = self._statics[px]
        statics = [prepared.get(t) or self._static(t, font, prepared) for t in texts.strings]
        widths = np.array([s[1] for s in statics])
        half_w = widths / 2
        objs = np.empty(len(statics), dtype=object)
        objs[:] = [s[0] for s in statics]
        # Centre the digits (cap height), not the full line box, on the cell centre.
        y_off = metrics.capHeight() / 2 - metrics.ascent()
        xs = transform.m11() * texts.cols + transform.dx() - half_w[texts.inverse]
        ys = transform.m22() * texts.rows + transform.dy() + y_off
        return LabelLayout(
            rows=texts.rows,
            cols=texts.cols,
            xs=np.round(xs).astype(int),
            ys=np.round(ys).astype(int),
            index=texts.inverse,
            texts_key=self._texts_key,
            strings=texts.strings,
            statics=objs,
            widths=widths,
            font=font,
        )

    def _text(self, value: float) -> str:
        text = self._strings.get(value)
        if text is None:
            if len(self._strings) > _CACHE_LIMIT:
                self._strings.clear()
            text = self._strings[value] = self._fmt(value)
        return text

    def _statics_font(self, px: int) -> QtGui.QFont:
        font = self._fonts.get(px)
        if font is None:
            if len(self._fonts) >= _FONT_SIZES_KEPT:
                self._fonts.clear()
                self._statics.clear()
            font = self._fonts[px] = QtGui.QFont(self._font)
            font.setPixelSize(px)
            self._statics[px] = {}
        return font

    @staticmethod
    def _static(
        text: str, font: QtGui.QFont, prepared: dict[str, tuple[QtGui.QStaticText, float]]
    ) -> tuple[QtGui.QStaticText, float]:
        if len(prepared) > _CACHE_LIMIT:
            prepared.clear()
        static = QtGui.QStaticText(text)
        static.prepare(QtGui.QTransform(), font)
        entry = prepared[text] = (static, static.size().width())
        return entry

    def _measure_char_ratio(self) -> float:
        """Widest digit's advance per pixel of font size, to fit labels before laying out."""
        font = QtGui.QFont(self._font)
        font.setPixelSize(100)
        metrics = QtGui.QFontMetricsF(font)
        return max(metrics.horizontalAdvance(ch) for ch in "0123456789-.") / 100
