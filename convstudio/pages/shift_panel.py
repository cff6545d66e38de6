"""The shift test stage: the input before and after the shift, each side's outputs, the verdicts.

Columns are "before" and "after", rows the input, A and B, so the eye reads left to
right: what moved. Cells of an "after" output that equal the moved "before" output
are lit (the rest dimmed) and the interior — where the core proves they must be
equal — is framed by the dashed ring. With max pooling the lit cells are those that
kept their value in place. Every number and sentence comes from the core.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtWidgets

from convstudio.core.shift import ShiftDemo
from convstudio.i18n import translate

from .compare_views import TextBox, grid, levels


def _moved_back(mask: np.ndarray, oy: int, ox: int) -> np.ndarray:
    """``mask`` moved by (−oy, −ox): the "before" cells that the lit "after" cells came from."""
    out = np.zeros_like(mask)
    h, w = mask.shape
    if abs(oy) >= h or abs(ox) >= w:
        return out  # moved clean off the grid (the monkey found negative-length slices)
    src = (slice(max(oy, 0), h + min(oy, 0)), slice(max(ox, 0), w + min(ox, 0)))
    dst = (slice(max(-oy, 0), h + min(-oy, 0)), slice(max(-ox, 0), w + min(-ox, 0)))
    out[dst] = mask[src]
    return out


def _box_moved_back(box, oy: int, ox: int):
    if box is None:
        return None
    r0, c0, r1, c1 = box
    return (r0 - oy, c0 - ox, r1 - oy, c1 - ox)


class ShiftStage(QtWidgets.QWidget):
    """Input, A and B rows × before / after columns, with a verdict beside each side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.input_before, self.input_after = grid("input_before"), grid("input_after")
        self.outputs = {
            side: (grid(f"{side.lower()}_before"), grid(f"{side.lower()}_after"))
            for side in ("A", "B")
        }
        self.verdicts = {side: TextBox(f"{side.lower()}_verdict") for side in ("A", "B")}
        self.fill = TextBox("shift_fill")
        # Column headers and row names instead of a title on every grid: six big titles
        # would take a third of the height at 720p, and the grids need it.
        self.headers = [TextBox(name, 1.3) for name in ("before_header", "after_header")]
        self.row_names = [TextBox(f"{n}_row", 1.3, fit=True) for n in ("input", "a", "b")]
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.addWidget(self.headers[0], 0, 1)
        layout.addWidget(self.headers[1], 0, 2)
        rows = [(self.input_before, self.input_after, self.fill)]
        rows += [(*self.outputs[s], self.verdicts[s]) for s in ("A", "B")]
        for r, (before, after, text) in enumerate(rows, start=1):
            layout.addWidget(self.row_names[r - 1], r, 0)
            layout.addWidget(before, r, 1)
            layout.addWidget(after, r, 2)
            layout.addWidget(text, r, 3)
            layout.setRowStretch(r, 1)
        layout.setColumnStretch(1, 2)
        layout.setColumnStretch(2, 2)
        layout.setColumnStretch(3, 3)

    def show_input(self, demo: ShiftDemo) -> None:
        """The input and the shifted input; the zeros that came in wear the padding colour."""
        x = demo.walk_before.input
        lv = levels(np.concatenate([x.ravel(), demo.shifted.ravel()]))
        self.input_before.set_data(x, levels=lv)
        self.input_after.set_data(demo.shifted, levels=lv, pad_mask=demo.filled)
        dy, dx = demo.shift
        self.headers[0].set_lines([translate("ShiftView", "Before")], bold_first=True)
        after = translate("ShiftView", "After: moved by ({dy}, {dx})").format(dy=dy, dx=dx)
        self.headers[1].set_lines([after], bold_first=True)
        self.row_names[0].set_lines([translate("ShiftView", "Input")], bold_first=True)
        self.fill.set_lines(
            [
                translate("ShiftView", "Shift test"),
                demo.fill_text,
                translate("ShiftView", "Alt+arrows move the input, Alt+Home puts it back."),
            ],
            bold_first=True,
        )

    def show_side(self, side: str, demo: ShiftDemo, header: str) -> None:
        """One side's outputs before and after, lit where the claim holds, and its verdict."""
        before, after = self.outputs[side]
        lv = levels(np.concatenate([demo.before.ravel(), demo.after.ravel()]))
        oy, ox = demo.offset
        if demo.pool is not None:
            lit_after = lit_before = demo.unchanged
            box_after = box_before = None
        else:
            lit_after = demo.matches
            lit_before = _moved_back(demo.matches, oy, ox)
            box_after = demo.interior_box()
            box_before = _box_moved_back(box_after, oy, ox)
        before.set_data(demo.before, levels=lv, frame=box_before)
        after.set_data(demo.after, levels=lv, frame=box_after)
        before.set_highlight(lit_before)
        after.set_highlight(lit_after)
        h, w = demo.after.shape
        if demo.pool is None:
            name = translate("ShiftView", "{side}\n{h}×{w}")
        else:
            name = translate("ShiftView", "{side}\n{h}×{w}\npooled")
        self.row_names[1 if side == "A" else 2].set_lines(
            name.format(side=side, h=h, w=w).split("\n"), bold_first=True
        )
        self.verdicts[side].set_lines([header, demo.message], bold_first=True)

    def show_step(self, side: str, demo: ShiftDemo, index: int) -> None:
        """Outline "after" cell ``index`` (clamped) and the "before" cell it is compared with."""
        before, after = self.outputs[side]
        h, w = demo.after.shape
        r, c = divmod(min(index, h * w - 1), w)
        after.set_current((r, c))
        pr, pc = (r, c) if demo.pool is not None else (r - demo.offset[0], c - demo.offset[1])
        before.set_current((pr, pc) if 0 <= pr < h and 0 <= pc < w else None)
