"""Finds the article's actors (people, governments, forces, bodies) and their mentions.

Mentions come from three sources, longest first where they overlap:

1. the actor knowledge base (:mod:`claimwire.nlp.actors`), matched with phrase
   matchers built once in the factory. A state's name or capital (``Moscow``)
   counts as its government only where it acts: as a subject, an agent, or the
   owner of a statement (``Moscow's claims``); elsewhere it is a place;
2. descriptions by office, resolved at the article's date: ``the Belarusian
   president``, ``Ukraine's foreign minister``, ``the president of Belarus``;
   and state bodies referred to by ``its``: ``its defence ministry`` is the
   ministry of the state last mentioned;
3. spaCy's named entities (``PERSON``, ``ORG``) that the base does not know.

Mentions are then merged into one :class:`~claimwire.records.Entity` per actor:
``Mr Lukashenko``, ``Lukashenko`` and ``Alexander Lukashenko`` are one person;
a surname matches the person of the article whose full name ends with it.

Other components find the entity named at a place in the text with
:func:`entity_at`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from claimwire.nlp import extensions as ext
from claimwire.nlp._lexicon import HEADLINE_CUES
from claimwire.nlp._lexicon import words as _words
from claimwire.nlp._ranges import Ranges
from claimwire.nlp.actors import (
    BODY_WORDS,
    ROLE_WORDS,
    ActorEntry,
    ActorKB,
    default_kb,
    given_names,
    strip_the,
)
from claimwire.nlp.countries import lookup_country
from claimwire.nlp.paragraphs import dateline_end
from claimwire.records import Entity, EntityKind
from claimwire.records import Span as TextSpan

__all__ = [
    "TITLES",
    "EntityLinker",
    "entity_at",
    "family_name",
    "first_named",
    "full_names",
    "person_name",
    "surname_forms",
]

#: What an office is of, in a title before a name, which a run of capitalised words may
#: take in: `Inspector General of Police`, `Director of Public Prosecutions`, `Speaker of
#: Parliament`, `Chief of Staff`.
_OFFICE_OBJECTS = _words(
    """police parliament public prosecutions prosecution national intelligence state staff
    defence defense justice foreign affairs interior finance health security army navy
    investigation investigations criminal military operations human rights political
    economic economy trade energy education transport environment agriculture immigration
    home internal legal constitutional"""
)
#: Words before a name that are titles, not part of it.
TITLES = _words(
    """mr mr. mrs mrs. ms ms. dr dr. sir dame president premier minister chancellor general
    gen gen. lt. col. colonel major sen. sen senator rep. rep representative governor gov.
    king queen prince princess sheikh emir ayatollah pope judge justice ambassador secretary
    spokesman spokeswoman spokesperson professor prof. commander admiral captain mayor
    former late acting deputy foreign defence defense prime vice chief envoy lawyer analyst
    expert researcher journalist activist official adviser advisor director economist
    speaker bishop archbishop cardinal rabbi imam reverend rev. patriarch farmer villager
    herder fisherman trader pastor priest superintendent sergeant sgt. detective inspector
    constable marshal field air brigadier brig. lieutenant corporal cpl. capt. maj. brig lt
    col maj capt cpl adm cmdr atty atty. lawmaker legislator congressman congresswoman
    treasurer prefect commissioner prosecutor rapporteur ombudsman ombudsperson ombudswoman
    mediator administrator sultan defendant witness suspect barrister allama maulana"""
)

#: Endings of surnames, not of bodies' names: `Gladkov`, `Zakharova`, `Kobakhidze`.
_SURNAME_ENDINGS = tuple(
    _words("ov ev ova eva sky skiy skyi ska enko chuk yuk vich shvili dze yan")
)
#: Titles of courtesy, before a surname only a person has: `Mr Hughes`.
HONORIFICS = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"))
#: Words that open a body's name in French, Spanish, Portuguese or Italian, with a
#: particle after them (`Banque de France`).
_FOREIGN_BODY_WORDS = _words(
    """banque banco banca credit crédit caisse societe société institut instituto
    universite université universidad universidade partido parti corte cour conseil consejo
    ministerio ministère tribunal comision comisión fundacion fundación groupe grupo casa
    palacio palais musee musée museo agence agencia assemblée asamblea camara cámara"""
)
#: Particles written in small letters inside a family name: `Laurence des Cars`.
_NAME_PARTICLES = _words("de des du da di del della van von der den le la dos das")
#: Dependency labels where a state's name or capital acts (``Moscow said``).
_ACTOR_DEPS = frozenset(("nsubj", "nsubjpass", "csubj"))
#: Nouns for a state's bodies, which a place set before them names: `In Benin, the
#: government said`.
_STATE_BODY_NOUNS = _words("government army military police ministry authorities junta")
#: Nouns whose owner is an actor: ``Moscow's claims``, ``Kyiv's response``.
_STATEMENT_NOUNS = _words(
    """claim claims statement statements response accusation accusations allegation
    allegations denial position demand demands request offer proposal decision refusal
    warning warnings threat threats plan plans comments remarks call assertion
    insistence announcement view views belief argument stance assessment position"""
)


@dataclass(slots=True)
class _Mention:
    start: int  # token offsets
    end: int
    name: str
    kind: EntityKind
    country: str | None = None
    kb_id: str | None = None
    surname_only: bool = False  # a bare surname or `Mr X`, to merge with a full name


@dataclass(slots=True)
class _Cluster:
    name: str
    kind: EntityKind
    country: str | None
    kb_id: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)


class EntityLinker:
    """Finds the article's actors and their mentions; fills ``doc._.cw_entities``."""

    def __init__(self, nlp: Language, name: str, actors: Iterable[str] = ()) -> None:
        self.name = name
        self.kb: ActorKB = default_kb(tuple(str(a) for a in actors))
        # Names are matched case-sensitively where they are one word or an acronym
        # (`IS` is not `is`), case-insensitively where they are longer phrases.
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[str]] = {}
        lower: dict[str, list[str]] = {}
        self._metonym_keys: set[str] = set()
        for alias, actor_id, metonym in self.kb.aliases():
            words = alias.split()
            key = f"{'M' if metonym else 'A'}|{actor_id}"
            if metonym:
                self._metonym_keys.add(key)
            table = exact if len(words) == 1 or alias.isupper() else lower
            table.setdefault(key, []).append(alias)
            if "'" in alias:  # news text writes `Russia’s` as often as `Russia's`
                table[key].append(alias.replace("'", "’"))
        tokenizer = nlp.tokenizer
        for key, aliases in exact.items():
            self.exact.add(key, [tokenizer(a) for a in dict.fromkeys(aliases)])
        for key, aliases in lower.items():
            self.lower.add(key, [tokenizer(a) for a in dict.fromkeys(aliases)])

    def __call__(self, doc: Doc) -> Doc:
        day = ext.publication_date(doc)
        mentions = self._kb_mentions(doc, day)
        mentions += self._role_mentions(doc, day, mentions)
        mentions += self._ner_mentions(doc, mentions)
        mentions = _surnames_of_people(doc, mentions, self.kb)
        # (non-overlapping already, longest first, and still so with the short names)
        mentions = _acronyms_as_defined(doc, _longest_first(mentions))
        entities = ext.entities(doc)
        entities.extend(self._merge(doc, mentions))
        return doc

    # ------------------------------------------------------------ mention finders

    def _kb_mentions(self, doc: Doc, day: dt.date | None) -> list[_Mention]:
        found: list[_Mention] = []
        strings = doc.vocab.strings
        for match_id, start, end in [*self.exact(doc), *self.lower(doc)]:
            key = strings[match_id]
            actor_id = key.split("|", 1)[1]
            entry = self.kb.get(actor_id)
            if entry is None:
                continue
            if key in self._metonym_keys and not (
                _acts(doc[start:end]) or _in_dateline(doc, start, end)
            ):
                continue
            first = None
            if key in self._metonym_keys and _metonym_in_common_words_unanchored(
                doc, start, end, entry
            ):
                continue  # `The kingdom said`, in a story from Eswatini: not Saudi Arabia
            if key in self._metonym_keys:
                first = self.kb.lookup(doc[start:end].text)
            elif entry.kind == "person":
                # A surname two people share (`President Aoun`): the one holding the
                # title before it on the day, else the one in any office then.
                title = doc[start - 1].lower_ if start else ""
                first = self.kb.lookup(
                    doc[start:end].text, day, metonyms=False, role=ROLE_WORDS.get(title)
                )
            if first is not None and first.id != actor_id:
                continue  # a seat of several: the one the knowledge base ranks first
            if _common_words_for_a_name(doc[start:end].text, entry):
                continue  # `the ELN's central command`: not U.S. Central Command
            if _head_of_a_longer_name(doc, start, end, entry):
                continue  # `The Alliance of Democracies`: not NATO, `the alliance`
            if _common_word_alias_unanchored(doc, start, end, entry):
                continue  # `the alliance` of an opposition front, with NATO unnamed
            surname = entry.kind == "person" and end - start == 1 and " " in entry.name
            if entry.kind == "person" and _after_another_given_name(doc, start, entry):
                continue  # `Layla Assad, a nurse`, `Sami Ben Ali`: not Bashar al-Assad
            if _names_another_by_it(doc, end):
                continue  # `the al Qaeda affiliate`, `an Iran-backed militia`: another group
            if surname and _first_of_a_longer_name(doc, start, end):
                continue  # `Gul Rahman`, `Mujahid Ali`: a given name, not Abdullah Gul
            found.append(_from_entry(start, end, entry, surname_only=surname))
        found += self._dateline_in_capitals(doc, found)
        # `its defence ministry`: a body of the state last mentioned before it.
        for token in doc:
            if token.lower_ not in {"its", "their"}:
                continue
            body, end = _body_after(doc, token.i + 1)
            if body is None:
                continue
            country = _last_country(found, token.i)
            entry = self.kb.body(country, body) if country else None
            if entry is not None:
                found.append(_from_entry(token.i, end, entry))
        return found

    def _dateline_in_capitals(self, doc: Doc, taken: list[_Mention]) -> list[_Mention]:
        """A state named in capitals in a dateline (`DHAKA, BANGLADESH —`, VOA's style),
        which the matchers, case-sensitive for one word, pass over."""
        # (opening the story, or its first paragraph after a headline)
        after_title = next((t.i + 1 for t in doc if "\n" in t.text), None)
        first = 0
        lead = dateline_end(doc, 0)
        if lead is None and after_title is not None and after_title < len(doc):
            first, lead = after_title, dateline_end(doc, after_title)
        if lead is None:
            return []
        busy = _busy(taken)
        found: list[_Mention] = []
        i = first
        while i < lead:
            # (the longest run of capitals first: `SOUTH SUDAN`, `NEW DELHI`)
            for length in (3, 2, 1):
                words = doc[i : i + length]
                if (
                    i + length > lead
                    or not all(t.is_upper and t.is_alpha for t in words)
                    or any(t.i in busy for t in words)
                ):
                    continue
                # (a state's name: its seat alone is a place, as `Managua` is)
                name = words.text.title()
                entry = self.kb.lookup(name) if self.kb.country(name) else None
                if entry is not None and entry.kind == "government":
                    found.append(_from_entry(i, i + length, entry))
                    i += length - 1
                    break
            i += 1
        return found

    def _role_mentions(
        self, doc: Doc, day: dt.date | None, taken: list[_Mention]
    ) -> list[_Mention]:
        """`the Belarusian president`, `Ukraine's foreign minister`, `president of Belarus`."""
        busy = _busy(taken)
        found: list[_Mention] = []
        for token in doc:
            role, role_end = _role_at(doc, token.i)
            if role is None or token.i in busy:
                continue
            # A title before a name (`Russian President Vladimir Putin`) is not a mention.
            if role_end < len(doc) and doc[role_end].pos_ == "PROPN":
                continue
            country, start = None, token.i
            prev = token.i - 1
            if prev >= 0 and doc[prev].lower_ in {"'s", "’s"} and prev - 1 >= 0:
                country, start = self.kb.country_or_seat(doc[prev - 1].text), prev - 1
            elif prev >= 0:
                country = self.kb.country_or_seat(doc[prev].text)
                if country:
                    start = prev
            end = role_end
            if (
                country is None
                and role_end + 1 < len(doc)
                and doc[role_end].lower_ == "of"
                and (c := self.kb.country(doc[role_end + 1].text))
                and not (role_end + 2 < len(doc) and doc[role_end + 2].tag_ == "POS")
            ):
                country, end = c, role_end + 2
            if country is None:
                continue
            if start > 0 and doc[start - 1].lower_ in _PAST_HOLDER_WORDS:
                continue  # `the former French foreign minister`: not who holds it now
            if start > 0 and doc[start - 1].lower_ in {"the", "a"}:
                start -= 1
            entry = self.kb.by_role(country, role, day)
            if entry is not None:
                found.append(_from_entry(start, end, entry))
        return found + self._office_mentions(doc, day)

    def _office_mentions(self, doc: Doc, day: dt.date | None) -> list[_Mention]:
        """`The U.N. chief`, `the NATO secretary-general`, `the EU's foreign policy chief`:
        the holder of a body's office on the day, named by the body and the office."""
        found: list[_Mention] = []
        for token in doc:
            body = _BODY_OF_OFFICE.get(token.lower_)
            if body is None:
                continue
            at = token.i + 1
            if at < len(doc) and doc[at].lower_ in {"'s", "’s"}:
                at += 1
            for length in (4, 3, 2, 1):
                words = doc[at : at + length].text.lower()
                role = _OFFICES.get((body, words))
                if role is None or at + length > len(doc):
                    continue
                end = at + length
                if end < len(doc) and doc[end].pos_ == "PROPN":
                    break  # (`U.N. chief Antonio Guterres`: a title before the name)
                start = token.i
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                elif start > 0 and doc[start - 1].lower_ in {"a", "an", "former", "ex"}:
                    break  # (`a U.N. aid chief`, `the former NATO chief`: not the holder)
                entry = self.kb.by_role(body, role, day)
                if entry is not None:
                    found.append(_from_entry(start, end, entry))
                break
        return found

    def _ner_mentions(self, doc: Doc, taken: list[_Mention]) -> list[_Mention]:
        found: list[_Mention] = []
        # Where the known actors are, by token; those a longer name replaces are dropped.
        known = Ranges((m.start, m.end, m) for m in taken)
        dropped: set[int] = set()
        # One word the tagger calls a person here and a place or a group there (`Brexit`
        # negotiations): no person, whose pronouns would find it.
        elsewhere = {ent.text for ent in doc.ents if ent.label_ in _NOT_PERSON_LABELS}
        # The surnames of the people named in full, for `Oxford's Okafor`.
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
        for ent in _repaired_entities(doc):
            if ent.label_ not in {"PERSON", "ORG"}:
                continue
            if ent.label_ == "PERSON" and len(ent) == 1 and ent.text in elsewhere:
                continue
            if ent.label_ == "ORG" and _names_another_by_it(doc, ent.end):
                continue  # `the al Qaeda affiliate`: another group, named by this one
            if ent.label_ == "PERSON" and len(ent) == 1 and _demonym(ent.text):
                continue  # `Azerbaijani President Ilham Aliyev`: the tagger's person
            end = ent.end
            while end > ent.start and doc[end - 1].is_space:
                end -= 1  # `Jane Doe\n`: the model may take a line break into a name
            # `Glenn Beck Blasts Drudge`, `Georgia's Ruling Party Claims Victory`: a title's
            # verb of saying ends the name.
            end = next((t.i for t in doc[ent.start + 1 : end] if t.text in HEADLINE_CUES), end)
            if end == ent.start:
                continue
            start = _after_owner(doc, ent.start, end, surnames)
            while start < end - 1 and doc[start].is_punct:
                start += 1  # (`" Gul Rahman`: a quotation mark the tagger took in)
            if end < ent.end or start > ent.start:
                ent = Span(doc, start, end, label=ent.label_)
            inside = [m for m in known.overlapping(ent.start, ent.end) if id(m) not in dropped]
            if ent.label_ == "PERSON" and len(ent) > 1 and all(t.pos_ == "PROPN" for t in ent):
                # `Fatuma Ali Aden`: a surname that is also a city standing for a state
                # (Aden) is the person's, not the state's; not a state's own name.
                placed = [
                    m
                    for m in inside
                    if m.kind != "person"
                    and m.start > ent.start
                    and self.kb.country(doc[m.start : m.end].text) is None
                ]
                for m in placed:
                    taken.remove(m)
                    dropped.add(id(m))
                inside = [m for m in inside if id(m) not in dropped]
            if ent.label_ == "PERSON":
                # `Jeb Bush`: a known surname after another given name is a namesake.
                for m in [m for m in inside if self._namesake(doc, ent, m)]:
                    taken.remove(m)
                    dropped.add(id(m))
                inside = [m for m in inside if id(m) not in dropped]
            # A known actor wins where it is the head of the name (`the U.S. State
            # Department`) or the name is no longer; a longer organisation name that only
            # contains one (`National Congress Party`, `The U.N. Office on Drugs and
            # Crime`) is another actor.
            if any(
                (m.end >= ent.end and self._qualified_by(doc[ent.start : m.start], m))
                or (m.start <= ent.start and not _body_named_after(doc[m.end : ent.end]))
                or ent.label_ == "PERSON"
                for m in inside
            ):
                continue
            for m in inside:
                taken.remove(m)
                dropped.add(id(m))
            if self.kb.is_metonym(ent.text):
                continue  # `Kyiv` tagged as a person: a place here, not acting
            if ent.label_ == "PERSON":
                name = person_name(ent)
                if not name:
                    continue
                start = ent.start + _title_length(ent)
                country = self._country_before(doc, ent.start, ent.end)
                found.append(
                    _Mention(start, ent.end, name, "person", country, surname_only=" " not in name)
                )
            else:
                name = _strip_determiner(ent)
                if name and not name.islower():
                    country = self._country_before(doc, ent.start, ent.end)
                    found.append(_Mention(ent.start, ent.end, name, "organization", country))
        return found

    def _qualified_by(self, words: Span, actor: _Mention) -> bool:
        """Whether the words a name has before a known actor only say which one it is
        (`the U.S. State Department`, `Sudan's Rapid Support Forces`), so the actor is the
        head of the name; not another name's own words (`The Ta'ang National Liberation
        Army` is not the ELN), nor another state's (`the Philippine National Security
        Council` is not the U.S. one)."""
        return all(
            t.pos_ in {"DET", "PUNCT", "PART"}
            or t.is_lower
            or (
                (state := self.kb.country_or_seat(t.text)) is not None
                and (actor.country is None or state == actor.country)
            )
            for t in words
        )

    def _namesake(self, doc: Doc, ent: Span, mention: _Mention) -> bool:
        """Whether a known person's surname inside a name the tagger found belongs to
        someone else: a given name stands right before it that none of the known
        person's names begins like (`Jeb Bush`, not `George Bush`, `G. Bush` or `President
        Bush`)."""
        if mention.kb_id is None:
            return False
        first = ent.start + _title_length(ent)
        if not mention.surname_only and mention.start <= first:
            return False  # (the whole name, not a surname of two words: `bin Salman`)
        before = mention.start - 1
        while before > first and len(doc[before].text) == 2 and doc[before].text.endswith("."):
            before -= 1  # `Vladimir V. Putin`: the given name, before a middle initial
        if before < first or doc[before].pos_ != "PROPN":
            return False
        if before > 0 and doc[before - 1].text == "-":
            return False  # (`Abdul-Malik al-Houthi`: part of a hyphened name)
        entry = self.kb.get(mention.kb_id)
        if entry is None:
            return False
        # (the first two letters, for spellings: `Volodimir Zelensky`; an initial, one)
        given = doc[before].lower_.rstrip(".")[:2]
        return not any(
            name.split()[0].lower().startswith(given)
            for name in (entry.name, *entry.aliases)
            if " " in name
        )

    def _country_before(self, doc: Doc, start: int, end: int) -> str | None:
        """The state a title or owner before a name gives it: `Turkish presidential adviser
        Mesut Casin`, `Iran's U.N. mission` (up to five words back, within the clause)."""
        first = max(doc[start].sent.start, start - 5) if start < len(doc) else start
        for i in range(start - 1, first - 1, -1):
            token = doc[i]
            if (token.is_punct and token.text not in {"'s", "’s"}) or token.pos_ in {
                "CCONJ",
                "VERB",
                "AUX",
                "ADP",
            }:
                break
            if token.pos_ in {"ADJ", "PROPN"} and token.text[:1].isupper():
                country = self.kb.country(token.text)
                if country is not None:
                    return country
        root = doc[start:end].root
        if root.dep_ == "appos":  # `A Nigerian analyst, Kabiru Adamu, said`
            for token in root.head.lefts:
                if token.pos_ in {"ADJ", "PROPN"} and (country := self.kb.country(token.text)):
                    return country
        return None

    # ------------------------------------------------------------ merging

    def _merge(self, doc: Doc, mentions: list[_Mention]) -> list[Entity]:
        clusters: list[_Cluster] = []
        by_key: dict[str, _Cluster] = {}
        by_initials: dict[str, _Cluster] = {}  # bodies by their acronym
        full_people = [m for m in mentions if m.kind == "person" and not m.surname_only]
        # Full names the named-entity tagger missed (`adviser Mesut Casin`), by surname.
        written: dict[str, str] | None = None
        for m in mentions:
            cluster: _Cluster | None = None
            # The article's person named in full that a short name stands for.
            named: _Mention | None = None
            if (m.kind == "person" and m.surname_only) or (
                m.kind == "organization" and m.kb_id is None and m.end - m.start == 1
            ):
                # A surname belongs to the article's person of that surname, if any,
                # before any better-known namesake in the knowledge base.
                surname = m.name.split()[-1].lower()
                named = next(
                    (
                        full
                        for full in full_people
                        if surname in surname_forms(surname_of(full.name).lower())
                        or (" " not in m.name and family_name(full.name, full.country) == surname)
                    ),
                    None,
                )
                if named is None and " " not in m.name:
                    unknown = {f.name: f for f in full_people if f.kb_id is None}
                    named = unknown.get(first_named(surname, unknown) or "")
            if named is None:
                # `Ahmed Ben Salah said ... Ben Salah said`: a surname of two words is the
                # article's person named in full with it before (not a namesake the
                # knowledge base knows)
                named = _longer_name_ending_so(doc[m.start : m.end].text, m, full_people)
            if named is None:
                # `the Bangladesh Chhatra League ... The Chhatra League denied`
                named = _named_before_with_its_state(m, mentions)
            if named is not None:
                cluster = by_key.get(_key(named))
                if cluster is None:
                    cluster = by_key[_key(named)] = _Cluster(
                        named.name, named.kind, named.country, named.kb_id
                    )
                    clusters.append(cluster)
            if cluster is None and m.kind != "person" and m.kb_id is None:
                # `the Myanmar National Democratic Alliance Army ... The MNDAA said`: an
                # acronym of a body named in full before is that body.
                cluster = by_initials.get(m.name)
            if cluster is None:
                name, kind = m.name, m.kind
                if m.kb_id is None and m.end - m.start == 1:
                    written = full_names(doc) if written is None else written
                    if m.name.lower() in written:
                        name, kind = written[m.name.lower()], "person"
                key = _key(m) if name == m.name else f"person:{name.lower()}"
                cluster = by_key.get(key)
                if cluster is None:
                    cluster = by_key[key] = _Cluster(name, kind, m.country, m.kb_id)
                    clusters.append(cluster)
                    if kind != "person":
                        by_initials.setdefault(_initials(name), cluster)
            cluster.spans.append((m.start, m.end))
        entities: list[Entity] = []
        for n, cluster in enumerate(sorted(clusters, key=lambda c: min(c.spans)), 1):
            spans = tuple(
                TextSpan(doc[s:e].start_char, doc[s:e].end_char, doc[s:e].text)
                for s, e in sorted(set(cluster.spans))
            )
            entities.append(
                Entity(
                    id=f"ent{n}",
                    name=cluster.name,
                    kind=cluster.kind,
                    country=cluster.country,
                    mentions=spans,
                    kb_id=cluster.kb_id,
                )
            )
        return entities


