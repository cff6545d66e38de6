"""The words and numbers the layer-stack mode shows, as pure functions of a StackSummary.

Words go through the translation hook (context "stack") when the text is made, so
call these again after the language changes.
"""

from __future__ import annotations

from .errors import ConfigError
from .i18n import translate
from .stack import StackSummary, Stage
from .stack_layers import check_layer, layer_title, short_title, type_name


def shape_text(shape: tuple[int, int, int]) -> str:
    """ "20×20" for one channel, "3×20×20" (C×H×W) for more."""
    c, h, w = shape
    return f"{h}×{w}" if c == 1 else f"{c}×{h}×{w}"


def pair_text(pair: tuple[int, int]) -> str:
    """ "13" for a square pair, "13×7" otherwise."""
    return str(pair[0]) if pair[0] == pair[1] else f"{pair[0]}×{pair[1]}"


def pads_text(pads: tuple[tuple[int, int], tuple[int, int]]) -> str:
    """The padding per side as "top, bottom, left, right": "1, 1, 1, 1"; "0" for none."""
    values = [*pads[0], *pads[1]]
    if not any(values):
        return "0"
    return ", ".join(str(v) for v in values)


def field_text(field: tuple[int, int], jump: tuple[int, int]) -> str:
    """ "13 · jump 1" (13×7 when not square): the receptive field on the input and the
    effective stride."""
    return translate("stack", "{field} · jump {j}").format(
        field=pair_text(field), j=pair_text(jump)
    )


def input_row(summary: StackSummary) -> list[str]:
    """The table's first row: the input itself (its field is one cell)."""
    name = translate("stack", "input")
    return ["0", name, name, shape_text(summary.input_shape), "", "1", "0"]


def stage_row(stage: Stage) -> list[str]:
    """Number, layer (with its settings), layer (type and kernel only), input → output,
    padding, receptive field, parameters."""
    return [
        str(stage.number),
        layer_title(stage.layer),
        short_title(stage.layer),
        f"{shape_text(stage.in_shape)} → {shape_text(stage.out_shape)}",
        pads_text(stage.pads),
        field_text(stage.receptive_field, stage.jump),
        f"{stage.params:,}",
    ]


def rows(summary: StackSummary) -> list[list[str]]:
    """Every row of the summary table: the input, then each stage that works."""
    return [input_row(summary)] + [stage_row(s) for s in summary.stages]


def step_lines(summary: StackSummary, step: int) -> list[str]:
    """What step ``step`` shows under the table: the stage, its size and field formulas."""
    if step == 0 or not summary.stages:
        return [
            translate("stack", "Input {shape}: each cell sees itself (receptive field 1×1)").format(
                shape=shape_text(summary.input_shape)
            )
        ]
    stage = summary.stages[step - 1]
    before, jump = summary.field_before(step - 1)
    kh, kw = stage.layer.kernel
    head = translate("stack", "Layer {n} · {type} {kh}×{kw}: {shape_in} → {shape_out}").format(
        n=stage.number,
        type=type_name(stage.layer),
        kh=kh,
        kw=kw,
        shape_in=shape_text(stage.in_shape),
        shape_out=shape_text(stage.out_shape),
    )
    return [head, *stage.size_formulas(), *stage.field_formulas(before, jump)]


def shapes_text(summary: StackSummary) -> str:
    """ "20×20 → 8×8": the input and what comes out of the last working stage."""
    return f"{shape_text(summary.input_shape)} → {shape_text(summary.output_shape)}"


def total_text(summary: StackSummary) -> str:
    """ "3 layers · 20×20 → 8×8 · 86 parameters" ("2 of 3 layers work · …" after an error)."""
    n, total = len(summary.stages), len(summary.layers)
    if summary.error is not None:
        count = translate("stack", "{n} of {total} layers work").format(n=n, total=total)
    elif n == 1:
        count = translate("stack", "1 layer")
    else:
        count = translate("stack", "{n} layers").format(n=n)
    return translate("stack", "{count} · {shapes} · {params} parameters").format(
        count=count, shapes=shapes_text(summary), params=f"{summary.params:,}"
    )


def failed_row(summary: StackSummary) -> list[str] | None:
    """The table row of the layer that cannot work, or None when every layer works."""
    if summary.error is None:
        return None
    number = len(summary.stages) + 1
    try:
        layer = check_layer(summary.layers[number - 1])
        title, short = layer_title(layer), short_title(layer)
    except ConfigError:
        title = short = "?"
    cannot = translate("stack", "cannot work")
    return [
        str(number),
        title,
        short,
        f"{shape_text(summary.output_shape)} → {cannot}",
        "",
        "",
        "",
    ]
