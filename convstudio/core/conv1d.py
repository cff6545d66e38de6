"""conv1d with torch.nn.functional semantics, plus Keras' "causal" padding.

A sequence is computed as a 1×L image by the same machinery as conv2d (``conv2d``,
``Walk``, ``make_padded``), so padding modes and their values are exactly the 2-D ones;
this module resolves the 1-D padding forms and words every error for a sequence
("length", "left/right") before the 2-D code could word it for an image. The
step-by-step walk of a sequence is ``conv1d_walk.SequenceWalk``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .conv import conv2d
from .errors import ConfigError
from .i18n import translate
from .padding import _nonneg, check_mode, mode_label, same_pads
from .validate import as_array, as_finite_float, as_int, label

PADDING_NAMES_1D = ("valid", "same", "full", "causal")
_ANY_RANK = tuple(range(0, 33))


def resolve_padding_1d(
    padding: Any, length: int, kernel_size: int, stride: int = 1, dilation: int = 1
) -> tuple[int, int]:
    """Turn a 1-D padding form into (left, right).

    Parameters
    ----------
    padding
        An int (both sides); a pair (left, right); or "valid", "same" (PyTorch's rule:
        stride 1 only, d·(k − 1) split with the extra cell on the right), "full"
        (d·(k − 1) on each side) or "causal" (d·(k − 1) on the left only, as Keras).
    length, kernel_size, stride, dilation
        Of the unpadded sequence and the kernel.
    """
    n = as_int(length, "input size", minimum=1)
    k = as_int(kernel_size, "kernel size", minimum=1)
    s = as_int(stride, "stride", minimum=1)
    d = as_int(dilation, "dilation", minimum=1)
    if isinstance(padding, np.ndarray) and padding.ndim == 0:
        padding = padding[()]
    span = d * (k - 1)
    if isinstance(padding, str):
        name = padding.strip().lower()
        if name == "valid":
            return (0, 0)
        if name == "same":
            if s != 1:
                raise ConfigError(_same_stride_message(n, k, s, d))
            return (span // 2, span - span // 2)
        if name == "full":
            return (span, span)
        if name == "causal":
            return (span, 0)
        raise ConfigError(
            translate(
                "ConfigError",
                "unknown padding {padding} for a sequence; use one of {names}, "
                "a number or a pair (left, right)",
            ).format(padding=repr(padding), names=", ".join(PADDING_NAMES_1D))
        )
    if isinstance(padding, (list, tuple, np.ndarray)):
        items = list(padding)
        if len(items) == 1:
            p = _nonneg(items[0], "padding")
            return (p, p)
        if len(items) != 2:
            raise ConfigError(
                translate(
                    "ConfigError",
                    "padding of a sequence must be one number or a pair (left, right), "
                    "got {n} values",
                ).format(n=len(items))
            )
        return (_nonneg(items[0], "padding left"), _nonneg(items[1], "padding right"))
    p = _nonneg(padding, "padding")
    return (p, p)


def _same_stride_message(n: int, k: int, s: int, d: int) -> str:
    left, right = same_pads(n, k, s, d)
    return translate(
        "ConfigError",
        'padding "same" needs stride 1 (PyTorch refuses it for strided convolutions), '
        "but the stride is {s}; use stride 1, or explicit padding ({left}, {right}), "
        'which is TensorFlow\'s "same" at stride {s}',
    ).format(s=s, left=left, right=right)


def check_pads_fit_1d(pads: tuple[int, int], length: int, mode: str) -> None:
    """PyTorch's limits for a sequence: reflect needs pad < length, symmetric/circular ≤."""
    biggest = max(pads)
    if mode == "reflect" and biggest >= length:
        raise ConfigError(
            translate(
                "ConfigError",
                "reflect padding of {pad} needs a sequence of length at least {need}, but it "
                "is {n}: reflect mirrors the cells next to the end, so each pad must be "
                "shorter than the sequence; use padding ≤ {fit}, replicate or zeros",
            ).format(pad=biggest, need=biggest + 1, n=length, fit=length - 1)
        )
    if mode in ("symmetric", "circular") and biggest > length:
        raise ConfigError(
            translate(
                "ConfigError",
                "{mode} padding of {pad} is longer than the sequence ({n}): it can repeat "
                "the sequence at most once; use padding ≤ {n} or replicate/zeros",
            ).format(mode=mode_label(mode), pad=biggest, n=length)
        )


