"""The Language menu: English, 简体中文, 日本語, switched live and (in the app) remembered.

Each language is named in itself, so someone who cannot read the current one still
finds theirs; the menu's own title keeps the English word "Language" beside the
translation for the same reason.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from . import i18n


class LanguageMenu(QtCore.QObject):
    """The Language menu of one main window."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("languageMenu")
        self.window = window
        self.settings: QtCore.QSettings | None = None
        bar = window.menuBar()
        self.menu = QtWidgets.QMenu(window)
        self.menu.setObjectName("language_menu")
        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        group = QtGui.QActionGroup(self.menu)
        self.actions: dict[str, QtGui.QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = group.addAction(name)  # never translated: each in its own language
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.menu.addAction(action)
            self.actions[code] = action
        self._retranslate()

    def attach(self, settings: QtCore.QSettings) -> None:
        """Remember every choice in ``settings`` from now on (the app does; tests don't)."""
        self.settings = settings

    def choose(self, code: str) -> None:
        """Switch the whole application to ``code`` and remember it."""
        i18n.set_language(code)
        if self.settings is not None:
            self.settings.setValue(i18n.SETTINGS_KEY, code)
        self._sync()

    def event(self, event: QtCore.QEvent) -> bool:
        # The window passes LanguageChange on to its children, QObjects included.
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Language"))
        self._sync()

    def _sync(self) -> None:
        current = self.actions.get(i18n.language())
        if current is not None:
            current.setChecked(True)


def install(window: QtWidgets.QMainWindow) -> LanguageMenu:
    """Add the Language menu (before Help) to ``window``."""
    return LanguageMenu(window)


def of(window: QtWidgets.QMainWindow) -> LanguageMenu:
    """The LanguageMenu installed on ``window``."""
    menu = window.findChild(LanguageMenu, "languageMenu")
    if menu is None:
        raise RuntimeError("language_ui.install(window) was not called for this window")
    return menu
