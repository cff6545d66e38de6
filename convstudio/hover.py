"""Hover links: pointing at a cell in one grid lights up its partners in the others."""

from __future__ import annotations

from PySide6 import QtCore

from .core import Walk, explain
from .views.formula_panel import FormulaPanel
from .views.grid_view import GridView


class HoverLinker(QtCore.QObject):
    """Connects the three grids' hover signals to highlights and the hover text.

    An output cell lights up its receptive field; an input cell every output it
    feeds (and says how many windows cover it); a kernel tap every input cell it
    multiplies over the whole walk. The masks come from the core's reverse maps.
    """

    def __init__(
        self,
        input_view: GridView,
        kernel_view: GridView,
        output_view: GridView,
        formulas: FormulaPanel,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._input, self._kernel, self._output = input_view, kernel_view, output_view
        self._formulas = formulas
        self._walk: Walk | None = None
        self._last: tuple[str, int, int] | None = None  # the grid and cell under the mouse
        input_view.cell_hovered.connect(self._on_input_hovered)
        kernel_view.cell_hovered.connect(self._on_kernel_hovered)
        output_view.cell_hovered.connect(self._on_output_hovered)

    def set_walk(self, walk: Walk) -> None:
        """New result: any highlight from the old one is stale."""
        self._walk = walk
        self.clear()

    def refresh(self) -> None:
        """Say again what the mouse is over (after a language change)."""
        if self._last is not None:
            grid, row, col = self._last
            handler = {
                "input": self._on_input_hovered,
                "kernel": self._on_kernel_hovered,
                "output": self._on_output_hovered,
            }[grid]
            handler(row, col)

    def clear(self) -> None:
        """Remove every hover highlight and the hover text."""
        self._last = None
        for view in (self._input, self._kernel, self._output):
            view.set_highlight(None)
        self._formulas.set_hover_text("")

    def _inside(self, row: int, col: int, shape: tuple[int, int]) -> bool:
        return self._walk is not None and 0 <= row < shape[0] and 0 <= col < shape[1]

    def _on_input_hovered(self, row: int, col: int) -> None:
        walk = self._walk
        if walk is None or not self._inside(row, col, walk.padded.mask.shape):
            self.clear()
            return
        self._output.set_highlight(walk.outputs_fed_by(row, col))
        self._input.set_highlight(None)
        self._formulas.set_hover_text(explain.hover_text_input(walk, row, col))
        self._last = ("input", row, col)

    def _on_output_hovered(self, row: int, col: int) -> None:
        walk = self._walk
        if walk is None or not self._inside(row, col, walk.out_shape):
            self.clear()
            return
        self._input.set_highlight(walk.receptive_field(row, col))
        self._output.set_highlight(None)
        self._formulas.set_hover_text(explain.hover_text_output(walk, row, col))
        self._last = ("output", row, col)

    def _on_kernel_hovered(self, row: int, col: int) -> None:
        walk = self._walk
        if walk is None or not self._inside(row, col, walk.kernel.shape):
            self.clear()
            return
        self._input.set_highlight(walk.tap_footprint(row, col))
        self._formulas.set_hover_text(explain.hover_text_kernel(walk, row, col))
        self._last = ("kernel", row, col)
