"""The shift demonstration: equivariance at stride 1, aliasing at stride 2, pooling invariance.

Every claim the panel makes is asserted here on the computed arrays; the interior is
checked against a brute-force walk over every tap of every window.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError, ConvParams, conv2d
from convstudio.core.shift import max_pool, shift_demo, shift_input

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")
SOBEL = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=float)


def torch_or_skip():
    if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
        import torch

        return torch
    return pytest.importorskip("torch")


def brute_interior(demo) -> np.ndarray:
    """Cells of ``after`` whose every tap (and partner's tap) reads real, shifted data."""
    (h, w), (dy, dx), (oy, ox) = demo.shifted.shape, demo.shift, demo.offset
    wa, wb = demo.walk_after, demo.walk_before
    p = demo.pool or 1

    def taps(walk, r, c):
        rows, cols = walk.window(r * walk.out_shape[1] + c)
        (top, _), (left, _) = walk.pads
        return [(i - top, j - left) for i in rows for j in cols]

    def clean(walk, cells, lo, hi) -> bool:
        return all(
            lo[0] <= i < hi[0] and lo[1] <= j < hi[1] for r, c in cells for i, j in taps(walk, r, c)
        )

    def block(r, c):
        return [(r * p + a, c * p + b) for a in range(p) for b in range(p)]

    lo_s, hi_s = (max(dy, 0), max(dx, 0)), (h + min(dy, 0), w + min(dx, 0))
    mask = np.zeros(demo.after.shape, dtype=bool)
    for r in range(mask.shape[0]):
        for c in range(mask.shape[1]):
            pr, pc = r - oy, c - ox
            if not (0 <= pr < mask.shape[0] and 0 <= pc < mask.shape[1]):
                continue
            mask[r, c] = clean(wa, block(r, c), lo_s, hi_s) and clean(
                wb, block(pr, pc), (0, 0), (h, w)
            )
    return mask


@st.composite
def setting(draw, strides=(1, 1)):
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    kernel = np.array(draw(st.lists(st.integers(-3, 3), min_size=kh * kw, max_size=kh * kw)))
    padding = draw(st.one_of(st.sampled_from(["valid", "same", "full"]), st.integers(0, 2)))
    params = ConvParams(
        stride=draw(st.sampled_from([strides])),
        padding=padding,
        dilation=(draw(st.integers(1, 2)), draw(st.integers(1, 2))),
        padding_mode=draw(st.sampled_from(MODES)),
        value=draw(st.integers(-2, 2)),
        flip=draw(st.booleans()),
    )
    return kernel.reshape(kh, kw).astype(float), params


def ints(data, h: int, w: int) -> np.ndarray:
    values = data.draw(st.lists(st.integers(-9, 9), min_size=h * w, max_size=h * w))
    return np.array(values, dtype=float).reshape(h, w)


@FAST
@given(
    h=st.integers(2, 10),
    w=st.integers(2, 10),
    dy=st.integers(-3, 3),
    dx=st.integers(-3, 3),
    data=st.data(),
    kp=setting(),
)
def test_stride_1_output_moves_with_the_input_in_the_interior(h, w, dy, dx, data, kp) -> None:
    assume(abs(dy) < h and abs(dx) < w)
    x = ints(data, h, w)
    try:
        demo = shift_demo(x, *kp, dy=dy, dx=dx)
    except ConfigError:
        return
    assert demo.exact and demo.offset == (dy, dx)
    np.testing.assert_array_equal(demo.interior, brute_interior(demo))
    inside = demo.interior
    shifted_out = np.full(demo.before.shape, np.nan)
    ho, wo = demo.before.shape
    for r in range(ho):
        for c in range(wo):
            if 0 <= r - dy < ho and 0 <= c - dx < wo:
                shifted_out[r, c] = demo.before[r - dy, c - dx]
    np.testing.assert_array_equal(demo.after[inside], shifted_out[inside])  # exactly
    np.testing.assert_array_equal(demo.expected, shifted_out)
    assert demo.equivariant == bool(inside.any())
    assert not demo.aliased


@FAST
@given(
    h=st.integers(8, 14),
    w=st.integers(8, 14),
    seed=st.integers(0, 2**32 - 1),
    kh=st.integers(1, 3),
    kw=st.integers(2, 3),
    padding=st.sampled_from(["valid", "same", 1]),
)
def test_stride_2_and_a_shift_of_1_is_not_a_shift_of_the_output(h, w, seed, kh, kw, padding):
    rng = np.random.default_rng(seed)
    x, kernel = rng.standard_normal((h, w)), rng.standard_normal((kh, kw))
    demo = shift_demo(x, kernel, ConvParams(stride=2, padding=padding), dy=0, dx=1)
    assert not demo.exact and demo.interior.any()
    np.testing.assert_array_equal(demo.interior, brute_interior(demo))
    # No moved copy of the first output equals the second in the interior: check both
    # nearest offsets directly, not through the demo's choice.
    for ox in (0, 1):
        demo_o = shift_demo(x, kernel, ConvParams(stride=2, padding=padding), dy=0, dx=1)
        moved = np.full(demo_o.before.shape, np.nan)
        moved[:, ox:] = demo_o.before[:, : moved.shape[1] - ox]
        ok = ~np.isnan(moved)
        assert not np.allclose(demo_o.after[ok], moved[ok], rtol=0, atol=1e-9)
    assert demo.aliased and not demo.equivariant
    assert demo.max_difference > 1e-6
    gap = np.abs(demo.after - demo.expected)[demo.interior]
    assert demo.max_difference == pytest.approx(gap.max())


@FAST
@given(
    h=st.integers(4, 12),
    w=st.integers(4, 12),
    s=st.integers(2, 3),
    m=st.integers(-1, 1),
    data=st.data(),
)
def test_a_shift_by_a_multiple_of_the_stride_moves_the_output_by_the_quotient(h, w, s, m, data):
    assume(abs(m * s) < min(h, w))
    kp = data.draw(setting(strides=(s, s)))
    x = ints(data, h, w)
    try:
        demo = shift_demo(x, *kp, dy=m * s, dx=0)
    except ConfigError:
        return
    assert demo.exact and demo.offset == (m, 0)
    np.testing.assert_array_equal(demo.interior, brute_interior(demo))
    np.testing.assert_array_equal(demo.after[demo.interior], demo.expected[demo.interior])


@FAST
@given(
    h=st.integers(4, 12),
    w=st.integers(4, 12),
    dy=st.integers(-2, 2),
    dx=st.integers(-2, 2),
    pool=st.integers(2, 3),
    data=st.data(),
    kp=setting(),
)
def test_pooling_interior_and_unchanged_cells(h, w, dy, dx, pool, data, kp) -> None:
    x = ints(data, h, w)
    try:
        demo = shift_demo(x, *kp, dy=dy, dx=dx, pool=pool)
    except ConfigError:
        return
    np.testing.assert_array_equal(demo.interior, brute_interior(demo))
    before, after = (max_pool(w_.output, pool) for w_ in (demo.walk_before, demo.walk_after))
    np.testing.assert_array_equal(demo.before, before)
    np.testing.assert_array_equal(demo.unchanged, before == after)
    conv_same = demo.walk_before.output == demo.walk_after.output
    assert demo.unchanged_without_pool == pytest.approx(conv_same.mean())
    if demo.exact:
        np.testing.assert_array_equal(demo.after[demo.interior], demo.expected[demo.interior])


def test_after_is_the_convolution_of_the_zero_filled_shifted_input() -> None:
    torch = torch_or_skip()
    F = torch.nn.functional
    x = np.arange(1.0, 50.0).reshape(7, 7)
    demo = shift_demo(x, SOBEL, ConvParams(padding="same", padding_mode="reflect"), 2, -1)
    expected_shift = np.zeros_like(x)
    expected_shift[2:, :-1] = x[:-2, 1:]
    np.testing.assert_array_equal(demo.shifted, expected_shift)
    np.testing.assert_array_equal(demo.filled, expected_shift == 0)
    t = F.pad(torch.from_numpy(expected_shift)[None, None], (1, 1, 1, 1), mode="reflect")
    out = F.conv2d(t, torch.from_numpy(SOBEL)[None, None])[0, 0].numpy()
    np.testing.assert_array_equal(demo.after, out)
    pooled = shift_demo(x, SOBEL, ConvParams(padding="same"), 0, 1, pool=3)
    t = torch.from_numpy(pooled.walk_after.output.copy())[None, None]
    np.testing.assert_array_equal(pooled.after, F.max_pool2d(t, 3)[0, 0].numpy())


def test_shift_input_fills_with_zeros_and_marks_what_came_in() -> None:
    x = np.arange(1.0, 10.0).reshape(3, 3)
    moved, filled = shift_input(x, -1, 2)
    np.testing.assert_array_equal(moved, [[0, 0, 4], [0, 0, 7], [0, 0, 0]])
    np.testing.assert_array_equal(filled, [[1, 1, 0], [1, 1, 0], [1, 1, 1]])


def test_the_messages_say_what_the_arrays_show() -> None:
    x = np.arange(64.0).reshape(8, 8) % 7
    s1 = shift_demo(x, SOBEL, ConvParams(padding="same"), 0, 1)
    n = int(s1.interior.sum())
    assert s1.interior_box() == (1, 2, 6, 6) and n == 30
    assert s1.message.startswith(
        f"The input moved by (0, 1) and the output moved by exactly (0, 1): all {n} interior "
        "cells match; the 34 border cells are decided by the padding"
    )
    assert s1.fill_text == "shifted by (0, 1): 1 column of zeros came in at the left"
    s2 = shift_demo(x, SOBEL, ConvParams(stride=2, padding="same"), 0, 1)
    assert s2.aliased
    diff = f"{s2.max_difference:g}".replace("-", "−")
    assert s2.message.startswith("Stride 2: moving the input by (0, 1) does not move the output")
    assert f"differs by up to {diff} in the interior" in s2.message
    s22 = shift_demo(x, SOBEL, ConvParams(stride=2, padding="same"), 0, 2)
    assert s22.equivariant and "moved by exactly (0, 1)" in s22.message
    pooled = shift_demo(x, SOBEL, ConvParams(padding="same"), 0, 1, pool=2)
    kept = int(pooled.unchanged.sum())
    assert pooled.message.startswith(f"After 2×2 max pooling, {kept} of 16 outputs")
    none = shift_demo(x, SOBEL, ConvParams(padding="same"), 0, 0)
    assert none.message == "The input did not move, so neither did the output."
    assert none.fill_text == "not shifted"
    tiny = shift_demo(np.ones((3, 3)), SOBEL, ConvParams(padding="same"), 1, 0)
    assert not tiny.interior.any() and tiny.interior_box() is None
    assert tiny.message.startswith("No output window stays clear of the border")
    assert np.isnan(tiny.max_difference) and not tiny.equivariant and not tiny.aliased


def test_a_regular_input_can_match_even_between_the_samples() -> None:
    demo = shift_demo(np.ones((8, 8)), np.ones((2, 2)), ConvParams(stride=2), 0, 1)
    assert not demo.exact and demo.equivariant and not demo.aliased
    assert "although the stride does not divide the shift" in demo.message


def test_impossible_settings_are_explained() -> None:
    x = np.ones((5, 5))
    with pytest.raises(ConfigError, match="a shift of dy = 5 moves the whole 5×5 input out"):
        shift_demo(x, SOBEL, dy=5, dx=0)
    with pytest.raises(
        ConfigError,
        match="a shift of dx = -5 moves the whole 5×5 input out of view; use a shift from −4 to 4",
    ):
        shift_demo(x, SOBEL, dy=0, dx=-5)
    with pytest.raises(ConfigError, match=r"dy must be a whole number, got 0\.5"):
        shift_demo(x, SOBEL, dy=0.5, dx=0)
    with pytest.raises(ConfigError, match="max pooling size must be from 2 to 8, got 1"):
        shift_demo(x, SOBEL, dy=0, dx=1, pool=1)
    with pytest.raises(
        ConfigError,
        match="4×4 max pooling needs a convolution output of at least 4×4, but it is 3×3",
    ):
        shift_demo(x, SOBEL, dy=0, dx=1, pool=4)
    with pytest.raises(ConfigError, match="reflect padding of 5 needs an input height"):
        shift_demo(x, SOBEL, ConvParams(padding=5, padding_mode="reflect"), 0, 1)
    with pytest.raises(ConfigError, match="pool must be a whole number"):
        shift_demo(x, SOBEL, dy=0, dx=1, pool=True)


def test_max_pool_matches_pytorch() -> None:
    torch = torch_or_skip()
    rng = np.random.default_rng(3)
    for shape, p in (((7, 9), 2), ((6, 6), 3), ((8, 5), 4)):
        v = rng.standard_normal(shape)
        expected = torch.nn.functional.max_pool2d(torch.from_numpy(v)[None, None], p)
        np.testing.assert_array_equal(max_pool(v, p), expected[0, 0].numpy())
    # A pool larger than the output: PyTorch refuses, and so does the demo.
    with pytest.raises((RuntimeError, ValueError)):
        torch.nn.functional.max_pool2d(torch.ones(1, 1, 3, 3), 4)
    with pytest.raises(ConfigError, match="4×4 max pooling needs"):
        shift_demo(np.ones((5, 5)), SOBEL, dy=0, dx=1, pool=4)


def test_conv_results_match_core_conv2d() -> None:
    x = np.arange(30.0).reshape(5, 6)
    demo = shift_demo(x, SOBEL, ConvParams(padding="full", dilation=(1, 2)), 1, 1)
    np.testing.assert_array_equal(demo.before, conv2d(x, SOBEL, padding="full", dilation=(1, 2)))
    np.testing.assert_array_equal(
        demo.after, conv2d(demo.shifted, SOBEL, padding="full", dilation=(1, 2))
    )