@Language.factory("claimwire_entities", default_config={"actors": []})
def make_entities(nlp: Language, name: str, actors: list[str]) -> EntityLinker:
    return EntityLinker(nlp, name, actors)


# ---------------------------------------------------------------- public helpers


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention at the character span ``start..end`` of ``doc``.

    A mention that lies inside the span counts (``Mr Zelenskyy said`` →
    Zelenskyy for the span of ``Mr Zelenskyy``), as does one that contains it;
    where several do, the one starting last wins (the head of ``a spokesman for
    the Kremlin``-like phrases is usually at its end).
    """
    best: tuple[int, Entity] | None = None
    for entity in ext.entities(doc):
        for m in entity.mentions:
            inside = start <= m.start and m.end <= end
            around = m.start <= start and end <= m.end
            if (inside or around) and (best is None or m.start > best[0]):
                best = (m.start, entity)
    return best[1] if best else None


def person_name(span: Span) -> str:
    """A person's name as written, without titles or a possessive ``'s``."""
    tokens = [
        t for t in span[_title_length(span) :] if t.tag_ != "POS" and t.text not in {"'s", "’s"}
    ]
    return "".join(t.text_with_ws for t in tokens).strip(" ,")


def full_names(doc: Doc) -> dict[str, str]:
    """Surname → full name, for every run of two or more capitalised name words in the
    article (`Mesut Casin`), leaving out titles, articles and demonyms before it."""
    kb = default_kb()
    names: dict[str, str] = {}
    run: list[Token] = []

    def is_name_word(token: Token) -> bool:
        text = token.text
        return (
            text[:1].isupper()
            and (text.replace("-", "").replace("'", "").isalpha())
            and token.lower_ not in TITLES
            # (a title's verb of saying ends a name: `Witnesses Say Soldiers Executed ...`)
            and text not in HEADLINE_CUES
            and token.pos_ in {"PROPN", "NOUN", "ADJ", "X"}
            and not (token.pos_ == "ADJ" and kb.country(text))
            and not (token.is_sent_start and token.pos_ != "PROPN")
        )

    # `Michael Makuei Lueth ... Makuei told reporters`: a name of three words may be
    # shortened to its middle one, where no name ends with it.
    middles: dict[str, str] = {}
    for token in [*doc, None]:
        if token is not None and is_name_word(token):
            run.append(token)
            continue
        if token is not None and run and _joins_a_hyphenated_name(token, is_name_word):
            run.append(token)  # `Kassym-Jomart Tokayev`: one given name
            continue
        if run and _after_office_of(doc, run[0].i):
            # (`Inspector General of Police Camillus Wambura`, `Minister for Foreign
            # Affairs Sugiono`: the name after the office's)
            while len(run) > 1 and run[0].lower_ in _OFFICE_OBJECTS:
                run = run[1:]
        # (a hyphenated name counts as one word: `Jean-Claude Juncker`)
        words = [
            t for k, t in enumerate(run) if t.text != "-" and (k == 0 or run[k - 1].text != "-")
        ]
        if 2 <= len(words) <= 4:
            full = doc[run[0].i : run[-1].i + 1].text
            names.setdefault(run[-1].text.lower(), full)
            if len(words) == 3:
                middles.setdefault(words[1].text.lower(), full)
        run = []
    for middle, full in middles.items():
        names.setdefault(middle, full)
    return names


# ---------------------------------------------------------------- helpers


def _joins_a_hyphenated_name(token: Token, is_name_word: Callable[[Token], bool]) -> bool:
    """Whether ``token`` is the hyphen of a name written with no space around it, between
    two name words (`Kassym-Jomart`)."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and token.i + 1 < len(doc)
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and is_name_word(doc[token.i - 1])
        and is_name_word(doc[token.i + 1])
    )


