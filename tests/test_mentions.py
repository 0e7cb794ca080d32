"""Tests of mention recognition: NER and gazetteer merged by kgraph.mentions' rules.

Most tests build the spaCy Doc by hand: a blank English tokenizer, the gazetteer matcher
over a small hand-made gazetteer, and NER entities (and where a rule needs them, tags)
set explicitly, so each rule is tested without the statistical model.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kgraph.errors import DataFileError
from kgraph.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from kgraph.mentions import (
    SPAN_KEY,
    GazetteerMatcher,
    NameLexicon,
    find_mentions,
    load_name_lexicon,
    name_words,
)
from kgraph.model import Document


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """A small gazetteer with the kinds of entries the rules look at."""
    return Gazetteer([
        GazetteerEntry("country/KP", "Country", "North Korea",
                       aliases=("DPRK", "Democratic People's Republic of Korea"),
                       demonyms=("North Korean",), ids=(("iso3166-1", "KP"),)),
        GazetteerEntry("country/RU", "Country", "Russia", aliases=("Russian Federation",),
                       demonyms=("Russian",), ids=(("iso3166-1", "RU"),)),
        GazetteerEntry("country/GR", "Country", "Greece", demonyms=("Greek",)),
        GazetteerEntry("country/AU", "Country", "Australia", demonyms=("Australian",)),
        GazetteerEntry("country/GE", "Country", "Georgia", population=3_700_000),
        GazetteerEntry("country/US", "Country", "United States", aliases=("U.S.",)),
        GazetteerEntry("place/US-GA", "Place", "Georgia", kind="Region", country="US"),
        GazetteerEntry("place/geonames-611717", "Place", "Tbilisi", kind="City",
                       country="GE", population=1_049_498),
        GazetteerEntry("place/geonames-4180439", "Place", "Atlanta", kind="City",
                       country="US", population=463_878),
        GazetteerEntry("place/RU-KRS", "Place", "Kursk Oblast", kind="Region",
                       aliases=("Kursk region",), country="RU"),
        GazetteerEntry("place/geonames-538560", "Place", "Kursk", kind="City",
                       aliases=("Курск",), country="RU", parent="place/RU-KRS",
                       population=440_052, ids=(("geonames", "538560"),)),
        GazetteerEntry("place/geonames-5341704", "Place", "Davis", kind="City",
                       country="US", population=67_666),
        GazetteerEntry("place/geonames-2507480", "Place", "Alger", kind="City",
                       country="DZ", population=2_364_230, flags=("capital",)),
        GazetteerEntry("place/geonames-2990440", "Place", "Nice", kind="City",
                       country="FR", population=342_669, flags=("common-word",)),
        GazetteerEntry("place/seym-river", "Place", "Seym", kind="River",
                       aliases=("Seym River",)),
        GazetteerEntry("person/valery-gerasimov", "Person", "Valery Gerasimov",
                       aliases=("Valery Vasilyevich Gerasimov",), country="RU"),
        GazetteerEntry("person/vladimir-putin", "Person", "Vladimir Putin",
                       aliases=("Putin",), country="RU"),
        GazetteerEntry("org/russian-armed-forces", "Organization", "Russian Armed Forces",
                       kind="ArmedForces", aliases=("Russian military",), country="RU"),
        GazetteerEntry("org/independent", "Organization", "The Independent",
                       kind="MediaOutlet"),
        GazetteerEntry("place/red-sea", "Place", "Red Sea", kind="Sea"),
        GazetteerEntry("place/SD-RS", "Place", "Red Sea", kind="Region", country="SD"),
        GazetteerEntry("org/democratic-party-us", "Organization", "Democratic Party",
                       kind="PoliticalParty", aliases=("Democrats", "US Democratic Party"),
                       country="US"),
    ])


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matcher(blank, gaz) -> GazetteerMatcher:
    return GazetteerMatcher(blank, gaz)


@pytest.fixture
def parse(blank, matcher):
    """Tokenize ``text``, run the gazetteer matcher, set NER entities by their text.

    ``ents`` maps an exact substring (first occurrence, or ``(substring, n)`` for the
    n-th) to an NER label; ``propn`` lists words to tag as proper nouns (NNP).
    """

    def _parse(text: str, ents: dict | None = None, propn: tuple[str, ...] = ()):
        doc = blank(text)
        for tok in doc:
            if tok.text in propn:
                tok.tag_, tok.pos_ = "NNP", "PROPN"
        spans = []
        for key, label in (ents or {}).items():
            sub, nth = key if isinstance(key, tuple) else (key, 1)
            at = -1
            for _ in range(nth):
                at = text.index(sub, at + 1)
            span = doc.char_span(at, at + len(sub))
            assert span is not None, sub
            spans.append(Span(doc, span.start, span.end, label=label))
        doc.ents = spans
        return matcher(doc)

    return _parse


def _found(doc, gaz) -> list[tuple[str, str, str | None]]:
    ms = find_mentions(doc, Document("d", doc.text), gaz)
    return [(m.text, m.type, m.key) for m in ms]


# ------------------------------------------------------------------ gazetteer matcher


@pytest.mark.parametrize("names", [
    ["Kursk Oblast", "Valery Vasilyevich Gerasimov", "Workers' Party of Korea"],
    ["U.S.", "Kim Jong-un", "Washington, D.C.", "St. Petersburg", "Курск"],
    ["Côte d'Ivoire", "Guinea-Bissau", "al-Qaeda", "The Independent", "AT&T"],
])
def test_mentions_name_words_equal_the_tokenizer(blank, names):
    expected = [tuple(t.text for t in blank.tokenizer(n)) for n in names]
    assert list(name_words(names, blank.tokenizer)) == expected


def test_mentions_matcher_marks_names_and_demonyms(parse):
    doc = parse("North Korean troops reached the Kursk region and Курск.")
    labels = {(sp.text, sp.label_) for sp in doc.spans[SPAN_KEY]}
    assert ("North Korean", "demonym:country/KP") in labels
    assert ("Kursk region", "place/RU-KRS") in labels
    assert ("Курск", "place/geonames-538560") in labels


def test_mentions_matcher_finds_the_name_after_lowercase_the(parse, gaz):
    doc = parse("It was reported by the Independent on Monday.")
    assert ("Independent", "Organization", "org/independent") in _found(doc, gaz)


# ----------------------------------------------------------- NER against gazetteer


def test_mentions_gazetteer_fixes_type_and_extent(parse, gaz):
    doc = parse("Kursk fell. Valery Vasilyevich Gerasimov spoke.",
                {"Kursk": "PRODUCT", "Vasilyevich Gerasimov": "PERSON"})
    assert _found(doc, gaz) == [
        ("Kursk", "Place", "place/geonames-538560"),
        ("Valery Vasilyevich Gerasimov", "Person", "person/valery-gerasimov"),
    ]


@pytest.mark.parametrize("name", ["Russian Armed Forces", "Italian Democratic Socialists"])
def test_mentions_country_inside_organisation_keeps_the_long_name(parse, gaz, name):
    doc = parse(f"The {name} said so.", {name: "ORG"})
    found = _found(doc, gaz)
    assert [(t, ty) for t, ty, _ in found] == [(name, "Organization")]


def test_mentions_ner_person_beats_a_small_city(parse, gaz):
    doc = parse("Davis said the plan would work.", {"Davis": "PERSON"})
    assert _found(doc, gaz) == [("Davis", "Person", None)]


def test_mentions_a_known_person_after_party_words_is_the_person(parse, gaz):
    # NER called "Social Democrat Vladimir Putin" an organisation: the words before the
    # known name are a party label and a title
    doc = parse("The coalition was led by Social Democrat Vladimir Putin.",
                {"Social Democrat Vladimir Putin": "ORG"}, propn=("Vladimir", "Putin"))
    assert _found(doc, gaz) == [("Vladimir Putin", "Person", "person/vladimir-putin")]
    # a name of other words is kept whole
    doc = parse("The Vladimir Putin Foundation said so.",
                {"Vladimir Putin Foundation": "ORG"}, propn=("Vladimir", "Putin"))
    assert [t for t, _, _ in _found(doc, gaz)] == ["Vladimir Putin Foundation"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "etype"), [
    ("Rebels backed by Rwanda captured Goma in January.", "Goma", "Place"),
    ("Rebels encircled Goma in January.", "Goma", "Place"),
    ("The police arrested Davis on Monday.", "Davis", "Person"),
])
def test_mentions_object_of_a_verb_of_places_stays_a_place(nlp, text, name, etype):
    from kgraph.pipeline import extract_documents
    ex, = extract_documents([Document("d", text)], nlp=nlp)
    assert [e.type for e in ex.entities if e.label == name or name in e.label] == [etype]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kept"), [
    # a plural common noun capitalised at a sentence's start, right before its verb ...
    ("Jets struck the Barzeh district of Damascus.", ["Barzeh", "Damascus"]),
    ("Warplanes struck Aleppo.", ["Aleppo"]),
    # ... but not a name, however the tagger reads it
    ("Evo Morales resigned. Morales, Bolivia's first indigenous president, flew to Mexico.",
     ["Evo Morales", "Bolivia", "Mexico"]),
])
def test_mentions_a_plural_noun_opening_a_sentence_is_no_name(nlp, text, kept):
    from kgraph.pipeline import extract_documents
    ex, = extract_documents([Document("d", text)], nlp=nlp)
    assert sorted(e.label for e in ex.entities) == sorted(kept)


@pytest.mark.slow
@pytest.mark.slow
def test_mentions_a_surname_opening_a_sentence_stays_a_name(nlp):
    # "Morales" (tagged as the plural of "morale") before its verb, in a story that names
    # Evo Morales elsewhere, is him
    from kgraph.pipeline import extract_documents
    ex, = extract_documents([Document(
        "d", "Evo Morales resigned in Bolivia.\n\nMorales stepped down on Sunday.")], nlp=nlp)
    (morales,) = [e for e in ex.entities if e.label == "Evo Morales"]
    assert len(morales.mentions) == 2


@pytest.mark.slow
def test_mentions_strategic_companies_are_organisations(nlp):
    # NER reads "Gazprom" as a place; the gazetteer knows it as a company
    from kgraph.pipeline import extract_documents
    ex, = extract_documents([Document(
        "d", "Russia's Gazprom and the National Iranian Oil Company signed a memorandum.")],
        nlp=nlp)
    kinds = {e.label: (e.type, e.kind) for e in ex.entities}
    assert kinds["Gazprom"] == ("Organization", "Company")
    assert kinds["National Iranian Oil Company"] == ("Organization", "Company")


def test_mentions_region_is_not_the_city(parse, gaz):
    doc = parse("Troops entered the Kursk region near Kursk.", {"Kursk": "GPE"},
                propn=("Kursk",))
    assert _found(doc, gaz) == [
        ("Kursk region", "Place", "place/RU-KRS"),
        ("Kursk", "Place", "place/geonames-538560"),
    ]


def test_mentions_a_list_of_places_is_split(parse, gaz):
    doc = parse("He was born in Kursk, Russia.", {"Kursk, Russia": "GPE"})
    assert _found(doc, gaz) == [
        ("Kursk", "Place", "place/geonames-538560"), ("Russia", "Country", "country/RU")]


def test_mentions_a_place_and_a_person_tagged_as_one_organisation_are_split(parse, gaz):
    doc = parse("During his visit to Kursk, Putin pledged more aid.", {"Kursk, Putin": "ORG"},
                propn=("Kursk", "Putin"))
    assert _found(doc, gaz) == [
        ("Kursk", "Place", "place/geonames-538560"),
        ("Putin", "Person", "person/vladimir-putin")]
    # an organisation whose name holds a known person is no list ("Putin Foundation")
    doc = parse("The Putin, Kursk Foundation said so.", {"Putin, Kursk Foundation": "ORG"},
                propn=("Kursk", "Putin"))
    assert [t for t, _, _ in _found(doc, gaz)] == ["Putin, Kursk Foundation"]


@pytest.mark.slow
def test_mentions_a_sea_named_by_its_adjective(nlp):
    from kgraph.pipeline import extract_documents
    ex, = extract_documents([Document("d", "Troops were sent to the Mediterranean. "
                                           "Mediterranean countries met in Rome.")], nlp=nlp)
    sea = next(e for e in ex.entities if e.label == "Mediterranean Sea")
    assert [(m.text, m.demonym) for m in sea.mentions] == [
        ("Mediterranean", False), ("Mediterranean", True)]


def test_mentions_ambiguous_name_takes_the_country_of_the_document(parse, gaz):
    doc = parse("Georgia and Tbilisi.", propn=("Tbilisi",))
    assert ("Georgia", "Country", "country/GE") in _found(doc, gaz)
    doc = parse("Atlanta is the capital of Georgia.", propn=("Atlanta", "Georgia"))
    assert ("Georgia", "Place", "place/US-GA") in _found(doc, gaz)


def test_mentions_area_of_no_country_beats_a_foreign_region(parse, gaz):
    doc = parse("Ships in the Red Sea were attacked.")
    assert _found(doc, gaz) == [("Red Sea", "Place", "place/red-sea")]


def test_mentions_ordinal_stays_in_an_event_name(parse, gaz):
    doc = parse("It was the largest attack since the Second World War.",
                {"the Second World War": "EVENT"})
    assert _found(doc, gaz) == [("Second World War", "Event", None)]


def test_mentions_common_word_place_needs_support(parse, gaz):
    assert _found(parse("Nice work, said the team.", propn=("Nice",)), gaz) == []
    assert ("Nice", "Place", "place/geonames-2990440") in _found(
        parse("The attack in Nice shocked France.", propn=("Nice",)), gaz)


# ------------------------------------------------------------- organisation names


@pytest.mark.parametrize(("text", "ents", "name"), [
    ("The Australian Greens won.", {}, "Australian Greens"),
    ("The Communist Party of Greece voted.", {"Communist Party": "ORG"},
     "Communist Party of Greece"),
    ("The Social Democratic and Labour Party stood.",
     {"Social Democratic": "ORG", "Labour Party": "ORG"},
     "Social Democratic and Labour Party"),
])
def test_mentions_organisation_names_are_completed(parse, gaz, text, ents, name):
    found = _found(parse(text, ents), gaz)
    assert (name, "Organization", None) in found
    assert not [t for t, ty, _ in found if t != name]


def test_mentions_two_organisations_joined_by_for_stay_two(parse, gaz):
    doc = parse("He left the Liberal Party for the Parti Quebecois.",
                {"Liberal Party": "ORG", "Parti Quebecois": "ORG"})
    assert [t for t, _, _ in _found(doc, gaz)] == ["Liberal Party", "Parti Quebecois"]


def test_mentions_bracketed_acronym_is_an_alias(parse, gaz):
    text = "The Islamic Revolutionary Guard Corps (IRGC) fired. Later the IRGC denied it."
    doc = parse(text, {"Islamic Revolutionary Guard Corps": "ORG"})
    ms = find_mentions(doc, Document("d", text), gaz)
    assert [m.text for m in ms] == ["Islamic Revolutionary Guard Corps", "IRGC", "IRGC"]
    assert ms[1].alias_of == (ms[0].start, ms[0].end) == ms[2].alias_of


def test_mentions_names_before_a_plural_place_noun_are_places(parse, gaz):
    text = "It lies where the Kur, Tuskar and Seym rivers meet."
    doc = parse(text, {"Tuskar": "PERSON"})
    rivers = next(t for t in doc if t.text == "rivers")
    rivers.tag_, rivers.lemma_ = "NNS", "river"
    found = _found(doc, gaz)
    assert ("Kur", "Place", None) in found
    assert ("Tuskar", "Place", None) in found
    assert ("Seym", "Place", "place/seym-river") in found


# ---------------------------------------------------------------- people and titles


def test_mentions_titles_are_not_part_of_the_name(parse, gaz):
    doc = parse("President Vladimir Putin met Gen. Ivan Petrov.",
                {"President Vladimir Putin": "PERSON", "Gen. Ivan Petrov": "PERSON"})
    assert [(t, ty) for t, ty, _ in _found(doc, gaz)] == [
        ("Vladimir Putin", "Person"), ("Ivan Petrov", "Person")]
    # the plural of a title that alone names an office is stripped too
    doc = parse("Foreign Ministers Nikos Kotzias and Ivan Petrov signed.",
                {"Ministers Nikos Kotzias": "PERSON", "Ivan Petrov": "PERSON"})
    assert [(t, ty) for t, ty, _ in _found(doc, gaz)] == [
        ("Nikos Kotzias", "Person"), ("Ivan Petrov", "Person")]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("The Emperor of Japan spoke.", {"Emperor of Japan": "ORG"}, [("Japan", "Country")]),
    ("The Secretary of State spoke.", {"Secretary of State": "ORG"}, []),
    ("The Defence Minister spoke.", {"Defence Minister": "ORG"}, []),
])
def test_mentions_titles_alone_are_not_organisations(parse, gaz, text, ents, expected):
    gaz2 = Gazetteer([*gaz.entries.values(), GazetteerEntry("country/JP", "Country", "Japan")])
    assert [(t, ty) for t, ty, _ in _found(parse(text, ents), gaz2)] == expected


def test_mentions_surname_of_a_named_person_is_that_person(parse, gaz):
    text = "Ross Patterson Alger was mayor. Alger resigned. Later Alger moved."
    doc = parse(text, {"Ross Patterson Alger": "PERSON", ("Alger", 2): "GPE"},
                propn=("Alger",))
    found = _found(doc, gaz)
    assert found == [("Ross Patterson Alger", "Person", None), ("Alger", "Person", None),
                     ("Alger", "Person", None)]


def test_mentions_hyphenated_name_is_whole(blank, matcher, gaz):
    doc = matcher(blank("Kim Dae-jung won the prize."))
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert _found(doc, gaz) == [("Kim Dae-jung", "Person", None)]


def test_mentions_a_person_cut_in_two_is_one(parse, gaz):
    doc = parse("He was born Ernesto Alonso Vargas Contreras in 1977.",
                {"Ernesto Alonso": "PERSON", "Vargas Contreras": "PERSON"})
    assert _found(doc, gaz) == [("Ernesto Alonso Vargas Contreras", "Person", None)]


def test_mentions_one_reading_per_name(parse, gaz):
    text = "Roketsan builds missiles. Roketsan is in Ankara. Roketsan grew."
    doc = parse(text, {"Roketsan": "ORG", ("Roketsan", 2): "PERSON", ("Roketsan", 3): "ORG"})
    assert {ty for t, ty, _ in _found(doc, gaz) if t == "Roketsan"} == {"Organization"}


# ----------------------------------------------------------- demonyms, suppression


def test_mentions_demonyms_link_to_their_country(parse, gaz):
    text = "North Korean troops and the Russian military advanced."
    ms = find_mentions(parse(text, {"North Korean": "NORP"}), Document("d", text), gaz)
    assert [(m.text, m.key, m.demonym) for m in ms] == [
        ("North Korean", "country/KP", True),
        ("Russian military", "org/russian-armed-forces", True),
    ]


def test_mentions_headline_words_are_dropped_but_known_names_kept(parse, gaz):
    text = "Strategic Implications\nFuture Outlook\nWhat Russia Wants Now\nIt rained."
    doc = parse(text, {"Strategic Implications": "ORG", "Future Outlook": "PERSON",
                       "Russia Wants": "ORG"})
    assert _found(doc, gaz) == [("Russia", "Country", "country/RU")]


def test_mentions_page_furniture_is_dropped(parse, gaz):
    doc = parse("Read More about it in the text below, said the Key Takeaways box.",
                {"Read More": "ORG", "Key Takeaways": "ORG"})
    assert _found(doc, gaz) == []


def test_mentions_entities_never_cross_a_line_break(parse, gaz):
    doc = parse("Kursk\nIvan Petrov arrived", {"Kursk\nIvan Petrov": "PERSON"})
    assert _found(doc, gaz) == [("Ivan Petrov", "Person", None)]


# ------------------------------------------------------------------------ lexicon


def test_mentions_shipped_lexicon_has_titles_stopnames_and_heads():
    lex = load_name_lexicon()
    assert lex.is_title("President") and lex.is_title("Lt.")
    assert lex.head_type("Party") == "Organization" and lex.head_type("War") == "Event"
    assert lex.head_type("Oblast") == "Place"
    assert "read more" in lex.stopnames


def test_mentions_lexicon_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(DataFileError, match=r"titles\.tsv"):
        load_name_lexicon(str(tmp_path))


def test_mentions_lexicon_bad_head_type_is_a_clear_error(tmp_path):
    for name in ("titles.tsv", "stopnames.tsv"):
        (tmp_path / name).write_text("word\tnote\nx\t\n", encoding="utf-8")
    (tmp_path / "namewords.tsv").write_text("word\ttype\tkind\nparty\tParty\t\n",
                                            encoding="utf-8")
    with pytest.raises(DataFileError, match=r"namewords\.tsv"):
        load_name_lexicon(str(tmp_path))


def test_mentions_custom_lexicon_is_used(parse, gaz):
    lex = NameLexicon(frozenset(), frozenset({"russia"}), {})
    doc = parse("Russia said no.", {"Russia": "ORG"})
    text = doc.text
    # The gazetteer knows Russia: a stop name never removes a gazetteer name.
    assert [m.key for m in find_mentions(doc, Document("d", text), gaz, lexicon=lex)] == [
        "country/RU"]


# ------------------------------------------------------- shared names of institutions


@pytest.mark.parametrize(("text", "ents", "key"), [
    # No country of the party named: the name is a party, but not the US one.
    ("The Democratic Party won in Greece.", {"Democratic Party": "ORG"}, None),
    # The document names its country: linked.
    ("The Democratic Party won in the United States.", {"Democratic Party": "ORG"},
     "org/democratic-party-us"),
    ("The Democrats won in the United States.", {}, "org/democratic-party-us"),
    # A name that says whose it is always links.
    ("The US Democratic Party won in Greece.", {"US Democratic Party": "ORG"},
     "org/democratic-party-us"),
])
def test_mentions_shared_name_links_only_where_its_country_is_named(parse, gaz, text, ents,
                                                                  key):
    found = [(t, ty, k) for t, ty, k in _found(parse(text, ents), gaz)
             if ty == "Organization"]
    assert len(found) == 1 and found[0][2] == key, found


def test_mentions_shared_word_alone_is_not_linked_without_its_country(parse, gaz):
    # "Democrats" alone, no US in sight: neither the US party nor a mention at all.
    assert _found(parse("The Democrats won in Greece."), gaz) == [
        ("Greece", "Country", "country/GR")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "present"), [
    # the US is named, but the Congress is India's (its possessor, before the party noun)
    ("India's main opposition Congress party criticised new U.S. tariffs. Congress leader "
     "Rahul Gandhi said the government had failed.",
     "United States Congress", "Indian National Congress"),
    # the bare name first: one owner for the name in the whole story
    ("Congress leader Rahul Gandhi criticised the new U.S. tariffs on Tuesday. India's "
     "opposition Congress party has long opposed them.",
     "United States Congress", "Indian National Congress"),
])
def test_mentions_shared_name_owned_by_a_state_named_in_its_phrase(nlp, text, absent,
                                                                 present):
    from kgraph.pipeline import extract_documents
    ex, = extract_documents([Document("d", text)], nlp=nlp)
    labels = {e.label: len(e.mentions) for e in ex.entities}
    assert absent not in labels, labels
    assert labels[present] == 2, labels


@pytest.mark.slow
def test_mentions_a_lower_case_party_noun_ends_a_party_name(nlp):
    from kgraph.pipeline import extract_documents
    text = "Supporters of the Bharatiya Janata party rallied in Delhi."
    ex, = extract_documents([Document("d", text)], nlp=nlp)
    party, = [e for e in ex.entities if e.type == "Organization"]
    assert party.label == "Bharatiya Janata Party"
    assert [m.text for m in party.mentions] == ["Bharatiya Janata party"]


@pytest.mark.slow
def test_mentions_an_acronym_joined_to_another_by_a_hyphen_is_not_its_own(nlp):
    from kgraph.pipeline import extract_documents
    ex, = extract_documents([Document(
        "d", "The alliance known as the CSP-DPA attacked Kidal. The US-UK deal was signed.")],
        nlp=nlp)
    labels = {e.label for e in ex.entities}
    assert "Deutsche Presse-Agentur" not in labels  # "DPA" of "CSP-DPA"
    assert {"United States", "United Kingdom"} <= labels  # both known: both names


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), [
    ("Putin met Lukashenko in St. Petersburg on Friday.", "RU"),
    ("The Tampa Bay Rays play in St. Petersburg, Florida.", "US"),
])
def test_mentions_a_city_name_two_states_share_follows_the_story(nlp, text, country):
    found = [m for m in find_mentions(nlp(text), Document("d", text))
             if m.text == "St. Petersburg"]
    assert len(found) == 1 and load_gazetteer().get(found[0].key).country == country


def test_mentions_lexicon_knows_shared_names():
    lex = load_name_lexicon()
    assert lex.is_shared_name("Liberal Democratic Party")
    assert lex.is_shared_name("the Ministry of Defence")
    assert lex.is_shared_name("the Workers' Party")  # Brazil's, Singapore's, ...
    assert lex.is_shared_name("Left Party")  # Germany's, Sweden's, ...
    assert not lex.is_shared_name("Workers' Party of Korea")
    assert not lex.is_shared_name("LDP")
    assert not lex.is_shared_name("Liberal Democratic Party of Japan")


# ------------------------------------------------------ a country inside another name


@pytest.mark.parametrize(("text", "kept"), [
    ("They joined Possible Greece in May.", False),
    ("They fought in Eastern Greece in May.", True),
    ("They arrived in Greece in May.", True),
    ("Greece won.", True),
])
def test_mentions_country_glued_to_another_name_is_no_mention(parse, gaz, text, kept):
    found = _found(parse(text), gaz)
    assert (("Greece", "Country", "country/GR") in found) is kept


def test_mentions_participle_after_a_hyphen_is_not_part_of_the_name(parse, gaz):
    doc = parse("Russia-backed forces moved.", {"Russia": "GPE"})
    assert _found(doc, gaz) == [("Russia", "Country", "country/RU")]


# ------------------------------------------------------------ lone head words


def test_mentions_lone_head_word_is_dropped(parse, gaz):
    assert _found(parse("The Senate voted.", {"Senate": "ORG"}), gaz) == []


def test_mentions_head_word_short_for_a_longer_name_stays(parse, gaz):
    text = "The European Commission met. The Commission agreed."
    found = _found(parse(text, {"European Commission": "ORG", ("Commission", 2): "ORG"}), gaz)
    assert [t for t, _, _ in found] == ["European Commission", "Commission"]


# ------------------------------------------------ things that are not actors (rule 6)


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # A ship prefix before a name.
    ("HMS Ardent sank near Russia.", {"HMS Ardent": "ORG"}, ["Russia"]),
    # An award joined by a hyphen to "nominated", "winning".
    ("Oscar-nominated Ivan Petrov visited Russia.",
     {"Oscar": "PERSON", "Ivan Petrov": "PERSON"}, ["Ivan Petrov", "Russia"]),
    # A head word of type Misc ends the name.
    ("He won the Distinguished Service Medal in Russia.",
     {"Distinguished Service Medal": "ORG"}, ["Russia"]),
    ("He won an Emmy Award in Russia.", {"Award": "PERSON"}, ["Russia"]),
])
def test_mentions_cued_things_are_not_actors(parse, gaz, text, ents, expected):
    assert [t for t, _, _ in _found(parse(text, ents), gaz)] == expected


def test_mentions_event_named_by_its_first_word_holds_the_place(parse, gaz):
    doc = parse("The Battle of Kursk began.", propn=("Kursk",))
    assert _found(doc, gaz) == [("Battle of Kursk", "Event", None)]


def test_mentions_shipped_lexicon_has_cues_and_misc_heads():
    lex = load_name_lexicon()
    assert lex.cue("film") == "work" and lex.cue("missiles") == "product"
    assert lex.cue("frigate") == "vessel" and lex.cue("HMS") == "prefix"
    assert lex.cue("Film") is None  # cue nouns count in lower case only
    assert lex.head_type("Prize") == "Misc" and lex.head_type("Battle") == "Event"


def test_mentions_lexicon_bad_cue_kind_is_a_clear_error(tmp_path):
    for name in ("titles.tsv", "stopnames.tsv"):
        (tmp_path / name).write_text("word\tnote\nx\t\n", encoding="utf-8")
    (tmp_path / "namewords.tsv").write_text("word\ttype\tkind\nparty\tOrganization\t\n",
                                            encoding="utf-8")
    (tmp_path / "miscwords.tsv").write_text("word\tcue\tnote\nfilm\tmovie\t\n",
                                            encoding="utf-8")
    with pytest.raises(DataFileError, match=r"miscwords\.tsv"):
        load_name_lexicon(str(tmp_path))


# The real model: sentences of news about weapons, films and prizes. Each lists the names
# that must not become actors or places, and those that must stay.
_NOT_ACTORS = [
    ("The frigate Admiral Makarov sailed from Sevastopol on Monday.",
     ["Makarov"], ["Sevastopol"]),
    ("Ukraine received Patriot missiles and HIMARS launchers from the United States.",
     ["Patriot", "HIMARS"], ["Ukraine", "United States"]),
    ("Iran supplied Shahed drones to Russia, officials in Kyiv said.",
     ["Shahed"], ["Iran", "Russia", "Kyiv"]),
    ("Kyiv asked Washington for more Abrams tanks.", ["Abrams"], ["Kyiv", "Washington"]),
    ("The cruiser Moskva sank after Ukraine struck it with Neptune missiles.",
     ["Moskva", "Neptune"], ["Ukraine"]),
    ("Christopher Nolan directed the film Oppenheimer, which won seven Oscars.",
     ["Oppenheimer"], ["Christopher Nolan"]),
    ("She won the Nobel Peace Prize in 2021 for her work in the Philippines.",
     ["Nobel Peace Prize", "Nobel"], ["Philippines"]),
    ("He earned an MBA from Harvard University in 1998.", ["MBA"], ["Harvard University"]),
    ("Aselsan builds guided missiles such as Cirit and UMTAS for the Turkish army.",
     ["Cirit", "UMTAS"], []),
    ("Velocifero is the fourth studio album by Ladytron.", ["Velocifero"], []),
    ('The band released the single " Lose Control " in Finland.', ["Lose Control"],
     ["Finland"]),
    ("The war was ended by the Treaty of The Hague in 1720.", ["The Hague", "Hague"], []),
    # A known name after a work noun is no title: the subject of a clause.
    ("The West fears the nuclear program Tehran defends so fiercely.", [], ["Tehran"]),
    # A span of titles alone names no one.
    ("Lieutenant Governor Boyd Rutherford spoke in Maryland.", ["Lieutenant Governor"],
     ["Maryland"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "present"), _NOT_ACTORS)
def test_mentions_works_products_vessels_and_prizes_are_not_actors(nlp, text, absent,
                                                                  present):
    found = {m.text for m in find_mentions(nlp(text), Document("d", text))
             if m.type in ("Person", "Organization", "Place", "Country")}
    assert not found & set(absent), found
    assert set(present) <= found, found


@pytest.mark.parametrize(("text", "ents", "absent", "present"), [
    ("Kursk (Russian: Курск, IPA: [ˈkursk]) is a city.", {"IPA": "ORG"}, "IPA", "Kursk"),
    ("It covers an eighth of the Earth's land, Russia says.", {"Earth": "LOC"}, "Earth",
     "Russia"),
])
def test_mentions_transcription_labels_and_planets_are_no_places(parse, gaz, text, ents,
                                                                absent, present):
    found = [t for t, _, _ in _found(parse(text, ents, propn=("Kursk",)), gaz)]
    assert absent not in found and present in found, found


def test_mentions_name_ending_in_a_misc_word_holds_the_country(parse, gaz):
    doc = parse("It reached number one on the Greece Singles Chart in May.",
                {"Greece": "GPE"})
    assert _found(doc, gaz) == []


def test_mentions_linked_name_keeps_its_reading_where_ner_differs(parse, gaz):
    doc = parse("The attack in Nice shocked France. Nice was calm.",
                {"Nice": "GPE", ("Nice", 2): "PERSON"}, propn=("Nice",))
    assert [m for m in _found(doc, gaz) if m[0] == "Nice"] == [
        ("Nice", "Place", "place/geonames-2990440")] * 2


def test_mentions_full_name_of_a_lone_person_is_a_person(parse, gaz):
    doc = parse("Andry Rajoelina took power. Rajoelina spoke.",
                {"Andry Rajoelina": "ORG", ("Rajoelina", 2): "PERSON"})
    found = _found(doc, gaz)
    assert found[0] == ("Andry Rajoelina", "Person", None)


def test_mentions_unknown_names_before_an_area_noun_are_places(parse, gaz):
    doc = parse("A stand-off in the Depsang and Demchok areas ended. The Smith administration "
                "spoke.", {"Depsang": "PERSON", "Demchok": "PERSON", "Smith": "PERSON"},
                propn=("Depsang", "Demchok", "Smith"))
    found = {m[0]: m[1] for m in _found(doc, gaz)}
    assert found["Depsang"] == found["Demchok"] == "Place", found
    assert found["Smith"] == "Person", found


@pytest.mark.parametrize("date", ["Oct 9", "Sept. 12", "March 3"])
def test_mentions_a_date_ner_took_for_a_name_is_no_mention(parse, gaz, date):
    doc = parse(f"ANKARA, {date} - Turkey hosted the talks.", {date: "PERSON"})
    assert not [m for m in _found(doc, gaz) if m[0].startswith(date.split()[0])]


def test_mentions_lone_first_name_is_the_one_person_who_has_it(parse, gaz):
    doc = parse("Prime Minister Abiy Ahmed arrived in Asmara. Abiy and Isaias Afwerki met. "
                "Isaias welcomed Abiy.",
                {"Abiy Ahmed": "PERSON", "Isaias Afwerki": "PERSON"},
                propn=("Abiy", "Isaias", "Asmara"))
    names = [m[0] for m in _found(doc, gaz) if m[1] == "Person"]
    assert names.count("Abiy") == 2 and names.count("Isaias") == 1, names


def test_mentions_lone_first_name_shared_by_two_people_is_no_one(parse, gaz):
    doc = parse("Abiy Ahmed met Abiy Mersha. Abiy spoke.",
                {"Abiy Ahmed": "PERSON", "Abiy Mersha": "PERSON"}, propn=("Abiy",))
    names = [m[0] for m in _found(doc, gaz) if m[1] == "Person"]
    assert "Abiy" not in names, names


# ------------------------------------------------------------------ address chains


@pytest.fixture(scope="module")
def chain_gaz() -> Gazetteer:
    """Same-name places in several countries and regions, for "A, B" address chains."""
    return Gazetteer([
        GazetteerEntry("country/US", "Country", "United States"),
        GazetteerEntry("country/IE", "Country", "Ireland"),
        GazetteerEntry("country/CA", "Country", "Canada"),
        GazetteerEntry("country/GE", "Country", "Georgia", population=3_700_000),
        GazetteerEntry("country/VE", "Country", "Venezuela"),
        GazetteerEntry("country/CO", "Country", "Colombia"),
        GazetteerEntry("place/US-DE", "Place", "Delaware", kind="Region", country="US",
                       parent="country/US"),
        GazetteerEntry("place/US-NC", "Place", "North Carolina", kind="Region", country="US",
                       parent="country/US"),
        GazetteerEntry("place/US-OH", "Place", "Ohio", kind="Region", country="US",
                       parent="country/US"),
        GazetteerEntry("place/US-GA", "Place", "Georgia", kind="Region", country="US",
                       parent="country/US"),
        GazetteerEntry("place/US-NY", "Place", "New York State", kind="Region",
                       country="US", parent="country/US"),
        GazetteerEntry("place/US-WA", "Place", "Washington State", kind="Region",
                       country="US", parent="country/US"),
        GazetteerEntry("place/US-DC", "Place", "District of Columbia", kind="Region",
                       country="US", parent="country/US"),
        GazetteerEntry("place/US-NJ", "Place", "New Jersey", kind="Region", country="US",
                       parent="country/US"),
        GazetteerEntry("place/CA-NB", "Place", "New Brunswick", kind="Region",
                       country="CA", parent="country/CA"),
        GazetteerEntry("place/VE-F", "Place", "Bolívar", kind="Region", country="VE",
                       parent="country/VE"),
        GazetteerEntry("place/CO-BOL", "Place", "Bolívar", kind="Region", country="CO",
                       parent="country/CO"),
        GazetteerEntry("place/geonames-1", "Place", "Wilmington", kind="City", country="US",
                       parent="place/US-NC", population=115_933),
        GazetteerEntry("place/geonames-2", "Place", "Wilmington", kind="City", country="US",
                       parent="place/US-DE", population=70_898),
        GazetteerEntry("place/geonames-3", "Place", "Dublin", kind="City", country="IE",
                       population=1_024_027, flags=("capital",)),
        GazetteerEntry("place/geonames-4", "Place", "New York City", kind="City",
                       aliases=("New York",), country="US", parent="place/US-NY",
                       population=8_804_190),
        GazetteerEntry("place/geonames-5", "Place", "Washington", kind="City", country="US",
                       parent="place/US-DC", population=689_545, flags=("capital",)),
        GazetteerEntry("place/geonames-6", "Place", "Spokane Valley", kind="City",
                       country="US", parent="place/US-WA", population=102_976),
        GazetteerEntry("place/geonames-7", "Place", "New Brunswick", kind="City",
                       country="US", parent="place/US-NJ", population=57_035),
        GazetteerEntry("place/geonames-8", "Place", "Atlanta", kind="City", country="US",
                       parent="place/US-GA", population=463_878),
        GazetteerEntry("place/geonames-9", "Place", "Guri", kind="City", country="KR",
                       population=195_236),
        GazetteerEntry("place/geonames-13", "Place", "Tbilisi", kind="City", country="GE",
                       population=1_049_498, flags=("capital",)),
        GazetteerEntry("place/geonames-10", "Place", "Kharkiv", kind="City", country="UA",
                       parent="place/UA-63", population=1_430_885),
        GazetteerEntry("place/UA-63", "Place", "Kharkiv Oblast", kind="Region", country="UA"),
        GazetteerEntry("place/geonames-11", "Place", "Izium", kind="City", country="UA",
                       parent="place/UA-63", population=45_000),
        GazetteerEntry("place/geonames-12", "Place", "Odesa", kind="City", country="UA",
                       population=1_000_000),
    ])


@pytest.fixture
def parse_chain(blank, chain_gaz):
    """Parse with the chain gazetteer; every capitalised word is a proper noun, each
    word in ``nouns`` a noun and each name in ``gpe`` an NER GPE entity."""
    matcher = GazetteerMatcher(blank, chain_gaz)

    def _parse(text: str, gpe: tuple[str, ...], nouns: tuple[str, ...] = ()):
        doc = blank(text)
        for tok in doc:
            if tok.text[:1].isupper():
                tok.tag_, tok.pos_ = "NNP", "PROPN"
            elif tok.text in nouns:
                tok.tag_, tok.pos_ = "NN", "NOUN"
        spans = []
        at = 0
        for name in gpe:
            at = text.index(name, at)
            span = doc.char_span(at, at + len(name))
            assert span is not None, name
            spans.append(Span(doc, span.start, span.end, label="GPE"))
            at += len(name)
        doc.ents = spans
        return _found(matcher(doc), chain_gaz)

    return _parse


@pytest.mark.parametrize(("text", "gpe", "expected"), [
    # A is the same-name place that lies in B.
    ("He died in Wilmington, Delaware.", ("Wilmington", "Delaware"),
     {"Wilmington": "place/geonames-2", "Delaware": "place/US-DE"}),
    ("He left North Carolina for Wilmington, Delaware.",
     ("North Carolina", "Wilmington", "Delaware"), {"Wilmington": "place/geonames-2"}),
    ("He died in Wilmington (Delaware).", ("Wilmington", "Delaware"),
     {"Wilmington": "place/geonames-2"}),
    ("He died in Wilmington in Delaware.", ("Wilmington", "Delaware"),
     {"Wilmington": "place/geonames-2"}),
    # B is read as the container of A, not the country or city of the same name.
    ("She flew to Atlanta, Georgia.", ("Atlanta", "Georgia"),
     {"Atlanta": "place/geonames-8", "Georgia": "place/US-GA"}),
    ("He lives in Spokane Valley, Washington.", ("Spokane Valley", "Washington"),
     {"Washington": "place/US-WA"}),
    # An unknown A: B is still the container ("New York State", the province).
    ("He is buried in Troy, New York.", ("Troy", "New York"),
     {"Troy": None, "New York": "place/US-NY"}),
    ("A label based in Sackville, New Brunswick, Canada.",
     ("Sackville", "New Brunswick", "Canada"), {"New Brunswick": "place/CA-NB"}),
    # A known name with no reading in B is a place the gazetteer does not know.
    ("The dam is near Dublin, Ohio, United States.", ("Dublin", "Ohio", "United States"),
     {"Dublin": None, "Ohio": "place/US-OH"}),
    ("It was sited in Guri, Bolívar, Venezuela.", ("Guri", "Bolívar", "Venezuela"),
     {"Guri": None, "Bolívar": "place/VE-F"}),
])
def test_mentions_address_chain_reads_a_inside_b(parse_chain, text, gpe, expected):
    found = {t: key for t, _ty, key in parse_chain(text, gpe)}
    for name, key in expected.items():
        assert found[name] == key, found


@pytest.mark.parametrize(("text", "gpe", "expected", "nouns"), [
    # Lists are no chains: the city stays a city, no place is unlinked.
    ("Troops hit Izium, Kharkiv and Odesa.", ("Izium", "Kharkiv", "Odesa"),
     {"Kharkiv": "place/geonames-10", "Izium": "place/geonames-11"}, ()),
    ("Strikes hit Dublin, Delaware, Ohio and Georgia.",
     ("Dublin", "Delaware", "Ohio", "Georgia"), {"Dublin": "place/geonames-3"}, ()),
    # B followed by a noun is a modifier, not a container.
    ("He studied in Dublin, Ohio native Ann Lee's school.", ("Dublin", "Ohio"),
     {"Dublin": "place/geonames-3"}, ("native",)),
    # New York alone is the city; only after a place and a comma is it the state.
    ("Troy, New York is small. New York is big.", ("Troy", "New York", "New York"),
     {"New York": "place/geonames-4"}, ()),
])
def test_mentions_address_chain_needs_an_address(parse_chain, text, gpe, expected, nouns):
    found = parse_chain(text, gpe, nouns)
    last = {t: key for t, _ty, key in found}
    for name, key in expected.items():
        assert last[name] == key, found


def test_mentions_address_chain_reading_holds_in_the_whole_document(parse_chain):
    found = parse_chain("He moved to Wilmington, Delaware. Wilmington grew.",
                        ("Wilmington", "Delaware", "Wilmington"))
    assert [k for t, _, k in found if t == "Wilmington"] == ["place/geonames-2"] * 2
    found = parse_chain("The dam is near Dublin, Ohio. Dublin grew.",
                        ("Dublin", "Ohio", "Dublin"))
    assert [k for t, _, k in found if t == "Dublin"] == [None, None]


def test_mentions_region_named_elsewhere_picks_the_city_in_it(parse_chain):
    found = parse_chain("Delaware voted. The mayor of Wilmington spoke.",
                        ("Delaware", "Wilmington"))
    assert ("Wilmington", "Place", "place/geonames-2") in found
    found = parse_chain("The mayor of Wilmington spoke.", ("Wilmington",))
    assert ("Wilmington", "Place", "place/geonames-1") in found


# ------------------------------------------------------ cue words before a name


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # A place noun makes the name after it a Place, known or not, whatever NER said.
    ("Troops took the town of Avdiivka.", {"Avdiivka": "ORG"}, ("Avdiivka", "Place", None)),
    ("They left the village of Krasnyi Yar.", {}, ("Krasnyi Yar", "Place", None)),
    ("They shelled the village Robotyne.", {"Robotyne": "PERSON"},
     ("Robotyne", "Place", None)),
    # Its kind picks the reading of a name the gazetteer knows as a city and a region.
    ("Shelling hit the region of Kursk.", {"Kursk": "GPE"},
     ("Kursk", "Place", "place/RU-KRS")),
    ("Shelling hit the city of Kursk.", {"Kursk": "PERSON"},
     ("Kursk", "Place", "place/geonames-538560")),
    # A title that alone names an office makes the name after it a person's.
    ("Ambassador Nebenzia spoke.", {"Nebenzia": "GPE"}, ("Nebenzia", "Person", None)),
    ("They met Senator Davis.", {"Davis": "GPE"}, ("Davis", "Person", None)),
])
def test_mentions_words_before_a_name_type_it(parse, gaz, text, ents, expected):
    assert expected in _found(parse(text, ents), gaz)


def test_mentions_places_listed_after_a_plural_place_noun(parse, gaz):
    text = "The towns Durán, Samborondón, and Guayaquil are linked."
    found = _found(parse(text, {"Samborondón": "PERSON"}), gaz)
    assert [(t, ty) for t, ty, _ in found] == [
        ("Durán", "Place"), ("Samborondón", "Place"), ("Guayaquil", "Place")]


@pytest.mark.parametrize(("text", "ents", "name", "etype"), [
    # A place noun with another everyday sense needs a name the gazetteer knows.
    ("He wrote on the state of Acme Holdings.", {"Acme Holdings": "ORG"}, "Acme Holdings",
     "Organization"),
    # A title that only qualifies another says nothing alone.
    ("It was Vice Nebenzia.", {"Nebenzia": "GPE"}, "Nebenzia", "Place"),
    # A known place after a lower-case title stays the place.
    ("The envoy Davis named was late.", {"Davis": "GPE"}, "Davis", "Place"),
])
def test_mentions_cue_words_that_do_not_decide(parse, gaz, text, ents, name, etype):
    assert [ty for t, ty, _ in _found(parse(text, ents), gaz) if t == name] == [etype]


@pytest.mark.parametrize(("text", "ents", "orgs"), [
    ("The opposition parties Musavat and Yabloko protested.",
     {"Musavat": "PERSON", "Yabloko": "PERSON"}, ["Musavat", "Yabloko"]),
    ("Parties such as Ecolo and Groen won.", {"Ecolo": "PERSON"}, ["Ecolo", "Groen"]),
    ("The Likud and Shas parties agreed.", {"Likud": "PERSON", "Shas": "PERSON"},
     ["Likud", "Shas"]),
    ("Labor formed an alliance with Gesher and Meimad.",
     {"Gesher": "PERSON", "Meimad": "PERSON"}, ["Gesher", "Meimad"]),
])
def test_mentions_names_listed_with_an_organisation_noun_are_organisations(parse, gaz, text,
                                                                         ents, orgs):
    found = _found(parse(text, ents), gaz)
    assert [t for t, ty, _ in found if ty == "Organization"] == orgs, found


def test_mentions_person_named_in_full_stays_a_person_after_alliance_with(parse, gaz):
    text = "Ivan Petrov won. Labor formed an alliance with Petrov."
    found = _found(parse(text, {"Ivan Petrov": "PERSON", ("Petrov", 2): "PERSON"}), gaz)
    assert ("Petrov", "Person", None) in found


def test_mentions_plural_name_after_the_is_a_group(parse, gaz):
    doc = parse("Diana Ross and the Supremes sang.",
                {"Diana Ross": "PERSON", "Supremes": "PERSON"})
    next(t for t in doc if t.text == "Supremes").tag_ = "NNPS"
    assert _found(doc, gaz) == [("Diana Ross", "Person", None),
                                ("Supremes", "Organization", None)]


@pytest.fixture(scope="module")
def party_gaz() -> Gazetteer:
    return Gazetteer([
        GazetteerEntry("org/csu", "Organization", "Christian Social Union in Bavaria",
                       kind="PoliticalParty", aliases=("CSU",), country="DE"),
        GazetteerEntry("org/cdu", "Organization", "Christian Democratic Union",
                       kind="PoliticalParty",
                       aliases=("Christian Democratic Union of Germany",), country="DE"),
        GazetteerEntry("place/DE-BY", "Place", "Bavaria", kind="Region", country="DE"),
    ])


@pytest.mark.parametrize(("text", "ents", "expected"), [
    # A known party name holding "in <Place>" stays whole against NER's ORG + GPE.
    ("Money went to Christian Social Union in Bavaria chairman Strauss.",
     {"Christian Social Union": "ORG", "Bavaria": "GPE"},
     [("Christian Social Union in Bavaria", "org/csu")]),
    # NER's ORG ran two names together; the known one crossing its end splits it.
    ("Merkel led the Christian Democratic Union of Germany / Christian Social Union in "
     "Bavaria.",
     {"Christian Democratic Union of Germany / Christian Social Union": "ORG",
      "Bavaria": "GPE"},
     [("Christian Democratic Union of Germany", "org/cdu"),
      ("Christian Social Union in Bavaria", "org/csu")]),
])
def test_mentions_known_name_with_in_place_stays_whole(blank, party_gaz, text, ents,
                                                       expected):
    doc = blank(text)
    spans = []
    for sub, label in ents.items():
        at = text.index(sub)
        sp = doc.char_span(at, at + len(sub))
        spans.append(Span(doc, sp.start, sp.end, label=label))
    doc.ents = spans
    doc = GazetteerMatcher(blank, party_gaz)(doc)
    found = [(t, k) for t, _ty, k in _found(doc, party_gaz)]
    assert found == expected


@pytest.mark.parametrize(("text", "ner", "name"), [
    ("Anatoly Borisovich Chubais (born 1955) is a politician.", "Borisovich Chubais",
     "Anatoly Borisovich Chubais"),
    ("Gen. Petrovich Lyapunov rode out.", "Petrovich Lyapunov", "Petrovich Lyapunov"),
    ("The Russian Petrovich Lyapunov rode out.", "Petrovich Lyapunov", "Petrovich Lyapunov"),
])
def test_mentions_a_patronymic_takes_the_given_name_before_it(parse, gaz, text, ner, name):
    found = _found(parse(text, {ner: "PERSON"}), gaz)
    assert (name, "Person", None) in found, found


@pytest.mark.parametrize(("text", "ents", "propn", "name"), [
    ("Editors such as Raymond Burgard, Émile Coornaert, Suzanne Feingold wrote.",
     {"Raymond Burgard": "PERSON", "Coornaert": "PERSON", "Suzanne Feingold": "PERSON"},
     ("Émile",), "Émile Coornaert"),
    # A known name before the surname is no given name.
    ("In Kursk, Lyapunov said no.", {"Lyapunov": "PERSON"}, ("Kursk",), "Lyapunov"),
    # Nor is a word the tagger does not call a proper noun.
    ("Tired, Lyapunov said no.", {"Lyapunov": "PERSON"}, (), "Lyapunov"),
])
def test_mentions_listed_surname_takes_its_given_name(parse, gaz, text, ents, propn, name):
    found = _found(parse(text, ents, propn=propn), gaz)
    assert (name, "Person", None) in found, found


def test_mentions_name_ending_in_a_road_word_is_a_place(parse, gaz):
    doc = parse("Wayne Gretzky Drive is a freeway named after Wayne Gretzky.",
                {"Wayne Gretzky Drive": "PERSON", ("Wayne Gretzky", 2): "PERSON"})
    assert [(t, ty) for t, ty, _ in _found(doc, gaz)] == [
        ("Wayne Gretzky Drive", "Place"), ("Wayne Gretzky", "Person")]


def test_mentions_name_ending_in_a_facility_word_is_a_place_not_an_event(parse, gaz):
    doc = parse("Troops landed at Toussaint Louverture International Airport today.",
                {"Toussaint Louverture International Airport": "EVENT"})
    assert [(t, ty) for t, ty, _ in _found(doc, gaz)] == [
        ("Toussaint Louverture International Airport", "Place")]


def test_mentions_name_before_a_desert_is_a_place(parse, gaz):
    doc = parse("A girl was hurt in the Negev desert.", {"Negev": "ORG"})
    assert [(t, ty) for t, ty, _ in _found(doc, gaz)] == [("Negev", "Place")]


@pytest.mark.slow
def test_mentions_a_district_named_before_its_noun_is_not_the_city_after_of(nlp):
    # "the Barzeh district of Damascus": Damascus is the city, Barzeh the district; but
    # "the California town of Ojai" is the town Ojai
    assert _mention_types(nlp, "Missiles hit a centre in the Barzeh district of Damascus.")[
        "Damascus"] == "Place"
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", "Missiles hit the Barzeh district of Damascus.")],
                              nlp=nlp)
    assert next(e for e in ex.entities if e.label.startswith("Damascus")).kind == "City"
    assert _mention_types(nlp, "The school is in the California town of Ojai.")[
        "Ojai"] == "Place"


@pytest.mark.slow
def test_mentions_a_site_named_after_a_town_is_not_the_town(nlp):
    from kgraph.pipeline import extract_documents

    text = ("Zaporizhzhia nuclear plant shelled\n\nInspectors reached the Zaporizhzhia nuclear "
            "power plant on Thursday. Iran fired missiles at the Ain al-Asad air base.")
    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    plant = [e for e in ex.entities if e.label.startswith("Zaporizhzhia")]
    # one site, named twice, and no town of Zaporizhzhia
    assert [(e.type, e.kind, len(e.mentions)) for e in plant] == [("Place", "Facility", 2)]
    # a name the gazetteer does not know names the site by itself
    assert any(e.label == "Ain al-Asad" for e in ex.entities)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("A Chinese ship rammed a boat near the Second Thomas Shoal on Monday.",
     {"Second Thomas Shoal": "Place"}),
    # ... and so a site ending in a head word of a facility
    ("Kim travelled by armoured train to the Vostochny Cosmodrome on Tuesday.",
     {"Vostochny Cosmodrome": "Place"}),
    # not a word of a longer name, nor of a title in quotes
    ("He criticised the handling of the Meech Lake Accord.", {}),
    ('The band sang " Ain\'t No Mountain High Enough " in 1981.', {}),
])
def test_mentions_a_natural_feature_or_site_ner_missed_is_a_place(nlp, text, expected):
    found = {w: t for w, t in _mention_types(nlp, text).items() if w in expected or
             w.endswith(("Shoal", "Lake", "Mountain", "Cosmodrome"))}
    assert found == expected


@pytest.mark.slow
def test_mentions_a_states_own_council_is_not_the_un_one(nlp):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", "Dmitry Medvedev, deputy chairman of Russia's "
                                             "Security Council, threatened Kyiv.")], nlp=nlp)
    council = next(e for e in ex.entities if "Security Council" in e.label)
    assert council.label == "Security Council" and "united-nations" not in council.iri
    (ex,) = extract_documents([Document("t", "The U.N. Security Council met.")], nlp=nlp)
    assert [e.label for e in ex.entities] == ["United Nations Security Council"]


@pytest.mark.slow
def test_mentions_a_person_in_a_place_in_a_place_is_a_place(nlp):
    types = _mention_types(nlp, "Ukraine struck a Russian air base in Saky in western Crimea.")
    assert types["Saky"] == "Place"
    assert _mention_types(nlp, "He met President Smith in Kyiv.")["Smith"] == "Person"


@pytest.mark.parametrize(("text", "ents", "name"), [
    # a lower-case noun of what kind of body it is is not part of the name ...
    ("Farage leads the right-wing Reform UK party.", {"Reform UK party": "ORG"}, "Reform UK"),
    ("The CDU/CSU bloc governs with the SPD.", {"CDU/CSU bloc": "ORG"}, "CDU/CSU"),
    # ... but is where the name runs on with "of"
    ("He led the Federal Secretariats of the Liberal party.",
     {"Federal Secretariats of the Liberal party": "ORG"},
     "Federal Secretariats of the Liberal party"),
])
def test_mentions_a_group_noun_after_an_organisation_is_no_part_of_it(parse, gaz, text, ents,
                                                                       name):
    assert name in [t for t, _ty, _ in _found(parse(text, ents), gaz)]


@pytest.mark.slow
def test_mentions_a_missile_battery_is_a_product(nlp):
    types = _mention_types(nlp, "The United States sends a Patriot battery to Israel.")
    assert set(types) == {"United States", "Israel"}


def test_mentions_a_faith_is_no_actor(parse, gaz):
    doc = parse("Milei spoke of his admiration for Israel and for Judaism.",
                {"Judaism": "PERSON"})
    assert "Judaism" not in [t for t, _ty, _ in _found(doc, gaz)]


def test_mentions_a_ship_class_is_no_place(parse, gaz):
    doc = parse("Australia will buy Virginia-class nuclear-powered submarines.",
                {"Australia": "GPE", "Virginia-class": "GPE"})
    assert [(t, ty) for t, ty, _ in _found(doc, gaz)] == [("Australia", "Country")]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("It was written for Pope Paul VI in 1975.", {"Pope Paul VI": "ORG"},
     [("Paul VI", "Person", None)]),
    ("Orders came from King Louis XIV at once.", {"King Louis XIV": "GPE"},
     [("Louis XIV", "Person", None)]),
    # A title word that starts a company's name leaves it alone.
    ("He joined General Motors in 1990.", {"General Motors": "ORG"},
     [("General Motors", "Organization", None)]),
])
def test_mentions_title_inside_an_organisation_makes_a_person(parse, gaz, text, ents,
                                                              expected):
    assert _found(parse(text, ents), gaz) == expected


def test_mentions_lexicon_reads_person_titles_and_place_nouns():
    lex = load_name_lexicon()
    assert lex.is_person_title("Ambassador") and not lex.is_person_title("Vice")
    assert lex.place_noun("villages") == "City" and lex.place_noun("region") == "Region"
    assert lex.needs_known_place("state") and not lex.needs_known_place("town")
    assert lex.kind_noun("politicians") == "Person" and lex.kind_noun("company") == "Organization"
    assert lex.kind_noun("member") is None


@pytest.mark.parametrize(("name", "table"), [
    ("placenouns.tsv", "word\tkind\nhamlet\tVillage\n"),
    ("kindnouns.tsv", "word\ttype\nlawyer\tPeople\n"),
])
def test_mentions_lexicon_bad_noun_kind_is_a_clear_error(tmp_path, name, table):
    for base in ("titles.tsv", "stopnames.tsv"):
        (tmp_path / base).write_text("word\tnote\nx\t\n", encoding="utf-8")
    (tmp_path / "namewords.tsv").write_text("word\ttype\tkind\nparty\tOrganization\t\n",
                                            encoding="utf-8")
    (tmp_path / name).write_text(table, encoding="utf-8")
    with pytest.raises(DataFileError, match=name.replace(".", r"\.")):
        load_name_lexicon(str(tmp_path))


_CONTEXT_CASES = [
    ("He was born in Wilmington, Delaware, in 1850.", "Wilmington", "Place",
     "place/geonames-4145381"),
    ("The dam is near Dublin, Ohio, United States.", "Dublin", "Place", None),
    ("She lives in Spokane Valley, Washington.", "Washington", "Place", "place/US-WA"),
    ("A label based in Sackville, New Brunswick, Canada.", "New Brunswick", "Place",
     "place/CA-NB"),
    ("Shelling hit the region of Kherson overnight.", "Kherson", "Place", "place/UA-65"),
    ("Russia's Ambassador Nebenzia said Moscow would respond.", "Nebenzia", "Person", None),
    ("Gen. Syrskyi visited the village of Staromaiorske.", "Staromaiorske", "Place", None),
    ("Merkel led the Christian Democratic Union of Germany / Christian Social Union in "
     "Bavaria.", "Christian Social Union in Bavaria", "Organization", "org/csu"),
    ("Labor formed an alliance with Gesher and Meimad.", "Meimad", "Organization", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "etype", "key"), _CONTEXT_CASES)
def test_mentions_context_decides_type_and_reading_with_the_model(nlp, text, name, etype,
                                                                   key):
    found = [(m.type, m.key) for m in find_mentions(nlp(text), Document("d", text))
             if m.text == name]
    assert found == [(etype, key)]


def test_mentions_address_chains_in_one_document_read_each_pair(parse_chain):
    found = parse_chain("Protests hit Tbilisi, Georgia, and then Atlanta, Georgia.",
                        ("Tbilisi", "Georgia", "Atlanta", "Georgia"))
    assert [k for t, _, k in found if t == "Georgia"] == ["country/GE", "place/US-GA"]


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("Secretary of State Ivan Petrov spoke.", {"State": "ORG", "Ivan Petrov": "PERSON"},
     [("Ivan Petrov", "Person", None)]),
    ("The Chairman of the Board resigned.", {"Board": "ORG"}, []),
    # An acronym after a title and "of" is a name.
    ("He was Speaker of the ICM in 1966.", {"ICM": "ORG"}, [("ICM", "Organization", None)]),
    # A minister's portfolio is no body
    ("She was Minister for Social Protection until 2016.", {"Social Protection": "ORG"}, []),
    ("The Secretary of State for Foreign Affairs spoke.",
     {"State for Foreign Affairs": "ORG"}, []),
    # ... but a spokesman speaks for a body
    ("The Spokesman for Social Protection spoke.", {"Social Protection": "ORG"},
     [("Social Protection", "Organization", None)]),
])
def test_mentions_word_after_a_title_and_of_is_part_of_the_title(parse, gaz, text, ents,
                                                                  expected):
    assert _found(parse(text, ents), gaz) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names"), [
    ("Iran's Supreme Leader Ayatollah Ali Khamenei vowed revenge. Ayatollah Khamenei spoke.",
     ["Ali Khamenei", "Khamenei"]),
    ("Crown Prince Mohammed bin Salman met Sir Keir Starmer in Riyadh.",
     ["Mohammed bin Salman", "Keir Starmer"]),
])
def test_mentions_honorifics_are_not_part_of_known_names(nlp, text, names):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    people = [text[m.start:m.end] for e in ex.entities if e.type == "Person" for m in e.mentions]
    assert people == names


@pytest.mark.slow
@pytest.mark.parametrize(("text", "places"), [
    # the tagger calls an unknown word opening a sentence a noun: a city is still a city
    ("Kharkiv in eastern Ukraine was shelled.", ["Kharkiv", "Ukraine"]),
    # but a place named by an everyday word is not read there
    ("Nice weather returned to the coast.", []),
])
def test_mentions_place_opening_a_sentence(nlp, text, places):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    found = [text[m.start:m.end] for e in ex.entities if e.type in ("Place", "Country")
             for m in e.mentions]
    assert found == places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "key"), [
    # leaders who left office long ago are people the gazetteer knows, in full or by a
    # surname only they bear, whatever NER makes of them (it took Petraeus for a place)
    ("Rumsfeld and Petraeus discussed the surge.", "Petraeus", "person/david-petraeus"),
    ("Mobutu fled Kinshasa as rebels advanced.", "Mobutu", "person/mobutu-sese-seko"),
    ("Milosevic met Holbrooke before the talks in Dayton.", "Holbrooke",
     "person/richard-holbrooke"),
    ("Prime Minister Yitzhak Rabin shook hands with Yasser Arafat.", "Yasser Arafat",
     "person/yasser-arafat"),
])
def test_mentions_historical_leaders_are_known_people(nlp, text, name, key):
    found = [(m.type, m.key) for m in find_mentions(nlp(text), Document("d", text))
             if m.text == name]
    assert found == [("Person", key)]


def _mention_types(nlp, text: str) -> dict[str, str]:
    """The entity type of every mention of ``text``, by its words."""
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    return {text[m.start:m.end]: e.type for e in ex.entities for m in e.mentions}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "etype"), [
    # what the text says a name is decides its type: NER called Crupet an organisation
    ("Crupet is a village in Wallonia, Belgium.", "Crupet", "Place"),
    # and missed Alexeni altogether
    ("Alexeni is a commune in Ialomița County, Romania.", "Alexeni", "Place"),
    # a known organisation stays one
    ("NATO is a military alliance of 32 countries.", "NATO", "Organization"),
    # NER called each of these people an organisation
    ("Ngoako Ramatlhodi, a veteran politician, said the vote was fair.",
     "Ngoako Ramatlhodi", "Person"),
    ("Ngoako Ramatlhodi was a senior member of the African National Congress and a lawyer.",
     "Ngoako Ramatlhodi", "Person"),
    ("Leone Marucci (born March 28, 1973) is a film director.", "Leone Marucci", "Person"),
    # a capitalised title after "was" says it too
    ("Ngoako Ramatlhodi was South Africa's Minister of Public Service from 2015 to 2017.",
     "Ngoako Ramatlhodi", "Person"),
    ("Anthony Maitland Steel (21 May 1920 – 21 March 2001) was an English actor.",
     "Anthony Maitland Steel", "Person"),
    # and these organisations a person
    ("As of 2017, Dix is a member of Refuse Fascism, an organization founded in 2016.",
     "Refuse Fascism", "Organization"),
    ("Fyllingen Fotball was a Norwegian football club.", "Fyllingen Fotball", "Organization"),
    # a body led by a person, and the person who leads it
    ("The opposition Unitary Platform, led by María Corina Machado, published tallies.",
     "María Corina Machado", "Person"),
    ("The opposition Unitary Platform, led by María Corina Machado, published tallies.",
     "Unitary Platform", "Organization"),
    ("Washington sanctioned officials including Caryslia Rodríguez, the president of the "
     "Supreme Court.", "Caryslia Rodríguez", "Person"),
    ("The coalition, led by Saudi Arabia, struck Yemen.", "Saudi Arabia", "Country"),
    # a second apposition describes the first one's body, not the person
    ("Milan Radoicic, a deputy leader of the Serb List, the main political party of Serbs in "
     "Kosovo, later admitted it.", "Milan Radoicic", "Person"),
    # the name apposed after the noun
    ("Russia's ambassador to the United Nations, Vassily Nebenzia, rejected the resolution.",
     "Vassily Nebenzia", "Person"),
    # "member" is said of states too, and years alone are a party's as well as a person's
    ("Sweden, a member of NATO, sent troops.", "Sweden", "Country"),
    ("The Liberal Party (1859–1988) was a party in Canada.", "Liberal Party", "Organization"),
])
def test_mentions_name_said_to_be_of_a_type(nlp, text, name, etype):
    types = _mention_types(nlp, text)
    assert types.get(name) == etype, types


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    # a known style with a title: the mention is the name
    ("Kuwait's emir flew to Jeddah to meet Saudi King Salman.", "Salman"),
    ("Sheikh Abdullah bin Zayed Al Nahyan signed the accord.", "Abdullah bin Zayed Al Nahyan"),
    # a name that starts with a title word stays whole
    ("Sheikh Hasina met Narendra Modi in Delhi.", "Sheikh Hasina"),
])
def test_mentions_titles_are_not_part_of_known_names(nlp, text, name):
    types = _mention_types(nlp, text)
    assert types.get(name) == "Person", types


@pytest.mark.slow
def test_mentions_a_country_named_among_its_neighbours_is_the_country(nlp):
    # "Nigerian" and Abuja put Nigeria in the story, but Niger named with Mali and
    # Burkina Faso is the state, not Nigeria's Niger State
    from kgraph.pipeline import extract_documents

    text = ("ECOWAS is based in the Nigerian capital Abuja. The juntas of Mali, Burkina Faso "
            "and Niger left the bloc.")
    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    niger = next(e for e in ex.entities if e.label == "Niger")
    assert (niger.type, niger.iri.rsplit("/", 2)[-2:]) == ("Country", ["country", "NE"])


@pytest.mark.slow
def test_mentions_an_org_that_only_lists_countries_is_split(nlp):
    # NER calls the headline's "Mali, Burkina Faso" one organisation
    types = _mention_types(nlp, "Mali, Burkina Faso and Niger announce exit from ECOWAS")
    assert types == {"Mali": "Country", "Burkina Faso": "Country", "Niger": "Country",
                     "ECOWAS": "Organization"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("RIYADH — Drones struck two oil plants on Saturday.", {"RIYADH": "Place"}),
    ("ISLAMABAD/NEW DELHI — Indian jets struck a camp.", {"ISLAMABAD": "Place",
                                                         "NEW DELHI": "Place"}),
    ("Talks fail\nJERUSALEM, May 14 (Reuters) - Israel said it would respond.",
     {"JERUSALEM": "Place"}),
    # a place the gazetteer does not know, filed from a state it knows
    ("CAMP DAVID, Maryland — Joe Biden hosted the leaders of Japan and South Korea.",
     {"CAMP DAVID": "Place"}),
    # words joined by hyphens, apostrophes and an abbreviation's stop
    ("PORT-AU-PRINCE, Haiti, June 1 (Reuters) - Brazil took command of the force.",
     {"PORT-AU-PRINCE": "Place"}),
    ("N'DJAMENA, Chad (Reuters) - Chad's army said it had repelled an attack.",
     {"N'DJAMENA": "Place"}),
    ("ST. PETERSBURG, Russia (Reuters) - Brazil took command of the force.",
     {"ST. PETERSBURG": "Place"}),
])
def test_mentions_datelines_name_the_place_filed_from(nlp, text, expected):
    types = {words: etype for words, etype in _mention_types(nlp, text).items()
             if words.isupper()}
    assert types == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    # the end of the sentence is not part of the name NER ran into it
    ("General Abdourahamane Tiani declared himself head of the National Council for the "
     "Safeguard of the Homeland two days later.",
     "National Council for the Safeguard of the Homeland"),
    # a known name is found without the bracketed acronym after it
    ("Syrian rebels led by the Islamist group Hayat Tahrir al-Sham (HTS) took Damascus.",
     "Hayat Tahrir al-Sham"),
])
def test_mentions_names_end_where_the_name_ends(nlp, text, name):
    spans = _mention_types(nlp, text)
    assert name in spans, spans



@pytest.mark.parametrize(("words", "expected"), [
    ("21 May 1920 – 21 March 2001 )", True),
    ("May 21 , 1920 - 2001 )", True),
    ("1922 – 1991 )", False),  # years alone: a state's or a party's too
    ("May 2001 ) – 2004", False),  # the dash is outside the brackets
])
def test_mentions_lifespan(make_doc, words, expected):
    from kgraph.mentions import _lifespan

    assert _lifespan(make_doc(words.split())) is expected



@pytest.mark.slow
@pytest.mark.parametrize(("text", "names"), [
    # the first words of a title are no organisation; the state at its start stays
    ("U.S. National Security Adviser John Bolton said so.", ["U.S.", "John Bolton"]),
    ("The Pentagon Press Secretary John Kirby spoke.", ["Pentagon", "John Kirby"]),
    # ... even where NER took only part of the portfolio
    ("Secretary of State Condoleezza Rice and Indian External Affairs Minister Pranab "
     "Mukherjee signed the pact.", ["Condoleezza Rice", "Indian", "Pranab Mukherjee"]),
    # "of X's": the possessive opens the next name, it does not end this one
    ("Soleimani commanded the Quds Force of Iran's Revolutionary Guards.",
     ["Soleimani", "Quds Force", "Iran", "Revolutionary Guards"]),
])
def test_mentions_names_stop_where_titles_and_possessives_start(nlp, text, names):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    found = sorted((m.start, text[m.start:m.end]) for e in ex.entities for m in e.mentions)
    assert [t for _, t in found] == names


@pytest.mark.slow
@pytest.mark.parametrize(("text", "person"), [
    # NER stops one word short of a name the parser heads with its last word
    ("French Foreign Minister Jean-Yves Le Drian accused Australia of betrayal.",
     "Jean-Yves Le Drian"),
    ("Singapore's Prime Minister Lee Hsien Loong hosted both leaders.", "Lee Hsien Loong"),
    # a post-nominal in capitals is no part of the name
    ("Alex T. Atamanenko MP spoke in the debate.", "Alex T. Atamanenko"),
    # ... or before an Arabic surname with its article, which the tokenizer splits
    ("Egyptian President Abdel Fattah el-Sissi met the envoy.", "Abdel Fattah el-Sissi"),
])
def test_mentions_person_takes_the_word_ner_left_out(nlp, text, person):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    people = [text[m.start:m.end] for e in ex.entities if e.type == "Person" for m in e.mentions]
    assert people == [person]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "people"), [
    # a quoted nickname inside a name: one person, however NER typed the pieces
    ('Rebel commander Bosco "The Terminator" Ntaganda surrendered in Kigali.',
     ['Bosco "The Terminator" Ntaganda']),
    ('Former boxer Vitali "Dr. Ironfist" Klitschko became mayor of Kiev.',
     ['Vitali "Dr. Ironfist" Klitschko']),
    ('Wilfried " Willi " Schneider is a German politician.',
     ['Wilfried " Willi " Schneider']),
    # a later surname is the same person
    ('Gang leader Jimmy "Barbecue" Cherizier threatened the government. Cherizier '
     'leads a coalition.', ['Jimmy "Barbecue" Cherizier', "Cherizier"]),
    # a quoted word after a verb, or before a date, is no nickname
    ('Putin said "Russia" would win.', ["Putin"]),
    ('Trump called Biden "Sleepy Joe" Tuesday in Ohio.', ["Trump", "Biden"]),
])
def test_mentions_a_quoted_nickname_is_part_of_the_name(nlp, text, people):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    found = [text[m.start:m.end] for e in ex.entities if e.type == "Person"
             for m in e.mentions]
    assert sorted(found) == sorted(people)
    assert len({e.iri for e in ex.entities if e.type == "Person"}) == len(
        {p.split()[-1] for p in people})


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "etype", "kind"), [
    # national churches are bodies, not buildings ("church" heads building names)
    ("Patriarch Kirill, head of the Russian Orthodox Church, blessed the troops.",
     "Russian Orthodox Church", "Organization", None),
    ("The Orthodox Church of Ukraine split from the Moscow Patriarchate.",
     "Orthodox Church of Ukraine", "Organization", None),
    # national legislatures by their own names
    ("He represented the Moderate Party in the Riksdag from 1991 to 1994.", "Riksdag",
     "Organization", "GovernmentBody"),
    ("The bill passed the Sejm on Tuesday.", "Sejm", "Organization", "GovernmentBody"),
    # a known person "of" a state NER took as one name: the person and the state
    ("West African presidents, including Alassane Ouattara of Ivory Coast and Macky Sall of "
     "Senegal, met in Abuja.", "Macky Sall", "Person", "HeadOfState"),
    ("West African presidents, including Alassane Ouattara of Ivory Coast and Macky Sall of "
     "Senegal, met in Abuja.", "Senegal", "Country", "Country"),
    # an organisation NER found before a lower-case "party" is a party
    ("Yulia Tymoshenko, who now leads the opposition Fatherland party, accused Yanukovych.",
     "Fatherland", "Organization", "PoliticalParty"),
    # spellings news uses
    ("The al-Qaida-linked al-Shabab group claimed the attack in Nairobi.", "al-Shabab",
     "Organization", "ArmedGroup"),
    # a trailing adverb is no word of a name
    ("Xi received Duterte at the Great Hall of the People earlier on Thursday.",
     "Great Hall of the People", "Place", None),
    # "Sheik" (American wire spelling) is a title too
    ("Lebanon and Israel traded blame. Hezbollah's leader, Sheik Hassan Nasrallah, spoke.",
     "Hassan Nasrallah", "Person", "MilitantLeader"),
    # Irish offices are titles, not names
    ("Irish Tánaiste Micheál Martin met the Taoiseach in Dublin.", "Micheál Martin", "Person",
     "HeadOfGovernment"),
])
def test_mentions_churches_legislatures_offices_and_people_of_states(nlp, text, name, etype, kind):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    found = {text[m.start:m.end]: (e.type, e.kind) for e in ex.entities for m in e.mentions}
    assert found.get(name) == (etype, kind), found
    assert not any(w in found for w in ("Tánaiste", "Taoiseach")), found


@pytest.mark.slow
def test_mentions_a_bare_compass_name_is_no_place_of_its_own(nlp):
    # no state called "North ..." named: "the North" of Vietnam's war is no entity
    text = "Clinton arrived in Hanoi, the Vietnamese capital and once the seat of the North."
    found = {m.text for m in find_mentions(nlp(text), Document("d", text))}
    assert "North" not in found and "Hanoi" in found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # "the North" is the one state called "North ..." the story names
    ("North Korea fired a missile. The North said the test was a success.",
     [("North Korea", "North Korea"), ("North", "North Korea")]),
    # not where two are named, nor a lower-case "the north"
    ("North Korea and North Macedonia voted. The North abstained.",
     [("North Korea", "North Korea"), ("North Macedonia", "North Macedonia")]),
    ("South Korea held drills in the south of the country.",
     [("South Korea", "South Korea")]),
])
def test_mentions_compass_name_is_the_state_so_called(nlp, text, expected):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    found = sorted((m.start, text[m.start:m.end], e.label) for e in ex.entities
                   if e.type == "Country" for m in e.mentions)
    assert [(t, label) for _, t, label in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a title inside what NER took for one organisation splits the body from its holder
    ("USAID Administrator Samantha Power visited Ethiopia.",
     [("USAID", "Organization"), ("Samantha Power", "Person"), ("Ethiopia", "Country")]),
    # but not a name that ends in a head word of a body
    ("The Overseas Private Investment Corporation lent money.",
     [("Overseas Private Investment Corporation", "Organization")]),
])
def test_mentions_title_inside_an_organisation_splits_it(nlp, text, expected):
    assert _typed_mentions(nlp, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # two known companies that NER or the "A and B Party" rule took for one name
    ("Russia's Gazprom and Rosneft signed a contract.",
     [("Russia", "Country"), ("Gazprom", "Organization"), ("Rosneft", "Organization")]),
    ("Gazprom and China National Petroleum Corp signed a contract.",
     [("Gazprom", "Organization"), ("China National Petroleum Corp", "Organization")]),
    # names that hold an "and" stay whole
    ("The Social Democratic and Labour Party won.",
     [("Social Democratic and Labour Party", "Organization")]),
])
def test_mentions_a_known_body_and_another_are_two_names(nlp, text, expected):
    assert _typed_mentions(nlp, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "label"), [
    # the surname of a person named in full, though a county of Ireland bears it
    ("Secretary of State John Kerry arrived. Kerry met the president.", "Kerry", "John Kerry"),
    # a capital's name in another language, read by NER as a person, in a story that
    # does not name the capital's country
    ("An official in Bogota said Kerry would not meet Londono.", "Londono", "Londono"),
])
def test_mentions_a_person_over_a_place_of_that_name(nlp, text, name, label):
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    at = text.rindex(name)
    (ent,) = [e for e in ex.entities for m in e.mentions if m.start == at]
    assert (ent.type, ent.label) == ("Person", label)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # places listed with commas that NER took for one name, one named with its place noun
    ("President Michelle Bachelet ordered thousands of soldiers into the quake-stricken city "
     "of Concepcion, Biobio region, Chile on Monday.",
     [("Michelle Bachelet", "Person"), ("Concepcion", "Place"), ("Biobio region", "Place"),
      ("Chile", "Country")]),
    # a name with a comma and no place noun stays whole
    ("She studied at the University of California, Berkeley.",
     [("University of California, Berkeley", "Organization")]),
])
def test_mentions_places_listed_with_commas_in_one_entity_are_each_a_place(nlp, text, expected):
    assert _typed_mentions(nlp, text) == expected


def _typed_mentions(nlp, text: str) -> list[tuple[str, str]]:
    """The mentions of ``text`` the whole pipeline finds, in order, with their types."""
    from kgraph.pipeline import extract_documents

    (ex,) = extract_documents([Document("t", text)], nlp=nlp)
    found = sorted((m.start, text[m.start:m.end], e.type) for e in ex.entities
                   for m in e.mentions)
    return [(t, typ) for _, t, typ in found]
