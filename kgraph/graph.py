"""The knowledge graph: the one in-memory model with an RDF face and a networkx face.

:class:`KnowledgeGraph` is the front object users hold. Its two views are built from
the same entities and relations on first use: ``kg.rdf`` (an ``rdflib.Graph`` with
ontology terms and provenance) and ``kg.nx`` (a ``networkx.MultiDiGraph``). It also
answers SPARQL (:meth:`~KnowledgeGraph.query`, :meth:`~KnowledgeGraph.named_query`),
runs network analytics (:meth:`~KnowledgeGraph.top_entities`,
:meth:`~KnowledgeGraph.communities`, :meth:`~KnowledgeGraph.paths`,
:meth:`~KnowledgeGraph.neighbourhood`) and writes itself out
(:meth:`~KnowledgeGraph.serialize`, :meth:`~KnowledgeGraph.to_html`).
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .model import Cooccurrence, Document, Entity, Relation

if TYPE_CHECKING:  # pragma: no cover
    import networkx
    import rdflib

    from .analytics import Community, ConnectionPath, EntityScore
    from .gazetteer import Gazetteer
    from .query import QueryEngine, QueryResult

__all__ = ["KnowledgeGraph"]


class KnowledgeGraph:
    """Entities, typed relations with evidence, co-occurrences and their sources.

    Examples:
        >>> from kgraph.model import Entity, Relation
        >>> kg = KnowledgeGraph(
        ...     entities=[Entity("https://w3id.org/kgraph/id/country/KP", "Country",
        ...                      "North Korea")],
        ...     relations=[])
        >>> kg.summary()["entities"]
        {'Country': 1}
    """

    def __init__(
        self,
        *,
        entities: Iterable[Entity],
        relations: Iterable[Relation],
        cooccurrences: Iterable[Cooccurrence] = (),
        documents: dict[str, Document] | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.entities: dict[str, Entity] = {e.iri: e for e in entities}
        self.relations: list[Relation] = list(relations)
        self.cooccurrences: list[Cooccurrence] = list(cooccurrences)
        self.documents: dict[str, Document] = dict(documents or {})
        self.gazetteer = gazetteer
        #: Mention count and documents of entities whose mentions are not held as
        #: :class:`Mention` objects (a graph loaded from RDF keeps only these).
        self.mention_counts: dict[str, tuple[int, tuple[str, ...]]] = {}
        self._engines: dict[str, QueryEngine] = {}

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {len(self.documents)} documents, {len(self.entities)} "
                f"entities, {len(self.relations)} relations>")

    @functools.cached_property
    def rdf(self) -> rdflib.Graph:
        """The RDF view: ontology classes, direct triples and provenance statements."""
        from .rdf import to_rdf

        return to_rdf(self)

    @functools.cached_property
    def nx(self) -> networkx.MultiDiGraph:
        """The networkx view: entity nodes, typed and co-occurrence edges."""
        from .nx import to_networkx

        g = to_networkx(self)
        for iri, (count, docs) in self.mention_counts.items():
            if iri in g and not g.nodes[iri].get("mentions"):
                g.nodes[iri]["mentions"] = count
                g.nodes[iri]["documents"] = list(docs)
        return g

    def mention_stats(self, iri: str) -> tuple[int, tuple[str, ...]]:
        """Return how often an entity is mentioned and the ids of the documents naming it.

        Works for built graphs (which hold every :class:`Mention`) and for graphs loaded
        from RDF (which keep only counts, in :attr:`mention_counts`).
        """
        e = self.entities.get(iri)
        if e is not None and e.mentions:
            return len(e.mentions), tuple(sorted({m.doc_id for m in e.mentions}))
        return self.mention_counts.get(iri, (0, ()))

    def summary(self) -> dict[str, Any]:
        """Return counts of documents, entities by type and relations by predicate."""
        return {
            "documents": len(self.documents),
            "entities": dict(sorted(Counter(e.type for e in self.entities.values()).items())),
            "relations": dict(sorted(Counter(r.predicate for r in self.relations).items())),
            "cooccurrences": len(self.cooccurrences),
        }

    def extraction_records(self) -> list[dict[str, Any]]:
        """Return one extraction record per document (see :mod:`kgraph.records`)."""
        from .records import extraction_record

        by_doc: dict[str, tuple[list[Entity], list[Relation]]] = {
            d: ([], []) for d in self.documents}
        for e in self.entities.values():
            for doc_id in {m.doc_id for m in e.mentions}:
                by_doc.setdefault(doc_id, ([], []))[0].append(e)
        for r in self.relations:
            for doc_id in {ev.doc_id for ev in r.evidence}:
                by_doc.setdefault(doc_id, ([], []))[1].append(r)
        return [extraction_record(d, ents, rels) for d, (ents, rels) in by_doc.items()]

    def serialize(self, path: str | os.PathLike[str] | None = None, *,
                  format: str = "turtle") -> str | None:
        """Write the graph as RDF (``turtle``, ``nt``, ``json-ld``, any rdflib format) or
        for graph tools (``graphml``, ``gexf``, ``csv``; see :mod:`kgraph.export`).

        With no path, return the serialization as a string (not for ``csv``, which
        writes a folder of ``nodes.csv`` and ``edges.csv``).

        Examples:
            >>> from kgraph.model import Entity
            >>> kg = KnowledgeGraph(entities=[Entity(
            ...     "https://w3id.org/kgraph/id/country/KP", "Country", "North Korea")],
            ...     relations=[])
            >>> '"North Korea"' in kg.serialize(format="turtle")
            True
            >>> kg.serialize(format="gexf").count("<node ")
            1
        """
        from .errors import OutputError
        from .export import _ALIASES, EXPORT_FORMATS, export_graph, render_export
        from .io import atomic_write_text

        name = _ALIASES.get(format.lower(), format.lower())
        if name in EXPORT_FORMATS and EXPORT_FORMATS[name] is None:
            if path is not None:
                export_graph(self, path, format=name)
                return None
            if name == "csv":
                raise OutputError("CSV export writes two files (nodes.csv, edges.csv)",
                                  fix="give a folder path: kg.serialize(path, format='csv')")
            return render_export(self, format=name)[""].decode("utf-8")
        if name == "jsonld":
            data = render_export(self, format="jsonld")[""].decode("utf-8")
        else:
            try:
                data = self.rdf.serialize(format=format)
            except Exception as exc:  # rdflib's plugin lookup raises its own types
                raise OutputError(f"cannot serialize as {format!r}: {exc}",
                                  fix="use turtle, nt, json-ld, xml, graphml, gexf or csv"
                                  ) from None
        if path is None:
            return data
        atomic_write_text(path, data)
        return None

    def to_html(self, path: str | os.PathLike[str], **options: Any) -> None:
        """Write the interactive single-file HTML explorer to ``path``."""
        from .viz import write_html

        write_html(self, path, **options)

    # ------------------------------------------------------------ SPARQL

    def query(self, sparql: str, *, store: str = "rdflib") -> QueryResult:
        """Run a SPARQL query over the RDF view (``store="oxigraph"`` for big graphs).

        The prefixes ``kg:``, ``kgr:``, ``rdf:``, ``rdfs:``, ``skos:``, ``prov:``,
        ``dcterms:``, ``schema:``, ``owl:`` and ``xsd:`` need no declaration.

        Raises:
            QueryError: the query is not valid SPARQL.

        Examples:
            >>> from kgraph.model import Entity, Evidence, Relation
            >>> ev = Evidence("d1", "Kim Jong Un leads North Korea.", 0, 30, "lead", 0.9)
            >>> kg = KnowledgeGraph(
            ...     entities=[Entity("https://w3id.org/kgraph/id/person/kim", "Person", "Kim"),
            ...               Entity("https://w3id.org/kgraph/id/country/KP", "Country", "KP")],
            ...     relations=[Relation("https://w3id.org/kgraph/id/person/kim", "leaderOf",
            ...                         "https://w3id.org/kgraph/id/country/KP", (ev,))])
            >>> result = kg.query("SELECT ?s WHERE { ?e kg:sentence ?s }")
            >>> [str(row[0]) for row in result]
            ['Kim Jong Un leads North Korea.']
            >>> kg.query("ASK { ?who kg:leaderOf <https://w3id.org/kgraph/id/country/KP> }",
            ...          store="oxigraph").boolean
            True
        """
        return self._engine(store).query(sparql)

    def named_query(self, name: str, /, *, store: str = "rdflib", **params: str
                    ) -> QueryResult:
        """Run one of kgraph's named queries (``kgraph query --list``) with its parameters.

        Examples:
            >>> from kgraph.model import Entity, Relation
            >>> kg = KnowledgeGraph(
            ...     entities=[Entity("https://w3id.org/kgraph/id/person/kim", "Person", "Kim"),
            ...               Entity("https://w3id.org/kgraph/id/country/KP", "Country",
            ...                      "North Korea", aliases=("DPRK",))],
            ...     relations=[Relation("https://w3id.org/kgraph/id/person/kim", "leaderOf",
            ...                         "https://w3id.org/kgraph/id/country/KP")])
            >>> df = kg.named_query("two-hops", entity="dprk").to_dataframe()
            >>> df["neighbourName"].tolist()
            ['Kim']
        """
        return self._engine(store).run_named(name, params)

    def _engine(self, store: str) -> QueryEngine:
        from .query import QueryEngine

        if store not in self._engines:
            self._engines[store] = QueryEngine(self.rdf, store=store)
        return self._engines[store]

    # ------------------------------------------------------------ entities and analytics

    def entity(self, name: str) -> Entity:
        """Return the entity whose IRI, name or alias is ``name`` (case does not matter).

        Raises:
            QueryError: no entity has that name, or more than one does.

        Examples:
            >>> from kgraph.model import Entity
            >>> kg = KnowledgeGraph(entities=[Entity("https://w3id.org/kgraph/id/country/KP",
            ...     "Country", "North Korea", aliases=("DPRK",))], relations=[])
            >>> kg.entity("dprk").label, kg.entity("kgr:country/KP").label
            ('North Korea', 'North Korea')
        """
        import difflib

        from .errors import QueryError
        from .query import DEFAULT_PREFIXES, printable

        value = name.strip()
        prefix, sep, rest = value.partition(":")
        if sep and prefix in DEFAULT_PREFIXES and DEFAULT_PREFIXES[prefix] + rest in self.entities:
            return self.entities[DEFAULT_PREFIXES[prefix] + rest]
        if value in self.entities:
            return self.entities[value]
        key = value.casefold()
        found = [e for e in self.entities.values()
                 if key in {n.casefold() for n in (e.label, *e.aliases)}]
        if len(found) == 1:
            return found[0]
        if found:
            listed = printable("; ".join(f"<{e.iri}> ({e.label}, {e.type})"
                                         for e in found[:10]))
            raise QueryError(f"{name!r} names {len(found)} entities: {listed}",
                             fix="give the IRI of the one you mean")
        names = sorted({n for e in self.entities.values() for n in (e.label, *e.aliases)})
        close = [n for n in names if key in n.casefold()][:5]
        close += difflib.get_close_matches(value, [n for n in names if n not in close],
                                           n=5 - len(close), cutoff=0.6) if len(close) < 5 else []
        hint = f"close names: {printable(', '.join(close))}; " if close else ""
        raise QueryError(f"no entity named {printable(name)!r} in the graph",
                         fix=f"{hint}list them with `kgraph query GRAPH --named entities`")

    def subgraph(self, iris: Iterable[str], *, cooccurrence: bool = True) -> KnowledgeGraph:
        """Return the graph of these entities, the relations and co-occurrences among
        them, and the documents behind those.

        Examples:
            >>> from kgraph.model import Entity, Relation
            >>> kg = KnowledgeGraph(
            ...     entities=[Entity(f"x:{c}", "Person", c) for c in "abc"],
            ...     relations=[Relation("x:a", "alliedWith", "x:b"),
            ...                Relation("x:b", "alliedWith", "x:c")])
            >>> len(kg.subgraph(["x:a", "x:b"]).relations)
            1
        """
        keep = set(iris) & set(self.entities)
        relations = [r for r in self.relations if r.subject in keep and r.object in keep]
        coocs = ([c for c in self.cooccurrences if c.a in keep and c.b in keep]
                 if cooccurrence else [])
        doc_ids = {ev.doc_id for r in relations for ev in r.evidence}
        doc_ids |= {d for c in coocs for d in c.doc_ids}
        doc_ids |= {m.doc_id for iri in keep for m in self.entities[iri].mentions}
        doc_ids |= {d for iri in keep for d in self.mention_counts.get(iri, (0, ()))[1]}
        sub = KnowledgeGraph(
            entities=[e for iri, e in self.entities.items() if iri in keep],
            relations=relations, cooccurrences=coocs,
            documents={d: doc for d, doc in self.documents.items() if d in doc_ids},
            gazetteer=self.gazetteer)
        sub.mention_counts = {k: v for k, v in self.mention_counts.items() if k in keep}
        return sub

    def centrality(self, *, cooccurrence: bool = True) -> list[EntityScore]:
        """Return every entity's degree, PageRank and betweenness (see :mod:`kgraph.analytics`)."""
        from .analytics import centrality

        return centrality(self, cooccurrence=cooccurrence)

    def top_entities(self, *, by: str = "pagerank", n: int = 10,
                     cooccurrence: bool = True) -> list[EntityScore]:
        """Return the ``n`` most central entities by ``degree``, ``pagerank`` or ``betweenness``."""
        from .analytics import top_entities

        return top_entities(self, by=by, n=n, cooccurrence=cooccurrence)

    def communities(self, *, cooccurrence: bool = True, min_size: int = 2) -> list[Community]:
        """Return groups of closely linked entities, largest first (Louvain)."""
        from .analytics import communities

        return communities(self, cooccurrence=cooccurrence, min_size=min_size)

    def paths(self, a: str, b: str, *, cooccurrence: bool = True, limit: int = 5
              ) -> list[ConnectionPath]:
        """Return the shortest paths from ``a`` to ``b`` with the evidence along them."""
        from .analytics import connection_paths

        return connection_paths(self, a, b, cooccurrence=cooccurrence, limit=limit)

    def neighbourhood(self, entity: str, *, radius: int = 1, cooccurrence: bool = True
                      ) -> KnowledgeGraph:
        """Return the sub-graph within ``radius`` links of ``entity``."""
        from .analytics import neighbourhood

        return neighbourhood(self, entity, radius=radius, cooccurrence=cooccurrence)
