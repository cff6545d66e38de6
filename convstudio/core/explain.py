"""The words and formulas the formula panel and hover tips show, as pure functions of a Walk.

Conventions every string here follows:

- Row and column indices are 0-based, like numpy, PyTorch and the grid labels;
  only the step number in ``step_counter`` is 1-based ("Step 1 / 36").
- Input cells are named by their coordinates in the unpadded input, so padding
  cells have negative or ≥ H / ≥ W coordinates.
- Formulas use the real minus sign (U+2212) and middle dot (U+00B7).
- In ``dot_product_text`` every term whose input value comes from padding is
  wrapped in ``PAD_OPEN`` … ``PAD_CLOSE`` ("[0·1]") so a view can colour it and
  plain text still shows it.
"""

from __future__ import annotations

import math

import numpy as np

from .walk import Step, Walk

MINUS = "\u2212"
DOT = "\u00b7"
PAD_OPEN = "["
PAD_CLOSE = "]"
DEFAULT_MAX_TERMS = 25


def format_number(v: float, *, unicode_minus: bool = False) -> str:
    """Format a value for a cell or a formula: "12", "-3", "0.111", "-1.5"; never "-0".

    Values are rounded to 3 decimals first, so 2.9999999 shows as "3" and
    −0.0001 as "0". ``unicode_minus`` uses "−" instead of "-".
    """
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        text = "∞" if v > 0 else "-∞"
    else:
        r = round(v, 3)
        if r == 0:
            return "0"
        if abs(r) >= 1e12:
            # Typed values can be huge; 300 digits would push the formula off the screen.
            text = f"{r:.4g}"
        elif r.is_integer():
            text = str(int(r))
        else:
            text = f"{r:.3f}".rstrip("0").rstrip(".")
    return text.replace("-", MINUS) if unicode_minus else text


def _num(v: float) -> str:
    """A number inside a formula: Unicode minus, parenthesised when negative."""
    text = format_number(v, unicode_minus=True)
    return f"({text})" if text.startswith(MINUS) else text


def size_formula(axis_name: str, n: int, k: int, s: int, d: int, before: int, after: int) -> str:
    """One axis of the output-size formula with the numbers filled in.

    "H_out = ⌊(6 + 1 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3". The floor brackets are
    shown even when the division is exact. A kernel that does not fit gives a
    result below 1, which is said in words.
    """
    result = (n + before + after - d * (k - 1) - 1) // s + 1
    text = (
        f"{axis_name}_out = ⌊({n} + {before} + {after} {MINUS} {d}{DOT}({k} {MINUS} 1) "
        f"{MINUS} 1) / {s}⌋ + 1 = {format_number(result, unicode_minus=True)}"
    )
    if result < 1:
        text += " — the kernel does not fit, so there is no output"
    return text


def size_formulas(walk: Walk) -> list[str]:
    """The size formula for rows (H) then columns (W) of ``walk``."""
    p = walk.params
    return [
        size_formula(
            name,
            walk.input.shape[a],
            walk.kernel.shape[a],
            p.stride[a],
            p.dilation[a],
            *walk.pads[a],
        )
        for a, name in ((0, "H"), (1, "W"))
    ]


def padding_summary(walk: Walk) -> str:
    """The padding actually used: "padding same → top 1, bottom 1, left 1, right 1 (zeros)"."""
    p = walk.params
    (top, bottom), (left, right) = walk.pads
    name = p.padding if isinstance(p.padding, str) else "explicit"
    mode = p.padding_mode
    if mode == "constant":
        mode = f"constant {format_number(p.value, unicode_minus=True)}"
    return f"padding {name} → top {top}, bottom {bottom}, left {left}, right {right} ({mode})"


def dot_product_text(step: Step, max_terms: int = DEFAULT_MAX_TERMS) -> str:
    """The window's dot product term by term, "input·weight", ending in the exact sum.

    "3·1 + 0·(−1) + [0·2] + … + 0.5 (bias) = 17": negative numbers are
    parenthesised, padding terms bracketed (see the module docstring), the bias
    shown only when it is not 0. With more than ``max_terms`` terms the middle
    ones are replaced by "… (N more terms) …"; the sum still covers all of them.
    """
    values, taps, pad = (np.ravel(a) for a in (step.values, step.taps, step.is_padding))
    terms = [
        f"{PAD_OPEN}{_num(v)}{DOT}{_num(w)}{PAD_CLOSE}" if p else f"{_num(v)}{DOT}{_num(w)}"
        for v, w, p in zip(values, taps, pad, strict=True)
    ]
    max_terms = max(int(max_terms), 2)
    if len(terms) > max_terms:
        head = max_terms // 2
        tail = max_terms - head
        hidden = len(terms) - head - tail
        terms = [*terms[:head], f"… ({hidden} more terms) …", *terms[-tail:]]
    if step.bias != 0:
        terms.append(f"{_num(step.bias)} (bias)")
    return " + ".join(terms) + f" = {format_number(step.total, unicode_minus=True)}"


