"""Typed relations and events between resolved entities, each backed by evidence.

The entry point is :func:`extract_relations`. It sees one parsed document and the
entities resolved in it, and runs two kinds of rules over every sentence:

- structural dependency patterns (:mod:`.patterns`): titles, appositions, copulas,
  "city, region, country" lists, "the capital of", names of bodies;
- event frames driven by the editable lexicon (:mod:`.lexicon`,
  ``data/lexicon.toml``): verbs and nouns in active and passive voice.

Each candidate is checked against the entity types its predicate accepts and, for the
predicates the lexicon lists in ``named_arguments`` (all of them, as shipped), against the
names in the document: an entity the text refers to only by an adjective ("a RUSSIAN
politician", "PALESTINIAN President Mahmoud Abbas" in a text that never names Russia or
Palestine) is no argument of them. Candidates are then read in
context (:mod:`.context`: negated claims are dropped, hedged ones kept with a lower
confidence and a flag, attributed ones carry their source, dates attach) and merged:
one :class:`~kgraph.model.Relation` per (subject, predicate, object) with one
:class:`~kgraph.model.Evidence` per supporting sentence. Symmetric predicates
(``lexicon.symmetric``) are written once, in the direction the text first states.
``locatedIn`` and ``basedIn`` chains inside one document ("Kursk is the centre of
Kursk Oblast, Russia") add the implied link, with both sentences as evidence and a
rule named ``inferred:...``. Co-occurrence is computed apart, by :mod:`.cooccur`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..model import Document, Entity, Evidence, Relation
from ..resolve import BASE_IRI, entity_iri
from .context import ClaimContext, EntityIndex, claim_context
from .lexicon import Lexicon, find_anchors, frame_relations, load_lexicon
from .patterns import structural_relations
from .syntax import DATELINE_WINDOW, Arguments, Candidate, is_dateline

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer, GazetteerEntry

__all__ = ["EntityIndex", "extract_relations", "merge_relations"]

#: Confidence kept by a link inferred from two stated ones (times the weaker).
INFERRED_FACTOR = 0.9
#: Rules whose claim is stated inside a noun phrase (a title, an apposition, an address):
#: the verb the phrase is an argument of does not negate or hedge it.
PHRASE_RULES = ("title-", "place-", "person-", "party-", "org-", "nationality", "group-",
                "pronoun-poss", "unit-of-body", "forces-subject")
#: How many links a ``locatedIn`` / ``basedIn`` chain may add up (city → country: 2).
MAX_CHAIN_STEPS = 3


def extract_relations(
    sdoc: Doc,
    document: Document,
    entities: Sequence[Entity],
    *,
    lexicon: Lexicon | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Relation]:
    """Return the typed relations one document states between its entities.

    Args:
        sdoc: the parsed document (without a dependency parse, nothing is found).
        document: the source document (its id and date go into the evidence).
        entities: the entities resolved in this document, with their mentions.
        lexicon: the relation lexicon (default: ``data/lexicon.toml``).
        gazetteer: used to check "city, region, country" lists against known
            containment and to read place names inside organisation names.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Nothing to see.")
        >>> extract_relations(doc, Document("d", doc.text), [])
        []
    """
    if not sdoc.has_annotation("DEP"):
        return []  # every rule reads the dependency parse
    lex = lexicon if lexicon is not None else load_lexicon()
    index = EntityIndex(sdoc, entities, text=document.text)
    if len({r.entity.iri for r in index.refs}) < 2:
        return []
    args = Arguments(index, lex, capitals=_capitals_named(index, gazetteer),
                     office_holders=_office_holders_named(index, gazetteer))
    anchors = find_anchors(sdoc, lex)
    candidates = chain(
        structural_relations(sdoc, args, lex, anchors=anchors, gazetteer=gazetteer),
        frame_relations(sdoc, args, lex, anchors))
    found: dict[tuple[str, str, str], list[Evidence]] = {}
    contexts: dict[tuple[int, bool], ClaimContext] = {}
    for cand in candidates:
        made = _evidence(cand, document, index, lex, contexts, args)
        if made is None:
            continue
        key, ev = made
        if key[1] not in _WHERE_PREDICATES and (args.capitals.get(key[0]) == key[2]
                                                or args.capitals.get(key[2]) == key[0]):
            continue  # "the United States ... warned WASHINGTON": a state and its own capital
        if key[1] in lex.symmetric and key not in found and (key[2], key[1], key[0]) in found:
            key = (key[2], key[1], key[0])
        found.setdefault(key, []).append(ev)
        for rule in lex.entailments:
            if "+place" in ev.rule:
                break  # strikes on targets IN Yemen are no war with Yemen
            if rule.applies(key[1], cand.object.ref) and \
                    lex.allows(rule.implies, cand.subject.ref.entity.type,
                               cand.object.ref.entity.type) and \
                    (rule.implies not in lex.named_arguments
                     or (index.is_named(key[0]) and index.is_named(key[2]))):
                via = ev.rule[ev.rule.find("+"):] if "+" in ev.rule else ""
                found.setdefault((key[0], rule.implies, key[2]), []).append(
                    replace(ev, rule=f"entailed:{rule.predicate}{via}"))
    if any(p in ("visits", "meetsWith", "signsAgreementWith") for _s, p, _o in found):
        home = _homes(found, index.entities, gazetteer)
        _dateline_visits(found, index, home, lex.word_class("remote_words"))
        _drop_home_visits(found, index.entities, gazetteer, home)
    _drop_forces_at_home(found, index.entities, gazetteer)
    relations = [Relation(s, p, o, _unique(evs)) for (s, p, o), evs in found.items()]
    relations += _signed_for(relations, index.entities)
    return relations + _inferred(relations, index.entities)


#: Verbs whose "to" names talks yet to come ("agreed TO talks", "returned TO the table").
_TALKS_TO_COME = frozenset({"agree", "commit", "consent", "return"})

#: Predicates that may hold between a state and its own capital (an army may retake it).
_WHERE_PREDICATES = frozenset({"locatedIn", "basedIn", "partOf", "borders", "deploysForcesTo",
                               "attacks"})

#: Rules of talks that may be held at a distance ("had SPOKEN WITH Sharif"): they put no
#: one in the dateline's place.
_SPOKEN = ("frame:speak-with",)


def _dateline_visits(found: dict[tuple[str, str, str], list[Evidence]],
                     index: EntityIndex, home: Mapping[str, set[str]],
                     remote: frozenset[str]) -> None:
    """People who meet or sign with someone in a story filed from a place, where the
    sentence names no place for anyone, are in that place: "SINGAPORE (Reuters) - Trump
    and Kim shook hands ...". Cautious: only people whose own state the document or the
    gazetteer gives (those at home there are dropped after), only a meeting told in the
    active voice ("the deal was signed by X" tells where the deal was made, news
    annotators read), and no call or video link, nor talk that may have been one."""
    lines = [r for r in index.refs[:DATELINE_WINDOW]
             if is_dateline(r) and r.entity.type in ("Place", "Country")]
    if not lines:
        return
    placed = {e.start for k, v in found.items() if k[1] == "visits" for e in v}
    for (s, p, o), evs in list(found.items()):
        if p not in ("meetsWith", "signsAgreementWith"):
            continue
        evs = [ev for ev in evs if not ev.hedged and not ev.rule.startswith("entailed")
               and not ev.rule.startswith(_SPOKEN) and ev.start not in placed and _active(ev)
               and not remote & _words(_told_in(index, ev))]
        evs = [ev for ev in evs
               if not _names_a_venue(index, ev, {line.entity.iri for line in lines})]
        if not evs:
            continue
        ev = evs[0]
        for person, words in ((s, ev.subject_text), (o, ev.object_text)):
            entity = index.entities.get(person)
            if entity is None or entity.type != "Person" or not home.get(person):
                continue
            for line in lines:
                if line.entity.iri != person:
                    found.setdefault((person, "visits", line.entity.iri), []).append(replace(
                        ev, rule=f"dateline-presence:{ev.rule}", subject_text=words,
                        object_text=line.span.text, confidence=round(ev.confidence * 0.75, 3)))


def _words(text: str) -> set[str]:
    return {w.strip(".,;:'\"").lower() for w in text.split()}


def _told_in(index: EntityIndex, ev: Evidence) -> str:
    """The sentence of ``ev``, and the one before it when ``ev`` reads its people back
    from it ("X spoke BY PHONE with Y. BOTH MEN agreed to cool the situation")."""
    if "+anaphor" not in ev.rule and "+pronoun" not in ev.rule:
        return ev.sentence
    before = [s for s in index.sentences if s.end_char <= ev.start]
    return (before[-1].text + " " + ev.sentence) if before else ev.sentence


def _names_a_venue(index: EntityIndex, ev: Evidence, datelines: set[str]) -> bool:
    """Whether the sentence of ``ev`` says where anything took place other than the
    dateline's place: "in" or "at" a place, a state or a seat of power ("held a meeting
    with Medvedev IN THE KREMLIN before flying into Tbilisi")."""
    for ref in index.refs:
        start = ref.span[0].idx
        if not ev.start <= start < ev.end or ref.mention.demonym or \
                ref.entity.iri in datelines:
            continue
        k = ref.span.start - 1
        if k >= 0 and ref.span.doc[k].lower_ == "the":
            k -= 1
        if k >= 0 and ref.span.doc[k].lower_ in ("in", "at", "into", "to") and \
                ref.entity.type in ("Place", "Country", "Organization"):
            return True
    return False


