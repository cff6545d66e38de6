"""PyTorch as the oracle for pooling: output sizes, max_pool2d, avg_pool2d and the walk."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError
from convstudio.core.pool_explain import (
    pool_hover_input,
    pool_hover_output,
    pool_size_formulas,
    pool_step_text,
    pool_step_words,
)
from convstudio.core.pool_walk import POOL_KINDS, PoolWalk
from convstudio.core.pooling import avg_pool2d, max_pool2d, pool_output_size

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch  # CI: a missing torch must fail, not skip
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
torch.set_num_threads(1)
pytestmark = pytest.mark.oracle
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def torch_len(n: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> int | None:
    """The output length PyTorch's max_pool2d gives along one axis, or None if it refuses."""
    x = torch.zeros(1, 1, n, dtype=torch.float64)
    try:
        out = F.max_pool2d(
            x, (1, k), stride=(1, s), padding=(0, p), dilation=(1, d), ceil_mode=ceil_mode
        )
    except RuntimeError:
        return None
    return out.shape[-1]


@FAST
@given(
    n=st.integers(1, 14),
    k=st.integers(1, 7),
    s=st.integers(1, 5),
    p=st.integers(0, 4),
    d=st.integers(1, 3),
    ceil_mode=st.booleans(),
)
def test_pool_output_size_matches_torch(n, k, s, p, d, ceil_mode):
    expected = torch_len(n, k, s, p, d, ceil_mode)
    if expected is None:
        with pytest.raises(ConfigError, match=r"padding|empty"):
            pool_output_size(n, k, s, p, d, ceil_mode)
    else:
        assert pool_output_size(n, k, s, p, d, ceil_mode) == expected


def test_pool_output_size_examples():
    assert pool_output_size(4, 2) == 2  # stride defaults to the kernel
    assert pool_output_size(5, 2, 2) == 2
    assert pool_output_size(5, 2, 2, ceil_mode=True) == 3
    # ceil would give 3, but the third window would start in the right padding.
    assert pool_output_size(4, 2, 2, 1, ceil_mode=False) == 3
    assert pool_output_size(3, 2, 2, 1, ceil_mode=True) == 2


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((5, 3, 1, 2), "more than half the pooling kernel 3"),
        ((5, 2, 1, 2, 3), "more than half the pooling kernel 2"),
        ((5, 7), "would be empty"),
        ((5, 3, 1, 0, 3), "would be empty"),
        ((0, 2), "at least 1"),
        ((5, 2, 0), "stride must be at least 1"),
        ((5, 2.5), "whole number"),
        ((5, 2, 1, -1), "at least 0"),
    ],
)
def test_pool_output_size_rejects(args, match):
    with pytest.raises(ConfigError, match=match):
        pool_output_size(*args)


# --- max_pool2d and avg_pool2d against torch ---------------------------------------------

pairs = st.tuples


@st.composite
def pool_cases(draw, dilation: bool):
    """An input and settings, many of them ones PyTorch rejects."""
    c = draw(st.integers(1, 3))
    h, w = draw(st.integers(1, 9)), draw(st.integers(1, 9))
    x = draw(st.integers(0, 2**32 - 1).map(lambda seed: np.random.default_rng(seed)))
    data = x.integers(-4, 5, size=(c, h, w)).astype(np.float64)
    kw = {
        "kernel_size": draw(pairs(st.integers(1, 5), st.integers(1, 5))),
        "stride": draw(st.none() | pairs(st.integers(1, 4), st.integers(1, 4))),
        "padding": draw(pairs(st.integers(0, 3), st.integers(0, 3))),
        "ceil_mode": draw(st.booleans()),
    }
    if dilation:
        kw["dilation"] = draw(pairs(st.integers(1, 3), st.integers(1, 3)))
    return data, kw


@FAST
@given(case=pool_cases(dilation=True))
def test_max_pool2d_matches_torch(case):
    x, kw = case
    try:
        want, want_idx = F.max_pool2d(torch.from_numpy(x), return_indices=True, **kw)
    except RuntimeError:
        with pytest.raises(ConfigError, match=r"padding|empty"):
            max_pool2d(x, **kw)
        return
    got, idx = max_pool2d(x, return_indices=True, **kw)
    assert np.array_equal(got, want.numpy())
    # A dilated window can fall wholly in the padding: −∞ there, and torch's index is junk.
    real = np.isfinite(got)
    assert np.array_equal(idx[real], want_idx.numpy()[real])
    assert np.array_equal(max_pool2d(x[0], **kw), want.numpy()[0])  # (H, W) in, (H, W) out


