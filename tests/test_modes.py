"""Mode tabs: the playback keys, F9, export and sessions follow the tab in front.

A small counting mode stands in for the real ones so these tests pin the contract
every mode page relies on, whatever modes are installed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from convstudio import export
from convstudio.core import ConfigError
from convstudio.core.session import from_dict, to_dict
from convstudio.main_window import MainWindow
from convstudio.modes import ModePage
from convstudio.stepper import Stepper

Key = QtCore.Qt.Key


class Counting(Stepper):
    """``n`` steps and nothing else."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    @property
    def n_steps(self) -> int:
        return self.n

    def set_n(self, n: int) -> None:
        self.n = n
        self.reset_steps()


class CountingPage(ModePage):
    """Shows the step number in big letters; its state is the number of steps."""

    name = "counting"

    def __init__(self) -> None:
        super().__init__(Counting(5))
        self.label = QtWidgets.QLabel()
        self.label.setStyleSheet("font-size: 40px;")
        self.views_layout.addWidget(self.label)
        self.stepper.step_changed.connect(lambda i: self.label.setText(f"step {i}"))
        self.stepper.set_step(0, force=True)

    def title(self) -> str:
        return "Counting"

    def state(self) -> dict[str, Any]:
        return {"n": self.stepper.n}

    def set_state(self, state: dict[str, Any]) -> None:
        n = state.get("n")
        if not isinstance(n, int) or n < 1:
            raise ConfigError(f"'n' must be a whole number ≥ 1, found {n!r}")
        self.stepper.set_n(n)


@pytest.fixture
def window(qtbot, monkeypatch) -> MainWindow:
    # Every window, including export's off-screen ones, gets the counting mode.
    original = MainWindow._install_features

    def install(self: MainWindow) -> None:
        original(self)
        self.add_mode(CountingPage())

    monkeypatch.setattr(MainWindow, "_install_features", install)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_playback_keys_move_only_the_mode_in_front(window: MainWindow, qtbot) -> None:
    page = window.page("counting")
    single_step = window.controller.step
    window.set_mode("counting")
    assert window.active_page() is page and window.active_stepper() is page.stepper
    qtbot.keyClick(window, Key.Key_Right)
    qtbot.keyClick(window, Key.Key_Right)
    assert page.stepper.step == 2 and page.label.text() == "step 2"
    assert window.controller.step == single_step
    qtbot.keyClick(window, Key.Key_End)
    assert page.stepper.step == 4
    assert page.playback.counter_text() == "Step 5 / 5"


def test_leaving_a_mode_pauses_it(window: MainWindow) -> None:
    page = window.page("counting")
    window.set_mode("counting")
    page.stepper.toggle_play()
    assert page.stepper.playing
    window.set_mode("single")
    assert not page.stepper.playing
    assert window.active_stepper() is window.controller


