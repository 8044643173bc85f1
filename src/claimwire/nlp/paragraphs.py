"""Paragraph breaks as sentence boundaries, set before the parser runs.

The small English model's parser decides sentence boundaries itself, and it often
runs a paragraph into the next when the first ends in a quote mark (`...in hand.''`
then `''There was ...,'' he added.`): the second paragraph's cue then hangs on the
first one's verb. A paragraph never goes on into the next, so this component marks
the first word after a blank line, or after a line break that follows the end of a
sentence, as a sentence start; the parser keeps the boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["PARAGRAPHS", "mark_paragraphs"]

#: The name the component is registered under; ``load_model`` puts it before the parser.
PARAGRAPHS = "claimwire_paragraphs"

#: Tokens that end a sentence, so that a line break after them ends a paragraph
#: (a single line break elsewhere may be a wrapped line).
_SENTENCE_ENDS = frozenset((".", "!", "?", "\u201d", "\u2019", '"', "''", ")"))


@Language.component(PARAGRAPHS)
def mark_paragraphs(doc: Doc) -> Doc:
    """Mark the first token of each paragraph as a sentence start."""
    for i in range(1, len(doc) - 1):
        token = doc[i]
        if not token.is_space or "\n" not in token.text:
            continue
        blank_line = token.text.count("\n") >= 2
        if blank_line or doc[i - 1].text in _SENTENCE_ENDS:
            following = doc[i + 1]
            if not following.is_space:
                following.is_sent_start = True
    return doc
