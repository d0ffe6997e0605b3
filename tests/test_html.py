"""The explorer page without a browser: escaping, self-containment, atomic writes, select_claims."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import stat
from html.parser import HTMLParser

import pytest

from kg.claims.model import Actor, Claim, TimeSpan
from kg.claims.select import claim_interval, period_bounds, select_claims
from kg.html import build_payload, json_for_html, render_html, write_html
from kg.html import explorer
from html_fixtures import ALIASES, CHN, KIM, PAYLOAD, PRK, PUTIN, RUS, UKR, hostile_claims, korea_claims


class _Page(HTMLParser):
    """Collects tags, attributes and the raw text of each <script> and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.titles: list[str] = []
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "title"):
            self._open = tag
            if tag == "script":
                self.scripts.append((dict(attrs), ""))
            else:
                self.titles.append("")

    def handle_endtag(self, tag):
        self._open = None

    def handle_data(self, data):
        if self._open == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._open == "title":
            self.titles[-1] += data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return render_html(hostile_claims(), title=f"<script>{PAYLOAD}</script> & \"q\"")


def test_hostile_text_never_becomes_markup(hostile_page):
    page = _parse(hostile_page)
    tags = {t for t, _ in page.tags}
    assert not tags & {"img", "svg", "a", "iframe", "object", "embed", "b"}
    handlers = [(t, a) for t, attrs in page.tags for a in attrs if a.startswith("on")]
    assert handlers == []
    # Exactly three scripts: the JSON data (not executed) and the two inlined assets.
    types = [attrs.get("type") for attrs, _ in page.scripts]
    assert types == ["application/json", None, None]
    assert page.titles == [f"<script>{PAYLOAD}</script> & \"q\""]


def test_data_block_round_trips_hostile_strings(hostile_page):
    page = _parse(hostile_page)
    attrs, raw = page.scripts[0]
    assert attrs["id"] == "geokg-data"
    assert not re.search("[<>&\u2028\u2029]", raw)
    data = json.loads(raw)
    labels = {n["label"] for n in data["nodes"]}
    assert f"<script>{PAYLOAD}</script>" in labels
    assert any("\u2028" in n["label"] for n in data["nodes"])
    assert any("</script><!--" in e["text"] for e in data["evidence"])
    assert {d["url"] for d in data["docs"]} >= {f"javascript:{PAYLOAD}"}


