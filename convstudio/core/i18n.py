"""The core's translation hook: a plain function the GUI may replace, English by default.

The core must stay Qt-free, so it never touches QTranslator itself. The app installs
a translator with :func:`set_translator` (typically ``QCoreApplication.translate``) and
every visible core string goes through it at the moment it is produced, so text made
after a language switch comes out in the new language.

How ``pyside6-lupdate`` sees the call sites (checked against its Python parser):

- ``translate("Context", "English template {n}")`` with two string literals is
  extracted; implicit concatenation of literals ("a " "b") is joined.
- ``QT_TRANSLATE_NOOP("Context", "text")`` is extracted too; it marks strings kept in
  tables and translated later with ``translate("Context", stored_text)``.
- ``translate("Context", variable)`` is ignored, which is what a lookup of a stored
  string needs.
- ``tr("Context", ...)`` is misread as Qt's one-argument ``self.tr`` (the context
  becomes the source text), so core code never calls :func:`tr`; it exists for
  callers outside the core.
- An f-string is extracted with its braces' expressions, so a translation could
  never match: templates are plain literals filled in with ``str.format``.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def set_translator(fn: Translator | None) -> None:
    """Install ``fn(context, text) -> str`` as the translator; ``None`` restores English."""
    global _translator
    _translator = fn


def tr(context: str, text: str) -> str:
    """Return ``text`` translated in ``context``, or ``text`` itself with no translator.

    A translator that returns an empty string falls back to the English text
    rather than showing nothing.
    """
    fn = _translator
    if fn is None:
        return text
    return fn(context, text) or text


def translate(context: str, text: str) -> str:
    """Same as :func:`tr`; the spelling lupdate extracts, used at every core call site."""
    return tr(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction without translating it now; returns ``text`` unchanged."""
    del context
    return text


__all__ = ["QT_TRANSLATE_NOOP", "Translator", "set_translator", "tr", "translate"]