def _after_office_of(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` follows the `of` or `for` of an office, past the words
    of what it is of (`Minister for Political and Security Affairs`)."""
    k = i - 1
    while k > 0 and (doc[k].lower_ in TITLES | _OFFICE_OBJECTS or doc[k].lower_ == "and"):
        k -= 1
    return k >= 1 and doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in TITLES


#: Entity labels a surname alone may wrongly get.
_NAME_LABELS = frozenset(("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"))


def _surnames_of_people(doc: Doc, mentions: list[_Mention], kb: ActorKB) -> list[_Mention]:
    """A city that stands for a state (`Aden`, not a state's own name) where it is the
    surname of a person the article names in full (`Fatuma Ali Aden ... Aden is
    reluctant to leave again`): a mention of that person; and so is that surname alone
    where the tagger found no name or took it for a place (`Kombo later met ...`)."""
    named_in_full = [m for m in mentions if m.kind == "person" and " " in m.name]
    surnames = {surname_of(m.name) for m in named_in_full if not m.surname_only}
    # (where each surname was first written in full)
    first_in_full: dict[str, int] = {}
    for m in named_in_full:
        if not m.surname_only:
            first_in_full.setdefault(surname_of(m.name), m.end)
    # (`Karim al-Faraya ... Al-Faraya added`: a surname with its article, capitalised
    # at the start of a sentence, which the tagger took for a body's name)
    articled = {s.lower(): s for s in surnames if "-" in s and s[:3].lower() in {"al-", "el-"}}
    found = [
        _Mention(m.start, m.end, articled[text.lower()], "person", surname_only=True)
        if m.kind != "person"
        and m.kb_id is None
        and (text := doc[m.start : m.end].text).lower() in articled
        else _Mention(m.start, m.end, doc[m.start].text, "person", surname_only=True)
        if m.kind != "person"
        and m.end - m.start == 1
        and doc[m.start].text in surnames
        and (
            kb.country(doc[m.start].text) is None
            # `Finance Minister Sinisa Mali ... Mali said`: a state's own name as the
            # surname of one named in full before, standing as a subject or owner
            or (
                m.start >= first_in_full[doc[m.start].text]
                and doc[m.start].dep_ in {"nsubj", "nsubjpass", "poss"}
                and not (m.start > 0 and doc[m.start - 1].lower_ == "the")
            )
        )
        else m
        for m in mentions
    ]
    # `Mahmoud Kombo spoke ... Kombo later met Antony Blinken`: a surname alone the
    # tagger took for no name at all, after the name in full
    first_full = min((m.start for m in named_in_full), default=len(doc))
    # (a name the tagger took for a place or body, of one named in full as a person:
    # `Evan Gershkovich ... Gershkovich, 32,`; not of a body the tagger took for a person,
    # `The Kuki Inpi Manipur`)
    named_people = {
        surname_of(m.name)
        for m in named_in_full
        if m.name.split()[0].lower() not in {"the", "a", "an"}
    }
    missed = [
        _Mention(t.i, t.i + 1, t.text, "person", surname_only=True)
        for t in doc[first_full:]
        if t.text in surnames
        and t.tag_ == "NNP"
        and (not t.ent_type_ or (t.ent_type_ in _NAME_LABELS and t.text in named_people))
        and kb.country(t.text) is None
        and not _inside(found, t.i)
    ]
    return sorted(found + missed, key=lambda m: m.start) if missed else found


def _acronyms_as_defined(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Short names as the article defines them in brackets after a body's name
    (`Reporters Without Borders (RSF) ... RSF said`): the body named, wherever the short
    name comes again, whatever else it may stand for (Sudan's Rapid Support Forces)."""
    defined: dict[str, _Mention] = {}
    for m in mentions:
        if (
            m.kind != "person"
            and m.end + 2 < len(doc)
            and doc[m.end].text == "("
            and doc[m.end + 2].text == ")"
            and doc[m.end + 1].text.isupper()
            and 2 <= len(doc[m.end + 1].text) <= 8
            # (not a dateline's agency: `KYIV, Ukraine (AFP) - ...`)
            and not (m.end + 3 < len(doc) and doc[m.end + 3].text in {"-", "—", "–", "--"})
        ):
            defined[doc[m.end + 1].text] = m
    if not defined:
        return mentions
    # (a short name the knowledge base knows, given to a body it does not, is that body's
    # other name: `the United Nations High Commission for Refugees (UNHCR)`)
    known = {doc[m.start].text for m in mentions if m.kb_id and m.end - m.start == 1}
    defined = {short: body for short, body in defined.items() if body.kb_id or short not in known}
    out: list[_Mention] = []
    for m in mentions:
        body = defined.get(doc[m.start].text) if m.end - m.start == 1 else None
        if body is not None and m is not body:
            m = _Mention(m.start, m.end, body.name, body.kind, body.country, body.kb_id)
        out.append(m)
    # (a short name that no finder took for a name at all)
    for token in doc:
        body = defined.get(token.text)
        if body is not None and not _inside(mentions, token.i):
            out.append(
                _Mention(token.i, token.i + 1, body.name, body.kind, body.country, body.kb_id)
            )
    return sorted(out, key=lambda m: m.start)


def _longer_name_ending_so(
    written: str, mention: _Mention, people: list[_Mention]
) -> _Mention | None:
    """The person named before in full with three words or more whose last two are a
    two-word name's as written (`Ahmed Ben Salah` for `Ben Salah`, `Bernard Okalia Bilai`
    for `Okalia Bilai`)."""
    words = written.split()
    if mention.kind != "person" or len(words) != 2:
        return None
    return next(
        (
            full
            for full in people
            if full.start < mention.start
            and full is not mention
            and len(full.name.split()) >= 3
            and full.name.split()[-2:] == words
        ),
        None,
    )


def _named_before_with_its_state(mention: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """The body named before with the name of its state first (`Bangladesh Chhatra
    League` for `Chhatra League`), where neither is one the knowledge base knows."""
    if mention.kind != "organization" or mention.kb_id is not None:
        return None
    name = mention.name.lower()
    kb = default_kb()
    return next(
        (
            full
            for full in mentions
            if full.start < mention.start
            and full.kind == "organization"
            and full.kb_id is None
            and full.name.lower().endswith(f" {name}")
            and kb.country(full.name[: -len(name) - 1]) is not None
        ),
        None,
    )


def _inside(mentions: list[_Mention], i: int) -> bool:
    return any(m.start <= i < m.end for m in mentions)


#: States whose people's names put the family name first: `Kim` for Kim Jong Un.
_FAMILY_NAME_FIRST = frozenset(("PRK", "KOR", "CHN", "TWN"))


def family_name(name: str, country: str | None) -> str | None:
    """The family name, lower-cased, of a person named in full in a state whose names put
    it first (`kim` for Kim Jong Un), or in the form of such names, a given name of two
    syllables joined by a hyphen after it (`kim` for Kim Ji-hye), which refers to them
    alone; else None."""
    words = name.split()
    if len(words) < 2:
        return None
    korean_form = len(words) == 2 and _KOREAN_GIVEN_NAME.fullmatch(words[1]) is not None
    return words[0].lower() if country in _FAMILY_NAME_FIRST or korean_form else None


#: A given name written as Korean ones are, two syllables joined by a hyphen: `Ji-hye`.
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def first_named(word: str, names: Iterable[str]) -> str | None:
    """The one name among ``names`` (people the knowledge base does not know), of two or
    three words, that starts with ``word`` (lower-cased): a name given family name first
    (`Spokesperson Liu Dejun ... Liu said`) or a person called by their given name
    (`Army spokesperson Winthai Suvaree ... Winthai said`)."""
    found = {
        name for name in names if 2 <= len(name.split()) <= 3 and name.lower().split()[0] == word
    }
    return found.pop() if len(found) == 1 else None


def surname_of(name: str) -> str:
    """The last word of a person's name before a generation's mark (`Marcos` of
    `Ferdinand Marcos Jr.`, `King` of `Martin Luther King III`), which later mentions
    drop."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".,") in _GENERATIONS:
        words.pop()
    return words[-1]


#: Marks of a generation after a name: `Jr.`, `III`.
_GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))


def surname_forms(surname: str) -> tuple[str, ...]:
    """A lower-cased surname as written, and without an Arabic article joined to it by
    a hyphen (`sudani` for `al-sudani`), as later mentions often drop it."""
    for article in ("al-", "el-"):
        if surname.startswith(article) and len(surname) > len(article) + 2:
            return surname, surname[len(article) :]
    return (surname,)


#: Words before a role that make it a past holder's: `the former French foreign minister`.
_PAST_HOLDER_WORDS = frozenset(("former", "ex", "ex-", "then", "previous", "late", "onetime"))
#: Named-entity labels of things that are not people.
_NOT_PERSON_LABELS = frozenset(("GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW"))


def _after_owner(doc: Doc, start: int, end: int, surnames: set[str]) -> int:
    """Where a name the tagger took together with its owner starts (`Oxford's Okafor`,
    after `Ngozi Okafor, director of Oxford's institute`): after the possessive, when
    the one word after it is among ``surnames``, those of the people named in full."""
    if end - start < 3 or doc[end - 2].lower_ not in {"'s", "’s"}:
        return start
    return end - 1 if doc[end - 1].text in surnames else start


def _from_entry(start: int, end: int, entry: ActorEntry, *, surname_only: bool = False) -> _Mention:
    return _Mention(
        start, end, entry.name, entry.kind, entry.country, entry.id, surname_only=surname_only
    )


def _initials(name: str) -> str:
    """The acronym a name's capitalised words make: `MNDAA`, `RSF`, `TTP` (for
    `Tehrik-i-Taliban Pakistan`); empty for a name of one such word."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


