"""Resolution: which gazetteer entry each place-name mention of an article means.

A mention's candidates are scored by

- a prior: population (log scale), feature level (countries, then regions named
  with a region word, then capitals), how the name matched (own name, alternate
  name, or only the bare name of an admin unit);
- the article's context: countries its other mentions point to, and first-level
  regions it names (``Sudzha`` beside ``Kursk region`` → the Russian Sudzha);

and all mentions of one name in an article take one sense (the best summed score).
Sites without candidates (streets: ``on Royal Street``) are placed in the
article's main town, the town its place mentions name most often.
``resolve(..., baseline=True)`` is the population-only baseline the benchmark
compares with.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from claimwire.geo.gazetteer import NAME_ALTERNATE, NAME_BASE, Candidate, Gazetteer, GazetteerEntry

__all__ = ["Mention", "resolve"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place-name mention: token offsets, lookup key and gazetteer candidates."""

    start: int
    end: int
    key: str
    candidates: tuple[Candidate, ...]
    region: bool = False  # named with an admin word: "Kursk region", "Idlib province"
    part: str | None = None
    metonym: bool = False
    #: A party rather than a place if it names a city ("agreement with Cairo", "aid
    #: for Kyiv"): capitals stand for governments, countries there are places.
    party_if_city: bool = False
    #: Whether the mention tells where the article's other places are: not so for
    #: a region naming an institution or team ("Mississippi State beat Louisville").
    context: bool = True
    #: A street or square no gazetteer holds ("on Royal Street"): it has no
    #: candidates and is placed in the article's main town.
    site: bool = False


def prior(candidate: Candidate, region: bool) -> float:
    """How likely a candidate is before looking at the rest of the article."""
    entry = candidate.entry
    score = 0.8 * math.log10(entry.population + 1)
    level = entry.level
    if level == "country":
        score += 4.0
    elif level == "admin1":
        score += 4.0 if region else 0.5
    elif level == "admin2":
        score += 3.0 if region else 0.0
    elif level in {"region", "feature"}:
        # claimwire's own list of named areas and GeoNames continents are the ones
        # news means; other features are rarely meant by a bare name.
        score += 9.0 if entry.id < 0 or entry.feature_code == "CONT" else 1.0
    elif level == "city":
        if entry.is_capital:
            score += 2.0
        if region:
            score -= 2.0
    if candidate.kind == NAME_BASE and not region:
        score -= 4.0
    elif candidate.kind == NAME_ALTERNATE:
        score -= ALTERNATE_PENALTY
    return score


#: Context weights: a candidate in a country the article's other names point to
#: gains ``CONTEXT_BASE + CONTEXT_SHARE * share`` (share of the top country's votes);
#: a first-level region gains ``SIBLING_ADMIN`` when the article names another one
#: of the same country.
CONTEXT_BASE = 1.0
CONTEXT_SHARE = 3.0
SIBLING_ADMIN = 2.0
#: A second-level unit in the first-level region of a town the article names.
COUNTY_OF_TOWN = 1.0
#: A city or unit inside a first-level region the article names by another name.
NAMED_REGION = 3.0
#: How much less likely a match by an alternate name is than one by the own name.
ALTERNATE_PENALTY = 0.7

_PRIORS: dict[tuple[int, int, bool], float] = {}


def _prior(candidate: Candidate, region: bool) -> float:
    key = (candidate.entry.id, candidate.kind, region)
    value = _PRIORS.get(key)
    if value is None:
        if len(_PRIORS) > 500_000:
            _PRIORS.clear()
        value = _PRIORS[key] = prior(candidate, region)
    return value


@dataclass(frozen=True, slots=True)
class _Scored:
    """A mention's candidates with their priors, and what the context rules need."""

    candidates: tuple[Candidate, ...]
    scores: list[tuple[float, GazetteerEntry]]
    #: A capital or a city of 100,000+ has the name ("Washington", "New York").
    city_named: bool
    #: The population of the biggest city candidate.
    biggest: int


_SCORED: dict[tuple[int, bool], _Scored] = {}


def _scored(mention: Mention) -> list[tuple[float, GazetteerEntry]]:
    return _scored_full(mention).scores


def _scored_full(mention: Mention) -> _Scored:
    # Candidate tuples are shared by the gazetteer's cache, so their priors are too.
    key = (id(mention.candidates), mention.region)
    hit = _SCORED.get(key)
    if hit is not None and hit.candidates is mention.candidates:
        return hit
    if len(_SCORED) > 200_000:
        _SCORED.clear()
    scores = [(_prior(c, mention.region), c.entry) for c in mention.candidates]
    if not mention.region:
        # A bare name shared by a region and its big city means the city: "New York".
        cities = {
            (e.country, e.admin1)
            for _, e in scores
            if e.level == "city" and e.population >= 100_000
        }
        scores = [
            (s - 3.0 if e.level == "admin1" and (e.country, e.admin1) in cities else s, e)
            for s, e in scores
        ]
    city_entries = [e for _, e in scores if e.level == "city"]
    scored = _SCORED[key] = _Scored(
        mention.candidates,
        scores,
        any(e.is_capital or e.population >= 100_000 for e in city_entries),
        max((e.population for e in city_entries), default=0),
    )
    return scored


def resolve(
    mentions: Sequence[Mention], gazetteer: Gazetteer, *, baseline: bool = False
) -> list[tuple[Mention, GazetteerEntry]]:
    """The entry each mention refers to, in the order of ``mentions``."""
    named = [m for m in mentions if m.candidates]
    if baseline:
        found = [
            (m, max(m.candidates, key=lambda c: (c.entry.population, -c.entry.id)).entry)
            for m in named
        ]
    else:
        found = _resolve_named(named)
    if len(named) == len(mentions):
        return found
    return _with_sites(mentions, found)


