"""Text normalisation shared by the linkers: words, shingles, wire credits.

Everything here is a pure function of strings, so that duplicate detection and
event similarity see the same words however an outlet punctuates or frames a story.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = [
    "STOPWORDS",
    "content_words",
    "normalise",
    "shingles",
    "strip_boilerplate",
    "text_hash",
    "wire_credit",
    "words",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

#: Function words that carry no content for similarity.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "not",
        "no",
        "than",
        "then",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "also",
        "said",
        "says",
        "say",
        "told",
        "according",
        "after",
        "before",
        "into",
        "over",
        "about",
        "up",
        "down",
        "out",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "so",
        "too",
        "very",
        "just",
        "mr",
        "mrs",
        "ms",
        "if",
        "because",
        "until",
        "against",
        "between",
        "through",
        "during",
        "above",
        "below",
        "off",
        "again",
        "further",
        "once",
        "all",
        "any",
        "both",
        "each",
        "few",
        "nor",
    ]
)

# Wire credits as outlets print them: a dateline `KYIV (Reuters) -`, `(AP) —`, a byline.
_WIRES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Reuters", re.compile(r"\(\s*Reuters\s*\)|\bThomson Reuters\b|\bReuters\s*[-—–]\s", re.I)),
    (
        "AP",
        re.compile(r"\(\s*AP\s*\)|\bAssociated Press\b|^\s*[A-Z][A-Z .,]+\(AP\)", re.M),
    ),
    ("AFP", re.compile(r"\(\s*AFP\s*\)|\bAgence France[- ]Presse\b", re.I)),
    ("dpa", re.compile(r"\(\s*dpa\s*\)", re.I)),
    ("Interfax", re.compile(r"\(\s*Interfax\s*\)", re.I)),
    ("TASS", re.compile(r"\(\s*TASS\s*\)", re.I)),
    ("Anadolu", re.compile(r"\(\s*AA\s*\)|\bAnadolu Agency\b", re.I)),
)

_AGENCY_OUTLETS = {
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "dpa": "dpa",
    "interfax": "Interfax",
    "tass": "TASS",
    "anadolu agency": "Anadolu",
}

# A dateline opening a wire story: `KYIV, Aug 15 (Reuters) -` / `MOSCOW (AP) —`.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*"
    r"\(\s*(?:Reuters|AP|AFP|dpa|Interfax|TASS|AA)\s*\)\s*[-—–:]\s*",
)
# Trailing credits and notices outlets add or keep: reporting lines, copyright, corrections.
_TRAILERS = re.compile(
    r"(?:^|\n)\s*(?:\(?\s*Reporting by\b.*|Writing by\b.*|Editing by\b.*|"
    r"(?:Copyright|©)\s.*|All rights reserved\.?.*|This story has been (?:updated|corrected).*|"
    r"Read more:.*|Related:.*|Sign up for .*)$",
    re.I | re.M,
)


def words(text: str) -> list[str]:
    """Lower-cased words, with accents folded and typographic apostrophes unified."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("’", "'")
    return [w.lower() for w in _WORD.findall(folded)]


def content_words(text: str) -> list[str]:
    """Words without stop words or bare numbers' punctuation: what a text is about."""
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 1]


def normalise(text: str) -> str:
    """The words of ``text`` joined by single spaces: equal for trivially different copies."""
    return " ".join(words(text))


def text_hash(text: str) -> str:
    """A hash of the normalised text, after wire datelines and trailers are removed."""
    return hashlib.sha1(normalise(strip_boilerplate(text)).encode("utf-8")).hexdigest()


def strip_boilerplate(text: str) -> str:
    """The story without its wire dateline and trailing credits or notices."""
    body = _DATELINE.sub("", text, count=1)
    return _TRAILERS.sub("", body).strip()


def shingles(text: str, size: int = 5) -> set[str]:
    """Overlapping ``size``-word shingles of the de-boilerplated, normalised text.

    A text shorter than ``size`` words gives one shingle of all its words, so
    that very short items can still be compared.
    """
    tokens = words(strip_boilerplate(text))
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def wire_credit(text: str, source: str | None = None) -> str | None:
    """The news agency a story credits (``Reuters``, ``AP``, ``AFP``...), if any.

    The outlet's own name counts when it *is* the agency (a story published by Reuters).
    """
    head = text[:600]
    for name, pattern in _WIRES:
        if pattern.search(head):
            return name
    if source:
        return _AGENCY_OUTLETS.get(source.strip().lower())
    return None
