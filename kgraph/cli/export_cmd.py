"""``kgraph export``: write a saved graph as RDF, GraphML, GEXF or CSV."""

from __future__ import annotations

import argparse

EXAMPLE = """Example:
  kgraph export out/graph.ttl --format gexf -o out/graph.gexf
  kgraph export out/graph.ttl --format graphml -o out/graph.graphml
  kgraph export out/graph.ttl --format csv -o out/csv
  kgraph export out/graph.ttl --format jsonld -o out/graph.jsonld

GRAPH is a graph written by `kgraph build` (.ttl, .nt or .jsonld). GraphML and GEXF
open in Gephi: list attributes are joined with " | " and each edge's evidence is
kept as JSON text. CSV writes PATH/nodes.csv and PATH/edges.csv with the column
names Gephi's spreadsheet import knows (Id, Label; Source, Target, Type, Weight)."""


def add_parser(sub: argparse._SubParsersAction, formatter: type) -> None:
    p = sub.add_parser("export", help="write a saved graph as RDF, GraphML, GEXF or CSV",
                       description=__doc__, epilog=EXAMPLE, formatter_class=formatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file: .ttl, .nt or .jsonld")
    p.add_argument("--format", required=True,
                   choices=("turtle", "nt", "jsonld", "graphml", "gexf", "csv"),
                   help="output format")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="output file (for csv: a folder for nodes.csv and edges.csv)")
    p.add_argument("--graph-format", choices=("turtle", "nt", "json-ld"),
                   help="read GRAPH in this format whatever its suffix")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..export import export_graph
    from ..loader import load_graph

    kg = load_graph(args.graph, format=args.graph_format)
    written = export_graph(kg, args.output, format=args.format)
    if not args.quiet:
        s = kg.summary()
        print(f"{len(kg.entities)} entities, {sum(s['relations'].values())} relations, "
              f"{s['cooccurrences']} co-occurrence pairs")
        for path in written:
            print(f"wrote {path}")
    return 0
