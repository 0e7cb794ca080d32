"""Every graph kgraph builds satisfies data/shapes.ttl; broken graphs do not."""

from __future__ import annotations

import functools
import json

import pytest
import rdflib
from pyshacl import validate
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV

from kgraph.gazetteer import data_path
from kgraph.model import Document
from kgraph.pipeline import build_graph
from kgraph.rdf import KG, document_iri, ontology
from kgraph.relations.lexicon import load_lexicon

from .conftest import SAMPLES, SHARED_EVAL
from .test_rdf import KP, RU, _kg

SEED = SAMPLES / "north-korea-troops-kursk.txt"
KGS = rdflib.Namespace("https://w3id.org/kgraph/shapes#")


@functools.lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(data_path("shapes.ttl"), format="turtle")


def _conforms(g: rdflib.Graph) -> tuple[bool, str]:
    ok, _, text = validate(g, shacl_graph=_shapes(), ont_graph=ontology(), advanced=True)
    return ok, text


def test_shacl_hand_made_graph_conforms():
    ok, text = _conforms(_kg(background=True).rdf)
    assert ok, text


def _first_evidence(g: rdflib.Graph) -> rdflib.term.Node:
    return sorted(g.subjects(RDF.predicate, KG.deploysForcesTo))[0]


def _drop(prop):
    def change(g):
        g.remove((_first_evidence(g), prop, None))
    return change


def _set(prop, value):
    def change(g):
        node = _first_evidence(g)
        g.set((node, prop, value))
    return change


def _person_located(g):
    person = URIRef("https://w3id.org/kgraph/id/person/someone")
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal("Someone")))
    g.add((person, rdflib.SKOS.prefLabel, Literal("Someone")))
    g.add((person, KG.locatedIn, URIRef(RU)))


def _no_direct_triple(g):
    g.remove((URIRef(KP), KG.deploysForcesTo, URIRef(RU)))


def _fact_without_evidence(g):
    g.add((URIRef(RU), KG.alliedWith, URIRef(KP)))


def _background_from_a_document(g):
    node = next(g.subjects(RDF.type, KG.BackgroundFact))
    g.add((node, PROV.wasDerivedFrom, document_iri("d1")))


@pytest.mark.parametrize(("change", "says"), [
    (_person_located, "subject of kg:locatedIn"),
    (_no_direct_triple, "no direct triple"),
    (_fact_without_evidence, "has no evidence"),
    (_drop(KG.confidence), "exactly one shape"),
    (_drop(KG.sentence), "exactly one shape"),
    (_set(KG.confidence, Literal("1.5", datatype=XSD.decimal)), "exactly one shape"),
    (_set(KG.startOffset, Literal(500)), "exactly one shape"),
    (_set(KG.hedged, Literal("yes")), "exactly one shape"),
    (_background_from_a_document, "exactly one shape"),
])
def test_shacl_broken_graph_fails(change, says):
    g = _kg(background=True).rdf
    h = rdflib.Graph()
    for t in g:
        h.add(t)
    change(h)
    ok, text = _conforms(h)
    assert not ok
    assert says in text


@pytest.mark.parametrize("predicate", sorted(load_lexicon().predicates))
def test_shacl_every_predicate_has_a_shape(predicate):
    shapes = _shapes()
    shape = KGS[f"{predicate}Shape"]
    assert (shape, rdflib.SH.targetSubjectsOf, KG[predicate]) in shapes


@pytest.mark.slow
@pytest.mark.parametrize("background", [False, True])
def test_shacl_sample_corpus_graph_conforms(background):
    kg = build_graph([SAMPLES], background=background)
    assert kg.relations
    assert any(r.background for r in kg.relations) == background
    ok, text = _conforms(kg.rdf)
    assert ok, text


@pytest.mark.slow
def test_shacl_seed_graph_conforms():
    seed = SHARED_EVAL / "seed.jsonl"
    if seed.is_file():
        rec = json.loads(seed.read_text(encoding="utf-8").splitlines()[0])
        source = Document(str(rec["id"]), rec["text"])
    else:
        source = Document("seed", SEED.read_text(encoding="utf-8"))
    kg = build_graph([source], background=True)
    ok, text = _conforms(kg.rdf)
    assert ok, text
