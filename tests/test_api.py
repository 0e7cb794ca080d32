"""The Python API: ``kgraph.build`` / ``kgraph.load`` and the KnowledgeGraph front object."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import rdflib

import kgraph
from kgraph.cli import main
from kgraph.errors import QueryError
from kgraph.query import named_queries

from .conftest import ROOT, SAMPLES
from .graph_fixtures import KP, RU, hand_graph


def test_api_import_is_lazy():
    code = ("import sys, kgraph; heavy = {'spacy', 'rdflib', 'networkx', 'pandas', 'pyvis'}; "
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT)}).stdout
    assert out.strip() == "[]"


def test_api_front_object_views_and_queries():
    kg = hand_graph()
    assert isinstance(kg.rdf, rdflib.Graph) and kg.nx.number_of_nodes() == 11
    result = kg.query("SELECT ?name WHERE { ?c a kg:Country ; rdfs:label ?name } ORDER BY ?name")
    assert [str(r[0]) for r in result] == ["North Korea", "Russia", "Ukraine"]
    same = kg.query("SELECT ?name WHERE { ?c a kg:Country ; rdfs:label ?name } ORDER BY ?name",
                    store="oxigraph")
    assert list(same.rows) == list(result.rows)
    df = kg.named_query("support-and-conflict").to_dataframe()
    assert df[["stateName", "otherName"]].values.tolist() == [["North Korea", "Russia"],
                                                              ["Russia", "Ukraine"]]
    assert kg.entity("russian federation").iri == RU


def test_api_analytics_methods():
    kg = hand_graph()
    assert kg.top_entities(by="degree", n=1)[0].iri in {KP, RU}
    assert kg.paths("Kim Jong Un", "Russia", cooccurrence=False)[0].entities[-1] == RU
    assert len(kg.neighbourhood("Ukraine").entities) == 3
    assert kg.communities()


def test_api_serialize_and_load_round_trip(tmp_path):
    kg = hand_graph()
    kg.serialize(tmp_path / "g.jsonld", format="json-ld")
    json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    back = kgraph.load(tmp_path / "g.jsonld")
    assert isinstance(back, kgraph.KnowledgeGraph)
    assert back.summary()["relations"] == kg.summary()["relations"]
    with pytest.raises(QueryError, match="no such graph file"):
        kgraph.load(tmp_path / "missing.ttl")


def test_api_to_html_writes_the_explorer(tmp_path):
    kg = hand_graph()
    kg.to_html(tmp_path / "g.html")
    assert "North Korea" in (tmp_path / "g.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples") / "out"
    assert main(["build", str(SAMPLES), "-o", str(out), "-q"]) == 0
    return out / "graph.ttl"


@pytest.mark.slow
def test_api_build_samples_end_to_end(tmp_path):
    kg = kgraph.build(SAMPLES)
    assert len(kg.documents) == 8 and len(kg.entities) > 20
    kg.serialize(tmp_path / "graph.ttl")
    back = kgraph.load(tmp_path / "graph.ttl")
    assert set(back.entities) == set(kg.entities)
    assert {(r.subject, r.predicate, r.object, frozenset(r.evidence)) for r in back.relations} \
        == {(r.subject, r.predicate, r.object, frozenset(r.evidence)) for r in kg.relations}
    assert len(back.cooccurrences) == len(kg.cooccurrences)
    countries = kg.named_query("entities", type="Country").to_dataframe()
    assert "Russia" in set(countries["name"])


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(named_queries()))
def test_api_sample_graph_named_queries_same_in_both_stores(sample_build, capsys, name):
    params = {"entity": ["--param", "entity=Russia"], "two-hops": ["--param", "entity=Russia"],
              "cooccurrences": ["--param", "entity=Russia"]}.get(name, [])
    outputs = []
    for store in ("rdflib", "oxigraph"):
        assert main(["query", str(sample_build), "--named", name, *params, "--format", "json",
                     "--store", store]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    if name in {"entity", "entities", "cooccurrences"}:
        assert outputs[0]["results"]["bindings"]


@pytest.mark.slow
def test_api_sample_graph_stats_and_exports(sample_build, tmp_path, capsys):
    assert main(["stats", str(sample_build), "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert "Top 5 by PageRank" in out and "Communities" in out
    for fmt in ("graphml", "gexf", "csv", "nt"):
        assert main(["export", str(sample_build), "--format", fmt,
                     "-o", str(tmp_path / f"g.{fmt}")]) == 0
