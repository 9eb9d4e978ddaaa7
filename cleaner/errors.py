"""The errors the library raises on purpose; anything else escaping is a bug."""


class CleanerError(Exception):
    """Base of every error raised by cleaner."""


class InputError(CleanerError, ValueError):
    """The raw page cannot be cleaned as given (binary data, wrong type, unknown format)."""


class ConfigError(CleanerError, ValueError):
    """A pipeline configuration names an unknown heuristic or an invalid setting."""
