"""Sparse connectivity and parameter sharing: a conv layer against a dense layer.

A convolution links each output cell only to the input cells under its window, and
every output position uses the same kernel. A dense (fully connected) layer mapping
the same input to the same output links every input cell to every output cell, each
link with its own weight. :func:`connectivity` counts both exactly.

A *connection* is one (input cell, output cell) pair the layer multiplies: padding
cells are not input, so taps that land on padding link nothing. The bias is a
parameter, not a connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .conv import output_shape
from .i18n import translate
from .padding import resolve_padding
from .stack import Stage
from .stack_layers import ConvLayer, channel_count
from .validate import as_pair


def axis_links(n: int, k: int, s: int, d: int, before: int, n_out: int) -> int:
    """Σ over the ``n_out`` windows along one axis of the taps that land on real input.

    Window i's tap t reads input position i·s − before + t·d; it is real when that lies
    in 0..n−1. Counted per tap (O(k)), so huge sizes cost nothing.
    """
    total = 0
    for t in range(k):
        offset = t * d - before
        lo = max(0, -(offset // s))  # first i with i·s + offset ≥ 0: ⌈−offset / s⌉
        hi = min(n_out - 1, (n - 1 - offset) // s)  # last i with i·s + offset ≤ n − 1
        total += max(0, hi - lo + 1)
    return total


@dataclass(frozen=True)
class Connectivity:
    """Parameters and connections of a conv layer and of the dense layer it replaces.

    Shapes are (C, H, W). ``weights`` excludes the bias; ``params`` includes it.
    """

    in_shape: tuple[int, int, int]
    out_shape: tuple[int, int, int]
    kernel: tuple[int, int]
    weights: int
    bias: int
    connections: int

    @property
    def params(self) -> int:
        """Weights plus biases of the convolution."""
        return self.weights + self.bias

    @property
    def in_cells(self) -> int:
        """Input values, C·H·W."""
        c, h, w = self.in_shape
        return c * h * w

    @property
    def out_cells(self) -> int:
        """Output values, C·H·W."""
        c, h, w = self.out_shape
        return c * h * w

    @property
    def dense_weights(self) -> int:
        """A dense layer's weights: one per (input, output) pair."""
        return self.in_cells * self.out_cells

    @property
    def dense_params(self) -> int:
        """A dense layer's weights plus one bias per output (when the conv has a bias)."""
        return self.dense_weights + (self.out_cells if self.bias else 0)

    @property
    def dense_connections(self) -> int:
        """Every input linked to every output."""
        return self.in_cells * self.out_cells

    @property
    def param_ratio(self) -> float:
        """How many times more parameters the dense layer needs."""
        return self.dense_params / self.params

    @property
    def connection_ratio(self) -> float:
        """How many times more connections the dense layer makes."""
        return self.dense_connections / self.connections if self.connections else float("inf")

    def sentences(self) -> list[str]:
        """The comparison in plain words, in the current language."""
        return [
            translate(
                "stack",
                "A dense layer would need {dense} weights; this convolution shares {conv} of them.",
            ).format(dense=f"{self.dense_weights:,}", conv=f"{self.weights:,}"),
            translate(
                "stack",
                "Connections: {conv} vs {dense} ({ratio}× fewer): "
                "each output reads only its window.",
            ).format(
                conv=f"{self.connections:,}",
                dense=f"{self.dense_connections:,}",
                ratio=_times(self.connection_ratio),
            ),
            translate("stack", "Parameters with bias: {conv} vs {dense} ({ratio}× fewer).").format(
                conv=f"{self.params:,}",
                dense=f"{self.dense_params:,}",
                ratio=_times(self.param_ratio),
            ),
        ]


def _times(ratio: float) -> str:
    return f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:,.1f}"


def connectivity(
    input_shape: Any,
    kernel: Any,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    c_in: int = 1,
    c_out: int = 1,
    bias: bool = True,
) -> Connectivity:
    """Parameters and connections of one conv layer on an (H, W) input vs a dense layer.

    ``padding`` is any form ``resolve_padding`` accepts. Raises ConfigError when the
    layer cannot work.
    """
    size = as_pair(input_shape, "input size", minimum=1)
    layer = ConvLayer(kernel, stride, padding, dilation, "zeros", c_out, bias).checked()
    c_in = channel_count(c_in, "c_in")
    pads = resolve_padding(layer.padding, size, layer.kernel, layer.stride, layer.dilation)
    out_hw = output_shape(size, layer.kernel, layer.stride, pads, layer.dilation)
    return _count(layer, (c_in, *size), (layer.out_channels, *out_hw), pads)


def stage_connectivity(stage: Stage) -> Connectivity | None:
    """:class:`Connectivity` of a conv stage of a stack summary; None for a pooling stage."""
    if not isinstance(stage.layer, ConvLayer):
        return None
    return _count(stage.layer, stage.in_shape, stage.out_shape, stage.pads)


def _count(
    layer: ConvLayer,
    in_shape: tuple[int, int, int],
    out_shape: tuple[int, int, int],
    pads: tuple[tuple[int, int], tuple[int, int]],
) -> Connectivity:
    c_in, c_out = in_shape[0], out_shape[0]
    links = 1
    for a in (0, 1):
        links *= axis_links(
            in_shape[1 + a],
            layer.kernel[a],
            layer.stride[a],
            layer.dilation[a],
            pads[a][0],
            out_shape[1 + a],
        )
    kh, kw = layer.kernel
    return Connectivity(
        in_shape,
        out_shape,
        (kh, kw),
        weights=c_out * c_in * kh * kw,
        bias=c_out if layer.bias else 0,
        connections=c_in * c_out * links,
    )
