"""Tests of the spaCy pipeline set-up and of recognition + resolution with the real model."""

from __future__ import annotations

import pytest

from kgraph.gazetteer import load_gazetteer
from kgraph.mentions import SPAN_KEY, find_mentions
from kgraph.model import Document
from kgraph.nlp import load_pipeline, parse_documents
from kgraph.pipeline import extract_documents
from kgraph.records import extraction_record


@pytest.fixture(scope="module")
def seed_entities(nlp, seed_text):
    [ex] = list(extract_documents([Document("seed", seed_text)], nlp=nlp))
    return ex


def _by_label(ex):
    return {e.label: e for e in ex.entities}


@pytest.mark.slow
def test_nlp_pipeline_has_the_gazetteer_matcher_after_ner(nlp):
    names = nlp.pipe_names
    assert names[-1] == "kgraph_gazetteer" and names.index("ner") < names.index(
        "kgraph_gazetteer")
    assert load_pipeline() is nlp  # loaded once per process


@pytest.mark.slow
def test_nlp_parse_documents_streams_docs_with_gazetteer_spans(nlp):
    docs = [Document("a", "North Korea sent troops to Kursk."), Document("b", "")]
    out = list(parse_documents(nlp, docs, batch_size=1))
    assert [d.id for d, _ in out] == ["a", "b"]
    assert {sp.text for sp in out[0][1].spans[SPAN_KEY]} >= {"North Korea", "Kursk"}


@pytest.mark.slow
def test_nlp_seed_people_are_one_node_each(seed_entities):
    people = {e.label: e for e in seed_entities.entities if e.type == "Person"}
    assert {"Kim Jong Un", "Vladimir Putin", "Valery Gerasimov"} <= set(people)
    assert {m.text for m in people["Kim Jong Un"].mentions} == {"Kim Jong Un", "Kim Jong-un"}
    assert {m.text for m in people["Vladimir Putin"].mentions} == {
        "Vladimir Vladimirovich Putin", "Vladimir Putin"}
    assert {m.text for m in people["Valery Gerasimov"].mentions} == {
        "Valery Vasilyevich Gerasimov"}


@pytest.mark.slow
def test_nlp_seed_north_korea_is_one_country_under_all_its_names(seed_entities):
    kp = [e for e in seed_entities.entities if e.iri.endswith("/country/KP")]
    assert len(kp) == 1 and kp[0].type == "Country"
    names = {m.text for m in kp[0].mentions}
    assert {"North Korea", "Democratic People's Republic of Korea", "North Korean"} <= names
    assert not [e for e in seed_entities.entities
                if e.type == "Country" and "Korea" in e.label and e is not kp[0]
                and e.label != "South Korea"]


@pytest.mark.slow
def test_nlp_seed_kursk_is_a_place_in_kursk_oblast_russia(seed_entities):
    gaz = load_gazetteer()
    labels = _by_label(seed_entities)
    kursk, oblast = labels["Kursk"], labels["Kursk Oblast"]
    assert kursk.type == oblast.type == "Place"
    assert {m.text for m in kursk.mentions} >= {"Kursk", "Курск"}
    assert {m.text for m in oblast.mentions} >= {"Kursk region", "Kursk Oblast"}
    entry = gaz.get(kursk.iri.rsplit("/id/", 1)[1])
    assert entry.parent == "place/RU-KRS" and gaz.get(entry.parent).country == "RU"


@pytest.mark.slow
def test_nlp_seed_headline_words_are_not_entities(seed_entities):
    texts = {m.text for e in seed_entities.entities for m in e.mentions}
    assert not texts & {"Future Outlook", "Military Adaptation", "Strategic Implications"}


