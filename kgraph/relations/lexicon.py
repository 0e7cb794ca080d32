"""The relation lexicon (``data/lexicon.toml``) and the event frames it drives.

The lexicon is a readable data file an analyst can edit: the trigger lemmas of each
event frame ("deploy", "send" ... troops to → ``deploysForcesTo``), the argument
roles the frame reads (active and passive subject, object, prepositions, "between X and
Y", a purpose clause), the word classes those roles refer to (``@forces``), role and
place nouns for the structural patterns, the words that hedge, negate or attribute a
claim, and the CAMEO / PLOVER codes of each event type.

:func:`load_lexicon` reads and checks it (once per process); :func:`frame_relations`
runs every frame over a parsed document. The words every rule starts from (frame
triggers, role and place nouns, forces nouns) are found in one pass by one spaCy
``Matcher`` with a single lemma set, built once per vocabulary (:func:`find_anchors`).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from ..errors import DataFileError
from ..gazetteer import data_path
from ..model import Entity

if TYPE_CHECKING:  # pragma: no cover
    from .context import MentionRef
    from .syntax import Arguments, Candidate

from .syntax import lemma_of, named_like

__all__ = [
    "PREPOSITION_ROLES",
    "ROLES",
    "Anaphor",
    "ContextWords",
    "Entailment",
    "Frame",
    "Lexicon",
    "RoleNoun",
    "anchor_matcher",
    "anchor_words",
    "find_anchors",
    "frame_relations",
    "load_lexicon",
    "parse_lexicon",
]

#: Prepositions a role may name: the object of that preposition on the trigger.
PREPOSITION_ROLES = frozenset({
    "to", "against", "with", "on", "in", "into", "of", "at", "over", "for", "from", "within",
    "inside", "by", "as", "across", "about", "alongside",
})
#: Every role a frame may use for its subject or object.
ROLES = PREPOSITION_ROLES | {"agent", "patient", "between", "purpose", "whole", "dobj",
                             "result", "retribution", "harm", "dateline", "judged",
                             "venue", "holder", "poss", "owner", "targeted"}

_TYPES = frozenset({"Person", "Country", "Place", "Organization", "Event"})


@dataclass(frozen=True, slots=True)
class Frame:
    """One event frame: trigger lemmas, where its arguments are, what it asserts."""

    id: str
    predicate: str
    pos: str
    lemmas: frozenset[str]
    subject: tuple[str, ...] = ("agent",)
    object: tuple[str, ...] = ("patient",)
    theme: frozenset[str] | None = None
    theme_not: frozenset[str] = frozenset()
    theme_not_unless: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()
    requires_not: frozenset[str] = frozenset()
    object_is: frozenset[str] | None = None
    object_types: frozenset[str] | None = None
    subject_types: frozenset[str] | None = None
    persons_by_deed: bool = False
    epithet: frozenset[str] | None = None
    epithet_not: frozenset[str] = frozenset()
    pair_subjects: bool = True
    clause_not: frozenset[str] | None = None
    confidence: float = 0.8
    cameo: str | None = None
    plover: str | None = None
    example: str | None = None
    expect: tuple[str, str, str] | None = None


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A role or place noun ("prime minister", "capital") and the predicate it gives."""

    head: str
    modifiers: tuple[str, ...]
    predicate: str
    confidence: float
    kind: str  # "title" or "place"
    preps: tuple[str, ...] = ("of",)
    holders: frozenset[str] | None = None  # entity types that may hold it (None: any)
    body_predicate: str | None = None  # the predicate towards an organisation, if another
    body_kinds: frozenset[str] | None = None  # the organisation kinds it applies to (None: any)


