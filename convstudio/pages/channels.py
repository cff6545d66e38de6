"""The channels tab: an RGB (or 1–4 channel) input meets 3-D filters, one partial sum per channel.

Each output cell of a multi-channel convolution is the sum, over the input channels its
filter reads, of that channel's window times the filter's slice for it, plus the bias.
The tab shows every term of that sum: each channel with the window, the slice under it,
its partial sum, and "R: 12 + G: −3 + B: 5 + bias 0 = 14"; stepping goes through every
cell of every output channel.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtWidgets

from convstudio.core import explain
from convstudio.core.channels import ChannelStep, ChannelWalk
from convstudio.modes import ModePage
from convstudio.views.formula_panel import FormulaPanel

from . import mode_title
from .channels_controller import NAME, ChannelsController
from .channels_controls import ChannelsControls
from .channels_views import ChannelsStage

_MINUS = "\u2212"


def _num(v: float) -> str:
    return explain.format_number(v, unicode_minus=True)


class ChannelsPage(ModePage):
    """Mode "channels": a multi-channel conv2d with groups, step by step."""

    name = NAME

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ChannelsController(), parent)
        self.controller: ChannelsController = self.stepper
        self.panel = ChannelsControls()
        self.controls_layout.addWidget(self.panel)
        self.controls_layout.addStretch(1)
        self.grids = ChannelsStage()
        self.formulas = FormulaPanel()
        self.views_layout.addWidget(self.grids, 1)
        self.views_layout.addWidget(self.formulas)
        self.grids.scale_fonts(self.font())
        self._connect()
        self._on_result_changed(self.controller.walk)
        self._sync_controls()
        self._fit_side()

    def _connect(self) -> None:
        c = self.controller
        self.panel.edited.connect(lambda settings: c.update(**settings))
        self.panel.new_random_requested.connect(c.new_seed)
        c.result_changed.connect(self._on_result_changed)
        c.step_changed.connect(self._on_step_changed)
        c.error_changed.connect(self.show_message)
        c.settings_changed.connect(self._sync_controls)
        self.grids.output_clicked.connect(self._on_output_clicked)
        self.grids.output_hovered.connect(self._on_output_hovered)

    def _sync_controls(self) -> None:
        self.panel.sync(self.controller.settings, self.controller.walk.pads)

    def _fit_side(self) -> None:
        self.side.setMinimumWidth(self.controls.sizeHint().width() + 24)

    # --- controller → views -------------------------------------------------------------

    def _on_result_changed(self, walk: ChannelWalk) -> None:
        self.grids.show_result(walk, self.channel_names(walk.in_channels))
        self._show_sizes()
        self._on_step_changed(self.controller.step)

    def _on_step_changed(self, index: int) -> None:
        walk = self.controller.walk
        step = walk.step(index)
        self.grids.show_step(walk, step)
        self._show_step_texts(step)

    def _on_output_clicked(self, o: int, row: int, col: int) -> None:
        walk = self.controller.walk
        if o < walk.out_channels:
            self.controller.scrub(walk.index_of(o, row, col))

    def _on_output_hovered(self, o: int, row: int, col: int) -> None:
        walk = self.controller.walk
        if row < 0 or o >= walk.out_channels:
            self.formulas.set_hover_text("")
            self.grids.show_step(walk, walk.step(self.controller.step))
            return
        index = walk.index_of(o, row, col)
        rows, cols = walk.window(index)
        mask = np.zeros(walk.padded.mask.shape, dtype=bool)
        mask[np.ix_(rows, cols)] = True
        self.grids.show_receptive_field(walk.channels_of(o), mask)
        names = self.channel_names(walk.in_channels)
        text = self.tr("filter {o}, row {r}, col {c} = {v} · step {i} · reads channels {names}")
        self.formulas.set_hover_text(
            text.format(
                o=o,
                r=row,
                c=col,
                v=_num(walk.output[o, row, col]),
                i=index + 1,
                names=", ".join(names[j] for j in walk.channels_of(o)),
            )
        )

    # --- words ------------------------------------------------------------------------

    def channel_names(self, n: int) -> list[str]:
        """R, G, B for three channels, otherwise "ch 0", "ch 1", …"""
        if n == 3:
            return [self.tr("R"), self.tr("G"), self.tr("B")]
        return [self.tr("ch {j}").format(j=j) for j in range(n)]

    def _show_sizes(self) -> None:
        walk = self.controller.walk
        (h, w), (hp, wp) = walk.input.shape[1:], walk.padded.mask.shape
        shapes = self.tr(
            "input {c}×{h}×{w} → padded {c}×{hp}×{wp} ⊛ weight {o}×{cg}×{kh}×{kw} "
            "→ output {o}×{ho}×{wo}"
        ).format(
            c=walk.in_channels,
            h=h,
            w=w,
            hp=hp,
            wp=wp,
            o=walk.out_channels,
            cg=walk.weight.shape[1],
            kh=walk.weight.shape[2],
            kw=walk.weight.shape[3],
            ho=walk.out_shape[0],
            wo=walk.out_shape[1],
        )
        # One line: H_out and W_out are the single layer's formulas; here the shapes matter.
        self.formulas.set_size_formulas([shapes])

    def _show_step_texts(self, step: ChannelStep) -> None:
        walk = self.controller.walk
        names = self.channel_names(walk.in_channels)
        o = step.out_channel
        terms = [
            self.tr("{name}: {sum}").format(name=names[sl.channel], sum=_num(sl.partial))
            for sl in step.slices
        ]
        terms.append(self.tr("bias {b}").format(b=_num(step.bias)))
        where = self.tr("filter {o} at row {r}, col {c}:").format(
            o=o, r=step.out_row, c=step.out_col
        )
        self.formulas.set_dot_product(f"{where} {' + '.join(terms)} = {_num(step.total)}")
        sums = {j: "—" for j in range(walk.in_channels)}
        sums.update({sl.channel: f"Σ = {_num(sl.partial)}" for sl in step.slices})
        titles = [
            (self.tr("▶ Filter {o}") if i == o else self.tr("Filter {o}")).format(o=i)
            for i in range(walk.out_channels)
        ]
        self.grids.show_texts(sums, titles)
        self._show_step_counter(step.index)

    def step_counter(self, index: int) -> str:
        """ "Step 7 / 50 · filter 0 · row 1, col 1"."""
        o, r, c = self.controller.walk.locate(min(index, self.stepper.n_steps - 1))
        return self.tr("Step {i} / {n} · filter {o} · row {r}, col {c}").format(
            i=index + 1, n=self.stepper.n_steps, o=o, r=r, c=c
        )

    def title(self) -> str:
        """The tab's text."""
        return mode_title(self.name)

    def retranslate(self) -> None:
        """Re-word the panel, titles, formulas and the message."""
        self.panel.retranslate()
        self._fit_side()
        self._on_result_changed(self.controller.walk)
        self.controller.retranslate()

    def changeEvent(self, event) -> None:
        """Presenter zoom changes the font: the partial sums scale with it."""
        if event.type() == event.Type.FontChange and hasattr(self, "grids"):
            self.grids.scale_fonts(self.font())
            self._fit_side()
        super().changeEvent(event)

    # --- state --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The settings of the picture on screen."""
        return self.controller.state()

    def set_state(self, state: dict[str, Any]) -> None:
        """Show ``state``; ConfigError, changing nothing, when it cannot be shown."""
        self.controller.set_state(state)


def make_page(window: QtWidgets.QMainWindow) -> ChannelsPage:
    """The channels tab's page for ``window`` (convstudio.pages builds it when first needed)."""
    return ChannelsPage()
