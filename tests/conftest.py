"""Shared test setup: headless Qt before any Qt import."""

from __future__ import annotations

import os

import pytest

# Must be set before the first Qt import anywhere in the test session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def view(qtbot):
    """A shown 600×600 GridView, for the grid tests (test_grid_view, test_grid_lattice)."""
    from convstudio.views.grid_view import GridView  # after QT_QPA_PLATFORM is set

    widget = GridView("test")
    qtbot.addWidget(widget)
    widget.resize(600, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
