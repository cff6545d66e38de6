"""Layer stacks: shapes, padding, receptive fields, parameters and connections, against PyTorch.

Every stage's shape comes from actually chaining ``F.pad`` + ``F.conv2d`` /
``F.max_pool2d`` / ``F.avg_pool2d`` on a random tensor; the per-side pads of "same" are
written out here from TensorFlow's rule, not taken from convstudio. The receptive field
is measured with autograd: the gradient of one output cell with respect to the input,
through all-ones weights (no cancellation), is non-zero exactly on the cells that cell
depends on. Connections are counted in the layer's explicit dense matrix (its Jacobian,
built by pushing every one-hot input through torch).
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError
from convstudio.core.stack import build_summary, field_box, field_cells, summarize
from convstudio.core.stack_connect import axis_links, connectivity, stage_connectivity
from convstudio.core.stack_io import layer_to_dict, state_from_dict, state_to_dict
from convstudio.core.stack_layers import ConvLayer, PoolLayer, layer_title

if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") == "1":
    import torch
else:
    torch = pytest.importorskip("torch")

F = torch.nn.functional
torch.set_num_threads(1)
pytestmark = pytest.mark.oracle
CHECK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TORCH_ERRORS = (RuntimeError, ValueError, IndexError)


# --- the classic example -------------------------------------------------------------


def test_20x20_through_3_5_7_valid_and_same() -> None:
    for padding, sizes in (("valid", [18, 14, 8]), ("same", [20, 20, 20])):
        s = summarize((20, 20), [ConvLayer(k, padding=padding) for k in (3, 5, 7)])
        assert [st.out_shape for st in s.stages] == [(1, n, n) for n in sizes]
        assert [st.receptive_field for st in s.stages] == [(3, 3), (7, 7), (13, 13)]
        assert [st.jump for st in s.stages] == [(1, 1)] * 3
        assert [st.params for st in s.stages] == [10, 26, 50]
    same = summarize((20, 20), [ConvLayer(k, padding="same") for k in (3, 5, 7)])
    assert [st.pads for st in same.stages] == [((p, p), (p, p)) for p in (1, 2, 3)]
    assert same.stages[0].formulas[0] == "H_out = ⌊(20 + 1 + 1 − 1·(3 − 1) − 1) / 1⌋ + 1 = 20"
    valid = summarize((20, 20), [ConvLayer(k) for k in (3, 5, 7)])
    assert valid.stages[2].formulas[1] == "W_out = ⌊(14 + 0 + 0 − 1·(7 − 1) − 1) / 1⌋ + 1 = 8"
    # The centre output cell of the same stack sees 13×13 cells of the input.
    assert field_box(same, 3, 10, 10)[0] == ((4, 16), (4, 16))


def test_pooling_stride_and_dilation_grow_the_jump() -> None:
    layers = [ConvLayer(3), PoolLayer("max", 2), ConvLayer(3, dilation=2), PoolLayer("avg", 3, 3)]
    s = summarize((1, 32, 32), layers)
    assert [st.out_shape[1] for st in s.stages] == [30, 15, 11, 3]
    # r: 1 → 3 → 3+1·1 = 4 → 4 + 4·2 = 12 → 12 + 2·2 = 16; j: 1, 1, 2, 2, 6
    assert [st.receptive_field[0] for st in s.stages] == [3, 4, 12, 16]
    assert [st.jump[0] for st in s.stages] == [1, 2, 2, 6]
    assert s.stages[1].formulas[0] == "H_out = ⌊(30 + 2·0 − 2) / 2⌋ + 1 = 15"
    assert s.stages[1].kind == "max" and s.stages[1].params == 0


def test_ceil_mode_says_when_pytorch_drops_the_last_window() -> None:
    s = summarize((5, 5), [PoolLayer("max", 2, 2, padding=1, ceil_mode=True)])
    assert s.stages[0].out_shape == (1, 3, 3)
    assert "⌈(5 + 2·1 − 2) / 2⌉ + 1 − 1 = 3" in s.stages[0].formulas[0]


# --- impossible layers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("layers", "number", "words"),
    [
        ([ConvLayer(7), ConvLayer(9)], 2, r"layer 2 \(conv 9×9.*does not fit the padded input 4×4"),
        ([ConvLayer(3, padding=10, padding_mode="reflect")], 1, r"layer 1 .*reflect padding of 10"),
        ([PoolLayer("max", 2), PoolLayer("avg", 3, padding=2)], 2, r"layer 2 .*more than half"),
        ([ConvLayer(3), PoolLayer("max", 11)], 2, r"layer 2 .*would be empty"),
        ([ConvLayer(0)], 1, r"layer 1: kernel size must be at least 1"),
        ([PoolLayer("median", 2)], 1, r"layer 1: unknown pooling 'median'"),
        ([ConvLayer(3, out_channels=0)], 1, r"layer 1: out_channels must be a whole number"),
        ([ConvLayer(3), "dense"], 2, r"layer 2: a stack holds ConvLayer and PoolLayer"),
    ],
)
def test_an_impossible_layer_is_named_and_the_good_prefix_kept(layers, number, words) -> None:
    summary = build_summary((10, 10), layers)
    assert summary.failed_layer == number and not summary.ok
    assert len(summary.stages) == number - 1
    assert summary.error is not None
    with pytest.raises(ConfigError, match=words):
        summarize((10, 10), layers)


def test_bad_input_shapes_raise() -> None:
    for shape, words in (
        ((0, 5), "input size \\(height\\) must be at least 1"),
        ((1, 2, 3, 4), "must be \\(height, width\\) or \\(channels, height, width\\)"),
        ((0, 4, 4), "input channels must be a whole number of channels"),
        ("20x20", "must be \\(height, width\\)"),
    ):
        with pytest.raises(ConfigError, match=words):
            build_summary(shape, [])


# --- PyTorch as the oracle for every stage's shape -----------------------------------


def tf_same(n: int, k: int, s: int, d: int) -> tuple[int, int]:
    out = (n + s - 1) // s
    total = max((out - 1) * s + (k - 1) * d + 1 - n, 0)
    return total // 2, total - total // 2


def torch_pads(layer: ConvLayer, h: int, w: int) -> list[tuple[int, int]]:
    """Per-side pads written out independently of convstudio."""
    p, (kh, kw), (sh, sw), (dh, dw) = layer.padding, layer.kernel, layer.stride, layer.dilation
    if p == "valid":
        return [(0, 0), (0, 0)]
    if p == "same":
        return [tf_same(h, kh, sh, dh), tf_same(w, kw, sw, dw)]
    if p == "full":
        return [(dh * (kh - 1),) * 2, (dw * (kw - 1),) * 2]
    if isinstance(p, int):
        return [(p, p), (p, p)]
    return [tuple(p[0]), tuple(p[1])]


def torch_layer(t, layer, *, ones: bool = False, avg_for_max: bool = False):
    if isinstance(layer, PoolLayer):
        args = dict(kernel_size=layer.kernel, stride=layer.stride, padding=layer.padding)
        if layer.op == "avg" or avg_for_max:
            return F.avg_pool2d(t, ceil_mode=layer.ceil_mode, **args)
        return F.max_pool2d(t, ceil_mode=layer.ceil_mode, **args)
    (top, bottom), (left, right) = torch_pads(layer, t.shape[2], t.shape[3])
    mode = {"zeros": "constant"}.get(layer.padding_mode, layer.padding_mode)
    t = F.pad(t, (left, right, top, bottom), mode=mode)
    c_in, c_out = t.shape[1], layer.out_channels or t.shape[1]
    conv = torch.nn.Conv2d(c_in, c_out, layer.kernel, layer.stride, 0, layer.dilation, bias=False)
    weight = torch.ones_like(conv.weight) if ones else conv.weight.detach()
    return F.conv2d(t, weight.double(), stride=layer.stride, dilation=layer.dilation)


def torch_shapes(shape, layers) -> tuple[list[tuple[int, ...]], int | None]:
    """Every stage's (C, H, W) from running the chain; the 1-based layer torch refuses."""
    t = torch.rand((1, *shape), dtype=torch.float64)
    shapes = []
    for number, layer in enumerate(layers, start=1):
        try:
            t = torch_layer(t, layer)
        except TORCH_ERRORS:
            return shapes, number
        if 0 in t.shape:
            return shapes, number
        shapes.append(tuple(t.shape[1:]))
    return shapes, None


