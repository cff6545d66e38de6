"""conv_transpose2d with torch.nn.functional semantics, computed as the zero-insertion picture.

A transposed convolution with stride s, padding p, output padding a and dilation d
equals an ordinary stride-1 convolution of a different input: put s − 1 zeros
between neighbouring inputs, pad each side with d·(k − 1) − p zeros (plus ``a``
more at the bottom and right), and slide the kernel rotated by 180° over it. When
p > d·(k − 1) that "padding" is negative: the edge of the zero-inserted array is
cut off instead. Computing it this way is what lets the tab show every step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .conv import _bias, correlate
from .errors import ConfigError
from .i18n import translate
from .validate import as_array, as_int, as_pair, check_cells, label

PADDING, INPUT, INSERTED = 0, 1, 2
"""Cell kinds of the zero-inserted, padded array."""


@dataclass(frozen=True)
class TransposedGeometry:
    """Per-axis (h, w) settings of a transposed convolution, resolved for one input size."""

    in_hw: tuple[int, int]
    kernel: tuple[int, int]
    stride: tuple[int, int]
    padding: tuple[int, int]
    output_padding: tuple[int, int]
    dilation: tuple[int, int]
    out_hw: tuple[int, int]

    @property
    def inserted_hw(self) -> tuple[int, int]:
        """Size of the input with s − 1 zeros put between neighbours: (n − 1)·s + 1."""
        return tuple((n - 1) * s + 1 for n, s in zip(self.in_hw, self.stride, strict=True))

    @property
    def edges(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """((top, bottom), (left, right)) zeros added; negative means cells cut off."""
        return tuple(
            (d * (k - 1) - p, d * (k - 1) - p + a)
            for k, p, a, d in zip(
                self.kernel, self.padding, self.output_padding, self.dilation, strict=True
            )
        )

    @property
    def padded_hw(self) -> tuple[int, int]:
        """Size of the zero-inserted, padded (or cut) array the kernel slides over."""
        return tuple(n + b + a for n, (b, a) in zip(self.inserted_hw, self.edges, strict=True))


def transposed_output_size(n: int, k: int, s: int, p: int, a: int, d: int) -> int:
    """(n − 1)·s − 2p + d·(k − 1) + a + 1, with no checks (may be < 1)."""
    return (n - 1) * s - 2 * p + d * (k - 1) + a + 1


def transposed_geometry(
    in_hw: tuple[int, int],
    kernel_hw: tuple[int, int],
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    dilation: Any = 1,
) -> TransposedGeometry:
    """Validate the settings for an (H, W) input; ConfigError on whatever PyTorch rejects."""
    s = as_pair(stride, "stride", minimum=1)
    p = as_pair(padding, "padding", minimum=0)
    a = as_pair(output_padding, "output padding", minimum=0)
    d = as_pair(dilation, "dilation", minimum=1)
    out = []
    for i, axis in enumerate(("height", "width")):
        if a[i] >= max(s[i], d[i]):
            raise ConfigError(
                translate(
                    "ConfigError",
                    "{name} is {a}, but it must be smaller than the stride ({s}) or the "
                    "dilation ({d}); use at most {most}",
                ).format(
                    name=label("output padding", axis),
                    a=a[i],
                    s=s[i],
                    d=d[i],
                    most=max(s[i], d[i]) - 1,
                )
            )
        size = transposed_output_size(in_hw[i], kernel_hw[i], s[i], p[i], a[i], d[i])
        if size < 1:
            raise ConfigError(_too_small(axis, in_hw[i], kernel_hw[i], s[i], p[i], a[i], d[i]))
        out.append(size)
    return TransposedGeometry(tuple(in_hw), tuple(kernel_hw), s, p, a, d, tuple(out))


def _too_small(axis: str, n: int, k: int, s: int, p: int, a: int, d: int) -> str:
    size = transposed_output_size(n, k, s, p, a, d)
    most = max((size - 1 + 2 * p) // 2, 0)
    if axis == "height":
        template = translate(
            "ConfigError",
            "the output height would be ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = "
            "{size}, less than 1: padding {p} cuts away everything; use padding {most} or "
            "less, a larger kernel or a larger stride",
        )
    else:
        template = translate(
            "ConfigError",
            "the output width would be ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = "
            "{size}, less than 1: padding {p} cuts away everything; use padding {most} or "
            "less, a larger kernel or a larger stride",
        )
    return template.format(n=n, s=s, p=p, d=d, k=k, a=a, size=size, most=most)


def zero_insert(x: np.ndarray, geom: TransposedGeometry) -> tuple[np.ndarray, np.ndarray]:
    """The zero-inserted, padded (or cut) array (..., H′, W′) and its cell kinds (H′, W′).

    Kinds are ``INPUT`` for real input values, ``INSERTED`` for the s − 1 zeros put
    between them and ``PADDING`` for the d·(k − 1) − p (+ output padding) border.
    """
    hp, wp = geom.padded_hw
    check_cells(
        int(np.prod(x.shape[:-2], dtype=np.int64)) * hp * wp,
        lambda: (
            translate("ConfigError", "the zero-inserted input"),
            translate("ConfigError", "use a smaller input or stride"),
        ),
    )
    (top, _), (left, _) = geom.edges
    (sh, sw), (h, w) = geom.stride, geom.in_hw
    out = np.zeros((*x.shape[:-2], hp, wp))
    kinds = np.full((hp, wp), PADDING, dtype=np.int8)
    ih, iw = geom.inserted_hw
    # Where the zero-inserted block lands, clipped to the array when an edge is cut off.
    r0, c0 = max(top, 0), max(left, 0)
    r1, c1 = min(top + ih, hp), min(left + iw, wp)
    kinds[r0:r1, c0:c1] = INSERTED
    rows = top + np.arange(h) * sh
    cols = left + np.arange(w) * sw
    keep_r = (rows >= 0) & (rows < hp)
    keep_c = (cols >= 0) & (cols < wp)
    grid = np.ix_(rows[keep_r], cols[keep_c])
    out[(..., *grid)] = x[(..., *np.ix_(keep_r, keep_c))]
    kinds[grid] = INPUT
    return out, kinds


def conv_weight(weight: np.ndarray, groups: int) -> np.ndarray:
    """The (C_out, C_in/groups, kh, kw) conv2d weight equal to a transposed weight, flipped."""
    c_in, cout_g, kh, kw = weight.shape
    w = weight.reshape(groups, c_in // groups, cout_g, kh, kw).swapaxes(1, 2)
    return np.ascontiguousarray(w.reshape(groups * cout_g, c_in // groups, kh, kw)[..., ::-1, ::-1])


def _check_channels(c_in: int, weight_shape: tuple[int, ...], groups: int) -> None:
    if weight_shape[0] != c_in:
        raise ConfigError(
            translate(
                "ConfigError",
                "the weight {shape} is for {w_in} input channel(s), but the input has {c_in}; "
                "a transposed weight is (C_in, C_out/groups, kh, kw): give it {c_in} first",
            ).format(shape=tuple(weight_shape), w_in=weight_shape[0], c_in=c_in)
        )
    if c_in % groups:
        raise ConfigError(
            translate(
                "ConfigError",
                "groups={groups} must divide the {c_in} input channels; use a divisor of {c_in}",
            ).format(groups=groups, c_in=c_in)
        )


def conv_transpose2d(
    x: Any,
    weight: Any,
    bias: Any = None,
    *,
    stride: Any = 1,
    padding: Any = 0,
    output_padding: Any = 0,
    groups: Any = 1,
    dilation: Any = 1,
) -> np.ndarray:
    """Transposed 2-D convolution as ``torch.nn.functional.conv_transpose2d`` computes it.

    Parameters
    ----------
    x
        (C_in, H, W), or (H, W) together with a (kh, kw) weight.
    weight
        (C_in, C_out/groups, kh, kw), or (kh, kw).
    bias
        None, a number, or (C_out,).
    stride, padding, output_padding, dilation
        int or (h, w); ``output_padding`` must be smaller than the stride or the dilation.

    Returns
    -------
    (C_out, H_out, W_out) with H_out = (H − 1)·s − 2p + d·(kh − 1) + output_padding + 1,
    or (H_out, W_out) when both ``x`` and ``weight`` are 2-D.
    """
    xa = as_array(x, "input", (2, 3))
    wa = as_array(weight, "weight", (2, 4))
    squeeze = xa.ndim == 2 and wa.ndim == 2
    x3 = xa[None] if xa.ndim == 2 else xa
    w4 = wa[None, None] if wa.ndim == 2 else wa
    g = as_int(groups, "groups", minimum=1)
    _check_channels(x3.shape[0], w4.shape, g)
    geom = transposed_geometry(
        x3.shape[-2:], w4.shape[-2:], stride, padding, output_padding, dilation
    )
    padded, _ = zero_insert(x3, geom)
    out = correlate(padded, conv_weight(w4, g), (1, 1), geom.dilation, geom.out_hw, g)
    b = _bias(bias, w4.shape[1] * g)
    if b is not None:
        out += b[:, None, None]
    return out[0] if squeeze else out
