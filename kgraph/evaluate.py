"""Score extractions against gold annotations (the rules of ``shared/eval/README.md``).

- Mentions: types folded to PER / LOC / ORG; a predicted mention is right when its
  span and folded type equal a gold mention's, after both spans drop a leading
  "the ", a trailing "'s" and surrounding punctuation. Predictions that overlap an
  unscored gold span (``Misc``, or a type the file does not score) are ignored. Where
  gold tells Country from Place, those two are also scored on their own.
- Entities: CEAF-e over mention sets, similarity 2|K∩R|/(|K|+|R|), each predicted
  entity paired with at most one gold entity (most similar pairs first).
- Relations: each predicted entity stands for the gold entity with which it shares
  the most mentions; a predicted triple is right when it equals a gold triple
  (symmetric predicates in either order). Only the file's ``scored_predicates`` count.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["PRF", "SYMMETRIC", "Scores", "load_jsonl", "score_extractions"]

#: Predicates scored in either direction.
SYMMETRIC = frozenset({"alliedWith", "borders", "fightsAgainst", "meetsWith", "signsAgreementWith"})

_FOLD = {"Person": "PER", "Country": "LOC", "Place": "LOC", "Location": "LOC",
         "Organization": "ORG"}


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from counts."""

    tp: int | float
    predicted: int | float
    gold: int | float

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "gold": self.gold, "predicted": self.predicted}


@dataclass(frozen=True)
class Scores:
    """Every score of one gold file."""

    documents: int
    missing: int
    mentions: PRF
    mentions_by_type: dict[str, PRF]
    entities: PRF
    relations: PRF | None
    relations_by_predicate: dict[str, PRF] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "missing_predictions": self.missing,
            "mentions": self.mentions.as_dict(),
            "mentions_by_type": {k: v.as_dict() for k, v in self.mentions_by_type.items()},
            "entities_ceaf_e": self.entities.as_dict(),
            "relations": self.relations.as_dict() if self.relations else None,
            "relations_by_predicate": {
                k: v.as_dict() for k, v in self.relations_by_predicate.items()},
        }


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of documents.

    Raises:
        InputError: the file is missing or a line is not a JSON object.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such file: '{p}'", fix="give the path of a .jsonl file")
    out = []
    with p.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{p}:{i} is not valid JSON ({exc.msg})",
                                 fix="give one JSON object per line") from None
            if not isinstance(obj, dict) or ("text" not in obj and "entities" not in obj):
                raise InputError(f"{p}:{i} is not a document object",
                                 fix="each line needs 'id' and 'text' (gold) or 'entities'")
            out.append(obj)
    return out


def _span_key(text: str, start: int, end: int) -> tuple[int, int]:
    """Relax a span: drop a leading "the ", a trailing "'s" and edge punctuation."""
    if text.startswith(("the ", "The "), start) and end - start > 4:
        start += 4
    for suffix in ("'s", "’s", "'"):
        if text.endswith(suffix, start, end) and end - start > len(suffix):
            end -= len(suffix)
            break
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _triple(s: str, p: str, o: str) -> tuple[str, str, str]:
    if p in SYMMETRIC and o < s:
        s, o = o, s
    return s, p, o


