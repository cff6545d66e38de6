"""The compare tab's controller: settings A and B, the last good result, lock-step playback.

Every edit builds new CompareSettings (see ``compare_state``) and asks the core for a
new result; only a result that could be built reaches the views. An impossible
setting is reported with ``error_changed`` and the last good picture stays.

Edits from the shared settings panel go to the *target* — A, B or both — field by
field: with "both", changing the stride changes only the stride of both sides, so
A's and B's other differences survive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

import numpy as np
from PySide6 import QtCore

from convstudio.core import ConfigError, ConvParams
from convstudio.stepper import Stepper

from .compare_state import (
    TARGETS,
    VIEWS,
    CompareResult,
    CompareSettings,
    Side,
    compute,
    default_settings,
    with_input,
    with_kernel,
)

PAIRS = ("same-valid", "zeros-reflect", "torch-tf", "stride")
_PARAM_FIELDS = tuple(f.name for f in fields(ConvParams))


def classic_pair(s: CompareSettings, name: str) -> CompareSettings:
    """One of the classic comparisons, on the current input with A's kernel on both sides.

    "torch-tf" (PyTorch padding=1 against TensorFlow "same" at stride 2) needs a 3×3
    kernel and an even input size to show two window placements: an odd size would
    make TensorFlow pad 1 on each side too, so an odd side is made one cell smaller.
    """
    side = s.a
    pairs = {
        "same-valid": (ConvParams(padding="same"), ConvParams(padding="valid")),
        "zeros-reflect": (
            ConvParams(padding="same"),
            ConvParams(padding="same", padding_mode="reflect"),
        ),
        "torch-tf": (
            ConvParams(stride=2, padding=((1, 1), (1, 1))),
            ConvParams(stride=2, padding="same"),
        ),
        "stride": (ConvParams(padding="same"), ConvParams(stride=2, padding="same")),
    }
    pa, pb = pairs[name]
    if name == "torch-tf":
        if side.kernel.shape != (3, 3):
            side = with_kernel(side, None, (3, 3))
        h, w = (n if n % 2 == 0 else max(n - 1, 2) for n in s.input.shape)
        if (h, w) != s.input.shape:
            s = with_input(s, s.input_kind, h, w, s.input_seed)
    return replace(s, a=replace(side, params=pa.checked()), b=replace(side, params=pb.checked()))


class CompareController(Stepper):
    """Owns the compare settings and result; playback (step, timer) comes from Stepper."""

    result_changed = QtCore.Signal(object)  # CompareResult
    error_changed = QtCore.Signal(str)  # "" when the settings are valid again
    settings_changed = QtCore.Signal()  # resync the controls

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = self.good = default_settings()
        self.result: CompareResult = compute(self.settings)
        self.error = ""
        self._recheck: Callable[[], object] | None = None

    @property
    def n_steps(self) -> int:
        """Lock-step length: the longer walk of A and B."""
        return self.result.comparison.n_steps

    # --- whole settings ------------------------------------------------------------

    def apply(self, settings: CompareSettings) -> None:
        """Show ``settings`` if they can work; otherwise explain why and keep the picture."""
        self.settings = settings
        self.settings_changed.emit()
        try:
            result = compute(settings)
        except ConfigError as exc:
            self._set_error(str(exc), lambda: compute(settings))
            return
        self._set_error("")
        self.good, self.result = settings, result
        self.clamp_step()  # the views draw the current step of the new result
        self.result_changed.emit(result)
        self.reset_steps()

    def load(self, settings: CompareSettings, result: CompareResult) -> None:
        """Show already checked settings and their result (a session, a preset)."""
        self.pause()
        self.settings = self.good = settings
        self.result = result
        self._set_error("")
        self.settings_changed.emit()
        self.clamp_step()  # the views draw the current step of the new result
        self.result_changed.emit(result)
        self.reset_steps()

    def shown_side(self) -> Side:
        """The side the settings panel shows: the target's (A's for "both")."""
        return self.settings.side("B" if self.settings.target == "B" else "A")

    # --- edits ---------------------------------------------------------------------

    def set_target(self, target: str) -> None:
        """Send the next edits to "A", "B" or "both"."""
        if target in TARGETS and target != self.settings.target:
            self.settings = replace(self.settings, target=target)
            self.good = replace(self.good, target=target)
            self.settings_changed.emit()

    def set_view(self, view: str) -> None:
        """Show the "difference" or the "shift" test below the two sides."""
        if view in VIEWS and view != self.settings.view:
            self.settings = replace(self.settings, view=view)
            self.good = replace(self.good, view=view)
            self.settings_changed.emit()

    def set_input(self, kind: str, h: int, w: int) -> None:
        """The shared input's kind or size edited."""
        self._edit(lambda s: with_input(s, kind, h, w, s.input_seed))

    def new_random(self) -> None:
        """New random input values (switches the input to "random")."""
        self._edit(lambda s: with_input(s, "random", *s.input.shape, s.input_seed + 1))

    def set_kernel(self, kind: str, kh: int, kw: int) -> None:
        """Kernel kind or size edited: the changed part goes to every target side."""
        shown = self.shown_side()
        new_kind = kind if kind != shown.kernel_kind else None
        size = (kh, kw) if (kh, kw) != shown.kernel.shape else None
        self._edit_sides(lambda side: with_kernel(side, new_kind, size))

    def set_params(self, params: ConvParams) -> None:
        """Stride, padding, dilation, fill or flip edited: changed fields go to the targets."""
        shown = self.shown_side().params
        try:
            params = params.checked()
        except ConfigError as exc:
            self._set_error(str(exc))
            return
        changed = {f: getattr(params, f) for f in _PARAM_FIELDS}
        changed = {f: v for f, v in changed.items() if v != getattr(shown, f)}
        if changed:
            self._edit_sides(lambda side: replace(side, params=replace(side.params, **changed)))

    def set_coverage(self, on: bool) -> None:
        """Coverage heat map on both padded inputs."""
        self._edit(lambda s: replace(s, coverage=bool(on)))

    def set_shift(self, dy: int, dx: int) -> None:
        """Shift the input by (dy, dx) for the shift test."""
        self._edit(lambda s: replace(s, shift=(int(dy), int(dx))))

    def shift_by(self, ddy: int, ddx: int) -> None:
        """Alt+arrow: shift one more cell and show the shift test."""
        self.set_view("shift")
        dy, dx = self.settings.shift
        h, w = self.settings.input.shape
        dy = int(np.clip(dy + ddy, -(h - 1), h - 1))
        dx = int(np.clip(dx + ddx, -(w - 1), w - 1))
        self.set_shift(dy, dx)

    def set_pool(self, pool: int | None) -> None:
        """Max pooling after the convolution in the shift test (None: none)."""
        self._edit(lambda s: replace(s, pool=pool))

    def apply_pair(self, name: str) -> None:
        """Load one of the classic comparisons (see ``classic_pair``)."""
        self._edit(lambda s: classic_pair(s, name))

    def _edit(self, change: Callable[[CompareSettings], CompareSettings]) -> None:
        try:
            settings = change(self.settings)
        except ConfigError as exc:
            self._set_error(str(exc))
            return
        self.apply(settings)

    def _edit_sides(self, change: Callable[[Side], Side]) -> None:
        def on_targets(s: CompareSettings) -> CompareSettings:
            for name in s.targets():
                s = s.with_side(name, change(s.side(name)))
            return s

        self._edit(on_targets)

    # --- errors --------------------------------------------------------------------

    def _set_error(self, message: str, recheck: Callable[[], object] | None = None) -> None:
        self._recheck = recheck if message else None
        if message != self.error:
            self.error = message
            self.error_changed.emit(message)

    def retranslate(self) -> None:
        """Word the current error again in the current language."""
        if self._recheck is None:
            return
        try:
            self._recheck()
        except ConfigError as exc:
            self._set_error(str(exc), self._recheck)
