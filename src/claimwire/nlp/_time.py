"""Finding time expressions in text and resolving them against a reference date.

This module is the string side of the date resolver: compiled patterns that
find candidate expressions (:class:`TimeFinder`) and pure functions that turn a
match plus its context (the publication date, the tense of the clause, the last
day the text mentioned) into a value. ``nlp/dates.py`` supplies the context from
the parse; tests can call :func:`resolve` directly.

Besides dates, the finder recognises durations (``three days``), sets (``every
week``) and vague references (``now``, ``recently``) so that they are *not* taken
for dates, and so that the TempEval benchmark can score them; only expressions
of kind ``date`` become :class:`~claimwire.records.DateMention` records.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, insort
from dataclasses import dataclass, replace
from typing import Literal

from claimwire.nlp._numbers import parse_number

__all__ = ["RawMatch", "Resolved", "Tense", "TimeFinder", "resolve", "week_of"]

Tense = Literal["past", "present", "future", "conditional"]
Kind = Literal["date", "time", "duration", "set", "ref"]

MONTHS = {
    name.lower(): i for i, name in enumerate(calendar.month_name) if name
} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\."
_MONTH_BARE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d)"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_MONTH_BARE})"
_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_REL = (
    "last|next|this|this past|this coming|this upcoming|coming|upcoming|previous|on|by|until"
)
_POSS = "(?:'s|’s)?"
_NUMW = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|a\s+hundred|a\s+few|a\s+couple\s+of|several|few|many)"
)
#: Words between a count and its unit: `two more weeks`, `eight trading days`.
_UNIT_MODIFIERS = "(?:more|additional|further|full|straight|consecutive|trading|business|working)"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centurie)s?"
_EDGE = r"(?:early|late|mid|earlier|later)"


@dataclass(frozen=True, slots=True)
class RawMatch:
    """A candidate found by a pattern: where, which pattern, and its groups."""

    start: int
    end: int
    pattern: str
    groups: dict[str, str]


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a match means: its kind, its value and precision (dates), and the
    TimeML value TempEval scores (``1998-W32``, ``P3D``, ``PRESENT_REF``)."""

    kind: Kind
    value: str | None
    precision: str | None
    reason: str
    timex: str | None = None
    #: The TIMEX3 type when TimeML reads the words otherwise than claimwire's
    #: kind does: ``two days after the raid`` is a date to claimwire (counted
    #: from the last date mentioned) but a DURATION ``P2D`` to TimeML.
    timeml_type: str | None = None

    @property
    def timex_type(self) -> str:
        if self.timeml_type:
            return self.timeml_type
        return {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}.get(
            self.kind, "DATE"
        )


def _ci(pattern: str) -> str:
    return f"(?i:{pattern})"


