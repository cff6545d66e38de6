"""The settings of one convolution layer, as a frozen, comparable value."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from .conv import flip_message
from .errors import ConfigError
from .padding import check_mode
from .validate import as_finite_float, as_pair


@dataclass(frozen=True)
class ConvParams:
    """Stride, padding, dilation, fill mode and flip of a single 2-D convolution.

    ``padding`` is anything ``resolve_padding`` accepts; the window keeps it as
    "valid"/"same"/"full" or ((top, bottom), (left, right)).
    """

    stride: tuple[int, int] = (1, 1)
    padding: Any = "valid"
    dilation: tuple[int, int] = (1, 1)
    padding_mode: str = "zeros"
    value: float = 0.0
    flip: bool = False

    def checked(self) -> ConvParams:
        """Return a normalised copy (pairs of ints, canonical names) or raise ConfigError."""
        if not isinstance(self.flip, (bool, np.bool_)):
            raise ConfigError(flip_message(self.flip))
        padding = self.padding
        if isinstance(padding, list):
            padding = tuple(tuple(p) if isinstance(p, list) else p for p in padding)
        return replace(
            self,
            stride=as_pair(self.stride, "stride", minimum=1),
            dilation=as_pair(self.dilation, "dilation", minimum=1),
            padding=padding.strip().lower() if isinstance(padding, str) else padding,
            padding_mode=check_mode(self.padding_mode),
            value=as_finite_float(self.value, "padding value"),
            flip=bool(self.flip),
        )
