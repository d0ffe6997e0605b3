"""Claims read back from the store are the claims that went in: same ids, dates, evidence."""

from __future__ import annotations

from pathlib import Path

from kg.claims.model import Claim, TimeSpan
from kg.readback import read_claims
from kg.store import Store

from rdf_fixtures import corpus


def _with_date(c: Claim, span: TimeSpan) -> Claim:
    return Claim(c.subject, c.relation, c.category, c.object, span, c.modality, c.attributed_to, c.location,
                 c.confidence, c.evidence, c.disputes)


def test_round_trip_keeps_ids_dates_and_evidence(tmp_path: Path) -> None:
    claims, docs = corpus()
    base = claims[0]
    claims = claims + [_with_date(base, TimeSpan("1990", "1999", "decade")),
                       _with_date(base, TimeSpan("2006", "", "year")),
                       _with_date(base, TimeSpan("2023-05", "2023-06", "month"))]
    with Store(tmp_path / "s") as store:
        store.add(claims, docs)
        back = {c.id: c for c in read_claims(store)}
    for c in claims:
        got = back[c.id]
        assert (got.subject.id, got.relation, got.object.id, got.modality) == \
               (c.subject.id, c.relation, c.object.id, c.modality)
        if c.date is not None and c.date.from_text:
            assert (got.date.start, got.date.end, got.date.precision) == (c.date.start, c.date.end, c.date.precision)
        assert {(e.doc, e.start, e.end, e.sentence) for e in c.evidence} <= \
               {(e.doc, e.start, e.end, e.sentence) for e in got.evidence}