#: (name, pattern). Longer matches win over shorter ones that overlap them;
#: at equal length the earlier pattern wins.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("numeric", r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d{2})\b"),
    (
        "dmy",
        rf"(?:(?P<weekof>{_ci('the week of')})\s+)?"
        rf"(?:{_WEEKDAY},?\s+)?(?:(?P<edge>{_ci(_EDGE)})[\s-]+)?"
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:{_ci('of')}\s+)?(?P<mon>{_MONTH})"
        rf"(?:\s?,?\s+(?P<y>(?:1[89]|20)\d{{2}})\b)?",
    ),
    (
        "mdy",
        rf"(?:(?P<weekof>{_ci('the week of')})\s+)?"
        rf"(?:{_WEEKDAY},?\s+)?(?:(?P<edge>{_ci(_EDGE)})[\s-]+)?(?P<mon>{_MONTH})\s+"
        rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|{_ci('percent')}|[,.]\d))"
        rf"(?:\s?,?\s+(?P<y>(?:1[89]|20)\d{{2}})\b)?",
    ),
    (
        "year_end",
        _ci(
            r"\b(?:the\s+)?(?:year[-\s]end|year(?:'s|’s)\s+end|end\s+of\s+(?:the|this)\s+year)\b"
            r"(?![-\s](?:results|figures|report|bonus|review))"
        ),
    ),
    (
        "month_year",
        rf"(?:(?P<edge>{_ci(_EDGE + '|the end of|the start of|the beginning of|the middle of')})"
        rf"[\s-]+)?(?P<mon>{_MONTH})(?:\s+{_ci('of')})?,?\s+(?P<y>(?:1[89]|20)\d{{2}})\b",
    ),
    (
        "month_rel",
        rf"(?:(?P<edge>{_ci(_EDGE + '|the end of|the start of|the beginning of|the middle of')})"
        rf"[\s-]+)?(?:(?P<rel>{_ci('last|next|this|this past|this coming')})\s+)?"
        rf"(?P<mon>{_MONTH_FULL})\b(?:\s+(?:{_ci('of')}\s+)?(?P<ry>{_ci('this|last|next')})\s+"
        rf"{_ci('year')})?{_POSS}",
    ),
    (
        "weekday",
        rf"(?:(?P<edge>{_ci('early|late|earlier|later')})\s+(?:{_ci('on')}\s+)?)?"
        rf"(?:(?P<rel>{_ci(_WEEKDAY_REL)})\s+)?(?P<wd>{_WEEKDAY}){_POSS}"
        rf"(?:\s+(?P<part>{_ci('morning|afternoon|evening|night')}))?\b",
    ),
    (
        "dayword",
        _ci(
            r"(?:(?P<edge>early|late|earlier|later)\s+)?\b(?P<word>today|yesterday|tomorrow|"
            r"tonight|last\s+night|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
            r"(?:'s|’s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
        ),
    ),
    ("this_part", _ci(r"\bthis\s+(?P<part>morning|afternoon|evening)\b")),
    (
        "relunit",
        _ci(
            r"\b(?:(?P<edge>early|late|mid|earlier|later)\s+)?(?:the\s+)?"
            r"(?P<rel>last|this|next|previous|current|coming|past|this\s+past|following)\s+"
            r"(?P<unit>weekend|week|month|year|quarter|decade)\b"
        ),
    ),
    ("weekend", _ci(r"\b(?:over\s+|at\s+|during\s+)?the\s+weekend\b")),
    (
        "ago",
        _ci(
            rf"\b(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|later|before|after|"
            r"from\s+now|hence)\b"
        ),
    ),
    (
        "span",
        _ci(
            rf"\b(?:the\s+)?(?:past|last|next|coming|previous|first|final)\s+(?P<n>{_NUMW})\s+"
            rf"(?:{_UNIT_MODIFIERS}\s+)?(?P<unit>{_UNIT}|quarters?)\b"
        ),
    ),
    (
        "season",
        _ci(
            r"\b(?:(?P<rel>last|this|next|early|late|the)\s+)(?P<season>spring|summer|fall|autumn|"
            r"winter)\b(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b)?"
        ),
    ),
    (
        "thatday",
        _ci(
            r"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+(?P<unit>day|week|month"
            r"|year)\b|\bthe\s+(?P<next>next|following|previous)\s+(?P<part>morning|evening|"
            r"night|afternoon)\b"
            r"|\b(?:(?:earlier|later|late|early)\s+in|for|end(?:ed|ing|s)?|finish(?:ed|ing|es)?)"
            r"\s+the\s+(?P<dayphrase>day)\b(?!\s*(?:before|after|-|of\b))"
        ),
    ),
    (
        "refday",
        _ci(
            r"\bthe\s+(?:(?P<prev>previous|preceding)|(?P<next>next|following))\s+"
            r"(?P<unit>day|week|month|year)\b|\bthe\s+(?P<unit2>day|week|month|year)\s+"
            r"(?P<dir2>before|after)\b(?!\s+(?:yesterday|tomorrow))"
        ),
    ),
    (
        "quarter",
        _ci(
            r"\b(?:the\s+)?(?:(?P<y0>(?:19|20)\d{2})\s+|(?P<ry0>this|last|next)\s+year(?:'s|’s)\s+"
            r"|(?P<ago0>year-ago|year-earlier)\s+)?(?:fiscal[\s-]+)?"
            r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
            r"(?:\s+fiscal|\s+calendar)?[\s-]+quarter\b(?:\s+of\s+(?P<y>(?:19|20)\d{2}|this\s+year"
            r"|last\s+year|next\s+year))?"
        )
        + r"|\bQ(?P<q>[1-4])(?:\s+(?P<y2>(?:19|20)\d{2}))?\b",
    ),
    (
        "fiscal_period",
        _ci(
            r"\bthe\s+(?:(?P<which>latest|most\s+recent|recent|just-ended|same|year-ago|"
            r"year-earlier|current|fiscal)\s+)?(?P<unit>quarter|period)\b(?!\s+of\b)"
            r"|\b(?P<ago>year-ago|year-earlier)\b"
            r"|\b(?:the\s+(?P<y>(?:19|20)\d{2})|(?P<ry>this|last|next)\s+year(?:'s|’s))\s+"
            r"(?:fiscal\s+)?(?P<unit2>quarter|period)\b"
        ),
    ),
    (
        "half",
        _ci(
            r"\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
            r"(?:(?P<y>(?:19|20)\d{2})|(?P<ry>this|last|next)\s+year)\b"
        ),
    ),
    (
        "year",
        rf"(?:(?P<edge>{_ci(_EDGE + '|the end of|the start of|the beginning of|the middle of')})"
        rf"[\s-]+)?(?:(?P<fiscal>{_ci('fiscal|FY')})\s*)?\b(?P<y>(?:1[89]|20)\d{{2}})\b"
        rf"(?![.,]\d|%|\s*(?:-|–)\s*\d{{4}}\b)",
    ),
    ("decade", r"\b(?:the\s+)?(?:(?P<c>1[89]|20)(?P<d>\d)0s|'(?P<d2>\d)0s)\b"),
    (
        "century",
        _ci(
            r"\b(?:the\s+)?(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century\b"
            r"|\b(?:the\s+)?(?P<w>nineteenth|twentieth|twenty-first)[\s-]+century\b"
        ),
    ),
    (
        "spelled_year",
        rf"(?:(?P<mon>{_MONTH_FULL})\s+)?"
        + _ci(
            rf"\b(?:the\s+year\s+)?(?P<c>nineteen|eighteen)\s+(?P<t>{_TENS_WORDS})"
            rf"(?:[\s-](?P<u>{_UNIT_WORDS}))?\b"
            rf"|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<u2>{_UNIT_WORDS}))?\b"
        ),
    ),
    (
        "holiday",
        rf"(?:(?P<rel>{_ci('last|next|this|this past')})\s+)?\b(?P<hol>Christmas(?:\s+Day|\s+Eve)?"
        r"|New\s+Year(?:'s|’s)\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?)\b",
    ),
    (
        "vague",
        _ci(
            r"\b(?:(?:in|over|during|within|for)\s+)?the\s+(?:coming|next|past|last|recent|"
            r"previous)\s+(?:few\s+|several\s+)?(?P<unit>days|weeks|months|years)\b"
            r"|\b(?:in\s+)?(?:coming|recent)\s+(?P<unit2>days|weeks|months|years|decades)\b"
            r"|\bthe\s+(?P<unit3>days|weeks|months|years)\s+ahead\b"
        ),
    ),
    ("long_adj", _ci(r"\b(?P<unit>hour|day|week|month|year|decade)(?P<pl>s)?-long\b")),
    ("vague_for", _ci(r"(?<=\bfor\s)(?P<unit>days|weeks|months|years|decades)\b")),
    (
        "ref",
        _ci(
            r"\b(?P<word>now|currently|nowadays|recently|at\s+present|the\s+past|the\s+future"
            r"|right\s+now|these\s+days|current)\b"
        ),
    ),
    (
        "the_year",
        _ci(
            r"\bthe\s+(?P<mods>(?:full\s+|entire\s+|whole\s+|current\s+|fiscal\s+)*)year\b"
            r"(?![-’']|s\b)"
            r"(?!\s+(?:\d|two\s+thousand|nineteen|before|after|earlier|later|ago|previous|of\b))"
            r"(?P<ended>\s+(?:ended|ending|to)\b)?"
        ),
    ),
    (
        "duration",
        _ci(
            rf"\b(?P<n>{_NUMW}|\d+(?:\.\d+)?)(?P<half>\s+1/2|\s*½)?(?:\s+|-)"
            rf"(?:{_UNIT_MODIFIERS}\s+)?(?P<unit>{_UNIT}|quarters(?!\s+of\b))\b(?!-old|\s+old)"
            r"(?:-long)?"
            r"(?P<and_half>\s+and\s+a\s+half)?"
        ),
    ),
    (
        "set",
        _ci(
            r"\b(?:every|each)\s+(?P<unit>day|week|month|year|morning|night)\b|\b(?P<adv>daily|"
            r"weekly|monthly)\b"
        ),
    ),
    (
        "clock",
        _ci(
            r"\b(?P<h>[0-2]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
            r"|\b(?P<word>noon|midday|midnight)\b"
            r"|\b(?P<h24>[01]?\d|2[0-3]):?(?P<mi24>[0-5]\d)\s*(?:UTC|GMT|local\s+time)\b"
        ),
    ),
]


_WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PLURAL_UNITS = ("days", "weeks", "months", "years", "decades")
#: Words (lower case) of which every match of a pattern holds one: a pattern runs
#: over a text only when one of them is in it. Substring tests are far cheaper than
#: a regex scan, and most texts lack most of the rarer patterns' words.
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "numeric": ("/",),
    "weekday": _WEEKDAY_WORDS,
    "dayword": ("today", "yesterday", "tomorrow", "tonight", "night"),
    "this_part": ("morning", "afternoon", "evening"),
    "relunit": ("week", "month", "year", "quarter", "decade"),
    "weekend": ("weekend",),
    "ago": ("ago", "earlier", "later", "before", "after", "now", "hence"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "thatday": ("that", "same", "next", "following", "previous", "the day"),
    "refday": ("previous", "preceding", "next", "following", "before", "after"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "fiscal_period": ("quarter", "period", "year-ago", "year-earlier"),
    "half": ("half", "quarters"),
    "decade": ("0s",),
    "century": ("century",),
    "spelled_year": ("nineteen", "eighteen", "thousand"),
    "holiday": ("christmas", "year", "thanksgiving", "easter"),
    "year_end": ("end",),
    "vague": _PLURAL_UNITS,
    "vague_for": _PLURAL_UNITS,
    "long_adj": ("-long",),
    "the_year": ("year",),
    "set": ("every", "each", "daily", "weekly", "monthly"),
}


def _a_with_plural(groups: dict[str, str]) -> bool:
    return groups.get("n", "").lower() in {"a", "an"} and groups["unit"].lower().endswith("s")


class TimeFinder:
    """The compiled patterns; one scan of a text yields non-overlapping candidates."""

    def __init__(self) -> None:
        self._patterns = [(name, re.compile(p), _TRIGGERS.get(name)) for name, p in _PATTERNS]
        self._rank = {name: i for i, (name, _) in enumerate(_PATTERNS)}

    def scan(self, text: str) -> list[RawMatch]:
        found: list[RawMatch] = []
        lower = text.lower()
        for name, pattern, triggers in self._patterns:
            if triggers is not None and not any(t in lower for t in triggers):
                continue
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    if name == "duration" and _a_with_plural(groups):
                        continue  # `a decades-long feud`: the article is not a count
                    found.append(RawMatch(m.start(), m.end(), name, groups))
        found.sort(key=lambda r: (-(r.end - r.start), self._rank[r.pattern], r.start))
        # Longest first; a match overlapping one already taken loses. The taken ones do
        # not overlap, so in start order their ends rise too: only the last one starting
        # before a candidate ends can reach into it.
        taken: list[tuple[int, int]] = []
        kept: list[RawMatch] = []
        for cand in found:
            before = bisect_left(taken, (cand.end,))
            if before and taken[before - 1][1] > cand.start:
                continue
            insort(taken, (cand.start, cand.end))
            kept.append(cand)
        kept.sort(key=lambda r: r.start)
        return kept


# ---------------------------------------------------------------- resolution


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _week_value(day: dt.date) -> tuple[str, str]:
    monday, sunday = week_of(day)
    year, week, _ = monday.isocalendar()
    return f"{monday.isoformat()}/{sunday.isoformat()}", f"{year}-W{week:02d}"


_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _day(day: dt.date, reason: str, part: str | None = None) -> Resolved:
    # the value stays the day (precision `day`); TimeML's value adds the part of
    # the day: `Friday night` is 1998-02-06TNI, `this morning` 1998-02-06TMO
    timex = day.isoformat()
    if part:
        code = _PART_CODES[part.lower()]
        return Resolved("date", timex, "day", f"{reason} ({part.lower()})", f"{timex}T{code}")
    return Resolved("date", timex, "day", reason, timex)


def _month(year: int, month: int, reason: str) -> Resolved:
    value = f"{year:04d}-{month:02d}"
    return Resolved("date", value, "month", reason, value)


def _year(year: int, reason: str) -> Resolved:
    return Resolved("date", f"{year:04d}", "year", reason, f"{year:04d}")


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _unresolved(reason: str, timex: str | None = None) -> Resolved:
    return Resolved("date", None, None, reason, timex)


def _weekday(
    target: int, pub: dt.date, tense: Tense | None, rel: str, part: str | None
) -> Resolved:
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if rel in {"last", "previous"}:
        return _day(pub - dt.timedelta(days=back or 7), "last weekday: the one before", part)
    if rel == "next":
        return _day(pub + dt.timedelta(days=ahead or 7), "next weekday: the one after", part)
    if rel in {"coming", "upcoming", "this upcoming"}:
        return _day(pub + dt.timedelta(days=ahead or 7), "coming weekday: the one after", part)
    if rel == "this coming" or tense in {"future", "conditional"}:
        return _day(pub + dt.timedelta(days=ahead), "weekday, future: on or after", part)
    if rel in {"until", "by"} and tense != "past":
        return _day(pub + dt.timedelta(days=ahead), "weekday, until/by: on or after", part)
    if rel == "this past":
        return _day(pub - dt.timedelta(days=back or 7), "this past weekday", part)
    return _day(pub - dt.timedelta(days=back), "weekday: latest on or before", part)


def _month_only(month: int, pub: dt.date, tense: Tense | None, rel: str, rel_year: str) -> Resolved:
    if rel_year:
        offset = {"this": 0, "last": -1, "next": 1}[rel_year]
        return _month(pub.year + offset, month, f"month of {rel_year} year")
    if rel in {"last", "this past"}:
        # `last April` in October is this year's April: the latest one before this month
        year = pub.year if month < pub.month else pub.year - 1
        return _month(year, month, f"{rel} month name: the latest one before")
    if rel == "next" or rel == "this coming":
        year = pub.year if month > pub.month else pub.year + 1
        return _month(year, month, "next month name: the one after")
    if rel == "this":
        return _month(pub.year, month, "this month name: the publication year")
    if tense == "future" or (tense == "conditional" and 0 <= (month - pub.month) % 12 <= 6):
        year = pub.year if month >= pub.month else pub.year + 1
        return _month(year, month, "month, future: on or after")
    if tense != "past" and 1 <= (month - pub.month) % 12 <= 5:
        year = pub.year if month > pub.month else pub.year + 1
        return _month(year, month, "month, not past tense: the nearest, ahead")
    year = pub.year if month <= pub.month else pub.year - 1
    return _month(year, month, "month: latest on or before")


def _day_month(day: int, month: int, pub: dt.date, tense: Tense | None) -> Resolved | None:
    candidates = [
        d for d in (_safe_date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)) if d
    ]
    if not candidates:
        return None
    if tense == "past":
        past = [d for d in candidates if d <= pub]
        soon = [d for d in candidates if 0 < (d - pub).days <= 62]
        if past and soon and (pub - max(past)).days > 300:
            return _day(min(soon), "day without year: weeks ahead, not a year back")
        if past:
            return _day(max(past), "day without year, past: latest on or before")
    if tense == "conditional":
        soon = [d for d in candidates if 0 <= (d - pub).days <= 183]
        if soon:
            return _day(min(soon), "day without year, would: on or after")
    if tense == "future":
        future = [d for d in candidates if d >= pub]
        if future:
            return _day(min(future), "day without year, future: on or after")
    past = [d for d in candidates if 0 <= (pub - d).days <= 300]
    if past and tense in {None, "conditional"}:
        return _day(max(past), "day without year: latest on or before")
    best = min(candidates, key=lambda d: abs((d - pub).days))
    return _day(best, "day without year: nearest")


