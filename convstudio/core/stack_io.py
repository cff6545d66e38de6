"""A layer stack as a JSON-able dict (the "stack" mode's state), read strictly.

The dict looks like this::

    {"input": [1, 20, 20],                     # channels, height, width
     "layers": [{"type": "conv", "kernel": [3, 3], "stride": [1, 1],
                 "padding": "same" or [[top, bottom], [left, right]],
                 "dilation": [1, 1], "padding_mode": "zeros",
                 "out_channels": null, "bias": true},
                {"type": "max", "kernel": [2, 2], "stride": [2, 2],
                 "padding": [0, 0], "ceil_mode": false}],
     "pair": false}                            # show valid vs same side by side

Only "input" and "layers" are required; a layer needs only "type" and "kernel".
Every number must lie in the range the window's controls offer, so whatever a file
holds can also be edited. Reading raises ConfigError (a SessionError naming the field,
what was found and what would be right) and builds nothing on failure.
"""

from __future__ import annotations

from typing import Any

from .i18n import translate
from .padding import PADDING_MODES, PADDING_NAMES
from .session_check import Checker, show
from .stack_layers import ConvLayer, Layer, PoolLayer

MAX_INPUT = 64
MAX_INPUT_CHANNELS = 512
MAX_FILTERS = 1024
MAX_KERNEL = 11
MAX_STRIDE = 8
MAX_DILATION = 4
MAX_PAD = 32
MAX_POOL_PAD = MAX_KERNEL // 2
MAX_LAYERS = 12

_STATE_KEYS = ("input", "layers", "pair")
_CONV_KEYS = ("type", "kernel", "stride", "padding", "dilation", "padding_mode")
_CONV_KEYS += ("out_channels", "bias")
_POOL_KEYS = ("type", "kernel", "stride", "padding", "ceil_mode")


def layer_to_dict(layer: Layer) -> dict[str, Any]:
    """A checked layer as a JSON-ready dict."""
    if isinstance(layer, PoolLayer):
        return {
            "type": layer.op,
            "kernel": list(layer.kernel),
            "stride": list(layer.stride),
            "padding": list(layer.padding),
            "ceil_mode": layer.ceil_mode,
        }
    padding = layer.padding
    if not isinstance(padding, str):
        padding = [list(padding[0]), list(padding[1])]
    return {
        "type": "conv",
        "kernel": list(layer.kernel),
        "stride": list(layer.stride),
        "padding": padding,
        "dilation": list(layer.dilation),
        "padding_mode": layer.padding_mode,
        "out_channels": layer.out_channels,
        "bias": layer.bias,
    }


def state_to_dict(input_shape: tuple[int, int, int], layers: list[Layer], pair: bool) -> dict:
    """The mode's whole state as a JSON-ready dict."""
    return {
        "input": list(input_shape),
        "layers": [layer_to_dict(layer) for layer in layers],
        "pair": bool(pair),
    }


def state_from_dict(data: Any) -> tuple[tuple[int, int, int], list[Layer], bool]:
    """(input shape, layers, pair) from a state dict; ConfigError naming the bad field."""
    c = Checker(translate("stack", "layer stack"))
    c.keys(data, "'state'", ("input", "layers"), _STATE_KEYS)
    shape = data["input"]
    if not (isinstance(shape, list) and len(shape) == 3):
        c.fail(
            translate("stack", "'input' must be [channels, height, width], found {found}").format(
                found=show(shape)
            )
        )
    channels = c.whole(shape[0], "input[0]", 1, MAX_INPUT_CHANNELS)
    h, w = c.pair(shape[1:], "input[1:]", 1, MAX_INPUT)
    layers = data["layers"]
    if not isinstance(layers, list) or len(layers) > MAX_LAYERS:
        c.fail(
            translate(
                "stack", "'layers' must be a list of at most {max} layers, found {found}"
            ).format(max=MAX_LAYERS, found=show(layers))
        )
    parsed = [layer_from_dict(c, item, f"layers[{i}]") for i, item in enumerate(layers)]
    pair = c.boolean(data.get("pair", False), "pair")
    return (channels, h, w), parsed, pair


def layer_from_dict(c: Checker, data: Any, name: str) -> Layer:
    """One layer dict (see the module docstring) as a ConvLayer or PoolLayer."""
    c.mapping(data, name)
    kind = data.get("type")
    if kind not in ("conv", "max", "avg"):
        c.fail(
            translate("stack", "'{name}.type' must be conv, max or avg, found {found}").format(
                name=name, found=show(kind)
            )
        )
    c.keys(data, f"'{name}'", ("type", "kernel"), _CONV_KEYS if kind == "conv" else _POOL_KEYS)
    kernel = c.pair(data["kernel"], f"{name}.kernel", 1, MAX_KERNEL)
    if kind != "conv":
        stride = c.pair(data.get("stride", list(kernel)), f"{name}.stride", 1, MAX_STRIDE)
        padding = c.pair(data.get("padding", [0, 0]), f"{name}.padding", 0, MAX_POOL_PAD)
        ceil = c.boolean(data.get("ceil_mode", False), f"{name}.ceil_mode")
        return PoolLayer(kind, kernel, stride, padding, ceil)
    return ConvLayer(
        kernel,
        c.pair(data.get("stride", [1, 1]), f"{name}.stride", 1, MAX_STRIDE),
        _conv_padding(c, data.get("padding", "valid"), f"{name}.padding"),
        c.pair(data.get("dilation", [1, 1]), f"{name}.dilation", 1, MAX_DILATION),
        _padding_mode(c, data.get("padding_mode", "zeros"), f"{name}.padding_mode"),
        _filters(c, data.get("out_channels"), f"{name}.out_channels"),
        c.boolean(data.get("bias", True), f"{name}.bias"),
    )


def _conv_padding(c: Checker, value: Any, name: str) -> Any:
    if isinstance(value, str) and value in PADDING_NAMES:
        return value
    pads = c.pads(value, name, MAX_PAD)
    if pads is None:
        c.fail(
            translate(
                "stack",
                "'{name}' must be one of {names} or [[top, bottom], [left, right]] "
                "with numbers from 0 to {max}, found {found}",
            ).format(name=name, names=", ".join(PADDING_NAMES), max=MAX_PAD, found=show(value))
        )
    return pads


def _padding_mode(c: Checker, value: Any, name: str) -> str:
    if value not in PADDING_MODES:
        c.fail(
            translate("stack", "unknown '{name}' {found}; use one of {modes}").format(
                name=name, found=show(value), modes=", ".join(PADDING_MODES)
            )
        )
    return value


def _filters(c: Checker, value: Any, name: str) -> int | None:
    return None if value is None else c.whole(value, name, 1, MAX_FILTERS)
