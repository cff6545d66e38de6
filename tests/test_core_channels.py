"""PyTorch as the oracle for the multi-channel walk: outputs, partial sums and refusals.

The full output must be ``F.conv2d``'s (after ``F.pad``), and each step's partial sum
for input channel j must be what ``F.conv2d`` gives for that one channel slice of the
input with that one slice of the filter: the partials plus the bias add up exactly to
the output cell (integer data, so every sum is exact).
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError
from convstudio.core.channels import ChannelWalk

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch  # CI: a missing torch must fail, not skip
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
torch.set_num_threads(1)
pytestmark = [pytest.mark.oracle]

MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def tf_same(n: int, k: int, s: int, d: int) -> tuple[int, int]:
    """TensorFlow's "SAME" split (conv2d's "same"), written out from its documentation."""
    total = max(((n + s - 1) // s - 1) * s + (k - 1) * d + 1 - n, 0)
    return total // 2, total - total // 2


def expected_pads(padding, size, kernel, s, d):
    if padding == "valid":
        return ((0, 0), (0, 0))
    if padding == "same":
        return tuple(tf_same(size[a], kernel[a], s, d) for a in (0, 1))
    if padding == "full":
        return tuple((d * (kernel[a] - 1),) * 2 for a in (0, 1))
    if isinstance(padding, int):
        return ((padding, padding), (padding, padding))
    return (tuple(padding[0]), tuple(padding[1]))


def torch_padded(x3: np.ndarray, pads, mode: str, value: float):
    """(1, C, H′, W′) as F.pad makes it (numpy for symmetric)."""
    (t, b), (lf, r) = pads
    if mode == "symmetric":
        return torch.from_numpy(np.pad(x3, ((0, 0), (t, b), (lf, r)), mode="symmetric"))[None]
    xt = torch.from_numpy(x3)[None]
    if mode in ("zeros", "constant"):
        fill = 0.0 if mode == "zeros" else value
        return F.pad(xt, (lf, r, t, b), mode="constant", value=fill)
    return F.pad(xt, (lf, r, t, b), mode=mode)


@st.composite
def cases(draw):
    groups = draw(st.integers(1, 3))
    c_in, c_out = groups * draw(st.integers(1, 2)), groups * draw(st.integers(1, 2))
    h, w = draw(st.integers(1, 7)), draw(st.integers(1, 7))
    kh, kw = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    mode = draw(st.sampled_from(MODES))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    padding = draw(
        st.one_of(
            st.sampled_from(["valid", "same", "full"]),
            st.integers(0, 2),
            st.tuples(
                st.tuples(st.integers(0, 2), st.integers(0, 2)),
                st.tuples(st.integers(0, 2), st.integers(0, 2)),
            ),
        )
    )
    bias = draw(st.one_of(st.none(), st.just(rng.integers(-4, 5, size=c_out).astype(float))))
    return dict(
        x=rng.integers(-5, 6, size=(c_in, h, w)).astype(np.float64),
        w=rng.integers(-3, 4, size=(c_out, c_in // groups, kh, kw)).astype(np.float64),
        bias=bias,
        stride=draw(st.integers(1, 3)),
        dilation=draw(st.integers(1, 2)),
        padding=padding,
        groups=groups,
        mode=mode,
        value=float(draw(st.integers(-3, 3))) if mode == "constant" else 0.0,
    )


def kwargs(case) -> dict:
    keys = ("stride", "padding", "dilation", "groups", "value")
    return {**{k: case[k] for k in keys}, "padding_mode": case["mode"]}


def possible(case, pads) -> bool:
    size, kernel, d = case["x"].shape[1:], case["w"].shape[2:], case["dilation"]
    for (before, after), n, k in zip(pads, size, kernel, strict=True):
        p = max(before, after)
        if case["mode"] == "reflect" and p >= n:
            return False
        if case["mode"] in ("symmetric", "circular") and p > n:
            return False
        if n + before + after < d * (k - 1) + 1:
            return False
    return True


@SETTINGS
@given(cases())
def test_output_and_every_partial_sum_match_torch(case):
    x, w, s, d = case["x"], case["w"], case["stride"], case["dilation"]
    pads = expected_pads(case["padding"], x.shape[1:], w.shape[2:], s, d)
    if not possible(case, pads):
        event("impossible: ConfigError")
        with pytest.raises(ConfigError, match=r"\w+ \w+"):
            ChannelWalk(x, w, case["bias"], **kwargs(case))
        return
    event(f"compared: groups {case['groups']}")
    walk = ChannelWalk(x, w, case["bias"], **kwargs(case))
    xp = torch_padded(x, pads, case["mode"], case["value"])
    bt = None if case["bias"] is None else torch.from_numpy(case["bias"])
    wt = torch.from_numpy(w)
    theirs = F.conv2d(xp, wt, bt, stride=s, dilation=d, groups=case["groups"])[0].numpy()
    assert np.array_equal(walk.output, theirs)
    assert walk.n_steps == theirs.size
    bias = np.zeros(w.shape[0]) if case["bias"] is None else case["bias"]
    for index in range(walk.n_steps):
        step = walk.step(index)
        o, r, c = step.out_channel, step.out_row, step.out_col
        assert walk.index_of(o, r, c) == index
        assert [sl.channel for sl in step.slices] == list(walk.channels_of(o))
        for j, sl in enumerate(step.slices):
            one = F.conv2d(
                xp[:, sl.channel : sl.channel + 1], wt[o : o + 1, j : j + 1], stride=s, dilation=d
            )
            assert sl.partial == one[0, 0, r, c].item()
            assert np.array_equal(sl.weights, w[o, j])
        assert sum(sl.partial for sl in step.slices) + bias[o] == step.total == theirs[o, r, c]


def test_steps_go_through_every_output_channel_row_major():
    walk = ChannelWalk(np.ones((3, 4, 4)), np.ones((2, 3, 3, 3)), padding="same")
    seen = [walk.locate(i) for i in range(walk.n_steps)]
    assert seen[0] == (0, 0, 0) and seen[1] == (0, 0, 1) and seen[16] == (1, 0, 0)
    assert seen == [(o, r, c) for o in range(2) for r in range(4) for c in range(4)]
    with pytest.raises(IndexError):
        walk.step(32)


def test_groups_decide_which_channels_feed_a_filter():
    x = np.arange(4 * 3 * 3, dtype=float).reshape(4, 3, 3)
    walk = ChannelWalk(x, np.ones((4, 2, 1, 1)), groups=2)
    assert [list(walk.channels_of(o)) for o in range(4)] == [[0, 1], [0, 1], [2, 3], [2, 3]]
    step = walk.step(walk.index_of(3, 1, 2))
    assert step.group == 1
    assert [sl.partial for sl in step.slices] == [x[2, 1, 2], x[3, 1, 2]]


def test_float_partials_add_up_to_rounding():
    rng = np.random.default_rng(5)
    x, w, b = rng.normal(size=(3, 6, 6)), rng.normal(size=(4, 3, 3, 3)), rng.normal(size=4)
    walk = ChannelWalk(x, w, b, padding="same", padding_mode="reflect", stride=2)
    theirs = F.conv2d(
        torch_padded(x, ((0, 1), (0, 1)), "reflect", 0),
        torch.from_numpy(w),
        torch.from_numpy(b),
        stride=2,
    )
    np.testing.assert_allclose(walk.output, theirs[0].numpy(), rtol=0, atol=1e-9)
    for i in range(walk.n_steps):
        step = walk.step(i)
        assert abs(sum(sl.partial for sl in step.slices) + step.bias - step.total) < 1e-9


@pytest.mark.parametrize(
    ("x_shape", "w_shape", "extra", "match"),
    [
        ((3, 5, 5), (2, 1, 3, 3), dict(groups=2), r"groups=2 must divide the 3 input channels"),
        ((4, 5, 5), (3, 2, 3, 3), dict(groups=2), r"groups=2 must divide the 3 output channels"),
        ((3, 5, 5), (2, 2, 3, 3), {}, r"the weight expects 2 input channel\(s\) per group"),
        ((3, 2, 2), (1, 3, 3, 3), {}, r"kernel 3×3 does not fit the padded input 2×2"),
        ((3, 5, 5), (2, 3, 3, 3), dict(bias=[1.0, 2.0, 3.0]), r"bias has 3 values"),
        ((1, 4, 4), (1, 1, 3, 3), dict(padding=4, padding_mode="reflect"), r"reflect padding of 4"),
        (
            (1, 4, 4),
            (1, 1, 3, 3),
            dict(padding=5, padding_mode="circular"),
            r"circular padding of 5",
        ),
        ((1, 4, 4), (1, 1, 3, 3), dict(stride=0), r"stride must be at least 1"),
    ],
)
def test_what_torch_refuses_is_a_config_error(x_shape, w_shape, extra, match):
    extra = dict(extra)
    bias = extra.pop("bias", None)
    x, w = np.ones(x_shape), np.ones(w_shape)
    pad, mode = extra.pop("padding", 0), extra.pop("padding_mode", "zeros")
    with pytest.raises((RuntimeError, ValueError)):
        bt = None if bias is None else torch.tensor(bias, dtype=torch.float64)
        xt = torch.from_numpy(x)[None]
        if pad:
            xt = F.pad(xt, (pad,) * 4, mode=mode)
        F.conv2d(xt, torch.from_numpy(w), bt, **extra)
    with pytest.raises(ConfigError, match=match):
        ChannelWalk(x, w, bias, padding=pad, padding_mode=mode, **extra)


def test_a_grey_image_or_a_2d_kernel_is_refused_with_the_shape_asked_for():
    with pytest.raises(ConfigError, match=r"input must be 3-D \(C, H, W\)"):
        ChannelWalk(np.ones((4, 4)), np.ones((1, 1, 3, 3)))
    with pytest.raises(ConfigError, match=r"weight must be 4-D"):
        ChannelWalk(np.ones((1, 4, 4)), np.ones((3, 3)))