def _count(text: str) -> int | None:
    text = " ".join(text.lower().split())
    if text in {"a", "an", "one"}:
        return 1
    if text in {"a couple of"}:
        return 2
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def _shift(base: dt.date, unit: str, n: int) -> tuple[dt.date, str]:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return base + dt.timedelta(days=n), "day"
    if unit in _SUB_DAY:
        return base, "day"  # `an hour later`: the same day
    if unit in {"week", "fortnight"}:
        return base + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)), "week"
    if unit == "month":
        y, m = _add_months(base.year, base.month, n)
        return dt.date(y, m, min(base.day, 28)), "month"
    if unit == "decade":
        return dt.date(base.year + 10 * n, 1, 1), "year"
    return dt.date(base.year + n, 1, 1) if unit == "year" else base, "year"


def _at_precision(day: dt.date, precision: str, reason: str) -> Resolved:
    if precision == "day":
        return _day(day, reason)
    if precision == "week":
        value, timex = _week_value(day)
        return Resolved("date", value, "week", reason, timex)
    if precision == "month":
        return _month(day.year, day.month, reason)
    return _year(day.year, reason)


_DURATION_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "year": "Y", "decade": "Y", "century": "Y", "centurie": "Y", "quarter": "Q",
}  # fmt: skip
#: `2 1/2 years` is P2Y6M: the half in the next smaller unit.
_HALVES = {"hour": "{n}H30M", "minute": "{n}M30S", "year": "{n}Y6M", "month": "{n}M15D",
           "day": "{n}DT12H", "week": "{n}W3DT12H"}  # fmt: skip


