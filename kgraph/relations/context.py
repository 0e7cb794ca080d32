"""What relation rules need to know about a claim: entities, negation, hedges, sources, dates.

:class:`EntityIndex` maps tokens to the entity mentions they belong to.
:func:`claim_context` reads the words around a rule's trigger, in the dependency tree:

- **negation** — "did NOT send", "NO troops were sent", "DENIED sending", "WITHOUT
  attacking": the claim is not asserted at all;
- **intent** — "THREATENED to invade", "CALLED FOR talks", "AGREED to send", "WILL
  meet", "IF Russia attacks": a hedge too, and the event predicates in the lexicon's
  ``happened_only`` are not asserted (nor, under a verb of intent, the act of any verb
  frame: "APPLIED to join NATO" makes no member; see ``extract_relations``);
- a clause of time, reason or concession ("WHEN Hamas attacked", "AS LONG AS the
  offensive continued") states its own claim: the negation and hedges of the clause
  above do not reach into it;
- **hedges** — modal auxiliaries ("MAY be deployed"; a future one on an event is intent
  above), hedging adverbs ("REPORTEDLY"), governing verbs of beliefs ("SUSPECTED of
  supplying"; of plans, intent above), conditionals, questions, and claims reported by
  unnamed sources ("OFFICIALS SAID"): the claim is kept, flagged and its confidence
  lowered;
- **attribution** — "ACCORDING TO Business Insider", "The Moscow Times REPORTED that":
  who the text says made the claim;
- **date** — a date in the trigger's clause, else in the sentence, else the document's.

The word lists live in ``data/lexicon.toml`` (``[context]``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from ..model import Document, Entity, Mention
from ..nlp import source_text

__all__ = [
    "ClaimContext",
    "EntityIndex",
    "MentionRef",
    "claim_context",
    "find_date",
    "is_infinitive",
]


@dataclass(frozen=True, slots=True)
class MentionRef:
    """An entity mention located in the parsed document's tokens."""

    entity: Entity
    mention: Mention
    span: Span


