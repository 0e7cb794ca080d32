"""The networkx view of a knowledge graph, for analytics.

Nodes are entity IRIs carrying ``label``, ``type``, ``kind``, ``aliases`` and
``mentions`` (count). Typed relations are edges keyed by predicate, with ``weight``
(number of evidences), ``confidence`` (the best evidence's) and ``evidence`` (a list
of dicts). Co-occurrences are edges keyed ``coOccursWith`` with ``kind="cooccurrence"``,
so analytics can keep or drop them.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:  # pragma: no cover
    from .graph import KnowledgeGraph

__all__ = ["COOCCURRENCE", "to_networkx"]

#: Edge key and predicate of co-occurrence edges.
COOCCURRENCE = "coOccursWith"


def to_networkx(kg: KnowledgeGraph, *, cooccurrence: bool = True) -> nx.MultiDiGraph:
    """Return ``kg`` as a ``networkx.MultiDiGraph``.

    Args:
        kg: the knowledge graph.
        cooccurrence: include co-occurrence edges (``kind="cooccurrence"``).

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Evidence, Relation
        >>> ev = Evidence("d1", "Kursk is a city in Russia.", 0, 26, "copula", 0.9)
        >>> kg = KnowledgeGraph(entities=[Entity("x:kursk", "Place", "Kursk"),
        ...                               Entity("x:ru", "Country", "Russia")],
        ...                     relations=[Relation("x:kursk", "locatedIn", "x:ru", (ev,))])
        >>> g = to_networkx(kg)
        >>> g.edges["x:kursk", "x:ru", "locatedIn"]["weight"]
        1
    """
    g = nx.MultiDiGraph()
    for e in kg.entities.values():
        g.add_node(
            e.iri,
            label=e.label,
            type=e.type,
            kind=e.kind or "",
            aliases=list(e.aliases),
            ids=[f"{s}:{v}" for s, v in e.ids],
            mentions=len(e.mentions),
            documents=sorted({m.doc_id for m in e.mentions}),
        )
    for r in kg.relations:
        g.add_edge(
            r.subject,
            r.object,
            key=r.predicate,
            predicate=r.predicate,
            kind="background" if r.background else "relation",
            weight=len(r.evidence) or 1,
            confidence=r.confidence,
            date=r.date or "",
            evidence=[asdict(ev) for ev in r.evidence],
        )
    if cooccurrence:
        for c in kg.cooccurrences:
            g.add_edge(
                c.a, c.b, key=COOCCURRENCE, predicate=COOCCURRENCE, kind="cooccurrence",
                weight=c.weight, confidence=0.0, date="", documents=list(c.doc_ids),
            )
    return g