#: Rules of a journey the text states (not presence at a meeting or a signing).
_TRAVEL_RULES = frozenset({"frame:visit", "frame:visit-noun", "frame:depart", "frame:flee",
                           "frame:reach"})


def _drop_home_visits(found: dict[tuple[str, str, str], list[Evidence]],
                      by_iri: Mapping[str, Entity], gazetteer: Gazetteer | None,
                      home: Mapping[str, set[str]]) -> None:
    """Drop visits of people to their own state (``home``, see :func:`_homes`): a leader,
    official or citizen of a state the document names, or a person the gazetteer gives a
    state, is at home in it and in its places ("Zelensky arrived in Kyiv", "Ramaphosa
    attended the summit in Johannesburg", "Putin met Xi in Beijing": Xi visits nothing),
    except a journey the text states to a city of it other than the capital ("Putin flew
    to Vladikavkaz")."""
    visits = [k for k in found if k[1] == "visits"]
    if not visits:
        return
    for key in visits:
        states = home.get(key[0], set())
        place = by_iri.get(key[2])
        if place is None or not states:
            continue
        entry = _entry_of(key[2], gazetteer)
        state = key[2] if place.type == "Country" else (
            _state_iri(entry.country) if entry is not None and entry.country else None)
        if state not in states:
            continue
        if place.type == "Place" and not (entry is not None and "capital" in entry.flags) and \
                all(ev.rule.split("+")[0] in _TRAVEL_RULES for ev in found[key]):
            continue  # a journey the text states to a city of one's own state: "Putin FLEW
            # to Vladikavkaz" (but not "arrived back in Kyiv", nor a meeting at home)
        del found[key]


