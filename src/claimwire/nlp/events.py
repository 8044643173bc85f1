"""Finds PLOVER events with actors, place, date, quantities and modality.

A rule-based coder over the dependency parse, one pass per document.

- **Triggers** come from a lexicon (``claimwire/data/plover_triggers.tsv``: a
  lemma or a lemma plus one of its dependents, part of speech, PLOVER type and
  mode, optional conditions on the object, subject, governing word or
  complement). A reported obligation (`Libya must hand over the suspects, a
  minister said`) is a REQUEST by the speaker.
- **Frames**: the subject (or the ``by`` agent of a passive, or the controller
  of an infinitive) is the actor; the object, passive subject or object of
  ``on``/``against``/``with``... the recipient. A nominal trigger takes its actor
  from a possessive, a demonym (`Russian invasion`), ``by X`` or the subject of
  the verb that governs it (`launched attacks`); coordination gives several.
- **Actors** come from the entities component's records (and the actor
  knowledge base's sectors) where they cover the words, else from the words:
  countries, demonyms and capitals (``nlp/countries.py``), sector nouns
  (`Ukraine's military` → UKR, military), international organisations and
  NGOs, and what the whole article says (a titled person's state, acronyms, the
  one armed group `the group` refers to, the one state `the government` means).
  An actor of no known state in an article that names one state only is that
  state's, unless that state is what the event acts on; an official of an
  international organisation (`U.N. Secretary-General X`, `X, the UN relief
  coordinator`) is an IGO actor; `ethnic Albanians` belong to the state they live
  in; `I`/`we` inside a quote, and the one who voices a reported obligation, are
  the claim's speaker.
- **Not events**: nouns that characterise (`is a threat`, `poses a threat`,
  `described as an attack`), lasting relations unless formed (`their
  partnership`, but `forged an alliance`), requests for comment and the asking
  of news media, and a bare definite mention (`the attack`) of a type already
  found, which is the same event again.
- **Modality** from auxiliaries, negation, governing verbs, adjectives and nouns
  (`plans to`, `ready to`, `failed to`, `the possibility of`).
- **Place, date, quantities** by attachment to the trigger, with conservative
  fallbacks to the sentence.

:func:`plover_event_type` and :func:`plover_actors` map a record to PLOVER's
sentence-level coding conventions (an announced act is AGREE or THREATEN; an
event with no named actor is coded to the state where it happened). The claim
link is not set here: ``nlp/assemble.py`` ties an event to the claim whose
content holds it, except a demand or accusation the speaker makes by saying it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimwire.nlp import extensions as ext
from claimwire.nlp._lexicon import words as _words
from claimwire.nlp._ranges import Ranges
from claimwire.nlp.actors import default_kb
from claimwire.nlp.countries import country_by_code, lookup_country
from claimwire.records import (
    Actor,
    Claim,
    DateMention,
    DateValue,
    Entity,
    Event,
    Modality,
    Place,
    Quantity,
    Span,
)

__all__ = [
    "EventExtractor",
    "TriggerRule",
    "find_events",
    "load_lexicon",
    "plover_actors",
    "plover_event_type",
    "resolve_actor",
]

# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One lexicon row: ``lemma`` (+ ``second``, a dependent's lemma) → type, mode."""

    lemma: str
    pos: str  # "V" or "N"
    type: str
    mode: str | None = None
    second: str | None = None
    obj: frozenset[str] = frozenset()
    subj: frozenset[str] = frozenset()
    head: frozenset[str] = frozenset()
    xcomp: bool = False

    @property
    def specificity(self) -> int:
        conditioned = bool(self.obj or self.subj or self.head or self.xcomp)
        return 2 * (self.second is not None) + conditioned


Lexicon = dict[tuple[str, str], tuple[TriggerRule, ...]]


def _parse_lexicon(text: str) -> Lexicon:
    rows: dict[tuple[str, str], list[TriggerRule]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        trigger, pos, type_, mode, condition = (c.strip() for c in cols)
        lemma, _, second = trigger.partition(" ")
        obj: frozenset[str] = frozenset()
        subj: frozenset[str] = frozenset()
        head: frozenset[str] = frozenset()
        xcomp = False
        for cond in condition.split():
            key, _, values = cond.partition("=")
            words = frozenset(values.split("|"))
            if key == "obj":
                obj = words
            elif key == "subj":
                subj = words
            elif key == "head":
                head = words
            elif key == "xcomp" and not values:
                xcomp = True
            else:
                raise ValueError(f"unknown trigger condition {cond!r} in {line!r}")
        rule = TriggerRule(lemma, pos, type_, mode or None, second or None, obj, subj, head, xcomp)
        rows.setdefault((lemma, pos), []).append(rule)
    # Most specific first; the file order breaks ties.
    return {k: tuple(sorted(v, key=lambda r: -r.specificity)) for k, v in rows.items()}


@cache
def load_lexicon() -> Lexicon:
    """The shipped trigger lexicon, parsed once per process."""
    text = resources.files("claimwire.data").joinpath("plover_triggers.tsv").read_text("utf-8")
    return _parse_lexicon(text)


# ---------------------------------------------------------------- word lists


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split("|"))


#: Head nouns that say which part of a state (or which kind of group) acts.
SECTOR_WORDS: dict[str, str] = {
    **dict.fromkeys(
        _words(
            "force forces troop army military soldier navy marine battalion brigade "
            "unit command commander warship jet aircraft artillery paratrooper"
        ),
        "military",
    ),
    **dict.fromkeys(_words("police policeman policemen gendarmerie"), "police"),
    **dict.fromkeys(
        _words(
            "government official authority ministry minister president premier "
            "leader administration cabinet parliament lawmaker legislator regime "
            "state envoy ambassador diplomat spokesman spokeswoman spokesperson "
            "court prosecutor king chancellor embassy junta council senate congress "
            "mayor governor"
        ),
        "government",
    ),
    **dict.fromkeys(
        _words(
            "rebel militant insurgent separatist guerrilla jihadist militia gunman fighter "
            "gunmen attacker terrorist extremist"
        ),
        "rebels",
    ),
    **dict.fromkeys(
        _words(
            "civilian protester protestor demonstrator resident people villager youth "
            "student worker refugee citizen passenger journalist activist farmer"
        ),
        "civilians",
    ),
}

#: International organisations, for the PLOVER ``IGO`` sector.
IGOS = _names(
    "united nations|un|u.n.|nato|european union|eu|african union|au|ecowas|g7|g20|"
    "arab league|opec|osce|asean|world bank|imf|international monetary fund|who|"
    "world health organization|unhcr|unicef|security council|icc|"
    "international criminal court|eufor|wfp|world food program|"
    "world food programme|iaea|sco|brics|gulf cooperation council|"
    "organization of islamic cooperation|council of europe|european community|apec|"
    "asia-pacific economic cooperation|oau|organization of african unity|"
    "organisation of african unity|unesco|interpol|igad|sadc|mercosur|oas|unrwa|ocha|"
    "unifil|monusco|minusma|amisom|kfor|isaf|ecomog|unprofor|wto|world trade organization|"
    "opcw|ilo|international labour organization|international labor organization|"
    "international labour office|international labor office|fao|"
    "food and agriculture organization|unhcr|undp|united nations development programme"
)

