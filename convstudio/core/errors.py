"""The one exception type for impossible or malformed settings."""

from __future__ import annotations


class ConfigError(ValueError):
    """A setting that cannot work, explained in words a student understands.

    The message says what is wrong, the numbers involved and what would fix it.
    It subclasses ValueError so callers that only know the standard library can
    still catch it.
    """
