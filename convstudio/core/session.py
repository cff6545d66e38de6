"""Sessions: everything on screen as a small JSON file, read strictly and written atomically.

A session file is data only: plain ``json`` parsing, every field checked, nothing
executed. Schema 1 looks like this (only "schema", "input", "kernel" and "params"
are required)::

    {"format": "convstudio-session", "schema": 1, "title": "…", "description": "…",
     "input":  {"kind": "random", "seed": 0, "shape": [7, 7], "values": [[…], …]},
     "kernel": {"kind": "sobel_x", "seed": 0, "shape": [3, 3], "values": [[…], …]},
     "params": {"stride": [1, 1], "padding": "same" or [[top, bottom], [left, right]],
                "dilation": [1, 1], "padding_mode": "zeros", "value": 0, "flip": false},
     "step": 0, "coverage": false, "image_mode": false,
     "view": {…},
     "mode": {"name": "pooling", "step": 0, "state": {…}},
     "expect": {"input": [h, w], "padded": [h, w], "output": [h, w]}}

"values" may be left out for a generated kind (the preset files do): the array is
then made from kind, shape and seed. "view" holds presenter options; it is kept as
it is. "mode", when present, names another mode of the window (a tab such as
"pooling" or "compare") with its own step and state; that mode's page checks the
state when the session is opened. "expect" states the shapes a preset must produce
(a test checks them).
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from .errors import ConfigError
from .i18n import translate
from .padding import PADDING_MODES, PADDING_NAMES, resolve_padding
from .params import ConvParams
from .samples import INPUT_KINDS, KERNEL_KINDS, MAX_INPUT_SIZE, MAX_KERNEL_SIZE
from .session_check import Checker, show
from .walk import Walk

FORMAT = "convstudio-session"
SCHEMA = 1
# A 1024×1024 input of arbitrary doubles written exactly takes up to ~27 MB; anything
# bigger is not a session, and refusing it early keeps a wrong file from eating memory.
MAX_FILE_BYTES = 32 * 1024 * 1024
# The window's spin boxes stop here: a file beyond them could be shown but not edited.
MAX_STRIDE, MAX_DILATION, MAX_PAD, MAX_FILL = 8, 4, 1024, 9999.0
CUSTOM = "custom"
_KEYS = ("format", "schema", "written_by", "title", "description", "input", "kernel")
_KEYS += ("params", "step", "coverage", "image_mode", "view", "mode", "expect")
_MODE_KEYS = ("name", "step", "state")
_PARAM_KEYS = ("stride", "padding", "dilation", "padding_mode", "value", "flip")


class SessionError(ConfigError):
    """A session file that cannot be used; the message names the file, the problem and the fix."""


@dataclass(frozen=True, eq=False)
class Session:
    """Everything the window shows: arrays and their origin, settings, step and display.

    ``title``, ``description`` and ``expect`` describe presets; ``view`` carries
    presenter options convstudio itself does not interpret.
    """

    input: np.ndarray
    kernel: np.ndarray
    params: ConvParams = field(default_factory=ConvParams)
    input_kind: str = CUSTOM
    input_seed: int = 0
    kernel_kind: str = CUSTOM
    kernel_seed: int = 0
    step: int = 0
    coverage: bool = False
    image_mode: bool = False
    view: dict[str, Any] = field(default_factory=dict)
    mode: dict[str, Any] | None = None
    title: str = ""
    description: str = ""
    expect: dict[str, tuple[int, int]] | None = None

    def walk(self) -> Walk:
        """The convolution these settings describe (ConfigError if they cannot work)."""
        return Walk(self.input, self.kernel, self.params)

    def same_settings(self, other: Session) -> bool:
        """Whether both show the same edit state (step, view and descriptions aside)."""
        return (
            self.params == other.params
            and (self.input_kind, self.input_seed, self.coverage)
            == (other.input_kind, other.input_seed, other.coverage)
            and (self.kernel_kind, self.kernel_seed) == (other.kernel_kind, other.kernel_seed)
            and _same_array(self.input, other.input)
            and _same_array(self.kernel, other.kernel)
        )


def _same_array(a: np.ndarray, b: np.ndarray) -> bool:
    return a is b or (a.shape == b.shape and np.array_equal(a, b))


# --- writing ----------------------------------------------------------------------------


def to_dict(session: Session) -> dict[str, Any]:
    """The JSON-ready dict of ``session`` (explicit padding as [[top, bottom], [left, right]])."""
    p = session.params
    if isinstance(p.padding, str):
        padding: Any = p.padding.strip().lower()
    else:
        pads = resolve_padding(p.padding, session.input.shape, session.kernel.shape)
        padding = [list(pads[0]), list(pads[1])]
    data: dict[str, Any] = {"format": FORMAT, "schema": SCHEMA}
    data["written_by"] = f"convstudio {__version__}"
    if session.title:
        data["title"] = session.title
    if session.description:
        data["description"] = session.description
    for name, arr, kind, seed in (
        ("input", session.input, session.input_kind, session.input_seed),
        ("kernel", session.kernel, session.kernel_kind, session.kernel_seed),
    ):
        data[name] = {"kind": kind, "seed": int(seed), "shape": list(arr.shape)}
        data[name]["values"] = _values_list(arr)
    data["params"] = {
        "stride": list(p.stride),
        "padding": padding,
        "dilation": list(p.dilation),
        "padding_mode": p.padding_mode,
        "value": float(p.value),
        "flip": bool(p.flip),
    }
    data.update(step=int(session.step), coverage=bool(session.coverage))
    data.update(image_mode=bool(session.image_mode), view=dict(session.view))
    if session.mode is not None:
        data["mode"] = dict(session.mode)
    if session.expect is not None:
        data["expect"] = {k: list(v) for k, v in session.expect.items()}
    return data


def _values_list(arr: np.ndarray) -> list[list[float]]:
    # Whole numbers written as ints ("7", not "7.0") keep typical files half the size.
    if np.all(np.abs(arr) < 2**53) and np.array_equal(arr, np.round(arr)):
        return arr.astype(np.int64).tolist()
    return arr.tolist()


def dumps(session: Session) -> str:
    """The session as JSON text: objects indented, lists on one line, a matrix row per line."""
    try:
        return _pretty(to_dict(session), 0) + "\n"
    except (TypeError, ValueError) as exc:
        # Only "view" can hold such things: presenter options added by other code.
        raise SessionError(
            translate(
                "SessionError", "the session's view options cannot be saved as JSON ({error})"
            ).format(error=exc)
        ) from None


def _pretty(value: Any, level: int) -> str:
    if not isinstance(value, dict) or not value:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    pad = "  " * (level + 1)
    items = []
    for key, item in value.items():
        if key == "values" and isinstance(item, list) and item and isinstance(item[0], list):
            rows = f",\n{pad}  ".join(json.dumps(row, allow_nan=False) for row in item)
            text = f"[\n{pad}  {rows}\n{pad}]"
        else:
            text = _pretty(item, level + 1)
        items.append(f"{pad}{json.dumps(key, ensure_ascii=False)}: {text}")
    return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"


def write_session(session: Session, path: str | os.PathLike[str]) -> None:
    """Save atomically: a crash or full disk mid-save leaves any older file as it was."""
    path = Path(path)
    data = dumps(session).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise SessionError(
            translate(
                "SessionError", "{file}: the session is too large to save ({size} bytes)"
            ).format(file=path.name, size=f"{len(data):,}")
        )
    try:
        atomic_write(path, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SessionError(
            translate(
                "SessionError",
                "{file}: could not be saved ({reason}); any earlier version is unchanged — "
                "choose another folder or free some space",
            ).format(file=path.name, reason=reason)
        ) from None


def atomic_write(path: Path, data: bytes, chunk: int = 1 << 16) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view[:chunk]) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, mode)  # mkstemp creates 0600; keep what the old file (or a new one) had
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX only)
        with suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


# --- reading ----------------------------------------------------------------------------


def read_session(path: str | os.PathLike[str]) -> Session:
    """Read and fully check a session file; SessionError says what is wrong and how to fix it."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise SessionError(
            translate("SessionError", "{file}: no such file ({path})").format(
                file=path.name, path=path
            )
        ) from None
    except IsADirectoryError:
        raise SessionError(
            translate("SessionError", "{file}: is a folder, not a session file").format(
                file=path.name
            )
        ) from None
    except OSError as exc:
        raise SessionError(
            translate("SessionError", "{file}: cannot be read ({reason})").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise SessionError(
            translate(
                "SessionError",
                "{file}: is larger than {mb} MB, far more than any "
                "session needs (inputs are at most 1024×1024); is it the right file?",
            ).format(file=path.name, mb=MAX_FILE_BYTES // 2**20)
        )
    return loads(data, path.name)


def loads(text: str | bytes, source: str = "session") -> Session:
    """Parse and check session JSON text; ``source`` starts every error message."""
    check = Checker(source)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            check.fail(
                translate(
                    "SessionError", "is not a text file (not UTF-8), so it cannot be a session"
                )
            )
    if not text.strip():
        check.fail(
            translate(
                "SessionError",
                "is empty — the save may have been interrupted; open an earlier copy",
            )
        )
    try:
        data = json.loads(text, parse_constant=check.bad_constant, object_pairs_hook=check.pairs)
    except json.JSONDecodeError as exc:
        check.fail(
            translate(
                "SessionError",
                "is not valid JSON ({reason} at line {line}, column {column}); the "
                "file is truncated or damaged — open an earlier copy or save the session again",
            ).format(reason=exc.msg, line=exc.lineno, column=exc.colno)
        )
    except RecursionError:
        check.fail(translate("SessionError", "is nested too deeply to be a session"))
    return from_dict(data, source)


def from_dict(data: Any, source: str = "session") -> Session:
    """Check a parsed session dict field by field and build the Session."""
    c = Checker(source)
    if not isinstance(data, dict) or "schema" not in data:
        c.fail(
            translate(
                "SessionError",
                'is not a convstudio session (it has no "schema" field; sessions start with '
                '{{"format": "{format}", "schema": {schema}, …}})',
            ).format(format=FORMAT, schema=SCHEMA)
        )
    if data.get("format", FORMAT) != FORMAT:
        c.fail(
            translate(
                "SessionError", "'format' is {found}, not {format}: this is another program's file"
            ).format(found=show(data["format"]), format=repr(FORMAT))
        )
    schema = c.whole(data["schema"], "schema", 1)
    if schema > SCHEMA:
        c.fail(
            translate(
                "SessionError",
                "made by a newer convstudio (schema {schema}; this version reads up to {max}): "
                "update convstudio",
            ).format(schema=schema, max=SCHEMA)
        )
    required = ("schema", "input", "kernel", "params")
    c.keys(data, translate("SessionError", "the session"), required, _KEYS)
    params = _params(c, data["params"])
    x, input_kind, input_seed = c.matrix_spec(data["input"], "input", INPUT_KINDS, MAX_INPUT_SIZE)
    k, kernel_kind, kernel_seed = c.matrix_spec(
        data["kernel"], "kernel", KERNEL_KINDS, MAX_KERNEL_SIZE
    )
    session = Session(
        input=x,
        kernel=k,
        params=params,
        input_kind=input_kind,
        input_seed=input_seed,
        kernel_kind=kernel_kind,
        kernel_seed=kernel_seed,
        step=c.whole(data.get("step", 0), "step", 0),
        coverage=c.boolean(data.get("coverage", False), "coverage"),
        image_mode=c.boolean(data.get("image_mode", False), "image_mode"),
        view=c.mapping(data.get("view", {}), "view"),
        mode=_mode(c, data["mode"]) if "mode" in data else None,
        title=c.text(data.get("title", ""), "title"),
        description=c.text(data.get("description", ""), "description"),
        expect=c.expect(data["expect"]) if "expect" in data else None,
    )
    try:
        walk = session.walk()
    except ConfigError as exc:
        c.fail(translate("SessionError", "these settings cannot work: {error}").format(error=exc))
    if session.step >= walk.n_steps:
        c.fail(
            translate(
                "SessionError",
                "'step' is {step}, but these settings have only {n} steps "
                "(0 to {last}); set 'step' to one of those",
            ).format(step=session.step, n=walk.n_steps, last=walk.n_steps - 1)
        )
    return session


def _mode(c: Checker, data: Any) -> dict[str, Any]:
    """The "mode" section: its shape only; the named mode's page checks the state."""
    c.mapping(data, "mode")
    c.keys(data, "mode", ("name", "state"), _MODE_KEYS)
    return {
        "name": c.text(data["name"], "mode.name"),
        "step": c.whole(data.get("step", 0), "mode.step", 0),
        "state": c.mapping(data["state"], "mode.state"),
    }


def _params(c: Checker, data: Any) -> ConvParams:
    c.keys(data, "params", (), _PARAM_KEYS)
    padding = data.get("padding", "valid")
    if padding not in PADDING_NAMES:
        pads = c.pads(padding, "padding", MAX_PAD)
        if pads is None:
            c.fail(
                translate(
                    "SessionError",
                    "'padding' must be {names} or [[top, bottom], [left, right]] with whole "
                    "numbers from 0 to {max}, found {found}",
                ).format(
                    names=", ".join(f'"{n}"' for n in PADDING_NAMES),
                    max=MAX_PAD,
                    found=show(padding),
                )
            )
        padding = pads
    mode = data.get("padding_mode", "zeros")
    if mode not in PADDING_MODES:
        c.fail(
            translate("SessionError", "unknown 'padding_mode' {found}; use one of {modes}").format(
                found=show(mode), modes=", ".join(PADDING_MODES)
            )
        )
    value = c.number(data.get("value", 0.0), "value", MAX_FILL)
    return ConvParams(
        stride=c.pair(data.get("stride", [1, 1]), "stride", 1, MAX_STRIDE),
        padding=padding,
        dilation=c.pair(data.get("dilation", [1, 1]), "dilation", 1, MAX_DILATION),
        padding_mode=mode,
        value=value,
        flip=c.boolean(data.get("flip", False), "flip"),
    )