#: Verbs whose complement's unexpressed subject is their object (`urged X to talk`).
OBJECT_CONTROL = _words(
    "urge ask order call encourage force allow tell push press invite persuade "
    "compel permit authorize authorise instruct help"
)
#: Verbs whose subject suffers a nominal event in their object (`came under attack`).
UNDERGOER_VERBS = _words("suffer face come survive endure witness undergo repel")
#: Verbs that report speech: their dates and places belong to the statement.
REPORTING_VERBS = _words(
    "say tell add announce report state claim note confirm write insist explain "
    "declare argue told quote post"
)
INTENT_VERBS = _words(
    "plan intend aim vow pledge promise want seek prepare hope expect decide agree look eye "
    "propose threaten"
)
INTENT_ADJECTIVES = _words("willing ready prepared committed determined eager poised set keen")
HYPOTHETICAL_VERBS = _words(
    "consider weigh mull contemplate suggest urge ask call demand request "
    "encourage press push invite"
)
NEGATING_VERBS = _words("fail refuse decline")
INTENT_AUX = _words("will would shall 'll wo")
HYPOTHETICAL_AUX = _words("could may might should can ca must")
HYPOTHETICAL_MODS = _words("possible potential proposed planned future")
#: Prepositions whose object can be the place of the event.
PLACE_PREPS = _words("in at near into inside across outside around throughout within on")
#: Prepositions whose object is the recipient of a verb event.
RECIPIENT_PREPS = _words("on against at with to upon from into onto toward towards")
#: Types whose nominal trigger takes its actor from `of` (`withdrawal of troops`).
OF_IS_AGENT = _words("RETREAT MOBILIZE PROTEST CONSULT AGREE COOPERATE")
#: Types that are themselves statements.
VERBAL_TYPES = _words("AGREE CONSULT SUPPORT CONCEDE REQUEST ACCUSE REJECT THREATEN")
#: Types that happen somewhere, so the sentence's only place may be theirs.
MATERIAL_TYPES = _words("ASSAULT COERCE MOBILIZE PROTEST AID RETREAT")
#: ASSAULT modes read off the words around the trigger.
WEAPON_MODES: dict[str, str] = {
    **dict.fromkeys(
        _words("bomb explosive ied mine car-bomb grenade blast explosion"), "explosives"
    ),
    **dict.fromkeys(_words("gun rifle gunfire gunman gunmen bullet sniper shoot"), "firearms"),
    **dict.fromkeys(
        _words("airstrike air-strike bomber warplane jet aircraft helicopter"), "aerial"
    ),
    **dict.fromkeys(_words("drone uav"), "drone"),
    **dict.fromkeys(_words("artillery shell shelling rocket missile mortar tank"), "heavy-weapons"),
    **dict.fromkeys(_words("suicide"), "suicide-attack"),
    **dict.fromkeys(_words("knife machete stone rock"), "primitive"),
}
#: Common nouns that can name a participant (besides the sector words).
ANIMATE_NOUNS = _words(
    "group party organization organisation country nation state community vessel "
    "ship boat passenger people critic historian expert analyst member coalition "
    "alliance side bloc company firm movement opposition faction tribe clan family "
    "child woman man girl boy prisoner hostage detainee migrant settler crowd "
    "supporter partner neighbor neighbour ally enemy rival west east body agency "
    "bank union network cell gang leadership population minority muslim christian "
    "jew"
)
#: Types whose direct object is what is moved or given, not a recipient.
OBJECT_IS_THEME = _words("MOBILIZE AID AGREE PROTEST")
#: Nouns that refer back to the article's one armed group.
GROUP_ANAPHORS = _words("group outfit insurgency militant insurgent separatist")
#: Heads that take their state from `of/from/in X` (`members of`, `doctors from`).
GROUP_HEADS = _words(
    "member leader group delegation representative delegate head chief doctor expert "
    "team body wing faction unit branch party movement coalition people organization "
    "inhabitant resident citizen villager population contingent"
)
#: Verbs whose passive participle is a state of the subject (`is opposed to`).
STATIVE_PASSIVES = _words("oppose commit determine")
_QUANTITY_HEADS = _words("thousand hundred dozen million group number some many most majority")
_PERSONAL_PRONOUNS = _words("he she him her they them it we i us")
_POSSESSIVE_PRONOUNS = _words("his her its their our")
_SUBJECTS = ("nsubj", "csubj")
_SECTOR_MODIFIERS = _words("rebel militant insurgent separatist guerrilla jihadist militia police")
_TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "tomorrow week month year day night morning evening weekend"
)
_NOT_ACTOR_ENTS = _words("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY")
_OBJECTS = ("dobj", "dative", "attr", "oprd")
_SKIP_HEADS = _words("which who whom that what this these those one")


# ---------------------------------------------------------------- the component


class EventExtractor:
    """Finds PLOVER events with actors, place, date and modality."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        events = ext.events(doc)
        events.extend(find_events(doc, self.lexicon))
        return doc


def _forget_context(doc: Doc) -> None:
    """Drop the working state kept on the doc (it is not serialisable)."""
    doc.user_data.pop("cw_events_context", None)
    doc.user_data.pop("cw_events_depth", None)
    doc.user_data.pop("cw_events_index", None)


@dataclass(frozen=True, slots=True)
class _DocIndex:
    """Where the doc's dates, entities and places are, indexed once per doc: events
    ask about the words of every trigger, and a long text has many of each."""

    dates: Ranges[DateMention]
    entities: Ranges[Entity]
    places: Ranges[Place]


def _doc_index(doc: Doc) -> _DocIndex:
    cached = doc.user_data.get("cw_events_index")
    if not isinstance(cached, _DocIndex):
        cached = _DocIndex(
            dates=Ranges((d.span.start, d.span.end, d) for d in ext.dates(doc)),
            entities=Ranges((m.start, m.end, e) for e in ext.entities(doc) for m in e.mentions),
            places=Ranges((m.start, m.end, p) for p in ext.places(doc) for m in p.mentions),
        )
        doc.user_data["cw_events_index"] = cached
    return cached


@Language.factory("claimwire_events")
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp, name)


# ---------------------------------------------------------------- finding triggers


@dataclass(slots=True)
class _Found:
    token: Token
    rule: TriggerRule
    second: Token | None
    #: For a reported obligation (`X must withdraw`, said Y): the modal, and the speaker.
    modal: Token | None = None
    speaker: Token | None = None


def _object_lemmas(token: Token, nominal: bool) -> set[str]:
    """Lemmas of the object-like dependents that lexicon conditions test."""
    heads: list[Token] = []
    for child in token.children:
        if nominal:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod"):
                heads.append(child)
            if child.dep_ == "prep":
                heads.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in (*_OBJECTS, "nsubjpass", "npadvmod"):
            heads.append(child)
        elif child.dep_ in ("prep", "agent", "prt"):
            heads.extend(c for c in child.children if c.dep_ == "pobj")
    lemmas: set[str] = set()
    for head in heads:
        lemmas.add(head.lemma_.lower())
        lemmas.add(head.lower_)
        for child in head.children:
            if child.dep_ in ("compound", "amod"):
                lemmas.add(child.lemma_.lower())
            if child.dep_ == "prep" and child.lower_ == "of":
                lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    return lemmas


def _subject_lemmas(token: Token) -> set[str]:
    subject = _verb_subject(token)
    if subject is None:
        return set()
    lemmas = {subject.lemma_.lower(), subject.lower_}
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    return lemmas


def _second(token: Token, word: str) -> Token | None:
    for child in token.children:
        if child.lemma_.lower() == word or child.lower_ == word:
            return child
        # `taken 100 soldiers prisoner`: the second word may hang off the object.
        if child.dep_ in _OBJECTS:
            for grandchild in child.children:
                if grandchild.lemma_.lower() == word and grandchild.pos_ == "NOUN":
                    return grandchild
    return None


#: The small model's lemmatiser slips on a few trigger words (`fined` → `fin`).
_LEMMA_FIXES = {"fin": "fine"}


def _match(token: Token, lexicon: Lexicon) -> _Found | None:
    nominalised = any(c.dep_ == "det" for c in token.children)  # `receiving the injured`
    if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound") and not nominalised:
        pos = "V"
    elif token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ == "ceasefire"):
        pos = "N"
    else:
        return None
    lemma = token.lemma_.lower()
    lemma = _LEMMA_FIXES.get(lemma, lemma)
    rules = lexicon.get((lemma, pos)) or lexicon.get((token.lower_, pos))
    if not rules:
        return None
    objects: set[str] | None = None
    for rule in rules:
        second = None
        if rule.second is not None:
            second = _second(token, rule.second)
            if second is None:
                continue
        if rule.obj:
            if objects is None:
                objects = _object_lemmas(token, nominal=pos == "N")
            if not objects & rule.obj:
                continue
        if rule.subj and not _subject_lemmas(token) & rule.subj:
            continue
        if rule.head and token.head.lemma_.lower() not in rule.head:
            continue
        if rule.xcomp and (
            not any(c.dep_ == "xcomp" for c in token.children)
            or any(c.dep_ == "auxpass" for c in token.children)
        ):
            continue  # `were ordered to evacuate`: the order is part of the act
        if pos == "N" and not _plausible_nominal(token):
            return None
        return _Found(token, rule, second)
    return None


def _plausible_nominal(token: Token) -> bool:
    """Filters idioms: `in charge`, `a great deal`, `a call to prayer`..."""
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.lemma_ == "charge":
        return False
    if any(c.lower_ in ("great", "good") for c in token.children if c.dep_ == "amod"):
        return False
    head = token.head
    # `is a threat`, `poses a threat`, `denounced the moves as an attack`: a noun that
    # says what something is or looks like characterises it; it is no new event.
    if token.dep_ == "attr" and head.lemma_ == "be":
        return False
    if token.dep_ == "dobj" and head.lemma_.lower() in CHARACTERISING_VERBS:
        return False
    if token.dep_ == "pobj" and head.lower_ == "as":
        return False
    if token.lemma_.lower() in RELATION_NOUNS and head.lemma_.lower() not in FORMING_VERBS:
        return False  # `their partnership`, `a consensus among experts`: a state of affairs
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_ == "comment" for g in c.children)
        for c in token.children
    ):
        return False  # `a request for comment`: the reporter's, not news
    return token.dep_ != "compound" or token.head.lemma_.lower() in LIGHT_HEADS


#: Nouns of a lasting relation: an event only when it is formed (`forged an alliance`).
RELATION_NOUNS = _words("alliance partnership consensus hostility")
FORMING_VERBS = _words(
    "form forge sign seal announce build establish create reach enter join launch"
)
#: Verbs whose object characterises their subject (`poses a threat`).
CHARACTERISING_VERBS = _words("pose constitute represent remain")

#: Nouns that only carry the event named by their compound (`mediation mission`).
LIGHT_HEADS = _words("effort mission bid attempt initiative campaign operation process program")


def _triggers(doc: Doc | SpacySpan, lexicon: Lexicon) -> list[_Found]:
    found = [f for f in (_match(t, lexicon) for t in doc) if f is not None]
    by_token = {f.token.i: f for f in found}
    seconds = {f.second.i for f in found if f.second is not None}
    kept: list[_Found] = []
    for f in found:
        head = f.token.head
        # `signed an agreement`, `imposed sanctions` coded by the verb already.
        if f.rule.pos == "N" and f.token.dep_ in ("dobj", "pobj", "nsubjpass"):
            governor = head.head if f.token.dep_ == "pobj" else head
            other = by_token.get(governor.i)
            if other is not None and other.rule.type == f.rule.type and other is not f:
                continue
        # The second word of a phrase is not an event of its own (`take control`).
        if f.token.i in seconds:
            continue
        kept.append(f)
    return kept


_OBLIGATION = TriggerRule("must", "V", "REQUEST")
_OBLIGATION_MODALS = _words("must should")
_OBLIGATION_VERBS = _words("need have")
_STATIVE_VERBS = _words("be know have realize realise understand remember note expect obtain get")


def _obligations(doc: Doc | SpacySpan) -> list[_Found]:
    """`Libya must hand over the suspects, a minister said`: a reported obligation is a
    REQUEST by the speaker to the clause's subject (PLOVER codes demands this way)."""
    found: list[_Found] = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        modal = next(
            (c for c in token.children if c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS),
            None,
        )
        if (
            modal is None
            and token.lemma_.lower() in _OBLIGATION_VERBS
            and token.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "xcomp" for c in token.children)
        ):
            modal = token  # `Washington needs to act`
        if modal is None or any(c.dep_ == "neg" for c in token.children):
            continue
        if token.lemma_.lower() in _STATIVE_VERBS:
            continue  # `they should know that...`: a warning, not a demand to act
        if modal.lower_ == "should" and any(c.dep_ == "auxpass" for c in token.children):
            continue  # `talks should be based on...`: advice, not a demand on anyone
        clause = token
        while clause.dep_ in ("conj",) and clause.head is not clause:
            clause = clause.head
        reporter = clause.head
        if clause.dep_ not in ("ccomp", "parataxis") and not (
            clause.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "parataxis") for c in clause.children)
        ):
            if _quoted_demand(token, modal):
                found.append(_Found(token, _OBLIGATION, None, modal=modal))
            continue
        if clause.dep_ == "ROOT":
            # `Libya must pay, the minister said`: the reporting verb hangs off the clause.
            reporter = next(c for c in clause.children if c.dep_ in ("ccomp", "parataxis"))
        if reporter.lemma_.lower() not in REPORTING_VERBS | _words("declare demand insist"):
            continue
        speaker = _verb_subject(reporter)
        found.append(_Found(token, _OBLIGATION, None, modal=modal, speaker=speaker))
    return found


