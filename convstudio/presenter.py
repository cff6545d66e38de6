"""Presenter mode: full screen, zoom, high-contrast themes, cell palettes, shortcut overview.

Everything here acts on one main window through its public parts (fonts, palette,
grid views, formula panel); nothing is computed. The options a lecturer sets are
readable and restorable as a plain dict (:func:`state` / :func:`apply_state`) so a
session can carry them.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import set_app_style, style_name, translate
from .views.formula_panel import FormulaPanel
from .views.grid_view import GridView
from .views.shortcut_overview import ShortcutOverview

ZOOM_LEVELS = (0.75, 0.85, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)
ZOOM_RANGE = (0.5, 3.0)
# Menu texts, translated when shown (catalog context "Presenter").
THEMES = {
    "normal": QT_TRANSLATE_NOOP("Presenter", "&Normal"),
    "dark": QT_TRANSLATE_NOOP("Presenter", "High contrast, &dark"),
    "light": QT_TRANSLATE_NOOP("Presenter", "High contrast, &light"),
}
PALETTES = {
    "default": QT_TRANSLATE_NOOP("Presenter", "&Default"),
    "colorblind": QT_TRANSLATE_NOOP("Presenter", "&Colour-blind safe"),
    "high-contrast": QT_TRANSLATE_NOOP("Presenter", "&High contrast"),
}
# "Open session(&O)…" as CJK menus write mnemonics, or a plain "&".
_MNEMONIC = re.compile(r"\(&(\w)\)|&(?=[^&])")
# Padding terms in the dot product take the colour of padding cells in each cell palette.
_PAD_TERM_COLOURS = {
    "default": ("#a63c00", "#ffe6cc"),
    "colorblind": ("#2b2b2b", "#d2d2d2"),
    "high-contrast": ("#3d2200", "#ffe066"),
}
_ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def _high_contrast(dark: bool) -> QtGui.QPalette:
    """A WCAG-AAA palette: pure black on white or white on black, saturated accents."""
    ink, paper = ("white", "black") if dark else ("black", "white")
    role = QtGui.QPalette.ColorRole
    colours = {
        (role.Window, role.ToolTipBase, role.HighlightedText): paper,
        (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText): ink,
        # Fusion outlines fields in a darker shade of Window, invisible on black: there,
        # fields (spin boxes, check boxes) stand out from the window by their fill.
        (role.Base,): "#3a3a3a" if dark else paper,
        (role.AlternateBase,): "#4b4b4b" if dark else "#eeeeee",
        (role.Button,): "#1a1a1a" if dark else "#f0f0f0",
        (role.Highlight,): "#ffff00" if dark else "#0000b0",
        (role.Link,): "#66ccff" if dark else "#0000ee",
        (role.PlaceholderText,): "#bbbbbb" if dark else "#444444",
    }
    pal = QtGui.QPalette()
    for roles, colour in colours.items():
        for r in roles:
            pal.setColor(r, QtGui.QColor(colour))
    # Disabled text stays readable (grey, not faint) so dimmed controls can still be read.
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QtGui.QPalette.ColorGroup.Disabled, r, QtGui.QColor("#9a9a9a"))
    return pal


class Presenter(QtCore.QObject):
    """The presenter options of one window and the actions that change them."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("presenter")
        self.window = window
        self.zoom, self.theme, self.palette = 1.0, "normal", "default"
        self._normal_state = QtCore.Qt.WindowState.WindowNoState
        self._app_style: str | None = None  # the style to restore after a high-contrast theme
        self._build_menu()
        window.installEventFilter(self)
        window.modes.page_built.connect(self._on_page_built)

    def _build_menu(self) -> None:
        menu = self.window.view_menu.addMenu("")
        self.menu = menu
        self.full_screen_action = self._add(menu, ["F11"], self.toggle_full_screen)
        self.full_screen_action.setCheckable(True)
        self.leave_action = self._add(menu, ["Esc"], self.leave_full_screen)
        self.leave_action.setEnabled(False)
        self.panel_action = self._add(menu, ["F9"], self.set_panel_visible)
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        menu.addSeparator()
        self._zoom_actions = (
            self._add(menu, ["Ctrl+=", "Ctrl++"], lambda: self.step_zoom(1)),
            self._add(menu, ["Ctrl+-"], lambda: self.step_zoom(-1)),
            self._add(menu, ["Ctrl+0"], lambda: self.set_zoom(1.0)),
        )
        self.theme_menu, self.palette_menu = menu.addMenu(""), menu.addMenu("")
        self.theme_actions = self._radio(self.theme_menu, THEMES, self.set_theme)
        self.palette_actions = self._radio(self.palette_menu, PALETTES, self.set_palette)
        menu.addSeparator()
        self.shortcuts_action = self._add(menu, ["F1", "?"], self.show_shortcuts)
        self._retranslate()
        self._sync_checks()

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Presenter"))
        self.full_screen_action.setText(self.tr("&Full screen"))
        self.leave_action.setText(self.tr("&Leave full screen"))
        self.panel_action.setText(self.tr("&Settings panel"))
        zoom_texts = (self.tr("Zoom &in"), self.tr("Zoom &out"), self.tr("&Reset zoom"))
        for action, text in zip(self._zoom_actions, zoom_texts, strict=True):
            action.setText(text)
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.palette_menu.setTitle(self.tr("&Cell colours"))
        for choices, actions in ((THEMES, self.theme_actions), (PALETTES, self.palette_actions)):
            for key, action in actions.items():
                action.setText(translate("Presenter", choices[key]))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts…"))

    def event(self, event: QtCore.QEvent) -> bool:
        # The window passes LanguageChange on to its children, QObjects included.
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def _add(self, menu: QtWidgets.QMenu, keys: list[str], slot) -> QtGui.QAction:
        action = menu.addAction("")
        action.setShortcuts([QtGui.QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        return action

    def _radio(self, menu: QtWidgets.QMenu, choices: dict[str, str], slot) -> dict:
        group = QtGui.QActionGroup(menu)
        actions = {}
        for key in choices:
            action = group.addAction("")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=key: slot(k))
            menu.addAction(action)
            actions[key] = action
        return actions

    # --- full screen ------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        """F11: enter full screen, or go back to the window state from before."""
        w = self.window
        if w.isFullScreen():
            w.setWindowState(self._normal_state)
        else:
            self._normal_state = w.windowState() & ~QtCore.Qt.WindowState.WindowFullScreen
            w.setWindowState(w.windowState() | QtCore.Qt.WindowState.WindowFullScreen)
        self._sync_checks()

    def leave_full_screen(self) -> None:
        """Esc while full screen: what a lecturer presses without thinking."""
        if self.window.isFullScreen():
            self.toggle_full_screen()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        # The window manager can leave full screen too: keep the menu's check mark true.
        if event.type() == QtCore.QEvent.Type.WindowStateChange:
            self._sync_checks()
        return False

    def _on_page_built(self, page: QtWidgets.QWidget) -> None:
        # A mode tab opened for the first time takes on the options already chosen.
        page.side.setVisible(self.panel_action.isChecked())
        for grid in page.findChildren(GridView):
            grid.set_palette(self.palette)
        for panel in page.findChildren(FormulaPanel):
            panel.set_zoom(self.zoom)
            panel.set_padding_color(*_PAD_TERM_COLOURS[self.palette])

    def set_panel_visible(self, on: bool) -> None:
        """F9: hide the settings panel so the grids get the whole width of a 720p projector."""
        for side in self.window.side_panels():
            side.setVisible(bool(on))
        self.panel_action.setChecked(bool(on))

    # --- zoom, theme, palette ---------------------------------------------------------

    def step_zoom(self, direction: int) -> None:
        """Go to the next zoom level up (+1) or down (−1)."""
        if direction > 0:
            bigger = [z for z in ZOOM_LEVELS if z > self.zoom + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_LEVELS[-1])
        else:
            smaller = [z for z in ZOOM_LEVELS if z < self.zoom - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_LEVELS[0])

    def set_zoom(self, factor: float) -> None:
        """Scale every text of the window by ``factor`` (> 0); numbers follow the cell size.

        Not clamped to :data:`ZOOM_RANGE` (exports scale text for the frame size too);
        what a user or a session file asks for is clamped by :func:`apply_state`.
        """
        if not factor > 0:
            raise ValueError(f"zoom must be positive, got {factor!r}")
        self.zoom = float(factor)
        self._propagate_to_menus()
        base = QtWidgets.QApplication.font().pointSizeF()
        if base <= 0:  # an app font set in pixels
            base = QtGui.QFontInfo(QtWidgets.QApplication.font()).pointSizeF()
        # A font with only the size set: family, weight and script fallback stay the app's,
        # so translated (CJK) text keeps working at every zoom.
        font = QtGui.QFont()
        if self.zoom != 1.0:
            font.setPointSizeF(base * self.zoom)
        self.window.setFont(font)
        for panel in self.window.findChildren(FormulaPanel):  # every mode's formulas
            panel.set_zoom(self.zoom)

    def set_theme(self, name: str) -> None:
        """Switch the whole window to ``name`` in :data:`THEMES`."""
        _check(name, THEMES, "theme")
        native = style_name().lower() != "fusion"
        if name != "normal" and native and self._app_style is None:
            # Native Windows/macOS styles ignore palettes: Fusion draws them faithfully.
            self._app_style = style_name()
            set_app_style("Fusion")
        elif name == "normal" and self._app_style is not None:
            set_app_style(self._app_style)
            self._app_style = None
        self.theme = name
        self._propagate_to_menus()
        self.window.setPalette(
            QtGui.QPalette() if name == "normal" else _high_contrast(name == "dark")
        )
        if name != "normal":
            self.set_palette("high-contrast")
        elif self.palette == "high-contrast":
            self.set_palette("default")
        self._sync_checks()

    def set_palette(self, name: str) -> None:
        """Colour the grids' cells with palette ``name`` in :data:`PALETTES`."""
        _check(name, PALETTES, "palette")
        self.palette = name
        w = self.window
        for grid in w.findChildren(GridView):  # every mode's grids
            grid.set_palette(name)
        for panel in w.findChildren(FormulaPanel):
            panel.set_padding_color(*_PAD_TERM_COLOURS[name])
        self._sync_checks()

    def _propagate_to_menus(self) -> None:
        # Menus and dialogs (the code view) are windows of their own: without this they
        # keep the small font and the old colours.
        for kind in (QtWidgets.QMenu, QtWidgets.QDialog):
            for child in self.window.findChildren(kind):
                child.setAttribute(QtCore.Qt.WidgetAttribute.WA_WindowPropagation)

    def _sync_checks(self) -> None:
        full = self.window.isFullScreen()
        self.full_screen_action.setChecked(full)
        self.leave_action.setEnabled(full)
        self.theme_actions[self.theme].setChecked(True)
        self.palette_actions[self.palette].setChecked(True)

    # --- shortcut overview ------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """F1 / ?: list every shortcut of the window, read from its actions."""
        ShortcutOverview(shortcut_rows(self.window), self.window).exec()


def _check(name: object, choices: dict[str, str], what: str) -> None:
    if not isinstance(name, str) or name not in choices:
        raise ValueError(f"unknown {what} {name!r}; choose from {', '.join(choices)}")


def key_text(sequence: QtGui.QKeySequence) -> str:
    """Readable keys, with arrows for arrow keys (``Ctrl+Right`` → ``Ctrl+→``)."""
    text = sequence.toString(QtGui.QKeySequence.SequenceFormat.NativeText)
    return re.sub(r"\b(Left|Right|Up|Down)\b", lambda m: _ARROWS[m[1]], text)


def shortcut_rows(window: QtWidgets.QMainWindow) -> list[tuple[str, str, str]]:
    """Every action of ``window`` that has a shortcut, as ``(keys, action, menu)``.

    Menus are walked in their on-screen order; actions outside any menu come last.
    """
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QtWidgets.QMenu, path: str) -> None:
        for action in menu.actions():
            seen.add(id(action))
            name = _without_mnemonic(action.text())
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {name}" if path else name)
            elif action.shortcuts():
                keys = ", ".join(key_text(k) for k in action.shortcuts())
                rows.append((keys, name, path))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _without_mnemonic(top.text()))
    for action in window.findChildren(QtGui.QAction):
        if id(action) not in seen and action.shortcuts() and action.text():
            keys = ", ".join(key_text(k) for k in action.shortcuts())
            rows.append((keys, _without_mnemonic(action.text()), ""))
    return rows


