"""Render the window's stage to PNG, animated GIF and MP4 — with or without a display.

Nothing here draws. A frame is what the window paints: an off-screen MainWindow whose
stage (the three grids, the formulas and the playback strip, not the side panel) has
the requested size is given the session, stepped through its controller and grabbed.
Files are written beside their destination and renamed over it only when complete,
so a cancelled or failed export leaves no partial file.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from . import presenter
from .core.session import Session, from_dict, read_session
from .export_writers import (
    VIDEO_HINT,
    VideoUnavailable,
    atomic_path,
    open_writer,
    save_png,
    video_available,
)
from .i18n import translate

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = [  # the API; the other public names serve export_ui and tests
    "MAX_FRAMES",
    "VIDEO_HINT",
    "ExportCancelled",
    "FramesSampledWarning",
    "VideoUnavailable",
    "render_animation",
    "render_frame",
    "render_window",
    "video_available",
    "write_animation",
]

MAX_FRAMES = 2000  # a 1024×1024 walk has a million steps: no one wants a million frames
SessionLike = Session | dict[str, Any] | str | os.PathLike[str]
Progress = Callable[[int, int], bool | None]
_APP: QtWidgets.QApplication | None = None  # kept alive for the life of a headless process


class ExportCancelled(Exception):
    """The progress callback returned False; no file was written."""


class FramesSampledWarning(UserWarning):
    """The walk had more steps than frames allowed; evenly spaced steps were rendered."""


def ensure_app() -> QtWidgets.QApplication:
    """Return the QApplication, creating one (off-screen when there is no display)."""
    global _APP
    app = QtWidgets.QApplication.instance()
    if app is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        chosen = os.environ.get("QT_QPA_PLATFORM")
        if no_display and not chosen and sys.platform not in ("win32", "darwin"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QtCore.qInstallMessageHandler(_without_offscreen_noise(QtCore.qInstallMessageHandler(None)))
        app = _APP = QtWidgets.QApplication([sys.argv[0] if sys.argv else "convstudio"])
        # Headless renders (convstudio render/animate) have no Language menu: the
        # environment chooses, e.g. CONVSTUDIO_LANGUAGE=ja for a Japanese handout.
        from . import i18n

        if os.environ.get(i18n.ENV_KEY) in i18n.LANGUAGES:
            i18n.set_language(os.environ[i18n.ENV_KEY])
    if not isinstance(app, QtWidgets.QApplication):
        raise RuntimeError("rendering needs a QApplication, but a non-widget Qt app exists")
    return app


def _without_offscreen_noise(previous: Callable | None) -> Callable:
    """A Qt message handler that drops the offscreen plugin's note on every shown window."""

    def handler(mode: QtCore.QtMsgType, context: QtCore.QMessageLogContext, text: str) -> None:
        if "propagateSizeHints" in text:
            return  # an off-screen window has no window manager to tell: nothing is wrong
        if previous is not None:
            previous(mode, context, text)
        else:
            print(text, file=sys.stderr)

    return handler


# --- sessions -------------------------------------------------------------------------


def _load(session: SessionLike | None) -> Session | None:
    """A Session from a Session, a session dict, or the path of a session file."""
    if session is None or isinstance(session, Session):
        return session
    if isinstance(session, dict):
        return from_dict(session)
    return read_session(session)


def _apply_session(window: MainWindow, s: Session) -> None:
    """Put a session on ``window`` through its controller — the one place that knows how."""
    # Inputs wider than the numbers-mode limit need image mode, as when opened in the app.
    window.image_mode_action.setChecked(s.image_mode or max(s.input.shape) > 64)
    # The view goes in separately (render_window): a bad option must raise here, not
    # open a warning box that nobody can close in a headless run.
    window.controller.open_session(replace(s, view={}), record=False)
    if (window.input_view.heatmap() is not None) != s.coverage:
        # The window hears about coverage through the panel's signal (as sessions_ui does).
        window.controls.set_coverage_checked(s.coverage)
        window.controls.coverage_toggled.emit(s.coverage)
    window.show_mode(s.mode)