def _half_duration(n_text: str, unit: str) -> Resolved:
    base = unit.lower().rstrip("s")
    n = _count(n_text)
    if n is None or base not in _HALVES:
        return _duration(n_text, unit)
    amount = _HALVES[base].format(n=n)
    timex = f"PT{amount}" if base in _SUB_DAY else f"P{amount}"
    return Resolved("duration", None, None, "duration: not a date", timex)


_DURATION_FACTORS = {"fortnight": 2, "decade": 10, "century": 100, "centurie": 100}


def _duration(n_text: str | None, unit: str) -> Resolved:
    unit = unit.lower()
    base = unit[:-1] if unit.endswith("s") and unit[:-1] in _DURATION_CODES else unit
    code = _DURATION_CODES.get(base, "D")
    n = _count(n_text) if n_text else None
    if n is not None:
        n *= _DURATION_FACTORS.get(base, 1)
    amount = str(n) if n is not None else "X"
    timex = f"PT{amount}{code}" if base in {"second", "minute", "hour"} else f"P{amount}{code}"
    return Resolved("duration", None, None, "duration: not a date", timex)


_QUARTERS = {
    "first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3, "3": 3,
    "fourth": 4, "4th": 4, "4": 4, "final": 4, "last": 4,
}  # fmt: skip
_SET_CODES = {
    "daily": "D", "day": "D", "morning": "D", "night": "D", "weekly": "W", "week": "W",
    "monthly": "M", "month": "M", "annually": "Y", "yearly": "Y", "year": "Y",
}  # fmt: skip


