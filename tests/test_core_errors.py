"""Every impossible or malformed setting raises ConfigError, saying what, the numbers and a fix.

The last tests throw random junk at every public entry point and accept only
success or ConfigError: no TypeError, IndexError, OverflowError, MemoryError …
may escape for bad input.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from convstudio.core import (
    ConfigError,
    ConvParams,
    Walk,
    conv2d,
    coverage,
    output_size,
    pad_input,
    resolve_padding,
    unreached,
)

FIX_WORDS = re.compile(r"\b(use|add|give|replace|convert|reshape|pass|build)\b")

X = np.arange(16.0).reshape(4, 4)
K = np.ones((3, 3))


def config_error(fn, *fragments: str) -> str:
    """Call ``fn``; it must raise ConfigError whose message holds every fragment and a fix."""
    with pytest.raises(ConfigError) as info:
        fn()
    msg = str(info.value)
    for fragment in fragments:
        assert fragment in msg, f"{fragment!r} not in {msg!r}"
    assert FIX_WORDS.search(msg) or "must be" in msg, f"no fix in {msg!r}"
    assert isinstance(info.value, ValueError)
    return msg


# --- output smaller than 1×1 ----------------------------------------------------------------


def test_kernel_larger_than_input():
    msg = config_error(
        lambda: conv2d(np.zeros((4, 4)), np.ones((5, 5))),
        "kernel 5×5 does not fit the padded input 4×4",
        "add padding of at least 1",
    )
    assert "output would be empty" in msg


def test_dilated_kernel_larger_than_padded_input():
    config_error(
        lambda: conv2d(np.zeros((6, 6)), np.ones((3, 3)), dilation=3, padding=0),
        "kernel 3×3 (dilated to 7×7)",
        "padded input 6×6",
        "add padding of at least 1",
    )
    config_error(
        lambda: conv2d(np.zeros((2, 9)), np.ones((3, 3)), dilation=(2, 1), padding=1),
        "dilated to 5×3",
        "padded input 4×11",
        "(input 2×9)",
        "at least 1",
    )
    config_error(
        lambda: conv2d(np.zeros((3, 3)), np.ones((9, 9))),
        "kernel 9×9",
        "padded input 3×3",
        "add padding of at least 3",
    )


def test_output_size_and_coverage_and_walk_report_the_same():
    config_error(lambda: output_size(4, 5), "kernel 5×5", "padded input 4×4", "at least 1")
    config_error(lambda: coverage((4, 4), 5), "kernel 5×5", "padded input 4×4")
    config_error(lambda: unreached((4, 4), 5), "kernel 5×5")
    config_error(lambda: Walk(np.zeros((4, 4)), np.ones((5, 5))), "kernel 5×5", "4×4")
    # one more pad each side and it fits
    assert output_size(4, 5, padding=1) == 2


# --- stride, dilation, groups ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["stride", "dilation"])
@pytest.mark.parametrize(
    ("bad", "fragments"),
    [
        (0, ["must be at least 1", "got 0", "use 1 or more"]),
        (-2, ["must be at least 1", "got -2"]),
        (2.0, ["whole number", "2.0", "float"]),
        ("2", ["whole number", "'2'", "str"]),
        (True, ["whole number", "True", "bool"]),
        (None, ["whole number", "None"]),
        ((1, 0), ["(width) must be at least 1", "got 0"]),
        ((1.5, 1), ["(height) must be a whole number", "1.5"]),
        ((1, 2, 3), ["pair (height, width)", "got 3 values"]),
        (np.timedelta64("NaT"), ["whole number", "timedelta64"]),
        (np.timedelta64(2, "s"), ["whole number", "timedelta64"]),
        (2**31, ["more than the largest supported value 2147483647"]),
        (10**40, ["more than the largest supported value"]),
    ],
)
def test_bad_stride_and_dilation(name, bad, fragments):
    config_error(lambda: conv2d(X, K, **{name: bad}), name, *fragments)
    config_error(lambda: Walk(X, K, ConvParams(**{name: bad})), name, *fragments)
    config_error(lambda: coverage((4, 4), 3, **{name: bad}), name, *fragments)
    config_error(lambda: resolve_padding("same", (4, 4), (3, 3), **{name: bad}), name)


@pytest.mark.parametrize("bad", [0, 2.0, 4, True, "1", None])
def test_bad_one_axis_stride_in_output_size(bad):
    if bad == 4:
        assert output_size(5, 3, stride=4) == 1
        return
    config_error(lambda: output_size(5, 3, stride=bad), "stride")


def test_groups():
    x = np.zeros((4, 5, 5))
    config_error(lambda: conv2d(x, np.ones((6, 4, 3, 3)), groups=0), "groups", "at least 1")
    config_error(lambda: conv2d(x, np.ones((6, 4, 3, 3)), groups=2.0), "groups", "whole number")
    config_error(
        lambda: conv2d(x, np.ones((6, 1, 3, 3)), groups=3),
        "groups=3 must divide the 4 input channels",
        "use a divisor of 4",
    )
    config_error(
        lambda: conv2d(x, np.ones((3, 2, 3, 3)), groups=2),
        "groups=2 must divide the 3 output channels",
        "use a divisor of 3",
    )
    config_error(
        lambda: conv2d(x, np.ones((6, 1, 3, 3)), groups=2),
        "expects 1 input channel(s) per group × 2 group(s) = 2",
        "input has 4 channel(s)",
        "give the weight shape (6, 2, kh, kw)",
    )


def test_channel_mismatch():
    config_error(
        lambda: conv2d(np.zeros((3, 5, 5)), np.ones((8, 2, 3, 3))),
        "expects 2 input channel(s)",
        "the input has 3 channel(s)",
        "give the weight shape (8, 3, kh, kw)",
    )
    config_error(  # a 2-D kernel means one input channel
        lambda: conv2d(np.zeros((3, 5, 5)), np.ones((3, 3))),
        "input has 3 channel(s)",
        "(1, 3, kh, kw)",
    )


def test_bias_mismatch():
    config_error(
        lambda: conv2d(np.zeros((1, 5, 5)), np.ones((2, 1, 3, 3)), bias=[1.0, 2.0, 3.0]),
        "bias has 3 values but there are 2 output channels",
        "give one bias per filter",
    )
    config_error(
        lambda: conv2d(X, K, bias=np.ones((1, 1))), "bias must be 1-D", "2-D array of shape (1, 1)"
    )
    config_error(lambda: conv2d(X, K, bias=[]), "bias is empty", "shape (0,)")
    config_error(lambda: conv2d(X, K, bias="1"), "bias must contain numbers only", "text")
    config_error(lambda: conv2d(X, K, bias=[[1], [1, 2]]), "bias")
    config_error(lambda: Walk(X, K, bias=[1.0]), "bias must be a number", "[1.0]")
    config_error(lambda: Walk(X, K, bias=None), "bias must be a number", "None")


# --- padding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "fragments"),
    [
        (-1, ["padding cannot be negative, got -1", "use 0 or more"]),
        ((1, -2), ["padding (width) cannot be negative, got -2"]),
        (((0, -1), (0, 0)), ["padding bottom cannot be negative, got -1"]),
        (((0, 0), (-3, 0)), ["padding left cannot be negative, got -3"]),
        (np.int64(-4), ["cannot be negative, got -4"]),
    ],
)
def test_negative_padding(bad, fragments):
    config_error(lambda: conv2d(X, K, padding=bad), *fragments)
    config_error(lambda: resolve_padding(bad, (4, 4), (3, 3)), *fragments)
    config_error(lambda: coverage((4, 4), 3, padding=bad), *fragments)
    config_error(lambda: Walk(X, K, ConvParams(padding=bad)), *fragments)


def test_negative_padding_in_output_size():
    config_error(lambda: output_size(5, 3, padding=-1), "padding must be at least 0", "got -1")
    config_error(lambda: output_size(5, 3, padding=(0, -2)), "padding (after)", "got -2")
    config_error(lambda: output_size(5, 3, padding=(1, 2, 3)), "pair (before, after)", "3 values")
    config_error(lambda: output_size(5, 3, padding="same"), "padding", "whole number")
    # found by the fuzz test: ragged and odd sequences must not reach numpy
    config_error(lambda: output_size(1, 1, 1, (None, [])), "padding (before)", "None")
    config_error(lambda: output_size(5, 3, padding=np.eye(2)), "padding (before)", "array")
    assert output_size(5, 3, padding=np.array(1)) == 5


@pytest.mark.parametrize(
    ("bad", "fragments"),
    [
        ("half", ["unknown padding 'half'", "valid, same, full"]),
        ("", ["unknown padding ''"]),
        (b"same", ["padding must be a whole number"]),
        (1.5, ["padding must be a whole number", "1.5"]),
        (True, ["whole number", "True"]),
        (None, ["whole number", "None"]),
        ((1, 2, 3), ["(ph, pw) or ((top, bottom), (left, right))", "got 3 values"]),
        ((1, 2, 3, 4), ["got 4 values"]),
        (((1, 2, 3), (0, 0)), ["padding top/bottom must be a pair", "got 3 values"]),
        (((1, 2), 3), ["padding (height) must be a whole number"]),
        (("same", 1), ["padding (height) must be a whole number", "'same'"]),
        ({"top": 1}, ["whole number"]),
        (2**40, ["more than the largest supported value"]),
    ],
)
def test_malformed_padding(bad, fragments):
    config_error(lambda: conv2d(X, K, padding=bad), *fragments)
    config_error(lambda: resolve_padding(bad, (4, 4), (3, 3)), *fragments)
    config_error(lambda: pad_input(X, 3, padding=bad), *fragments)


def test_padding_names_are_case_and_space_insensitive():
    assert resolve_padding(" SAME ", (6, 6), (3, 3), 2) == ((0, 1), (0, 1))
    assert conv2d(X, K, padding="Valid").shape == (2, 2)


def test_resolve_padding_checks_sizes():
    config_error(lambda: resolve_padding(0, (0, 4), (3, 3)), "input size (height)", "at least 1")
    config_error(lambda: resolve_padding(0, (4, 4), "3"), "kernel size", "whole number")
    config_error(lambda: resolve_padding(0, (4, 4, 4), (3, 3)), "input size", "got 3 values")


@pytest.mark.parametrize("bad", ["mirror", "zero", "", None, 3, "wrap", "edge"])
def test_unknown_padding_mode(bad):
    frags = [f"unknown padding mode {bad!r}", "zeros, constant, reflect, symmetric"]
    config_error(lambda: conv2d(X, K, padding=1, padding_mode=bad), *frags)
    config_error(lambda: pad_input(X, 3, padding=1, padding_mode=bad), *frags)
    config_error(lambda: Walk(X, K, ConvParams(padding_mode=bad)), *frags)


def test_reflect_pad_must_be_smaller_than_the_axis():
    x = np.zeros((3, 5))
    msg = config_error(
        lambda: conv2d(x, K, padding=3, padding_mode="reflect"),
        "reflect padding of 3 needs an input height of at least 4, but it is 3",
        "use padding ≤ 2",
    )
    assert "replicate or zeros" in msg
    config_error(
        lambda: conv2d(x, K, padding=((0, 0), (5, 0)), padding_mode="reflect"),
        "reflect padding of 5",
        "width of at least 6, but it is 5",
        "padding ≤ 4",
    )
    config_error(
        lambda: Walk(
            np.zeros((1, 4)), np.ones((1, 1)), ConvParams(padding=1, padding_mode="reflect")
        ),
        "reflect padding of 1 needs an input height of at least 2, but it is 1",
    )
    assert conv2d(x, K, padding=2, padding_mode="reflect").shape == (5, 7)


@pytest.mark.parametrize("mode", ["symmetric", "circular"])
def test_symmetric_and_circular_pad_at_most_the_axis(mode):
    x = np.zeros((3, 5))
    config_error(
        lambda: conv2d(x, K, padding=4, padding_mode=mode),
        f"{mode} padding of 4 is larger than the input height 3",
        "use padding ≤ 3",
    )
    config_error(
        lambda: pad_input(x, 1, padding=((0, 0), (0, 6)), padding_mode=mode),
        f"{mode} padding of 6 is larger than the input width 5",
        "padding ≤ 5",
    )
    assert conv2d(x, K, padding=3, padding_mode=mode).shape == (7, 9)


def test_padded_input_too_large():
    config_error(
        lambda: conv2d(X, K, padding=10**5),
        "padded input (200004×200004",
        "would hold 40,001,600,016 values",
        "use less padding",
    )
    config_error(
        lambda: pad_input(np.zeros((3, 4, 4)), 1, padding=(9000, 9000)),
        "18004×18004",
        "972,432,048 values",
    )
    assert pad_input(np.zeros((3, 4, 4)), 1, padding=(9000, 0)).array.shape == (3, 18004, 4)
    config_error(lambda: Walk(X, K, ConvParams(padding=10**6)), "use less padding")
    config_error(lambda: coverage((10**5, 10**5), 3), "coverage map of a 100000×100000 input")


# --- bad numbers and arrays ------------------------------------------------------------------


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_and_inf(bad):
    x = X.copy()
    x[1, 2] = bad
    config_error(lambda: conv2d(x, K), "input contains NaN or infinity", "(1, 2)", "replace")
    w = np.ones((2, 1, 3, 3))
    w[1, 0, 2, 0] = bad
    config_error(lambda: conv2d(X, w), "weight contains NaN or infinity", "(1, 0, 2, 0)")
    config_error(lambda: conv2d(X, K, bias=bad), "bias contains NaN or infinity")
    config_error(
        lambda: conv2d(X, K, padding=1, padding_mode="constant", value=bad),
        "padding value must be a finite number",
    )
    config_error(lambda: Walk(x, K), "input contains NaN")
    config_error(lambda: Walk(X, K, bias=bad), "bias must be a finite number")
    config_error(lambda: Walk(X, K, ConvParams(value=bad)), "padding value")
    config_error(lambda: pad_input(x, 3), "input contains NaN")


def test_value_must_be_a_real_number():
    config_error(lambda: conv2d(X, K, value="0"), "padding value must be a number", "'0'")
    config_error(lambda: conv2d(X, K, value=None), "padding value must be a number")
    config_error(lambda: conv2d(X, K, value=1j), "padding value must be a number")
    config_error(lambda: conv2d(X, K, value=True), "padding value must be a number")
    config_error(lambda: conv2d(X, K, value=10**400), "too large for a float64")
    assert conv2d(X, K, padding=1, padding_mode="constant", value=Fraction(1, 2))[0, 0] == 12.5


@pytest.mark.parametrize(
    ("x", "fragments"),
    [
        (np.zeros((0, 3)), ["input is empty", "shape (0, 3)", "at least 1"]),
        (np.zeros((2, 3, 0)), ["input is empty", "(2, 3, 0)"]),
        ([], ["input must be 2-D (H, W) or 3-D (C, H, W), got a 1-D array of shape (0,)"]),
        (np.zeros(5), ["got a 1-D array of shape (5,)", "reshape"]),
        (np.zeros((1, 1, 4, 4)), ["got a 4-D array"]),
        (3.0, ["got a 0-D array"]),
        ("abc", ["input must contain numbers only", "text"]),
        ([["1", "2"], ["3", "4"]], ["numbers only", "text"]),
        ([[1, 2], [3]], ["not a rectangular array", "same length"]),
        ([[1, None], [3, 4]], ["numbers only"]),
        (None, ["numbers only"]),
        ({"a": 1}, ["numbers only"]),
        (np.ones((3, 3)) * 1j, ["real numbers, not complex", "x.real"]),
        ([[1 + 2j, 0], [0, 0]], ["complex"]),
        ([[10**400, 0], [0, 0]], ["numbers only", "too large for float64"]),
        ([[1, None], [3, 4]], ["numbers only", "None", "index (0, 1)"]),
        (np.ones((3, 3), dtype="m8[s]"), ["numbers only", "timedelta64"]),
        (np.array([[b"1"]]), ["numbers only", "text"]),
    ],
)
def test_bad_input_arrays(x, fragments):
    config_error(lambda: conv2d(x, K), *fragments)
    config_error(lambda: pad_input(x, 3), *fragments)


@pytest.mark.parametrize(
    ("w", "fragments"),
    [
        (np.zeros((0, 3)), ["weight is empty"]),
        (np.zeros((2, 1, 0, 3)), ["weight is empty"]),
        (
            np.ones((1, 3, 3)),
            [
                "weight must be 2-D (H, W) or 4-D (C_out, C_in/groups, kh, kw)",
                "3-D array of shape (1, 3, 3)",
            ],
        ),
        (np.ones(3), ["weight must be", "1-D"]),
        ([["a"]], ["weight must contain numbers only"]),
        ([[1, 2], [3]], ["weight is not a rectangular array"]),
        (np.ones((3, 3), dtype=complex), ["weight must hold real numbers"]),
    ],
)
def test_bad_weights(w, fragments):
    config_error(lambda: conv2d(X, w), *fragments)


def test_walk_needs_2d_arrays_and_conv_params():
    config_error(lambda: Walk(np.zeros((1, 4, 4)), K), "input must be 2-D (H, W)", "3-D")
    config_error(lambda: Walk(X, np.ones((1, 1, 3, 3))), "kernel must be 2-D (H, W)", "4-D")
    config_error(lambda: Walk(X, K, "same"), "params must be a ConvParams, got str")
    config_error(lambda: Walk(X, K, {"stride": 1}), "got dict", "ConvParams(")
    config_error(lambda: Walk(X, K, ConvParams(flip="yes")), "flip must be True or False", "'yes'")
    config_error(lambda: Walk(X, K, ConvParams(padding="half")), "unknown padding 'half'")


def test_flip_must_be_a_bool():
    config_error(lambda: conv2d(X, K, flip=1), "flip must be True or False", "got 1")
    config_error(lambda: conv2d(X, K, flip="no"), "flip must be True or False", "'no'")
    assert conv2d(X, K, flip=np.bool_(True)).shape == (2, 2)


def test_sizes_in_output_size_and_coverage():
    config_error(lambda: output_size(0, 3), "input size must be at least 1", "got 0")
    config_error(lambda: output_size(5, 0), "kernel size must be at least 1")
    config_error(lambda: output_size(5.0, 3), "input size must be a whole number", "5.0")
    config_error(lambda: coverage((5, 0), 3), "input size (width) must be at least 1")
    config_error(lambda: coverage((5, 5), (3, 3, 3)), "kernel size", "got 3 values")
    config_error(lambda: pad_input(X, "3"), "kernel size must be a whole number")
    config_error(lambda: pad_input(X, 0), "kernel size must be at least 1")


def test_numpy_scalars_and_0d_arrays_are_accepted_where_ints_are():
    assert conv2d(X, K, stride=np.int32(2), padding=np.array(1), dilation=np.array(1)).shape == (
        2,
        2,
    )
    assert output_size(np.int64(5), np.uint8(3), padding=np.array([1, 1])) == 5
    assert coverage(np.array([4, 4]), np.int16(3)).shape == (4, 4)


def test_error_is_a_value_error_for_stdlib_callers():
    with pytest.raises(ValueError):
        conv2d(X, K, stride=0)


# --- fuzz: junk in, ConfigError or a result out ------------------------------------------------

big_ints = st.sampled_from([2**31 - 1, 2**31, 2**63, 10**30, -(10**30), -(2**63)])
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 6),
    big_ints,
    st.floats(allow_nan=True, allow_infinity=True),
    st.complex_numbers(max_magnitude=10),
    st.text(max_size=4),
    st.sampled_from(
        [
            "valid",
            "same",
            "full",
            "zeros",
            "reflect",
            "circular",
            "symmetric",
            "constant",
            "replicate",
            "2",
            "nan",
        ]
    ),
    st.binary(max_size=3),
    st.fractions(max_denominator=4).filter(lambda f: abs(f) < 10),
    st.sampled_from(
        [
            np.int64(2),
            np.uint8(1),
            np.float32(1.5),
            np.bool_(True),
            np.nan,
            math.inf,
            np.int64(-1),
            object(),
            Ellipsis,
            10**400,
        ]
    ),
)
dtypes = st.sampled_from(
    [
        np.float64,
        np.float32,
        np.float16,
        np.int64,
        np.uint8,
        np.bool_,
        np.complex128,
        np.dtype("<U2"),
        np.dtype("m8[s]"),
        np.dtype("M8[s]"),
        np.dtype("S2"),
    ]
)
arrays = dtypes.flatmap(
    lambda dt: hnp.arrays(dt, hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=4))
)
junk = st.recursive(
    st.one_of(scalars, arrays),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.tuples(inner),
        st.dictionaries(st.text(max_size=2), inner, max_size=2),
        st.frozensets(st.integers(-2, 4), max_size=3),
    ),
    max_leaves=8,
)
small_arrays = hnp.arrays(
    np.float64,
    hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=6),
    elements=st.floats(-10, 10, allow_nan=False),
)
small_3d = hnp.arrays(
    np.float64,
    hnp.array_shapes(min_dims=3, max_dims=3, min_side=1, max_side=4),
    elements=st.integers(-3, 3).map(float),
)
weights = st.one_of(
    hnp.arrays(
        np.float64,
        hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=4),
        elements=st.integers(-3, 3).map(float),
    ),
    hnp.arrays(
        np.float64,
        hnp.array_shapes(min_dims=4, max_dims=4, min_side=1, max_side=3),
        elements=st.integers(-3, 3).map(float),
    ),
)
ints_or_pairs = st.one_of(st.integers(0, 4), st.tuples(st.integers(0, 4), st.integers(0, 4)))
paddings = st.one_of(
    ints_or_pairs,
    st.sampled_from(["valid", "same", "full"]),
    st.tuples(
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
    ),
)
modes = st.sampled_from(["zeros", "constant", "reflect", "symmetric", "replicate", "circular"])


def maybe(good):
    """Half the time a plausible value (so deeper checks are reached), half the time junk."""
    return st.one_of(good, junk)


FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)


def only_config_errors(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except ConfigError as exc:
        assert str(exc)  # a message, always
    # anything else propagates and fails the test


@FUZZ
@given(
    x=maybe(st.one_of(small_arrays, small_3d)),
    w=maybe(weights),
    bias=maybe(st.none()),
    stride=maybe(ints_or_pairs),
    padding=maybe(paddings),
    dilation=maybe(ints_or_pairs),
    groups=maybe(st.integers(1, 3)),
    mode=maybe(modes),
    value=maybe(st.floats(-2, 2)),
    flip=maybe(st.booleans()),
)
def test_fuzz_conv2d(x, w, bias, stride, padding, dilation, groups, mode, value, flip):
    only_config_errors(
        conv2d,
        x,
        w,
        bias,
        stride=stride,
        padding=padding,
        dilation=dilation,
        groups=groups,
        padding_mode=mode,
        value=value,
        flip=flip,
    )


@FUZZ
@given(
    x=maybe(st.one_of(small_arrays, small_3d)),
    k=maybe(ints_or_pairs),
    stride=maybe(ints_or_pairs),
    padding=maybe(paddings),
    dilation=maybe(ints_or_pairs),
    mode=maybe(modes),
    value=maybe(st.floats(-2, 2)),
)
def test_fuzz_pad_input(x, k, stride, padding, dilation, mode, value):
    only_config_errors(
        pad_input,
        x,
        k,
        stride=stride,
        padding=padding,
        dilation=dilation,
        padding_mode=mode,
        value=value,
    )


@FUZZ
@given(
    size=maybe(ints_or_pairs),
    k=maybe(ints_or_pairs),
    stride=maybe(ints_or_pairs),
    padding=maybe(paddings),
    dilation=maybe(ints_or_pairs),
)
def test_fuzz_coverage_unreached_resolve_padding(size, k, stride, padding, dilation):
    only_config_errors(coverage, size, k, stride, padding, dilation)
    only_config_errors(unreached, size, k, stride, padding, dilation)
    only_config_errors(resolve_padding, padding, size, k, stride, dilation)


@FUZZ
@given(
    n=maybe(st.integers(1, 9)),
    k=maybe(st.integers(1, 5)),
    stride=maybe(st.integers(1, 3)),
    padding=maybe(st.one_of(st.integers(0, 3), st.tuples(st.integers(0, 3), st.integers(0, 3)))),
    dilation=maybe(st.integers(1, 3)),
)
def test_fuzz_output_size(n, k, stride, padding, dilation):
    only_config_errors(output_size, n, k, stride, padding, dilation)


@FUZZ
@given(
    x=maybe(small_arrays),
    k=maybe(weights),
    stride=maybe(ints_or_pairs),
    padding=maybe(paddings),
    dilation=maybe(ints_or_pairs),
    mode=maybe(modes),
    value=maybe(st.floats(-2, 2)),
    flip=maybe(st.booleans()),
    bias=maybe(st.floats(-2, 2)),
    junk_params=st.one_of(st.none(), junk),
)
def test_fuzz_walk(x, k, stride, padding, dilation, mode, value, flip, bias, junk_params):
    params = ConvParams(
        stride=stride, padding=padding, dilation=dilation, padding_mode=mode, value=value, flip=flip
    )
    try:
        walk = Walk(x, k, params, bias=bias)
    except ConfigError:
        pass
    else:  # a walk that was built must step and map without surprises
        for i in (0, walk.n_steps - 1):
            step = walk.step(i)
            walk.receptive_field(step.out_row, step.out_col)
            walk.outputs_fed_by(int(step.rows[0]), int(step.cols[-1]))
        walk.tap_footprint(0, 0)
        walk.coverage()
        walk.unreached()
    if junk_params is not None:
        only_config_errors(Walk, x, k, junk_params, bias=bias)