@dataclass(frozen=True, slots=True)
class Anaphor:
    """Definite nouns that may refer back to a named entity ("THE TOWN", "THE GROUP").

    An entity fits when its type is one of :attr:`types` and, when :attr:`kinds` or
    :attr:`names` are given, its kind is one of ``kinds`` (``"none"``: a kind nobody
    knows) or its name has one of the words in ``names``. A name that carries another
    entry's noun ("L.A. City COLLEGE", "the Labour PARTY") is what that noun refers
    to, not this one ("the group"), unless this entry names no kinds and no words.
    """

    nouns: frozenset[str]
    types: frozenset[str]
    kinds: frozenset[str] | None = None
    names: frozenset[str] | None = None

    def fits(self, entity: Entity, *, categories: frozenset[str] = frozenset()) -> bool:
        """Return whether ``entity`` is something these nouns may stand for.

        ``categories`` are the nouns of every entry (see :attr:`Lexicon.anaphor_words`).

        Examples:
            >>> town = Anaphor(frozenset({"town"}), frozenset({"Place"}),
            ...                frozenset({"City", "none"}))
            >>> town.fits(Entity("x:k", "Place", "Kursk", kind="City"))
            True
            >>> town.fits(Entity("x:r", "Country", "Russia", kind="Country"))
            False
            >>> group = Anaphor(frozenset({"group"}), frozenset({"Organization"}),
            ...                 frozenset({"none"}))
            >>> group.fits(Entity("x:c", "Organization", "City College"),
            ...            categories=frozenset({"group", "college"}))
            False
        """
        if entity.type not in self.types:
            return False
        if self.kinds is None and self.names is None:
            return True
        words = {w.strip("'’.,()").lower() for w in entity.label.split()}
        own = words & categories
        if own and not own & (self.nouns | (self.names or frozenset())):
            return False
        if self.kinds is not None and (entity.kind or "none") in self.kinds:
            return True
        return self.names is not None and bool(words & self.names)


@dataclass(frozen=True, slots=True)
class Entailment:
    """A relation that implies another: a party's leader is one of its members."""

    predicate: str
    implies: str
    object_is: frozenset[str] | None = None
    object_type: str | None = None
    object_not_kinds: frozenset[str] = frozenset()

    def applies(self, predicate: str, obj: MentionRef) -> bool:
        """Return whether a ``predicate`` relation to ``obj`` implies :attr:`implies`."""
        if predicate != self.predicate:
            return False
        if self.object_type is not None and obj.entity.type != self.object_type:
            return False
        if obj.entity.kind is not None and obj.entity.kind.lower() in self.object_not_kinds:
            return False
        return self.object_is is None or named_like(obj, self.object_is)


