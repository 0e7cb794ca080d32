"""The relation lexicon: its checks, its agreement with the ontology, and its examples."""

from __future__ import annotations

import tomllib

import pytest
from rdflib import OWL, RDF, RDFS, Literal
from rdflib.collection import Collection

from kgraph.errors import DataFileError
from kgraph.gazetteer import data_path
from kgraph.model import Document
from kgraph.pipeline import extract_documents
from kgraph.rdf import KG, ontology
from kgraph.relations.lexicon import load_lexicon, parse_lexicon

#: The predicates the issue asks for, by local name.
REQUIRED = {
    "leaderOf", "officialOf", "memberOf", "citizenOf", "locatedIn", "basedIn", "partOf",
    "borders", "alliedWith", "deploysForcesTo", "militarySupportTo", "fightsAgainst",
    "meetsWith", "visits", "praises", "criticizes", "threatens", "sanctions",
    "signsAgreementWith", "attacks",
}

_FRAME = {"id": "f", "predicate": "leaderOf", "pos": "verb", "lemmas": ["lead"]}
_BASE = {"predicates": {"leaderOf": [["Person"], ["Country"]]}, "classes": {"forces": ["troop"]}}


@pytest.mark.parametrize(("change", "says"), [
    ({"frame": [{**_FRAME, "predicate": "rulesOver"}]}, "rulesOver"),
    ({"frame": [{**_FRAME, "pos": "adjective"}]}, "pos must be"),
    ({"frame": [{**_FRAME, "object": ["sideways"]}]}, "list of roles"),
    ({"frame": [{**_FRAME, "theme": "@weapons"}]}, "'@weapons'"),
    ({"frame": [_FRAME, _FRAME]}, "appears twice"),
    ({"frame": [{**_FRAME, "confidence": 1.5}]}, "(0, 1]"),
    ({"frame": [{**_FRAME, "lemmas": "lead"}]}, "list of words"),
    ({"frame": [{**_FRAME, "expect": ["a", "b"]}]}, "expect"),
    ({"predicates": {"leaderOf": [["Person"]]}}, "[[subject types], [object types]]"),
    ({"predicates": {"leaderOf": [["Human"], ["Country"]]}}, "[[subject types], [object types]]"),
    ({"retype": [{"predicate": "leaderOf", "becomes": "headOf"}]}, "headOf"),
    ({"symmetric": ["marriedTo"]}, "marriedTo"),
])
def test_relations_lexicon_rejects_malformed_entries(change, says):
    with pytest.raises(DataFileError) as info:
        parse_lexicon({**_BASE, **change})
    assert says in str(info.value)
    assert "Fix:" in str(info.value)


def test_relations_lexicon_load_reports_invalid_toml(tmp_path):
    bad = tmp_path / "lexicon.toml"
    bad.write_text("[context\nhedge_factor = 0.6\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid TOML"):
        load_lexicon(str(bad))


def test_relations_lexicon_load_reports_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="no relation lexicon"):
        load_lexicon(str(tmp_path / "nowhere.toml"))


def test_relations_lexicon_has_every_required_predicate():
    assert set(load_lexicon().predicates) >= REQUIRED


@pytest.mark.parametrize("predicate", sorted(REQUIRED))
def test_relations_lexicon_predicate_is_an_ontology_property(predicate):
    onto = ontology()
    prop = KG[predicate]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(prop, RDFS.label) is not None
    assert onto.value(prop, RDFS.comment) is not None


def _classes(onto, node) -> set[str]:
    """The kgraph entity types a domain or range admits (unions expanded)."""
    union = onto.value(node, OWL.unionOf)
    if union is not None:
        return set().union(*(_classes(onto, c) for c in Collection(onto, union)))
    name = str(node).removeprefix(str(KG))
    if name == "Place":
        return {"Place", "Country"}
    if name == "Entity":
        return {"Person", "Country", "Place", "Organization", "Event"}
    return {name}


@pytest.mark.parametrize("predicate", sorted(REQUIRED))
def test_relations_lexicon_types_match_ontology_domain_and_range(predicate):
    onto = ontology()
    subject_types, object_types = load_lexicon().predicates[predicate]
    domain = _classes(onto, onto.value(KG[predicate], RDFS.domain))
    range_ = _classes(onto, onto.value(KG[predicate], RDFS.range))
    expand = {"Place": {"Place", "Country"}}
    assert set().union(*(expand.get(t, {t}) for t in subject_types)) == domain
    assert set().union(*(expand.get(t, {t}) for t in object_types)) == range_


def test_relations_lexicon_symmetric_predicates_match_ontology():
    onto = ontology()
    declared = {str(p).removeprefix(str(KG))
                for p in onto.subjects(RDF.type, OWL.SymmetricProperty)}
    assert load_lexicon().symmetric == declared - {"coOccursWith"}


@pytest.mark.parametrize("frame", [f for f in load_lexicon().frames if f.cameo],
                         ids=lambda f: f.id)
def test_relations_lexicon_event_codes_match_ontology(frame):
    onto = ontology()
    prop = KG[frame.predicate]
    assert onto.value(prop, KG.cameoCode) == Literal(frame.cameo)
    assert onto.value(prop, KG.ploverType) == Literal(frame.plover)
    assert (prop, RDFS.subPropertyOf, KG.eventRelation) in onto


@pytest.mark.parametrize(("words", "predicate"), [
    (["Prime", "Minister"], "leaderOf"),
    (["Deputy", "Prime", "Minister"], "officialOf"),
    (["Foreign", "Minister"], "officialOf"),
    (["President"], "leaderOf"),
    (["member"], "memberOf"),
])
def test_relations_lexicon_role_noun_prefers_the_longest_title(make_doc, words, predicate):
    doc = make_doc(words, lemmas=[w.lower() for w in words], pos=["PROPN"] * len(words))
    role = load_lexicon().role_noun(doc[len(words) - 1])
    assert role is not None and role.predicate == predicate


def _examples() -> list[tuple[str, str, list[str]]]:
    data = tomllib.loads(data_path("lexicon.toml").read_text(encoding="utf-8"))
    out = [(f["id"], f["example"], f["expect"]) for f in data["frame"] if "example" in f]
    for section in ("title", "place"):
        out += [(f"{section}-{f['predicate']}", f["example"], f["expect"])
                for f in data[section] if "example" in f]
    return out


@pytest.mark.slow
@pytest.mark.parametrize(("frame", "sentence", "expect"), _examples(), ids=lambda v: str(v)[:30])
def test_relations_lexicon_example_gives_its_relation(nlp, frame, sentence, expect):
    (ex,) = extract_documents([Document(frame, sentence)], nlp=nlp)
    names = {e.iri: {e.label, *e.aliases, *(m.text for m in e.mentions)} for e in ex.entities}
    subject, predicate, obj = expect
    symmetric = predicate in load_lexicon().symmetric
    found = {(r.subject, r.predicate, r.object) for r in ex.relations}
    assert any(p == predicate and (
        (subject in names[s] and obj in names[o])
        or (symmetric and subject in names[o] and obj in names[s])) for s, p, o in found), found


def test_relations_lexicon_word_classes_list_each_word_once():
    import tomllib

    from kgraph.gazetteer import data_path
    data = tomllib.loads(data_path("lexicon.toml").read_text(encoding="utf-8"))
    for name, words in [*data["classes"].items(), *data["context"].items()]:
        if isinstance(words, list):
            assert len(words) == len(set(words)), (name, sorted(
                w for w in set(words) if words.count(w) > 1))
