"""The actor knowledge base: states and their bodies, office holders, organisations.

The shipped data lives in ``claimwire/data/actors/``:

``states.tsv``
    the states the KB knows, one a line: ISO 3166 alpha-3, then only what the
    KB alone needs: a name to show where it differs from the shared table's
    (``DR Congo``), more demonyms, more metonyms for its government, more names
    (``the Kingdom``), and the role ``the X leader`` means (``prime_minister``
    where the president is ceremonial). Each row is completed from the country
    table every stage shares (:mod:`claimwire.countries`): its name, other
    names, demonyms (adjectives), and capitals and seats of government (``the Kremlin``),
    which speak for the government as metonyms. Each state yields its
    government (``Russia (government)``), military (``Russia (military)``) and
    ministries (``Russia (defence ministry)``, foreign, interior, health, commerce,
    finance, justice) with
    their usual English names as aliases.
``people.jsonl``
    ``{"name", "aliases", "country", "offices": [[role, country, start, end]],
    "gender"?}``: heads of state and government, foreign and defence ministers and
    other office holders, with ISO dates so that ``the Belarusian president``
    resolves to whoever held the office on the article's date; ``gender`` (``f`` or
    ``m``) where the given name does not tell it.
``organizations.jsonl``
    ``{"name", "kind", "sector", "country"?, "aliases"}``: the UN and its
    agencies, NATO, EU bodies, NGOs, armed groups, news agencies.

Users extend it with their own files of the same shapes (``Settings.actors``):
a ``.tsv`` file is read as states (``iso3``, name, demonyms, metonyms, other
names, leader role; completed from the shared table like the shipped rows, so a
code it lacks needs a name), a ``.jsonl`` file holds people (lines with
``offices``) or organisations (lines with ``kind``). A user entry whose name
equals a shipped one replaces it.

>>> kb = ActorKB.load()
>>> kb.lookup("Zelenskiy").name
'Volodymyr Zelenskyy'
>>> kb.by_role("BLR", "president", dt.date(2024, 8, 15)).name
'Alexander Lukashenko'
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

from claimwire.countries import country_by_code
from claimwire.errors import ConfigError
from claimwire.records import EntityKind

__all__ = [
    "ROLE_WORDS",
    "ActorEntry",
    "ActorKB",
    "Office",
    "default_kb",
    "given_names",
    "strip_the",
]

_ENTITY_KINDS = frozenset(
    ("person", "government", "military", "ministry", "organization", "group", "document", "other")
)

#: The bodies generated for every state: (id prefix, name suffix, kind, sector, alias heads).
#: ``{D}`` is a demonym, ``{N}`` a name of the state.
_STATE_BODIES: tuple[tuple[str, str, EntityKind, str, tuple[str, ...]], ...] = (
    (
        "gov",
        "government",
        "government",
        "government",
        ("{D} government", "{N}'s government", "{N} government", "government of {N}",
         "{D} federal government", "{N}'s federal government", "{D} central government",
         "{N}'s central government", "{D} transitional government",
         "{N}'s transitional government", "{D} interim government", "{N}'s interim government",
         "{D} leadership", "{N}'s leadership",
         "{D} administration", "{D} regime", "{N}'s regime"),
    ),
    (
        "mil",
        "military",
        "military",
        "military",
        ("{D} military", "{N}'s military", "{D} army", "{N}'s army", "{D} armed forces",
         "{N}'s armed forces", "{D} forces", "{N}'s forces", "{D} troops", "{D} soldiers",
         "{D} general staff", "{N}'s general staff", "{D} air force", "{D} navy",
         "{D} military command", "{D} defense forces", "{D} defence forces", "{D} junta",
         "{N}'s junta", "{D} military junta"),
    ),
    (
        "mod",
        "defence ministry",
        "ministry",
        "government",
        ("{D} defence ministry", "{D} defense ministry", "{N}'s defence ministry",
         "{N}'s defense ministry", "{D} ministry of defence", "{D} ministry of defense",
         "{N}'s ministry of defence", "{N}'s ministry of defense", "defence ministry of {N}",
         "defense ministry of {N}", "ministry of defence of {N}", "ministry of defense of {N}",
         "{D} defense department"),
    ),
    (
        "mfa",
        "foreign ministry",
        "ministry",
        "government",
        ("{D} foreign ministry", "{N}'s foreign ministry", "{D} ministry of foreign affairs",
         "{N}'s ministry of foreign affairs", "{D} foreign affairs ministry",
         "foreign ministry of {N}", "ministry of foreign affairs of {N}", "{D} foreign office",
         "{N}'s foreign office"),
    ),
    (
        "moi",
        "interior ministry",
        "ministry",
        "government",
        ("{D} interior ministry", "{N}'s interior ministry", "{D} ministry of interior",
         "{D} ministry of the interior", "{N}'s ministry of interior",
         "{N}'s ministry of the interior", "{D} home ministry"),
    ),
    (
        "moh",
        "health ministry",
        "ministry",
        "government",
        ("{D} health ministry", "{N}'s health ministry", "{D} ministry of health",
         "{N}'s ministry of health"),
    ),
    (
        "moc",
        "commerce ministry",
        "ministry",
        "government",
        ("{D} commerce ministry", "{N}'s commerce ministry", "{D} ministry of commerce",
         "{N}'s ministry of commerce", "{D} trade ministry", "{N}'s trade ministry",
         "{D} ministry of trade", "{N}'s ministry of trade"),
    ),
    (
        "mofin",
        "finance ministry",
        "ministry",
        "government",
        ("{D} finance ministry", "{N}'s finance ministry", "{D} ministry of finance",
         "{N}'s ministry of finance"),
    ),
    (
        "moj",
        "justice ministry",
        "ministry",
        "government",
        ("{D} justice ministry", "{N}'s justice ministry", "{D} ministry of justice",
         "{N}'s ministry of justice"),
    ),
    (
        "pres",
        "presidency",
        "government",
        "government",
        ("{D} presidency", "{N}'s presidency", "{D} presidential office",
         "{D} presidential administration", "{D} presidential palace"),
    ),
    (
        "cg",
        "coast guard",
        "organization",
        "police",
        ("{D} coast guard", "{N}'s coast guard", "{N} coast guard", "{D} coastguard",
         "{N}'s coastguard"),
    ),
    (
        "parl",
        "parliament",
        "organization",
        "legislature",
        ("{D} parliament", "{N}'s parliament", "{D} lawmakers"),
    ),
)  # fmt: skip

#: Body words after ``its`` / ``the`` that name a state body: ``its defence ministry``.
BODY_WORDS: dict[str, str] = {
    "government": "gov",
    "military": "mil",
    "army": "mil",
    "armed forces": "mil",
    "forces": "mil",
    "general staff": "mil",
    "defence ministry": "mod",
    "defense ministry": "mod",
    "ministry of defence": "mod",
    "ministry of defense": "mod",
    "foreign ministry": "mfa",
    "ministry of foreign affairs": "mfa",
    "foreign office": "mfa",
    "interior ministry": "moi",
    "ministry of interior": "moi",
    "health ministry": "moh",
    "ministry of health": "moh",
    "commerce ministry": "moc",
    "trade ministry": "moc",
    "ministry of commerce": "moc",
    "finance ministry": "mofin",
    "ministry of finance": "mofin",
    "justice ministry": "moj",
    "ministry of justice": "moj",
    "presidency": "pres",
    "presidential office": "pres",
}

#: Office words and the role they denote in ``people.jsonl``.
ROLE_WORDS: dict[str, str] = {
    "president": "president",
    "vice president": "vice_president",
    "prime minister": "prime_minister",
    "premier": "prime_minister",
    "chancellor": "prime_minister",
    "foreign minister": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister",
    "top diplomat": "foreign_minister",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "defence secretary": "defence_minister",
    "defense secretary": "defence_minister",
    "army chief": "army_chief",
    "military chief": "army_chief",
    "supreme leader": "head_of_state",
    "king": "monarch",
    "emir": "monarch",
    "leader": "leader",
}

#: ``leader`` means whoever leads: the first of these roles held at the date.
_LEADER_ROLES = ("head_of_state", "president", "prime_minister", "monarch")


@dataclass(frozen=True, slots=True)
class Office:
    """An office held from ``start`` to ``end`` (None: open)."""

    role: str
    country: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def held_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the knowledge base."""

    id: str
    name: str  # canonical: people by full name, state bodies as ``Russia (government)``
    kind: EntityKind
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # government, military, police, rebels, igo, ngo, media...
    aliases: tuple[str, ...] = ()  # other names that always denote this actor
    #: Names that denote it only as an actor (``Moscow said``), else they are places.
    metonyms: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    #: A person's gender (``f`` or ``m``), for `he` and `she`, where the given name does
    #: not tell it (`Kim Jong Un`, `Mao Ning`).
    gender: str | None = None

    def holds(self, role: str, country: str | None, day: dt.date | None) -> bool:
        return any(
            o.role == role and (country is None or o.country == country) and o.held_on(day)
            for o in self.offices
        )