def _quoted_demand(token: Token, modal: Token) -> bool:
    """`"If they are sincere, they must stop the killing," he told VOA`: a `must` in a
    claim's content is the speaker's demand even where the parse loses the link to the
    reporting verb; not `we must`, a resolve, nor one in a condition."""
    if modal.lower_ != "must" or _speaker_at(token) is None:
        return False
    subject = _verb_subject(token)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children)


# ---------------------------------------------------------------- frames


def _verb_subject(token: Token) -> Token | None:
    """The head of the clause's subject, following control and coordination."""
    for child in token.children:
        if child.dep_ in _SUBJECTS:
            if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
                return token.head
            return child
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return None
    head = token.head
    if head is token:
        return None
    if token.dep_ == "pcomp" and head.dep_ == "prep":
        return _verb_subject(head.head)  # `resorted to throwing stones`
    if token.dep_ in ("xcomp", "acl") and (
        token.tag_ == "VB" or (token.dep_ == "xcomp" and token.tag_ == "VBG")
    ):
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None:
                return obj
        if head.pos_ in ("NOUN",) and head.dep_ in ("dobj",):
            return _verb_subject(head.head)  # `have plans to attack`
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod", "xcomp"):
            return _verb_subject(head.head)  # `is willing to withdraw`
        return _verb_subject(head) if head.pos_ in ("VERB", "AUX") else None
    if token.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return _verb_subject(head)
    if token.dep_ in ("relcl", "acl") and token.tag_ == "VBG":
        return head
    if token.dep_ == "advcl" and token.tag_ in ("VBG", "VB"):
        return _verb_subject(head) if head.pos_ in ("VERB", "AUX") else None
    return None


def _passive_patient(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "nsubjpass"), None)


def _verb_frame(f: _Found) -> tuple[list[Token], list[Token]]:
    token = f.token
    if f.modal is not None:
        subject = _verb_subject(token)
        return ([f.speaker] if f.speaker is not None else []), (
            [subject] if subject is not None else []
        )
    agents: list[Token] = []
    patients: list[Token] = []
    subject = _verb_subject(token)
    if subject is not None:
        agents.append(subject)
    passive = _passive_patient(token)
    if passive is not None and token.lemma_.lower() in STATIVE_PASSIVES and not agents:
        agents.append(passive)  # `Israel is opposed to...`
    elif passive is not None:
        patients.append(passive)
    skip = {f.second.i} if f.second is not None else set()
    for child in token.children:
        if child.i in skip and child.dep_ != "prep":
            # `take control of X`: X is what was taken; `take soldiers prisoner`.
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ == "of":
                    patients.extend(c for c in grand.children if c.dep_ == "pobj")
                elif grand.dep_ == "compound" and grand.pos_ == "NOUN":
                    patients.append(grand)
            continue
        if child.dep_ in _OBJECTS and f.second is not None and f.second.head.i == child.i:
            patients.append(child)  # `taken 100 soldiers prisoner`, parsed the other way
            continue
        if child.dep_ == "dative" or (child.dep_ == "dobj" and f.rule.type not in OBJECT_IS_THEME):
            patients.append(child)
        elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
            if child.lower_ in ("into", "onto", "from") and f.rule.type not in (
                "ASSAULT",
                "RETREAT",
                "SANCTION",
            ):
                continue
            patients.extend(c for c in child.children if c.dep_ == "pobj")
    head = token.head
    if (
        f.rule.type == "COERCE"
        and token.dep_ == "xcomp"
        and head.lemma_.lower() in ("order", "force", "compel")
    ):
        # `were ordered to evacuate`: those made to act are the recipients.
        controller = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        patients = controller + [p for p in patients if p not in controller]
        agents = [a for a in [_verb_subject(head)] if a is not None and a not in controller]
    if not patients and f.rule.type == "REQUEST":
        # `demanded that the government resign`: the one asked is the clause's subject.
        for child in token.children:
            if child.dep_ == "ccomp":
                patients.extend(c for c in child.children if c.dep_ == "nsubj")
    return agents, patients


