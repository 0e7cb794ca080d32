"""The command line end to end: outputs, help, and bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import rdflib

from kgraph.cli import COMMANDS, build_parser, main

from .conftest import SAMPLES, SHARED_EVAL


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_help_has_an_example(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "Example" in out and f"kgraph {command}" in out


def test_cli_top_level_help_lists_commands():
    text = build_parser().format_help()
    for command in COMMANDS:
        assert command in text


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "out"
    assert main(["build", str(SAMPLES), "-o", str(out), "-q"]) == 0
    return out


@pytest.mark.slow
def test_cli_build_writes_three_outputs(built):
    assert sorted(p.name for p in built.iterdir()) == [
        "extractions.jsonl", "graph.html", "graph.ttl"]


@pytest.mark.slow
def test_cli_build_turtle_parses_in_rdflib_and_oxigraph(built):
    import pyoxigraph

    g = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    store = pyoxigraph.Store()
    with open(built / "graph.ttl", "rb") as fh:
        store.load(fh, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) > 100
    assert len(store) == len(g)


@pytest.mark.slow
def test_cli_build_html_has_no_external_references(built):
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""@import|url\(\s*["']?(?:https?:)?//""", html, re.I)


@pytest.mark.slow
def test_cli_build_extractions_one_line_per_document(built):
    lines = (built / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 8
    for rec in records:
        assert set(rec) == {"id", "entities", "relations"}
        for e in rec["entities"]:
            spans = e["mentions"] + e.get("demonym_mentions", [])
            assert spans and all(s < t for s, t in spans)


@pytest.mark.slow
def test_cli_build_prints_summary(tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["build", str(SAMPLES / "kursk-incursion-2024.txt"), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "documents: 1" in text and f"wrote {out / 'graph.html'}" in text


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (tmp_path / "undecodable.txt").write_bytes(bytes(range(0x80, 0xA0)) * 10)
    (tmp_path / "nodocs").mkdir()
    (tmp_path / "nodocs" / "picture.png").write_bytes(b"\x89PNG")
    return {
        "empty": (tmp_path / "empty.txt", "is empty"),
        "binary": (tmp_path / "binary.txt", "binary file"),
        "undecodable": (tmp_path / "undecodable.txt", "not text in UTF-8"),
        "missing": (tmp_path / "missing.txt", "no such file or directory"),
        "no documents": (tmp_path / "nodocs", "holds no readable documents"),
    }


@pytest.mark.slow
@pytest.mark.parametrize("case", ["empty", "binary", "undecodable", "missing", "no documents"])
def test_cli_bad_input_exits_nonzero_with_one_line_and_no_output(tmp_path, case):
    path, expected = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kgraph", "build", str(path), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 2
    err = proc.stderr.strip()
    assert "Traceback" not in proc.stderr
    assert err.startswith("kgraph: error: ") and expected in err
    assert len(err.splitlines()) == 1
    assert not out.exists()


@pytest.mark.slow
def test_cli_extract_writes_prediction_format(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "Kim Jong Un visited Russia.",
                               "ignored": 1}) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    (rec,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert rec["id"] == "a1"
    names = {e["name"] for e in rec["entities"]}
    assert "Russia" in names
    text = "Kim Jong Un visited Russia."
    for e in rec["entities"]:
        for s, t in e["mentions"]:
            assert text[s:t]


@pytest.mark.slow
def test_cli_query_prints_table(built, capsys):
    q = ("PREFIX kg: <https://w3id.org/kgraph/ontology#> "
         "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }")
    assert main(["query", str(built / "graph.ttl"), q]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].strip() == "n" and lines[2].strip() == "8" and lines[-1] == "(1 row)"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED_EVAL / "seed.jsonl").exists(), reason="shared/eval not present")
def test_cli_eval_agrees_with_reference_scorer(tmp_path, capsys):
    gold = SHARED_EVAL / "seed.jsonl"
    pred = tmp_path / "pred.jsonl"
    assert main(["extract", str(gold), "-o", str(pred), "-q"]) == 0
    capsys.readouterr()
    assert main(["eval", str(gold), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    ref = json.loads(subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True, text=True, check=True).stdout)
    assert ours["mentions"]["f1"] == pytest.approx(ref["ner"][2])
    assert ours["entities_ceaf_e"]["f1"] == pytest.approx(ref["ceaf_e"][2])
    assert (ours["relations"] or {"f1": 0.0})["f1"] == pytest.approx((ref["rel"] or [0, 0, 0])[2])
    for name, prf in ref["ner_by_type"].items():
        assert ours["mentions_by_type"][name]["f1"] == pytest.approx(prf[2])
