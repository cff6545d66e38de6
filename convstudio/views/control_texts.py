"""Every word of the settings panel in the current language, asked for again on each change.

Kept apart from the panel's layout so translators find the panel's words in one
place (catalog context "ControlsPanel"). Sample inputs and kernels are named by the
core (its own catalog); padding choices and fill modes are worded here, keeping
PyTorch's identifiers visible beside the translation. An unknown key shows as is.
"""

from __future__ import annotations

from convstudio.core import samples
from convstudio.i18n import translate


def labels() -> dict[str, str]:
    """Group titles, row labels, buttons and tooltips, by the panel's keys."""
    return {
        "input_group": translate("ControlsPanel", "Input"),
        "kernel_group": translate("ControlsPanel", "Kernel"),
        "padding_group": translate("ControlsPanel", "Padding"),
        "stride_group": translate("ControlsPanel", "Stride && dilation"),
        "display_group": translate("ControlsPanel", "Display"),
        "input_size": translate("ControlsPanel", "&Input size"),
        "input_kind": translate("ControlsPanel", "&Data"),
        "kernel_size": translate("ControlsPanel", "&Kernel size"),
        "kernel_kind": translate("ControlsPanel", "&Weights"),
        "padding": translate("ControlsPanel", "P&adding"),
        "top_bottom": translate("ControlsPanel", "&Top / bottom"),
        "left_right": translate("ControlsPanel", "&Left / right"),
        "fill": translate("ControlsPanel", "Fill &mode"),
        "value": translate("ControlsPanel", "Fill val&ue"),
        "stride": translate("ControlsPanel", "&Stride"),
        "dilation": translate("ControlsPanel", "Dilati&on"),
        "new_random": translate("ControlsPanel", "New &random values"),
        "new_random_tip": translate(
            "ControlsPanel", "Draw new random digits 0–9 (switches the input to random)"
        ),
        "padding_tip": translate(
            "ControlsPanel",
            "valid: no padding · same: output size = input size / stride · "
            "full: every partial overlap · explicit: type the four amounts",
        ),
        "value_tip": translate(
            "ControlsPanel", "Value the padding holds when the fill mode is constant"
        ),
        "flip": translate("ControlsPanel", "True &convolution\n(flip kernel 180°)"),
        "flip_tip": translate(
            "ControlsPanel",
            "Checked: true convolution, the kernel rotated 180°. "
            "Unchecked: cross-correlation, what PyTorch and TensorFlow compute.",
        ),
        "coverage": translate("ControlsPanel", "Covera&ge heat map"),
        "coverage_tip": translate(
            "ControlsPanel", "Colour each input cell by how many windows cover it"
        ),
    }


def names() -> dict[str, str]:
    """What a screen reader announces for each field (and the spin boxes' tooltips)."""
    return {
        "message": translate("ControlsPanel", "Error message"),
        "input_kind": translate("ControlsPanel", "Input values"),
        "kernel_kind": translate("ControlsPanel", "Kernel weights"),
        "padding": translate("ControlsPanel", "Padding"),
        "fill": translate("ControlsPanel", "Fill mode"),
        "value": translate("ControlsPanel", "Constant fill value"),
        "Input height": translate("ControlsPanel", "Input height"),
        "Input width": translate("ControlsPanel", "Input width"),
        "Kernel height": translate("ControlsPanel", "Kernel height"),
        "Kernel width": translate("ControlsPanel", "Kernel width"),
        "Padding top": translate("ControlsPanel", "Padding top"),
        "Padding bottom": translate("ControlsPanel", "Padding bottom"),
        "Padding left": translate("ControlsPanel", "Padding left"),
        "Padding right": translate("ControlsPanel", "Padding right"),
        "Stride height": translate("ControlsPanel", "Stride height"),
        "Stride width": translate("ControlsPanel", "Stride width"),
        "Dilation height": translate("ControlsPanel", "Dilation height"),
        "Dilation width": translate("ControlsPanel", "Dilation width"),
    }


def range_tip(name: str, lo: int, hi: int) -> str:
    """A spin box's tooltip: its name and range, "Input height (1–64)"."""
    return translate("ControlsPanel", "{name} ({lo}–{hi})").format(name=name, lo=lo, hi=hi)


def input_kind(key: str) -> str:
    """The menu name of a sample input kind (the core names them) or of "custom" / "image"."""
    if key == "custom":
        return translate("ControlsPanel", "custom (typed)")
    if key == "image":
        return translate("ControlsPanel", "opened image")
    return samples.input_kind_name(key) if key in samples.INPUT_KIND_NAMES else key


def kernel_kind(key: str) -> str:
    """The menu name of a sample kernel (the core names them) or of "custom"."""
    if key == "custom":
        return translate("ControlsPanel", "custom (typed)")
    return samples.kernel_kind_name(key) if key in samples.KERNEL_KIND_NAMES else key


def padding_choice(key: str) -> str:
    """The menu name of a padding choice; PyTorch's own words stay visible in translations."""
    return {
        "valid": translate("ControlsPanel", "valid"),
        "same": translate("ControlsPanel", "same"),
        "full": translate("ControlsPanel", "full"),
        "explicit": translate("ControlsPanel", "explicit"),
    }.get(key, key)


def fill_mode(key: str) -> str:
    """The menu name of a padding fill mode (PyTorch's ``padding_mode`` word kept visible)."""
    return {
        "zeros": translate("ControlsPanel", "zeros"),
        "constant": translate("ControlsPanel", "constant"),
        "reflect": translate("ControlsPanel", "reflect"),
        "symmetric": translate("ControlsPanel", "symmetric"),
        "replicate": translate("ControlsPanel", "replicate"),
        "circular": translate("ControlsPanel", "circular"),
    }.get(key, key)
