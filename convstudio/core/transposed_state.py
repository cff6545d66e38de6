"""The transposed-convolution tab's state: a JSON-able dict, checked strictly, and its walk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from .errors import ConfigError
from .i18n import translate
from .pool_state import CUSTOM, check_keys, choice, input_values, pair, whole
from .samples import INPUT_KINDS, KERNEL_KINDS, kernel_fixed_size, make_input, make_kernel
from .transposed_walk import TransposedWalk

TRANSPOSED_LIMITS = {
    "input_size": (1, 8),
    "kernel_size": (1, 5),
    "stride": (1, 4),
    "padding": (0, 6),
    "output_padding": (0, 3),
    "dilation": (1, 3),
}
"""(lowest, highest) of each pair setting: the ranges of the tab's spin boxes."""

TRANSPOSED_DEFAULT: dict[str, Any] = {
    "input_kind": "random",
    "input_size": [3, 3],
    "seed": 0,
    "kernel_kind": "random",
    "kernel_size": [3, 3],
    "kernel_seed": 1,
    "stride": [2, 2],
    "padding": [0, 0],
    "output_padding": [0, 0],
    "dilation": [1, 1],
}


def check_transposed_state(state: Any) -> dict[str, Any]:
    """A complete, normalised copy of a transposed-convolution state (defaults fill gaps).

    Raises ConfigError for an unknown key, a value of the wrong type or out of the
    controls' range, or settings PyTorch rejects.
    """
    check_keys(
        state,
        {**TRANSPOSED_DEFAULT, "input_values": None},
        translate("ConfigError", "transposed convolution"),
    )
    s = {**TRANSPOSED_DEFAULT, **state}
    out: dict[str, Any] = {
        "input_kind": choice(s["input_kind"], "input_kind", (*INPUT_KINDS, CUSTOM)),
        "seed": whole(s["seed"], "seed", 0, 2**31 - 1),
        "kernel_kind": choice(s["kernel_kind"], "kernel_kind", KERNEL_KINDS),
        "kernel_seed": whole(s["kernel_seed"], "kernel_seed", 0, 2**31 - 1),
    }
    for key, (lo, hi) in TRANSPOSED_LIMITS.items():
        out[key] = pair(s[key], key, lo, hi)
    fixed = kernel_fixed_size(out["kernel_kind"])
    if fixed is not None and tuple(out["kernel_size"]) != fixed:
        raise ConfigError(
            translate(
                "ConfigError",
                "the {kind} kernel is {fh}×{fw} by definition; set 'kernel_size' to [{fh}, {fw}]",
            ).format(kind=out["kernel_kind"], fh=fixed[0], fw=fixed[1])
        )
    if out["input_kind"] == CUSTOM:
        out["input_values"] = input_values(s, "input_size", TRANSPOSED_LIMITS["input_size"])
    elif "input_values" in state:
        raise ConfigError(
            translate("ConfigError", "'input_values' is only for the input kind 'custom'")
        )
    transposed_walk(out)
    return out


def transposed_input(state: Mapping[str, Any]) -> np.ndarray:
    """The input array a checked state describes."""
    if state["input_kind"] == CUSTOM:
        return np.asarray(state["input_values"], dtype=np.float64)
    h, w = state["input_size"]
    return make_input(state["input_kind"], h, w, state["seed"])


def transposed_walk(state: Mapping[str, Any]) -> TransposedWalk:
    """The walk a checked state describes; ConfigError for settings PyTorch rejects."""
    kh, kw = state["kernel_size"]
    return TransposedWalk(
        transposed_input(state),
        make_kernel(state["kernel_kind"], kh, kw, state["kernel_seed"]),
        stride=tuple(state["stride"]),
        padding=tuple(state["padding"]),
        output_padding=tuple(state["output_padding"]),
        dilation=tuple(state["dilation"]),
    )
