"""max_pool2d and avg_pool2d with torch.nn.functional semantics, and their output size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .errors import ConfigError
from .i18n import translate
from .validate import as_array, as_int, as_pair, check_cells, label


def pool_output_size(
    n: int,
    k: int,
    s: int | None = None,
    p: int = 0,
    d: int = 1,
    ceil_mode: bool = False,
) -> int:
    """Pooling output length along one axis, exactly as PyTorch computes it.

    ⌊(n + 2p − d·(k − 1) − 1) / s⌋ + 1, or with ``ceil_mode`` the ceiling instead
    of the floor, minus one when that last window would start in the right padding
    (PyTorch drops such a window: it would read no input).

    Parameters
    ----------
    n, k, s, p, d
        Input length, kernel size, stride (None means ``k``), padding on each side
        and dilation.
    ceil_mode
        Round the division up instead of down.

    Raises
    ------
    ConfigError
        When a number is not a whole number in range, when ``p`` is more than half
        the kernel (PyTorch's rule ``p ≤ ⌊k/2⌋``), or when the output would be empty.
    """
    n, k, s, p, d = check_axis(n, k, s, p, d)
    out = axis_size(n, k, s, p, d, ceil_mode)
    if out < 1:
        raise ConfigError(_empty_message(n, k, p, d))
    return out


def check_axis(
    n: Any, k: Any, s: Any, p: Any, d: Any, axis: str | None = None
) -> tuple[int, int, int, int, int]:
    """Validate one axis's (n, k, s, p, d); ``s`` None means ``k``. Returns plain ints."""
    n = as_int(n, "input size", minimum=1, axis=axis)
    k = as_int(k, "kernel size", minimum=1, axis=axis)
    s = k if s is None else as_int(s, "stride", minimum=1, axis=axis)
    p = as_int(p, "padding", minimum=0, axis=axis)
    d = as_int(d, "dilation", minimum=1, axis=axis)
    if p > k // 2:
        raise ConfigError(
            translate(
                "ConfigError",
                "{name} is {p}, more than half the pooling kernel {k} (at most {half}): "
                "a window at the edge would hold mostly padding; use padding {half} or "
                "less, or a larger kernel",
            ).format(name=label("padding", axis), p=p, k=k, half=k // 2)
        )
    return n, k, s, p, d


def axis_size(n: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> int:
    """The output length from already checked numbers; may be ≤ 0 (nothing fits)."""
    span = d * (k - 1) + 1
    top = n + 2 * p - span + (s - 1 if ceil_mode else 0)
    out = top // s + 1  # Python's // floors, like PyTorch's div_rtn
    # PyTorch: "ensure that the last pooling starts inside the image".
    if ceil_mode and (out - 1) * s >= n + p:
        out -= 1
    return out


def _empty_message(n: int, k: int, p: int, d: int) -> str:
    span = d * (k - 1) + 1
    return translate(
        "ConfigError",
        "the pooling window spans {span} cells (kernel {k}, dilation {d}) but the "
        "padded input has only {padded} (input {n} + padding 2·{p}): the output "
        "would be empty; use a smaller kernel or dilation, or a larger input",
    ).format(span=span, k=k, d=d, padded=n + 2 * p, n=n, p=p)


@dataclass(frozen=True)
class PoolGeometry:
    """A pooling layer's settings resolved against one input size, per axis (h, w).

    ``after`` is the padding actually appended to the bottom/right so every window
    fits: PyTorch's ``padding`` plus, with ``ceil_mode``, the cells a last window
    hangs beyond it (they are never read: PyTorch clips them).
    """

    in_hw: tuple[int, int]
    kernel: tuple[int, int]
    stride: tuple[int, int]
    padding: tuple[int, int]
    dilation: tuple[int, int]
    ceil_mode: bool
    out_hw: tuple[int, int]
    after: tuple[int, int]

    @property
    def padded_hw(self) -> tuple[int, int]:
        """(H′, W′) of the padded array the windows slide over."""
        return tuple(
            n + p + a for n, p, a in zip(self.in_hw, self.padding, self.after, strict=True)
        )


def pool_geometry(
    in_hw: tuple[int, int],
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    dilation: Any = 1,
    ceil_mode: Any = False,
) -> PoolGeometry:
    """Validate pooling settings for an (H, W) input; ConfigError on anything PyTorch rejects."""
    if not isinstance(ceil_mode, (bool, np.bool_)):
        raise ConfigError(
            translate("ConfigError", "ceil_mode must be True or False, got {value}").format(
                value=repr(ceil_mode)
            )
        )
    k = as_pair(kernel_size, "kernel size", minimum=1)
    s = k if stride is None else as_pair(stride, "stride", minimum=1)
    p = as_pair(padding, "padding", minimum=0)
    d = as_pair(dilation, "dilation", minimum=1)
    out, after = [], []
    for i, axis in enumerate(("height", "width")):
        n, ki, si, pi, di = check_axis(in_hw[i], k[i], s[i], p[i], d[i], axis)
        o = axis_size(n, ki, si, pi, di, bool(ceil_mode))
        if o < 1:
            raise ConfigError(_empty_message(n, ki, pi, di))
        out.append(o)
        after.append(max(pi, (o - 1) * si + di * (ki - 1) + 1 - n - pi))
    return PoolGeometry(tuple(in_hw), k, s, p, d, bool(ceil_mode), tuple(out), tuple(after))


def pad_for_pool(x: np.ndarray, geom: PoolGeometry, fill: float) -> np.ndarray:
    """``x`` (..., H, W) inside a block of ``fill`` shaped (..., H′, W′)."""
    (hp, wp), (t, lf) = geom.padded_hw, geom.padding
    h, w = geom.in_hw
    check_cells(
        int(np.prod(x.shape[:-2], dtype=np.int64)) * hp * wp,
        lambda: (
            translate("ConfigError", "the padded input"),
            translate("ConfigError", "use a smaller input or less padding"),
        ),
    )
    out = np.full((*x.shape[:-2], hp, wp), fill, dtype=np.float64)
    out[..., t : t + h, lf : lf + w] = x
    return out


def pool_windows(padded: np.ndarray, geom: PoolGeometry) -> np.ndarray:
    """A read-only view (..., H_out, W_out, kh, kw) of every window's cells."""
    (kh, kw), (sh, sw), (dh, dw) = geom.kernel, geom.stride, geom.dilation
    span = (dh * (kh - 1) + 1, dw * (kw - 1) + 1)
    view = sliding_window_view(padded, span, axis=(-2, -1))
    oh, ow = geom.out_hw
    return view[..., : (oh - 1) * sh + 1 : sh, : (ow - 1) * sw + 1 : sw, ::dh, ::dw]


def axis_divisors(n: int, k: int, s: int, p: int, out: int, include_pad: bool) -> np.ndarray:
    """Per output index, the cells avg_pool2d divides by along one axis (PyTorch's rule).

    A window may count the padding but never what hangs beyond it (ceil_mode).
    """
    start = np.arange(out) * s - p
    end = np.minimum(start + k, n + p)
    if not include_pad:
        start, end = np.maximum(start, 0), np.minimum(end, n)
    return np.maximum(end - start, 0)


def _as_input(x: Any) -> tuple[np.ndarray, bool]:
    arr = as_array(x, "input", (2, 3))
    return (arr[None], True) if arr.ndim == 2 else (arr, False)


def max_pool2d(
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    dilation: Any = 1,
    ceil_mode: Any = False,
    return_indices: bool = False,
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Max pooling as ``torch.nn.functional.max_pool2d`` computes it.

    Parameters
    ----------
    x
        (C, H, W) or (H, W); the result has the same rank.
    kernel_size, stride, padding, dilation
        int or (h, w); ``stride`` None means ``kernel_size``. Padding counts as −∞.
    ceil_mode
        Round the output size up (a last window may hang past the edge).
    return_indices
        Also return, per output, the flat index ``row·W + col`` of the first
        maximum in row-major order, like PyTorch's indices.
    """
    x3, squeeze = _as_input(x)
    geom = pool_geometry(x3.shape[-2:], kernel_size, stride, padding, dilation, ceil_mode)
    win = pool_windows(pad_for_pool(x3, geom, -np.inf), geom)
    flat = win.reshape((*win.shape[:3], -1))
    arg = np.argmax(flat, axis=-1)
    out = np.take_along_axis(flat, arg[..., None], axis=-1)[..., 0]
    if squeeze:
        out = out[0]
    if not return_indices:
        return out
    idx = flat_indices(arg, geom)
    return out, idx[0] if squeeze else idx


def flat_indices(arg: np.ndarray, geom: PoolGeometry) -> np.ndarray:
    """Turn per-window tap numbers (row-major in the kernel) into flat input indices."""
    (_kh, kw), (sh, sw), (dh, dw) = geom.kernel, geom.stride, geom.dilation
    oh, ow = geom.out_hw
    rows = np.arange(oh)[:, None] * sh + (arg // kw) * dh - geom.padding[0]
    cols = np.arange(ow)[None, :] * sw + (arg % kw) * dw - geom.padding[1]
    return rows * geom.in_hw[1] + cols


def avg_pool2d(
    x: Any,
    kernel_size: Any,
    stride: Any = None,
    padding: Any = 0,
    ceil_mode: Any = False,
    count_include_pad: Any = True,
) -> np.ndarray:
    """Average pooling as ``torch.nn.functional.avg_pool2d`` computes it.

    Padding adds zeros; the divisor counts the padding cells a window covers when
    ``count_include_pad`` is True, never the cells past the padding that a
    ``ceil_mode`` window hangs over.
    """
    if not isinstance(count_include_pad, (bool, np.bool_)):
        raise ConfigError(
            translate("ConfigError", "count_include_pad must be True or False, got {value}").format(
                value=repr(count_include_pad)
            )
        )
    x3, squeeze = _as_input(x)
    geom = pool_geometry(x3.shape[-2:], kernel_size, stride, padding, 1, ceil_mode)
    sums = pool_windows(pad_for_pool(x3, geom, 0.0), geom).sum(axis=(-2, -1))
    out = sums / divisors(geom, bool(count_include_pad))
    return out[0] if squeeze else out


def divisors(geom: PoolGeometry, count_include_pad: bool) -> np.ndarray:
    """(H_out, W_out) avg_pool2d divisors; separable, so an outer product of the two axes."""
    per_axis = [
        axis_divisors(n, k, s, p, o, count_include_pad)
        for n, k, s, p, o in zip(
            geom.in_hw, geom.kernel, geom.stride, geom.padding, geom.out_hw, strict=True
        )
    ]
    return np.outer(per_axis[0], per_axis[1]).astype(np.float64)
