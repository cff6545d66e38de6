"""Plain-text summaries of sessions for the command line: ``info`` and ``--list-presets``."""

from __future__ import annotations

import textwrap

from .explain import padding_summary, size_formulas
from .presets import PresetInfo
from .session import Session
from .walk import Walk


def shape_text(shape: tuple[int, ...]) -> str:
    """ "4×4"."""
    return "×".join(str(int(n)) for n in shape)


def shapes(walk: Walk) -> dict[str, tuple[int, int]]:
    """The input, padded-input and output shapes of ``walk`` (the keys a preset's "expect" uses)."""
    return {
        "input": tuple(walk.input.shape),
        "padded": tuple(walk.padded.mask.shape),
        "output": tuple(walk.out_shape),
    }


def _kind(kind: str, seed: int) -> str:
    return f"{kind}, seed {seed}" if kind == "random" else kind


def describe(session: Session, label: str, width: int = 88) -> str:
    """Everything ``convstudio info`` prints: shapes, padding per side and the size formulas.

    Raises ConfigError when the settings cannot work (a checked Session always can).
    """
    walk = session.walk()
    p = walk.params
    lines = [label]
    if session.title:
        lines.append(session.title)
    if session.description:
        lines += textwrap.wrap(session.description, width, break_on_hyphens=False)
    lines += [
        "",
        f"input     {shape_text(walk.input.shape)} "
        f"({_kind(session.input_kind, session.input_seed)})",
        f"kernel    {shape_text(walk.kernel.shape)} "
        f"({_kind(session.kernel_kind, session.kernel_seed)})"
        + (" · flipped 180° (true convolution)" if p.flip else ""),
        f"stride    ({p.stride[0]}, {p.stride[1]})",
        f"dilation  ({p.dilation[0]}, {p.dilation[1]})",
        f"padding   {padding_summary(walk).removeprefix('padding ')}",
        f"padded    {shape_text(walk.padded.mask.shape)}",
        f"output    {shape_text(walk.out_shape)} ({walk.n_steps} window positions)",
        "",
        *size_formulas(walk),
    ]
    rows, cols = walk.unreached()
    if rows.size or cols.size:
        lines.append(
            f"never read by any window: input rows {_list(rows)}; input columns {_list(cols)}"
        )
    return "\n".join(lines)


def _list(values) -> str:
    return ", ".join(str(int(v)) for v in values) or "none"


def preset_table(infos: tuple[PresetInfo, ...] | list[PresetInfo]) -> str:
    """One line per preset: number, name, input → padded → output shapes, title."""
    rows = []
    for info in infos:
        s = shapes(info.load().walk())
        flow = f"{shape_text(s['input'])} → {shape_text(s['padded'])} → {shape_text(s['output'])}"
        rows.append((f"{info.number:>2}", info.name, flow, info.title))
    name_w = max((len(r[1]) for r in rows), default=4)
    flow_w = max((len(r[2]) for r in rows), default=4)
    header = f"{'#':>2}  {'name':<{name_w}}  {'input → padded → output':<{flow_w}}  title"
    body = [f"{n}  {name:<{name_w}}  {flow:<{flow_w}}  {title}" for n, name, flow, title in rows]
    return "\n".join([header, *body])
