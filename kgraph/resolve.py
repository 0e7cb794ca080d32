"""Resolve mentions to entities with stable IRIs, within and across documents.

Within a document (:func:`resolve_document`):

- a mention linked to the gazetteer takes the entry's key (``country/KP``), so every
  name of North Korea ("DPRK", "North Korea's", the demonym "North Korean") is one
  entity;
- an unlinked name is folded by :func:`~kgraph.gazetteer.normalize_name` (case,
  hyphens, accents, a leading "the", a trailing "'s");
- a person named by surname or first name alone ("Gerasimov") joins the full name
  seen in the same document when exactly one full name fits, else the nearest one
  before it;
- an acronym joins the organisation whose initials it spells.

Across documents (:func:`merge_entities`) entities with the same IRI merge, and a
surname-only person with no full name in its own document joins the one full name
that fits in the corpus, if there is exactly one.

IRIs: gazetteer entries get ``{BASE}{key}``; others a slug of type and name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .gazetteer import Gazetteer, normalize_name
from .model import Entity, Mention

__all__ = [
    "BASE_IRI",
    "entity_iri",
    "merge_entities",
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

_TITLES = {
    "president", "prime", "minister", "premier", "chancellor", "general", "gen",
    "gen.", "colonel", "col", "col.", "lt", "lt.", "admiral", "adm", "adm.", "marshal",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "king", "queen",
    "prince", "princess", "leader", "chairman", "secretary", "senator", "sen.",
    "rep.", "governor", "gov.", "mayor", "ambassador", "foreign", "defence", "defense",
    "supreme", "commander", "chief", "deputy", "vice", "spokesman", "spokeswoman",
    "spokesperson", "pope", "sheikh", "emir",
}


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


def _name_tokens(text: str) -> list[str]:
    """Return the words of a person's name without titles and possessives."""
    norm = normalize_name(text)
    norm = re.sub(r"'s?$", "", norm)
    words = norm.split()
    while words and words[0] in _TITLES:
        words = words[1:]
    return words


def _clean_surface(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['’]s?$", "", text).strip(" -")


class _Cluster:
    __slots__ = ("key", "kind", "mentions", "name", "type", "words")

    def __init__(self, mention: Mention, name: str, words: list[str]) -> None:
        self.key = mention.key
        self.type = mention.type
        self.kind = mention.kind
        self.name = name
        self.words = words
        self.mentions: list[Mention] = [mention]


def _acronym(words: Sequence[str]) -> str:
    skip = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "&"}
    return "".join(w[0] for w in words if w and w not in skip)


def resolve_document(mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Entity]:
    """Group one document's mentions into entities with stable IRIs.

    Examples:
        >>> ms = [Mention("d", 0, 16, "Valery Gerasimov", "Person"),
        ...       Mention("d", 30, 39, "Gerasimov", "Person")]
        >>> [(e.label, len(e.mentions)) for e in resolve_document(ms, Gazetteer([]))]
        [('Valery Gerasimov', 2)]
    """
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    by_name: dict[tuple[str, str], _Cluster] = {}
    pending_short: list[tuple[Mention, list[str]]] = []
    for m in mentions:
        if m.key:
            c = by_key.get(m.key)
            if c is None:
                entry = gazetteer.get(m.key)
                label = entry.label if entry else _clean_surface(m.text)
                c = _Cluster(m, label, _name_tokens(label))
                by_key[m.key] = c
                clusters.append(c)
            else:
                c.mentions.append(m)
            continue
        words = _name_tokens(m.text) if m.type == "Person" else normalize_name(
            _clean_surface(m.text)).split()
        if not words:
            continue
        if m.type == "Person" and len(words) == 1:
            pending_short.append((m, words))
            continue
        name_key = (m.type, " ".join(words))
        c = by_name.get(name_key)
        if c is None:
            c = _Cluster(m, _clean_surface(m.text), words)
            by_name[name_key] = c
            clusters.append(c)
        else:
            c.mentions.append(m)
    # Surname- or first-name-only people: join the full name that fits.
    for m, words in pending_short:
        word = words[0]
        fits = [c for c in clusters if c.type == "Person" and len(c.words) > 1
                and (c.words[-1] == word or c.words[0] == word)]
        if len(fits) > 1:
            before = [c for c in fits if c.mentions[0].start < m.start]
            fits = sorted(before, key=lambda c: -c.mentions[0].start)[:1] or fits[:1]
        if fits:
            fits[0].mentions.append(m)
            continue
        name_key = ("Person", word)
        c = by_name.get(name_key)
        if c is None:
            c = _Cluster(m, _clean_surface(m.text), words)
            by_name[name_key] = c
            clusters.append(c)
        else:
            c.mentions.append(m)
    # Acronyms of organisations: "LASM" joins "Latin American School of Medicine".
    orgs = [c for c in clusters if c.type == "Organization" and not c.key]
    for c in list(orgs):
        if len(c.words) == 1 and c.name.isupper() and len(c.name) >= 2:
            fits = [o for o in orgs if o is not c and len(o.words) > 1
                    and _acronym(o.words) == c.words[0]]
            if len(fits) == 1:
                fits[0].mentions.extend(c.mentions)
                clusters.remove(c)
                orgs.remove(c)
    return [_to_entity(c, gazetteer) for c in clusters]


def _to_entity(c: _Cluster, gazetteer: Gazetteer) -> Entity:
    mentions = tuple(sorted(c.mentions, key=lambda m: m.start))
    entry = gazetteer.get(c.key) if c.key else None
    if entry is not None:
        iri = entity_iri(key=entry.key)
        label, etype, kind, ids = entry.label, entry.type, entry.kind, entry.ids
    else:
        types = Counter(m.type for m in mentions)
        etype = types.most_common(1)[0][0]
        label = max((_clean_surface(m.text) for m in mentions if not m.demonym),
                    key=lambda s: (len(s.split()), len(s)), default=c.name)
        iri = entity_iri(type=etype, name=label)
        kind, ids = c.kind, ()
    aliases = sorted({_clean_surface(m.text) for m in mentions} - {label})
    return Entity(iri=iri, type=etype, label=label, kind=kind, aliases=tuple(aliases),
                  ids=tuple(ids), mentions=mentions)


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
    # Single-word people with no full name in their document: join the only fit.
    full = defaultdict(set)
    for iri, es in groups.items():
        e = es[0]
        words = _name_tokens(e.label)
        if e.type == "Person" and len(words) > 1:
            full[words[-1]].add(iri)
            full[words[0]].add(iri)
    for iri in list(groups):
        e = groups[iri][0]
        words = _name_tokens(e.label)
        if e.type == "Person" and len(words) == 1 and len(full.get(words[0], ())) == 1:
            target = next(iter(full[words[0]]))
            groups[target].extend(groups.pop(iri))
            moved[iri] = target
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
