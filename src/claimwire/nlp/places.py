"""Finds place mentions (gazetteer matcher plus NER) and resolves them to coordinates.

Recognition takes spaCy's GPE/LOC/FAC entities, rescues known names the model
labels otherwise (``Kyiv`` as PERSON, ``Kursk region`` as PRODUCT), and adds
gazetteer matches the model missed, with guards against common words that are
also tiny places (``Mary``, ``Bar``, ``Of``, ``MoD``). Names listed with a place
(``Nitra, Presov and Kosice``), datelines (``COLUMBUS, Ohio (AP)``), towns followed
by their region (``Matias Romero, Oaxaca State``), US state abbreviations after a
town (``Raleigh, N.C.``) and well-known names inside longer entities are taken too;
streets where something is (``on Royal Street``) are placed in the article's town.
Region phrases (``X region``, ``X Oblast``, ``the X province``) prefer
administrative units, and directional modifiers (``western X``, ``north of X``,
``near X``) become the place's ``part``.

Resolution (:mod:`claimwire.geo.resolve`) weighs population and feature priors,
the countries and regions the article mentions, and keeps one sense per name per
article. Metonyms, places standing for their government (``Kyiv says``,
``Moscow has said``, ``Ukraine's President``), are not places: they are left to
the entities and kept in ``doc._.cw_place_metonyms``.

:func:`place_at` tells other components which place is mentioned at a stretch of
text; the events component uses it to pick an event's place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimwire.geo import Gazetteer, GazetteerEntry, name_key, open_gazetteer
from claimwire.geo.resolve import Mention, resolve
from claimwire.nlp import extensions as ext
from claimwire.records import Place
from claimwire.records import Span as TextSpan

__all__ = ["Metonym", "PlaceResolver", "metonyms", "place_at"]

#: Words that make a name a region phrase: "Kursk region", "Idlib province".
REGION_WORDS = frozenset(
    {
        "region", "oblast", "province", "governorate", "krai", "kray", "district",
        "state", "county", "prefecture", "territory", "republic", "raion", "area",
    }
)  # fmt: skip
#: Nouns that, after a name, make a feature's name: "Crimean peninsula", "Gaza strip".
FEATURE_WORDS = frozenset(
    {
        "peninsula", "sea", "gulf", "coast", "strait", "straits", "river", "valley", "desert",
        "mountains", "basin", "corridor", "strip", "canal", "lake", "bay", "island", "islands",
        "plateau", "delta", "heights",
    }
)  # fmt: skip
#: Region words that name an administrative unit (the others may be any area).
ADMIN_WORDS = REGION_WORDS - {"area"}
#: Directional adjectives before a name: "western Kursk region" → west.
DIRECTION_ADJECTIVES = {
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
    "north-eastern": "northeast", "northeastern": "northeast", "north-western": "northwest",
    "northwestern": "northwest", "south-eastern": "southeast", "southeastern": "southeast",
    "south-western": "southwest", "southwestern": "southwest", "central": "centre",
    "north": "north", "south": "south", "east": "east", "west": "west",
}  # fmt: skip
#: Directions in "north of X", "south-east of X".
DIRECTION_NOUNS = {
    "north": "north", "south": "south", "east": "east", "west": "west",
    "northeast": "northeast", "north-east": "northeast", "northwest": "northwest",
    "north-west": "northwest", "southeast": "southeast", "south-east": "southeast",
    "southwest": "southwest", "south-west": "southwest",
}  # fmt: skip
#: "near X", "outside X": the place's surroundings.
NEAR_WORDS = frozenset({"near", "outside", "around", "nearby"})
#: Prepositions that locate: a name after them is a place.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "from", "to", "into", "outside", "across", "around", "towards",
     "toward", "through", "throughout", "inside", "within", "via", "of", "on", "along"}
)  # fmt: skip
#: Nouns of people and institutions: "Ukraine's President", "Russia's military".
ACTOR_NOUNS = frozenset(
    {
        "president", "leader", "government", "military", "army", "forces", "force", "troops",
        "minister", "ministry", "prime", "premier", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "official", "officials", "authorities", "envoy", "chief", "commander",
        "parliament", "navy", "intelligence", "soldiers", "embassy", "delegation", "regime",
        "king", "queen", "cabinet", "administration", "representative", "counterpart",
        "diplomat", "diplomats", "foreign", "defence", "defense", "security", "allies", "ally",
        "incursion", "invasion", "offensive", "attack", "attacks", "war", "advance",
        "sovereignty", "position", "stance", "policy", "decision", "response", "demands",
        "relations", "ties", "talks", "team", "squad", "players", "player", "coach",
        "economy", "people", "media", "police",
        "conflict", "campaign", "strikes", "missiles", "drones", "counteroffensive",
        "backing", "support", "involvement", "overture", "overtures", "efforts", "effort",
        "role", "interests", "ambitions", "influence", "claims", "claim", "view", "views",
        "plans", "plan", "approach", "bid", "intervention", "recognition", "refusal",
        "concerns", "reaction", "proposal", "threat", "threats", "warning", "pressure",
        "move", "moves", "actions", "behavior", "behaviour", "aggression", "partner",
        "partners", "rival", "rivals", "enemy", "enemies", "friend", "friends",
        "priorities", "priority", "commitment", "commitments", "strategy", "interest",
    }
)  # fmt: skip
#: Verbs whose object is addressed or directed rather than located: "urged Kyiv to".
ADDRESS_VERBS = frozenset(
    {"urge", "tell", "signal", "warn", "ask", "accuse", "blame", "criticise", "criticize",
     "encourage", "want", "call", "press", "persuade", "allow", "force", "help", "support",
     "back", "thank", "congratulate", "condemn", "sanction", "invite", "join"}
)  # fmt: skip
#: Nouns that describe a place: "the town of X", "X, a village in ...".
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "settlement", "region", "province", "district", "port",
     "capital", "hamlet", "suburb", "neighbourhood", "neighborhood", "county", "oblast",
     "municipality", "island", "community", "area", "commune", "state", "centre", "center",
     "hub", "home", "site", "heart", "gateway", "stronghold", "part", "country", "nation",
     "seat", "border", "outskirts", "frontline", "front", "location", "destination"}
)  # fmt: skip
#: Nouns after a town's name that make it a location: "Gwadar port".
FEATURE_NOUNS = frozenset(
    {"port", "airport", "airbase", "harbour", "harbor", "crossing", "refinery", "dam",
     "bridge", "station", "checkpoint", "camp", "outskirts", "suburbs", "residents"}
)  # fmt: skip
#: Passive verbs whose subject is where something happened: "Kharkiv was shelled".
LOCATED_VERBS = frozenset(
    {"hit", "attack", "strike", "shell", "bomb", "invade", "occupy", "capture", "take",
     "seize", "liberate", "damage", "destroy", "target", "flood", "evacuate", "shake", "rock",
     "surround", "encircle", "annex", "split", "divide", "locate", "situate", "base",
     "found", "border", "link", "connect", "visit", "affect", "cut", "besiege", "retake",
     "recapture", "control", "hold", "lose", "rebuild", "name", "know", "call", "devastate"}
)  # fmt: skip
#: Prepositions whose object is a party rather than a place, by the verb or noun
#: they attach to: "agreement with Cairo", "look to Washington", "aid for Kyiv",
#: "sanctions imposed on Moscow", "the largest town to fall to Ukraine".
_ACTOR_OBJECTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "with": (
        frozenset(
            {
                "work",
                "realign",
                "align",
                "cooperate",
                "negotiate",
                "deal",
                "engage",
                "trade",
                "ally",
                "side",
                "agree",
                "talk",
                "normalize",
                "normalise",
                "reconcile",
                "partner",
                "meet",
                "clash",
                "fight",
                "compete",
            }
        ),
        frozenset(
            {
                "agreement",
                "deal",
                "ties",
                "relations",
                "talks",
                "partnership",
                "cooperation",
                "dialogue",
                "treaty",
                "accord",
                "rapprochement",
                "rift",
                "dispute",
                "tension",
                "tensions",
                "war",
                "alliance",
                "negotiations",
                "trade",
                "contacts",
                "relationship",
                "rivalry",
            }
        ),
    ),
    "to": (
        frozenset({"fall", "surrender", "look", "appeal", "turn", "defect", "cede", "belong"}),
        frozenset({"threat", "ambassador", "envoy", "message", "appeal", "loyalty"}),
    ),
    "for": (
        frozenset({"vote", "lobby", "fight", "spy"}),
        frozenset(
            {
                "aid",
                "support",
                "weapons",
                "arms",
                "assistance",
                "funding",
                "backing",
                "sympathy",
                "ambassador",
                "envoy",
                "spokesman",
                "spokeswoman",
            }
        ),
    ),
    "on": (
        frozenset({"impose", "levy", "slap", "pressure", "call", "rely", "depend", "blame"}),
        frozenset({"sanctions", "tariffs", "pressure", "embargo", "pressures"}),
    ),
    "against": (
        frozenset({"fight", "impose", "retaliate", "sanction", "protest", "side", "vote"}),
        frozenset({"sanctions", "war", "campaign", "case", "lawsuit", "complaint", "measures"}),
    ),
}
#: Single capitalised words that are tiny places far more rarely than words.
COMMON_WORDS = frozenset(
    {
        "mary", "bar", "of", "split", "nice", "reading", "bath", "police", "energy", "hope",
        "independence", "opportunity", "liberty", "union", "university", "normal", "mobile",
        "orange", "van", "man", "will", "may", "march", "august", "june", "july",
        "president", "general", "speaker", "minister", "sky", "republic", "national", "news",
        "world", "people", "white", "house", "north", "south", "east", "west", "central",
        "western", "eastern", "northern", "southern", "city", "state", "county", "region",
        "mr", "mrs", "ms", "dr", "st", "sunday", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "god", "time", "read", "more", "click", "daily", "post",
        "senate", "congress", "court", "church", "press", "media", "israel defense",
    }
)  # fmt: skip
#: US state abbreviations in the AP manner, as news writes them after a town:
#: "Gainesville, Va.", "Raleigh, N.C.". Only taken with their dot and after a comma,
#: since most are words or titles without them ("Miss", "Mass", "Ill").
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wisc.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia",
}  # fmt: skip
_LOCATIVE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_RESCUED_LABELS = frozenset(
    {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "LANGUAGE"}
)
#: Labels of entities that may hold a place's name: "U.S. Department of Agriculture",
#: "Bolton Wanderers" (NER often takes a club for a person).
_NAMED_BODY_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "PERSON"})
#: Words that end a street's or square's name: "Royal Street", "Kamenne Square".
STREET_WORDS = frozenset(
    {"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Drive", "Lane",
     "Square", "Plaza", "Highway", "Parkway"}
)  # fmt: skip
#: A town's own buildings, which news names without the town: "at City Hall".
CIVIC_BUILDINGS = (
    ("City", "Hall"), ("Town", "Hall"), ("County", "Courthouse"), ("Capitol",),
    ("Statehouse",), ("State", "House"),
)  # fmt: skip
_CIVIC_FIRST_WORDS = frozenset(words[0] for words in CIVIC_BUILDINGS)
#: Streets that stand for an institution or a trade, not for where something is.
METONYM_STREETS = frozenset({"wall street", "downing street", "fleet street", "main street"})
#: The feature code of a political union (the EU): a party unless it locates.
UNION_CODE = "RGNE"
_CONNECTORS = frozenset({"of", "de", "del", "la", "al", "el", "upon", "on", "-", "the", "and"})
_MAX_NAME_TOKENS = 6
#: Population from which a town that opens an organisation's name is taken as the
#: place the organisation is named after (smaller ones are too often words or names).
TOWN_OF_NOTE = 20_000
#: Words after a town's name that make an organisation a local body named after the
#: town: "Beverly Hills Police Department", "Leeds City Council", "Bolton Wanderers".
LOCAL_BODIES = frozenset(
    {
        "police", "sheriff", "sheriff's", "fire", "city", "town", "county", "borough",
        "council", "municipal", "school", "schools", "university", "college", "hospital",
        "chamber", "library", "museum", "zoo", "airport", "port", "harbour", "harbor",
        "court", "times", "herald", "gazette", "tribune", "chronicle", "post", "echo",
        "courier", "star", "journal", "news", "club", "united", "rovers",
        "wanderers", "albion", "athletic", "rangers", "diocese", "archdiocese",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Metonym:
    """A place name standing for its government or people (``Kyiv says``)."""

    span: TextSpan
    name: str
    country: str | None  # ISO alpha-3 of the state it stands for
    level: str


def _register() -> None:
    if not Doc.has_extension("cw_place_metonyms"):
        Doc.set_extension("cw_place_metonyms", default=None)


_register()


def metonyms(doc: Doc) -> list[Metonym]:
    """The metonyms the places component set aside in ``doc``."""
    return ext.get_list(doc, "cw_place_metonyms")  # type: ignore[return-value]


def place_at(doc: Doc, start: int, end: int) -> Place | None:
    """The place mentioned at characters ``start:end`` of ``doc`` (a mention that
    overlaps that stretch; the earliest one if several do), or None.

    >>> place_at(doc, trigger.start_char, trigger.end_char)  # doctest: +SKIP
    """
    best: tuple[int, Place] | None = None
    for place in ext.places(doc):
        for mention in place.mentions:
            if (
                mention.start < end
                and start < mention.end
                and (best is None or mention.start < best[0])
            ):
                best = (mention.start, place)
    return best[1] if best else None


class PlaceResolver:
    """Finds place mentions and resolves them against the gazetteer."""

    def __init__(self, nlp: Language, name: str, gazetteer: str | None = None) -> None:
        self.name = name
        self.gazetteer_path = gazetteer
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        # Opened (and built, the first time on a machine) when first needed, not when
        # the pipeline is assembled: loading a model should stay cheap.
        if self._gazetteer is None:
            self._gazetteer = open_gazetteer(self.gazetteer_path)
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = self.gazetteer
        mentions = find_mentions(doc, gazetteer)
        resolved = resolve(mentions, gazetteer)
        places: dict[tuple[int, str | None], list[TextSpan]] = {}
        entries: dict[int, GazetteerEntry] = {}
        set_aside = metonyms(doc)
        for mention, entry in resolved:
            span = doc[mention.start : mention.end]
            text_span = TextSpan(span.start_char, span.end_char, span.text)
            party = mention.party_if_city and entry.level == "city"
            if (mention.metonym or party) and (
                entry.level in {"country", "admin1", "admin2", "city"}
                or entry.feature_code == UNION_CODE
            ):
                set_aside.append(
                    Metonym(text_span, entry.name, entry.country3 or None, entry.level)
                )
                continue
            places.setdefault((entry.id, mention.part), []).append(text_span)
            entries[entry.id] = entry
        records = ext.places(doc)
        ordered = sorted(places.items(), key=lambda item: item[1][0].start)
        for number, ((entry_id, part), spans) in enumerate(ordered, len(records) + 1):
            entry = entries[entry_id]
            records.append(
                Place(
                    id=f"p{number}",
                    name=entry.name,
                    lat=entry.lat,
                    lon=entry.lon,
                    country=entry.country3 or None,
                    level=entry.level,
                    part=part,
                    geonameid=entry.geonameid,
                    mentions=tuple(sorted(spans)),
                )
            )
        return doc


@Language.factory("claimwire_places", default_config={"gazetteer": None})
def make_places(nlp: Language, name: str, gazetteer: str | None) -> PlaceResolver:
    return PlaceResolver(nlp, name, gazetteer)


# --------------------------------------------------------------------------- recognition


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Every place-name mention in ``doc`` with its candidates, metonyms included."""
    taken = [False] * len(doc)
    found: list[Mention] = []

    def add(
        span: Span,
        label: str,
        known: frozenset[str] = frozenset(),
        embedded: bool = False,
        inner: bool = False,
        leading: bool = False,
        leading_only: bool = False,
    ) -> bool:
        mention = _mention(doc, span, gazetteer, label, known)
        if mention is None or any(taken[mention.start : mention.end]):
            return False
        if inner and not _well_known(mention):
            return False  # "Lake" in "Lake Manassas" spells a town somewhere
        if embedded:
            # A name inside an organisation's ("U.S. Department of Agriculture"):
            # recognised and resolved, but it names the body, not a place.
            if not (
                (_well_known(mention) and not leading_only)
                or (leading and _town_of_note(mention) and not mention.region)
                or (not leading_only and _county(mention))  # "Orange County Sheriff's Office"
            ):
                return False
            mention = replace(mention, metonym=True)
        found.append(mention)
        for i in range(mention.start, mention.end):
            taken[i] = True
        return True

    ents = [
        (span, ent.label_)
        for ent in doc.ents
        if ent.label_ in _LOCATIVE_LABELS
        or ent.label_ in _RESCUED_LABELS
        # "Punjab province", with "Punjab" taken for a people; "the Crimean peninsula"
        or (ent.end < len(doc) and doc[ent.end].lower_ in ADMIN_WORDS | FEATURE_WORDS)
        for span in _split_ent(ent, gazetteer)
    ]

    def scan_unlabelled(known: frozenset[str] | None = None) -> None:
        """Gazetteer names among the tokens NER left unlabelled (those it labelled
        are judged as entities); with ``known``, only names already accepted."""
        i = 0
        while i < len(doc):
            if taken[i] or doc[i].ent_type_ or not _capitalised(doc[i]):
                i += 1
                continue
            name = _longest_name(doc, i, taken, gazetteer)
            if (
                name is not None
                and (known is None or name_key(_strip_edges(name).text) in known)
                and add(name, "", known or frozenset())
            ):
                i = name.end
            else:
                i += 1

    for span, label in ents:
        add(_extended(doc, span, label, taken, gazetteer), label)
    scan_unlabelled()
    # One sense per article: a name accepted as a place once is a place wherever it
    # stands alone, even where NER called it a person ("Sudzha is the centre").
    known = frozenset(m.key for m in found)
    for span, label in ents:
        if label not in _LOCATIVE_LABELS:
            add(span, label, known)
    # The same for names nothing labelled ("Douma is surrounded", "CTV Saskatoon").
    scan_unlabelled(known)
    # A place entity that is no name as a whole holds one: "Greece Italy" (a comma
    # lost), "Washington Township", "the eastern Pacific equatorial region".
    for span, label in ents:
        if label in {"GPE", "LOC"} and not any(taken[span.start : span.end]):
            i = span.start
            while i < span.end:
                name = _longest_name(doc, i, taken, gazetteer, span.end)
                if name is not None and add(name, label, inner=True):
                    i = name.end
                else:
                    i += 1
    # Names listed with a place: "in Zilina, Nitra, Presov and Kosice", "Hilversum
    # and Almelo", whatever NER made of them.
    grew = True
    while grew:
        grew = False
        for mention in list(found):
            for start in _listed_after(doc, mention.end, taken):
                name = _longest_name(doc, start, taken, gazetteer)
                if name is not None and _add_listed(doc, name, gazetteer, found, taken):
                    grew = True
    # "Gainesville, Va.": a state abbreviation after a town and a comma.
    for token in doc:
        full = STATE_ABBREVIATIONS.get(token.text)
        if (
            full is not None
            and not taken[token.i]
            and token.i >= 2
            and doc[token.i - 1].text == ","
            and _capitalised(doc[token.i - 2])
        ):
            candidates = tuple(
                c for c in gazetteer.lookup(full) if c.entry.level == "admin1"
            ) or gazetteer.lookup(full)
            if candidates:
                found.append(Mention(token.i, token.i + 1, name_key(full), candidates, region=True))
                taken[token.i] = True
    for mention in _sites(doc, taken):
        found.append(mention)
        for i in range(mention.start, mention.end):
            taken[i] = True
    for ent in doc.ents:
        if ent.label_ in _NAMED_BODY_LABELS and not any(taken[ent.start : ent.end]):
            i = ent.start
            while i < ent.end:
                name = _longest_name(doc, i, taken, gazetteer, ent.end)
                # "Bolton Wanderers", which NER often takes for a person.
                leading = (
                    ent.label_ in {"ORG", "PERSON"}
                    and i == _strip_edges(ent).start
                    and name is not None
                    and name.end < ent.end
                    and doc[name.end].lower_ in LOCAL_BODIES
                )
                if name is not None and add(
                    name,
                    "GPE",
                    embedded=True,
                    leading=leading,
                    leading_only=ent.label_ == "PERSON",  # "Paris Hilton" is no body
                ):
                    i = name.end
                else:
                    i += 1
    found.sort(key=lambda m: m.start)
    return found


