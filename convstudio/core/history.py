"""Undo and redo as two stacks of Session snapshots, capped in depth and in memory."""

from __future__ import annotations

from .session import Session

UNDO_DEPTH = 200
# Image-mode inputs are up to 8 MB each; past this the oldest undo steps are dropped.
UNDO_BYTES = 512 * 2**20


class History:
    """The states before each edit (undo) and those undone since (redo).

    Snapshots share their arrays with the live state, so whoever records them must
    replace arrays rather than write into them.
    """

    def __init__(self, depth: int = UNDO_DEPTH, max_bytes: int = UNDO_BYTES) -> None:
        self.depth, self.max_bytes = depth, max_bytes
        self._undo: list[Session] = []
        self._redo: list[Session] = []

    @property
    def can_undo(self) -> bool:
        """Whether there is an edit to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone edit to redo."""
        return bool(self._redo)

    @property
    def undo_count(self) -> int:
        """How many edits can be undone."""
        return len(self._undo)

    def record(self, before: Session) -> None:
        """An edit happened; ``before`` is the state it left. A new edit ends every redo."""
        self._undo.append(before)
        self._redo.clear()
        del self._undo[: -self.depth]
        while len(self._undo) > 1 and self._bytes() > self.max_bytes:
            del self._undo[0]

    def undo(self, current: Session) -> Session | None:
        """The state to go back to (``current`` becomes redoable), or None."""
        return self._move(self._undo, self._redo, current)

    def redo(self, current: Session) -> Session | None:
        """The state to go forward to (``current`` becomes undoable), or None."""
        return self._move(self._redo, self._undo, current)

    def clear(self) -> None:
        """Forget everything."""
        self._undo.clear()
        self._redo.clear()

    @staticmethod
    def _move(source: list[Session], target: list[Session], current: Session) -> Session | None:
        if not source:
            return None
        target.append(current)
        return source.pop()

    def _bytes(self) -> int:
        # Count each shared array once: consecutive snapshots mostly hold the same arrays.
        arrays = {id(a): a.nbytes for s in self._undo for a in (s.input, s.kernel)}
        return sum(arrays.values())
