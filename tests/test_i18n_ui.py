"""The UI in 简体中文 and 日本語: live switching, every visible string translated, catalogs current.

``test_nothing_left_in_english`` is the proof of "every visible string translated": it
builds the whole window, switches to zh_CN and reads every text a user can see or a
screen reader announces (menus, actions, labels, buttons, group boxes, tooltips,
combo items, suffixes, dialogs, message boxes, titles, formulas, hover text, the step
counter, an error), and fails on any English word outside a short list of names
(PyTorch, PNG, Ctrl…) and PyTorch identifiers that stay as they are in every language.
"""

from __future__ import annotations

import filecmp
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from convstudio import export_ui, i18n, language_ui, presenter, sessions_ui
from convstudio.core import ConvParams
from convstudio.image_io import ImageError, probe_image, sample_path
from convstudio.images_ui import OpenImageDialog
from convstudio.main_window import MainWindow
from convstudio.views.shortcut_overview import ShortcutOverview

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "ja")

# Words that stay as they are in every language: names, file formats, keys on the
# keyboard, and PyTorch/Keras identifiers a student types (padding='same').
ALLOWED_WORDS = {
    *("PyTorch", "Keras", "TensorFlow", "Pillow", "MNIST", "Sobel", "convstudio"),
    *("Language", "English"),  # the Language menu names it and itself in English too
    *("PNG", "JPEG", "JPG", "GIF", "MP4", "CSV", "WebP", "HEIC", "AVIF", "ITU", "BT"),
    *("png", "jpg", "jpeg", "json", "csv", "gif", "mp4"),
    *("Ctrl", "Shift", "Alt", "Space", "Home", "End", "Esc", *(f"F{n}" for n in range(1, 13))),
    *("valid", "same", "full", "zeros", "constant", "reflect", "symmetric", "replicate"),
    *("circular", "padding", "stride", "mode", "convert", "torch", "numpy", "convolve"),
    *("Conv2d", "Conv2D", "edge", "pad1", "stride2", "x4"),
    *("causal", "PgDown", "PgUp"),  # a padding value as in Keras; key names as Qt writes them
    *("max", "avg"),  # the functions in pooling formulas: "max(5, 6, 2, 9) = 9"
}
# Not words: "H_out" (and 1-D "L_out") in the size formulas, code in preset texts
# (numpy.convolve(mode='full'), torch-pad1-stride2), file names, and the pip command that
# installs the video extra.
_NOT_WORDS = re.compile(
    r"\b[HWL]_?out\b|\b[\w.]+\([^)]*=[^)]*\)|\b\w+-\w+(-\w+)*\b"
    r"|\b[\w-]+\.(png|jpg|jpeg|json|csv|txt|gif|mp4)\b|pip install \"[^\"]*\""
)
# Made by Qt or pyqtgraph, never shown: QTabBar names its scroll buttons once, at
# construction; pyqtgraph's scene keeps an "Export..." action for menus we turn off.
_NOT_OURS = ("ScrollLeftButton", "ScrollRightButton")


def english_words(text: str) -> list[str]:
    """The English words left in ``text`` once markup, mnemonics and allowed words go."""
    text = re.sub(r"<br>", " ", text)
    text = re.sub(r"<[^>]+>", "", text)  # rich text
    text = re.sub(r"&(nbsp|amp|lt|gt|thinsp);", " ", text)  # and its entities
    text = re.sub(r"\(&\w\)|&", "", text)
    text = _NOT_WORDS.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z0-9]+", text)
    return [w for w in words if w not in ALLOWED_WORDS]


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    i18n.set_language("en")  # the QApplication outlives the test


# --- live switching -------------------------------------------------------------------


def _group_titles(win: MainWindow) -> list[str]:
    return [g.title() for g in win.controls.findChildren(QtWidgets.QGroupBox)]


