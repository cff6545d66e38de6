"""Crash safety: an exception in a slot is logged and autosaved, and the window keeps going.

The guard chains to the previous ``sys.excepthook``; under pytest-qt that hook would
fail the test for the exception we raise on purpose, so these tests switch pytest-qt's
capture off and check the guard's own count instead.
"""

from __future__ import annotations

import os
import sys
import threading
import time

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from convstudio import autosave, crash, sessions_ui
from convstudio.core import ConvParams
from convstudio.core.session import read_session
from convstudio.main_window import MainWindow

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def guard(window: MainWindow, tmp_path):
    g = crash.install(window, data_dir=tmp_path, interactive=False)
    yield g
    g.uninstall()


def failing_button(window: MainWindow, message: str = "boom") -> QtWidgets.QPushButton:
    """A real button whose clicked slot raises."""

    def explode() -> None:
        raise ValueError(message)

    button = QtWidgets.QPushButton("explode", window)
    button.clicked.connect(explode)
    button.show()
    return button


def click(qtbot, button: QtWidgets.QPushButton) -> None:
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)


def test_install_hooks_and_uninstall_gives_them_back(window: MainWindow, tmp_path) -> None:
    before = (sys.excepthook, threading.excepthook)
    g = crash.install(window, data_dir=tmp_path, interactive=False)
    assert crash.of(window) is g
    assert sys.excepthook == g.handle
    g.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_exception_in_a_slot_logs_autosaves_and_the_app_keeps_running(
    window: MainWindow, guard, qtbot
) -> None:
    c = window.controller
    c.set_params(ConvParams(stride=2, padding=1, dilation=(1, 2)))
    c.set_input_cell(1, 2, 42.5)
    c.set_step(3)
    button = failing_button(window)
    click(qtbot, button)

    assert guard.calls == 1
    assert len(guard.notices) == 1 and "ValueError: boom" in guard.notices[0]
    log = guard.log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "in explode" in log
    assert "ValueError: boom" in log
    for word in ("convstudio 0.1.0", "Qt ", "PySide6 ", "Python "):
        assert word in log

    saved = read_session(guard.autosave_path)
    np.testing.assert_array_equal(saved.input, c.input)
    np.testing.assert_array_equal(saved.kernel, c.kernel)
    assert saved.step == c.step == 3
    walk = saved.walk()  # explicit padding is written as [[top, bottom], [left, right]]
    assert (walk.params.stride, walk.params.dilation) == (c.params.stride, c.params.dilation)
    assert walk.pads == c.walk.pads
    np.testing.assert_array_equal(walk.output, c.walk.output)
    assert (saved.input_kind, saved.kernel_kind) == (c.input_kind, c.kernel_kind)

    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)  # still responsive
    assert c.step == 4
    np.testing.assert_array_equal(window.output_view.values(), c.walk.output)


def test_the_same_exception_again_gives_no_second_dialog(window: MainWindow, guard, qtbot) -> None:
    button = failing_button(window)
    click(qtbot, button)
    click(qtbot, button)
    assert guard.calls == 2 and len(guard.notices) == 1
    assert "again: ValueError: boom" in guard.log_path.read_text(encoding="utf-8")
    click(qtbot, failing_button(window, "another"))  # a different error is explained
    assert len(guard.notices) == 2


def test_a_repeat_after_the_quiet_period_is_explained_again(
    window: MainWindow, guard, qtbot, monkeypatch
) -> None:
    button = failing_button(window)
    click(qtbot, button)
    monkeypatch.setattr(crash, "REPEAT_SECONDS", 0.0)
    click(qtbot, button)
    assert len(guard.notices) == 2


def test_interactive_guard_shows_one_dialog_and_never_stacks(
    window: MainWindow, tmp_path, qtbot
) -> None:
    g = crash.install(window, data_dir=tmp_path)
    try:
        click(qtbot, failing_button(window))
        box = g.dialog
        assert box is not None and box.isVisible() and box.parent() is window
        assert "boom" in box.text() and "still running" in box.informativeText()
        assert "Traceback" in box.detailedText()
        g.handle(RuntimeError, RuntimeError("while the dialog is open"), None)
        assert g.dialog is box and len(window.findChildren(QtWidgets.QMessageBox)) == 1
        box.accept()
        qtbot.waitUntil(lambda: g.dialog is None)
        assert "while the dialog is open" in g.log_path.read_text(encoding="utf-8")
    finally:
        g.uninstall()