#: Roles a person's name follows, which make a name the tagger called a body a person's:
#: `Government spokeswoman Yolande Makolo`.
_PERSON_ROLES = _words(
    """spokesman spokeswoman spokesperson minister president senator ambassador envoy
    governor mayor adviser advisor commander"""
)
#: People a word of origin before them describes: `A Uyghur woman`, `Rohingya refugees`.
_PEOPLE_BY_ORIGIN = _words("woman man activist refugee student family villager resident mother")
#: Peoples and faiths, whose names describe a person or a group, never a body that
#: speaks: `A senior Tigrayan official`, `A Druze commander`.
_PEOPLES = _words(
    """druze alawite alawi sunni shiite shia yazidi amhara afar oromo tigrayan tigray somali
    pashtun baloch baluch hazara tajik uzbek uyghur rohingya tuareg fulani hausa igbo yoruba
    maasai kikuyu luo dinka nuer zaghawa masalit arab kurd christian muslim tamil sinhalese
    sinhala karen kachin shan chin bamar naga kuki meitei berber kabyle"""
)
#: People an apposition after names (`A resident of Barmal, Gul Rahman, said`).
_PEOPLE_DESCRIBED = _PEOPLE_BY_ORIGIN | _words(
    "officer doctor witness official farmer teacher elder survivor relative"
)
#: Words that end the names of bodies, not of people.
_BODY_NAME_WORDS = _words(
    """ministry party council group army forces force front movement union committee
    commission agency office service bank company corporation institute"""
)


