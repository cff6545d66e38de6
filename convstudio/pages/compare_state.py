"""What the compare tab shows, as a frozen value and as its strict JSON state (Qt-free).

The state is a session's "mode" section's ``state``::

    {"input": {"kind": "random", "seed": 0, "shape": [7, 7]},      # or "values"
     "a": {"kernel": {"kind": "sobel_x", "shape": [3, 3]}, "params": {…}},
     "b": {"kernel": {…}, "params": {"stride": [2, 2], "padding": "same"}},
     "target": "both", "view": "difference", "shift": [0, 1], "pool": null,
     "coverage": false}

"input", "a" and "b" are required; their blocks are exactly a session's "input",
"kernel" and "params" blocks and are checked by the session reader, so a compare
state accepts and refuses what a session does. ``check_state`` also builds both
walks and both shift demonstrations: a state that cannot be shown is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from convstudio.core import ConfigError, ConvParams
from convstudio.core.compare import Comparison
from convstudio.core.i18n import translate
from convstudio.core.samples import kernel_fixed_size, make_input, make_kernel, resized
from convstudio.core.session import Session, from_dict, to_dict
from convstudio.core.session_check import Checker, show
from convstudio.core.shift import MAX_POOL, ShiftDemo, shift_demo

NAME = "compare"
TARGETS = ("A", "B", "both")
VIEWS = ("difference", "shift")
MAX_INPUT = 64  # the size boxes' limit; a comparison of larger inputs is unreadable anyway
_KEYS = ("input", "a", "b", "target", "view", "shift", "pool", "coverage")
_SIDE_KEYS = ("kernel", "params")


@dataclass(frozen=True, eq=False)
class Side:
    """One side's kernel (and where it came from) and settings."""

    kernel: np.ndarray
    kernel_kind: str
    kernel_seed: int
    params: ConvParams


@dataclass(frozen=True, eq=False)
class CompareSettings:
    """Everything the compare tab shows; replaced, never changed in place."""

    input: np.ndarray
    input_kind: str
    input_seed: int
    a: Side
    b: Side
    target: str = "both"
    view: str = "difference"
    shift: tuple[int, int] = (0, 0)
    pool: int | None = None
    coverage: bool = False

    def side(self, name: str) -> Side:
        """Side "A" or "B"."""
        return self.a if name == "A" else self.b

    def with_side(self, name: str, side: Side) -> CompareSettings:
        """A copy with side ``name`` replaced."""
        return replace(self, **{"a" if name == "A" else "b": side})

    def targets(self) -> tuple[str, ...]:
        """The sides an edit goes to."""
        return ("A", "B") if self.target == "both" else (self.target,)


@dataclass(frozen=True, eq=False)
class CompareResult:
    """The comparison and the shift demonstration of each side."""

    comparison: Comparison
    shift_a: ShiftDemo
    shift_b: ShiftDemo

    def demo(self, side: str) -> ShiftDemo:
        """The shift demonstration of side "A" or "B"."""
        return self.shift_a if side == "A" else self.shift_b


def compute(s: CompareSettings) -> CompareResult:
    """Both walks and both shift demos (ConfigError naming the side when one cannot work)."""
    comparison = Comparison(s.input, s.a.kernel, s.a.params, s.b.kernel, s.b.params)
    demos = []
    for name in ("A", "B"):
        side = s.side(name)
        try:
            demos.append(shift_demo(s.input, side.kernel, side.params, *s.shift, pool=s.pool))
        except ConfigError as exc:
            text = translate("compare", "shift test of {side}: {error}")
            raise ConfigError(text.format(side=name, error=exc)) from None
    return CompareResult(comparison, *demos)


def default_settings() -> CompareSettings:
    """Where the tab starts: a random 7×7, Sobel x, "same" against "valid"."""
    x = make_input("random", 7, 7, 0)
    k = make_kernel("sobel_x", 3, 3)
    return CompareSettings(
        input=x,
        input_kind="random",
        input_seed=0,
        a=Side(k, "sobel_x", 0, ConvParams(padding="same").checked()),
        b=Side(k, "sobel_x", 0, ConvParams(padding="valid").checked()),
    )


# --- state -----------------------------------------------------------------------------