def test_switching_to_japanese_and_back_retranslates_live(window: MainWindow) -> None:
    play = window.playback.findChild(QtWidgets.QToolButton, "play_button")
    before = (
        window.file_menu.title(),
        _group_titles(window),
        window.input_view._title.text(),
        play.toolTip(),
        window.windowTitle(),
    )
    assert before[:4] == ("&File", before[1], "Input 7×7 → padded 9×9", "Play (Space)")
    assert "Input" in before[1]

    language_ui.of(window).choose("ja")
    assert window.file_menu.title() == "ファイル(&F)"
    assert "入力" in _group_titles(window) and "パディング" in _group_titles(window)
    assert window.input_view._title.text() == "入力 7×7 → パディング後 9×9"
    assert play.toolTip() == "再生 (Space)"
    assert "パディング" in window.windowTitle()
    assert window.playback.counter_text().startswith("ステップ 1 / 49")
    assert language_ui.of(window).actions["ja"].isChecked()

    language_ui.of(window).choose("en")
    after = (
        window.file_menu.title(),
        _group_titles(window),
        window.input_view._title.text(),
        play.toolTip(),
        window.windowTitle(),
    )
    assert after == before
    assert language_ui.of(window).actions["en"].isChecked()


def test_language_menu_names_each_language_in_itself(window: MainWindow) -> None:
    menu = language_ui.of(window)
    assert [a.text() for a in menu.actions.values()] == ["English", "简体中文", "日本語"]
    group = next(iter(menu.actions.values())).actionGroup()
    assert group.isExclusive() and all(a.isCheckable() for a in menu.actions.values())
    bar = [a.menu() for a in window.menuBar().actions()]
    assert bar.index(menu.menu) == bar.index(window.help_menu) - 1  # just before Help
    menu.choose("zh_CN")
    assert menu.menu.title() == "语言 Language(&L)"  # findable by someone who reads neither


def test_state_shown_follows_the_language(window: MainWindow) -> None:
    """Texts made from the current state (error, flip title, preset title) re-render."""
    c = window.controller
    sessions_ui.of(window).load_preset("dilation2")
    c.set_params(ConvParams(padding="valid", flip=True))
    c.set_kernel("box", 9, 9)  # 9×9 on a 7×7 input with no padding: no output
    assert c.error and window.controls.findChild(QtWidgets.QLabel, "message").isVisibleTo(window)
    english = (c.error, window.kernel_view._title.text(), window.windowTitle())

    i18n.set_language("zh_CN")
    message = window.controls.findChild(QtWidgets.QLabel, "message").text()
    assert message == c.error and message != english[0] and not english_words(message)
    assert window.kernel_view._title.text() != english[1]
    assert window.windowTitle().startswith("预设 dilation2 — ")
    i18n.set_language("en")
    assert (c.error, window.kernel_view._title.text(), window.windowTitle()) == english


def test_hover_text_is_reworded(window: MainWindow) -> None:
    window.hover._on_output_hovered(1, 1)
    english = window.formulas.hover_text()
    i18n.set_language("ja")
    assert window.formulas.hover_text() not in ("", english)
    assert not english_words(window.formulas.hover_text())


# --- every visible string ---------------------------------------------------------------


