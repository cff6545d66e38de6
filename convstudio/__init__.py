"""convstudio: see, live on a projector, what padding, stride and dilation do to a convolution."""

from __future__ import annotations

__version__ = "0.1.0"
