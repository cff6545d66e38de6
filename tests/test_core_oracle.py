"""PyTorch as the oracle for conv2d, padding resolution and the padding-mode limits.

Every comparison computes the expected result independently of convstudio: the
per-side pads come from the formulas in this file (not from ``resolve_padding``),
the padded input from ``torch.nn.functional.pad`` (or ``numpy.pad`` for
"symmetric", which PyTorch lacks) and the result from
``torch.nn.functional.conv2d`` in float64 with padding 0.

Data are small integers, so every product and partial sum is an exactly
representable float64 and the two implementations must agree bit for bit
(``np.array_equal``), whatever order they add in. One test also uses
non-integer data with a tight tolerance.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError, conv2d, output_size, pad_input, resolve_padding

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch  # CI: a missing torch must fail, not skip
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
# The tensors here are tiny: one thread is faster and immune to a busy machine (a
# 2-core CI box running other jobs), and the results do not depend on it.
torch.set_num_threads(1)
pytestmark = [
    pytest.mark.oracle,
    # torch notes that "same" with an even kernel copies the input; that is expected here.
    pytest.mark.filterwarnings("ignore:Using padding=.same.:UserWarning"),
]

MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")
FAST = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- independent reference ------------------------------------------------------------


def tf_same(n: int, k: int, s: int, d: int) -> tuple[int, int]:
    """TensorFlow's "SAME" rule, written out from its documentation."""
    out = (n + s - 1) // s
    effective_k = (k - 1) * d + 1
    total = max((out - 1) * s + effective_k - n, 0)
    before = total // 2
    return before, total - before


def expected_pads(padding, size, kernel, stride, dilation):
    """((top, bottom), (left, right)) for every padding form, without convstudio."""
    if padding == "valid":
        return ((0, 0), (0, 0))
    if padding == "same":
        return tuple(tf_same(size[a], kernel[a], stride[a], dilation[a]) for a in (0, 1))
    if padding == "full":
        return tuple((dilation[a] * (kernel[a] - 1),) * 2 for a in (0, 1))
    if isinstance(padding, int):
        return ((padding, padding), (padding, padding))
    if isinstance(padding[0], int):
        return ((padding[0],) * 2, (padding[1],) * 2)
    return (tuple(padding[0]), tuple(padding[1]))


def torch_conv(x3, w4, bias, stride, pads, dilation, groups, mode, value, flip):
    """The oracle: F.pad (or numpy.pad for symmetric), then F.conv2d with padding 0."""
    (t, b), (lf, r) = pads
    if mode == "symmetric":
        xp = torch.from_numpy(np.pad(x3, ((0, 0), (t, b), (lf, r)), mode="symmetric"))[None]
    else:
        xt = torch.from_numpy(x3)[None]
        if mode in ("zeros", "constant"):
            fill = 0.0 if mode == "zeros" else value
            xp = F.pad(xt, (lf, r, t, b), mode="constant", value=fill)
        else:
            xp = F.pad(xt, (lf, r, t, b), mode=mode)
    wt = torch.from_numpy(np.ascontiguousarray(w4))
    if flip:
        wt = torch.flip(wt, dims=(2, 3))
    bt = None if bias is None else torch.from_numpy(np.asarray(bias, dtype=np.float64))
    out = F.conv2d(xp, wt, bt, stride=stride, dilation=dilation, groups=groups)
    return out[0].numpy()


def pads_ok(pads, size, mode) -> bool:
    """PyTorch's limits: reflect pad < size; circular (and our symmetric) pad ≤ size."""
    for (before, after), n in zip(pads, size, strict=True):
        p = max(before, after)
        if mode == "reflect" and p >= n:
            return False
        if mode in ("symmetric", "circular") and p > n:
            return False
    return True


def fits(pads, size, kernel, dilation) -> bool:
    return all(size[a] + sum(pads[a]) >= dilation[a] * (kernel[a] - 1) + 1 for a in (0, 1))


# --- strategies --------------------------------------------------------------------------

small = st.integers(1, 3)
padding_forms = st.one_of(
    st.sampled_from(["valid", "same", "full"]),
    st.integers(0, 3),
    st.tuples(st.integers(0, 3), st.integers(0, 3)),
    st.tuples(
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
    ),
)


def pair_or_int(draw, lo, hi):
    """Draw an int or an (h, w) pair; return (argument, (h, w))."""
    if draw(st.booleans()):
        v = draw(st.integers(lo, hi))
        return v, (v, v)
    v = (draw(st.integers(lo, hi)), draw(st.integers(lo, hi)))
    return v, v