def resolve(
    match: RawMatch,
    pub: dt.date | None,
    tense: Tense | None = None,
    ref: tuple[dt.date, str] | None = None,
) -> Resolved | None:
    """The meaning of ``match``; None when it turns out not to be a time expression.

    ``pub`` is the publication date (relative expressions stay unresolved without
    it), ``tense`` the tense of the clause the expression modifies, ``ref`` the
    last day the text mentioned (for ``the previous day``, ``two days later``).
    """
    g = match.groups
    name = match.pattern
    if name == "iso":
        day = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return _day(day, "ISO date") if day else None
    if name == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        year = y if y > 99 else (2000 + y if y < 50 else 1900 + y)
        month, dd = (b, a) if a > 12 else (a, b)  # month first unless it cannot be
        day = _safe_date(year, month, dd)
        return _day(day, "numeric date") if day else None
    if name in {"dmy", "mdy"} and g.get("weekof"):
        day_of = resolve(replace(match, groups={k: v for k, v in g.items() if k != "weekof"}),
                         pub, tense, ref)  # fmt: skip
        if day_of is None or day_of.value is None:
            return day_of
        return _at_precision(dt.date.fromisoformat(day_of.value), "week", "the week of a day")
    if name == "year_end":
        if pub is None:
            return _unresolved("year end, no publication date")
        return _year(pub.year, "the end of the year")
    if name in {"dmy", "mdy"}:
        month = MONTHS[g["mon"].lower().rstrip(".")]
        dd = int(g["d"])
        if "y" in g:
            day = _safe_date(int(g["y"]), month, dd)
            return _day(day, "explicit date") if day else None
        if pub is None:
            return _unresolved("day without year, no publication date")
        return _day_month(dd, month, pub, tense)
    if name == "month_year":
        return _month(int(g["y"]), MONTHS[g["mon"].lower().rstrip(".")], "explicit month")
    if name == "month_rel":
        if pub is None:
            return _unresolved("month without year, no publication date")
        rel = " ".join(g.get("rel", "").lower().split())
        return _month_only(MONTHS[g["mon"].lower()], pub, tense, rel, g.get("ry", "").lower())
    if name == "weekday":
        if pub is None:
            return _unresolved("weekday, no publication date")
        rel = " ".join(g.get("rel", "").lower().split())
        return _weekday(WEEKDAYS[g["wd"].lower()], pub, tense, rel, g.get("part"))
    if name in {"dayword", "this_part"}:
        word = " ".join(g.get("word", "today").lower().split())
        part = g.get("part")
        if word in {"tonight", "last night"}:
            part = "night"
        if pub is None:
            return _unresolved(f"{word}, no publication date")
        offset = {
            "yesterday": -1, "tomorrow": 1, "last night": -1,
            "the day before yesterday": -2, "the day after tomorrow": 2,
        }.get(word, 0)  # fmt: skip
        return _day(pub + dt.timedelta(days=offset), f"{word}: publication date {offset:+d}", part)
    if name == "relunit":
        rel = " ".join(g["rel"].lower().split())
        unit = g["unit"].lower()
        if rel in {"coming", "past"} and not g.get("edge"):
            # `the past week`, `the coming year`: a stretch of time, not a calendar unit
            return _duration("1", unit)
        if pub is None:
            return _unresolved(f"{rel} {unit}, no publication date")
        base = (_ref_for(ref, unit, pub) or pub) if rel in {"previous", "following"} else pub
        step = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1,
                "following": 1}.get(rel, 0)  # fmt: skip
        reason = f"{rel} {unit}"
        if unit == "weekend":
            saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
            if step > 0 or (step == 0 and tense == "future"):
                saturday = base + dt.timedelta(days=(5 - base.weekday()) % 7 or 7)
            return _weekend(saturday, reason)
        if unit == "week":
            if step == 0 and base.weekday() == 6 and tense != "past":
                step = 1  # on a Sunday, `this week` in what is coming is the week ahead
            value, timex = _week_value(base + dt.timedelta(weeks=step))
            return Resolved("date", value, "week", reason, timex)
        if unit == "month":
            y, m = _add_months(base.year, base.month, step)
            return _month(y, m, reason)
        if unit == "quarter":
            q = (base.month - 1) // 3 + step
            y = base.year + (q // 4)
            q = q % 4 + 1
            return Resolved("date", f"{y}-Q{q}", "quarter", reason, f"{y}-Q{q}")
        if unit == "decade":
            decade = base.year // 10 + step
            return Resolved("date", None, None, reason, f"{decade:03d}")
        return _year(base.year + step, reason)
    if name == "weekend":
        if pub is None:
            return _unresolved("weekend, no publication date")
        if tense == "future":
            saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
            return _weekend(saturday, "the weekend, future: the next one")
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        return _weekend(saturday, "the weekend: the latest one")
    if name == "ago":
        resolved = _offset(g, pub, ref)
        direction = " ".join(g["dir"].lower().split())
        unit = g["unit"].lower().rstrip("s")
        if (
            direction in {"after", "before"}
            or unit in _SUB_DAY
            or (direction in {"later", "earlier"} and _count(g["n"]) is None)
        ):
            # TimeML reads `two days after the raid` as the DURATION `two days`, with
            # `after` a signal; claimwire still dates it from the last date mentioned
            duration = _duration(g["n"], g["unit"])
            return replace(resolved, timex=duration.timex, timeml_type="DURATION")
        return resolved
    if name == "refday":
        unit = (g.get("unit") or g.get("unit2") or "day").lower()
        origin = _ref_for(ref, unit, pub)
        if origin is None:
            return _unresolved("relative day, no reference date")
        sign = -1 if g.get("prev") or g.get("dir2", "").lower() == "before" else 1
        day, precision = _shift(origin, unit, sign)
        return _at_precision(day, precision, f"the {unit} {'before' if sign < 0 else 'after'}")
    if name == "quarter":
        q_text = (g.get("ord") or g.get("q") or "").lower()
        q = _QUARTERS[q_text]
        y_text = (g.get("y") or g.get("y2") or g.get("y0") or "").lower()
        if g.get("ry0"):
            y_text = f"{g['ry0']} year"
        if y_text[:1].isdigit():
            year = int(y_text)
        elif pub is None:
            return _unresolved("quarter without year, no publication date")
        else:
            year = pub.year + {"last year": -1, "next year": 1}.get(" ".join(y_text.split()), 0)
            if not y_text and tense == "past" and dt.date(year, 3 * q - 2, 1) > pub:
                year -= 1
        if g.get("ago0"):
            year -= 1  # `the year-ago third quarter`
        return Resolved("date", f"{year}-Q{q}", "quarter", "quarter", f"{year}-Q{q}")
    if name == "fiscal_period":
        # company reports: `the quarter` is the last one completed before publication
        if pub is None:
            return _unresolved("reporting period, no publication date")
        which = " ".join(g.get("which", "").lower().split())
        if g.get("unit2"):
            # `the 1988 quarter`, `last year's period`: the reporting quarter of that year
            q = (pub.month - 1) // 3 or 4
            offset = {"last": -1, "next": 1}.get(g.get("ry", "").lower(), 0)
            year = int(g["y"]) if g.get("y") else pub.year + offset
            return _quarter_of(dt.date(year, 3 * q - 2, 1), 0, "reporting quarter of that year")
        if g.get("ago"):
            if ref is not None and ref[1] == "quarter":
                return _quarter_of(ref[0], -4, "year-ago: the same quarter a year before")
            return _year(pub.year - 1, "a year before the publication year")
        if g["unit"].lower() == "period" and which not in {
            "latest",
            "most recent",
            "year-ago",
            "year-earlier",
            "same",
        }:
            return None
        q = (pub.month - 1) // 3  # the previous quarter, 0-based from this year's first
        year = pub.year
        if which == "current":
            q += 1
        if q == 0:
            q, year = 4, year - 1
        if which in {"year-ago", "year-earlier"}:
            year -= 1
        return Resolved("date", f"{year}-Q{q}", "quarter", "reporting quarter", f"{year}-Q{q}")
    if name == "half":
        if g.get("y"):
            year = int(g["y"])
        elif pub is None:
            return _unresolved("half year, no publication date")
        else:
            year = pub.year + {"last": -1, "next": 1}.get(g["ry"].lower(), 0)
        half = 1 if g["h"].lower() == "first" else 2
        # no precision for a half year: the year holds it (TimeML: 1989-H2)
        return Resolved(
            "date", f"{year:04d}", "year", f"half {half} of the year", f"{year}-H{half}"
        )
    if name == "year":
        return _year(int(g["y"]), "fiscal year" if g.get("fiscal") else "explicit year")
    if name == "decade":
        digits = (g.get("c", "19") + g["d"]) if g.get("d") else "19" + g.get("d2", "0")
        return Resolved("date", None, None, "decade: coarser than a year", digits)
    if name == "century":
        ordinal = (
            g.get("n")
            or {"nineteenth": "19", "twentieth": "20", "twenty-first": "21"}[g["w"].lower()]
        )
        # too coarse to date an event: recognised, valued for TimeML, not reported
        return Resolved("ref", None, None, "century", f"{int(ordinal) - 1:02d}")
    if name == "spelled_year":
        return _spelled_year(g)
    if name == "holiday":
        return _holiday(g, pub, tense)
    if name == "vague":
        # `in recent weeks`, `in the coming days`: a stretch of time claimwire leaves
        # unresolved, which TimeML values as a vague duration (PXW, PXD)
        unit = g.get("unit") or g.get("unit2") or g.get("unit3") or "days"
        vague = _duration(None, unit)
        return replace(_unresolved("vague stretch of time", vague.timex), timeml_type="DURATION")
    if name == "long_adj":
        # `a day-long meeting` (P1D), `a decades-long feud` (PXY)
        return _duration(None if g.get("pl") else "1", g["unit"])
    if name == "vague_for":
        return _duration(None, g["unit"])
    if name == "ref":
        word = " ".join(g["word"].lower().split())
        code = {"recently": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
                "soon": "FUTURE_REF"}.get(word, "PRESENT_REF")  # fmt: skip
        return Resolved("ref", None, None, "vague reference", code)
    if name == "the_year":
        # `for the year ended Sept. 30`: a stretch; `sales for the full year`: the
        # report's year. Too vague to date an event, so claimwire does not report it
        if g.get("ended"):
            return _duration("1", "year")
        if pub is None:
            return Resolved("ref", None, None, "the year, no publication date")
        return Resolved("ref", None, None, "the year of the report", f"{pub.year:04d}")
    if name == "span":
        return _duration(g["n"], g["unit"])
    if name == "season":
        code = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}[
            g["season"].lower()
        ]
        if "y" in g:
            season_timex: str | None = f"{g['y']}-{code}"
        elif pub is None:
            season_timex = None
        else:
            step = {"last": -1, "next": 1}.get(g.get("rel", "").lower(), 0)
            season_timex = f"{pub.year + step}-{code}"
        return _unresolved("season: no precision for it", season_timex)
    if name == "thatday":
        origin = _ref_for(ref, g.get("unit") or "day", pub)
        if origin is None:
            return _unresolved("that day, no reference date")
        if g.get("next"):
            step = -1 if g["next"].lower() == "previous" else 1
            return _day(origin + dt.timedelta(days=step), f"the {g['next'].lower()} {g['part']}")
        unit = (g.get("unit") or g["dayphrase"]).lower()
        precision = {"day": "day", "week": "week", "month": "month"}.get(unit, "year")
        return _at_precision(origin, precision, f"that {unit}: the last date mentioned")
    if name == "duration":
        if g.get("half") or g.get("and_half"):
            return _half_duration(g["n"], g["unit"])
        return _duration(g.get("n"), g.get("unit") or g.get("unit2") or "day")
    if name == "set":
        unit = (g.get("unit") or g.get("adv") or "").lower()
        code = _SET_CODES.get(unit, "D")
        return Resolved("set", None, None, "recurring: not a date", f"P1{code}")
    if name == "clock":
        origin = _ref_for(ref, "day", pub)
        if origin is None:
            return Resolved("time", None, None, "clock time, no reference date")
        if g.get("word"):
            hour, minute = (24, 0) if g["word"].lower() == "midnight" else (12, 0)
        elif g.get("h24"):
            hour, minute = int(g["h24"]), int(g["mi24"])
        else:
            hour, minute = int(g["h"]) % 12, int(g.get("mi", "0"))
            if g["ap"].lower().startswith("p"):
                hour += 12
        return Resolved(
            "time", None, None, "clock time", f"{origin.isoformat()}T{hour:02d}:{minute:02d}"
        )
    return None


