"""Sessions in the window: File › Open/Save/Recent, Edit › Undo/Redo, the Presets menu,
and (when the app enables it) the last session and window geometry kept across runs.

State lives in the controller; this module only turns menu actions into controller
calls and shows what went wrong in plain words.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from .core.errors import ConfigError
from .core.presets import PresetInfo, find_preset, preset_index
from .core.session import Session, SessionError, read_session, write_session
from .i18n import translate
from .session_memory import Memory, RecentFiles
from .views.controls import NUMBERS_MODE_MAX

# Above this many rows or columns the window needs image mode to show an input.


class SessionsUI(QtCore.QObject):
    """The session actions of one main window."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sessions")
        self.window, self.controller = window, window.controller
        self.path: Path | None = None  # where Save writes without asking
        self._preset: PresetInfo | None = None  # the preset on screen, for the title
        self._shown_coverage = self.controller.coverage
        self.memory = Memory(self)
        self._build_file_actions()
        self._build_edit_actions()
        self._build_presets_menu()
        self._retranslate()
        self._connect()

    # --- construction -----------------------------------------------------------------

    def _action(self, keys: list, slot) -> QtGui.QAction:
        action = QtGui.QAction(self.window)
        action.setShortcuts([QtGui.QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        return action

    def _build_file_actions(self) -> None:
        w = self.window
        self.recent_menu = QtWidgets.QMenu(w)
        self.recent_files = RecentFiles(self.recent_menu, self.open_path)
        standard = QtGui.QKeySequence.StandardKey
        self.open_action = self._action([standard.Open], self.open_dialog)
        self.save_action = self._action([standard.Save], self.save)
        self.save_as_action = self._action(["Ctrl+Shift+S"], self.save_as_dialog)
        actions = [self.open_action, self.recent_menu.menuAction()]
        _insert_at_top(w.file_menu, [*actions, self.save_action, self.save_as_action])

    def _build_edit_actions(self) -> None:
        undo_keys = [QtGui.QKeySequence.StandardKey.Undo]
        self.undo_action = self._action(undo_keys, self.controller.undo)
        self.redo_action = self._action(["Ctrl+Shift+Z", "Ctrl+Y"], self.controller.redo)
        _insert_at_top(self.window.edit_menu, [self.undo_action, self.redo_action])
        self._on_undo_changed()

    def _build_presets_menu(self) -> None:
        # No mnemonic: every letter of "Presets" is taken (Playback, Edit, the panel's
        # Alt+R/S/T); Ctrl+1…9 and F10 reach it instead.
        menu = QtWidgets.QMenu(self.window)
        menu.setToolTipsVisible(True)  # each preset's description, on hover
        self._preset_actions: list[tuple[QtGui.QAction, PresetInfo]] = []
        for info in preset_index():
            keys = [f"Ctrl+{info.number}"] if 1 <= info.number <= 9 else []
            action = self._action(keys, lambda _=False, i=info: self.load_preset(i))
            menu.addAction(action)
            self._preset_actions.append((action, info))
        bar = self.window.menuBar()
        bar.insertMenu(self.window.playback_menu.menuAction(), menu)
        self.presets_menu = menu

    def _retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open session…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save session"))
        self.save_as_action.setText(self.tr("Save session &as…"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.presets_menu.setTitle(self.tr("Presets"))
        for action, info in self._preset_actions:
            # Titles and descriptions are data (resources/presets); build.py collects them.
            title = translate("Presets", info.title).replace("&", "&&")
            n = info.number
            action.setText(f"&{n}  {title}" if n <= 9 else f"{n}  {title}")
            action.setToolTip(translate("Presets", info.description or info.title))
        self._update_title()

    def event(self, event: QtCore.QEvent) -> bool:
        # The window passes LanguageChange on to its children (after re-titling itself).
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def _connect(self) -> None:
        c, w = self.controller, self.window
        c.undo_changed.connect(self._on_undo_changed)
        c.coverage_changed.connect(self._on_controller_coverage)
        c.view_changed.connect(self._on_view_changed)
        # Connected before the window's own slots: image mode must widen the size boxes
        # before the controls are synced to an input larger than 64.
        c.settings_changed.connect(self._on_settings_changed)
        w.controls.coverage_toggled.connect(self._on_controls_coverage)
        for spin in w.controls.findChildren(QtWidgets.QAbstractSpinBox):
            spin.installEventFilter(self)

    # --- public API -------------------------------------------------------------------

    def current_session(self) -> Session:
        """What the window shows now, as a Session (presenter options in ``view``)."""
        view = dict(self.controller.view)
        presenter = _presenter_module(self.window)
        if presenter is not None:
            view.update(presenter.state(self.window))
        image_mode = self.window.image_mode_action.isChecked()
        return replace(
            self.controller.snapshot(),
            image_mode=image_mode,
            view=view,
            mode=self.window.mode_snapshot(),
        )

    def show_session(self, session: Session, *, record: bool = True) -> None:
        """Put ``session`` on screen exactly: settings, step, coverage, image mode, view, mode.

        Raises SessionError, changing nothing, when its mode section cannot be shown.
        """
        try:
            self.window.show_mode(session.mode)  # first: it is the part that may still refuse
        except SessionError:
            raise
        except ConfigError as exc:
            message = self.tr("its 'mode' section cannot be shown: {error}").format(error=exc)
            raise SessionError(message) from exc
        big = max(session.input.shape) > NUMBERS_MODE_MAX
        self.window.image_mode_action.setChecked(session.image_mode or big)
        self.controller.open_session(session, record=record)

    def open_path(self, path: str | Path) -> bool:
        """Open a session file; on any problem say why and change nothing."""
        try:
            session = read_session(path)
        except SessionError as exc:
            self._warn(self.tr("Could not open the session"), str(exc))
            if not Path(path).exists():
                self.recent_files.remove(path)
            return False
        try:
            self.show_session(session)
        except SessionError as exc:
            self._warn(self.tr("Could not open the session"), f"{path}: {exc}")
            return False
        self.set_current_file(path)
        return True

    def set_current_file(self, path: str | Path) -> None:
        """``path`` is now the session on screen: Save writes there; it heads Open recent."""
        self.path, self._preset = Path(path), None
        self.recent_files.add(self.path)
        self._update_title()

    def save_to(self, path: str | Path) -> bool:
        """Save the current session to ``path`` (atomically); False with a message on failure."""
        if self.controller.error:
            text = self.tr(
                "The current settings cannot work:\n{error}\n\n"
                "Fix them (or undo with Ctrl+Z) before saving."
            )
            self._warn(self.tr("Nothing saved"), text.format(error=self.controller.error))
            return False
        try:
            write_session(self.current_session(), path)
        except SessionError as exc:
            self._warn(self.tr("Could not save the session"), str(exc))
            return False
        self.set_current_file(path)
        return True

    def load_preset(self, preset: PresetInfo | str) -> bool:
        """Show a shipped preset (one undo step)."""
        try:
            info = preset if isinstance(preset, PresetInfo) else find_preset(preset)
            session = info.load()
        except (SessionError, ValueError) as exc:
            self._warn(self.tr("Could not load the preset"), str(exc))
            return False
        try:
            self.show_session(session)
        except SessionError as exc:
            self._warn(self.tr("Could not load the preset"), str(exc))
            return False
        self.path = None  # Save must not overwrite a file with a preset
        self._preset = info
        self._update_title()
        return True

    # --- kept across runs (enabled by the app, never by tests' default windows) --------

    def enable_persistence(self, settings: QtCore.QSettings, *, restore_last: bool = True) -> None:
        """Keep recent files, window geometry and the last session in ``settings``."""
        self.recent_files.load(settings)
        self.memory.attach(settings, restore_last=restore_last)

    def save_state(self) -> None:
        """Write geometry and the session to the settings (also done when the window closes)."""
        self.memory.save()

    # --- menu actions -----------------------------------------------------------------

    def open_dialog(self) -> None:
        """File › Open session…"""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, self.tr("Open session"), self._folder(), self._filter()
        )
        if path:
            self.open_path(path)

    def save(self) -> None:
        """File › Save session: to the file last opened or saved, else ask."""
        if self.path is None:
            self.save_as_dialog()
        else:
            self.save_to(self.path)

    def save_as_dialog(self) -> None:
        """File › Save session as…"""
        start = str(self.path) if self.path else str(Path(self._folder()) / "session.json")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Save session"), start, self._filter()
        )
        if path:
            self.save_to(path if Path(path).suffix else f"{path}.json")

    def _filter(self) -> str:
        return self.tr("convstudio sessions (*.json);;All files (*)")

    def _folder(self) -> str:
        if self.path is not None:
            return str(self.path.parent)
        if self.recent:
            return str(Path(self.recent[0]).parent)
        return QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation
        )

    # --- controller ↔ window ----------------------------------------------------------

    @property
    def recent(self) -> list[str]:
        """The recent session files, newest first."""
        return self.recent_files.paths

    def _on_undo_changed(self) -> None:
        self.undo_action.setEnabled(self.controller.history.can_undo)
        self.redo_action.setEnabled(self.controller.history.can_redo)

    def _on_settings_changed(self) -> None:
        if max(self.controller.input.shape) > NUMBERS_MODE_MAX:
            self.window.image_mode_action.setChecked(True)

    def _on_controls_coverage(self, on: bool) -> None:
        self._shown_coverage = on
        self.controller.set_coverage(on)

    def _on_controller_coverage(self, on: bool) -> None:
        # Undo or an opened session changed it: tick the box and tell the window, through
        # the panel's own signal so the heat map follows.
        if on != self._shown_coverage:
            self.window.controls.set_coverage_checked(on)
            self.window.controls.coverage_toggled.emit(on)

    def _on_view_changed(self, view: dict) -> None:
        presenter = _presenter_module(self.window)
        if presenter is None:
            return
        try:
            presenter.apply_state(self.window, view)
        except (TypeError, ValueError) as exc:
            self._warn(self.tr("Some display options were not restored"), str(exc))

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Let Ctrl+Z / Ctrl+Y reach Edit › Undo/Redo while a spin box has focus.

        A spin box would otherwise take them for its own text-undo, which a lecturer
        never means: the value is already committed.
        """
        if event.type() == QtCore.QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return True
        return False

    def _update_title(self) -> None:
        """The window title: the session file or preset on screen, then the app's title."""
        base = self.window.base_title()
        if self.path is not None:
            name = self.path.name
        elif self._preset is not None:
            name = self.tr("preset {name}").format(name=self._preset.name)
        else:
            self.window.setWindowTitle(base)
            return
        self.window.setWindowTitle(f"{name} — {base}")

    def _warn(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, title, text)


def _is_undo_key(event: QtGui.QKeyEvent) -> bool:
    if event.matches(QtGui.QKeySequence.StandardKey.Undo):
        return True
    ours = ("Ctrl+Shift+Z", "Ctrl+Y")  # the redo keys, whatever the platform's standard
    combo = event.keyCombination().toCombined()
    return any(combo == QtGui.QKeySequence(k)[0].toCombined() for k in ours)


def _insert_at_top(menu: QtWidgets.QMenu, actions: list[QtGui.QAction]) -> None:
    """Put ``actions`` first in ``menu`` (other features may have added theirs already)."""
    first = menu.actions()[0] if menu.actions() else None
    for action in actions:
        menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)


def _presenter_module(window: QtWidgets.QMainWindow):
    """The presenter module when presenter mode is installed on ``window``, else None."""
    if window.findChild(QtCore.QObject, "presenter") is None:
        return None
    from . import presenter

    return presenter


def of(window: QtWidgets.QMainWindow) -> SessionsUI:
    """The SessionsUI installed on ``window``."""
    ui = window.findChild(SessionsUI, "sessions")
    if ui is None:
        raise RuntimeError("sessions_ui.install(window) was not called for this window")
    return ui


def install(window: QtWidgets.QMainWindow) -> SessionsUI:
    """Add File › Open/Save/Recent, Edit › Undo/Redo and the Presets menu to ``window``."""
    return SessionsUI(window)