def _homes(found: Mapping[tuple[str, str, str], list[Evidence]],
           by_iri: Mapping[str, Entity], gazetteer: Gazetteer | None) -> dict[str, set[str]]:
    """The states each person is at home in: those the document makes them a leader,
    official or citizen of, and the one the gazetteer gives ("Xi Jinping": China)."""
    home: dict[str, set[str]] = {}
    for s, p, o in found:
        if p in ("leaderOf", "officialOf", "citizenOf") and by_iri.get(o) is not None and \
                by_iri[o].type == "Country":
            home.setdefault(s, set()).add(o)
    for iri, entity in by_iri.items():
        person = _entry_of(iri, gazetteer) if entity.type == "Person" else None
        if person is not None and person.country:
            home.setdefault(iri, set()).add(_state_iri(person.country))
    return home


def _drop_forces_at_home(found: dict[tuple[str, str, str], list[Evidence]],
                         by_iri: Mapping[str, Entity], gazetteer: Gazetteer | None) -> None:
    """An armed body of one state is at home in that state: "Haftar, whose Libyan
    National Army is BASED IN Benghazi" deploys no forces there."""
    for key in [k for k in found if k[1] == "deploysForcesTo"]:
        s, _p, o = key
        body = _entry_of(s, gazetteer) if by_iri.get(s) is not None and \
            by_iri[s].type == "Organization" else None
        place = _entry_of(o, gazetteer)
        if body is not None and body.country and place is not None and \
                place.state == body.country:
            del found[key]


