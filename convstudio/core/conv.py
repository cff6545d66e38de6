"""conv2d with torch.nn.functional semantics, and the output-size formula."""

from __future__ import annotations

from typing import Any

import numpy as np

from .errors import ConfigError
from .i18n import translate
from .padding import Padded, Pads, check_mode, make_padded, resolve_padding
from .validate import as_array, as_finite_float, as_int, as_pair

# Rows of output per im2col chunk are chosen so one chunk's column buffer holds
# about this many float64 values (16 MiB). Chunking bounds memory for big images;
# chunks this size keep the number of BLAS calls small (a 512×512 RGB "same" conv
# needs 4), because every call is a point where BLAS's threads must all meet, and
# on a machine where something else holds a core each meeting can wait a whole
# scheduler slice. Measured interleaved with torch on a loaded 2-core box, 4 MiB
# chunks ran at 0.9–1.0× torch's time, 16 MiB chunks at 0.34–0.36×.
_CHUNK_VALUES = 1 << 21


def _blas_found() -> bool:
    """Whether numpy was built with a BLAS (the standalone build's numpy is not)."""
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except Exception:  # an unknown numpy layout: assume the usual wheel, which has one
        return True
    # A BLAS-free build says {"name": "none"}; wheels say {"name": "scipy-openblas", "found": True}.
    return blas.get("name", "none") != "none" and bool(blas.get("found", True))


def _einsum_matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.einsum("ij,jk->ik", a, b)


# Without BLAS numpy's matmul falls back to a naive loop ~7× slower than einsum's
# sum-of-products kernels (3×512² ⊛ 16 filters: 344 ms against 50 ms).
matmul = np.matmul if _blas_found() else _einsum_matmul

# Output values per chunk of the tap-accumulation path (256 KiB of float64: the
# running sum and one product stay in L2 while every tap is added in).
_TAP_CHUNK_VALUES = 1 << 15


def output_size(
    n: int,
    kernel_size: int,
    stride: int = 1,
    padding: tuple[int, int] | int = (0, 0),
    dilation: int = 1,
) -> int:
    """Output length along one axis: ⌊(n + before + after − d·(k − 1) − 1) / s⌋ + 1.

    Raises ConfigError when the dilated kernel does not fit the padded length.
    """
    n = as_int(n, "input size", minimum=1)
    k = as_int(kernel_size, "kernel size", minimum=1)
    s = as_int(stride, "stride", minimum=1)
    d = as_int(dilation, "dilation", minimum=1)
    if isinstance(padding, np.ndarray) and padding.ndim == 0:
        padding = padding[()]
    if isinstance(padding, (tuple, list, np.ndarray)):
        if len(padding) != 2:
            raise ConfigError(
                translate(
                    "ConfigError",
                    "padding for one axis must be a number or a pair (before, after), "
                    "got {n} values",
                ).format(n=len(padding))
            )
        before = as_int(padding[0], "padding (before)", minimum=0)
        after = as_int(padding[1], "padding (after)", minimum=0)
    else:
        before = after = as_int(padding, "padding", minimum=0)
    span = d * (k - 1) + 1
    padded = n + before + after
    if span > padded:
        raise ConfigError(_no_fit_message((k, k), (d, d), (padded, padded), (n, n)))
    return (padded - span) // s + 1


