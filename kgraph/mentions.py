"""Find the mentions of actors and places in a parsed document.

Recognition is hybrid. spaCy's statistical NER (``doc.ents``) proposes names of any
kind; the gazetteer matcher (pipeline component ``kgraph_gazetteer``, a spaCy
``PhraseMatcher`` over every gazetteer name and demonym) marks each known name in
``doc.spans["kg_gazetteer"]`` (span label: the entry key, or ``demonym:<key>``).
:func:`find_mentions` decides between them with these rules, in this order:

1. **Which entry.** A name several entries share ("Georgia", "Washington", "Red Sea")
   goes to the entry in a country the document also names unambiguously; else to a
   country, an organisation, a person, a demonym or an area of no one country before a
   place inside some other country; else to the most populous.
2. **Who wins when both speak.**
   a. A gazetteer span that equals or contains an NER entity wins: it fixes the type
      (Kursk is a Place, not a PRODUCT) and the extent ("Valery Vasilyevich Gerasimov",
      not "Vasilyevich Gerasimov"). Exceptions: NER's PERSON beats a gazetteer *city*
      that is no capital and lies in no country the document names ("Davis" in a
      report on Liberia); PERSON and ORG beat any place whose name is a common word or
      given name ("Florence").
   b. An NER entity that contains gazetteer spans is kept whole, so a country inside an
      organisation name does not break it ("Russian Armed Forces", "Italian Democratic
      Socialists"). A GPE/LOC entity that is only a list of known places ("Kursk,
      Russia") is split into them. A person entity linked through the one gazetteer
      person it contains ("Vladimir Vladimirovich Putin" holds "Putin").
   c. A gazetteer span no NER entity touches stands on its own when that is safe
      (:meth:`_MentionFinder._standalone_ok`): a capitalised country, organisation,
      person or demonym; a place of several words; a one-word place the tagger calls a
      proper noun, that is not glued to other capitalised words, and whose name is not a
      common word or given name unless a preposition of place stands before it.
3. **Organisation names are completed** (head words in ``data/namewords.tsv``): a
   demonym right before an organisation joins it ("Australian" + "Democrats"); an
   organisation ending in a head word takes "of"/"for" + the name after it ("Communist
   Party" + "of Greece"); "A and B Party" is one name when A is capitalised words with
   no head word and no place or person in them ("Social Democratic and Labour Party").
4. **Acronyms in brackets** after a name are mentions of the same thing
   ("Italian Democratic Socialists (SDI)"), linked through ``Mention.alias_of``.
5. **One name, one reading per document.** A word that is the surname or first name
   of a person named in full in the document is that person wherever it stands
   capitalised (NER's ORG or city readings of "Casanova" or "Buchanan" are retyped, and
   untagged repeats are found); any other name found once is found again where NER
   missed it (repeats, acronyms).
6. **Suppression.** Titles and ranks never start a person's name (``data/titles.tsv``);
   NER spans that are page furniture (``data/stopnames.tsv``), or that sit on a
   headline-like line in which every word is capitalised ("Future Outlook"), are dropped
   unless the gazetteer knows them; names without a capital letter are dropped.

**Metonyms.** A capital or a seat of power used for its government ("Pyongyang said",
"Washington warned") is recognised as what the words name: the city, a Place. The graph
keeps to the text; relation rules that need the state behind a speaking capital can
follow the city's ``country`` in the gazetteer, which marks capitals with the flag
``capital``. Buildings that stand for an institution in news ("the Kremlin", "the White
House", "the Pentagon") are GovernmentBody organisations in the gazetteer, so they
are found as organisations.

**Demonyms** ("North Korean troops") are mentions of their country with
``demonym=True``: they link the sentence to the country for relations, and consumers
decide whether to count them as names.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .errors import DataFileError
from .gazetteer import Gazetteer, GazetteerEntry, data_path, load_gazetteer, normalize_name
from .model import Document, Mention

__all__ = [
    "NER_TYPES",
    "SPAN_KEY",
    "GazetteerMatcher",
    "NameLexicon",
    "add_gazetteer_ruler",
    "find_mentions",
    "load_name_lexicon",
    "name_words",
]

#: spaCy NER labels kgraph keeps, and the entity type each becomes when the
#: gazetteer does not say better (NORP only names a known country's demonym).
NER_TYPES: dict[str, str | None] = {
    "PERSON": "Person",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "ORG": "Organization",
    "EVENT": "Event",
    "NORP": None,
}
#: NER labels kept only where the gazetteer says what the words are (Kursk as PRODUCT).
_GAZETTEER_ONLY = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
#: Gazetteer types an NER label may be linked to by name lookup.
_COMPATIBLE = {
    "PERSON": frozenset({"Person"}),
    "GPE": frozenset({"Country", "Place"}),
    "LOC": frozenset({"Country", "Place"}),
    "FAC": frozenset({"Place", "Organization"}),
    "ORG": frozenset({"Organization", "Country"}),
    "EVENT": frozenset({"Event"}),
}

SPAN_KEY = "kg_gazetteer"
_DEMONYM = "demonym:"
_NAME_RULE = "KG_GAZETTEER_NAME"
_DEMONYM_RULE = "KG_GAZETTEER_DEMONYM"
_TYPE_RANK = {"Country": 4, "Organization": 3, "Person": 3, "Place": 2, "Event": 1}
_WEAK_PLACE_FLAGS = frozenset({"common-word", "given-name"})
_ARTICLES = frozenset({"the", "a", "an"})
_CONNECTORS = frozenset({"of", "for"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "from", "to", "at", "into", "across"})
# Lower-case words that may start or sit inside a person's name (de Gaulle, bin Salman).
_NAME_PARTICLES = frozenset({
    "de", "del", "della", "di", "da", "dos", "das", "du", "des", "la", "le", "van", "von",
    "der", "den", "ten", "ter", "al", "el", "bin", "ibn", "bint", "abu", "ben", "y",
})
_LEADING_JUNK_POS = frozenset({"ADJ", "DET", "ADV", "NUM", "PRON", "CCONJ", "VERB", "NOUN",
                               "AUX", "PART", "SCONJ", "PUNCT", "SYM"})
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9&.+-]{2,10}$")


# --------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """The word lists that recognition rules read (``data/titles.tsv`` and friends).

    ``titles``: lower-case title and rank words that precede names ("president", "gen").
    ``stopnames``: normalised names that are page furniture, never entities.
    ``heads``: last words of names → (entity type, finer kind or ``None``), from
    ``data/namewords.tsv`` ("party" → Organization/PoliticalParty, "war" → Event).

    Examples:
        >>> lex = NameLexicon(frozenset({"president"}), frozenset(),
        ...                   {"party": ("Organization", "PoliticalParty"), "war": ("Event", None)})
        >>> lex.is_title("President"), lex.head_kind("Party"), lex.is_head("War")
        (True, 'PoliticalParty', False)
        >>> lex.head_type("War")
        'Event'
    """

    titles: frozenset[str]
    stopnames: frozenset[str]
    heads: Mapping[str, tuple[str, str | None]]

    def is_title(self, word: str) -> bool:
        """Return True when ``word`` is a title or rank ("Gen.", "President")."""
        return word.lower().rstrip(".") in self.titles

    def head_type(self, word: str) -> str | None:
        """Return the entity type a name ending in ``word`` has ("Contest" → Event)."""
        head = self.heads.get(word.lower())
        return head[0] if head else None

    def is_head(self, word: str) -> bool:
        """Return True when ``word`` ends organisation names ("Party", "Ministry")."""
        return self.head_type(word) == "Organization"

    def head_kind(self, word: str) -> str | None:
        """Return the finer kind a head word suggests ("Ministry" → GovernmentBody)."""
        head = self.heads.get(word.lower())
        return head[1] if head else None


def _read_word_table(path: Path) -> list[list[str]]:
    """Rows of a small TSV word list: ``#`` comments, a header, then tab-separated cells."""
    if not path.is_file():
        raise DataFileError(f"word list {path} is missing",
                            fix="restore it from the kgraph source (data/) or set KGRAPH_DATA_DIR")
    rows: list[list[str]] = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@functools.lru_cache(maxsize=2)
