"""The layer-stack mode's controller: the input, the layers, and the stage the walk is at.

Every edit goes through here and is resolved by ``convstudio.core.stack``. A layer
that cannot work is kept as the lecturer set it (so it can be fixed); the summary
then holds the stages before it plus the error, and the page shows both. Steps walk
the stack: step 0 is the input, step i the output of layer i.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6 import QtCore

from convstudio.core.stack import StackSummary, build_summary
from convstudio.core.stack_io import MAX_LAYERS, state_from_dict, state_to_dict
from convstudio.core.stack_layers import ConvLayer, Layer, PoolLayer
from convstudio.stepper import Stepper

EXAMPLE_INPUT = (1, 20, 20)
EXAMPLE_LAYERS = (ConvLayer(3), ConvLayer(5), ConvLayer(7))


def _with_padding(layers: list[Layer], padding: str) -> list[Layer]:
    """Every conv layer with ``padding``; pooling layers as they are."""
    return [replace(ly, padding=padding) if isinstance(ly, ConvLayer) else ly for ly in layers]


class StackController(Stepper):
    """Owns the stack's settings and its summaries; playback comes from Stepper."""

    summaries_changed = QtCore.Signal(object)  # tuple of StackSummary: one, or valid + same
    layers_changed = QtCore.Signal()  # the list, a layer's settings or the input changed
    error_changed = QtCore.Signal(str)  # "" when every layer works

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.input_shape: tuple[int, int, int] = EXAMPLE_INPUT
        self.layers: list[Layer] = [layer.checked() for layer in EXAMPLE_LAYERS]
        self.pair = False
        self.error = ""
        self.summaries: tuple[StackSummary, ...] = ()
        self._recompute()

    # --- what the page shows ------------------------------------------------------------

    @property
    def summary(self) -> StackSummary:
        """The stack the walk follows (the left one, all valid, when shown as a pair)."""
        return self.summaries[0]

    @property
    def n_steps(self) -> int:
        """The input plus every stage that works."""
        return len(self.summary.stages) + 1

    def stacks(self) -> list[list[Layer]]:
        """The layer lists shown: the lecturer's, or all-valid and all-same side by side."""
        if self.pair:
            return [_with_padding(self.layers, "valid"), _with_padding(self.layers, "same")]
        return [list(self.layers)]

    def state(self) -> dict[str, Any]:
        """The JSON-able state (see ``convstudio.core.stack_io``)."""
        return state_to_dict(self.input_shape, self.layers, self.pair)

    # --- edits --------------------------------------------------------------------------

    def set_state(self, data: Any) -> None:
        """Show a state dict; ConfigError (changing nothing) when it is malformed."""
        shape, layers, pair = state_from_dict(data)
        self.input_shape, self.layers, self.pair = shape, layers, pair
        self._changed()

    def set_input(self, channels: int, h: int, w: int) -> None:
        """The input's channels and size."""
        self.input_shape = (int(channels), int(h), int(w))
        self._changed()

    def add_layer(self, layer: Layer, at: int | None = None) -> int:
        """Insert ``layer`` at ``at`` (the end by default); returns its index, -1 when full."""
        if len(self.layers) >= MAX_LAYERS:
            return -1
        index = len(self.layers) if at is None else max(0, min(at, len(self.layers)))
        self.layers.insert(index, layer)
        self._changed()
        return index

    def remove_layer(self, index: int) -> None:
        """Delete layer ``index`` (0-based)."""
        if 0 <= index < len(self.layers):
            del self.layers[index]
            self._changed()

    def move_layer(self, index: int, delta: int) -> int:
        """Move layer ``index`` up (−1) or down (+1); returns where it is now."""
        target = index + delta
        if not (0 <= index < len(self.layers) and 0 <= target < len(self.layers)):
            return index
        self.layers[index], self.layers[target] = self.layers[target], self.layers[index]
        self._changed()
        return target

    def set_layer(self, index: int, layer: Layer) -> None:
        """Replace layer ``index`` with an edited one."""
        if 0 <= index < len(self.layers) and self.layers[index] != layer:
            self.layers[index] = layer
            self._changed()

    def set_pair(self, on: bool) -> None:
        """Show the stack twice, every conv valid on the left and same on the right."""
        if bool(on) != self.pair:
            self.pair = bool(on)
            self._changed()

    def load_example(self) -> None:
        """The classic example: 20×20 through 3×3, 5×5 and 7×7, valid next to same."""
        self.input_shape = EXAMPLE_INPUT
        self.layers = [layer.checked() for layer in EXAMPLE_LAYERS]
        self.pair = True
        self._changed()
        self.set_step(0, force=True)

    def retranslate(self) -> None:
        """Word the summaries and the error again (the core words them when computing)."""
        self._recompute()

    # --- computing ----------------------------------------------------------------------

    def _changed(self) -> None:
        self.layers_changed.emit()
        self._recompute()

    def _recompute(self) -> None:
        self.summaries = tuple(build_summary(self.input_shape, ly) for ly in self.stacks())
        self.summaries_changed.emit(self.summaries)
        self._set_error(self._error_text())
        self.reset_steps()

    def _error_text(self) -> str:
        errors = [str(s.error) for s in self.summaries if s.error is not None]
        if self.pair and errors:
            names = (self.tr("all valid"), self.tr("all same"))
            errors = [
                f"{name}: {s.error}"
                for name, s in zip(names, self.summaries, strict=True)
                if s.error is not None
            ]
        return "\n".join(errors)

    def _set_error(self, text: str) -> None:
        if text != self.error:
            self.error = text
            self.error_changed.emit(text)


def default_pool() -> PoolLayer:
    """The layer "Add pool" inserts: 2×2 max pooling, stride 2."""
    return PoolLayer("max", (2, 2), (2, 2), (0, 0), False)


def default_conv() -> ConvLayer:
    """The layer "Add conv" inserts: 3×3, stride 1, same."""
    return ConvLayer((3, 3), (1, 1), "same", (1, 1), "zeros", None, True)
