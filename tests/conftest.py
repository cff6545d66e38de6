"""Shared test setup: headless Qt before any Qt import."""

from __future__ import annotations

import os

# Must be set before the first Qt import anywhere in the test session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
