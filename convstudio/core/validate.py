"""Turn user-supplied arguments into checked numpy arrays and integer pairs.

Every check raises ConfigError with a plain-language message, so no other
exception escapes for bad input.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np

from .errors import ConfigError
from .i18n import QT_TRANSLATE_NOOP, translate

MAX_INT = 2**31 - 1
"""Largest size, stride, dilation or padding accepted (keeps index arithmetic in int64)."""

MAX_CELLS = 1 << 28
"""Largest number of values an array convstudio builds may hold (2 GiB of float64)."""


PARAM_NAMES = (
    QT_TRANSLATE_NOOP("param", "input"),
    QT_TRANSLATE_NOOP("param", "input size"),
    QT_TRANSLATE_NOOP("param", "input height"),
    QT_TRANSLATE_NOOP("param", "input width"),
    QT_TRANSLATE_NOOP("param", "kernel"),
    QT_TRANSLATE_NOOP("param", "kernel size"),
    QT_TRANSLATE_NOOP("param", "kernel height"),
    QT_TRANSLATE_NOOP("param", "kernel width"),
    QT_TRANSLATE_NOOP("param", "weight"),
    QT_TRANSLATE_NOOP("param", "bias"),
    QT_TRANSLATE_NOOP("param", "groups"),
    QT_TRANSLATE_NOOP("param", "stride"),
    QT_TRANSLATE_NOOP("param", "dilation"),
    QT_TRANSLATE_NOOP("param", "padding"),
    QT_TRANSLATE_NOOP("param", "padding (before)"),
    QT_TRANSLATE_NOOP("param", "padding (after)"),
    QT_TRANSLATE_NOOP("param", "padding top"),
    QT_TRANSLATE_NOOP("param", "padding bottom"),
    QT_TRANSLATE_NOOP("param", "padding left"),
    QT_TRANSLATE_NOOP("param", "padding right"),
    QT_TRANSLATE_NOOP("param", "padding value"),
    QT_TRANSLATE_NOOP("param", "output padding"),
)
"""Every setting name the checks below put into a message (a test keeps this complete)."""

_AXES = {
    "height": QT_TRANSLATE_NOOP("param", "{name} (height)"),
    "width": QT_TRANSLATE_NOOP("param", "{name} (width)"),
}


def label(name: str, axis: str | None = None) -> str:
    """The translated display name of parameter ``name``, e.g. "stride (height)".

    ``name`` is one of ``PARAM_NAMES`` (English); ``axis`` is None, "height" or "width".
    """
    text = translate("param", name)
    return translate("param", _AXES[axis]).format(name=text) if axis else text


def as_int(value: Any, name: str, *, minimum: int, axis: str | None = None) -> int:
    """Return ``value`` as a Python int, requiring ``minimum <= value <= MAX_INT``.

    ``name`` (and ``axis``, see :func:`label`) name the setting in error messages.
    """
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    # bool is an int subclass, but stride=True is certainly a mistake.
    # numpy registers timedelta64 as an integer type, but NaT or "3 seconds" is no size.
    if isinstance(value, (bool, np.bool_, np.timedelta64)) or not isinstance(
        value, numbers.Integral
    ):
        raise _not_whole(value, name, minimum, axis)
    try:
        value = int(value)
    except (TypeError, ValueError, OverflowError):  # an exotic Integral that will not convert
        raise _not_whole(value, name, minimum, axis) from None
    if value < minimum:
        raise ConfigError(
            translate(
                "ConfigError",
                "{name} must be at least {minimum}, got {value}; use {minimum} or more",
            ).format(name=label(name, axis), minimum=minimum, value=value)
        )
    if value > MAX_INT:
        raise ConfigError(
            translate(
                "ConfigError",
                "{name} is {value}, more than the largest supported value {max}; "
                "use a smaller number",
            ).format(name=label(name, axis), value=_short(value), max=MAX_INT)
        )
    return value


def _not_whole(value: Any, name: str, minimum: int, axis: str | None) -> ConfigError:
    return ConfigError(
        translate(
            "ConfigError",
            "{name} must be a whole number, got {value} ({type}); use an integer such as {example}",
        ).format(
            name=label(name, axis),
            value=_short(value),
            type=type(value).__name__,
            example=max(minimum, 1),
        )
    )


def _short(value: Any, limit: int = 40) -> str:
    """repr(value), cut to ``limit`` characters so a huge number cannot flood a message."""
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not replace the ConfigError
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_cells(count: int, words: Callable[[], tuple[str, str]]) -> None:
    """Raise ConfigError when an array of ``count`` values would be unreasonably large.

    ``words()`` gives (what the array is, how to fix it); it is only called on
    failure, so the common case translates nothing.
    """
    if count > MAX_CELLS:
        what, fix = words()
        raise ConfigError(
            translate(
                "ConfigError",
                "{what} would hold {count} values, more than the {max} convstudio "
                "can handle; {fix}",
            ).format(what=what, count=f"{count:,}", max=f"{MAX_CELLS:,}", fix=fix)
        )


def as_pair(value: Any, name: str, *, minimum: int) -> tuple[int, int]:
    """Return an (h, w) pair from an int or a 2-sequence of ints."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, (list, tuple, np.ndarray)):
        items = list(value)
        if len(items) != 2:
            raise ConfigError(
                translate(
                    "ConfigError",
                    "{name} must be one number or a pair (height, width), got {n} values",
                ).format(name=label(name), n=len(items))
            )
        return (
            as_int(items[0], name, minimum=minimum, axis="height"),
            as_int(items[1], name, minimum=minimum, axis="width"),
        )
    v = as_int(value, name, minimum=minimum)
    return (v, v)


