"""What the component tests share: running the pipeline over a text written for the
test, and picking a claim by its cue."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from claimwire.nlp import extensions as ext
from claimwire.records import Claim, Response


def run(nlp: Language, text: str, published: dt.date | None = dt.date(2024, 8, 15)) -> Doc:
    doc = nlp.make_doc(text)
    doc._.cw_published = published
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def claims(nlp: Language, text: str) -> list[Claim]:
    return list(ext.claims(run(nlp, text)))


def responses(nlp: Language, text: str) -> tuple[list[Claim], list[Response]]:
    doc = run(nlp, text)
    return list(ext.claims(doc)), list(ext.responses(doc))


def only(found: list[Claim], cue: str) -> Claim:
    matching = [c for c in found if c.cue.text == cue]
    assert len(matching) == 1, [(c.cue.text, c.content.text) for c in found]
    return matching[0]


def source_and_content(found: list[Claim], cue: str) -> tuple[str, str]:
    """The source and content, as written, of the one claim with ``cue``; it must have a
    source."""
    claim = only(found, cue)
    assert claim.source is not None, claim
    return claim.source.text, claim.content.text
