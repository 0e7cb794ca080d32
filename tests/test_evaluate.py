"""Scoring rules of shared/eval, on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from kgraph.evaluate import score_extractions

TEXT = "The Kremlin said Russia's army and Putin met the UN in Kursk."
#       0         1         2         3         4         5         6
#       0123456789012345678901234567890123456789012345678901234567890


def _gold():
    return [{
        "id": "d", "text": TEXT,
        "scored_types": ["Person", "Country", "Place", "Organization"],
        "scored_predicates": ["leaderOf", "fightsAgainst"],
        "entities": [
            {"id": "kremlin", "type": "Organization", "mentions": [[0, 11]]},
            {"id": "ru", "type": "Country", "mentions": [[17, 25]]},
            {"id": "army", "type": "Misc", "mentions": [[26, 30]]},
            {"id": "putin", "type": "Person", "mentions": [[35, 40]]},
            {"id": "un", "type": "Organization", "mentions": [[45, 51]]},
            {"id": "kursk", "type": "Place", "mentions": [[55, 60]]},
        ],
        "relations": [
            {"subject": "putin", "predicate": "leaderOf", "object": "ru"},
            {"subject": "ru", "predicate": "fightsAgainst", "object": "un"},
        ],
    }]


def test_evaluate_relaxed_spans_and_types():
    pred = {"d": {"entities": [
        {"id": "a", "type": "Organization", "mentions": [[4, 11]]},   # "Kremlin" ~ "The Kremlin"
        {"id": "b", "type": "Country", "mentions": [[17, 23]]},       # "Russia" ~ "Russia's"
        {"id": "c", "type": "Organization", "mentions": [[26, 30]]},  # overlaps Misc: ignored
        {"id": "d", "type": "Person", "mentions": [[35, 40]]},
        {"id": "e", "type": "Country", "mentions": [[55, 60]]},       # LOC ok, Place wrong
    ], "relations": []}}
    s = score_extractions(_gold(), pred)
    assert (s.mentions.tp, s.mentions.predicted, s.mentions.gold) == (4, 4, 5)
    assert s.mentions_by_type["Place"].tp == 0
    assert s.mentions_by_type["Country"].predicted == 2
    assert s.mentions_by_type["LOC"].tp == 2


def test_evaluate_relations_symmetric_and_aligned():
    pred = {"d": {"entities": [
        {"id": "p", "type": "Person", "mentions": [[35, 40]]},
        {"id": "r", "type": "Country", "mentions": [[17, 25]]},
        {"id": "u", "type": "Organization", "mentions": [[45, 51]]},
    ], "relations": [
        {"subject": "p", "predicate": "leaderOf", "object": "r"},
        {"subject": "u", "predicate": "fightsAgainst", "object": "r"},  # symmetric
        {"subject": "r", "predicate": "leaderOf", "object": "p"},       # wrong direction
        {"subject": "p", "predicate": "visits", "object": "r"},         # not scored
    ]}}
    s = score_extractions(_gold(), pred)
    assert (s.relations.tp, s.relations.predicted, s.relations.gold) == (2, 3, 2)
    assert s.relations_by_predicate["leaderOf"].precision == pytest.approx(0.5)


def test_evaluate_ceaf_merging_and_splitting():
    gold = [{"id": "d", "text": "Kim. Kim Jong Un. Putin.", "scored_types": ["Person"],
             "scored_predicates": [], "relations": [],
             "entities": [{"id": "k", "type": "Person", "mentions": [[0, 3], [5, 16]]},
                          {"id": "p", "type": "Person", "mentions": [[18, 23]]}]}]
    merged_wrong = {"d": {"entities": [
        {"id": "x", "type": "Person", "mentions": [[0, 3], [5, 16], [18, 23]]}]}}
    s = score_extractions(gold, merged_wrong)
    # one predicted entity aligned with k: 2*2/(3+2) = 0.8
    assert s.entities.tp == pytest.approx(0.8)
    assert s.entities.precision == pytest.approx(0.8)
    assert s.entities.recall == pytest.approx(0.4)


def test_evaluate_missing_prediction_counts_as_empty():
    s = score_extractions(_gold(), {})
    assert s.missing == 1
    assert s.mentions.recall == 0.0 and s.mentions.gold == 5
