"""Gazetteer background facts: only when asked, marked, never in extraction records."""

from __future__ import annotations

import json

import pytest

from kgraph.cli import main
from kgraph.model import Entity
from kgraph.pipeline import build_graph
from kgraph.records import extraction_record
from kgraph.relations.background import background_relations
from kgraph.resolve import entity_iri

from .conftest import SAMPLES


def _entity(key: str, etype: str, label: str) -> Entity:
    return Entity(entity_iri(key=key), etype, label)


def test_relations_background_links_places_and_people_present(tiny_gazetteer):
    ents = [_entity("place/geonames-538560", "Place", "Kursk"),
            _entity("place/RU-KRS", "Place", "Kursk Oblast"),
            _entity("country/RU", "Country", "Russia")]
    got = {(r.subject, r.predicate, r.object, r.source)
           for r in background_relations(ents, tiny_gazetteer)}
    kursk, oblast, ru = (e.iri for e in ents)
    assert got == {
        (kursk, "locatedIn", oblast, "gazetteer:place/geonames-538560#parent"),
        (kursk, "locatedIn", ru, "gazetteer:place/geonames-538560#country"),
        (oblast, "locatedIn", ru, "gazetteer:place/RU-KRS#country"),
    }
    rels = background_relations(ents, tiny_gazetteer)
    assert all(r.background and r.evidence == () for r in rels)


def test_relations_background_an_international_body_is_based_at_its_seat():
    from kgraph.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    icj, hague = gaz.lookup("International Court of Justice")[0], gaz.lookup("The Hague")[0]
    ents = [_entity(icj.key, "Organization", icj.label), _entity(hague.key, "Place", "The Hague")]
    got = {(r.predicate, r.object, r.source) for r in background_relations(ents, gaz)}
    assert ("basedIn", ents[1].iri, f"gazetteer:{icj.key}#parent") in got


def test_relations_background_never_adds_entities(tiny_gazetteer):
    # Russia is not in the graph, so nothing links to it.
    ents = [_entity("place/geonames-538560", "Place", "Kursk")]
    assert background_relations(ents, tiny_gazetteer) == []


def test_relations_background_is_not_an_extraction_record(tiny_gazetteer):
    ents = [_entity("place/RU-KRS", "Place", "Kursk Oblast"),
            _entity("country/RU", "Country", "Russia")]
    rels = background_relations(ents, tiny_gazetteer)
    assert rels
    assert extraction_record("d", ents, rels)["relations"] == []


@pytest.mark.slow
def test_relations_background_only_when_asked():
    plain = build_graph([SAMPLES])
    enriched = build_graph([SAMPLES], background=True)
    assert not any(r.background for r in plain.relations)
    extra = [r for r in enriched.relations if r.background]
    assert extra and all(r.source and r.source.startswith("gazetteer:") for r in extra)
    stated = {(r.subject, r.predicate, r.object) for r in plain.relations}
    assert stated <= {(r.subject, r.predicate, r.object) for r in enriched.relations}
    assert not stated & {(r.subject, r.predicate, r.object) for r in extra}
    assert enriched.extraction_records() == plain.extraction_records()


@pytest.mark.slow
def test_relations_background_cli_flag(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SAMPLES), "-o", str(out), "-q", "--background"]) == 0
    assert "kg:background true" in (out / "graph.ttl").read_text(encoding="utf-8")
    for line in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines():
        for rel in json.loads(line)["relations"]:
            assert rel["evidence"], rel
