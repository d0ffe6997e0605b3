"""Claims as a NetworkX ``MultiDiGraph`` with dated edges, and time slicing over it.

One node per actor (label, type, country, wikidata), one edge per claim keyed by the claim
id, carrying relation, PLOVER category, quad class, start/end date, precision, modality,
claimant, confidence, number of sources and the evidence.  Reading and writing files lives
in :mod:`kg.outputs`, apart from building and slicing, as in networkx's own layout.

>>> from kg.claims.model import Actor, Claim, TimeSpan
>>> a, b = Actor("x:a", "A", "State"), Actor("x:b", "B", "State")
>>> g = claims_to_graph([Claim(a, "supports", "SUPPORT", b, TimeSpan("2019", "2019", "year"))])
>>> [(u, v, d["relation"], d["start"]) for u, v, d in g.edges(data=True)]
[('x:a', 'x:b', 'supports', '2019-01-01')]
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

import networkx as nx

from kg.claims.model import Claim
from kg.claims.select import claim_interval
from kg.vocab import load_categories


def claims_to_graph(claims: Iterable[Claim]) -> nx.MultiDiGraph:
    """Build the dated multigraph; symmetric relations keep their canonical direction."""
    cats = load_categories()
    g = nx.MultiDiGraph()
    for c in claims:
        for actor in (c.subject, c.object):
            if actor.id not in g:
                g.add_node(actor.id, label=actor.label, type=actor.type, country=actor.country or "",
                           wikidata=actor.wikidata or "")
        start = end = precision = None
        interval = claim_interval(c)
        if interval is not None:
            start, end, precision = interval[0].isoformat(), interval[1].isoformat(), c.date.precision
        g.add_edge(
            c.subject.id, c.object.id, key=c.id,
            relation=c.relation, category=c.category, quad=cats[c.category].quad,
            start=start, end=end, precision=precision,
            date_from_text=bool(c.date and c.date.from_text),
            modality=c.modality,
            attributed_to=c.attributed_to.label if c.attributed_to else None,
            location=c.location.label if c.location else None,
            confidence=c.confidence,
            sources=len({e.doc for e in c.evidence}),
            evidence=[e.to_dict() for e in c.evidence],
        )
    return g


def slice_by_time(g: nx.MultiDiGraph, start: dt.date | None, end: dt.date | None,
                  include_undated: bool = False) -> nx.MultiDiGraph:
    """The sub-graph of edges whose [start, end] overlaps the window."""
    h = nx.MultiDiGraph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, k, d in g.edges(keys=True, data=True):
        if d.get("start") is None or not d.get("date_from_text", True):
            if include_undated:
                h.add_edge(u, v, key=k, **d)
            continue
        s, e = dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"])
        if (end is None or s <= end) and (start is None or e >= start):
            h.add_edge(u, v, key=k, **d)
    return h
