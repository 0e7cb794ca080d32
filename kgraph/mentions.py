"""Find the mentions of actors and places in a parsed document.

Recognition is hybrid. spaCy's statistical NER (``doc.ents``) proposes names of any
kind; the gazetteer matcher (pipeline component ``kgraph_gazetteer``, a spaCy
``PhraseMatcher`` over every gazetteer name and demonym) marks each known name in
``doc.spans["kg_gazetteer"]`` (span label: the entry key, or ``demonym:<key>``).
:func:`find_mentions` decides between them with these rules, in this order:

1. **Which entry.** A name several entries share ("Georgia", "Washington", "Red Sea")
   goes to the entry in a country the document also names unambiguously; else to a
   country, an organisation, a person, a demonym or an area of no one country before a
   place inside some other country; a city in a region the document names ("Delaware")
   before its namesakes elsewhere; else to the most populous. A name made only of
   words the institutions of many countries share (``data/sharedwords.tsv``: "Democratic
   Party", "Liberal Democratic Party", "Ministry of Defence", "Congress") is linked to one
   country's organisation only where the document names that country; elsewhere it is
   an organisation mention with no gazetteer link.
   **Address chains.** In "A, B", "A (B)" and "A in B", B is read as A's container
   (region or country, by the gazetteer's ``parent`` and ``country``): "Wilmington,
   Delaware" is the Wilmington in Delaware, "Atlanta, Georgia" the US state, "Troy, New
   York" and "Spokane Valley, Washington" the states (whose gazetteer names are "New York
   State", "Washington State"), "Sackville, New Brunswick" the province. A known name no
   reading of which lies in a sure container ("Dublin, Ohio", "Guri, Bolívar") is an
   unknown place. The reading holds for the name's other mentions. Lists ("Izium,
   Kharkiv and Odesa", "Havana, Miami"), and a B followed by a noun ("a Los Angeles, New
   Jersey native"), are no chains.
2. **Who wins when both speak.**
   a. A gazetteer span that equals or contains an NER entity wins: it fixes the type
      (Kursk is a Place, not a PRODUCT) and the extent ("Valery Vasilyevich Gerasimov",
      not "Vasilyevich Gerasimov"). Exceptions: NER's PERSON beats a gazetteer *city*
      that is no capital and lies in no country the document names ("Davis" in a
      report on Liberia), unless an apposition calls it a place ("Goma, the largest city
      in eastern Congo"), a preposition of place governs it ("fighting in Pokrovsk") or
      it is the object of a verb that takes places ("rebels captured Goma",
      ``data/placeverbs.tsv``);
      PERSON and ORG beat any place whose name is a common word or given name
      ("Florence").
   b. An NER entity that contains gazetteer spans is kept whole, so a country inside an
      organisation name does not break it ("Russian Armed Forces", "Italian Democratic
      Socialists"). A GPE/LOC entity that is only a list of known places ("Kursk,
      Russia"), or an ORG one that only lists countries ("Mali, Burkina Faso"), is split
      into them. A person entity linked through the one gazetteer
      person it contains ("Vladimir Vladimirovich Putin" holds "Putin").
   An NER entity that ran two names together ends before a known name that starts
   after a separator inside it and runs past its end ("Christian Democratic Union of
   Germany / Christian Social Union" + "in Bavaria": the CDU, then the CSU).
   c. A gazetteer span no NER entity touches stands on its own when that is safe
      (:meth:`_MentionFinder._standalone_ok`): a capitalised country, organisation,
      person or demonym; a place of several words; a one-word place the tagger calls a
      proper noun (or, opening a sentence, a noun, adverb or adjective: "Bakhmut, in
      ..."), that is not glued to other capitalised words, and whose name is not a
      common word or given name unless a preposition of place stands before it. A
      country right after a capitalised word of another name ("Possible Peru", "Western
      Goals UK") is a word of that name, not a mention (compass words, titles and
      demonyms before it do not count: "Eastern Ukraine").
   d. The words before a name say what it is, whatever NER said: a place noun
      (``data/placenouns.tsv``) makes a Place, known or not, and its kind picks the
      reading ("the town of Avdiivka", "the village Robotyne", "the towns Durán,
      Samborondón and Guayaquil"; "the region of Kherson" is the oblast); a title that
      alone names an office (``data/titles.tsv``, ``person`` column) makes a person
      ("Ambassador Nebenzia", "President Durán"; inside an NER organisation only before a
      regnal number or a person's name: "Pope Paul VI"); names listed with a plural
      organisation head word are organisations ("the opposition parties Musavat and
      Yabloko", "parties such as Ecolo and Groen", "the Likud and Shas parties"), and so
      is a one-word "person" never named in full after "an alliance/a coalition with"
      ("Gesher and Meimad"); a plural proper noun after "the" is a group ("the
      Supremes"). A patronymic or a listed surname takes the given name NER left off
      ("Anatoly" + "Borisovich Chubais", "..., Émile" + "Coornaert").
3. **Organisation names are completed** (head words in ``data/namewords.tsv``): a
   demonym right before an organisation joins it ("Australian" + "Democrats"); an
   organisation ending in a head word takes "of"/"for" + the name after it ("Communist
   Party" + "of Greece"); "A and B Party" is one name when A is capitalised words with
   no head word and no place or person in them ("Social Democratic and Labour Party"),
   and no whole body the gazetteer knows; a known body "and" another name that NER took
   for one organisation are two ("Gazprom and Rosneft").
4. **Acronyms in brackets** after a name are mentions of the same thing
   ("Italian Democratic Socialists (SDI)"), linked through ``Mention.alias_of``.
5. **One name, one reading per document.** A word that is the surname or first name
   of a person named in full in the document is that person wherever it stands
   capitalised (NER's ORG or city readings of "Casanova" or "Buchanan" are retyped, and
   untagged repeats are found; an untagged first name only as a proper noun, not before
   another capitalised word, and when one person named in full has it: "Abiy", "Isaias");
   a name of capitalised words with no head word whose last
   word stands alone as a person is that person's full name ("Andry Rajoelina");
   a name the gazetteer links somewhere keeps that reading where NER typed it otherwise;
   any other name found once is found again where NER missed it (repeats, acronyms).
6. **Suppression.** Titles and ranks never start a person's name (``data/titles.tsv``),
   and a span of titles alone ("Lieutenant Governor", "Head Coach") or a title with "of"
   and a name ("King of Romania" → Romania) names no one; NER spans that are page
   furniture or celestial bodies (``data/stopnames.tsv``: "Read More", "Earth"), that
   label a transcription ("IPA: [ˈkursk]"), or that sit on a headline-like line in which
   every word is capitalised ("Future Outlook"), are dropped unless the gazetteer knows them;
   names without a capital letter are dropped; a head or title word alone ("the
   Senate", "Dean") is dropped unless it is the short form of a longer name in the
   document ("the Commission" after "European Commission"). A participle after a hyphen
   is not part of a name ("Iran-backed" names Iran).
7. **Things that are not actors.** Names of works, products, weapons, vessels, awards and
   degrees never become people, organisations or places (cue words in
   ``data/miscwords.tsv``, head words of type Misc in ``data/namewords.tsv``): a title
   after a work noun ("the film Oppenheimer", "her album, Lotus", "the song \" Windy \"");
   a name before a product noun or listed with one ("Patriot missiles", "Stinger and
   Rapier missiles", "Patriot air defence systems"), or after such a plural and "such
   as"/"including" ("missiles such as Cirit and UMTAS"); a vessel's name after its class
   or prefix ("the frigate Admiral Makarov", "HMS Ardent"); a name the sentence defines
   as a work or product ("Velocifero is a studio album"); capitalised words ending in
   an award, chart or law word ("Nobel Peace Prize", "UK Singles Chart", "Patriot Act"),
   whatever NER or the gazetteer found inside them; an award
   before "-nominated"/"-winning"; a degree ("an MA in", "Master of Business
   Administration"). Such a span is typed ``Misc`` while the rules run, so that nothing
   inside it (the place in "Treaty of The Hague", the city in "the cruiser Moskva") and
   none of its repeats is taken for an actor, and is left out of the mentions. A name
   typed by its first word and "of" is an event ("Battle of Kursk", "Treaty of The
   Hague"), with no place mention inside.

**Metonyms.** A capital or a seat of power used for its government ("Pyongyang said",
"Washington warned") is recognised as what the words name: the city, a Place. The
mention keeps to the text, and so do relations: "WASHINGTON imposed sanctions on Beijing"
links no state (a capital is no argument of a predicate that needs a state), since the
text names the city, not the state; "Russia struck KYIV" links the city. (Reading capitals
as their states was measured and dropped: on three news sets annotated by hand it added
more wrong relations than right ones.)
Buildings that stand for an institution in news ("the Kremlin", "the White
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
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import LEMMA, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .errors import DataFileError
from .gazetteer import Gazetteer, GazetteerEntry, data_path, load_gazetteer, normalize_name
from .model import Document, Mention
from .nlp import DASHES, source_text

__all__ = [
    "NER_TYPES",
    "ROMAN_NUMERAL",
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
# Words that may stand capitalised before a country's name without making it part of
# another name ("Eastern Ukraine", "Greater China").
_COMPASS = frozenset({
    "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central",
    "northeast", "northeastern", "northwest", "northwestern", "southeast", "southeastern",
    "southwest", "southwestern", "upper", "lower", "greater", "mainland", "continental",
    "occupied", "independent",
})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "from", "to", "at", "into", "across"})
# Lower-case words that may start or sit inside a person's name (de Gaulle, bin Salman).
_NAME_PARTICLES = frozenset({
    "de", "del", "della", "di", "da", "dos", "das", "du", "des", "la", "le", "van", "von",
    "der", "den", "ten", "ter", "al", "el", "bin", "ibn", "bint", "abu", "ben", "y",
})
_LEADING_JUNK_POS = frozenset({"ADJ", "DET", "ADV", "NUM", "PRON", "CCONJ", "VERB", "NOUN",
                               "AUX", "PART", "SCONJ", "PUNCT", "SYM"})
# "Iran-backed", "Oscar-nominated", "Kyiv-based": a name and a participle, not one name.
_PARTICIPLE = re.compile(r"(?:ed|ing)$")
#: A Roman numeral ending a name: a regnal number ("Pope Paul VI", "Abdullah II").
ROMAN_NUMERAL = re.compile(r"^(?=[IVXL])X{0,3}(?:IX|IV|V?I{0,3})$")
#: The lower-case articles of Arabic surnames: "el-Sissi", "al-Turabi", "ad-Dawla".
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ed", "as", "es", "ash", "at", "az", "an", "ar"})
# Russian, Ukrainian, Serbian... patronymics: "Borisovich", "Vasilyevna".
_PATRONYMIC = re.compile(r"^[A-Z][a-z]+(?:ovich|evich|yevich|ovych|evych|ovna|evna|yevna|ivna)$")
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "``", "''"})
_QUOTE_IDS = frozenset(get_string_id(q) for q in _QUOTES)
# Small words a title may hold between its capitalised words.
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at",
                          "by", "with", "from", "is", "it", "my", "me", "no", "de", "la",
                          "el", "del", "le", "les", "des", "du", "di", "da"})
# What may follow a title set off by a comma ("her album, Lotus (2012), ...").
_APPOSITION_END = frozenset({",", ".", "(", ")", ";", ":", "and", "-", "–", "—", '"', "”"})
# Small words inside one item of a list of titles ("Dawn of the Planet of the Apes").
_ITEM_SMALL = frozenset({"of", "the", "de", "la", "el", "del", "le", "du", "di", "da"})
# Words between a work noun and its title: "a program named Star Academy".
_TITLE_VERBS = frozenset({"named", "called", "titled", "entitled"})
# Offices whose portfolio follows them: "Minister FOR Social Protection".
_PORTFOLIO_OFFICES = frozenset({"minister", "ministers", "secretary", "commissioner"})
# Words and marks between two names that one NER entity ran together.
_NAME_SEPARATORS = frozenset({"/", ",", ";", "and", "&", "or"})
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9&.+-]{2,10}$")


def is_think_tank(token: Token) -> bool:
    """Whether ``token`` is the "tank" of "think tank": a body, not a product."""
    return token.lower_ in ("tank", "tanks") and token.i > 0 and \
        token.doc[token.i - 1].lower_ == "think"


# --------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """The word lists that recognition rules read (``data/titles.tsv`` and friends).

    ``titles``: lower-case title and rank words that precede names ("president", "gen").
    ``stopnames``: normalised names that are page furniture, never entities.
    ``heads``: last words of names → (entity type, finer kind or ``None``), from
    ``data/namewords.tsv`` ("party" → Organization/PoliticalParty, "war" → Event,
    "prize" → Misc: a name that is no actor or place).
    ``shared``: lower-case words that the institutions of many countries share in their
    names (``data/sharedwords.tsv``: "democratic", "party", "ministry", "defence").
    ``cues``: words that say a name names a work, vessel, product or degree, with that
    kind (``data/miscwords.tsv``: "film" → work, "missiles" → product, "HMS" → prefix).
    ``person_titles``: the titles that alone name an office, rank or honorific, so that a
    name right after one is a person's ("Ambassador", "Gen."; not "Vice" or "Grand").
    ``kind_nouns``: common nouns said of one type of entity only, with that type
    (``data/kindnouns.tsv``: "politician" → Person, "company" → Organization), so that a
    name the text calls one is of that type.
    ``place_nouns``: common nouns that introduce a place name, with the kind of place or
    ``None`` (``data/placenouns.tsv``: "town" → City, "region" → Region);
    ``known_place_nouns`` those of them that introduce only names the gazetteer knows as
    places ("state": "the state of Catholicism").
    ``place_verbs``: lemmas of verbs whose object is a place far more often than a person
    (``data/placeverbs.tsv``: "capture", "encircle").

    Examples:
        >>> lex = NameLexicon(frozenset({"president"}), frozenset(),
        ...                   {"party": ("Organization", "PoliticalParty"), "war": ("Event", None)},
        ...                   shared=frozenset({"democratic", "party"}),
        ...                   cues={"film": "work", "HMS": "prefix"})
        >>> lex.is_title("President"), lex.head_kind("Party"), lex.is_head("War")
        (True, 'PoliticalParty', False)
        >>> lex.head_type("War")
        'Event'
        >>> lex.is_shared_name("the Democratic Party")
        True
        >>> lex.is_shared_name("Democratic Party of Japan")
        False
        >>> lex.cue("film"), lex.cue("Film"), lex.cue("HMS")
        ('work', None, 'prefix')
        >>> lex = NameLexicon(frozenset({"vice", "ambassador"}), frozenset(), {},
        ...                   person_titles=frozenset({"ambassador"}),
        ...                   place_nouns={"town": "City", "island": None})
        >>> lex.is_person_title("Ambassador"), lex.is_person_title("Vice")
        (True, False)
        >>> lex.place_noun("towns"), lex.place_noun("island"), lex.place_noun("islands")
        ('City', None, None)
        >>> lex.is_place_noun("islands"), lex.is_place_noun("film")
        (True, False)
    """

    titles: frozenset[str]
    stopnames: frozenset[str]
    heads: Mapping[str, tuple[str, str | None]]
    shared: frozenset[str] = frozenset()
    cues: Mapping[str, str] = field(default_factory=dict)
    person_titles: frozenset[str] = frozenset()
    kind_nouns: Mapping[str, str] = field(default_factory=dict)
    place_nouns: Mapping[str, str | None] = field(default_factory=dict)
    known_place_nouns: frozenset[str] = frozenset()
    place_verbs: frozenset[str] = frozenset()
    site_words: Mapping[str, str] = field(default_factory=dict)

    def is_title(self, word: str) -> bool:
        """Return True when ``word`` is a title or rank ("Gen.", "President"), or the
        plural of one that alone names an office ("Foreign MINISTERS Nikos Kotzias of
        Greece and ...")."""
        low = word.lower().rstrip(".")
        return low in self.titles or self._office_plural(low)

    def is_person_title(self, word: str) -> bool:
        """Return True when ``word`` alone marks the next name as a person's ("Ambassador")."""
        low = word.lower().rstrip(".")
        return low in self.person_titles or self._office_plural(low)

    def _office_plural(self, low: str) -> bool:
        return len(low) > 4 and low.endswith("s") and low[:-1] in self.person_titles

    def kind_noun(self, word: str) -> str | None:
        """Return the one entity type ``word`` (singular or plural) is said of, or None."""
        low = word.lower()
        return self.kind_nouns.get(low) or (
            self.kind_nouns.get(low[:-1]) if low.endswith("s") else None)

    def _place_noun_form(self, word: str) -> str | None:
        low = word.lower()
        for form in (low, low[:-3] + "y" if low.endswith("ies") else "",
                     low[:-1] if low.endswith("s") else ""):
            if form and form in self.place_nouns:
                return form
        return None

    def is_place_noun(self, word: str) -> bool:
        """Return True when ``word`` (singular or plural) introduces a place name."""
        return self._place_noun_form(word) is not None

    def place_noun(self, word: str) -> str | None:
        """Return the kind of place a place noun introduces ("towns" → City), or None."""
        form = self._place_noun_form(word)
        return self.place_nouns[form] if form else None

    def needs_known_place(self, word: str) -> bool:
        """Return True for a place noun that makes a Place only of a known place name."""
        return self._place_noun_form(word) in self.known_place_nouns

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

    def is_shared_name(self, name: str) -> bool:
        """Return True when every word of ``name`` is one many countries' bodies share."""
        words = [w for w in re.findall(r"[^\W\d_][\w'’]*", name.lower().replace("’", "'"))
                 if w not in _NAME_GLUE]
        return bool(words) and all(w in self.shared for w in words)

    def cue(self, word: str) -> str | None:
        """Return the kind of thing a cue word announces ("film" → "work"), or None.

        Work, vessel and product words count in lower case only; prefixes and degree
        abbreviations as written.
        """
        return self.cues.get(word)


#: Lower-case nouns that say what kind of body the name before them is; they are not
#: part of the name ("the ZANU-PF party", "the CDU/CSU bloc", "the YPG militia").
_GROUP_NOUNS = frozenset({"party", "bloc", "militia", "group", "faction", "alliance",
                          "coalition", "movement", "organisation", "organization"})

_NAME_GLUE = frozenset({"of", "the", "and", "for", "'s", "s"})


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
    title_rows = _read_word_table(folder / "titles.tsv")
    titles = frozenset(r[0].lower().rstrip(".") for r in title_rows)
    person_titles = frozenset(r[0].lower().rstrip(".") for r in title_rows
                              if len(r) > 1 and r[1].lower() == "yes")
    place_nouns: dict[str, str | None] = {}
    known: set[str] = set()
    for row in _optional_table(folder / "placenouns.tsv"):
        kind = row[1] if len(row) > 1 and row[1] else None
        if kind not in (None, "City", "Region"):
            raise DataFileError(f"placenouns.tsv: row {row!r} has kind {kind!r}",
                                fix="write: word<TAB>City, Region or nothing")
        place_nouns[row[0].lower()] = kind
        if len(row) > 2 and row[2].lower() == "yes":
            known.add(row[0].lower())
    kind_nouns: dict[str, str] = {}
    for row in _optional_table(folder / "kindnouns.tsv"):
        if len(row) < 2 or row[1] not in ("Person", "Organization"):
            raise DataFileError(f"kindnouns.tsv: row {row!r} has no type Person or Organization",
                                fix="write: word<TAB>Person or word<TAB>Organization")
        kind_nouns[row[0].lower()] = row[1]
    stop = frozenset(normalize_name(r[0]) for r in _read_word_table(folder / "stopnames.tsv"))
    heads: dict[str, tuple[str, str | None]] = {}
    for row in _read_word_table(folder / "namewords.tsv"):
        if len(row) < 2 or row[1] not in _HEAD_TYPES:
            raise DataFileError(
                f"namewords.tsv: row {row!r} has no type {', '.join(_HEAD_TYPES)}",
                fix="write: word<TAB>type<TAB>kind")
        heads[row[0].lower()] = (row[1], row[2] if len(row) > 2 and row[2] else None)
    shared = frozenset(r[0].lower() for r in _optional_table(folder / "sharedwords.tsv"))
    cues: dict[str, str] = {}
    for row in _optional_table(folder / "miscwords.tsv"):
        if len(row) < 2 or row[1] not in _CUE_KINDS:
            raise DataFileError(
                f"miscwords.tsv: row {row!r} has no cue kind {', '.join(_CUE_KINDS)}",
                fix="write: word<TAB>cue<TAB>note")
        word = row[0] if row[1] in ("prefix", "degree") and not row[0].islower() \
            else row[0].lower()
        cues[word] = row[1]
    place_verbs = frozenset(r[0].lower() for r in _optional_table(folder / "placeverbs.tsv"))
    site_words: dict[str, str] = {}
    for row in _optional_table(folder / "sitewords.tsv"):
        if len(row) < 2 or row[1] not in ("modifier", "head", "alone"):
            raise DataFileError(f"sitewords.tsv: row {row!r} has no part modifier, head or "
                                "alone", fix="write: word<TAB>modifier, head or alone")
        site_words[row[0].lower()] = row[1]
    return NameLexicon(titles, stop, heads, shared=shared, cues=cues,
                       person_titles=person_titles, kind_nouns=kind_nouns,
                       place_nouns=place_nouns,
                       known_place_nouns=frozenset(known), place_verbs=place_verbs,
                       site_words=site_words)


_HEAD_TYPES = ("Organization", "Event", "Place", "Misc")
_CUE_KINDS = ("work", "vessel", "product", "prefix", "degree")


def _optional_table(path: Path) -> list[list[str]]:
    """A word list added after the first release: an older data folder may lack it."""
    return _read_word_table(path) if path.is_file() else []


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
    ("the Independent"), and names ending in "Party" also with a lower-case "party"
    ("the Congress party").
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        names: set[str] = set()
        for name, _entry in gazetteer.names():
            names.add(name)
            if name.startswith("The "):
                names.add("the " + name[4:])
            if name.endswith(" Party"):
                names.add(name[:-5] + "party")  # "the Congress party", "the Baath party"
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

    __slots__ = ("alias_of", "demonym", "end", "key", "kind", "pinned", "source", "start",
                 "type")

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
        self.pinned = False  # its reading was decided by its context: keep it

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"_Cand({self.start}, {self.end}, {self.type!r}, key={self.key!r})"


_LEXICON_IDS: dict[int, tuple[NameLexicon, dict[str, frozenset[int]]]] = {}


def _lexicon_ids(lex: NameLexicon) -> dict[str, frozenset[int]]:
    """Hashes of the lexicon's cue words and head words, computed once per lexicon."""
    cached = _LEXICON_IDS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    ids = {
        "cue": frozenset(get_string_id(w) for w in lex.cues),
        "misc_head": frozenset(get_string_id(w) for w, (t, _k) in lex.heads.items()
                               if t == "Misc"),
        "of_head": frozenset(get_string_id(w) for w, (t, _k) in lex.heads.items()
                             if t in ("Misc", "Event")),
        "quote": frozenset(get_string_id(q) for q in _QUOTES),
        "person_title": frozenset(get_string_id(w + dot) for w in lex.person_titles
                                  for dot in ("", ".")),
        "org_plural": frozenset(get_string_id(f) for w, (t, k) in lex.heads.items()
                                if t == "Organization" and k in (None, "PoliticalParty")
                                for f in (w + "s", w + "es", w[:-1] + "ies")),
        "org_with": frozenset(get_string_id(w) for w, (t, k) in lex.heads.items()
                              if t == "Organization" and k in (None, "PoliticalParty")),
        "area_head": frozenset(get_string_id(w) for w, (t, k) in lex.heads.items()
                               if t == "Place" and k in ("GeographicArea", "Facility")),
        "kind_noun": frozenset(get_string_id(f) for w in lex.kind_nouns for f in (w, w + "s")),
        "place_noun": frozenset(get_string_id(f) for w in lex.place_nouns for f in (
            w, w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else w)),
    }
    _LEXICON_IDS[id(lex)] = (lex, ids)
    return ids


_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december"))
#: Month names and their abbreviations, as dates write them ("Oct 9", "Sept. 12").
_MONTH_WORDS = _MONTHS | frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                    "sept", "oct", "nov", "dec"))


