"""``kgraph query``: run SPARQL over a graph file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import QueryError

EXAMPLE = """Example:
  kgraph query out/graph.ttl 'PREFIX kg: <https://w3id.org/kgraph/ontology#>
    SELECT ?s ?o WHERE { ?s kg:leaderOf ?o }'"""


def add_parser(sub: argparse._SubParsersAction, formatter: type) -> argparse.ArgumentParser:
    p = sub.add_parser("query", help="run a SPARQL query over a graph file",
                       description=__doc__, epilog=EXAMPLE, formatter_class=formatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file (Turtle)")
    p.add_argument("query", metavar="QUERY", help="SPARQL text")
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace) -> int:
    import rdflib

    path = Path(args.graph)
    if not path.is_file():
        raise QueryError(f"no such graph file: '{path}'", fix="build one with `kgraph build`")
    g = rdflib.Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser-specific types
        raise QueryError(f"cannot parse {path} as Turtle: {exc}",
                         fix="give a graph written by `kgraph build`") from None
    try:
        result = g.query(args.query)
    except Exception as exc:
        raise QueryError(f"the SPARQL query is not valid: {exc}", fix="check its syntax") from None
    names = [str(v) for v in result.vars or ()]
    rows = [["" if v is None else str(v) for v in row] for row in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    print("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)))
    for r in rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))
    return 0
