"""The step-by-step walk agrees exactly with conv2d, and its reverse maps with the walk.

Inputs, kernels and biases are small integers, so every product and every partial
sum is exact in float64 and "agree" means bit-for-bit equal whatever order numpy,
BLAS or a plain ``sum`` adds in.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convstudio.core import (
    PADDING_MODES,
    ConfigError,
    ConvParams,
    Walk,
    conv2d,
    coverage,
    pad_input,
    unreached,
)

MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")
WALK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

padding_forms = st.one_of(
    st.sampled_from(["valid", "same", "full"]),
    st.integers(0, 3),
    st.tuples(st.integers(0, 3), st.integers(0, 3)),
    st.tuples(
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
    ),
)
int_or_pair = st.one_of(st.integers(1, 3), st.tuples(st.integers(1, 3), st.integers(1, 3)))


@st.composite
def walks(draw):
    """A valid Walk with integer data plus the arguments that made it."""
    h, w = draw(st.integers(1, 8)), draw(st.integers(1, 8))
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.integers(-5, 6, size=(h, w)).astype(np.float64)
    k = rng.integers(-3, 4, size=(kh, kw)).astype(np.float64)
    params = ConvParams(
        stride=draw(int_or_pair),
        padding=draw(padding_forms),
        dilation=draw(int_or_pair),
        padding_mode=draw(st.sampled_from(MODES)),
        value=float(draw(st.integers(-3, 3))),
        flip=draw(st.booleans()),
    )
    bias = float(draw(st.integers(-4, 4)))
    try:
        walk = Walk(x, k, params, bias=bias)
    except ConfigError:
        # impossible settings are conv2d's errors too
        with pytest.raises(ConfigError):
            conv2d(x, k, bias, **conv_kwargs(params))
        from hypothesis import assume

        assume(False)
    return walk, x, k, params, bias


def conv_kwargs(p: ConvParams) -> dict:
    return dict(
        stride=p.stride,
        padding=p.padding,
        dilation=p.dilation,
        padding_mode=p.padding_mode,
        value=p.value,
        flip=p.flip,
    )


def as_pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


# --- walk vs conv2d ------------------------------------------------------------------------


@WALK
@given(walks())
def test_every_step_equals_conv2d_exactly(case):
    walk, x, k, params, bias = case
    want = conv2d(x, k, bias, **conv_kwargs(params))
    assert walk.out_shape == want.shape
    assert walk.n_steps == want.size
    assert np.array_equal(walk.output, want)
    padded = pad_input(x, k.shape, **{a: v for a, v in conv_kwargs(params).items() if a != "flip"})
    assert walk.pads == padded.pads
    assert np.array_equal(walk.padded.array, padded.array)
    assert np.array_equal(walk.padded.mask, padded.mask)
    (sh, sw), (dh, dw) = as_pair(params.stride), as_pair(params.dilation)
    kh, kw = k.shape
    taps = k[::-1, ::-1] if params.flip else k
    for i in range(walk.n_steps):
        st_ = walk.step(i)
        r, c = divmod(i, want.shape[1])
        assert (st_.index, st_.out_row, st_.out_col) == (i, r, c)
        assert st_.rows.tolist() == [r * sh + a * dh for a in range(kh)]
        assert st_.cols.tolist() == [c * sw + b * dw for b in range(kw)]
        grid = np.ix_(st_.rows, st_.cols)
        assert np.array_equal(st_.values, padded.array[grid])
        assert np.array_equal(st_.is_padding, padded.mask[grid])
        assert np.array_equal(st_.taps, taps)
        assert np.array_equal(st_.products, st_.values * taps)
        assert st_.bias == bias
        assert st_.total == want[r, c]
        assert float(st_.products.sum()) + st_.bias == st_.total


@settings(max_examples=60, deadline=None)
@given(walks(), st.floats(0.1, 10.0), st.floats(-10.0, -0.1))
def test_real_valued_steps_agree_to_rounding(case, a, b):
    """With non-integer data BLAS and ``products.sum()`` add in different orders; the
    difference is bounded by a few ulps of sum(|products|), the tolerance used here."""
    _, x, k, params, bias = case
    walk = Walk(x * a / 3.0, k * b / 7.0, params, bias=bias / 3.0)
    want = conv2d(x * a / 3.0, k * b / 7.0, bias / 3.0, **conv_kwargs(params))
    assert np.array_equal(walk.output, want)  # same code path: bit-identical
    for i in range(walk.n_steps):
        st_ = walk.step(i)
        scale = np.abs(st_.products).sum() + abs(st_.bias) + 1e-300
        assert abs(st_.products.sum() + st_.bias - st_.total) <= 1e-14 * scale


# --- reverse maps ------------------------------------------------------------------------


@WALK
@given(walks())
def test_receptive_field_and_outputs_fed_by_are_inverse(case):
    walk = case[0]
    ho, wo = walk.out_shape
    hp, wp = walk.padded.mask.shape
    fields = np.array(
        [[walk.receptive_field(r, c) for c in range(wo)] for r in range(ho)]
    )  # (ho, wo, hp, wp)
    fed = np.array([[walk.outputs_fed_by(p, q) for q in range(wp)] for p in range(hp)])
    # cell p is in receptive_field(o) iff o is in outputs_fed_by(p)
    assert np.array_equal(fields, fed.transpose(2, 3, 0, 1))
    for i in range(walk.n_steps):
        st_ = walk.step(i)
        want = np.zeros((hp, wp), dtype=bool)
        want[np.ix_(st_.rows, st_.cols)] = True
        assert np.array_equal(fields[st_.out_row, st_.out_col], want)
    # cells outside the padded grid feed nothing
    assert not walk.outputs_fed_by(-1, 0).any()
    assert not walk.outputs_fed_by(0, wp).any()


@WALK
@given(walks())
def test_tap_footprint_is_the_union_of_that_taps_cells(case):
    walk, _, k, params, _ = case
    kh, kw = k.shape
    hp, wp = walk.padded.mask.shape
    steps = [walk.step(i) for i in range(walk.n_steps)]
    for ki in range(kh):
        for kj in range(kw):
            # the shown kernel's tap (ki, kj) sits rotated in the slid taps when flipped
            a, b = (kh - 1 - ki, kw - 1 - kj) if params.flip else (ki, kj)
            want = np.zeros((hp, wp), dtype=bool)
            for st_ in steps:
                assert st_.taps[a, b] == k[ki, kj]
                want[st_.rows[a], st_.cols[b]] = True
            assert np.array_equal(walk.tap_footprint(ki, kj), want)
    assert sum(walk.tap_footprint(i, j).sum() for i in range(kh) for j in range(kw)) == (
        walk.n_steps * kh * kw
    )  # distinct taps of one window never share a cell, and a tap visits each cell once


@WALK
@given(walks())
def test_coverage_counts_windows_over_the_input(case):
    walk, x, k, params, _ = case
    hp, wp = walk.padded.mask.shape
    counts = np.zeros((hp, wp), dtype=np.int64)
    for i in range(walk.n_steps):
        st_ = walk.step(i)
        counts[np.ix_(st_.rows, st_.cols)] += 1
    (t, _), (lf, _) = walk.pads
    h, w = x.shape
    want = counts[t : t + h, lf : lf + w]
    assert np.array_equal(walk.coverage(), want)
    same_args = (x.shape, k.shape, params.stride, params.padding, params.dilation)
    assert np.array_equal(coverage(*same_args), want)
    if hasattr(walk, "padded_coverage"):
        assert np.array_equal(walk.padded_coverage(), counts)
    rows, cols = walk.unreached()
    assert rows.tolist() == np.flatnonzero(want.sum(axis=1) == 0).tolist()
    assert cols.tolist() == np.flatnonzero(want.sum(axis=0) == 0).tolist()
    r2, c2 = unreached(*same_args)
    assert r2.tolist() == rows.tolist() and c2.tolist() == cols.tolist()


def test_coverage_with_big_padding_and_kernel_is_cheap_and_exact():
    """coverage is computed per input cell, not per window, so huge settings stay cheap."""
    # every one of the 1 000 001 row (and column) windows that overlap the input covers it
    cov = coverage((3, 3), 1_000_001, padding=1_000_000)
    assert cov.tolist() == [[1_000_001**2] * 3] * 3
    cov = coverage((3, 3), 1_000_001, padding=1_000_000, stride=1_000_001)
    assert cov.tolist() == [[1] * 3] * 3
    cov = coverage((4, 4), 3, padding=(10**8, 0))
    # 2·10^8 + 2 row windows; each input row is inside three of them
    assert cov[:, 0].tolist() == [3, 3, 3, 3] and cov[0].tolist() == [3, 6, 6, 3]
    rows, cols = unreached((10, 10), 2, stride=2_000_000_000, padding=((0, 0), (1, 0)))
    assert rows.tolist() == list(range(2, 10)) and cols.tolist() == list(range(1, 10))


# --- flip, padding flags, modes --------------------------------------------------------------


def test_flip_slides_the_rotated_kernel():
    x = np.arange(25.0).reshape(5, 5)
    k = np.arange(9.0).reshape(3, 3)
    plain = Walk(x, k, ConvParams())
    flipped = Walk(x, k, ConvParams(flip=True))
    assert np.array_equal(flipped.output, conv2d(x, k[::-1, ::-1]))
    assert np.array_equal(flipped.output, conv2d(x, k, flip=True))
    assert not np.array_equal(flipped.output, plain.output)
    assert np.array_equal(flipped.step(0).taps, k[::-1, ::-1])
    assert np.array_equal(flipped.kernel, k)  # the shown kernel is not rotated
    # the top-left tap as shown multiplies the bottom-right cell of each window
    assert np.argwhere(flipped.tap_footprint(0, 0)).tolist() == [
        [r, c] for r in (2, 3, 4) for c in (2, 3, 4)
    ]
    assert np.argwhere(plain.tap_footprint(0, 0)).tolist() == [
        [r, c] for r in (0, 1, 2) for c in (0, 1, 2)
    ]


def test_padding_cells_are_flagged():
    x = np.ones((3, 4))
    walk = Walk(x, np.ones((3, 3)), ConvParams(padding=((1, 2), (0, 1))))
    assert walk.pads == ((1, 2), (0, 1))
    assert walk.padded.array.shape == (6, 5)
    mask = walk.padded.mask
    assert mask[0].all() and mask[4:].all() and mask[:, 4].all()
    assert not mask[1:4, 0:4].any()
    first = walk.step(0)
    assert first.is_padding[0].all() and not first.is_padding[1:].any()
    assert first.total == 6.0
    for i in range(walk.n_steps):
        st_ = walk.step(i)
        assert np.array_equal(st_.values == 0, st_.is_padding)


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_walk_matches_numpy_pad_and_conv2d(mode):
    assert set(MODES) == set(PADDING_MODES)
    x = np.arange(1.0, 21.0).reshape(4, 5)
    k = np.array([[1.0, -2.0], [3.0, 4.0]])
    params = ConvParams(padding=((2, 1), (1, 2)), padding_mode=mode, value=-7.0, dilation=(1, 2))
    walk = Walk(x, k, params, bias=0.5)
    width = ((2, 1), (1, 2))
    if mode in ("zeros", "constant"):
        want = np.pad(x, width, constant_values=0.0 if mode == "zeros" else -7.0)
    else:
        numpy_mode = {
            "reflect": "reflect",
            "symmetric": "symmetric",
            "replicate": "edge",
            "circular": "wrap",
        }[mode]
        want = np.pad(x, width, mode=numpy_mode)
    assert np.array_equal(walk.padded.array, want)
    assert np.array_equal(walk.output, conv2d(x, k, 0.5, **conv_kwargs(params)))
    for i in range(walk.n_steps):
        st_ = walk.step(i)
        assert st_.products.sum() + 0.5 == st_.total


def test_params_are_normalised():
    walk = Walk(
        np.ones((5, 5)),
        np.ones((3, 3)),
        ConvParams(
            stride=2,
            dilation=[1, 1],
            padding=[[1, 0], [0, 1]],
            padding_mode=" Reflect ",
            flip=np.bool_(False),
        ),
    )
    assert walk.params.stride == (2, 2) and walk.params.dilation == (1, 1)
    assert walk.params.padding == ((1, 0), (0, 1))
    assert walk.params.padding_mode == "reflect"
    assert walk.params.flip is False
    assert Walk(np.ones((3, 3)), np.ones((3, 3))).out_shape == (1, 1)  # params default: valid


def test_walk_results_are_read_only():
    walk = Walk(np.ones((4, 4)), np.ones((2, 2)))
    with pytest.raises(ValueError):
        walk.output[0, 0] = 1.0
    with pytest.raises(ValueError):
        walk.padded.array[0, 0] = 1.0


def test_out_of_range_indices_raise_index_error():
    walk = Walk(np.ones((4, 4)), np.ones((3, 3)))  # 2×2 output
    for bad in (-1, 4):
        with pytest.raises(IndexError):
            walk.step(bad)
    for r, c in ((0, 2), (2, 0), (-1, 0), (0, -1)):
        with pytest.raises(IndexError):
            walk.receptive_field(r, c)
    for i, j in ((3, 0), (0, 3), (-1, 0), (0, -1)):
        with pytest.raises(IndexError):
            walk.tap_footprint(i, j)