@st.composite
def conv_cases(draw):
    groups = draw(st.integers(1, 3))
    c_in = groups * draw(st.integers(1, 2))
    c_out = groups * draw(st.integers(1, 2))
    h, w = draw(st.integers(1, 9)), draw(st.integers(1, 9))
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    stride, s = pair_or_int(draw, 1, 3)
    dilation, d = pair_or_int(draw, 1, 3)
    padding = draw(padding_forms)
    mode = draw(st.sampled_from(MODES))
    value = float(draw(st.integers(-3, 3))) if mode == "constant" else 0.0
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.integers(-5, 6, size=(c_in, h, w)).astype(np.float64)
    wt = rng.integers(-3, 4, size=(c_out, c_in // groups, kh, kw)).astype(np.float64)
    bias = draw(
        st.one_of(
            st.none(),
            st.just(rng.integers(-4, 5, size=c_out).astype(np.float64)),
        )
    )
    return dict(
        x=x,
        w=wt,
        bias=bias,
        stride=stride,
        s=s,
        dilation=dilation,
        d=d,
        padding=padding,
        mode=mode,
        value=value,
        groups=groups,
        flip=draw(st.booleans()),
    )


# --- conv2d against torch ------------------------------------------------------------


@FAST
@given(conv_cases())
def test_conv2d_matches_torch_exactly(case):
    x, wt = case["x"], case["w"]
    size, kernel = x.shape[1:], wt.shape[2:]
    pads = expected_pads(case["padding"], size, kernel, case["s"], case["d"])
    kwargs = dict(
        stride=case["stride"],
        padding=case["padding"],
        dilation=case["dilation"],
        groups=case["groups"],
        padding_mode=case["mode"],
        value=case["value"],
        flip=case["flip"],
    )
    if not (fits(pads, size, kernel, case["d"]) and pads_ok(pads, size, case["mode"])):
        event("impossible setting: ConfigError")
        with pytest.raises(ConfigError):
            conv2d(x, wt, case["bias"], **kwargs)
        return
    event(f"compared: mode {case['mode']}, groups {case['groups']}")
    ours = conv2d(x, wt, case["bias"], **kwargs)
    theirs = torch_conv(
        x,
        wt,
        case["bias"],
        case["s"],
        pads,
        case["d"],
        case["groups"],
        case["mode"],
        case["value"],
        case["flip"],
    )
    assert ours.shape == theirs.shape
    assert ours.dtype == np.float64
    assert np.array_equal(ours, theirs)
    # output_size gives the same shape from the formula alone.
    assert ours.shape[1:] == tuple(
        output_size(size[a], kernel[a], case["s"][a], pads[a], case["d"][a]) for a in (0, 1)
    )


@FAST
@given(conv_cases())
def test_pad_input_matches_torch_pad(case):
    x, wt = case["x"], case["w"]
    size, kernel = x.shape[1:], wt.shape[2:]
    pads = expected_pads(case["padding"], size, kernel, case["s"], case["d"])
    assume(pads_ok(pads, size, case["mode"]))
    got = pad_input(
        x,
        kernel,
        stride=case["stride"],
        padding=case["padding"],
        dilation=case["dilation"],
        padding_mode=case["mode"],
        value=case["value"],
    )
    assert got.pads == pads
    assert resolve_padding(case["padding"], size, kernel, case["stride"], case["dilation"]) == pads
    (t, b), (lf, r) = pads
    if case["mode"] == "symmetric":
        want = np.pad(x, ((0, 0), (t, b), (lf, r)), mode="symmetric")
    elif case["mode"] in ("zeros", "constant"):
        want = F.pad(torch.from_numpy(x)[None], (lf, r, t, b), value=case["value"])[0].numpy()
    else:
        want = F.pad(torch.from_numpy(x)[None], (lf, r, t, b), mode=case["mode"])[0].numpy()
    assert np.array_equal(got.array, want)
    mask = np.ones(want.shape[1:], dtype=bool)
    mask[t : t + size[0], lf : lf + size[1]] = False
    assert np.array_equal(got.mask, mask)


@settings(max_examples=60, deadline=None)
@given(conv_cases(), st.floats(-1e3, 1e3), st.floats(-1e3, 1e3))
def test_conv2d_matches_torch_on_real_valued_data(case, a, b):
    """Non-integer data: BLAS and torch add in different orders, so exact equality is
    not guaranteed; the difference is a few ulps of the largest partial sum, hence the
    tolerance relative to sum(|x|·|w|) rather than to the (possibly cancelling) result."""
    x = case["x"] * (a / 7.0 + 0.123)
    wt = case["w"] * (b / 11.0 - 0.456)
    size, kernel = x.shape[1:], wt.shape[2:]
    pads = expected_pads(case["padding"], size, kernel, case["s"], case["d"])
    assume(fits(pads, size, kernel, case["d"]) and pads_ok(pads, size, case["mode"]))
    ours = conv2d(
        x,
        wt,
        stride=case["stride"],
        padding=case["padding"],
        dilation=case["dilation"],
        groups=case["groups"],
        padding_mode=case["mode"],
        value=case["value"],
        flip=case["flip"],
    )
    theirs = torch_conv(
        x,
        wt,
        None,
        case["s"],
        pads,
        case["d"],
        case["groups"],
        case["mode"],
        case["value"],
        case["flip"],
    )
    scale = np.abs(x).max() * np.abs(wt).max() * wt[0].size + 1.0
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-13 * scale)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 8),
    st.integers(1, 8),
    st.integers(1, 4),
    st.integers(1, 4),
    st.integers(0, 2**32 - 1),
)
def test_two_d_arguments_squeeze(h, w, kh, kw, seed):
    """(H, W) input with an (kh, kw) kernel gives (H_out, W_out), as torch's [0, 0]."""
    assume(kh <= h and kw <= w)
    rng = np.random.default_rng(seed)
    x = rng.integers(-5, 6, size=(h, w)).astype(np.float64)
    k = rng.integers(-3, 4, size=(kh, kw)).astype(np.float64)
    ours = conv2d(x, k)
    theirs = F.conv2d(torch.from_numpy(x)[None, None], torch.from_numpy(k)[None, None])
    assert np.array_equal(ours, theirs[0, 0].numpy())
    # 2-D input with a 4-D weight keeps the channel axis.
    assert conv2d(x, k[None, None]).shape == (1, *ours.shape)
    assert conv2d(x[None], k).shape == (1, *ours.shape)


