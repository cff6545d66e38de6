"""Step into one layer of a stack: show it in the tab that explains a single layer of its kind.

A conv layer opens in the single-layer tab, a pooling layer in the pooling tab (when
the window has one), each with random values of the shape that reaches the layer —
the stack itself only knows shapes — and a note saying so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore

from convstudio.core import ConfigError, ConvParams
from convstudio.core.pool_state import check_pool_state
from convstudio.core.samples import make_input, make_kernel
from convstudio.core.session import Session
from convstudio.core.stack import Stage
from convstudio.core.stack_layers import ConvLayer
from convstudio.views.controls import NUMBERS_MODE_MAX

if TYPE_CHECKING:
    from convstudio.main_window import MainWindow
    from convstudio.modes import ModePage

_NOTE_MS = 15000


def pool_target(window: MainWindow | None) -> ModePage | None:
    """The window's pooling page, or None when it has none."""
    if window is None:
        return None
    try:
        return window.page("pooling")
    except KeyError:
        return None


def open_layer(window: MainWindow, stage: Stage) -> str:
    """Show ``stage``'s layer in its own tab; returns the note shown (empty: not opened)."""
    if isinstance(stage.layer, ConvLayer):
        _open_conv(window, stage)
    else:
        page = pool_target(window)
        if page is None:
            return ""
        try:
            page.set_state(pool_state(stage))
        except ConfigError as exc:
            return str(exc)
        window.set_mode(page.name)
    _, h, w = stage.in_shape
    note = QtCore.QCoreApplication.translate(
        "StackPage",
        "Layer {n} opened with random values of the shape that reaches it ({h}×{w}, "
        "one channel): the stack knows shapes, not values.",
    ).format(n=stage.number, h=h, w=w)
    if stage.in_shape[0] > 1:
        more = QtCore.QCoreApplication.translate(
            "StackPage", "It has {c} channels; the tab shows one."
        )
        note += " " + more.format(c=stage.in_shape[0])
    window.statusBar().showMessage(note, _NOTE_MS)
    return note


def _open_conv(window: MainWindow, stage: Stage) -> None:
    layer: ConvLayer = stage.layer
    _, h, w = stage.in_shape
    seed = stage.number
    # Named paddings keep their name (the formulas say "same"); numbers become per-side pads.
    padding = layer.padding if isinstance(layer.padding, str) else stage.pads
    session = Session(
        input=make_input("random", h, w, seed),
        kernel=make_kernel("random", *layer.kernel, seed),
        params=ConvParams(
            stride=layer.stride,
            padding=padding,
            dilation=layer.dilation,
            padding_mode=layer.padding_mode,
        ),
        input_kind="random",
        input_seed=seed,
        kernel_kind="random",
        kernel_seed=seed,
    )
    window.image_mode_action.setChecked(max(h, w) > NUMBERS_MODE_MAX)
    window.controller.open_session(session)
    window.set_mode("single")


def pool_state(stage: Stage) -> dict:
    """The pooling tab's state for ``stage`` (a pooling layer) with a random input."""
    layer = stage.layer
    _, h, w = stage.in_shape
    return {
        "kind": layer.op,
        "input_kind": "random",
        "input_size": [h, w],
        "seed": stage.number,
        "kernel": list(layer.kernel),
        "stride": list(layer.stride),
        "padding": list(layer.padding),
        "dilation": [1, 1],
        "ceil_mode": layer.ceil_mode,
        "count_include_pad": True,
    }


def pool_refusal(stage: Stage) -> str:
    """Why the pooling tab cannot show ``stage`` (its limits are smaller), or ""."""
    try:
        check_pool_state(pool_state(stage))
    except ConfigError as exc:
        return str(exc)
    return ""
