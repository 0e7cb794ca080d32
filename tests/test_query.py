"""SPARQL over the RDF view: named queries, parameters, stores, formats and the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from rdflib.compare import isomorphic
from rdflib.query import Result

from kgraph.cli import main
from kgraph.errors import DataFileError, QueryError
from kgraph.query import (
    QUERY_DIR,
    QueryEngine,
    get_named_query,
    named_queries,
    parse_named_query,
)

from .graph_fixtures import HOSTILE, KIM, KP, KURSK, RU
from .test_load import _graphs

#: Parameters to run each named query with on the hand-made graph.
PARAMS = {
    "entity": {"entity": "North Korea"},
    "two-hops": {"entity": "Kim Jong Un"},
    "events-in-range": {"start": "2024-10", "end": "2024-11-30"},
    "cooccurrences": {"entity": "Russia"},
    "entities": {"type": "Country"},
}

REQUIRED = {"who-leads-what", "forces-deployed", "support-and-conflict", "entity",
            "two-hops", "events-in-range", "fact-sources"}


@pytest.fixture(scope="module")
def engines(kg):
    return {"rdflib": QueryEngine(kg.rdf), "oxigraph": QueryEngine(kg.rdf, store="oxigraph")}


def _rows(result, *names):
    idx = [result.variables.index(n) for n in names]
    return [tuple(None if row[i] is None else str(row[i]) for i in idx) for row in result]


def test_query_named_queries_cover_the_questions():
    queries = named_queries()
    assert REQUIRED <= set(queries)
    for q in queries.values():
        assert q.description and not q.description.startswith("#")
        assert (QUERY_DIR / f"{q.name}.rq").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("name", sorted(p.stem for p in QUERY_DIR.glob("*.rq")))
def test_query_named_query_same_in_rdflib_and_oxigraph(engines, name):
    a = engines["rdflib"].run_named(name, PARAMS.get(name))
    b = engines["oxigraph"].run_named(name, PARAMS.get(name))
    assert a.kind == b.kind == "bindings"
    assert a.variables == b.variables
    assert len(a.rows) > 0
    assert list(a.rows) == list(b.rows)  # rdflib terms: same value, datatype and order


def test_query_who_leads_what(engines):
    r = engines["rdflib"].run_named("who-leads-what")
    assert _rows(r, "leaderName", "ledName", "sentences", "firstDate") == [
        ("Kim Jong Un", "North Korea", "1", "2024-10-18"),
        ("Vladimir Putin", "Russia", "1", "2024-11-05"),  # from the document's date
        ("Volodymyr Zelensky", "Ukraine", "1", "2024"),
    ]


def test_query_forces_deployed_counts_hedged_sentences(engines):
    r = engines["oxigraph"].run_named("forces-deployed")
    assert _rows(r, "actor", "place", "sentences", "hedgedSentences", "confidence") == [
        (KP, KURSK, "2", "1", "0.85")]


def test_query_support_and_conflict_only_between_states(engines):
    r = engines["rdflib"].run_named("support-and-conflict")
    assert _rows(r, "stateName", "relation", "otherName") == [
        ("North Korea", "gives military support to", "Russia"),
        ("Russia", "fights against", "Ukraine"),
    ]


@pytest.mark.parametrize("name", ["North Korea", "north korea", "DPRK", "kgr:country/KP", KP])
def test_query_entity_found_by_name_alias_or_iri(engines, name):
    r = engines["rdflib"].run_named("entity", {"entity": name})
    facts = _rows(r, "direction", "predicate", "value", "sentence")
    assert ("subject of", "https://w3id.org/kgraph/ontology#deploysForcesTo", KURSK,
            "North Korea has reportedly deployed troops to the Kursk region.") in facts
    assert ("object of", "https://w3id.org/kgraph/ontology#leaderOf", KIM,
            "Kim Jong Un, the leader of North Korea, sent troops.") in facts
    assert ("about", "http://www.w3.org/2004/02/skos/core#altLabel", "DPRK", None) in facts
    assert all(row[3] for row in facts if row[0] in {"subject of", "object of"})


def test_query_entity_evidence_carries_its_document_and_flags(engines):
    r = engines["oxigraph"].run_named("entity", {"entity": "Kursk Oblast"})
    rows = [b for b in r.bindings() if b["direction"].value == "object of"]
    assert {str(b["document"]) for b in rows} == {"https://w3id.org/kgraph/id/doc/d1"}
    assert {(b["hedged"].toPython(), str(b.get("attributedTo"))) for b in rows} == {
        (True, "None"), (False, "Ukrainian intelligence")}


def test_query_two_hops_names_the_entity_in_between(engines):
    r = engines["rdflib"].run_named("two-hops", {"entity": "Kim Jong Un"})
    assert _rows(r, "hops", "neighbourName", "viaName") == [
        ("1", "North Korea", None),
        ("2", "Korean People's Army", "North Korea"),
        ("2", "Kursk Oblast", "North Korea"),
        ("2", "Russia", "North Korea"),
    ]


@pytest.mark.parametrize(("params", "dates"), [
    ({}, ["2024", "2024-10-18", "2024-10-18", "2024-10-18", "2024-10-18", "2024-11",
          "2024-11-05", "2024-11-05"]),
    ({"start": "2024-11"}, ["2024-11", "2024-11-05", "2024-11-05"]),
    ({"end": "2024-10"}, ["2024", "2024-10-18", "2024-10-18", "2024-10-18", "2024-10-18"]),
    ({"start": "2024-10-19", "end": "2024-11-04"}, ["2024-11"]),  # a month counts from its 1st
    ({"start": "2024-10-19", "end": "2024-10-31"}, []),
    ({"start": "2024-11-05", "end": "2024-11-05"}, ["2024-11-05", "2024-11-05"]),
])
def test_query_events_in_range(engines, params, dates):
    for engine in engines.values():
        r = engine.run_named("events-in-range", params)
        assert [row[0] for row in _rows(r, "date")] == dates


def test_query_events_in_range_lists_events_by_document_date(engines):
    r = engines["rdflib"].run_named("events-in-range", {"start": "2024-11-05"})
    assert ("Pyongyang summit", "https://w3id.org/kgraph/ontology#mentionedIn") in _rows(
        r, "subjectName", "predicate")


def test_query_fact_sources_marks_background_facts(engines):
    r = engines["rdflib"].run_named("fact-sources")
    rows = _rows(r, "subjectName", "predicate", "source", "sentences", "url")
    assert ("Kursk Oblast", "https://w3id.org/kgraph/ontology#locatedIn",
            "background (gazetteer)", "0", None) in rows
    assert ("North Korea", "https://w3id.org/kgraph/ontology#deploysForcesTo", "text", "2",
            "https://news.example/kp-troops?a=1&b=2") in rows


@pytest.mark.parametrize("value", [
    HOSTILE, 'Country" } ?s ?p ?o . { VALUES ?x { "', "Country\\", "x\n} DROP ALL",
])
def test_query_parameter_values_cannot_change_the_query(engines, value):
    q = get_named_query("entities")
    text = q.bind({"type": value})
    rdflib.plugins.sparql.prepareQuery(text)  # still one valid query
    for engine in engines.values():
        assert len(engine.run_named("entities", {"type": value})) == 0


def test_query_hostile_entity_name_is_an_unknown_entity(engines):
    with pytest.raises(QueryError, match="no entity named"):
        engines["rdflib"].run_named("entity", {"entity": HOSTILE})
    with pytest.raises(QueryError, match="no entity <"):
        engines["oxigraph"].run_named("entity", {"entity": "https://x.example/none"})


@pytest.mark.parametrize(("name", "params", "message"), [
    ("entity", {}, "needs the parameter 'entity'"),
    ("entity", {"entity": "KP", "colour": "red"}, "has no parameter 'colour'"),
    ("events-in-range", {"start": "last week"}, "needs a date"),
    ("events-in-range", {"start": "2024-02-30"}, "needs a date"),
    ("who-leads-what", {"entity": "KP"}, "has no parameter"),
    ("entity", {"entity": "Kim"}, "no entity named 'Kim'.*Kim Jong Un"),
    ("nonsense", {}, "no named query 'nonsense'"),
    ("who-leads-wat", {}, "did you mean who-leads-what"),
])
def test_query_bad_named_query_use_raises(engines, name, params, message):
    with pytest.raises(QueryError, match=message):
        engines["rdflib"].run_named(name, params)


def test_query_ambiguous_name_lists_candidates(kg):
    from dataclasses import replace

    from kgraph.graph import KnowledgeGraph

    ents = list(kg.entities.values())
    ents.append(replace(kg.entities[RU], iri="https://w3id.org/kgraph/id/org/russia",
                        type="Organization", mentions=()))
    engine = QueryEngine(KnowledgeGraph(entities=ents, relations=[]).rdf)
    with pytest.raises(QueryError, match="names 2 entities"):
        engine.resolve_entity("Russia")


@pytest.mark.parametrize(("text", "message"), [
    ("SELECT * WHERE { VALUES ?x { {{x}} } }", "does not start with a '#'"),
    ("# d\nSELECT * WHERE { VALUES ?x { {{x}} } }", "do not match"),
    ("# d\n# @param x: colour  a colour\nSELECT * WHERE { VALUES ?x { {{x}} } }",
     "bad parameter line"),
    ("# d\n# @param x: string  text\nSELECT * WHERE { FILTER(?y = {{x}}) }",
     "must be the only term of a VALUES block"),
    ("# d\n# @param x: string  text\n# @param y: string  text\n"
     "SELECT * WHERE { VALUES ?x { {{x}} } }", "do not match"),
])
def test_query_parse_named_query_rejects_unsafe_files(text, message):
    with pytest.raises(DataFileError, match=message):
        parse_named_query("bad", text)


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
@pytest.mark.parametrize(("text", "message"), [
    ("SELECT ?x WHERE { ?x ?y }", "not valid"),
    ("SELEKT * WHERE { ?s ?p ?o }", "not valid"),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", "only reads graphs"),
    ("   ", "empty"),
])
def test_query_bad_sparql_raises(engines, store, text, message):
    with pytest.raises(QueryError, match=message):
        engines[store].query(text)


def test_query_group_by_over_nothing_gives_no_rows_in_both_stores(engines):
    text = "SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s kg:noSuchPredicate ?o } GROUP BY ?s"
    assert [len(e.query(text)) for e in engines.values()] == [0, 0]
    text = "SELECT (COUNT(?o) AS ?n) WHERE { ?s kg:noSuchPredicate ?o }"
    assert [e.query(text).rows[0][0].toPython() for e in engines.values()] == [0, 0]


def test_query_ask_and_construct_agree_across_stores(engines):
    text = ("CONSTRUCT { ?a kg:supports ?b } "
            "WHERE { ?a kg:militarySupportTo|kg:deploysForcesTo ?b }")
    graphs = [engines[s].query(text).graph for s in ("rdflib", "oxigraph")]
    assert len(graphs[0]) == 2 and isomorphic(graphs[0], graphs[1])
    for store in ("rdflib", "oxigraph"):
        assert engines[store].query(f"ASK {{ <{KP}> kg:militarySupportTo ?x }}").boolean


def test_query_csv_json_tsv_follow_the_w3c_formats(engines):
    result = engines["rdflib"].run_named("entity", {"entity": "North Korea"})
    expected = result.to_rdflib().bindings
    for fmt in ("csv", "json", "tsv"):
        text = result.serialize(fmt)
        parsed = Result.parse(io.StringIO(text), format=fmt)
        assert [str(v) for v in parsed.vars] == list(result.variables)
        if fmt == "csv":  # CSV keeps lexical forms only
            assert [{str(k): str(v) for k, v in b.items()} for b in parsed.bindings] == [
                {str(k): str(v) for k, v in b.items()} for b in expected]
        else:
            assert list(parsed.bindings) == list(expected), fmt
    doc = json.loads(result.serialize("json"))
    assert doc["head"]["vars"] == list(result.variables)
    first = doc["results"]["bindings"][0]
    assert first["direction"] == {"type": "literal", "value": "about"}
    rows = list(csv.reader(io.StringIO(result.serialize("csv"), newline="")))
    assert rows[0] == list(result.variables) and len(rows) == len(result) + 1
    assert result.serialize("csv").endswith("\r\n")  # W3C CSV: CRLF line ends
    tsv = result.serialize("tsv").splitlines()
    assert tsv[0].split("\t") == [f"?{v}" for v in result.variables]
    assert all(line.count("\t") == len(result.variables) - 1 for line in tsv)


def test_query_ask_json_and_table(engines):
    r = engines["oxigraph"].query("ASK { ?s kg:leaderOf ?o }")
    assert json.loads(r.serialize("json")) == {"head": {}, "boolean": True}
    assert r.serialize("table") == "true\n"


def test_query_table_shortens_iris_and_cuts_long_values(engines):
    r = engines["rdflib"].query("SELECT ?e ?s WHERE { ?e kg:sentence ?s } ORDER BY ?s LIMIT 1")
    table = r.serialize("table", max_width=20)
    assert "kgr:evidence/" in table and "…" in table and table.endswith("(1 row)")
    assert "…" not in r.serialize("table", max_width=0)


def test_query_to_dataframe_gives_python_values(engines):
    df = engines["rdflib"].run_named("forces-deployed").to_dataframe()
    assert df.loc[0, "sentences"] == 2 and df.loc[0, "confidence"] == pytest.approx(0.85)
    assert df.loc[0, "actor"] == KP


# ---------------------------------------------------------------- command line


def test_query_cli_list_prints_one_named_query_per_line(capsys):
    assert main(["query", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == sorted(named_queries())
    entity = next(line for line in lines if line.startswith("entity\t"))
    assert "entity=ENTITY" in entity and "Everything known about an entity" in entity


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_query_cli_named_with_param(graph_file, capsys, store):
    code = main(["query", str(graph_file), "--named", "two-hops", "--param", "entity=DPRK",
                 "--format", "csv", "--store", store])
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["neighbourName"] for r in rows} == {"Kim Jong Un", "Korean People's Army",
                                                  "Kursk Oblast", "Russia", "Vladimir Putin",
                                                  "Ukraine"}


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_query_cli_reads_every_graph_format(tmp_path, kg, capsys, fmt, store):
    path = tmp_path / ("g." + {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld"}[fmt])
    kg.serialize(path, format=fmt)
    assert main(["query", str(path), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                 "--format", "json", "--store", store]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert int(doc["results"]["bindings"][0]["n"]["value"]) == len(kg.rdf)


def test_query_cli_graph_format_override(tmp_path, kg, capsys):
    path = tmp_path / "graph.data"
    kg.serialize(path, format="nt")
    assert main(["query", str(path), "ASK { ?s ?p ?o }", "--graph-format", "nt"]) == 0
    assert capsys.readouterr().out == "true\n"


def test_query_cli_rq_file_with_parameters(tmp_path, graph_file, capsys):
    rq = tmp_path / "leaders-of.rq"
    rq.write_text("# Who leads a given country.\n# @param country: entity  the country\n"
                  "SELECT ?name WHERE { VALUES ?c { {{country}} } ?p kg:leaderOf ?c ; "
                  "rdfs:label ?name }\n", encoding="utf-8")
    assert main(["query", str(graph_file), str(rq), "--param", "country=Russia",
                 "--format", "tsv"]) == 0
    assert capsys.readouterr().out == '?name\n"Vladimir Putin"\n'


def test_query_cli_construct_prints_turtle(graph_file, capsys):
    assert main(["query", str(graph_file),
                 "CONSTRUCT { ?p kg:leaderOf ?c } WHERE { ?p kg:leaderOf ?c }"]) == 0
    g = rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert len(g) == 3


def test_query_cli_output_file(tmp_path, graph_file, capsys):
    out = tmp_path / "answers" / "leaders.json"
    assert main(["query", str(graph_file), "--named", "who-leads-what", "--format", "json",
                 "-o", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["results"]["bindings"]) == 3
    assert "wrote" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["{graph}"], "give either a QUERY or --named"),
    (["{graph}", "SELECT * {}", "--named", "entity"], "give either a QUERY or --named"),
    (["{tmp}/none.ttl", "ASK {}"], "no such graph file"),
    (["{tmp}/bad.ttl", "ASK {}"], "cannot parse"),
    (["{graph}", "SELECT ?x WHERE {"], "not valid"),
    (["{graph}", "--named", "nope"], "no named query 'nope'"),
    (["{graph}", "--named", "entity"], "needs the parameter 'entity'"),
    (["{graph}", "--named", "entity", "--param", "entity"], "is not KEY=VALUE"),
    (["{graph}", "ASK {}", "--param", "a=b"], "only for named queries"),
    (["{graph}", "{tmp}/missing.rq"], "no such query file"),
    ([], "no GRAPH given"),
])
def test_query_cli_bad_input_exits_non_zero_and_writes_nothing(tmp_path, graph_file, capsys,
                                                              args, message):
    (tmp_path / "bad.ttl").write_text("@prefix : <x> . :a :b", encoding="utf-8")
    out = tmp_path / "result.csv"
    argv = ["query"] + [a.replace("{graph}", str(graph_file)).replace("{tmp}", str(tmp_path))
                        for a in args]
    assert main([*argv, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "[K400]" in err
    assert not out.exists()


def test_query_table_shows_control_characters_instead_of_sending_them():
    from rdflib import Literal

    from kgraph.query import QueryResult

    r = QueryResult("bindings", ("s",), ((Literal("red \x1b[31mALERT\x1b[0m \u202eevil"),),))
    table = r.serialize("table")
    assert "\x1b" not in table and "\u202e" not in table
    assert "\\x1b[31mALERT" in table and "\\u202e" in table


def test_query_cli_reads_the_query_from_stdin(graph_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("ASK { ?s kg:leaderOf ?o }"))
    assert main(["query", str(graph_file), "-"]) == 0
    assert capsys.readouterr().out == "true\n"


def test_query_cli_folder_instead_of_graph_says_so(graph_file, capsys):
    assert main(["query", str(graph_file.parent), "ASK {}"]) == 2
    assert "is a folder" in capsys.readouterr().err


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph=_graphs())
def test_query_stores_agree_on_random_graphs(graph):
    engines = [QueryEngine(graph.rdf), QueryEngine(graph.rdf, store="oxigraph")]
    first = next(iter(graph.entities))
    params = {"entity": first, "type": "Person", "start": "2024-02", "end": "2024-12"}
    for name, q in named_queries().items():
        p = {x.name: params[x.name] for x in q.parameters}
        a, b = (e.run_named(name, p) for e in engines)
        assert a.variables == b.variables
        assert list(a.rows) == list(b.rows), name
