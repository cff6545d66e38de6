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
- Words go through the translation hook (context "explain") when the text is
  made, so call these again after the language changes.
"""

from __future__ import annotations

import math

import numpy as np

from .i18n import QT_TRANSLATE_NOOP, translate
from .padding import mode_label
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
        text += translate("explain", " — the kernel does not fit, so there is no output")
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
    name = p.padding if isinstance(p.padding, str) else translate("explain", "explicit")
    return translate(
        "explain",
        "padding {name} → top {top}, bottom {bottom}, left {left}, right {right} ({mode})",
    ).format(name=name, top=top, bottom=bottom, left=left, right=right, mode=_fill(walk))


def _fill(walk: Walk) -> str:
    """The padding mode as words: "zeros", "reflect", "constant 2.5"."""
    p = walk.params
    if p.padding_mode == "constant":
        return translate("explain", "constant {value}").format(
            value=format_number(p.value, unicode_minus=True)
        )
    return mode_label(p.padding_mode)


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
        more = translate("explain", "… ({n} more terms) …").format(n=hidden)
        terms = [*terms[:head], more, *terms[-tail:]]
    if step.bias != 0:
        terms.append(translate("explain", "{bias} (bias)").format(bias=_num(step.bias)))
    return " + ".join(terms) + f" = {format_number(step.total, unicode_minus=True)}"


def step_counter(step: Step, n_steps: int) -> str:
    """ "Step 5 / 36 · row 0, col 4": 1-based step number, 0-based output row and column."""
    return translate("explain", "Step {step} / {n} · row {row}, col {col}").format(
        step=step.index + 1, n=n_steps, row=step.out_row, col=step.out_col
    )


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
        return translate("explain", "in no window: it never reaches the output")
    if n == 1:
        return translate("explain", "covered by {n} window · feeds {n} output").format(n=n)
    return translate("explain", "covered by {n} windows · feeds {n} outputs").format(n=n)


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
        return translate("explain", "input ({row}, {col}) = {value} · {reach}").format(
            row=r, col=c, value=value, reach=reach
        )
    mode = walk.params.padding_mode
    if mode in ("zeros", "constant"):
        source = _fill(walk)
    else:
        h, w = walk.input.shape
        source = translate("explain", "{mode} of ({row}, {col})").format(
            mode=mode_label(mode), row=_source_index(r, h, mode), col=_source_index(c, w, mode)
        )
    return translate("explain", "padding ({source}) = {value} · {reach}").format(
        source=source, value=value, reach=reach
    )


def _span(start: int, count: int, step: int) -> str:
    def fmt(i: int) -> str:
        return format_number(i, unicode_minus=True)

    if count == 1:
        return fmt(start)
    text = translate("explain", "{first} to {last}").format(
        first=fmt(start), last=fmt(start + (count - 1) * step)
    )
    return text if step == 1 else translate("explain", _every(step)).format(span=text, n=step)


_EVERY = {
    1: QT_TRANSLATE_NOOP("explain", "{span} (every {n}st)"),
    2: QT_TRANSLATE_NOOP("explain", "{span} (every {n}nd)"),
    3: QT_TRANSLATE_NOOP("explain", "{span} (every {n}rd)"),
}
_EVERY_TH = QT_TRANSLATE_NOOP("explain", "{span} (every {n}th)")


def _every(n: int) -> str:
    """The English ordinal's template ("every 2nd", "every 11th"); one message per suffix."""
    return _EVERY.get(n % 10 if n % 100 not in (11, 12, 13) else 0, _EVERY_TH)


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
    text = translate(
        "explain", "output ({row}, {col}) = {value} · step {step} · reads rows {rows}, cols {cols}"
    ).format(
        row=r,
        col=c,
        value=format_number(step.total, unicode_minus=True),
        step=step.index + 1,
        rows=rows,
        cols=cols,
    )
    if n_pad:
        text += translate("explain", " · {n} of {total} taps on padding").format(
            n=n_pad, total=kh * kw
        )
    return text


def hover_text_kernel(walk: Walk, i: int, j: int) -> str:
    """Describe kernel tap (i, j) as displayed (before any flip): its weight and its reach.

    "kernel (0, 2) = −1 · multiplies 16 input cells (4 of them padding)", plus
    where the tap sits in the window when the kernel is flipped.
    """
    footprint = walk.tap_footprint(i, j)
    n_cells = int(footprint.sum())
    n_pad = int((footprint & walk.padded.mask).sum())
    if n_cells == 1:
        text = translate("explain", "kernel ({row}, {col}) = {value} · multiplies {n} input cell")
    else:
        text = translate("explain", "kernel ({row}, {col}) = {value} · multiplies {n} input cells")
    text = text.format(
        row=i, col=j, value=format_number(walk.kernel[i, j], unicode_minus=True), n=n_cells
    )
    if n_pad:
        text += translate("explain", " ({n} of them padding)").format(n=n_pad)
    if walk.params.flip:
        kh, kw = walk.kernel.shape
        text += translate(
            "explain", " · flipped 180°: used at window position ({row}, {col})"
        ).format(row=kh - 1 - i, col=kw - 1 - j)
    return text
