"""Weighted co-occurrence: entities named in the same sentence.

Co-occurrence is a weak, untyped signal and stays apart from typed relations: it is
never written as a typed predicate nor reported by ``kgraph extract``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations

from spacy.tokens import Doc

from ..model import Cooccurrence, Entity

__all__ = ["merge_cooccurrences", "sentence_cooccurrences"]


def sentence_cooccurrences(sdoc: Doc, entities: Sequence[Entity]) -> Counter[tuple[str, str]]:
    """Count, for each pair of distinct entities, the sentences that name both."""
    sent_of: dict[int, set[str]] = {}
    starts = [s.start_char for s in sdoc.sents]
    for e in entities:
        for m in e.mentions:
            i = bisect.bisect_right(starts, m.start) - 1
            sent_of.setdefault(i, set()).add(e.iri)
    counts: Counter[tuple[str, str]] = Counter()
    for iris in sent_of.values():
        for a, b in combinations(sorted(iris), 2):
            counts[(a, b)] += 1
    return counts


def merge_cooccurrences(per_doc: Iterable[tuple[str, Counter[tuple[str, str]]]]
                        ) -> list[Cooccurrence]:
    """Sum per-document co-occurrence counts into corpus-wide weighted pairs."""
    weight: Counter[tuple[str, str]] = Counter()
    docs: dict[tuple[str, str], list[str]] = {}
    for doc_id, counts in per_doc:
        for pair, n in counts.items():
            weight[pair] += n
            docs.setdefault(pair, []).append(doc_id)
    return [Cooccurrence(a, b, w, tuple(docs[(a, b)])) for (a, b), w in sorted(weight.items())]
