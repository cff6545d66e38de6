"""Crash safety: an unexpected exception costs the lecturer one dialog, never the lecture.

``install(window)`` routes every uncaught exception — in a slot (PySide6 hands those to
``sys.excepthook``) or in a worker thread (``threading.excepthook``) — to a CrashGuard.
It writes the details to a size-capped log in the user's data folder, saves the session
on screen to ``autosave.json`` there (see ``autosave``), pauses playback so a failing step
cannot fail twice a second, and says in a short dialog that the app is still running.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtCore, QtWidgets

from . import __version__
from .autosave import AUTOSAVE_NAME, Autosaver, default_data_dir
from .i18n import translate

if TYPE_CHECKING:
    from types import TracebackType

    from .main_window import MainWindow

LOG_NAME = "convstudio.log"
LOG_BYTES, LOG_BACKUPS = 1_000_000, 3  # at most ~4 MB of logs, ever
REPEAT_SECONDS = 5.0  # the same error again within this: logged in one line, no new dialog
MAX_MESSAGE = 300  # characters of the error shown in the dialog


def environment() -> str:
    """Versions and platform, for a bug report."""
    import numpy
    import pyqtgraph
    import PySide6

    frozen = "frozen app" if getattr(sys, "frozen", False) else "Python package"
    return (
        f"convstudio {__version__} ({frozen}); Python {platform.python_version()} on "
        f"{platform.platform()}; Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}, "
        f"numpy {numpy.__version__}, pyqtgraph {pyqtgraph.__version__}"
    )


class CrashGuard(QtCore.QObject):
    """Logs, autosaves and explains uncaught exceptions for one main window."""

    _thread_failed = QtCore.Signal(str, str)  # summary, details; handled in the GUI thread

    def __init__(self, window: MainWindow, data_dir: Path, interactive: bool) -> None:
        super().__init__(window)
        self.setObjectName("crash")
        self.window, self.interactive = window, interactive
        self.log_path = data_dir / LOG_NAME
        self.calls = 0  # uncaught exceptions handled
        self.notices: list[str] = []  # what each dialog said (kept when not interactive too)
        self.dialog: QtWidgets.QMessageBox | None = None
        self._seen: dict[tuple, float] = {}  # error key → when it last happened
        self._handling = False
        self._log = logging.handlers.RotatingFileHandler(
            self.log_path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
        self._log.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self.autosaver = Autosaver(window, data_dir / AUTOSAVE_NAME, self._write_log)
        self._thread_failed.connect(self._on_thread_failed)
        self._previous: tuple[Callable, Callable] | None = None

    @property
    def autosave_path(self) -> Path:
        """Where the session is saved when something goes wrong."""
        return self.autosaver.path

    # --- hooks ------------------------------------------------------------------------

    def _hook(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook, threading.excepthook = self.handle, self._handle_thread

    def uninstall(self) -> None:
        """Give the exception hooks back and close the log (the window is going)."""
        if self._previous is not None:
            if sys.excepthook == self.handle:
                sys.excepthook = self._previous[0]
            if threading.excepthook == self._handle_thread:
                threading.excepthook = self._previous[1]
        self._log.close()

    def _chain(self, *args: object) -> None:
        previous = self._previous[0] if self._previous else sys.__excepthook__
        with suppress(Exception):  # a broken stderr must not break the guard
            previous(*args)  # a terminal still gets the traceback (no-op without stderr)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: log, autosave, pause, explain — and never raise."""
        if not shiboken6.isValid(self) or issubclass(exc_type, KeyboardInterrupt):
            self._chain(exc_type, exc, tb)
            return
        self.calls += 1
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if self._handling:  # raised by our own handling: log only, no dialog loop
            self._write_log(logging.ERROR, f"while handling an error: {details}")
            return
        self._handling = True
        try:
            repeat = self._is_repeat(_key(exc_type, exc, tb))
            if repeat:
                self._write_log(logging.ERROR, f"again: {_summary(exc_type, exc)}")
            else:
                self._write_log(logging.ERROR, self._report(details))
            self._recover(_summary(exc_type, exc), details, notify=not repeat)
        except Exception:
            self._write_log(logging.ERROR, f"crash handler failed: {traceback.format_exc()}")
        finally:
            self._handling = False
        self._chain(exc_type, exc, tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: log here, recover in the GUI thread."""
        if args.exc_type is SystemExit or not shiboken6.isValid(self):
            return
        self.calls += 1
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        name = args.thread.name if args.thread else "?"
        self._write_log(logging.ERROR, self._report(f"in thread {name}: {details}"))
        self._thread_failed.emit(_summary(args.exc_type, args.exc_value), details)

    def _on_thread_failed(self, summary: str, details: str) -> None:
        self._recover(summary, details, notify=not self._is_repeat((summary,)))

    # --- what a failure does ----------------------------------------------------------

    def _is_repeat(self, key: tuple) -> bool:
        now = time.monotonic()
        previous, self._seen[key] = self._seen.get(key), now
        return previous is not None and now - previous < REPEAT_SECONDS

    def _report(self, details: str) -> str:
        return f"uncaught exception — {environment()}\nstate: {self._state()}\n{details}"

    def _state(self) -> str:
        try:
            c = self.window.controller
            return (
                f"step {c.step + 1}/{c.walk.n_steps}, input {c.input.shape} {c.input_kind}, "
                f"kernel {c.kernel.shape} {c.kernel_kind}, {c.params}, error {c.error!r}"
            )
        except Exception as exc:  # the state itself may be what broke
            return f"unavailable ({exc!r})"

    def _recover(self, summary: str, details: str, *, notify: bool) -> None:
        try:
            self.window.controller.pause()  # a failing tick would otherwise fail forever
        except Exception:
            self._write_log(logging.ERROR, f"could not pause: {traceback.format_exc()}")
        saved = self.autosaver.save()
        if notify:
            self._notify(summary, details, saved)

    def _notify(self, summary: str, details: str, saved: Path | None) -> None:
        if saved is not None:
            kept = translate("CrashGuard", "Your work is safe: it was saved to {}.").format(saved)
        else:
            kept = translate(
                "CrashGuard", "Your work could not be saved automatically; save it with Ctrl+S."
            )
        text = translate(
            "CrashGuard",
            "convstudio is still running. {}\n\nThe details for a bug report are in {}",
        ).format(kept, self.log_path)
        self.notices.append(f"{summary}\n{text}")
        if not self.interactive or (self.dialog is not None and self.dialog.isVisible()):
            return  # one dialog at a time; the log has the rest
        try:
            self._show_dialog(summary, text, details)
        except Exception:
            self._write_log(logging.ERROR, f"could not show the dialog: {traceback.format_exc()}")

    def _show_dialog(self, summary: str, text: str, details: str) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            translate("CrashGuard", "convstudio: something went wrong"),
            translate("CrashGuard", "That action failed: {}").format(_short(summary)),
            QtWidgets.QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(text)
        box.setDetailedText(details)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_dialog_finished)
        self.dialog = box
        box.open()  # window-modal, no nested event loop inside the exception hook

    def _on_dialog_finished(self) -> None:
        self.dialog = None

    def _write_log(self, level: int, message: str) -> None:
        with suppress(Exception):  # no disk for the log: nothing better to do
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            record = logging.makeLogRecord(
                {"msg": message, "levelno": level, "levelname": logging.getLevelName(level)}
            )
            self._log.handle(record)


def _key(exc_type: type, exc: BaseException, tb: TracebackType | None) -> tuple:
    """What makes two errors "the same": type, message and the line that raised."""
    last = traceback.extract_tb(tb)[-1:] if tb else []
    return (exc_type.__qualname__, str(exc)[:200], *((f.filename, f.lineno) for f in last))


def _summary(exc_type: type, exc: BaseException) -> str:
    message = str(exc)
    return f"{exc_type.__name__}: {message}" if message else exc_type.__name__


def _short(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def install(
    window: MainWindow, *, data_dir: str | Path | None = None, interactive: bool = True
) -> CrashGuard:
    """Guard ``window``: uncaught exceptions are logged, autosaved and explained.

    ``data_dir`` holds ``convstudio.log`` and ``autosave.json`` (default: the user's
    data folder); ``interactive=False`` records ``notices`` instead of showing dialogs.
    The hooks are given back when the window is destroyed (or on ``uninstall()``).
    """
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    guard = CrashGuard(window, folder, interactive)
    guard._hook()
    window.destroyed.connect(lambda *_: guard.uninstall())
    return guard


def of(window: QtWidgets.QWidget) -> CrashGuard | None:
    """The CrashGuard installed on ``window``, if any."""
    return window.findChild(CrashGuard, "crash")
