"""The ``Doc._`` attributes through which claimwire's components hand records on.

Components run in a fixed order (see :data:`claimwire.nlp.COMPONENTS`) and each
appends frozen records to its own list; later components read earlier lists.
Ids are assigned by the component that creates a record (``c1``, ``p1``, ...).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from claimwire.records import (
    Claim,
    DateMention,
    Entity,
    Event,
    Place,
    Quantity,
    Response,
)

__all__ = ["get_list", "publication_date", "register_extensions"]

#: Names of the list-valued extensions, in the order components fill them.
RECORD_LISTS = (
    "cw_entities",
    "cw_places",
    "cw_dates",
    "cw_quantities",
    "cw_claims",
    "cw_responses",
    "cw_events",
)


def register_extensions() -> None:
    """Register the extensions once per process (spaCy's registry is global)."""
    if not Doc.has_extension("cw_published"):
        # The publication date relative dates resolve against; None when unknown.
        Doc.set_extension("cw_published", default=None)
    for name in RECORD_LISTS:
        if not Doc.has_extension(name):
            # A getter-free default would be shared between docs; None + get_list avoids that.
            Doc.set_extension(name, default=None)


def get_list(doc: Doc, name: str) -> list[object]:
    """The mutable record list ``doc._.<name>``, created on first access."""
    value = doc._.get(name)
    if value is None:
        value = []
        doc._.set(name, value)
    return value  # type: ignore[no-any-return]


def entities(doc: Doc) -> list[Entity]:
    return get_list(doc, "cw_entities")  # type: ignore[return-value]


def places(doc: Doc) -> list[Place]:
    return get_list(doc, "cw_places")  # type: ignore[return-value]


def dates(doc: Doc) -> list[DateMention]:
    return get_list(doc, "cw_dates")  # type: ignore[return-value]


def quantities(doc: Doc) -> list[Quantity]:
    return get_list(doc, "cw_quantities")  # type: ignore[return-value]


def claims(doc: Doc) -> list[Claim]:
    return get_list(doc, "cw_claims")  # type: ignore[return-value]


def responses(doc: Doc) -> list[Response]:
    return get_list(doc, "cw_responses")  # type: ignore[return-value]


def events(doc: Doc) -> list[Event]:
    return get_list(doc, "cw_events")  # type: ignore[return-value]


def publication_date(doc: Doc) -> dt.date | None:
    """The article's publication date, as set by the pipeline before processing."""
    value = doc._.cw_published
    return value if isinstance(value, dt.date) else None


register_extensions()
