"""convstudio's numpy-only core: padding, conv2d, output sizes, coverage and the walk.

Importing this package must never import Qt or pyqtgraph (a test checks it), so
the command line, the tests and any notebook can use it without a display.
"""

from __future__ import annotations

from .conv import conv2d, output_size, pad_input
from .coverage import coverage, unreached
from .errors import ConfigError
from .padding import PADDING_MODES, PADDING_NAMES, Padded, Pads, pad_array, resolve_padding
from .params import ConvParams
from .walk import Step, Walk

__all__ = [
    "PADDING_MODES",
    "PADDING_NAMES",
    "ConfigError",
    "ConvParams",
    "Padded",
    "Pads",
    "Step",
    "Walk",
    "conv2d",
    "coverage",
    "output_size",
    "pad_array",
    "pad_input",
    "resolve_padding",
    "unreached",
]
