"""claimwire: who claims what happened, to whom, where and when.

>>> import claimwire
>>> record = claimwire.extract("Kyiv said on Monday ...", published="2024-08-15")

The public API is what ``__all__`` lists; everything else is private.
"""

from __future__ import annotations

from claimwire.errors import (
    BinaryInputError,
    ClaimwireError,
    ConfigError,
    EmptyInputError,
    EncodingError,
    ExtractionError,
    GazetteerError,
    InputError,
    MalformedRecordError,
    ModelNotFoundError,
    NoArticleError,
    StoreError,
    UnsupportedLanguageError,
)
from claimwire.pipeline import Extractor, extract
from claimwire.records import (
    Actor,
    Article,
    Claim,
    DateMention,
    DateValue,
    Entity,
    Event,
    Extraction,
    Place,
    Quantity,
    Response,
    Span,
)
from claimwire.serialize import extraction_from_dict, extraction_to_dict, extraction_to_json
from claimwire.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "BinaryInputError",
    "Claim",
    "ClaimwireError",
    "ConfigError",
    "DateMention",
    "DateValue",
    "EmptyInputError",
    "EncodingError",
    "Entity",
    "Event",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "GazetteerError",
    "InputError",
    "MalformedRecordError",
    "ModelNotFoundError",
    "NoArticleError",
    "Place",
    "Quantity",
    "Response",
    "Settings",
    "Span",
    "StoreError",
    "UnsupportedLanguageError",
    "__version__",
    "extract",
    "extraction_from_dict",
    "extraction_to_dict",
    "extraction_to_json",
]
