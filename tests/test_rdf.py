"""The RDF view: direct triples, PROV provenance per evidence, round trips, the facts query."""

from __future__ import annotations

from importlib import resources

import pytest
import rdflib
from rdflib import RDF, XSD, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV

from kgraph.graph import KnowledgeGraph
from kgraph.model import Document, Entity, Evidence, Mention, Relation
from kgraph.rdf import KG, KGR, document_iri, evidence_id, to_rdf
from kgraph.resolve import entity_iri

from .conftest import SAMPLES

KP, RU, MT = (entity_iri(key="country/KP"), entity_iri(key="country/RU"),
              entity_iri(key="org/the-moscow-times"))

#: A query that lists every fact with its evidence (the same question as
#: kgraph/queries/facts-with-evidence.rq, written out here).
FACTS_WITH_EVIDENCE = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?p ?o ?doc ?sentence ?start ?end ?rule ?confidence ?hedged ?date ?source WHERE {
  ?s ?p ?o .
  ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?ev prov:wasDerivedFrom ?doc ; kg:sentence ?sentence ; kg:startOffset ?start ;
                 kg:endOffset ?end ; kg:confidence ?confidence ; kg:hedged ?hedged }
  OPTIONAL { ?ev kg:rule ?rule }
  OPTIONAL { ?ev dcterms:date ?date }
  OPTIONAL { ?ev kg:attributedTo ?source }
}
"""


def _kg(*, background: bool = False) -> KnowledgeGraph:
    text = ("The Moscow Times reported that North Korea sent troops to Russia. "
            "North Korean troops may be deployed to Russia.")
    doc = Document("d1", text, title="Troops", date="2025-04-28", outlet="Example Wire")

    def mention(word: str, etype: str, *, nth: int = 0, demonym: bool = False) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return Mention("d1", start, start + len(word), word, etype, demonym=demonym)

    ents = [
        Entity(KP, "Country", "North Korea", mentions=(
            mention("North Korea", "Country"), mention("North Korean", "Country", demonym=True))),
        Entity(RU, "Country", "Russia", mentions=(
            mention("Russia", "Country"), mention("Russia", "Country", nth=1))),
        Entity(MT, "Organization", "The Moscow Times", kind="MediaOutlet",
               mentions=(mention("The Moscow Times", "Organization"),)),
    ]
    first = Evidence("d1", text[:63], 0, 63, "frame:deploy-forces", 0.85,
                     attributed_to="The Moscow Times", attributed_iri=MT, date="2025-04",
                     trigger="sent", subject_text="North Korea", object_text="Russia")
    second = Evidence("d1", text[64:], 64, len(text), "frame:deploy-forces", 0.459,
                      hedged=True, hedge="may", trigger="deployed",
                      subject_text="North Korean", object_text="Russia")
    rels = [Relation(KP, "deploysForcesTo", RU, (first, second))]
    if background:
        rels.append(Relation(KP, "borders", RU, background=True,
                             source="gazetteer:country/KP#neighbours"))
    return KnowledgeGraph(entities=ents, relations=rels, documents={"d1": doc})


def test_rdf_relation_is_a_direct_triple_and_one_statement_per_evidence():
    g = to_rdf(_kg())
    assert (URIRef(KP), KG.deploysForcesTo, URIRef(RU)) in g
    statements = set(g.subjects(RDF.predicate, KG.deploysForcesTo))
    assert len(statements) == 2
    for node in statements:
        assert (node, RDF.type, KG.Evidence) in g
        assert g.value(node, RDF.subject) == URIRef(KP)
        assert g.value(node, RDF.object) == URIRef(RU)


def test_rdf_evidence_carries_prov_provenance():
    kg = _kg()
    g = to_rdf(kg)
    rel = kg.relations[0]
    node = KGR[f"evidence/{evidence_id(rel, rel.evidence[0])}"]
    assert g.value(node, PROV.wasDerivedFrom) == document_iri("d1")
    activity = g.value(node, PROV.wasGeneratedBy)
    assert (activity, RDF.type, KG.Extraction) in g
    assert (activity, PROV.used, document_iri("d1")) in g
    assert (g.value(activity, PROV.wasAssociatedWith), RDF.type, PROV.SoftwareAgent) in g
    assert g.value(node, KG.sentence) == Literal(rel.evidence[0].sentence)
    assert g.value(node, KG.startOffset).toPython() == 0
    assert g.value(node, KG.endOffset).toPython() == 63
    assert g.value(node, KG.rule) == Literal("frame:deploy-forces")
    assert g.value(node, KG.confidence).datatype == XSD.decimal
    assert g.value(node, KG.hedged).toPython() is False
    assert g.value(node, KG.attributedTo) == Literal("The Moscow Times")
    assert g.value(node, PROV.wasAttributedTo) == URIRef(MT)
    assert g.value(node, DCTERMS.date) == Literal("2025-04", datatype=XSD.gYearMonth)
    hedged = KGR[f"evidence/{evidence_id(rel, rel.evidence[1])}"]
    assert g.value(hedged, KG.hedged).toPython() is True
    assert g.value(hedged, KG.hedge) == Literal("may")


def test_rdf_background_fact_has_its_own_provenance():
    g = to_rdf(_kg(background=True))
    (node,) = set(g.subjects(RDF.type, KG.BackgroundFact))
    assert g.value(node, KG.background).toPython() is True
    assert g.value(node, PROV.wasDerivedFrom) is None
    entry = g.value(node, PROV.hadPrimarySource)
    assert (entry, RDF.type, KG.GazetteerEntry) in g
    assert (URIRef(KP), KG.borders, URIRef(RU)) in g


@pytest.mark.parametrize("fmt", ["turtle", "nt", "xml", "json-ld", "n3"])
def test_rdf_round_trips_in_every_format(fmt):
    g = to_rdf(_kg(background=True))
    back = rdflib.Graph().parse(data=g.serialize(format=fmt), format=fmt)
    assert isomorphic(g, back)


def test_rdf_same_graph_gives_same_triples():
    assert isomorphic(to_rdf(_kg()), to_rdf(_kg()))


def test_rdf_sparql_lists_every_fact_with_its_evidence():
    kg = _kg(background=True)
    rows = list(to_rdf(kg).query(FACTS_WITH_EVIDENCE))
    text_rows = [r for r in rows if r.doc is not None]
    assert len(text_rows) == sum(len(r.evidence) for r in kg.relations)
    assert {(str(r.sentence), int(r.start), int(r.end)) for r in text_rows} == {
        (ev.sentence, ev.start, ev.end) for ev in kg.relations[0].evidence}
    assert {str(r.source) for r in text_rows if r.source is not None} == {"The Moscow Times"}
    assert [str(r.rule) for r in rows if r.doc is None] == ["gazetteer:country/KP#neighbours"]


def test_rdf_named_query_answers_the_same_question():
    text = resources.files("kgraph.queries").joinpath("facts-with-evidence.rq").read_text(
        encoding="utf-8")
    assert text.startswith("# ")
    kg = _kg(background=True)
    g = to_rdf(kg)
    named = {(str(r.subject), str(r.predicate), str(r.object), str(r.sentence))
             for r in g.query(text)}
    inline = {(str(r.s), str(r.p), str(r.o), str(r.sentence))
              for r in g.query(FACTS_WITH_EVIDENCE)}
    assert named == inline and len(named) == 3


@pytest.mark.slow
def test_rdf_samples_every_relation_has_evidence_rows(tmp_path):
    from kgraph.pipeline import build_graph

    kg = build_graph([SAMPLES])
    rows = list(kg.rdf.query(FACTS_WITH_EVIDENCE))
    assert kg.relations
    assert len(rows) == sum(len(r.evidence) for r in kg.relations)
    facts = {(str(r.s), str(r.p).removeprefix(str(KG)), str(r.o)) for r in rows}
    assert facts == {(r.subject, r.predicate, r.object) for r in kg.relations}
