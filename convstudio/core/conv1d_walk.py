"""The step-by-step walk of a 1-D convolution (what the sequence tab plays)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .conv1d import array_of_rank, check_pads_fit_1d, output_length, resolve_padding_1d
from .padding import check_mode
from .params import ConvParams
from .validate import as_int
from .walk import Walk


@dataclass(frozen=True, eq=False)
class SequenceStep:
    """Output position ``index`` of a 1-D walk: the window's taps, their values and the sum.

    ``cols`` are the taps' positions in the padded sequence, ``positions`` the same in
    input coordinates (negative or ≥ L on padding); the (k,) arrays hold per tap whether
    it is padding, the weight, the input value and the product.
    """

    index: int
    cols: np.ndarray
    positions: np.ndarray
    is_padding: np.ndarray
    taps: np.ndarray
    values: np.ndarray
    products: np.ndarray
    bias: float
    total: float


class SequenceWalk:
    """A single-channel conv1d resolved once and stepped through cheaply.

    It is a ``Walk`` over the sequence as a 1×L image with explicit pads
    ((0, 0), (left, right)); construction validates with 1-D wording first.
    """

    def __init__(
        self,
        x: Any,
        kernel: Any,
        *,
        stride: Any = 1,
        padding: Any = "valid",
        dilation: Any = 1,
        padding_mode: str = "zeros",
        value: float = 0.0,
        bias: Any = 0.0,
    ) -> None:
        self.input = array_of_rank(x, "input", (1, 1), "(L)")
        self.kernel = array_of_rank(kernel, "kernel", (1, 1), "(k)")
        self.stride = as_int(stride, "stride", minimum=1)
        self.dilation = as_int(dilation, "dilation", minimum=1)
        mode = check_mode(padding_mode)
        n, k = self.input.size, self.kernel.size
        self.pads = resolve_padding_1d(padding, n, k, self.stride, self.dilation)
        self.padding = padding.strip().lower() if isinstance(padding, str) else self.pads
        check_pads_fit_1d(self.pads, n, mode)
        self.length_out = output_length(n, k, self.stride, self.pads, self.dilation)
        params = ConvParams(
            stride=(1, self.stride),
            padding=((0, 0), self.pads),
            dilation=(1, self.dilation),
            padding_mode=mode,
            value=value,
        )
        self.walk = Walk(self.input[None], self.kernel[None], params, bias)
        self.padding_mode, self.value, self.bias = mode, self.walk.params.value, self.walk.bias

    @property
    def n_steps(self) -> int:
        """Number of window positions = output length."""
        return self.length_out

    @property
    def padded(self) -> np.ndarray:
        """(L′,) the padded sequence the kernel slides over."""
        return self.walk.padded.array[0]

    @property
    def pad_mask(self) -> np.ndarray:
        """(L′,) bool, True on padding cells."""
        return self.walk.padded.mask[0]

    @property
    def output(self) -> np.ndarray:
        """(L_out,) the whole result."""
        return self.walk.output[0]

    def step(self, index: int) -> SequenceStep:
        """The window, taps, products and sum of output position ``index``."""
        st = self.walk.step(index)
        return SequenceStep(
            index=st.index,
            cols=st.cols,
            positions=st.cols - self.pads[0],
            is_padding=st.is_padding[0],
            taps=st.taps[0],
            values=st.values[0],
            products=st.products[0],
            bias=st.bias,
            total=st.total,
        )

    def coverage(self) -> np.ndarray:
        """Int (L,): how many windows touch each input cell."""
        return self.walk.coverage()[0]