class EntityIndex:
    """Tokens → entity mentions, for one parsed document.

    Examples:
        >>> import spacy
        >>> from kgraph.model import Entity, Mention
        >>> doc = spacy.blank("en")("Kursk is in Russia.")
        >>> ru = Entity("x:ru", "Country", "Russia",
        ...             mentions=(Mention("d", 12, 18, "Russia", "Country"),))
        >>> EntityIndex(doc, [ru]).at(doc[3]).entity.label
        'Russia'
    """

    def __init__(self, sdoc: Doc, entities: Sequence[Entity], *,
                 text: str | None = None) -> None:
        self.doc = sdoc
        self.by_token: dict[int, MentionRef] = {}
        self.refs: list[MentionRef] = []
        self.entities: dict[str, Entity] = {}
        for entity in entities:
            self.entities[entity.iri] = entity
            for m in entity.mentions:
                span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                ref = MentionRef(entity, m, span)
                self.refs.append(ref)
                for t in span:
                    self.by_token.setdefault(t.i, ref)
        self.refs.sort(key=lambda r: r.span.start)
        self._ref_starts = [r.span.start for r in self.refs]
        self._dates: tuple[list[int], list[Span]] | None = None
        self._text: str | None = source_text(sdoc, text) if text is not None else None
        self._sents: list[Span] | None = None
        self._starts: list[int] = []
        self._sentence_info: dict[int, tuple[Token | None, list[Span]]] = {}
        self._named: set[str] | None = None

    @property
    def text(self) -> str:
        """The document's text (joined once: ``Doc.text`` rebuilds it on every call)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    @property
    def sentences(self) -> list[Span]:
        """The document's sentences (computed once, from the sentence-start array)."""
        if self._sents is None:
            doc = self.doc
            starts = numpy.flatnonzero(numpy.ravel(doc.to_array(SENT_START)) == 1).tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            self._starts = starts
            ends = [*starts[1:], len(doc)]
            self._sents = [doc[a:b] for a, b in zip(starts, ends, strict=True)]
        return self._sents

    def sent(self, token: Token) -> Span:
        """Return the sentence of ``token`` (cheaper than ``token.sent`` when asked often)."""
        sents = self.sentences
        return sents[bisect.bisect_right(self._starts, token.i) - 1]

    def is_named(self, iri: str) -> bool:
        """Return whether the document names the entity (not only by a demonym)."""
        if self._named is None:
            self._named = {r.entity.iri for r in self.refs if not r.mention.demonym}
        return iri in self._named

    def at(self, token: Token) -> MentionRef | None:
        """Return the mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def in_span(self, span: Span) -> list[MentionRef]:
        """Return the mentions that lie inside ``span``, in order."""
        out = []
        for k in range(bisect.bisect_left(self._ref_starts, span.start), len(self.refs)):
            ref = self.refs[k]
            if ref.span.start >= span.end:
                break
            if ref.span.end <= span.end:
                out.append(ref)
        return out

    def dates_in(self, span: Span) -> list[Span]:
        """Return the DATE entities inside ``span`` (``Span.ents`` scans the whole document)."""
        if self._dates is None:
            dates = [e for e in self.doc.ents if e.label_ == "DATE"]
            self._dates = ([e.start for e in dates], dates)
        starts, dates = self._dates
        out = []
        for k in range(bisect.bisect_left(starts, span.start), len(dates)):
            if dates[k].start >= span.end:
                break
            if dates[k].end <= span.end:
                out.append(dates[k])
        return out


_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+)?(?P<mon>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+(?P<d2>\d{1,2}),?)?\s+(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?P<yo>(?:19|20)\d\d)\b"
)
_MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December"
    .split(), 1)}


def find_date(text: str) -> str | None:
    """Return the first date in ``text`` as ISO 8601 (``YYYY``, ``YYYY-MM`` or full).

    Examples:
        >>> find_date("coming in late April 2025.")
        '2025-04'
        >>> find_date("appointed on 9 November 2012")
        '2012-11-09'
        >>> find_date("a pact with Russia in 2024")
        '2024'
        >>> find_date("in the 1990s") is None
        True
    """
    m = _DATE.search(text)
    if not m:
        return None
    if m.group("yo"):
        return m.group("yo")
    year, month = m.group("y"), _MONTHS[m.group("mon")]
    day = m.group("d1") or m.group("d2")
    if day and not 1 <= int(day) <= 31:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"


@dataclass(frozen=True, slots=True)
class ClaimContext:
    """How the text states one claim.

    ``hedge`` is the hedging cue ("reportedly", "may", "officials said") or None;
    ``intended`` the verb of intent that governs it ("THREATENED to invade", "CALLED FOR
    talks"), whose claim is an aim, not an event that happened (or the modal or
    conditional that makes it one: "WILL meet", "IF Russia attacks"); ``aimed`` says it
    is a verb of intent ("APPLIED to join"), not a modal or a conditional; ``decided``
    that the verb of intent is a decision ("AGREED to impose sanctions");
    ``attributed_to`` names the claim's source and ``attributed_iri`` is its entity when
    the source is one.
    """

    negated: bool = False
    hedge: str | None = None
    intended: str | None = None
    aimed: bool = False
    decided: bool = False
    attributed_to: str | None = None
    attributed_iri: str | None = None
    date: str | None = None


#: Dependencies that make a noun phrase an argument of the verb above it.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "pobj",
                            "npadvmod", "agent"})


#: Words that open an adverbial clause stating its own claim (time, reason, concession):
#: what the main clause negates or hedges does not reach into it.
_OWN_CLAIM = frozenset({"as", "when", "while", "whilst", "after", "before", "because",
                        "since", "although", "though", "until", "once", "whereas",
                        "whenever"})


def _path(trigger: Token, *, phrase: bool = False) -> list[Token]:
    """The trigger and its ancestors up to the sentence root.

    The path stops at a relative clause, which states its own claim. With ``phrase``
    it stops at the noun phrase the trigger belongs to: what a
    title or an apposition says ("NORTH KOREAN LEADER Kim Jong Un did not attend") holds
    whatever the verb above it says. A predicate noun ("Kim is not THE LEADER of ...",
    "never served AS PRESIDENT of ...") stays under its verb.
    """
    out = [trigger]
    t = trigger
    for _ in range(40):
        if t.head.i == t.i or t.dep_ == "relcl":
            # a relative clause states its own claim: "Russia, which HAS TROOPS in Syria,
            # stopped short of criticising Turkey" still has troops there
            break
        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ", "VBP") and t.head.dep_ == "xcomp" \
                and t.head.tag_ == "VB" and t.head.head.i != t.head.i:
            # "Maduro has refused to meet González and ACCUSED the United States": a finite
            # verb joined to an infinitive goes with the verb that governs the infinitive,
            # not under it (the parser hangs it on "meet")
            t = t.head.head
            continue
        if phrase and t.dep_ in _ARGUMENT_DEPS and (
                t.head.pos_ in ("VERB", "AUX")
                or (t.dep_ == "pobj" and t.head.head.pos_ in ("VERB", "AUX")
                    and t.head.lower_ != "as")):
            break
        t = t.head
        out.append(t)
    return out


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


#: Nouns that sum up the claim before them in a tail that denies it: "X did Y, A CHARGE
#: Caracas denied".
_CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})


def _own_clause(verb: Token) -> bool:
    """Whether a verb joined to another ("... and CALLED") has a tense or subject of its
    own, so that the other's "not" does not reach it ("did not send troops or SUPPLY
    arms" shares it)."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children))


