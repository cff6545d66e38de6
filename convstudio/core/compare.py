"""Two settings of one convolution side by side: both walks, where they differ, and why.

Conventions (what the compare view shows is exactly this):

- Both sides convolve the same input; each side has its own kernel and ConvParams
  and is an ordinary :class:`~convstudio.core.walk.Walk`.
- The difference map is ``B − A`` cell by cell, by output index. When the shapes
  differ only the overlapping top-left ``min(Ha, Hb)×min(Wa, Wb)`` block has a
  partner on both sides, so the map covers that block and ``same_shape`` is False;
  the texts say so (comparing by index is what "the same output cell" means to a
  framework; the shape texts explain why the rest has no partner).
- A cell "differs" when ``|B − A| > 1e-9·max(1, largest |value|)``: the two sides
  may add the same products in another order (a flipped symmetric kernel), which
  must not count as a difference.
- Stepping is in lock-step: step ``i`` shows step ``i`` of each side, clamped to the
  side's last step when one walk is shorter (each side keeps its own counter).
- Window positions are compared in input coordinates (negative = padding), so
  PyTorch's padding=1 and TensorFlow's "same" at stride 2 — same shape — are seen
  to read different cells.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import explain
from .errors import ConfigError
from .i18n import translate
from .padding import mode_label
from .walk import Walk

SIDES = ("A", "B")
_PARAM_FIELDS = ("stride", "dilation", "padding_mode", "value", "flip")


def _walk(side: str, x: Any, kernel: Any, params: Any) -> Walk:
    """The walk of one side; its ConfigError says which side cannot work."""
    try:
        return Walk(x, kernel, params)
    except ConfigError as exc:
        raise ConfigError(
            translate("ConfigError", "setting {side}: {error}").format(side=side, error=exc)
        ) from None


def _axis_windows(walk: Walk, axis: int, n: int) -> np.ndarray:
    """(n, k) input coordinates read by the first ``n`` windows along ``axis``."""
    s, d = walk.params.stride[axis], walk.params.dilation[axis]
    k, before = walk.kernel.shape[axis], walk.pads[axis][0]
    return np.arange(n)[:, None] * s - before + np.arange(k)[None, :] * d


def _axis_differs(a: Walk, b: Walk, axis: int, n: int) -> np.ndarray:
    wa, wb = _axis_windows(a, axis, n), _axis_windows(b, axis, n)
    if wa.shape != wb.shape:
        return np.ones(n, dtype=bool)
    return (wa != wb).any(axis=1)


class Comparison:
    """Settings A and B on one input: both walks, the difference map and the explanations.

    Construction validates both sides (ConfigError naming the side) and computes
    everything; the text methods only format, in the current language.
    """

    def __init__(self, x: Any, kernel_a: Any, params_a: Any, kernel_b: Any, params_b: Any):
        self.a = _walk("A", x, kernel_a, params_a)
        self.b = _walk("B", x, kernel_b, params_b)
        (ha, wa), (hb, wb) = self.a.out_shape, self.b.out_shape
        self.same_shape = (ha, wa) == (hb, wb)
        h, w = min(ha, hb), min(wa, wb)
        self.overlap = (h, w)
        va, vb = self.a.output[:h, :w], self.b.output[:h, :w]
        diff = vb - va
        scale = max(1.0, float(np.abs(va).max()), float(np.abs(vb).max()))
        self.differs = np.abs(diff) > 1e-9 * scale
        # Exact zeros where the cells agree, so an export shows 0, not 1e-17.
        diff[~self.differs] = 0.0
        self.difference = diff
        self.windows_differ = np.logical_or.outer(
            _axis_differs(self.a, self.b, 0, h), _axis_differs(self.a, self.b, 1, w)
        )
        for arr in (self.difference, self.differs, self.windows_differ):
            arr.setflags(write=False)

    @property
    def n_steps(self) -> int:
        """Lock-step length: the longer of the two walks."""
        return max(self.a.n_steps, self.b.n_steps)

    def walk(self, side: str) -> Walk:
        """The walk of side "A" or "B"."""
        return {"A": self.a, "B": self.b}[side]

    def step_pair(self, index: int) -> tuple[int, int]:
        """The step each side shows at lock-step ``index`` (clamped to its own walk)."""
        if not 0 <= index < self.n_steps:
            raise IndexError(f"step {index} is outside 0..{self.n_steps - 1}")
        return min(index, self.a.n_steps - 1), min(index, self.b.n_steps - 1)

    @property
    def n_different(self) -> int:
        """How many compared cells differ."""
        return int(self.differs.sum())

    def setting_differences(self) -> list[str]:
        """Which settings differ: "kernel", "stride", "padding" (as resolved), "dilation", …"""
        pa, pb = self.a.params, self.b.params
        found = []
        if self.a.kernel.shape != self.b.kernel.shape or not np.array_equal(
            self.a.kernel, self.b.kernel
        ):
            found.append("kernel")
        if self.a.pads != self.b.pads:
            found.append("padding")
        found += [f for f in _PARAM_FIELDS if getattr(pa, f) != getattr(pb, f)]
        return found

    # --- words ---------------------------------------------------------------------

    def shape_text(self, side: str) -> str:
        """Why side ``side`` has its shape, with the size formula's numbers filled in.

        "A is 3×3 because ⌊(6 + 0 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3 (rows and columns
        alike)"; rows and columns are given separately when their formulas differ.
        """
        walk = self.walk(side)
        h, w = walk.out_shape
        rows, cols = (f.split(" = ", 1)[1] for f in explain.size_formulas(walk))
        if rows == cols:
            text = translate(
                "compare", "{side} is {h}×{w} because {formula} (rows and columns alike)"
            )
            return text.format(side=side, h=h, w=w, formula=rows)
        text = translate("compare", "{side} is {h}×{w} because rows: {rows}; columns: {cols}")
        return text.format(side=side, h=h, w=w, rows=rows, cols=cols)

    def summary(self) -> str:
        """One sentence: same or different shape, windows and values, with the counts."""
        n, n_diff = self.difference.size, self.n_different
        if not self.same_shape:
            (ha, wa), (hb, wb), (h, w) = self.a.out_shape, self.b.out_shape, self.overlap
            text = translate(
                "compare",
                "A is {ha}×{wa} and B is {hb}×{wb}: the shapes differ, so only the top-left "
                "{h}×{w} is compared, where {d} of {n} cells differ.",
            )
            return text.format(ha=ha, wa=wa, hb=hb, wb=wb, h=h, w=w, d=n_diff, n=n)
        h, w = self.overlap
        n_win = int(self.windows_differ.sum())
        if n_win:
            text = translate(
                "compare",
                "Both are {h}×{w}, but the windows differ: at {k} of {n} positions A and B "
                "read other input cells, and {d} of {n} output cells differ.",
            )
            return text.format(h=h, w=w, k=n_win, n=n, d=n_diff)
        if n_diff == 0:
            text = translate("compare", "A and B give the same {h}×{w} output: no cell differs.")
            return text.format(h=h, w=w)
        return self._same_windows_text(h, w, n_diff, n)

    def _same_windows_text(self, h: int, w: int, n_diff: int, n: int) -> str:
        """Same shape and windows, different numbers: say which setting makes them differ."""
        found = self.setting_differences()
        if "kernel" in found:
            text = translate(
                "compare",
                "Same {h}×{w} shape and the same windows; {d} of {n} cells differ because "
                "the kernels differ.",
            )
        elif "flip" in found:
            text = translate(
                "compare",
                "Same {h}×{w} shape and the same windows; {d} of {n} cells differ because "
                "one side flips the kernel (true convolution).",
            )
        else:
            text = translate(
                "compare",
                "Same {h}×{w} shape and the same windows; {d} of {n} cells differ because "
                "the padding holds other values ({a} against {b}).",
            )
        return text.format(h=h, w=w, d=n_diff, n=n, a=_fill_words(self.a), b=_fill_words(self.b))

    def step_text(self, index: int) -> str:
        """What each side's window reads at lock-step ``index``, and whether they agree."""
        ia, ib = self.step_pair(index)
        lines = []
        for side, walk, i in (("A", self.a, ia), ("B", self.b, ib)):
            r, c = divmod(i, walk.out_shape[1])
            lines.append(f"{side}: {explain.hover_text_output(walk, r, c)}")
        ra, ca = _input_window(self.a, ia)
        rb, cb = _input_window(self.b, ib)
        if ra.shape == rb.shape and ca.shape == cb.shape and (ra == rb).all() and (ca == cb).all():
            lines.append(translate("compare", "Both windows read the same input cells."))
        else:
            lines.append(translate("compare", "The windows read different input cells."))
        return "\n".join(lines)


def _fill_words(walk: Walk) -> str:
    """What the padding of ``walk`` holds: "zeros", "reflect", "constant 2.5"."""
    p = walk.params
    if p.padding_mode == "constant":
        value = explain.format_number(p.value, unicode_minus=True)
        return translate("compare", "constant {value}").format(value=value)
    return mode_label(p.padding_mode)


def _input_window(walk: Walk, index: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns step ``index`` reads, in input coordinates (negative = padding)."""
    rows, cols = walk.window(index)
    (top, _), (left, _) = walk.pads
    return rows - top, cols - left


def compare(x: Any, kernel_a: Any, params_a: Any, kernel_b: Any, params_b: Any) -> Comparison:
    """Compare settings A and B (kernel + ConvParams each) on the input ``x``.

    Raises ConfigError, naming the side, when either setting cannot work.
    """
    return Comparison(x, kernel_a, params_a, kernel_b, params_b)
