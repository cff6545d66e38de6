"""The classic worked examples from lectures and textbooks, as plain tests."""

from __future__ import annotations

import numpy as np
import pytest

from convstudio.core import (
    ConvParams,
    Walk,
    conv2d,
    coverage,
    output_size,
    pad_input,
    resolve_padding,
    unreached,
)


def test_4x4_valid_3x3_ones_gives_2x2_window_sums():
    x = np.arange(16).reshape(4, 4)
    out = conv2d(x, np.ones((3, 3)))
    # 0+1+2+4+5+6+8+9+10 = 45, then one step right (+9), one step down (+36).
    assert out.tolist() == [[45.0, 54.0], [81.0, 90.0]]
    assert out.dtype == np.float64


def test_mnist_28x28_valid_3x3_gives_26x26():
    assert conv2d(np.zeros((28, 28)), np.ones((3, 3))).shape == (26, 26)
    assert output_size(28, 3) == 26


def test_6x6_with_one_ring_of_zeros_keeps_6x6():
    x = np.ones((6, 6))
    out = conv2d(x, np.ones((3, 3)), padding=1)
    assert out.shape == (6, 6)
    # a corner window sees 4 real cells, an edge window 6, an interior one 9
    assert out[0, 0] == 4 and out[0, 3] == 6 and out[3, 0] == 6 and out[2, 3] == 9
    padded = pad_input(x, 3, padding=1)
    assert padded.array.shape == (8, 8)
    assert padded.array[0].tolist() == [0.0] * 8
    assert padded.mask.sum() == 8 * 8 - 6 * 6


def test_20x20_through_3x3_5x5_7x7_valid_chain():
    x = np.ones((20, 20))
    sizes = []
    for k in (3, 5, 7):
        x = conv2d(x, np.ones((k, k)) / k**2)
        sizes.append(x.shape)
    assert sizes == [(18, 18), (14, 14), (8, 8)]
    assert np.allclose(x, 1.0)  # averaging kernels keep a constant image constant
    n = 20
    for k, want in ((3, 18), (5, 14), (7, 8)):
        n = output_size(n, k)
        assert n == want


@pytest.mark.parametrize(
    ("n", "k", "s", "pads", "out"), [(6, 3, 2, (0, 1), 3), (224, 7, 2, (2, 3), 112)]
)
def test_tf_same_padding_at_stride_two(n, k, s, pads, out):
    """Keras puts the odd extra pad cell at the bottom/right."""
    assert resolve_padding("same", (n, n), (k, k), s) == (pads, pads)
    assert output_size(n, k, s, pads) == out
    assert conv2d(np.zeros((n, n)), np.ones((k, k)), stride=s, padding="same").shape == (out, out)


def test_same_at_stride_one_keeps_the_size_and_full_grows_it():
    x = np.zeros((7, 5))
    assert conv2d(x, np.ones((3, 3)), padding="same").shape == (7, 5)
    assert conv2d(x, np.ones((4, 2)), padding="same").shape == (7, 5)
    assert resolve_padding("same", (7, 5), (4, 2)) == ((1, 2), (0, 1))
    assert conv2d(x, np.ones((3, 3)), padding="full").shape == (9, 7)
    assert resolve_padding("full", (7, 5), (3, 3), dilation=2) == ((4, 4), (4, 4))


def test_stride_and_dilation_output_sizes():
    assert output_size(7, 3, stride=2) == 3
    assert output_size(10, 3, dilation=2) == 6  # the 3×3 kernel spans 5 cells
    assert output_size(5, 3, stride=2, padding=1) == 3
    assert output_size(224, 7, 2, (3, 3)) == 112
    assert conv2d(np.zeros((10, 10)), np.ones((3, 3)), dilation=2).shape == (6, 6)


