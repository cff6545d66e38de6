"""A stack of conv and pooling layers: each stage's shapes, padding, formula and receptive field.

``summarize(input_shape, layers)`` walks the layers in order. Every stage reports its
input and output shapes (C, H, W), the padding per side, the output-size formula with
the numbers filled in, and the receptive field and jump (effective stride) of one of
its output cells on the original input, by the standard recurrence per axis::

    k_eff = d·(k − 1) + 1,   r_out = r_in + (k_eff − 1)·j_in,   j_out = j_in·s

An impossible layer stops the walk. :func:`build_summary` returns the stages that
work plus the error (so a window can show the good part and the message);
:func:`summarize` raises that error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .conv import output_shape
from .errors import ConfigError
from .explain import MINUS, size_formula
from .i18n import translate
from .padding import Pads, check_pads_fit, resolve_padding
from .pooling import pool_output_size
from .stack_layers import ConvLayer, Layer, PoolLayer, channel_count, check_layer, layer_title
from .validate import as_pair

Shape = tuple[int, int, int]
"""(channels, height, width)."""


@dataclass(frozen=True)
class Stage:
    """One layer resolved against the shape arriving at it.

    ``number`` is 1-based (layer 1 is the first after the input). ``receptive_field``
    and ``jump`` are per axis (h, w), in cells of the original input.
    """

    number: int
    layer: Layer
    in_shape: Shape
    out_shape: Shape
    pads: Pads
    formulas: tuple[str, str]
    receptive_field: tuple[int, int]
    jump: tuple[int, int]
    params: int

    @property
    def kind(self) -> str:
        """ "conv", "max" or "avg"."""
        return self.layer.op if isinstance(self.layer, PoolLayer) else "conv"

    def field_formulas(self, before: tuple[int, int], jump_before: tuple[int, int]) -> list[str]:
        """The receptive-field recurrence with the numbers filled in: one line per axis,
        or a single "r = …, j = …" line when both axes have the same numbers."""
        lines = []
        for a, name in ((0, "_H"), (1, "_W")):
            span = self.layer.span()[a]
            lines.append(
                f"r{name} = {before[a]} + ({span} {MINUS} 1)·{jump_before[a]} = "
                f"{self.receptive_field[a]},  j{name} = {jump_before[a]}·"
                f"{self.layer.stride[a]} = {self.jump[a]}"
            )
        if lines[0].replace("_H", "") == lines[1].replace("_W", ""):
            return [lines[0].replace("_H", "")]
        return lines

    def size_formulas(self) -> list[str]:
        """The output-size formula per axis, or one "H_out = W_out = …" line when alike."""
        h, w = self.formulas
        if h.removeprefix("H_out") == w.removeprefix("W_out"):
            return ["H_out = " + w]
        return [h, w]


@dataclass(frozen=True)
class StackSummary:
    """The stages that work, and the error of the first layer that does not (or None)."""

    input_shape: Shape
    layers: tuple[Any, ...]
    stages: tuple[Stage, ...]
    error: ConfigError | None = None

    @property
    def ok(self) -> bool:
        """Whether every layer works."""
        return self.error is None

    @property
    def failed_layer(self) -> int | None:
        """1-based number of the layer that cannot work, or None."""
        return None if self.error is None else len(self.stages) + 1

    @property
    def output_shape(self) -> Shape:
        """The shape after the last stage that works (the input when there is none)."""
        return self.stages[-1].out_shape if self.stages else self.input_shape

    def shapes(self) -> list[Shape]:
        """Input shape, then every working stage's output shape."""
        return [self.input_shape] + [s.out_shape for s in self.stages]

    def field_before(self, index: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """(receptive field, jump) arriving at stage ``index`` (0-based): (1, 1) at the input."""
        if index == 0:
            return (1, 1), (1, 1)
        prev = self.stages[index - 1]
        return prev.receptive_field, prev.jump

    @property
    def params(self) -> int:
        """Parameters of every working stage."""
        return sum(s.params for s in self.stages)


def check_input_shape(shape: Any) -> Shape:
    """(H, W) or (C, H, W) as a (C, H, W) tuple of ints; ConfigError otherwise."""
    items = list(shape) if isinstance(shape, (list, tuple)) else None
    if items is None or len(items) not in (2, 3):
        raise ConfigError(
            translate(
                "ConfigError",
                "the stack's input shape must be (height, width) or (channels, height, "
                "width), got {shape}",
            ).format(shape=repr(shape))
        )
    c = (
        channel_count(items[0], translate("ConfigError", "input channels"))
        if len(items) == 3
        else 1
    )
    h, w = as_pair(items[-2:], "input size", minimum=1)
    return (c, h, w)


def build_summary(input_shape: Any, layers: Sequence[Any]) -> StackSummary:
    """Resolve every layer in turn; stop at the first that cannot work and keep its error.

    A malformed ``input_shape`` raises ConfigError (there is nothing to show).
    """
    start = shape = check_input_shape(input_shape)
    stages: list[Stage] = []
    field, jump = (1, 1), (1, 1)
    for number, raw in enumerate(layers, start=1):
        try:
            stage = _resolve(number, raw, shape, field, jump)
        except ConfigError as exc:
            return StackSummary(start, tuple(layers), tuple(stages), _layer_error(number, raw, exc))
        stages.append(stage)
        shape, field, jump = stage.out_shape, stage.receptive_field, stage.jump
    return StackSummary(start, tuple(layers), tuple(stages))


def summarize(input_shape: Any, layers: Sequence[Any]) -> StackSummary:
    """Like :func:`build_summary`, but raise the first layer's ConfigError."""
    summary = build_summary(input_shape, layers)
    if summary.error is not None:
        raise summary.error
    return summary


def _layer_error(number: int, raw: Any, exc: ConfigError) -> ConfigError:
    try:
        what = layer_title(check_layer(raw))
    except ConfigError:
        what = ""
    if what:
        text = translate("ConfigError", "layer {n} ({what}): {error}")
    else:
        text = translate("ConfigError", "layer {n}: {error}")
    return ConfigError(text.format(n=number, what=what, error=exc))


def _resolve(
    number: int, raw: Any, shape: Shape, field: tuple[int, int], jump: tuple[int, int]
) -> Stage:
    layer = check_layer(raw)
    parts = _conv_parts if isinstance(layer, ConvLayer) else _pool_parts
    pads, out_shape, formulas, params = parts(layer, shape)
    span = layer.span()
    new_field = tuple(r + (k - 1) * j for r, k, j in zip(field, span, jump, strict=True))
    new_jump = tuple(j * s for j, s in zip(jump, layer.stride, strict=True))
    return Stage(number, layer, shape, out_shape, pads, formulas, new_field, new_jump, params)


def _conv_parts(layer: ConvLayer, shape: Shape) -> tuple[Pads, Shape, tuple[str, str], int]:
    """Pads, output shape, size formulas and parameters of a conv layer (ConfigError if
    it cannot work on ``shape``)."""
    c, h, w = shape
    pads = resolve_padding(layer.padding, (h, w), layer.kernel, layer.stride, layer.dilation)
    check_pads_fit(pads, (h, w), layer.padding_mode)
    out_hw = output_shape((h, w), layer.kernel, layer.stride, pads, layer.dilation)
    c_out = layer.out_channels or c
    params = c_out * c * layer.kernel[0] * layer.kernel[1] + (c_out if layer.bias else 0)
    formulas = tuple(
        size_formula(name, (h, w)[a], layer.kernel[a], layer.stride[a], layer.dilation[a], *pads[a])
        for a, name in ((0, "H"), (1, "W"))
    )
    return pads, (c_out, *out_hw), formulas, params


def _pool_parts(layer: PoolLayer, shape: Shape) -> tuple[Pads, Shape, tuple[str, str], int]:
    """The same for a pooling layer: PyTorch's padding on both sides, no parameters."""
    c, h, w = shape
    out_hw = tuple(
        pool_output_size(n, k, s, p, 1, layer.ceil_mode)
        for n, k, s, p in zip((h, w), layer.kernel, layer.stride, layer.padding, strict=True)
    )
    formulas = tuple(
        pool_formula(
            name,
            (h, w)[a],
            layer.kernel[a],
            layer.stride[a],
            layer.padding[a],
            out_hw[a],
            ceil_mode=layer.ceil_mode,
        )
        for a, name in ((0, "H"), (1, "W"))
    )
    return tuple((p, p) for p in layer.padding), (c, *out_hw), formulas, 0


def pool_formula(
    axis: str, n: int, k: int, s: int, p: int, out: int, *, ceil_mode: bool = False
) -> str:
    """One axis of the pooling size formula: "H_out = ⌊(20 + 2·0 − 2) / 2⌋ + 1 = 10".

    Ceil mode shows ⌈…⌉; when PyTorch drops a last window that would start in the
    padding (so ``out`` is one less than the brackets give) the formula says so.
    """
    lo, hi = "⌈⌉" if ceil_mode else "⌊⌋"
    text = f"{axis}_out = {lo}({n} + 2·{p} {MINUS} {k}) / {s}{hi} + 1"
    top = n + 2 * p - k
    raw = (-(-top // s) if ceil_mode else top // s) + 1
    if raw != out:
        return text + translate(
            "stack", " {minus} 1 = {out} (the last window would start in the padding)"
        ).format(minus=MINUS, out=out)
    return f"{text} = {out}"


def field_cells(
    summary: StackSummary, stage: int, row: int, col: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Which cells output cell (row, col) of stage ``stage`` (1-based; 0 = the input) reads.

    Returns, per level from the input (level 0) up to the stage itself, a pair of bool
    masks (rows, cols): the cell depends on level-L cell (r, c) exactly when
    ``rows[r] and cols[c]``. A layer slides its window separately along each axis, so
    the dependency is a product of one set per axis; each level's set is every real
    cell that a tap of a window of the level above lands on. With zero padding (and
    for pooling, whose padding never wins) this is exactly what the output depends on;
    reflect, replicate and circular padding copy edge cells into the padding and reach
    further in.
    """
    if not 0 <= stage <= len(summary.stages):
        raise IndexError(f"stage {stage} is outside 0..{len(summary.stages)}")
    shape = summary.input_shape if stage == 0 else summary.stages[stage - 1].out_shape
    if not (0 <= row < shape[1] and 0 <= col < shape[2]):
        raise IndexError(f"cell ({row}, {col}) is outside the {shape[1]}×{shape[2]} output")
    level = []
    for a, index in ((0, row), (1, col)):
        mask = np.zeros(shape[1 + a], dtype=bool)
        mask[index] = True
        level.append(mask)
    levels = [tuple(level)]
    for st in reversed(summary.stages[:stage]):
        levels.insert(0, tuple(_read_by(st, a, levels[0][a]) for a in (0, 1)))
    return levels


def _read_by(st: Stage, axis: int, outputs: np.ndarray) -> np.ndarray:
    """Input cells along ``axis`` that the windows of the chosen ``outputs`` read."""
    layer, n = st.layer, st.in_shape[1 + axis]
    d = layer.dilation[axis] if isinstance(layer, ConvLayer) else 1
    taps = np.arange(layer.kernel[axis]) * d
    starts = np.flatnonzero(outputs) * layer.stride[axis] - st.pads[axis][0]
    hit = (starts[:, None] + taps[None, :]).ravel()
    mask = np.zeros(n, dtype=bool)
    mask[hit[(hit >= 0) & (hit < n)]] = True
    return mask


def field_box(
    summary: StackSummary, stage: int, row: int, col: int
) -> list[tuple[tuple[int, int], tuple[int, int]] | None]:
    """The bounding box ((r0, r1), (c0, c1)), inclusive, of :func:`field_cells` per level.

    None for a level where the cell reads nothing real (its windows fall on padding).
    """
    boxes: list[tuple[tuple[int, int], tuple[int, int]] | None] = []
    for rows, cols in field_cells(summary, stage, row, col):
        r, c = np.flatnonzero(rows), np.flatnonzero(cols)
        boxes.append(
            ((int(r[0]), int(r[-1])), (int(c[0]), int(c[-1]))) if r.size and c.size else None
        )
    return boxes
