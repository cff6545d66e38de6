"""The step-by-step walk of a transposed convolution, seen as zero insertion + a convolution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .transposed import INPUT, INSERTED, PADDING, conv_transpose2d, transposed_geometry, zero_insert
from .validate import as_array, as_finite_float


@dataclass(frozen=True, eq=False)
class TransposedStep:
    """Everything about output position ``index`` (row-major).

    ``rows``/``cols`` are the window's coordinates in the zero-inserted, padded
    array; the (kh, kw) arrays hold each tap's cell kind (``INPUT``, ``INSERTED``,
    ``PADDING``), the flipped kernel's weight, the value under it and the product.
    """

    index: int
    out_row: int
    out_col: int
    rows: np.ndarray
    cols: np.ndarray
    kinds: np.ndarray
    taps: np.ndarray
    values: np.ndarray
    products: np.ndarray
    bias: float
    total: float


class TransposedWalk:
    """A single-channel transposed convolution, resolved once, stepped through cheaply.

    Construction validates everything (ConfigError on whatever PyTorch rejects),
    builds the zero-inserted, padded array and computes the output with
    :func:`conv_transpose2d`; ``step(i)`` only slices.
    """

    def __init__(
        self,
        x: Any,
        kernel: Any,
        bias: Any = 0.0,
        *,
        stride: Any = 1,
        padding: Any = 0,
        output_padding: Any = 0,
        dilation: Any = 1,
    ) -> None:
        self.input = as_array(x, "input", (2,))
        self.kernel = as_array(kernel, "kernel", (2,))
        self.bias = as_finite_float(bias, "bias")
        self.geom = transposed_geometry(
            self.input.shape, self.kernel.shape, stride, padding, output_padding, dilation
        )
        self.flipped = np.ascontiguousarray(self.kernel[::-1, ::-1])
        self.padded, self.kinds = zero_insert(self.input, self.geom)
        out = conv_transpose2d(
            self.input,
            self.kernel,
            self.bias,
            stride=stride,
            padding=padding,
            output_padding=output_padding,
            dilation=dilation,
        )
        out.setflags(write=False)
        self.output = out

    @property
    def out_shape(self) -> tuple[int, int]:
        """(H_out, W_out)."""
        return self.geom.out_hw

    @property
    def n_steps(self) -> int:
        """Number of window positions = output cells."""
        return self.out_shape[0] * self.out_shape[1]

    @property
    def input_mask(self) -> np.ndarray:
        """Bool (H′, W′): cells holding a real input value."""
        return self.kinds == INPUT

    @property
    def inserted_mask(self) -> np.ndarray:
        """Bool (H′, W′): the s − 1 zeros put between neighbouring inputs."""
        return self.kinds == INSERTED

    @property
    def padding_mask(self) -> np.ndarray:
        """Bool (H′, W′): the d·(k − 1) − p (+ output padding) border of zeros."""
        return self.kinds == PADDING

    @property
    def cut(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """((top, bottom), (left, right)) cells cut off the zero-inserted input (p > d·(k−1))."""
        return tuple((max(-b, 0), max(-a, 0)) for b, a in self.geom.edges)

    def window(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Padded row and column coordinates of the taps of step ``index``."""
        r, c = divmod(self._index(index), self.out_shape[1])
        (kh, kw), (dh, dw) = self.kernel.shape, self.geom.dilation
        return r + np.arange(kh) * dh, c + np.arange(kw) * dw

    def step(self, index: int) -> TransposedStep:
        """The window, the flipped kernel's taps, products and sum at step ``index``."""
        index = self._index(index)
        rows, cols = self.window(index)
        grid = np.ix_(rows, cols)
        values = self.padded[grid]
        r, c = divmod(index, self.out_shape[1])
        return TransposedStep(
            index=index,
            out_row=r,
            out_col=c,
            rows=rows,
            cols=cols,
            kinds=self.kinds[grid],
            taps=self.flipped,
            values=values,
            products=values * self.flipped,
            bias=self.bias,
            total=float(self.output[r, c]),
        )

    def _index(self, index: int) -> int:
        if not 0 <= index < self.n_steps:
            raise IndexError(f"step {index} is outside 0..{self.n_steps - 1}")
        return int(index)

    # --- reverse maps (what hover shows) -------------------------------------------

    def input_at(self, prow: int, pcol: int) -> tuple[int, int] | None:
        """The input (row, col) padded cell (prow, pcol) holds, or None for a zero."""
        if self.kinds[prow, pcol] != INPUT:
            return None
        (top, _), (left, _) = self.geom.edges
        (sh, sw) = self.geom.stride
        return (prow - top) // sh, (pcol - left) // sw

    def padded_position(self, row: int, col: int) -> tuple[int, int] | None:
        """Where input (row, col) sits in the padded array, or None when it was cut off."""
        (top, _), (left, _) = self.geom.edges
        pr, pc = top + row * self.geom.stride[0], left + col * self.geom.stride[1]
        hp, wp = self.geom.padded_hw
        return (pr, pc) if 0 <= pr < hp and 0 <= pc < wp else None

    def receptive_field(self, out_row: int, out_col: int) -> np.ndarray:
        """Bool mask over the padded array: the cells output (out_row, out_col) reads."""
        if not (0 <= out_row < self.out_shape[0] and 0 <= out_col < self.out_shape[1]):
            raise IndexError(f"output cell ({out_row}, {out_col}) is outside the output")
        rows, cols = self.window(out_row * self.out_shape[1] + out_col)
        mask = np.zeros(self.kinds.shape, dtype=bool)
        mask[np.ix_(rows, cols)] = True
        return mask

    def outputs_fed_by(self, prow: int, pcol: int) -> np.ndarray:
        """Bool mask over the output: every window padded cell (prow, pcol) lies in.

        For a real input cell this is the output patch the input "stamps" its
        scaled kernel onto — the scatter picture of a transposed convolution.
        """
        hits = []
        for axis, pos in ((0, prow), (1, pcol)):
            d, k = self.geom.dilation[axis], self.kernel.shape[axis]
            offset = pos - np.arange(self.out_shape[axis])
            hits.append((offset >= 0) & (offset <= d * (k - 1)) & (offset % d == 0))
        return np.outer(hits[0], hits[1])
