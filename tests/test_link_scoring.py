"""The coreference metrics of the linking benchmark (MUC, B³, CEAF-e, CoNLL)."""

from __future__ import annotations

import pytest
from benchmarks.linking import b_cubed, ceaf_e, conll_f1, cross_document_links, muc

GOLD = {"a": 1, "b": 1, "c": 1, "d": 1, "e": 2}
SPLIT = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}


def test_identical_clusterings_score_one() -> None:
    scores = conll_f1(GOLD, dict(GOLD))
    assert scores["conll_f1"] == pytest.approx(1.0)
    assert scores["b3_p"] == pytest.approx(1.0)


def test_muc_counts_links() -> None:
    # Vilain et al.: splitting a 4-chain in two recovers 2 of its 3 links.
    p, r, _ = muc(GOLD, SPLIT)
    assert (p, r) == (pytest.approx(1.0), pytest.approx(2 / 3))


def test_b_cubed_is_per_mention() -> None:
    p, r, _ = b_cubed(GOLD, SPLIT)
    assert p == pytest.approx(1.0)
    assert r == pytest.approx((4 * 0.5 + 1) / 5)


def test_ceaf_e_aligns_clusters_one_to_one() -> None:
    p, r, _ = ceaf_e(GOLD, SPLIT)
    # best alignment: {a,b,c,d}~{a,b} (phi4 = 4/6) and {e}~{e} (1)
    assert p == pytest.approx((4 / 6 + 1) / 3)
    assert r == pytest.approx((4 / 6 + 1) / 2)


def test_cross_document_links_ignore_pairs_within_a_document() -> None:
    doc = {"a": "d1", "b": "d1", "c": "d2", "d": "d2", "e": "d3"}.__getitem__
    p, r, _ = cross_document_links(GOLD, SPLIT, doc)
    assert p == 0.0  # SPLIT links only mentions of one document
    assert r == 0.0
    p, r, f = cross_document_links(GOLD, dict(GOLD), doc)
    assert (p, r, f) == (1.0, 1.0, 1.0)
