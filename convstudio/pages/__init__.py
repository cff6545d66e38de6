"""Mode pages: one tab of the main window each, built on convstudio.modes.ModePage.

The table below is all the main window needs at start-up: each mode's name, page
class and tab title. A page's module is imported and the page built only when it is
first needed (convstudio.mode_tabs), which keeps six tabs from slowing the start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6 import QtWidgets

    from ..modes import ModePage


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; translated when shown (mode_title).

    Defined here rather than imported from Qt: the command line imports this package
    for ``info --compare`` without loading Qt.
    """
    return text


# (name = module, page class, tab title in the class's translation context), in tab
# order: from one layer outwards, then the comparisons.
MODES = (
    ("channels", "ChannelsPage", QT_TRANSLATE_NOOP("ChannelsPage", "Channels (RGB)")),
    ("pooling", "PoolingPage", QT_TRANSLATE_NOOP("PoolingPage", "Pooling")),
    ("stack", "StackPage", QT_TRANSLATE_NOOP("StackPage", "Layer stack")),
    ("transposed", "TransposedPage", QT_TRANSLATE_NOOP("TransposedPage", "Transposed conv")),
    ("sequence", "SequencePage", QT_TRANSLATE_NOOP("SequencePage", "Sequence (1-D)")),
    ("compare", "ComparePage", QT_TRANSLATE_NOOP("ComparePage", "Compare")),
)
_BY_NAME = {name: (cls, text) for name, cls, text in MODES}


def mode_title(name: str) -> str:
    """Mode ``name``'s tab title in the current language."""
    from PySide6.QtCore import QCoreApplication

    cls, text = _BY_NAME[name]
    return QCoreApplication.translate(cls, text)


def build_page(name: str, window: QtWidgets.QMainWindow) -> ModePage:
    """Import mode ``name``'s module and build its page for ``window``."""
    module = importlib.import_module(f"{__name__}.{name}")
    return module.make_page(window)
