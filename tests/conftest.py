"""Shared fixtures: the real spaCy pipeline (loaded once) and a build of the example articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example_build(tmp_path_factory, nlp):
    """``kg build examples/articles`` once per session (real model, real store)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("example-out")
    report = build([EXAMPLES], out, nlp=nlp)
    return out, report


@pytest.fixture()
def extract(nlp):
    """Claims of one text, as the pipeline finds them (published date given)."""
    from kg.ingest import make_document
    from kg.nlp.pipeline import parse_documents

    def run(text: str, published: str = "2023-03-25"):
        [(_, doc)] = list(parse_documents(nlp, [make_document(text, published=published)]))
        assert not isinstance(doc, Exception), doc
        return doc._.claims

    return run
