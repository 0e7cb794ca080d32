#!/usr/bin/env python3
"""Time SPARQL in rdflib and Oxigraph on a synthetic graph of a given size.

Builds a KnowledgeGraph of N entities with typed relations (two evidences each) and
co-occurrences, writes it as Turtle, then times for each store: loading the file and
running every named query (entity parameters: the busiest entity). Also checks that
both stores return the same rows. Analytics (centrality, communities) are timed too.

usage: python benchmarks/bench_query.py [--entities 2000] [--relations 4000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph.graph import KnowledgeGraph  # noqa: E402
from kgraph.model import Cooccurrence, Document, Entity, Evidence, Relation  # noqa: E402
from kgraph.query import QueryEngine, named_queries  # noqa: E402

PREDICATES = ["leaderOf", "memberOf", "deploysForcesTo", "militarySupportTo",
              "fightsAgainst", "alliedWith", "locatedIn"]
TYPES = ["Person", "Country", "Place", "Organization", "Event"]


def synthetic_graph(n_entities: int, n_relations: int, seed: int = 0) -> KnowledgeGraph:
    rnd = random.Random(seed)
    base = "https://w3id.org/kgraph/id/"
    ents = [Entity(f"{base}x/{i}", TYPES[i % len(TYPES)], f"Entity {i}",
                   aliases=(f"E{i}",)) for i in range(n_entities)]
    docs = {f"d{i}": Document(f"d{i}", "", date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                              title=f"Document {i}") for i in range(max(1, n_relations // 10))}
    doc_ids = sorted(docs)
    rels = {}
    # a skewed degree distribution, like news: a few entities in many facts
    weights = [1 / (i + 1) for i in range(n_entities)]
    while len(rels) < n_relations:
        s, o = rnd.choices(range(n_entities), weights, k=2)
        if s == o:
            continue
        p = rnd.choice(PREDICATES)
        evs = tuple(Evidence(rnd.choice(doc_ids), f"Entity {s} {p} Entity {o} ({k}).",
                             k * 100, k * 100 + 40, "synthetic", round(rnd.random(), 2),
                             hedged=rnd.random() < 0.2) for k in range(2))
        rels[(ents[s].iri, p, ents[o].iri)] = Relation(ents[s].iri, p, ents[o].iri, evs)
    coocs = [Cooccurrence(a, b, 1 + len(r.evidence), (r.evidence[0].doc_id,))
             for (a, _, b), r in list(rels.items())[: n_relations // 2] if a < b]
    return KnowledgeGraph(entities=ents, relations=list(rels.values()),
                          cooccurrences=coocs, documents=docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=2000)
    ap.add_argument("--relations", type=int, default=4000)
    args = ap.parse_args()
    kg = synthetic_graph(args.entities, args.relations)
    path = Path(tempfile.mkdtemp()) / "graph.ttl"
    kg.serialize(path)
    print(f"graph: {len(kg.entities)} entities, {len(kg.relations)} relations, "
          f"{len(kg.rdf)} triples, {path.stat().st_size / 1e6:.1f} MB Turtle")
    params = {"entity": "Entity 0", "type": "Country", "start": "2024-03", "end": "2024-06"}
    results = {}
    for store in ("rdflib", "oxigraph"):
        t0 = time.perf_counter()
        engine = QueryEngine.from_file(path, store=store)
        print(f"\n{store}: load {time.perf_counter() - t0:.2f} s")
        for name, q in named_queries().items():
            t0 = time.perf_counter()
            r = engine.run_named(name, {p.name: params[p.name] for p in q.parameters
                                        if p.required or p.name in ("start", "end")})
            results.setdefault(name, []).append(list(r.rows))
            print(f"  {name:<22} {time.perf_counter() - t0:7.3f} s  {len(r):>6} rows")
    same = all(a == b for a, b in results.values())
    print(f"\nsame rows in both stores: {same}")
    for label, fn in (("centrality", kg.centrality), ("communities", kg.communities)):
        t0 = time.perf_counter()
        fn()
        print(f"{label}: {time.perf_counter() - t0:.2f} s")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