def snapshot(window: MainWindow) -> Session:
    """What ``window`` shows now, as a Session (arrays shared, not copied)."""
    return replace(
        window.controller.snapshot(),
        coverage=window.input_view.heatmap() is not None,
        image_mode=window.image_mode_action.isChecked(),
        view={**window.controller.view, **presenter.state(window)},
        mode=window.mode_snapshot(),
    )


# --- the off-screen window ------------------------------------------------------------


def stage_of(window: MainWindow) -> QtWidgets.QWidget:
    """The stage of the mode in front: its views, formulas and playback strip."""
    return window.active_stage()


def _frame_zoom(height: int) -> float:
    """Text scale that makes a frame ``height`` pixels high look like the app on such a screen.

    The same size ``app.projector_font`` picks, relative to the current app font.
    """
    from .app import projector_point_size

    target = projector_point_size(height)
    base = QtWidgets.QApplication.font().pointSizeF()
    return target / base if base > 0 else 1.0


@contextmanager
def render_window(
    session: SessionLike | None = None, size: tuple[int, int] = (1280, 720)
) -> Iterator[MainWindow]:
    """An off-screen MainWindow showing ``session`` whose stage is ``size`` pixels.

    The window is never shown on a screen and is deleted when the ``with`` block ends.
    """
    ensure_app()
    from .main_window import MainWindow

    width, height = (int(v) for v in size)
    if width < 1 or height < 1:
        raise ValueError(f"frame size must be positive, got {width}×{height}")
    s = _load(session)
    window = MainWindow()
    try:
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
        if s is not None:
            _apply_session(window, s)
        view = s.view if s else {}
        presenter.apply_state(
            window, {k: view[k] for k in ("zoom", "theme", "palette") if k in view}
        )
        # Text sized for the frame, as the app's projector font sizes it for a screen.
        p = presenter.of(window)
        p.set_zoom(p.zoom * _frame_zoom(height))
        _fit_stage(window, width, height)
        yield window
    finally:
        window.close()
        window.deleteLater()
        # Delete now: a headless caller may never run an event loop that would do it.
        QtCore.QCoreApplication.sendPostedEvents(window, QtCore.QEvent.Type.DeferredDelete)


def _settle() -> None:
    # Layout requests and resizes are queued events; user input must not run mid-export.
    QtWidgets.QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _fit_stage(window: MainWindow, width: int, height: int) -> None:
    """Hide the side panel and resize the window until its stage is ``width``×``height``."""
    stage = stage_of(window)
    splitter = stage.parentWidget()
    for i in range(splitter.count()):
        if splitter.widget(i) is not stage:
            splitter.widget(i).hide()
    window.resize(width, height)
    window.show()
    for _ in range(8):
        _settle()
        got = stage.size()
        if (got.width(), got.height()) == (width, height):
            return
        window.resize(window.width() + width - got.width(), window.height() + height - got.height())
    # Below the stage's minimum size the grab is scaled down in grab_stage.


def grab_stage(window: MainWindow, size: tuple[int, int] | None = None) -> QtGui.QImage:
    """Paint the stage as it is now into an image (scaled to ``size`` if it differs)."""
    _settle()
    stage = stage_of(window)
    # A device-pixel-ratio-1 image: the file gets exactly the pixels asked for, on any screen.
    image = QtGui.QImage(stage.size(), QtGui.QImage.Format.Format_RGB32)
    image.fill(stage.palette().color(QtGui.QPalette.ColorRole.Window))
    stage.render(image)
    if size is not None and (image.width(), image.height()) != tuple(size):
        mode = QtCore.Qt.TransformationMode.SmoothTransformation
        image = image.scaled(*size, QtCore.Qt.AspectRatioMode.IgnoreAspectRatio, mode)
    return image


def image_array(image: QtGui.QImage) -> np.ndarray:
    """``(H, W, 3)`` uint8 RGB copy of a QImage."""
    rgbx = image.convertToFormat(QtGui.QImage.Format.Format_RGBX8888)
    h, w, stride = rgbx.height(), rgbx.width(), rgbx.bytesPerLine()
    flat = np.frombuffer(rgbx.constBits(), np.uint8, count=h * stride)
    return flat.reshape(h, stride)[:, : w * 4].reshape(h, w, 4)[..., :3].copy()


# --- animations -----------------------------------------------------------------------