def _active(ev: Evidence) -> bool:
    """Whether the evidence names its subject before its trigger word, as the active
    voice does ("X and Y SIGNED", not "was SIGNED by X")."""
    if not ev.subject_text or not ev.trigger:
        return False
    at = ev.sentence.find(ev.subject_text)
    return 0 <= at < ev.sentence.find(ev.trigger)


def _capitals_named(index: EntityIndex, gazetteer: Gazetteer | None) -> dict[str, str]:
    """The national capitals the document names, by the IRI of their state: "the
    Ethiopian capital" is Addis Ababa where the text names Addis Ababa."""
    out: dict[str, str] = {}
    for iri, entity in index.entities.items():
        if entity.type != "Place" or not index.is_named(iri):
            continue
        entry = _entry_of(iri, gazetteer)
        if entry is not None and "capital" in entry.flags and entry.country:
            out[_state_iri(entry.country)] = iri
    return out


def _office_holders_named(index: EntityIndex, gazetteer: Gazetteer | None
                          ) -> dict[tuple[str, str], str]:
    """The heads of state and of government the document names, by (state IRI, kind),
    where the document names one of the kind for the state (two: none)."""
    found: dict[tuple[str, str], set[str]] = {}
    for iri, entity in index.entities.items():
        if entity.type != "Person" or not index.is_named(iri):
            continue
        entry = _entry_of(iri, gazetteer)
        if entry is not None and entry.country and \
                entry.kind in ("HeadOfState", "HeadOfGovernment"):
            found.setdefault((_state_iri(entry.country), entry.kind), set()).add(iri)
    return {key: next(iter(iris)) for key, iris in found.items() if len(iris) == 1}


def _entry_of(iri: str, gazetteer: Gazetteer | None) -> GazetteerEntry | None:
    """The gazetteer entry an entity IRI was minted from, if any."""
    if gazetteer is None or not iri.startswith(BASE_IRI):
        return None
    return gazetteer.get(iri[len(BASE_IRI):])


def _state_iri(code: str) -> str:
    """The IRI of the state with this ISO 3166 code."""
    return entity_iri(key=f"country/{code}")


#: Kinds of place a state never lies in.
_SUBNATIONAL = frozenset({"City", "Town", "Village", "Region", "Facility", "Neighbourhood",
                          "Neighborhood"})


