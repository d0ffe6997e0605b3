"""Long documents: does geokg's cost per word stay flat as one document grows?

    python benchmarks/bench_long.py [--sizes 1000 4000 16000] [--corpus ../shared/corpus/world-news-2000.jsonl]

Transcripts, live pages and reports run to thousands of words in ONE document.  Work that
rescans the whole document for each mention, claim or sentence grows with the square of its
length and is invisible on short wire stories.  For each size this joins corpus articles into
one document of about that many words (paragraphs kept) and prints the time of bare spaCy on
it, the time of geokg's nlp + claims stages, and their ratio.  A ratio that climbs with the
size is the sign of quadratic work.  Run on demand; never part of the test suite.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "world-news-2000.jsonl"


def joined_text(texts: list[str], words: int) -> str:
    """Whole articles, as paragraphs of one document, until about ``words`` words."""
    out, count = [], 0
    for text in itertools.cycle(texts):
        out.append(text.strip())
        count += len(text.split())
        if count >= words:
            return "\n\n".join(out)
    return ""


def best_of(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000], help="words per document")
    ap.add_argument("--model", default=None)
    ap.add_argument("--repeat", type=int, default=2, help="timing runs; the best is kept")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2

    import spacy

    from kg.ingest import Document, make_document, read_jsonl
    from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse_documents

    model = args.model or DEFAULT_MODEL
    texts = [d.text for d in itertools.islice(read_jsonl(args.corpus), 400) if isinstance(d, Document)]
    bare, nlp = spacy.load(model), load_pipeline(model)
    bare.max_length = nlp.max_length = max(bare.max_length, 20 * max(args.sizes))
    print(f"model {model}; one document per row")
    print(f"{'words':>8}{'bare spaCy s':>14}{'geokg s':>10}{'x bare spaCy':>14}{'claims':>8}")
    for size in args.sizes:
        text = joined_text(texts, size)
        doc = make_document(text, published="2015-06-01")
        t_bare = best_of(lambda: bare(text), args.repeat)
        t_geokg = best_of(lambda: list(parse_documents(nlp, [doc])), args.repeat)
        [(_, parsed)] = list(parse_documents(nlp, [doc]))
        claims = len(parsed._.claims) if not isinstance(parsed, Exception) else 0
        print(f"{len(text.split()):>8}{t_bare:>14.2f}{t_geokg:>10.2f}{t_geokg / t_bare:>14.2f}{claims:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
