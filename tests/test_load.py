"""Loading a saved graph back: build → RDF file → load gives the same graph."""

from __future__ import annotations

import dataclasses

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

import kgraph
from kgraph.errors import QueryError
from kgraph.graph import KnowledgeGraph
from kgraph.loader import load_graph, rdf_format
from kgraph.model import Cooccurrence, Document, Entity, Evidence, Relation
from kgraph.rdf import to_rdf

from .graph_fixtures import KP, RU, WIRE, hand_graph

SUFFIX = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld"}


def _normal(kg: KnowledgeGraph) -> dict:
    """What RDF can hold of a graph, in a form that ignores order."""
    return {
        "entities": {e.iri: dataclasses.replace(e, mentions=(), aliases=tuple(sorted(e.aliases)),
                                                ids=tuple(sorted(e.ids)))
                     for e in kg.entities.values()},
        "relations": {(r.subject, r.predicate, r.object): (frozenset(r.evidence), r.background)
                      for r in kg.relations},
        "cooccurrences": {(c.a, c.b): (c.weight, tuple(sorted(c.doc_ids)))
                          for c in kg.cooccurrences},
        "documents": {d.id: dataclasses.replace(d, text="", path=None)
                      for d in kg.documents.values()},
    }


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_load_round_trip_keeps_entities_relations_evidence(tmp_path, fmt):
    kg = hand_graph()
    path = tmp_path / f"graph.{SUFFIX[fmt]}"
    kg.serialize(path, format=fmt)
    loaded = kgraph.load(path)
    assert _normal(loaded) == _normal(kg)
    # the loaded graph's RDF view is the file as parsed: nothing lost
    assert isomorphic(loaded.rdf, kg.rdf)


def test_load_keeps_mention_counts_and_documents(tmp_path):
    kg = hand_graph()
    kg.serialize(tmp_path / "g.ttl")
    loaded = load_graph(tmp_path / "g.ttl")
    assert all(not e.mentions for e in loaded.entities.values())
    assert loaded.mention_counts[RU] == (2, ("d1", "d2"))
    assert loaded.nx.nodes[RU]["mentions"] == 2
    assert loaded.nx.nodes[RU]["documents"] == ["d1", "d2"]
    assert kg.nx.nodes[RU]["mentions"] == 2


def test_load_rebuilt_rdf_is_isomorphic_when_nothing_is_mention_only(tmp_path):
    kg = hand_graph()
    kg = KnowledgeGraph(entities=[dataclasses.replace(e, mentions=())
                                  for e in kg.entities.values()],
                        relations=kg.relations, cooccurrences=kg.cooccurrences,
                        documents=kg.documents)
    kg.serialize(tmp_path / "g.nt", format="nt")
    loaded = load_graph(tmp_path / "g.nt")
    assert isomorphic(to_rdf(loaded), kg.rdf)


def test_load_evidence_types_come_back(tmp_path):
    kg = hand_graph()
    kg.serialize(tmp_path / "g.ttl")
    loaded = load_graph(tmp_path / "g.ttl")
    rel = next(r for r in loaded.relations if r.predicate == "deploysForcesTo")
    ev = rel.evidence
    assert [e.hedged for e in ev] == [True, False]
    assert ev[1].attributed_to == "Ukrainian intelligence"
    assert isinstance(ev[0].confidence, float) and ev[0].confidence == 0.85
    assert isinstance(ev[0].start, int) and ev[0].date == "2024-10-18"
    located = next(r for r in loaded.relations if r.predicate == "locatedIn")
    assert located.background and located.evidence == ()
    assert located.source == "gazetteer:place/RU-KRS#country"
    part = next(r for r in loaded.relations if r.predicate == "partOf").evidence[0]
    assert (part.hedge, part.attributed_to, part.attributed_iri) == ("may", "the wire", WIRE)
    supply = next(r for r in loaded.relations if r.predicate == "militarySupportTo")
    assert (supply.evidence[0].subject_text, supply.evidence[0].object_text) == (
        "North Korea", "Russia")
    assert loaded.entities[KP].ids == (("iso3166-1", "KP"),)