def score_extractions(gold_docs: Iterable[Mapping[str, Any]],
                      predictions: Mapping[str, Mapping[str, Any]]) -> Scores:
    """Score predicted documents (by id) against gold documents.

    Examples:
        >>> gold = [{"id": "d", "text": "Kim met Putin.", "scored_types": ["Person"],
        ...          "scored_predicates": [], "relations": [],
        ...          "entities": [{"id": "a", "type": "Person", "mentions": [[0, 3]]},
        ...                       {"id": "b", "type": "Person", "mentions": [[8, 13]]}]}]
        >>> pred = {"d": {"entities": [{"id": "x", "type": "Person", "mentions": [[0, 3]]}]}}
        >>> s = score_extractions(gold, pred)
        >>> round(s.mentions.precision, 2), round(s.mentions.recall, 2)
        (1.0, 0.5)
    """
    ner: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    by_pred: dict[str, Counter[str]] = defaultdict(Counter)
    ceaf_sim = 0.0
    ceaf_gold = ceaf_pred = 0
    n_docs = missing = 0
    for g in gold_docs:
        n_docs += 1
        p = predictions.get(g["id"])
        if p is None:
            missing += 1
            p = {}
        text = g["text"]
        scored = set(g.get("scored_types", ()))
        folded_scored = {_FOLD[t] for t in scored if t in _FOLD}
        fine = "Country" in scored
        gold_span_type: dict[tuple[int, int], str] = {}
        unscored: list[tuple[int, int]] = []
        gold_sets: dict[str, set[tuple[int, int]]] = {}
        for e in g.get("entities", ()):
            spans = {_span_key(text, s, t) for s, t in e["mentions"]}
            if e["type"] in scored:
                for sp in spans:
                    gold_span_type[sp] = e["type"]
                gold_sets[e["id"]] = spans
            else:
                unscored.extend((s, t) for s, t in e["mentions"])
        pred_span_type: dict[tuple[int, int], str] = {}
        pred_sets: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for e in p.get("entities", ()):
            folded = _FOLD.get(e.get("type", ""))
            if folded not in folded_scored:
                continue
            for s, t in e.get("mentions", ()):
                sp = _span_key(text, s, t)
                pred_sets[e["id"]].add(sp)
                if sp not in gold_span_type and any(a < sp[1] and sp[0] < b for a, b in unscored):
                    continue
                pred_span_type[sp] = e["type"]
        for sp, gt in gold_span_type.items():
            ner["gold"] += 1
            by_type[_FOLD[gt]]["gold"] += 1
            pt = pred_span_type.get(sp)
            if pt is not None and _FOLD[pt] == _FOLD[gt]:
                ner["tp"] += 1
                by_type[_FOLD[gt]]["tp"] += 1
            if fine and gt in ("Country", "Place"):
                by_type[gt]["gold"] += 1
                by_type[gt]["tp"] += pt == gt
        for _sp, pt in pred_span_type.items():
            ner["pred"] += 1
            by_type[_FOLD[pt]]["pred"] += 1
            if fine and pt in ("Country", "Place"):
                by_type[pt]["pred"] += 1
        # Alignment of predicted entities to gold entities, by shared mentions.
        aligned: dict[str, str] = {}
        pairs = []
        for pid, pm in pred_sets.items():
            best, best_n = None, 0
            for gid, gm in gold_sets.items():
                n = len(pm & gm)
                if n:
                    pairs.append((2 * n / (len(pm) + len(gm)), pid, gid))
                if n > best_n:
                    best, best_n = gid, n
            if best is not None:
                aligned[pid] = best
        taken_p: set[str] = set()
        taken_g: set[str] = set()
        for sim, pid, gid in sorted(pairs, reverse=True):
            if pid not in taken_p and gid not in taken_g:
                taken_p.add(pid)
                taken_g.add(gid)
                ceaf_sim += sim
        ceaf_gold += len(gold_sets)
        ceaf_pred += len(pred_sets)
        predicates = set(g.get("scored_predicates", ()))
        if not predicates:
            continue
        gold_rel = {_triple(r["subject"], r["predicate"], r["object"])
                    for r in g.get("relations", ()) if r["predicate"] in predicates}
        pred_rel = set()
        for r in p.get("relations", ()):
            if r.get("predicate") not in predicates:
                continue
            s = aligned.get(r["subject"], f"?{r['subject']}")
            o = aligned.get(r["object"], f"?{r['object']}")
            pred_rel.add(_triple(s, r["predicate"], o))
        for t in gold_rel:
            by_pred[t[1]]["gold"] += 1
            by_pred[t[1]]["tp"] += t in pred_rel
        for t in pred_rel:
            by_pred[t[1]]["pred"] += 1
    rel_total: Counter[str] = Counter()
    for c in by_pred.values():
        rel_total.update(c)
    return Scores(
        documents=n_docs,
        missing=missing,
        mentions=PRF(ner["tp"], ner["pred"], ner["gold"]),
        mentions_by_type={
            k: PRF(v["tp"], v["pred"], v["gold"]) for k, v in sorted(by_type.items())},
        entities=PRF(ceaf_sim, ceaf_pred, ceaf_gold),
        relations=PRF(rel_total["tp"], rel_total["pred"], rel_total["gold"])
        if rel_total["gold"] else None,
        relations_by_predicate={k: PRF(v["tp"], v["pred"], v["gold"])
                                for k, v in sorted(by_pred.items())},
    )