def _widget_texts(widget: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    where = f"{type(widget).__name__}({widget.objectName()!r})"
    yield f"{where}.toolTip", widget.toolTip()
    yield f"{where}.accessibleName", widget.accessibleName()
    if widget.isWindow():
        yield f"{where}.windowTitle", widget.windowTitle()
    if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
        yield f"{where}.text", widget.text()
    if isinstance(widget, QtWidgets.QGroupBox):
        yield f"{where}.title", widget.title()
    if isinstance(widget, QtWidgets.QComboBox):
        for i in range(widget.count()):
            yield f"{where}.item{i}", widget.itemText(i)
    if isinstance(widget, QtWidgets.QSpinBox | QtWidgets.QDoubleSpinBox):
        yield f"{where}.suffix", widget.suffix()
    if isinstance(widget, QtWidgets.QMenu):
        yield f"{where}.title", widget.title()
    if isinstance(widget, QtWidgets.QTableWidget):
        for c in range(widget.columnCount()):
            yield f"{where}.header{c}", widget.horizontalHeaderItem(c).text()
            for r in range(widget.rowCount()):
                yield f"{where}[{r},{c}]", widget.item(r, c).text()
    for action in widget.actions():
        yield f"{where} action", action.text()
        yield f"{where} action tip", action.toolTip()


def visible_texts(root: QtWidgets.QWidget) -> list[tuple[str, str]]:
    """Every (where, text) of ``root`` and its child widgets and actions; code is skipped."""
    texts = []
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if widget.objectName() not in _NOT_OURS:
            texts += [(where, t) for where, t in _widget_texts(widget) if t]
    for action in root.findChildren(QtGui.QAction):
        if isinstance(action.parent(), pg.GraphicsScene):
            continue
        texts += [(f"QAction {action.text()!r}", t) for t in (action.text(), action.toolTip()) if t]
    return texts


def _message_boxes(monkeypatch) -> list[tuple[str, str]]:
    """Capture QMessageBox.warning/question calls instead of blocking on them."""
    shown: list[tuple[str, str]] = []

    def capture(_parent, title, text, *_args, **_kwargs):
        shown.extend([("message box title", title), ("message box text", text)])
        return QtWidgets.QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", capture)
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", capture)
    return shown


def test_nothing_left_in_english(window: MainWindow, monkeypatch, tmp_path) -> None:
    shown = _message_boxes(monkeypatch)
    i18n.set_language("zh_CN")
    w, c = window, window.controller
    texts = visible_texts(w)
    # The window in other states: hover, a flipped kernel, an error.
    for hover in (w.hover._on_input_hovered, w.hover._on_kernel_hovered):
        hover(0, 0)
        texts.append(("hover", w.formulas.hover_text()))
    w.hover._on_output_hovered(1, 1)
    texts.append(("hover", w.formulas.hover_text()))
    c.set_params(ConvParams(padding="valid", flip=True))
    texts += [("grid title", v._title.text()) for v in (w.input_view, w.kernel_view)]
    c.set_kernel("box", 9, 9)
    texts.append(("error", w.controls.findChild(QtWidgets.QLabel, "message").text()))
    sessions_ui.of(w).save_to(tmp_path / "x.json")  # refused while the settings cannot work
    c.undo()
    # Every dialog, built as its menu action builds it.
    colour, grey = (probe_image(sample_path(name)) for name in ("scene.png", "face.png"))
    dialogs = [
        export_ui.ExportDialog(w, export_ui.ExportOptions(), c.walk.n_steps, "gif"),
        export_ui.ExportDialog(w, export_ui.ExportOptions(size=(800, 600)), 1, "png"),
        OpenImageDialog(colour, image_mode=False, parent=w),
        OpenImageDialog(grey, image_mode=True, parent=w),
        ShortcutOverview(presenter.shortcut_rows(w), w),
    ]
    for dialog in dialogs:
        texts += visible_texts(dialog)
    w.findChild(QtWidgets.QDialog, "codeDialog").refresh()
    texts += visible_texts(w.findChild(QtWidgets.QDialog, "codeDialog"))
    texts.append(("about", w.about_text()))
    monkeypatch.setattr(export_ui, "video_available", lambda: False)
    export_ui.of(w)._on_animation("mp4")
    opener = w.findChild(QtCore.QObject, "imageOpener")
    opener.load(sample_path("scene.png"), "luminance", 48)
    texts.append(("status bar", w.statusBar().currentMessage()))
    (tmp_path / "notes.txt").write_text("not a picture")
    with pytest.raises(ImageError) as bad:
        probe_image(tmp_path / "notes.txt")
    opener.show_error(str(bad.value))
    box = w.findChild(QtWidgets.QMessageBox, "imageErrorBox")
    texts += visible_texts(box)
    box.close()  # window-modal and non-blocking: later tests must not find it open
    texts += shown

    left = [(where, text, english_words(text)) for where, text in texts if english_words(text)]
    assert not left, "\n".join(f"{where}: {text!r} → {words}" for where, text, words in left)
    assert len(shown) == 4 and len(texts) > 400  # the walk really saw the whole window


def test_english_words_finds_what_it_should() -> None:
    assert english_words("Step 5 / 36 · row 0") == ["Step", "row"]
    assert english_words("输出 (PyTorch / Keras)(&C)") == []
    assert english_words("H<sub>out</sub> = ⌊(7 + 2) / 1⌋ + 1 = 7") == []
    assert english_words("与 numpy.convolve(mode='full') 相同，torch-pad1-stride2") == []
    assert english_words("Stride 与膨胀") == ["Stride"]
    assert english_words('导出 MP4 需要：pip install "convstudio[video]"，见 a.png') == []


# --- fonts ------------------------------------------------------------------------------


def _run_families(text: str, font: QtGui.QFont) -> list[tuple[str, list[int]]]:
    layout = QtGui.QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(r.rawFont().familyName(), list(r.glyphIndexes())) for r in layout.glyphRuns()]


