"""The UI language: Qt translators for convstudio's catalogs and Qt's own, switched live.

``set_language("ja")`` removes the translators of the previous language, installs
``convstudio_ui_ja.qm``, ``convstudio_core_ja.qm`` (both in resources/translations)
and Qt's ``qtbase_ja.qm`` (the standard buttons), points the core's Qt-free
translation hook at Qt, and puts a Japanese CJK font first in the fallback list.
Qt then sends every widget ``QEvent.LanguageChange``; each re-sets its texts in its
``_retranslate`` method. Nothing needs a restart.

Strings are marked with ``self.tr("…")`` in QObject classes and with the bare
:func:`translate` everywhere else: ``pyside6-lupdate`` loses the context of later
``self.tr`` calls after a dotted ``QtCore.QCoreApplication.translate``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "ja": "日本語"}
DEFAULT = "en"
CATALOGS = ("convstudio_ui", "convstudio_core")
QT_CATALOGS = ("qtbase",)
SETTINGS_KEY = "ui/language"
ENV_KEY = "CONVSTUDIO_LANGUAGE"
# A CJK family per language, first one installed wins. Han characters have different
# shapes in Chinese and Japanese fonts (直, 骨, 角): the fallback must match the language.
CJK_FAMILIES: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Source Han Sans SC",
        "Microsoft YaHei UI",
        "Microsoft YaHei",
        "PingFang SC",
        "WenQuanYi Micro Hei",
        "SimHei",
    ),
    "ja": (
        "Noto Sans CJK JP",
        "Noto Sans JP",
        "Source Han Sans JP",
        "Yu Gothic UI",
        "Meiryo UI",
        "Meiryo",
        "Hiragino Sans",
        "Hiragino Kaku Gothic ProN",
        "MS UI Gothic",
    ),
}

_STRATEGIES = {
    "zh_CN": QtGui.QFont.StyleStrategy.PreferOutline,
    "ja": QtGui.QFont.StyleStrategy.PreferOutline | QtGui.QFont.StyleStrategy.PreferMatch,
}

_language = DEFAULT
_translators: list[QtCore.QTranslator] = []
_base_families: list[str] | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the current language (``context`` is the catalog section, a class name)."""
    return QtCore.QCoreApplication.translate(context, text)


def language() -> str:
    """The code of the language shown now: a key of :data:`LANGUAGES`."""
    return _language


def translations_dir() -> Path:
    """resources/translations, from a checkout, an installed wheel or the frozen app."""
    from .core.presets import resource_dir

    return Path(str(resource_dir("translations")))


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogs may be: Qt's translations folder, then ours."""
    qt = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    return [Path(qt), translations_dir()] if qt else [translations_dir()]


def system_language(ui_languages: list[str] | None = None) -> str:
    """The system's UI language if it is one of ours (Simplified Chinese, Japanese), else English.

    ``ui_languages`` defaults to ``QLocale.system().uiLanguages()`` ("zh-Hans-CN", "ja-JP"…).
    """
    if ui_languages is None:
        ui_languages = QtCore.QLocale.system().uiLanguages()
    for tag in ui_languages:
        parts = tag.replace("_", "-").split("-")
        if parts[0] == "ja":
            return "ja"
        if parts[0] == "zh":
            # Traditional (zh-Hant, zh-TW, zh-HK) readers are not served by Simplified text.
            traditional = {"Hant", "TW", "HK", "MO"} & set(parts[1:])
            return DEFAULT if traditional else "zh_CN"
        if parts[0] == "en":
            return DEFAULT
    return DEFAULT


def set_language(code: str) -> None:
    """Show the whole application in ``code`` (a key of :data:`LANGUAGES`), live.

    Every widget has been sent ``LanguageChange`` when this returns (not on the next
    turn of the event loop), so callers and tests see the new texts at once.
    A missing catalog leaves that part in English rather than failing.
    """
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose from {', '.join(LANGUAGES)}")
    app = QtCore.QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if code != DEFAULT:
        _install_catalogs(app, code)
    _language = code
    QtCore.QLocale.setDefault(QtCore.QLocale(code))
    _install_core_hook()
    if isinstance(app, QtWidgets.QApplication):
        _apply_cjk_font(code)
        if code != DEFAULT:
            _wrap_style(app)
        elif isinstance(app.style(), MenuTextStyle):
            app.setStyle(style_name())  # English needs no fix: leave Qt's style untouched
    # Installing a translator posts LanguageChange; deliver it now.
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LanguageChange)


