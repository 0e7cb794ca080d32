"""The extraction record: one JSON object per document, the format of ``shared/eval``.

``kgraph extract`` and ``kgraph build`` (``extractions.jsonl``) both write it. It is a
stable contract::

    {"id": "...",
     "entities": [{"id": IRI, "type": "Country", "name": "North Korea", "kind": null,
                   "mentions": [[start, end], ...],             # names of the entity
                   "demonym_mentions": [[start, end], ...]}],   # only when there are some
     "relations": [{"subject": IRI, "predicate": "leaderOf", "object": IRI,
                    "confidence": 0.9, "evidence": [{"sentence": "...", "start": 0, ...}]}]}

Entity ids are entity IRIs; offsets index the document text (end exclusive).
``mentions`` are the spans that *name* the entity; adjectival references to it
("North Korean troops", "Russian military") are listed apart in ``demonym_mentions``:
they link the text to the entity but are not names of it (as in ``shared/eval``,
where they are ``Misc``).
Co-occurrences and background facts are never written here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Entity, Relation

__all__ = ["extraction_record"]


def extraction_record(doc_id: str, entities: Iterable[Entity], relations: Iterable[Relation]
                      ) -> dict[str, Any]:
    """Return the extraction record of one document.

    Only mentions and evidences from ``doc_id`` are written, so corpus-wide entities
    can be passed as they are.

    Examples:
        >>> from kgraph.model import Mention
        >>> e = Entity("x:kp", "Country", "North Korea",
        ...            mentions=(Mention("d1", 0, 11, "North Korea", "Country"),))
        >>> extraction_record("d1", [e], [])["entities"][0]["mentions"]
        [[0, 11]]
    """
    ents = []
    for e in entities:
        here = [m for m in e.mentions if m.doc_id == doc_id]
        if not here:
            continue
        spans = sorted({(m.start, m.end) for m in here if not m.demonym})
        described = sorted({(m.start, m.end) for m in here if m.demonym})
        record: dict[str, Any] = {
            "id": e.iri,
            "type": e.type,
            "name": e.label,
            "kind": e.kind,
            "mentions": [list(s) for s in spans],
        }
        if described:
            record["demonym_mentions"] = [list(s) for s in described]
        ents.append(record)
    rels = []
    for r in relations:
        if r.background:
            continue
        evs = [ev for ev in r.evidence if ev.doc_id == doc_id]
        if not evs:
            continue
        rels.append({
            "subject": r.subject,
            "predicate": r.predicate,
            "object": r.object,
            "confidence": max(ev.confidence for ev in evs),
            "evidence": [
                {"sentence": ev.sentence, "start": ev.start, "end": ev.end, "rule": ev.rule,
                 "confidence": ev.confidence, "hedged": ev.hedged, "hedge": ev.hedge,
                 "attributed_to": ev.attributed_to, "attributed_iri": ev.attributed_iri,
                 "date": ev.date, "trigger": ev.trigger, "subject_text": ev.subject_text,
                 "object_text": ev.object_text}
                for ev in evs
            ],
        })
    return {"id": doc_id, "entities": ents, "relations": rels}
