"""Pipeline speed against bare spaCy parsing on the same text.

    python benchmarks/bench_pipeline.py [--n 200] [--corpus ../shared/corpus/world-news-2000.jsonl]

Prints words/s for (1) bare spaCy ``nlp.pipe`` with the same model and batch size, (2) geokg's
nlp + claims stages, (3) the whole ``kg build`` (plus RDF store, GraphML, HTML), and the ratio
of each to (1).  Run on demand; never part of the test suite.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from _common import corpus_documents, corpus_parser, missing_corpus


def main() -> int:
    ap = corpus_parser(__doc__)
    ap.add_argument("--n", type=int, default=200, help="articles to use")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    if missing_corpus(args.corpus):
        return 2

    import spacy

    from kg.build import BuildReport, build, extract
    from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline

    model = args.model or DEFAULT_MODEL
    docs = corpus_documents(args.corpus, args.n)
    words = sum(len(d.text.split()) for d in docs)
    sub = Path(tempfile.mkdtemp()) / "bench.jsonl"
    sub.write_text("".join(json.dumps({"id": d.id, "text": d.text, "title": d.title, "url": d.url}) + "\n" for d in docs))

    bare = spacy.load(model)
    nlp = load_pipeline(model)
    list(bare.pipe(d.text for d in docs[:4]))  # warm both up: first calls allocate
    extract(nlp, docs[:4], BuildReport(out_dir=Path("."), model=model))

    def time_bare() -> float:
        t0 = time.perf_counter()
        for _ in bare.pipe((d.text for d in docs), batch_size=args.batch_size):
            pass
        return time.perf_counter() - t0

    def time_claims() -> float:
        t0 = time.perf_counter()
        extract(nlp, docs, BuildReport(out_dir=Path("."), model=model), batch_size=args.batch_size)
        return time.perf_counter() - t0

    # Alternate and keep the best of each, so background load hits both alike.
    t_bare = t_claims = float("inf")
    for _ in range(args.repeat):
        t_bare = min(t_bare, time_bare())
        t_claims = min(t_claims, time_claims())
    claims = extract(nlp, docs, BuildReport(out_dir=Path("."), model=model), batch_size=args.batch_size)

    out = Path(tempfile.mkdtemp())
    t0 = time.perf_counter()
    rep = build([sub], out, nlp=nlp, batch_size=args.batch_size)
    t_build = time.perf_counter() - t0

    print(f"{len(docs)} articles, {words} words, model {model}, batch {args.batch_size}")
    print(f"{'stage':<28}{'seconds':>10}{'words/s':>12}{'x bare spaCy':>14}")
    for name, t in (("bare spaCy nlp.pipe", t_bare), ("geokg nlp + claims", t_claims), ("kg build (all outputs)", t_build)):
        print(f"{name:<28}{t:>10.2f}{words / t:>12.0f}{t / t_bare:>14.2f}")
    print(f"claims: {len(claims)}; build timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in rep.timings.items()))
    print(f"HTML {Path(rep.outputs.get('html', out / 'graph.html')).stat().st_size / 1e6:.2f} MB, "
          f"triples {rep.triples}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
