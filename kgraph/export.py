"""Write a knowledge graph for other tools: RDF formats, GraphML, GEXF and CSV.

RDF formats (Turtle, N-Triples, JSON-LD) are the RDF view as it is. GraphML and GEXF
are the networkx view made fit for Gephi: every list or dict attribute is flattened
to a string (lists joined with " | ", evidence as JSON), every value is a string,
number or boolean, and each edge has its own id, a ``label`` (the predicate) and a
``weight``. CSV writes ``nodes.csv`` and ``edges.csv`` with the column names Gephi's
spreadsheet import recognises (``Id``, ``Label``; ``Source``, ``Target``, ``Type``,
``Label``, ``Weight``).

Everything is rendered before anything is written, and each file is replaced
atomically, so a failed export leaves no half-written file.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import OutputError

if TYPE_CHECKING:  # pragma: no cover
    import networkx

    from .graph import KnowledgeGraph

__all__ = ["EXPORT_FORMATS", "export_graph", "flat_graph", "graph_csv", "render_export"]

#: Export format → rdflib format name (RDF) or None (networkx-based).
EXPORT_FORMATS: dict[str, str | None] = {
    "turtle": "turtle",
    "nt": "nt",
    "jsonld": "json-ld",
    "graphml": None,
    "gexf": None,
    "csv": None,
}
_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "ntriples": "nt", "n-triples": "nt"}

#: Separator of list values flattened into one string.
LIST_SEPARATOR = " | "


def _format_name(format: str) -> str:
    name = _ALIASES.get(format.lower(), format.lower())
    if name not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {format!r}",
                          fix=f"use one of: {', '.join(EXPORT_FORMATS)}")
    return name


def _flat(value: Any) -> str | int | float | bool:
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else list(value)
        if all(isinstance(v, str | int | float) for v in items):
            return LIST_SEPARATOR.join(str(v) for v in items)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def flat_graph(kg: KnowledgeGraph, *, cooccurrence: bool = True) -> networkx.MultiDiGraph:
    """Return the networkx view with only string, number and boolean attributes.

    Edges get unique keys (``e0``, ``e1``, ...) and ``label`` = the predicate; the
    evidence list becomes ``evidence`` (JSON) plus ``sentences`` and ``documents``
    (joined text) and ``evidence_count``.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity
        >>> kg = KnowledgeGraph(entities=[Entity("x:kp", "Country", "North Korea",
        ...                                      aliases=("DPRK", "N. Korea"))], relations=[])
        >>> flat_graph(kg).nodes["x:kp"]["aliases"]
        'DPRK | N. Korea'
    """
    import networkx as nx

    source = kg.nx
    g = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        g.add_node(node, **{k: _flat(v) for k, v in data.items()})
    i = 0
    for u, v, key, data in sorted(source.edges(keys=True, data=True),
                                  key=lambda e: (e[0], e[1], str(e[2]))):
        if not cooccurrence and data.get("kind") == "cooccurrence":
            continue
        attrs = {k: _flat(val) for k, val in data.items() if k != "evidence"}
        evidence = data.get("evidence") or []
        attrs["label"] = str(data.get("predicate", key))
        attrs["evidence_count"] = len(evidence)
        attrs["sentences"] = LIST_SEPARATOR.join(ev["sentence"] for ev in evidence)
        docs = data.get("documents") or sorted({ev["doc_id"] for ev in evidence})
        attrs["documents"] = LIST_SEPARATOR.join(docs)
        attrs["evidence"] = _flat(evidence) if evidence else ""
        g.add_edge(u, v, key=f"e{i}", **attrs)
        i += 1
    return g


def graph_csv(kg: KnowledgeGraph, *, cooccurrence: bool = True) -> tuple[str, str]:
    """Return ``(nodes_csv, edges_csv)``: one row per entity and one per edge.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Relation
        >>> kg = KnowledgeGraph(entities=[Entity("x:a", "Person", "A"),
        ...                               Entity("x:b", "Country", "B")],
        ...                     relations=[Relation("x:a", "leaderOf", "x:b")])
        >>> nodes, edges = graph_csv(kg)
        >>> edges.splitlines()[1]
        'x:a,x:b,Directed,leaderOf,1,A,B,leaderOf,relation,0.0,,0,,,'
    """
    g = flat_graph(kg, cooccurrence=cooccurrence)
    node_cols = ["Id", "Label", "type", "kind", "aliases", "ids", "mentions", "documents"]
    edge_cols = ["Source", "Target", "Type", "Label", "Weight", "source_label",
                 "target_label", "predicate", "kind", "confidence", "date",
                 "evidence_count", "sentences", "documents", "evidence"]
    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(node_cols)
    for node, d in sorted(g.nodes(data=True)):
        w.writerow([node, d.get("label", ""), d.get("type", ""), d.get("kind", ""),
                    d.get("aliases", ""), d.get("ids", ""), d.get("mentions", 0),
                    d.get("documents", "")])
    edges = io.StringIO()
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(edge_cols)
    for u, v, d in g.edges(data=True):
        w.writerow([u, v, "Undirected" if d.get("kind") == "cooccurrence" else "Directed",
                    d.get("label", ""), d.get("weight", 1), g.nodes[u].get("label", ""),
                    g.nodes[v].get("label", ""), d.get("predicate", ""), d.get("kind", ""),
                    d.get("confidence", ""), d.get("date", ""), d.get("evidence_count", 0),
                    d.get("sentences", ""), d.get("documents", ""), d.get("evidence", "")])
    return nodes.getvalue(), edges.getvalue()


def render_export(kg: KnowledgeGraph, *, format: str) -> dict[str, bytes]:
    """Render ``kg`` in an export format: file name suffix or name → content.

    RDF, GraphML and GEXF give one entry keyed ``""`` (the path as given); CSV gives
    ``nodes.csv`` and ``edges.csv``.
    """
    import networkx as nx

    name = _format_name(format)
    rdf_name = EXPORT_FORMATS[name]
    if rdf_name == "json-ld":
        from .query import DEFAULT_PREFIXES

        context = {p: ns for p, ns in DEFAULT_PREFIXES.items()}
        return {"": kg.rdf.serialize(format="json-ld", context=context,
                                     auto_compact=True).encode("utf-8")}
    if rdf_name:
        return {"": kg.rdf.serialize(format=rdf_name).encode("utf-8")}
    if name == "csv":
        nodes, edges = graph_csv(kg)
        return {"nodes.csv": nodes.encode("utf-8"), "edges.csv": edges.encode("utf-8")}
    buf = io.BytesIO()
    g = flat_graph(kg)
    if name == "graphml":
        nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    else:
        nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
    return {"": buf.getvalue()}


def export_graph(kg: KnowledgeGraph, path: str | os.PathLike[str], *, format: str
                 ) -> list[Path]:
    """Write ``kg`` to ``path`` in ``format`` and return the files written.

    Args:
        kg: the knowledge graph.
        path: the output file; for ``csv`` a folder that gets ``nodes.csv`` and
            ``edges.csv``.
        format: ``turtle``, ``nt``, ``jsonld``, ``graphml``, ``gexf`` or ``csv``.

    Raises:
        OutputError: an unknown format, or a path that cannot be written.

    Examples:
        >>> import tempfile, pathlib, networkx
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Relation
        >>> kg = KnowledgeGraph(entities=[Entity("x:a", "Person", "A"),
        ...                               Entity("x:b", "Country", "B")],
        ...                     relations=[Relation("x:a", "leaderOf", "x:b")])
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.gexf"
        >>> [p.name for p in export_graph(kg, out, format="gexf")]
        ['graph.gexf']
        >>> networkx.read_gexf(out).number_of_edges()
        1
    """
    from .io import atomic_open

    target = Path(path)
    rendered = render_export(kg, format=format)
    if "" not in rendered and target.exists() and not target.is_dir():
        raise OutputError(f"'{target}' is a file, but CSV export writes a folder of "
                          "nodes.csv and edges.csv", fix="give a folder path with -o")
    written = []
    for name, data in rendered.items():
        out = target / name if name else target
        with atomic_open(out, "wb") as fh:
            fh.write(data)
        written.append(out)
    return written
