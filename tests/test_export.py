"""Export: frames are the window's stage, grabbed step by step; files appear whole or not at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtCore, QtWidgets

from convstudio import export, export_ui, export_writers
from convstudio.core.session import write_session
from convstudio.main_window import MainWindow

SESSION = {
    "schema": 1,
    "input": {"kind": "random", "seed": 3, "shape": [6, 6]},
    "kernel": {"kind": "sobel_x", "shape": [3, 3]},
    "params": {"padding": "same", "stride": [1, 1]},
    "step": 2,
}
SMALL = (800, 450)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def png(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB"))


def stage_grab(session, step: int, size: tuple[int, int]) -> np.ndarray:
    """What the stage of a window showing ``session`` paints at ``step``, via QWidget.grab."""
    with export.render_window(session, size) as win:
        win.controller.set_step(step)
        stage = export.stage_of(win)
        assert (stage.width(), stage.height()) == size
        assert win.formulas in stage.findChildren(QtWidgets.QWidget)
        assert win.controls not in stage.findChildren(QtWidgets.QWidget)  # no side panel
        return export.image_array(stage.grab().toImage())


def gif_frames(path: Path) -> list[np.ndarray]:
    frames = []
    with Image.open(path) as im:
        for i in range(im.n_frames):
            im.seek(i)
            frames.append(np.asarray(im.convert("RGB")).copy())
    return frames


def test_png_is_the_stage_at_that_step(tmp_path: Path) -> None:
    out = export.render_frame(SESSION, 7, tmp_path / "frame.png", (1280, 720))
    assert out == tmp_path / "frame.png"
    pixels = png(out)
    assert pixels.shape == (720, 1280, 3)
    np.testing.assert_array_equal(pixels, stage_grab(SESSION, 7, (1280, 720)))
    other = png(export.render_frame(SESSION, 8, tmp_path / "next.png", (1280, 720)))
    assert not np.array_equal(pixels, other)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["frame.png", "next.png"]


def test_session_file_and_view_options(tmp_path: Path) -> None:
    from convstudio.core.session import from_dict

    path = tmp_path / "lecture.json"
    write_session(from_dict({**SESSION, "view": {"theme": "dark", "zoom": 1.0}}), path)
    out = export.render_frame(path, 0, tmp_path / "dark.png", SMALL)
    pixels = png(out)
    assert pixels.shape == (450, 800, 3)
    assert (pixels[2, 2] == 0).all()  # the dark high-contrast theme's black window
    # Below the stage's minimum size the picture is scaled, never cropped.
    tiny = png(export.render_frame(path, 0, tmp_path / "tiny.png", (640, 300)))
    assert tiny.shape == (300, 640, 3)
    with pytest.raises(ValueError, match="outside"):
        export.render_frame(path, 36, tmp_path / "nope.png", SMALL)
    assert not (tmp_path / "nope.png").exists()


def test_export_from_the_window_matches_the_headless_render(window, tmp_path: Path) -> None:
    window.controller.set_step(4)
    exporter = export_ui.of(window)
    exporter.export_png(tmp_path / "gui.png", (1920, 1080))
    session = export.snapshot(window)
    export.render_frame(session, 4, tmp_path / "cli.png", (1920, 1080))
    gui = png(tmp_path / "gui.png")
    assert gui.shape == (1080, 1920, 3)
    np.testing.assert_array_equal(gui, png(tmp_path / "cli.png"))
    assert window.controller.step == 4  # the lecture on screen did not move


def test_gif_has_one_frame_per_step_and_moves(window, tmp_path: Path) -> None:
    exporter = export_ui.of(window)
    options = export_ui.ExportOptions(size=SMALL, fps=5, first=3, last=12)
    out = exporter.export_animation(tmp_path / "walk.gif", options)
    with Image.open(out) as im:
        assert im.size == SMALL and im.n_frames == 10
        assert im.info["duration"] == 200 and im.info["loop"] == 0
    frames = gif_frames(out)
    for k in range(len(frames) - 1):
        assert not np.array_equal(frames[k], frames[k + 1]), k
    # Frame k is step 3 + k as the stage paints it (up to the GIF's 255-colour table).
    session = export.snapshot(window)
    for k in (0, 5, 9):
        grab = stage_grab(session, 3 + k, SMALL).astype(int)
        assert np.abs(frames[k].astype(int) - grab).mean() < 2.0, k
    # The window moved in the input grid between consecutive frames.
    with export.render_window(session, SMALL) as win:
        corner = win.input_view.mapTo(export.stage_of(win), QtCore.QPoint(0, 0))
        w, h = win.input_view.width(), win.input_view.height()
    box = np.s_[corner.y() : corner.y() + h, corner.x() : corner.x() + w]
    assert not np.array_equal(frames[0][box], frames[1][box])


@pytest.mark.skipif(not export.video_available(), reason="the video extra is not installed")
def test_mp4_has_one_frame_per_step(tmp_path: Path) -> None:
    import imageio.v2 as iio

    out = export.render_animation(SESSION, tmp_path / "walk.mp4", SMALL, fps=6)
    reader = iio.get_reader(str(out))
    try:
        assert reader.count_frames() == 36
        assert reader.get_data(0).shape == (450, 800, 3)
        assert reader.get_meta_data()["fps"] == pytest.approx(6)
    finally:
        reader.close()


def test_mp4_without_the_extra_names_the_pip_command(window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_writers, "video_available", lambda: False)
    with pytest.raises(export.VideoUnavailable, match=r'pip install "convstudio\[video\]"'):
        export.render_animation(SESSION, tmp_path / "walk.mp4", SMALL)
    assert list(tmp_path.iterdir()) == []
    shown = []
    monkeypatch.setattr(export_ui, "video_available", lambda: False)
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *a: shown.append(a[2]))
    export_ui.of(window)._on_animation("mp4")
    assert 'pip install "convstudio[video]"' in shown[0]


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_cancel_leaves_no_file(tmp_path: Path, suffix: str) -> None:
    if suffix == ".mp4" and not export.video_available():
        pytest.skip("the video extra is not installed")
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 4

    target = tmp_path / f"walk{suffix}"
    target_before = b"an older file stays as it was"
    (tmp_path / "keep.gif").write_bytes(target_before)
    with pytest.raises(export.ExportCancelled):
        export.render_animation(SESSION, target, SMALL, progress=progress)
    assert seen == [(1, 36), (2, 36), (3, 36), (4, 36)]
    assert [p.name for p in tmp_path.iterdir()] == ["keep.gif"]  # no partial or temp file
    with pytest.raises(export.ExportCancelled):
        export.render_animation(SESSION, tmp_path / "keep.gif", SMALL, progress=lambda *a: False)
    assert (tmp_path / "keep.gif").read_bytes() == target_before


def test_clipboard_gets_the_frame(window) -> None:
    image = export_ui.of(window).copy_frame((1280, 720))
    pasted = QtWidgets.QApplication.clipboard().image()
    assert (pasted.width(), pasted.height()) == (1280, 720)
    assert export.image_array(pasted).shape == export.image_array(image).shape


def test_long_walks_are_sampled_with_a_notice(tmp_path: Path) -> None:
    steps = export.plan_steps(1024 * 1024)
    assert len(steps) == export.MAX_FRAMES and steps[0] == 0 and steps[-1] == 1024 * 1024 - 1
    assert np.all(np.diff(steps) > 0)
    assert export.plan_steps(36, 5, 9) == [5, 6, 7, 8, 9]
    with pytest.raises(ValueError):
        export.plan_steps(36, 10, 40)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = export.render_animation(SESSION, tmp_path / "few.gif", SMALL, max_frames=5)
    assert any(issubclass(w.category, export.FramesSampledWarning) for w in caught)
    assert "36 steps" in str(caught[0].message)
    with Image.open(out) as im:
        assert im.n_frames == 5


def test_menu_flow_writes_the_chosen_file(window, tmp_path: Path, monkeypatch) -> None:
    exporter = export_ui.of(window)
    options = export_ui.ExportOptions(size=SMALL, fps=2, first=0, last=4)

    def ask_options(fmt: str) -> export_ui.ExportOptions:
        exporter.options = options  # as the dialog does: the choice is remembered
        return options

    monkeypatch.setattr(exporter, "ask_options", ask_options)
    monkeypatch.setattr(exporter, "ask_path", lambda fmt, name: tmp_path / f"menu.{fmt}")
    exporter._on_animation("gif")
    with Image.open(tmp_path / "menu.gif") as im:
        assert im.n_frames == 5
    exporter._on_png()
    assert png(tmp_path / "menu.png").shape == (450, 800, 3)


def test_export_dialog_collects_the_choices(window, qtbot) -> None:
    dialog = export_ui.ExportDialog(window, export_ui.ExportOptions(), 36, "mp4")
    qtbot.addWidget(dialog)
    assert dialog.options() == export_ui.ExportOptions((1280, 720), 4.0, 0, None)
    dialog._size.setCurrentText(export_ui.CUSTOM)
    dialog._w.setValue(1001)
    dialog._h.setValue(701)
    dialog._every.setChecked(False)
    dialog._first.setValue(3)
    dialog._last.setValue(10)
    assert dialog.options() == export_ui.ExportOptions((1000, 700), 4.0, 2, 9)  # even for H.264
    assert "8 frames" in dialog._notice.text()


def test_renders_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    code = (
        "import sys, json; from convstudio import export; "
        "s = json.loads(sys.argv[1]); "
        "export.render_frame(s, 3, sys.argv[2], (800, 450)); "
        "from PySide6 import QtGui; print(QtGui.QGuiApplication.platformName())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(SESSION), str(tmp_path / "headless.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "offscreen"
    assert png(tmp_path / "headless.png").shape == (450, 800, 3)


def test_headless_render_follows_language_from_environment(tmp_path) -> None:
    """convstudio render has no Language menu: CONVSTUDIO_LANGUAGE picks the language."""
    import subprocess
    import sys

    code = "from convstudio import export, i18n; export.ensure_app(); print(i18n.language())"
    env = dict(__import__("os").environ, CONVSTUDIO_LANGUAGE="ja", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "ja"