def _sites(doc: Doc, taken: list[bool]) -> Iterable[Mention]:
    """Streets and squares where something is ("on Royal Street", "in the 400 block of
    Assiniboine Avenue"): no gazetteer holds them, so they are placed in the
    article's main town when it has one (see :func:`claimwire.geo.resolve.resolve`)."""
    for token in doc:
        if taken[token.i]:
            continue
        civic = _civic_building(doc, token.i)
        if civic is not None:
            start, end = civic
            if not any(taken[start:end]):
                yield Mention(start, end, "site " + name_key(doc[start:end].text), (), site=True)
            continue
        if token.text not in STREET_WORDS:
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 4
            and not taken[start - 1]
            and (_capitalised(doc[start - 1]) or doc[start - 1].like_num)
        ):
            start -= 1
        if start == token.i:
            continue
        name = doc[start : token.i + 1]
        if name.text.lower() in METONYM_STREETS:
            continue
        before = doc[start - 1].lower_ if start > 0 else ""
        if before == "the" and start > 1:
            before = doc[start - 2].lower_
        # After a locating word, or opening a sentence ("Royal Street was the
        # parade's route"), where a name ending in "Street" is the street itself.
        if before not in LOCATIVE_PREPOSITIONS | {"off", "onto", "down", "up"} and not (
            doc[start].is_sent_start and before != "the"
        ):
            continue
        yield Mention(start, token.i + 1, "site " + name_key(name.text), (), site=True)


