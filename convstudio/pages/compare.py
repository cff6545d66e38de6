"""The compare tab: two settings of one convolution side by side, and the shift test.

A | B share one input; each side shows its padded input with the window and its
output, stepping in lock-step (each with its own counter when the walks differ in
length); below them the difference map B − A and, in words, why each side has its
shape and what differs. The shift test (Alt+arrows) moves the input and shows, per
side, whether the output moved with it. All numbers come from ``core.compare`` and
``core.shift`` through the controller; this module only wires and draws.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from convstudio.core import explain
from convstudio.i18n import translate
from convstudio.modes import ModePage
from convstudio.pages import mode_title
from convstudio.views.controls import ControlsPanel

from .compare_controller import CompareController
from .compare_panel import ComparePanel
from .compare_state import NAME, CompareResult, check_state, to_state
from .compare_views import CompareStage, shared_levels, side_header, side_items
from .shift_panel import ShiftStage

SHIFT_KEYS = {"Alt+Up": (-1, 0), "Alt+Down": (1, 0), "Alt+Left": (0, -1), "Alt+Right": (0, 1)}


class ComparePage(ModePage):
    """Settings A and B on one input, their difference, and the shift test."""

    name = NAME

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(CompareController(), parent)
        self.controller: CompareController = self.stepper
        self.controller.setParent(self)
        self.panel = ComparePanel()
        self.controls_panel = ControlsPanel()
        self.controls_layout.addWidget(self.panel)
        self.controls_layout.addWidget(self.controls_panel)
        self.controls_layout.addStretch(1)
        self.compare_stage, self.shift_stage = CompareStage(), ShiftStage()
        self.stack = QtWidgets.QStackedWidget()
        self.stack.addWidget(self.compare_stage)
        self.stack.addWidget(self.shift_stage)
        self.views_layout.addWidget(self.stack)
        self._add_shortcuts()
        self._connect()
        self._on_settings_changed()
        self._on_result_changed(self.controller.result)
        self._fit_side()
        self.refresh_counter()

    def _add_shortcuts(self) -> None:
        # Actions (not bare QShortcuts) so F1's overview lists them; only while this tab
        # has the focus: other tabs may give Alt+arrows other jobs.
        context = QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut
        c = self.controller
        moves = [
            (keys, lambda dy=dy, dx=dx: c.shift_by(dy, dx)) for keys, (dy, dx) in SHIFT_KEYS.items()
        ]
        self._shift_actions: list[QtGui.QAction] = []
        for keys, slot in [*moves, ("Alt+Home", lambda: c.set_shift(0, 0))]:
            action = QtGui.QAction(self)
            action.setShortcut(QtGui.QKeySequence(keys))
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            self.addAction(action)
            self._shift_actions.append(action)
        self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        texts = (
            self.tr("Shift test: move the input up"),
            self.tr("Shift test: move the input down"),
            self.tr("Shift test: move the input left"),
            self.tr("Shift test: move the input right"),
            self.tr("Shift test: put the input back"),
        )
        for action, text in zip(self._shift_actions, texts, strict=True):
            action.setText(text)

    def _connect(self) -> None:
        c, controls, panel = self.controller, self.controls_panel, self.panel
        controls.params_edited.connect(c.set_params)
        controls.input_edited.connect(c.set_input)
        controls.new_random_requested.connect(c.new_random)
        controls.kernel_edited.connect(c.set_kernel)
        controls.coverage_toggled.connect(c.set_coverage)
        controls.retranslated.connect(self._fit_side)
        panel.target_chosen.connect(c.set_target)
        panel.pair_requested.connect(c.apply_pair)
        panel.shift_view_toggled.connect(lambda on: c.set_view("shift" if on else "difference"))
        panel.shift_edited.connect(c.set_shift)
        panel.pool_edited.connect(c.set_pool)
        c.result_changed.connect(self._on_result_changed)
        c.step_changed.connect(self._on_step_changed)
        c.error_changed.connect(self.show_message)
        c.settings_changed.connect(self._on_settings_changed)

    def _fit_side(self) -> None:
        # Never narrower than the controls (labels are wider in some languages).
        width = max(self.controls_panel.sizeHint().width(), self.panel.sizeHint().width())
        self.side.setMinimumWidth(width + 24)

    # --- controller → views -------------------------------------------------------------

    def _headers(self) -> dict[str, tuple[str, str]]:
        """Each side's settings in words, (rich, plain), what differs underlined."""
        c, s = self.controller.result.comparison, self.controller.good
        items = {
            "A": side_items(c.a, s.a.kernel_kind),
            "B": side_items(c.b, s.b.kernel_kind),
        }
        return {
            "A": side_header("A", items["A"], items["B"]),
            "B": side_header("B", items["B"], items["A"]),
        }

    def _on_result_changed(self, result: CompareResult) -> None:
        c, s = result.comparison, self.controller.good
        headers = self._headers()
        step = self.controller.step
        shared = shared_levels(c)
        for name in ("A", "B"):
            view = self.compare_stage.side(name)
            view.header.set_html(*headers[name])
            ia = c.step_pair(min(step, c.n_steps - 1))[0 if name == "A" else 1]
            view.show_walk(c.walk(name), ia, s.coverage, shared)
            self.shift_stage.show_side(name, result.demo(name), headers[name][1])
        self.compare_stage.show_difference(c)
        self.shift_stage.show_input(result.shift_a)
        self._on_settings_changed()
        self._on_step_changed(min(step, c.n_steps - 1))

    def _on_step_changed(self, index: int) -> None:
        result = self.controller.result
        c = result.comparison
        pair = c.step_pair(index)
        for name, i in zip(("A", "B"), pair, strict=True):
            walk = c.walk(name)
            self.compare_stage.side(name).show_step(walk, i, self._side_counter(name, index))
            self.shift_stage.show_step(name, result.demo(name), i)
        self.compare_stage.show_step_difference(c, *pair)
        lines = [c.summary(), c.shape_text("A"), c.shape_text("B"), *c.step_text(index).split("\n")]
        self.compare_stage.explanation.set_lines(lines, bold_first=True)

    def _side_counter(self, name: str, index: int) -> str:
        walk = self.controller.result.comparison.walk(name)
        i = min(index, walk.n_steps - 1)
        text = f"{name}: {explain.step_counter(walk.step(i), walk.n_steps)}"
        if index > i:
            text += translate("ComparePage", " — finished")
        return text

    def _on_settings_changed(self) -> None:
        c = self.controller
        s, shown = c.settings, c.shown_side()
        self.controls_panel.sync(
            shown.params, s.input_kind, s.input.shape, shown.kernel_kind, shown.kernel.shape
        )
        self.controls_panel.set_input_custom(s.input_kind == "custom")
        self.controls_panel.set_coverage_checked(s.coverage)
        headers = self._headers()
        self.panel.sync(s, "<br>".join(headers[n][0] for n in ("A", "B")))
        self.stack.setCurrentWidget(self.shift_stage if s.view == "shift" else self.compare_stage)

    # --- the ModePage contract ----------------------------------------------------------

    def title(self) -> str:
        """The tab's text."""
        return mode_title(self.name)

    def step_counter(self, index: int) -> str:
        """ "Step 5 of 36 · A 5 / 36 · B 5 / 9"."""
        c = self.stepper.result.comparison
        ia, ib = c.step_pair(min(index, c.n_steps - 1))
        return self.tr("Step {i} of {n} · A {ia} / {na} · B {ib} / {nb}").format(
            i=index + 1, n=c.n_steps, ia=ia + 1, na=c.a.n_steps, ib=ib + 1, nb=c.b.n_steps
        )

    def state(self) -> dict[str, Any]:
        """Input, both sides, target, view, shift, pooling and coverage (the last good ones)."""
        return to_state(self.controller.good)

    def set_state(self, state: dict[str, Any]) -> None:
        """Show ``state``; ConfigError (changing nothing) when it cannot be shown."""
        settings, result = check_state(state)
        self.controller.load(settings, result)

    def retranslate(self) -> None:
        """Re-word the panel, the titles and every explanation."""
        self.panel.retranslate()
        self._retranslate_actions()
        self.controller.retranslate()
        self._on_result_changed(self.controller.result)
        self._fit_side()


def make_page(window) -> ComparePage:
    """The compare tab's page for ``window`` (convstudio.pages builds it when first needed)."""
    return ComparePage()