@pytest.mark.parametrize(("content", "name", "message"), [
    (None, "missing.ttl", "no such graph file"),
    ("this is not turtle {", "bad.ttl", "cannot parse"),
    ("<a> <b> .", "bad.nt", "cannot parse"),
    ("{not json", "bad.jsonld", "cannot parse"),
    ("", "graph.txt", "cannot tell the RDF format"),
])
def test_load_bad_input_raises_query_error(tmp_path, content, name, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(QueryError, match=message) as info:
        load_graph(path)
    assert "Fix:" in str(info.value)


def test_load_format_override_reads_any_suffix(tmp_path):
    path = tmp_path / "graph.txt"
    path.write_text(hand_graph().serialize(format="nt"), encoding="utf-8")
    assert len(load_graph(path, format="ntriples").entities) == 11
    assert rdf_format(path, "ttl") == "turtle"
    with pytest.raises(QueryError, match="unknown graph format"):
        rdf_format(path, "rdfxml")


# ---------------------------------------------------------------- property test

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(
    ["\n", "\r", "\t", '"', "\\", "<", ">", "&", "'"]), min_size=1, max_size=30)
_date = st.none() | st.sampled_from(["2024", "2024-02", "2024-02-29", "1999-12-31"])


@st.composite
def _graphs(draw) -> KnowledgeGraph:
    n = draw(st.integers(min_value=2, max_value=5))
    iris = [f"https://w3id.org/kgraph/id/x/{i}" for i in range(n)]
    entities = [Entity(iri, draw(st.sampled_from(["Person", "Country", "Place",
                                                   "Organization", "Event"])),
                       draw(_text), aliases=tuple(sorted(set(draw(st.lists(_text,
                                                                            max_size=2))))))
                for iri in iris]
    docs = {f"doc {i}/x": Document(f"doc {i}/x", "", title=draw(st.none() | _text),
                                   date=draw(_date)) for i in range(2)}
    relations = {}
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        s, o = draw(st.sampled_from(iris)), draw(st.sampled_from(iris))
        p = draw(st.sampled_from(["leaderOf", "alliedWith", "fightsAgainst"]))
        evs = tuple({Evidence(draw(st.sampled_from(sorted(docs))), draw(_text),
                              start, start + 5, draw(st.sampled_from(["r1", "r2"])),
                              draw(st.sampled_from([0.5, 0.75, 1.0])),
                              hedged=draw(st.booleans()),
                              attributed_to=draw(st.none() | _text), date=draw(_date))
                     for start in draw(st.sets(st.integers(0, 500), min_size=1, max_size=2))})
        relations[(s, p, o)] = Relation(s, p, o, evs)
    coocs = [Cooccurrence(iris[0], iris[1], draw(st.integers(1, 9)), tuple(sorted(docs)))]
    return KnowledgeGraph(entities=entities, relations=list(relations.values()),
                          cooccurrences=coocs, documents=docs)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kg=_graphs())
def test_load_round_trip_property(kg):
    for fmt in ("turtle", "nt"):
        text = kg.serialize(format=fmt)
        g = rdflib.Graph().parse(data=text, format=fmt)
        from kgraph.loader import graph_from_rdf

        assert _normal(graph_from_rdf(g)) == _normal(kg)


@pytest.mark.parametrize(("date", "datatype"), [
    ("2024-10-18", "date"), ("2024-10", "gYearMonth"), ("2024", "gYear")])
def test_load_document_dates_are_typed_by_precision(tmp_path, date, datatype):
    kg = KnowledgeGraph(entities=[], relations=[],
                        documents={"d": Document("d", "", date=date)})
    literal = next(o for p, o in kg.rdf.predicate_objects(None) if str(p).endswith("/date"))
    assert str(literal.datatype).endswith("#" + datatype)
    assert literal.ill_typed is not True  # rdflib flags a "2024"^^xsd:date as ill-typed
    kg.serialize(tmp_path / "g.ttl")
    assert load_graph(tmp_path / "g.ttl").documents["d"].date == date


def test_load_explorer_shows_mention_counts_of_loaded_graph(tmp_path):
    import json
    import re

    from kgraph.viz import graph_page

    kg = hand_graph()
    kg.serialize(tmp_path / "g.ttl")
    loaded = load_graph(tmp_path / "g.ttl")
    assert loaded.mention_stats(RU) == kg.mention_stats(RU) == (2, ("d1", "d2"))
    page = graph_page(loaded)
    data = json.loads(re.search(
        r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S).group(1))
    (ru,) = [e for e in data["entities"] if e["iri"] == RU]
    assert ru["mentions"] == 2 and len(ru["docs"]) == 2
