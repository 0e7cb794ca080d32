#!/usr/bin/env python3
"""Throughput and memory of kgraph extraction against bare spaCy on the same texts.

Runs each mode in its own process (so peak RSS is its own) over every text of the
JSONL files given (default: ``../shared/eval/dev/*.jsonl``):

- ``bare``: ``spacy.load(model)`` and ``nlp.pipe(texts)`` with every component on;
- ``kgraph``: kgraph's pipeline (same model + gazetteer matcher) and the whole
  extraction (mentions, resolution, relations, co-occurrence) via
  ``kgraph.pipeline.extract_documents``, records serialised as ``kgraph extract`` does.

Reports words per second (model loading excluded, reported apart as start-up time),
the ratio kgraph / bare (target: at least 0.85), and peak RSS of each process.

usage: python benchmarks/bench_extract.py [FILES...] [--batch-size 256] [--repeat 1]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GLOB = str(ROOT.parent / "shared" / "eval" / "dev" / "*.jsonl")


def _texts(files: list[str]) -> list[tuple[str, str]]:
    out = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if line.strip():
                    obj = json.loads(line)
                    out.append((str(obj.get("id", f"{f}:{i}")), obj["text"]))
    return out


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_mode(mode: str, files: list[str], batch_size: int, model: str | None) -> dict:
    texts = _texts(files)
    words = sum(len(t.split()) for _, t in texts)
    t0 = time.perf_counter()
    if mode == "bare":
        import spacy

        from kgraph.nlp import DEFAULT_MODELS, _resolve_model_name

        name = _resolve_model_name(model) if model else next(
            m for m in DEFAULT_MODELS if _has(m))
        nlp = spacy.load(name)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        n = 0
        for _doc in nlp.pipe((t for _, t in texts), batch_size=batch_size):
            n += 1
        elapsed = time.perf_counter() - t1
    else:
        from kgraph.model import Document
        from kgraph.nlp import load_pipeline
        from kgraph.pipeline import extract_documents
        from kgraph.records import extraction_record

        nlp = load_pipeline(model)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        n = 0
        docs = (Document(id=i, text=t) for i, t in texts)
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for ex in extract_documents(docs, nlp=nlp, batch_size=batch_size):
                rec = extraction_record(ex.document.id, ex.entities, ex.relations)
                sink.write(json.dumps(rec) + "\n")
                n += 1
        elapsed = time.perf_counter() - t1
    return {"mode": mode, "documents": n, "words": words, "seconds": elapsed,
            "words_per_second": words / elapsed, "load_seconds": load,
            "peak_rss_mb": _peak_rss_mb()}


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=1, help="runs per mode; the best is kept")
    ap.add_argument("--model")
    ap.add_argument("--mode", choices=["bare", "kgraph"], help=argparse.SUPPRESS)
    ap.add_argument("--output", default=str(ROOT / "benchmarks" / "results" / "latest.json"))
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(DEFAULT_GLOB))
    if not files:
        print(f"no input files (looked for {DEFAULT_GLOB})", file=sys.stderr)
        return 2
    if args.mode:  # child process
        print(json.dumps(run_mode(args.mode, files, args.batch_size, args.model)))
        return 0
    results = {}
    for mode in ("bare", "kgraph"):
        best = None
        for _ in range(args.repeat):
            cmd = [sys.executable, __file__, *files, "--mode", mode,
                   "--batch-size", str(args.batch_size)]
            if args.model:
                cmd += ["--model", args.model]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
            res = json.loads(proc.stdout.strip().splitlines()[-1])
            if best is None or res["words_per_second"] > best["words_per_second"]:
                best = res
        results[mode] = best
    ratio = results["kgraph"]["words_per_second"] / results["bare"]["words_per_second"]
    summary = {"files": files, "batch_size": args.batch_size, "repeat": args.repeat,
               "bare": results["bare"], "kgraph": results["kgraph"], "ratio": ratio,
               "target_ratio": 0.85}
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    b, k = results["bare"], results["kgraph"]
    print(f"texts: {b['documents']} documents, {b['words']:,} words, batch {args.batch_size}")
    print(f"{'':8}{'words/s':>10}{'seconds':>10}{'load s':>8}{'peak RSS MB':>13}")
    for name, r in (("bare", b), ("kgraph", k)):
        print(f"{name:8}{r['words_per_second']:>10.0f}{r['seconds']:>10.1f}"
              f"{r['load_seconds']:>8.2f}{r['peak_rss_mb']:>13.0f}")
    print(f"ratio kgraph/bare: {ratio:.3f} (target >= 0.85)")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
