"""Importing convstudio.core must not pull in Qt or pyqtgraph.

The core is used headless (tests, notebooks, the command line); checked in a fresh
interpreter because this test session may already have imported Qt elsewhere.
"""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "PyQt")

PROBE = """
import json, sys
import convstudio.core
from convstudio.core import conv2d, Walk, ConvParams
Walk([[1.0, 2.0], [3.0, 4.0]], [[1.0]], ConvParams(padding="same")).step(0)
conv2d([[1.0, 2.0], [3.0, 4.0]], [[1.0]])
for name in ("explain", "samples"):
    try:
        __import__("convstudio.core." + name)
    except ImportError:
        pass
print(json.dumps(sorted(sys.modules)))
"""


def test_core_import_loads_no_gui_modules():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert "convstudio.core" in modules
    loaded = [m for m in modules if m.split(".")[0].startswith(FORBIDDEN)]
    assert loaded == [], f"convstudio.core imported GUI modules: {loaded}"
