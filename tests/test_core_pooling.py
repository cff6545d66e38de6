"""PyTorch as the oracle for pooling: output sizes, max_pool2d, avg_pool2d and the walk."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError
from convstudio.core.pooling import pool_output_size

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
