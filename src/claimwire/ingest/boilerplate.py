"""Dropping the lines of a news page that are not the report: related-headline
lists, subscription and social-media promos, advertisement markers, share
buttons and image credits.

The rules go by the *shape* of a line, not by any outlet's wording:

- a header such as ``Read more:``, ``Related``, ``More on this story``, ``See
  also`` starts a block; the short, headline-like lines after it (no final
  full stop, a dozen words or so) belong to it and go with it;
- a short line that opens with a promo verb (click, subscribe, sign up, follow,
  download, listen, watch) aimed at a channel (newsletter, podcast, app, social
  network, "here"), or that is framed by emoji or arrows, is a promo;
- single markers (``Advertisement``, ``Share this article``) and image credits
  (``Image source, Getty Images``, ``Photo: AP``) go as well.

Only whole lines are dropped, so the remaining text keeps its own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["is_headline_like", "strip_boilerplate"]

# Emoji, pictographs, dingbats, arrows and geometric pointers (▶ ►) used to frame promos.
_PICTO = (
    "\U0001f000-\U0001faff\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff"
    "\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3"
)
_FRAME_CHARS = re.compile(f"[{_PICTO}>»«<|•·*#–—-]")
_PICTO_RE = re.compile(f"[{_PICTO}]")
_LEAD_JUNK = re.compile(f"^[\\s{_PICTO}>»«|•·*#–—-]+")
_TRAIL_JUNK = re.compile(f"[\\s{_PICTO}>»«|•·*#–—-]+$")

#: Headers that introduce a list of links to other stories.
_BLOCK_HEADER = re.compile(
    r"""^(?:
        read\ more | read\ also | also\ read | see\ also | more\ on\ this(?:\ story|\ topic)?
      | more\ from\ [\w ]{1,30}
      | related(?:\ (?:stories|articles|content|coverage|reading|news|topics|links))?
      | recommended(?:\ (?:stories|reading|for\ you))?
      | you\ (?:may|might)\ also\ like
      | most\ (?:read|popular|viewed) | top\ stories | trending(?:\ now)? | latest\ (?:stories|news)
      | further\ reading | explore\ more | watch\ more | listen\ more | what\ to\ read\ next
    )\s*[:\-–—.]?$""",
    re.IGNORECASE | re.VERBOSE,
)
#: The same headers used inline: ``READ MORE: Headline of another story``.
_INLINE_HEADER = re.compile(
    r"^(?:read\ more|read\ also|also\ read|see\ also|related|more\ on\ this\ story|more"
    r"|watch|listen|video|audio|live(?:\ updates)?|photos?|gallery|explainer)\s*[:|]\s*\S",
    re.IGNORECASE | re.VERBOSE,
)

#: Verbs that open a promo whatever follows them, and verbs that open one only when
#: they point at a channel ("Follow us on Telegram", not "Follow-up talks ...";
#: "Get our newsletter", not "Like many residents, she stayed here").
_PROMO_VERB = re.compile(
    r"^(?:click|tap|subscribe|sign\s*up|sign\s*in|log\s*in|register|download|install"
    r"|follow\s+us|send\s+us|tell\s+us|contact\s+us|support\s+us|don'?t\s+miss|never\s+miss"
    r"|stay\s+(?:up\s+to\s+date|informed|updated)|want\s+more|enjoy(?:ed)?\s+this"
    r"|(?:have|got)\s+a\s+(?:news\s+)?tip)\b",
    re.IGNORECASE,
)
_WEAK_PROMO_VERB = re.compile(r"^(?:follow|listen|watch|get|join|like|share|read)\b(?!-)", re.I)
_CHANNEL = (
    r"subscrib\w*|newsletters?|podcasts?|apps?|app\s+store|google\s+play|inbox|email\s+alerts?"
    r"|alerts|notifications|follow\s+us|twitter|x\.com|facebook|instagram|telegram|whatsapp"
    r"|youtube|tiktok|linkedin|threads|bluesky|rss|live\s+(?:blog|coverage|updates)"
    r"|latest\s+(?:news|updates|headlines)|breaking\s+news|briefing|digest"
    r"|our\s+(?:journalism|reporting|coverage)|sign\s*up|free\s+trial|membership|premium|donat\w+"
)
_STRICT_PROMO_OBJECT = re.compile(rf"\b(?:{_CHANNEL})\b", re.IGNORECASE)
_PROMO_OBJECT = re.compile(rf"\b(?:{_CHANNEL}|here|below|channel)\b", re.IGNORECASE)
#: Single-line markers left by page furniture.
_MARKER = re.compile(
    r"""^(?:
        advertisement | advertising | sponsored(?:\ content)? | paid\ content | promoted
      | (?:story|article)\ continues\ (?:below|after)(?:\ (?:this|the))?(?:\ (?:advertisement|ad))?
      | skip\ (?:advertisement|ad|next\ section) | continue\ reading | read\ the\ full\ story
      | share | share\ (?:this|the)\ (?:article|story|page|post) | share\ on\ \w+ | copy\ link
      | print | print\ this\ (?:article|page) | email | comments? | view\ comments | \d+\ comments
      | listen\ to\ (?:this|the)\ article | listen | image | video | media\ caption | image\ caption
      | close | menu | next | previous | back\ to\ top | loading | top\ of\ page
    )\s*[:.]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT = re.compile(
    r"""^(?:
        (?:image|photo|picture|video|media)\s+(?:source|credit|copyright|caption)s?\b
      | (?:image|photo|photograph|picture|pic|video|file\ photo|graphic|illustration)s?
        \s*(?:credit)?\s*[:/]
      | \(?(?:photos?|images?|pictures?)\s+(?:by|courtesy\ of|credit)\b
      | (?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}|.*all\ rights\ reserved)
      | (?:getty\ images|reuters|ap|ap\ photo|afp|epa(?:-efe)?|anadolu|shutterstock|pa\ media)
        (?:\s*/\s*[\w .-]+)?\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: Bylines and credits at the foot of wire copy, and bare links.
_FOOTER = re.compile(
    r"""^(?:
        \(?(?:reporting|writing|editing|additional\ reporting)\ by\b.{0,200}
      | .{0,150}\b(?:contributed|contributed\ reporting)\ to\ this\ (?:report|story|article)\W*
      | (?:https?://|www\.)\S+
      | [_=*~-]{3,}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_FINAL_PUNCT = re.compile(r"[.!…:;]['\"’”»)\]]*$")
_WORD = re.compile(r"\w+")

#: A headline in a related-links list is short; a body paragraph is rarely this short
#: and then still ends with a full stop.
HEADLINE_MAX_WORDS = 18
#: Promos are one short line; a longer paragraph that mentions a podcast is content.
PROMO_MAX_WORDS = 30


def _core(line: str) -> str:
    """The line without leading/trailing bullets, arrows and emoji."""
    return _TRAIL_JUNK.sub("", _LEAD_JUNK.sub("", line))


def is_headline_like(line: str) -> bool:
    """A short line without a final full stop: a headline, a link title."""
    core = _core(line)
    words = _WORD.findall(core)
    return 0 < len(words) <= HEADLINE_MAX_WORDS and not _FINAL_PUNCT.search(core)


def _is_framed(line: str) -> bool:
    stripped = line.strip()
    return bool(
        stripped
        and _PICTO_RE.match(stripped)
        and (_PICTO_RE.search(stripped[-1]) or _FRAME_CHARS.match(stripped[-1]))
    )


def _is_promo(line: str) -> bool:
    core = _core(line)
    words = _WORD.findall(core)
    if not words or len(words) > PROMO_MAX_WORDS:
        return False
    if _is_framed(line):
        return True
    if _PROMO_VERB.match(core) and (_PROMO_OBJECT.search(core) or is_headline_like(core)):
        return True
    if _WEAK_PROMO_VERB.match(core) and _STRICT_PROMO_OBJECT.search(core):
        return True
    # "… wherever you get your podcasts", "… available on our app": promo tails.
    starts_with_picto = bool(_PICTO_RE.match(line.strip()))
    return starts_with_picto and bool(_STRICT_PROMO_OBJECT.search(core))


def _is_marker(line: str) -> bool:
    core = _core(line)
    if not core:
        # Only emoji, bullets or rules: decoration.
        return bool(line.strip())
    if _MARKER.match(core) or _FOOTER.match(line.strip()):
        return True
    return bool(_CREDIT.match(core)) and len(_WORD.findall(core)) <= 20


def strip_boilerplate(lines: Sequence[str]) -> tuple[list[str], int]:
    """Drop boilerplate lines; return the lines kept and how many were dropped.

    ``lines`` are whitespace-normalised; blank lines (``""``) mark paragraph breaks
    and are kept (the caller collapses runs of them).
    """
    kept: list[str] = []
    dropped = 0
    in_block = False
    for line in lines:
        core = _core(line)
        if not line:
            kept.append(line)
            continue
        if _BLOCK_HEADER.match(core):
            in_block = True
            dropped += 1
            continue
        if _INLINE_HEADER.match(core) and is_headline_like(core.split(":", 1)[-1]):
            in_block = True
            dropped += 1
            continue
        if in_block:
            if is_headline_like(line) or (core.endswith("?") and len(_WORD.findall(core)) <= 14):
                dropped += 1
                continue
            in_block = False
        if _is_marker(line) or _is_promo(line):
            dropped += 1
            continue
        kept.append(line)
    return kept, dropped
