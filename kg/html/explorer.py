"""The analyst explorer: claims in, one self-contained interactive ``graph.html`` out.

pyvis gives us vis-network but neither legends, search, filters nor a timeline, and its own
template fetches Bootstrap from a CDN even when told to inline; analysts open these files on
air-gapped laptops and from mail attachments, so the page must never reach outside itself.
Hence our own template: vis-network (the copy pyvis ships) and geokg's script and styles are
inlined, the data travels as JSON in a non-executed ``<script type="application/json">`` block,
and a Content-Security-Policy admits only the page's own scripts (by hash), so text that comes
from articles is data and can never become markup or code.

Claims are aggregated into one drawn edge per (subject, relation, object); every claim stays
in the payload so the page can filter by date, category, modality and confidence, and show
each dated mention with its evidence.

>>> from kg.claims.model import Actor, Claim, TimeSpan
>>> a, b = Actor("urn:a", "A", "State"), Actor("urn:b", "B", "State")
>>> data = build_payload([Claim(a, "metWith", "CONSULT", b, date=TimeSpan("2019", "2019", "year"))])
>>> len(data["nodes"]), len(data["edges"]), data["claims"][0]["d"]
(2, 1, 1)
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
import re
from importlib import resources
from pathlib import Path
from typing import Any, Mapping, Sequence

import jinja2
import markupsafe

from kg.claims.model import MODALITIES, PLOVER_CATEGORIES, Actor, Claim
from kg.claims.select import claim_interval, gazetteer_names, is_dated, period_bounds
from kg.html.layout import layout_positions
from kg.outputs import atomic_write

#: The vis-network build pyvis ships (inlined; never fetched).
VIS_VERSION = "vis-9.1.2"
QUADS: tuple[str, ...] = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_EPOCH = dt.date(1970, 1, 1)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# --------------------------------------------------------------------------- vocabulary


def _relation_info() -> dict[str, tuple[str, bool]]:
    """(label, symmetric) per relation key: symmetric relations are drawn without arrows."""
    try:
        from kg.vocab import load_relations

        return {k: (r.label, r.symmetric) for k, r in load_relations().items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _category_info() -> dict[str, dict[str, str]]:
    """Quad class and description per PLOVER category (colours and legend groups)."""
    try:
        from kg.vocab import load_categories

        return {k: {"quad": c.quad, "comment": c.comment} for k, c in load_categories().items()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _split_camel(key: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).lower()


# --------------------------------------------------------------------------- payload


def _day(d: dt.date) -> int:
    """Days since 1970-01-01: compact, and what the page's timeline computes in."""
    return (d - _EPOCH).days