@dataclass(slots=True)
class ActorKB:
    """Actors by id, with indexes by alias, demonym and office."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    #: ISO alpha-3 by lower-cased demonym or state name (``belarusian``, ``belarus``).
    countries: dict[str, str] = field(default_factory=dict)
    #: Canonical short name of each state, by ISO alpha-3.
    state_names: dict[str, str] = field(default_factory=dict)
    #: The role of `the X leader` where it is not the head of state (`prime_minister`).
    leaders: dict[str, str] = field(default_factory=dict)
    _by_alias: dict[str, list[str]] = field(default_factory=dict)
    _by_metonym: dict[str, list[str]] = field(default_factory=dict)

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> ActorKB:
        """The shipped knowledge base plus the user's ``extra`` files on top."""
        kb = cls()
        folder = resources.files("claimwire") / "data" / "actors"
        kb.add_states(_read_tsv(folder.joinpath("states.tsv").read_text("utf-8"), "states.tsv"))
        for name in ("people.jsonl", "organizations.jsonl"):
            kb.add_records(_read_jsonl(folder.joinpath(name).read_text("utf-8"), name))
        for path in extra:
            kb.add_file(Path(path))
        return kb

    def add_file(self, path: Path) -> None:
        """Add a user's file: ``.tsv`` states, or ``.jsonl`` people and organisations."""
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"actor file {path}: cannot be read ({exc})") from None
        if path.suffix == ".tsv":
            self.add_states(_read_tsv(text, str(path)))
        elif path.suffix in {".jsonl", ".json"}:
            self.add_records(_read_jsonl(text, str(path)))
        else:
            raise ConfigError(f"actor file {path}: expected a .tsv (states) or .jsonl file")

    def add_states(self, rows: Iterable[list[str]]) -> None:
        """Add states from the rows of a states file, each completed from the
        shared country table's row with its code (names, demonyms, capitals)."""
        for row in rows:
            iso, name, demonyms, metonyms, others, leader = [*row, "", "", "", "", "", ""][:6]
            iso, name = iso.strip().upper(), name.strip()
            shared = country_by_code(iso) if re.fullmatch(r"[A-Z]{3}", iso) else None
            if not re.fullmatch(r"[A-Z]{3}", iso) or not (name or shared):
                raise ConfigError(
                    f"states row {row!r}: needs an ISO alpha-3 code and a name"
                    " (the name may be left out for a code of claimwire's country table)"
                )
            name = name or (shared.name if shared else "")
            # Adjectives name its bodies (`{D} government`); nouns for its people do not.
            dems = list(dict.fromkeys([*(shared.demonyms if shared else ()), *_split(demonyms)]))
            shared_names = (shared.name, *shared.aliases) if shared else ()
            names = list(dict.fromkeys([name, *shared_names, *_split(others)]))
            # Capitals and seats of government speak for it, as its names do.
            metonyms = "|".join([*(shared.capitals if shared else ()), metonyms])
            self.state_names[iso] = name
            if leader.strip():
                self.leaders[iso] = leader.strip()
            for word in (*dems, *names):
                self.countries.setdefault(_norm(strip_the(word)), iso)
            for prefix, suffix, kind, sector, heads in _STATE_BODIES:
                aliases = {
                    # (`the United Arab Emirates' foreign ministry`: a name that ends in
                    # `s` takes its apostrophe alone, or `'s` too: `Belarus's`)
                    head.replace("{D}", d).replace("{N}'s", owner).replace("{N}", n)
                    for head in heads
                    for d in dems or [name]
                    for n in names
                    for owner in ([n + "'", n + "'s"] if n.endswith("s") else [n + "'s"])
                }
                aliases |= {"the " + a for a in aliases if "'s" not in a}
                self._add(
                    ActorEntry(
                        id=f"{prefix}:{iso}",
                        name=f"{name} ({suffix})",
                        kind=kind,
                        country=iso,
                        sector=sector,
                        aliases=tuple(sorted(aliases)),
                        # A state's name or capital speaks for its government.
                        metonyms=tuple(dict.fromkeys([*names, *_split(metonyms)]))
                        if prefix == "gov"
                        else (),
                    )
                )

    def add_records(self, records: Iterable[dict[str, Any]]) -> None:
        for rec in records:
            name = str(rec.get("name") or "").strip()
            if not name:
                raise ConfigError(f"actor record {rec!r}: needs a name")
            offices = tuple(_office(o, name) for o in rec.get("offices") or ())
            kind = str(rec.get("kind") or ("person" if "offices" in rec else "organization"))
            if kind not in _ENTITY_KINDS:
                raise ConfigError(f"actor {name!r}: kind {kind!r} is not one of {_ENTITY_KINDS}")
            country = rec.get("country") or None
            gender = rec.get("gender") or None
            if gender not in {None, "f", "m"}:
                raise ConfigError(f"actor {name!r}: gender {gender!r} is not 'f' or 'm'")
            existing = self.find_name(name)
            self._add(
                ActorEntry(
                    id=existing.id if existing else f"{_slug(kind)}:{_slug(name)}",
                    name=name,
                    kind=cast(EntityKind, kind),
                    country=str(country).upper() if country else None,
                    sector=rec.get("sector") or ("government" if offices else None),
                    aliases=_names_listed(rec, "aliases", name),
                    metonyms=_names_listed(rec, "metonyms", name),
                    offices=offices,
                    gender=gender,
                )
            )

    def _add(self, entry: ActorEntry) -> None:
        old = self.entries.get(entry.id)
        if old is not None:  # replaced: drop the old entry's names from the indexes
            for index in (self._by_alias, self._by_metonym):
                for ids in index.values():
                    if entry.id in ids:
                        ids.remove(entry.id)
        self.entries[entry.id] = entry
        for alias in _spellings((entry.name, *entry.aliases)):
            ids = self._by_alias.setdefault(_norm(alias), [])
            if entry.id not in ids:
                ids.append(entry.id)
        for alias in entry.metonyms:
            ids = self._by_metonym.setdefault(_norm(alias), [])
            if entry.id not in ids:
                # A seat a body's record names outranks a state's capital (`Brussels`:
                # the EU, not Belgium's government).
                ids.insert(0 if entry.kind != "government" else len(ids), entry.id)

    # ------------------------------------------------------------ queries

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self.entries.values())

    def get(self, actor_id: str) -> ActorEntry | None:
        return self.entries.get(actor_id)

    def find_name(self, name: str) -> ActorEntry | None:
        """The entry whose canonical name is ``name`` (case-insensitive)."""
        for actor_id in self._by_alias.get(_norm(name), ()):
            entry = self.entries[actor_id]
            if _norm(entry.name) == _norm(name):
                return entry
        return None

    def lookup(
        self,
        text: str,
        date: dt.date | None = None,
        *,
        metonyms: bool = True,
        role: str | None = None,
    ) -> ActorEntry | None:
        """The actor ``text`` names (an alias, or with ``metonyms`` a capital or
        state name), preferring, when several share it, one holding ``role`` (a value of
        :data:`ROLE_WORDS`) on ``date``, then one in any office on ``date``."""
        key = _norm(_strip_possessive(text))
        ids = self._by_alias.get(key) or self._by_alias.get(_norm(strip_the(key)))
        if not ids and metonyms:
            ids = self._by_metonym.get(key) or self._by_metonym.get(_norm(strip_the(key)))
        if not ids:
            return None
        candidates = [self.entries[i] for i in ids]
        if len(candidates) > 1 and date is not None:
            if role is not None and (
                holder := [e for e in candidates if e.holds(role, None, date)]
            ):
                return holder[0]
            in_office = [e for e in candidates if any(o.held_on(date) for o in e.offices)]
            if in_office:
                return in_office[0]
        return candidates[0]

    def is_metonym(self, text: str) -> bool:
        key = _norm(_strip_possessive(text))
        return key in self._by_metonym and key not in self._by_alias

    def country(self, word: str) -> str | None:
        """ISO alpha-3 for a demonym or state name (``Belarusian``, ``Belarus``)."""
        return self.countries.get(_norm(strip_the(_strip_possessive(word))))

    def country_or_seat(self, word: str) -> str | None:
        """:meth:`country`, or the state a capital or seat of government stands for
        before a role (``the Kremlin leader``, ``Washington's top diplomat``)."""
        found = self.country(word)
        if found is None:
            key = _norm(strip_the(_strip_possessive(word)))
            states = {
                self.entries[i].country
                for i in self._by_metonym.get(key, [])
                if self.entries[i].country
            }
            if len(states) == 1:
                found = states.pop()
        return found

    def body(self, country: str, body: str) -> ActorEntry | None:
        """A state's body by prefix: ``gov``, ``mil``, ``mod``, ``mfa``, ``moi``..."""
        if country == "USA" and body == "mfa":
            return self.find_name("United States (State Department)")
        if country == "USA" and body == "mod":
            return self.find_name("Pentagon")
        return self.entries.get(f"{body}:{country}")

    def by_role(self, country: str | None, role: str, date: dt.date | None) -> ActorEntry | None:
        """Who held ``role`` (a value of :data:`ROLE_WORDS`) in ``country`` on ``date``."""
        roles: tuple[str, ...] = (role,)
        if role == "leader":
            first = self.leaders.get(country or "")
            roles = (first, *_LEADER_ROLES) if first else _LEADER_ROLES
        for wanted in roles:
            for entry in self.entries.values():
                if entry.holds(wanted, country, date):
                    return entry
        return None

    def aliases(self) -> Iterator[tuple[str, str, bool]]:
        """Every (alias, actor id, is_metonym), for building matchers."""
        for entry in self.entries.values():
            for alias in _spellings((entry.name, *entry.aliases)):
                yield alias, entry.id, False
            for alias in entry.metonyms:
                yield alias, entry.id, True