@FAST
@given(case=pool_cases(dilation=False), include=st.booleans())
def test_avg_pool2d_matches_torch(case, include):
    x, kw = case
    try:
        want = F.avg_pool2d(torch.from_numpy(x), count_include_pad=include, **kw).numpy()
    except RuntimeError:
        with pytest.raises(ConfigError, match=r"padding|empty"):
            avg_pool2d(x, count_include_pad=include, **kw)
        return
    # Integer data: every sum is exact and the division correctly rounded, so bit-equal.
    assert np.array_equal(avg_pool2d(x, count_include_pad=include, **kw), want)
    assert np.array_equal(avg_pool2d(x[0], count_include_pad=include, **kw), want[0])


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_avg_pool2d_float_data(seed):
    x = np.random.default_rng(seed).normal(size=(2, 7, 6))
    kw = {"kernel_size": 3, "stride": 2, "padding": 1, "ceil_mode": True}
    want = F.avg_pool2d(torch.from_numpy(x), count_include_pad=False, **kw).numpy()
    assert np.allclose(avg_pool2d(x, count_include_pad=False, **kw), want, rtol=0, atol=1e-12)


def test_avg_divisor_clips_the_ceil_overhang():
    # 6 wide, kernel 4, stride 3, padding 1, ceil: the third window covers the last
    # input cell, one padding cell and two cells past the padding.
    x = np.ones((1, 6))
    got = avg_pool2d(x, (1, 4), (1, 3), (0, 1), ceil_mode=True)
    want = F.avg_pool2d(torch.ones(1, 1, 6, dtype=torch.float64), (1, 4), (1, 3), (0, 1), True)
    assert np.array_equal(got, want.numpy()[0])
    # 3/4 (padding counted), 4/4, then 1/2: padding counted, the overhang not.
    assert got.tolist() == [[0.75, 1.0, 0.5]]


@pytest.mark.parametrize(
    ("call", "kw", "match"),
    [
        (max_pool2d, {"kernel_size": 3, "padding": 2}, "more than half the pooling kernel 3"),
        (max_pool2d, {"kernel_size": 3, "padding": 2, "dilation": 2}, "at most 1"),
        (avg_pool2d, {"kernel_size": (3, 1), "padding": (1, 1)}, r"padding \(width\) is 1"),
        (max_pool2d, {"kernel_size": 6}, "would be empty"),
        (avg_pool2d, {"kernel_size": 2, "stride": 0}, "at least 1"),
        (max_pool2d, {"kernel_size": 2.0}, "whole number"),
        (max_pool2d, {"kernel_size": (2, 2, 2)}, "pair"),
        (max_pool2d, {"kernel_size": 2, "dilation": 0}, "at least 1"),
        (max_pool2d, {"kernel_size": 2, "ceil_mode": "yes"}, "ceil_mode"),
        (avg_pool2d, {"kernel_size": 2, "count_include_pad": 1}, "count_include_pad"),
    ],
)
def test_pool_rejects_what_torch_rejects(call, kw, match):
    x = np.zeros((1, 5, 5))
    torch_call = F.max_pool2d if call is max_pool2d else F.avg_pool2d
    if "ceil_mode" not in kw and "count_include_pad" not in kw:
        with pytest.raises((RuntimeError, TypeError, ValueError)):
            torch_call(torch.from_numpy(x), **kw)
    with pytest.raises(ConfigError, match=match):
        call(x, **kw)


@pytest.mark.parametrize("bad", [np.zeros((5,)), np.zeros((1, 1, 2, 2)), [[1, np.nan]], []])
def test_pool_rejects_bad_inputs(bad):
    with pytest.raises(ConfigError, match="input"):
        max_pool2d(bad, 1)


