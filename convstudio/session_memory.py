"""What convstudio remembers between runs: recent files, window geometry, the last session.

Nothing is remembered until the app calls ``Memory.attach`` with a QSettings (tests
pass one in tmp_path), so a window made in a test never touches the user's settings.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from .core.session import SessionError, read_session, write_session

if TYPE_CHECKING:
    from .sessions_ui import SessionsUI

MAX_RECENT = 8
KEY = "recent/files"
# A last session bigger than this (an image: 1024×1024 takes ~0.3 s to read and check)
# is restored just after the window's first paint, so start-up stays quick.
DEFER_BYTES = 256 * 1024


class RecentFiles(QtCore.QObject):
    """The list of recent session files and the submenu that shows it."""

    def __init__(self, menu: QtWidgets.QMenu, open_path: Callable[[str], object]) -> None:
        super().__init__(menu)
        self.menu, self._open_path = menu, open_path
        self.paths: list[str] = []
        self.settings: QtCore.QSettings | None = None
        self._rebuild()

    def event(self, event: QtCore.QEvent) -> bool:
        # The menu (our parent) passes LanguageChange on to its children.
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._rebuild()
        return super().event(event)

    def load(self, settings: QtCore.QSettings) -> None:
        """Read the list from ``settings`` and keep it there from now on."""
        self.settings = settings
        stored = settings.value(KEY) or []
        # An INI file gives back a one-item list as a plain string.
        self.paths = [str(p) for p in ([stored] if isinstance(stored, str) else stored)]
        del self.paths[MAX_RECENT:]
        self._rebuild()

    def add(self, path: str | Path) -> None:
        """Put ``path`` first (once)."""
        text = str(Path(path).resolve())
        self.paths = [text, *(p for p in self.paths if p != text)][:MAX_RECENT]
        self._store()

    def remove(self, path: str | Path) -> None:
        """Drop ``path`` (a file that has gone)."""
        text = str(Path(path).resolve())
        if text in self.paths:
            self.paths.remove(text)
            self._store()

    def clear(self) -> None:
        """Empty the list."""
        self.paths = []
        self._store()

    def _store(self) -> None:
        if self.settings is not None:
            self.settings.setValue(KEY, self.paths)
        self._rebuild()

    def _rebuild(self) -> None:
        self.menu.clear()
        for n, path in enumerate(self.paths, 1):
            action = self.menu.addAction(f"&{n}  {Path(path).name.replace('&', '&&')}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self._open_path(p))
        if self.paths:
            self.menu.addSeparator()
            self.menu.addAction(self.tr("&Clear list"), self.clear)
        self.menu.setToolTipsVisible(True)
        self.menu.setEnabled(bool(self.paths))


class Memory(QtCore.QObject):
    """Window geometry and the last session, saved when the window closes."""

    def __init__(self, ui: SessionsUI) -> None:
        super().__init__(ui)
        self.ui, self.window = ui, ui.window
        self.settings: QtCore.QSettings | None = None
        self._deferred: Path | None = None  # a big last session waiting for the first paint

    def attach(self, settings: QtCore.QSettings, *, restore_last: bool = True) -> None:
        """Restore geometry (and the last session) from ``settings``; save there on close.

        The last session goes to ``last-session.json`` beside the settings file, not into
        it: an image-mode input would make the settings file megabytes to parse at start.
        """
        self.settings = settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QtCore.QByteArray) and not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        last = self.last_session_path()
        if restore_last and last.exists():
            if last.stat().st_size > DEFER_BYTES:
                self._deferred = last
            else:
                self._restore(last)
        self.window.installEventFilter(self)

    def last_session_path(self) -> Path:
        """Where the session on screen is kept between runs."""
        if self.settings is None:
            raise RuntimeError("enable_persistence(settings) has not been called")
        return Path(self.settings.fileName()).with_name("last-session.json")

    def save(self) -> None:
        """Write geometry and (when the settings work) the session."""
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.sync()
        if self.ui.controller.error:
            return  # keep the previous good session rather than one that cannot open
        path = self.last_session_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_session(self.ui.current_session(), path)
        except (OSError, SessionError) as exc:
            print(f"convstudio: the session was not kept for next time: {exc}", file=sys.stderr)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Save on close; restore a deferred big session once the window has painted."""
        if watched is self.window:
            if event.type() == QtCore.QEvent.Type.Close:
                self.save()
            elif event.type() == QtCore.QEvent.Type.Paint and self._deferred is not None:
                path, self._deferred = self._deferred, None
                QtCore.QTimer.singleShot(0, self, lambda: self._restore(path))
        return False

    def _restore(self, path: Path) -> None:
        try:
            self.ui.show_session(read_session(path), record=False)
        except SessionError as exc:
            print(f"convstudio: the last session was not restored: {exc}", file=sys.stderr)