def _lifespan(words) -> bool:
    """Return True when ``words`` (after an opening bracket) give a person's dates:
    "21 May 1920 – 21 March 2001", "May 21, 1920 - 2001"; not years alone ("1922–1991"),
    which states and parties have too."""
    month = False
    for k, t in enumerate(words):
        if t.text == ")":
            return False
        if t.lower_ in _MONTHS:
            month = True
        if t.text in DASHES and month and k > 0 and words[k - 1].like_num:
            return True
    return False


def _positions(hashes: list[int], wanted: frozenset[int]) -> list[int]:
    """Indices of the tokens whose hash is wanted."""
    return [i for i, h in enumerate(hashes) if h in wanted]


def _upper_word(text: str) -> bool:
    """A word in capitals, apostrophes allowed ("KYIV", "N'DJAMENA")."""
    word = text.replace("'", "").replace("’", "")
    return word.isalpha() and word.isupper()


def _contains(gaz: Gazetteer, container: GazetteerEntry, entry: GazetteerEntry) -> bool | None:
    """Say whether ``entry`` lies in ``container`` (a country or region) by the
    gazetteer's ``country`` and ``parent`` columns; None when the data cannot tell."""
    if entry.key == container.key or entry.type == "Country":
        return False
    if container.type == "Country":
        return entry.country == container.state if entry.country else None
    parent, seen = entry.parent, 0
    while parent and seen < 5:
        if parent == container.key:
            return True
        nxt = gaz.get(parent)
        parent, seen = (nxt.parent if nxt is not None else None), seen + 1
    if entry.country and container.country and entry.country != container.country:
        return False
    return False if entry.parent else None


def _level(entry: GazetteerEntry) -> int:
    """How big a unit is: a city 0, a region 1, a country 2, an area 3 (no chain)."""
    if entry.type == "Country":
        return 2
    return {"City": 0, "Region": 1}.get(entry.kind or "", 3)


_REGIONS: dict[int, tuple[Gazetteer, dict[str, list[GazetteerEntry]]]] = {}


def _regions_of(gaz: Gazetteer) -> dict[str, list[GazetteerEntry]]:
    """The gazetteer's regions by country, built once per gazetteer."""
    cached = _REGIONS.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    out: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for entry in gaz.entries.values():
        if entry.kind == "Region" and entry.country:
            out[entry.country].append(entry)
    _REGIONS[id(gaz)] = (gaz, out)
    return out


def _lemma_of_head(token: Token) -> str:
    """The lower-case lemma of a token's syntactic head."""
    return token.head.lemma_.lower()


def _is_weak_place(entry: GazetteerEntry) -> bool:
    return entry.type == "Place" and bool(_WEAK_PLACE_FLAGS.intersection(entry.flags))


