"""Resolve padding specifications into per-side amounts and build the padded input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import ConfigError
from .validate import as_int, as_pair, check_cells

Pads = tuple[tuple[int, int], tuple[int, int]]
"""((top, bottom), (left, right)) — the same nesting as Keras' ZeroPadding2D."""

PADDING_NAMES = ("valid", "same", "full")
PADDING_MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")

# numpy.pad modes that give exactly PyTorch's F.pad values (and "symmetric", which
# PyTorch lacks but TensorFlow's tf.pad has).
_NUMPY_MODE = {
    "zeros": "constant",
    "constant": "constant",
    "reflect": "reflect",
    "symmetric": "symmetric",
    "replicate": "edge",
    "circular": "wrap",
}


def same_pads(n: int, k: int, s: int = 1, d: int = 1) -> tuple[int, int]:
    """TensorFlow/Keras "same" padding for one axis.

    out = ceil(n / s); total = max((out - 1)·s + d·(k - 1) + 1 - n, 0); the
    smaller half goes before, the extra one after (bottom/right).
    """
    out = -(-n // s)
    total = max((out - 1) * s + d * (k - 1) + 1 - n, 0)
    return (total // 2, total - total // 2)


def resolve_padding(
    padding: Any,
    input_size: tuple[int, int],
    kernel_size: tuple[int, int],
    stride: Any = 1,
    dilation: Any = 1,
) -> Pads:
    """Turn any padding form into ((top, bottom), (left, right)).

    Parameters
    ----------
    padding
        An int; a pair (ph, pw); ((top, bottom), (left, right)); or one of
        "valid", "same" (TensorFlow/Keras rule) and "full" (d·(k - 1) per side).
    input_size, kernel_size
        (H, W) and (kh, kw) of the unpadded input and the kernel.
    stride, dilation
        int or (h, w); only "same" and "full" depend on them.
    """
    sh, sw = as_pair(stride, "stride", minimum=1)
    dh, dw = as_pair(dilation, "dilation", minimum=1)
    h, w = as_pair(input_size, "input size", minimum=1)
    kh, kw = as_pair(kernel_size, "kernel size", minimum=1)
    if isinstance(padding, np.ndarray) and padding.ndim == 0:
        padding = padding[()]
    if isinstance(padding, str):
        name = padding.strip().lower()
        if name == "valid":
            return ((0, 0), (0, 0))
        if name == "same":
            return (same_pads(h, kh, sh, dh), same_pads(w, kw, sw, dw))
        if name == "full":
            return ((dh * (kh - 1),) * 2, (dw * (kw - 1),) * 2)
        raise ConfigError(
            f"unknown padding {padding!r}; use one of {', '.join(PADDING_NAMES)}, "
            "a number, a pair (ph, pw) or ((top, bottom), (left, right))"
        )
    if isinstance(padding, (list, tuple, np.ndarray)):
        items = list(padding)
        if len(items) == 2 and all(isinstance(i, (list, tuple, np.ndarray)) for i in items):
            return (_side_pair(items[0], "top/bottom"), _side_pair(items[1], "left/right"))
        ph, pw = _nonneg_pair(padding)
        return ((ph, ph), (pw, pw))
    p = _nonneg(padding, "padding")
    return ((p, p), (p, p))


def _nonneg(value: Any, name: str) -> int:
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool) and value < 0:
        raise ConfigError(f"{name} cannot be negative, got {int(value)}; use 0 or more")
    return as_int(value, name, minimum=0)


def _nonneg_pair(value: Any) -> tuple[int, int]:
    items = list(value)
    if len(items) != 2:
        raise ConfigError(
            f"padding as a sequence must be (ph, pw) or ((top, bottom), (left, right)), "
            f"got {len(items)} values"
        )
    return (_nonneg(items[0], "padding (height)"), _nonneg(items[1], "padding (width)"))


def _side_pair(value: Any, sides: str) -> tuple[int, int]:
    items = list(value)
    if len(items) != 2:
        raise ConfigError(f"padding {sides} must be a pair of numbers, got {len(items)} values")
    first, second = sides.split("/")
    return (_nonneg(items[0], f"padding {first}"), _nonneg(items[1], f"padding {second}"))


def check_mode(mode: Any) -> str:
    """Return the canonical padding mode name or raise ConfigError."""
    if not isinstance(mode, str) or mode.strip().lower() not in PADDING_MODES:
        raise ConfigError(f"unknown padding mode {mode!r}; use one of {', '.join(PADDING_MODES)}")
    return mode.strip().lower()


def check_pads_fit(pads: Pads, size: tuple[int, int], mode: str) -> None:
    """Enforce PyTorch's limits: reflect needs pad < size, symmetric/circular pad ≤ size."""
    for (before, after), n, axis in zip(pads, size, ("height", "width"), strict=True):
        biggest = max(before, after)
        if mode == "reflect" and biggest >= n:
            raise ConfigError(
                f"reflect padding of {biggest} needs an input {axis} of at least {biggest + 1}, "
                f"but it is {n}: reflect mirrors the cells next to the edge, so each pad must be "
                f"smaller than the {axis}; use padding ≤ {n - 1}, replicate or zeros"
            )
        if mode in ("symmetric", "circular") and biggest > n:
            raise ConfigError(
                f"{mode} padding of {biggest} is larger than the input {axis} {n}: "
                f"it can repeat the input at most once; use padding ≤ {n} or replicate/zeros"
            )


def pad_array(x: np.ndarray, pads: Pads, mode: str = "zeros", value: float = 0.0) -> np.ndarray:
    """Pad the last two axes of ``x`` (already validated) by ``pads`` with ``mode``."""
    width = [(0, 0)] * (x.ndim - 2) + [tuple(pads[0]), tuple(pads[1])]
    if mode in ("zeros", "constant"):
        fill = 0.0 if mode == "zeros" else value
        return np.pad(x, width, mode="constant", constant_values=fill)
    return np.pad(x, width, mode=_NUMPY_MODE[mode])


@dataclass(frozen=True, eq=False)
class Padded:
    """A padded input with the amounts used and which cells are padding.

    Attributes
    ----------
    array
        (C, H′, W′) or (H′, W′), the values a convolution slides over.
    pads
        ((top, bottom), (left, right)).
    mask
        bool (H′, W′), True where a cell is padding, not data.
    """

    array: np.ndarray
    pads: Pads
    mask: np.ndarray

    @property
    def input_size(self) -> tuple[int, int]:
        """(H, W) of the data inside the padding."""
        (t, b), (lf, r) = self.pads
        return (self.array.shape[-2] - t - b, self.array.shape[-1] - lf - r)


def padding_mask(input_size: tuple[int, int], pads: Pads) -> np.ndarray:
    """Bool (H′, W′) mask, True on the padding ring."""
    (t, b), (lf, r) = pads
    h, w = input_size
    mask = np.ones((h + t + b, w + lf + r), dtype=bool)
    mask[t : t + h, lf : lf + w] = False
    return mask


def make_padded(x: np.ndarray, pads: Pads, mode: str, value: float) -> Padded:
    """Pad a validated array and wrap it with its amounts and mask."""
    check_pads_fit(pads, x.shape[-2:], mode)
    (t, b), (lf, r) = pads
    hp, wp = x.shape[-2] + t + b, x.shape[-1] + lf + r
    check_cells(
        int(np.prod(x.shape[:-2], dtype=np.int64)) * hp * wp,
        f"the padded input ({hp}×{wp} with padding {pads})",
        "use less padding or a smaller input",
    )
    arr = pad_array(x, pads, mode, value)
    arr.setflags(write=False)
    mask = padding_mask(x.shape[-2:], pads)
    mask.setflags(write=False)
    return Padded(arr, pads, mask)
