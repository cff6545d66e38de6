"""The tab widget that holds the single layer and every mode page, building pages lazily.

Importing and building all six mode pages took ~0.4 s of a ~0.55 s start-up, for tabs
a lecture may never open. A mode is therefore registered by name with a title and a
builder; its tab holds an empty slot until the page is first needed (its tab comes to
the front, a session or preset names it, a test asks for it). ``page_built`` lets
presenter options (palette, zoom, hidden panels) reach pages built later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from .modes import ModePage


class ModeSlot(QtWidgets.QWidget):
    """One mode's tab: empty until ``build`` puts its page in."""

    def __init__(self, name: str, title: Callable[[], str], builder: Callable[[], ModePage]):
        super().__init__()
        self.name, self.title, self._builder = name, title, builder
        self.page: ModePage | None = None
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> tuple[ModePage, bool]:
        """The page, built now if it was not yet; and whether it was built just now."""
        if self.page is not None:
            return self.page, False
        page = self._builder()
        if page.name != self.name:
            raise ValueError(f"the {self.name!r} builder made a page named {page.name!r}")
        self.page = page
        self.layout().addWidget(page)
        page.refresh_counter()  # built now: its counter shows from the start
        return page, True


class ModeTabs(QtWidgets.QTabWidget):
    """Tab 0 is the single layer; the others are ModeSlots in the order they were added."""

    page_built = QtCore.Signal(object)  # ModePage

    def __init__(self, single: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        # The tab bar stays visible so a lecturer can see (and click) where the modes are.
        self.setDocumentMode(True)
        self.addTab(single, "")
        self.currentChanged.connect(self._size_by_front_tab)
        self._laid_out: tuple | None = None

    def event(self, event: QtCore.QEvent) -> bool:
        # Any label whose text changes inside a page re-lays the page out, and the
        # request climbs to here, where QTabWidget answers it by repainting everything
        # it holds: ~4 ms per control change at 4K. Pass it on only when what this
        # widget lays out could have moved.
        if event.type() == QtCore.QEvent.Type.LayoutRequest:
            key = (
                self.size(),
                self.minimumSizeHint(),
                self.tabBar().sizeHint(),
                self.currentIndex(),
                self.count(),
            )
            if key == self._laid_out:
                return True
            self._laid_out = key
        return super().event(event)

    def add_slot(self, slot: ModeSlot) -> None:
        """Add a mode's tab after the others."""
        self.addTab(slot, slot.title())
        self._size_by_front_tab()

    def slots(self) -> list[ModeSlot]:
        """Every mode's slot, in tab order."""
        return [self.widget(i) for i in range(1, self.count())]

    def names(self) -> list[str]:
        """Every mode's name, "single" first."""
        return ["single"] + [slot.name for slot in self.slots()]

    def built_pages(self) -> list[ModePage]:
        """The pages built so far, in tab order."""
        return [slot.page for slot in self.slots() if slot.page is not None]

    def page(self, name: str) -> ModePage:
        """The page called ``name``, built if need be; KeyError naming the known ones."""
        for slot in self.slots():
            if slot.name == name:
                return self._build(slot)
        raise KeyError(f"no mode called {name!r} (known: {', '.join(self.names())})")

    def index_of(self, name: str) -> int:
        """The tab index of mode ``name`` ("single" is 0); KeyError for an unknown name."""
        return 0 if name == "single" else self.indexOf(self.page(name))

    def indexOf(self, widget: QtWidgets.QWidget) -> int:
        """Qt's indexOf, also for a mode page (its tab holds the page's slot)."""
        slot = widget.parentWidget() if isinstance(widget, ModePage) else widget
        return super().indexOf(slot)

    def current_page(self) -> ModePage | None:
        """The page in front (built if need be), or None for the single layer."""
        slot = self.currentWidget()
        return self._build(slot) if isinstance(slot, ModeSlot) else None

    def retitle(self, single_title: str) -> list[str]:
        """Set every tab's text in the current language; returns them in tab order."""
        titles = [single_title] + [slot.title() for slot in self.slots()]
        for index, title in enumerate(titles):
            self.setTabText(index, title)
        return titles

    def _build(self, slot: ModeSlot) -> ModePage:
        page, new = slot.build()
        if new:
            self._size_by_front_tab()
            self.page_built.emit(page)
        return page

    def _size_by_front_tab(self) -> None:
        # A tab widget is as large as its largest tab; only the front tab should count,
        # or the busiest mode would stop the window (and export frames) getting small.
        policy = QtWidgets.QSizePolicy.Policy
        for i in range(self.count()):
            chosen = policy.Preferred if i == self.currentIndex() else policy.Ignored
            self.widget(i).setSizePolicy(chosen, chosen)
        self.updateGeometry()
