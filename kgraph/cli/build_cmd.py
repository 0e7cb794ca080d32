"""``kgraph build``: read news texts and write the graph, its explorer and extractions."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..io import atomic_open
from ..pipeline import build_graph
from ..viz import DEFAULT_MAX_NODES
from ._common import add_model_option, progress_callback

EXAMPLE = """Example:
  kgraph build data/samples -o out
  kgraph build articles.jsonl more/ -o out --title "Korea desk"
  kgraph build big-corpus/ -o out --max-nodes 3000
  kgraph build data/samples -o out --background

Writes OUTDIR/graph.ttl (RDF Turtle), OUTDIR/graph.html (interactive explorer that
works offline) and OUTDIR/extractions.jsonl (one line per document)."""


def add_parser(sub: argparse._SubParsersAction, formatter: type) -> argparse.ArgumentParser:
    p = sub.add_parser("build", help="build the knowledge graph from news texts",
                       description=__doc__, epilog=EXAMPLE, formatter_class=formatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files (.txt .md .html .jsonl) or directories (read recursively)")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                   help="folder for graph.ttl, graph.html and extractions.jsonl")
    p.add_argument("--title", default="kgraph", help="title of the HTML explorer")
    p.add_argument("--max-nodes", type=_positive_int, default=DEFAULT_MAX_NODES, metavar="N",
                   help="most entities graph.html draws; above this it draws the most "
                   f"connected and says what it left out (default: {DEFAULT_MAX_NODES})")
    p.add_argument("--background", action="store_true",
                   help="also add what the gazetteer knows between the entities found (a "
                   "city's region and country, the state a listed leader serves), marked "
                   "as background facts; never written to extractions.jsonl")
    add_model_option(p)
    p.set_defaults(run=run)
    return p


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    tick, close = progress_callback(enabled=not args.quiet, desc="documents")
    try:
        kg = build_graph(args.inputs, model=args.model, batch_size=args.batch_size,
                         progress=tick, background=args.background)
    finally:
        close()
    out = Path(args.output)
    # Everything is rendered before anything is written; each file is replaced atomically.
    turtle = kg.serialize(format="turtle")
    from ..viz import graph_page

    html = graph_page(kg, title=args.title, max_nodes=args.max_nodes)
    records = kg.extraction_records()
    with atomic_open(out / "graph.ttl") as fh:
        fh.write(turtle)
    with atomic_open(out / "graph.html") as fh:
        fh.write(html)
    with atomic_open(out / "extractions.jsonl") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if not args.quiet:
        s = kg.summary()
        print(f"documents: {s['documents']}")
        print("entities:  " + (", ".join(f"{k} {v}" for k, v in s["entities"].items()) or "none"))
        print("relations: " + (", ".join(f"{k} {v}" for k, v in s["relations"].items()) or "none"))
        print(f"co-occurrence pairs: {s['cooccurrences']}")
        for name in ("graph.ttl", "graph.html", "extractions.jsonl"):
            print(f"wrote {out / name}")
    return 0
