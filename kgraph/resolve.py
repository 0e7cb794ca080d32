"""Resolve mentions to entities with stable IRIs, within and across documents.

Within a document (:func:`resolve_document`), in this order:

1. **Gazetteer links.** Mentions linked to one gazetteer entry are one entity, whatever
   the surface: "North Korea", "North Korea's", "DPRK", "Democratic People's Republic
   of Korea", the demonym "North Korean"; "Kim Jong Un" and "Kim Jong-un"; "Курск" and
   "Kursk". A region ("Kursk Oblast", "the Kursk region") and a city ("Kursk") are
   different entries, so different entities.
2. **Stated aliases.** A mention that the text itself gives as an abbreviation
   ("Italian Democratic Socialists (SDI)", ``Mention.alias_of``) joins its full name,
   and so does every later use of that acronym, whatever else the gazetteer knows by it
   ("the JEM leader" after "Justice and Equality Movement (JEM)").
3. **Same name.** Unlinked mentions of one type join when their names are equal after
   :func:`~kgraph.gazetteer.normalize_name` (case, accents, hyphens, dots), a leading
   "the" and a trailing "'s" are folded; for people, titles ("President", "Gen.",
   ``data/titles.tsv``) and generational suffixes ("Jr.") are dropped too.
4. **Short forms of people.** A person named by part of a longer name seen in the
   document ("Gerasimov", "Vladimir Putin", "Vasilyevich Gerasimov" after "Valery
   Vasilyevich Gerasimov") joins it when its words are, in order, words of the longer
   name that include its surname or its first word. When several people fit ("Kim"
   with "Kim Jong Un" and "Kim Yo Jong"), each mention goes to the one named last
   before it, not counting a name told as an aside ("Sharif, the younger brother of
   Nawaz Sharif, ..."): two people who share a surname stay two.
   **Spellings of one person.** A person whose name is another's with a given name
   spelt another way or given as an initial joins them when only one person fits:
   "Zachary Lyapunov" and "Zakhary Petrovich Lyapunov" (transliteration variants such as
   kh/ch, ks/x, y/i, doubled letters are folded, then one edit is allowed in names of five
   letters or more, never in the last letter: "Maria" and "Mario" stay two), "J. H.
   Dearle" and "John Henry Dearle". Surnames must agree up to those variants.
5. **Short forms of organisations and places.** An acronym joins the one organisation
   whose initials it spells ("LASM", "Latin American School of Medicine"); a name that
   is the first words, or the one last word, of exactly one longer name of the same type
   joins it ("Spurs" and "San Antonio Spurs", "the Commission" and "European
   Commission", "Johns Hopkins" and "Johns Hopkins University").

Types gate every join: a person never joins a place or an organisation (the mention
layer has already given one reading to one name in a document).

Across documents (:func:`merge_entities`) entities with the same IRI merge, and a
person named in part with no fuller name in its own document ("Gerasimov", "Vladimir
Putin") joins the one person in the corpus whose name it fits (rule 4), if only one.

IRIs: gazetteer entries get ``{BASE_IRI}{key}`` (``.../country/KP``,
``.../place/geonames-538560``); other entities ``{BASE_IRI}{type}/{slug of label}``.
The same thing gets the same IRI in every build. Identifiers (``Entity.ids``) come
only from gazetteer data (ISO 3166, GeoNames), never from the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .gazetteer import Gazetteer, normalize_name
from .mentions import NameLexicon, load_name_lexicon
from .model import Entity, Mention

__all__ = [
    "BASE_IRI",
    "entity_iri",
    "merge_entities",
    "person_name_words",
    "resolve_document",
    "slugify",
]

#: Namespace of the entities kgraph mints.
BASE_IRI = "https://w3id.org/kgraph/id/"

_TYPE_PREFIX = {
    "Person": "person",
    "Country": "country",
    "Place": "place",
    "Organization": "org",
    "Event": "event",
}
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "&",
                           "to", "a", "an", "at", "del", "der", "di", "el", "et", "le", "y"})


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug for use in an IRI.

    Examples:
        >>> slugify("Workers' Party of Korea")
        'workers-party-of-korea'
        >>> slugify("Курск")
        'kursk'
    """
    text = _translit(text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "x"


_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
     "i", "ye", "yi", "g"],
    strict=True,
))


def _translit(text: str) -> str:
    return "".join(_CYRILLIC.get(c, _CYRILLIC.get(c.lower(), c)) for c in text)