# --- the walk ---------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=pool_cases(dilation=True), kind=st.sampled_from(POOL_KINDS), include=st.booleans())
def test_pool_walk_agrees_with_torch(case, kind, include):
    x, kw = case
    x = x[0]
    if kind == "avg":
        kw.pop("dilation")
        kw["count_include_pad"] = include
    try:
        walk = PoolWalk(x, kind, **kw)
    except ConfigError:
        call = F.max_pool2d if kind == "max" else F.avg_pool2d
        with pytest.raises(RuntimeError):
            call(torch.from_numpy(x[None]), **kw)
        return
    if kind == "max":
        want, idx = F.max_pool2d(torch.from_numpy(x[None]), return_indices=True, **kw)
    else:
        want = F.avg_pool2d(torch.from_numpy(x[None]), **kw)
    want = want.numpy()[0]
    assert np.array_equal(walk.output, want)
    (t, lf), w = walk.geom.padding, x.shape[1]
    for i in range(walk.n_steps):
        step = walk.step(i)
        assert step.result == want[step.out_row, step.out_col]
        assert np.array_equal(step.values, walk.padded[np.ix_(step.rows, step.cols)])
        if kind == "max" and step.argmax is not None:
            r, c = step.rows[step.argmax[0]] - t, step.cols[step.argmax[1]] - lf
            assert r * w + c == idx.numpy()[0][step.out_row, step.out_col]
            assert walk.max_mask(i).sum() == 1
        elif kind == "avg":
            assert step.total / step.divisor == step.result
            # The formula shows exactly the cells counted by the divisor.
            text = pool_step_text(walk, step, max_terms=100)
            assert text.count("+") + 1 == step.divisor


def test_pool_walk_step_and_reverse_maps():
    x = np.array([[1, 3, 2, 0], [7, 1, 0, 4], [5, 5, 6, 6], [0, 2, 6, 1]], float)
    walk = PoolWalk(x, "max", 2, 2, 1)
    assert walk.out_shape == (3, 3)
    step = walk.step(4)  # output (1, 1): padded rows 2..3, cols 2..3 = input rows 1..2, cols 1..2
    assert step.values.tolist() == [[1, 0], [5, 6]]
    assert step.argmax == (1, 1)
    assert pool_step_text(walk, step) == "max(1, 0, 5, 6) = 6"
    assert pool_step_words(walk, step) == "the largest value is input (2, 2) = 6"
    first = walk.step(0)
    assert pool_step_text(walk, first) == "max([−∞], [−∞], [−∞], 1) = 1"
    assert walk.receptive_field(1, 1)[2:4, 2:4].all()
    assert walk.receptive_field(1, 1).sum() == 4
    assert walk.outputs_fed_by(2, 2).tolist() == [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
    assert pool_hover_output(walk, 1, 1).startswith("output (1, 1) = 6 · step 5")
    assert pool_hover_input(walk, 0, 0) == "padding = −∞ · in 1 window"
    with pytest.raises(IndexError):
        walk.step(9)


def test_pool_walk_ties_take_the_first_max():
    walk = PoolWalk(np.full((2, 2), 3.0), "max", 2)
    assert walk.step(0).argmax == (0, 0)
    assert walk.max_mask(0).tolist() == [[True, False], [False, False]]


def test_pool_walk_overhang_and_formulas():
    walk = PoolWalk(np.ones((1, 6)), "avg", (1, 4), (1, 3), (0, 1), ceil_mode=True)
    step = walk.step(2)
    assert step.is_overhang.tolist() == [[False, False, True, True]]
    assert (step.total, step.divisor) == (1.0, 2)
    assert pool_step_text(walk, step) == "(1 + [0]) / 2 = 0.5"
    assert pool_size_formulas(walk)[1] == "W_out = ⌈(6 + 2·1 − (4 − 1) − 1) / 3⌉ + 1 = 3"
    dropped = PoolWalk(np.ones((3, 3)), "max", 2, 2, 1, ceil_mode=True)
    assert pool_size_formulas(dropped)[0] == (
        "H_out = ⌈(3 + 2·1 − 1·(2 − 1) − 1) / 2⌉ + 1 − 1 = 2 "
        "(the last window would start in the padding)"
    )


@pytest.mark.parametrize(
    ("kw", "match"),
    [
        ({"kind": "min"}, "pooling kind"),
        ({"kind": "avg", "dilation": 2}, "dilation"),
        ({"kernel_size": 3, "padding": 2}, "half the pooling kernel"),
    ],
)
def test_pool_walk_rejects(kw, match):
    with pytest.raises(ConfigError, match=match):
        PoolWalk(np.zeros((4, 4)), **kw)
