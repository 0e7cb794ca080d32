"""Run the stages over documents: parse, find mentions, resolve, relate.

:func:`extract_documents` streams one :class:`DocumentExtraction` per document (what
``kgraph extract`` writes); :func:`build_graph` folds them into a
:class:`~kgraph.graph.KnowledgeGraph` with corpus-wide entities.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.language import Language

from .gazetteer import Gazetteer, load_gazetteer
from .graph import KnowledgeGraph
from .mentions import find_mentions
from .model import Document, Entity, Relation
from .nlp import load_pipeline, parse_documents
from .read import read_documents
from .relations import extract_relations, merge_relations
from .relations.background import background_relations
from .relations.cooccur import merge_cooccurrences, sentence_cooccurrences
from .relations.lexicon import load_lexicon
from .resolve import merge_entities, resolve_document

__all__ = ["DocumentExtraction", "build_graph", "extract_documents"]


@dataclass(frozen=True, slots=True)
class DocumentExtraction:
    """Everything kgraph found in one document."""

    document: Document
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    cooccurrences: Counter[tuple[str, str]]


def extract_documents(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    gazetteer: Gazetteer | None = None,
    batch_size: int = 64,
) -> Iterator[DocumentExtraction]:
    """Yield the entities and relations of each document, streaming.

    Args:
        documents: the documents to read.
        nlp: a pipeline from :func:`~kgraph.nlp.load_pipeline` (loaded when omitted).
        gazetteer: the gazetteer the pipeline matches against (the shipped one).
        batch_size: documents per ``nlp.pipe`` batch.
    """
    nlp = nlp if nlp is not None else load_pipeline()
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    for document, sdoc in parse_documents(nlp, documents, batch_size=batch_size):
        mentions = find_mentions(sdoc, document, gaz)
        entities = resolve_document(mentions, gaz, text=document.text)
        relations = extract_relations(sdoc, document, entities, gazetteer=gaz)
        cooc = sentence_cooccurrences(sdoc, entities)
        yield DocumentExtraction(document, tuple(entities), tuple(relations), cooc)


def build_graph(
    sources: Iterable[str | os.PathLike[str] | Document],
    *,
    model: str | None = None,
    batch_size: int = 64,
    progress: Callable[[Document], None] | None = None,
    background: bool = False,
) -> KnowledgeGraph:
    """Read sources and build one knowledge graph from them.

    Args:
        sources: paths (files or directories) or :class:`Document` objects.
        model: spaCy pipeline name or path (see :func:`~kgraph.nlp.load_pipeline`).
        batch_size: documents per ``nlp.pipe`` batch.
        progress: called with each document once it is processed.
        background: add what the gazetteer knows between the entities found (a city's
            region and country, the state a listed leader serves), marked as
            background facts (see :mod:`kgraph.relations.background`).

    Raises:
        InputError: a source cannot be read (nothing is built).
        ModelNotFoundError: the spaCy pipeline is missing.
    """
    items = list(sources)
    docs = [s for s in items if isinstance(s, Document)]
    paths = [s for s in items if not isinstance(s, Document)]
    stream: Iterable[Document] = docs
    if paths:
        stream = _chain(docs, read_documents(paths))
    nlp = load_pipeline(model)
    gaz = load_gazetteer()
    all_entities: list[Entity] = []
    relations: list[Relation] = []
    coocs: list[tuple[str, Counter[tuple[str, str]]]] = []
    documents: dict[str, Document] = {}
    for ex in extract_documents(stream, nlp=nlp, gazetteer=gaz, batch_size=batch_size):
        # Keep what the graph needs about the source, not its whole text.
        documents[ex.document.id] = replace(ex.document, text="")
        all_entities.extend(ex.entities)
        relations.extend(ex.relations)
        coocs.append((ex.document.id, ex.cooccurrences))
        if progress is not None:
            progress(ex.document)
    entities, moved = merge_entities(all_entities)
    if background:
        relations.extend(background_relations(entities, gaz))
    relations = merge_relations(relations, moved=moved, symmetric=load_lexicon().symmetric)
    renamed = [(doc_id, _rename_pairs(counts, moved)) for doc_id, counts in coocs]
    return KnowledgeGraph(
        entities=entities,
        relations=relations,
        cooccurrences=merge_cooccurrences(renamed),
        documents=documents,
        gazetteer=gaz,
    )


def _chain(first: Iterable[Document], rest: Iterable[Document]) -> Iterator[Document]:
    yield from first
    yield from rest


def _rename_pairs(counts: Counter[tuple[str, str]], moved: dict[str, str]
                  ) -> Counter[tuple[str, str]]:
    out: Counter[tuple[str, str]] = Counter()
    for (a, b), n in counts.items():
        a, b = sorted((moved.get(a, a), moved.get(b, b)))
        if a != b:
            out[(a, b)] += n
    return out