def test_scalar_bias_broadcasts_like_a_vector():
    rng = np.random.default_rng(1)
    x = rng.integers(-5, 6, size=(2, 5, 5)).astype(np.float64)
    w = rng.integers(-3, 4, size=(3, 2, 3, 3)).astype(np.float64)
    want = F.conv2d(
        torch.from_numpy(x)[None], torch.from_numpy(w), torch.full((3,), 2.0, dtype=torch.float64)
    )
    assert np.array_equal(conv2d(x, w, 2.0), want[0].numpy())
    assert np.array_equal(conv2d(x, w, [2.0]), want[0].numpy())


# --- "same" ------------------------------------------------------------------------------


@settings(max_examples=120, deadline=None)
@given(
    st.integers(1, 12),
    st.integers(1, 12),
    st.integers(1, 5),
    st.integers(1, 5),
    st.integers(1, 3),
    st.integers(1, 3),
    st.sampled_from(MODES),
    st.integers(0, 2**32 - 1),
)
def test_same_at_stride_one_equals_torch_same(h, w, kh, kw, dh, dw, mode, seed):
    """PyTorch's padding="same" (stride 1 only) puts the odd extra cell after, like TF."""
    rng = np.random.default_rng(seed)
    x = rng.integers(-5, 6, size=(2, h, w)).astype(np.float64)
    k = rng.integers(-3, 4, size=(3, 2, kh, kw)).astype(np.float64)
    if mode == "zeros":
        theirs = F.conv2d(
            torch.from_numpy(x)[None], torch.from_numpy(k), padding="same", dilation=(dh, dw)
        )[0].numpy()
        ours = conv2d(x, k, padding="same", dilation=(dh, dw))
        assert ours.shape == (3, h, w)
        assert np.array_equal(ours, theirs)
    # and the nn.Conv2d module, which supports padding_mode with "same"
    torch_mode = {
        "zeros": "zeros",
        "reflect": "reflect",
        "replicate": "replicate",
        "circular": "circular",
    }.get(mode)
    assume(torch_mode is not None)
    pads = (tf_same(h, kh, 1, dh), tf_same(w, kw, 1, dw))
    assume(pads_ok(pads, (h, w), mode))
    layer = torch.nn.Conv2d(
        2,
        3,
        (kh, kw),
        padding="same",
        dilation=(dh, dw),
        bias=False,
        padding_mode=torch_mode,
        dtype=torch.float64,
    )
    with torch.no_grad():
        layer.weight.copy_(torch.from_numpy(k))
        theirs = layer(torch.from_numpy(x)[None])[0].numpy()
    assert np.array_equal(
        conv2d(x, k, padding="same", dilation=(dh, dw), padding_mode=mode), theirs
    )


