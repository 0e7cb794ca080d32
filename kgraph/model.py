"""The frozen dataclasses that stages hand to each other.

Stages never pass dicts of dicts across module borders: a reader yields
:class:`Document`, recognition yields :class:`Mention`, resolution yields
:class:`Entity`, relation extraction yields :class:`Relation` (each backed by
:class:`Evidence`), and co-occurrence yields :class:`Cooccurrence`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "Cooccurrence",
    "Document",
    "Entity",
    "Evidence",
    "Mention",
    "Relation",
]

#: The entity types kgraph assigns (the classes of ``data/ontology.ttl``).
ENTITY_TYPES = ("Person", "Country", "Place", "Organization", "Event")


@dataclass(frozen=True, slots=True)
class Document:
    """One source text and what is known about where it came from.

    ``id`` is the id given by the source (a JSONL ``id``) or a content hash.
    ``date`` is an ISO 8601 date string when the source gives one.
    """

    id: str
    text: str
    url: str | None = None
    date: str | None = None
    title: str | None = None
    outlet: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names an entity.

    ``start``/``end`` are character offsets into ``Document.text`` (end exclusive).
    ``key`` is the gazetteer key the span was linked to, if any (``country/KP``).
    ``source`` says which recogniser produced it (``ner``, ``gazetteer``, ``rule``).
    ``demonym`` is true for adjectival forms ("North Korean") that refer to a country.
    ``alias_of`` holds the ``(start, end)`` of the mention this one abbreviates, when the
    text says so ("Islamic Revolutionary Guard Corps (IRGC)"); resolution joins the two.
    """

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    kind: str | None = None
    key: str | None = None
    source: str = "ner"
    demonym: bool = False
    alias_of: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing, with every mention of it that was found.

    ``iri`` is stable across builds: the same thing gets the same IRI every time.
    ``ids`` holds external identifiers that come from data, as ``(scheme, value)``
    pairs, e.g. ``("iso3166-1", "KP")`` or ``("geonames", "2039332")``.
    """

    iri: str
    type: str
    label: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    ids: tuple[tuple[str, str], ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words that support a relation.

    ``start``/``end`` are the character offsets of the supporting sentence in the
    document; ``rule`` names the pattern or lexicon entry that fired.
    ``hedged`` marks claims the text hedges ("reportedly", "may") and ``hedge`` gives
    the hedging words; ``attributed_to`` names who the text says made the claim ("The
    Moscow Times reported ...") and ``attributed_iri`` is that source's entity, when it
    is one. ``subject_text``/``object_text`` are the words the rule linked to the
    subject and object ("Gerasimov", "North Korean").
    """

    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    hedged: bool = False
    attributed_to: str | None = None
    date: str | None = None
    trigger: str | None = None
    hedge: str | None = None
    attributed_iri: str | None = None
    subject_text: str | None = None
    object_text: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two entities, backed by one or more evidences.

    ``subject``/``object`` are entity IRIs; ``predicate`` is the local name of an
    ontology property (``leaderOf``). ``background`` marks facts taken from a
    gazetteer rather than from the text; ``source`` then says which entry and field
    (``gazetteer:place/geonames-538560#parent``).
    """

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...] = ()
    background: bool = False
    source: str | None = None

    @property
    def confidence(self) -> float:
        """Return the highest confidence among the evidences (0 when there is none)."""
        return max((e.confidence for e in self.evidence), default=0.0)

    @property
    def date(self) -> str | None:
        """Return the earliest date among the evidences, if any gives one."""
        dates = sorted(e.date for e in self.evidence if e.date)
        return dates[0] if dates else None


@dataclass(frozen=True, slots=True)
class Cooccurrence:
    """Two entities named in the same sentence: a weighted, untyped association.

    Kept apart from :class:`Relation` on purpose: co-occurrence is never reported as
    a typed fact.
    """

    a: str
    b: str
    weight: int
    doc_ids: tuple[str, ...] = field(default=())
