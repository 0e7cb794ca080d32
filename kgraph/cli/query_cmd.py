"""``kgraph query``: run SPARQL, or one of kgraph's named queries, over a graph file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import QueryError

EXAMPLE = """Example:
  kgraph query out/graph.ttl 'SELECT ?who ?what WHERE { ?who kg:leaderOf ?what }'
  kgraph query out/graph.ttl my-question.rq --format csv -o answers.csv
  kgraph query out/graph.ttl - --format json < my-question.rq
  kgraph query --list
  kgraph query out/graph.ttl --named entity --param entity="North Korea"
  kgraph query out/graph.ttl --named events-in-range --param start=2024-10 --param end=2024-12

GRAPH is Turtle (.ttl), N-Triples (.nt) or JSON-LD (.jsonld), by its suffix unless
--graph-format says otherwise. QUERY is SPARQL text or a .rq file; the prefixes kg:,
kgr:, rdf:, rdfs:, owl:, xsd:, skos:, prov:, dcterms: and schema: need no PREFIX line.
A .rq file may declare parameters like a named query (see kgraph/queries/*.rq).
SELECT and ASK results print as --format; CONSTRUCT and DESCRIBE print Turtle."""


def add_parser(sub: argparse._SubParsersAction, formatter: type) -> None:
    p = sub.add_parser("query", help="run a SPARQL query or a named query over a graph file",
                       description=__doc__, epilog=EXAMPLE, formatter_class=formatter)
    p.add_argument("graph", metavar="GRAPH", nargs="?",
                   help="graph file: .ttl, .nt or .jsonld (as written by kgraph build/export)")
    p.add_argument("query", metavar="QUERY", nargs="?",
                   help="SPARQL text, a .rq file, or - to read the query from standard input")
    p.add_argument("--named", metavar="NAME", help="run the named query NAME (see --list)")
    p.add_argument("--param", metavar="KEY=VALUE", action="append", default=[],
                   help="a parameter of the named query or .rq file (repeatable)")
    p.add_argument("--list", action="store_true",
                   help="list the named queries, one per line: name, parameters, what it answers")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table",
                   help="result format: a table to read, or the W3C SPARQL 1.1 CSV, TSV or "
                   "JSON results format (default: table)")
    p.add_argument("--graph-format", choices=("turtle", "nt", "json-ld"),
                   help="read GRAPH in this format whatever its suffix")
    p.add_argument("--store", choices=("rdflib", "oxigraph"), default="rdflib",
                   help="SPARQL engine: rdflib, or Oxigraph for large graphs "
                   "(needs pip install 'kgraph[oxigraph]') (default: rdflib)")
    p.add_argument("--max-width", type=int, default=60, metavar="N",
                   help="widest table column; longer values are cut with … (0: no limit; "
                   "default: 60)")
    p.add_argument("-o", "--output", metavar="PATH",
                   help="write the result to PATH (atomically) instead of standard output")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..query import QueryEngine, get_named_query, named_queries

    if args.list:
        for q in named_queries().values():
            params = " ".join(f"{p.name}={p.type.upper()}" if p.required
                              else f"[{p.name}={p.type.upper()}]" for p in q.parameters)
            print(f"{q.name}\t{params}\t{q.description}" if params
                  else f"{q.name}\t\t{q.description}")
        return 0
    if not args.graph:
        raise QueryError("no GRAPH given", fix="run `kgraph query GRAPH QUERY`, "
                         "`kgraph query GRAPH --named NAME` or `kgraph query --list`")
    if bool(args.query) == bool(args.named):
        raise QueryError("give either a QUERY or --named NAME (exactly one)",
                         fix="run `kgraph query --list` to see the named queries")
    params = _parse_params(args.param)
    if args.query == "-":
        args.query = sys.stdin.read()
    if args.named:
        named = get_named_query(args.named)
    else:
        named = _query_from_argument(args.query)
        if named is None:
            if params:
                raise QueryError("--param is only for named queries and .rq files that "
                                 "declare parameters", fix="remove --param")
    # Check the parameters' form before loading a possibly large graph.
    if named is not None:
        named.bind(params, resolve_entity=lambda value: "urn:kgraph:check")
    engine = QueryEngine.from_file(args.graph, store=args.store, format=args.graph_format)
    if named is not None:
        result = engine.run_named(named, params)
    else:
        result = engine.query(args.query)
    text = result.serialize(args.format, max_width=max(args.max_width, 0))
    if not text.endswith("\n"):
        text += "\n"
    if args.output:
        from ..io import atomic_write_text

        atomic_write_text(args.output, text)
        if not args.quiet:
            unit = "triples" if result.kind == "graph" else "rows"
            print(f"wrote {args.output} ({len(result)} {unit})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _parse_params(items: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {item!r} is not KEY=VALUE",
                             fix='write it like --param entity="North Korea"')
        if key.strip() in params:
            raise QueryError(f"--param {key.strip()!r} is given twice", fix="give it once")
        params[key.strip()] = value
    return params


def _query_from_argument(value: str):  # -> NamedQuery | None
    """Return a ``.rq`` file as a :class:`NamedQuery`, or None when QUERY is SPARQL text."""
    from ..errors import DataFileError
    from ..query import parse_named_query

    path = Path(value)
    if not (value.endswith(".rq") or _is_file(path)):
        return None
    if not path.is_file():
        raise QueryError(f"no such query file: '{path}'", fix="check the path")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file '{path}': {exc}",
                         fix="save it as UTF-8 text") from None
    if not text.lstrip().startswith("#"):
        text = f"# {path.name}\n{text}"
    try:
        return parse_named_query(path.stem, text, path=str(path))
    except DataFileError as exc:
        raise QueryError(exc.message, fix=exc.fix) from None


def _is_file(path: Path) -> bool:
    try:
        return "\n" not in str(path) and path.is_file()
    except (OSError, ValueError):  # SPARQL text too long or odd for a file name
        return False
