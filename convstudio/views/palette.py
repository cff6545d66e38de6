"""Colour maps for the grid views: 256-entry RGBA look-up tables and overlay colours.

Colours are computed here, with numpy, instead of by ``ImageItem`` so that padding cells
can use a second colour scale next to the data scale in one ``np.take``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6 import QtGui

LUT_SIZE = 256

# ColorBrewer / matplotlib anchor colours, evenly spaced from the low to the high end.
_BLUES = ("#eef5fc", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")
# The padding ramps skip their palest entries: a padded 0 must not look like a data 0.
_ORANGES = ("#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000")
_YLORRD = ("#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#800026")
_VIRIDIS = (
    "#440154",
    "#472d7b",
    "#3b528b",
    "#2c728e",
    "#21918c",
    "#28ae80",
    "#5ec962",
    "#addc30",
    "#fde725",
)
_INFERNO = ("#000004", "#320a5e", "#781c6d", "#bc3754", "#ed6925", "#fbb61a", "#fcffa4")
# Greys carry no hue, so they stay distinct from viridis for every kind of colour vision.
_GREYS = ("#3c3c3c", "#6e6e6e", "#a0a0a0", "#d2d2d2")
_GREY_UP = ("#ffffff", "#000000")
_AMBER = ("#ffe066", "#e08a00", "#5c3300")


def make_lut(anchors: tuple[str, ...], size: int = LUT_SIZE) -> np.ndarray:
    """Interpolate hex anchor colours into an opaque RGBA look-up table.

    Parameters
    ----------
    anchors : tuple of str
        Two or more ``"#rrggbb"`` colours, evenly spaced from the low to the high end.
    size : int
        Number of table entries.

    Returns
    -------
    numpy.ndarray
        ``(size, 4)`` uint8 table.
    """
    rgb = np.array([[int(a[i : i + 2], 16) for i in (1, 3, 5)] for a in anchors], dtype=float)
    where = np.linspace(0.0, 1.0, len(anchors))
    at = np.linspace(0.0, 1.0, size)
    lut = np.full((size, 4), 255, dtype=np.uint8)
    for channel in range(3):
        lut[:, channel] = np.round(np.interp(at, where, rgb[:, channel]))
    return lut


@dataclass(frozen=True)
class Palette:
    """Everything a grid view needs to colour cells and overlays.

    Attributes
    ----------
    data, padding, heat : numpy.ndarray
        ``(256, 4)`` uint8 tables for data cells, padding cells and coverage counts.
    blank : tuple of int
        RGBA of a cell that is not revealed yet; must not look like any data colour.
    window : QtGui.QColor
        Kernel taps, window box and current output cell; one colour links the two grids.
    frame : QtGui.QColor
        Dashes of the ring around the original input.
    marked : QtGui.QColor
        Hatching of rows/columns no window reaches.
    """

    data: np.ndarray
    padding: np.ndarray
    heat: np.ndarray
    blank: tuple[int, int, int, int]
    window: QtGui.QColor
    frame: QtGui.QColor
    marked: QtGui.QColor


PALETTES: dict[str, Palette] = {
    "default": Palette(
        data=make_lut(_BLUES),
        padding=make_lut(_ORANGES),
        heat=make_lut(_YLORRD),
        blank=(226, 226, 226, 255),
        window=QtGui.QColor("#ff1fb4"),
        frame=QtGui.QColor("#111111"),
        marked=QtGui.QColor("#d00000"),
    ),
    "colorblind": Palette(
        data=make_lut(_VIRIDIS),
        padding=make_lut(_GREYS),
        heat=make_lut(_INFERNO),
        blank=(226, 226, 226, 255),
        window=QtGui.QColor("#ffffff"),  # luminance, not hue, separates it from any cell
        frame=QtGui.QColor("#111111"),
        marked=QtGui.QColor("#ff7f0e"),
    ),
    "high-contrast": Palette(
        data=make_lut(_GREY_UP),
        padding=make_lut(_AMBER),
        heat=make_lut(_INFERNO),
        blank=(188, 212, 240, 255),  # greys are data here: blank needs a tint
        window=QtGui.QColor("#ff00ff"),
        frame=QtGui.QColor("#00c8ff"),
        marked=QtGui.QColor("#ff0000"),
    ),
}


def lut_indices(values: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    """Map values to table indices 0..255 with fixed levels (out-of-range values clip).

    Parameters
    ----------
    values : numpy.ndarray
        Any real array.
    levels : tuple of float
        ``(low, high)``: ``low`` maps to entry 0, ``high`` to entry 255.

    Returns
    -------
    numpy.ndarray
        uint16 indices, the same shape as ``values``.
    """
    low, high = float(levels[0]), float(levels[1])
    span = high - low if high > low else 1.0
    scaled = (np.asarray(values, dtype=np.float32) - low) * np.float32((LUT_SIZE - 1) / span)
    np.clip(scaled, 0, LUT_SIZE - 1, out=scaled)
    return (scaled + 0.5).astype(np.uint16)


def colorize(
    values: np.ndarray,
    levels: tuple[float, float],
    lut: np.ndarray,
    second_lut: np.ndarray | None = None,
    second_mask: np.ndarray | None = None,
) -> np.ndarray:
    """Colour a 2-D array through a table, optionally a second table where a mask is set.

    Parameters
    ----------
    values : numpy.ndarray
        ``(H, W)`` values.
    levels : tuple of float
        Fixed ``(low, high)`` so colours do not change when the data range does.
    lut, second_lut : numpy.ndarray
        ``(256, 4)`` uint8 tables; ``second_lut`` is used where ``second_mask`` is True.
    second_mask : numpy.ndarray, optional
        ``(H, W)`` bool.

    Returns
    -------
    numpy.ndarray
        ``(H, W, 4)`` uint8 RGBA, C-contiguous.
    """
    index = lut_indices(values, levels)
    table = lut
    if second_lut is not None and second_mask is not None:
        table = np.concatenate([lut, second_lut])
        index += np.asarray(second_mask, dtype=np.uint16) << 8
    # Taking whole 32-bit pixels is several times faster than taking rows of 4 bytes.
    packed = np.ascontiguousarray(table).view(np.uint32).ravel()
    return np.take(packed, index).view(np.uint8).reshape(*index.shape, 4)


_SRGB = np.arange(256) / 255.0
_LINEAR = np.where(_SRGB <= 0.04045, _SRGB / 12.92, ((_SRGB + 0.055) / 1.055) ** 2.4)
# Above this relative luminance black text has more contrast than white (WCAG 2 formula).
DARK_TEXT_LUMINANCE = 0.179


def luminance(rgba: np.ndarray) -> np.ndarray:
    """Return the WCAG relative luminance (0..1) of RGBA pixels, for picking text colours."""
    # Elementwise, not a matmul: a tiny BLAS call wakes its thread pool on every paint.
    lin = _LINEAR
    return 0.2126 * lin[rgba[..., 0]] + 0.7152 * lin[rgba[..., 1]] + 0.0722 * lin[rgba[..., 2]]