_SUB_DAY = frozenset({"second", "minute", "hour"})


def _offset(g: dict[str, str], pub: dt.date | None, ref: tuple[dt.date, str] | None) -> Resolved:
    """`two days ago` (from publication), `two days later` (from the last date)."""
    n = _count(g["n"])
    direction = " ".join(g["dir"].lower().split())
    if n is None:
        return _unresolved("vague offset", "PAST_REF" if direction == "ago" else None)
    if direction in {"ago", "from now", "hence"}:
        if pub is None:
            return _unresolved("offset, no publication date")
        if ref is not None and ref[1] == "quarter" and g["unit"].lower().startswith("year"):
            sign = -1 if direction == "ago" else 1
            return _quarter_of(ref[0], sign * n * 4, f"{n} year {direction}: that quarter")
        sign = -1 if direction == "ago" else 1
        day, precision = _shift(pub, g["unit"], sign * n)
        return _at_precision(day, precision, f"{n} {g['unit']} {direction}")
    origin = _ref_for(ref, g["unit"], pub)
    if origin is None:
        return _unresolved("offset, no reference date")
    if ref is not None and ref[1] == "quarter" and g["unit"].lower().startswith("year"):
        # `the quarter ... a year earlier`: the same quarter of the year before
        step = 1 if direction in {"later", "before"} else -1
        return _quarter_of(ref[0], step * n * 4, f"{n} year {direction} the last quarter")
    # `two days later` points forward from the last date mentioned; `a day after
    # <event>` dates the event, which came that long before it (and vice versa).
    sign = 1 if direction in {"later", "before"} else -1
    day, precision = _shift(origin, g["unit"], sign * n)
    return _at_precision(day, precision, f"{n} {g['unit']} {direction} the last date")