@dataclass(frozen=True, slots=True)
class ContextWords:
    """The words that hedge, negate and attribute claims, and confidence factors."""

    hedge_factor: float = 0.6
    pronoun_factor: float = 0.8
    anaphor_factor: float = 0.8
    proxy_factor: float = 0.9
    hedge_adverbs: frozenset[str] = frozenset()
    hedge_modals: frozenset[str] = frozenset()
    hedge_governors: frozenset[str] = frozenset()
    intent_governors: frozenset[str] = frozenset()
    intent_modals: frozenset[str] = frozenset()
    trip_modals: frozenset[str] = frozenset()
    trip_verbs: frozenset[str] = frozenset()
    en_route_verbs: frozenset[str] = frozenset()
    intent_objects: frozenset[str] = frozenset()
    unrealised_heads: frozenset[str] = frozenset()
    unrealised_modifiers: frozenset[str] = frozenset()
    hedge_words: frozenset[str] = frozenset()
    negating_governors: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    non_specific: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    anonymous_sources: frozenset[str] = frozenset()
    decision_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything in ``data/lexicon.toml``, checked and indexed."""

    classes: Mapping[str, frozenset[str]]
    predicates: Mapping[str, tuple[frozenset[str], frozenset[str]]]
    retypes: tuple[tuple[str, str | None, str | None, str], ...]
    role_nouns: Mapping[str, tuple[RoleNoun, ...]]
    frames: tuple[Frame, ...]
    context: ContextWords
    symmetric: frozenset[str] = frozenset()
    named_arguments: frozenset[str] = frozenset()
    happened_only: frozenset[str] = frozenset()
    decided_acts: frozenset[str] = frozenset()
    metonym_predicates: frozenset[str] = frozenset()
    entailments: tuple[Entailment, ...] = ()
    anaphors: Mapping[str, Anaphor] = field(default_factory=dict)
    object_not_kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    deed_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    path: str = ""

    @property
    def anaphor_words(self) -> frozenset[str]:
        """Every noun of ``[[anaphor]]``: the words that give a name its category."""
        return frozenset(self.anaphors)

    def word_class(self, name: str) -> frozenset[str]:
        """Return the lemmas of a word class (``forces`` or ``@forces``)."""
        return self.classes.get(name.removeprefix("@"), frozenset())

    def _triggers(self, pos: str) -> Mapping[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for f in self.frames:
            if f.pos == pos:
                out.setdefault(f.predicate, set()).update(f.lemmas)
        return {p: frozenset(v) for p, v in out.items()}

    @functools.cached_property
    def _longer_titles(self) -> Mapping[str, tuple[tuple[str, ...], ...]]:
        """First word → the words of the multi-word titles it starts ("chief" → "chief of
        staff", "chief executive")."""
        out: dict[str, set[tuple[str, ...]]] = {}
        for head, entries in self.role_nouns.items():
            for e in entries:
                if e.modifiers:
                    out.setdefault(e.modifiers[0], set()).add((*e.modifiers, head))
        return {k: tuple(v) for k, v in out.items()}

    @functools.cached_property
    def event_nouns(self) -> Mapping[str, frozenset[str]]:
        """Predicate → the trigger lemmas of its noun frames ("war", "battle" for
        fightsAgainst): a verb's object that names its own event ("FOUGHT two WARS")."""
        return self._triggers("noun")

    @functools.cached_property
    def event_verbs(self) -> Mapping[str, frozenset[str]]:
        """Predicate → the trigger lemmas of its verb frames."""
        return self._triggers("verb")

    @functools.cached_property
    def target_verbs(self) -> frozenset[str]:
        """Verbs whose object is their target ("KILLED Nasrallah in an airstrike"): the
        verb frames of attacks, sanctions, criticism and threats, less ``aid_verbs``,
        whose object acts ("assisted Russia in combat against Ukraine")."""
        return frozenset(
            lemma for f in self.frames if f.pos == "verb" and "patient" in f.object
            and f.predicate in ("attacks", "sanctions", "criticizes", "threatens")
            for lemma in f.lemmas) - self.word_class("aid_verbs")

    def role_noun(self, token: Token, *, kind: str | None = None) -> RoleNoun | None:
        """Return the role or place noun ``token`` heads, the longest title first.

        "Prime" before "minister" makes "prime minister"; the modifiers of a
        multi-word title must be the token's left children (or the words just before).
        """
        head = lemma_of(token)
        entries = self.role_nouns.get(head)
        if not entries:
            return None
        doc = token.doc
        longer = self._longer_titles.get(token.lower_, ())
        # ("secretary-general" is three tokens: the hyphen joins, it is no word)
        ahead = [w.lower_ for w in doc[token.i:token.i + 6] if w.text != "-"] if longer else []
        for words in longer:
            if ahead[:len(words)] == list(words):
                # "the Kremlin CHIEF of staff": the longer title, read at its first word
                # (where its modifiers hang)
                return next((e for e in self.role_nouns[words[-1]]
                             if e.modifiers == words[:-1]
                             and (kind is None or e.kind == kind)), None)
        first = token.sent.start if doc.has_annotation("SENT_START") else 0
        # ("Secretary-General": the hyphen that joins the title's words is no word)
        left = [w.lower_ for w in doc[max(token.i - 4, first):token.i] if w.text != "-"]
        for entry in entries:
            if kind is not None and entry.kind != kind:
                continue
            n = len(entry.modifiers)
            if n == 0 or left[-n:] == list(entry.modifiers):
                return entry
        return None

    def allows(self, predicate: str, subject_type: str, object_type: str) -> bool:
        """Return whether the predicate accepts these entity types."""
        types = self.predicates.get(predicate)
        return types is not None and subject_type in types[0] and object_type in types[1]

    def excludes(self, predicate: str, object_kind: str | None) -> bool:
        """Return whether ``[object_not_kinds]`` rules out an object of this kind.

        Examples:
            >>> lex = parse_lexicon({"predicates": {"attacks": [["Country"], ["Place"]]},
            ...                      "object_not_kinds": {"attacks": ["Sea"]}})
            >>> lex.excludes("attacks", "Sea"), lex.excludes("attacks", "City")
            (True, False)
        """
        return object_kind is not None and object_kind.lower() in self.object_not_kinds.get(
            predicate, ())

    def retype(self, predicate: str, subject_type: str, object_type: str) -> str:
        """Return the predicate a relation takes for these types (see ``[[retype]]``)."""
        for pred, subj, obj, becomes in self.retypes:
            if pred == predicate and subj in (None, subject_type) and obj in (None, object_type):
                return becomes
        return predicate


def _type_list(value: Any, where: str) -> frozenset[str] | None:
    """An optional list of entity types."""
    if value is None:
        return None
    if not isinstance(value, list) or not value or not set(value) <= _TYPES:
        raise DataFileError(f"{where} must be a list of entity types",
                            fix=f"use some of: {', '.join(sorted(_TYPES))}")
    return frozenset(value)


def _words(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where} must be a list of words", fix='write e.g. ["deploy", "send"]')
    return frozenset(v.strip().lower() for v in value)


def _roles(value: Any, where: str) -> tuple[str, ...]:
    roles = tuple(value) if isinstance(value, list) else None
    if not roles or any(r not in ROLES for r in roles):
        raise DataFileError(
            f"{where} must be a list of roles, found {value!r}",
            fix=f"use roles from: {', '.join(sorted(ROLES))}",
        )
    return roles


def _confidence(value: Any, where: str) -> float:
    if not isinstance(value, int | float) or not 0 < value <= 1:
        raise DataFileError(f"{where} must be a number in (0, 1], found {value!r}",
                            fix="write a confidence such as 0.8")
    return float(value)


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise DataFileError(f"{where} must be true or false, found {value!r}",
                            fix="write true or false (lower case, no quotes)")
    return value


def _class_ref(value: Any, classes: Mapping[str, frozenset[str]], where: str) -> frozenset[str]:
    """Resolve ``"@name"`` or a list of lemmas and ``@names`` to a set of lemmas."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise DataFileError(f"{where} must be a word class or a list", fix='write "@forces"')
    out: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            raise DataFileError(f"{where} has a non-text item {item!r}", fix='write "@forces"')
        if item.startswith("@"):
            if item[1:] not in classes:
                raise DataFileError(
                    f"{where} names the word class {item!r}, which [classes] does not define",
                    fix=f"define it under [classes] or use one of: {', '.join(sorted(classes))}",
                )
            out |= classes[item[1:]]
        else:
            out.add(item.lower())
    return frozenset(out)


def parse_lexicon(data: Mapping[str, Any], *, where: str = "lexicon") -> Lexicon:
    """Check and index the parsed TOML of a lexicon.

    Raises:
        DataFileError: a section is missing or malformed (the message names it).

    Examples:
        >>> lex = parse_lexicon({"predicates": {"leaderOf": [["Person"], ["Country"]]},
        ...     "title": [{"predicate": "leaderOf", "lemmas": ["prime minister"]}]})
        >>> lex.role_nouns["minister"][0].modifiers
        ('prime',)
    """
    classes = {
        name: _words(words, f"{where}: [classes] {name}")
        for name, words in (data.get("classes") or {}).items()
    }
    predicates: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for name, value in (data.get("predicates") or {}).items():
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(v, list) and set(v) <= _TYPES for v in value)):
            raise DataFileError(
                f"{where}: [predicates] {name} must be [[subject types], [object types]]",
                fix=f"use the types {', '.join(sorted(_TYPES))}",
            )
        predicates[name] = (frozenset(value[0]), frozenset(value[1]))

    def check_predicate(pred: Any, at: str) -> str:
        if pred not in predicates:
            raise DataFileError(
                f"{where}: {at} uses predicate {pred!r}, which [predicates] does not list",
                fix="add it to [predicates] (and to data/ontology.ttl) or correct the name",
            )
        return pred

    retypes = []
    for i, r in enumerate(data.get("retype") or (), 1):
        at = f"[[retype]] #{i}"
        retypes.append((check_predicate(r.get("predicate"), at), r.get("subject"),
                         r.get("object"), check_predicate(r.get("becomes"), at)))
    role_nouns: dict[str, list[RoleNoun]] = {}
    sections = {"title": data.get("title") or (), "place": data.get("place") or ()}
    for kind, entries in sections.items():
        for i, entry in enumerate(entries, 1):
            at = f"[[{kind}]] #{i}"
            pred = check_predicate(entry.get("predicate"), at)
            conf = _confidence(entry.get("confidence", 0.8), f"{where}: {at} confidence")
            default = ("of",) if kind == "title" else ("of", "in", "within")
            preps = tuple(entry.get("preps", default))
            if not preps or any(p not in PREPOSITION_ROLES for p in preps):
                raise DataFileError(f"{where}: {at} preps must be a list of prepositions",
                                    fix=f"use some of: {', '.join(sorted(PREPOSITION_ROLES))}")
            holders = entry.get("holders")
            if holders is not None and (not isinstance(holders, list)
                                        or not set(holders) <= _TYPES):
                raise DataFileError(f"{where}: {at} holders must be a list of entity types",
                                    fix=f"use some of: {', '.join(sorted(_TYPES))}")
            body_pred = entry.get("body_predicate")
            if body_pred is not None:
                body_pred = check_predicate(body_pred, f"{at} body_predicate")
            body_kinds = entry.get("body_kinds")
            if body_kinds is not None and (not isinstance(body_kinds, list) or not all(
                    isinstance(k, str) and k for k in body_kinds)):
                raise DataFileError(f"{where}: {at} body_kinds must be a list of kinds",
                                    fix='write body_kinds = ["InternationalOrganization"]')
            for phrase in _words(entry.get("lemmas"), f"{where}: {at} lemmas"):
                *mods, head = phrase.split()
                role_nouns.setdefault(head, []).append(RoleNoun(
                    head, tuple(mods), pred, conf, kind, preps,
                    frozenset(holders) if holders is not None else None, body_pred,
                    frozenset(body_kinds) if body_kinds is not None else None))
    indexed = {h: tuple(sorted(v, key=lambda r: -len(r.modifiers)))
               for h, v in role_nouns.items()}
    frames = []
    seen: set[str] = set()
    for i, f in enumerate(data.get("frame") or (), 1):
        fid = f.get("id") or f"frame-{i}"
        at = f"[[frame]] {fid}"
        if fid in seen:
            raise DataFileError(f"{where}: frame id {fid!r} appears twice",
                                fix="give every frame its own id")
        seen.add(fid)
        pos = f.get("pos")
        if pos not in ("verb", "noun"):
            raise DataFileError(f"{where}: {at} pos must be 'verb' or 'noun', found {pos!r}",
                                fix='write pos = "verb" or pos = "noun"')
        expect = f.get("expect")
        if expect is not None and (not isinstance(expect, list) or len(expect) != 3):
            raise DataFileError(f"{where}: {at} expect must be [subject, predicate, object]",
                                fix='write expect = ["North Korea", "deploysForcesTo", "Russia"]')
        frames.append(Frame(
            id=fid,
            predicate=check_predicate(f.get("predicate"), at),
            pos=pos,
            lemmas=_words(f.get("lemmas"), f"{where}: {at} lemmas"),
            subject=_roles(f.get("subject", ["agent"]), f"{where}: {at} subject"),
            object=_roles(f.get("object", ["patient"]), f"{where}: {at} object"),
            theme=(_class_ref(f["theme"], classes, f"{where}: {at} theme")
                   if "theme" in f else None),
            theme_not=(_class_ref(f["theme_not"], classes, f"{where}: {at} theme_not")
                       if "theme_not" in f else frozenset()),
            theme_not_unless=(_class_ref(f["theme_not_unless"], classes,
                                         f"{where}: {at} theme_not_unless")
                              if "theme_not_unless" in f else frozenset()),
            requires=(_class_ref(f["requires"], classes, f"{where}: {at} requires")
                      if "requires" in f else frozenset()),
            requires_not=(_class_ref(f["requires_not"], classes, f"{where}: {at} requires_not")
                          if "requires_not" in f else frozenset()),
            object_is=(_class_ref(f["object_is"], classes, f"{where}: {at} object_is")
                       if "object_is" in f else None),
            object_types=_type_list(f.get("object_types"), f"{where}: {at} object_types"),
            subject_types=_type_list(f.get("subject_types"), f"{where}: {at} subject_types"),
            persons_by_deed=_flag(f.get("persons_by_deed", False),
                                  f"{where}: {at} persons_by_deed"),
            epithet=(_class_ref(f["epithet"], classes, f"{where}: {at} epithet")
                     if "epithet" in f else None),
            epithet_not=(_class_ref(f["epithet_not"], classes, f"{where}: {at} epithet_not")
                         if "epithet_not" in f else frozenset()),
            pair_subjects=_flag(f.get("pair_subjects", True), f"{where}: {at} pair_subjects"),
            clause_not=(_class_ref(f["clause_not"], classes, f"{where}: {at} clause_not")
                    if "clause_not" in f else None),
            confidence=_confidence(f.get("confidence", 0.8), f"{where}: {at} confidence"),
            cameo=str(f["cameo"]) if "cameo" in f else None,
            plover=f.get("plover"),
            example=f.get("example"),
            expect=tuple(expect) if expect else None,  # type: ignore[arg-type]
        ))
    ctx = data.get("context") or {}
    context = ContextWords(
        hedge_factor=_confidence(ctx.get("hedge_factor", 0.6), f"{where}: hedge_factor"),
        pronoun_factor=_confidence(ctx.get("pronoun_factor", 0.8), f"{where}: pronoun_factor"),
        anaphor_factor=_confidence(ctx.get("anaphor_factor", 0.8), f"{where}: anaphor_factor"),
        proxy_factor=_confidence(ctx.get("proxy_factor", 0.9), f"{where}: proxy_factor"),
        **{
            name: _words(ctx.get(name, []), f"{where}: [context] {name}")
            for name in ("hedge_adverbs", "hedge_modals", "hedge_governors", "intent_governors",
                         "intent_modals", "trip_modals", "trip_verbs", "en_route_verbs",
                         "intent_objects",
                         "unrealised_heads",
                         "unrealised_modifiers",
                         "hedge_words",
                         "negating_governors", "negators", "non_specific", "reporting_verbs",
                         "anonymous_sources", "decision_verbs")
        },
    )
    return Lexicon(
        classes=classes,
        predicates=predicates,
        retypes=tuple(retypes),
        role_nouns=indexed,
        frames=tuple(frames),
        context=context,
        symmetric=frozenset(check_predicate(p, "symmetric") for p in data.get("symmetric", ())),
        named_arguments=frozenset(check_predicate(p, "named_arguments")
                                  for p in data.get("named_arguments", ())),
        happened_only=frozenset(check_predicate(p, "happened_only")
                                for p in data.get("happened_only", ())),
        decided_acts=frozenset(check_predicate(p, "decided_acts")
                               for p in data.get("decided_acts", ())),
        metonym_predicates=frozenset(check_predicate(p, "metonym_predicates")
                                     for p in data.get("metonym_predicates", ())),
        object_not_kinds={
            check_predicate(p, "[object_not_kinds]"): _words(
                kinds, f"{where}: [object_not_kinds] {p}")
            for p, kinds in (data.get("object_not_kinds") or {}).items()},
        deed_nouns={
            str(noun): _words(verbs, f"{where}: [deed_nouns] {noun}")
            for noun, verbs in (data.get("deed_nouns") or {}).items()},
        entailments=tuple(_entailment(e, classes, predicates, f"{where}: [[entail]] #{i}")
                          for i, e in enumerate(data.get("entail") or (), 1)),
        anaphors=_anaphors(data.get("anaphor") or (), classes, where),
        path=where,
    )


def _anaphors(entries: Sequence[Mapping[str, Any]], classes: Mapping[str, frozenset[str]],
              where: str) -> dict[str, Anaphor]:
    out: dict[str, Anaphor] = {}
    for i, entry in enumerate(entries, 1):
        at = f"{where}: [[anaphor]] #{i}"
        types = entry.get("types")
        if not isinstance(types, list) or not types or not set(types) <= _TYPES:
            raise DataFileError(f"{at} types must be a list of entity types, found {types!r}",
                                fix=f"use some of: {', '.join(sorted(_TYPES))}")
        kinds = entry.get("kinds")
        if kinds is not None and (not isinstance(kinds, list)
                                  or not all(isinstance(k, str) and k for k in kinds)):
            raise DataFileError(f"{at} kinds must be a list of entity kinds, found {kinds!r}",
                                fix='write e.g. kinds = ["City", "Town", "none"]')
        names = (_class_ref(entry["names"], classes, f"{at} names")
                 if "names" in entry else None)
        nouns = _words(entry.get("nouns"), f"{at} nouns")
        spec = Anaphor(nouns, frozenset(types), frozenset(kinds) if kinds is not None else None,
                       names)
        for noun in nouns:
            if noun in out:
                raise DataFileError(f"{at} lists the noun {noun!r} a second time",
                                    fix="give every anaphoric noun one entry")
            out[noun] = spec
    return out


def _entailment(entry: Mapping[str, Any], classes: Mapping[str, frozenset[str]],
                predicates: Mapping[str, Any], at: str) -> Entailment:
    for key in ("predicate", "implies"):
        if entry.get(key) not in predicates:
            raise DataFileError(f"{at} {key} {entry.get(key)!r} is not in [predicates]",
                                fix="name a predicate that [predicates] lists")
    otype = entry.get("object_type")
    if otype is not None and otype not in _TYPES:
        raise DataFileError(f"{at} object_type {otype!r} is not an entity type",
                            fix=f"use one of {', '.join(sorted(_TYPES))}")
    return Entailment(
        predicate=entry["predicate"], implies=entry["implies"],
        object_is=(_class_ref(entry["object_is"], classes, f"{at} object_is")
                   if "object_is" in entry else None),
        object_type=otype,
        object_not_kinds=_words(entry.get("object_not_kinds", []), f"{at} object_not_kinds"))


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Read the relation lexicon (default: ``data/lexicon.toml``), once per process.

    Raises:
        DataFileError: the file is missing, is not TOML or is malformed.

    Examples:
        >>> lex = load_lexicon()
        >>> "deploysForcesTo" in {f.predicate for f in lex.frames}
        True
    """
    p = Path(path) if path else data_path("lexicon.toml")
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise DataFileError(f"no relation lexicon at '{p}'",
                            fix="restore data/lexicon.toml or set KGRAPH_DATA_DIR") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{p} is not valid TOML ({exc})",
                            fix="correct the line the message names") from None
    return parse_lexicon(data, where=p.name)


