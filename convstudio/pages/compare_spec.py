"""``convstudio render … --compare SPEC``: a compare state from a session and B's differences.

Qt-free, so ``convstudio info --compare`` needs no display. A is the session's single
layer; B is A with the settings SPEC names changed, e.g. ``stride=2,padding=same``:

    stride=N|HxW  padding=valid|same|full|N|HxW|T/B/L/R  dilation=N|HxW
    mode=zeros|constant|reflect|symmetric|replicate|circular  value=X  flip=yes|no
    kernel=KIND  kernel_size=N|HxW

The state is then checked like any compare state (a session's rules), so a setting B
cannot use is refused with the same words the window would use.
"""

from __future__ import annotations

import re
from typing import Any

from convstudio.core.samples import KERNEL_KINDS, kernel_fixed_size
from convstudio.core.session import Session, to_dict

from .compare_state import NAME, check_state

KEYS = ("stride", "padding", "dilation", "mode", "value", "flip", "kernel", "kernel_size")
_ALIASES = {"padding_mode": "mode", "ksize": "kernel_size"}
_PAIR = re.compile(r"\s*(\d+)\s*(?:[x×X]\s*(\d+)\s*)?")


class SpecError(ValueError):
    """A --compare, --shift or --pool value that cannot be read; the message says how."""


def parse_spec(text: str) -> dict[str, str]:
    """ "stride=2,padding=same" → {"stride": "2", "padding": "same"}; SpecError when unreadable."""
    found: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        key, sep, value = item.partition("=")
        key = _ALIASES.get(key.strip().lower(), key.strip().lower())
        if not sep or not value.strip():
            raise SpecError(f"--compare: {item!r} is not KEY=VALUE; e.g. stride=2,padding=same")
        if key not in KEYS:
            raise SpecError(f"--compare: unknown setting {key!r}; use {', '.join(KEYS)}")
        if key in found:
            raise SpecError(f"--compare: {key} is given twice; keep one")
        found[key] = value.strip()
    return found


def _pair(text: str, key: str) -> list[int]:
    match = _PAIR.fullmatch(text)
    if not match:
        raise SpecError(f"--compare: {key}={text} is not a number or HxW (e.g. 2 or 2x1)")
    h = int(match[1])
    return [h, int(match[2]) if match[2] else h]


def _padding(text: str) -> Any:
    name = text.strip().lower()
    if name in ("valid", "same", "full"):
        return name
    parts = name.split("/")
    if len(parts) == 4 and all(p.strip().isdigit() for p in parts):
        t, b, left, r = (int(p) for p in parts)
        return [[t, b], [left, r]]
    ph, pw = _pair(text, "padding")
    return [[ph, ph], [pw, pw]]


def _flip(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "true", "1", "on"):
        return True
    if value in ("no", "false", "0", "off"):
        return False
    raise SpecError(f"--compare: flip={text} must be yes or no")


def _kernel(block: dict[str, Any], spec: dict[str, str]) -> dict[str, Any]:
    kind = spec.get("kernel", block["kind"]).strip().lower()
    if "kernel" in spec and kind not in KERNEL_KINDS:
        raise SpecError(
            f"--compare: kernel={kind} is unknown; use one of {', '.join(KERNEL_KINDS)}"
        )
    shape = _pair(spec["kernel_size"], "kernel_size") if "kernel_size" in spec else block["shape"]
    if kind == "custom":
        if "kernel_size" in spec:
            raise SpecError("--compare: kernel_size needs a named kernel too, e.g. kernel=box")
        return block
    shape = list(kernel_fixed_size(kind) or shape)
    return {"kind": kind, "seed": block.get("seed", 0), "shape": shape}


def side_b(session: Session, spec: dict[str, str]) -> dict[str, Any]:
    """B's "kernel" and "params" blocks: the session's with ``spec``'s changes."""
    data = to_dict(session)
    params = dict(data["params"])
    for key, read in (("stride", _pair), ("dilation", _pair)):
        if key in spec:
            params[key] = read(spec[key], key)
    if "padding" in spec:
        params["padding"] = _padding(spec["padding"])
    if "mode" in spec:
        params["padding_mode"] = spec["mode"].strip().lower()
    if "value" in spec:
        try:
            params["value"] = float(spec["value"])
        except ValueError:
            raise SpecError(f"--compare: value={spec['value']} is not a number") from None
    if "flip" in spec:
        params["flip"] = _flip(spec["flip"])
    return {"kernel": _kernel(data["kernel"], spec), "params": params}


def compare_mode(
    session: Session,
    spec: str | None,
    shift: tuple[int, int] | None = None,
    pool: int | None = None,
) -> dict[str, Any]:
    """The session's "mode" section for comparing A (the session) with B (``spec``).

    With ``spec`` None the session's own compare state is used (SpecError if it has
    none); ``shift``/``pool`` switch to the shift test. ConfigError if it cannot work.
    """
    if spec is None:
        if session.mode is None or session.mode.get("name") != NAME:
            raise SpecError("--shift and --pool need --compare SPEC or a compare session")
        state = dict(session.mode["state"])
    else:
        data = to_dict(session)
        a = {"kernel": data["kernel"], "params": data["params"]}
        state = {"input": data["input"], "a": a, "b": side_b(session, parse_spec(spec))}
    if shift is not None or pool is not None:
        state["view"] = "shift"
        state["shift"] = list(shift) if shift is not None else state.get("shift", [0, 0])
        state["pool"] = pool
    check_state(state)
    return {"name": NAME, "step": 0, "state": state}


def compare_steps(mode: dict[str, Any]) -> int:
    """How many lock-step steps a compare "mode" section has."""
    return check_state(mode["state"])[1].comparison.n_steps


def compare_lines(mode: dict[str, Any]) -> list[str]:
    """What ``convstudio info`` prints for a compare session: shapes, summary, shift verdicts."""
    settings, result = check_state(mode["state"])
    c = result.comparison
    lines = ["compare A | B:", c.shape_text("A"), c.shape_text("B"), c.summary()]
    if settings.view == "shift":
        lines += [f"shift test, {side}: {result.demo(side).message}" for side in ("A", "B")]
    return lines
