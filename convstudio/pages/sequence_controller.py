"""The sequence tab's controller: its settings, the last good SequenceWalk, and playback.

Settings are a plain JSON-able dict (the page's state). An edit replaces some of its
values and asks the core for a new walk; only a walk that could be built reaches the
views, an impossible setting is reported as a message and the last good walk stays.
"""

from __future__ import annotations

from typing import Any, ClassVar

from convstudio.core.conv1d import PADDING_NAMES_1D
from convstudio.core.conv1d_walk import SequenceWalk
from convstudio.core.padding import PADDING_MODES
from convstudio.core.samples import make_input, make_kernel
from convstudio.core.session_check import Checker

from .channels_kit import checker, choice, read_state
from .channels_stepper import SettingsStepper

NAME = "sequence"
INPUT_KINDS = ("random", "ramp", "checkerboard")
KERNEL_KINDS = ("random", "identity", "box", "gaussian")
MAX_LENGTH, MAX_KERNEL, MAX_STRIDE, MAX_DILATION, MAX_PAD = 48, 9, 8, 4, 16
MAX_SEED, MAX_FILL = 10**6, 999.0
DEFAULTS: dict[str, Any] = {
    "length": 12,
    "input": "random",
    "seed": 0,
    "kernel_size": 3,
    "kernel": "random",
    "kernel_seed": 5,
    "stride": 1,
    "dilation": 1,
    "padding": "causal",
    "padding_mode": "zeros",
    "value": 0.0,
}


def check_state(state: Any) -> dict[str, Any]:
    """The settings ``state`` describes, checked field by field (ConfigError naming it)."""
    c = checker(NAME)
    readers = {
        "length": lambda v: c.whole(v, "length", 1, MAX_LENGTH),
        "input": lambda v: choice(c, v, "input", INPUT_KINDS),
        "seed": lambda v: c.whole(v, "seed", 0, MAX_SEED),
        "kernel_size": lambda v: c.whole(v, "kernel_size", 1, MAX_KERNEL),
        "kernel": lambda v: choice(c, v, "kernel", KERNEL_KINDS),
        "kernel_seed": lambda v: c.whole(v, "kernel_seed", 0, MAX_SEED),
        "stride": lambda v: c.whole(v, "stride", 1, MAX_STRIDE),
        "dilation": lambda v: c.whole(v, "dilation", 1, MAX_DILATION),
        "padding": lambda v: _padding(c, v),
        "padding_mode": lambda v: choice(c, v, "padding_mode", PADDING_MODES),
        "value": lambda v: float(c.number(v, "value", MAX_FILL)),
    }
    return read_state(c, state, DEFAULTS, readers)


def _padding(c: Checker, v: Any) -> str | list[int]:
    if isinstance(v, str):
        return choice(c, v, "padding", PADDING_NAMES_1D)
    return list(c.pair(v, "padding", 0, MAX_PAD))


def build(settings: dict[str, Any]) -> SequenceWalk:
    """The walk ``settings`` describe (ConfigError when they cannot work)."""
    s = settings
    x = make_input(s["input"], 1, s["length"], s["seed"])[0]
    k = make_kernel(s["kernel"], 1, s["kernel_size"], s["kernel_seed"])[0]
    padding = s["padding"] if isinstance(s["padding"], str) else tuple(s["padding"])
    return SequenceWalk(
        x,
        k,
        stride=s["stride"],
        padding=padding,
        dilation=s["dilation"],
        padding_mode=s["padding_mode"],
        value=s["value"],
    )


class SequenceController(SettingsStepper):
    """The sequence tab's settings, last good walk and step."""

    defaults: ClassVar[dict[str, Any]] = DEFAULTS

    def check(self, state: Any) -> dict[str, Any]:
        """Checked settings from a state dict."""
        return check_state(state)

    def build(self, settings: dict[str, Any]) -> SequenceWalk:
        """The walk of ``settings``."""
        return build(settings)

    def new_seed(self) -> None:
        """Draw new random input values."""
        self.update(seed=(self.settings["seed"] + 1) % (MAX_SEED + 1), input="random")