_MATCHERS: dict[tuple[int, int], tuple[Vocab, Lexicon, Matcher]] = {}


def anchor_words(lexicon: Lexicon) -> frozenset[str]:
    """Return every lemma a relation rule starts from: frame triggers, role and place
    nouns, forces and grouping nouns and the copula "be"."""
    words = {lemma for f in lexicon.frames for lemma in f.lemmas}
    words |= set(lexicon.role_nouns) | lexicon.word_class("forces") | {"be"}
    words |= lexicon.word_class("groupings")
    return frozenset(words)


def anchor_matcher(vocab: Vocab, lexicon: Lexicon) -> Matcher:
    """Return the ``Matcher`` that finds the words relation rules start from (built once).

    One pattern, one set of lemmas: a single pass over each document is what keeps the
    relation layer cheap. Capitalised forms are included because a proper noun in a
    headline ("Troop Deployment", "Chief") keeps its text as its lemma.

    Examples:
        >>> import spacy
        >>> vocab, lex = spacy.blank("en").vocab, load_lexicon()
        >>> anchor_matcher(vocab, lex) is anchor_matcher(vocab, lex)
        True
    """
    key = (id(vocab), id(lexicon))
    cached = _MATCHERS.get(key)
    if cached is not None:
        return cached[2]
    forms: set[str] = set()
    for word in anchor_words(lexicon):
        forms |= {word, word.title(), word.title() + "s", word.upper()}
    matcher = Matcher(vocab)
    matcher.add("kgraph-anchor", [[{"LEMMA": {"IN": sorted(forms)}}]])
    _MATCHERS[key] = (vocab, lexicon, matcher)
    return matcher