@cache
def default_kb(extra: tuple[str, ...] = ()) -> ActorKB:
    """The knowledge base, loaded once per process for each set of extra files."""
    return ActorKB.load(extra)


@cache
def given_names() -> dict[str, str]:
    """Common given names, lower case, with the gender they are most given (`f`, `m`)."""
    text = (resources.files("claimwire") / "data" / "actors" / "given_names.tsv").read_text("utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and "\t" in line:
            name, gender = line.split("\t", 1)
            names[name.strip().lower()] = gender.strip()
    return names


# ---------------------------------------------------------------- helpers

_SPACE = re.compile(r"\s+")


#: The izafe of Persian and Urdu names, written `-i-` or `-e-` in English:
#: `Tehrik-i-Taliban`, `Tehrik-e-Taliban`; `Lashkar-e-Taiba`, `Lashkar-i-Taiba`.
_IZAFE = re.compile(r"(?<=\w)-([ie])-(?=\w)")


def _spellings(names: tuple[str, ...]) -> Iterator[str]:
    """Each name, then its other transliteration of the izafe, and a body of the UN's
    with `UN` written out (`United Nations Office for the Coordination of Humanitarian
    Affairs`), once each."""
    seen: set[str] = set()
    for name in names:
        swapped = _IZAFE.sub(lambda m: "-e-" if m.group(1) == "i" else "-i-", name)
        written_out = _UN_ABBREVIATED.sub("United Nations ", name)
        for spelling in (name, swapped, written_out):
            if spelling not in seen:
                seen.add(spelling)
                yield spelling


#: `UN` or `U.N.` opening a name of one of the UN's bodies.
_UN_ABBREVIATED = re.compile(r"^U\.?N\.? (?=\w)")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("’", "'").strip()).lower()


