"""``kg build``: the whole spine, ingest -> nlp -> claims -> graph builders -> outputs.

This module only orchestrates: each stage lives in its own module and the claim record
(:mod:`kg.claims.model`) is what passes between them.  One broken document never aborts
the run: it is reported (in ``report.json`` and to the caller) and every good document
still produces its claims.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from spacy.language import Language

from kg.claims.model import Claim, merge_claims
from kg.graph import claims_to_graph
from kg.ingest import Document, IngestError, read_documents
from kg.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse_documents
from kg.outputs import write_claims_jsonl, write_graphml, write_json



@dataclass
class BuildReport:
    """What a build read, skipped, found and how long each stage took (``report.json``)."""

    out_dir: Path
    model: str
    documents_read: int = 0
    documents_with_claims: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)
    claims: int = 0
    claims_in_store: int = 0
    mentions: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_modality: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    store: str | None = None
    triples: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "documents": {"read": self.documents_read, "with_claims": self.documents_with_claims,
                          "skipped": len(self.skipped)},
            "skipped": self.skipped,
            "claims": self.claims,
            "claims_in_store": self.claims_in_store,
            "evidence": self.mentions,
            "by_category": self.by_category,
            "by_modality": self.by_modality,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "outputs": self.outputs,
            "store": self.store,
            "triples": self.triples,
        }


class _Timer:
    def __init__(self, report: BuildReport, stage: str) -> None:
        self.report, self.stage = report, stage

    def __enter__(self) -> None:
        self.t0 = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.report.timings[self.stage] = self.report.timings.get(self.stage, 0.0) + time.perf_counter() - self.t0


def extract(nlp: Language, documents: Iterable[Document], report: BuildReport,
            on_error: Callable[[dict[str, Any]], None] | None = None,
            on_document: Callable[[Document], None] | None = None,
            batch_size: int = 32) -> list[Claim]:
    """Claims of every document, merged across documents; failures go to ``report.skipped``."""
    found: list[Claim] = []
    for document, doc in parse_documents(nlp, documents, batch_size=batch_size):
        if on_document:
            on_document(document)
        if isinstance(doc, Exception):
            item = {"source": document.locator, "line": None, "reason": f"processing failed: {doc!r}"}
            report.skipped.append(item)
            if on_error:
                on_error(item)
            continue
        report.documents_read += 1
        if doc._.claims:
            report.documents_with_claims += 1
            found.extend(doc._.claims)
    report.mentions = len(found)
    return merge_claims(found)


@contextlib.contextmanager
def _assumed_day(nlp: Language, day: dt.date | None) -> Iterator[None]:
    """Read offices at ``day`` in undated articles for this build only: a pipeline passed in
    keeps its own setting afterwards."""
    if day is None:
        yield
        return
    actors = nlp.get_pipe("geokg_actors")
    before = actors.default_day
    actors.default_day = day
    try:
        yield
    finally:
        actors.default_day = before


def build(paths: Sequence[Path], out_dir: Path, *, model: str = DEFAULT_MODEL, nlp: Language | None = None,
          store_path: Path | None = None, html: bool = True, batch_size: int = 32,
          on_error: Callable[[dict[str, Any]], None] | None = None,
          on_document: Callable[[Document], None] | None = None,
          on_total: Callable[[int], None] | None = None,
          assume_date: dt.date | None = None) -> BuildReport:
    """Build claims and graphs from articles at ``paths`` into ``out_dir``.

    ``store_path`` (default ``out_dir/store``) is the persistent RDF store the build adds to;
    ``graph.ttl`` is exported from it.  Pass a loaded ``nlp`` to reuse a pipeline.
    ``assume_date`` is the day offices are read at in articles without a published date
    ("the US president"); None keeps the default, the day the build runs."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = BuildReport(out_dir=out_dir, model=model)
    t_start = time.perf_counter()

    with _Timer(report, "load_model"):
        nlp = nlp or load_pipeline(model)

    documents: list[Document] = []
    with _Timer(report, "ingest"):
        for item in read_documents(paths):
            if isinstance(item, IngestError):
                report.skipped.append(item.to_dict())
                if on_error:
                    on_error(item.to_dict())
            else:
                documents.append(item)

    if on_total:
        on_total(len(documents))
    with _Timer(report, "nlp_and_claims"), _assumed_day(nlp, assume_date):
        claims = extract(nlp, documents, report, on_error=on_error, on_document=on_document, batch_size=batch_size)
    report.claims = len(claims)

    # The store is the source of truth: this build is added to it, and every file is an export
    # of everything it holds (a second build into the same store adds to the same graph).
    with _Timer(report, "rdf"):
        all_claims = _update_store(claims, documents, out_dir, store_path, report)
    report.claims_in_store = len(all_claims)
    report.by_category = dict(collections.Counter(c.category for c in all_claims).most_common())
    report.by_modality = dict(collections.Counter(c.modality for c in all_claims).most_common())
    write_exports(all_claims, out_dir, report, html=html,
                  title="geokg: " + ", ".join(str(p) for p in paths)[:120])

    report.timings["total"] = time.perf_counter() - t_start
    write_json(report.to_dict(), out_dir / "report.json")
    return report


def _update_store(claims: list[Claim], documents: list[Document], out_dir: Path, store_path: Path | None,
                  report: BuildReport) -> list[Claim]:
    """Add this build to the persistent store, export it as ``graph.ttl``, and read back every
    claim it holds (merged across all the builds that added to it)."""
    from kg.readback import read_claims
    from kg.store import Store

    store_path = Path(store_path) if store_path else out_dir / "store"
    with Store(store_path) as store:
        store.add(claims, documents)
        store.export("ttl", out_dir / "graph.ttl")
        report.triples = store.triple_count()
        all_claims = read_claims(store)
    report.store = str(store_path)
    report.outputs["turtle"] = str(out_dir / "graph.ttl")
    return all_claims


def write_exports(claims: list[Claim], out_dir: Path, report: BuildReport, *, html: bool = True,
                  title: str = "geokg") -> None:
    """claims.jsonl, graph.graphml and graph.html of the given claims."""
    with _Timer(report, "write_claims"):
        write_claims_jsonl(claims, out_dir / "claims.jsonl")
        report.outputs["claims"] = str(out_dir / "claims.jsonl")
    with _Timer(report, "networkx"):
        write_graphml(claims_to_graph(claims), out_dir / "graph.graphml")
        report.outputs["graphml"] = str(out_dir / "graph.graphml")
    if html:
        with _Timer(report, "html"):
            from kg.html import write_html

            write_html(claims, out_dir / "graph.html", title=title)
            report.outputs["html"] = str(out_dir / "graph.html")
