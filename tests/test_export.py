"""Exports: RDF formats round-trip isomorphic; GraphML, GEXF and CSV open elsewhere."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from kgraph.cli import main
from kgraph.errors import OutputError
from kgraph.export import export_graph, flat_graph, graph_csv

from .graph_fixtures import HOSTILE, KP, RU, WIRE


@pytest.mark.parametrize(("fmt", "rdflib_format", "suffix"), [
    ("turtle", "turtle", "ttl"), ("nt", "nt", "nt"), ("jsonld", "json-ld", "jsonld")])
def test_export_rdf_formats_parse_back_isomorphic(tmp_path, kg, fmt, rdflib_format, suffix):
    out = tmp_path / f"graph.{suffix}"
    assert export_graph(kg, out, format=fmt) == [out]
    back = rdflib.Graph().parse(out, format=rdflib_format)
    assert isomorphic(back, kg.rdf)


def test_export_flat_graph_has_only_scalar_attributes(kg):
    g = flat_graph(kg)
    for _, data in g.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
    for _, _, key, data in g.edges(keys=True, data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
        assert key.startswith("e") and data["label"] == data["predicate"]
    assert g.nodes[KP]["aliases"] == "DPRK | North Korean"
    assert len({k for _, _, k in g.edges(keys=True)}) == g.number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graphml_and_gexf_read_back_with_networkx(tmp_path, kg, fmt):
    out = tmp_path / f"graph.{fmt}"
    export_graph(kg, out, format=fmt)
    ET.parse(out)  # well-formed XML
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert back.number_of_nodes() == len(kg.entities) == kg.nx.number_of_nodes()
    assert back.number_of_edges() == len(kg.relations) + len(kg.cooccurrences)
    assert back.number_of_edges() == kg.nx.number_of_edges()
    labels = {n: d.get("label") for n, d in back.nodes(data=True)}
    assert labels[WIRE] == "Wire " + HOSTILE  # hostile text survives as text
    predicates = sorted(d.get("predicate") or d.get("label") for *_, d in back.edges(data=True))
    assert predicates.count("leaderOf") == 3 and predicates.count("coOccursWith") == 4
    evidence = [d for u, v, d in back.edges(data=True) if d.get("predicate") == "deploysForcesTo"]
    assert evidence[0]["evidence_count"] == 2
    assert "reportedly deployed" in evidence[0]["sentences"]


def test_export_csv_writes_nodes_and_edges(tmp_path, kg):
    written = export_graph(kg, tmp_path / "csv", format="csv")
    assert [p.name for p in written] == ["nodes.csv", "edges.csv"]
    with open(written[0], newline="", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(written[1], newline="", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    assert {n["Id"] for n in nodes} == set(kg.entities)
    assert {"Id", "Label", "type"} <= set(nodes[0])
    assert len(edges) == len(kg.relations) + len(kg.cooccurrences)
    support = next(e for e in edges if e["predicate"] == "militarySupportTo")
    assert (support["Source"], support["Target"], support["Type"]) == (KP, RU, "Directed")
    assert "Tabs\nand lines" in support["sentences"]  # newlines kept inside quoted CSV
    assert next(e for e in edges if e["kind"] == "cooccurrence")["Type"] == "Undirected"


def test_export_csv_needs_a_folder(tmp_path, kg):
    target = tmp_path / "edges.csv"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match="writes a folder"):
        export_graph(kg, target, format="csv")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_export_unknown_format_raises(tmp_path, kg):
    with pytest.raises(OutputError, match="unknown export format"):
        export_graph(kg, tmp_path / "g.xyz", format="xyz")
    assert not list(tmp_path.iterdir())


def test_export_graph_csv_rows(kg):
    nodes, edges = graph_csv(kg, cooccurrence=False)
    assert len(nodes.splitlines()) == len(kg.entities) + 1
    assert sum(1 for _ in csv.reader(edges.splitlines())) == len(kg.relations) + 1


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "graphml", "gexf", "csv"])
def test_export_cli_from_a_saved_graph(tmp_path, graph_file, capsys, fmt):
    out = tmp_path / ("out" if fmt == "csv" else f"graph.{fmt}")
    assert main(["export", str(graph_file), "--format", fmt, "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "11 entities, 8 relations, 4 co-occurrence pairs" in text and "wrote" in text
    assert out.exists()


def test_export_cli_missing_graph_exits_non_zero(tmp_path, capsys):
    out = tmp_path / "g.gexf"
    assert main(["export", str(tmp_path / "none.ttl"), "--format", "gexf", "-o", str(out)]) == 2
    assert "no such graph file" in capsys.readouterr().err
    assert not out.exists()


def test_export_kg_serialize_routes_graph_formats(kg, tmp_path):
    assert nx.parse_graphml(kg.serialize(format="graphml")).number_of_nodes() == 11
    with pytest.raises(OutputError, match="two files"):
        kg.serialize(format="csv")
    kg.serialize(tmp_path / "c", format="csv")
    assert (tmp_path / "c" / "edges.csv").exists()
