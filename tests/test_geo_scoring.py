"""The geoparsing benchmark's scoring conventions (benchmarks/geo.py)."""

from __future__ import annotations

import spacy
from benchmarks.geo import Scores, adjectival


def test_demonyms_and_regional_adjectives_are_adjectival() -> None:
    nlp = spacy.blank("en")
    doc = nlp("the Nigerian Army and European airlines")
    assert adjectival("Nigerian", doc[1:2])
    assert adjectival("European", doc[4:5])


def test_place_names_are_not_adjectival() -> None:
    nlp = spacy.blank("en")
    doc = nlp("flights to Nigeria and the Pacific")
    assert not adjectival("Nigeria", doc[2:3])
    assert not adjectival("Pacific", doc[5:6])


def test_accuracy_and_auc_follow_camcoder() -> None:
    errors = [0.0, 100.0, 200.0, 20039.0]
    assert Scores.acc161(errors) == 0.5
    # ln(1 + error) / ln(20039), area by the trapezoid rule over the sorted errors.
    assert 0.5 < Scores.auc(errors) < 0.8
    assert Scores.auc([0.0, 0.0]) == 0.0