#: Words for a kind of body written before its name: `Energy firm Srbijagas`.
_KINDS_OF_BODY = _words(
    """firm company group giant conglomerate operator carrier airline lender insurer
    manufacturer producer miner broadcaster charity union party chipmaker carmaker automaker
    shipbuilder drugmaker retailer"""
)


#: Words that end the names of bodies of a state's people: `The Law Society of Kenya`.
_SOCIETIES = _words("society association conference federation league bar chamber")


def _body_named_after(words: Span) -> bool:
    """Whether the words of a name after a known actor's name a body of its own: `Office
    on Drugs and Crime` after `The U.N.` (not a part of the actor it owns: `VOA's
    Mandarin Service`)."""
    return (
        len(words) > 0
        and words[0].lower_ not in {"'s", "’s"}
        and any(t.lower_ in _BODY_NAME_WORDS and t.text[:1].isupper() for t in words)
    )


def _holder_after_title_of_place(doc: Doc, ent: Span) -> Span:
    """`Sultan of Sokoto Muhammadu Abubakar`, `Archbishop of Canterbury Justin Welby`: a
    name the tagger ran together with the place a title before it is of; the person is
    the last two words."""
    if (
        ent.label_ in {"PERSON", "ORG", "FAC", "GPE"}
        and len(ent) >= 3
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in TITLES
        and all(t.pos_ == "PROPN" for t in ent[-2:])
    ):
        return Span(doc, ent.end - 2, ent.end, label="PERSON")
    return ent


