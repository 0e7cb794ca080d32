"""Who a word stands for: subjects, objects, title holders and owners in a parse.

:class:`Arguments` answers the questions every relation rule asks of the dependency
tree, once per document:

- which entity a token names, directly ("Russia"), through a demonym ("Russian"), a
  proxy noun that stands for its owner ("North Korean TROOPS", "the Russian
  GOVERNMENT"), a relative pronoun ("Russia, WHICH borders ..."), a personal pronoun
  ("IT borders Russia", with a cautious antecedent search) or a definite noun that
  refers back ("Hamas fired rockets. THE GROUP said ...", the lexicon's ``[[anaphor]]``);
- the document's topic: the subject of a first sentence "X is a ..." (a profile), the
  antecedent a pronoun or a definite noun falls back to when the sentences before it
  offer none and name nothing else that fits;
- the logical subject and object of a verb in active and passive voice, through
  control ("agreed TO SEND"), coordination and participles;
- who holds a role noun ("Kim Jong Un, the supreme LEADER of ...", "X is a CITY in Y",
  "serving as the CHIEF of ...");
- the arguments of an event frame (see :mod:`kgraph.relations.lexicon`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..model import Entity
from ..nlp import dateline_end
from .context import EntityIndex, MentionRef, is_infinitive

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon import Anaphor, Frame, Lexicon

__all__ = ["Arg", "Arguments", "Candidate", "lemma_of", "named_like", "place_rank"]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_COPULAS = frozenset({"be", "become", "remain", "serve", "stay", "act", "work", "continue"})
#: Amounts that stand before what they measure: "$60 BILLION in military aid".
_AMOUNTS = frozenset({"billion", "million", "trillion", "dollar", "euro", "pound", "worth"})
#: Prepositions of the occasion of a clause: "DURING a visit to Hanoi, Biden said" (not
#: "after": "sanctions on Iran AFTER an attack on Israel" is someone else's attack).
_OCCASION_PREPS = frozenset({"during", "on"})
#: ... but a journey "after" or "before" which the clause happens is its subject's own:
#: "Modi returned to New Delhi AFTER a VISIT to Moscow".
_JOURNEYS = frozenset({"visit", "trip", "tour", "journey", "stopover"})
#: Participles that say whose a target is: "camps USED by", "facilities OPERATED by".
_HOLDING_VERBS = frozenset({"use", "run", "operate", "hold", "control", "occupy", "own"})
#: Predicates whose object may be "both leaders", "the two sides" (as symmetric ones).
_JUDGEMENTS = frozenset({"praises", "criticizes"})
#: Verbs that call something by a name: "condemned what he CALLED a land grab".
_CALLING = frozenset({"call", "describe", "term", "dub", "brand", "label"})
_NAMING = frozenset({
    "appoint", "name", "elect", "nominate", "choose", "select", "install", "make",
    "designate", "crown", "proclaim", "declare", "reelect", "re-elect", "confirm", "hire",
    "promote", "swear", "inaugurate", "consider", "call",
})
# Verbs of seeing something as what it may not be: "claims Taiwan AS its territory".
_VIEWING = frozenset({
    "claim", "regard", "see", "view", "treat", "recognise", "recognize", "describe",
    "label", "brand", "portray", "depict", "count", "accept", "reject", "denounce", "cast",
})
_OBJECT_CONTROL = frozenset({
    "ask", "urge", "order", "force", "allow", "help", "tell", "persuade", "invite",
    "encourage", "authorize", "authorise", "permit", "instruct", "direct", "require",
    "enable", "push", "press", "pressure",
})
# Verbs whose object does what their "of"/"for"/"against" clause says ("accused Kyiv of
# attacking", "thanked Japan for sending"): with no object, the subject is not the doer.
_OBJECT_CLAUSE_VERBS = frozenset({
    "accuse", "blame", "charge", "suspect", "praise", "criticize", "criticise", "condemn",
    "thank", "warn", "fault", "commend", "credit", "punish", "sanction", "penalize",
    "penalise", "congratulate", "reward", "rebuke", "denounce", "convict",
})
# Verbs of running talks one takes part in: "talks HOSTED / CHAIRED / MEDIATED by Ashton".
_TALKS_HOSTS = frozenset({"host", "chair", "mediate", "broker", "moderate", "facilitate"})
_PART_VERBS = frozenset({"constitute", "form", "make", "become", "remain", "comprise"})
_MOD_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: Places where a target "in" them stands for the place: settlements and regions, not
#: seas ("attacks on shipping in the Red Sea" are no attacks on the sea).
_SETTLED_KINDS = frozenset({None, "City", "Town", "Village", "Region", "GeographicArea"})
# Predicates that judge what someone did: only they read a deed as its doer ("condemned
# Russia's invasion" criticises Russia).
_JUDGEMENTS = frozenset({"criticizes", "praises", "threatens"})
#: Events whose participants are where the event takes place (a signing place is not:
#: on the project's news sets, visits read from where a treaty was signed were right 2
#: times in 10; the signers are often envoys of states that met there, or not present).
_PRESENCE = frozenset({"meetsWith", "signsAgreementWith"})
#: Places a state's border or territory never belongs to ("ITS border" after a city).
_SUBNATIONAL_SITES = frozenset({"City", "Town", "Village", "Facility", "Neighbourhood",
                                "Neighborhood"})
#: Nouns of land one meets "on": "met on the island of St. Vincent".
_ISLANDS = frozenset({"island", "islet", "atoll", "archipelago"})


#: How many of a document's first mentions may be its dateline's (a long headline comes
#: before it: "G7 leaders meet in Italy, agree to use Russian assets for Ukraine loan").
DATELINE_WINDOW = 12


def is_dateline(ref: MentionRef) -> bool:
    """Whether a mention is a news dateline ("KYIV, March 3 (Reuters) -"): the place a
    story was filed from, never the subject of its sentence.

    Examples:
        >>> import spacy
        >>> from kgraph.model import Entity, Mention
        >>> doc = spacy.blank("en")("KYIV, March 3 (Reuters) - Russia struck Kyiv.")
        >>> kyiv = Entity("x:k", "Place", "Kyiv")
        >>> def ref(i, text):
        ...     start = doc[i].idx
        ...     return MentionRef(kyiv, Mention("d", start, start + 4, text, "Place"),
        ...                       doc[i:i + 1])
        >>> is_dateline(ref(0, "KYIV")), is_dateline(ref(9, "Kyiv"))
        (True, False)
    """
    span = ref.span
    sent_start = span.sent.start if span.doc.has_annotation("SENT_START") else 0
    return span.start == sent_start and dateline_end(span.doc, span.start) is not None


def lemma_of(token: Token) -> str:
    """Return the lower-case lemma of a token ("Forces" in a headline → "force").

    Examples:
        >>> import spacy
        >>> lemma_of(spacy.blank("en")("Troops")[0])
        'troops'
    """
    lemma = (token.lemma_ or token.text).lower()
    if token.pos_ == "PROPN" and lemma == token.lower_ and len(lemma) > 3 and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


_RANKS = {"Facility": 0.5, "Neighbourhood": 0.5, "Neighborhood": 0.5, "City": 1, "Town": 1,
          "Village": 1, "Region": 2, "Islands": 2, "Peninsula": 2, "Country": 3,
          "GeographicArea": 4, "Continent": 5,
          # a sea contains no land place: "the Red Sea resort of Sharm el-Sheikh" is on it
          "Sea": 9, "Ocean": 9, "Strait": 9}


def _misparsed_main_verb(verb: Token) -> bool:
    """Whether a past participle the parser hung on the sentence's root noun is the main
    verb: "Iran's Supreme Leader Ali Khamenei CALLED Trump ... 'criminals.'" (parsed as
    "Khamenei, called ..."), with an object or complement and no "by" agent."""
    head = verb.head
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i and \
        any(c.dep_ in ("dobj", "oprd") for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


#: Words that make an office holder one not in office, or not the one now.
_NOT_SITTING = frozenset({"former", "late", "then", "ex", "previous", "next", "future",
                          "incoming", "outgoing", "past", "a", "an", "every", "any"})

#: Participles the parser may read as verbs before a guest's name ("met with VISITING
#: Foreign Minister Wang Yi").
_GUEST_ADJECTIVES = frozenset({"visiting", "touring", "travelling", "traveling"})


def _xcomp_chain(verb: Token, limit: int = 3) -> list[Token]:
    """The verb and the verbs its open complements chain to: "will HAVE to PREPARE to
    PAY a heavy price"."""
    out = [verb]
    for _ in range(limit):
        nxt = next((c for c in out[-1].children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _broken_compounds(verb: Token) -> set[int]:
    """Objects of ``verb`` that are the first word of a compound the parser broke in two
    ("signed a MINERALS deal", read as two objects): another object follows at once."""
    objects = {c.i for c in verb.children if c.dep_ == "dobj"}
    return {i for i in objects if i + 1 in objects}


def _kin(a: str, b: str) -> bool:
    """Whether two entity types may be listed together: the same, or two kinds of place
    ("in PAKISTAN and Pakistan-controlled KASHMIR")."""
    return a == b or {a, b} == {"Country", "Place"}


#: Words that make a number an estimate: "ABOUT 1,100".
_APPROXIMATORS = frozenset({"about", "around", "some", "roughly", "nearly", "almost",
                            "approximately", "over", "more", "fewer", "less", "up"})


#: Prepositions that also introduce a clause ("after protesters attacked the embassy").
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "until", "since", "as", "while"})


def _clause_read_as_preposition(head: Token, verb: Token) -> list[Token] | None:
    """The subject of a conjunct verb that is really the verb of a clause the parser
    read as a prepositional phrase: "would begin evacuating AFTER thousands of supporters,
    some waving flags, ATTACKED the embassy", "attacked" a conjunct of "begin" and
    "thousands" the object of "after". None when the verbs are truly coordinated, with
    "and", "or" or "but" between them."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    between = range(head.i + 1, verb.i)
    if any(verb.doc[i].dep_ == "cc" and verb.doc[i].head.i in (head.i, verb.i)
           for i in between) or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                    for c in verb.children):
        # (nor in a list of verbs: "withdrew after the talks, ATTACKED Kharkiv and
        # shelled Sumy")
        return None
    preps = [verb.doc[i] for i in between if verb.doc[i].dep_ == "prep"
             and verb.doc[i].lower_ in _CLAUSE_PREPOSITIONS and verb.doc[i].head.i >= head.i]
    if not preps:
        return None
    return [o for o in preps[-1].children if o.dep_ == "pobj"]


def _plural_verb(verb: Token) -> bool:
    """Whether a verb or its auxiliary agrees with a plural subject ("who WERE meeting",
    "who HAVE met", "who MEET")."""
    return any(x.tag_ == "VBP" or x.lower_ in ("were", "are", "have")
               for x in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))


def _subject_of_next_clause(t: Token) -> bool:
    """Whether the conjunct ``t`` is really the subject of the clause that follows it:
    the next token is a finite verb or auxiliary of a coordinated verb that has no
    subject of its own ("sent drones to Russia and NORTH KOREA has provided shells")."""
    if t.dep_ != "conj" or t.right_edge.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.right_edge.i + 1]
    num = nxt if nxt.like_num else t.doc[nxt.i + 1] if (
        nxt.lower_ in _APPROXIMATORS and nxt.i + 1 < len(t.doc)) else None
    if num is not None and num.like_num:
        # "France has 1,500 troops in Niger and THE UNITED STATES about 1,100": the
        # subject of a clause whose verb is left out (the number ends it; not "ten
        # DAYS ago", "two TIMES")
        after = t.doc[num.i + 1] if num.i + 1 < len(t.doc) else None
        if after is None or after.is_punct or after.lower_ in ("and", "but"):
            return True
    if nxt.tag_ not in ("VBZ", "VBD", "VBP", "MD"):
        return False
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    # (or a clause the parser hung on the first verb: "condemned the attack, and OBAMA
    # telephoned Kenyatta")
    return verb.dep_ in ("conj", "advcl") and verb.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def place_rank(entity: Entity, *, subregions: frozenset[str] = frozenset()) -> float:
    """Return how large a place is: city 1, region 2, country 3, area 4, continent 5.

    A place of unknown kind ranks 1.5 (a city or a region); a sea, ocean or strait, and
    anything that is no place, ranks 9 (it contains no land place). A
    region whose name ends in one of ``subregions`` ("Hampshire COUNTY", "Sudzhansky
    DISTRICT") ranks 1.8: it lies inside a first-level region.

    Examples:
        >>> place_rank(Entity("x:ru", "Country", "Russia"))
        3
        >>> place_rank(Entity("x:hc", "Place", "Hampshire County", kind="Region"),
        ...            subregions=frozenset({"county"}))
        1.8
    """
    if entity.type == "Country":
        return 3
    if entity.type != "Place":
        return 9
    if entity.kind is None:
        return 1.5
    if entity.kind == "Region" and subregions and \
            entity.label.rsplit(None, 1)[-1].lower() in subregions:
        return 1.8
    return _RANKS.get(entity.kind, 1)


def named_like(ref: MentionRef, words: frozenset[str]) -> bool:
    """Return whether an organisation is a political party or its name has one of ``words``.

    Examples:
        >>> from kgraph.model import Entity, Mention
        >>> import spacy
        >>> doc = spacy.blank("en")("the Green Party")
        >>> e = Entity("x:g", "Organization", "Green Party")
        >>> named_like(MentionRef(e, Mention("d", 4, 15, "Green Party", "Organization"),
        ...                       doc[1:3]), frozenset({"party"}))
        True
    """
    e = ref.entity
    if e.type != "Organization":
        return False
    if e.kind == "PoliticalParty":
        return True
    doc = ref.span.doc
    if ref.span.end < len(doc) and doc[ref.span.end].text.islower() and \
            doc[ref.span.end].lower_ in words:
        return True  # "the CDU/CSU BLOC", "the ZANU-PF PARTY": the noun right after it
    return bool({w.strip("'’.,()").lower() for w in e.label.split()} & words)


@dataclass(frozen=True, slots=True)
class Arg:
    """An entity reached from a token, and how (``name``, ``proxy``, ``pronoun``,
    ``anaphor``, ``conduct``, ``place``: where unnamed targets lay; ``office``: a state
    reached through a body of it that someone leads, "led the Ukrainian DELEGATION")."""

    ref: MentionRef
    via: str
    text: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation a rule read, before types, negation and hedges are checked."""

    subject: Arg
    predicate: str
    object: Arg
    rule: str
    confidence: float
    trigger: Token


#: Dependents that say something of a noun rather than name it ("Mali and Burkina Faso,
#: NIGER'S NEIGHBOURS").
_ASIDE = frozenset({"appos", "relcl", "acl", "prep"})
#: Words that introduce a leader's spouse ("first LADY Melania Trump", "his WIFE Peng").
_SPOUSES = frozenset({"lady", "wife", "husband", "spouse", "gentleman"})
#: Counts that make a plural noun refer back to that many entities ("the THREE countries").
_COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5,
           "six": 6, "6": 6}