def _noun_frame(
    f: _Found, triggers: frozenset[int] = frozenset()
) -> tuple[list[Token], list[Token], Token | None]:
    """Actors and recipients of a nominal trigger, and its governing verb if any."""
    token = f.token
    if token.dep_ == "compound" and token.head.lemma_.lower() in LIGHT_HEADS:
        token = token.head
    agents: list[Token] = []
    patients: list[Token] = []
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            continue  # `continued their strike`: the governing verb's subject says who
        if child.dep_ == "poss" or (
            child.dep_ in ("compound", "amod", "nmod") and _is_actorish(child)
        ):
            agents.append(child)
        elif child.dep_ == "prep":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            word = child.lower_
            if word == "by":
                agents.extend(objs)
            elif word == "of":
                (agents if f.rule.type in OF_IS_AGENT else patients).extend(objs)
            elif word in ("on", "against", "with", "to", "toward", "towards", "for", "into"):
                patients.extend(objs)
            elif word == "between":
                # `talks between A and B` are theirs; a mediation between them is not.
                (patients if f.rule.mode == "third-party" else agents).extend(objs)
    governor: Token | None = None
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        governor = head
    elif (
        token.dep_ == "pobj"
        and head.lower_ in ("under", "for", "in", "on")
        and head.head.pos_ == "VERB"
    ):
        governor = head.head  # `came under attack`, `returned for talks`
    if governor is not None and governor.i not in triggers:
        subject = _verb_subject(governor) or _passive_patient(governor)
        if subject is not None and subject.i != token.i:
            if governor.lemma_.lower() in UNDERGOER_VERBS:
                patients.append(subject)
            elif not agents:
                agents.append(subject)
        for child in governor.children if token.dep_ == "dobj" else ():
            if child.dep_ == "prep" and child.lower_ in ("on", "against"):
                patients.extend(c for c in child.children if c.dep_ == "pobj")
    if not agents:
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                agents.append(child)  # resolved through its antecedent
    return agents, patients, governor


def _is_actorish(token: Token) -> bool:
    if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    if "-" in token.text and all(lookup_country(p) for p in token.text.split("-")):
        return True
    return lookup_country(_name_chain(token)) is not None


# ---------------------------------------------------------------- actors


def _name_chain(token: Token) -> str:
    """The proper name ending in ``token``: its compound chain (`United States`)."""
    left = token
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            left = child if child.i < left.i else left
    doc = token.doc
    return doc[left.left_edge.i if left is not token else left.i : token.i + 1].text


def _np_span(token: Token) -> SpacySpan:
    """The token's noun phrase without relative clauses or trailing prepositions."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "predet") and child.lower_ in ("the", "a", "an"):
            continue
        if child.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "det", "quantmod"):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("flat", "compound") or (child.dep_ == "case" and child.i == end):
            end = child.i + 1
    return doc[start:end]


def _entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    best: Entity | None = None
    for entity in _doc_index(doc).entities.overlapping(start, end):
        # A person's name inside an organisation's (`Putin's government`) yields to it.
        if best is None or entity.kind != "person":
            best = entity
    return best


def _place_at(doc: Doc, places: list[Place], start: int, end: int) -> Place | None:
    if places is ext.places(doc):
        found = _doc_index(doc).places.overlapping(start, end)
        return found[0] if found else None
    for place in places:  # a caller's own list of places
        for mention in place.mentions:
            if mention.start < end and start < mention.end:
                return place
    return None


_KIND_SECTOR = {
    "government": "government",
    "military": "military",
    "ministry": "government",
    "person": None,
    "organization": None,
    "group": "rebels",
}


def _entity_sector(entity: Entity, doc: Doc) -> str | None:
    """The sector the actor knowledge base gives the entity, else one by its kind."""
    kb = default_kb()
    entry = kb.entries.get(entity.kb_id) if entity.kb_id else None
    if entry is not None:
        if (
            entry.country is None
            and entry.offices
            and all(o.country not in kb.state_names for o in entry.offices)
        ):
            return "igo"  # `Antonio Guterres`: an office of the UN, not of a state
        if entry.sector:
            return entry.sector
        day = ext.publication_date(doc)
        if entry.kind == "person" and any(o.held_on(day) for o in entry.offices):
            return "government"  # an official speaks and acts for the state
    name = _find_name(entity.name, IGOS) or _find_name(entity.name, NGOS)
    if name is not None:
        return "igo" if _find_name(entity.name, IGOS) else "ngo"
    return _KIND_SECTOR.get(entity.kind)


def resolve_actor(token: Token, places: list[Place] | None = None) -> Actor | None:
    """The canonical actor that the noun phrase headed by ``token`` names."""
    doc = token.doc
    # Pronouns and modifiers send resolution to other phrases; a cycle
    # (`his` → the speaker → `his`...) must end.
    depth = doc.user_data.get("cw_events_depth", 0)
    if depth >= _MAX_RESOLVE_DEPTH:
        return None
    doc.user_data["cw_events_depth"] = depth + 1
    try:
        return _resolve_actor(token, places)
    finally:
        doc.user_data["cw_events_depth"] = depth


_MAX_RESOLVE_DEPTH = 6


def _resolve_actor(token: Token, places: list[Place] | None) -> Actor | None:
    doc = token.doc
    places = places if places is not None else ext.places(doc)
    if token.pos_ == "PRON":
        return _pronoun_actor(token, places)
    if token.lemma_.lower() in _QUANTITY_HEADS or token.pos_ == "NUM":
        # `thousands of Nigerians`, `a group of rebels`: the actor is what is counted.
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return resolve_actor(pobj, places)
    if token.lower_ in _SKIP_HEADS or token.pos_ in ("NUM", "DET", "PUNCT", "VERB", "AUX"):
        return None
    if token.ent_type_ in _NOT_ACTOR_ENTS or token.lower_ in _TIME_WORDS:
        return None
    start, end = token.idx, token.idx + len(token.text)
    if _doc_index(doc).dates.overlaps(start, end):
        return None
    span = _np_span(token)
    name = _clean_name(span.text)
    start, end = token.idx, token.idx + len(token.text)
    entity = _entity_at(doc, start, end)
    sector = SECTOR_WORDS.get(token.lemma_.lower()) or next(
        # `rebel fighters`, `government troops`: the modifier says whose
        (
            SECTOR_WORDS[c.lemma_.lower()]
            for c in token.lefts
            if c.dep_ in ("amod", "compound") and c.lemma_.lower() in _SECTOR_MODIFIERS
        ),
        None,
    )
    if entity is not None:
        known = _entity_sector(entity, doc)
        actor = Actor(
            name=entity.name,
            code=entity.country,
            # `the Security Council` is the UN's, whatever its head word says.
            sector=known if known in ("igo", "ngo") else sector or known,
            entity=entity.id,
        )
        if actor.code is None and actor.sector not in ("igo", "ngo"):
            # Not in the knowledge base: the text may still say whose it is
            # (`Nigerian President X`, `rebels in the Ivory Coast`, `U.N.
            # Secretary-General X`).
            own = _resolve_text(token, span, name, sector, places)
            if own is not None and own.code:
                return replace(actor, code=own.code, sector=actor.sector or own.sector)
            if own is not None and own.sector == "igo" and token.ent_type_ == "PERSON":
                return replace(actor, sector="igo")
            if token.pos_ == "PROPN" and _igo_office(token):
                return replace(actor, sector="igo")
        return actor
    return _resolve_text(token, span, name, sector, places)


def _resolve_text(
    token: Token, span: SpacySpan, name: str, sector: str | None, places: list[Place]
) -> Actor | None:
    """An actor from the words alone, without the entities component's records."""
    doc = token.doc
    start, end = token.idx, token.idx + len(token.text)
    igo = _igo_name(span)
    if igo is not None:
        return Actor(name=igo, sector="igo")
    if token.pos_ == "PROPN" and _igo_office(token):
        return Actor(name=name, sector="igo")
    match = lookup_country(_name_chain(token))
    if match is not None and match.how == "demonym" and token.tag_ in ("NNPS", "NNS"):
        # `Palestinians`: the people, not the state; `Bosnian Serbs`, `Albanians in
        # Serbia`: the state they live in.
        code = _modifier_country(token, places) or _located_in(token, places)
        if code is None and any(c.lower_ == "ethnic" for c in token.children):
            # `ethnic Albanians demonstrated in Serbia`: a minority, of the state it lives in.
            code = _host_state(token, match.country.code, places)
        return Actor(name=name, code=code or match.country.code, sector="civilians")
    if match is not None and token.pos_ == "PROPN":
        return Actor(name=match.country.name, code=match.country.code, sector="government")
    if match is not None and token.dep_ in ("amod", "compound", "nmod") and token.pos_ == "ADJ":
        # `Palestinian riots`, `Israeli blockade`: the state or its people.
        return Actor(name=match.country.name, code=match.country.code)
    place = _place_at(token.doc, places, start, end)
    if place is not None and place.country:
        if place.level == "country":
            return Actor(name=place.name, code=place.country, sector="government")
        # A town taken or struck: on the receiving end is the state it belongs to.
        state = country_by_code(place.country)
        return Actor(name=state.name if state else place.country, code=place.country)
    ngo = _ngo_name(span)
    if ngo is not None:
        return Actor(name=ngo, sector="ngo")
    code = _modifier_country(token, places)
    if code is None and token.pos_ != "PROPN" and (sector or token.lemma_.lower() in GROUP_HEADS):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    inner = resolve_actor(pobj, places) if pobj.pos_ == "PROPN" else None
                    if inner is None and pobj.pos_ != "PROPN":
                        inner = resolve_actor(pobj, places)
                    if inner is not None and inner.code:
                        code = inner.code
                    elif inner is not None and inner.sector in ("igo", "ngo") and not sector:
                        return inner
    context = _doc_context(doc)
    group = context.main_group
    if (
        group is not None
        and token.lemma_.lower() in GROUP_ANAPHORS
        and not any(t.pos_ == "PROPN" or lookup_country(t.text) for t in span)
    ):
        # `the group`, `the separatist group`, `militants` in a report about one group.
        return Actor(name=group.name, code=group.country, sector="rebels", entity=group.id)
    if token.pos_ == "PROPN" and token.text in context.acronyms:
        name = context.acronyms[token.text]  # `BLA` → `Baloch Liberation Army`
    if sector is not None or token.pos_ == "PROPN" or code is not None:
        if token.ent_type_ == "PERSON" and code is None:
            code = _title_country(token, places) or context.person_states.get(token.text)
            if code is None and _has_office(token):
                # `President Museveni` in a report about one state: that state's.
                code = context.main_state
            if code is not None:
                sector = "government"
        if (
            code is None
            and sector in ("government", "military", "police")
            and not any(c.dep_ in ("poss", "compound", "amod") for c in token.children)
            and token.pos_ == "NOUN"
        ):
            # `the government`, `the military`: the state the article is about.
            code = context.main_state
        return Actor(name=name, code=code, sector=sector)
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP") for t in span)
    if token.pos_ == "NOUN" and name and (token.lemma_.lower() in ANIMATE_NOUNS or named):
        return Actor(name=name)
    return None


