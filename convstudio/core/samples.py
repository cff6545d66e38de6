"""Sample inputs and kernels a lecturer can pick from a menu, as plain float64 arrays."""

from __future__ import annotations

from math import comb

import numpy as np

from .errors import ConfigError
from .i18n import QT_TRANSLATE_NOOP, translate
from .validate import as_int, label

MAX_INPUT_SIZE = 1024
MAX_KERNEL_SIZE = 11

# Display names are short so they fit a closed combo box in a narrow side panel. The
# dicts hold the English; input_kind_name/kernel_kind_name give the translated name.
INPUT_KINDS = ("random", "ramp", "checkerboard", "digit7")
INPUT_KIND_NAMES = {
    "random": QT_TRANSLATE_NOOP("samples", "Random 0–9"),
    "ramp": QT_TRANSLATE_NOOP("samples", "Ramp"),
    "checkerboard": QT_TRANSLATE_NOOP("samples", "Checkerboard"),
    "digit7": QT_TRANSLATE_NOOP("samples", "Handwritten 7"),
}

KERNEL_KINDS = (
    "identity",
    "box",
    "gaussian",
    "sharpen",
    "sobel_x",
    "sobel_y",
    "laplacian",
    "random",
)
KERNEL_KIND_NAMES = {
    "identity": QT_TRANSLATE_NOOP("samples", "Identity"),
    "box": QT_TRANSLATE_NOOP("samples", "Box blur"),
    "gaussian": QT_TRANSLATE_NOOP("samples", "Gaussian blur"),
    "sharpen": QT_TRANSLATE_NOOP("samples", "Sharpen"),
    "sobel_x": QT_TRANSLATE_NOOP("samples", "Sobel x"),
    "sobel_y": QT_TRANSLATE_NOOP("samples", "Sobel y"),
    "laplacian": QT_TRANSLATE_NOOP("samples", "Laplacian"),
    "random": QT_TRANSLATE_NOOP("samples", "Random −2…2"),
}


def input_kind_name(kind: str) -> str:
    """The display name of input kind ``kind`` in the current language."""
    return translate("samples", INPUT_KIND_NAMES[kind])


def kernel_kind_name(kind: str) -> str:
    """The display name of kernel kind ``kind`` in the current language."""
    return translate("samples", KERNEL_KIND_NAMES[kind])


