"""The transposed-convolution tab: conv_transpose2d as zero insertion + an ordinary convolution.

The middle grid is what the flipped kernel really slides over: the input values
(bright) with stride − 1 zeros put between them (dimmed) inside the dashed frame,
and a border of d·(k − 1) − p zeros (+ output padding) in the padding hue around
it. A legend names the three with their colours; hovering an input cell lights up
the output patch it stamps its kernel onto (the scatter picture).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtCore, QtWidgets

from convstudio.core import transposed_explain as words
from convstudio.core.transposed_walk import TransposedWalk
from convstudio.modes import ModePage
from convstudio.pages import mode_title
from convstudio.views.grid_view import GridView

from .pooling_views import NOTE_SCALE, StepFormulaPanel, levels, note_label, scale_font
from .transposed_controller import TransposedStepper
from .transposed_controls import TransposedControls
from .transposed_legend import legend_html

NAME = "transposed"


class TransposedPage(ModePage):
    """Mode "transposed": conv_transpose2d, one output cell per step."""

    name = NAME

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(TransposedStepper(), parent)
        self.controller: TransposedStepper = self.stepper
        self.panel = TransposedControls()
        self.controls_layout.addWidget(self.panel)
        self.controls_layout.addStretch(1)
        self.input_view, self.kernel_view = GridView(), GridView()
        self.padded_view, self.output_view = GridView(), GridView()
        self.formulas = StepFormulaPanel(lambda: self.tr("This step: input · flipped kernel"))
        self.note = note_label("zero_insertion")
        self._build_stage()
        self._scale_fonts()
        self._connect()
        self._on_result_changed(self.controller.walk)
        self.panel.sync(self.controller.settings)
        self._fit_side()

    def _build_stage(self) -> None:
        # One row, each grid's share of the width set by its column count (see
        # _on_result_changed), so the four grids come out with similar cell sizes.
        self._grids = QtWidgets.QHBoxLayout()
        self._grids.setSpacing(12)
        for view in (self.input_view, self.kernel_view, self.padded_view, self.output_view):
            self._grids.addWidget(view, 1)
        self.views_layout.addLayout(self._grids, 1)
        self.views_layout.addWidget(self.note)
        self.views_layout.addWidget(self.formulas)

    def _connect(self) -> None:
        c = self.controller
        self.panel.edited.connect(lambda changes: c.edit(**changes))
        c.result_changed.connect(self._on_result_changed)
        c.step_changed.connect(self._on_step_changed)
        c.error_changed.connect(self.show_message)
        c.settings_changed.connect(lambda: self.panel.sync(c.settings))
        self.input_view.cell_hovered.connect(self._on_input_hovered)
        self.padded_view.cell_hovered.connect(self._on_padded_hovered)
        self.output_view.cell_hovered.connect(self._on_output_hovered)
        self.formulas.recoloured.connect(lambda: self.note.setText(self._note_html()))
        self.output_view.cell_clicked.connect(lambda r, col: c.scrub(r * c.walk.out_shape[1] + col))

    # --- controller → views -------------------------------------------------------------

    def _on_result_changed(self, walk: TransposedWalk) -> None:
        self.panel.sync(self.controller.settings)
        shared = levels(walk.input, np.zeros(1))  # inserted zeros and padding share the scale
        self.input_view.set_data(walk.input, levels=shared)
        # Small grids get at least 3 columns' worth (their titles need the room); the
        # stretched grid, the one to read, at least 14 so its title stays on one line.
        widths = (walk.input.shape[1], walk.kernel.shape[1], walk.out_shape[1])
        for i, n in enumerate(widths[:2]):
            self._grids.setStretch(i, max(n, 3) + 1)
        self._grids.setStretch(2, max(walk.padded.shape[1], 14) + 1)
        self._grids.setStretch(3, max(widths[2], 3) + 1)
        m = float(np.abs(walk.kernel).max()) or 1.0
        self.kernel_view.set_data(walk.flipped, levels=(-m, m))
        self.padded_view.set_data(
            walk.padded, levels=shared, pad_mask=walk.padding_mask, frame=self._frame(walk)
        )
        # Real inputs stay bright; inserted zeros (and padding) are dimmed, a third look.
        self.padded_view.set_highlight(walk.input_mask)
        self.output_view.set_data(
            walk.output, levels=levels(walk.output), revealed=self.controller.step + 1
        )
        self._show_texts()
        self._on_step_changed(self.controller.step)

    @staticmethod
    def _frame(walk: TransposedWalk) -> tuple[int, int, int, int] | None:
        """The zero-inserted block inside the border (clipped where the padding cuts it)."""
        (top, _), (left, _) = walk.geom.edges
        ih, iw = walk.geom.inserted_hw
        hp, wp = walk.geom.padded_hw
        r0, c0 = max(top, 0), max(left, 0)
        r1, c1 = min(top + ih, hp) - 1, min(left + iw, wp) - 1
        return (r0, c0, r1, c1) if r1 >= r0 and c1 >= c0 else None

    def _on_step_changed(self, index: int) -> None:
        step = self.controller.walk.step(index)
        self.padded_view.set_window(step.rows, step.cols)
        self.output_view.set_revealed(index + 1)
        self.output_view.set_current((step.out_row, step.out_col))
        self.formulas.set_dot_product(words.transposed_step_text(step))
        self.note.setText(self._note_html())  # the legend's colours follow the palette
        self._show_step_counter(index)

    # --- words ------------------------------------------------------------------------

    def _show_texts(self) -> None:
        walk = self.controller.walk
        (h, w), (hp, wp), (ho, wo) = walk.input.shape, walk.padded.shape, walk.out_shape
        kh, kw = walk.kernel.shape
        self.input_view.set_title(self.tr("Input {h}×{w}").format(h=h, w=w))
        self.kernel_view.set_title(self.tr("Flipped kernel {kh}×{kw}").format(kh=kh, kw=kw))
        s = walk.geom.stride
        self.padded_view.set_title(
            self.tr("Stride {sh}×{sw}: zeros in, padded {hp}×{wp}").format(
                sh=s[0], sw=s[1], hp=hp, wp=wp
            )
        )
        self.output_view.set_title(self.tr("Output {ho}×{wo}").format(ho=ho, wo=wo))
        self.formulas.set_size_formulas(words.transposed_size_formulas(walk))
        self.note.setText(self._note_html())

    def _note_html(self) -> str:
        walk = self.controller.walk
        lines = [words.zero_insertion_text(walk, axis) for axis in (0, 1)]
        legend = legend_html(
            self.padded_view,
            walk,
            (self.tr("input value"), self.tr("inserted zero"), self.tr("padding zero")),
        )
        return legend + "<br>" + "<br>".join(lines)

    def _on_input_hovered(self, row: int, col: int) -> None:
        walk = self.controller.walk
        if not (0 <= row < walk.input.shape[0] and 0 <= col < walk.input.shape[1]):
            self.output_view.set_highlight(None)
            self.formulas.set_hover_text("")
            return
        pos = walk.padded_position(row, col)
        # The scatter picture: the output patch this input stamps its scaled kernel onto.
        self.output_view.set_highlight(None if pos is None else walk.outputs_fed_by(*pos))
        self.formulas.set_hover_text(words.transposed_hover_input(walk, row, col))

    def _on_padded_hovered(self, row: int, col: int) -> None:
        walk = self.controller.walk
        inside = 0 <= row < walk.padded.shape[0] and 0 <= col < walk.padded.shape[1]
        text = words.transposed_hover_padded(walk, row, col) if inside else ""
        self.formulas.set_hover_text(text)

    def _on_output_hovered(self, row: int, col: int) -> None:
        walk = self.controller.walk
        inside = 0 <= row < walk.out_shape[0] and 0 <= col < walk.out_shape[1]
        text = words.transposed_hover_output(walk, row, col) if inside else ""
        self.formulas.set_hover_text(text)

    def step_counter(self, index: int) -> str:
        """ "Step 3 / 25 · output (0, 2)"."""
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
        self._on_step_changed(self.controller.step)
        self.formulas.set_hover_text("")
        self.controller.retranslate()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Presenter zoom changes the font: the legend and insertion lines scale with it."""
        if event.type() == QtCore.QEvent.Type.FontChange and hasattr(self, "note"):
            self._scale_fonts()
            self._fit_side()
        super().changeEvent(event)

    def _scale_fonts(self) -> None:
        scale_font(self.note, self.font(), NOTE_SCALE, False)

    def _fit_side(self) -> None:
        self.side.setMinimumWidth(self.controls.sizeHint().width() + 24)

    # --- state --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The settings of the picture on screen."""
        return self.controller.state()

    def set_state(self, state: dict[str, Any]) -> None:
        """Show ``state``; ConfigError, changing nothing, when it cannot be shown."""
        self.controller.set_state(state)


def make_page(window: QtWidgets.QMainWindow) -> TransposedPage:
    """The transposed tab's page for ``window`` (convstudio.pages builds it when first needed)."""
    return TransposedPage()