def entity_iri(*, key: str | None = None, type: str = "Organization", name: str = "") -> str:
    """Return the IRI of a gazetteer entry (by key) or of a named thing (by type and name).

    Examples:
        >>> entity_iri(key="country/KP")
        'https://w3id.org/kgraph/id/country/KP'
        >>> entity_iri(type="Person", name="Valery Gerasimov")
        'https://w3id.org/kgraph/id/person/valery-gerasimov'
    """
    if key:
        return BASE_IRI + key
    return f"{BASE_IRI}{_TYPE_PREFIX.get(type, 'thing')}/{slugify(name)}"


def _plain_words(text: str) -> list[str]:
    """Normalised words of a name without a leading "the" or a trailing "'s"."""
    norm = normalize_name(text)
    norm = re.sub(r"^the ", "", norm)
    norm = re.sub(r"'s?$", "", norm).strip()
    return [w.strip("'") for w in norm.split() if w.strip("'")]


def person_name_words(text: str, lexicon: NameLexicon | None = None) -> list[str]:
    """Return the words of a person's name without titles, possessive and suffixes.

    Examples:
        >>> person_name_words("President Vladimir Putin's")
        ['vladimir', 'putin']
        >>> person_name_words("Lt. Gen. Kim Jong-un")
        ['kim', 'jong', 'un']
        >>> person_name_words("Paul Desmarais Jr.")
        ['paul', 'desmarais']
    """
    lex = lexicon if lexicon is not None else load_name_lexicon()
    words = _plain_words(text)
    while len(words) > 1 and lex.is_title(words[0]):
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES:
        words = words[:-1]
    return words