def _evidence(cand: Candidate, document: Document, index: EntityIndex, lex: Lexicon,
              contexts: dict[tuple[int, bool], ClaimContext], args: Arguments
              ) -> tuple[tuple[str, str, str], Evidence] | None:
    s, o = cand.subject.ref.entity, cand.object.ref.entity
    if s.iri == o.iri:
        return None
    pred = lex.retype(cand.predicate, s.type, o.type)
    if cand.rule == "frame:back" and s.type == "Country" and o.kind in ("ArmedGroup",):
        # "Iran BACKS the Houthis", "the RSF, BACKED BY the UAE": a state's backing of an
        # armed group is military support, as "the Iran-backed Houthis" is (rule backed-by)
        pred = "militarySupportTo"
    if not lex.allows(pred, s.type, o.type) or lex.excludes(pred, o.kind):
        # "MOSCOW accused WASHINGTON of ...", "the SDF reached a deal with DAMASCUS": a
        # state's capital named as an actor stands for its government (the relation keeps
        # the city, as the text names it)
        capitals = args.capital_iris
        st = "Country" if s.iri in capitals and pred in lex.metonym_predicates else s.type
        ot = "Country" if o.iri in capitals and pred in lex.metonym_predicates else o.type
        if (st, ot) == (s.type, o.type) or not lex.allows(pred, st, ot):
            return None
    if pred == "locatedIn" and s.type == o.type == "Country" and \
            cand.subject.via in ("pronoun", "anaphor"):
        # a state in a state is a territory the text must name ("The Aland Islands belong
        # to Finland"), not one a pronoun may stand for ("Serbia's position on Taiwan was
        # that IT is part of China")
        return None
    trig = cand.trigger
    if pred in ("leaderOf", "officialOf") and trig.pos_ == "VERB" and any(
            c.dep_ == "advmod" and c.lower_ in lex.word_class("past_qualifiers")
            for c in trig.children):
        return None  # "Walesa, who ONCE led the Solidarity trade union": no office now
    if pred in ("meetsWith", "visits") and trig.pos_ == "NOUN" and trig.dep_ == "pobj" and \
            trig.head.lower_ == "to" and trig.head.head.lemma_ in _TALKS_TO_COME:
        return None  # "Thailand and Cambodia AGREED TO TALKS": talks yet to be held
    if pred == "locatedIn" and cand.subject.via == "proxy":
        return None  # "U.S. FORCES based in Qatar": the forces are there, not the state
    if cand.predicate == "memberOf" and cand.object.via == "proxy":
        # "troops would join a NATO-LED FORCE": a force of NATO's, not NATO; "joined the
        # LEADERS of Lithuania": their company, not the state (as a citizen, by retype)
        return None
    if pred == "visits" and s.type == "Organization" and s.kind is None:
        # "the first HIMARS systems arrived in Ukraine": a body that travels is one kgraph
        # knows of ("a Hamas delegation arrived"), not a name NER took for one
        return None
    if pred in lex.named_arguments and not (index.is_named(s.iri) and index.is_named(o.iri)):
        return None  # "a Russian politician" in a text that never names Russia
    if pred == "locatedIn" and s.type == "Country" and (
            o.kind in _SUBNATIONAL or (o.type == "Place" and o.kind is None)):
        # a state lies in no city or region ("China (located in ... Jiangsu)"), nor in a
        # place the gazetteer does not know ("the California town of Ojai")
        return None
    trigger = cand.trigger
    phrase = cand.rule.startswith(PHRASE_RULES)
    ctx = contexts.get((trigger.i, phrase))
    if ctx is None:
        ctx = claim_context(trigger, lexicon_context=lex.context, index=index, document=document,
                            phrase=phrase, referent=args.referent)
        contexts[(trigger.i, phrase)] = ctx
    decided = ctx.decided and pred in lex.decided_acts
    if ctx.negated or (ctx.intended and pred in lex.happened_only and not decided) or (
            (ctx.aimed or (pred == "memberOf"
                           and (ctx.intended or "").lower() in lex.context.intent_modals))
            and not decided and cand.rule.startswith("frame:") and trigger.pos_ == "VERB"):
        # "did not send troops"; "THREATENED to invade Taiwan"; an act of any predicate
        # that a verb of intent only aims at: "APPLIED to join NATO", "WANTS to lead the
        # party"; a membership yet to come: "Sweden WILL join NATO next month" (but "X
        # would merge into Y under the deal" states the deal's terms)
        return None
    conf = cand.confidence
    vias = (cand.subject.via, cand.object.via)
    if "proxy" in vias or "conduct" in vias:
        conf *= lex.context.proxy_factor
    rule = cand.rule
    for via, factor in (("pronoun", lex.context.pronoun_factor),
                        ("anaphor", lex.context.anaphor_factor), ("place", 1.0)):
        if via in vias:
            conf *= factor
            if not rule.startswith(f"{via}-"):
                rule += f"+{via}"  # "title-of+anaphor": read through "the town", "he"
    if ctx.hedge:
        conf *= lex.context.hedge_factor
    sent = index.sent(trigger)
    ev = Evidence(
        doc_id=document.id,
        sentence=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        rule=rule,
        confidence=round(conf, 3),
        hedged=ctx.hedge is not None,
        attributed_to=ctx.attributed_to,
        date=ctx.date,
        trigger=trigger.text,
        hedge=ctx.hedge,
        attributed_iri=ctx.attributed_iri,
        subject_text=cand.subject.text,
        object_text=cand.object.text,
    )
    return (s.iri, pred, o.iri), ev


