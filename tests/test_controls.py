"""The side panel, the playback bar and the formula panel, driven through their real widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QWidget,
)

from convstudio.core import ConvParams
from convstudio.views.controls import ControlsPanel
from convstudio.views.formula_panel import FormulaPanel
from convstudio.views.playback_bar import PlaybackBar

SIGNALS = (
    "params_edited",
    "input_edited",
    "new_random_requested",
    "kernel_edited",
    "coverage_toggled",
)


def _find(parent: QWidget, kind: type, name: str) -> QWidget:
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{name!r}: {len(found)} widgets"
    return found[0]


def _pick(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


@pytest.fixture
def panel(qtbot):
    p = ControlsPanel()
    qtbot.addWidget(p)
    p.sync(ConvParams(), "random", (6, 6), "box", (3, 3))
    return p


@pytest.fixture
def emitted(panel):
    """Every signal the panel emits, as (name, args)."""
    log: list[tuple[str, tuple]] = []
    for name in SIGNALS:
        getattr(panel, name).connect(lambda *args, n=name: log.append((n, args)))
    return log


def test_typing_an_input_size_emits_once(qtbot, panel, emitted):
    spin = _find(panel, QSpinBox, "Input height")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "12")
    assert emitted == [], "keyboard tracking is off: nothing until the edit is committed"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert emitted == [("input_edited", ("random", 12, 6))]


def test_input_kind_and_new_random(qtbot, panel, emitted):
    button = panel.findChild(QPushButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _pick(_find(panel, QComboBox, "Input values"), "digit7")
    _find(panel, QSpinBox, "Input width").setValue(28)
    assert emitted == [
        ("new_random_requested", ()),
        ("input_edited", ("digit7", 6, 6)),
        ("input_edited", ("digit7", 6, 28)),
    ]
    assert button.isEnabled(), "the controller switches the input back to random"


def test_custom_input_is_offered_only_while_typed(panel, emitted):
    combo = _find(panel, QComboBox, "Input values")
    assert combo.findData("custom") < 0
    panel.sync(ConvParams(), "custom", (3, 4), "box", (3, 3))
    assert combo.currentData() == "custom"
    panel.set_input_custom(False)
    assert combo.findData("custom") < 0 and combo.currentData() == "random"
    panel.set_input_custom(True)
    panel.sync(ConvParams(), "ramp", (3, 4), "box", (3, 3))
    assert combo.findData("custom") < 0, "sync removes the choice once the values are gone"
    assert emitted == []


def test_custom_kernel_keeps_its_size_editable(panel, emitted):
    combo = _find(panel, QComboBox, "Kernel weights")
    panel.sync(ConvParams(), "random", (6, 6), "custom", (2, 5))
    assert combo.currentData() == "custom" and emitted == []
    kw = _find(panel, QSpinBox, "Kernel width")
    assert kw.isEnabled() and kw.value() == 5
    kw.setValue(4)
    assert emitted == [("kernel_edited", ("custom", 2, 4))]
    _pick(combo, "laplacian")
    assert emitted[-1] == ("kernel_edited", ("laplacian", 3, 3))
    panel.sync(ConvParams(), "random", (6, 6), "laplacian", (3, 3))
    assert combo.findData("custom") < 0


def test_set_max_input_allows_image_mode(panel, emitted):
    spin = _find(panel, QSpinBox, "Input width")
    assert spin.maximum() == 64
    panel.set_max_input(1024)
    spin.setValue(1000)
    assert emitted == [("input_edited", ("random", 6, 1000))]


def test_fixed_size_kernel_locks_the_size(panel, emitted):
    kh = _find(panel, QSpinBox, "Kernel height")
    kh.setValue(5)
    _pick(_find(panel, QComboBox, "Kernel weights"), "sobel_x")
    assert emitted == [("kernel_edited", ("box", 5, 3)), ("kernel_edited", ("sobel_x", 3, 3))]
    assert kh.value() == 3 and not kh.isEnabled()
    _pick(_find(panel, QComboBox, "Kernel weights"), "gaussian")
    assert kh.isEnabled() and emitted[-1] == ("kernel_edited", ("gaussian", 3, 3))


def test_explicit_padding_enables_the_four_amounts(panel, emitted):
    sides = [_find(panel, QSpinBox, f"Padding {s}") for s in ("top", "bottom", "left", "right")]
    assert not any(s.isEnabled() for s in sides)
    _pick(_find(panel, QComboBox, "Padding"), "explicit")
    assert all(s.isEnabled() for s in sides)
    sides[0].setValue(2)
    sides[3].setValue(1)
    assert [args[0].padding for _, args in emitted] == [
        ((0, 0), (0, 0)),
        ((2, 0), (0, 0)),
        ((2, 0), (0, 1)),
    ]
    _pick(_find(panel, QComboBox, "Padding"), "same")
    assert emitted[-1][1][0].padding == "same"
    assert not any(s.isEnabled() for s in sides)


def test_constant_fill_value_only_for_constant(panel, emitted):
    value = _find(panel, QDoubleSpinBox, "Constant fill value")
    assert not value.isEnabled()
    _pick(_find(panel, QComboBox, "Fill mode"), "constant")
    assert value.isEnabled()
    value.setValue(1.5)
    p = emitted[-1][1][0]
    assert (p.padding_mode, p.value) == ("constant", 1.5)


def test_stride_dilation_and_flip_emit_conv_params(qtbot, panel, emitted):
    _find(panel, QSpinBox, "Stride width").setValue(2)
    _find(panel, QSpinBox, "Dilation height").setValue(3)
    flip = next(c for c in panel.findChildren(QCheckBox) if "convolution" in c.text())
    qtbot.keyClick(flip, Qt.Key.Key_Space)
    assert [name for name, _ in emitted] == ["params_edited"] * 3
    assert emitted[-1][1][0] == ConvParams(stride=(1, 2), dilation=(3, 1), flip=True)
    assert emitted[-1][1][0].checked() == emitted[-1][1][0]


def test_coverage_checkbox(qtbot, panel, emitted):
    box = next(c for c in panel.findChildren(QCheckBox) if "heat map" in c.text())
    qtbot.keyClick(box, Qt.Key.Key_Space)
    panel.set_coverage_checked(False)
    assert emitted == [("coverage_toggled", (True,))]
    assert not box.isChecked()


def test_sync_sets_everything_and_emits_nothing(panel, emitted):
    params = ConvParams(
        stride=(2, 3), padding=((1, 2), (3, 4)), dilation=(2, 1), padding_mode="constant",
        value=-1.0, flip=True,
    )  # fmt: skip
    panel.sync(params, "checkerboard", (10, 12), "laplacian", (3, 3))
    assert emitted == []
    assert panel.params() == params
    assert _find(panel, QSpinBox, "Input width").value() == 12
    assert _find(panel, QComboBox, "Kernel weights").currentData() == "laplacian"
    assert _find(panel, QSpinBox, "Padding right").isEnabled()
    same = ConvParams(padding="same", padding_mode="zeros")
    panel.sync(same, "ramp", (5, 5), "box", (4, 4))
    assert emitted == [] and panel.params() == same
    bottom = _find(panel, QSpinBox, "Padding bottom")
    assert bottom.value() == 2 and not bottom.isEnabled()


def test_message_label_shows_and_hides(panel):
    label = panel.findChild(QLabel, "message")
    panel.show_message("stride must be at least 1, got 0")
    assert label.isVisibleTo(panel) and "stride" in label.text()
    panel.show_message("")
    assert not label.isVisibleTo(panel)


def test_every_control_has_a_mnemonic_or_is_tab_reachable(panel):
    labels = {
        lab.text(): lab.buddy().focusProxy() or lab.buddy()
        for lab in panel.findChildren(QLabel)
        if lab.buddy()
    }
    assert labels["&Input size"].accessibleName() == "Input height"
    assert labels["P&adding"].accessibleName() == "Padding"
    letters = [t[t.index("&") + 1].lower() for t in labels]
    buttons = [*panel.findChildren(QCheckBox), *panel.findChildren(QPushButton)]
    letters += [b.text()[b.text().index("&") + 1].lower() for b in buttons]
    assert len(letters) == len(set(letters)), "mnemonics must be unique"
    assert not set(letters) & set("fevhp"), "F, E, V, H, P belong to the menus"
    controls = [*panel.findChildren(QAbstractSpinBox), *panel.findChildren(QComboBox)]
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in controls)


def test_tab_order_follows_the_panel_top_to_bottom(qtbot, panel):
    order, w = [], _find(panel, QSpinBox, "Input height")
    for _ in range(200):
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.accessibleName():
            order.append(w.accessibleName())
        w = w.nextInFocusChain()
    start = order[: order.index("Input height", 1)] if order.count("Input height") > 1 else order
    expected = [
        *("Input height", "Input width", "Input values"),
        *("Kernel height", "Kernel width", "Kernel weights"),
        *("Padding", "Padding top", "Padding bottom", "Padding left", "Padding right"),
        *("Fill mode", "Constant fill value"),
        *("Stride height", "Stride width", "Dilation height", "Dilation width"),
    ]
    assert [n for n in start if n in expected] == expected


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_space_toggles_a_focused_check_box_not_the_play_shortcut(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    panel = ControlsPanel(window)
    played = []
    play = QAction("Play", window)
    play.setShortcut(QKeySequence("Space"))
    play.triggered.connect(lambda: played.append(True))
    window.addAction(play)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    flip = next(c for c in panel.findChildren(QCheckBox) if "convolution" in c.text())
    flip.setFocus()
    qtbot.keyClick(flip, Qt.Key.Key_Space)
    assert flip.isChecked() and played == []
    # Elsewhere Space still plays, which shows the shortcut is live in this test.
    combo = _find(panel, QComboBox, "Padding")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert played == [True]


def test_panel_fits_a_320_pixel_side_column(qtbot, panel):
    assert panel.minimumSizeHint().width() <= 300
    panel.resize(320, 700)
    panel.show_message("kernel 3×3 does not fit the padded input 2×2; add padding")
    assert not panel.grab().isNull()


# --- playback bar -------------------------------------------------------------------


@pytest.fixture
def bar(qtbot):
    b = PlaybackBar()
    qtbot.addWidget(b)
    b.set_steps(36)
    return b


@pytest.mark.parametrize(
    "button, signal, key",
    [("first", "first_requested", "Home"), ("prev", "prev_requested", "←"),
     ("play", "play_toggled", "Space"), ("next", "next_requested", "→"),
     ("last", "last_requested", "End")],
)  # fmt: skip
def test_playback_buttons_emit_and_name_their_key(qtbot, bar, button, signal, key):
    widget = bar.findChild(QToolButton, f"{button}_button")
    assert f"({key})" in widget.toolTip()
    with qtbot.waitSignal(getattr(bar, signal), timeout=500):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_scrubber_and_speed_emit_but_setters_do_not(qtbot, bar):
    slider, speed = bar.findChild(QSlider), bar.findChild(QDoubleSpinBox)
    assert (slider.minimum(), slider.maximum()) == (0, 35)
    with qtbot.waitSignal(bar.scrubbed, check_params_cb=lambda i: i == 7, timeout=500):
        slider.setValue(7)
    with qtbot.waitSignal(bar.speed_edited, check_params_cb=lambda v: v == 10.0, timeout=500):
        speed.setValue(10.0)
    assert "− / +" in speed.toolTip()
    with qtbot.assertNotEmitted(bar.scrubbed), qtbot.assertNotEmitted(bar.speed_edited):
        bar.set_step(20, "Step 21 / 36 · row 3, col 2")
        bar.set_speed(4.0)
        bar.set_steps(50)
    assert slider.value() == 20 and speed.value() == 4.0 and slider.maximum() == 49
    assert "Step 21 / 36" in bar.findChild(QLabel).text()


def test_set_playing_switches_the_play_button(bar):
    play = bar.findChild(QToolButton, "play_button")
    bar.set_playing(True)
    assert bar.is_playing() and play.toolTip() == "Pause (Space)"
    bar.set_playing(False)
    assert play.toolTip() == "Play (Space)"


def test_buttons_do_not_steal_keyboard_focus_on_click(bar):
    for button in bar.findChildren(QToolButton):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus


# --- formula panel ------------------------------------------------------------------


@pytest.fixture
def formulas(qtbot):
    f = FormulaPanel()
    qtbot.addWidget(f)
    return f


def test_formula_panel_shows_the_strings_it_is_given(formulas):
    formulas.set_size_formulas(["H_out = ⌊(6 + 1 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3", "W_out = 2"])
    text = formulas.findChild(QLabel, "size_formulas").text()
    assert "H<sub>out</sub> = ⌊(6 + 1 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3<br>" in text
    formulas.set_hover_text("input (0, 0) = 3 · a<b")
    assert formulas.findChild(QLabel, "hover_text").text() == "input (0, 0) = 3 · a&lt;b"


def test_padding_terms_are_coloured(formulas):
    formulas.set_dot_product("[0·1] + 3·(−1) = −3")
    text = formulas.findChild(QLabel, "dot_product").text()
    assert '<span style="color:#a63c00;' in text and "[0·1]</span> + 3·(−1) = −3" in text
    formulas.set_padding_color("#0000ff", "#eeeeff")
    assert "color:#0000ff" in formulas.findChild(QLabel, "dot_product").text()


def test_a_new_dot_product_is_painted_once_and_a_longer_one_gets_its_lines(formulas, qtbot):
    formulas.resize(500, 300)
    formulas.show()
    qtbot.waitExposed(formulas)
    label = formulas.findChild(QLabel, "dot_product")
    paints = []

    class Counter(QtCore.QObject):
        def eventFilter(self, watched, event):
            if event.type() == QtCore.QEvent.Type.Paint:
                paints.append(label.text())
            return False

    counter = Counter()
    label.installEventFilter(counter)
    for text in ("[0·1] + 3·(−1) = −3", "[0·1] + 4·(−1) = −4"):
        formulas.set_dot_product(text)
        # In the window the grids' repaint comes first and paints the label with them,
        # before its layout request is handled.
        label.repaint()
        for _ in range(4):  # as many event rounds as a control change takes
            QtWidgets.QApplication.processEvents()
    assert len(paints) == 2  # once per text (asking its height after the paint made two)
    one_line = label.height()
    formulas.set_dot_product(" + ".join(["[0·1]"] * 40) + " = 0")  # wraps at 500 px
    qtbot.waitUntil(lambda: label.height() >= 2 * one_line)


def test_zoom_scales_the_fonts(formulas):
    label = formulas.findChild(QLabel, "dot_product")
    before = label.font().pointSizeF()
    formulas.set_zoom(2.0)
    assert label.font().pointSizeF() == pytest.approx(2 * before)
    assert formulas.zoom() == 2.0
