"""Shift the input, convolve again: translation equivariance, aliasing and pooling invariance.

What is computed (nothing here is scripted — every claim comes from the arrays):

- The input is shifted by ``(dy, dx)`` (down and right positive) with **zero fill**:
  the rows and columns that come in at the edge are 0 and what leaves at the other
  edge is dropped. ``np.roll`` would wrap the far edge around, which no camera does.
- Both inputs go through the same convolution (and, with ``pool``, a non-overlapping
  ``pool×pool`` max pooling, as ``nn.MaxPool2d(pool)``: window = stride = pool, no
  padding, a partial last block dropped).
- The *total stride* ``T`` is the conv stride times the pool size. When ``T``
  divides the shift, the output must move by ``shift / T`` cells exactly in the
  **interior**: the cells whose windows (every tap, and with pooling every conv cell
  of the block) read only shifted data — no padding, no zeros that came in — and
  whose partner in the first output also read only input data. Border cells are
  decided by the padding and by the zeros that came in.
- When ``T`` does not divide the shift (stride 2, shift 1), the windows fall between
  the old ones: the output is compared with the first output moved by each nearest
  whole offset, and the closest one's largest interior difference is reported
  (aliasing when it is not 0).
- ``unchanged`` compares the two outputs at the *same* positions: after max pooling,
  small shifts leave many outputs as they were (a little invariance).
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import shift_text
from .errors import ConfigError
from .i18n import translate
from .params import ConvParams
from .validate import as_array
from .walk import Walk

MAX_POOL = 8


def _whole(value: Any, what: str) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise ConfigError(
            translate(
                "ConfigError", "{what} must be a whole number, got {value!r}; use an integer"
            ).format(what=what, value=value)
        )
    return int(value)


def check_shift(dy: Any, dx: Any, shape: tuple[int, int]) -> tuple[int, int]:
    """(dy, dx) as ints, each smaller in size than the input; ConfigError otherwise."""
    dy, dx = _whole(dy, "dy"), _whole(dx, "dx")
    for d, n, name in ((dy, shape[0], "dy"), (dx, shape[1], "dx")):
        if abs(d) >= n:
            raise ConfigError(
                translate(
                    "ConfigError",
                    "a shift of {name} = {d} moves the whole {h}×{w} input out of view; "
                    "use a shift from −{m} to {m}",
                ).format(name=name, d=d, h=shape[0], w=shape[1], m=n - 1)
            )
    return dy, dx


def shift_input(x: np.ndarray, dy: int, dx: int) -> tuple[np.ndarray, np.ndarray]:
    """``x`` moved by (dy, dx) with zero fill, and the bool mask of the cells that came in."""
    h, w = x.shape
    out = np.zeros_like(x)
    filled = np.ones(x.shape, dtype=bool)
    dst = (slice(max(dy, 0), h + min(dy, 0)), slice(max(dx, 0), w + min(dx, 0)))
    src = (slice(max(-dy, 0), h + min(-dy, 0)), slice(max(-dx, 0), w + min(-dx, 0)))
    out[dst] = x[src]
    filled[dst] = False
    return out, filled


def max_pool(values: np.ndarray, pool: int) -> np.ndarray:
    """Non-overlapping ``pool×pool`` max pooling (``nn.MaxPool2d(pool)``)."""
    h, w = values.shape[0] // pool, values.shape[1] // pool
    blocks = values[: h * pool, : w * pool].reshape(h, pool, w, pool)
    return blocks.max(axis=(1, 3))


def _check_pool(pool: Any, out_shape: tuple[int, int]) -> int | None:
    if pool is None:
        return None
    p = _whole(pool, "pool")
    if not 2 <= p <= MAX_POOL:
        raise ConfigError(
            translate(
                "ConfigError",
                "max pooling size must be from 2 to {max}, got {p}; use 2 or 3, or no pooling",
            ).format(max=MAX_POOL, p=p)
        )
    if min(out_shape) < p:
        raise ConfigError(
            translate(
                "ConfigError",
                "{p}×{p} max pooling needs a convolution output of at least {p}×{p}, "
                "but it is {h}×{w}; use a smaller pool or a larger input",
            ).format(p=p, h=out_shape[0], w=out_shape[1])
        )
    return p


def _clean_axis(walk: Walk, axis: int, lo: int, hi: int, pool: int | None) -> np.ndarray:
    """Per output index along ``axis``: does every tap read input data in [lo, hi)?"""
    n, s = walk.out_shape[axis], walk.params.stride[axis]
    d, k = walk.params.dilation[axis], walk.kernel.shape[axis]
    first = np.arange(n) * s - walk.pads[axis][0]
    # The extreme taps bound every tap between them, dilation gaps included.
    clean = (first >= lo) & (first + d * (k - 1) < hi)
    if pool is not None:
        m = n // pool
        clean = clean[: m * pool].reshape(m, pool).all(axis=1)
    return clean


def _moved(values: np.ndarray, oy: int, ox: int, fill: Any) -> np.ndarray:
    """``values`` moved by (oy, ox): out[r, c] = values[r − oy, c − ox], ``fill`` outside."""
    out = np.full(values.shape, fill, dtype=values.dtype)
    h, w = values.shape
    dst = (slice(max(oy, 0), h + min(oy, 0)), slice(max(ox, 0), w + min(ox, 0)))
    src = (slice(max(-oy, 0), h + min(-oy, 0)), slice(max(-ox, 0), w + min(-ox, 0)))
    if dst[0].start < dst[0].stop and dst[1].start < dst[1].stop:
        out[dst] = values[src]
    return out


def _candidates(d: int, t: int) -> list[int]:
    """The output offsets to try along one axis: d / t exactly, or the two nearest."""
    return [d // t] if d % t == 0 else [d // t, d // t + 1]


@dataclass(frozen=True, eq=False)
class ShiftDemo:
    """The outputs before and after a shift, and what they show (see the module docstring).

    ``before``/``after`` are the outputs (pooled when ``pool`` is set); ``expected`` is
    ``before`` moved by ``offset`` (NaN where it has no cell); ``interior`` marks the
    cells of ``after`` that must equal ``expected`` when ``exact``; ``matches`` where
    they do; ``unchanged`` where ``after`` equals ``before`` in place.
    """

    shift: tuple[int, int]
    stride: tuple[int, int]
    pool: int | None
    shifted: np.ndarray
    filled: np.ndarray
    walk_before: Walk
    walk_after: Walk
    before: np.ndarray
    after: np.ndarray
    offset: tuple[int, int]
    exact: bool
    interior: np.ndarray
    expected: np.ndarray
    matches: np.ndarray
    max_difference: float
    unchanged: np.ndarray
    unchanged_without_pool: float | None

    @property
    def equivariant(self) -> bool:
        """The interior is not empty and equals the first output moved by ``offset``."""
        return bool(self.interior.any()) and self.max_difference == 0.0

    @property
    def aliased(self) -> bool:
        """The total stride does not divide the shift and no moved copy matches."""
        return not self.exact and bool(self.interior.any()) and self.max_difference > 0.0

    @property
    def unchanged_fraction(self) -> float:
        """Share of output cells whose value did not change at their place."""
        return float(self.unchanged.mean())

    def interior_box(self) -> tuple[int, int, int, int] | None:
        """(row0, col0, row1, col1) inclusive around the interior (a rectangle), or None."""
        rows, cols = np.flatnonzero(self.interior.any(1)), np.flatnonzero(self.interior.any(0))
        if rows.size == 0:
            return None
        return int(rows[0]), int(cols[0]), int(rows[-1]), int(cols[-1])

    @property
    def fill_text(self) -> str:
        """What came in at the edge, in words (for the shifted input's title)."""
        return shift_text.fill_text(self.shift)

    @property
    def message(self) -> str:
        """One sentence saying what the audience sees, with the computed numbers.

        Worded when asked, so it follows the current language.
        """
        return shift_text.message(self)


def _tolerance(*arrays: np.ndarray) -> float:
    scale = max([1.0] + [float(np.abs(a).max()) for a in arrays if a.size])
    return 1e-9 * scale


def _compare(demo: dict[str, Any], clean: list[np.ndarray], clean_s: list[np.ndarray]) -> None:
    """Pick the offset whose moved copy of ``before`` best matches ``after`` in the interior."""
    before, after = demo["before"], demo["after"]
    (dy, dx), (ty, tx) = demo["shift"], demo["stride"]
    tol, best = _tolerance(before, after), None
    for oy in _candidates(dy, ty):
        for ox in _candidates(dx, tx):
            partner = [
                _moved(c[:, None], o, 0, False)[:, 0] for c, o in zip(clean, (oy, ox), strict=True)
            ]
            interior = np.outer(clean_s[0] & partner[0], clean_s[1] & partner[1])
            expected = _moved(before, oy, ox, np.nan)
            gap = np.abs(after - expected)
            worst = float(gap[interior].max()) if interior.any() else np.inf
            worst = 0.0 if worst <= tol else worst
            if best is None or worst < best[0]:
                best = (worst, (oy, ox), interior, expected, gap <= tol)
    worst, offset, interior, expected, matches = best
    demo.update(
        offset=offset,
        interior=interior,
        expected=expected,
        matches=matches,
        max_difference=float("nan") if not interior.any() else worst,
    )


def shift_demo(
    x: Any,
    kernel: Any,
    params: ConvParams | None = None,
    dy: Any = 0,
    dx: Any = 1,
    pool: Any = None,
) -> ShiftDemo:
    """Convolve ``x`` and ``x`` shifted by (dy, dx) (zero fill), optionally max-pool, compare.

    Raises ConfigError for impossible settings: the convolution's own checks, a shift
    as large as the input, or a pool size below 2, above 8 or larger than the output.
    """
    x = as_array(x, "input", (2,))
    dy, dx = check_shift(dy, dx, x.shape)
    shifted, filled = shift_input(x, dy, dx)
    walk_before, walk_after = Walk(x, kernel, params), Walk(shifted, kernel, params)
    p = _check_pool(pool, walk_before.out_shape)
    (h, w), stride = x.shape, walk_before.params.stride
    clean = [_clean_axis(walk_before, a, 0, n, p) for a, n in ((0, h), (1, w))]
    clean_s = [
        _clean_axis(walk_after, a, max(d, 0), n + min(d, 0), p)
        for a, n, d in ((0, h, dy), (1, w, dx))
    ]
    before, after = walk_before.output, walk_after.output
    tol = _tolerance(before, after)
    without_pool = None
    if p is not None:
        without_pool = float((np.abs(after - before) <= tol).mean())
        before, after = max_pool(before, p), max_pool(after, p)
        stride = (stride[0] * p, stride[1] * p)
    demo: dict[str, Any] = {"shift": (dy, dx), "stride": stride, "before": before, "after": after}
    _compare(demo, clean, clean_s)
    return ShiftDemo(
        pool=p,
        shifted=shifted,
        filled=filled,
        walk_before=walk_before,
        walk_after=walk_after,
        exact=dy % stride[0] == 0 and dx % stride[1] == 0,
        unchanged=np.abs(after - before) <= _tolerance(before, after),
        unchanged_without_pool=without_pool,
        **demo,
    )