def find_anchors(sdoc: Doc, lexicon: Lexicon) -> list[Token]:
    """Return the tokens of ``sdoc`` that relation rules start from, in order.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("troops")
        >>> find_anchors(doc, load_lexicon())
        []
    """
    if not sdoc.has_annotation("LEMMA"):
        return []
    return [sdoc[start] for _id, start, _end in anchor_matcher(sdoc.vocab, lexicon)(sdoc)]


def frame_relations(sdoc: Doc, args: Arguments, lexicon: Lexicon,
                    anchors: Sequence[Token] | None = None) -> Iterator[Candidate]:
    """Yield a candidate relation for every frame whose trigger and arguments are found.

    Args:
        sdoc: the parsed document.
        args: the document's :class:`~kgraph.relations.syntax.Arguments`.
        lexicon: the relation lexicon.
        anchors: the tokens :func:`find_anchors` returned (found when omitted).

    Examples:
        >>> import spacy
        >>> from kgraph.relations.context import EntityIndex
        >>> from kgraph.relations.syntax import Arguments
        >>> doc = spacy.blank("en")("Nothing happened.")
        >>> lex = load_lexicon()
        >>> list(frame_relations(doc, Arguments(EntityIndex(doc, []), lex), lex))
        []
    """
    if not sdoc.has_annotation("POS"):
        return  # triggers are verbs and nouns
    by_lemma = _frames_by_lemma(lexicon)
    for token in anchors if anchors is not None else find_anchors(sdoc, lexicon):
        pos = "verb" if token.pos_ == "VERB" or _misparsed_verb(token) or _main_be(token) \
            else "noun" if token.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            continue
        for frame in by_lemma.get((lemma_of(token), pos), ()):
            yield from args.frame_candidates(frame, token)


def _main_be(token: Token) -> bool:
    """"Be" as a main verb with a phrase of place ("Blinken WAS in Kyiv"), not an
    auxiliary ("was sent")."""
    return token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass") and \
        any(c.dep_ == "prep" for c in token.children)


def _misparsed_verb(token: Token) -> bool:
    """A sentence's root noun with a direct object is a verb ("Turkey BORDERS Syria", "the
    clashes PIT the army against ...": with a subject too, when singular)."""
    return (token.pos_ == "NOUN" and token.dep_ == "ROOT"
            and any(c.dep_ == "dobj" for c in token.children)
            and (token.tag_ == "NNS" or any(c.dep_ == "nsubj" for c in token.children)))


@functools.lru_cache(maxsize=8)
def _frames_by_lemma(lexicon: Lexicon) -> dict[tuple[str, str], tuple[Frame, ...]]:
    out: dict[tuple[str, str], list[Frame]] = {}
    for frame in lexicon.frames:
        for lemma in frame.lemmas:
            out.setdefault((lemma, frame.pos), []).append(frame)
    return {k: tuple(v) for k, v in out.items()}
