"""Turn user-supplied arguments into checked numpy arrays and integer pairs.

Every check raises ConfigError with a plain-language message, so no other
exception escapes for bad input.
"""

from __future__ import annotations

import numbers
from decimal import Decimal
from typing import Any

import numpy as np

from .errors import ConfigError

MAX_INT = 2**31 - 1
"""Largest size, stride, dilation or padding accepted (keeps index arithmetic in int64)."""

MAX_CELLS = 1 << 28
"""Largest number of values an array convstudio builds may hold (2 GiB of float64)."""


def as_int(value: Any, name: str, *, minimum: int) -> int:
    """Return ``value`` as a Python int, requiring ``minimum <= value <= MAX_INT``."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    # bool is an int subclass, but stride=True is certainly a mistake.
    # numpy registers timedelta64 as an integer type, but NaT or "3 seconds" is no size.
    if isinstance(value, (bool, np.bool_, np.timedelta64)) or not isinstance(
        value, numbers.Integral
    ):
        raise ConfigError(
            f"{name} must be a whole number, got {_short(value)} ({type(value).__name__}); "
            f"use an integer such as {max(minimum, 1)}"
        )
    try:
        value = int(value)
    except (TypeError, ValueError, OverflowError):  # an exotic Integral that will not convert
        raise ConfigError(
            f"{name} must be a whole number, got {_short(value)} ({type(value).__name__}); "
            f"use an integer such as {max(minimum, 1)}"
        ) from None
    if value < minimum:
        hint = "at least 1" if minimum == 1 else f"at least {minimum}"
        raise ConfigError(f"{name} must be {hint}, got {value}; use {minimum} or more")
    if value > MAX_INT:
        raise ConfigError(
            f"{name} is {_short(value)}, more than the largest supported value {MAX_INT}; "
            "use a smaller number"
        )
    return value


def _short(value: Any, limit: int = 40) -> str:
    """repr(value), cut to ``limit`` characters so a huge number cannot flood a message."""
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not replace the ConfigError
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_cells(count: int, what: str, fix: str) -> None:
    """Raise ConfigError when an array of ``count`` values would be unreasonably large."""
    if count > MAX_CELLS:
        raise ConfigError(
            f"{what} would hold {count:,} values, more than the {MAX_CELLS:,} convstudio "
            f"can handle; {fix}"
        )


def as_pair(value: Any, name: str, *, minimum: int) -> tuple[int, int]:
    """Return an (h, w) pair from an int or a 2-sequence of ints."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
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
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise ConfigError(f"{name} must be a number, got {_short(value)}; use one such as 0.0")
    try:
        v = float(value)
    except (OverflowError, TypeError, ValueError):
        raise ConfigError(
            f"{name} is {_short(value)}, too large for a float64; use an ordinary value"
        ) from None
    if not np.isfinite(v):
        raise ConfigError(f"{name} must be a finite number, got {v}; use an ordinary value")
    return v


def as_array(value: Any, name: str, ranks: tuple[int, ...]) -> np.ndarray:
    """Return ``value`` as a finite, non-empty float64 array of one of ``ranks``."""
    try:
        arr = np.asarray(value)
    except Exception as exc:  # ragged lists and the like
        raise ConfigError(
            f"{name} is not a rectangular array of numbers ({exc}); give every row the same length"
        ) from None
    if arr.dtype.kind == "c":
        raise ConfigError(
            f"{name} must hold real numbers, not complex ones; pass the real part (x.real)"
        )
    if arr.dtype.kind in "SU" or (
        arr.dtype.kind == "O" and any(isinstance(v, (str, bytes)) for v in arr.flat)
    ):
        raise ConfigError(
            f"{name} must contain numbers only, got text; convert the values to numbers first"
        )
    if arr.dtype.kind == "O":
        # Python objects: ints too big for int64 and Fractions are numbers; None (which
        # numpy would quietly turn into NaN), sequences, complex and the like are not.
        for index, v in np.ndenumerate(arr):
            if not isinstance(v, (numbers.Real, np.bool_, Decimal)):
                where = f" at index {index}" if index else ""
                raise ConfigError(
                    f"{name} must contain numbers only, got {_short(v)} "
                    f"({type(v).__name__}){where}; give a rectangular array of ordinary numbers"
                )
        try:
            arr = arr.astype(np.float64)
        except (TypeError, ValueError, OverflowError):
            raise ConfigError(
                f"{name} must contain numbers only, got a value too large for float64; "
                "use ordinary numbers"
            ) from None
    elif arr.dtype.kind not in "biuf":
        raise ConfigError(
            f"{name} must contain numbers only, got values of type {arr.dtype}; "
            "convert them to float or int first"
        )
    if arr.ndim not in ranks:
        shapes = " or ".join(_rank_name(r) for r in ranks)
        raise ConfigError(
            f"{name} must be {shapes}, got a {arr.ndim}-D array of shape {arr.shape}; "
            "reshape it to one of those"
        )
    if arr.size == 0:
        raise ConfigError(
            f"{name} is empty (shape {arr.shape}); every dimension must be at least 1"
        )
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
