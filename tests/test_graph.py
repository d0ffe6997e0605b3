"""The NetworkX graph: dated edges with the days each claim covers, and time slices."""

from __future__ import annotations

import datetime as dt

from kg.claims.model import Actor, Claim, TimeSpan
from kg.graph import claims_to_graph, slice_by_time

A, B = Actor("x:a", "A", "State"), Actor("x:b", "B", "State")


def edge(span: TimeSpan | None) -> dict:
    [(_, _, d)] = claims_to_graph([Claim(A, "supports", "SUPPORT", B, span)]).edges(data=True)
    return d


def test_edges_carry_the_days_their_date_covers():
    assert (edge(TimeSpan("1950", "1953", "year"))["start"], edge(TimeSpan("1950", "1953", "year"))["end"]) \
        == ("1950-01-01", "1953-12-31")
    assert edge(TimeSpan("2023-02", "2023-02", "month"))["end"] == "2023-02-28"
    assert edge(TimeSpan("1990", "1999", "decade"))["end"] == "1999-12-31"
    assert edge(None)["start"] is None


def test_open_ended_date_read_back_from_the_store_builds_an_edge():
    d = edge(TimeSpan("2006", "", "year"))  # "since 2006", as the store returns it
    assert d["start"] == "2006-01-01"


def test_slice_keeps_edges_overlapping_the_window():
    g = claims_to_graph([Claim(A, "supports", "SUPPORT", B, TimeSpan("1950", "1953", "year")),
                         Claim(A, "attacks", "ASSAULT", B, TimeSpan("2019", "2019", "year")),
                         Claim(A, "accuses", "ACCUSE", B, TimeSpan("2023-03-25", "2023-03-25", "day", False))])
    rels = lambda h: sorted(d["relation"] for *_, d in h.edges(data=True))  # noqa: E731
    assert rels(slice_by_time(g, dt.date(1953, 6, 1), dt.date(2000, 1, 1))) == ["supports"]
    assert rels(slice_by_time(g, None, None, include_undated=True)) == ["accuses", "attacks", "supports"]