#: Non-governmental organisations, for the PLOVER ``NGO`` sector.
NGOS = _names(
    "amnesty international|human rights watch|red cross|red crescent|icrc|"
    "doctors without borders|medecins sans frontieres|msf|oxfam|save the children|"
    "international crisis group|reporters without borders|committee to protect journalists|"
    "transparency international|freedom house|international rescue committee|"
    "human rights group|rights group|human rights organization|human rights organisation|"
    "aid group|aid agency|humanitarian agency|humanitarian agencies|charity"
)


def _ngo_name(span: SpacySpan) -> str | None:
    return _find_name(span.text, NGOS)


def _find_name(text: str, names: frozenset[str]) -> str | None:
    """The longest of ``names`` in ``text``, on word boundaries; names of three
    letters or fewer only when written in capitals (`UN`, not `un`)."""
    lowered = text.lower()
    best: str | None = None
    for name in names:
        at = lowered.find(name)
        while at >= 0:
            end = at + len(name)
            bounded = (at == 0 or not lowered[at - 1].isalnum()) and (
                end == len(lowered) or not lowered[end].isalnum()
            )
            found = text[at:end]
            if (
                bounded
                and (len(name.replace(".", "")) > 3 or found.replace(".", "").isupper())
                and (best is None or len(found) > len(best))
            ):
                best = found
            at = lowered.find(name, at + 1)
    return best


def _igo_name(span: SpacySpan) -> str | None:
    """An international organisation named in the noun phrase (`U.N. peacekeepers`),
    by its canonical name where the actor knowledge base knows it (`United Nations`)."""
    found = _find_name(span.text, IGOS)
    if found is None:
        return None
    entry = default_kb().lookup(found, metonyms=False)
    return entry.name if entry is not None and entry.sector == "igo" else found


@dataclass(frozen=True, slots=True)
class _DocContext:
    """What the whole article says that one noun phrase does not."""

    main_state: str | None
    person_states: dict[str, str]  # a person's name (and surname) → their state
    acronyms: dict[str, str]  # `BLA` → `Baloch Liberation Army`
    main_group: Entity | None = None  # the one armed group the article is about
    #: The one state the article names at all (by name, demonym, capital or a
    #: place in it): whose its unplaced people and bodies are.
    only_state: str | None = None


def _doc_context(doc: Doc) -> _DocContext:
    cached = doc.user_data.get("cw_events_context")
    if isinstance(cached, _DocContext):
        return cached
    # Resolving titles below may come back here (through a pronoun): it sees no context.
    doc.user_data["cw_events_context"] = _DocContext(None, {}, {})
    counts: dict[str, int] = {}
    named: set[str] = set()
    for token in doc:
        if token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper():
            match = lookup_country(_name_chain(token)) or lookup_country(token.text)
            if match is not None:
                named.add(match.country.code)
            if match is not None and match.how != "capital":
                counts[match.country.code] = counts.get(match.country.code, 0) + 1
    named.update(p.country for p in ext.places(doc) if p.country)
    named.update(e.country for e in ext.entities(doc) if e.country)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    main_state = None
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        main_state = ranked[0][0]
    person_states: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            code = _title_country(ent.root, [])
            if code:
                person_states.setdefault(ent.text, code)
                person_states.setdefault(ent[-1].text, code)
        elif ent.label_ in ("ORG", "NORP", "GPE") and len(ent) >= 2:
            words = [t.text for t in ent if t.text[:1].isupper()]
            initials = "".join(w[0] for w in words)
            if len(initials) >= 2:
                acronyms.setdefault(initials, ent.text.removeprefix("the ").removeprefix("The "))
    groups = [e for e in ext.entities(doc) if e.kind == "group" and len(e.mentions) >= 2]
    main_group = groups[0] if len(groups) == 1 else None
    only_state = next(iter(named)) if len(named) == 1 else None
    context = _DocContext(main_state, person_states, acronyms, main_group, only_state)
    doc.user_data["cw_events_context"] = context
    return context


def _clean_name(text: str) -> str:
    text = text.strip().removesuffix("'s").removesuffix("’s").strip()
    return text[4:] if text.lower().startswith("the ") else text


def _modifier_country(token: Token, places: list[Place]) -> str | None:
    """The state in a noun's modifiers: `Russian forces`, `Ukraine's military`,
    `the government of Sudan`, `U.S. officials`."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            speaker = _pronoun_actor(child, places)
            if speaker is not None and speaker.code:
                return speaker.code
        if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
            code = _country_of(child, places)
            if code:
                return code
        if child.dep_ == "prep" and child.lower_ == "of" and SECTOR_WORDS.get(token.lemma_.lower()):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    code = _country_of(pobj, places)
                    if code:
                        return code
    return None


#: Titles of state office; a titled person in a one-state report is that state's.
OFFICES = _words(
    "president premier minister king queen emir sultan chancellor general governor "
    "ambassador prime vice-president secretary spokesman spokeswoman"
)


def _igo_office(token: Token) -> bool:
    """`Kenzo Oshima, the United Nations relief coordinator`: an apposition naming an
    international organisation's office."""
    for child in token.children:
        if (
            child.dep_ == "appos"
            and child.pos_ in ("NOUN", "PROPN")
            and child.ent_type_ != "PERSON"
        ):
            words = token.doc[child.left_edge.i : child.i + 1]
            if _igo_name(words) is not None:
                return True
    return False


