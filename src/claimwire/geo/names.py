"""Name keys: the normal form under which gazetteer names are stored and looked up.

``Kyiv``, ``KYIV`` and ``Kyïv`` share a key, and so do ``Zaporizhzhia's`` apostrophe
variants: the key casefolds, strips diacritics, drops apostrophes and dots, and
turns hyphens into spaces. Cyrillic keeps its letters (``й`` and ``и`` meet, as
``ё`` and ``е`` do in Russian spelling practice).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["is_wanted_script", "name_key"]

_DROP = re.compile(r"['’ʼ‘`´ʹ′.]")
# Combining marks left by NFKD decomposition (the diacritics).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LETTER = re.compile(r"[^\W\d_]")
# Letters of scripts other than Latin and Cyrillic: Greek, Armenian to Tibetan,
# Myanmar to Cherokee, Khmer and Mongolian, CJK and Hangul, Arabic presentation forms,
# and everything beyond the Basic Multilingual Plane.
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0530-\u0fff\u1000-\u13ff\u1780-\u18af\u2e80-\u9fff"
    "\ua000-\ud7ff\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff\U00010000-\U0010ffff]"
)
_SPACE = re.compile(r"[\s\-‐‑‒–—_/]+")


def name_key(name: str) -> str:
    """The lookup key of a place name: casefolded, no diacritics, no apostrophes."""
    text = name if name.isascii() else _COMBINING.sub("", unicodedata.normalize("NFKD", name))
    text = _DROP.sub("", text.casefold())
    return _SPACE.sub(" ", text).strip()


def is_wanted_script(name: str) -> bool:
    """True for names written in Latin or Cyrillic script (the ones news text uses)."""
    return _LETTER.search(name) is not None and _OTHER_SCRIPT.search(name) is None
