"""The formulas and words the transposed-convolution tab shows, as pure functions of a walk.

Conventions are explain.py's: 0-based rows and columns, the real minus sign and
middle dot, words translated (context "explain") when the text is made.
"""

from __future__ import annotations

import numpy as np

from .explain import DOT, MINUS, format_number
from .i18n import translate
from .transposed import INPUT, INSERTED
from .transposed_walk import TransposedStep, TransposedWalk


def _num(v: float) -> str:
    text = format_number(v, unicode_minus=True)
    return f"({text})" if text.startswith(MINUS) else text


def transposed_size_formula(axis_name: str, n: int, k: int, s: int, p: int, a: int, d: int) -> str:
    """ "H_out = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6": PyTorch's formula, filled in.

    The terms are (H − 1)·s − 2p + d·(k − 1) + output_padding + 1.
    """
    result = (n - 1) * s - 2 * p + d * (k - 1) + a + 1
    return (
        f"{axis_name}_out = ({n} {MINUS} 1){DOT}{s} {MINUS} 2{DOT}{p} + {d}{DOT}({k} {MINUS} 1)"
        f" + {a} + 1 = {format_number(result, unicode_minus=True)}"
    )


def transposed_size_formulas(walk: TransposedWalk) -> list[str]:
    """The size formula for rows (H) then columns (W)."""
    g = walk.geom
    return [
        transposed_size_formula(
            name,
            g.in_hw[i],
            g.kernel[i],
            g.stride[i],
            g.padding[i],
            g.output_padding[i],
            g.dilation[i],
        )
        for i, name in ((0, "H"), (1, "W"))
    ]


def zero_insertion_text(walk: TransposedWalk, axis: int) -> str:
    """How one axis of the grid the kernel slides over is built, with the numbers.

    "H: (3 − 1)·2 + 1 = 5 with zeros between · border 1·(3 − 1) − 1 = 1, + 1 output
    padding at the end → 1 + 5 + 2 = 8", or "… border −1: cut 1 from each end …".
    """
    g = walk.geom
    n, k, s, p, a, d = (
        g.in_hw[axis],
        g.kernel[axis],
        g.stride[axis],
        g.padding[axis],
        g.output_padding[axis],
        g.dilation[axis],
    )
    name = "H" if axis == 0 else "W"
    inserted = g.inserted_hw[axis]
    before, after = g.edges[axis]
    border = d * (k - 1) - p
    text = translate("explain", "{axis}: {insert} with zeros between · border {border}").format(
        axis=name,
        insert=f"({n} {MINUS} 1){DOT}{s} + 1 = {inserted}",
        border=f"{d}{DOT}({k} {MINUS} 1) {MINUS} {p} = {format_number(border, unicode_minus=True)}",
    )
    if a:
        text += translate("explain", ", + {a} output padding at the end").format(a=a)
    if before < 0 or after < 0:
        text += translate("explain", " · cut {before} at the start, {after} at the end").format(
            before=max(-before, 0), after=max(-after, 0)
        )
    total = inserted + before + after
    return text + f" → {format_number(total, unicode_minus=True)}"


def transposed_step_text(step: TransposedStep) -> str:
    """The window's sum, written with the real inputs only: the zeros add nothing.

    "3·1 + 7·(−1) = −4 · 7 taps on zeros"; with a bias "… + 2 (bias) = …".
    """
    real = np.ravel(step.kinds) == INPUT
    terms = [
        f"{_num(v)}{DOT}{_num(w)}"
        for v, w, keep in zip(np.ravel(step.values), np.ravel(step.taps), real, strict=True)
        if keep
    ]
    if step.bias != 0:
        terms.append(translate("explain", "{bias} (bias)").format(bias=_num(step.bias)))
    zeros = int((~real).sum())
    text = " + ".join(terms) if terms else "0"
    text += f" = {format_number(step.total, unicode_minus=True)}"
    if zeros == 1:
        return text + translate("explain", " · {n} tap on a zero").format(n=zeros)
    if zeros:
        return text + translate("explain", " · {n} taps on zeros").format(n=zeros)
    return text


def transposed_hover_padded(walk: TransposedWalk, prow: int, pcol: int) -> str:
    """Describe a cell of the zero-inserted grid: what it is and how many windows read it."""
    n = int(walk.outputs_fed_by(prow, pcol).sum())
    reach = (
        translate("explain", "in {n} window").format(n=n)
        if n == 1
        else translate("explain", "in {n} windows").format(n=n)
    )
    source = walk.input_at(prow, pcol)
    if source is not None:
        return translate("explain", "input ({row}, {col}) = {value} · {reach}").format(
            row=source[0],
            col=source[1],
            value=format_number(walk.padded[prow, pcol], unicode_minus=True),
            reach=reach,
        )
    if walk.kinds[prow, pcol] == INSERTED:
        return translate("explain", "inserted zero (stride) · {reach}").format(reach=reach)
    return translate("explain", "padding zero · {reach}").format(reach=reach)


def transposed_hover_input(walk: TransposedWalk, row: int, col: int) -> str:
    """Describe input (row, col): its value and the output patch it stamps its kernel onto."""
    value = format_number(walk.input[row, col], unicode_minus=True)
    pos = walk.padded_position(row, col)
    if pos is None:
        return translate(
            "explain", "input ({row}, {col}) = {value} · cut off by the padding"
        ).format(row=row, col=col, value=value)
    n = int(walk.outputs_fed_by(*pos).sum())
    return translate("explain", "input ({row}, {col}) = {value} · feeds {n} outputs").format(
        row=row, col=col, value=value, n=n
    )


def transposed_hover_output(walk: TransposedWalk, r: int, c: int) -> str:
    """Describe output (r, c): its value, its step and how many real inputs it reads."""
    step = walk.step(r * walk.out_shape[1] + c)
    n = int((step.kinds == INPUT).sum())
    return translate(
        "explain", "output ({row}, {col}) = {value} · step {step} · reads {n} real input(s)"
    ).format(
        row=r,
        col=c,
        value=format_number(step.total, unicode_minus=True),
        step=step.index + 1,
        n=n,
    )