pairs = st.tuples(st.integers(1, 4), st.integers(1, 4))
explicit = st.tuples(
    st.tuples(st.integers(0, 3), st.integers(0, 3)), st.tuples(*[st.integers(0, 3)] * 2)
)
conv_layers = st.builds(
    ConvLayer,
    kernel=pairs,
    stride=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    padding=st.one_of(st.sampled_from(["valid", "same", "full"]), st.integers(0, 3), explicit),
    dilation=st.tuples(st.integers(1, 2), st.integers(1, 2)),
    padding_mode=st.sampled_from(["zeros", "reflect", "replicate", "circular"]),
    out_channels=st.one_of(st.none(), st.integers(1, 3)),
    bias=st.booleans(),
)
pool_layers = st.builds(
    PoolLayer,
    op=st.sampled_from(["max", "avg"]),
    kernel=pairs,
    stride=st.one_of(st.none(), st.tuples(st.integers(1, 3), st.integers(1, 3))),
    padding=st.tuples(st.integers(0, 2), st.integers(0, 2)),
    ceil_mode=st.booleans(),
)
stacks = st.lists(st.one_of(conv_layers, pool_layers), min_size=1, max_size=4)
shapes = st.tuples(st.integers(1, 2), st.integers(1, 14), st.integers(1, 14))


