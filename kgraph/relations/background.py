"""Background facts: what the gazetteer knows about entities the texts name.

Only on request (``build_graph(..., background=True)``, ``kgraph build --background``):
a city's region and country, a region's country, a country's world region (never passed
down to a country's parts: Russia spans two continents), the state a listed leader or
official serves, the country an organisation belongs to and an international body's seat,
written
between entities that are already in the graph. Each is a
:class:`~kgraph.model.Relation` with ``background=True``, no text evidence, and a
``source`` naming the gazetteer entry and field it came from; the RDF view marks it
``kg:background true`` (a ``kg:BackgroundFact``). Background facts never appear in
``kgraph extract`` output, and a fact the texts state is never replaced by one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Entity, Relation
from ..resolve import BASE_IRI, entity_iri

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer, GazetteerEntry

__all__ = ["background_relations"]

#: Gazetteer kinds of people who lead the state in their ``country`` column.
LEADER_KINDS = frozenset({"HeadOfState", "HeadOfGovernment"})
#: Kinds of people who serve it.
OFFICIAL_KINDS = frozenset({"Minister", "MilitaryOfficer", "Official", "Diplomat"})
#: Kinds of organisations that are part of their state.
STATE_BODY_KINDS = frozenset({"ArmedForces", "GovernmentBody", "IntelligenceService"})


def _entry(entity: Entity, gazetteer: Gazetteer) -> GazetteerEntry | None:
    if not entity.iri.startswith(BASE_IRI):
        return None
    return gazetteer.get(entity.iri[len(BASE_IRI):])


def background_relations(entities: Iterable[Entity], gazetteer: Gazetteer) -> list[Relation]:
    """Return the gazetteer's facts between the given entities.

    Examples:
        >>> from kgraph.gazetteer import Gazetteer, GazetteerEntry
        >>> gaz = Gazetteer([
        ...     GazetteerEntry("country/RU", "Country", "Russia"),
        ...     GazetteerEntry("place/RU-KRS", "Place", "Kursk Oblast", kind="Region",
        ...                    country="RU", parent="country/RU")])
        >>> ents = [Entity(entity_iri(key=k), t, n) for k, t, n in
        ...         [("country/RU", "Country", "Russia"), ("place/RU-KRS", "Place", "Kursk")]]
        >>> [(r.predicate, r.source) for r in background_relations(ents, gaz)]
        [('locatedIn', 'gazetteer:place/RU-KRS#parent')]
    """
    present = {e.iri: e for e in entities}
    out: dict[tuple[str, str, str], Relation] = {}

    def add(subject: Entity, predicate: str, obj: str, source: str) -> None:
        if obj == subject.iri or obj not in present:
            return
        key = (subject.iri, predicate, obj)
        out.setdefault(key, Relation(*key, background=True, source=source))

    for e in present.values():
        entry = _entry(e, gazetteer)
        if entry is None:
            continue
        tag = f"gazetteer:{entry.key}"
        country = entity_iri(key=f"country/{entry.country}") if entry.country else None
        if e.type in ("Place", "Country"):
            parent, hops = entry.parent, 0
            while parent and hops < 6:
                add(e, "locatedIn", entity_iri(key=parent), f"{tag}#parent")
                nxt = gazetteer.get(parent)
                if nxt is None or (nxt.type == "Country" and e.type != "Country"):
                    break  # a country's world region is not passed down to its parts
                parent, hops = nxt.parent, hops + 1
            if country and e.type == "Place":
                add(e, "locatedIn", country, f"{tag}#country")
        elif e.type == "Person" and country:
            if entry.kind in LEADER_KINDS:
                add(e, "leaderOf", country, f"{tag}#kind")
            elif entry.kind in OFFICIAL_KINDS:
                add(e, "officialOf", country, f"{tag}#kind")
        elif e.type == "Organization":
            if country:
                pred = "partOf" if entry.kind in STATE_BODY_KINDS else "basedIn"
                add(e, pred, country, f"{tag}#country")
            if entry.parent:  # an international body's seat
                add(e, "basedIn", entity_iri(key=entry.parent), f"{tag}#parent")
    return list(out.values())
