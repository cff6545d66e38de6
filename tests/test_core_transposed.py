"""PyTorch as the oracle for conv_transpose2d and the zero-insertion walk."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError
from convstudio.core.transposed import conv_transpose2d

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