def _denial_tail(governor: Token, below: Token) -> bool:
    """Whether ``governor`` ("denied") is in a tail after the clause ``below`` that the
    parser hung on it: "Duque accused Venezuela of sheltering rebels, A CHARGE Caracas
    DENIED" states the accusation; only its truth is denied."""
    return below.dep_ == "ccomp" and below.i < governor.i and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _lemma(c) in _CLAIM_NOUNS and
        c.i < governor.i and c.i > below.i for c in governor.children)


def is_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive ("TO JOIN the coalition")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _intends(governor: Token, below: Token, governors: frozenset[str]) -> bool:
    """Is ``governor`` a verb of intent over the claim reached through ``below``?

    ``governors`` holds lemmas ("threaten") and lemma-preposition pairs ("call for"):
    "THREATENED to invade Taiwan", "CALLED FOR talks with India", but not "CALLED it a
    breach".
    """
    lemma = _lemma(governor)
    if below.dep_ == "prep" and f"{lemma} {below.lower_}" in governors:
        return True
    # ('threatened to "totally DESTROY" Turkey's economy': an infinitive the parser hung
    # as an adverbial clause)
    return lemma in governors and (below.dep_ in ("xcomp", "ccomp", "acl") or (
        below.dep_ == "advcl" and is_infinitive(below)))


_TALKED_OF = frozenset({"on", "about", "over", "for", "toward", "towards", "of", "to"})


def _unrealised(trigger: Token, ctx: object) -> str | None:
    """The word that makes an event noun one not (yet) made, if any.

    "a PROPOSED truce", "China PROPOSED a ceasefire between Russia and Ukraine", "TALKS
    on a peace agreement between Armenia and Azerbaijan": the agreement is no event.
    """
    for c in trigger.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in ctx.unrealised_modifiers:
            return c.text
    noun = trigger
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "sought talks and A TRUCE with Israel"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and \
            _lemma(head) in ctx.intent_objects:
        return head.text
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "ahead":
        return "ahead of"  # "freed prisoners AHEAD OF talks between X and Y": to come
    if noun.dep_ == "pobj" and head.lower_ in _TALKED_OF and head.dep_ == "prep" and \
            head.head.pos_ == "NOUN" and _lemma(head.head) in ctx.unrealised_heads:
        return head.head.text
    return None


def _source(token: Token, index: EntityIndex | None) -> tuple[str, str | None, bool]:
    """Name the source phrase headed by ``token``: (text, entity IRI, is it named)."""
    span = token.doc[token.left_edge.i:token.right_edge.i + 1]
    if index is not None:
        head = index.at(token)
        refs = index.in_span(span) if len(span) <= 12 else []
        # "NATO Secretary General Mark Rutte said": the speaker is the head, Rutte.
        for ref in ([head] if head is not None else []) + refs:
            if ref.entity.type in ("Organization", "Person", "Country") and not ref.mention.demonym:
                return ref.entity.label, ref.entity.iri, True
    text = span.text.strip()
    if len(text) > 80:
        text = token.text
    named = any(t.pos_ == "PROPN" for t in span)
    return text, None, named


