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

import itertools

from _common import best_of, corpus_documents, corpus_parser, missing_corpus


def joined_text(texts: list[str], words: int) -> str:
    """Whole articles, as paragraphs of one document, until about ``words`` words."""
    out, count = [], 0
    for text in itertools.cycle(texts):
        out.append(text.strip())
        count += len(text.split())
        if count >= words:
            return "\n\n".join(out)
    return ""


def main() -> int:
    ap = corpus_parser(__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000], help="words per document")
    args = ap.parse_args()
    if missing_corpus(args.corpus):
        return 2

    import spacy

    from kg.ingest import make_document
    from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse_documents

    model = args.model or DEFAULT_MODEL
    texts = [d.text for d in corpus_documents(args.corpus, 400)]
    bare, nlp = spacy.load(model), load_pipeline(model)
    bare.max_length = nlp.max_length = max(bare.max_length, 20 * max(args.sizes))
    print(f"model {model}; one document per row")
    print(f"{'words':>8}{'bare spaCy s':>14}{'geokg s':>10}{'x bare spaCy':>14}{'claims':>8}")
    for size in args.sizes:
        text = joined_text(texts, size)
        doc = make_document(text, published="2015-06-01")
        t_bare = best_of(lambda text=text: bare(text), args.repeat)
        t_geokg = best_of(lambda doc=doc: list(parse_documents(nlp, [doc])), args.repeat)
        [(_, parsed)] = list(parse_documents(nlp, [doc]))
        claims = len(parsed._.claims) if not isinstance(parsed, Exception) else 0
        print(f"{len(text.split()):>8}{t_bare:>14.2f}{t_geokg:>10.2f}{t_geokg / t_bare:>14.2f}{claims:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
