"""Analytics on the networkx view, and the ``kgraph stats`` command."""

from __future__ import annotations

import json

import pytest

from kgraph.analytics import (
    analysis_graph,
    centrality,
    communities,
    connection_paths,
    neighbourhood,
    top_entities,
)
from kgraph.cli import main
from kgraph.errors import QueryError

from .graph_fixtures import KIM, KP, KPA, KURSK, LONER, PUTIN, RU, SUMMIT, UA


@pytest.mark.parametrize(("cooccurrence", "edges", "kp_ru"), [(True, 10, 4), (False, 8, 1)])
def test_analytics_graph_is_undirected_and_weighted(kg, cooccurrence, edges, kp_ru):
    g = analysis_graph(kg, cooccurrence=cooccurrence)
    assert g.number_of_nodes() == len(kg.entities)
    assert g.number_of_edges() == edges
    assert g.edges[RU, KP]["weight"] == kp_ru  # 1 evidence (+ 3 co-occurrences)
    assert g.edges[KP, KURSK]["weight"] == 2  # two sentences


def test_analytics_centrality_ranks_the_hubs(kg):
    scores = {s.iri: s for s in centrality(kg)}
    assert scores[KP].degree == scores[RU].degree == 4
    assert scores[LONER].degree == 0 and scores[LONER].betweenness == 0
    assert [s.iri for s in top_entities(kg, by="pagerank", n=2)] == [RU, KP]
    assert top_entities(kg, by="betweenness", n=1)[0].iri == RU
    assert abs(sum(s.pagerank for s in scores.values()) - 1) < 1e-6


def test_analytics_top_entities_unknown_measure(kg):
    with pytest.raises(QueryError, match="unknown centrality measure"):
        top_entities(kg, by="fame")


def test_analytics_communities_are_stable(kg):
    first = communities(kg)
    assert first == communities(kg)
    assert all(len(c.members) >= 2 for c in first)
    members = [set(c.members) for c in first]
    assert {KIM, PUTIN, SUMMIT} in members
    assert not any(LONER in m for m in members)


def test_analytics_paths_carry_the_evidence(kg):
    paths = connection_paths(kg, "Kim Jong Un", "kursk region")
    assert [p.entities for p in paths] == [(KIM, KP, KURSK)]
    first, second = paths[0].steps
    assert first.relations[0].predicate == "leaderOf"
    assert {ev.sentence for ev in second.relations[0].evidence} == {
        "North Korea has reportedly deployed troops to the Kursk region.",
        "Ukrainian intelligence said North Korean forces arrived in Kursk."}


def test_analytics_paths_typed_only_avoid_cooccurrence(kg):
    with_cooc = connection_paths(kg, "Kim Jong Un", "Vladimir Putin")
    assert [p.entities for p in with_cooc] == [(KIM, PUTIN)]
    assert with_cooc[0].steps[0].relations == () and with_cooc[0].steps[0].cooccurrence
    typed = connection_paths(kg, "Kim Jong Un", "Vladimir Putin", cooccurrence=False)
    assert [p.entities for p in typed] == [(KIM, KP, RU, PUTIN)]


def test_analytics_paths_none_when_not_connected(kg):
    assert connection_paths(kg, "Kim Jong Un", "Nobody In Particular") == []


@pytest.mark.parametrize(("radius", "expected"), [
    (0, {KP}), (1, {KP, KIM, KURSK, KPA, RU}),
])
def test_analytics_neighbourhood_is_a_sub_graph(kg, radius, expected):
    sub = neighbourhood(kg, "DPRK", radius=radius)
    assert set(sub.entities) == expected
    assert all(r.subject in expected and r.object in expected for r in sub.relations)
    assert set(sub.documents) <= set(kg.documents)


def test_analytics_unknown_entity_raises(kg):
    with pytest.raises(QueryError, match="no entity named 'Atlantis'"):
        neighbourhood(kg, "Atlantis")


def test_analytics_stats_cli_text(graph_file, capsys):
    assert main(["stats", str(graph_file), "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "3 documents, 11 entities, 8 typed relations, 4 co-occurrence pairs" in out
    for heading in ("Top 3 by degree", "Top 3 by PageRank", "Top 3 by betweenness",
                    "Communities"):
        assert heading in out
    pagerank = out.split("Top 3 by PageRank")[1].splitlines()[1]
    assert "Russia" in pagerank


def test_analytics_stats_cli_json(graph_file, capsys):
    assert main(["stats", str(graph_file), "--json", "--typed-only"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["links"] == "typed relations"
    assert data["top"]["degree"][0]["degree"] >= data["top"]["degree"][-1]["degree"]
    assert all(c["size"] >= 2 for c in data["communities"])


def test_analytics_stats_cli_path_shows_evidence(graph_file, capsys):
    assert main(["stats", str(graph_file), "--path", "Kim Jong Un", "Ukraine",
                 "--typed-only"]) == 0
    out = capsys.readouterr().out
    assert "Kim Jong Un — North Korea — Russia — Ukraine" in out
    assert '"Russia\'s war against Ukraine goes on." (d3)' in out
    assert main(["stats", str(graph_file), "--path", "Kim Jong Un", UA, "--json"]) == 0
    paths = json.loads(capsys.readouterr().out)
    assert paths and paths[0]["entities"][0]["label"] == "Kim Jong Un"


def test_analytics_stats_cli_neighbourhood_html(tmp_path, graph_file, capsys):
    out = tmp_path / "kp.html"
    assert main(["stats", str(graph_file), "--neighbourhood", "North Korea",
                 "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Kursk Oblast" in html and "Volodymyr Zelensky" not in html
    assert "wrote" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["--neighbourhood", "North Korea"], "needs -o PATH"),
    (["--path", "Kim", "Russia"], "no entity named 'Kim'"),
    (["-o", "x.html"], "only for --neighbourhood"),
])
def test_analytics_stats_cli_bad_input(tmp_path, graph_file, capsys, args, message):
    assert main(["stats", str(graph_file), *args]) == 2
    assert message in capsys.readouterr().err
