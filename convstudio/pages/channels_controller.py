"""The channels tab's controller: settings of a multi-channel conv2d and its ChannelWalk.

Input channel j of a generated input is ``make_input(kind, h, w, seed + j)``; the
"image" input is the shipped colour picture as true R, G, B channels. Filter o's slice
for its j-th input channel is ``make_kernel(kind, kh, kw, kernel_seed + 10·o + j)``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

import numpy as np

from convstudio.core import ConfigError
from convstudio.core.channels import ChannelWalk
from convstudio.core.padding import PADDING_MODES, PADDING_NAMES
from convstudio.core.samples import (
    INPUT_KINDS,
    KERNEL_KINDS,
    kernel_fixed_size,
    make_input,
    make_kernel,
)
from convstudio.core.session_check import Checker
from convstudio.i18n import translate

from .channels_kit import checker, choice, read_state
from .channels_stepper import SettingsStepper

NAME = "channels"
IMAGE = "image"
IMAGE_FILE = "scene.png"  # the shipped colour picture (face.png is greyscale)
INPUTS = (*INPUT_KINDS, IMAGE)
MAX_CHANNELS, MAX_SIZE, MAX_KERNEL, MAX_STRIDE, MAX_DILATION, MAX_PAD = 4, 12, 5, 4, 3, 6
MAX_SEED, MAX_BIAS, MAX_FILL = 10**6, 99.0, 999.0
DEFAULTS: dict[str, Any] = {
    "channels": 3,
    "size": [5, 5],
    "input": "random",
    "seed": 0,
    "filters": 2,
    "groups": 1,
    "kernel_size": [3, 3],
    "kernel": "random",
    "kernel_seed": 0,
    "bias": 0.0,
    "stride": [1, 1],
    "dilation": [1, 1],
    "padding": "same",
    "padding_mode": "zeros",
    "value": 0.0,
}


def check_state(state: Any) -> dict[str, Any]:
    """The settings ``state`` describes, checked field by field (ConfigError naming it)."""
    c = checker(NAME)

    def pair(name: str, lo: int, hi: int):
        return lambda v: list(c.pair(v, name, lo, hi))

    readers = {
        "channels": lambda v: c.whole(v, "channels", 1, MAX_CHANNELS),
        "size": pair("size", 1, MAX_SIZE),
        "input": lambda v: choice(c, v, "input", INPUTS),
        "seed": lambda v: c.whole(v, "seed", 0, MAX_SEED),
        "filters": lambda v: c.whole(v, "filters", 1, MAX_CHANNELS),
        "groups": lambda v: c.whole(v, "groups", 1, MAX_CHANNELS),
        "kernel_size": pair("kernel_size", 1, MAX_KERNEL),
        "kernel": lambda v: choice(c, v, "kernel", KERNEL_KINDS),
        "kernel_seed": lambda v: c.whole(v, "kernel_seed", 0, MAX_SEED),
        "bias": lambda v: float(c.number(v, "bias", MAX_BIAS)),
        "stride": pair("stride", 1, MAX_STRIDE),
        "dilation": pair("dilation", 1, MAX_DILATION),
        "padding": lambda v: _padding(c, v),
        "padding_mode": lambda v: choice(c, v, "padding_mode", PADDING_MODES),
        "value": lambda v: float(c.number(v, "value", MAX_FILL)),
    }
    return read_state(c, state, DEFAULTS, readers)


def _padding(c: Checker, v: Any) -> str | list[list[int]]:
    if isinstance(v, str):
        return choice(c, v, "padding", PADDING_NAMES)
    pads = c.pads(v, "padding", MAX_PAD)
    if pads is None:
        c.fail(
            translate(
                "ModePage",
                "'padding' must be {names} or [[top, bottom], [left, right]] with whole "
                "numbers from 0 to {max}",
            ).format(names=", ".join(PADDING_NAMES), max=MAX_PAD)
        )
    return [list(p) for p in pads]


@lru_cache(maxsize=8)
def picture(side: int) -> np.ndarray:
    """The shipped colour picture as (3, n, n) R, G, B values 0–255, n ≤ ``side``."""
    from convstudio import image_io  # Pillow loads only when the picture is asked for

    path = image_io.sample_path(IMAGE_FILE)
    try:
        rgb = np.stack([image_io.load_image(path, mode=m, max_size=side)[0] for m in "RGB"])
    except image_io.ImageError as exc:
        raise ConfigError(str(exc)) from None
    rgb.setflags(write=False)
    return rgb


def make_channels(kind: str, channels: int, size: list[int], seed: int) -> np.ndarray:
    """(C, H, W) input: one sample per channel (its own seed), or the picture's R, G, B."""
    if kind == IMAGE:
        if channels != 3:
            raise ConfigError(
                translate(
                    "ModePage",
                    "the colour picture has 3 channels (R, G, B), not {n}; "
                    "set the input channels to 3 or pick generated data",
                ).format(n=channels)
            )
        return picture(min(size))
    return np.stack([make_input(kind, *size, seed + j) for j in range(channels)])


def make_weight(s: dict[str, Any]) -> np.ndarray:
    """(filters, channels/groups, kh, kw) weights, one kernel sample per slice."""
    per_group = max(1, s["channels"] // s["groups"])
    kh, kw = s["kernel_size"]
    return np.array(
        [
            [
                make_kernel(s["kernel"], kh, kw, s["kernel_seed"] + 10 * o + j)
                for j in range(per_group)
            ]
            for o in range(s["filters"])
        ]
    )


def build(s: dict[str, Any]) -> ChannelWalk:
    """The walk ``s`` describes (ConfigError when the settings cannot work)."""
    padding = s["padding"]
    if not isinstance(padding, str):
        padding = tuple(tuple(p) for p in padding)
    return ChannelWalk(
        make_channels(s["input"], s["channels"], s["size"], s["seed"]),
        make_weight(s),
        [s["bias"]] * s["filters"],
        stride=tuple(s["stride"]),
        padding=padding,
        dilation=tuple(s["dilation"]),
        groups=s["groups"],
        padding_mode=s["padding_mode"],
        value=s["value"],
    )


class ChannelsController(SettingsStepper):
    """The channels tab's settings, last good walk and step."""

    defaults: ClassVar[dict[str, Any]] = DEFAULTS

    def check(self, state: Any) -> dict[str, Any]:
        """Checked settings from a state dict."""
        return check_state(state)

    def build(self, settings: dict[str, Any]) -> ChannelWalk:
        """The walk of ``settings``."""
        return build(settings)

    def adjust(self, settings: dict[str, Any]) -> dict[str, Any]:
        """Sobel, sharpen and Laplacian exist only as 3×3; the picture has 3 channels."""
        fixed = kernel_fixed_size(settings["kernel"])
        if fixed is not None:
            settings = {**settings, "kernel_size": list(fixed)}
        if settings["input"] == IMAGE:
            settings = {**settings, "channels": 3}
        return settings

    def new_seed(self) -> None:
        """Draw new random input values."""
        self.update(seed=(self.settings["seed"] + 1) % (MAX_SEED + 1), input="random")
