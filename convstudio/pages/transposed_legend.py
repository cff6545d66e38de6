"""The legend of the zero-inserted grid: a swatch in the colour each kind of cell is drawn in.

The colours are read back from the grid itself (``GridView.image_rgba``), so the
legend follows the presenter's palette instead of naming colours that may not be
there. Cells that are not real inputs are drawn dimmed (the grid's spotlight on the
inputs), so their swatches are darkened the same way.
"""

from __future__ import annotations

import html

import numpy as np

from convstudio.core.transposed import INPUT, INSERTED, PADDING
from convstudio.core.transposed_walk import TransposedWalk
from convstudio.views.grid_view import GridView

# GridView dims cells outside a spotlight by painting black at alpha 150 over them.
_DIM_KEEP = 1 - 150 / 255


def _swatch(rgb: np.ndarray) -> str:
    colour = "#{:02x}{:02x}{:02x}".format(*(int(v) for v in rgb[:3]))
    return (
        f'<span style="background-color:{colour}; color:{colour};">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
    )


def legend_html(view: GridView, walk: TransposedWalk, names: tuple[str, str, str]) -> str:
    """Rich text: one swatch and name per kind of cell present in ``walk``'s grid.

    ``names`` are the (translated) words for input values, inserted zeros and padding.
    """
    rgba = view.image_rgba()
    if rgba.shape[:2] != walk.kinds.shape:
        return ""
    parts = []
    for kind, name in zip((INPUT, INSERTED, PADDING), names, strict=True):
        cells = np.argwhere(walk.kinds == kind)
        if len(cells) == 0:
            continue
        # The largest input shows the data colours best (a 0 may look like the background).
        values = walk.padded[tuple(cells.T)]
        rgb = rgba[tuple(cells[int(np.argmax(values))])][:3].astype(float)
        if kind != INPUT:
            rgb = rgb * _DIM_KEEP
        parts.append(f"{_swatch(rgb)} {html.escape(name)}")
    return "&nbsp;&nbsp;&nbsp;".join(parts)
