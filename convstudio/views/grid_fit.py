"""Where a fitted grid sits: whole pixels per cell, the input held still as padding changes."""

from __future__ import annotations

import math

FIT_MARGIN_PX = 6  # room around the grid so outlines on edge cells are not clipped
MIN_HELD_SHARE = 0.85  # of a centred grid's cell size, below which the input is not held


def lattice_view_rect(
    view_size: tuple[float, float],
    shape: tuple[int, int],
    anchor: tuple[float, float],
    margin: float = FIT_MARGIN_PX,
) -> tuple[float, float, float, float] | None:
    """The view rectangle ``(x, y, width, height)``, in cells, that fits a grid on a lattice.

    Cell ``(r, c)`` is centred on ``(c, r)``. Every cell gets the same whole number of
    pixels (no 21/22-pixel alternation), and the grid point ``anchor`` sits at the
    centre of the view. A view that anchors on the original input keeps its cells on
    the same pixels when only the padding around them changes (a new stride under
    "same", another padding amount), as long as the padded grid still fits at that
    size: the picture need not be drawn again, and the input does not jump.

    Returns None when the view is too small for one pixel per cell.

    Examples
    --------
    A 4×8 grid in a 100×60 view: 11 pixels a cell, the grid's centre in the middle.

    >>> x, y, width, height = lattice_view_rect((100, 60), (4, 8), (3.5, 1.5))
    >>> round(100 / width, 6), round(x + width / 2, 6), round(y + height / 2, 6)
    (11.0, 3.5, 1.5)
    """
    view_w, view_h = view_size
    h, w = shape
    ax, ay = anchor
    # Cells from the anchor to the farther edge, on each side: the grid may sit off-centre.
    half_w = max(ax + 0.5, w - 0.5 - ax)
    half_h = max(ay + 0.5, h - 0.5 - ay)
    if half_w <= 0 or half_h <= 0:
        return None
    px = math.floor(min((view_w - 2 * margin) / (2 * half_w), (view_h - 2 * margin) / (2 * half_h)))
    if px < 1:
        return None
    width, height = view_w / px, view_h / px
    return (ax - width / 2, ay - height / 2, width, height)


def fit_view_rect(
    view_size: tuple[float, float], shape: tuple[int, int], anchor: tuple[float, float]
) -> tuple[float, float, float, float] | None:
    """:func:`lattice_view_rect` held by ``anchor``, unless that shrinks cells a lot.

    A row or column of padding more on one side (TF "same" at stride 2) costs a
    little cell size to keep the input still. Padding on one side only (explicit
    amounts, causal 1-D) would push the grid far off centre and shrink its cells by
    a third or more: there the grid is centred instead, and such changes redraw it.
    """
    h, w = shape
    centred = lattice_view_rect(view_size, shape, ((w - 1) / 2, (h - 1) / 2))
    held = lattice_view_rect(view_size, shape, anchor)
    if held is None or (centred is not None and held[2] * MIN_HELD_SHARE > centred[2]):
        return centred
    return held
