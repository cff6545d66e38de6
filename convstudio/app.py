"""Create the QApplication and the main window."""

from __future__ import annotations

import os
import sys

from PySide6 import QtCore, QtWidgets

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


def run(argv: list[str]) -> int:
    """Open the window and run the event loop; returns the exit code."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    app.setApplicationName("convstudio")
    app.setOrganizationName("convstudio")
    from .main_window import MainWindow

    window = MainWindow()
    if os.environ.get(STARTUP_PROBE):
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    code = app.exec()
    sys.stdout.flush()
    return code