def test_coverage_valid_3x3_corners_1_centre_9():
    cov = coverage((5, 5), 3)
    assert cov.dtype.kind == "i"
    assert cov[0, 0] == cov[0, 4] == cov[4, 0] == cov[4, 4] == 1
    assert cov[2, 2] == 9
    assert cov.tolist() == np.outer([1, 2, 3, 2, 1], [1, 2, 3, 2, 1]).tolist()
    assert coverage((3, 3), 3).tolist() == [[1] * 3] * 3


def test_coverage_with_same_padding_is_9_everywhere_inside():
    cov = coverage((5, 5), 3, padding="same")
    assert cov[0, 0] == 4 and cov[0, 2] == 6 and cov[2, 2] == 9


def test_unreached_6x6_k3_s2_valid_misses_row_and_col_5():
    rows, cols = unreached((6, 6), 3, stride=2)
    assert rows.tolist() == [5] and cols.tolist() == [5]
    # "same" pads (0, 1) and reaches it
    rows, cols = unreached((6, 6), 3, stride=2, padding="same")
    assert rows.tolist() == [] and cols.tolist() == []


def test_unreached_stride_larger_than_kernel():
    """A 1×1 kernel with stride 2 reads only every other row and column."""
    rows, cols = unreached((5, 5), 1, stride=2)
    assert rows.tolist() == [1, 3] and cols.tolist() == [1, 3]
    cov = coverage((5, 5), 1, stride=2)
    assert cov.sum() == 9


def test_walk_of_the_4x4_example():
    walk = Walk(np.arange(16).reshape(4, 4), np.ones((3, 3)), ConvParams())
    assert walk.out_shape == (2, 2) and walk.n_steps == 4
    first = walk.step(0)
    assert first.values.tolist() == [[0, 1, 2], [4, 5, 6], [8, 9, 10]]
    assert first.total == 45.0
    last = walk.step(3)
    assert (last.out_row, last.out_col) == (1, 1) and last.total == 90.0
    assert walk.coverage()[1, 1] == 4 and walk.coverage()[0, 0] == 1


def test_true_convolution_of_an_impulse_reproduces_the_kernel():
    """flip=True is textbook convolution: δ ∗ k = k; cross-correlation gives k rotated."""
    k = np.arange(1, 10).reshape(3, 3)
    delta = np.array([[1.0]])
    assert conv2d(delta, k, padding="full", flip=True).tolist() == k.tolist()
    assert conv2d(delta, k, padding="full").tolist() == k[::-1, ::-1].tolist()


def test_sobel_on_a_vertical_edge():
    x = np.zeros((4, 6))
    x[:, 3:] = 1.0
    sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    out = conv2d(x, sobel_x)
    assert out.tolist() == [[0.0, 4.0, 4.0, 0.0]] * 2


def test_the_matrix_product_without_blas_gives_the_same_numbers(monkeypatch) -> None:
    # The standalone build bundles a numpy without BLAS, where conv uses einsum instead.
    from convstudio.core import conv

    rng = np.random.default_rng(5)
    x = rng.integers(-9, 10, (3, 17, 13)).astype(float)
    w = rng.integers(-3, 4, (4, 3, 3, 2)).astype(float)
    with_blas = conv.conv2d(x, w, stride=(2, 1), padding=1, dilation=(1, 2))
    monkeypatch.setattr(conv, "matmul", conv._einsum_matmul)
    np.testing.assert_array_equal(
        conv.conv2d(x, w, stride=(2, 1), padding=1, dilation=(1, 2)), with_blas
    )
    assert conv._blas_found()  # the test venv's numpy wheel has OpenBLAS


def test_a_blas_free_numpy_is_recognised(monkeypatch) -> None:
    from convstudio.core import conv

    def config(deps):
        return lambda mode="stdout": {"Build Dependencies": deps}

    monkeypatch.setattr(np, "show_config", config({"blas": {"name": "none"}}))
    assert not conv._blas_found()
    monkeypatch.setattr(np, "show_config", config({"blas": {"name": "openblas", "found": True}}))
    assert conv._blas_found()
