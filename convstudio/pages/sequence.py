"""The sequence (1-D) tab: a padded sequence, the kernel row sliding along it, the output row.

The three rows share one cell width, and with stride 1 output t sits under input t — so
with causal padding the picture itself shows that the window of output t ends at
input t: output t sees nothing after it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtCore, QtWidgets

from convstudio.core import explain
from convstudio.core.conv1d_walk import SequenceWalk
from convstudio.hover import HoverLinker
from convstudio.modes import ModePage
from convstudio.pages import mode_title
from convstudio.views.control_texts import fill_mode
from convstudio.views.formula_panel import FormulaPanel
from convstudio.views.grid_view import GridView

from . import channels_kit as kit
from .sequence_controller import NAME, SequenceController
from .sequence_controls import SequenceControls

_RIGHT = QtCore.Qt.AlignmentFlag.AlignRight
_CAPTION_SCALE = 1.4
_NOTE_SCALE = 1.3


def _levels(values: np.ndarray) -> tuple[float, float]:
    lo, hi = float(values.min()), float(values.max())
    return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)


def _num(v: float) -> str:
    return explain.format_number(v, unicode_minus=True)


class SequencePage(ModePage):
    """Mode "sequence": conv1d step by step, with causal padding explained."""

    name = NAME

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(SequenceController(), parent)
        self.controller: SequenceController = self.stepper
        self.panel = SequenceControls()
        self.controls_layout.addWidget(self.panel)
        self.controls_layout.addStretch(1)
        self.input_view, self.kernel_view, self.output_view = GridView(), GridView(), GridView()
        self.captions = [QtWidgets.QLabel() for _ in range(3)]
        self.note = QtWidgets.QLabel()
        self.note.setObjectName("causal_note")
        self.note.setWordWrap(True)
        self.formulas = FormulaPanel()
        # The sequence is a 1×L walk underneath: the single layer's hover links fit as is.
        self.hover = HoverLinker(
            self.input_view, self.kernel_view, self.output_view, self.formulas, self
        )
        self._build_stage()
        self._scale_fonts()
        self._connect()
        self._on_result_changed(self.controller.walk)
        self._sync_controls()
        self._fit_side()

    def _build_stage(self) -> None:
        self._rows = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(self._rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        views = (self.input_view, self.kernel_view, self.output_view)
        for row, (caption, view) in enumerate(zip(self.captions, views, strict=True)):
            caption.setWordWrap(True)
            caption.setTextFormat(QtCore.Qt.TextFormat.RichText)
            caption.setAlignment(_RIGHT | QtCore.Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption, row, 0)
            grid.addWidget(view, row, 1)
            grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)
        self._rows.installEventFilter(self)
        self.views_layout.addWidget(self._rows, 3)
        self.views_layout.addWidget(self.note)
        self.views_layout.addWidget(self.formulas)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Refit the rows' height to one cell size when the stage is resized."""
        if watched is self._rows and event.type() == QtCore.QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        """Keep the kernel row near the padded input's cell size (it would grow huge).

        The input and output rows keep their full height: a grid view's margin is a
        fraction of its smaller side, so a thin one-row view would lose width to it.
        """
        caption = max(label.sizeHint().width() for label in self.captions)
        width = self._rows.width() - caption - 12
        cells = self.controller.walk.padded.size
        cell = max(8, min(width // cells, self._rows.height() // 3 - 8))
        self.kernel_view.setMaximumHeight(max(cell + 24, 60))

    def _connect(self) -> None:
        c = self.controller
        self.panel.edited.connect(lambda changes: c.update(**changes))
        self.panel.new_random_requested.connect(c.new_seed)
        c.result_changed.connect(self._on_result_changed)
        c.step_changed.connect(self._on_step_changed)
        c.error_changed.connect(self.show_message)
        c.settings_changed.connect(self._sync_controls)
        self.output_view.cell_clicked.connect(lambda _r, col: c.scrub(col))

    def _sync_controls(self) -> None:
        self.panel.sync(self.controller.settings, self.controller.walk.pads)

    # --- controller → views -------------------------------------------------------------

    def _on_result_changed(self, walk: SequenceWalk) -> None:
        left, _ = walk.pads
        n = walk.input.size
        frame = (0, left, 0, left + n - 1)
        padded = walk.padded[None]
        self.input_view.set_data(
            padded, levels=_levels(padded), pad_mask=walk.pad_mask[None], frame=frame
        )
        m = float(np.abs(walk.kernel).max()) or 1.0
        self.kernel_view.set_data(walk.kernel[None], levels=(-m, m))
        self.output_view.set_data(
            walk.output[None], levels=_levels(walk.output), revealed=self.controller.step + 1
        )
        self._fit_rows()
        self.hover.set_walk(walk.walk)
        self._show_texts()
        self._on_step_changed(self.controller.step)

    def _on_step_changed(self, index: int) -> None:
        walk = self.controller.walk
        step = walk.step(index)
        self.input_view.set_window(np.array([0]), step.cols)
        # Input t·s, where output t "is": with causal padding the window ends right on it.
        self.input_view.set_current((0, walk.pads[0] + index * walk.stride))
        self.output_view.set_revealed(index + 1)
        self.output_view.set_current((0, index))
        self._show_step_texts(index)

    # --- words ------------------------------------------------------------------------

    def _show_texts(self) -> None:
        walk = self.controller.walk
        n, (left, right) = walk.input.size, walk.pads
        self.captions[0].setText(
            self.tr("Input<br>L = {n} → padded {p}").format(n=n, p=walk.padded.size)
        )
        self.captions[1].setText(
            self.tr("Kernel<br>k = {k}, d = {d}").format(k=walk.kernel.size, d=walk.dilation)
        )
        self.captions[2].setText(self.tr("Output<br>L<sub>out</sub> = {n}").format(n=walk.n_steps))
        formula = explain.size_formula(
            "L", n, walk.kernel.size, walk.stride, walk.dilation, left, right
        )
        self.formulas.set_size_formulas([formula, self._padding_summary(walk)])

    def _padding_summary(self, walk: SequenceWalk) -> str:
        name = walk.padding if isinstance(walk.padding, str) else self.tr("explicit")
        mode = fill_mode(walk.padding_mode)
        if walk.padding_mode == "constant":
            mode = f"{mode} {explain.format_number(walk.value, unicode_minus=True)}"
        text = self.tr("padding {name} → left {left}, right {right} ({mode})")
        return text.format(name=name, left=walk.pads[0], right=walk.pads[1], mode=mode)

    def _show_step_texts(self, index: int) -> None:
        walk = self.controller.walk
        step = walk.step(index)
        self.formulas.set_dot_product(explain.dot_product_text(step))
        reads = self.tr("Output {t} reads inputs {first} to {last} (outlined: input {at}).")
        reads = reads.format(
            t=index,
            first=_num(step.positions[0]),
            last=_num(step.positions[-1]),
            at=index * walk.stride,
        )
        if walk.padding == "causal":
            if walk.stride == 1:
                rule = self.tr("Causal: all padding on the left, so output t sees only inputs ≤ t.")
            else:
                rule = self.tr(
                    "Causal: all padding on the left, so output t sees only inputs ≤ {s}·t."
                ).format(s=walk.stride)
            reads = f"{rule} {reads}"
        self.note.setText(reads)
        self._show_step_counter(index)

    def step_counter(self, index: int) -> str:
        """ "Step 3 / 12 · output 2"."""
        return self.tr("Step {i} / {n} · output {t}").format(
            i=index + 1, n=self.stepper.n_steps, t=index
        )

    def title(self) -> str:
        """The tab's text."""
        return mode_title(self.name)

    def retranslate(self) -> None:
        """Re-word the panel, captions, formulas and the message."""
        self.panel.retranslate()
        self._fit_side()
        self._show_texts()
        self._show_step_texts(self.controller.step)
        self.hover.refresh()
        self.controller.retranslate()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Presenter zoom changes the font: captions and the note scale with it."""
        if event.type() == QtCore.QEvent.Type.FontChange and hasattr(self, "note"):
            self._scale_fonts()
            self._fit_side()
        super().changeEvent(event)

    def _fit_side(self) -> None:
        # Never narrower than the controls (labels are wider in some languages).
        self.side.setMinimumWidth(self.controls.sizeHint().width() + 24)

    def _scale_fonts(self) -> None:
        for caption in self.captions:
            kit.scale_font(caption, self.font(), _CAPTION_SCALE, True)
        kit.scale_font(self.note, self.font(), _NOTE_SCALE, False)

    # --- state --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """The settings of the picture on screen."""
        return self.controller.state()

    def set_state(self, state: dict[str, Any]) -> None:
        """Show ``state``; ConfigError, changing nothing, when it cannot be shown."""
        self.controller.set_state(state)


def make_page(window: QtWidgets.QMainWindow) -> SequencePage:
    """The sequence tab's page for ``window`` (convstudio.pages builds it when first needed)."""
    return SequencePage()
