"""Plain text to :class:`~claimwire.records.Article`: decoding, cleaning, checks.

``Article.text`` is exactly what the spaCy pipeline reads and what every offset
of the extraction points into, so cleaning happens here, once, and never after.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
import unicodedata
from functools import cache

from claimwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    UnsupportedLanguageError,
)
from claimwire.ingest.boilerplate import strip_boilerplate
from claimwire.records import Article
from claimwire.settings import Settings

__all__ = [
    "article_from_text",
    "article_id",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "english_word_share",
    "normalise_published",
]

# ----------------------------------------------------------------- decoding

#: File signatures of formats people feed to text tools by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"PAR1", "a Parquet file"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"WARC/", "a WARC archive (not yet supported as text)"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
)
#: Single-byte Latin encodings that charset-normalizer may name for text that is
#: far more likely Windows-1252 (the web's legacy default for English).
_LATIN_SINGLE_BYTE = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9",
    "iso8859_13", "iso8859_15", "iso8859_16", "mac_roman", "mac_latin2", "ascii",
}  # fmt: skip
#: Above this share of control characters, "text" is really binary data.
MAX_CONTROL_SHARE = 0.01


def _check_not_binary_text(text: str, origin: str | None) -> None:
    sample = text[:20_000]
    if not sample:
        return
    if "\x00" in sample:
        raise BinaryInputError(
            "input contains NUL bytes: it is binary data, not text", source=origin
        )
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls / len(sample) > MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"input is {controls / len(sample):.0%} control characters: it is binary data, "
            "not text",
            source=origin,
        )


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in Latin text saved as
    UTF-16 without a byte-order mark; else None."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, origin: str | None = None) -> str:
    """Decode ``data`` as text: a byte-order mark wins, then UTF-8, then the encoding
    charset-normalizer finds; binary data raises :class:`BinaryInputError`."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"input is {what}, not text", source=origin)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"input starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding}: {exc.reason} at byte {exc.start}",
                    source=origin,
                ) from None
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:20_000]:
        raise BinaryInputError(
            "input contains NUL bytes: it is binary data, not text", source=origin
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise EncodingError(
            "input is not UTF-8 and its encoding could not be recognised; convert it to UTF-8",
            source=origin,
        )
    if best.encoding in _LATIN_SINGLE_BYTE:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


# ----------------------------------------------------------------- cleaning

_NEWLINES = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
#: Spaces of every width, made plain; invisible characters that split words, removed.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200e\u200f\u2060\ufeff]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_SENTENCE_END = re.compile(r"[.!?…:;]['\"’”»)\]]*$")


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line that does not end a sentence, followed by one
    that starts in lower case, is the same paragraph."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and line[0].islower() and not _SENTENCE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def clean_text(text: str) -> tuple[str, int]:
    """Normalise whitespace and drop boilerplate lines.

    Returns the cleaned text and the number of boilerplate lines dropped. Line
    breaks between paragraphs are kept (at most one blank line in a row), spaces
    inside a line are collapsed, and hard-wrapped lines are joined.
    """
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    lines = [_RUNS_OF_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines, dropped = strip_boilerplate(lines)
    lines = _unwrap(lines)
    paragraphs: list[str] = []
    for line in lines:
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    while paragraphs and not paragraphs[-1]:
        paragraphs.pop()
    return "\n".join(paragraphs), dropped


def article_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of the SHA-256 of its
    whitespace-normalised form."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


# ----------------------------------------------------------------- language

#: Below this many characters langdetect alone is not believed: on a headline such as
#: `Kremlin denies Prigozhin death plot` it is sure of German. A short text is refused
#: only with more evidence (see :func:`detect_language`).
MIN_CHARS_FOR_LANGUAGE = 120
#: A non-English guess must be at least this sure before a text is refused.
MIN_LANGUAGE_CONFIDENCE = 0.80
_LANGUAGE_SAMPLE = 3_000


@cache
def _seed_langdetect() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect is random by default; seeded, it is repeatable


#: English function words that other languages written in Latin script rarely use.
_ENGLISH_WORDS = frozenset(
    {
        "the", "of", "and", "that", "said", "says", "with", "for", "from", "have", "has", "had",
        "were", "would", "which", "their", "they", "this", "these", "those", "been", "by", "its",
        "it", "not", "but", "who", "whom", "after", "about", "more", "than", "or", "his", "her",
        "she", "he", "we", "our", "are", "be", "at", "as", "is", "there", "when", "what", "will",
        "could", "should", "into", "over", "also", "against", "between", "because", "before",
        "during", "while", "where", "how", "if", "an", "a", "to", "in", "on",
    }
)  # fmt: skip
#: English news prose is 30-45% such words (15% at the lowest in the BBC and VOA
#: corpora); German, French, Dutch, Spanish, Italian, Polish prose under 8%.
MIN_ENGLISH_WORD_SHARE = 0.12
_LETTERS = re.compile(r"[^\W\d_]+")


def english_word_share(text: str) -> float:
    """The share of words in ``text`` (first 3,000 characters) that are English
    function words."""
    words = _LETTERS.findall(text[:_LANGUAGE_SAMPLE].lower())
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) if words else 0.0


#: Function words of the other languages news in Latin script is most often
#: written in, for short texts: one is refused as language X only if langdetect says
#: X and X's own function words are there.
_FOREIGN_WORD_LISTS = {
    "de": (
        "der die das den dem des ein eine einen einem einer und ist sind nicht mit sich "
        "sie er es wir hat haben hatte hätten wurde wurden werden sein seine ihre auch "
        "als bei nach aus wie über noch nur oder aber dass zu von auf für im am"
    ),
    "fr": (
        "le la les des du de un une et est que qui dans pour pas sur au aux avec ce cette "
        "ses son sa il elle ils ont été sont ne par se plus avoir"
    ),
    "es": (
        "el la los las de del un una y es que en por para con no se su sus al lo como más "
        "pero fue han ha había"
    ),
    "it": (
        "il lo la gli le di del della dei un una e è che in per con non si suo sua al "
        "alla ha sono stato"
    ),
    "pt": "o a os as de do da dos das um uma e é que em por para com não se seu sua ao foi tem",
    "nl": "de het een en is van in op te dat die niet met zijn voor heeft werd door ook aan",
}
_FOREIGN_WORDS = {lang: frozenset(words.split()) for lang, words in _FOREIGN_WORD_LISTS.items()}
#: A short text needs at least this many words, and this share of them function
#: words of the language langdetect names, to be refused.
_MIN_SHORT_WORDS = 5
_MIN_FOREIGN_WORD_SHARE = 0.15


def _short_text_language(text: str) -> str:
    """The language of a text too short for langdetect alone: ``"en"`` unless
    langdetect says otherwise and the text is mostly in a script other than Latin,
    or has more of that language's function words than of English ones."""
    words = _LETTERS.findall(text.lower())
    letters = [ch for word in words for ch in word]
    latin = sum(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters)
    other_script = bool(letters) and latin < len(letters) / 2
    if not other_script and len(words) < _MIN_SHORT_WORDS:
        return "en"
    guess = _langdetect(text)
    if guess == "en" or other_script:
        return guess
    own = _FOREIGN_WORDS.get(guess, frozenset())
    share = sum(w in own for w in words) / len(words)
    if share >= _MIN_FOREIGN_WORD_SHARE and share > english_word_share(text):
        return guess
    return "en"


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language; ``"en"`` when unsure.

    Text that is plainly English by its function words is not sent to langdetect:
    on English full of foreign names (``Zelenskyy met Syrskyi in Zaporizhzhia``)
    langdetect guesses Slovak or Croatian with high confidence.
    """
    if len(text) < MIN_CHARS_FOR_LANGUAGE:
        return _short_text_language(text)
    if english_word_share(text) >= MIN_ENGLISH_WORD_SHARE:
        return "en"
    return _langdetect(text)


def _langdetect(text: str) -> str:
    """langdetect's guess for ``text`` when it is sure enough, else ``"en"``."""
    _seed_langdetect()
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    try:
        guesses = detect_langs(text[:_LANGUAGE_SAMPLE])
    except LangDetectException:
        return "en"
    if not guesses:
        return "en"
    top = guesses[0]
    if top.lang == "en" or top.prob < MIN_LANGUAGE_CONFIDENCE:
        return "en"
    return str(top.lang)


# ----------------------------------------------------------------- dates


def normalise_published(value: str | None, *, origin: str | None = None) -> str | None:
    """An ISO 8601 date (``2024-08-15``) or date-time from the forms news data uses:
    ISO dates and date-times (``2024-08-15 10:00:00Z``) and RFC 2822 feed dates."""
    if value is None:
        return None
    raw = str(value).strip()
    if not raw:
        return None
    try:
        if len(raw) == 10:
            return dt.date.fromisoformat(raw).isoformat()
        return dt.datetime.fromisoformat(raw).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    raise InputError(
        f"published date {raw!r} is not an ISO 8601 date such as 2024-08-15", source=origin
    )


# ----------------------------------------------------------------- articles


def article_from_text(
    text: str | bytes,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: str | None = None,
    author: str | None = None,
    settings: Settings | None = None,
    origin: str | None = None,
) -> Article:
    """Turn a news report in plain text (or its bytes) into a cleaned article.

    ``origin`` names the input (a path, ``line 3``) in error messages. Raises an
    :class:`~claimwire.errors.InputError` subclass when the input is binary, not
    decodable, too long, empty once boilerplate is gone, or not in English.
    """
    max_chars = (settings or _default_settings()).max_chars
    if isinstance(text, bytes | bytearray):
        if len(text) > 4 * max_chars:
            raise _too_long(len(text), max_chars, origin, unit="bytes")
        body = decode_bytes(bytes(text), origin=origin)
    elif isinstance(text, str):
        body = text
    else:
        raise InputError(f"expected text, got {type(text).__name__}", source=origin)
    if len(body) > max_chars:
        raise _too_long(len(body), max_chars, origin)
    _check_not_binary_text(body, origin)
    cleaned, dropped = clean_text(body)
    if not any(ch.isalnum() for ch in cleaned):
        what = "only boilerplate (links, promos)" if dropped else "no text"
        raise EmptyInputError(
            f"input holds {what}; there is no report to extract from", source=origin
        )
    language = detect_language(cleaned)
    if language != "en":
        raise UnsupportedLanguageError(language, source=origin)
    return Article(
        id=str(id) if id is not None and str(id) else article_id(cleaned),
        text=cleaned,
        title=_clean_field(title),
        url=_clean_field(url),
        source=_clean_field(source),
        published=normalise_published(published, origin=origin),
        language=language,
        author=_clean_field(author),
    )


def _clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(str(value).split())
    return cleaned or None


def _too_long(
    size: int, max_chars: int, origin: str | None, unit: str = "characters"
) -> InputError:
    return InputError(
        f"input is {size:,} {unit}, more than the limit of {max_chars:,} characters; split it "
        "or raise CLAIMWIRE_MAX_CHARS",
        source=origin,
    )


_settings: Settings | None = None


def _default_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings.from_env()
    return _settings
