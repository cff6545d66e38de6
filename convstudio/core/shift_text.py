"""The words of the shift demonstration: one sentence per outcome, with the computed numbers.

Kept apart from the arithmetic in :mod:`convstudio.core.shift`; every sentence is
worded when asked (``translate`` at call time) so it follows the current language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .explain import format_number
from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from .shift import ShiftDemo


def message(demo: ShiftDemo) -> str:
    """One sentence saying what the audience sees (see ``ShiftDemo.message``)."""
    if demo.pool is not None:
        return _pool_message(demo)
    if demo.shift == (0, 0):
        return translate("shift", "The input did not move, so neither did the output.")
    if not demo.interior.any():
        return translate(
            "shift",
            "No output window stays clear of the border and of the zeros that came in, "
            "so there is nothing to compare: use a larger input or a smaller shift.",
        )
    if demo.equivariant:
        return _equivariant_message(demo)
    return _aliased_message(demo)


def _pair(values: tuple[int, int]) -> str:
    return "({}, {})".format(*(format_number(v, unicode_minus=True) for v in values))


_EDGES = {
    ("row", 1): QT_TRANSLATE_NOOP("shift", "1 row of zeros came in at the top"),
    ("row", -1): QT_TRANSLATE_NOOP("shift", "1 row of zeros came in at the bottom"),
    ("rows", 1): QT_TRANSLATE_NOOP("shift", "{n} rows of zeros came in at the top"),
    ("rows", -1): QT_TRANSLATE_NOOP("shift", "{n} rows of zeros came in at the bottom"),
    ("col", 1): QT_TRANSLATE_NOOP("shift", "1 column of zeros came in at the left"),
    ("col", -1): QT_TRANSLATE_NOOP("shift", "1 column of zeros came in at the right"),
    ("cols", 1): QT_TRANSLATE_NOOP("shift", "{n} columns of zeros came in at the left"),
    ("cols", -1): QT_TRANSLATE_NOOP("shift", "{n} columns of zeros came in at the right"),
}


def fill_text(shift: tuple[int, int]) -> str:
    """What came in at the edge: "shifted by (0, 1): 1 column of zeros came in at the left"."""
    if shift == (0, 0):
        return translate("shift", "not shifted")
    words = []
    for d, one, many in zip(shift, ("row", "col"), ("rows", "cols"), strict=True):
        if d:
            key = (one if abs(d) == 1 else many, 1 if d > 0 else -1)
            words.append(translate("shift", _EDGES[key]).format(n=abs(d)))
    return translate("shift", "shifted by {shift}: {edges}").format(
        shift=_pair(shift), edges=", ".join(words)
    )


def _equivariant_message(demo: ShiftDemo) -> str:
    n_in = int(demo.interior.sum())
    border = demo.interior.size - n_in
    values = {"shift": _pair(demo.shift), "offset": _pair(demo.offset), "n": n_in}
    if not demo.exact:
        text = translate(
            "shift",
            "The output moved by {offset} although the stride does not divide the shift "
            "{shift}: this input is so regular that the windows in between see the same "
            "values ({n} interior cells match).",
        )
        return text.format(**values)
    if border == 0:
        text = translate(
            "shift",
            "The input moved by {shift} and the output moved by exactly {offset}: "
            "all {n} cells match.",
        )
        return text.format(**values)
    changed = int((~demo.matches & ~demo.interior).sum())
    text = translate(
        "shift",
        "The input moved by {shift} and the output moved by exactly {offset}: all {n} "
        "interior cells match; the {border} border cells are decided by the padding and "
        "the zeros that came in ({changed} of them do not match).",
    )
    return text.format(border=border, changed=changed, **values)


def _aliased_message(demo: ShiftDemo) -> str:
    sh, sw = demo.stride
    stride = str(sh) if sh == sw else f"{sh}×{sw}"
    text = translate(
        "shift",
        "Stride {stride}: moving the input by {shift} does not move the output — even the "
        "closest moved copy (by {offset}) differs by up to {diff} in the interior, because "
        "the windows now fall between the old ones (aliasing).",
    )
    return text.format(
        stride=stride,
        shift=_pair(demo.shift),
        offset=_pair(demo.offset),
        diff=format_number(demo.max_difference, unicode_minus=True),
    )


def _percent(fraction: float) -> str:
    return f"{round(100 * fraction)}%"


def _pool_message(demo: ShiftDemo) -> str:
    n, kept = demo.unchanged.size, int(demo.unchanged.sum())
    conv_n = demo.walk_before.output.size
    conv_kept = round((demo.unchanged_without_pool or 0.0) * conv_n)
    text = translate(
        "shift",
        "After {p}×{p} max pooling, {kept} of {n} outputs ({pct}) kept their value when "
        "the input moved by {shift}; without pooling, {conv_kept} of {conv_n} ({conv_pct}) did.",
    )
    return text.format(
        p=demo.pool,
        kept=kept,
        n=n,
        pct=_percent(kept / n),
        shift=_pair(demo.shift),
        conv_kept=conv_kept,
        conv_n=conv_n,
        conv_pct=_percent(demo.unchanged_without_pool or 0.0),
    )
