"""A small hand-made knowledge graph for the query, export, analytics and API tests.

Built from the dataclasses directly, so the tests do not depend on what extraction
finds. It has every kind of thing the RDF model holds: typed entities with kinds,
aliases and identifiers; relations with one or more evidences (hedged, attributed,
dated at day, month and year precision, undated); a background fact; co-occurrences;
documents with and without URL and date; and source text that is hostile to HTML and
SPARQL alike.
"""

from __future__ import annotations

from kgraph.graph import KnowledgeGraph
from kgraph.model import Cooccurrence, Document, Entity, Evidence, Mention, Relation

BASE = "https://w3id.org/kgraph/id/"
KIM = BASE + "person/kim-jong-un"
PUTIN = BASE + "person/vladimir-putin"
ZELENSKY = BASE + "person/volodymyr-zelensky"
KP = BASE + "country/KP"
RU = BASE + "country/RU"
UA = BASE + "country/UA"
KURSK = BASE + "place/RU-KRS"
KPA = BASE + "org/korean-peoples-army"
WIRE = BASE + "org/wire"
SUMMIT = BASE + "event/pyongyang-summit"
LONER = BASE + "person/nobody-in-particular"

HOSTILE = '</script><img src=x onerror=alert(1)> "quoted" } ; DROP ALL'


def _m(doc: str, start: int, text: str, type_: str) -> Mention:
    return Mention(doc, start, start + len(text), text, type_)


def hand_graph() -> KnowledgeGraph:
    """Return the hand-made test graph (a new object each call)."""
    docs = {
        "d1": Document("d1", "", url="https://news.example/kp-troops?a=1&b=2",
                       date="2024-10-18", title="North Korean troops in Kursk",
                       outlet="Example Wire"),
        "d2": Document("d2", "", url=None, date="2024-11-05", title="Pact " + HOSTILE,
                       outlet=None),
        "d3": Document("d3", "", title="Undated brief"),
    }
    entities = [
        Entity(KIM, "Person", "Kim Jong Un", aliases=("Kim Jong-un",),
               mentions=(_m("d1", 0, "Kim Jong Un", "Person"),
                         _m("d2", 10, "Kim", "Person"))),
        Entity(PUTIN, "Person", "Vladimir Putin", aliases=("Putin",),
               mentions=(_m("d2", 0, "Putin", "Person"),)),
        Entity(ZELENSKY, "Person", "Volodymyr Zelensky", mentions=(_m("d3", 0, "Zelensky",
                                                                      "Person"),)),
        Entity(KP, "Country", "North Korea", aliases=("DPRK", "North Korean"),
               ids=(("iso3166-1", "KP"),), mentions=(_m("d1", 20, "North Korea", "Country"),)),
        Entity(RU, "Country", "Russia", aliases=("Russian Federation",),
               ids=(("iso3166-1", "RU"),), mentions=(_m("d1", 40, "Russia", "Country"),
                                                      _m("d2", 30, "Russia", "Country"))),
        Entity(UA, "Country", "Ukraine", ids=(("iso3166-1", "UA"),),
               mentions=(_m("d3", 20, "Ukraine", "Country"),)),
        Entity(KURSK, "Place", "Kursk Oblast", kind="Region", aliases=("Kursk region",),
               ids=(("geonames", "538555"),), mentions=(_m("d1", 60, "Kursk", "Place"),)),
        Entity(KPA, "Organization", "Korean People's Army", kind="ArmedForces",
               aliases=("KPA",), mentions=(_m("d1", 80, "KPA", "Organization"),)),
        Entity(WIRE, "Organization", "Wire " + HOSTILE, kind="news agency",
               mentions=(_m("d2", 50, "Wire", "Organization"),)),
        Entity(SUMMIT, "Event", "Pyongyang summit", mentions=(_m("d2", 70, "summit", "Event"),)),
        Entity(LONER, "Person", "Nobody In Particular"),
    ]
    s1 = "Kim Jong Un, the leader of North Korea, sent troops."
    s2 = "North Korea has reportedly deployed troops to the Kursk region."
    s3 = "Ukrainian intelligence said North Korean forces arrived in Kursk."
    relations = [
        Relation(KIM, "leaderOf", KP, (Evidence("d1", s1, 0, len(s1), "appos-leader", 0.9,
                                                date="2024-10-18", trigger="leader"),)),
        Relation(PUTIN, "leaderOf", RU, (Evidence("d2", "President Putin " + HOSTILE, 0, 40,
                                                  "title-leader", 0.8),)),
        Relation(ZELENSKY, "leaderOf", UA, (Evidence("d3", "Zelensky leads Ukraine.", 0, 23,
                                                     "verb-lead", 0.7, date="2024"),)),
        Relation(KP, "deploysForcesTo", KURSK, (
            Evidence("d1", s2, 100, 100 + len(s2), "verb-deploy", 0.85, hedged=True,
                     date="2024-10-18"),
            Evidence("d1", s3, 200, 200 + len(s3), "verb-arrive", 0.75,
                     attributed_to="Ukrainian intelligence"),
        )),
        Relation(KP, "militarySupportTo", RU, (
            Evidence("d2", "North Korea supplies shells to Russia.\tTabs\nand lines.", 5, 60,
                     "verb-supply", 0.8, date="2024-11", subject_text="North Korea",
                     object_text="Russia"),)),
        Relation(RU, "fightsAgainst", UA, (
            Evidence("d3", "Russia's war against Ukraine goes on.", 30, 67, "noun-war", 0.6),)),
        Relation(KPA, "partOf", KP, (Evidence("d1", "The KPA is North Korea's army.", 300,
                                              330, "copula-part", 1.0, hedge="may",
                                              hedged=True, attributed_to="the wire",
                                              attributed_iri=WIRE),)),
        Relation(KURSK, "locatedIn", RU, background=True,
                 source="gazetteer:place/RU-KRS#country"),
    ]
    cooccurrences = [
        Cooccurrence(KP, RU, 3, ("d1", "d2")),
        Cooccurrence(KIM, PUTIN, 1, ("d2",)),
        Cooccurrence(RU, UA, 2, ("d3",)),
        Cooccurrence(SUMMIT, KIM, 1, ("d2",)),
    ]
    return KnowledgeGraph(entities=entities, relations=relations,
                          cooccurrences=cooccurrences, documents=docs)
