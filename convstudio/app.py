"""Create the QApplication and the main window."""

from __future__ import annotations

import os
import sys

from PySide6 import QtCore, QtGui, QtWidgets

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
    height = screen.availableGeometry().height() if screen else 720
    font.setPointSizeF(min(16.0, max(11.0, height / 76)))
    return font


def run(argv: list[str]) -> int:
    """Open the window and run the event loop; returns the exit code."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    app.setApplicationName("convstudio")
    app.setOrganizationName("convstudio")
    app.setFont(projector_font(app))
    from .main_window import MainWindow

    window = MainWindow()
    if os.environ.get(STARTUP_PROBE):
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    code = app.exec()
    sys.stdout.flush()
    return code
