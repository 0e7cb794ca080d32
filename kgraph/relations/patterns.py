"""Structural relations: titles, appositions, copulas, place lists, party membership.

Each pattern is a small dependency configuration checked from a starting word: the
role and place nouns, forces nouns and copulas of ``data/lexicon.toml`` (found in one
pass by :func:`~kgraph.relations.lexicon.find_anchors`), or an entity mention. Python
then asks :class:`~kgraph.relations.syntax.Arguments` who holds the noun and what its
modifier or object names. (A spaCy ``DependencyMatcher`` expressed the same patterns
but cost about 0.4 s per 100,000 words for the role-noun patterns alone, against
0.08 s for the single lemma ``Matcher``; the relation layer must stay cheap.)

==========================  ======================================================
rule                        reads
==========================  ======================================================
``title-modifier``          "North Korean leader Kim Jong Un", "NDP incumbent Bill B."
``title-of``                "Kim Jong Un, the supreme leader of North Korea",
                            "served as President of Russia", "a member of NATO",
                            "President Xi Jinping of China"
``title-mutual``            "Russia and China are close allies" → allies of each other
``person-in``               "Blinken, in Kyiv on Monday, said" → visits Kyiv
``regnal-of``               "Gustav III of Sweden" → the sovereign of that state
``nationality``             "X is a Russian politician", "Hungarian footballer X"
``place-of``                "Kursk is a city in Russia", "Kyiv, the capital of Ukraine"
``place-modifier``          "the Ukrainian capital, Kyiv", "the Russian city of Kursk"
``place-list``              "Kursk Oblast, Russia", "Budapest (Hungary)"
``forces-presence``         "North Korean troops in Kursk" → forces deployed there
``forces-subject``          the same as a clause's subject, whatever its verb says ("the
                            U.S. troops in Syria were not leaving")
``person-of-party``         "John Carson of the Ulster Unionist Party", "Labour
                            candidate X", "X's Forza Italia", "X (Green Party)",
                            "Mary Wilson of the Supremes", "Peskov of the Kremlin"
``pronoun-poss-party``      "organised by Harry West ... his Ulster Unionist Party"
``place-in``                "Kharkiv in eastern Ukraine", "Buttenhausen in Münsingen"
``nationality``             "X is a Russian politician", "X is Russian"
``org-in-place``            "the Patrice Lumumba University in Moscow" → based there
``org-place-bracket``       "Mitsubishi Electric (Japan)"
``group-members``           "the coalition Auzolan, comprising A, B and C", "AUKUS,
                            an alliance of Australia, the UK and the US"
``unit-of-body``            "the Hoover Institution at Stanford University"
``title-of-name``           "the President of Poland, Lech Walesa", "President of
                            Pakistan Asif Ali Zardari" (read from the words)
``nationality-from``        "X is a pastor from Nigeria"
``org-nationality``         "the Turkish company Roketsan" → based in Turkey (a named
                            state, a noun of bodies)
``title-known-state``       "President Bill Clinton said" → the office the people
                            gazetteer gives him, in a state the text names
``title-counterpart``       "Polish President Andrzej Duda met his Ukrainian
                            counterpart Volodymyr Zelensky" → the same office there
``title-home-state``        "MANILA (AP) — ... Defense Secretary X said" → the office
                            in the state the story is filed from (see
                            ``home_state_titles`` in the lexicon)
==========================  ======================================================

Holders are also found through "one of" and "among" ("Kharkiv, one of the largest cities
in Ukraine"), and a region named "... County" or "... District" ranks below a first-level
region, so "Hampshire County, West Virginia, United States" is an address. An argument
reached through a pronoun or a definite noun that refers back (see
:mod:`~kgraph.relations.syntax`) marks the rule with ``+pronoun`` or ``+anaphor``.

Member titles also take the bodies named by their ``preps`` in the lexicon ("a
politician FOR the Labour Party", "a senior fellow AT the Brookings Institution").

Titles that pass through an office ("Russian ARMY general", "Chief of the General
Staff of X") make the holder an official rather than the leader; "opposition
leader" keeps only the nationality; "a Russian general" (indefinite) gives only
citizenship.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..mentions import ROMAN_NUMERAL, is_think_tank, load_name_lexicon
from ..resolve import BASE_IRI, entity_iri
from .context import MentionRef
from .lexicon import Lexicon, RoleNoun, find_anchors
from .syntax import DATELINE_WINDOW, Arg, Arguments, Candidate, is_dateline, lemma_of, named_like

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer import Gazetteer

__all__ = ["structural_relations"]

_MOD_DEPS = ["amod", "compound", "poss", "nmod"]
_GAZ_SPANS = "kg_gazetteer"
#: Gazetteer kinds of people who hold an office of their state.
_STATE_OFFICE_KINDS = frozenset({"HeadOfState", "HeadOfGovernment", "Minister", "Official",
                                 "MilitaryOfficer"})
_ARMED = {"ArmedForces", "GovernmentBody", "IntelligenceService", "Ministry", "Military"}
#: Possessive pronouns that stand for a state or body named before ("its leader").
_THING_POSSESSIVES = frozenset({"its", "their"})
#: Organisations whose people are officials of it rather than members.
_STATE_KINDS = frozenset({"GovernmentBody", "IntelligenceService", "Ministry", "ArmedForces",
                          "Military"})
#: Participles that list a group's members: "a coalition COMPRISING A, B and C".
_MEMBERS_VERBS = frozenset({"comprise", "include", "consist", "compose", "make", "contain",
                            "group", "bring", "unite", "feature"})
#: Organisations a national adjective does not seat in that state ("the European Union").
_NO_SEAT_KINDS = frozenset({"InternationalOrganization"})
#: Organisations whose presence somewhere is a deployment, not a seat.
_FORCES_KINDS = {"ArmedForces", "ArmedGroup", "Military"}
#: Verbs that say where an armed body is: "the Wagner Group has been OPERATING in Mali".
_PRESENCE_VERBS = frozenset({"operate", "fight", "patrol", "remain", "stay", "serve",
                             "deploy", "station", "base"})

class _Structural:
    def __init__(self, sdoc: Doc, args: Arguments, lexicon: Lexicon,
                 gazetteer: Gazetteer | None) -> None:
        self.doc = sdoc
        self.args = args
        self.index = args.index
        self.lex = lexicon
        self.names = load_name_lexicon()  # title words ("Sheikh", "Gen.")
        self.gaz = gazetteer
        self.state_bodies = lexicon.word_class("state_bodies")
        self.state_organ_words = lexicon.word_class("state_organ_words")
        self.rebel_name_words = lexicon.word_class("rebel_name_words")
        self.non_state = lexicon.word_class("non_state")
        self.deputy = lexicon.word_class("deputy")
        self.past = lexicon.word_class("past_qualifiers")
        self.state_titles = lexicon.word_class("state_titles")
        self.complements = lexicon.word_class("title_complements")
        self.office_complements = lexicon.word_class("office_complements")
        self.qualifiers = lexicon.word_class("title_qualifiers")
        self.bare_state_titles = lexicon.word_class("bare_state_titles")
        self.home_state_titles = lexicon.word_class("home_state_titles")
        self.travel_verbs = lexicon.word_class("travel_verbs")
        self.posting_verbs = lexicon.word_class("posting_verbs")
        self.troop_giving_verbs = lexicon.word_class("troop_giving_verbs")
        self.party_words = lexicon.word_class("party_words")
        self.part_nouns = lexicon.word_class("part_nouns")
        self.directions = lexicon.word_class("directions")
        self.backing = lexicon.word_class("backing_words")
        self.forces = lexicon.word_class("forces")
        self.state_proxies = lexicon.word_class("state_proxies")
        self.unit_words = lexicon.word_class("unit_words")
        self._by_iri: dict[str, MentionRef] | None = None

    # ------------------------------------------------------------ helpers

    def _country_like(self, ref: MentionRef) -> bool:
        """A modifier names a state: a country, or a demonym of one."""
        return ref.entity.type == "Country"

    def _modifier_refs(self, noun: Token, holder_tokens: set[int]) -> list[tuple[Arg, int]]:
        """Entities modifying ``noun`` from the left, with the index where each ends.

        A possessive pronoun ("ITS leader") or a possessive noun that refers back ("THE
        COUNTRY's prime minister") stands for the entity it refers to; the argument says
        so (``via`` "pronoun" or "anaphor").
        """
        mods = [c for c in noun.children if c.dep_ in _MOD_DEPS and c.i < noun.i]
        # "the Saudi AND IRANIAN foreign ministers": each modifier joined to the first
        mods += [x for c in mods for x in c.conjuncts if x.i < noun.i and x not in mods]
        if noun.dep_ == "compound" and noun.head.i in holder_tokens:
            mods += [c for c in noun.head.children
                     if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i]
        out: list[tuple[Arg, int]] = []
        seen: set[str] = set()
        for m in mods:
            ref = self.index.at(m)
            if ref is None and m.dep_ == "poss":
                if m.lower_ in _THING_POSSESSIVES:
                    # "Hamas and ITS leader Yahya Sinwar": the owner named before.
                    found, via = self.args.antecedent(m), "pronoun"
                elif m.lower_ == "whose":
                    # "Russia's Wagner Group, WHOSE leader Yevgeny Prigozhin died": the
                    # name the relative clause is on
                    owners = self.args.resolve(m, conj=False)
                    found, via = (owners[0].ref if owners else None), "pronoun"
                else:
                    # "THE COUNTRY's Prime Minister Sheikh Hasina": a noun that refers back.
                    spec = self.args.anaphor_of(m)
                    found = self.args.nominal_antecedent(m, spec) if spec is not None else None
                    via = "anaphor"
                if found is not None and found.entity.iri not in seen and \
                        found.span.start not in holder_tokens and found.entity.type != "Person":
                    seen.add(found.entity.iri)
                    text = self.doc[m.left_edge.i:m.i + 1].text
                    out.append((Arg(found, via, text), m.i + 1))
                continue
            if ref is None:
                # "the North Korean army leader": an entity inside a modifier phrase.
                for c in m.children:
                    if c.dep_ in ("amod", "compound", "poss", "nmod") and self.index.at(c):
                        ref = self.index.at(c)
                        break
            if ref is None or ref.span.start in holder_tokens or ref.entity.iri in seen:
                continue
            if ref.span.start >= 2 and self.doc[ref.span.start - 1].text == "-" and \
                    self.doc[ref.span.start - 2].lower_ in ("pro", "anti"):
                continue  # "Crimea's PRO-MOSCOW prime minister": a stance, not an office
            if ref.mention.demonym and ref.entity.type not in ("Country", "Organization"):
                continue  # "a European country": a continent's adjective is not a relation
            seen.add(ref.entity.iri)
            out.append((Arg(ref, "name", ref.span.text), ref.span.end))
            if ref.entity.type == "Organization":
                # "a RUSSIAN army general": the state behind a body named by its demonym.
                for inner, end in self._nested_places(ref, demonyms_only=True):
                    if inner.entity.iri not in seen and inner.entity.type == "Country":
                        seen.add(inner.entity.iri)
                        out.append((Arg(inner, "name", inner.span.text), end))
        if not out and noun.dep_ == "compound" and noun.head.i in holder_tokens:
            shared = self._shared_possessor(noun.head)
            if shared is not None:
                # (read as if it stood before this title: the words between are the other
                # person's)
                out.append((Arg(shared, "name", shared.span.text), noun.left_edge.i))
        return out

    def _shared_possessor(self, holder: Token) -> MentionRef | None:
        """The state's possessive that a titled name shares with the titled name it is
        joined to: "SPAIN'S King Juan Carlos and Prime Minister Felipe Gonzalez",
        "BRITAIN'S Prime Minister Theresa May and Foreign Secretary Boris Johnson"."""
        if holder.dep_ != "conj" or holder.head.i >= holder.i or any(
                c.dep_ == "prep" for c in holder.children):
            return None  # ("... and Prime Minister Narendra Modi OF INDIA": his own state)
        first = holder.head
        person = self.index.at(first)
        if person is None or person.entity.type != "Person":
            return None
        owners = [first] + ([first.head] if first.dep_ == "appos" else [])
        for t in owners:
            for c in t.children:
                if c.dep_ == "poss" and c.i < first.i and (ref := self.index.at(c)) is not None \
                        and not ref.mention.demonym and ref.entity.type == "Country" and any(
                        (r := self.lex.role_noun(w)) is not None and r.kind == "title"
                        for w in self.doc[ref.span.end:person.span.start]):
                    # (the first is titled too: not "Russia's Vladimir Putin and ...")
                    return ref
        return None

    def _refs_by_iri(self) -> dict[str, MentionRef]:
        if self._by_iri is None:
            self._by_iri = {}
            for r in self.index.refs:
                self._by_iri.setdefault(r.entity.iri, r)
        return self._by_iri

    def _inner_names(self, ref: MentionRef) -> Iterator[tuple[Span, bool, MentionRef]]:
        """The gazetteer names inside an entity's name (not the whole of it) whose entity
        the document mentions: each span, whether it is a demonym, and that entity's first
        mention."""
        spans = self.doc.spans[_GAZ_SPANS] if _GAZ_SPANS in self.doc.spans else ()
        start, end = ref.span.start, ref.span.end
        for s in spans:
            if not (start <= s.start and s.end <= end) or (s.start, s.end) == (start, end):
                continue
            target = self._refs_by_iri().get(entity_iri(key=s.label_.removeprefix("demonym:")))
            if target is not None:
                yield s, s.label_.startswith("demonym:"), target

    def _nested_places(self, ref: MentionRef, *, demonyms_only: bool = False
                       ) -> list[tuple[MentionRef, int]]:
        """Places named inside an organisation's name and mentioned in the document.

        "Socialist Party of UKRAINE" (at the end, after of/in/for) and "AUSTRALIAN Labor
        Party" (at the start); returns each place's entity and the token after it.
        """
        start, end = ref.span.start, ref.span.end
        out = []
        for s, demonym, target in self._inner_names(ref):
            if (demonyms_only and not demonym) or target.entity.type not in ("Country", "Place"):
                continue
            before = self.doc[s.start - 1].lower_ if s.start > start else ""
            at_end = s.end == end and before in ("of", "in", "for")
            at_start = s.start == start or (s.start == start + 1
                                             and self.doc[start].lower_ == "the")
            if not (at_end or at_start):
                continue
            if not demonym and s.text != target.entity.label:
                continue  # "Workers' Party of Korea": "Korea" is not South Korea's name
            out.append((target, s.end))
        return out

    def _of_objects(self, noun: Token, preps: tuple[str, ...], *, title: bool = False
                    ) -> list[tuple[Arg, bool]]:
        """Entities named by "of"/"in" objects of ``noun``; True when through an office.
        For a ``title``, what it is "in" is a body only."""
        out: list[tuple[Arg, bool]] = []
        for c in noun.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                found = self.args.resolve(o)
                if title and c.lower_ == "to":
                    # "an adviser TO Ethiopian Prime Minister Abiy Ahmed": the state the
                    # head of state or government the document names leads
                    found = [x for a in found if (x := self._served(a)) is not None]
                if title and c.lower_ == "in":
                    # "an official IN Iran's defence MINISTRY", "IN the Sudanese ARMY", "IN
                    # the EU Commission": a body; "a US official IN Iraq" only works there
                    found = [a for a in found
                             if a.ref.entity.type == "Organization" or a.via == "proxy"]
                through = False
                if found and all(a.ref.entity.label.lower() in self.complements for a in found):
                    found = []  # "Chairman of the Board of X": the board is not a body here
                if found and o.pos_ == "NOUN" and lemma_of(o) not in self.state_proxies and \
                        all(a.via == "proxy" for a in found):
                    through = True  # "head of Ukraine's military INTELLIGENCE": an office
                if not found and o.pos_ in ("NOUN", "PROPN"):
                    # "head of state of X" (no office) / "Chief of the General Staff of X".
                    through = lemma_of(o) not in self.complements or \
                        lemma_of(o) in self.office_complements
                    for c2 in o.children:
                        if c2.dep_ == "prep" and c2.lower_ == "of":
                            for o2 in c2.children:
                                if o2.dep_ == "pobj":
                                    found.extend(self.args.resolve(o2))
                if found and not through:
                    found.extend(a for a in self._listed_after(o)
                                 if a.ref.entity.type == found[0].ref.entity.type)
                out.extend((a, through) for a in found)
        return out

    def _served(self, arg: Arg) -> Arg | None:
        """Whom an adviser "to" ``arg`` serves: a body itself, a person the state they are
        the named head of (None when the state is unnamed or the person no such head)."""
        return arg if arg.ref.entity.type != "Person" else self.args.state_of(arg)

    def _listed_after(self, first: Token) -> list[Arg]:
        """The other names of a list the parser hung on its first item as an apposition:
        "a member of the A Society, THE B ACADEMY, THE C ARTISTS and THE D CLUB"."""
        for c in first.children:
            if c.dep_ == "appos" and c.i > first.i and self.index.at(c) is not None and \
                    any(g.dep_ == "conj" for g in c.children):
                return self.args.resolve(c)
        return []

    def _copula_bodies(self, noun: Token, preps: tuple[str, ...]) -> list[tuple[Arg, bool]]:
        """Bodies named by a title's preposition the parser hung on the copula: "X was the
        candidate in Y FOR the Green Party"."""
        if noun.dep_ != "attr" or noun.head.pos_ not in ("AUX", "VERB"):
            return []
        wanted = [p for p in preps if p != "of"]
        return [(a, False) for o in self.args.prep_objects([noun.head], wanted)
                for a in self.args.resolve(o) if a.ref.entity.type == "Organization"]

    def _named_after_title(self, noun: Token) -> tuple[Arg, Arg] | None:
        """The person named right after "TITLE of BODY": "the President of Poland, Lech
        Walesa", "President of Pakistan Asif Ali Zardari" (read from the words: the parser
        often hangs the name on the body, or the body on the name)."""
        doc = self.doc
        end = self.index.sent(noun).end
        i = noun.i + 1
        if i + 1 >= end or doc[i].lower_ != "of":
            return None
        i += 2 if doc[i + 1].lower_ == "the" else 1
        while i < end and doc[i].pos_ == "ADJ" and self.index.at(doc[i]) is None and \
                i - noun.i < 6:
            i += 1  # "prime minister of INDEPENDENT Ghana, Kwame Nkrumah"
        body = self.index.at(doc[i]) if i < end else None
        if body is None or body.span.start != i or body.entity.type == "Person" or \
                body.mention.demonym:
            return None
        j = body.span.end + (1 if body.span.end < end and doc[body.span.end].text == "," else 0)
        person = self.index.at(doc[j]) if j < end else None
        if person is None or person.span.start != j or person.entity.type != "Person":
            return None
        k = person.span.end
        if k < end and doc[k].lower_ in ("'s", "’s", "'"):
            return None  # "the Prime Minister of Britain, Starmer's spokesman"
        if k + 1 < end and doc[k].text == ",":
            j = k + 2 if doc[k + 1].pos_ == "DET" else k + 1
            named = j
            while j < end and doc[j].pos_ == "PROPN":
                j += 1
            if j > named and not (j < end and doc[j].lower_ in ("'s", "’s")):
                return None  # a list: "King of the Hill, Kitchen Confidential, The Office"
        return Arg(person, "name", person.span.text), Arg(body, "name", body.span.text)

    def _of_after_name(self, noun: Token, person: MentionRef) -> list[tuple[Arg, bool]]:
        """The body after the name a title stands right before: "President Xi Jinping OF
        CHINA", "King Abdullah II of Jordan" (read from the words: the parser hangs "of"
        on the name, not on the title)."""
        doc = self.doc
        if person.entity.type != "Person" or noun.i + 1 != person.span.start:
            return []
        end = self.index.sent(noun).end
        i = person.span.end
        if i + 1 >= end or doc[i].lower_ != "of":
            return []
        i += 2 if doc[i + 1].lower_ == "the" else 1
        body = self.index.at(doc[i]) if i < end else None
        if body is None or body.span.start != i or body.entity.type == "Person" or \
                body.mention.demonym:
            return []
        return [(Arg(body, "name", body.span.text), False)]

    def titled(self, person: MentionRef) -> bool:
        """Whether a title of office stands right before a person's name ("PRESIDENT Xi
        Jinping"; not "incumbent")."""
        k = person.span.start - 1
        role = self.lex.role_noun(self.doc[k], kind="title") if k >= 0 else None
        return role is not None and role.predicate in ("leaderOf", "officialOf")

    def _between_words(self, noun: Token, end: int) -> set[str]:
        """Lemmas between a modifier entity and the noun ("Russian ARMY general")."""
        return {lemma_of(t) for t in self.doc[end:noun.i] if t.is_alpha}

    def _indefinite(self, noun: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)

    def _party_like(self, ref: MentionRef) -> bool:
        return named_like(ref, self.party_words)

    # ------------------------------------------------------------ role nouns

    def role_noun(self, noun: Token, role: RoleNoun) -> Iterator[Candidate]:
        own = self.index.at(noun)
        if own is not None and not (own.entity.type == "Person" and role.kind == "title"):
            return  # the word is part of a name ("General Staff", "Capital Region")
        if own is not None:
            holders = [Arg(own, "name", own.span.text)]
        else:
            # A singular title holds for its own name only: in "Russian President Vladimir
            # Putin and North Korean leader Kim Jong Un" the president is not Kim.
            single = noun.tag_ in ("NN", "NNP")
            holders = [a for t in self.args.holder(noun)
                       for a in self.args.resolve(t, conj=not single, titled=True)]
            nxt = self.index.at(self.doc[noun.i + 1]) if noun.i + 1 < len(self.doc) else None
            if single and role.kind == "title" and holders and nxt is not None and \
                    nxt.span.start == noun.i + 1 and nxt.entity.type == "Person" and \
                    any(a.ref.entity.iri != nxt.entity.iri for a in holders):
                # "Prime Minister Benjamin Netanyahu and Defence MINISTER Yoav Gallant":
                # the parser joined the second title to the first name; the title is the
                # name's right after it (and only its, though the parser also gave it the
                # first name: "Qatar's Prime Minister Al Thani and Egyptian intelligence
                # CHIEF Abbas Kamel")
                holders = [Arg(nxt, "name", nxt.span.text)]
        if not holders and role.predicate in ("alliedWith", "memberOf") and \
                noun.tag_ in ("NNS", "NNPS"):
            # "Iran and its ALLIES, INCLUDING Hezbollah and the Houthis", "NATO MEMBERS,
            # including Turkey" (but "EU LEADERS, including Orban" lead no EU)
            holders = [a for o in self.args.included([noun]) for a in self.args.resolve(o)]
        if not holders and role.kind == "title":
            # "Syrian President Bashar al-Assad and his family ...", "its emir, Sheikh Sabah
            # al-Ahmad al-Sabah, flew ...": a title right before a name, or apposed to it by
            # commas, is that person's, however the parser split or hung the name
            k = noun.i + 1
            comma = k < len(self.doc) and self.doc[k].text == ","
            k += 1 if comma else 0
            while comma and k < len(self.doc) and self.names.is_title(self.doc[k].text):
                k += 1
            after = self.index.at(self.doc[k]) if k < len(self.doc) else None
            end = after.span.end if after is not None else 0
            if after is not None and after.span.start == k and (
                    after.entity.type == "Person" or (
                        # "Russia's ALLY Belarus": an ally's name is a state's or a body's
                        role.predicate == "alliedWith"
                        and after.entity.type in ("Country", "Organization"))) and (not comma or (
                        end < len(self.doc) and self.doc[end].text in (",", ".", ")"))):
                holders = [Arg(after, "name", after.span.text)]
        if role.holders is not None:
            holders = [a for a in holders if a.ref.entity.type in role.holders]
        holder_tokens = {i for a in holders for i in range(a.ref.span.start, a.ref.span.end)}
        # (words as written too: the lemma of "OUSTED Thai prime minister" is "oust")
        left = {w for c in noun.children if c.i < noun.i for w in (lemma_of(c), c.lower_)} | {
            w.lower_ for w in self.doc[max(noun.i - 2, self.index.sent(noun).start):noun.i]}
        if role.kind == "title" and not holders:
            named = self._named_after_title(noun)
            if named is not None:
                holder, body = named
                pred = self._title_predicate(role, noun, left, body.ref, set(),
                                             via_modifier=False)
                if pred is not None:
                    yield Candidate(holder, pred, body, "title-of-name", role.confidence, noun)
                return
        mods = self._modifier_refs(noun, holder_tokens)
        if role.kind == "title" and lemma_of(noun) == "ambassador" and not any(
                c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
            # "Britain's U.N. AMBASSADOR", "U.N. Ambassador Nikki Haley": an ambassador TO
            # the international body, no official of it (but "the EU ambassador TO Ukraine"
            # and "the U.N. ENVOY" serve the body)
            mods = [(a, k) for a, k in mods
                    if a.ref.entity.kind != "InternationalOrganization"]
        objects = self._of_objects(noun, role.preps, title=role.kind == "title")
        if role.kind == "title" and own is None and not objects and len(holders) == 1:
            objects = self._of_after_name(noun, holders[0].ref)
        if role.kind == "title" and role.preps != ("of",):
            objects += self._copula_bodies(noun, role.preps)
        rule_base = "title" if role.kind == "title" else "place"
        if role.kind == "title" and not mods and not objects and len(holders) == 1 and \
                lemma_of(noun) in self.state_titles and \
                not any(c.dep_ == "poss" for c in noun.children) and (
                    holders[0].ref.span.start == noun.i + 1
                    or holders[0].ref.span.start <= noun.i < holders[0].ref.span.end
                    # "Supreme Leader AYATOLLAH Ali Khamenei": honorifics between
                    or (holders[0].ref.span.start > noun.i and all(
                        self.names.is_title(t.text)
                        for t in self.doc[noun.i + 1:holders[0].ref.span.start]))
                    # "Secretary OF STATE Antony Blinken", "Secretary OF THE TREASURY X":
                    # the office's own "of" phrase, naming no body
                    or _office_phrase(self.doc[noun.i + 1:holders[0].ref.span.start],
                                      self.index)):
            # "President Bill Clinton said" in a story that names the United States: a
            # state's title right before a name, with no state named beside it, is the
            # office the gazetteer knows the person for, when the text names that state
            state, rule = self._known_state(holders[0].ref), "title-known-state"
            if state is None and lemma_of(noun) in self.home_state_titles and \
                    holders[0].ref.span.start == noun.i + 1 and \
                    self._entry(holders[0].ref) is None and \
                    not self._state_described(holders[0].ref) and \
                    not self._travelling(holders[0].ref):
                # "Defense Secretary Gilberto Teodoro" in a story filed from Manila: a bare
                # state title names the office in the story's own country (wire copy names
                # a foreign official's state with him)
                state, rule = self._home_state(noun), "title-home-state"
            plain = self.qualifiers | self.past
            if lemma_of(noun) in self.bare_state_titles and any(
                    c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
                    and lemma_of(c) not in plain for c in noun.children):
                state = None
            if state is not None:
                pred = self._title_predicate(role, noun, left, state, set(),
                                             via_modifier=False)
                if pred in ("leaderOf", "officialOf"):
                    factor = 0.85 if rule == "title-known-state" else 0.7
                    yield Candidate(holders[0], pred, Arg(state, "name", state.span.text),
                                    rule, role.confidence * factor, noun)
            return
        if role.kind == "place" and not holders:
            # "the Russian city of Kursk": the "of" object is the place itself; but in "the
            # Kansai region in Japan" the object is larger, and the modifier is the place.
            noun_rank = self.args.place_ranks.get(lemma_of(noun), 9)
            for obj, _ in objects:
                if obj.ref.entity.type not in ("Place", "Country"):
                    continue
                # ("the Malian VILLAGE of Moura": a place the gazetteer does not size is
                # what the noun says it is)
                obj_rank = noun_rank if obj.ref.entity.type == "Place" and \
                    obj.ref.entity.kind is None else self._rank(obj.ref)
                named = obj.ref.span.root.head.lower_ == "of" and obj.ref.entity.type == "Place"
                if named:
                    # "Georgia's breakaway REGION OF South Ossetia": the "of" object is the
                    # region itself, whatever size the gazetteer gives the name
                    obj_rank = min(obj_rank, noun_rank)
                for mod, _end in mods:
                    if obj_rank <= noun_rank:
                        small, big = obj, mod
                        if self._rank(mod.ref) < noun_rank:
                            continue  # "the Barzeh district of Damascus": Barzeh is it
                    else:
                        small, big = mod, obj
                    small_rank = obj_rank if small is obj else self._rank(small.ref)
                    if small_rank < self._rank(big.ref) < 9 and \
                            self._contained(small.ref, big.ref) is not False:
                        yield Candidate(small, role.predicate, big, "place-of-modifier",
                                        role.confidence, noun)
            return
        if role.kind == "title" and role.predicate in self.lex.symmetric and not mods and \
                not objects and len(holders) > 1 and noun.tag_ in ("NNS", "NNPS") and \
                noun.dep_ in ("attr", "appos"):
            # "Russia and China ARE close ALLIES": the holders are allies of each other
            for a, b in combinations(holders, 2):
                if a.ref.entity.iri != b.ref.entity.iri:
                    yield Candidate(a, role.predicate, b, "title-mutual", role.confidence, noun)
            return
        if len(holders) > 1:
            # in the order of the text, to be read "respectively"
            holders.sort(key=lambda a: a.ref.span.start)
            mods.sort(key=lambda m: m[0].ref.span.start)
            objects.sort(key=lambda o: o[0].ref.span.start)
        for k, holder in enumerate(holders):
            htype = holder.ref.entity.type
            for obj, end in _respectively(mods, k, len(holders)):
                pred = self._title_predicate(role, noun, left, obj.ref,
                                             self._between_words(noun, end), via_modifier=True)
                if pred is None:
                    continue
                pred = self._place_predicate(role, noun, pred, htype)
                if pred:
                    yield Candidate(holder, pred, obj, f"{rule_base}-modifier",
                                    role.confidence, noun)
            for obj, through in _respectively(objects, k, len(holders)):
                pred = self._title_predicate(role, noun, left, obj.ref, set(), via_modifier=False,
                                             through_office=through)
                if pred is None:
                    continue
                pred = self._place_predicate(role, noun, pred, htype)
                if pred:
                    yield Candidate(holder, pred, obj, f"{rule_base}-of", role.confidence, noun)

    def _place_predicate(self, role: RoleNoun, noun: Token, pred: str, htype: str) -> str | None:
        if role.kind != "place":
            return pred
        if htype == "Organization":
            # "X is part of the Y alliance"; "Columbia University, a university in New York"
            return "partOf" if lemma_of(noun) in self.part_nouns else "basedIn"
        return pred

    def _title_predicate(self, role: RoleNoun, noun: Token, left: set[str], ref: MentionRef,
                         between: set[str], *, via_modifier: bool,
                         through_office: bool = False) -> str | None:
        pred = role.predicate
        if role.kind != "title":
            return pred
        if left & self.past and pred in ("leaderOf", "officialOf"):
            # "FORMER Philippine President Rodrigo Duterte" holds no office now; he is still
            # a citizen, and a former party leader still one of its members
            if self._country_like(ref) and ref.entity.type == "Country":
                return "citizenOf"
            return "memberOf" if self._party_like(ref) else None
        if role.body_predicate and ref.entity.type == "Organization" and (
                role.body_kinds is None or ref.entity.kind in role.body_kinds):
            # "RSF COMMANDER Mohamed Hamdan Dagalo" leads the RSF; "NATO ALLIES" are members
            pred = role.body_predicate
        country = self._country_like(ref)
        if pred == "leaderOf" and (left & self.deputy or _ranked_below_first(left)):
            pred = "officialOf"
        if via_modifier:
            if between & self.non_state:
                return "citizenOf" if country and pred in ("leaderOf", "officialOf") else None
            unknown = between - self.state_bodies - self.qualifiers - self.deputy - \
                set(role.modifiers)  # "Saudi CROWN Prince": a word of the title itself
            if country and unknown and pred == "leaderOf":
                # "South Korean PRESBYTERIAN leader": not an office of the state (but a
                # minister's portfolio is: "Ukrainian INFRASTRUCTURE Minister")
                return "citizenOf"
            if (between - set(role.modifiers)) & self.state_bodies and pred == "leaderOf" and not (
                    role.body_predicate == "leaderOf" and ref.entity.type == "Organization"):
                pred = "officialOf"  # (but "the ELN's TOP commander" leads the ELN)
            if country and noun.dep_ in ("attr", "appos") and self._indefinite(noun) and \
                    pred != "alliedWith":
                # ("Fumio Kishida, a close U.S. ALLY": an ally, not a citizen)
                return "citizenOf"
        if through_office and pred == "leaderOf":
            pred = "officialOf"
        return pred

    # ------------------------------------------------------------ nationality

    def nationality(self, noun: Token, mod: Token, *, rule: str = "nationality"
                    ) -> Iterator[Candidate]:
        """ "a RUSSIAN politician", "HUNGARIAN footballer X", "a pastor FROM NIGERIA" (people),
        "the TURKISH company Roketsan" (bodies: ``basedIn``)."""
        ref = self.index.at(mod)
        if ref is None or ref.entity.type != "Country" or self.index.at(noun) is not None:
            return
        for _ in range(4):
            # "American country music ARTIST Carrie Underwood": the adjective opens a chain
            # of compounds that ends on the noun said of the person.
            head = noun.head
            if noun.dep_ != "compound" or head.pos_ != "NOUN" or head.i == noun.i or \
                    self.index.at(head) is not None:
                break
            noun = head
        if self.lex.role_noun(noun) is not None:
            return  # role nouns are read by the title rule
        lemma = lemma_of(noun)
        think_tank = is_think_tank(noun)
        if lemma in self.args.proxies and not think_tank:
            return
        person_noun = lemma not in self.non_state
        if think_tank:
            person_noun = False  # "the Hudson Institute, a U.S. THINK TANK"
        elif not person_noun and lemma not in self.args.org_nouns:
            return
        office = self._counterpart_office(noun) if lemma == "counterpart" else None
        holders = self.args.holder(noun)
        if lemma == "counterpart" and not holders:
            holders = [noun]  # "his Cambodian counterpart, Hun Sen,": the name after it
        # ("his Azeri COUNTERPART, Jeyhun Bayramov, and Armenia's Zohrab Mnatsakanyan": one
        # counterpart is the first name only)
        listed = lemma != "counterpart" or noun.tag_ == "NNS"
        found = [a for t in holders for a in self.args.resolve(t, conj=listed)]
        pairs = [(ref, a) for a in found]
        states = sorted([mod, *mod.conjuncts], key=lambda m: m.i)
        people = [a for a in found if a.ref.entity.type == "Person"]
        if len(states) > 1 and len(people) == len(states):
            # "his UKRAINIAN and MOLDOVAN counterparts, Zelensky and Sandu": respectively
            pairs = [(r, p) for m, p in zip(states, people, strict=True)
                     if (r := self.index.at(m)) is not None and r.entity.type == "Country"]
        for state, a in pairs:
            if a.ref.entity.iri == state.entity.iri:
                continue
            named = Arg(state, "name", state.span.text)
            if a.ref.entity.type == "Person" and person_noun:
                yield Candidate(a, "citizenOf", named,
                                rule, 0.85 if rule == "nationality" else 0.75, noun)
                if office is not None and self.index.is_named(state.entity.iri):
                    # "Polish President Andrzej Duda met HIS UKRAINIAN COUNTERPART
                    # Volodymyr Zelensky": the same office, in that state
                    yield Candidate(a, office, named, "title-counterpart", 0.75, noun)
            elif rule == "nationality" and a.ref.entity.type == "Organization" and \
                    (lemma in self.args.org_nouns or think_tank) and \
                    a.ref.entity.kind not in _NO_SEAT_KINDS \
                    and self.index.is_named(state.entity.iri):
                # "the Turkish COMPANY Roketsan", "Hezbollah, the Lebanese GROUP": the
                # state the body belongs to (named in the text, as for citizenship); the
                # noun must be one of bodies ("a French COMPOSER" is no company's seat).
                yield Candidate(a, "basedIn", named, "org-nationality", 0.7, noun)

    def _counterpart_office(self, noun: Token) -> str | None:
        """The office ("leaderOf" or "officialOf") of the person whose counterpart ``noun``
        is ("HIS counterpart", "MACRON'S counterpart"), read from a title right before one
        of their names; None when the text gives none."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        owner = self.index.at(poss)
        if owner is None and poss.lower_ in ("his", "her"):
            owner = self.args.antecedent(poss)
        if owner is None or owner.entity.type != "Person":
            return None
        for r in self.index.refs:
            if r.entity.iri == owner.entity.iri and r.span.start > 0 and \
                    not r.mention.demonym:
                role = self.lex.role_noun(self.doc[r.span.start - 1], kind="title")
                if role is not None and role.predicate in ("leaderOf", "officialOf"):
                    return role.predicate
        return None

    def copula_nationality(self, be: Token, subj: Token, attr: Token) -> Iterator[Candidate]:
        ref = self.index.at(attr)
        if ref is None or not ref.mention.demonym or ref.entity.type != "Country":
            return
        for a in self.args.resolve(subj):
            if a.ref.entity.type == "Person":
                yield Candidate(a, "citizenOf", Arg(ref, "name", ref.span.text),
                                "nationality", 0.85, attr)

    # ------------------------------------------------------------ membership

    def person_party(self, person: Token, org: Token, rule: str, *,
                     any_body: bool = False) -> Iterator[Candidate]:
        """A person and the party (or, with ``any_body``, any body) they belong to.

        "John Carson of the Ulster Unionist Party", "Mary Wilson of the Supremes"; a
        state body's people are its officials ("Dmitry Peskov of the Kremlin").
        """
        p = self.index.at(person)
        if p is None or p.entity.type != "Person":
            return
        for o in self.args.resolve(org, conj=False):
            ref = o.ref
            if ref.entity.type != "Organization" or ref.mention.demonym:
                continue
            if self._party_like(ref):
                pred = "memberOf"
            elif rule == "person-poss-party" and ref.entity.kind == "ArmedGroup" and \
                    not self.titled(p):
                pred = "leaderOf"  # "PRIGOZHIN'S Wagner Group", "Haftar's Libyan National Army"
            elif not any_body or self.titled(p):
                continue  # "Secretary-General Jens Stoltenberg of NATO": the title says it
            else:
                pred = "officialOf" if ref.entity.kind in _STATE_KINDS else "memberOf"
            yield Candidate(Arg(p, "name", p.span.text), pred, o, rule, 0.75, org)

    def sovereign(self, person: MentionRef, of: Token) -> Iterator[Candidate]:
        """ "Abdullah II of Jordan": a name with a regnal number, "of" and a state is the
        style of that state's sovereign. A title before the name is read by the title
        rule ("King Abdullah II of Jordan")."""
        if self.titled(person):
            return
        for o in of.children:
            if o.dep_ != "pobj":
                continue
            for a in self.args.resolve(o, conj=False):
                if a.via == "name" and a.ref.entity.type == "Country" and \
                        not a.ref.mention.demonym:
                    yield Candidate(Arg(person, "name", person.span.text), "leaderOf", a,
                                    "regnal-of", 0.75, of)

    def pronoun_party(self, pronoun: Token, party: MentionRef) -> Iterator[Candidate]:
        """ "HIS party, the Democrats of the Left", "HER Labour Party", "Merz, WHOSE CDU":
        the person the possessive points back to is a member."""
        if not self._party_like(party):
            return
        person = next((a.ref for a in self.args.resolve(pronoun)), None) \
            if pronoun.lower_ == "whose" else self.args.antecedent(pronoun)
        if person is not None and person.entity.type == "Person":
            yield Candidate(Arg(person, "pronoun", pronoun.text), "memberOf",
                            Arg(party, "name", party.span.text), "pronoun-poss-party", 0.7,
                            pronoun)

    def place_poss(self, thing: Token, owner: Token) -> Iterator[Candidate]:
        """ "Russia's Kursk region", "Tehran's Central Railway Station", "Iran's IRGC"."""
        a, b = self.index.at(thing), self.index.at(owner)
        if a is None or b is None or a is b or b.mention.demonym:
            return
        if b.entity.type not in ("Place", "Country"):
            return
        if self._entry(a) is None and not (a.entity.type == "Organization"
                                           and self._party_like(a)) and not (
                a.entity.type == "Place" and a.entity.kind == "Facility"):
            # ("Istanbul's Dolmabahce PALACE", "Cairo's Tahrir SQUARE": a site named by
            # what it is stands where the possessive says)
            # only places and bodies the gazetteer knows ("Italy's Franca Raimondi" may be
            # a person), and parties by their name ("Hungary's Fidesz Party")
            return
        if a.entity.type == "Place":
            if self._rank(a) < self._rank(b) and self._contained(a, b) is not False:
                yield Candidate(Arg(a, "name", a.span.text), "locatedIn",
                                Arg(b, "name", b.span.text), "place-possessive", 0.75, owner)
        elif a.entity.type == "Organization":
            doc = thing.doc
            nxt = doc[a.span.end] if a.span.end < len(doc) else None
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and \
                    lemma_of(nxt) not in self.args.org_nouns:
                return  # "Ukraine's NATO BID": the possessive owns the bid, not NATO
            if a.entity.kind in _ARMED and b.entity.iri in self.args.capital_iris:
                return  # "MOSCOW's Black Sea Fleet": the state's forces, not a city's
            pred = "partOf" if (a.entity.kind in _ARMED and b.entity.type == "Country") \
                else "basedIn"
            yield Candidate(Arg(a, "name", a.span.text), pred, Arg(b, "name", b.span.text),
                            "org-possessive", 0.7, owner)

    def _described(self, noun: Token, *, conj: bool = True, refer_back: bool = False
                   ) -> list[Arg]:
        """The entities a noun with an "X-based" / "X-backed" modifier describes: the name
        itself, else what the noun is said of ("Tellurian, a Houston-based COMPANY"), else,
        with ``refer_back``, what a definite noun refers back to ("the Iran-backed GROUP")."""
        if self.index.at(noun) is not None:
            return self.args.resolve(noun, conj=conj)
        found = [a for t in self.args.holder(noun) for a in self.args.resolve(t)]
        return found or (self.args.resolve(noun, conj=False) if refer_back else [])

    def based(self, based: Token, place: MentionRef) -> Iterator[Candidate]:
        """ "the Kyiv-based Institute", "Tellurian, a Houston-based LNG company"."""
        for org in self._described(based.head):
            if org.ref.entity.type == "Organization" and org.ref is not place:
                yield Candidate(org, "basedIn", Arg(place, "name", place.span.text),
                                "place-based", 0.75, based)

    def backed(self, backed: Token, backer: MentionRef) -> Iterator[Candidate]:
        """ "Hezbollah, the Iran-aligned militia", "the U.S.-backed government": a body on
        the side of the state or group that backs it; "the Iran-backed Houthis": an armed
        group a state backs gets its military support."""
        for side in self._described(backed.head, conj=False, refer_back=True):
            if side.ref.entity.type in ("Organization", "Country") and \
                    side.ref.entity.iri != backer.entity.iri:
                if lemma_of(backed) in ("back", "sponsor", "arm") and \
                        backer.entity.type == "Country" and \
                        side.ref.entity.kind in _FORCES_KINDS:
                    # "the IRAN-BACKED Houthis", "Rwanda-backed M23 rebels": a state's
                    # backing of an armed group is military support (but "Iran-ALIGNED"
                    # is an alliance, and a backed government is an ally)
                    yield Candidate(Arg(backer, "name", backer.span.text), "militarySupportTo",
                                    side, "backed-by", 0.7, backed)
                    continue
                yield Candidate(side, "alliedWith", Arg(backer, "name", backer.span.text),
                                "backed-by", 0.7, backed)

    def is_unit(self, ref: MentionRef) -> bool:
        """Whether an organisation's name makes it a unit of a body ("Hoover INSTITUTION")."""
        words = {w.strip("'’.,()").lower() for w in ref.entity.label.split()}
        return bool(words & self.unit_words) and not self._party_like(ref)

    def unit_of_body(self, unit: MentionRef, body: Token) -> Iterator[Candidate]:
        """ "the Hoover Institution AT Stanford University", "the Belfer Center at the
        Harvard Kennedy School": an institute, school or centre of a larger body."""
        for b in self.args.resolve(body, conj=False):
            if b.ref.entity.type == "Organization" and b.ref is not unit and \
                    not b.ref.mention.demonym:
                yield Candidate(Arg(unit, "name", unit.span.text), "partOf", b, "unit-of-body",
                                0.7, body)

    def org_in_place(self, org: Token, container: Token, rule: str, *,
                     known_only: bool = False) -> Iterator[Candidate]:
        """ "the Patrice Lumumba University IN Moscow", "Mitsubishi Electric (Japan)".

        With ``known_only`` the place must be a country or a city or region the gazetteer
        knows: a bracket after a name holds many things besides its seat.
        """
        a = self.index.at(org)
        if a is None or a.entity.type != "Organization" or a.entity.kind in _FORCES_KINDS:
            return  # "the Russian army in Kursk" is deployed there, not based
        for b in self._places_named(container):
            if known_only and b.ref.entity.type == "Place" and self._entry(b.ref) is None:
                continue
            if self._rank(b.ref) <= 1 and (a.entity.kind == "InternationalOrganization"
                                           or self._party_like(a)) and not self._seat(a, b.ref):
                continue  # "stood for Labour IN COVENTRY", "NATO IN VILNIUS": where, not a seat
                # (but "the International Court of Justice IN THE HAGUE": the gazetteer's
                # seat of the body)
            yield Candidate(Arg(a, "name", a.span.text), "basedIn", b, rule, 0.7, container)

    def _places_named(self, token: Token) -> list[Arg]:
        """The states and places ``token`` names, not by a demonym, nor through a deed,
        which says whose it is, not where ("won Ohio in the 1932 United States
        presidential ELECTION")."""
        return [b for b in self.args.resolve(token, conj=False)
                if b.via != "conduct" and not b.ref.mention.demonym
                and b.ref.entity.type in ("Place", "Country")]

    def _home(self, org: MentionRef, place: MentionRef) -> bool:
        """Whether the gazetteer puts ``place`` in the state ``org`` belongs to (Hezbollah in
        southern Lebanon is at home)."""
        a, b = self._entry(org), self._entry(place)
        if a is None or not a.country or b is None:
            return False
        return b.state == a.country

    def _seat(self, org: MentionRef, place: MentionRef) -> bool:
        """Whether the gazetteer gives ``place`` as the seat of ``org`` (its ``parent``)."""
        a, b = self._entry(org), self._entry(place)
        return a is not None and b is not None and a.parent == b.key

    def place_in_place(self, place: Token, container: Token) -> Iterator[Candidate]:
        """ "Kharkiv in eastern Ukraine", "Sudzha in the Kursk region"."""
        a = self.index.at(place)
        if a is None or a.entity.type != "Place" or a.mention.demonym:
            return
        if self.index.at(container) is a:
            return
        for b in self._places_named(container):
            if not self._rank(a) < self._rank(b.ref) or (
                    self._rank(b.ref) > 3 and not self._territory_of(a, b.ref)):
                continue
            if self._contained(a, b.ref) is False:
                continue
            yield Candidate(Arg(a, "name", a.span.text), "locatedIn", b, "place-in", 0.75,
                            place)

    def place_noun_of(self, last: MentionRef, of: Token) -> Iterator[Candidate]:
        """The places named before "<place noun> of Y" are in Y: "the Khyber Pakhtunkhwa
        province of Pakistan", "the Barzeh district of Damascus", "the Depsang and Demchok
        areas of Ladakh" (a district of a city is in it, whatever their sizes)."""
        named = [last]
        refs = self.index.refs
        k = refs.index(last) if last in refs else -1
        while k > 0:
            before, gap = refs[k - 1], self.doc[refs[k - 1].span.end:refs[k].span.start]
            if before.entity.type != "Place" or before.mention.demonym or \
                    [t.lower_ for t in gap] not in (["and"], [","], [",", "and"]):
                break
            named.append(before)
            k -= 1
        for o in of.children if of.dep_ == "prep" else ():
            if o.dep_ != "pobj":
                continue
            for b in self._places_named(o):
                for a in named:
                    if a.entity.iri == b.ref.entity.iri or \
                            self._contained(a, b.ref) is False or self._rank(b.ref) > 4:
                        continue
                    if len(named) == 1 and a.entity.kind in ("City", "Town") and \
                            self._entry(a) is not None and self._entry(b.ref) is None and \
                            b.ref.entity.type == "Place":
                        # "the CAIRO district of NASR CITY": a city the gazetteer knows
                        # before the noun, a place it does not after: the "of" names the
                        # district itself
                        yield Candidate(b, "locatedIn", Arg(a, "name", a.span.text),
                                        "place-noun-of", 0.8, of)
                        continue
                    yield Candidate(Arg(a, "name", a.span.text), "locatedIn", b,
                                    "place-noun-of", 0.8, of)

    def _territory_of(self, small: MentionRef, area: MentionRef) -> bool:
        """Whether ``area`` is a territory of one state that the gazetteer also puts
        ``small`` in ("Khan Younis in southern Gaza": the Gaza Strip), not a wide region
        ("Kyiv in Eastern Europe")."""
        a, b = self._entry(small), self._entry(area)
        return a is not None and b is not None and b.kind == "GeographicArea" and \
            bool(b.country) and a.country == b.country

    # ------------------------------------------------------------ groupings

    def grouping(self, noun: Token) -> Iterator[Candidate]:
        """The named members of a named group: "the coalition Auzolan, COMPRISING A, B and
        C", "AUKUS, an alliance OF Australia, the UK and the US", "the United Front coalition
        (SLFP, LSSP and the CP)"."""
        if self.index.at(noun) is not None:
            return  # the word is part of a name ("the Alliance Party")
        wholes = [a for a in self.args.resolve(noun, conj=False)
                  if a.ref.entity.type == "Organization"]
        if not wholes:
            return
        # "a coalition (called Y) WITH A and B", "an alliance INCLUDING A"
        namers = [c for c in noun.children
                  if c.dep_ == "acl" and lemma_of(c) in ("call", "name", "dub")]
        parts: list[Token] = self.args.prep_objects([noun, *namers], ["including", "with"])
        of = self.args.prep_objects([noun], ["of"])
        listed = of + [c for o in of for c in o.children if c.dep_ == "appos"]
        if len(listed) > 1 or any(o.conjuncts for o in of):
            parts += listed  # "an alliance of A, B and C"; but "the league of Turkey" is Turkey's
        for c in noun.children:
            if c.dep_ == "acl" and lemma_of(c) in _MEMBERS_VERBS:
                # "comprising A", "consisting of A", "made up of A", "including A"
                parts += [o for o in c.children if o.dep_ == "dobj"]
                parts += self.args.prep_objects([c], ["of"])
                parts += [o for p in c.children if p.dep_ == "prt"
                          for o in self.args.prep_objects([c], ["of"])]
            elif c.dep_ == "appos" and c.i > noun.i and self.doc[c.left_edge.i - 1].text == "(":
                parts.append(c)
        seen: set[str] = {w.ref.entity.iri for w in wholes}
        for t in parts:
            for part in self.args.resolve(t):
                if part.ref.entity.iri in seen or part.ref.mention.demonym:
                    continue
                seen.add(part.ref.entity.iri)
                if part.ref.entity.type not in ("Organization", "Country"):
                    continue
                for whole in wholes:
                    yield Candidate(part, "partOf", whole, "group-members", 0.75, noun)

    def led_grouping(self, noun: Token) -> Iterator[Candidate]:
        """Who joins, serves in or sends troops to a coalition a state leads is its ally:
        "Australia JOINED the U.S.-led coalition", "Jordan is PART OF the Saudi-led
        coalition", "Poland COMMITTED TROOPS TO the coalition led by the United States";
        "joined THE COALITION" after one such was named (see ``Arguments.resolve``)."""
        if not any((c.dep_ == "amod" or (c.dep_ == "acl" and c.tag_ == "VBN"))
                   and lemma_of(c) == "lead" for c in noun.children) and \
                [c.lower_ for c in noun.children] != ["the"]:
            return
        leaders = [a for a in self.args.resolve(noun, conj=False)
                   if a.via == "proxy" and a.ref.entity.type == "Country"]
        if not leaders:
            return
        head, verb = noun.head, None
        members: list[Token] = []
        if noun.dep_ == "dobj" and lemma_of(head) in ("join", "enter"):
            verb = head
        elif noun.dep_ == "pobj" and head.lower_ == "to" and \
                lemma_of(head.head) in self.troop_giving_verbs and \
                any(lemma_of(o) in self.args.forces for o in head.head.children
                    if o.dep_ == "dobj"):
            verb = head.head
        elif noun.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in (
                "part", "member"):
            members = self.args.holder(head.head)
        if verb is not None and not self.args.is_passive(verb):
            members = self.args.subjects(verb)
        seen = {a.ref.entity.iri for a in leaders}
        for t in members:
            for member in self.args.resolve(t):
                if member.ref.entity.type not in ("Country", "Organization") or \
                        member.ref.entity.iri in seen or member.ref.mention.demonym:
                    continue
                seen.add(member.ref.entity.iri)
                for leader in leaders:
                    yield Candidate(member, "alliedWith", leader, "led-grouping", 0.7, noun)

    def listed_targets(self) -> Iterator[Candidate]:
        """The named ones a sanctions list "includes", after a sentence that told
        sanctions on people it did not name: "China announced sanctions on 10 Europeans
        and four entities. THEY INCLUDE Reinhard Buetikofer, ...", "THOSE TARGETED
        include Zhu Hailun"."""
        if "nclude" not in self.index.text:
            return  # (most documents: no walk over their tokens)
        for tok in self.doc:
            if tok.lower_ not in ("include", "includes", "included") or tok.pos_ != "VERB":
                continue
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if not subj or subj[0].lower_ not in ("they", "those", "these"):
                continue
            sanctioners, unnamed = self.args.earlier_sanctions(tok)
            if not sanctioners or not unnamed:
                continue
            for o in tok.children:
                if o.dep_ != "dobj":
                    continue
                for a in self.args.resolve(o):
                    if a.ref.entity.type in ("Person", "Organization") and \
                            a.ref.entity.iri not in {s.ref.entity.iri for s in sanctioners}:
                        for s in sanctioners:
                            yield Candidate(s, "sanctions", a, "sanction-list", 0.7, tok)

    # ------------------------------------------------------------ place lists

    def _entry(self, ref: MentionRef):  # -> GazetteerEntry | None
        if self.gaz is None or not ref.entity.iri.startswith(BASE_IRI):
            return None
        return self.gaz.get(ref.entity.iri[len(BASE_IRI):])

    def _home_state(self, noun: Token) -> MentionRef | None:
        """The state a story is filed from, when its dateline names one place ("MANILA
        (AP) —", "KUZNICA, Poland —") and the text names that state, unless the sentence
        of ``noun`` names another state and not that one ("Foreign ministry spokesman Hong
        Lei said BEIJING was concerned" in a story filed from Seoul); else None. A sentence
        that opens in a place of another state ("IN NEW DELHI, Home Minister ...") gives
        that state instead."""
        lines = [r for r in self.index.refs[:DATELINE_WINDOW] if is_dateline(r)
                 and r.entity.type in ("Place", "Country") and not r.mention.demonym]
        codes = {self._state_code(r) for r in lines} - {None}
        if len(codes) != 1:
            return None  # "ISLAMABAD/NEW DELHI —": filed from two states
        home = codes.pop()
        sent = self.index.sent(noun)
        named = {self._state_code(r) for r in self.index.refs
                 if sent.start <= r.span.start < sent.end} - {None}
        first = self.index.at(self.doc[sent.start + 1]) if sent.end - sent.start > 2 and \
            self.doc[sent.start].lower_ == "in" else None
        opening = self._state_code(first) if first is not None and \
            first.span.start == sent.start + 1 else None
        if opening not in (None, home):
            # "IN NEW DELHI, Home Minister L.K. Advani said" in a story from Islamabad: the
            # state of the place the sentence opens in, if the text names it
            there = entity_iri(key=f"country/{opening}")
            return self.args.first_ref(there) if self.index.is_named(there) else None
        if named and home not in named:
            return None
        # the story must be about its home state as much as about any other: a story filed
        # from Rotterdam about Turkish ministers has Turkey's ministers in it
        counts = Counter(r.entity.iri for r in self.index.refs if r.entity.type == "Country")
        iri = entity_iri(key=f"country/{home}")
        if counts and counts[iri] < max(counts.values()):
            return None
        return self.args.first_ref(iri) if self.index.is_named(iri) else None

    def _state_code(self, ref: MentionRef) -> str | None:
        """The state a mention names or lies in (a country, its demonym, its city)."""
        entry = self._entry(ref)
        return entry.state if entry is not None and entry.type in ("Country", "Place") \
            else None

    def _travelling(self, person: MentionRef) -> bool:
        """Whether the person is the subject of a verb of travel ("Vice President Mike
        Pence is due to FLY to Bogota"): a visitor, whose office is no sign of where the
        story is filed from."""
        root = person.span.root
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i \
                and lemma_of(verb) not in self.travel_verbs:
            verb = verb.head
        todo = [verb] if verb is not None else []
        while todo:  # "is DUE TO FLY", "plans TO TRAVEL"
            t = todo.pop()
            if lemma_of(t) in self.travel_verbs:
                return True
            todo += [c for c in t.children if c.dep_ in ("xcomp", "acomp")]
        return False

    def _state_described(self, person: MentionRef) -> bool:
        """Whether the story gives the person a state or body beside a title anywhere
        ("GERMAN Defence Minister Boris Pistorius" ... "Defence Minister Pistorius"): then
        a bare title is no sign of the story's own state."""
        doc = self.doc
        for ref in self.index.refs:
            if ref.entity.iri != person.entity.iri:
                continue
            k = ref.span.start - 1
            while k >= 0 and (self.names.is_title(doc[k].text) or doc[k].text == "-" or
                              (doc[k].dep_ in ("compound", "amod", "poss", "case")
                               and doc[k].head.i >= k)):
                other = self.index.at(doc[k])
                if other is not None and other.entity.type in ("Country", "Organization"):
                    return True
                k -= 1
            # "Major General Peter Cosgrove, the AUSTRALIAN officer commanding the force",
            # "Admiral Harry Harris, head of the U.S. PACIFIC COMMAND"
            for appos in (c for c in ref.span.root.children if c.dep_ == "appos"):
                if any(self.index.at(t) is not None and self.index.at(t).entity.type in
                       ("Country", "Organization") for t in appos.subtree):
                    return True
        return False

    def _known_state(self, person: MentionRef) -> MentionRef | None:
        """The state the gazetteer says a person holds office in, if the text names it."""
        entry = self._entry(person)
        if entry is None or not entry.country or entry.kind not in _STATE_OFFICE_KINDS:
            return None
        iri = entity_iri(key=f"country/{entry.country}")
        return self.args.first_ref(iri) if self.index.is_named(iri) else None

    def _rank(self, ref: MentionRef) -> float:
        return self.args.rank(ref.entity)

    def _contained(self, small: MentionRef, big: MentionRef) -> bool | None:
        """Whether the gazetteer puts ``small`` in ``big`` (None when it cannot tell)."""
        a, b = self._entry(small), self._entry(big)
        if a is None or b is None:
            return None
        if b.type == "Country":
            return a.country == b.state if a.country else None
        seen = 0
        key = a.parent
        while key and seen < 5:
            if key == b.key:
                return True
            parent = self.gaz.get(key) if self.gaz is not None else None
            key = parent.parent if parent is not None else None
            seen += 1
        if "capital" in a.flags and a.country and not b.country:
            return False  # "features held by MANILA in the Spratly Islands": a state's
            # capital lies in no area outside every state
        return False if b.kind == "Region" and a.parent else None

    def _reference_point(self, ref: MentionRef) -> bool:
        """Whether a place is named as a bearing ("65 km north-east OF Bucharest"): the
        thing located is elsewhere in the sentence."""
        k = ref.span.start - 1
        doc = self.doc
        if k >= 0 and doc[k].lower_ in ("the", "a"):
            k -= 1
        return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in self.directions

    def _address_tail(self, refs: list[MentionRef], k: int) -> bool:
        """Whether ``refs[k]`` is followed by ", <place>" that ends the list: the last,
        largest part of an address ("Troy, NEW YORK."), not one more item of an enumeration
        ("Kharkiv, Sumy, Poltava and Kherson")."""
        doc = self.doc
        b = refs[k]
        if k + 1 >= len(refs) or b.span.end >= len(doc) or doc[b.span.end].text != ",":
            return False
        c = refs[k + 1]
        if c.span.start != b.span.end + 1 or self._rank(c) < 1.5 or self._rank(c) > 3:
            return False
        after = doc[c.span.end] if c.span.end < len(doc) else None
        if after is not None and after.lower_ in ("and", "or", "&"):
            return False
        nxt = refs[k + 2] if k + 2 < len(refs) else None
        return not (after is not None and after.text == "," and nxt is not None
                    and nxt.span.start == c.span.end + 1 and self._rank(nxt) <= self._rank(c))

    def _coordinated_before(self, refs: list[MentionRef], k: int) -> list[MentionRef]:
        """The places listed with ``refs[k]`` and before it, when "and" joins the last
        of them to it ("Xiamen, Suzhou AND Wuxi"): places of the same size."""
        doc = self.doc
        out: list[MentionRef] = []
        a = refs[k]
        rank = self._rank(a)
        j = k - 1
        joined = False
        while j >= 0:
            c = refs[j]
            between = doc[c.span.end:refs[j + 1].span.start]
            words = [t.lower_ for t in between]
            if words in (["and"], ["&"], [",", "and"]) and not joined:
                joined = True
            elif words != [","] or not joined:
                break
            if self._rank(c) != rank or \
                    self.index.sent(c.span[0]).start != self.index.sent(a.span[0]).start:
                break
            out.append(c)
            j -= 1
        return out if joined else []

    def org_own_state(self, ref: MentionRef) -> Iterator[Candidate]:
        """A state's body that its own name says is the state's: "the U.S. NAVY", "the
        CHINA Coast Guard", "the INDIAN Army", "the Russian Defence Ministry" are part of
        the United States, China, India, Russia (armed forces, intelligence services and
        ministries or agencies, lexicon ``state_organ_words``; no party, parliament or court,
        nor a rebel army, ``rebel_name_words``).
        The state must be named as itself in the name (or by a demonym), or be the one the
        gazetteer gives the body ("U.S." in "U.S. Navy")."""
        kind = ref.entity.kind
        words = {w.lower() for name in (ref.entity.label, ref.span.text)
                 for w in name.replace("-", " ").split()}
        if ref.mention.demonym or kind not in _ARMED or words & self.rebel_name_words or (
                kind == "GovernmentBody" and not words & self.state_organ_words):
            return  # (no parliament, court or council; no rebels' "Liberation Army")
        entry = self._entry(ref)
        for s, demonym, target in self._inner_names(ref):
            key = s.label_.removeprefix("demonym:")
            if not key.startswith("country/") or target.entity.type != "Country":
                continue
            if not (demonym or s.text == target.entity.label or (
                    entry is not None and entry.country == key.removeprefix("country/"))):
                continue  # ("Workers' Party of KOREA": no name of South Korea's)
            yield Candidate(Arg(ref, "name", ref.span.text), "partOf",
                            Arg(target, "name", target.span.text), "org-own-state", 0.8,
                            ref.span.root)
            return

    def place_lists(self) -> Iterator[Candidate]:
        refs = [r for r in self.index.refs
                if r.entity.type in ("Place", "Country") and not r.mention.demonym]
        doc = self.doc
        for k in range(len(refs) - 1):
            a, b = refs[k], refs[k + 1]
            gap = doc[a.span.end:b.span.start]
            paren = (len(gap) == 1 and gap[0].text == "(" and b.span.end < len(doc)
                     and doc[b.span.end].text == ")")
            # "Kharkiv in eastern Ukraine", however the parser attaches "in"; and after a
            # comma: "Tinzaouaten, in Mali's far north", "Akcakale, in Sanliurfa province"
            words = gap[1:] if len(gap) > 1 and gap[0].text == "," else gap
            within = (1 <= len(words) <= 3 and words[0].lower_ in ("in", "within")
                      and all(t.pos_ in ("DET", "ADJ") for t in words[1:]))
            if not (paren or within or (len(gap) == 1 and gap[0].text == ",")):
                continue
            if a.entity.iri == b.entity.iri or \
                    self.index.sent(a.span[0]).start != self.index.sent(b.span[0]).start:
                continue
            if within and self._reference_point(a):
                continue  # "northwest of San Francisco in Marin County"
            root = b.span.root
            if not within and not paren and root.dep_ in ("nsubj", "nsubjpass") and \
                    root.head.i >= b.span.end:
                continue  # "... the towns of Ras al-Ain and Tal Abyad, TURKEY SAID"
            if not within and not paren and b.span.end < len(doc) and \
                    doc[b.span.end].lower_ in ("'s", "’s") and \
                    (owned := self.index.at(root.head)) is not None and owned is not b:
                # "France's Total, NORWAY'S Statoil": the owner of the name that follows
                # (but "Mount Elbert, COLORADO'S highest peak" is in Colorado)
                continue
            ra, rb = self._rank(a), self._rank(b)
            contained = self._contained(a, b)
            if contained is False or rb > 3:
                continue
            if not (contained or (ra < rb and not (ra == 1.5 and rb < 2))
                    or (ra == 1.5 and rb <= 1.5 and (within or self._address_tail(refs, k + 1)))):
                # A place of unknown size before a city is an address only when "in" joins
                # them or a larger place follows ("Oakwood Cemetery, Troy, New York").
                continue
            # "Hungary, South Africa, Egypt": an enumeration, not an address.
            if k > 0 and doc[a.span.start - 1].text == "," and \
                    refs[k - 1].span.end == a.span.start - 1 and self._rank(refs[k - 1]) >= ra:
                continue
            if k + 2 < len(refs) and b.span.end < len(doc) and doc[b.span.end].text == "," and \
                    refs[k + 2].span.start == b.span.end + 1 and self._rank(refs[k + 2]) <= rb:
                continue
            if not within and not paren and k + 2 < len(refs) and b.span.end < len(doc) and \
                    doc[b.span.end].lower_ in ("and", "or") and \
                    refs[k + 2].span.start == b.span.end + 1 and self._rank(refs[k + 2]) == rb:
                # "the towns of Goris, Sotk AND Jermuk": a list ending with a place of the
                # same size as the second ("Kharkiv, Ukraine and Moscow" is an address)
                continue
            yield Candidate(Arg(a, "name", a.span.text), "locatedIn", Arg(b, "name", b.span.text),
                            "place-in" if within else "place-list", 0.8 if not within else 0.75,
                            gap[0])
            if not within and not paren:
                for c in self._coordinated_before(refs, k):
                    # "in Jakarta and Palembang, Indonesia": both cities are in Indonesia
                    if c.entity.iri != b.entity.iri and self._contained(c, b) is not False:
                        yield Candidate(Arg(c, "name", c.span.text), "locatedIn",
                                        Arg(b, "name", b.span.text), "place-list", 0.75, gap[0])

    # ------------------------------------------------------------ names of bodies

    # ------------------------------------------------------------ forces abroad

    def forces_presence(self, noun: Token) -> Iterator[Candidate]:
        """ "North Korean troops in Kursk", "North Korean soldiers fight in the Kursk region"."""
        if self.index.at(noun) is not None:
            return
        owners = [a for a in self.args.owner(noun)
                  if a.ref.entity.type in ("Country", "Organization")]
        if not owners:
            return
        places = self.args.prep_objects([noun], ["in", "inside"])
        # "Egyptian troops STATIONED AT Merowe air base IN northern Sudan"
        posted = [c for c in noun.children
                  if c.dep_ == "acl" and lemma_of(c) in self.posting_verbs]
        at = self.args.prep_objects(posted, ["at", "in", "inside"])
        places += at + self.args.prep_objects(at, ["in", "inside"])
        if noun.dep_ in ("nsubj", "nsubjpass") and places:
            # "the 1,000 American troops IN Syria were NOT LEAVING": where the subject's
            # own words place it holds whatever its verb says
            yield from self._deployed(owners, places, noun, rule="forces-subject")
            places = []
        if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX"):
            near = self.args.prep_objects([noun.head], ["in", "inside"])
            # "troops fought ALONGSIDE Ethiopian forces IN Tigray"
            near += self.args.prep_objects(
                self.args.prep_objects([noun.head], ["alongside", "against", "with"]),
                ["in", "inside"])
            places += near + self.args.prep_objects(near, ["in", "inside"])
        yield from self._deployed(owners, places, noun)

    def armed_body_presence(self, ref: MentionRef) -> Iterator[Candidate]:
        """ "the Wagner Group has been OPERATING IN Mali", "Wagner mercenaries FOUGHT IN
        Libya": an armed body named as the subject of a verb of presence."""
        root = ref.span.root
        if ref.entity.kind in _FORCES_KINDS and root.dep_ == "nsubj" and \
                lemma_of(root.head) in _PRESENCE_VERBS:
            yield from self._deployed([Arg(ref, "name", ref.span.text)],
                                      self.args.prep_objects([root.head], ["in", "inside"]),
                                      root, conf=0.7)

    def _deployed(self, owners: list[Arg], places: list[Token], anchor: Token, *,
                  conf: float | None = None, rule: str = "forces-presence"
                  ) -> Iterator[Candidate]:
        """Forces of ``owners`` in the places named by ``places``, except at home. Without
        ``conf``, a place the gazetteer cannot put in or out of the owner's country is less
        sure (0.55) than one it can, or a country (0.7)."""
        for t in places:
            for place in self.args.resolve(t):
                if place.via == "conduct" or place.ref.entity.type not in ("Place", "Country"):
                    continue
                for owner in owners:
                    if owner.ref.entity.iri == place.ref.entity.iri:
                        continue
                    home = self._contained(place.ref, owner.ref)
                    if home or (owner.ref.entity.type == "Organization"
                                and self._home(owner.ref, place.ref)):
                        continue  # "Russian troops in Belgorod", Hezbollah fighters in Lebanon
                    sure = conf if conf is not None else (
                        0.7 if home is False or place.ref.entity.type == "Country" else 0.55)
                    yield Candidate(owner, "deploysForcesTo", place, rule, sure, anchor)


def _ranked_below_first(words: set[str]) -> bool:
    """Whether a title's words rank it below the top ("the NO. 2 commander of the FARC",
    "its NUMBER THREE leader"; not "No. 1")."""
    return bool(words & {"no.", "no", "number"}) and not words & {"1", "one"} and any(
        w.isdigit() or w in ("two", "three", "four", "five") for w in words)


def _office_phrase(between, index) -> bool:
    """Whether the words between a title and a name are the office's own "of" phrase:
    "Secretary OF STATE Antony Blinken", "Secretary OF THE TREASURY Janet Yellen" (capitalised
    words that name no entity)."""
    words = list(between)
    return len(words) >= 2 and words[0].lower_ == "of" and all(
        t.lower_ in ("the", "and") or (t.is_title and t.pos_ == "PROPN" and index.at(t) is None)
        for t in words[1:]) and any(t.lower_ not in ("the", "and") for t in words[1:])


def _respectively(items: list, k: int, holders: int) -> list:
    """The items that go with the ``k``-th of ``holders`` people or bodies sharing a noun.

    "Putin and Kim, the LEADERS of Russia and North Korea": as many states as people are
    read in order; one state goes with all of them; any other count is left unread.

    Examples:
        >>> _respectively(["RU", "KP"], 1, 2), _respectively(["NATO"], 1, 2)
        (['KP'], ['NATO'])
        >>> _respectively(["RU", "KP", "CN"], 0, 2)
        []
    """
    if holders <= 1 or len(items) <= 1:
        return items
    return [items[k]] if len(items) == holders else []


def structural_relations(sdoc: Doc, args: Arguments, lexicon: Lexicon, *,
                         anchors: Sequence[Token] | None = None,
                         gazetteer: Gazetteer | None = None) -> Iterator[Candidate]:
    """Yield the candidates of every structural pattern in one parsed document.

    Role and place nouns, forces nouns and copulas are found among ``anchors`` (see
    :func:`~kgraph.relations.lexicon.find_anchors`); the patterns that start from a
    name (a person "of" a party, a place "in" a place) start from the entity mentions.

    Examples:
        >>> import spacy
        >>> from kgraph.relations.context import EntityIndex
        >>> from kgraph.relations.lexicon import load_lexicon
        >>> doc = spacy.blank("en")("Nothing here.")
        >>> lex = load_lexicon()
        >>> list(structural_relations(doc, Arguments(EntityIndex(doc, []), lex), lex))
        []
    """
    index = args.index
    if not index.refs:
        return
    rules = _Structural(sdoc, args, lexicon, gazetteer)
    if sdoc.has_annotation("DEP"):
        if anchors is None:
            anchors = find_anchors(sdoc, lexicon)
        forces = lexicon.word_class("forces")
        groupings = lexicon.word_class("groupings")
        own_parties = lexicon.word_class("parties") & lexicon.word_class("org_nouns")
        for token in anchors:
            lemma = lemma_of(token)
            if token.pos_ in ("NOUN", "PROPN"):
                role = lexicon.role_noun(token)
                if role is not None:
                    head = token.head
                    if token.dep_ == "compound" and head.i > token.i and \
                            head.pos_ not in ("NOUN", "PROPN") and \
                            head.lower_ == role.head and token.lower_ in role.modifiers:
                        # "the league's secretary-GENERAL": the title's last word, which
                        # the tagger read as an adjective, holds its modifiers and name
                        token = head
                    yield from rules.role_noun(token, role)
                if lemma in forces and token.pos_ == "NOUN":
                    yield from rules.forces_presence(token)
                if lemma in groupings and token.pos_ == "NOUN":
                    yield from rules.grouping(token)
                    yield from rules.led_grouping(token)
                if lemma in own_parties and token.pos_ == "NOUN":
                    for c in token.children:
                        if c.dep_ == "poss" and c.lower_ in ("his", "her", "whose"):
                            for a in args.resolve(token, conj=False):
                                yield from rules.pronoun_party(c, a.ref)
            elif lemma == "be":
                subj = [c for c in token.children if c.dep_ == "nsubj"]
                for attr in token.children:
                    if subj and attr.dep_ in ("attr", "acomp"):
                        yield from rules.copula_nationality(token, subj[0], attr)
        for ref in index.refs:
            yield from _from_name(rules, ref)
        yield from rules.listed_targets()
    yield from rules.place_lists()


def _from_name(rules: _Structural, ref: MentionRef) -> Iterator[Candidate]:
    """The patterns that start from a mention: its tokens' heads and children."""
    index = rules.index
    etype = ref.entity.type
    span = ref.span
    doc = span.doc
    comma = span.end < len(doc) and doc[span.end].text == ","
    after = span.end + (1 if comma else 0)
    if etype == "Place" and not ref.mention.demonym and after + 1 < len(doc) and \
            doc[after].lower_ in ("in", "within") and doc[after].dep_ == "prep" and \
            not span.start <= doc[after].head.i < span.end and not rules._reference_point(ref):
        # "Bakhmut, IN Ukraine's Donetsk region, fell", "took place in Khan Younis IN
        # southern Gaza": the place's container, which the parser hung on the verb
        for o in doc[after].children:
            if o.dep_ == "pobj":
                yield from rules.place_in_place(span.root, o)
    site = span.root.head
    if etype == "Place" and not ref.mention.demonym and site.i >= span.end and \
            span.root.dep_ in ("compound", "amod", "nmod") and site.pos_ == "NOUN" and \
            rules.names.site_words.get(site.lower_) in ("head", "alone") and \
            all(rules.names.site_words.get(w.lower_) for w in doc[span.end:site.i]):
        # "the Ain al-Asad AIR BASE IN western Iraq": a site named after the place, whose
        # container is the site's
        for c in site.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "within"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        yield from rules.place_in_place(span.root, o)
    noun = None  # a place noun right before "of", after the name or as its last word
    if span.end + 2 < len(doc) and doc[span.end + 1].lower_ == "of":
        noun = doc[span.end]
    elif span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        noun = span[-1]
    if etype == "Place" and not ref.mention.demonym and noun is not None and \
            noun.text.islower() and (rules.args.place_ranks.get(lemma_of(noun)) == 2
                                     or lemma_of(noun) == "area"):
        # "the Barzeh DISTRICT OF Damascus", "the Depsang and Demchok AREAS OF Ladakh",
        # "the Khyber Pakhtunkhwa province of Pakistan" (a name known with its noun); but
        # with a noun of a town the name is the larger place: "the Wellington SUBURB of
        # Miramar", "the Red Sea RESORT of Sharm el-Sheikh" (see place-of-modifier)
        yield from rules.place_noun_of(ref, doc[noun.i + 1])
    if etype == "Person" and comma and after + 1 < len(doc) and doc[after].lower_ == "in" and \
            (doc[after].head.i == span.root.i or span.start <= doc[after].head.i < span.end):
        # "Blinken, IN KYIV on Monday, said ...": where the person is
        for place in rules.args.venue([doc[after].head]):
            yield Candidate(Arg(ref, "name", ref.span.text), "visits", place,
                            "person-in", 0.65, doc[after])
    if etype == "Organization":
        yield from rules.armed_body_presence(ref)
        yield from rules.org_own_state(ref)
    if etype == "Organization" and not comma and after + 1 < len(doc) and \
            doc[after].lower_ == "in" and doc[after].dep_ == "prep" and \
            not span.start <= doc[after].head.i < span.end:
        # "asked the International Court of Justice IN THE HAGUE to ...": the parser hung
        # the "in" on the verb; read only where it names the body's seat
        for o in doc[after].children:
            place = index.at(o) if o.dep_ == "pobj" else None
            if place is not None and rules._seat(ref, place):
                yield from rules.org_in_place(span.root, o, "org-in-place")
    for t in span:
        head = t.head
        if head.i < span.start or head.i >= span.end:
            # "a RUSSIAN politician", "HUNGARIAN footballer X": a nationality.
            if etype == "Country" and t.dep_ in ("amod", "compound") and head.pos_ == "NOUN":
                yield from rules.nationality(head, t)
            elif etype == "Country" and t.dep_ == "pobj" and head.lower_ == "from" and \
                    head.head.pos_ == "NOUN" and not ref.mention.demonym:
                # "Daniel Ajayi-Adeniran is a pastor FROM NIGERIA"
                yield from rules.nationality(head.head, t, rule="nationality-from")
        for c in t.children:
            if span.start <= c.i < span.end:
                continue
            other = index.at(c)
            if etype == "Person":
                if c.dep_ == "prep" and c.lower_ == "of" and \
                        ROMAN_NUMERAL.match(t.doc[span.end - 1].text):
                    # "Abdullah II of Jordan", "Gustav III of Sweden": a sovereign's style
                    yield from rules.sovereign(ref, c)
                if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                    # "Joe Hendron of the SDLP", "Oliver Napier for the Alliance Party"
                    for o in c.children:
                        if o.dep_ == "pobj":
                            yield from rules.person_party(t, o, f"person-{c.lower_}-party",
                                                          any_body=c.lower_ == "of")
                elif other is not None and c.dep_ == "poss":
                    # "the New Zealand Labour Party's David Parker"
                    yield from rules.person_party(t, c, "party-poss-person")
                elif other is not None and c.dep_ == "appos" and \
                        other.span.start > 0 and t.doc[other.span.start - 1].text == "(":
                    # "Alban Maginness (Social Democratic and Labour Party)"
                    yield from rules.person_party(t, c, "person-party-appos")
                elif other is not None and c.dep_ in ("compound", "nmod") and c.i < t.i:
                    yield from rules.person_party(t, c, "party-person")
            elif etype == "Organization":
                if other is not None and c.dep_ == "poss":
                    yield from rules.person_party(c, t, "person-poss-party")
                    yield from rules.place_poss(t, c)
                elif c.dep_ == "poss" and c.lower_ in ("his", "her", "whose"):
                    # "organised by Harry West ... between HIS Ulster Unionist Party and ...",
                    # "Merz, WHOSE CDU governs with the SPD"
                    yield from rules.pronoun_party(c, ref)
                elif c.dep_ == "prep" and c.lower_ in ("in", "within"):
                    # "McGill University in Montreal"
                    for o in c.children:
                        if o.dep_ == "pobj":
                            yield from rules.org_in_place(t, o, "org-in-place")
                elif c.dep_ == "prep" and c.lower_ in ("at", "of") and rules.is_unit(ref):
                    # "the Hoover Institution at Stanford University"
                    for o in c.children:
                        if o.dep_ == "pobj":
                            yield from rules.unit_of_body(ref, o)
                elif other is not None and c.dep_ == "appos" and other.span.start > 0 and \
                        t.doc[other.span.start - 1].text == "(" and \
                        other.span.end < len(t.doc) and t.doc[other.span.end].text == ")":
                    # "Mitsubishi Electric (Japan)"
                    yield from rules.org_in_place(t, c, "org-place-bracket", known_only=True)
            elif etype == "Place" and c.dep_ == "prep" and c.lower_ in ("in", "within"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        yield from rules.place_in_place(t, o)
                        # "Sievierodonetsk and Lysychansk IN the Luhansk region": the places
                        # listed before, which share the phrase the parser hung on the last
                        listed = t.dep_ == "conj" and any(
                            g.dep_ == "cc" and g.lower_ in ("and", "or") for g in t.head.children)
                        for x in t.conjuncts if listed else ():
                            if x.i < t.i and not any(g.dep_ == "prep" for g in x.children):
                                yield from rules.place_in_place(x, o)
            elif etype == "Place" and other is not None and c.dep_ == "poss":
                yield from rules.place_poss(t, c)
        if etype == "Place" and t.i == span.root.i and not ref.mention.demonym:
            # "Ukraine's eastern Donetsk and Luhansk REGIONS": the possessive of the plural
            # place noun the listed names modify
            first = t
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            noun = first.head
            if first.dep_ in ("nmod", "compound") and noun.tag_ == "NNS" and \
                    lemma_of(noun) in rules.args.place_ranks and noun.i >= span.end:
                for c in noun.children:
                    if c.dep_ == "poss":
                        yield from rules.place_poss(t, c)
        if etype == "Place" and t.dep_ == "compound" and t.head.i == span.end and \
                t.head.text.islower() and lemma_of(t.head) in rules.args.place_ranks:
            # "Armenia's Syunik PROVINCE": the possessive the parser hung on the noun
            for c in t.head.children:
                if c.dep_ == "poss" and index.at(c) is not None:
                    yield from rules.place_poss(t, c)
        if etype == "Country" and not ref.mention.demonym and t.dep_ == "conj" and \
                any(c.dep_ in ("amod", "compound") and c.lower_ in ("neighbouring", "neighboring")
                    for c in t.children):
            # "Mali and NEIGHBOURING Niger"
            other = index.at(head)
            if other is not None and other.entity.type == "Country" and \
                    not other.mention.demonym and other.entity.iri != ref.entity.iri:
                yield Candidate(Arg(other, "name", other.span.text), "borders",
                                Arg(ref, "name", ref.span.text), "neighbouring", 0.75, t)
        if etype in ("Country", "Organization") and not ref.mention.demonym and \
                head.lemma_.lower() in rules.backing and \
                t.dep_ in ("npadvmod", "compound", "nmod") and head.dep_ == "amod" and \
                t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-":
            yield from rules.backed(head, ref)
        if etype in ("Place", "Country") and head.lemma_.lower() == "base" and \
                t.dep_ in ("npadvmod", "compound", "nmod") and head.dep_ == "amod":
            yield from rules.based(head, ref)