_WORD_DIGITS = {w: i for i, w in enumerate(_UNIT_WORDS.split("|"), start=1)}
_TENS_DIGITS = {w: i for i, w in enumerate(_TENS_WORDS.split("|"), start=2)}


def _spelled_year(g: dict[str, str]) -> Resolved:
    """`nineteen ninety-six`, `the year two thousand` (broadcast transcripts)."""
    if g.get("c"):
        century = 19 if g["c"].lower() == "nineteen" else 18
        year = century * 100 + _TENS_DIGITS[g["t"].lower()] * 10
        year += _WORD_DIGITS.get(g.get("u", "").lower(), 0)
    else:
        year = 2000 + _WORD_DIGITS.get(g.get("u2", "").lower(), 0)
    if g.get("mon"):
        return _month(year, MONTHS[g["mon"].lower()], "explicit month, year in words")
    return _year(year, "year in words")


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    h = (19 * a + b - d - (b - f + 1) // 3 + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_in(name: str, year: int) -> dt.date:
    if name.startswith("christmas"):
        return dt.date(year, 12, 24 if name.endswith("eve") else 25)
    if name.startswith("new year"):
        return dt.date(year, 12, 31) if name.endswith("eve") else dt.date(year, 1, 1)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November (US)
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return _easter(year)


def _holiday(g: dict[str, str], pub: dt.date | None, tense: Tense | None) -> Resolved:
    """`Christmas`, `last Thanksgiving`: the latest on or before publication, the next
    one when the clause looks ahead."""
    name = " ".join(g["hol"].lower().replace("’", "'").split())
    if pub is None:
        return _unresolved(f"{name}, no publication date")
    rel = " ".join(g.get("rel", "").lower().split())
    days = [_holiday_in(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if rel == "next" or (not rel and tense in {"future", "conditional"}):
        return _day(min(d for d in days if d > pub), f"{name}: the next one")
    if rel == "this":
        return _day(days[1], f"{name}: this year's")
    if rel in {"last", "this past"}:
        return _day(max(d for d in days if d < pub), f"{name}: the last one")
    return _day(max(d for d in days if d <= pub), f"{name}: the latest on or before")


def _quarter_of(day: dt.date, shift: int, reason: str) -> Resolved:
    index = day.year * 4 + (day.month - 1) // 3 + shift
    value = f"{index // 4}-Q{index % 4 + 1}"
    return Resolved("date", value, "quarter", reason, value)


_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}


def _ref_for(ref: tuple[dt.date, str] | None, unit: str, pub: dt.date | None) -> dt.date | None:
    """The date a relative offset in ``unit`` counts from: the last date mentioned if
    it is at least as fine as the unit, else the publication date."""
    unit = unit.lower().rstrip("s")
    if ref is not None and _RANK.get(ref[1], 9) <= _RANK.get(unit, 0):
        return ref[0]
    return pub


def _weekend(saturday: dt.date, reason: str) -> Resolved:
    sunday = saturday + dt.timedelta(days=1)
    year, week, _ = saturday.isocalendar()
    return Resolved(
        "date", f"{saturday.isoformat()}/{sunday.isoformat()}", "week", reason,
        f"{year}-W{week:02d}-WE",
    )  # fmt: skip


def with_edge(resolved: Resolved, edge: str | None) -> Resolved:
    """``late March`` keeps the month's value and precision; the reason says which part."""
    if not edge or resolved.value is None:
        return resolved
    return Resolved(
        resolved.kind, resolved.value, resolved.precision,
        f"{resolved.reason} ({edge.lower()})", resolved.timex,
    )  # fmt: skip