def step_counter(step: Step, n_steps: int) -> str:
    """ "Step 5 / 36 · row 0, col 4": 1-based step number, 0-based output row and column."""
    return f"Step {step.index + 1} / {n_steps} {DOT} row {step.out_row}, col {step.out_col}"


def _source_index(i: int, n: int, mode: str) -> int:
    """The data index a padding position copies along one axis (``i`` outside 0..n−1)."""
    if mode == "reflect":
        period = 2 * (n - 1)
        i = i % period if period else 0
        return period - i if i >= n else i
    if mode == "symmetric":
        i = i % (2 * n)
        return 2 * n - 1 - i if i >= n else i
    if mode == "circular":
        return i % n
    return min(max(i, 0), n - 1)


def _feeds(walk: Walk, prow: int, pcol: int) -> str:
    n = int(walk.outputs_fed_by(prow, pcol).sum())
    if n == 0:
        return "in no window: it never reaches the output"
    windows = "window" if n == 1 else "windows"
    outputs = "output" if n == 1 else "outputs"
    return f"covered by {n} {windows} {DOT} feeds {n} {outputs}"


def hover_text_input(walk: Walk, prow: int, pcol: int) -> str:
    """Describe padded-input cell (prow, pcol): its value, where padding comes from, its reach.

    "input (2, 3) = 7 · covered by 4 windows · feeds 4 outputs", or
    "padding (reflect of (1, 0)) = 5 · …" / "padding (zeros) = 0 · …".
    """
    (top, _), (left, _) = walk.pads
    r, c = prow - top, pcol - left
    value = format_number(walk.padded.array[prow, pcol], unicode_minus=True)
    reach = _feeds(walk, prow, pcol)
    if not walk.padded.mask[prow, pcol]:
        return f"input ({r}, {c}) = {value} {DOT} {reach}"
    mode = walk.params.padding_mode
    if mode == "zeros":
        source = "zeros"
    elif mode == "constant":
        source = f"constant {format_number(walk.params.value, unicode_minus=True)}"
    else:
        h, w = walk.input.shape
        src = (_source_index(r, h, mode), _source_index(c, w, mode))
        source = f"{mode} of ({src[0]}, {src[1]})"
    return f"padding ({source}) = {value} {DOT} {reach}"


def _span(start: int, count: int, step: int) -> str:
    def fmt(i: int) -> str:
        return format_number(i, unicode_minus=True)

    if count == 1:
        return fmt(start)
    text = f"{fmt(start)} to {fmt(start + (count - 1) * step)}"
    return text if step == 1 else f"{text} (every {_ordinal(step)})"


def _ordinal(n: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n % 100 not in (11, 12, 13) else 0, "th")
    return f"{n}{suffix}"


def hover_text_output(walk: Walk, r: int, c: int) -> str:
    """Describe output cell (r, c): its value, its step and the input window it reads.

    The window is given in input coordinates (negative = padding), e.g.
    "output (0, 1) = 17 · step 2 · reads rows −1 to 1, cols 0 to 2 · 3 of 9 taps on padding".
    """
    step = walk.step(r * walk.out_shape[1] + c)
    (top, _), (left, _) = walk.pads
    (dh, dw), (kh, kw) = walk.params.dilation, walk.kernel.shape
    rows = _span(int(step.rows[0]) - top, kh, dh)
    cols = _span(int(step.cols[0]) - left, kw, dw)
    n_pad = int(step.is_padding.sum())
    text = (
        f"output ({r}, {c}) = {format_number(step.total, unicode_minus=True)} {DOT} "
        f"step {step.index + 1} {DOT} reads rows {rows}, cols {cols}"
    )
    if n_pad:
        text += f" {DOT} {n_pad} of {kh * kw} taps on padding"
    return text


def hover_text_kernel(walk: Walk, i: int, j: int) -> str:
    """Describe kernel tap (i, j) as displayed (before any flip): its weight and its reach.

    "kernel (0, 2) = −1 · multiplies 16 input cells (4 of them padding)", plus
    where the tap sits in the window when the kernel is flipped.
    """
    footprint = walk.tap_footprint(i, j)
    n_cells = int(footprint.sum())
    n_pad = int((footprint & walk.padded.mask).sum())
    cells = "cell" if n_cells == 1 else "cells"
    text = (
        f"kernel ({i}, {j}) = {format_number(walk.kernel[i, j], unicode_minus=True)} {DOT} "
        f"multiplies {n_cells} input {cells}"
    )
    if n_pad:
        text += f" ({n_pad} of them padding)"
    if walk.params.flip:
        kh, kw = walk.kernel.shape
        text += f" {DOT} flipped 180°: used at window position ({kh - 1 - i}, {kw - 1 - j})"
    return text
