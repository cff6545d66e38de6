"""Resolve padding specifications into per-side amounts and build the padded input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import ConfigError
from .i18n import QT_TRANSLATE_NOOP, translate
from .validate import as_int, as_pair, check_cells, label

Pads = tuple[tuple[int, int], tuple[int, int]]
"""((top, bottom), (left, right)) — the same nesting as Keras' ZeroPadding2D."""

PADDING_NAMES = ("valid", "same", "full")
PADDING_MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")

# How a mode is called in sentences; in English the name itself.
_MODE_LABELS = {
    "zeros": QT_TRANSLATE_NOOP("padding", "zeros"),
    "constant": QT_TRANSLATE_NOOP("padding", "constant"),
    "reflect": QT_TRANSLATE_NOOP("padding", "reflect"),
    "symmetric": QT_TRANSLATE_NOOP("padding", "symmetric"),
    "replicate": QT_TRANSLATE_NOOP("padding", "replicate"),
    "circular": QT_TRANSLATE_NOOP("padding", "circular"),
}

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
            translate(
                "ConfigError",
                "unknown padding {padding}; use one of {names}, "
                "a number, a pair (ph, pw) or ((top, bottom), (left, right))",
            ).format(padding=repr(padding), names=", ".join(PADDING_NAMES))
        )
    if isinstance(padding, (list, tuple, np.ndarray)):
        items = list(padding)
        if len(items) == 2 and all(isinstance(i, (list, tuple, np.ndarray)) for i in items):
            return (_side_pair(items[0], "top", "bottom"), _side_pair(items[1], "left", "right"))
        ph, pw = _nonneg_pair(padding)
        return ((ph, ph), (pw, pw))
    p = _nonneg(padding, "padding")
    return ((p, p), (p, p))


def _nonneg(value: Any, name: str, axis: str | None = None) -> int:
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool) and value < 0:
        raise ConfigError(
            translate(
                "ConfigError", "{name} cannot be negative, got {value}; use 0 or more"
            ).format(name=label(name, axis), value=int(value))
        )
    return as_int(value, name, minimum=0, axis=axis)


def _nonneg_pair(value: Any) -> tuple[int, int]:
    items = list(value)
    if len(items) != 2:
        raise ConfigError(
            translate(
                "ConfigError",
                "padding as a sequence must be (ph, pw) or ((top, bottom), (left, right)), "
                "got {n} values",
            ).format(n=len(items))
        )
    return (_nonneg(items[0], "padding", "height"), _nonneg(items[1], "padding", "width"))


def _side_pair(value: Any, first: str, second: str) -> tuple[int, int]:
    items = list(value)
    if len(items) != 2:
        if first == "top":
            text = translate(
                "ConfigError", "padding top/bottom must be a pair of numbers, got {n} values"
            )
        else:
            text = translate(
                "ConfigError", "padding left/right must be a pair of numbers, got {n} values"
            )
        raise ConfigError(text.format(n=len(items)))
    return (_nonneg(items[0], f"padding {first}"), _nonneg(items[1], f"padding {second}"))


def mode_label(mode: str) -> str:
    """How padding mode ``mode`` is called in sentences, translated ("reflect" → "反射")."""
    return translate("padding", _MODE_LABELS[mode]) if mode in _MODE_LABELS else mode


def check_mode(mode: Any) -> str:
    """Return the canonical padding mode name or raise ConfigError."""
    if not isinstance(mode, str) or mode.strip().lower() not in PADDING_MODES:
        raise ConfigError(
            translate("ConfigError", "unknown padding mode {mode}; use one of {modes}").format(
                mode=repr(mode), modes=", ".join(PADDING_MODES)
            )
        )
    return mode.strip().lower()


def check_pads_fit(pads: Pads, size: tuple[int, int], mode: str) -> None:
    """Enforce PyTorch's limits: reflect needs pad < size, symmetric/circular pad ≤ size."""
    for (before, after), n, axis in zip(pads, size, ("height", "width"), strict=True):
        biggest = max(before, after)
        if mode == "reflect" and biggest >= n:
            raise ConfigError(
                _reflect_message(axis).format(pad=biggest, need=biggest + 1, n=n, fit=n - 1)
            )
        if mode in ("symmetric", "circular") and biggest > n:
            raise ConfigError(_repeat_message(axis).format(mode=mode_label(mode), pad=biggest, n=n))


def _reflect_message(axis: str) -> str:
    if axis == "height":
        return translate(
            "ConfigError",
            "reflect padding of {pad} needs an input height of at least {need}, "
            "but it is {n}: reflect mirrors the cells next to the edge, so each pad must be "
            "smaller than the height; use padding ≤ {fit}, replicate or zeros",
        )
    return translate(
        "ConfigError",
        "reflect padding of {pad} needs an input width of at least {need}, "
        "but it is {n}: reflect mirrors the cells next to the edge, so each pad must be "
        "smaller than the width; use padding ≤ {fit}, replicate or zeros",
    )


def _repeat_message(axis: str) -> str:
    if axis == "height":
        return translate(
            "ConfigError",
            "{mode} padding of {pad} is larger than the input height {n}: "
            "it can repeat the input at most once; use padding ≤ {n} or replicate/zeros",
        )
    return translate(
        "ConfigError",
        "{mode} padding of {pad} is larger than the input width {n}: "
        "it can repeat the input at most once; use padding ≤ {n} or replicate/zeros",
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
        lambda: (
            translate("ConfigError", "the padded input ({h}×{w} with padding {pads})").format(
                h=hp, w=wp, pads=pads
            ),
            translate("ConfigError", "use less padding or a smaller input"),
        ),
    )
    arr = pad_array(x, pads, mode, value)
    arr.setflags(write=False)
    mask = padding_mask(x.shape[-2:], pads)
    mask.setflags(write=False)
    return Padded(arr, pads, mask)
