"""Where a fitted grid sits: whole pixels per cell, the input held still as padding changes."""

from __future__ import annotations

import math

FIT_MARGIN_PX = 6  # room around the grid so outlines on edge cells are not clipped


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
