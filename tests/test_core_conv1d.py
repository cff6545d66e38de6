"""PyTorch as the oracle for conv1d, its padding forms (causal too) and the sequence walk.

The expected pads come from formulas written here, the padded input from
``torch.nn.functional.pad`` (``numpy.pad`` for "symmetric", which PyTorch lacks) and
the result from ``torch.nn.functional.conv1d`` in float64 with padding 0. Data are
small integers, so both sides must agree exactly. Every setting PyTorch refuses must
raise ConfigError here, with a message.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError
from convstudio.core.conv1d import conv1d, resolve_padding_1d
from convstudio.core.conv1d_walk import SequenceWalk

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch  # CI: a missing torch must fail, not skip
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
torch.set_num_threads(1)
pytestmark = [
    pytest.mark.oracle,
    pytest.mark.filterwarnings("ignore:Using padding=.same.:UserWarning"),
]

MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")
TORCH_MODES = tuple(m for m in MODES if m != "symmetric")
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def expected_pads(padding, k: int, d: int) -> tuple[int, int]:
    """(left, right) for every 1-D padding form, written out without convstudio."""
    span = d * (k - 1)
    if padding == "valid":
        return (0, 0)
    if padding == "same":  # PyTorch: the extra cell of an odd total goes right
        return (span // 2, span - span // 2)
    if padding == "full":
        return (span, span)
    if padding == "causal":  # Keras: everything on the left
        return (span, 0)
    if isinstance(padding, int):
        return (padding, padding)
    return tuple(padding)


def torch_pad(x2: np.ndarray, pads, mode: str, value: float):
    """(1, C, L′) padded as F.pad does (numpy for symmetric)."""
    if mode == "symmetric":
        return torch.from_numpy(np.pad(x2, ((0, 0), pads), mode="symmetric"))[None]
    xt = torch.from_numpy(x2)[None]
    if mode in ("zeros", "constant"):
        return F.pad(xt, pads, mode="constant", value=0.0 if mode == "zeros" else value)
    return F.pad(xt, pads, mode=mode)


def torch_conv1d(x2, w3, bias, s, pads, d, groups, mode, value) -> np.ndarray:
    """The oracle: pad, then F.conv1d with padding 0."""
    bt = None if bias is None else torch.from_numpy(np.asarray(bias, dtype=np.float64))
    xp = torch_pad(x2, pads, mode, value)
    return F.conv1d(xp, torch.from_numpy(w3), bt, stride=s, dilation=d, groups=groups)[0].numpy()


padding_forms = st.one_of(
    st.sampled_from(["valid", "same", "full", "causal"]),
    st.integers(0, 4),
    st.tuples(st.integers(0, 4), st.integers(0, 4)),
)


@st.composite
def cases(draw, *, valid_channels: bool = True):
    groups = draw(st.integers(1, 3))
    if valid_channels or draw(st.booleans()):  # half the refusals come from other settings
        c_in, c_out = groups * draw(st.integers(1, 2)), groups * draw(st.integers(1, 2))
        per_group = c_in // groups
    else:
        c_in, c_out, per_group = (draw(st.integers(1, 4)) for _ in range(3))
    n, k = draw(st.integers(1, 12)), draw(st.integers(1, 5))
    mode = draw(st.sampled_from(MODES if valid_channels else TORCH_MODES))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    bias = draw(st.one_of(st.none(), st.just(rng.integers(-4, 5, size=c_out).astype(float))))
    return dict(
        x=rng.integers(-5, 6, size=(c_in, n)).astype(np.float64),
        w=rng.integers(-3, 4, size=(c_out, per_group, k)).astype(np.float64),
        bias=bias,
        stride=draw(st.integers(1, 3)),
        dilation=draw(st.integers(1, 3)),
        padding=draw(padding_forms),
        groups=groups,
        mode=mode,
        value=float(draw(st.integers(-3, 3))) if mode == "constant" else 0.0,
    )


def _kwargs(case) -> dict:
    keys = ("stride", "padding", "dilation", "groups", "value")
    return {**{k: case[k] for k in keys}, "padding_mode": case["mode"]}


def possible(case) -> bool:
    n, k, d = case["x"].shape[1], case["w"].shape[2], case["dilation"]
    if case["padding"] == "same" and case["stride"] != 1:
        return False
    left, right = expected_pads(case["padding"], k, d)
    p, mode = max(left, right), case["mode"]
    if (mode == "reflect" and p >= n) or (mode in ("symmetric", "circular") and p > n):
        return False
    return n + left + right >= d * (k - 1) + 1


@FAST
@given(cases())
def test_conv1d_matches_torch_exactly(case):
    if not possible(case):
        event("impossible: ConfigError")
        with pytest.raises(ConfigError, match=r"\w+"):
            conv1d(case["x"], case["w"], case["bias"], **_kwargs(case))
        return
    event(f"compared: {case['mode']}, padding {type(case['padding']).__name__}")
    pads = expected_pads(case["padding"], case["w"].shape[2], case["dilation"])
    ours = conv1d(case["x"], case["w"], case["bias"], **_kwargs(case))
    theirs = torch_conv1d(
        case["x"],
        case["w"],
        case["bias"],
        case["stride"],
        pads,
        case["dilation"],
        case["groups"],
        case["mode"],
        case["value"],
    )
    assert ours.shape == theirs.shape
    assert np.array_equal(ours, theirs)


def torch_outcome(case) -> np.ndarray | None:
    """What PyTorch itself makes of a case (its own "same"), or None where it refuses."""
    x, w, s, d, g = case["x"], case["w"], case["stride"], case["dilation"], case["groups"]
    bt = None if case["bias"] is None else torch.from_numpy(case["bias"])
    try:
        if case["padding"] == "same" and case["mode"] == "zeros":
            xt, wt = torch.from_numpy(x)[None], torch.from_numpy(w)
            return F.conv1d(xt, wt, bt, stride=s, padding="same", dilation=d, groups=g)[0].numpy()
        if case["padding"] == "same" and s != 1:
            # torch refuses "same" for strided convolutions whatever the padding mode.
            torch.nn.Conv1d(x.shape[0], w.shape[0], w.shape[2], stride=s, padding="same")
        pads = expected_pads(case["padding"], w.shape[2], d)
        return torch_conv1d(x, w, case["bias"], s, pads, d, g, case["mode"], case["value"])
    except (RuntimeError, ValueError):
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(valid_channels=False))
def test_conv1d_refuses_exactly_what_torch_refuses(case):
    theirs = torch_outcome(case)
    if theirs is None:
        event("torch refuses")
        with pytest.raises(ConfigError, match=r"\w+ \w+"):
            conv1d(case["x"], case["w"], case["bias"], **_kwargs(case))
    else:
        event("torch computes")
        assert np.array_equal(conv1d(case["x"], case["w"], case["bias"], **_kwargs(case)), theirs)


def test_same_is_torchs_same_also_for_even_kernels_and_dilation():
    rng = np.random.default_rng(3)
    for n, k, d in [(5, 2, 1), (5, 4, 1), (6, 4, 3), (7, 3, 2), (1, 2, 1)]:
        x, w = (
            rng.integers(-5, 6, (2, n)).astype(float),
            rng.integers(-3, 4, (3, 2, k)).astype(float),
        )
        theirs = F.conv1d(
            torch.from_numpy(x)[None], torch.from_numpy(w), padding="same", dilation=d
        )
        assert np.array_equal(conv1d(x, w, padding="same", dilation=d), theirs[0].numpy())


def test_causal_is_keras_left_padding_and_keeps_the_length():
    x = np.arange(1.0, 9.0)
    w = np.array([1.0, 10.0, 100.0])
    ours = conv1d(x, w, padding="causal", dilation=2)
    theirs = F.conv1d(
        F.pad(torch.from_numpy(x)[None, None], (4, 0)), torch.from_numpy(w)[None, None], dilation=2
    )
    assert ours.shape == (8,)
    assert np.array_equal(ours, theirs[0, 0].numpy())
    # Output t uses x[t], x[t − 2], x[t − 4] only: nothing from the future.
    assert ours[4] == 1 * x[0] + 10 * x[2] + 100 * x[4]


def test_float_data_agrees_to_rounding():
    rng = np.random.default_rng(7)
    x, w, b = rng.normal(size=(4, 11)), rng.normal(size=(6, 2, 3)), rng.normal(size=6)
    for mode in TORCH_MODES:
        ours = conv1d(x, w, b, padding=(2, 1), groups=2, padding_mode=mode, stride=2)
        theirs = torch_conv1d(x, w, b, 2, (2, 1), 1, 2, mode, 0.0)
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)


def test_single_channel_1d_arrays_give_a_1d_output():
    ours = conv1d([1, 2, 3, 4], [1, -1], padding=1)
    theirs = F.conv1d(
        torch.tensor([[[1.0, 2, 3, 4]]], dtype=torch.float64),
        torch.tensor([[[1.0, -1]]], dtype=torch.float64),
        padding=1,
    )
    assert ours.shape == (5,) and np.array_equal(ours, theirs[0, 0].numpy())
    assert conv1d(np.ones((1, 4)), [1.0, 1.0]).shape == (1, 3)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        (dict(padding="same", stride=2), r'"same" needs stride 1.*explicit padding \(0, 1\)'),
        (dict(padding=4, padding_mode="reflect"), r"reflect padding of 4 .* length at least 5"),
        (dict(padding=(0, 5), padding_mode="circular"), r"circular padding of 5 is longer"),
        (dict(padding=(0, 5), padding_mode="symmetric"), r"symmetric padding of 5 is longer"),
        (dict(dilation=3), r"length 3 \(dilated to 7\) does not fit .* length 4"),
        (dict(padding="sideways"), r"unknown padding 'sideways'.*causal"),
        (dict(padding=(1, 2, 3)), r"one number or a pair \(left, right\), got 3"),
        (dict(padding=-1), r"cannot be negative"),
        (dict(padding=(0, -2)), r"padding right cannot be negative"),
        (dict(stride=0), r"stride must be at least 1"),
        (dict(padding_mode="wrap"), r"unknown padding mode 'wrap'"),
    ],
)
def test_bad_settings_say_what_and_how(kwargs, match):
    with pytest.raises(ConfigError, match=match):
        conv1d([1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0], **kwargs)


@pytest.mark.parametrize(
    ("x", "w", "groups", "match"),
    [
        (np.ones((3, 5)), np.ones((2, 1, 2)), 2, r"groups=2 must divide the 3 input channels"),
        (np.ones((4, 5)), np.ones((3, 2, 2)), 2, r"groups=2 must divide the 3 output channels"),
        (np.ones((4, 5)), np.ones((2, 1, 2)), 2, r"give the weight shape \(2, 2, k\)"),
        (np.ones((2, 3, 5)), np.ones((1, 1, 2)), 1, r"input must have shape \(L\) / \(C_in, L\)"),
        (np.ones((1, 5)), np.ones((1, 2)), 1, r"weight must have shape"),
    ],
)
def test_channel_mistakes_are_refused_as_torch_refuses(x, w, groups, match):
    with pytest.raises((RuntimeError, ValueError)):
        F.conv1d(torch.from_numpy(x)[None], torch.from_numpy(w), groups=groups)
    with pytest.raises(ConfigError, match=match):
        conv1d(x, w, groups=groups)


def test_bias_of_the_wrong_length_is_refused():
    with pytest.raises(ConfigError, match="bias has 3 values but there are 2 output channels"):
        conv1d(np.ones((1, 5)), np.ones((2, 1, 2)), bias=[1.0, 2.0, 3.0])


def test_resolve_padding_1d_forms():
    assert resolve_padding_1d("Causal", 5, 3, 1, 2) == (4, 0)
    assert resolve_padding_1d((2,), 5, 3) == (2, 2)
    assert resolve_padding_1d(np.int64(1), 5, 3) == (1, 1)


# --- the walk -------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.integers(-3, 3))
def test_sequence_walk_steps_add_up_to_torch(case, bias):
    x, w = case["x"][0], case["w"][0, 0]
    kwargs = {k: v for k, v in _kwargs(case).items() if k != "groups"}
    if not possible(case):
        with pytest.raises(ConfigError):
            SequenceWalk(x, w, **kwargs)
        return
    walk = SequenceWalk(x, w, bias=bias, **kwargs)
    pads = expected_pads(case["padding"], w.size, case["dilation"])
    theirs = torch_conv1d(
        x[None],
        w[None, None],
        [bias],
        case["stride"],
        pads,
        case["dilation"],
        1,
        case["mode"],
        case["value"],
    )[0]
    assert walk.pads == pads and np.array_equal(walk.output, theirs)
    assert walk.padded.shape == walk.pad_mask.shape == (x.size + sum(pads),)
    for i in range(walk.n_steps):
        step = walk.step(i)
        assert step.products.sum() + bias == step.total == theirs[i]
        assert list(step.positions) == [
            i * case["stride"] - pads[0] + j * case["dilation"] for j in range(w.size)
        ]
        assert np.array_equal(step.is_padding, (step.positions < 0) | (step.positions >= x.size))


@given(st.integers(1, 20), st.integers(1, 6), st.integers(1, 3), st.integers(1, 3))
@settings(max_examples=100, deadline=None)
def test_causal_window_ends_at_the_output_position(n, k, s, d):
    walk = SequenceWalk(np.arange(float(n)), np.ones(k), padding="causal", stride=s, dilation=d)
    for t in range(walk.n_steps):
        assert walk.step(t).positions[-1] == t * s  # never reads beyond input t·s
    assert walk.n_steps == (n - 1) // s + 1
