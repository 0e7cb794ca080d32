"""Typed relations and events between resolved entities, each backed by evidence.

The entry point is :func:`extract_relations`. It sees one parsed document and the
entities resolved in it, runs every relation rule over the sentences and returns
:class:`~kgraph.model.Relation` objects whose subject and object are entity IRIs.
Co-occurrence is computed apart, by :mod:`kgraph.relations.cooccur`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import Document, Entity, Relation
from .context import EntityIndex
from .patterns import structural_relations

__all__ = ["EntityIndex", "extract_relations"]


def extract_relations(sdoc: Doc, document: Document, entities: Sequence[Entity]
                      ) -> list[Relation]:
    """Return the typed relations one document states between its entities.

    Relations found more than once in the document are merged, their evidences kept.
    """
    index = EntityIndex(sdoc, entities)
    found: dict[tuple[str, str, str], list] = {}
    for rel in structural_relations(sdoc, document, index):
        found.setdefault((rel.subject, rel.predicate, rel.object), []).extend(rel.evidence)
    return [Relation(s, p, o, tuple(ev)) for (s, p, o), ev in found.items()]
