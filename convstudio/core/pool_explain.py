"""The formulas and words the pooling tab shows, as pure functions of a PoolWalk.

Conventions are explain.py's: 0-based rows and columns, the real minus sign,
padding terms wrapped in ``PAD_OPEN`` … ``PAD_CLOSE``, words translated (context
"explain") when the text is made.
"""

from __future__ import annotations

import numpy as np

from .conv import output_size
from .errors import ConfigError
from .explain import DEFAULT_MAX_TERMS, DOT, MINUS, PAD_CLOSE, PAD_OPEN, format_number
from .i18n import translate
from .pool_walk import PoolStep, PoolWalk
from .pooling import pool_output_size


def _num(v: float) -> str:
    """A number inside a formula: Unicode minus, parenthesised when negative (not −∞)."""
    text = format_number(v, unicode_minus=True)
    return f"({text})" if text.startswith(MINUS) and not text.endswith("∞") else text


def pool_size_formula(
    axis_name: str, n: int, k: int, s: int, p: int, d: int | None, ceil_mode: bool
) -> str:
    """One axis of PyTorch's pooling size formula with the numbers filled in.

    "H_out = ⌊(5 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3"; ``ceil_mode`` uses ⌈ ⌉, and
    when that would start a last window in the right padding PyTorch drops it,
    which is shown as "− 1" with the reason. ``d`` None (average pooling) leaves
    the dilation out.
    """
    dil = "" if d is None else f"{d}{DOT}"
    top = n + 2 * p - (d or 1) * (k - 1) - 1
    left, right = ("⌈", "⌉") if ceil_mode else ("⌊", "⌋")
    result = (-(-top // s) if ceil_mode else top // s) + 1
    text = (
        f"{axis_name}_out = {left}({n} + 2{DOT}{p} {MINUS} {dil}({k} {MINUS} 1) {MINUS} 1)"
        f" / {s}{right} + 1"
    )
    if ceil_mode and (result - 1) * s >= n + p:
        return text + translate(
            "explain", " {minus} 1 = {result} (the last window would start in the padding)"
        ).format(minus=MINUS, result=result - 1)
    return f"{text} = {result}"


def pool_size_formulas(walk: PoolWalk) -> list[str]:
    """The size formula for rows (H) then columns (W) of ``walk``."""
    g = walk.geom
    return [
        pool_size_formula(
            name,
            g.in_hw[a],
            g.kernel[a],
            g.stride[a],
            g.padding[a],
            g.dilation[a] if walk.kind == "max" else None,
            g.ceil_mode,
        )
        for a, name in ((0, "H"), (1, "W"))
    ]


def _terms(walk: PoolWalk, step: PoolStep) -> list[str]:
    """The window's values PyTorch reads, row-major, padding bracketed.

    Overhang cells are left out (never read); so is padding when average pooling
    does not count it, so the number of terms is the divisor.
    """
    keep = ~step.is_overhang
    if walk.kind == "avg" and not walk.count_include_pad:
        keep &= ~step.is_padding
    return [
        f"{PAD_OPEN}{_num(v)}{PAD_CLOSE}" if pad else _num(v)
        for v, pad, k in zip(
            np.ravel(step.values), np.ravel(step.is_padding), np.ravel(keep), strict=True
        )
        if k
    ]


def _shorten(terms: list[str], max_terms: int) -> list[str]:
    max_terms = max(int(max_terms), 2)
    if len(terms) <= max_terms:
        return terms
    head = max_terms // 2
    tail = max_terms - head
    more = translate("explain", "… ({n} more terms) …").format(n=len(terms) - head - tail)
    return [*terms[:head], more, *terms[-tail:]]


def pool_step_text(walk: PoolWalk, step: PoolStep, max_terms: int = DEFAULT_MAX_TERMS) -> str:
    """The step's computation: "max(3, 7, [−∞], 0) = 7" or "(3 + 7 + 1 + [0]) / 4 = 2.75"."""
    terms = _shorten(_terms(walk, step), max_terms)
    result = format_number(step.result, unicode_minus=True)
    if walk.kind == "max":
        return f"max({', '.join(terms)}) = {result}"
    return f"({' + '.join(terms)}) / {step.divisor} = {result}"


def pool_step_words(walk: PoolWalk, step: PoolStep) -> str:
    """Where the result comes from, in words: which input cell holds the maximum, or the sum."""
    if walk.kind == "avg":
        return translate("explain", "sum {total} ÷ {n} cells = {result}").format(
            total=format_number(step.total, unicode_minus=True),
            n=step.divisor,
            result=format_number(step.result, unicode_minus=True),
        )
    if step.argmax is None:
        return translate("explain", "the window holds only padding, so the result is −∞")
    (t, lf), (i, j) = walk.geom.padding, step.argmax
    return translate("explain", "the largest value is input ({row}, {col}) = {value}").format(
        row=int(step.rows[i]) - t,
        col=int(step.cols[j]) - lf,
        value=format_number(step.result, unicode_minus=True),
    )


def pool_hover_input(walk: PoolWalk, prow: int, pcol: int) -> str:
    """Describe padded cell (prow, pcol): "input (1, 2) = 7 · in 4 windows"."""
    n = int(walk.outputs_fed_by(prow, pcol).sum())
    reach = (
        translate("explain", "in {n} window").format(n=n)
        if n == 1
        else translate("explain", "in {n} windows").format(n=n)
    )
    value = format_number(walk.padded[prow, pcol], unicode_minus=True)
    if walk.overhang_mask[prow, pcol]:
        return translate("explain", "past the padding: never read · {reach}").format(reach=reach)
    if walk.pad_mask[prow, pcol]:
        return translate("explain", "padding = {value} · {reach}").format(value=value, reach=reach)
    (t, lf) = walk.geom.padding
    return translate("explain", "input ({row}, {col}) = {value} · {reach}").format(
        row=prow - t, col=pcol - lf, value=value, reach=reach
    )


def pool_hover_output(walk: PoolWalk, r: int, c: int) -> str:
    """Describe output (r, c): "output (0, 1) = 7 · step 2 · the largest value is …"."""
    step = walk.step(r * walk.out_shape[1] + c)
    return translate("explain", "output ({row}, {col}) = {value} · step {step} · {why}").format(
        row=r,
        col=c,
        value=format_number(step.result, unicode_minus=True),
        step=step.index + 1,
        why=pool_step_words(walk, step),
    )


def shrink_comparison(walk: PoolWalk) -> list[str]:
    """Padding keeps the size, pooling shrinks it: three computed shape lines for one input.

    The same input through a 3×3 convolution with padding 1 (stride 1), through a
    2×2 max pool with stride 2, and through the tab's own pooling settings.
    """
    h, w = walk.input.shape
    conv = [output_size(n, 3, 1, (1, 1)) for n in (h, w)]
    lines = [
        translate("explain", "{h}×{w} → 3×3 convolution, padding 1 → {oh}×{ow}: size kept").format(
            h=h, w=w, oh=conv[0], ow=conv[1]
        )
    ]
    try:
        pool = [pool_output_size(n, 2, 2) for n in (h, w)]
    except ConfigError:  # a 1-wide input: a 2×2 window does not fit
        lines.append(
            translate("explain", "{h}×{w} → 2×2 pooling, stride 2: does not fit").format(h=h, w=w)
        )
    else:
        lines.append(
            translate(
                "explain", "{h}×{w} → 2×2 pooling, stride 2 → {oh}×{ow}: halved, rounded down"
            ).format(h=h, w=w, oh=pool[0], ow=pool[1])
        )
    oh, ow = walk.out_shape
    lines.append(
        translate("explain", "{h}×{w} → these settings → {oh}×{ow}").format(h=h, w=w, oh=oh, ow=ow)
    )
    return lines
