"""How often each input cell is visited by the sliding window, and which never are."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .conv import output_shape
from .i18n import translate
from .padding import resolve_padding
from .validate import as_pair, check_cells


def axis_coverage(n: int, k: int, s: int, d: int, before: int, n_out: int) -> np.ndarray:
    """Windows touching each of the ``n`` input positions along one axis.

    Window ``i`` touches padded positions ``i·s + t·d`` for taps ``t < k``; distinct
    taps land on distinct positions, so counting (window, tap) pairs counts windows.

    The count is worked out per position rather than by listing every (window, tap)
    pair, so the cost is O(n) however large the padding, kernel or output are: padded
    position q is hit by tap t exactly when ``t·d ≡ q (mod s)`` and the window
    ``i = (q − t·d) / s`` lies in ``[0, n_out)``. With g = gcd(d, s) that congruence
    has solutions only if g divides q, and then they are t ≡ t0 (mod s/g).
    """
    q = np.arange(n, dtype=np.int64) + before
    g = math.gcd(d, s)
    m = s // g
    inv = pow((d // g) % m, -1, m) if m > 1 else 0
    t0 = ((q // g) % m) * inv % m
    t_lo = np.maximum(0, -((-(q - (n_out - 1) * s)) // d))  # ceil((q - last start) / d)
    t_hi = np.minimum(k - 1, q // d)
    count = (t_hi - t0) // m - (t_lo - 1 - t0) // m
    return np.where((q % g == 0) & (t_hi >= t_lo), count, 0)


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
    check_cells(
        size[0] * size[1],
        lambda: (
            translate("ConfigError", "the coverage map of a {h}×{w} input").format(
                h=size[0], w=size[1]
            ),
            translate("ConfigError", "use a smaller input"),
        ),
    )
    pads = resolve_padding(padding, size, k, s, d)
    out = output_shape(size, k, s, pads, d)
    rows, cols = (axis_coverage(size[a], k[a], s[a], d[a], pads[a][0], out[a]) for a in (0, 1))
    return np.outer(rows, cols)


def unreached(
    input_size: Any, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Input rows and columns that no window ever touches (e.g. a stride that does not divide)."""
    return zero_lines(coverage(input_size, kernel_size, stride, padding, dilation))


def zero_lines(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of ``counts`` that are zero all along."""
    return np.flatnonzero(counts.sum(axis=1) == 0), np.flatnonzero(counts.sum(axis=0) == 0)