@pytest.mark.parametrize(
    ("n", "k", "s", "d", "pads"),
    [
        (6, 3, 2, 1, (0, 1)),
        (224, 7, 2, 1, (2, 3)),
        (5, 3, 1, 1, (1, 1)),
        (4, 4, 1, 1, (1, 2)),
        (7, 3, 3, 1, (1, 1)),
        (10, 3, 1, 2, (2, 2)),
        (1, 5, 1, 1, (2, 2)),
        (8, 1, 4, 1, (0, 0)),
        (9, 2, 4, 1, (0, 1)),
        (5, 4, 2, 3, (4, 5)),
    ],
)
def test_same_pads_known_values(n, k, s, d, pads):
    assert tf_same(n, k, s, d) == pads
    assert resolve_padding("same", (n, n), (k, k), s, d) == (pads, pads)


def test_same_pads_match_tf_formula_everywhere():
    for n in range(1, 19):
        for k in range(1, 8):
            for s in range(1, 5):
                for d in range(1, 4):
                    want = tf_same(n, k, s, d)
                    got = resolve_padding("same", (n, 3), (k, 1), (s, 1), (d, 1))
                    assert got[0] == want, (n, k, s, d)
                    # and the output really is ceil(n / s)
                    assert output_size(n, k, s, want, d) == -(-n // s)


def test_same_matches_torch_conv_with_explicit_tf_pads_at_stride_two():
    """At stride > 1 torch has no "same"; TF's pads then torch's conv must equal ours."""
    rng = np.random.default_rng(7)
    for n, k in [(6, 3), (7, 3), (224, 7), (9, 4), (10, 5)]:
        x = rng.integers(-5, 6, size=(1, n, n)).astype(np.float64)
        w = rng.integers(-3, 4, size=(2, 1, k, k)).astype(np.float64)
        before, after = tf_same(n, k, 2, 1)
        xp = F.pad(torch.from_numpy(x)[None], (before, after, before, after))
        theirs = F.conv2d(xp, torch.from_numpy(w), stride=2)[0].numpy()
        ours = conv2d(x, w, stride=2, padding="same")
        assert ours.shape[1:] == (-(-n // 2),) * 2
        assert np.array_equal(ours, theirs)


# --- padding-mode limits agree with torch ----------------------------------------------------


def torch_pad_raises(h, w, pads, mode) -> bool:
    (t, b), (lf, r) = pads
    try:
        F.pad(torch.zeros(1, 1, h, w, dtype=torch.float64), (lf, r, t, b), mode=mode)
    except (RuntimeError, ValueError, NotImplementedError):
        return True
    return False


@pytest.mark.parametrize("mode", ["reflect", "circular", "replicate"])
def test_mode_limits_match_torch(mode):
    checked = raised = 0
    for h in range(1, 5):
        for w in range(1, 5):
            for top in range(0, 6):
                for bottom in (0, top, top + 1):
                    for side in range(0, 6):
                        pads = ((top, bottom), (side, 0))
                        theirs = torch_pad_raises(h, w, pads, mode)
                        try:
                            pad_input(np.zeros((h, w)), 1, padding=pads, padding_mode=mode)
                            ours = False
                        except ConfigError:
                            ours = True
                        assert ours == theirs, (h, w, pads, mode)
                        checked += 1
                        raised += ours
    assert checked > 0
    if mode == "replicate":
        assert raised == 0
    else:
        assert raised > 0


def test_symmetric_limit_is_pad_at_most_size():
    """numpy.pad's "symmetric" would repeat further; we cap it like circular (pad ≤ size)."""
    for n in range(1, 6):
        for p in range(0, 9):
            ok = p <= n
            try:
                got = pad_input(
                    np.arange(float(n))[None].repeat(2, 0),
                    1,
                    padding=((0, 0), (p, p)),
                    padding_mode="symmetric",
                )
            except ConfigError:
                assert not ok, (n, p)
            else:
                assert ok, (n, p)
                want = np.pad(np.arange(float(n))[None].repeat(2, 0), ((0, 0), (p, p)), "symmetric")
                assert np.array_equal(got.array, want)


def test_reflect_limit_message_agrees_with_torch_boundary():
    x = np.zeros((3, 3))
    assert not torch_pad_raises(3, 3, ((2, 2), (2, 2)), "reflect")
    pad_input(x, 1, padding=2, padding_mode="reflect")
    assert torch_pad_raises(3, 3, ((3, 3), (3, 3)), "reflect")
    with pytest.raises(ConfigError, match=r"reflect padding of 3 .* height of at least 4"):
        pad_input(x, 1, padding=3, padding_mode="reflect")
