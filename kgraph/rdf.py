"""The RDF view of a knowledge graph (rdflib).

Every typed relation is written twice: as a direct triple (``ex:KP kg:deploysForcesTo
ex:RU``) for easy SPARQL, and as one ``kg:Evidence`` node per supporting sentence (an
``rdf:Statement`` that is also a ``prov:Entity``) with PROV-O provenance:

- ``prov:wasDerivedFrom`` the source ``kg:Document`` (title, URL, date, outlet);
- ``prov:wasGeneratedBy`` the ``kg:Extraction`` activity (a ``prov:Activity`` that
  ``prov:used`` the documents and ``prov:wasAssociatedWith`` kgraph, a
  ``prov:SoftwareAgent``);
- ``kg:sentence``, ``kg:startOffset``/``kg:endOffset`` (the sentence's characters),
  ``kg:rule``, ``kg:trigger``, ``kg:confidence``, ``kg:hedged`` and ``kg:hedge``,
  ``kg:subjectText``/``kg:objectText`` (the words read as subject and object),
  ``dcterms:date``, ``kg:attributedTo`` (who the text says made the claim) and
  ``prov:wasAttributedTo`` that source's entity when it is one of the graph.

A symmetric predicate (``owl:SymmetricProperty`` in the ontology) is one triple.
Background facts from a gazetteer are ``kg:BackgroundFact`` nodes with
``kg:background true`` and ``prov:hadPrimarySource`` the gazetteer entry, never
``prov:wasDerivedFrom`` a document. ``kgraph/queries/facts-with-evidence.rq`` lists
every fact with its evidence.
"""

from __future__ import annotations

import functools
import hashlib
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .gazetteer import data_path
from .resolve import BASE_IRI

if TYPE_CHECKING:  # pragma: no cover
    from .graph import KnowledgeGraph
    from .model import Evidence, Relation

__all__ = ["KG", "KGR", "SCHEMA", "document_iri", "evidence_id", "ontology", "to_rdf"]

KG = Namespace("https://w3id.org/kgraph/ontology#")
KGR = Namespace(BASE_IRI)
SCHEMA = Namespace("https://schema.org/")
GEONAMES = "https://sws.geonames.org/{}/"


@functools.lru_cache(maxsize=1)
def ontology() -> Graph:
    """Return the kgraph ontology (``data/ontology.ttl``) as an rdflib graph."""
    return Graph().parse(data_path("ontology.ttl"), format="turtle")


@functools.lru_cache(maxsize=1)
def _classes() -> frozenset[str]:
    return frozenset(
        str(c).removeprefix(str(KG)) for c in ontology().subjects(RDF.type, OWL.Class)
        if str(c).startswith(str(KG))
    )


def document_iri(doc_id: str) -> URIRef:
    """Return the IRI of a source document.

    Examples:
        >>> str(document_iri("seed 1/a"))
        'https://w3id.org/kgraph/id/doc/seed%201%2Fa'
    """
    return URIRef(f"{BASE_IRI}doc/{quote(doc_id, safe='-._~')}")


def _node_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def evidence_id(relation: Relation, evidence: Evidence) -> str:
    """Return the stable id of an evidence node: the same fact and words, the same id.

    Examples:
        >>> from kgraph.model import Evidence, Relation
        >>> ev = Evidence("d1", "Kursk is in Russia.", 0, 19, "place-in", 0.75)
        >>> len(evidence_id(Relation("x:a", "locatedIn", "x:b", (ev,)), ev))
        16
    """
    return _node_id(relation.subject, relation.predicate, relation.object, evidence.doc_id,
                    evidence.start, evidence.end, evidence.rule)