def claim_context(trigger: Token, *, lexicon_context: object, index: EntityIndex | None = None,
                  document: Document | None = None, phrase: bool = False,
                  referent: Callable[[Token], MentionRef | None] | None = None) -> ClaimContext:
    """Read negation, hedges, attribution and date of the claim ``trigger`` anchors.

    Args:
        trigger: the word a rule fired on (a verb, a title noun, a comma in a list).
        lexicon_context: the :class:`~kgraph.relations.lexicon.ContextWords` to use.
        index: the document's entity index (to name sources by their entity).
        document: the source document (its date is the fallback date).
        phrase: the claim is stated inside a noun phrase (a title, an apposition, an
            address): the verb the phrase is an argument of neither negates nor hedges
            it ("North Korean leader Kim Jong Un may visit Russia").
        referent: the entity a pronoun or a definite noun refers back to (see
            :meth:`kgraph.relations.syntax.Arguments.referent`): "HE said", "THE GROUP
            said" attribute the claim to it.
    """
    ctx = lexicon_context
    path = _path(trigger, phrase=phrase)
    sent = index.sent(trigger) if index is not None else trigger.sent
    negated = False
    hedge: str | None = None
    intended: str | None = None
    aimed = False
    decided = False
    attributed: str | None = None
    attributed_iri: str | None = None
    # Negation on the trigger or anything that governs it; not across a subordinate
    # clause of time, reason or concession, which states its own claim ("would not stop
    # its attacks AS LONG AS Israel's offensive continued": the offensive goes on).
    scope = path
    for k in range(1, len(path)):
        if k == 1 and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
                _lemma(path[k]) == "end":
            # "wants to END ITS WAR with the Houthis", "did not end the war": the war was
            # fought whatever is said of its end
            scope = path[:k]
            break
        if path[k - 1].dep_ == "acl" and path[k - 1].tag_ == "VBN" and \
                path[k].pos_ in ("NOUN", "PROPN"):
            # "the U.S. troops STATIONED in South Korea were NOT part of the discussion": a
            # participle on a noun tells what is so of it, whatever the clause says
            scope = path[:k]
            break
        if path[k - 1].dep_ == "relcl" and path[k].pos_ in ("NOUN", "PROPN"):
            # "Tehran REFUSED to talk to the United States, WHICH REIMPOSED sanctions": a
            # relative clause states its own claim
            scope = path[:k]
            break
        if path[k - 1].dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _OWN_CLAIM
                for c in path[k - 1].children):
            scope = path[:k]
            break
        if k >= 2 and path[k - 1].dep_ == "advcl" and path[k - 1].tag_ == "VBG" and \
                _lemma(path[k - 1]) in ctx.reporting_verbs | {"point"} and \
                path[k - 2].dep_ == "ccomp" and \
                not any(c.dep_ == "mark" for c in path[k - 1].children):
            # "insisted its support HAD NOT CHANGED, POINTING OUT that Abbas held talks
            # with Modi": what the participle reports is its own claim, not negated
            scope = path[:k]
            break
    for k, t in enumerate(scope):
        if k and _own_clause(path[k - 1]):
            # "Iran had NOT carried out the strikes and CALLED the claims meaningless":
            # a verb joined with a tense of its own is not under the first one's "not"
            continue
        for c in t.children:
            if phrase and c.lower_ in ("neither", "nor"):
                continue  # "NEITHER Cameroonian President Paul Biya NOR ... attended"
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj")
                                   and c.lower_ in ctx.negators and c.lower_ != "without"):
                negated = True
        if k and _lemma(t) in ("have", "be") and path[k - 1].dep_ == "xcomp" and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in t.children):
            negated = True  # "Israel and Hamas HAVE YET TO agree on a ceasefire"
        if k and _lemma(t) in ctx.negating_governors and path[k - 1].dep_ != "advcl" and \
                t.pos_ != "PROPN" and not _denial_tail(t, path[k - 1]):
            negated = True  # (not a name: "U.N. Secretary-General BAN Ki-moon")
        if k and t.lower_ == "without" and t.dep_ == "prep":
            negated = True
        if k and t.lower_ in ("against", "from") and t.dep_ == "prep" and \
                path[k - 1].dep_ == "pcomp":
            negated = True  # "warned NATO AGAINST sending troops", "barred FROM sending"
    # "No troops were sent": a negating determiner on the theme; "any deal between X
    # and Y would ...": a claim about no deal in particular.
    for c in [trigger, *trigger.children]:
        if c.i == trigger.i or c.dep_ in ("dobj", "nsubjpass", "nsubj"):
            if any(d.dep_ == "det" and d.lower_ in ctx.non_specific
                   and not (phrase and d.lower_ == "neither") for d in c.children):
                negated = True
    # Hedges in scope.
    for k, t in enumerate(scope):
        if intended is None and k and _lemma(t) == "be" and t.pos_ in ("AUX", "VERB") and (
                (k == 1 and path[0].dep_ == "xcomp" and is_infinitive(path[0])) or (
                    trigger.pos_ == "NOUN" and path[k - 1].dep_ in ("nsubj", "nsubjpass")
                    and any(c.dep_ == "xcomp" and is_infinitive(c) for c in t.children))):
            # "Putin IS TO visit India", "the treaty IS TO be signed", "peacekeepers ARE TO
            # be deployed": an arrangement yet to be carried out
            intended = t.text
        if intended is None and t.tag_ == "VBG" and _lemma(t) in ctx.en_route_verbs and (
                k == 0 or (trigger.pos_ == "NOUN" and (
                    k == 1 or (k == 2 and path[1].lower_ == "for")))) and any(
                c.dep_ == "aux" and _lemma(c) == "be" for c in t.children):
            # "HAD BEEN FLYING to Washington for talks": a journey under way
            intended = t.text
            hedge = hedge or t.text
        for c in t.children:
            if c.dep_ in ("aux", "auxpass") and (
                    c.lower_ in ctx.hedge_modals or _lemma(c) in ctx.hedge_modals):
                hedge = hedge or c.lower_
                if c.lower_ in ctx.intent_modals and intended is None and (
                        k == 0 or (trigger.pos_ == "NOUN" and (
                            k == 1 or (k == 2 and path[1].lower_ == "for")))
                        or (k == 1 and path[0].dep_ in ("xcomp", "advcl")
                            and is_infinitive(path[0]))):
                    # "Rice WOULD travel to France", "WILL hold talks with", "he WILL
                    # travel to Paris for talks with Macron", "WOULD send jets TO JOIN the
                    # coalition": to come
                    intended = c.text
                elif c.lower_ in ctx.trip_modals and k == 0 and intended is None and \
                        trigger.pos_ == "VERB" and _lemma(trigger) in ctx.trip_verbs and \
                        not any(a.dep_ == "aux" and _lemma(a) == "have"
                                for a in trigger.children):
                    # "MAY visit Northern Ireland later this year": a trip to come
                    intended = c.text
            elif c.dep_ in ("advmod", "npadvmod") and c.lower_ in ctx.hedge_adverbs:
                hedge = hedge or c.lower_
            elif c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                hedge = hedge or c.lower_
                intended = intended or c.text  # "IF Russia attacks Poland": not an event
            elif c.dep_ == "acomp" and k and _lemma(t) == "be" and \
                    path[k - 1].dep_ == "prep" and _lemma(c) in ctx.intent_governors:
                # "Biden HAD BEEN DUE to travel to Amman FOR a summit with ...": the parser
                # hangs the purpose on "been"; the summit was to come
                hedge = hedge or c.text
                if intended is None:
                    intended, aimed = c.text, True
            elif c.dep_ == "mark" and c.lower_ == "for" and (
                    k == 0 or (k == 1 and trigger.pos_ == "NOUN")) and is_infinitive(t):
                # "paves the way FOR Finland and Sweden TO JOIN NATO", "time FOR Russia TO
                # withdraw": a clause with its own subject, of what is yet to be
                hedge = hedge or c.lower_
                if intended is None:
                    intended, aimed = c.text, True
        if k and (_lemma(t) in ctx.hedge_governors or _lemma(t) in ctx.hedge_words or (
                path[k - 1].dep_ == "prep"
                and f"{_lemma(t)} {path[k - 1].lower_}" in ctx.intent_governors)) and \
                path[k - 1].dep_ != "conj" and not (
                    # (an infinitive the parser hung as an adverbial clause is one:
                    # 'threatened to "totally DESTROY" Turkey's economy')
                    path[k - 1].dep_ == "advcl" and not is_infinitive(path[k - 1])
                ) and not (
                    _lemma(t) == "agree" and trigger.pos_ == "NOUN"
                    and path[k - 1].dep_ not in ("xcomp", "ccomp")):
            # (but "AGREED TO a ceasefire", "AGREED a new package of sanctions" is the
            # agreement made, not one planned; and "Kuwait OFFERED to mediate, and its emir
            # flew to Jeddah" governs no flight)
            hedge = hedge or t.text
            if intended is None and _intends(t, path[k - 1], ctx.intent_governors):
                intended, aimed = t.text, True
                decided = _lemma(t) in ctx.decision_verbs
    # "the ALLEGED attack on X", "a SUSPECTED Israeli strike ... killed seven officers":
    # a hedging adjective on the event noun, or on the noun that is the act's subject
    for n in [trigger, *(c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass"))]:
        for m in n.children:
            if m.dep_ in ("amod", "advmod") and m.i < n.i and (
                    m.lower_ in ctx.hedge_words or m.lower_ in ctx.hedge_adverbs):
                hedge = hedge or m.text
    if intended is None and trigger.pos_ == "NOUN":
        intended = _unrealised(trigger, ctx)
        hedge = hedge or intended
    # Reported speech: the claim sits under a reporting verb.
    for k, t in enumerate(path[1:], 1):
        if _lemma(t) not in ctx.reporting_verbs or t.pos_ not in ("VERB", "AUX"):
            continue
        below = path[k - 1]
        if below.dep_ not in ("ccomp", "parataxis", "xcomp"):
            continue  # "X announced sanctions" is X's act, not X's report of it
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        text, iri, named = _source(subj, index)
        if iri is None and referent is not None:
            # "HE said", "THE GROUP said": the speaker named before, when known
            ref = referent(subj)
            if ref is not None:
                text, iri, named = ref.entity.label, ref.entity.iri, True
        anonymous = _lemma(subj) in ctx.anonymous_sources or not named
        if iri is None and subj.lower_ in ("he", "she", "they", "it", "we", "i"):
            break
        if anonymous and iri is None:
            hedge = hedge or f"{subj.text} {t.text}"
        else:
            attributed, attributed_iri = text, iri
        if _lemma(t) in ctx.hedge_governors:
            hedge = hedge or t.text
        break
    # "According to X", "citing X": the whole sentence is attributed.
    according, dates = _sentence_info(sent, index)
    if attributed is None and according is not None:
        text, iri, named = _source(according, index)
        if named or iri:
            attributed, attributed_iri = text, iri
        elif _lemma(according) in ctx.anonymous_sources:
            hedge = hedge or f"according to {according.text}"
    if sent.text.rstrip().endswith("?"):
        hedge = hedge or "?"
    return ClaimContext(
        negated=negated,
        hedge=hedge,
        intended=intended,
        aimed=aimed,
        decided=decided,
        attributed_to=attributed,
        attributed_iri=attributed_iri,
        date=_claim_date(trigger, dates) or (document.date if document else None),
    )


def _sentence_info(sent: Span, index: EntityIndex | None) -> tuple[Token | None, list[Span]]:
    """The source of "according to X" / "citing X" in a sentence, and its DATE entities."""
    if index is not None and sent.start in index._sentence_info:
        return index._sentence_info[sent.start]
    source = None
    text = sent.text
    for t in sent if ("ccording" in text or "citing" in text) else ():
        if t.lower_ in ("according", "citing"):
            if t.lower_ == "according":
                to = next((c for c in t.children if c.lower_ == "to"), None)
                if to is None and t.i + 1 < sent.end and t.nbor().lower_ == "to":
                    to = t.nbor()
                if to is not None:
                    source = next((c for c in to.children if c.dep_ == "pobj"), None)
            else:
                source = next((c for c in t.children if c.dep_ in ("dobj", "pobj")), None)
            break
    info = (source, index.dates_in(sent) if index is not None
            else [e for e in sent.ents if e.label_ == "DATE"])
    if index is not None:
        index._sentence_info[sent.start] = info
    return info


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis"})


def _clause_head(token: Token) -> Token:
    """The head of the smallest clause ``token`` is in."""
    t = token
    for _ in range(40):
        if t.dep_ in _CLAUSES or t.head.i == t.i:
            return t
        t = t.head
    return t


def _claim_date(trigger: Token, dates: list[Span]) -> str | None:
    """The first date in the trigger's own clause ("deployed ... IN OCTOBER 2024").

    A date in another clause of the sentence ("... with the first acknowledgment coming
    in April 2025", "born 8 September 1955", "who has been leader since 2011") dates
    something else.
    """
    if not dates:
        return None
    clause = _clause_head(trigger)
    for ent in dates:
        if _clause_head(ent.root).i == clause.i:
            value = find_date(ent.text)
            if value:
                return value
    return None
