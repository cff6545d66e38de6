"""The step-by-step walk of the kernel window that playback shows, and its reverse maps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .conv import correlate, output_shape
from .coverage import axis_coverage, zero_lines
from .errors import ConfigError
from .i18n import translate
from .padding import make_padded, resolve_padding
from .params import ConvParams
from .validate import as_array, as_finite_float


@dataclass(frozen=True, eq=False)
class Step:
    """Everything about output position ``index`` (row-major).

    ``rows``/``cols`` are the window's padded coordinates per tap (dilation shows
    as gaps); the (kh, kw) arrays hold, per tap, whether the cell is padding, the
    kernel value used (after the flip, if any), the input value and the product.
    """

    index: int
    out_row: int
    out_col: int
    rows: np.ndarray
    cols: np.ndarray
    is_padding: np.ndarray
    taps: np.ndarray
    values: np.ndarray
    products: np.ndarray
    bias: float
    total: float


class Walk:
    """A single-channel 2-D convolution, resolved once, stepped through cheaply.

    Construction validates everything (ConfigError on any impossible setting),
    pads the input and computes the whole output; ``step(i)`` only slices.
    """

    def __init__(self, x: Any, kernel: Any, params: ConvParams | None = None, bias: Any = 0.0):
        if params is None:
            params = ConvParams()
        elif not isinstance(params, ConvParams):
            raise ConfigError(
                translate(
                    "ConfigError",
                    "params must be a ConvParams, got {type}; "
                    "build one with ConvParams(stride=..., padding=..., ...)",
                ).format(type=type(params).__name__)
            )
        p = params.checked()
        self.params = p
        self.input = as_array(x, "input", (2,))
        k = as_array(kernel, "kernel", (2,))
        self.kernel = k
        self.bias = as_finite_float(bias, "bias")
        # The kernel actually slid over the input: rotated 180° for true convolution.
        self.taps = np.ascontiguousarray(k[::-1, ::-1]) if p.flip else k
        pads = resolve_padding(p.padding, self.input.shape, k.shape, p.stride, p.dilation)
        self.padded = make_padded(self.input, pads, p.padding_mode, p.value)
        self.out_shape = output_shape(self.input.shape, k.shape, p.stride, pads, p.dilation)
        out = correlate(
            self.padded.array[None], self.taps[None, None], p.stride, p.dilation, self.out_shape, 1
        )[0]
        out += self.bias
        out.setflags(write=False)
        self.output = out

    @property
    def n_steps(self) -> int:
        """Number of window positions = output cells."""
        return self.out_shape[0] * self.out_shape[1]

    @property
    def pads(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """((top, bottom), (left, right)) actually used."""
        return self.padded.pads

    def window(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Padded row and column coordinates of the taps of step ``index``."""
        r, c = divmod(self._index(index), self.out_shape[1])
        (sh, sw), (dh, dw) = self.params.stride, self.params.dilation
        kh, kw = self.kernel.shape
        return r * sh + np.arange(kh) * dh, c * sw + np.arange(kw) * dw

    def step(self, index: int) -> Step:
        """The window, taps, products and sum of output position ``index``."""
        index = self._index(index)
        rows, cols = self.window(index)
        grid = np.ix_(rows, cols)
        values = self.padded.array[grid]
        products = values * self.taps
        r, c = divmod(index, self.out_shape[1])
        return Step(
            index=index,
            out_row=r,
            out_col=c,
            rows=rows,
            cols=cols,
            is_padding=self.padded.mask[grid],
            taps=self.taps,
            values=values,
            products=products,
            bias=self.bias,
            total=float(self.output[r, c]),
        )

    def _index(self, index: int) -> int:
        if not 0 <= index < self.n_steps:
            raise IndexError(f"step {index} is outside 0..{self.n_steps - 1}")
        return int(index)

    # --- reverse maps (what hover shows) -------------------------------------------

    def receptive_field(self, out_row: int, out_col: int) -> np.ndarray:
        """Bool mask over the padded input: the cells output (out_row, out_col) reads."""
        _check_index(out_row, self.out_shape[0], "output row")
        _check_index(out_col, self.out_shape[1], "output column")
        rows, cols = self.window(out_row * self.out_shape[1] + out_col)
        mask = np.zeros(self.padded.mask.shape, dtype=bool)
        mask[np.ix_(rows, cols)] = True
        return mask

    def outputs_fed_by(self, row: int, col: int) -> np.ndarray:
        """Bool mask over the output: every output that padded cell (row, col) feeds."""
        hit = [self._axis_hits(a, pos) for a, pos in ((0, row), (1, col))]
        return np.outer(hit[0], hit[1])

    def _axis_hits(self, axis: int, pos: int) -> np.ndarray:
        s, d = self.params.stride[axis], self.params.dilation[axis]
        k, n_out = self.kernel.shape[axis], self.out_shape[axis]
        starts = np.arange(n_out) * s
        offset = pos - starts
        return (offset >= 0) & (offset <= d * (k - 1)) & (offset % d == 0)

    def tap_footprint(self, tap_row: int, tap_col: int) -> np.ndarray:
        """Bool mask over the padded input: every cell kernel tap (tap_row, tap_col) multiplies.

        The tap is indexed in the kernel as shown (before any flip).
        """
        _check_index(tap_row, self.kernel.shape[0], "kernel row")
        _check_index(tap_col, self.kernel.shape[1], "kernel column")
        if self.params.flip:
            kh, kw = self.kernel.shape
            tap_row, tap_col = kh - 1 - tap_row, kw - 1 - tap_col
        (sh, sw), (dh, dw) = self.params.stride, self.params.dilation
        rows = np.arange(self.out_shape[0]) * sh + tap_row * dh
        cols = np.arange(self.out_shape[1]) * sw + tap_col * dw
        mask = np.zeros(self.padded.mask.shape, dtype=bool)
        mask[np.ix_(rows, cols)] = True
        return mask

    def padded_coverage(self) -> np.ndarray:
        """Int (H′, W′): how many windows touch each cell of the padded input."""
        (sh, sw), (dh, dw) = self.params.stride, self.params.dilation
        (kh, kw), (hp, wp) = self.kernel.shape, self.padded.mask.shape
        rows = axis_coverage(hp, kh, sh, dh, 0, self.out_shape[0])
        cols = axis_coverage(wp, kw, sw, dw, 0, self.out_shape[1])
        return np.outer(rows, cols)

    def coverage(self) -> np.ndarray:
        """Int (H, W): how many windows touch each input cell."""
        (t, _), (lf, _) = self.pads
        h, w = self.input.shape
        return self.padded_coverage()[t : t + h, lf : lf + w]

    def unreached(self) -> tuple[np.ndarray, np.ndarray]:
        """Input rows and columns no window ever touches."""
        return zero_lines(self.coverage())


def _check_index(i: int, n: int, name: str) -> None:
    """IndexError unless ``0 <= i < n`` (negative indices would silently wrap)."""
    if not 0 <= i < n:
        raise IndexError(f"{name} {i} is outside 0..{n - 1}")
