"""Compare mode's core: two settings on one input, their difference, windows and words."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError, ConvParams, conv2d
from convstudio.core.compare import Comparison, compare

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MODES = ("zeros", "constant", "reflect", "symmetric", "replicate", "circular")
X6 = np.array(
    [
        [3, 0, 1, 2, 7, 4],
        [1, 5, 8, 9, 3, 1],
        [2, 7, 2, 5, 1, 3],
        [0, 1, 3, 1, 7, 8],
        [4, 2, 1, 6, 2, 8],
        [2, 4, 5, 2, 3, 9],
    ],
    dtype=float,
)
EDGE = np.array([[1, 0, -1]] * 3, dtype=float)


def torch_or_skip():
    if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
        import torch

        return torch
    return pytest.importorskip("torch")


@st.composite
def side(draw) -> tuple[np.ndarray, ConvParams]:
    kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    kernel = np.array(draw(st.lists(st.integers(-3, 3), min_size=kh * kw, max_size=kh * kw)))
    padding = draw(
        st.one_of(
            st.sampled_from(["valid", "same", "full"]),
            st.integers(0, 3),
            st.tuples(
                st.tuples(st.integers(0, 3), st.integers(0, 3)),
                st.tuples(st.integers(0, 3), st.integers(0, 3)),
            ),
        )
    )
    params = ConvParams(
        stride=(draw(st.integers(1, 3)), draw(st.integers(1, 3))),
        padding=padding,
        dilation=(draw(st.integers(1, 2)), draw(st.integers(1, 2))),
        padding_mode=draw(st.sampled_from(MODES)),
        value=draw(st.integers(-2, 2)),
        flip=draw(st.booleans()),
    )
    return kernel.reshape(kh, kw).astype(float), params


def reference(x: np.ndarray, kernel: np.ndarray, p: ConvParams) -> np.ndarray:
    k = kernel[::-1, ::-1] if p.flip else kernel
    return conv2d(
        x,
        k,
        stride=p.stride,
        padding=p.padding,
        dilation=p.dilation,
        padding_mode=p.padding_mode,
        value=p.value,
    )


@FAST
@given(
    h=st.integers(1, 8),
    w=st.integers(1, 8),
    data=st.data(),
    a=side(),
    b=side(),
)
def test_difference_is_the_elementwise_difference_of_two_conv2d_calls(h, w, data, a, b) -> None:
    x = np.array(data.draw(st.lists(st.integers(0, 9), min_size=h * w, max_size=h * w)))
    x = x.reshape(h, w).astype(float)
    outs = []
    for name, (kernel, params) in (("A", a), ("B", b)):
        try:
            outs.append(reference(x, kernel, params))
        except ConfigError:
            with pytest.raises(ConfigError, match=f"^setting {name}: "):
                compare(x, *a, *b)
            return
    c = compare(x, *a, *b)
    (ha, wa), (hb, wb) = outs[0].shape, outs[1].shape
    oh, ow = min(ha, hb), min(wa, wb)
    expected = outs[1][:oh, :ow] - outs[0][:oh, :ow]
    np.testing.assert_array_equal(c.difference, expected)
    np.testing.assert_array_equal(c.differs, expected != 0)
    assert c.same_shape == (outs[0].shape == outs[1].shape)
    assert c.n_steps == max(ha * wa, hb * wb)
    assert c.n_different == int((expected != 0).sum())


@FAST
@given(data=st.data(), a=side(), b=side())
def test_windows_differ_matches_a_brute_force_comparison(data, a, b) -> None:
    x = np.arange(49.0).reshape(7, 7)
    try:
        c = compare(x, *a, *b)
    except ConfigError:
        return
    h, w = c.overlap
    for r in range(h):
        for col in range(w):
            cells = []
            for walk in (c.a, c.b):
                rows, cols = walk.window(r * walk.out_shape[1] + col)
                (top, _), (left, _) = walk.pads
                cells.append({(i - top, j - left) for i in rows for j in cols})
            assert c.windows_differ[r, col] == (cells[0] != cells[1]), (r, col)


def test_matches_pytorch_for_the_classic_pairs() -> None:
    torch = torch_or_skip()
    F = torch.nn.functional
    t = torch.from_numpy(X6)[None, None]
    k = torch.from_numpy(EDGE)[None, None]
    # PyTorch padding=1 against TensorFlow "same" (pad bottom/right only) at stride 2.
    c = compare(
        X6, EDGE, ConvParams(stride=2, padding=1), EDGE, ConvParams(stride=2, padding="same")
    )
    torch_a = F.conv2d(t, k, stride=2, padding=1)[0, 0].numpy()
    torch_b = F.conv2d(F.pad(t, (0, 1, 0, 1)), k, stride=2)[0, 0].numpy()
    np.testing.assert_array_equal(c.difference, torch_b - torch_a)
    # zeros against reflect.
    c = compare(
        X6, EDGE, ConvParams(padding=1), EDGE, ConvParams(padding=1, padding_mode="reflect")
    )
    reflect = F.conv2d(F.pad(t, (1, 1, 1, 1), mode="reflect"), k)[0, 0].numpy()
    np.testing.assert_array_equal(c.difference, reflect - F.conv2d(t, k, padding=1)[0, 0].numpy())
    # stride 1 against stride 2: different shapes, top-left block compared.
    c = compare(X6, EDGE, ConvParams(), EDGE, ConvParams(stride=2))
    s1, s2 = F.conv2d(t, k)[0, 0].numpy(), F.conv2d(t, k, stride=2)[0, 0].numpy()
    np.testing.assert_array_equal(c.difference, s2 - s1[:2, :2])


def test_torch_pad1_and_tf_same_have_one_shape_but_other_windows() -> None:
    c = compare(
        X6, EDGE, ConvParams(stride=2, padding=1), EDGE, ConvParams(stride=2, padding="same")
    )
    assert c.same_shape and c.overlap == (3, 3)
    assert c.windows_differ.all()
    assert c.shape_text("A") == (
        "A is 3×3 because ⌊(6 + 1 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3 (rows and columns alike)"
    )
    assert c.shape_text("B") == (
        "B is 3×3 because ⌊(6 + 0 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3 (rows and columns alike)"
    )
    assert c.summary().startswith("Both are 3×3, but the windows differ: at 9 of 9 positions")
    text = c.step_text(0)
    assert "A: output (0, 0)" in text and "reads rows −1 to 1, cols −1 to 1" in text
    assert "reads rows 0 to 2, cols 0 to 2" in text
    assert text.endswith("The windows read different input cells.")
    assert c.setting_differences() == ["padding"]


def test_zeros_against_reflect_says_the_padding_values_differ() -> None:
    c = compare(
        X6,
        EDGE,
        ConvParams(padding="same"),
        EDGE,
        ConvParams(padding="same", padding_mode="reflect"),
    )
    assert not c.windows_differ.any()
    n = c.n_different
    assert 0 < n < 36 and not c.differs[1:-1, 1:-1].any()  # only the border cells differ
    assert c.summary() == (
        f"Same 6×6 shape and the same windows; {n} of 36 cells differ because the padding "
        "holds other values (zeros against reflect)."
    )
    assert c.step_text(7).endswith("Both windows read the same input cells.")


def test_same_against_valid_explains_both_shapes_and_the_compared_block() -> None:
    c = compare(X6, EDGE, ConvParams(padding="same"), EDGE, ConvParams())
    assert not c.same_shape and c.overlap == (4, 4)
    assert c.shape_text("B").startswith("B is 4×4 because ⌊(6 + 0 + 0 − 1·(3 − 1) − 1) / 1⌋")
    assert c.summary().startswith(
        "A is 6×6 and B is 4×4: the shapes differ, so only the top-left 4×4 is compared"
    )


def test_rows_and_columns_are_explained_apart_when_they_differ() -> None:
    c = compare(X6, EDGE, ConvParams(stride=(1, 2)), EDGE, ConvParams())
    assert c.shape_text("A") == (
        "A is 4×2 because rows: ⌊(6 + 0 + 0 − 1·(3 − 1) − 1) / 1⌋ + 1 = 4; "
        "columns: ⌊(6 + 0 + 0 − 1·(3 − 1) − 1) / 2⌋ + 1 = 2"
    )


def test_identical_settings_and_kernel_or_flip_differences() -> None:
    same = compare(X6, EDGE, ConvParams(), EDGE, ConvParams())
    assert same.summary() == "A and B give the same 4×4 output: no cell differs."
    assert same.setting_differences() == []
    flipped = compare(X6, EDGE, ConvParams(), EDGE, ConvParams(flip=True))
    assert "one side flips the kernel" in flipped.summary()
    # A symmetric kernel flipped adds the same products: no cell may count as different.
    sym = np.array([[1.0, 2.0, 1.0]] * 3) / 7
    assert compare(X6, sym, ConvParams(), sym, ConvParams(flip=True)).n_different == 0
    kernels = compare(X6, EDGE, ConvParams(), -EDGE, ConvParams())
    assert "because the kernels differ" in kernels.summary()


def test_lock_step_clamps_the_shorter_walk() -> None:
    c = compare(X6, EDGE, ConvParams(), EDGE, ConvParams(stride=2))
    assert (c.a.n_steps, c.b.n_steps, c.n_steps) == (16, 4, 16)
    assert c.step_pair(0) == (0, 0)
    assert c.step_pair(3) == (3, 3)
    assert c.step_pair(10) == (10, 3)
    assert c.step_pair(15) == (15, 3)
    with pytest.raises(IndexError):
        c.step_pair(16)


def test_results_are_read_only() -> None:
    c = compare(X6, EDGE, ConvParams(), EDGE, ConvParams(padding="same"))
    for arr in (c.difference, c.differs, c.windows_differ):
        with pytest.raises(ValueError):
            arr[0, 0] = 1
    assert isinstance(c, Comparison)


def test_impossible_settings_name_the_side() -> None:
    x = np.ones((3, 3))
    with pytest.raises(
        ConfigError, match=r"^setting B: reflect padding of 3 needs an input height"
    ):
        compare(x, EDGE, ConvParams(), EDGE, ConvParams(padding=3, padding_mode="reflect"))
    with pytest.raises(ConfigError, match=r"^setting A: kernel 5×5 does not fit the padded input"):
        compare(x, np.ones((5, 5)), ConvParams(), EDGE, ConvParams())
    with pytest.raises(ConfigError, match=r"^setting A: stride must be at least 1, got 0"):
        compare(x, EDGE, ConvParams(stride=0), EDGE, ConvParams())
    with pytest.raises(ConfigError, match=r"^setting B: params must be a ConvParams"):
        compare(x, EDGE, ConvParams(), EDGE, {"stride": 2})


def test_pytorch_rejects_what_compare_rejects() -> None:
    torch = torch_or_skip()
    t = torch.ones(1, 1, 3, 3, dtype=torch.float64)
    with pytest.raises((RuntimeError, ValueError)):
        torch.nn.functional.pad(t, (3, 3, 3, 3), mode="reflect")
    with pytest.raises((RuntimeError, ValueError)):
        torch.nn.functional.conv2d(t, torch.ones(1, 1, 5, 5, dtype=torch.float64))
