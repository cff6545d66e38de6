"""The "Layer stack" tab: a chain of conv and pooling layers, stage by stage.

The lecturer builds the stack in the side panel; the stage shows the model summary
(shapes, padding per side, receptive field, parameters), the stages drawn to scale with
the receptive field of the centre cell, the current stage's formulas, and how many
weights and connections the current conv layer has against a dense layer. → / Space
walk the stack one layer at a time; Enter (or "Open in its own tab") opens the layer
in the single-layer tab (a pooling layer in the pooling tab, when there is one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from convstudio.core import stack_text
from convstudio.core.errors import ConfigError
from convstudio.core.stack import StackSummary, field_box
from convstudio.core.stack_connect import stage_connectivity
from convstudio.core.stack_layers import ConvLayer, check_layer, layer_title, type_name
from convstudio.modes import ModePage
from convstudio.pages import mode_title
from convstudio.pages.stack_column import StackColumn
from convstudio.pages.stack_controller import StackController, default_conv, default_pool
from convstudio.pages.stack_editor import StackEditor
from convstudio.pages.stack_open import open_layer, pool_refusal, pool_target

if TYPE_CHECKING:
    from convstudio.main_window import MainWindow


class StackPage(ModePage):
    """Side panel: input, layers, the selected layer's form. Stage: one or two stacks."""

    name = "stack"

    def __init__(self, window: MainWindow | None = None) -> None:
        super().__init__(StackController())
        self.main = window
        self.controller: StackController = self.stepper
        self.editor = StackEditor()
        self.controls_layout.addWidget(self.editor)
        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        self.controls_layout.addWidget(self.note)
        self.columns = [StackColumn(), StackColumn()]
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.columns[0], 1)
        # A rule between the pair, so the two drawings do not read as one long stack.
        self.divider = QtWidgets.QFrame()
        self.divider.setFrameShape(QtWidgets.QFrame.Shape.VLine)
        self.divider.setFrameShadow(QtWidgets.QFrame.Shadow.Sunken)
        row.addSpacing(8)
        row.addWidget(self.divider)
        row.addSpacing(8)
        row.addWidget(self.columns[1], 1)
        self.views_layout.addLayout(row, 1)
        self._selected = 0
        self._fit_side_panel()
        self._connect()
        self._on_summaries_changed(self.controller.summaries)
        self._on_step_changed(self.controller.step)

    def _connect(self) -> None:
        c, e = self.controller, self.editor
        e.input_edited.connect(c.set_input)
        e.add_requested.connect(self._on_add_requested)
        e.remove_requested.connect(self._on_remove_requested)
        e.move_requested.connect(self._on_move_requested)
        e.current_changed.connect(self._on_editor_current_changed)
        e.layer_edited.connect(lambda layer: c.set_layer(self._selected, layer))
        e.example_requested.connect(c.load_example)
        e.pair_toggled.connect(c.set_pair)
        e.open_requested.connect(lambda: self.open_layer(self._selected + 1))
        c.summaries_changed.connect(self._on_summaries_changed)
        c.step_changed.connect(self._on_step_changed)
        c.error_changed.connect(self.show_message)
        for side, column in enumerate(self.columns):
            column.table.row_chosen.connect(c.scrub)
            column.table.row_activated.connect(lambda row, s=side: self.open_layer(row, s))

    def _fit_side_panel(self) -> None:
        # Never narrower than the controls: labels are wider in some languages and fonts.
        bar = self.side.verticalScrollBar().sizeHint().width()
        self.side.setMinimumWidth(self.controls.sizeHint().width() + bar + 8)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._fit_side_panel()

    # --- ModePage contract --------------------------------------------------------------

    def title(self) -> str:
        return mode_title(self.name)

    def state(self) -> dict[str, Any]:
        return self.controller.state()

    def set_state(self, state: dict[str, Any]) -> None:
        self.controller.set_state(state)

    def step_counter(self, index: int) -> str:
        n = self.controller.n_steps
        if index == 0:
            return self.tr("Input · step 1 of {n}").format(n=n)
        return self.tr("Layer {i} of {layers} · step {step} of {n}").format(
            i=index, layers=n - 1, step=index + 1, n=n
        )

    def retranslate(self) -> None:
        self.editor.retranslate()
        self.controller.retranslate()
        self._fit_side_panel()

    # --- editing ------------------------------------------------------------------------

    def _on_add_requested(self, kind: str) -> None:
        layer = default_conv() if kind == "conv" else default_pool()
        at = self._selected + 1 if self.controller.layers else 0
        index = self.controller.add_layer(layer, at)
        if index >= 0:
            self._select(index)

    def _on_remove_requested(self) -> None:
        self.controller.remove_layer(self._selected)
        self._select(min(self._selected, len(self.controller.layers) - 1))

    def _on_move_requested(self, delta: int) -> None:
        self._select(self.controller.move_layer(self._selected, delta))

    def _on_editor_current_changed(self, row: int) -> None:
        self._select(row)
        if 0 <= row < len(self.controller.summary.stages):
            self.controller.scrub(row + 1)

    def _select(self, row: int) -> None:
        self._selected = max(row, 0)
        self.editor.select(row)
        self._show_selected_layer()

    def _show_selected_layer(self) -> None:
        layers, summary = self.controller.layers, self.controller.summary
        if not 0 <= self._selected < len(layers):
            self.editor.show_layer(0, None, None)
            self.editor.set_open_enabled(False, "")
            return
        layer = layers[self._selected]
        stages = summary.stages
        pads = stages[self._selected].pads if self._selected < len(stages) else ((0, 0), (0, 0))
        self.editor.show_layer(self._selected + 1, _checked_or(layer), pads)
        self.editor.set_open_enabled(*self._open_state(summary, self._selected + 1))

    def _open_state(self, summary: StackSummary, number: int) -> tuple[bool, str]:
        if number > len(summary.stages):
            return False, self.tr("This layer cannot work yet; fix its settings first.")
        layer = summary.stages[number - 1].layer
        if isinstance(layer, ConvLayer):
            return True, self.tr("Show this layer in the single-layer tab (Enter)")
        if pool_target(self.main) is None:
            return False, self.tr(
                "Pooling layers open in the pooling tab, which this window does not have."
            )
        refusal = pool_refusal(summary.stages[number - 1])
        if refusal:
            return False, self.tr("The pooling tab cannot show this layer: {why}").format(
                why=refusal
            )
        return True, self.tr("Show this layer in the pooling tab (Enter)")

    # --- showing ------------------------------------------------------------------------

    def _on_summaries_changed(self, summaries: tuple[StackSummary, ...]) -> None:
        c = self.controller
        titles = [_title_or_raw(layer) for layer in c.layers]
        self.editor.show_stack(c.input_shape, titles, c.pair)
        names = (self.tr("All valid"), self.tr("All same")) if c.pair else ("",)
        for column, summary, name in zip(self.columns, summaries, names, strict=False):
            if name:
                column.set_title(f"{name}: {stack_text.shapes_text(summary)}")
            else:
                column.set_title(stack_text.total_text(summary))
            column.table.set_rows(stack_text.rows(summary), stack_text.failed_row(summary))
            column.table.set_compact(c.pair)
            shapes = summary.shapes()
            column.drawing.set_stages(
                [s[1:] for s in shapes],
                [self.tr("input")] + [_stage_name(st) for st in summary.stages],
                [stack_text.shape_text(s) for s in shapes],
            )
        self.columns[1].setVisible(c.pair)
        self.divider.setVisible(c.pair)
        self._show_selected_layer()
        self._on_step_changed(c.step)

    def _on_step_changed(self, index: int) -> None:
        for column, summary in zip(self.columns, self.controller.summaries, strict=False):
            step = min(index, len(summary.stages))
            column.set_current(step, _centre_boxes(summary, step))
            column.set_step_lines(stack_text.step_lines(summary, step))
            column.set_connection_lines(self._connection_lines(summary, step))
        if index >= 1 and index - 1 != self._selected:
            self._select(index - 1)

    def _connection_lines(self, summary: StackSummary, step: int) -> list[str]:
        if step == 0:
            return [
                self.tr("Connections"),
                self.tr("Step to a conv layer to compare it with a dense layer."),
            ]
        stage = summary.stages[step - 1]
        conn = stage_connectivity(stage)
        head = self.tr("Connections · layer {n} vs a dense layer").format(n=stage.number)
        if conn is None:
            return [head, self.tr("Pooling has no weights: each output reads its window only.")]
        return [head, *conn.sentences()]

    def open_layer(self, number: int, side: int = 0) -> bool:
        """Open layer ``number`` (1-based) of the stack on ``side`` in its own tab."""
        summary = self.controller.summaries[min(side, len(self.controller.summaries) - 1)]
        if self.main is None or not 1 <= number <= len(summary.stages):
            return False
        note = open_layer(self.main, summary.stages[number - 1])
        self.note.setText(note)
        return bool(note)


def _checked_or(layer):
    try:
        return check_layer(layer)
    except ConfigError:  # the form shows what it can; the message explains the problem
        return layer


def _title_or_raw(layer) -> str:
    try:
        return layer_title(check_layer(layer))
    except ConfigError:
        return repr(layer)


def _stage_name(stage) -> str:
    return f"{stage.number} · {type_name(stage.layer)}"


def _centre_boxes(summary: StackSummary, step: int) -> list:
    _, h, w = summary.input_shape if step == 0 else summary.stages[step - 1].out_shape
    return field_box(summary, step, h // 2, w // 2)


def make_page(window: MainWindow) -> StackPage:
    """The stack tab's page for ``window`` (convstudio.pages builds it when first needed)."""
    return StackPage(window)
