"""Structural relations from titles, appositions and copulas.

A first set of rules; each yields relations whose evidence names the rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..model import Document, Relation
from .context import EntityIndex, sentence_evidence

__all__ = ["structural_relations"]

_LEADER_NOUNS = {"leader", "president", "premier", "chairman", "king", "dictator", "ruler"}
_PLACE_NOUNS = {"city", "town", "village", "region", "province", "oblast", "port", "capital"}


def structural_relations(sdoc: Doc, document: Document, index: EntityIndex
                         ) -> Iterator[Relation]:
    """Yield leaderOf, citizenOf and locatedIn relations from noun-phrase structure."""
    for ref in index.refs:
        if ref.entity.type != "Person":
            continue
        head = ref.span.root
        # "North Korean leader Kim Jong Un": title noun before the name in one phrase.
        for tok in sdoc[max(ref.span.start - 4, ref.span.sent.start):ref.span.start]:
            if tok.lemma_.lower() not in _LEADER_NOUNS:
                continue
            if not (tok.head == head or ref.span.start <= tok.head.i < ref.span.end):
                continue
                for left in sdoc[max(tok.i - 3, ref.span.sent.start):tok.i]:
                    other = index.at(left)
                    if other and other.entity.type in ("Country", "Organization"):
                        yield Relation(
                            ref.entity.iri, "leaderOf", other.entity.iri,
                            (sentence_evidence(ref.span.sent, document, rule="title-leader",
                                               confidence=0.9, trigger=tok),),
                        )
                        break
    for sent in sdoc.sents:
        # "Kursk is a city in Russia"
        for tok in sent:
            if tok.lemma_ != "be" or tok.dep_ not in ("ROOT", "relcl", "ccomp"):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in tok.children if c.dep_ == "attr"), None)
            if subj is None or attr is None or attr.lemma_.lower() not in _PLACE_NOUNS:
                continue
            s_ref = index.at(subj)
            if s_ref is None or s_ref.entity.type not in ("Place", "Country"):
                continue
            for prep in attr.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    o_ref = index.at(obj) if obj is not None else None
                    if o_ref and o_ref.entity.type in ("Place", "Country") and \
                            o_ref.entity.iri != s_ref.entity.iri:
                        yield Relation(
                            s_ref.entity.iri, "locatedIn", o_ref.entity.iri,
                            (sentence_evidence(sent, document, rule="copula-place-in",
                                               confidence=0.85, trigger=attr),),
                        )
