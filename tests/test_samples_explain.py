"""Sample inputs/kernels and the formula-panel text: pure numpy, no Qt."""

from __future__ import annotations

import itertools
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError, ConvParams, Walk, output_size
from convstudio.core import explain as ex
from convstudio.core.samples import (
    INPUT_KINDS,
    KERNEL_KINDS,
    kernel_fixed_size,
    make_input,
    make_kernel,
)


def test_samples_and_explain_stay_qt_free():
    code = (
        "import sys, convstudio.core.samples, convstudio.core.explain; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- inputs -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", INPUT_KINDS)
@pytest.mark.parametrize("shape", [(1, 1), (1, 7), (6, 6), (28, 28), (5, 64), (1024, 3)])
def test_inputs_have_the_asked_shape_and_are_finite_float64(kind, shape):
    x = make_input(kind, *shape)
    assert x.shape == shape
    assert x.dtype == np.float64
    assert np.isfinite(x).all()
    assert np.array_equal(x, np.round(x)), "every sample is integer-valued"


def test_random_input_is_seeded_digits():
    a, b, c = (
        make_input("random", 16, 16, 3),
        make_input("random", 16, 16, 3),
        make_input("random", 16, 16, 4),
    )
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert a.min() >= 0 and a.max() <= 9
    assert len(np.unique(make_input("random", 64, 64))) == 10


def test_ramp_is_r_plus_c_when_small_and_0_to_9_when_large():
    assert np.array_equal(make_input("ramp", 3, 4), np.add.outer(np.arange(3), np.arange(4)))
    big = make_input("ramp", 40, 50)
    assert big.min() == 0 and big.max() == 9
    assert (np.diff(big, axis=0) >= 0).all() and (np.diff(big, axis=1) >= 0).all()


def test_checkerboard_blocks_grow_with_the_input():
    small = make_input("checkerboard", 6, 6)
    assert np.array_equal(small, np.add.outer(np.arange(6), np.arange(6)) % 2)
    big = make_input("checkerboard", 64, 64)
    assert set(np.unique(big)) == {0.0, 1.0}
    assert (big[:8, :8] == 0).all() and (big[:8, 8:16] == 1).all()


def test_digit7_looks_like_an_mnist_seven():
    x = make_input("digit7", 28, 28)
    assert x.min() == 0 and x.max() == 255
    assert np.count_nonzero((x > 0) & (x < 255)) > 0, "soft anti-aliased edges"
    bright = x > 127
    # The bar: one row in the upper third is bright across much of the width.
    bar_row = int(np.argmax(bright[:12].sum(axis=1)))
    assert 4 <= bar_row <= 10 and bright[bar_row].sum() >= 12
    # The stroke: below the bar, bright pixels drift left as the rows go down.
    rows = range(bar_row + 4, 22)
    centres = [np.flatnonzero(bright[r]).mean() for r in rows]
    assert all(1 <= bright[r].sum() <= 5 for r in rows), "one thin stroke per row"
    assert centres[0] - centres[-1] >= 5
    assert np.all(np.diff(centres) <= 0.5)
    # Empty where a 7 has no ink: the lower left and the margins.
    assert not bright[14:, :8].any() and not bright[:3].any() and not bright[25:].any()


@pytest.mark.parametrize("shape", [(1, 1), (2, 3), (7, 7), (1024, 1024), (200, 40)])
def test_digit7_renders_at_any_size(shape):
    x = make_input("digit7", *shape)
    assert x.shape == shape and x.min() >= 0 and x.max() <= 255
    assert x.max() > 0


def test_bad_inputs_raise_config_error():
    with pytest.raises(ConfigError, match="unknown input kind 'noise'"):
        make_input("noise", 4, 4)
    with pytest.raises(ConfigError, match="input height must be at least 1"):
        make_input("ramp", 0, 4)
    with pytest.raises(ConfigError, match="input width must be at most 1024"):
        make_input("ramp", 4, 1025)