def _unique(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Keep one evidence per sentence and trigger word (the most confident)."""
    best: dict[tuple[str, int, str], Evidence] = {}
    for ev in evidence:
        key = (ev.doc_id, ev.start,
               ev.rule if ev.rule.startswith(("inferred:", "entailed:")) else ev.trigger or ev.rule)
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    return tuple(sorted(best.values(), key=lambda e: (e.doc_id, e.start, e.rule)))


_CHAINS = {("locatedIn", "locatedIn"): "locatedIn", ("basedIn", "locatedIn"): "basedIn"}


def _inferred(relations: Sequence[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """The ``locatedIn`` / ``basedIn`` chains stated in one document, to a few steps.

    "Sappy Records is based in Sackville, New Brunswick, Canada" chains the label to
    the province and to the country. Only administrative containment is chained (a
    city in a region in a country): a country's place in a wider area ("Russia ... in
    Eastern Europe and Northern Asia") is not passed down to its parts. Each step
    multiplies the confidence by :data:`INFERRED_FACTOR`; the evidence is every
    sentence the chain passes through.
    """
    known: dict[tuple[str, str, str], Relation] = {
        (r.subject, r.predicate, r.object): r for r in relations}
    out: dict[tuple[str, str, str], Relation] = {}
    frontier = list(relations)
    for _ in range(MAX_CHAIN_STEPS):
        located: dict[str, list[Relation]] = {}
        for r in known.values():
            middle = entities.get(r.subject)
            if r.predicate == "locatedIn" and middle is not None and middle.type != "Country":
                located.setdefault(r.subject, []).append(r)
        added: list[Relation] = []
        for first in frontier:
            for second in located.get(first.object, ()):
                pred = _CHAINS.get((first.predicate, second.predicate))
                if pred is None or second.object == first.subject:
                    continue
                key = (first.subject, pred, second.object)
                if key in known:
                    continue
                conf = round(min(max(e.confidence for e in first.evidence),
                                 max(e.confidence for e in second.evidence))
                             * INFERRED_FACTOR, 3)
                rule = "inferred:" + "+".join(
                    (_chain_rule(first), _chain_rule(second)))
                evs = [replace(e, rule=rule, confidence=conf)
                       for e in (*_best_per_sentence(first), *_best_per_sentence(second))]
                rel = Relation(*key, evidence=_unique(evs))
                known[key] = out[key] = rel
                added.append(rel)
        if not added:
            break
        frontier = added
    return list(out.values())


def _signed_for(relations: Sequence[Relation], entities: Mapping[str, Entity]
                ) -> list[Relation]:
    """The states (or bodies) whose leaders signed an agreement with each other signed it:
    "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual
    defence pact" is a pact between Russia and North Korea, and "Azerbaijan's President
    Ilham Aliyev signed an agreement with the EU" one between Azerbaijan and the EU. Each
    leader's state is one
    the document says they lead (a state over a party they also lead); the evidence is
    the signing and the two leaderships, the confidence lowered by
    :data:`INFERRED_FACTOR`."""
    led: dict[str, list[Relation]] = {}
    for r in relations:
        body = entities.get(r.object)
        if r.predicate == "leaderOf" and body is not None and \
                body.type in ("Country", "Organization"):
            led.setdefault(r.subject, []).append(r)
    for person, rels in led.items():
        states = [r for r in rels if entities[r.object].type == "Country"]
        led[person] = states or rels
    known = {(r.subject, r.object) for r in relations if r.predicate == "signsAgreementWith"}
    out: dict[tuple[str, str], Relation] = {}
    for r in relations:
        a, b = entities.get(r.subject), entities.get(r.object)
        if r.predicate != "signsAgreementWith" or a is None or b is None or \
                "Person" not in (a.type, b.type):
            continue
        # a leader and a state or body ("Aliyev signed an agreement with the EU"): the
        # leader's state signed with it
        firsts = led.get(r.subject, ()) if a.type == "Person" else (None,)
        seconds = led.get(r.object, ()) if b.type == "Person" else (None,)
        for first in firsts:
            for second in seconds:
                pair = (first.object if first else r.subject,
                        second.object if second else r.object)
                if pair[0] == pair[1] or pair in known or pair[::-1] in known or \
                        pair in out or pair[::-1] in out:
                    continue
                used = [x for x in (r, first, second) if x is not None]
                conf = round(min(max(e.confidence for e in x.evidence)
                                 for x in used) * INFERRED_FACTOR, 3)
                rule = "inferred:signsAgreementWith+leaderOf"
                evs = [replace(e, rule=rule, confidence=conf)
                       for x in used for e in _best_per_sentence(x)]
                out[pair] = Relation(pair[0], "signsAgreementWith", pair[1],
                                     evidence=_unique(evs))
    return list(out.values())


def _chain_rule(r: Relation) -> str:
    rule = r.evidence[0].rule if r.evidence else ""
    return rule.removeprefix("inferred:") if rule.startswith("inferred:") else r.predicate


def _best_per_sentence(r: Relation) -> list[Evidence]:
    if r.evidence and r.evidence[0].rule.startswith("inferred:"):
        return list(r.evidence)
    return [max(r.evidence, key=lambda e: e.confidence)]


def merge_relations(relations: Iterable[Relation], *, moved: dict[str, str] | None = None,
                    symmetric: Iterable[str] = ()) -> list[Relation]:
    """Merge relations from many documents: one per fact, every evidence kept.

    ``moved`` renames entity IRIs (see :func:`kgraph.resolve.merge_entities`); a
    symmetric predicate stated both ways is one relation.

    Examples:
        >>> ev = Evidence("d", "s", 0, 1, "r", 0.5)
        >>> rels = [Relation("a", "borders", "b", (ev,)),
        ...         Relation("b", "borders", "a", (replace(ev, doc_id="e"),))]
        >>> [len(r.evidence) for r in merge_relations(rels, symmetric={"borders"})]
        [2]
    """
    moved = moved or {}
    sym = set(symmetric)
    merged: dict[tuple[str, str, str], list[Evidence]] = {}
    background: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        key = (moved.get(r.subject, r.subject), r.predicate, moved.get(r.object, r.object))
        if key[0] == key[2]:
            continue
        if r.background:
            background.setdefault(key, replace(r, subject=key[0], object=key[2]))
            continue
        if key[1] in sym and key not in merged and (key[2], key[1], key[0]) in merged:
            key = (key[2], key[1], key[0])
        evs = [replace(ev, attributed_iri=moved.get(ev.attributed_iri, ev.attributed_iri))
               if ev.attributed_iri in moved else ev for ev in r.evidence]
        merged.setdefault(key, []).extend(evs)
    out = [Relation(s, p, o, _unique(ev)) for (s, p, o), ev in merged.items()]
    for key, r in background.items():
        rev = (key[2], key[1], key[0])
        if key not in merged and not (key[1] in sym and rev in merged):
            out.append(r)
    return out