def to_state(s: CompareSettings) -> dict[str, Any]:
    """The JSON-able state of ``s`` (arrays written out, so it restores exactly)."""
    state: dict[str, Any] = {}
    for name, side in (("a", s.a), ("b", s.b)):
        data = to_dict(_session(s, side))
        state.setdefault("input", data["input"])
        state[name] = {"kernel": data["kernel"], "params": data["params"]}
    state.update(
        target=s.target,
        view=s.view,
        shift=list(s.shift),
        pool=s.pool,
        coverage=s.coverage,
    )
    return state


def _session(s: CompareSettings, side: Side) -> Session:
    return Session(
        input=s.input,
        kernel=side.kernel,
        params=side.params,
        input_kind=s.input_kind,
        input_seed=s.input_seed,
        kernel_kind=side.kernel_kind,
        kernel_seed=side.kernel_seed,
    )


def check_state(state: Any) -> tuple[CompareSettings, CompareResult]:
    """The settings ``state`` describes and their result; ConfigError saying what is wrong."""
    c = Checker(translate("compare", "compare mode"))
    c.keys(state, "'state'", ("input", "a", "b"), _KEYS)
    sides = [_side(state, key) for key in ("a", "b")]
    first = sides[0][0]
    if max(first.input.shape) > MAX_INPUT:
        h, w = first.input.shape
        text = translate("compare", "the input is {h}×{w}; compare mode shows inputs up to {n}×{n}")
        c.fail(text.format(h=h, w=w, n=MAX_INPUT))
    target = _choice(c, state.get("target", "both"), "target", TARGETS)
    view = _choice(c, state.get("view", "difference"), "view", VIEWS)
    shift = c.pair(state.get("shift", [0, 0]), "shift", -MAX_INPUT, MAX_INPUT)
    pool = state.get("pool")
    if pool is not None:
        pool = c.whole(pool, "pool", 2, MAX_POOL)
    settings = CompareSettings(
        input=first.input,
        input_kind=first.input_kind,
        input_seed=first.input_seed,
        a=sides[0][1],
        b=sides[1][1],
        target=target,
        view=view,
        shift=shift,
        pool=pool,
        coverage=c.boolean(state.get("coverage", False), "coverage"),
    )
    try:
        return settings, compute(settings)
    except ConfigError as exc:
        c.fail(str(exc))


def _side(state: dict[str, Any], key: str) -> tuple[Session, Side]:
    """Side ``key`` read as a session of the shared input, this kernel and these params."""
    source = translate("compare", "compare mode, setting {side}").format(side=key.upper())
    Checker(source).keys(state[key], f"'{key}'", _SIDE_KEYS, _SIDE_KEYS)
    data = {"schema": 1, "input": state["input"], **state[key]}
    session = from_dict(data, source)
    side = Side(session.kernel, session.kernel_kind, session.kernel_seed, session.params.checked())
    return session, side


def _choice(c: Checker, value: Any, name: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        text = translate("compare", "'{name}' must be one of {choices}, found {found}")
        c.fail(text.format(name=name, choices=", ".join(choices), found=show(value)))
    return value


# --- edits (pure: each returns new settings) -------------------------------------------


def with_input(s: CompareSettings, kind: str, h: int, w: int, seed: int) -> CompareSettings:
    """The shared input of another kind or size (typed values kept where they fit)."""
    if kind in ("custom", "image"):
        return replace(s, input=resized(s.input, h, w), input_kind=kind)
    return replace(s, input=make_input(kind, h, w, seed), input_kind=kind, input_seed=seed)


def with_kernel(side: Side, kind: str | None, size: tuple[int, int] | None) -> Side:
    """``side`` with another kernel kind and/or size (None keeps it); fixed kinds keep 3×3."""
    kind = side.kernel_kind if kind is None else kind
    kh, kw = side.kernel.shape if size is None else size
    if kind == "custom":
        return replace(side, kernel=resized(side.kernel, kh, kw), kernel_kind=kind)
    kh, kw = kernel_fixed_size(kind) or (kh, kw)
    return replace(side, kernel=make_kernel(kind, kh, kw, side.kernel_seed), kernel_kind=kind)