def _has_office(token: Token) -> bool:
    return any(c.dep_ == "compound" and c.lemma_.lower() in OFFICES for c in token.lefts) or any(
        c.dep_ == "appos" and c.lemma_.lower() in OFFICES for c in token.children
    )


def _host_state(token: Token, own: str, places: list[Place]) -> str | None:
    """The first other state the sentence names or places something in."""
    start, end = _sentence_bounds(token)
    doc = token.doc
    for word in doc.char_span(start, end, alignment_mode="expand") or ():
        if word.pos_ != "PROPN":
            continue
        match = lookup_country(_name_chain(word)) or lookup_country(word.text)
        code = match.country.code if match is not None and match.how != "demonym" else None
        if code is None:
            place = _place_at(token.doc, places, word.idx, word.idx + len(word.text))
            code = place.country if place is not None else None
        if code is not None and code != own:
            return code
    return None


def _located_in(token: Token, places: list[Place]) -> str | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    code = _country_of(pobj, places)
                    if code:
                        return code
    return None


def _country_of(token: Token, places: list[Place]) -> str | None:
    match = lookup_country(_name_chain(token)) or lookup_country(token.text)
    if match is not None:
        return match.country.code
    place = _place_at(token.doc, places, token.idx, token.idx + len(token.text))
    if place is not None and (place.level == "country" or token.pos_ == "PROPN"):
        # `the Israeli-occupied West Bank`: the place's own state, not its modifier's.
        return place.country
    if token.dep_ in ("compound", "poss") and token.pos_ != "PROPN":
        # `Syrian President Assad` → the title's own; `his country's` → the speaker's.
        return _modifier_country(token, places)
    return _country_in(token)


def _country_in(token: Token) -> str | None:
    """A country or demonym among the words of a modifier (`French National Assembly`)."""
    words = list(token.subtree)
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            chunk = words[i : i + size]
            if not chunk[0].text[:1].isupper():
                continue
            match = lookup_country(token.doc[chunk[0].i : chunk[-1].i + 1].text)
            if match is not None and match.how != "capital":
                return match.country.code
    return None


def _title_country(token: Token, places: list[Place]) -> str | None:
    for child in token.lefts:
        if child.dep_ == "compound":
            code = _modifier_country(child, places) or _country_of(child, places)
            if code:
                return code
    for child in token.children:
        if child.dep_ == "appos":
            code = _modifier_country(child, places)
            if code:
                return code
    return None


def _pronoun_actor(token: Token, places: list[Place]) -> Actor | None:
    """`it would beef up...` inside `Russia said`: the pronoun is the speaker."""
    if token.lower_ in _FIRST_PERSON:
        # `"I urge the Taliban to reverse their decision," he said`
        quoted = _speaker_at(token)
        if quoted is not None:
            return quoted
    if token.lower_ not in _PERSONAL_PRONOUNS | _POSSESSIVE_PRONOUNS:
        return None
    clause = token.head
    for _ in range(8):
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("xcomp", "conj", "aux"):
            break
        if clause.head is clause:
            break
        clause = clause.head
    if token.lower_ in _POSSESSIVE_PRONOUNS and token.lower_ != "her":
        # `Israel mounted its invasion`: the clause's own subject, when it is named.
        subject = _verb_subject(clause)
        if (
            subject is not None
            and subject.pos_ != "PRON"
            and not (subject.left_edge.i <= token.i <= subject.right_edge.i)
        ):
            return resolve_actor(subject, places)
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS:
        speaker = _verb_subject(clause.head) or _quoted_subject(clause.head)
        if speaker is not None and speaker.pos_ != "PRON":
            return resolve_actor(speaker, places)
    return None


_FIRST_PERSON = _words("i me my we us our")


def _speaker_at(token: Token) -> Actor | None:
    """The speaker of the innermost claim whose content holds ``token``."""
    best: Claim | None = None
    for claim in ext.claims(token.doc):
        if claim.content.start <= token.idx < claim.content.end and (
            best is None
            or claim.content.end - claim.content.start < best.content.end - best.content.start
        ):
            best = claim
    if best is None:
        return None
    entity = next((e for e in ext.entities(token.doc) if e.id == best.speaker), None)
    if entity is None:
        return Actor(name=best.speaker_name)
    return Actor(
        name=entity.name,
        code=entity.country,
        sector=_entity_sector(entity, token.doc),
        entity=entity.id,
    )


def _quoted_subject(saying: Token) -> Token | None:
    """`King X was quoted as saying he would...`: the one quoted is the speaker."""
    prep = saying.head
    if saying.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.pos_ == "VERB":
        return _passive_patient(prep.head)
    return None


def _actors(
    heads: Iterable[Token], places: list[Place], exclude: tuple[Actor, ...] = ()
) -> tuple[Actor, ...]:
    actors: list[Actor] = []
    seen = {_actor_key(a) for a in exclude}
    for head in heads:
        for token in _with_conjuncts(head):
            for actor in _split_actors(token, places):
                if _actor_key(actor) not in seen:
                    seen.add(_actor_key(actor))
                    actors.append(actor)
    return tuple(actors)


#: Sectors that belong to no state of their own.
_STATELESS_SECTORS = frozenset(("igo", "ngo", "media"))


def _domestic(
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    state: str | None,
    trigger: Token,
    places: list[Place],
) -> tuple[Actor, ...]:
    """`Opposition leaders agreed to postpone the march in Baku`: in an article that
    names one state, an actor of no known state is that state's, unless that state is
    what they act on (`hackers defaced Danish sites`, `threatened action against
    Russia`)."""
    if state is None or any(r.code == state for r in recipients):
        return actors
    if _targets(trigger, state, places):
        return actors
    return tuple(
        replace(a, code=state) if a.code is None and a.sector not in _STATELESS_SECTORS else a
        for a in actors
    )


#: Prepositions whose object is what an act is aimed at (not where it happens).
_TARGET_PREPS = _words("against on upon toward towards with")


def _targets(trigger: Token, state: str, places: list[Place]) -> bool:
    """Whether the predicate names ``state`` as what it acts on: an object, or the
    object of `against`/`on`... anywhere below the trigger."""
    for token in trigger.subtree:
        if token.i == trigger.i or token.pos_ not in ("PROPN", "ADJ", "NOUN"):
            continue
        phrase = token
        while phrase.dep_ in ("amod", "compound", "poss", "nmod") and phrase.head is not phrase:
            phrase = phrase.head  # `Danish websites`: the phrase the name modifies
        aimed = phrase.dep_ in ("dobj", "dative", "nsubjpass") or (
            phrase.dep_ == "pobj" and phrase.head.lower_ in _TARGET_PREPS
        )
        if not aimed:
            continue
        match = lookup_country(_name_chain(token)) or lookup_country(token.text)
        place = _place_at(token.doc, places, token.idx, token.idx + len(token.text))
        if (match is not None and match.country.code == state) or (
            place is not None and place.country == state
        ):
            return True
    return False


def _split_actors(token: Token, places: list[Place]) -> list[Actor]:
    """`U.S.-Ukraine talks`: a hyphenated pair of states is two participants."""
    if "-" in token.text and token.pos_ == "PROPN":
        parts = [lookup_country(p) for p in token.text.split("-")]
        if len(parts) > 1 and all(parts):
            return [
                Actor(name=m.country.name, code=m.country.code, sector="government")
                for m in parts
                if m is not None
            ]
    actor = resolve_actor(token, places)
    return [actor] if actor is not None else []


def _actor_key(actor: Actor) -> tuple[str | None, str | None]:
    """Two mentions of one state are one participant, whichever part of it acts."""
    return (actor.code, None) if actor.code else (None, actor.name.lower())


def _with_conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _with_conjuncts(child)
    # `Hungarian and Romanian officials`: the modifiers are coordinated, not the nouns.
    for child in token.children:
        if child.dep_ == "amod" and any(c.dep_ == "conj" for c in child.children):
            yield from (c for c in _with_conjuncts(child) if c is not child)


# ---------------------------------------------------------------- modality, date, place