def _no_fit_message(
    k: tuple[int, int], d: tuple[int, int], padded: tuple[int, int], size: tuple[int, int]
) -> str:
    span = tuple(di * (ki - 1) + 1 for ki, di in zip(k, d, strict=True))
    if span != k:
        kernel = translate("ConfigError", "kernel {kh}×{kw} (dilated to {sh}×{sw})")
    else:
        kernel = translate("ConfigError", "kernel {kh}×{kw}")
    short = max(max(span[0] - padded[0], 0), max(span[1] - padded[1], 0))
    return translate(
        "ConfigError",
        "{kernel} does not fit the padded input {ph}×{pw} "
        "(input {h}×{w}): the output would be empty; add padding of at least "
        "{add} on each side, use a smaller kernel or less dilation",
    ).format(
        kernel=kernel.format(kh=k[0], kw=k[1], sh=span[0], sw=span[1]),
        ph=padded[0],
        pw=padded[1],
        h=size[0],
        w=size[1],
        add=-(-short // 2),
    )


def pad_input(
    x: Any,
    kernel_size: Any,
    *,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    padding_mode: str = "zeros",
    value: float = 0.0,
) -> Padded:
    """The padded input exactly as conv2d uses it, with per-side amounts and a padding mask."""
    arr = as_array(x, "input", (2, 3))
    ks = as_pair(kernel_size, "kernel size", minimum=1)
    mode = check_mode(padding_mode)
    fill = as_finite_float(value, "padding value")
    pads = resolve_padding(padding, arr.shape[-2:], ks, stride, dilation)
    return make_padded(arr, pads, mode, fill)


def conv2d(
    x: Any,
    weight: Any,
    bias: Any = None,
    *,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: int = 1,
    padding_mode: str = "zeros",
    value: float = 0.0,
    flip: bool = False,
) -> np.ndarray:
    """2-D cross-correlation as ``torch.nn.functional.conv2d`` (after ``F.pad``) computes it.

    Parameters
    ----------
    x
        (C_in, H, W) or (H, W).
    weight
        (C_out, C_in/groups, kh, kw) or (kh, kw).
    bias
        None, a number, or (C_out,).
    stride, dilation
        int or (h, w), each ≥ 1.
    padding
        int, (ph, pw), ((top, bottom), (left, right)), "valid", "same" (TensorFlow
        rule) or "full".
    padding_mode
        "zeros", "constant" (fills with ``value``), "reflect", "symmetric",
        "replicate" or "circular".
    flip
        True for true convolution (kernel rotated 180°); False (the default) is
        the cross-correlation every deep-learning framework computes.

    Returns
    -------
    (C_out, H_out, W_out), or (H_out, W_out) when both ``x`` and ``weight`` are 2-D.
    """
    xa = as_array(x, "input", (2, 3))
    wa = as_array(weight, "weight", (2, 4))
    squeeze = xa.ndim == 2 and wa.ndim == 2
    x3 = xa[None] if xa.ndim == 2 else xa
    w4 = wa[None, None] if wa.ndim == 2 else wa
    g = as_int(groups, "groups", minimum=1)
    _check_channels(x3.shape[0], w4.shape, g)
    b = _bias(bias, w4.shape[0])
    s = as_pair(stride, "stride", minimum=1)
    d = as_pair(dilation, "dilation", minimum=1)
    if not isinstance(flip, (bool, np.bool_)):
        raise ConfigError(flip_message(flip))
    k = w4.shape[2:]
    padded = pad_input(
        x3, k, stride=s, padding=padding, dilation=d, padding_mode=padding_mode, value=value
    )
    out_hw = output_shape(x3.shape[1:], k, s, padded.pads, d)
    if flip:
        w4 = w4[:, :, ::-1, ::-1]
    out = correlate(padded.array, w4, s, d, out_hw, g)
    if b is not None:
        out += b[:, None, None]
    return out[0] if squeeze else out


def output_shape(
    size: tuple[int, int],
    kernel: tuple[int, int],
    stride: tuple[int, int],
    pads: Pads,
    dilation: tuple[int, int],
) -> tuple[int, int]:
    """(H_out, W_out) for already-validated arguments; ConfigError if empty."""
    padded = (size[0] + sum(pads[0]), size[1] + sum(pads[1]))
    spans = [di * (ki - 1) + 1 for ki, di in zip(kernel, dilation, strict=True)]
    if spans[0] > padded[0] or spans[1] > padded[1]:
        raise ConfigError(_no_fit_message(tuple(kernel), dilation, padded, tuple(size)))
    return tuple((p - sp) // st + 1 for p, sp, st in zip(padded, spans, stride, strict=True))


def _check_channels(c_in: int, wshape: tuple[int, ...], groups: int) -> None:
    c_out, c_per_group = wshape[0], wshape[1]
    if c_in % groups:
        raise ConfigError(
            translate(
                "ConfigError",
                "groups={groups} must divide the {c_in} input channels; use a divisor of {c_in}",
            ).format(groups=groups, c_in=c_in)
        )
    if c_out % groups:
        raise ConfigError(
            translate(
                "ConfigError",
                "groups={groups} must divide the {c_out} output channels (filters); "
                "use a divisor of {c_out}",
            ).format(groups=groups, c_out=c_out)
        )
    if c_per_group * groups != c_in:
        raise ConfigError(
            translate(
                "ConfigError",
                "the weight expects {per_group} input channel(s) per group × {groups} group(s) = "
                "{total}, but the input has {c_in} channel(s); give the weight shape "
                "({c_out}, {fix}, kh, kw)",
            ).format(
                per_group=c_per_group,
                groups=groups,
                total=c_per_group * groups,
                c_in=c_in,
                c_out=c_out,
                fix=c_in // groups,
            )
        )


def flip_message(flip: object) -> str:
    """The error for a ``flip`` that is not a bool."""
    return translate("ConfigError", "flip must be True or False, got {flip}").format(
        flip=repr(flip)
    )


def _bias(bias: Any, c_out: int) -> np.ndarray | None:
    if bias is None:
        return None
    arr = as_array(np.atleast_1d(np.asarray(bias, dtype=object)), "bias", (1,))
    if arr.shape == (1,) and c_out != 1:
        arr = np.repeat(arr, c_out)
    if arr.shape != (c_out,):
        raise ConfigError(
            translate(
                "ConfigError",
                "bias has {n} values but there are {c_out} output channels; "
                "give one bias per filter",
            ).format(n=arr.shape[0], c_out=c_out)
        )
    return arr


def correlate(
    xp: np.ndarray,
    w: np.ndarray,
    stride: tuple[int, int],
    dilation: tuple[int, int],
    out_hw: tuple[int, int],
    groups: int,
) -> np.ndarray:
    """Cross-correlate a padded (C, H′, W′) array with (C_out, C_in/g, kh, kw) weights.

    Each filter that reads a single input channel (a grey image, a depthwise
    layer, every Walk) takes the tap-accumulation path; everything else is
    im2col in cache-sized row chunks + one BLAS matrix product per chunk.
    """
    c_out, cg, kh, kw = w.shape
    (sh, sw), (dh, dw) = stride, dilation
    ho, wo = out_hw
    taps = cg * kh * kw
    cog = c_out // groups
    if cog * cg == 1:
        return _correlate_taps(xp, w, stride, dilation, out_hw)
    out = np.empty((c_out, ho, wo))
    rows = max(1, min(ho, _CHUNK_VALUES // (taps * wo)))
    cols = np.empty((cg, kh, kw, rows, wo))
    for gi in range(groups):
        xg = xp[gi * cg : (gi + 1) * cg]
        wg = np.ascontiguousarray(w[gi * cog : (gi + 1) * cog]).reshape(cog, taps)
        og = out[gi * cog : (gi + 1) * cog]
        for r0 in range(0, ho, rows):
            n = min(rows, ho - r0)
            buf = cols[:, :, :, :n]
            for i in range(kh):
                y0 = r0 * sh + i * dh
                ys = slice(y0, y0 + (n - 1) * sh + 1, sh)
                for j in range(kw):
                    x0 = j * dw
                    buf[:, i, j] = xg[:, ys, x0 : x0 + (wo - 1) * sw + 1 : sw]
            og[:, r0 : r0 + n] = matmul(wg, buf.reshape(taps, n * wo)).reshape(cog, n, wo)
    return out


def _correlate_taps(
    xp: np.ndarray,
    w: np.ndarray,
    stride: tuple[int, int],
    dilation: tuple[int, int],
    out_hw: tuple[int, int],
) -> np.ndarray:
    """correlate() when output channel o reads only input channel o (C_out = C_in, one each).

    out[o] = Σ_taps w[o, 0, i, j] · (input o shifted by that tap), added tap by tap over
    cache-sized row chunks. With a single (out, in) channel pair an im2col matrix product
    is only a matrix-vector product: BLAS gains nothing from it, and its threads have
    to meet once per chunk, which stalls badly when another process (the GUI thread,
    anything else on the machine) holds a core. Plain numpy here is single-threaded,
    about as fast on an idle machine and unaffected by a busy one.
    """
    c_out, _, kh, kw = w.shape
    (sh, sw), (dh, dw) = stride, dilation
    ho, wo = out_hw
    out = np.empty((c_out, ho, wo))
    rows = max(1, min(ho, _TAP_CHUNK_VALUES // wo))
    scratch = np.empty((rows, wo))
    for o in range(c_out):
        xo, wk = xp[o], w[o, 0]
        for r0 in range(0, ho, rows):
            n = min(rows, ho - r0)
            acc, tmp = out[o, r0 : r0 + n], scratch[:n]
            for i in range(kh):
                y0 = r0 * sh + i * dh
                ys = slice(y0, y0 + (n - 1) * sh + 1, sh)
                for j in range(kw):
                    x0 = j * dw
                    cells = xo[ys, x0 : x0 + (wo - 1) * sw + 1 : sw]
                    if i == 0 and j == 0:
                        np.multiply(cells, wk[0, 0], out=acc)
                    else:
                        np.multiply(cells, wk[i, j], out=tmp)
                        acc += tmp
    return out
