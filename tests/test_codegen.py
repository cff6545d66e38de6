"""The generated PyTorch and Keras code computes exactly what convstudio shows.

PyTorch code is run for real (``exec`` in a fresh namespace). TensorFlow/Keras
cannot be installed here, so the Keras code is run against a small numpy stand-in
written below from the documented semantics (channels-last NHWC, TensorFlow's
"same" rule derived again here, ``strides``/``dilation_rate``, ``tf.pad`` modes,
Keras' refusal of strides > 1 with dilation_rate > 1). Integer data keep every
sum exact, so results must match ``conv2d`` bit for bit.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import subprocess
import sys
import types
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convstudio.core import ConfigError, ConvParams, conv2d
from convstudio.core.codegen import input_csv, keras_code, torch_code
from convstudio.core.padding import same_pads

PADDINGS = ("valid", "same", "full", 1, (2, 1), ((0, 2), (1, 0)), ((1, 0), (0, 2)))
MODES = (
    ("zeros", 0.0),
    ("constant", 0.0),
    ("constant", 2.5),
    ("reflect", 0.0),
    ("symmetric", 0.0),
    ("replicate", 0.0),
    ("circular", 0.0),
)
STRIDES = ((1, 1), (2, 1), (2, 3))
DILATIONS = ((1, 1), (2, 1), (1, 2))
RNG = np.random.default_rng(7)
X = RNG.integers(0, 10, size=(6, 7)).astype(float)
K = RNG.integers(-2, 3, size=(3, 2)).astype(float)  # even width: "same" pads unevenly


def expected(x: np.ndarray, k: np.ndarray, p: ConvParams) -> np.ndarray:
    return conv2d(
        x,
        k,
        stride=p.stride,
        padding=p.padding,
        dilation=p.dilation,
        padding_mode=p.padding_mode,
        value=p.value,
        flip=p.flip,
    )


def all_params() -> list[ConvParams]:
    out = []
    for pad, (mode, value), s, d, flip in itertools.product(
        PADDINGS, MODES, STRIDES, DILATIONS, (False, True)
    ):
        out.append(ConvParams(s, pad, d, mode, value, flip))
    return out


def run(code: str) -> tuple[dict[str, Any], str]:
    """Execute a snippet in a fresh namespace; return the namespace and what it printed."""
    ns: dict[str, Any] = {"__name__": "__snippet__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<snippet>", "exec"), ns)
    return ns, out.getvalue()


# --- a numpy stand-in for tensorflow / keras -------------------------------------------


class FakeTensor(np.ndarray):
    """An eager tensor: a numpy array with ``.numpy()``."""

    def numpy(self) -> np.ndarray:
        return np.array(self)


def _tensor(a: Any) -> FakeTensor:
    return np.asarray(a, dtype=np.float64).view(FakeTensor)


def tf_same(n: int, k: int, s: int, d: int) -> tuple[int, int]:
    """TensorFlow's "SAME" from its documentation: out = ceil(n/s), extra cell at the end."""
    out = -(-n // s)
    total = max((out - 1) * s + (k - 1) * d + 1 - n, 0)
    return total // 2, total - total // 2


def tf_pad(tensor: Any, paddings: Any, mode: str = "CONSTANT", constant_values: float = 0):
    a = np.asarray(tensor, dtype=np.float64)
    pads = [tuple(int(v) for v in p) for p in paddings]
    mode = mode.upper()  # tf.pad accepts any case
    for (before, after), n in zip(pads, a.shape, strict=True):
        # Documented limits: REFLECT needs pad < size, SYMMETRIC pad <= size.
        if mode == "REFLECT" and max(before, after) >= n:
            raise ValueError("REFLECT padding must be less than the dimension size")
        if mode == "SYMMETRIC" and max(before, after) > n:
            raise ValueError("SYMMETRIC padding must be at most the dimension size")
    if mode == "CONSTANT":
        return _tensor(np.pad(a, pads, mode="constant", constant_values=constant_values))
    return _tensor(np.pad(a, pads, mode={"REFLECT": "reflect", "SYMMETRIC": "symmetric"}[mode]))


def _pair(v: Any) -> tuple[int, int]:
    return (v, v) if isinstance(v, int) else tuple(v)


class Conv2D:
    """keras.layers.Conv2D for channels-last input, valid/same padding, no bias."""

    def __init__(
        self,
        filters: int,
        kernel_size: Any,
        strides: Any = (1, 1),
        padding: str = "valid",
        dilation_rate: Any = (1, 1),
        use_bias: bool = True,
        dtype: str | None = None,
    ) -> None:
        self.filters, self.k = filters, _pair(kernel_size)
        self.s, self.d = _pair(strides), _pair(dilation_rate)
        self.padding, self.use_bias = padding.lower(), use_bias
        if self.padding not in ("valid", "same"):
            raise ValueError(f"padding must be valid or same, got {padding}")
        if max(self.s) > 1 and max(self.d) > 1:
            raise ValueError("`strides > 1` not supported in conjunction with `dilation_rate > 1`")
        self.kernel: np.ndarray | None = None

    def build(self, input_shape: tuple) -> None:
        self.kernel = np.zeros((*self.k, input_shape[-1], self.filters))

    def set_weights(self, weights: list) -> None:
        assert self.kernel is not None, "set_weights before build: Keras has no variables yet"
        assert len(weights) == 1 + self.use_bias
        w = np.asarray(weights[0], dtype=np.float64)
        assert w.shape == self.kernel.shape, (w.shape, self.kernel.shape)
        self.kernel = w

    def __call__(self, x: Any) -> FakeTensor:
        x = np.asarray(x, dtype=np.float64)
        assert x.ndim == 4 and x.shape[-1] == self.kernel.shape[2], "expects NHWC"
        (kh, kw), (sh, sw), (dh, dw) = self.k, self.s, self.d
        if self.padding == "same":
            pt, pl = tf_same(x.shape[1], kh, sh, dh), tf_same(x.shape[2], kw, sw, dw)
            x = np.pad(x, ((0, 0), pt, pl, (0, 0)))
        n, hp, wp, _ = x.shape
        ho, wo = (hp - dh * (kh - 1) - 1) // sh + 1, (wp - dw * (kw - 1) - 1) // sw + 1
        out = np.zeros((n, ho, wo, self.filters))
        for i, j in itertools.product(range(ho), range(wo)):
            for a, b in itertools.product(range(kh), range(kw)):
                out[:, i, j, :] += x[:, i * sh + a * dh, j * sw + b * dw, :] @ self.kernel[a, b]
        return _tensor(out)


class ZeroPadding2D:
    def __init__(self, padding: Any = (1, 1), dtype: str | None = None) -> None:
        if isinstance(padding, int):
            padding = ((padding, padding), (padding, padding))
        elif all(isinstance(p, int) for p in padding):
            padding = ((padding[0],) * 2, (padding[1],) * 2)
        self.pads = tuple(tuple(p) for p in padding)

    def __call__(self, x: Any) -> FakeTensor:
        return _tensor(np.pad(np.asarray(x), ((0, 0), *self.pads, (0, 0))))


class Lambda:
    def __init__(self, function: Any, dtype: str | None = None) -> None:
        self.function = function

    def __call__(self, x: Any) -> FakeTensor:
        return _tensor(self.function(_tensor(x)))


def fake_tensorflow() -> types.ModuleType:
    tf = types.ModuleType("tensorflow")
    tf.pad = tf_pad
    tf.reverse = lambda t, axis: _tensor(np.flip(np.asarray(t), axis=tuple(axis)))
    tf.concat = lambda values, axis: _tensor(np.concatenate([np.asarray(v) for v in values], axis))
    tf.repeat = lambda t, repeats, axis: _tensor(np.repeat(np.asarray(t), repeats, axis=axis))
    keras = types.ModuleType("tensorflow.keras")
    keras.layers = types.SimpleNamespace(Conv2D=Conv2D, ZeroPadding2D=ZeroPadding2D, Lambda=Lambda)
    tf.keras = keras
    return tf


@pytest.fixture
def fake_tf(monkeypatch) -> types.ModuleType:
    tf = fake_tensorflow()
    monkeypatch.setitem(sys.modules, "tensorflow", tf)
    return tf


def test_fake_tf_follows_the_documented_examples():
    t = [[1, 2, 3], [4, 5, 6]]
    # The examples in tf.pad's documentation.
    assert tf_pad(t, [[1, 1], [2, 2]]).tolist()[0] == [0] * 7
    assert np.asarray(tf_pad(t, [[1, 1], [2, 2]], "REFLECT")).tolist() == [
        [6, 5, 4, 5, 6, 5, 4],
        [3, 2, 1, 2, 3, 2, 1],
        [6, 5, 4, 5, 6, 5, 4],
        [3, 2, 1, 2, 3, 2, 1],
    ]
    assert np.asarray(tf_pad(t, [[1, 1], [2, 2]], "SYMMETRIC")).tolist() == [
        [2, 1, 1, 2, 3, 3, 2],
        [2, 1, 1, 2, 3, 3, 2],
        [5, 4, 4, 5, 6, 6, 5],
        [5, 4, 4, 5, 6, 6, 5],
    ]
    with pytest.raises(ValueError, match="dilation_rate"):
        Conv2D(1, 3, strides=2, dilation_rate=2)
    # The test's own "same" rule agrees with the core's wherever both apply.
    for n, k, s, d in itertools.product(range(1, 9), range(1, 5), range(1, 4), range(1, 4)):
        assert tf_same(n, k, s, d) == same_pads(n, k, s, d)


# --- PyTorch ---------------------------------------------------------------------------


def _torch_output(code: str) -> tuple[np.ndarray, str]:
    ns, printed = run(code)
    return ns["y"][0, 0].numpy(), printed


@pytest.mark.oracle
@pytest.mark.filterwarnings("ignore:Using padding=.same.:UserWarning")
def test_torch_code_matches_conv2d_for_every_setting():
    if os.environ.get("CONVSTUDIO_REQUIRE_TORCH") != "1":
        pytest.importorskip("torch")
    checked = 0
    for p in all_params():
        try:
            want = expected(X, K, p)
        except ConfigError:
            with pytest.raises(ConfigError):
                torch_code(X, K, p)
            continue
        got, printed = _torch_output(torch_code(X, K, p))
        assert np.array_equal(got, want), p
        assert printed.startswith("tensor(")
        checked += 1
    assert checked > 700  # only the few impossible reflect/dilation combinations are skipped


@pytest.mark.oracle
def test_torch_code_keeps_non_integer_values_exactly():
    pytest.importorskip("torch")
    x = np.array([[0.1, 1 / 3, 2.675], [-7.25, 1e-9, 3.0], [4.5, 5.0, 6.125]])
    k = np.full((2, 2), 1 / 9)
    p = ConvParams(padding="same", padding_mode="reflect")
    got, _ = _torch_output(torch_code(x, k, p))
    np.testing.assert_allclose(got, expected(x, k, p), rtol=1e-15, atol=1e-15)


@pytest.mark.oracle
def test_torch_code_reads_the_input_from_a_csv_file(tmp_path):
    pytest.importorskip("torch")
    x = np.arange(30, dtype=float).reshape(5, 6) / 7
    path = tmp_path / "in put.csv"
    path.write_text(input_csv(x))
    np.testing.assert_array_equal(np.loadtxt(path, delimiter=",", ndmin=2), x)
    p = ConvParams(stride=2, padding="full", padding_mode="circular")
    code = torch_code(x, K, p, input_file=str(path))
    assert "np.loadtxt(" in code and "0.14285714285714285" not in code
    got, _ = _torch_output(code)
    np.testing.assert_allclose(got, expected(x, K, p), rtol=1e-14)


# --- Keras -----------------------------------------------------------------------------


def test_keras_code_matches_conv2d_for_every_setting(fake_tf):
    checked = 0
    for p in all_params():
        try:
            want = expected(X, K, p)
        except ConfigError:
            continue
        ns, printed = run(keras_code(X, K, p))
        got = np.asarray(ns["y"])[0, :, :, 0]
        assert np.array_equal(got, want), p
        assert printed.startswith("[[")
        checked += 1
    assert checked > 700


def test_keras_code_reads_the_input_from_a_csv_file(fake_tf, tmp_path):
    path = tmp_path / "input.csv"
    path.write_text(input_csv(X))
    p = ConvParams(stride=(2, 1), dilation=2, padding="same", padding_mode="symmetric")
    ns, _ = run(keras_code(X, K, p, input_file=str(path)))
    assert np.array_equal(np.asarray(ns["y"])[0, :, :, 0], expected(X, K, p))


@pytest.mark.parametrize(
    ("params", "present", "absent"),
    [
        (ConvParams(padding="same", stride=2), ['padding="same"', "strides=(2, 2)"], ["pad ="]),
        (
            ConvParams(padding="same", dilation=(2, 1)),
            ['padding="same"', "dilation_rate=(2, 1)"],
            ["ZeroPadding2D"],
        ),
        (ConvParams(padding=((0, 2), (1, 0))), ["ZeroPadding2D(((0, 2), (1, 0))"], []),
        (ConvParams(padding="full"), ["ZeroPadding2D(((2, 2), (1, 1))", '"full"'], []),
        (
            ConvParams(padding=1, padding_mode="reflect"),
            ['tf.pad(t, [[0, 0], [1, 1], [1, 1], [0, 0]], mode="REFLECT")', "Lambda("],
            ["ZeroPadding2D"],
        ),
        (ConvParams(padding=(2, 1), padding_mode="symmetric"), ['mode="SYMMETRIC"'], []),
        (
            ConvParams(padding=1, padding_mode="constant", value=-1.5),
            ['mode="CONSTANT", constant_values=-1.5'],
            [],
        ),
        (ConvParams(padding=(1, 0), padding_mode="replicate"), ["tf.repeat(", "tf.concat("], []),
        (ConvParams(padding=(0, 2), padding_mode="circular"), ["t[:, :, -2:]", "t[:, :, :2]"], []),
        (
            ConvParams(stride=(2, 3), dilation=2, padding="same"),
            ["strides=(1, 1)", "dilation_rate=(2, 2)", "y[:, ::2, ::3, :]", "ZeroPadding2D"],
            ['padding="same",'],
        ),
        (ConvParams(flip=True), ["tf.reverse(w, axis=[0, 1])", "180°"], []),
    ],
)
def test_keras_code_uses_the_expected_layers(params, present, absent):
    code = keras_code(X, K, params)
    compile(code, "<keras>", "exec")
    assert "keras.layers.Conv2D(" in code and "use_bias=False" in code
    for text in present:
        assert text in code
    for text in absent:
        assert text not in code


@pytest.mark.parametrize(
    ("params", "present", "absent"),
    [
        (ConvParams(padding="valid"), ['padding="valid"'], ["F.pad", "numpy"]),
        (ConvParams(padding="same"), ['padding="same"'], ["F.pad"]),
        (
            ConvParams(padding="same", padding_mode="reflect"),
            ['padding="same"', 'padding_mode="reflect"'],
            ["F.pad"],
        ),
        (ConvParams(padding="same", stride=2), ["F.pad(x, (0, 1, 0, 1))", "stride 1"], []),
        (
            ConvParams(padding="same", stride=(1, 2)),
            ["x = F.pad(x, (0, 1, 1, 1))", "padding=0,"],
            ['padding="same",'],
        ),
        (
            ConvParams(padding=((0, 2), (1, 0)), padding_mode="replicate"),
            ['x = F.pad(x, (1, 0, 0, 2), mode="replicate")'],
            [],
        ),
        (
            ConvParams(padding=1, padding_mode="constant", value=2.5),
            ['F.pad(x, (1, 1, 1, 1), mode="constant", value=2.5)'],
            [],
        ),
        (ConvParams(padding=1, padding_mode="symmetric"), ["np.pad(", 'mode="symmetric"'], []),
        (ConvParams(padding=(2, 1), padding_mode="circular"), ['padding_mode="circular"'], []),
        (ConvParams(flip=True), ["torch.flip(w, dims=(-2, -1))", "180°"], []),
    ],
)
def test_torch_code_uses_the_expected_calls(params, present, absent):
    code = torch_code(X, K, params)
    compile(code, "<torch>", "exec")
    assert "nn.Conv2d(" in code and "bias=False" in code and "conv.weight.data" in code
    for text in present:
        assert text in code
    for text in absent:
        assert text not in code


def test_torch_code_gives_even_same_amounts_to_nn_conv2d():
    # TF "same" at stride 2 pads a 7×7 input evenly for a 3×3 kernel: plain amounts suffice.
    code = torch_code(np.ones((7, 7)), np.ones((3, 3)), ConvParams(padding="same", stride=2))
    assert "padding=(1, 1)" in code and "F.pad" not in code
    assert "only allows stride 1" in code


def test_code_embeds_the_values_and_says_what_it_does():
    code = torch_code(X, K, ConvParams(padding="same"))
    assert "# Input 6×7, kernel 3×2, stride 1×1, dilation 1×1 → output 6×7." in code
    assert "top 1, bottom 1, left 0, right 1" in code
    for row in X.astype(int):
        assert ", ".join(str(v) for v in row) in code.replace("  ", " ")


def test_impossible_settings_raise_config_error():
    with pytest.raises(ConfigError, match="reflect"):
        torch_code(X, K, ConvParams(padding=6, padding_mode="reflect"))
    with pytest.raises(ConfigError, match="does not fit"):
        keras_code(X, np.ones((9, 9)), ConvParams())
    with pytest.raises(ConfigError, match="ConvParams"):
        keras_code(X, K, {"stride": 2})


# --- random settings -------------------------------------------------------------------

_pad = st.one_of(
    st.sampled_from(["valid", "same", "full"]),
    st.integers(0, 3),
    st.tuples(st.integers(0, 3), st.integers(0, 3)),
    st.tuples(
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.integers(0, 3), st.integers(0, 3)),
    ),
)
_params = st.builds(
    ConvParams,
    stride=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    padding=_pad,
    dilation=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    padding_mode=st.sampled_from([m for m, _ in MODES]),
    value=st.integers(-3, 3).map(float),
    flip=st.booleans(),
)
_arrays = st.tuples(st.integers(1, 7), st.integers(1, 7), st.integers(1, 4), st.integers(1, 4))
RANDOM = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@RANDOM
@given(sizes=_arrays, params=_params, seed=st.integers(0, 2**16))
def test_random_settings_keras(sizes, params, seed):
    rng = np.random.default_rng(seed)
    x = rng.integers(-9, 10, size=sizes[:2]).astype(float)
    k = rng.integers(-3, 4, size=sizes[2:]).astype(float)
    try:
        want = expected(x, k, params)
    except ConfigError:
        with pytest.raises(ConfigError):
            keras_code(x, k, params)
        return
    tf = fake_tensorflow()
    saved = sys.modules.get("tensorflow")
    sys.modules["tensorflow"] = tf
    try:
        ns, _ = run(keras_code(x, k, params))
    finally:
        if saved is None:
            del sys.modules["tensorflow"]
        else:
            sys.modules["tensorflow"] = saved
    assert np.array_equal(np.asarray(ns["y"])[0, :, :, 0], want)