def _published_interval(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """Where an undated claim sits in time if placed at its reporting date."""
    span = claim_interval(claim)
    if span is not None:
        return span
    days = [b[0] for e in claim.evidence if e.published for b in [period_bounds(e.published)] if b]
    return (min(days), min(days)) if days else None


class _Index:
    """Assigns small integer ids in first-seen order (keeps the JSON compact)."""

    def __init__(self) -> None:
        self.ids: dict[Any, int] = {}
        self.items: list[dict[str, Any]] = []

    def add(self, key: Any, make: Any) -> int:
        if key not in self.ids:
            self.ids[key] = len(self.items)
            self.items.append(make())
        return self.ids[key]


def _node_record(actor: Actor, names: Sequence[str]) -> dict[str, Any]:
    seen: set[str] = set()
    forms = []
    for f in (actor.label, *names):
        if f and f.lower() not in seen:
            seen.add(f.lower())
            forms.append(f)
    return {"iri": actor.id, "label": actor.label, "type": actor.type or "Other",
            "country": actor.country, "names": forms, "n": 0}


def _doc_record(ev: Any) -> dict[str, Any]:
    return {"id": ev.doc, "title": ev.title, "publisher": ev.publisher, "published": ev.published,
            "url": ev.source}


def _claim_record(claim: Claim, edge: int, cat: int, docs: _Index, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    dated = is_dated(claim)
    span = claim_interval(claim) if dated else _published_interval(claim)
    ev_ids = []
    for ev in claim.evidence:
        d = docs.add(ev.doc, lambda ev=ev: _doc_record(ev))
        ev_ids.append(len(evidence))
        evidence.append({"d": d, "text": ev.sentence, "trig": ev.trigger, "k": ev.confidence})
    return {
        "e": edge, "c": cat,
        "m": MODALITIES.index(claim.modality) if claim.modality in MODALITIES else 0,
        "d": 1 if dated else 0,
        "s": _day(span[0]) if span else None, "t": _day(span[1]) if span else None,
        "ds": claim.date.start if claim.date else None, "de": claim.date.end if claim.date else None,
        "p": claim.date.precision if claim.date else None,
        "by": claim.attributed_to.label if claim.attributed_to else None,
        "at": claim.location.label if claim.location else None,
        "k": round(float(claim.confidence), 4), "v": ev_ids,
    }


def _curves(edges: list[dict[str, Any]]) -> None:
    """Bend parallel edges apart (0, +0.2, -0.2, +0.4 ...) so each stays clickable.

    The sign is relative to the pair's canonical direction, so A->B and B->A bow to
    different sides instead of overlapping."""
    by_pair: dict[tuple[int, int], int] = {}
    for e in edges:
        pair = (min(e["from"], e["to"]), max(e["from"], e["to"]))
        k = by_pair.get(pair, 0)
        by_pair[pair] = k + 1
        r = 0.0 if k == 0 else (0.2 * ((k + 1) // 2)) * (1 if k % 2 else -1)
        e["curve"] = round(r if e["from"] <= e["to"] else -r, 2)


def _categories(claims: Sequence[Claim]) -> list[dict[str, str]]:
    info = _category_info()
    names = list(PLOVER_CATEGORIES) + sorted({c.category for c in claims} - set(PLOVER_CATEGORIES))
    return [{"name": n, "quad": info.get(n, {}).get("quad", "other"), "comment": info.get(n, {}).get("comment", "")}
            for n in names]


def _edge_record(claim: Claim, s: int, o: int, cat: int, relations: Mapping[str, tuple[str, bool]]) -> dict[str, Any]:
    label, symmetric = relations.get(claim.relation, (_split_camel(claim.relation), False))
    return {"from": s, "to": o, "rel": claim.relation, "label": label, "sym": symmetric, "cat": cat, "claims": []}


def _aggregate(claims: Sequence[Claim], names: Mapping[str, Sequence[str]],
               cat_index: Mapping[str, int]) -> dict[str, list[dict[str, Any]]]:
    """Nodes, one edge per (subject, relation, object), claims, evidence and documents."""
    relations = _relation_info()
    nodes, edges, docs = _Index(), _Index(), _Index()
    records: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    for claim in claims:
        s = nodes.add(claim.subject.id, lambda c=claim: _node_record(c.subject, names.get(c.subject.id, ())))
        o = nodes.add(claim.object.id, lambda c=claim: _node_record(c.object, names.get(c.object.id, ())))
        cat = cat_index[claim.category]
        e = edges.add((s, claim.relation, o), lambda c=claim, s=s, o=o, cat=cat: _edge_record(c, s, o, cat, relations))
        edges.items[e]["claims"].append(len(records))
        nodes.items[s]["n"] += 1
        nodes.items[o]["n"] += 1
        records.append(_claim_record(claim, e, cat, docs, evidence))
    for i, n in enumerate(nodes.items):
        n["id"] = i
    for i, e in enumerate(edges.items):
        e["id"] = i
    return {"nodes": nodes.items, "edges": edges.items, "claims": records, "evidence": evidence, "docs": docs.items}


def build_payload(claims: Sequence[Claim], *, title: str = "geokg",
                  aliases: Mapping[str, Sequence[str]] | None = None) -> dict[str, Any]:
    """The JSON the page reads: nodes with positions, aggregated edges, claims, evidence, docs.

    Nothing time-dependent goes in, so the same claims always give the same page (diffable)."""
    claims = list(claims)  # read twice below; a generator would come back empty
    cats = _categories(claims)
    data = _aggregate(claims, aliases if aliases is not None else gazetteer_names(),
                      {c["name"]: i for i, c in enumerate(cats)})
    _curves(data["edges"])
    # Log weights: a pair mentioned 50 times should sit closer, not collapse onto itself.
    weights = [(e["from"], e["to"], 1.0 + math.log(len(e["claims"]))) for e in data["edges"]]
    for n, (x, y) in zip(data["nodes"], layout_positions(len(data["nodes"]), weights)):
        n["x"], n["y"] = x, y
    return {"title": title, "categories": cats, "quads": list(QUADS), "modalities": list(MODALITIES), **data}


# --------------------------------------------------------------------------- rendering


def json_for_html(obj: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, no ``<!--``, no line separators
    that older parsers treat as newlines.  Parsed back by JSON.parse, never evaluated."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _asset(name: str) -> str:
    return resources.files("kg.html").joinpath(name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "templates" / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")


def _inline(code: str, closing: str) -> markupsafe.Markup:
    """Mark a trusted asset as safe to inline, after checking it cannot close its element early."""
    if closing in code.lower():
        raise ValueError(f"asset contains {closing!r} and cannot be inlined")
    return markupsafe.Markup(code)


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def render_html(claims: Sequence[Claim], *, title: str = "geokg",
                aliases: Mapping[str, Sequence[str]] | None = None) -> str:
    """The whole page as a string (``write_html`` writes it atomically)."""
    scripts = [_vis_asset("vis-network.min.js"), _asset("explorer.js")]
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(_asset("template.html"))
    return template.render(
        title=title,
        csp_scripts=markupsafe.Markup(" ".join(_csp_hash(s) for s in scripts)),
        vis_css=_inline(_vis_asset("vis-network.css"), "</style"),
        css=_inline(_asset("explorer.css"), "</style"),
        vis_js=_inline(scripts[0], "</script"),
        js=_inline(scripts[1], "</script"),
        data=markupsafe.Markup(json_for_html(build_payload(claims, title=title, aliases=aliases))),
    )


def write_html(claims: Sequence[Claim], path: Path, *, title: str = "geokg",
               aliases: Mapping[str, Sequence[str]] | None = None) -> None:
    """Write the explorer for ``claims`` to ``path``.

    ``aliases`` maps actor IRIs to other names (searchable, highlighted in evidence); when None
    they come from the gazetteer.  The file is written to a temporary sibling and renamed, so a
    reader (or a browser reloading) never sees half a page and a failed export leaves the old one.
    """
    page = render_html(claims, title=title, aliases=aliases)
    with atomic_write(path) as fh:
        fh.write(page)

