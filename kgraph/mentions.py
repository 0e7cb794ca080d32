"""Find the mentions of actors and places in a parsed document.

Two recognisers work together:

- spaCy's statistical NER (``doc.ents``), and
- the gazetteer matcher, a pipeline component (``kgraph_gazetteer``) that marks every
  span equal to a gazetteer name in ``doc.spans["kg_gazetteer"]`` (span label = the
  entry key, or ``demonym:<key>`` for adjectival forms).

:func:`find_mentions` merges them with these rules, in order:

1. A gazetteer span that equals or contains an NER entity wins: it fixes the type
   (Kursk is a Place, not a PRODUCT) and the extent ("Valery Vasilyevich Gerasimov",
   not "Vasilyevich Gerasimov").
2. An NER entity that contains a shorter gazetteer span is kept whole ("Russian Armed
   Forces" is one organisation, not the demonym "Russian" plus words).
3. A gazetteer span with no NER entity over it is kept when it is unambiguous enough
   to stand on its own (see :func:`_standalone_ok`).
4. Unlinked NER entities are typed from their label and dropped when they look like
   headline or boilerplate words (a title-case line such as "Future Outlook").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from .model import Document, Mention

__all__ = ["NER_TYPES", "GazetteerMatcher", "add_gazetteer_ruler", "find_mentions"]

#: spaCy NER labels kgraph keeps, and the entity type each becomes when the
#: gazetteer does not say better.
NER_TYPES = {
    "PERSON": "Person",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "ORG": "Organization",
    "EVENT": "Event",
    "NORP": None,  # demonyms and groups: kept only when they name a known country
}

SPAN_KEY = "kg_gazetteer"
_DEMONYM = "demonym:"


class GazetteerMatcher:
    """spaCy component: mark every gazetteer name in ``doc.spans["kg_gazetteer"]``."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[str, list[str]] = {}
        for name, entry in gazetteer.names():
            by_key.setdefault(entry.key, []).append(name)
        for dem, entry in gazetteer.demonyms():
            by_key.setdefault(_DEMONYM + entry.key, []).append(dem)
        tokenizer = nlp.tokenizer
        for key, names in by_key.items():
            self.matcher.add(key, list(tokenizer.pipe(names)))

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
        ]
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kgraph_gazetteer", default_config={"directory": None})
def _make_gazetteer_matcher(nlp: Language, name: str, directory: str | None) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, load_gazetteer(directory))


def add_gazetteer_ruler(nlp: Language, *, directory: str | None = None) -> None:
    """Add the gazetteer matcher to ``nlp`` (once) after the statistical NER."""
    if "kgraph_gazetteer" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_gazetteer", config={"directory": directory}, last=True)


