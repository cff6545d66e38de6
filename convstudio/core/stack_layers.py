"""The layers of a stack: convolutions and poolings as frozen, comparable values.

A layer holds its settings exactly as the lecturer gave them; ``checked()`` returns a
normalised copy (pairs of ints, canonical names) or raises ConfigError. Whether the
layer fits the shape arriving at it is decided by ``convstudio.core.stack``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

import numpy as np

from .errors import ConfigError
from .i18n import QT_TRANSLATE_NOOP, translate
from .padding import check_mode
from .validate import as_pair

POOL_OPS = ("max", "avg")

_POOL_NAMES = {
    "max": QT_TRANSLATE_NOOP("stack", "max pool"),
    "avg": QT_TRANSLATE_NOOP("stack", "avg pool"),
}


MAX_CHANNELS = 4096


def channel_count(value: Any, what: str) -> int:
    """A number of channels, 1 to MAX_CHANNELS; ConfigError saying so otherwise."""
    ok = isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))
    if not ok or not 1 <= int(value) <= MAX_CHANNELS:
        raise ConfigError(
            translate(
                "ConfigError",
                "{what} must be a whole number of channels from 1 to {max}, got {value}",
            ).format(what=what, max=MAX_CHANNELS, value=repr(value))
        )
    return int(value)


def _flag(value: Any, what: str) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise ConfigError(
            translate("ConfigError", "{what} must be True or False, got {value}").format(
                what=what, value=repr(value)
            )
        )
    return bool(value)


@dataclass(frozen=True)
class ConvLayer:
    """A 2-D convolution: kernel, stride, padding, dilation, fill mode and filters.

    ``padding`` is anything ``resolve_padding`` accepts ("valid", "same", "full", an
    int, a pair or ((top, bottom), (left, right))). ``out_channels`` None keeps the
    number of channels arriving at the layer.
    """

    kernel: Any = (3, 3)
    stride: Any = (1, 1)
    padding: Any = "valid"
    dilation: Any = (1, 1)
    padding_mode: str = "zeros"
    out_channels: int | None = None
    bias: bool = True

    kind: ClassVar[str] = "conv"

    def checked(self) -> ConvLayer:
        """A normalised copy, or ConfigError naming the bad setting."""
        padding = self.padding
        if isinstance(padding, str):
            padding = padding.strip().lower()
        elif isinstance(padding, list):
            padding = tuple(tuple(p) if isinstance(p, list) else p for p in padding)
        out = self.out_channels
        return replace(
            self,
            kernel=as_pair(self.kernel, "kernel size", minimum=1),
            stride=as_pair(self.stride, "stride", minimum=1),
            padding=padding,
            dilation=as_pair(self.dilation, "dilation", minimum=1),
            padding_mode=check_mode(self.padding_mode),
            out_channels=None if out is None else channel_count(out, "out_channels"),
            bias=_flag(self.bias, "bias"),
        )

    def span(self) -> tuple[int, int]:
        """The dilated kernel's extent d·(k − 1) + 1 per axis (of a checked layer)."""
        return tuple(d * (k - 1) + 1 for k, d in zip(self.kernel, self.dilation, strict=True))


@dataclass(frozen=True)
class PoolLayer:
    """Max or average pooling: kernel, stride (None: the kernel, PyTorch's default),
    symmetric padding per axis and ceil mode."""

    op: str = "max"
    kernel: Any = (2, 2)
    stride: Any = None
    padding: Any = (0, 0)
    ceil_mode: bool = False

    kind: ClassVar[str] = "pool"

    def checked(self) -> PoolLayer:
        """A normalised copy, or ConfigError naming the bad setting."""
        if not isinstance(self.op, str) or self.op.strip().lower() not in POOL_OPS:
            raise ConfigError(
                translate("ConfigError", "unknown pooling {op}; use one of {ops}").format(
                    op=repr(self.op), ops=", ".join(POOL_OPS)
                )
            )
        kernel = as_pair(self.kernel, "kernel size", minimum=1)
        stride = kernel if self.stride is None else as_pair(self.stride, "stride", minimum=1)
        return replace(
            self,
            op=self.op.strip().lower(),
            kernel=kernel,
            stride=stride,
            padding=as_pair(self.padding, "padding", minimum=0),
            ceil_mode=_flag(self.ceil_mode, "ceil_mode"),
        )

    def span(self) -> tuple[int, int]:
        """The window's extent per axis (pooling here has no dilation)."""
        return tuple(self.kernel)


Layer = ConvLayer | PoolLayer


def check_layer(layer: Any) -> Layer:
    """``layer.checked()`` for a ConvLayer or PoolLayer; ConfigError for anything else."""
    if not isinstance(layer, (ConvLayer, PoolLayer)):
        raise ConfigError(
            translate(
                "ConfigError",
                "a stack holds ConvLayer and PoolLayer values, got {type}; "
                "build one with ConvLayer(kernel=3) or PoolLayer('max', 2)",
            ).format(type=type(layer).__name__)
        )
    return layer.checked()


def _pair_text(pair: tuple[int, int]) -> str:
    return str(pair[0]) if pair[0] == pair[1] else f"{pair[0]}×{pair[1]}"


def type_name(layer: Layer) -> str:
    """ "conv", "max pool" or "avg pool", in the current language."""
    if isinstance(layer, PoolLayer):
        return translate("stack", _POOL_NAMES.get(layer.op, layer.op))
    return translate("stack", "conv")


def settings_text(layer: Layer) -> str:
    """A checked layer's settings in one line: "3×3 · same", "2×2 · stride 1" …

    PyTorch's default stride (1 for a convolution, the kernel for pooling) is left out.
    """
    kh, kw = layer.kernel
    parts = [f"{kh}×{kw}"]
    default = (1, 1) if isinstance(layer, ConvLayer) else layer.kernel
    if tuple(layer.stride) != tuple(default):
        parts.append(translate("stack", "stride {s}").format(s=_pair_text(layer.stride)))
    if isinstance(layer, ConvLayer):
        parts.append(_conv_padding_text(layer))
        if layer.dilation != (1, 1):
            parts.append(translate("stack", "dilation {d}").format(d=_pair_text(layer.dilation)))
        if layer.out_channels is not None:
            parts.append(translate("stack", "{n} filters").format(n=layer.out_channels))
    else:
        if layer.padding != (0, 0):
            parts.append(translate("stack", "pad {p}").format(p=_pair_text(layer.padding)))
        if layer.ceil_mode:
            parts.append(translate("stack", "ceil"))
    return " · ".join(parts)


def _conv_padding_text(layer: ConvLayer) -> str:
    p = layer.padding
    if isinstance(p, str):
        text = p
    elif isinstance(p, (int, np.integer)):
        text = translate("stack", "pad {p}").format(p=int(p))
    else:
        text = translate("stack", "pad {p}").format(p=_flat(p))
    if layer.padding_mode != "zeros" and text != "valid":
        text += f" ({layer.padding_mode})"
    return text


def _flat(p: Any) -> str:
    items = [list(i) if isinstance(i, (tuple, list)) else [i] for i in p]
    values = [int(v) for pair in items for v in pair]
    return ",".join(str(v) for v in values)


def short_title(layer: Layer) -> str:
    """ "conv 3×3", "max pool 2×2": type and kernel of a checked layer."""
    return f"{type_name(layer)} {layer.kernel[0]}×{layer.kernel[1]}"


def layer_title(layer: Layer) -> str:
    """ "conv 3×3 · same": type and settings of a checked layer."""
    return f"{type_name(layer)} {settings_text(layer)}"