def bind_namespaces(g: Graph) -> Graph:
    """Bind kgraph's prefixes on ``g`` and return it."""
    g.bind("kg", KG)
    g.bind("kgr", KGR)
    g.bind("schema", SCHEMA)
    g.bind("prov", PROV)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("owl", OWL)
    return g


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """Return the RDF view of ``kg``: entities, relations, evidence and sources."""
    g = bind_namespaces(Graph())
    classes = _classes()
    g.add((URIRef(BASE_IRI.rstrip("/")), OWL.imports, URIRef("https://w3id.org/kgraph/ontology")))
    for doc in kg.documents.values():
        d = document_iri(doc.id)
        g.add((d, RDF.type, KG.Document))
        g.add((d, DCTERMS.identifier, Literal(doc.id)))
        if doc.title:
            g.add((d, DCTERMS.title, Literal(doc.title)))
        if doc.url:
            g.add((d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
        if doc.date:
            g.add((d, DCTERMS.date, _date_literal(doc.date)))
        if doc.outlet:
            g.add((d, KG.outlet, Literal(doc.outlet)))
    for e in kg.entities.values():
        s = URIRef(e.iri)
        g.add((s, RDF.type, KG[e.type]))
        if e.kind and e.kind in classes:
            g.add((s, RDF.type, KG[e.kind]))
        elif e.kind:
            g.add((s, KG.kind, Literal(e.kind)))
        g.add((s, RDFS.label, Literal(e.label)))
        g.add((s, SKOS.prefLabel, Literal(e.label)))
        for alias in e.aliases:
            g.add((s, SKOS.altLabel, Literal(alias)))
        for scheme, value in e.ids:
            g.add((s, DCTERMS.identifier, Literal(f"{scheme}:{value}")))
            if scheme == "geonames":
                g.add((s, OWL.sameAs, URIRef(GEONAMES.format(value))))
        if e.mentions:
            g.add((s, KG.mentionCount, Literal(len(e.mentions))))
            for doc_id in sorted({m.doc_id for m in e.mentions}):
                g.add((s, KG.mentionedIn, document_iri(doc_id)))
    activity = KGR["extraction/kgraph"]
    if kg.relations:
        g.add((activity, RDF.type, KG.Extraction))
        g.add((activity, RDFS.label, Literal("kgraph relation extraction")))
        g.add((activity, PROV.wasAssociatedWith, KGR["agent/kgraph"]))
        g.add((KGR["agent/kgraph"], RDF.type, PROV.SoftwareAgent))
        g.add((KGR["agent/kgraph"], RDFS.label, Literal("kgraph")))
    for r in kg.relations:
        s, p, o = URIRef(r.subject), KG[r.predicate], URIRef(r.object)
        g.add((s, p, o))
        for ev in r.evidence:
            node = KGR[f"evidence/{evidence_id(r, ev)}"]
            g.add((node, RDF.type, KG.Evidence))
            g.add((node, RDF.subject, s))
            g.add((node, RDF.predicate, p))
            g.add((node, RDF.object, o))
            doc = document_iri(ev.doc_id)
            g.add((node, PROV.wasDerivedFrom, doc))
            g.add((node, PROV.wasGeneratedBy, activity))
            g.add((activity, PROV.used, doc))
            g.add((node, KG.sentence, Literal(ev.sentence)))
            g.add((node, KG.startOffset, Literal(ev.start)))
            g.add((node, KG.endOffset, Literal(ev.end)))
            g.add((node, KG.rule, Literal(ev.rule)))
            g.add((node, KG.confidence, Literal(Decimal(str(ev.confidence)))))
            g.add((node, KG.hedged, Literal(ev.hedged)))
            for prop, value in ((KG.trigger, ev.trigger), (KG.hedge, ev.hedge),
                                (KG.subjectText, ev.subject_text),
                                (KG.objectText, ev.object_text),
                                (KG.attributedTo, ev.attributed_to)):
                if value:
                    g.add((node, prop, Literal(value)))
            if ev.attributed_iri and ev.attributed_iri in kg.entities:
                g.add((node, PROV.wasAttributedTo, URIRef(ev.attributed_iri)))
            if ev.date:
                g.add((node, DCTERMS.date, _date_literal(ev.date)))
        if r.background:
            node = KGR[f"evidence/{_node_id(r.subject, r.predicate, r.object, 'background')}"]
            g.add((node, RDF.type, KG.Evidence))
            g.add((node, RDF.type, KG.BackgroundFact))
            g.add((node, RDF.subject, s))
            g.add((node, RDF.predicate, p))
            g.add((node, RDF.object, o))
            g.add((node, KG.background, Literal(True)))
            if r.source:
                g.add((node, KG.rule, Literal(r.source)))
                key = r.source.removeprefix("gazetteer:").partition("#")[0]
                entry = KGR[f"gazetteer/{quote(key, safe='/-._~')}"]
                g.add((node, PROV.hadPrimarySource, entry))
                g.add((entry, RDF.type, KG.GazetteerEntry))
                g.add((entry, DCTERMS.identifier, Literal(key)))
    for c in kg.cooccurrences:
        node = KGR[f"cooccurrence/{_node_id(c.a, c.b)}"]
        g.add((node, RDF.type, KG.Cooccurrence))
        g.add((node, RDF.subject, URIRef(c.a)))
        g.add((node, RDF.object, URIRef(c.b)))
        g.add((node, KG.weight, Literal(c.weight)))
        for doc_id in c.doc_ids:
            g.add((node, KG.evidence, document_iri(doc_id)))
    return g


def _date_literal(value: str) -> Literal:
    """Type a date as xsd:date, xsd:gYearMonth or xsd:gYear by its precision."""
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.gYear)
