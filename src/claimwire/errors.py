"""The one exception hierarchy of claimwire.

Library code raises these; the CLI turns them into a one-line message and a
non-zero exit, and the HTTP API into its JSON error shape. Nothing else should
escape to a user.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "ClaimwireError",
    "ConfigError",
    "EmptyInputError",
    "EncodingError",
    "ExtractionError",
    "GazetteerError",
    "InputError",
    "MalformedRecordError",
    "ModelNotFoundError",
    "NoArticleError",
    "RecordNotFoundError",
    "StoreError",
    "UnsupportedLanguageError",
]


class ClaimwireError(Exception):
    """Base class of every error claimwire raises on purpose."""

    #: Process exit status the CLI uses for this kind of error.
    exit_code: int = 1


class ConfigError(ClaimwireError):
    """A setting or option has a value claimwire cannot use."""

    exit_code = 2


class InputError(ClaimwireError):
    """An input document cannot be turned into an article."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class EmptyInputError(InputError):
    """The input holds no text at all, or only whitespace and boilerplate."""


class BinaryInputError(InputError):
    """The input is binary data (an image, a PDF, an archive), not text."""


class EncodingError(InputError):
    """The bytes could not be decoded as text in any plausible encoding."""


class UnsupportedLanguageError(InputError):
    """The text is not in a language claimwire extracts from (English only)."""

    def __init__(self, language: str, *, source: str | None = None) -> None:
        self.language = language
        super().__init__(
            f"text is in language {language!r}; claimwire extracts from English only",
            source=source,
        )


class NoArticleError(InputError):
    """An HTML page or feed item holds no article body."""


class MalformedRecordError(InputError):
    """A JSONL line (or feed item, or WARC record) is not a valid record."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.line = line
        where = f"line {line}: " if line is not None else ""
        super().__init__(f"{where}{message}", source=source)


class ExtractionError(ClaimwireError):
    """A pipeline component failed on one article: a bug in claimwire, to be
    reported with the article that triggered it."""

    exit_code = 70

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"article {source}: {message}" if source else message)


class ModelNotFoundError(ClaimwireError):
    """No usable spaCy model is installed."""


class GazetteerError(ClaimwireError):
    """The gazetteer cannot be built, opened or imported."""


class StoreError(ClaimwireError):
    """The database cannot be opened, migrated or written."""


class RecordNotFoundError(StoreError):
    """The store holds no article (or record) with the id asked for."""

    exit_code = 3
