"""PyInstaller's entry script: the frozen app's ``main``.

``convstudio/__main__.py`` uses a relative import, which fails when PyInstaller runs
it as a top-level script, so the bundle starts here instead.
"""

from __future__ import annotations

import sys

from convstudio.cli import main

if __name__ == "__main__":
    sys.exit(main())
