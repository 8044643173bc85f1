"""Reading numbers written in digits and in words: ``120,000``, ``1.2 million``,
``two dozen``, ``a fifth``, ``three-quarters``, ``hundreds``.

Shared by the date resolver (``three days ago``) and the quantity extractor.
Everything here is pure string work, so it is tested without a parse.
"""

from __future__ import annotations

import re

__all__ = [
    "FRACTIONS",
    "NUMBER_WORDS",
    "SCALES",
    "VAGUE_COUNTS",
    "parse_number",
    "word_number",
]

UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "dozen": 12.0,
    "lakh": 1e5,
    "crore": 1e7,
}
#: Number words proper (not ``a``/``no``, which only count in context).
NUMBER_WORDS = frozenset(
    {w for w in UNITS if w not in {"a", "an", "no"}} | set(TENS) | {"hundred", "thousand"}
)
#: ``a fifth`` → 0.2; plural forms for ``three-quarters``, ``two-thirds``.
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
    "sixth": 1 / 6, "sixths": 1 / 6, "seventh": 1 / 7, "eighth": 0.125, "eighths": 0.125,
    "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip
#: Vague plural counts and the lower bound ACLED's codebook reads them as.
VAGUE_COUNTS = {
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 100.0,
    "thousands": 1000.0,
    "tens of thousands": 10_000.0,
    "hundreds of thousands": 100_000.0,
    "millions": 1e6,
    "tens of millions": 1e7,
    "hundreds of millions": 1e8,
    "billions": 1e9,
}

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SPLIT = re.compile(r"[\s-]+")


def word_number(text: str) -> float | None:
    """``two hundred and fifty`` → 250, ``two dozen`` → 24, ``forty-five`` → 45; else None."""
    words = [w for w in _SPLIT.split(text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES and word not in {"k", "m", "b", "mn", "bn", "mln", "tn"}:
            scale = SCALES[word]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """A number in digits (``120,000``, ``1.2``), words, or digits with a scale
    (``1.2 million``, ``$9bn`` without the sign); None when ``text`` is not one."""
    text = text.strip().lower().replace("\u2009", "").replace("\u00a0", " ")
    if not text:
        return None
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    parts = text.split()
    # 1.2 million, 9bn, 3 dozen
    head, _, rest = text.partition(" ")
    if rest and _DIGITS.match(head):
        scale = word_number(rest) if rest not in SCALES else SCALES[rest]
        if scale is not None and rest.split()[-1] in SCALES:
            return float(head.replace(",", "")) * scale
        return None
    match = re.match(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn|mln)$", text)
    if match:
        return float(match.group(1)) * SCALES[match.group(2)]
    if len(parts) >= 1:
        return word_number(text)
    return None
