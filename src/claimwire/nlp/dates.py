"""Finds time expressions and resolves them against the publication date.

Every expression the patterns of :mod:`claimwire.nlp._time` find is read in its
clause: the tense of the verb it modifies decides between the last and the next
such day (``said on Wednesday`` vs ``will meet on Wednesday``), and the last
day the text mentioned anchors ``the previous day`` and ``two days later``.
Durations, recurring times and clock times are recognised so that they are not
mistaken for dates, and are not reported. ``since last week`` is a date with
``anchor=True``: the start of something, not the time of an event.

:func:`date_for_token` gives other components the date that modifies a verb
(the speech act of a claim, the time of an event).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimwire.nlp import extensions as ext
from claimwire.nlp._time import RawMatch, Resolved, Tense, TimeFinder, resolve, with_edge
from claimwire.records import DateMention
from claimwire.records import Span as TextSpan

__all__ = ["DateResolver", "TimeExpression", "clause_tense", "date_for_token", "time_expressions"]

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "’ll"})
_FUTURE_HEADS = frozenset(
    {"plan", "schedule", "expect", "due", "set", "intend", "going", "prepare", "aim", "propose",
     "hope", "vow", "pledge", "promise", "threaten", "want"}
)  # fmt: skip
_FUTURE_NOUNS = frozenset(
    {"deadline", "vote", "election", "summit", "meeting", "talks", "visit", "hearing", "referendum",
     "poll", "conference", "session", "ballot", "runoff", "inauguration"}
)  # fmt: skip
_REPORTING = frozenset(
    {"say", "tell", "claim", "report", "announce", "state", "add", "insist", "warn", "note",
     "write", "tweet", "confirm", "deny", "accuse", "allege", "argue", "admit", "acknowledge"}
)  # fmt: skip
_SCHEDULING = frozenset({"schedule", "plan", "expect", "slate", "due", "reschedule"})
_PRESENT_BE = frozenset({"is", "are", "am", "be", "'s", "'re"})
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:as\s+(?:soon|early)\s+as|effective|starting|no\s+later\s+than|until|till|"
    r"through|pending|by|due|before)\s+$"
)
_NEAR_PATTERNS = frozenset({"weekday", "dayword", "weekend", "this_part"})
_MONTH_PATTERNS = frozenset({"month_rel", "dmy", "mdy"})
_ANCHOR_BEFORE = re.compile(r"(?i)\b(?:since|ever\s+since)\s+$")
_UNIT_AFTER = re.compile(r"^\s*(?:%|percent|per\s+cent|km|miles?|kilomet|metres?|meters?)", re.I)
_MONEY_BEFORE = re.compile(r"[$£€¥]\s*$")
#: Entity labels of names that contain years without dating anything (`Euro 2024`).
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT"})
_MONTH_AMBIGUOUS = frozenset({"may", "march"})
_MONTH_CUES = frozenset(
    {"in", "on", "since", "by", "until", "till", "from", "to", "through", "during", "last", "next",
     "this", "early", "late", "mid", "of", "before", "after", "and", "or", "between", "the"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression of a Doc, whatever its kind (date, duration, set...)."""

    start: int
    end: int
    text: str
    resolved: Resolved
    anchor: bool = False


def clause_tense(span: Span) -> Tense | None:
    """The tense of the verb ``span`` modifies: past, present, future or conditional
    (``would``). A date that modifies a noun takes the tense of what such nouns
    mostly name in news: past (``Saturday's attack``), future for scheduled things
    (``the March 26 deadline``). None when nothing tells."""
    return _clause(span)[0]