# --- kernels ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KERNEL_KINDS)
def test_kernels_have_their_size(kind):
    fixed = kernel_fixed_size(kind)
    for kh, kw in [fixed] if fixed else [(1, 1), (2, 4), (3, 3), (11, 11), (5, 2)]:
        k = make_kernel(kind, kh, kw)
        assert k.shape == (kh, kw) and k.dtype == np.float64


@pytest.mark.parametrize("kh, kw", [(1, 1), (2, 2), (3, 3), (4, 5), (6, 3), (11, 11)])
def test_identity_kernel_with_same_padding_gives_back_the_input(kh, kw):
    x = make_input("random", 9, 8, seed=1)
    walk = Walk(x, make_kernel("identity", kh, kw), ConvParams(padding="same"))
    assert np.array_equal(walk.output, x)


@pytest.mark.parametrize("kind", ["box", "gaussian"])
@pytest.mark.parametrize("kh, kw", [(1, 1), (3, 3), (4, 2), (11, 11)])
def test_blurs_sum_to_one_and_are_symmetric(kind, kh, kw):
    k = make_kernel(kind, kh, kw)
    assert k.sum() == pytest.approx(1.0)
    assert np.allclose(k, k[::-1, ::-1])


def test_gaussian_is_the_binomial_outer_product():
    assert np.allclose(make_kernel("gaussian", 3, 3) * 16, [[1, 2, 1], [2, 4, 2], [1, 2, 1]])


