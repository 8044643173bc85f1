"""Finds attributions (claims), their flags, and responses to them.

An attribution is found from its **cue** over the dependency parse:

- a speech or cognition verb (:data:`CUE_VERBS`) whose subject is the source and
  whose clausal complement (or, for a few verbs such as ``urged`` or
  ``accused``, object) is the content; a cue verb joined to another by ``and``
  takes its subject (``X said ... and said that ...`` gives two claims);
  ``adding``/``saying`` take the subject of the verb they hang on;
- a parenthetical cue (``The West, he added, was ...``) whose content is the
  clause around it;
- ``according to X`` (content: the clause it modifies);
- a noun of saying owned by a source (a possessor, ``by``/``from X``, a name on it, or
  the subject of ``made``/``issued``): ``X's claim that ...``, ``a statement from X``,
  ``her pledge to Y``, ``his denial of Y``; ``allegations that ...`` with no one named
  are unnamed sources' claims;
- quotations: a quote is one content span however many sentences it runs
  across; a quote with no cue of its own right after a claim continues that
  claim's speaker (``"Q1," X said. "Q2."``).

Sources are resolved to one canonical actor per article through the entities
component (``doc._.cw_entities``) and, for pronouns, the last person or body
that spoke or acted before. Flags and responses follow ``docs/annotation.md``.
The date of a claim is the date expression attached to its cue
(``said on Wednesday``), read from ``doc._.cw_dates``.

Everything here is rules over the parse spaCy already made: no model calls,
one pass over the sentences, the lexicons compiled once in the factory.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimwire.nlp import extensions as ext
from claimwire.nlp._lexicon import DASHES as _DASHES
from claimwire.nlp._lexicon import HEADLINE_CUES
from claimwire.nlp._lexicon import words as _words
from claimwire.nlp._ranges import Ranges
from claimwire.nlp.actors import ActorKB, default_kb, given_names
from claimwire.nlp.countries import lookup_country
from claimwire.nlp.entities import (
    HONORIFICS,
    TITLES,
    family_name,
    first_named,
    full_names,
    surname_forms,
)
from claimwire.nlp.events import load_lexicon
from claimwire.nlp.paragraphs import DATELINE_WORDS, dateline_end
from claimwire.records import (
    Claim,
    ClaimKind,
    DateMention,
    DateValue,
    Entity,
    Response,
    ResponseKind,
)
from claimwire.records import Span as TextSpan

__all__ = ["CUE_VERBS", "AttributionExtractor", "find_quotes"]

#: Lemmas of verbs that attribute content to their subject.
CUE_VERBS = _words(
    """say tell add state claim allege announce declare assert insist argue explain note warn
    write post tweet report confirm deny acknowledge admit accuse urge demand suggest believe
    think expect predict estimate fear vow pledge promise threaten stress emphasize emphasise
    reiterate maintain contend complain caution concede disclose reveal indicate conclude
    recall testify reply respond retort assure recount observe remark comment forecast
    propose hint charge mention repeat boast counter brief inform agree question doubt
    dismiss reject blame condemn denounce criticize criticise praise call cite highlight
    speculate worry predict acknowledge show find read quote affirm answer surmise
    imply proclaim reaffirm clarify assume suspect guess remind press refer feel assess
    signal"""
)

#: Verbs that attribute quoted words only: `"Why?" she asked`.
_QUESTION_CUES = _words("ask wonder")
#: Verbs that introduce quoted words after a colon: `Limbaugh continued: "..."`.
_COLON_CUES = _words(
    """continue conclude begin open close start interject yell shout scream chant exclaim
    quip joke crack beam fume demur muse gush scoff marvel grumble sigh laugh"""
)
#: ... and those of them that take the quoted words as their object: `yelled "You lie!"`.
_SHOUTS = _words("yell shout scream chant exclaim")
#: Verbs that proclaim: `declared "What a night!"`.
_DECLARING = _words("declare proclaim announce")
#: Verbs that name a thing something, judging it: `called Oz a quack`, `declared it "a
#: super Tuesday"`.
_NAMING_CUES = _words("call declare dub brand label")
#: Verbs whose `to` clause is their subject's own act: `went on to say`, `appeared to suggest`.
_RAISING_VERBS = _words("go appear seem proceed continue")
#: Cues that report a clause, not a thing: an object after them is a misread clause.
_CLAUSE_CUES = _words("say state insist argue assert contend")
#: Words whose `to` clause is what their subject says: `took to Twitter to say`, `used
#: the speech to call for`, `were more likely to say`, `was quick to point out`.
_SAYING_FRAMES = _words("take use likely unlikely quick careful eager keen first")
#: Verbs whose object is made to do what their `to` clause says: `led X to declare`.
_CAUSATIVES = _words("lead prompt force push drive spur compel")
#: Verbs after which `to say` is not said: `refused to say`, `plans to say`.
_UNFULFILLED = _words(
    "refuse decline fail want wish hope plan try hesitate dare need expect intend ask urge"
)
#: Verbs of judges and arbiters whose that-clause is a claim: `the court ruled that`.
_RULING_CUES = _words("rule")
#: Subjects whose findings are claims of evidence: `Polls show a close contest`.
_EVIDENCE_SOURCES = _words(
    """poll polls survey surveys data document documents record records video videos footage
    image images photo photos photograph photographs analysis study report figure figures
    statistic statistics result results review assessment investigation audit test tests
    average averages website websites imagery ledger ledgers filing filings transcript
    transcripts log logs email emails cable cables receipt receipts"""
)
#: Nouns for a number of things, which stand for those things: `a batch of emails`.
_COLLECTIONS = _words("batch set series trove cache collection pair handful number review")
#: Where a finding places what it shows: `shows the senator with a lead`, `in the lead`.
_STANDING_PREPS = _words("with in ahead behind at")
#: ... and words of standing the parser may hang on the cue: `showing the mayor far behind`.
_STANDINGS = _words("ahead behind down up level even")
#: Cues that present a finding: `the study found X`, `data show X`.
_FINDING_CUES = _words("show indicate suggest find reveal")
#: Nouns for people who speak in a participle after them (`critics saying they want ...`).
_PEOPLE_NOUNS = _words(
    """resident voter witness protester demonstrator critic supporter opponent lawmaker
    legislator member official analyst expert observer activist worker student parent
    people person"""
)
#: ... and those whose words a participle right after them gives (`groups arguing that`).
_SPEAKING_PEOPLE = _PEOPLE_NOUNS | _words("group organization organisation")
#: Verbs of saying whose participle reports for the noun it follows: `a statement saying X`.
_PARTICIPLE_CUES = _words(
    "say claim warn accuse urge call allege insist argue explain note add stress"
)
#: Cues whose gerund complement is the content: `denied providing sanctuary`.
_GERUND_CUES = _words("deny admit acknowledge propose suggest recommend report")
#: Words that tie an `as` clause to the argument: `especially as ...`.
_FOCUS_WORDS = _words("especially particularly even just only")
#: Adverbs that tie a sentence to the story before it: `Meanwhile`, `Separately`.
_LINKING_ADVERBS = _words("meanwhile separately elsewhere also later earlier however")
#: Marks of a clause set against the one before: `..., though they caution that ...`.
_CONCESSIVE_MARKS = _words("though although whereas")
#: Documents that state what they contain: `The constitution defines Syria as ...`.
_LEGAL_DOCUMENTS = _words(
    """constitution law laws declaration resolution agreement treaty charter bill decree accord
    deal statute ordinance regulation regulations rules directive"""
)
#: What such a document does when it states something.
_LEGAL_CUES = _words("define mandate stipulate require provide justify grant guarantee")
#: Cues of `as X said`, which attribute the clause they hang on.
_AS_SAID_CUES = _words(
    "say note point report predict explain argue write claim warn observe tell reveal show allege "
    "disclose confirm suggest indicate"
)
#: Prepositions of when and where something was said: `as X said on Friday`.
_SETTING_PREPS = _words("on in at during after before")
#: Statements a relative clause reports of its antecedent without a clause of its own.
_RELATIVE_STATEMENTS = _words(
    "deny vow pledge promise call question urge accuse warn condemn criticize criticise reject "
    "identify describe portray expose"
)
#: Nouns that speak when a relative clause says so: `the study, which notes that ...`.
_SPEAKING_NOUNS = _words(
    """study report survey poll statement government ministry agency commission council
    court union party group organization organisation company campaign committee
    administration department office army military junta militia movement alliance
    opposition coalition"""
)
#: Verbs of saying whose relative clause still reports a claim when it has a clause of
#: its own: `the mine, which Mr. Clarke says he is doing everything to keep open`.
_RELATIVE_CUES = _words("say claim believe estimate argue insist contend tell")
_FORMS_OF_SAY = _words("say says said saying sayin")
#: Gatherings a speaker tells things to (`told a cabinet meeting that ...`).
_AUDIENCES = _words(
    """meeting conference briefing session gathering rally crowd audience summit forum
    parliament congress assembly committee hearing"""
)
#: Verbs that report speech whatever follows them: a new claim when joined to a clause.
_SPEECH_VERBS = _words("say add tell note stress insist explain state continue write argue")
#: What is blasted as a sound, not as a verdict: `blasted its siren`.
_SOUNDERS = _words("siren sirens horn horns whistle whistles music loudspeaker loudspeakers")
#: Cues whose content may be a noun phrase object: ``demanded reforms``.
_OBJECT_CUES = _words(
    "accuse demand deny dismiss reject blame condemn denounce criticize criticise urge call "
    "highlight praise warn question announce disclose stress emphasize emphasise underscore "
    "express voice outline describe share estimate claim identify point threaten vow pledge "
    "promise predict forecast reveal confirm acknowledge admit propose cite note raise hint allege "
    "talk place defend tout mock recall list explain echo reiterate applaud hail slam "
    "blast dispute contest challenge concede recommend detail lament decry deride ridicule "
    "lambast characterize "
    "characterise label brand dub cast paint portray expose chide scold rebuke fault report "
    "view regard see deem consider document record profile welcome"
)
#: Every verb read as a cue: of saying and thinking, or with what it says as its object.
_ANY_CUE_VERBS = CUE_VERBS | _OBJECT_CUES
#: Cues that may come after their content with the source after them: `..., say analysts, ...`.
_INVERTED_CUES = _words("say add argue note believe warn insist")
#: Cues whose source may follow the quote before them: `"...," tweeted Ana Ruiz`.
_AFTER_QUOTE_CUES = _INVERTED_CUES | _words("tell write explain state read tweet post")
#: Cues whose infinitive complement is content: `vowed to retaliate`, `urged X to Y`.
_XCOMP_CUES = _words("urge call tell warn ask vow pledge promise threaten claim demand press")
#: Verbs that attribute only with an attitude as object: `raised concerns about X` (not
#: `raised money`). `express` and `voice` put out an attitude whatever its noun
#: (`expressed astonishment at`, `voiced solidarity with`).
_ATTITUDE_CUES = _words("raise place share")
_ATTITUDES = _words(
    """blame concern concerns question questions doubt doubts alarm fear fears hope hopes
    support opposition objection objections regret condolences frustration anger worry
    worries skepticism scepticism confidence optimism dismay outrage details view views"""
)
#: Cues that judge only with `as`: `described Trump as an anomaly`.
_AS_CUES = _words("describe identify cast paint portray expose view regard see profile welcome")
#: Cues of a view or a portrait that hold one only with `as`: `views the levy as a tax
#: on the poor`, `profiled him as a hero`, `welcomed the decision as a positive step`
#: (not `viewed the damage`, `saw that the door was open`, `profiled the suspects`,
#: `welcomed the move`).
_AS_ONLY_CUES = _words("view regard see profile welcome")
#: Cues of a verdict that hold one only with what they find their object to be:
#: `deemed him well qualified`, `considers the mayor untrustworthy` (not `considered a
#: run`, `considering whether to run`).
_VERDICT_CUES = _words("deem consider")
#: Cues that judge someone for something: `blasted the council for the delay`.
_JUDGING_CUES = _words(
    """blast slam lambast lambaste rebuke chide scold fault mock condemn denounce applaud hail
    commend"""
)
#: Cues that say something only through their preposition: `spoke of her childhood`.
_TOPIC_ONLY_CUES = _words("speak")
#: Cues that say something only when they label what they refer to: `referred to the
#: rebels as terrorists` (not `referred to the report`, a topic).
_LABEL_ONLY_CUES = _words("refer")
#: Cues whose content is the object of one of these prepositions: `hinted at X`,
#: `spoke out against X`, `insisted on X`, `blamed Y for X`. Not topics (`referred to`,
#: `commented on`, `discussed`): docs/annotation.md does not count them as claims.
_PREPOSITION_CUES: dict[str, frozenset[str]] = {
    lemma: _words(preps)
    for lemma, preps in (
        ("call", "for on"),
        ("warn", "of about against"),
        ("caution", "against"),
        ("accuse", "of"),
        ("hint", "at"),
        ("talk", "about of"),
        ("speak", "about of against"),
        ("refer", "to"),
        ("agree", "with"),
        ("complain", "about of"),
        ("point", "to"),
        ("boast", "about of"),
        ("brag", "about of"),
        ("joke", "about"),
        ("argue", "for against"),
        ("appeal", "for"),
        ("plead", "for"),
        ("insist", "on"),
        ("rail", "against"),
        ("lash", "at"),
        ("criticize", "for"),
        ("criticise", "for"),
        ("praise", "for"),
        *((judge, "for") for judge in _JUDGING_CUES),
        ("blame", "for on"),
        ("apologize", "for"),
        ("apologise", "for"),
        ("advocate", "for"),
        ("press", "for"),
        ("push", "for"),
    )
}
#: Cues whose object runs on into a phrase: `accused X of Y`, `expressed concern about Y`.
_OBJECT_PLUS_CUES = (
    _words("accuse blame urge call express voice claim raise place criticize criticise praise warn")
    | _JUDGING_CUES
    | _VERDICT_CUES
)
#: Nouns naming a statement that a possessor or ``from X`` makes: ``X's claim that``.
CLAIM_NOUNS = _words(
    """claim claims statement assertion allegation allegations accusation accusations warning
    denial insistence suggestion announcement argument belief view charge charges"""
)
#: Nouns that make a source a document: ``a statement from X said`` → X speaks. (The
#: tokenizer splits `op-ed` into `op`, `-` and `ed`.)
_DOCUMENT_NOUNS = _words(
    """statement report post letter communique communiqué tweet message email release memo study
    survey poll document decree declaration notice video review assessment analysis article
    essay column editorial op-ed ed petition filing filings indictment"""
)
#: Documents that may be anyone's, handed on or found: `The letter said ...`.
_PAPERS_HANDED_ON = _words("letter message video email memo note document")
_DISTANCING_CUES = frozenset(("claim", "allege", "purport", "allegation"))
_DENIAL_CUES = _words("deny reject dismiss refute rebuff disavow rubbish disown")
#: Cues with which a party calls what another said untrue: `wrote that the claims
#: were false`.
_SAYING_UNTRUE = _words("say insist maintain tell write post tweet add")
#: Verbs that cast what they name as something: `called the claims baseless`.
_CASTING_VERBS = _words("call describe label brand term")
_HEDGE_WORDS = _words(
    """could may might possibly likely unlikely perhaps probably maybe appear
    appears appeared appearing seem seems seemed believed thought suspected plans planning
    possible potentially potential apparently hope hopes hoped think believe believes
    necessarily"""
)
_HEDGE_CUES = _words("believe suspect speculate fear worry hope think assume guess feel")
#: A state of mind that holds a clause true: `is confident that ...`, `are worried ...`.
_CERTAIN_ADJECTIVES = _words("confident convinced certain sure adamant insistent aware")
#: ... and those that hold it likely, feared or hoped (the claim is hedged).
_UNCERTAIN_ADJECTIVES = _words(
    "worried concerned afraid fearful optimistic pessimistic hopeful doubtful skeptical sceptical"
)
_STATE_ADJECTIVES = _CERTAIN_ADJECTIVES | _UNCERTAIN_ADJECTIVES
#: What such a state of mind is about, when not a clause: `doubtful about X`.
_STATE_TOPICS = _words("about of over")
#: Feelings about a thing (`worried about its drivers`, `afraid of its people`) that
#: say nothing of it; a view of a thing (`skeptical about the dam`) holds it good or bad.
_FEELINGS = _words("worried concerned afraid fearful")
#: Cues whose claims are hedged whatever their words.
_HEDGING_CUES = _HEDGE_CUES | _UNCERTAIN_ADJECTIVES
#: Beliefs whose negation is a belief in the opposite: `Analysts don't think the truce will
#: hold` holds that it will not (a hedged denial), where `did not say` says nothing.
_NEGATION_RAISING_CUES = _words("think believe expect suppose imagine")
#: Words in the content that distance the outlet from it: `for allegedly spreading ...`.
_DISTANCING_WORDS = _words("allegedly alleged purportedly purported supposedly so-called")
#: Objects of `claimed` that make it a statement of fact: `claimed responsibility`.
_ACCEPTED_CLAIMS = _words("responsibility credit victory")
_DENIAL_CONTENT = re.compile(
    # (`no role in it`, `had "no role whatsoever" in the matter`, `had no role.`)
    r"\b(not (been )?involved|no involvement|not responsible|"
    r"no [\"“]?role( whatsoever)?[\"”]?( in\b|[.,;]|$)|(is|was|were|are) "
    r"((completely|totally|entirely|absolutely|simply|utterly) )?(false|"
    r"baseless|untrue|groundless|fabricated)|fake news|nothing to do[\"”’']? with|"
    # (`"That is a lie," the army said`)
    r"(that|this|it) (is|was) (a |an )?((complete|total|outright|blatant) )?(lie|fabrication)|"
    # (`the claim was not based on facts`, `had no basis in fact`, `do not correspond to
    # reality`)
    r"(does|do|did) not correspond to (the )?(reality|facts|truth)|"
    r"(is|was|were|are) not based on (facts?|evidence|reality)|(has|had|have) no basis in "
    r"(fact|reality)|"
    # (also `it had "no connection" to the attack`, or by its own name: `"Hezbollah has no
    # connection to it," the group said`; and `it was not behind the attack`)
    r"(it|they|he|she|we|i|(?-i:[A-Z][\w-]+)) (had|has|have) [\"“]?no (connection|links?)[\"”]? "
    r"(to|with)|"
    # (`he had never had any relationship with Zambada`, `has no ties to the gang`)
    r"(it|they|he|she|we|i) (had|has|have) (never (had|have) any|no) "
    r"(relationship|dealings|ties|contacts?) (to|with)|"
    r"(is|was|were|are|been) not behind\b|(isn't|wasn't|weren't|aren't) behind\b|"
    # (not a refusal to come: `would not take part in the talks`)
    r"(?<!will )(?<!would )not taken? part|(had|has|have|did) not carr(y|ied) out|"
    r"no part in|not (a )?party to|(had|has|have) done nothing wrong|"
    # (its own forces' presence denied: `Rwanda says it has no troops in Bukavu`)
    r"(it|they|we) (had|has|have) no (troops|soldiers|forces|fighters) (in|on|inside)\b|"
    # (one's own innocence: `said he was innocent`, not `innocent civilians`)
    r"(i|he|she|it|we|they) (am|is|are|was|were) innocent)\b",
    re.IGNORECASE,
)
#: What backs a claim: `evidence`, `proof`, `data to support the claim`.
_EVIDENCE = (
    r"(((specific|concrete|hard|direct|clear|public) )?(evidence|proof)|"
    r"(any )?intelligence to (support|back)|(data|details|documents|analysis|"
    r"documentation|figures|specifics|records|names) "
    r"(to|that would) (support|back|substantiate|corroborate|prove))"
)
#: What backs a claim of a count: `He gave no figures`.
_BACKING = (
    rf"({_EVIDENCE}|(a |any )?(figures?|numbers?)|statistics|data|(any )?footage|"
    # (`did not release any video or other evidence`, `gave no source for the claim`)
    rf"(any )?(videos?|images|photos|photographs|pictures)|(a |any )?sources? for|"
    rf"(any )?(specific |concrete )?(examples?|incidents?|cases?))\b"
)
_UNSUPPORTED = re.compile(
    # (`without naming any country or offering evidence`, `without giving details or evidence`)
    rf"\b(without ([\w'’]+ ){{1,4}}(or|and) ((providing|offering|giving|presenting|citing|"
    rf"producing|showing|releasing|sharing) )?(any )?{_EVIDENCE}|"
    rf"without (providing|offering|giving|presenting|citing|producing|showing|releasing|"
    rf"publishing|sharing|disclosing|making public|any)?\s*"
    rf"(any |further )?{_EVIDENCE}|(offered|provided|gave|presented|produced|cited|showed|"
    rf"included|contained|"
    rf"offering|providing|giving|presenting|producing|citing) no {_BACKING}|"
    rf"(declined|refused|failed|fails) to (provide|offer|give|present|produce|share|release|"
    rf"show) (any )?"
    rf"{_EVIDENCE}|(did|does|has|have) not (immediately )?(([\w'’]+ ){{1,4}}(or|and) )?"
    rf"(provide|provided|offer|"
    rf"offered|give|given|present|presented|produce|produced|cite|cited|show|shown|share|"
    rf"shared|release|released|publish|published|disclose|disclosed|make public|made public|"
    rf"include|included|contain|contained) "
    rf"(any )?{_BACKING}|(did|has|have) not back(ed)? (it |them |the \w+ )?(up )?with (any )?"
    rf"{_EVIDENCE}|(did|has|have) not substantiate(d)? (it|them|(the|his|her|its|their) \w+)|"
    # (`without substantiating the claim`, `did not back up the assertion`)
    rf"without (substantiating|backing up|supporting) (it|them|(the|his|her|its|their) "
    rf"(claims?|assertions?|allegations?|accusations?|charges?))|"
    rf"(did|does|has|have|had) not back(ed)? (up (it|them|(the|his|her|its|their) \w+)|"
    rf"(it|them|(the|his|her|its|their) \w+) up\b)|"
    rf"no evidence (was|has been|had been) (provided|offered|given|presented)|"
    # (`He did not say what evidence he had`, `what the claim was based on`)
    rf"(did|does|has|have) not (say|specify|explain|disclose) (what|which) (evidence|proof|"
    rf"(the|his|her|its|their) (claims?|accusations?|allegations?) (was|were) based on)|"
    rf"neither( \w+)? (offered|provided|gave|presented|produced|cited|showed) (any )?"
    rf"{_BACKING}|"
    rf"(has|have|had) never (provided|offered|given|presented|produced|cited|shown|shared) "
    rf"(any )?{_BACKING})",
    re.IGNORECASE,
)
_UNVERIFIED = re.compile(
    # (also `could not immediately be verified`, the adverb before `be`)
    r"\b((could|can|cannot|can't|couldn't) ?(not )?((immediately|independently) )?(be )?"
    r"(immediately )?(independently )?(verif|confirm|authenticat)|"
    r"(was|were|is|are) (not able|unable) to (independently )?(verify|confirm|authenticate)|"
    r"(has|have|had) not been (independently )?(verified|confirmed)|unverified|"
    r"(has|have|had) not been able to (independently )?(verify|confirm)|"
    r"(failed|fails|fail) to (independently )?(verify|confirm)|"
    r"no independent (verification|confirmation)|"
    r"independent (verification|confirmation) (was|is|has been) (not|im)\s?possible|"
    r"(impossible|not (immediately )?possible|no (immediate )?way|difficult) to "
    r"(independently )?(verify|confirm)|had no way of (independently )?(verifying|checking)|"
    # (`Reuters was unable to independently determine who fired it`)
    r"(could not|couldn't|was unable to|were unable to) independently "
    r"(determine|establish|ascertain))",
    re.IGNORECASE,
)
#: What an outlet may fail to confirm that is no claim: `the identity of the victims`.
_NOT_A_CLAIM_DOUBTED = re.compile(
    r"\w*\s+(the\s+)?(identit(y|ies)|names?|whereabouts|nationalit(y|ies))\b", re.IGNORECASE
)
_RESPONSE_PATTERNS: tuple[tuple[ResponseKind, re.Pattern[str]], ...] = (
    (
        "no_response",
        re.compile(
            r"\b((did|does|do|has|have|had) (so far |still )?not (yet |so far )?"
            r"(immediately )?(publicly )?(respond|responded|reply|replied|answer|answered)|"
            r"could not (immediately )?be (reached|contacted)|"
            # `Reuters could not immediately reach the army for comment`
            r"(could not|was unable to|were unable to|was not able to) (immediately )?"
            r"(reach|contact)\b|"
            r"(was|were) not (immediately )?available (for|to) comment|"
            r"(was|were|is|are) (immediately )?unavailable for comment|"
            r"(remained|kept|stayed) (largely )?silent (on|about|over|regarding)|"
            # `Turkey said nothing about the strike`
            r"(said|says|has said) nothing (publicly )?(about|on|of)\b|"
            # (a call or message not returned; not `the rebels fled but did not return`)
            r"(did|does|do|has|have|had) not (yet )?(immediately )?return(ed)? (a |an |the |"
            r"repeated |multiple |several |two |three )*(phone )?(calls?|messages?|emails?|"
            r"requests?|inquir(y|ies)|quer(y|ies))\b|"
            r"\b(calls|messages|emails|requests|inquiries|queries)\b[^.]{0,80}?\b(went unanswered|"
            r"(were|have been) not (immediately )?returned)|"
            r"\b(efforts|attempts) to reach\b[^.]{0,80}?\b(were|have been) unsuccessful|"
            # `Neither the ministry nor the army responded to requests for comment`,
            # `Neither company answered questions`
            r"\bneither\b[^.;]{1,80}?(\bnor\b[^.;]{1,80}?)?\b((has|have|had) (yet )?)?"
            r"(immediately )?(publicly )?(responded|replied|answered)\b|"
            # `did not address the claims`, `a claim the army did not immediately address`:
            # addressing an audience (`did not address the nation`) is no answer.
            r"(?P<at>(did|does|do|has|have|had) not (yet )?(immediately )?(publicly )?"
            r"address(ed)?)( (the|those|these|its|his|her|their|such) ([\w'’-]+ ){0,2}"
            r"(claims?|accusations?|allegations?|charges?|reports?|denials?)\b|(?=[^\w ]|$)))",
            re.IGNORECASE,
        ),
    ),
    (
        "declined_comment",
        re.compile(
            r"\b(declined to (comment|respond|elaborate|discuss|answer|be interviewed)|"
            r"declined comment|refused to (comment|be interviewed)|"
            # `The State Department had nothing to add`
            r"(has|have|had) nothing (further |more )?to add|"
            # (`refused to answer questions`; not `refused to answer radio calls`, an act)
            r"refused to answer(?! (radio )?(calls|hails|summons|orders))|"
            # `declined to say whether the depot was hit`: what is asked goes unanswered
            r"(declined|refused) to (say|confirm|disclose|specify|acknowledge|deny|explain)\b|"
            # `declined to give further details`: what was asked goes unanswered
            r"(declined|refused|did not|didn't|didn’t|(has|have|had) not( yet)?) (to )?"
            r"(give|given|provide|provided|offer|offered|share|shared|release|released) "
            r"(any |a |the |their |its )?(further |more |additional |other |specific )?"
            r"(details|information|comment|breakdown|date|timeline|timetable|timeframe|"
            # (`have not released their names`: who they were goes unanswered)
            r"(cost )?estimate|names|identities|number|figure|toll)\b|"
            # `He did not elaborate.`: said no more than the claim before (also `...,
            # without elaborating`)
            r"(did not|didn't|didn’t|would not|wouldn't|wouldn’t) elaborate\b|"
            r"without (elaborating|giving (any |further )?details)\b|"
            r"(gave|offered|provided) no (further |other |more )?(details|breakdown|timeline|"
            r"timetable|timeframe|date)\b|"
            r"(would not|wouldn't|wouldn’t|did not|didn't|didn’t) (say|disclose|confirm|specify) "
            r"(whether|if|how|when|where|who|what|why|which)\b|"
            # `Officials have not said when it would begin`
            r"(has|have|had) not (yet )?(publicly )?(said|disclosed|confirmed|specified) "
            r"(whether|if|how|when|where|who|what|why|which)\b|"
            # `The Pentagon would not confirm the reports`: a refusal, not a doubt
            r"(would not|wouldn't|wouldn’t) confirm\b|"
            # `The ministry did not immediately confirm the talks`: asked, and silent
            r"(did not|didn't|didn’t) immediately confirm\b|"
            # (also quoted: `said it had "no comment at this stage"`)
            r"(had|has|have|made|offered|gave|was|were) [\"“]?no "
            r"(immediate |further |official |public )?comment|"
            r"(has|have|had) yet to (comment|respond)|"
            r"(would|could|can) not (immediately )?comment|(cannot|can't|can’t) comment|"
            r"(was|were|is|are) unable to comment|"
            r"(does|do|did|has|have|had) not (yet )?(immediately )?(publicly )?comment|"
            r"refrained from comment|"
            r"declined (repeated |multiple |several )?requests? (for|to) (comment|an interview)|"
            r"neither (confirm|confirmed) nor (deny|denied)|"
            r"(refused|declined|would not|could not|did not) (to )?confirm or deny|"
            # `Neither Moscow nor Kyiv has commented`: each of them is silent (also
            # `Neither side has commented`)
            r"\bneither\b[^.;]{1,80}?(\bnor\b[^.;]{1,80}?)?\b((has|have|had|did) (yet )?"
            r"(immediately )?(publicly )?comment(ed)?|commented)\b)",
            re.IGNORECASE,
        ),
    ),
)
#: Objects of deny/reject that make the verb a response to earlier claims.
_CLAIM_OBJECTS = _words(
    """claim claims report reports accusation accusations allegation allegations charge charges
    finding findings statement statements assertion assertions comment comments remark remarks
    suggestion suggestions warrant warning warnings criticism criticisms talk idea
    speculation rumours rumors figure figures toll tally protest complaint complaints"""
)
_CONTRAST_OPENERS = ("however", "in response", "responding")
#: Conjunctions that set one party's words against another's in one sentence.
#: (Not `while`, which as often sets two reports side by side: `Police said two died,
#: while hospital officials said 40 were hurt`.)
_CONTRAST_JOINS = (", whereas", ", although", ", though")
_DISPUTE_CUES = _words("insist counter dispute contest question retort challenge")
#: Things a party denies that make the denial a response: `denied involvement`.
_DENIED_THINGS = _words(
    """involvement responsibility role report reports wrongdoing account version narrative
    figure figures toll estimate estimates view views assessment assessments
    characterization characterisation conclusion conclusions link links tie ties connection
    connections argument arguments reading interpretation story stories"""
)
#: What is denied in the sense of refused, not of said to be untrue: `denied the request`.
_REFUSED_THINGS = _words(
    """request requests access entry permission visa visas bail application applications
    appeal petition asylum license licence permit permits approval funding passage lawyer
    lawyers counsel care treatment medicine food water visits"""
)
#: Who is recalled in the sense of called back, not remembered: `recalled its ambassador`.
_CALLED_BACK = _words("ambassador ambassadors envoy envoys diplomat diplomats troops consul")
#: How a source is said to be left unnamed: `who spoke on condition of anonymity`.
_UNNAMED_ON_PURPOSE = re.compile(
    r"\b(anonymity|anonymously|not (want )?(to )?be (named|identified)|(declined|refused) "
    r"to be (named|identified)|(his|her|their) names? not be (used|published))\b",
    re.IGNORECASE,
)
#: What is defended in arms, not in words: `defend the city`, `Ukraine will defend itself`
#: (not `defended the plan`, nor a person's `defended himself`).
_DEFENDED_GROUND = _words(
    """territory city town village country homeland land border borders position positions
    line lines base airspace capital region frontier coast island soil sovereignty
    itself themselves ourselves"""
)
#: Craft a water cannon or a horn is blasted at: `blasted the Philippine vessel`.
_VESSELS = _words("vessel vessels ship ships boat boats ferry trawler trawlers craft")
#: Verbs that move a count to a new value: `raised the death toll to 60`.
_FIGURE_MOVES = _words("raise revise lower update increase")
#: Cues whose subject is as often an event as a speaker: emphasis, and threats (`the
#: floods threaten the harvest`).
_SPEAKER_ONLY_CUES = _words("underscore highlight document threaten raise")
#: Cues of a count recorded: `UN monitors recorded 50 civilian deaths` (not `recorded
#: a video`).
_COUNT_CUES = _words("record")
#: Nouns for what can say or show something beyond people, bodies and documents.
_SAYING_THINGS = _words(
    """finding findings data result results comment comments remark remarks speech speeches
    ad ads spot campaign paper research figures numbers"""
)


#: Quantifiers that stand for people as a subject: `several threatened to walk out`.
_PEOPLE_QUANTIFIERS = _words("several some many few most others both all")


#: Nouns that count part of a group: `the share of Republicans saying ...`.
_SHARE_NOUNS = _words("number share proportion percentage percent majority minority plurality")


def _share_of_people(noun: Token) -> bool:
    """Whether a noun counts part of a group of people (`the share of Republicans`, `62
    percent of voters`), who speak as one in a poll."""
    if noun.lemma_.lower() not in _SHARE_NOUNS:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            g.dep_ == "pobj" and (g.tag_ in {"NNS", "NNPS"} or g.ent_type_ == "NORP")
            for g in prep.children
        )
        for prep in noun.children
    )


def _share_counting(people: Token) -> Token | None:
    """The share of a group a noun of people is counted in (`70 percent` in `70 percent
    of residents`), if any."""
    share = people.head.head
    if people.dep_ == "pobj" and people.head.lower_ == "of" and _share_of_people(share):
        return share
    return None


#: Cues whose participle a thing often takes after it: `the ceasefire announced last week`,
#: `the deal agreed with the IMF`.
_DONE_TO_THINGS = _words("announce agree propose unveil approve sign reach broker impose order")


def _quoted_as_saying(verb: Token) -> Token | None:
    """`Qassem` in `Al-Manar quoted Qassem as saying`: the one quoted, when nothing
    follows the saying (the words came before)."""
    saying = next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pcomp"
            and g.lemma_.lower() == "say"
            and not any(d.dep_ in {"ccomp", "xcomp", "dobj", "attr"} for d in g.children)
        ),
        None,
    )
    if saying is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < saying.i), None)


def _participle_read_as_cue(verb: Token, subject: Token) -> bool:
    """`The ceasefire announced last week collapsed on Sunday`, `the deal agreed with the
    IMF was dead`: a thing that cannot speak with a participle after it, which the parser
    read as its verb and the sentence's own verb as what it reports (with no subject)."""
    if (
        subject.pos_ != "NOUN"
        or _can_speak(subject)
        or verb.tag_ not in {"VBD", "VBN"}
        or verb.lemma_.lower() not in _DONE_TO_THINGS
    ):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return clause is not None and not any(c.dep_ in _SUBJECT_DEPS for c in clause.children)


def _reporters_noun_with_participle(verb: Token, subject: Token) -> bool:
    """`The minister said fuel would arrive, a claim repeated many times since May`: the
    reporter's noun set off after what was said, with a participle the parser read as
    its verb, hung on the cue before."""
    return (
        subject.lemma_.lower() in _COMMENT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
        and _after_comma(subject.doc, subject.left_edge.i)
        and verb.tag_ in {"VBD", "VBN"}
        and verb.dep_ in {"ccomp", "conj", "parataxis"}
        and verb.head.i < subject.i
        and not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children)
    )


def _can_speak(subject: Token) -> bool:
    """Whether a subject can make a claim: a name, a person, a body, a document (`The
    findings underscore ...`), not an event (`The attack on the convoy highlights ...`)."""
    if subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_:
        return subject.lower_ not in {"it", "this", "that"}
    if subject.lower_ in _PEOPLE_QUANTIFIERS:
        return True  # `several threatened to walk out`: people, counted
    lemma = subject.lemma_.lower()
    return (
        lemma in _DOCUMENT_NOUNS
        or lemma in CLAIM_NOUNS
        or lemma in _SAYING_THINGS
        or lemma in _SPEAKING_PEOPLE
        or lemma in _PERSON_NOUNS
        or lemma in _GROUP_HEADS
        or lemma in _BODY_WORDS
        or lemma in _INSTITUTION_WORDS
        or subject.lower_ in _SAYING_THINGS
    )


#: Object pronouns: `denied him bail` refuses him something; one denies what was said.
_OBJECT_PRONOUNS = _words("him her them me us")


def _refuses(verb: Token) -> bool:
    """Whether `deny` refuses someone something rather than denying what was said:
    `denied him bail` (whatever the parser made of it), `denying migrants sent to the base
    access to lawyers`, `denied the request`."""
    if verb.tag_ in {"VBN", "VBD"} and any(c.dep_ == "dobj" for c in verb.children):
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        passive = verb.head if verb.dep_ == "conj" and not own_subject else verb
        if any(c.dep_ == "auxpass" for c in passive.children):
            return True  # `had been beaten and denied medical care`: what was withheld
    for child in verb.children:
        if child.dep_ not in {"dobj", "dative", "ccomp", "xcomp", "nsubj"} or child.i < verb.i:
            continue
        first = child.left_edge
        # `denied him bail`, not `denied them` (the claims just mentioned)
        if (
            first.lower_ in _OBJECT_PRONOUNS
            and (
                child.right_edge.i > first.i
                or any(c.dep_ in {"dobj", "npadvmod"} and c.i > child.i for c in verb.children)
            )
            # (not `her` owning what was said: `denied her claims`)
            and not (first.dep_ == "poss" and child.lemma_.lower() in CLAIM_NOUNS | _ACCOUNTS)
        ):
            return True
        if (
            child.lower_ == "it"
            and child.dep_ in {"dobj", "dative"}
            and any(c.dep_ == "dobj" and c.i > child.i for c in verb.children)
        ):
            return True  # (`denied it regular visits`; not `denied it happened`)
        if child.dep_ in {"dobj", "dative"} and any(
            t.pos_ == "NOUN" and t.lemma_.lower() in _REFUSED_THINGS
            for t in list(child.subtree)[:10]
        ):
            return True
    return False


_QUOTE_OPEN = "“‘«"
_QUOTE_CLOSE = "”’»"
#: Tokens that are quote marks of either direction, typewriter ones included.
_QUOTE_MARKS = frozenset(("“", "”", "«", "»", '"', "''", "``"))
#: Tokens that open, or close, quoted words.
_OPENING_MARKS = _QUOTE_MARKS | frozenset(_QUOTE_OPEN)
_CLOSING_MARKS = _QUOTE_MARKS | frozenset(_QUOTE_CLOSE)
#: Punctuation that ends quoted words right before their closing mark (`,”`, `."`).
_QUOTED_WORDS_END = frozenset(",.?!")
_PRONOUNS_PERSON = frozenset(("he", "she", "him", "her", "his"))
_PRONOUNS_GROUP = frozenset(("they", "it", "we", "its", "their"))
_DETERMINERS = frozenset(("the", "a", "an"))
_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
#: Subjects that are never a source outside a quotation.
_NOT_SOURCES = frozenset(("this", "that", "i", "we", "you", "me", "us"))


def _not_a_source(text: str) -> bool:
    """Whether words are the writer's or a pointer, not a source (`us`, but not `US`,
    the United States)."""
    return text.lower() in _NOT_SOURCES and text != "US"


@dataclass(slots=True)
class _Found:
    """A claim under construction (token offsets until it becomes a record)."""

    cue: tuple[int, int]  # char offsets
    content: tuple[int, int]
    source: tuple[int, int] | None
    source_token: Token | None
    kind: ClaimKind | None = None
    speaker: Entity | None = None
    speaker_name: str = ""
    flags: set[str] = field(default_factory=set)
    sent: int = 0  # index of the sentence of the cue
    cue_lemma: str = ""
    continuation: bool = False
    #: Whether what was said is the speaker saying it did no wrong (`it had not violated
    #: any sanctions`): a denial that claims something of its own.
    exculpating: bool = False
    #: The words of the body its speaker is called the spokesperson of (read when needed).
    spoke_for: frozenset[str] | None = None
    #: The source as written, with the clauses that describe it (`a report released
    #: last year`); ``source`` without them is what names the speaker.
    written: tuple[int, int] | None = None


class AttributionExtractor:
    """Finds claims, their flags and responses; fills ``cw_claims`` and ``cw_responses``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        _LOCAL.text = (doc, text)
        try:
            return self._process(doc, text)
        finally:
            _LOCAL.text = None
            _LOCAL.full_names = None

    def _process(self, doc: Doc, text: str) -> Doc:
        quotes = find_quotes(text)
        sents = list(doc.sents)
        # (a short quotation is speech too where it is a sentence of its own: `"Putin
        # must resign."`)
        opening = {s.start_char for s in sents}
        speech = [
            q
            for q in quotes
            if len(text[q[0] : q[1]].split()) >= 4
            or (q[0] - 1 in opening and text[q[0] : q[1]].rstrip()[-1:] in {".", "?", "!"})
        ]
        found: list[_Found] = []
        for n, sent in enumerate(sents):
            for item in _sentence_claims(sent, quotes):
                # A cue inside a quotation is the quoted speaker's own words (`I think`),
                # and so is one in a short quotation whose words run out of it
                # (`"Tehran will respond," Araghchi said`: no claim of Tehran's).
                if _in_quote(speech, *item.cue) or _runs_out_of_its_quote(item, quotes, text):
                    continue
                item.sent = n
                item.content = _after_connective(doc, _balance_quotes(text, *item.content))
                if item.cue[1] <= item.content[0]:
                    item.content = _before_setting(sent, item.content, quotes)
                found.append(item)
        for item in [*_colon_claims(doc), *_dash_claims(doc, speech)]:
            item.sent = _sentence_at(sents, item.cue[0])
            found.append(item)
        for item in [*_headline_claims(doc, found), *_trailing_source_titles(doc, found)]:
            item.sent = _sentence_at(sents, item.cue[0])
            found.append(item)
        closing = list(_closing_claims(doc, sents, found))
        _end_at_closing_cues(found, closing, sents)
        for item in [*closing, *_noun_read_claims(doc, sents, found)]:
            # (a short quotation only: a long one may be a mark left unclosed, with the
            # cue after it: `the EU "was ruled by ... Italy, Sisci said.`)
            if _runs_out_of_its_quote(item, quotes, text, longest=8):
                continue
            item.sent = _sentence_at(sents, item.cue[0])
            found.append(item)
        # `Poland's defence ministry said it had no comment`: a refusal, found as an
        # answer, says nothing
        found = [f for f in _dedupe(found) if not _NO_COMMENT.fullmatch(text, *f.content)]
        for item in _colon_quote_claims(doc, speech, found):
            item.sent = _sentence_at(sents, item.cue[0])
            found.append(item)
        found += _quote_claims(doc, sents, quotes, found)
        found = _one_cue_of_two_words(found)
        _end_before_own_next_cue(text, found, quotes)
        for item in found:
            if item.source is not None:
                item.content = _before_own_closing_cue(doc, item.content, item.source, item.cue)
        found.sort(key=lambda f: (f.content[0], f.cue[0]))
        for item in found:
            said_by = (item.cue, item.source) if item.source is not None else (item.cue,)
            item.kind = item.kind or _kind(text, item.content, quotes, said_by)
        mentions = _Mentions.of(doc)
        _resolve_speakers(doc, found, mentions, speech)
        _flag(doc, sents, found, mentions)
        dates = _dates_by_head(doc, ext.dates(doc))
        claims = [_record(doc, n, item, dates) for n, item in enumerate(found, 1)]
        ext.claims(doc).extend(claims)
        ext.responses(doc).extend(_responses(doc, sents, found, claims, mentions))
        return doc


#: Participles that go on with what a source says: `..., saying ...`.
_SAYING = _words("say add note explain insist stress")
#: What joins a second cue of one source to the words of its first: `..., saying`, `and`.
_JOINED_BEFORE = re.compile(r"(?:,\s*(?:and|but)?|\s(?:and|but))$")


def _end_before_own_next_cue(text: str, found: list[_Found], quotes: list[tuple[int, int]]) -> None:
    """`urged the authorities to free detainees and called for an inquiry`, `called on
    Israel to release a doctor held since December, saying his detention was arbitrary`:
    where a source's second cue in the sentence, found as a claim of its own, stands inside
    the words of its first, joined by a comma or `and`, the first ends before it (two cues
    give two claims)."""
    by_source: dict[tuple[tuple[int, int], int], list[_Found]] = {}
    for item in found:
        if item.source is not None:
            by_source.setdefault((item.source, item.sent), []).append(item)
    for items in by_source.values():
        for first in items:
            for second in items:
                if (
                    second.cue == first.cue
                    # (not a state of mind, read of the clause's subject as much: `said
                    # Bogota had not been informed and was concerned that ...`)
                    or second.cue_lemma in _STATE_ADJECTIVES
                    or not first.cue[1] <= first.content[0] < second.cue[0] < first.content[1]
                    or not second.cue[1]
                    <= second.content[0]
                    < second.content[1]
                    <= first.content[1]
                    or _in_quote(quotes, *second.cue)
                ):
                    continue
                before = text[first.content[0] : second.cue[0]].rstrip()
                joined = _JOINED_BEFORE.search(before)
                if (
                    joined is not None
                    and joined.start() > 0
                    # (after a comma only a participle of saying: not `said soldiers beat
                    # them, calling them traitors`, which may be the soldiers' words)
                    # (or of inferring: `..., indicating the cartel was involved`)
                    and (
                        joined.group().rstrip(",").strip()
                        or second.cue_lemma in _SAYING | {"suggest", "indicate"}
                        # (or of judging, after what no person did: `said the state had
                        # seized the mine, accusing Orano of theft`)
                        or (
                            second.cue_lemma in _JUDGING_PARTICIPLES | _BLAMING
                            and not _people_did(first, first.content[0] + joined.start())
                        )
                    )
                ):
                    first.content = (first.content[0], first.content[0] + joined.start())
    by_sent: dict[int, list[_Found]] = {}
    for item in found:
        by_sent.setdefault(item.sent, []).append(item)
    for same_sentence in by_sent.values():
        if len(same_sentence) > 1:
            _end_before_own_judgement(text, same_sentence)
            _end_before_next_party(text, same_sentence)


def _people_did(item: _Found, end: int) -> bool:
    """Whether what a claim says up to ``end`` is told of people, whose words a
    participle after it may be (`said soldiers beat them, calling them traitors`)."""
    if item.source_token is None:
        return True
    doc = item.source_token.doc
    said = doc.char_span(item.content[0], end, alignment_mode="expand")
    if said is None:
        return True
    subject = _subject(said.root)
    return subject is None or (
        subject.lemma_.lower() in _PERSON_NOUNS | _PRIVATE_PERSONS
        or subject.ent_type_ == "PERSON"
        or subject.tag_ == "PRP"
    )


def _party_joined_before_participle(verb: Token) -> Token | None:
    """`with Russia saying it had taken the village and Ukraine saying its troops held
    it`: the second party of a `with` phrase, which the parser joined to a noun of the
    first party's words, speaks in the participle right after its name."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 3 or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    named = doc[verb.i - 1]
    if not (
        named.dep_ == "conj"
        and named.pos_ in {"PROPN", "NOUN"}
        and doc[verb.i - 2].lower_ == "and"
        and named.head.i < named.i
    ):
        return None
    opening = next(
        (
            t
            for t in doc[verb.sent.start : named.i]
            if t.tag_ == "VBG"
            and t.lemma_ == verb.lemma_
            and t.head.lower_ == "with"
            and any(c.dep_ in _SUBJECT_DEPS for c in t.children)
        ),
        None,
    )
    return named if opening is not None else None


#: What joins another party's words to the end of a speaker's: `... and Ukraine saying`,
#: `... while the EU urged restraint`.
_JOINED_PARTY = re.compile(r",?\s+(?:and|while|whereas)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _end_before_next_party(text: str, found: list[_Found]) -> None:
    """`with Russia saying it had taken the village and Ukraine saying ...`: the words of
    the first end before `and` and the source and cue of the next (claims of one
    sentence)."""
    for first in found:
        for second in found:
            if (
                second is first
                or second.source is None
                or not first.content[0] < second.source[0] < second.cue[0] < first.content[1]
            ):
                continue
            before = text[first.content[0] : second.source[0]]
            joined = _JOINED_PARTY.search(before)
            if joined is not None and second.source[1] + 1 == second.cue[0]:
                first.content = (first.content[0], first.content[0] + joined.start())


#: A relative clause in which the speaker judges what they spoke of, at the end of their
#: words: `..., which he described as unconstitutional`.
_OWN_JUDGEMENT = re.compile(r",\s*(?:which|whom)\s+(?:he|she|they)\s*$", re.IGNORECASE)


def _end_before_own_judgement(text: str, found: list[_Found]) -> None:
    """`said his clients were tried before a court martial, which he described as
    unconstitutional`: the speaker's judgement of the last thing they spoke of, a claim
    of its own, closes the words of the first (claims of one sentence)."""
    for first in found:
        for second in found:
            if (
                second is first
                or second.source is None
                or not first.content[0] < second.source[0] < first.content[1]
                or text[second.content[1] : first.content[1]].strip(' .,;"”')
            ):
                continue
            match = _OWN_JUDGEMENT.search(text, first.content[0], second.source[1])
            if match is not None and match.end() == second.source[1]:
                first.content = (first.content[0], match.start())


def _runs_out_of_its_quote(
    item: _Found, quotes: list[tuple[int, int]], text: str, longest: int | None = None
) -> bool:
    """A cue in quoted words (of at most ``longest`` words) whose content runs out of them
    (`"Tehran will respond," Araghchi said`, `"...," she said, "whatever the governor
    says."`): the quoted speaker's words, no claim of their own."""
    held = _in_quote(quotes, *item.cue)
    if held is None or held[0] <= item.content[0] < item.content[1] <= held[1]:
        return False
    return longest is None or len(text[held[0] : held[1]].split()) <= longest


def _end_at_closing_cues(found: list[_Found], closing: list[_Found], sents: list[Span]) -> None:
    """`X acknowledged that ... "influence peddling," the Post reported`: what X said
    ends where the words the closing cue reports end (claims of the same sentence)."""
    by_sent: dict[int, list[_Found]] = {}
    for other in found:
        by_sent.setdefault(other.sent, []).append(other)
    for item in closing:
        if item.source is None:
            continue
        for other in by_sent.get(_sentence_at(sents, item.cue[0]), ()):
            if other.content[0] < item.source[0] < other.content[1] and (
                item.content[0] <= other.cue[0] < item.content[1]
            ):
                other.content = (other.content[0], min(other.content[1], item.content[1]))


@Language.factory("claimwire_attribution")
def make_attribution(nlp: Language, name: str) -> AttributionExtractor:
    return AttributionExtractor(nlp, name)


# ---------------------------------------------------------------- quotes


_LOCAL = threading.local()


def _text(doc: Doc) -> str:
    """The text of the document being processed: ``Doc.text`` joins every token on
    each call, so the component builds it once per document (per thread)."""
    cached = getattr(_LOCAL, "text", None)
    if cached is not None and cached[0] is doc:
        return cached[1]  # type: ignore[no-any-return]
    return doc.text


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages, without the quote marks.

    Curly quotes pair by direction; a straight ``"`` opens after a space or an
    opening bracket and closes otherwise. A quote still open at the end of a
    paragraph closes there unless the next paragraph reopens it (the convention
    for quotes that run across paragraphs); single quotes count only when curly.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    i = -1
    while i + 1 < len(text):
        i += 1
        ch = text[i]
        width = 1
        if text[i : i + 2] in {"''", "``"}:  # typewriter quotes of older wire copy
            ch, width = ('"' if text[i] == "'" else "“"), 2
        if ch in '"“”':
            # Direction from the context, as typists and converters often get it wrong:
            # a mark after a space and before a word opens, one after a word closes.
            before = text[i - 1] if i else " "
            after = text[i + width : i + width + 1] or " "
            opening = (before.isspace() or before in "([{—–-―") and not after.isspace()
            closing = not before.isspace() and before not in "([{—–-―"
            if not opening and not closing:
                opening = ch != "”"
            if start is not None and opening and before != "\n":
                nested = _nested_quote_end(text, i + width)
                if nested is not None:
                    # `“People wearing “Settle For Hillary” shirts ...”`: a quote inside a
                    # quote in the same marks; its closing mark is not the outer one's.
                    i = nested - 1
                    continue
            if start is not None:
                # Inside a quote, a mark opening a paragraph reopens it; any other closes it.
                opening = opening and before == "\n"
            ch = "“" if opening else "”"
        if ch == "“":
            if start is not None:  # an unclosed quote: a new paragraph of it, or a stray mark
                spans.append((start, _trim_end(text, start, i)))
            start = i + width
        elif ch == "”" and start is not None:
            spans.append((start, i))
            start = None
        elif ch == "\n" and start is not None and text[i + 1 : i + 2] not in ('"', "“", "'"):
            spans.append((start, _trim_end(text, start, i)))
            start = None
        i += width - 1
    if start is not None:
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _nested_quote_end(text: str, start: int) -> int | None:
    """Where a quote that opens inside another one at ``start`` ends (after its closing
    mark), when the next two double quote marks of the paragraph both close: its own
    and the outer quote's. Otherwise the mark closes the outer quote, or opens a new
    one after an outer quote left unclosed, and ``None`` is returned."""
    closers: list[int] = []
    i = start
    while i < len(text) and text[i] != "\n" and len(closers) < 2:
        width = 2 if text[i : i + 2] in {"''", "``"} else 1
        if width == 2 or text[i] in '"“”':
            if text[i - 1].isspace() or text[i - 1] in "([{—–-―":
                return None  # another mark opens before both close
            closers.append(i + width)
        i += width
    return closers[0] if len(closers) == 2 else None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _after_semicolon(
    doc: Doc, content: tuple[int, int], cue: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """`Hospitals are full; Morocco has too few doctors, the ministry said`: a cue after
    what was said reports the clause after the last semicolon, outside a quotation; the
    one before it is the reporter's."""
    if cue[0] < content[1]:
        return content
    text = _text(doc)
    at = text.rfind(";", content[0], content[1])
    while at != -1 and _in_quote(quotes, at, at + 1):
        at = text.rfind(";", content[0], at)
    if at == -1:
        return content
    start = at + 1
    while start < content[1] and text[start].isspace():
        start += 1
    return (start, content[1]) if start < content[1] else content


def _after_connective(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """`Meanwhile, an airstrike killed six people, officials said`: the reporter's word
    tying the sentence to the last, set off at its start, is no part of what was said;
    a name the parser cut off before `and` is."""
    first = _token_at(doc, content[0])
    if (
        doc[first].is_sent_start
        and doc[first].lower_ in _CONNECTIVES
        and first + 2 < len(doc)
        and doc[first + 1].text == ","
        and doc[first + 2].idx < content[1]
    ):
        return doc[first + 2].idx, content[1]
    if (
        doc[first].is_sent_start
        and doc[first].dep_ == "cc"
        and first >= 1
        and doc[first - 1].pos_ == "PROPN"
        and doc[first - 1].is_sent_start
        and doc[first - 1].dep_ == "ROOT"
    ):
        # `Prisoner swap\n\nRussia and Ukraine exchanged prisoners, officials said`: a
        # first name of the subject the parser left as a sentence of its own
        return doc[first - 1].idx, content[1]
    that = doc[first]
    if (
        that.lower_ == "that"
        and that.dep_ == "det"
        and that.head.dep_ in _SUBJECT_DEPS
        and that.head.head.pos_ in {"VERB", "AUX"}
        # (a plural, a name, or a noun with its own modifier: not `said that report was
        # false`, where it may point)
        and (
            that.head.tag_ in {"NNS", "NNPS", "NNP"}
            or any(c.dep_ in {"amod", "compound"} for c in that.head.children)
        )
        and first > 0
        and doc[first - 1].pos_ in {"VERB", "AUX"}
        and doc[first + 1].idx < content[1]
    ):
        # `Roque posted that martial law was coming`: the conjunction, which the tagger
        # took for the subject's article (`that` points at no plural)
        return doc[first + 1].idx, content[1]
    return content


#: Words with which the reporter ties a sentence to the one before: `Meanwhile, ...`.
_CONNECTIVES = _words("meanwhile separately elsewhere earlier later additionally")


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a quote mark at either edge of a content span whose partner lies outside it,
    and the two marks of a span that is one quotation (`"Ruto must go!" protesters
    chanted`)."""
    body = text[start:end]
    if (
        len(body) > 2
        and body[0] in '"“'
        and body[-1] in '"”'
        and not any(c in body[1:-1] for c in '"“”')
    ):
        return _balance_quotes(text, start + 1, end - 1)
    opens = sum(body.count(c) for c in _QUOTE_OPEN[:1]) + body.count('"') % 2
    closes = sum(body.count(c) for c in _QUOTE_CLOSE[:1])
    if body[:1] in '"“' and (body.count('"') % 2 == 1 or opens > closes):
        start += 1
    body = text[start:end]
    if body[-1:] in '"”' and (body.count('"') % 2 == 1 or body.count("”") > body.count("“")):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    body = text[start:end]
    if (
        start > 0
        and text[start - 1] in '"“'
        and body[-1:] not in '"”'
        and (body.count('"') % 2 == 1 or body.count("”") > body.count("“"))
    ):
        # `urged "maximum restraint" from both sides`: the mark that opens it
        start -= 1
        body = text[start:end]
    opened = body.count('"') % 2 == 1 or body.count("“") > body.count("”")
    closed = _with_closing_mark(text, start, end)
    if closed > end:
        # `said the DPP was "colluding with foreign forces".`: the mark that closes it
        return start, closed
    if (
        text[end : end + 1] in {".", "?", "!", ","}
        and text[end + 1 : end + 2] in {'"', "”"}
        and opened
    ):
        # `said the country was "on the brink of collapse."`, `said the exiles were
        # "mercenaries," but ...`: the quotation closes after the stop it holds
        end += 2
    return start, end


_SINGLE_OPENED = re.compile(r"(?:^|(?<=\s))['‘](?=\w)")
_SINGLE_CLOSED = re.compile(r"(?<=[\w.,!?])['’](?!\w)")


def _with_closing_mark(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` past the quotation mark right after it that closes
    one the span opened (`declared a 'foreign agent'`), else ``end``."""
    if end >= len(text):
        return end
    body, after = text[start:end], text[end]
    if after in '"”' and (body.count('"') % 2 == 1 or body.count("“") > body.count("”")):
        return end + 1
    if after in "'’" and len(_SINGLE_OPENED.findall(body)) > len(_SINGLE_CLOSED.findall(body)):
        return end + 1
    return end


#: Nouns for what was said that the tagger may read as a verb after a denial it read as
#: a noun: `Russia disputes claims that ...`.
_SAID_READ_AS_VERBS = _words("claims reports allegations accusations suggestions")


def _denial_read_as_subject_of_noun(noun: Token) -> _Found | None:
    """`Russia disputes claims that its troops shelled the plant`: a denial the tagger read
    as a plural noun, the subject of the claim noun it read as the verb; the denial is
    the cue, the words before it its source, the that-clause what it denies."""
    doc = noun.doc
    if noun.lower_ not in _SAID_READ_AS_VERBS or noun.tag_ not in {"VBZ", "VBP"}:
        return None
    denial = doc[noun.i - 1] if noun.i > 0 else None
    if (
        denial is None
        or denial.lower_ not in _DENIALS_READ_AS_NOUNS
        or denial.dep_ not in _SUBJECT_DEPS
        or denial.head.i != noun.i
        or denial.left_edge.i >= denial.i
        or doc[denial.i - 1].pos_ not in {"PROPN", "NOUN"}
    ):
        return None
    clause = next((c for c in noun.children if _marked_that(c)), None)
    if clause is None:
        return None
    content = _subtree_chars(doc, clause, clause, skip=None)
    if content is None:
        return None
    party = doc[denial.i - 1]
    return _Found(
        cue=(denial.idx, denial.idx + len(denial.text)),
        content=content,
        source=(denial.left_edge.idx, party.idx + len(party.text)),
        source_token=party,
        cue_lemma=_DENIALS_READ_AS_NOUNS.get(denial.lower_, denial.lower_),
    )


#: Denials, with their lemmas, the tagger may read as nouns before a claim noun.
_DENIALS_READ_AS_NOUNS = {
    "denies": "deny", "deny": "deny", "rejects": "reject", "reject": "reject",
    "disputes": "dispute", "dispute": "dispute", "dismisses": "dismiss", "dismiss": "dismiss",
}  # fmt: skip


def _in_quote(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quote holding ``start:end``. Quotes are in text order and do not overlap, as
    :func:`find_quotes` gives them, so only the last one opening before ``start`` can."""
    i = bisect_right(quotes, start, key=_opening) - 1
    if i >= 0 and end <= quotes[i][1]:
        return quotes[i]
    return None


def _quotes_ending_in(
    quotes: list[tuple[int, int]], low: int, high: int
) -> Iterator[tuple[int, int]]:
    """The quotes that end from ``low`` to ``high``, found by bisection: quotes in text
    order that do not overlap end in text order too."""
    for n in range(bisect_left(quotes, low, key=_closing), len(quotes)):
        if quotes[n][1] > high:
            break
        yield quotes[n]


def _quotes_opening_in(quotes: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """The quotes that open within characters ``low`` to ``high``."""
    return quotes[bisect_left(quotes, low, key=_opening) : bisect_left(quotes, high, key=_opening)]


def _opening(quote: tuple[int, int]) -> int:
    return quote[0]


def _closing(quote: tuple[int, int]) -> int:
    return quote[1]


# ---------------------------------------------------------------- finding claims


def _sentence_claims(sent: Span, quotes: list[tuple[int, int]]) -> Iterator[_Found]:
    for token in sent:
        lemma = token.lemma_.lower()
        if (swapped := _denial_read_as_subject_of_noun(token)) is not None:
            yield swapped
        elif token.dep_ == "acomp" and token.lower_ in _STATE_ADJECTIVES:
            # `are worried ...`, tagged an adjective or a participle
            item = _adjective_claim(token)
            if item is not None:
                yield item
        elif (
            (token.pos_ in {"VERB", "AUX"} or _parsed_as_verb(token))
            # `Sayed Abdul Wajeed Sadat told VOA`: a name the lemmatizer read as `say`
            and not (lemma == "say" and token.lower_ not in _FORMS_OF_SAY)
            and (
                lemma in CUE_VERBS
                or lemma in _OBJECT_CUES
                or lemma in _PREPOSITION_CUES
                or lemma in _QUESTION_CUES
                or (lemma in _LEGAL_CUES and _document_subject(token))
                # `Limbaugh continued: "..."`: a verb that announces the words after a colon.
                or (
                    (lemma in _COLON_CUES or _goes_on(token))
                    and _announces_words_after(sent, token)
                )
                # `"...," she continued.`: or closing the quoted words before it.
                or (
                    (lemma in _COLON_CUES or _goes_on(token))
                    and any(
                        t.text in _QUOTE_MARKS
                        for t in sent.doc[max(sent.start, token.i - 3) : token.i]
                    )
                )
                # `The appeals court ruled that ...`: a ruling states what it finds.
                or (lemma in _RULING_CUES and _that_clause(token) is not None)
                or _as_put_it(token)
                or (lemma in {"make", "take"} and _made_statement(token) is not None)
                or _figure_stated(token) is not None
            )
        ):
            yield from _verb_claims(sent, token, quotes)
        elif token.lower_ == "according" and token.i + 1 < len(sent.doc):
            item = _according_to(sent, token)
            if item is not None:
                yield item
        elif token.lower_ == "in" and token.dep_ == "prep":
            item = _poll_claim(token) or _view_claim(token)
            if item is not None:
                yield item
        elif token.lower_ in _HEARSAY_ADVERBS and token.dep_ == "advmod":
            item = _hearsay_claim(token)
            if item is not None:
                yield item
        elif token.pos_ == "NOUN" and (
            lemma in CLAIM_NOUNS
            or lemma in _NOUN_OBJECTS
            or lemma in _NOUN_INFINITIVES
            or lemma in _THAT_NOUNS
        ):
            item = _noun_claim(token)
            if item is not None:
                yield item


def _parsed_as_verb(token: Token) -> bool:
    """`Rights groups estimate that ...` with `estimate` tagged a noun: the parser still
    gave it a subject and a clause, as a verb's."""
    children = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and "nsubj" in children and "ccomp" in children


def _goes_on(verb: Token) -> bool:
    """`She went on: "..."`: `go on`, a verb that announces more words."""
    return verb.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" and c.i == verb.i + 1 for c in verb.children
    )


def _announces_words_after(sent: Span, verb: Token) -> bool:
    """A colon right after the cue (and its particle), or a comma and an opening quote
    mark (`She continued, "For us ..."`)."""
    doc = sent.doc
    at = verb.i + 1
    if at < sent.end and doc[at].dep_ == "prt" and doc[at].head.i == verb.i:
        at += 1
    if at >= sent.end:
        return False
    if doc[at].text == ":":
        return True  # `went on: "..."`
    if doc[at].text in _QUOTE_MARKS and verb.lemma_.lower() in _SHOUTS:
        return True  # `yelled "You lie!"`
    return doc[at].text == "," and at + 1 < sent.end and doc[at + 1].text in _QUOTE_MARKS


def _line_before(doc: Doc, start: int, verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """The words on the cue's own line before it, when they hold a noun."""
    cut = _text(doc).rfind("\n", start, verb.idx) + 1
    words = [t for t in doc[verb.sent.start : verb.i] if t.idx >= cut and not t.is_space]
    while words and words[0].is_punct:
        words.pop(0)
    if not words or not words[0].text[:1].isupper():
        return None  # a line that goes on from the one before, not a name
    while words and (words[-1].is_punct or words[-1].dep_ in {"aux", "neg", "advmod"}):
        words.pop()
    nouns = [t for t in words if t.pos_ in {"PROPN", "NOUN"}]
    if not words or not nouns:
        return None
    return nouns[-1], (words[0].idx, words[-1].idx + len(words[-1].text))


def _document_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _LEGAL_DOCUMENTS for c in verb.children)


def _inverted_source(sent: Span, verb: Token) -> Span | None:
    """`One question, say some analysts, is ...`: a cue set off by commas with its
    source after it; the words between the cue and the next comma, if a noun phrase."""
    doc = sent.doc
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    if verb.tag_ == "VBG":
        return None  # `X, noting the size of his following, said`: its object, not a source
    end = verb.i + 1
    while end < sent.end and end - verb.i <= 8 and doc[end].text not in {",", ".", ";"}:
        end += 1
    if end >= sent.end - 1 or doc[end].text != "," or end == verb.i + 1:
        return None
    words = doc[verb.i + 1 : end]
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in words):
        return None
    if words[0].pos_ == "ADP":
        return None  # `..., White, said on Saturday, and ...`: when, not who
    return words


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """`charged the officer with murder and Emanuel fired his chief`: a finite verb
    joined to the one before with no subject of its own, whose subject, right before it,
    the parser joined to a noun of the clause before."""
    doc = verb.doc
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in {"VBD", "VBZ", "VBP"}
        or verb.i < 2
        or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return None
    name = doc[verb.i - 1]
    if name.dep_ != "conj" or name.pos_ not in {"PROPN", "NOUN"} or name.head.i > name.i:
        return None
    cc = doc[name.left_edge.i - 1]
    if cc.dep_ != "cc" or cc.head.i != name.head.i:
        return None
    return name


#: Words for the seat of a state's power, which speaks for it: `the presidency said`.
_SEATS_OF_POWER = _words("presidency palace cabinet administration junta")


def _object_read_as_subject(verb: Token) -> tuple[Token, Token] | None:
    """`China returned as many as 600 North Koreans, Human Rights Watch said`: a closing
    cue whose source the parser joined, after a comma, to the reported clause's last
    noun, made the cue's subject; that noun and the source."""
    doc = verb.doc
    misread = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if misread is None or not any(
        c.dep_ == "ccomp" and c.i < misread.left_edge.i for c in verb.children
    ):
        return None
    clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i < misread.left_edge.i)
    source = next(
        (
            c
            for c in misread.children
            if c.right_edge.i == verb.i - 1
            and doc[c.left_edge.i - 1].text == ","
            and (
                (
                    c.dep_ == "conj"
                    and not any(t.dep_ == "cc" and t.head.i == misread.i for t in misread.children)
                )
                # `Algeria has expelled French diplomat Stephane Romatet, the Algerian
                # foreign ministry said`: read as an apposition of the object, which the
                # reported clause's verb, right before it, lacks
                or (
                    c.dep_ == "appos"
                    and (
                        c.lemma_.lower() in _SPEAKING_BODIES | _PERSON_NOUNS | _SEATS_OF_POWER
                        or c.ent_type_ == "ORG"
                    )
                    and clause.right_edge.i + 1 == misread.left_edge.i
                    and clause.tag_ in {"VBD", "VBN", "VBZ"}
                    and not any(
                        g.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp", "prep"}
                        for g in clause.children
                        if g.i > clause.i
                    )
                )
            )
        ),
        None,
    )
    return None if source is None else (misread, source)


def _participle_after_time_clause(participle: Token) -> bool:
    """`Sanchez spoke on Monday, two days after Ayuso accused him, saying ...`: a
    participle set off by a comma, which the parser hung on a clause of time (`after`,
    `before`, `when`) inside the main clause."""
    clause = participle.head
    doc = participle.doc
    return (
        participle.i > 0
        and doc[participle.i - 1].text == ","
        and clause.dep_ == "advcl"
        and clause.i < participle.i
        and clause.head.i < clause.i
        and any(m.dep_ == "mark" and m.lower_ in _TIME_CLAUSE_MARKS for m in clause.children)
        and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
        # (one who may speak: not `The protests began after police shot a man, saying ...`)
        and any(c.dep_ in _SUBJECT_DEPS and _can_speak(c) for c in clause.head.children)
    )


#: Words that open a clause of time set inside a main clause: `after Ayuso accused him`.
_TIME_CLAUSE_MARKS = _words("after before when since")


def _nearer_clause(verb: Token) -> Token | None:
    """`Prosecutors charged the officer and the mayor fired his chief, acknowledging that
    ...`, `... was rigged, a charge that party leaders denied, noting that ...`: a
    participle set off by a comma after a clause with a subject of its own, joined to its
    head or told of a noun as an aside, which the parser hung on the head; the nearer
    clause's subject says it (not after a subordinate clause: `X said ... after Y won,
    remarking that ...` is X's)."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    if head.i > verb.i:
        return None
    nearer = None
    for token in doc[head.i + 1 : verb.i]:
        if token.right_edge.i != verb.i - 2 or token.pos_ not in {"VERB", "AUX"}:
            continue
        own = [c for c in token.children if c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_TAGS]
        if not own:
            continue
        joined = token.dep_ == "conj" and token.head.i == head.i
        aside = (
            token.dep_ == "relcl"
            and token.head.dep_ in {"appos", "npadvmod"}
            and doc[token.head.left_edge.i - 1].text == ","
        )
        if joined or aside:
            nearer = token
    return nearer


def _set_off_participle(verb: Token, lemma: str) -> Token | None:
    """`X made another attempt to deflect the criticism, writing on Twitter that ...`: a
    participle of saying set off by a comma (or none, after an occasion of speaking: `He
    ended his speech saying ...`), which the parser hung on a thing named in the main
    clause; the main clause's verb, whose subject says it."""
    doc = verb.doc
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VBG"
        or lemma not in _SPEECH_VERBS | _PARTICIPLE_CUES
        or verb.i == 0
        or _clausal_child(verb) is None
    ):
        return None
    thing = verb.head
    # (`He ended his speech saying ...`: an occasion of speaking needs no comma)
    if doc[verb.i - 1].text != "," and thing.lemma_.lower() not in _SAYING_OCCASIONS:
        return None
    if thing.pos_ != "NOUN" or thing.lemma_.lower() in _DOCUMENT_NOUNS | _SPEAKING_PEOPLE:
        return None
    main = thing.head
    while main.dep_ in {"pobj", "prep"} and main.head.i != main.i:
        main = main.head
    if main.i != verb.sent.root.i or thing.dep_ not in {"dobj", "pobj", "attr"}:
        return None
    return main


def _with_phrase_before(verb: Token) -> Token | None:
    """`Baghaei` in `..., with Esmaeil Baghaei, the ministry's spokesman, saying ...`:
    the object of a `with` that ends right before a participle's comma."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    return next(
        (
            o
            for c in verb.head.children
            # (set off: not `met with tribal leaders, saying ...`)
            if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i and doc[c.i - 1].text == ","
            for o in c.children
            if o.dep_ == "pobj"
            and o.right_edge.i == verb.i - 2
            # (one who may speak: not `with 2,800 cases reported, claiming 500 lives`)
            and (
                o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                or o.lemma_.lower() in _PERSON_NOUNS | _SPOKESPEOPLE
            )
        ),
        None,
    )


def _participle_subject(verb: Token) -> Token | None:
    """`One senator called the plan "a disgrace."`: a sentence with no verb of its own but
    a past cue the parser hung on its subject as a participle (`a senator called ...`),
    with the object or clause an active cue takes: the subject, which speaks (`X, an
    aide, called ...`: the name the description stands beside; `Voting: Ito, a judge,
    said ...`: a subject of the cue's own, when the parser gave it one)."""
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    head = verb.head
    while head.dep_ == "appos" and head.head.i < head.i:
        head = head.head
    doc = verb.doc
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.i > 0 and doc[verb.i - 1].text == ",":
        # `Mr. Buchanan, who had failed to win the nomination, called for ...`: the cue
        # hung on the last noun of a relative clause about the sentence's name.
        relative = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
        if (
            relative is not None
            and relative.head.dep_ == "ROOT"
            and relative.head.pos_ in {"PROPN", "NOUN"}
            and relative.head.i < relative.i < verb.i
        ):
            return relative.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i < verb.i
        and not any(c.dep_ in {"agent", "auxpass"} for c in verb.children)
        and (
            any(c.dep_ in {"dobj", "oprd", "ccomp"} and c.i > verb.i for c in verb.children)
            # `The U.N. chief called on both sides to ...`
            or bool(_called_on(verb))
            # `"...!" Murphy, the head of the PAC, tweeted on Friday`: the quote before
            # the name is what the cue reports
            or (
                verb.lemma_.lower() in _AFTER_QUOTE_CUES
                and head.left_edge.i > 0
                and doc[head.left_edge.i - 1].text in _QUOTE_MARKS
            )
        )
    ):
        return own or head
    return None


def _subject_taken_by_clause(verb: Token) -> bool:
    """`The contrast, said Doyle and others, would be clear`: the parser took the source
    after the cue for the subject of the clause it interrupts."""
    clause = _clausal_child(verb)
    if clause is None or clause.i < verb.i:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != verb.i + 1:
        return False
    end = subject.right_edge.i
    while end > subject.i and verb.doc[end].is_punct:
        end -= 1  # the comma after it, which the parser may hang on the subject
    speaker_like = (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in {"PERSON", "ORG", "NORP"}
        or subject.lemma_.lower() in _SPEAKING_PEOPLE
    )
    return speaker_like and end + 1 < clause.i and verb.doc[end + 1].text == ","


def _object_runs_on(verb: Token, last: Token) -> Token:
    """Where the content of an object cue ends when the parser hung more of it on the
    cue: a condition (`underscored the need for observers if a truce is agreed`), a
    second gerund of the charge (`accusing the other of stalling and trying to wreck ...`)
    or a second phrase of the object's preposition (`commitment to X and to Y`)."""
    for following in verb.rights:
        if following.i <= last.right_edge.i or following.dep_ in {"cc", "punct"}:
            continue
        conditional = following.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in following.children
        )
        gerund = (
            following.dep_ == "conj"
            and following.tag_ == "VBG"
            # (`of training and arming ...`, with the first gerund tagged a noun)
            and any(
                t.dep_ == "pobj" and (t.tag_ == "VBG" or t.lower_.endswith("ing"))
                for t in last.subtree
            )
            and not any(c.dep_ in _SUBJECT_DEPS for c in following.children)
        )
        # `expressed its commitment to X and to supporting Y`: a second phrase of the
        # object's preposition.
        phrase = (
            following.dep_ == "conj"
            and following.pos_ == "ADP"
            and following.lower_ not in _SETTING_PREPS  # not `in a speech and in an interview`
            and any(t.dep_ == "prep" and t.lower_ == following.lower_ for t in last.subtree)
        )
        # `denied any role in the killing`: what the role was in, hung on the cue
        part_in = (
            following.dep_ == "prep"
            and following.i == last.right_edge.i + 1
            and following.lower_ in {"in", "with", "to"}
            and last.lemma_.lower() in _PARTS_IN
        )
        # `accused Kyiv of planning to buy weapons`: the gerund's infinitive, hung on the cue
        infinitive = (
            following.dep_ in {"advcl", "xcomp"}
            and following.left_edge.i == last.right_edge.i + 1
            and following.left_edge.lower_ == "to"
            and last.right_edge.tag_ == "VBG"
            and not list(last.right_edge.children)
        )
        if not (conditional or gerund or phrase or part_in or infinitive):
            break
        last = following
    return last


#: A share in a deed, denied with what it was in: `denied any role in the killing`.
_PARTS_IN = _words("role involvement part link links tie ties connection connections hand")


def _holds_preposition(phrase: Token, lemma: str) -> bool:
    """Whether a prepositional phrase on a cue is, or holds, one of the prepositions that
    introduce its content (`accused X—along with Y—of Z`)."""
    wanted = _PREPOSITION_CUES.get(lemma)
    return wanted is None or any(t.lower_ in wanted for t in phrase.subtree if t.dep_ == "prep")


#: Verbs by which a source puts out words: `issued a statement saying ...`.
_ISSUING_VERBS = _words(
    "issue release send post publish put email text tweet write circulate distribute"
)


def _continued_participle(verb: Token) -> Token | None:
    """`a statement saying A and urging B`: the participle of saying after a noun that a
    participle joined to it, or to the clause it reports, goes on from."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG":
        return None
    lead = verb.head.head if verb.head.dep_ == "ccomp" else verb.head
    if (
        lead.dep_ == "acl"
        and lead.tag_ == "VBG"
        and lead.i < verb.i
        and lead.lemma_.lower() in _SPEECH_VERBS | _PARTICIPLE_CUES
    ):
        return lead
    return None


def _issuer(noun: Token) -> Token | None:
    """`X issued a statement saying ...`, `X emailed supporters saying ...`, `X sent a text
    to supporters saying ...`: who put out the words a participle after a noun reports,
    the subject of the verb the noun is the object (or recipient) of."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ in {"dative", "prep"}:
        verb = verb.head
    elif noun.dep_ not in {"dobj", "dative"}:
        return None
    if verb.lemma_.lower() not in _ISSUING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _addressed(noun: Token) -> bool:
    """`a plea to residents`: the people a noun is addressed to, who hear it and do not
    say what a participle after them reports."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to"


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word stands in."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _verb_of_phrase_at(doc: Doc, at: int) -> Token:
    """The verb of the clause a phrase at character ``at`` stands in, past the auxiliary
    the phrase may open with (`Trump did not provide evidence`, `The army could not
    confirm the claim`)."""
    verb = _clause_verb(doc[_token_at(doc, at)])
    return verb.head if verb.dep_ == "aux" else verb


def _participle_of_main_clause(participle: Token) -> bool:
    """A participle set off by a comma that the parser hung on the verb of a noun's
    that-clause (`denied the notion that a shakeup is coming, explaining ...`): it goes
    with the verb the noun belongs to."""
    head = participle.head
    doc = participle.doc
    return (
        participle.left_edge.i > 0
        and doc[participle.left_edge.i - 1].text == ","
        and head.dep_ == "acl"
        and _has_that_mark(head)
        and head.head.pos_ == "NOUN"
        and head.head.head.pos_ in {"VERB", "AUX"}
    )


def _date_in_object(obj: Token) -> int | None:
    """Where a date the parser hung on the object's last noun starts: `announced the
    closure of the border Friday at a briefing in ...`: when it was said,
    which ends what was said."""
    words = list(obj.subtree)
    for token in words:
        if (
            token.i > obj.i
            and token.dep_ == "npadvmod"
            and token.ent_type_ in {"DATE", "TIME"}
            and token.head.pos_ in {"NOUN", "PROPN"}
            # not `for the third time this week`, `the largest rally this year`: the
            # span a rank counts in
            and not any(
                c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or _rank_word(c))
                for c in token.head.children
            )
            # not `announced plans Tuesday to expand ...`: the object goes on after it
            and not any(
                t.i > token.i and t.head.i < token.i and t.dep_ in {"acl", "relcl"} for t in words
            )
        ):
            return token.left_edge.i
    return None


def _of_collection(noun: Token | None, kinds: frozenset[str] = _COLLECTIONS) -> Token | None:
    """The things a collection noun (of ``kinds``, by lemma) stands for (`a batch of
    emails` → `emails`), else the noun itself."""
    if noun is None or noun.lemma_.lower() not in kinds:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    things = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return things or noun


def _imperative(verb: Token) -> bool:
    """A bare verb opening its sentence or a bracket, with no subject: the writer's word
    to the reader (`(think the Greens in 2019)`, `Think you will find a job?`)."""
    doc = verb.doc
    # (the parser may read what follows as an inverted subject: `(think Greens in 2019)`)
    return (
        verb.tag_ in {"VB", "VBP"}
        and (verb.i == verb.sent.start or doc[verb.i - 1].text == "(")
        and not any(
            (c.dep_ in _SUBJECT_DEPS and c.i < verb.i) or c.dep_ in {"aux", "auxpass"}
            for c in verb.children
        )
    )


def _asked(verb: Token) -> bool:
    """A cue in a yes-no question, which opens with the cue's auxiliary: `Does the mayor
    think the bridge is safe?` (not `Why did the mayor say ...?`, which takes the saying
    as given)."""
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    words = [t for t in verb.sent if not (t.is_punct or t.is_space)]
    return (
        bool(words)
        and words[0].dep_ == "aux"
        and words[0].head.i == verb.i
        and any(c.dep_ in _SUBJECT_DEPS and c.i > words[0].i for c in verb.children)
    )


def _infinitive_to(verb: Token) -> Token | None:
    """The `to` of a verb's infinitive (`to declare`), if it has one."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _modal_or_infinitive(verb: Token) -> bool:
    """A verb after a modal or an infinitive's `to` (`would say`, `to find`): a base form,
    which shows neither tense nor number."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


#: Cues of a request whose infinitive, after the one asked, is what they ask for.
_URGING_CUES = _words("urge press")
#: Cues of what one will do, whose infinitive may follow a phrase of when: `vowed on
#: Tuesday to expel migrants`.
_PROMISING = _words("vow pledge promise threaten")


def _urged_infinitive(verb: Token) -> Token | None:
    """`pressed Israel on Monday to extend the truce`: the infinitive the parser hung on
    an urging as adverbial after a date, which is what is urged."""
    doc = verb.doc
    if verb.lemma_.lower() in _PROMISING and not any(c.dep_ == "dobj" for c in verb.children):
        # `vowed on Tuesday to expel migrants`: the infinitive after a phrase of when or
        # where, which the parser hung as adverbial
        return next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and (to := _infinitive_to(c)) is not None
                and to.i > verb.i + 1
                and doc[verb.i + 1].dep_ == "prep"
                and doc[verb.i + 1].head.i == verb.i
                and not any(t.is_punct for t in doc[verb.i + 1 : to.i])
            ),
            None,
        )
    if verb.lemma_.lower() not in _URGING_CUES:
        return None
    asked = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.i > verb.i
            # (someone to ask: not `pressed the button to start it`)
            and (
                c.pos_ in {"PROPN", "PRON"}
                or c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                or c.lemma_.lower() in _PERSON_NOUNS
            )
        ),
        None,
    )
    return next(
        (
            c
            for c in verb.children
            if asked is not None
            and c.dep_ == "advcl"
            and c.i > asked.i
            and _infinitive_to(c) is not None
        ),
        None,
    )


def _caused_to_say(verb: Token) -> Token | None:
    """Who was led to say something, and said it: `The victory led the chairman to
    declare that ...`, `forced the minister to admit ...`."""
    head = verb.head
    to = _infinitive_to(verb)
    if not (
        verb.dep_ in {"xcomp", "advcl"}  # (the parser reads it either way)
        and head.i < verb.i
        and head.lemma_.lower() in _CAUSATIVES
        and to is not None
        # not a purpose set off by a comma (`leading the merger, to tell them ...`)
        and not verb.doc[to.i - 1].is_punct
    ):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _holder_of_that_clause(participle: Token) -> Token | None:
    """The verb whose that-clause a participle set off by a comma was hung on (`was
    adamant that X keep ..., telling`, `made it clear that X has ..., touting`)."""
    clause = participle.head
    doc = participle.doc
    if not (
        participle.i > 0
        and doc[participle.i - 1].text == ","
        and clause.i < participle.i
        and clause.dep_ in {"ccomp", "advcl"}
        and _marked_that(clause)
    ):
        return None
    holder = clause.head
    # `was adamant that`, `made it clear that`: the adjective's verb holds it
    if holder.dep_ in {"acomp", "oprd"} or (
        holder.dep_ == "ccomp"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in holder.children)
    ):
        holder = holder.head
    return holder if holder.pos_ in {"VERB", "AUX"} else None


def _judges_the_subject(verb: Token) -> bool:
    """`said Trump was ignorant of Islam and criticized him for ...`: a judging cue joined
    to a reported clause, with a pronoun for that clause's subject as its object; the
    speaker judges, not the one the clause is about."""
    return verb.lemma_.lower() in _OBJECT_CUES and any(
        c.dep_ == "dobj" and c.lower_ in {"him", "her", "them"} for c in verb.children
    )


def _inverted_source_read_as_object(verb: Token) -> Token | None:
    """`The soldiers could face punishment, warned Human Rights Watch.`: an inverted cue
    closing its sentence after what it says and a comma, whose source after it the parser
    read as the one warned."""
    doc = verb.doc
    if (
        verb.lemma_.lower() not in _INVERTED_CUES
        or verb.i < 2
        or doc[verb.i - 1].text != ","
        or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return None
    last = verb.sent.end - 1
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i > verb.i and c.right_edge.i == last and c.pos_ == "PROPN"
        ),
        None,
    )


def _participle_read_as_verb(verb: Token) -> bool:
    """`a deal to send rejected asylum-seekers`: a past participle with no auxiliary of
    its own, right after an article or a verb left without its object and right before
    the noun it describes, which the parser took for a verb with that noun its object."""
    doc = verb.doc
    if verb.tag_ != "VBN" or not 0 < verb.i < len(doc) - 1:
        return False
    before = doc[verb.i - 1]
    # (after an article, or a bare verb left without its object: `to send rejected ...`)
    takes_it = before.pos_ == "DET" or (
        before.tag_ in {"VB", "VBG"} and not any(c.dep_ == "dobj" for c in before.children)
    )
    return (
        takes_it
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.left_edge.i == verb.i + 1
            for c in verb.children
        )
    )


def _subject_of_auxiliary(verb: Token) -> Token | None:
    """`Diplomats are worried the United States may ...`: a subject the parser hung on
    the cue's auxiliary, not on the cue."""
    return next(
        (
            c
            for a in verb.children
            if a.dep_ in {"aux", "auxpass"} and a.i < verb.i
            for c in a.children
            if c.dep_ == "nsubj" and c.i < a.i
        ),
        None,
    )


def _has_read_as_passive(verb: Token) -> bool:
    """`He's said he gets his ideas from ...`: `'s` for `has` before a cue with a clause
    of its own, which the parser read as a passive auxiliary (`is said` takes none)."""
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in children)
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in children)
        # `It's said that ...`: a passive indeed
        and not any(c.dep_ == "nsubjpass" and c.lower_ in {"it", "this", "that"} for c in children)
    )


def _manner_of_speaking(verb: Token) -> bool:
    """A participle set off by commas between a source and its cue that says nothing of
    its own (`X, writing for the majority, said`, `X, speaking to state television,
    warned`): how or where the cue after it speaks."""
    doc = verb.doc
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "acl", "dep"}
        and verb.left_edge.i > 0
        and doc[verb.left_edge.i - 1].text == ","
        and verb.right_edge.i + 1 < len(doc)
        and doc[verb.right_edge.i + 1].text == ","
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "dative"} for c in verb.children)
        and any(
            t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB"
            for t in (head, *head.children)
            if t.i > verb.right_edge.i
        )
    )


#: Verbs of believing: what one holds, not what one says.
_BELIEVING = _words("think believe feel know suspect expect")


def _belief_of_the_clause(verb: Token) -> bool:
    """`said Hichilema was frustrated and believed the family was manipulated`: a verb
    of believing joined to a reported clause with a subject of its own (a person or
    people), which is that subject's belief."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in _BELIEVING:
        return False
    subject = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), None)
    return (
        verb.head.dep_ in {"ccomp", "conj"}
        and subject is not None
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and (
            # (a person named, or one's own: `his client`; not `he`, who may be the
            # speaker going on, `said he heard gunfire and suspected an attack`)
            subject.ent_type_ == "PERSON"
            or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children)
            # (told in the past of the past, as the clause's own: `had thought`)
            or (
                subject.lower_ not in {"he", "she", "they", "i", "we"}
                and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
            )
        )
    )


#: Verbs of going on doing something: `would continue to push for clemency`.
_GOING_ON = _words("continue keep go")


def _questioned_a_person(verb: Token) -> bool:
    """`Police questioned the reporter`, `had questioned her client`: `question` of a
    person is an interrogation, no doubt about what was said."""
    if verb.lemma_.lower() != "question":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (
        obj.tag_ == "PRP"
        or obj.ent_type_ == "PERSON"
        or obj.lemma_.lower() in _PERSON_NOUNS | _INTERROGATED
    )


#: People one questions besides those `_PERSON_NOUNS` names: `questioned her client`.
_INTERROGATED = _words("client suspect detainee reporter")


def _joined_to_infinitive(verb: Token) -> bool:
    """`urged Lai to resign and admit his mistakes`, `wants to resign and admit`: a bare
    verb joined to an infinitive, whose `to` it shares, with no subject of its own; not
    one that tells or asks in turn (`is calling on Clinton to stop X and call on Emanuel to
    resign`, `asked her to raise her voice and say the word`), as PolNeAR reads them."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "conj"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children)
        and not any(c.dep_ in _SUBJECT_DEPS | {"ccomp", "xcomp"} for c in verb.children)
        and verb.lemma_.lower() not in _SPEECH_VERBS | _REQUEST_CUES | _TOPIC_ONLY_CUES
    )


def _people_before_date_read_as_subject(verb: Token, subject: Token) -> Token | None:
    """`Students who have protested since March said ...`: a date closing the relative
    clause of the source, which the parser read as the cue's subject (the cue as a clause
    of the date); the noun the relative clause describes speaks."""
    if subject.ent_type_ not in {"DATE", "TIME"} or verb.dep_ != "advcl":
        return None
    clause = verb.head
    if clause.dep_ != "relcl" or not any(
        m.dep_ == "mark" and m.i < subject.i for m in verb.children
    ):
        return None
    described = clause.head
    return described if described.pos_ in {"NOUN", "PROPN"} and described.i < subject.i else None


def _some_of_them(clause: Token) -> bool:
    """`many of them women`, `most of whom were children`: an aside on how many of those
    just counted were who, whose subject is a quantity `of them` or `of whom`."""
    return any(
        c.dep_ in _SUBJECT_DEPS
        and c.lower_ in {"many", "most", "some", "half", "all", "several", "none", "dozens"}
        and any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(g.lower_ in {"them", "whom"} for g in p.children)
            for p in c.children
        )
        for c in clause.children
    )


def _verb_claims(sent: Span, verb: Token, quotes: list[tuple[int, int]]) -> Iterator[_Found]:
    """The claims a cue verb makes: one, or one per reported clause when it reports
    several (`said that A and that B`)."""
    lemma = verb.lemma_.lower()
    cue = (verb.idx, verb.idx + len(verb.text))
    if lemma == "deny" and _refuses(verb):
        return
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in {"a", "an"}:
        return  # `..., a finding Moscow disputes`: a noun the tagger took for a participle
    if lemma == "raise" and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return  # `The army retook the town, raising hopes that ...`: what a deed caused
    if (
        lemma == "comment"
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
        and not any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return  # `Israel rarely comments on allegations that ...`: others' words, unanswered
    if _claim_noun_read_as_cue(verb):
        return  # `..., claims the army denies`: the reporter's noun, with its answer
    if _joined_to_infinitive(verb):
        return  # `urged Lai to resign and admit his mistakes`: what was urged
    if _questioned_a_person(verb):
        return  # `Police questioned the reporter for nine hours`: an interrogation
    if _participle_read_as_verb(verb):
        return  # `a deal to send rejected asylum-seekers`: a word of the noun after it
    if any(c.dep_ == "advcl" and _named_as(c) is not None for c in verb.children):
        return  # `a farmer identified only as Abeba told VOA`: how the speaker is named
    if lemma in _CONFIRMING | _DISPUTE_CUES and _answer_set_off_read_as_clause(verb):
        # `..., a figure police confirmed`, `..., a figure rights groups have questioned`:
        # an answer to what was said, no claim
        return
    if lemma in _INVERTED_CUES and (_clausal_child(verb) is None or _subject_taken_by_clause(verb)):
        inverted = _inverted_source(sent, verb)
        if inverted is not None:
            content = _sentence_chars(sent)
            if content is not None:
                source = (inverted.start_char, inverted.end_char)
                yield _Found(cue, content, source, inverted.root, cue_lemma=lemma)
            return
    if (
        any(c.dep_ == "auxpass" for c in verb.children)
        and lemma not in {"quote"}
        # `who's argued for years that ...`: `'s` for `has`, read as a passive auxiliary
        and not any(c.dep_ == "nsubj" for c in verb.children)
        and _subject_of_auxiliary(verb) is None
        and not _has_read_as_passive(verb)
    ):
        # `were claimed by Islamic State`, `is said to be ...`: the passive forms.
        passive = _passive_claim(verb, lemma)
        if passive is not None:
            yield passive
        return
    if _imperative(verb):
        return  # `(think the Greens in 2019)`: the writer addresses the reader
    if lemma == "assess" and any(
        m.dep_ == "mark" and m.lower_ in {"whether", "if"}
        for c in verb.children
        for m in c.children
    ):
        return  # `to assess whether visitors pose a risk`: a question, not a finding
    if any(
        m.dep_ == "mark"
        and (m.lower_ == "whether" or (m.lower_ == "if" and verb.head.lemma_.lower() in _ASKING))
        for m in verb.children
    ):
        return  # `Asked whether Washington had proposed it, she said no`: a question
    if (
        lemma in {"call", "dub", "name"}
        and verb.dep_ == "relcl"
        and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children)
        # (a name, quoted or capitalised; not `voters who called themselves very
        # conservative`, who describe themselves)
        and any(
            t.text in _QUOTE_MARKS or (t.pos_ == "PROPN" and t.i > verb.i + 1)
            for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]
        )
    ):
        return  # `young people who call themselves "Gen Z"`: the name they go by
    if lemma in _DENIAL_CUES | _DISPUTE_CUES and any(
        answer.i == verb.i for answer, _party, _noun in _answers_set_off(sent)
    ):
        return  # `Police said 17 died, a figure activists disputed`: an answer, set off
    if _manner_of_speaking(verb):
        return  # `Judge X, writing for the majority, said ...`: how the cue after speaks
    if (
        verb.tag_ == "VBZ"
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and any(
            c.dep_ == "ccomp"
            and any(g.dep_ in _SUBJECT_DEPS and g.tag_ == "WDT" and g.i < c.i for g in c.children)
            for c in verb.children
        )
    ):
        return  # `..., claims that could not be verified`: a noun and its relative clause
    # (`said France would continue to push for clemency`: the verb that carries the tense)
    carrier = verb
    while carrier.dep_ == "xcomp" and carrier.head.lemma_.lower() in _GOING_ON:
        carrier = carrier.head
    if (
        any(c.dep_ == "aux" and c.lower_ in _NOT_YET for c in carrier.children)
        and carrier.dep_ in {"ccomp", "conj"}
        and _inside_reported_words(carrier)
        # (inside what a cue before it reports: not `Few would admit this, but X says`)
        and any(a.lemma_.lower() in CUE_VERBS and a.i < carrier.i for a in carrier.ancestors)
    ):
        return  # `said Brussels would propose new sanctions`: words not yet given
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return  # `said X, without citing evidence`: what was not done
    if lemma == "cite" and any(
        c.dep_ == "dobj"
        and any(d.lower_ == "no" for d in c.children)
        # (not `The report cited no evidence that X intervened`, which says what)
        and not any(d.dep_ in {"acl", "ccomp", "relcl"} for d in c.children)
        for c in verb.children
    ):
        return  # `She cited no evidence.`: the claim before is unsupported, found as such
    if (
        lemma == "cite"
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and (
            verb.head.lemma_.lower() in _REFUSING
            or (_negated(verb.head) and verb.head.lemma_.lower() in _ELABORATING | {"comment"})
        )
    ):
        return  # `declined to comment, citing an ongoing investigation`: the refusal's reason
    if _asked(verb):
        return  # `Does the mayor see the levy as a threat?`: a question asserts nothing
    if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in verb.children):
        return  # `If the mayor says the bridge is safe, ...`: a saying supposed, not made
    if (
        lemma == "pledge"
        and verb.i + 1 < len(verb.doc)
        and verb.doc[verb.i + 1].lemma_.lower() in {"delegate", "superdelegate"}
    ):
        return  # `won 475 pledged delegates`: bound delegates, no pledge reported
    if lemma in _TOPIC_ONLY_CUES and not any(
        c.dep_ == "prep" and c.lower_ in _PREPOSITION_CUES[lemma] and c.i > verb.i
        for c in verb.children
    ):
        # `spoke fluent Arabic`, `speaking to reporters at ...`, `speaking on condition of
        # anonymity`: only what one speaks of or against is said.
        return
    if lemma in _LABEL_ONLY_CUES and _label_after_preposition(verb) is None:
        return
    if lemma == "label" and _labels_things(verb):
        return  # `Meta will label AI-generated images`: a tag put on things, no verdict
    if lemma in _VERDICT_CUES and _verdict(verb) is None:
        return
    if lemma in _COUNT_CUES and not _counted(verb):
        return
    if lemma in _AS_ONLY_CUES and not any(
        c.dep_ == "dobj" and c.i > verb.i and _as_judgement(verb, c) is not None
        for c in verb.children
    ):
        return
    subject = _subject(verb)
    if lemma == "quote" and (quoted := _quoted_as_saying(verb)) is not None:
        subject = quoted  # `"...," Al-Manar quoted Qassem as saying`: Qassem says it
    if subject is not None and (people := _people_before_date_read_as_subject(verb, subject)):
        subject = people  # `Students who have protested since March said`: the students
    if (
        (lemma in _SPEAKER_ONLY_CUES or (lemma in _FIGURE_MOVES and _figure_stated(verb)))
        and subject is not None
        and not _can_speak(subject)
    ):
        # `The attack highlighted the threat`, `the blast raised the toll to 60`: an event
        # shows it; nobody claims it
        return
    if lemma in _SHOWING_CUES and subject is not None and _an_event(subject):
        return  # `The incident showed that China was willing to use force`: the same
    if subject is not None and _participle_read_as_cue(verb, subject):
        return  # `The ceasefire announced last week collapsed`: a thing, then its verb
    if subject is not None and _reporters_noun_with_participle(verb, subject):
        return  # `..., a claim repeated many times since`: the reporter's aside
    if lemma == "demand" and _money_demanded(verb):
        return  # `Kidnappers demanded a ransom of $200,000`: extortion, no claim
    if lemma == "tell" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"truth", "lie"} for c in verb.children
    ):
        return  # `the captain was telling the truth`: honesty, not a claim told
    if lemma == "claim" and _land_claimed(verb):
        return  # `Beijing claims almost the entire South China Sea`: a title, not words
    if (
        lemma in _DENIAL_CUES
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _MOTIONS for c in verb.children)
        # (not cast as something: `dismissed the proposal as desperate`, a judgement)
        and not any(
            (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd"
            for t in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            for c in t.children
        )
    ):
        return  # `The House rejected the amendment 210-215`: a vote, told by the reporter
    if lemma in _DENIAL_CUES and _rules_on_a_case(
        subject, next((c for c in verb.children if c.dep_ == "dobj"), None)
    ):
        return  # `A court dismissed charges against the captain`: a ruling, not words
    s_span_after: tuple[int, int] | None = None
    quoted_before = False
    after = None
    if subject is None or (subject.i < verb.i and _quoted_words_as_subject(subject, quotes)):
        # (`"Meh," wrote a soldier`: the quoted word the parser made the subject is what
        # was said, when the source follows the cue)
        after = _source_after(sent, verb, quotes)
    if after is not None:
        subject, s_span_after = after
        quoted_before = True
    elif subject is None:
        if (between := _name_between_quote_and_cue(sent, verb, quotes)) is not None:
            subject, s_span_after = between
            quoted_before = True
        elif "\n" in _text(sent.doc)[sent.start_char : verb.idx]:
            # `Click to subscribe ...\nKyiv also said`: a line the parser ran into the
            # next; the words on the cue's own line are its subject.
            own_line = _line_before(sent.doc, sent.start_char, verb)
            if own_line is not None:
                subject, s_span_after = own_line
    # `protesters, who took to the streets and called for ...`: a cue joined to a
    # relative clause shares its subject.
    clause_verb = verb
    while clause_verb.dep_ == "conj" and clause_verb.head.i != clause_verb.i:
        clause_verb = clause_verb.head
    relative_speaker = (
        (clause_verb.dep_ == "relcl" or _relative_read_as_adverbial(clause_verb) is not None)
        and subject is not None
        and subject.head.i == clause_verb.i
        and (
            subject.lower_ in {"who", "whom"}
            # `Trump, whose attorneys argued that ...`: the attorneys say it
            or any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)
            # `the European Union, which contended that ...`: `which` standing for a body or
            # a document that speaks, not for the clause before it (`which suggests that`).
            or (
                subject.lower_ in {"which", "that"}
                and (
                    clause_verb.head.pos_ == "PROPN"
                    # (a body's short name the tagger took for a plural: `the FLNKS`)
                    or clause_verb.head.ent_type_ in {"ORG", "GPE"}
                    or clause_verb.head.lemma_.lower() in _SPEAKING_NOUNS
                    # `her medical records, which showed she was fit`: evidence finds
                    or (
                        lemma in _FINDING_CUES
                        and clause_verb.head.lemma_.lower() in _EVIDENCE_SOURCES
                    )
                )
            )
        )
    )
    if relative_speaker and not (
        any(c.dep_ == "ccomp" for c in verb.children)
        # `who have questioned Europe's reliance`, `which vowed to act`: a statement
        or (lemma in _RELATIVE_STATEMENTS and _verb_content(sent, verb, lemma) is not None)
    ):
        return  # `who proposed the law`: an act, not a statement
    participle = (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and (
            (
                lemma in _PARTICIPLE_CUES
                and (
                    verb.head.pos_ == "PROPN"
                    or verb.head.lemma_.lower() in _DOCUMENT_NOUNS | _PEOPLE_NOUNS
                    or _share_of_people(verb.head)
                )
            )
            # `a poll showing that X leads`, `polls showing the mayor far behind`: evidence
            # presented by its source.
            or (
                lemma in _FINDING_CUES
                and verb.head.lemma_.lower() in _EVIDENCE_SOURCES | _DOCUMENT_NOUNS
                and (
                    _clausal_child(verb) is not None
                    or any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
                )
            )
        )
    )
    gap = _reported_gap(verb) if verb.dep_ == "relcl" else None
    misread_relative = _relative_word_as_subject(verb) if verb.dep_ == "relcl" else None
    lowered_that = _lowered_that_clause(verb) if verb.dep_ == "relcl" else None
    relative_claim = (
        verb.dep_ == "relcl"
        # `one in which he stated that ...`: any cue, where `that` opens its clause
        and (
            lemma in _RELATIVE_CUES
            or any(_marked_that(c) for c in verb.children)
            or lowered_that is not None
        )
        and subject is not None
        and subject.tag_ not in {"WDT", "WP"}
        and subject.head.i == verb.i
        and (
            any(c.dep_ == "ccomp" for c in verb.children)
            or _relative_clause_reported(verb) is not None
            or lowered_that is not None
        )
        # `in Richmond, where experts say judges are eager to ...`, `a clip in which he
        # says he will ...`: a whole clause. With a gap in it, a clause set off by a comma
        # asserts (`drones, which they said were supplied by X`), and so does one that says
        # what the noun is or does (`a verdict that lawyers say was rushed`); one whose
        # gap is an object picks out its noun (`the villages that Ukraine says it has
        # taken`): background.
        and (
            gap is None
            or (gap.i > 0 and sent.doc[gap.i - 1].text in {",", "—", "–"})
            or (
                gap.dep_ in {"nsubj", "nsubjpass"}
                # (the parser may call `that` a subject beside the clause's own)
                and not any(c.dep_ in _SUBJECT_DEPS and c.i != gap.i for c in gap.head.children)
            )
        )
        and not any(
            t.tag_ in {"WDT", "WP", "WP$"}
            for c in verb.children
            if c.i < verb.i and c.dep_ in {"dobj", "nsubj"} and c != misread_relative
            for t in c.subtree
            if t != misread_relative
        )
    )
    # `charges that critics say are politically motivated`, parsed with `that` as the
    # cue's mark and the reported clause without its subject: the relative word's gap
    # is that subject, and the clause says what the noun is.
    relative_claim = relative_claim or (
        verb.dep_ == "acl"
        and subject is not None
        and any(
            c.dep_ == "mark" and c.lower_ == "that" and c.i < subject.i < verb.i
            for c in verb.children
        )
        and any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and not any(d.dep_ in _SUBJECT_DEPS or d.dep_ == "expl" for d in c.children)
            for c in verb.children
        )
    )
    main_clause = _set_off_participle(verb, lemma)
    if (joined_party := _party_joined_before_participle(verb)) is not None:
        main_clause = None  # (the party named before it, below)
    verdict = _relative_judgement(verb)
    free_gap = _free_relative_gap(verb)
    if (
        lemma in _LABELLING_CUES
        and any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children)
        and _inside_reported_words(verb)
    ):
        return  # `said Moscow was answering what he called "attacks"`: part of that claim
    caused = _caused_to_say(verb)
    if caused is not None:
        subject = caused  # `The victory led the chairman to declare that ...`
    if participle:
        # `a statement saying X`, `footage of Trump saying X`; but `X issued a statement
        # saying ...`, `X emailed supporters saying ...`: who put the words out.
        issuer = None if lemma in _FINDING_CUES else _issuer(verb.head)
        if issuer is None and lemma not in _FINDING_CUES and _addressed(verb.head):
            issuer = _subject(_clause_verb(verb.head))  # `made a plea to residents saying`
        # (`released emails showing that ...`: the emails; `70 percent of residents
        # saying ...`: the share of them)
        subject = issuer or _share_counting(verb.head) or verb.head
    elif main_clause is not None:
        subject = _subject(main_clause)
    elif (read_as_participle := _participle_subject(verb)) is not None:
        subject = read_as_participle
    elif (
        verb.dep_ in {"amod", "acl", "relcl"}
        and not relative_speaker
        and not relative_claim
        and verdict is None
        # (`A senior official, who spoke on condition of anonymity, claimed ...`: the
        # sentence's verb, which the parser hung on its subject)
        and _subject_read_as_root(verb) is None
        and not _closing_cue_read_as_relative(verb)
        and not _aside_cue_read_as_relative(verb)
        # `in December, when the senator called the plan "a fraud"`: a clause of when or
        # where something was said, whole, with no gap in what was said
        and not any(
            c.dep_ == "advmod" and c.lower_ in {"when", "where"} and c.i < verb.i
            for c in verb.children
        )
    ):
        return  # `the towns that Ukraine says it has taken`: background, not a claim
    if joined_party is not None:
        subject = joined_party
    if subject is None and (lead := _continued_participle(verb)) is not None:
        # `issued a response saying A and suggesting B`: who says A suggests B.
        lead_clause = _set_off_participle(lead, lead.lemma_.lower())
        if lead_clause is not None:
            subject = _subject(lead_clause)
        elif lead.head.pos_ == "PROPN" or lead.head.lemma_.lower() in (
            _DOCUMENT_NOUNS | _PEOPLE_NOUNS
        ):
            subject = _issuer(lead.head) or lead.head
    if subject is None or _not_a_source(subject.text):
        return
    if subject.tag_ in {"WDT", "WP"} and not relative_speaker and subject.text != "WHO":
        return  # `which suggests that ...`: the reporter's inference
    if (
        (_negated(verb) and not _belief_denied(verb, lemma))
        or any(c.lower_ == "never" for c in verb.children)
        or _negated_alternative(verb)
        or any(c.lower_ == "neither" and c.i < subject.i for c in subject.children)
        # `All told, the groups spent $2.5 million`: in all, an idiom
        or (lemma == "tell" and subject.lower_ == "all" and subject.i == verb.i - 1)
        # `..., a charge GOP leaders dismissed`: an answer, found as such (also where the
        # parser made the claim noun the denial's object and the clause before its own:
        # `Herders say X, a charge China denies`)
        or (lemma in _DENIAL_CUES and _claim_noun_read_as_subject(verb) is not None)
        or (
            lemma in _DENIAL_CUES | _DISPUTE_CUES
            and any(c.dep_ == "dobj" and _claim_noun_set_off(c, verb) for c in verb.children)
        )
        # `Recent energy finds have sparked disputes`: a plural noun read as the cue
        or _noun_read_as_cue(verb)
        # `would neither confirm nor deny the report`: no comment, found as such
        or _confirm_or_deny(verb)
        # `According to Jack Kelly, writing for RealClearPolitics, ...`: how the source
        # of `according to` spoke
        or _according_to_aside(verb)
        # `The president, according to aides, is pressing Washington for a deal`: a
        # request others report, in their claim
        or (
            lemma in _REQUEST_CUES
            and (
                any(c.dep_ == "prep" and c.lower_ == "according" for c in verb.children)
                # `Analysts say China has urged the rebels to ...`: the act they report
                # (not `calls for`, `demands`, which are said in public)
                or (
                    verb.dep_ == "ccomp"
                    and verb.head.lemma_.lower() in CUE_VERBS
                    and lemma not in {"call", "demand"}
                )
            )
        )
        # `A farmer said fighters warned villagers to leave`, `... told them to leave`
        # (also before a closing cue: `Officials told him to go to court, he said`):
        # an order told of in another's claim
        or (
            lemma in {"warn", "tell", "order"}
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in CUE_VERBS
            and _bids_someone_to(verb)
        )
        # `No one has claimed responsibility`, `Nobody said ...`: its own subject is
        # nobody (not a participle's: `No country has recognized them, citing ...`)
        or (subject.head.i == verb.i and _nobody(subject))
        # `denied telling police to release him`: what one denies having said
        or (
            verb.tag_ == "VBG"
            and verb.dep_ in {"xcomp", "ccomp", "dobj"}
            and verb.head.lemma_.lower() in _DENIAL_CUES
        )
        # `documents, some of which mentioned payments`: what things held, in a relative
        # clause (however the parser hung it)
        or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "which" for g in c.children)
            for c in subject.children
        )
    ):
        # `did not say that ...`, `never claimed to ...`, `Neither X nor Y answered the
        # charge that ...`: no claim is made
        return
    if _infinitive_to(verb) is not None and not (
        # `went on to say that ...`, `appeared to suggest that ...`, `took to Twitter to
        # say ...`, `were more likely to say ...`: the subject says it.
        verb.dep_ in {"xcomp", "advcl"}
        and (
            verb.head.lemma_.lower() in _RAISING_VERBS
            # `are likely to find him guilty`: a forecast of a finding, not a statement
            or (verb.head.lemma_.lower() in _SAYING_FRAMES and lemma not in _FINDING_CUES)
            # `rushed to TV to say ...`, `tweeted on Friday to say ...`: a purpose of
            # saying, fulfilled; not `refused to say`, `wants to say`.
            or (
                verb.dep_ == "advcl"
                and lemma in _SPEECH_VERBS
                and verb.head.lemma_.lower() not in _UNFULFILLED
            )
            or caused is not None
        )
    ):
        return  # `to show that ...`: a purpose, not a statement
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.head.head.lemma_.lower() in CUE_VERBS
        and lemma not in _SPEECH_VERBS
        and not any(
            c.dep_ in {"xcomp", *_SUBJECT_DEPS}
            # (an object's state is no clause: `examined Duterte and found him fit`)
            or (c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"})
            for c in verb.children
        )
        and not _judges_the_subject(verb)
        # (`said she admires him and highlighted ...`: the cue's own act, in its tense)
        and not _disagrees_with_clause(verb)
        and not _speakers_own_act(verb)
        and not _cue_joined_as_own_act(verb)
    ):
        return  # `said China abides by X and rejects Y`: part of the reported clause
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.head.head.lemma_.lower() in CUE_VERBS
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and _perfect_like_its_head(verb)
    ):
        return  # `said the suspects had scouted bases and had agreed to ...`: likewise
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in CUE_VERBS
        and any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in verb.children)
    ):
        return  # `Voters said Herzog should reject the request`: nothing he said
    if _evidence_as_subject(verb) and verb.head.dep_ == "ccomp":
        return  # `said the footage appeared to confirm the account`: part of that claim
    if (
        lemma in {"show", "indicate", "prove", "reveal", "demonstrate"}
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _SPEECH_VERBS | {"claim", "allege"}
        and verb.head.i < verb.i
        and subject.pos_ == "NOUN"
        and subject.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}
        and subject.lemma_.lower() not in _PEOPLE_NOUNS | _BODY_WORDS | _INSTITUTION_WORDS
    ):
        # `Machado said the ban showed that Maduro was afraid`, `said the video showed a
        # ship ramming the boat`: what the speaker reads in a thing, part of their claim
        return
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in CUE_VERBS
        and subject.lower_ in _PRONOUNS_PERSON | _PRONOUNS_GROUP
        # `He said A, and when asked B, he said C`: a cue before the one it hangs on
        and verb.i > verb.head.i
        # `"... I think we can," she said`: the cue after a quote is not part of it (but
        # `said it "categorically rejects" the report` is)
        and not any(t.text in _QUOTE_MARKS for t in sent.doc[verb.head.i : subject.i])
    ):
        return  # `told AFP he believes ...`: part of the claim that reports it
    cue = _cue_chars(verb)
    s_span = s_span_after or _source_span(subject)
    if s_span[0] < verb.idx < s_span[1] and subject.i < verb.i:
        # `Podliska alleges that ..., a claim that X disputes`: an apposition the parser
        # hung on the subject from after the cue is no part of the source.
        words = [t for t in subject.subtree if t.i < verb.i and not (t.is_punct or t.is_space)]
        s_span = (s_span[0], words[-1].idx + len(words[-1].text))
    if s_span[0] < verb.idx and "\n" in _text(sent.doc)[s_span[0] : verb.idx]:
        # `The Latest ...:\n\n12:15 p.m.\n\nDonald Trump says`: headings the parser made
        # part of the subject; the source is the line the cue is on.
        own_line = _line_before(sent.doc, s_span[0], verb)
        if own_line is not None:
            subject, s_span = own_line
    written = None if s_span_after else _source_span(subject, cue=verb)
    if written is not None and not (written[0] <= s_span[0] and s_span[1] <= written[1]):
        written = None
    contents: list[tuple[int, int]] = []
    if _is_parenthetical_cue(sent, verb, subject):
        whole = _sentence_chars(sent)
        # (up to a participle of saying after the cue, the speaker's next claim: `...,
        # the diocese said, blaming separatists`)
        going_on = _participle_cue_after(verb) or _reporters_clause_after_cue(verb)
        opening = min(subject.left_edge.i, verb.i)
        if whole and going_on is not None and opening - 2 >= sent.start:
            last = sent.doc[opening - 2]  # (the word before the comma that opens the source)
            whole = (whole[0], last.idx + len(last.text))
        elif whole:
            # (`The attack, he said, had hit the ship, though he offered no evidence`, `...,
            # a claim that could not be verified`: the reporter's words after the clause)
            words_end = 1 + max(t.i for t in sent if not (t.is_punct or t.is_space))
            tails = [
                _reporters_doubt_in(sent.doc, verb.right_edge.i, sent.end),
                next(
                    (
                        t.left_edge.i
                        for t in sent.doc[verb.right_edge.i + 1 : sent.end]
                        if _reporters_noun(t, sent.start, words_end)
                        and t.left_edge.i > verb.right_edge.i + 1
                    ),
                    None,
                ),
            ]
            tail = min((at for at in tails if at is not None), default=None)
            while tail is not None and sent.doc[tail - 1].is_punct:
                tail -= 1  # (to the word before the comma that opens it)
            if tail is not None and tail > verb.right_edge.i + 1:
                last = sent.doc[tail - 1]
                whole = (whole[0], last.idx + len(last.text))
        contents = [whole] if whole else []
    elif quoted_before and (clause := _clausal_child(verb)) is not None and clause.i > verb.i:
        # `"...," said Moyo, who prefers his loaves baked ...`: the parser made the source after
        # the cue the subject of a clause it reports; the quote before is what was said.
        quote = _quote_before(sent, verb, subject, quotes)
        contents = [quote] if quote else []
    elif (
        (relative_claim and gap is not None)
        or free_gap is not None
        or _relative_word_read_as_mark(verb) is not None
    ):
        after_cue = _after_cue_in_clause(verb)
        if after_cue is not None and (closing := _relative_clause_close(verb)) is not None:
            after_cue = (after_cue[0], min(after_cue[1], closing))
        contents = [after_cue] if after_cue else []
    elif verdict is not None and not relative_speaker:
        contents = [verdict]  # `the remarks, which the mayor called "a disgrace"`
    else:
        clause = _clausal_child(verb)
        # (also one hung on the medium: `said in a statement that A and that B`)
        extra = (
            _that_conjuncts(clause)
            if clause is not None and (clause.dep_ == "ccomp" or _has_that_mark(clause))
            else []
        )
        if clause is not None and clause.dep_ == "ccomp" and clause.i > verb.i:
            # `told reporters that A but that B`, with B hung on the cue
            extra += [c for c in _that_conjuncts(verb) if c.i > clause.i]
        first = _verb_content(sent, verb, lemma, stop=extra[0].left_edge.i if extra else None)
        if first is not None and not extra:
            first = _with_elided_participle(sent.doc, verb, first)
        if first is not None:
            contents.append(first)
        for conj in extra:
            more = _subtree_chars(sent.doc, conj, conj, skip=verb)
            if more is not None:
                contents.append(more)
        if (
            len(contents) == 1
            and contents[0][0] < verb.idx < contents[0][1]
            and not _quote_goes_on_after(sent.doc, verb, s_span, quotes, contents[0][1])
            and not _clause_goes_on(verb)
        ):
            # `"Don't fall," he said, when a protester stumbled`: a cue the parser hung on
            # the quote before it reports that quote, not the circumstance after it.
            quote = _quote_before(sent, verb, subject, quotes)
            # Only a quote that opens the content, not a quoted phrase inside the clause.
            if quote is not None and not _text(sent.doc)[contents[0][0] : quote[0]].strip(
                " \n\"'“‘"
            ):
                contents = [quote]
        if not contents:
            quote = _quote_before(sent, verb, subject, quotes)
            if quote is None:
                quote = _quote_after(verb, quotes)
                if quote is not None and quote[0] <= s_span[0] < quote[1]:
                    quote = None  # a subject found inside the quote: a misparse
            if quote is None and lemma in CUE_VERBS | _COLON_CUES:
                quote = _paragraph_after_colon(verb)
            contents = [quote] if quote else []
    if lemma in _QUESTION_CUES:
        # `"Does anybody know ...?" Graham asked`: quoted words; not `asked whether ...`;
        # and what a request asks for, after it.
        request = _request(verb)
        inside = [(c, _inside_marks(sent.doc, c)) for c in contents]
        contents = [
            quoted if _in_quote(quotes, *quoted) else c
            for c, quoted in inside
            if _in_quote(quotes, *quoted) or (request and c[0] > cue[1])
        ]
    contents = [_with_subject_read_as_object(verb, c) for c in contents]
    contents = [_after_opener(sent.doc, c, s_span, cue) for c in contents]
    # (a content some rule cut to nothing is no claim, not a failed article)
    contents = [c for c in contents if c[0] < c[1]]
    contents = [_quotation_after_cue(sent.doc, c, s_span, cue, quotes) for c in contents]
    contents = [_after_dateline(sent.doc, c) for c in contents]
    contents = [_after_that(sent.doc, c) for c in contents]
    contents = [_after_time_of_saying(sent.doc, c, cue) for c in contents]
    contents = [_after_semicolon(sent.doc, c, cue, quotes) for c in contents]
    contents = [
        # only a content after its cue (`called for the creation of a "..."`)
        _to_quote_end(sent.doc, c, quotes, s_span[0] if s_span[0] >= c[1] else _paragraph_end(sent))
        if c[0] >= cue[1]
        else c
        for c in contents
    ]
    contents = [_before_source(sent.doc, c, s_span, cue) for c in contents]
    contents = [_before_closing_cue(sent.doc, c, quotes, verb) for c in contents]
    contents = [_before_sequel(sent.doc, c, quotes) for c in contents]
    contents = [_before_joined_cue(verb, c) for c in contents]
    contents = [_before_answer_set_off(sent.doc, c, quotes) for c in contents]
    contents = [_before_tail_after_quote(sent.doc, c, quotes) for c in contents]
    contents = [_before_relaying_cue(verb, c) for c in contents]
    if len(contents) == 1 and (relayed := _relayed_claim(verb, contents[0])) is not None:
        contents = [relayed]
    for c_start, c_end in contents:
        if (
            s_span[0] < c_end
            and c_start < s_span[1]
            and not (c_start <= s_span[0] and s_span[1] <= c_end)
        ):
            continue
        described = written
        if described is not None and described[0] < c_end and c_start < described[1]:
            described = None  # a describing clause that runs into the content
        yield _Found(cue, (c_start, c_end), s_span, subject, cue_lemma=lemma, written=described)


def _inside_marks(doc: Doc, chars: tuple[int, int]) -> tuple[int, int]:
    """``chars`` without the quotation marks around them (`"How can we go back?"`)."""
    text = _text(doc)
    start, end = chars
    if start < end and text[start] in _OPENING_MARKS:
        start += 1
    if start < end and text[end - 1] in _CLOSING_MARKS:
        end -= 1
    return start, end


def _request(verb: Token) -> bool:
    """`asked the court to delay the vote`: a request made of someone, like `urged X to`,
    not a question; nor one told in another's claim (`the gunmen asked the passengers to
    step out, he said`), an act that claim reports."""
    clause = verb
    # (`said the base would stay closed and asked residents to ...`: the speaker's own
    # request, joined to what was said)
    while (
        clause.dep_ in {"conj", "xcomp"}
        and clause.head.i != clause.i
        and not _cue_joined_as_own_act(clause)
    ):
        clause = clause.head  # `may have to consider X or ask Y to ...`
    return _asks_someone_to(verb) and not (
        clause.dep_ == "ccomp" and clause.head.lemma_.lower() in CUE_VERBS
    )


#: Tags of a verb that has a tense of its own.
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))
#: Tags of relative words: `which`, `who`.
_RELATIVE_TAGS = frozenset(("WDT", "WP"))


def _reported_verb_read_as_conjunct(verb: Token) -> Token | None:
    """`published photographs they said showed the bodies of children`: a relative cue
    with nothing of its own after it, whose reported verb (its subject the noun the cue's
    clause describes) the parser joined to the sentence's verb, right after the cue."""
    doc = verb.doc
    if (
        verb.dep_ != "relcl"
        or verb.i + 1 >= len(doc)
        or any(c.i > verb.i and c.dep_ not in {"punct"} for c in verb.children)
    ):
        return None
    after = doc[verb.i + 1]
    if (
        after.dep_ in {"conj", "advcl"}
        and after.tag_ in {"VBD", "VBZ", "VBP"}
        and after.head.i == verb.head.head.i
        and verb.head.dep_ in {"dobj", "pobj"}
        and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "cc" for c in after.children)
        and not any(t.dep_ == "cc" and t.head.i == after.head.i for t in doc[verb.i : after.i])
    ):
        return after
    return None


def _relative_read_as_adverbial(verb: Token) -> Token | None:
    """`At least 19 were killed, according to the police, who said ...`: a relative
    clause of a person or body the parser hung on the sentence's verb; the noun before
    its comma, which `who` stands for."""
    if verb.dep_ != "advcl":
        return None
    who = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if who is None or who.lower_ not in {"who", "whom"}:
        return None
    antecedent = _word_before_comma(who)
    return antecedent if antecedent is not None and antecedent.pos_ in {"NOUN", "PROPN"} else None


def _word_before_comma(who: Token) -> Token | None:
    """The word before the comma that sets off a relative word (`police` in `police,
    who`)."""
    return who.doc[who.i - 2] if who.i >= 2 and who.doc[who.i - 1].text == "," else None


def _according_to_before(who: Token) -> Token | None:
    """`police` in `..., according to police, who said ...`: the source of `according
    to` right before a relative word, which stands for it."""
    source = _word_before_comma(who)
    if source is None:
        return None
    to = source.head
    if source.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according":
        return source
    return None


def _relative_clause_reported(verb: Token) -> Token | None:
    """The clause a relative cue reports, after it: its complement, or a finite verb the
    parser made its `xcomp`, with the relative word taken for the cue's subject (`routes,
    which islanders say left them stranded`) or left in that verb's own words (`rules,
    which its members argued protect ...`), or one the parser joined to the verb above."""
    joined = _reported_verb_read_as_conjunct(verb)
    if joined is not None:
        return joined
    return next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (
                c.dep_ == "ccomp"
                or (
                    c.dep_ == "xcomp"
                    and c.tag_ in _FINITE_TAGS
                    and (
                        _relative_word_as_subject(verb) is not None
                        or any(t.tag_ in _RELATIVE_TAGS and t.i < verb.i for t in c.subtree)
                    )
                )
            )
        ),
        None,
    )


def _relative_word_as_subject(verb: Token) -> Token | None:
    """`which` in `routes, which islanders say left them stranded`, when the parser made
    it a second subject of the cue, before the cue's own, or the cue's object though the
    cue's clause has no subject (`the vote, which she has said was a mistake`)."""
    relative_object = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if (
        relative_object is not None
        and relative_object.tag_ in _RELATIVE_TAGS
        and any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and not any(d.dep_ in _SUBJECT_DEPS or d.dep_ == "expl" for d in c.children)
            for c in verb.children
        )
    ):
        return relative_object
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) == 1:
        # (`the law, which rights groups say violates ...`: hung on a word of the cue's
        # subject)
        return next(
            (
                g
                for c in subjects[0].children
                if c.dep_ == "compound"
                for g in c.children
                if g.dep_ == "nsubj" and g.i < c.i and g.tag_ in _RELATIVE_TAGS
            ),
            None,
        )
    if len(subjects) != 2:
        return None
    relative, own = subjects
    if relative.tag_ in _RELATIVE_TAGS and own.tag_ not in _RELATIVE_TAGS:
        return relative
    return None


def _reported_gap(verb: Token) -> Token | None:
    """The relative word that stands in a relative cue's reported clause: `which` in
    `drones, which they said were supplied by X` and in `the towns that Ukraine says it has
    taken`."""
    clause = _relative_clause_reported(verb)
    if clause is None:
        return None
    # The parser may hang the relative word on the cue as a subject beside the cue's own,
    # or as a conjunction (`that` as mark).
    misread = _relative_word_as_subject(verb)
    if misread is not None:
        return misread
    before = [c for c in verb.children if c.dep_ == "mark"] + list(clause.subtree)
    return next(
        (
            t
            for t in before
            if t.i < verb.i
            and (
                t.tag_ in {"WDT", "WP", "WP$"}
                # (`rifles that investigators said were smuggled`: `that` tagged as a
                # conjunction, yet the reported clause's subject)
                or (t.lower_ == "that" and t.dep_ in _SUBJECT_DEPS and t.head.i == clause.i)
            )
        ),
        None,
    )


def _relative_word_read_as_mark(verb: Token) -> Token | None:
    """`strikes on Sanaa, that the group said killed 12 civilians`, parsed with the cue
    as a clause of its own and `that` as the subject of the clause it reports, before
    the cue: the relative word standing in what was said."""
    return next(
        (
            s
            for c in verb.children
            if c.dep_ == "ccomp" and c.i > verb.i
            for s in c.children
            # (not `asked who they thought was ...`, a question)
            if s.dep_ in _SUBJECT_DEPS and s.i < verb.i and s.lower_ in {"that", "which"}
        ),
        None,
    )


def _free_relative_gap(verb: Token) -> Token | None:
    """`what` in `came amid what analysts said was a sign of a thaw`: a free relative's
    word standing as the subject of the clause its cue reports."""
    if verb.dep_ == "relcl" or _inside_reported_words(verb):
        return None
    clause = _relative_clause_reported(verb)
    if clause is None:
        return None
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    # (the parser may hang `what` on the cue as its object, leaving the clause without
    # a subject: `rejected what he said were lies`)
    candidates = subjects or [c for c in verb.children if c.dep_ == "dobj"]
    return next((c for c in candidates if c.lower_ == "what" and c.i < verb.i), None)


#: Cues that give what they judge a name or a verdict: `called X Y`, `blamed X for Y`.
_LABELLING_CUES = (
    _AS_CUES
    | _JUDGING_CUES
    | _words("call dub label brand blame accuse criticize criticise praise dismiss")
)


def _relative_judgement(verb: Token) -> tuple[int, int] | None:
    """`the remarks, which the mayor called "a disgrace"`, `a law that critics describe as
    cruel`, `whom he blamed for the delay`: a relative clause whose cue judges the noun
    (the gap is its object) with a name or verdict after it; that verdict, the words
    after the cue, is the subject's claim, set off by a comma or not."""
    lemma = verb.lemma_.lower()
    if lemma not in _LABELLING_CUES:
        return None
    # `..., a move Hezbollah called a grave sin`: a relative clause with no word for the
    # gap after the reporter's noun set off by a comma (however it was hung), whose
    # naming cue's one object is the name given
    unmarked_gap = (
        (
            verb.dep_ == "relcl"
            # (or read as a clause of the noun: `a move Trump called a triumph`)
            or (
                verb.dep_ == "acl"
                and verb.tag_ in _FINITE_TAGS
                and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            )
        )
        and not any(c.tag_ in _RELATIVE_TAGS for c in verb.children)
        and (
            (
                verb.head.dep_ in {"appos", "dobj", "npadvmod"}
                and verb.doc[verb.head.left_edge.i - 1].text == ","
            )
            # (`in a move his opponents describe as a coup`: the noun of a phrase)
            or (
                verb.head.dep_ == "pobj"
                and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
            )
        )
    )
    named = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    name_given = unmarked_gap and lemma in _NAMING_CUES and len(named) == 1
    # (a free relative too: `condemned what he called a cowardly attack`)
    judged = (
        any(
            c.dep_ == "dobj"
            and c.tag_ in _RELATIVE_TAGS
            and c.i < verb.i
            and (
                verb.dep_ == "relcl"
                # (read as a clause of the noun: `a decision that Moscow called a mistake`)
                or (
                    verb.dep_ == "acl"
                    and c.lower_ in {"that", "which"}
                    and verb.head.pos_ == "NOUN"
                )
                or (c.lower_ == "what" and not _inside_reported_words(verb))
            )
            for c in verb.children
        )
        or (
            # `won a vote that the opposition called a sham`: `that` read as a conjunction
            verb.dep_ == "acl"
            and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children)
            and verb.head.pos_ == "NOUN"
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
        )
        or (
            # `patients with what staff described as gunshot wounds`: `what` read as the
            # subject's determiner
            any(
                c.dep_ == "nsubj"
                and c.i < verb.i
                and any(d.dep_ == "det" and d.lower_ == "what" and d.i < c.i for d in c.children)
                for c in verb.children
            )
            and not _inside_reported_words(verb)
        )
        or (
            # `a verdict his family called "a travesty"`: a relative clause with no word for
            # the gap
            unmarked_gap and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
        )
        or name_given
    )
    judge = any(
        c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_TAGS and c.i < verb.i for c in verb.children
    )
    verdict = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in {"oprd", "attr"}
            or (
                c.dep_ == "prep"
                and c.lower_ == "as"
                and lemma in _AS_CUES | _JUDGING_CUES | {"call", "label", "dismiss"}
            )
            # (not `whom he called on Monday`: a call made)
            or (
                c.dep_ == "prep"
                and c.lower_ in _PREPOSITION_CUES.get(lemma, ())
                and lemma != "call"
            )
            # (`airspace, which Caracas called a provocation`: the name read as a second
            # object beside the relative word)
            or (
                c.dep_ == "dobj"
                and lemma in _NAMING_CUES
                and any(
                    d.dep_ == "dobj" and d.tag_ in _RELATIVE_TAGS and d.i < verb.i
                    for d in verb.children
                )
            )
            or (name_given and c in named)
        )
    ]
    if not (judged and judge and verdict):
        return None
    if len(verdict) == 1 and verdict[0].pos_ == "PROPN" and verdict[0].dep_ == "oprd":
        return None  # `the Senkaku Islands, which China calls the Diaoyu`: another name
    end = min(verdict[-1].right_edge.i + 1, verb.sent.end)  # (a parse run into the next)
    return _subtree_chars(
        verb.doc, verdict[0], verdict[-1], skip=None, stop=_quoted_end(verdict[0], end)
    )


def _quoted_end(first: Token, end: int) -> int:
    """Where a verdict that opens with a quotation ends: at its closing mark, whatever the
    parser hung on it (`described as "high-risk detainees" to the base's jail`)."""
    opening = first.i + 1 if first.lower_ == "as" else first.left_edge.i
    closing = _closing_mark(first.doc, opening, end)
    head = next((c for c in first.children if c.dep_ == "pobj"), first)
    # (not a quoted word before the verdict's noun: `calls "psychographic" profiles`)
    if closing is None or not opening < head.i < closing:
        return end
    return closing + 1


def _after_cue_in_clause(verb: Token) -> tuple[int, int] | None:
    """The reported clause of a relative cue from the word after the cue: `were supplied
    by X` in `drones, which they said were supplied by X`."""
    doc = verb.doc
    clause = _relative_clause_reported(verb)
    if clause is None:
        return None
    # (the parser may hang the clause's complement on the cue as a second clause:
    # `struck what the army said were Hezbollah weapons depots`)
    end = max(
        (c.right_edge.i for c in verb.children if c.dep_ == "ccomp" and c.i > clause.i),
        default=clause.right_edge.i,
    )
    start = verb.i + 1
    while start <= end and (doc[start].is_punct or doc[start].dep_ == "mark"):
        start += 1
    if not any(t.text in _QUOTE_MARKS for t in doc[start : end + 1]):
        # (`shelled villages which it said were sheltering rebels, forcing thousands to
        # flee`: the deed of the sentence around the clause)
        end = next((t.i - 2 for t in doc[start : end + 1] if _deed_of_the_sentence(t)), end)
        # (`The drones, which the rebels said were supplied by Iran, hit the port`: the
        # sentence's verb, which the parser joined to the clause set off by commas)
        if doc[verb.head.i + 1].text == ",":
            end = next(
                (
                    t.i - 2
                    for t in doc[start : end + 1]
                    if t.dep_ == "conj"
                    and t.tag_ in _FINITE_TAGS
                    and doc[t.i - 1].text == ","
                    and not any(c.dep_ == "cc" for c in t.head.children if c.i < t.i)
                ),
                end,
            )
    return _sentence_chars(doc[start : end + 1])


def _others_cue_joined(token: Token) -> bool:
    """`..., and investigators believe the vessel dragged its anchor`: a cue with a
    subject of its own, a noun, joined by a comma and a conjunction to a clause of what
    was said, which the parser took into it."""
    doc = token.doc
    subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
    return (
        token.dep_ == "conj"
        and token.lemma_.lower() in CUE_VERBS
        and subject is not None
        and subject.pos_ in {"NOUN", "PROPN"}
        and subject.left_edge.i >= 2
        and doc[subject.left_edge.i - 1].lower_ in {"and", "but"}
        and doc[subject.left_edge.i - 2].text == ","
    )


def _deed_of_the_sentence(token: Token) -> bool:
    """A participle set off by a comma with no subject of its own (`, killing six people`)
    that the parser hung inside a relative clause of saying: what the sentence's verb
    did, not what the clause reports."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.doc[token.i - 1].text == ","
        and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)
    )


def _quote_goes_on_after(
    doc: Doc, verb: Token, source: tuple[int, int], quotes: list[tuple[int, int]], end: int
) -> bool:
    """Whether a quotation opens right after the cue (and its source, if that follows):
    `"...," he said, "..."`, not a quoted word further on (`..., the spokesperson added,
    describing the claims as "absurd."`)."""
    text = _text(doc)
    after = verb.idx + len(verb.text)
    if source[0] >= after:
        after = max(after, source[1])
    for start, _end in _quotes_opening_in(quotes, verb.idx, end):
        if not text[after:start].strip(" ,;:\n\"“‘'"):
            return True
    return False


#: Cues whose passive attributes: `is said to`, `was accused of`, `were claimed by`.
_PASSIVE_CUES = _words("say claim accuse allege report believe suspect rumor rumour fear")
#: Passive cues whose subject is held to be in a state: `are feared dead`, `are believed
#: missing`.
_PASSIVE_STATE_CUES = _words("fear believe")
#: Judgements whose passive names the judge: `was criticized by rivals for X`.
_PASSIVE_JUDGEMENTS = _words(
    "blame criticize criticise condemn denounce praise fault slam mock ridicule"
)
#: Words opening an adverbial clause: what follows them says when or why, not what.
_SUBORDINATORS = _words("when whenever while where after before because since if unless until as")
#: Who speaks in an agentless passive (`X is said to ...`): nobody the article names.
UNNAMED = "unnamed sources"


#: Words that open when or how a source spoke, after its name (`read a statement after`).
_CIRCUMSTANCE_OPENERS = _words("after before during when while following")


def _name_between_quote_and_cue(
    sent: Span, verb: Token, quotes: list[tuple[int, int]]
) -> tuple[Token, tuple[int, int]] | None:
    """`''...,'' Mr. Ruiz, now 81 and retired in Salem, Mass., said.`: a name between a
    quote and its cue that the parser hung elsewhere (the subject of a clause joined to
    the quote's); the name and what describes it are the source."""
    doc = sent.doc
    if verb.lemma_.lower() not in _INVERTED_CUES | _SPEECH_VERBS or verb.tag_ not in _FINITE_TAGS:
        return None
    ends = list(_quotes_ending_in(quotes, sent.start_char, verb.idx))
    if not ends:
        return None
    q_end = ends[-1][1]
    words = [t for t in doc[sent.start : verb.i] if t.idx >= q_end]
    while words and (words[0].is_punct or words[0].is_space):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].is_space):
        words = words[:-1]
    if not words or len(words) > 20 or any(t.text in _QUOTE_MARKS for t in words):
        return None
    head = None
    for token in words:
        if token.pos_ == "PROPN":
            head = token
        elif head is not None or not (token.lower_ in TITLES or token.pos_ == "DET"):
            break
    if head is None:
        # `"...," one of the survivors, a herder, said`: one described, not named, set
        # off by a comma from what describes them
        phrase = words[: next((n for n, t in enumerate(words) if t.text == ","), len(words))]
        head = next(
            (
                t
                for t in phrase
                if (t.lower_ == "one" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of")
                or (t.pos_ == "NOUN" and t.lemma_.lower() in _PERSON_NOUNS)
            ),
            None,
        )
        if head is None or phrase[-1].i + 1 >= verb.i or doc[phrase[-1].i + 1].text != ",":
            return None
        return head, (words[0].idx, words[-1].idx + len(words[-1].text))
    # (the name alone, or set off by a comma from what describes it)
    if head.i != words[-1].i and doc[head.i + 1].text != ",":
        return None
    return head, (words[0].idx, words[-1].idx + len(words[-1].text))


def _quoted_words_as_subject(subject: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether the subject before a cue is quoted words, closed as speech is (`"Meh,"
    wrote a soldier`), not a quoted name (`The "hawks" said`, `"Hawks" said`)."""
    quote = _in_quote(quotes, subject.left_edge.idx, subject.idx + len(subject.text))
    if quote is None:
        return False
    text = _text(subject.doc)
    return any(ch in _QUOTED_WORDS_END for ch in text[quote[1] - 1 : quote[1] + 2])


def _source_after(
    sent: Span, verb: Token, quotes: list[tuple[int, int]]
) -> tuple[Token, tuple[int, int]] | None:
    """`"...," added Bagci.`, `"...," said expert Soli Ozel of Kadir Has University`: a
    cue right after a quote, its source after it, which the parser did not take as the
    subject (an object, or a clause of its own). The source runs to the next comma or
    the end of the sentence; its head is the first person's name in it, else the last
    noun before a preposition."""
    doc = sent.doc
    # `"...," read a statement from the ministry`: what is read speaks.
    if verb.lemma_.lower() not in _AFTER_QUOTE_CUES:
        return None
    if next(_quotes_ending_in(quotes, verb.idx - 4, verb.idx), None) is None:
        return None
    end = verb.i + 1
    stops = {",", ".", ";", "—", "(", '"', "“", ":"}
    # The parser may end the sentence at the cue: the source still runs on, up to a
    # circumstance (`... read a statement after the talks`).
    while (
        end < len(doc)
        and end - verb.i <= 20
        and doc[end].text not in stops
        and doc[end].lower_ not in _CIRCUMSTANCE_OPENERS
    ):
        end += 1
    words = doc[verb.i + 1 : end]
    # `"...," said Skelly`: a name the tagger did not know may read as an adverb.
    unknown_name = bool(words) and words[0].is_title and words[0].pos_ in {"ADV", "X", "ADJ"}
    # (`"...," tweeted another`: a pronoun that stands for people speaks)
    people = bool(words) and words[0].lower_ in _PEOPLE_QUANTIFIERS | {"another", "one"}
    if not words or (
        words[0].pos_ in {"ADP", "SCONJ", "ADV", "PRON"} and not (unknown_name or people)
    ):
        return None  # `said in a statement`, `said on Sunday`
    if unknown_name and len(words) == 1:
        return words[0], (words[0].idx, words[0].idx + len(words[0].text))
    head: Token | None = None
    for t in words:
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            head = t
        elif head is not None:
            break
    if head is None:
        for t in words:
            if t.pos_ == "ADP":
                break
            if t.pos_ in {"PROPN", "NOUN"}:
                head = t
    if head is None and people and len(words) == 1:
        head = words[0]
    if head is None:
        return None
    return head, (words[0].idx, words[-1].idx + len(words[-1].text))


def _passive_claim(verb: Token, lemma: str) -> _Found | None:
    if lemma in _AS_ONLY_CUES | _VERDICT_CUES:
        return _passive_view(verb)
    judged = lemma in _PASSIVE_JUDGEMENTS
    if (lemma not in _PASSIVE_CUES and not judged) or verb.dep_ in {"amod", "acl", "relcl"}:
        return None
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject is not None and subject.lower_ == "it" and clause is not None and not judged:
        # `It was reported that three soldiers died`: unnamed sources' claim.
        content = _subtree_chars(doc, clause, clause, skip=None)
        if content is None:
            return None
        return _Found(
            cue=_cue_chars(verb),
            content=content,
            source=None,
            source_token=None,
            cue_lemma=lemma,
        )
    if subject is None:
        subject = _passive_subject_joined_before(verb)
    if subject is None or subject.lower_ in {"it", "that", "this", "which", "who"}:
        return None  # `which was claimed` is background
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if xcomp is None and lemma in _PASSIVE_STATE_CUES:
        # `More than 1,000 people are feared dead`: the state they are held to be in
        xcomp = next((c for c in verb.children if c.dep_ in {"oprd", "acomp"}), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
    if prep is None and by is not None and (judged or lemma == "accuse"):
        # `was accused by rivals of hiding it`: the reason the parser hung on the agent.
        prep = next(
            (c for c in by.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None
        )
    # What the passive is about: `accused of aiding rebels`, `criticized for hiding it`.
    inner = next((c for c in prep.children if c.dep_ in {"pcomp", "pobj"}), None) if prep else None
    source: tuple[int, int] | None = None
    if judged:
        if by is None:
            return None  # `was criticized for X`: nobody the article names judges it
        # `was criticized by X for hiding it`: what it is judged for, else who is judged.
        judged_for = inner if inner is not None and inner.i > verb.i else subject
        content = _subtree_chars(doc, judged_for, judged_for, skip=None)
        source = (by.left_edge.idx, by.idx + len(by.text))
    elif xcomp is not None:  # `doctors were said to be struggling`
        content = _subtree_chars(doc, subject, xcomp, skip=None)
    elif prep is not None and lemma == "accuse":  # `was accused of aiding rebels`
        content = _subtree_chars(doc, inner, inner, skip=None) if inner is not None else None
    elif by is not None:  # `Past attacks were claimed by Islamic State`
        content = _subtree_chars(doc, subject, subject, skip=None)
    else:
        return None
    if content is None:
        return None
    if source is None and by is not None:
        source = _source_span(by)
    if source is not None and by is not None and prep is not None and prep.head.i == by.i:
        # `by rivals of hiding it`: the source stops before the reason hung on it.
        source = (source[0], doc[prep.i - 1].idx + len(doc[prep.i - 1].text))
    return _Found(_cue_chars(verb), content, source, by, cue_lemma=lemma)


def _passive_view(verb: Token) -> _Found | None:
    """`The port is widely seen as unsafe`, `is considered one of the largest`, `was
    deemed unfit by the court`: a view held by those the agent names, else by sources
    unnamed; its content the subject and what it is held to be (not `was seen over
    Paris`, `was considered for the job`)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.tag_ in _RELATIVE_TAGS or subject.lower_ in {"it", "that"}:
        return None
    if verb.dep_ in {"amod", "acl", "relcl"}:
        return None  # `a plan seen as unfair`: background
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # `can be seen as a sign of ...`: the writer's own reading
    predicate = next(
        (
            c
            for c in verb.rights
            if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in {"oprd", "xcomp", "attr"}
        ),
        None,
    )
    if predicate is None or predicate.tag_ in {"VBG", "VBN"}:
        return None  # `was seen walking down a street`: what was seen, not a view
    content = _subtree_chars(doc, subject, predicate, skip=None)
    if content is None:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    source = _source_span(by) if by is not None else None
    return _Found(_cue_chars(verb), content, source, by, cue_lemma=verb.lemma_.lower())


def _passive_subject_joined_before(verb: Token) -> Token | None:
    """`Roads flooded and nurses were said to be exhausted`: the noun before the
    passive's auxiliary, which the parser joined to the clause before as a conjunct."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i == verb.i - 1), None)
    if aux is None or aux.i == 0:
        return None
    noun = verb.doc[aux.i - 1]
    return noun if noun.dep_ == "conj" and noun.pos_ in {"NOUN", "PROPN"} else None


def _that_conjuncts(clause: Token) -> list[Token]:
    """Further reported clauses joined to the first: `that A and that B` → [B]; also
    where the parser hung B on a verb inside A (`said the court lacked jurisdiction to
    try him and that the case had failed`, `had no control over the people who rioted and
    that ...`), but not inside a clause A reports (`said officials believed that A and
    that B` is all the officials' belief)."""
    return [
        c
        for c in clause.subtree
        if c.dep_ == "conj"
        and c.pos_ in {"VERB", "AUX"}
        and (
            (c.head.i == clause.i and (_has_that_mark(c) or _that_read_as_determiner(c)))
            or (c.head.i != clause.i and _has_that_mark(c) and _hung_inside(c, clause))
        )
    ]


def _hung_inside(conj: Token, clause: Token) -> bool:
    """Whether ``conj`` hangs on a verb inside ``clause`` other than through a clause it
    reports (an infinitive or a relative clause, not a `ccomp`)."""
    head = conj.head
    while head.i != clause.i:
        if head.dep_ == "ccomp" or head.i == head.head.i:
            return False
        head = head.head
    return True


def _that_read_as_determiner(clause: Token) -> bool:
    """`said the violence was planned and that calm had been restored`: the conjunction
    `that` the parser took for the determiner of the clause's subject."""
    first = clause.left_edge
    doc = clause.doc
    return (
        first.lower_ == "that"
        and first.dep_ == "det"
        and first.head.dep_ in _SUBJECT_DEPS
        and first.head.head.i == clause.i
        and first.i > 0
        and doc[first.i - 1].lower_ in {"and", "but"}
    )


def _quote_before(
    sent: Span, verb: Token, subject: Token, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """`"...," said X` or `"...," X said`: a quote ending right before the cue (and its
    source, when that comes first) is its content."""
    doc = sent.doc
    left = subject.left_edge.i
    close = _last_quote_close(doc, left, subject.i)
    if close is not None:
        left = close + 1  # `"It's unanimous," councilmember X said`: a quote hung on the name
    first = min(verb.i, left)
    i = first - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i == first - 1:
        return None
    edge = doc[first].idx
    for q_start, q_end in _quotes_ending_in(quotes, edge - 5, edge):
        between = _text(doc)[q_end:edge]
        inner = _text(doc)[q_start:q_end].rstrip()
        ends_sentence = inner.endswith(".") and q_end <= sent.start_char + 1
        # (`"We found the files." Ruiz said.`: a cue with nothing of its own after the
        # quote's sentence still gives its source)
        if ends_sentence and _bare_cue(verb) and "\n" not in between:
            return _strip_quote(_text(doc), q_start, q_end)
        if not ends_sentence and not any(ch in between for ch in ".!?\n"):
            return _strip_quote(_text(doc), q_start, q_end)
    return None


def _bare_cue(verb: Token) -> bool:
    """Whether a cue ends its sentence with nothing said of its own: `Ruiz said.` (not
    `went on to say:`, which announces what follows)."""
    sent = verb.sent
    rest = [t for t in sent if t.i > verb.i and not (t.is_punct or t.is_space)]
    if any(t.text == ":" for t in sent if t.i > verb.i):
        return False
    return not rest and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "advcl", "conj"}
        for c in verb.children
    )


def _quote_after(verb: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """`X said, "Sure. I get that."`, `telling reporters, "..."`: a quote opening right
    after the cue (and whom it is told) is its content where the parser found no clause
    in it."""
    doc = verb.doc
    last = verb
    if verb.lemma_.lower() == "tell":
        # `telling reporters, "..."`: the quote comes after whom it is told.
        told = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
        if told:
            last = told[0].right_edge
    for child in verb.rights:
        # `saying at one point, "..."`, `said on Friday, "..."`: when or where, then the quote
        if child.dep_ not in {"prep", "npadvmod", "advmod"} or child.left_edge.i != last.i + 1:
            break
        last = child.right_edge
    last = _phrases_before_colon(verb, last)
    edge = last.idx + len(last.text)
    n = bisect_left(quotes, edge, key=_opening)
    if n == len(quotes):
        return None
    q_start, q_end = quotes[n]
    text = _text(doc)
    between = text[edge:q_start]
    # `said, "..."`, `said: "..."`; not a scare-quoted object (`showed "great charm"`), but
    # an exclamation or question said or declared (`declared "What a night!"`).
    exclaimed = text[q_end - 1] in "!?" and verb.lemma_.lower() in _SPEECH_VERBS | _DECLARING
    if (
        len(between) > 4
        or between.strip(" ,:\n\"“‘'") != ""
        or not ({",", ":"} & set(between) or exclaimed)
    ):
        return None
    return _strip_quote(text, q_start, q_end)


def _paragraph_after_colon(verb: Token) -> tuple[int, int] | None:
    """`The harbour master told reporters:` closing its paragraph, then `We will reopen
    ...`: a cue that ends its paragraph with a colon announces the next one, a block
    quote whose marks the page left out (as extracted HTML often does)."""
    doc = verb.doc
    text = _text(doc)
    colon = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.text == ":"), None)
    # `said in a statement:`, `told his supporters:`: the cue's own words, then the colon;
    # not a thing put out (`tweeted the transcript for context:`), which the next words
    # need not be.
    if colon is None or any(
        verb not in t.ancestors
        or (t.dep_ == "dobj" and t.head.i == verb.i and verb.lemma_.lower() != "tell")
        for t in doc[verb.i + 1 : colon.i]
    ):
        return None
    line_end = text.find("\n", colon.idx)
    if line_end < 0 or text[colon.idx + 1 : line_end].strip():
        return None
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    paragraph = text[start:end].rstrip()
    if len(paragraph.split()) < 4 or not paragraph[:1].isupper():
        return None  # a heading or a fragment, not words said
    return start, start + len(paragraph)


def _phrases_before_colon(verb: Token, last: Token) -> Token:
    """`responded pointedly, with a smile: "..."`: the cue's own phrases up to a colon,
    after which the words it reports open; else ``last``."""
    doc = verb.doc
    for i in range(last.i + 1, min(last.i + 10, verb.sent.end - 1)):
        token = doc[i]
        if token.text == ":":
            return doc[i - 1] if i - 1 > last.i else last
        if token.pos_ in {"VERB", "AUX"} or token.text in _QUOTE_MARKS:
            break
        if token.head.i != verb.i and verb not in token.ancestors:
            break
    return last


def _participle_cue_after(verb: Token) -> Token | None:
    """A participle of saying right after a cue and its comma, which the parser hung on
    the clause before it: `..., the diocese said, blaming separatists`."""
    doc = verb.doc
    at = verb.right_edge.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc) or doc[at - 1].text != ",":
        return None
    after = doc[at]
    if after.tag_ == "VBG" and after.dep_ == "advcl" and after.lemma_.lower() in CUE_VERBS:
        return after
    return None


def _reporters_clause_after_cue(verb: Token) -> Token | None:
    """A clause with a subject of its own joined by `, and` after a cue that closes the
    clause before it: `X fled, a source said, and the premier declared Y` (the
    reporter's, not what was said; but a pronoun's, `her eyes widened, he said, and she
    gripped his hands`, or one set against it, `..., he said, but now ...`, may go on
    with what was said)."""
    head = verb.head
    if head.i > verb.i:
        return None  # (`The army, he said, had withdrawn and ...`: one clause around it)
    return next(
        (
            c
            # (hung on the clause before or on the cue itself)
            for c in (*head.children, *verb.children)
            if c.dep_ == "conj"
            and c.i > verb.i
            and (c.head.i == verb.i or c.i > verb.right_edge.i)
            # (a noun: not `..., it said, and some had been hit`, some of those told of)
            and any(s.dep_ in _SUBJECT_DEPS and s.pos_ in {"NOUN", "PROPN"} for s in c.children)
            and verb.doc[c.left_edge.i - 1].lower_ == "and"
            and verb.doc[c.left_edge.i - 2].text == ","
        ),
        None,
    )


#: Participles of how a source spoke: `..., asking not to be named`.
_HOW_THEY_SPOKE = _words("ask speak request decline refuse")


def _how_they_spoke_after(verb: Token) -> bool:
    """`X, brokers in London said, asking not to be named`: a participle of how the
    source spoke after a cue that closes its clause, hung on that clause."""
    return any(
        c.dep_ == "advcl"
        and c.i > verb.i
        and c.tag_ == "VBG"
        and c.lemma_.lower() in _HOW_THEY_SPOKE
        for c in verb.head.children
    )


#: Words that rank an event first or last in a series, of the reporter's after a closing
#: cue (`..., the first deaths since ...`; not all of `_RANKS`: with `the second
#: execution ...` after the cue, the claim before it was lost).
_FIRST_OR_LAST = _words("first last latest")


def _is_parenthetical_cue(sent: Span, verb: Token, subject: Token) -> bool:
    """`The West, he added, was ...`: source and cue set off by commas mid-clause."""
    doc = sent.doc
    if subject.head.i != verb.i:
        return False
    left = min(subject.left_edge.i, verb.i)
    # (`, Zakharova wrote on Telegram,`: where the parser made it a relative clause, the
    # words hung on the cue up to the comma)
    right = max(
        subject.right_edge.i,
        _last_word_hung_on(verb) if _aside_cue_read_as_relative(verb) else verb.i,
    )
    if left - 1 <= sent.start or right + 1 >= sent.end - 1:
        return False
    if doc[left - 1].text != "," or doc[right + 1].text != ",":
        return False
    if right + 2 >= sent.end:
        return False
    after = doc[right + 2]
    if after.text in _QUOTE_MARKS:
        return False  # `Earlier this month, North Korea said, "..."`: it says the quote
    # `X, sources said, adding that Y`: a cue closing its clause, then another one.
    if after.lower_ == "that" or (after.head.i == verb.i and after.tag_ == "VBG"):
        return False
    if _how_they_spoke_after(verb):
        return False  # `X, brokers in London said, asking not to be named`
    if _comment_after(sent, right + 1) or _setting_after(sent.doc, right + 1, sent.end):
        return False  # `X, the military said, the third launch this month`
    if _closes_before_reporters_tail(sent, left - 1, right + 1):
        return False  # `Drones hit a refinery, the governor said, in the latest attack`
    # `X, officials said, though the figure could not be confirmed`: the cue closes its
    # clause, and the reporter adds a clause of their own to it.
    return not (
        after.dep_ == "mark"
        and after.head.dep_ == "advcl"
        # (hung on the cue, or on the clause it closes)
        and after.head.head.i in {verb.i, verb.head.i}
        and after.lower_ in _SUBORDINATORS | {"though", "although"}
    )


def _reporters_noun_next(word: Token) -> bool:
    """Whether a reporter's noun phrase opens at ``word`` (`a setback that ...`, `the
    latest in a string of attacks`, `in the deadliest attack this year`), not merely a
    phrase that may be the speaker's (`after the elections`)."""
    return word.lower_ in {"a", "an", "the"} or (
        word.lower_ == "in" and any(c.dep_ == "pobj" and _ranks_the_event(c) for c in word.children)
    )


def _closes_before_reporters_tail(sent: Span, end: int, start: int) -> bool:
    """Whether a cue and its source (between tokens ``end`` and ``start``) close a whole
    clause before them, with the reporter's words after them: `Drones hit a refinery,
    the governor said, in the latest attack`."""
    return _clause_closed_before(sent, end) and _reporters_tail(
        sent, start, sent.doc[end + 1 : start]
    )


def _before_setting(
    sent: Span, content: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """What was said after its cue, without the reporter's words set off at its end:
    where the words were given (`..., in a post on Facebook`, `..., speaking to reporters
    in Phnom Penh`), a rank of the event (`..., in the latest escalation`) or its time
    (`..., days after a deadly attack`)."""
    doc = sent.doc
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) < 4:
        return content
    for comma in span[1:-1]:
        if comma.text != ",":
            continue
        # (a comma inside the closing quote mark is the same comma: `vowed to "fight to
        # the end," days after ...`, the quotation kept)
        closing = doc[comma.i + 1].text in _QUOTE_MARKS and comma.i + 2 < span.end
        after = comma.i + 2 if closing else comma.i + 1
        if (
            _time_anchor_at(doc, after, span.end)
            and not any(t.text == "," for t in doc[after : span.end])
            and not _in_quote(quotes, doc[after].idx, doc[after].idx + 1)
            # (not what may be planned: `said the troops would withdraw, weeks after the
            # vote`; but an event past is the reporter's: `..., years after fighting
            # there killed 100`)
            and (
                not any(t.tag_ == "MD" or t.lower_ in _NOT_YET for t in doc[span.start : comma.i])
                or any(t.tag_ == "VBD" for t in doc[after : span.end])
            )
        ):
            # `urged Serbia to pull back its troops, a week after a deadly attack`: the
            # reporter's tie to another event
            return content[0], (doc[comma.i + 1].idx + 1 if closing else comma.idx)
        if _in_quote(quotes, comma.idx, comma.idx + 1):
            continue
        tail = doc[comma.i + 1 : span.end]
        first = tail[0]
        if first.lower_ in {"as", "amid", "and", "but"} or first.right_edge.i < span.end - 1:
            continue
        speaking = (
            first.tag_ == "VBG"
            and first.lemma_.lower() in {"speak", "write", "talk"}
            and not any(c.dep_ in _SUBJECT_DEPS for c in first.children)
        )
        ranked = first.lower_ == "in" and any(
            c.dep_ in {"pobj", "pcomp"}
            and (
                _ranks_the_event(c)
                # `..., in a boost for the offensive`, `..., in a blow to Moscow`, `..., in
                # a warning to Khan`, `..., in what analysts saw as a warning`
                or (
                    c.lemma_.lower() in _COMMENT_NOUNS | _FRAMING_NOUNS
                    and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
                )
                or any(w.lower_ == "what" and w.i == first.i + 1 for w in c.subtree)
            )
            for c in first.children
        )
        # `said the U.S. bore responsibility, according to IRNA`: who carried the words
        carried = first.lower_ == "according" and doc[first.i + 1].lower_ == "to"
        if speaking or _where_words_were_given(first) or ranked or carried:
            return content[0], comma.idx
    return content


#: The reporter's words, beside its nouns of comment, for what an event means for a side
#: or what the words were meant as: `in a victory for Kyiv`, `in a warning to Khan`.
_FRAMING_NOUNS = _words("victory warning message crackdown swipe dig jab")


def _where_words_were_given(phrase: Token) -> bool:
    """`in a statement`, `on Telegram`... `in a post on Facebook`, `in remarks to
    reporters`, `at his weekly briefing`: a phrase of where the words were given."""
    return phrase.lower_ in {"in", "on", "at"} and any(
        c.dep_ == "pobj"
        and (
            (c.lemma_.lower() in _SAYING_MEDIA and phrase.lower_ != "at")
            or c.lemma_.lower() in _GATHERINGS_FOR_WORDS
            or (c.lower_ in {"remarks", "comments"} and phrase.lower_ == "in")
        )
        for c in phrase.children
    )


#: Where words are given to many: `at a news conference`, `at his weekly briefing`.
_GATHERINGS_FOR_WORDS = _words("briefing conference rally hearing")


def _ranks_the_event(noun: Token) -> bool:
    """`the latest attack`, `the deadliest such strike`, `the latest of a series of
    attacks`: the reporter's rank of the event among others."""
    return any(a.dep_ == "amod" and _rank_word(a) for a in noun.children) or _ranked_event(noun)


#: What a speaker may not go on to do: `but did not give their names`, `did not say who`.
_DETAILS_WITHHELD = _words("give say provide offer elaborate disclose identify name specify")


def _reporters_tail(sent: Span, start: int, cue_words: Span | None = None) -> bool:
    """Whether the words of ``sent`` from token ``start`` (after a closing cue and its
    comma) are the reporter's: a rank of the event (`in the latest attack`, `in the
    deadliest such strike`) or what it caused (`raising fears of a wider war`)."""
    words = [t for t in sent.doc[start : sent.end] if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return False
    first = words[0]
    if first.lower_ in {"and", "but"} and cue_words is not None:
        # (`The video was fake, the ministry said, and it urged citizens to ignore it`,
        # `..., the report said, but it did not name the firm`: the source goes on; not
        # `her eyes widened, he said, and she gripped his hands`, still what he said)
        source = next((t for t in cue_words if t.dep_ in _SUBJECT_DEPS), None)
        again = words[1]
        # (`..., a local official said, but did not give their names`: the speaker's own
        # act joined to the cue)
        own_act = any(
            w.dep_ == "conj"
            and w.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in _SUBJECT_DEPS for c in w.children)
            # (however the parser hung it: a detail the speaker did not give; not `, he
            # added, but would not deploy troops`, what was said going on)
            and _negated(w)
            and w.lemma_.lower() in _DETAILS_WITHHELD
            for w in words[1:4]
        )
        return own_act or (
            source is not None
            and again.dep_ in _SUBJECT_DEPS
            and (
                again.lower_ == source.lower_
                or (again.lower_ in {"it", "they"} and source.tag_ != "PRP")
            )
        )
    if first.lower_ == "one" and len(words) > 3 and words[1].lower_ == "of":
        # (`..., the army said, one of the deadliest attacks in years`: a rank)
        ranked = next((c for c in words[1].children if c.dep_ == "pobj"), None)
        return ranked is not None and (
            _ranked_event(ranked)
            or any(c.tag_ == "JJS" or c.lower_ in _FIRST_OR_LAST for c in ranked.children)
        )
    if first.lower_ == "the":
        # (`..., officials said, the latest in a series of attacks`, with the rank read
        # as the sentence's root)
        root = next((t for t in words if t.head.i == t.i or not start <= t.head.i < sent.end), None)
        # (or a superlative of the reporter's: `..., the army said, the worst loss this year`)
        return root is not None and (
            _ranked_event(root)
            # (`the first deaths since ...`, `the worst loss this year`)
            or (
                root.pos_ == "NOUN"
                and any(c.tag_ == "JJS" or c.lower_ in _FIRST_OR_LAST for c in root.children)
            )
        )
    if first.lower_ in {"a", "an"} and len(words) > 2:
        # (`..., Qatari officials said, a move that stunned the region`, `..., police said,
        # a decision welcomed by rights groups`: the reporter's noun for what happened,
        # with a clause of its own)
        noun = first.head
        return (
            noun.lemma_.lower() in _COMMENT_NOUNS | _RANKED_EVENTS
            and any(c.dep_ in {"relcl", "acl"} for c in noun.children)
            and noun.right_edge.i == words[-1].i
        )
    if (
        first.dep_ == "prep"
        and first.right_edge.i == words[-1].i
        and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in first.children)
    ):
        return True  # (`Troops shelled the town, officials said, on Monday`: when they said it)
    if (
        first.dep_ == "prep"
        and first.lower_ == "without"
        and first.right_edge.i == words[-1].i
        and cue_words is not None
        and first.head in cue_words
    ):
        return True  # (`..., Zakharova said, without providing evidence`: how it was said)
    if (
        first.dep_ == "prep"
        and first.right_edge.i == words[-1].i
        and _where_words_were_given(first)
    ):
        return True  # (`..., Hezbollah said, in a statement`: where the cue's words were given)
    if first.lower_ in {"as", "amid"} and first.dep_ in {"mark", "prep"}:
        return True  # (`..., officials said, as fighting spread`: the reporter's setting)
    if _one_of_a_kind(words):
        return True  # (`..., police said, in one of the deadliest attacks`: a rank)
    if first.lower_ in {"though", "although"}:
        return True  # (`Schools reopened, officials said, though few girls came`)
    if first.lower_ in {"after", "following", "despite", "during"} and first.dep_ == "prep":
        return True  # (`..., the ministry said, after clashes in Ankara`: likewise)
    if first.lower_ == "for" and any(t.lower_ == "time" for t in words[1:5]):
        return True  # (`..., officials said, for the second time this month`)
    if first.lower_ == "in" and first.dep_ == "prep":
        # (`in the latest attack`; `in a move that angered Moscow`, `in what analysts
        # described as ...`: the reporter's noun for the event; also where the parser
        # took the noun for a compound: `in a move rights groups welcomed`)
        if (
            len(words) > 2
            and words[1].lower_ in {"a", "an"}
            and words[2].lemma_.lower() in _COMMENT_NOUNS
        ):
            return True
        return any(
            c.dep_ in {"pobj", "pcomp"}
            and (
                _ranks_the_event(c)
                or c.lemma_.lower() in _COMMENT_NOUNS
                # (`in a rare admission`, `in a sign of ...`: a noun of the reporter's)
                or any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
                or any(w.lower_ == "what" and w.i == first.i + 1 for w in c.subtree)
            )
            for c in first.children
        )
    return (
        first.tag_ == "VBG"
        and first.lemma_.lower() in _CAUSING
        and not any(c.dep_ in _SUBJECT_DEPS for c in first.children)
    )


def _one_of_a_kind(words: list[Token]) -> bool:
    """`in one of the deadliest attacks`, `in one of several raids`: words after a closing
    cue that rank what happened among others of its kind."""
    return (
        len(words) > 4
        and [w.lower_ for w in words[:3]] == ["in", "one", "of"]
        and (
            words[3].lower_ in {"several", "many", "dozens", "hundreds", "a"}
            or any(_rank_word(w) for w in words[3:6])
        )
    )


def _clause_closed_before(sent: Span, end: int) -> bool:
    """Whether the words of ``sent`` before token ``end`` (a comma before a source and its
    cue) hold a whole main clause, with its own subject and verb (`Drones hit a refinery,
    the governor said, ...`), so that the cue closes it; not a subject alone (`The West,
    he added, was ...`) nor a subordinate clause (`When the talks began, he said, ...`)."""
    doc = sent.doc
    words = doc[sent.start : max(sent.start, end)]
    return any(
        t.pos_ in {"VERB", "AUX"}
        and t.dep_ in {"ROOT", "ccomp", "conj", "parataxis"}
        and not any(c.dep_ == "mark" for c in t.children)
        and any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} and sent.start <= c.i < c.head.i
            for c in t.children
        )
        for t in words
    )


#: Conjunctions that open a clause of time: `since the war began`.
_TIME_MARKS = _words("since after before when while until as")
#: Words that open a relative clause: `a toll that could rise`.
_RELATIVE_WORDS = _words("that which who whom whose")


def _comment_after(sent: Span, start: int) -> bool:
    """`..., the military said, the third launch this month.`, `..., a toll that could
    rise`: the words after a cue that closes its clause are one noun phrase, the
    reporter's, not a clause that goes on."""
    after = sent.doc[start : sent.end]
    words = [t for t in after if not (t.is_punct or t.is_space)]
    if not words or words[0].pos_ != "DET" or any(t.text in _QUOTE_MARKS for t in after):
        return False  # (`There was, she said, "a bargain"`: the quote is what was said)
    return any(
        (t.pos_ == "NOUN" or t.tag_ == "JJS")
        # (its own words from the first; the cue may hang on it)
        and (t.left_edge.i == words[0].i or words[0].head == t)
        and t.right_edge.i >= words[-1].i
        # set beside the clause before (`like, he says, the army and ...`: part of it)
        and (
            t.dep_ in {"appos", "npadvmod"}
            or (t.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children))
            # (`X, the air force said, the largest attack this month`, read as its object)
            or (t.dep_ == "dobj" and t.head.dep_ == "parataxis" and t.head.i < words[0].i)
            # (a rank read as the object of the clause before: `Three guards died, the
            # ministry said, the latest in a series of raids`)
            or (t.dep_ == "dobj" and t.head.i < words[0].i and _ranked_event(t))
        )
        # a verb only in a relative clause (`a toll that could rise`; not `those donations
        # paid for ...`, a clause)
        and not any(
            w.pos_ in {"VERB", "AUX"}
            and not any(r.lower_ in _RELATIVE_WORDS and r.i < w.i for r in words)
            # (nor one of a clause of time inside it: `the latest since the war began`)
            and not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in w.children)
            for w in words
        )
        for t in words
    )


#: `, days after the talks collapsed`: how long before or after another event.
_TIME_ANCHOR = re.compile(
    r"\W*((just|only|barely|nearly|almost|about|some|less than|more than) )?"
    r"(((a|an|one|two|three|four|five|several|a few|\d+) )?(\w+ )?"
    r"(minutes?|hours?|days?|weeks?|months?|years?)|shortly|soon|not long|moments) "
    r"(before|after) ",
    re.IGNORECASE,
)


#: A count of days to an event to come, the reporter's: `..., four days before a runoff`.
_COUNTDOWN = re.compile(
    r"\W*((just|only|barely|some) )?((a|one|two|three|four|five|six|several|a few|\d+) )?"
    r"(hours?|days?|weeks?) (before|ahead of) (a|an|the|this|next|[\w-]+['’]s) ([\w-]+ )?"
    r"(runoff|election|elections|vote|summit|talks|meeting|deadline|hearing|trial|visit|"
    r"referendum|ballot|poll|polls)\b",
    re.IGNORECASE,
)


def _setting_after(doc: Doc, start: int, end: int) -> bool:
    """`..., a rights group said, as protests spread`, `..., police said, amid fears of
    more violence`: the words from token ``start`` (before ``end``) set the news beside
    other events, as the reporter does; what was said ends before them. (Not `with`:
    `..., the poll indicates, with each receiving 40 percent` goes on with it.)"""
    if _time_anchor_at(doc, start, end):
        return True
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    if len(words) < 3:
        return False
    opener = words[0]
    if opener.lower_ in {"as", "while", "whereas"}:
        # a clause of its own (not `as well as`, `as part of`)
        return opener.dep_ == "mark" and any(c.dep_ in _SUBJECT_DEPS for c in opener.head.children)
    if opener.lower_ in {"after", "before"} and opener.dep_ == "mark":
        return True  # `..., officials said, after it was spotted near a cable`
    return opener.lower_ == "amid"


def _time_anchor_at(doc: Doc, start: int, end: int) -> bool:
    """`..., the air force said, days after the talks collapsed`: the words from token
    ``start`` (before token ``end``) tie the news to another event, as the reporter does;
    what was said ends before them."""
    return start < end and _TIME_ANCHOR.match(_text(doc), doc[start].idx) is not None


def _sentence_chars(sent: Span) -> tuple[int, int] | None:
    tokens = [t for t in sent if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in '"”’)%':
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in '"“‘(':
        tokens.pop(0)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _as_put_it(verb: Token) -> bool:
    """`as the minister put it`: a way of saying, like `as the minister said`."""
    return (
        verb.lemma_.lower() == "put"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _that_clause(verb: Token) -> Token | None:
    return next(
        (c for c in verb.children if c.dep_ == "ccomp" and _has_that_mark(c)),
        None,
    )


def _subject_read_as_object(verb: Token, clause: Token, lemma: str) -> Token | None:
    """The object of a cue that reports only clauses, right before that clause, when the
    clause has no subject of its own: the clause's subject, misread; also of `warn`,
    where the object is a thing, not whom it warns (`warned the end of the treaty could
    trigger a race`, not `warned residents the water was unsafe`)."""
    warning = lemma == "warn"
    doc = verb.doc
    # (`promised that fuel would arrive`: `that` right after any cue, read as the
    # object's determiner, opens a clause)
    that_first = (
        verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "that" and doc[verb.i + 1].dep_ == "det"
    )
    # (`denied the charges were political`: a denial reports a clause too)
    if (
        lemma not in _CLAUSE_CUES and not warning and lemma != "deny" and not that_first
    ) or clause.i < verb.i:
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.i > verb.i
            and not (warning and _one_warned(c))
            and (
                c.right_edge.i + 1 == clause.left_edge.i
                # (`said Iran's "non-compliance" left them no choice`: with its closing
                # quotation mark between)
                or (
                    c.right_edge.i + 2 == clause.left_edge.i
                    and verb.doc[c.right_edge.i + 1].text in _QUOTE_MARKS
                )
                # (`said dozens of people, most of them women, had been killed`: with the
                # comma closing an aside of its own)
                or (
                    c.right_edge.i + 2 == clause.left_edge.i
                    and verb.doc[c.right_edge.i + 1].text == ","
                    and any(t.text == "," for t in c.subtree)
                )
                or _infinitive_between(verb, c, clause) is not None
            )
        ),
        None,
    )


def _one_warned(obj: Token) -> bool:
    """Whether a cue's object is who can be warned: a person, people or a body, named or
    not (`warned residents`, `warned Moscow`), rather than a thing."""
    return obj.pos_ != "NOUN" or bool(obj.ent_type_) or obj.lemma_.lower() in _WARNED


def _subject_read_as_verb(verb: Token, clause: Token) -> tuple[Token, Token] | None:
    """`said in a statement that flows at the dam had fallen`, `said on Monday that flows
    ...`: a plural noun the tagger took for a verb (`flows`, `strikes`, `talks`) after
    `that`, which it made the verb's subject, with the reported clause's own verb left
    without a subject right after; the first and last words of what was said (`that`
    goes as the conjunction it is)."""
    doc = verb.doc
    if clause.dep_ != "ccomp":
        return None
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    misread: Token | None
    rest: Token | None
    if subjects and all(c.lower_ == "that" for c in subjects):
        # (read as a reported clause of its own, beside the true one)
        misread = clause
        rest = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > clause.i), None)
    elif subjects:
        return None
    else:
        # (read as a relative clause of the noun of where it was said, or as a reported
        # clause of its own before the true one)
        before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else clause
        misread = next(
            (
                a
                for a in (before, *before.ancestors)
                if (a.dep_ == "relcl" and a.head.dep_ == "pobj" and a.head.head.head.i == verb.i)
                or (a.dep_ == "ccomp" and a.head.i == verb.i)
            ),
            None,
        )
        rest = clause
    if (
        misread is None
        or rest is None
        or misread.tag_ not in {"VBZ", "VBP"}
        or misread.right_edge.i + 1 != rest.left_edge.i
        or any(c.dep_ in _SUBJECT_DEPS for c in rest.children)
    ):
        return None
    opener = doc[misread.left_edge.i]
    if opener.lower_ != "that" or opener.dep_ != "nsubj" or opener.head.i != misread.i:
        return None
    return misread, rest


def _infinitive_between(verb: Token, obj: Token, clause: Token) -> Token | None:
    """`argued his fight to fund schools is relevant`: the subject's infinitive, which the
    parser hung on the cue between its object and the clause the two belong to."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and c.left_edge.i == obj.right_edge.i + 1
            and c.right_edge.i + 1 == clause.left_edge.i
        ),
        None,
    )


def _clause_split_by_object(verb: Token, clauses: list[Token]) -> Token | None:
    """The clause, with no subject of its own, after a cue's object and an infinitive
    the parser split from it (`argued his fight to fund schools is relevant`)."""
    for clause in clauses:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        if any(
            c.dep_ == "dobj" and c.i > verb.i and _infinitive_between(verb, c, clause) is not None
            for c in verb.children
        ) and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children):
            return clause
    return None


def _repeated_adverb(words: Span) -> bool:
    """Whether ``words`` are a repetition joined by `and` and nothing else: `over and
    over (again)`, `again and again`."""
    texts = [t.lower_ for t in words]
    if "and" not in texts or not all(t.pos_ in {"ADV", "CCONJ", "ADP"} for t in words):
        return False
    at = texts.index("and")
    return 0 < at < len(texts) - 1 and texts[at - 1] == texts[at + 1]


def _told_clause_between(verb: Token, clause: Token) -> Token | None:
    """`A, Suspilne reported, while B, the Kyiv Independent reported`: the clause a
    closing cue reports when the parser made another closing cue, with its own source,
    the cue's complement; the clause between the two."""
    if not (
        clause.i < verb.i
        and clause.lemma_.lower() in CUE_VERBS
        and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
        # (a closing cue itself, its own clause before it)
        and any(c.dep_ == "ccomp" and c.i < clause.i for c in clause.children)
    ):
        return None
    return next(
        (
            c
            for c in (*clause.children, *verb.children)
            if c.dep_ == "advcl" and clause.i < c.i < verb.i
        ),
        None,
    )


def _own_object_after(verb: Token) -> bool:
    """Whether ``verb`` has a noun for its object after it that is no one addressed
    (`vowed revenge`, `hails verdict`; not `told reporters`, `warned Kyiv`)."""
    doc = verb.doc
    return verb.lemma_.lower() in _OBJECT_CUES - _ADDRESSED_CUES and any(
        c.dep_ == "dobj"
        and c.left_edge.i == verb.i + 1
        and c.pos_ == "NOUN"
        # (not `recalled the president telling him`: the one who said it)
        and not any(d.dep_ in {"acl", "relcl"} for d in c.children)
        and not (c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].tag_ == "VBG")
        for c in verb.children
    )


def _clause_past_citing(verb: Token) -> Token | None:
    """`reported, citing unnamed officials, that investigators had ...`: the that-clause
    the parser hung on the participle set off after a cue that has none of its own."""
    citing = next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.lemma_.lower() == "cite" and c.tag_ == "VBG"
        ),
        None,
    )
    if citing is None and verb.lemma_.lower() in _ANY_CUE_VERBS:
        # (or the clause read as joined to the cue, with the participle hung on it)
        return next(
            (
                c
                for c in verb.children
                if c.dep_ == "conj"
                and _has_that_mark(c)
                and any(s.dep_ in _SUBJECT_DEPS for s in c.children)
                and any(
                    a.dep_ == "advcl" and a.lemma_.lower() == "cite" and a.i < c.i
                    for a in c.children
                )
            ),
            None,
        )
    if citing is None or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return next(
        (c for c in citing.children if c.dep_ == "ccomp" and c.i > citing.i and _has_that_mark(c)),
        None,
    )


def _citing_before_the_clause(verb: Token) -> bool:
    """`said, citing intelligence, that ...`: whom the words came from, set off between
    the cue and its that-clause, no claim of its own."""
    doc = verb.doc
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    after = (cited or verb).right_edge.i + 1
    return (
        verb.lemma_.lower() == "cite"
        and verb.tag_ == "VBG"
        and after + 1 < len(doc)
        and doc[verb.i - 1].text == ","
        and doc[after].text == ","
        and doc[after + 1].lower_ == "that"
    )


def _clausal_child(verb: Token) -> Token | None:
    doc = verb.doc
    cited = _clause_past_citing(verb)
    if cited is not None:
        return cited
    if verb.lemma_.lower() == "cite" and _clause_past_citing(verb.head) is not None:
        return None  # (the clause is the cue's before it)
    inverted = _that_clause_made_root(verb)
    if inverted is not None:
        return inverted
    joined = _reported_verb_read_as_conjunct(verb)
    if joined is not None:
        return joined
    subordinate = any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_PREPS for c in verb.children)
    clauses = [
        c
        for c in verb.children
        if (
            c.dep_ in {"ccomp", "csubj"}
            # (also `denied being behind the strike`, the gerund an auxiliary)
            or (c.dep_ == "xcomp" and (c.pos_ == "VERB" or c.tag_ == "VBG"))
        )
        # (`X, a monitor said, hours after Y demanded Z`: the clause before a cue that
        # opens with `after` is not what it reports)
        and not (subordinate and c.i < verb.i)
        # `Rebels surge\n\nSince August, the group has claimed ...`: a heading the
        # parser ran into the sentence after it is not what the cue reports; nor is a
        # clause before a semicolon (`Most backed it; only a third said the same`).
        and not (
            c.i < verb.i
            and ("\n" in doc[c.i : verb.i].text or any(t.text == ";" for t in doc[c.i : verb.i]))
        )
        # (`India struck nine sites, Pakistan vowed revenge`: a cue with an object of its
        # own after it does not report the clause before it)
        and not (c.i < verb.i and _own_object_after(verb))
        # (`X, a source said, hours before he was due to resign`: the reporter's time of
        # a cue set into the clause it reports)
        and not (
            c.i > verb.i
            and verb.dep_ == "parataxis"
            and doc[c.left_edge.i - 1].text == ","
            and (
                _time_anchor_at(doc, c.left_edge.i, c.right_edge.i + 1)
                or any(m.dep_ == "mark" and m.lower_ in _SEQUENCE_PREPS for m in c.children)
            )
        )
    ]
    split = _clause_split_by_object(verb, clauses) if len(clauses) > 1 else None
    if split is not None and verb.lemma_.lower() in _CLAUSE_CUES:
        return split
    if len(clauses) > 1:
        # `Candidates face questions ... (her campaign disclosed that she has pneumonia)`:
        # the parser may hang the sentence before on the cue too; the clause right after
        # the cue is the one it reports.
        # `He said A, and when asked B, he said, "C"`: the cue before is not what this one
        # reports; the clause after it is, past the quote mark.
        before_is_cue = any(c.i < verb.i and c.lemma_.lower() in CUE_VERBS for c in clauses)
        right = [
            c
            for c in clauses
            if c.i > verb.i
            # (`The refinery was hit, officials said; there were no casualties`: a clause
            # of the reporter's after a semicolon)
            and not any(t.text == ";" for t in doc[verb.i : c.left_edge.i])
            # (`X, officials said, in a move rights groups welcomed`: the reporter's words
            # after a cue that closes the clause before it)
            and not (
                doc[c.left_edge.i - 1].text == ","
                and any(b.i < verb.i for b in clauses)
                and _reporters_tail(verb.sent, c.left_edge.i)
            )
            # (`A move could alienate them, allies believe — backers she will need`: a
            # dash after a cue that closes the clause before it opens an aside)
            and not (
                doc[c.left_edge.i].text in {"—", "–"}
                and any(b.i < verb.i for b in clauses)
                and any(t.text == "," for t in doc[verb.sent.start : verb.i])
            )
            # (`X, officials said, hours after the talks collapsed`: the reporter's; so is
            # `X, officials said, as anger grew`)
            and not (
                any(b.i < verb.i for b in clauses)
                and (
                    _time_anchor_at(doc, c.left_edge.i, c.right_edge.i + 1)
                    or any(m.dep_ == "mark" and m.lower_ in {"as", "while"} for m in c.children)
                )
            )
            and (
                c.left_edge.i <= verb.i + 2
                or (
                    before_is_cue
                    and sum(not t.is_punct for t in doc[verb.i + 1 : c.left_edge.i]) <= 1
                )
                # `X — he told the AP that ...`: `that` opens what was told
                or (_marked_that(c) and doc[c.left_edge.i].lower_ == "that")
            )
        ]
        if right:
            return right[0]
    if clauses:
        if _main_clause_read_as_reported(verb, clauses[0]):
            return None
        if (
            len(clauses) == 1
            and clauses[0].i > verb.i
            and _after_a_comma(clauses[0])
            and not _has_that_mark(clauses[0])
        ) or _second_cue_read_as_reported(clauses[0]):
            # `said in a report that 460 people had been detained, many of them held
            # ...`: the clause after the comma goes on with the that-clause the parser
            # hung on `report`, which is what was said; `said in a report that A and
            # warned that B`: the parser hung A on the report and made the second cue,
            # with no subject, what the first reports.
            lower = _that_clause_hung_lower(verb)
            if lower is not None and lower.i < clauses[0].left_edge.i:
                return lower
        other = _told_clause_between(verb, clauses[0])
        return other or clauses[0]
    urged = _urged_infinitive(verb)
    if urged is not None:
        return urged
    if verb.lemma_.lower() in CUE_VERBS:
        for child in verb.rights:
            if child.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ in _SUBJECT_DEPS and c.tag_ not in {"WP", "WDT"} for c in child.children
            ):
                continue
            between = verb.doc[verb.i + 1 : child.left_edge.i + 1]
            opener = verb.doc[child.left_edge.i]
            own = next((c for c in child.children if c.dep_ in _SUBJECT_DEPS), child)
            if child.dep_ == "conj" and _repeated_adverb(verb.doc[verb.i + 1 : own.left_edge.i]):
                # `has said over and over again he wants ...`: the `and` of a repetition,
                # not of two clauses
                return child
            if (
                child.dep_ == "advcl"
                and not any(c.dep_ == "mark" for c in child.children)
                # `"Really," she added when the host expressed shock`: a circumstance
                and not (
                    opener.lower_ in _SUBORDINATORS
                    and opener.head.i == child.i
                    and opener.dep_ in {"mark", "advmod"}
                )
                # `tweeted in the early hours that X was ...`: `that` taken for an adverb.
                and (verb.lemma_.lower() in _SPEECH_VERBS or opener.lower_ == "that")
            ):
                # `said after the convention he would not ...`: an unmarked reported
                # clause the parser took for an adverbial one.
                return child
            if verb.lemma_.lower() not in _SPEECH_VERBS:
                continue
            if child.dep_ in {"punct", "dep", "parataxis"} and any(
                t.text in _QUOTE_OPEN or t.text == '"' for t in between
            ):
                # `said, "When people come back ...`: an opened quote the parser hung
                # on the cue as punctuation.
                return child
    # `told a cabinet meeting he had met ...`: the reported clause hung on the audience.
    if verb.lemma_.lower() == "tell":
        for child in verb.children:
            if child.dep_ != "dobj":
                continue
            for clause in child.children:
                if (
                    clause.dep_ in {"relcl", "acl"}
                    and any(
                        c.dep_ in _SUBJECT_DEPS and c.tag_ not in {"WP", "WDT"}
                        for c in clause.children
                    )
                    and (
                        not any(c.tag_ in {"WP", "WDT", "WRB"} for c in clause.subtree)
                        # `told a news conference that he had met ...`: an audience
                        # is told things; `that` opens what they were told.
                        or (
                            child.lemma_.lower() in _AUDIENCES
                            and clause.doc[clause.left_edge.i].lower_ == "that"
                        )
                    )
                ):
                    return clause
    for child in verb.rights:
        if (
            child.dep_ == "advcl"
            and _marked_that(child)
            # `raised questions about her statement that ...`: the noun's clause; but
            # `reminding members that ...`: whom it is told
            and (
                not any(c.dep_ == "dobj" for c in verb.children)
                or verb.lemma_.lower() in _ADDRESSED_CUES
            )
        ):
            # `saying in his statement only that he was ...`: a that-clause read as adverbial.
            return child
    lower = _that_clause_hung_lower(verb)
    if lower is not None:
        return lower
    # `told the Post before he spoke at the rally that he believed ...`: a that-clause
    # the parser hung on a clause of when the cue spoke, whose verb takes none.
    for child in verb.rights:
        if (
            child.dep_ == "advcl"
            and verb.lemma_.lower() in _SPEECH_VERBS
            and (child.lemma_.lower() not in CUE_VERBS or child.lemma_.lower() in _TOPIC_ONLY_CUES)
            and any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_OPENERS for m in child.children)
        ):
            told = next((c for c in child.rights if c.dep_ == "ccomp" and _has_that_mark(c)), None)
            if told is not None:
                return told
    return None


def _second_cue_read_as_reported(clause: Token) -> bool:
    """Whether a cue's reported clause is a second cue of its own, with no subject, after
    an `and` that is not its own (`said in a report that A and warned that B`)."""
    doc = clause.doc
    return (
        clause.lemma_.lower() in CUE_VERBS
        and clause.tag_ in {"VBD", "VBZ"}
        and clause.left_edge.i == clause.i
        and clause.i > 0
        and doc[clause.i - 1].lower_ == "and"
        and doc[clause.i - 1].head.i != clause.i
        and not any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
    )


def _after_a_comma(clause: Token) -> bool:
    """Whether a clause opens with a comma, its own or the one before it."""
    first = clause.left_edge
    return first.text == "," or _after_comma(first.doc, first.i)


def _that_clause_hung_lower(verb: Token) -> Token | None:
    """`said without offering evidence that ...`, `said in a report that ...`: a
    that-clause the parser hung lower down (after the cue: not `In a rebuke to claims
    that ..., the mayor praised the staff`)."""
    for child in verb.rights:
        if child.dep_ not in {"prep", "advmod", "npadvmod", "dobj"}:
            continue
        if child.dep_ == "dobj" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in child.children
        ):
            continue  # `found no evidence that ...`: the clause is not what was found
        if child.dep_ == "prep" and child.lower_ in _PREPOSITION_CUES.get(verb.lemma_.lower(), ()):
            continue  # `accused X of operating in waters that Y claims`: the cue's own
        if child.dep_ == "prep" and child.lower_ in {"amid", "despite"}:
            continue  # `..., a monitor said, amid fears that ...`: the reporter's setting
        if (
            child.dep_ == "prep"
            and child.lower_ == "without"
            and any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i < child.i for c in verb.children)
        ):
            # `accused Kyiv of X, without providing evidence that the ships were unarmed`:
            # what was said came before; the clause is what the evidence would show
            continue
        for token in child.subtree:
            if (
                token.dep_ in {"acl", "ccomp", "advcl", "relcl"}
                and (_has_that_mark(token) or _that_read_as_relative(token, verb))
                # (not another cue's, told after or before: `said no, before adding that`;
                # `quoted X as saying that ...`: the one quoted says it)
                and not (
                    token.head.lemma_.lower() in CUE_VERBS
                    and token.head.dep_ == "pcomp"
                    and token.head.head.lower_ in _SEQUENCE_PREPS | {"as"}
                )
                # (nor another speaker's, in a clause of its own: `dismissed the issue in
                # October, when he told a debate that ...`; nor that of a named other's
                # noun of saying: `blamed the media for making an issue of Trump's claim
                # that ...`)
                and not any(
                    (
                        a.lemma_.lower() in CUE_VERBS
                        and any(c.dep_ in _SUBJECT_DEPS for c in a.children)
                    )
                    or (
                        a.pos_ == "NOUN"
                        and a.lemma_.lower() in CLAIM_NOUNS
                        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in a.children)
                    )
                    for a in token.ancestors
                    if a.i != verb.i and child.left_edge.i <= a.i <= child.right_edge.i
                )
            ):
                # `said during a news conference that she may ...`: a `that` the parser
                # marks as a conjunction opens a reported clause, not a relative one.
                return token
    return None


def _clause_read_as_object(verb: Token) -> Token | None:
    """`said Trump wanted chaos`, `said the operation targeted criminals`: a short
    reported clause the parser read as the cue's object, its verb a participle of the
    object with the clause's subject hung on it; or a headline's clause without its
    auxiliary (`China says drone seized near Kinmen`)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        for c in obj.children:
            if (
                c.dep_ in {"amod", "acl"}
                and c.i < obj.i
                and c.tag_ in {"VBD", "VBN"}
                # (its subject, or one hung on its auxiliary: `both sides have committed`)
                and (
                    any(
                        s.dep_ in {"nsubj", "npadvmod"}
                        for t in (c, *(a for a in c.children if a.dep_ == "aux"))
                        for s in t.children
                        if s.i < c.i
                    )
                    # (or the noun right before it, read as a modifier: `said the shelling
                    # killed civilians`, `the raid targeted militants`)
                    or _subject_read_as_modifier(verb, obj, c)
                )
            ):
                return obj
        if (
            verb.lemma_.lower() == "say"
            and any(
                c.dep_ == "acl" and c.i > obj.i and c.tag_ in {"VBN", "VBG"} for c in obj.children
            )
            and not any(t.is_punct and t.text in {".", "?", "!"} for t in verb.sent)
        ):
            # `China says drone seized near Kinmen`, `Maduro says US planning invasion`: a
            # headline's clause, its auxiliary left out, read as an object and its participle
            return obj
        if (
            verb.lemma_.lower() == "say"
            and obj.pos_ in {"NOUN", "PROPN"}
            and not any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in verb.children)
            and any(
                c.dep_ == "acl"
                and c.i == obj.i + 1
                and c.tag_ in {"VBN", "VBD"}
                # (a verb of its own: not `said the words written by his aide`)
                and not any(d.dep_ in {"agent", "dobj", "auxpass"} for d in c.children)
                for c in obj.children
            )
        ):
            # `Witnesses said the buses left at night`: the clause's verb, past tense,
            # read as a participle of the object
            return obj
    return None


def _subject_read_as_modifier(verb: Token, obj: Token, participle: Token) -> bool:
    """`said the shelling killed civilians`: a clause read as one noun phrase, the
    object of `said`, its subject a singular noun before a past tense read as a
    modifier, after the phrase's one `the`."""
    doc = verb.doc
    before = doc[participle.i - 1] if participle.i > 0 else None
    return (
        verb.lemma_.lower() == "say"
        and before is not None
        and participle.lower_.endswith("ed")
        and before.tag_ in {"NN", "VBG"}
        and before.i > verb.i + 1
        and doc[before.i - 1].lower_ == "the"
        and doc[before.i - 1].i == obj.left_edge.i
        and obj.tag_ == "NNS"
    )


def _as_judgement(verb: Token, obj: Token) -> Token | None:
    """The phrase that judges a cue's object, through `as`: on the verb or on its object
    (`portrayed migrants as criminals`), or the clause that `as` opens (`described the
    city as beset by crime`, `portrayed the mayor as out of touch`)."""
    for token in (*verb.children, *obj.children):
        if token.dep_ in {"prep", "oprd"} and token.lower_ == "as" and token.i > obj.i:
            return token
    for clause in verb.rights:
        if clause.i <= obj.i or clause.dep_ not in {"advcl", "prep"}:
            continue
        if any(c.lower_ == "as" and c.dep_ in {"mark", "advmod"} for c in clause.lefts) and not any(
            c.dep_ in _SUBJECT_DEPS for c in clause.children
        ):
            # (not `described the plan as the crowd cheered`: a time, with its own subject)
            return clause
    return None


def _counted(verb: Token) -> bool:
    """A count as the cue's object, by a subject that can speak: `monitors recorded 50
    civilian deaths`."""
    subject = _subject(verb)
    return (
        subject is not None
        and _can_speak(subject)
        and any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in verb.children)
    )


def _verdict(verb: Token) -> Token | None:
    """What a verdict cue finds its object to be: `well qualified` in `deemed him well
    qualified` (a predicate of the object), `untrustworthy` in `considers the mayor
    untrustworthy` (a clause without a verb)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None and obj.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return None  # (`trips deemed non-essential`, the participle read as a verb)
    for child in verb.rights:
        # (`deemed the plan a failure`, the verdict parsed as a second object)
        if obj is not None and child.dep_ in {"oprd", "xcomp", "dobj"} and child.i > obj.i:
            return child
        if (
            child.dep_ == "ccomp"
            and child.pos_ in {"ADJ", "NOUN", "PROPN"}
            and any(c.dep_ == "nsubj" for c in child.children)
        ):
            return child
    return None


def _label_after_preposition(verb: Token) -> Token | None:
    """`as terrorists` in `referred to the rebels as terrorists`: the label a cue gives
    what its preposition names."""
    to = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None or any(c.dep_ == "dobj" for c in verb.children):
        return None  # (not `referred the case to a court as a precaution`)
    named = [c for c in to.children if c.dep_ == "pobj"]
    return next(
        (
            c
            for c in (*verb.rights, *(t for n in named for t in n.rights))
            if c.dep_ in {"prep", "oprd"} and c.lower_ == "as" and c.i > to.i
        ),
        None,
    )


#: Words opening a clause that gives a speaker's reason or condition: `because`, `if`.
_REASONS = _words("because since if unless so")
#: Cues whose object is whom they tell: `told reporters`, `reminded members that ...`
#: (not `urged restraint`, a thing urged).
_ADDRESSED_CUES = _words("tell remind assure inform warn notify brief")
#: Prepositions that set one act before or after another: `said no, before adding`.
_SEQUENCE_PREPS = _words("before after")


def _main_clause_read_as_reported(verb: Token, clause: Token) -> bool:
    """`Since the mayor announced her run, rents have soared`: a cue in a subordinate
    clause, with its object, whose sentence's main clause the parser hung on it as a
    complement after the comma."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or clause.i < obj.i:
        return False
    start = clause.left_edge.i
    while start < clause.i and doc[start].is_punct:
        start += 1
    return (
        any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children)
        and doc[start - 1].text == ","
        and obj.right_edge.i < start
    )


def _lowered_that_clause(verb: Token) -> Token | None:
    """`when he told the council at a hearing that workers were tired`: the cue's
    that-clause, which the parser hung lower down."""
    clause = _clausal_child(verb)
    if clause is None or clause.head.i == verb.i or not _has_that_mark(clause):
        return None
    return clause


def _that_clause_made_root(verb: Token) -> Token | None:
    """`Moscow has claimed, without evidence, that Kyiv plans ...`: the cue's that-clause
    the parser made the head of the cue, after a phrase set off by commas."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or verb.lemma_.lower() not in CUE_VERBS:
        return None
    if not any(m.dep_ == "mark" and m.lower_ == "that" and m.i > verb.i for m in head.children):
        return None
    return head


#: What is done to a meeting, a letter or an interview: `a briefing that he gave`.
_ACTS_ON_SETTINGS = _words(
    """give hold host write send deliver attend organize organise make call convene
    publish release post issue sign draft chair lead address air broadcast conduct grant
    arrange schedule read"""
)


def _that_read_as_relative(clause: Token, verb: Token) -> bool:
    """`said for the first time that emails were found`: a reported clause the parser
    made a relative clause of the noun before it, with `that` as an adverb and a subject
    of its own; or with `that` as an object beside the clause's own, the noun being
    when or where ``verb`` spoke (`predicted at the debate that voters will take every
    state`)."""
    opener = clause.doc[clause.left_edge.i]
    return (
        clause.dep_ == "relcl"
        and opener.lower_ == "that"
        and opener.head.i == clause.i
        and (
            opener.dep_ in {"advmod", "mark"}
            # (`predicted at the debate that voters will take every state`: `that` read
            # as an object beside the clause's own)
            or (
                opener.dep_ == "dobj"
                and (
                    any(c.dep_ == "dobj" and c.i != opener.i for c in clause.children)
                    # (`said at a briefing that troops were not needed`: not what is done
                    # to a briefing, `a briefing that he gave`)
                    or clause.lemma_.lower() not in _ACTS_ON_SETTINGS
                )
                and clause.head.dep_ == "pobj"
                and clause.head.head.lower_ in _SETTING_PREPS
                and clause.head.head.head.i == verb.i
            )
        )
        and any(c.dep_ in _SUBJECT_DEPS and c.i > opener.i for c in clause.children)
    )


def _has_that_mark(clause: Token) -> bool:
    """A clause with `that` as its conjunction."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _marked_that(clause: Token) -> bool:
    """A clause opened by `that` as a conjunction, not `so that`, `now that`, `such that`."""
    doc = clause.doc
    return any(
        m.dep_ == "mark"
        and m.lower_ == "that"
        and not (m.i > 0 and doc[m.i - 1].lower_ in {"so", "now", "such", "given", "provided"})
        for m in clause.children
    )


def _cue_chars(verb: Token) -> tuple[int, int]:
    """Character span of the cue's words (:func:`_cue_tokens`)."""
    tokens = _cue_tokens(verb)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _cue_tokens(verb: Token) -> list[Token]:
    """The cue's words: the verb with its auxiliaries and particles (`has said`, `pointing out`)."""
    tokens = [verb]
    named = _name_read_as_modal(verb)
    deps = {"aux", "auxpass", "prt"}
    if _belief_denied(verb, verb.lemma_.lower()):
        deps.add("neg")  # `don't think`: the negation makes the belief a denial
    for child in verb.children:
        if child.dep_ in deps and verb.i - 3 < child.i < verb.i + 3 and child != named:
            tokens.append(child)
        if child.dep_ == "dobj" and child.lower_ == "voa":
            tokens.append(child)  # `told VOA`
    tokens += _called_on(verb)  # `called on`
    tokens.sort(key=lambda t: t.i)
    # keep a contiguous run around the verb
    run = [verb]
    for t in sorted(tokens, key=lambda t: abs(t.i - verb.i)):
        if t.i == verb.i:
            continue
        if t.i == run[0].i - 1:
            run.insert(0, t)
        elif t.i == run[-1].i + 1:
            run.append(t)
    if verb.lemma_.lower() in {"make", "take"}:
        # `made clear`, `made the case`, `took credit`: the words that make it a statement.
        said = [c for c in verb.children if c.lower_ == "clear" or c.dep_ == "dobj"]
        said = [c for c in said if verb.i < c.i <= verb.i + 3]
        if said:
            run = list(verb.doc[run[0].i : said[-1].i + 1])
    return run


def _gerund_subject(verb: Token, clause: Token, lemma: str) -> bool:
    """`said legalizing it could create jobs`: the parser may take the gerund that is
    the reported clause's subject for the cue's complement, and hang the rest of the
    clause on it; a finite verb under the gerund shows it."""
    return (
        lemma in _SPEECH_VERBS | _RELATIVE_CUES
        and clause.tag_ == "VBG"
        and clause.left_edge.i == verb.i + 1
        and any(
            c.dep_ == "ccomp"
            and c.i > clause.i
            and (c.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(a.dep_ == "aux" for a in c.children))
            for c in clause.children
        )
    )


def _phone_call(verb: Token) -> bool:
    """`called Sanders to congratulate him`: `call` with a person right after it and an
    infinitive of purpose, a phone call (not `called on X to ...`, `called for X to ...`)."""
    if verb.lemma_.lower() != "call" or verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]
    purpose = any(
        c.dep_ in {"xcomp", "advcl"} and _infinitive_to(c) is not None for c in verb.children
    )
    if after.lower_ == "on" and after.head.i == verb.i:
        # `called on Friday to congratulate her`: when, not whom it calls on
        return purpose and _says_when(after)
    return (
        after.dep_ in {"dobj", "dative", "oprd"}
        and after.head.i == verb.i
        and (after.pos_ in {"PRON", "PROPN"} or after.ent_type_ == "PERSON")
        and purpose
        and not any(c.lower_ in {"on", "upon", "for"} for c in verb.children)
    )


def _says_when(prep: Token) -> bool:
    """Whether a preposition's object is a date or a time (`on Friday`)."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


def _called_on(verb: Token) -> list[Token]:
    """The `on` of `called on X to ...` right after the cue, with an infinitive after it."""
    return [
        c
        for c in verb.children
        if verb.lemma_.lower() == "call"
        # (or read as a particle with its object under it: `and called on all parties`)
        and c.dep_ in {"prep", "prt"}
        and c.lower_ in {"on", "upon"}
        and c.i == verb.i + 1
        # (not `called on Friday to congratulate her`: when the call was made)
        and not _says_when(c)
        and any(
            x.i > c.i
            and (x.dep_ == "xcomp" or (x.dep_ == "advcl" and _infinitive_to(x) is not None))
            for x in verb.children
        )
    ]


def _closed_conjuncts(verb: Token, clause: Token) -> tuple[Token, Token] | None:
    """`A, but B, officials said`: a cue closing a sentence of two clauses joined by a
    conjunction reports both, whether the parser made both its complements or made the
    cue a conjunct of the first. The first and last clause."""
    doc = verb.doc
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) >= 2 and any(t.dep_ == "cc" for t in doc[before[0].i : before[-1].left_edge.i]):
        return before[0], before[-1]
    head = verb.head
    if (
        verb.dep_ == "conj"
        and head.i < clause.i
        and head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "cc" and head.i < c.i < clause.left_edge.i for c in head.children)
    ):
        return head, clause
    return None


def _with_elided_participle(doc: Doc, verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """`said in a statement that nine people had been killed and 31 wounded`: a bare
    participle after `and`, with its auxiliary left out, goes on with what was said,
    though the parser joined it to the cue."""
    end = _token_at(doc, content[1] - 1) + 1
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return content
    elided = next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.tag_ == "VBN"
            and c.i > end
            and c.left_edge.i == end + 1
            and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)
        ),
        None,
    )
    if elided is None:
        return content
    last = doc[elided.right_edge.i]
    while last.is_punct and last.i > elided.i:
        last = doc[last.i - 1]
    return content[0], last.idx + len(last.text)


def _quotation_opened_after(sent: Span, verb: Token) -> tuple[int, int] | None:
    """`Asked directly, he said, "I don't know."`: after a participle of how the speaker
    came to speak, a quotation opened right after the cue (and its comma or colon) that
    runs to the end of the sentence is what was said, though the parser made the cue an
    aside of it (not `In cases of abortion, it said, "the woman is a victim"`, where the
    words before the cue are part of the quoted clause)."""
    doc = sent.doc
    at = verb.i + 1
    while at < sent.end and doc[at].text in {",", ":"}:
        at += 1
    if at >= sent.end or doc[at].text not in _QUOTE_MARKS:
        return None
    if any(t.text in _QUOTE_MARKS for t in doc[sent.start : verb.i]):
        return None
    opener = doc[sent.start]
    if not (opener.tag_ in {"VBN", "VBG"} and opener.dep_ == "advcl"):
        return None  # (`In cases of abortion, it said, "the woman is a victim"`: one clause)
    close = next((t.i for t in doc[at + 1 : sent.end] if t.text in _QUOTE_MARKS), None)
    if close is None or any(not (t.is_punct or t.is_space) for t in doc[close + 1 : sent.end]):
        return None
    return _trimmed_chars(doc, at + 1, close)


def _verb_content(
    sent: Span, verb: Token, lemma: str, stop: int | None = None
) -> tuple[int, int] | None:
    chars = _verb_content_as_parsed(sent, verb, lemma, stop)
    if chars is not None and lemma == "tell":
        chars = _after_the_told(verb, chars)
    if chars is None and lemma == "tell":
        chars = _clause_around_told(verb)
    if chars is None and lemma in {"tell", "say"} | _REMINDING:
        chars = _that_clause_read_as_relative(verb)
    if chars is None and lemma in _SPEECH_VERBS:
        chars = _clause_with_misread_verb(sent, verb)
    if chars is None and _closing_cue_read_as_relative(verb):
        # `Russia has freed Evan Gershkovich, the Kremlin announced`: all before the
        # comma that sets off the source
        last = sent.doc[verb.head.i]
        chars = (sent.start_char, last.idx + len(last.text))
    return chars


def _clause_with_misread_verb(sent: Span, verb: Token) -> tuple[int, int] | None:
    """`Ardakani said the drought could last months`: a reported clause whose verb the
    tagger took for an adjective (`last`), so that the parser hung its subject and modal
    on it and gave the cue no clause; from the subject to the sentence's end."""
    doc = verb.doc
    if verb.i + 2 >= sent.end or doc[verb.i + 1].is_punct:
        return None
    subject = next(
        (
            t
            for t in doc[verb.i + 1 : sent.end]
            if t.dep_ in _SUBJECT_DEPS
            and t.head.i > t.i
            and (t.head.pos_ not in {"VERB", "AUX"} or t.head.dep_ == "amod")
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.head.children)
        ),
        None,
    )
    if subject is None or subject.left_edge.i != verb.i + 1:
        return None
    end = sent.end
    while end > subject.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[subject.left_edge.i].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _closing_cue_read_as_relative(verb: Token) -> bool:
    """`Russia has freed Evan Gershkovich, the Kremlin announced.`: a cue that closes
    its sentence after its source, with nothing after it, which the parser made a
    relative clause of the last noun before the comma."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in {"VBD", "VBZ"}
        and subject is not None
        and subject.tag_ not in _RELATIVE_TAGS
        and subject.lower_ != "that"
        and subject.left_edge.i == verb.head.i + 2
        and doc[verb.head.i + 1].text == ","
        and verb.head.i > verb.sent.start + 1
        and all(t.is_punct for t in doc[verb.i + 1 : verb.sent.end])
    )


#: Places one calls: `called the farmers market`.
_WORKPLACES = _words("market office station hotline center centre shop store desk line")


def _label_read_as_compound(obj: Token) -> bool:
    """`called the accusations nonsense`, `called the seizures theft`: what was called so
    and the bare label, which the parser read as one noun with the first as its word."""
    return (
        obj.tag_ == "NN"
        # (a label, not a body one calls: `called the workers union`)
        and obj.lemma_.lower() not in _BODY_WORDS | _INSTITUTION_WORDS | _WORKPLACES
        and not any(c.dep_ in {"det", "poss", "amod"} and c.i > obj.i - 2 for c in obj.children)
        and any(
            c.dep_ == "compound"
            # (a plural, which no compound takes: not `called the police station`)
            and c.tag_ == "NNS"
            and c.i == obj.i - 1
            and any(
                d.dep_ == "det" and d.lower_ in {"the", "these", "those"} and d.i == c.i - 1
                for d in obj.children
            )
            for c in obj.children
        )
    )


def _relative_clause_close(verb: Token) -> int | None:
    """`The strike, which officials say killed 12 people, hit a market`: a cue in a
    relative clause set off by commas, whose clause the parser ran on into the sentence's
    own verb after the closing comma; where what was said ends."""
    doc = verb.doc
    if verb.dep_ != "relcl" or doc[verb.left_edge.i - 1].text != ",":
        return None
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "conj"} and c.i > verb.i]
    if len(clauses) < 2:
        return None
    comma = doc[clauses[1].left_edge.i - 1]
    if comma.text != ",":
        return None
    last = doc[comma.i - 1]
    return last.idx + len(last.text)


#: Where words are given, which a that-clause after them does not describe: `told a news
#: conference that ...`.
_OCCASIONS = _words(
    """conference briefing meeting rally gathering session interview summit audience crowd
    forum hearing parliament reporters journalists"""
)


#: Cues told to someone that the parser may read the that-clause after as describing
#: them: `reminded all parties that ...`.
_REMINDING = _words("remind assure inform")


def _that_clause_read_as_relative(verb: Token) -> tuple[int, int] | None:
    """`Balde told a news conference in the capital that the borders would reopen`: the
    clause the parser read as a relative clause on where the words were given, with a
    subject of its own after `that`, is what was said."""
    doc = verb.doc
    for clause in verb.subtree:
        if clause.dep_ != "relcl" or clause.i < verb.i:
            continue
        # (the noun it hangs on, and those up to the cue: `a news conference in the
        # capital`, through its object and the phrases on it)
        chain = [clause.head]
        while chain[-1].i != verb.i and chain[-1].dep_ in {"dobj", "pobj", "prep"}:
            chain.append(chain[-1].head)
        that = doc[clause.left_edge.i]
        if (
            chain[-1].i == verb.i
            and (
                any(t.lemma_.lower() in _OCCASIONS for t in chain)
                # (or on whom it was told: `reminded all parties that ambulances are
                # protected`, with `that` read as a second subject)
                or (verb.lemma_.lower() in _REMINDING and clause.head.dep_ == "dobj")
            )
            and that.lower_ == "that"
            and (that.dep_ not in _SUBJECT_DEPS or verb.lemma_.lower() in _REMINDING)
            and any(c.dep_ in _SUBJECT_DEPS and c.i > that.i for c in clause.children)
        ):
            last = clause.right_edge
            return doc[that.i + 1].idx, last.idx + len(last.text)
    return None


def _clause_around_told(verb: Token) -> tuple[int, int] | None:
    """`The attack, the army told AFP, was cowardly`: a clause the cue is set off in,
    which the parser cut in two around it, its subject hung loose on the cue and its verb
    joined to it; the clause around the cue is what was said (the cue inside it, as a
    cue set off inside what was said stays)."""
    doc = verb.doc
    fronted = next(
        (
            c
            for c in verb.children
            if (
                c.dep_ == "dep"
                # (or read as a second subject: `The ruling, the lawyer told AFP, was`)
                or (
                    c.dep_ == "nsubj"
                    and any(g.dep_ == "nsubj" and c.i < g.i < verb.i for g in verb.children)
                )
            )
            and c.i < verb.i
            and c.pos_ in {"NOUN", "PROPN", "PRON"}
            and doc[c.right_edge.i + 1].text == ","
        ),
        None,
    )
    rest = next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.i > verb.i
            and c.pos_ in {"VERB", "AUX"}
            and doc[c.left_edge.i - 1].text == ","
            and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
        ),
        None,
    )
    if fronted is None or rest is None:
        return None
    last = rest.right_edge
    while last.i > rest.i and (last.is_punct and last.text not in _CLOSING_MARKS):
        last = doc[last.i - 1]
    return fronted.left_edge.idx, last.idx + len(last.text)


def _after_the_told(verb: Token, chars: tuple[int, int]) -> tuple[int, int]:
    """`told Reuters exports had recovered`, `told reporters exports had recovered`: the
    one told, which the parser joined to the reported clause's subject, is no part of
    what was said, and the subject is."""
    doc = verb.doc
    told = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i > verb.i and any(g.dep_ == "compound" for g in c.children)
        ),
        None,
    )
    if told is not None and (
        told.right_edge.i + 1 >= len(doc) or doc[told.right_edge.i + 1].idx != chars[0]
    ):
        told = None  # (`told VOA Mandarin that ...`: what was said is not right after)
    first = told.left_edge if told is not None else doc[_token_at(doc, chars[0])]
    if told is None and first.i > verb.i + 2:
        # `told VOA armed men had patrolled the area`: the subject read as the object
        # the one told names, left out of a clause with no subject of its own
        read_as_told = next(
            (
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and c.left_edge.i == verb.i + 1
                and c.right_edge.i == first.i - 1
            ),
            None,
        )
        clause = first.head if first.dep_ in {"aux", "auxpass", "neg"} else first
        if (
            read_as_told is not None
            and doc[verb.i + 1].dep_ in {"compound", "nmod"}
            and _one_told(doc[verb.i + 1])
            and not any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
        ):
            return doc[verb.i + 2].idx, chars[1]
    if not (first.dep_ in {"compound", "nmod"} and first.i == verb.i + 1 and _one_told(first)):
        return chars
    rest = doc[first.i + 1]
    return (min(chars[0], rest.idx) if told is not None else rest.idx), chars[1]


def _one_told(token: Token) -> bool:
    """Whether a word names who is told: `reporters`, or a news agency (`Reuters`)."""
    return token.lemma_.lower() in _TOLD_PEOPLE or (
        token.pos_ == "PROPN" and token.text in _NEWS_AGENCIES
    )


#: Outlets that are told things: `told Reuters`.
_NEWS_AGENCIES = frozenset(
    (
        *("Reuters", "AP", "AFP", "VOA", "BBC", "CNN", "Bloomberg", "Xinhua", "TASS", "Interfax"),
        *("RFE/RL", "DW", "NPR", "Kyodo", "Yonhap", "PTI", "ANI", "IRNA", "Anadolu", "EFE"),
        *("Politico", "POLITICO", "Axios", "Semafor", "NBC", "ABC", "CBS", "Euronews", "Yle"),
        *("Haaretz", "Kommersant", "Al Jazeera", "France 24", "Sky News", "The Guardian"),
    )
)


#: Participles that give the name one is known by: `a resident identified only as Abeba`.
_NAMED_AS = _words("identified named known called")


def _named_as(verb: Token) -> Token | None:
    """`a resident identified only as Abeba told VOA`, `a man who gave his name as Moussa
    told VOA`, parsed with `as Abeba told VOA` a clause of the participle or the relative
    clause: the one described, whom the cue's subject names."""
    head = verb.head
    gave_name = head.lemma_ == "give" and any(
        c.dep_ == "dobj" and c.lower_ == "name" for c in head.children
    )
    if not (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "PROPN" for c in verb.children)
    ):
        return None
    if (head.lower_ in _NAMED_AS and head.dep_ == "acl") or (gave_name and head.dep_ == "relcl"):
        return head.head
    if head.lower_ in _NAMED_AS and head.dep_ == "ROOT":
        # (or the participle made the sentence's verb, the one described its subject)
        return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return None


def _quotation_before_one_named_as(sent: Span, verb: Token) -> tuple[int, int] | None:
    """What a cue after a quotation says, where its subject is the name a description
    gives (`"We are afraid," a resident identified only as Abeba told VOA`): the
    quotation, inside its marks."""
    described = _named_as(verb)
    if described is None or not (described.head.i == sent.root.i or described.i < sent.root.i):
        return None
    doc = sent.doc
    marks = [t for t in doc[sent.start : described.left_edge.i] if t.text in _QUOTE_MARKS]
    if len(marks) < 2:
        return None
    return _inside_marks(doc, (marks[0].idx, marks[-1].idx + 1))


def _verb_content_as_parsed(
    sent: Span, verb: Token, lemma: str, stop: int | None = None
) -> tuple[int, int] | None:
    doc = sent.doc
    if _citing_before_the_clause(verb):
        return None  # `said, citing intelligence, that ...`: whence, not what
    described = _described_by_cue(verb)
    if described is not None:
        return described
    if (quoted := _quotation_before_one_named_as(sent, verb)) is not None:
        return quoted
    if lemma in {"make", "take"}:
        clause = _made_statement(verb)
        return None if clause is None else _subtree_chars(doc, clause, clause, skip=verb)
    figure = _figure_stated(verb)
    if figure is not None:
        return _subtree_chars(doc, figure[0], figure[1], skip=verb)
    that = _that_subject_after_cue(sent, verb) if lemma in _SPEECH_VERBS else None
    if that is not None:
        # `said in a statement that wounded civilians were evacuated`, read with a
        # relative clause of the statement: what follows `that` is what was said, to
        # the end of the clause hung on the cue
        clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i > that.i)
        return _subtree_chars(doc, doc[that.i + 1], clause, skip=verb)
    told = _clause_read_as_medias_relative(verb) if lemma in _SPEECH_VERBS else None
    if told is not None:
        return _subtree_chars(doc, doc[told.left_edge.i + 1], told, skip=verb)
    if lemma in _NAMING_CUES:
        judged = _called(verb)
        if judged is not None:
            # `called Oz a quack`, `called her "third-rate"`: a judgement, the object
            # and what it is called, however the parser split them.
            return _subtree_chars(doc, judged[0], judged[1], skip=verb)
    clause = _clausal_child(verb)
    if (
        clause is not None
        and clause.lemma_.lower() in _DENIAL_CUES | _DISPUTE_CUES | {"verify", "confirm"}
        and _claim_noun_read_as_subject(clause) is not None
    ):
        # `said the closures are temporary, a claim activists reject` (`..., an account
        # Reuters could not verify`), parsed with the rejection as what was said and the
        # clause as what it rejects
        clause = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), clause)
    if clause is None and lemma in _SPEECH_VERBS:
        read_as_object = _clause_read_as_object(verb)
        if read_as_object is not None:
            return _subtree_chars(doc, read_as_object, read_as_object, skip=verb, stop=stop)
    if lemma == "say" and clause is None:
        answer = _short_answer(verb)
        if answer is not None:
            return _subtree_chars(doc, answer[0], answer[1], skip=verb)
    if (
        clause is not None
        and clause.dep_ == "xcomp"
        and lemma in _GERUND_CUES
        and (
            clause.tag_ == "VBG"
            # (`denied being involved`, `denied having carried out the strike`: the
            # gerund an auxiliary of the participle)
            or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBG" and c.i < clause.i
                for c in clause.children
            )
        )
    ):
        # `routinely deny providing sanctuary`: the gerund is what is denied or admitted.
        return _subtree_chars(doc, clause, clause, skip=verb)
    # (`called Sanders to congratulate him`: a phone call, with its purpose; `called on
    # X to ...` urges)
    phone_call = _phone_call(verb)
    if clause is not None and (
        clause.dep_ != "xcomp"
        or (lemma in _XCOMP_CUES and not phone_call)
        or _quoted_after(verb, clause)
        or _gerund_subject(verb, clause, lemma)
        # (`said only that the inquiry was "proceeding fairly"`: a that-clause with its
        # own subject, however the parser named it)
        or (
            _has_that_mark(clause)
            and any(c.dep_ in _SUBJECT_DEPS and c.i < clause.i for c in clause.children)
        )
    ):
        if clause.dep_ == "xcomp" or clause == _urged_infinitive(verb):
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            # `called on member states to agree ...`: whom it calls on, as `urged X to`
            objects = objects or [
                g for c in _called_on(verb) for g in c.children if g.dep_ == "pobj"
            ]
            start_tok = objects[0] if objects else clause
            return _subtree_chars(doc, start_tok, clause, skip=verb)
        subject_read_as_verb = _subject_read_as_verb(verb, clause)
        if subject_read_as_verb is not None:
            # `said in a statement that flows at the dam had fallen`: the clause's
            # subject read as a verb (and `that` as its subject, no part of the clause)
            first, last = subject_read_as_verb
            chars = _subtree_chars(doc, first, last, skip=verb, stop=stop)
            return None if chars is None else (max(chars[0], first.idx), chars[1])
        subject_read_as_object = _subject_read_as_object(verb, clause, lemma)
        if subject_read_as_object is not None:
            # `Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism`: the clause's
            # subject parsed as the cue's object, and the clause left without one.
            chars = _subtree_chars(doc, subject_read_as_object, clause, skip=verb, stop=stop)
            opener = doc[subject_read_as_object.left_edge.i]
            if chars is not None and lemma == "warn" and opener.lower_ == "that":
                # (`warn that type 2 diabetes could ...`: `that` read as its determiner)
                chars = (doc[opener.i + 1].idx, chars[1])
            return chars
        # `said IS Sahel's strategy appears ...`: the parser may split one reported
        # clause into two complements side by side; the content runs over both.
        last = clause
        for child in verb.rights:
            if (
                child.dep_ == "ccomp"
                and child.i > last.i
                and clause.i > verb.i
                and child.lemma_.lower() not in CUE_VERBS
                and child.left_edge.i == last.right_edge.i + 1
                and not doc[last.right_edge.i].is_punct
            ):
                last = child
            elif (
                child.dep_ == "dobj"
                and child.i > last.right_edge.i
                and clause.i > verb.i
                and child.left_edge.i == last.right_edge.i + 2
                and doc[last.right_edge.i + 1].text == ","
                and doc[last.right_edge.i].pos_ in {"PROPN", "NOUN"}
            ):
                # `... an extension of EUFOR, the European force in Bosnia, at the
                # council`: an apposition of the clause's last noun, hung on the cue
                last = child
            elif (
                child.dep_ == "ccomp"
                and child.i > last.right_edge.i
                and clause.i > verb.i
                and child.left_edge.i - 1 in {last.right_edge.i, last.right_edge.i + 1}
                and doc[child.left_edge.i - 1].text == ","
                and _some_of_them(child)
            ):
                # `said 120 people had been killed, many of them women`: who they were,
                # read as a second complement
                last = child
            elif (
                child.dep_ == "conj"
                and child.i > last.right_edge.i
                and clause.i > verb.i
                and verb.tag_ == "VBD"
                and not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
                and any(
                    c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "should"}
                    for c in child.children
                )
                and verb.doc[child.left_edge.i - 1].lower_ in {"but", "and"}
            ):
                # `said the United States "stands ready to engage" but would not lift its
                # sanctions`: what the speaker said would be, joined to the cue, is said
                last = child
            elif (
                child.dep_ == "conj"
                and child.i > last.right_edge.i
                and clause.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in child.children)
            ):
                # `said Moscow was ready to talk, but only if Kyiv withdrew`: the condition
                # of what was said, hung on the cue as a second clause
                last = child
            elif (
                child.dep_ in {"ccomp", "npadvmod"}
                and child.i > last.right_edge.i
                and clause.head.i != verb.i
                and _after_a_comma(child)
                and child.left_edge.i <= last.right_edge.i + 2
                and child.lemma_.lower() not in CUE_VERBS
                and not _has_that_mark(child)
            ):
                # `said in a report that 460 people were held, many of them without
                # charge`: what goes on with a that-clause hung on `report`, hung on
                # the cue
                last = child
        first = clause
        if (
            clause.dep_ == "relcl"
            and clause.i > verb.i
            and clause.head.right_edge.i > last.right_edge.i
            and _that_read_as_relative(clause, verb)
        ):
            # `told reporters after a session that the army would begin disarmament
            # south of the river and then move north`: the reported clause read as a
            # relative clause of the setting's noun, its words after it hung on that noun
            last = clause.head
        if clause.i < verb.i:
            first, last = _closed_conjuncts(verb, clause) or (first, last)
            chars = _subtree_chars(doc, first, last, skip=verb, stop=stop)
            source = _subject(verb)
            if (
                chars is not None
                and source is not None
                and last.right_edge.i < source.left_edge.i < verb.i
                and doc[source.left_edge.i - 1].text == ","
                and (stop is None or source.left_edge.i - 1 <= stop)
                and not any(t.text in _QUOTE_MARKS for t in doc[first.i : source.left_edge.i])
            ):
                # `The strikes hit the port, the harbor and the depot, officials said`,
                # `China returned as many as 600 North Koreans, Human Rights Watch
                # said`: all before the comma that sets off the closing source is what
                # was said, wherever the parser hung its last words
                said_last = doc[source.left_edge.i - 2]
                chars = (chars[0], max(chars[1], said_last.idx + len(said_last.text)))
            return chars
        chars = _subtree_chars(doc, first, last, skip=verb, stop=stop)
        fronted = _clause_subject_before_source(verb, clause)
        if chars is not None and fronted is not None:
            # `Iran, Kanaani said Monday, would install new centrifuges`: the clause's
            # subject before the source, hung on the cue, is what was said too, as
            # where the parser left it in the clause (`The boat, the coastguard said, was
            # overloaded`)
            chars = (fronted.left_edge.idx, chars[1])
        return chars
    if verb.dep_ == "parataxis" and (quoted := _quotation_opened_after(sent, verb)):
        return quoted  # `Asked directly, he said, "I don't know."`: the quotation only
    if verb.dep_ in {"parataxis"} or (
        verb.dep_ in {"advcl", "ccomp"}
        and verb.head.i > verb.i
        and _is_parenthetical(verb)
        # `, while condemning the violence,`: a clause with its own object is not a
        # parenthetical cue of the clause around it.
        and not any(
            c.dep_ == "mark"
            or (c.dep_ == "dobj" and (lemma != "tell" or verb.tag_ == "VBG"))  # `told the Post`
            for c in verb.children
        )
    ):
        # `The West, he added, was ...`: the clause around the cue is the content; but
        # one the cue closes ends before it (`X, officials said, though the figure could
        # not be confirmed`: the reporter's clause after the cue is no part of it).
        # (But `X, he said, because Y`: the reason is the speaker's, and stays.)
        head = verb.head
        anchored = _setting_after(sent.doc, verb.right_edge.i + 1, sent.end)
        commented = _comment_after(sent, verb.right_edge.i + 1)
        if (
            (anchored or commented)
            and head.i > verb.i
            # (or as an object of the verb before: `Three guards died, the ministry said,
            # the latest in a series of raids`)
            and head.dep_ in {"advcl", "npadvmod", "appos", "dobj"}
            and head.head.i < verb.i
        ):
            # `X, officials said, hours before Y`, `X, the military said, the latest in a
            # series`, with the cue hung on the words after it: the cue closes the clause
            # they belong to.
            head = head.head
        elif anchored and head.i > verb.i:
            # (`X, a monitor said, hours after Y demanded Z`, with the time's clause made
            # the root and X hung on it: X is what was said)
            news = next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i), None)
            if news is not None:
                return _subtree_chars(doc, news, news, skip=None, stop=verb.left_edge.i)
        # (the clause's last word, not the line break the parser hung on its full stop)
        head_end = max(t.i for t in head.subtree if not (t.is_space or t.is_punct))
        closes = (
            verb.i > head.i
            and (
                verb.right_edge.i >= head_end
                or commented
                or anchored
                or _closes_before_reporters_tail(sent, verb.left_edge.i - 1, verb.right_edge.i + 1)
                # (past the comma the parser may hang on the cue itself, before the
                # reporter's noun: `Talks stalled, diplomats said, a setback that ...`,
                # `Five people died, police said, the latest in a string of attacks`, `...,
                # in the most serious incident in months`)
                or (
                    verb.right_edge.i + 2 < sent.end
                    and _reporters_noun_next(sent.doc[verb.right_edge.i + 1])
                    and _closes_before_reporters_tail(
                        sent,
                        next(t.i for t in verb.subtree if not t.is_punct) - 1,
                        verb.right_edge.i + 1,
                    )
                )
                # (`"They treated us like criminals," he said, "but we were peaceful."`: a
                # quotation the cue splits, whose second part is found as its own)
                or _splits_a_quotation(verb)
                # (`X, diplomats said, although Iran has not confirmed it`, the reporter's
                # doubt hung on X)
                or any(
                    c.dep_ == "advcl" and c.i > verb.i and _reporters_doubt(c) is not None
                    for c in head.children
                )
                # (`X, the diocese said, blaming separatists`: a participle of the cue's
                # speaker hung on X, a claim of its own)
                or _participle_cue_after(verb) is not None
                # (`X, a source said, and the premier declared Y`)
                or _reporters_clause_after_cue(verb) is not None
                # (`X, brokers said, asking not to be named`, hung on X)
                or _how_they_spoke_after(verb)
            )
            and not any(
                m.dep_ == "mark" and m.lower_ in _REASONS
                for c in verb.rights
                if c.dep_ == "advcl"
                for m in c.children
            )
        )
        return _subtree_chars(doc, head, head, skip=None, stop=verb.left_edge.i if closes else None)
    before = _words_before_closing_root(sent, verb)
    if before is not None:
        # `MAIDUGURI, Nigeria — Fighters killed 23 people, officials said Monday, the
        # latest ...`: the parser made the closing cue the root and hung what was said
        # on it as loose words
        return _sentence_chars(before)
    closing_subject = _closing_subject(sent, verb)
    if closing_subject is not None:
        # `The tool has made it possible for X, she said.`: a closing cue the parser hung
        # on the clause before it; that clause is the content, up to the cue's subject.
        return _subtree_chars(
            doc, verb.head, verb.head, skip=None, stop=closing_subject.left_edge.i - 1
        )
    after = verb.i + 1
    if (
        verb.dep_ == "ccomp"
        and verb.head.i > verb.i
        and after + 1 < verb.head.i
        and doc[after].text == ","
        and doc[after + 1].text in {*_QUOTE_OPEN, '"'}
    ):
        # `X recalled, "Out of nowhere, he said ..."`: the quote the parser made the
        # main clause, with the cue hanging on it.
        return _subtree_chars(doc, verb.head, verb.head, skip=verb)
    if _as_put_it(verb):
        # `As the minister put it, the ceasefire is "a pause"`: the clause it hangs on.
        head = verb.head
        return _subtree_chars(doc, head, head, skip=verb)
    if (
        verb.dep_ == "advcl"
        and lemma in _AS_SAID_CUES
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(
            c.dep_ in {"ccomp", "xcomp"}
            # `as Clinton told the Daily News, ...`: whom it was told
            or (c.dep_ == "dobj" and lemma != "tell")
            # `as the minister said on Friday, ...`: when or where it was said
            or (c.dep_ == "prep" and (lemma == "point" or c.lower_ not in _SETTING_PREPS))
            for c in verb.children
        )
    ):
        # `Scott had no gun, as police have said`: the clause the as-clause hangs on.
        head = verb.head
        return _subtree_chars(doc, head, head, skip=verb)
    if lemma in {"cite", "quote"} and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    ):
        return None  # `cited officials as saying X`: the officials' claim, found at `saying`
    if lemma in _LEGAL_CUES:
        named = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp", "oprd", "prep"}]
        named = [c for c in named if c.i > verb.i and (c.dep_ != "prep" or c.lower_ == "as")]
        if named:  # `defines Syria as an Arab republic`, `mandates (that) the president ...`
            return _subtree_chars(doc, named[0], named[-1], skip=verb)
    if lemma in _FINDING_CUES:
        # (`polls showing the mayor behind`: the participle's noun presents it)
        evidence = _of_collection(verb.head if verb.dep_ == "acl" else _subject(verb))
        # (`has shown him trailing`: the one shown read as an indirect object)
        obj = next(
            (c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None
        )
        if (
            obj is not None
            and evidence is not None
            and evidence.lemma_.lower() in _EVIDENCE_SOURCES | _DOCUMENT_NOUNS
            and obj.tag_ not in {"WP", "WDT"}
        ):
            # `Polls show a close contest`, `A trove of memos showed close ties`, `a survey
            # shows the mayor with a ten-point lead`: evidence presented by its source.
            last = max(
                (
                    c
                    for c in verb.children
                    if c.i > obj.i
                    and (
                        c.dep_ in {"oprd", "xcomp", "advcl"}
                        or (c.dep_ == "prep" and c.lower_ in _STANDING_PREPS)
                        # `showing the mayor far behind`, `showing rents up by a tenth`
                        or (c.dep_ == "advmod" and c.lower_ in _STANDINGS)
                    )
                ),
                key=lambda c: c.i,
                default=obj,
            )
            if obj.dep_ != "dative" or last.i != obj.i:
                return _subtree_chars(doc, obj, last, skip=verb)
    if lemma == "call":
        wanted = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and (
                    any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    # `calling on officials to loosen ...`: the
                    # infinitive the parser hung on the verb, what is called for.
                    # (not `called Alicia on Friday to express gratitude`: a phone call)
                    or (
                        _infinitive_to(c) is not None
                        and any(
                            p.dep_ == "prep" and p.lower_ == "on" and not _says_when(p)
                            for p in verb.children
                        )
                    )
                )
            ),
            None,
        )
        if wanted is not None:
            # `called for the names to be released`: the parser's `for` clause; `called
            # on Moscow to end the war`: whom it calls on too (the cue's `on`)
            called = [g for c in _called_on(verb) for g in c.children if g.dep_ == "pobj"]
            return _subtree_chars(doc, called[0] if called else wanted, wanted, skip=verb)
    if lemma in _OBJECT_CUES or lemma in _PREPOSITION_CUES:
        for child in verb.children:
            if (
                child.dep_ == "dobj"
                and lemma in _OBJECT_CUES
                and child.tag_ not in {"WP", "WDT"}
                and (lemma not in _ATTITUDE_CUES or child.lemma_.lower() in _ATTITUDES)
                # (`Troops massed at the border, raising fears of war`: what the deed
                # caused, not what anyone put out)
                and not (lemma == "raise" and verb.tag_ == "VBG" and verb.dep_ == "advcl")
                # (nor `his remarks have raised fears`: what was said caused them)
                and not (lemma == "raise" and _raised_by_a_deed(verb))
            ):
                if lemma == "point" and not any(c.dep_ == "prt" for c in verb.children):
                    continue  # `pointed a finger`; `pointed out the risk` is a statement
                if lemma in {"warn", "threaten"} and _addressee_only(verb, child):
                    # `Rutte warned Moscow`: whom, with nothing of what; `The ELN threatened
                    # social leaders`, a deed done to them
                    continue
                if lemma in {"challenge", "contest"} and child.lemma_.lower() not in _STATED_THINGS:
                    continue  # `challenged the results in court`: a deed, not words
                if lemma == "deny" and child.lemma_.lower() in _REFUSED_THINGS:
                    continue  # `denied the request`, `denied bail`: a refusal, not a denial
                if lemma == "dismiss" and _dismissed_from_a_post(child):
                    continue  # `dismissed two officers`: fired, not found untrue
                if lemma == "recall" and child.lemma_.lower() in _CALLED_BACK:
                    continue  # `recalled its ambassador`: called back, not remembered
                if lemma == "blast" and (
                    any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
                    or child.lemma_.lower() in _VESSELS | _SOUNDERS
                ):
                    continue  # `blasted the boat with water`, `its siren`: a deed
                if lemma == "warn" and any(
                    c.dep_ in {"prt", "advmod"} and c.lower_ in {"off", "away"}
                    for c in verb.children
                ):
                    continue  # `warned off the boats`, `warned ships away`: drove them off
                if (
                    lemma == "cite"
                    and verb.tag_ == "VBG"
                    and (
                        child.ent_type_ in {"PERSON", "ORG"}
                        or child.lemma_.lower() in _CITED_SOURCES
                    )
                    and not any(c.lower_ == "as" for c in (*verb.children, *child.children))
                ):
                    continue  # `reported, citing a judiciary official, that ...`: whence
                if lemma == "defend" and (
                    child.lemma_.lower() in _DEFENDED_GROUND or child.ent_type_ in {"GPE", "LOC"}
                ):
                    continue  # `would defend its territory`: a fight, not an argument
                if lemma == "identify" and child.lower_.endswith(("self", "selves")):
                    # `who identified himself as Habtamu`, `as a veterans leader`: who one
                    # is, given to be named by
                    return None
                if (
                    lemma == "call"
                    and verb.dep_ == "relcl"
                    and child.tag_ in {"WDT", "WP"}
                    and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children)
                ):
                    return None  # `the Senkaku Islands, which China calls the Diaoyu`
                if lemma == "call" and (
                    phone_call
                    or not (
                        any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children)
                        or _label_read_as_compound(child)
                    )
                ):
                    continue  # `called Alicia Machado`: a phone call, not a statement
                as_phrase = _as_judgement(verb, child)
                # `described scenes of panic`: an account given; the others judge only
                # with `as`
                if lemma in _AS_CUES and (as_phrase is not None or lemma != "describe"):
                    if as_phrase is None:
                        continue  # `portrayed the general`: a judgement only with `as`
                    return _subtree_chars(doc, child, as_phrase, skip=verb)
                extra = [
                    c
                    for c in verb.children
                    if (
                        c.dep_ in {"prep", "xcomp", "oprd"}
                        or (c.dep_ == "dobj" and lemma in _VERDICT_CUES)
                    )
                    and c.i > child.i
                    # `criticized X for Y`, not `criticized X after the event`
                    and (c.dep_ != "prep" or _holds_preposition(c, lemma))
                ]
                if lemma == "accuse" and not any(c.lower_ == "of" for c in extra):
                    # `accused Hezbollah, without providing evidence, of smuggling
                    # weapons`: the `of` the parser hung on the aside set off by commas
                    extra = [
                        g
                        for c in verb.children
                        if c.dep_ == "prep" and c.i > child.i and doc[c.i - 1].text == ","
                        for g in c.children
                        if g.dep_ == "prep" and g.lower_ == "of" and doc[g.i - 1].text == ","
                    ] or extra
                # `accused X of Y`: the verb's phrase completes the object, unless the
                # object has its own (`voiced concern over X, with Y speaking ...`).
                # (but `accused allies of Zelensky of running a scheme`: the object's own
                # phrase, then the one the cue holds)
                own = any(c.dep_ == "prep" for c in child.children) and not (
                    extra
                    and extra[0].dep_ == "prep"
                    and extra[0].lower_ == "of"
                    and lemma == "accuse"
                )
                last = extra[0] if extra and lemma in _OBJECT_PLUS_CUES and not own else child
                if as_phrase is not None and as_phrase.i > last.i:
                    last = as_phrase  # `mocked the budget as a wish list`: the judgement too
                last = _object_runs_on(verb, last)
                return _subtree_chars(doc, child, last, skip=verb, stop=_date_in_object(child))
            if (
                child.dep_ == "prep"
                and child.lower_ in _PREPOSITION_CUES.get(lemma, ())
                # `On state television, the minister called for calm`: where, not whom
                and child.i > verb.i
            ):
                objs = [
                    c
                    for c in child.children
                    if c.dep_ in {"pobj", "pcomp"}
                    # `called on Friday for an inquiry`: when, not whom or what
                    and c.ent_type_ not in {"DATE", "TIME"}
                    # `agreed with her assessment`, not `agreed with him`: a view, not whose
                    and not (lemma == "agree" and (c.pos_ != "NOUN" or c.ent_type_))
                ]
                if objs:  # `called for an end to X and for Y`: the whole phrase
                    label = _label_after_preposition(verb) if lemma in _LABEL_ONLY_CUES else None
                    return _subtree_chars(doc, objs[0], label or child, skip=verb)
    if lemma in _CLAUSE_CUES:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and obj.right_edge.i - obj.left_edge.i >= 3:
            # `says the populist movement sweeping the country appeals to ...`: these verbs
            # report clauses, so a long object, or one the sentence runs on after, is a
            # clause the parser misread (not `said a short prayer`); the content runs
            # from it to the end of the sentence.
            end = sent.end - 1
            while end > obj.i and (doc[end].is_punct or doc[end].is_space):
                end -= 1
            runs_on = end > obj.right_edge.i
            if runs_on or obj.right_edge.i - obj.left_edge.i >= 6:
                return obj.left_edge.idx, doc[end].idx + len(doc[end].text)
    if (
        verb.i + 2 < sent.end
        and doc[verb.i + 1].lower_ == "that"
        and doc[verb.i + 1].dep_ == "mark"
        and doc[verb.i + 1].head.i > verb.i + 1
    ):
        # `agreed that the Treasury has limited power ...`: `that` right after the cue
        # opens what it reports, however the parser hung the words after it.
        end = sent.end - 1
        while end > verb.i + 2 and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return doc[verb.i + 2].idx, doc[end].idx + len(doc[end].text)
    if lemma in {"tell", "say"}:
        found = _clause_right_after(sent, verb)
        if found is not None:
            # `after Trump told the Post he was not there yet`, `with McCain telling
            # reporters on Thursday he viewed Obama as responsible`: the parser hung the
            # reported clause elsewhere, even made the cue hang on it.
            subject, clause = found
            return _subtree_chars(doc, subject, clause, skip=None)
    return None


def _clause_read_as_medias_relative(verb: Token) -> Token | None:
    """`said in a broadcast that Kim had ordered him to block the chamber`, read as a
    relative clause of the medium whose `that` is an object inside it: the clause the cue
    reports, where the cue has no clause of its own."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    phrase = next((c for c in verb.rights if c.dep_ == "prep"), None)
    if phrase is None or phrase.i != verb.i + 1:
        return None
    medium = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if medium is None or medium.lemma_.lower() not in _SAYING_MEDIA:
        return None
    return next(
        (
            c
            for c in medium.children
            if c.dep_ == "relcl"
            and c.i > medium.i
            and (that := verb.doc[c.left_edge.i]).lower_ == "that"
            and c.right_edge.i == medium.right_edge.i
            and any(s.dep_ in _SUBJECT_DEPS and s.tag_ not in _RELATIVE_TAGS for s in c.children)
            # (not a relative clause indeed: `a video that he had posted`, `a video that
            # he said showed ...`)
            and c.lemma_.lower() not in _ANY_CUE_VERBS
            and (that.head.i != c.i or any(d.dep_ == "dobj" and d.i != that.i for d in c.children))
        ),
        None,
    )


def _that_subject_after_cue(sent: Span, verb: Token) -> Token | None:
    """A `that` right after the cue's own phrases (`said in a statement that ...`) that
    the parser made the subject of a relative clause of the phrase's noun, leaving the
    clause after it hung on the cue without a subject of its own."""
    doc = sent.doc
    phrases = [c for c in verb.rights if c.dep_ in {"prep", "npadvmod"}]
    if not phrases or phrases[0].i != verb.i + 1:
        return None
    that = next((t for t in doc[verb.i + 2 : sent.end] if t.lower_ == "that"), None)
    if that is None or that.i + 2 >= sent.end or that.dep_ not in _SUBJECT_DEPS:
        return None
    relative = that.head
    if not (
        relative.dep_ == "relcl"
        and phrases[0].is_ancestor(relative)
        and all(phrases[0].is_ancestor(t) for t in doc[verb.i + 2 : that.i])
        and any(c.dep_ == "ccomp" and c.i > relative.i for c in verb.children)
    ):
        return None
    return that


def _clause_right_after(sent: Span, verb: Token) -> tuple[Token, Token] | None:
    """The subject and verb of a finite clause that starts right after the cue and its own
    words (whom it was told, when), wherever the parser attached it."""
    doc = sent.doc
    start = verb.right_edge.i + 1
    if start >= sent.end or doc[start].is_punct:
        return None
    if any(c.tag_ in {"WP", "WDT", "WRB"} for c in verb.subtree if c.i < verb.i):
        return None  # `what Obama says is now the baseline`: what was said, not said here
    for token in doc[start : sent.end]:
        subject = next((c for c in token.lefts if c.dep_ in {"nsubj", "expl"}), None)
        if subject is None or subject.left_edge.i != start:
            continue
        finite = token.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
            c.dep_ == "aux" for c in token.children
        )
        return (subject, token) if finite and token.i > verb.i else None
    return None


#: What `made the X that ...` states: `made the case that`, `made the point that`.
_MADE_STATEMENTS = _words(
    """case point argument observation claim allegation accusation promise pledge prediction
    statement assertion suggestion"""
)


def _made_statement(verb: Token) -> Token | None:
    """The that-clause of `made clear that ...`, `made it clear that ...`, `made the case
    that ...`, or what `took credit for ...` claims: a statement in a light verb's words."""

    def that_clause(head: Token) -> Token | None:
        return next(
            (
                c
                for c in head.children
                if c.dep_ in {"ccomp", "advcl", "acl"} and c.i > head.i and _has_that_mark(c)
            ),
            None,
        )

    if verb.lemma_.lower() == "take":
        attacked = _taken_aim_at(verb)
        if attacked is not None:
            return attacked
        # `took credit for the attack`, `took responsibility for X`: a claim of it.
        claimed = next(
            (
                c
                for c in verb.children
                if c.i > verb.i and c.dep_ == "dobj" and c.lower_ in _ACCEPTED_CLAIMS
            ),
            None,
        )
        if claimed is None:
            return None
        reason = next((p for p in (*claimed.children, *verb.children) if p.lower_ == "for"), None)
        if reason is None:
            return None
        return next((c for c in reason.children if c.dep_ in {"pobj", "pcomp"}), None)
    for child in verb.children:
        if child.i <= verb.i:
            continue
        if child.lower_ == "clear" and child.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}:
            return that_clause(child) or that_clause(verb)
        if child.dep_ == "dobj" and child.lemma_.lower() in _MADE_STATEMENTS | _MADE_PLEAS:
            return that_clause(child) or _made_plea(verb, child)
        if (
            child.dep_ == "dobj"
            and child.lower_ == "secret"
            and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        ):
            # `made no secret of his plans`: said them openly.
            of = next((p for p in child.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            return (
                next((c for c in of.children if c.dep_ in {"pobj", "pcomp"}), None) if of else None
            )
    return None


#: What a count puts at a number: `put the death toll at 40`, `put the cost at $2 million`.
_FIGURES = _words("figure toll number tally count cost losses estimate total crowd turnout")


def _figure_stated(verb: Token) -> tuple[Token, Token] | None:
    """`Ukraine's air force put the figure at 25`, `officials raised the death toll to
    60`, `Police estimated the crowd at 55,000`: a count stated, the figure and where it
    is put or moved."""
    lemma = verb.lemma_.lower()
    wanted = "at" if lemma in {"put", "estimate"} else "to" if lemma in _FIGURE_MOVES else None
    if wanted is None:
        return None
    figure = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            # (or one it stands for: `State media said 1,000 had died. Aid groups put it
            # at 3,000`)
            and (
                c.lemma_.lower() in _FIGURES
                or (c.lower_ == "it" and lemma == "put")
                # (any count put at a number: `Police put attendance at 60,000`)
                or (
                    c.pos_ == "NOUN"
                    and any(
                        p.dep_ == "prep"
                        and p.lower_ == wanted
                        and any(g.dep_ == "pobj" and g.like_num for g in p.children)
                        for p in (*verb.children, *c.children)
                    )
                )
            )
        ),
        None,
    )
    if figure is None:
        return None
    at = next(
        (
            p
            for p in (*verb.children, *figure.subtree)
            if p.dep_ == "prep"
            and p.lower_ == wanted
            and p.i > figure.i
            # (`put the number of soldiers killed at 58`: hung on the figure's own words)
            and (p.head in (verb, figure) or any(c.like_num for c in p.children))
        ),
        None,
    )
    if at is not None and figure.lower_ == "it" and not any(t.like_num for t in at.subtree):
        return None  # `put it at the center of the talks`: no count
    if at is None:
        # `Aid groups put the toll far higher`: a count put above (or below) another
        higher = next(
            (
                c
                for c in verb.children
                if lemma == "put" and c.i > figure.i and c.tag_ in {"RBR", "JJR"}
            ),
            None,
        )
        return None if higher is None else (figure, higher)
    # `raised the toll to 60 from the blasts at the school`: what the count is of
    of = next(
        (
            p
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "from" and p.i == at.right_edge.i + 1
        ),
        None,
    )
    # `put the toll at eight dead and 400 injured`, `at 12 and the number of injured at
    # 300`: a second count joined to the first, which the parser joined to the verb
    second = next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.i > at.right_edge.i
            and verb.doc[c.left_edge.i - 1].lower_ == "and"
            and c.left_edge.i - 1 == (of or at).right_edge.i + 1
            and any(t.like_num for t in c.subtree)
        ),
        None,
    )
    return figure, second or of or at


#: What `took a X at ...` aims at one: `took aim at the levy`, `took a swipe at rivals`
#: (not `shot`, which may be fired).
_TAKEN_SHOTS = _words("aim swipe swipes jab jabs dig digs whack")


def _taken_aim_at(verb: Token) -> Token | None:
    """What `took aim at X`, `took a swipe at X` or `took issue with X` judges: a
    criticism in a light verb's words."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        lower = obj.lower_
        wanted = "at" if lower in _TAKEN_SHOTS else "with" if lower == "issue" else None
        if wanted is None:
            continue
        for prep in (*obj.children, *verb.children):
            if prep.dep_ == "prep" and prep.lower_ == wanted and prep.i > obj.i:
                return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


#: What `made a X for ...` or `made a X to ...` asks or promises: `made a plea for calm`,
#: `made a commitment to rebuild`, `made the case for a levy`.
_MADE_PLEAS = _words("plea appeal call commitment case argument promise pledge")


def _made_plea(verb: Token, noun: Token) -> Token | None:
    """What a plea, case or promise made is for: the object of `for` on the noun or the
    verb (`made a plea for the party to unite`), or the noun's infinitive (`made a
    commitment to rebuild the port`)."""
    if noun.lemma_.lower() not in _MADE_PLEAS:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # `made no promise to ...`
    for prep in (*noun.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i > noun.i:
            return next(
                (
                    c
                    for c in prep.children
                    # (not `making the case for weeks`: how long)
                    if c.dep_ in {"pobj", "pcomp"} and c.ent_type_ not in {"DATE", "TIME"}
                ),
                None,
            )
        if (
            prep.dep_ in {"advcl", "acl"}
            and prep.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in prep.children)
        ):
            return prep  # `made a plea for the council to unite`
    if noun.lemma_.lower() in _NOUN_INFINITIVES:
        return None  # `made a promise to reopen it`: the noun's own claim
    return next(
        (c for c in noun.children if c.dep_ in {"acl", "relcl"} and _infinitive_to(c) is not None),
        None,
    )


#: Words that answer for a clause said before: `said yes`, `said so`, `said no to X`.
_ANSWER_WORDS = _words("yes no so")
#: What an answer is about, when the parser hung it on the cue: `said the same of X`.
_ANSWER_TOPICS = _words("of for about to")


def _short_answer(verb: Token) -> tuple[Token, Token] | None:
    """`41 percent said the same`, `a third said so`, `the mayor said no`: an answer that
    stands for a clause said before (a poll's figures, a reply to a question); its first
    and last words, with what it is about (`said the same of X`). Only what was said:
    not `would say no if asked`, `to say so`."""
    if _modal_or_infinitive(verb):
        return None
    answer = next(
        (
            c
            for c in verb.children
            if c.left_edge.i == verb.i + 1
            and (
                (c.lower_ == "same" and any(d.lower_ == "the" for d in c.children))
                or (c.lower_ in _ANSWER_WORDS and c.dep_ in {"advmod", "intj", "dobj"})
            )
        ),
        None,
    )
    if answer is None:
        return None
    last = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _ANSWER_TOPICS and c.i == answer.right_edge.i + 1
        ),
        answer,
    )
    return answer, last


def _inside_reported_words(verb: Token) -> bool:
    """Whether a free relative's cue sits inside what another cue reports (`demanded the
    release of X and what it called Y`): part of that claim, not one of its own (not
    under `seen celebrating`, what was seen: `see` reports only with `as`; nor under
    `responded to`, what was answered)."""
    return any(
        a.lemma_.lower() in _ANY_CUE_VERBS
        and not (
            a.lemma_.lower() in _AS_ONLY_CUES
            and not any(c.lower_ == "as" and c.dep_ == "prep" for c in a.children)
        )
        and not (
            a.lemma_.lower() in _ANSWERING_CUES
            and any(c.lower_ == "to" and c.is_ancestor(verb) for c in a.children)
        )
        for a in verb.ancestors
    )


_REFLEXIVES = _words("himself herself itself themselves ourselves myself")
#: Auxiliaries of what is yet to be done: `would propose`, `will announce`.
_NOT_YET = _words("would will 'll wo shall")
#: Verbs of asking, whose `if` clause is a question: `asked if she had agreed`.
_ASKING = _words("ask wonder question")
#: Cues whose `to` names what they answer, not what they say: `responded to what it
#: said was an attack`.
_ANSWERING_CUES = _words("respond reply")


def _called(verb: Token) -> tuple[Token, Token] | None:
    """The first and last words of what `called` names and calls it, when it judges."""
    named = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "ccomp", "attr"}]
    label = [c for c in named if c.dep_ in {"oprd", "attr"} and c.i > verb.i]
    if (
        label
        and any(c.dep_ == "dobj" and c.lower_ in {"what", "which"} and c.i < verb.i for c in named)
        and not _inside_reported_words(verb)
    ):
        return label[0], label[-1]  # `marched against what they called an unfair tax`
    named = [c for c in named if c.i > verb.i]
    # `to call Mrs. Ruiz a traitor`, `calling Ruiz a fascist`: the one named read as an
    # indirect object, or as a clause whose object is the label
    person = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ == "dative" or (c.dep_ == "xcomp" and c.pos_ in {"PROPN", "PRON"}))
        ),
        None,
    )
    if person is not None:
        label_of_person = next(
            (c for c in person.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None
        )
        if person.dep_ == "xcomp" and label_of_person is not None and not named:
            return person, label_of_person
        if person.dep_ == "dative" and any(c.dep_ == "oprd" for c in named):
            return person, named[-1]
    if not named:
        return None
    # (the name read as an apposition of the object, with no comma between)
    label_read_as_apposition = next(
        (
            c
            for c in named[-1].children
            if c.dep_ == "appos"
            and c.pos_ != "PRON"  # (`calling donors himself`: who called)
            and named[-1].dep_ == "dobj"
            and c.i > named[-1].i
            and not any(t.is_punct for t in verb.doc[named[-1].i : c.left_edge.i])
        ),
        None,
    )
    if label_read_as_apposition is not None:
        return named[-1], label_read_as_apposition  # `called her son her hero`
    stray = _stray_quoted_label(named[-1])
    if stray is not None:
        return named[0], stray  # `called the rules "strong."`, the label hung elsewhere
    if len(named) == 1 and named[0].dep_ == "dobj":
        # `declaring it "another super Tuesday"`: a quoted label the parser hung on the
        # verb as a phrase of its own
        # (a name, with no verb of its own: not `called the mayor "to say sorry"`)
        doc = verb.doc
        after = named[0].right_edge.i + 1
        closing = _closing_mark(doc, after, min(after + 12, verb.sent.end))
        label = list(doc[after + 1 : closing]) if closing is not None else []
        while label and label[-1].is_punct:
            label.pop()
        if label and not any(t.pos_ in {"VERB", "AUX"} for t in label):
            return named[0], label[-1]
    words = verb.doc[named[0].left_edge.i : named[-1].right_edge.i + 1]
    quoted = any(t.text in _QUOTE_MARKS or t.text in _QUOTE_OPEN for t in words)
    if any(c.dep_ == "oprd" for c in named) and len(named) >= 2:
        return named[0], named[-1]
    if len(named) >= 2 and all(c.dep_ == "dobj" for c in named[:2]) and named[1].pos_ == "NOUN":
        return named[0], named[-1]  # `calling it fake news`: the name read as a second object
    # `called protesters "thugs"`, `calls her "a capable woman"` (`her` read as `her ...`):
    # the quoted name makes it a judgement however the parser hung it.
    return (named[0], named[-1]) if quoted else None


def _stray_quoted_label(named: Token) -> Token | None:
    """The closing mark of a quotation right after what `called` names, when the parser
    hung the quoted words outside the cue (`X, an ally, called the rules "strong."`, with
    `strong` read as a word of `X`): the label it gives."""
    doc = named.doc
    opening = named.right_edge.i + 1
    verb = named.head
    closing = _closing_mark(doc, opening, min(opening + 12, named.sent.end))
    if closing is None:
        return None
    inside = doc[opening + 1 : closing]
    if not inside or any(
        t.head.i == verb.i or verb.i in {a.i for a in t.ancestors} for t in inside
    ):
        return None  # (the quoted words are the cue's own: the parse stands)
    return doc[closing]


def _closing_mark(doc: Doc, opening: int, end: int) -> int | None:
    """The token that closes a quotation opening at token ``opening``, before ``end``."""
    if opening >= end or doc[opening].text not in _OPENING_MARKS:
        return None
    return next((t.i for t in doc[opening + 1 : end] if t.text in _CLOSING_MARKS), None)


def _quoted_after(verb: Token, clause: Token) -> bool:
    """`writing "Let me save you the time ..."`: a clause that opens a quote right after
    the cue is quoted speech, whatever the parser called it."""
    doc = verb.doc
    at = verb.i + 1
    while at < clause.left_edge.i and doc[at].text in {":", ","}:
        at += 1
    return at < len(doc) and doc[at].text in _QUOTE_MARKS and clause.i > at


#: Parts of speech of a sentence opener that is no part of a clause (`But,`, `Still,`).
_OPENER_POS = frozenset(("CCONJ", "ADV", "PUNCT", "INTJ", "SCONJ", "PART", "SPACE"))


def _after_opener(
    doc: Doc, content: tuple[int, int], source: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """`But, Mr. Ryan said, "democracy is ..."`: a content running over its source and cue
    from a bare opener starts after them."""
    start, end = content
    if not (start <= source[0] and max(source[1], cue[1]) < end):
        return content
    head = min(source[0], cue[0])
    after = max(source[1], cue[1])
    words: list[Token] = []
    opener = False
    for token in doc[_token_at(doc, start) :]:
        if token.idx >= end:
            break
        if token.idx < head:
            if token.pos_ not in _OPENER_POS:
                return content
            opener = opener or not (token.is_punct or token.is_space)
        elif token.idx >= after and not (token.is_punct or token.is_space):
            words.append(token)
    return (words[0].idx, end) if words and opener else content


def _after_that(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """`told state media that turnout had been "satisfactory"`, with `that` read as a
    pronoun hung on the subject after it or as the object of the clause after it: what
    was said starts after the conjunction
    (not `that plan`, a determiner, nor `that was wrong`, a subject); and after whence
    it was had (`reported, citing a judiciary official, that ...`)."""
    first = doc[_token_at(doc, content[0])]
    if (
        first.lower_ in {"later", "earlier"}
        and first.i + 2 < len(doc)
        and doc[first.i + 1].lower_ == "that"
        and doc[first.i + 2].idx < content[1]
    ):
        # `said later that gunfire had been heard`: when it was said, then what (the
        # `that` after the adverb a conjunction, whatever the tagger made of it)
        return doc[first.i + 2].idx, content[1]
    after = first.right_edge.i + 1
    if (
        first.lower_ in {"citing", "quoting"}
        and after + 2 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].lower_ == "that"
    ):
        # `reported, citing a judiciary official, that ...`: whence, then what
        return doc[after + 2].idx, content[1]
    if (
        first.lower_ == "without"
        and first.i > 0
        and doc[first.i - 1].text == ","
        and after + 2 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].lower_ == "that"
        and doc[after + 2].idx < content[1]
    ):
        # `said, without providing proof, that ...`: how it was said, then what
        return doc[after + 2].idx, content[1]
    if (
        first.lower_ == "only"
        and first.i + 2 < len(doc)
        and doc[first.i + 1].lower_ == "that"
        and doc[first.i + 1].dep_ == "mark"
        and doc[first.i + 2].idx < content[1]
    ):
        # `said only that Ethiopia would defend itself`: how little was said
        return doc[first.i + 2].idx, content[1]
    if (
        first.lower_ == "that"
        and first.head.i > first.i
        and doc[first.i + 1].idx < content[1]
        and (
            # (the subject after it, whatever the tagger made of it: `turnout` as a verb)
            (
                first.dep_ == "nsubj"
                and (first.head.pos_ in {"NOUN", "PROPN"} or first.head.dep_ in _SUBJECT_DEPS)
            )
            # (`told state television that government forces were ...`: `that` read as
            # the object of the clause whose subject follows it)
            # (or as an adverb: `said last week that Kyiv was preparing an attack`;
            # or as a second subject: `told the judges that guards hung him ...`)
            or (
                first.dep_ in {"dobj", "advmod", "nsubj"}
                and any(
                    c.dep_ in _SUBJECT_DEPS and c.left_edge.i == first.i + 1
                    for c in first.head.children
                )
            )
            # (or as the object of a verb lower in the clause whose subject follows it:
            # `told reporters that she had not been allowed to meet her brother`)
            or (
                first.dep_ == "dobj"
                and doc[first.i + 1].dep_ in _SUBJECT_DEPS
                and doc[first.i + 1].head.is_ancestor(first)
            )
            # (or a participle before the subject read as the clause's verb: `said on
            # Monday that detained soldiers were on alert`)
            or (
                first.dep_ == "nsubj"
                and first.head.i == first.i + 1
                and first.head.tag_ in {"VBD", "VBN"}
                and any(
                    c.dep_ == "ccomp"
                    and any(g.dep_ in _SUBJECT_DEPS and g.i == first.i + 2 for g in c.children)
                    for c in first.head.children
                )
            )
            # (or as the determiner of a cue's object, which the parser took for the
            # subject of the clause after it: `promised that fuel supplies would arrive`;
            # a plural or a name, which `that` does not determine)
            or (
                first.dep_ == "det"
                and first.head.tag_ in {"NNS", "NNPS", "NNP"}
                and first.head.dep_ == "dobj"
                and first.i > 0
                and first.head.head.i == first.i - 1
                and any(
                    c.dep_ == "ccomp" and c.left_edge.i == first.head.right_edge.i + 1
                    for c in first.head.head.children
                )
            )
        )
    ):
        return doc[first.i + 1].idx, content[1]
    return content


def _after_time_of_saying(
    doc: Doc, content: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """`said Tuesday its forces had killed ...`, `said on Tuesday its forces ...`: a
    date right after the cue, before a clause with no `that`, says when it was said
    (not `said Tuesday was the deadline`, a subject); also after the cue's own words
    (`told reporters Monday the children were safe`, `said in a statement on Monday
    ...`)."""
    if content[0] < cue[1]:
        return content
    first = _token_at(doc, content[0])
    if _text(doc)[cue[1] : content[0]].strip() and not _cues_own_words(
        doc[_token_at(doc, cue[1] - 1) + 1 : first]
    ):
        return content
    i = first
    if doc[i].lower_ in {"on", "in", "at"} and doc[i].dep_ == "prep":
        i += 1
    words = []
    while i < len(doc) and doc[i].idx < content[1] and doc[i].ent_type_ in {"DATE", "TIME"}:
        words.append(doc[i])
        i += 1
    if (
        not words
        or len(words) > _DATE_AFTER_CUE
        or i >= len(doc)
        or doc[i].idx >= content[1]
        or any(t.dep_ in _SUBJECT_DEPS for t in words)
        # the clause's subject comes next (`said Monday soldiers had ...`, the day read
        # as a word of the subject's name)
        or not any(
            t.dep_ in _SUBJECT_DEPS
            and (
                t.left_edge.i == i
                or all(
                    w.dep_ == "compound" and w.head == t and w.lower_ in _WEEKDAYS for w in words
                )
            )
            for t in (doc[i], *doc[i].ancestors)
        )
    ):
        return content
    return doc[i].idx, content[1]


_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")


def _cues_own_words(words: Span) -> bool:
    """Whether ``words`` right after a cue are all its own: whom it was told to and
    where (`told reporters`, `said in a statement`, `told a news conference in Kyiv`)."""
    if not len(words):
        return False
    cue = words.doc[words.start - 1]
    for word in words:
        below = word
        while below.head.i != cue.i and below.head.i != below.i and below.head in words:
            below = below.head
        if below.head.i != cue.i or below.dep_ not in {"dobj", "dative", "prep", "punct"}:
            return False
    return True


def _paragraph_end(sent: Span) -> int:
    """Where the paragraph of ``sent`` ends: a quotation opened in a content may close
    sentences later (`said Greenlanders "do not want to be Americans. We want to be
    Greenlanders."`)."""
    text = _text(sent.doc)
    end = text.find("\n", sent.end_char)
    return len(text) if end < 0 else end


def _to_quote_end(
    doc: Doc, content: tuple[int, int], quotes: list[tuple[int, int]], limit: int
) -> tuple[int, int]:
    """`called for "a ceasefire; talks on the prisoners;
    and safe corridors for aid."`: a content that opens a quotation and stops inside it,
    where the parser broke the quoted words up, runs to its end (within ``limit``)."""
    start, end = content
    text = _text(doc)
    for _q_start, q_end in _quotes_opening_in(quotes, start, end):
        # (not `... do so.`: the full stop the parser left outside the content)
        if end < q_end <= limit and any(ch.isalnum() for ch in text[end:q_end]):
            return start, q_end
    return content


def _after_dateline(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """`KABUL/WASHINGTON — A plane has crashed ..., officials confirmed`: a content
    that opens the story (or a paragraph) starts after its dateline: capitals, then a
    dash and a capitalised word (not `NATO — the alliance — is ready`)."""
    first = _token_at(doc, content[0])
    opens = _opens_line(doc, first)
    after = dateline_end(doc, first) if opens else None
    if after is not None and doc[after].idx < content[1]:
        # (as the sentence was marked: `Tripoli (AFP) - "We saw a pushback," X said`)
        return doc[after].idx, content[1]
    dash = _dateline_dash(doc, first, len(doc) - 1) if opens else None
    if (
        dash is None
        or dash.idx >= content[1]
        or any(t.pos_ in {"VERB", "AUX"} for t in doc[first + 1 : dash.i])
        or not doc[dash.i + 1].text[:1].isupper()
    ):
        return content
    return doc[dash.i + 1].idx, content[1]


def _after_titled_dateline(doc: Doc, start: int) -> int | None:
    """The first word after a dateline that opens the line of token ``start`` and ends
    after it (`Bangui, Central African Republic – Rebels`, with the parser's subject
    starting inside the dateline)."""
    first = start
    while first > 0 and start - first < DATELINE_WORDS and not _opens_line(doc, first):
        first -= 1
    if not _opens_line(doc, first):
        return None
    after = dateline_end(doc, first)
    return after if after is not None and after > start else None


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _before_split_hyphens(doc: Doc, start: int) -> int:
    """Where a hyphenated name the parser split ends on its left, for a span that starts
    at token ``start`` inside it (`Ben-Gvir`, `Shafiq-ul-Rehaman`)."""
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    return start


def _dateline_dash(doc: Doc, first: int, stop: int) -> Token | None:
    """The dash that ends a dateline opening at token ``first``: a word in capitals,
    then a dash among the next few words, before token ``stop`` (`ORLANDO, Fla.
    (Reuters) - ...`, `KABUL/WASHINGTON — ...`, `GOMA, Democratic Republic of Congo (AP)
    — ...`)."""
    if not (
        doc[first].is_upper
        and (
            len(doc[first].text) >= 3
            # (`LA PAZ, Bolivia (AP) —`: a short first word of a place in capitals)
            or (first + 1 < len(doc) and doc[first + 1].is_upper and doc[first + 1].is_alpha)
        )
    ):
        return None
    return next(
        (t for t in doc[first + 1 : min(stop, first + DATELINE_WORDS)] if _is_aside_dash(t)),
        None,
    )


def _before_source(
    doc: Doc, content: tuple[int, int], source: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """`"It is not the position," Gene Sperling said`, parsed with the name inside the
    quoted clause: a content that holds its source and ends before the cue ends at the
    quote mark closing the words before the source."""
    start, end = content
    if not (start <= source[0] and source[1] <= end <= cue[0]):
        return content
    text = _text(doc)
    close = max(text.rfind(mark, start, source[0]) for mark in ("”", '"', "''"))
    if close <= start or text[close - 1] not in _QUOTED_WORDS_END:
        if start < source[0] and not text[end : cue[0]].strip(" ,"):
            # `Boxes were found in a ditch, Amina Diallo, the official, wrote`: the clause
            # before the source, whatever the parser hung the source on.
            return start, len(text[: source[0]].rstrip(" ,"))
        return content
    return _strip_quote(text, start, close)


def _before_closing_cue(
    doc: Doc, content: tuple[int, int], quotes: list[tuple[int, int]], verb: Token
) -> tuple[int, int]:
    """`said: "There will be exceptions," the Herald reported`: a content that opens a
    quotation and runs past its close into another cue with its own subject, which the
    parser hung on this one, ends with the quotation."""
    start, end = content
    quote = next((q for q in _quotes_opening_in(quotes, start - 1, start + 1) if q[1] < end), None)
    if quote is None:
        return content
    after = doc.char_span(quote[1], end, alignment_mode="expand")
    if after is None:
        return content
    words = [t for t in after if not (t.is_punct or t.is_space)]
    closing = next((t for t in words if t.lemma_.lower() in CUE_VERBS and t.i != verb.i), None)
    if closing is None or not any(
        # the words after the quotation are the closing cue's subject, then the cue
        c.dep_ in _SUBJECT_DEPS and c.left_edge.i == words[0].i
        for c in closing.children
    ):
        return content
    return _strip_quote(_text(doc), start, quote[1])


def _with_subject_read_as_object(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """`Aid groups warn millions could go hungry`: the reported clause's subject, which
    the parser read as the cue's object before a clause with a modal and no subject of
    its own, opens what was said."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return content
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.left_edge.i == obj.right_edge.i + 1
            and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
            and any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)
        ),
        None,
    )
    if clause is None or content[0] != doc[clause.left_edge.i].idx:
        return content
    return doc[obj.left_edge.i].idx, content[1]


def _before_relaying_cue(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """`The minister said the spies would be tried, al-Masirah reported`: what a cue
    reports ends before another cue closing the sentence with its own subject after a
    comma, the one who relays it."""
    doc = verb.doc
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or span.start <= verb.i:
        return content
    for token in span:
        if (
            token.lemma_.lower() in CUE_VERBS
            and token.i != verb.i
            and token.right_edge.i >= span.end - 1
            # (closing the sentence: nothing after it but when it was said; not `he
            # should have insisted on getting them out`)
            and all(
                c.is_punct
                or c.dep_ in {"npadvmod", "advmod"}
                or (c.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in c.children))
                for c in token.children
                if c.i > token.i
            )
        ):
            subject = next(
                (c for c in token.children if c.dep_ in _SUBJECT_DEPS and c.i < token.i), None
            )
            comma = subject.left_edge.i - 1 if subject is not None else -1
            if subject is not None and comma > span.start and doc[comma].text == ",":
                return content[0], doc[comma - 1].idx + len(doc[comma - 1].text)
    return content


def _before_own_closing_cue(
    doc: Doc, content: tuple[int, int], source: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """`Gunmen shot dead four policemen, police said, and the Taliban denied any role`: a
    content cut where a joined clause starts, left ending with its own source and cue,
    ends before them."""
    text = _text(doc)
    start, end = content
    if not start < source[0] < cue[1] <= end or text[cue[1] : end].strip(" ,;"):
        return content
    before = text[start : source[0]].rstrip()
    if not before.endswith(","):
        return content
    return start, start + len(before) - 1


def _before_sequel(
    doc: Doc, content: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """`said the port was safe before adding that ...`: what was said ends where what the
    speaker went on to say begins (a cue after `before` or `after`, which the parser may
    hang on the reported clause), outside a quotation."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return content
    for token in span[1:]:
        if (
            token.lower_ in _SEQUENCE_PREPS
            and token.dep_ == "prep"
            and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in CUE_VERBS
                for c in token.children
            )
            and _in_quote(quotes, token.idx, token.idx + len(token.text)) is None
        ):
            end = doc[token.i - 1]
            while end.i > span.start and (end.is_punct or end.is_space):
                end = doc[end.i - 1]
            return content[0], end.idx + len(end.text)
    return content


def _before_joined_cue(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """`insisted the strikes hit "hideouts," but Afghan officials said ...`: a cue with a
    subject of its own joined to this one starts another claim, wherever the words
    before it took this content."""
    doc = verb.doc
    for conj in verb.rights:
        if not (
            conj.dep_ == "conj"
            # (a speaking; not `and she felt free to ...`, which may go on with the claim)
            and conj.lemma_.lower() in _SPEECH_VERBS | _DISPUTE_CUES
            and any(c.dep_ == "nsubj" for c in conj.children)
        ):
            continue
        start = conj.left_edge.i
        while start > verb.i + 1 and (
            doc[start - 1].dep_ == "cc" or doc[start - 1].text in {",", ";", "-", "—", "–"}
        ):
            start -= 1
        last = doc[start - 1]
        if content[0] < doc[start].idx < content[1] and last.idx >= content[0]:
            return content[0], last.idx + len(last.text)
    return content


#: `..., a claim Ukraine's General Staff denied`: the reporter's noun for what was said
#: and who answered it, set off at the end of what was said.
_ANSWER_SET_OFF = re.compile(
    # (set off by a comma or a dash: `... a naval base - a claim Mogadishu rejects`)
    r"(?:,|\s[—–-])[\"”’']?\s+(?:(?:a|an|the)\s+(?P<noun>claims?|charges?|accusations?|allegations?|"
    r"assertions?|accounts?|versions?|figures?|tolls?|estimates?|readings?|interpretations?|"
    r"views?|terms?|descriptions?|characterizations?|labels?|points?|contentions?)"
    r"|(?P<which>which|something))\s+"
    r"(that\s+)?[^,;]{1,60}?\s+((has|have|had)\s+)?((also|long|repeatedly|strongly|flatly)\s+)?"
    r"(?P<verb>denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|disputed|"
    r"disputes|dispute|contested|contests|contest|refuted|refutes|refute)\W*$",
    re.IGNORECASE,
)


def _before_answer_set_off(
    doc: Doc, content: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """`said its forces had taken the village of X, a claim Ukraine's General Staff
    denied`: what was said ends before the reporter's noun and the party that answered
    it, however the parser hung them (outside a quotation)."""
    start, end = content
    match = _ANSWER_SET_OFF.search(_text(doc), start, end)
    if match is None or match.end() < end or _in_quote(quotes, *match.span(_noun_group(match))):
        return content
    return start, match.start()


def _before_tail_after_quote(
    doc: Doc, content: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """`said that "Japan must correct its mistakes," speaking at a briefing`: a quotation
    closed on a comma, then the reporter's words on how or where it was said (a
    participle or a phrase of place), which the parser hung inside the content."""
    start, end = content
    text = _text(doc)
    for q_start, q_end in _quotes_opening_in(quotes, start, end):
        if q_end >= end or text[q_end - 1] != "," or '"' in text[q_end + 1 : end]:
            continue
        after = _token_at(doc, q_end + 1)
        while after < len(doc) and (doc[after].is_space or doc[after].is_quote):
            after += 1
        if after >= len(doc):
            continue
        word = doc[after]
        last = word.right_edge
        if (
            word.idx < end
            # (the tail runs to the end: not `the "old order," having collapsed, would ...`)
            and last.idx + len(last.text) >= end
            and (
                (word.tag_ == "VBG" and word.lower_ not in {"including", "according"})
                or (word.dep_ == "prep" and word.lower_ in _SETTINGS | {"at"})
            )
        ):
            # (the closing mark stays with words quoted after the content's start)
            return start, q_end if q_start <= start + 1 else q_end + 1
    return content


def _noun_group(match: re.Match[str]) -> str:
    """The group of `_ANSWER_SET_OFF` that holds the reporter's noun (or `which`)."""
    return "noun" if match.group("noun") else "which"


def _relayed_claim(verb: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """`The mayor said: "The bridge is safe," the Herald reported`: a closing cue hung on
    the cue before the quotation reports that whole claim, speaker and all, as it does
    with no quotation (`The mayor said the bridge was safe, the Herald reported`)."""
    speaker_cue = verb.head
    if not (
        verb.dep_ == "ccomp"
        and speaker_cue.i < verb.i
        and speaker_cue.lemma_.lower() in CUE_VERBS
        and speaker_cue.idx + len(speaker_cue.text) <= content[0]
        and content[1] <= verb.idx
    ):
        return None
    speaker = next(
        (c for c in speaker_cue.children if c.dep_ in _SUBJECT_DEPS and c.i < speaker_cue.i), None
    )
    if speaker is None or speaker.tag_ == "PRP":
        # (`he warned, "...," Trump told NBC`: one speaker, told twice)
        return None
    text = _text(verb.doc)
    end = content[1]
    if text[end : end + 1] in _QUOTED_WORDS_END:
        end += 1
    if text[end : end + 2] in _QUOTE_MARKS:
        end += 2  # the closing mark too, as the opening one is inside
    elif text[end : end + 1] in _QUOTE_MARKS:
        end += 1
    else:
        end = content[1]
    return speaker.left_edge.idx, end


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token that holds character ``char`` (or the next one; not one
    that ends right before it, as a line break does before the word it runs into)."""
    return bisect_right(doc, char, key=lambda t: t.idx + len(t.text))


def _clause_goes_on(verb: Token) -> bool:
    """`"Only you," she said, would use ...`: the words after a cue set off by commas go
    on with a finite verb of the clause it interrupts."""
    doc = verb.doc
    i = verb.right_edge.i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1
    return i < len(doc) and doc[i].tag_ in {"MD", "VBZ", "VBD", "VBP"}


def _words_before_closing_root(sent: Span, verb: Token) -> Span | None:
    """The words before `, officials said` where the cue is the sentence's root with no
    clause of its own and those words, hung on it as loose words, hold a verb."""
    doc = sent.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        verb.dep_ != "ROOT"
        or verb.lemma_.lower() not in _SPEECH_VERBS
        or subject is None
        or subject.left_edge.i - 1 <= sent.start
        or doc[subject.left_edge.i - 1].text != ","
        or any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in verb.children)
    ):
        return None
    loose = [c for c in verb.children if c.dep_ == "dep" and c.i < subject.i]
    words = doc[sent.start : subject.left_edge.i - 1]
    if not loose or not any(t.pos_ == "VERB" for t in words):
        return None
    return words


def _name_before_relative_clause(last: Token) -> Token | None:
    """`Belgium has softened its stance, Peskov, who spoke to reporters, said`: the name
    set off right before a relative clause that ends at ``last``, both of which the
    parser hung on the clause's last noun."""
    doc = last.doc
    clause = next(
        (
            a
            for a in (last, *last.ancestors)
            if a.dep_ == "relcl" and a.right_edge.i == last.i and a.left_edge.i >= 2
        ),
        None,
    )
    if clause is None or doc[clause.left_edge.i - 1].text != ",":
        return None
    name = doc[clause.left_edge.i - 2]
    return (
        name
        if name.dep_ in {"appos", "conj"}
        and clause.head.i in {name.i, name.head.i}
        and name.ent_type_ in {"PERSON", "ORG"}
        and doc[name.left_edge.i - 1].text == ","
        else None
    )


def _closing_apposition(verb: Token) -> Token | None:
    """`Boxes were found in a ditch, Amina Diallo, the official, wrote.`: a closing cue of
    saying joined to the clause before, whose source the parser read as an apposition of
    that clause's last noun."""
    doc = verb.doc
    if not (
        # joined to the clause before, or taking it as its complement
        (verb.dep_ == "conj" or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children))
        and verb.lemma_.lower() in _SPEECH_VERBS
        and verb.i > 2
        and doc[verb.i - 1].text == ","
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return None
    last = doc[verb.i - 2]
    # The outermost apposition that ends there (`Mr. Roe, a farmer in Salem,
    # Ore., said`: Mr. Roe, not Ore.).
    name = next(
        (
            t
            for t in reversed([last, *last.ancestors])
            if t.dep_ == "appos" and t.right_edge.i == last.i and t.head.i < t.left_edge.i
        ),
        None,
    ) or _name_before_relative_clause(last)
    if name is None or doc[name.left_edge.i - 1].text != ",":
        return None
    title = name.head
    if (
        name.ent_type_ in {"PERSON", "ORG"}
        and title.pos_ == "NOUN"
        and title.lemma_.lower() in _ROLE_HEADS | _OWNING_BODIES
        and title.i < name.i
        and doc[title.left_edge.i - 1].text == ","
        and title.dep_ not in _SUBJECT_DEPS
    ):
        # `The crew was safe, the navy's spokesman, Dmytro Pletenchuk, said`, `..., the
        # operator, Unity Shipping, said`: the title before the name is the source too
        return title
    if name.ent_type_ in {"PERSON", "ORG"} or (
        # `..., Mexico's security secretary, Omar Garcia Harfuch, told reporters`
        name.lemma_.lower() in _ROLE_HEADS
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in name.children)
    ):
        return name
    named = name.head
    if (
        named.dep_ in {"conj", "appos"}
        and named.ent_type_ in {"PERSON", "ORG"}
        and named.head.i < named.left_edge.i
        and doc[named.left_edge.i - 1].text == ","
    ):
        # `... near Gao, Ahmed Musa, a spokesman for the militia, said`: the name read as
        # joined to the clause's last noun, with its description in apposition
        return named
    return None


def _closing_subject(sent: Span, verb: Token) -> Token | None:
    """`..., she said.`, `..., he told reporters on Friday.`: a cue with its subject after
    a comma, ending the sentence, hung as a modifier on the clause before it: the
    subject right before the cue. Words of that clause the parser hung on the cue too
    (`made it possible for people ..., she said`) are left to the clause."""
    doc = sent.doc
    # (`X thinks A, Y said`: or as a second complement of the root's cue)
    hung = verb.dep_ in {"advcl", "conj"} or (
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_.lower() in CUE_VERBS
        and verb.tag_ in {"VBD", "VBZ", "VBP"}
    )
    if not hung or verb.head.i > verb.i:
        return None
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    # (`..., Amina Diallo, the official, wrote.`: up to its comma)
    end = verb.i
    if subject is None:
        subject = _closing_apposition(verb)
        end = verb.i - 1
    if subject is None or subject.left_edge.i - 1 <= sent.start:
        return None
    if doc[subject.left_edge.i - 1].text != "," or any(
        t.dep_ in {"aux", "neg"} or t.is_punct for t in doc[subject.right_edge.i + 1 : end]
    ):
        return None
    if any(
        (c.dep_ in {"ccomp", "xcomp", "mark", "advcl", "conj", "cc"} and c.i > subject.i)
        or (c.dep_ == "dobj" and verb.lemma_.lower() != "tell")
        for c in verb.children
    ):
        return None
    if not all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : sent.end]):
        return None
    return subject


def _quotation_after_cue(
    doc: Doc,
    content: tuple[int, int],
    source: tuple[int, int],
    cue: tuple[int, int],
    quotes: list[tuple[int, int]],
) -> tuple[int, int]:
    """`Asked about sanctions, he said, "All options are on the table."`: a content the
    parser took round its source and cue, opened by a participle of the speaking, with a
    quotation opening after the cue and running to the content's end, is that quotation
    (not `In cases of abortion, the group said, "the woman is a victim."`, words of the
    quotation's own)."""
    start, end = content
    if not (start < min(source[0], cue[0]) and max(source[1], cue[1]) < end):
        return content
    if doc[_token_at(doc, start)].tag_ not in {"VBN", "VBG"}:
        return content
    text = _text(doc)
    between = text[cue[1] :].lstrip(" ,:")
    opening = len(text) - len(between)
    quote = _in_quote(quotes, opening + 1, opening + 2)
    if quote is None or quote[0] > opening + 1 or text[quote[1] : end].strip(" .\"”'’"):
        return content
    quoted = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if quoted is None or not any(t.dep_ in _SUBJECT_DEPS | {"expl"} for t in quoted):
        return content  # (`The West, he added, "has no plan."`: its subject before the cue)
    return opening + 1, quote[1]


def _aside_cue_read_as_relative(verb: Token) -> bool:
    """`The raid, Zakharova told reporters, was staged`: a cue and its source set off by
    commas inside a clause, which the parser hung on the noun before them as a relative
    clause with no relative word."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    # (a finite verb: not `a woman identified only as Blessing`, a participle)
    if verb.dep_ != "relcl" or subject is None or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    right = _last_word_hung_on(verb)
    return (
        not any(t.tag_ in _RELATIVE_TAGS for t in verb.subtree if t.i < verb.i)
        and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].text == ","
        and right + 1 < len(doc)
        and doc[right + 1].text == ","
    )


def _last_word_hung_on(verb: Token) -> int:
    """The last word, not a mark, of ``verb``'s subtree (the parser may hang the comma
    after it there)."""
    return max(t.i for t in verb.subtree if not t.is_punct)


def _is_parenthetical(verb: Token) -> bool:
    """A cue and its source set off by commas (`..., the executive told the Post, ...`);
    from the subject on, as the parser may hang the sentence's opener on the cue too."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    start = subject.left_edge.i if subject is not None else verb.left_edge.i
    left = doc[start - 1] if start > 0 else None
    right = doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(doc) else None
    return bool(left is not None and left.text == "," and right is not None and right.text == ",")


#: How a claim is made without support: `without providing evidence`, `without elaborating`;
#: also what a speaker is noted not to have given: `though officials have not released a tally`.
_WITHOUT_SAYING = _words(
    "provide offer give present cite produce show elaborate specify explain name identify say "
    "release publish share disclose substantiate back"
)
_WITHOUT_WHAT = _words("evidence proof detail elaboration explanation")


def _judges_the_clauses_subject(participle: Token) -> bool:
    """`said Israel was to blame, accusing it of obstructing aid`: a judging participle
    whose object is the subject of the clause it hangs on (a pronoun for it), so that
    clause's subject cannot be the judge: the speaker is."""
    subject = next((c for c in participle.head.children if c.dep_ in _SUBJECT_DEPS), None)
    target = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if subject is None or target is None:
        return False
    if any(
        c.dep_ in {"dobj", "dative"} and not participle.is_ancestor(c)
        for c in participle.head.subtree
    ):
        return False  # (`soldiers beat them, accusing them of spying`: the one beaten)
    if target.lower_ in {"it", "them"}:
        return subject.tag_ != "PRP" and (target.lower_ == "it") == (subject.tag_ in {"NN", "NNP"})
    return target.tag_ != "PRP" and target.lemma_.lower() == subject.lemma_.lower()


def _offering_none(token: Token) -> bool:
    """`..., offering no evidence`, `..., providing no proof`: a participle set off by a
    comma, with no subject, of evidence not given."""
    return (
        token.tag_ == "VBG"
        and token.lemma_.lower() in _WITHOUT_SAYING
        and _after_comma(token.doc, token.i)
        and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in _WITHOUT_WHAT
            and any(d.lower_ == "no" for d in c.children)
            for c in token.children
        )
    )


def _as_part_of_the_event(clause: Token, verb: Token) -> bool:
    """`Witnesses said troops fired as people surged toward the site`: a clause of time
    right after a past event that was told (no comma, no modal), which says when it
    happened, as part of what was said; not `said it would act as thousands fled`."""
    doc = clause.doc
    return (
        any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)
        and not _after_comma(doc, clause.left_edge.i)
        and verb.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )


def _notes_withheld(verb: Token) -> bool:
    """`though he did not give specific evidence`, `though they gave no evidence`,
    `although officials have not released a tally`, `though they stopped short of saying
    ...`: a note of what was not given."""
    if verb.lemma_.lower() == "stop" and any(
        c.dep_ == "advmod" and c.lower_ == "short" for c in verb.children
    ):
        return True
    return verb.lemma_.lower() in _WITHOUT_SAYING and (
        any(c.dep_ == "neg" for c in verb.children)
        or any(
            c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children
        )
    )


#: Nouns a reporter sums up an act with after a comma (`..., a move that drew criticism`).
_COMMENT_NOUNS = _words(
    """move step decision development measure action gesture charge claim accusation
    allegation figure number toll tally reference allusion nod demand proposal request
    ruling verdict remark comment assertion term label characterization account version
    phrase expression euphemism argument interpretation reading estimate assessment
    description narrative contrast test violation breach escalation sign blow setback
    challenge show boost rebuke snub reversal finding conclusion view promise pledge vow
    assurance prediction boast refrain"""
)
#: Where words were given: `..., the ministry said, in a statement`.
_SAYING_MEDIA = _words(
    """statement statements post posts interview interviews video videos briefing letter
    tweet message broadcast speech communique release"""
)


#: Events a reporter ranks after what was said: `..., the first such strike since May`.
_RANKED_EVENTS = _words(
    """strike strikes attack attacks raid raids launch launches test tests bombing
    offensive escalation incident clash clashes visit election vote deployment drill
    drills exercise exercises assault killing killings incursion breach violation"""
)
_RANKS = _words("first second third fourth fifth latest last")

#: Cues of what evidence shows: a text, an image or a count may, an event may not.
_SHOWING_CUES = _words("show demonstrate prove reveal suggest signal")
#: Events that show what they show to those who read them, not claims of anyone's.
_EVENT_NOUNS = _RANKED_EVENTS | _words(
    """incident pressure move decision war fighting violence crackdown protest
    protests arrest arrests invasion advance retreat collapse shelling escalation surge
    wave spate episode crisis unrest case affair trial conviction attack attacks strike
    strikes bombing raid raids killing killings verdict election vote"""
)


def _an_event(subject: Token) -> bool:
    """`The incident`, `the drills`, `the pressure on exiles`, `the release of the
    survivors`: an event, not a source (a `release` of no one is a press release)."""
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ == "NOUN"
        and not subject.ent_type_
        and (
            lemma in _EVENT_NOUNS
            or subject.lower_ in _EVENT_NOUNS
            or (lemma == "release" and any(c.lower_ == "of" for c in subject.children))
        )
    )


def _ranked_event(noun: Token) -> bool:
    """`..., the first such strike on the capital since the truce`, `..., the deadliest
    attack this year`, `..., the latest in a string of launches` (the rank standing for
    the event): the reporter ranking the event among others."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if _rank_word(noun):
        return any(c.dep_ == "prep" and c.lower_ in {"in", "since", "of"} for c in noun.children)
    if any(c.lower_ == "such" for c in noun.children) and any(
        c.dep_ == "amod" and _rank_word(c) for c in noun.children
    ):
        return True  # `..., the first such flight this year`: one of its kind, whatever kind
    return noun.lemma_.lower() in _RANKED_EVENTS and any(
        c.dep_ == "amod" and _rank_word(c) for c in noun.children
    )


def _rank_word(token: Token) -> bool:
    """`first`, `latest`, `deadliest`, `most serious`: a word that ranks what it
    describes."""
    return (
        token.lower_ in _RANKS
        or token.tag_ == "JJS"
        or (
            token.pos_ == "ADJ"
            and any(c.tag_ == "RBS" and c.i == token.i - 1 for c in token.children)
        )
    )


def _after_comma(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a comma, or the closing quote mark after one
    (`said the talks were "dead," without giving details`)."""
    return i > 0 and (
        doc[i - 1].text == ","
        or (i > 1 and doc[i - 1].text in _QUOTE_MARKS and doc[i - 2].text == ",")
    )


def _reporters_noun(token: Token, start: int, end: int) -> bool:
    """`..., a move that drew criticism`, `..., a toll that is likely to rise`: the
    reporter's noun set off after a clause between ``start`` and ``end``, commenting
    on what was said."""
    doc = token.doc
    return (
        (
            token.dep_ in {"appos", "npadvmod"}
            # (read as a second object: `uses hospitals as bases, an accusation ...`)
            or (
                token.dep_ == "dobj"
                and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)
            )
            # (or as a second predicate: `were "dead," a remark that angered them`)
            or (
                token.dep_ == "attr"
                and any(c.dep_ in {"acomp", "attr"} and c.i < token.i for c in token.head.children)
            )
            # (a plural noun with a clause of its own read as joined to what was said:
            # `..., claims that could not be independently verified`)
            or (
                token.dep_ == "conj"
                and token.tag_ == "NNS"
                and any(c.dep_ == "relcl" for c in token.children)
            )
            # (a noun with its article tagged a participle: `..., a ruling the
            # opposition rejects`)
            or (
                token.tag_ == "VBG"
                and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
            )
        )
        and (
            token.lemma_.lower() in _COMMENT_NOUNS
            or token.lower_ in _COMMENT_NOUNS  # (`ruling` tagged a participle)
            or _ranked_event(token)
            # (`..., a figure residents disputed`, the claim noun read as a compound)
            or any(
                c.dep_ == "acl" and _claim_noun_read_as_subject(c) is not None
                for c in token.children
            )
            # (`..., a vote that opposition groups have dismissed as a sham`: a noun of
            # the reporter's with what others said of it)
            or any(
                c.dep_ == "relcl"
                and c.lemma_.lower() in _ANY_CUE_VERBS
                and any(
                    g.dep_ == "nsubj" and g.tag_ not in _RELATIVE_TAGS and g.lower_ != "that"
                    for g in c.children
                )
                for c in token.children
            )
        )
        and token.left_edge.i > start
        # (also after the comma that closes a quotation: `its "new territories,"`)
        and _after_comma(doc, token.left_edge.i)
        and (
            token.right_edge.i + 1 >= end
            or _participle_cue_to(doc, token.right_edge.i + 1, end)
            # (`..., a claim denied by Kyiv, as talks went on`: the reporter's setting after)
            or (
                doc[token.right_edge.i + 1].text == ","
                and token.right_edge.i + 2 < end
                and doc[token.right_edge.i + 2].lower_ in _SETTING_OPENERS
            )
        )
    )


#: Words that open the reporter's setting after a comment set off by commas: `..., a
#: claim Kyiv denied, as talks went on`.
_SETTING_OPENERS = _words("as while amid after before when even")


#: How a party declines to comment (`declined to say which`), as `_RESPONSE_PATTERNS`
#: finds it.
_DECLINING = dict(_RESPONSE_PATTERNS)["declined_comment"]
#: What words cause in others: `..., prompting an angry response`, `sparking protests`,
#: `escalating a dispute`, `paving the way for a long trial`, `setting up a confrontation`.
_REACTIONS_CAUSED = _words(
    """prompt spark trigger provoke draw stoke escalate inflame reignite pave set clear
    revive renew mark"""
)
#: ... and the verbs of what words or events cause: `raising fears of a wider war`.
_CAUSING = _REACTIONS_CAUSED | _words("raise fuel deepen heighten cast end dash")


#: What words stir in those who hear them: `raising hopes of a wider peace`.
_STIRRED = _words(
    """hope hopes fear fears concern concerns question questions alarm doubt doubts
    speculation cheer cheers applause criticism condemnation outrage anger ire backlash praise
    standoff crisis tension tensions rift uncertainty battle saga dispute feud impasse
    stalemate deadlock"""
)


def _stirred_by_what_was_said(verb: Token) -> bool:
    """`..., raising hopes of a wider peace`, `..., sparking fears of a wider war`: a
    participle set off by a comma, with no subject, of what the words stirred: the
    reporter's, not what was said."""
    doc = verb.doc
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in _CAUSING
        # (also after a quotation's closing mark: `would "avenge the martyrs," drawing`)
        and _after_comma(doc, verb.i)
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _STIRRED for c in verb.children)
    )


#: What words do to others' words or acts, or lean on: `contradicting the mission`,
#: `citing a police report`.
_ANSWERING_PARTICIPLES = _words("contradict undermine undercut echo defy reverse cite point")


def _what_the_words_answer(verb: Token) -> bool:
    """`said the army would deploy, contradicting the mission`, `said the men were gang
    members, pointing to their tattoos`: a participle set off by a comma, with no
    subject, of what the words answered or leaned on, not part of them."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in _ANSWERING_PARTICIPLES
        and _after_comma(verb.doc, verb.i)
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _addressee_only(verb: Token, obj: Token) -> bool:
    """`warned Moscow`, `and warn them`, `threatened social leaders`: a warning's or a
    threat's object that is who was warned or threatened, with no word of what was said."""
    return (
        (
            obj.pos_ == "PRON"
            or obj.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"}
            or (obj.pos_ == "NOUN" and obj.lemma_.lower() in _WARNED)
        )
        and not any(
            c.dep_ in {"xcomp", "ccomp", "advcl", "dative", "oprd"}
            # (`warned Moscow against escalation`; not `warned Warsaw in advance`)
            or (c.dep_ == "prep" and c.lower_ in {"of", "against", "about", "over", "on", "that"})
            for c in verb.children
        )
        and not any(
            # (`warned residents of reprisals`, the warning hung on whom it warned; not
            # `threatened the families of soldiers`)
            c.dep_ == "prep"
            and (
                c.lower_ in {"against", "about"}
                or (
                    c.lower_ == "of"
                    and not any(o.dep_ == "pobj" and _one_warned(o) for o in c.children)
                )
            )
            for c in obj.children
        )
    )


def _reporters_doubt_in(doc: Doc, start: int, end: int) -> int | None:
    """Where the first of the reporter's doubts after token ``start``, before ``end``,
    starts (see :func:`_reporters_doubt`)."""
    return next(
        (
            d
            for t in doc[start + 1 : end]
            if (d := _reporters_doubt(t)) is not None and start < d < end
        ),
        None,
    )


def _reporters_doubt(token: Token) -> int | None:
    """Where the reporter's doubt joined to a reported clause starts (`..., though the
    toll could not be confirmed`, `..., but the claim could not be verified`), or its
    note of what the speaker would not say or did not give (`..., though she declined to
    say which`, `..., though he gave no evidence`), outside a quotation: no part of what
    was said."""
    doc = token.doc
    if token.dep_ not in {"advcl", "conj", "relcl"} or token.pos_ not in {"VERB", "AUX"}:
        return None
    start = token.left_edge.i
    if token.dep_ == "relcl":
        # (`..., which VOA could not verify`: the reporter's doubt of the words before)
        if doc[start].lower_ != "which" or not _UNVERIFIED.search(
            doc[start : token.right_edge.i + 1].text
        ):
            return None
    elif token.dep_ == "conj" and start > 0 and doc[start - 1].dep_ == "cc":
        start -= 1
    elif not any(m.dep_ == "mark" and m.lower_ in {"though", "although"} for m in token.children):
        return None
    if start == 0 or doc[start - 1].text != ",":
        return None
    words = doc[token.left_edge.i : token.right_edge.i + 1]
    if any(t.text in _QUOTE_MARKS for t in words):
        return None
    if not (
        _UNVERIFIED.search(words.text)
        or _DECLINING.search(words.text)
        or _NOT_CONFIRMED.search(words.text)
        or (token.dep_ == "advcl" and _notes_withheld(token))
    ):
        return None
    return start - 1


#: Another party's silence on what was said, in the reporter's concession: `..., though
#: Iran has not confirmed it`.
_NOT_CONFIRMED = re.compile(
    r"\b(has|have|had|did|does|do) not (yet )?(publicly |officially )?"
    r"(confirm|confirmed|comment|commented|respond|responded)\b",
    re.IGNORECASE,
)


def _subtree_chars(
    doc: Doc, first: Token, last: Token, skip: Token | None, stop: int | None = None
) -> tuple[int, int] | None:
    """Character span from ``first``'s subtree to ``last``'s (or to token ``stop``),
    without cue verbs joined to it."""
    start = first.left_edge.i
    end = last.right_edge.i + 1 if stop is None else stop
    # A cue verb joined to the content (`..., and said that ...`) starts a claim of its own.
    for token in doc[start:end]:
        if (
            token.text == ";"
            and token.i > start
            and skip is not None
            and skip.i < start
            and _outside_quotation(doc, start, token.i, end)
            and any(
                t.dep_ in _SUBJECT_DEPS
                and t.head.i > t.i
                and t.head.i < end
                # (a clause of its own, not a list item's description: `...; a family
                # whose mother ...`)
                and t.head.dep_ in {"ROOT", "ccomp", "conj", "parataxis"}
                for t in doc[token.i + 1 : min(end, token.i + 8)]
            )
        ):
            # `Lebanon said the strike threatened the truce; Israel defended the attack`: a
            # clause of its own after the semicolon, outside a quotation
            end = min(end, token.i)
            break
        if (
            token.i > first.i
            and token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.lemma_.lower() == "become"
            and doc[token.i - 1].text == ","
            and skip is not None
            and skip.i < first.i
            and any(t.lower_ in {"first", "latest"} for t in token.subtree)
        ):
            # `said France would recognize the state, becoming the first G7 country to do
            # so`: the reporter ranking what was said among others
            end = min(end, token.i - 1)
            break
        if (
            skip is not None
            and skip.i < first.i < token.i
            and doc[token.i - 1].text == ","
            and _time_anchor_at(doc, token.i, end)
            # (an event past, not `would withdraw, weeks after the vote`, which may be planned;
            # or one coming that the reporter counts down to: `..., four days before a runoff`)
            and (
                any(
                    t.tag_ == "VBD"
                    or (t.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in t.children))
                    for t in doc[token.i : end]
                )
                or _COUNTDOWN.match(_text(doc), doc[token.i].idx) is not None
            )
            # (outside a quotation, which is all the speaker's: `the arrests were
            # "illegal", days after ...` ends before it)
            and _outside_quotation(doc, start, token.i, end)
        ):
            # `said its forces had killed 30 militants, days after a bombing killed 12`:
            # the reporter ties what was said to another event.
            end = min(end, token.i - 1)
            break
        if (
            token.i > first.i
            and skip is not None
            and skip.i < first.i
            and (_stirred_by_what_was_said(token) or _what_the_words_answer(token))
        ):
            end = min(end, token.i - 1)  # `said it was ready to talk, raising hopes of peace`
            break
        if (
            token.i > first.i
            and skip is not None
            and skip.i < first.i
            and _others_cue_joined(token)
            and not any(t.text in _QUOTE_MARKS for t in doc[start:end])
        ):
            # `said Thursday they had seized a tanker, and investigators believe ...`:
            # another source's words, joined to what was said
            end = min(end, token.left_edge.i - 2)
            break
        if (
            token.i > first.i
            and skip is not None
            and skip.dep_ == "relcl"
            and _deed_of_the_sentence(token)
            and not any(t.text in _QUOTE_MARKS for t in doc[start:end])
        ):
            # `struck a boat it said was carrying drugs, killing six people`: the deed of
            # the sentence the relative clause sits in, not what the clause reports
            end = min(end, token.i - 1)
            break
        if token.i > first.i and token.right_edge.i + 1 >= end and _ranked_saying(token):
            end = min(end, token.i - 1)  # `..., in his sharpest criticism yet of Moscow`
            break
        if token.i > first.i and skip is not None and _cue_joined_as_own_act(token):
            end = min(end, token.i - 1)  # `... "walked away from a deal" and accused X`
            break
        if token.i > first.i and _outer_verdict(token, start):
            # `dismissed X's claim that ... as "propaganda"`: what the claim said ends
            # before the dismissal's verdict (which the dismissal's content keeps)
            end = min(end, token.i)
            break
        if (
            token.i > first.i
            and skip is not None
            and token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.lemma_.lower() in _REACTIONS_CAUSED
            and doc[token.i - 1].text == ","
            and not any(t.text in _QUOTE_MARKS for t in doc[start:end])
        ):
            # `said it had arrested three men, prompting an angry response from Belgrade`:
            # the reporter's account of what the words caused
            end = min(end, token.i - 1)
            break
        if token.i > first.i and skip is not None and (doubt := _reporters_doubt(token)):
            end = min(end, doubt)  # `said 10 died, though the toll could not be confirmed`
            break
        if token.i > first.i and skip is not None and _withholding_joined(token, skip):
            # `said its officers were helping but gave no details` (`did not specify`)
            end = min(end, token.left_edge.i - 1)
            break
        if (
            token.i > first.i
            and skip is not None
            and token.dep_ == "relcl"
            and token.lemma_.lower() in _NAMING
            and _negated(token)
            and doc[token.left_edge.i - 1].text == ","
            and any(c.dep_ in _SUBJECT_DEPS and c.tag_ == "PRP" for c in token.children)
        ):
            # `said it was shielding the culprits, whom it did not name`: the reporter's
            # note of what the speaker left out
            end = min(end, token.left_edge.i - 1)
            break
        if (
            token.i > first.i
            and token.dep_ == "nsubj"
            and _joined_to_a_described_noun(token)
            and doc[token.left_edge.i - 1].text == ","
        ):
            # `..., a deal U.S. officials hailed as "historic"`: the reporter's noun and the
            # clause describing it, read as a clause of what was said.
            end = min(end, token.left_edge.i - 1)
            break
        if (
            token.i > first.i
            and token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.lemma_.lower() in CUE_VERBS
            and (
                _participle_of_main_clause(token)
                or _holder_of_that_clause(token) is not None
                # `said it shot down 42 drones, adding that ...`: adding follows a saying,
                # and the reported clause's verb says nothing (nor does `citing` after
                # it: `said crime had fallen, citing police figures`, the speaker's own)
                or (
                    (
                        token.lemma_.lower() in {"add", "cite"}
                        # (`..., warning that hunger could spread`)
                        or (
                            token.lemma_.lower() == "warn"
                            and any(c.dep_ == "ccomp" for c in token.children)
                        )
                    )
                    and skip is not None
                    and doc[token.left_edge.i - 1].text == ","
                    and token.head.lemma_.lower() not in CUE_VERBS
                )
                # `vowed to fight on, rejecting calls for a truce`: what the one who vows
                # does, which the parser hung on what is vowed
                or (
                    first.dep_ == "xcomp"
                    and skip is not None
                    and first.head.i == skip.i
                    and token.head.i == first.i
                    and doc[token.left_edge.i - 1].text in {",", *_QUOTE_MARKS}
                )
            )
        ):
            end = min(end, token.left_edge.i - 1)  # `..., explaining that ...`: its own claim
            break
        if (
            token.i > first.i
            and token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and skip is not None
            and doc[token.left_edge.i - 1].text == ","
            # (not what a cue inside says: `said rebels claimed X, calling it ...`; `found
            # weapons`, a finding of a thing, says nothing)
            and not (
                token.head.lemma_.lower() in CUE_VERBS
                and any(c.dep_ in {"ccomp", "xcomp"} for c in token.head.children)
            )
            and (
                (
                    token.lemma_.lower() in _JUDGING_PARTICIPLES | _BLAMING | _CREDITING
                    and (
                        _speakers_own_side(token.head)
                        # (`said two men died, calling it a tragedy`: the event named)
                        or (
                            token.lemma_.lower() in _JUDGING_PARTICIPLES
                            and any(
                                c.dep_ == "dobj" and c.lower_ in {"it", "this"}
                                for c in token.children
                            )
                        )
                        or _judges_the_clauses_subject(token)
                        # (`said the man was a hostage, calling the transfer a violation`:
                        # a thing named anew, not those the clause acted on)
                        or any(
                            c.dep_ == "dobj"
                            and c.pos_ == "NOUN"
                            and c.lemma_
                            not in {t.lemma_ for t in token.head.subtree if t.i < token.i}
                            for c in token.children
                        )
                    )
                )
                or (
                    token.lemma_.lower() in CUE_VERBS
                    and any(_marked_that(c) for c in token.children)
                )
                # `said it had no role, rejecting the accusation`: an answer of its own
                or (
                    token.lemma_.lower() in _DENIAL_CUES | _DISPUTE_CUES
                    and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in _STATED_THINGS
                        for c in token.children
                    )
                )
            )
        ):
            # `said he would force a vote, calling the strikes an escalation` (`..., accusing
            # X of Y`): a judgement of the speaker's own, where the clause it hangs on tells
            # what the speaker's
            # side does (not `said soldiers beat them, calling them traitors`); and `said
            # the government should expel inspectors, claiming that ...`: a claim of its own
            end = min(end, token.left_edge.i - 1)
            break
        if (
            token.text in _DASHES
            and token.i > first.i
            and token.i + 1 < len(doc)
            and token.nbor().lemma_.lower() in CUE_VERBS
            and _name_before_dashes(token.nbor()) is not None
        ):
            # `X - who said he would bomb them - said ...`: the aside ends at its dash.
            end = min(end, token.i)
            break
        if (
            token.i > first.i
            and token.lower_ in _DENIAL_NOUN_READINGS
            and (read := _party_after_claim_noun(token.sent, token)) is not None
            and read[1].i > start
        ):
            # `..., a charge Moscow rejects`, with the verb tagged a plural noun: the
            # reporter's noun of the answer, as below
            noun = read[1]
            end = min(end, noun.i - 2 if doc[noun.i - 1].pos_ == "DET" else noun.i - 1)
            break
        if (
            token.i > first.i
            and token.lemma_.lower() in _DENIAL_CUES
            and _claim_noun_read_as_verb(token) is not None
        ):
            # `..., allegations the army has denied`, the noun tagged a verb
            end = min(end, token.head.i - 1)
            break
        if _reporters_noun(token, start, end):
            # `..., a move that drew criticism`: the reporter's comment on what was said
            # (with what those in it said after: `a charge leaders denied, noting ...`).
            end = token.left_edge.i - 1
            break
        if (
            token.dep_ == "advcl"
            and token.head.i == first.i
            and token.i > first.i
            and any(m.dep_ == "mark" and m.lower_ in {"as", "while"} for m in token.children)
            and skip is not None
            # Before its cue (`X searched the area, while Y ..., he said`) it is all said.
            and skip.i < first.i
            # `..., especially as those casting them have no say`: part of the argument
            # (not `even as fighting went on`, the reporter's contrast)
            and not any(
                m.dep_ == "advmod" and m.lower_ in _FOCUS_WORDS and m.lower_ != "even"
                for m in token.children
            )
            # (nor `as if`, `as though`, how: `would act "as if it did not exist"`)
            and not any(m.dep_ == "mark" and m.lower_ in {"if", "though"} for m in token.children)
            and not _while_of_time(token)
            and not _as_part_of_the_event(token, first)
            # (nor `as planned`, `as expected`: a clause with no subject, of the manner)
            and not (
                token.tag_ in {"VBN", "JJ"}
                and not any(c.dep_ in _SUBJECT_DEPS | {"expl"} for c in token.children)
            )
        ):
            # `said it would act as thousands fled`: the circumstance is the reporter's.
            end = min(end, token.left_edge.i)
            break
        if (
            token.dep_ == "advcl"
            and token.i > first.i
            and token.lemma_.lower() in CUE_VERBS
            and any(m.dep_ == "mark" and m.lower_ in _CONCESSIVE_MARKS for m in token.children)
            # (one who speaks; not `even though he was warned against it`)
            and any(c.dep_ == "nsubj" for c in token.children)
            and token.left_edge.i > 0
            and doc[token.left_edge.i - 1].text == ","
            and skip is not None
            and skip.i < first.i
        ):
            # `believe Russia may attack, though they caution that ...`: a claim of its own
            # set against the first, not part of it.
            end = min(end, token.left_edge.i - 1)
            break
        if (
            token.lower_ == "according"
            and token.i > first.i
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
            # (also after a comma inside the closing quote mark: `would "stay open,"
            # according to state media`)
            and (
                doc[token.i - 1].text == ","
                or (doc[token.i - 1].text in _QUOTE_MARKS and doc[token.i - 2].text == ",")
            )
            # (the phrase closes what was said; not `Of its voters, according to the
            # registry, 30,290 are Democrats`)
            and not any(
                t.pos_ in {"VERB", "AUX"} and t.head.i < token.i for t in doc[token.i + 2 : end]
            )
        ):
            # `A panel found that X, according to a report`: who vouches for the finding
            # is a claim of its own, not part of what was found.
            end = min(end, token.i - 1)
            break
        if (
            token.lower_ == "without"
            and token.i > first.i
            and _after_comma(doc, token.i)
            and any(
                (c.dep_ == "pcomp" and c.lemma_.lower() in _WITHOUT_SAYING)
                or (c.dep_ == "pobj" and c.lemma_.lower() in _WITHOUT_WHAT)
                for c in token.children
            )
            and not _without_set_off(token)
        ):
            # `said its forces hit the depot, without providing evidence`: the reporter's
            # note on how it was said, which the parser hung on what was said.
            end = min(end, token.i - 1)
            break
        if token.i > first.i and _offering_none(token):
            end = min(end, token.i - 1)  # `said X, offering no evidence`: likewise
            break
        if (
            token.dep_ == "prep"
            and token.lower_ == "in"
            and token.i > first.i
            and (
                token.head.pos_ in {"NOUN", "PROPN"}
                # (`dismissed the accusations as "fabricated" in a post on X`)
                or any(m.dep_ == "mark" and m.lower_ == "as" for m in token.head.children)
            )
            and token.right_edge.i + 1 >= end
            and any(
                c.dep_ == "pobj"
                and c.lemma_.lower() in _MEDIUM_NOUNS
                # one occasion, not what it describes (`false information in his
                # briefings, which ...`)
                and c.tag_ == "NN"
                and not any(d.dep_ in {"relcl", "acl"} for d in c.children)
                and any(d.dep_ in {"det", "poss"} and d.lower_ != "the" for d in c.children)
                for c in token.children
            )
        ):
            # `claimed responsibility for the attack in a televised statement`: where it
            # was said, which the parser hung on the last noun of what was said.
            end = token.i
            break
        if (
            token.dep_ == "relcl"
            and token.lemma_.lower() in CUE_VERBS
            and token.i > first.i
            and token.left_edge.i > 0
            and doc[token.left_edge.i - 1].text == ","
        ):
            # `..., which suggests that ...`: a comment on the content, not part of it.
            end = min(end, token.left_edge.i)
            break
        if (
            token.dep_ == "conj"
            and token.head.i == first.i
            and (_act_no_clause_subject_does(token) or _offers_no_evidence(token))
        ):
            # `said the vote was a success and ordered troops ...`, `claimed the suspects
            # were linked to the opposition but did not present evidence`: the speaker's
            # own act (its words before it: `did not`)
            end = min(end, min(c.i for c in (token, *token.lefts) if c.dep_ != "cc"))
            break
        if (
            token.dep_ == "conj"
            # (a verb: not `separate church and state`)
            and token.pos_ in {"VERB", "AUX"}
            # (not one the reported clause's modal governs: `said he would travel to
            # Gyumri and tell worshippers the truth`, what he would do; but `could attack,
            # and said that ...` reports again)
            and not (
                any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children)
                # (bare, as the modal wants: not `would reopen soon and praised the divers`)
                and token.tag_ == "VB"
                and doc[token.i - 2].text != ","
                and not any(
                    c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "on")
                    for c in token.children
                )
            )
            and (
                token.lemma_.lower() in CUE_VERBS
                # (`confirmed that units had been moved but described it as ...`)
                or (
                    token.lemma_.lower() in _AS_CUES
                    and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
                )
                # (`but made no reference to the carrier`, as `but did not mention it`)
                or _makes_no_mention(token)
            )
            and token.head.i >= start
            and token.i > first.i
            and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)
            # (not joined inside a reason: `..., he said, because he walked to work and
            # never thought his weight was a problem`)
            and token.head.dep_ != "advcl"
            # (`said the suspects had scouted bases and had agreed to set fire to a
            # depot`: the reported clause's perfect, told again, keeps it in that clause)
            and not _perfect_like_its_head(token)
            # (`had been beaten and denied medical care`: a refusal told in the clause)
            and not (token.lemma_.lower() == "deny" and _refuses(token))
            # (`urged Lai to resign and admit his mistakes`: what was urged)
            and not _joined_to_infinitive(token)
            # (`said his client was innocent and had thought they were builders`: the
            # belief of the reported clause's own subject)
            and not _belief_of_the_clause(token)
            # (`had adapted and was believed to be collecting taxes`: a passive of
            # belief that hedges the clause, no speaker's)
            and not any(c.dep_ == "auxpass" for c in token.children)
            and (
                token.lemma_.lower() in _SPEECH_VERBS
                # (a clause it reports; not an object's state: `found him fit`)
                or any(
                    (c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}) or c.dep_ == "xcomp"
                    for c in token.children
                )
                or _judges_the_subject(token)
                or _disagrees_with_clause(token)
                or _speakers_own_act(token)
                or _makes_no_mention(token)
                # (a finite cue joined to a gerund: `accused X of arresting hundreds and
                # called for their release`)
                or (token.tag_ in {"VBD", "VBZ"} and token.head.tag_ == "VBG")
            )
        ):
            # `said A and added B` starts a claim of its own; `said China abides by X
            # and rejects Y` is one reported clause. (`said A but would not say B`: the
            # auxiliaries before that cue are its own.)
            cut = token.i
            while (
                cut - 1 > token.head.i
                and doc[cut - 1].head.i == token.i
                and doc[cut - 1].dep_ in {"aux", "neg", "advmod"}
            ):
                cut -= 1
            end = min(end, cut)
            break
    if skip is not None and skip.i < start:
        own = next((c for c in first.children if c.dep_ in _SUBJECT_DEPS), None)
        if (
            own is not None
            and own.left_edge.i > start
            and _repeated_adverb(doc[skip.i + 1 : own.left_edge.i])
        ):
            start = own.left_edge.i  # `said over and over again he wants ...`
    if skip is not None and start <= skip.i < end:
        # The content sits on one side of the cue.
        if skip.i - start >= end - skip.i - 1:
            end = skip.left_edge.i if skip.left_edge.i > start else skip.i
        else:
            start = skip.right_edge.i + 1
    while start < end and (
        (doc[start].is_punct and doc[start].text not in '"“‘(')
        or (doc[start].lower_ == "that" and doc[start].dep_ == "mark")
        # `..., X reported, while in Odesa the parade began ...`: the contrast is the writer's
        or (
            doc[start].lower_ in {"while", "whereas"}
            and doc[start].dep_ == "mark"
            and first.dep_ == "advcl"
            and skip is not None
            and skip.i > first.i
        )
        # A reported clause the parser took for a relative one (`told the meeting that
        # he had met ...`) opens with `that` as its pronoun.
        or (doc[start].lower_ == "that" and start == first.left_edge.i and first.dep_ == "relcl")
        # `wrote on Telegram that power had been restored`: `that` read as a determiner
        # of the reported clause's subject, right after the cue's own words
        or (
            doc[start].lower_ == "that"
            and doc[start].dep_ == "det"
            and start == first.left_edge.i
            and first.pos_ in {"VERB", "AUX"}
            and skip is not None
            and start > 0
            # (after words of the cue's own, not right after it: `says that scenario is`)
            and start - 1 != skip.i
            and doc[start - 1].i in {t.i for t in skip.subtree if t.i < start}
            and not any(c.dep_ == "ccomp" for c in skip.children if c.i > start and c.i != first.i)
        )
    ):
        start += 1
    if end < len(doc) and doc[end].lower_ in {"a.m.", "p.m."} and doc[end - 1].like_num:
        end += 1  # `at 9 p.m.`, the time of day the parser hung elsewhere as a full stop
    while end > start and (
        doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in '"”’)%')
    ):
        end -= 1
    while end > start and doc[end - 1].lower_ in {"and", "but", "or"}:
        end -= 1
        while end > start and doc[end - 1].is_punct and doc[end - 1].text not in '"”’)%':
            end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


#: Participles of a judgement a speaker goes on to give: `..., calling the strikes an
#: escalation`, `..., describing the victims as terrorists`.
_JUDGING_PARTICIPLES = _words("call describe label brand")
#: ... and those that lay blame: `accusing it of obstructing aid`.
_BLAMING = _words("accuse blame")
#: ... and those that give credit: `crediting the evacuation of thousands`.
_CREDITING = _words("credit praise hail thank commend applaud")


def _speakers_own_side(verb: Token) -> bool:
    """Whether the subject of a reported clause is the speaker's side, as a pronoun or
    owned by one: `he would force a vote`, `its troops committed no abuses`."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (
        subject.lower_ in {"he", "she", "it", "they", "we", "i"}
        or any(
            c.dep_ == "poss" and c.lower_ in {"his", "her", "its", "their", "our"}
            for c in subject.children
        )
    )


def _while_of_time(clause: Token) -> bool:
    """`said it would not disarm while troops remained`, `could take a hard line while
    accepting their money`: a `while` of time, part of what was said; not a contrast,
    set off by a comma (`..., while rivals said ...`) or setting other people against
    the speaker (`while others found it distasteful`)."""
    if not any(m.dep_ == "mark" and m.lower_ == "while" for m in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    if any(c.lower_ in _PEOPLE_QUANTIFIERS for c in subjects):
        return False
    # (the comma also inside a quotation's closing mark: `was "dead," while loyalists ...`)
    return not _after_comma(clause.doc, clause.left_edge.i) or (
        clause.tag_ == "VBG" and not subjects
    )


def _participle_cue_to(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start`` to ``end`` are a comma and a participle of saying that runs to
    the end: `, noting that the rules held`."""
    if end - start < 2 or doc[start].text != ",":
        return False
    participle = doc[start + 1]
    return (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and participle.lemma_.lower() in CUE_VERBS
        and participle.right_edge.i + 1 >= end
    )


def _perfect_like_its_head(verb: Token) -> bool:
    """Whether a joined verb repeats the perfect auxiliary of the verb it is joined to
    (`had scouted ... and had agreed`)."""
    perfect = {"had", "has", "have"}
    own = {c.lower_ for c in verb.children if c.dep_ == "aux"} & perfect
    return bool(own & {c.lower_ for c in verb.head.children if c.dep_ == "aux"})


def _subject_holds_the_conjunction(verb: Token) -> bool:
    """`Critics praise the bank, the lender, for acting but remain skeptical`: a subject the
    gave a verb joined to the one before, which takes in the `but` that joins them; it
    is the first verb's object and its apposition, and the verbs share a subject."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    doc = verb.doc
    return any(
        c.dep_ == "nsubj"
        and c.i < verb.i
        and c.right_edge.i == verb.i - 1
        and doc[verb.i - 1].pos_ == "CCONJ"
        for c in verb.children
    )


def _name_read_as_root(verb: Token, subject: Token) -> Token | None:
    """`Harry Roque, who is facing a complaint and has left the country, posted ...`, `The
    Russian embassy, whose mercenaries support the army, did not respond`: the name the
    parser made the sentence's root, with the verb joined to the relative clause that
    describes it; the name, not the relative clause's subject, is the verb's."""
    doc = verb.doc
    if (
        verb.dep_ != "conj"
        or doc[verb.left_edge.i - 1].text != ","
        or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    name = clause.head
    if (
        clause.dep_ == "relcl"
        and name.dep_ == "ROOT"
        and name.pos_ in {"PROPN", "NOUN"}
        and subject.i < verb.i
        and clause.left_edge.i <= subject.i <= clause.right_edge.i
    ):
        return name
    return None


def _outside_quotation(doc: Doc, start: int, at: int, end: int) -> bool:
    """Whether token ``at`` stands outside any quotation between tokens ``start`` and
    ``end``: the marks before it pair up, and none follows it."""
    return _quote_marks_in(doc, start, at) % 2 == 0 and not _quote_marks_in(doc, at, end)


def _quote_marks_in(doc: Doc, start: int, end: int) -> int:
    """How many quotation marks stand between tokens ``start`` and ``end``."""
    return sum(1 for t in doc[start:end] if t.text in _OPENING_MARKS | _CLOSING_MARKS)


def _splits_a_quotation(verb: Token) -> bool:
    """Whether a cue stands between the close of a quotation and the opening of another
    (`"...," he said, "..."`)."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    closed = any(t.tag_ == "''" or t.text in _QUOTE_CLOSE for t in doc[max(0, left - 2) : verb.i])
    opened = any(
        t.tag_ == "``" or t.text in _QUOTE_OPEN for t in doc[verb.i + 1 : min(len(doc), right + 2)]
    )
    return closed and opened


def _age_read_as_modifier(verb: Token) -> Token | None:
    """`"...," the 52-year-old said`: one named by age, which the parser hung on the
    verb as its adjective (its article too), leaving the verb no subject."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.lower_ == "old"
        and before.head.i == verb.i
        and before.dep_ == "amod"
        and any(t.lower_ in {"year", "years"} for t in before.lefts)
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return before
    return None


def _owned_by_place_pair(subject: Token) -> Token | None:
    """`Jammu and Kashmir's chief minister, Omar Abdullah, told`: the office of a place
    whose name holds `and`, which the parser joined to the name's first word."""
    doc = subject.doc
    if subject.ent_type_ not in {"GPE", "LOC"} or subject.i + 2 >= len(doc):
        return None
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "conj"
            and c.tag_ == "NN"
            and doc[subject.i + 1].lower_ == "and"
            and any(p.dep_ == "poss" and p.i == subject.i + 2 for p in c.children)
        ),
        None,
    )


def _name_read_as_adverb(verb: Token) -> Token | None:
    """`USAID said it had sent teams`, with the body's name tagged an adverb: a name
    right before the cue, hung on it, where the cue has no subject."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if (
        before.head.i == verb.i
        and before.dep_ in {"advmod", "npadvmod"}
        and before.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
        and before.ent_iob_ == "B"
    ):
        return before
    return None


def _subject(verb: Token) -> Token | None:
    """The source of a cue verb: its subject, or the subject of the verb it continues."""
    doc = verb.doc
    if (
        verb.tag_ == "VBG"
        and verb.i > 1
        and doc[verb.i - 1].dep_ == "conj"
        and doc[verb.i - 1].pos_ in {"PROPN", "NOUN"}
        and doc[verb.i - 1].head.i == verb.head.i
        and doc[verb.i - 2].lower_ == "and"
    ):
        # `with prosecutors accusing him of X and Lissu telling the court Y`: the name
        # the parser joined to the participle before is this one's subject
        return doc[verb.i - 1]
    if (named_with := _with_phrase_before(verb)) is not None:
        # `Iran condemned it, with Baghaei, its spokesman, saying ...`: the one the
        # phrase names, which the parser cut from the participle
        return named_with
    subject = (
        _source_read_as_apposition(verb)
        or _subject_as_parsed(verb)
        or _subject_of_auxiliary(verb)
        or _inverted_source_read_as_object(verb)
        or _source_read_into_the_clause(verb)
        or _subject_read_as_root(verb)
    )
    if subject is not None and (read_as_subject := _object_read_as_subject(verb)) is not None:
        return read_as_subject[1]
    if subject is not None and (owned := _owned_by_place_pair(subject)) is not None:
        subject = owned
    if subject is None:
        subject = _age_read_as_modifier(verb) or _name_read_as_adverb(verb)
    elif (named := _name_read_as_root(verb, subject)) is not None:
        subject = named
    if subject is None:
        # `In Zahedan, a doctor, who spoke on condition of anonymity, said ...`: the
        # speaker read as an apposition of the place before
        fronted = [c for c in verb.children if c.i < verb.i]
        # (`Asked about sanctions, an official, ...`: a phrase of the participle before)
        fronted += [g for c in fronted if c.dep_ == "advcl" for g in c.children]
        subject = next(
            (
                a
                for p in fronted
                if p.dep_ == "prep" and p.i < verb.i
                for o in p.children
                if o.dep_ == "pobj"
                for a in o.children
                if a.dep_ == "appos"
                and (
                    (a.tag_ == "NN" and a.lemma_.lower() in _PERSON_NOUNS)
                    # `On Monday, Rubio, speaking to reporters, said ...`
                    or (a.pos_ == "PROPN" and a.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"})
                )
            ),
            None,
        )
    if (
        subject is None
        and verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.head.head.lemma_.lower() in CUE_VERBS
        and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
        # (not a belief of the clause's own subject: `said his client was innocent and
        # had thought they were builders`)
        and not _belief_of_the_clause(verb)
    ):
        # `wrote that the statements amounted to a declaration of war and urged the
        # council to act`: a cue with words of its own, joined to what was said, whose
        # subject says nothing, is the first cue's speaker's.
        return _subject(verb.head.head)
    if (
        subject is None
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in CUE_VERBS
        and _second_cue_read_as_reported(verb)
    ):
        # `said in a report that A and warned that B`: the second cue the parser made
        # what the first reports is the first one's speaker's
        return _subject(verb.head)
    if subject is None and (asked := _set_off_participle_read_as_verb(verb)) is not None:
        return asked
    if (
        subject is None
        and verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBZ"}
        and verb.head.tag_ == "VBG"
        and verb.head.dep_ in {"pcomp", "xcomp"}
    ):
        # `accused the authorities of arresting hundreds and called for their release`: a
        # finite verb the parser joined to the gerund of the charge goes with the verb
        # above it
        above = next((a for a in verb.head.ancestors if a.tag_ in {"VBD", "VBZ", "VBP"}), None)
        if above is not None:
            return _subject(above)
    if (
        subject is None
        # (or the subject of the clause it is joined to, which cannot be its own: `said in
        # a statement that the vote ignored millions and called for a dialogue`)
        or (
            subject.head.i == verb.head.i
            and subject.pos_ == "NOUN"
            and (
                not _can_speak(subject)
                # (a document said to be something: `said the video was fake and urged
                # reporters to delete it`)
                or (subject.lemma_.lower() in _DOCUMENT_NOUNS and verb.head.lemma_ == "be")
            )
        )
    ) and _cue_joined_as_own_act(verb):
        return _subject(_joined_to_reported_clause(verb) or verb.head.head)
    if (
        subject is not None
        and subject.i < verb.i
        and _last_quote_close(verb.doc, subject.i, verb.i) is not None
    ):
        # `"... dozens of fighters on foot," Captain Ali told VOA`, parsed with a word of
        # the quote as the subject: the name after the quote says it.
        named = _name_after_quote(verb)
        if named is not None and named.i > subject.i:
            return named
    if subject is None:
        return subject
    # `CARACAS, VENEZUELA — President Maduro accused ...`, parsed with the dateline's
    # city (or its country: `BOGOTA, Colombia — X said`) as the subject and the speaker
    # in apposition to it.
    upper = subject.is_upper and len(subject.text) >= 3
    first = verb.sent.start
    opens = first + 1 < len(verb.doc) and (
        verb.doc[first + 1].text in {",", "/", "("} or verb.doc[first + 1].is_upper
    )
    if not upper and not opens:
        return subject  # (not `GOP front-runner Donald Trump - who ... - said`)
    dash = _dateline_dash(verb.doc, subject.i if upper else first, verb.i)
    if dash is None or subject.i > dash.i:
        return subject
    # (past the dateline's own appositions: `TEHRAN, IRAN — IRNA`, `CLEVELAND, July 19
    # (UPI) — X`)
    named = next((t for t in subject.subtree if t.dep_ == "appos" and t.i > dash.i), None)
    if named is None:
        # (or the first subject after the dash, wherever the parser hung it: `PORT OF
        # SPAIN, Trinidad and Tobago — Relatives of two men said`)
        named = next((t for t in verb.doc[dash.i + 1 : verb.i] if t.dep_ in _SUBJECT_DEPS), None)
    return named or subject


def _ranked_saying(token: Token) -> bool:
    """`..., in his sharpest criticism yet of Moscow`: the reporter ranking the saying
    among the speaker's others, set off by a comma."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "in"
        and token.doc[token.i - 1].text == ","
        and any(
            c.dep_ == "pobj"
            and any(a.dep_ == "amod" and _rank_word(a) for a in c.children)
            and any(p.dep_ == "poss" for p in c.children)
            for c in token.children
        )
    )


#: Verbs that take what something is `as` themselves: `uses detainees as leverage`.
_TAKING_AS = _AS_CUES | _words(
    "use treat serve act work hold keep designate list classify count identify present frame"
)


def _outer_verdict(token: Token, start: int) -> bool:
    """`as` in `dismissed Vucic's claim that Serbs were expelled as "propaganda"`: the
    verdict of the verb whose object the claim noun (before token ``start``) is, which
    the parser hung on the clause the noun holds."""
    if not (
        token.lower_ == "as"
        and token.dep_ in {"prep", "mark"}
        and all(
            t.is_punct or t.is_space for t in token.doc[token.right_edge.i + 1 : token.sent.end]
        )
    ):
        return False
    # (however deep in the clause: `dismissed X's claim that the protests were an attempt
    # to topple the government as "reckless"`; but not where the verb it hangs on takes
    # `as` itself: `rejected claims that it uses detained foreigners as leverage`)
    for clause in token.ancestors:
        if clause.lemma_.lower() in _TAKING_AS:
            return False
        noun = clause.head
        if (
            clause.dep_ in {"acl", "ccomp"}
            and noun.i < start  # (the claim noun before what it holds)
            and noun.pos_ == "NOUN"
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _LABELLING_CUES | _AS_CUES | _DENIAL_CUES
        ):
            return True
    return False


#: Verbs of giving more, which a speaker withholds after a claim: `but gave no details`.
_GIVING = _words("give provide offer elaborate release disclose publish reveal")
#: What a speaker withholds: `gave no details`, `provided no figures`, `have not
#: released their names`.
_WITHHELD = _words(
    """detail details figure figures evidence proof information specifics breakdown timeline
    timetable date estimate name names identity identities toll tally"""
)


def _joined_to_reported_clause(verb: Token, *, reporters_present: bool = False) -> Token | None:
    """The cue whose reported clause ``verb`` is joined to with `and` or `but`, with no
    subject of its own and in the cue's tense (so perhaps the cue's speaker's own act,
    not part of what was said); with ``reporters_present``, also in the present perfect
    after a past cue (`said ..., but have not released their names`: the reporter's now,
    not the speaker's words put in the past)."""
    if verb.dep_ != "conj":
        return None  # (read first: asked of every word of every content)
    cue = verb.head.head
    reported = verb.head.dep_ == "ccomp"
    if (
        verb.head.dep_ == "acl"
        and cue.lemma_.lower() in _SAYING_MEDIA
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.head.children)
    ):
        # (`said in a statement that A and called for B`: the clause hung on the medium)
        while cue.dep_ in {"pobj", "prep"}:
            cue = cue.head
        reported = True
    # (the tense of `did` where it carries it: `... but did not specify how many`)
    done = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "do"), verb)
    perfect = next(
        (
            c
            for c in verb.children
            if reporters_present
            and c.dep_ == "aux"
            and c.lemma_ == "have"
            and c.tag_ in {"VBP", "VBZ"}
        ),
        None,
    )
    first = verb.left_edge if done is not verb or perfect is not None else verb
    if (
        verb.dep_ == "conj"
        and verb.doc[first.i - 1].dep_ == "cc"
        and reported
        and (
            done.tag_ == cue.tag_
            or (perfect is not None and cue.tag_ == "VBD")
            or _past_read_as_participle(verb, cue)
        )
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return cue
    return None


def _past_read_as_participle(verb: Token, cue: Token) -> bool:
    """`said aid arrived and accused critics of lying`: a past tense the tagger took for a
    participle, with no auxiliary of its own nor one to share with the verb it is joined
    to (not `said soldiers had stormed the house and told residents to leave`)."""
    return (
        verb.tag_ == "VBN"
        and cue.tag_ == "VBD"
        and verb.head.tag_ == "VBD"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.head.children)
    )


#: Verbs of naming what one speaks of: `culprits, whom it did not name`.
_NAMING = _words("name identify specify")
#: What a speaker may withhold after what was said: `declined to identify the targets`.
_TELLING_MORE = _words("specify say elaborate comment discuss identify name describe")


def _withholding_joined(verb: Token, cue: Token) -> bool:
    """`The mission said its officers were supporting police but gave no details`,
    `... but declined to give details`: what the speaker did, joined in the cue's tense
    to the clause the cue reports, not what was said."""
    joined_to = _joined_to_reported_clause(verb, reporters_present=True)
    if joined_to is None or joined_to.i != cue.i:
        return False
    given = verb
    if verb.lemma_.lower() in _REFUSING:
        given = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if (
        given is not verb
        and given.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in given.children)
    ):
        return True  # `... and declined to rule out the use of force`
    if verb.lemma_.lower() == "refer" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"question", "inquiry", "query"}
        for c in verb.children
    ):
        return True  # `... and referred further questions to the White House`
    if verb.lemma_.lower() == "refrain" or (
        verb.lemma_.lower() in {"stop", "fall"}
        and any(c.dep_ == "advmod" and c.lower_ == "short" for c in verb.children)
    ):
        return True  # `... but stopped short of condemning the strike`, `refrained from`
    if (
        given is verb
        and verb.lemma_.lower() in _REFUSING
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _WITHHELD | {"comment"} for c in verb.children
        )
    ):
        return True  # `... and declined further comment`, `but refused details`
    if (
        given.lemma_.lower() in {"respond", "reply"}
        and (_negated(given) or given is not verb)
        and any(
            g.lemma_.lower() in {"question", "query", "request", "inquiry"}
            for c in given.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
        )
    ):
        return True  # `... and did not respond to questions`: the speaker's silence
    if given.lemma_.lower() in _TELLING_MORE and (_negated(given) or given is not verb):
        # `... but did not specify how many`, `but declined to say which`, `and declined
        # to comment on the case`, `but declined to identify the targets`
        return True
    return given.lemma_.lower() in _GIVING and (
        given.lemma_.lower() == "elaborate"
        or any(c.dep_ == "dobj" and c.lemma_.lower() in _WITHHELD for c in given.children)
    )


#: Verbs of fearing and hoping, a state of whoever is told of: `fearing they will be
#: expelled`.
_FEARING = _words("fear worry hope dread")


def _cue_joined_as_own_act(verb: Token) -> bool:
    """`said the White House had "walked away from a deal" and accused Democrats of ...`,
    `said the strike was a war crime and demanded an inquiry`: a cue with no subject of
    its own, joined after a closing quote mark, or to a clause that tells a state, to the
    clause a cue reports, which the parser took into that clause; the first cue's
    speaker's own act."""
    if verb.tag_ == "VBG" and verb.lemma_.lower() in _FEARING:
        return False  # `migrants camped at the border, fearing they will be expelled`
    # (in the first cue's tense: not `said China "abides by the rules" and rejects X`)
    joined_to = _joined_to_reported_clause(verb)
    if (
        joined_to is None
        or joined_to.lemma_.lower() not in CUE_VERBS
        # (or a request: `said the base would stay closed and asked residents to ...`)
        or (verb.lemma_.lower() not in _ANY_CUE_VERBS and not _asks_someone_to(verb))
    ):
        return False
    if verb.i >= 2 and verb.doc[verb.i - 2].tag_ == "''":
        return True
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if (
        verb.lemma_.lower() in _ACCUSATION_CUES
        and accused is not None
        and accused.tag_ != "PRP"
        and any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in verb.children)
    ):
        # `said Rwandan troops crossed the border and accused Kigali of lying`: an
        # accusation the speaker goes on to make (not `said soldiers beat the men and
        # accused them of spying`, the subject's, of those it acted on)
        return True
    # (`the men were emaciated and accused Hamas of ...`: a state told, then an act with
    # whom or what it is done to, which the state's subject is not said to do; nor one
    # that is not said to speak: `said the protest turned violent and urged calm`)
    told = verb.head
    told_of = next((c for c in told.children if c.dep_ in _SUBJECT_DEPS), None)
    state = (
        # (or the dead: `said two officers died and blamed the rebels`)
        told.lemma_ in {"be", "remain", "stay", "die"}
        or any(c.dep_ == "auxpass" for c in told.children)
        or (
            told_of is not None
            and told_of.pos_ == "NOUN"
            and not _can_speak(told_of)
            # (`fighters stopped his group and demanded money`: theirs, an extortion)
            and not (verb.lemma_.lower() == "demand" and _money_demanded(verb))
        )
    )
    return (
        state
        and verb.lemma_.lower() in _OWN_ACT_CUES
        and any(
            c.dep_ in {"dobj", "xcomp", "ccomp"}
            # (`and called for an inquiry`, `and warned against ...`)
            or (c.dep_ == "prep" and c.lower_ in _ACT_PREPOSITIONS and c.i == verb.i + 1)
            # (`and called for the detainees to be released`)
            or (
                c.dep_ == "advcl"
                and any(
                    m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in c.children
                )
            )
            for c in verb.children
        )
    )


#: Prepositions that carry what an own act is for or against: `called for`, `warned
#: against`, `called on`.
_ACT_PREPOSITIONS = _words("for against on")


def _asks_someone_to(verb: Token) -> bool:
    """`asked residents to avoid the area`: a request of someone, to do something."""
    return verb.lemma_.lower() == "ask" and _bids_someone_to(verb)


def _bids_someone_to(verb: Token) -> bool:
    """Whether a verb has someone to do something: an object and an infinitive (`asked
    residents to avoid the area`, `told them to leave`)."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp" and _infinitive_to(c) is not None for c in verb.children
    )


#: Cues of acts a speaker goes on to do after saying something: `and demanded an
#: inquiry`, `and accused X of ...`.
_OWN_ACT_CUES = _words(
    """accuse demand urge call describe condemn blame criticize criticise denounce reject
    dismiss vow pledge warn appeal announce ask promise defend"""
)


def _set_off_participle_read_as_verb(verb: Token) -> Token | None:
    """`China's Foreign Ministry, asked about the launch at a briefing, said ...`, parsed
    with `asked` as the verb of the name and the cue with no subject: the name."""
    doc = verb.doc
    # (or with the cue as what `asked` reports: `The ministry, asked whether it would
    # act, said ...`)
    above = [verb.head] if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "ask" else []
    for clause in [*verb.children, *above]:
        if clause in above and not (
            clause.i < verb.i and clause.tag_ in {"VBD", "VBN"} and doc[verb.i - 1].text == ","
        ):
            continue
        if clause not in above and not (
            clause.i < verb.i
            and clause.dep_ in {"ccomp", "advcl"}
            and clause.tag_ in {"VBD", "VBN"}
            # (the comma before the cue, which the parser may give the clause)
            and clause.right_edge.i in {verb.i - 2, verb.i - 1}
            and doc[verb.i - 1].text == ","
        ):
            continue
        name = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if (
            name is not None
            and name.right_edge.i in {clause.i - 2, clause.i - 1}
            and doc[clause.i - 1].text == ","
        ):
            return name
    return None


def _clause_subject_before_source(verb: Token, clause: Token) -> Token | None:
    """The subject of a clause after its cue, set off before the cue's source and hung
    on the cue: `Iran`, in `Iran, Kanaani said Monday, would install centrifuges`."""
    doc = verb.doc
    if clause.i < verb.i or any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return None
    subjects = [c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS | {"dep"}]
    if len(subjects) != 2 or subjects[0].left_edge.i != verb.sent.start:
        return None
    fronted, source = subjects
    if (
        fronted.right_edge.i + 1 != source.left_edge.i - 1
        or doc[fronted.right_edge.i + 1].text != ","
    ):
        return None
    return fronted


def _money_demanded(verb: Token) -> bool:
    """`demanded a ransom`, `demanded $500 from each driver`: money asked for, a deed."""
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in _PAYMENTS)
        for c in verb.children
    )


#: Those who rule on a case, and what they may throw out: `A court dismissed the charges`.
_BENCHES = _words("court judge judges tribunal panel")
_CASES = _words("charge charges case cases lawsuit suit complaint indictment")


def _rules_on_a_case(subject: Token | None, thrown_out: Token | None) -> bool:
    """Whether a court or judge throws out a case (`A court dismissed the charges`): a
    ruling, neither a claim nor an answer to one."""
    return (
        subject is not None
        and thrown_out is not None
        and subject.lemma_.lower() in _BENCHES
        and thrown_out.lemma_.lower() in _CASES
    )


#: What a vote, a court or a party disposes of: `rejected the amendment`, `dismissed the
#: appeal`, `rejected the peace plan`.
_MOTIONS = _words(
    """amendment amendments bill bills nomination nominations resolution resolutions motion
    motions measure measures legislation appeal appeals petition petitions application
    applications bid bids nominee candidacy plan plans proposal proposals offer offers deal
    deals call calls ceasefire truce names list request requests"""
)


def _land_claimed(verb: Token) -> bool:
    """`claims almost the entire South China Sea`, `claim sovereignty over the islands`:
    a claim to land or waters, held, not said."""
    return any(
        c.dep_ == "dobj" and (c.ent_type_ in {"GPE", "LOC"} or c.lemma_.lower() in _TITLES_TO_LAND)
        for c in verb.children
    )


#: What a state claims as its own: `claims sovereignty over the islands`.
_TITLES_TO_LAND = _words("sovereignty territory ownership jurisdiction waters islands land")
#: What is paid: `demanded a ransom`.
_PAYMENTS = _words("ransom payment payments money fee fees bribe bribes tribute cash")


def _source_read_as_apposition(verb: Token) -> Token | None:
    """`The attackers, a witness said, arrived on motorcycles`: the source of a cue set
    off by commas inside the clause it reports, read as an apposition of that clause's
    subject, which the parser made the cue's."""
    doc = verb.doc
    clause = verb.head
    if (
        verb.dep_ != "parataxis"
        or clause.i < verb.i
        or any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
    ):
        return None
    return next(
        (
            a
            for s in verb.children
            if s.dep_ in _SUBJECT_DEPS and s.i < verb.i
            for a in s.children
            if a.dep_ == "appos"
            and a.right_edge.i == verb.i - 1
            and doc[a.left_edge.i - 1].text == ","
        ),
        None,
    )


def _subject_read_as_root(verb: Token) -> Token | None:
    """`A senior official, who spoke on condition of anonymity, claimed ...`: the subject
    of a sentence's verb, past and set off from it by a clause that describes it, which
    the parser made the root with the verb its modifier; also where it joined the verb to
    a participle set off after the subject (`A senior official, speaking anonymously,
    claimed ...`)."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return None
    if verb.tag_ == "VBN" and any(c.dep_ in {"agent", "auxpass"} for c in verb.children):
        return None  # (`the man, arrested by police`: a passive that describes him)
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "acl" and head.tag_ == "VBG":
        head = head.head
    elif verb.dep_ != "acl":
        return None
    if head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i:
        return head
    return None


def _source_read_into_the_clause(verb: Token) -> Token | None:
    """`The troops will stay, Katz, a close ally of the premier, said.`: the source of a
    cue that closes the sentence, described at length, which the parser hung on the
    clause it reports (an apposition, a conjunct, a modifier) and left the cue without
    a subject; also one hung on a participle that opens the sentence (`Speaking to
    reporters in Moscow, Dmitry Peskov, a Kremlin spokesman, said ...`)."""
    doc = verb.doc
    if verb.i < 2 or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    opening = next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i < verb.i
            and c.tag_ in {"VBG", "VBN"}
            and c.i == c.left_edge.i
        ),
        None,
    )
    if opening is not None:
        return _source_hung_in(opening, verb)
    if (
        any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children)
        # (nothing after the cue but whom it was told and where: `told Yle.`; not
        # `..., reports USA Today`, its source after it)
        or not all(
            t.is_punct
            or any(
                a.head == verb
                and (a.dep_ == "prep" or (a.dep_ in {"dobj", "dative"} and verb.lemma_ == "tell"))
                for a in (t, *t.ancestors)
            )
            for t in doc[verb.i + 1 : verb.sent.end]
        )
    ):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or any(t.text in _QUOTE_MARKS for t in doc[verb.sent.start : verb.i]):
        return None  # (a quotation's source is found after it: `_name_between_quote_and_cue`)
    return _source_hung_in(clause, verb)


def _source_hung_in(clause: Token, verb: Token) -> Token | None:
    """The name set off by commas at the end of ``clause``, right before ``verb``: the
    leftmost apposition, conjunct or modifier that runs up to the cue."""
    doc = verb.doc
    return min(
        (
            t
            for t in clause.subtree
            if t.i > clause.i
            and t.dep_ in {"npadvmod", "conj", "appos"}
            and t.pos_ in {"NOUN", "PROPN"}
            and doc[t.left_edge.i - 1].text == ","
            # (closed by a comma, or by a clause that describes it: `a commander who
            # fought there said`)
            and (
                (t.right_edge.i + 1 in {verb.i - 1, verb.i} and doc[verb.i - 1].text == ",")
                or (
                    t.right_edge.i + 1 == verb.i
                    and any(c.dep_ in {"relcl", "acl"} and c.i > t.i for c in t.children)
                )
            )
        ),
        key=lambda t: t.left_edge.i,
        default=None,
    )


def _subject_as_parsed(verb: Token) -> Token | None:
    named = _name_read_as_modal(verb)
    if named is not None:
        return named
    if _belief_of_the_clause(verb):
        # `said his client was innocent and had thought ...`: the clause's subject's
        return next(c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_.lower() in _FEARING:
        # `Migrants camped at the border, fearing they will be expelled, witnesses said`:
        # the fear of whom the clause tells of
        feeling = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), None)
        if feeling is not None:
            return feeling
    if (
        verb.dep_ == "ccomp"
        and verb.lemma_.lower() in CUE_VERBS
        and verb.i > 0
        and verb.doc[verb.i - 1].dep_ == "cc"
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children)
    ):
        # `said the attack was a response and warned that ...`, parsed as a second
        # complement of the first cue: the first cue's speaker goes on.
        return _subject(verb.head)
    if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        # `That attitude, many argue, could ...`: a quantifier standing for people, read
        # as a modifier of the cue right after it.
        quantifier = next(
            (
                c
                for c in verb.children
                if c.i == verb.i - 1
                and c.dep_ in {"amod", "advmod", "npadvmod", "det"}
                and c.lower_ in _PEOPLE_QUANTIFIERS
            ),
            None,
        )
        if quantifier is not None:
            return quantifier
    if verb.tag_ == "VBG":
        # `objected to the minister's saying ...`: a gerund's owner says it.
        owner = next((c for c in verb.children if c.dep_ == "poss" and c.i < verb.i), None)
        if owner is not None:
            return owner
    # `X was booed by the crowd after saying ...`: X says it, not the crowd (but `X was
    # signed by Y, saying ...`: Y does).
    said_after_a_passive = (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in {"after", "before", "upon", "since", "while"}
    )
    seen = 0
    token = _nearer_clause(verb) or verb
    while seen < 6:
        seen += 1
        if _subject_holds_the_conjunction(token):
            token = token.head  # `praise the bank, the lender, for acting but remain skeptical`
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
        after = [c for c in token.children if c.dep_ == "nsubj" and c.i > token.i]
        if (
            subjects
            and after
            and any(t.text in {'"', "”", "''"} for t in token.doc[subjects[-1].i : token.i])
        ):
            # `"... Full panic mode," said Leslie Wimes`: quoted words are not the subject.
            return after[0]
        if (
            subjects
            and after
            and token.i == verb.i
            and token.doc[token.i - 1].text == ","
            and after[0].right_edge.i + 1 < len(token.doc)
            and token.doc[after[0].right_edge.i + 1].text == ","
        ):
            # `The decision, said a senior official, was final`: the cue and its source
            # set off inside the clause; the clause's subject is what was said of
            return after[0]
        if len(subjects) > 1:
            # `A media analyst at USC, Gatov noted`, `Shafiq-ul-Rehaman said`: two subjects
            # for one verb; the one next to it is the name, unless it is a description set
            # off by dashes (`Al-Sharaa — leader of the group — said`).
            doc = token.doc
            last = subjects[-1]
            opener = doc[last.left_edge.i - 1 : last.left_edge.i + 1].text
            dashes = [t for t in doc[subjects[-2].i : last.left_edge.i] if t.text in {"—", "–"}]
            # (`KYIV (AP) — Minister X said`: a lone dash ends a dateline, not an aside)
            if ("—" in opener or "–" in opener) and (
                len(dashes) > 1 or _closing_dash(token) is not None
            ):
                return subjects[-2]
            return last
        said_after = said_after_a_passive and token.i != verb.i
        joined_name = _subject_read_as_conjunct(token)
        if joined_name is not None:
            return joined_name
        for child in token.children:
            if (
                (child.dep_ in _SUBJECT_DEPS and child.dep_ != "nsubjpass")
                or (
                    child.dep_ == "nsubjpass"
                    # (`was cited by the Nikkei as saying`: the one cited, not the paper)
                    and (token.lemma_ in {"quote", "cite"} or _has_read_as_passive(token))
                )
                # `X was forced into damage control and said that ...`: X says it.
                or (
                    child.dep_ == "nsubjpass"
                    and verb.dep_ == "conj"
                    and token.i != verb.i
                    and any(c.dep_ == "cc" for c in token.children)
                )
                or (child.dep_ == "nsubjpass" and said_after)
            ):
                return child
            if child.dep_ == "agent" and not said_after:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        if token.i == verb.i:
            misplaced = _misplaced_subject(verb)
            if misplaced is not None:
                return misplaced
        if (
            token.dep_ == "acl"
            and token.tag_ in {"VBD", "VBN"}
            and token.head.dep_ == "ROOT"
            and token.head.pos_ in {"PROPN", "NOUN"}
        ):
            # `Donald Trump, who is vying to be president, tweeted on Friday to say ...`:
            # the sentence's verb read as a clause of the name, left as its root.
            return token.head
        if token.dep_ == "acomp" and token.lemma_.lower() in _SAYING_FRAMES:
            token = token.head  # `voters were more likely to say`: who is likely says it
            continue
        if token.dep_ == "advcl" and token.tag_ == "VBG":
            absolute = _absolute_subject(token) or _people_before(token) or _object_doing(token)
            if absolute is not None:
                return absolute
            if _participle_of_main_clause(token):
                # `Bennett denied the notion that a shakeup is coming, explaining that ...`:
                # who denied explains, not the shakeup.
                token = token.head.head.head
                continue
            if _participle_after_time_clause(token):
                # `Two judges resigned after Zardari signed the amendment, saying ...`: the
                # participle closes the main clause, whose subject says it
                token = token.head.head
                continue
            holder = _holder_of_that_clause(token)
            if holder is not None:
                # `She was adamant that the firm keep the upper hand, telling the board
                # ...`: who holds the that-clause tells it, not the clause's subject.
                token = holder
                continue
        if token.dep_ == "conj" and token.i == verb.i:
            named = _name_after_dash(verb)
            if named is not None:
                return named
        if token.dep_ == "conj" or (
            token.dep_ in {"advcl", "xcomp"}
            and (
                token.tag_ in {"VBG", "VB"}
                # `Having announced that ..., the judge proceeded`
                or any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)
            )
        ):
            head = token.head
            if (
                token.dep_ == "conj"
                and head.i < token.i
                and any(t.text in _QUOTE_MARKS for t in token.doc[head.i : token.i])
            ):
                # `"We were wrong," Ramos, 58, told AFP`: a cue joined to the quoted
                # clause before it; the name after the quote says it.
                named = _name_after_quote(verb)
                if named is not None:
                    return named
            if (
                token.dep_ == "advcl"
                and head.i > token.i
                and token.sent.root.i < token.i
                and any(t.text in _QUOTE_OPEN or t.text == '"' for t in token.doc[token.i : head.i])
            ):
                # `X seemed ready, telling the crowd, "Some people get ..."`: a participle
                # the parser hung on a verb of the quote after it modifies the main clause.
                head = token.sent.root
            if token.dep_ in {"advcl", "xcomp"} and token.tag_ == "VBG":
                # `"They should ...," the spokesperson added, further describing ...`: a
                # participle hung on the quote's verb goes on from the cue after the quote.
                cue = next(
                    (
                        c
                        for c in head.children
                        if c.dep_ == "parataxis"
                        and head.i < c.i < token.i
                        and c.lemma_.lower() in CUE_VERBS
                        and (
                            any(t.text in _QUOTE_MARKS for t in token.doc[head.i : c.i])
                            # (or a cue set off that closes the clause: `Armed men
                            # seized a priest, the diocese said, blaming separatists`)
                            or any(t.text == "," for t in token.doc[head.i : c.i])
                        )
                    ),
                    None,
                )
                if cue is not None:
                    head = cue
            if (
                token.dep_ == "conj"
                and (
                    head.dep_ == "acl"
                    # `told a meeting that he had met X and vowed ...`: a that-clause read
                    # as relative; not `the families, who have gathered and called for`
                    or (
                        head.dep_ == "relcl"
                        and not any(
                            c.dep_ in _SUBJECT_DEPS and c.lower_ in {"who", "which", "that"}
                            for c in head.children
                        )
                    )
                )
                and token.tag_ in {"VBD", "VBZ", "VBP"}
                and head.tag_ != token.tag_
                and token.sent.root.pos_ in {"VERB", "AUX"}
                and token.sent.root.i < token.i
            ):
                # `Romney ran on his ability to jolt the recovery and accused Obama of ...`:
                # a finite cue joined to a clause of another tense inside a noun phrase
                # goes on from the sentence's main verb.
                head = token.sent.root
            if token.dep_ == "conj" and token.i == verb.i and _disagrees_with_clause(token):
                # `rejected claims that the count is wrong and maintain that ...`: a cue
                # that does not fit the clause it was joined to goes on from the verb
                # that holds that clause.
                head = head.head if head.dep_ == "ccomp" else token.sent.root
            # A cue joined to a reported clause (`said A and said B`, `added A, suggesting
            # B`) continues the cue that reported it, not the clause's own subject.
            if (
                head.dep_ == "ccomp"
                and (
                    head.head.lemma_.lower() in CUE_VERBS
                    or head.head.lemma_.lower() in _PREPOSITION_CUES
                )
                # not a verb of the quote the participle announces (`X seemed unmoved,
                # telling reporters, "Many people said ..."`), which the parser made root
                and not (
                    head.head.i > token.i
                    and any(t.text in _QUOTE_MARKS for t in token.doc[token.i : head.head.i])
                )
                # nor a participle of saying in the words a closing cue reports, of one
                # who may speak (`Villagers refused to leave, saying ..., police said`)
                and not (
                    head.head.i > token.i
                    and token.lemma_.lower() in _SPEECH_VERBS
                    and any(c.dep_ == "nsubj" and _can_speak(c) for c in head.children)
                )
            ):
                head = head.head  # `pointed out A and added B`: who pointed out adds it
            token = head
            continue
        if (
            token.dep_ == "pcomp"
            and token.head.lower_
            in {"by", "after", "before", "while", "without", "despite", "since", "in", "on", "upon"}
            and token.head.head.pos_ in {"VERB", "AUX"}
        ):
            token = token.head.head  # `responded by saying X`: who responded says it
            if (
                token.dep_ == "ccomp"
                and token.head.lemma_.lower() in CUE_VERBS
                and verb.doc[verb.i - 1].lower_ in _SEQUENCE_PREPS
            ):
                # `said the deadlock kept us safe before claiming X`: the parser hung the
                # sequel on what was said; who said it goes on.
                token = token.head
            continue
        if token.dep_ == "pcomp" and token.head.lower_ == "as":  # `was quoted as saying`
            token = token.head.head
            # `The Financial Times cited officials as saying`: the officials speak.
            quoted = next((c for c in token.children if c.dep_ == "dobj"), None)
            if quoted is not None and token.lemma_.lower() in {"cite", "quote"}:
                return quoted
            continue
        break
    return _stranded_subject(verb)


_PRESENT_TAGS = frozenset(("VBZ", "VBP"))
_SINGULAR_TAGS = frozenset(("NN", "NNP"))
_PLURAL_TAGS = frozenset(("NNS", "NNPS"))


def _makes_no_mention(verb: Token) -> bool:
    """`made no reference to the carrier`, `made no mention of it`: the speaker's silence
    on something, as `did not mention it`."""
    return verb.lemma_.lower() == "make" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in {"reference", "mention"}
        and any(d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _disagrees_with_clause(verb: Token) -> bool:
    """Whether a verb the parser joined to a clause that reports or describes something
    (`determined that the arrest is unlawful and called for ...`, `claims that the
    count is wrong and maintain ...`) cannot share that clause's subject: it does not
    agree with it in number, or it is in the past where the clause is in the present and
    the verb holding the clause is in the past."""
    head = verb.head
    if head.dep_ not in {"ccomp", "acl"} or head.i > verb.i:
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    if verb.lemma_.lower() in {"find", "discover"} and not any(
        c.dep_ in {"ccomp", "xcomp"} for c in verb.children
    ):
        return False  # `troops had deployed and found widespread destruction`: a deed
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    tense = verb.tag_
    if auxiliaries:
        if len(auxiliaries) > 1 or auxiliaries[0].lemma_ != "do":
            return False
        # `... but did not mention the refinery`: the tense is the auxiliary's
        tense = auxiliaries[0].tag_
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return False
    modal = _modal_or_infinitive(head)
    if tense in {"VBP", "VB"} and subject.tag_ in _SINGULAR_TAGS and not modal:
        return True  # (`could come together and find ...`: a base form shows no number)
    if tense == "VBZ" and subject.tag_ in _PLURAL_TAGS:
        return True
    holder = head.head if head.dep_ == "ccomp" else verb.sent.root
    holder_past = holder.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "had"} for c in holder.children
    )
    if tense == "VBD" and head.tag_ == "VB" and modal:
        return True  # `predicted that the harbour would reopen and praised ...`
    if (
        tense == "VBD"
        and head.tag_ == "VBN"
        and holder.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
    ):
        return True  # `said the group had taken the town and accused ...`: its own act
    if (
        tense == "VBD"
        and head.tag_ == "VBG"
        and holder.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in head.children)
        and verb.lemma_.lower() in _ANY_CUE_VERBS
    ):
        return True  # `said Ethiopia was beating the drums of war and accused ...`
    return tense == "VBD" and head.tag_ in _PRESENT_TAGS and holder_past


#: Cues whose object is whom or what they judge: `accuses the group of rearming`.
_ACCUSING_CUES = _JUDGING_CUES | _DENIAL_CUES | _words("accuse blame urge warn condemn criticize")


#: Acts only a person or a body does: `ordered troops to the border`, `thanked Brazil`.
_ACTS_OF_PEOPLE = _words(
    """order thank offer name appoint sign dismiss sack summon invite instruct direct
    congratulate meet visit promise pledge vow announce praise welcome urge"""
)


def _offers_no_evidence(verb: Token) -> bool:
    """`but did not present evidence`, `but failed to provide evidence`: a verb with no
    subject of its own that says evidence was not given."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    words = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    found = _UNSUPPORTED.search(words.text)
    # (the verb itself says so: not `and recovered weapons, without providing evidence`)
    return found is not None and found.start() <= verb.idx - words.start_char


def _act_no_clause_subject_does(verb: Token) -> bool:
    """`Maduro said the vote was a success and ordered the army to the border`: an act
    joined to a reported clause whose subject is a thing that cannot do it (a vote
    orders nothing); the speaker's own, no part of what was said."""
    head = verb.head
    if (
        verb.tag_ not in {"VBD", "VBZ"}
        or verb.lemma_.lower() not in _ACTS_OF_PEOPLE
        or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        or head.dep_ != "ccomp"
        or head.head.lemma_.lower() not in CUE_VERBS
    ):
        return False
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    return (
        # (a state told of a thing: `the vote was a success`, `the border was calm`)
        head.lemma_ == "be"
        and subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and not _can_speak(subject)
        and subject.lower_ not in _NOTHING
    )


def _speakers_own_act(verb: Token) -> bool:
    """`Israel says it targets only fighters and accuses the group of rearming`: a cue
    joined to a reported clause whose subject is a pronoun for the speaker is the
    speaker's, however it is read."""
    head = verb.head
    if not (verb.dep_ == "conj" and head.dep_ == "ccomp" and head.i < verb.i):
        return False
    if any(c.dep_ in {*_SUBJECT_DEPS, "neg"} or c.lower_ == "never" for c in verb.children):
        return False
    # (a cue that says something: `calls her "a fine woman"`, `accuses the group of ...`;
    # not `called a donor`, `still feared the military`)
    if not any(
        c.dep_ in {"ccomp", "xcomp", "oprd"}
        or (c.dep_ == "dobj" and verb.lemma_.lower() in _ACCUSING_CUES)
        for c in verb.children
    ):
        return False
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    speaker = next((c for c in head.head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or speaker is None or subject.lower_ not in {"it", "he", "she", "they"}:
        return False
    plural = speaker.tag_ in _PLURAL_TAGS
    if subject.lower_ == "it":
        return not plural and speaker.tag_ != "PRP"
    return (subject.lower_ == "they") == plural or speaker.lower_ == subject.lower_


def _misplaced_subject(verb: Token) -> Token | None:
    """The subject of a cue with none of its own, where the parser put it elsewhere among
    the words before the cue."""
    doc = verb.doc
    # `Republican activists clamoring to block X say ...`: a participle the parser made a
    # clause of the cue, taking the cue's subject with it.
    participle = next(
        (
            c
            for c in verb.lefts
            if c.dep_ in {"advcl", "csubj"}
            and c.tag_ == "VBG"
            and not any(m.dep_ in {"mark", "advmod"} for m in c.children if m.i < c.i)
        ),
        None,
    )
    if participle is not None:
        taken = next((c for c in participle.lefts if c.dep_ == "nsubj"), None)
        if taken is not None and taken.pos_ in {"NOUN", "PROPN"}:
            return taken
    # `Although there is no overlap with his team, a White House official who spoke
    # anonymously said ...`, `In an interview with VOA, a former diplomat said ...`: the
    # name after the opening clause's or phrase's comma, read as an apposition of its
    # last noun.
    opener = next((c for c in verb.lefts if c.dep_ in {"advcl", "prep"}), None)
    if opener is not None and opener.right_edge.i + 1 == verb.i:
        named = next(
            (
                t
                for t in opener.subtree
                if t.dep_ == "appos"
                and t.pos_ in {"NOUN", "PROPN"}
                and t.right_edge.i + 1 == verb.i
                and doc[t.left_edge.i - 1].text == ","
            ),
            None,
        )
        if named is not None:
            return named
    aside = _name_before_dashes(verb) or _closing_apposition(verb)
    if aside is not None:
        return aside
    # `Multiple sources privy to negotiations say ...`, `Majorities of Democrats going to
    # the polls say ...`: the words after the name read as the sentence's verb, with the
    # cue left hanging on them.
    if verb.dep_ == "dep" and verb.head.i < verb.i:
        taken = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)
        if taken is not None and taken.pos_ in {"NOUN", "PROPN"}:
            return taken
    # `One attendee, who like others spoke on condition of anonymity, said ...`: a
    # relative clause the parser made the cue's complement, with the name as its subject.
    # `Kasich offered the man a job, then says he'll welcome advice`: the clause before
    # the cue, read as its complement, goes on to the cue with the same subject.
    then = verb.i > 1 and doc[verb.i - 1].lower_ == "then" and doc[verb.i - 2].text == ","
    if verb.tag_ in {"VBD", "VBZ", "VBP"} and verb.i > 0 and (doc[verb.i - 1].text == "," or then):
        for clause in verb.lefts:
            if clause.dep_ != "ccomp":
                continue
            named = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
            if (
                named is not None
                and named.left_edge.i == verb.sent.start
                and named.pos_ in {"NOUN", "PROPN"}
                and (
                    then
                    or (
                        doc[named.i + 1].text == ","
                        # (`The law, as amended in May, says ...`)
                        and doc[named.i + 2].lower_ in {"who", "which", "whose", "as"}
                    )
                )
            ):
                return named
    # `About 4 in 10 say ...`: a share of those polled, as a number.
    if verb.lemma_.lower() not in _SPEECH_VERBS | _HEDGE_CUES:
        return None
    return next(
        (
            c
            for c in verb.lefts
            if c.dep_ in {"nummod", "npadvmod"}
            and c.pos_ == "NUM"
            and any(t.lower_ in {"in", "of", "%", "percent"} for t in c.subtree)
        ),
        None,
    )


#: Dashes that set off an aside when they stand as words of their own.


def _is_aside_dash(token: Token) -> bool:
    """A dash standing as a word of its own (`X - who ... - said`), not a hyphen inside a
    word (`pro-Kremlin`, `a 12-employee business`)."""
    return token.text in _DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _closing_dash(verb: Token) -> Token | None:
    """The dash right before a cue (or before its auxiliaries) that closes an aside."""
    doc = verb.doc
    at = verb.i - 1
    while at > verb.sent.start and doc[at].head.i == verb.i and doc[at].dep_ in {"aux", "advmod"}:
        at -= 1
    dash = doc[at] if at > verb.sent.start else None
    return dash if dash is not None and _is_aside_dash(dash) else None


def _name_before_dashes(verb: Token) -> Token | None:
    """`Neil Sroka, director of X - which has endorsed Sanders - said ...`: the name
    before an aside set off by dashes, which the parser took into the aside, leaving
    the cue after it without a subject."""
    doc = verb.doc
    closing = _closing_dash(verb)
    if closing is None:
        return None
    sent = verb.sent
    opening = next((t for t in reversed(doc[sent.start : closing.i]) if _is_aside_dash(t)), None)
    if opening is None or opening.i - sent.start < 1:
        return None
    name = doc[sent.start : opening.i]
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in name):
        return None  # a clause before the dashes, not a name
    heads = [
        t
        for t in name
        if t.pos_ in {"NOUN", "PROPN"} and not (name.start <= t.head.i < name.end and t.head != t)
    ]
    return heads[0] if len(heads) == 1 else None


def _name_after_dash(verb: Token) -> Token | None:
    """`It was no accident — Ana Ruiz, a spokeswoman, told the Herald that ...`: a name
    between a dash and a cue the parser joined to the clause before the dash, which it
    made an apposition there; the name speaks."""
    doc = verb.doc
    dash = next((t for t in reversed(doc[verb.head.i + 1 : verb.i]) if t.text in {"—", "–"}), None)
    if dash is None:
        return None
    words = [t for t in doc[dash.i + 1 : verb.i] if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if not words or len(words) > 20 or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in {"PROPN", "NOUN"}:
        return None
    return heads[0]


def _absolute_subject(verb: Token) -> Token | None:
    """`..., with Erdogan at one point suggesting X`: the noun after `with` is the
    subject of the participle that follows it (the parser hangs both on the verb)."""
    doc = verb.doc
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > verb.i:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in {"PROPN", "NOUN", "PRON"}:
            continue
        between = doc[noun.right_edge.i + 1 : verb.i]
        if not any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";"} for t in between):
            return noun
    return None


#: Verbs that leave, find or show someone doing something: `left voters saying ...`.
_OBJECT_DOING_VERBS = _words("leave find show see hear catch have keep")


def _object_doing(verb: Token) -> Token | None:
    """`The attacks left 62 percent of voters saying ...`, `The poll found most voters
    saying ...`: a participle right after the object of a verb that leaves, finds or
    shows someone doing something (the parser hangs it on the verb); the object says it,
    not the verb's subject."""
    head = verb.head
    if head.lemma_.lower() not in _OBJECT_DOING_VERBS or head.i > verb.i:
        return None
    done = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if done is None or done.right_edge.i + 1 != verb.i or verb.doc[verb.i - 1].text == ",":
        return None  # (not `had no role, dismissing remarks`: set off, the subject's)
    return done


def _people_before(verb: Token) -> Token | None:
    """`criticism from lawyers and rights groups arguing that ...`: a participle right
    after people (no comma between) says what they say; the parser hangs it on the
    main verb. The head of their list is returned."""
    doc = verb.doc
    if verb.i == 0:
        return None
    noun = doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ in _SUBJECT_DEPS:
        return None
    if not (noun.lemma_.lower() in _SPEAKING_PEOPLE or noun.ent_type_ in {"PERSON", "ORG", "NORP"}):
        return None
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    # People the words come from (`criticism from lawyers arguing`), not an audience
    # (`made a plea to residents saying ...`: who makes the plea says it).
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"from", "by", "among"}:
        return None
    return noun


def _name_read_as_modal(verb: Token) -> Token | None:
    """`In her column, May argued that ...`, `..., Will added`: a capitalized name the
    tagger read as the modal `may` (or `will`) right before a cue with a tense of its own,
    which no modal takes (a perfect, `May have argued`, puts `have` between them)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBN"} or any(
        c.dep_ in _SUBJECT_DEPS for c in verb.children
    ):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "aux"
            and c.tag_ == "MD"
            and c.text in {"Will", "May"}
            and c.i == verb.i - 1
        ),
        None,
    )


def _stranded_subject(verb: Token) -> Token | None:
    """`..., Dodik's lawyer, Anto Nobilo, said X`: a name right before a cue that the
    parser hung elsewhere (as an apposition) is its subject, if the cue reports a clause."""
    if verb.dep_ != "ROOT" or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    # `..., have said`, `..., also said`: the cue's own auxiliaries and adverbs.
    while i >= 0 and (
        doc[i].is_punct or (doc[i].head.i == verb.i and doc[i].dep_ in {"aux", "neg", "advmod"})
    ):
        i -= 1
    if i >= 0 and doc[i].dep_ == "appos" and doc[i].pos_ == "NUM":
        i = doc[i].head.i  # `Marcel Lazar, 44, said`: the name, not the age
    if i < 0 or doc[i].pos_ not in {"PROPN", "NOUN"}:
        return None
    if any(t.text in _QUOTE_CLOSE or t.text == '"' for t in doc[i + 1 : verb.i]):
        return None  # `"... on energy and trade," read ...`: the quote's last word
    if any(c.dep_ == "ccomp" and c.left_edge.i <= i <= c.right_edge.i for c in verb.children):
        return _name_after_quote(verb)  # a word of what the cue reports says nothing
    if doc[i].dep_ in {"appos", "conj"}:
        word = doc[i]
        if (
            word.dep_ == "appos"
            and word.pos_ == "NOUN"
            and word.head.pos_ == "PROPN"
            and word.head.dep_ in {"appos", "conj"}
            and word.head.i < word.i
        ):
            # `Speaking in Moscow, Dmitry Peskov, a Kremlin spokesman, said`: the name the
            # description describes
            word = word.head
        while (
            word.dep_ == "conj"
            and word.head.i < word.i
            and any(c.dep_ == "cc" for c in word.head.children)
            # names joined (`A and B`), not the last of a list of things (`a hat and pins`)
            and (word.head.pos_ == "PROPN" or word.head.dep_ in {"appos", "conj"})
        ):
            word = word.head  # `..., A and B said`: the coordination, from its first
        return word
    if doc[i].dep_ == "pobj" and doc[i].pos_ == "PROPN" and i == verb.i - 1:
        # `In a meeting with the board of the Washington Post Trump said that ...`: a
        # name the parser read as the last word of the phrase before it.
        return doc[i]
    # `In Abidjan, Jane Doe, coordinator for the group in Abidjan, says ...`: the name
    # after an opening place, read as joined to it, with its description ending here.
    word = doc[i]
    while word.head.i != word.i and word.head.i < verb.i and word.head.right_edge.i < verb.i:
        word = word.head
        if word.dep_ == "conj" and word.ent_type_ == "PERSON":
            return word
        if word.dep_ == "appos" and word.ent_type_ == "PERSON" and word.head.ent_type_ != "PERSON":
            # `In a call on Dec. 2, Col. Steven Warren, a spokesman, said`: a name read as
            # an apposition of the date before it.
            return word
    return None


#: Occasions of saying: `in his speech`, `in a statement`, `during an interview`.
_SAYING_OCCASIONS = _words(
    """speech statement interview remarks address letter post tweet email op-ed essay
    appearance briefing conference call wake response reply testimony column"""
)
#: What something is said in, as a noun of what was said may hold it: `claimed the attack
#: in a statement`, `in a video`; not the occasions that name other things there (`a
#: factor in the government's call`, `in its wake`, `in response`).
_MEDIUM_NOUNS = (_SAYING_OCCASIONS - {"wake", "call", "conference", "response", "reply"}) | _words(
    "video broadcast message communique communiqué memo editorial podcast"
)


#: Prepositions of a circumstance set off after a source (`X, in the wake of Y, said`);
#: not `at`, which gives an affiliation there (`Pantucci, at the Royal United Services
#: Institute, said`).
_SETTINGS = _words("in on during after before since despite amid about following via through")


def _last_quote_close(doc: Doc, low: int, high: int) -> int | None:
    """The last token after ``low`` and before ``high`` that closes quoted words: a quote
    mark right after the punctuation that ends them (`,”`), not one around a name
    (`"Ted Cruz" pins`)."""
    for i in range(high - 1, low, -1):
        if doc[i].text in _QUOTE_MARKS and doc[i - 1].text in _QUOTED_WORDS_END:
            return i
    return None


def _name_after_quote(verb: Token) -> Token | None:
    """`"It is not the position," Gene Sperling, an adviser, said`: the name between the
    closing quote mark and the cue, which the parser hung inside the quoted clause."""
    doc = verb.doc
    close = _last_quote_close(doc, verb.sent.start, verb.i)
    if close is None or verb.i - close > 16:
        return None
    words = doc[close + 1 : verb.i]
    if not len(words):
        return None
    head = words.root
    if head.pos_ not in {"PROPN", "NOUN"} or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    return head


def _joined_to_a_described_noun(subject: Token) -> bool:
    """`a verdict lawyers say was rushed`, `..., a deal officials hailed as historic`: the
    noun a relative clause describes, which the parser joined to the plural subject of
    that clause (`a` and `verdict` are not the subject's)."""
    doc = subject.doc
    start = subject.left_edge.i
    return (
        subject.tag_ in {"NNS", "NNPS"}
        and doc[start].lower_ in {"a", "an"}
        and doc[start + 1].dep_ in {"compound", "amod"}
        and doc[start + 1].tag_ in {"NN", "VBG"}  # (not `a few officials`)
        and start + 2 <= subject.i
    )


def _described_by_cue(verb: Token) -> tuple[int, int] | None:
    """`..., a deal U.S. officials hailed as "a historic step"`: what a cue in a clause
    describing the reporter's noun says of it, the words after the cue (not the clause
    before the noun, which its comma makes look like a content closed by the cue)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        subject is None
        or not _joined_to_a_described_noun(subject)
        or doc[subject.left_edge.i - 1].text != ","
    ):
        return None
    said = [c for c in verb.rights if not (c.is_punct or c.dep_ in {"cc", "conj"})]
    if said and said[0].lower_ == "as" and said[0].dep_ == "prep":
        said = [c for c in said[0].children if c.dep_ == "pobj"] + said[1:]
    if not said:
        return None
    return _subtree_chars(doc, said[0], said[-1], skip=verb)


#: Words of how a source asked to be left unnamed: `on condition of anonymity`.
_LEFT_UNNAMED = _words("anonymity named identified name")


def _source_span(subject: Token, cue: Token | None = None) -> tuple[int, int]:
    """The words naming a source; given the ``cue``, the source as written, with the
    relative and participle clauses that describe it (`analysts who track the war`)."""
    doc = subject.doc
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    if subject.dep_ == "conj" and _owned_by_place_pair(subject.head) == subject:
        # (`Jammu and Kashmir's chief minister, Omar Abdullah,`: the place's whole name,
        # and the name set off after the office, which the parser hung on the place)
        start, end = subject.head.i, max(end, subject.head.right_edge.i + 1)
        while end > start and doc[end - 1].is_punct:
            end -= 1
    if _age_read_as_modifier(subject.head) == subject and doc[start - 1].dep_ == "det":
        start -= 1  # (`the 52-year-old said`: the article hung on the verb too)
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].head.i == subject.head.i
    ):
        end += 2  # (`the claim by Ben-Gvir`: the rest of a name the parser hung beside it)
    while (
        start < subject.i and doc[start].tag_ in _RELATIVE_TAGS and doc[start].head.i != subject.i
    ):
        start += 1  # (`which rights groups say`: the relative word hung on a word of the name)
    if start < subject.i and doc[start].lower_ == "what" and doc[start].dep_ == "det":
        start += 1  # (`what staff described as ...`: the free relative's word read as its)
    for said in subject.subtree:
        if (
            said.dep_ == "relcl"
            and said.i > subject.i
            and said.lemma_.lower() in CUE_VERBS
            and _clausal_child(said) is not None
            and (cue is None or not said.left_edge.i <= cue.i <= said.right_edge.i)
            # (set off, or in an apposition; not `Analysts who say the truce will fail`)
            and (said.head.i != subject.i or doc[said.left_edge.i - 1].text == ",")
        ):
            # `said Ko Thura, a farmer who said his nephew was killed`: a claim of its own
            end = min(end, said.left_edge.i)
    for aside in subject.subtree:
        if (
            aside.dep_ in {"relcl", "acl"}
            and aside.i > subject.i
            and aside.head.i != subject.i
            and doc[aside.left_edge.i - 1].text == ","
            and any(t.lower_ in _LEFT_UNNAMED for t in aside.subtree)
            and (cue is None or not aside.left_edge.i <= cue.i <= aside.right_edge.i)
        ):
            # `A spokesman for the RSF, who spoke on condition of anonymity,`, the clause
            # hung on the body: how the source spoke, not who
            end = min(end, aside.left_edge.i)
    for child in subject.children:
        if (
            child.dep_ == "appos"
            and child.i > subject.i
            and doc[child.left_edge.i - 1].text == ","
            and any(t.lower_ in {"them", "whom"} and t.head.lower_ == "of" for t in child.subtree)
        ):
            end = min(end, child.left_edge.i)  # (`Organizers, many of them students,`)
    # Drop a relative clause or trailing punctuation from the source.
    for child in subject.children:
        if child.dep_ in {"relcl", "acl"} and child.i > subject.i:
            # `Trump, appearing after Clinton, said`, `The minister, when asked, said`
            set_off = (
                (child.dep_ == "acl" or doc[child.left_edge.i].lower_ in _SUBORDINATORS)
                and doc[child.left_edge.i - 1].text == ","
                # (how they spoke, set off or not: `U.S. officials speaking on condition of
                # anonymity said`)
            ) or (child.dep_ == "acl" and child.lemma_.lower() == "speak" and child.tag_ == "VBG")
            # (`A Houthi official, who spoke to Reuters on condition of anonymity, said`,
            # `A diplomat, who asked not to be named, said`: how they spoke, not who)
            set_off = set_off or (
                child.dep_ == "relcl"
                and doc[child.left_edge.i - 1].text == ","
                and any(t.lower_ in _LEFT_UNNAMED for t in child.subtree)
            )
            if (
                cue is not None
                and not (child.left_edge.i <= cue.i <= child.right_edge.i)
                # a circumstance, not a description
                and not set_off
            ):
                continue
            end = min(end, child.left_edge.i)
        elif child.i > subject.i and (
            # `Ted Cruz, when asked what ..., said`: a circumstance set off by a comma
            # (also `Trump, writing on Truth Social, said`, where the parser hung the
            # participle on the subject)
            (
                (
                    child.dep_ == "advcl"
                    or (child.dep_ == "prep" and child.lower_ in _SETTINGS)
                    or (child.dep_ == "dep" and child.tag_ == "VBG")
                )
                and doc[child.left_edge.i - 1].text == ","
            )
            # `Trump in his speech said`: where it was said, not who said it
            or (
                child.dep_ == "prep"
                and (child.lower_ in _SETTINGS or child.lower_ == "at")  # `at a news conference`
                and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _SAYING_OCCASIONS
                    for g in child.children
                )
            )
            # `"...," said Frankie Bancoult outside the High Court`: where a name after
            # its cue spoke
            or (
                subject.dep_ == "nsubj"
                and subject.head.i < subject.i
                and subject.pos_ == "PROPN"
                and child.dep_ == "prep"
                # (right after the name: not `..., of Sodus in Upstate New York`)
                and child.i == subject.i + 1
                and child.lower_ in _SETTINGS | {"outside", "inside", "near", "at"}
            )
            # `Officials at the time blamed ...`: when, not who
            or (
                child.dep_ == "prep"
                and child.lower_ == "at"
                and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in {"time", "moment"}
                    for g in child.children
                )
            )
            # `Ethiopia's government on Thursday said`: when it was said
            or (
                child.dep_ == "prep"
                and child.lower_ in {"on", "in", "at"}
                and child.right_edge.i + 1 < len(doc)
                and doc[child.right_edge.i + 1].pos_ in {"VERB", "AUX"}
                and all(
                    g.ent_type_ in {"DATE", "TIME"} or g.pos_ == "CCONJ"
                    for g in child.subtree
                    if g != child
                )
            )
        ):
            end = min(end, child.left_edge.i)
    # `While populists like Le Pen say ...`: a conjunction the parser hung on the subject
    # or a focus adverb (`Even Rendell, a Clinton supporter, said`)
    while start < subject.i and (
        doc[start].pos_ == "SCONJ"
        or doc[start].lower_ in {"and", "but", "or", "yet", "so"}
        or (doc[start].dep_ == "advmod" and doc[start].lower_ in _FOCUS_WORDS)
        # (`Meanwhile exiled activist Nathan Law said`: the reporter's link to what came
        # before, which the parser hung on the name)
        or doc[start].lower_ in _LINKING_ADVERBS
    ):
        start += 1
    if _joined_to_a_described_noun(subject) and start == subject.left_edge.i:
        start += 2
    if cue is not None and cue.dep_ == "dep" and cue.head == subject.head and cue.head.i < cue.i:
        end = max(end, cue.i)  # `sources privy to negotiations say`: the words read as a verb
    if (
        cue is not None
        and subject.head.dep_ == "ccomp"
        and subject.head.head == cue
        and subject.head.i < cue.i
        and doc[cue.i - 1].text == ","
        # (`The law, as amended in May, says`: a circumstance, not a description)
        and not any(m.dep_ == "mark" and m.lower_ in _SUBORDINATORS for m in subject.head.children)
        # (nor `The ministry, asked about the launch, said`, with no relative word)
        and any(t.lower_ in _RELATIVE_WORDS for t in subject.head.subtree)
    ):
        # `One attendee, who like others spoke anonymously, said`: the relative clause
        # the parser made the cue's complement describes the source.
        end = max(end, cue.i - 1)
    if cue is not None and start <= cue.i < end:
        # `Podliska further alleges ..., a claim that ...`: the subject's own words before
        # the cue, not the cue's adverb nor what the parser hung on the subject after it.
        end = max(t.i for t in subject.subtree if t.i < cue.i) + 1
    while end > start + 1 and (
        doc[end - 1].is_punct
        # (not the World Health Organization: `The WHO said`)
        or (doc[end - 1].lower_ in {"who", "which"} and doc[end - 1].text != "WHO")
        # `He and Chairman X both said`: the quantifier floated after the names
        or (
            doc[end - 1].lower_ in {"both", "all"}
            and doc[end - 1].i > subject.i
            and (doc[end - 1].head == subject or doc[end - 1].head == cue)
        )
    ):
        if doc[end - 1].text == ")" and doc[start:end].text.count("(") > doc[
            start : end - 1
        ].text.count(")"):
            break  # `Sen. Lindsey Graham (R-S.C.)`: the closing bracket of the name
        end -= 1
    # `ORLANDO, Fla. (Reuters) - President Obama said`: the dateline is not the source.
    dash = _dateline_dash(doc, start, subject.i)
    if dash is not None:
        start = dash.i + 1
    elif (after := _after_titled_dateline(doc, start)) is not None and after <= subject.i:
        start = after  # `Bangui, Central African Republic – Rebels said`
    start = _before_split_hyphens(doc, start)  # (`Shafiq-ul-Rehaman`)
    # `Army chief Gen. Abdel Fattah al-Burhan has said`, parsed as several subjects of the
    # cue: the words before the subject are still its name.
    while (
        start > 0
        and doc[start - 1].pos_ in {"PROPN", "NOUN"}
        and (
            doc[start].ent_iob_ == "I"  # (the name the subject ends)
            or (
                doc[start - 1].dep_ == "compound"
                and doc[start - 1].pos_ == "PROPN"  # (not `a verdict lawyers say`)
                and start <= doc[start - 1].head.i < end
            )
            or (
                doc[start - 1].dep_ == "nsubj"
                and doc[start - 1].head == subject.head
                and subject.pos_ == "PROPN"
                # (not `The pride Mr. Cruz feels`: a noun a relative clause describes;
                # but `Iran's Foreign Ministry spokesman Esmaeil Baghaei`, a role)
                and (
                    doc[start - 1].lemma_.lower() in _ROLE_HEADS
                    or not any(c.dep_ in {"det", "poss"} for c in doc[start - 1].children)
                )
            )
        )
    ):
        start -= 1
        if doc[start].dep_ == "nsubj" and doc[start].lemma_.lower() in _ROLE_HEADS:
            start = doc[start].left_edge.i  # the role with its own words
    # A heading or time stamp the parser joined to the subject (`12:15 p.m.\n\nTrump`).
    for i in range(end - 2, start - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text and subject.i > i:
            start = i + 1
            break
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    # `,” Jackson said`: the close of a quote the parser hung on the source; and the
    # quoted words before it, when the parser hung the name inside them.
    close = _last_quote_close(doc, start, subject.i)
    if close is not None:
        start = close + 1
    while start < subject.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _adjective_claim(adjective: Token) -> _Found | None:
    """`European leaders are worried Russia may not stop`, `He was adamant that ...`:
    a state of mind about a clause, held by the subject of the verb it completes."""
    verb = adjective.head
    if verb.pos_ not in {"AUX", "VERB"}:
        return None
    if any(c.dep_ == "neg" for c in (*adjective.children, *verb.children)):
        return None  # `are not worried that ...`: no such view is held
    if any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in verb.children):
        return None  # `Asked if China was worried about the rules, Lin said`: a question
    clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
    if clause is None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adjective.i), None)
    if clause is None:
        # `remain skeptical about the new dam`: a state of mind about a thing
        clause = next(
            (
                c
                for c in adjective.children
                if c.dep_ == "prep"
                and c.lower_ in _STATE_TOPICS
                and adjective.lower_ != "aware"  # `aware of the risks`: known, not held
                and adjective.lower_ not in _FEELINGS
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            ),
            None,
        )
    subject = _subject(verb)
    if clause is None or subject is None or _not_a_source(subject.text):
        return None
    content = _subtree_chars(adjective.doc, clause, clause, None)
    if content is None:
        return None
    return _Found(
        cue=(verb.idx, adjective.idx + len(adjective.text)),
        content=content,
        source=_source_span(subject, verb),
        source_token=subject,
        cue_lemma=adjective.lower_,
    )


#: What one acts in keeping with, not who says so: `according to law`, `according to
#: plan`, `according to tradition`.
_RULES_FOLLOWED = _words(
    """law laws rule rules plan plans schedule procedure procedures protocol protocols
    tradition custom regulation regulations instruction instructions"""
)


#: What one acts in keeping with, whatever words name it: `according to international law`.
_LAWS = _words("law laws regulation regulations procedure procedures protocol")


def _in_quote_marks(token: Token) -> bool:
    """Whether a token stands between quotation marks in its sentence."""
    return _quote_marks_in(token.doc, token.sent.start, token.i) % 2 == 1


def _time_clause_closing(sent: Span, phrase_start: int) -> int | None:
    """Where the clause after `after`, `before` or `since` that ends right before an
    `according to` starts, in a sentence whose main verb reports another's words or
    tells that something came or happened (`..., a day after 22 people were killed,`)."""
    doc = sent.doc
    root = sent.root
    if root.lemma_.lower() not in CUE_VERBS | _words("come happen occur follow"):
        return None
    end = phrase_start - 1 if doc[phrase_start - 1].text == "," else phrase_start
    for clause in doc[sent.start : end]:
        # (its words up to the phrase, which the parser may hang on it)
        if clause.dep_ != "advcl" or clause == root:
            continue
        if max(t.i for t in clause.subtree if t.i < end) + 1 != end:
            continue
        opener = next(
            (
                t
                for t in doc[clause.left_edge.i : clause.i]
                if t.lower_ in _SEQUENCE_PREPS | {"since"} and t.dep_ in {"mark", "prep"}
            ),
            None,
        )
        if opener is not None and opener.i + 1 < end:
            return opener.i + 1
    return None


def _according_to(sent: Span, according: Token) -> _Found | None:
    """`According to X, Y.` / `Y, according to X.`: the source is the phrase's object up
    to the comma that closes it; the content is the clause on the side the phrase is
    attached to (after it when it opens the sentence, else before it when a clause
    stands there)."""
    doc = sent.doc
    to = doc[according.i + 1]
    if to.lower_ != "to":
        return None
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    if not objs:
        return None
    source = objs[0]
    if source.lemma_.lower() in _RULES_FOLLOWED and not any(
        c.dep_ in {"det", "compound", "amod", "poss"} for c in source.children
    ):
        return None  # `carried out according to law`, `according to plan`: in keeping with
    if (
        source.lemma_.lower() in _LAWS
        and according.i > sent.start
        and doc[according.i - 1].text != ","
        and not _in_quote_marks(according)
    ):
        # `treated according to international law`: in keeping with, however named (not
        # set off: `According to military regulations, ...` tells what they say)
        return None
    # The source ends at the comma closing the phrase, however the parser attached what follows.
    s_end = to.i + 1
    while (
        s_end < sent.end
        and doc[s_end].text not in {",", ";", ".", "—", "(", ":"}
        # `who, according to French media outlets is considering ...`: its own verb
        and not (doc[s_end].pos_ in {"VERB", "AUX"} and doc[s_end].i > source.right_edge.i)
    ):
        s_end += 1
    if s_end <= to.i + 1:
        return None
    if not source.i < s_end:
        source = doc[s_end - 1]
    joined = _conjuncts(source)
    if (
        joined
        and doc[s_end].text == ","
        and joined[-1].i > s_end
        and any(t.dep_ == "cc" for t in doc[s_end : joined[-1].i])
        and not any(
            t.pos_ in {"VERB", "AUX"} or t.text in {";", ":", "—", "("}
            for t in doc[s_end : joined[-1].i]
        )
    ):
        # `according to residents, aid workers and officials`: a list of sources
        s_end = joined[-1].right_edge.i + 1
    named = (
        _name_set_off_after(sent, s_end) or _body_named_after(sent, s_end, source)
        if source.pos_ == "NOUN"
        else None
    )
    if named is not None:
        # `According to a police spokesman, Col. Juan Perez, two officers died`: the
        # name of the one described, set off after the description
        source, s_end = named
    phrase_end = s_end
    appos = next(
        (
            c
            for c in source.children
            if c.dep_ == "appos"
            and c.left_edge.i == s_end + 1
            and c.right_edge.i + 1 < sent.end
            and doc[c.right_edge.i + 1].text == ","
        ),
        None,
    )
    if appos is not None and doc[s_end].text == ",":
        # `According to the UN refugee agency, UNHCR, ...`: the name is the source's;
        # `According to X, a medical group that tracks the war, ...`: the description too
        s_end = phrase_end = appos.right_edge.i + 1
        if appos.pos_ == "PROPN":
            source = appos
    elif (described_end := _description_set_off_after(sent, s_end)) is not None:
        # (one the parser did not hang on the name: `According to DTEK, Ukraine's largest
        # private energy company, its facilities ...`)
        s_end = phrase_end = described_end
    if (
        doc[s_end].text == "("
        and s_end + 2 < sent.end
        and doc[s_end + 2].text == ")"
        and doc[s_end + 1].text.isupper()
    ):
        phrase_end = s_end + 3  # `According to the World Health Organization (WHO), ...`
    elif (
        doc[s_end].text == ","
        and s_end + 3 < sent.end
        and doc[s_end + 1].lower_ == "or"
        and doc[s_end + 2].text.isupper()
        and doc[s_end + 3].text == ","
    ):
        phrase_end = s_end + 3  # `According to the ... Alliance Army, or MNDAA, ...`
    phrase_start, phrase_end = according.i, _after_relative_aside(sent, phrase_end)
    left = [t for t in doc[sent.start : phrase_start] if not (t.is_punct or t.is_space)]
    right = [t for t in doc[phrase_end : sent.end] if not (t.is_punct or t.is_space)]
    left_clause = any(t.pos_ in {"VERB", "AUX"} for t in left)
    before = next((t for t in reversed(doc[sent.start : phrase_start]) if t.text != ","), None)
    if (
        before is not None
        and (before.text in {":", ";", "—", "–"} or before.pos_ in {"SCONJ", "CCONJ"})
        and any(t.pos_ in {"VERB", "AUX"} for t in right)
    ):
        # `... unnoticed: According to polls, X leads`, `because, according to Trump, the
        # media would ...`: the phrase opens the clause after it.
        left_clause, left = False, []
    relative = next((t for t in according.ancestors if t.dep_ == "relcl"), None)
    if relative is not None and relative.left_edge.i < phrase_start < relative.i:
        # `the politician, who according to French media is considering a run, says`:
        # what the phrase vouches for is the rest of the relative clause.
        c_start, c_end = phrase_end, relative.right_edge.i + 1
    elif relative is not None and relative.i < phrase_start <= relative.right_edge.i:
        # `The alliance, which is backed by Rwanda according to U.N. experts, said`: the
        # relative clause up to the phrase, after its relative word.
        c_start, c_end = relative.left_edge.i, phrase_start
        if doc[c_start].lower_ in _RELATIVE_WORDS:
            c_start += 1
    elif left and (left_clause or not right):
        c_start, c_end = sent.start, phrase_start
        sequel = _time_clause_closing(sent, phrase_start)
        if sequel is not None:
            # `Ruto said he would not sign the bill, a day after 22 people were killed,
            # according to a watchdog`, `The attack came days after strikes killed 16
            # people, according to the ministry`: the source vouches for the toll told in
            # the clause of time before it, not for another's words or the reporter's
            c_start = sequel
    elif (
        left
        and doc[phrase_start - 1].text == ","
        # (the subject of the verb after it, not `About 10 p.m., according to X, ...`)
        and any(
            t.dep_ in _SUBJECT_DEPS
            and t.head.i >= phrase_end
            and t.ent_type_ not in {"DATE", "TIME"}
            for t in left
        )
        and any(t.pos_ in {"VERB", "AUX"} for t in right)
    ):
        # `Most of the victims, according to local officials, were women and children`:
        # set off inside its clause, whose subject stands before it; the whole clause
        c_start, c_end = sent.start, sent.end
    else:
        c_start, c_end = phrase_end, sent.end
    while c_start < c_end and (doc[c_start].is_punct or doc[c_start].is_space):
        c_start += 1
    while c_end > c_start and (
        (doc[c_end - 1].is_punct and doc[c_end - 1].text not in '"”’)%') or doc[c_end - 1].is_space
    ):
        c_end -= 1
    # (`..., a toll that is likely to rise`: the reporter's comment on it)
    c_end = next(
        (t.left_edge.i - 1 for t in doc[c_start:c_end] if _reporters_noun(t, c_start, c_end)),
        c_end,
    )
    # (`..., though the official said no decision had been taken`: another's words)
    c_end = next(
        (
            t.i
            for t in doc[c_start + 1 : c_end - 2]
            if t.text == ","
            and doc[t.i + 1].lower_ in {"though", "although", "but", "while"}
            and any(
                v.lemma_.lower() in CUE_VERBS and any(c.dep_ == "nsubj" for c in v.children)
                for v in doc[t.i + 2 : c_end]
            )
        ),
        c_end,
    )
    # (`..., though he provided no evidence`: the reporter's doubt of it)
    c_end = _reporters_doubt_in(doc, c_start, c_end) or c_end
    if c_end <= c_start:
        return None
    if (
        source.pos_ == "NOUN"
        and source.lemma_.lower() in _SAYING_MEDIA
        # (not `a letter from the chairman`, whose words these are, nor `the statement`
        # issued before, which may tell what others said)
        and not any(c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in source.children)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in source.children)
        and any(
            t.lemma_.lower() in _PLAIN_SAYING and any(c.dep_ == "nsubj" for c in t.children)
            for t in doc[c_start:c_end]
            if t.dep_ == "ROOT"
        )
    ):
        # `X said Y, according to a statement on its website`: where X's words were
        # given, not a claim of the statement's
        return None
    cue = (according.idx, to.idx + len(to.text))
    s_last = doc[s_end - 1]
    return _Found(
        cue=cue,
        content=_after_dateline(
            doc, (doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text))
        ),
        source=(doc[to.i + 1].idx, s_last.idx + len(s_last.text)),
        source_token=source,
        kind="according_to",
        cue_lemma="according to",
    )


#: Verbs that plainly report words: `said`, `told`, `announced`.
_PLAIN_SAYING = _words("say tell add announce state write claim warn insist confirm deny allege")


def _name_set_off_after(sent: Span, comma: int) -> tuple[Token, int] | None:
    """The name set off by commas right after token ``comma`` (with its title: `, Col.
    Juan Perez,`), and the index of the comma that closes it."""
    doc = sent.doc
    if doc[comma].text != ",":
        return None
    end = comma + 1
    while end < sent.end and (doc[end].pos_ == "PROPN" or doc[end].lower_ in TITLES):
        end += 1
    if end == comma + 1 or end >= sent.end or doc[end].text != ",":
        return None
    words = doc[comma + 1 : end]
    if not any(t.ent_type_ == "PERSON" for t in words) and (
        len(words) < 2 or any(t.ent_type_ in {"GPE", "LOC", "ORG", "FAC", "NORP"} for t in words)
    ):
        return None  # (a person's name, as the tagger has it or two words of no place)
    return doc[end - 1], end


def _description_set_off_after(sent: Span, comma: int) -> int | None:
    """Where a description set off by commas after a name ends (the closing comma):
    `, Ukraine's largest private energy company,` (one thing, with its article or its
    owner, and no verb), before a clause with a verb of its own."""
    doc = sent.doc
    if doc[comma].text != ",":
        return None
    end = next((t.i for t in doc[comma + 1 : sent.end] if t.text == ","), None)
    if end is None or end - comma < 3:
        return None
    words = doc[comma + 1 : end]
    opens = words[0].lower_ in {"the", "a", "an"} or (
        len(words) > 2 and words[1].tag_ == "POS" and words[0].pos_ == "PROPN"
    )
    rest = doc[end + 1 : sent.end]
    verb = next((t for t in rest if t.pos_ in {"VERB", "AUX"}), None)
    if (
        opens
        and words[-1].tag_ == "NN"
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
        and verb is not None
        # (the clause after it has a subject of its own: not `the malware, known as
        # Coathanger, allowed ...`, whose subject the words are)
        and any(t.dep_ in _SUBJECT_DEPS for t in doc[end + 1 : verb.i])
        # (not the first of a list: `According to police, the driver, a man and two
        # children were killed`)
        and not any(t.lower_ in {"and", "or"} for t in doc[end + 1 : verb.i])
    ):
        return end
    return None


def _body_named_after(sent: Span, comma: int, described: Token) -> tuple[Token, int] | None:
    """`According to a local rights group, the Chadian League for Human Rights, ...`: the
    name of a body described so, set off by commas right after token ``comma``, and the
    index of the comma that closes it."""
    doc = sent.doc
    if doc[comma].text != "," or described.lemma_.lower() not in _BODY_KINDS | {"group"}:
        return None
    end = comma + 1
    if end < sent.end and doc[end].lower_ == "the":
        end += 1
    while end < sent.end and (
        doc[end].pos_ == "PROPN" or (doc[end].lower_ in _SMALL_NAME_WORDS and end > comma + 2)
    ):
        end += 1
    words = doc[comma + 1 : end]
    if end >= sent.end or doc[end].text != "," or not words or words[-1].pos_ != "PROPN":
        return None
    return doc[end - 1], end


#: Small words inside a body's name: `the League for Human Rights`.
_SMALL_NAME_WORDS = _words("of for and on")


def _according_to_aside(verb: Token) -> bool:
    """Whether a participle set off by commas follows the source of an `according to`
    that opens the sentence (`According to X, writing for Y, ...`; not `X denied it,
    according to state media, saying ...`)."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 4 or doc[verb.i - 1].text != ",":
        return False
    for i in range(verb.i - 2, max(verb.sent.start, verb.i - 10), -1):
        if doc[i].lower_ == "to" and doc[i - 1].lower_ == "according":
            return i - 1 == verb.sent.start and not any(
                t.pos_ in {"VERB", "AUX"} for t in doc[i + 1 : verb.i - 1]
            )
    return False


def _after_relative_aside(sent: Span, end: int) -> int:
    """`According to the ministry, which does not count fighters, 400 died`, `According
    to Jack Kelly, writing for RealClearPolitics, ...`, `According to Ukrenergo, the grid
    operator, ...`: where a relative clause, a participle of how the source spoke or a
    description, set off after a source, ends (at its closing comma), else ``end``."""
    doc = sent.doc
    if end + 1 < sent.end and doc[end].text == "," and doc[end + 1].lower_ in {"the", "a", "an"}:
        # `According to Ukrenergo, the national grid operator, power cuts will last ...`:
        # a description of the source, a noun phrase up to a comma with a clause after it
        # (the last comma before the clause's verb: the description may hold commas)
        verb = next(
            (
                t.i
                for t in doc[end + 1 : sent.end]
                if t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"}
            ),
            sent.end,
        )
        close = next((i for i in range(verb - 1, end + 1, -1) if doc[i].text == ","), None)
        if (
            close is not None
            and verb < sent.end
            and not any(t.text in {";", "—", "–"} for t in doc[end + 1 : close])
            # (a new subject after it, also one counted `at least 40 detainees`; not `the
            # dead, including 12 children, were ...`)
            and (
                doc[close + 1].pos_ in {"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"}
                or (
                    doc[close + 1].dep_ in {"advmod", "quantmod"}
                    and any(a.dep_ in _SUBJECT_DEPS for a in doc[close + 1].ancestors)
                )
            )
        ):
            return close + 1
    if not (
        end + 1 < sent.end
        and doc[end].text == ","
        and (
            doc[end + 1].lower_ in _RELATIVE_ASIDE_WORDS
            or (doc[end + 1].tag_ == "VBG" and doc[end + 1].lemma_.lower() in _ASIDE_SAYING)
            # `According to the health ministry, run by Hamas, ...`: a description
            or (doc[end + 1].tag_ == "VBN" and doc[end + 1].dep_ in {"acl", "advcl", "pcomp"})
        )
    ):
        return end
    for i in range(end + 2, sent.end - 1):
        if doc[i].text == "," and doc[i + 1].lower_ not in _RELATIVE_ASIDE_WORDS:
            return i + 1
    return end


#: Participles of how a source spoke, set off after it: `According to X, writing for Y,`.
_ASIDE_SAYING = _words("write cite quote speak report")
#: Words that open a relative clause set off after a name: `the ministry, which ...`.
_RELATIVE_ASIDE_WORDS = _RELATIVE_WORDS - {"that", "whom"}


#: What finds things by asking or counting: `In a CBS News poll, she led by 24 points`.
_POLLS = _words("poll polls survey surveys study census")


def _poll_claim(prep: Token) -> _Found | None:
    """`In an October CBS News poll, she led ...`, `... holds a lead in the latest
    Marist poll`: what a poll found, with the poll as its source. The phrase opens or
    closes the clause; a cue verb in it (`In a poll, most said ...`) makes its own claim."""
    doc = prep.doc
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll is None or not _is_poll(poll):
        return None
    clause = prep.head
    # `pulled level with the mayor in state polls`: the phrase the parser hung on a noun of
    # the clause closes the clause all the same; `continues to lead in the polls`.
    while (
        clause.dep_ in {"dobj", "attr", "pobj", "prep", "advmod", "xcomp"}
        and clause.head.i != clause.i
    ):
        clause = clause.head
    if clause.dep_ != "ROOT" or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if clause.lemma_.lower() in _ANY_CUE_VERBS and not _respondents_answer(clause):
        return None
    # (a phrase inside the clause is where, not who says)
    content = _clause_beside(prep, clause, within=False)
    if content is None:
        return None
    return _Found(
        cue=(prep.idx, prep.idx + len(prep.text)),
        content=content,
        source=(doc[poll.left_edge.i].idx, poll.right_edge.idx + len(poll.right_edge.text)),
        source_token=poll,
        kind="according_to",
        cue_lemma="in",
    )


#: Shares of those asked: `a majority of voters said ...`.
_SHARES = _words("majority minority plurality most half third quarter fifth")


def _respondents_answer(cue: Token) -> bool:
    """`In a poll released Sunday, 31 percent of voters said ...`: a cue whose subject is
    a count or share of those asked gives what the poll found (and, as ever, their own
    claim)."""
    subject = _subject(cue)
    if subject is None:
        return False
    if any(t.lemma_.lower() in _SHARES | {"percent", "%"} for t in subject.subtree):
        return True
    # `three in four voters`, `two of three`; not `three economists`, a study's authors
    return any(
        t.like_num
        and any(c.dep_ in {"prep", "quantmod"} and c.lower_ in {"of", "in"} for c in t.children)
        for t in subject.subtree
    )


#: What is made of polls: `the average of recent state polls` (not `in the wake of polls`).
_POLL_AGGREGATES = _words("average aggregate series round batch string")


def _is_poll(noun: Token) -> bool:
    """A poll, or what is made of polls: `the average of recent state polls`."""
    if noun.lemma_.lower() in _POLLS:
        return True
    return noun.lemma_.lower() in _POLL_AGGREGATES and any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.lemma_.lower() in _POLLS for o in p.children)
        for p in noun.children
    )


def _clause_beside(prep: Token, clause: Token, *, within: bool) -> tuple[int, int] | None:
    """The characters of ``clause`` without the phrase ``prep`` heads, where the phrase
    opens or closes it (a date may come after a closing one: `... in a Herald poll last
    week`); where it sits inside, the whole clause ``within`` allows it, else none."""
    doc = prep.doc
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    after = doc[prep.right_edge.i + 1 : end]
    if prep.i == start:
        start = prep.right_edge.i + 1
    elif all(t.is_punct or t.is_space or t.ent_type_ in {"DATE", "TIME"} for t in after) or (
        _aside_after(prep, after)
    ):
        end = prep.i
    elif not within:
        return None
    return _trimmed_chars(doc, start, end)


def _aside_after(prep: Token, after: Span) -> bool:
    """Whether the words after a closing phrase are an aside of the clause, not more of
    it: another clause set off by a comma (`..., although Rubio moved ...`), or a phrase
    of when or despite what (`... ahead of the primary`, `... despite his popularity`)."""
    words = [t for t in after if not t.is_space]
    if len(words) < 2:
        return False
    if words[0].text == "," and words[1].pos_ in {"SCONJ", "CCONJ"}:
        return True
    first = words[0]
    return (
        first.lower_ in {"ahead", "despite", "amid", "after", "before", "since"}
        and first.head.i in {prep.head.i, prep.head.head.i}
        and first.right_edge.i >= words[-1].i - 1
    )


def _trimmed_chars(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The characters of tokens ``start`` to ``end`` without punctuation and spaces at
    the edges; none for fewer than three words."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 3:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


#: Adverbs that pass on what others say: `The army reportedly shelled the town`.
_HEARSAY_ADVERBS = _words("reportedly allegedly purportedly reputedly supposedly")


def _hearsay_claim(adverb: Token) -> _Found | None:
    """`The army reportedly shelled the town`, `Reportedly, the mayor resigned`: a clause
    the writer passes on from sources unnamed (not inside another's claim: `the mayor
    said the army had reportedly shelled it` is the mayor's; not `the allegedly corrupt
    mayor`, which describes)."""
    doc = adverb.doc
    clause = adverb.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    if any(a.lemma_.lower() in _ANY_CUE_VERBS and a.i != clause.i for a in clause.ancestors):
        return None
    if clause.dep_ in {"amod", "acl", "relcl"}:
        return None  # `the leader, who reportedly fled`: background
    if any(t.lower_ == "according" for t in adverb.sent):
        return None  # `X allegedly did Y, according to court papers`: the papers' claim
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    # (`..., though the police would not confirm any names`: the reporter's doubt)
    end = _reporters_doubt_in(doc, start, end) or end
    content = _trimmed_chars(doc, start + 1 if adverb.i == start else start, end)
    if content is None:
        return None
    source: tuple[int, int] | None = None
    holder = None
    if clause.tag_ == "VBG" and clause.dep_ == "pcomp":
        # `ordered his arrest for allegedly trying to ...`: those who act on it allege it.
        acting = next(
            (a for a in clause.ancestors if any(c.dep_ in _SUBJECT_DEPS for c in a.children)),
            None,
        )
        if acting is not None:
            holder = next(
                (c for c in acting.children if c.dep_ == "nsubj" and c.i < acting.i), None
            )
        if holder is not None:
            source = _source_span(holder)
    return _Found(
        cue=(adverb.idx, adverb.idx + len(adverb.text)),
        content=content,
        source=source,
        source_token=holder,
        cue_lemma=adverb.lower_,
    )


#: Nouns of a view held, in `in X's view` or `in the view of X`.
_VIEW_NOUNS = _words("view opinion estimation judgment judgement assessment reckoning eyes")


def _view_claim(prep: Token) -> _Found | None:
    """`In the minister's view, the port is safe`, `..., in the opinion of the court`:
    the holder of the view is the source, the clause the phrase opens or closes its
    content (the whole clause when the phrase sits inside it)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _VIEW_NOUNS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if holder is None or holder.lower_ in {"my", "our", "your"}:
        return None  # (`in my view`: the writer's own)
    clause = prep.head
    if clause.dep_ != "ROOT" or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if clause.lemma_.lower() in _ANY_CUE_VERBS:
        # `In his view, the mayor said ...`: the cue makes the claim (but `In Allen's
        # view, it shows that ...`: no one else speaks)
        subject = _subject(clause)
        if subject is None or subject.lower_ not in {"it", "this", "that"}:
            return None
    content = _clause_beside(prep, clause, within=True)
    if content is None:
        return None
    words = [t for t in holder.subtree if t.dep_ != "case"]
    return _Found(
        cue=(noun.idx, noun.idx + len(noun.text)),
        content=content,
        source=(words[0].idx, words[-1].idx + len(words[-1].text)),
        source_token=holder,
        kind="according_to",
        cue_lemma=noun.lemma_.lower(),
    )


#: Nouns of saying whose prepositional object is itself what was said, with the
#: prepositions that take it: `his denial of any wrongdoing`, `allegations of fraud`.
#: Objects that are only a topic or a target (`comments about X`, `criticism of X`,
#: `a call for X`) are left out: the statement they name is not in the sentence.
_NOUN_OBJECTS: dict[str, frozenset[str]] = {
    noun: _words(preps)
    for nouns, preps in (
        ("denial rejection", "of"),
        ("accusation allegation", "of"),
    )
    for noun in nouns.split()
}
#: Nouns of saying that take a that-clause (`her warning that ...`) beyond CLAIM_NOUNS.
_THAT_NOUNS = _words(
    """remark complaint criticism promise pledge vow demand prediction threat response
    answer reply position contention explanation message point"""
)
#: Nouns of saying whose infinitive is what was claimed, promised or demanded:
#: `his pledge to cut taxes`, `her call to end the strike`, `X's claim to be Y`.
_NOUN_INFINITIVES = _words("promise pledge vow call demand threat claim")
#: Nouns whose that-clause is attributed to unnamed sources when no one is named.
_UNNAMED_NOUNS = _words("allegation accusation complaint")
#: Verbs that leave their object in a relative clause the parser may read as a clause
#: of content: `the threat that terrorism poses`, `the claim that he made`.
_GAP_VERBS = _words(
    "pose have make call face raise level offer give issue hear repeat deliver deny reject "
    "dismiss share express voice cite receive meet accept believe back support verify "
    "confirm prove ignore"
)
#: Prepositions that introduce the author of a claim noun: `a denial from X`.
_NOUN_AUTHORS = _words("by from")
#: Verbs whose subject makes the statement their object names: `Trump made a call for X`.
_NOUN_MAKERS = _words("make issue deliver repeat reiterate renew level offer file lodge")


def _noun_clause(noun: Token) -> Token | None:
    """`X's claim that ...`; `X's claim he had never met Y`: a clause of its own; `X's
    answer was that ...`: the clause it is equated with."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        for c in noun.head.children:
            if c.dep_ == "ccomp" and c.i > noun.head.i and _has_that_mark(c):
                return c
    for c in noun.children:
        if c.dep_ not in {"acl", "ccomp", "relcl"} or c.i < noun.i:
            continue
        # A relative clause's `that` fills a slot in it (`the claim that he made`); a
        # `that` the parser marks as a conjunction opens what was said.
        if any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
            if c.lemma_.lower() in _GAP_VERBS and not any(
                m.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass"}
                for m in c.children
            ):
                return None  # `the threat that terrorism poses`: a relative clause
            if c.lemma_.lower() in _CASTING_VERBS and not any(
                m.dep_ in {"dobj", "nsubjpass"} for m in c.children
            ):
                return None  # `an accusation that an official called "false"`: likewise
            return c
        if c.dep_ == "relcl":
            continue
        # `X's claim he had never met Y`: a clause with its own subject and complement
        # (`the claim he made` lacks one: a relative clause about the claim).
        if (
            any(m.dep_ in {"nsubj", "expl"} and m.i < c.i for m in c.children)
            and any(m.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp"} for m in c.children)
            # (`a claim that the ministry described as false`: `that` the object of a
            # verdict on it)
            and not (
                c.lemma_.lower() in _CASTING_VERBS | _DENIAL_CUES | _DISPUTE_CUES
                and any(m.dep_ == "dobj" and m.i < c.i for m in c.children)
            )
            and _infinitive_to(c) is None
        ):
            return c
    # `the targets of the minister's claims that the levy is fair`: a that-clause right after
    # the noun (or its phrase of when) that the parser hung on a verb further up; not
    # one a verb of saying there takes (`said in a call from the scene that ...`).
    doc = noun.doc
    after = noun.right_edge.i + 1
    if (
        after < len(doc)
        and doc[after].pos_ == "ADP"
        and doc[after].dep_ == "prep"
        and all(t.i == after or t.ent_type_ in {"DATE", "TIME"} for t in doc[after].subtree)
        and len(list(doc[after].subtree)) > 1
    ):
        after = doc[after].right_edge.i + 1  # `his claim in November that ...`
    for ancestor in noun.ancestors:
        if ancestor.lemma_.lower() in _SPEECH_VERBS:
            break
        for c in ancestor.children:
            if c.dep_ in {"ccomp", "acl", "relcl"} and c.left_edge.i == after and _has_that_mark(c):
                return c
    return None


def _noun_maker(noun: Token) -> Token | None:
    """`Trump made a call for X`, `she issued a warning that ...`: the subject of the
    verb that makes the statement."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _NOUN_MAKERS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _not_a_source(subject.text):
        return None
    return subject


def _verifying_with_a_gap(clause: Token) -> bool:
    """`that AFP was unable to verify`, `that could not be confirmed`: a clause of
    verifying whose object is the noun before it (a relative clause, not what is said)."""
    return any(
        t.lemma_.lower() in {"verify", "confirm", "corroborate", "substantiate"}
        and t.pos_ == "VERB"
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in t.children)
        for t in clause.subtree
    )


def _noun_claim(noun: Token) -> _Found | None:
    """A noun of saying owned by a source: `X's claim that ...`, `the allegation by X
    that ...`, `his denial of any role`, `her pledge to Y`, `his warning that ...`."""
    lemma = noun.lemma_.lower()
    clause = _noun_clause(noun)
    if (
        clause is not None
        and clause.lemma_.lower() in _DENIAL_CUES | _DISPUTE_CUES
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in clause.children)
    ):
        return None  # `allegations that the government denies`: the noun answered
    if clause is not None and _verifying_with_a_gap(clause):
        return None  # `an allegation that AFP was unable to verify`: the outlet's doubt
    content_token = clause
    if content_token is None and lemma in _NOUN_INFINITIVES:
        content_token = _noun_infinitive(noun)
    # `the allegation of X that ...`: `of` names the author only beside a clause.
    authors = _NOUN_AUTHORS | {"of"} if clause is not None else _NOUN_AUTHORS
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in authors:
                source = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if source is not None:
                    break
    if content_token is None and lemma in _NOUN_OBJECTS:
        content_token = _noun_object(noun, _NOUN_OBJECTS[lemma])
        if content_token is None and source is not None and source.dep_ == "pobj":
            # `a denial from Moscow of any role`: the parser hangs the object on the
            # author.
            content_token = _noun_object(source, _NOUN_OBJECTS[lemma])
    if content_token is None:
        return None
    named_by: tuple[int, int] | None = None
    if source is None:
        # `a New York Times report that ...`, `a Kremlin statement that ...`: the name on it.
        names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        # `rejected Pakistani claims that ...`: a state's, named by its people's word
        names = names or [
            c
            for c in noun.children
            if c.dep_ == "amod"
            and clause is not None
            and (match := lookup_country(c.text)) is not None
            and match.how == "demonym"
        ]
        # `police claims that ...`, `government allegations that ...`: a body by its word
        names = names or [
            c
            for c in noun.children
            if clause is not None
            and (
                (
                    c.dep_ == "compound"
                    and c.tag_ in {"NN", "NNS"}
                    and c.lemma_.lower()
                    in _STATE_FORCES | _BODY_WORDS | _INSTITUTION_WORDS | _CAMPS
                )
                # (`rebel claims that ...`, the side's word read as an adjective)
                or (c.dep_ == "amod" and c.lower_ in _CAMPS)
            )
        ]
        if names:
            source = names[-1]
            named_by = (names[0].left_edge.idx, source.idx + len(source.text))
    if source is None:
        source = _noun_maker(noun)
    if source is None and clause is not None and lemma in _UNNAMED_NOUNS:
        # `allegations that he beat his ex-wife`: alleged by unnamed sources, as
        # `it is alleged that ...` is.
        content = _subtree_chars(noun.doc, clause, clause, skip=None)
        if content is None:
            return None
        return _Found(
            cue=(noun.idx, noun.idx + len(noun.text)),
            content=content,
            source=None,
            source_token=None,
            cue_lemma=lemma,
        )
    if source is None:
        return None
    doc = noun.doc
    content = _subtree_chars(doc, content_token, content_token, skip=None)
    if content is None:
        return None
    opener = doc[content_token.left_edge.i]
    if (
        opener.lower_ == "that"
        and opener.idx == content[0]
        and opener.head.i == content_token.i
        and opener.i + 1 < content_token.i
    ):
        # (`warnings that they would skyrocket`, `that` read as the clause's object)
        content = (doc[opener.i + 1].idx, content[1])
    if (main := _main_verb_read_into_clause(noun, content_token)) is not None:
        # `Chu's claim that the recall was illegal drew criticism`: what was claimed ends
        # before the sentence's own verb, which the parser took into the clause
        end = doc[main.i - 1]
        content = (content[0], end.idx + len(end.text))
    written: tuple[int, int] | None = None
    if named_by is not None:
        source_chars = named_by
    elif source.dep_ == "poss":
        # `Donald Trump's claim`: written with its case mark, as PolNeAR marks it; the
        # speaker is named by the words before it.
        first, last = source.left_edge, source.right_edge
        # `Biden rubbished Trump's claim`: a verb the parser hung inside the possessor.
        for token in doc[first.i : source.i]:
            if token.pos_ in {"VERB", "AUX"}:
                first = doc[token.i + 1]
        written = (first.idx, last.idx + len(last.text))
        if last.dep_ == "case" and last.i > first.i:
            last = doc[last.i - 1]
        source_chars = (first.idx, last.idx + len(last.text))
    else:
        source_chars = _source_span(source)
        if source.left_edge.i < content_token.i <= source.right_edge.i:
            # `a denial from Moscow of any role`: the author ends before the object.
            last = doc[content_token.head.i - 1]
            source_chars = (source_chars[0], last.idx + len(last.text))
    return _Found(
        cue=(noun.idx, noun.idx + len(noun.text)),
        content=content,
        source=source_chars,
        source_token=source,
        cue_lemma=lemma,
        written=written,
    )


def _main_verb_read_into_clause(noun: Token, clause: Token) -> Token | None:
    """`Chu's claim that the recall was illegal drew criticism`: a noun of saying at the
    root of its sentence, so that the sentence's finite verb, with no subject of its own,
    was read into the clause the noun governs; that verb."""
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
        return None
    return next(
        (
            t
            for t in clause.subtree
            if t.i > clause.i
            and t.tag_ in {"VBD", "VBZ"}
            and t.dep_ in {"compound", "oprd", "amod", "dep", "attr", "acomp"}
            and not any(c.dep_ in _SUBJECT_DEPS for c in t.children)
        ),
        None,
    )


def _noun_infinitive(noun: Token) -> Token | None:
    """`his pledge to cut taxes`: the infinitive clause the noun governs, or one right
    after it that the parser hung on the verb above (`rallied members with its calls to
    end the lockout`)."""
    own = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "relcl"}
            and c.i > noun.i
            and any(m.dep_ == "aux" and m.lower_ == "to" and m.i < c.i for m in c.children)
        ),
        None,
    )
    if own is not None:
        return own
    verb = _clause_verb(noun)
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "xcomp"}
            and c.left_edge.i == noun.right_edge.i + 1
            and c.left_edge.lower_ == "to"
        ),
        None,
    )


def _noun_object(noun: Token, preps: frozenset[str]) -> Token | None:
    """`his denial of any role`: the object of the noun's preposition of content."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.i > noun.i and prep.lower_ in preps:
            obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return obj
    return None


#: `WALLACE: Let's start ...`, `Pence: Trump was mocking ...`: a name, a colon, words
#: (or a few words naming who speaks, which may be in small letters: `Fire chief: ...`).
_COLON_LINE = re.compile(
    r"^[ \t\"“]*([A-Z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){0,3})[ \t]*:[ \t]+(\S[^\n]*)$",
    re.MULTILINE,
)
#: A speaker's turn inside a paragraph of a transcript: after a sentence ends, a name
#: (with a party tag) and a colon open a quote (`... ISIS." Bush: "The mission is ..."`).
_TURN_IN_LINE = re.compile(
    r"(?:(?<=[.!?][\"”’] )|(?<=[.!?][\"”’]  )|(?<=[a-z0-9)][.!?] )|(?<=[a-z0-9)][.!?]  ))"
    r"((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*(?:[ \t]*\([^)\n]{1,12}\))?)"
    r"[ \t]*:[ \t]*[\"“]([^\"“”\n]+)[\"”]"
)
#: Where a sentence ends inside a line of text.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+")
#: Words before a colon that introduce a section, not a speaker.
_NOT_SPEAKERS = _words(
    "read more watch update note editor related photo photos video listen click see also "
    "source sources advertisement share follow warning breaking live q a correction "
    "clarification corrections clarifications disclosure analysis opinion commentary "
    "editorial explainer factbox exclusive timeline interview review"
)
#: `"..." ― Jane Doe`: a quote signed with a dash, as in collected testimonies.
_DASH_NAME = re.compile(
    r"[\"”'’]?[ \t]*\n?[ \t]*([―—–])[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
)


def _named_elsewhere(doc: Doc, span: Span) -> bool:
    last = span[-1].text
    return any(
        t.text == last and (t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"})
        for t in doc
        if not span.start <= t.i < span.end
    )


#: A title that gives a speaker's words after a colon, as headlines write it: `Kremlin
#: aide: ...`, `Mayor Roe to voters: ...`, `EXCLUSIVE – Jane Roe: ...`.
_TITLE_COLON = re.compile(
    r"[ \t\"“]*(?:[A-Z]{3,}[ \t]*[–—-][ \t]*)?"  # (a label: `EXCLUSIVE – `)
    r"((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*)"  # the name
    r"(?:[ \t]+([a-z]+))?"  # a role after it: `Kremlin aide`
    r"(?:[ \t]+(?:to|To|on|On)[ \t]+[^:\n]{1,80}?)?"  # to whom, or on what
    r"[ \t]*:[ \t]+(\S[^\n]*)"
)
#: Roles a title names after a name: `Kremlin aide: ...`, `Clinton camp: ...`.
_TITLE_ROLES = _words(
    """aide aides camp campaign official officials spokesman spokeswoman spokesperson
    adviser advisers envoy lawyer lawyers allies chief"""
)


def _colon_claims(doc: Doc) -> Iterator[_Found]:
    """Headline and transcript style: `Pence: ...`, `WALLACE: ...`."""
    text = _text(doc)
    turns: list[int] = []
    for match in _TURN_IN_LINE.finditer(text):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or match.group(1).lower() in _NOT_SPEAKERS:
            continue
        named = [t for t in span if t.is_alpha]
        if not any(e.label_ == "PERSON" for e in span.ents) and not (
            named and all(t.pos_ == "PROPN" for t in named)
        ):
            continue
        colon = text.index(":", match.end(1))
        turns.append(match.start(1))
        yield _Found(
            cue=(colon, colon + 1),
            content=_strip_quote(text, match.start(2), match.end(2)),
            source=(match.start(1), match.end(1)),
            source_token=span.root,
            cue_lemma=":",
            kind="direct",
        )
    title = _title_colon_claim(doc)
    # (`Putin: "..." Analyst Jones: "..."`: turns of a transcript, taken above)
    if title is not None and any(title.content[0] < t < title.content[1] for t in turns):
        title = None
    if title is not None:
        yield title
    for match in _COLON_LINE.finditer(text):
        name, rest = match.group(1), match.group(2)
        if name.lower() in _NOT_SPEAKERS or len(rest.split()) < 3:
            continue
        if all(s.rstrip('"”’)').endswith("?") for s in _SENTENCE_END.split(rest.strip())):
            continue  # `VOA: What message did you bring?`: an interviewer's question
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None:
            continue
        # `Police: Fire was set`, `Fire chief: Blaze is under control`: who speaks, named
        # by a common word
        by_common_word = (
            len(rest.split()) <= 20
            and len(span) <= 3
            and span[0].is_title
            and span[-1].tag_ in {"NN", "NNS", "NNP", "NNPS"}
            and span[-1].lemma_.lower() in _PERSON_NOUNS | _SPEAKING_BODIES
        )
        # (a name in small letters is only such a word: not `Nordhaus said: "..."`,
        # whose cue is found as a verb)
        small = any(w[:1].islower() for w in name.split())
        known = by_common_word or (
            not small
            and (
                name.isupper()
                or any(e.label_ in {"PERSON", "ORG", "GPE"} for e in span.ents)
                # A headline (`Pence: ...`, `Poll: ...`): a proper name or a document, then words.
                or (
                    len(rest.split()) <= 20
                    and (
                        all(t.pos_ == "PROPN" for t in span)
                        or (len(span) == 1 and span[0].lemma_.lower() in _DOCUMENT_NOUNS)
                        # `Sanders: Clinton needs to ...`: a headline word the tagger took for
                        # a common noun, but a name where the article uses it again.
                        or (span[-1].is_title and _named_elsewhere(doc, span))
                    )
                )
            )
        )
        if not known or _place_label(span, rest):
            continue
        colon = text.index(":", match.end(1))
        if title is not None and colon == title.cue[0]:
            continue
        end = match.end(2)
        # `Clinton: "..." Bush: "..."`: a turn ends where the next one in its line starts.
        end = next((t for t in turns if match.start(2) < t < end), end)
        while end > match.start(2) and text[end - 1].isspace():
            end -= 1
        yield _Found(
            cue=(colon, colon + 1),
            content=(match.start(2), end),
            source=(match.start(1), match.end(1)),
            source_token=span.root,
            cue_lemma=":",
        )


def _place_label(name: Span, rest: str) -> bool:
    """`Sri Lanka: Human remains found at mass grave`: a place that labels what a headline
    is about, not a state speaking in the first person (`Ukraine: We will retake ...`)."""
    words = {w.strip("\"“”'’,.") for w in rest.split()[:12]}
    state = _state_named(default_kb(), name.text) is not None
    return (
        (state or (bool(name.ents) and all(e.label_ in {"GPE", "LOC"} for e in name.ents)))
        and not words & {"We", "we", "I", "Our", "our", "My", "my", "us", "Us"}
        and rest.lstrip()[:1] not in _OPENING_MARKS
    )


#: Nouns of people or of a work that speak in a title before a colon.
_TITLE_SPEAKER_NOUNS = _PEOPLE_NOUNS | _words(
    "insider expert diplomat study poll survey report newspaper paper"
)


def _title_colon_claim(doc: Doc) -> _Found | None:
    """The words after the colon of a title line that opens the text, with a name (and a
    role, or whom it is said to) before it: `Zelenskiy: Russia Will Not Take Kharkiv`,
    `Kremlin aide: ...`, `Mayor Roe to voters: ...`."""
    text = _text(doc)
    end = text.find("\n", 0, 201)
    if end < 0 and len(text) > 200:
        return None  # a paragraph, not a title
    match = _TITLE_COLON.fullmatch(text[: end if end >= 0 else len(text)])
    if match is None:
        return None
    name, role, rest = match.group(1), match.group(2), match.group(3)
    if name.lower() in _NOT_SPEAKERS or (role and role not in _TITLE_ROLES):
        return None
    if len(rest.split()) < 3 or rest.rstrip(" .\"”’'").endswith("?"):
        return None
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None:
        return None
    known = (
        any(e.label_ in {"PERSON", "ORG", "GPE", "NORP"} for e in span.ents)
        or all(t.pos_ == "PROPN" for t in span)
        or default_kb().lookup(name) is not None
        or _named_elsewhere(doc, span)
        # `Insiders: ...`, `Poll: ...`, `Newspaper: ...`: people or a work that speaks
        or span.root.lemma_.lower() in _TITLE_SPEAKER_NOUNS
    )
    if not known or (not role and _place_label(span, rest)):
        return None
    source_end = match.end(2) if role else match.end(1)
    colon = text.index(":", source_end)
    return _Found(
        cue=(colon, colon + 1),
        content=(match.start(3), match.start(3) + len(rest.rstrip())),
        source=(match.start(1), source_end),
        source_token=span.root,
        cue_lemma=":",
    )


def _dash_claims(doc: Doc, quotes: list[tuple[int, int]]) -> Iterator[_Found]:
    """`"I am ashamed." ― Jane Doe`: a quote signed by the name after a dash."""
    text = _text(doc)
    for q_start, q_end in quotes:
        match = _DASH_NAME.match(text, q_end, min(len(text), q_end + 80))
        if match is None:
            continue
        span = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        if span is None:
            continue
        yield _Found(
            cue=(match.start(1), match.end(1)),
            content=_strip_quote(text, q_start, q_end),
            source=(match.start(2), match.end(2) - match.group(2).endswith(".")),
            source_token=span.root,
            kind="direct",
            cue_lemma="―",
        )


_TITLE_PREPOSITIONS = _words("against of about on to by for with over from amid")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: A headline cue and the words after it, without the title's closing punctuation.
_HEADLINE_CUE = re.compile(r"\b(" + "|".join(HEADLINE_CUES) + r")\s+(\S.*?)[\s.!?:;’”'\"]*$")
#: A second cue of the same source: `X Says A, Calls B`, `X Backs A And Denounces B`.
_HEADLINE_NEXT_CUE = re.compile(r"(?:,|\s+And)\s+(" + "|".join(HEADLINE_CUES) + r")\s+\S")
#: Where a title's clause begins: `Exclusive: X Says`, `X Aims Insult At Y, Slams Z`.
_TITLE_BREAK = re.compile(r"[:,;—–]| - ")


def _headline_claims(doc: Doc, found: list[_Found]) -> Iterator[_Found]:
    """`Glenn Beck Blasts Drudge for Mocking His Fast`: a line in title case whose verb
    of saying follows a name; the words before it are the source, those after it the
    content, whatever the parser made of them."""
    text = _text(doc)
    by_cue = {f.cue[0]: f for f in found}
    offset = 0
    for line in text.split("\n"):
        at, offset = offset, offset + len(line) + 1
        if len(line) > 200:
            continue  # a paragraph, not a title
        words = _TITLE_WORD.findall(line)
        if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
            continue  # not a title
        # `Ukraine Says It Hit Refinery; Moscow Claims Drones Downed`: each clause of a
        # title split by semicolons has a source of its own.
        clause_at = at
        for clause in line.split("; "):
            yield from _title_claims(doc, clause, clause_at, by_cue)
            closing = _TITLE_CLOSING_CUE.search(clause)
            if closing is not None:
                parsed = by_cue.get(clause_at + closing.start("cue"))
                if parsed is None:
                    yield from _title_closing_claim(doc, clause, clause_at, closing)
                elif not clause_at <= parsed.content[0] < clause_at + closing.start():
                    # `Crew safe, Iran says; U.S. urges release`: the words before the
                    # source in its own clause, not the clause the parser gave it
                    start = clause_at + len(clause) - len(clause.lstrip())
                    parsed.content = (start, clause_at + closing.start())
            clause_at += len(clause) + 2


#: A title in the way of AFP's that names its source after a colon at its end:
#: `Jihadists seize fuel trucks near Bamako: sources`.
_TRAILING_SOURCE = re.compile(
    r"^(?P<content>[^\n:]{12,200}?):\s+(?P<source>(?:security |military |diplomatic |"
    r"medical |local |police )?(?:sources?|officials?|witnesses|police|army|residents|"
    r"report|ministry|monitor|rescuers|medics|NGO|UN))[ \t]*$",
    re.MULTILINE,
)


def _trailing_source_titles(doc: Doc, found: list[_Found]) -> Iterator[_Found]:
    """`Jihadists seize fuel trucks near Bamako: sources`: a title line with no full stop
    whose source closes it after a colon; the words before the colon are what it said."""
    text = _text(doc)
    taken = {f.cue[0] for f in found}
    for match in _TRAILING_SOURCE.finditer(text):
        colon = text.index(":", match.end("content"))
        source = doc.char_span(*match.span("source"), alignment_mode="contract")
        if colon in taken or source is None or not len(source):
            continue
        yield _Found(
            cue=(colon, colon + 1),
            content=match.span("content"),
            source=match.span("source"),
            source_token=source[-1],
            cue_lemma=":",
        )


#: A title whose source and cue close it: `Settlers Attack Village, Officials Say`.
_TITLE_CLOSING_CUE = re.compile(
    r",\s+(?P<source>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?P<cue>Says?|Said|Claims?|Alleges?|Warns?|Reports?|Shows?|Insists?)[\s.!?’”'\"]*$"
)


def _title_closing_claim(doc: Doc, line: str, at: int, closing: re.Match[str]) -> Iterator[_Found]:
    """The claim of a title that closes with its source and cue, which the parser reads
    as a string of names when its verb may be a noun (`Attack`, `Strikes`, `Kill`)."""
    start = len(line) - len(line.lstrip())
    source = (at + closing.start("source"), at + closing.end("source"))
    source_tokens = doc.char_span(*source, alignment_mode="contract")
    if source_tokens is None or not len(source_tokens) or closing.start() - start < 8:
        return
    cue = closing.group("cue")
    yield _Found(
        cue=(at + closing.start("cue"), at + closing.end("cue")),
        content=(at + start, at + closing.start()),
        source=source,
        source_token=source_tokens[-1],
        cue_lemma=_CLOSING_FORMS.get(cue.lower(), cue.lower().removesuffix("s")),
    )


def _title_claims(doc: Doc, line: str, at: int, by_cue: dict[int, _Found]) -> Iterator[_Found]:
    """The claims of one clause of a title in title case, at character ``at``."""
    match = _HEADLINE_CUE.search(line)
    if match is None:
        return
    before = line[: match.start()]
    name_start = max((m.end() for m in _TITLE_BREAK.finditer(before)), default=0)
    name = before[name_start:].split()
    if (
        not name
        or not name[0][0].isupper()
        or name[0].lower() in _SUBORDINATORS  # `If Obama Says It, It's True`
        # `Defends Himself Against Claims He ...`: a noun after a preposition
        or name[-1].lower() in _TITLE_PREPOSITIONS
        # `X Backs Y And Denounces Z`: a cue joined to a verb this reader does not know
        or name[-1] == "And"
        # `Party Calls Off Protest`: a phrasal verb, a deed
        or (
            match.group(1).lower().startswith("call")
            and match.group(2).split(" ", 1)[0].lower() in {"off", "up", "in", "back", "out"}
        )
    ):
        return
    source_start = at + before.index(name[0], name_start)
    source = (source_start, at + len(before.rstrip()))
    source_tokens = doc.char_span(*source, alignment_mode="contract")
    if source_tokens is None or not len(source_tokens):
        return
    cues = [(match.start(1), match.end(1))]
    cues += [(m.start(1), m.end(1)) for m in _HEADLINE_NEXT_CUE.finditer(line, match.end(1))]
    content_end = match.end(2)
    for n, (cue_start, cue_end) in enumerate(cues):
        # (each cue's words end where the next cue's comma or `And` begins)
        end = content_end
        if n + 1 < len(cues):
            end = len(line[: cues[n + 1][0]].rstrip().removesuffix("And").rstrip(" ,"))
        parsed = by_cue.get(at + cue_start)
        if parsed is not None:
            # (a cue the parser found: its words still end at the next cue)
            if parsed.content[0] < at + end < parsed.content[1]:
                parsed.content = (parsed.content[0], at + end)
            continue
        yield _Found(
            cue=(at + cue_start, at + cue_end),
            content=(at + cue_end + 1, at + end),
            source=source,
            source_token=source_tokens[-1],
            cue_lemma=HEADLINE_CUES[line[cue_start:cue_end]],
        )


#: Finite forms of cues that close a sentence after their source, with their lemmas.
_CLOSING_FORMS = {
    "say": "say", "says": "say", "said": "say", "show": "show", "shows": "show",
    "showed": "show", "suggest": "suggest", "suggests": "suggest", "indicate": "indicate",
    "indicates": "indicate", "reported": "report", "reports": "report", "added": "add",
    "adds": "add", "wrote": "write", "writes": "write", "noted": "note", "notes": "note",
    "write": "write", "report": "report", "note": "note", "add": "add", "argue": "argue",
    "argued": "argue", "argues": "argue", "warn": "warn", "warned": "warn", "warns": "warn",
    "told": "tell", "tells": "tell", "alleged": "allege", "alleges": "allege",
    "claimed": "claim", "insisted": "insist",
}  # fmt: skip


#: Third-person forms of cues the tagger may read as plural nouns after a name.
_NOUN_READ_FORMS = {
    "says": "say", "claims": "claim", "insists": "insist", "warns": "warn",
    "argues": "argue", "admits": "admit", "denies": "deny", "predicts": "predict",
    "demands": "demand", "urges": "urge", "vows": "vow", "pledges": "pledge",
    "promises": "promise", "calls": "call", "suggests": "suggest", "threatens": "threaten",
    "allege": "allege",
}  # fmt: skip
#: ... of which those that are never nouns, read as one all the same before a name the
#: tagger takes for the subject (`Investigators allege Potra planned ...`).
_NEVER_NOUN_FORMS = _words("allege")


#: Cues of evidence in the form a plural subject takes, which the tagger may read as
#: nouns after it: `records show`.
_PLURAL_FINDING_FORMS = _words("show suggest indicate reveal")
#: ... and beliefs and fears, after people counted: `Many fear ...`.
_PLURAL_BELIEF_FORMS = _words("fear believe think worry say argue hope doubt suspect")


def _noun_read_claims(doc: Doc, sents: list[Span], found: list[_Found]) -> Iterator[_Found]:
    """`Trump claims he's worth $10 billion.`: a sentence with no verb at its root, whose
    cue after the name the tagger read as a plural noun (or a noun, `records from 2008
    show ...`, after evidence); the name is the source and the clause after the cue the
    content."""
    taken = {f.cue[0] for f in found}
    for sent in sents:
        verb_root = sent.root.pos_ in {"VERB", "AUX"}
        cue = next(
            (
                t
                for t in sent[1:]
                if (t.lower_ in _NOUN_READ_FORMS and not verb_root)
                or (t.lower_ in _NEVER_NOUN_FORMS and t.i < sent.root.i)
                # `FEC records from the 2008 cycle show he backed ...`: evidence shows
                or (
                    t.lower_ in _PLURAL_FINDING_FORMS
                    and not verb_root
                    and any(w.lower_ in _EVIDENCE_SOURCES for w in sent[: t.i - sent.start])
                )
                # `Many fear Trump will ...`: people counted, then a plural verb
                or (
                    t.lower_ in _PLURAL_BELIEF_FORMS
                    and not verb_root
                    and t.i == sent.start + 1
                    and sent[0].lower_ in _PEOPLE_QUANTIFIERS
                )
            ),
            None,
        )
        if (
            cue is None
            or cue.idx in taken
            or (cue.pos_ not in {"NOUN", "PROPN"} and cue.dep_ != "compound")
        ):
            continue
        name = doc[sent.start : cue.i]
        after = doc[cue.i + 1 : sent.end]
        if (
            len(name) > 6
            or (
                name[-1].pos_ not in {"PROPN", "NOUN"}
                and name.text.lower() not in _PEOPLE_QUANTIFIERS
            )
            or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in name)
            or not any(t.pos_ in {"VERB", "AUX"} for t in after)
        ):
            continue
        lemma = _NOUN_READ_FORMS.get(cue.lower_, cue.lower_)
        # (with the verb at the root, its clause, ending where what was said ends)
        item = _surface_claim(
            cue, name, after[0], sent.end, lemma, head=sent.root if verb_root else None
        )
        if item is not None:
            yield item


def _closing_claims(doc: Doc, sents: list[Span], found: list[_Found]) -> Iterator[_Found]:
    """`Much of the money came from shell companies, campaign records show.`: a cue that
    ends its sentence after a comma and its source, however the parser read it (the
    tagger takes `records show` for two nouns); the clause before the comma is said."""
    taken = {f.cue[0] for f in found}
    for sent in sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if len(words) < 5:
            continue
        for cue in _closing_cue_words(sent, words):
            lemma = _CLOSING_FORMS[cue.lower_]
            if cue.idx in taken:
                continue
            item = _closing_claim(doc, sent, cue, lemma)
            if item is not None:
                yield item


def _closing_cue_words(sent: Span, words: list[Token]) -> Iterator[Token]:
    """The sentence's last word, or one set off by commas before `and` or `but` (`...,
    records show, and experts say ...`) or the source it cites (`..., the group said,
    citing relatives`), when it is a closing form of a cue."""
    doc = sent.doc
    for cue in words:
        # (not a name that ends in one: `..., Slate and the Drudge Report.`)
        if cue.lower_ not in _CLOSING_FORMS or not cue.text.islower():
            continue
        # (the cue may be followed by when it was said: `said on Saturday, and ...`; a few
        # words at most, so only those are read)
        near_end = min(sent.end, cue.i + _DATE_AFTER_CUE + 2)
        stop = next(
            (
                t.i
                for t in doc[cue.i + 1 : near_end - 1]
                # (or before whom the speaker cites: `..., the group said, citing
                # relatives and activists`)
                if t.text == "," and doc[t.i + 1].lower_ in {"and", "but", "citing", "quoting"}
            ),
            None,
        )
        if (
            cue.i == words[-1].i
            or (cue.lower_ in {"told", "tells"} and _only_an_addressee_after(words, cue))
            or (
                stop is not None
                and (stop == cue.i + 1 or _only_a_date_after(doc[cue.i + 1 : stop]))
            )
            or (near_end == sent.end and _only_a_date_after(doc[cue.i + 1 : sent.end]))
            or _only_a_medium_after(doc[cue.i + 1 : sent.end])
        ):
            yield cue


def _only_an_addressee_after(words: list[Token], cue: Token) -> bool:
    """Whether the words after a closing `told` only name whom it was told to (`...,
    his spokesperson told reporters.`, `... told The Associated Press.`)."""
    rest = [t for t in words if t.i > cue.i]
    # (`... told VOA on Wednesday.`: when, after whom)
    while rest and (rest[-1].ent_type_ in {"DATE", "TIME"} or rest[-1].lower_ in {"on", "in"}):
        rest.pop()
    return (
        0 < len(rest) <= _DATE_AFTER_CUE
        and all(t.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "PART"} for t in rest)
        # (people or a body, not `told a joke`)
        and (
            rest[-1].pos_ == "PROPN"
            or rest[-1].ent_type_ in {"ORG", "PERSON", "NORP"}
            or rest[-1].lemma_.lower() in _TOLD_PEOPLE | _AUDIENCES
        )
    )


#: People a closing `told` names as its audience: `..., he told reporters.`
_TOLD_PEOPLE = _words(
    "reporter journalist media lawmaker legislator supporter audience crowd listener viewer"
)


#: How many words may say when a closing cue spoke: `reported on Tuesday morning`.
_DATE_AFTER_CUE = 4


def _only_a_medium_after(rest: Span) -> bool:
    """Whether the words after a closing cue only say where the words were given (`...,
    the service said in a statement.`, `... in a post on Telegram on Monday.`)."""
    words = [t for t in rest if not (t.is_punct or t.is_space)]
    return (
        0 < len(words) <= 8
        and words[0].lower_ in {"in", "on"}
        and any(t.lemma_.lower() in _SAYING_MEDIA for t in words[:4])
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
    )


def _only_a_date_after(rest: Span) -> bool:
    """Whether the words after a closing cue only say when (`..., the Post reported in
    1991.`, `... on Tuesday.`)."""
    words = [t for t in rest if not (t.is_punct or t.is_space)]
    return (
        0 < len(words) <= _DATE_AFTER_CUE
        and any(t.ent_type_ in {"DATE", "TIME"} for t in words)
        and all(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"in", "on", "at"} for t in words)
    )


#: How many words the source of a closing cue may have: `a source in Ukraine's
#: security service said`.
_CLOSING_SOURCE_WORDS = 8


def _closing_claim(doc: Doc, sent: Span, cue: Token, lemma: str) -> _Found | None:
    """One closing cue of `_closing_claims`, with its source between the comma before it
    and the cue."""
    if cue.i + 1 < len(doc) and doc[cue.i + 1].text == ":":
        return None  # `In a speech last July, he said:` announces what follows
    comma = next((t for t in reversed(sent[: cue.i - sent.start]) if t.text == ","), None)
    if comma is None:
        return None
    start = comma.i + 1
    while start < cue.i and doc[start].text in _CLOSING_MARKS:
        start += 1  # `"...," the two write.`: the quote's closing mark after the comma
    source = doc[start : cue.i]
    if not 1 <= len(source) <= _CLOSING_SOURCE_WORDS or any(
        (
            t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"}
            # (`a source in Ukraine's security service said`: where the source is)
            and not (
                t.lower_ in {"in", "at", "of", "from", "with"}
                and source.start < t.i < source.end - 1
            )
            # (`fundraising documents show`, `Commission records show`, `records` read as a
            # verb: evidence, however tagged)
            and not (t.tag_ in {"VBG", "VBZ"} and source[-1].lower_ in _EVIDENCE_SOURCES)
        )
        # (`campaign and corporate records show`: a conjunction inside the name)
        or (t.pos_ == "CCONJ" and t.i in {source.start, source.end - 1})
        # (`Kang Yu-jung`: a hyphen inside a name)
        or (t.is_punct and not (t.tag_ == "HYPH" and not t.whitespace_))
        for t in source
    ):
        return None
    if (
        source[-1].pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}
        and source[-1].lower_ not in _EVIDENCE_SOURCES
    ) or _not_a_source(source.text):
        return None  # (`..., I said.`: the writer's own words)
    if (
        lemma == "report"
        and source[-1].pos_ == "NOUN"
        and not _can_speak(source[-1])
        and not {source[-1].lemma_.lower(), source[-1].lower_} & (_MEDIA_WORDS | {"media", "press"})
    ):
        return None  # `Curfew imposed in Dhaka, several injuries reported`: what was reported
    return _surface_claim(cue, source, sent[0], comma.i, lemma)


def _surface_claim(
    cue: Token, source: Span, opener: Token, stop: int, lemma: str, head: Token | None = None
) -> _Found | None:
    """A claim read from the words' order where the parse is not to be trusted: the
    source as the span given, and the content the clause that ``opener`` heads, up to
    token ``stop`` (or, given its ``head``, the clause that verb heads from ``opener``)."""
    if head is not None:
        last = head.right_edge
        while last.i > head.i and (last.is_punct or last.is_space):
            last = cue.doc[last.i - 1]  # (the sentence's full stop, hung on its root)
        content = _subtree_chars(cue.doc, head, head, skip=cue, stop=last.i + 1)
    else:
        content = _subtree_chars(cue.doc, opener, opener, skip=None, stop=stop)
    if content is None:
        return None
    # (not the source, which a misread parse may hang below the opener)
    content = _after_dateline(cue.doc, (max(content[0], opener.idx), content[1]))
    text = _text(cue.doc)
    after = text[content[1] : content[1] + 3]
    if text[content[0]] in '"“' and any(mark in after for mark in '"”'):
        content = (content[0] + 1, content[1])  # `"...," the two write.`: the quoted words
    return _Found(
        cue=(cue.idx, cue.idx + len(cue.text)),
        content=content,
        source=(source.start_char, source.end_char),
        source_token=source[-1],
        cue_lemma=lemma,
    )


def _colon_quote_claims(
    doc: Doc, quotes: list[tuple[int, int]], found: list[_Found]
) -> Iterator[_Found]:
    """`... surprise pollster Jane Roe: "Late deciders broke ..."`: quoted words after a
    colon that follows a name, when no cue has claimed them."""
    text = _text(doc)
    for q_start, q_end in quotes:
        colon = q_start - 1
        while colon > 0 and (
            text[colon].isspace() or text[colon] in _QUOTE_OPEN or text[colon] == '"'
        ):
            colon -= 1
        if text[colon] != ":" or any(
            f.content[0] < q_end and q_start < f.content[1] for f in found
        ):
            continue
        before = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if before is None or before.start == 0:
            continue
        name = doc[before.start - 1]
        if name.ent_type_ not in {"PERSON", "ORG"}:
            continue
        start = name.i
        while (
            start > 0
            and doc[start - 1].ent_type_ == name.ent_type_
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        # `Republican pollster Jane Roe`: the description the name heads.
        while (
            start > 0
            and doc[start - 1].head.i == name.i
            and doc[start - 1].dep_
            in {
                "compound",
                "amod",
            }
        ):
            start -= 1
        yield _Found(
            cue=(colon, colon + 1),
            content=_strip_quote(text, q_start, q_end),
            source=(doc[start].idx, name.idx + len(name.text)),
            source_token=name,
            kind="direct",
            cue_lemma=":",
        )


def _sentence_at(sents: list[Span], at: int) -> int:
    return max(0, bisect_right(sents, at, key=_sentence_start) - 1)


def _sentence_start(sent: Span) -> int:
    return sent.start_char


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One claim per cue and stretch of content (`said that A and that B` makes two);
    where two cues share a content, the first one wins, unless the other closes it
    (`... — but Moscow denies — "why would you ...?" asked Dunn`: Dunn asked it)."""
    by_cue: dict[tuple[int, int], list[_Found]] = {}
    by_content: dict[tuple[int, int], _Found] = {}
    out: list[_Found] = []
    for item in found:
        start, end = item.content
        kept = by_cue.setdefault(item.cue, [])
        if any(k.content[0] < end and start < k.content[1] for k in kept):
            continue
        if kept and kept[0].source != item.source:
            continue  # another reading of the same cue
        rival = by_content.get(item.content)
        if rival is not None and _claim_noun_of_denial(rival, item):
            rival = None  # `Mulino rejected U.S. claims that ...`: the claim and its denial
        if rival is not None:
            # Only a cue right after the words (`"...?" asked Dunn`) takes them from one
            # before (not `dismissed accusations that X` from `accusations`), or from a
            # passive that names nobody (`X is believed to ..., analysts say`).
            if not (
                rival.cue[1] <= start
                and item.cue[0] >= end
                and _distance(item) < min(_distance(rival), 4)
            ) and not (
                rival.source is None
                and item.source is not None
                # (`..., analysts say`, `..., according to the Afghanistan Analysts Network`)
                and (
                    0 <= item.source[0] - end <= 3
                    or (item.cue_lemma == "according to" and 0 <= item.cue[0] - end <= 3)
                )
            ):
                continue
            out.remove(rival)
            by_cue[rival.cue].remove(rival)
        kept.append(item)
        by_content[item.content] = item
        out.append(item)
    # `A source said at least 40 soldiers were believed to have died, a toll far higher
    # than ...`: a passive naming nobody that opens what a named source said is part of it
    sourced: dict[int, list[_Found]] = {}
    for k in out:
        if k.source is not None:
            sourced.setdefault(k.content[0], []).append(k)
    return [
        item
        for item in out
        if item.source is not None
        or not any(
            item.content[1] < k.content[1] and k.content[0] <= item.cue[0] < k.content[1]
            for k in sourced.get(item.content[0], ())
        )
    ]


def _one_cue_of_two_words(found: list[_Found]) -> list[_Found]:
    """One claim for a cue found twice in its two words (`was quoted` and `saying` of
    `"...," Odongo was quoted as saying`): the same words said, by the same source."""
    out: list[_Found] = []
    cues: dict[tuple[tuple[int, int], tuple[int, int] | None], list[tuple[int, int]]] = {}
    by_source: dict[tuple[int, int] | None, list[_Found]] = {}
    for item in found:
        kept = cues.setdefault((item.content, item.source), [])
        if any(-5 <= item.cue[0] - cue[1] <= 5 for cue in kept):
            continue
        # (or the quoted part only, read from `saying`: `Russia would respond "in the
        # harshest way," Peskov was quoted as saying`)
        if item.cue_lemma == "say" and any(
            other.cue_lemma in {"quote", "cite"}
            and -5 <= item.cue[0] - other.cue[1] <= 5
            and other.content[0] <= item.content[0] < item.content[1] <= other.content[1] + 2
            for other in by_source.get(item.source, [])
        ):
            continue
        kept.append(item.cue)
        by_source.setdefault(item.source, []).append(item)
        out.append(item)
    return out


def _claim_noun_of_denial(denial: _Found, noun: _Found) -> bool:
    """Whether ``noun`` is a claim noun with its owner that ``denial`` rejects, both
    read as saying the same clause (`rejected U.S. claims that China controls the
    canal`): the owner's claim and the denial of it, one record each."""
    return (
        denial.cue_lemma in _DENIAL_CUES | _DISPUTE_CUES
        and noun.cue_lemma in CLAIM_NOUNS
        and noun.source is not None
        and denial.cue[1] <= noun.cue[0] < noun.content[0]
    )


def _distance(item: _Found) -> int:
    """Characters between a claim's cue and its content (none when one holds the other)."""
    return max(0, item.content[0] - item.cue[1], item.cue[0] - item.content[1])


def _quote_claims(
    doc: Doc, sents: list[Span], quotes: list[tuple[int, int]], found: list[_Found]
) -> list[_Found]:
    """Quotes no cue covers: a quote continues the claim that ends next to it."""
    extra: list[_Found] = []
    text = _text(doc)
    for q_start, q_end in quotes:
        # A scare quote or a name is not speech; but a short quote that is a sentence of
        # its own may go on with a quotation just before (`"We will fight," she said.
        # "We are ready."`).
        short = len(text[q_start:q_end].split()) < 4
        if short and not _quoted_sentence(text, q_start, q_end):
            continue
        if any(f.source and f.source[0] <= q_start and q_end <= f.source[1] + 1 for f in found):
            continue  # `cited "security officials in two countries" as saying`: a name
        covering = [f for f in found if f.content[0] < q_end and q_start < f.content[1]]
        if covering:
            # A verb found part of the quote as its content: widen it to the whole quote.
            for f in covering:
                if _in_quote([(q_start, q_end)], *f.content) and not (
                    f.cue[0] < q_end and q_start < f.cue[1]
                ):
                    f.content = _strip_quote(text, q_start, q_end)
                    f.kind = "direct"
            continue
        # A cue after the quote in the same sentence (`"...", X said`) claims it; else the
        # quote continues the claim just before it (`"Q1," X said. "Q2."`).
        after = [
            f
            for f in found
            if 0 <= f.cue[0] - q_end < 200
            and not any(q_end <= s.start_char <= f.cue[0] for s in sents)
            # `X - a business pitched as "the destination for women" - noted ...`: words
            # quoted between the source and its cue describe the source.
            and not (f.source is not None and f.source[1] <= q_start)
            # `promising "a full refund" after memos showed ...`: a finding quotes
            # nobody
            and f.cue_lemma not in _FINDING_CUES
        ]
        before = [
            f
            for f in [*found, *extra]
            if 0 <= q_start - f.cue[1] < 400
            # (a quote left open at the end of its paragraph goes on in the next one)
            and (not f.continuation or _QUOTE_GOES_ON.fullmatch(text[f.content[1] : q_start]))
            and not _between_has_sentence_break(text, f, q_start, q_end, sents)
            # `..., said Ruiz. Governor Ito sees "a long adjustment" ahead`: a sentence of
            # the writer's about someone named, quoting a phrase, does not go on with
            # Ruiz's words
            and not _named_subject_before(doc, f, q_start)
            # (nor in a clause of another's after the cue, in its sentence: `..., an
            # official said, days after Trump ordered tests "on an equal basis."`)
            and not _others_clause_between(doc, f.cue[1], q_start, f.content)
            # (nor with a cue in how another speaker is described: `"...," said Diallo,
            # who was jailed after he criticized the army. "..."` goes on with Diallo)
            and not any(
                (chars := o.written or o.source) is not None
                and o is not f
                and chars[0] <= f.cue[0] < chars[1]
                for o in found
            )
        ]
        if after:
            anchor = min(after, key=lambda f: f.cue[0])
        elif before:
            anchor = max(before, key=lambda f: f.cue[1])
        else:
            continue
        if short and (after or not _in_quote(quotes, *anchor.content)):
            continue  # (only after a quotation)
        if _in_question_to(doc, q_start, anchor):
            continue  # `Asked if the U.S. was weighing "punitive action," Rubio said ...`
        if (
            not after
            and anchor.content[1] < q_start
            and not text[anchor.content[1] : q_start].strip(' "“')
        ):
            # `vowed further operations "until the aggression stops."`: the quote goes on
            # with the words right before it, in the same clause
            anchor.content = (anchor.content[0], _strip_quote(text, q_start, q_end)[1])
            anchor.kind = None
            continue
        extra.append(
            _Found(
                cue=anchor.cue,
                content=_strip_quote(text, q_start, q_end),
                source=anchor.source,
                source_token=anchor.source_token,
                kind="direct",
                sent=anchor.sent,
                cue_lemma=anchor.cue_lemma,
                continuation=True,
            )
        )
    return extra


def _others_clause_between(doc: Doc, start: int, end: int, said: tuple[int, int]) -> bool:
    """Whether a clause of when with a subject of its own, the reporter's about another
    (`days after Trump ordered ...`), stands in one sentence between characters
    ``start`` (a cue's end) and ``end`` (a quote's opening), outside what the cue's claim
    says (``said``)."""
    first, last = _token_at(doc, start), _token_at(doc, end)
    words = doc[first:last]
    return not any(t.is_sent_start for t in words[1:]) and any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and t.pos_ in {"PROPN", "NOUN"}
        and not said[0] <= t.idx < said[1]
        and first <= t.head.i < last
        and t.head.pos_ in {"VERB", "AUX"}
        # (a clause of when: `days after Trump ordered ...`)
        and any(w.lower_ in _TIME_MARKS for w in (t.head.head, *t.head.children) if w.i < t.head.i)
        for t in words
    )


def _quoted_sentence(text: str, q_start: int, q_end: int) -> bool:
    """Whether a quotation is a whole sentence: it ends with a full stop, a question or
    an exclamation mark, and stands between sentence ends."""
    inside = text[q_start:q_end].rstrip(" \"”'’")
    before = text[max(0, q_start - 3) : q_start].rstrip(" \"“'‘\n")
    after = text[q_end : q_end + 2].lstrip(" \"”'’")
    return (
        inside[-1:] in {".", "?", "!"}
        and (not before or before[-1:] in {".", "?", "!", '"', "”"})
        and (not after or after[:1] in {"\n", '"', "“"} or after[:1].isupper())
    )


#: What lies between a quoted paragraph left open and the next one that reopens it.
_QUOTE_GOES_ON = re.compile(r"[ \t]*\n\s*[\"“]?")


def _in_question_to(doc: Doc, at: int, anchor: _Found) -> bool:
    """Whether the words at ``at`` are part of a question put to the speaker (`Asked
    whether ...`) rather than the speaker's own."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for ancestor in span[0].ancestors:
        # (a question put before the quote, not one its own words tell of: `"Iran asked
        # for time."`)
        if ancestor.lemma_.lower() in _QUESTION_CUES and ancestor.idx < at:
            return not (anchor.cue[0] <= ancestor.idx < anchor.cue[1])
        # `..., if the U.S. was weighing "any punitive action," Rubio said`: the question
        # the quote sits in opens before it.
        if any(
            m.dep_ == "mark" and m.lower_ in {"if", "whether"} and m.idx < at
            for m in ancestor.children
        ):
            return True
    return False


def _named_subject_before(doc: Doc, claim: _Found, at: int) -> bool:
    """Whether the sentence of the quote at ``at``, after the claim's, names a subject
    of its own (a noun, not a pronoun) before the quote."""
    quote = doc.char_span(at, at + 1, alignment_mode="expand")
    if quote is None or quote.sent.start_char <= claim.cue[1]:
        return False
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"PROPN", "NOUN"}
        for t in doc[quote.sent.start : quote.start]
    )


def _between_has_sentence_break(
    text: str, f: _Found, q_start: int, q_end: int, sents: list[Span]
) -> bool:
    """Whether more than one sentence boundary lies between a claim and a quote,
    or the claim's own content is not next to the quote."""
    lo, hi = (f.content[1], q_start) if f.content[1] <= q_start else (q_end, f.content[0])
    if hi < lo:
        return False
    if lo <= f.cue[1] <= hi:
        # (from the cue after the quotation, which the sentencizer may cut off from it:
        # `"This is a disgrace!" Vucic said. "Nobody will accept it."`)
        lo = max(lo, f.cue[1], f.source[1] if f.source is not None and f.source[1] <= hi else 0)
    breaks = sum(1 for s in sents if lo < s.start_char < hi)
    return breaks > 1 or len(text[lo:hi].split()) > 25


def _strip_quote(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace()):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ","):
        end -= 1
    return start, end


def _kind(
    text: str,
    content: tuple[int, int],
    quotes: list[tuple[int, int]],
    said_by: tuple[tuple[int, int], ...] = (),
) -> ClaimKind:
    """Direct when all quoted (also around the cue and source that interrupt it:
    `"The rebels," X said, "are soldiers in disguise."`), mixed when partly."""
    start, end = content
    if _in_quote(quotes, start, end):
        return "direct"
    body = text[start:end]
    if not any(ch in body for ch in '"“”'):
        return "indirect"
    touching = [(a, b) for a, b in quotes if a < end and start < b]
    if touching and all(start <= a <= b <= end and _nickname(text, a, b) for a, b in touching):
        return "indirect"  # `said Nemesio "El Mencho" Oseguera ordered it`: no words quoted
    covered = [(a, b) for a, b in (*quotes, *said_by) if a < end and start < b]
    outside = "".join(
        ch for at, ch in enumerate(body, start) if not any(a <= at < b for a, b in covered)
    )
    return "direct" if not outside.strip(' ,.;:—–-\n"“”') else "mixed"


#: Words that give a name one goes by: `known as "El Chapo"`, `nicknamed "the Butcher"`.
_NICKNAMED = re.compile(r"(?:known as|nicknamed|alias|a\.k\.a\.|aka)\W*$", re.IGNORECASE)


def _nickname(text: str, start: int, end: int) -> bool:
    """A quoted name one goes by, no words of a speaker: `Nemesio "El Mencho" Oseguera`
    (between the name's own words), `the gang leader known as "El Chapo"`."""
    words = text[start:end].strip(" ,").split()
    if not 0 < len(words) <= 4:
        return False
    before = text[max(0, start - 40) : start].rstrip('"“ ')
    after = text[end:].lstrip('"” ')
    if _NICKNAMED.search(before):
        return True
    return (
        all(w[:1].isupper() for w in words)
        and before[-1:].isalpha()
        and before.split()[-1][:1].isupper()
        and after[:1].isupper()
    )


# ---------------------------------------------------------------- speakers


def _resolve_speakers(
    doc: Doc, found: list[_Found], mentions: _Mentions, quotes: list[tuple[int, int]]
) -> None:
    context = _SpeakerContext(doc, mentions, quotes=quotes)
    for item in sorted(found, key=lambda f: f.cue[0]):
        if item.continuation:
            continue
        entity, name = _speaker_of(doc, item.source_token, context, item)
        item.speaker, item.speaker_name = entity, name
        if entity is not None or name:
            context.spoken.append(item)
    by_cue = {f.cue: f for f in found if not f.continuation}
    for item in found:
        if item.continuation and item.cue in by_cue:
            anchor = by_cue[item.cue]
            item.speaker, item.speaker_name = anchor.speaker, anchor.speaker_name


class _Mentions(list[tuple[int, int, Entity]]):
    """The article's entity mentions as (start, end, entity), in text order, with an
    index over where they are: a long text has many claims, each looking for names."""

    __slots__ = ("_where",)

    def __init__(self, rows: Iterable[tuple[int, int, Entity]]) -> None:
        super().__init__(sorted(rows, key=_row_start))
        self._where: Ranges[Entity] = Ranges(self)

    @classmethod
    def of(cls, doc: Doc) -> _Mentions:
        return cls((m.start, m.end, e) for e in ext.entities(doc) for m in e.mentions)

    def starting(self, low: int, high: int) -> list[tuple[int, int, Entity]]:
        """The mentions that start at ``low`` or after and before ``high``, in order."""
        return self[
            bisect_left(self, low, key=_row_start) : bisect_left(self, high, key=_row_start)
        ]

    def at(self, start: int, end: int) -> Entity | None:
        """The entity named at ``start:end``: of overlapping mentions, the last one,
        the head of the name."""
        found = self._where.overlapping(start, end)
        return found[-1] if found else None


def _row_start(row: tuple[int, int, Entity]) -> int:
    return row[0]


@dataclass(slots=True)
class _SpeakerContext:
    doc: Doc
    mentions: _Mentions
    spoken: list[_Found] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted speech
    _names: dict[str, str] | None = None
    _genders: dict[str, str] = field(default_factory=dict)
    _gendered: int = 0  # how many of ``spoken`` ``_genders`` has read

    @property
    def full_names(self) -> dict[str, str]:
        """Surname → the article's full name ending in it (built when first needed, once
        per document: each response builds a context of its own)."""
        if self._names is None:
            cached = getattr(_LOCAL, "full_names", None)
            if cached is not None and cached[0] is self.doc:
                self._names = cached[1]
            else:
                self._names = full_names(self.doc)
                _LOCAL.full_names = (self.doc, self._names)
        return self._names

    def spoken_gender(self, entity: Entity) -> str | None:
        """The gender of the pronoun an earlier claim of the person was resolved through
        (`"...," he wrote` for Tendai Moyo), for names whose gender is not known; read
        from the claims spoken so far, each once."""
        for item in self.spoken[self._gendered :]:
            if item.speaker is not None and item.source_token is not None:
                gender = _pronoun_gender(item.source_token.lower_)
                if gender is None:
                    gender = _source_gender(self.doc, item)  # (`an army spokeswoman`)
                if gender is None and item.speaker.kind == "person":
                    # (not where another was named just before, whom it may be: `Khaled
                    # Nasser is held. His wife Dana Levi said he lost weight`)
                    gender = _own_pronoun_gender(
                        self.doc, item, self.mentions, sentence_before=True
                    )
                if gender is not None:
                    self._genders.setdefault(item.speaker.id, gender)
        self._gendered = len(self.spoken)
        return self._genders.get(entity.id)


#: Role nouns that tell a person's gender: `an army spokeswoman`.
_GENDERED_ROLES = {
    **dict.fromkeys(
        _words(
            """spokeswoman woman mother daughter wife widow sister aunt grandmother
            congresswoman chairwoman businesswoman policewoman girl ms ms. mrs mrs. miss
            madam dame"""
        ),
        "f",
    ),
    **dict.fromkeys(
        _words(
            """spokesman man father son husband widower brother uncle grandfather
            congressman chairman businessman policeman boy mr mr. sir"""
        ),
        "m",
    ),
}
#: Titles of the form of a man's that outlets also give women who hold them.
_TITLES_FOR_ANYONE = _words("spokesman chairman")
#: Head nouns that refer back to a group actor named earlier: `the insurgent group said`.
_GROUP_HEADS = frozenset(
    (
        "group",
        "militant",
        "insurgent",
        "rebel",
        "separatist",
        "movement",
        "militia",
        "militants",
        "insurgents",
        "rebels",
        "separatists",
        "paramilitary",
        "paramilitaries",
    )
)
#: How the names of a state's armed forces end: `Sudanese Armed Forces`.
_ARMED_FORCES_NAMES = ("armed forces", "army", "defense forces", "defence forces")
#: Bodies that are an armed group when an armed word says so: `the rebel alliance`.
_ARMED_BODIES = _words("alliance coalition faction")
#: Words that make a group an armed one: `the militant group`, not `the aid group`.
_ARMED_WORDS = _words(
    """armed militant insurgent rebel jihadist terror terrorist extremist separatist
    islamist paramilitary guerrilla"""
)
_SPOKESPEOPLE = _words("spokesperson spokesman spokeswoman")
#: Last words of the names of bodies and publications: `Global Peace Index`.
_BODY_WORDS = _words(
    """index institute council agency office ministry commission committee group foundation
    center centre organization organisation network monitor observatory watch tracker
    project service bureau department agency factbook"""
)
#: Verbs of putting out a document, whose agent is its issuer: `a report released by X`.
_ISSUING = _words("release issue publish compile prepare produce write draft sign")
#: Bodies `it` may be when nobody spoke before: `State television showed footage it said
#: was ...`.
_SPEAKING_BODIES = (
    _BODY_WORDS
    | _DOCUMENT_NOUNS
    | _words(
        """television radio newspaper paper broadcaster channel outlet army military navy
        government police company firm bank party court union embassy junta"""
    )
)
#: Words for what a body is to what it tells of: `the operator, Unity Shipping`.
_OWNING_BODIES = _words("operator owner manufacturer company firm group insurer carrier")
#: Words for a side that may make claims as one: `rebel claims that ...`.
_CAMPS = _words("rebel opposition militant insurgent activist protester")
#: Head nouns that refer back to a person named earlier with the same title.
_ROLE_HEADS = _words(
    """spokesperson spokesman spokeswoman minister president envoy ambassador official
    commander chief leader adviser advisor prosecutor governor mayor premier secretary
    analyst lawyer expert researcher director general colonel admiral"""
)


#: Words for the side a role serves: `a rebel spokesman` is no junta spokesman.
_SIDES = _words(
    "military rebel government opposition junta army police insurgent militant separatist ruling"
)
#: Words that make a role a past one, whose holder speaks for no body: `a former officer`.
_FORMER = _words("former retired ex ex- onetime")
#: People around a person, named after them: `Putin aides`, `Clinton allies`.
_ENTOURAGE = _words(
    """aide ally adviser advisor supporter backer critic loyalist associate confidant staffer
    lawyer attorney"""
)


def _states_envoy(token: Token, mentions: _Mentions) -> bool:
    """`Russia's U.N. mission`, `Ukraine's EU ambassador`: a state's envoy to the body
    named before it, who speaks for the state, not for the body."""
    return (
        token.lemma_.lower() in _ENVOYS
        and mentions.at(token.idx, token.idx + len(token.text)) is None
        and any(
            c.dep_ == "poss" and default_kb().country(c.text) is not None for c in token.children
        )
    )


def _speaker_of(
    doc: Doc, token: Token | None, ctx: _SpeakerContext, item: _Found
) -> tuple[Entity | None, str]:
    if token is None or item.source is None:
        return None, UNNAMED
    mentions = ctx.mentions
    lower = token.lower_
    if lower in _PRONOUNS_PERSON or lower in _PRONOUNS_GROUP:
        return _pronoun(token, ctx)
    if lower in {"others", "another", "some"} and not list(token.children):
        other = _other_of_group(token, ctx)
        if other is not None:
            return None, other
    if (
        lower == "one"
        # (`A witness, a teacher named Ahmed Musa, said`)
        or (token.tag_ == "NN" and token.lemma_.lower() in _PERSON_NOUNS)
    ) and (named_one := _one_named_after(token, mentions)) is not None:
        # `one of her aides, Marie Wea`, `One of them, a pensioner named Georgi Dimitrov`:
        # the one named
        return named_one, named_one.name
    if (lower == "one" or (lower in _SOME_OF and any(token.children))) and (
        one_of := _one_of_group(token, ctx)
    ) is not None:
        # `Two diplomats said ... One of them said`, `Several of them said`: of that group
        return one_of
    if (given := _name_given(token)) is not None:
        # `a protester who gave his name only as Tojo`: the name the person gave
        named = mentions.at(*_name_chars(given))
        return (named, named.name) if named is not None else (None, given.text)
    if token.dep_ == "amod" and (match := lookup_country(token.text)) is not None:
        # `Pakistani claims that ...`: the state's, named by its people's word
        state = default_kb().state_names.get(match.country.code)
        government = _state_government(state, mentions) if state else None
        if government is not None:
            return government
    source = item.source
    if token.dep_ == "conj" and _owned_by_place_pair(token.head) == token:
        # `Trinidad and Tobago's prime minister, Kamla Persad-Bissessar, said`: the name
        # set off after the office, which the parser hung on the place
        set_off = next((c for c in token.head.children if c.dep_ == "appos"), None)
        if set_off is not None and (named := mentions.at(*_name_chars(set_off))) is not None:
            return named, named.name
    known_as = next(
        (
            g
            for c in token.children
            if c.dep_ == "acl" and c.lower_ == "known"
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN"
        ),
        None,
    ) or next(
        (
            g
            for c in token.children
            if c.dep_ in {"acl", "relcl"}
            and c.lemma_.lower() == "call"
            and any(d.dep_ == "dobj" and d.lower_ in {"itself", "themselves"} for d in c.children)
            for g in c.children
            if g.dep_ in {"oprd", "xcomp", "attr"} and g.pos_ == "PROPN"
        ),
        None,
    )
    if known_as is not None and (named := mentions.at(*_name_chars(known_as))) is not None:
        # `The rebels, known as the ELN, said`, `A group calling itself X said`: the name
        # given
        return named, named.name
    if known_as is not None and known_as.dep_ != "pobj":
        # (a name the tagger did not take for a body's: `calling itself Saraya al-Dam`)
        first = next(t for t in known_as.subtree if t.dep_ != "det")
        return None, _text(doc)[first.idx : known_as.right_edge.idx + len(known_as.right_edge)]
    if (
        lower == "staff"
        and any(c.lower_ == "general" for c in token.children)
        and not any(c.dep_ == "poss" for c in token.children)
    ):
        # `The General Staff said`: the armed forces named last (`Ukraine's military`)
        forces = [
            e
            for _s, end, e in mentions.starting(token.idx - 2999, token.idx)
            if end <= token.idx and e.kind == "military"
        ]
        if forces:
            return forces[-1], forces[-1].name
        return None, "General Staff"  # (not the staff of a `General` by title)
    if lower in {"who", "whom"} and (
        (antecedent := _relative_read_as_adverbial(token.head)) is not None
        or (antecedent := _according_to_before(token)) is not None
    ):
        # `..., according to the police, who said ...`, parsed with the clause on the
        # sentence's verb or its subject
        token = antecedent
        source = (token.left_edge.idx, token.idx + len(token.text))
    elif lower in {"who", "whom", "which", "that"} and token.head.dep_ == "relcl":
        of_person = lower in {"who", "whom"}
        token = token.head.head  # `Jane Doe, who said ...`: the person the clause is about
        while (
            of_person
            and token.ent_type_ != "PERSON"
            and token.dep_ == "pobj"
            and token.head.head.dep_ == "appos"
        ):
            # `Jane Doe, a deputy from Lviv, who said ...`: who is Jane Doe, not Lviv.
            token = token.head.head.head
        if of_person and token.lower_ == "according":
            # `..., according to the police, who said ...`: those it is according to
            token = next(
                (
                    g
                    for c in token.children
                    if c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                token,
            )
        if (
            of_person
            and token.dep_ == "appos"
            and (token.head.ent_type_ == "PERSON" or token.head.pos_ == "PROPN")
        ):
            token = token.head  # `Ali Musa, a local official who said ...`: Ali Musa
        if token.ent_type_ in {"DATE", "TIME"} and token.dep_ == "pobj":
            # `released her records in July, which showed ...`: what was released shows
            # it, not the date the parser hung the clause on.
            token = next(
                (c for c in token.head.head.children if c.dep_ == "dobj" and c.i < token.i),
                token,
            )
        source = (token.left_edge.idx, token.idx + len(token.text))
    determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
    if not determiner and token.i > 0 and doc[token.i - 1].lower_ == "the":
        determiner = "the"  # (`allegations the group rejects`, `the` hung elsewhere)
    if not determiner and _former_by_hyphen(token) and doc[token.i - 3].lower_ == "the":
        determiner = "the"  # (`The ex-president`, `the` hung on `ex`)
    if (
        token.pos_ == "NOUN"
        # (not `The former French foreign minister`, who was named before)
        and determiner not in {"the", "this", "that"}
        and any(c.dep_ == "amod" and c.lower_ in _FORMER for c in token.children)
        and not any(c.dep_ == "appos" for c in token.children)
        and _person_named_so(token, mentions) is None
    ):
        # `One former Indian army officer said`: speaks for no body now
        return None, _group_name(doc, source)
    joint = _coordinated_bodies(token, mentions)
    if joint is not None:
        return None, joint
    if (
        token.ent_type_ == "PERSON"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)
        and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children)
    ):
        return None, _group_name(doc, source)  # `A, B and C said`: the three of them
    head_start, head_end = _name_chars(token)
    entity = (
        _body_named_in_apposition(token, mentions)
        or _holder_of_a_title_of_place(token, mentions)
        or mentions.at(head_start, head_end)
        or _body_an_official_is_with(token, mentions)
    )
    if (
        entity is not None
        and (
            token.pos_ == "PROPN"
            or token.lemma_.lower() in _PRIVATE_PERSONS
            or (token.lemma_.lower() in _OUTSIDERS_OF_A_STATE and entity.kind in _STATE_KINDS)
        )
        and mentions.at(token.idx, token.idx + len(token.text)) is None
    ):
        # `the CIA World Factbook`: the body names a work of its own, which speaks;
        # `a JetBlue pilot`: a person who works there, who speaks for themselves.
        entity = None
    if entity is not None and _states_envoy(token, mentions):
        # (the envoy named in apposition speaks: `Algeria's UN ambassador, Amar Bendjama`)
        named = next(
            (
                mentions.at(*_name_chars(c))
                for c in token.children
                if c.dep_ == "appos" and c.pos_ == "PROPN"
            ),
            None,
        )
        return (named, named.name) if named is not None else (None, _group_name(doc, source))
    if (
        entity is not None
        and entity.kind == "person"
        # (also `A senior Biden administration official`, of a person known as a leader;
        # not of a body the tagger took for a person: `A senior Frelimo official`)
        and (
            token.lemma_.lower() in _ENTOURAGE
            or (token.lemma_.lower() == "official" and entity.kb_id is not None)
        )
        and mentions.at(token.idx, token.idx + len(token.text)) is None
    ):
        # `Putin aides`, `Clinton allies`, `Trump campaign aides`: people around a person,
        # who speak for themselves, not the person they are named after.
        return None, _group_name(doc, source)
    if (
        entity is not None
        and entity.kind == "person"
        and entity.country
        and token.lemma_.lower() == "administration"
        and mentions.at(token.idx, token.idx + len(token.text)) is None
    ):
        # `The Trump administration said`: the government the person leads
        state = default_kb().state_names.get(entity.country)
        governed = _state_government(state, mentions) if state else None
        if governed is not None:
            return governed
    if (
        entity is not None
        and entity.kind == "person"
        and token.lemma_.lower() in _FOLLOWINGS
        and mentions.at(token.idx, token.idx + len(token.text)) is None
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    ):
        # `The Sadio faction said`, `The Trump campaign said`: the person's following,
        # not the person
        return None, _group_name(doc, (token.left_edge.idx, token.idx + len(token.text)))
    if (
        entity is not None
        and entity.kind != "person"
        and token.pos_ == "NOUN"
        and mentions.at(token.idx, token.idx + len(token.text)) is None
    ):
        # `The IAEA chief, Rafael Grossi, said`: the body names the role, and the role
        # is named in apposition.
        named = next(
            (
                mentions.at(*_name_chars(c))
                for c in token.children
                if c.dep_ == "appos" and c.pos_ == "PROPN" and not _names_a_list(token, c)
            ),
            None,
        )
        # (a person's name the entity finder took for a body's: a known given name)
        if named is not None and (named.kind == "person" or _gender(named.name) is not None):
            entity = named
        elif (closing := _name_closing_description(token, mentions)) is not None:
            entity = closing  # `The United Nations envoy for Syria, Geir Pedersen, said`
        elif determiner == "the" and (introduced := _introduced_as(token, mentions)) is not None:
            entity = introduced  # `KMT chairman Eric Chu said ... The KMT chairman said`
    if entity is None:
        # `Former ambassador, Jean-Marc Simon, told ...`: the name in apposition; not
        # the first of a list (`three senators - A, B and C - said`): the group speaks.
        for child in token.children:
            # (a name, not a description naming someone else: `Ana Ruiz, a Putin ally`)
            if (
                child.dep_ == "appos"
                and (child.pos_ == "PROPN" or token.pos_ != "PROPN")
                and not _names_a_list(token, child)
                and not _a_description(child)
            ):
                entity = mentions.at(*_name_chars(child))
                if entity is not None:
                    break
    if entity is None and token.pos_ == "NOUN":
        entity = _person_named_so(token, mentions)  # `a fisherman named Carl Brown`
    if entity is None and token.pos_ == "NOUN":
        # `The U.S. special envoy for Sudan, Tom Perriello, said`: the name the parser hung
        # on the place or body the role is for.
        # (however deep: `A doctor at the hospital in Jowhar, Amina Yusuf, said`, the name
        # closing the description)
        entity = _name_closing_description(token, mentions)
    if entity is None and (
        token.lemma_.lower() in _DOCUMENT_NOUNS
        # (a count or data as one made or gave it: `according to a tally by the Associated
        # Press`, `ship-tracking data from the institute`)
        or (
            token.lemma_.lower() in _RECORDS
            and any(c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in token.children)
        )
    ):
        # `a statement from the Kremlin said`: the document speaks for its author (not
        # for one who saw it: `a report seen by Reuters`).
        described = [
            c.left_edge.idx
            for c in token.children
            if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() not in _ISSUING
        ]
        issuer_name = _document_issuer_name(token)
        if issuer_name is not None:
            # `A statement from the Kremlin said`: whoever the name stands for (not one
            # named in it: `a statement from Haftar's Libyan National Army`; but the body
            # a part of it belongs to: `a review by VOA's Mandarin Service`)
            owner = next((c for c in issuer_name.children if c.dep_ == "poss"), None)
            part = issuer_name.lemma_.lower() in _PARTS_OF_A_BODY and owner is not None
            issued_by = (
                mentions.at(*_name_chars(owner)) if part and owner is not None else None
            ) or (
                mentions.at(*_name_chars(issuer_name))
                or _first_entity_in(
                    mentions, issuer_name.left_edge.idx, issuer_name.idx + len(issuer_name.text)
                )
            )
            if issued_by is not None:
                return _full_person(issued_by, mentions), _full_person(issued_by, mentions).name
            # (the issuer as its own words name it: `a statement issued by the defense
            # ministry`, not the document)
            probe = _Found(item.cue, item.cue, _own_words(issuer_name), issuer_name)
            return _speaker_of(doc, issuer_name, ctx, probe)
        entity = _first_entity_in(mentions, source[0], min([source[1], *described]))
        if entity is None and not any(c.dep_ == "prep" for c in token.children):
            if determiner in {"the", "this", "that"}:
                # `X issued a statement ... The statement threatened ...`: its issuer.
                issuer = _document_issuer(token, ctx)
                if issuer is not None:
                    return issuer
            elif determiner in {"a", "an"}:
                # `..., according to the White House. A statement said ...`; `A ministry
                # statement` after the state spoke; not `A police statement` after Hamas
                body = _last_body_spoken(token, ctx)
                kinds = [c.lower_ for c in token.children if c.dep_ in {"compound", "amod", "nmod"}]
                if body is not None and all(
                    k in body.name.lower()
                    or (k in _STATE_OFFICE_WORDS and body.kind in _STATE_KINDS)
                    for k in kinds
                ):
                    entity = body
    if entity is None and token.lemma_.lower() in _SPOKESPEOPLE:
        # `a spokesperson for the State Department`: the body speaks (a person's
        # spokesperson is someone else, so only bodies count).
        body = _first_entity_in(mentions, *source)
        if body is not None and body.kind != "person":
            entity = body
        elif (named_by := _spokesperson_named_by(token, ctx)) is not None:
            return named_by
        elif (
            (
                owner := next(
                    (
                        g
                        for c in token.children
                        if c.dep_ == "prep" and c.lower_ in {"for", "of"}
                        for g in c.children
                        if g.dep_ == "pobj"
                        and g.tag_ == "NN"
                        # (a body of no particular kind; not `for the group`, which
                        # the armed group named last would take over)
                        and g.lemma_.lower() in _BODY_KINDS
                        and any(d.dep_ == "det" and d.lower_ == "the" for d in g.children)
                    ),
                    None,
                )
            )
            is not None
            and (named_owner := _definite_antecedent(owner, ctx)) is not None
            and named_owner[0]
        ):
            # `A spokesperson for the company`: the company the article named
            return named_owner
        elif not any(c.dep_ in {"prep", "compound"} for c in token.children) and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children
        ):
            # `The State Department told VOA ... A spokesperson said`: the body that
            # spoke just before speaks through its spokesperson (or that acted just
            # before: `The State Department welcomed the decision. A spokesperson said`).
            entity = _body_subject_before(token, ctx)
            unnamed = _unnamed_body_subject_before(token, ctx) if entity is None else None
            if unnamed is not None and not any(c.dep_ == "amod" for c in token.children):
                # `HRW said ... The interior ministry rejected the report. A spokesman
                # said`: the body just described, not the one that spoke before (`The
                # group published photos`: the body that description stands for)
                back = _definite_antecedent(unnamed, ctx)
                if back is not None and back[0] is not None:
                    entity = back[0]
                else:
                    return None, _group_name(
                        doc, (unnamed.left_edge.idx, unnamed.idx + len(unnamed.text))
                    )
            entity = entity or _last_body_spoken(token, ctx)
            if entity is not None and not _may_speak_for(token, entity):
                entity = None  # `The Taliban said ... A Pakistani spokesman said`
    if entity is not None and entity.kind != "person":
        # `Andrew Lebovich of the think tank Clingendael said`: a person named at the
        # start of the source speaks, not the body the parser took as its head.
        person = _person_heading(doc, mentions, token, source)
        if person is not None:
            entity = person
    if entity is not None:
        return _full_person(entity, mentions), _full_person(entity, mentions).name
    # A name the entity finder missed: the proper nouns around the head, or in apposition
    # (`Another passenger, Allah Ditta, said`); a surname joins the article's full name.
    person = _person_heading(doc, mentions, token, source)
    if person is not None:
        return person, person.name
    if token.lemma_.lower() in _DOCUMENT_NOUNS:
        # `One Ipsos survey`: the name on the document is its author.
        author = next(
            (
                c
                for c in token.children
                if c.dep_ in {"compound", "poss"}
                and c.pos_ == "PROPN"
                and not _is_state(c.text)
                and c.ent_type_ not in {"DATE", "TIME"}  # `January polls`: when, not whose
            ),
            None,
        )
        if author is not None:
            return None, _proper_name(author)
        presidency = _presidential(token)
        if presidency is not None:
            return presidency
    if token.lemma_.lower() in _PARTY_MEMBERS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        # `Senator Dick Durbin said ... The Illinois Democrat said`: the person who spoke
        # last, nearby
        for spoken, _source in _recently_spoken(ctx, token, 1500):
            if spoken.speaker is not None and spoken.speaker.kind == "person":
                return spoken.speaker, spoken.speaker_name
    # A transcript's speaker (`Armitage: ...`) is a name, however the tagger read it; so
    # is the surname of a person of the article (`Manning thinks`, read as a noun).
    name_token = (
        token
        # (not `the prime minister`, `the defence ministry`: a word in lower case the
        # tagger read as a name)
        if (token.pos_ == "PROPN" and not token.is_lower and not _plural_read_as_name(token))
        or item.cue_lemma == ":"
        or (token.is_title and _person_by_surname(mentions, token.text) is not None)
        else None
    )
    if name_token is None:
        name_token = next(
            (
                c
                for c in token.children
                if c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and not _names_a_list(token, c)
                and not _a_description(c)
            ),
            None,
        )
    if name_token is not None:
        name = _proper_name(name_token) + _of_name_after(name_token)
        person = _person_by_surname(mentions, name)
        if person is not None:
            return person, person.name
        government = _state_government(name, mentions)
        if government is not None:
            return government  # `host country Canada outlined`: the state speaks
        named = _body_named_by_a_word(token, name, mentions)
        if named is not None:
            return named, named.name
        if name:
            # (a surname's full name: not another's with the same last word, `The
            # Interior Ministry` after `The Health Ministry`)
            full = ctx.full_names.get(name.split()[-1].lower(), name)
            words, full_words = set(name.lower().split()), set(full.lower().split())
            return None, full if words <= full_words or full_words <= words else name
    if (
        determiner in {"a", "an"}
        and (ahead_body := _organisation_named_next(token, ctx)) is not None
    ):
        return ahead_body, ahead_body.name
    if determiner in {"the", "these", "those"} and token.tag_ == "NNS":
        earlier = _group_spoken_before(token, ctx)
        if earlier is not None:
            return None, earlier
    bare_group = (
        not determiner and token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() in _GROUP_HEADS
    )
    if determiner in {"the", "this", "that"} or bare_group:
        back = _definite_antecedent(token, ctx)
        if back is not None:
            return back
    if (
        token.tag_ == "NN"
        and token.lemma_.lower() in _DESCRIPTION_HEADS
        # (not `One diplomat said`, one of several, nor `A diplomat, who spoke on
        # condition of anonymity, said`: someone left unnamed on purpose)
        and not any(c.dep_ == "nummod" for c in token.children)
        and not _unnamed_on_purpose(doc, item)
        # (nor `A diplomat said`, `A senior U.S. official said`: someone new the article
        # leaves unnamed; but `A spokesman for President X said` whom it names next)
        and (
            determiner not in {"a", "an"}
            or any(c.dep_ == "prep" and c.lower_ in {"for", "of", "to"} for c in token.children)
            # (`..., a police spokesman said. The spokesman, John Smith, said`)
            or _named_as_the_same_next(token)
        )
        # (nor `her lawyer`, `Kaya's lawyer`: someone else's, not the person named next)
        and not any(
            c.dep_ == "poss"
            and (
                c.lower_ in {"his", "her"}
                or c.ent_type_ == "PERSON"
                # (or a name the tagger took for a body's, of one's lawyer or kin:
                # `Paetongtarn's lawyer`; not `Poland's interior minister`)
                or (
                    c.pos_ == "PROPN"
                    and token.lemma_.lower() in _PERSONAL_TIES
                    and default_kb().country_or_seat(c.text) is None
                )
            )
            for c in token.children
        )
    ):
        # `The U.N. special envoy for Syria is calling for ... Geir Pedersen issued his
        # appeal`: a lead that describes the speaker and names them just after.
        ahead = _named_after(token, ctx, source)
        if ahead is not None:
            return ahead, ahead.name
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if (
        owner is not None
        and owner.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
        and _speaks_for_a_body(token)
    ):
        # `The military's media wing said`, `the army's spokesman`: the body it speaks for
        body, _name = _speaker_of(doc, owner, ctx, item)
        if body is not None:
            return body, body.name
        return None, _group_name(doc, (owner.left_edge.idx, owner.idx + len(owner.text)))
    if owner is not None and owner.pos_ == "PROPN":
        # `Israeli Prime Minister Benjamin Netanyahu's office said`: whose office, by name
        person = mentions.at(*_name_chars(owner))
        if person is not None and person.kind == "person":
            return None, _named_with_owner(owner, person, source, mentions)
    if owner is not None and owner.lower_ in {"his", "her"} and owner.i == token.left_edge.i:
        # `Netanyahu met the envoy. His office said ...`: whose office, by name.
        person, _name = _pronoun(owner, ctx)
        passive_subject = (
            next((c for c in token.head.head.children if c.dep_ == "nsubjpass"), None)
            if token.dep_ == "pobj" and token.head.dep_ == "agent"
            else None
        )
        if passive_subject is not None:
            # `Ruben Vardanyan was reported by his family to ...`: the subject's own
            person = mentions.at(*_name_chars(passive_subject))
        if (
            person is not None
            and person.kind == "person"
            # (a gender known to match, as a wrong name is worse than none, or the one
            # what was said is of: `Lai is diabetic, his lawyers said`)
            and (
                (_entity_gender(person) or ctx.spoken_gender(person))
                == _pronoun_gender(owner.lower_)
                or person is _owner_told_of_before(owner, ctx)
                # (`Mutharika said prices would fall. His spokesman said ...`: the one
                # person named in the sentence before, who spoke in it, of no known gender)
                or (
                    not (_entity_gender(person) or ctx.spoken_gender(person))
                    and _only_person_just_before(owner, person, ctx)
                )
            )
            # (not where one left unnamed was just brought in: `The relatives of a man
            # killed ... disputed the account. His sister said` is the man's sister)
            and not _unnamed_person_before(owner)
        ):
            return None, _named_with_owner(owner, person, source, mentions)
    if (
        owner is not None
        and owner.lower_ == "whose"
        and owner.i == token.left_edge.i
        and token.head.dep_ == "relcl"
        and token.head.head.pos_ == "PROPN"
    ):
        # `Frederiksen, whose government has accused Russia of ...`: the named one's
        chars = _name_chars(token.head.head)
        named = mentions.at(*chars)
        # (a state by its name, not its government's: `Denmark's intelligence service`)
        name = re.sub(r" \(.*\)$", "", named.name) if named else _text(doc)[chars[0] : chars[1]]
        owned = _text(doc)[owner.idx + len(owner.text) : source[1]].strip()
        mark = "'" if name.endswith("s") else "'s"
        return None, f"{name}{mark} {owned}"
    if owner is not None and owner.lower_ in {"its", "their"} and owner.i == token.left_edge.i:
        # `The RSF said ... Its spokesman said`: the body it speaks for; `Its leaders
        # said`: the body's, by name
        # (a body the article names, not one the pronoun may be taken for wrongly:
        # `..., an allegation that Kosovo police denied. Their lawyers could not be
        # reached` are the detainees')
        clause_subject = _body_subject_earlier_in_sentence(owner)
        if clause_subject is not None and (
            _speaks_for_a_body(token)
            or token.lemma_.lower() in _SPOKESPEOPLE
            # (`..., according to its latest report`: the body's own record)
            or (token.dep_ == "pobj" and token.lemma_.lower() in _DOCUMENT_NOUNS | _RECORDS)
        ):
            # `The army did not respond, but its spokesman said`: the body just named as
            # the subject of the clause before, in its sentence
            named = mentions.at(*_name_chars(clause_subject))
            if named is not None:
                return named, named.name
            back = _definite_antecedent(clause_subject, ctx)
            if back is not None and back[0] is not None:
                return back
            return None, _group_name(doc, _name_chars(clause_subject))
        body, body_name = _pronoun(owner, ctx)
        if (
            body is None
            and owner.lower_ == "its"
            and body_name != owner.text
            and token.lemma_.lower() in _SPOKESPEOPLE
        ):
            return None, body_name  # `The judiciary said ... Its spokesman said`: its
        if body is not None and body.kind not in {"person", "government"}:
            # (`Its officials`, as `PKK officials`, are the body; so are those who speak
            # for it at talks, and what it issues: `Its negotiators`, `Its statement`)
            if (
                _speaks_for_a_body(token)
                or token.lemma_.lower() in _SPOKESPEOPLE | _SPEAKING_FOR_A_BODY
                or token.lemma_.lower() in _DOCUMENT_NOUNS
            ):
                return body, body_name
            if token.lemma_.lower() not in _BODY_ROLES:
                # (`Their families`: the people's, whom the pronoun more likely means)
                return None, _group_name(doc, source)
            owned = _text(doc)[owner.idx + len(owner.text) : source[1]].strip()
            mark = "'" if body_name.endswith("s") else "'s"
            return None, f"{body_name}{mark} {owned}"
    return None, _group_name(doc, source)


#: Who speak for a body, as its officials do: `Its negotiators said`.
_SPEAKING_FOR_A_BODY = _words("official negotiator delegation delegate representative")


#: What a body counts in, cited for its figures: `according to its data`.
_RECORDS = _words("data datum figure figures record records tally count estimate estimates")


def _body_subject_earlier_in_sentence(owner: Token) -> Token | None:
    """The subject of a clause before ``owner`` in its sentence, joined to it by a
    conjunction, that is a body (`The army did not respond, but its spokesman said`), or
    of the clause its `according to` gives (`The army has arrested three suspects,
    according to its spokesman`)."""
    to = owner.head.head
    cited = to.lower_ == "to" and to.head.lower_ == "according" and owner.head.dep_ == "pobj"
    for token in reversed(owner.doc[owner.sent.start : owner.i]):
        if (
            token.dep_ in _SUBJECT_DEPS
            and token.tag_ in {"NN", "NNP"}
            and (
                token.pos_ == "PROPN"
                or token.lemma_.lower() in _STATE_FORCES | _BODY_WORDS | _INSTITUTION_WORDS
            )
            and (
                any(t.dep_ == "cc" for t in owner.doc[token.i : owner.i])
                or (cited and token.head.i == to.head.head.i)
            )
        ):
            return token
    return None


def _body_named_in_apposition(token: Token, mentions: _Mentions) -> Entity | None:
    """`The U.N. peacekeeping force, UNIFIL, said`: the body a description names in
    apposition, not the one a word of the description names; and the person an office
    set off names (`Georgia's Public Defender, Levan Ioseliani, said`), not the office."""
    for name in token.children:
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.i > token.i:
            entity = mentions.at(*_name_chars(name))
            if entity is None:
                continue
            if token.pos_ == "NOUN" and entity.kind in {"organization", "group"}:
                return entity
            if (
                token.pos_ == "PROPN"
                and entity.kind == "person"
                and (office := mentions.at(*_name_chars(token))) is not None
                and office.kind != "person"
                and office.kb_id is None
            ):
                return entity
    return None


def _holder_of_a_title_of_place(token: Token, mentions: _Mentions) -> Entity | None:
    """`Archbishop of Canterbury Justin Welby said`: the person named after a title of a
    place, which the parser hung on `of`."""
    if token.lower_ not in TITLES or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next(
        (e for _name, e in _entities_after_preps(token, {"of"}, mentions) if e.kind == "person"),
        None,
    )


def _body_an_official_is_with(token: Token, mentions: _Mentions) -> Entity | None:
    """The body one official is with, at or from (`An official with the Defense
    Ministry`), who speaks for it as `A Defense Ministry official` does; not a state
    (`an official from Russia` is a Russian official) nor officials in a place."""
    if token.tag_ != "NN" or token.lemma_.lower() != "official":
        return None
    return next(
        (
            e
            for body, e in _entities_after_preps(token, {"with", "at", "from"}, mentions)
            if e.kind in {"organization", "ministry", "military", "group"}
            or (e.kind == "government" and body.lemma_.lower() == "government")
        ),
        None,
    )


def _entities_after_preps(
    token: Token, preps: set[str], mentions: _Mentions
) -> Iterator[tuple[Token, Entity]]:
    """The objects of ``token``'s prepositions among ``preps`` that name an entity, with
    it: `Georgia` of `an official from Georgia`."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for name in prep.children:
                if name.dep_ == "pobj" and (entity := mentions.at(*_name_chars(name))):
                    yield name, entity


def _spokesperson_named_by(token: Token, ctx: _SpeakerContext) -> tuple[Entity | None, str] | None:
    """The body a spokesperson is named by: `A Kremlin spokesman`, the government the
    seat stands for; `The ministry spokesman`, the body the article named with that
    word."""
    compounds = [c for c in token.children if c.dep_ == "compound"]
    for c in compounds:
        seat = _state_government(c.text, ctx.mentions)
        if seat is not None:
            return seat
    # (or named after it: `A spokesperson for the Kremlin`, `A spokesman for the
    # military`)
    named_for = [
        b
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for b in p.children
        # (bare: not `the interior ministry`, one of several, nor `one such group, the
        # Bodu Bala Sena`, named after)
        if b.dep_ == "pobj"
        and not any(g.dep_ in {"amod", "compound", "appos", "poss", "nummod"} for g in b.children)
    ]
    for c in [*compounds, *named_for]:
        seat = _state_government(c.text, ctx.mentions) if c in named_for else None
        if seat is not None:
            return seat
        if (
            c.pos_ == "NOUN"
            and c.lemma_.lower() in _BODY_WORDS | _INSTITUTION_WORDS | _STATE_FORCES
        ):
            found = _definite_antecedent(c, ctx)
            if found is not None and found[0] is not None:
                return found
    return None


def _named_with_owner(
    owner: Token, person: Entity, source: tuple[int, int], mentions: _Mentions
) -> str:
    """A person's office, staff or kin named with the person in full, in place of the
    owner written (`his`, `Netanyahu's`): `Benjamin Netanyahu's office`."""
    last = owner.right_edge  # (the possessive mark after a name)
    owned = _text(owner.doc)[last.idx + len(last.text) : source[1]].strip()
    return f"{_full_person(person, mentions).name}'s {owned}"


def _raised_by_a_deed(verb: Token) -> bool:
    """`His remarks have raised fears of war`, `The move raised concerns`: a subject that
    is an act or words, which cause fears, not voice them."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject is not None and subject.lemma_.lower() in _COMMENT_NOUNS | {"remark", "comment"}


def _speaks_for_a_body(token: Token) -> bool:
    """A spokesperson, or a body's media wing, press office or press service."""
    return token.lemma_.lower() in _SPOKESPEOPLE or (
        token.lemma_.lower() in {"wing", "office", "service"}
        and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in {"media", "press"}
            for c in token.children
        )
    )


def _noun_read_as_cue(verb: Token) -> bool:
    """`Recent energy finds have sparked disputes`: a cue in `-s` right before the
    auxiliary of a clause with no subject of its own is that clause's plural subject."""
    doc = verb.doc
    if verb.tag_ != "VBZ" or verb.i + 1 >= len(doc):
        return False
    aux = doc[verb.i + 1]
    clause = aux.head
    return (
        aux.dep_ in {"aux", "auxpass"}
        and aux.lower_ in {"have", "are", "were"}
        and clause.dep_ == "ccomp"
        and clause.head.i == verb.i
        and not any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
    )


def _nobody(subject: Token) -> bool:
    """`No one`, `nobody`, `none of them`, `no group`: a subject that is no one."""
    return subject.lower_ in {"nobody", "none", "noone"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


#: Parts of a body that speak for it: `VOA's Mandarin Service`.
_PARTS_OF_A_BODY = _words("service desk bureau wing office unit section team")


def _name_closing_description(token: Token, mentions: _Mentions) -> Entity | None:
    """`The U.S. special envoy for Sudan, Tom Perriello, said`: the person's name the
    parser hung on the place or body a role is for, however deep (`A doctor at the
    hospital in Jowhar, Amina Yusuf, said`, the name closing the description)."""
    last = max(t.i for t in token.subtree if not t.is_punct)
    glued = _name_glued_to_description(token.doc[last], token, mentions)
    if glued is not None:
        return glued
    return next(
        (
            named
            for name in token.subtree
            if name.dep_ == "appos"
            and name.pos_ == "PROPN"
            and name.head.dep_ == "pobj"
            # (not the name of the one it is for: `A spokesman for the president,
            # Salva Kiir`; but `A spokesman for Kiir, David Majur`, a name after a name)
            and (name.head.ent_type_ != "PERSON" or name.head.pos_ == "PROPN")
            and (name.head.head.head.i == token.i or name.right_edge.i == last)
            # (of a place or body the description names, not of another's role:
            # `a faction led by its chairman, X` speaks as the faction)
            and all(
                a.dep_ in {"prep", "pobj"}
                for a in name.ancestors
                if a.i != token.i and token.is_ancestor(a)
            )
            and (named := mentions.at(*_name_chars(name))) is not None
            and named.kind == "person"
            # (`A spokesman for the opposition leader, Riek Machar`: the name of the one a
            # role is for, where the actor list knows them to hold an office; `A spokesman
            # for the president, Bat-Erdene Tumurbaatar` names the spokesman)
            and not (name.head.pos_ == "NOUN" and _holds_an_office(named))
        ),
        None,
    )


def _holds_an_office(person: Entity) -> bool:
    """Whether the actor list knows ``person`` to hold or have held an office."""
    entry = default_kb().get(person.kb_id) if person.kb_id else None
    return entry is not None and bool(entry.offices)


def _token_before(doc: Doc, at: int) -> Token:
    """The token before the one that starts at character ``at``."""
    return doc[max(_token_at(doc, at) - 1, 0)]


def _name_glued_to_description(last: Token, token: Token, mentions: _Mentions) -> Entity | None:
    """`Algeria's ambassador to the UN Amar Bendjama said`: a person's name with no comma
    before it, which the parser read into the object of the role's preposition."""
    if not (
        last.dep_ == "pobj"
        and last.pos_ == "PROPN"
        and last.head.head.i == token.i
        # (the body or place a role is at: not `a spokesman for President X`, whom one
        # speaks for)
        and last.head.lower_ in {"to", "in", "at"}
    ):
        return None
    end = last.idx + len(last.text)
    return next(
        (
            e
            for start, stop, e in mentions.starting(last.head.idx + 1, end)
            if stop == end
            and e.kind == "person"
            and start > last.left_edge.idx
            # (after the body or place the role is for: `to the UN`, not `for the
            # president Salva Kiir`, whom one speaks for)
            and (before := _token_before(token.doc, start)).pos_ == "PROPN"
            and before.lower_ not in TITLES
        ),
        None,
    )


def _document_issuer_name(document: Token) -> Token | None:
    """The name a document comes from: `Kremlin` in `a statement from the Kremlin`,
    `office` in `a statement from his office`, `ministry` in `the ministry's statement`."""
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None and (
        owner.pos_ == "PROPN"
        or (
            owner.pos_ == "NOUN"
            and owner.lemma_.lower() in _STATE_FORCES | _BODY_WORDS | _INSTITUTION_WORDS | {"group"}
        )
    ):
        return owner
    # (`a statement on its website`: the owner of where it was put out)
    posted_by = next(
        (
            o
            for c in document.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
            if g.dep_ == "pobj"
            for o in g.children
            if o.dep_ == "poss" and o.lower_ in _OWNER_PRONOUNS
        ),
        None,
    )
    if posted_by is not None:
        return posted_by
    # (`a report published by Amnesty`: the agent of its issuing)
    preps = [
        *document.children,
        *(
            a
            for c in document.children
            if c.dep_ == "acl" and c.lemma_.lower() in _ISSUING
            for a in c.children
            if a.dep_ == "agent"
        ),
    ]
    return next(
        (
            g
            for c in preps
            if (c.dep_ == "prep" or c.dep_ == "agent") and c.lower_ in {"from", "by"}
            for g in c.children
            if g.dep_ == "pobj"
            and (
                g.pos_ == "PROPN"
                or (g.pos_ == "NOUN" and any(o.dep_ == "poss" for o in g.children))
                # (`a statement from the army`: a body the article may name; `from the
                # rebels`: the people it names)
                or (
                    g.pos_ == "NOUN"
                    and (
                        g.lemma_.lower() in _STATE_FORCES | _BODY_WORDS | _INSTITUTION_WORDS
                        or g.tag_ == "NNS"
                    )
                    and any(o.dep_ == "det" and o.lower_ == "the" for o in g.children)
                )
            )
        ),
        None,
    )


def _a_description(appos: Token) -> bool:
    """`The senator, a Republican from Ohio, said`: an apposition with `a` describes the
    speaker; it does not name them."""
    return any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in appos.children)


def _presidential(document: Token) -> tuple[Entity | None, str] | None:
    """`A Turkish presidential statement said`: the state's presidency speaks."""
    words = [c for c in document.children if c.dep_ in {"amod", "compound"}]
    if not any(w.lower_ == "presidential" for w in words):
        return None
    kb = default_kb()
    country = next((kb.country(w.text) for w in words if kb.country(w.text)), None)
    entry = kb.body(country, "pres") if country else None
    return (None, entry.name) if entry is not None else None


def _recently_spoken(
    ctx: _SpeakerContext, token: Token, reach: int
) -> Iterator[tuple[_Found, tuple[int, int]]]:
    """The claims spoken before ``token``'s, with their sources, the last first, while
    those sources lie within ``reach`` characters of it (and there is one)."""
    for item in reversed(ctx.spoken):
        if item.source is None or token.idx - item.source[0] > reach:
            return
        yield item, item.source


def _name_given(token: Token) -> Token | None:
    """The name in `who gave only her first name, Julia` or `who gave his name only as
    Tojo`, said of the one ``token`` names."""
    for clause in token.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() != "give":
            continue
        name = next(
            (
                c
                for c in clause.children
                if c.dep_ == "dobj" and c.lower_ in {"name", "surname", "nickname"}
            ),
            None,
        )
        if name is None:
            continue
        return next(
            (
                t
                for t in clause.subtree
                if t.i > name.i
                and t.pos_ == "PROPN"
                and t.is_title
                and (t.dep_ == "appos" or (t.dep_ == "pobj" and t.head.lower_ == "as"))
            ),
            None,
        )
    return None


#: Words for some of a group: `Several of them said`.
_SOME_OF = (_PEOPLE_QUANTIFIERS - {"others"}) | _words("two three four")


def _one_of_group(token: Token, ctx: _SpeakerContext) -> tuple[Entity | None, str] | None:
    """`Western diplomats said ... One said`, `One of them told AFP`: one of the group that
    spoke just before, as that group is named."""
    children = list(token.children)
    if children and not (
        len(children) == 1
        and children[0].lower_ == "of"
        and any(g.lower_ in {"them", "those"} for g in children[0].children)
    ):
        return None  # (`One of the witnesses`, `One resident`: named as written)
    for item, _source in _recently_spoken(ctx, token, 400):
        named = item.source_token
        if named is None or named.i >= token.i:
            continue
        return (item.speaker, item.speaker_name) if _plural_source(item) else None
    return None


def _other_of_group(token: Token, ctx: _SpeakerContext) -> str | None:
    """`Some economists say ... Others argue ...`: `other economists`, the group that spoke just
    before named by its plural noun (`Analysts say ... some warn`: `some analysts`); `wrote
    one supporter ... tweeted another`: `another supporter`, by its singular one."""
    for item, _source in _recently_spoken(ctx, token, 400):
        named = item.source_token
        if named is None or named.i >= token.i:
            continue
        if token.lower_ == "another":
            return f"another {named.lower_}" if named.tag_ == "NN" else None
        if named.pos_ == "NOUN" and named.tag_ == "NNS":
            # (`Analysts say ... A collision, some warn, could ...`: some of them)
            return f"{'some' if token.lower_ == 'some' else 'other'} {named.lower_}"
        return None
    return None


def _group_spoken_before(token: Token, ctx: _SpeakerContext) -> str | None:
    """`Those leaders said`, `the protesters said`: the unnamed group with that head noun
    that spoke last, nearby (`the leaders of Puntland and Jubaland`, `Sudanese protesters`)."""
    if any(c.dep_ in {"amod", "compound", "prep", "nummod"} for c in token.children):
        return None  # `the other leaders`, `those leaders in the north`: another group
    for item, source in _recently_spoken(ctx, token, 2500):
        if item.speaker is not None or source[0] >= token.idx:
            continue
        head = item.speaker_name.split(" of ")[0].split()
        if head and head[-1].lower() == token.lower_:
            return item.speaker_name
    # Not a speaker yet: the same noun, with the words that say which, in the sentence
    # before (`... blamed the leaders of Puntland and Jubaland. Those leaders said ...`).
    doc = token.doc
    for earlier in reversed(doc[_sentence_before(token) : token.i]):
        if earlier.lower_ != token.lower_ or earlier.i == token.i:
            continue
        end = _noun_phrase_end(earlier)
        if end == earlier.i and not any(c.dep_ in {"amod", "compound"} for c in earlier.lefts):
            return None  # the bare noun again: nothing to add
        start = earlier.left_edge.i
        return _group_name(doc, (doc[start].idx, doc[end].idx + len(doc[end].text)))
    return None


def _noun_phrase_end(noun: Token) -> int:
    """The last token of a noun and the `of` phrases that say which (`the leaders of
    Puntland and Jubaland`), without other prepositions the parser may hang there
    (`... for the delay`) or clauses."""
    end = noun.i
    for child in noun.rights:
        if child.dep_ in {"conj", "cc", "appos", "nummod", "compound"} or (
            # (not what they are accused of: `accused Turkish-backed factions of shelling`)
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.dep_ == "pobj" for g in child.children)
        ):
            end = max(end, child.i, _noun_phrase_end(child))
        elif child.dep_ == "pobj" and noun.dep_ == "prep":
            end = max(end, _noun_phrase_end(child))
    return end


def _names_a_list(head: Token, appos: Token) -> bool:
    """`three members of the Senate - A, B and C`: an apposition that lists a group."""
    return head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in appos.children)


#: Descriptions' heads as the word for the office in the knowledge base's roles
#: (`foreign_minister`, `foreign_ministry_spokesperson`).
_OFFICE_WORDS = {
    "minister": "minister", "spokesperson": "spokesperson", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "president": "president",
}  # fmt: skip
#: Ranks in armed forces, as titles before a name.
_MILITARY_RANKS = _words(
    "general gen gen. colonel col. lt. major admiral captain marshal brigadier commander"
)
#: Head nouns of descriptions that stand for a person the article names nearby.
_DESCRIPTION_HEADS = _ROLE_HEADS | _words(
    """ally chief head aide rapporteur coordinator representative negotiator general
    lawmaker senator legislator diplomat emissary officer"""
)
#: Who a report cites for what it says: `citing a judiciary official`, `citing sources`.
_CITED_SOURCES = _DESCRIPTION_HEADS | _words(
    """source witness person resident expert people agency media outlet military army police
    ministry government authority relative activist family survivor"""
)


def _unnamed_on_purpose(doc: Doc, item: _Found) -> bool:
    """Whether the source as written says it is left unnamed (`A diplomat, who spoke on
    condition of anonymity`)."""
    start, end = item.written or item.source or (0, 0)
    return _UNNAMED_ON_PURPOSE.search(_text(doc)[start:end]) is not None


def _first_sentence_start(doc: Doc) -> int:
    """Where the story's first sentence starts: after a heading or dateline line, the
    first sentence of some length."""
    return next(
        (
            s.start
            for s in doc.sents
            if len(s) > 6
            # (not a dateline the parser made a sentence: `NAIROBI, Kenya (AP) —`)
            and not (s[-1].text in _DASHES or (s[-1].is_space and s[-2].text in _DASHES))
        ),
        0,
    )


def _named_as_the_same_next(token: Token) -> bool:
    """Whether the sentence after an unnamed speaker's names them as `the` same noun with
    a name set off after it (`..., a police spokesman said. The spokesman, John Smith,
    said ...`)."""
    doc = token.doc
    after = doc[token.sent.end : _end_of_sentences_after(token.sent, 1)]
    return any(
        t.lemma_ == token.lemma_
        and t.dep_ in _SUBJECT_DEPS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","
            for c in t.children
        )
        for t in after
    )


def _named_after(token: Token, ctx: _SpeakerContext, source: tuple[int, int]) -> Entity | None:
    """The first person named as a subject or in apposition in the two sentences after
    a description's (outside quotations)."""
    doc = ctx.doc
    sent = token.sent
    source = (source[0], max(source[1], sent.end_char))
    last = _end_of_sentences_after(sent, 2)
    limit = doc[last - 1].idx if last > 0 else 0
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    # (`The former president`, `the vice president`: an office the name must hold too)
    qualified = {c.lower_ for c in token.children if c.lower_ in _FORMER | {"vice", "deputy"}}
    # (a definite description past the lead stands only for one given its role, below)
    definite_past_lead = not indefinite and sent.start > _first_sentence_start(doc)
    # `President X ramped up ... after Ontario's provincial leader said ... X called`:
    # a person named before the description is not the one it stands for.
    named_before = {
        id(e)
        for _s, _e, e in ctx.mentions.starting(source[1], limit + 1)
        if e.mentions[0].start < source[0]
    }
    for m_start, m_end, entity in ctx.mentions.starting(source[1], limit + 1):
        if (
            entity.kind != "person"
            or id(entity) in named_before
            or _in_quote(ctx.quotes, m_start, m_end)
        ):
            continue
        span = doc.char_span(m_start, m_end, alignment_mode="expand")
        if span is None:
            continue
        if any(
            a.dep_ == "ccomp" and a.head.lemma_.lower() in CUE_VERBS for a in span.root.ancestors
        ):
            continue  # (one told of in what was said: `... He added that Machar would be tried`)
        if span.root.dep_ in _SUBJECT_DEPS and span.root.head.lemma_.lower() in (
            _DENIAL_CUES | _DISPUTE_CUES
        ):
            # (`The minister said the army had shelled the village. Mehmet Kaya denied
            # it.`: one who denies what was said is another party)
            named_before.add(id(entity))
            continue
        # `the minister said ... The journalist's lawyer, X, told VOA`: a person named
        # with another office is not the one the description stands for (an `ally` may
        # be named by their office).
        roles = _title_before(doc, m_start)
        if span.root.dep_ == "appos":
            roles.add(span.root.head.lemma_.lower())
        # (`Aaja Chemnitz, a lawmaker, said`: the role given after the name)
        roles |= {c.lemma_.lower() for c in span.root.children if c.dep_ == "appos"}
        head = token.lemma_.lower()
        military = any(c.lower_ in {"military", "army"} for c in token.children)
        if military and roles & _MILITARY_RANKS:
            # (`India's top military officer ... General X`: a rank of the force described)
            roles = roles - _MILITARY_RANKS | {head}
        if head in _ROLE_HEADS | {"officer"} and roles & _PERSON_NOUNS and head not in roles:
            named_before.add(id(entity))
            continue
        # (`The foreign minister said ... Maria Zakharova said`: one whose offices the
        # knowledge base knows, none of them the description's)
        entry = default_kb().get(entity.kb_id) if entity.kb_id else None
        office = _OFFICE_WORDS.get(head)
        if (
            entry is not None
            and entry.offices
            and office is not None
            and not any(office in o.role.split("_") for o in entry.offices)
        ):
            named_before.add(id(entity))
            continue
        # (`Japan's defense minister said ... Kim Yo Jong called`: one of another state)
        described_state = next(
            (
                country
                for c in token.children
                if c.dep_ in {"poss", "amod", "compound"}
                and (country := default_kb().country(c.text)) is not None
            ),
            None,
        )
        if described_state and entity.country and entity.country != described_state:
            named_before.add(id(entity))
            continue
        # (`A rebel spokesman said ... Junta spokesman X said`, `The party's spokesman
        # said ... Army spokesman X said`: one of another side)
        kinds = {
            c.lemma_.lower() if c.dep_ == "poss" else c.lower_
            for c in token.children
            if c.dep_ == "compound"
            or (c.dep_ == "amod" and (c.lower_ in _SIDES or default_kb().country(c.text)))
            or (c.dep_ == "poss" and c.pos_ == "NOUN")
        } | {
            # (`A spokesperson for the navy said ... Pentagon spokesperson X said`)
            o.lower_
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in {"for", "of"} and head in _SPOKESPEOPLE
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}
        }
        if kinds and roles - {token.lower_, head, ",", "the"} and not kinds & roles:
            named_before.add(id(entity))
            continue
        if qualified - roles:
            # (`The former president said ... President Luis Arce said`: another office)
            named_before.add(id(entity))
            continue
        if (
            definite_past_lead
            and head not in roles
            and not (entry is not None and office is not None)
        ):
            # (`The aide has said he is innocent. Olaf Scholz said ...`: past the lead, a
            # definite description stands for one named after it only when the name is
            # given that role: `The tribunal's president ... Tribunal president Ana Choque
            # said`; someone new, `A spokesman for the president`, as below)
            named_before.add(id(entity))
            continue
        described = _GENDERED_ROLES.get(head)
        if described is not None and _entity_gender(entity) not in {None, described}:
            # (`A spokesman for the ministry said ... Ana Pérez said`: another person)
            named_before.add(id(entity))
            continue
        if (
            not roles - {token.lower_, ",", "the"}
            and (
                span.root.head.lemma_.lower() in {"be", "remain", "stay"}
                # (not one given an office: `X was sworn in as president`)
                or (
                    span.root.dep_ == "nsubjpass"
                    and span.root.head.lemma_.lower() not in _MADE_OFFICE_HOLDER
                    and not any(c.lower_ == "as" for c in span.root.head.children)
                )
            )
            and not _speaking(span.root)
        ):
            # (`The spokesman said the trials were fair. Khan is in jail.`, `The general
            # said ... John Smith was released.`: one told of, given no role)
            named_before.add(id(entity))
            continue
        if indefinite and not roles - {token.lower_, ","} and not _speaking(span.root):
            # (`A spokesman for the ministry said ... John Smith flew to Geneva`: someone
            # new, not the spokesman, unless named with a role or speaking: `A key ally
            # of Putin has urged ... The president of Belarus, Alexander Lukashenko`)
            named_before.add(id(entity))
            continue
        if span.root.dep_ in {"nsubj", "nsubjpass", "appos"}:
            return entity
    return None


#: Verbs that make one an office holder: `X was sworn in`, `was appointed`.
_MADE_OFFICE_HOLDER = _words("swear elect appoint name nominate install inaugurate")
#: Last words of the names of a state's own bodies: `Interior Ministry`.
_STATES_OWN_BODIES = _words("ministry department office army police forces government military")
#: Words for an organisation a lead may describe before naming it.
_ORGANISATION_WORDS = _words("group organization organisation watchdog")


def _end_of_sentences_after(sent: Span, count: int) -> int:
    """Where the ``count`` sentences after ``sent`` end (fewer at the text's end)."""
    doc = sent.doc
    end = sent.end
    for _ in range(count):
        if end < len(doc):
            end = doc[end].sent.end
    return end


def _organisation_named_next(token: Token, ctx: _SpeakerContext) -> Entity | None:
    """`A leading rights group said Monday ... In a report, Amnesty International said`:
    a lead that describes an organisation and names it as the next to speak, in one of
    the two sentences after it (not an armed group described, nor a named one that
    speaks first: `A rights group said ... The Interior Ministry said`)."""
    doc = ctx.doc
    kinds = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    if (
        token.tag_ != "NN"
        or token.lemma_.lower() not in _ORGANISATION_WORDS
        or kinds & _ARMED_WORDS
        or token.sent.start > _first_sentence_start(doc)
    ):
        return None
    last = _end_of_sentences_after(token.sent, 2)
    for m_start, m_end, entity in ctx.mentions.starting(token.sent.end_char, doc[last - 1].idx):
        span = doc.char_span(m_start, m_end, alignment_mode="expand")
        if span is None or _in_quote(ctx.quotes, m_start, m_end):
            continue
        root = span.root
        if root.dep_ in _SUBJECT_DEPS and root.head.lemma_.lower() in CUE_VERBS:
            # (not a state's body or force the tagger took for one: `The Interior
            # Ministry said`)
            return (
                entity
                if entity.kind == "organization"
                and entity.name.split()[-1].lower() not in _STATES_OWN_BODIES
                and not _police_or_state_named(entity.name)
                # (nor the outlet that could not confirm it: `VOA could not confirm`)
                and not _news_agency(entity)
                and not _negated(root.head)
                # (nor a body of states for `a group`: `A rights group said ... The UN said`)
                and not (token.lemma_.lower() == "group" and _sector_of(entity) == "igo")
                else None
            )
    return None


def _sector_of(entity: Entity) -> str | None:
    """The sector the actor list gives a body (`igo`, `ngo`, `media`, ...)."""
    entry = default_kb().get(entity.kb_id) if entity.kb_id else None
    return entry.sector if entry is not None else None


#: Verbs of what one who did not write a document does to it: `rejected the report`.
_JUDGING_A_DOCUMENT = (
    _DENIAL_CUES
    | _DISPUTE_CUES
    | _CASTING_VERBS
    | _words("criticize criticise condemn welcome praise slam question challenge")
)


def _document_issuer(token: Token, ctx: _SpeakerContext) -> tuple[Entity | None, str] | None:
    """Who issued the document a definite noun refers back to: the speaker of the
    subject of `issued a statement`, `released a report`, `said in a statement` in the
    sentence before or this one."""
    doc = token.doc
    head = token.lemma_.lower()
    for earlier in reversed(doc[_sentence_before(token) : token.i]):
        if earlier.lemma_ != token.lemma_:
            continue
        if earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in _JUDGING_A_DOCUMENT:
            # `Iran's mission rejected the report ... The report said`: one who spoke of
            # it, not its author, whom the article leaves unnamed
            return None, head
        if earlier.dep_ == "dobj":
            verb = earlier.head
        elif earlier.dep_ == "pobj" and earlier.head.lower_ == "in":
            verb = earlier.head.head  # `said in a statement that ...`
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        for item in reversed(ctx.spoken):
            if item.source_token is not None and item.source_token.i == subject.i:
                return (item.speaker, item.speaker_name) if item.speaker_name else None
        # (`The Kremlin issued a statement`: an issuer that said nothing before)
        issuer = ctx.mentions.at(*_name_chars(subject))
        return (issuer, issuer.name) if issuer is not None else None
    return None


def _sentence_before(token: Token) -> int:
    """Where the sentence before ``token``'s starts (its own, in the first sentence)."""
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else 0


def _unnamed_person_before(token: Token) -> bool:
    """Whether one person left unnamed is brought in, with `a`, `an` or `one`, in the
    sentence before ``token``'s (`a man killed in the strikes`, `one deportee`) or in its
    own before it (`A student was detained, his family said`)."""
    doc = token.doc
    start = token.sent.start
    before = [
        *(doc[start - 1].sent if start > 0 else ()),
        # (in its own sentence, as the subject of what was said: not `X pardoned a
        # blogger, his office said`)
        *(t for t in doc[start : token.i] if t.dep_ in _SUBJECT_DEPS or t.left_edge.i == start),
    ]
    return any(
        t.tag_ == "NN"
        and t.lemma_.lower() in _PERSON_NOUNS
        and any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in t.children)
        # (not one named, described so: `said Sabine Kraus, a 58-year-old nurse`; but
        # one whose name the tagger took for no person's: `Ruben Vardanyan, a businessman`)
        and not (t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.ent_type_ == "PERSON")
        for t in before
    )


def _may_speak_for(spokesperson: Token, body: Entity) -> bool:
    """Whether an unnamed spokesperson's words for where they are from or what they serve
    fit ``body`` (`A Pakistani spokesman` does not speak for the Taliban, nor `A military
    spokesman` for a ministry)."""
    kb = default_kb()
    entry = kb.get(body.kb_id) if body.kb_id else None
    if (
        entry is not None
        and entry.sector == "media"
        and any(w.dep_ == "amod" and kb.country(w.text) for w in spokesperson.children)
    ):
        return False  # `Xinhua said ... A Chinese spokesman said`: the state's, not the outlet's
    for word in spokesperson.children:
        if word.dep_ != "amod":
            continue
        country = kb.country(word.text)
        if country is not None and country != body.country:
            return False
        if word.lower_ == "military" and body.kind != "military":
            return False
    return True


def _body_subject_before(token: Token, ctx: _SpeakerContext) -> Entity | None:
    """The body named as the subject of the sentence right before ``token``'s."""
    subject = _subject_of_sentence_before(token)
    if subject is None:
        return None
    entity = ctx.mentions.at(*_name_chars(subject))
    return entity if entity is not None and entity.kind not in {"person", "document"} else None


def _unnamed_body_subject_before(token: Token, ctx: _SpeakerContext) -> Token | None:
    """A body the article does not name, the subject of the sentence right before
    ``token``'s: `The interior ministry rejected the report.`"""
    subject = _subject_of_sentence_before(token)
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or subject.lemma_.lower() not in _BODY_WORDS | _INSTITUTION_WORDS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        or ctx.mentions.at(*_name_chars(subject)) is not None
    ):
        return None
    return subject


def _subject_of_sentence_before(token: Token) -> Token | None:
    doc = token.doc
    start = token.sent.start
    if start == 0:
        return None
    before = doc[start - 1].sent
    return next(
        (t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.head == before.root), None
    )


def _last_body_spoken(token: Token, ctx: _SpeakerContext) -> Entity | None:
    """The organisation or government that spoke last, within two sentences, itself or
    by a person named as its own (`Human Rights Watch researcher Ali Musa said`)."""
    item = _last_spoken(
        token,
        ctx,
        lambda f: (
            f.speaker is not None
            and (f.speaker.kind != "person" or _body_of_speaker(f, ctx.mentions) is not None)
        ),
    )
    if item is None or item.speaker is None:
        return None
    return _body_of_speaker(item, ctx.mentions) if item.speaker.kind == "person" else item.speaker


def _body_of_speaker(item: _Found, mentions: _Mentions) -> Entity | None:
    """The organisation named in a person's source as theirs: `Human Rights Watch
    researcher Ali Musa`, `Amnesty International's Ali Musa`."""
    words = item.written or item.source
    if words is None:
        return None
    bodies = [
        e
        for s, end, e in mentions.starting(words[0], words[1])
        if end <= words[1] and e.kind in {"organization", "group"} and e is not item.speaker
    ]
    return bodies[0] if len(bodies) == 1 else None


def _last_spoken(
    token: Token, ctx: _SpeakerContext, fits: Callable[[_Found], bool]
) -> _Found | None:
    """The last source within the two sentences before ``token`` that ``fits``."""
    doc = token.doc
    floor = doc[_sentence_before(doc[_sentence_before(token)])].idx
    for item in reversed(ctx.spoken):
        if item.source is None or item.source[0] < floor:
            break
        if fits(item):
            return item
    return None


def _person_heading(
    doc: Doc, mentions: _Mentions, token: Token, source: tuple[int, int]
) -> Entity | None:
    """A person named at the head of a source, before `of`, `at` or `from`: `Andrew
    Lebovich of the think tank Clingendael` (reaching left of the subject's own words
    where the parser cut the phrase in two)."""
    text = _text(doc)
    start = source[0]
    i = doc[token.left_edge.i - 1].i if token.left_edge.i > token.sent.start else None
    steps = 0
    while i is not None and i >= token.sent.start and steps < 10:
        t = doc[i]
        if t.is_punct or (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"dep", "compound", "amod"}):
            break
        start = t.idx
        i, steps = i - 1, steps + 1
    for _m_start, m_end, entity in mentions.starting(start, token.idx):
        if entity.kind != "person":
            continue
        after = text[m_end : m_end + 6]
        if re.match(r"\s+(of|at|from)\s", after):
            return entity
    return None


def _state_government(
    name: str, mentions: list[tuple[int, int, Entity]]
) -> tuple[Entity | None, str] | None:
    """A state's name as a speaker stands for its government."""
    kb = default_kb()
    if kb.is_metonym(name):
        # `Kyiv also said`, where the entity finder did not take `Kyiv` as an actor.
        entry = kb.lookup(name)
        if entry is not None:
            same = next((e for _s, _e, e in mentions if e.kb_id == entry.id), None)
            return same, entry.name
    country = _state_named(kb, name)
    if country is None:
        return None
    for _s, _e, entity in mentions:
        if (
            entity.kind == "government"
            and entity.country == country
            and entity.name.endswith("(government)")
        ):
            return entity, entity.name
    return None, f"{kb.state_names[country]} (government)"


def _state_named(kb: ActorKB, name: str) -> str | None:
    """The state whose own name ``name`` is (`Sri Lanka`; not `Kyiv`, a seat)."""
    country = kb.country(name)
    if country is None or kb.state_names.get(country, "").lower() != name.lower():
        return None
    return country


#: What one makes or gives in speaking: `made the comments`, `gave a speech`.
_REMARKS = _words("comment remark statement speech address interview")


def _speaking(name: Token) -> bool:
    """Whether a name is the subject of a cue (or in apposition to one that is), or of
    one who made the remarks (`made the comments in an interview`)."""
    if name.dep_ == "appos":
        name = name.head
    verb = name.head
    return name.dep_ in _SUBJECT_DEPS and (
        verb.lemma_.lower() in _ANY_CUE_VERBS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in _REMARKS for c in verb.children)
    )


def _person_named_so(token: Token, mentions: _Mentions) -> Entity | None:
    """`a fisherman named Carl Brown`, `A retired teacher named Carla Ruiz`: the person a
    description gives the name of; also `a trader who gave only his first name,
    Ibrahim`, `who gave his name only as Abu Khaled`."""
    return next(
        (
            named
            for acl in token.children
            if acl.dep_ == "acl" and acl.lemma_.lower() == "name" and acl.tag_ == "VBN"
            for name in acl.children
            if name.dep_ in {"oprd", "dobj", "attr"}
            and name.pos_ == "PROPN"
            and (named := mentions.at(*_name_chars(name))) is not None
            and named.kind == "person"
        ),
        None,
    ) or next(
        (
            named
            for clause in token.children
            if clause.dep_ == "relcl" and clause.lemma_.lower() in {"give", "provide", "use"}
            for noun in clause.children
            if noun.dep_ == "dobj" and noun.lemma_.lower() == "name"
            # (`gave only his first name, Ibrahim`, `gave his name only as Abu Khaled`)
            for name in (
                *noun.children,
                *(o for p in clause.children if p.lower_ == "as" for o in p.children),
            )
            if name.dep_ in {"appos", "pobj"}
            and name.pos_ == "PROPN"
            and (named := mentions.at(*_name_chars(name))) is not None
            and named.kind == "person"
        ),
        None,
    )


def _full_person(entity: Entity, mentions: list[tuple[int, int, Entity]]) -> Entity:
    """A person known by a one-word name (`Pederson`) that is the surname of another
    person of the article, written a little differently (`Geir Pedersen`): that person."""
    if entity.kind != "person" or " " in entity.name.strip():
        return entity
    word = entity.name.strip().lower()
    for _s, _e, other in mentions:
        if other is entity or other.kind != "person" or " " not in other.name.strip():
            continue
        surname = other.name.split()[-1].lower()
        if surname[:1] == word[:1] and _similar(surname, word) >= 0.8:
            return other
    return entity


def _similar(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio()


def _coordinated_bodies(token: Token, mentions: _Mentions) -> str | None:
    """`Both Pakistan and China said`: `Pakistan and China (governments)`; `The United
    States and the European Union said`: `United States (government) and European Union`."""
    parts = [token, *_conjuncts(token)]
    joined_inside = next(
        (
            c
            for c in token.children
            if c.dep_ in {"nmod", "compound"}
            and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
        ),
        None,
    )
    if len(parts) < 2 and joined_inside is not None:
        # `The CHP and Human Rights Watch said`: the first name read as a modifier of
        # the last word of the second
        entities = [mentions.at(*_name_chars(joined_inside)), mentions.at(token.idx, token.idx + 1)]
        first, last = entities
        if first is not None and last is not None and first is not last:
            return f"{first.name} and {last.name}"
    if len(parts) < 2 or not any(
        c.dep_ == "cc" and c.lower_ == "and" for p in parts for c in p.children
    ):
        return None  # (`The Nigeria Center for Disease Control, or NCDC`: one, twice named)
    entities = [mentions.at(*_name_chars(part)) for part in parts]
    bodies = [e for e in entities if e is not None and e.kind != "person"]
    if len(bodies) < len(parts) or len({e.name for e in bodies}) < 2:
        return None  # (`Trinidad and Tobago said`: one state, its name holding `and`)
    if all(e.kind == "government" and e.name.endswith(")") for e in bodies):
        states = [e.name.rsplit(" (", 1)[0] for e in bodies]
        return f"{', '.join(states[:-1])} and {states[-1]} (governments)"
    # `The United States and the European Union said`: each of them
    names = [e.name for e in bodies]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _police_or_state_named(name: str) -> bool:
    """Whether a body's name makes it a police force, an army or a state body (`National
    Police`), which `the group` does not stand for."""
    return bool(set(name.lower().split()) & _NOT_A_GROUP)


#: Words of the names of bodies that `the group` does not stand for.
_NOT_A_GROUP = _words("police army military ministry government forces guard gendarmerie")


#: Role words written otherwise in a title: `Prime Minister X ... The premier said`.
_ROLE_SYNONYMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "premier": (("prime", "minister"),),
    # (the head of a state or government, by any title: `Former President X ... The
    # former leader said`)
    "leader": (("president",), ("prime", "minister"), ("premier",), ("chancellor",)),
    # (titles written short before a name: `Gov. Oleh Syniehubov ... The governor said`)
    "governor": (("gov.",),),
    # (with a full stop or, as the BBC writes them, without: `Gen Carsten Breuer`)
    "general": (("gen.",), ("gen",)),
    "colonel": (("col.",), ("col",)),
    "captain": (("capt.",), ("capt",)),
    "major": (("maj.",), ("maj",)),
    "admiral": (("adm.",), ("adm",)),
    "sergeant": (("sgt.",), ("sgt",)),
    "senator": (("sen.",),),
    "congressman": (("rep.",),),
    "congresswoman": (("rep.",),),
    # (one who speaks for a body, by any word for it: `Police spokeswoman Amina Hassan
    # ... The spokesperson said`, also `The spokesman said`, a word some outlets use for
    # women too; but `The spokeswoman` is no spokesman named before)
    "spokesperson": (("spokesman",), ("spokeswoman",)),
    "spokesman": (("spokesperson",), ("spokeswoman",)),
    "spokeswoman": (("spokesperson",),),
}


def _government_in(token: Token, mentions: _Mentions) -> tuple[Entity | None, str] | None:
    """`The government in Kyiv`, `the federal government in Baghdad`, `the government
    of the Central African Republic`: the government of the state or capital named."""
    doc = token.doc
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "of"}:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.pos_ != "PROPN":
                continue
            start = min([place.i, *(c.i for c in place.children if c.dep_ == "compound")])
            name = doc[start : place.i + 1].text
            found = _state_government(name, mentions)
            if found is not None:
                return found
    return None


#: The words that tell a state's ministries apart, with the knowledge base's prefixes.
_MINISTRY_PREFIXES = {"foreign": "mfa", "defence": "mod", "defense": "mod", "interior": "moi"}


def _dateline_place(doc: Doc) -> Token | None:
    """The place of the article's dateline (`TEHRAN` in `TEHRAN, Nov 20 (Reuters) -`)."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None or dateline_end(doc, first.i) is None:
        return None
    return first


def _ministry_in(token: Token, mentions: _Mentions) -> tuple[Entity | None, str] | None:
    """`The foreign ministry in Ankara`, `the defence ministry in Damascus`: that
    ministry of the state whose seat or name follows (or of the dateline's state)."""
    kb = default_kb()
    prefix = next(
        (
            _MINISTRY_PREFIXES[c.lower_]
            for c in token.children
            if c.dep_ in {"amod", "compound"} and c.lower_ in _MINISTRY_PREFIXES
        ),
        None,
    )
    place = next(
        (
            o
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for o in prep.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ),
        None,
    )
    if prefix is None:
        return None
    if place is None:
        # `TEHRAN (Reuters) - The foreign ministry said`: the state of the dateline, where
        # the article names no ministry before
        if any(e.kind == "ministry" and m_start < token.idx for m_start, _e, e in mentions):
            return None
        place = _dateline_place(token.doc)
        if place is None:
            return None
    country = kb.country_or_seat(place.text)
    entry = kb.body(country, prefix) if country else None
    if entry is None:
        return None
    same = next((e for _s, _e, e in mentions if e.kb_id == entry.id), None)
    return same, entry.name


def _role_written(head: str, words: Iterable[str]) -> bool:
    """Whether the words of a title hold the role ``head`` names, or its other words."""
    words = set(words)
    return head in words or any(set(other) <= words for other in _ROLE_SYNONYMS.get(head, ()))


#: Words for a business: `the company`, `The miner`.
_COMPANY_WORDS = _words(
    """company firm corporation conglomerate miner operator carrier airline lender insurer
    manufacturer producer chipmaker carmaker automaker shipbuilder drugmaker retailer"""
)


def _told_of_only_by(told: Entity, speaker: Entity, token: Token, ctx: _SpeakerContext) -> bool:
    """Whether every mention of ``told`` before ``token`` lies inside what ``speaker``
    said."""
    said = [f.content for f in ctx.spoken if f.speaker is speaker]
    mentioned = [m.start for m in told.mentions if m.start < token.idx]
    return bool(mentioned) and all(any(a <= m < b for a, b in said) for m in mentioned)


#: Kinds of body a news agency is: `the agency`.
_MEDIA_KINDS = _words("agency broadcaster newspaper outlet")


def _news_agency(entity: Entity) -> bool:
    """Whether an actor is a news agency (`AFP`, `Agence France-Presse`)."""
    return entity.name in _NEWS_AGENCIES or any(m.text in _NEWS_AGENCIES for m in entity.mentions)


def _company_before(
    token: Token, ctx: _SpeakerContext, before: list[tuple[int, int, Entity]]
) -> tuple[Entity | None, str] | None:
    """`Orano said the move was illegal. Niger's government said ... The company said`:
    where nothing describes a company, the organisation no state or force is that spoke
    last within two sentences, else that was named last there (`The army accused Orano of
    fraud. The company denied the charge`); a body the knowledge base knows (`the United
    Nations`) or a news agency is no company."""

    def business(entity: Entity | None, name: str) -> bool:
        return (
            entity is None
            or (
                entity.kind == "organization"
                and entity.kb_id is None
                and not _person_named_as_a_body(entity)
                and not _news_agency(entity)
            )
        ) and not (_police_or_state_named(name) or name in _NEWS_AGENCIES)

    spoke = _last_spoken(
        token,
        ctx,
        lambda f: (
            # (`officials`, `Ana`: no business named)
            (
                f.speaker is not None
                or (
                    f.source_token is not None
                    and f.source_token.pos_ == "PROPN"
                    and not _looks_personal(f.speaker_name)
                )
            )
            and business(f.speaker, f.speaker_name)
        ),
    )
    if spoke is not None:
        return spoke.speaker, spoke.speaker_name
    start = ctx.doc[_sentence_before(ctx.doc[_sentence_before(token)])].idx
    named = [e for s, _e, e in before if s >= start and business(e, e.name)]
    return (named[-1], named[-1].name) if named else None


def _one_named_after(one: Token, mentions: _Mentions) -> Entity | None:
    """The person a name set off after `one of ...` names (`one of her aides, Marie
    Wea`, the parser hanging the name on the group), or that a description set off
    after `one` names (`One of them, a pensioner named Georgi Dimitrov`)."""
    candidates = [c for c in one.children if c.dep_ == "appos"]
    if one.pos_ == "NOUN":
        candidates.append(one)  # (`A Fano commander, who gave his name only as Tadesse,`)
    candidates += [
        g
        for p in one.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for g in o.children
        if g.dep_ == "appos"
    ]
    for word in candidates:
        if word.pos_ == "PROPN":
            named = mentions.at(*_name_chars(word))
        elif word.pos_ == "NOUN":
            named = _person_named_so(word, mentions)
        else:
            named = None
        if named is not None and named.kind == "person":
            return named
    return None


def _plural_read_as_name(token: Token) -> bool:
    """`Amman, Jordan – Relatives of the detainees say`: a plural of people, capitalised
    at the start of a sentence or after a dateline, which the tagger took for a name."""
    return (
        token.tag_ == "NNPS"
        and not token.ent_type_
        and token.lower_.endswith("s")
        and token.lower_[:-1] in _PERSON_NOUNS
    )


def _introduced_as(role: Token, mentions: _Mentions) -> Entity | None:
    """`KMT chairman Eric Chu said ... The KMT chairman said`: the person an earlier
    sentence named right after the same words of a body and a role."""
    doc = role.doc
    words = [c.lower_ for c in role.lefts if c.dep_ == "compound"] + [role.lower_]
    n = len(words)
    # (within the stretch an article's earlier sentences take, nearest first)
    for end in range(role.sent.start - 1, max(n - 1, role.sent.start - 3000) - 1, -1):
        if doc[end].lower_ != role.lower_ or end + 1 >= len(doc):
            continue
        if [t.lower_ for t in doc[end - n + 1 : end + 1]] != words:
            continue
        person = mentions.at(*_name_chars(doc[end + 1]))
        if person is not None and person.kind == "person":
            return person
    return None


def _definite_antecedent(token: Token, ctx: _SpeakerContext) -> tuple[Entity | None, str] | None:
    """`the insurgent group` → the last group named; `the spokesperson` → the last person
    named with that title (`military spokesperson Ahmed Sharif Chaudhry`)."""
    head = token.lemma_.lower()
    before = [m for m in ctx.mentions.starting(token.idx - 2999, token.idx) if m[1] <= token.idx]
    kinds = [c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}]
    # (`The 76-year-old said`: the age itself the head)
    if ("old" in kinds or head == "old") and any(
        t.like_num for t in token.subtree if t.i < token.i
    ):
        # `Olena Marchenko was in the kitchen. "...," the 67-year-old teacher said`: a
        # person described by their age is the person named just before (within the two
        # sentences before).
        start = _sentence_before(token.doc[_sentence_before(token)])
        people = [
            (s, e)
            for s, _e, e in before
            if (e.kind == "person" or _person_named_as_a_body(e)) and s >= token.doc[start].idx
        ]
        # (the one a sentence is about before another named in it: `Ivan Velasquez
        # visited Tibu. "...," the 72-year-old said`, a place taken for a person)
        subjects = [e for s, e in people if _in_subject(token.doc[_token_at(token.doc, s)])]
        if people:
            person = (subjects or [e for _s, e in people])[-1]
            return person, person.name
    if (
        head == "government"
        and token.tag_ == "NN"
        and (placed := _government_in(token, ctx.mentions))
    ):
        return placed  # `The government in Kyiv`, `the government of the Central ...`
    if head == "ministry" and (placed := _ministry_in(token, ctx.mentions)) is not None:
        return placed  # `The foreign ministry in Ankara`
    qualified = any(c.dep_ in {"amod", "compound", "poss"} for c in token.children)
    armed = bool(set(kinds) & _ARMED_WORDS)
    if (
        head == "group"
        and token.tag_ == "NN"
        and kinds
        and not armed
        and (group := _armed_group_by_epithet(token, before)) is not None
    ):
        return group, group.name  # `Hezbollah said ... The Iran-backed group said`
    if head == "group" and kinds and not armed:
        # `The aid group reports ...`: the organisation that spoke last, not an armed group
        # (`Aid groups say`: no one in particular).
        body = _last_body_spoken(token, ctx)
        if body is not None and body.kind == "organization" and token.tag_ == "NN":
            return body, body.name
    elif (
        head == "group"
        and not qualified
        and (item := _spoken_as(token, ctx, head))
        # (not one left unnamed before a named body spoke: `A rights group called for an
        # inquiry. Amnesty International said ... The group said` is Amnesty)
        and not (
            item.speaker is None
            and any(
                item.cue[0] < f.cue[0] < token.idx
                and f.speaker is not None
                and f.speaker.kind in {"organization", "group"}
                # (not a person the tagger took for a body: `Its director, X, said`)
                and f.source_token is not None
                and f.source_token.lemma_.lower() not in _PERSON_NOUNS
                for f in ctx.spoken
            )
        )
    ):
        # `The Resistance Committees, a grassroots group, said ... The group accused`:
        # the one just described so, before the armed group named last
        return item.speaker, item.speaker_name
    elif head in _GROUP_HEADS or (head in _ARMED_BODIES and armed):
        # `the militant group`, `The rebel alliance`: the armed group named last
        groups = [e for _s, _e, e in before if e.kind == "group"]
        just_spoke = _last_body_spoken(token, ctx) if head == "group" and not qualified else None
        if (
            just_spoke is not None
            and just_spoke.kind == "organization"
            and token.tag_ == "NN"
            and not _police_or_state_named(just_spoke.name)
            and groups
            and (
                # (named before this word: not `The group urged Hamas to ...`, nor later on)
                max((m.start for m in just_spoke.mentions if m.start < token.idx), default=-1)
                > max((m.start for m in groups[-1].mentions if m.start < token.idx), default=-1)
                # (or the armed group named only in what it said: `Amnesty said RSF
                # fighters killed civilians. The group urged ...`)
                or _told_of_only_by(groups[-1], just_spoke, token, ctx)
            )
        ):
            # `Israeli jets hit Hezbollah targets. The Syrian Observatory said ... The
            # group said`: the organisation that spoke since the armed group was named
            return just_spoke, just_spoke.name
        if groups:
            return groups[-1], groups[-1].name
        body = just_spoke
        if (
            body is not None
            and body.kind == "organization"
            and token.tag_ == "NN"
            # (`The National Police said ... The group said`: a force is no group)
            and not _police_or_state_named(body.name)
        ):
            # `Doctors Without Borders said ... Many arrived starving, the group said`:
            # with no armed group named, the organisation that spoke last
            return body, body.name
        named = (
            _last_spoken(
                token,
                ctx,
                lambda f: (
                    f.source_token is not None
                    and f.source_token.i < token.i
                    and (
                        (
                            f.source_token.tag_ == "NN"
                            and f.source_token.lemma_.lower() in _GROUP_HEADS | _ARMED_BODIES
                        )
                        # (`Rights group Greenpeace warned`: named with the word)
                        or any(
                            c.dep_ in {"compound", "appos"} and c.lemma_.lower() == "group"
                            for c in f.source_token.children
                        )
                    )
                ),
            )
            if head == "group" and not qualified and token.tag_ == "NN"
            else None
        )
        if named is not None:
            # `The Radaa militia said ... The group said`: a group no actor names, that
            # spoke just before
            return named.speaker, named.speaker_name
    if head in _STATE_FORCES and not qualified:
        # `The Sudanese Armed Forces said ... The army accused`: the armed forces named last
        forces = [
            (s, e)
            for s, _e, e in before
            if e.kind == "military"
            or (
                e.kind == "organization"
                and e.name.lower().endswith(_ARMED_FORCES_NAMES)
                and not _force_of_no_state(e)
            )
        ]
        # (the forces named outside what was said first: `South Korea's military said
        # North Korean troops crossed the border. The military said ...`)
        told = [f.content for f in ctx.spoken]
        outside = [e for s, e in forces if not any(a <= s < b for a, b in told)]
        if outside or forces:
            chosen = (outside or [e for _s, e in forces])[-1]
            return chosen, chosen.name
    if (
        head == "government"
        and token.tag_ == "NN"
        # (also `the federal government`, `the central government`: the state's own)
        and not any(
            c.dep_ in {"amod", "compound", "poss"} and c.lower_ not in _STATES_OWN_LEVEL
            for c in token.children
        )
    ):
        # `the government`: the state government the article last named (not `the two
        # governments`, several).
        governments = [
            (s, e_end, e)
            for s, e_end, e in before
            if e.kind == "government" and e.name.endswith("(government)")
        ]
        if governments:
            chosen = _government_meant(ctx, token, governments)
            return chosen, chosen.name
    if head in _DOCUMENT_NOUNS:
        # `the report said`: the named report or body that spoke last, nearby; but the
        # same document if one spoke (`A Lancet study found ... The Health Ministry
        # estimated ... The new study suggested`).
        recent = [
            item for item, source in _recently_spoken(ctx, token, 2500) if source[0] < token.idx
        ]
        for item in recent:
            earlier = item.source_token
            if (
                earlier is not None
                and earlier.lemma_.lower() == head
                and earlier.tag_ == token.tag_
            ):
                return item.speaker, item.speaker_name
        # (nor one who judged such a document: `Iran's mission rejected the report ...`)
        critics = {
            item.speaker_name
            for item in ctx.spoken
            if item.cue_lemma in _JUDGING_A_DOCUMENT
            and head in _text(ctx.doc)[item.content[0] : item.content[1]].lower().split()
        }
        # (a letter, a video, a message: a body's only where one was told of before, not
        # `Police said six rebels died. The letter said ...`, one no one was said to have
        # issued; a body's statement or report is whatever it puts out)
        told_before = head not in _PAPERS_HANDED_ON or re.search(
            rf"\b{re.escape(head)}s?\b", _text(ctx.doc)[: token.idx].lower()
        )
        for item in recent if told_before else ():
            name = item.speaker_name
            if item.cue_lemma not in _DENIAL_CUES and _said_in_document(ctx.doc, item, head):
                # `The students said in a statement that ... "...," the statement said`:
                # whoever said it in such a document, people too
                return item.speaker, name
            institutional = name.split()[-1].lower() in _DOCUMENT_NOUNS | _BODY_WORDS
            if (
                (item.speaker is not None and item.speaker.kind == "person")
                or (item.speaker is None and _looks_personal(name) and not institutional)
                # (nor one who denied: `Tehran has long denied seeking nuclear weapons.
                # The report said ...` is another's report about it)
                or item.cue_lemma in _DENIAL_CUES
                or name in critics
            ):
                continue
            if name[:1].isupper() and not name.split()[-1][:1].islower():
                return item.speaker, name
    if head in _ROLE_HEADS | TITLES and token.tag_ != "NNS":  # (`The students`: several)
        doc = ctx.doc
        # `Solo Mayor Hadi Rudyatmo said ... the mayor said`: a speaker named with the role.
        latest = True
        for item, source in _recently_spoken(ctx, token, 3000):
            written = _text(doc)[source[0] : source[1]].lower().split()
            if (
                not _role_written(head, written)
                or _role_served(head, written)
                or _another_rank_of(written, token)
                or (not qualified and _heads_a_body(head, written))
            ):
                continue
            if (
                latest
                # (also one resolved to the body it speaks for: `A Lebanese government
                # official said`)
                and (item.speaker is None or item.speaker.kind != "person")
                and item.source_token is not None
                and item.source_token.lemma_.lower() == head
                and item.source_token.tag_ == token.tag_
                and not qualified
                and not any(c.dep_ == "prep" for c in token.children)
            ):
                # `Hamas official X said ... An Egyptian official said ... The official
                # said`: the one left unnamed who spoke last with that noun
                return item.speaker, item.speaker_name
            latest = False
            if _same_office(token, set(written), item.speaker) and (
                (item.speaker is not None and item.speaker.kind == "person")
                or (item.speaker is None and _looks_personal(item.speaker_name))
                # (`A State Department spokesperson told VOA ... The spokesperson said`:
                # the body it spoke for; not `The other spokesperson`)
                or (head in _SPOKESPEOPLE and not qualified)
            ):
                return item.speaker, item.speaker_name
        for start, _end, entity in reversed(before):
            if entity.kind != "person":
                continue
            lead = _title_before(doc, start)
            if (
                (token.lower_ in lead or _role_written(head, lead))
                and not _another_rank_of(lead, token)
                and not (not qualified and head in _HEADS_OF_STATE and lead & _HEADED_BODIES)
                and _same_office(token, lead, entity)
            ):
                return entity, entity.name
        # A person of the article whose office is of that kind (`the spokesperson`).
        kb = default_kb()
        for _start, _end, entity in reversed(before):
            entry = kb.get(entity.kb_id) if entity.kb_id else None
            if entry is not None and any(head in o.role for o in entry.offices):
                return entity, entity.name
    # (or qualified as the earlier one was: `a former guerrilla ... The former guerrilla`)
    qualifiers = frozenset(
        c.lower_ for c in token.children if c.dep_ in {"amod", "compound", "poss"}
    )
    named_with = _body_named_with(token, head, before)
    if (item := _spoken_as(token, ctx, head, qualifiers)) is not None and not (
        # (unless a body named with those words came after it: `The Department of
        # Homeland Security said ... The Justice Department declined to comment. The
        # department has argued ...`)
        named_with is not None and item.source is not None and named_with[0] > item.source[0]
    ):
        # `A State Department spokesperson told VOA ... the spokesperson said`, `The
        # Kyiv Independent, a news website, says ... The website adds`
        return item.speaker, item.speaker_name
    if token.tag_ == "NN" and head in _BODY_KINDS and not qualified:
        # `The Red Cross declined to comment. A spokesperson for the organization said`:
        # the one body of that kind named as a subject in the sentence before or this one
        floor = ctx.doc[_sentence_before(token)].idx
        bodies = {
            id(e): e
            for s, e_end, e in before
            if e.kind == "organization"
            and s >= floor
            # (a news agency that could not verify is no company or movement: `AFP could
            # not verify the account. The movement said`)
            and not (head not in _MEDIA_KINDS and _news_agency(e))
            # (named as a subject, not in passing: `Nvidia, whose H20 chips ...`; or as
            # a source: `According to UNICEF, ...`)
            and (span := ctx.doc.char_span(s, e_end, alignment_mode="expand")) is not None
            and (span.root.dep_ in _SUBJECT_DEPS or _according_to_object(span.root))
        }
        if len(bodies) == 1:
            (body,) = bodies.values()
            return body, body.name
    if token.tag_ == "NN":
        # `Vectus Global, a private security company ... The company said`: the body
        # last described so in apposition
        for start, end, entity in reversed(before):
            span = ctx.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and any(
                c.dep_ == "appos"
                and c.lemma_.lower() == head
                and c.i > span.root.i
                # (as qualified: not `Jonas Petraitis, the foreign minister` for `The
                # interior minister`)
                and qualifiers <= {t.lower_ for t in c.subtree}
                for c in span.root.children
            ):
                return entity, entity.name
    if named_with is not None:
        # `the ruling Georgian Dream party ... The party denied`, `The Philippine Coast
        # Guard said ... The coast guard said`: the body last named with those words
        return named_with[1], named_with[1].name
    if (reporters_body := _body_named_with(token, head, before, as_written=True)) is not None:
        # `Iraq's foreign ministry summoned the envoy. The ministry said`
        return reporters_body[1], reporters_body[1].name
    if head in _COMPANY_WORDS and token.tag_ == "NN" and not qualified:
        return _company_before(token, ctx, before)
    return None


def _armed_group_by_epithet(token: Token, before: list[tuple[int, int, Entity]]) -> Entity | None:
    """The armed group last named, where `group` is qualified only by its state or by who
    stands behind it (`the Lebanese group`, `The Iran-backed group`), not by what kind of
    body it is (`the aid group`); a state's word must be the group's own state."""
    groups = [e for _s, _e, e in before if e.kind == "group"]
    if not groups:
        return None
    group = groups[-1]
    kb = default_kb()
    for qualifier in (c for c in token.children if c.dep_ in {"amod", "compound"}):
        state = kb.country(qualifier.text)
        if state is not None:
            if group.country is not None and state != group.country:
                return None
        elif not (
            token.doc[qualifier.left_edge.i : qualifier.i + 1]
            .text.lower()
            .endswith(_BACKING_EPITHETS)
        ):
            return None
    return group


#: Ends of the words that name an armed group by who stands behind it: `Iran-backed`.
_BACKING_EPITHETS = ("-backed", "-aligned", "-allied", "-linked", "-affiliated", "-sponsored")


def _body_named_with(
    token: Token, head: str, before: list[tuple[int, int, Entity]], *, as_written: bool = False
) -> tuple[int, Entity] | None:
    """Where and which body was last named with a description's words (`the party` for
    `the ruling Georgian Dream party`): by its name, or ``as_written``, by the words of a
    state's body the reporter named (`Iraq's foreign ministry summoned the envoy. The
    ministry said`: the mention, not the listed name `Iraq (foreign ministry)`); what else
    qualifies the description must fit those words (not `The interior ministry`, `The
    Japanese ministry`)."""
    if token.tag_ != "NN":
        return None
    words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + [token.lower_]
    text = _text(token.doc)
    for start, end, entity in reversed(before):
        written = text[start:end].lower().split()
        named = written if as_written else entity.name.lower().split()
        if (
            entity.kind != "person"
            and (entity.country is not None or not as_written)
            and named[-len(words) :] == words
            # (`The BLA said ... The army declined`: a state's army, not the Baloch
            # Liberation Army)
            and not _group_for_a_states_force(entity, head)
            # (`The presidential office` is not the `United Nations Office`)
            and _qualifiers_fit(token, {*named, *written}, entity)
        ):
            return start, entity
    return None


def _qualifiers_fit(token: Token, words: set[str], entity: Entity) -> bool:
    """Whether what qualifies a description (`the interior ministry`, `The Japanese
    ministry`) is among the words that named a body, or is its state, or tells only of a
    change to it (`The revised law`)."""
    kb = default_kb()
    return all(
        q.lower_ in words
        or q.lower_ in _CHANGED_SO
        or (entity.country is not None and kb.country(q.text) == entity.country)
        for q in token.lefts
        if q.dep_ == "amod"
    )


#: Words that tell of a change to a thing, not which thing: `The revised law`.
_CHANGED_SO = _words("revised amended updated same")


def _government_meant(
    ctx: _SpeakerContext, token: Token, governments: list[tuple[int, int, Entity]]
) -> Entity:
    """The state `the government` is, of those named before it: the last one named as a
    party just before (a subject or a speaker, in the sentence before or its own), or by
    the story's dateline, rather than states named in passing after it (`CARACAS, VENEZUELA
    — ... Brazil and Mexico sent their ambassadors. The government rejected the figure`
    is Venezuela's); else the last named."""
    spoke = {id(f.speaker) for f in ctx.spoken if f.speaker is not None}
    near = ctx.doc[_sentence_before(token)].idx
    # (the dateline's state however far back, in the story's first lines)
    opening = next(
        (
            m
            for m in ctx.mentions.starting(0, min(token.idx, 400))
            if m[2].kind == "government"
            and (span := ctx.doc.char_span(m[0], m[1], alignment_mode="expand")) is not None
            and _in_dateline(span)
        ),
        None,
    )
    if opening is not None and opening[0] < governments[0][0]:
        governments = [opening, *governments]
    for start, end, entity in reversed(governments):
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if _in_dateline(span) or start >= token.sent.start_char:
            return entity  # (also one set before it: `In neighboring Benin, the government`)
        root = span.root
        listed = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
        if start >= near and (
            id(entity) in spoke
            # (of its own clause: not `Gonzalez, whom the United States recognizes`)
            or (root.dep_ in _SUBJECT_DEPS and not listed and root.head.dep_ != "relcl")
        ):
            return entity
    return governments[-1][2]


def _in_dateline(span: Span) -> bool:
    """Whether a mention is a dateline's state (`CARACAS, VENEZUELA —`)."""
    doc = span.doc
    first = span.start
    while first > 0 and "\n" not in doc[first - 1].text and first > span.start - 4:
        first -= 1  # (to the start of its line: the seat before it)
    return (
        span.text.isupper()
        and (first == 0 or "\n" in doc[first - 1].text)
        and _dateline_dash(doc, first, min(len(doc) - 1, span.end + 2)) is not None
    )


#: Words for a state's government as against a region's: `the federal government`.
_STATES_OWN_LEVEL = _words("federal central national")


def _according_to_object(token: Token) -> bool:
    """Whether a word is the source of `according to`: `According to UNICEF, ...`."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and token.head.i > 0
        and token.doc[token.head.i - 1].lower_ == "according"
    )


#: Nouns for a body of no particular kind, which `the` refers back to the last one named.
_BODY_KINDS = _words(
    """organization organisation agency company firm charity newspaper broadcaster watchdog
    party movement monitor observatory mission"""
)
#: Words that tell one office of a kind from another: `the prime minister` is not the
#: foreign minister.
_OFFICE_KINDS = _words(
    """prime foreign defense defence interior deputy vice finance justice health energy
    trade economy education culture home"""
)


#: Titles that, bare, name the head of a state: `the president`.
_HEADS_OF_STATE = _words("president")
#: Bodies other than a state that a president heads: `Morena party president X`.
_HEADED_BODIES = _words(
    """party senate court assembly parliament commission council club federation union
    bank company university chamber league association committee board"""
)


def _heads_a_body(head: str, words: list[str]) -> bool:
    """Whether a title names the head of a body other than a state (`Morena party
    president Luisa Alcalde`, `the president of the Supreme Court`), which the bare
    description (`The president said`) does not name."""
    if head not in _HEADS_OF_STATE:
        return False
    places = [n for n, w in enumerate(words) if w.strip(",.;:") == head]
    return bool(places) and all(
        (n > 0 and words[n - 1] in _HEADED_BODIES) or (n + 1 < len(words) and words[n + 1] == "of")
        for n in places
    )


def _role_served(head: str, words: list[str]) -> bool:
    """Whether the role ``head`` in a source's words is that of the one the source serves
    (`Juan Perez, a spokesman for the minister`, `an adviser to the president`), not
    the source's own."""
    places = [n for n, w in enumerate(words) if w.strip(",.;:") == head]
    return bool(places) and all(
        any(w in {"for", "to", "with"} for w in words[max(0, n - 3) : n]) for n in places
    )


def _same_office(token: Token, words: set[str], person: Entity | None) -> bool:
    """Whether a description's qualifiers fit an earlier title's ``words`` and the person
    it named: `the prime minister` is not `Foreign Minister Ararat Mirzoyan`, nor `The
    U.S. ambassador` `Chinese Ambassador Wu Jianghao` (a state the person is of passes:
    `the Russian president` after `President Vladimir Putin`)."""
    kb = default_kb()
    for qualifier in (c for c in token.lefts if c.dep_ in {"amod", "compound"}):
        word = qualifier.lower_
        if word in words:
            continue
        if word in _OFFICE_KINDS:
            return False
        if word in _SIDES:
            return False  # (`the junta spokesman` is not `Kyaw Zaw, an NUG spokesman`)
        if (
            token.lower_ == "leader"
            and word not in _FORMER
            and not qualifier.is_punct
            and kb.country(qualifier.text) is None
            and qualifier.ent_type_ != "NORP"
        ):
            return False  # (`the rebel leader`, `the opposition leader`: no head of state)
        state = kb.country(qualifier.text)
        if state is not None and not (person is not None and person.country == state):
            return False
    return True


#: Words for a state's armed forces, never an armed group's: `the army`, `the military`.
_STATE_FORCES = _words("army military")


def _group_for_a_states_force(entity: Entity | None, head: str) -> bool:
    """Whether ``head`` would take an armed group (`the Arakan Army`) for a state's forces."""
    return (
        entity is not None
        and head in _STATE_FORCES
        and (entity.kind == "group" or _force_of_no_state(entity))
    )


def _force_of_no_state(entity: Entity) -> bool:
    """Whether a body no actor list knows is named as a force but not a state's (`the
    Kachin Independence Army`, `the New People's Army`; not `the Nigerian Army`)."""
    return (
        entity.kind == "organization"
        and entity.name.lower().endswith(_ARMED_FORCES_NAMES)
        and not any(default_kb().country(w) for w in entity.name.split()[:-1])
    )


_COMPASS = _words("north south east west northern southern eastern western central")
#: A person's following, named after them: `the Sadio faction`, `the Trump campaign`.
_FOLLOWINGS = _words("faction campaign camp wing team movement group")
#: Those who speak for a body it owns: `Its leaders`, `its chief executive`.
_BODY_ROLES = _ROLE_HEADS | _words("leader member fighter officer executive board commander")
#: Words for a member of a party, which describe a person: `the Illinois Democrat`.
_PARTY_MEMBERS = _words("democrat republican")


def _body_named_by_a_word(token: Token, name: str, mentions: _Mentions) -> Entity | None:
    """`The Islamic Revolutionary Guard Corps said ... The Guard said`, `The Forum said`:
    one capitalised word after `the` that stands for a body named before with it."""
    if " " in name or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    word = name.lower()
    if word in _COMPASS or default_kb().country(name) is not None:
        return None  # `The North accused the South`: a side of a divided country
    for _start, end, entity in reversed(mentions.starting(token.idx - 3000, token.idx)):
        if (
            end <= token.idx
            and entity.kind not in {"person", "government"}
            and word in entity.name.lower().split()[1:]
            and not _group_for_a_states_force(entity, word)
        ):
            return entity
    return None


def _spoken_as(
    token: Token, ctx: _SpeakerContext, head: str, qualifiers: frozenset[str] = frozenset()
) -> _Found | None:
    """The source with ``head`` as its noun, or described by it, that spoke last,
    nearby: who `the spokesperson`, `the website` or `the group` speaking again is (with
    ``qualifiers``, words the earlier noun has too: `Gustavo Petro, a former guerrilla,
    said ... The former guerrilla said`)."""
    for item in reversed(ctx.spoken):
        if item.source is None or token.idx - item.source[0] > 2500:
            break
        earlier = item.source_token
        nouns = (
            [
                earlier,
                *(
                    c
                    for c in earlier.children
                    if c.dep_ == "appos"
                    # (the kind before a name: `Opposition party Les Democrates said ...
                    # The party said`)
                    or (c.dep_ == "compound" and c.pos_ == "NOUN" and earlier.pos_ == "PROPN")
                ),
                # (the description a name is set off after: `a local rights group, the
                # Chadian League for Human Rights`)
                *([earlier.head] if earlier.dep_ == "appos" and earlier.head.i < earlier.i else []),
            ]
            if earlier is not None
            else []
        )
        if (
            earlier is not None
            and earlier.i < token.i
            # (one, not many: `Rights groups accuse ... the group rejects`; nor many for
            # one: `The U.N. Working Group said ... Nine rights groups called`)
            and not (token.tag_ == "NN" and earlier.tag_ == "NNS")
            and not (token.tag_ == "NNS" and earlier.tag_ in {"NN", "NNP"})
            and any(
                n.lemma_.lower() == head and qualifiers <= {t.lower_ for t in n.subtree}
                for n in nouns
            )
            # (a body named in full whose name ends with the noun: `U.S. Central
            # Command ... The command said`; but `An Israeli official said ... The
            # official said`, a source left unnamed)
            and (
                item.speaker is not None
                or item.speaker_name.lower().split()[-1:] != [head]
                or item.speaker_name.split()[-1].islower()
            )
            # (`The Arakan Army said ... The army said`: a state's army, not the group)
            and not _group_for_a_states_force(item.speaker, head)
        ):
            return item
    return None


def _of_name_after(token: Token) -> str:
    """The rest of a name that runs on with `of` (`the Joint Chiefs of Staff`, `the
    Secretary of State`): ` of Staff`, or nothing."""
    doc = token.doc
    if (
        token.i + 2 >= len(doc)
        # (a body's or an office's word: not `Salim of Hodeidah`, a person and a place)
        or not (
            token.tag_ == "NNPS"
            or token.lower_ in TITLES | _BODY_WORDS | _INSTITUTION_WORDS | {"chiefs"}
        )
        or doc[token.i + 1].lower_ not in {"of", "for"}
        or doc[token.i + 1].head != token
    ):
        return ""
    # (`the Movement for the Salvation of the Sahel`, `the Commission for Human Rights and
    # Good Governance`: capitalised words, and the small words between them)
    end = last = token.i + 2
    while end < len(doc):
        word = doc[end]
        if word.is_title and word.pos_ in {"PROPN", "NOUN", "ADJ"}:
            end = last = end + 1
        elif word.lower_ in {"of", "and", "for", "the"} and end + 1 < len(doc):
            end += 1
        else:
            break
    if last == token.i + 2:
        return ""
    return " " + doc[token.i + 1 : last].text


def _proper_name(token: Token) -> str:
    """The run of proper nouns ending at ``token``, without titles: `Mesut Casin`."""
    doc = token.doc
    start = token.i
    while start > token.sent.start and (
        (doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i >= token.i - 4)
        # `Shafiq-ul-Rehaman`: parts of a hyphenated name
        or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and start >= 2)
        or (start < len(doc) and doc[start].text == "-" and not doc[start - 1].whitespace_)
    ):
        start -= 1
    while start < token.i and doc[start].lower_ in TITLES:
        start += 1
    return doc[start : token.i + 1].text


def _person_by_surname(mentions: list[tuple[int, int, Entity]], name: str) -> Entity | None:
    last = name.split()[-1].lower() if name else ""
    one_word = " " not in name.strip()
    # (each person once, in the order first named; not one of another given name,
    # `Tasila Lungu` after `Edgar Lungu`)
    given = name.split()[-2].lower() if not one_word else ""
    people = [
        e
        for e in {id(e): e for _s, _e, e in mentions if e.kind == "person"}.values()
        if not (
            given
            and len(given) > 2
            and not given.endswith(".")
            and len(e.name.split()) > 1
            and not e.name.lower().startswith(given[:2])
            and given not in e.name.lower().split()
        )
    ]
    for entity in people:
        # (`Sudani` for `Mohammed Shia al-Sudani`: an article the surname may drop)
        if last in surname_forms(entity.name.split()[-1].lower()):
            return entity
    for entity in people:
        # `Kim Jong Un ... Kim said`: a family name first
        if one_word and family_name(entity.name, entity.country) == last:
            return entity
    if one_word:
        # `Army spokesperson Winthai Suvaree ... Winthai said`: family or given name first
        unknown = {e.name: e for e in people if e.kb_id is None}
        named = unknown.get(first_named(last, unknown) or "")
        if named is not None:
            return named
    # A surname spelt a little differently (`Chaundry` for `Chaudhry`).
    for entity in people:
        surname = entity.name.split()[-1].lower()
        if len(last) >= 5 and surname[:1] == last[:1] and _similar(surname, last) >= 0.8:
            return entity
    return None


def _name_chars(token: Token) -> tuple[int, int]:
    """The characters of a name around its head token (`Mr Lukashenko`)."""
    start = token
    for child in token.lefts:
        if child.dep_ in {"compound", "flat", "amod"} and child.i >= token.i - 4:
            start = child
            break
    return start.idx, token.idx + len(token.text)


def _first_entity_in(mentions: _Mentions, start: int, end: int) -> Entity | None:
    for _m_start, m_end, entity in mentions.starting(start, end):
        if m_end <= end and entity.kind != "document":
            return entity
    return None


def _person_named_as_a_body(entity: Entity) -> bool:
    """A name the tagger took for a body's that starts with a known given name and has
    no body's word in it (`Yulia Navalnaya`): a person's, for the pronouns after it."""
    words = entity.name.split()
    return (
        entity.kind == "organization"
        and entity.kb_id is None
        and 2 <= len(words) <= 3
        and given_names().get(words[0].lower()) is not None
        and not any(w.lower() in _BODY_WORDS | _INSTITUTION_WORDS for w in words)
    )


def _gender(name: str) -> str | None:
    words = name.replace("Mr.", "Mr").split()
    if not words:
        return None
    owned = next((n for n, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if owned is not None and owned + 1 < len(words):
        # `Maia Sandu's spokesman`: the one the role names, not its owner
        return _GENDERED_ROLES.get(words[-1].lower())
    if words[0] in {"Mr", "Sir", "King", "Prince"}:
        return "m"
    if words[0] in {"Ms", "Mrs", "Ms.", "Mrs.", "Dame", "Queen", "Princess"}:
        return "f"
    if words[0].lower() in _FAMILY_NAMES_FIRST and 2 <= len(words) <= 3:
        return None  # `Li Kyarwen`, `Wang Yi`: a family name, which tells no gender
    return given_names().get(words[0].lower())


#: Common Chinese, Korean and Vietnamese family names, written first: `Li Kyarwen`.
_FAMILY_NAMES_FIRST = _words(
    """li wang zhang liu chen yang huang zhao zhou wu xu sun zhu hu guo lin luo gao zheng
    liang xie song tang han feng deng cao peng xiao tian dong pan yuan cai jiang du ye wei
    su kim park choi nguyen tran pham"""
)


def _own_pronoun_gender(
    doc: Doc, item: _Found, mentions: _Mentions, *, sentence_before: bool
) -> str | None:
    """The gender of the speaker's own pronoun opening what they said (`Garma said she
    saw the lists`; in quoted words `she` is another), where no other person was named
    from the start of its sentence (or of the one before) up to it, whom it may be."""
    if item.kind != "indirect":
        return None
    first = doc[_token_at(doc, item.content[0])]
    gender = _pronoun_gender(first.lower_) if first.dep_ == "nsubj" else None
    floor = doc[_sentence_before(first)].idx if sentence_before else first.sent.start_char
    if gender is not None and any(
        e.kind == "person" and e is not item.speaker
        for _s, _e, e in mentions.starting(floor, item.content[0])
    ):
        return None
    return gender


def _source_gender(doc: Doc, item: _Found) -> str | None:
    """The gender a source's words tell, by its name or role (`Ana Ruiz, an army
    spokeswoman`)."""
    if item.source is None:
        return None
    words = _text(doc)[item.source[0] : item.source[1]].split()
    named = item.speaker is not None and item.speaker.kind == "person"
    return (
        _courtesy_gender(doc, item)
        or _gender(item.speaker_name)
        or next(
            (
                _GENDERED_ROLES[w.lower()]
                for w in words
                if w.lower() in _GENDERED_ROLES
                # (a title some outlets give women too: `Government spokesman Yawa
                # Kouigan ... she said`; it tells the gender of one left unnamed)
                and not (named and w.lower() in _TITLES_FOR_ANYONE)
            ),
            None,
        )
    )


def _courtesy_gender(doc: Doc, item: _Found) -> str | None:
    """The gender a source's courtesy title tells (`Ms. Ali`, `Mr Nour`)."""
    if item.source is None:
        return None
    words = _text(doc)[item.source[0] : item.source[1]].split()
    # (not one named after another's: `Mr Ghobadlou's mother`)
    if not words or words[0] not in _COURTESY or any(w.endswith(("'s", "’s")) for w in words):
        return None
    return _gender(words[0])


def _entity_gender(entity: Entity) -> str | None:
    """An actor's gender: the knowledge base's where it records one (`Kim Jong Un`),
    else what the name tells."""
    entry = default_kb().get(entity.kb_id) if entity.kb_id else None
    if entry is not None and entry.gender is not None:
        return entry.gender
    return _gender(entity.name)


def _titled_gender(doc: Doc, entity: Entity) -> str | None:
    """The gender the courtesy titles before an actor's mentions tell, where they agree
    (`Ms Piquer`, whatever the name tells)."""
    text = _text(doc)
    titled = {
        _gender(before[-1])
        for m in entity.mentions
        if (before := text[max(0, m.start - 5) : m.start].split()) and before[-1] in _COURTESY
    }
    return titled.pop() if len(titled) == 1 else None


#: Titles of courtesy, which tell a gender: `Mr`, `Ms.`.
_COURTESY = frozenset(("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs."))


def _pronoun(token: Token, ctx: _SpeakerContext, depth: int = 0) -> tuple[Entity | None, str]:
    """The speaker a pronoun subject refers to: the most recent compatible person (for
    he/she) or body (for they/it) that spoke or was a subject shortly before."""
    doc = ctx.doc
    lower = token.lower_
    wanted_gender = _pronoun_gender(lower)
    person = lower in _PRONOUNS_PERSON
    window = max(0, token.idx - 1500)

    def fits(entity: Entity | None, name: str) -> bool:
        is_person = (
            entity.kind == "person" or _person_named_as_a_body(entity)
            if entity is not None
            else _looks_personal(name)
        )
        if is_person != person:
            return False
        gender = (
            (_titled_gender(doc, entity) or _entity_gender(entity))
            if entity is not None
            else _gender(name)
        )
        if gender is None and entity is not None and wanted_gender is not None:
            gender = ctx.spoken_gender(entity)
        return wanted_gender is None or gender is None or gender == wanted_gender

    def fits_item(item: _Found) -> bool:
        titled = _courtesy_gender(doc, item)
        if titled is not None:  # (`Ms. Ali`, whatever the name tells)
            return person and wanted_gender in {None, titled}
        return fits(item.speaker, item.speaker_name)

    accused_word = _accused_answering(token)
    if (
        accused_word is not None
        and accused_word.dep_ in _SUBJECT_DEPS
        and any(
            f.source is not None
            and f.speaker is not None
            and f.cue[0] < token.sent.start_char
            and f.cue[0] >= doc[_sentence_before(token)].idx
            and (_titled_gender(doc, f.speaker) or _entity_gender(f.speaker)) == wanted_gender
            for f in ctx.spoken
        )
    ):
        # (one told of keeps silent only where the pronoun is not plainly the one who
        # told: `Senator Risa Hontiveros said Marcos ... She did not respond`)
        accused_word = None
    if accused_word is not None:
        accused = ctx.mentions.at(*_name_chars(accused_word))
        if accused is not None:
            if fits(accused, accused.name):
                return accused, accused.name
        elif (accused_word.lemma_.lower() in _PERSON_NOUNS) == person:
            # (one not named: `the mayor`, `he`; `Los Lobos`, `it`; the words up to the
            # noun, not the charge hung on it)
            words = doc[accused_word.left_edge.i : accused_word.i + 1]
            return None, _group_name(doc, (words.start_char, words.end_char))
        elif person and accused_word.pos_ == "PROPN" and accused_word.dep_ == "dobj":
            return None, _proper_name(accused_word)  # (a name no list knows: `Mr Peevski`)
    told_of = _owner_told_of_before(token, ctx)
    if told_of is not None and fits(told_of, told_of.name):
        return told_of, told_of.name
    cue = token.head
    if person and token.dep_ == "nsubj" and cue.dep_ == "advcl" and cue.head.i < token.i:
        # `Roque drew criticism when he said ...`: the subject of the clause it hangs on
        named = _named_subject(cue.head, ctx)
        if named is not None and (named[1] is None or fits(named[1], named[2])):
            return named[1], named[2]
    best: tuple[int, Entity | None, str] | None = None
    near = [f for f in ctx.spoken if f.source is not None and window <= f.source[0] < token.idx]
    for item in near:
        if (
            item.source is not None
            and (
                fits_item(item)
                or (
                    person
                    and (_one_person(item) or _bare_surname(item))
                    and _source_gender(doc, item) in {None, wanted_gender}
                    # (`A police officer said he could not confirm it. "...," she said`)
                    and _own_pronoun_gender(doc, item, ctx.mentions, sentence_before=False)
                    in {None, wanted_gender}
                )
            )
            # (`it` is not `a woman from Karnataka`, one person left unnamed)
            and (person or not _one_person(item))
            # (not one named inside another's claim: `agreed with Biden's remark that ...`)
            and not any(
                o.content[0] <= item.source[0] < o.content[1] for o in near if o is not item
            )
            # (nor one who relays another's claim: `The minister said ..., al-Masirah
            # reported. He added`)
            and not _relays_a_claim(item, near)
            # `it` is one body, not `legal experts and political groups`
            and not (lower in {"it", "its"} and _plural_source(item))
            # (not the one who answers the claim the pronoun owns: `The minister rejected
            # her claim that ...` is another's claim)
            and not (
                token.dep_ == "poss"
                and token.head.lemma_.lower() in CLAIM_NOUNS
                and item.cue_lemma in _DENIAL_CUES | _DISPUTE_CUES
                and (answer := doc.char_span(*item.cue, alignment_mode="expand")) is not None
                and answer.root.is_ancestor(token)
            )
        ):
            best = (item.source[0], item.speaker, item.speaker_name)
    sent_start = token.sent.start_char
    prev_start = doc[_sentence_before(token)].idx
    quoted = next(
        (q for q in _quotes_ending_in(ctx.quotes, sent_start, token.idx) if q[0] < sent_start),
        None,
    )
    if quoted is not None and (opening := doc.char_span(*quoted, alignment_mode="expand")):
        # `Shah ruled out talks. "There is no need. Those who want to can come," he
        # said`: the sentence before is the one before the quotation opened
        prev_start = min(prev_start, doc[_sentence_before(opening[0])].idx)
    # `Analysts believe Russia may attack, though they caution ...`, `Officials said they
    # expected Russia to attack. They said ...`: a subject inside what a speaker of this
    # sentence or the one before said is not who goes on speaking.
    told: list[tuple[int, int]] = []
    for item in reversed(ctx.spoken):  # (in the order of their cues)
        if item.cue[0] < prev_start:
            break
        if (
            item.content[1] <= token.idx
            and item.source is not None
            and (fits_item(item) or (person and (_one_person(item) or _bare_surname(item))))
        ):
            told.append(item.content)
    # (`Ahmed Qudeih, 41, from Khan Younis, said`: a name in how a speaker was described
    # is not who goes on speaking)
    described = [
        (chars[0], chars[1], f.speaker)
        for f in near
        if (chars := f.written or f.source) is not None
        # (one left unnamed: only the words describing it, where a name may be another's:
        # `The head of the jail, where John Smith is held, said`; one named in full the
        # tagger cut short: `Maria Corina Machado`, not its `Maria Corina`)
        and (f.speaker is not None or _looks_described(f) or _looks_personal(f.speaker_name))
    ]
    # (one who relays another's claim is not who goes on: `The minister said ...,
    # al-Masirah reported. He added`)
    relaying = [f.source for f in near if f.source is not None and _relays_a_claim(f, near)]
    for m_start, m_end, entity in ctx.mentions.starting(prev_start, token.idx):
        if (
            _in_quote(ctx.quotes, m_start, m_end)
            or any(a <= m_start < b for a, b in relaying)
            or (any(a <= m_start < b for a, b in told) and not _reported_of(doc, m_end))
            or _named_in_what_it_says(token, m_start)
            or any(a <= m_start < b and e is not entity for a, b, e in described)
        ):
            continue
        span = doc.char_span(m_start, m_end, alignment_mode="expand")
        subject = (
            span is not None
            and _in_subject(span.root)
            # (of a clause of time or reason after the main one, not who the sentence is
            # about: `Maduro spoke after Ali had left. He said ...`)
            and not _subject_of_later_subordinate(span.root)
        )
        if span is not None and any(
            a.lemma_.lower() == "ask" and a.dep_ == "advcl" for a in span.root.ancestors
        ):
            continue  # `Asked about Doumbouya's pledge, he said`: what he was asked about
        if span is not None and _answers_in_an_aside(span.root):
            continue  # `..., a claim Taiwan's military denied. It said`: still the claimant
        if (
            span is not None
            and not subject
            and token.head.i > span.root.i
            and token.head in span.root.ancestors
        ):
            continue  # `In a statement posted on Telegram, it said`: where it spoke, not who
        if (
            (
                subject
                # (one named in the sentence but not its subject only where nobody who
                # fits was its subject or spoke in it: `Ruiz told the Herald before she
                # spoke` is Ruiz)
                or (m_start >= sent_start and (best is None or best[0] < sent_start))
            )
            and fits(entity, entity.name)
            and (best is None or m_start > best[0])
        ):
            best = (m_start, entity, entity.name)
    if person and (best is None or best[0] < prev_start):
        best = _person_before(token, ctx, fits, depth, best)
    if person and best is not None and best[0] < prev_start and wanted_gender is not None:
        # `Spokesman X said ... A young man standing nearby was more blunt. "...," he
        # said`: one left unnamed, the subject of the sentence just before, after all
        # who spoke
        one = _unnamed_subject_before(
            token,
            lambda t: (
                _people_made_subject(t, token, "NN", told, ctx.quotes)
                and t.idx >= prev_start
                and _GENDERED_ROLES.get(t.lower_, wanted_gender) == wanted_gender
                # (one new to the story, not `The colonel`, one named before; and not one
                # who spoke, whose words tell who they are)
                and any(c.lower_ in {"a", "an", "another", "one"} for c in t.lefts)
                and not any(f.source_token is not None and f.source_token.i == t.i for f in near)
            ),
        )
        if one is not None:
            best = one
    if lower == "they" and best is not None and best[0] < sent_start:
        # `The government said ... Relatives told a different story. They said`: people
        # the reporter made the subject after the last who spoke, not one told of
        people = _unnamed_subject_before(
            token, lambda t: _people_made_subject(t, token, "NNS", told, ctx.quotes)
        )
        if people is not None and people[0] > best[0]:
            best = people
    if lower == "they" and best is None:
        # `Sudanese protesters gathered ... They demanded`: a plural subject just before
        # (not one in their own words: `"The elections were rigged," they said`).
        best = _unnamed_subject_before(
            token,
            lambda t: (
                t.tag_ in {"NNS", "NNPS"}
                and t.lower_ not in _NOT_SOURCES
                and not token.head.is_ancestor(t)
            ),
        )
    if lower in {"it", "its"} and best is None:
        # `State television showed footage it said was ...`: a body just before (also
        # its owner: `The ministry opened an inquiry. Its spokesman said`).
        best = _unnamed_subject_before(
            token, lambda t: t.tag_ in {"NN", "NNP"} and t.lemma_.lower() in _SPEAKING_BODIES
        )
    if best is None and person:
        # `The same message came from Commission chief Ursula von der Leyen. "...," she
        # said`: no compatible subject, so the last compatible person named.
        for m_start, m_end, entity in ctx.mentions.starting(window, token.idx):
            if (
                not _in_quote(ctx.quotes, m_start, m_end)
                and not _named_in_what_it_says(token, m_start)
                and entity.kind == "person"
                and wanted_gender is not None
                and (_titled_gender(doc, entity) or _entity_gender(entity)) == wanted_gender
            ):
                best = (m_start, entity, entity.name)
    if best is None and person:
        # `The minister spoke on Saturday. "...," he said`: an unnamed person, the subject
        # just before (not one told of: `Salama said the president would travel. She
        # said`)
        best = _unnamed_subject_before(
            token,
            lambda t: (
                t.tag_ == "NN"
                and t.lemma_.lower() in _PERSON_NOUNS
                and not any(a <= t.idx < b for a, b in told)
                # (in a sentence before: not one in the words the pronoun says, `"The
                # governor has abandoned us," he said`)
                and t.i < token.sent.start
                and not _in_quote(ctx.quotes, t.idx, t.idx + len(t))
            ),
        )
    if best is not None:
        return best[1], best[2]
    return None, token.text


def _people_made_subject(
    t: Token, pronoun: Token, tag: str, told: list[tuple[int, int]], quotes: list[tuple[int, int]]
) -> bool:
    """Whether ``t`` is a noun for a person (or people, by ``tag``) the reporter made a
    subject before the pronoun's sentence: not one told of in what was said, nor one in
    quoted words."""
    return (
        t.tag_ == tag
        and (
            t.lemma_.lower() in _PERSON_NOUNS
            # (`Thousands of women marched`)
            or (
                tag == "NNS"
                and t.lemma_.lower() in _CROWD_COUNTS
                and any(
                    g.lemma_.lower() in _PERSON_NOUNS
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                )
            )
        )
        and t.i < pronoun.sent.start
        and not any(a <= t.idx < b for a, b in told)
        and not _in_quote(quotes, t.idx, t.idx + len(t))
    )


#: Nouns that count a crowd: `Thousands of women`.
_CROWD_COUNTS = _words("thousand hundred dozen score million")

#: Conjunctions that open a clause of time or reason: `after Ali had left`.
_SUBORDINATE_MARKS = _TIME_MARKS | _words("because although though")


def _subject_of_later_subordinate(name: Token) -> bool:
    """Whether a name is the subject of a clause of time or reason that follows its
    sentence's main clause, which has a named subject of its own (`Maduro spoke after
    Ali had left`)."""
    while name.dep_ in {"compound", "flat"}:
        name = name.head
    clause = name.head
    if name.dep_ not in _SUBJECT_DEPS or clause.dep_ != "advcl" or clause.head.i > name.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in clause.children):
        return False
    return any(
        c.dep_ in _SUBJECT_DEPS and c.pos_ == "PROPN" and c.i < clause.i
        for c in clause.head.children
    )


def _relays_a_claim(item: _Found, spoken: list[_Found]) -> bool:
    """Whether a claim closes its sentence after another's claim with its source and
    cue inside it, relaying it: `The minister said the spies would be tried, al-Masirah
    reported`."""
    return item.source is not None and any(
        o is not item
        and o.source is not None
        and item.content[0] <= o.source[0] < o.cue[1] <= item.content[1] <= item.source[0]
        for o in spoken
    )


def _looks_described(item: _Found) -> bool:
    """Whether an unnamed source is a noun with a clause or phrase set off after it that
    describes it (`The head of the jail, where John Smith is held`)."""
    head = item.source_token
    return (
        head is not None
        and head.pos_ == "NOUN"
        and any(t.dep_ in {"relcl", "acl", "appos"} and t.i > head.i for t in head.subtree)
    )


def _answers_in_an_aside(name: Token) -> bool:
    """Whether a name is the subject of a denial set off after the claim it answers, as a
    relative clause (`..., a claim Taiwan's military denied`, `..., which Beijing
    rejects`): the reporter's aside, after which the claimant goes on speaking."""
    while name.dep_ in {"poss", "compound"}:
        name = name.head
    verb = name.head
    if name.dep_ != "nsubj" or verb.i < name.i:
        return False
    if verb.lemma_.lower() not in _DENIAL_CUES | _DISPUTE_CUES:
        return False
    if verb.dep_ != "relcl":
        # (the claim noun read as a second subject: `..., a claim Lai Ching-te rejected`)
        return _claim_noun_read_as_subject(verb) is not None or any(
            c.dep_ == "nsubj" and c.i < name.i and _claim_noun_set_off(c, verb)
            for c in verb.children
        )
    which = next((c for c in verb.children if c.lower_ == "which"), None)
    return _claim_noun_set_off(verb.head, verb) or (
        which is not None and which.i > 0 and verb.doc[which.i - 1].text == ","
    )


#: Words for how another told something, which a denial rejects: `rejected that
#: explanation`, `dismissed that description`, `His account was disputed by ...`.
_ACCOUNTS = _words(
    "explanation description portrayal notion characterization characterisation narrative"
    " account accounts position stance"
)
#: What one accused denies: `denied the claim`, `has denied wrongdoing`.
_DENIED_WRONGS = _words("claim claims allegation allegations charges wrongdoing involvement")


def _only_person_just_before(token: Token, person: Entity, ctx: _SpeakerContext) -> bool:
    """Whether ``person`` spoke in the sentence before ``token``'s and is the only person
    named from there up to ``token``."""
    start = ctx.doc[_sentence_before(token)].idx
    spoke = False
    for f in reversed(ctx.spoken):  # (in the order of their cues)
        if f.cue[0] < start:
            break
        spoke = spoke or (f.speaker is person and f.cue[0] < token.sent.start_char)
    others = {
        id(e)
        for _s, end, e in ctx.mentions.starting(start, token.idx)
        if end <= token.idx and e.kind == "person" and e is not person
    }
    return spoke and not others


def _owner_told_of_before(pronoun: Token, ctx: _SpeakerContext) -> Entity | None:
    """`Lai is diabetic, his lawyers said`, `Al-Hijri has rejected the offer, his office
    said`: the owner in a source after what was said is the person it is said of."""
    holder = pronoun.head
    verb = holder.head
    if (
        pronoun.dep_ != "poss"
        or pronoun.lower_ not in {"his", "her"}
        or holder.dep_ not in _SUBJECT_DEPS
        or verb.lemma_.lower() not in CUE_VERBS
    ):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < holder.i), None)
    subject = (
        next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None) if clause else None
    )
    if subject is None:
        return None
    told = ctx.mentions.at(*_name_chars(subject))
    return told if told is not None and told.kind == "person" else None


#: Verbs of keeping silent: `He did not respond`, `It could not be reached`.
_SILENT_VERBS = _words("respond comment reach return decline")


def _accused_answering(pronoun: Token) -> Token | None:
    """`Trump has accused Maduro of drug trafficking. He denies the accusation.`,
    `Prosecutors accused the mayor of taking bribes. He did not respond`: a pronoun that
    denies the accusation made in the sentence before, or keeps silent after it, is the
    one accused."""
    verb = pronoun.head
    if (
        pronoun.dep_ not in _SUBJECT_DEPS
        or not (
            (
                verb.lemma_.lower() in _DENIAL_CUES
                # (`He denies the accusation`, `He denied the claim`, `He has denied
                # wrongdoing`)
                and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _ACCUSATIONS | _DENIED_WRONGS
                    for c in verb.children
                )
            )
            or (
                (
                    verb.lemma_.lower() in _SILENT_VERBS
                    and any(c.dep_ == "neg" for c in verb.children)
                )
                or (verb.lemma_.lower() == "decline" and pronoun.dep_ == "nsubj")
            )
        )
        or pronoun.sent.start == 0
    ):
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent.root
    silent = verb.lemma_.lower() not in _DENIAL_CUES
    if silent and before.lemma_.lower() in CUE_VERBS - _ACCUSATION_CUES:
        # `Hontiveros said Marcos had protected his allies. He did not respond to a
        # request for comment.`: the person the claim before told of keeps silent
        clause = next((c for c in before.children if c.dep_ == "ccomp"), None)
        told_of = (
            next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
            if clause is not None
            else None
        )
        if told_of is not None and told_of.ent_type_ == "PERSON":
            return told_of
        return None
    if before.lemma_.lower() not in _ACCUSATION_CUES | _CHARGING:
        return None
    return next((c for c in before.children if c.dep_ == "dobj"), None)


#: Acts that charge someone with a wrong, which the one charged may deny: `The US
#: sanctioned Mr Peevski for corruption. He denies the allegations.`
_CHARGING = _words("sanction indict sue")


def _bare_surname(item: _Found) -> bool:
    """A speaker named by one word no actor knows, as a person is by surname (`Zulum
    said`), not a body (`Police`, `Hamas`): he or she may be them."""
    head = item.source_token
    return (
        # (or a name the tagger took for a body's: `Ryder said`)
        (
            item.speaker is None
            or (
                item.speaker.kind == "organization"
                and not item.speaker.kb_id
                and not item.speaker_name.isupper()
            )
        )
        and head is not None
        # (a singular noun with no article is a name too: `Rind said`, as is a given
        # name, however tagged: `Ashraf said`)
        and (head.pos_ == "PROPN" or head.tag_ == "NN" or head.lower_ in given_names())
        and head.is_title
        and " " not in item.speaker_name
        # (nothing with it but a description set off: `Kaufman, the defence lawyer,`)
        and all(c.dep_ in {"appos", "punct"} for c in head.children)
        and head.lower_ not in _BODY_WORDS | _INSTITUTION_WORDS
        and not _is_state(head.text)
    )


def _reported_of(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a passive cue, what is
    reported of them (`Ruben Vardanyan was reported by his family to have begun a
    hunger strike`), who goes on being spoken of."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return (
        span is not None
        and span.root.dep_ == "nsubjpass"
        and span.root.head.lemma_.lower() in _REPORTED_OF
    )


#: Passive cues whose subject is the one reported of (`was reported to have ...`, `is
#: believed to be ...`); not one told something (`Putin had been briefed`).
_REPORTED_OF = _words("report say believe think understand rumor rumour allege suspect quote cite")


def _named_in_what_it_says(pronoun: Token, start: int) -> bool:
    """Whether the name at ``start`` is inside what the pronoun's own cue reports, before
    it (`Turnout was low, he said`, `Biya cheated, he said`: a reporter who meant the one
    named there would have written `he`, so the name is someone else), or is what the
    relative clause the pronoun speaks in describes."""
    cue = pronoun.head
    if start < pronoun.sent.start_char or start >= pronoun.idx or cue.i == pronoun.i:
        return False
    at = _token_at(pronoun.doc, start)
    if any(a.dep_ == "relcl" and a.head.left_edge.i <= at <= a.head.i for a in pronoun.ancestors):
        return True  # `thanked Trump, who he said had pushed for it`: he is not Trump
    clauses = [c for c in cue.children if c.dep_ in {"ccomp", "parataxis"} and c.i < pronoun.i]
    if (
        cue.dep_ == "parataxis"
        and (
            pronoun.doc[cue.left_edge.i - 1].text in {",", *_QUOTE_MARKS}
            or (cue.left_edge.text == "," and cue.head.i > cue.i)
        )
        and not cue.left_edge.i <= at <= cue.right_edge.i
    ):
        # (`Turnout was low, he said`, the cue hung on what was said; also set off
        # inside it: `Rahmon, he said, had thanked Putin`)
        clauses.append(cue.head)
    return any(c.left_edge.i <= at <= c.right_edge.i for c in clauses)


def _unnamed_subject_before(
    token: Token, fits: Callable[[Token], bool]
) -> tuple[int, Entity | None, str] | None:
    """The last subject that ``fits``, from the sentence before ``token`` up to it, as
    the group it names (`protesters`, `State television`, `minister`)."""
    doc = token.doc
    found = None
    for t in doc[_sentence_before(token) : token.i]:
        if t.dep_ in _SUBJECT_DEPS and fits(t):
            found = (t.idx, None, _group_name(doc, _source_span(t)))
    return found


def _in_subject(token: Token) -> bool:
    """Whether a name is a subject, or part of a longer name that is one (`The United
    Nations High Commission for Refugees (UNHCR) warned ...`: UNHCR, in apposition); not
    a name that describes a common noun (`the Trump administration`, `three members of
    the U.S. Senate`)."""
    for _ in range(6):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        head = token.head
        if (
            token.dep_ == "appos"
            and head.dep_ in _SUBJECT_DEPS
            and head.i < token.i
            and (
                head.lemma_.lower() in _DESCRIPTION_HEADS
                # (a title with no comma before the name: `Orano's chief executive
                # Nicolas Maes visited ...`)
                or token.left_edge.i == head.i + 1
            )
        ):
            # `Sudan's ambassador, Al-Harith Idriss, welcomed ...`: the name of one named
            # by office (not `Her mother, Jane Eng, was born ...`, one named by kin)
            return True
        if (
            token.dep_ not in {"compound", "appos", "pobj", "prep"}
            or head.i == token.i
            or head.pos_ not in {"PROPN", "ADP"}
        ):
            return False
        token = head
    return False


def _another_rank_of(title: Iterable[str], description: Token) -> bool:
    """Whether a title is a deputy's or a former holder's (`Vice President X`) where the
    description is not (`the president`)."""
    own = {c.lower_ for c in description.children}
    if own & _FORMER or _former_by_hyphen(description):
        own |= _FORMER  # (`the ex-president`, after `Former President X`)
    return bool(set(title) & (_FORMER | {"vice", "deputy"}) - own)


def _former_by_hyphen(token: Token) -> bool:
    """Whether a role is written with `ex-` before it (`the ex-president`), which the
    tokenizer splits off and the parser hangs anywhere."""
    doc = token.doc
    return token.i >= 3 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "ex"


def _title_before(doc: Doc, start: int) -> set[str]:
    """The words of the title right before a name (`military spokesperson Ahmed X`,
    `The information minister, Keo Y,`), not others nearby (`the minister shared a video
    of Tola Vann`: no title of his)."""
    words: set[str] = set()
    at = _token_at(doc, start) - 1
    while at >= 0 and len(words) < 6:
        token = doc[at]
        if (
            token.pos_ in {"VERB", "AUX", "ADP"}
            or token.is_sent_end
            or (token.is_punct and token.text != ",")
        ):
            break
        words.add(token.lower_)
        at -= 1
    return words


def _pronoun_gender(lower: str) -> str | None:
    return "m" if lower in {"he", "him", "his"} else "f" if lower in {"she", "her"} else None


def _person_before(
    token: Token,
    ctx: _SpeakerContext,
    fits: Callable[[Entity | None, str], bool],
    depth: int,
    best: tuple[int, Entity | None, str] | None,
) -> tuple[int, Entity | None, str] | None:
    """The person `he` or `she` is when the sentence before names no subject who fits
    and nobody spoke there: that sentence's own `he` (`For Bongani Dube, the campaign
    came too late. But he has since recovered. "...," he said`), else the last person it
    names in any role (`Consider maize grower X, for instance. "...," he said`)."""
    doc = ctx.doc
    before = doc[_sentence_before(token) : token.sent.start]
    if not len(before):
        return best
    gender = _pronoun_gender(token.lower_)
    for earlier in reversed(before):
        if (
            depth < 2
            and earlier.dep_ in _SUBJECT_DEPS
            and _pronoun_gender(earlier.lower_) == gender
            and not _in_quote(ctx.quotes, earlier.idx, earlier.idx + len(earlier))
        ):
            entity, name = _pronoun(earlier, ctx, depth + 1)
            if entity is not None:
                return earlier.idx, entity, name
            break
    if (best is not None and best[0] >= doc[_sentence_before(before[0])].idx) or any(
        # `The minister later toured the terminal with X`: a person unnamed is the
        # subject there, and `he` is more likely them than X.
        t.dep_ in _SUBJECT_DEPS and t.tag_ == "NN" and t.lemma_.lower() in _PERSON_NOUNS
        for t in before
    ):
        return best
    named = _named_subject(before.root, ctx)
    if named is not None:
        # `Japarov visited Batken on Monday. He said`: the one the sentence is about,
        # not another name in it (nor a place the tagger took for a person)
        m_start, entity, name = named
        if entity is None or fits(entity, name):
            return named
    for m_start, m_end, entity in ctx.mentions.starting(before.start_char, before.end_char):
        if not _in_quote(ctx.quotes, m_start, m_end) and fits(entity, entity.name):
            best = (m_start, entity, entity.name)
    return best


#: Kinds of name that are not a person's, for a subject the tagger named.
_NOT_PERSONS = frozenset(("GPE", "LOC", "NORP", "ORG", "FAC", "PRODUCT", "EVENT", "LAW"))


def _named_subject(verb: Token, ctx: _SpeakerContext) -> tuple[int, Entity | None, str] | None:
    """The name that is the subject of a verb outside a quotation: the person it names,
    or a surname the tagger did not know (`Japarov met Rahmon`)."""
    sent = verb.sent
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if (
        subject is None
        or subject.pos_ != "PROPN"
        or subject.ent_type_ in _NOT_PERSONS
        or _in_quote(ctx.quotes, subject.idx, subject.idx + len(subject))
    ):
        return None
    for m_start, m_end, entity in ctx.mentions.starting(sent.start_char, sent.end_char):
        if m_start <= subject.idx < m_end:
            return m_start, entity, entity.name
    if subject.ent_type_ or default_kb().country(subject.text) is not None:
        return None
    words = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    start = words[0] if words else subject
    return start.idx, None, sent.doc[start.i : subject.i + 1].text


def _one_person(item: _Found) -> bool:
    """An unnamed speaker who is one person (`the chief foreign correspondent of the
    Financial Times noted`, `a JetBlue pilot lamented`), or one who speaks for a body
    (`the Pentagon's spokesman said`): `he` or `she` may be them."""
    head = item.source_token
    if (
        head is not None
        and head.pos_ == "PROPN"
        and item.speaker is not None
        and item.speaker.kind == "organization"
        and not item.speaker.kb_id
        and any(
            (c.dep_ == "relcl" and c.doc[c.left_edge.i].lower_ in {"who", "whom"})
            or (
                c.dep_ == "appos"
                and c.lemma_.lower() in _PERSON_NOUNS
                and not _names_a_list(head, c)
            )
            for c in head.children
        )
    ):
        # `Daouda Diallo, who was jailed ...`, `Kaufman, the defence lawyer, said`: a name
        # taken for a body's, of one person described so
        return True
    if head is not None and head.pos_ == "PROPN" and item.speaker is None:
        # `Giorgi, a 21-year-old student, said`: a name the tagger does not know, with
        # a description of one person beside it
        head = next((c for c in head.children if c.dep_ == "appos"), head)
    if (
        head is not None
        and item.speaker is None
        and head.tag_ in {"NNP", "NN", "JJ"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
        and (
            default_kb().country(head.text) is not None
            or (head.lower_ == "old" and any(t.lower_ in {"year", "years"} for t in head.lefts))
        )
    ):
        return True  # `A Syrian told AFP`, `A 19-year-old said`: one person, by origin or age
    if (
        head is not None
        and item.speaker is None
        and head.pos_ == "PROPN"
        and any(c.dep_ == "compound" and c.lower_ in HONORIFICS for c in head.children)
    ):
        return True  # `Mr Hughes said`: a surname the tagger does not know, of one person
    if (
        head is not None
        and head.lower_ == "one"
        and any(
            o.dep_ == "pobj" and (o.lower_ == "them" or o.lemma_.lower() in _PERSON_NOUNS)
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
        )
    ):
        return True  # `One of the witnesses said`, `One of them said`: one person
    return (
        (item.speaker is None or item.speaker.kind != "person")
        and head is not None
        and head.tag_ == "NN"
        and head.lemma_.lower() in _PERSON_NOUNS
    )


#: People who speak for themselves, not for the body named with them (`a JetBlue
#: pilot`, `a Reuters journalist`); a spokesperson or an official speaks for it.
_PRIVATE_PERSONS = _words(
    """pilot passenger driver doctor nurse soldier farmer teacher survivor resident witness
    worker employee student owner correspondent journalist reporter columnist veteran"""
)
#: ... and those who study, write about or have left a state's forces or offices, who
#: speak for themselves too (`A Chinese military expert`, `Russian military bloggers`;
#: not `U.N. experts`, whose panel reports for the body).
_OUTSIDERS_OF_A_STATE = _words(
    "analyst expert blogger researcher historian scholar commentator specialist"
)
#: Nouns for one person (a role or a walk of life).
_PERSON_NOUNS = (
    _ROLE_HEADS
    | _PRIVATE_PERSONS
    | _OUTSIDERS_OF_A_STATE
    | _words(
        """editor professor scientist economist diplomat officer mother father son
        daughter wife husband man woman lawmaker senator chief head aide coordinator widow
        widower brother sister uncle aunt cousin grandmother grandfather priest cleric imam
        pastor bishop monk nun fisherman herder trader vendor shopkeeper merchant activist
        protester demonstrator organizer volunteer medic paramedic surgeon physician
        villager elder refugee mourner neighbor neighbour engineer mechanic guard
        detainee prisoner defendant pharmacist shepherd grocer baker butcher tailor
        electrician carpenter plumber laborer labourer miner smuggler migrant deportee
        influencer youtuber podcaster streamer midwife moderator participant attendee
        bystander passerby commuter spectator supporter opponent politician relative
        teenager teen youth boy girl child student pupil businessman businesswoman voter
        observer candidate pensioner retiree motorcyclist dealer lender changer captain
        sergeant lieutenant corporal skipper sailor seaman crewman trafficker
        broker importer trucker policeman policewoman eyewitness jihadist fighter source
        councillor councilor legislator parliamentarian prefect headmaster headmistress
        militiaman mp inmate convict captive hostage evacuee congressman
        congresswoman assemblyman assemblywoman councilman councilwoman"""
    )
)


#: Who may be warned: a person, people or a body (`warned voters`, `warned the public`).
_WARNED = (
    _PERSON_NOUNS
    | _GROUP_HEADS
    | _BODY_WORDS
    | _words(
        """people public world ally allies voter citizen investor consumer government country
        nation family"""
    )
)
#: Who may be dismissed from a post: `dismissed two officers`, `dismissed the staff`.
_STAFF = _PERSON_NOUNS | _words("staff judge cabinet government coach")


def _dismissed_from_a_post(obj: Token) -> bool:
    """Whether the object of `dismiss` is who was fired: `the president`, `two officers`."""
    return obj.lemma_.lower() in _STAFF or obj.ent_type_ == "PERSON"


def _plural_source(item: _Found) -> bool:
    """Whether a claim's source names more than one (`officials`, `A and B`)."""
    head = item.source_token
    return head is not None and (
        head.tag_ in {"NNS", "NNPS"}
        # `Several said`, `Many told VOA`: people, counted
        or head.lower_ in _PEOPLE_QUANTIFIERS
        # `A and B`, not `the Center for Disease Control, or NCDC`
        or any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
    )


def _looks_personal(name: str) -> bool:
    """A speaker without an entity is a person when named like one (`Mesut Casin`), not
    like a body (`Autonomous Administration`, `Syrian Observatory`)."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in _BODY_WORDS | _INSTITUTION_WORDS for w in words)
    )


#: Words that make a capitalised name a body's, beyond ``_BODY_WORDS``.
_INSTITUTION_WORDS = _words(
    """administration authority government army forces party court assembly parliament
    congress senate union league front movement alliance coalition company corporation
    bank fund university association federation board embassy consulate mission police
    program programme"""
)


_COUNT_OF = re.compile(
    r"^(?:(?:tens|hundreds|thousands|millions|dozens|scores)\s+of\s+)+(?:the\s+)?", re.IGNORECASE
)


def _is_state(word: str) -> bool:
    return default_kb().country(word) is not None


def _group_name(doc: Doc, source: tuple[int, int]) -> str:
    """An unnamed source as written, without a leading article: `Iraqi officials`."""
    text = _text(doc)[source[0] : source[1]].strip()
    # A section word on the line before (`Reaction\nOfficials have not responded`).
    text = text.rsplit("\n", 1)[-1].strip()
    # `Opposition lawmakers, including those in the upper house`: the group, not its members.
    text = re.split(r",\s+(?:including|among them|such as)\b", text)[0]
    # `the ship's transponder — a device that ...`, `The senator, a Republican from Ohio`:
    # the group, not the aside that describes it (but the names that say who they are:
    # `Three senators — A, B and C`).
    text = re.split(r"(?:\s+(?:[—–]|--)|,)\s+(?:a|an)\s+", text)[0]
    # (`Rosneft, the oil company`, `The group, the largest rights body in Israel`; not a
    # list: `Activists, the opposition and rights groups`)
    aside = re.split(r",\s+the\s+", text)
    if (
        len(aside) == 2
        and not re.search(r"\b(?:and|or)\b", aside[1])
        # (not a name set after it: `A spokesman for one group, the Bodu Bala Sena`)
        and not aside[1][:1].isupper()
    ):
        text = aside[0]
    # `several officials, speaking on condition of anonymity`, `a U.S. official who
    # briefed reporters on condition of anonymity`: who, not how they spoke
    text = re.split(r",\s+(?:speaking|talking|writing|who|whose|which|where)\b", text)[0]
    # `a farmer, 52,`: the person, not their age
    text = re.sub(r",\s+\d{1,3}$", "", text)
    unnamed = re.search(r"\s+(?:who|speaking|talking)\s", text)
    if unnamed is not None and _UNNAMED_ON_PURPOSE.search(text, unnamed.end()):
        text = text[: unnamed.start()]
    # `Tens of thousands of Sudanese`: the people, not their number.
    text = _COUNT_OF.sub("", text)
    # `the minister's saying ...`: the owner, not the possessive.
    text = re.sub(r"\s*['’]s$", "", text)
    # `Neither company answered`, `Neither of the owners responded`: each of them
    text = re.sub(r"^neither\s+(?:of\s+)?", "", text, flags=re.IGNORECASE)
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return _with_demonym(" ".join(words))


#: A group named by where it is: `officials in Kabul`, `diplomats from Moscow`.
_GROUP_IN_PLACE = re.compile(r"([A-Za-z]+s) (in|from) ([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)")


#: Groups often posted in a capital from abroad, whose place names no state of theirs.
_POSTED_ABROAD = _words(
    """diplomats envoys ambassadors journalists reporters correspondents foreigners
    observers monitors peacekeepers analysts"""
)


def _with_demonym(group: str) -> str:
    """`officials in Kabul` → `Afghan officials`: one name for a state's unnamed group,
    however the article places it (a capital or the state's name)."""
    match = _GROUP_IN_PLACE.fullmatch(group)
    if match is None or (match.group(2) == "in" and match.group(1).lower() in _POSTED_ABROAD):
        return group  # (`Diplomats in Juba` may be foreign, as written; not `from Moscow`)
    country = lookup_country(match.group(3))
    if country is None or not country.country.demonyms:
        return group
    return f"{country.country.demonyms[0]} {match.group(1).lower()}"


# ---------------------------------------------------------------- flags


def _denied_in_content(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether what was said denies in its own clause (`it was not involved`), not in a
    clause describing a noun (`people who were not involved in violence`)."""
    text = _text(doc)
    for match in _DENIAL_CONTENT.finditer(text, content[0], content[1]):
        token = doc[_token_at(doc, match.start())]
        # (a clause the parser hung on a noun before what was said is no description:
        # `said in a letter that it was not involved`)
        described = any(
            a.dep_ in {"relcl", "acl", "amod"} and a.head.idx >= content[0]
            for a in (token, *token.ancestors)
        )
        if not described:
            return True
    return False


def _hedge_word_of_another(token: Token) -> bool:
    """A hedging word that does not hedge the claim: a noun's label (`executed suspected
    gang members`), hope as a thing (`gives us hope`), the belief of those a relative
    clause describes (`Those who think India is weak are mistaken`), or a measure (`do
    everything possible`)."""
    lemma = token.lemma_.lower()
    return (
        # (`suspected gang members`, `a ship suspected of damaging a cable`: a label)
        (token.lower_ == "suspected" and token.dep_ in {"amod", "acl"})
        or (lemma == "hope" and token.pos_ == "NOUN")
        or (lemma in {"think", "believe", "hope"} and token.dep_ == "relcl")
        # (`People here believe half of it`, `did not believe the report`: trust in a
        # thing, not a belief that something is so)
        or (
            lemma == "believe"
            and token.pos_ == "VERB"
            and token.tag_ != "VBN"
            and any(
                c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "in") for c in token.children
            )
            and not any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in token.children)
        )
        # (`We believe in his innocence`: a conviction, not a doubt)
        # `stronger than they think`, `whatever critics think`: a measure of another's
        # belief, or one set aside
        or (
            lemma in {"think", "believe", "expect", "suspect"}
            and any(
                (c.dep_ == "mark" and c.lower_ == "than")
                or (c.dep_ == "dobj" and c.lower_ in {"whatever", "what"} and c.i < token.i)
                for c in token.children
            )
        )
        # `preparing for possible retaliation`, `discussed the possible effects`: what a
        # thing done is for or about, not a doubt about what was said
        or (token.lower_ == "possible" and token.dep_ == "amod" and token.head.dep_ == "pobj")
        # `would do everything possible`, `as soon as possible`: a measure, not a doubt
        or (
            token.lower_ == "possible"
            and token.i > 0
            and (
                token.doc[token.i - 1].lower_ in {"as", "everything", "all", "anything"}
                or token.head.lower_ in {"everything", "all", "anything", "whatever"}
            )
        )
    )


def _flag(doc: Doc, sents: list[Span], found: list[_Found], mentions: _Mentions) -> None:
    by_sent: dict[int, list[_Found]] = {}
    for item in found:
        by_sent.setdefault(item.sent, []).append(item)
    for item in found:
        content = doc.char_span(*item.content, alignment_mode="expand")
        words = {t.lower_ for t in content} if content is not None else set()
        # (what others are said to say inside it is theirs to hedge: `said the plan, which
        # critics say could fail, was approved`)
        nested = [
            f.content
            for f in by_sent.get(item.sent, ())
            if f is not item
            and item.content[0] <= f.cue[0] < item.content[1]
            and item.content[0] <= f.content[0] < f.content[1] <= item.content[1]
            # (what follows its cue: `critics say could fail`)
            and f.content[0] >= f.cue[1]
            # (not a belief, nor what a finding suggests: `said an assessment suggested the
            # plane may have been downed` is told as likely)
            and f.cue_lemma not in _HEDGING_CUES | _FINDING_CUES
        ]
        # `skeptical about the new dam`: a view of a thing, no statement to hedge
        of_a_thing = content is not None and len(content) > 0 and content[0].lower_ in _STATE_TOPICS
        cue = doc.char_span(*item.cue, alignment_mode="expand")
        # (`in May 2020`: a month, not a modal)
        modal_words = {
            t.lower_
            for t in content or ()
            # (but `may` the modal, which the tagger may take for the month)
            if (t.ent_type_ != "DATE" or (t.lower_ == "may" and t.tag_ == "MD"))
            and t.pos_ != "PROPN"
            and not any(start <= t.idx < end for start, end in nested)
            # `are thought to be`, not `than previously thought`
            and (t.lower_ != "thought" or any(c.dep_ == "auxpass" for c in t.children))
            # `appears to`, `appeared calm`, not `new problems appear every week`
            and (t.lemma_.lower() != "appear" or _seems(t))
            and not _hedge_word_of_another(t)
            # `plans to attack`, not `planning` as a noun (`did not help with planning`,
            # `suspected of planning unrest`, `no plans`), nor a `think tank`
            and not (t.lower_ in {"plans", "planning"} and not _plans_to(t))
            and not (t.lower_ == "think" and t.dep_ == "compound")
            # `could not reach the town`: an inability, as `cannot`, not a doubt (but `could
            # not rule out Russian involvement` holds it possible)
            and not (
                t.lower_ == "could"
                and (
                    any(c.dep_ == "neg" for c in t.head.children)
                    # (`could no longer travel`: as unable)
                    or any(
                        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                        for c in t.head.children
                    )
                )
                and t.head.lemma_.lower() not in {"rule", "exclude"}
            )
            # `as hard as I could`, `everything they could`, `could see the smoke`: what
            # one was able to do, not a doubt
            and not (
                t.lower_ == "could" and (t.dep_ != "aux" or t.head.lemma_.lower() in _PERCEIVING)
            )
            # `made it possible to track them`: what a deed allowed
            and not (t.lower_ == "possible" and t.head.lemma_.lower() == "make")
            # `the question of whether Serbs could vote was settled`: a question, asked
            # not doubted
            and not (
                t.dep_ == "aux"
                and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in t.head.children)
                and t.head.dep_ != "advcl"
            )
            # `rejected a deal that could end the war`: of what a noun would do, not a
            # doubt about what was said
            and not (
                t.dep_ == "aux"
                and t.head.dep_ == "relcl"
                # (a relative clause, its subject the relative word; not `concerns that
                # Trump could return`, what the concern is)
                and (
                    any(
                        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"that", "which", "who"}
                        for c in t.head.children
                    )
                    # (or its object, or none: `weapons (that) they could use`; not a
                    # noun whose clause says what it holds, however parsed: `concerns
                    # that Trump could return`)
                    or (
                        t.head.head.lemma_.lower() not in _CONTENT_CLAUSE_NOUNS
                        and (
                            any(
                                c.dep_ == "dobj" and c.lower_ in {"that", "which", "whom"}
                                for c in t.head.children
                            )
                            or not any(
                                c.lower_ in {"that", "which", "who", "whom"}
                                for c in t.head.children
                            )
                        )
                    )
                )
            )
        }
        if cue is not None and any(
            _seems(t.head) for t in cue if t.head.i != t.i and t.dep_ != "conj"
        ):
            # `Videos appeared to show a fire` (not `said the trial appeared unfair and
            # urged ...`, a cue joined to the clause that seemed)
            modal_words.add("appears")
        if (
            modal_words & _HEDGE_WORDS
            or (item.cue_lemma in _HEDGING_CUES and not of_a_thing)
            # `expressed hope that ...`, `voiced fears that ...`: a hope or a fear
            or (cue is not None and _hope_or_fear_voiced(cue.root))
        ):
            item.flags.add("hedged")
        if (
            (
                item.cue_lemma in _DISTANCING_CUES
                and not words & _ACCEPTED_CLAIMS
                # (`Islamic State claimed the bombing`: claimed as its own deed, as
                # responsibility is)
                and not (
                    item.cue_lemma == "claim"
                    and content is not None
                    and content.root.pos_ == "NOUN"
                    and "ASSAULT"
                    in _deed_kinds(_of_collection(content.root, _COUNTS_OF_THINGS) or content.root)
                )
            )
            or words & _DISTANCING_WORDS
            or item.cue_lemma in _DISTANCING_WORDS  # `allegedly` as the cue
        ):
            item.flags.add("distanced")
        # `India said it had not violated any sanctions`: a wrong denied, a claim of the
        # party's own that others may still answer
        item.exculpating = content is not None and _wrong_denied(content, item, mentions)
        if (
            (item.cue_lemma in _DENIAL_CUES and not _a_thing_rejected(item, content))
            or _denied_in_content(doc, item.content)
            or (cue is not None and any(_belief_denied(t, item.cue_lemma) for t in cue))
            or item.exculpating
            or (content is not None and _denies_in_own_words(content, item, mentions))
            # `described Pakistan's figure as "absolutely incorrect"`, `called the claims
            # baseless`: what another said called untrue
            or (
                cue is not None
                and item.cue_lemma in _CASTING_VERBS | _SAYING_UNTRUE
                and (untrue := _called_false(cue.root)) is not None
                # (in this claim's words, not another's of the same cue: `said the claims
                # were "baseless" and the TTP was a Pakistani problem`)
                and item.content[0] <= untrue.idx < item.content[1]
            )
        ):
            item.flags.add("denial")
    for n, sent in enumerate(sents):
        sent_text = sent.text
        own = by_sent.get(n, [])
        for match in _UNSUPPORTED.finditer(sent_text):
            at = sent.start_char + match.start()
            # `He offered no evidence.` on its own refers back a sentence, and so does a
            # phrase before all its sentence's claims (`The government provided no evidence
            # that ..., and lawyers said ...`).
            phrase_verb = _verb_of_phrase_at(doc, at)
            if own and (
                match.group(0).lower().startswith("without")  # (`Without evidence, X said`)
                or any(min(f.cue[0], f.content[0]) <= at for f in own)
                # (`Peskov, who offered no evidence, said ...`: said of its source)
                or any(
                    phrase_verb.dep_ == "relcl"
                    and f.source_token is not None
                    and phrase_verb.head.i == f.source_token.i
                    for f in own
                )
                # (a claim the phrase names: `offered no evidence for his claim that ...`)
                or any(
                    (cue := doc.char_span(*f.cue, alignment_mode="expand")) is not None
                    and cue.root.pos_ == "NOUN"
                    and phrase_verb.is_ancestor(cue.root)
                    for f in own
                )
            ):
                near = _claims_near(own, at)
            elif _neither_of_two(phrase_verb):
                # `Cabello said ... Nanez said ... Neither official offered proof`: the
                # claims of the last two who spoke
                near = _of_last_two_speakers(
                    [f for m in range(n - 1, max(-1, n - 5), -1) for f in by_sent.get(m, [])]
                )
            else:
                # (the sentence before with words: not a quotation's closing mark the
                # parser left alone before a paragraph break)
                # (or, for a pronoun, the one before that, past one that claims nothing:
                # `X said ... He did not elaborate. He offered no evidence.`)
                subject = _subject(phrase_verb)
                reach = 2 if subject is not None and subject.tag_ == "PRP" else 1
                worded = [m for m in range(n - 1, -1, -1) if _has_words(sents[m])][:reach]
                near = next(
                    (told for m in worded if (told := _claims_told_in(found, sents[m]))), []
                )
                # (`The IDF called the reports false. Iranian officials offered no evidence
                # to support the claim.`: the claims of the one it names, further back)
                named = _claims_of_named_party(sent, phrase_verb, found, mentions, n, sents)
                near = named or [f for f in near if _may_be_its_speaker(doc, phrase_verb, f)]
            for item in near:
                # (not what the speaker said of another: `Ordash said Poland had offered
                # no evidence that the drones were Russian`)
                if not (item.content[0] <= at < item.content[1] and _said_of_another(doc, at)):
                    item.flags.add("unsupported")
        unverified = _UNVERIFIED.search(sent_text)
        if unverified is not None and _NOT_A_CLAIM_DOUBTED.match(sent_text, unverified.end()):
            unverified = None  # `could not confirm the identity of the victims`: no claim
        if unverified is not None and _speakers_own_doubt(
            doc, sent.start_char + unverified.end(), own
        ):
            unverified = None  # `The ministry said it could not confirm the reports`
        if unverified is not None and _party_doubting(doc, sent.start_char + unverified.start()):
            unverified = None  # `The army could not confirm the claim`: a party's silence
        if (
            unverified is not None
            and unverified.group().lower() == "unverified"
            and doc[_token_at(doc, sent.start_char + unverified.start())].dep_ == "amod"
            and any(
                f.content[0] <= sent.start_char + unverified.start() < f.content[1] for f in own
            )
        ):
            unverified = None  # `urged the public not to share unverified videos`: its words
        if unverified is not None:
            # `The claims could not be independently verified` refers back a sentence (or
            # two, past one that claims nothing: `He gave no figures.`); `The Israeli
            # claims could not be verified` to those it names; `Neither figure ...`
            # (`either account`) to the claims of the last two who spoke.
            both = any(
                t.lower_ in {"neither", "both", "either"} and t.dep_ in {"det", "preconj"}
                for t in sent
            )
            # (sentences with words: not a quotation's closing mark left alone)
            worded = list(islice((m for m in range(n - 1, -1, -1) if _has_words(sents[m])), 4))
            earlier = [
                claims
                for m in worded[: 4 if both else 2]
                # (not a bare answer to a claim, which claims nothing of its own to verify:
                # `Rebels said they killed 40 soldiers. The army denied it. That claim
                # could not be independently verified.`)
                # (nor the reason a source gave for speaking unnamed: `He spoke on
                # condition of anonymity, citing security concerns.`)
                if (
                    claims := [
                        f
                        for f in by_sent.get(m, [])
                        if not _bare_answer(doc, f) and f.cue_lemma != "cite"
                    ]
                )
            ]
            if both:
                # `Neither claim could be verified`: those of the last two who spoke (of a
                # count, the last two who gave one: `either figure`)
                recent = [f for claims in earlier for f in claims]
                if any(t.lemma_.lower() in _COUNT_NOUNS for t in sent):
                    recent = [f for f in recent if _gives_a_number(doc, f)] or recent
                earlier = [_of_last_two_speakers(recent)]
            named = _claims_named_by(sent, found, mentions)
            says_what = _doubt_says_what(sent)
            many_named = _many_claims_named(sent) and not both and not says_what
            if says_what:
                # `Reports that rebels had blocked the road could not be confirmed`: what
                # is doubted is told here, no claim before it
                earlier = []
            targets = (
                [
                    f
                    for f in own
                    # (also one opening the sentence: `According to the rebels, ...`)
                    if f.cue[0] >= sent.start_char
                    # (not a claim told after it: `... could not be verified, and the
                    # army denied it`; but one whose source the doubt is set on: `The
                    # letter, whose authenticity could not be verified, said ...`)
                    and (
                        f.content[0] < sent.start_char + unverified.end()
                        or (
                            f.source_token is not None
                            and f.source_token.left_edge.idx
                            <= sent.start_char + unverified.start()
                            < f.source_token.right_edge.idx
                        )
                    )
                ]
                or named
                or _told_in_a_row(
                    # (one speaker's run of claims may go back further: `Garello told
                    # reporters ... "...," Garello said. He added ... The claims ...`)
                    [c for m in worded[:4] if (c := by_sent.get(m, []))]
                    if many_named and not _owner_named(sent)
                    else earlier,
                    many=many_named,
                    # (not one party's, by its owner: `Its claims could not be verified`;
                    # but `Their accounts`, of both)
                    two_sides=any(
                        t.lower_ in _PLURAL_ACCOUNTS
                        and t.dep_ in _SUBJECT_DEPS
                        and not any(c.dep_ == "poss" and c.lower_ != "their" for c in t.children)
                        for t in sent
                    ),
                )
            )
            # (a count named by whose it is is theirs: `The Ukrainian figures ...`)
            # (and the outlet's doubt, not a speaker's own: `Residents said they could not
            # confirm the number`)
            # (a count may have been given a little further back, past a witness's
            # quotations told after it: `X said 12 died. "...," a witness said. "..." The
            # figures could not be verified.`)
            near = [f for claims in earlier for f in claims]
            quoted_only = bool(near) and all(f.kind == "direct" for f in near)
            counted = (
                []
                if both or own or named
                else _counted_claims(
                    doc,
                    sent,
                    [c for m in worded[:4] if (c := by_sent.get(m, []))]
                    if quoted_only
                    else earlier,
                )
            )
            if counted:
                # `VOA could not verify the casualty figures`: the claims that gave them
                # (with the others it names: `the death toll or Cherizier's claims`)
                named_too = any(
                    t.lemma_.lower() in _CLAIMED_THINGS - _COUNT_NOUNS
                    and t.dep_ in _SUBJECT_DEPS | {"dobj", "conj"}
                    for t in sent
                )
                targets = counted + (targets if named_too else [])
            elif not (both or own or named) and (
                told_of := _claims_telling_of_doubted_deed(doc, sent, worded, by_sent)
            ):
                # `Witnesses said gunmen kidnapped 15 women. The mayor said he had warned
                # the army. The kidnapping could not be verified.`: the claim that told of
                # the deed the doubt names
                targets = told_of
            for item in targets:
                item.flags.add("unverified")


#: Verbs of perceiving, whose `could` tells what one was able to perceive.
_PERCEIVING = _words("see hear feel smell watch notice")


def _a_thing_rejected(item: _Found, content: Span | None) -> bool:
    """`Voters rejected foreign military bases`, `Parliament rejected the budget`: a thing
    turned down, not something said denied (`rejected the accusations` is a denial)."""
    if item.cue_lemma != "reject" or content is None:
        return False
    said = _STATED_THINGS | _ACCUSATIONS | _DENIED_WRONGS | _DENIED_THINGS | _REJECTED_WRONGS
    return (
        content.root.pos_ in {"NOUN", "PROPN"}
        and not any(t.pos_ in {"VERB", "AUX"} for t in content)
        # (no word of what was said or done wrong in it: `rejected a chorus of criticism`,
        # `rejected responsibility`, `rejected "a pack of lies"` are denials)
        and not any(t.lemma_.lower() in said or t.lower_ in said for t in content)
    )


#: What one rejects besides what was said: `rejected responsibility`, `"a pack of lies"`.
_REJECTED_WRONGS = _words(
    "responsibility role blame lie lies falsehood fabrication propaganda announcement"
)


def _speakers_own_doubt(doc: Doc, end: int, own: list[_Found]) -> bool:
    """Whether the verb of a doubt ending at char ``end`` (`could not confirm`) has for
    its subject one who speaks in its sentence, or the pronoun that stands for them in
    what they said: the speaker's doubt, not the outlet's (`The ministry said it was
    aware of the reports but could not confirm them`)."""
    verb = doc[_token_at(doc, end - 1)]
    if verb.tag_ == "VBN":
        return False  # `could not be verified`: the outlet's
    subject = _subject(verb)
    while subject is None and verb.dep_ in {"xcomp", "acomp"}:
        verb = verb.head  # (`it had not been able to confirm`: the subject of `been`)
        subject = _subject(verb)
    if subject is None:
        return False
    # (any subject of the doubt inside what was said: `The IAEA said inspectors could not
    # verify the size of the stockpile`, the agency's own words)
    return any(
        (f.source is not None and f.source[0] <= subject.idx < f.source[1])
        or f.content[0] <= subject.idx < f.content[1]
        for f in own
    )


def _claims_telling_of_doubted_deed(
    doc: Doc, sent: Span, worded: list[int], by_sent: dict[int, list[_Found]]
) -> list[_Found]:
    """The claims of the last sentence of the few before that told of the deed a doubt
    names as its subject (`The kidnapping could not be verified`), where the one just
    before did not."""
    deed = next(
        (
            t
            for t in sent
            if t.dep_ in _SUBJECT_DEPS
            and t.pos_ == "NOUN"
            and t.lemma_.lower() not in _CLAIMED_THINGS
            and _deed_kinds(t)
        ),
        None,
    )
    if deed is None:
        return []
    # (the one that says what the doubt says of the deed too, first: `The civilian deaths
    # ...` after `said two civilians were killed` and `said it targeted only fighters`)
    described = _content_lemmas(t for t in deed.subtree if t.i != deed.i)
    recent = [
        [
            f
            for f in by_sent.get(m, [])
            if _tells_of(deed, doc.char_span(*f.content, alignment_mode="expand") or ())
        ]
        for m in worded[:3]
    ]
    for telling in recent:
        also = [
            f
            for f in telling
            if described & _content_lemmas(doc.char_span(*f.content, alignment_mode="expand") or ())
        ]
        if also:
            return also
    return next((telling for telling in recent if telling), [])


def _owner_named(sent: Span) -> bool:
    """Whether the words an outlet doubts are named by whose they are (`Their accounts`,
    `the ministry's figures`)."""
    return any(
        t.lemma_.lower() in _CLAIMED_THINGS and any(c.dep_ == "poss" for c in t.children)
        for t in sent
    )


def _doubt_says_what(sent: Span) -> bool:
    """Whether the words an outlet doubts are a noun of saying with the clause it says
    (`Reports that rebels had blocked the road could not be confirmed`, `could not verify
    claims that ...`)."""
    return any(
        t.dep_ in _SUBJECT_DEPS | {"dobj"}
        and t.lemma_.lower() in _CLAIMED_THINGS
        # (`that` as the clause's conjunction, however the parser hung it)
        and any(c.dep_ in {"acl", "ccomp", "relcl"} and _has_that_mark(c) for c in t.children)
        for t in sent
    )


def _counted_claims(doc: Doc, sent: Span, earlier: list[list[_Found]]) -> list[_Found]:
    """The claims of the last speaker who gave a number, among ``earlier`` sentences'
    claims, when ``sent`` names what it doubts as a count (`the casualty figures`, `the
    death toll`)."""
    counts = [
        t
        for t in sent
        if t.lemma_.lower() in _COUNT_NOUNS and t.dep_ in _SUBJECT_DEPS | {"dobj", "conj"}
    ]
    if not counts:
        return []
    recent = [f for claims in earlier for f in claims]
    # (a count in round words only where none gives one in figures: `lost "thousands of
    # members." That figure ...`)
    numbered = [f for f in recent if _gives_a_number(doc, f)] or [
        f for f in recent if _gives_a_round_count(doc, f)
    ]
    if not numbered:
        return []
    if any(t.lemma_.lower() in {"toll", "casualty"} for t in sent):
        # `The death toll could not be verified`: the count of the dead, not another
        # number told after it (`A villager said he had lost three nephews`)
        text = _text(doc)
        numbered = [
            f for f in numbered if _DEATH_WORDS.search(text, f.content[0], f.content[1]) is not None
        ] or numbered
    if any(t.tag_ == "NNS" and not any(c.dep_ == "poss" for c in t.children) for t in counts):
        # `The army said it killed 45 ... A Fano spokesman said it lost six ... The figures
        # could not be verified`: the counts of each who gave one
        return numbered
    return [f for f in numbered if f.speaker_name == numbered[0].speaker_name]


#: What was said when it is only a refusal to comment: `it had no comment`.
_NO_COMMENT = re.compile(
    r"(it|he|she|they|we|the \w+) (had|has|have) [\"“]?no (further |immediate )?comment"
    r"( at this (stage|time|point)| for now)?[\"”]?"
    # (`it could not comment on individual testimony`, `was unable to comment on it`)
    r"|(it|he|she|they|we|the \w+) ((could|would|will|can) not|cannot|(was|were|is|are) "
    r"unable to) comment( further)?( on [^,;.]+)?"
    r"|(it|he|she|they|we|the \w+) (had|has|have) nothing (further |more )?to add",
    re.IGNORECASE,
)
#: Words that count the dead and the wounded.
_DEATH_WORDS = re.compile(
    r"\b(killed|killing|dead|died|deaths?|casualties|wounded|injured|lives)\b", re.IGNORECASE
)


def _many_claims_named(sent: Span) -> bool:
    """`The figures could not be verified`: claims named in the plural, of no one; or
    by the pronoun of the one who just spoke (`VOA could not verify his account`), all
    that they said."""
    return any(
        t.lemma_.lower() in _CLAIMED_THINGS
        and (
            (
                t.dep_ in _SUBJECT_DEPS
                and t.tag_ == "NNS"
                and not any(
                    c.dep_ in {"poss", "amod", "compound"} and c.lower_ not in _AT_ODDS
                    for c in t.children
                )
            )
            or (
                t.dep_ in _SUBJECT_DEPS | {"dobj"}
                and any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in t.children)
            )
        )
        for t in sent
    )


#: Words for accounts at odds, which name no one's: `The competing accounts ...`.
_AT_ODDS = _words("competing conflicting contradictory contrasting differing opposing rival")
#: Pronouns for whose words an outlet doubts: `his account`, `their claims`.
_OWNER_PRONOUNS = _words("his her their its")


def _has_words(sent: Span) -> bool:
    """Whether a sentence has a word in it: not a quotation's closing mark the parser
    left alone before a paragraph break."""
    return any(t.is_alpha or t.like_num for t in sent)


def _bare_answer(doc: Doc, item: _Found) -> bool:
    """Whether a claim only denies another, with no words of its own (`The army denied
    it`, `rejected the accusations`)."""
    if "denial" not in item.flags:
        return False
    content = doc.char_span(*item.content, alignment_mode="expand")
    return content is not None and not any(t.pos_ in {"VERB", "AUX"} for t in content)


def _told_in_a_row(
    earlier: list[list[_Found]], *, many: bool, two_sides: bool = False
) -> list[_Found]:
    """The claims of the sentence before (``earlier`` runs back from it); named in the
    plural, also those its speaker made in the sentences just before it (`Russia fired
    28 missiles, the air force said. Air defenses shot down 22, it said. The figures
    could not be verified.`)."""
    if not earlier:
        return []
    taken = list(earlier[0])
    speakers = {f.speaker_name for f in taken}
    for claims in earlier[1:] if many else ():
        if not {f.speaker_name for f in claims} <= speakers:
            if (
                two_sides
                and len(taken) == 1
                # (or a denial of what was said before: `... his lawyer said. Prison
                # authorities denied that he was refusing food. The claims ...`)
                and (not _plural_source(taken[0]) or "denial" in taken[0].flags)
            ):
                # `The RSF said it held Heglig. The army said it had withdrawn. The claims
                # could not be verified.`: more than one, so the one before it too (not
                # `Two witnesses said ... The accounts could not be verified.`)
                taken += claims
            break
        taken += claims
    return taken


#: Nouns for what a speaker put out, which an outlet may say it could not verify.
_CLAIMED_THINGS = _CLAIM_OBJECTS | _words("figure figures toll account accounts number numbers")


#: Plural words for what several said, whose doubt may take in two sides' claims.
_PLURAL_ACCOUNTS = _words("claims assertions allegations accounts statements")


def _claims_named_by(sent: Span, found: list[_Found], mentions: _Mentions) -> list[_Found]:
    """The earlier claims a sentence names by their speaker: `The Israeli claims ...`,
    `Russia's figures ...` (by the state's speakers), `The ministry's account ...`."""
    # (the subject, or what the outlet could not confirm: `VOA could not confirm the
    # rebels' claims`)
    subject = next(
        (
            t
            for t in sent
            if t.dep_ in _SUBJECT_DEPS | {"dobj"} and t.lemma_.lower() in _CLAIMED_THINGS
        ),
        None,
    )
    if subject is None:
        return []
    before = [f for f in found if f.cue[0] < sent.start_char]
    pronoun = next(
        (c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None
    )
    if pronoun is not None and before:
        # `Reuters could not verify his account`: all the last speaker told in a row (a
        # person, past a body that spoke after: `Kiiza said ... Police said ... His
        # account could not be verified`)
        latest = next(
            (
                f
                for f in reversed(before)
                if (f.speaker is not None and f.speaker.kind == "person")
                or (f.speaker is None and not _plural_source(f))
            ),
            before[-1],
        )
        return _run_of_speaker(before, latest)
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) or next(
        # (`The Hamas claim`: the name before the noun)
        (c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"),
        None,
    )
    if owner is not None and (party := mentions.at(*_name_chars(owner))) is not None:
        named = [
            f
            for f in before
            if f.speaker is party
            or (party.kind == "government" and f.speaker and f.speaker.country == party.country)
            # (a short name of one named in full: `The Journal's account`)
            or (owner.pos_ == "PROPN" and owner.lower_ in f.speaker_name.lower().split())
        ]
    elif owner is None and (topic := _topic_of_claimed_thing(subject)) is not None:
        # `The claims about the minors could not be verified`: those that told of them
        doc = sent.doc
        named = [
            f
            for f in before
            if sent.start_char - f.cue[0] < 1500
            and (content := doc.char_span(*f.content, alignment_mode="expand")) is not None
            and any(t.lemma_.lower() == topic for t in content)
        ]
    elif (
        (
            word := owner
            if owner is not None
            else next(
                (
                    c
                    for c in subject.children
                    if c.dep_ in {"compound", "amod"} and default_kb().country(c.text) is None
                ),
                None,
            )
        )
        is not None
        and word.pos_ in {"NOUN", "ADJ"}
        and not _each_of_some(word)
    ):
        # `The opposition's casualty figure`, `The rebel claims`: those whose speaker is
        # named with the word
        named = [
            f
            for f in before
            if word.lemma_.lower() in {w.rstrip("s") for w in f.speaker_name.lower().split()}
            or word.lower_ in f.speaker_name.lower().split()
        ]
    else:
        kb = default_kb()
        country = next(
            (
                kb.country(c.text)
                for c in subject.children
                # (`The Thai figures`, the demonym read as a name)
                if c.dep_ in {"amod", "compound"} and kb.country(c.text)
            ),
            None,
        )
        named = [f for f in before if country and _speaker_country(f, kb) == country]
    # those of the last sentence that has any: what the outlet just reported
    last = max((f.sent for f in named), default=None)
    last_told = [f for f in named if f.sent == last]
    if (
        owner is not None
        and owner.dep_ == "poss"
        and last_told
        and len({f.speaker_name for f in last_told}) == 1
        and (
            owner.lemma_.lower() in _PERSON_NOUNS
            or owner.ent_type_ == "PERSON"
            or (last_told[-1].speaker is not None and last_told[-1].speaker.kind == "person")
        )
    ):
        # `The nurse's account could not be verified`, `Oguda's account`: as `his
        # account`, all one person told in a row
        return _run_of_speaker(before, last_told[-1])
    return last_told


def _run_of_speaker(before: list[_Found], latest: _Found) -> list[_Found]:
    """The claims of ``latest``'s speaker told in a row up to it, within two sentences."""
    before = before[: before.index(latest) + 1]
    run: list[_Found] = []
    for f in reversed(before):
        if f.speaker_name != latest.speaker_name or latest.sent - f.sent > 2:
            break
        run.append(f)
    return run[::-1]


def _each_of_some(noun: Token) -> bool:
    """`either side's account`, `each party's figures`: a noun naming no one in
    particular, set off by the word that picks among several."""
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in _PICKING_AMONG for c in noun.children)


#: Words that pick one or all among several: `either side`, `both parties`.
_PICKING_AMONG = _words("either neither both each")


def _topic_of_claimed_thing(noun: Token) -> str | None:
    """What a noun for claims says they are about (`the claims about the minors`): the
    lemma of the word after `about` or `regarding`."""
    return next(
        (
            g.lemma_.lower()
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"about", "regarding"}
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def _seems(verb: Token) -> bool:
    """`appear` in the sense of seem: `appears to be`, `appeared calm`, `it appears
    that`; not `appeared in court`, nor `to make it appear that`, a show put on."""
    return (
        verb.lemma_.lower() in {"appear", "seem"}
        and verb.head.lemma_.lower() != "make"
        and any(c.dep_ in {"xcomp", "acomp", "attr", "ccomp", "oprd"} for c in verb.children)
    )


def _denies_in_own_words(content: Span, item: _Found, mentions: _Mentions) -> bool:
    """`The ministry said it rejected the accusations`, `Peskov said Russia rejected the
    plan`: what was said is itself a denial by the speaker (a pronoun) or the state they
    speak for, in its main clause (not `The mayor said Russia rejected the plan`,
    another's)."""
    root = content.root
    for verb in (root, *_conjuncts(root)):
        if verb.lemma_.lower() not in _DENIAL_CUES or verb.pos_ != "VERB" or _negated(verb):
            continue
        if not content.start <= verb.i < content.end:
            continue  # `said it was suspending the talks and denied the reports`: its own act
        if _removed_from_office(verb):
            continue  # `said they had dismissed the president`
        if verb.lemma_.lower() == "deny" and _refuses(verb):
            continue  # `said she was beaten and denied medical care`: withheld from her
        subject = _subject(verb)
        if subject is None:
            continue
        if subject.tag_ == "PRP" or _named_party_of_speaker(subject, item, mentions):
            return True
        if (
            item.kind == "direct"
            and verb.tag_ in {"VBZ", "VBP"}
            and subject.pos_ == "PROPN"
            and (party := mentions.at(*_name_chars(subject))) is not None
            and party.kind != "person"
        ):
            # `"Pakistan categorically denies any role," the spokesman said`: a body's
            # denial in the present, voiced in the words of one who speaks for it
            return True
    return False


def _named_party_of_speaker(
    subject: Token, item: _Found, mentions: _Mentions, *, state_only: bool = False
) -> bool:
    """Whether a name is the speaker or of the speaker's state (`Peskov said Russia
    rejected the plan`), only as one of the state's bodies if ``state_only``."""
    party = mentions.at(*_name_chars(subject)) if subject.pos_ == "PROPN" else None
    speaker = item.speaker
    if party is None or speaker is None:
        return False
    return party is speaker or (
        (not state_only or party.kind in _STATE_KINDS)
        and party.country is not None
        and party.country == speaker.country
    )


def _wrong_denied(content: Span, item: _Found, mentions: _Mentions) -> bool:
    """`it had not violated any sanctions`: a party saying it did no wrong, a claim of its
    own (a denial, but no answer to another's claim); also of the state it speaks for
    (`Peskov said Moscow had not interfered`)."""
    root = content.root
    if not (
        (
            root.lemma_.lower() in _WRONGS
            # `said they did not open fire`, `had not used excessive force`
            or (root.lemma_.lower() == "open" and any(c.lower_ == "fire" for c in root.children))
            or (
                root.lemma_.lower() == "hold"
                and any(c.dep_ == "dobj" and c.lower_ in _HELD_WRONGLY for c in root.children)
            )
            or (
                root.lemma_.lower() == "use"
                and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in {"force", "ammunition", "weapon"}
                    for c in root.children
                )
            )
            # `had not taken part in the attack`
            or (
                root.lemma_.lower() == "take"
                and any(c.dep_ == "dobj" and c.lower_ == "part" for c in root.children)
            )
        )
        and (_negated(root) or _done_by_none(root))
        # (not a promise: `he will not interfere in the case`)
        and not any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in root.children
        )
        and (subject := _subject(root)) is not None
    ):
        return False
    if subject.tag_ == "PRP":
        return subject.lower_ != "you"
    return _named_party_of_speaker(subject, item, mentions, state_only=True) or (
        _own_forces(subject, item)
    )


def _done_by_none(verb: Token) -> bool:
    """`no officers had taken part`: a deed whose subject is none of them."""
    subject = _subject(verb)
    return subject is not None and any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _own_forces(subject: Token, item: _Found) -> bool:
    """`its soldiers`, `our troops`, `Tajik forces` (by a Tajik speaker), `officers` (by
    the police): the speaker's side's forces, whose wrongs a denial of theirs is the
    speaker's own."""
    # (also a commander's: `Park said his agents had not used force`)
    owned = any(
        c.dep_ == "poss" and c.lower_ in {"its", "their", "our", "his", "her"}
        for c in subject.children
    )
    if subject.lemma_.lower() not in (_OWNED_MEN if owned else _FORCE_MEMBERS):
        return False
    if owned:
        return True
    if (
        subject.tag_ == "NNS"
        and not any(
            c.dep_ in {"poss", "amod", "compound", "det"} and c.lower_ != "no"
            for c in subject.children
        )
        and (_armed_speaker(item) or "police" in item.speaker_name.lower().split())
    ):
        return True  # `Police said officers did not fire`: its own, named bare
    country = item.speaker.country if item.speaker is not None else None
    kb = default_kb()
    return country is not None and any(
        c.dep_ in {"amod", "compound"} and kb.country(c.text) == country for c in subject.children
    )


#: Wrongs a party says it did not do: `said it had not violated any sanctions`.
_WRONGS = _words(
    """violate break breach supply sell target attack kill shoot fire shell bomb strike
    order commit interfere meddle fund finance arm harbor harbour shelter torture abduct kidnap
    steal rig hack spy smuggle launch cross invade start provoke harm block loot plunder
    rape massacre execute starve persecute"""
)
#: Those a party may be said to hold wrongly: `said it does not hold political prisoners`.
_HELD_WRONGLY = _words("prisoner prisoners detainee detainees hostage hostages")
#: Marks of a condition: `if Netanyahu admitted guilt`.
_CONDITIONS = _words("if unless")
#: Who someone has as their own: `Paetongtarn's lawyer`, `his sister`.
_PERSONAL_TIES = _words(
    """lawyer attorney wife husband son daughter mother father brother sister cousin uncle
    aunt friend family relative widow client"""
)
#: Modals of what someone ought to do: `said Herzog should reject the request`.
_OBLIGING = _words("should must ought")


def _labels_things(verb: Token) -> bool:
    """`Meta will label AI-generated images`: `label` with one object and no name given
    to it (not `labeled the group terrorists`, `labeling Obama's actions "an abuse"`,
    `labeled them as traitors`)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    return (
        len(objects) == 1
        and not any(
            c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "npadvmod"}
            or (c.dep_ == "prep" and c.lower_ == "as")
            for c in verb.children
        )
        and not any(
            c.dep_ in {"appos", "npadvmod", "nmod", "oprd", "acl", "relcl"} and c.i > objects[0].i
            for c in objects[0].children
        )
        and not any(t.text in _QUOTE_MARKS for t in verb.subtree if t.i > verb.i)
    )


def _evidence_as_subject(verb: Token) -> bool:
    """`the footage appeared to confirm the crew's account`: a verb of confirming whose
    subject, its own or that of the verb it is raised from, is evidence, not a party."""
    holder = (
        verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _RAISING_VERBS else verb
    )
    subject = next((c for c in holder.children if c.dep_ in _SUBJECT_DEPS), None)
    return (
        verb.lemma_.lower() in _CONFIRMING | _DENIAL_CUES
        and subject is not None
        and subject.lemma_.lower() in _EVIDENCE_SOURCES
        # (figures who deny are people: `Opposition figures rejected the claim`)
        and not (subject.lemma_.lower() == "figure" and verb.lemma_.lower() in _DENIAL_CUES)
    )


#: What one hopes or fears, as the object of a verb of voicing it: `expressed hope`.
_HOPES_AND_FEARS = _words("hope hopes fear fears")
#: Nouns whose `that` clause says what they hold: `concerns that Trump could return`.
_CONTENT_CLAUSE_NOUNS = (
    CLAIM_NOUNS
    | _HOPES_AND_FEARS
    | _words(
        """concern worry risk possibility chance danger prospect threat warning report sign
        suggestion speculation expectation indication evidence rumor rumour"""
    )
)


def _hope_or_fear_voiced(verb: Token) -> bool:
    """`expressed hope that the deal would hold`, `voiced fears that ...`: a hope or a
    fear of what a clause says (not `expressed concern over the crisis`)."""
    return verb.lemma_.lower() in {"express", "voice"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _HOPES_AND_FEARS
        and any(g.dep_ in {"acl", "ccomp"} for g in c.children)
        for c in verb.children
    )


def _removed_from_office(verb: Token) -> bool:
    """`The mutineers said they had dismissed the president`: a dismissal of people from
    their posts, not of what was said."""
    return verb.lemma_.lower() == "dismiss" and any(
        c.dep_ == "dobj" and _dismissed_from_a_post(c) for c in verb.children
    )


def _may_be_its_speaker(doc: Doc, verb: Token, item: _Found) -> bool:
    """Whether the subject of `offered no evidence` may be the one who made ``item``: any
    for a body's claim; for a person's, a pronoun, a description, or a name their source
    or name holds (not `Perera said ... Officials did not give a figure`)."""
    subject = _subject(verb)
    if (
        subject is None
        or item.source is None
        # (a body may be named by its officials or a part of it: `Officials did not
        # provide evidence` after `The government alleged`)
        or item.speaker is None
        or item.speaker.kind != "person"
        # (a description may stand for a speaker named otherwise: `The Belarusian leader
        # offered no evidence`; a name or a bare plural names whom it names)
        or not (
            subject.pos_ == "PROPN"
            or (subject.tag_ == "NNS" and not any(c.dep_ == "det" for c in subject.children))
        )
    ):
        return True
    named = f"{_text(doc)[item.source[0] : item.source[1]]} {item.speaker_name}".lower()
    return subject.lower_ in named or subject.lemma_.lower() in named


def _said_of_another(doc: Doc, at: int) -> bool:
    """Whether the words on evidence at ``at``, inside what was said, are the speaker's
    about someone: with a subject of their own (`Poland had offered no evidence`) or as
    a phrase of the clause (`blaming Pakistan without providing evidence`); not the
    reporter's note the parser joined to it (`..., but offered no evidence`)."""
    word = doc[_token_at(doc, at)]
    if word.lower_ == "without":
        return not _without_set_off(word)
    verb = word.head if word.dep_ in {"aux", "neg"} else word
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _without_set_off(word: Token) -> bool:
    """Whether `without ...` is an aside set off by commas, with what was said going on
    after it: `accused Hezbollah, without providing evidence, of smuggling weapons`, the
    `of` hung on the aside or on the cue (`accused Kyiv, without evidence, of ...`)."""
    doc = word.doc
    if any(c.dep_ == "prep" and _after_comma(doc, c.i) for c in word.children):
        return True
    after = _last_word_hung_on(word) + 2
    return (
        after < len(doc)
        and doc[after - 1].text == ","
        and doc[after].dep_ == "prep"
        and doc[after].head.i == word.head.i
    )


def _plans_to(word: Token) -> bool:
    """`plans to attack`, `were planning an attack`, `has plans for a strike`: a plan
    told, not one denied (`no plans to`) or a noun of planning (`suspected of planning
    unrest`)."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return False
    if word.tag_ == "VBG" and any(c.dep_ == "aux" for c in word.children):
        return True  # `were planning a "revolutionary scenario"`
    return any(
        (c.dep_ in {"xcomp", "acl"} and _infinitive_to(c) is not None)
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in word.children
    )


def _of_last_two_speakers(recent: list[_Found]) -> list[_Found]:
    """The claims of the last two who spoke among ``recent`` (latest first), up to the
    first claim of a third."""
    taken: list[_Found] = []
    speakers: set[str] = set()
    for item in recent:
        if item.speaker_name not in speakers:
            if len(speakers) == 2:
                break
            speakers.add(item.speaker_name)
        taken.append(item)
    return taken


def _neither_of_two(verb: Token) -> bool:
    """`Neither official offered proof`: a subject that is each of two."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject is not None and (
        subject.lower_ == "neither"
        or any(
            c.lower_ in {"neither", "both"} and c.dep_ in {"det", "preconj"}
            for c in subject.children
        )
    )


#: Words that make a subject an outlet: `the news agency`, `state television`.
_MEDIA_WORDS = _MEDIA_KINDS | _words("news television radio")
#: Subjects of a doubt that are the outlet's or no one's: `It was not possible to verify`.
_OUTLETS_WORDS = _words("it we there journalists reporters this that")


def _party_doubting(doc: Doc, at: int) -> bool:
    """Whether the doubt at character ``at`` is a named party's own (`The army could not
    confirm the claim`), not the outlet's (`Reuters could not confirm`, `The claim could
    not be verified`): what the party would not confirm is no flag of the outlet's."""
    verb = _verb_of_phrase_at(doc, at)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ not in _OUTLETS_WORDS
        and subject.text not in _NEWS_AGENCIES
        # (`RFE/RL`, split in three; `The Reuters news agency`)
        and doc[subject.left_edge.i : subject.i + 1].text not in _NEWS_AGENCIES
        and not any(t.text in _NEWS_AGENCIES or t.lower_ in _MEDIA_WORDS for t in subject.subtree)
        # (not a body by name, which may be an outlet: `The Associated Press could not
        # verify`)
        and (
            subject.ent_type_ in {"PERSON", "GPE", "NORP"}
            or (
                not subject.ent_type_
                and subject.lemma_.lower() in _BODY_WORDS | _STATE_FORCES | _PERSON_NOUNS
            )
            # (a body the actor list knows, not a news outlet: `which the U.N. could not
            # verify`)
            or (
                # (the name as written: the lookup drops a leading `the` itself)
                (
                    known := default_kb().lookup(
                        subject.doc[subject.left_edge.i : subject.i + 1].text, metonyms=False
                    )
                )
                is not None
                and known.kind == "organization"
                and known.sector != "media"
            )
        )
    )


def _claims_of_named_party(
    sent: Span,
    verb: Token,
    found: list[_Found],
    mentions: _Mentions,
    n: int,
    sents: list[Span],
) -> list[_Found]:
    """The claims, within the three sentences before, of the party a sentence with no
    claim of its own names as its subject (a body or person the article names, a state by
    its people's word, `Iranian officials offered no evidence`, or a source described
    alike, `The army offered no evidence`), when the sentence before is not theirs; the
    subject is that of ``verb``, the clause the phrase is in (`The Taliban are known to
    inflate tolls and Mujahid offered no evidence` names Mujahid)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON" or n == 0:
        return []
    entity = mentions.at(*_name_chars(subject))
    kb = default_kb()
    country = (
        entity.country
        if entity is not None and entity.kind in _STATE_KINDS
        else next(
            (kb.country(c.text) for c in subject.children if c.dep_ in {"amod", "compound"}),
            None,
        )
        if entity is None
        else None
    )
    described = subject.pos_ == "NOUN" and entity is None and country is None
    if entity is None and country is None and not described:
        return []

    def theirs(item: _Found) -> bool:
        if entity is not None and item.speaker is entity:
            return True
        if described:
            # (`The army said ... The army offered no evidence`: the source so described,
            # or named with the word: `The Group 24 movement said ... The group gave no`)
            return item.source_token is not None and (
                item.source_token.lemma_ == subject.lemma_
                or subject.lower_ in {c.lower_ for c in item.source_token.lefts}
            )
        return country is not None and _speaker_country(item, kb) == country

    # (a source described alike stands for whoever it named: `the main opposition party
    # Chadema called it a fiction ... Chadema said 700 had died. The party offered no
    # evidence`)
    named = {id(f.speaker) for f in found if f.speaker is not None and theirs(f)}
    if any(
        theirs(f) or (described and f.speaker is not None and id(f.speaker) in named)
        for f in _claims_told_in(found, sents[n - 1])
    ):
        return []  # (the sentence before is theirs: it is flagged as it is)
    floor = sents[max(0, n - 3)].start_char
    earlier = [f for f in found if floor <= f.cue[0] < sent.start_char and theirs(f)]
    if not earlier:
        return []
    last = earlier[-1]
    return [f for f in earlier if f.speaker_name == last.speaker_name and f.sent == last.sent]


def _claims_told_in(found: list[_Found], sent: Span) -> list[_Found]:
    """The claims whose words run into ``sent``, with the rest of a quote that goes on
    there (`"Not an accident," Sikorski said. "They were aimed at Poland."`: both)."""
    told = [f for f in found if f.content[0] < sent.end_char and f.content[1] > sent.start_char]
    cues = {f.cue for f in told}
    taken = {id(f) for f in told}
    return told + [f for f in found if f.cue in cues and id(f) not in taken]


def _claims_near(claims: list[_Found], at: int) -> list[_Found]:
    """The claims of a sentence that an evidence phrase at ``at`` belongs to: the one
    whose cue-to-content stretch holds it, else the one that ends last before it (`Israel
    disputes the figure, saying it has killed 20,000, though it has offered no evidence`:
    the number), else all of them."""
    holding = [f for f in claims if min(f.cue[0], f.content[0]) <= at < max(f.cue[1], f.content[1])]
    if len(holding) > 1 and len({f.cue for f in holding}) > 1:
        # (of several cues, the nearest; the clauses of one cue share it: `said without
        # providing evidence that A and that B`)
        holding = [
            min(holding, key=lambda f: max(f.cue[1], f.content[1]) - min(f.cue[0], f.content[0]))
        ]
    before = [f for f in claims if max(f.cue[1], f.content[1]) <= at]
    if not holding and before:
        last = max(max(f.cue[1], f.content[1]) for f in before)
        holding = [f for f in before if max(f.cue[1], f.content[1]) == last]
    return holding or claims


# ---------------------------------------------------------------- records


def _record(doc: Doc, n: int, item: _Found, dates: dict[int, list[tuple[int, DateValue]]]) -> Claim:
    text = _text(doc)
    as_written = item.written or item.source
    if as_written:
        # (`Memorial, which Moscow has declared a 'foreign agent', said`)
        as_written = (as_written[0], _with_closing_mark(text, *as_written))
    source = (
        TextSpan(as_written[0], as_written[1], text[as_written[0] : as_written[1]])
        if as_written
        else None
    )
    return Claim(
        id=f"c{n}",
        speaker=item.speaker.id if item.speaker else None,
        speaker_name=item.speaker_name or (source.text if source else ""),
        source=source,
        cue=TextSpan(item.cue[0], item.cue[1], text[item.cue[0] : item.cue[1]]),
        content=TextSpan(item.content[0], item.content[1], text[item.content[0] : item.content[1]]),
        kind=item.kind or "indirect",
        flags=tuple(
            f
            for f in ("hedged", "unsupported", "unverified", "denial", "distanced")
            if f in item.flags
        ),
        date=_claim_date(doc, item, dates),
    )


def _dates_by_head(doc: Doc, dates: list[DateMention]) -> dict[int, list[tuple[int, DateValue]]]:
    """Resolved dates, with where each starts, by the tokens they hang from: their root
    and up to three heads above it. Indexed once per doc: a long text has many claims
    and many dates."""
    by_head: dict[int, list[tuple[int, DateValue]]] = {}
    for mention in dates:
        if mention.value is None or mention.precision is None:
            continue
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None:
            continue
        token: Token = span.root
        dated = (mention.span.start, DateValue(mention.value, mention.precision))
        for _ in range(4):
            by_head.setdefault(token.i, []).append(dated)
            if token.head.i == token.i:
                break
            token = token.head
    return by_head


def _claim_date(
    doc: Doc, item: _Found, dates: dict[int, list[tuple[int, DateValue]]]
) -> DateValue | None:
    """The date of the speech act: a date expression hanging on the cue, not in the content."""
    if not dates or item.continuation:
        return None
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    if cue is None:
        return None
    for start, value in dates.get(cue.root.i, ()):
        if not item.content[0] <= start < item.content[1]:
            return value
    return None


# ---------------------------------------------------------------- responses


def _responses(
    doc: Doc, sents: list[Span], found: list[_Found], claims: list[Claim], mentions: _Mentions
) -> list[Response]:
    by_cue = {(c.cue.start, c.cue.end, c.content.start): c for c in claims}
    ordered = sorted(zip(found, claims, strict=True), key=lambda fc: fc[1].cue.start)
    out: list[Response] = []
    for sent in sents:
        sent_text = sent.text
        for kind, pattern in _RESPONSE_PATTERNS:
            for match in pattern.finditer(sent_text):
                # (a pattern's `at` group marks its verb where words before it are needed)
                at = sent.start_char + max(
                    match.start(), match.start("at") if "at" in pattern.groupindex else -1
                )
                out += _pattern_responses(doc, sent, at, kind, mentions, ordered)
        for denial, denier, noun in _denials_read_as_nouns(sent):
            kind = "disputed" if denial.lemma_.lower() in _DISPUTE_CUES else "denied"
            answer = _make_response(doc, denial, denier, noun, kind, mentions, ordered)
            if answer is not None:
                out.append(answer)
        set_off: set[int] = set()
        for denial, denier, noun in _answers_set_off(sent):
            if any(r.span.start <= denial.idx < r.span.end and r.party_name for r in out):
                continue  # (found by the parse)
            if noun.lower_ == "which" and not any(
                0 <= noun.idx - c.content.end <= 3 for c in claims
            ):
                continue  # `the plan, which Tehran rejects`: not a claim denied
            kind = "disputed" if denial.lemma_.lower() in _DISPUTE_CUES else "denied"
            answers = [
                _make_response(doc, denial, denier, noun, kind, mentions, ordered, party_token=p)
                for p in (denier, *_conjuncts(denier))
            ]
            if any(a is not None for a in answers):
                out = [r for r in out if not r.span.start <= denial.idx < r.span.end]
                out += [a for a in answers if a is not None]
                set_off.add(denial.i)
        for token in sent:
            if token.i in set_off:
                continue
            # (`..., which Tehran rejects`: a relative verb the tagger read as a noun)
            if token.pos_ != "VERB" and not (
                token.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in token.children)
            ):
                continue
            lemma = _response_lemma(token)
            if lemma not in _RESPONSE_VERBS or _questioned_a_person(token):
                continue
            obj = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            relative = None
            if lemma in _DENIAL_CUES and (
                obj is None
                or obj.tag_ in _RELATIVE_TAGS
                # (`a charge that Belgrade rejects`, with `that` tagged a conjunction)
                or (obj.lower_ == "that" and token.dep_ == "relcl")
            ):
                relative = _denied_by_relative(token)
                if (
                    relative is not None
                    and relative.lower_ == "which"
                    and not any(0 <= relative.idx - c.content.end <= 2 for c in claims)
                ):
                    relative = None  # `the plan, which Tehran rejects`: not a claim denied
                obj = relative or obj
            if (
                lemma in _DENIAL_CUES
                and obj is None
                and (misread := _claim_noun_read_as_verb(token))
            ):
                relative = obj = misread  # `..., charges the army denies`
            if lemma in _DENIAL_CUES | _DISPUTE_CUES and obj is None:
                obj = _claim_noun_read_as_clause(token)  # `Mexico rejects that claim.`
            verb_kind: ResponseKind | None = None
            if obj is not None and _rules_on_a_case(_subject(token), obj):
                continue  # `A court dismissed the charges`: a ruling, no answer
            if _confirm_or_deny(token):
                continue  # `would neither confirm nor deny`: no comment, found as such
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
                continue  # `could be considered if Netanyahu admitted guilt`: no answer given
            if (
                lemma in _DENIAL_CUES
                and not (lemma == "deny" and _refuses(token))
                and (
                    relative is not None
                    or (
                        obj is not None
                        and obj.lemma_.lower() in _CLAIM_OBJECTS | _DENIED_THINGS | _ACCOUNTS
                    )
                    # `dismissed those concerns`: fears others voiced (not `rebuffed fears
                    # that ...`, `concerns about X`, of a thing)
                    or (
                        obj is not None
                        and obj.lemma_.lower() in {"concern", "fear"}
                        and any(c.lower_ in {"those", "these", "such"} for c in obj.children)
                    )
                    # `rejected the numbers`, `the count`: what was counted before (not
                    # `rejected passport numbers`)
                    or (
                        obj is not None
                        and obj.lemma_.lower() in {"number", "count"}
                        and any(
                            c.lower_ in {"the", "those", "these", "such"} or c.dep_ == "poss"
                            for c in obj.children
                        )
                        and not any(c.dep_ in {"compound", "amod"} for c in obj.children)
                    )
                    or _denied_what_was_said(token, obj)
                    or (
                        lemma == "deny"
                        and (
                            any(c.dep_ in {"xcomp", "ccomp"} for c in token.children)
                            or (obj is not None and _gerund_read_as_adjective(token, obj))
                            or _any_deed(obj)
                        )
                    )
                )
            ):
                # `X denied the claims`, `Y rejected Mr X's accusations`, `denied involvement`.
                verb_kind = "denied"
            elif (falsified := _called_false(token)) is not None:
                # `called the claims baseless`, `said the reports were lies`.
                obj, verb_kind = falsified, "denied"
            elif (
                lemma in _CONFIRMING
                and (obj is not None or _clausal_child(token) is not None)
                and not _confirmation_wished(token)
                # `the boy was admitted to hospital`: no admission of anything
                and not (lemma == "admit" and obj is not None and obj.dep_ == "nsubjpass")
            ):
                verb_kind = "confirmed"
            elif (
                lemma in {"respond", "reply", "react"}
                and not _negated(token)
                and token.tag_ != "VBG"
            ):
                # `Mao Ning responded to the news reports`: an answer on the same matter.
                to = next(
                    (c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None
                )
                answered = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
                responder = _subject(token)
                if (
                    answered is not None
                    and answered.lemma_.lower() in _CLAIM_OBJECTS
                    # (not `Firefighters responded to reports of a fire`: they went there)
                    and not (responder is not None and responder.lemma_.lower() in _CALLED_OUT)
                    # (nor a response told of in another's words: `The mayor said police
                    # failed to respond to warnings`)
                    and not _inside_reported_words(token)
                    # (nor one still awaited: `has yet to respond`, a silence)
                    and not (
                        token.dep_ == "xcomp"
                        and any(c.lower_ == "yet" for c in token.head.children)
                    )
                ):
                    obj, verb_kind = answered, "disputed"
            elif (
                lemma == "say"
                and token.dep_ == "relcl"
                and not _negated(token)
                and (untrue := _denied_by_relative(token)) is not None
                and untrue.tag_ != "WDT"
                and _claim_noun_set_off(untrue, token)
                and any(
                    c.dep_ == "ccomp"
                    and any(
                        a.dep_ in {"acomp", "attr"} and a.lower_ in _UNTRUE_WORDS
                        for a in c.children
                    )
                    for c in token.children
                )
            ):
                # `..., a claim the army said was false`: a denial of what was just said
                obj, verb_kind = untrue, "denied"
            elif (
                lemma in _DISPUTE_CUES
                and token.dep_ == "relcl"
                # (not `..., a claim his attorneys did not dispute`)
                and not _negated(token)
                and (disputed := _denied_by_relative(token)) is not None
                and _claim_noun_set_off(disputed, token)
            ):
                # `..., a claim the coast guard disputed`: a dispute of what was just said
                obj, verb_kind = disputed, "disputed"
            elif (
                lemma in _DISPUTE_CUES
                and obj is not None
                and obj.dep_ == "nsubjpass"
                and obj.lemma_.lower() in _CLAIM_OBJECTS | _ACCOUNTS
                and any(c.dep_ == "agent" for c in token.children)
            ):
                verb_kind = "disputed"  # `The claim was disputed by Ukraine's foreign ministry`
            elif lemma in _DENIAL_CUES | _DISPUTE_CUES and token.tag_ == "VBN" and obj is None:
                # `a theory dismissed by the ambassador as a conspiracy`: a passive denial
                # (`an account disputed by witnesses`: a dispute)
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                if agent is not None:
                    verb_kind = "denied" if lemma in _DENIAL_CUES else "disputed"
            if verb_kind is None or (verb_kind in {"denied", "confirmed"} and _not_done(token)):
                continue  # `did not deny the report`, `neither X nor Y have confirmed`
            if verb_kind in {"denied", "confirmed", "disputed"} and _foreseen(token):
                continue  # `Analysts said Eritrea would deny it`: no answer given yet
            subject = _subject(token)
            if _evidence_as_subject(token):
                continue  # `the footage appeared to confirm the crew's account`: no party
            # `Both Pakistan and China reject the claims`: a response from each of them.
            parties = [subject, *_conjuncts(subject)] if subject is not None else [None]
            for party in parties:
                resp = _make_response(
                    doc, token, subject, obj, verb_kind, mentions, ordered, party_token=party
                )
                tells = False
                if resp is not None and verb_kind == "confirmed":
                    tells = _confirms_what_was_told(doc, token, obj, resp, ordered)
                    if (
                        not tells
                        and obj is not None
                        and obj.pos_ == "NOUN"
                        and obj.lemma_.lower() not in _CLAIM_OBJECTS | _EVENTS_IN_GENERAL
                        and (
                            telling := _claim_telling_of(
                                doc, obj, resp.span.start, ordered, resp.party_name
                            )
                        )
                        is not None
                    ):
                        # (the claim further back that told of the deed confirmed)
                        resp = replace(resp, claims=(telling.id,))
                        tells = True
                # A confirmation by an unknown party is a response only when it names
                # what it confirms as said (`officials confirmed the report`) or the deed
                # told (`The army confirmed the deaths`); by a known one, unless it names
                # a thing no claim told of (`Peskov confirmed the call`); by nobody, never
                # (`only after a ceasefire was confirmed`).
                if resp is not None and (
                    verb_kind != "confirmed"
                    or (resp.party is not None and not _confirms_another_thing(obj))
                    or (
                        bool(resp.party_name)
                        and (
                            (
                                obj is not None
                                and obj.lemma_.lower() in _CLAIM_OBJECTS | _EVENTS_IN_GENERAL
                            )
                            or tells
                        )
                    )
                ):
                    out.append(resp)
    # A claim that is itself a refusal to comment is no counter-claim.
    out += [
        d
        for d in _disputes(doc, sents, ordered, mentions)
        if not any(r.span.overlaps(d.span) for r in out)
    ]
    del by_cue
    unique: dict[tuple[int, str, str], Response] = {}
    for r in out:
        unique.setdefault((r.span.start, r.kind, r.party_name), r)
    for key, r in list(unique.items()):
        # (one answer found twice, once with words around its party's name: `a charge
        # its commander, John Smith, has denied`)
        if any(
            k[:2] == key[:2] and k[2] != key[2] and k[2] and k[2] in key[2] and o.claims == r.claims
            for k, o in unique.items()
        ):
            del unique[key]
    text = _text(doc)
    return [
        replace(r, id=f"r{n}", span=_closed_span(text, r.span))
        for n, r in enumerate(sorted(unique.values(), key=lambda r: r.span.start), 1)
    ]


def _confirms_what_was_told(
    doc: Doc,
    verb: Token,
    obj: Token | None,
    resp: Response,
    ordered: list[tuple[_Found, Claim]],
) -> bool:
    """`The party said three officials were arrested. Police confirmed the arrests.`: a
    confirmation of the deed a claim it answers tells of, by the word for it or for a
    deed of its kind (`Rebels said they killed five soldiers. The army confirmed the
    deaths.`), or of a clause that says something of it (`A police spokesman
    acknowledged that shots were fired`)."""
    told = [t for _f, c in ordered if c.id in resp.claims for t in _content_tokens(doc, c)]
    if obj is None or obj.pos_ != "NOUN":
        clause = _clausal_child(verb)
        return clause is not None and bool(_content_lemmas(clause.subtree) & _content_lemmas(told))
    return _tells_of(obj, told)


def _tells_of(obj: Token, told: Iterable[Token]) -> bool:
    """Whether words tell of the deed a noun names, by its word (`the sinking` of `had
    sunk`) or by a word for a deed of its kind (`the strike` of `shelled`)."""
    words = {obj.lemma_.lower(), obj.lemma_.lower().removesuffix("ing")}
    if words & _DEATH_NOUNS:
        words |= _DYING  # (`The deaths` of `had died`)
    kinds = _deed_kinds(obj)
    return any(
        t.i != obj.i and (t.lemma_.lower() in words or bool(kinds & _deed_kinds(t))) for t in told
    )


def _claim_telling_of(
    doc: Doc, obj: Token, before: int, ordered: list[tuple[_Found, Claim]], party_name: str
) -> Claim | None:
    """The last claim before char ``before``, nearby and not the party's, that tells of the
    deed a confirmation names (`Residents said gunmen attacked the village. The mayor said
    ... The army confirmed the attack.`: the residents')."""
    for f, c in reversed(ordered):
        if c.cue.start >= before or f.speaker_name == party_name:
            continue
        if before - c.cue.start > 2000:
            break
        if _tells_of(obj, _content_tokens(doc, c)):
            return c
    return None


def _confirms_another_thing(obj: Token | None) -> bool:
    """Whether what is confirmed is a thing named by a noun that is neither words said,
    a count nor an event told of in general (`confirmed the call`, not `confirmed the
    reports`, `the figures`, `the incident`), so only a claim that told of it answers."""
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and obj.lemma_.lower()
        not in _CLAIM_OBJECTS | _ACCOUNTS | _COUNT_NOUNS | _STATED_THINGS | _EVENTS_IN_GENERAL
        and not any(c.dep_ in {"acl", "ccomp", "relcl"} for c in obj.children)
    )


#: Nouns for whatever happened: `confirmed the incident`.
_EVENTS_IN_GENERAL = _words("incident event details news information")
#: Words for dying, which deaths are told by: `had died`, `were found dead`.
_DYING = _words("die dead")
#: Nouns of death, which tell of a killing: `confirmed the deaths`.
_DEATH_NOUNS = _words("death deaths casualty casualties fatality fatalities")


def _deed_kinds(word: Token) -> frozenset[str]:
    """The PLOVER types of event a word may tell of, as the event coder's lexicon has
    them (`strike`, `shelled`, `hit`: ASSAULT), whatever the conditions on its use."""
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN" and lemma in _DEATH_NOUNS:
        lemma, pos = "kill", "V"
    else:
        pos = {"NOUN": "N", "VERB": "V"}.get(word.pos_, "")
    return frozenset(rule.type for rule in load_lexicon().get((lemma, pos), ()))


def _closed_span(text: str, span: TextSpan) -> TextSpan:
    """``span`` with the quotation mark that closes one it opened (`dismissed the claim
    as 'a provocation'`)."""
    end = _with_closing_mark(text, span.start, span.end)
    if end == span.end and text[span.end : span.end + 1] in {".", ","}:
        # (`said the reports were "baseless."`: the mark after the stop inside it)
        past = _with_closing_mark(text, span.start, span.end + 1)
        end = past if past > span.end + 1 else end
    return span if end == span.end else TextSpan(span.start, end, text[span.start : end])


def _answers_set_off(sent: Span) -> Iterator[tuple[Token, Token, Token]]:
    """`..., a claim Ukraine's General Staff denied`: the answering verb, the party and the
    reporter's noun of an answer set off after what was said, however the parser read
    them."""
    doc = sent.doc
    text = _text(doc)
    for match in _ANSWER_SET_OFF.finditer(text, sent.start_char, sent.end_char):
        noun = doc.char_span(*match.span(_noun_group(match)))
        verb = doc.char_span(match.start("verb"), match.end("verb"))
        if noun is None or verb is None:
            continue
        if any(t.dep_ == "neg" or t.lower_ == "never" for t in doc[noun.end : verb.start]):
            continue  # `..., an account U.S. officials have not disputed`: no answer
        party = doc[verb.start - 1]
        while party.i > noun.end and (
            party.lower_ in _ADVERBS_OF_ANSWER or party.tag_ == "VBZ" or party.pos_ == "ADV"
        ):
            party = doc[party.i - 1]
        # (the head of the party's words: `the government of Nicolas Maduro`, `both Paris
        # and Porto-Novo`)
        while noun.end <= party.head.i < verb.start and party.head.i != party.i:
            party = party.head
        if party.i >= noun.end and not party.is_punct:
            yield verb.root, party, noun.root


#: Words between an answering party and its verb: `has long denied`.
_ADVERBS_OF_ANSWER = _words("has have had also long repeatedly strongly flatly that")


def _gerund_read_as_adjective(verb: Token, obj: Token) -> bool:
    """`The army has denied running safe houses`, `Russia denied mistreating prisoners`:
    the gerund right after the verb read as an adjective or a compound of its object
    (`running houses`), where the act denied is a clause."""
    return any(
        c.dep_ in {"amod", "compound"}
        and c.i == verb.i + 1
        and (c.tag_ == "VBG" or (c.tag_ == "NN" and c.lower_.endswith("ing")))
        for c in obj.children
    )


def _any_deed(obj: Token | None) -> bool:
    """`denied any delay`: whatever deed the party was accused of."""
    return obj is not None and any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children)


def _denied_what_was_said(verb: Token, obj: Token | None) -> bool:
    """`The army denied it.`, `Tehran rejected that.`, `The ministry rejected them.`: a
    pronoun for what was just said
    (`it` only after `deny`, or with a verdict that finds it untrue, `dismissed it as
    propaganda`: `The UN proposed a plan and Russia rejected it` refuses a proposal)."""
    return (
        obj is not None
        # (`dismissed that as a lie`, `that` tagged a conjunction)
        and (obj.pos_ == "PRON" or (obj.lower_ == "that" and obj.dep_ == "dobj"))
        and obj.lower_ in {"it", "this", "that", "them"}
        # (`denied them bail`: a thing refused them)
        and not (
            obj.lower_ == "them" and sum(c.dep_ in {"dobj", "dative"} for c in verb.children) > 1
        )
        and (
            obj.lower_ not in {"it", "them"}
            or verb.lemma_.lower() == "deny"
            or _said_untrue(verb)
            or _opens_after_a_claim(verb)
        )
    )


def _opens_after_a_claim(verb: Token) -> bool:
    """`Trump said cartels run Mexico. Sheinbaum rejected it.`: the root of a sentence
    right after one whose root says something (not `The UN proposed a plan. Russia
    rejected it.`, a proposal refused)."""
    sent = verb.sent
    if verb.dep_ != "ROOT" or sent.start == 0:
        return False
    before = verb.doc[sent.start - 1].sent.root
    return before.lemma_.lower() in _SAYING_ROOTS and any(
        c.dep_ == "ccomp" for c in before.children
    )


#: Verbs of saying that a sentence's `it` after them may stand for.
_SAYING_ROOTS = _words("say claim allege accuse assert insist tell state")


def _answer_set_off_read_as_clause(verb: Token) -> bool:
    """`..., a figure police confirmed`, `..., a claim police later confirmed`: the
    reporter's noun for what was said set off after it, with the answer, which the
    parser read as a clause of its own (the noun a word of its subject's name)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None:
        return False
    doc = verb.doc
    # (however deep in the name: `a figure rights groups have questioned`)
    noun = next(
        (
            c
            for c in subject.subtree
            if c.dep_ == "compound"
            and c.i < subject.i
            and (c.lemma_.lower() in _STATED_THINGS or c.lower_ in _STATED_THINGS)
        ),
        None,
    )
    return (
        noun is not None
        and subject.left_edge.i > verb.sent.start
        and doc[subject.left_edge.i - 1].text == ","
    )


def _claim_noun_read_as_cue(verb: Token) -> bool:
    """`Witnesses said troops looted homes, claims the army denies`: a plural claim noun
    set off by a comma that the tagger read as a verb, with the denial for its clause
    (the noun :func:`_claim_noun_read_as_verb` finds from the denial)."""
    return any(
        c.lemma_.lower() in _DENIAL_CUES | _DISPUTE_CUES
        and (noun := _claim_noun_read_as_verb(c)) is not None
        and noun.i == verb.i
        for c in verb.children
    )


def _claim_noun_read_as_clause(verb: Token) -> Token | None:
    """`Mexico rejects that claim.`: a claim noun with `that` or `this` before it that the
    tagger read as the verb of a clause of its own, the denial's complement."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if (
        clause is None
        or clause.lower_ not in _STATED_THINGS
        or clause.i != verb.i + 2
        or verb.doc[verb.i + 1].lower_ not in {"that", "this", "these", "those"}
        or any(c.i > clause.i for c in clause.children if not c.is_punct)
    ):
        return None
    return clause


def _claim_noun_read_as_verb(verb: Token) -> Token | None:
    """`..., charges the army denies`: a plural claim noun set off by a comma that the
    tagger read as a verb whose complement is the denial (or a noun with the denial for
    its complement: `..., allegations the banks have denied`)."""
    head = verb.head
    if (
        verb.dep_ in {"ccomp", "acl"}
        and head.i < verb.i
        and head.pos_ in {"VERB", "AUX", "NOUN"}
        and head.lower_ in {"charges", "claims", "allegations", "accusations"}
        and head.i > 0
        and verb.doc[head.i - 1].text == ","
    ):
        return head
    return None


#: Forms of denial verbs the tagger reads as plural nouns after a name: `a charge
#: Russia rejects`.
_DENIAL_NOUN_READINGS = frozenset(w for w, lemma in _DENIALS_READ_AS_NOUNS.items() if w != lemma)


def _denials_read_as_nouns(sent: Span) -> Iterator[tuple[Token, Token, Token]]:
    """`..., a charge Russia rejects.`, `..., allegations the military denies.`: a relative
    clause of denial (or dispute: `a figure residents disputed`) after a claim noun,
    whose verb the tagger read as a plural noun (`Russia rejects` as a name and its
    plural), which the parse then loses; and `...,
    a claim the group called "completely false."`, whose verdict the parser hung on the
    party. Yields the verb, the party's last word and the claim noun."""
    doc = sent.doc
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() in _DENIAL_CUES | _DISPUTE_CUES:
            found = _claim_noun_read_as_subject(token)
            if found is not None:
                yield token, *found
            continue
        if (
            token.lemma_.lower() in _CASTING_VERBS
            and not any(c.dep_ == "dobj" for c in token.children)
            and _said_untrue(token)
        ) or (
            token.lower_ in _DENIAL_NOUN_READINGS
            and token.i + 1 < sent.end
            and doc[token.i + 1].is_punct
        ):
            found = _party_after_claim_noun(sent, token)
            if found is not None:
                yield token, *found


def _party_after_claim_noun(sent: Span, verb: Token) -> tuple[Token, Token] | None:
    """`..., a charge Russia rejects`: the party's last word and the claim noun, set off
    by a comma, right before ``verb``."""
    doc = sent.doc
    last = verb.i - 1
    while last > sent.start and doc[last].dep_ in {"aux", "advmod"} and doc[last].head == verb:
        last -= 1  # (`a claim Beijing has long called "groundless"`)
    at = last
    while at > sent.start and doc[at].pos_ in {"PROPN", "NOUN", "DET", "ADJ"}:
        if doc[at].lower_ in _STATED_THINGS:
            break
        at -= 1
    party_start = at + 1
    if doc[at].lower_ == "that" and at - 1 > sent.start:
        at -= 1  # `..., a claim that the paramilitary rejects`
    noun = doc[at]
    if noun.lower_ not in _STATED_THINGS or party_start > last:
        return None
    opener = at - 1 if doc[at - 1].pos_ == "DET" else at
    party = doc[last]
    # (`the paramilitary`, a noun the tagger read as an adjective after its article)
    named = party.pos_ in {"PROPN", "NOUN"} or (
        party.pos_ == "ADJ" and doc[party.i - 1].pos_ == "DET"
    )
    if opener > sent.start and doc[opener - 1].text == "," and named:
        return party, noun
    return None


def _claim_noun_read_as_subject(verb: Token) -> tuple[Token, Token] | None:
    """`..., a charge GOP leaders dismissed.`: the parser took the claim noun into the
    subject of the denial, as a compound of the party (the party's last word and the
    claim noun), where it opens a relative clause after a comma; or made the denial a
    participle of the party (`..., a figure residents and rights groups disputed`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        subject = verb.head
    if subject is None:
        return None
    doc = verb.doc
    party = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    # (`..., an account Reuters could not verify`: the noun and the party both subjects)
    party = party or next(
        (c for c in verb.children if c.dep_ == "nsubj" and subject.i < c.i < verb.i), None
    )
    if (
        party is not None
        and subject.lemma_.lower() in _STATED_THINGS
        and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].text == ","
    ):
        return party, subject  # `..., a charge Abidjan denies`: the party as the noun's name
    words = [t for t in doc[subject.left_edge.i : subject.i + 1] if t.pos_ != "DET"]
    if (
        len(words) >= 2
        and words[0].lower_ in _STATED_THINGS
        and words[0].dep_ == "compound"
        and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].text == ","
    ):
        return subject, words[0]
    return None


#: Words that call what another said untrue: `a claim the army said was false`.
_UNTRUE_WORDS = _words(
    "false untrue baseless groundless fabricated wrong inaccurate exaggerated lies propaganda"
)


def _denied_by_relative(verb: Token) -> Token | None:
    """What a relative clause of denial denies: its claim noun (`a charge Russia denies`),
    or the claim before it (`Washington says X, which Tehran rejects`)."""
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    if noun.lemma_.lower() in _STATED_THINGS:
        return noun
    relative = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
    if relative is not None and relative.i > 0 and verb.doc[relative.i - 1].text == ",":
        return relative
    return None


#: Actors that speak for a state, whose demonym names them: `Russian` for the Kremlin.
_STATE_KINDS = frozenset(("government", "military", "ministry"))


def _claims_of_last_speakers(found: list[tuple[_Found, Claim]], count: int) -> list[Claim]:
    """The claims of the last ``count`` who spoke among ``found``."""
    claims: list[Claim] = []
    rest = found
    for _ in range(count):
        if not rest:
            break
        last = _claims_of_last_speaker(rest)
        claims = last + claims
        rest = [(f, c) for f, c in rest if c not in last]
    return claims


def _claims_of_last_speaker(found: list[tuple[_Found, Claim]]) -> list[Claim]:
    """The claims of whoever spoke last among ``found``."""
    last = found[-1][0]
    return [
        c
        for f, c in found
        if (f.speaker is not None and f.speaker is last.speaker)
        or (f.speaker is None and f.speaker_name == last.speaker_name)
    ]


def _claims_saying(doc: Doc, clause: Token, before: list[tuple[_Found, Claim]]) -> list[Claim]:
    """The earlier claims whose words share the most content words with ``clause`` (two
    at least): what a denial of that clause answers."""
    wanted = _content_lemmas(clause.subtree)
    scored = [(len(wanted & _content_lemmas(_content_tokens(doc, c))), c) for _f, c in before]
    best = max((n for n, _c in scored), default=0)
    return [c for n, c in scored if n == best] if best >= 2 else []


def _content_tokens(doc: Doc, claim: Claim) -> Iterable[Token]:
    span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    return () if span is None else span


def _content_lemmas(tokens: Iterable[Token]) -> set[str]:
    """The lemmas of a clause's words of substance, with a state's name and its people's
    (`Afghanistan`, `Afghan`) one word."""
    kb = default_kb()
    return {
        f"@{country}"
        if t.text[:1].isupper() and (country := kb.country(t.text))
        else t.lemma_.lower()
        for t in tokens
        if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"} and not t.is_stop
    }


def _about_party(
    doc: Doc, claim: Claim, party: Entity | None, party_name: str, mentions: _Mentions
) -> bool:
    """Whether a claim's content names the party or its state (`a Russian special
    operation` for the Kremlin; `militants in Benin` for Benin, a name no actor has)."""
    start, end = claim.content.start, claim.content.end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    kb = default_kb()
    if _its_members_named(span, party, party_name) and not _said_by_its_own(
        doc, claim, party, party_name, mentions
    ):
        # (`Witnesses said soldiers shot villagers` for `The army`; not what its own
        # people said: `Police chief X said ...`)
        return True
    if party is None:
        if not party_name:
            return False
        if any(t.text == party_name for t in span if t.pos_ == "PROPN"):
            return True
        if party_name.islower() and any(
            t.lower_ == party_name
            and t.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            for t in span
        ):
            return True  # (`accused the army of shelling villages` for `The army`)
        # (`China's embassy`, a body no actor names: the state it is of)
        owner = re.sub(r"['’]s$", "", party_name.split()[0])
        country = kb.country_or_seat(owner) if len(party_name.split()) > 1 else None
    elif any(e is party for _s, e_end, e in mentions.starting(start, end) if e_end <= end):
        return True
    else:
        # (a state's body, or one who holds office in it: `Kremlin spokesman Peskov`)
        country = party.country if party.kind in _STATE_KINDS else _state_spoken_for(party)
        words = party.name.split()
        if country is None and len(words) == 2 and words[1].lower() in _MISSIONS:
            country = kb.country_or_seat(words[0])  # (`The Russian Embassy`: Russia's)
    if country is None:
        return False
    if any(
        e.country == country and e.kind in _STATE_KINDS
        for _s, e_end, e in mentions.starting(start, end)
        if e_end <= end
    ):
        return True  # (`North Korean troops` for North Korea's foreign ministry)
    # (its seat too: `Kyiv accused Moscow of ...` for the Kremlin)
    return any(t.pos_ in {"PROPN", "ADJ"} and kb.country_or_seat(t.text) == country for t in span)


#: Words for a state's offices, which a document of theirs is named by: `A ministry
#: statement`.
_STATE_OFFICE_WORDS = _words(
    "ministry government presidential official foreign defence defense interior military army"
)
#: The words for a force's own people, by the word for the force.
_MEMBERS_OF = {
    **dict.fromkeys(("army", "military"), _words("soldier soldiers troop troops army military")),
    "police": _words("police officer officers policeman policemen"),
}


def _force_members(party: Entity | None, party_name: str) -> frozenset[str]:
    """The words for a force's own people, if the party is a force (`The army`)."""
    words = party_name.lower().split()
    head = "army" if party is not None and party.kind == "military" else words[-1] if words else ""
    return _MEMBERS_OF.get(head, frozenset())


def _said_by_its_own(
    doc: Doc, claim: Claim, party: Entity | None, party_name: str, mentions: _Mentions
) -> bool:
    """Whether a claim's source is one of the force's own (`Police chief Viorel X`, also
    where his surname alone is the source)."""
    members = _force_members(party, party_name)
    words = set(claim.source.text.lower().split()) if claim.source is not None else set()
    speaker = next((e for _s, _e, e in mentions if e.id == claim.speaker), None)
    if speaker is not None and speaker.mentions:
        words |= _title_before(doc, speaker.mentions[0].start)
    return bool(members and words & members)


def _its_members_named(span: Span, party: Entity | None, party_name: str) -> bool:
    """Whether what was said tells of a force's own people, of no other state (`soldiers
    shot villagers` for `The army`; not `Russian soldiers` for Ukraine's army)."""
    members = _force_members(party, party_name)
    if not members:
        return False
    kb = default_kb()
    for token in span:
        if token.lower_ not in members:
            continue
        states = {
            state
            for c in token.children
            if c.dep_ in {"amod", "compound", "poss"}
            and (state := kb.country_or_seat(c.text)) is not None
        }
        own = party.country if party is not None else None
        if not states or (own is not None and states == {own}):
            return True
    return False


#: A state's offices abroad, named by its people's word: `the Russian Embassy`.
_MISSIONS = _words("embassy consulate mission")
#: Those a state sends to another state or body: `Russia's U.N. mission`.
_ENVOYS = _MISSIONS | _words("ambassador envoy delegation delegate representative")
#: Cues of a party's confirming what was said: `acknowledged that ...`.
_CONFIRMING = _words("confirm acknowledge admit")
#: Nouns for an ask made of a party: `did not respond to a request for comment`.
_ASKS_MADE = _words("overture request query inquiry")
#: Nouns for what a count said: `disputed those figures`.
_COUNT_NOUNS = _words("figure figures toll tolls number numbers tally estimate estimates count")
#: Nouns for what is said against a party: `rejected the accusation`.
_ACCUSATIONS = _words("accusation allegation charge")
#: Cues that make a claim an accusation.
_ACCUSATION_CUES = _words("accuse allege charge blame")
#: Pronouns for the one accused: `accusing it of serving foreign powers`.
_ACCUSED_PRONOUNS = _words("it them him her")
#: Cues of asking for something, which others may report as acts.
_REQUEST_CUES = _words("press push lobby urge demand ask plead seek call")
#: Verbs of telling more, which a party declines about its own words too.
_ELABORATING = _words("say elaborate specify detail disclose explain give provide release offer")


def _claim_noun_set_off(noun: Token, verb: Token) -> bool:
    """`..., a charge Caracas rejects`: a claim noun set off by a comma after the clause
    it sums up, answered after it."""
    start = noun.left_edge.i
    return (
        noun.i < verb.i
        and start > noun.sent.start
        and noun.doc[start - 1].text == ","
        and (noun.lemma_.lower() in _STATED_THINGS or noun.lower_ in _STATED_THINGS)
    )


def _own_words(token: Token) -> tuple[int, int]:
    """The characters of a name without the names joined to it: `the army` in `Neither
    the army nor the rebels`."""
    start, end = _source_span(token)
    doc = token.doc
    for child in token.children:
        if child.dep_ == "preconj" and child.i < token.i:
            start = max(start, doc[child.i + 1].idx)
        if child.dep_ in {"cc", "conj"} and child.i > token.i:
            last = doc[child.i - 1]
            while last.i > token.i and (last.is_punct or last.dep_ == "cc"):
                last = doc[last.i - 1]
            end = min(end, last.idx + len(last.text))
    return start, end


#: Whom a person faces, named by that person (`his counterpart`, `her rival`).
_OTHER_SIDE = _words("counterpart rival opponent adversary challenger accuser critic")


def _pronoun_owner(
    doc: Doc, subject: Token | None, mentions: _Mentions, ordered: list[tuple[_Found, Claim]]
) -> tuple[Entity | None, str] | None:
    """Whom `his` or `her` stands for in a party named by them (`His campaign`, `Her
    lawyer`): the speaker the pronoun goes on with."""
    pronoun = (
        next(
            (c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}),
            None,
        )
        if subject is not None
        else None
    )
    if pronoun is None or (subject is not None and subject.lemma_.lower() in _OTHER_SIDE):
        return None  # (`His Ethiopian counterpart rejected that`: the other side)
    spoken = [f for f, _ in ordered if f.cue[0] < pronoun.idx and not f.continuation]
    entity, name = _pronoun(pronoun, _SpeakerContext(doc, mentions, spoken))
    return (entity, name) if entity is not None or name != pronoun.text else None


def _pattern_responses(
    doc: Doc,
    sent: Span,
    at: int,
    kind: ResponseKind,
    mentions: _Mentions,
    ordered: list[tuple[_Found, Claim]],
) -> list[Response]:
    """The response a pattern found at ``at``: one for each party of `Neither X nor Y`."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return []
    verb = _clause_verb(span.root)
    # `said strikes could come next, without elaborating`: the one who said it declines,
    # however the parser hung the phrase
    said_without = (
        next((a for a in span.root.ancestors if a.lemma_.lower() in CUE_VERBS), None)
        if span.root.lower_ == "without"
        else None
    )
    if verb.dep_ == "relcl" and any(t.lemma_.lower() in {"name", "identity"} for t in verb.subtree):
        return []  # `Two witnesses, who declined to give their names, said`: who they are
    if verb.dep_ in _SUBJECT_DEPS and verb.lemma_.lower() in _ASKS:
        verb = _clause_verb(verb.head)  # `Calls to X went unanswered`, `Calls` read as a verb
    if verb.pos_ == "AUX" and verb.head.pos_ == "VERB":
        verb = verb.head
    if said_without is not None:
        # (the answer is the phrase, `without elaborating`, its party the one who said it)
        verb = next((c for c in span.root.children if c.dep_ == "pcomp"), verb)
    subject = _subject(verb if said_without is None else said_without)
    if (
        subject is not None
        and subject.lower_ in _PRONOUNS_PERSON | _PRONOUNS_GROUP
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in CUE_VERBS
        and (speaker := _subject(verb.head)) is not None
        and speaker.lower_ not in _PRONOUNS_PERSON | _PRONOUNS_GROUP
    ):
        subject = speaker  # `The tribunal's press office said it had no comment`: the office
    if subject is None or subject.dep_ == "expl":
        # `There was no immediate comment from the army`: who did not comment.
        subject = next(
            (
                pobj
                for t in verb.subtree
                if t.lower_ == "from" and t.head.lemma_.lower() == "comment"
                for pobj in t.children
                if pobj.dep_ == "pobj"
            ),
            subject,
        )
    own_passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if own_passive is not None and (subject is None or subject.head.i != verb.i):
        # `His claims could not be confirmed, and the embassy could not be reached`: the
        # verb's own subject, not the one of the clause it is joined to
        subject = own_passive
    ask = subject
    asked: Token | None = None
    if ask is not None and ask.lemma_.lower() in _ASKS:
        # `Calls to the ministry went unanswered`, `Efforts to reach X were unsuccessful`:
        # who was asked answers nothing.
        asked = next(
            (
                t
                for t in ask.subtree
                if (t.dep_ == "pobj" and t.head.lower_ in {"to", "with"})
                or (t.dep_ == "dobj" and t.head.lemma_.lower() in {"reach", "contact"})
            ),
            None,
        )
        if asked is None:
            return []
        subject = ask
    elif subject is None and ask is not None:
        subject = ask  # `The ministry could not be reached for comment`: who was not reached
    reaching = (
        None
        if asked is not None
        else next(
            (
                t
                for t in verb.subtree
                if t.lemma_.lower() in {"reach", "contact"}
                # (the verb the pattern found: `could not reach`, not `when contacted`)
                and t.tag_ == "VB"
                and 0 <= t.idx - at < 40
            ),
            None,
        )
    )
    if reaching is not None:
        # `Reuters could not reach the army for comment`: who was not reached answers
        asked = next((c for c in reaching.children if c.dep_ == "dobj"), None)
        if asked is None or asked.lower_ in _PRONOUNS_PERSON | _PRONOUNS_GROUP | {"them", "him"}:
            return []
        subject, verb = asked, reaching
    if (
        asked is None
        and subject is not None
        and _document_word(subject) is not None
        and not mentions.at(*_name_chars(subject))
    ):
        # `The statement did not say how many were killed`: a document leaves a point out;
        # nobody was asked, so nobody declined to answer.
        return []
    # What goes unanswered: the claims named (`a request for comment on the report`),
    # else the ask, else a document (`has not commented on the letter`: what it said).
    claimed: Token | None = None
    ask_made: Token | None = None
    document: Token | None = None
    for t in verb.subtree:
        if t.pos_ not in {"NOUN", "PROPN"}:
            continue
        lemma = t.lemma_.lower()
        # (`a request for comment` names what is asked for, not what is answered; a
        # count's figures are said too)
        if lemma in _STATED_THINGS and t.head.lower_ != "for":
            claimed = t
            break
        if lemma in _SPOKEN_ACTS and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children
        ):
            claimed = t  # `did not respond to Mr Thiam's plan`: what he said he would do
            break
        if ask_made is None and lemma in _ASKS_MADE:
            ask_made = t
        if document is None and lemma in _DOCUMENT_NOUNS:
            document = t
    if claimed is None and verb.dep_ == "relcl" and verb.head.lemma_.lower() in _STATED_THINGS:
        claimed = verb.head  # `..., a claim the army did not address`: the noun it describes
    if (
        kind == "no_response"
        and subject is not None
        and subject.lower_ not in _PRONOUNS_PERSON | _PRONOUNS_GROUP
        and any(c.content.start <= verb.idx < c.content.end for _f, c in ordered)
    ):
        return []  # `Idris said the town could not be reached`: what was said, no answer
    obj = claimed or ask_made or document
    parties: list[Token | None] = [asked]
    if subject is not None and any(
        c.lower_ == "neither" and c.i < subject.i for c in subject.children
    ):
        parties = [subject, *_conjuncts(subject)]  # `Neither Moscow nor Kyiv has commented`
    found = [
        _make_response(doc, verb, subject, obj, kind, mentions, ordered, party_token=party)
        for party in parties
    ]
    return [r for r in found if r is not None]


#: What one says one will do, or asks, named by whose it is: `Mr Thiam's plan`.
_SPOKEN_ACTS = _words(
    "plan pledge threat call demand announcement offer proposal appeal vow promise ultimatum"
)


def _verb_response(
    doc: Doc,
    verb: Token,
    obj: Token,
    kind: ResponseKind,
    mentions: _Mentions,
    ordered: list[tuple[_Found, Claim]],
) -> Response | None:
    return _make_response(doc, verb, _subject(verb), obj, kind, mentions, ordered)


def _told_of_others(
    verb: Token, subject: Token | None, mentions: _Mentions, ordered: list[tuple[_Found, Claim]]
) -> bool:
    """Whether a refusal or confirmation is told inside what a speaker said, of others:
    its subject told of in the words too (`said officials refused to acknowledge the
    problem`), not the speaker's own side (`A spokesperson said the State Department does
    not comment on intelligence matters`, `said the department "had nothing to add"`);
    or a bare verb of a deed weighed (`rather than admit mistakes`)."""
    holding = [(f, c) for f, c in ordered if c.content.start <= verb.idx < c.content.end]
    if not holding:
        return False
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children):
        return True
    if (
        subject is None
        or subject.lower_ in _PRONOUNS_PERSON | _PRONOUNS_GROUP | {"i", "we"}
        # (the body a spokesperson names by its kind)
        or (
            subject.lemma_.lower() in _SPEAKING_BODIES
            and any(d.lower_ == "the" for d in subject.children)
        )
    ):
        return False
    named = mentions.at(*_name_chars(subject))
    return any(
        c.content.start <= subject.idx < c.content.end
        and (f.speaker is None or named is not f.speaker)
        for f, c in holding
    )


def _body_of_the_un(speaker: Entity | None, owner: Entity) -> bool:
    """Whether ``speaker`` is one of the UN's bodies and ``owner`` the UN itself (`the
    U.N. figures`, given by its human rights office)."""
    if owner.kb_id != "organization:united-nations" or speaker is None or not speaker.kb_id:
        return False
    entry = default_kb().get(speaker.kb_id)
    return entry is not None and any(
        name.startswith(("UN ", "U.N. ", "United Nations ")) for name in entry.aliases
    )


def _make_response(
    doc: Doc,
    verb: Token,
    subject: Token | None,
    obj: Token | None,
    kind: ResponseKind,
    mentions: _Mentions,
    ordered: list[tuple[_Found, Claim]],
    party_token: Token | None = None,
) -> Response | None:
    if kind in {"confirmed", "declined_comment"} and _told_of_others(
        verb, subject, mentions, ordered
    ):
        # `Kowsar said officials preferred to blame enemies rather than admit mistakes`:
        # what a speaker says others did, no answer of theirs to a claim
        return None
    if (
        kind in {"declined_comment", "no_response"}
        and subject is not None
        and verb.dep_ == "conj"
        and subject.head.i != verb.i
        and subject.pos_ == "NOUN"
        and not _can_speak(subject)
        and not subject.ent_type_
    ):
        # `The strike killed two farmers, an official said, but did not give their names`:
        # a subject the parser joined it to that cannot keep silent
        return None
    party: Entity | None = None
    party_name = ""
    start = verb.i
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        # `Kryvonos said the detectives were threatened, without giving details`: the one
        # whose words the aside is on
        speaking = next((f for f, _c in ordered for a in verb.ancestors if f.cue[0] == a.idx), None)
        if speaking is not None:
            party, party_name = speaking.speaker, speaking.speaker_name
    if subject is not None:
        who = party_token if party_token is not None else subject
        party = None if _states_envoy(who, mentions) else mentions.at(*_name_chars(who))
        if party is None:
            # Resolved as a speaker would be: pronouns, descriptions, the body a
            # spokesperson speaks for (`A spokesman for the president rejected ...`).
            spoken = [f for f, _ in ordered if f.cue[0] < subject.idx and not f.continuation]
            ctx = _SpeakerContext(doc, mentions, spoken)
            # `"We deny these claims," the ministry said`: the speaker of the words.
            speaking = next(
                (f for f, c in ordered if c.content.start <= who.idx < c.content.end), None
            )
            accused_party = _accused_in_summed_accusation(who, obj)
            if who.lower_ in {"i", "we"} and speaking is not None:
                party, party_name = speaking.speaker, speaking.speaker_name
            elif accused_party is not None:
                # `X accused Matsinhe of siding with the government, a charge he denies`:
                # the one accused (a state by its government: `accuses Iran of ..., which
                # it denies`; a group as written: `the rebels`)
                named = mentions.at(*_name_chars(accused_party))
                placed = None if named else _state_government(accused_party.text, mentions)
                if named is not None:
                    party, party_name = named, named.name
                elif placed is not None:
                    party, party_name = placed
                else:
                    party_name = _group_name(doc, _name_chars(accused_party))
            elif who.lower_ in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
                party, party_name = _pronoun(who, ctx)
            else:
                here = (verb.idx, verb.idx + len(verb.text))
                probe = _Found(here, here, _own_words(who), who)
                party, party_name = _speaker_of(doc, who, ctx, probe)
        party_name = party.name if party else party_name or _group_name(doc, _own_words(who))
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            start = verb.head.i  # (`..., without elaborating`)
        elif verb.dep_ == "conj" and subject.head.i != verb.i:
            # (not the subject of the verb it is joined to: `X said A, but declined to
            # say B` answers from `declined`, `... but did not say B` from `did`)
            start = min([start, *(c.i for c in verb.lefts if c.dep_ in {"aux", "neg"})])
        else:
            start = min(start, subject.left_edge.i)
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1  # (`..., allegations the group rejects`, `the` hung elsewhere)
            start = _before_split_hyphens(doc, start)  # (`Ben-Gvir declined`)
    if kind == "denied" and obj is not None and obj.i < verb.i and verb.is_ancestor(obj):
        # `"These claims are lies," the ministry said`: the answer starts with its words.
        start = min(start, obj.left_edge.i)
    end = verb.i + 1
    joined = _confirm_or_deny(verb)  # `neither confirm nor deny the report`: one answer
    for child in verb.rights:
        if child.text in _QUOTE_MARKS and child.i == verb.i + 1:
            continue  # (`it "categorically rejects" the report`: the quotation closing)
        if (child.dep_ in {"cc", "conj"} and not joined) or child.dep_ == "advcl" or child.is_punct:
            break
        # `reject the claims that ...`: the response ends with what it answers.
        clause = next(
            (
                g
                for g in child.children
                if g.dep_ in {"acl", "relcl", "ccomp"}
                and g.i > child.i
                and child.dep_ != "ccomp"
                # (not `had nothing to add`: an infinitive of the object's own)
                and not (g.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in g.children))
            ),
            None,
        )
        if clause is not None:
            end = max(end, clause.left_edge.i)
            break
        end = max(end, child.right_edge.i + 1)
    while end > start + 1 and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"
    ):
        end -= 1  # (nor a conjunction left at its end: `confirmed the jets had left but`)
    span = doc[start:end]
    # `It did not say whether there were casualties`: declining to go on with what the
    # party itself just said (not answering another's claim) is about its own words.
    elaborating = kind == "declined_comment" and (
        any(
            v.lemma_.lower() in _ELABORATING
            for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
        )
        # `said the army would go on and declined to comment on whether ...`: a refusal
        # joined to the party's own claim is about it (not one naming another's words:
        # `said it was monitoring the situation but declined to comment on the accusation`)
        or (
            _joined_to_reported_clause(verb) is not None
            and not (obj is not None and obj.lemma_.lower() in _CLAIM_OBJECTS)
        )
    )
    own_bodies = (
        {
            id(e)
            for c in subject.children
            if c.dep_ in {"compound", "poss"}
            and c.i < subject.i
            and (e := mentions.at(*_name_chars(c))) is not None
            and e.kind != "person"
        }
        if subject is not None
        else set()
    )
    party_state = _state_of_party(party, party_name)
    pronoun_owner = _pronoun_owner(doc, subject, mentions, ordered)
    before = [
        (f, c)
        for f, c in ordered
        # (`said X but declined to give details`: its own claim, before the refusal;
        # `dismissed Vucic's claim that ...`: the claim the answer names, told in it)
        if (
            c.cue.start < (verb.idx if elaborating else span.start_char)
            or (obj is not None and c.cue.start == obj.idx and obj.i > verb.i)
        )
        and (elaborating or not _said_by_party(f, party, party_name))
        # `The RSF said ... RSF spokesman Al-Fateh Qurashi told VOA the accusations were
        # "lies"`: one who speaks for a body does not answer that body
        and (elaborating or f.speaker is None or id(f.speaker) not in own_bodies)
        and (elaborating or not _one_side(f, subject, party, party_name))
        # (nor one who speaks for the party: `KIA spokesperson Naw Bu said ... The
        # Kachin Independence Army denied it`)
        and (
            elaborating
            or party is None
            or f.speaker is None
            or f.speaker.kind != "person"
            or _body_of_speaker(f, mentions) is not party
        )
        # (`Stoianoglo said ... His campaign did not respond`: the speaker's own people)
        and (
            elaborating
            or pronoun_owner is None
            or not (
                f.speaker is pronoun_owner[0]
                if pronoun_owner[0] is not None
                else f.speaker_name == pronoun_owner[1]
            )
        )
        # `Caracas denied any involvement. The foreign ministry said the accusations were
        # a fabrication`, `Chinese foreign ministry spokesman Lin Jian said ... The
        # Chinese defense ministry did not respond`: a state's bodies and office holders
        # do not answer their own side
        and (
            elaborating
            or kind == "confirmed"
            or not _of_the_same_state(f, party_state, answering=kind in _ANSWERS)
            # (`Kenya's police commander said ... Kenya's Interior Ministry denied that
            # account`: what it points back to, whoever said it)
            or (obj is not None and _pointed_back_to(obj))
        )
        # `A spokesman said the army cannot comment`: the claim that reports the refusal
        and not c.content.start <= span.start_char < c.content.end
    ]
    if obj is not None and (_claim_noun_set_off(obj, verb) or _reporters_claim_noun(obj, verb)):
        # `..., a charge Caracas rejects`: what its sentence said, not a claim before it
        # (`while the U.N. investigates allegations of misconduct, which he denies`: the
        # reporter's word for them, which answers no claim before it)
        before = [(f, c) for f, c in before if c.cue.start >= obj.sent.start_char]
    # `The council said the campaign bore a state's hallmarks. Georgescu has denied any
    # links to Moscow. The Kremlin rejected the accusations`: an answer found by whom the
    # claims name or who spoke last answers a claim, not another's denial of it
    answerable = [
        (f, c)
        for f, c in before
        # (a party saying it did no wrong still claims something: `India said it had not
        # violated any sanctions. Reliance declined to comment`)
        if "denial" not in f.flags or f.exculpating
    ] or before
    if obj is not None and obj.lemma_.lower() in _CLAIM_OBJECTS:
        # `"Goma is liberated," Kanyuka said. He urged soldiers to surrender. Congo
        # disputed the claim`: what is called a claim is no request
        answerable = [
            (f, c) for f, c in answerable if f.cue_lemma not in _REQUEST_CUES
        ] or answerable
    # `HRW said rebels killed 140 people. The U.N. said it documented 319 killings. M23
    # rejected both reports`: the claims of the last two who spoke
    both = obj is not None and any(c.lower_ == "both" for c in obj.children)
    # `Zakharova's claim that the shield was aimed at Moscow was "simply false," the
    # official said`: the claim the answer names is one found at that noun
    targets: list[Claim] = [
        c
        for f, c in ordered
        if obj is not None
        and obj.pos_ == "NOUN"
        and c.cue.start == obj.idx
        and not _said_by_party(f, party, party_name)
    ]
    # `had no comment when contacted by VOA`: whose question the party leaves unanswered.
    requester = _requester(verb) if kind in {"no_response", "declined_comment"} else None
    if not targets and (obj is not None or requester is not None):
        # `Mr X's claims`, `the FilterLabs findings`, `a VOA request`: whose words they are.
        owner = (
            None
            if obj is None
            else next((c for c in obj.children if c.dep_ == "poss"), None)
            or next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            # `the claims by the rebels`, `the report from Human Rights Watch`
            or next(
                (
                    g
                    for c in obj.children
                    if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
        ) or requester
        country_word = (
            next((c for c in obj.children if c.dep_ == "amod"), None) if obj is not None else None
        )
        if owner is not None:
            owner_entity = mentions.at(*_name_chars(owner))
            owner_word = owner.text.lower()
            if (
                owner.lower_ == "its"
                and (party is not None or party_name)
                and verb.is_ancestor(owner)
            ):
                # `The service declined to say how it had reached its findings`: the
                # party's own
                owner_entity, owner_word = party, party_name.lower()
            elif owner_entity is None and owner.lower_ in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
                # `a request for comment on her remarks`: the one she stands for
                spoken = [f for f, _ in ordered if f.cue[0] < owner.idx and not f.continuation]
                owner_entity, owner_word = _pronoun(owner, _SpeakerContext(doc, mentions, spoken))
                owner_word = owner_word.lower()
            elif owner_entity is None and owner.pos_ == "NOUN" and owner.lemma_.lower() == "group":
                # `rejected the group's statement`: the group that spoke last before
                spoken = [
                    f for f, _ in ordered if f.cue[0] < span.start_char and not f.continuation
                ]
                ctx = _SpeakerContext(doc, mentions, spoken)
                antecedent = _definite_antecedent(owner, ctx)
                if antecedent is not None and antecedent[0] in {None, party}:
                    # (not the party answering: `The Houthis rejected the group's ...`)
                    body = _last_body_spoken(owner, ctx)
                    antecedent = (body, body.name) if body not in {None, party} else None
                if antecedent is not None:
                    owner_entity, owner_word = antecedent[0], antecedent[1].lower()
            # `the poll's findings`: what the poll (or report, study) said
            document = _document_word(owner) if owner_entity is None else None
            # (`the U.S. statement`: a state named by a short name no entity holds)
            kb = default_kb()
            owner_state = kb.country(owner.text) if owner_entity is None else None
            targets = [
                c
                for f, c in before
                if (owner_entity is not None and f.speaker is owner_entity)
                or (owner_entity is not None and _body_of_the_un(f.speaker, owner_entity))
                or (owner_state is not None and _speaker_country(f, kb) == owner_state)
                or (owner_entity is None and owner_word in f.speaker_name.lower().split())
                # (`Smith's claims`, after `Smith said`: one surname, however it was linked)
                or (owner.pos_ == "PROPN" and owner.lower_ in f.speaker_name.lower().split())
                # `on the lawmaker's allegation`: the one the source called so
                or (
                    owner_entity is None
                    and f.source is not None
                    and owner.tag_ == "NN"
                    and owner_word in _text(doc)[f.source[0] : f.source[1]].lower().split()
                )
                or _said_by_document(f, document)
            ]
        elif country_word is not None:
            # `the Iraqi claims`: claims by speakers of that country.
            kb = default_kb()
            country = kb.country(country_word.text)
            targets = [c for f, c in before if country and _speaker_country(f, kb) == country]
        elif (document := _document_word(obj)) is not None:
            # `on the report`: what a report said, or was said in a letter, and the other
            # claims of whoever issued it
            issued = {
                id(f): f
                for f, _ in before
                if _said_by_document(f, document)
                # (a medium named nearby: `In a letter to the council, X wrote ...`)
                or (span.start_char - f.cue[0] < 3000 and _said_in_document(doc, f, document))
            }
            issuers = {id(f.speaker) for f in issued.values() if f.speaker is not None}
            targets = [
                c
                for f, c in before
                if id(f) in issued or (f.speaker is not None and id(f.speaker) in issuers)
            ]
    accusations_of = (
        obj is not None
        and obj.lemma_.lower() in _CLAIM_OBJECTS
        # (not `Kabul denies the charge`, the one just told, nor `the claims that ...`,
        # which says which)
        and not any(c.dep_ in {"acl", "ccomp"} for c in obj.children)
        and (
            not any(c.dep_ == "det" for c in obj.children)
            or any(c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in obj.children)
        )
    )
    # `Benin denied hosting any militants`, `Serbia denied involvement`: a deed denied
    own_deed = kind == "denied" and (
        obj is None
        or obj.lemma_.lower() in _DENIED_THINGS - _STATED_THINGS
        or obj.pos_ == "VERB"
        or _any_deed(obj)
    )
    conceded = of_its_own = False
    denied_clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if denied_clause is None and obj is not None:
        # `rejected the claims that protesters had been abducted`: the clause they name
        denied_clause = next(
            (c for c in obj.children if c.dep_ in {"acl", "ccomp", "relcl"} and _has_that_mark(c)),
            None,
        )
    if not targets and kind in {"denied", "confirmed"} and denied_clause is not None:
        # `Wicker denied that Republicans were stalling`, `Israel confirmed that a deal
        # was close`: the claim that said so
        targets = _claims_saying(doc, denied_clause, before)
        # `Merz said Russia was behind the flights, though he acknowledged that the
        # government had no proof`: a concession in the speaker's own claim, no answer to
        # the claims before it
        conceded = (
            not targets
            and kind == "confirmed"
            and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE_MARKS for c in verb.children)
        )
    if not targets and kind in {"no_response", "declined_comment"}:
        # `did not respond to a request for comment on Díaz-Canel's remarks`: the words of
        # the one named
        remarks = next(
            (
                t
                for t in verb.subtree
                if t.i > verb.i
                and t.lemma_.lower() in _STATED_THINGS | {"remark", "remarks"}
                and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children)
            ),
            None,
        )
        if remarks is not None and (owned := _claims_of_owner(remarks, answerable, mentions)):
            targets = _claims_of_last_speaker(owned)
    if not targets and (party is not None or party_name) and (accusations_of or own_deed):
        # `The Kremlin rejected accusations of interference`: those about the party
        # (another's denial only where nothing else names the party)
        targets = [
            c for _f, c in answerable if _about_party(doc, c, party, party_name, mentions)
        ] or [c for _f, c in before if _about_party(doc, c, party, party_name, mentions)]
        # (not a claim that only holds another's about the party: `claimed victory in
        # a vote that the opposition said was rigged with the help of Russia`)
        targets = [
            c
            for c in targets
            if not any(
                o is not c and c.content.start <= o.cue.start < c.content.end for o in targets
            )
        ]
        # (of the one who said so last, as below)
        about = [(f, c) for f, c in before if c in targets]
        targets = _claims_of_last_speaker(about) if about else []
    if (
        not targets
        and kind in {"denied", "no_response", "declined_comment"}
        and obj is not None
        and obj.lemma_.lower() in _ACCUSATIONS
        and (party is not None or party_name)
    ):
        # `The Thai army said Cambodian troops fired on a hospital. A spokesman said 14
        # died. Cambodia rejected the accusation.`: the one just made about the party
        recent = [(f, c) for f, c in answerable if span.start_char - c.cue.start < 1500]
        about = _about_party_by_others(doc, recent, party, party_name, mentions)
        # (those made as accusations first: `Aides said the Kremlin was weighing talks.
        # Kyiv accused Moscow of shelling a hospital. The Kremlin rejected the accusation.`;
        # also of one named by a pronoun: `Mali left ECOWAS, accusing it of serving foreign
        # powers. ECOWAS has denied the charge.`)
        # (`Aguirre accused guards of taking bribes. ... The prison service denied the
        # bribery allegation`: the accusation of what the answer's noun says it is of)
        of_what = [
            d.lower_[:5]
            for d in obj.children
            if d.dep_ in {"compound", "amod"} and d.pos_ == "NOUN" and len(d.text) >= 5
        ]
        about = (
            [(f, c) for f, c in about if f.cue_lemma in _ACCUSATION_CUES]
            or [
                (f, c)
                for f, c in recent
                if of_what
                and f.cue_lemma in _ACCUSATION_CUES
                and not _said_by_party(f, party, party_name)
                and any(w.lower_.startswith(tuple(of_what)) for w in _content_tokens(doc, c))
            ]
            or [
                (f, c)
                for f, c in recent
                if f.cue_lemma in _ACCUSATION_CUES
                and c.content.text.split(" ", 1)[0].lower() in _ACCUSED_PRONOUNS
                and not _said_by_party(f, party, party_name)
            ]
            or about
            # (`Naqvi accused Afghan authorities of sheltering militants, adding that ...
            # Fitrat denied the accusation`: the accusation just made, whoever it names,
            # where the answer names nothing else of it; also with others' words between:
            # `Rights groups alleged that ... A relative said ... The SP denied the
            # allegations`)
            or [
                (f, c)
                for f, c in recent
                if kind == "denied"
                # (further back, not one that names another it accuses: `Dodik said
                # Western agents plotted to kill him. Kostresevic accused SIPA of ... The
                # embassy called the allegation absurd` is not of SIPA)
                and (
                    c.cue.start >= doc[_sentence_before(verb)].idx
                    or not _accuses_another(doc, f, party, party_name, mentions)
                )
                and not any(d.dep_ in {"compound", "amod", "prep", "poss"} for d in obj.children)
                and f.cue_lemma in _ACCUSATION_CUES
                and not _said_by_party(f, party, party_name)
            ]
        )
        targets = _claims_of_last_speaker(about) if about else []
    if not targets and elaborating and (party is not None or party_name):
        # (`The service declined to say how it had reached its findings`: its own words,
        # which answers no one, as below)
        own = [
            (f, c)
            for f, c in before
            if (party is not None and f.speaker is party) or f.speaker_name == party_name
        ]
        if own:
            return None
        # `The court did not say when it would rule`, `would not say when its ships
        # would return`: of its own affairs, with nothing it said: no claim answered
        of_its_own = not own and _asked_of_its_own(verb)
    if not targets and obj is not None and obj.lemma_.lower() in _COUNT_NOUNS:
        # `The Observatory said 745 civilians were killed. Its director said families were
        # shot. The ministry disputed those figures.`: the claims that gave a number
        counted = [
            (f, c)
            for f, c in before
            if span.start_char - c.cue.start < 3000 and _gives_a_number(doc, f)
        ]
        if obj.lemma_.lower() in _TOLLS:
            # (`rejected the death toll`: the count of the dead)
            counted = [(f, c) for f, c in counted if _counts_the_dead(doc, f)] or counted
        targets = _claims_of_last_speaker(counted) if counted else []
    accused = _accused_named(obj)
    if not targets and accused is not None:
        # `The group accused police of killing two men. The premier called the attack
        # cowardly. His office did not respond to questions about the allegations against
        # the police`: the accusation of whom it names, whoever answers
        against = [(f, c) for f, c in before if accused in c.content.text.lower().split()]
        targets = _claims_of_last_speaker(against) if against else []
    if not targets and obj is not None and obj.lemma_.lower() == "claim" and obj.i > verb.i:
        # `Tchiroma claimed he had won. He wrote that his tally showed ... Sadi dismissed
        # the claim`: the claim made as such, nearby, before others' words after it
        made = [
            (f, c)
            for f, c in answerable
            if f.cue_lemma == "claim" and span.start_char - c.cue.start < 1500
        ]
        targets = _claims_of_last_speaker(made) if made else []
    topic = _silence_topic(verb) if kind in {"no_response", "declined_comment"} else set()
    if not targets and topic and not of_its_own:
        # `The UN called for restraint. The army did not reply to questions about the
        # demolitions`: the claim that told of what the silence is about, nearby
        nearby = [(f, c) for f, c in answerable if span.start_char - c.cue.start < 2000]
        shared = [
            (f, c, topic & {_stem(t) for t in _content_tokens(doc, c) if t.pos_ in _TOPIC_POS})
            for f, c in nearby
        ]
        # (a place or name in common first: `on the fighting in Maungdaw`)
        about_topic = [(f, c) for f, c, common in shared if any(w[:1].isupper() for w in common)]
        about_topic = about_topic or [(f, c) for f, c, common in shared if common]
        targets = _claims_of_last_speaker(about_topic) if about_topic else []
    if (
        not targets
        and kind in {"no_response", "declined_comment"}
        and not elaborating
        and (party is not None or party_name)
        and (obj is None or obj.lemma_.lower() in _ASKS_MADE)
    ):
        # `Residents said Russian mercenaries killed 40 civilians. An army spokesman said
        # ... The Russian Defense Ministry did not respond to a request for comment`: a
        # silence that names nothing is about the latest claim about the party, nearby
        targets = _latest_about_party(doc, span, answerable, party, party_name, mentions)
    if of_its_own or (
        not targets
        and kind in {"no_response", "declined_comment"}
        and ((topic and _asks_whether(verb)) or _asked_whether_before(verb))
    ):
        # (`did not respond to questions about whether it would increase patrols`: a
        # question no claim told of, which answers none)
        pass
    elif not targets and before and not conceded:
        sharing: list[tuple[_Found, Claim]] = []
        if denied_clause is not None and verb.lemma_.lower() in _DENIAL_CUES | _CONFIRMING:
            # `Witnesses said agents fired pepper balls. One, a teacher, said she saw a
            # pastor pushed. A spokesperson denied that agents had used excessive force`:
            # a clause denied or confirmed answers the last who said something of it
            # nearby (a word in common), else the last who spoke, as below (a paraphrase:
            # `denied that detainees are mistreated` after `said the two were tortured`)
            wanted = _content_lemmas(denied_clause.subtree)
            sharing = [
                (f, c)
                for f, c in answerable
                if span.start_char - c.cue.start < 2000
                and wanted & _content_lemmas(_content_tokens(doc, c))
                # (not an appeal, which asserts nothing: `Gandapur urged supporters to
                # stay calm`; `call` may name a thing as well as call for it)
                and f.cue_lemma not in _REQUEST_CUES - {"call"}
            ]
            if kind == "confirmed" and not sharing:
                # `Díaz-Canel acknowledged that the blackouts had caused discontent`: what
                # nobody said before is the party's own claim, no answer
                return None
        matter = _matter_of_share(obj) if kind == "denied" else set()
        if matter:
            # `The governor said troops killed four militants. The rebels denied any
            # involvement in the jailbreak`: a denial of a part in a matter answers the
            # last who told of it nearby, and none where no claim did
            sharing = [
                (f, c)
                for f, c in answerable
                if span.start_char - c.cue.start < 2000
                and matter & {_stem(t) for t in _content_tokens(doc, c) if t.pos_ in _TOPIC_POS}
            ]
        targets = (
            []
            if matter and not sharing
            else _claims_of_last_speakers(answerable, 2)
            if both and not sharing
            else _claims_of_last_speaker(sharing or answerable)
        )
        if obj is not None and (
            (
                obj.tag_ == "NN"
                and obj.lemma_.lower() in _ACCUSATIONS | _words("claim assertion suggestion")
                and any(
                    c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in obj.children
                )
            )
            # (`Jalandoni rejected that`)
            or (obj.lower_ in _ONE_THING and obj.pos_ == "PRON")
            # (`rejected that characterization`, `dismissed this argument`; not `that
            # account`, which may be a whole story)
            or (
                obj.tag_ == "NN"
                and obj.lemma_.lower() in _STATED_THINGS - _TOLD_STORIES
                and any(c.dep_ == "det" and c.lower_ in {"that", "this"} for c in obj.children)
            )
        ):
            # `Peskov said Russia was not interested in talks. He accused NATO of ...
            # NATO rejected the accusation`: one thing answered, the last said
            targets = targets[-1:]
    elif not targets:
        targets = _answered_after(verb, span, party, ordered)
        if not targets and conceded:
            return None
    if (
        not targets
        and kind in {"denied", "confirmed"}
        and (last_before := [f for f, c in ordered if c.cue.start < span.start_char][-1:])
        and _said_by_party(last_before[0], party, party_name)
        and last_before[0].cue[0] >= doc[_sentence_before(verb)].idx
    ):
        # `The ministry said the officers were safe and denied that any had been
        # captured`, `Ruto said ... He acknowledged that funding had fallen short`: the
        # party going on with its own words, a claim, not an answer
        return None
    if (
        elaborating
        and targets
        and all(_said_by_party(f, party, party_name) for f, c in ordered if c in targets)
    ):
        # `The ministry said 230 people were killed. It did not elaborate`: saying no
        # more of its own words is no reaction to a claim (a response is another's)
        return None
    return Response(
        id="r",
        party=party.id if party else None,
        party_name=party_name,
        kind=kind,
        span=TextSpan(span.start_char, span.end_char, span.text),
        claims=tuple(c.id for c in targets),
    )


def _latest_about_party(
    doc: Doc,
    span: Span,
    answerable: list[tuple[_Found, Claim]],
    party: Entity | None,
    party_name: str,
    mentions: _Mentions,
) -> list[Claim]:
    """The claims of the last speaker, within the two sentences before, whose claims name
    the party or its state; not its own side's."""
    floor = doc[_sentence_before(doc[_sentence_before(span[0])])].idx
    nearby = [(f, c) for f, c in answerable if c.cue.start >= floor]
    about = _about_party_by_others(doc, nearby, party, party_name, mentions)
    return _claims_of_last_speaker(about) if about else []


def _about_party_by_others(
    doc: Doc,
    pairs: list[tuple[_Found, Claim]],
    party: Entity | None,
    party_name: str,
    mentions: _Mentions,
) -> list[tuple[_Found, Claim]]:
    """Those of ``pairs`` whose claims name the party or its state, made by others than
    its own side (not `The Afghan side said Pakistan had struck Kabul`, for an Afghan
    answer)."""
    kb = default_kb()
    return [
        (f, c)
        for f, c in pairs
        if _about_party(doc, c, party, party_name, mentions)
        and (party is None or party.country is None or _speaker_country(f, kb) != party.country)
    ]


def _accused_in_summed_accusation(pronoun: Token, noun: Token | None) -> Token | None:
    """`X accused Matsinhe of siding with the government, a charge he denies`: the one
    the accusation a claim noun sums up accuses, for a pronoun that denies it."""
    if pronoun.lower_ not in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
        return None
    accusation = noun.head if noun is not None else None
    if (
        noun is not None
        and accusation is not None
        and noun.dep_ in {"npadvmod", "appos", "dobj"}
        and accusation.lemma_.lower() in _ACCUSATION_CUES
    ):
        # (the one accused in the passive too: `The militia has been accused of ..., a
        # charge it denies`)
        return next(
            (
                c
                for c in accusation.children
                if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"PROPN", "PRON", "NOUN"}
            ),
            None,
        )
    # `Washington accuses Iran of arming the Houthis, which it denies`, `accused the rebels
    # of attacking the ship, a claim they dismissed`: the one accused earlier in the
    # sentence, however the parser hung the answer, where the pronoun fits it in number
    if pronoun.dep_ not in _SUBJECT_DEPS or pronoun.head.dep_ not in {"relcl", "acl"}:
        return None
    plural = pronoun.lower_ in {"they", "them"}
    return next(
        (
            c
            for verb in pronoun.doc[pronoun.sent.start : pronoun.i]
            if verb.lemma_.lower() in _ACCUSATION_CUES and verb.pos_ == "VERB"
            for c in verb.children
            # (also the one accused in the passive: `The front has been accused of
            # recruiting children, a charge it denies`)
            if c.dep_ in {"dobj", "nsubjpass"}
            and c.pos_ in {"PROPN", "NOUN"}
            and (c.tag_ in {"NNS", "NNPS"}) == plural
        ),
        None,
    )


def _gives_a_number(doc: Doc, item: _Found) -> bool:
    """Whether what a claim says holds a number (`745 civilians had been killed`)."""
    return any(t.like_num for t in doc.char_span(*item.content, alignment_mode="expand") or ())


#: Counts of the dead: `the death toll`, `the toll`.
_TOLLS = _words("toll tolls")


def _counts_the_dead(doc: Doc, item: _Found) -> bool:
    """Whether what a claim says counts the dead (`32 people were killed`)."""
    said = doc.char_span(*item.content, alignment_mode="expand") or ()
    return any(t.lemma_.lower() in _DYING | _DEATH_NOUNS | {"kill"} for t in said)


def _gives_a_round_count(doc: Doc, item: _Found) -> bool:
    """Whether what a claim says holds a count in round words (`lost "thousands of
    members"`)."""
    return any(
        t.lower_ in _ROUND_COUNTS
        for t in doc.char_span(*item.content, alignment_mode="expand") or ()
    )


#: Counts of things, by lemma, that stand for the things counted: `dozens of attacks`.
_COUNTS_OF_THINGS = _words(
    "dozen hundred thousand million score ten number series string wave spate"
)


#: Counts given in round words: `thousands of members`.
_ROUND_COUNTS = _words("dozens hundreds thousands millions scores tens")


def _accused_named(obj: Token | None) -> str | None:
    """The word for whom an accusation names (`the allegations against the police`:
    `police`), in lower case."""
    if obj is None or obj.lemma_.lower() not in _ACCUSATIONS:
        return None
    return next(
        (
            g.lower_
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in {"against", "of"}
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def _asked_of_its_own(verb: Token) -> bool:
    """Whether what a party declines to say is about itself: its clause has a pronoun for
    it as subject or owner (`when it would rule`, `when its ships would return`)."""
    clause = next(
        (
            c
            for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
            for c in v.children
            if c.dep_ == "ccomp"
        ),
        None,
    )
    return clause is not None and any(
        t.lower_ in {"it", "its", "they", "their"} and t.dep_ in {*_SUBJECT_DEPS, "poss"}
        for t in clause.subtree
    )


def _reporters_claim_noun(noun: Token, verb: Token) -> bool:
    """`investigates allegations of misconduct, which he denies`: a claim noun the denial's
    relative clause describes, the object of a verb that reports nothing (the reporter's
    words)."""
    return (
        verb.dep_ == "relcl"
        and noun.lemma_.lower() in _STATED_THINGS
        and noun.dep_ in {"dobj", "pobj"}
        and noun.head.lemma_.lower() not in _ANY_CUE_VERBS
        and noun.head.lemma_.lower() not in _JUDGING_A_DOCUMENT
        # (not one that refers back: `no evidence to support the claim, which Moscow
        # has repeatedly denied`)
        and not any(c.dep_ in {"det", "poss"} for c in noun.children)
    )


def _one_side(found: _Found, subject: Token | None, party: Entity | None, party_name: str) -> bool:
    """Whether a claim was made for the answering party, or the party speaks for whoever
    made it: `Junta spokesman Zaw Min Tun said ... The junta has denied ...`; `The
    Constitutional Court has said ... A spokesperson for the court declined to comment`."""
    if party is not None or party_name:
        name = {w.lower() for w in (party.name if party is not None else party_name).split()}
        if _spoke_for(found) & name:
            return True
    if subject is not None and found.speaker_name:
        # (`Rwanda says ... Government spokeswoman Yolande Makolo told the BBC ...`: one
        # titled the spokesperson of the body that made the claim)
        title = {t.lower_ for t in subject.subtree if t.i < subject.i}
        spoken = {w.strip("()").lower() for w in found.speaker_name.split()}
        if title & _SPOKESPEOPLE and (title - _SPOKESPEOPLE) & spoken:
            return True
    if subject is None or subject.lemma_.lower() not in _SPOKESPEOPLE or not found.speaker_name:
        return False
    # (`A spokesperson for the court`: the court named before)
    spoken_for = {
        g.lemma_.lower()
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    }
    return found.speaker_name.lower().split()[-1] in spoken_for


def _spoke_for(found: _Found) -> frozenset[str]:
    """The words of the body a claim's speaker is called the spokesperson of, in its source
    or where the speaker was first named (`Junta spokesman Zaw Min Tun`, `Taliban
    spokesperson Zabihullah Mujahid ... Mujahid said`); read once a claim."""
    if found.spoke_for is None:
        source = found.source_token
        titles: list[set[str]] = []
        if source is not None and found.source is not None:
            doc = source.doc
            titles.append(
                {t.lower_ for t in doc[source.left_edge.i : source.i] if found.source[0] <= t.idx}
            )
            if found.speaker is not None and found.speaker.mentions:
                titles.append(_title_before(doc, found.speaker.mentions[0].start))
        found.spoke_for = frozenset(
            word for words in titles if words & _SPOKESPEOPLE for word in words - _SPOKESPEOPLE
        )
    return found.spoke_for


def _said_by_party(found: _Found, party: Entity | None, party_name: str) -> bool:
    """Whether a claim is the answering party's own (by its name when it has no entity:
    `Iran's embassy called the accusations baseless. It did not respond ...`)."""
    if party is not None:
        return found.speaker is party
    return bool(party_name) and found.speaker_name == party_name


#: Responses that answer what was said (not a silence, which may be asked of one's own).
_ANSWERS = frozenset(("denied", "disputed"))


def _pointed_back_to(noun: Token) -> bool:
    """`that account`, `this claim`: a claim noun with a word that points back."""
    return noun.lemma_.lower() in _STATED_THINGS and any(
        c.dep_ == "det" and c.lower_ in {"that", "this", "those", "these"} for c in noun.children
    )


def _accuses_another(
    doc: Doc, item: _Found, party: Entity | None, party_name: str, mentions: _Mentions
) -> bool:
    """Whether an accusation names the one it accuses (`accused SIPA of ...`), and that
    is neither the party nor of its state."""
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    accused = (
        next((c for c in cue.root.children if c.dep_ == "dobj"), None) if cue is not None else None
    )
    named = mentions.at(*_name_chars(accused)) if accused is not None else None
    state = _state_of_party(party, party_name)
    return named is not None and not (
        named is party or named.name == party_name or (state is not None and named.country == state)
    )


def _state_of_party(party: Entity | None, party_name: str) -> str | None:
    """The state a party speaks for: as one of its bodies or office holders, or as its
    officials left unnamed (`Chinese Embassy`)."""
    return _state_spoken_for(party) or _state_of_officials(party_name)


def _but_opens_its_report(doc: Doc, sent: Span, item: _Found) -> bool:
    """`X said A. But relatives said B.`: a sentence opened by `But`, then the source and
    its cue, set against what was said before it as `However` sets it (not `"But it is
    only permanent ...," she said`, a quotation that goes on)."""
    if item.source is None or item.kind != "indirect":
        return False
    words = [t for t in doc[sent.start : sent.end] if not t.is_space]
    return (
        len(words) > 2
        and words[0].lower_ == "but"
        and words[1].idx <= item.source[0] < item.cue[0] < item.content[0]
        and len(doc.char_span(words[1].idx, item.cue[0], alignment_mode="expand") or ()) <= 6
    )


def _of_the_same_state(found: _Found, state: str | None, *, answering: bool = True) -> bool:
    """Whether a claim was made for ``state``, the one a party speaks for (as one of its bodies
    or one who holds office in it): by another of its bodies, or by another who holds
    office in it (`foreign ministry spokesman Lin Jian said ... The Chinese defense
    ministry did not respond`; `The Kremlin denied involvement. "...," Peskov said`),
    or, for an answer (not a silence), by its officials left unnamed (`A senior Turkish
    security official said ... Turkey's defence ministry denied the allegation`), or by
    one titled with one of its bodies (`Thai army spokesman Winthai Suvaree said ... The
    Thai army denied`); ``state`` is read once an answer, by :func:`_state_of_party`."""
    if state is None:
        return False
    if not answering:
        # (a silence may be asked of one's own officials: `Two U.S. officials said a
        # drone crashed. The Pentagon declined to comment`; not of another of its bodies
        # named as written, `Azerbaijan's border service said ...`)
        if found.speaker is None:
            return _state_of_body_as_written(found.speaker_name) == state
        return _state_spoken_for(found.speaker) == state
    if found.speaker is None:
        return _state_of_officials(found.speaker_name) == state
    return _state_spoken_for(found.speaker) == state or (
        found.speaker.kind == "person"
        and found.speaker.country == state
        and bool(_spoke_for(found) & _STATE_BODY_WORDS)
    )


def _state_of_body_as_written(name: str) -> str | None:
    """The state of a body named as written with its state before it, where no actor
    holds it (`Azerbaijan's border service`)."""
    owner, apostrophe, body = name.partition("'s ")
    if not apostrophe or not body:
        owner, apostrophe, body = name.partition("’s ")
    words = body.lower().split()
    if not apostrophe or not words or words[-1] not in _STATE_BODY_WORDS | {"service", "agency"}:
        return None
    return default_kb().country(owner)


def _state_of_officials(name: str) -> str | None:
    """The state of a group or body the article leaves unnamed, by its demonym, where it
    is the state's (`Israeli officials`, `senior Turkish security official`, `Chinese
    Embassy`), not its people (`Israeli residents`)."""
    words = name.lower().split()
    # (the group's own words before what it is of: not `Former detainees of the Israeli
    # military`, `Relatives of men held by the Pakistani army`; but `officials of the army`)
    cut = next((n for n, w in enumerate(words) if w in _GROUP_LINKS), len(words))
    if cut < len(words) and not set(words[:cut]) & (_STATE_BODY_WORDS | _OFFICIAL_WORDS):
        return None
    if not set(words) & (_STATE_BODY_WORDS | _OFFICIAL_WORDS | _STATE_SERVICE_WORDS):
        return None
    kb = default_kb()
    # (also the state's name as the owner: `Russia's prison service`)
    return next((c for w in words if (c := kb.country(re.sub(r"['’]s$", "", w))) is not None), None)


#: Words of a state's services, which speak for it as its bodies do: `Russia's prison
#: service`, `the state prosecutor`.
_STATE_SERVICE_WORDS = _words("service prison prosecutor prosecutors judiciary")


#: Words that tie a group to what it is of or by: `Relatives of men held by the army`.
_GROUP_LINKS = _words("of by from held at with who")


#: Words of a state's bodies, in their names and in titles of those who speak for them.
_STATE_BODY_WORDS = _words(
    """army military government ministry police foreign defence defense interior navy
    presidency presidential embassy cabinet"""
)
#: Words of those who hold office: `Israeli officials`.
_OFFICIAL_WORDS = _words("official officials spokesman spokeswoman spokesperson diplomat diplomats")


def _state_spoken_for(actor: Entity | None) -> str | None:
    """The state a body of it, or one who holds office in it, speaks for."""
    if actor is None or actor.country is None:
        return None
    if actor.kind in _STATE_KINDS:
        return actor.country
    entry = default_kb().get(actor.kb_id) if actor.kb_id else None
    if entry is not None and any(o.country == actor.country for o in entry.offices):
        return actor.country
    return None


#: Those who respond to a report by going out: `Firefighters responded to reports of
#: a fire`.
_CALLED_OUT = _words(
    """firefighter police officer paramedic rescuer medic crew team soldier troop deputy
    agent ambulance trooper"""
)
#: Asks that go unanswered: `Calls to the ministry went unanswered`.
_ASKS = _words("call message email request inquiry query effort attempt")
#: Verbs of seeking an answer: `when contacted by VOA`, `asked by Reuters`.
_ASKING_VERBS = _words("contact ask reach approach question email call")


def _silence_topic(verb: Token) -> set[str]:
    """The stems of what a silence is about, named by `about`, `on`, `over` or
    `regarding` (`questions about the demolitions`, `comment on the drone allegation`,
    `Asked about the detentions, ...`), without the words for things said."""
    stems: set[str] = set()
    for token in verb.sent:
        if not (
            token.dep_ == "prep"
            and token.lower_ in {"about", "on", "over", "regarding", "concerning"}
            and (verb.is_ancestor(token) or token.head.lemma_.lower() == "ask")
        ):
            continue
        for word in token.subtree:
            if (
                word.pos_ in _TOPIC_POS
                and word.i != token.i
                and word.lemma_.lower() not in _CLAIM_OBJECTS | _ASKS_MADE | _TOPIC_FILLERS
            ):
                stems.add(_stem(word))
    return stems


def _confirmation_wished(verb: Token) -> bool:
    """A confirmation demanded or foreseen, not given: `Aliyev said Russia must admit
    guilt`, `wants Russia to admit responsibility` (but `was forced to admit the loss`)."""
    if verb.head.lemma_.lower() in {"force", "compel", "oblige"}:
        return False
    return verb.dep_ == "xcomp" or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children
    )


def _asked_whether_before(verb: Token) -> bool:
    """`Asked whether Washington had raised the issue, the spokesperson declined to
    comment`: a silence on the question put, which answers no claim."""
    return any(
        c.dep_ == "advcl"
        and c.lemma_.lower() == "ask"
        and c.i < verb.i
        and any(
            m.dep_ == "mark" and m.lower_ in {"whether", "if"}
            for g in c.children
            if g.dep_ == "ccomp"
            for m in g.children
        )
        for c in verb.children
    )


def _asks_whether(verb: Token) -> bool:
    """`did not respond to questions about whether it would increase patrols`: a silence
    on a question of its own, asked in a clause."""
    return any(
        t.lower_ in {"whether", "if", "how", "why", "when"}
        and t.head.dep_ in {"pcomp", "pobj", "ccomp"}
        and any(a.dep_ == "prep" and a.lower_ in {"about", "on", "over"} for a in t.ancestors)
        for t in verb.subtree
    )


#: Words of a silence's topic that name no matter of their own: `on the matter`.
_TOPIC_FILLERS = _words(
    """matter matters issue issues question questions account accounts case cases situation
    incident incidents development developments thing things detail details say"""
)


#: The words of a silence's topic and of a claim that may match.
_TOPIC_POS = frozenset(("NOUN", "VERB", "PROPN"))


#: Phrasal verbs that dismiss what they take (`brushed aside the accusations`, `shrugged
#: off the claims`, `waved away the reports`), by the particle each takes.
_DISMISSING_PHRASES = {"brush": {"aside", "off"}, "shrug": {"off"}, "wave": {"away", "off"}}


def _response_lemma(token: Token) -> str:
    """A response verb's lemma, a phrasal dismissal's `dismiss`."""
    lemma = token.lemma_.lower()
    particles = _DISMISSING_PHRASES.get(lemma, set())
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in token.children):
        return "dismiss"
    return lemma


#: A part a party may deny having had in a matter: `any involvement in the attack` (not
#: `links to the militia`, a party, often named in other words than the claim's).
_SHARES_IN = (_PARTS_IN - _words("link links tie ties connection connections")) | _words(
    "responsibility complicity"
)


def _matter_of_share(obj: Token | None) -> set[str]:
    """The stems of the matter a denied share names: `involvement in the jailbreak`,
    `responsibility for the bombing` (none for a share named alone, `denied
    involvement`, nor for a deed, which is often told in other words: `deny providing
    sanctuary to fighters` after `blamed attacks on militants`)."""
    if obj is None or obj.lemma_.lower() not in _SHARES_IN:
        return set()
    return {
        _stem(word)
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "for", "behind"}
        for word in prep.subtree
        if word.pos_ in _TOPIC_POS
        and word.i != prep.i
        and word.lemma_.lower() not in _CLAIM_OBJECTS | _TOPIC_FILLERS
    }


def _stem(token: Token) -> str:
    """A word's first letters, enough to match `demolitions` with `demolished` (a name
    whole, as written: `Maungdaw`)."""
    return token.text if token.pos_ == "PROPN" else token.lemma_.lower()[:5]


def _requester(verb: Token) -> Token | None:
    """Who asked: the agent of `when contacted by X` in the response's clause, or the
    source of `questions from X` / `a request from X`."""
    for token in verb.subtree:
        if token.dep_ == "agent" and token.head.lemma_.lower() in _ASKING_VERBS:
            return next((c for c in token.children if c.dep_ == "pobj"), None)
        if token.lower_ == "from" and token.head.lemma_.lower() in {
            "question",
            "request",
            "query",
            "inquiry",
        }:
            return next((c for c in token.children if c.dep_ == "pobj"), None)
    return None


def _hits_back(doc: Doc, item: _Found) -> bool:
    """`X hit back, saying ...`, `pushed back against the claims, saying ...`: a claim made
    as a riposte."""
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    if cue is None or item.source is None:
        return False
    verb = cue.root
    return any(
        token.lemma_.lower() in {"hit", "push"}
        and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in token.children)
        # `pushed back the Russian troops, saying ...` is a deed, not a riposte
        and not any(c.dep_ == "dobj" for c in token.children)
        for token in doc[verb.sent.start : verb.i + 1]
        if token.idx >= item.source[1] or token.i == verb.i
    )


#: What a party disputes when it disputes what was said: `disputed the account`.
_STATED_THINGS = _CLAIM_OBJECTS | _words(
    """account version figure figures toll number numbers result results estimate estimates
    ruling verdict view views assessment assessments characterization characterisation
    conclusion conclusions argument arguments reading interpretation narrative information
    explanation description descriptions portrayal notion timeline chronology position
    reasoning rationale justification"""
)


def _disputes_a_statement(doc: Doc, item: _Found) -> bool:
    """`disputed the ministry's figures`, `disputed that ...`, not a quarrel over a thing:
    `Japan and China have been disputing the islands for years`, nor doubts of a thing,
    `questioned the decision`."""
    if item.cue_lemma not in {"dispute", "contest", "question", "challenge"}:
        return True
    content = doc.char_span(*item.content, alignment_mode="expand")
    if content is None or content.root.pos_ not in {"NOUN", "PROPN"}:
        # (`questioned whether the strikes are lawful`: a doubt of its own, no answer to
        # what was said unless the article marks it so)
        return item.cue_lemma != "question"
    head = content.root
    return head.lemma_.lower() in _STATED_THINGS or any(c.dep_ == "poss" for c in head.children)


def _document_owning(doc: Doc, item: _Found) -> str | None:
    """`disputed the poll's findings`: the document whose words a content names."""
    content = doc.char_span(*item.content, alignment_mode="expand")
    if content is None:
        return None
    return _document_word(next((c for c in content.root.children if c.dep_ == "poss"), None))


def _document_word(word: Token | None) -> str | None:
    """The kind of document a word names (`poll`, `report`), else None."""
    if word is None or word.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    return str(word.lemma_.lower())


def _said_by_document(item: _Found, document: str | None) -> bool:
    """Whether a claim's source is a ``document`` of that kind (`A new poll found ...`)."""
    return (
        document is not None
        and item.source_token is not None
        and item.source_token.lemma_.lower() == document
    )


def _said_in_document(doc: Doc, item: _Found, document: str) -> bool:
    """Whether a claim was made in a ``document`` of that kind: `In a letter to the
    council, the minister wrote ...`."""
    sent = doc[_token_at(doc, item.cue[0])].sent
    return any(
        t.lemma_.lower() == document
        and t.dep_ == "pobj"
        and t.head.lower_ in {"in", "through", "via"}
        for t in sent
    )


def _answered_after(
    verb: Token, span: Span, party: Entity | None, ordered: list[tuple[_Found, Claim]]
) -> list[Claim]:
    """A response told before what it answers (a lead: `X confirmed that the Taliban had
    barred him`, then `... a day after the Taliban reported ...`): the claims, within the
    next two sentences, of another speaker that the response's sentence names."""
    doc = verb.doc
    last = doc[_end_of_sentences_after(verb.sent, 2) - 1].sent
    after = [
        (f, c)
        for f, c in ordered
        if span.end_char <= c.cue.start < last.end_char
        and not f.continuation
        and (party is None or f.speaker is not party)
        # (not the claim whose words the response is: `"Pakistan denies any role," the
        # spokesman said`)
        and not c.content.start <= span.start_char < c.content.end
    ]
    here = (verb.sent.start_char, verb.sent.end_char)
    first = next((f for f, _c in after if _names(here, f.speaker)), None)
    return [c for f, c in after if first is not None and _same_speaker(f, first)]


def _disputes(
    doc: Doc, sents: list[Span], ordered: list[tuple[_Found, Claim]], mentions: _Mentions
) -> list[Response]:
    """A counter-claim: another party's claim set against an earlier one, as the article
    marks it: opened by `however` or `in response`, joined by `but` to another party's
    words or silence in the same sentence, or made with a cue of dispute (`insisted`)."""
    out: list[Response] = []
    seen: set[tuple[int, str]] = set()
    # How near a claim is: from the last sentence of its words, a quote running on
    # over several sentences included.
    last_sent: dict[tuple[int, int], int] = {}
    for f, _c in ordered:
        end = max(f.sent, _sentence_at(sents, f.content[1] - 1))
        last_sent[f.cue] = max(last_sent.get(f.cue, end), end)
    for i, (item, claim) in enumerate(ordered):
        if item.continuation or item.speaker_name == "" or item.source is None:
            continue
        cue = doc.char_span(*item.cue, alignment_mode="expand")
        if (
            cue is not None
            and cue.root.pos_ == "NOUN"
            and cue.root.head.lemma_.lower() in (_DENIAL_CUES | _DISPUTE_CUES)
        ):
            continue  # `..., but rejected Pakistani claims that ...`: what is answered
        sent = sents[item.sent]
        # (a comma inside a closing quote mark is the same comma: `"order," but ...`)
        lead = re.sub(
            r",[\"”’']+(?=\s)", ",", _text(doc)[sent.start_char : min(item.source[0], item.cue[0])]
        ).lower()
        others_here = [
            f for f, _c in ordered[:i] if f.sent == item.sent and not _same_speaker(f, item)
        ]
        opener = lead.lstrip(' “"')
        but_opens = _but_opens_its_report(doc, sent, item)
        however = (
            opener.startswith("however")
            or ", however," in lead
            or _however_at_the_cue(doc, item)
            or but_opens
        )
        marked = (
            (opener.startswith(_CONTRAST_OPENERS) and not however)
            or _RESPONSE_OPENER.match(opener) is not None
            or _counters_earlier(doc, sents, item, claim)
            or (", but" in lead and (others_here or _reports_silence(lead)))
            # (`X says A, although Y says B`: set against another party's words)
            or (others_here and any(j in lead for j in _CONTRAST_JOINS))
            # (`X said A, while Y said it had seen nothing`: `while` sets reports side by
            # side, and against each other when the second says not so)
            or (others_here and ", while" in lead and _content_says_not_so(doc, item))
            or _hits_back(doc, item)
        )
        disputing = item.cue_lemma in _DISPUTE_CUES and _disputes_a_statement(doc, item)
        answering = marked or disputing
        if not (however or answering) and (item.sent, item.speaker_name) not in seen:
            negated = _negated_before(doc, item, ordered[:i], mentions)
            if negated:
                # `The rebels said they killed five soldiers. The army said no soldiers
                # died.`: a counter-claim that says not so, of the same matter
                seen.add((item.sent, item.speaker_name))
                out.append(_dispute_by(item, claim.content, negated))
                continue
            rivals = _rival_counts(doc, item, [(f, c) for f, c in ordered[:i]], last_sent)
            if rivals:
                # `The Houthis say they attacked 150 ships. The Pentagon says they attacked
                # about 70`: another count of the same thing, just after another's
                seen.add((item.sent, item.speaker_name))
                out.append(_dispute_by(item, claim.content, rivals))
                continue
            if _real_figure(doc, item):
                # `Police said they had arrested 500 people. The party says the real figure
                # is much higher`: a rival count of what another counted just before
                counted = [
                    (f, c)
                    for f, c in ordered[:i]
                    if not _same_speaker(f, item)
                    and not f.continuation
                    and 0 <= item.sent - last_sent[f.cue] <= 3
                    and _gives_a_number(doc, f)
                ]
                if counted:
                    seen.add((item.sent, item.speaker_name))
                    last_counter = counted[-1][0]
                    rivals = [c for f, c in counted if _same_speaker(f, last_counter)]
                    out.append(_dispute_by(item, claim.content, rivals))
                    continue
        if not (however or answering) or (item.sent, item.speaker_name) in seen:
            continue
        # A bare `however` sets the claim against what was said just before, or against
        # an earlier speaker it names (`However, historians exposed Detrez as a fraud`),
        # not against narration in between (`X makes no disclaimers. However, Y reported`).
        earlier = [
            (f, c)
            for f, c in ordered[:i]
            if not _same_speaker(f, item)
            and item.sent - last_sent[f.cue] <= 3
            and not f.continuation
            # (not the claim that tells of this one: `The chairman said Khan had insisted
            # on a trial`)
            and not f.content[0] <= item.cue[0] < f.content[1]
            and (answering or item.sent - last_sent[f.cue] <= 1 or _names(item.content, f.speaker))
        ]
        beside = [f for f, _c in earlier if f.sent == item.sent]
        if beside and _of_own_side(doc, item, beside[-1], ordered[:i]):
            continue  # set against a claim of its own side, which it does not dispute
        if but_opens and not answering:
            # (`But` sets one side against another, not a state's bodies or a party's
            # own people against each other)
            state = _state_of_party(item.speaker, item.speaker_name)
            earlier = [
                (f, c)
                for f, c in earlier
                if not _of_the_same_state(f, state)
                and not (item.speaker is not None and f.speaker is item.speaker)
                and not _names(item.source, f.speaker)
                and not _names(f.source or f.cue, item.speaker)
            ]
        if disputing and not (marked or however) and item.cue_lemma == "insist":
            # `China's leadership insists it is committed to peace`, after claims about
            # China: an insistence answers only what was said about its speaker (not `The
            # IMF said growth would slow. Chinese officials insisted ...`)
            earlier = [
                (f, c)
                for f, c in earlier
                if _about_party(doc, c, item.speaker, item.speaker_name, mentions)
            ]
        disputed = doc.char_span(*item.content, alignment_mode="expand") if disputing else None
        if disputed is not None and disputed.root.lemma_.lower() in _COUNT_NOUNS:
            # `disputed those figures`: the claims that gave a number (of the dead, for a
            # toll: `disputed the death toll`)
            earlier = [(f, c) for f, c in earlier if _gives_a_number(doc, f)] or earlier
            if disputed.root.lemma_.lower() in _TOLLS:
                earlier = [(f, c) for f, c in earlier if _counts_the_dead(doc, f)] or earlier
        if disputed is not None and disputed.root.lemma_.lower() in _CLAIM_OBJECTS:
            # `disputed the claim`: a claim, not a request (`He urged soldiers to ...`)
            earlier = [(f, c) for f, c in earlier if f.cue_lemma not in _REQUEST_CUES] or earlier
        if not earlier:
            continue
        seen.add((item.sent, item.speaker_name))
        # `disputed the poll's findings`: what that document said, further back too
        owner = _document_owning(doc, item)
        named = [
            (f, c)
            for f, c in ordered[:i]
            if _said_by_document(f, owner)
            and not f.continuation
            and not _same_speaker(f, item)
            and item.sent - last_sent[f.cue] <= 10
        ]
        if named:
            earlier = named
        if disputed is not None and (owned := _claims_of_owner(disputed.root, earlier, mentions)):
            earlier = owned  # `disputed Smith's account`: the claims of the one it names
        last = earlier[-1][0]
        targets = [c for f, c in earlier if _same_speaker(f, last)]
        if disputed is not None and len(disputed) == 1 and disputed.root.lower_ in _ONE_THING:
            targets = targets[-1:]  # `Jalandoni disputed that`: the last thing said
        span = claim.content
        if disputed is not None and not any(t.pos_ in {"VERB", "AUX"} for t in disputed):
            # `New Delhi has disputed this`: the answer is the whole clause, not the thing
            start = min(item.source[0], item.cue[0])
            span = TextSpan(start, span.end, _text(doc)[start : span.end])
        out.append(_dispute_by(item, span, targets))
    return out


#: Nouns for what may be a whole story told: `rejected that account`.
_TOLD_STORIES = _words(
    "account version narrative story description timeline chronology information explanation"
)

#: Pronouns for one thing said: `disputed that`.
_ONE_THING = _words("that this it")


def _of_own_side(
    doc: Doc, item: _Found, earlier: _Found, before: list[tuple[_Found, Claim]]
) -> bool:
    """Whether a claim is one a counter-claim's speaker cannot dispute, being their own
    side's: told inside their own words (`A U.S. official said Washington believed the
    truce was holding, though the official acknowledged ...`), their office's (`Joseph
    Aoun's office`), or their body's, whose official they are (`The association said ...,
    but its president, Ana Ruiz, warned ...`)."""
    if any(
        _same_speaker(f, item) and f.content[0] <= earlier.cue[0] < f.content[1] for f, _c in before
    ):
        return True
    name = item.speaker_name
    if len(name) > 3 and name[:1].isupper() and earlier.speaker_name.startswith(f"{name}'s "):
        return True
    source = doc.char_span(*item.source, alignment_mode="expand") if item.source else None
    return (
        source is not None
        and earlier.sent == item.sent
        and (
            earlier.speaker.kind != "person"
            if earlier.speaker is not None
            else not _looks_personal(earlier.speaker_name)
        )
        and any(t.dep_ == "poss" and t.lower_ == "its" for t in source)
    )


def _claims_of_owner(
    noun: Token, earlier: list[tuple[_Found, Claim]], mentions: _Mentions
) -> list[tuple[_Found, Claim]]:
    """Those of ``earlier`` said by the owner a noun of saying names (`Smith's account`)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        # `disputed the rebels' version`, `the army's account`: those who spoke as the
        # people or body it names
        people = next(
            (c for c in noun.children if c.dep_ == "poss" and c.tag_ in {"NNS", "NN"}), None
        )
        words = {people.lower_, people.lemma_.lower()} if people is not None else set()
        named = [
            f
            for f, _c in earlier
            if words
            and (
                (f.speaker is None and words & set(f.speaker_name.lower().split()))
                # (a body or person named by the same word, whatever it was resolved to:
                # `Sudan's army said ... the army's account`)
                or (f.source_token is not None and f.source_token.lemma_.lower() in words)
            )
        ]
        # (all they said, however named each time: `the minister said ... He added`)
        return [(f, c) for f, c in earlier if any(_same_speaker(f, n) for n in named)]
    chars = _name_chars(owner)
    entity = mentions.at(*chars)
    # (the surname as written, `Díaz-Canel`, where the tagger took it for a body's name)
    surname = _text(owner.doc)[chars[0] : chars[1]].lower().split()[-1:]
    state = (
        entity.country
        if entity is not None and entity.kind == "government"
        else default_kb().country_or_seat(owner.text)
        if entity is None or entity.kind != "person"
        else None
    )
    return [
        (f, c)
        for f, c in earlier
        if (entity is not None and f.speaker is entity)
        # (a state by its capital, for any of its bodies: `Pristina's account` of what
        # Kosovo's interior ministry said)
        or (
            state is not None
            and f.speaker is not None
            and f.speaker.kind != "person"
            and f.speaker.country == state
        )
        or (
            (entity is None or entity.kind != "person")
            and bool(set(surname) & set(f.speaker_name.lower().split()))
        )
    ]


#: Words that set a count against another's: `the real figure`, `the actual toll`.
_RIVAL_COUNT_WORDS = _words("real actual true")


def _real_figure(doc: Doc, item: _Found) -> bool:
    """Whether what a claim says is of the real count (`the real figure is much higher`,
    `the actual death toll was 80`), the subject of its clause."""
    said = doc.char_span(*item.content, alignment_mode="expand")
    return said is not None and any(
        t.dep_ in _SUBJECT_DEPS
        and t.lemma_.lower() in _COUNT_NOUNS
        and any(c.dep_ == "amod" and c.lower_ in _RIVAL_COUNT_WORDS for c in t.children)
        for t in said
    )


def _count_told(doc: Doc, item: _Found) -> tuple[str, dict[str, str]] | None:
    """The lemma of the verb of what a claim says and the numbers it gives, by what
    they count (`attacked 150 ships`: `attack`, {`ship`: `150`}; `attacked about 70`,
    the thing left out: {``: `70`}), where it gives any."""
    said = doc.char_span(*item.content, alignment_mode="expand")
    # (a verb that tells what was done: not `be` or `have`, which any two counts share)
    if said is None or said.root.pos_ != "VERB" or said.root.lemma_.lower() in {"be", "have"}:
        return None
    counts = {
        (t.head.lemma_.lower() if t.dep_ == "nummod" else ""): t.text
        for t in said
        if t.like_num and t.ent_type_ not in _WHEN_ENTS
    }
    return (said.root.lemma_.lower(), counts) if counts else None


#: Entity types of numbers that tell when, not how many: `in 2023`, `on Monday`.
_WHEN_ENTS = frozenset(("DATE", "TIME", "ORDINAL"))


def _rival_counts(
    doc: Doc,
    item: _Found,
    before: list[tuple[_Found, Claim]],
    last_sent: dict[tuple[int, int], int],
) -> list[Claim]:
    """The claims of another party in the sentence just before (or the same one) that
    count what ``item`` counts, with its verb, and give other numbers."""
    mine = _count_told(doc, item)
    if mine is None:
        return []
    rivals = [
        (f, c)
        for f, c in before
        if not _same_speaker(f, item)
        and not f.continuation
        and 0 <= item.sent - last_sent[f.cue] <= 1
        and not f.content[0] <= item.cue[0] < f.content[1]
        and (theirs := _count_told(doc, f)) is not None
        and theirs[0] == mine[0]
        and any(
            (counted == "" or counted in theirs[1]) and number not in theirs[1].values()
            for counted, number in mine[1].items()
        )
        and all(number not in mine[1].values() for number in theirs[1].values())
    ]
    if not rivals:
        return []
    last = rivals[-1][0]
    return [c for f, c in rivals if _same_speaker(f, last)]


def _dispute_by(item: _Found, span: TextSpan, claims: list[Claim]) -> Response:
    """A claim's speaker disputing ``claims``, answered in ``span``."""
    return Response(
        id="r",
        party=item.speaker.id if item.speaker else None,
        party_name=item.speaker_name,
        kind="disputed",
        span=span,
        claims=tuple(c.id for c in claims),
    )


def _negated_before(
    doc: Doc, item: _Found, before: list[tuple[_Found, Claim]], mentions: _Mentions
) -> list[Claim]:
    """The claims of another party in the sentence just before that ``item`` says are not
    so: what it says is negated in its own clause (`no soldiers died`, `it had not sent
    any troops`), shares a word of substance with a claim that is not, and that claim is
    about ``item``'s speaker (`The rebels said they killed five soldiers. The army said no
    soldiers died.`, `Seoul said the North had sent troops to Russia. Pyongyang said it
    had not sent any soldiers to Russia.`)."""
    if item.cue_lemma not in _SAYING_ROOTS or item.source is None or item.kind != "indirect":
        return []
    content = doc.char_span(*item.content, alignment_mode="expand")
    if content is None or not _says_not_so(content.root) or _modal(content.root):
        return []
    words = _core_words(content.root)
    speaker_state = _state_of_party(item.speaker, item.speaker_name)
    for f, c in reversed(before):
        if f.sent != item.sent - 1 or f.continuation or _same_speaker(f, item):
            continue
        said = doc.char_span(*f.content, alignment_mode="expand")
        if (
            said is None
            or f.kind != "indirect"
            or _says_not_so(said.root)
            or _modal(said.root)
            or not words & _core_words(said.root)
            or _of_the_same_state(f, speaker_state)
            # (of the speaker's side, named in the claim before or as the subject of its
            # own words: `it had not sent any soldiers`, `its forces never crossed`)
            or not (
                _about_party(doc, c, item.speaker, item.speaker_name, mentions)
                or _speakers_own_side(content.root)
                # (an army, of its soldiers: `they killed five soldiers`)
                or (_armed_speaker(item) and any(t.lemma_.lower() in _TROOPS for t in said))
            )
        ):
            continue
        return [c2 for f2, c2 in before if f2.sent == f.sent and _same_speaker(f2, f)]
    return []


#: Words for an army's own people, in what others say of it: `killed five soldiers`.
_TROOPS = _words("soldier troop army military force")
#: ... and of a side's police and fighters, and with an owner its men too: `our men`.
_FORCE_MEMBERS = _TROOPS | _words("police fighter officer agent guard")
_OWNED_MEN = _FORCE_MEMBERS | _words("man")


def _armed_speaker(item: _Found) -> bool:
    """Whether a claim's speaker is a state's armed force (`army`, `Sudanese Armed
    Forces`)."""
    if item.speaker is not None and item.speaker.kind == "military":
        return True
    return bool(set(item.speaker_name.lower().split()) & {"army", "military", "forces"})


def _says_not_so(root: Token) -> bool:
    """Whether a clause is negated: a `not` on its verb, or `no` on its subject or object
    (`no soldiers died`, `had lost no aircraft`)."""
    return _negated(root) or any(
        c.dep_ in {*_SUBJECT_DEPS, "dobj", "attr"}
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in root.children
    )


#: Pronouns that say not so of a whole clause: `had seen nothing`, `nobody was hurt`.
_NOTHING = _words("nothing nobody none no-one")


def _content_says_not_so(doc: Doc, item: _Found) -> bool:
    """Whether what a claim says is negated of the speaker's own side (`it had not
    moved`, `it had seen nothing`) or of anything at all (`no troops crossed`, `nobody
    was hurt`), not merely doubted (`it may not`)."""
    content = doc.char_span(*item.content, alignment_mode="expand")
    if content is None or _modal(content.root):
        return False
    root = content.root
    # (of the speaker's own side, or of nothing at all: not `some senators argued that
    # Congress had never authorized it`, another matter)
    return (
        _speakers_own_side(root)
        and (_says_not_so(root) or any(c.lower_ in _NOTHING for c in root.children))
    ) or any(
        c.dep_ in _SUBJECT_DEPS and (_nobody(c) or c.lower_ == "nothing") for c in root.children
    )


def _core_words(root: Token) -> set[str]:
    """The lemmas of a clause's verb and of the heads of its subject and object, less
    pronouns and those of saying and being: what it is about."""
    core = [root, *(c for c in root.children if c.dep_ in {*_SUBJECT_DEPS, "dobj"})]
    return {
        t.lemma_.lower()
        for t in core
        if t.pos_ in {"NOUN", "PROPN", "VERB"}
        and not t.is_stop
        and t.lemma_.lower() not in _SAYING_ROOTS | {"be", "have", "do"}
    }


def _modal(root: Token) -> bool:
    """Whether a clause's verb has a modal (`should stop`, `could not confirm`): what may
    or ought to be, not what is."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)


def _however_at_the_cue(doc: Doc, item: _Found) -> bool:
    """`The army, however, said ...`, `The army said, however, that ...`: a speaker (not
    a document: `Another poll, however, suggests ...`) setting its words against others'
    with a `however` around its cue of saying."""
    if item.source is None or item.cue_lemma not in _SPEECH_VERBS:
        return False
    if item.source_token is not None and _document_word(item.source_token) is not None:
        return False
    text = _text(doc)
    between = text[item.source[1] : item.cue[0]].strip().lower()
    after = text[item.cue[1] : item.cue[1] + 12].lower()
    return between in {", however,", "however"} or after.startswith(", however,")


#: `In his response Wednesday, Bennett said ...`: a claim given as an answer.
_RESPONSE_OPENER = re.compile(r"in (his|her|its|their|a) (written |public )?(response|reply)\b")
#: Cues that set a party against something another party did or said.
_COUNTER_CUES = _words("denounce reject dismiss dispute contest decry slam")


def _counters_earlier(doc: Doc, sents: list[Span], item: _Found, claim: Claim) -> bool:
    """`Opposition lawmakers have denounced the extension` after `the lower house voted to
    extend his mandate`: a counter cue whose definite object takes up a word of the
    sentences just before (the matter another party spoke or acted on), or is cast as
    something (`denounced the moves as an attack on the constitution`). A participle's
    claim counts after such a verb too (`rejected the constitution, calling it ...`)."""
    if claim.kind != "indirect":
        return False
    characterised = False
    if item.cue_lemma in _COUNTER_CUES:
        content = doc.char_span(*item.content, alignment_mode="expand")
        if content is None:
            return False
        head = content.root
        characterised = any(
            c.dep_ == "prep" and c.lower_ == "as" and c.i > head.i
            for c in (*head.children, *head.head.children)
        )
        if len(content) > 12 and not characterised:
            return False
    else:
        countered = _counter_verb_before(doc, item)
        if countered is None:
            return False
        head = countered
    if head.pos_ != "NOUN" or head.lemma_.lower() in _CLAIM_OBJECTS | _DENIED_THINGS:
        return False  # `rejected the claims`: a denial, found as such
    if not any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in head.children):
        return False
    if characterised:
        return True
    stem = head.lemma_.lower()[:5]
    first = max(0, item.sent - 2)
    before = " ".join(sents[n].text.lower() for n in range(first, item.sent))
    return len(stem) >= 4 and re.search(r"\b" + re.escape(stem), before) is not None


def _counter_verb_before(doc: Doc, item: _Found) -> Token | None:
    """The object of a counter verb that a participle cue follows in its clause:
    `rejected the constitution` in `X rejected the constitution, calling it exclusionary`."""
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    if cue is None or cue.root.tag_ != "VBG" or item.source is None:
        return None
    for token in doc[cue.root.sent.start : cue.root.i]:
        if token.idx < item.source[1] or token.pos_ != "VERB":
            continue
        if token.lemma_.lower() in _COUNTER_CUES:
            return next((c for c in token.children if c.dep_ == "dobj"), None)
    return None


def _names(span: tuple[int, int], entity: Entity | None) -> bool:
    return entity is not None and any(span[0] <= m.start < span[1] for m in entity.mentions)


def _reports_silence(text: str) -> bool:
    """`Moscow did not respond, but ...`: a party's silence, not any negation (`has no
    claim in the sea, but ...`)."""
    return any(pattern.search(text) for _kind, pattern in _RESPONSE_PATTERNS)


def _speaker_country(item: _Found, kb: ActorKB) -> str | None:
    """A speaker's state: its entity's, or an unnamed group's demonym (`Iraqi officials`)."""
    if item.speaker is not None:
        return item.speaker.country
    words = item.speaker_name.split()
    return kb.country(words[0]) if words else None


#: Words that call what was said untrue: `called the claims baseless`.
_FALSE_WORDS = _words(
    """false baseless untrue groundless fabricated fabrication unfounded lie lies nonsense
    propaganda fake fiction absurd ridiculous slander disinformation misinformation
    fantasy invention fabrications slanderous smear lying misleading inaccurate
    exaggerated inflated overstated incorrect wrong imaginary fictitious distorted
    provocation provocations speculation laughable hoax falsehood falsehoods
    unsubstantiated preposterous farce sham rubbish bogus distortion distortions concocted
    biased rumour rumours rumor rumors doctored forged manipulated"""
)
#: What is shown as evidence, which a party may call faked: `called the tapes
#: "doctored"`, `said the images were fabricated`.
_SHOWN_EVIDENCE = _words(
    """video videos footage image images photo photos photograph photographs tape tapes
    recording recordings audio picture pictures"""
)
#: Every verb the response finder reads in the parse (the rest it skips).
_RESPONSE_VERBS = (
    _DENIAL_CUES
    | _DISPUTE_CUES
    | _CASTING_VERBS
    | _SAYING_UNTRUE
    | _words("confirm acknowledge admit respond reply react")
)


def _untrue(word: Token) -> bool:
    """`false`, `baseless`, `fake news`, `not true`, `not credible`."""
    if word.lemma_.lower() in _FALSE_WORDS or word.lower_ in _FALSE_WORDS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in _FALSE_WORDS for c in word.children):
        return True  # `fake news`, `a fabricated story`
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_untrue(g) for g in c.children)
        for c in word.children
    ):
        return True  # `a tissue of lies`
    return word.lower_ in {"true", "accurate", "credible", "correct"} and (
        _negated(word) or _negated(word.head)
    )


def _said_untrue(head: Token) -> bool:
    """Whether ``head`` finds what it speaks of untrue: `called X false`, `as fabricated`."""
    for c in head.children:
        # (or a verdict joined to it: `called the accusations "disgusting" and "false"`)
        if c.dep_ in {"oprd", "acomp", "attr", "advcl", "xcomp"} and any(
            _untrue(v) for v in (c, *_conjuncts(c))
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "as"
            # (`as "absolutely incorrect"`: the verdict read as a modifier of `as`)
            and any(g.dep_ in {"pobj", "amod", "acomp"} and _untrue(g) for g in c.children)
        ):
            return True
    return False


def _called_false(verb: Token) -> Token | None:
    """The claim noun a verb calls untrue: `called the allegations baseless`, `described
    the reports as fabricated`, `said the claims were false` (or `were not true`)."""
    lemma = verb.lemma_.lower()
    if lemma in _CASTING_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if (
            obj is not None
            and obj.lemma_.lower() in _STATED_THINGS | _SHOWN_EVIDENCE
            and (
                _said_untrue(verb)
                # (`called the report "fabricated."`, `called the accusation "baseless
                # and defamatory."`: the verdict hung on the object)
                or any(
                    c.dep_ in {"acl", "amod", "appos"}
                    and c.i > obj.i
                    and any(_untrue(v) for v in (c, *_conjuncts(c)))
                    # (or hung on the last word of its phrase: `called Western reports of
                    # technology transfers "a fabrication"`)
                    for c in {*obj.children, *(t for t in obj.subtree if t.dep_ == "appos")}
                )
                # (`described the reports as propaganda`, `as` hung on the object)
                or _said_untrue(obj)
            )
        ):
            return obj  # (also a count: `called the figure inflated`)
        verdict = next((c for c in verb.children if c.dep_ in {"oprd", "acomp"}), None)
        if (
            obj is not None
            and (_what_was_just_said(obj) or obj.lower_ == "it")
            and verdict is not None
            and _untrue(verdict)
        ):
            return obj  # `called that a lie`, `called it propaganda`
        # `called the claims propaganda`, read as one noun with the claims its compound
        # (or the verdict read as the verb's complement: `called the claims "propaganda."`)
        verdict = obj or next((c for c in verb.children if c.dep_ == "oprd"), None)
        named = (
            next(
                (
                    c
                    for c in verdict.children
                    # (or its modifier: `called the army's claims "propaganda."`)
                    if c.dep_ in {"compound", "nmod"} and c.lemma_.lower() in _CLAIM_OBJECTS
                ),
                None,
            )
            if verdict is not None and _untrue(verdict)
            else None
        )
        if named is not None:
            return named
    elif lemma in _SAYING_UNTRUE:
        # (the clause hung on the cue, or lower: `said in a statement that ...`)
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] or [
            c for c in [_that_clause_hung_lower(verb)] if c is not None
        ]
        for clause in clauses:
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if (
                subject is not None
                # (`said that was false`: what was just said; not in quoted words before
                # the cue, where it may stand for their own words: `"X. That is not
                # true," said Bagci`)
                and (
                    subject.lemma_.lower() in _STATED_THINGS | _SHOWN_EVIDENCE
                    or (
                        _what_was_just_said(subject)
                        # (or opening the quotation, called plainly untrue: `"That is a
                        # lie," the army said`; not `"This is propaganda to justify ..."`,
                        # which may judge a deed)
                        and (
                            clause.i > verb.i
                            or (
                                subject.i > 0
                                and subject.doc[subject.i - 1].text in _QUOTE_MARKS
                                and _called_plainly_untrue(clause)
                            )
                        )
                    )
                    # (`A U.N. report said returnees were detained. Mujahid said it was
                    # baseless`: the pronoun for the words before)
                    or (
                        subject.lower_ in {"it", "they"}
                        and clause.i > verb.i
                        and _called_plainly_untrue(clause)
                        # (not `it was false that ...`, what the clause after it says)
                        and not any(c.dep_ in {"ccomp", "advcl"} for c in clause.children)
                    )
                )
                # (`said the accusations were fabricated`, the verdict a passive verb)
                and (_said_untrue(clause) or (subject.dep_ == "nsubjpass" and _untrue(clause)))
            ):
                return subject  # (also a count: `said the figure was exaggerated`)
            # `there was no truth to the claims`
            for attr in clause.children:
                if attr.lemma_.lower() in {"truth", "basis", "substance", "foundation"} and any(
                    c.lower_ == "no" for c in attr.children
                ):
                    answered = next(
                        (
                            g
                            for c in attr.children
                            if c.dep_ == "prep"
                            for g in c.children
                            if g.dep_ == "pobj" and g.lemma_.lower() in _CLAIM_OBJECTS
                        ),
                        None,
                    )
                    if answered is not None:
                        return answered
    return None


def _called_plainly_untrue(clause: Token) -> bool:
    """Whether a clause's verdict is one that calls words untrue and nothing else."""
    return any(
        c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in _PLAINLY_UNTRUE for c in clause.children
    )


#: Words that call what was said untrue and nothing else: `"That is a lie"`.
_PLAINLY_UNTRUE = _words("lie lies fabrication falsehood false untrue fake baseless groundless")


def _what_was_just_said(token: Token) -> bool:
    """`that` or `this` standing alone, for what was just said: `called that a lie`
    (or `these`, `those`, for several things: `"These are baseless lies"`)."""
    return token.lower_ in {"that", "this", "these", "those"} and not any(
        True for _ in token.children
    )


def _confirm_or_deny(token: Token) -> bool:
    """`confirm` and `deny` joined (`neither confirm nor deny`, `confirm or deny`)."""
    pair = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        pair.append(token.head)
    return token.lemma_.lower() in {"confirm", "deny"} and any(
        t.lemma_.lower() in {"confirm", "deny"} and t.lemma_ != token.lemma_ for t in pair
    )


def _not_done(verb: Token) -> bool:
    """A verb said not to have happened: `did not deny`, `neither X nor Y confirmed`,
    `declined to confirm` (a refusal, found as such), `was unable to confirm`."""
    subject = _subject(verb)
    return (
        _negated(verb)
        or (subject is not None and any(c.lower_ in {"neither", "nor"} for c in subject.children))
        or (
            verb.dep_ == "xcomp"
            and (
                verb.head.lemma_.lower() in _REFUSING | {"fail"}
                or _negated(verb.head)
                # `was unable to confirm`, `has not been able to confirm`
                or verb.head.lower_ == "unable"
                or (verb.head.lower_ == "able" and _negated(verb.head.head))
            )
        )
    )


def _foreseen(verb: Token) -> bool:
    """An answer foreseen in what someone said, not given: `Analysts said Eritrea would
    deny it`, `was likely to deny the report`, `could claim that`."""
    if any(c.dep_ == "aux" and c.lower_ in _FORESEEING_MODALS for c in verb.children):
        return verb.dep_ in {"ccomp", "conj"} or verb.head.lemma_.lower() in CUE_VERBS
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lower_ in {"likely", "unlikely", "expected", "set", "poised"}
        or any(c.lower_ in {"likely", "unlikely", "expected"} for c in head.children)
    )


#: Modals of what may yet be done: `would deny`, `could dispute`.
_FORESEEING_MODALS = _words("would could may might")


#: Verbs of refusing what their infinitive says: `declined to confirm the report`.
_REFUSING = _words("decline refuse")


def _belief_denied(verb: Token, lemma: str) -> bool:
    """`Analysts don't think the truce will hold`: a negated belief in a clause, which
    holds the clause untrue (not in a question: `Don't you think ...?`)."""
    return (
        lemma in _NEGATION_RAISING_CUES
        and verb.lemma_.lower() == lemma
        and _negated(verb)
        # (`does not think`; not `It is hard not to think ...`, nobody's belief)
        and any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        and not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    )


def _negated(token: Token) -> bool:
    """A `not`/`never` on the word itself, or a subject that is none (`Neither claim
    could be confirmed`, `neither has confirmed`); not one the parser hung on it from
    quoted words set off by punctuation (`"Absolutely not," he said`)."""
    doc = token.doc
    return any(
        (
            c.dep_ == "neg"
            and not any(t.is_punct for t in doc[min(c.i, token.i) + 1 : max(c.i, token.i)])
        )
        or (
            c.dep_ in {"nsubj", "nsubjpass"}
            and c.i < token.i
            and (
                any(d.dep_ == "det" and d.lower_ in {"neither", "no"} for d in c.children)
                # (`though neither has confirmed its participation`)
                or c.lower_ in {"neither", "none", "nobody", "no-one"}
            )
        )
        for c in token.children
    )


def _negated_alternative(verb: Token) -> bool:
    """A verb joined by `or` or `nor` to a negated one, whose `not` it shares: `did not
    identify the suspects or say which country was behind it`."""
    head = verb.head
    if verb.dep_ != "conj" or not (
        _negated(head) or any(c.lower_ == "never" for c in head.children)
    ):
        return False
    return any(
        c.dep_ == "cc" and c.lower_ in {"or", "nor"} and head.i < c.i < verb.i
        for c in head.children
    )


def _conjuncts(token: Token) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ == "conj":
            out += [child, *_conjuncts(child)]
    return out


def _same_speaker(a: _Found, b: _Found) -> bool:
    if a.speaker is not None or b.speaker is not None:
        return a.speaker is b.speaker
    return a.speaker_name.lower() == b.speaker_name.lower()


def _iter_tokens(span: Iterable[Token]) -> Iterator[Token]:
    yield from span
