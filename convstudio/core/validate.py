"""Turn user-supplied arguments into checked numpy arrays and integer pairs.

Every check raises ConfigError with a plain-language message, so no other
exception escapes for bad input.
"""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from .errors import ConfigError


def as_int(value: Any, name: str, *, minimum: int) -> int:
    """Return ``value`` as a Python int, requiring ``value >= minimum``."""
    # bool is an int subclass, but stride=True is certainly a mistake.
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ConfigError(
            f"{name} must be a whole number, got {value!r} ({type(value).__name__}); "
            f"use an integer such as {max(minimum, 1)}"
        )
    value = int(value)
    if value < minimum:
        hint = "at least 1" if minimum == 1 else f"at least {minimum}"
        raise ConfigError(f"{name} must be {hint}, got {value}")
    return value


def as_pair(value: Any, name: str, *, minimum: int) -> tuple[int, int]:
    """Return an (h, w) pair from an int or a 2-sequence of ints."""
    if isinstance(value, (list, tuple, np.ndarray)):
        items = list(value)
        if len(items) != 2:
            raise ConfigError(
                f"{name} must be one number or a pair (height, width), got {len(items)} values"
            )
        return (
            as_int(items[0], f"{name} (height)", minimum=minimum),
            as_int(items[1], f"{name} (width)", minimum=minimum),
        )
    v = as_int(value, name, minimum=minimum)
    return (v, v)


def as_finite_float(value: Any, name: str) -> float:
    """Return ``value`` as a finite float."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ConfigError(f"{name} must be a number, got {value!r}")
    v = float(value)
    if not np.isfinite(v):
        raise ConfigError(f"{name} must be a finite number, got {v}; use an ordinary value")
    return v


def as_array(value: Any, name: str, ranks: tuple[int, ...]) -> np.ndarray:
    """Return ``value`` as a finite, non-empty float64 array of one of ``ranks``."""
    try:
        arr = np.asarray(value)
    except Exception as exc:  # ragged lists and the like
        raise ConfigError(f"{name} is not a rectangular array of numbers ({exc})") from None
    if arr.dtype == object or not (
        np.issubdtype(arr.dtype, np.number) or np.issubdtype(arr.dtype, np.bool_)
    ):
        try:
            arr = arr.astype(np.float64)
        except (TypeError, ValueError):
            raise ConfigError(
                f"{name} must contain numbers only, got values of type {arr.dtype}"
            ) from None
    if np.issubdtype(arr.dtype, np.complexfloating):
        raise ConfigError(f"{name} must hold real numbers, not complex ones")
    if arr.ndim not in ranks:
        shapes = " or ".join(_rank_name(r) for r in ranks)
        raise ConfigError(f"{name} must be {shapes}, got a {arr.ndim}-D array of shape {arr.shape}")
    if arr.size == 0:
        raise ConfigError(f"{name} is empty (shape {arr.shape}); every dimension must be at least 1")
    arr = arr.astype(np.float64, copy=False)
    if not np.isfinite(arr).all():
        bad = np.argwhere(~np.isfinite(arr))[0]
        raise ConfigError(
            f"{name} contains NaN or infinity (first at index {tuple(int(i) for i in bad)}); "
            "replace it with an ordinary number"
        )
    return arr


def _rank_name(rank: int) -> str:
    return {
        1: "1-D (L)",
        2: "2-D (H, W)",
        3: "3-D (C, H, W)",
        4: "4-D (C_out, C_in/groups, kh, kw)",
    }.get(rank, f"{rank}-D")
