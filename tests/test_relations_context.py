"""How a claim is stated: negated, hedged, attributed, dated."""

from __future__ import annotations

import pytest

from kgraph.model import Document, Evidence
from kgraph.pipeline import extract_documents
from kgraph.relations.context import claim_context, find_date
from kgraph.relations.lexicon import load_lexicon


def _evidence(nlp, text: str, predicate: str, *, date: str | None = None) -> list[Evidence]:
    (ex,) = extract_documents([Document("t", text, date=date)], nlp=nlp)
    return [ev for r in ex.relations if r.predicate == predicate for ev in r.evidence]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "North Korea did not send troops to Russia.",
    "North Korea has never sent troops to Russia.",
    "Pyongyang denied that North Korea sent troops to Russia.",
    "North Korea refused to send troops to Russia.",
    "No troops were sent to Russia by North Korea.",
])
def test_relations_context_negated_claims_are_not_asserted(nlp, text):
    assert _evidence(nlp, text, "deploysForcesTo") == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue"), [
    ("North Korean troops may be deployed to Russia, North Korea's ally.", "may"),
    ("North Korea reportedly sent troops to Russia.", "reportedly"),
    ("Officials said North Korea sent troops to Russia.", "Officials said"),
    ("North Korea is suspected of sending troops to Russia.", "suspected"),
])
def test_relations_context_hedged_claims_are_flagged_and_less_sure(nlp, text, cue):
    plain = _evidence(nlp, "North Korea sent troops to Russia.", "deploysForcesTo")
    hedged = _evidence(nlp, text, "deploysForcesTo")
    assert len(plain) == 1 and not plain[0].hedged and plain[0].hedge is None
    assert hedged and all(ev.hedged for ev in hedged)
    assert hedged[0].hedge == cue
    factor = load_lexicon().context.hedge_factor
    assert max(ev.confidence for ev in hedged) <= plain[0].confidence * factor + 1e-9


@pytest.mark.slow
@pytest.mark.parametrize(("text", "stated"), [
    ("Hamas would not stop its attacks as long as Israel's offensive in Gaza continued.",
     ("Israel", "Gaza")),
    ("Israel did not attack Gaza when Hamas attacked Tel Aviv.", ("Hamas", "Tel Aviv")),
])
def test_relations_context_a_clause_of_time_states_its_own_claim(nlp, text, stated):
    evidence = _evidence(nlp, text, "attacks")
    assert {(e.subject_text, e.object_text) for e in evidence} == {stated}
    assert not any(ev.hedged for ev in evidence)


@pytest.mark.slow
def test_relations_context_a_verb_of_intent_does_not_hedge_its_conjunct(nlp):
    text = ("Kuwait, which did not join the boycott, offered to mediate, and its emir, "
            "Sheikh Sabah al-Ahmad al-Sabah, flew to Jeddah the following day.")
    doc = nlp(text)
    flew = next(t for t in doc if t.text == "flew")
    offered = next(t for t in doc if t.text == "offered")
    assert (flew.dep_, flew.head.i) == ("conj", offered.i)  # the parse this test is about
    ctx = claim_context(flew, lexicon_context=load_lexicon().context)
    assert ctx.hedge is None and ctx.intended is None and not ctx.negated


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cue"), [
    ("North Korea plans to send troops to Russia.", "plans"),
    ("North Korea agreed to send troops to Russia.", "agreed"),
    ("North Korea will send troops to Russia.", "will"),
    ("If North Korea sends troops to Russia, Seoul will respond.", "If"),
    ("Pyongyang threatened to send troops to Russia.", "threatened"),
])
def test_relations_context_intended_claims_are_not_asserted(nlp, text, cue):
    assert _evidence(nlp, text, "deploysForcesTo") == []
    doc = nlp(text)
    send = next(t for t in doc if t.lemma_ == "send")
    ctx = claim_context(send, lexicon_context=load_lexicon().context)
    assert ctx.intended == cue and ctx.hedge.lower() == cue.lower()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source"), [
    ("According to Business Insider, North Korea sent troops to Russia.", "Business Insider"),
    ("The Moscow Times reported that North Korea sent troops to Russia.", "The Moscow Times"),
    ("North Korea sent troops to Russia, the New York Times reported.", "The New York Times"),
])
def test_relations_context_attribution_names_the_source(nlp, text, source):
    (ev,) = _evidence(nlp, text, "deploysForcesTo")
    assert ev.attributed_to is not None and source.removeprefix("The ") in ev.attributed_to
    assert not ev.hedged