class Arguments:
    """Answer "which entity does this word stand for" for one parsed document."""

    def __init__(self, index: EntityIndex, lexicon: Lexicon, *,
                 capitals: Mapping[str, str] | None = None,
                 office_holders: Mapping[tuple[str, str], str] | None = None) -> None:
        self.index = index
        self.lexicon = lexicon
        # the capital city the document names, by its state's IRI
        self.capitals = dict(capitals or {})
        self.capital_states = {c: s for s, c in self.capitals.items()}
        self.capital_iris = frozenset(self.capital_states)
        # the one head of state or of government of a state the document names, by (state
        # IRI, kind): "the U.S. PRESIDENT" is Joe Biden in a story that names him
        self.office_holders = dict(office_holders or {})
        # ... and the state each of them heads ("an adviser TO Prime Minister Abiy Ahmed"
        # serves Ethiopia)
        self.states_led = {iri: state for (state, _kind), iri in self.office_holders.items()}
        self.capital_nouns = lexicon.word_class("capital_nouns")
        self.forces = lexicon.word_class("forces")
        self.proxies = self.forces | lexicon.word_class("proxies")
        self.victims = lexicon.word_class("victims")
        self.settlements = lexicon.word_class("settlements")
        self.plot_nouns = lexicon.word_class("plot_nouns")
        self.targeting_verbs = lexicon.word_class("targeting_verbs")
        self.sanction_anaphors = lexicon.word_class("sanction_anaphors")
        self.remote_words = lexicon.word_class("remote_words")
        self.hosting_verbs = lexicon.word_class("hosting_verbs")
        self.gatherings = lexicon.word_class("gatherings")
        self.pair_people = lexicon.word_class("pair_people")
        self.person_proxies = lexicon.word_class("person_proxies")
        self.state_proxies = lexicon.word_class("state_proxies")
        self.acts = lexicon.word_class("conduct_nouns")
        self.sanction_targets = lexicon.word_class("sanction_targets")
        self.pair_parties = lexicon.word_class("pair_parties")
        self.pair_states = lexicon.word_class("pair_states")
        self.light_verbs = lexicon.word_class("light_verbs")
        self.aid_verbs = lexicon.word_class("aid_verbs")
        self.harm_verbs = lexicon.word_class("harm_verbs")
        self.retribution_verbs = lexicon.word_class("retribution_verbs")
        self.retribution_passives = lexicon.word_class("retribution_passives")
        self.territory_nouns = lexicon.word_class("territory_nouns")
        self.retribution_nouns = lexicon.word_class("retribution_nouns")
        self.org_nouns = lexicon.word_class("org_nouns")
        self.groupings = lexicon.word_class("groupings")
        self.board_nouns = lexicon.word_class("board_nouns")
        self.quantity_nouns = lexicon.word_class("quantity_nouns")
        self.formation_verbs = lexicon.word_class("formation_verbs")
        self.state_titles = lexicon.word_class("state_titles")
        self.aid_goods = lexicon.word_class("aid_goods")
        self.agreements = lexicon.word_class("agreements")
        self.ethnic_words = lexicon.word_class("ethnic_words")
        self.deed_verbs = lexicon.word_class("deed_verbs")
        self.delegations = lexicon.word_class("delegations")
        self.hedge_modals = lexicon.context.hedge_modals
        self.place_ranks = {
            **{w: 3 for w in lexicon.word_class("country_nouns")},
            **{w: 2 for w in lexicon.word_class("region_nouns")},
            **{w: 1 for w in lexicon.word_class("city_nouns")},
        }
        self.anaphors = lexicon.anaphors
        self._categories = lexicon.anaphor_words
        self.subregions = lexicon.word_class("subregion_nouns")
        self._topics: dict[tuple[int, bool], MentionRef | None] = {}
        self._doc_topic: MentionRef | None = None
        self._titles: dict[tuple[str, frozenset[str]], bool] = {}
        self._doc_topic_known = False

    # ------------------------------------------------------------ entities of tokens

    def _speakers(self, t: Token) -> bool:
        """Whether the conjunct ``t`` opens, after a comma, the subject of the reporting
        verb that ends the sentence: "clashed in the Galwan Valley, INDIA and China said"
        (the parser joined the speakers to the place)."""
        doc = t.doc
        first = t
        while first.head.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "India and CHINA said": the list that ends with t
        if t.dep_ != "conj" or first.i == 0 or doc[first.i - 1].text != "," or \
                t.right_edge.i + 1 >= len(doc):
            return False
        verb = doc[t.right_edge.i + 1]
        return verb.pos_ == "VERB" and \
            lemma_of(verb) in self.lexicon.context.reporting_verbs and \
            verb.is_ancestor(t) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    def resolve(self, token: Token, *, conj: bool = True, depth: int = 0,
                titled: bool = False) -> list[Arg]:
        """Return the entities ``token`` stands for (its conjuncts' too), without repeats.
        With ``titled``, for the holder of a title, whatever the clause says of them."""
        out: list[Arg] = []
        seen: set[str] = set()
        if not titled and (
                any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children) or
                any(c.dep_ == "cc" and c.lower_ == "nor" for c in token.children)):
            # "met NEITHER Putin NOR Zelensky": no one of them (but "neither CAMEROONIAN
            # PRESIDENT Paul Biya nor ..." still holds the title)
            return []
        tokens = [token, *token.conjuncts] if conj else [token]
        if conj:
            # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": a list
            # the parser hung on an apposition of the first name
            ref = self.index.at(token)
            for c in token.children if ref is not None else ():
                other = self.index.at(c)
                if c.dep_ == "appos" and c.conjuncts and other is not None and \
                        other.entity.type == ref.entity.type:
                    tokens += [c, *c.conjuncts]
                elif c.dep_ in ("nmod", "compound") and other is not None and \
                        other.entity.iri != ref.entity.iri and \
                        _kin(other.entity.type, ref.entity.type) and \
                        any(g.dep_ == "cc" for g in c.children):
                    # "toured ANGOLA and South Africa": a list the parser read as one
                    # name ("Angola and South" modifying "Africa")
                    tokens += [c, *c.conjuncts]
            if ref is not None and ref.entity.type == "Person":
                # "Ethiopian Prime Minister ABIY AHMED and Somaliland leader Muse Bihi Abdi
                # signed": the first name the parser hung on the second one's title
                for c in token.children:
                    for d in (c, *(g for g in c.children if g.dep_ in ("nmod", "compound"))):
                        other = self.index.at(d)
                        if d.dep_ in ("nmod", "compound") and d.i < ref.span.start and \
                                other is not None and other.entity.type == "Person" and \
                                other.entity.iri != ref.entity.iri and \
                                any(g.dep_ == "cc" and g.lower_ == "and" for g in d.children):
                            tokens.append(d)
        for t in tokens:
            if t is not token and (_subject_of_next_clause(t) or self._speakers(t)):
                # "Iran has sent drones to Russia and NORTH KOREA has provided shells": the
                # parser joined the next clause's subject to the list before it
                continue
            if t is not token and t.pos_ in ("NOUN", "PROPN") and t.i + 1 < len(t.doc) and \
                    self.index.at(t) is None:
                after = self.index.at(t.doc[t.i + 1])
                if after is not None and after.span.start == t.i + 1 and \
                        after.entity.type == "Person":
                    # "Santos and FARC COMMANDER Rodrigo Londoño", "Kamikawa and Philippine
                    # Defence SECRETARY Gilberto Teodoro": the parser made the title a
                    # conjunct of its own; the name right after it is the one meant
                    if after.entity.iri not in seen:
                        seen.add(after.entity.iri)
                        out.append(Arg(after, "name", after.span.text))
                    continue
            for a in self._resolve_one(t, depth):
                if a.ref.entity.iri not in seen:
                    seen.add(a.ref.entity.iri)
                    out.append(a)
        return out

    def _resolve_one(self, t: Token, depth: int) -> list[Arg]:
        found = self._resolve_direct(t, depth)
        if found or depth > 5:
            return found
        spec = self.anaphor_of(t)
        if spec is not None:
            ref = self.nominal_antecedent(t, spec)
            if ref is not None:
                return [Arg(ref, "anaphor", self.index.doc[t.left_edge.i:t.i + 1].text)]
        return []

    def _plural_speaker(self, t: Token, depth: int) -> list[Arg]:
        """ "M23 REBELS said THEY had captured Goma", "the Houthis said THEIR forces fired":
        "they" opening what a speaker reports is that speaker, when the speaker is a body
        named, or a plural noun standing for one state or body (people and states named
        are left alone: "they" may be anyone)."""
        clause = t if t.dep_ in ("nsubj", "nsubjpass") else t.head
        if t.dep_ == "poss" and clause.dep_ not in ("nsubj", "nsubjpass"):
            return []
        verb = clause.head
        if clause.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or \
                lemma_of(verb.head) not in self.lexicon.context.reporting_verbs:
            return []
        speaker = next((c for c in verb.head.children
                        if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        if speaker is None:
            return []
        named = self.index.at(speaker)
        if speaker.tag_ in ("NNS", "NNPS") and named is None:
            # "M23 REBELS said they", "Russian OFFICIALS said they": whom they stand for
            found = [a for a in self.resolve(speaker, conj=False, depth=depth + 1)
                     if a.ref.entity.type != "Person"]
        elif named is not None and named.entity.type == "Organization":
            found = [Arg(named, "name", named.span.text)]  # "the Houthis said they"
        else:
            return []
        return [Arg(found[0].ref, "pronoun", t.text)] if len(found) == 1 else []

    def state_of(self, arg: Arg) -> Arg | None:
        """The named state that ``arg``, a head of state or government the gazetteer knows,
        leads, or None."""
        if arg.ref.entity.type != "Person":
            return None
        state = self.states_led.get(arg.ref.entity.iri)
        ref = self.first_ref(state) if state is not None else None
        return Arg(ref, "office", arg.text) if ref is not None else None

    def _to_come(self, verb: Token) -> bool:
        """Whether a verb of naming or becoming is put in the future ("WILL be sworn in",
        "is expected TO be named")."""
        modals = self.lexicon.context.intent_modals
        return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children) or (
            verb.dep_ == "xcomp" and is_infinitive(verb))

    def _name_before_comma(self, appos: Token) -> Token | None:
        """The last word of the name right before an apposition's comma ("Prigozhin, THEN
        head of ...": adverbs skipped), or None."""
        doc = appos.doc
        k = appos.left_edge.i - 1
        while k > 0 and doc[k].pos_ == "ADV":
            k -= 1
        if k < 1 or doc[k].text != ",":
            return None
        return doc[k - 1] if self.index.at(doc[k - 1]) is not None else None

    def _person_above(self, noun: Token) -> MentionRef | None:
        """The person that a "who" clause on ``noun`` is about when ``noun`` names no
        person: "Prigozhin, then head of the Wagner GROUP, WHO accused him", the parser
        hanging the clause on the body the person heads (through "of" phrases and
        appositions, also one hung on the noun before the name)."""
        t = noun
        for _ in range(5):
            ref = self.index.at(t)
            if ref is not None and not (t.i == noun.i and t.pos_ == "NOUN"):
                # (a common noun that stands for a body goes on up: "the Wagner GROUP")
                return ref if ref.entity.type == "Person" and t.i != noun.i else None
            near = self._name_before_comma(t) if t.dep_ == "appos" else None
            if near is not None and (ref := self.index.at(near)).entity.type == "Person":
                return ref
            if t.dep_ not in ("pobj", "prep", "appos") or t.head.i == t.i:
                return None
            t = t.head
        return None

    def _resolve_direct(self, t: Token, depth: int) -> list[Arg]:
        if depth > 5:
            return []
        ref = self.index.at(t)
        if ref is not None:
            return [Arg(ref, "name", ref.span.text)]
        low = t.lower_
        if low in RELATIVES:
            head = t
            # ("WHOSE Tigray People's Liberation Front ruled": up through a long name)
            for _ in range(6):
                if head.dep_ == "relcl" and low == "who":
                    person = self._person_above(head.head)
                    if person is not None and not any(
                            r.entity.type == "Person" and r.entity.iri != person.entity.iri
                            for r in self.index.in_span(t.doc[person.span.end:t.i])):
                        # (the nearest person before "who": not "Surkov and GLAZYEV, both
                        # advisers to Putin, and Matviyenko, WHO heads ...")
                        return [Arg(person, "name", person.span.text)]
                if head.dep_ == "relcl" and low == "who" and head.head.dep_ == "conj" and \
                        head.head.head.i < head.head.i and not _plural_verb(head):
                    # "Zuma, the chairman of SADC, and Portugal's PRESIDENT Marcelo Rebelo de
                    # Sousa, WHO met Lourenço": the clause is on the last of the list only
                    # (not "Putin and Xi, who WERE meeting in Shanghai")
                    own = [Arg(a.ref, a.via, a.text)
                           for a in self.resolve(head.head, conj=False, depth=depth + 1)
                           if a.ref.span.start < t.i]
                    if own:
                        return own
                if head.dep_ == "relcl":
                    # ("Israel AND Iran, WHICH have fought a shadow war": both of them, but
                    # none named after the pronoun, nor one a noun in the list stands for:
                    # "Surkov and Glazyev, both ADVISERS to Putin, and Matviyenko, WHO")
                    listed = [head.head, *head.head.conjuncts]
                    return [Arg(a.ref, a.via, a.text) for a in
                            self.resolve(head.head, depth=depth + 1)
                            if a.ref.span.start < t.i and (
                                len(listed) == 1 or any(
                                    a.ref.span.start <= x.i < a.ref.span.end for x in listed))]
                if head.head.i == head.i:
                    break
                head = head.head
            if low == "whose" and t.i >= 2 and t.doc[t.i - 1].text == ",":
                # "officials of the PLO, WHOSE chairman Yasser Arafat signed ...", parsed
                # with no relative clause: the name right before the comma
                ref = self.index.at(t.doc[t.i - 2])
                if ref is not None and ref.span.end == t.i - 1:
                    return [Arg(ref, "name", ref.span.text)]
            return []
        if low in ("itself", "himself", "herself") and t.head.pos_ in ("VERB", "AUX"):
            # "the EU was shooting ITSELF in the foot": its own clause's subject
            return [Arg(a.ref, "pronoun", t.text) for s in self.subjects(t.head)
                    if s.i != t.i for a in self._resolve_one(s, depth + 1)]
        if low in THING_PRONOUNS or low in PERSON_PRONOUNS:
            ante = self.antecedent(t)
            return [Arg(ante, "pronoun", t.text)] if ante is not None else []
        if low in ("they", "their"):
            return self._plural_speaker(t, depth)
        if t.pos_ not in ("NOUN", "PROPN"):
            return []
        named = [Arg(r, "name", r.span.text) for c in t.children
                 if c.dep_ == "acl" and lemma_of(c) == "know"
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"
                 for r in [self.index.at(o)] if r is not None]
        if named:
            return named  # "the U.N. force, KNOWN AS UNIFIL, is based in Naqoura"
        if t.text[:1].isupper() and t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "prep":
            # "met Vietnamese PRESIDENT To Lam": a title whose name the parser read as a
            # preposition and its object
            after = self.index.at(t.doc[t.i + 1])
            if after is not None and after.span.start == t.i + 1 and \
                    after.entity.type == "Person":
                return [Arg(after, "name", after.span.text)]
        if lemma_of(t) in self.delegations:
            # "a DELEGATION led by Molly Phee visited Niamey", "a TEAM of inspectors, led
            # by its director general, Rafael Grossi, reached the plant": its leader
            leaders = [a for c in t.children
                       if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in ("lead", "head")
                       for o in self.prep_objects([c], ["by"])
                       for a in self._resolve_one(o, depth + 1) if a.ref.entity.type == "Person"]
            if leaders:
                return leaders
        if lemma_of(t) in self.quantity_nouns and self.prep_objects([t], ["of"]):
            # "a BARRAGE of Russian drones", "a WAVE of Israeli strikes" (but "the Wagner
            # GROUP" is read below)
            return [a for o in self.prep_objects([t], ["of"])
                    for a in self._resolve_one(o, depth + 1)]
        if lemma_of(t) in self.quantity_nouns and any(
                c.dep_ == "compound" and lemma_of(c) in self.proxies for c in t.children):
            # "a RUSSIAN MISSILE BARRAGE struck Kyiv": the weapons' owner
            return self.owner(t)
        if lemma_of(t) in self.board_nouns:
            # "served on the BOARD of the National Wildlife Federation"
            return [a for o in self.prep_objects([t], ["of"])
                    for a in self._resolve_one(o, depth + 1)
                    if a.ref.entity.type == "Organization"]
        if lemma_of(t) in self.org_nouns:
            # "the pop group RBD", "the Win Without War coalition", "the MAPAR party",
            # "an alliance CALLED One Israel"
            for c in t.children:
                named = [c]
                if c.dep_ == "acl" and lemma_of(c) in ("call", "name", "dub", "know"):
                    named = [o for o in c.children if o.dep_ in ("oprd", "attr", "dobj")]
                    named += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                              for o in p.children if o.dep_ == "pobj"]
                elif c.dep_ == "appos":
                    # "the coalition Auzolan": the name right after the noun, not a list
                    if c.left_edge.i > t.i + 2 or any(g.dep_ == "conj" for g in c.children):
                        continue
                elif c.dep_ not in ("compound", "nmod"):
                    continue
                for n in named:
                    ref = self.index.at(n)
                    if ref is not None and ref.entity.type == "Organization":
                        return [Arg(ref, "name", ref.span.text)]
            for c in t.children:
                if c.dep_ == "amod" and lemma_of(c) == "lead" and lemma_of(t) in self.groupings:
                    # "a SAUDI-LED coalition" acts for the state that leads it
                    leaders = [Arg(r, "proxy", r.span.text) for x in c.children
                               if x.dep_ in ("npadvmod", "compound", "nmod", "amod")
                               for r in [self.index.at(x)]
                               if r is not None and r.entity.type == "Country"]
                    if leaders:
                        return leaders
                if c.dep_ == "acl" and lemma_of(c) == "lead" and c.tag_ == "VBN" and \
                        lemma_of(t) in self.groupings:
                    # "a coalition LED BY Saudi Arabia" acts for the state that leads it
                    leaders = [Arg(a.ref, "proxy", a.text)
                               for o in self.prep_objects([c], ["by"])
                               for a in self._resolve_one(o, depth + 1)
                               if a.ref.entity.type == "Country"]
                    if leaders:
                        return leaders
            if lemma_of(t) in self.groupings and depth == 0 and [
                    c.lower_ for c in t.children] == ["the"]:
                # "A Saudi-led coalition began bombing ... Egypt also joined THE
                # COALITION": the one named before, for the state that leads it
                for prev in reversed(self.index.doc[:t.i]):
                    if prev.pos_ == "NOUN" and lemma_of(prev) == lemma_of(t):
                        return [a for a in self._resolve_direct(prev, depth + 1)
                                if a.via == "proxy"]
        first = t
        for _ in range(4):
            if first.dep_ != "conj" or first.head.pos_ not in ("NOUN", "PROPN"):
                break
            first = first.head
        if first.dep_ in ("attr", "appos", "oprd"):
            # A predicate noun stands for what it is said of: "X is a COUNTRY that ...".
            out: list[Arg] = []
            for h in self.holder(first):
                if h.i != t.i:
                    out.extend(self._resolve_one(h, depth + 1))
            if lemma_of(first) in self.place_ranks:
                # (a place noun is said of a place: "Obama ..., the Japanese CITY destroyed
                # by a U.S. bomb" is a misparse, not a city called Obama)
                out = [a for a in out if a.ref.entity.type in ("Place", "Country")]
            if out:
                return out
        if (t.tag_ == "NNS" or lemma_of(t) == "counterpart") and (
                lemma_of(t) == "counterpart" or lemma_of(t) in self.person_proxies) and \
                t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == ",":
            # "met her Chinese and Russian COUNTERPARTS, Wang Yi and Sergei Lavrov", "his
            # Cambodian COUNTERPART, Hun Sen,": the names right after, which the parser hung
            # elsewhere
            first = self.index.at(t.doc[t.i + 2])
            if first is not None and first.entity.type == "Person" and \
                    first.span.start == t.i + 2:
                head = first.span.root
                return [a for a in self.resolve(head, depth=depth + 1)
                        if a.ref.entity.type == "Person"]
        people = [r for c in t.children if c.dep_ == "appos" and c.i > t.i
                  for x in (c, *c.conjuncts)
                  for r in [self.index.at(x)] if r is not None and r.entity.type == "Person"
                  and (x is c or self.index.at(c) is not None)]
        if people:
            # "Japan's Prime MINISTER Fumio Kishida hosted ...": the apposed name; "India's
            # ADVISER Ajit Doval and Pakistan's army chief Asim Munir": each one the parser
            # hung on the first noun
            return [Arg(r, "name", r.span.text) for r in people]
        for c in t.children:
            if c.dep_ == "appos" and c.i > t.i:
                # "Russian oil GIANTS Rosneft and Lukoil": the apposed bodies.
                ref = self.index.at(c)
                if ref is not None and ref.entity.type == "Organization" and \
                        c.i == t.i + 1 and not ref.mention.demonym:
                    named = [self.index.at(x) for x in (c, *c.conjuncts)]
                    return [Arg(r, "name", r.span.text) for r in named
                            if r is not None and r.entity.type == "Organization"]
                if ref is not None and ref.entity.type == "Place" and c.i == t.i + 1 and \
                        t.pos_ == "NOUN":
                    # "based in the Nigerian CAPITAL Abuja", "the port CITY Odesa"
                    return [Arg(ref, "name", ref.span.text)]
        if lemma_of(t) in self.proxies:
            owners = self.owner(t)
            if lemma_of(t) in self.capital_nouns:
                # "the ETHIOPIAN CAPITAL" is Addis Ababa where the text names it; else it
                # stands for the state ("arrived in the North Korean capital")
                cities = [self.first_ref(self.capitals[a.ref.entity.iri]) for a in owners
                          if a.ref.entity.iri in self.capitals]
                text = self.index.doc[t.left_edge.i:t.i + 1].text
                if cities and all(c is not None for c in cities):
                    return [Arg(c, "anaphor", text) for c in cities if c is not None]
            holder = self._office_holder(t, owners)
            if holder is not None:
                return [Arg(holder, "anaphor", self.index.doc[t.left_edge.i:t.i + 1].text)]
            if owners or lemma_of(t) not in self.acts:
                return owners
            # "condemned THE STRIKE": an act named before, read below as conduct
        if lemma_of(t) in self.acts:
            # "condemned RUSSIA'S invasion": whose conduct it is, named by a possessive
            # (read only by frames of judgement: see frame_candidates)
            found = [Arg(a.ref, "conduct", a.text) for c in t.children if c.dep_ == "poss"
                     for a in self._resolve_one(c, depth + 1)]
            doers: list[Token] = []
            if not found:
                # "denounced THE U.S. attack", "the NATO bombing": a name before the noun,
                # or a state's adjective when the document names the state ("condemned
                # brutal TURKISH aggression" in a story about Turkey; in one that never names
                # China, "the Chinese support" names nobody)
                # ("condemned the U.S. AND BRITISH sanctions": a state's adjective listed
                # with such a name stands for it too, when the document names it)
                found = [Arg(r, "conduct", r.span.text) for c in t.children
                         if c.dep_ in ("compound", "nmod", "amod") and c.i < t.i
                         and self.index.at(c) is not None
                         and (not self.index.at(c).mention.demonym
                              or self.index.is_named(self.index.at(c).entity.iri))
                         for x in (c, *c.conjuncts)
                         for r in [self.index.at(x)]
                         if r is not None and (x is c or self.index.is_named(r.entity.iri))
                         and r.entity.type in ("Country", "Organization", "Person")]
            if not found:
                # "condemned the attack BY ISRAEL", "what he called a land grab BY RUSSIA"
                # (the parser may hang the "by" on an active verb: "condemned the drills BY
                # South Korea")
                heads = [t, t.head] if t.dep_ == "oprd" or (
                    t.dep_ == "dobj" and not self.is_passive(t.head)) else [t]
                doers = self.prep_objects(heads, ["by"])
                if not doers:
                    # "denounced the sanctions IMPOSED BY ECOWAS", "the strikes CARRIED
                    # OUT BY Israel": the "by" of a participle on the noun
                    doers = self.prep_objects([c for c in t.children if c.dep_ == "acl"
                                               and c.tag_ == "VBN"], ["by"])
                found = [Arg(a.ref, "conduct", a.text) for o in doers
                         for a in self.resolve(o, depth=depth + 1)]
            verbs = self.lexicon.deed_nouns.get(lemma_of(t), frozenset())
            if not found and not doers and t.head.pos_ == "VERB" and t.head.i < t.i and \
                    lemma_of(t.head) in verbs and t.dep_ in ("dobj", "appos", "npadvmod") and \
                    not self.is_passive(t.head) and any(
                        c.dep_ == "relcl" for c in t.children):
                # "North Korea FIRED a missile ..., A LAUNCH Yoon condemned": the deed the
                # clause just told, named again in apposition
                found = [Arg(a.ref, "conduct", a.text)
                         for s in self.subjects(t.head) for a in self.resolve(s)]
            if not found and depth == 0 and not doers and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                # "Turkey launched an offensive ... THE OFFENSIVE was condemned by France":
                # the same deed named before, and whose it was (not when a "by" names who
                # did it, even one we cannot tell)
                same = {lemma_of(t)} | {p + lemma_of(t) for p in ("air", "air-", "counter",
                                                                 "counter-")}
                for prev in reversed(self.index.doc[:t.left_edge.i]):
                    # ("an Israeli AIRSTRIKE ... condemned THE STRIKE")
                    if prev.pos_ == "VERB" and lemma_of(prev) in verbs and \
                            not self.is_passive(prev):
                        # "North Korea FIRED a missile ... condemned THE LAUNCH"
                        found = [Arg(a.ref, "conduct", a.text)
                                 for s in self.subjects(prev) for a in self.resolve(s)]
                        if found:
                            break
                        continue
                    if prev.pos_ == "ADJ" and prev.dep_ == "amod" and \
                            prev.lower_ == t.lower_ and prev.head.pos_ == "NOUN":
                        # "launched an air and ground OFFENSIVE", the parser taking it
                        # for an adjective of "air": the phrase it ends
                        prev = prev.head
                    elif not (prev.pos_ == "NOUN" and lemma_of(prev) in same):
                        continue
                    found = [Arg(a.ref, "conduct", a.text)
                             for a in self._noun_agent(prev, [], 1)]
                    if found or not any(c.dep_ == "det" and c.lower_ == "the"
                                        for c in prev.children):
                        break
                    # ("said THE STRIKES were a message": named before that, too)
            return found
        rank = self.place_ranks.get(lemma_of(t))
        if rank is not None:
            # "Ethiopia's TIGRAY region": the place named before the noun (a sea before it
            # is where the place is: "the Red Sea resort of Sharm el-Sheikh")
            named = [self.index.at(c) for c in t.children if c.dep_ == "compound"]
            named = [r for r in named if r is not None and r.entity.type == "Place"
                     and self.rank(r.entity) <= rank]
            if named:
                return [Arg(r, "name", r.span.text) for r in named]
            # "the province of Ankara" is Ankara; "the region of Russia" is not Russia.
            out = []
            for o in self.prep_objects([t], ["of"]):
                # "the border TOWNS of Ras al-Ain and Tal Abyad": each of them
                for a in self.resolve(o, conj=t.tag_ == "NNS", depth=depth + 1):
                    # "the town of Avdiivka": a place the gazetteer does not size is the town;
                    # "the breakaway REGION of South Ossetia": an area named as a region is one
                    if self.rank(a.ref.entity) <= rank or (
                            a.ref.entity.type == "Place" and (a.ref.entity.kind is None or (
                                a.ref.entity.kind == "GeographicArea"
                                and lemma_of(t) in ("region", "province", "territory")))):
                        out.append(a)
            return out
        return []

    def first_ref(self, iri: str) -> MentionRef | None:
        """The first name mention of an entity in the document."""
        return next((r for r in self.index.refs
                     if r.entity.iri == iri and not r.mention.demonym), None)

    def referent(self, token: Token) -> MentionRef | None:
        """Return the entity a pronoun or a bare definite noun refers back to, or None."""
        if token.lower_ in THING_PRONOUNS or token.lower_ in PERSON_PRONOUNS:
            return self.antecedent(token)
        spec = self.anaphor_of(token)
        return self.nominal_antecedent(token, spec) if spec is not None else None

    def rank(self, entity: Entity) -> float:
        """Return :func:`place_rank` of an entity, with the lexicon's ``subregion_nouns``."""
        return place_rank(entity, subregions=self.subregions)

    def owner(self, noun: Token) -> list[Arg]:
        """Return the entity a proxy noun stands for: "NORTH KOREAN troops", "troops of RUSSIA".

        A person proxy with an indefinite article ("A sitting American PRESIDENT") is
        anyone of the kind and stands for no one.
        """
        out: list[Arg] = []
        if lemma_of(noun) in self.person_proxies and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return out
        for c in noun.children:
            if c.dep_ in _MOD_DEPS and c.i < noun.i:
                ref = self.index.at(c)
                if ref is None and c.dep_ == "compound" and lemma_of(c) in self.proxies:
                    # "RSF DRONE attacks": the owner named before a compound of things
                    ref = next((r for x in c.children if x.dep_ in ("compound", "amod")
                                and x.i < c.i for r in [self.index.at(x)] if r is not None),
                               None)
                if ref is not None and ref.mention.demonym and any(
                        lemma_of(x) in self.ethnic_words for x in (*c.children, *noun.children)
                        if x.i < c.i):
                    # "ETHNIC Armenian forces in Karabakh": a people's, not a state's
                    continue
                if ref is not None:
                    out.append(Arg(ref, "proxy", ref.span.text))
                    # "U.S. AND BRITISH warplanes": each state of the coordinated modifier
                    for x in c.conjuncts:
                        other = self.index.at(x) if x.i < noun.i else None
                        if other is not None and other is not ref:
                            out.append(Arg(other, "proxy", other.span.text))
                elif c.lower_ in THING_PRONOUNS | PERSON_PRONOUNS | {"their"}:
                    ante = self.antecedent(c)
                    if ante is not None:
                        out.append(Arg(ante, "pronoun", c.text))
                elif c.lower_ == "whose":
                    # "Eritrea, WHOSE troops fought in Tigray": the name the clause is about
                    t = noun
                    while t.dep_ != "relcl" and t.head.i != t.i:
                        t = t.head
                    ref = self.index.at(t.head) if t.dep_ == "relcl" else None
                    if ref is not None:
                        out.append(Arg(ref, "pronoun", c.text))
                elif c.dep_ == "poss" and lemma_of(c) in self.proxies:
                    out.extend(self.owner(c))
                elif c.dep_ == "amod" and lemma_of(c) == "lead" and c.tag_ == "VBN" and \
                        lemma_of(noun) in self.forces:
                    # "HAMAS-LED militants", "Saudi-led forces": whoever leads them
                    out.extend(Arg(r, "proxy", r.span.text) for x in c.children
                               if x.dep_ in ("npadvmod", "compound", "nmod", "amod")
                               for r in [self.index.at(x)]
                               if r is not None and r.entity.type in ("Country", "Organization"))
            elif c.dep_ == "prep" and (c.lower_ in ("of", "from") or (
                    c.lower_ == "by" and lemma_of(noun) in self.acts)):
                # ("the ATTACK BY Israel": whose act it is)
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    ref = self.index.at(o)
                    if ref is not None:
                        out.append(Arg(ref, "proxy", ref.span.text))
                    elif c.lower_ == "of" and lemma_of(o) in self.forces and \
                            lemma_of(noun) in self.forces:
                        # "a contingent OF KENYAN police officers": whose the forces are
                        out.extend(self.owner(o))
                    if noun.tag_ in ("NNS", "NNPS") and any(w.lower_ == "and" for w in o.subtree):
                        # "the military governments of Mali AND BURKINA FASO": each state
                        # named in the coordination (however the parser grouped it)
                        seen = {ref.entity.iri} if ref is not None else set()
                        aside = {w.i for c in o.children if c.dep_ in _ASIDE for w in c.subtree}
                        for x in (w for w in o.subtree if w.i not in aside):
                            other = self.index.at(x)
                            if other is not None and other.entity.iri not in seen and \
                                    not other.mention.demonym:
                                seen.add(other.entity.iri)
                                out.append(Arg(other, "proxy", other.span.text))
        return out

    def antecedent(self, pronoun: Token) -> MentionRef | None:
        """Return the entity a personal pronoun most likely refers to, or None.

        Cautious by design: the candidate is the subject of the main clause of this
        sentence (before the pronoun) or of the previous two sentences of the same
        paragraph, and must fit the pronoun (he/she → a person, it → anything else).
        """
        person = pronoun.lower_ in PERSON_PRONOUNS
        sent = self.index.sent(pronoun)
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if pronoun.dep_ == "poss":
            # "Russia in ITS war": a possessive points back to the nearest fitting name;
            # a state's office is no city's ("Iran did not defend Damascus, and ITS foreign
            # minister said")
            office = lemma_of(pronoun.head) in self.state_titles
            territory = lemma_of(pronoun.head) in self.territory_nouns
            act, prep = pronoun.head, pronoun.head.head
            if lemma_of(act) in self.acts and act.dep_ == "pobj" and \
                    prep.lower_ in ("in", "with", "during", "as", "on") and \
                    prep.head.pos_ == "VERB" and lemma_of(prep.head) not in _OBJECT_CLAUSE_VERBS \
                    and not self.is_passive(prep.head):
                # "Iran fired missiles at Israel in ITS first direct attack": whose act it
                # is, the one who does what the verb says
                for s in self.subjects(prep.head):
                    ref = self._topic_ref(s, person) if s.i < pronoun.i else None
                    if ref is not None:
                        return ref
            if not person and subj is not None and subj.i < pronoun.i and \
                    subj.pos_ == "NOUN" and self.index.at(subj) is None and \
                    (lemma_of(subj) in self.state_proxies or lemma_of(subj) in self.org_nouns) \
                    and not any(c.dep_ in ("prep", "acl", "relcl") for c in subj.children):
                # "THE JUNTA lashed out at ECOWAS, with ITS spokesman ...": the body the
                # clause is about, whoever it stands for (none, if the text does not say)
                found = self.resolve(subj, conj=False)
                return found[0].ref if found else None
            speaker = self.index.at(subj) if subj is not None and subj.i < pronoun.i else None
            if speaker is not None and not speaker.mention.demonym and \
                    (speaker.entity.type == "Person") == person and \
                    lemma_of(root) in self.lexicon.context.reporting_verbs and \
                    any(c.dep_ == "ccomp" and s.dep_ in ("nsubj", "nsubjpass")
                        and s.left_edge.i <= pronoun.i <= s.right_edge.i
                        for c in root.children for s in c.children):
                # "Al Shabaab, which is aligned with al Qaeda, said ITS fighters had killed
                # ...": "its" opening what a speaker reports is the speaker's own (not in
                # "Russia said Ukraine had withdrawn its troops")
                return speaker
            for ref in reversed(self.index.in_span(sent)):
                if ref.span.end <= pronoun.i and not ref.mention.demonym and \
                        (ref.entity.type == "Person") == person and \
                        not (office and ref.entity.type == "Place") and \
                        not (territory and ref.entity.kind in _SUBNATIONAL_SITES):
                    return ref
            if subj is not None and subj.i > pronoun.i and \
                    pronoun.i < min(t.i for t in subj.subtree) and \
                    self._fronted(pronoun, root):
                # "During HIS visit to Beijing, Scholz met Xi": the clause's subject
                ref = self._topic_ref(subj, person)
                if ref is not None:
                    return ref
        # ("holding IT responsible": the subject of a small clause is its verb's object)
        small = pronoun.dep_ == "nsubj" and pronoun.head.pos_ == "ADJ" and \
            pronoun.head.dep_ == "ccomp" and pronoun.head.head.pos_ == "VERB"
        objective = pronoun.dep_ in ("dobj", "dative") or small
        governor = pronoun.head.head if small else pronoun.head
        own = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")),
                   None) if objective else None
        if own is None and objective:
            verb = governor
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head  # "Putin met Xi and PRAISED him": the first verb's subject
            own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if own is None and verb.tag_ == "VBG" and (
                    verb.dep_ in ("advcl", "xcomp") or (
                        verb.dep_ == "pcomp" and verb.head.head.i == root.i)):
                # "..., ACCUSING it of", "signed the deal AFTER MEETING him": the
                # participle's subject is the clause's
                own = subj
        if own is not None and own.lower_ in RELATIVES and own.head.dep_ == "relcl":
            own = own.head.head  # "Russia, WHICH borders it": Russia
        if own is not None and own.i < pronoun.i and own.lower_ not in PERSON_PRONOUNS | \
                THING_PRONOUNS:
            # "Egypt imposed an embargo on Qatar, accusing IT of ...": an object pronoun is
            # not its clause's subject (that would be "itself"), so the nearest other name
            mine = self._topic_ref(own, person)
            # ("Aliyev AND PASHINYAN signed after meeting HIM": none of the subjects)
            ours = {mine.entity.iri} if mine is not None else set()
            ours |= {r.entity.iri for c in own.conjuncts for r in [self.index.at(c)]
                     if r is not None}
            for ref in reversed(self.index.in_span(sent)):
                if ref.span.end <= pronoun.i and not ref.mention.demonym and \
                        (ref.entity.type == "Person") == person and \
                        ref.entity.iri not in ours and \
                        not own.left_edge.i <= ref.span.start <= own.right_edge.i:
                    # (nor a name inside the subject: "SYRIA's foreign minister visited the
                    # site and denounced IT")
                    return ref
            if mine is not None:
                # "Kim greeted HIM": not Kim, but whom the sentences before in the
                # paragraph are about, if they are about one other
                i = self._sentence_number(sent)
                topics = {} if i is None else {
                    r.entity.iri: r for before in self._previous_in_paragraph(sent, i)
                    for r in [self._topic(before, person)]
                    if r is not None and r.entity.iri not in ours}
                return next(iter(topics.values())) if len(topics) == 1 else None
        if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.dep_ in ("ccomp", "xcomp") \
                and pronoun.head.head.i != root.i:
            # "The African Union called for calm, and the Arab League SAID IT stood with
            # Somalia": the speaker of the clause the pronoun is the subject of
            speaker = next((c for c in pronoun.head.head.children
                            if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
            ref = self._topic_ref(speaker, person) if speaker is not None else None
            if ref is not None:
                return ref
        if subj is not None and subj.i < pronoun.i and subj.i != pronoun.i:
            ref = self._topic_ref(subj, person)
            if ref is not None:
                return ref
        return self._antecedent_before(pronoun, sent, person)

    def _antecedent_before(self, pronoun: Token, sent: Span, person: bool
                           ) -> MentionRef | None:
        """The topic of the nearest earlier sentence of the paragraph that has a fitting
        one, else the document's topic (see :meth:`antecedent`)."""
        i = self._sentence_number(sent)
        if i is None:
            return None
        for before in self._previous_in_paragraph(sent, i):
            ref = self._topic(before, person)
            if ref is not None:
                return ref
        return self._topic_fallback(pronoun, person, i)

    @staticmethod
    def _fronted(token: Token, root: Token) -> bool:
        """Whether ``token`` is inside a phrase put before the main clause ("During his
        visit, ..."): an adverbial or prepositional child of the root, left of it, closed
        by a comma."""
        head = token
        while head.head.i != root.i and head.head.i != head.i:
            head = head.head
        if head.i > root.i or head.dep_ not in ("prep", "advcl", "npadvmod", "advmod"):
            return False
        end = max(t.i for t in head.subtree)
        return end + 1 < len(token.doc) and token.doc[end + 1].text == ","

    def _topic_fallback(self, pronoun: Token, person: bool, i: int) -> MentionRef | None:
        """The document's topic, when nothing else named near the pronoun fits it.

        "X (born 1950) is a German politician. [...] HE joined the Social Democrats":
        the topic, unless the pronoun's sentence (before it) or the sentence before
        names another entity of the topic's type. "It" also needs the sentence before
        to be about the topic, if its subject is a noun ("The album was recorded in
        2001. IT ..." is about the album).
        """
        topic = self.document_topic()
        if topic is None or (topic.entity.type == "Person") != person or \
                topic.span.start >= pronoun.i:
            return None
        sents = self._sentences()
        start = sents[i - 1].start if i > 0 else sents[i].start
        for ref in self.index.refs:
            if ref.span.start >= pronoun.i:
                break
            if ref.span.start >= start and ref.entity.iri != topic.entity.iri and \
                    ref.entity.type == topic.entity.type and not ref.mention.demonym:
                return None
        if i > 0 and not person:
            root = sents[i - 1].root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                found = self.resolve(subj, conj=False)
                if not any(a.ref.entity.iri == topic.entity.iri for a in found):
                    return None
        return topic

    def document_topic(self) -> MentionRef | None:
        """Return the entity a profile is about: the subject of a first sentence "X is a ...".

        "Kursk is a city in Russia", "Wilfried Schneider (born 1963) is a German skeleton
        racer": a name opens the document's first sentence, which has a copula with a
        predicate noun. A news lead ("North Korea has sent troops ...") names no topic.
        """
        if self._doc_topic_known:
            return self._doc_topic
        self._doc_topic_known = True
        sents = self._sentences()
        if not sents:
            return None
        first = sents[0]
        ref = self.index.at(first[0]) or (
            self.index.at(first[1]) if len(first) > 1 and first[0].lower_ == "the" else None)
        if ref is None or ref.mention.demonym or ref.span.start > first.start + 1:
            return None
        # "X is a ...", also when the parser hangs the clause on a bracket before the copula
        # ("X (born 1963 in Y) is a German racer"): a copula with a predicate noun.
        if not any(lemma_of(t) == "be" and any(c.dep_ == "attr" for c in t.children)
                   for t in first if t.pos_ in ("AUX", "VERB")):
            return None
        self._doc_topic = ref
        return ref

    def anaphor_of(self, noun: Token) -> Anaphor | None:
        """Return the anaphor entry of a bare definite noun ("THE TOWN"), or None.

        The noun must be singular, have "the" or "this" for its determiner and nothing
        that makes it a new referent of its own: no name, possessor, "of" or other
        prepositional phrase, relative clause or apposition, and no role as a predicate
        noun ("X is THE TOWN where ...").
        """
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return None
        spec = self.anaphors.get(lemma_of(noun))
        if spec is None or noun.dep_ in ("attr", "appos", "oprd", "compound", "amod", "nmod"):
            return None
        definite = False
        for c in noun.children:
            if c.dep_ == "det":
                if c.lower_ not in ("the", "this"):
                    return None
                definite = True
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and \
                    noun.doc[c.left_edge.i - 1].text == ",":
                continue  # "THE BLOC, chaired by Tinubu, imposed ...": said of it, in passing
            elif c.dep_ in ("compound", "nmod", "poss", "appos", "relcl", "acl", "prep",
                            "nummod", "quantmod"):
                return None
            elif c.dep_ == "amod" and self.index.at(c) is not None:
                return None  # "the Ukrainian city": a city of a named country
        return spec if definite else None

    def _fits(self, spec: Anaphor, ref: MentionRef) -> bool:
        if ref.mention.demonym:
            return False
        if spec.fits(ref.entity, categories=self._categories):
            return True
        # "President Emmanuel Macron ... THE PRESIDENT": a person the text gives the title
        return ref.entity.type == "Person" and "Person" in spec.types and \
            self._titled(ref.entity.iri, spec.nouns)

    def _titled(self, iri: str, nouns: frozenset[str]) -> bool:
        """Whether a mention of the entity follows one of ``nouns`` ("President Macron",
        "French President Emmanuel Macron")."""
        key = (iri, nouns)
        if key not in self._titles:
            doc = self.index.doc
            self._titles[key] = any(
                lemma_of(t) in nouns
                for r in self.index.refs if r.entity.iri == iri
                for t in doc[max(r.span.start - 3, self.index.sent(r.span[0]).start):
                             r.span.start])
        return self._titles[key]

    def nominal_antecedent(self, noun: Token, spec: Anaphor) -> MentionRef | None:
        """Return the entity a bare definite noun refers back to, or None.

        The one fitting entity named before it in its sentence; else, going back one
        and two sentences in the same paragraph, the only fitting entity of the first
        sentence that names one; else the document's topic; else the only fitting entity
        the document has named before it. Two fitting entities where the search stops
        ("Russia invaded Ukraine. THE COUNTRY ..."): None.
        """
        sent = self.index.sent(noun)
        here: dict[str, MentionRef] = {}
        subjects = self._clause_subjects(noun)
        for ref in self.index.in_span(sent):
            if ref.span.end <= noun.i and self._fits(spec, ref) and \
                    ref.entity.iri not in subjects:
                here[ref.entity.iri] = ref
        if len(here) == 1:
            return next(iter(here.values()))
        if here:
            return None
        i = self._sentence_number(sent)
        if i is None:
            return None
        for before in self._previous_in_paragraph(sent, i):
            fits: dict[str, MentionRef] = {}
            for ref in self.index.in_span(before):
                if self._fits(spec, ref):
                    fits[ref.entity.iri] = ref
            if fits:
                # "Russia invaded Ukraine. THE COUNTRY's president ...": two fit, none is read
                return next(iter(fits.values())) if len(fits) == 1 else None
        topic = self.document_topic()
        if topic is not None and topic.span.start < noun.i and self._fits(spec, topic):
            return topic
        # "NATO said ... [a paragraph later] Finland joined THE ALLIANCE last April": the
        # only fitting entity the document has named so far
        named = {ref.entity.iri: ref for ref in self.index.refs
                 if ref.span.end <= noun.i and self._fits(spec, ref)}
        if len(named) == 1 and not subjects & set(named):
            return next(iter(named.values()))
        return None

    def _clause_subjects(self, noun: Token) -> set[str]:
        """The entities named as the subject of the clause an object noun is in: "Saudi
        Arabia attacked THE COUNTRY", "imposed an embargo on THE EMIRATE" (not Saudi
        Arabia itself)."""
        t = noun
        for _ in range(4):
            if t.dep_ not in ("dobj", "pobj", "prep", "dative") or t.head.i == t.i:
                break
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                while t.dep_ == "conj" and t.head.i != t.i and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                    t = t.head
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or self.index.at(subj) is None:
                    return set()
                return {a.ref.entity.iri for a in self.resolve(subj)}
        return set()

    def pair_antecedents(self, noun: Token, *, exclude: frozenset[str] = frozenset()
                         ) -> list[Arg]:
        """Return the entities "the two leaders", "both sides" or "the three countries"
        refers back to.

        The noun must be plural, counted ("two", "both", "three" ... "six"), with nothing
        of its own (no possessor, name or "of" phrase), and in the lexicon's
        ``pair_people`` (people) or
        ``pair_parties`` (states and bodies). The entities are the fitting ones named
        nearest before it, in its sentence and then in the earlier sentences of its
        paragraph one by one, if at a sentence's start they are exactly as many as
        counted; three or more may also be named in an earlier paragraph, in the nearest
        sentence that names exactly so many.
        """
        if noun.tag_ == "CD" and noun.lower_ in _COUNTS and noun.dep_ in _SUBJECT_DEPS and \
                [c.lower_ for c in noun.children] == ["the"]:
            # "met his Tajik counterpart, Saimumin Yatimov, and THE TWO signed a protocol":
            # the people just named, else the states or bodies
            sent = self.index.sent(noun)
            i = self._sentence_number(sent)
            earlier = next(self._previous_in_paragraph(sent, i), None) if i is not None \
                else None
            for span, before in ((sent, True), (earlier, False)):
                # (else in the sentence before: "Rabin hesitated before taking Arafat's
                # hand. It was the first time THE TWO had met.")
                if span is None:
                    continue
                for types in ({"Person"}, {"Country", "Organization"}):
                    fits = self._fitting(span, noun, types, exclude, before=before)
                    if len(fits) == _COUNTS[noun.lower_]:
                        text = noun.doc[noun.left_edge.i:noun.i + 1].text
                        return [Arg(r, "anaphor", text) for r in fits]
                if self._fitting(span, noun, {"Person", "Country", "Organization"}, exclude,
                                 before=before):
                    break  # the sentence names others: no guessing further back
            return []
        if noun.tag_ != "NNS":
            return []
        lemma = lemma_of(noun)
        if lemma in self.pair_people:
            types = {"Person"}
        elif lemma in self.pair_states:
            types = {"Country"}
        elif lemma in self.pair_parties:
            types = {"Country", "Organization"}
        else:
            return []
        counted = 0
        for c in noun.children:
            if c.dep_ == "nummod" and c.lower_ in _COUNTS:
                counted = _COUNTS[c.lower_]
            elif c.dep_ in ("det", "predet") and c.lower_ == "both":
                counted = 2
            elif c.dep_ == "relcl" and c.left_edge.i > 0 and \
                    noun.doc[c.left_edge.i - 1].text == ",":
                continue  # "THE TWO MEN, whose countries remain at war, shook hands"
            elif c.dep_ in ("poss", "compound", "nmod", "prep", "appos", "relcl", "acl") or (
                    c.dep_ == "amod" and self.index.at(c) is not None):
                return []
        if not counted:
            return []
        sent = self.index.sent(noun)
        i = self._sentence_number(sent)
        spans = [sent] + (list(self._previous_in_paragraph(sent, i)) if i is not None else [])
        text = noun.doc[noun.left_edge.i:noun.i + 1].text
        found: dict[str, MentionRef] = {}
        if lemma in ("leader", "president", "premier", "minister", "chancellor"):
            # ("greeted Trump and FIRST LADY Melania Trump ..., where THE TWO LEADERS
            # signed": a spouse is no leader)
            exclude = exclude | {r.entity.iri for r in self.index.refs
                                 if r.entity.type == "Person" and r.span.start > 0
                                 and self.index.doc[r.span.start - 1].lower_ in _SPOUSES}
            exclude = exclude | self._titled_otherwise(noun)
        for span in spans:
            for r in self._fitting(span, noun, types, exclude, before=span is sent):
                found.setdefault(r.entity.iri, r)
            if len(found) >= counted:
                # (the nearest ones that are as many as counted: "Orban approved last.
                # Kristersson flew to Budapest and THE TWO LEADERS signed a deal")
                return [Arg(r, "anaphor", text) for r in found.values()] \
                    if len(found) == counted else []
        if found and i is not None and types == {"Person"}:
            # "Xi and Putin held talks ... [new paragraph] Xi, who arrived on Monday, is
            # making his first trip. THE TWO MEN signed a statement": the one named in the
            # paragraph and the nearest named before it (up to three sentences back; people
            # only: states are named in asides too often, "a counterweight to CHINA")
            first = min(spans, key=lambda sp: sp.start)
            k = self._sentence_number(first)
            for back in range((k or 0) - 1, max((k or 0) - 4, -1), -1):
                for r in self._fitting(self._sentences()[back], noun, types, exclude,
                                       before=False):
                    found.setdefault(r.entity.iri, r)
                if len(found) >= counted:
                    return [Arg(r, "anaphor", text) for r in found.values()] \
                        if len(found) == counted else []
            return []
        if found:
            return []
        if i is not None and not any(True for _ in self._previous_in_paragraph(sent, i)):
            # The noun opens its paragraph: "the two leaders" are the two named in the
            # nearest earlier sentence that names any; "the THREE COUNTRIES" (rarely named
            # together) the three of the nearest earlier sentence that names exactly three.
            for k in range(i - 1, -1, -1):
                sent_k = self._sentences()[k]
                fits = self._fitting(sent_k, noun, types, exclude, before=False)
                if len(fits) + len(self._capital_states(sent_k, fits, types)) == counted:
                    return [Arg(r, "anaphor", text) for r in fits] if len(fits) == counted \
                        else []
                if fits and counted == 2:
                    break
        return []

    def _titled_otherwise(self, noun: Token) -> frozenset[str]:
        """The people the text titles with another office than "the two PRIME MINISTERS"
        name ("KING Hussein and Israeli PRESIDENT Ezer Weizman looked on as the two prime
        ministers signed"): empty for "leaders", which every head of state or government is.
        """
        role = self.lexicon.role_noun(noun)
        if role is None or role.kind != "title" or role.head == "leader":
            return frozenset()
        doc = self.index.doc
        titled: dict[str, bool] = {}
        for r in self.index.refs:
            if r.entity.type != "Person" or r.span.start == 0:
                continue
            own = self.lexicon.role_noun(doc[r.span.start - 1])
            if own is None or own.kind != "title":
                continue
            same = own.head == role.head and (not role.modifiers or own.modifiers == role.modifiers)
            titled[r.entity.iri] = titled.get(r.entity.iri, False) or same
        return frozenset(iri for iri, same in titled.items() if not same)

    def _people_object(self, trig: Token) -> bool:
        """Whether the trigger's objects include a noun of people ("the LEADERS of Poland",
        "Polish OFFICIALS"), through which a state may be reached."""
        for o in self.patient_tokens(trig) if trig.pos_ == "VERB" else ():
            for x in (o, *o.conjuncts):
                if lemma_of(x) in self.pair_people and self.index.at(x) is None:
                    return True
        return False

    def _capital_states(self, span: Span, fits: list[MentionRef], types: set[str]
                        ) -> set[str]:
        """The states other than ``fits`` that ``span`` names by their capitals ("pressed
        NEW DELHI"), when states are wanted: parties too, though named as cities."""
        if "Country" not in types:
            return set()
        named = {r.entity.iri for r in fits}
        return {self.capital_states[r.entity.iri] for r in self.index.in_span(span)
                if r.entity.iri in self.capital_states} - named

    def _fitting(self, span: Span, noun: Token, types: set[str], exclude: frozenset[str], *,
                 before: bool) -> list[MentionRef]:
        """The entities of ``types`` named in ``span`` (before ``noun`` with ``before``)."""
        fits: dict[str, MentionRef] = {}
        for ref in self.index.in_span(span):
            if (ref.span.end <= noun.i or not before) and ref.entity.type in types and \
                    not ref.mention.demonym and ref.entity.iri not in exclude and \
                    not self._in_modifier_clause(ref.span.root, noun) and not (
                        # ("held talks IN THE OVAL OFFICE, after which the two sides ...": a
                        # body named as the place of the act, not a party to it)
                        ref.entity.type == "Organization" and ref.span.root.dep_ == "pobj"
                        and ref.span.root.head.lower_ in ("in", "at", "inside")):
                fits.setdefault(ref.entity.iri, ref)
        return list(fits.values())

    @staticmethod
    def _in_modifier_clause(token: Token, noun: Token) -> bool:
        """Whether ``token`` sits in a participle that describes some noun ("the deal,
        BROKERED BY Kofi Annan, ..."), not one that contains ``noun``: such a name is an
        aside, not one of "the two men" who act next."""
        t = token
        for _ in range(40):
            if t.head.i == t.i or t.i == noun.i:
                return False
            if t.dep_ == "acl" and t.tag_ == "VBN" and \
                    not (t.left_edge.i <= noun.i <= t.right_edge.i):
                return True
            t = t.head
        return False

    def _sentences(self) -> list[Span]:
        return self.index.sentences

    def _sentence_number(self, sent: Span) -> int | None:
        return next((k for k, s in enumerate(self._sentences()) if s.start == sent.start), None)

    def _previous_in_paragraph(self, sent: Span, i: int) -> Iterator[Span]:
        """Yield the (at most two) sentences before sentence ``i``, nearest first,
        stopping at a line break (a new paragraph)."""
        sents, text, doc = self._sentences(), self.index.text, self.index.doc
        for k in range(i - 1, max(i - 3, -1), -1):
            # the blank line may be whitespace tokens at the end of the sentence before
            last = sents[k].end - 1
            while last >= sents[k].start and doc[last].is_space:
                last -= 1
            end = doc[last].idx + len(doc[last]) if last >= sents[k].start \
                else sents[k].start_char
            if "\n" in text[end:sent.start_char]:
                return
            yield sents[k]

    def _topic(self, sent: Span, person: bool) -> MentionRef | None:
        key = (sent.start, person)
        if key in self._topics:
            return self._topics[key]
        self._topics[key] = None  # guards against cycles
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ref = self._topic_ref(subj, person) if subj is not None else None
        self._topics[key] = ref
        return ref

    def _topic_ref(self, subj: Token, person: bool) -> MentionRef | None:
        ref = self.index.at(subj)
        if ref is not None and is_dateline(ref):
            return None
        if ref is None and (subj.lower_ in THING_PRONOUNS or subj.lower_ in PERSON_PRONOUNS):
            if (subj.lower_ in PERSON_PRONOUNS) != person:
                return None
            ref = self.antecedent(subj)
        elif ref is None and not person and lemma_of(subj) in self.proxies:
            # "THE ISRAELI MILITARY said IT had begun strikes": the state behind the noun,
            # when the document names it
            owners = {a.ref.entity.iri: a.ref for a in self.owner(subj)
                      if a.ref.entity.type in ("Country", "Organization")
                      and self.index.is_named(a.ref.entity.iri)}
            return next(iter(owners.values())) if len(owners) == 1 else None
        elif ref is None:
            # "THE GROUP said ... it", "THE PRESIDENT said ... he"
            spec = self.anaphor_of(subj)
            if spec is not None and ("Person" in spec.types) == person:
                ref = self.nominal_antecedent(subj, spec)
        if ref is None or ref.mention.demonym:
            return None
        return ref if (ref.entity.type == "Person") == person else None

    # ------------------------------------------------------------ clause structure

    def subjects(self, verb: Token, *, depth: int = 0) -> list[Token]:
        """Return the subject tokens of a verb, through control and coordination."""
        if depth > 4:
            return []
        subj = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not self._in_dateline(c)]
        if len(subj) > 1:
            # "X and Y, who BOTH flew to Washington": a quantifier the parser made a second
            # subject
            subj = [c for c in subj if c.lower_ not in ("both", "all", "each")] or subj
        if len(subj) == 1 and subj[0].tag_ == "NNP" and subj[0].left_edge.i >= 2:
            doc = verb.doc
            first = doc[subj[0].left_edge.i - 2]
            if doc[first.i + 1].text == "," and first.pos_ == "PROPN" and \
                    first.left_edge.i == subj[0].sent.start and (
                        # A headline's "Russia, China sign gas deal": a plural verb after
                        # one name, the first name read as a modifier before a comma
                        (verb.tag_ == "VBP" and first.head.i == verb.i
                         and first.dep_ in ("npadvmod", "nsubj", "dep"))
                        # "Trump, Trudeau and Pena Nieto met": the first of a list read as
                        # the root, the verb joined to it
                        or (verb.dep_ == "conj" and verb.head.i == first.i and any(
                            c.dep_ == "conj" for c in subj[0].children))):
                return [first, subj[0]]
        if subj:
            return subj
        if verb.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in verb.children):
            # "Turkey borders Syria": a verb the tagger took for a plural noun, its subject
            # for a modifier.
            return [c for c in verb.children if c.dep_ in ("compound", "nmod") and c.i < verb.i]
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "xcomp":
            if lemma_of(head) in _OBJECT_CONTROL:
                objs = [c for c in head.children if c.dep_ == "dobj"]
                if objs:
                    return objs
            return self.subjects(head, depth=depth + 1)
        if verb.dep_ == "conj":
            misread = _clause_read_as_preposition(head, verb)
            if misread is not None:
                # "France said it would evacuate its citizens AFTER thousands of
                # SUPPORTERS (...) ATTACKED the embassy": a clause the parser read as a
                # prepositional phrase; who acts is its object, not the main subject
                return misread
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ in ("ccomp", "acl") and \
                head.head.i != head.i and not verb.doc[verb.i - 1].is_quote and not any(
                    c.dep_ in ("aux", "auxpass") for c in verb.children) and (any(
                    c.dep_ == "aux" and (c.lower_ == "had" or c.tag_ == "MD")
                    for c in head.children) or (
                    # ('said the EU decision WAS BASED on lies and ANNOUNCED sanctions': an
                    # active verb joined to a passive reported one)
                    head.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in head.children))):
            # "Mousavi said Iran HAD not carried out the strikes and CALLED the claims
            # meaningless", "said there was no evidence that the attack HAD come from Yemen
            # and BLAMED Iran": a simple past after a reported "had"/"would" clause goes on
            # the clause that reports it (not a verb that opens a quotation: 'said Indian
            # forces had crossed the border and "PROVOKED and attacked" Chinese personnel')
            up = head.head
            for _ in range(4):
                if up.pos_ in ("VERB", "AUX") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
                    found = [t for t in self.subjects(up, depth=depth + 1) if t.dep_ != "expl"]
                    if found:
                        return found
                if up.head.i == up.i:
                    break
                up = up.head
            return []
        if verb.dep_ == "advcl" and verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "to" and \
                lemma_of(verb.doc[verb.i - 2]) in self.plot_nouns:
            return []  # "hit Baghdad over an alleged PLOT to kill Bush": the plotters' act
        if verb.dep_ in ("conj", "advcl"):
            found = self.subjects(head, depth=depth + 1)
            if all(t.dep_ == "expl" for t in found) and head.dep_ == "ccomp" and \
                    any(c.dep_ == "expl" for c in head.children):
                # "Pompeo said there was no evidence and BLAMED Iran": the parser joined
                # the verb to the clause of "there was", whose subject is no one
                return self.subjects(head.head, depth=depth + 1)
            return found
        if verb.dep_ in ("acl", "relcl") and (verb.tag_ != "VBN" or _misparsed_main_verb(verb)):
            return [head]
        if verb.dep_ == "pcomp" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
            objs = [c for c in head.head.children if c.dep_ == "dobj"]
            if head.lower_ in ("of", "for", "against", "from") and objs:
                # "accused KYIV of attacking Belgorod", "warned NATO against sending
                # troops": the one accused or warned is who acts
                return objs
            if head.lower_ in ("of", "for", "against") and \
                    lemma_of(head.head) in _OBJECT_CLAUSE_VERBS and not self.is_passive(head.head):
                # "companies THAT it accused of helping Russia": the one accused is no name
                return []
            return self.subjects(head.head, depth=depth + 1)
        if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and \
                head.head.dep_ == "dobj" and head.head.head.pos_ in ("VERB", "AUX"):
            # "accused Chinese VESSELS of ramming ...", the parser hanging "of" on the object
            return [head.head]
        if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and \
                head.head.dep_ == "pobj" and head.head.head.dep_ == "agent" and \
                self.is_passive(head.head.head.head):
            # "the UAE HAS BEEN ACCUSED by UN experts of supplying weapons": the accused, the
            # parser hanging "of" on the "by" phrase
            return [c for c in head.head.head.head.children if c.dep_ == "nsubjpass"]
        return []

    def _in_dateline(self, token: Token) -> bool:
        """Whether ``token`` names the place a story was filed from ("NEW DELHI, May 7 -"),
        which the parser may take for a subject."""
        ref = self.index.at(token)
        return ref is not None and is_dateline(ref)

    @staticmethod
    def is_passive(verb: Token) -> bool:
        """Return whether a verb is in the passive voice (or a past-participle modifier)."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return True
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misparsed_main_verb(verb)

    def agent_tokens(self, verb: Token) -> list[Token]:
        """Return the logical subject of a verb: "by" object in the passive."""
        if self.is_passive(verb):
            # (a second "by" joined by "and" may be parsed as a conjunct: "signed by X, ...,
            # AND BY Y")
            found = [o for c in verb.children if c.dep_ == "agent" or (
                         c.dep_ == "conj" and c.lower_ == "by")
                     for o in c.children if o.dep_ == "pobj"]
            if found:
                # "signed by Ali Shamkhani, ..., and Saudi national security ADVISER Musaed
                # Al-Aiban": a noun the parser joined to the verb is one more agent
                found += [c for c in verb.children
                          if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            if not found:
                # "supplied with missiles and drones BY IRAN", "greeted at the airport BY
                # Marcelo Ebrard": the parser hangs the "by" phrase on the object before it
                found = [o for w in self.prep_objects([verb], ["with", "at"])
                         for x in (w, *w.conjuncts)
                         for c in x.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                         for o in c.children if o.dep_ == "pobj"]
            return found
        return self.subjects(verb)

    def patient_tokens(self, verb: Token) -> list[Token]:
        """Return the logical object of a verb: the subject in the passive."""
        if self.is_passive(verb):
            subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if subj:
                return subj
            if verb.dep_ == "acl":
                return [verb.head]
            return self.subjects(verb) if verb.dep_ in ("conj", "xcomp") else []
        # A verb has one direct object: a second one is a list the parser broke apart
        # ("formed an alliance with A, B, C, D": D as a second object).
        objects = [c for c in verb.children if c.dep_ == "dobj"][:1]
        if not objects and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and \
                any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in verb.children) and \
                not any(c.dep_ in ("ccomp", "xcomp", "dative") or (
                    c.dep_ == "nsubj" and (c.lower_ in RELATIVES or any(
                        # ("Eritrea, WHOSE troops fought against the TPLF": the owner)
                        g.lower_ == "whose" for g in c.children)))
                        for c in verb.children):
            # "a LAUNCH Yoon CONDEMNED as a provocation", "the city he visited": the noun a
            # relative clause with its own subject and no object is on is its object
            objects = [verb.head]
        if not objects:
            # "condemned WHAT he called Russia's disproportionate RESPONSE": the thing named
            # ("struck WHAT New Delhi described AS a training CAMP")
            objects = [o for c in verb.children if c.dep_ == "ccomp" and
                       lemma_of(c) in _CALLING and any(
                           w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)
                       for o in (*(x for x in c.children if x.dep_ == "oprd"),
                                 *self.prep_objects([c], ["as"]))][:1]
        if not objects and not any(c.dep_ in ("prep", "ccomp", "xcomp") for c in verb.children):
            # "RAMMING and boarding a Philippine boat": an object shared with the verb
            # joined right after this one
            objects = [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                       and c.i == verb.i + 2 and verb.nbor().dep_ == "cc"
                       for o in c.children if o.dep_ == "dobj"][:1]
        return objects

    def holder(self, noun: Token) -> list[Token]:
        """Return the tokens naming who or what holds a role or place noun.

        "Kim Jong Un, the supreme LEADER" (apposition), "LEADER Kim Jong Un" (compound),
        "X is a CITY" (copula), "serving as the CHIEF" / "elected as PRESIDENT"
        (``as``), "named him HEAD" (object predicate), "the LEADER, Kim" (apposed name).
        """
        for c in noun.children:
            if c.dep_ == "appos" and self.index.at(c) is not None:
                return [c]  # "Hamas and its LEADER Yahya Sinwar"
        t = noun
        for _ in range(4):
            if t.dep_ != "conj":
                break
            t = t.head
        for c in t.children:
            if c.dep_ == "appos" and self.index.at(c) is not None:
                return [c]
        dep = t.dep_
        head = t.head
        if dep == "appos":
            near = self._name_before_comma(t)
            if near is not None and near.i != head.i and (
                    self.index.at(head) is None or any(c.dep_ == "conj" for c in head.children)):
                # "telephoned Trimble, Adams and JOHN HUME, the LEADER of the SDLP", "the
                # target of a mutiny by PRIGOZHIN, then HEAD of the Wagner group": the name
                # right before the apposition, where the parser hangs it on a list's first
                # name or on a noun that names no one ("Surkov and Glazyev, both ADVISERS
                # to Putin": a plural noun is all of the list's)
                if t.tag_ == "NNS":
                    return [x for x in (near, *near.conjuncts) if self.index.at(x) is not None]
                return [near]
            return [head]
        if dep in ("compound", "nmod", "amod") and head.i != t.i:
            if self.index.at(head) is not None:
                return [head]
            return []
        if dep in ("attr", "acomp"):
            if lemma_of(head) == "become" and self._to_come(head):
                return []  # "Shoigu WILL BECOME secretary of the Security Council"
            return self.subjects(head)
        if dep == "oprd":
            objs = [c for c in head.children if c.dep_ == "dobj"]
            return objs or self.subjects(head)
        if dep == "dobj" and lemma_of(head) in _PART_VERBS:
            return self.subjects(head)
        if dep == "pobj" and head.i != t.i:
            verb = head.head
            if head.lower_ == "of" and verb.lower_ == "one" and verb.dep_ in ("attr", "appos"):
                # "Kharkiv, ONE OF the largest cities in Ukraine", "X is one of Russia's allies"
                return self.holder(verb)
            if head.lower_ == "among" and verb.pos_ in ("VERB", "AUX") and \
                    lemma_of(verb) in _COPULAS:
                return self.subjects(verb)  # "Kursk is AMONG the largest cities in Russia"
            if head.lower_ == "as":
                if verb.dep_ == "dobj" and verb.head.pos_ == "VERB" and \
                        lemma_of(verb.head) not in _NAMING:
                    # "recognised Guaidó AS Venezuela's interim president": the object's
                    # role in the eyes of the subject, not the subject's office
                    return []
                # "re-elected in the 1953 election AS a member of ...": the parser hangs
                # "as" on a noun of the clause; climb to its verb.
                for _ in range(3):
                    if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in (
                            "pobj", "conj", "dobj", "npadvmod") or verb.head.i == verb.i:
                        break
                    verb = verb.head if verb.dep_ != "pobj" else verb.head.head
                if verb.pos_ in ("VERB", "AUX"):
                    objs = [c for c in verb.children if c.dep_ == "dobj"]
                    if lemma_of(verb) in _NAMING and self._to_come(verb):
                        # "WILL be sworn in AS Mexico's president", "is expected TO be
                        # named AS defence minister": an office yet to be held
                        return []
                    if lemma_of(verb) in _NAMING:
                        if objs:
                            return objs
                        if self.is_passive(verb):
                            return self.patient_tokens(verb)
                    elif objs and lemma_of(verb) in _VIEWING:
                        # "China, which CLAIMS Taiwan AS its own TERRITORY": the object's
                        # role in the eyes of the subject, not a fact (nor the subject's;
                        # but "represented Soulanges AS an Independent member" is his)
                        return []
                    small = [x for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
                             for x in c.children if x.dep_ == "nsubj"]
                    if small:
                        # "holding IT responsible, AS Israel's main ALLY": the one held so
                        return small
                    sworn = [o for d in objs for p in d.children
                             if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"
                             and (ref := self.index.at(o)) is not None
                             and ref.entity.type == "Person"]
                    if sworn:
                        # "attended the swearing-in OF Dilma Rousseff AS head of the bank":
                        # the parser hangs "as" on the verb; the office is the person's
                        return sworn
                    return self.subjects(verb)
                return []
            if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _COPULAS and noun.i != t.i:
                # A badly attached conjunct ("... since 2011 and CHAIRMAN of ...").
                return self.subjects(verb)
        if dep == "nsubj" and lemma_of(head) == "be":
            attrs = [c for c in head.children if c.dep_ == "attr" and self.index.at(c)]
            return attrs
        return []

    def prep_objects(self, heads: Iterable[Token], preps: Iterable[str], *,
                     deep: bool = False) -> list[Token]:
        """Return the objects of the given prepositions attached to any of ``heads``.

        With ``deep``, also look one "in"/"at" phrase further ("combat operations in
        the Kursk region AGAINST Ukraine", where the parser attaches "against" low).
        """
        wanted = set(preps)
        out = []
        for h in heads:
            for c in h.children:
                if c.dep_ in ("prep", "dative", "agent") and c.lower_ in wanted:
                    out.extend(o for o in c.children if o.dep_ == "pobj")
                    # "IN and around Belgrade": the object of the joined preposition
                    out.extend(o for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP"
                               for o in x.children if o.dep_ == "pobj")
                    # "met WITH VISITING Chinese Foreign Minister Wang Yi": the parser read
                    # the adjective as a verb whose object is the name
                    out.extend(o for x in c.children if x.dep_ == "pcomp" and x.tag_ == "VBG"
                               and x.lower_ in _GUEST_ADJECTIVES
                               for o in x.children if o.dep_ == "dobj")
        if deep and not out:
            # ("met face TO FACE with Widodo": the idiom's noun carries the "with")
            inner = [o for h in heads for c in h.children
                     if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "to")
                     for o in c.children if o.dep_ == "pobj"
                     and (c.lower_ != "to" or o.lower_ == "face")]
            return self.prep_objects(inner, wanted) if inner else []
        return out

    # ------------------------------------------------------------ event frames

    def _verb_theme(self, trig: Token) -> list[Token]:
        themes = self.patient_tokens(trig)
        # "signed a minerals DEAL": the head noun the parser broke off the first object
        broken = _broken_compounds(trig) & {t.i for t in themes}
        themes = themes + [c for c in trig.children if c.dep_ == "dobj" and c.i - 1 in broken]
        if not self.is_passive(trig):
            # "North Korean soldiers DEPLOYED to Russia", "Ukrainian troops ENTERED Kursk"
            subjects = self.subjects(trig)
            if not themes or any(lemma_of(t) in self.forces for t in subjects):
                themes = themes + subjects
        # "moved tanks AND TROOPS into Belarus": the conjoined objects too
        themes = themes + [c for t in themes for c in t.conjuncts if c not in themes]
        more = []
        for t in themes:
            more.extend(o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children if o.dep_ == "pobj")
        return themes + more + self.prep_objects([trig], ["with"])

    def _noun_theme(self, trig: Token) -> list[Token]:
        out = [c for c in trig.children if c.dep_ in ("compound", "poss", "amod")]
        frontier = [trig]
        for _ in range(2):
            nxt = [o for t in frontier for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj"]
            out.extend(nxt)
            frontier = nxt
        return out

    def _light_verb(self, noun: Token) -> Token | None:
        if noun.dep_ in ("dobj", "nsubjpass", "attr") and lemma_of(noun.head) in self.light_verbs:
            return noun.head
        if noun.dep_ == "nsubj" and lemma_of(noun.head) == "be":
            return noun.head  # "whose SECRETARIAT IS in Jakarta"
        head = noun.head
        if noun.dep_ != "pobj":
            return None
        if head.lower_ in ("to", "on") and head.head.i != head.i and \
                lemma_of(head.head) == "agree":
            return head.head  # "India and Pakistan AGREED TO a ceasefire"
        if head.lower_ == "at" and head.head.i != head.i and \
                lemma_of(head.head) in _COPULAS | {"remain", "stay"} and \
                not any(c.dep_ == "det" for c in noun.children):
            return head.head  # "Israel HAS BEEN AT war with Hamas", "X and Y ARE AT war"
        if head.lower_ == "to" and head.head.i != head.i and lemma_of(head.head) == "go" and \
                not any(c.dep_ == "det" for c in noun.children):
            return head.head  # "Ethiopia WENT TO war with Eritrea"
        amount = head.head
        if amount.i != noun.i and (
                (head.lower_ == "of" and lemma_of(amount) in self.quantity_nouns)
                or (head.lower_ in ("in", "of") and amount.dep_ == "dobj"
                    and (amount.like_num or lemma_of(amount) in _AMOUNTS))):
            # "carried out HUNDREDS OF air strikes", "PROVIDED $60 BILLION IN military aid"
            return self._light_verb(amount)
        return None

    def _noun_agent(self, trig: Token, themes: list[Token], depth: int = 0) -> list[Arg]:
        for c in trig.children:
            if c.dep_ == "poss":
                found = self.resolve(c)
                if found:
                    return found
        for c in trig.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < trig.i:
                ref = self.index.at(c)
                if ref is not None:
                    return [Arg(ref, "name", ref.span.text)]
                if c.dep_ == "compound" and lemma_of(c) in self.proxies:
                    # "RUSSIAN missile strikes": the owner of the weapon the noun is made with
                    found = self.owner(c)
                    if found:
                        return found
        by = self.prep_objects([trig], ["by"])
        if by:
            found = [a for t in by for a in self.resolve(t)]
            if found:
                return found
        for t in themes:
            if lemma_of(t) in self.forces:
                found = self.owner(t)
                if found:
                    return found
        verb = self._light_verb(trig)
        if verb is not None:
            agents = self.agent_tokens(verb)
            return [a for t in agents + self.included(agents) for a in self.resolve(t)]
        head = trig.head
        if trig.dep_ == "pobj" and head.i != trig.i:
            up = head.head
            if head.lower_ == "in" and up.pos_ == "NOUN" and up.dep_ == "dobj" and \
                    up.head.pos_ == "VERB":
                # "pledged $2.5 billion IN military aid to Ukraine": the amount's giver
                return [a for t in self.subjects(up.head) for a in self.resolve(t)]
            if head.lower_ in ("in", "into", "for", "under") and up.pos_ in ("VERB", "AUX"):
                # "X engaged IN talks with Y", "X travelled to Z FOR talks with Y", "X
                # will buy submarines UNDER a partnership with Y"; but
                # "Israel killed Nasrallah IN an airstrike": the object is the target
                judged = head.lower_ == "for" and (
                    lemma_of(up) in self.lexicon.event_verbs.get("criticizes", ())
                    or lemma_of(up) in self.lexicon.event_verbs.get("praises", ()))
                # ("BLAMED Hezbollah FOR the rocket attack": the one blamed did it)
                objs = [c for c in up.children if c.dep_ == "dobj"
                        and (judged or lemma_of(up) not in self.lexicon.target_verbs)]
                if head.lower_ != "under":
                    found = [a for t in objs for a in self.resolve(t)]
                    if found:
                        return found
                return [a for t in self.subjects(up) for a in self.resolve(t)]
            if head.lower_ == "of" and up.pos_ == "NOUN" and depth < 2:
                return self._noun_agent(up, [], depth + 1)
            if (head.lower_ in _OCCASION_PREPS or (
                    head.lower_ in ("after", "before", "following")
                    and lemma_of(trig) in _JOURNEYS)) and not any(
                    c.dep_ == "poss" for c in trig.children):
                if up.pos_ in ("VERB", "AUX"):
                    # "DURING a visit to Hanoi, Biden praised Vietnam": the clause's subject
                    return [a for t in self.subjects(up) for a in self.resolve(t)]
                ref = self.index.at(up)
                if ref is not None and ref.entity.type == "Person":
                    # "Scholz, ON a trip to Brazil, met Lula"
                    return [Arg(ref, "name", ref.span.text)]
        if trig.dep_ == "conj" and depth < 2:
            return self._noun_agent(trig.head, themes, depth + 1)
        return []

    def _has_context(self, trig: Token, words: frozenset[str], themes: list[Token]) -> bool:
        """Whether a word of ``words`` modifies the trigger, its themes or the verb that
        governs it, or is the object of its "in"/"during" phrases ("in a SPEECH on
        Monday")."""
        if any(lemma_of(o) in words for o in self.prep_objects([trig], ["in", "during"])):
            return True
        near = [c for c in trig.children
                if c.dep_ in ("amod", "compound", "advmod", "npadvmod", "nmod", "dobj", "prt")
                or (c.dep_ == "prep" and c.lower_ == "out")]  # ("drove them OUT of")
        near += themes
        # "received MILITARY assistance", "sent air DEFENCE systems": the kind of help given
        goods = [t for t in themes + [c for c in trig.children if c.dep_ == "dobj"]
                 if lemma_of(t) in self.aid_goods]
        mods = [c for t in goods for c in t.children if c.dep_ in ("amod", "compound")]
        near += mods + [g for c in mods for g in c.children if g.dep_ == "compound"]
        # "sent Ukraine $60 billion IN WEAPONS": what an amount given is in
        given = [o for c in trig.children if c.dep_ == "dobj" and (c.like_num or lemma_of(c)
                                                                   in _AMOUNTS)
                 for o in self.prep_objects([c], ["in", "of"]) + self.prep_objects([trig],
                                                                                   ["in"])]
        near += given + [m for o in given for m in o.children if m.dep_ in ("amod", "compound")]
        # "backed Syria MILITARILY since 2015": an adverb the parser hung on a phrase
        near += [g for c in trig.children if c.dep_ == "prep"
                 for g in c.children if g.dep_ == "advmod"]
        head = trig.head
        if trig.dep_ in ("advcl", "xcomp", "conj") and head.i != trig.i:
            near.append(head)
            objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "advmod")]
            # "sent MILITARY advisers to help Syria": what kind of people were sent
            near += objs + [m for c in objs for m in c.children if m.dep_ in ("amod", "compound")]
        verb = self._light_verb(trig)
        if verb is not None:
            near += [verb] + [c for c in verb.children if c.dep_ in ("amod", "advmod", "npadvmod")]
        if any(lemma_of(t) in words for t in near):
            return True
        # "provided Ukraine WITH more than $60 billion in MILITARY aid": what is given
        for w in self.prep_objects([trig], ["with"]):
            if any(lemma_of(t) in words for t in list(w.subtree)[:12]):
                return True
        return False

    @staticmethod
    def _epithet_words(verb: Token) -> frozenset[str]:
        """The lemmas of what ``verb`` calls its object: "called Pompeo's claims
        MEANINGLESS", "called him A HERO", "branded Navalny AN EXTREMIST", "described Kim
        AS A TALENTED MAN", "called the leaders 'GANGSTER BOSSES'"."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
        complements += objects[1:]  # "branded Navalny an extremist": the second object
        # "called Pompeo's claims meaningless", parsed as a modifier after its noun
        complements += [c for o in objects[:1] for c in o.children
                        if c.dep_ == "amod" and c.i > o.i]
        complements += [c for o in objects[:1] for c in o.children if c.dep_ == "appos"
                        and any(p.dep_ == "punct" and p.text in "\"'“”"
                                for p in o.children)]
        complements += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                        for o in c.children if o.dep_ == "pobj"]
        return frozenset(lemma_of(t) for c in complements
                         for t in list(c.subtree)[:8] if t.dep_ != "neg")

    def _sanction_clause(self, trig: Token) -> bool:
        """Whether a verb elaborates a sanction ("imposed sanctions on Iran, TARGETING its
        central bank", "sanctions TARGETING Russia's oil sector")."""
        if trig.dep_ not in ("advcl", "xcomp", "acl", "conj", "relcl") or trig.head.i == trig.i:
            return False
        nouns = self.lexicon.event_nouns.get("sanctions", frozenset())
        verbs = self.lexicon.event_verbs.get("sanctions", frozenset())
        head = trig.head
        return lemma_of(head) in nouns or lemma_of(head) in verbs or any(
            c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in nouns for c in head.children)

    def frame_candidates(self, frame: Frame, trig: Token) -> Iterator[Candidate]:
        """Yield the candidates of one frame whose trigger is ``trig``."""
        if self.index.at(trig) is not None:
            return  # the trigger word is part of a name ("the Alliance Party")
        verb = frame.pos == "verb"
        themes = self._verb_theme(trig) if verb else self._noun_theme(trig)
        if frame.theme is not None and not any(lemma_of(t) in frame.theme for t in themes):
            return
        if frame.theme_not and any(lemma_of(t) in frame.theme_not and not any(
                c.dep_ in ("compound", "amod") and lemma_of(c) in frame.theme_not_unless
                for c in t.children) for t in themes):
            return  # "shot down 30 Russian DRONES": defence, not an attack
        if not verb and frame.predicate == "signsAgreementWith" and \
                trig.dep_ == "dobj" and lemma_of(trig.head) in ("have", "maintain", "keep"):
            return  # "HAS defence treaties with Japan": a standing tie, not a signing
        if verb and frame.predicate == "partOf" and lemma_of(trig) == "bring" and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in trig.children):
            return  # "BRINGS TOGETHER A and B", but not "the junta BROUGHT Wagner IN"
        if frame.clause_not is not None and not any(
                c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                and lemma_of(c) not in frame.clause_not
                for c in trig.children):
            return  # "X and Y AGREED TO restore ties" (but not "agreed to meet again")
        if frame.predicate == "attacks" and verb and self._sanction_clause(trig):
            return  # "imposed sanctions on Iran, TARGETING its oil sector"
        if frame.requires and not self._has_context(trig, frame.requires, themes):
            return
        if frame.requires_not and self._has_context(trig, frame.requires_not, themes):
            return  # "used his SPEECH to attack Britain": words, no assault
        if frame.predicate == "meetsWith" and self._remote(trig):
            return  # "spoke BY PHONE with Macron", "held TELEPHONE talks": no meeting
        if frame.predicate == "meetsWith" and not verb and trig.dep_ == "pobj" and \
                trig.head.lower_ == "for" and lemma_of(trig.head.head) == "recall":
            return  # "RECALLED its ambassador from Addis Ababa FOR CONSULTATIONS"
        if frame.epithet is not None and "judged" not in frame.object:
            # (the role "judged" reads the epithet in the clause it judges)
            words = self._epithet_words(trig)
            if not words & frame.epithet or words & frame.epithet_not:
                return
        # (a deed stands for its doer in judgements only: "welcomed Armenia's DECISION"
        # is no meeting with Armenia; see _role_args)
        subjects = self._role_args(frame.subject, trig, frame, themes)
        domain = self.lexicon.predicates.get(frame.predicate, ((), ()))[0]
        if "Person" not in domain and "Country" in domain:
            # "Ethiopian Prime Minister Abiy Ahmed ORDERED a military offensive against the
            # TPLF": the state of the head of state or government who orders it acts
            subjects = [self.state_of(a) or a for a in subjects]
        if not subjects and frame.predicate == "meetsWith" and frame.pos == "noun":
            # "X and Y signed the accord AFTER five hours of TALKS with Annan": who did
            # what the talks came before
            clause = self._talks_clause(trig)
            if clause is not None and not self.is_passive(clause):
                # (not "the deal WAS SIGNED by X and Y after talks": news annotators read
                # that as where the deal was made, as for visits)
                subjects = [a for t in self.agent_tokens(clause)
                            for a in (self._args([t]) or self.pair_antecedents(t))
                            if a.ref.entity.type == "Person"]
        if not subjects and frame.pair_subjects and frame.predicate in self.lexicon.symmetric:
            # "Xi met Putin. THE TWO LEADERS signed an agreement", "... THE TWO PRESIDENTS
            # held talks" (the subject of the noun's light verb)
            acting = trig if verb else self._light_verb(trig)
            if acting is not None:
                subjects = [a for t in self.agent_tokens(acting)
                            for a in self.pair_antecedents(t)]
        if not verb and frame.predicate == "sanctions" and (
                not subjects or lemma_of(trig) in self.sanction_anaphors):
            # "The EU imposed sanctions on Iran. THE MEASURES target ...": whose they are
            # (a "measure" is a sanction only when it refers back to sanctions so told)
            subjects = self._earlier_sanctioner(trig) if any(
                c.dep_ == "det" and c.lower_ == "the" for c in trig.children) else []
        if verb and frame.predicate == "sanctions" and not subjects and \
                self.is_passive(trig) and not any(c.dep_ == "agent" for c in trig.children):
            # "The United States imposed sanctions on ... Dmitry Rogozin WAS ALSO
            # SANCTIONED": by the one told just before to impose them
            subjects = self._earlier_sanctioner(trig, near=True)
        objects = self._role_args(frame.object, trig, frame, themes)
        if frame.predicate == "meetsWith" and not verb:
            yield from self._talks_host(trig, frame)
            if not objects:
                # "Kenyatta hosted THE TALKS ..., ATTENDED BY Tshisekedi, Kagame and
                # Museveni": those who attended, with the host and with each other
                light = self._light_verb(trig)
                attended = [a for c in (*trig.children, *(light.children if light else ()))
                            if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN"
                            and lemma_of(c) == "attend"
                            for a in self._args(self.prep_objects([c], ["by"]))
                            if a.ref.entity.type == "Person"]
                objects = attended
                for x, y in combinations(attended, 2):
                    yield Candidate(x, "meetsWith", y, f"frame:{frame.id}", frame.confidence,
                                    trig)
        if not objects and subjects and (frame.predicate in self.lexicon.symmetric or
                                         frame.predicate in _JUDGEMENTS) and \
                frame.pos == "verb":
            # "Lee hosted BOTH LEADERS", "Clinton praised BOTH LEADERS": the two others
            # just named
            mine = frozenset(a.ref.entity.iri for a in subjects)
            objects = [a for t in self.patient_tokens(trig)
                       for a in self.pair_antecedents(t, exclude=mine)]
        if frame.object_is is not None:
            objects = [o for o in objects if named_like(o.ref, frame.object_is)]
        if frame.object_types is not None:
            objects = [o for o in objects if o.ref.entity.type in frame.object_types]
        if frame.subject_types is not None:
            subjects = [a for a in subjects if a.ref.entity.type in frame.subject_types]
        if frame.persons_by_deed:
            objects = [o for o in objects if o.ref.entity.type != "Person" or o.via == "conduct"]
            if any(o.via == "proxy" for o in objects) and self._people_object(trig):
                # (nor the people of a state: "welcomed THE LEADERS of Poland" received them)
                objects = [o for o in objects if o.via != "proxy"]
        pairs: list[tuple[Arg, Arg]] = []
        if "between" in frame.object:
            between = self._args(self.prep_objects(self._prep_heads(trig, frame), ["between"]))
            if len(between) >= 2:
                pairs = list(combinations(between, 2))
                objects = []
        if not pairs:
            if not objects and frame.pair_subjects and \
                    frame.predicate in self.lexicon.symmetric and len(subjects) > 1 and \
                    not (verb and any(c.dep_ == "dobj" and lemma_of(c) not in (frame.theme or ())
                                      and lemma_of(c) not in self.lexicon.event_nouns.get(
                                          frame.predicate, ())
                                      and c.i not in _broken_compounds(trig)
                                      for c in trig.children)) and \
                    not self._unnamed_party(trig, frame) and \
                    not self._fought_abroad(trig, frame, subjects):
                # "Xi and Putin MET", "Armenia and Azerbaijan FOUGHT two WARS" (but "the
                # three countries RECEIVE assistance" is no meeting among them)
                pairs = list(combinations(subjects, 2))
            else:
                pairs = [(s, o) for s in subjects for o in objects]
                if frame.predicate == "alliedWith" and not verb and trig.tag_ == "NN" and \
                        subjects and len(objects) > 1:
                    # "under a security PARTNERSHIP with the United States and Britain":
                    # one partnership, whose partners are allies of each other too
                    pairs += list(combinations(objects, 2))
        for s, o in pairs:
            if s.ref.entity.iri == o.ref.entity.iri:
                continue
            pred = "officialOf" if o.via == "office" else frame.predicate
            yield Candidate(s, pred, o, f"frame:{frame.id}", frame.confidence, trig)
        if pairs and frame.predicate in _PRESENCE and not (
                frame.predicate == "signsAgreementWith" and (not verb or self.is_passive(trig))):
            # "Borrell met Kurti and Vucic IN BRUSSELS", "held talks with Putin IN MOSCOW",
            # "Dacic and Thaci initialled the deal IN BRUSSELS": the people who met or
            # signed are in that place (visits; a home state is dropped later). Not "the
            # deal was signed in Beijing by ...": news annotators mostly read that as
            # where the deal was made, not as a journey of its signatories.
            if verb:
                heads = [trig] + [x for t in self.patient_tokens(trig)
                                  for x in (t, *t.conjuncts)]
                if self.is_passive(trig):
                    # "Trump was welcomed by King Salman IN RIYADH": the parser hangs the
                    # place on the last name
                    heads += [o for c in trig.children if c.dep_ == "agent"
                              for o in c.children if o.dep_ == "pobj"]
            else:
                light = self._light_verb(trig)
                heads = [trig] + ([light] if light is not None else [])
            hosts = {a.ref.entity.iri for a in subjects} if verb and (
                lemma_of(trig) in self.hosting_verbs or any(
                    c.dep_ == "dobj" and lemma_of(c) == "host" for c in trig.children)) \
                else set()  # ("PLAYED HOST to Clinton and Cameron")
            # (only a host's guests are surely visitors at a site the gazetteer does not know)
            places = self.venue(heads, unknown=bool(hosts))
            if hosts and not places:
                # "Zelensky WELCOMED Biden TO Kyiv": where the guest was welcomed
                places = [a for a in self._args(self.prep_objects([trig], ["to"]))
                          if a.ref.entity.type in ("Country", "Place")]
            if hosts and not places:
                # "SINGAPORE'S Prime Minister Lee Hsien Loong hosted both leaders": the
                # guests are in the state whose title the host bears
                places = [Arg(r, "name", r.span.text) for a in subjects
                          if a.ref.entity.type == "Person" and a.via == "name"
                          for t in self.index.doc[a.ref.span.root.left_edge.i:a.ref.span.start]
                          for r in [self.index.at(t)]
                          if r is not None and r.entity.type == "Country"
                          and self.index.is_named(r.entity.iri)]
            # (a host is at home: "greeted at Mexico City's airport BY Ebrard")
            people = {a.ref.entity.iri: a for pair in pairs for a in pair
                      if a.ref.entity.type == "Person" and a.ref.entity.iri not in hosts}
            for p in people.values():
                for place in places:
                    yield Candidate(p, "visits", place, f"frame:{frame.id}-place",
                                    frame.confidence * 0.9, trig)

    @staticmethod
    def _talks_clause(trig: Token) -> Token | None:
        """The verb whose deed talks came before or during: "initialled the deal AFTER ten
        rounds of TALKS", "signed the accord after five hours of TALKS"."""
        noun = trig
        if noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "ten ROUNDS of talks", "several DAYS of talks"
        if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "during") and \
                noun.head.head.pos_ == "VERB":
            return noun.head.head
        return None

    def _talks_host(self, trig: Token, frame: Frame) -> Iterator[Candidate]:
        """Who hosts talks meets those who hold them: "X and Y initialled the deal after
        ten rounds of talks HOSTED BY Ashton", "held talks hosted by Wang Yi"."""
        hosts = [a for c in trig.children
                 if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in _TALKS_HOSTS
                 for a in self._args(self.agent_tokens(c)) if a.ref.entity.type == "Person"]
        if not hosts:
            return
        verb = self._talks_clause(trig)
        if verb is None:
            verb = trig.head if trig.dep_ == "dobj" and trig.head.pos_ == "VERB" else None
        if verb is None and trig.dep_ == "pobj" and trig.head.lower_ == "at" and \
                trig.head.head.pos_ == "VERB" and lemma_of(trig.head.head) in \
                self.lexicon.event_verbs.get("meetsWith", frozenset()):
            verb = trig.head.head  # "X and Y MET in Paris AT TALKS hosted by Macron"
        if verb is None:
            return
        seen = {a.ref.entity.iri for a in hosts}
        for a in self._args(self.agent_tokens(verb)):
            if a.ref.entity.type != "Person" or a.ref.entity.iri in seen:
                continue
            seen.add(a.ref.entity.iri)
            for host in hosts:
                yield Candidate(host, "meetsWith", a, f"frame:{frame.id}-host",
                                frame.confidence * 0.9, trig)

    def venue(self, heads: list[Token], *, unknown: bool = False) -> list[Arg]:
        """The states and settled places where what ``heads`` tell of took place: "met
        Kurti IN BRUSSELS", "on the sidelines of a SUMMIT in Kazan", "talks with Milosevic
        in Belgrade", "Israel, WHERE he held talks", "at MOSCOW'S Kremlin".

        A place the gazetteer does not know ("the Istana", "Camp David") may be anyone's
        home ground: it counts only with ``unknown``.
        """
        heads = list(heads)
        # "addressed PARLIAMENT in Canberra", "told REPORTERS in Doha": whom one spoke to
        heads += [c for h in heads for c in h.children
                  if c.dep_ in ("dobj", "dative") and lemma_of(c) in self.gatherings]
        # "on the sidelines OF A SUMMIT in Kazan", "at a ceremony in Dayton": the
        # gathering's place
        for _ in range(2):
            heads += [o for o in self.prep_objects(heads, ["on", "at", "of"])
                      if lemma_of(o) in self.gatherings and o not in heads]
        # "talks with Milosevic IN BELGRADE": the parser hangs the place on the partner
        partners = [o for o in self.prep_objects(heads, ["with"])
                    if any(a.ref.entity.type == "Person" for a in self.resolve(o))]
        where = self.prep_objects(heads, ["in", "at"]) + self.prep_objects(partners, ["in"])
        # "met ON the Caribbean ISLAND OF St. Vincent", "in the city OF Sochi"
        islands = [o for o in self.prep_objects(heads, ["on"]) if lemma_of(o) in _ISLANDS]
        where += islands
        # ("at the AIRPORT IN Rabat", "at a naval BASE IN San Diego": the site's place)
        where += self.prep_objects([w for w in where if w.pos_ == "NOUN"], ["of", "in"])
        # "Israel, WHERE he held talks with Netanyahu": the place the clause is about
        where += [h.head for h in heads if h.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in h.children)]
        # "at ISTANBUL'S Dolmabahce Palace", "at MOSCOW'S Kremlin", "at the CAMP DAVID
        # presidential retreat": the place it is in, or the place it is
        where += [c for w in where for c in w.children
                  if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.i < w.i)]
        # ("on the ISLAND OF St Vincent", "in the TOWN OF Moura": a place its noun says is
        # settled, known to the gazetteer or not)
        named = {o.i for w in where
                 if w.pos_ == "NOUN" and (lemma_of(w) in self.place_ranks
                                          or lemma_of(w) in _ISLANDS)
                 for o in self.prep_objects([w], ["of"])}
        return [a for a in self._args(where)
                if a.ref.entity.type == "Country" or (
                    a.ref.entity.type == "Place" and a.ref.entity.kind in _SETTLED_KINDS
                    and (unknown or a.ref.entity.kind is not None
                         or a.ref.span.root.i in named))]

    def _prep_heads(self, trig: Token, frame: Frame) -> list[Token]:
        heads = [trig]
        if frame.pos == "verb":
            patients = self.patient_tokens(trig)
            heads += patients
            # "signed agreements ESTABLISHING full diplomatic RELATIONS with the UAE"
            heads += [x for p in patients for c in p.children if c.dep_ == "acl"
                      for x in (c, *(o for o in c.children if o.dep_ == "dobj"))]
            # "threatened TO REIMPOSE SANCTIONS on Myanmar"
            heads += [x for c in trig.children if c.dep_ == "xcomp"
                      for x in (c, *(o for o in c.children if o.dep_ == "dobj"))]
        else:
            verb = self._light_verb(trig)
            if verb is not None:
                heads.append(verb)
        # "a memorandum OF UNDERSTANDING with Somalia", "a treaty OF FRIENDSHIP with
        # India": the parser hangs "with" on the noun after "of"
        heads += [o for h in heads if h.pos_ == "NOUN" and lemma_of(h) in self.agreements
                  for o in self.prep_objects([h], ["of"]) if o.pos_ == "NOUN"]
        return heads

    def _args(self, tokens: Iterable[Token]) -> list[Arg]:
        out: list[Arg] = []
        seen: set[str] = set()
        for t in tokens:
            for a in self.resolve(t):
                if a.ref.entity.iri not in seen:
                    seen.add(a.ref.entity.iri)
                    out.append(a)
        return out

    def _role_args(self, roles: tuple[str, ...], trig: Token, frame: Frame,
                   themes: list[Token]) -> list[Arg]:
        verb = frame.pos == "verb"
        for role in roles:
            if role == "between":
                continue
            if role == "agent":
                if verb:
                    agents = self.agent_tokens(trig)
                    # "Western states, INCLUDING France and Germany, condemned ...",
                    # "leaders gathered in Johannesburg, INCLUDING Lula" (on a verb with no
                    # object: "struck cities, including Kyiv" names targets)
                    holders = agents + ([trig] if not self.is_passive(trig) and not any(
                        c.dep_ == "dobj" for c in trig.children) else [])
                    found = self._args(agents + self.included(holders))
                    if not found and self.is_passive(trig) and \
                            lemma_of(trig) not in self.lexicon.target_verbs:
                        # (but "Indian soldiers WERE KILLED": the soldiers are the victims)
                        # "North Korean troops were deployed": the troops' country.
                        found = [a for t in themes if lemma_of(t) in self.forces
                                 for a in self.owner(t)]
                else:
                    found = self._noun_agent(trig, themes)
            elif role == "patient":
                if verb:
                    patients = self._targets(frame, self.patient_tokens(trig))
                    if lemma_of(trig) == "blame":
                        # "BLAMED the attack ON Iran", "blaming IT squarely ON Iran": the
                        # one blamed is the "on" object, not the deed
                        deeds = [c for c in trig.children if c.dep_ == "dobj"]
                        blamed = self.prep_objects([trig, *deeds], ["on"])
                        patients = blamed or patients
                    if frame.predicate == "deploysForcesTo":
                        # "Russian forces PUSHED UKRAINIAN TROOPS out of villages": troops
                        # are no place one's forces go to
                        patients = [p for p in patients if lemma_of(p) not in self.forces]
                    if frame.predicate == "meetsWith":
                        # "a ceremony in the Brazilian CAPITAL HOSTED by Cardoso": a place
                        # is hosted by no one met (the parser hung the participle on it)
                        patients = [p for p in patients if lemma_of(p) not in self.capital_nouns
                                    and lemma_of(p) not in self.place_ranks]
                    if any(c.dep_ == "dobj" for c in trig.children):
                        # "attacked several cities overnight, INCLUDING Kyiv"
                        patients += self.included([trig])
                    if trig.dep_ == "acl" and self.is_passive(trig) and \
                            patients == [trig.head] and trig.head.dep_ == "conj":
                        # "the Iranian delegation and a U.S. team LED by Malley": the noun
                        # the participle is on, not the one listed before it
                        found = self.resolve(trig.head, conj=False)
                    else:
                        found = self._args(patients)
                    if frame.predicate == "leaderOf":
                        # "the Ukrainian DELEGATION was led by Rustem Umerov": who leads a
                        # state's delegation, army or ministry holds an office of the state
                        # (but "led the Russian GOVERNMENT" leads the state)
                        offices = {a.ref.entity.iri for p in patients
                                   if lemma_of(p) in self.proxies
                                   and lemma_of(p) not in self.state_proxies
                                   for a in self.owner(p)}
                        found = [Arg(a.ref, "office", a.text) if a.ref.entity.iri in offices
                                 and a.via in ("proxy", "pronoun") else a for a in found]
                    if frame.predicate == "attacks":
                        # "attacked UKRAINIAN CITIES": the state whose towns they are
                        found += [a for p in patients if lemma_of(p) in self.settlements
                                  for a in self.owner(p) if a.ref.entity.type == "Country"
                                  and a.ref.entity.iri not in {f.ref.entity.iri for f in found}]
                    if "on" in frame.object:
                        # "struck an oil REFINERY in Russia's Rostov region", "killed
                        # RESIDENTS in Sderot": the place of a target nobody names (as
                        # for "strikes ON ... in" below); "struck Houthi TARGETS across
                        # Yemen": the owner, and the place too
                        proxies = [p for p in patients if lemma_of(p) in self.proxies
                               or lemma_of(p) in self.victims]
                        found += self._owned_target_places(
                            found, proxies + ([trig] if proxies else []))
                        found += self._towns_in(found, patients)
                else:
                    found = self._args(self.prep_objects([trig], ["of"]))
            elif role == "holder":
                # "Russia is India's largest SUPPLIER of arms": what the noun is said of
                found = self._args(self.holder(trig))
            elif role == "poss":
                # "Russia is INDIA'S largest supplier of arms": the noun's possessor
                found = self._args(c for c in trig.children if c.dep_ == "poss")
            elif role == "owner":
                # "Armenia hosts a RUSSIAN military base": whose the theme is
                found = [a for t in themes for a in self.owner(t)
                         if a.ref.entity.type in ("Country", "Organization")]
            elif role == "retribution":
                # "warned that the United States WOULD PAY a heavy price": who is to suffer
                found = self._args(
                    sub for c in trig.children
                    if c.dep_ == "ccomp" and any(self._retribution(v) for v in _xcomp_chain(c))
                    for sub in self.subjects(c))
            elif role == "dobj":
                objs = [c for c in trig.children if c.dep_ == "dobj"]
                if not objs and lemma_of(trig) in _CALLING:
                    # "called Trump, Macron and May 'criminals'": the parser hung the names
                    # on the epithet
                    objs = [c for o in trig.children if o.dep_ == "oprd" for c in o.children
                            if c.dep_ in ("nmod", "compound") and c.i < o.i][:1]
                found = self._args(objs)
            elif role == "venue":
                # "was AT the summit IN Vilnius", "New Delhi, WHERE Biden arrived"
                found = self.venue([trig])
            elif role == "judged":
                # "said Russia's attack WAS A WAR CRIME", "said Israel WAS COMMITTING
                # GENOCIDE": whom a clause of the speaker's judges with the frame's epithet
                found = self._args(self._judged(trig, frame.epithet or frozenset()))
            elif role == "whole":
                subjects = [c for c in trig.children if c.dep_ in _SUBJECT_DEPS]
                # "the bloc WHOSE MEMBERS include Brazil", "NATO's members include": the
                # body the members are of
                subjects = [next((p for p in c.children if p.dep_ == "poss"), c)
                            if lemma_of(c) == "member" else c for c in subjects]
                found = self._args(subjects)
            elif role == "result":
                # "A and B merged TO FORM C", "joined with B to CREATE C"
                found = self._args(
                    o for c in trig.children
                    if c.dep_ in ("advcl", "xcomp") and lemma_of(c) in self.formation_verbs
                    for o in c.children if o.dep_ in ("dobj", "oprd"))
            elif role == "dateline":
                # "Abiy ARRIVED on Sunday", in a story filed from Asmara: a journey with no
                # destination ends where the story was filed (not "REACHED the plant": one
                # the text names, if not by a name)
                if any(c.dep_ in ("dobj", "advmod", "npadvmod") and lemma_of(c) in (
                        "home", "here", "there", "back") for c in trig.children) or any(
                        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                        for c in trig.children) or any(
                        c.dep_ == "prep" and c.lower_ in ("in", "to", "at", "into", "on",
                                                          "for") and
                        any(self.resolve(o) for o in c.children if o.dep_ == "pobj")
                        for c in trig.children):
                    found = []
                else:
                    line = next((r for r in self.index.refs[:DATELINE_WINDOW]
                                 if is_dateline(r)), None)
                    found = [Arg(line, "dateline", line.span.text)] if line is not None else []
            elif role == "targeted":
                # "the sanctions TARGET Ashtiani", "new sanctions TARGETING Iran's oil
                # sector", "the measures HIT three banks": whom the measures are aimed at
                acts = [c for c in trig.children
                        if c.dep_ == "acl" and lemma_of(c) in self.targeting_verbs]
                if trig.dep_ == "nsubj" and lemma_of(trig.head) in self.targeting_verbs:
                    acts.append(trig.head)
                acts = [a for a in acts if not any(c.dep_ == "neg" for c in a.children)]
                found = self._args([o for a in acts for o in a.children if o.dep_ == "dobj"]
                                   + self.included(acts))
            elif role == "harm":
                # "threatened TO INVADE Taiwan", "vowed to retaliate AGAINST Israel", "warned
                # it WOULD STRIKE Seoul": whom the threatened act would hurt
                acts = [c for c in trig.children if (c.dep_ == "xcomp" or (
                    c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("would", "will")
                                              for a in c.children))) and (
                    lemma_of(c) in self.harm_verbs or lemma_of(c) in self.lexicon.target_verbs)
                    and not any(a.dep_ == "neg" for a in c.children)]
                # ("threatened to strike back INSIDE Kenya": where the act would land)
                found = self._args(
                    [o for c in acts for o in c.children if o.dep_ == "dobj"]
                    + self.prep_objects(acts, ["against", "on", "inside", "into"]))
                # "threatened TO CARRY OUT more ATTACKS inside Kenya": an attack noun
                # under a light verb
                attacks = [o for c in trig.children
                           if c.dep_ == "xcomp" and lemma_of(c) in self.light_verbs
                           for o in c.children if o.dep_ == "dobj" and lemma_of(o) in
                           self.lexicon.event_nouns.get("attacks", ())]
                found += [a for a in self._args(self.prep_objects(
                    attacks + [t.head for t in attacks], ["against", "on", "inside", "in"]))
                    if a.ref.entity.iri not in {f.ref.entity.iri for f in found}]
            elif role == "purpose":
                # "sent troops to assist RUSSIA", "sent jets to help CHAD repel the rebels"
                found = self._args(
                    o for c in trig.children
                    if c.dep_ in ("advcl", "xcomp") and lemma_of(c) in self.aid_verbs
                    for o in (*(x for x in c.children if x.dep_ == "dobj"),
                              *(y for x in c.children if x.dep_ in ("ccomp", "xcomp")
                                for y in x.children if y.dep_ == "nsubj")))
            else:
                deep = role in ("against", "on", "with")
                objs = self._targets(
                    frame, self.prep_objects(self._prep_heads(trig, frame), [role], deep=deep))
                if role == "to" and verb and frame.predicate == "militarySupportTo":
                    # "has sent UKRAINE $60 billion in weapons": the recipient named as the
                    # indirect object
                    objs += [c for c in trig.children
                             if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
                found = self._args(objs)
                if not found and deep and role != "with" and \
                        frame.predicate not in ("threatens", "fightsAgainst"):
                    # "airstrikes ON militant hideouts IN Afghanistan": the place of a
                    # target nobody names (but "warned AGAINST intervention IN Niger"
                    # cautions others, and threatens no place; and "fought AGAINST rebels
                    # IN Syria" is no war with Syria)
                    found = self._target_place(objs)
                elif found and role == "on" and frame.predicate == "attacks":
                    # "air strikes ON Hezbollah POSITIONS in southern Lebanon": the owner,
                    # and the place too (as for "struck Houthi targets across Yemen")
                    proxies = [t for t in objs if lemma_of(t) in self.proxies
                               or lemma_of(t) in self.victims]
                    found += self._owned_target_places(found, proxies)
                    found += self._towns_in(found, objs)
                elif not found and role in ("to", "into", "at") and frame.theme is not None:
                    # "sent troops INTO the buffer zone ON the Golan Heights": the place of
                    # a destination nobody names
                    found = self._target_place(objs, preps=("on", "in", "inside"), settled=False)
            if frame.predicate not in _JUDGEMENTS:
                # "travelled to Jakarta ..., HIS first trip abroad": a deed names its doer
                # for judgements only; other frames look on to their next role
                found = [a for a in found if a.via != "conduct"]
            if found:
                return found
        return []

    def _fought_abroad(self, trig: Token, frame: Frame, subjects: list[Arg]) -> bool:
        """Whether states that "went to war" or "are at war" did so in a third state:
        "Britain and the United States went to war IN IRAQ" were no enemies of each other
        (but "India and Pakistan went to war in Kashmir" were; and the verb is left alone:
        "Israel and Iran have long FOUGHT a shadow war in Syria")."""
        if frame.predicate != "fightsAgainst" or trig.pos_ != "NOUN":
            return False
        sides = {a.ref.entity.iri for a in subjects}
        return any(a.ref.entity.type == "Country" and a.ref.entity.iri not in sides
                   for a in self._args(self.prep_objects(self._prep_heads(trig, frame),
                                                         ["in", "inside"])))

    def _unnamed_party(self, trig: Token, frame: Frame) -> bool:
        """Whether the other side of a symmetric event is someone the text does not name:
        "Kamikawa and Kihara signed the agreement WITH THEIR PHILIPPINE COUNTERPARTS" (the
        two are one side, not each other's)."""
        return any(o.pos_ == "PRON" or lemma_of(o) in self.pair_people
                   or lemma_of(o) in self.pair_parties or lemma_of(o) in self.proxies
                   for o in self.prep_objects(self._prep_heads(trig, frame), ["with"]))

    @staticmethod
    def included(tokens: list[Token]) -> list[Token]:
        """The ones a group is said to include: "Western states, INCLUDING France"."""
        return [o for t in tokens for c in t.children
                if c.dep_ == "prep" and c.lower_ == "including"
                for o in c.children if o.dep_ == "pobj"]

    def _targets(self, frame: Frame, tokens: list[Token]) -> list[Token]:
        """Add the ones a group is said to include ("sanctioned three Turkish ministers,
        INCLUDING Hulusi Akar"); drop the people a sanction names by their office:
        sanctions on "Russian OFFICIALS" target those people, not Russia."""
        tokens = tokens + self.included(tokens)
        # "hit camps USED BY Lashkar-e-Taiba", "facilities OPERATED BY Saudi Aramco": whose
        # the unnamed targets are
        tokens += [o for t in tokens if lemma_of(t) in self.proxies for c in t.children
                   if c.dep_ == "acl" and lemma_of(c) in _HOLDING_VERBS
                   for o in self.prep_objects([c], ["by"])]
        if frame.predicate != "sanctions":
            return tokens
        # "sanctions on RUSSIA's oil companies": their state (but "on Venezuela's state oil
        # company, PDVSA" names the company that is hit)
        tokens += [c for t in tokens if lemma_of(t) in self.sanction_targets
                   and not any(a.dep_ == "appos" and self.index.at(a) is not None
                               for a in t.children)
                   for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                   and self.index.at(c) is not None]
        return [t for t in tokens if lemma_of(t) not in self.person_proxies]

    def _judged(self, verb: Token, words: frozenset[str]) -> list[Token]:
        """The subjects of the clauses of ``verb`` that call them one of ``words``: "X
        said Russia's attack WAS A WAR CRIME" (a copula), "said Israel WAS COMMITTING
        GENOCIDE" (a deed), not denied ("was not a crime") nor hedged ("could be")."""
        out: list[Token] = []
        for c in verb.children:
            if c.dep_ != "ccomp" or any(
                    x.dep_ == "neg" or (x.dep_ == "aux" and x.lower_ in self.hedge_modals)
                    for x in c.children):
                continue
            if lemma_of(c) == "be":
                said = [x for x in c.children if x.dep_ in ("attr", "acomp")]
            elif lemma_of(c) in self.deed_verbs:
                said = [x for x in c.children if x.dep_ == "dobj"]
            else:
                continue
            if any(lemma_of(t) in words for x in said for t in list(x.subtree)[:6]):
                out += [x for x in c.children if x.dep_ == "nsubj"]
        return out

    def _retribution(self, verb: Token) -> bool:
        """Whether a clause says its subject is to suffer: "X WOULD PAY A HEAVY PRICE",
        "X will face consequences", "X will regret it" (not "X would not pay the debt")."""
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        if lemma_of(verb) in self.retribution_passives and self.is_passive(verb) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                for c in verb.children):
            # "Israel WILL BE PUNISHED", "they will be HELD accountable"
            return lemma_of(verb) != "hold" or any(
                c.lower_ in ("accountable", "responsible") for c in verb.children)
        if lemma_of(verb) not in self.retribution_verbs:
            return False
        if lemma_of(verb) in ("regret", "suffer"):
            # (to come: "X WILL regret it"; not "NATO deeply REGRETTED the loss of life")
            return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "'d")
                       for c in verb.children)
        return any(c.dep_ == "dobj" and lemma_of(c) in self.retribution_nouns
                   for c in verb.children)

    def _office_holder(self, noun: Token, owners: list[Arg]) -> MentionRef | None:
        """The person "the U.S. PRESIDENT", "the Israeli PRIME MINISTER" or "the Russian
        LEADER" is: the one head of state (or of government) of that state the document
        names (none for "a U.S. president", "the former president")."""
        lemma = lemma_of(noun)
        if lemma not in ("president", "leader", "minister") or len(owners) != 1 or \
                owners[0].ref.entity.type != "Country" or not self.office_holders:
            return None
        words = {c.lower_ for c in noun.children}
        if "the" not in words or words & _NOT_SITTING:
            return None
        if lemma == "minister":
            if "prime" not in words:
                return None
            kinds = ("HeadOfGovernment",)
        elif lemma == "president":
            kinds = ("HeadOfState",)
        else:
            kinds = ("HeadOfState", "HeadOfGovernment")
        state = owners[0].ref.entity.iri
        for kind in kinds:
            iri = self.office_holders.get((state, kind))
            if iri:
                return self.first_ref(iri)
        return None

    def _remote(self, trig: Token) -> bool:
        """Whether talks are told as held at a distance: "spoke BY PHONE", "spoke ... IN A
        PHONE CALL", "OVER the telephone", "VIA video link", "held TELEPHONE talks", "met
        VIRTUALLY", "speaking AT A VIDEO news conference with"."""
        words = self.remote_words
        near = [c for c in trig.children if c.dep_ in ("compound", "amod", "advmod", "npadvmod")]
        for c in trig.children:
            # ("spoke BY phone" after a conjunction may be parsed as a passive's agent)
            if c.dep_ in ("prep", "agent") and \
                    c.lower_ in ("by", "over", "via", "in", "on", "through", "at"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        near.append(o)
                        near += [m for m in o.children if m.dep_ in ("compound", "amod")]
        return any(lemma_of(t) in words or t.lower_ in words for t in near)

    def earlier_sanctions(self, trig: Token) -> tuple[list[Arg], bool]:
        """Who imposed the sanctions told in the sentence before ``trig``'s, and whether
        they fell on people that sentence counts but does not name ("sanctions ON 10
        EUROPEANS and four entities", "SANCTIONED seven Russian OFFICIALS")."""
        i = self._sentence_number(self.index.sent(trig))
        if not i:
            return [], False
        verbs = self.lexicon.event_verbs.get("sanctions", frozenset())
        nouns = self.lexicon.event_nouns.get("sanctions", frozenset())
        for prev in self._sentences()[i - 1]:
            if prev.pos_ == "VERB" and lemma_of(prev) in verbs and not self.is_passive(prev) \
                    and not any(lemma_of(t) in nouns for t in self.patient_tokens(prev)):
                agents = [a for t in self.agent_tokens(prev) for a in self.resolve(t)]
                targets = self.patient_tokens(prev)
            elif prev.pos_ == "NOUN" and lemma_of(prev) in nouns:
                agents = self._noun_agent(prev, [], 1)
                targets = self.prep_objects([prev], ["on", "against"])
            else:
                continue
            targets = [x for t in targets for x in (t, *t.conjuncts)]
            if agents:
                # ("10 EUROPEANS": a people's name counted is no name of one)
                return agents, any(t.tag_ in ("NNS", "NNPS")
                                   and any(c.like_num for c in t.children)
                                   and (self.index.at(t) is None
                                        or self.index.at(t).mention.demonym)
                                   for t in targets)
        return [], False

    def _earlier_sanctioner(self, trig: Token, *, near: bool = False) -> list[Arg]:
        """Who imposed the sanctions told last before ``trig``'s sentence: "The EU IMPOSED
        SANCTIONS on Iran", "the United States SANCTIONED Iran" (with ``near``, only in
        the two sentences before it)."""
        verbs = self.lexicon.event_verbs.get("sanctions", frozenset())
        nouns = self.lexicon.event_nouns.get("sanctions", frozenset())
        start = trig.sent.start
        if near:
            i = self._sentence_number(self.index.sent(trig))
            sents = self._sentences()
            start_from = sents[max(i - 2, 0)].start if i is not None else start
        else:
            start_from = 0
        for prev in reversed(self.index.doc[start_from:start]):
            if prev.pos_ == "VERB" and lemma_of(prev) in verbs and not self.is_passive(prev):
                return [a for t in self.agent_tokens(prev) for a in self.resolve(t)]
            if prev.pos_ == "NOUN" and lemma_of(prev) in nouns and \
                    lemma_of(prev) in ("sanction", "embargo", "blacklist"):
                found = self._noun_agent(prev, [], 1)
                if found:
                    return found
        return []

    def _owned_target_places(self, found: list[Arg], targets: list[Token]) -> list[Arg]:
        """The places "in" which targets lie whose owner is ``found`` (those not found
        already). A place they are only "near" is no target when their owner is named:
        "stormed ISRAELI communities NEAR Gaza" attacked Israel, not Gaza."""
        places = self._target_place(
            targets, preps=("in", "inside", "across", "around") if found else
            ("in", "inside", "across", "around", "near"))
        return [a for a in places if a.ref.entity.iri not in {f.ref.entity.iri for f in found}]

    def _towns_in(self, found: list[Arg], targets: list[Token]) -> list[Arg]:
        """The places "in" which unnamed towns or areas that were attacked lie: "shelled
        TOWNS and military positions INSIDE Armenia" (not "the town of Bunagana in North
        Kivu", a town the text names, nor "areas NEAR Goris")."""
        towns = [t for t in targets if lemma_of(t) in self.settlements
                 and not self.resolve(t, conj=False)]
        seen = {f.ref.entity.iri for f in found}
        return [a for a in self._target_place(towns, preps=("in", "inside", "across"))
                if a.ref.entity.iri not in seen]

    def _target_place(self, targets: list[Token], *,
                      preps: tuple[str, ...] = ("in", "inside", "across", "around", "near"),
                      settled: bool = True) -> list[Arg]:
        """Return the country or (settled) place "in" which unnamed ``targets`` lie (``via``
        "place": where the targets were, not who was attacked or went)."""
        # "fired missiles at the headquarters OF the intelligence SERVICE in Baghdad": the
        # place of an unnamed target's unnamed owner
        targets = list(targets) + [c for t in targets for c in t.conjuncts if c not in targets
                                   and c.pos_ == "NOUN" and self.index.at(c) is None]
        owners = [o for o in self.prep_objects(targets, ["of"])
                  if o.pos_ == "NOUN" and self.index.at(o) is None]
        where = self.prep_objects(targets + owners, list(preps))
        # "struck camps in Afghanistan and a FACTORY in Khartoum": a further target the
        # parser joined to the place before it
        more = [c for w in where for c in w.conjuncts
                if c.pos_ == "NOUN" and self.index.at(c) is None]
        where += self.prep_objects(more, list(preps))
        # "struck targets across Yemen, INCLUDING in Sanaa", "attacked communities in
        # southern Israel INCLUDING Kibbutz Be'eri"
        where += self.included(targets)
        where += self.prep_objects([c for t in targets for c in t.children
                                    if c.dep_ == "prep" and c.lower_ == "including"],
                                   list(preps))
        return [Arg(a.ref, "place", a.text)
                for a in self._args(where)
                if a.ref.entity.type == "Country" or (
                    a.ref.entity.type == "Place" and (
                        not settled or a.ref.entity.kind in _SETTLED_KINDS))]
