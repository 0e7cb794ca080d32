"""``kgraph stats``: who is central, which groups form, how two entities connect."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..analytics import ConnectionPath, EntityScore
    from ..graph import KnowledgeGraph

EXAMPLE = """Example:
  kgraph stats out/graph.ttl
  kgraph stats out/graph.ttl --top 5 --typed-only
  kgraph stats out/graph.ttl --path "Kim Jong Un" "Kursk"
  kgraph stats out/graph.ttl --neighbourhood "North Korea" -o north-korea.html

Entities are named by IRI, or by a name or alias (case does not matter). Links are
typed relations and, unless --typed-only, co-occurrence in one sentence; they count
both ways. Centrality: degree (distinct neighbours), PageRank (by evidence weight),
betweenness (how often an entity lies on shortest paths). Communities: Louvain."""


def add_parser(sub: argparse._SubParsersAction, formatter: type) -> None:
    p = sub.add_parser("stats", help="central entities, communities, paths and neighbourhoods",
                       description=__doc__, epilog=EXAMPLE, formatter_class=formatter)
    p.add_argument("graph", metavar="GRAPH", help="graph file: .ttl, .nt or .jsonld")
    p.add_argument("--top", type=int, default=10, metavar="N",
                   help="entities to list per measure (default: 10)")
    p.add_argument("--typed-only", action="store_true",
                   help="use typed relations only, not co-occurrence")
    p.add_argument("--path", nargs=2, metavar=("A", "B"),
                   help="show the shortest paths from A to B with the evidence along them")
    p.add_argument("--max-paths", type=int, default=5, metavar="N",
                   help="most paths to show with --path (default: 5)")
    p.add_argument("--neighbourhood", metavar="ENTITY",
                   help="write the explorer HTML of ENTITY's neighbourhood to -o PATH")
    p.add_argument("--radius", type=int, default=1, metavar="N",
                   help="links from ENTITY the neighbourhood reaches (default: 1)")
    p.add_argument("-o", "--output", metavar="PATH", help="HTML file for --neighbourhood")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--graph-format", choices=("turtle", "nt", "json-ld"),
                   help="read GRAPH in this format whatever its suffix")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import QueryError
    from ..loader import load_graph

    if args.neighbourhood and not args.output:
        raise QueryError("--neighbourhood needs -o PATH for the HTML file",
                         fix="add -o neighbourhood.html")
    if args.output and not args.neighbourhood:
        raise QueryError("-o is only for --neighbourhood", fix="remove -o, or add "
                         "--neighbourhood ENTITY")
    kg = load_graph(args.graph, format=args.graph_format)
    cooc = not args.typed_only
    if args.path or args.neighbourhood:
        if args.path:
            paths = kg.paths(*args.path, cooccurrence=cooc, limit=max(args.max_paths, 1))
            _print(args, _paths_json(kg, paths), _paths_text(kg, args.path, paths))
        if args.neighbourhood:
            center = kg.entity(args.neighbourhood)
            sub = kg.neighbourhood(center.iri, radius=args.radius, cooccurrence=cooc)
            # node size by PageRank in the whole graph, so sizes compare across pages
            pagerank = {s.iri: s.pagerank for s in kg.centrality(cooccurrence=cooc)}
            sub.to_html(args.output, title=f"{center.label}: neighbourhood",
                        select=center.iri,
                        centrality={iri: pagerank[iri] for iri in sub.entities},
                        centrality_name="PageRank in the whole graph")
            if not args.quiet:
                print(f"{_one_line(center.label)}: {len(sub.entities)} entities, "
                      f"{len(sub.relations)} relations within {args.radius} link(s)",
                      file=sys.stderr)
                print(f"wrote {args.output}", file=sys.stderr)
        return 0
    scores = kg.centrality(cooccurrence=cooc)
    groups = kg.communities(cooccurrence=cooc)
    data = {
        "summary": kg.summary(),
        "links": "typed relations" if args.typed_only else "typed relations and co-occurrence",
        "top": {by: [_score_json(s) for s in _ranked(scores, by, args.top)]
                for by in ("degree", "pagerank", "betweenness")},
        "communities": [{"size": len(c.members), "members": list(c.members),
                         "labels": list(c.labels)} for c in groups],
    }
    _print(args, data, _stats_text(kg, data, scores, groups, args.top, args.typed_only))
    return 0


def _print(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(text)


def _ranked(scores: list[EntityScore], by: str, n: int) -> list[EntityScore]:
    return sorted(scores, key=lambda s: (-getattr(s, by), s.label, s.iri))[:max(n, 0)]


def _score_json(s: EntityScore) -> dict[str, Any]:
    return {"iri": s.iri, "label": s.label, "type": s.type, "degree": s.degree,
            "weighted_degree": s.weighted_degree, "pagerank": round(s.pagerank, 6),
            "betweenness": round(s.betweenness, 6)}


def _one_line(text: str, width: int = 100) -> str:
    from ..query import printable

    text = printable(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _stats_text(kg: KnowledgeGraph, data: dict[str, Any], scores: list[EntityScore],
                groups: list, top: int, typed_only: bool) -> str:
    s = data["summary"]
    lines = [f"{s['documents']} documents, {len(kg.entities)} entities, "
             f"{sum(s['relations'].values())} typed relations, {s['cooccurrences']} "
             f"co-occurrence pairs; links: {data['links']}"]
    formats = {"degree": "{:d}", "pagerank": "{:.4f}", "betweenness": "{:.4f}"}
    for by, title in (("degree", "degree (distinct neighbours)"), ("pagerank", "PageRank"),
                      ("betweenness", "betweenness")):
        ranked = _ranked(scores, by, top)
        lines += ["", f"Top {len(ranked)} by {title}"]
        if not ranked:
            lines.append("  (no entities)")
        width = max((len(_one_line(r.label, 40)) for r in ranked), default=0)
        for i, r in enumerate(ranked, 1):
            value = formats[by].format(getattr(r, by))
            lines.append(f"  {i:>2}. {_one_line(r.label, 40).ljust(width)}  "
                         f"{r.type:<12}  {value}")
    lines += ["", f"Communities ({len(groups)} with two or more entities, largest first)"]
    if not groups:
        lines.append("  (none: no entities are linked)")
    for i, c in enumerate(groups[:max(top, 1)], 1):
        names = ", ".join(_one_line(x, 40) for x in c.labels[:12])
        more = f" (+{len(c.labels) - 12} more)" if len(c.labels) > 12 else ""
        lines.append(f"  {i:>2}. [{len(c.members)}] {names}{more}")
    if len(groups) > max(top, 1):
        lines.append(f"  ... and {len(groups) - max(top, 1)} smaller communities "
                     "(see --json)")
    return "\n".join(lines)


def _paths_json(kg: KnowledgeGraph, paths: list[ConnectionPath]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        out.append({
            "entities": [{"iri": iri, "label": kg.entities[iri].label} for iri in p.entities],
            "steps": [{
                "source": st.source, "target": st.target,
                "relations": [{
                    "subject": r.subject, "predicate": r.predicate, "object": r.object,
                    "background": r.background,
                    "evidence": [{"document": ev.doc_id, "sentence": ev.sentence,
                                  "start": ev.start, "end": ev.end, "date": ev.date,
                                  "confidence": ev.confidence, "hedged": ev.hedged,
                                  "attributed_to": ev.attributed_to} for ev in r.evidence],
                } for r in st.relations],
                "cooccurrence": ({"weight": st.cooccurrence.weight,
                                  "documents": list(st.cooccurrence.doc_ids)}
                                 if st.cooccurrence else None),
            } for st in p.steps],
        })
    return out


def _paths_text(kg: KnowledgeGraph, names: list[str], paths: list[ConnectionPath]) -> str:
    a, b = kg.entity(names[0]), kg.entity(names[1])
    if not paths:
        return f"{_one_line(a.label)} and {_one_line(b.label)} are not connected."
    hops = len(paths[0].steps)
    lines = [f"{_one_line(a.label)} → {_one_line(b.label)}: {len(paths)} shortest path(s) "
             f"of {hops} link(s)"]
    label = {iri: e.label for iri, e in kg.entities.items()}
    for i, p in enumerate(paths, 1):
        lines += ["", f"Path {i}: " + " — ".join(_one_line(label[n], 60) for n in p.entities)]
        for st in p.steps:
            if not st.relations and st.cooccurrence is None:
                continue
            for r in st.relations:
                lines.append(f"  {_one_line(label[r.subject], 60)} —{r.predicate}→ "
                             f"{_one_line(label[r.object], 60)}"
                             + (" (background fact from the gazetteer)" if r.background
                                else f" ({len(r.evidence)} sentence(s))"))
                for ev in r.evidence[:3]:
                    doc = kg.documents.get(ev.doc_id)
                    where = ev.doc_id + (f", {ev.date or doc.date}" if doc and (ev.date or doc.date)
                                         else f", {ev.date}" if ev.date else "")
                    flags = (" [hedged]" if ev.hedged else "") + (
                        f" [according to {_one_line(ev.attributed_to, 60)}]"
                        if ev.attributed_to else "")
                    lines.append(f"      \"{_one_line(ev.sentence, 160)}\" "
                                 f"({_one_line(where, 80)}){flags}")
                if len(r.evidence) > 3:
                    lines.append(f"      ... and {len(r.evidence) - 3} more (see --json)")
            if st.cooccurrence is not None:
                c = st.cooccurrence
                docs = _one_line(", ".join(c.doc_ids) or "unknown", 200)
                lines.append(f"  {_one_line(label[st.source], 60)} and "
                             f"{_one_line(label[st.target], 60)}: named together in "
                             f"{c.weight} sentence(s) (documents: {docs}; co-occurrence, "
                             "not a stated relation)")
    return "\n".join(lines)