def _repaired_entities(doc: Doc) -> list[Span]:
    """The tagger's entities (less a common word capitalised at a sentence's start that
    it took for a name), with a hyphenated surname it took for another entity
    joined to the name before it (`Alix Didier` + `Fils-Aimé`), a hyphenated given name it
    cut at the hyphen made whole (`Kwak Jong-geun`, `Jan-Albert Hootsen`), a name after
    `Mr` or `Ms` read as a person's, and a name right after a
    person's role taken for a body's read as a person's (`spokeswoman Yolande Makolo`),
    and a body's name the tagger cut at a preposition joined to the place after it
    (`The Islamic Resistance in` + `Iraq`)."""
    ents = _split_at_commas(doc, list(doc.ents))
    ents = sorted(
        [*ents, *_subjects_the_tagger_missed(doc, ents), *_offices_the_tagger_missed(doc, ents)],
        key=lambda e: e.start,
    )
    # (the words each name takes, to keep another from running into them)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        opening = next((t.i for t in reversed(ent[1:]) if t.is_sent_start), None)
        if opening is not None:
            # `lived in the U.S.` + `Smith said`: a name the tagger ran over the end of a
            # sentence is the part in the sentence after it
            ent = Span(doc, opening, ent.end, label=ent.label_)
        if ent.label_ == "ORG":
            ent = _name_with_and(doc, ent, taken)
        ent = _holder_after_title_of_place(doc, ent)
        if (
            ent.label_ == "PERSON"
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == "-"
            and not doc[ent.end - 1].whitespace_
            and not doc[ent.end].whitespace_
            and doc[ent.end + 1].is_alpha
            and doc[ent.end + 1].is_lower
        ):
            # `Kim Min` + `-seok`: a given name of two syllables joined by a hyphen, the
            # second in small letters, which the tagger cut at the hyphen (and ran over
            # a title before it: `Lawmaker Choo Mi`)
            ent = Span(doc, ent.start + _title_length(ent), ent.end + 2, label="PERSON")
        if (
            ent.label_ == "ORG"
            and ent[-1].lower_ in TITLES
            and ent.end < len(doc)
            and doc[ent.end].pos_ == "PROPN"
            and doc[ent.end].is_title
            and not any(e.start == ent.end for e in ents)
        ):
            # `spokesperson, Atty.` + `Lilia Reyes`: a title the tagger ended a body's
            # name with, and the person's name after it that it left out
            end = ent.end
            while (
                end < min(len(doc), ent.end + 3) and doc[end].pos_ == "PROPN" and doc[end].is_title
            ):
                end += 1
            ent = Span(doc, ent.end - 1, end, label="PERSON")
        if (
            len(ent) == 1
            and ent.label_ == "ORG"
            and ent.end < len(doc)
            and doc[ent.end].lower_ in {"ministry", "department", "party"}
            and ent[0].head.i in {ent.end, doc[ent.end].head.i}
        ):
            # `Interior` + `ministry officials`, `The Socialist party`: the body's name
            # runs on over its kind
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
        paren = next((t.i for t in ent[1:] if t.text == "("), None)
        if paren is not None and not any(t.text == ")" for t in ent):
            # `The Military Intelligence Service (MIVD`: the name, and its short form
            # after the bracket the tagger left open, each a name of its own
            out.append(Span(doc, ent.start, paren, label=ent.label_))
            if paren + 2 == ent.end and doc[paren + 1].text.isupper():
                out.append(Span(doc, paren + 1, ent.end, label=ent.label_))
            continue
        if (
            len(ent) == 1
            and ent.label_ in {"ORG", "PERSON"}
            and ent[0].is_sent_start
            and ent[0].pos_ in {"NOUN", "ADJ", "VERB"}
            and ent[0].dep_ in {"compound", "amod"}
        ):
            continue  # `Party officials said`, `Exit polls showed`: a common word, capitalised
        if (
            len(ent) == 1
            and ent.label_ in {"ORG", "PERSON"}
            and ent[0].is_sent_start
            and ent[0].lower_ in _BODY_NAME_WORDS | {"navy", "police", "military", "government"}
            and ent[0].dep_ == "compound"
            and ent[0].head.tag_ == "NNS"
        ):
            continue  # (the same tagged a name: `Army officers said` after a paragraph break)
        if (
            len(ent) == 1
            and ent.label_ in {"ORG", "PERSON"}
            and ent[0].is_sent_start
            and ent[0].dep_ == "compound"
            and ent[0].head.tag_ == "NNS"
            and _written_small_elsewhere(doc, ent[0])
        ):
            continue  # `Settler leaders said`, with `settler attacks` in the story: a word
        if (
            ent.label_ == "ORG"
            and ent.end + 1 < len(doc)
            and doc[ent.end].lower_ in TITLES | {"majority", "minority"}
            and ent[-1].dep_ == "compound"
            and any(e.label_ == "PERSON" and ent.end < e.start <= ent.end + 3 for e in ents)
        ):
            # `Defense Secretary Pete Hegseth`, `Senate Majority Leader Chuck Schumer`: the
            # office in the person's title, not a body that speaks
            continue
        if (
            len(ent) == 1
            and ent.label_ in {"ORG", "PERSON"}
            and ent.end < len(doc)
            and ent[0].head.i == ent.end
            and (
                ent.text.lower() in _PEOPLES
                or (
                    ent.label_ == "ORG"
                    and (doc[ent.end].lemma_.lower() in _PEOPLE_BY_ORIGIN or _demonym(ent.text))
                )
            )
        ):
            continue  # `A Uyghur woman said`, `An Emirati official`: where from, not a body
        if (
            ent.label_ == "ORG"
            and 2 <= len(ent) <= 3
            and ent.start > 0
            and (
                doc[ent.start - 1].lower_ in _PERSON_ROLES
                # (`A Fano spokesman, Asres Mare Damtie, said`: the role's apposition)
                or (
                    doc[ent.start - 1].text == ","
                    and ent.root.dep_ == "appos"
                    and _describes_a_person(ent.root.head)
                )
            )
            and all(t.pos_ == "PROPN" and t.lower_ not in _BODY_NAME_WORDS for t in ent)
        ):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if (
            ent.label_ == "ORG"
            and len(ent) >= 3
            and ent[0].lower_ in TITLES
            and 0 < _title_length(ent) <= len(ent) - 2
            # (the rank's words however tagged: `Field`, a common noun)
            and all(
                (t.pos_ == "PROPN" or t.i - ent.start < _title_length(ent))
                and t.lower_ not in _BODY_NAME_WORDS
                for t in ent
            )
        ):
            # `Field Marshal Asim Munir`: a person after a rank of two words
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        ent = _person_repaired(doc, ent)
        if (
            ent.label_ == "PERSON"
            and len(ent) <= 2
            and ent.start > 0
            and doc[ent.start - 1].lower_ in _KINDS_OF_BODY
            and doc[ent.start - 1].dep_ == "compound"
            and doc[ent.start - 1].tag_ == "NN"
        ):
            # `Energy firm Srbijagas`, `Rights group Ecoguard`: a body after the word for
            # its kind, which the tagger took for a person
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if (
            ent.label_ == "PERSON"
            and ent[-1].text == "-"
            and ent.end < len(doc)
            and not ent[-1].whitespace_
            and doc[ent.end].is_alpha
            and not any(e.start == ent.end for e in ents)
        ):
            # `Kwak Jong-` + `geun`: a hyphenated given name the tagger cut at its hyphen
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        if (
            ent.label_ == "ORG"
            and len(ent) >= 4
            and ent[-1].lower_ == "of"
            and ent[0].lower_ in TITLES
        ):
            # `Bishop Wilfred Anagbe of` + `Makurdi`: a person with a title and see
            ent = Span(doc, ent.start, ent.end - 1, label="PERSON")
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and ent.start == last.end
            and len(ent) == 3
            and ent[1].text == "-"
            and not ent[0].whitespace_
            and not ent[1].whitespace_
            and all(t.text[:1].isupper() for t in (ent[0], ent[2]))
        ):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        if (
            last is not None
            and last.label_ == "ORG"
            # (also a state's name the tagger took for a person's: `Malawi`)
            and (
                ent.label_ in {"GPE", "LOC"}
                or (ent.label_ == "PERSON" and lookup_country(ent.text) is not None)
                # (`The U.S. Agency for` + `International Development`, `The Danish
                # Security and` + `Intelligence Service`)
                or (
                    ent.label_ == "ORG" and last[-1].lower_ in {"for", "of", "on", "against", "and"}
                )
            )
            and (
                (ent.start == last.end and (last[-1].pos_ == "ADP" or last[-1].lower_ == "and"))
                # (`The Law Society` + `of` + `Kenya`: a body's name of its state)
                or (
                    ent.start == last.end + 1
                    and doc[last.end].lower_ == "of"
                    and last[-1].lower_ in _BODY_NAME_WORDS | _SOCIETIES
                    and last[-1].lower_ not in {"government", "army", "ministry", "forces"}
                )
            )
        ):
            # `The Islamic Resistance in` + `Iraq`: a body's name runs on over the place
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _person_repaired(doc: Doc, ent: Span) -> Span:
    """A person's name the tagger took for a body's, or cut short: a surname with a
    Slavic, Georgian or Armenian ending (`Gladkov said`), a name speaking as a person
    does (`Bayo Onanuga said`), one after `Mr` or `Ms`; and a given name it cut off
    (`Therese` + `Kayikwamba Wagner`, `Jan-` + `Albert Hootsen`)."""
    honorific = next(
        (i for i in (ent.start - 1, ent.start) if i >= 0 and doc[i].lower_ in HONORIFICS),
        None,
    )
    if (
        len(ent) == 1
        and ent.label_ == "ORG"
        and ent[0].pos_ == "PROPN"
        and ent[0].dep_ in {"nsubj", "nsubjpass"}
        and ent.text.lower().endswith(_SURNAME_ENDINGS)
        and not ent.text.isupper()
    ):
        # `Gladkov said`: a Slavic, Georgian or Armenian surname the tagger took for
        # a body's name
        ent = Span(doc, ent.start, ent.end, label="PERSON")
    if (
        ent.label_ == "PERSON"
        and ent.start >= 1
        and doc[ent.start - 1].pos_ == "PROPN"
        and doc[ent.start - 1].is_title
        and doc[ent.start - 1].lower_ in given_names()
        and lookup_country(doc[ent.start - 1].text) is None
    ):
        # `Therese` + `Kayikwamba Wagner`: a given name the tagger cut off the name
        ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
    before = doc[ent.start - 1] if ent.start >= 1 else None
    if (
        ent.label_ == "PERSON"
        and len(ent) >= 2
        and before is not None
        and before.pos_ == "PROPN"
        and before.is_title
        and before.dep_ == "compound"
        and ent.start <= before.head.i < ent.end
        and not before.ent_type_
        and before.lower_ not in TITLES | _TITLES_OF_CALLINGS
        and before.lower_.rstrip(".") not in TITLES
        and lookup_country(before.text) is None
        # (not the last word of an office in capitals: `Security Affairs Budi Gunawan`,
        # `Majority Leader Chuck Schumer`)
        and (before.is_sent_start or not doc[before.i - 1].is_title)
    ):
        # `Pascal` + `Affi N'Guessan`: a given name the tagger does not know, in the name
        ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
    opening = _foreign_name_opening(doc, ent.start)
    if opening is not None:
        # `Ensemble pour le Gabon`, `Union pour la Republique`: a movement's name in
        # French or Spanish, not the state or word the tagger found at its end
        ent = Span(doc, opening, ent.end, label="ORG")
    if _speaker_read_as_a_body(ent):
        ent = Span(doc, ent.start, ent.end, label="PERSON")  # `Bayo Onanuga said`
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _BUSINESS_NAME_ENDS:
        ent = Span(doc, ent.start, ent.end, label="ORG")  # `Acme Shipping`, `Orion Energy`
    if (
        ent.label_ == "ORG"
        and len(ent) >= 3
        and ent[0].is_title
        and ent[0].lower_ not in _BODY_NAME_WORDS | _FOREIGN_BODY_WORDS
        and all(t.lower_ in _NAME_PARTICLES and t.is_lower for t in ent[1:-1])
        and ent[-1].is_title
        and ent.root.dep_ in {"nsubj", "nsubjpass"}
    ):
        # `Laurence des Cars said`: a given name, a particle and a family name speaking
        # (not `Banque de France`)
        ent = Span(doc, ent.start, ent.end, label="PERSON")
    if (
        ent.label_ in {"ORG", "PERSON"}
        and ent.start >= 1
        # (not `la` or `le`, which open names of papers: `la Repubblica`)
        and doc[ent.start - 1].lower_ in _NAME_PARTICLES - {"la", "le"}
        and doc[ent.start - 1].is_lower
        and (ent.start == 1 or not doc[ent.start - 2].is_title or doc[ent.start - 2].is_sent_start)
        and len(ent) == 1
    ):
        # `des Cars told senators`: the family name with its particle, which the tagger
        # left out
        ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
    if (
        ent.label_ == "ORG"
        and honorific is not None
        and 1 <= ent.end - honorific - 1 <= 2
        and all(t.pos_ == "PROPN" for t in doc[honorific + 1 : ent.end])
    ):
        ent = Span(doc, ent.start, ent.end, label="PERSON")  # `Mr Hughes`: a person
    if (
        ent.label_ == "PERSON"
        and ent.start >= 2
        and doc[ent.start - 1].text == "-"
        and not doc[ent.start - 2].whitespace_
        and not doc[ent.start - 1].whitespace_
        and doc[ent.start - 2].is_title
        and doc[ent.start - 2].is_alpha
    ):
        # `Jan-` + `Albert Hootsen`: a hyphenated given name cut at its hyphen
        ent = Span(doc, ent.start - 2, ent.end, label="PERSON")
    return ent


