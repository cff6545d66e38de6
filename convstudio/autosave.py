"""Autosave: the session on screen kept in the user's data folder, so a crash loses nothing.

An Autosaver writes ``autosave.json`` (atomically, like every session file) a minute
after edits, and at once when the crash guard asks. At the next start ``offer_restore``
offers it back when it is newer than the session the app kept at its last clean close.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import traceback
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from .core.session import Session, SessionError, read_session, write_session
from .i18n import translate

if TYPE_CHECKING:
    from .main_window import MainWindow

AUTOSAVE_NAME, DECLINED_NAME = "autosave.json", "autosave-declined.json"
AUTOSAVE_MS = 60_000  # after the first edit since the last save: at most one write a minute

Log = Callable[[int, str], None]


def default_data_dir() -> Path:
    """The user's data folder (``QStandardPaths.AppDataLocation``), or a temp folder."""
    location = QtCore.QStandardPaths.StandardLocation.AppDataLocation
    found = QtCore.QStandardPaths.writableLocation(location)
    return Path(found) if found else Path(tempfile.gettempdir()) / "convstudio"


def _same(a: Session, b: Session) -> bool:
    return a.same_settings(b) and (a.step, a.image_mode, a.view) == (b.step, b.image_mode, b.view)


class Autosaver(QtCore.QObject):
    """Keeps what one window shows in ``path``; its timer, not a view's, paces the saves."""

    def __init__(self, window: MainWindow, path: Path, log: Log) -> None:
        super().__init__(window)
        self.window, self.path, self._log = window, path, log
        self._lock = threading.Lock()  # one write at a time, the newest state last
        self._seq = self._written_seq = 0
        self._last_written: Session | None = None
        self.timer = QtCore.QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        c = window.controller
        c.settings_changed.connect(self._on_controller_edited)
        c.coverage_changed.connect(self._on_controller_edited)
        window.installEventFilter(self)

    def save(self, *, background: bool = False) -> Path | None:
        """Write the session on screen to ``path`` (atomically); None if that failed.

        ``background`` writes from a worker thread (a 1024×1024 float image takes over a
        second to write): the periodic save; a crash saves before it says so.
        """
        session = self.session()
        if session is None:
            return None
        last = self._last_written
        if last is not None and _same(session, last) and self.path.exists():
            return self.path
        self._seq += 1
        if background:
            args = (session, self._seq)
            threading.Thread(target=self._write, args=args, name="autosave", daemon=True).start()
            return self.path
        return self.path if self._write(session, self._seq) else None

    def session(self) -> Session | None:
        """What the window shows (its last good result while the settings cannot work)."""
        from . import sessions_ui

        try:
            c = self.window.controller
            try:
                session = sessions_ui.of(self.window).current_session()
            except Exception:  # the presenter may be what broke: settings still count
                session = c.snapshot()
            if c.error:
                walk = c.walk
                step = min(session.step, walk.n_steps - 1)
                session = replace(
                    session, input=walk.input, kernel=walk.kernel, params=walk.params, step=step
                )
            return session
        except Exception:
            self._log(logging.ERROR, f"nothing to autosave: {traceback.format_exc()}")
            return None

    def _write(self, session: Session, seq: int) -> bool:
        with self._lock:
            if seq < self._written_seq:
                return True  # a newer state is already on disk
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                write_session(session, self.path)
            except (OSError, SessionError) as exc:
                self._log(logging.WARNING, f"autosave failed: {exc}")
                return False
            except Exception:  # saving must never turn one error into two
                self._log(logging.ERROR, f"autosave failed: {traceback.format_exc()}")
                return False
            self._written_seq, self._last_written = seq, session
            return True

    def _on_controller_edited(self, *_: object) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.save(background=True)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """A clean close: nothing autosaved after the app keeps the last session."""
        if watched is self.window and event.type() == QtCore.QEvent.Type.Close:
            self.timer.stop()
        return False


# --- the next start ---------------------------------------------------------------------


def last_clean_save(settings: QtCore.QSettings) -> Path:
    """The session the app keeps at a clean close (``session_memory.Memory``'s file)."""
    return Path(settings.fileName()).with_name("last-session.json")


def restorable(data_dir: str | Path, last_clean: Path | None = None) -> Session | None:
    """The autosaved session when it is newer than ``last_clean`` and still opens."""
    path = Path(data_dir) / AUTOSAVE_NAME
    try:
        saved = path.stat().st_mtime
        if last_clean is not None and last_clean.exists() and last_clean.stat().st_mtime >= saved:
            return None
        return read_session(path)
    except (OSError, SessionError):
        return None


def offer_restore(
    window: MainWindow,
    settings: QtCore.QSettings | None = None,
    *,
    data_dir: str | Path | None = None,
    ask: Callable[[QtWidgets.QWidget, str], bool] | None = None,
) -> bool:
    """Offer the autosave when the last run did not end cleanly; True if it was restored.

    ``settings`` locate the last clean save; ``ask(window, when)`` defaults to a Yes/No
    question. A declined autosave is kept as ``autosave-declined.json``, not offered again.
    """
    from . import sessions_ui

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    session = restorable(folder, last_clean_save(settings) if settings is not None else None)
    if session is None:
        return False
    path = folder / AUTOSAVE_NAME
    when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%a %d %b %H:%M")
    if not (ask or _ask_restore)(window, when):
        with suppress(OSError):
            path.replace(folder / DECLINED_NAME)
        return False
    try:
        sessions_ui.of(window).show_session(session, record=False)
    except SessionError:
        return False  # its mode cannot be shown any more; the file stays for a look
    return True


def _ask_restore(window: QtWidgets.QWidget, when: str) -> bool:
    buttons = QtWidgets.QMessageBox.StandardButton
    answer = QtWidgets.QMessageBox.question(
        window,
        translate("Autosave", "Restore your work?"),
        translate(
            "Autosave",
            "convstudio did not close normally last time. Restore the work autosaved on {}?",
        ).format(when),
        buttons.Yes | buttons.No,
        buttons.Yes,
    )
    return answer == buttons.Yes
