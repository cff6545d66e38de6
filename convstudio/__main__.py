"""Entry point for ``convstudio`` and ``python -m convstudio`` (and the frozen app)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
