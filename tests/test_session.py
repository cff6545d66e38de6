"""Session files: exact round trips, a clear message for every bad file, atomic saves.

The window tests use a QSettings file in tmp_path, never the user's own settings.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from convstudio.core import ConvParams
from convstudio.core import session as session_mod
from convstudio.core.session import (
    SCHEMA,
    Session,
    SessionError,
    dumps,
    loads,
    read_session,
    write_session,
)

GOOD = {
    "schema": 1,
    "input": {"kind": "ramp", "shape": [5, 5]},
    "kernel": {"kind": "box", "shape": [3, 3]},
    "params": {"stride": [1, 1], "padding": "same"},
}


def good(**changes) -> dict:
    data = json.loads(json.dumps(GOOD))
    for dotted, value in changes.items():
        *path, key = dotted.split("__")
        target = data
        for part in path:
            target = target[part]
        if value is KeyError:
            del target[key]
        else:
            target[key] = value
    return data


def sample_session() -> Session:
    rng = np.random.default_rng(5)
    return Session(
        input=rng.normal(size=(6, 9)) * 1e3,  # full-precision doubles must survive exactly
        kernel=np.array([[1.0, -2.5, 0.1], [3.0, 0.0, -1e-7]]),
        params=ConvParams(
            stride=(2, 1),
            padding=((1, 0), (2, 1)),
            dilation=(1, 2),
            padding_mode="constant",
            value=-1.5,
            flip=True,
        ),
        input_kind="custom",
        input_seed=7,
        kernel_kind="custom",
        step=5,
        coverage=True,
        image_mode=True,
        view={"zoom": 1.5, "theme": "dark", "future": {"nested": [1, 2]}},
        title="A title",
        description="Ünïcode — survives",
    )


def assert_same(a: Session, b: Session) -> None:
    assert a.same_settings(b)
    np.testing.assert_array_equal(a.input, b.input)
    np.testing.assert_array_equal(a.kernel, b.kernel)
    assert a.params == b.params
    assert (a.step, a.coverage, a.image_mode, a.view) == (b.step, b.coverage, b.image_mode, b.view)


# --- round trips ------------------------------------------------------------------------


def test_text_round_trip_is_exact() -> None:
    s = sample_session()
    back = loads(dumps(s))
    assert_same(s, back)
    assert (back.title, back.description) == (s.title, s.description)


def test_file_round_trip_is_exact(tmp_path: Path) -> None:
    s = sample_session()
    path = tmp_path / "lecture.json"
    write_session(s, path)
    assert_same(s, read_session(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "convstudio-session" and data["schema"] == SCHEMA


def test_generated_kinds_need_no_values() -> None:
    s = loads(json.dumps(good()))
    assert s.input_kind == "ramp" and s.input.shape == (5, 5)
    np.testing.assert_array_equal(s.kernel, np.full((3, 3), 1 / 9))
    assert s.params == ConvParams(padding="same")


def test_an_opened_image_keeps_its_kind() -> None:
    s = Session(np.arange(80.0).reshape(8, 10), np.ones((3, 3)), input_kind="image")
    back = loads(dumps(s))
    assert back.input_kind == "image" and back.same_settings(s)


def test_whole_numbers_are_written_as_ints() -> None:
    s = Session(np.arange(4.0).reshape(2, 2), np.ones((1, 1)))
    assert "[0, 1]" in dumps(s) and "0.0" not in dumps(s).split('"params"')[0]


# --- bad files: a clear message ---------------------------------------------------------

BAD_TEXT = [
    ("", "is empty"),
    ("{", "not valid JSON"),
    ("[1, 2]", "not a convstudio session"),
    ("\xff\xfe", "not valid JSON"),
    ('{"format": "other", "schema": 1}', "another program"),
    ('{"schema": 3}', r"newer convstudio \(schema 3; this version reads up to 1\): update"),
    ('{"schema": "1"}', "'schema' must be a whole number"),
    ('{"schema": 1, "input": {}, "kernel": {}, "params": {}, "schema": 1}', "appears twice"),
    (json.dumps(good()).replace('"ramp"', '"ramp", "x": NaN'), "NaN"),
    (json.dumps(good()).replace("[5, 5]", "[5, Infinity]"), "Infinity"),
    (
        json.dumps(good(input__values=[[1, 2]], input__shape=KeyError)).replace("2]]", "1e999]]"),
        "too large for a float",
    ),
    (
        json.dumps(good(input__values=[[1, 2]], input__shape=KeyError)).replace(
            "2]]", "9" * 400 + "]]"
        ),
        "too large for a float",
    ),
    ("[" * 100_000, "nested too deeply|not valid JSON"),
]


@pytest.mark.parametrize(("text", "message"), BAD_TEXT)
def test_bad_text_is_explained(text: str, message: str) -> None:
    with pytest.raises(SessionError, match=r"^lecture\.json: .*" + message):
        loads(text, "lecture.json")


BAD_FIELDS = [
    ({"input": KeyError}, 'has no "input"'),
    ({"params": KeyError}, 'has no "params"'),
    ({"params__stride": [0, 1]}, r"'stride' must be two whole numbers from 1 to 8, found \[0, 1\]"),
    ({"params__stride": [-2, 1]}, "'stride' must be two whole numbers"),
    ({"params__stride": 2}, "'stride' must be two whole numbers"),
    ({"params__stride": ["2", 1]}, "'stride' must be two whole numbers"),
    ({"params__stride": [1.5, 1]}, "'stride' must be two whole numbers"),
    ({"params__dilation": [1, 9]}, "'dilation' must be two whole numbers from 1 to 4"),
    ({"params__padding": "middle"}, "'padding' must be \"valid\""),
    ({"params__padding": [[1, -1], [0, 0]]}, "'padding' must be"),
    ({"params__padding_mode": "mirror"}, "unknown 'padding_mode' \"mirror\"; use one of zeros"),
    ({"params__flip": "yes"}, "'flip' must be true or false"),
    ({"params__value": 1e6}, "'value' must be between"),
    ({"params__strides": [1, 1]}, 'unknown key "strides"'),
    ({"input__kind": "photo"}, "unknown 'input.kind' \"photo\""),
    ({"input__kind": "custom"}, "needs 'values'"),
    ({"input__kind": "image"}, "needs 'values'"),
    ({"kernel__kind": "image"}, "unknown 'kernel.kind' \"image\""),
    ({"input__shape": [0, 4]}, "'input.shape' must be two whole numbers from 1 to 1024"),
    ({"input__shape": [2000, 4]}, "from 1 to 1024"),
    ({"input__values": [[1, 2], [3]]}, "row 1 has 1 values but row 0 has 2"),
    ({"input__values": [[1, "2"]]}, 'holds "2"; every value must be a number'),
    ({"input__values": [[1, None]]}, "holds null"),
    ({"input__values": [[1, True]]}, "holds true"),
    ({"input__values": [[0] * 1025]}, "1×1025, larger than the 1024×1024"),
    ({"input__values": [[1, 2]]}, "says 5×5 but 'input.values' is 1×2"),
    ({"input__values": "0"}, "must be a list of rows"),
    ({"kernel__shape": [12, 3]}, "'kernel.shape' must be two whole numbers from 1 to 11"),
    ({"kernel__kind": "sobel_x", "kernel__shape": [5, 5]}, "sobel_x kernel is 3×3 by definition"),
    ({"input__shape": [2, 2], "params__padding": "valid"}, "settings cannot work: kernel 3×3"),
    ({"step": 25}, "'step' is 25, but these settings have only 25 steps"),
    ({"step": -1}, "'step' must be a whole number ≥ 0"),
    ({"coverage": 1}, "'coverage' must be true or false"),
    ({"view": []}, "'view' must be an object"),
    ({"expect": {"output": [0, 1]}}, "'expect.output' must be two whole numbers"),
]


@pytest.mark.parametrize(("changes", "message"), BAD_FIELDS)
def test_bad_fields_are_explained(changes: dict, message: str) -> None:
    text = json.dumps(good(**changes))
    with pytest.raises(SessionError, match=r"^lecture\.json: .*" + message):
        loads(text, "lecture.json")


def test_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    full = dumps(sample_session())
    path.write_text(full[: len(full) // 2], encoding="utf-8")
    with pytest.raises(SessionError, match=r"cut\.json: is not valid JSON .*truncated"):
        read_session(path)


def test_missing_file_folder_and_huge_file(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(SessionError, match="no such file"):
        read_session(tmp_path / "absent.json")
    with pytest.raises(SessionError, match="is a folder"):
        read_session(tmp_path)
    monkeypatch.setattr(session_mod, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(good()) + " " * 200)
    with pytest.raises(SessionError, match=r"big\.json: is larger than"):
        read_session(path)


def test_unsaveable_view_option_is_explained(tmp_path: Path) -> None:
    s = replace(sample_session(), view={"bad": float("nan")})
    with pytest.raises(SessionError, match="view options cannot be saved"):
        write_session(s, tmp_path / "x.json")
    assert not list(tmp_path.iterdir())


# --- atomic saves -----------------------------------------------------------------------


def test_crash_mid_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lecture.json"
    write_session(sample_session(), path)
    old = path.read_bytes()
    real_write = os.write
    calls = []

    def write_then_die(fd: int, data) -> int:
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(session_mod.os, "write", write_then_die)
    big = replace(sample_session(), input=np.random.default_rng(1).normal(size=(300, 300)))
    with pytest.raises(SessionError, match=r"No space left on device.*unchanged"):
        write_session(big, path)
    assert len(calls) == 2  # it really died half-way
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["lecture.json"]  # no temp file left


@pytest.mark.parametrize("victim", ["fsync", "replace"])
def test_failed_fsync_or_rename_keeps_the_old_file(tmp_path: Path, monkeypatch, victim) -> None:
    path = tmp_path / "lecture.json"
    write_session(sample_session(), path)
    old = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(session_mod.os, victim, boom)
    with pytest.raises(SessionError, match="could not be saved"):
        write_session(replace(sample_session(), step=0), path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["lecture.json"]


def test_save_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    write_session(sample_session(), path)
    os.chmod(path, 0o640)
    write_session(sample_session(), path)
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o640


# --- in the window ----------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from convstudio.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def warnings_shown(monkeypatch) -> list[str]:
    shown: list[str] = []

    def fake_warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QtWidgets.QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", staticmethod(fake_warning))
    return shown


def ui_of(win):
    from convstudio import sessions_ui

    return sessions_ui.of(win)


def test_window_save_then_open_restores_everything(window, tmp_path: Path) -> None:
    c, ui = window.controller, ui_of(window)
    c.set_input("random", 9, 8)
    c.new_random()
    c.set_kernel("gaussian", 3, 5)
    c.set_params(ConvParams(stride=(2, 1), padding=((2, 0), (1, 1)), padding_mode="reflect"))
    c.set_input_cell(1, 2, 7.25)
    window.controls._coverage.setChecked(True)
    window.image_mode_action.setChecked(True)
    c.set_step(7)
    before = ui.current_session()
    path = tmp_path / "lecture.json"
    assert ui.save_to(path)

    c.set_input("ramp", 4, 4)
    c.set_params(ConvParams())
    window.controls._coverage.setChecked(False)
    window.image_mode_action.setChecked(False)
    assert ui.open_path(path)

    after = ui.current_session()
    assert_same(before, after)
    assert c.step == 7 and window.output_view.values().shape == c.walk.out_shape
    assert window.input_view.heatmap() is not None
    assert window.image_mode_action.isChecked()
    assert window.controls.params() == c.params.checked()
    assert ui.recent[0] == str(path.resolve())


@pytest.mark.parametrize(
    "text",
    ["not json", json.dumps(good(params__stride=[0, 1])), '{"schema": 9}', ""],
)
def test_window_bad_file_changes_nothing(window, tmp_path, warnings_shown, text) -> None:
    c, ui = window.controller, ui_of(window)
    c.set_step(3)
    before, walk = ui.current_session(), c.walk
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    assert not ui.open_path(path)
    assert len(warnings_shown) == 1 and "bad.json: " in warnings_shown[0]
    assert_same(before, ui.current_session())
    assert c.walk is walk and c.step == 3 and not c.history.can_undo


def test_window_refuses_to_save_impossible_settings(window, tmp_path, warnings_shown) -> None:
    c = window.controller
    c.set_params(ConvParams(padding=((9, 9), (0, 0)), padding_mode="reflect"))
    assert c.error
    assert not ui_of(window).save_to(tmp_path / "x.json")
    assert "cannot work" in warnings_shown[0] and not (tmp_path / "x.json").exists()


def test_save_failure_is_reported(window, tmp_path, warnings_shown, monkeypatch) -> None:
    def boom(*args):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(session_mod.os, "replace", boom)
    assert not ui_of(window).save_to(tmp_path / "x.json")
    assert "Permission denied" in warnings_shown[0]


def test_view_options_are_kept(window, tmp_path) -> None:
    from convstudio import presenter

    ui = ui_of(window)
    window.controller.open_session(replace(ui.current_session(), view={"later": {"a": 1}}))
    presenter.apply_state(window, {"zoom": 1.25})
    path = tmp_path / "v.json"
    assert ui.save_to(path)
    view = read_session(path).view
    assert view["later"] == {"a": 1} and view["zoom"] == 1.25
    presenter.apply_state(window, {"zoom": 1.0})
    assert ui.open_path(path)
    assert presenter.state(window)["zoom"] == 1.25
    presenter.apply_state(window, {"zoom": 2.0})
    assert ui.open_path(path)  # the same file again still restores its options
    assert presenter.state(window)["zoom"] == 1.25


def test_recent_files_keep_the_last_eight(window, tmp_path) -> None:
    ui = ui_of(window)
    paths = [tmp_path / f"s{i}.json" for i in range(10)]
    for p in paths:
        assert ui.save_to(p)
    assert ui.open_path(paths[3])
    expected = [str(p.resolve()) for p in (paths[3], *reversed(paths[4:]), paths[2])][:8]
    assert ui.recent == expected
    texts = [a.text() for a in ui.recent_menu.actions() if a.text()]
    assert texts[0] == "&1  s3.json" and texts[-1] == "&Clear list"


def test_last_state_and_geometry_come_back(qtbot, tmp_path) -> None:
    from convstudio.main_window import MainWindow

    ini = str(tmp_path / "conf" / "convstudio.ini")
    first = MainWindow()
    qtbot.addWidget(first)
    ui = ui_of(first)
    ui.enable_persistence(QtCore.QSettings(ini, QtCore.QSettings.Format.IniFormat))
    first.resize(700, 500)  # inside the 800×600 offscreen screen
    first.show()
    qtbot.waitExposed(first)
    ui.load_preset("tf-same-stride2")
    first.controller.set_step(4)
    saved_path = tmp_path / "a.json"
    assert ui.save_to(saved_path)
    expected = ui.current_session()
    first.close()
    assert (tmp_path / "conf" / "last-session.json").exists()

    second = MainWindow()
    qtbot.addWidget(second)
    ui2 = ui_of(second)
    ui2.enable_persistence(QtCore.QSettings(ini, QtCore.QSettings.Format.IniFormat))
    assert_same(expected, ui2.current_session())
    assert second.size() == QtCore.QSize(700, 500)
    assert ui2.recent == [str(saved_path.resolve())]
    assert not second.controller.history.can_undo  # a restore is not an edit


def test_broken_last_state_is_ignored(qtbot, tmp_path, capsys) -> None:
    from convstudio.main_window import MainWindow

    ini = tmp_path / "convstudio.ini"
    (tmp_path / "last-session.json").write_text("{trunc", encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    default = ui_of(win).current_session()
    ui_of(win).enable_persistence(QtCore.QSettings(str(ini), QtCore.QSettings.Format.IniFormat))
    assert_same(default, ui_of(win).current_session())
    assert "last session was not restored" in capsys.readouterr().err


def test_session_shortcuts_clash_with_nothing(window) -> None:
    from PySide6 import QtGui

    ui = ui_of(window)
    ours = [*ui.presets_menu.actions(), ui.undo_action, ui.redo_action]
    ours += [a for a in window.file_menu.actions() if "session" in a.text()]
    mine = {k.toString() for a in ours for k in a.shortcuts()}
    assert {"Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+Z", "Ctrl+Y", "Ctrl+1"} <= mine
    others = [a for a in window.findChildren(QtGui.QAction) if a not in ours]
    clashes = {(k.toString(), a.text()) for a in others for k in a.shortcuts()}
    assert {c for c in clashes if c[0] in mine} == set()


def test_a_big_last_session_comes_back_after_the_first_paint(qtbot, tmp_path, monkeypatch) -> None:
    from convstudio import session_memory
    from convstudio.main_window import MainWindow

    monkeypatch.setattr(session_memory, "DEFER_BYTES", 10)
    saved = Session(np.arange(100.0 * 90).reshape(100, 90), np.ones((3, 3)), input_kind="image")
    write_session(saved, tmp_path / "last-session.json")
    win = MainWindow()
    qtbot.addWidget(win)
    ui = ui_of(win)
    ui.enable_persistence(
        QtCore.QSettings(str(tmp_path / "c.ini"), QtCore.QSettings.Format.IniFormat)
    )
    assert win.controller.input.shape == (7, 7)  # not yet: the window paints first
    win.show()
    qtbot.waitUntil(lambda: win.controller.input.shape == (100, 90))
    assert ui.current_session().same_settings(saved) and win.image_mode_action.isChecked()
    assert win.input_view.values().shape == (100, 90)
