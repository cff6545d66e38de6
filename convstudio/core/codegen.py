"""PyTorch and Keras code for the current layer that prints the numbers convstudio shows.

Pure string building. The snippets embed the kernel and (unless told to read a CSV
file) the input values, compute in float64 like convstudio, and where a framework
cannot express a setting directly they pad explicitly first and say why.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from typing import Any

import numpy as np

from .conv import output_shape
from .errors import ConfigError
from .i18n import translate
from .padding import Pads, check_pads_fit, resolve_padding
from .params import ConvParams
from .validate import as_array

MAX_INLINE_VALUES = 64 * 64
"""Larger inputs are better read from a CSV file (``input_csv``) than pasted as code."""

# The fill modes nn.Conv2d's padding_mode takes; the rest need an explicit pad step.
_TORCH_MODES = ("zeros", "reflect", "replicate", "circular")
_PRINT_NOTE = "3 decimals, like the app"
_FLOAT64_NOTE = "# float64 as in convstudio, so every digit matches"


@dataclass(frozen=True)
class _Layer:
    """One validated layer: values, checked params, per-side pads and the output size."""

    x: np.ndarray
    kernel: np.ndarray
    p: ConvParams
    pads: Pads
    mode: str  # "constant" with value 0 is plain zero padding and is written as such
    out: tuple[int, int]

    @property
    def any_pad(self) -> bool:
        return any(self.pads[0]) or any(self.pads[1])

    @property
    def balanced(self) -> bool:
        (t, b), (lf, r) = self.pads
        return t == b and lf == r

    @property
    def sides(self) -> str:
        (t, b), (lf, r) = self.pads
        return f"top {t}, bottom {b}, left {lf}, right {r}"


def _resolve(x: Any, kernel: Any, params: ConvParams) -> _Layer:
    if not isinstance(params, ConvParams):
        raise ConfigError(
            translate("ConfigError", "params must be a ConvParams, got {type}").format(
                type=type(params).__name__
            )
        )
    p = params.checked()
    xa, ka = as_array(x, "input", (2,)), as_array(kernel, "kernel", (2,))
    pads = resolve_padding(p.padding, xa.shape, ka.shape, p.stride, p.dilation)
    check_pads_fit(pads, xa.shape, p.padding_mode)
    out = output_shape(xa.shape, ka.shape, p.stride, pads, p.dilation)
    mode = "zeros" if p.padding_mode == "constant" and p.value == 0 else p.padding_mode
    return _Layer(xa, ka, p, pads, mode, out)


def _comment(*sentences: str) -> list[str]:
    text = " ".join(s for s in sentences if s)
    if not text:
        return []
    return textwrap.wrap(
        text, 78, initial_indent="# ", subsequent_indent="# ", break_on_hyphens=False
    )


def _num(v: float) -> str:
    # repr() round-trips every float64 exactly, so the snippet sees convstudio's values.
    return str(int(v)) if v.is_integer() and abs(v) < 2**53 else repr(float(v))


def _array(name: str, a: np.ndarray, ctor: str, tail: str, note: str) -> list[str]:
    """``name = ctor([`` / one aligned line per row / ``]tail  # note``."""
    cells = [[_num(float(v)) for v in row] for row in a]
    width = max(len(c) for row in cells for c in row)
    rows = ["    [" + ", ".join(c.rjust(width) for c in row) + "]," for row in cells]
    return [f"{name} = {ctor}([", *rows, f"]{tail}  # {note}"]


def _header(layer: _Layer, framework: str) -> list[str]:
    p, (h, w), (kh, kw) = layer.p, layer.x.shape, layer.kernel.shape
    name = f'"{p.padding}"' if isinstance(p.padding, str) else "explicit"
    fill = {"zeros": "zeros", "constant": f"the constant {_num(p.value)}"}.get(layer.mode)
    fill = fill or f'"{layer.mode}"'
    kind = "True convolution: the kernel is flipped 180°." if p.flip else "Cross-correlation"
    kind = kind if p.flip else f"{kind} (the kernel is not flipped), as both frameworks compute."
    return [
        f"# convstudio, this layer in {framework}: it prints the numbers on the screen.",
        f"# Input {h}×{w}, kernel {kh}×{kw}, stride {p.stride[0]}×{p.stride[1]}, "
        f"dilation {p.dilation[0]}×{p.dilation[1]} → output {layer.out[0]}×{layer.out[1]}.",
        f"# Padding {name}: {layer.sides}; filled with {fill}.",
        f"# {kind}",
        "",
    ]


def input_csv(x: Any) -> str:
    """The input as CSV text (one row per line) that ``numpy.loadtxt`` reads back exactly."""
    xa = as_array(x, "input", (2,))
    return "".join(",".join(_num(float(v)) for v in row) + "\n" for row in xa)


def _load_csv(input_file: str) -> str:
    # json quoting gives a valid double-quoted Python literal, backslashes (Windows) included.
    return f'np.loadtxt({json.dumps(input_file, ensure_ascii=False)}, delimiter=",", ndmin=2)'


def _flip_lines(framework: str, statement: str) -> list[str]:
    why = _comment(
        f"convstudio's true convolution rotates the kernel 180°; {framework} computes",
        "cross-correlation (no flip), so flip the weights yourself.",
    )
    return [*why, statement]


# --- PyTorch -------------------------------------------------------------------------


def torch_code(x: Any, kernel: Any, params: ConvParams, *, input_file: str | None = None) -> str:
    """PyTorch code (``nn.Conv2d``, ``F.pad`` where needed) computing this layer.

    Parameters
    ----------
    x, kernel
        (H, W) input and (kh, kw) kernel values.
    params
        The layer's settings.
    input_file
        Read the input from this CSV file (see ``input_csv``) instead of embedding it.

    Raises
    ------
    ConfigError
        For settings convstudio itself rejects.
    """
    layer = _resolve(x, kernel, params)
    p, (h, w), (kh, kw) = layer.p, layer.x.shape, layer.kernel.shape
    pad_lines, padding, padding_mode = _torch_padding(layer)
    imports = ["import torch", "import torch.nn as nn"]
    if any("F.pad(" in s for s in pad_lines):
        imports.append("import torch.nn.functional as F")
    if input_file or any("np.pad(" in s for s in pad_lines):
        imports.insert(0, "import numpy as np")
    lines = [*_header(layer, "PyTorch"), *imports, ""]
    lines += [
        f"torch.set_printoptions(precision=3, sci_mode=False)  # {_PRINT_NOTE}",
        _FLOAT64_NOTE,
    ]
    if input_file:
        lines.append(f"# (batch, channels, height, width); the {h}×{w} values are in {input_file}")
        lines.append(f"x = torch.from_numpy({_load_csv(input_file)}).reshape(1, 1, {h}, {w})")
    else:
        tail = f", dtype=torch.float64).reshape(1, 1, {h}, {w})"
        lines += _array("x", layer.x, "torch.tensor", tail, "(batch, channels, height, width)")
    tail = f", dtype=torch.float64).reshape(1, 1, {kh}, {kw})"
    lines += _array("w", layer.kernel, "torch.tensor", tail, "(out, in, kh, kw)")
    mode_arg = f', padding_mode="{padding_mode}"' if padding_mode not in (None, "zeros") else ""
    lines += [
        "",
        *pad_lines,
        "conv = nn.Conv2d(",
        f"    1, 1, kernel_size=({kh}, {kw}), stride={p.stride}, padding={padding},",
        f"    dilation={p.dilation}{mode_arg}, bias=False, dtype=torch.float64,",
        ")",
    ]
    if p.flip:
        lines += _flip_lines("PyTorch", "conv.weight.data = torch.flip(w, dims=(-2, -1))")
    else:
        lines.append("conv.weight.data = w  # cross-correlation, as PyTorch computes it")
    lines += ["with torch.no_grad():", "    y = conv(x)"]
    lines += [f"print(y[0, 0])  # {layer.out[0]}×{layer.out[1]}", ""]
    return "\n".join(lines)


def _torch_padding(layer: _Layer) -> tuple[list[str], str, str | None]:
    """(lines that pad x first, nn.Conv2d's padding argument, its padding_mode)."""
    p, mode, (sh, sw) = layer.p, layer.mode, layer.p.stride
    (t, b), (lf, r) = layer.pads
    if p.padding == "same" and mode in _TORCH_MODES and p.stride == (1, 1):
        why = _comment(
            'padding="same" (PyTorch allows it at stride 1 only) pads as TensorFlow does, any',
            f"odd cell going bottom/right: here {layer.sides}.",
        )
        return why, '"same"', mode
    if not layer.any_pad:
        return [], '"valid"' if p.padding == "valid" else "0", None
    reasons = [
        f'TensorFlow\'s "same" at stride {sh}×{sw} pads {layer.sides};'
        ' PyTorch\'s padding="same" only allows stride 1.'
        if p.padding == "same"
        else "",
        '"full" pads d·(k − 1) on every side, so every partial overlap is computed.'
        if p.padding == "full"
        else "",
    ]
    if mode in _TORCH_MODES and layer.balanced:
        return _comment(*reasons), f"({t}, {lf})", mode
    if mode == "symmetric":
        why = _comment(
            *reasons,
            'PyTorch has no "symmetric" mode (a mirror that repeats the edge cell);',
            "numpy.pad's \"symmetric\" is exactly TensorFlow's SYMMETRIC.",
        )
        spec = f"((0, 0), (0, 0), ({t}, {b}), ({lf}, {r}))"
        pad = f'x = torch.from_numpy(np.pad(x.numpy(), {spec}, mode="symmetric"))'
        return [*why, pad], "0", None
    if mode == "constant":
        reasons.append("nn.Conv2d pads only with zeros; F.pad fills with any constant.")
        extra = f', mode="constant", value={_num(p.value)}'
    else:
        reasons.append("nn.Conv2d pads both sides of an axis equally, so pad first with F.pad.")
        extra = "" if mode == "zeros" else f', mode="{mode}"'
    why = _comment(*reasons, "F.pad lists the last axis first: (left, right, top, bottom).")
    return [*why, f"x = F.pad(x, ({lf}, {r}, {t}, {b}){extra})"], "0", None


# --- Keras ---------------------------------------------------------------------------


def keras_code(x: Any, kernel: Any, params: ConvParams, *, input_file: str | None = None) -> str:
    """Keras code (``Conv2D``, ``ZeroPadding2D`` or ``tf.pad`` where needed) for this layer.

    Parameters and errors as for ``torch_code``. Keras is channels-last (NHWC), its
    "same" is TensorFlow's rule, and it refuses strides > 1 with dilation_rate > 1:
    then the snippet convolves at stride 1 and keeps every stride-th row and column.
    """
    layer = _resolve(x, kernel, params)
    p, (h, w), (kh, kw) = layer.p, layer.x.shape, layer.kernel.shape
    sliced = max(p.stride) > 1 and max(p.dilation) > 1
    pad_lines, padding, has_pad = _keras_padding(layer, sliced)
    lines = [*_header(layer, "Keras"), "import numpy as np"]
    if p.flip or any("tf." in s for s in pad_lines):
        lines.append("import tensorflow as tf")
    lines += ["from tensorflow import keras", ""]
    lines += [f"np.set_printoptions(precision=3, suppress=True)  # {_PRINT_NOTE}", _FLOAT64_NOTE]
    note = "(batch, height, width, channels): Keras puts channels last"
    if input_file:
        lines.append(f"# {note}; the {h}×{w} values are in {input_file}")
        lines.append(f"x = {_load_csv(input_file)}.reshape(1, {h}, {w}, 1)")
    else:
        tail = f', dtype="float64").reshape(1, {h}, {w}, 1)'
        lines += [f"# {note}", *_array("x", layer.x, "np.array", tail, "(N, H, W, C)")]
    tail = f', dtype="float64").reshape({kh}, {kw}, 1, 1)'
    lines += _array("w", layer.kernel, "np.array", tail, "(kh, kw, in, filters)")
    if p.flip:
        lines += _flip_lines("Keras", "w = tf.reverse(w, axis=[0, 1]).numpy()")
    lines += [
        "",
        *pad_lines,
        "conv = keras.layers.Conv2D(",
        f"    filters=1, kernel_size=({kh}, {kw}), strides={(1, 1) if sliced else p.stride},",
        f'    padding="{padding}", dilation_rate={p.dilation}, use_bias=False, dtype="float64",',
        ")",
        "conv.build((None, None, None, 1))",
        "conv.set_weights([w])",
        "y = conv(pad(x))" if has_pad else "y = conv(x)",
    ]
    if sliced:
        (sh, sw), (dh, dw) = p.stride, p.dilation
        lines += _comment(
            f"Keras refuses strides > 1 together with dilation_rate > 1 (here {sh}×{sw} and",
            f"{dh}×{dw}): convolve at stride 1, then keep rows 0, {sh}, {2 * sh}, … and",
            f"columns 0, {sw}, {2 * sw}, …: the same numbers.",
        )
        lines.append(f"y = y[:, ::{sh}, ::{sw}, :]")
    lines += [f"print(np.asarray(y)[0, :, :, 0])  # {layer.out[0]}×{layer.out[1]}", ""]
    return "\n".join(lines)


def _keras_padding(layer: _Layer, sliced: bool) -> tuple[list[str], str, bool]:
    """(lines to put before Conv2D, its padding argument, whether they define ``pad``)."""
    p, mode, (t, b), (lf, r) = layer.p, layer.mode, *layer.pads
    if p.padding == "same" and not sliced and (mode == "zeros" or not layer.any_pad):
        why = _comment(
            "Keras' \"same\" is TensorFlow's rule: out = ceil(n / stride), the odd padding",
            f"cell (if any) going bottom/right: here {layer.sides}.",
        )
        return why, "same", False
    if not layer.any_pad:
        return [], "valid", False
    reasons = [
        f'TensorFlow\'s "same" pads {layer.sides} at stride {p.stride[0]}×{p.stride[1]}.'
        if p.padding == "same"
        else "",
        "They are padded here because the Conv2D below runs at stride 1." if sliced else "",
        '"full" pads d·(k − 1) on every side; Keras has no name for it.'
        if p.padding == "full"
        else "",
    ]
    if mode == "zeros":
        zero = f'pad = keras.layers.ZeroPadding2D((({t}, {b}), ({lf}, {r})), dtype="float64")'
        return [*_comment(*reasons), zero], "valid", True
    if mode in ("constant", "reflect", "symmetric"):
        reasons.append(
            f"Keras' padding layers only add zeros; tf.pad in a Lambda layer {mode}-pads."
        )
        extra = f", constant_values={_num(p.value)}" if mode == "constant" else ""
        spec = f"[[0, 0], [{t}, {b}], [{lf}, {r}], [0, 0]]"
        call = f'    lambda t: tf.pad(t, {spec}, mode="{mode.upper()}"{extra}),'
        lambda_lines = ["pad = keras.layers.Lambda(", call, '    dtype="float64",', ")"]
        return [*_comment(*reasons), *lambda_lines], "valid", True
    return [*_comment(*reasons), *_keras_concat_pad(layer)], "valid", True


def _keras_concat_pad(layer: _Layer) -> list[str]:
    """A function gluing edge (replicate) or wrapped-around (circular) rows and columns on."""
    mode = layer.mode
    what = "repeats the edge cells" if mode == "replicate" else "wraps around"
    lines = _comment(
        f'Neither Keras nor tf.pad has PyTorch\'s "{mode}" padding (it {what}),',
        "so a Lambda layer glues the rows and columns on with tf.concat.",
    )
    lines.append(f"def pad_{mode}(t):")
    for axis, (before, after) in ((1, layer.pads[0]), (2, layer.pads[1])):
        if before or after:
            parts = ", ".join(_glue_parts(mode, axis, before, after))
            lines.append(f"    t = tf.concat([{parts}], axis={axis})")
    return [
        *lines,
        "    return t",
        "",
        "",
        f'pad = keras.layers.Lambda(pad_{mode}, dtype="float64")',
    ]


def _glue_parts(mode: str, axis: int, before: int, after: int) -> list[str]:
    # Zero-width parts are left out: t[:, -0:] would be the whole tensor, not nothing.
    ax = ":, " * (axis - 1)
    if mode == "replicate":
        head = f"tf.repeat(t[:, {ax}:1], {before}, axis={axis})"
        tail = f"tf.repeat(t[:, {ax}-1:], {after}, axis={axis})"
    else:
        head, tail = f"t[:, {ax}-{before}:]", f"t[:, {ax}:{after}]"
    return [head] * bool(before) + ["t"] + [tail] * bool(after)
