"""The step-by-step walk of a pooling window, for the pooling tab, and its reverse maps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import ConfigError
from .i18n import translate
from .pooling import avg_pool2d, divisors, max_pool2d, pad_for_pool, pool_geometry
from .validate import as_array, as_pair

POOL_KINDS = ("max", "avg")


@dataclass(frozen=True, eq=False)
class PoolStep:
    """Everything about output position ``index`` (row-major).

    ``rows``/``cols`` are the window's padded coordinates per tap (dilation shows
    as gaps). The (kh, kw) arrays hold each tap's value as pooling sees it (−∞ on
    max pooling's padding, 0 on average pooling's), whether it is padding, and
    whether it lies past the padding (a ``ceil_mode`` window's overhang, which
    PyTorch never reads). ``argmax`` is the (row, col) tap of the first maximum in
    row-major order, as PyTorch's indices pick it, or None (average pooling, or a
    window with no input cell). ``total`` and ``divisor`` are average pooling's.
    """

    index: int
    out_row: int
    out_col: int
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    is_padding: np.ndarray
    is_overhang: np.ndarray
    argmax: tuple[int, int] | None
    result: float
    total: float | None
    divisor: int | None


class PoolWalk:
    """A single-channel max or average pooling, resolved once, stepped through cheaply.

    Construction validates everything (ConfigError on whatever PyTorch rejects) and
    computes the whole output with :func:`max_pool2d` / :func:`avg_pool2d`;
    ``step(i)`` only slices.
    """

    def __init__(
        self,
        x: Any,
        kind: str = "max",
        kernel_size: Any = 2,
        stride: Any = None,
        padding: Any = 0,
        dilation: Any = 1,
        ceil_mode: Any = False,
        count_include_pad: Any = True,
    ) -> None:
        _check_kind(kind, dilation)
        self.kind = kind
        self.input = as_array(x, "input", (2,))
        if kind == "max":
            self.output, self.indices = max_pool2d(
                self.input, kernel_size, stride, padding, dilation, ceil_mode, return_indices=True
            )
        else:
            self.output = avg_pool2d(
                self.input, kernel_size, stride, padding, ceil_mode, count_include_pad
            )
            self.indices = None
        self.output.setflags(write=False)
        self.count_include_pad = bool(count_include_pad)
        self.geom = pool_geometry(
            self.input.shape,
            kernel_size,
            stride,
            padding,
            dilation if kind == "max" else 1,
            ceil_mode,
        )
        self.padded = pad_for_pool(self.input, self.geom, -np.inf if kind == "max" else 0.0)
        self.pad_mask, self.overhang_mask = self._masks()
        self.divisors = divisors(self.geom, self.count_include_pad) if kind == "avg" else None

    def _masks(self) -> tuple[np.ndarray, np.ndarray]:
        (h, w), (t, lf) = self.geom.in_hw, self.geom.padding
        pad = np.ones(self.geom.padded_hw, dtype=bool)
        pad[t : t + h, lf : lf + w] = False
        over = np.zeros_like(pad)
        over[t + h + self.geom.padding[0] :, :] = True
        over[:, lf + w + self.geom.padding[1] :] = True
        return pad, over

    @property
    def out_shape(self) -> tuple[int, int]:
        """(H_out, W_out)."""
        return self.geom.out_hw

    @property
    def n_steps(self) -> int:
        """Number of window positions = output cells."""
        return self.out_shape[0] * self.out_shape[1]

    def window(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Padded row and column coordinates of the taps of step ``index``."""
        r, c = divmod(self._index(index), self.out_shape[1])
        g = self.geom
        rows = r * g.stride[0] + np.arange(g.kernel[0]) * g.dilation[0]
        cols = c * g.stride[1] + np.arange(g.kernel[1]) * g.dilation[1]
        return rows, cols

    def step(self, index: int) -> PoolStep:
        """The window, its values, its maximum or its sum and divisor at step ``index``."""
        index = self._index(index)
        rows, cols = self.window(index)
        grid = np.ix_(rows, cols)
        values = self.padded[grid]
        r, c = divmod(index, self.out_shape[1])
        argmax = total = divisor = None
        if self.kind == "max":
            flat = int(np.argmax(values))  # the first maximum in row-major order
            if np.isfinite(values.flat[flat]):
                argmax = divmod(flat, values.shape[1])
        else:
            total = float(values.sum())
            divisor = int(self.divisors[r, c])
        return PoolStep(
            index=index,
            out_row=r,
            out_col=c,
            rows=rows,
            cols=cols,
            values=values,
            is_padding=self.pad_mask[grid],
            is_overhang=self.overhang_mask[grid],
            argmax=argmax,
            result=float(self.output[r, c]),
            total=total,
            divisor=divisor,
        )

    def max_mask(self, index: int) -> np.ndarray:
        """Bool mask over the padded input: the cell step ``index`` takes (none for avg)."""
        mask = np.zeros(self.geom.padded_hw, dtype=bool)
        step = self.step(index)
        if step.argmax is not None:
            mask[step.rows[step.argmax[0]], step.cols[step.argmax[1]]] = True
        return mask

    def _index(self, index: int) -> int:
        if not 0 <= index < self.n_steps:
            raise IndexError(f"step {index} is outside 0..{self.n_steps - 1}")
        return int(index)

    # --- reverse maps (what hover shows) -------------------------------------------

    def receptive_field(self, out_row: int, out_col: int) -> np.ndarray:
        """Bool mask over the padded input: the cells output (out_row, out_col) reads."""
        for i, n, name in (
            (out_row, self.out_shape[0], "row"),
            (out_col, self.out_shape[1], "col"),
        ):
            if not 0 <= i < n:
                raise IndexError(f"output {name} {i} is outside 0..{n - 1}")
        rows, cols = self.window(out_row * self.out_shape[1] + out_col)
        mask = np.zeros(self.geom.padded_hw, dtype=bool)
        mask[np.ix_(rows, cols)] = True
        return mask

    def outputs_fed_by(self, row: int, col: int) -> np.ndarray:
        """Bool mask over the output: every window that padded cell (row, col) lies in."""
        hits = []
        for axis, pos in ((0, row), (1, col)):
            g = self.geom
            offset = pos - np.arange(self.out_shape[axis]) * g.stride[axis]
            span = g.dilation[axis] * (g.kernel[axis] - 1)
            hits.append((offset >= 0) & (offset <= span) & (offset % g.dilation[axis] == 0))
        return np.outer(hits[0], hits[1])


def _check_kind(kind: Any, dilation: Any) -> None:
    """ConfigError for an unknown kind, or dilation given to average pooling (torch has none)."""
    if kind not in POOL_KINDS:
        raise ConfigError(
            translate("ConfigError", 'pooling kind must be "max" or "avg", got {kind}').format(
                kind=repr(kind)
            )
        )
    if kind == "avg" and as_pair(dilation, "dilation", minimum=1) != (1, 1):
        raise ConfigError(
            translate(
                "ConfigError",
                "average pooling has no dilation (PyTorch's avg_pool2d takes none), "
                "got {d}; use dilation 1",
            ).format(d=dilation)
        )