def _subjects_the_tagger_missed(doc: Doc, ents: list[Span]) -> list[Span]:
    """`Amit Shah met Biren Singh`: a subject of two or three capitalised words opening
    with a common given name that the tagger did not take for a name at all."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for token in doc:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ != "PROPN" or token.i in taken:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
            start -= 1
        words = doc[start : token.i + 1]
        if (
            2 <= len(words) <= 3
            and all(t.is_title and t.pos_ == "PROPN" and t.i not in taken for t in words)
            and words[0].lower_ in given_names()
        ):
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


def _name_with_and(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """A body's name that holds `and`, which the tagger cut there: `The Department of
    Public Works` + `and Highways`; `The Kanak and` + `Socialist National Liberation
    Front`; not over words another name takes (``taken``)."""
    end = ent.end
    if (
        any(t.lower_ == "of" for t in ent)
        and end + 1 < len(doc)
        and doc[end].lower_ == "and"
        and doc[end + 1].is_title
        and doc[end + 1].pos_ in {"PROPN", "NOUN"}
        and end + 1 not in taken
    ):
        end += 2
        while (
            end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end not in taken
        ):
            end += 1
    start = ent.start
    if (
        start >= 3
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].is_title
        and doc[start - 2].pos_ in {"PROPN", "ADJ", "NOUN"}
        and start - 2 not in taken
        and doc[start - 3].lower_ == "the"
    ):
        start -= 2
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="ORG")


def _offices_the_tagger_missed(doc: Doc, ents: list[Span]) -> list[Span]:
    """`The Prime Minister's Office said`, `the Attorney General's Office`: an office
    named by the title of the one it serves, which the tagger did not take for a name."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for token in doc:
        if token.lower_ != "office" or not token.is_title or token.i in taken:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in TITLES or not owner.is_title:
            continue
        start = owner.left_edge.i
        # (past a state's word the tagger took for a name: `The Guatemalan Attorney ...`)
        while start < owner.i and (
            doc[start].pos_ == "DET" or not doc[start].is_title or start in taken
        ):
            start += 1
        if not any(i in taken for i in range(start, token.i + 1)):
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def _describes_a_person(word: Token) -> bool:
    """Whether ``word``, or the word its preposition hangs from, is a person's role
    (`A Fano spokesman, ...`, `A resident of Barmal, ...`)."""
    described = _PERSON_ROLES | _PEOPLE_DESCRIBED
    return word.lower_ in described or (
        word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.lower_ in described
    )


def _split_at_commas(doc: Doc, ents: list[Span]) -> list[Span]:
    """The tagger's names with those it ran over a comma split there (`A spokesman for
    Kiir, David Majur, said`: `Kiir`, and the person `David Majur`)."""
    out: list[Span] = []
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","]
        if not commas or ent.label_ not in {"ORG", "PERSON"}:
            out.append(ent)
            continue
        start = ent.start
        for end in [*commas, ent.end]:
            if end > start:
                label = "PERSON" if doc[start].lower_ in given_names() else ent.label_
                out.append(Span(doc, start, end, label=label))
            start = end + 1
    return out


def _speaker_read_as_a_body(ent: Span) -> bool:
    """A name of two or three words the tagger took for a body's that speaks as a person
    does (`Bayo Onanuga said`, `Sylvain Ekenge told AFP`): no article before it, no
    body's word or place in it."""
    doc = ent.doc
    return (
        ent.label_ == "ORG"
        and 2 <= len(ent) <= 3
        and (ent.start == 0 or doc[ent.start - 1].lower_ not in {"the", "a", "an", "'s", "’s"})
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent)
        and not any(t.lower_ in _BODY_NAME_WORDS | _NOT_PERSONAL_WORDS for t in ent)
        and not any(lookup_country(t.text) is not None for t in ent)
        and ent.root.dep_ == "nsubj"
        and ent.root.head.lemma_.lower() in {"say", "tell", "add", "write", "warn", "insist"}
    )


#: Words of bodies' names beyond ``_BODY_NAME_WORDS``: `Amnesty International`.
_NOT_PERSONAL_WORDS = _words(
    """international watch borders news times post press television radio network
    foundation center centre association alliance coalition league court authority
    administration government assembly parliament university school hospital airlines
    airways partners capital media observatory institution organization organisation
    society trust fund federation program programme initiative project command"""
)


def _demonym(word: str) -> bool:
    """Whether ``word`` is what a country's people are called (`Azerbaijani`)."""
    match = lookup_country(word)
    return match is not None and match.how == "demonym"


def _key(m: _Mention) -> str:
    return f"kb:{m.kb_id}" if m.kb_id else f"{m.kind}:{m.name.lower()}"


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _busy(mentions: list[_Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def _common_words_for_a_name(text: str, entry: ActorEntry) -> bool:
    """Whether words written in lower case match only names the knowledge base writes
    capitalised (`central command` for `Central Command`): common words, not the name."""
    if not text.islower() or " " not in text.strip():
        return False
    forms = _forms_written_as(text, entry)
    return bool(forms) and all(
        all(w[:1].isupper() for w in strip_the(a).split() if w.lower() not in _SMALL_WORDS)
        for a in forms
    )


def _common_word_alias_unanchored(doc: Doc, start: int, end: int, entry: ActorEntry) -> bool:
    """Whether words match the actor only by an alias in common words (`the alliance`
    for NATO) while none of its names is written before them: it points back to another
    (`The opposition Front Commun called a boycott ... the alliance said`)."""
    forms = _forms_written_as(doc[start:end].text, entry)
    # (also a name written here in common words: `the kingdom` for `the Kingdom`)
    if not forms or not (
        all(strip_the(form).islower() for form in forms)
        or strip_the(doc[start:end].text.lower()) == strip_the(doc[start:end].text)
    ):
        return False
    written = doc.text[: doc[start].idx]
    return not any(
        name in written for name in (entry.name, *entry.aliases) if not strip_the(name).islower()
    )


def _metonym_in_common_words_unanchored(doc: Doc, start: int, end: int, entry: ActorEntry) -> bool:
    """Whether a name that stands for a state's government, written in common words
    (`the kingdom` for `the Kingdom`), comes with no name of that state before it."""
    written = doc[start:end].text
    if strip_the(written) != strip_the(written).lower():
        return False
    state = entry.name.split(" (", 1)[0]
    return state not in doc.text[: doc[start].idx]


def _forms_written_as(text: str, entry: ActorEntry) -> list[str]:
    """The actor's names and aliases that ``text`` writes, in any case, `the` or not."""
    wanted = strip_the(text.lower())
    return [a for a in (entry.name, *entry.aliases) if strip_the(a.lower()) == wanted]


#: Small words a capitalised name may leave in lower case (`Committee to Protect
#: Journalists`).
_SMALL_WORDS = frozenset(("of", "for", "and", "the", "on", "in", "to"))


def _head_of_a_longer_name(doc: Doc, start: int, end: int, entry: ActorEntry) -> bool:
    """Whether words that match an actor's name in common words (`the alliance` for NATO)
    are written as the head of another name, capitalised and followed by `of` and a
    name (`The Alliance of Democracies`)."""
    forms = _forms_written_as(doc[start:end].text, entry)
    return (
        any(form.split()[-1].islower() for form in forms)
        and doc[end - 1].text[:1].isupper()
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].text[:1].isupper()
    )


def _longest_first(mentions: list[_Mention]) -> list[_Mention]:
    """Non-overlapping mentions, longer ones winning, in text order."""
    kept: list[_Mention] = []
    busy: set[int] = set()
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(i in busy for i in range(m.start, m.end)):
            continue
        kept.append(m)
        busy.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


def _acts(span: Span) -> bool:
    """Whether a state's name or capital is used as an actor here."""
    root = span.root
    if any(c.dep_ == "compound" and c.i < span.start and c.pos_ == "PROPN" for c in root.children):
        # `Amnesty International Kenya said`: a body's national branch, not the state
        return False
    dep = root.dep_
    if dep in _ACTOR_DEPS:
        return True
    if dep == "conj":
        # (`Britain, France and Germany said`: the last name hangs on the one before)
        first = root.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first.dep_ in _ACTOR_DEPS
    if dep == "pobj" and root.head.lower_ == "by" and root.head.head.tag_ == "VBN":
        return True
    if dep == "pobj" and _scene_of_a_state_body(root.head):
        return True
    return dep == "poss" and root.head.lemma_.lower() in _STATEMENT_NOUNS