def _install_catalogs(app: QtCore.QCoreApplication, code: str) -> None:
    ours = translations_dir()
    wanted = [(name, [ours]) for name in CATALOGS]
    wanted += [(name, qt_translations_dirs()) for name in QT_CATALOGS]
    for name, folders in wanted:
        for folder in folders:
            translator = QtCore.QTranslator(app)
            if translator.load(f"{name}_{code}", str(folder)):
                app.installTranslator(translator)
                _translators.append(translator)
                break
        else:
            print(f"convstudio: no {name} catalog for {code}; shown in English", file=sys.stderr)


def _install_core_hook() -> None:
    """Let the Qt-free core (errors, formulas, hover text) translate through Qt."""
    try:
        from .core import i18n as core_i18n
    except ImportError:  # a core without the hook: its messages stay English
        return
    core_i18n.set_translator(QtCore.QCoreApplication.translate)


def cjk_families(code: str) -> list[str]:
    """The CJK families for ``code`` installed on this system, best first (may be empty)."""
    wanted = CJK_FAMILIES.get(code, ())
    if not wanted:
        return []
    installed = set(QtGui.QFontDatabase.families())
    return [family for family in wanted if family in installed]


def _apply_cjk_font(code: str) -> None:
    """Put the language's CJK family right after the UI font in the app's fallback list.

    Latin text keeps the system UI font; Han, kana and hangul come from the first
    installed family of :data:`CJK_FAMILIES`. With none installed, fontconfig's (or the
    platform's) own fallback still finds a font, only perhaps with Chinese glyph shapes
    for Japanese or the other way round.
    """
    global _base_families
    font = QtGui.QGuiApplication.font()
    if _base_families is None:
        # The family really used, not an alias: with ["Sans Serif", "Noto Sans CJK SC"] Qt
        # skips the alias and sets Latin text, digits and "·" in the CJK font too.
        _base_families = [QtGui.QFontInfo(font).family()]
    families = [*_base_families, *cjk_families(code)]
    # Qt caches a font's fallback engine by its first family, not the whole list (6.11):
    # zh_CN's fallback would stay for ja. A style strategy that changes nothing for outline
    # fonts gives each language its own cache key.
    strategy = _STRATEGIES.get(code, QtGui.QFont.StyleStrategy.PreferDefault)
    if font.families() != families or font.styleStrategy() != strategy:
        font.setFamilies(families)
        font.setStyleStrategy(strategy)
        QtWidgets.QApplication.setFont(font)
        # Qt posts the change to every widget; deliver it now, with the new texts.
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.ApplicationFontChange)


class MenuTextStyle(QtWidgets.QProxyStyle):
    """The application's style, with room in menus for the "&" of a non-Latin mnemonic.

    Qt's Fusion style (6.11) elides a menu item whose text mixes CJK and an "(&F)"
    mnemonic: it measures the "&" as text when eliding but not when sizing the menu,
    so "convstudio について(&A)" loses characters. One "&" of extra width is enough.
    """

    def sizeFromContents(
        self,
        kind: QtWidgets.QStyle.ContentsType,
        option: QtWidgets.QStyleOption,
        size: QtCore.QSize,
        widget: QtWidgets.QWidget | None = None,
    ) -> QtCore.QSize:
        size = super().sizeFromContents(kind, option, size, widget)
        menu_item = QtWidgets.QStyle.ContentsType.CT_MenuItem
        if kind == menu_item and "&" in option.text and not option.text.isascii():
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance("&") + 1)
        return size


def style_name(style: QtWidgets.QStyle | None = None) -> str:
    """The name of the application's style ("fusion", "windows11"…), seen through our wrapper."""
    style = style or QtWidgets.QApplication.style()
    if isinstance(style, MenuTextStyle):
        style = style.baseStyle()
    return style.name()


def set_app_style(name: str) -> None:
    """Switch the application's style by name, keeping the menu fix while it is needed."""
    app = QtWidgets.QApplication.instance()
    app.setStyle(name)
    if _language != DEFAULT:
        _wrap_style(app)


def _wrap_style(app: QtWidgets.QApplication) -> None:
    if not isinstance(app.style(), MenuTextStyle):
        app.setStyle(MenuTextStyle(style_name(app.style())))


def restore_language(settings: QtCore.QSettings | None) -> str:
    """Apply the language kept in ``settings`` (or the system's on a first run); return it.

    ``CONVSTUDIO_LANGUAGE=ja`` (or zh_CN, en) in the environment wins for one run, e.g.
    for screenshots; it is not stored.
    """
    stored = settings.value(SETTINGS_KEY) if settings is not None else None
    forced = os.environ.get(ENV_KEY)
    if forced in LANGUAGES:
        stored = forced
    code = stored if isinstance(stored, str) and stored in LANGUAGES else system_language()
    set_language(code)
    return code