@pytest.mark.slow
def test_nlp_seed_record_keeps_demonyms_apart(seed_entities):
    rec = extraction_record("seed", seed_entities.entities, [])
    kp = next(e for e in rec["entities"] if e["id"].endswith("/country/KP"))
    text = seed_entities.document.text
    assert {text[s:t] for s, t in kp["mentions"]} == {
        "North Korea", "Democratic People's Republic of Korea"}
    assert {text[s:t] for s, t in kp["demonym_mentions"]} == {"North Korean"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("President Vladimir Putin met Kim Jong-un in Pyongyang.",
     {("Vladimir Putin", "Person"), ("Kim Jong-un", "Person"), ("Pyongyang", "Place")}),
    ("The Kremlin said Russian forces had retaken Sudzha in the Kursk region.",
     {("Kremlin", "Organization"), ("Sudzha", "Place"), ("Kursk region", "Place")}),
    ("Officials of the Communist Party of China met NATO envoys in Brussels.",
     {("Communist Party of China", "Organization"), ("NATO", "Organization"),
      ("Brussels", "Place")}),
])
def test_nlp_news_sentences(nlp, text, expected):
    doc = nlp(text)
    found = {(m.text, m.type) for m in find_mentions(doc, Document("d", text))
             if not m.demonym}
    assert expected <= found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "key", "names"), [
    ("Emmerson Mnangagwa flew to South Africa on Monday. Mnangagwa returned to Harare a "
     "day later.", "person/emmerson-mnangagwa", {"Emmerson Mnangagwa", "Mnangagwa"}),
    ("Felix Tshisekedi accused Rwanda of arming the rebels. Tshisekedi spoke in Kinshasa.",
     "person/felix-tshisekedi", {"Felix Tshisekedi", "Tshisekedi"}),
    ("President Tebboune said Algeria would reopen the border.",
     "person/abdelmadjid-tebboune", {"Tebboune"}),
    ("Troops loyal to Abdel Fattah al-Burhan shelled Omdurman. Burhan rejected the truce.",
     "person/abdel-fattah-al-burhan", {"Abdel Fattah al-Burhan", "Burhan"}),
    ("Brussels - King Philippe opened the new session of parliament.",
     "person/king-philippe", {"King Philippe"}),
])
def test_nlp_leaders_of_smaller_states_are_known_people(nlp, text, key, names):
    [ex] = list(extract_documents([Document("leaders", text)], nlp=nlp))
    [person] = [e for e in ex.entities if e.iri.endswith("/" + key)]
    assert person.type == "Person"
    assert {m.text for m in person.mentions} == names


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "etype"), [
    # a city NER calls a person, in a text that never names its country, is a city where
    # an apposition calls it one or a preposition of place governs it
    ("Goma, the largest city in eastern Congo, fell to the rebels.", "Goma", "Place"),
    ("Rebels seized Bukavu, the capital of South Kivu province.", "Bukavu", "Place"),
    ("Fighting raged in Pokrovsk on Monday.", "Pokrovsk", "Place"),
    ("A drone hit a base near Sumy.", "Sumy", "Place"),
    # ... and a person where nothing says otherwise
    ("The letter was sent to Davis in March.", "Davis", "Person"),
])
def test_nlp_city_or_person_by_what_the_text_says(nlp, text, name, etype):
    [ex] = list(extract_documents([Document("cue", text)], nlp=nlp))
    [entity] = [e for e in ex.entities if any(m.text == name for m in e.mentions)]
    assert entity.type == etype