@pytest.mark.parametrize(("code", "text"), [("zh_CN", "输入填充步幅"), ("ja", "入力パディング")])
def test_cjk_text_has_glyphs_in_the_languages_font(window: MainWindow, code, text) -> None:
    i18n.set_language(code)
    runs = _run_families(f"Input {text} 1·2", window.font())
    assert all(0 not in glyphs for _, glyphs in runs)  # no tofu
    families = i18n.cjk_families(code)
    if not families:
        pytest.skip("no CJK font installed; the platform fallback draws the text")
    used = {family for family, _ in runs}
    # Latin, digits and "·" stay in the UI font; Han/kana come from the language's font.
    assert families[0] in used and len(used) == 2


def test_menu_items_with_cjk_mnemonics_get_room() -> None:
    app = QtWidgets.QApplication.instance()
    menu = QtWidgets.QMenu()
    menu.addAction("convstudio について(&A)")
    plain = menu.sizeHint().width()
    wrapped = i18n.MenuTextStyle(i18n.style_name(app.style()))
    menu.setStyle(wrapped)
    assert menu.sizeHint().width() >= plain + menu.fontMetrics().horizontalAdvance("&")


def test_system_language() -> None:
    assert i18n.system_language(["zh-Hans-CN", "en-US"]) == "zh_CN"
    assert i18n.system_language(["zh-Hant-TW"]) == "en"
    assert i18n.system_language(["ja-JP"]) == "ja"
    assert i18n.system_language(["en-GB", "ja-JP"]) == "en"
    assert i18n.system_language(["de-DE"]) == "en"


def test_choice_is_remembered_in_the_settings(window: MainWindow, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(i18n.ENV_KEY, raising=False)
    settings = QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    language_ui.of(window).attach(settings)
    language_ui.of(window).choose("ja")
    i18n.set_language("en")
    assert i18n.restore_language(settings) == "ja" and i18n.language() == "ja"
    monkeypatch.setenv(i18n.ENV_KEY, "zh_CN")
    assert i18n.restore_language(settings) == "zh_CN"  # for one run, not stored
    assert settings.value(i18n.SETTINGS_KEY) == "ja"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        i18n.set_language("fr")


# --- the catalogs ------------------------------------------------------------------------


def _messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ui_catalog_is_complete_and_well_formed(lang: str) -> None:
    messages = list(_messages(TRANSLATIONS / f"convstudio_ui_{lang}.ts"))
    assert len(messages) > 250
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"unfinished: {where}"
        assert translation.text, f"empty: {where}"
        # lupdate loses a class's context after a dotted QtCore...translate(): none may.
        assert re.fullmatch(r"[A-Za-z_]+", context), f"bad context {context!r}"
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(
            re.findall(r"\{\w*\}", translation.text)
        ), f"placeholders differ: {where}"
        if re.search(r"&[^&\s]", source.replace("&&", "")):
            assert re.search(r"\(&\w\)|&\w", translation.text), f"mnemonic lost: {where}"


def _build_script():
    spec = importlib.util.spec_from_file_location("build", TRANSLATIONS / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_catalogs_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing: no string was added without translation."""
    build = _build_script()
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"convstudio_ui_{lang}.ts", tmp_path)
    build.update("ui", tmp_path)
    for lang in LANGUAGES:
        fresh = tmp_path / f"convstudio_ui_{lang}.ts"
        assert filecmp.cmp(fresh, TRANSLATIONS / fresh.name, shallow=False), (
            f"{fresh.name} is out of date: run python resources/translations/build.py "
            "and translate what it adds"
        )


def test_compiled_catalogs_match_the_ts_files(tmp_path: Path) -> None:
    """The committed .qm files are what lrelease makes of the committed .ts files."""
    for qm in _build_script().release(tmp_path):
        committed = TRANSLATIONS / qm.name
        assert committed.exists(), f"{qm.name} is missing: run build.py --release-only"
        assert filecmp.cmp(qm, committed, shallow=False), f"{qm.name} is stale: run build.py"


def test_qt_catalogs_translate_standard_buttons(window: MainWindow) -> None:
    i18n.set_language("ja")
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    i18n.set_language("zh_CN")
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