def output_length(n: int, k: int, s: int, pads: tuple[int, int], d: int) -> int:
    """⌊(n + left + right − d·(k − 1) − 1) / s⌋ + 1 for checked ints; ConfigError if empty."""
    span = d * (k - 1) + 1
    padded = n + pads[0] + pads[1]
    if span > padded:
        if span != k:
            kernel = translate("ConfigError", "a kernel of length {k} (dilated to {span})")
        else:
            kernel = translate("ConfigError", "a kernel of length {k}")
        raise ConfigError(
            translate(
                "ConfigError",
                "{kernel} does not fit the padded sequence of length {padded} (input length "
                "{n}): the output would be empty; add at least {add} cells of padding in "
                "total, use a smaller kernel or less dilation",
            ).format(kernel=kernel.format(k=k, span=span), padded=padded, n=n, add=span - padded)
        )
    return (padded - span) // s + 1


def array_of_rank(value: Any, name: str, ranks: tuple[int, int], shapes: str) -> np.ndarray:
    """A checked float64 array of rank ``ranks``, the wrong rank worded for sequences."""
    arr = as_array(value, name, _ANY_RANK)
    if arr.ndim not in ranks:
        raise ConfigError(
            translate(
                "ConfigError",
                "{name} must have shape {shapes}, got a {ndim}-D array of shape {shape}; "
                "reshape it to one of those",
            ).format(name=label(name), shapes=shapes, ndim=arr.ndim, shape=arr.shape)
        )
    return arr


def conv1d(
    x: Any,
    weight: Any,
    bias: Any = None,
    *,
    stride: Any = 1,
    padding: Any = 0,
    dilation: Any = 1,
    groups: Any = 1,
    padding_mode: str = "zeros",
    value: float = 0.0,
) -> np.ndarray:
    """1-D cross-correlation as ``torch.nn.functional.conv1d`` (after ``F.pad``) computes it.

    Parameters
    ----------
    x
        (C_in, L), PyTorch's unbatched input, or (L,) for a single channel.
    weight
        (C_out, C_in/groups, k), or (k,) for one filter on one channel.
    bias
        None, a number, or (C_out,).
    stride, dilation
        int ≥ 1.
    padding
        int, (left, right), "valid", "same" (stride 1 only, as in PyTorch), "full" or
        "causal" (d·(k − 1) on the left: output t sees only inputs ≤ t·stride).
    padding_mode
        "zeros", "constant" (fills with ``value``), "reflect", "symmetric",
        "replicate" or "circular".

    Returns
    -------
    (C_out, L_out), or (L_out,) when both ``x`` and ``weight`` are 1-D.
    """
    xa = array_of_rank(x, "input", (1, 2), "(L) / (C_in, L)")
    wa = array_of_rank(weight, "weight", (1, 3), "(k) / (C_out, C_in/groups, k)")
    squeeze = xa.ndim == 1 and wa.ndim == 1
    x2 = xa[None] if xa.ndim == 1 else xa
    w3 = wa[None, None] if wa.ndim == 1 else wa
    g = as_int(groups, "groups", minimum=1)
    _check_weight_channels(x2.shape[0], w3.shape, g)
    s = as_int(stride, "stride", minimum=1)
    d = as_int(dilation, "dilation", minimum=1)
    mode = check_mode(padding_mode)
    fill = as_finite_float(value, "padding value")
    n, k = x2.shape[1], w3.shape[2]
    pads = resolve_padding_1d(padding, n, k, s, d)
    check_pads_fit_1d(pads, n, mode)
    output_length(n, k, s, pads, d)
    out = conv2d(
        x2[:, None, :],
        w3[:, :, None, :],
        bias,
        stride=(1, s),
        padding=((0, 0), pads),
        dilation=(1, d),
        groups=g,
        padding_mode=mode,
        value=fill,
    )[:, 0, :]
    return out[0] if squeeze else out


def _check_weight_channels(c_in: int, wshape: tuple[int, ...], groups: int) -> None:
    # Divisibility by groups is worded by conv2d (no shapes in it); only the weight
    # shape it suggests would name a 2-D kernel, so that one is worded here.
    c_out, per_group = wshape[0], wshape[1]
    if c_in % groups or c_out % groups or per_group * groups == c_in:
        return
    raise ConfigError(
        translate(
            "ConfigError",
            "the weight expects {per_group} input channel(s) per group × {groups} group(s) = "
            "{total}, but the input has {c_in} channel(s); give the weight shape "
            "({c_out}, {fix}, k)",
        ).format(
            per_group=per_group,
            groups=groups,
            total=per_group * groups,
            c_in=c_in,
            c_out=c_out,
            fix=c_in // groups,
        )
    )