def _civic_building(doc: Doc, i: int) -> tuple[int, int] | None:
    """The span of a town's own building named generically at token ``i`` ("at City
    Hall", "marched on the state Capitol"), which stands in the article's town."""
    if doc[i].text not in _CIVIC_FIRST_WORDS:  # most tokens: skip the slicing below
        return None
    for words in CIVIC_BUILDINGS:
        end = i + len(words)
        if end > len(doc) or tuple(t.text for t in doc[i:end]) != words:
            continue
        if end < len(doc) and _capitalised(doc[end]) and not doc[end].is_sent_start:
            return None  # "City Hall Plaza", "Capitol Records": a longer name
        before = i - 1
        while before >= 0 and doc[before].lower_ in {"the", "state", "new", "old"}:
            before -= 1
        if before >= 0 and doc[before].lower_ in LOCATIVE_PREPOSITIONS | {"outside", "fill"}:
            return i, end
        return None
    return None


def _listed_after(doc: Doc, end: int, taken: list[bool]) -> Iterable[int]:
    """Where a name listed after a place would start: "X, Y", "X and Y", "X, and Y"."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
        if i < len(doc) and doc[i].lower_ in {"and", "or"}:
            i += 1
    elif i < len(doc) and doc[i].lower_ in {"and", "or"}:
        i += 1
    else:
        return
    if i < len(doc) and i > end and not taken[i] and _capitalised(doc[i]):
        yield i


def _add_listed(
    doc: Doc, span: Span, gazetteer: Gazetteer, found: list[Mention], taken: list[bool]
) -> bool:
    """Add a name listed after a place when it is a town of some size or a region,
    and the list goes on as a list (not "Kyiv, President Zelensky said")."""
    mention = _mention(doc, span, gazetteer, "", listed=True)
    if mention is None or any(taken[mention.start : mention.end]):
        return False
    # The word after the name must end it: punctuation, "and", a verb, a preposition.
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and _capitalised(after):
        return False
    found.append(mention)
    for i in range(mention.start, mention.end):
        taken[i] = True
    return True


def _extended(doc: Doc, span: Span, label: str, taken: list[bool], gazetteer: Gazetteer) -> Span:
    """A place entity NER cut short of a longer unit's or country's name that
    continues after it ("U.S." of "the U.S. Virgin Islands"), else the entity."""
    if label not in {"GPE", "LOC"}:
        return span
    start = _strip_edges(span).start
    longer = _longest_name(doc, start, taken, gazetteer) if start < span.end else None
    if longer is None or longer.end <= span.end:
        return span
    if any(
        c.kind == 0 and c.entry.level in {"country", "admin1", "region", "feature"}
        for c in gazetteer.lookup_key(name_key(longer.text))
    ):
        return longer
    return span


def _split_ent(ent: Span, gazetteer: Gazetteer) -> Iterable[Span]:
    """An entity as name spans: "Ukraine-Russia" and "Kharkiv and Sumy" hold two
    names, "Guinea-Bissau" and "Port-au-Prince" one."""
    if gazetteer.lookup_key(name_key(_strip_edges(ent).text)):
        yield ent
        return
    start = ent.start
    for token in ent:
        if token.text in {"-", "–", "/"} or token.lower_ == "and":
            if token.i > start:
                yield ent.doc[start : token.i]
            start = token.i + 1
    if start < ent.end:
        yield ent.doc[start : ent.end]


def _strip_edges(span: Span) -> Span:
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _capitalised(token: Token) -> bool:
    """A word that may start or continue a name: "Kyiv", "UAE", "U.S.", "O'Leary"."""
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    return token.is_title or (token.is_upper and len(text) > 1) or "." in text


def _longest_name(
    doc: Doc, i: int, taken: list[bool], gazetteer: Gazetteer, limit: int | None = None
) -> Span | None:
    if not _capitalised(doc[i]):
        return None
    end = i + 1
    limit = len(doc) if limit is None else limit
    while (
        end < limit
        and end - i < _MAX_NAME_TOKENS
        and not taken[end]
        and (_capitalised(doc[end]) or doc[end].lower_ in _CONNECTORS)
    ):
        end += 1
    for stop in range(end, i, -1):
        if not _capitalised(doc[stop - 1]):
            continue
        span = doc[i:stop]
        if gazetteer.lookup_key(name_key(span.text)):
            return span
    return None


def _mention(
    doc: Doc,
    span: Span,
    gazetteer: Gazetteer,
    label: str,
    known: frozenset[str] = frozenset(),
    listed: bool = False,
) -> Mention | None:
    """The mention a candidate span makes, or None when it is no place name."""
    # Trim determiners, possessive endings and punctuation at the edges.
    span = _strip_edges(span)
    start, end = span.start, span.end
    part = None
    # "western Kursk region" → part west; but "South Africa", "North Korea" are names.
    while (
        end - start > 1
        and doc[start].lower_ in DIRECTION_ADJECTIVES
        and not gazetteer.lookup_key(name_key(doc[start:end].text))
    ):
        part = DIRECTION_ADJECTIVES[doc[start].lower_]
        start += 1
    if start >= end:
        return None
    # A hyphenated name NER cut short: "Guinea" + "-Bissau".
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and _capitalised(doc[end + 1])
        and gazetteer.lookup_key(name_key(doc[start : end + 2].text))
    ):
        end += 2
    # A feature noun the gazetteer knows with the name: "the Crimean peninsula".
    if (
        end < len(doc)
        and doc[end].lower_ in FEATURE_WORDS
        and gazetteer.lookup_key(name_key(doc[start : end + 1].text))
    ):
        end += 1
    # A region word inside the span or right after it: "Kursk region".
    region = doc[end - 1].lower_ in REGION_WORDS and end - start > 1
    if not region and end < len(doc) and doc[end].lower_ in REGION_WORDS:
        region = True
        end += 1
    name_end = end - 1 if region else end
    name = doc[start:name_end].text
    full_key = name_key(doc[start:end].text)
    base_key = name_key(name)
    candidates = gazetteer.lookup_key(full_key) if region else ()
    region_match = bool(candidates)
    if not candidates:
        candidates = gazetteer.lookup_key(base_key)
    if not candidates and name[-2:] in {"'s", "’s"}:
        # A possessive the tokenizer kept on the word: "New York’s".
        base_key = name_key(name[:-2])
        candidates = gazetteer.lookup_key(base_key)
    if not candidates:
        return None
    # "Matias Romero, Oaxaca State": a town followed by its region or country is
    # looked for there (and "the Taliban, Afghanistan's rulers" is no Turkish village).
    follows = _region_follows(doc, end, gazetteer)
    inside = [c for c in candidates if c.entry.country in follows]
    best = max(inside or candidates, key=lambda c: _prior(c.entry))
    key = full_key if region_match else base_key
    own_name = best.kind == 0
    if key not in known and not _acceptable(
        doc, start, name_end, label, best.entry, region, own_name, listed, bool(inside)
    ):
        return None
    part = part or _part_before(doc, start)
    # A dateline ("COLUMBUS, Ohio (AP) — ...") only says where the story was filed,
    # however the parser attached it.
    metonym = _is_metonym(doc, start, end, region) and not (
        _dateline(doc, start, end)
        and end < len(doc)
        and doc[end].text in {",", ")", "—", "–", "-", "--", ":"}
    )
    if best.entry.feature_code == UNION_CODE:
        # The EU is a party; it is a place only where something is in it ("in the EU").
        before = start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        metonym = before < 0 or doc[before].lower_ not in LOCATIVE_PREPOSITIONS - {"of", "to"}
    # "Ohio State", "Mississippi State": a US university or its team, named after
    # the state but not standing for it ("New York State", a name of the state
    # itself, matches as a whole).
    institution = (
        region
        and not region_match
        and doc[end - 1].text == "State"
        and best.entry.country == "US"
        and best.entry.level == "admin1"
    )
    return Mention(
        start=start,
        end=end,
        key=key,
        candidates=candidates,
        region=region and doc[end - 1].lower_ in ADMIN_WORDS if region else False,
        part=part,
        metonym=metonym or institution,
        party_if_city=not region and _is_party(doc, start, end),
        context=not institution,
    )


def _well_known(mention: Mention) -> bool:
    return any(
        c.entry.level in {"country", "admin1"}
        or (c.entry.level in {"region", "feature"} and c.entry.id < 0)
        or (c.entry.level == "city" and c.entry.population >= 100_000)
        for c in mention.candidates
        if c.kind != 2
    )


def _county(mention: Mention) -> bool:
    """A county named with its word ("Montgomery County"), as bodies named after
    one are ("the Montgomery County Democrats")."""
    return mention.region and any(
        c.entry.level == "admin2" and c.kind != 2 for c in mention.candidates
    )


def _town_of_note(mention: Mention) -> bool:
    """A town large enough that a body named after it ("Beverly Hills Police
    Department", "Bolton Wanderers") most likely is named after that town: its own
    name, and no larger place (a county, a region) goes by it."""
    named = [c.entry for c in mention.candidates if c.kind != 2]
    if not named:
        return False
    best = max(named, key=_prior)
    return best.level == "city" and best.population >= TOWN_OF_NOTE


def _prior(entry: GazetteerEntry) -> float:
    if entry.level in {"country", "admin1", "region", "feature"}:
        return 1e12 + entry.population
    return float(entry.population)


def _acceptable(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    best: GazetteerEntry,
    region: bool,
    own_name: bool = True,
    listed: bool = False,
    with_region: bool = False,
) -> bool:
    """Whether a gazetteer match is a place name here, not a word or another entity."""
    tokens = doc[start:end]
    single = end - start == 1
    lower = tokens.text.lower()
    if region:
        return True
    dotted_capital = (
        label == "GPE" and "." in tokens[0].text and (best.is_capital or best.population >= 1e6)
    )  # "D.C.", "L.A." that NER calls a place
    if single and best.level == "city" and _acronym(tokens[0]) and not dotted_capital:
        return False  # an acronym ("EU", "BLA", "MoD") or abbreviation ("Va.") that spells a town
    # A demonym alone is no place ("Russian"), but a multiword name that merely
    # starts with one is ("the Crimean peninsula", "the Arabian Sea").
    named_feature = not single and tokens[-1].ent_type_ != "NORP" and best.level != "city"
    if any(t.ent_type_ == "NORP" for t in tokens) and best.level != "country" and not named_feature:
        return False
    if label in _LOCATIVE_LABELS:
        return not (single and lower in COMMON_WORDS)
    if single and (lower in COMMON_WORDS or tokens[0].is_stop):
        return False
    strong = (
        best.level in {"country", "admin1", "region", "feature"}
        or (best.level == "city" and (best.population >= 300_000 or best.is_capital))
        or (best.level == "admin2" and best.population >= 200_000)  # "Hampshire"
    )
    located = tokens[-1].pos_ == "PROPN" and (
        (start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS - {"of", "on", "to"})
        or _part_before(doc, start) is not None  # "north of Bakhmut"
        # "the town of Sudzha"
        or (start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_NOUNS)
        # "Jodi Mahler of Bellmore", "Miss Abdhou, of Hayes,": where a person is from
        or (start > 1 and doc[start - 1].lower_ == "of" and _after_person(doc, start - 1))
        # "Gwadar port", "Kramatorsk railway station"
        or (end < len(doc) and doc[end].lower_ in FEATURE_NOUNS)
        or (end + 1 < len(doc) and doc[end + 1].lower_ in FEATURE_NOUNS and doc[end].is_lower)
        # "Sudzha, a town in ..."
        or any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in tokens.root.children)
        or (
            end + 2 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].lower_ in {"a", "the"}
            and any(doc[k].lower_ in PLACE_NOUNS for k in range(end + 2, min(end + 5, len(doc))))
        )
    )
    # A dateline ("COLUMBUS, Ohio (AP) —") or a town with its region or country
    # ("Matias Romero, Oaxaca State", "Valemount, B.C.") locates as well.
    dateline = _dateline(doc, start, end)
    located = located or dateline or with_region
    if dateline and (best.level != "city" or best.population >= 1_000):
        return True
    if listed:
        # Listed beside a place: a town of some size, or a region.
        return tokens[-1].pos_ in {"PROPN", "NOUN"} and (
            best.level != "city" or best.population >= 5_000 or located
        )
    if label:  # NER saw a name here but not a place: rescue well-known or located ones
        if not single and own_name is False and best.level == "city" and not with_region:
            return False  # "White House" is an alternate name of Casablanca, not a place here
        return strong or (located and best.population >= 1_000)
    # Nothing from NER: a gazetteer match in running text.
    if any(t.pos_ not in {"PROPN", "NOUN", "ADJ", "PUNCT"} for t in tokens):
        return False
    if best.level in {"country", "admin1", "region", "feature"}:
        return not (tokens[0].pos_ == "ADJ" and single)
    return tokens[-1].pos_ == "PROPN" and (
        best.population >= 1_000_000 or (located and best.population >= 5_000)
    )


def _after_person(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a person's name, with or without a comma."""
    before = i - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    return before >= 0 and doc[before].ent_type_ == "PERSON"


def _acronym(token: Token) -> bool:
    """An acronym or abbreviation: "EU", "BLA", "Va.", "MoD"."""
    text = token.text
    if (token.is_upper and len(text) <= 4) or "." in text:
        return True
    return len(text) <= 4 and text[-1].isupper() and any(ch.islower() for ch in text)


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """A name in capitals opening a line: "COLUMBUS, Ohio (AP)", "(NEW YORK) —"."""
    if not all(t.is_upper or not t.is_alpha for t in doc[start:end]):
        return False
    i = start - 1
    if i >= 0 and doc[i].text == "(":
        i -= 1
    return i < 0 or "\n" in doc[i].text or doc[i].is_space


def _region_follows(doc: Doc, end: int, gazetteer: Gazetteer) -> frozenset[str]:
    """The countries (alpha-2) of a first-level region or country named right
    after ``end`` and a comma or ``in``: "Hinton, Alberta", "Matias Romero, Oaxaca
    State", "Gainesville, Va.", "Warwick in Queensland". Empty when none follows."""
    if end + 1 >= len(doc) or doc[end].text not in {",", "in"} or not _capitalised(doc[end + 1]):
        return frozenset()
    if doc[end + 1].text in STATE_ABBREVIATIONS:
        return frozenset({"US"})
    stop = end + 1
    while stop < min(end + 4, len(doc)) and _capitalised(doc[stop]):
        stop += 1
    for last in range(stop, end + 1, -1):
        words = doc[end + 1 : last]
        if last - end > 2 and words[-1].lower_ in REGION_WORDS:
            words = words[:-1]  # "Oaxaca State"
        countries = frozenset(
            c.entry.country
            for c in gazetteer.lookup_key(name_key(words.text))
            if c.entry.level in {"country", "admin1"}
        )
        if countries:
            return countries
    return frozenset()


def _part_before(doc: Doc, start: int) -> str | None:
    """``north of X`` → north; ``near X`` → near."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in DIRECTION_ADJECTIVES and doc[i].pos_ != "VERB":
        return DIRECTION_ADJECTIVES[doc[i].lower_]
    if i >= 0 and doc[i].lower_ in NEAR_WORDS:
        return "near"
    if i >= 1 and doc[i].lower_ == "of":
        word = doc[i - 1].lower_
        if word in DIRECTION_NOUNS:
            return DIRECTION_NOUNS[word]
        if i >= 3 and doc[i - 2].text == "-":  # "south-east of": split by the tokenizer
            return DIRECTION_NOUNS.get(doc[i - 3].lower_ + "-" + word)
    return None


# --------------------------------------------------------------------------- metonymy


def _starts_clause(doc: Doc, start: int) -> bool:
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    return (before.is_space and "\n" in before.text) or before.text in {"\n", ":", ";"}


def _verb_follows(doc: Doc, end: int) -> bool:
    i = end
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return i < len(doc) and doc[i].tag_ in {"VBD", "VBZ", "MD"}


def _is_metonym(doc: Doc, start: int, end: int, region: bool) -> bool:
    """Whether the name stands for a government or people rather than a place:
    the subject of a verb (``Kyiv says``, ``Ukraine has taken``), the possessor of
    a person or act (``Ukraine's President``), the addressee of an appeal (``urged
    Ukraine and Russia to negotiate``). A region phrase always locates."""
    if region:
        return False
    root = doc[start:end].root
    # "Ukraine and Russia": conjuncts share the role of the first.
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    dep = root.dep_
    if dep in {"nsubj", "csubj"} and head.pos_ in {"VERB", "AUX"}:
        if head.lemma_ == "be":
            # "Sudzha is the centre" describes a place; "Kyiv would be prepared" and
            # "Egypt and Turkey are rivals" describe actors.
            return not any(
                c.dep_ == "attr" and c.lemma_.lower() in PLACE_NOUNS for c in head.children
            )
        return True
    if dep == "nsubjpass" and head.pos_ in {"VERB", "AUX"}:
        # "Kyiv would be prepared" acts; "Kyiv was hit" is where something happened.
        return head.lemma_.lower() not in LOCATED_VERBS
    if dep == "poss":
        return head.lower_ in ACTOR_NOUNS or head.lemma_.lower() in ACTOR_NOUNS
    if dep in {"compound", "nmod", "amod"} and head.pos_ in {"NOUN", "PROPN"}:
        return head.lower_ in ACTOR_NOUNS or head.lemma_.lower() in ACTOR_NOUNS
    if dep in {"dobj", "dative"} and head.pos_ == "VERB":
        if head.lemma_.lower() in ADDRESS_VERBS:
            return True
        # Object control: "encouraging Kyiv to fight".
        return any(c.dep_ in {"xcomp", "ccomp"} and c.i > root.i for c in head.children)
    if dep == "pobj" and head.dep_ == "agent":
        return True  # "staged by Russia"
    if dep == "pobj" and head.lower_ == "to" and head.head.lemma_ in {"fall", "surrender"}:
        return True  # "the largest town to fall to Ukraine"
    # The parse missed the subject (a promo line glued to the sentence, say):
    # "Kyiv also said ..." at the start of a line still acts.
    return _starts_clause(doc, start) and _verb_follows(doc, end)


def _is_party(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the object of a relation between parties: "an agreement
    with Cairo", "look to Washington", "aid for Kyiv", "sanctions on Moscow"."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ != "pobj" or head.pos_ != "ADP":
        return False
    governor = head.head.lemma_.lower()
    verbs, nouns = _ACTOR_OBJECTS.get(head.lower_, ((), ()))
    if head.head.pos_ in {"VERB", "AUX"}:
        return governor in verbs
    return governor in nouns