def _trim(span: Span) -> Span:
    """Drop a leading determiner and trailing possessive or punctuation tokens."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the",) or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


def _is_title_line(span: Span) -> bool:
    """True when the span sits on a short line in which every word is capitalised."""
    doc = span.doc
    text = doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    words = re.findall(r"[A-Za-z][\w'’-]*", text[line_start:line_end])
    if not words or len(words) > 12:
        return False
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "is"}
    return all(w[0].isupper() or w in small for w in words)


def _standalone_ok(span: Span, entry: GazetteerEntry) -> bool:
    """Decide whether a gazetteer match with no NER entity over it is a mention."""
    first = span[0]
    if not first.text[:1].isupper() and not first.text[:1].isdigit() and not first.is_alpha:
        return False
    if not any(t.text[:1].isupper() for t in span):
        return False
    if entry.type in ("Country", "Organization", "Person"):
        return True
    if len(span) > 1:
        return True
    # A one-word place name alone: trust it when the parser sees a proper noun.
    return first.pos_ == "PROPN" or first.tag_ == "NNP"


def _mention(document: Document, span: Span, etype: str, *, kind: str | None = None,
             key: str | None = None, source: str, demonym: bool = False) -> Mention:
    return Mention(
        doc_id=document.id,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        type=etype,
        kind=kind,
        key=key,
        source=source,
        demonym=demonym,
    )


def _from_gazetteer(document: Document, span: Span, gazetteer: Gazetteer,
                    source: str) -> Mention | None:
    label = span.label_
    if label.startswith(_DEMONYM):
        entry = gazetteer.get(label[len(_DEMONYM):])
        if entry is None:
            return None
        return _mention(document, span, entry.type, kind=entry.kind, key=entry.key,
                        source=source, demonym=True)
    entry = gazetteer.get(label)
    if entry is None:
        return None
    return _mention(document, span, entry.type, kind=entry.kind, key=entry.key, source=source)


def _best_entry_span(spans: Iterable[Span], gazetteer: Gazetteer) -> list[Span]:
    """Keep the longest gazetteer spans; among equal spans, the most populous entry."""
    by_extent: dict[tuple[int, int], Span] = {}
    for sp in spans:
        cur = by_extent.get((sp.start, sp.end))
        if cur is None:
            by_extent[(sp.start, sp.end)] = sp
            continue
        a, b = gazetteer.get(cur.label_.removeprefix(_DEMONYM)), gazetteer.get(
            sp.label_.removeprefix(_DEMONYM))
        if a is not None and b is not None and _rank(b) > _rank(a):
            by_extent[(sp.start, sp.end)] = sp
    return filter_spans(by_extent.values())


_TYPE_RANK = {"Country": 4, "Organization": 3, "Person": 3, "Place": 2, "Event": 1}


def _rank(entry: GazetteerEntry) -> tuple[int, int]:
    return (_TYPE_RANK.get(entry.type, 0), entry.population)


def find_mentions(sdoc: Doc, document: Document, gazetteer: Gazetteer | None = None
                  ) -> list[Mention]:
    """Return the mentions of entities in a parsed document, in text order.

    Args:
        sdoc: the spaCy ``Doc`` (with ``doc.ents`` and, when the gazetteer matcher
            ran, ``doc.spans["kg_gazetteer"]``).
        document: the source document the ``Doc`` was parsed from.
        gazetteer: the gazetteer whose keys the spans carry (default: the shipped one).

    Examples:
        >>> from spacy.lang.en import English
        >>> from spacy.tokens import Span
        >>> doc = English()("Kim Jong Un praised the troops.")
        >>> doc.ents = [Span(doc, 0, 3, label="PERSON")]
        >>> [(m.text, m.type) for m in find_mentions(doc, Document("d", doc.text),
        ...                                           Gazetteer([]))]
        [('Kim Jong Un', 'Person')]
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    gspans = _best_entry_span(sdoc.spans.get(SPAN_KEY, []), gaz)
    out: list[Mention] = []
    used = [False] * len(gspans)
    for ent in sdoc.ents:
        if ent.label_ not in NER_TYPES:
            continue
        ent = _trim(ent)
        if not len(ent):
            continue
        overlapping = [
            (i, g) for i, g in enumerate(gspans) if g.start < ent.end and ent.start < g.end
        ]
        chosen: Mention | None = None
        for i, g in overlapping:
            if g.start <= ent.start and g.end >= ent.end:
                # Rule 1: the gazetteer span covers the entity.
                chosen = _from_gazetteer(document, g, gaz, "gazetteer+ner")
                used[i] = True
                break
        if chosen is None:
            for i, g in overlapping:
                used[i] = True  # Rule 2: the entity holds the gazetteer span; keep it whole.
            chosen = _typed_ner_mention(document, ent, gaz)
        if chosen is not None:
            out.append(chosen)
    for i, g in enumerate(gspans):
        if used[i]:
            continue
        entry = gaz.get(g.label_.removeprefix(_DEMONYM))
        if entry is None:
            continue
        if g.label_.startswith(_DEMONYM) or _standalone_ok(g, entry):
            m = _from_gazetteer(document, g, gaz, "gazetteer")
            if m is not None:
                out.append(m)
    out.sort(key=lambda m: (m.start, -m.end))
    # Drop any mention nested inside an earlier, longer one.
    result: list[Mention] = []
    for m in out:
        if result and m.start < result[-1].end:
            continue
        result.append(m)
    return result


def _typed_ner_mention(document: Document, ent: Span, gaz: Gazetteer) -> Mention | None:
    label = ent.label_
    if label == "NORP":
        entry = gaz.demonym_of(ent.text)
        if entry is None:
            return None
        return _mention(document, ent, entry.type, kind=entry.kind, key=entry.key,
                        source="ner", demonym=True)
    etype = NER_TYPES[label]
    if etype is None or not any(c.isupper() for c in ent.text):
        return None
    candidates = gaz.lookup(ent.text)
    if candidates:
        entry = candidates[0]
        return _mention(document, ent, entry.type, kind=entry.kind, key=entry.key,
                        source="ner")
    if _is_title_line(ent):
        return None
    return _mention(document, ent, etype, source="ner")