def plan_steps(
    n_steps: int, first: int = 0, last: int | None = None, max_frames: int = MAX_FRAMES
) -> list[int]:
    """The steps ``first..last`` (inclusive), evenly thinned to at most ``max_frames``."""
    last = n_steps - 1 if last is None else last
    if not 0 <= first <= last < n_steps:
        raise ValueError(f"step range {first}..{last} is not inside 0..{n_steps - 1}")
    count = last - first + 1
    if count <= max_frames:
        return list(range(first, last + 1))
    return np.linspace(first, last, max_frames).round().astype(int).tolist()


def sampling_notice(count: int, max_frames: int = MAX_FRAMES) -> str:
    """Plain words for what :func:`plan_steps` does to ``count`` steps."""
    text = translate(
        "export",
        "The walk has {count} steps; the animation shows {frames} evenly spaced "
        "ones (about one step in {every}) to keep the file usable.",
    )
    return text.format(
        count=f"{count:,}", frames=f"{max_frames:,}", every=f"{round(count / max_frames):,}"
    )


def write_animation(
    window: MainWindow,
    path: str | os.PathLike[str],
    steps: Sequence[int],
    fps: float = 4,
    progress: Progress | None = None,
    size: tuple[int, int] | None = None,
) -> Path:
    """Step ``window``'s controller through ``steps``, grab each and write a GIF or MP4.

    The format follows the suffix (``.gif``, ``.mp4``); frames are ``size`` pixels
    (default: the stage's). ``progress(done, total)`` is called after every frame;
    returning False cancels (ExportCancelled, no file).
    """
    if not steps:
        raise ValueError("no steps to animate")
    size = size or (stage_of(window).width(), stage_of(window).height())
    c = window.active_stepper()
    c.set_speed(fps)  # the speed box in the picture tells the animation's true speed
    c.set_step(steps[-1])  # the fullest frame, for the GIF's shared colour table
    fullest = image_array(grab_stage(window, size))
    with atomic_path(path) as tmp, open_writer(tmp, fps, fullest) as writer:
        for done, step in enumerate(steps, 1):
            c.set_step(step)
            writer.add(image_array(grab_stage(window, size)))
            if progress is not None and progress(done, len(steps)) is False:
                raise ExportCancelled(f"export of {Path(path).name} cancelled")
    return Path(path)


# --- the headless API the command line uses -------------------------------------------


def render_frame(
    session: SessionLike,
    step: int,
    path: str | os.PathLike[str],
    size: tuple[int, int] = (1280, 720),
) -> Path:
    """Render step ``step`` (0-based) of ``session`` to a PNG of ``size`` pixels.

    ``session`` is a Session, a session dict or the path of a session .json file.
    Works without a display. A negative step counts from the end (-1: the last).
    Raises ValueError for a step outside the walk.
    """
    with render_window(session, size) as window:
        stepper = window.active_stepper()
        n = stepper.n_steps
        index = int(step) + n if int(step) < 0 else int(step)  # -1: the last step
        if not 0 <= index < n:
            raise ValueError(
                f"step {step} is outside 0..{n - 1} (or -1 for the last; this walk has {n} steps)"
            )
        stepper.set_step(index)
        return save_png(grab_stage(window, size), path)


def render_animation(
    session: SessionLike,
    path: str | os.PathLike[str],
    size: tuple[int, int] = (1280, 720),
    fps: float = 4,
    progress: Progress | None = None,
    *,
    steps: Sequence[int] | None = None,
    max_frames: int = MAX_FRAMES,
) -> Path:
    """Render every step of ``session`` (or ``steps``) to an animated GIF or MP4.

    More than ``max_frames`` steps are thinned evenly, with a FramesSampledWarning.
    MP4 needs the ``video`` extra (VideoUnavailable names the pip command).
    ``progress(done, total)`` returning False cancels: ExportCancelled, no file.
    """
    with render_window(session, size) as window:
        n = window.active_stepper().n_steps
        chosen = list(steps) if steps is not None else plan_steps(n, max_frames=max_frames)
        if steps is None and n > max_frames:
            warnings.warn(sampling_notice(n, max_frames), FramesSampledWarning, stacklevel=2)
        return write_animation(window, path, chosen, fps, progress, size)
