"""PyTorch as the oracle for conv_transpose2d and the zero-insertion walk."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError
from convstudio.core.transposed import INPUT, INSERTED, PADDING, conv_transpose2d
from convstudio.core.transposed_explain import (
    transposed_hover_input,
    transposed_hover_output,
    transposed_hover_padded,
    transposed_size_formulas,
    transposed_step_text,
    zero_insertion_text,
)
from convstudio.core.transposed_walk import TransposedWalk

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch  # CI: a missing torch must fail, not skip
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
torch.set_num_threads(1)
pytestmark = pytest.mark.oracle
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
pairs = st.tuples


@st.composite
def cases(draw):
    """Input, weight, bias and settings; many of them ones PyTorch rejects."""
    groups = draw(st.integers(1, 3))
    c_in = groups * draw(st.integers(1, 2))
    c_out_g = draw(st.integers(1, 2))
    h, w = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.integers(-4, 5, size=(c_in, h, w)).astype(np.float64)
    weight = rng.integers(-3, 4, size=(c_in, c_out_g, kh, kw)).astype(np.float64)
    bias = draw(st.none() | st.just(rng.integers(-3, 4, size=groups * c_out_g).astype(float)))
    kwargs = {
        "stride": draw(pairs(st.integers(1, 4), st.integers(1, 4))),
        "padding": draw(pairs(st.integers(0, 4), st.integers(0, 4))),
        "output_padding": draw(pairs(st.integers(0, 3), st.integers(0, 3))),
        "dilation": draw(pairs(st.integers(1, 3), st.integers(1, 3))),
        "groups": groups,
    }
    return x, weight, bias, kwargs


def torch_result(x, weight, bias, kwargs):
    b = None if bias is None else torch.from_numpy(bias)
    return F.conv_transpose2d(torch.from_numpy(x), torch.from_numpy(weight), b, **kwargs).numpy()


@FAST
@given(case=cases())
def test_conv_transpose2d_matches_torch(case):
    x, weight, bias, kwargs = case
    try:
        want = torch_result(x, weight, bias, kwargs)
    except RuntimeError:
        with pytest.raises(ConfigError, match=r"output padding|less than 1"):
            conv_transpose2d(x, weight, bias, **kwargs)
        return
    # Small integers: every product and sum is exact, so the two must agree bit for bit.
    assert np.array_equal(conv_transpose2d(x, weight, bias, **kwargs), want)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_conv_transpose2d_float_data(seed):
    rng = np.random.default_rng(seed)
    x, weight = rng.normal(size=(2, 4, 3)), rng.normal(size=(2, 3, 3, 2))
    kwargs = {"stride": (2, 3), "padding": (1, 2), "output_padding": (1, 0), "dilation": 2}
    want = torch_result(x, weight, None, kwargs)
    assert np.allclose(conv_transpose2d(x, weight, **kwargs), want, rtol=0, atol=1e-12)


def test_two_dimensional_input_and_kernel():
    x, k = np.arange(4.0).reshape(2, 2), np.ones((2, 2))
    want = torch_result(x[None], k[None, None], None, {"stride": 2})[0]
    got = conv_transpose2d(x, k, stride=2)
    assert got.shape == (4, 4)
    assert np.array_equal(got, want)


@pytest.mark.parametrize(
    ("x_shape", "w_shape", "kwargs", "match"),
    [
        ((2, 3, 3), (2, 1, 3, 3), {"stride": 2, "output_padding": 2}, "smaller than the stride"),
        ((2, 3, 3), (2, 1, 3, 3), {"output_padding": (0, 1)}, r"output padding \(width\)"),
        ((2, 3, 3), (2, 1, 3, 3), {"padding": 3}, "less than 1"),
        ((2, 3, 3), (2, 1, 3, 3), {"padding": (0, 3)}, "output width"),
        ((2, 3, 3), (3, 1, 3, 3), {}, "input channel"),
        ((2, 3, 3), (2, 2, 3, 3), {"groups": 3}, "input channel|groups"),
        ((3, 3, 3), (3, 1, 3, 3), {"groups": 2}, "divide"),
        ((2, 3, 3), (2, 1, 3, 3), {"stride": 0}, "stride must be at least 1"),
        ((2, 3, 3), (2, 1, 3, 3), {"padding": -1}, "at least 0"),
        ((2, 3, 3), (2, 1, 3, 3), {"output_padding": -1}, "at least 0"),
        ((2, 3, 3), (2, 1, 3, 3), {"dilation": 0}, "at least 1"),
        ((2, 3, 3), (2, 1, 3, 3), {"bias": np.zeros(2)}, "bias has 2 values"),
        ((2, 3, 3), (2, 1, 3, 3), {"stride": 1.5}, "whole number"),
        ((2, 3, 3), (2, 1, 3, 3), {"groups": 0}, "at least 1"),
    ],
)
def test_rejects_what_torch_rejects(x_shape, w_shape, kwargs, match):
    x, w = np.zeros(x_shape), np.zeros(w_shape)
    with pytest.raises((RuntimeError, TypeError, ValueError)):
        F.conv_transpose2d(
            torch.from_numpy(x),
            torch.from_numpy(w),
            **{
                k: torch.from_numpy(v) if isinstance(v, np.ndarray) else v
                for k, v in kwargs.items()
            },
        )
    with pytest.raises(ConfigError, match=match):
        conv_transpose2d(x, w, **kwargs)


@pytest.mark.parametrize(
    ("x", "w", "match"),
    [(np.zeros(3), np.zeros((2, 2)), "input"), (np.zeros((2, 2)), np.zeros(3), "weight")],
)
def test_rejects_bad_arrays(x, w, match):
    with pytest.raises(ConfigError, match=match):
        conv_transpose2d(x, w)


# --- the walk ---------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_walk_agrees_with_torch(case):
    x, weight, _, kwargs = case
    del kwargs["groups"]
    x, k = x[0], weight[0, 0]
    try:
        walk = TransposedWalk(x, k, 2.0, **kwargs)
    except ConfigError:
        with pytest.raises(RuntimeError):
            torch_result(x[None], k[None, None], None, kwargs)
        return
    want = torch_result(x[None], k[None, None], np.array([2.0]), kwargs)[0]
    assert np.array_equal(walk.output, want)
    # The zero-inserted grid: every real input where the picture says, zeros elsewhere.
    for r in range(x.shape[0]):
        for c in range(x.shape[1]):
            pos = walk.padded_position(r, c)
            if pos is not None:
                assert walk.input_at(*pos) == (r, c)
                assert walk.padded[pos] == x[r, c]
    assert not walk.padded[~walk.input_mask].any()
    assert (walk.input_mask | walk.inserted_mask | walk.padding_mask).all()
    for i in range(walk.n_steps):
        step = walk.step(i)
        assert step.products.sum() + step.bias == want[step.out_row, step.out_col]
        assert np.array_equal(step.taps, k[::-1, ::-1])
        assert walk.receptive_field(step.out_row, step.out_col).sum() == k.size


def test_walk_picture_stride2():
    walk = TransposedWalk(np.array([[1.0, 2.0], [3.0, 4.0]]), np.ones((3, 3)), stride=2)
    # (2 − 1)·2 + 1 = 3 with one zero between, border 1·(3 − 1) − 0 = 2 each side → 7.
    assert walk.kinds.shape == (7, 7)
    assert walk.kinds[2].tolist() == [PADDING, PADDING, INPUT, INSERTED, INPUT, PADDING, PADDING]
    assert walk.kinds[3, 2:5].tolist() == [INSERTED] * 3
    assert transposed_size_formulas(walk)[0] == "H_out = (2 − 1)·2 − 2·0 + 1·(3 − 1) + 0 + 1 = 5"
    assert zero_insertion_text(walk, 1) == (
        "W: (2 − 1)·2 + 1 = 3 with zeros between · border 1·(3 − 1) − 0 = 2 → 7"
    )
    step = walk.step(2 * 5 + 2)  # output (2, 2): the window covers all four inputs
    assert transposed_step_text(step) == "1·1 + 2·1 + 3·1 + 4·1 = 10 · 5 taps on zeros"
    assert walk.outputs_fed_by(2, 2).sum() == 9  # input (0, 0) stamps a 3×3 patch
    assert transposed_hover_input(walk, 0, 0) == "input (0, 0) = 1 · feeds 9 outputs"
    assert transposed_hover_padded(walk, 3, 3).startswith("inserted zero")
    assert transposed_hover_padded(walk, 0, 0).startswith("padding zero")
    assert transposed_hover_output(walk, 2, 2).endswith("reads 4 real input(s)")


def test_walk_cuts_when_padding_exceeds_the_kernel():
    x = np.arange(1.0, 10.0).reshape(3, 3)
    walk = TransposedWalk(x, np.ones((1, 1)), padding=1)
    assert walk.cut == ((1, 1), (1, 1))
    assert walk.output.tolist() == [[5.0]]
    assert walk.padded_position(0, 0) is None
    assert transposed_hover_input(walk, 0, 0).endswith("cut off by the padding")
    assert zero_insertion_text(walk, 0) == (
        "H: (3 − 1)·1 + 1 = 3 with zeros between · border 1·(1 − 1) − 1 = −1"
        " · cut 1 at the start, 1 at the end → 1"
    )


def test_walk_output_padding_adds_at_the_end():
    walk = TransposedWalk(np.ones((2, 2)), np.ones((2, 2)), stride=2, output_padding=1)
    assert walk.geom.edges == ((1, 2), (1, 2))
    assert walk.kinds[-2:].tolist() == [[PADDING] * 6] * 2
    assert "+ 1 output padding at the end" in zero_insertion_text(walk, 0)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"stride": 2, "output_padding": 2}, "smaller than the stride"),
        ({"padding": 3}, "less than 1"),
        ({"dilation": 0}, "at least 1"),
    ],
)
def test_walk_rejects(kwargs, match):
    with pytest.raises(ConfigError, match=match):
        TransposedWalk(np.zeros((3, 3)), np.zeros((3, 3)), **kwargs)