def _clause(span: Span) -> tuple[Tense | None, bool]:
    """The tense of :func:`clause_tense`, and whether it is firm: said by a verb
    (``remained there until March 3``) or by the noun the date names the time of
    (``the December revolution``), rather than guessed from a noun it hangs on
    through a preposition (``a mission in December``)."""
    token = span.root
    if span.start > 0:
        before = span.doc[span.start - 1]
        if before.tag_ == "VBD" and before.lemma_.lower() in _REPORTING:
            return "past", True  # `said Sunday (that) ...`: the parse may hang it on the quote
    verb: Token | None = None
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            verb = token
            break
        if token.pos_ in {"NOUN", "PROPN"} and token not in span:
            # the date modifies a noun: `the December revolution`, `Saturday's blasts`
            # happened; `the March 26 deadline` is yet to come
            # firm when the date names the noun's time itself (`the December
            # revolution`), not when it hangs on it through a preposition
            firm = span.root.head == token and span.root.dep_ != "prep"
            return ("future" if token.lemma_.lower() in _FUTURE_NOUNS else "past"), firm
        if token.head == token:
            break
        token = token.head
    if verb is None:
        return None, False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    lowers = {a.lower_ for a in auxes}
    lemma = verb.lemma_.lower()
    if lowers & _FUTURE_AUX:
        return "future", False
    if "would" in lowers:
        return "conditional", False  # future seen from a past statement: `said it would end by May`
    if "to" in lowers and (verb.tag_ == "VB" or "be" in lowers):
        # `plans to meet on Friday`, `guidelines to be published in November`
        head = verb.head
        if head.lemma_.lower() in _FUTURE_HEADS or head.lower_ == "going":
            return "future", False
        if head.lemma_.lower() == "be" and head.tag_ in {"VBZ", "VBP"}:
            return "future", False  # `is to meet on Friday`
        return None, False
    if verb.tag_ in {"VBD", "VBN"} and (
        lemma in _SCHEDULING or (lemma == "set" and any(c.lower_ == "for" for c in verb.children))
    ):
        # `the summit, scheduled for April`; `expected in December`: ahead of the
        # statement, which may itself lie in the past
        return "conditional", False
    if verb.tag_ == "VBN" and not any(a.tag_ == "VBD" for a in auxes) and lowers & _PRESENT_BE:
        return None, False  # present passive: `when the case is heard in May`
    if verb.tag_ in {"VBD", "VBN"} or any(a.tag_ == "VBD" for a in auxes):
        return "past", True
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re"}:
        return "future", False  # `is meeting on Friday`
    if verb.tag_ in {"VBZ", "VBP"}:
        if verb.dep_ in {"advcl", "conj"} and verb.head.tag_ == "VBD":
            return "past", False  # `chanted as they march Thursday`
        # `says Thursday` reports; `the court rules Wednesday` announces what is coming
        return ("present" if lemma in _REPORTING else "future"), False
    return None, False


def _tense_with_cues(span: Span, text: str, match: RawMatch) -> Tense | None:
    """The clause's tense, turned forward by words that point ahead of them:
    `as soon as Tuesday`, `effective Feb. 1`, `until mid-November`. The cue makes
    it ``conditional``: ahead when the day comes soon, else the latest one before
    (`did not leave until March 10`). A weekday is near either way, so there a
    verb in the past keeps it in the past."""
    tense, firm = _clause(span)
    if tense == "future":
        return tense
    cue = _FUTURE_CUE.search(text[max(0, match.start - 24) : match.start])
    if cue and not (tense == "past" and firm and match.pattern in _NEAR_PATTERNS):
        return "conditional"
    if tense == "past" and not firm and match.pattern in _MONTH_PATTERNS:
        return None  # `a mission in December`: the noun tells nothing of when
    return tense


