"""Runtime hook: stand in for PySide6.QtOpenGL, left out of the bundle (8.9 MB).

pyqtgraph imports QtOpenGL when it is imported (Qt/OpenGLHelpers.py, PlotCurveItem,
PColorMeshItem) but touches its classes only when OpenGL drawing is switched on
(``useOpenGL``), which convstudio never does. Any use fails with a clear ImportError
instead of a missing-module error at start-up. QtOpenGLWidgets, which pyqtgraph
subclasses at import, is real and bundled.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(
            f"PySide6.QtOpenGL.{name}: Qt OpenGL is not bundled with this convstudio build"
        )


sys.modules.setdefault("PySide6.QtOpenGL", _NotBundled("PySide6.QtOpenGL"))
