"""How the components write their word lists: one string of words, one per lemma."""

from __future__ import annotations

__all__ = ["DASHES", "HEADLINE_CUES", "words"]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


#: Dashes standing as words of their own: an aside's (`X - who ... - said`) or a
#: dateline's (`KYIV —`).
DASHES = frozenset(("-", "--", "\u2014", "\u2013"))

#: Verbs of saying as headlines spell them, with their lemmas: the tagger reads a
#: capitalised `Says` or `Blasts` in a title as a name, and the parse is lost.
HEADLINE_CUES = {
    "Says": "say", "Said": "say", "Tells": "tell", "Warns": "warn", "Claims": "claim",
    "Urges": "urge", "Accuses": "accuse", "Denies": "deny", "Vows": "vow",
    "Insists": "insist", "Predicts": "predict", "Admits": "admit", "Slams": "slam",
    "Blasts": "blast", "Calls": "call", "Rejects": "reject", "Threatens": "threaten",
    "Hints": "hint", "Suggests": "suggest", "Argues": "argue", "Declares": "declare",
    "Demands": "demand", "Pledges": "pledge", "Promises": "promise", "Praises": "praise",
    "Denounces": "denounce", "Condemns": "condemn", "Criticizes": "criticize",
    "Dismisses": "dismiss",
    # (and after a plural subject: `Witnesses Say Soldiers Executed Villagers`)
    "Say": "say", "Warn": "warn", "Claim": "claim", "Urge": "urge", "Accuse": "accuse",
    "Deny": "deny", "Vow": "vow", "Insist": "insist", "Reject": "reject",
    "Demand": "demand", "Condemn": "condemn",
}  # fmt: skip
