"""The pooling tab's state: a JSON-able dict, checked strictly, and the walk it describes.

Sessions, presets and export hand a page such a dict; every value is checked
against the ranges the tab's controls offer, so whatever is accepted can be shown,
and anything else raises ConfigError naming the key, what was found and what fits.
The small checkers here are shared with the transposed-convolution tab's state.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from typing import Any

import numpy as np

from .errors import ConfigError
from .i18n import translate
from .pool_walk import POOL_KINDS, PoolWalk
from .samples import INPUT_KINDS, make_input

CUSTOM = "custom"
"""Input kind of typed values (the state then holds them under "input_values")."""

POOL_LIMITS = {
    "input_size": (1, 32),
    "kernel": (1, 8),
    "stride": (1, 8),
    "padding": (0, 4),
    "dilation": (1, 4),
}
"""(lowest, highest) of each pair setting: the ranges of the tab's spin boxes."""

POOL_DEFAULT: dict[str, Any] = {
    "kind": "max",
    "input_kind": "random",
    "input_size": [6, 6],
    "seed": 0,
    "kernel": [2, 2],
    "stride": [2, 2],
    "padding": [0, 0],
    "dilation": [1, 1],
    "ceil_mode": False,
    "count_include_pad": True,
}


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def check_keys(state: Any, known: Mapping[str, Any], what: str) -> None:
    """ConfigError unless ``state`` is a dict whose keys are all in ``known``."""
    if not isinstance(state, Mapping):
        raise ConfigError(
            translate("ConfigError", "the {what} state must be a mapping, got {value}").format(
                what=what, value=_show(state)
            )
        )
    unknown = sorted(str(k) for k in state if k not in known)
    if unknown:
        raise ConfigError(
            translate(
                "ConfigError", "unknown key(s) {keys} in the {what} state; the keys are: {known}"
            ).format(keys=", ".join(unknown), what=what, known=", ".join(known))
        )


def whole(value: Any, key: str, lo: int, hi: int) -> int:
    """``value`` as an int in [lo, hi] (bools refused), else ConfigError naming ``key``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        ok = False
    else:
        ok = lo <= int(value) <= hi
    if not ok:
        raise ConfigError(
            translate(
                "ConfigError", "'{key}' must be a whole number from {lo} to {hi}, got {value}"
            ).format(key=key, lo=lo, hi=hi, value=_show(value))
        )
    return int(value)


def pair(value: Any, key: str, lo: int, hi: int) -> list[int]:
    """``value`` as [rows, columns], each a whole number in [lo, hi]."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ConfigError(
            translate(
                "ConfigError",
                "'{key}' must be a pair [rows, columns] of whole numbers from {lo} to {hi}, "
                "got {value}",
            ).format(key=key, lo=lo, hi=hi, value=_show(value))
        )
    return [whole(v, key, lo, hi) for v in value]


def flag(value: Any, key: str) -> bool:
    """``value`` as a bool; only true and false are accepted."""
    if not isinstance(value, (bool, np.bool_)):
        raise ConfigError(
            translate("ConfigError", "'{key}' must be true or false, got {value}").format(
                key=key, value=_show(value)
            )
        )
    return bool(value)


def choice(value: Any, key: str, options: tuple[str, ...]) -> str:
    """``value`` if it is one of ``options``."""
    if not isinstance(value, str) or value not in options:
        raise ConfigError(
            translate("ConfigError", "'{key}' must be one of {options}, got {value}").format(
                key=key, options=", ".join(options), value=_show(value)
            )
        )
    return value


def input_values(state: Mapping[str, Any], size_key: str, limits: tuple[int, int]) -> list:
    """The typed values of a "custom" input: a rectangular list of finite numbers."""
    values = state.get("input_values")
    try:
        arr = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        arr = np.zeros(0)
    lo, hi = limits
    if arr.ndim != 2 or not (lo <= min(arr.shape) and max(arr.shape) <= hi):
        raise ConfigError(
            translate(
                "ConfigError",
                "'input_values' must be a list of rows of numbers, {lo} to {hi} each way, "
                "for the custom input; got {value}",
            ).format(lo=lo, hi=hi, value=_show(values))
        )
    if not np.isfinite(arr).all():
        raise ConfigError(
            translate("ConfigError", "'input_values' must hold ordinary (finite) numbers")
        )
    if list(arr.shape) != list(state.get(size_key, arr.shape)):
        raise ConfigError(
            translate(
                "ConfigError", "'{key}' is {size} but 'input_values' is {h}×{w}; make them agree"
            ).format(key=size_key, size=_show(state.get(size_key)), h=arr.shape[0], w=arr.shape[1])
        )
    return arr.tolist()


def check_pool_state(state: Any) -> dict[str, Any]:
    """A complete, normalised copy of a pooling state; missing keys take the defaults.

    Raises ConfigError for an unknown key, a value of the wrong type or out of the
    controls' range, or settings PyTorch rejects (the walk is built to find out).
    """
    check_keys(state, {**POOL_DEFAULT, "input_values": None}, translate("ConfigError", "pooling"))
    s = {**POOL_DEFAULT, **state}
    out: dict[str, Any] = {
        "kind": choice(s["kind"], "kind", POOL_KINDS),
        "input_kind": choice(s["input_kind"], "input_kind", (*INPUT_KINDS, CUSTOM)),
        "seed": whole(s["seed"], "seed", 0, 2**31 - 1),
        "ceil_mode": flag(s["ceil_mode"], "ceil_mode"),
        "count_include_pad": flag(s["count_include_pad"], "count_include_pad"),
    }
    for key, (lo, hi) in POOL_LIMITS.items():
        out[key] = pair(s[key], key, lo, hi)
    if out["input_kind"] == CUSTOM:
        out["input_values"] = input_values(s, "input_size", POOL_LIMITS["input_size"])
    elif "input_values" in state:
        raise ConfigError(
            translate("ConfigError", "'input_values' is only for the input kind 'custom'")
        )
    pool_walk(out)
    return out


def pool_input(state: Mapping[str, Any]) -> np.ndarray:
    """The input array a checked state describes."""
    if state["input_kind"] == CUSTOM:
        return np.asarray(state["input_values"], dtype=np.float64)
    h, w = state["input_size"]
    return make_input(state["input_kind"], h, w, state["seed"])


def pool_walk(state: Mapping[str, Any]) -> PoolWalk:
    """The walk a checked state describes; ConfigError for settings PyTorch rejects."""
    avg = state["kind"] == "avg"
    return PoolWalk(
        pool_input(state),
        state["kind"],
        tuple(state["kernel"]),
        tuple(state["stride"]),
        tuple(state["padding"]),
        (1, 1) if avg else tuple(state["dilation"]),
        state["ceil_mode"],
        state["count_include_pad"],
    )
