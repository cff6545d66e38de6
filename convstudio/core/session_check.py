"""Field checks for session files: each failure names the file, the field, what was found
and what would be right ("session.json: 'stride' must be two whole numbers from 1 to 8,
found [0, 1]").
"""

from __future__ import annotations

import json
import math
from typing import Any, NoReturn

import numpy as np

from .errors import ConfigError
from .i18n import translate
from .samples import make_input, make_kernel

CUSTOM = "custom"
IMAGE = "image"  # an opened picture: like custom, its values must be in the file
MAX_SEED = 2**63 - 1
MAX_TEXT = 4000


def show(value: Any, limit: int = 40) -> str:
    """``value`` as JSON text, cut short so a huge value cannot flood a message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_whole(v: Any) -> bool:
    # JSON true/false arrive as bool, an int subclass: stride=true is a mistake, not 1.
    return isinstance(v, int) and not isinstance(v, bool)


class Checker:
    """Checks for one file; ``source`` (the file or preset name) starts every message."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str) -> NoReturn:
        """Raise the SessionError for ``message``."""
        from .session import SessionError

        raise SessionError(
            translate("SessionError", "{source}: {message}").format(
                source=self.source, message=message
            )
        )

    # --- hooks for json.loads ---------------------------------------------------------

    def bad_constant(self, name: str) -> NoReturn:
        """Reject NaN and Infinity, which Python's json accepts but JSON does not."""
        self.fail(
            translate(
                "SessionError",
                "holds {name}, which is not a number; replace it with an ordinary number",
            ).format(name=name)
        )

    def pairs(self, items: list[tuple[str, Any]]) -> dict[str, Any]:
        """Build an object, refusing a key given twice (the second would silently win)."""
        data: dict[str, Any] = {}
        for key, value in items:
            if key in data:
                self.fail(
                    translate(
                        "SessionError", "the key {key} appears twice; keep one of them"
                    ).format(key=show(key))
                )
            data[key] = value
        return data

    # --- scalars ------------------------------------------------------------------------

    def whole(self, v: Any, name: str, lo: int, hi: int = MAX_SEED) -> int:
        """A JSON integer in lo..hi."""
        if not _is_whole(v) or not lo <= v <= hi:
            if hi == MAX_SEED:
                text = translate(
                    "SessionError", "'{name}' must be a whole number ≥ {lo}, found {found}"
                )
            else:
                text = translate(
                    "SessionError",
                    "'{name}' must be a whole number from {lo} to {hi}, found {found}",
                )
            self.fail(text.format(name=name, lo=lo, hi=hi, found=show(v)))
        return v

    def pair(self, v: Any, name: str, lo: int, hi: int) -> tuple[int, int]:
        """Two JSON integers in lo..hi."""
        if not (isinstance(v, list) and len(v) == 2 and all(_is_whole(i) for i in v)) or not all(
            lo <= i <= hi for i in v
        ):
            self.fail(
                translate(
                    "SessionError",
                    "'{name}' must be two whole numbers from {lo} to {hi}, found {found}",
                ).format(name=name, lo=lo, hi=hi, found=show(v))
            )
        return (v[0], v[1])

    def pads(self, v: Any, name: str, hi: int) -> tuple[tuple[int, int], ...] | None:
        """[[top, bottom], [left, right]] in 0..hi, or None when ``v`` is not that."""
        if isinstance(v, list) and len(v) == 2 and all(isinstance(p, list) for p in v):
            try:
                return (self.pair(v[0], name, 0, hi), self.pair(v[1], name, 0, hi))
            except ConfigError:
                return None
        return None

    def number(self, v: Any, name: str, limit: float) -> float:
        """A finite JSON number with |v| ≤ limit."""
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            self.fail(
                translate("SessionError", "'{name}' must be a number, found {found}").format(
                    name=name, found=show(v)
                )
            )
        try:
            f = float(v)
        except OverflowError:
            f = math.inf
        if not abs(f) <= limit:
            self.fail(
                translate(
                    "SessionError", "'{name}' must be between −{limit} and {limit}, found {found}"
                ).format(name=name, limit=f"{limit:g}", found=show(v))
            )
        return f

    def boolean(self, v: Any, name: str) -> bool:
        """JSON true or false."""
        if not isinstance(v, bool):
            self.fail(
                translate("SessionError", "'{name}' must be true or false, found {found}").format(
                    name=name, found=show(v)
                )
            )
        return v

    def text(self, v: Any, name: str) -> str:
        """A JSON string of at most MAX_TEXT characters."""
        if not isinstance(v, str) or len(v) > MAX_TEXT:
            self.fail(
                translate(
                    "SessionError",
                    "'{name}' must be text of at most {max} characters, found {found}",
                ).format(name=name, max=MAX_TEXT, found=show(v))
            )
        return v

    def mapping(self, v: Any, name: str) -> dict[str, Any]:
        """A JSON object, kept as it is."""
        if not isinstance(v, dict):
            self.fail(
                translate("SessionError", "'{name}' must be an object {{…}}, found {found}").format(
                    name=name, found=show(v)
                )
            )
        return v

    def keys(self, v: Any, name: str, required: tuple[str, ...], known: tuple[str, ...]) -> None:
        """``v`` is an object with every required key and no unknown one (a typo)."""
        self.mapping(v, name)
        missing = [k for k in required if k not in v]
        if missing:
            self.fail(
                translate("SessionError", "{name} has no {key} (required: {required})").format(
                    name=name, key=show(missing[0]), required=", ".join(required)
                )
            )
        unknown = [k for k in v if k not in known]
        if unknown:
            self.fail(
                translate(
                    "SessionError",
                    "{name} has an unknown key {key}; the known ones are "
                    "{known} — check the spelling",
                ).format(name=name, key=show(unknown[0]), known=", ".join(known))
            )

    # --- arrays -------------------------------------------------------------------------

    def matrix_spec(
        self, spec: Any, name: str, kinds: tuple[str, ...], limit: int
    ) -> tuple[np.ndarray, str, int]:
        """The input or kernel block: its array (given or generated), kind and seed.

        ``kinds`` can be generated from shape and seed; "custom" (and "image" for the
        input) must come with their values.
        """
        self.keys(spec, f"'{name}'", ("kind",), ("kind", "seed", "shape", "values"))
        kind = spec["kind"]
        given = (CUSTOM, IMAGE) if name == "input" else (CUSTOM,)
        if kind not in (*kinds, *given):
            self.fail(
                translate(
                    "SessionError", "unknown '{name}.kind' {found}; use one of {choices}"
                ).format(name=name, found=show(kind), choices=", ".join((*kinds, *given)))
            )
        seed = self.whole(spec.get("seed", 0), f"{name}.seed", 0)
        shape = self.pair(spec["shape"], f"{name}.shape", 1, limit) if "shape" in spec else None
        if "values" in spec:
            arr = self.matrix(spec["values"], f"{name}.values", limit)
            if shape is not None and arr.shape != shape:
                self.fail(
                    translate(
                        "SessionError",
                        "'{name}.shape' says {sh}×{sw} but '{name}.values' is "
                        "{vh}×{vw}; correct 'shape' or leave it out",
                    ).format(name=name, sh=shape[0], sw=shape[1], vh=arr.shape[0], vw=arr.shape[1])
                )
            return arr, kind, seed
        if kind in given or shape is None:
            if kind in given:
                text = translate("SessionError", "'{name}' of kind {kind} needs 'values'")
            else:
                text = translate(
                    "SessionError", "'{name}' of kind {kind} needs 'shape' or 'values'"
                )
            self.fail(text.format(name=name, kind=show(kind)))
        make = make_input if name == "input" else make_kernel
        try:
            return make(kind, shape[0], shape[1], seed), kind, seed
        except ConfigError as exc:
            self.fail(translate("SessionError", "'{name}': {error}").format(name=name, error=exc))

    def matrix(self, v: Any, name: str, limit: int) -> np.ndarray:
        """A rectangular list of rows of finite numbers, at most limit×limit."""
        if not (isinstance(v, list) and v and all(isinstance(r, list) for r in v)):
            self.fail(
                translate(
                    "SessionError", "'{name}' must be a list of rows of numbers, found {found}"
                ).format(name=name, found=show(v))
            )
        h, w = len(v), len(v[0])
        if h > limit or w > limit:
            self.fail(
                translate(
                    "SessionError",
                    "'{name}' is {h}×{w}, larger than the {limit}×{limit} convstudio supports; "
                    "crop or shrink it",
                ).format(name=name, h=h, w=w, limit=limit)
            )
        for i, row in enumerate(v):
            if len(row) != w or not row:
                self.fail(
                    translate(
                        "SessionError",
                        "'{name}' row {i} has {n} values but row 0 has {w}; "
                        "every row must have the same length (at least 1)",
                    ).format(name=name, i=i, n=len(row), w=w)
                )
            if not {type(x) for x in row} <= {int, float}:
                bad = next(x for x in row if type(x) not in (int, float))
                self.fail(
                    translate(
                        "SessionError",
                        "'{name}' row {i} holds {found}; every value must be a number",
                    ).format(name=name, i=i, found=show(bad))
                )
        try:
            arr = np.array(v, dtype=np.float64)
        except OverflowError:
            arr = np.array([math.inf])
        if not np.isfinite(arr).all():
            self.fail(
                translate(
                    "SessionError",
                    "'{name}' holds a number too large for a float; use ordinary numbers",
                ).format(name=name)
            )
        return arr

    def expect(self, v: Any) -> dict[str, tuple[int, int]]:
        """The shapes a preset promises: {"input": [h, w], "padded": …, "output": …}."""
        known = ("input", "padded", "output")
        self.keys(v, "'expect'", (), known)
        return {k: self.pair(v[k], f"expect.{k}", 1, 1 << 20) for k in known if k in v}