_FIXED_KERNELS = {
    "sharpen": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    "sobel_x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
    "sobel_y": [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
    "laplacian": [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
}

# A "7" as a hand would draw it, in unit coordinates (x right, y down) inside the
# 20/28 box MNIST centres its digits in: a slightly rising bar with a small lead-in,
# then a stroke that bends as it falls to the lower left.
_SEVEN_STROKES = (
    ((0.25, 0.29), (0.30, 0.27)),
    ((0.30, 0.27), (0.52, 0.26)),
    ((0.52, 0.26), (0.75, 0.24)),
    ((0.75, 0.24), (0.70, 0.38)),
    ((0.70, 0.38), (0.58, 0.58)),
    ((0.58, 0.58), (0.47, 0.80)),
)
# Stroke half-width as a fraction of the shorter side: ~1.5 px at 28×28, like MNIST pens.
_SEVEN_HALF_WIDTH = 0.052


def _size(value: int, name: str, maximum: int) -> int:
    n = as_int(value, name, minimum=1)
    if n > maximum:
        raise ConfigError(
            translate("ConfigError", "{name} must be at most {maximum}, got {value}").format(
                name=label(name), maximum=maximum, value=n
            )
        )
    return n


def make_input(kind: str, h: int, w: int, seed: int = 0) -> np.ndarray:
    """Make a float64 (h, w) sample input.

    Parameters
    ----------
    kind
        One of ``INPUT_KINDS``: "random" (integers 0–9 from ``seed``), "ramp"
        (r + c while that stays below 19, else the same diagonal squeezed into
        0–9), "checkerboard" (0/1 blocks, min(h, w) // 8 cells wide, at least 1)
        or "digit7" (an MNIST-like 7, integers 0–255).
    h, w
        Size, each 1–1024.
    seed
        Only used by "random"; the same seed gives the same values.
    """
    h = _size(h, "input height", MAX_INPUT_SIZE)
    w = _size(w, "input width", MAX_INPUT_SIZE)
    if kind == "random":
        return np.random.default_rng(seed).integers(0, 10, size=(h, w)).astype(np.float64)
    if kind == "ramp":
        return _ramp(h, w)
    if kind == "checkerboard":
        block = max(1, min(h, w) // 8)
        r, c = np.ogrid[:h, :w]
        return (((r // block) + (c // block)) % 2).astype(np.float64)
    if kind == "digit7":
        return _digit7(h, w)
    raise ConfigError(
        translate("ConfigError", "unknown input kind {kind}; use one of {kinds}").format(
            kind=repr(kind), kinds=", ".join(INPUT_KINDS)
        )
    )


def _ramp(h: int, w: int) -> np.ndarray:
    r, c = np.ogrid[:h, :w]
    levels = h + w - 1
    if levels <= 19:
        # Small grids keep r + c exactly, so students can check sums in their heads.
        return (r + c).astype(np.float64)
    return np.floor((r + c) * 10 / levels).astype(np.float64)


def _digit7(h: int, w: int) -> np.ndarray:
    """Rasterise the 7's strokes by distance to the nearest segment, with a 1-pixel soft edge."""
    ys = np.arange(h, dtype=np.float64)[:, None] + 0.5
    xs = np.arange(w, dtype=np.float64)[None, :] + 0.5
    dist = np.full((h, w), np.inf)
    for (x0, y0), (x1, y1) in _SEVEN_STROKES:
        dist = np.minimum(dist, _segment_distance(xs, ys, (x0 * w, y0 * h), (x1 * w, y1 * h)))
    # Never thinner than a pixel, so tiny grids still show the shape.
    half = max(_SEVEN_HALF_WIDTH * min(h, w), 0.6)
    ink = np.clip(half + 0.5 - dist, 0.0, 1.0)
    return np.rint(ink * 255.0)


def _segment_distance(
    xs: np.ndarray, ys: np.ndarray, a: tuple[float, float], b: tuple[float, float]
) -> np.ndarray:
    """Distance (in pixels) from every pixel centre to segment a–b."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = np.zeros(1) if length2 == 0 else ((xs - ax) * dx + (ys - ay) * dy) / length2
    t = np.clip(t, 0.0, 1.0)
    return np.hypot(xs - (ax + t * dx), ys - (ay + t * dy))


def resized(values: np.ndarray, h: int, w: int) -> np.ndarray:
    """``values`` cropped or zero-extended to (h, w): typed values survive a resize."""
    grown = np.zeros((h, w))
    rows, cols = min(h, values.shape[0]), min(w, values.shape[1])
    grown[:rows, :cols] = values[:rows, :cols]
    return grown


def kernel_fixed_size(kind: str) -> tuple[int, int] | None:
    """(3, 3) for kernels defined only at that size (sharpen, Sobel, Laplacian), else None."""
    if kind in _FIXED_KERNELS:
        return (3, 3)
    if kind in KERNEL_KINDS:
        return None
    raise ConfigError(
        translate("ConfigError", "unknown kernel kind {kind}; use one of {kinds}").format(
            kind=repr(kind), kinds=", ".join(KERNEL_KINDS)
        )
    )


def make_kernel(kind: str, kh: int, kw: int, seed: int = 0) -> np.ndarray:
    """Make a float64 (kh, kw) kernel.

    Parameters
    ----------
    kind
        One of ``KERNEL_KINDS``. "identity" has its 1 at ((kh − 1) // 2, (kw − 1) // 2),
        the tap "same" padding aligns with the output cell, also for even sizes;
        "box" is 1/(kh·kw) everywhere; "gaussian" the normalised outer product of
        binomial rows; "random" integers −2…2 from ``seed``. "sharpen", "sobel_x",
        "sobel_y" and "laplacian" exist only as 3×3 (see ``kernel_fixed_size``).
    kh, kw
        Size, each 1–11.

    Raises
    ------
    ConfigError
        For an unknown kind, a size outside 1–11, or a fixed-size kind at another size.
    """
    fixed = kernel_fixed_size(kind)
    kh = _size(kh, "kernel height", MAX_KERNEL_SIZE)
    kw = _size(kw, "kernel width", MAX_KERNEL_SIZE)
    if fixed is not None:
        if (kh, kw) != fixed:
            raise ConfigError(
                translate(
                    "ConfigError",
                    "the {kind} kernel is {fh}×{fw} by definition, not {kh}×{kw}; "
                    "set the kernel size to {fh}×{fw} or pick identity, box, "
                    "gaussian or random",
                ).format(kind=kind, fh=fixed[0], fw=fixed[1], kh=kh, kw=kw)
            )
        return np.array(_FIXED_KERNELS[kind], dtype=np.float64)
    if kind == "identity":
        k = np.zeros((kh, kw))
        k[(kh - 1) // 2, (kw - 1) // 2] = 1.0
        return k
    if kind == "box":
        return np.full((kh, kw), 1.0 / (kh * kw))
    if kind == "gaussian":
        k = np.outer(_binomial(kh), _binomial(kw))
        return k / k.sum()
    return np.random.default_rng(seed).integers(-2, 3, size=(kh, kw)).astype(np.float64)


def _binomial(n: int) -> np.ndarray:
    return np.array([comb(n - 1, i) for i in range(n)], dtype=np.float64)