def _clean_surface(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['’]s?$", "", text).strip(" -")


def _fits(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when ``short`` names, in order, part of ``full`` including its first or last word.

    Examples:
        >>> _fits(["putin"], ["vladimir", "vladimirovich", "putin"])
        True
        >>> _fits(["vladimir", "putin"], ["vladimir", "vladimirovich", "putin"])
        True
        >>> _fits(["vladimirovich"], ["vladimir", "vladimirovich", "putin"])
        False
    """
    if len(short) >= len(full) or not short:
        return False
    if short[-1] != full[-1] and short[0] != full[0]:
        return False
    it = iter(full)
    return all(w in it for w in short)


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w and w not in _ACRONYM_SKIP)


class _Cluster:
    __slots__ = ("first", "key", "kind", "mentions", "names", "type", "words")

    def __init__(self, mention: Mention, words: list[str], key: str | None = None) -> None:
        self.key = key
        self.type = mention.type
        self.kind = mention.kind
        self.words = words
        self.names: list[list[str]] = [words]  # every full form this cluster answers to
        self.mentions: list[Mention] = [mention]
        self.first = mention.start

    def absorb(self, other: _Cluster) -> None:
        self.mentions.extend(other.mentions)
        self.first = min(self.first, other.first)
        self.kind = self.kind or other.kind


def resolve_document(mentions: Sequence[Mention], gazetteer: Gazetteer, *,
                     lexicon: NameLexicon | None = None, text: str | None = None
                     ) -> list[Entity]:
    """Group one document's mentions into entities with stable IRIs.

    With the document's ``text``, a full name told as an aside ("the brother OF Nawaz
    Sharif") does not make that person the one a later bare surname means (rule 4).

    Examples:
        >>> ms = [Mention("d", 0, 16, "Valery Gerasimov", "Person"),
        ...       Mention("d", 30, 39, "Gerasimov", "Person")]
        >>> [(e.label, len(e.mentions)) for e in resolve_document(ms, Gazetteer([]))]
        [('Valery Gerasimov', 2)]
    """
    lex = lexicon if lexicon is not None else load_name_lexicon()
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    by_name: dict[tuple[str, tuple[str, ...]], _Cluster] = {}
    by_span: dict[tuple[int, int], _Cluster] = {}
    aliases: list[Mention] = []
    for m in ordered:
        if m.alias_of is not None and not m.key:
            aliases.append(m)
            continue
        if m.key:
            c = by_key.get(m.key)
            if c is None:
                c = _Cluster(m, [], key=m.key)
                entry = gazetteer.get(m.key)
                if entry is not None:
                    c.type, c.kind = entry.type, entry.kind
                    c.names = [w for w in (
                        person_name_words(n, lex) if entry.type == "Person" else _plain_words(n)
                        for n in entry.names) if w]
                    c.words = c.names[0] if c.names else []
                by_key[m.key] = c
                clusters.append(c)
            else:
                c.mentions.append(m)
            by_span[(m.start, m.end)] = c
            continue
        words = person_name_words(m.text, lex) if m.type == "Person" else _plain_words(m.text)
        if not words:
            continue
        name_key = (m.type, tuple(words))
        c = by_name.get(name_key)
        if c is None:
            c = _Cluster(m, words)
            by_name[name_key] = c
            clusters.append(c)
        else:
            c.mentions.append(m)
        by_span[(m.start, m.end)] = c
    # Stated aliases: "(SDI)" joins the name it follows, and so do other "SDI"s.
    for m in aliases:
        target = by_span.get(m.alias_of) if m.alias_of else None
        if target is None:
            target = _Cluster(m, _plain_words(m.text))
            clusters.append(target)
        else:
            target.mentions.append(m)
        by_span[(m.start, m.end)] = target
        same = by_name.pop((m.type, tuple(_plain_words(m.text))), None)
        if same is not None and same is not target and same in clusters:
            target.absorb(same)
            clusters.remove(same)
    for m in ordered:
        if m.alias_of is not None and (target := by_span.get((m.start, m.end))) is not None:
            _take_stated_acronym(target, m, clusters)
    clusters = _join_short_people(clusters, text)
    clusters = _join_variant_people(clusters)
    clusters = _join_short_names(clusters)
    return [_to_entity(c, gazetteer) for c in clusters]


def _take_stated_acronym(target: _Cluster, alias: Mention, clusters: list[_Cluster]) -> None:
    """An acronym the document defines means what it defines there, whatever else the
    gazetteer knows by it: after "the Justice and Equality Movement (JEM)", "the JEM
    leader" is that movement, not Jaish-e-Mohammed. Another entity named in the
    document only by that acronym moves to the defined name."""
    folded = normalize_name(alias.text)
    for c in list(clusters):
        if c is target or c.type != target.type or \
                not all(normalize_name(x.text) == folded for x in c.mentions):
            continue
        target.mentions.extend(replace(x, key=target.key) for x in c.mentions)
        target.first = min(target.first, c.first)
        clusters.remove(c)


def _join_short_people(clusters: list[_Cluster], text: str | None = None) -> list[_Cluster]:
    """Rule 4: part of a longer person's name joins that person."""
    people = [c for c in clusters if c.type == "Person" and c.names]
    gone: set[int] = set()
    for c in sorted(people, key=lambda c: min(len(n) for n in c.names)):
        if c.key:
            continue  # a gazetteer person is a full identity already
        # ("Francis" after "Pope Francis": the whole of a known name without its title)
        fits = [o for o in people if o is not c and id(o) not in gone
                and any(_fits(c.words, n) or (o.key and list(c.words) == list(n))
                        for n in o.names)]
        if not fits:
            continue
        gone.add(id(c))
        if len(fits) == 1:
            fits[0].absorb(c)
            continue
        # Several people fit ("Kim"): each mention goes to the one named last before it.
        for m in c.mentions:
            before = [o for o in fits if o.first < m.start]
            target = max(before, key=lambda o: _last_before(o, m.start, text)) \
                if before else fits[0]
            target.mentions.append(m)
    return [c for c in clusters if id(c) not in gone]


# Spelling variants of one name in Latin script, folded before names are compared:
# transliterations ("Zakhary"/"Zachary", "Aleksandr"/"Alexander", "Sergei"/"Sergey",
# "Zelensky"/"Zelenskyy", "Wladimir"/"Vladimir") and doubled letters.
_VARIANT_FOLDS = (
    (re.compile(r"ks|cks|x"), "x"),
    (re.compile(r"kh|ch"), "h"),
    (re.compile(r"ck|c|q"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"(\w)\1+"), r"\1"),
)


def _variant_key(word: str) -> str:
    """Return the form of a name word in which its usual spelling variants coincide.

    Examples:
        >>> _variant_key("zakhary") == _variant_key("zachary")
        True
        >>> _variant_key("zelensky") == _variant_key("zelenskyy")
        True
        >>> _variant_key("prokopy") == _variant_key("zakhary")
        False
    """
    for pattern, repl in _VARIANT_FOLDS:
        word = pattern.sub(repl, word)
    return word


def _same_given_name(a: str, b: str) -> bool:
    """True when two given names are spellings of one name ("Zakhary", "Zachary";
    "Aleksandr", "Alexander"), never two names that differ in their ending ("Maria",
    "Mario") or short names one letter apart ("Jon", "John").

    Examples:
        >>> _same_given_name("aleksandr", "alexander"), _same_given_name("maria", "mario")
        (True, False)
        >>> _same_given_name("jon", "john"), _same_given_name("sergei", "sergey")
        (False, True)
    """
    if a == b:
        return True
    fa, fb = _variant_key(a), _variant_key(b)
    if fa == fb:
        return len(a) >= 4
    if min(len(fa), len(fb)) < 5 or fa[0] != fb[0] or fa[-1] != fb[-1]:
        return False
    return _within_one_edit(fa, fb)


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _variant_of(short: Sequence[str], full: Sequence[str]) -> bool:
    """True when ``short`` is ``full`` or part of it with a given name spelt another way:
    the same surname (up to variants), a variant of the first name, and any middle names
    of ``short`` found, in order, in ``full`` ("Zachary Lyapunov" and "Zakhary Petrovich
    Lyapunov"); an initial stands for any word it starts ("J. H. Dearle", "John Henry
    Dearle"; the caller joins only where one person fits).

    Examples:
        >>> _variant_of(["zachary", "lyapunov"], ["zakhary", "petrovich", "lyapunov"])
        True
        >>> _variant_of(["prokopy", "lyapunov"], ["zakhary", "petrovich", "lyapunov"])
        False
        >>> _variant_of(["william", "h", "armstrong"], ["william", "hepburn", "armstrong"])
        True
    """
    if len(short) < 2 or len(full) < 2 or len(short) > len(full):
        return False
    if _variant_key(short[-1]) != _variant_key(full[-1]) or len(short[-1]) < 3:
        return False
    if not _same_given_name(short[0], full[0]) and not _initial_of(short[0], full[0]):
        return False
    middle = iter(full[1:-1])
    return all(any(_same_given_name(w, m) or _initial_of(w, m) for m in middle)
               for w in short[1:-1])


def _initial_of(initial: str, word: str) -> bool:
    """True when ``initial`` is one letter (a dot already dropped) that starts ``word``."""
    return len(initial) == 1 and len(word) > 1 and word.startswith(initial)


def _join_variant_people(clusters: list[_Cluster]) -> list[_Cluster]:
    """Rule 4b: a person whose name is another person's spelt another way joins them,
    when only one person fits (two gazetteer people never join)."""
    people = [c for c in clusters if c.type == "Person" and c.names]
    gone: set[int] = set()
    for c in sorted(people, key=lambda c: c.first):
        if c.key or id(c) in gone:
            continue
        fits = [o for o in people if o is not c and id(o) not in gone and any(
            _variant_of(a, b) for a in c.names for b in o.names)]
        if len(fits) == 1:
            fits[0].absorb(c)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _last_before(c: _Cluster, offset: int, text: str | None = None) -> int:
    """Where ``c`` was last named before ``offset``, not counting names told as an aside
    of another noun ("Sharif, the younger brother OF Nawaz Sharif, received ..."): the
    person a bare surname then means is the one the story is about."""
    return max((m.start for m in c.mentions
                if m.start < offset and not (text is not None and _aside(text, m.start))),
               default=-1)


#: An apposition that names someone by their tie to another: ", the younger brother of".
_ASIDE = re.compile(r"^\s*(?:the|a|an|his|her|their)\b[^,;.]*\bof\s+[^,;.]*$", re.IGNORECASE)


def _aside(text: str, start: int) -> bool:
    """Whether the name at ``start`` ends an apposition's "of" phrase ("Sharif, THE
    YOUNGER BROTHER OF three-time premier Nawaz Sharif")."""
    comma = text.rfind(",", max(start - 80, 0), start)
    return comma >= 0 and bool(_ASIDE.match(text[comma + 1:start]))


def _join_short_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """Rule 5: acronyms and first/last words of organisations and places."""
    gone: set[int] = set()
    for etype in ("Organization", "Place"):
        group = [c for c in clusters if c.type == etype and c.names]
        for c in sorted(group, key=lambda c: len(c.words)):
            if c.key or id(c) in gone or not c.words:
                continue
            fits: list[_Cluster] = []
            if etype == "Organization" and len(c.words) == 1 and len(c.words[0]) >= 2 and any(
                    s.isupper() for s in (m.text for m in c.mentions)):
                fits = [o for o in group if o is not c and id(o) not in gone
                        and any(len(n) > 1 and _initials(n) == c.words[0] for n in o.names)]
            if not fits:
                n = len(c.words)
                # First words ("Johns Hopkins"), or one last word ("Spurs"): a longer
                # tail is often another name ("Democratic Party of Japan" is no short
                # form of "Liberal Democratic Party of Japan").
                fits = [o for o in group if o is not c and id(o) not in gone and any(
                    len(w) > n and (list(w[:n]) == c.words or (n == 1 and w[-1] == c.words[0]))
                    for w in o.names)]
            if len(fits) == 1:
                fits[0].absorb(c)
                gone.add(id(c))
    # An unlinked full name whose initials are a gazetteer acronym joins that entry.
    keyed_acronyms: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        if c.key and c.type == "Organization" and id(c) not in gone:
            for n in c.names:
                if len(n) == 1 and len(n[0]) >= 2:
                    keyed_acronyms[n[0]].append(c)
    for c in clusters:
        if c.key or c.type != "Organization" or id(c) in gone or len(c.words) < 2:
            continue
        fits = keyed_acronyms.get(_initials(c.words), [])
        if len(fits) == 1:
            fits[0].absorb(c)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _to_entity(c: _Cluster, gazetteer: Gazetteer) -> Entity:
    mentions = tuple(sorted(c.mentions, key=lambda m: (m.start, m.end)))
    entry = gazetteer.get(c.key) if c.key else None
    if entry is not None:
        iri = entity_iri(key=entry.key)
        label, etype, kind, ids = entry.label, entry.type, entry.kind, entry.ids
    else:
        types = Counter(m.type for m in mentions)
        etype = types.most_common(1)[0][0]
        names = [_clean_surface(m.text) for m in mentions
                 if not m.demonym and m.alias_of is None] or [
                     _clean_surface(m.text) for m in mentions]
        label = max(names, key=lambda s: (len(s.split()), len(s)))
        if etype == "Person":
            label = _strip_titles(label)
        elif etype == "Place" and label.isupper() and len(label) > 4 and \
                any(m.source == "dateline" for m in mentions):
            label = label.title()  # "CAMP DAVID, Maryland —": Camp David
        iri = entity_iri(type=etype, name=label)
        kind, ids = c.kind, ()
    names = {_clean_surface(m.text) for m in mentions}  # demonyms too: found by search
    if entry is not None:
        names.update(entry.aliases)  # every name the data knows, for search and SPARQL
    aliases = sorted(names - {label, ""})
    return Entity(iri=iri, type=etype, label=label, kind=kind, aliases=tuple(aliases),
                  ids=tuple(ids), mentions=mentions)


def _strip_titles(label: str) -> str:
    lex = load_name_lexicon()
    parts = label.split()
    while len(parts) > 1 and lex.is_title(parts[0]):
        parts = parts[1:]
    return " ".join(parts)


def merge_entities(entities: Iterable[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """Merge per-document entities into corpus entities.

    Returns the merged entities and a map from every per-document IRI that changed
    to the IRI it now has (for rewriting relations).

    Examples:
        >>> a = Entity("x:1", "Person", "Valery Gerasimov", mentions=())
        >>> b = Entity(entity_iri(type="Person", name="Gerasimov"), "Person", "Gerasimov")
        >>> merged, moved = merge_entities([a, b])
        >>> [e.label for e in merged], list(moved.values())
        (['Valery Gerasimov'], ['x:1'])
    """
    groups: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        groups[e.iri].append(e)
    moved: dict[str, str] = {}
    # People named in part ("Gerasimov", "Vladimir Putin") with no fuller name in their
    # own document join the one person in the corpus whose name they fit, if only one.
    names: dict[str, list[list[str]]] = {}
    for iri, es in groups.items():
        if es[0].type == "Person":
            forms = {tuple(person_name_words(n)) for e in es for n in (e.label, *e.aliases)}
            names[iri] = [list(f) for f in forms if f]
    by_word: dict[str, set[str]] = defaultdict(set)
    for iri, forms in names.items():
        for f in forms:
            if len(f) > 1:
                by_word[f[0]].add(iri)
                by_word[f[-1]].add(iri)
    for iri in sorted(names, key=lambda i: min((len(f) for f in names[i]), default=0)):
        if iri not in groups or any(m.key for e in groups[iri] for m in e.mentions):
            continue  # gazetteer people are full identities already
        words = person_name_words(groups[iri][0].label)
        if not words:
            continue
        fits = {o for o in by_word.get(words[0], set()) | by_word.get(words[-1], set())
                if o != iri and o in groups and any(_fits(words, f) for f in names[o])}
        if len(fits) == 1:
            target = fits.pop()
            groups[target].extend(groups.pop(iri))
            moved[iri] = target
            for old, new in list(moved.items()):
                if new == iri:
                    moved[old] = target
    merged = []
    for iri, es in groups.items():
        own = next(e for e in es if e.iri == iri)  # the target of a move keeps its name
        names = {a for e in es for a in (e.label, *e.aliases)}
        merged.append(Entity(
            iri=iri, type=own.type, label=own.label, kind=own.kind,
            aliases=tuple(sorted(names - {own.label})), ids=own.ids,
            mentions=tuple(m for e in es for m in e.mentions),
        ))
    return merged, moved
