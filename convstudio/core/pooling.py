"""max_pool2d and avg_pool2d with torch.nn.functional semantics, and their output size."""

from __future__ import annotations

from typing import Any

from .errors import ConfigError
from .i18n import translate
from .validate import as_int, label


def pool_output_size(
    n: int,
    k: int,
    s: int | None = None,
    p: int = 0,
    d: int = 1,
    ceil_mode: bool = False,
) -> int:
    """Pooling output length along one axis, exactly as PyTorch computes it.

    ⌊(n + 2p − d·(k − 1) − 1) / s⌋ + 1, or with ``ceil_mode`` the ceiling instead
    of the floor, minus one when that last window would start in the right padding
    (PyTorch drops such a window: it would read no input).

    Parameters
    ----------
    n, k, s, p, d
        Input length, kernel size, stride (None means ``k``), padding on each side
        and dilation.
    ceil_mode
        Round the division up instead of down.

    Raises
    ------
    ConfigError
        When a number is not a whole number in range, when ``p`` is more than half
        the kernel (PyTorch's rule ``p ≤ ⌊k/2⌋``), or when the output would be empty.
    """
    n, k, s, p, d = check_axis(n, k, s, p, d)
    out = axis_size(n, k, s, p, d, ceil_mode)
    if out < 1:
        raise ConfigError(_empty_message(n, k, p, d))
    return out


def check_axis(
    n: Any, k: Any, s: Any, p: Any, d: Any, axis: str | None = None
) -> tuple[int, int, int, int, int]:
    """Validate one axis's (n, k, s, p, d); ``s`` None means ``k``. Returns plain ints."""
    n = as_int(n, "input size", minimum=1, axis=axis)
    k = as_int(k, "kernel size", minimum=1, axis=axis)
    s = k if s is None else as_int(s, "stride", minimum=1, axis=axis)
    p = as_int(p, "padding", minimum=0, axis=axis)
    d = as_int(d, "dilation", minimum=1, axis=axis)
    if p > k // 2:
        raise ConfigError(
            translate(
                "ConfigError",
                "{name} is {p}, more than half the pooling kernel {k} (at most {half}): "
                "a window at the edge would hold mostly padding; use padding {half} or "
                "less, or a larger kernel",
            ).format(name=label("padding", axis), p=p, k=k, half=k // 2)
        )
    return n, k, s, p, d


def axis_size(n: int, k: int, s: int, p: int, d: int, ceil_mode: bool) -> int:
    """The output length from already checked numbers; may be ≤ 0 (nothing fits)."""
    span = d * (k - 1) + 1
    top = n + 2 * p - span + (s - 1 if ceil_mode else 0)
    out = top // s + 1  # Python's // floors, like PyTorch's div_rtn
    # PyTorch: "ensure that the last pooling starts inside the image".
    if ceil_mode and (out - 1) * s >= n + p:
        out -= 1
    return out


def _empty_message(n: int, k: int, p: int, d: int) -> str:
    span = d * (k - 1) + 1
    return translate(
        "ConfigError",
        "the pooling window spans {span} cells (kernel {k}, dilation {d}) but the "
        "padded input has only {padded} (input {n} + padding 2·{p}): the output "
        "would be empty; use a smaller kernel or dilation, or a larger input",
    ).format(span=span, k=k, d=d, padded=n + 2 * p, n=n, p=p)