def _chain(token: Token, governor: Token | None) -> list[Token]:
    """The trigger and the verbs that govern it within its own clause."""
    chain = [token]
    if governor is not None:
        chain.append(governor)
    current = chain[-1]
    for _ in range(6):
        head = current.head
        if head is current:
            break
        if current.dep_ in ("xcomp", "conj", "acl", "acomp") or (
            current.dep_ == "dobj" and current.pos_ == "NOUN" and current.head.pos_ == "VERB"
        ):
            chain.append(head)
            current = head
        else:
            break
    return chain


HYPOTHETICAL_NOUNS = _words("possibility prospect option scenario risk threat idea")
INTENT_NOUNS = _words("plan bid intention proposal pledge promise goal aim")


def _framing_noun(token: Token) -> str | None:
    """The noun an event is the object of (`plan for rearming`, `possibility of talks`)."""
    current = token
    for _ in range(3):
        head = current.head
        if head is current:
            return None
        if current.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
            noun = head.head
            if noun.pos_ == "NOUN":
                return noun.lemma_.lower()
            return None
        if current.dep_ in ("acl", "xcomp") and head.pos_ == "NOUN":
            return head.lemma_.lower()  # `plans to attack`
        current = head
        if current.pos_ != "VERB":
            return None
    return None


def _modality(token: Token, chain: list[Token]) -> Modality:
    negated = hypothetical = intended = False
    frame = _framing_noun(token)
    if frame in HYPOTHETICAL_NOUNS:
        hypothetical = True  # `the possibility of restoring cooperation`
    elif frame in INTENT_NOUNS:
        intended = True  # `a plan for rearming Europe`
    for i, link in enumerate(chain):
        # A coordinated verb shares its sibling's auxiliaries, not its meaning
        # (`aims to mobilize ... and urged`).
        governing = i > 0 and chain[i - 1].dep_ != "conj"
        lemma = link.lemma_.lower()
        if governing and lemma in NEGATING_VERBS:
            negated = True
        if governing and lemma in HYPOTHETICAL_VERBS:
            hypothetical = True
        if governing and lemma in INTENT_VERBS and link.pos_ in ("VERB", "NOUN"):
            intended = True
        if governing and lemma in INTENT_ADJECTIVES:
            intended = True
        for child in link.children:
            word = child.lower_
            if (
                child.dep_ == "neg"
                or (word == "never" and child.dep_ == "advmod")
                or (child.dep_ == "det" and word == "no" and link.pos_ == "NOUN")
            ):
                negated = True
            elif child.dep_ in ("aux", "auxpass"):
                if word in INTENT_AUX:
                    intended = True
                elif word in HYPOTHETICAL_AUX:
                    hypothetical = True
            elif (child.dep_ == "amod" and word in HYPOTHETICAL_MODS) or (
                child.dep_ == "mark" and word in ("if", "unless", "whether")
            ):
                hypothetical = True
        if link.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in link.children
        ):
            hypothetical = True
    if negated:
        return "negated"
    if hypothetical:
        return "hypothetical"
    if intended:
        return "intended"
    return "actual"


def _attachment(doc: Doc, span: Span) -> Token | None:
    """The token outside ``span`` that its syntactic root hangs from."""
    char = doc.char_span(span.start, span.end, alignment_mode="expand")
    if char is None or len(char) == 0:
        return None
    root = char.root
    head = root.head
    if head is root:
        return None
    if head.dep_ == "prep" or (head.dep_ == "agent"):
        return head.head
    return head


def _own_dates(doc: Doc, dates: list[DateMention]) -> dict[int, list[DateMention]]:
    """Dates by the token index they attach to."""
    attached: dict[int, list[DateMention]] = {}
    for mention in dates:
        if mention.anchor and mention.value is None:
            continue
        head = _attachment(doc, mention.span)
        if head is not None:
            attached.setdefault(head.i, []).append(mention)
    return attached


def _date_value(mention: DateMention) -> DateValue | None:
    if mention.value is None or mention.precision is None:
        return None
    return DateValue(mention.value, mention.precision)


# ---------------------------------------------------------------- assembly


def find_events(doc: Doc, lexicon: Lexicon | None = None) -> list[Event]:
    """All events of ``doc``, with ids ``e1``, ``e2``... in text order."""
    try:
        return _find_events(doc, lexicon if lexicon is not None else load_lexicon())
    finally:
        _forget_context(doc)


def _find_events(doc: Doc, lexicon: Lexicon) -> list[Event]:
    text = doc.text  # built from the tokens on every access
    places = ext.places(doc)
    all_dates = ext.dates(doc)
    # `advanced ... since last week`: an anchor on the trigger itself dates its start.
    dates_at = _own_dates(doc, all_dates)
    dates = [d for d in all_dates if not d.anchor]
    quantities = ext.quantities(doc)
    found = _triggers(doc, lexicon) + _obligations(doc)
    place_roots = _PlaceRoots(doc, places)
    trigger_tokens = {f.token.i for f in found}
    found_tokens = {f.token for f in found}
    drafts: list[tuple[_Found, Event]] = []
    for f in found:
        token = f.token
        governor: Token | None = None
        if f.rule.pos == "V":
            agent_heads, patient_heads = _verb_frame(f)
        else:
            agent_heads, patient_heads, governor = _noun_frame(f, frozenset(trigger_tokens))
        actors = _actors(agent_heads, places)
        if f.modal is not None and not actors:
            # `"The world should respond," she told VOA`: the one who demands is the speaker.
            speaker = _speaker_at(f.modal)
            actors = (speaker,) if speaker is not None else ()
        recipients = _actors(patient_heads, places, exclude=actors)
        if f.rule.type in VERBAL_TYPES and actors and all(a.sector == "media" for a in actors):
            continue  # `asked by VOA`, `a Reuters inquiry`: the reporting, not the news
        actors = _domestic(actors, recipients, _doc_context(doc).only_state, token, places)
        # A nominal under another trigger (`never condemned the invasion`) keeps its
        # own modality; under a support verb (`will launch attacks`) it shares it.
        chain = _chain(token, governor if governor not in found_tokens else None)
        place = _event_place(f, chain, patient_heads, place_roots)
        # Territory taken or struck: its state is on the receiving end.
        if (
            f.rule.type == "ASSAULT"
            and place is not None
            and place.country
            and not any(p.code == place.country for p in (*recipients, *actors))
        ):
            state = country_by_code(place.country)
            name = state.name if state is not None else place.country
            recipients = (*recipients, Actor(name=name, code=place.country))
        first = f.modal if f.modal is not None else token
        start = min(first.idx, f.second.idx if f.second is not None else token.idx)
        last = max(token.i, f.second.i if f.second is not None else token.i)
        end = doc[last].idx + len(doc[last].text)
        event = Event(
            id="",
            type=f.rule.type,
            mode=_mode(f),
            trigger=Span(start, end, text[start:end]),
            actors=actors,
            recipients=recipients,
            place=place.id if place is not None else None,
            date=_event_date(token, chain, dates_at, dates, trigger_tokens, f.rule.type),
            modality="actual" if f.modal is not None else _modality(token, chain),
        )
        drafts.append((f, event))
    drafts = _drop_repeats(drafts)
    owners = _quantity_owners(doc, quantities, {f.token.i: e for f, e in drafts})
    events: list[Event] = []
    for n, (f, event) in enumerate(sorted(drafts, key=lambda d: d[1].trigger.start), 1):
        qids = tuple(q.id for q in quantities if owners.get(q.id) == f.token.i)
        events.append(_replace(event, id=f"e{n}", quantities=qids))
    return events


_ANAPHORIC_DETS = _words("the this that these those")