def _scene_of_a_state_body(prep: Token) -> bool:
    """`In neighboring Benin, the government said ...`: a state set first in its sentence
    as where the state body that is the subject acts, which it names."""
    verb = prep.head
    return (
        prep.lower_ == "in"
        and prep.i == prep.sent.start
        and verb.pos_ in {"VERB", "AUX"}
        and any(
            c.dep_ in _ACTOR_DEPS
            and c.lemma_.lower() in _STATE_BODY_NOUNS
            and any(d.lower_ == "the" for d in c.children)
            for c in verb.children
        )
    )


#: A middle initial: `K.`.
_INITIAL = re.compile(r"[A-Z]\.?")


def _after_another_given_name(doc: Doc, start: int, entry: ActorEntry) -> bool:
    """Whether a known person's surname at ``start`` follows a common given name with
    another first letter than all that person's names (`Layla Assad`, `Sami Ben Ali`), or
    a given name no list knows that none of them resembles (`Hazem Qassem`), or
    is the last of two surnames joined that none of them has (`Bruni-Sarkozy`), however
    the tagger read the name: a namesake."""
    if start == 0:
        return False
    if (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
    ):
        # `Carla Bruni-Sarkozy`: a surname of two joined, another's than `Sarkozy`
        joined = f"{doc[start - 2].text}-{doc[start].text}".lower()
        return not any(joined in name.lower() for name in (entry.name, *entry.aliases))
    given = doc[start - 1]
    if not given.is_title:
        return False
    if start >= 2 and doc[start - 2].text == "-":
        return False  # (`Abdul-Malik al-Houthi`: part of a hyphened name)
    if _INITIAL.fullmatch(given.text):
        return False  # (a middle initial, read with the name before it)
    if given.lower_ not in given_names():
        # (a given name no list knows, written as one name with the surname: `Hazem
        # Qassem`, `Abdelrahim Dagalo`; unless spelt like one of that person's own names:
        # `Mohammed Hamdan Dagalo` for `Mohamed Hamdan Dagalo`)
        words = {w.lower() for name in (entry.name, *entry.aliases) for w in name.split()}
        return (
            given.pos_ == "PROPN"
            and given.ent_type_ not in {"ORG", "NORP", "DATE", "EVENT"}
            and given.lower_ not in TITLES | HONORIFICS
            and given.lower_ not in ROLE_WORDS
            and lookup_country(given.text) is None
            and not any(SequenceMatcher(None, given.lower_, w).ratio() >= 0.75 for w in words)
        )
    # (the first letter, for spellings: `Muhammad bin Salman`, `Mohammed bin Salman`)
    return not any(
        name[:1].lower() == given.lower_[:1] for name in (entry.name, *entry.aliases) if " " in name
    )


#: Nouns for a group named after another (`the al Qaeda affiliate`).
_OFFSHOOTS = frozenset(
    ("affiliate", "affiliates", "offshoot", "offshoots", "franchise", "splinter")
)
#: Participles that name a group by another after a hyphen (`al Qaeda-linked`).
_LINKED = frozenset(("linked", "affiliated", "allied", "aligned", "backed", "inspired", "led"))


def _names_another_by_it(doc: Doc, end: int) -> bool:
    """Whether the actor's name ending at ``end`` describes another group (`the al Qaeda
    affiliate`, `an al Qaeda-linked group`, `Iran-backed militias`)."""
    if end >= len(doc):
        return False
    if doc[end].lower_ in _OFFSHOOTS:
        return True
    return (
        doc[end].text == "-"
        and end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in _LINKED
    )


def _first_of_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the known surname at ``start`` is followed by another name in the name
    the tagger found (`Gul Rahman`, `Khan Younis`): a given name there, or a place's."""
    return (
        end < len(doc)
        and doc[start].ent_iob_ in {"B", "I"}
        # (the next word inside the same name)
        and doc[end].ent_iob_ == "I"
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
        and doc[end].lower_.rstrip(".") not in {"jr", "sr"}
    )


def _in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether a state's name is the story's dateline (`MANAGUA, Nicaragua —`): the
    state whose government `the government` names when no other is named."""
    lead = dateline_end(doc, doc[start].sent.start)
    return lead is not None and end < lead


def _body_after(doc: Doc, i: int) -> tuple[str | None, int]:
    """The state body named by the words at ``i`` (``defence ministry``), and its end."""
    for length in (4, 3, 2, 1):
        if i + length <= len(doc):
            words = doc[i : i + length].text.lower()
            if words in BODY_WORDS:
                return BODY_WORDS[words], i + length
    return None, i


#: Bodies whose offices a description names (`the U.N. chief`), by their short names.
_BODY_OF_OFFICE = {
    "u.n.": "UN",
    "un": "UN",
    "nato": "NATO",
    "eu": "EU",
    "e.u.": "EU",
}
#: The offices such a description names, as the knowledge base calls them.
_OFFICES = {
    **{
        ("UN", words): "un_secretary_general"
        for words in ("chief", "secretary-general", "secretary general")
    },
    **{
        ("UN", words): "un_human_rights_chief"
        for words in ("human rights chief", "rights chief", "high commissioner for human rights")
    },
    **{
        ("UN", words): "un_aid_chief"
        for words in (
            "aid chief",
            "humanitarian chief",
            "relief chief",
            "emergency relief coordinator",
        )
    },
    **{
        ("NATO", words): "nato_secretary_general"
        for words in ("chief", "secretary-general", "secretary general")
    },
    **{
        ("EU", words): "eu_foreign_policy_chief"
        for words in ("foreign policy chief", "top diplomat", "foreign affairs chief")
    },
    ("EU", "commission president"): "eu_commission_president",
    ("EU", "council president"): "eu_council_president",
}


def _role_at(doc: Doc, i: int) -> tuple[str | None, int]:
    for length in (3, 2, 1):
        if i + length <= len(doc):
            words = doc[i : i + length].text.lower()
            if words in ROLE_WORDS:
                return ROLE_WORDS[words], i + length
    return None, i


def _last_country(mentions: list[_Mention], before: int) -> str | None:
    """The state last named before token ``before`` (by the state or one of its bodies;
    not a group based there: `Rwanda has denied arming the M23. Its foreign ministry`)."""
    best: _Mention | None = None
    for m in mentions:
        if (
            m.end <= before
            and m.country
            and m.kind in {"government", "military", "ministry"}
            and (best is None or m.start > best.start)
        ):
            best = m
    return best.country if best else None


def _title_length(span: Span) -> int:
    doc = span.doc
    # (`Superintendent of Police Kiran Chavan`: the last word of an office `of` something,
    # which the tagger took into the name)
    n = int(
        len(span) > 2
        and span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in TITLES
        and span[0].lower_ in _OFFICES_OF
    )
    for token in span[n:]:
        if token.lower_ in TITLES and n < len(span) - 1:
            n += 1
        else:
            break
    return n


#: What an office is `of`, written after it: `Superintendent of Police`.
_OFFICES_OF = _words("police staff state")


def _strip_determiner(span: Span) -> str:
    tokens: list[Token] = list(span)
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in {"'s", "’s"}):
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _written_small_elsewhere(doc: Doc, word: Token) -> bool:
    """Whether the article writes ``word`` in small letters too (`settler attacks`), as
    no name is: a common word capitalised at a sentence's start."""
    lower = word.lower_
    forms = {lower, lower + "s", lower.removesuffix("s")}
    return any(t.text in forms for t in doc if t.i != word.i)


#: Words of a calling or office written before a name, not in :data:`TITLES`, that are
#: no given name: `Ombudsman Josue Gutierrez`, `Father Yesai Artenyan`.
_TITLES_OF_CALLINGS = _words(
    """ombudsman ombudsperson ombudswoman commodore father brother sister mother prosecutor
    attorney counsel auditor mufti sheikha deacon elder chairman chairwoman chair president-elect"""
)
#: Last words of a business's name, never of a person's: `Acme Shipping`.
_BUSINESS_NAME_ENDS = _words(
    """shipping maritime airlines airways holdings group energy petroleum oil gas bank
    motors technologies technology systems industries logistics lines corp corporation inc
    ltd plc llc ag sa mining minerals telecom"""
)


#: Words that join the words of a movement's name in French or Spanish: `pour le`.
_FOREIGN_NAME_JOINS = _words("pour le la les l' de du des para por el los las")


def _foreign_name_opening(doc: Doc, start: int) -> int | None:
    """Where a name in French or Spanish that holds `pour`, `para` or `por` before the
    words at ``start`` opens (`Ensemble` in `Ensemble pour le Gabon`)."""
    k = start - 1
    joined = False
    while k >= 0 and start - k <= 6 and doc[k].is_lower and doc[k].lower_ in _FOREIGN_NAME_JOINS:
        joined = joined or doc[k].lower_ in {"pour", "para", "por"}
        k -= 1
    if not joined or k < 0 or not doc[k].is_title or doc[k].lower_ in TITLES:
        return None
    while k > 0 and doc[k - 1].is_title and not doc[k].is_sent_start and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return k
