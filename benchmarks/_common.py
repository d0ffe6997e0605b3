"""What every corpus benchmark shares: where the corpus is, the flags that choose the text, model
and number of timing runs, and the best-of-N timer.  Kept in one place so that two benchmarks
reporting ratios against bare spaCy read the same articles with the same model."""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "world-news-2000.jsonl"


def corpus_parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser with ``--corpus``, ``--model`` and ``--repeat`` already declared."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--model", default=None, help="spaCy pipeline name (default: geokg's)")
    ap.add_argument("--repeat", type=int, default=2, help="timing runs; the best is kept")
    return ap


def corpus_documents(path: Path, n: int) -> list:
    """The first ``n`` well-formed articles of a JSON Lines corpus (broken rows are skipped, as
    ``kg build`` would report and skip them)."""
    from kg.ingest import Document, read_jsonl

    return [d for d in itertools.islice(read_jsonl(path), n * 2) if isinstance(d, Document)][:n]


def missing_corpus(path: Path) -> bool:
    """True, with a message on stderr, when the corpus is absent (it ships beside the project)."""
    if path.exists():
        return False
    print(f"corpus not found: {path} (pass --corpus)", file=sys.stderr)
    return True


def best_of(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs: background load only ever slows a run down."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best
