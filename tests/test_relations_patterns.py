"""Structural patterns and event frames read the right relations from real sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kgraph.model import Document, Entity, Mention
from kgraph.pipeline import extract_documents
from kgraph.relations import extract_relations
from kgraph.relations.context import EntityIndex
from kgraph.relations.lexicon import anchor_matcher, load_lexicon
from kgraph.relations.patterns import structural_relations
from kgraph.relations.syntax import Arguments
from kgraph.resolve import entity_iri


def _triples(nlp, text: str, *, date: str | None = None) -> set[tuple[str, str, str]]:
    """Relations of one text as (subject label, predicate, object label)."""
    (ex,) = extract_documents([Document("t", text, date=date)], nlp=nlp)
    label = {e.iri: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


# ---------------------------------------------------------------- hand-built parses


def _entity(doc: Doc, start: int, end: int, etype: str, label: str, *, key: str | None = None,
            kind: str | None = None, demonym: bool = False) -> Entity:
    span = doc[start:end]
    m = Mention("d", span.start_char, span.end_char, span.text, etype, kind=kind, key=key,
                demonym=demonym)
    iri = entity_iri(key=key) if key else entity_iri(type=etype, name=label)
    return Entity(iri, etype, label, kind=kind, mentions=(m,))


def test_relations_title_modifier_needs_the_state_named(make_doc):
    # "North Korean leader Kim Jong Un spoke ."
    doc = make_doc(
        ["North", "Korean", "leader", "Kim", "Jong", "Un", "spoke", "."],
        heads=[1, 2, 5, 5, 5, 6, 6, 6],
        deps=["amod", "amod", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        lemmas=["north", "korean", "leader", "Kim", "Jong", "Un", "speak", "."],
    )
    kp = _entity(doc, 0, 2, "Country", "North Korea", key="country/KP", demonym=True)
    kim = _entity(doc, 3, 6, "Person", "Kim Jong Un")
    rels = extract_relations(doc, Document("d", doc.text), [kp, kim])
    # The text names North Korea only by its demonym: no relation links a state the text
    # never names (``named_arguments`` in the lexicon).
    assert rels == []


def test_relations_leader_of_a_named_state_is_its_citizen(make_doc):
    # "North Korean leader Kim Jong Un visited North Korea ." — the state is named too.
    words = ["North", "Korean", "leader", "Kim", "Jong", "Un", "visited", "North", "Korea", "."]
    doc = make_doc(
        words,
        heads=[1, 2, 5, 5, 5, 6, 6, 8, 6, 6],
        deps=["amod", "amod", "compound", "compound", "compound", "nsubj", "ROOT", "compound",
              "dobj", "punct"],
        pos=["ADJ", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN",
             "PUNCT"],
        lemmas=["north", "korean", "leader", "Kim", "Jong", "Un", "visit", "North", "Korea",
                "."],
    )
    demonym = doc[0:2]
    name = doc[7:9]
    kp = Entity(entity_iri(key="country/KP"), "Country", "North Korea", mentions=(
        Mention("d", demonym.start_char, demonym.end_char, demonym.text, "Country",
                key="country/KP", demonym=True),
        Mention("d", name.start_char, name.end_char, name.text, "Country", key="country/KP")))
    kim = _entity(doc, 3, 6, "Person", "Kim Jong Un")
    rels = {(r.subject, r.predicate, r.object): r
            for r in extract_relations(doc, Document("d", doc.text), [kp, kim])}
    cit = rels[(kim.iri, "citizenOf", kp.iri)]
    assert [ev.rule for ev in cit.evidence] == ["entailed:leaderOf"]
    ev = rels[(kim.iri, "leaderOf", kp.iri)].evidence[0]
    assert ev.rule == "title-modifier" and ev.trigger == "leader"
    assert (ev.subject_text, ev.object_text) == ("Kim Jong Un", "North Korean")


def test_relations_place_list_checks_the_gazetteer(make_doc, tiny_gazetteer):
    # "Kursk , Kursk Oblast , Russia ." — a city, its region, its country.
    words = ["Kursk", ",", "Kursk", "Oblast", ",", "Russia", "."]
    doc = make_doc(words, heads=[0, 0, 3, 0, 3, 3, 0],
                   deps=["ROOT", "punct", "compound", "appos", "punct", "appos", "punct"],
                   pos=["PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    city = _entity(doc, 0, 1, "Place", "Kursk", key="place/geonames-538560", kind="City")
    region = _entity(doc, 2, 4, "Place", "Kursk Oblast", key="place/RU-KRS", kind="Region")
    ru = _entity(doc, 5, 6, "Country", "Russia", key="country/RU")
    rels = extract_relations(doc, Document("d", doc.text), [city, region, ru],
                             gazetteer=tiny_gazetteer)
    got = {(r.subject, r.predicate, r.object): r for r in rels}
    assert set(got) == {(city.iri, "locatedIn", region.iri), (region.iri, "locatedIn", ru.iri),
                        (city.iri, "locatedIn", ru.iri)}
    inferred = got[(city.iri, "locatedIn", ru.iri)]
    assert {ev.rule for ev in inferred.evidence} == {"inferred:locatedIn+locatedIn"}


def test_relations_place_list_refuses_what_the_gazetteer_contradicts(make_doc, tiny_gazetteer):
    # "Kursk , North Korea ." — Kursk is in Russia, so this is no address.
    doc = make_doc(["Kursk", ",", "North", "Korea", "."], heads=[0, 0, 3, 0, 0],
                   deps=["ROOT", "punct", "compound", "appos", "punct"],
                   pos=["PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"])
    city = _entity(doc, 0, 1, "Place", "Kursk", key="place/geonames-538560", kind="City")
    kp = _entity(doc, 2, 4, "Country", "North Korea", key="country/KP")
    assert extract_relations(doc, Document("d", doc.text), [city, kp],
                             gazetteer=tiny_gazetteer) == []


def test_relations_without_a_parse_find_nothing(vocab_nlp):
    doc = vocab_nlp("Kim Jong Un leads North Korea.")
    kim = _entity(doc, 0, 3, "Person", "Kim Jong Un")
    kp = _entity(doc, 4, 6, "Country", "North Korea", key="country/KP")
    assert extract_relations(doc, Document("d", doc.text), [kim, kp]) == []


def test_relations_anchor_matcher_is_built_once(make_doc):
    lex = load_lexicon()
    doc = make_doc(["a"])
    assert anchor_matcher(doc.vocab, lex) is anchor_matcher(doc.vocab, lex)


def test_relations_structural_relations_need_entities(make_doc):
    doc = make_doc(["Nothing", "."], heads=[0, 0], deps=["ROOT", "punct"])
    lex = load_lexicon()
    assert list(structural_relations(doc, Arguments(EntityIndex(doc, []), lex), lex)) == []


# ---------------------------------------------------------------- real sentences

STRUCTURAL = [
    ("North Korean leader Kim Jong Un praised the troops of North Korea.",
     {("Kim Jong Un", "leaderOf", "North Korea")}),
    ("Kim Jong Un, the supreme leader of North Korea, spoke on Monday.",
     {("Kim Jong Un", "leaderOf", "North Korea")}),
    ("Vladimir Putin has served as President of Russia since 2012.",
     {("Vladimir Putin", "leaderOf", "Russia")}),
    ("Kim Jong Un is a North Korean politician. He rules North Korea.",
     {("Kim Jong Un", "citizenOf", "North Korea")}),
    ("Ukrainian Foreign Minister Dmytro Kuleba met his counterparts outside Ukraine.",
     {("Dmytro Kuleba", "officialOf", "Ukraine")}),
    ("Kursk is a city in Russia.", {("Kursk", "locatedIn", "Russia")}),
    ("Kyiv, the capital of Ukraine, was quiet.", {("Kyiv", "locatedIn", "Ukraine")}),
    ("Russia is a transcontinental country located in Eastern Europe and Northern Asia.",
     {("Russia", "locatedIn", "Eastern Europe"), ("Russia", "locatedIn", "Northern Asia")}),
    ("Fighting continued in Sudzha, Kursk Oblast, Russia.",
     {("Sudzha", "locatedIn", "Kursk Oblast"), ("Kursk Oblast", "locatedIn", "Russia"),
      ("Sudzha", "locatedIn", "Russia")}),
    ("Sweden became a member of NATO in 2024.", {("Sweden", "memberOf", "NATO")}),
    ("Ukraine is a country in Eastern Europe. It is the second-largest European country after "
     "Russia, which borders it to the east.",
     {("Ukraine", "locatedIn", "Eastern Europe"), ("Russia", "borders", "Ukraine")}),
    ("Ukrainian forces advanced in Russia's Kursk region.",
     {("Kursk Oblast", "locatedIn", "Russia")}),
    ("Fighting in Russia reached the Russian city of Belgorod.",
     {("Belgorod", "locatedIn", "Russia")}),
    ("Drones hit Kharkiv in eastern Ukraine.", {("Kharkiv", "locatedIn", "Ukraine")}),
    ("The Kyiv-based Razumkov Centre published a poll.", {("Razumkov Centre", "basedIn", "Kyiv")}),
    ("Iran's Revolutionary Guards fired missiles.",
     {("Islamic Revolutionary Guard Corps", "partOf", "Iran")}),
    ("Russian President Vladimir Putin spoke about Russia.",
     {("Vladimir Putin", "leaderOf", "Russia")}),
    ("Labour leader Keir Starmer spoke.", {("Keir Starmer", "leaderOf", "Labour Party"),
                                          ("Keir Starmer", "memberOf", "Labour Party")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), STRUCTURAL, ids=lambda v: str(v)[:40])
def test_relations_structural_pattern_reads(nlp, text, expected):
    got = _triples(nlp, text)
    for s, p, o in expected:
        assert (s, p, o) in got or (p in load_lexicon().symmetric and (o, p, s) in got), got


EVENTS = [
    ("North Korea sent thousands of troops to Russia.",
     {("North Korea", "deploysForcesTo", "Russia")}),
    # passive voice, with the country named by a demonym on the troops
    ("North Korean troops were deployed from North Korea to Russia in October 2024.",
     {("North Korea", "deploysForcesTo", "Russia")}),
    # nominalisation
    ("The deployment of North Korean troops to Russia, which North Korea confirmed, "
     "alarmed Seoul.",
     {("North Korea", "deploysForcesTo", "Russia")}),
    ("North Korea has acknowledged deploying troops to assist Russia in combat against Ukraine.",
     {("North Korea", "deploysForcesTo", "Russia"), ("North Korea", "militarySupportTo", "Russia"),
      ("Russia", "fightsAgainst", "Ukraine")}),
    ("Military cooperation between North Korea and Russia has deepened.",
     {("North Korea", "alliedWith", "Russia")}),
    ("Kyiv was attacked by Russia.", {("Russia", "attacks", "Kyiv")}),
    ("The Russian invasion of Ukraine began in February 2022, when Russia sent tanks "
     "across the border.",
     {("Russia", "attacks", "Ukraine")}),
    ("Vladimir Putin and Kim Jong Un met in Pyongyang.",
     {("Vladimir Putin", "meetsWith", "Kim Jong Un")}),
    ("The European Union imposed new sanctions on Russia.",
     {("European Union", "sanctions", "Russia")}),
    ("Russia and North Korea signed a mutual defence treaty.",
     {("Russia", "signsAgreementWith", "North Korea")}),
    ("Ukrainian troops entered Russia's Kursk region from Ukraine in August 2024.",
     {("Ukraine", "deploysForcesTo", "Kursk Oblast")}),
    ("North Korean soldiers engage in combat operations in the Kursk region against Ukraine, "
     "North Korea admitted.",
     {("North Korea", "deploysForcesTo", "Kursk Oblast"),
      ("North Korea", "fightsAgainst", "Ukraine")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), EVENTS, ids=lambda v: str(v)[:40])
def test_relations_event_frame_reads(nlp, text, expected):
    got = _triples(nlp, text)
    for s, p, o in expected:
        assert (s, p, o) in got or (p in load_lexicon().symmetric and (o, p, s) in got), got


NOT_RELATIONS = [
    # an opposition leader does not lead the country
    ("Russian opposition leader Alexei Navalny was jailed.",
     ("Alexei Navalny", "leaderOf", "Russia")),
    # troops at home are not deployed abroad
    ("Russian troops in Moscow paraded.", ("Russia", "deploysForcesTo", "Moscow")),
    # a continent's adjective is not where a country lies
    ("Ukraine is a large European country.", ("Ukraine", "locatedIn", "Europe")),
    # political support is not military support
    ("The United States supports Ukraine.", ("United States", "militarySupportTo", "Ukraine")),
    # a religious leader does not lead the state
    ("South Korean Presbyterian leader Kim Won-yong died.",
     ("Kim Won-yong", "leaderOf", "South Korea")),
    # "the X region of Y": Y is the larger place
    ("It happened in the Upper Mississippi River region of the United States.",
     ("United States", "locatedIn", "Upper Mississippi River")),
    # a hypothetical deal is no agreement
    ("Washington warned that any arms deal between North Korea and Russia would be illegal.",
     ("North Korea", "signsAgreementWith", "Russia")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent"), NOT_RELATIONS, ids=lambda v: str(v)[:40])
def test_relations_pattern_does_not_overreach(nlp, text, absent):
    assert absent not in _triples(nlp, text)


@pytest.mark.slow
def test_relations_surname_links_the_canonical_person(nlp):
    text = ("Valery Gerasimov is the Chief of the General Staff of Russia. "
            "Gerasimov praised North Korea.")
    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    label = {e.iri: e.label for e in ex.entities}
    praise = [r for r in ex.relations if r.predicate == "praises"]
    assert [(label[r.subject], label[r.object]) for r in praise] == [
        ("Valery Gerasimov", "North Korea")]
    assert praise[0].evidence[0].subject_text == "Gerasimov"


@pytest.mark.slow
def test_relations_symmetric_facts_are_written_once(nlp):
    text = "Russia fought Ukraine. Ukraine fought Russia in Kursk."
    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    fights = [r for r in ex.relations if r.predicate == "fightsAgainst"]
    assert len(fights) == 1 and len(fights[0].evidence) == 2


@pytest.mark.slow
def test_relations_cooccurrence_is_never_a_typed_relation(nlp):
    (ex,) = extract_documents([Document("t", "Russia and Finland were mentioned.")], nlp=nlp)
    assert ex.relations == () and sum(ex.cooccurrences.values()) == 1