def _drop_repeats(drafts: list[tuple[_Found, Event]]) -> list[tuple[_Found, Event]]:
    """A bare noun that names an event already found (`since the incursion began`)
    is another mention of it, not a new event."""
    seen: set[tuple[str, str]] = set()
    types: set[str] = set()
    kept: list[tuple[_Found, Event]] = []
    for f, event in sorted(drafts, key=lambda d: d[1].trigger.start):
        key = (f.token.lemma_.lower(), event.type)
        bare = not (event.actors or event.recipients or event.date)
        definite = any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in f.token.children)
        # `the sanctions Washington has imposed`, `the talks in Quebec`: described anew.
        described = any(c.dep_ in ("relcl", "acl", "prep") for c in f.token.children)
        if f.rule.pos == "N" and bare and definite and not described and event.type in types:
            # `the attack`, `that agreement`: a later mention of an event already found.
            continue
        types.add(event.type)
        # `a bomb attack`, `two raids`: a new occurrence, not a mention of the earlier one.
        new = any(
            (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
            or c.dep_ in ("nummod", "nmod")
            or (c.dep_ == "compound" and c.pos_ == "NOUN")
            for c in f.token.children
        )
        if f.rule.pos == "N" and bare and not new and key in seen:
            continue
        seen.add(key)
        kept.append((f, event))
    return kept


def _replace(event: Event, **changes: object) -> Event:
    from dataclasses import replace

    return replace(event, **changes)  # type: ignore[arg-type]


def _mode(f: _Found) -> str | None:
    if f.rule.type != "ASSAULT" or f.rule.mode is not None:
        return f.rule.mode
    window = f.token.subtree if f.rule.pos == "N" else f.token.children
    for token in (f.token, *window):
        mode = WEAPON_MODES.get(token.lemma_.lower())
        if mode:
            return mode
    return None


class _PlaceRoots:
    """The root token of each place mention, by sentence, in the order of the places
    and their mentions. Built once per doc: a place attaches to an event through the
    parse, so only the places in the event's own sentence can be its place."""

    def __init__(self, doc: Doc, places: list[Place]) -> None:
        self._sentence_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            self._sentence_of[sent.start : sent.end] = [n] * len(sent)
        self._by_sentence: dict[int, list[tuple[int, Place, Token]]] = {}
        order = 0
        for place in places:
            for mention in place.mentions:
                char = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if char is None or len(char) == 0:
                    continue
                root = char.root
                self._by_sentence.setdefault(self._sentence_of[root.i], []).append(
                    (order, place, root)
                )
                order += 1

    def near(self, tokens: Iterable[Token]) -> list[tuple[Place, Token]]:
        """The mentions in the sentences of ``tokens``, in the places' order."""
        sentences = {self._sentence_of[t.i] for t in tokens}
        found = sorted(e for n in sentences for e in self._by_sentence.get(n, ()))
        return [(place, root) for _order, place, root in found]


def _event_place(
    f: _Found, chain: list[Token], patients: list[Token], place_roots: _PlaceRoots
) -> Place | None:
    holders = {t.i for t in chain}
    if f.second is not None:
        holders.add(f.second.i)
    candidates = place_roots.near(
        (*chain, *patients, *([f.second] if f.second is not None else []))
    )
    seize = f.rule.type in ("ASSAULT", "COERCE") and f.rule.mode in ("seize", "confiscate", None)
    for place, root in candidates:
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in PLACE_PREPS | {"of"}:
            if head.lower_ == "of" and head.head.i not in holders:
                continue
            if head.lower_ == "on" and f.rule.pos == "N":
                pass  # `attack on Kharkiv`: a place attacked is where it happened
            if head.head.i in holders:
                return place
        if seize and root.dep_ in ("dobj", "nsubjpass") and head.i in holders:
            return place
        if any(p.i == root.i for p in patients) and f.rule.type == "ASSAULT":
            return place
    # `killed outside the city of Basra`, `died in a blast in a district of Beirut`:
    # the place sits deeper, in a phrase about a place or another nominal.
    for place, root in candidates:
        if _reaches(root, holders):
            return place
    return None


def _reaches(token: Token, holders: set[int]) -> bool:
    """Whether a chain of prepositional phrases leads from ``token`` up to a holder."""
    for _ in range(4):
        if token.dep_ != "pobj":
            return False
        prep = token.head
        if prep.lower_ not in PLACE_PREPS | {"of"}:
            return False
        up = prep.head
        if up.pos_ == "ADP" and up.dep_ == "prep" and up.lower_ in PLACE_PREPS:
            up = up.head  # `outside of`
        if up.i in holders:
            return True
        if up.pos_ not in ("NOUN", "PROPN"):
            return False
        token = up
    return False


def _sentence_bounds(token: Token) -> tuple[int, int]:
    """Character bounds of the token's sentence (``token.sent`` rebuilds every
    sentence of the doc, too slow to call per event)."""
    doc = token.doc
    first = token.i
    while first > 0 and not doc[first].is_sent_start:
        first -= 1
    last = token.i + 1
    while last < len(doc) and not doc[last].is_sent_start:
        last += 1
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def _event_date(
    token: Token,
    chain: list[Token],
    dates_at: dict[int, list[DateMention]],
    dates: list[DateMention],
    triggers: set[int],
    event_type: str = "",
) -> DateValue | None:
    for link in chain:
        for mention in dates_at.get(link.i, ()):
            value = _date_value(mention)
            if value is not None:
                return value
    # Else the sentence's one date, unless it belongs to a statement or another event.
    if not dates:
        return None
    start, end = _sentence_bounds(token)
    in_sentence = [d for d in dates if start <= d.span.start and d.span.end <= end]
    if len(in_sentence) != 1:
        return None
    mention = in_sentence[0]
    head = _attachment(token.doc, mention.span)
    # A statement is made when it is reported (`said Thursday that Russia supports`);
    # a reported act may have happened any time before.
    reported = head is not None and head.lemma_.lower() in REPORTING_VERBS
    if head is None or head.i in triggers or (reported and event_type not in VERBAL_TYPES):
        return None
    return _date_value(mention)


def _quantity_owners(
    doc: Doc, quantities: list[Quantity], events_by_token: dict[int, Event]
) -> dict[str, int]:
    """Each quantity goes to the nearest trigger above it in the parse."""
    owners: dict[str, int] = {}
    for quantity in quantities:
        char = doc.char_span(quantity.span.start, quantity.span.end, alignment_mode="expand")
        if char is None or len(char) == 0:
            continue
        token = char.root
        for _ in range(12):
            if token.i in events_by_token:
                owners[quantity.id] = token.i
                break
            if token.pos_ in ("VERB", "AUX"):
                # `120,000 people were ordered to evacuate`: the act the verb sets off.
                act = next(
                    (c for c in token.children if c.dep_ == "xcomp" and c.i in events_by_token),
                    None,
                )
                if act is not None:
                    owners[quantity.id] = act.i
                    break
            if token.head is token or (
                token.dep_ in _CLAUSE_LINKS and token.pos_ in ("VERB", "AUX")
            ):
                break  # a quantity belongs to its own clause's event
            token = token.head
    return owners


_CLAUSE_LINKS = ("ccomp", "advcl", "relcl", "parataxis", "conj")


# ---------------------------------------------------------------- PLOVER conventions

#: Types whose announced intent PLOVER codes as AGREE (`will give aid`, `ready to talk`).
COOPERATIVE_TYPES = _words("SUPPORT COOPERATE AID RETREAT CONCEDE CONSULT AGREE")
#: Types whose announced intent PLOVER codes as THREATEN (`will impose sanctions`).
CONFLICTUAL_TYPES = _words("REJECT SANCTION COERCE ASSAULT PROTEST")


def plover_event_type(event: Event) -> str:
    """The PLOVER category for a sentence-level coder.

    claimwire keeps the announced act with its modality (a MOBILIZE that is
    ``intended``); PLOVER codes the announcement itself: intent to cooperate is
    AGREE, intent to act against someone is THREATEN, and a cooperative act that
    did not happen (`failed to reach agreement`) is REJECT.
    """
    if event.modality == "intended":
        if event.type in COOPERATIVE_TYPES:
            return "AGREE"
        if event.type in CONFLICTUAL_TYPES:
            return "THREATEN"
    if event.modality == "negated" and event.type in COOPERATIVE_TYPES:
        return "REJECT"
    if event.type == "AGREE" and event.trigger.text.lower().startswith("sign"):
        return "SUPPORT"  # PLOVER: signing or ratifying an agreement is SUPPORT
    return event.type


def plover_actors(event: Event, places: Iterable[Place]) -> tuple[Actor, ...]:
    """The event's source actors under PLOVER's coding conventions.

    claimwire's ``actors`` hold only who the text names; a PLOVER coder codes an
    event with no named actor (`a roadside bomb killed two soldiers near Samarra`,
    `a missionary was arrested in Lebanon`) to the state where it happened.
    """
    if event.actors or event.place is None:
        return event.actors
    place = next((p for p in places if p.id == event.place), None)
    if place is None or not place.country:
        return ()
    state = country_by_code(place.country)
    return (Actor(name=state.name if state else place.country, code=place.country),)