def load_name_lexicon(directory: str | None = None) -> NameLexicon:
    """Load the recognition word lists from ``directory`` (default: kgraph's data folder).

    Raises:
        DataFileError: a list is missing.

    Examples:
        >>> lex = load_name_lexicon()
        >>> lex.is_title("Gen."), lex.head_kind("Ministry")
        (True, 'GovernmentBody')
    """
    folder = Path(directory) if directory else data_path()
    titles = frozenset(r[0].lower().rstrip(".") for r in _read_word_table(folder / "titles.tsv"))
    stop = frozenset(normalize_name(r[0]) for r in _read_word_table(folder / "stopnames.tsv"))
    heads: dict[str, tuple[str, str | None]] = {}
    for row in _read_word_table(folder / "namewords.tsv"):
        if len(row) < 2 or row[1] not in ("Organization", "Event", "Place"):
            raise DataFileError(
                f"namewords.tsv: row {row!r} has no type Organization, Event or Place",
                fix="write: word<TAB>type<TAB>kind")
        heads[row[0].lower()] = (row[1], row[2] if len(row) > 2 and row[2] else None)
    return NameLexicon(titles, stop, heads)


# --------------------------------------------------------------- gazetteer matcher

_SIMPLE_NAME = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


def name_words(names: Iterable[str], tokenizer) -> Iterator[tuple[str, ...]]:
    """Yield the tokens spaCy's ``tokenizer`` makes of each name, cheaply.

    A name of letters and single spaces whose words are no tokenizer special case is
    split on spaces (that is what the tokenizer would do); only the others are run
    through the tokenizer. This keeps the gazetteer matcher's build well under a second.

    Examples:
        >>> from spacy.lang.en import English
        >>> list(name_words(["Kursk Oblast", "U.S.", "Kim Jong-un"], English().tokenizer))
        [('Kursk', 'Oblast'), ('U.S.',), ('Kim', 'Jong', '-', 'un')]
    """
    rules = getattr(tokenizer, "rules", None) or {}
    pending: list[tuple[int, str]] = []
    out: list[tuple[str, ...] | None] = []
    for name in names:
        if _SIMPLE_NAME.match(name) and not any(w in rules for w in name.split(" ")):
            out.append(tuple(name.split(" ")))
        else:
            pending.append((len(out), name))
            out.append(None)
    for (i, _), doc in zip(pending, tokenizer.pipe(n for _, n in pending), strict=True):
        out[i] = tuple(t.text for t in doc)
    for words in out:
        yield words or ()


