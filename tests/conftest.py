"""Shared fixtures: hand-built spaCy Docs for unit tests, the real model for slow tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kgraph.gazetteer import Gazetteer, GazetteerEntry

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def vocab_nlp():
    """A blank English pipeline: tokenizer and vocab only, no model."""
    return spacy.blank("en")


@pytest.fixture
def make_doc(vocab_nlp):
    """Build a Doc by hand: words, and optionally heads/deps/pos/lemmas/ents.

    ``ents`` is a list of ``(start_token, end_token, label)``.
    """

    def _make(words, *, spaces=None, heads=None, deps=None, pos=None, tags=None,
              lemmas=None, ents=None, sent_starts=None) -> Doc:
        doc = Doc(vocab_nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps,
                  pos=pos, tags=tags, lemmas=lemmas, sent_starts=sent_starts,
                  ents=None)
        if ents:
            from spacy.tokens import Span

            doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
        return doc

    return _make


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline with kgraph's components (slow: loads the model)."""
    from kgraph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def tiny_gazetteer() -> Gazetteer:
    """A hand-made gazetteer with a few entries, independent of the shipped data."""
    return Gazetteer([
        GazetteerEntry("country/KP", "Country", "North Korea",
                       aliases=("DPRK", "Democratic People's Republic of Korea"),
                       demonyms=("North Korean",), country="KP",
                       ids=(("iso3166-1", "KP"),)),
        GazetteerEntry("country/RU", "Country", "Russia", aliases=("Russian Federation",),
                       demonyms=("Russian",), country="RU", ids=(("iso3166-1", "RU"),)),
        GazetteerEntry("place/RU-KRS", "Place", "Kursk Oblast", kind="Region",
                       aliases=("Kursk region", "Kursk Region"), country="RU"),
        GazetteerEntry("place/geonames-538560", "Place", "Kursk", kind="City",
                       aliases=("Курск",), country="RU", parent="place/RU-KRS",
                       population=440052, ids=(("geonames", "538560"),)),
        GazetteerEntry("person/kim-jong-un", "Person", "Kim Jong Un",
                       aliases=("Kim Jong-un",), country="KP"),
    ])


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SAMPLES / "north-korea-troops-kursk.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def kg():
    """The hand-made knowledge graph of ``tests/graph_fixtures.py``, one per test module."""
    from .graph_fixtures import hand_graph

    return hand_graph()


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory, kg):
    """That graph written as Turtle, for the commands that read a graph file."""
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    kg.serialize(path)
    return path