class DateResolver:
    """Finds time expressions and resolves them against the publication date."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.finder = TimeFinder()

    def __call__(self, doc: Doc) -> Doc:
        dates = ext.dates(doc)
        for expr in time_expressions(doc, self.finder):
            if expr.resolved.kind != "date":
                continue
            dates.append(
                DateMention(
                    span=TextSpan(expr.start, expr.end, expr.text),
                    value=expr.resolved.value,
                    precision=expr.resolved.precision,  # type: ignore[arg-type]
                    reason=expr.resolved.reason,
                    anchor=expr.anchor,
                )
            )
        return doc


_DEFAULT_FINDER: TimeFinder | None = None


def time_expressions(doc: Doc, finder: TimeFinder | None = None) -> list[TimeExpression]:
    """Every time expression of ``doc``, resolved against ``doc._.cw_published``."""
    global _DEFAULT_FINDER
    if finder is None:
        finder = _DEFAULT_FINDER = _DEFAULT_FINDER or TimeFinder()
    pub = ext.publication_date(doc)
    text = doc.text
    found: list[TimeExpression] = []
    ref: tuple[dt.date, str] | None = None
    quarter_ref: tuple[dt.date, str] | None = None
    for match in finder.scan(text):
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or not len(span) or not _plausible(match, span, text):
            continue
        anchor_ref = ref
        if (
            quarter_ref is not None
            and match.pattern in {"ago", "fiscal_period"}
            and _YEAR_OFFSET.search(match.groups.get("unit", "") or "ago")
        ):
            # reporting on a quarter: `a year earlier` is the same quarter a year before
            anchor_ref = quarter_ref
        resolved = resolve(match, pub, _tense_with_cues(span, text, match), anchor_ref)
        if resolved is None:
            continue
        resolved = with_edge(resolved, match.groups.get("edge"))
        anchor = bool(_ANCHOR_BEFORE.search(text[max(0, match.start - 12) : match.start]))
        found.append(
            TimeExpression(match.start, match.end, text[match.start : match.end], resolved, anchor)
        )
        if resolved.value and resolved.precision in {"day", "month", "quarter", "year"}:
            ref = (_first_day(resolved.value), resolved.precision)
            if (
                resolved.precision == "quarter"
                and match.pattern != "ago"
                and (pub is None or (pub - ref[0]).days < 366)
            ):
                # the quarter reported on, not the year-ago one it is compared with
                quarter_ref = ref
    return _with_clock_times(found, text)


_YEAR_OFFSET = re.compile(r"(?i)^(?:years?|ago)$")
_CLOCK_GLUE = re.compile(r"(?i)^(?:\s+(?:[A-Z]{2,4}T|GMT|UTC|local\s+time))?\s*,?\s*(?:on\s+)?$")
_DAY_GLUE = re.compile(r"(?i)^\s*,?\s*(?:at|from|around|about|by)?\s*$")


def _with_clock_times(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """`9 a.m. Tuesday`, `Tuesday at 9 a.m.`: one expression, the day with its time."""
    merged: list[TimeExpression] = []
    for expr in found:
        last = merged[-1] if merged else None
        pair = None
        if last is not None:
            between = text[last.end : expr.start]
            if last.resolved.kind == "time" and expr.resolved.precision == "day":
                if _CLOCK_GLUE.match(between):
                    pair = (expr, last)
            elif (
                expr.resolved.kind == "time"
                and last.resolved.precision == "day"
                and _DAY_GLUE.match(between)
            ):
                pair = (last, expr)
        if pair is None or last is None:
            merged.append(expr)
            continue
        day, clock = pair
        hours = (clock.resolved.timex or "T").split("T", 1)[1]
        resolved = Resolved(
            "date",
            day.resolved.value,
            "day",
            f"{day.resolved.reason}, at a stated time",
            f"{day.resolved.value}T{hours}" if hours else day.resolved.timex,
        )
        merged[-1] = TimeExpression(
            last.start, expr.end, text[last.start : expr.end], resolved, day.anchor
        )
    return merged


def _first_day(value: str) -> dt.date:
    if "-Q" in value:
        year, quarter = value.split("-Q")
        return dt.date(int(year), 3 * int(quarter) - 2, 1)
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _plausible(match: RawMatch, span: Span, text: str) -> bool:
    """Filters that need the parse: bare years and bare `May`/`March`."""
    if match.pattern == "year" and not match.groups.keys() & {"edge", "fiscal"}:
        if _MONEY_BEFORE.search(text[max(0, match.start - 2) : match.start]):
            return False
        if _UNIT_AFTER.match(text[match.end : match.end + 12]):
            return False
        token = span[-1]
        if token.ent_type_ in _NAME_LABELS:
            return False
        prev = token.nbor(-1) if token.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ != "DATE":
            return False  # `Global Terrorism Index 2025`, `Euro 2024`: part of a name
        # `2000 people`: a count, not a year
        return not (token.dep_ == "nummod" and token.head.tag_ in {"NNS", "NNPS"})
    if match.pattern == "duration" and match.groups.get("n", "").lower() in {"a", "an"}:
        if match.groups["unit"].lower() == "second" and span[-1].pos_ == "ADJ":
            return False  # `a second attack`: an ordinal
        # a rate, not a stretch of time: `$500 million a year`, `four flights a week`
        first = span[0]
        prev = first.nbor(-1) if first.i > 0 else None
        return prev is None or not (prev.like_num or prev.tag_ in {"CD", "NNS", "NNPS"})
    if match.pattern == "month_rel" and not match.groups.keys() & {"edge", "rel", "ry"}:
        month = next((t for t in span if t.lower_ in _MONTH_AMBIGUOUS), None)
        if month is not None:
            before = month.nbor(-1).lower_ if month.i > 0 else ""
            return before in _MONTH_CUES or month.ent_type_ == "DATE"
    return True


def date_for_token(doc: Doc, token: Token) -> DateMention | None:
    """The date that syntactically modifies ``token`` (a verb or event noun), if any.

    A date counts when its head word hangs directly on ``token`` (``said
    Wednesday``: npadvmod; ``gathered on Thursday``: through ``on``), or through a
    preposition (``on``, ``in``, ``at``, ``during``, ``by``) attached to it, or as a
    possessive of an event noun (``Saturday's blasts``). Anchors (``since last
    week``) are skipped: they date the start of a state, not ``token``.
    Uses the mentions ``claimwire_dates`` left in ``doc._.cw_dates``.
    """
    for mention in ext.dates(doc):
        if mention.anchor:
            continue
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.head == token and root.i != token.i:
            return mention
        head = root.head
        if root.dep_ == "pobj" and head.dep_ == "prep" and head.head == token:
            return mention
    return None


@Language.factory("claimwire_dates")
def make_dates(nlp: Language, name: str) -> DateResolver:
    return DateResolver(nlp, name)
