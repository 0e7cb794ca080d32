"""``kgraph extract``: write entities and relations per document as JSON Lines."""

from __future__ import annotations

import argparse
import json

from ..io import atomic_open
from ..nlp import load_pipeline
from ..pipeline import extract_documents
from ..read import read_documents
from ..records import extraction_record
from ._common import add_model_option, progress

EXAMPLE = """Example:
  kgraph extract ../shared/eval/seed.jsonl -o predictions.jsonl

INPUT is JSONL with 'id' and 'text' per line (other fields are ignored), or text
files. OUT has one line per document in the predictions format of shared/eval:
entities with types and mention offsets, relations with predicate local names."""


def add_parser(sub: argparse._SubParsersAction, formatter: type) -> argparse.ArgumentParser:
    p = sub.add_parser("extract", help="extract entities and relations to JSONL",
                       description=__doc__, epilog=EXAMPLE, formatter_class=formatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL, text files or folders")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl")
    add_model_option(p)
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace) -> int:
    nlp = load_pipeline(args.model)
    docs = progress(read_documents(args.inputs), enabled=not args.quiet, desc="documents")
    n = 0
    with atomic_open(args.output) as fh:
        for ex in extract_documents(docs, nlp=nlp, batch_size=args.batch_size):
            rec = extraction_record(ex.document.id, ex.entities, ex.relations)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    if not args.quiet:
        print(f"wrote {n} documents to {args.output}")
    return 0
