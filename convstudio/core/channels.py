"""The walk of a multi-channel conv2d: every output channel, cell by cell, split per input channel.

One output cell of a multi-channel convolution is one dot product over a 3-D window
(input channels × kh × kw). The channels tab shows it as one partial sum per input
channel the filter reads (with ``groups`` only its group's channels) plus the bias.
The whole output comes from ``conv2d``; a step only slices the padded input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .conv import conv2d, pad_input
from .padding import Pads
from .validate import as_array, as_int, as_pair


@dataclass(frozen=True, eq=False)
class ChannelSlice:
    """What one input channel contributes to one output cell.

    ``weights`` is the filter's (kh, kw) slice for this channel, ``values`` the input
    under the window (padding included), ``products`` their product and ``partial`` its sum.
    """

    channel: int
    weights: np.ndarray
    values: np.ndarray
    is_padding: np.ndarray
    products: np.ndarray
    partial: float


@dataclass(frozen=True, eq=False)
class ChannelStep:
    """Output cell (``out_channel``, ``out_row``, ``out_col``) of step ``index``.

    ``rows``/``cols`` are the window's padded coordinates per tap (the same on every
    channel); ``slices`` one entry per input channel of the filter's group;
    ``total`` is conv2d's output value = Σ partials + bias.
    """

    index: int
    out_channel: int
    out_row: int
    out_col: int
    group: int
    rows: np.ndarray
    cols: np.ndarray
    slices: tuple[ChannelSlice, ...]
    bias: float
    total: float


class ChannelWalk:
    """A multi-channel conv2d resolved once (ConfigError on any impossible setting).

    Steps go output channel by output channel, each row-major:
    index = o · (H_out · W_out) + r · W_out + c.
    """

    def __init__(
        self,
        x: Any,
        weight: Any,
        bias: Any = None,
        *,
        stride: Any = 1,
        padding: Any = 0,
        dilation: Any = 1,
        groups: Any = 1,
        padding_mode: str = "zeros",
        value: float = 0.0,
    ) -> None:
        self.input = as_array(x, "input", (3,))
        self.weight = as_array(weight, "weight", (4,))
        # conv2d checks every setting (channels, groups, bias, padding) and is the oracle
        # every partial sum must add up to.
        out = conv2d(
            self.input,
            self.weight,
            bias,
            stride=stride,
            padding=padding,
            dilation=dilation,
            groups=groups,
            padding_mode=padding_mode,
            value=value,
        )
        out.setflags(write=False)
        self.output = out
        self.groups = as_int(groups, "groups", minimum=1)
        self.stride = as_pair(stride, "stride", minimum=1)
        self.dilation = as_pair(dilation, "dilation", minimum=1)
        self.padded = pad_input(
            self.input,
            self.weight.shape[2:],
            stride=self.stride,
            padding=padding,
            dilation=self.dilation,
            padding_mode=padding_mode,
            value=value,
        )
        c_out = self.weight.shape[0]
        b = np.zeros(c_out) if bias is None else np.atleast_1d(np.asarray(bias, dtype=float))
        self.bias = np.broadcast_to(b, (c_out,)).copy()
        self.bias.setflags(write=False)

    @property
    def out_shape(self) -> tuple[int, int]:
        """(H_out, W_out) of each output channel."""
        return self.output.shape[1:]

    @property
    def pads(self) -> Pads:
        """((top, bottom), (left, right)) actually used."""
        return self.padded.pads

    @property
    def in_channels(self) -> int:
        """C_in."""
        return self.input.shape[0]

    @property
    def out_channels(self) -> int:
        """C_out, the number of filters."""
        return self.weight.shape[0]

    @property
    def n_steps(self) -> int:
        """C_out · H_out · W_out: every cell of every output channel."""
        return int(self.output.size)

    def group_of(self, out_channel: int) -> int:
        """The group filter ``out_channel`` belongs to."""
        return out_channel // (self.out_channels // self.groups)

    def channels_of(self, out_channel: int) -> range:
        """The input channels filter ``out_channel`` reads (its group's)."""
        per_group = self.weight.shape[1]
        g = self.group_of(out_channel)
        return range(g * per_group, (g + 1) * per_group)

    def locate(self, index: int) -> tuple[int, int, int]:
        """(output channel, row, col) of step ``index``."""
        if not 0 <= index < self.n_steps:
            raise IndexError(f"step {index} is outside 0..{self.n_steps - 1}")
        ho, wo = self.out_shape
        o, rest = divmod(int(index), ho * wo)
        r, c = divmod(rest, wo)
        return o, r, c

    def index_of(self, out_channel: int, row: int, col: int) -> int:
        """The step that computes output cell (out_channel, row, col)."""
        ho, wo = self.out_shape
        return (out_channel * ho + row) * wo + col

    def window(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Padded row and column coordinates of the taps of step ``index``."""
        _, r, c = self.locate(index)
        (sh, sw), (dh, dw) = self.stride, self.dilation
        kh, kw = self.weight.shape[2:]
        return r * sh + np.arange(kh) * dh, c * sw + np.arange(kw) * dw

    def step(self, index: int) -> ChannelStep:
        """The window, the per-channel partial sums, the bias and the total of step ``index``."""
        o, r, c = self.locate(index)
        rows, cols = self.window(index)
        grid = np.ix_(rows, cols)
        is_padding = self.padded.mask[grid]
        slices = []
        for j, channel in enumerate(self.channels_of(o)):
            values = self.padded.array[channel][grid]
            weights = self.weight[o, j]
            products = values * weights
            slices.append(
                ChannelSlice(channel, weights, values, is_padding, products, float(products.sum()))
            )
        return ChannelStep(
            index=int(index),
            out_channel=o,
            out_row=r,
            out_col=c,
            group=self.group_of(o),
            rows=rows,
            cols=cols,
            slices=tuple(slices),
            bias=float(self.bias[o]),
            total=float(self.output[o, r, c]),
        )