def test_json_for_html_escapes_what_ends_a_script():
    text = json_for_html({"s": "</script><!-- a&b \u2028\u2029 >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"s": "</script><!-- a&b \u2028\u2029 >"}


def test_page_is_self_contained_and_csp_admits_only_its_scripts():
    page_text = render_html(korea_claims(), aliases=ALIASES)
    page = _parse(page_text)
    for tag, attrs in page.tags:
        assert "src" not in attrs and tag != "link", (tag, attrs)
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for attrs, code in page.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "cdn" not in " ".join(str(a) for _, a in page.tags).lower()


def test_claims_aggregate_into_one_edge_per_subject_relation_object():
    claims = korea_claims()
    data = build_payload(claims, aliases=ALIASES)
    keys = {(c.subject.id, c.relation, c.object.id) for c in claims}
    assert len(data["edges"]) == len(keys)
    assert len(data["claims"]) == len(claims)
    iri = [n["iri"] for n in data["nodes"]]
    met = next(e for e in data["edges"] if iri[e["from"]] == KIM.id and e["rel"] == "metWith")
    assert len(met["claims"]) == 2 and met["sym"] is True and met["label"] == "met with"
    invades = next(e for e in data["edges"] if iri[e["from"]] == RUS.id and iri[e["to"]] == UKR.id)
    assert invades["sym"] is False
    kim = data["nodes"][iri.index(KIM.id)]
    assert kim["names"][0] == "Kim Jong-un" and "Kim" in kim["names"]
    # Every claim is placed by positions computed here, so the page needs no physics.
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_undated_claim_keeps_its_published_date():
    data = build_payload(korea_claims(), aliases=ALIASES)
    undated = [c for c in data["claims"] if not c["d"]]
    assert len(undated) == 1
    assert undated[0]["s"] == (dt.date(2023, 3, 25) - dt.date(1970, 1, 1)).days


def test_write_html_replaces_atomically(tmp_path, monkeypatch):
    out = tmp_path / "graph.html"
    write_html(korea_claims(), out, title="Korea", aliases=ALIASES)
    first = out.read_text(encoding="utf-8")
    assert "<title>Korea</title>" in first
    assert stat.S_IMODE(out.stat().st_mode) == 0o644

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(explorer, "json_for_html", broken)
    with pytest.raises(RuntimeError):
        write_html(korea_claims(), out, title="Other")
    assert out.read_text(encoding="utf-8") == first
    assert sorted(os.listdir(tmp_path)) == ["graph.html"]


def test_write_html_handles_no_claims(tmp_path):
    out = tmp_path / "sub" / "empty.html"
    write_html([], out)
    data = json.loads(_parse(out.read_text(encoding="utf-8")).scripts[0][1])
    assert data["nodes"] == [] and data["edges"] == []


# ----------------------------------------------------------------------------- select_claims


def _keys(claims):
    return {(c.subject.label, c.relation, c.object.label, c.modality) for c in claims}


def test_period_bounds():
    assert period_bounds("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert period_bounds("1950") == (dt.date(1950, 1, 1), dt.date(1950, 12, 31))
    assert period_bounds("199", "decade") == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))
    assert period_bounds("2019-04-25") == (dt.date(2019, 4, 25),) * 2
    assert period_bounds("2019-13") is None and period_bounds("soon") is None


def test_select_by_window_uses_overlap():
    claims = korea_claims()
    war = select_claims(claims, start="1952", end="1952")
    assert _keys(war) == {("North Korea", "fightsWith", "South Korea", "asserted"),
                          ("China", "aids", "North Korea", "asserted"),
                          ("Soviet Union", "aids", "North Korea", "asserted")}
    assert len(select_claims(claims, start="2019-06", end="2019-12")) == 2  # the year-precision mentions
    assert len(select_claims(claims, start="2019-04-25", end="2019-04-25")) == 3
    assert select_claims(claims, start="1954", end="2005") == []
    # The undated birthday card sits at its published date.
    assert ("Kim Jong-un", "supports", "Vladimir Putin", "asserted") in _keys(select_claims(claims, start="2023-03-25"))
    before = select_claims(claims, end=dt.date(1960, 1, 1))
    assert len(before) == 3


def test_select_drops_claims_without_any_date_once_a_window_is_given():
    a, b = Actor("urn:a", "A", "State"), Actor("urn:b", "B", "State")
    c = Claim(a, "metWith", "CONSULT", b, None)
    assert select_claims([c]) == [c]
    assert select_claims([c], start="2000") == []


def test_select_by_actor_label_alias_or_iri():
    claims = korea_claims()
    by_label = select_claims(claims, actors=["north korea"], aliases=ALIASES)
    by_alias = select_claims(claims, actors=["DPRK"], aliases=ALIASES)
    by_iri = select_claims(claims, actors=[PRK.id], aliases=ALIASES)
    assert by_label == by_alias == by_iri
    assert all(PRK.id in (c.subject.id, c.object.id) for c in by_label)
    assert len(by_label) == sum(PRK.id in (c.subject.id, c.object.id) for c in claims)
    both = select_claims(claims, actors=["Beijing", "Putin"], aliases=ALIASES)
    assert {c.subject.id for c in both} >= {CHN.id} and any(PUTIN.id in (c.subject.id, c.object.id) for c in both)
    assert select_claims(claims, actors=["Atlantis"], aliases=ALIASES) == []


def test_select_by_category_quad_modality_and_confidence():
    claims = korea_claims()
    assert {c.category for c in select_claims(claims, categories=["assault"])} == {"ASSAULT"}
    material_conflict = select_claims(claims, categories=["material_conflict"])
    assert {c.category for c in material_conflict} == {"ASSAULT", "SANCTION"}
    disputed = select_claims(claims, modalities=["alleged", "denied"])
    assert [(c.modality, c.attributed_to.label) for c in disputed] == [("alleged", "United States"), ("denied", "Russia")]
    confident = select_claims(claims, min_confidence=0.9)
    assert confident and all(c.confidence >= 0.9 for c in confident)
    assert len(confident) < len(claims)
    combined = select_claims(claims, start="2022", categories=["REQUEST"], modalities=["denied"], actors=["Moscow"],
                             aliases=ALIASES)
    assert _keys(combined) == {("Russia", "requests", "North Korea", "denied")}


def test_select_keeps_order_and_rejects_typos():
    claims = korea_claims()
    assert select_claims(claims) == claims
    with pytest.raises(ValueError, match="category"):
        select_claims(claims, categories=["ASSAULTS"])
    with pytest.raises(ValueError, match="modality"):
        select_claims(claims, modalities=["rumoured"])
    with pytest.raises(ValueError, match="ISO date"):
        select_claims(claims, start="last year")


def test_claim_interval_spans_start_of_start_to_end_of_end():
    war = next(c for c in korea_claims() if c.relation == "fightsWith")
    assert claim_interval(war) == (dt.date(1950, 1, 1), dt.date(1953, 12, 31))
    broken = Claim(KIM, "metWith", "CONSULT", PUTIN, TimeSpan("sometime", "later", "day"))
    assert claim_interval(broken) is None


def test_same_claims_give_the_same_page():
    """Rebuilding must not reshuffle the picture (positions are seeded) or the file (diffable)."""
    first = render_html(korea_claims(), aliases=ALIASES)
    assert render_html(korea_claims(), aliases=ALIASES) == first
    assert render_html(iter(korea_claims()), aliases=ALIASES) == first