@pytest.mark.slow
@pytest.mark.parametrize(("text", "known", "name"), [
    # a name the gazetteer knows only by its surname part is that person's only when the
    # given name agrees: the father is not the son
    ("Jomo Kenyatta led Kenya to independence in 1963.", "person/uhuru-kenyatta",
     "Jomo Kenyatta"),
    ("Bosnian President Alija Izetbegovic signed the accord.", "person/bakir-izetbegovic",
     "Alija Izetbegovic"),
    ("Pierre Trudeau was prime minister of Canada.", "person/justin-trudeau", "Pierre Trudeau"),
])
def test_nlp_a_relative_is_not_the_known_person(nlp, text, known, name):
    [ex] = list(extract_documents([Document("kin", text)], nlp=nlp))
    [person] = [e for e in ex.entities if any(m.text == name for m in e.mentions)]
    assert person.type == "Person" and not person.iri.endswith("/" + known)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person", "state"), [
    ("President Tebboune said Algeria would reopen its border with Morocco.",
     "person/abdelmadjid-tebboune", "country/DZ"),
    ("HARARE - President Emmerson Mnangagwa said Zimbabwe would hold elections in August.",
     "person/emmerson-mnangagwa", "country/ZW"),
])
def test_nlp_titled_leader_of_a_named_state_leads_it(nlp, text, person, state):
    [ex] = list(extract_documents([Document("title", text)], nlp=nlp))
    assert [r for r in ex.relations if r.predicate == "leaderOf"
            and r.subject.endswith("/" + person) and r.object.endswith("/" + state)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "", "   \n\n  ", "((((((", "A" * 5000, "Party of of of the and and (", "Курск – Київ — 北京",
    "North Korea-Russia relations ( IRGC ) Kim Dae - jung - - Seym rivers",
])
def test_nlp_odd_text_gives_valid_mentions(nlp, text):
    [ex] = list(extract_documents([Document("odd", text)], nlp=nlp))
    for e in ex.entities:
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sentences"), [
    ("Kursk (Russian: Курск, IPA: [ˈkursk]) is a city. It has a population of 440,052.", 2),
    ("He spoke (see p. 4. Also p. 7.) at length. Then he left.", 2),
    ("A stray bracket ( never closes. Two sentences follow. Here.", 3),
    ("A heading\nNorth Korea sent troops (about 14,000) to Russia.", 2),
])
def test_nlp_no_sentence_starts_inside_brackets(nlp, text, sentences):
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences
    for sent in doc.sents:
        assert sent.text.count("(") == sent.text.count(")") or "stray" in text


def test_nlp_sentence_bounds_ignore_brackets_across_lines(vocab_nlp):
    from kgraph.nlp import sentence_bounds

    doc = sentence_bounds(vocab_nlp("Troops (about\n14,000) arrived."))
    assert doc[4].is_sent_start  # the line break wins over the unclosed bracket
    assert doc[5].is_sent_start is not False


@pytest.mark.slow
def test_nlp_remembered_lemmas_are_spacys_lemmas(nlp, seed_text):
    """kgraph's pipeline looks lemmas up once per word (remember_lemmas): every lemma must
    be the one the stock spaCy component gives, on real text of every kind."""
    import spacy

    from kgraph.nlp import _resolve_model_name

    stock = spacy.load(_resolve_model_name(None))
    texts = [seed_text,
             "Russia's forces were shelling the towns; they'd waged war and staged coups.",
             "The U.S. sanctioned Iran's leaders, who are meeting in Geneva, and Mr. Li's aides.",
             "Xi Jinping met Vladimir Putin. The two leaders signed 12 agreements on energy."]
    assert type(nlp.get_pipe("lemmatizer")).__name__.startswith("Remembering")
    for _ in range(2):  # the second pass reads the lemmas from the table
        for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
            assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


@pytest.mark.slow
def test_nlp_dotted_abbreviation_before_a_hyphen_is_a_token_of_its_own(nlp):
    # as "US-led" is split, so is "U.S.-led": the state is a name of its own
    doc = nlp("Australia joined the U.S.-led coalition and the U.N.-backed talks.")
    words = [t.text for t in doc]
    assert words[3:6] == ["U.S.", "-", "led"] and words[9:12] == ["U.N.", "-", "backed"]
    # other hyphens and abbreviations are left as they were
    assert [t.text for t in nlp("a well-known U.S. envoy")] == ["a", "well", "-", "known",
                                                               "U.S.", "envoy"]
