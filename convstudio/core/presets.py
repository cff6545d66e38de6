"""The teaching presets: session files shipped in resources/presets, one click each.

A preset is data, not code: ``resources/presets/NN-name.json`` is an ordinary session
file whose number NN orders the menu (Ctrl+1…9 open the first nine) and whose
``name`` is what ``convstudio --preset name`` takes.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError
from .i18n import translate
from .session import Session, loads

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def resource_dir(*parts: str) -> Traversable:
    """A folder of convstudio's runtime assets, from a checkout, a wheel or a frozen app.

    A PyInstaller bundle unpacks data files under ``sys._MEIPASS``; the spec file may
    put them at ``convstudio/resources`` (mirroring the package) or at ``resources``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates = [Path(bundle) / "convstudio" / "resources", Path(bundle) / "resources"]
    else:
        # Beside the package in a checkout or an installed wheel: no importlib.resources
        # needed, which saves ~20 ms of start-up.
        candidates = [Path(__file__).resolve().parent.parent / "resources"]
    for base in candidates:
        if base.is_dir():
            return base.joinpath(*parts)
    from importlib import resources  # a zipped install: let the import system find them

    return resources.files("convstudio").joinpath("resources", *parts)


@dataclass(frozen=True)
class PresetInfo:
    """What the menu and ``--list-presets`` show, read without building the preset."""

    number: int
    name: str
    title: str
    description: str
    resource: Traversable

    def load(self) -> Session:
        """The preset's full, checked Session."""
        source = translate("SessionError", "preset {name}").format(name=repr(self.name))
        return loads(self.resource.read_bytes(), source)


def _split(stem: str) -> tuple[int, str]:
    number, _, name = stem.partition("-")
    return (int(number), name) if number.isdigit() and name else (0, stem)


@cache
def preset_index() -> tuple[PresetInfo, ...]:
    """Every shipped preset in menu order.

    Only the title and description are read here (a JSON parse, no checks, no arrays
    built), so building the menu costs start-up almost nothing; ``load`` checks fully.
    """
    folder = resource_dir("presets")
    infos = []
    for entry in folder.iterdir() if folder.is_dir() else ():
        if not entry.name.endswith(".json"):
            continue
        number, name = _split(entry.name.removesuffix(".json"))
        try:
            data = json.loads(entry.read_bytes())
            title, text = str(data.get("title", name)), str(data.get("description", ""))
        except (ValueError, AttributeError):  # reported in full when it is loaded
            title, text = name, ""
        infos.append(PresetInfo(number, name, title, text, entry))
    return tuple(sorted(infos, key=lambda i: (i.number, i.name)))


def preset_names() -> list[str]:
    """The names ``--preset`` accepts, in menu order."""
    return [info.name for info in preset_index()]


def find_preset(name: str) -> PresetInfo:
    """The preset called ``name`` (or numbered ``name``, as in the menu: "3" or "03")."""
    key = name.strip().lower()
    for info in preset_index():
        number = f"{info.number:02d}"  # as the file names have it: 03-digit7-valid.json
        if key in (info.name, str(info.number), number, f"{number}-{info.name}"):
            return info
    raise ConfigError(
        translate(
            "ConfigError",
            "unknown preset {name}; the presets are {names} "
            "(convstudio --list-presets describes them)",
        ).format(name=repr(name), names=", ".join(preset_names()))
    )


def load_preset(name: str) -> Session:
    """Load and check the preset called (or numbered) ``name``."""
    return find_preset(name).load()
