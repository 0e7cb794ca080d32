"""The knowledge graph: the one in-memory model with an RDF face and a networkx face.

:class:`KnowledgeGraph` is the front object users hold. Its two views are built from
the same entities and relations on first use: ``kg.rdf`` (an ``rdflib.Graph`` with
ontology terms and provenance) and ``kg.nx`` (a ``networkx.MultiDiGraph``).
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

    from .gazetteer import Gazetteer

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

        return to_networkx(self)

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
        """Write the RDF view in an rdflib format (``turtle``, ``nt``, ``json-ld``, ...).

        With no path, return the serialization as a string.
        """
        from .io import atomic_write_text

        data = self.rdf.serialize(format=format)
        if path is None:
            return data
        atomic_write_text(path, data)
        return None

    def to_html(self, path: str | os.PathLike[str], **options: Any) -> None:
        """Write the interactive single-file HTML explorer to ``path``."""
        from .viz import write_html

        write_html(self, path, **options)