def _names_listed(rec: dict[str, Any], field: str, name: str) -> tuple[str, ...]:
    """A record's list of names (``aliases``, ``metonyms``); a clear error for anything
    else (a bare string would be read letter by letter)."""
    value = rec.get(field) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"actor {name!r}: {field} must be a list of names, not {value!r}")
    return tuple(value)


def strip_the(text: str) -> str:
    """``text`` without a leading `the `."""
    return text[4:] if text.lower().startswith("the ") else text


def _strip_possessive(text: str) -> str:
    text = text.replace("’", "'").strip()
    if text.endswith("'s"):
        return text[:-2]
    return text[:-1] if text.endswith("s'") else text


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _office(value: Any, name: str) -> Office:
    if isinstance(value, dict):
        value = [value.get("role"), value.get("country"), value.get("start"), value.get("end")]
    if not isinstance(value, list | tuple) or len(value) != 4 or not value[0]:
        raise ConfigError(f"actor {name!r}: office {value!r} must be [role, country, start, end]")
    role, country, start, end = value
    where = f"actor {name!r}, office {role!r}"
    return Office(
        str(role), str(country) if country else None, _date(start, where), _date(end, where)
    )


def _read_tsv(text: str, where: str) -> Iterator[list[str]]:
    for row in csv.reader(text.splitlines(), delimiter="\t"):
        if row and row[0].strip() and not row[0].startswith("#"):
            yield row


def _read_jsonl(text: str, where: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where}: line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise ConfigError(f"{where}: line {number}: expected a JSON object")
        yield record
