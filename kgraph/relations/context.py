"""What relation rules need to know about a sentence: entities, hedges, dates.

:class:`EntityIndex` maps tokens to the entity mentions they belong to;
:func:`sentence_evidence` builds the :class:`~kgraph.model.Evidence` of a rule firing
in a sentence, with hedging, attribution and date found in the sentence's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Document, Entity, Evidence, Mention

__all__ = ["EntityIndex", "MentionRef", "sentence_evidence"]


@dataclass(frozen=True, slots=True)
class MentionRef:
    """An entity mention located in the parsed document's tokens."""

    entity: Entity
    mention: Mention
    span: Span


class EntityIndex:
    """Tokens → entity mentions, for one parsed document."""

    def __init__(self, sdoc: Doc, entities: Sequence[Entity]) -> None:
        self.doc = sdoc
        self.by_token: dict[int, MentionRef] = {}
        self.refs: list[MentionRef] = []
        for entity in entities:
            for m in entity.mentions:
                span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                ref = MentionRef(entity, m, span)
                self.refs.append(ref)
                for t in span:
                    self.by_token[t.i] = ref
        self.refs.sort(key=lambda r: r.span.start)

    def at(self, token: Token) -> MentionRef | None:
        """Return the mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def in_span(self, span: Span) -> list[MentionRef]:
        """Return the mentions that lie inside ``span``, in order."""
        return [r for r in self.refs if r.span.start >= span.start and r.span.end <= span.end]


_HEDGES = re.compile(
    r"\b(reportedly|allegedly|may|might|could|possibly|potentially|apparently|"
    r"suspected|unconfirmed|claimed|is said to|are said to|believed to)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:according to|citing)\s+(?P<a>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
    r"|(?P<b>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s+"
    r"(?:reported|said|says|reports|noted|claimed|told|stated|announced|highlighted)\b",
)
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
    """
    m = _DATE.search(text)
    if not m:
        return None
    if m.group("yo"):
        return m.group("yo")
    year, month = m.group("y"), _MONTHS[m.group("mon")]
    day = m.group("d1") or m.group("d2")
    return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"


def sentence_evidence(sent: Span, document: Document, *, rule: str, confidence: float,
                      trigger: Token | Span | None = None) -> Evidence:
    """Build the evidence of a rule that fired in ``sent``.

    Hedge words lower the confidence by a third and set ``hedged``; an attribution
    ("According to X", "X reported") is recorded; the sentence's date, else the
    document's, is attached.
    """
    text = sent.text
    hedged = bool(_HEDGES.search(text))
    attribution = _ATTRIBUTION.search(text)
    attributed = None
    if attribution:
        attributed = (attribution.group("a") or attribution.group("b") or "").strip() or None
        if attributed and attributed.split()[0] in ("It", "He", "She", "They", "This", "That"):
            attributed = None
    return Evidence(
        doc_id=document.id,
        sentence=text,
        start=sent.start_char,
        end=sent.end_char,
        rule=rule,
        confidence=round(confidence * (2 / 3 if hedged else 1.0), 3),
        hedged=hedged,
        attributed_to=attributed,
        date=find_date(text) or document.date,
        trigger=trigger.text if trigger is not None else None,
    )
