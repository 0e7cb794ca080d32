"""Network analytics on the networkx view: centrality, communities, paths, neighbourhoods.

Every function here works on :func:`analysis_graph`: an undirected, weighted simple
graph of the entities, where two entities are linked when a typed relation joins them
(either way) or, unless ``cooccurrence=False``, when they are named in the same
sentence. The weight of a link is its number of evidences plus its co-occurrence
count. Undirected because co-occurrence has no direction and a news relation links
its two ends whichever way it reads. The algorithms are networkx's own: PageRank,
betweenness centrality, Louvain communities, all shortest paths, ego graphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Cooccurrence, Relation

if TYPE_CHECKING:  # pragma: no cover
    import networkx

    from .graph import KnowledgeGraph

__all__ = [
    "CENTRALITY_MEASURES",
    "Community",
    "ConnectionPath",
    "ConnectionStep",
    "EntityScore",
    "analysis_graph",
    "centrality",
    "communities",
    "connection_paths",
    "neighbourhood",
    "top_entities",
]

#: Measures :func:`top_entities` can rank by.
CENTRALITY_MEASURES = ("degree", "weighted_degree", "pagerank", "betweenness")

#: Above this many entities, betweenness is estimated from a sample of this many sources.
BETWEENNESS_SAMPLE = 1000


@dataclass(frozen=True, slots=True)
class EntityScore:
    """How central one entity is (see :func:`centrality`)."""

    iri: str
    label: str
    type: str
    degree: int
    weighted_degree: float
    pagerank: float
    betweenness: float


@dataclass(frozen=True, slots=True)
class Community:
    """A group of entities more linked to each other than to the rest."""

    members: tuple[str, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConnectionStep:
    """One link of a path: the typed relations (either way) and co-occurrence behind it."""

    source: str
    target: str
    relations: tuple[Relation, ...]
    cooccurrence: Cooccurrence | None = None


@dataclass(frozen=True, slots=True)
class ConnectionPath:
    """A shortest path between two entities, step by step with its evidence."""

    entities: tuple[str, ...]
    steps: tuple[ConnectionStep, ...]


def analysis_graph(kg: KnowledgeGraph, *, cooccurrence: bool = True) -> networkx.Graph:
    """Return the undirected weighted entity graph the analytics run on.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Cooccurrence, Entity, Relation
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity("x:a", "Person", "A"), Entity("x:b", "Country", "B")],
        ...     relations=[Relation("x:a", "leaderOf", "x:b")],
        ...     cooccurrences=[Cooccurrence("x:a", "x:b", 2)])
        >>> analysis_graph(kg).edges["x:a", "x:b"]["weight"]
        3
        >>> analysis_graph(kg, cooccurrence=False).edges["x:a", "x:b"]["weight"]
        1
    """
    import networkx as nx

    g = nx.Graph()
    for e in kg.entities.values():
        g.add_node(e.iri, label=e.label, type=e.type)

    def link(a: str, b: str, weight: int) -> None:
        if a == b or a not in kg.entities or b not in kg.entities:
            return
        if g.has_edge(a, b):
            g.edges[a, b]["weight"] += weight
        else:
            g.add_edge(a, b, weight=weight)

    for r in kg.relations:
        link(r.subject, r.object, len(r.evidence) or 1)
    if cooccurrence:
        for c in kg.cooccurrences:
            link(c.a, c.b, c.weight)
    return g


def centrality(kg: KnowledgeGraph, *, cooccurrence: bool = True) -> list[EntityScore]:
    """Return every entity's degree, weighted degree, PageRank and betweenness.

    PageRank uses the link weights; betweenness counts hops (estimated from a sample
    of :data:`BETWEENNESS_SAMPLE` sources on bigger graphs). Sorted by PageRank.
    """
    import networkx as nx

    g = analysis_graph(kg, cooccurrence=cooccurrence)
    if g.number_of_nodes() == 0:
        return []
    pagerank = nx.pagerank(g, weight="weight") if g.number_of_edges() else {
        n: 1 / g.number_of_nodes() for n in g}
    n = g.number_of_nodes()
    k = BETWEENNESS_SAMPLE if n > BETWEENNESS_SAMPLE else None
    betweenness = nx.betweenness_centrality(g, k=k, seed=0 if k else None)
    weighted = dict(g.degree(weight="weight"))
    scores = [EntityScore(node, g.nodes[node]["label"], g.nodes[node]["type"],
                          g.degree(node), float(weighted[node]), pagerank[node],
                          betweenness[node]) for node in g]
    scores.sort(key=lambda s: (-s.pagerank, s.label, s.iri))
    return scores


def top_entities(kg: KnowledgeGraph, *, by: str = "pagerank", n: int = 10,
                 cooccurrence: bool = True) -> list[EntityScore]:
    """Return the ``n`` most central entities by one measure (ties by name).

    Args:
        by: ``degree``, ``weighted_degree``, ``pagerank`` or ``betweenness``.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Relation
        >>> hub = Entity("x:hub", "Country", "Hub")
        >>> kg = KnowledgeGraph(
        ...     entities=[hub] + [Entity(f"x:{i}", "Person", f"P{i}") for i in range(3)],
        ...     relations=[Relation(f"x:{i}", "citizenOf", "x:hub") for i in range(3)])
        >>> [s.label for s in top_entities(kg, by="degree", n=1)]
        ['Hub']
    """
    from .errors import QueryError

    if by not in CENTRALITY_MEASURES:
        raise QueryError(f"unknown centrality measure {by!r}",
                         fix=f"use one of: {', '.join(CENTRALITY_MEASURES)}")
    scores = centrality(kg, cooccurrence=cooccurrence)
    scores.sort(key=lambda s: (-getattr(s, by), s.label, s.iri))
    return scores[:n]


def communities(kg: KnowledgeGraph, *, cooccurrence: bool = True, min_size: int = 2,
                seed: int = 0) -> list[Community]:
    """Return groups of closely linked entities (Louvain, weighted), largest first.

    ``seed`` makes the result the same on every run; groups smaller than
    ``min_size`` (isolated entities) are left out.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Relation
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity(f"x:{c}", "Person", c) for c in "abcdef"],
        ...     relations=[Relation("x:a", "alliedWith", "x:b"),
        ...                Relation("x:b", "alliedWith", "x:c"),
        ...                Relation("x:a", "alliedWith", "x:c"),
        ...                Relation("x:d", "alliedWith", "x:e")])
        >>> [c.labels for c in communities(kg)]
        [('a', 'b', 'c'), ('d', 'e')]
    """
    import networkx as nx

    g = analysis_graph(kg, cooccurrence=cooccurrence)
    if g.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(g, weight="weight", seed=seed)
    out = []
    for group in groups:
        if len(group) < min_size:
            continue
        members = sorted(group, key=lambda n: (g.nodes[n]["label"], n))
        out.append(Community(tuple(members), tuple(g.nodes[n]["label"] for n in members)))
    out.sort(key=lambda c: (-len(c.members), c.labels))
    return out


def connection_paths(kg: KnowledgeGraph, a: str, b: str, *, cooccurrence: bool = True,
                     limit: int = 5) -> list[ConnectionPath]:
    """Return up to ``limit`` shortest paths from ``a`` to ``b`` with the evidence on them.

    ``a`` and ``b`` are IRIs or names (see :meth:`KnowledgeGraph.entity`). Paths
    through typed relations and co-occurrence alike are shortest by hops; each step
    carries the relations between its two ends (either way) and their co-occurrence.
    An empty list means the two are not connected.

    Raises:
        QueryError: ``a`` or ``b`` names no entity, or more than one.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Relation
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity("x:kim", "Person", "Kim"), Entity("x:kp", "Country", "KP"),
        ...               Entity("x:ru", "Country", "Russia")],
        ...     relations=[Relation("x:kim", "leaderOf", "x:kp"),
        ...                Relation("x:kp", "militarySupportTo", "x:ru")])
        >>> [p.entities for p in connection_paths(kg, "Kim", "Russia")]
        [('x:kim', 'x:kp', 'x:ru')]
    """
    import itertools

    import networkx as nx

    source, target = kg.entity(a).iri, kg.entity(b).iri
    g = analysis_graph(kg, cooccurrence=cooccurrence)
    if source == target:
        return [ConnectionPath((source,), ())]
    try:
        paths = list(itertools.islice(nx.all_shortest_paths(g, source, target), limit))
    except nx.NetworkXNoPath:
        return []
    relations: dict[frozenset[str], list[Relation]] = {}
    for r in kg.relations:
        relations.setdefault(frozenset((r.subject, r.object)), []).append(r)
    coocs = {frozenset((c.a, c.b)): c for c in kg.cooccurrences} if cooccurrence else {}
    out = []
    for path in sorted(paths, key=lambda p: [g.nodes[n]["label"] for n in p]):
        steps = tuple(
            ConnectionStep(u, v, tuple(relations.get(frozenset((u, v)), ())),
                           coocs.get(frozenset((u, v))))
            for u, v in itertools.pairwise(path))
        out.append(ConnectionPath(tuple(path), steps))
    return out


def neighbourhood(kg: KnowledgeGraph, entity: str, *, radius: int = 1,
                  cooccurrence: bool = True) -> KnowledgeGraph:
    """Return the sub-graph of everything within ``radius`` links of ``entity``.

    The result is a :class:`KnowledgeGraph` of those entities with the relations and
    co-occurrences among them and the documents behind them, ready for
    :meth:`~KnowledgeGraph.to_html`.

    Examples:
        >>> from kgraph.graph import KnowledgeGraph
        >>> from kgraph.model import Entity, Relation
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity(f"x:{c}", "Person", c) for c in "abc"],
        ...     relations=[Relation("x:a", "alliedWith", "x:b"),
        ...                Relation("x:b", "alliedWith", "x:c")])
        >>> sorted(neighbourhood(kg, "a").entities)
        ['x:a', 'x:b']
    """
    import networkx as nx

    center = kg.entity(entity).iri
    g = analysis_graph(kg, cooccurrence=cooccurrence)
    keep = set(nx.ego_graph(g, center, radius=max(radius, 0)))
    return kg.subgraph(keep, cooccurrence=cooccurrence)
