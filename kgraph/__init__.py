"""kgraph: turn geopolitical news text into an evidence-backed knowledge graph.

The front object is :class:`~kgraph.graph.KnowledgeGraph`; build one from news texts
with :func:`build`, or load one saved by ``kgraph build`` with :func:`load`::

    import kgraph

    kg = kgraph.build(["data/samples"])          # read, recognise, resolve, relate
    kg.rdf                                       # rdflib.Graph (ontology + provenance)
    kg.nx                                        # networkx.MultiDiGraph
    kg.named_query("who-leads-what").to_dataframe()
    kg.query("SELECT ?s ?o WHERE { ?s kg:deploysForcesTo ?o }")
    kg.top_entities(by="pagerank", n=10)
    kg.to_html("graph.html")                     # the offline explorer
    kg.serialize("graph.ttl", format="turtle")   # or nt, json-ld, graphml, gexf, csv

    kg = kgraph.load("out/graph.ttl")            # the same graph back from a file

Importing :mod:`kgraph` is cheap: spaCy, rdflib and networkx load only when used.

Examples:
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph(entities=[], relations=[])
    >>> kg.summary()["documents"]
    0
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .graph import KnowledgeGraph
    from .model import Document

__all__ = ["KnowledgeGraph", "__version__", "build", "load"]

__version__ = "0.1.0"


def build(sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Document],
          *, model: str | None = None, batch_size: int = 64, **options: Any
          ) -> KnowledgeGraph:
    """Read news texts and return their knowledge graph.

    Args:
        sources: a path, or paths (files or folders of .txt .md .html .jsonl) and
            :class:`~kgraph.model.Document` objects.
        model: the spaCy pipeline (default: the one kgraph finds installed).
        batch_size: documents per ``nlp.pipe`` batch.
        options: passed on to :func:`kgraph.pipeline.build_graph`.

    Raises:
        InputError: a source cannot be read.
        ModelNotFoundError: the spaCy pipeline is missing.
    """
    from .pipeline import build_graph

    if isinstance(sources, str | os.PathLike):
        sources = [sources]
    return build_graph(sources, model=model, batch_size=batch_size, **options)


def load(path: str | os.PathLike[str], *, format: str | None = None) -> KnowledgeGraph:
    """Load a graph saved by kgraph (Turtle, N-Triples or JSON-LD).

    Raises:
        QueryError: the file is missing or not valid RDF.
    """
    from .loader import load_graph

    return load_graph(path, format=format)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from .graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
