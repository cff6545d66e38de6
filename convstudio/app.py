"""Create the QApplication and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from .core.session import Session

# Set by tests/benchmarks/bench_startup.py: print a line at the first paint of the
# main window and quit, so launch-to-painted-window can be timed from outside.
STARTUP_PROBE = "CONVSTUDIO_STARTUP_PROBE"


class _FirstPaintProbe(QtCore.QObject):
    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("convstudio: first paint", flush=True)
            QtCore.QTimer.singleShot(0, QtWidgets.QApplication.quit)
        return False


def projector_font(app: QtWidgets.QApplication) -> QtGui.QFont:
    """The application font, sized for the back of a lecture hall.

    Desktop defaults (9–10 pt) are fine on a laptop but too small on a projector;
    scale with the screen height: 11 pt at 720 lines, about 14 pt at 1080.
    """
    font = app.font()
    screen = app.primaryScreen()
    font.setPointSizeF(projector_point_size(screen.availableGeometry().height() if screen else 720))
    return font


def projector_point_size(screen_height: int) -> float:
    """Font size in points for a screen this many pixels high: 11 pt at 720, ~14 at 1080."""
    return min(16.0, max(11.0, screen_height / 76))


def app_icon() -> QtGui.QIcon:
    """convstudio's icon at every size shipped in resources/icons."""
    from .core.presets import resource_dir

    icon = QtGui.QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_dir("icons", f"convstudio-{size}.png")), QtCore.QSize(size, size))
    return icon


def user_settings() -> QtCore.QSettings:
    """The user's settings, an INI file on every platform so the last session can sit beside it."""
    return QtCore.QSettings(
        QtCore.QSettings.Format.IniFormat,
        QtCore.QSettings.Scope.UserScope,
        QtCore.QCoreApplication.organizationName(),
        QtCore.QCoreApplication.applicationName(),
    )


def run(
    argv: list[str],
    session: Session | None = None,
    path: str | Path | None = None,
    settings: QtCore.QSettings | None = None,
) -> int:
    """Open the window and run the event loop; returns the exit code.

    Parameters
    ----------
    argv
        Arguments for QApplication (Qt's own options such as ``-platform``).
    session
        Show this session (an opened file or a preset) instead of the last one.
    path
        The file ``session`` came from, so Save writes back to it.
    settings
        Where recent files, geometry and the last session are kept; the user's by default.
    """
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    app.setApplicationName("convstudio")
    app.setOrganizationName("convstudio")
    app.setDesktopFileName("convstudio")  # matches convstudio.desktop (Wayland app id, taskbar)
    app.setWindowIcon(app_icon())
    app.setFont(projector_font(app))
    from . import crash, i18n, language_ui, sessions_ui
    from .autosave import offer_restore
    from .core.session import SessionError
    from .main_window import MainWindow

    settings = settings or user_settings()
    # Before the window is built, so it is built in the language it will show.
    i18n.restore_language(settings)
    window = MainWindow()
    probing = bool(os.environ.get(STARTUP_PROBE))
    # From here an exception in a slot is logged, autosaved and explained; the app goes on.
    crash.install(window, interactive=not probing)
    language_ui.of(window).attach(settings)
    ui = sessions_ui.of(window)
    # After a crash, offer the autosave when it is newer than the last clean close.
    restored = session is None and not probing and offer_restore(window, settings)
    ui.enable_persistence(settings, restore_last=session is None and not restored)
    if session is not None:
        try:
            ui.show_session(session, record=False)
        except SessionError as exc:  # a mode this version cannot show: say so, start anyway
            print(f"convstudio: {path or 'the session'}: {exc}", file=sys.stderr)
            session = path = None
        if path is not None:
            ui.set_current_file(path)
    if probing:
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    code = app.exec()
    if sys.stdout is not None:  # None in a windowed (no console) frozen build
        sys.stdout.flush()
    return code