@CHECK
@given(shape=shapes, layers=stacks)
def test_every_stage_has_the_shape_pytorch_gives(shape, layers) -> None:
    summary = build_summary(shape, layers)
    expected, refused = torch_shapes(shape, [layer.checked() for layer in layers])
    assert [s.out_shape for s in summary.stages] == expected
    assert summary.failed_layer == refused
    event("refused" if refused else "every layer works")
    for stage in summary.stages:
        assert stage.in_shape == (summary.shapes()[stage.number - 1])


@CHECK
@given(shape=shapes, layers=stacks)
def test_parameters_are_what_nn_conv2d_holds(shape, layers) -> None:
    summary = build_summary(shape, layers)
    for stage in summary.stages:
        layer = stage.layer
        if isinstance(layer, PoolLayer):
            assert stage.params == 0
            continue
        c_in = stage.in_shape[0]
        conv = torch.nn.Conv2d(c_in, stage.out_shape[0], layer.kernel, bias=layer.bias)
        assert stage.params == sum(p.numel() for p in conv.parameters())


# --- the receptive field, measured with autograd -------------------------------------

zero_convs = conv_layers.map(lambda c: ConvLayer(**{**c.__dict__, "padding_mode": "zeros"}))
zero_stacks = st.lists(st.one_of(zero_convs, pool_layers), min_size=1, max_size=3)


def one_channel(layer):
    if isinstance(layer, PoolLayer):
        return layer
    return ConvLayer(**{**layer.__dict__, "out_channels": 1})


def gradient_mask(shape, layers, number: int, row: int, col: int) -> np.ndarray:
    """Non-zero cells of d out[row, col] / d input, one channel, all-ones weights."""
    x = torch.rand((1, 1, *shape[1:]), dtype=torch.float64, requires_grad=True)
    t = x
    for layer in layers[:number]:
        t = torch_layer(t, one_channel(layer), ones=True, avg_for_max=True)
    t[0, 0, row, col].backward()
    return (x.grad[0, 0] != 0).numpy()


@CHECK
@given(shape=shapes, layers=zero_stacks, data=st.data())
def test_receptive_field_is_where_the_gradient_reaches(shape, layers, data) -> None:
    summary = build_summary((1, *shape[1:]), layers)
    if not summary.stages:
        return
    number = data.draw(st.integers(1, len(summary.stages)), label="stage")
    _, h, w = summary.stages[number - 1].out_shape
    row, col = data.draw(st.integers(0, h - 1)), data.draw(st.integers(0, w - 1))
    rows, cols = field_cells(summary, number, row, col)[0]
    got = gradient_mask(summary.input_shape, [s.layer for s in summary.stages], number, row, col)
    np.testing.assert_array_equal(np.outer(rows, cols), got)


