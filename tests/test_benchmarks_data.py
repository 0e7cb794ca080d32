"""The project's own news gold sets (``benchmarks/news-*.jsonl``) are well-formed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgraph.relations.lexicon import load_lexicon

SETS = sorted((Path(__file__).parent.parent / "benchmarks").glob("news-*.jsonl"))


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_benchmarks_data_gold_set_is_well_formed(path):
    predicates = set(load_lexicon().predicates)
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert docs and len({d["id"] for d in docs}) == len(docs)
    for doc in docs:
        text = doc["text"]
        ids = {e["id"] for e in doc["entities"]}
        assert len(ids) == len(doc["entities"]), doc["id"]
        for entity in doc["entities"]:
            assert entity["mentions"], (doc["id"], entity["id"])
            for start, end in entity["mentions"]:
                assert 0 <= start < end <= len(text), (doc["id"], entity["id"])
                assert text[start:end].strip() == text[start:end], (doc["id"], text[start:end])
        for rel in doc["relations"]:
            assert rel["subject"] in ids and rel["object"] in ids, (doc["id"], rel)
            assert rel["predicate"] in predicates, (doc["id"], rel["predicate"])
        assert set(doc["scored_predicates"]) <= predicates


def test_benchmarks_data_sets_are_present():
    assert {p.name for p in SETS} >= {"news-dev.jsonl", "news-fresh.jsonl", "news-final.jsonl",
                                      "news-events.jsonl"}
