"""Duplicates and origins: exact, near and wire copies grouped into one origin."""

from __future__ import annotations

import pytest

from claimwire.link.clusters import StableClusters
from claimwire.link.origins import Fingerprint, OriginIndex, fingerprint
from claimwire.link.text import strip_boilerplate, text_hash, wire_credit
from claimwire.records import Article

BODY = (
    "Ukrainian troops pushed deeper into the Kursk region on Thursday, and the regional "
    "governor ordered more villages near the border to be evacuated as the fighting spread. "
    "Russia's defence ministry said its units had stopped several attempts to advance toward "
    "the town of Sudzha, and local officials said dozens of civilians had been wounded by "
    "shelling over the past day. Moscow accused Kyiv of a large-scale provocation."
)
OTHER = (
    "Kenya's parliament passed a finance bill on Tuesday after a long debate over new taxes "
    "on bread, fuel and mobile money transfers that had brought thousands of young people "
    "onto the streets of Nairobi in protest against the government's plans for the budget."
)


def art(id_: str, text: str, source: str | None = None, published: str = "2024-08-08") -> Article:
    return Article(id=id_, text=text, source=source, published=published)


def test_wire_credit_and_boilerplate() -> None:
    text = "KYIV, Aug 8 (Reuters) - " + BODY + "\nReporting by A. Writer; Editing by B. Editor"
    assert wire_credit(text) == "Reuters"
    assert wire_credit("MOSCOW (AP) — Troops moved.") == "AP"
    assert wire_credit("Troops moved, Agence France-Presse reported.") == "AFP"
    assert wire_credit(BODY) is None
    assert wire_credit(BODY, source="Associated Press") == "AP"
    stripped = strip_boilerplate(text)
    assert stripped.startswith("Ukrainian troops")
    assert "Editing by" not in stripped
    assert text_hash(text) == text_hash(BODY)  # dateline and trailer do not count


def test_exact_near_and_wire_copies_form_one_origin() -> None:
    index = OriginIndex()
    assert index.add(art("reuters", "KYIV (Reuters) - " + BODY, "Reuters")) == []
    # The same words, different dateline punctuation and case: exact.
    exact = index.add(art("mirror", "KYIV (Reuters) — " + BODY.upper(), "Mirror"))
    assert [(link.other, link.relation) for link in exact] == [("reuters", "exact")]
    # A light edit: near-duplicate.
    edited = BODY.replace("dozens", "scores")
    near = index.add(art("edited", edited, "Yahoo"))
    assert {(link.other, link.relation) for link in near} >= {("reuters", "near")}
    # The wire story under an outlet's own two-sentence intro: wire copy.
    intro = (
        "The war came back to Russian soil this week in a way few in Moscow expected. "
        "Our correspondent followed events from the Ukrainian side of the frontier, where "
        "convoys of armoured vehicles and fuel trucks were seen heading north all night. "
    )
    framed = index.add(art("framed", intro + BODY + "\nRead more: our live coverage", "Daily"))
    assert any(link.relation in {"wire_copy", "near"} for link in framed)
    unrelated = index.add(art("kenya", OTHER, "BBC"))
    assert unrelated == []
    origins = index.origins()
    assert [o.articles for o in origins] == [("reuters", "mirror", "edited", "framed"), ("kenya",)]
    assert origins[0].id == "reuters"
    assert origins[0].wire == "Reuters"
    assert index.origin_of("framed") == "reuters"


def test_adding_twice_is_idempotent() -> None:
    index = OriginIndex()
    a = art("a", BODY)
    index.add(a)
    index.add(art("b", BODY))
    before = index.origins()
    assert index.add(a) == []
    assert index.add(art("b", BODY))[0].relation == "exact"
    assert index.origins() == before
    assert len(index) == 2


def test_fingerprints_rebuild_the_index_without_text() -> None:
    fp = fingerprint(art("a", BODY))
    restored = Fingerprint(
        fp.article,
        fp.text_hash,
        Fingerprint.unpack_signature(fp.signature_bytes()),
        fp.size,
        fp.wire,
    )
    assert restored.signature == fp.signature
    assert len(fp.signature) == 128
    index = OriginIndex()
    index.add(restored)
    edited = BODY.replace("Thursday", "Friday")
    links = index.add(art("b", edited))
    assert [link.relation for link in links] == ["near"]


def test_different_stories_of_one_wire_stay_apart() -> None:
    index = OriginIndex()
    index.add(art("r1", "KYIV (Reuters) - " + BODY))
    index.add(art("r2", "NAIROBI (Reuters) - " + OTHER))
    assert len(index.origins()) == 2


def test_short_texts_are_not_wire_copies_of_long_ones() -> None:
    index = OriginIndex()
    index.add(art("long", BODY))
    assert index.add(art("short", "Ukrainian troops pushed deeper into the Kursk region.")) == []


def test_bad_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="thresholds"):
        OriginIndex(near=0)


def test_stable_clusters_keep_the_older_id_and_record_aliases() -> None:
    clusters = StableClusters()
    for item in ("a", "b", "c", "d"):
        clusters.add(item)
    assert clusters.union("c", "d") == "c"
    assert clusters.aliases == {"d": "c"}
    assert clusters.union("d", "b") == "b"  # b was founded before c
    assert clusters.aliases == {"d": "b", "c": "b"}
    assert clusters.union("a", "c") == "a"
    assert clusters.aliases == {"d": "a", "c": "a", "b": "a"}
    assert clusters.resolve("c") == "a"
    assert clusters.cluster_of("d") == "a"
    assert clusters.members("d") == ["a", "b", "c", "d"]
    assert list(clusters.clusters()) == [("a", ["a", "b", "c", "d"])]