@CHECK
@given(
    shape=st.tuples(st.just(1), st.integers(8, 30), st.integers(8, 30)),
    layers=st.lists(
        st.one_of(
            st.builds(ConvLayer, kernel=pairs, stride=pairs, dilation=pairs),
            st.builds(PoolLayer, kernel=pairs, stride=st.one_of(st.none(), pairs)),
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_without_padding_every_cell_sees_the_recurrences_field(shape, layers) -> None:
    summary = build_summary(shape, layers)
    for stage in summary.stages:
        _, h, w = stage.out_shape
        for row, col in ((0, 0), (h - 1, w - 1), (h // 2, w // 2)):
            box = field_box(summary, stage.number, row, col)[0]
            assert (box[0][1] - box[0][0] + 1, box[1][1] - box[1][0] + 1) == stage.receptive_field
            got = gradient_mask(shape, [s.layer for s in summary.stages], stage.number, row, col)
            r, c = np.flatnonzero(got.any(axis=1)), np.flatnonzero(got.any(axis=0))
            assert (r[-1] - r[0] + 1, c[-1] - c[0] + 1) == stage.receptive_field


# --- connections: the explicit dense matrix ------------------------------------------


def dense_matrix(h: int, w: int, layer: ConvLayer) -> tuple[np.ndarray, tuple[int, int]]:
    """The conv's (out cells × in cells) matrix, from every one-hot input through torch."""
    eye = torch.eye(h * w, dtype=torch.float64).reshape(h * w, 1, h, w)
    out = torch_layer(eye, one_channel(layer), ones=True)
    return out.reshape(h * w, -1).T.numpy(), tuple(out.shape[2:])


@CHECK
@given(h=st.integers(1, 9), w=st.integers(1, 9), layer=zero_convs, c_in=st.integers(1, 3))
def test_connections_are_the_non_zero_entries_of_the_dense_matrix(h, w, layer, c_in) -> None:
    layer = layer.checked()
    try:
        conn = connectivity(
            (h, w),
            layer.kernel,
            layer.stride,
            layer.padding,
            layer.dilation,
            c_in=c_in,
            c_out=layer.out_channels or 1,
            bias=layer.bias,
        )
    except ConfigError:
        with pytest.raises(TORCH_ERRORS):
            dense_matrix(h, w, layer)
        return
    matrix, out_hw = dense_matrix(h, w, layer)
    c_out = layer.out_channels or 1
    assert conn.out_shape == (c_out, *out_hw) and conn.in_shape == (c_in, h, w)
    # Every (in, out) channel pair repeats the single-channel pattern.
    assert conn.connections == c_in * c_out * int(np.count_nonzero(matrix))
    dense = torch.nn.Linear(c_in * h * w, conn.out_cells, bias=layer.bias)
    assert conn.dense_params == sum(p.numel() for p in dense.parameters())
    assert conn.dense_connections == dense.weight.numel()
    conv = torch.nn.Conv2d(c_in, c_out, layer.kernel, bias=layer.bias)
    assert conn.params == sum(p.numel() for p in conv.parameters())


def test_the_sentence_for_a_same_3x3_on_20x20() -> None:
    conn = connectivity((20, 20), 3, padding="same")
    assert (conn.weights, conn.dense_weights, conn.connections) == (9, 160_000, 3364)
    text = conn.sentences()[0]
    assert "A dense layer would need 160,000 weights; this convolution shares 9 of them" in text
    stage = summarize((20, 20), [ConvLayer(3, padding="same"), PoolLayer("max", 2)]).stages
    assert stage_connectivity(stage[0]) == conn and stage_connectivity(stage[1]) is None


@given(
    n=st.integers(1, 40),
    k=st.integers(1, 6),
    s=st.integers(1, 4),
    d=st.integers(1, 3),
    before=st.integers(0, 6),
    n_out=st.integers(1, 40),
)
@CHECK
def test_axis_links_counts_taps_on_real_cells(n, k, s, d, before, n_out) -> None:
    taps = np.arange(n_out)[:, None] * s - before + np.arange(k)[None, :] * d
    assert axis_links(n, k, s, d, before, n_out) == int(((taps >= 0) & (taps < n)).sum())


# --- the state dict ------------------------------------------------------------------


def test_a_stack_round_trips_through_its_dict() -> None:
    layers = [
        ConvLayer((3, 5), (1, 2), ((1, 0), (2, 2)), (1, 2), "reflect", 8, False).checked(),
        PoolLayer("avg", 3, 2, 1, True).checked(),
        ConvLayer(3, padding="same").checked(),
    ]
    data = state_to_dict((3, 20, 24), layers, True)
    assert state_from_dict(data) == ((3, 20, 24), layers, True)
    assert layer_to_dict(layers[1])["type"] == "avg"
    assert (
        layer_title(layers[0])
        == "conv 3×5 · stride 1×2 · pad 1,0,2,2 (reflect) · dilation 1×2 · 8 filters"
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"input": [1, 0, 5]}, r"'input\[1:\]' must be two whole numbers from 1 to 64"),
        ({"input": [20, 20]}, r"'input' must be \[channels, height, width\]"),
        ({"layers": "conv"}, r"'layers' must be a list"),
        ({"layers": [{"type": "dense", "kernel": [3, 3]}]}, r"'layers\[0\].type' must be conv"),
        ({"layers": [{"type": "conv"}]}, r"'layers\[0\]' has no \"kernel\""),
        (
            {"layers": [{"type": "conv", "kernel": [3, 3], "padding": "half"}]},
            r"layers\[0\].padding",
        ),
        (
            {"layers": [{"type": "max", "kernel": [2, 2], "dilation": [1, 1]}]},
            r"unknown key \"dilation\"",
        ),
        ({"layers": [{"type": "conv", "kernel": [12, 3]}]}, r"from 1 to 11, found \[12, 3\]"),
        ({"pair": 1}, r"'pair' must be true or false"),
        ({"zoom": 2}, r"unknown key \"zoom\""),
    ],
)
def test_bad_state_dicts_are_refused(change, words) -> None:
    data = {**state_to_dict((1, 20, 20), [ConvLayer(3).checked()], False), **change}
    with pytest.raises(ConfigError, match=words):
        state_from_dict(data)
