"""The pooling tab: max or average pooling step by step, with PyTorch's size rules.

The padded input (max pooling pads with −∞, shown as such, in the padding hue) has
the window stepping over it like a convolution's, the maximum it takes (or, for
average pooling, the cells its divisor counts) spotlighted; the output fills in
beside it. Under the grids: the size formula with ⌊ ⌋ or ⌈ ⌉, the step's
computation, and a computed reminder that padding keeps a size while pooling
shrinks it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtCore, QtWidgets

from convstudio.core import pool_explain
from convstudio.core.pool_walk import PoolWalk
from convstudio.modes import ModePage
from convstudio.views.grid_view import GridView

from . import mode_title
from .pooling_controller import PoolingStepper
from .pooling_controls import PoolingControls
from .pooling_views import NOTE_SCALE, StepFormulaPanel, cell_text, levels, note_label, scale_font

NAME = "pooling"


class PoolingPage(ModePage):
    """Mode "pooling": max_pool2d / avg_pool2d, one window per step."""

    name = NAME

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(PoolingStepper(), parent)
        self.controller: PoolingStepper = self.stepper
        self.panel = PoolingControls()
        self.controls_layout.addWidget(self.panel)
        self.controls_layout.addStretch(1)
        self.input_view, self.output_view = GridView(), GridView()
        for view in (self.input_view, self.output_view):
            view.set_number_format(cell_text)
        self.formulas = StepFormulaPanel(lambda: self.tr("This step"))
        self.compare = note_label("shrink_comparison")
        self._build_stage()
        self._scale_fonts()
        self._connect()
        self._on_result_changed(self.controller.walk)
        self.panel.sync(self.controller.settings)
        self._fit_side()

    def _build_stage(self) -> None:
        grids = QtWidgets.QHBoxLayout()
        grids.setSpacing(12)
        grids.addWidget(self.input_view, 3)
        # The comparison sits under the (smaller) output grid: below everything it would
        # take the height the grids need at 1280×720.
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.output_view, 1)
        right.addWidget(self.compare)
        grids.addLayout(right, 2)
        self.views_layout.addLayout(grids, 1)
        self.views_layout.addWidget(self.formulas)

    def _connect(self) -> None:
        c = self.controller
        self.panel.edited.connect(lambda changes: c.edit(**changes))
        c.result_changed.connect(self._on_result_changed)
        c.step_changed.connect(self._on_step_changed)
        c.error_changed.connect(self.show_message)
        c.settings_changed.connect(lambda: self.panel.sync(c.settings))
        self.input_view.cell_hovered.connect(self._on_input_hovered)
        self.output_view.cell_hovered.connect(self._on_output_hovered)
        self.output_view.cell_clicked.connect(lambda r, col: c.scrub(r * c.walk.out_shape[1] + col))

    # --- controller → views -------------------------------------------------------------

    def _on_result_changed(self, walk: PoolWalk) -> None:
        # The controls follow the settings too (a kind change enables other fields).
        self.panel.sync(self.controller.settings)
        (h, w), (t, lf) = walk.input.shape, walk.geom.padding
        shared = levels(walk.input, walk.output)  # one colour scale: a max keeps its colour
        self.input_view.set_data(
            walk.padded,
            levels=shared,
            pad_mask=walk.pad_mask,
            frame=(t, lf, t + h - 1, lf + w - 1),
        )
        # Cells a ceil_mode window hangs over past the padding: hatched, never read.
        rows = np.flatnonzero(walk.overhang_mask.all(axis=1))
        cols = np.flatnonzero(walk.overhang_mask.all(axis=0))
        self.input_view.set_marked_lines(list(rows), list(cols))
        self.output_view.set_data(walk.output, levels=shared, revealed=self.controller.step + 1)
        self._show_texts()
        self._on_step_changed(self.controller.step)

    def _on_step_changed(self, index: int) -> None:
        walk = self.controller.walk
        step = walk.step(index)
        self.input_view.set_window(step.rows, step.cols)
        self.input_view.set_highlight(self._spotlight(walk, step))
        # Dimming alone is faint on dark cells: the maximum also gets the strong outline.
        arg = step.argmax
        self.input_view.set_current(
            None if arg is None else (int(step.rows[arg[0]]), int(step.cols[arg[1]]))
        )
        self.output_view.set_revealed(index + 1)
        self.output_view.set_current((step.out_row, step.out_col))
        self._show_step_texts(index)

    @staticmethod
    def _spotlight(walk: PoolWalk, step: Any) -> np.ndarray:
        """The maximum taken, or the cells an average divides by; the rest is dimmed."""
        if walk.kind == "max":
            return walk.max_mask(step.index)
        counted = ~step.is_overhang
        if not walk.count_include_pad:
            counted &= ~step.is_padding
        mask = np.zeros(walk.pad_mask.shape, dtype=bool)
        mask[np.ix_(step.rows, step.cols)] = counted
        return mask

    # --- words ------------------------------------------------------------------------

    def _show_texts(self) -> None:
        walk = self.controller.walk
        (h, w), (ph, pw) = walk.input.shape, walk.geom.padding
        if walk.kind == "max":
            title = self.tr("Input {h}×{w} → padded {hp}×{wp} (padding −∞)")
        else:
            title = self.tr("Input {h}×{w} → padded {hp}×{wp} (padding 0)")
        title = title.format(h=h, w=w, hp=h + 2 * ph, wp=w + 2 * pw)
        if walk.overhang_mask.any():  # ceil_mode: a last window hangs past the padding
            title += self.tr(" · hatched: past the edge, never read")
        self.input_view.set_title(title)
        ho, wo = walk.out_shape
        if walk.kind == "max":
            title = self.tr("Max pool output {ho}×{wo}")
        else:
            title = self.tr("Average pool output {ho}×{wo}")
        self.output_view.set_title(title.format(ho=ho, wo=wo))
        self.formulas.set_size_formulas(pool_explain.pool_size_formulas(walk))
        lines = pool_explain.shrink_comparison(walk)
        head = self.tr("Padding keeps the size, pooling shrinks it:")
        self.compare.setText(f"<b>{head}</b><br>" + "<br>".join(lines))

    def _show_step_texts(self, index: int) -> None:
        walk = self.controller.walk
        step = walk.step(index)
        text = pool_explain.pool_step_text(walk, step)
        self.formulas.set_dot_product(f"{text} — {pool_explain.pool_step_words(walk, step)}")
        self._show_step_counter(index)

    def _on_input_hovered(self, row: int, col: int) -> None:
        walk = self.controller.walk
        inside = 0 <= row < walk.padded.shape[0] and 0 <= col < walk.padded.shape[1]
        text = pool_explain.pool_hover_input(walk, row, col) if inside and row >= 0 else ""
        self.formulas.set_hover_text(text)

    def _on_output_hovered(self, row: int, col: int) -> None:
        walk = self.controller.walk
        inside = 0 <= row < walk.out_shape[0] and 0 <= col < walk.out_shape[1]
        text = pool_explain.pool_hover_output(walk, row, col) if inside else ""
        self.formulas.set_hover_text(text)

    def step_counter(self, index: int) -> str:
        """ "Step 3 / 9 · output (0, 2)"."""
        r, c = divmod(index, self.controller.walk.out_shape[1])
        return self.tr("Step {i} / {n} · output ({r}, {c})").format(
            i=index + 1, n=self.stepper.n_steps, r=r, c=c
        )

    def title(self) -> str:
        """The tab's text."""
        return mode_title(self.name)

    def retranslate(self) -> None:
        """Re-word the panel, titles, formulas and the message."""
        self.panel.retranslate()
        self._fit_side()
        self._show_texts()
        self._show_step_texts(self.controller.step)
        self.formulas.set_hover_text("")
        self.controller.retranslate()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Presenter zoom changes the font: the comparison lines scale with it."""
        if event.type() == QtCore.QEvent.Type.FontChange and hasattr(self, "compare"):
            self._scale_fonts()
            self._fit_side()
        super().changeEvent(event)

    def _scale_fonts(self) -> None:
        scale_font(self.compare, self.font(), NOTE_SCALE, False)

    def _fit_side(self) -> None:
        # Never narrower than the controls (labels are wider in some languages).
        self.side.setMinimumWidth(self.controls.sizeHint().width() + 24)

    # --- state --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The settings of the picture on screen."""
        return self.controller.state()

    def set_state(self, state: dict[str, Any]) -> None:
        """Show ``state``; ConfigError, changing nothing, when it cannot be shown."""
        self.controller.set_state(state)


def make_page(window: QtWidgets.QMainWindow) -> PoolingPage:
    """The pooling tab's page for ``window`` (convstudio.pages builds it when first needed)."""
    return PoolingPage()