def _without_mnemonic(text: str) -> str:
    """A menu text as read: "&Open session…" → "Open session…", "打开(&O)…" → "打开…"."""
    return _MNEMONIC.sub("", text.replace("&&", "\0")).replace("\0", "&")


def of(window: QtWidgets.QMainWindow) -> Presenter:
    """The Presenter installed on ``window``."""
    presenter = window.findChild(Presenter, "presenter")
    if presenter is None:
        raise RuntimeError("presenter.install(window) was not called for this window")
    return presenter


def install(window: QtWidgets.QMainWindow) -> Presenter:
    """Add View › Presenter (full screen, zoom, theme, cell colours, shortcuts) to ``window``."""
    return Presenter(window)


def state(window: QtWidgets.QMainWindow) -> dict[str, Any]:
    """The presenter options of ``window``: ``{"zoom": float, "theme": str, "palette": str}``."""
    p = of(window)
    return {"zoom": p.zoom, "theme": p.theme, "palette": p.palette}


def apply_state(window: QtWidgets.QMainWindow, options: dict[str, Any]) -> None:
    """Restore options saved by :func:`state`; missing keys are left as they are.

    Raises
    ------
    ValueError
        For an unknown theme or palette name, or a zoom that is not a number.
    """
    p = of(window)
    theme, palette = options.get("theme", p.theme), options.get("palette", p.palette)
    _check(theme, THEMES, "theme")  # all checked first: a bad value changes nothing
    _check(palette, PALETTES, "palette")
    try:
        zoom = min(max(float(options.get("zoom", p.zoom)), ZOOM_RANGE[0]), ZOOM_RANGE[1])
    except (TypeError, ValueError) as exc:
        raise ValueError(f"zoom must be a number, got {options['zoom']!r}") from exc
    if "theme" in options:
        p.set_theme(theme)  # before the palette: a high-contrast theme brings its own
    if "palette" in options:
        p.set_palette(palette)
    p.set_zoom(zoom)