def _with_sites(
    mentions: Sequence[Mention], found: list[tuple[Mention, GazetteerEntry]]
) -> list[tuple[Mention, GazetteerEntry]]:
    """``found`` with the article's sites placed in its main town: the town its
    place mentions (not metonyms, unless there are no others) name most often,
    the first of equals."""
    towns: Counter[int] = Counter()
    first: dict[int, GazetteerEntry] = {}
    # Town names standing for a body ("Winnipeg police") still say where the story
    # is, when no town is named as a place.
    for metonyms in (False, True):
        for mention, entry in found:
            if entry.level == "city" and mention.metonym is metonyms:
                towns[entry.id] += 1
                first.setdefault(entry.id, entry)
        if towns:
            break
    if not towns:
        return found
    top = max(towns.values())
    town = next(entry for entry_id, entry in first.items() if towns[entry_id] == top)
    by_mention = {id(m): e for m, e in found}
    placed = []
    for mention in mentions:
        chosen = by_mention.get(id(mention)) if mention.candidates else town
        if chosen is not None:
            placed.append((mention, chosen))
    return placed


def _resolve_named(mentions: Sequence[Mention]) -> list[tuple[Mention, GazetteerEntry]]:
    full = [_scored_full(m) for m in mentions]
    scored = [f.scores for f in full]
    # First pass: the article's countries and first-level regions, from each
    # mention's best candidate on priors alone.
    countries: Counter[str] = Counter()
    own_votes: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
    # Each first-level region the article names, with the names it was named by.
    admins: dict[tuple[str, str], set[str]] = defaultdict(set)
    # Mentions whose best reading on priors is a region or country: a city namesake
    # inside a co-mentioned region does not outweigh that ("Missouri" beside
    # "Montana" is the state, not a town in Montana called so).
    admin_read: set[tuple[str, bool]] = set()
    # First-level regions of the towns the article names: a county of the same
    # name in each of several states is the one beside those towns.
    towns_in: set[tuple[str, str]] = set()
    for mention, scores in zip(mentions, scored, strict=True):
        if not scores:
            continue
        best = max(scores, key=lambda pair: pair[0])[1]
        if best.level in {"country", "admin1"}:
            admin_read.add((mention.key, mention.region))
        if best.country:
            confident = len(scores) == 1 or best.level in {"country", "admin1"}
            vote = 2 if confident else 1
            countries[best.country] += vote
            if best.level == "country":
                # A country name backs its own reading (Georgia the country), so
                # it is not counted as context for itself.
                own_votes[mention.key, mention.region][best.country] += vote
        if best.level == "admin1" and mention.context:
            admins[best.country, best.admin1].add(mention.key)
        if best.level == "city" and mention.context and not mention.metonym:
            towns_in.add((best.country, best.admin1))
    top = max(countries.values(), default=0)
    # First-level regions named per country: a list of states ("Oregon, Nevada and
    # Wyoming") reads an ambiguous member as one more state.
    admins_of: Counter[str] = Counter(country for country, _ in admins)

    # One sense per name per article: sum each entry's score over the name's mentions.
    totals: dict[tuple[str, bool], dict[int, float]] = defaultdict(lambda: defaultdict(float))
    entries: dict[int, GazetteerEntry] = {}
    bonus: dict[tuple[int, tuple[str, bool]], float] = {}
    for mention, facts in zip(mentions, full, strict=True):
        scores = facts.scores
        group_key = (mention.key, mention.region)
        group = totals[group_key]
        if len(scores) == 1:  # nothing to choose between
            entry = scores[0][1]
            entries[entry.id] = entry
            group[entry.id] += 1.0
            continue
        own = own_votes.get(group_key)
        # A capital or big city of the name keeps it from being read as one more
        # region of a list ("Washington", "New York").
        city_named, biggest = facts.city_named, facts.biggest
        # Regions named in the article lift the places inside them, unless the
        # name reads best as a region or country itself.
        regions_help = bool(admins) and group_key not in admin_read
        for score, entry in scores:
            cache_key = (entry.id, group_key)
            extra = bonus.get(cache_key)
            if extra is None:
                extra = 0.0
                # The context is what the *other* names of the article point to.
                share = countries.get(entry.country, 0) - (own[entry.country] if own else 0)
                if share > 0:
                    extra += CONTEXT_BASE + CONTEXT_SHARE * share / top
                if entry.level == "admin2" and (entry.country, entry.admin1) in towns_in:
                    extra += COUNTY_OF_TOWN
                if entry.level == "admin1" and not city_named:
                    named = admins_of.get(entry.country, 0)
                    named -= (entry.country, entry.admin1) in admins
                    if named > 0:
                        extra += SIBLING_ADMIN
                bonus[cache_key] = extra
                entries[entry.id] = entry
            if regions_help and entry.level != "admin1":
                # A place in a region the article names by another name: "Sudzha"
                # with "Kursk region" (not "Wales" the town with "Wales" the country).
                named_by = admins.get((entry.country, entry.admin1))
                if named_by and named_by != {mention.key}:
                    # A big city keeps its name against a village of the same name
                    # in a region the article names ("Louisville" beside "Ohio").
                    famous = biggest >= 200_000 and entry.population * 30 < biggest
                    extra += 1.0 if famous else NAMED_REGION
            group[entry.id] += score + extra
    chosen = {
        group_key: max(scores, key=lambda i: (scores[i], -i))
        for group_key, scores in totals.items()
        if scores
    }
    return [(m, entries[chosen[m.key, m.region]]) for m in mentions if (m.key, m.region) in chosen]
