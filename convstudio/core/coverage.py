"""How often each input cell is visited by the sliding window, and which never are."""

from __future__ import annotations

from typing import Any

import numpy as np

from .conv import output_shape
from .padding import resolve_padding
from .validate import as_pair


def axis_coverage(n: int, k: int, s: int, d: int, before: int, n_out: int) -> np.ndarray:
    """Windows touching each of the ``n`` input positions along one axis.

    Window ``i`` touches padded positions ``i·s + t·d`` for taps ``t < k``; distinct
    taps land on distinct positions, so counting (window, tap) pairs counts windows.
    """
    hits = (np.arange(n_out)[:, None] * s + np.arange(k)[None, :] * d).ravel() - before
    hits = hits[(hits >= 0) & (hits < n)]
    return np.bincount(hits, minlength=n)


def coverage(
    input_size: Any, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1
) -> np.ndarray:
    """Int array of ``input_size``: how many kernel windows touch each input cell.

    Window positions are separable into rows × columns, so the count is the
    outer product of the two per-axis counts (valid 3×3: corners 1, centre 9).
    """
    size = as_pair(input_size, "input size", minimum=1)
    k = as_pair(kernel_size, "kernel size", minimum=1)
    s = as_pair(stride, "stride", minimum=1)
    d = as_pair(dilation, "dilation", minimum=1)
    pads = resolve_padding(padding, size, k, s, d)
    out = output_shape(size, k, s, pads, d)
    rows, cols = (
        axis_coverage(size[a], k[a], s[a], d[a], pads[a][0], out[a]) for a in (0, 1)
    )
    return np.outer(rows, cols)


def unreached(
    input_size: Any, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Input rows and columns that no window ever touches (e.g. a stride that does not divide)."""
    cov = coverage(input_size, kernel_size, stride, padding, dilation)
    return np.flatnonzero(cov.sum(axis=1) == 0), np.flatnonzero(cov.sum(axis=0) == 0)
