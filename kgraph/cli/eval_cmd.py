"""``kgraph eval``: extract from gold texts and score against the gold annotations."""

from __future__ import annotations

import argparse
import json

from ..evaluate import PRF, load_jsonl, score_extractions
from ..model import Document
from ..nlp import load_pipeline
from ..pipeline import extract_documents
from ..records import extraction_record
from ._common import add_model_option, progress

EXAMPLE = """Example:
  kgraph eval ../shared/eval/seed.jsonl
  kgraph eval ../shared/eval/dev/crossre-politics.jsonl --json

Prints P/R/F1 for mentions (overall and per type), entities (CEAF-e) and relations
(overall and per predicate), scored as shared/eval/README.md says."""


def add_parser(sub: argparse._SubParsersAction, formatter: type) -> argparse.ArgumentParser:
    p = sub.add_parser("eval", help="score kgraph against gold annotations",
                       description=__doc__, epilog=EXAMPLE, formatter_class=formatter)
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--predictions", metavar="PRED.jsonl",
                   help="score this predictions file instead of running extraction")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    add_model_option(p)
    p.set_defaults(run=run)
    return p


def _fmt(prf: PRF) -> str:
    return (f"P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}"
            f"  (gold {prf.gold:g}, predicted {prf.predicted:g})")


def run(args: argparse.Namespace) -> int:
    gold = load_jsonl(args.gold)
    if args.predictions:
        preds = {d["id"]: d for d in load_jsonl(args.predictions)}
    else:
        nlp = load_pipeline(args.model)
        docs = (Document(id=str(d["id"]), text=d["text"]) for d in gold)
        docs = progress(docs, enabled=not (args.quiet or args.json), desc="documents")
        preds = {}
        for ex in extract_documents(docs, nlp=nlp, batch_size=args.batch_size):
            preds[ex.document.id] = extraction_record(ex.document.id, ex.entities, ex.relations)
    scores = score_extractions(gold, preds)
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
        return 0
    print(f"{args.gold}: {scores.documents} documents")
    print(f"mentions          {_fmt(scores.mentions)}")
    for name, prf in scores.mentions_by_type.items():
        print(f"  {name:<15} {_fmt(prf)}")
    print(f"entities CEAF-e   {_fmt(scores.entities)}")
    if scores.relations is not None:
        print(f"relations         {_fmt(scores.relations)}")
        for name, prf in scores.relations_by_predicate.items():
            print(f"  {name:<15} {_fmt(prf)}")
    else:
        print("relations         (this file scores no relations)")
    return 0