@pytest.mark.slow
def test_relations_context_attributed_source_is_linked_when_it_is_an_entity(nlp):
    text = "According to Reuters, North Korea sent troops to Russia."
    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    (rel,) = [r for r in ex.relations if r.predicate == "deploysForcesTo"]
    reuters = [e.iri for e in ex.entities if e.label.startswith("Reuters")]
    assert rel.evidence[0].attributed_iri in reuters


@pytest.mark.slow
@pytest.mark.parametrize(("text", "doc_date", "date"), [
    ("North Korea sent troops to Russia in October 2024.", "2025-05-01", "2024-10"),
    ("North Korea sent troops to Russia on 3 November 2024.", None, "2024-11-03"),
    ("North Korea sent troops to Russia.", "2025-05-01", "2025-05-01"),
    ("North Korea sent troops to Russia.", None, None),
])
def test_relations_context_date_of_the_claim(nlp, text, doc_date, date):
    (ev,) = _evidence(nlp, text, "deploysForcesTo", date=doc_date)
    assert ev.date == date


@pytest.mark.slow
def test_relations_context_birth_date_is_not_the_claim_date(nlp):
    text = "Valery Gerasimov (born 8 September 1955) is a Russian general. He serves Russia."
    evs = _evidence(nlp, text, "citizenOf", date="2025-05-01")
    assert evs and all(ev.date == "2025-05-01" for ev in evs)


def test_relations_context_reads_a_hand_built_negation(make_doc):
    # "Russia did not attack Finland ."
    doc = make_doc(["Russia", "did", "not", "attack", "Finland", "."],
                   heads=[3, 3, 3, 3, 3, 3],
                   deps=["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
                   lemmas=["Russia", "do", "not", "attack", "Finland", "."])
    ctx = claim_context(doc[3], lexicon_context=load_lexicon().context)
    assert ctx.negated and ctx.hedge is None


@pytest.mark.parametrize(("text", "iso"), [
    ("late April 2025", "2025-04"),
    ("on 9 November 2012", "2012-11-09"),
    ("June 19, 2024", "2024-06-19"),
    ("since 2011", "2011"),
    ("the 1990s", None),
    ("last week", None),
])
def test_relations_context_find_date(text, iso):
    assert find_date(text) == iso


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kursk is in Russia. On 6 August 2024 Ukraine entered Kursk Oblast. Moscow said so in "
    "2025.",
    "Nothing here. Kim Jong Un met Vladimir Putin in June 2024 in Pyongyang, North Korea.",
])
def test_relations_context_index_finds_mentions_and_dates_by_sentence(nlp, text):
    from kgraph.gazetteer import load_gazetteer
    from kgraph.mentions import find_mentions
    from kgraph.relations.context import EntityIndex
    from kgraph.resolve import resolve_document

    sdoc = nlp(text)
    entities = resolve_document(find_mentions(sdoc, Document("t", text), load_gazetteer()),
                                load_gazetteer())
    index = EntityIndex(sdoc, entities)
    assert index.refs
    for sent in index.sentences:
        # the same answers as a scan of every mention and as spaCy's Span.ents
        assert index.in_span(sent) == [r for r in index.refs if r.span.start >= sent.start
                                       and r.span.end <= sent.end]
        assert index.dates_in(sent) == [e for e in sent.ents if e.label_ == "DATE"]
    assert any(index.dates_in(s) for s in index.sentences)