class _MentionFinder:
    """The rules of the module docstring, applied to one parsed document."""

    def __init__(self, sdoc: Doc, gazetteer: Gazetteer, lexicon: NameLexicon, *,
                 text: str | None = None) -> None:
        self.doc = sdoc
        self.text = source_text(sdoc, text)
        self.gaz = gazetteer
        self.lex = lexicon
        self._title_lines: dict[int, bool] = {}
        # Token attributes as arrays: rules look up the few tokens that can start them
        # instead of walking every token (Token objects are what costs time).
        self._orth, self._lower, self._lemma, self._tag = (
            sdoc.to_array([ORTH, LOWER, LEMMA, TAG]).T.tolist() if len(sdoc)
            else ([], [], [], []))
        self._ids = _lexicon_ids(lexicon)
        self._anchors: set[str] = set()
        self._unlinked: set[tuple[int, int]] = set()
        self._owned: set[tuple[int, int]] = set()  # a state's own body, unlinked
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
        if ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"):
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
        if ent.label_ == "ORG" and end - start == 1 and start >= 2:
            # The same with the title outside the entity: "Secretary of [State]".
            k = start - 1
            if doc[k].lower_ == "the" and k > 1:
                k -= 1
            if doc[k].lower_ == "of" and self.lex.is_title(doc[k - 1].text) \
                    and doc[k - 1].text[:1].isupper() and not doc[start].text.isupper() \
                    and not self.gaz.lookup(doc[start].text):
                return start, start
        if ent.label_ == "ORG" and start >= 2:
            # A portfolio after its office: "Minister for [Social Protection]", "Secretary
            # of [State for Foreign, Commonwealth and Development Affairs]"
            k = start - 1
            if doc[k].lower_ == "the" and k > 1:
                k -= 1
            office = doc[k - 1]
            if office.lower_ in _PORTFOLIO_OFFICES and office.text[:1].isupper() and (
                    doc[k].lower_ == "for" or (
                        doc[k].lower_ == "of" and doc[start].lower_ == "state" and
                        end - start > 2 and doc[start + 1].lower_ == "for")) and \
                    not self.gaz.lookup(self._words(start, end)):
                return start, start
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
            elif not person and end - start > 1 and t.pos_ == "ADV" and t.text.islower():
                end -= 1  # "the Great Hall of the People EARLIER on Thursday"
            elif ent.label_ == "ORG" and end - start > 1 and t.lower_ in _GROUP_NOUNS and \
                    t.text.islower() and doc[end - 2].text[:1].isupper() and \
                    not any(w.lower_ == "of" for w in doc[start:end]):
                end -= 1  # "the CDU/CSU bloc", "the Reform UK party": the name before it
            else:
                break
        words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
        if words and any(t.like_num for t in words) and all(
                t.like_num or t.lower_.rstrip(".") in _MONTH_WORDS for t in words):
            return start, start  # "ANKARA, OCT 9 -": a date NER took for a name
        if ent.label_ in ("GPE", "LOC") and end > start:
            last = doc[end - 1]
            if last.tag_ == "JJ" and last.dep_ == "amod" and last.head.i >= end and \
                    last.head.tag_ in ("NN", "NNS") and \
                    not self.gaz.lookup(self._words(start, end)) and \
                    self.gaz.demonym_of(self._words(start, end)) is None:
                return start, start  # "the NORTH OSSETIAN city of": an adjective, no name
        if ent.label_ in ("ORG", "GPE", "LOC", "FAC"):
            # "the National Council for ... of the Homeland TWO DAYS LATER": a run of
            # lower-case words with a number or an adverb at the end is the sentence, not
            # the name (but "Ontario general election" is a name)
            k = end
            while k > start + 1 and doc[k - 1].text.islower() and \
                    doc[k - 1].lower_ not in _NAME_PARTICLES and \
                    doc[k - 1].pos_ in ("NUM", "NOUN", "ADV", "ADJ"):
                k -= 1
            if end - k >= 2 and any(t.pos_ in ("NUM", "ADV") for t in doc[k:end]):
                end = k
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
                and doc[end + 1].text[:1].islower() and not _PARTICIPLE.search(doc[end + 1].text):
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
            if entry is not None and not self._acronym_glued(sp.start, sp.end):
                options[(sp.start, sp.end)].append((entry, demonym))
        for (_start, end), opts in options.items():
            both = {e.key for e, d in opts if d} & {e.key for e, d in opts if not d}
            if both:
                # "the MEDITERRANEAN" names the sea; "MEDITERRANEAN countries" is its
                # adjective: a word that is both reads as the name where nothing follows it
                last = self.doc[end - 1]
                adjective = last.dep_ in ("amod", "compound", "nmod") and last.head.i >= end
                opts[:] = [(e, d) for e, d in opts if e.key not in both or d == adjective]
        # A name every country's bodies may bear ("Democratic Party", "Ministry of
        # Defence") is no evidence of the country whose body the gazetteer lists.
        shared = {ext for ext in options if self.lex.is_shared_name(self._words(*ext))}
        # Countries the document names unambiguously: context for ambiguous names.
        # Regions it names unambiguously ("Delaware"): context for same-name cities.
        anchors: set[str] = set()
        regions: set[str] = set()
        peers: set[str] = set()  # the world regions of the countries named
        for (start, end), opts in options.items():
            if len(opts) == 1 and self._cap(start) and not opts[0][1] and not (
                    (start, end) in shared and opts[0][0].type == "Organization"):
                # (a demonym is no anchor: "the NIGERIAN capital" does not make "Niger"
                # in a story about the Sahel juntas Nigeria's Niger State)
                code = opts[0][0].state
                if code:
                    anchors.add(code)
                    self._anchored_by[code].add((start, end))
                if opts[0][0].type == "Country" and opts[0][0].parent:
                    peers.add(opts[0][0].parent)
                if opts[0][0].kind == "Region" and not opts[0][1]:
                    regions.add(opts[0][0].key)
        self._anchors = anchors
        chosen: dict[tuple[int, int], tuple[GazetteerEntry, bool]] = {}
        # One owner per shared name in a document: after "India's opposition Congress
        # party", a bare "Congress" is still India's, not the US Congress.
        owners = {extent: self._owner_country(extent, options) for extent in shared}
        owner_of_words: dict[str, str] = {}
        for extent, owner in sorted(owners.items()):
            if owner is not None:
                owner_of_words.setdefault(self._words(*extent), owner)
        for extent, opts in options.items():
            if extent in shared:
                linkable = [o for o in opts if not self._needs_country(o[0])]
                owner = owners[extent] or owner_of_words.get(self._words(*extent))
                if owner is not None:
                    # "RUSSIA'S Security Council", "the RUSSIAN Security Council": that
                    # state's body, not the United Nations'
                    linkable = [o for o in opts if o[0].state == owner]
                    if not linkable:
                        self._owned.add(extent)
                if not linkable:
                    self._unlinked.add(extent)  # found, but nobody's in particular
                opts = linkable or opts
            chosen[extent] = max(opts, key=lambda o: self._entry_rank(o, anchors, regions,
                                                                      peers))
        keep = filter_spans(Span(self.doc, s, e) for s, e in chosen)
        out = []
        for sp in keep:
            start = sp.start + 1 if sp[0].text == "the" and len(sp) > 1 else sp.start
            out.append((start, sp.end, *chosen[(sp.start, sp.end)]))
        return out

    def _owner_country(self, extent: tuple[int, int],
                       options: Mapping[tuple[int, int], list[tuple[GazetteerEntry, bool]]]
                       ) -> str | None:
        """The country code of a state named right before a name, as a possessive
        ("Russia's") or a modifier ("Russian", "Ukrainian"), or of the noun phrase the
        name modifies ("INDIA'S main opposition Congress party"), or None."""
        start = extent[0]
        doc = self.doc
        end = start - 1 if start > 0 and doc[start - 1].text in ("'s", "’s") else start
        ends = {end}
        word = doc[extent[1] - 1]
        if word.dep_ == "compound" and word.head.i >= extent[1]:
            # the possessor or modifier of the phrase the name modifies
            ends.update(t.i + 1 for t in word.head.subtree
                        if t.i < start and t.dep_ in ("poss", "amod", "compound"))
        for (a, b), opts in options.items():
            if b in ends and a < b:
                codes = {e.state for e, _d in opts if e.type == "Country"}
                if len(codes) == 1:
                    return codes.pop()
        return None

    def _needs_country(self, entry: GazetteerEntry) -> bool:
        """True for one country's organisation whose country the document never names:
        a shared name ("Democratic Party") must not be linked to it."""
        return entry.type == "Organization" and bool(entry.country) \
            and entry.country not in self._anchors

    def _linkable(self, entry: GazetteerEntry, text: str) -> bool:
        return not (self._needs_country(entry) and self.lex.is_shared_name(text))

    @staticmethod
    def _entry_rank(option: tuple[GazetteerEntry, bool], anchors: set[str],
                    regions: set[str], peers: set[str] = frozenset()
                    ) -> tuple[int, int, int, int, int, int]:
        entry, demonym = option
        code = entry.state
        # A country is in context too where the text names another of its world region:
        # "Mali, Burkina Faso and NIGER" is the state, not Nigeria's Niger State.
        in_context = int(code in anchors or (entry.type == "Country" and entry.parent in peers))
        in_region = int(entry.parent in regions)
        # Out of context, a place inside some country the text never names comes after
        # a country, an area that belongs to none ("Red Sea", not Sudan's Red Sea state)
        # and a demonym ("Bulgarian", not a village of that name).
        unplaced = int(entry.type != "Place" or not entry.country or demonym)
        return (in_context, in_region, unplaced, _TYPE_RANK.get(entry.type, 0), int(demonym),
                entry.population)

    # -- rule 2: NER against gazetteer ----------------------------------------

    def _gaz_cand(self, start: int, end: int, entry: GazetteerEntry, demonym: bool,
                  source: str) -> _Cand:
        if not demonym and end - start > 1 and self.gaz.demonym_of(self.doc[start].text) \
                and any(t.is_alpha and t.text[:1].islower() for t in self.doc[start + 1:end]):
            demonym = True  # "Russian military": a description by demonym, not a name
        if (start, end) in self._unlinked or (start - 1, end) in self._unlinked:
            owned = (start, end) in self._owned or (start - 1, end) in self._owned
            return _Cand(start, end, entry.type, kind=None if owned else entry.kind,
                         source=source)
        if entry.type == "Person" and self.lex.is_title(self.doc[start].text) and \
                normalize_name(self.doc[start:end].text) != normalize_name(entry.label):
            while end - start > 1 and self.lex.is_title(self.doc[start].text):
                start += 1  # a style "King Salman": the name is "Salman" (not "Sheikh Hasina")
        return _Cand(start, end, entry.type, kind=entry.kind, key=entry.key, source=source,
                     demonym=demonym)

    def _ner_beats(self, label: str, entry: GazetteerEntry, demonym: bool,
                   extent: tuple[int, int]) -> bool:
        """NER's PERSON or ORG over a place named by an everyday word, and PERSON over a
        city that is no capital (or a capital by another name than its own) and lies in no
        country the document names ("Davis", "Buchanan", "Londono"; but "Sudzha" in a
        report on Russia's Kursk region stays a town)."""
        if demonym or entry.type != "Place" or label not in ("PERSON", "ORG"):
            return False
        if _is_weak_place(entry):
            return True
        named_elsewhere = self._anchored_by.get(entry.country or "", set()) - {extent}
        # (a capital too, by a name in another language: "Londono" is London in
        # Esperanto and a Colombian surname)
        foreign = normalize_name(self._words(*extent)) != normalize_name(entry.label)
        return (label == "PERSON" and entry.kind == "City"
                and ("capital" not in entry.flags or foreign)
                and not named_elsewhere and not self._apposed_place_noun(extent[1])
                and not self._after_place_preposition(extent[0])
                and not self._object_of_place_verb(extent))

    def _object_of_place_verb(self, extent: tuple[int, int]) -> bool:
        """Whether a name is the object of a verb that takes places ("rebels CAPTURED
        Goma", ``data/placeverbs.tsv``)."""
        root = self.doc[extent[0]:extent[1]].root
        return root.dep_ == "dobj" and (root.head.lemma_ or "").lower() in self.lex.place_verbs

    def _after_place_preposition(self, start: int) -> bool:
        """Whether a name is the object of a preposition of place ("fighting IN Pokrovsk",
        "a base NEAR Sumy"): a person is rarely that."""
        if start == 0:
            return False
        prev = self.doc[start - 1]
        return prev.lower_ in ("in", "into", "near", "outside", "around") and prev.dep_ == "prep"

    def _apposed_place_noun(self, end: int) -> bool:
        """Whether a name is followed by an apposition that calls it a place: "Goma, THE
        LARGEST CITY in eastern Congo", "Bukavu, THE CAPITAL of South Kivu", "Sudzha, A
        TOWN in the Kursk region"."""
        doc = self.doc
        if end >= len(doc) or doc[end].text != ",":
            return False
        for tok in doc[end + 1:min(end + 6, len(doc))]:
            if tok.lower_ == "capital" or self.lex.is_place_noun(tok.text):
                return tok.text.islower()
            if tok.pos_ not in ("DET", "ADJ", "ADV", "NUM") and not tok.is_punct:
                return False
        return False

    def _plural_noun(self, start: int, end: int) -> bool:
        """Whether a name NER found is one plural common noun capitalised at the start of a
        sentence: "JETS struck the Barzeh district", "WARPLANES struck Aleppo"."""
        tok = self.doc[start]
        # (followed at once by its verb: "MORALES, Bolivia's first indigenous president,
        # flew" and "RAJANEWS website" are names; and "MORALES stepped down" is one where
        # the story names "Evo Morales" elsewhere)
        return end - start == 1 and tok.is_sent_start and tok.tag_ == "NNS" and \
            tok.lemma_.islower() and tok.lemma_ != tok.lower_ and end < len(self.doc) and \
            self.doc[end].pos_ in ("VERB", "AUX") and tok.dep_ in ("nsubj", "nsubjpass") and \
            not any(t.text == tok.text for e in self.doc.ents if e.start != start for t in e)

    def _suppressed(self, start: int, end: int) -> bool:
        if normalize_name(self._words(start, end)) in self.lex.stopnames:
            return True
        doc = self.doc
        if end + 1 < len(doc) and doc[end].text == ":" and doc[end + 1].text[:1] in "[/":
            return True  # "IPA: [ˈkursk]": the label of a transcription, not a name
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
            cut = self._cut_before_crossing(start, end, [extents[gi] for gi in touching])
            if cut != end:
                end = cut
                touching = sorted({owner[t] for t in range(start, end) if t in owner})
            covering = [gi for gi in touching
                        if extents[gi][0] <= start and extents[gi][1] >= end]
            if covering:
                gi = covering[0]
                s, e, entry, demonym = extents[gi]
                used.add(gi)
                if (s, e) == (start, end) and entry.type == "Country" and not demonym \
                        and self._glued_left(s):
                    continue  # "Possible Peru": a word of another name
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
            pair = self._known_body_and(start, end, inside, extents) if label == "ORG" else None
            if pair is not None:
                # "Gazprom and Rosneft" tagged as one organisation: a known body, then another
                lead, rest = pair
                used.add(lead)
                cands.append(self._gaz_cand(*extents[lead], "gazetteer+ner"))
                k = extents[lead][1] + 1
                later = [gi for gi in inside if extents[gi][0] >= k]
                whole = [gi for gi in later if extents[gi][:2] == (k, end)]
                if whole:
                    used.add(whole[0])
                    cands.append(self._gaz_cand(*extents[whole[0]], "gazetteer+ner"))
                elif rest:
                    used.update(later)
                    cand = self._ner_cand(k, end, label, [extents[gi] for gi in later])
                    if cand is not None:
                        cands.append(cand)
                continue
            person = self._labelled_person(start, end, inside, extents) \
                if label != "PERSON" else None
            if person is not None:
                # "Social Democrat Olaf Scholz" tagged as an organisation: the person
                used.add(person)
                cands.append(self._gaz_cand(*extents[person], "gazetteer+ner"))
                continue
            parts = self._place_parts(start, end, inside, extents) if label in (
                "GPE", "LOC") or (label == "ORG" and inside and all(
                    extents[gi][2].type == "Country" for gi in inside)) else None
            if parts is None and any(extents[gi][2].type == "Person" and not extents[gi][3]
                                     for gi in inside):
                # "Kyiv, Scholz" tagged as one organisation: known names, one a person's
                parts = self._place_parts(start, end, inside, extents, people=True)
            if parts is not None:  # "Kursk, Russia": the places stand on their own
                for gi in inside:
                    used.add(gi)
                    cands.append(self._gaz_cand(*extents[gi], "gazetteer+ner"))
                continue
            split = self._title_inside(start, end) if label == "ORG" else None
            if split is not None and all(extents[gi][1] <= split[0] for gi in inside):
                # "USAID Administrator Samantha Power" tagged as one organisation: the body,
                # the title, and the person who holds it
                k, j = split
                whole = [gi for gi in inside if extents[gi][:2] == (start, k)]
                if whole:
                    used.add(whole[0])
                    cands.append(self._gaz_cand(*extents[whole[0]], "gazetteer+ner"))
                elif not inside:
                    body = self._ner_cand(start, k, label, [])
                    if body is not None:
                        cands.append(body)
                cands.append(_Cand(j, end, "Person"))
                continue
            if self._suppressed(start, end) or (label != "NORP" and self._plural_noun(start, end)):
                continue  # the gazetteer names inside it, if any, stay free
            parts = self._comma_places(start, end)
            if parts is not None and all(extents[gi][:2] in parts for gi in inside):
                # "Concepcion, Biobio region" tagged as one name: a city and its region
                known = {extents[gi][:2]: gi for gi in inside}
                for s, e in parts:
                    if (s, e) in known:
                        used.add(known[(s, e)])
                        cands.append(self._gaz_cand(*extents[known[(s, e)]], "gazetteer+ner"))
                    else:
                        cands.append(_Cand(s, e, "Place",
                                           kind=self.lex.place_noun(self.doc[e - 1].text)))
                continue
            used.update(inside)
            used.update(crossing)
            cand = self._ner_cand(start, end, label, [extents[gi] for gi in inside])
            if cand is not None:
                cands.append(cand)
        for gi, (s, e, entry, demonym) in enumerate(extents):
            if gi not in used and self._standalone_ok(s, e, entry, demonym):
                cands.append(self._gaz_cand(s, e, entry, demonym, "gazetteer"))
        return cands

    def _comma_places(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """The parts of an entity that is places listed with commas, one of them named
        with its place noun ("Concepcion, Biobio REGION"): each part capitalised words,
        the noun lower-case or capitalised at the end. None for any other entity
        ("University of California, Berkeley" holds no place noun)."""
        doc = self.doc
        commas = [k for k in range(start + 1, end - 1) if doc[k].text == ","]
        if not commas:
            return None
        bounds = [start, *(k + 1 for k in commas)]
        ends = [*commas, end]
        parts = list(zip(bounds, ends, strict=True))
        if not any(self.lex.is_place_noun(doc[e - 1].text) and e - s >= 2 for s, e in parts):
            return None
        for s, e in parts:
            last = e - 1 if self.lex.is_place_noun(doc[e - 1].text) else e
            if s >= last or not all(doc[k].is_alpha and self._cap(k) for k in range(s, last)):
                return None
        return parts

    def _known_body_and(self, start: int, end: int, inside: list[int],
                        extents: list[tuple[int, int, GazetteerEntry, bool]]
                        ) -> tuple[int, bool] | None:
        """Where an organisation entity is a known body "and" another name ("Gazprom and
        Rosneft", "Gazprom and China National Petroleum Corp"): the extent of the first
        body, and whether a capitalised name follows the "and". None where the entity
        does not open with a whole known organisation followed by "and" (the gazetteer
        knows the names that hold an "and": "Bosnia and Herzegovina")."""
        doc = self.doc
        for gi in inside:
            s, e, entry, demonym = extents[gi]
            if s == start and not demonym and entry.type == "Organization" and \
                    e + 1 < end and doc[e].lower_ == "and" and self._cap(e + 1):
                return gi, doc[e + 1].is_alpha
        return None

    def _title_inside(self, start: int, end: int) -> tuple[int, int] | None:
        """Where a title splits an organisation from the person after it ("USAID
        [Administrator] Samantha Power"): (the title's start, the name's start), or None.
        The name is two or more capitalised proper nouns that end the entity."""
        doc = self.doc
        for k in range(start + 1, end - 2):
            t = doc[k]
            if not (t.text[:1].isupper() and self.lex.is_title(t.text)):
                continue
            j = k
            while j < end and self.lex.is_title(doc[j].text):
                j += 1
            name = doc[j:end]
            if self.lex.is_person_title(t.text) and len(name) >= 2 and all(
                    w.is_alpha and w.text[:1].isupper() and not w.is_upper and w.pos_ == "PROPN"
                    and not self.lex.head_type(w.text) and not self.lex.cue(w.text)
                    for w in name):
                return k, j
            return None
        return None

    def _datelines(self, cands: list[_Cand]) -> list[_Cand]:
        """The place a story was filed from, in capitals at the start of a line ("RIYADH
        —", "ISLAMABAD/NEW DELHI —", "JERUSALEM, May 14 (Reuters) -"): a known place
        whatever NER made of it (the gazetteer matches names as they are written)."""
        doc = self.doc
        n = len(doc)
        for i in range(n):
            if i and "\n" not in doc[i - 1].text and "\n" not in doc[i - 1].whitespace_:
                continue
            j = i
            while j < n and (_upper_word(doc[j].text) or doc[j].text == "/" or
                             self._dateline_glue(j, i)):
                j += 1
            if j == i or j >= n or doc[j].text not in (",", "(", "/", *DASHES) or \
                    not any(len(t) > 1 for t in doc[i:j]):
                continue
            parts, a = [], i
            for k in range(i, j + 1):
                if k == j or doc[k].text == "/":
                    if a < k:
                        parts.append((a, k))
                    a = k + 1
            for a, b in parts:
                entries = [e for e in self.gaz.lookup(doc[a:b].text)
                           if e.type in ("Place", "Country")]
                if not entries and not (b == j and self._dateline_region(j)):
                    continue
                # ("CAMP DAVID, Maryland —": a place the gazetteer does not know, filed
                # from a region or state it does)
                entry = max(entries, key=lambda e: self._entry_rank(
                    (e, False), self._anchors, set())) if entries else None
                cands = [c for c in cands if not (c.start < b and a < c.end)]
                new = _Cand(a, b, entry.type, kind=entry.kind, key=entry.key,
                            source="dateline") if entry is not None else \
                    _Cand(a, b, "Place", source="dateline")
                new.pinned = True
                cands.append(new)
        return cands

    def _dateline_glue(self, j: int, i: int) -> bool:
        """Whether token ``j`` joins the words of a place in capitals: a hyphen or an
        apostrophe with no space around it ("PORT-AU-PRINCE"), or an abbreviation's stop
        ("ST. PETERSBURG")."""
        doc = self.doc
        t = doc[j]
        return t.text in ("-", "'", "’", ".") and j > i and not doc[j - 1].whitespace_ and \
            (t.text == "." or not t.whitespace_) and j + 1 < len(doc) and \
            _upper_word(doc[j + 1].text)

    def _dateline_region(self, j: int) -> bool:
        """Whether a dateline's place in capitals at ``j`` is followed by ", <a region or
        state the gazetteer knows>" and a dash: "CAMP DAVID, Maryland —"."""
        doc = self.doc
        n = len(doc)
        if doc[j].text != ",":
            return False
        k = m = j + 1
        while m < n and doc[m].text[:1].isupper() and doc[m].text not in DASHES:
            m += 1
        if m == k or m >= n or doc[m].text not in DASHES:
            return False
        return any(e.type == "Country" or (e.type == "Place" and e.kind == "Region")
                   for e in self.gaz.lookup(doc[k:m].text))

    def _labelled_person(self, start: int, end: int, inside: list[int],
                         extents: list[tuple[int, int, GazetteerEntry, bool]]) -> int | None:
        """The known person an NER entity ends with, when all the words before the name are
        titles, party labels or demonyms ("Social Democrat Olaf Scholz"), or None."""
        people = [gi for gi in inside if extents[gi][2].type == "Person" and not extents[gi][3]
                  and extents[gi][1] == end]
        if len(people) != 1:
            return None
        s = extents[people[0]][0]
        words = [t for t in self.doc[start:s] if not t.is_punct]
        if not words or not all(
                t.text[:1].isupper() and (self.lex.is_title(t.text) or t.lower_ in self.lex.shared
                                          or self.gaz.demonym_of(t.text) is not None)
                for t in words):
            return None
        return people[0]

    def _cut_before_crossing(self, start: int, end: int,
                             extents: list[tuple[int, int, GazetteerEntry, bool]]) -> int:
        """Return where an NER entity ends when a known name starts inside it after a
        separator and runs past its end: "Christian Democratic Union of Germany /
        Christian Social Union" + "in Bavaria" are two names, the second the gazetteer's."""
        doc = self.doc
        for s, e, _entry, demonym in extents:
            if demonym or not start < s < end < e:
                continue
            k = s
            while k > start and doc[k - 1].lower_ in _NAME_SEPARATORS:
                k -= 1
            if start < k < s:
                return k
        return end

    def _place_parts(self, start: int, end: int, inside: list[int],
                     extents: list[tuple[int, int, GazetteerEntry, bool]], *,
                     people: bool = False) -> list[tuple[int, int]] | None:
        """Split a GPE/LOC entity that lists known places ("Kursk, Russia", "Latin America
        and the Caribbean", "Kharkiv in Ukraine") into its names, or return None. With
        ``people``, known people may be among them ("Kyiv, Scholz")."""
        doc = self.doc
        covered: set[int] = set()
        types = ("Country", "Place", "Person") if people else ("Country", "Place")
        for gi in inside:
            s, e, entry, demonym = extents[gi]
            if demonym or entry.type not in types:
                return None
            covered.update(range(s, e))
        if not inside:
            return None
        parts: list[tuple[int, int]] = []
        seps = 0
        i = start
        # ("Macky Sall OF Senegal": a known person and the state named after "of")
        glue = ("and", "the", "in", "of") if people else ("and", "the", "in")
        while i < end:
            t = doc[i]
            if i not in covered and (t.is_punct or t.lower_ in glue):
                seps += 1
                i += 1
                continue
            j = i
            while j < end and (j in covered or not (doc[j].is_punct or doc[j].lower_ in glue)):
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
            if entry.type in ok and self._linkable(entry, text):
                return _Cand(start, end, entry.type, kind=entry.kind, key=entry.key)
        if label == "PERSON":
            people = [x for x in inside if x[2].type == "Person" and not x[3]]
            if len(people) == 1 and people[0][1] == end and \
                    self._same_given_name(start, people[0][0], people[0][2]):
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
            elif head in ("Event", "Misc") and self.doc[start + 1].lower_ == "of" and \
                    self.lex.head_kind(self.doc[start].text) == "GovernmentBody":
                # "GOVERNMENT of National Accord", "MINISTRY of Peace Accords": a body named
                # by its first word, whatever its last says
                last = self.doc[start].text
                head = self.lex.head_type(last)
        if head is not None and head != etype and label in ("PERSON", "ORG", "GPE", "FAC", "EVENT"):
            # "Wayne Gretzky Drive" is a street, "Eurovision Song Contest" an event.
            return _Cand(start, end, head, kind=self.lex.head_kind(last))
        kind = self.lex.head_kind(last) if head == etype else None
        return _Cand(start, end, etype, kind=kind)

    def _same_given_name(self, start: int, inner: int, entry: GazetteerEntry) -> bool:
        """Whether the words of a name before the part the gazetteer knows agree with the
        person it knows: "Vladimir Vladimirovich Putin" is Vladimir Putin, but "Alija
        Izetbegovic" is not Bakir Izetbegović, whose surname he shares."""
        words = [t.text for t in self.doc[start:inner]
                 if t.is_alpha and not self.lex.is_title(t.text)]
        if not words:
            return True
        first = normalize_name(words[0])
        given = {normalize_name(n).split(" ")[0] for n in entry.names if " " in n.strip()}
        return first in given or (len(first) == 1 and any(g[:1] == first for g in given))

    def _standalone_ok(self, start: int, end: int, entry: GazetteerEntry, demonym: bool) -> bool:
        """Decide whether a gazetteer match that no NER entity touches is a mention."""
        doc = self.doc
        first = doc[start]
        if not first.text[:1].isupper():
            return False
        if entry.type == "Country" and not demonym and self._glued_left(start):
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
        if not (first.pos_ == "PROPN" or first.tag_ in ("NNP", "NNPS")
                or (first.is_sent_start and first.pos_ in ("NOUN", "ADV", "ADJ", "X", "INTJ")
                    and not weak)):
            # The tagger takes an unknown capitalised word opening a sentence for a noun,
            # an adverb or an adjective ("KHARKIV in eastern Ukraine was shelled",
            # "BAKHMUT, in Ukraine's Donetsk region, fell"); a place that is no everyday
            # word stays a place there.
            return False
        # A one-word place glued to other capitalised words is part of another name
        # ("Buchanan Street", "Washington Post").
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and not nxt.is_punct:
            return False
        return not (prev is not None and prev.text[:1].isupper() and not prev.is_sent_start
                    and not prev.is_punct and not self.lex.is_title(prev.text))

    def _acronym_glued(self, start: int, end: int) -> bool:
        """Whether an acronym is one part of a longer one joined by a hyphen ("the
        CSP-DPA" is no "DPA"), the other part no name the gazetteer knows."""
        doc = self.doc
        if end - start != 1 or not doc[start].text.isupper() or len(doc[start]) < 2:
            return False
        for hyphen, other in ((start - 1, start - 2), (end, end + 1)):
            if 0 <= other < len(doc) and doc[hyphen].text == "-" and \
                    not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_ and \
                    doc[other].text.isupper() and doc[other].is_alpha and \
                    not any(sp.start <= other < sp.end
                            for sp in doc.spans.get(SPAN_KEY, ())):
                return True
        return False

    def _glued_left(self, start: int) -> bool:
        """True when a capitalised word of some other name stands right before ``start``
        ("Possible Peru", "One Israel", "Western Goals UK"): the country is a word of
        that name, not a mention. Compass words ("Eastern Ukraine"), titles, demonyms
        and known names before it do not count."""
        if start == 0:
            return False
        prev = self.doc[start - 1]
        if not (prev.is_alpha and prev.text[:1].isupper()) or prev.is_sent_start \
                or prev.is_stop or (start > 1 and "\n" in self.doc[start - 2].text):
            return False  # "What Russia Wants": a sentence or line starts before it
        if prev.lower_ in _COMPASS or self.lex.is_title(prev.text) \
                or self.gaz.demonym_of(prev.text) is not None or self._is_title_line(start):
            return False
        return not any(sp.start <= start - 1 < sp.end
                       for sp in self.doc.spans.get(SPAN_KEY, ()))

    def _located_people(self, cands: list[_Cand]) -> None:
        """A name NER took for a person that stands "in" or "near" a place, itself "in" a
        place the gazetteer knows, is a place: "struck an air base IN SAKY in western
        Crimea" (people are seldom "in X in Y")."""
        doc = self.doc
        by_start = {c.start: c for c in cands}
        for c in cands:
            if c.type != "Person" or c.key or c.pinned or c.start == 0 or \
                    doc[c.start - 1].lower_ not in ("in", "near", "outside"):
                continue
            k = c.end + (1 if c.end < len(doc) and doc[c.end].text == "," else 0)
            if k >= len(doc) or doc[k].lower_ != "in":
                continue
            k += 1
            while k < len(doc) and doc[k].pos_ in ("DET", "ADJ"):
                k += 1
            after = by_start.get(k)
            if after is not None and after.key and after.type in ("Place", "Country") and \
                    not after.demonym:
                c.type, c.kind, c.pinned = "Place", None, True

    def _area_names(self, cands: list[_Cand]) -> list[_Cand]:
        """Capitalised words that NER left alone and that end in a head word of a natural
        feature or a site ("Second Thomas Shoal", "Mischief Reef", "Vostochny Cosmodrome":
        ``data/namewords.tsv``, type Place, kind GeographicArea or Facility) name that
        place."""
        doc = self.doc
        n = len(doc)
        taken = {t for c in cands for t in range(c.start, c.end)}
        added: list[_Cand] = []
        for b in _positions(self._lower, self._ids["area_head"]):
            head = doc[b]
            if b == 0 or not head.text[:1].isupper() or b in taken or \
                    self.lex.head_type(head.text) != "Place" or \
                    self.lex.head_kind(head.text) not in ("GeographicArea", "Facility"):
                continue
            a = b
            while a > 0 and a - 1 not in taken and doc[a - 1].is_alpha and \
                    doc[a - 1].text[:1].isupper() and not doc[a - 1].is_sent_start and \
                    not self.lex.is_title(doc[a - 1].text) and b - a < 3:
                a -= 1
            while a < b and doc[a].is_stop:
                a += 1  # "Ain't NO Mountain High Enough"
            if b + 1 < n and doc[b + 1].text[:1].isupper():
                continue  # "the Meech Lake ACCORD": a longer name
            if a < b and not self._is_title_line(a) and not (
                    a > 0 and doc[a - 1].text in ('"', "“", "'", "‘")):
                added.append(_Cand(a, b + 1, "Place", kind=self.lex.head_kind(head.text),
                                   source="rule"))
                taken.update(range(a, b + 1))
        return cands + added

    def _site_names(self, cands: list[_Cand]) -> None:
        """Extend a town's name over lower-case words that make it a site's: "the
        Zaporizhzhia nuclear power plant" (``data/sitewords.tsv``) is a Place of kind
        Facility, not the town it is named after."""
        words = self.lex.site_words
        if not words:
            return
        doc = self.doc
        n = len(doc)
        starts = {c.start for c in cands}
        first: dict[tuple[str, str], _Cand] = {}
        for c in sorted(cands, key=lambda c: c.start):
            # only a name the gazetteer knows as a place: the site is then not that place
            # (a name it does not know, "the Ain al-Asad air base", names the site itself)
            if c.demonym or c.type != "Place" or not c.key or c.pinned:
                continue
            k = c.end
            while k < n and doc[k].text.islower() and words.get(doc[k].text) == "modifier":
                k += 1
            if k >= n or not doc[k].text.islower() or k in starts:
                continue
            part = words.get(doc[k].text)
            if part == "alone" or (part == "head" and k > c.end):
                name = (self._words(c.start, c.end).lower(), doc[k].lower_)
                c.end, c.type, c.kind, c.key = k + 1, "Place", "Facility", None
                c.source, c.pinned = "rule", True
                # ("the Zaporizhzhia nuclear plant", later "... nuclear POWER plant")
                if name in first:
                    c.alias_of = first[name]
                else:
                    first[name] = c

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
        for i in _positions(self._tag, frozenset({plural})):
            noun = doc[i]
            if noun.i == 0 or self.lex.head_type(noun.lemma_) != "Place":
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

    # -- rule 2d: what the words before a name say it is ---------------------------

    def _cued_types(self, cands: list[_Cand]) -> list[_Cand]:
        """Type a name by the noun or title before it, whatever NER called it.

        A place noun (``data/placenouns.tsv``) before a name makes it a Place: "the town
        of Avdiivka", "the village Robotyne", "the towns Durán, Samborondón and
        Guayaquil"; its kind picks the reading of a name the gazetteer knows as several
        places ("the region of Kherson" is the oblast). A title that alone names an
        office or rank (``data/titles.tsv``, column ``person``) makes the name after it
        a person's: "Ambassador Nebenzia", "President Durán".
        """
        doc = self.doc
        n = len(doc)
        by_start: dict[int, _Cand] = {}
        for c in sorted(cands, key=lambda c: (c.start, -c.end)):
            by_start.setdefault(c.start, c)
        starts = sorted(by_start)
        added: list[_Cand] = []
        for i in _positions(self._lower, self._ids["place_noun"]):
            tok = doc[i]
            if not tok.text.islower() or i + 1 >= n or any(
                    c.start < i < c.end for c in by_start.values()):
                continue
            plural = tok.lower_ not in self.lex.place_nouns and self.lex.is_place_noun(tok.text)
            j = i + 1
            of = doc[j].lower_ == "of"
            if of and i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
                    and self.lex.place_noun(tok.text) != "City":
                # "the Barzeh DISTRICT of Damascus": the district is Barzeh (but "the
                # California TOWN of Ojai" is Ojai)
                continue
            if of or doc[j].lower_ in _TITLE_VERBS:
                j += 1
            elif i == 0 or (doc[i - 1].lower_ not in _ARTICLES and doc[i - 1].pos_ != "ADJ"):
                continue  # "the village Robotyne", not "village Robotyne" of a headline
            if j < n and doc[j].lower_ == "the" and of:
                j += 1
            kind = self.lex.place_noun(tok.text)
            known = self.lex.needs_known_place(tok.text)
            while j < n:
                ext = self._cued_name(j, by_start)
                if ext is None:
                    break
                a, b = ext
                c = by_start.get(a)
                if known and not (c is not None and c.end == b and self._place_readings(c)):
                    pass  # "the state of Catholicism": not a place the gazetteer knows
                elif c is not None and c.end == b:
                    if not (c.type == "Organization" and doc[a - 1].lower_ == "the"):
                        self._make_place(c, kind)  # not "the region of the IGAD"
                elif c is None and not any(x < a < by_start[x].end for x in starts
                                           if x < a):
                    new = _Cand(a, b, "Place", source="rule")
                    self._make_place(new, kind)
                    added.append(new)
                    by_start[a] = new
                if not plural or b + 1 >= n:
                    break
                j = b
                if doc[j].text == ",":
                    j += 1
                if j < n and doc[j].lower_ in ("and", "or"):
                    j += 1
                if j == b:
                    break
        # Organisation nouns: "the opposition parties Musavat and Yabloko", "parties such
        # as Ecolo and Groen", "the Likud and Shas parties"; a name never named in full as
        # a person after "an alliance with" / "a coalition with" ("Gesher and Meimad").
        lone = self._lone_people(cands)
        for i in _positions(self._lower, self._ids["org_plural"]):
            tok = doc[i]
            if not (tok.text.islower() or tok.is_sent_start):
                continue
            kind = self._org_noun_kind(tok.lower_)
            j = i + 1
            if j + 1 < n and doc[j].lower_ == "such" and doc[j + 1].lower_ == "as":
                j += 2
            elif j < n and doc[j].lower_ in ("including", "like"):
                j += 1
            items = self._name_list(j, by_start) + self._name_list_before(i, by_start)
            for a, b in items:
                c = by_start.get(a)
                if c is not None and c.end == b:
                    if not c.key and not c.demonym and not c.pinned \
                            and c.type in ("Person", "Place", "Organization"):
                        c.type, c.kind, c.pinned = "Organization", kind, True
                elif c is None and not any(x.start < b and a < x.end
                                           for x in by_start.values()):
                    new = _Cand(a, b, "Organization", kind=kind, source="rule")
                    new.pinned = True
                    added.append(new)
                    by_start[a] = new
        for i in _positions(self._lower, self._ids["org_with"]):
            if i + 1 >= n or doc[i + 1].lower_ != "with" or not doc[i].text.islower():
                continue
            for a, _b in self._name_list(i + 2, by_start):
                c = by_start.get(a)
                if c is not None and id(c) in lone:
                    c.type, c.kind, c.pinned = "Organization", None, True
        # "the small right-wing Yamina PARTY": an unknown name before a lower-case group
        # noun names that group, whatever NER called it
        for c in cands:
            if c.key or c.demonym or c.pinned or c.end >= n or not (
                    c.type in ("Person", "Place") or (c.type == "Organization" and not c.kind)):
                continue
            noun = doc[c.end]
            if noun.text.islower() and noun.lower_ in _GROUP_NOUNS and \
                    self.lex.head_type(noun.text) == "Organization" and \
                    doc[c.end - 1].whitespace_:
                c.type, c.kind, c.pinned = "Organization", self.lex.head_kind(noun.text), True
        # "the Supremes": a plural name after "the" names a group, not a person.
        for c in cands:
            if c.type == "Person" and not c.key and not c.pinned and c.start > 0 \
                    and doc[c.start - 1].lower_ == "the" and doc[c.end - 1].tag_ == "NNPS":
                c.type, c.kind, c.pinned = "Organization", None, True
        for i in _positions(self._lower, self._ids["person_title"]):
            j = i + 1
            while j < n and self.lex.is_title(doc[j].text) and doc[j].text[:1].isupper():
                j += 1
            c = by_start.get(j)
            if c is None or c.type in ("Person", "Country", "Misc") or c.demonym \
                    or c.pinned or c.end - c.start > 4:
                continue
            if any(x.start <= i < x.end for x in by_start.values()):
                continue  # the title is a word of a name ("General Assembly")
            if not doc[i].text[:1].isupper() and c.key:
                continue  # "the envoy Washington named": a known name stays what it is
            entry = self.gaz.get(c.key) if c.key else None
            if entry is not None and entry.type != "Place":
                continue
            words = doc[c.start:c.end]
            if not all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES or t.text == "-"
                       for t in words) or self.lex.head_type(words[-1].text):
                continue
            c.type, c.kind, c.key, c.pinned = "Person", None, None, True
        # A title inside an NER organisation or place: "King Louis XIV", "Pope Paul VI",
        # "Marshal Villeroi" where "Villeroi" is a person elsewhere; not "General Motors".
        person_words = {t.text for c in cands if c.type == "Person"
                        for t in doc[c.start:c.end]}
        for c in cands:
            if c.type not in ("Organization", "Place") or c.key or c.pinned or c.demonym \
                    or not self.lex.is_person_title(doc[c.start].text) \
                    or not doc[c.start].text[:1].isupper():
                continue
            k = c.start + 1
            while k < c.end and self.lex.is_title(doc[k].text):
                k += 1
            words = doc[k:c.end]
            if not 0 < len(words) <= 3 or not all(
                    t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES for t in words) \
                    or any(self.lex.head_type(t.text) for t in words):
                continue
            if ROMAN_NUMERAL.match(words[-1].text) or words[-1].text in person_words:
                c.start, c.type, c.kind, c.pinned = k, "Person", None, True
        self._said_to_be_places(cands, by_start)
        self._said_to_be(cands)
        return cands + added

    def _office_words(self, cands: list[_Cand]) -> list[_Cand]:
        """Drop an unlinked organisation that is the first words of a title before a
        person: "U.S. [National Security] Adviser John Bolton" names an office, not a
        body; a state named at its start stays ("U.S." is the United States)."""
        doc = self.doc
        people = {c.start for c in cands if c.type == "Person"}
        out: list[_Cand] = []
        starts = {c.start for c in cands}
        for c in cands:
            k = c.end
            # ("Indian External [Affairs] Minister": the rest of a portfolio NER left out)
            while k < len(doc) and k - c.end < 2 and k not in starts and doc[k].is_alpha and \
                    doc[k].text[:1].isupper() and not self.lex.is_title(doc[k].text) and \
                    k + 1 < len(doc) and (self.lex.is_title(doc[k + 1].text) or (
                        doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper())):
                k += 1
            if c.type == "Organization" and not c.key and not c.demonym and not c.pinned \
                    and k < len(doc) and doc[k].text[:1].isupper() \
                    and self.lex.is_title(doc[k].text):
                while k < len(doc) and self.lex.is_title(doc[k].text):
                    k += 1
                if k in people:
                    head = self._leading_state(c)
                    if head is not None:
                        out.append(head)
                    continue
            out.append(c)
        return out

    def _leading_state(self, c: _Cand) -> _Cand | None:
        """The state or body named by the first words of a candidate ("U.S." of "U.S.
        National Security", "Israeli" of "Israeli National Security", "Pentagon" of
        "Pentagon Press"), as a candidate of its own, or None."""
        for j in range(c.end - 1, c.start, -1):
            words = self._words(c.start, j)
            found = [e for e in self.gaz.lookup(words) if e.type in ("Country", "Organization")]
            demonym = None if found else self.gaz.demonym_of(words)
            entry = found[0] if found else demonym
            if entry is not None and entry.type in ("Country", "Organization"):
                head = _Cand(c.start, j, entry.type, kind=entry.kind, key=entry.key,
                             source="gazetteer+rule", demonym=demonym is not None)
                return head
        return None

    def _said_to_be_places(self, cands: list[_Cand], by_start: dict[int, _Cand]) -> None:
        """Type a name the text says is a place: "Crupet IS A VILLAGE in Wallonia",
        "Alexeni, A COMMUNE in Ialomița County" (a copula or an apposition with "a" or
        "an" and a place noun of ``data/placenouns.tsv``), whatever NER called it."""
        doc = self.doc
        for i in _positions(self._lower, self._ids["place_noun"]):
            tok = doc[i]
            if tok.lower_ not in self.lex.place_nouns or self.lex.needs_known_place(tok.text) \
                    or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                               for c in tok.children):
                continue
            if tok.dep_ == "attr" and _lemma_of_head(tok) == "be":
                names = [c for c in tok.head.children if c.dep_ == "nsubj"]
            elif tok.dep_ == "appos":
                names = [tok.head]
            else:
                continue
            for name in names:
                c = next((x for x in cands if x.start <= name.i < x.end), None)
                if c is None and name.pos_ == "PROPN" and name.text[:1].isupper() and \
                        name.is_alpha:
                    # a name NER missed: its compound words and itself
                    a = min([name.i] + [x.i for x in name.children if x.dep_ == "compound"
                                        and x.pos_ == "PROPN" and x.i < name.i])
                    if all(t.text[:1].isupper() for t in doc[a:name.i + 1]) and not any(
                            x.start <= name.i < x.end or a <= x.start <= name.i
                            for x in by_start.values()):
                        c = _Cand(a, name.i + 1, "Organization", source="rule")
                        by_start[a] = c
                        cands.append(c)
                if c is None or c.key or c.demonym or c.pinned or \
                        c.type not in ("Organization", "Person"):
                    continue
                self._make_place(c, self.lex.place_noun(tok.text))

    def _said_to_be(self, cands: list[_Cand]) -> None:
        """Type a name by what the text says it is, whatever NER called it: a noun said of
        one type only (``data/kindnouns.tsv``), in apposition or after "is" ("Ngoako
        Ramatlhodi, A POLITICIAN from Limpopo", "Marucci is an American FILMMAKER";
        "Refuse Fascism, AN ORGANIZATION founded in 2016"); for people also a birth
        ("Leone Marucci (BORN March 28, 1973)", "Anthony Steel (21 MAY 1920 – 21 March
        2001)") or an age ("Ali Hassan, 34, said"); a name apposed after such a noun too
        ("Russia's AMBASSADOR to the UN, Vassily Nebenzia"). Names the gazetteer knows and names
        typed by an earlier cue keep their type; a name ending in a head word ("...
        Party") never becomes a person's."""
        doc = self.doc
        n = len(doc)
        found: list[tuple[int, int, str]] = []  # first and last token of the name, type
        for i in _positions(self._lower, self._ids["kind_noun"]):
            tok = doc[i]
            if tok.pos_ not in ("NOUN", "PROPN") or not (
                    tok.text.islower() or self.lex.is_title(tok.text)) or any(
                    c.start <= i < c.end for c in cands):
                continue  # "was South Africa's Minister of ...", not "Sons of the ..."
            etype = self.lex.kind_noun(tok.text)
            # "Russia's AMBASSADOR to the United Nations, Vassily Nebenzia, ...": the name
            # apposed after the noun
            found += [(c.i, c.i, etype) for c in tok.children
                      if c.dep_ == "appos" and c.i > i and c.pos_ == "PROPN"
                      and c.left_edge.i > i and doc[c.left_edge.i - 1].text == ","]
            if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
                continue  # "Abkhazia is a PARTY TO the conflict"
            while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
                tok = tok.head  # "a member of the ANC and a LAWYER"
            if tok.dep_ == "attr" and _lemma_of_head(tok) == "be":
                found += [(c.i, c.i, etype) for c in tok.head.children if c.dep_ == "nsubj"]
            elif tok.dep_ == "appos" and tok.head.i < i and tok.left_edge.i <= tok.head.i + 2:
                # (right after the name: "Milan Radoicic, a deputy leader of the Serb List,
                # the main political PARTY of Serbs" says nothing of Radoicic)
                found.append((tok.head.i, tok.head.i, etype))
        strings = doc.vocab.strings
        leading = frozenset(strings.add(w) for w in ("lead", "head", "found"))
        for i in _positions(self._lemma, leading):
            tok = doc[i]
            # "the opposition Unitary Platform, LED BY María Corina Machado": a body led by
            # a person ("a coalition led by Saudi Arabia" keeps its state: it is known)
            if tok.tag_ == "VBN" and tok.dep_ == "acl":
                found.append((tok.head.i, tok.head.i, "Organization"))
                found += [(o.i, o.i, "Person") for c in tok.children if c.dep_ == "agent"
                          for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        for c in cands:
            e = c.end
            if e + 2 < n and doc[e].text == "(" and (
                    doc[e + 1].lower_ in ("born", "née", "nee") or _lifespan(doc[e + 1:e + 12])):
                found.append((c.start, c.end - 1, "Person"))
            elif e + 2 < n and doc[e].text == "," and doc[e + 2].text == "," and \
                    doc[e + 1].text.isdigit() and 15 <= int(doc[e + 1].text) <= 110:
                found.append((c.start, c.end - 1, "Person"))
        for first, last, etype in found:
            for c in cands:
                if not (c.start <= first and last < c.end) or c.type == etype or c.type not in (
                        "Person", "Organization", "Place") or c.key or c.demonym or c.pinned:
                    continue
                words = doc[c.start:c.end]
                if etype == "Person" and (any(self.lex.head_type(t.text) for t in words) or not all(
                        t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES or t.text == "-"
                        for t in words)):
                    continue
                c.type, c.kind, c.pinned = etype, None, True

    def _org_noun_kind(self, word: str) -> str | None:
        for form in (word, word[:-3] + "y" if word.endswith("ies") else "", word[:-2],
                     word[:-1]):
            if form and self.lex.is_head(form):
                return self.lex.head_kind(form)
        return None

    def _lone_people(self, cands: list[_Cand]) -> set[int]:
        """Ids of one-word unlinked people whose word is part of no longer person's name
        in the document: nothing shows them to be people but NER's guess."""
        doc = self.doc
        named = {t.text for c in cands if c.type == "Person" and c.end - c.start > 1
                 for t in doc[c.start:c.end]}
        return {id(c) for c in cands if c.type == "Person" and c.end - c.start == 1
                and not c.key and doc[c.start].text not in named}

    def _name_list(self, j: int, by_start: dict[int, _Cand]) -> list[tuple[int, int]]:
        """Names listed from token ``j``: "Musavat, Yabloko and Azerbaijani Popular Front"."""
        doc = self.doc
        n = len(doc)
        out: list[tuple[int, int]] = []
        while j < n:
            ext = self._cued_name(j, by_start)
            if ext is None:
                break
            out.append(ext)
            j = ext[1]
            k = j
            if k < n and doc[k].text == ",":
                k += 1
            if k < n and doc[k].lower_ in ("and", "or"):
                k += 1
            if k == j:
                break
            j = k
        return out

    def _name_list_before(self, i: int, by_start: dict[int, _Cand]) -> list[tuple[int, int]]:
        """Names listed right before token ``i``: "the Likud and Shas [parties]"; at least
        two, or the noun would be part of one name ("Labour Party")."""
        doc = self.doc
        ends = {c.end: c for c in by_start.values()}
        out: list[tuple[int, int]] = []
        k = i
        while k > 0:
            c = ends.get(k)
            if c is not None:
                a = c.start
            else:
                a = k
                while a > 0 and doc[a - 1].is_alpha and doc[a - 1].text[:1].isupper() \
                        and k - a < 4:
                    a -= 1
            if a == k or not doc[a].text[:1].isupper():
                break
            out.append((a, k))
            k = a
            if k > 0 and doc[k - 1].lower_ in ("and", "or"):
                k -= 1
            if k > 0 and doc[k - 1].text == ",":
                k -= 1
            if k == a:
                break
        return out if len(out) >= 2 else []

    def _cued_name(self, j: int, by_start: dict[int, _Cand]) -> tuple[int, int] | None:
        """The name that starts at token ``j`` after a place noun: a mention found there,
        or capitalised words (joined by hyphens), not a title and not ending in a head word
        of an organisation or event."""
        doc = self.doc
        n = len(doc)
        if j >= n or not (doc[j].is_alpha and doc[j].text[:1].isupper()) \
                or self.lex.is_title(doc[j].text):
            return None
        c = by_start.get(j)
        if c is not None:
            end = c.end
        else:
            end = j
            while end < n and doc[end].text[:1].isupper() and doc[end].is_alpha \
                    and "\n" not in doc[end].text:
                end += 1
                if end + 1 < n and doc[end].text == "-" and doc[end + 1].text[:1].isupper():
                    end += 1
        if any(self.lex.head_type(t.text) not in (None, "Place") for t in doc[j:end]):
            return None  # "the region of the Intergovernmental Authority on Development"
        return j, end

    def _named_before_place_noun(self, cands: list[_Cand]) -> None:
        """Type as a Place a name the gazetteer does not know that stands before a place
        noun of a region or area: "the Depsang and Demchok AREAS", "the Donbas REGION"
        (NER often takes such names for people)."""
        doc = self.doc
        by_end = {c.end: c for c in cands}
        for i in _positions(self._lower, self._ids["place_noun"]):
            tok = doc[i]
            if not tok.text.islower() or self.lex.place_noun(tok.text) == "City":
                continue
            named = []
            k = i
            while k in by_end:
                c = by_end[k]
                named.append(c)
                k = c.start
                if k >= 2 and doc[k - 1].lower_ in ("and", ",") and (k - 1) in by_end:
                    k -= 1
                else:
                    break
            if not named or k == 0 or doc[k - 1].lower_ != "the":
                continue  # "the X (and Y) areas"
            for c in named:
                if c.key is None and c.type in ("Person", "Organization") and \
                        all(t.text[:1].isupper() for t in doc[c.start:c.end]):
                    self._make_place(c, self.lex.place_noun(tok.text))

    def _make_place(self, c: _Cand, kind: str | None) -> None:
        """Type a mention as a Place, with the gazetteer reading of the kind wanted."""
        if c.demonym or c.type == "Misc" or c.pinned:
            return
        entry = self.gaz.get(c.key) if c.key else None
        if entry is not None and entry.type == "Organization":
            return
        readings = self._place_readings(c)
        if kind == "Region":
            readings += [e for e in self._stem_regions(c, readings) if e not in readings]
        fitting = [e for e in readings if kind is None or e.kind == kind]
        if fitting:
            best = max(fitting, key=lambda e: self._entry_rank((e, False), self._anchors,
                                                               set()))
            if entry is None or entry.type != "Country" or best.type == "Country" \
                    or kind is not None:
                self._set_reading(c, best)
            return
        if entry is not None and entry.type in ("Place", "Country"):
            c.pinned = True
            return
        c.type, c.kind, c.key, c.pinned = "Place", None, None, True

    # -- rule 1b: address chains --------------------------------------------------

    def _address_chains(self, cands: list[_Cand]) -> list[_Cand]:
        """Read "A, B", "A (B)" and "A in B" with B as the container of A.

        "Wilmington, Delaware" is the Wilmington whose region is Delaware; "Atlanta,
        Georgia" puts Georgia in the US; "Sackville, New Brunswick" and "Troy, New York"
        name the province and the state, not the same-name cities. A known name none of
        whose readings lies in a container named this way ("Dublin, Ohio", "Guri,
        Bolívar") is a place the gazetteer does not know. The reading chosen holds for
        the name's other mentions in the document. A pair inside a list ("Izium, Kharkiv
        and Odesa") only picks A's reading; it never turns the city B into a region.
        """
        doc = self.doc
        n = len(doc)
        places = sorted((c for c in cands if c.type in ("Place", "Country") and not c.demonym),
                        key=lambda c: c.start)
        by_start = {c.start: c for c in places}
        by_end = {c.end: c for c in places}
        decided: dict[str, GazetteerEntry | None] = {}
        containers: set[int] = set()  # the B of a chain read already
        for a in places:
            if a.end >= n:
                continue
            sep = doc[a.end].text
            if sep not in (",", "(") and doc[a.end].lower_ != "in":
                continue
            b = by_start.get(a.end + 1)
            if b is None or (sep == "(" and (b.end >= n or doc[b.end].text != ")")):
                continue
            if sep != "(" and b.end < n and doc[b.end].is_alpha \
                    and doc[b.end].pos_ in ("NOUN", "ADJ", "PROPN"):
                continue  # "Los Angeles, New Jersey native Leroy Smith"
            listed = self._more_listed(b) or self._listed_before(a, by_end, containers)
            if self._read_chain(a, b, loose=sep == "in", listed=listed, decided=decided):
                containers.add(id(b))
        if decided:
            for c in places:
                if c.pinned:
                    continue
                name = normalize_name(self._words(c.start, c.end))
                if name not in decided:
                    continue
                entry = decided[name]
                if entry is None:
                    if any(e.key == c.key for e in self._place_readings(c)):
                        c.key, c.kind, c.type, c.pinned = None, None, "Place", True
                elif any(e.key == c.key for e in self._place_readings(c)):
                    self._set_reading(c, entry)
        return cands

    def _read_chain(self, a: _Cand, b: _Cand, *, loose: bool, listed: bool,
                    decided: dict[str, GazetteerEntry | None]) -> bool:
        """Read one pair A, B; return True when B was taken as A's container."""
        a_opts = self._place_readings(a)
        if a.pinned:
            a_opts = [e for e in a_opts if e.key == a.key]
        b_opts = self._place_readings(b)
        if b.pinned:
            b_opts = [e for e in b_opts if e.key == b.key]
        containers = [e for e in b_opts if e.type == "Country" or e.kind == "Region"]
        stems = [] if b.pinned else self._stem_regions(b, b_opts)
        containers += [e for e in stems if e not in containers]
        if not containers:
            return False
        b_certain = all(e in containers for e in b_opts) and bool(b_opts)
        pairs = [(x, y) for x in a_opts for y in containers if _contains(self.gaz, y, x)]
        a_name = normalize_name(self._words(a.start, a.end))
        b_name = normalize_name(self._words(b.start, b.end))
        if pairs:
            keys = {x.key for x, _y in pairs}
            x = next((x for x, _y in pairs if x.key == a.key), None) or max(
                (x for x, _y in pairs), key=lambda e: e.population)
            ys = [y for x2, y in pairs if x2 is x]
            y = next((y for y in ys if y.key == b.key), None) or ys[0]
            if len(keys) < len(a_opts) or a.key != x.key:
                decided.setdefault(a_name, x)
            self._set_reading(a, x)
            # In a list only a reading B's own name has counts ("Tbilisi, Georgia and
            # Armenia"), never the city B turned region ("Izium, Kharkiv and Odesa").
            if y not in stems or b_certain or not listed:
                if y not in stems and b.key != y.key:
                    decided.setdefault(b_name, y)
                self._set_reading(b, y)
            return True
        if a_opts and b_certain and not listed and all(
                _level(x) < _level(y) and _contains(self.gaz, y, x) is False
                for x in a_opts for y in containers):
            # "Dublin, Ohio": no Dublin the gazetteer knows lies in Ohio.
            a.key, a.kind, a.type, a.pinned = None, None, "Place", True
            decided.setdefault(a_name, None)
            return True
        if not a_opts and a.type == "Place" and not a.key and not loose and not listed \
                and not b_certain and b.key not in {e.key for e in containers}:
            # "Troy, New York": an unknown place, then the state (not the city).
            ranked = sorted(containers, key=lambda e: self._entry_rank(
                (e, False), self._anchors, set()), reverse=True)
            self._set_reading(b, ranked[0])
            if ranked[0] not in stems:
                decided.setdefault(b_name, ranked[0])
            return True
        return False

    @staticmethod
    def _set_reading(c: _Cand, entry: GazetteerEntry) -> None:
        c.key, c.kind, c.type, c.pinned = entry.key, entry.kind, entry.type, True

    def _place_readings(self, c: _Cand) -> list[GazetteerEntry]:
        """Every place or country the words of a mention may name."""
        found = [e for e in self.gaz.lookup(self._words(c.start, c.end))
                 if e.type in ("Place", "Country")]
        if c.key and all(e.key != c.key for e in found):
            entry = self.gaz.get(c.key)
            if entry is not None and entry.type in ("Place", "Country"):
                found.insert(0, entry)
        return found

    def _stem_regions(self, b: _Cand, b_opts: list[GazetteerEntry]) -> list[GazetteerEntry]:
        """Regions named by B and a type word in the gazetteer, because a city of their
        country has the bare name: "New York" → "New York State", "Washington" →
        "Washington State" (the rule of ``data/gazetteer/SOURCES.md``)."""
        name = normalize_name(self._words(b.start, b.end))
        countries = {e.country for e in b_opts if e.kind == "City" and e.country}
        out = []
        for code in sorted(countries):
            for region in _regions_of(self.gaz).get(code, ()):
                for other in region.names:
                    norm = normalize_name(other)
                    head, _, rest = norm.partition(name + " ")
                    if (not head and rest and " " not in rest) or (
                            norm.endswith(" of " + name) and norm.count(" ") <= 3):
                        out.append(region)
                        break
        return out

    def _listed_before(self, a: _Cand, by_end: dict[int, _Cand], containers: set[int]
                       ) -> bool:
        """True when A follows a known place as big as it and a comma ("Havana, Miami",
        "Guangdong, Huzhou"), not as its container: a list, not an address."""
        if not a.start or self.doc[a.start - 1].text != "," or id(a) in containers:
            return False
        before = by_end.get(a.start - 1)
        if before is None or not before.key:
            return False
        entry = self.gaz.get(before.key)
        if entry is None:
            return False
        return all(_level(entry) >= _level(x) for x in self._place_readings(a)) \
            and _level(entry) < 3

    def _more_listed(self, b: _Cand) -> bool:
        """True when more names follow B as in a list ("Kharkiv and Odesa", "Kharkiv,
        Odesa and Kyiv")."""
        doc = self.doc
        n = len(doc)
        k = b.end
        if k + 1 < n and doc[k].text == "," and doc[k + 1].lower_ in ("and", "or"):
            k += 1
        if k < n and doc[k].lower_ in ("and", "or", "&"):
            if k + 1 >= n or not doc[k + 1].text[:1].isupper():
                return False  # "Tbilisi, Georgia, and in Atlanta": no name follows
            # "Troy, New York and Spokane Valley, Washington": a list of addresses.
            j = k + 1
            while j < n and doc[j].text[:1].isupper():
                j += 1
            return not (j > k + 1 and j + 1 < n and doc[j].text == ","
                        and doc[j + 1].text[:1].isupper())
        if k + 1 < n and doc[k].text == "," and doc[k + 1].text[:1].isupper():
            j = k + 1
            while j < n and doc[j].text[:1].isupper():
                j += 1
            return j < n and (doc[j].lower_ in ("and", "or") or doc[j].text == ",")
        return False

    def _whole_people(self, cands: list[_Cand]) -> list[_Cand]:
        """Join two unlinked people with nothing but a space between them.

        NER sometimes cuts a name it has not seen in two ("Ernesto Alonso" + "Vargas
        Contreras"). (Taking in a capitalised word before a person was tried and
        dropped: the tagger calls "Liberal" or "Democrat" proper nouns too.) A name that
        starts with a patronymic takes the given name before it ("Anatoly" + "Borisovich
        Chubais"): a patronymic never starts a name.
        """
        doc = self.doc
        cands.sort(key=lambda c: c.start)
        ends = {c.end for c in cands}
        starts = {c.start for c in cands}
        out: list[_Cand] = []
        for c in cands:
            if c.type == "Person" and c.start > 0 and c.start not in ends and not c.key and (
                    (c.end - c.start > 1 and _PATRONYMIC.search(doc[c.start].text))
                    or (c.end - c.start == 1 and self._listed_given_name(c.start - 1))):
                first = doc[c.start - 1]
                if first.is_alpha and first.text[:1].isupper() and not self.lex.is_title(
                        first.text) and self.gaz.demonym_of(first.text) is None:
                    c.start -= 1
            if c.type == "Person" and not c.key and c.end < len(doc) and c.end not in starts:
                # NER stopped one word short of the name's head: "Jean-Yves Le [Drian]",
                # "Lee Hsien [Loong]" (the parser makes the last word the head of the rest)
                last, nxt = doc[c.end - 1], doc[c.end]
                if last.dep_ == "compound" and last.head.i == nxt.i and nxt.is_alpha and \
                        nxt.text[:1].isupper() and not nxt.is_upper and nxt.pos_ == "PROPN" and \
                        not self.lex.is_title(nxt.text) and not self.lex.head_type(nxt.text) \
                        and last.whitespace_ == " ":
                    c.end += 1
            if c.type == "Person" and not c.key and c.end + 2 < len(doc) and \
                    c.end + 2 not in starts and doc[c.end].lower_ in _ARABIC_ARTICLES and \
                    doc[c.end + 1].text == "-" and not doc[c.end].whitespace_ and \
                    not doc[c.end + 1].whitespace_ and doc[c.end + 2].is_alpha and \
                    doc[c.end + 2].text[:1].isupper() and doc[c.end - 1].whitespace_ == " ":
                # NER stopped before an Arabic surname with its article: "Abdel Fattah
                # [el-Sissi]", "Hassan [al-Turabi]"
                c.end += 3
            prev = out[-1] if out else None
            if c.type == "Person" and not c.key and prev is not None \
                    and prev.type == "Person" and not prev.key and prev.end == c.start \
                    and doc[prev.end - 1].whitespace_ == " " and doc[c.start].is_alpha:
                prev.end = c.end
                continue
            out.append(c)
        return out

    def _nicknamed_people(self, cands: list[_Cand]) -> list[_Cand]:
        """A name with a quoted nickname inside it is one person: 'Joaquin "El Chapo"
        Guzman', 'Bosco "The Terminator" Ntaganda' (NER cuts such names at the quotes and
        types the pieces at random).

        Both sides must be capitalised proper nouns that are no title, date, demonym or
        known name of anything but a person; the nickname is one to four capitalised
        words. A known person inside lends the whole name its link.
        """
        doc = self.doc
        n = len(doc)
        spans: list[tuple[int, int]] = []
        for q in _positions(self._orth, _QUOTE_IDS):
            if not 1 <= q < n - 3 or not doc[q - 1].whitespace_:
                continue
            k = next((j for j in range(q + 2, min(q + 6, n - 1)) if doc[j].text in _QUOTES),
                     None)
            if k is None or not doc[k].whitespace_:
                continue
            inner = doc[q + 1:k]
            if not inner[0].text[:1].isupper() or not all(
                    t.text[:1].isupper() or t.lower_ in ("the", "of") or t.text in (".", "-")
                    for t in inner):
                continue
            left, right = doc[q - 1], doc[k + 1]
            if not (self._nickname_side(q - 1, loose=True) and
                    self._nickname_side(k + 1, loose=True)) or not any(
                    t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in (left, right)):
                continue
            start, end = q - 1, k + 2
            while start > 0 and q - start < 3 and self._nickname_side(start - 1) and \
                    doc[start - 1].whitespace_:
                start -= 1
            while end < n and end - k < 3 and self._nickname_side(end) and \
                    doc[end - 1].whitespace_:
                end += 1
            spans.append((start, end))
        if not spans:
            return cands
        for start, end in spans:
            over = [c for c in cands if c.start < end and c.end > start]
            if any(c.key and c.type != "Person" for c in over) or \
                    len({c.key for c in over if c.key}) > 1 or \
                    any(c.start < start or c.end > end for c in over):
                continue
            known = next((c for c in over if c.key), None)
            new = _Cand(start, end, "Person", kind=known.kind if known else None,
                        key=known.key if known else None,
                        source=known.source if known else "ner")
            new.pinned = True
            cands = [c for c in cands if c not in over] + [new]
        return cands

    def _nickname_side(self, i: int, *, loose: bool = False) -> bool:
        """True when token ``i`` may be part of a name beside a quoted nickname. Next to
        the quotes (``loose``) the tagger may call a name a noun or an adjective."""
        t = self.doc[i]
        return t.is_alpha and t.text[:1].isupper() and not t.is_upper and (
            t.pos_ == "PROPN" or (loose and t.pos_ in ("NOUN", "ADJ"))) and \
            t.ent_type_ not in ("DATE", "TIME") and \
            not self.lex.is_title(t.text) and self.gaz.demonym_of(t.text) is None and \
            t.lower_ not in _MONTH_WORDS

    def _listed_given_name(self, i: int) -> bool:
        """True when token ``i`` is a capitalised proper noun that a list separator (or the
        document start) precedes and that no rule word or known name claims: the given
        name NER left off a surname in "editors such as Raymond Burgard, Émile Coornaert"."""
        doc = self.doc
        t = doc[i]
        if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()) \
                or self.lex.head_type(t.text) or t.text.isupper():
            return False
        if i > 0 and doc[i - 1].text not in (",", ";") and doc[i - 1].lower_ not in (
                "and", "or", "as", "including"):
            return False
        return not any(sp.start <= i < sp.end for sp in doc.spans.get(SPAN_KEY, ()))

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
            while j < n and ((doc[j].is_alpha and doc[j].text[:1].isupper()) or (
                    j > i and doc[j].text in ("'", "’", "'s", "’s") and j + 1 < n
                    and j - 1 not in owner and doc[j + 1].is_alpha
                    and doc[j + 1].text[:1].isupper())):
                # "Workers' Party", "People's Party"; not "Ghana's Convention People's Party"
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
                    and (self.lex.is_head(doc[c.end - 1].text) or chained or (
                        doc[c.end].lower_ == "of" and self.lex.is_head(doc[c.start].text))):
                k = c.end + 1
                if doc[k].lower_ == "the" and k + 1 < len(doc):
                    k += 1
                nxt = at_start.get(k)
                if nxt is not None:
                    if nxt.type == "Person" or nxt.demonym or (
                            nxt.type == "Organization" and doc[c.end].lower_ != "of"):
                        break  # "Quebec Liberal Party for the Parti Québécois": two names
                    if nxt.end < len(doc) and doc[nxt.end].lower_ in ("'s", "’s"):
                        break  # "the Quds Force of IRAN'S Revolutionary Guards"
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
                    # (a whole body the gazetteer knows is a name of its own: "GAZPROM and
                    # China National Petroleum Corp")
                    if all(x.type == "Organization" and not x.demonym and not x.pinned
                           and (x.key is None or (x.start, x.end) != (a_start, a_end))
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
        found = [e for e in self.gaz.lookup(text)
                 if e.type == "Organization" and self._linkable(e, text)]
        if found:
            c.key, c.kind, c.source = found[0].key, found[0].kind, "gazetteer+rule"
        else:
            c.key, c.source = None, "rule"
            c.kind = self.lex.head_kind(self.doc[c.end - 1].text) or c.kind

    # -- rule 7: things that are not actors --------------------------------------

    def _not_actors(self, cands: list[_Cand]) -> list[_Cand]:
        """Mark names of works, products, vessels, awards and degrees as ``Misc``.

        The cue words are in ``data/miscwords.tsv``. A ``Misc`` mention is never output,
        but until the end it holds its words, so that no gazetteer name inside it ("The
        Hague" in "Treaty of The Hague", "Moskva" in "the cruiser Moskva") and no repeat of
        it is taken for an actor or a place.
        """
        doc = self.doc
        extents: list[tuple[int, int]] = []
        misc: set[int] = set()
        products: set[int] = set()
        by_start: dict[int, _Cand] = {}
        for c in cands:
            by_start.setdefault(c.start, c)
        for i in _positions(self._orth, self._ids["cue"]):
            tok = doc[i]
            kind = self.lex.cue(tok.text)
            if kind is None:
                continue
            if kind in ("work", "vessel") and tok.pos_ == "NOUN":
                ext = self._title_after(i + 1, cands, plural=tok.tag_ == "NNS")
                if kind == "work":
                    # A known name after a work noun is more likely the subject of a
                    # clause ("the nuclear program Tehran defends") than a title.
                    ext = [(a, b) for a, b in ext if not any(
                        c.key and a <= c.start < b for c in cands)]
                extents.extend(ext)
            elif kind == "prefix" and i + 1 < len(doc) and self._cap(i + 1) \
                    and doc[i + 1].is_alpha and not self.lex.is_title(doc[i + 1].text):
                run = self._cap_run(i + 1)
                extents.append((i, max([run] + [c.end for c in cands
                                                if i < c.start < run or c.start == i])))
            if kind in ("work", "vessel", "product") and tok.tag_ == "NNS" \
                    and tok.pos_ == "NOUN":
                extents.extend(self._listed_after(i + 1, cands))
        extents.extend(self._quoted_titles(cands))
        extents.extend(self._misc_headed_runs())
        events = self._headed_of(cands)
        for c in cands:
            if c.demonym or c.type == "Misc":
                continue
            thing = self._is_thing(c)
            if thing:
                misc.add(id(c))
                if thing == "product":
                    products.add(id(c))
        # Names listed with a product are products: "Stinger and Rapier missiles".
        for c in sorted(cands, key=lambda c: -c.start):
            nxt = self._next_listed(c, by_start)
            if nxt is not None and id(nxt) in products and not c.key and not c.demonym:
                misc.add(id(c))
                products.add(id(c))
        out: list[_Cand] = []
        for c in cands:
            if id(c) in misc:
                c.type, c.kind, c.key, c.source = "Misc", None, None, "rule"
        extents = [e for e in extents if e[0] < e[1]]
        taken = [(a, b) for a, b, _t in events] + extents
        for c in cands:
            if any(a < c.end and c.start < b for a, b in taken):
                continue
            out.append(c)
        for a, b, etype in events:
            out.append(_Cand(a, b, etype, source="rule"))
        for sp in filter_spans(Span(doc, a, b) for a, b in extents):
            if not any(a < sp.end and sp.start < b for a, b, _t in events):
                out.append(_Cand(sp.start, sp.end, "Misc", source="rule"))
        return out

    def _misc_headed_runs(self) -> list[tuple[int, int]]:
        """Capitalised words ending in a Misc head word name one thing, whatever NER and
        the gazetteer found inside: "UK Singles Chart", "Nobel Peace Prize", "Chicagoland
        Sports Hall of Fame" (small words such as "of" may stand between)."""
        doc = self.doc
        out = []
        for i in _positions(self._lower, self._ids["misc_head"]):
            t = doc[i]
            if not t.text[:1].isupper() or self.lex.head_type(t.text) != "Misc":
                continue
            a = i
            while a > 0:
                p = doc[a - 1]
                if (p.text[:1].isupper() or p.text[:1].isdigit()) and not p.is_sent_start \
                        and "\n" not in p.text:
                    a -= 1
                elif p.lower_ in ("of", "the") and a > 1 and doc[a - 2].text[:1].isupper() \
                        and not doc[a - 1].is_sent_start:
                    a -= 1
                else:
                    break
            while a < i and doc[a].lower_ in ("of", "the"):
                a += 1
            if a < i and (not out or out[-1][1] <= a):
                out.append((a, i + 1))
        return out

    def _headed_of(self, cands: list[_Cand]) -> list[tuple[int, int, str]]:
        """Names typed by their first word and "of": "Battle of Kursk", "Treaty of The
        Hague" (events), "Order of Lenin"-like Misc names. The name after "of" is part of
        it, not a mention of its own."""
        doc = self.doc
        n = len(doc)
        out: list[tuple[int, int, str]] = []
        for i in _positions(self._lower, self._ids["of_head"]):
            if i >= n - 2:
                break
            t = doc[i]
            etype = self.lex.head_type(t.text)
            if etype not in ("Event", "Misc") or not t.text[:1].isupper() \
                    or doc[i + 1].lower_ != "of":
                continue
            k = i + 2
            if doc[k].lower_ == "the" and not doc[k].text[:1].isupper():
                k += 1
            run = self._cap_run(k) if k < n else k
            if run == k:
                continue
            run = max([run] + [c.end for c in cands if k <= c.start < run])
            if any(c.start < i < c.end or (c.start < run < c.end and c.start >= i)
                   for c in cands):
                continue  # inside a longer name ("Museum of the Battle of Kursk")
            if out and out[-1][1] > i:
                continue
            out.append((i, run, etype))
        return out

    def _cap_run(self, j: int, small: frozenset[str] = frozenset()) -> int:
        """End of the title-like run of words from ``j``: capitalised words, numbers, and
        small words between capitalised ones ("Princess Alice and the Glass Slipper").
        ``small`` replaces the small words allowed (list items hold no "and")."""
        doc = self.doc
        n = len(doc)
        small = small or _TITLE_SMALL
        k = j
        while k < n:
            t = doc[k]
            if "\n" in t.text:
                break
            if t.text[:1].isupper() or (t.text[:1].isdigit() and k > j):
                k += 1
            elif t.lower_ in small and k > j and k + 1 < n and (
                    doc[k + 1].text[:1].isupper() or (doc[k + 1].lower_ in small
                    and k + 2 < n and doc[k + 2].text[:1].isupper())):
                k += 1
            elif t.text == "-" and k > j and k + 1 < n and doc[k + 1].text[:1].isupper():
                k += 1
            else:
                break
        return k

    def _title_after(self, j: int, cands: list[_Cand], *, plural: bool
                     ) -> list[tuple[int, int]]:
        """Extents of the titles that follow a work or vessel word at token ``j - 1``."""
        doc = self.doc
        n = len(doc)
        k = j
        quoted = False
        for _ in range(3):
            if k < n and doc[k].text in _QUOTES:
                quoted = True
                k += 1
            elif k < n and (doc[k].text == "," or doc[k].lower_ in _TITLE_VERBS):
                k += 1
        if k >= n or not (doc[k].text[:1].isupper() or (doc[k].text[:1].isdigit() and quoted)):
            return []
        if quoted:
            end = next((q for q in range(k, min(n, k + 15)) if doc[q].text in _QUOTES), None)
            if end is None or end == k:
                return []
            return [(k, end)]
        comma = k > j and doc[k - 1].text == ","
        out = []
        while True:
            run = self._cap_run(k)
            if run == k:
                break
            run = max([run] + [c.end for c in cands if k <= c.start < run])
            if comma and run < n and doc[run].text not in _APPOSITION_END:
                break  # "in their song, Rage Against the Machine named it": no title
            out.append((k, run))
            if run + 1 >= n or doc[run].text not in (",", "and", "or"):
                break
            closed = doc[run].lower_ in ("and", "or")
            k = run + 1
            if k < n and doc[k].lower_ in ("and", "or"):
                closed = True
                k += 1
            if closed:
                last = self._cap_run(k)
                if last > k:
                    out.append((k, max([last] + [c.end for c in cands if k <= c.start < last])))
                break
        if len(out) > 1 and not plural and not any(
                t.lower_ in ("and", "or") for t in doc[out[0][1]:out[-1][1]]):
            return out[:1]  # "the film Oppenheimer, Nolan's ...": one title, no list
        return out

    def _quoted_titles(self, cands: list[_Cand]) -> list[tuple[int, int]]:
        """Short quoted runs in title case holding an unlinked name: song, film or book
        titles (" Until It Sleeps "). A quoted known name alone ("Russia") stays."""
        doc = self.doc
        out = []
        opened: int | None = None
        for i in _positions(self._orth, self._ids["quote"]):
            t = doc[i]
            if opened is not None and doc[opened].sent.start != t.sent.start:
                opened = None  # quotes pair within a sentence
            if opened is None or t.text in ("“", "‘"):
                opened = i
                continue
            a, b = opened + 1, i
            opened = None
            if not 0 < b - a <= 12 or doc[b - 1].text in (",", ".", "!", "?", ";", ":"):
                continue
            words = [w for w in doc[a:b] if w.is_alpha]
            if not words or not words[0].text[:1].isupper() or any(
                    w.text[:1].islower() and w.lower_ not in _TITLE_SMALL for w in words):
                continue
            inside = [c for c in cands if a <= c.start and c.end <= b]
            if not inside or any(c.key or c.demonym for c in inside):
                continue
            if any(self.lex.head_type(doc[c.end - 1].text) for c in inside):
                continue  # "The Imperial Grandson Association": a name, not a title
            before = doc[doc[a].sent.start:a]
            if not any(w.pos_ == "NOUN" and self.lex.cue(w.text) == "work" for w in before):
                continue  # a nickname or a name on an inscription, not a title
            out.append((a, b))
        return out

    def _listed_after(self, j: int, cands: list[_Cand]) -> list[tuple[int, int]]:
        """Extents of the names after "such as"/"including"/"like" at token ``j``: "films
        such as The Incredibles, Ratatouille and Up". A known name ends the list."""
        doc = self.doc
        n = len(doc)
        if j + 1 < n and doc[j].lower_ == "such" and doc[j + 1].lower_ == "as":
            j += 2
        elif j < n and doc[j].lower_ in ("including", "like"):
            j += 1
        else:
            return []
        keyed = {t for c in cands if c.key or c.demonym for t in range(c.start, c.end)}
        found = []
        while j < n:
            if doc[j].lower_ == "the" and j + 1 < n and doc[j + 1].text[:1].isupper():
                j += 1
            run = self._cap_run(j, _ITEM_SMALL)
            if run == j or any(t in keyed for t in range(j, run)):
                break
            run = max([run] + [c.end for c in cands if j <= c.start < run])
            found.append((j, run))
            j = run
            if j < n and doc[j].lower_ in ("and", "or"):
                j += 1
                continue
            if j >= n or doc[j].text != ",":
                break
            while j < n and doc[j].text == ",":
                j += 1
            if j < n and doc[j].lower_ in ("and", "or"):
                j += 1
        return found

    def _next_listed(self, c: _Cand, by_start: dict[int, _Cand]) -> _Cand | None:
        doc = self.doc
        j = c.end
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].lower_ in ("and", "or"):
            j += 1
        return by_start.get(j) if j > c.end else None

    def _is_thing(self, c: _Cand) -> str | None:
        """Say what the words around a name show it to be: "product", "work", "award" or
        "degree", or None when they show nothing (see :meth:`_not_actors`)."""
        doc = self.doc
        n = len(doc)
        first, last = doc[c.start], doc[c.end - 1]
        text = self._words(c.start, c.end)
        # Degrees: "an MA in ...", "his PhD from ...", "Master of Business Administration".
        if self.lex.cue(text) == "degree":
            prev = doc[c.start - 1].lower_ if c.start else ""
            nxt = doc[c.end].lower_ if c.end < n else ""
            if prev in ("a", "an", "his", "her", "their", "its") or nxt in (
                    "in", "from", "degree", "at"):
                return "degree"
        if self.lex.cue(first.lower_) == "degree" and c.end - c.start > 2 \
                and doc[c.start + 1].lower_ == "of":
            return "degree"
        if c.key:
            return None
        if c.end - c.start == 1 and first.text[:1].isupper() \
                and self.lex.head_type(first.text) == "Misc":
            return "award"  # "an Emmy Award" where NER took "Award" alone, "the Act"
        # "Oscar-nominated", "Grammy-winning": an award.
        if c.end + 1 < n and doc[c.end].text == "-" and doc[c.end + 1].lower_ in (
                "nominated", "winning", "winner", "award"):
            return "award"
        if c.end - c.start > 2 and doc[c.end - 2].text == "-" and last.text.islower() and \
                self.lex.cue(last.text) in ("product", "vessel"):
            return "product"  # "Virginia-class submarines", NER taking in the "-class"
        # "Patriot missiles", "Patriot air defence systems", "Shahed drones".
        if not (c.type == "Organization" and self.lex.is_head(last.text)) and not (
                c.type == "Person" and c.end - c.start > 1):
            k = c.end
            for _ in range(4):
                if k >= n:
                    break
                t = doc[k]
                if t.pos_ == "NOUN" and t.text.islower() and self.lex.cue(t.text) in (
                        "product", "vessel"):
                    return "product"
                if not ((t.text.islower() and t.pos_ in ("NOUN", "ADJ")) or t.text == "-"):
                    break
                k += 1
        # "Velocifero is the fourth studio album", "Song of Freedom, a 1936 film".
        root = next((t for t in doc[c.start:c.end] if not c.start <= t.head.i < c.end), last)
        kinds = ("work", "vessel", "product")
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            for t in root.head.children:
                if t.dep_ == "attr" and t.text.islower() and self.lex.cue(t.text) in kinds and \
                        not is_think_tank(t):
                    return "work"
        for t in root.children:
            if t.dep_ == "appos" and t.text.islower() and self.lex.cue(t.text) in kinds and \
                    not is_think_tank(t):
                return "work"  # (but "the Hudson Institute, a U.S. THINK tank")
        return None

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

    def _ner_person(self, c: _Cand) -> bool:
        """Whether NER tagged exactly this extent as a person."""
        return any(e.label_ == "PERSON" and (e.start, e.end) == (c.start, c.end)
                   for e in self.doc.ents)

    def _one_reading(self, cands: list[_Cand]) -> list[_Cand]:
        doc = self.doc
        covered = bytearray(len(doc))
        for c in cands:
            for t in range(c.start, c.end):
                covered[t] = 1
        # People named in full: their surnames and first names.
        name_parts: dict[str, _Cand] = {}
        surnames: set[str] = set()
        first_names: dict[str, set[str]] = defaultdict(set)
        for c in cands:
            if c.type != "Person" or c.end - c.start < 2:
                continue
            words = [t.text for t in doc[c.start:c.end]
                     if t.is_alpha and t.text[:1].isupper() and not self.lex.is_title(t.text)]
            if len(words) < 2:
                continue
            surnames.add(words[-1])
            first_names[words[0]].add(words[-1])
            for w in (words[0], words[-1]):
                name_parts.setdefault(w, c)
        if name_parts:
            for c in cands:
                if c.type == "Person" or c.end - c.start != 1 or c.demonym or c.pinned:
                    continue
                if doc[c.start].text not in name_parts:
                    continue
                entry = self.gaz.get(c.key) if c.key else None
                if entry is not None and (entry.type in ("Country", "Organization") or (
                        entry.kind not in (None, "City") and not self._ner_person(c))):
                    continue  # (a region only where NER, too, reads a person: "Kerry")
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
        # "Abiy", "Isaias": a first name that stands alone as a proper noun, after the
        # full name of the one person in the document who has it
        first_alone = {w for w, last in first_names.items()
                       if len(last) == 1 and w not in surnames and len(w) > 2
                       and not any(len(o[0]) == 1 for o in table.get(w, ()))
                       and not self.lex.is_title(w)}
        for w in sorted(first_alone):
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
            if j - i == 1 and (doc[i].is_sent_start or doc[i].text in first_alone) and \
                    doc[i].pos_ != "PROPN":
                i += 1
                continue
            if j - i == 1 and doc[i].text in first_alone and (
                    i + 1 < n and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
                i += 1  # "Abiy Mohammed", another person's full name
                continue
            c = _Cand(i, j, model.type, kind=model.kind, key=model.key, source="rule")
            c.alias_of = model.alias_of
            added.append(c)
            for t in range(i, j):
                covered[t] = 1
            i = j
        cands = cands + added
        # A name the gazetteer links somewhere in the document has that reading wherever
        # NER typed it otherwise ("Altamira" the city, not a person, in one report), unless
        # it is part of the name of a person named in full.
        linked: dict[str, _Cand] = {}
        for c in cands:
            if c.key and not c.demonym and c.type != "Misc":
                linked.setdefault(normalize_name(self._words(c.start, c.end)), c)
        if linked:
            for c in cands:
                if c.key or c.demonym or c.type == "Misc" or c.pinned:
                    continue
                model = linked.get(normalize_name(self._words(c.start, c.end)))
                if model is None or (c.type == "Person" and doc[c.start].text in name_parts):
                    continue
                c.type, c.kind, c.key = model.type, model.kind, model.key
        # A name of capitalised words without a head word, whose last word stands alone as
        # a person elsewhere, is that person's full name ("Andry Rajoelina" ... "Rajoelina").
        lone_people = {doc[c.start].text for c in cands
                       if c.type == "Person" and c.end - c.start == 1 and not c.key}
        for c in cands:
            if c.key or c.type not in ("Organization", "Place") or c.end - c.start < 2:
                continue
            words = doc[c.start:c.end]
            if words[-1].text in lone_people and all(
                    t.is_alpha and t.text[:1].isupper() for t in words) and not any(
                    self.lex.head_type(t.text) for t in words):
                c.type, c.kind = "Person", None
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
            if any(c.type == "Misc" for c in group):
                # A name the words around it show to be a work or product is that
                # everywhere, except where it is the name of a person named in full.
                for c in group:
                    if not (c.type == "Person" and doc[c.start].text in name_parts):
                        c.type, c.kind = "Misc", None
                continue
            types = list(dict.fromkeys(c.type for c in group))  # in text order
            if len(types) > 1:
                counts: dict[str, int] = defaultdict(int)
                for c in group:
                    counts[c.type] += 1
                # Most frequent; on a tie the first met (never set order: same output
                # on every run).
                # A type the words around a mention showed ("the town of X") wins.
                pinned = [c.type for c in group if c.pinned]
                best = pinned[0] if pinned else max(
                    types, key=lambda t: (counts[t], -types.index(t)))
                for c in group:
                    if c.type != best:
                        c.type = best
                        c.kind = next((x.kind for x in group if x.type == best), None)
        return cands

    def _lone_head_words(self, cands: list[_Cand]) -> list[_Cand]:
        """Drop a capitalised head or title word standing alone ("the Senate", "the
        Church", "Dean") unless it is the short form of a longer name in the document
        ("the Commission" after "European Commission"): alone it names nothing the
        reader can tell apart."""
        doc = self.doc
        words: set[str] = set()
        for c in cands:
            if c.end - c.start > 1 and c.type != "Misc":
                words.add(doc[c.start].lower_)
                words.add(doc[c.end - 1].lower_)
        out = []
        for c in cands:
            if c.end - c.start == 1 and not c.key and not c.demonym and c.type != "Misc":
                w = doc[c.start].lower_
                if (self.lex.head_type(w) or self.lex.is_title(w)) and w not in words:
                    continue
            out.append(c)
        return out

    # -- all rules ---------------------------------------------------------------

    def _compass_states(self, cands: list[_Cand]) -> list[_Cand]:
        """ "The North shelled a South Korean island": in a story that names one state
        called "North ..." (North Korea), "the North" is that state; so for "the South"
        (South Korea, South Sudan). Not when two such states are named, nor a lower-case
        "the north", which is a part of a country."""
        doc = self.doc
        states: dict[str, set[str]] = {}
        for c in cands:
            entry = self.gaz.get(c.key) if c.type == "Country" and c.key else None
            words = entry.label.split() if entry is not None else []
            if len(words) > 1 and words[0] in ("North", "South"):
                states.setdefault(words[0], set()).add(c.key)
        if not states:
            return cands
        at = {c.start: c for c in cands if c.end - c.start == 1}
        covered = {i for c in cands for i in range(c.start, c.end)}
        out = list(cands)
        for t in doc:
            keys = states.get(t.text, set())
            if len(keys) != 1 or t.i == 0 or doc[t.i - 1].lower_ != "the" or \
                    t.pos_ != "PROPN" or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
                continue
            (key,) = keys
            c = at.get(t.i)
            if c is not None and not c.key:
                c.type, c.kind, c.key, c.source = "Country", "Country", key, "rule"
            elif c is None and t.i not in covered:
                out.append(_Cand(t.i, t.i + 1, "Country", kind="Country", key=key, source="rule"))
        return out

    def run(self, document: Document) -> list[Mention]:
        extents = self._gazetteer_extents()
        cands = self._merge_ner(extents)
        cands = self._nicknamed_people(cands)
        cands = self._datelines(cands)
        cands = self._coordinated_places(cands)
        self._site_names(cands)
        cands = self._area_names(cands)
        self._located_people(cands)
        cands = self._cued_types(cands)
        self._named_before_place_noun(cands)
        cands = self._address_chains(cands)
        cands = self._whole_people(cands)
        cands = self._headed_names(cands)
        cands = self._complete_orgs(cands)
        cands = self._office_words(cands)  # after completion, which may grow a title into one
        cands = self._not_actors(cands)
        cands = self._bracket_acronyms(cands)
        cands = self._one_reading(cands)
        cands = self._lone_head_words(cands)
        cands = self._compass_states(cands)
        cands.sort(key=lambda c: (c.start, -c.end))
        kept: list[_Cand] = []
        for c in cands:
            if kept and c.start < kept[-1].end:
                continue  # nested in or crossing an earlier, longer mention
            kept.append(c)
        doc = self.doc
        for k, c in enumerate(kept):
            # "Ethiopia's northern Tigray REGION": a region noun after a region's name is
            # part of the mention where the gazetteer has the name with it ("Tigray Region",
            # as "Kursk region"), however it is capitalised
            entry = self.gaz.get(c.key) if c.key and c.type == "Place" else None
            if entry is not None and c.end < len(doc) and doc[c.end].is_alpha and \
                    (k + 1 == len(kept) or kept[k + 1].start > c.end) and \
                    entry in self.gaz.lookup(doc[c.start:c.end + 1].text):
                c.end += 1
        offsets = {id(c): (doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]))
                   for c in kept}
        mentions = []
        for c in kept:
            if c.type == "Misc":
                continue  # a work, product, award...: it only kept its words from others
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
    return _MentionFinder(sdoc, gaz, lex, text=document.text).run(document)
