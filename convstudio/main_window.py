"""The main window: wiring and menus only — state lives in the controller."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from . import __version__, export_ui, language_ui, presenter, sessions_ui
from .controller import Controller
from .core import ConfigError, Walk, explain
from .hover import HoverLinker
from .mode_tabs import ModeSlot, ModeTabs
from .modes import ModePage, connect_playback
from .stepper import Stepper
from .views.controls import IMAGE_MODE_MAX, NUMBERS_MODE_MAX, ControlsPanel
from .views.formula_panel import FormulaPanel
from .views.grid_view import GridView
from .views.playback_bar import PlaybackBar


def _levels(values: np.ndarray) -> tuple[float, float]:
    # Fixed per result (not per step) so colours never jump while playing.
    lo, hi = float(values.min()), float(values.max())
    return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)


class MainWindow(QtWidgets.QMainWindow):
    """Side panel of controls, the padded-input / kernel / output grids, formulas, playback."""

    def __init__(self, controller: Controller | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.base_title())
        self.controller = controller or Controller(self)
        self.controls = ControlsPanel()
        self.input_view = GridView()
        self.kernel_view = GridView()
        self.output_view = GridView()
        self.formulas = FormulaPanel()
        self.playback = PlaybackBar()
        self.hover = HoverLinker(
            self.input_view, self.kernel_view, self.output_view, self.formulas, self
        )
        self._show_coverage = False
        self._build_layout()
        self._build_actions()
        self._retranslate_menus()
        self._connect()
        self._on_result_changed(self.controller.walk)
        self._on_step_changed(self.controller.step)
        self._on_settings_changed()

    # --- construction -----------------------------------------------------------------

    def _build_layout(self) -> None:
        side = QtWidgets.QScrollArea()
        side.setWidget(self.controls)
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._side = side
        self._fit_side_panel()

        grids = QtWidgets.QHBoxLayout()
        grids.setSpacing(8)
        grids.addWidget(self.input_view, 5)
        kernel_box = QtWidgets.QVBoxLayout()
        kernel_box.addWidget(self.kernel_view, 2)
        kernel_box.addStretch(1)
        grids.addLayout(kernel_box, 2)
        grids.addWidget(self.output_view, 5)

        stage = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(stage)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(grids, 1)
        column.addWidget(self.formulas)
        column.addWidget(self.playback)
        # The stage takes keyboard focus at start so ← / → step at once.
        stage.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.stage = stage

        splitter = QtWidgets.QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(stage)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.single_page = splitter
        # Every mode is a tab, the single layer first; mode pages are built when first needed.
        self.modes = ModeTabs(splitter)
        self.modes.currentChanged.connect(self._on_mode_changed)
        self.setCentralWidget(self.modes)
        self.resize(1280, 720)

    def _fit_side_panel(self) -> None:
        # Never narrower than the controls (labels are wider in some languages).
        self._side.setMinimumWidth(self.controls.sizeHint().width() + 24)

    def _build_actions(self) -> None:
        # Menus are attributes so feature modules can add their actions to them; their
        # texts are set in _retranslate_menus, again on every language change.
        bar = self.menuBar()
        self.file_menu, self.edit_menu = bar.addMenu(""), bar.addMenu("")
        self.playback_menu = playback = bar.addMenu("")
        self._playback_actions: dict[str, QtGui.QAction] = {}
        for name, keys, slot in (
            ("play", ["Space"], lambda: self.active_stepper().toggle_play()),
            ("forward", ["Right"], lambda: self.active_stepper().step_by(1)),
            ("back", ["Left"], lambda: self.active_stepper().step_by(-1)),
            ("first", ["Home"], lambda: self.active_stepper().first()),
            ("last", ["End"], lambda: self.active_stepper().last()),
            ("faster", ["+", "=", "Ctrl+Up"], lambda: self.active_stepper().change_speed(1.5)),
            ("slower", ["-", "Ctrl+Down"], lambda: self.active_stepper().change_speed(1 / 1.5)),
        ):
            action = playback.addAction("")
            action.setShortcuts([QtGui.QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self._playback_actions[name] = action
        self.view_menu = view = bar.addMenu("")
        self.image_mode_action = view.addAction("")
        self.image_mode_action.setCheckable(True)
        self.image_mode_action.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.image_mode_action.toggled.connect(self._on_image_mode_toggled)
        self.mode_menu = bar.addMenu("")
        self._mode_group = QtGui.QActionGroup(self)
        self._mode_actions: list[QtGui.QAction] = []
        self._add_mode_action(0)
        self.mode_menu.addSeparator()
        self._next_mode_action = self.mode_menu.addAction("", lambda: self._cycle_mode(1))
        self._next_mode_action.setShortcut(QtGui.QKeySequence("Ctrl+PgDown"))
        self._prev_mode_action = self.mode_menu.addAction("", lambda: self._cycle_mode(-1))
        self._prev_mode_action.setShortcut(QtGui.QKeySequence("Ctrl+PgUp"))
        self.help_menu = bar.addMenu("")
        self._install_features()
        self.help_menu.addSeparator()
        self._about_action = self.help_menu.addAction("", self._on_about)
        self.file_menu.addSeparator()
        self._quit_action = self.file_menu.addAction("", self.close)
        self._quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.playback_menu.setTitle(self.tr("&Playback"))
        self.view_menu.setTitle(self.tr("&View"))
        self.mode_menu.setTitle(self.tr("&Mode"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._next_mode_action.setText(self.tr("Next mode"))
        self._prev_mode_action.setText(self.tr("Previous mode"))
        self._retitle_modes()
        texts = {
            "play": self.tr("Play / pause"),
            "forward": self.tr("Step forward"),
            "back": self.tr("Step back"),
            "first": self.tr("First step"),
            "last": self.tr("Last step (whole output)"),
            "faster": self.tr("Faster"),
            "slower": self.tr("Slower"),
        }
        for name, action in self._playback_actions.items():
            action.setText(texts[name])
        self.image_mode_action.setText(self.tr("&Image mode (inputs up to 1024×1024)"))
        self._about_action.setText(self.tr("&About convstudio"))
        self._quit_action.setText(self.tr("&Quit"))

    # --- modes ------------------------------------------------------------------------

    def add_mode(self, page: ModePage) -> None:
        """Add an already built mode page as a tab after the others."""
        self.add_lazy_mode(page.name, page.title, lambda: page)
        self.modes.page(page.name)  # built already: take it in now

    def add_lazy_mode(
        self, name: str, title: Callable[[], str], builder: Callable[[], ModePage]
    ) -> None:
        """Add mode ``name`` as a tab whose page ``builder`` makes when it is first needed."""
        self.modes.add_slot(ModeSlot(name, title, builder))
        self._add_mode_action(self.modes.count() - 1)
        self._retitle_modes()

    def _add_mode_action(self, index: int) -> None:
        action = QtGui.QAction(self)
        action.setCheckable(True)
        action.setChecked(index == self.modes.currentIndex())
        action.triggered.connect(lambda: self.modes.setCurrentIndex(index))
        self._mode_group.addAction(action)
        before = self._next_mode_action if hasattr(self, "_next_mode_action") else None
        separator = self.mode_menu.actions()[index] if before is not None else None
        self.mode_menu.insertAction(separator, action)
        self._mode_actions.append(action)

    def _retitle_modes(self) -> None:
        titles = self.modes.retitle(self.tr("Single layer"))
        for action, title in zip(self._mode_actions, titles, strict=False):
            action.setText(title)

    def pages(self) -> list[ModePage]:
        """Every mode page after the single layer, in tab order (building any not built yet)."""
        return [self.modes.page(name) for name in self.modes.names()[1:]]

    def page(self, name: str) -> ModePage:
        """The mode page called ``name`` (built if need be); KeyError naming the known ones."""
        return self.modes.page(name)

    def set_mode(self, name: str) -> None:
        """Bring mode ``name`` ("single" for the single layer) to the front."""
        self.modes.setCurrentIndex(self.modes.index_of(name))

    def active_page(self) -> ModePage | None:
        """The mode page in front, or None for the single layer."""
        return self.modes.current_page()

    def active_stepper(self) -> Stepper:
        """Whose steps the playback keys move: the front mode's."""
        page = self.active_page()
        return page.stepper if page is not None else self.controller

    def active_stage(self) -> QtWidgets.QWidget:
        """What export grabs: the front mode's stage."""
        page = self.active_page()
        return page.stage if page is not None else self.stage

    def side_panels(self) -> list[QtWidgets.QWidget]:
        """Every mode's settings panel (F9 hides them all)."""
        return [self._side] + [page.side for page in self.modes.built_pages()]

    def show_mode(self, mode: dict | None) -> None:
        """Bring a session's mode to the front with its state and step (None: single layer).

        Raises ConfigError, changing nothing, for an unknown mode or a state it refuses.
        """
        if mode is None:
            self.set_mode("single")
            return
        try:
            page = self.page(mode["name"])
        except KeyError:
            known = ", ".join(self.modes.names())
            message = self.tr("there is no mode called {name!r}; the modes are: {known}")
            raise ConfigError(message.format(name=mode["name"], known=known)) from None
        page.set_state(mode["state"])
        self.set_mode(page.name)
        page.stepper.set_step(int(mode.get("step", 0)))

    def mode_snapshot(self) -> dict | None:
        """The front mode as a session's "mode" section; None for the single layer."""
        page = self.active_page()
        if page is None:
            return None
        return {"name": page.name, "step": page.stepper.step, "state": page.state()}

    def _cycle_mode(self, delta: int) -> None:
        self.modes.setCurrentIndex((self.modes.currentIndex() + delta) % self.modes.count())

    def _on_mode_changed(self, index: int) -> None:
        # The mode left behind stops playing: only the one in front may move.
        front = self.active_stepper()
        for stepper in [self.controller] + [p.stepper for p in self.modes.built_pages()]:
            if stepper is not front:
                stepper.pause()
        if 0 <= index < len(self._mode_actions):
            self._mode_actions[index].setChecked(True)
        self.active_stage().setFocus()

    def base_title(self) -> str:
        """The window title without a file name."""
        return self.tr("convstudio — padding, stride and dilation, step by step")

    def _install_features(self) -> None:
        """Let each feature module add its menus, actions and shortcuts (one line each)."""
        # feature installs begin
        export_ui.install(self)
        presenter.install(self)
        sessions_ui.install(self)
        from . import code_ui, images_ui, pages, values_ui

        for feature in (code_ui, images_ui, language_ui, values_ui):
            feature.install(self)
        for name, _cls, _title in pages.MODES:  # built when first shown (see mode_tabs)
            self.add_lazy_mode(
                name,
                lambda name=name: pages.mode_title(name),
                lambda name=name: pages.build_page(name, self),
            )
        # feature installs end

    def _connect(self) -> None:
        c, panel, bar = self.controller, self.controls, self.playback
        panel.params_edited.connect(c.set_params)
        panel.input_edited.connect(c.set_input)
        panel.new_random_requested.connect(c.new_random)
        panel.kernel_edited.connect(c.set_kernel)
        panel.coverage_toggled.connect(self._on_coverage_toggled)
        panel.retranslated.connect(self._fit_side_panel)
        connect_playback(bar, c)
        c.result_changed.connect(self._on_result_changed)
        c.step_changed.connect(self._on_step_changed)
        c.error_changed.connect(panel.show_message)
        c.settings_changed.connect(self._on_settings_changed)
        self.input_view.cell_clicked.connect(self._on_input_clicked)
        self.kernel_view.cell_clicked.connect(self._on_kernel_clicked)
        self.output_view.cell_clicked.connect(self._on_output_clicked)

    # --- controller → views -----------------------------------------------------------

    def _on_result_changed(self, walk: Walk) -> None:
        padded, (h, w) = walk.padded, walk.input.shape
        (top, _), (left, _) = walk.pads
        self._show_result_texts(walk)
        self.input_view.set_data(
            padded.array,
            levels=_levels(padded.array),
            pad_mask=padded.mask,
            frame=(top, left, top + h - 1, left + w - 1),
        )
        rows, cols = walk.unreached()
        self.input_view.set_marked_lines(list(rows + top), list(cols + left))
        self.kernel_view.set_data(walk.kernel, levels=_symmetric_levels(walk.kernel))
        self.output_view.set_data(
            walk.output, levels=_levels(walk.output), revealed=self.controller.step + 1
        )
        self._apply_coverage()
        self.hover.set_walk(walk)

    def _show_result_texts(self, walk: Walk) -> None:
        """Grid titles and size formulas, in the current language."""
        (h, w), (hp, wp) = walk.input.shape, walk.padded.mask.shape
        title = self.tr("Input {h}×{w} → padded {hp}×{wp}")
        self.input_view.set_title(title.format(h=h, w=w, hp=hp, wp=wp))
        kh, kw = walk.kernel.shape
        if walk.params.flip:
            title = self.tr("Kernel {kh}×{kw} · flipped 180° when applied")
        else:
            title = self.tr("Kernel {kh}×{kw}")
        self.kernel_view.set_title(title.format(kh=kh, kw=kw))
        ho, wo = walk.out_shape
        self.output_view.set_title(self.tr("Output {ho}×{wo}").format(ho=ho, wo=wo))
        self.formulas.set_size_formulas(explain.size_formulas(walk))

    def _on_step_changed(self, index: int) -> None:
        walk = self.controller.walk
        step = walk.step(index)
        self.input_view.set_window(step.rows, step.cols)
        self.output_view.set_revealed(index + 1)
        self.output_view.set_current((step.out_row, step.out_col))
        self._show_step_texts(index)

    def _show_step_texts(self, index: int) -> None:
        """The dot product and the step counter of step ``index``, in the current language."""
        walk = self.controller.walk
        step = walk.step(index)
        self.formulas.set_dot_product(explain.dot_product_text(step))
        self.playback.set_step(index, explain.step_counter(step, walk.n_steps))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """On a language change, re-set every text this window shows (children do their own)."""
        if event.type() == QtCore.QEvent.Type.LanguageChange and hasattr(self, "hover"):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.base_title())
        self._retranslate_menus()
        self._show_result_texts(self.controller.walk)
        self._show_step_texts(self.controller.step)
        self.hover.refresh()
        # The core words its errors when raising: ask again for the new language.
        self.controller.retranslate()

    def _on_settings_changed(self) -> None:
        c = self.controller
        self.controls.sync(c.params, c.input_kind, c.input.shape, c.kernel_kind, c.kernel.shape)
        self.controls.set_input_custom(c.input_kind == "custom")

    def _apply_coverage(self) -> None:
        walk = self.controller.walk
        self.input_view.set_heatmap(walk.padded_coverage() if self._show_coverage else None)

    # --- user actions -----------------------------------------------------------------

    def _on_coverage_toggled(self, on: bool) -> None:
        self._show_coverage = on
        self._apply_coverage()

    def _on_image_mode_toggled(self, on: bool) -> None:
        self.controls.set_max_input(IMAGE_MODE_MAX if on else NUMBERS_MODE_MAX)

    def _on_input_clicked(self, row: int, col: int) -> None:
        walk = self.controller.walk
        (top, _), (left, _) = walk.pads
        r, c = row - top, col - left
        if not (_inside(walk.input, r, c) and _inside(self.controller.input, r, c)):
            # Padding cells are derived from the input, not typed; while the settings
            # cannot work the grid shows the last good input, which may be larger.
            return
        what = self.tr("Input cell ({r}, {c})").format(r=r, c=c)
        value = self._ask_value(what, walk.input[r, c])
        if value is not None:
            self.controller.set_input_cell(r, c, value)

    def _on_kernel_clicked(self, row: int, col: int) -> None:
        if not _inside(self.controller.kernel, row, col):
            return  # the grid shows the last good kernel; the edited one is smaller
        what = self.tr("Kernel tap ({row}, {col})").format(row=row, col=col)
        value = self._ask_value(what, self.controller.kernel[row, col])
        if value is not None:
            self.controller.set_kernel_cell(row, col, value)

    def _on_output_clicked(self, row: int, col: int) -> None:
        # Clicking an output cell jumps to the step that computes it.
        self.controller.pause()
        self.controller.set_step(row * self.controller.walk.out_shape[1] + col)

    def _ask_value(self, what: str, current: float) -> float | None:
        value, ok = QtWidgets.QInputDialog.getDouble(
            self,
            self.tr("Type a value"),
            self.tr("{what}:").format(what=what),
            float(current),
            -1e6,
            1e6,
            3,
        )
        return value if ok else None

    def _on_about(self) -> None:
        QtWidgets.QMessageBox.about(self, self.tr("About convstudio"), self.about_text())

    def about_text(self) -> str:
        """The About box's text (rich text), in the current language."""
        words = self.tr(
            "What padding, stride and dilation do to a convolution, step by step — "
            "with the numbers PyTorch prints."
        )
        return f"<h3>convstudio {__version__}</h3><p>{words}</p>"

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self.active_stage().setFocus()


def _inside(values: np.ndarray, row: int, col: int) -> bool:
    h, w = values.shape
    return 0 <= row < h and 0 <= col < w


def _symmetric_levels(kernel: np.ndarray) -> tuple[float, float]:
    # Kernels mix signs (Sobel, Laplacian): centre the colour map on zero.
    m = float(np.abs(kernel).max()) or 1.0
    return (-m, m)