def test_ctrl_page_down_cycles_the_tabs_and_the_menu_follows(window: MainWindow, qtbot) -> None:
    count = window.modes.count()
    for i in range(1, count + 1):
        qtbot.keyClick(window, Key.Key_PageDown, QtCore.Qt.KeyboardModifier.ControlModifier)
        assert window.modes.currentIndex() == i % count
    qtbot.keyClick(window, Key.Key_PageUp, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.modes.currentIndex() == count - 1
    checked = [a.text() for a in window.mode_menu.actions() if a.isChecked()]
    assert checked == [window.modes.tabText(count - 1)]


def test_f9_hides_every_modes_panel(window: MainWindow, qtbot) -> None:
    window.set_mode("counting")
    qtbot.keyClick(window, Key.Key_F9)
    assert all(not side.isVisibleTo(window) for side in window.side_panels())
    qtbot.keyClick(window, Key.Key_F9)
    assert window.page("counting").side.isVisible()


def test_a_mode_round_trips_through_a_session(window: MainWindow) -> None:
    page = window.page("counting")
    window.set_mode("counting")
    page.set_state({"n": 7})
    page.stepper.set_step(3)
    session = from_dict(to_dict(export.snapshot(window)))
    assert session.mode == {"name": "counting", "step": 3, "state": {"n": 7}}
    window.show_mode(None)
    assert window.active_page() is None
    window.show_mode(session.mode)
    assert window.active_page() is page and page.stepper.step == 3


def test_bad_mode_sections_are_refused_and_change_nothing(window: MainWindow) -> None:
    page = window.page("counting")
    with pytest.raises(ConfigError, match=r"no mode called 'nope'.*counting"):
        window.show_mode({"name": "nope", "step": 0, "state": {}})
    with pytest.raises(ConfigError, match="whole number"):
        window.show_mode({"name": "counting", "step": 0, "state": {"n": 0}})
    assert window.active_page() is None and page.stepper.n == 5
    base = to_dict(export.snapshot(window))
    for bad, words in (
        ("pooling", "'mode' must be an object"),
        ({"name": "x"}, 'has no "state"'),
        ({"name": "x", "state": {}, "zoom": 2}, 'unknown key "zoom"'),
        ({"name": "x", "state": [], "step": 0}, "'mode.state' must be an object"),
    ):
        with pytest.raises(ConfigError, match=words):
            from_dict({**base, "mode": bad})


def test_export_grabs_the_mode_in_front(window: MainWindow, tmp_path) -> None:
    page = window.page("counting")
    window.set_mode("counting")
    page.stepper.set_step(1)
    session = export.snapshot(window)
    first = export.render_frame(session, 0, tmp_path / "a.png", size=(640, 360))
    second = export.render_frame(session, 4, tmp_path / "b.png", size=(640, 360))
    a, b = (export.image_array(_load(p)) for p in (first, second))
    assert a.shape[:2] == (360, 640)
    assert not np.array_equal(a, b)  # the label says "step 0" vs "step 4"
    with pytest.raises(ValueError, match=r"outside 0\.\.4"):
        export.render_frame(session, 5, tmp_path / "c.png", size=(640, 360))
    single = replace(session, mode=None)
    c = export.image_array(_load(export.render_frame(single, 0, tmp_path / "c.png", (640, 360))))
    assert not np.array_equal(a, c)


def _load(path):
    from PySide6 import QtGui

    return QtGui.QImage(str(path))


def test_a_session_file_with_an_unknown_mode_is_refused_with_a_message(
    window: MainWindow, tmp_path, monkeypatch
) -> None:
    from convstudio import sessions_ui
    from convstudio.core.session import write_session

    path = tmp_path / "future.json"
    write_session(replace(export.snapshot(window), mode={"name": "nope", "state": {}}), path)
    warnings: list[str] = []
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    before = window.controller.snapshot()
    assert not sessions_ui.of(window).open_path(path)
    assert "no mode called 'nope'" in warnings[0] and str(path) in warnings[0]
    assert window.controller.snapshot().same_settings(before)
    assert window.active_page() is None


def test_real_mode_pages_are_built_when_first_needed_and_take_the_chosen_options(
    qtbot,
) -> None:
    # Importing and building six pages at start-up doubled the start-up work (~0.4 s).
    from convstudio import presenter
    from convstudio.pages import MODES
    from convstudio.views.grid_view import GridView
    from convstudio.views.palette import PALETTES

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.modes.built_pages() == []
    assert win.modes.names() == ["single"] + [name for name, _cls, _title in MODES]
    assert win.modes.tabText(2) == "Pooling"
    p = presenter.of(win)
    p.set_palette("colorblind")
    p.set_panel_visible(False)
    win.set_mode("pooling")
    page = win.active_page()
    assert page is not None and page.name == "pooling"
    assert [q.name for q in win.modes.built_pages()] == ["pooling"]
    assert not page.side.isVisible()
    assert all(g._palette is PALETTES["colorblind"] for g in page.findChildren(GridView))
    assert page.playback.counter_text().startswith("Step 1 / ")