def as_finite_float(value: Any, name: str) -> float:
    """Return ``value`` as a finite float."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise ConfigError(
            translate(
                "ConfigError", "{name} must be a number, got {value}; use one such as 0.0"
            ).format(name=label(name), value=_short(value))
        )
    try:
        v = float(value)
    except (OverflowError, TypeError, ValueError):
        raise ConfigError(
            translate(
                "ConfigError", "{name} is {value}, too large for a float64; use an ordinary value"
            ).format(name=label(name), value=_short(value))
        ) from None
    if not np.isfinite(v):
        raise ConfigError(
            translate(
                "ConfigError", "{name} must be a finite number, got {value}; use an ordinary value"
            ).format(name=label(name), value=v)
        )
    return v


def as_array(value: Any, name: str, ranks: tuple[int, ...]) -> np.ndarray:
    """Return ``value`` as a finite, non-empty float64 array of one of ``ranks``."""
    try:
        arr = np.asarray(value)
    except Exception as exc:  # ragged lists and the like
        raise _error(
            translate(
                "ConfigError",
                "{name} is not a rectangular array of numbers ({detail}); "
                "give every row the same length",
            ),
            name,
            detail=exc,
        ) from None
    if arr.dtype.kind == "c":
        raise _error(
            translate(
                "ConfigError",
                "{name} must hold real numbers, not complex ones; pass the real part (x.real)",
            ),
            name,
        )
    if arr.dtype.kind in "SU" or (
        arr.dtype.kind == "O" and any(isinstance(v, (str, bytes)) for v in arr.flat)
    ):
        raise _error(
            translate(
                "ConfigError",
                "{name} must contain numbers only, got text; convert the values to numbers first",
            ),
            name,
        )
    if arr.dtype.kind == "O":
        arr = _objects_to_float(arr, name)
    elif arr.dtype.kind not in "biuf":
        raise _error(
            translate(
                "ConfigError",
                "{name} must contain numbers only, got values of type {dtype}; "
                "convert them to float or int first",
            ),
            name,
            dtype=arr.dtype,
        )
    if arr.ndim not in ranks:
        raise _error(
            translate(
                "ConfigError",
                "{name} must be {shapes}, got a {ndim}-D array of shape {shape}; "
                "reshape it to one of those",
            ),
            name,
            shapes=_rank_names(ranks),
            ndim=arr.ndim,
            shape=arr.shape,
        )
    if arr.size == 0:
        raise _error(
            translate(
                "ConfigError",
                "{name} is empty (shape {shape}); every dimension must be at least 1",
            ),
            name,
            shape=arr.shape,
        )
    arr = arr.astype(np.float64, copy=False)
    if not np.isfinite(arr).all():
        bad = np.argwhere(~np.isfinite(arr))[0]
        raise _error(
            translate(
                "ConfigError",
                "{name} contains NaN or infinity (first at index {index}); "
                "replace it with an ordinary number",
            ),
            name,
            index=tuple(int(i) for i in bad),
        )
    return arr


def _objects_to_float(arr: np.ndarray, name: str) -> np.ndarray:
    """An object array as float64, refusing anything that is not a real number."""
    # Python objects: ints too big for int64 and Fractions are numbers; None (which
    # numpy would quietly turn into NaN), sequences, complex and the like are not.
    for index, v in np.ndenumerate(arr):
        if not isinstance(v, (numbers.Real, np.bool_, Decimal)):
            template = (
                QT_TRANSLATE_NOOP(
                    "ConfigError",
                    "{name} must contain numbers only, got {value} ({type}) at index {index}; "
                    "give a rectangular array of ordinary numbers",
                )
                if index
                else QT_TRANSLATE_NOOP(
                    "ConfigError",
                    "{name} must contain numbers only, got {value} ({type}); "
                    "give a rectangular array of ordinary numbers",
                )
            )
            raise _error(
                translate("ConfigError", template),
                name,
                value=_short(v),
                type=type(v).__name__,
                index=index,
            )
    try:
        return arr.astype(np.float64)
    except (TypeError, ValueError, OverflowError):
        raise _error(
            translate(
                "ConfigError",
                "{name} must contain numbers only, got a value too large for float64; "
                "use ordinary numbers",
            ),
            name,
        ) from None


def _error(text: str, name: str, **values: Any) -> ConfigError:
    """ConfigError from an already translated template, naming the array ``name``."""
    return ConfigError(text.format(name=label(name), **values))


def _rank_names(ranks: tuple[int, ...]) -> str:
    names = [_rank_name(r) for r in ranks]
    text = names[0]
    for more in names[1:]:
        text = translate("ConfigError", "{first} or {second}").format(first=text, second=more)
    return text


def _rank_name(rank: int) -> str:
    names = {
        1: QT_TRANSLATE_NOOP("ConfigError", "1-D (L)"),
        2: QT_TRANSLATE_NOOP("ConfigError", "2-D (H, W)"),
        3: QT_TRANSLATE_NOOP("ConfigError", "3-D (C, H, W)"),
        4: QT_TRANSLATE_NOOP("ConfigError", "4-D (C_out, C_in/groups, kh, kw)"),
    }
    if rank in names:
        return translate("ConfigError", names[rank])
    return translate("ConfigError", "{rank}-D").format(rank=rank)