@pytest.mark.oracle
@pytest.mark.filterwarnings("ignore:Using padding=.same.:UserWarning")
@RANDOM
@given(sizes=_arrays, params=_params, seed=st.integers(0, 2**16))
def test_random_settings_torch(sizes, params, seed):
    pytest.importorskip("torch")
    rng = np.random.default_rng(seed)
    x = rng.integers(-9, 10, size=sizes[:2]).astype(float)
    k = rng.integers(-3, 4, size=sizes[2:]).astype(float)
    try:
        want = expected(x, k, params)
    except ConfigError:
        return
    got, _ = _torch_output(torch_code(x, k, params))
    assert np.array_equal(got, want)


def test_codegen_imports_no_gui_modules():
    probe = (
        "import sys, convstudio.core.codegen as c; c.torch_code([[1.0]], [[1.0]], "
        "c.ConvParams()); print(sorted(m for m in sys.modules if m.startswith(('PySide6', "
        "'pyqtgraph', 'PIL'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"


# --- the Code dialog (View → Show code) ------------------------------------------------


@pytest.fixture
def window(qtbot):
    from convstudio.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def code_dialog(win):
    from convstudio.code_ui import CodeDialog

    dialog = win.findChild(CodeDialog)
    assert dialog is not None
    return dialog


def test_show_code_action_toggles_the_dialog(window, qtbot):
    from PySide6 import QtCore, QtGui

    action = window.findChild(QtGui.QAction, "showCodeAction")
    assert action in window.view_menu.actions()
    assert action.shortcut().toString() == "Ctrl+K"
    dialog = code_dialog(window)
    assert not dialog.isVisible()
    action.trigger()
    assert dialog.isVisible() and action.isChecked()
    walk = window.controller.walk
    assert dialog.code("PyTorch") == torch_code(walk.input, walk.kernel, walk.params)
    assert dialog.code("Keras") == keras_code(walk.input, walk.kernel, walk.params)
    qtbot.keyClick(dialog, QtCore.Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not action.isChecked()
    action.trigger()
    dialog.activateWindow()
    qtbot.keyClick(dialog, QtCore.Qt.Key.Key_K, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and not action.isChecked()


def test_code_is_monospace_and_zooms(window):
    from PySide6 import QtGui

    dialog = code_dialog(window)
    editor = dialog._editors["PyTorch"]
    metrics = QtGui.QFontMetricsF(editor.font())
    assert metrics.horizontalAdvance("iiii") == metrics.horizontalAdvance("MMMM")
    size = editor.font().pointSizeF()
    assert size >= window.font().pointSizeF()
    dialog.zoom(3)
    assert editor.font().pointSizeF() > size
    assert dialog._editors["Keras"].font().pointSizeF() == editor.font().pointSizeF()


def test_code_follows_the_settings(window):
    dialog, c = code_dialog(window), window.controller
    dialog.show()
    c.set_params(ConvParams(stride=(2, 2), padding=((0, 1), (2, 0)), padding_mode="reflect"))
    assert 'x = F.pad(x, (2, 0, 0, 1), mode="reflect")' in dialog._editors["PyTorch"].toPlainText()
    dialog.hide()
    c.set_params(ConvParams(padding="full", flip=True))
    assert "torch.flip" in dialog.code("PyTorch")  # written when asked for, not while hidden


def test_copy_puts_the_code_on_the_clipboard(window):
    from PySide6 import QtGui

    dialog = code_dialog(window)
    dialog.copy("Keras")
    assert QtGui.QGuiApplication.clipboard().text() == dialog.code("Keras")
    assert dialog._copy_buttons["Keras"].text() == "Copied ✓"


@pytest.mark.oracle
@pytest.mark.filterwarnings("ignore:Using padding=.same.:UserWarning")
def test_dialog_code_prints_the_numbers_on_screen(window):
    pytest.importorskip("torch")
    c = window.controller
    c.set_params(ConvParams(stride=(2, 1), padding="same", padding_mode="replicate", flip=True))
    got, _ = _torch_output(code_dialog(window).code("PyTorch"))
    np.testing.assert_array_equal(got, window.output_view.values())


def test_big_input_is_read_from_a_csv_file(window, tmp_path, monkeypatch, fake_tf):
    c, dialog = window.controller, code_dialog(window)
    c.set_input_values(np.arange(100 * 90).reshape(100, 90) % 256, kind="image")
    dialog.show()
    assert "convstudio_input.csv" in dialog.code("PyTorch")
    assert dialog._save_csv.isVisible() and "9,000 values" in dialog._note.text()
    assert dialog.save_csv(tmp_path / "my input.csv")
    assert (tmp_path / "my input.csv").read_text() == input_csv(c.walk.input)
    code = dialog.code("Keras")
    assert 'np.loadtxt("my input.csv"' in code and len(code) < 3000
    monkeypatch.chdir(tmp_path)
    ns, _ = run(code)
    np.testing.assert_array_equal(np.asarray(ns["y"])[0, :, :, 0], window.output_view.values())