def test_fixed_kernels_are_3x3_only():
    assert np.array_equal(make_kernel("sobel_x", 3, 3), [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    assert np.array_equal(make_kernel("sobel_y", 3, 3), make_kernel("sobel_x", 3, 3).T)
    assert make_kernel("laplacian", 3, 3).sum() == 0 and make_kernel("sharpen", 3, 3).sum() == 1
    assert kernel_fixed_size("sharpen") == (3, 3) and kernel_fixed_size("box") is None
    with pytest.raises(ConfigError, match="sobel_x kernel is 3×3 by definition, not 5×5"):
        make_kernel("sobel_x", 5, 5)


def test_random_kernel_is_seeded_small_integers():
    a = make_kernel("random", 11, 11, seed=7)
    assert np.array_equal(a, make_kernel("random", 11, 11, seed=7))
    assert set(np.unique(a)) == {-2.0, -1.0, 0.0, 1.0, 2.0}


def test_bad_kernels_raise_config_error():
    with pytest.raises(ConfigError, match="unknown kernel kind 'blur'"):
        make_kernel("blur", 3, 3)
    with pytest.raises(ConfigError, match="unknown kernel kind"):
        kernel_fixed_size("blur")
    with pytest.raises(ConfigError, match="kernel width must be at most 11"):
        make_kernel("box", 3, 12)


# --- numbers and formulas -----------------------------------------------------------


@pytest.mark.parametrize(
    "value, text",
    [
        (12, "12"), (-3, "-3"), (12.0, "12"), (0, "0"), (-0.0, "0"), (-0.0001, "0"),
        (1 / 9, "0.111"), (-1.5, "-1.5"), (2.9999999, "3"), (0.1 + 0.2, "0.3"),
        (np.float64(-2.25), "-2.25"), (1e6 + 0.125, "1000000.125"), (-3e15, "-3e+15"),
    ],
)  # fmt: skip
def test_format_number(value, text):
    assert ex.format_number(value) == text
    assert ex.format_number(value, unicode_minus=True) == text.replace("-", ex.MINUS)


def test_size_formula_reads_like_the_textbook():
    assert (
        ex.size_formula("H", 6, 3, 2, 1, 1, 1)
        == "H_out = ⌊(6 + 1 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3"
    )
    assert ex.size_formula("W", 4, 3, 1, 1, 0, 0).endswith("/ 1⌋ + 1 = 2")


def _result(formula: str) -> int:
    return int(formula.split("= ")[-1].split()[0].replace(ex.MINUS, "-"))


def test_size_formula_agrees_with_output_size_everywhere():
    for n, k, s, d, before, after in itertools.product(
        (1, 2, 5, 8), (1, 2, 3, 5), (1, 2, 3), (1, 2, 3), (0, 1, 3), (0, 2)
    ):
        text = ex.size_formula("H", n, k, s, d, before, after)
        try:
            expected = output_size(n, k, s, (before, after), d)
        except ConfigError:
            assert "does not fit" in text and _result(text) < 1
        else:
            assert _result(text) == expected and "does not fit" not in text


def test_size_formulas_use_the_resolved_padding():
    walk = Walk(np.zeros((5, 7)), np.ones((3, 2)), ConvParams(padding="same", stride=(2, 3)))
    h, w = ex.size_formulas(walk)
    assert h.startswith("H_out = ⌊(5 + 1 + 1 ") and _result(h) == walk.out_shape[0]
    assert w.startswith("W_out = ⌊(7 + 0 + 1 ") and _result(w) == walk.out_shape[1]
    assert ex.padding_summary(walk) == "padding same → top 1, bottom 1, left 0, right 1 (zeros)"


# --- the dot product ----------------------------------------------------------------


def _evaluate(text: str) -> tuple[float, int, float]:
    """Sum the terms of a dot-product text; return (sum, padding terms, shown total)."""
    body, total = text.rsplit(" = ", 1)
    plain = body.replace(ex.MINUS, "-")
    terms = plain.split(" + ")
    acc = 0.0
    for term in terms:
        term = term.strip("[]").removesuffix(" (bias)")
        acc += np.prod([float(f.strip("()")) for f in term.split(ex.DOT)])
    return acc, sum(t.startswith("[") for t in terms), float(total.replace(ex.MINUS, "-"))


@settings(max_examples=60, deadline=None)
@given(
    h=st.integers(1, 7), w=st.integers(1, 7), kh=st.integers(1, 4), kw=st.integers(1, 4),
    pad=st.sampled_from(["valid", "same", "full", ((1, 0), (2, 1))]),
    mode=st.sampled_from(["zeros", "constant", "replicate", "circular"]),
    flip=st.booleans(), bias=st.sampled_from([0.0, 0.5, -2.0]), seed=st.integers(0, 99),
)  # fmt: skip
def test_dot_product_terms_add_up_to_the_step_total(h, w, kh, kw, pad, mode, flip, bias, seed):
    x = make_input("random", h, w, seed)
    k = make_kernel("random", kh, kw, seed)
    try:
        walk = Walk(x, k, ConvParams(padding=pad, padding_mode=mode, value=-1.0, flip=flip), bias)
    except ConfigError:
        return
    for i in {0, walk.n_steps // 2, walk.n_steps - 1}:
        step = walk.step(i)
        acc, n_pad, shown = _evaluate(ex.dot_product_text(step))
        assert acc == pytest.approx(step.total)
        assert shown == pytest.approx(step.total, abs=5e-4)
        assert n_pad == int(step.is_padding.sum())
        assert ("(bias)" in ex.dot_product_text(step)) == (bias != 0)


def test_dot_product_text_example():
    walk = Walk([[3.0, 0.0], [1.0, 2.0]], [[1.0, -1.0]], ConvParams(padding=((0, 0), (1, 0))))
    assert ex.dot_product_text(walk.step(0)) == "[0·1] + 3·(−1) = −3"
    assert ex.dot_product_text(walk.step(1)) == "3·1 + 0·(−1) = 3"


def test_long_kernels_are_elided_but_the_sum_is_exact():
    x = make_input("random", 11, 11, 2)
    walk = Walk(x, np.ones((11, 11)))
    text = ex.dot_product_text(walk.step(0), max_terms=10)
    assert "… (111 more terms) …" in text
    assert text.count(ex.DOT) == 10
    assert text.endswith(f"= {ex.format_number(x.sum())}")


# --- counters and hover text --------------------------------------------------------


def test_step_counter_is_1_based_with_0_based_coordinates():
    walk = Walk(np.zeros((6, 6)), np.ones((1, 1)))
    assert ex.step_counter(walk.step(4), walk.n_steps) == "Step 5 / 36 · row 0, col 4"
    assert ex.step_counter(walk.step(35), walk.n_steps) == "Step 36 / 36 · row 5, col 5"


def test_hover_text_input_names_data_and_padding_sources():
    x = np.arange(16.0).reshape(4, 4)
    walk = Walk(x, np.ones((3, 3)), ConvParams(padding="same", padding_mode="reflect"))
    assert (
        ex.hover_text_input(walk, 2, 3)
        == "input (1, 2) = 6 · covered by 9 windows · feeds 9 outputs"
    )
    assert ex.hover_text_input(walk, 0, 0).startswith(
        "padding (reflect of (1, 1)) = 5 · covered by 1 window"
    )
    zeros = Walk(x, np.ones((3, 3)), ConvParams(padding=1))
    assert (
        ex.hover_text_input(zeros, 5, 2)
        == "padding (zeros) = 0 · covered by 3 windows · feeds 3 outputs"
    )
    skipped = Walk(np.zeros((5, 5)), np.ones((2, 2)), ConvParams(stride=3))
    assert ex.hover_text_input(skipped, 2, 0).endswith("in no window: it never reaches the output")
    sym = Walk(x, np.ones((3, 3)), ConvParams(padding=2, padding_mode="symmetric"))
    assert ex.hover_text_input(sym, 0, 7).startswith("padding (symmetric of (1, 2)) = 6")
    circ = Walk(x, np.ones((3, 3)), ConvParams(padding=1, padding_mode="circular"))
    assert ex.hover_text_input(circ, 0, 0).startswith("padding (circular of (3, 3)) = 15")
    const = Walk(x, np.ones((3, 3)), ConvParams(padding=1, padding_mode="constant", value=-2.5))
    assert ex.hover_text_input(const, 0, 1).startswith("padding (constant −2.5) = −2.5")
    rep = Walk(x, np.ones((3, 3)), ConvParams(padding=1, padding_mode="replicate"))
    assert ex.hover_text_input(rep, 5, 5).startswith("padding (replicate of (3, 3)) = 15")


def test_hover_text_output_gives_the_window_in_input_coordinates():
    walk = Walk(np.ones((5, 5)), np.ones((3, 3)), ConvParams(padding=1, dilation=(2, 1)))
    assert ex.hover_text_output(walk, 0, 1) == (
        "output (0, 1) = 6 · step 2 · reads rows −1 to 3 (every 2nd), cols 0 to 2"
        " · 3 of 9 taps on padding"
    )
    inside = Walk(np.ones((5, 5)), np.ones((3, 3)))
    assert (
        ex.hover_text_output(inside, 2, 2)
        == "output (2, 2) = 9 · step 9 · reads rows 2 to 4, cols 2 to 4"
    )


def test_hover_text_kernel_counts_cells_and_reports_the_flip():
    walk = Walk(np.ones((4, 4)), [[1.0, -1.0], [2.0, 0.5]], ConvParams(padding=1))
    assert ex.hover_text_kernel(walk, 0, 1) == (
        "kernel (0, 1) = −1 · multiplies 25 input cells (9 of them padding)"
    )
    flipped = Walk(np.ones((4, 4)), [[1.0, -1.0], [2.0, 0.5]], ConvParams(flip=True))
    assert ex.hover_text_kernel(flipped, 0, 1) == (
        "kernel (0, 1) = −1 · multiplies 9 input cells"
        " · flipped 180°: used at window position (1, 0)"
    )