def test_a_failing_dialog_is_logged_not_raised(
    window: MainWindow, tmp_path, qtbot, monkeypatch
) -> None:
    g = crash.install(window, data_dir=tmp_path)

    def broken(*args: object) -> None:
        raise RuntimeError("no dialog today")

    monkeypatch.setattr(g, "_show_dialog", broken)
    try:
        click(qtbot, failing_button(window))
        assert g.calls == 1
        log = g.log_path.read_text(encoding="utf-8")
        assert "could not show the dialog" in log and "no dialog today" in log
    finally:
        g.uninstall()


def test_a_failing_tick_pauses_playback(window: MainWindow, guard, qtbot, monkeypatch) -> None:
    c = window.controller
    c.toggle_play()
    assert c.playing
    guard.handle(ZeroDivisionError, ZeroDivisionError("in a tick"), None)
    assert not c.playing


def test_exception_in_a_thread_is_logged_and_explained_in_the_gui_thread(
    window: MainWindow, guard, qtbot
) -> None:
    def work() -> None:
        raise OSError("disk on fire")

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(guard.notices) == 1)
    assert guard.calls == 1 and "OSError: disk on fire" in guard.notices[0]
    assert "in thread worker" in guard.log_path.read_text(encoding="utf-8")
    assert guard.autosave_path.exists()


def test_autosave_with_impossible_settings_keeps_the_last_good_result(
    window: MainWindow, guard
) -> None:
    c = window.controller
    good = c.walk
    c.set_params(ConvParams(padding="valid", dilation=4))  # 7×7, 3×3 dilated 4: no fit
    assert c.error
    read = read_session(guard.autosaver.save())
    np.testing.assert_array_equal(read.walk().output, good.output)


def test_log_rotation_caps_the_size(window: MainWindow, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(crash, "LOG_BYTES", 8_000)
    g = crash.install(window, data_dir=tmp_path, interactive=False)
    try:
        for n in range(60):
            g.handle(ValueError, ValueError(f"error number {n}"), None)
    finally:
        g.uninstall()
    logs = sorted(tmp_path.glob("convstudio.log*"))
    assert [p.name for p in logs] == [f"convstudio.log{s}" for s in ("", ".1", ".2", ".3")]
    assert all(p.stat().st_size <= 8_000 for p in logs)
    assert "error number 59" in (tmp_path / "convstudio.log").read_text(encoding="utf-8")


def test_periodic_autosave_after_edits(window: MainWindow, guard, qtbot) -> None:
    saver = guard.autosaver
    saver.timer.setInterval(20)
    assert not saver.timer.isActive()
    window.controller.set_input_cell(0, 0, 7.0)
    assert saver.timer.isActive()
    qtbot.waitUntil(lambda: guard.autosave_path.exists(), timeout=3000)
    qtbot.waitUntil(lambda: _readable(guard.autosave_path), timeout=3000)
    assert read_session(guard.autosave_path).input[0, 0] == 7.0
    window.close()  # a clean close: nothing more is autosaved
    assert not saver.timer.isActive()


def _readable(path) -> bool:
    try:
        read_session(path)
    except Exception:
        return False
    return True


def test_offer_restore_only_when_newer_than_the_last_clean_save(
    window: MainWindow, guard, qtbot, tmp_path
) -> None:
    c = window.controller
    c.set_input_cell(2, 2, 99.0)
    c.set_step(5)
    guard.autosaver.save()
    settings = QtCore.QSettings(
        str(tmp_path / "settings" / "convstudio.ini"), QtCore.QSettings.Format.IniFormat
    )
    clean = autosave.last_clean_save(settings)
    assert clean.name == "last-session.json"

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    asked: list[str] = []

    def yes(parent: QtWidgets.QWidget, when: str) -> bool:
        asked.append(when)
        return True

    assert autosave.offer_restore(fresh, settings, data_dir=tmp_path, ask=yes)
    assert len(asked) == 1
    assert fresh.controller.input[2, 2] == 99.0 and fresh.controller.step == 5

    clean.parent.mkdir(parents=True)
    sessions_ui.of(fresh).enable_persistence(settings, restore_last=False)
    sessions_ui.of(fresh).save_state()  # what a clean close does
    later = time.time() + 1
    os.utime(clean, (later, later))
    assert not autosave.offer_restore(fresh, settings, data_dir=tmp_path, ask=yes)
    assert len(asked) == 1


def test_a_declined_autosave_is_kept_aside_and_not_offered_again(
    window: MainWindow, guard, tmp_path
) -> None:
    guard.autosaver.save()
    no = lambda parent, when: False  # noqa: E731
    assert not autosave.offer_restore(window, data_dir=tmp_path, ask=no)
    assert not guard.autosave_path.exists()
    assert (tmp_path / autosave.DECLINED_NAME).exists()
    assert autosave.restorable(tmp_path) is None