class GazetteerMatcher:
    """spaCy component: mark every gazetteer name in ``doc.spans["kg_gazetteer"]``.

    One ``PhraseMatcher`` rule holds every name and one every demonym, as token-hash
    sequences (no pattern ``Doc`` and no per-entry rule is built, which keeps start-up
    cheap); a match is then looked up in the gazetteer's name index, and each entry it
    may name becomes a span labelled with the entry key (``demonym:<key>`` for
    demonyms). Names starting with "The" are also matched after a lower-case "the"
    ("the Independent").
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        names: set[str] = set()
        for name, _entry in gazetteer.names():
            names.add(name)
            if name.startswith("The "):
                names.add("the " + name[4:])
        demonyms = {dem for dem, _entry in gazetteer.demonyms()}
        for label, group in ((_NAME_RULE, names), (_DEMONYM_RULE, demonyms)):
            seqs = {words for words in name_words(sorted(group), nlp.tokenizer) if words}
            self.matcher.add(label, [[get_string_id(w) for w in seq] for seq in sorted(seqs)])
        self._demonym_id = nlp.vocab.strings[_DEMONYM_RULE]

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        gaz = self.gazetteer
        for match_id, start, end in self.matcher(doc):
            text = doc[start:end].text
            if match_id == self._demonym_id:
                entry = gaz.demonym_of(text)
                if entry is not None:
                    spans.append(Span(doc, start, end, label=_DEMONYM + entry.key))
            else:
                spans.extend(Span(doc, start, end, label=entry.key)
                             for entry in gaz.lookup(text))
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kgraph_gazetteer", default_config={"directory": None})
def _make_gazetteer_matcher(nlp: Language, name: str, directory: str | None) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, load_gazetteer(directory))


def add_gazetteer_ruler(nlp: Language, *, directory: str | None = None) -> None:
    """Add the gazetteer matcher to ``nlp`` (once), after the statistical NER."""
    if "kgraph_gazetteer" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_gazetteer", config={"directory": directory}, last=True)


# ------------------------------------------------------------------ candidates


class _Cand:
    """A mention being decided: token extent, type and link."""

    __slots__ = ("alias_of", "demonym", "end", "key", "kind", "source", "start", "type")

    def __init__(self, start: int, end: int, etype: str, *, kind: str | None = None,
                 key: str | None = None, source: str = "ner", demonym: bool = False) -> None:
        self.start = start
        self.end = end
        self.type = etype
        self.kind = kind
        self.key = key
        self.source = source
        self.demonym = demonym
        self.alias_of: _Cand | None = None

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"_Cand({self.start}, {self.end}, {self.type!r}, key={self.key!r})"


def _country_code(entry: GazetteerEntry) -> str | None:
    if entry.type == "Country":
        return entry.key.partition("/")[2]
    return entry.country


def _is_weak_place(entry: GazetteerEntry) -> bool:
    return entry.type == "Place" and bool(_WEAK_PLACE_FLAGS.intersection(entry.flags))


class _MentionFinder:
    """The rules of the module docstring, applied to one parsed document."""

    def __init__(self, sdoc: Doc, gazetteer: Gazetteer, lexicon: NameLexicon) -> None:
        self.doc = sdoc
        self.text = sdoc.text
        self.gaz = gazetteer
        self.lex = lexicon
        self._title_lines: dict[int, bool] = {}
        self._anchored_by: dict[str, set[tuple[int, int]]] = defaultdict(set)

    # -- helpers ---------------------------------------------------------------

    def _cap(self, i: int) -> bool:
        return self.doc[i].text[:1].isupper()

    def _words(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def _is_title_line(self, i: int) -> bool:
        """True when token ``i`` sits on a short line in which every word is capitalised."""
        text = self.text
        pos = self.doc[i].idx
        line_start = text.rfind("\n", 0, pos) + 1
        cached = self._title_lines.get(line_start)
        if cached is not None:
            return cached
        line_end = text.find("\n", pos)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by",
                 "is", "as", "vs", "with", "from"}
        result = 0 < len(words) <= 12 and all(w[0].isupper() or w in small for w in words) \
            and sum(1 for w in words if w[0].isupper()) >= 2
        self._title_lines[line_start] = result
        return result

    def _trim(self, ent: Span) -> tuple[int, int]:
        """Drop leading determiners, titles and lower-case words; trailing junk."""
        doc = self.doc
        start, end = ent.start, ent.end
        person = ent.label_ == "PERSON"
        while start < end:
            t = doc[start]
            low = t.lower_
            if low in _ARTICLES or t.is_punct or t.is_space:
                start += 1
            elif not t.text[:1].isupper() and low not in _NAME_PARTICLES \
                    and t.pos_ in _LEADING_JUNK_POS and not t.text[:1].isdigit():
                start += 1
            elif person and end - start > 1 and t.text[:1].isupper() and (
                    self.lex.is_title(t.text) or self.gaz.demonym_of(t.text) is not None):
                start += 1  # "Russian President Vladimir Putin" -> "Vladimir Putin"
            else:
                break
        if ent.label_ in ("ORG", "PERSON"):
            # "Emperor of Japan", "Chief of the General Staff of ...": a title, then the name.
            k = start
            while k < end and self.lex.is_title(doc[k].text):
                k += 1
            if start < k < end - 1 and doc[k].lower_ == "of":
                k += 1
                if doc[k].lower_ == "the" and k < end - 1:
                    k += 1
                if end - k == 1 and not self.gaz.lookup(doc[k].text):
                    return start, start  # "Secretary of State", "Minister of Defence"
                start = k
            if all(self.lex.is_title(t.text) for t in doc[start:end]):
                return start, start  # "Defence Minister" alone is a title, not a name
        for i in range(start, end):
            if "\n" in doc[i].text or doc[i].text in ("\u2022", "|"):
                # An entity never runs over a line break: keep the longer part.
                start, end = (start, i) if i - start >= end - i - 1 else (i + 1, end)
                break
        depth = 0
        for i in range(start, end):
            if doc[i].text == "(":
                depth += 1
            elif doc[i].text == ")":
                if depth == 0:  # "Desmarais)": keep what follows the bracket
                    start = i + 1
                depth = max(0, depth - 1)
        if depth:  # an unclosed bracket: "Popular Civic List (CP" -> "Popular Civic List"
            end = next(i for i in range(start, end) if doc[i].text == "(")
        while start < end - 1 and doc[start].text[:1].isdigit() \
                and doc[start + 1].text[:1].isupper():
            start += 1  # "7 Independent Labour Party members"
        while end > start:
            t = doc[end - 1]
            if t.tag_ == "POS" or t.is_punct or t.is_space or t.text in ("'s", "’s") \
                    or t.lower_ in _CONNECTORS or t.lower_ in ("and", "the"):
                end -= 1
            elif person and not t.text[:1].isupper() and t.lower_ not in _NAME_PARTICLES \
                    and t.is_alpha:
                end -= 1
            else:
                break
        return self._hyphen_extent(start, end)

    def _hyphen_extent(self, start: int, end: int) -> tuple[int, int]:
        """Extend over lower-case syllables hyphenated to the end ("Kim Dae" + "-jung").

        A capitalised word after the hyphen is another name ("Korea-Russia relations").
        """
        doc = self.doc
        if start >= end:
            return start, end
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha \
                and doc[end + 1].text[:1].islower():
            end += 2
        return start, end

    # -- rule 1: gazetteer extents and their entries -----------------------------

    def _gazetteer_extents(self) -> list[tuple[int, int, GazetteerEntry, bool]]:
        """Return non-overlapping gazetteer extents with the entry chosen for each."""
        options: dict[tuple[int, int], list[tuple[GazetteerEntry, bool]]] = defaultdict(list)
        for sp in self.doc.spans.get(SPAN_KEY, ()):
            label = sp.label_
            demonym = label.startswith(_DEMONYM)
            entry = self.gaz.get(label[len(_DEMONYM):] if demonym else label)
            if entry is not None:
                options[(sp.start, sp.end)].append((entry, demonym))
        # Countries the document names unambiguously: context for ambiguous names.
        anchors: set[str] = set()
        for (start, end), opts in options.items():
            if len(opts) == 1 and self._cap(start):
                code = _country_code(opts[0][0])
                if code:
                    anchors.add(code)
                    self._anchored_by[code].add((start, end))
        chosen: dict[tuple[int, int], tuple[GazetteerEntry, bool]] = {}
        for extent, opts in options.items():
            chosen[extent] = max(opts, key=lambda o: self._entry_rank(o, anchors))
        keep = filter_spans(Span(self.doc, s, e) for s, e in chosen)
        out = []
        for sp in keep:
            start = sp.start + 1 if sp[0].text == "the" and len(sp) > 1 else sp.start
            out.append((start, sp.end, *chosen[(sp.start, sp.end)]))
        return out

    @staticmethod
    def _entry_rank(option: tuple[GazetteerEntry, bool], anchors: set[str]
                    ) -> tuple[int, int, int, int, int]:
        entry, demonym = option
        code = _country_code(entry)
        in_context = int(code in anchors)
        # Out of context, a place inside some country the text never names comes after
        # a country, an area that belongs to none ("Red Sea", not Sudan's Red Sea state)
        # and a demonym ("Bulgarian", not a village of that name).
        unplaced = int(entry.type != "Place" or not entry.country or demonym)
        return (in_context, unplaced, _TYPE_RANK.get(entry.type, 0), int(demonym),
                entry.population)

    # -- rule 2: NER against gazetteer ----------------------------------------

    def _gaz_cand(self, start: int, end: int, entry: GazetteerEntry, demonym: bool,
                  source: str) -> _Cand:
        if not demonym and end - start > 1 and self.gaz.demonym_of(self.doc[start].text) \
                and any(t.is_alpha and t.text[:1].islower() for t in self.doc[start + 1:end]):
            demonym = True  # "Russian military": a description by demonym, not a name
        return _Cand(start, end, entry.type, kind=entry.kind, key=entry.key, source=source,
                     demonym=demonym)

    def _ner_beats(self, label: str, entry: GazetteerEntry, demonym: bool,
                   extent: tuple[int, int]) -> bool:
        """NER's PERSON or ORG over a place named by an everyday word, and PERSON over a
        city that is no capital and lies in no country the document names ("Davis",
        "Buchanan"; but "Sudzha" in a report on Russia's Kursk region stays a town)."""
        if demonym or entry.type != "Place" or label not in ("PERSON", "ORG"):
            return False
        if _is_weak_place(entry):
            return True
        named_elsewhere = self._anchored_by.get(entry.country or "", set()) - {extent}
        return (label == "PERSON" and entry.kind == "City" and "capital" not in entry.flags
                and not named_elsewhere)

    def _suppressed(self, start: int, end: int) -> bool:
        if normalize_name(self._words(start, end)) in self.lex.stopnames:
            return True
        if not any(self.doc[i].text[:1].isupper() for i in range(start, end)):
            return True
        return self._is_title_line(start)

    def _merge_ner(self, extents: list[tuple[int, int, GazetteerEntry, bool]]) -> list[_Cand]:
        doc = self.doc
        owner: dict[int, int] = {}
        for gi, (s, e, _entry, _dem) in enumerate(extents):
            for t in range(s, e):
                owner[t] = gi
        used: set[int] = set()
        cands: list[_Cand] = []
        for ent in doc.ents:
            label = ent.label_
            if label not in NER_TYPES and label not in _GAZETTEER_ONLY:
                continue
            start, end = self._trim(ent)
            if start >= end:
                continue
            touching = sorted({owner[t] for t in range(start, end) if t in owner})
            covering = [gi for gi in touching
                        if extents[gi][0] <= start and extents[gi][1] >= end]
            if covering:
                gi = covering[0]
                s, e, entry, demonym = extents[gi]
                used.add(gi)
                if (s, e) == (start, end) and self._ner_beats(label, entry, demonym, (s, e)):
                    cands.append(self._ner_cand(start, end, label, []) or _Cand(
                        start, end, NER_TYPES[label] or "Place"))
                else:
                    cands.append(self._gaz_cand(s, e, entry, demonym, "gazetteer+ner"))
                continue
            if label in _GAZETTEER_ONLY:
                continue
            inside = [gi for gi in touching if extents[gi][0] >= start and extents[gi][1] <= end]
            crossing = [gi for gi in touching if gi not in inside]
            if any(extents[gi][1] - extents[gi][0] > end - start for gi in crossing):
                continue  # a longer gazetteer name crosses this entity: the name wins
            parts = self._place_parts(start, end, inside, extents) if label in (
                "GPE", "LOC") else None
            if parts is not None:  # "Kursk, Russia": the places stand on their own
                for gi in inside:
                    used.add(gi)
                    cands.append(self._gaz_cand(*extents[gi], "gazetteer+ner"))
                continue
            if self._suppressed(start, end):
                continue  # the gazetteer names inside it, if any, stay free
            used.update(inside)
            used.update(crossing)
            cand = self._ner_cand(start, end, label, [extents[gi] for gi in inside])
            if cand is not None:
                cands.append(cand)
        for gi, (s, e, entry, demonym) in enumerate(extents):
            if gi not in used and self._standalone_ok(s, e, entry, demonym):
                cands.append(self._gaz_cand(s, e, entry, demonym, "gazetteer"))
        return cands

    def _place_parts(self, start: int, end: int, inside: list[int],
                     extents: list[tuple[int, int, GazetteerEntry, bool]]
                     ) -> list[tuple[int, int]] | None:
        """Split a GPE/LOC entity that lists known places ("Kursk, Russia", "Latin America
        and the Caribbean", "Kharkiv in Ukraine") into its names, or return None."""
        doc = self.doc
        covered: set[int] = set()
        for gi in inside:
            s, e, entry, demonym = extents[gi]
            if demonym or entry.type not in ("Country", "Place"):
                return None
            covered.update(range(s, e))
        if not inside:
            return None
        parts: list[tuple[int, int]] = []
        seps = 0
        i = start
        while i < end:
            t = doc[i]
            if i not in covered and (t.is_punct or t.lower_ in ("and", "the", "in")):
                seps += 1
                i += 1
                continue
            j = i
            while j < end and (j in covered or not (doc[j].is_punct or doc[j].lower_ in (
                    "and", "the", "in"))):
                j += 1
            parts.append((i, j))
            i = j
        if seps == 0 or len(parts) < 2:
            return None
        known = {(extents[gi][0], extents[gi][1]) for gi in inside}
        return parts if all(p in known for p in parts) else None

    def _ner_cand(self, start: int, end: int, label: str,
                  inside: list[tuple[int, int, GazetteerEntry, bool]]) -> _Cand | None:
        text = self._words(start, end)
        if label == "NORP":
            entry = self.gaz.demonym_of(text)
            if entry is None:
                return None
            return _Cand(start, end, entry.type, kind=entry.kind, key=entry.key, demonym=True)
        etype = NER_TYPES[label]
        assert etype is not None
        ok = _COMPATIBLE[label]
        for entry in self.gaz.lookup(text):
            if entry.type in ok:
                return _Cand(start, end, entry.type, kind=entry.kind, key=entry.key)
        if label == "PERSON":
            people = [x for x in inside if x[2].type == "Person" and not x[3]]
            if len(people) == 1 and people[0][1] == end:
                entry = people[0][2]
                return _Cand(start, end, "Person", kind=entry.kind, key=entry.key)
        last = self.doc[end - 1].text
        head = None
        if end - start > 1:
            head = self.lex.head_type(last) or self.lex.head_type(self.doc[end - 1].lemma_)
            if head is None and self.doc[start + 1].lower_ == "of" and self.lex.head_kind(
                    self.doc[start].text) in ("Country", "Region"):
                last = self.doc[start].text  # "Duchy of Prussia", "Kingdom of Sardinia"
                head = self.lex.head_type(last)
        if head is not None and head != etype and label in ("PERSON", "ORG", "GPE", "FAC"):
            # "Wayne Gretzky Drive" is a street, "Eurovision Song Contest" an event.
            return _Cand(start, end, head, kind=self.lex.head_kind(last))
        kind = self.lex.head_kind(last) if head == etype else None
        return _Cand(start, end, etype, kind=kind)

    def _standalone_ok(self, start: int, end: int, entry: GazetteerEntry, demonym: bool) -> bool:
        """Decide whether a gazetteer match that no NER entity touches is a mention."""
        doc = self.doc
        first = doc[start]
        if not first.text[:1].isupper():
            return False
        if demonym or entry.type in ("Country", "Organization", "Person", "Event"):
            return True
        weak = _is_weak_place(entry)
        prev = doc[start - 1] if start > 0 else None
        after_place_word = prev is not None and prev.lower_ in _PLACE_PREPOSITIONS
        if weak and not after_place_word:
            return False
        if end - start > 1:
            return True
        if not (first.pos_ == "PROPN" or first.tag_ in ("NNP", "NNPS")):
            return False
        # A one-word place glued to other capitalised words is part of another name
        # ("Buchanan Street", "Washington Post").
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and not nxt.is_punct:
            return False
        return not (prev is not None and prev.text[:1].isupper() and not prev.is_sent_start
                    and not prev.is_punct and not self.lex.is_title(prev.text))

    def _coordinated_places(self, cands: list[_Cand]) -> list[_Cand]:
        """Names listed before a plural place noun are places of that kind.

        "the Kur, Tuskar, and Seym rivers", "the Donetsk and Luhansk regions": each
        name is a Place, linked to the gazetteer's "<name> <noun>" when it has one
        ("Donetsk region" is the oblast, not the city).
        """
        doc = self.doc
        by_start = {c.start: c for c in cands}
        by_end = {c.end: c for c in cands}
        out = list(cands)
        plural = doc.vocab.strings.add("NNS")
        for noun in doc:
            if noun.tag != plural or noun.i == 0 or self.lex.head_type(noun.lemma_) != "Place":
                continue
            i = noun.i
            items: list[tuple[int, int]] = []
            k = i
            while k > 0:
                b = k
                a = b
                while a > 0 and doc[a - 1].is_alpha and doc[a - 1].text[:1].isupper():
                    a -= 1
                if a == b or b - a > 4:
                    break
                items.append((a, b))
                k = a
                if k > 0 and doc[k - 1].lower_ == "and":
                    k -= 1
                if k > 0 and doc[k - 1].text == ",":
                    k -= 1
                if k == a:
                    break
            if len(items) < 2:
                continue
            for a, b in items:
                old = by_start.get(a)
                if (old is not None and old.end != b) or by_end.get(b) not in (None, old):
                    continue
                if old is not None and old.type == "Place" and old.key:
                    linked = [e for e in self.gaz.lookup(f"{self._words(a, b)} {noun.lemma_}")
                              if e.type == "Place"]
                    if linked:
                        old.key, old.kind = linked[0].key, linked[0].kind
                    continue
                if old is not None and (old.type not in ("Person", "Place") or old.key):
                    continue
                linked = [e for e in self.gaz.lookup(f"{self._words(a, b)} {noun.lemma_}")
                          if e.type == "Place"]
                new = _Cand(a, b, "Place", kind=self.lex.head_kind(noun.lemma_), source="rule")
                if linked:
                    new.key, new.kind = linked[0].key, linked[0].kind
                if old is not None:
                    out.remove(old)
                out.append(new)
                by_start[a] = by_end[b] = new
        return out

    def _whole_people(self, cands: list[_Cand]) -> list[_Cand]:
        """Join two unlinked people with nothing but a space between them.

        NER sometimes cuts a name it has not seen in two ("Ernesto Alonso" + "Vargas
        Contreras"). (Taking in a capitalised word before a person was tried and
        dropped: the tagger calls "Liberal" or "Democrat" proper nouns too.)
        """
        doc = self.doc
        cands.sort(key=lambda c: c.start)
        out: list[_Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            if c.type == "Person" and not c.key and prev is not None \
                    and prev.type == "Person" and not prev.key and prev.end == c.start \
                    and doc[prev.end - 1].whitespace_ == " " and doc[c.start].is_alpha:
                prev.end = c.end
                continue
            out.append(c)
        return out

    # -- rule 3: organisation names ---------------------------------------------

    def _headed_names(self, cands: list[_Cand]) -> list[_Cand]:
        """Capitalised words ending in an organisation head word name one organisation.

        "Australian Greens", "Ulster Popular Unionist Party", "Russian Armed Forces": the
        run may hold demonyms, countries and places, never a person, and its head word
        may not belong to a name of another type ("Soviet Union" stays a country).
        """
        doc = self.doc
        n = len(doc)
        owner: dict[int, _Cand] = {}
        for c in cands:
            for t in range(c.start, c.end):
                owner[t] = c
        removed: set[int] = set()
        added: list[_Cand] = []
        i = 0
        while i < n:
            if not (doc[i].is_alpha and doc[i].text[:1].isupper()):
                i += 1
                continue
            j = i
            while j < n and doc[j].is_alpha and doc[j].text[:1].isupper():
                j += 1
            b = j
            while b > i and not self.lex.is_head(doc[b - 1].text):
                b -= 1
            a = i
            while a < b and (doc[a].lower_ in _ARTICLES or self.lex.is_title(doc[a].text)):
                a += 1
            if b - a >= 2 and self._headed_ok(a, b, owner) and not self._is_title_line(a):
                inside = {id(c): c for t in range(a, b) if (c := owner.get(t)) is not None}
                for c in inside.values():
                    removed.add(id(c))
                new = _Cand(a, b, "Organization", source="rule")
                self._relink_org(new)
                added.append(new)
            i = j
        return [c for c in cands if id(c) not in removed] + added

    def _headed_ok(self, a: int, b: int, owner: dict[int, _Cand]) -> bool:
        head_owner = owner.get(b - 1)
        if head_owner is not None and (head_owner.type != "Organization" or head_owner.demonym):
            return False
        inside = {id(c): c for t in range(a, b) if (c := owner.get(t)) is not None}
        for c in inside.values():
            if c.start < a or c.end > b or c.type == "Person":
                return False
            if (c.start, c.end) == (a, b):
                return False  # already this very name
        first = self.doc[a]
        return not (first.is_sent_start and first.pos_ != "PROPN" and a not in owner)

    def _complete_orgs(self, cands: list[_Cand]) -> list[_Cand]:
        doc = self.doc
        cands.sort(key=lambda c: c.start)
        at_start = {c.start: c for c in cands}
        at_end = {c.end: c for c in cands}
        removed: set[int] = set()

        def drop(c: _Cand) -> None:
            removed.add(id(c))
            at_start.pop(c.start, None)
            at_end.pop(c.end, None)

        for c in cands:
            if id(c) in removed or c.type != "Organization" or c.demonym:
                continue
            changed = chained = False
            at_start.pop(c.start, None)
            at_end.pop(c.end, None)
            # A demonym right before: "Australian" + "Democrats".
            left = at_end.get(c.start)
            if left is not None and left.demonym and self._cap(left.start):
                drop(left)
                c.start = left.start
                changed = True
            # "of"/"for" + a name after an organisation head word.
            while c.end + 1 < len(doc) and doc[c.end].lower_ in _CONNECTORS \
                    and (self.lex.is_head(doc[c.end - 1].text) or chained):
                k = c.end + 1
                if doc[k].lower_ == "the" and k + 1 < len(doc):
                    k += 1
                nxt = at_start.get(k)
                if nxt is not None:
                    if nxt.type == "Person" or nxt.demonym or (
                            nxt.type == "Organization" and doc[c.end].lower_ != "of"):
                        break  # "Quebec Liberal Party for the Parti Québécois": two names
                    drop(nxt)
                    c.end = nxt.end
                elif self._cap(k) and not doc[k].is_sent_start and not self.lex.is_title(
                        doc[k].text) and doc[k].is_alpha:
                    j = k
                    while j < len(doc) and self._cap(j) and doc[j].is_alpha and j not in (
                            at_start) and not doc[j].is_sent_start:
                        j += 1
                    c.end = j
                else:
                    break
                changed = chained = True
            # "A and B Party": A capitalised words with no head word, place or person.
            if self.lex.is_head(doc[c.end - 1].text) and c.start >= 2 \
                    and doc[c.start - 1].lower_ == "and":
                a_end = c.start - 1
                a_start = a_end
                ok = True
                while a_start > 0 and self._cap(a_start - 1) and doc[a_start - 1].is_alpha \
                        and doc[a_start - 1].lower_ not in _ARTICLES and a_end - a_start < 4:
                    tok = doc[a_start - 1]
                    if self.lex.is_head(tok.text) or self.lex.is_title(tok.text):
                        ok = False
                        break
                    a_start -= 1
                if ok and a_start < a_end and (not doc[a_start].is_sent_start
                                               or doc[a_start].pos_ == "PROPN"):
                    blockers = [x for x in cands if id(x) not in removed and x is not c
                                and x.start < a_end and x.end > a_start]
                    if all(x.type == "Organization" and not x.demonym
                           and x.start >= a_start and x.end <= a_end for x in blockers):
                        for x in blockers:
                            drop(x)
                        c.start = a_start
                        changed = True
            if changed:
                self._relink_org(c)
            at_start[c.start] = c
            at_end[c.end] = c
        return [c for c in cands if id(c) not in removed]

    def _relink_org(self, c: _Cand) -> None:
        text = self._words(c.start, c.end)
        found = [e for e in self.gaz.lookup(text) if e.type == "Organization"]
        if found:
            c.key, c.kind, c.source = found[0].key, found[0].kind, "gazetteer+rule"
        else:
            c.key, c.source = None, "rule"
            c.kind = self.lex.head_kind(self.doc[c.end - 1].text) or c.kind

    # -- rule 4: acronyms in brackets ---------------------------------------------

    def _bracket_acronyms(self, cands: list[_Cand]) -> list[_Cand]:
        doc = self.doc
        by_start = {c.start: c for c in cands}
        added: list[_Cand] = []
        for c in cands:
            if c.demonym or c.type == "Person" or c.end - c.start < 2:
                continue
            i = c.end
            if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
                continue
            word = doc[i + 1].text
            if not _ACRONYM.match(word):
                continue
            old = by_start.get(i + 1)
            if old is not None and old.end == i + 2 and old.key and old.key != c.key:
                continue  # a known name of something else ("(UN)" after a UN body)
            acr = _Cand(i + 1, i + 2, c.type, kind=c.kind, key=c.key, source="rule")
            acr.alias_of = c
            if old is not None:
                old.start = -1  # replaced
            added.append(acr)
        return [c for c in cands if c.start >= 0] + added

    # -- rule 5: one name, one reading -------------------------------------------

    def _one_reading(self, cands: list[_Cand]) -> list[_Cand]:
        doc = self.doc
        covered = bytearray(len(doc))
        for c in cands:
            for t in range(c.start, c.end):
                covered[t] = 1
        # People named in full: their surnames and first names.
        name_parts: dict[str, _Cand] = {}
        surnames: set[str] = set()
        for c in cands:
            if c.type != "Person" or c.end - c.start < 2:
                continue
            words = [t.text for t in doc[c.start:c.end]
                     if t.is_alpha and t.text[:1].isupper() and not self.lex.is_title(t.text)]
            if len(words) < 2:
                continue
            surnames.add(words[-1])
            for w in (words[0], words[-1]):
                name_parts.setdefault(w, c)
        if name_parts:
            for c in cands:
                if c.type == "Person" or c.end - c.start != 1 or c.demonym:
                    continue
                if doc[c.start].text not in name_parts:
                    continue
                entry = self.gaz.get(c.key) if c.key else None
                if entry is not None and (entry.type in ("Country", "Organization")
                                          or entry.kind not in (None, "City")):
                    continue
                c.type, c.kind, c.key, c.source = "Person", None, None, "rule"
        # Repeats of names found elsewhere in the document.
        table: dict[str, list[tuple[tuple[str, ...], _Cand]]] = defaultdict(list)
        for c in cands:
            if c.demonym:
                continue
            words = tuple(t.text for t in doc[c.start:c.end])
            if not words[0][:1].isupper():
                continue
            table[words[0]].append((words, c))
        for w in surnames:
            if w not in table and not self.lex.is_title(w):
                table[w].append(((w,), _Cand(0, 0, "Person", source="rule")))
        for opts in table.values():
            opts.sort(key=lambda o: -len(o[0]))
        added: list[_Cand] = []
        i = 0
        n = len(doc)
        while i < n:
            if covered[i] or doc[i].text not in table:
                i += 1
                continue
            match = None
            for words, model in table[doc[i].text]:
                j = i + len(words)
                if j <= n and not any(covered[i:j]) and all(
                        doc[i + k].text == words[k] for k in range(1, len(words))):
                    match = (j, model)
                    break
            if match is None:
                i += 1
                continue
            j, model = match
            if j - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN":
                i += 1
                continue
            c = _Cand(i, j, model.type, kind=model.kind, key=model.key, source="rule")
            c.alias_of = model.alias_of
            added.append(c)
            for t in range(i, j):
                covered[t] = 1
            i = j
        cands = cands + added
        # Unlinked repeats of one name, and a name with its bracketed acronym, take the
        # type most of them have (the first's on a tie).
        readings: dict[str, list[_Cand]] = defaultdict(list)
        for c in sorted(cands, key=lambda c: c.start):
            if c.key is None and not c.demonym:
                readings[normalize_name(self._words(c.start, c.end))].append(c)
        merged_into: dict[str, str] = {}
        for name, group in list(readings.items()):
            full = next((c.alias_of for c in group if c.alias_of is not None), None)
            if full is None or full.key is not None:
                continue
            full_name = normalize_name(self._words(full.start, full.end))
            target = merged_into.get(full_name, full_name)
            if target != name and target in readings:
                readings[target].extend(readings.pop(name))
                merged_into[name] = target
        for group in readings.values():
            group.sort(key=lambda c: c.start)
            types = {c.type for c in group}
            if len(types) > 1:
                counts: dict[str, int] = defaultdict(int)
                for c in group:
                    counts[c.type] += 1
                best = max(types, key=lambda t: (counts[t], t == group[0].type))
                for c in group:
                    if c.type != best:
                        c.type = best
                        c.kind = next((x.kind for x in group if x.type == best), None)
        return cands

    # -- all rules ---------------------------------------------------------------

    def run(self, document: Document) -> list[Mention]:
        extents = self._gazetteer_extents()
        cands = self._merge_ner(extents)
        cands = self._coordinated_places(cands)
        cands = self._whole_people(cands)
        cands = self._headed_names(cands)
        cands = self._complete_orgs(cands)
        cands = self._bracket_acronyms(cands)
        cands = self._one_reading(cands)
        cands.sort(key=lambda c: (c.start, -c.end))
        kept: list[_Cand] = []
        for c in cands:
            if kept and c.start < kept[-1].end:
                continue  # nested in or crossing an earlier, longer mention
            kept.append(c)
        doc = self.doc
        offsets = {id(c): (doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]))
                   for c in kept}
        mentions = []
        for c in kept:
            start, end = offsets[id(c)]
            alias = offsets.get(id(c.alias_of)) if c.alias_of is not None else None
            mentions.append(Mention(
                doc_id=document.id, start=start, end=end, text=self.text[start:end],
                type=c.type, kind=c.kind, key=c.key, source=c.source, demonym=c.demonym,
                alias_of=alias,
            ))
        return mentions


def find_mentions(sdoc: Doc, document: Document, gazetteer: Gazetteer | None = None, *,
                  lexicon: NameLexicon | None = None) -> list[Mention]:
    """Return the mentions of entities in a parsed document, in text order.

    Args:
        sdoc: the spaCy ``Doc`` (with ``doc.ents`` and, when the gazetteer matcher
            ran, ``doc.spans["kg_gazetteer"]``).
        document: the source document the ``Doc`` was parsed from.
        gazetteer: the gazetteer whose keys the spans carry (default: the shipped one).
        lexicon: the recognition word lists (default: the shipped ones).

    Examples:
        >>> from spacy.lang.en import English
        >>> doc = English()("Kim Jong Un praised the troops.")
        >>> doc.ents = [Span(doc, 0, 3, label="PERSON")]
        >>> [(m.text, m.type) for m in find_mentions(doc, Document("d", doc.text),
        ...                                           Gazetteer([]))]
        [('Kim Jong Un', 'Person')]
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    lex = lexicon if lexicon is not None else load_name_lexicon()
    return _MentionFinder(sdoc, gaz, lex).run(document)
