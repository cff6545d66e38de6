"""Presenter mode: full screen, zoom, themes, cell palettes, the shortcut overview, state."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio import presenter
from convstudio.main_window import MainWindow

Key = QtCore.Qt.Key
CTRL = QtCore.Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def title_label(grid) -> QtWidgets.QLabel:
    return grid.findChild(QtWidgets.QLabel)


def text_sizes(win: MainWindow) -> dict[str, float]:
    """Point sizes of the texts zoom must reach."""
    counter = next(
        w
        for w in win.playback.findChildren(QtWidgets.QLabel)
        if w.accessibleName() == "Step counter"
    )
    return {
        "window": win.font().pointSizeF(),
        "dot product": win.formulas.findChild(QtWidgets.QLabel, "dot_product").font().pointSizeF(),
        "input title": title_label(win.input_view).font().pointSizeF(),
        "output title": title_label(win.output_view).font().pointSizeF(),
        "step counter": counter.font().pointSizeF(),
        "side panel": win.controls.font().pointSizeF(),
    }


def test_f11_toggles_full_screen_and_esc_leaves_it(window: MainWindow, qtbot) -> None:
    assert not window.isFullScreen()
    qtbot.keyClick(window, Key.Key_F11)
    assert window.isFullScreen()
    assert window.windowState() & QtCore.Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Key.Key_F11)
    assert not window.isFullScreen()
    qtbot.keyClick(window, Key.Key_F11)
    qtbot.keyClick(window, Key.Key_Escape)
    assert not window.isFullScreen()


def test_ctrl_plus_zooms_every_text_and_ctrl_0_resets(window: MainWindow, qtbot) -> None:
    before = text_sizes(window)
    qtbot.keyClick(window, Key.Key_Equal, CTRL)
    qtbot.keyClick(window, Key.Key_Equal, CTRL)
    assert presenter.state(window)["zoom"] == pytest.approx(1.25)
    after = text_sizes(window)
    for name, size in before.items():
        assert after[name] == pytest.approx(size * 1.25, rel=0.02), name
    qtbot.keyClick(window, Key.Key_Minus, CTRL)
    assert presenter.state(window)["zoom"] == pytest.approx(1.1)
    qtbot.keyClick(window, Key.Key_0, CTRL)
    assert text_sizes(window) == pytest.approx(before)


def test_zoom_and_theme_reach_menus_and_dialogs(window: MainWindow) -> None:
    dialog = QtWidgets.QDialog(window)
    presenter.apply_state(window, {"zoom": 1.5, "theme": "dark"})
    for other in (window.view_menu, dialog):
        assert other.font().pointSizeF() == pytest.approx(window.font().pointSizeF())
        assert other.palette().color(QtGui.QPalette.ColorRole.Window) == QtGui.QColor("black")


def test_cells_follow_zoom_not_a_font(window: MainWindow) -> None:
    # Cell numbers are sized from the cell: zoom must not break their visibility.
    presenter.apply_state(window, {"zoom": 2.0})
    assert window.input_view.numbers_visible()


def test_palette_switch_recolours_the_grids(window: MainWindow) -> None:
    p = presenter.of(window)
    grids = (window.input_view, window.kernel_view, window.output_view)
    before = [grid.image_rgba() for grid in grids]
    p.palette_actions["colorblind"].trigger()
    assert presenter.state(window)["palette"] == "colorblind"
    for grid, old in zip(grids, before, strict=True):
        assert not np.array_equal(grid.image_rgba(), old)
    p.palette_actions["default"].trigger()
    np.testing.assert_array_equal(window.input_view.image_rgba(), before[0])


def test_high_contrast_theme_changes_window_and_grids(window: MainWindow) -> None:
    p = presenter.of(window)
    cells = window.kernel_view.image_rgba()
    p.theme_actions["dark"].trigger()
    assert presenter.state(window) == {"zoom": 1.0, "theme": "dark", "palette": "high-contrast"}
    role = QtGui.QPalette.ColorRole
    assert window.palette().color(role.Window) == QtGui.QColor("black")
    assert window.palette().color(role.WindowText) == QtGui.QColor("white")
    assert not np.array_equal(window.kernel_view.image_rgba(), cells)
    canvas = window.input_view.findChild(pg.GraphicsView)
    assert canvas.backgroundBrush().color() == QtGui.QColor("black")  # follows the theme
    p.theme_actions["light"].trigger()
    assert window.palette().color(role.Window) == QtGui.QColor("white")
    p.theme_actions["normal"].trigger()
    assert presenter.state(window)["palette"] == "default"
    app_window = QtWidgets.QApplication.palette().color(role.Window)
    assert window.palette().color(role.Window) == app_window
    assert canvas.backgroundBrush().color() == app_window
    np.testing.assert_array_equal(window.kernel_view.image_rgba(), cells)


def test_shortcut_overview_lists_the_window_actions(window: MainWindow, qtbot, monkeypatch) -> None:
    dialog = presenter.ShortcutOverview(presenter.shortcut_rows(window), window)
    qtbot.addWidget(dialog)
    rows = {keys: action for keys, action, _ in presenter.shortcut_rows(window)}
    text = dialog.text()
    for keys in ("Space", "←", "→", "Home", "End", "F11", "Ctrl+0", "F9"):
        assert any(keys in k.split(", ") for k in rows), keys
        assert keys in text
    assert rows["F11"] == "Full screen"
    # Generated from the actions: a new one shows up without touching the overview.
    window.view_menu.addAction("Brand new").setShortcut(QtGui.QKeySequence("Ctrl+Shift+B"))
    assert "Brand new" in presenter.ShortcutOverview(presenter.shortcut_rows(window), window).text()
    opened = []
    monkeypatch.setattr(presenter.ShortcutOverview, "exec", lambda self: opened.append(self))
    qtbot.keyClick(window, Key.Key_F1)
    qtbot.keyClick(window, Key.Key_Question)
    assert len(opened) == 2


def test_settings_panel_can_be_hidden(window: MainWindow, qtbot) -> None:
    side = window.side_panels()[0]
    width = window.input_view.width()
    qtbot.keyClick(window, Key.Key_F9)
    assert not side.isVisible()
    qtbot.waitUntil(lambda: window.input_view.width() > width)
    qtbot.keyClick(window, Key.Key_F9)
    assert side.isVisible()


def test_state_round_trips_and_rejects_nonsense(window: MainWindow) -> None:
    options = {"zoom": 1.5, "theme": "light", "palette": "colorblind"}
    presenter.apply_state(window, options)
    assert presenter.state(window) == options
    presenter.apply_state(window, {})  # missing keys change nothing
    assert presenter.state(window) == options
    with pytest.raises(ValueError, match="theme"):
        presenter.apply_state(window, {"theme": "solarized"})
    with pytest.raises(ValueError, match="palette"):
        presenter.apply_state(window, {"theme": "dark", "palette": "rainbow"})
    with pytest.raises(ValueError, match="zoom"):
        presenter.apply_state(window, {"zoom": "big"})
    assert presenter.state(window) == options  # a bad value changed nothing
    presenter.apply_state(window, {"zoom": 99})
    assert presenter.state(window)["zoom"] == presenter.ZOOM_RANGE[1]
    presenter.apply_state(window, {"theme": "dark"})  # brings its own cell colours
    assert presenter.state(window)["palette"] == "high-contrast"
    presenter.apply_state(window, {"theme": "light", "palette": "colorblind"})
    assert presenter.state(window)["palette"] == "colorblind"
