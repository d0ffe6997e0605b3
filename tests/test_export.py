"""Files are exports of the store: rebuilding changes nothing, a second build adds to the
same graph, and ``kg export`` writes every format, filtered like the explorer's CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest

from kg.outputs import read_claims_jsonl

from conftest import EXAMPLES

KG = [sys.executable, "-m", "kg.cli"]


def kg(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([*KG, *args], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def twice(tmp_path_factory):
    """The example built twice into one folder, then a second article added."""
    out = tmp_path_factory.mktemp("out")
    kg("build", str(EXAMPLES), "--out", str(out), "-q", "--no-html")
    first = json.loads((out / "report.json").read_text())
    kg("build", str(EXAMPLES), "--out", str(out), "-q", "--no-html")
    again = json.loads((out / "report.json").read_text())
    extra = tmp_path_factory.mktemp("more") / "more.md"
    # The repeated claim stands in a paragraph of its own, with no date of its own, as in the
    # example article: the same claim (undated) in two articles.
    extra.write_text("---\ntitle: More\npublished: 2023-09-13\n---\n"
                     "Kim Jong-un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday.\n\n"
                     "North Korea offered its support to Russia.\n")
    kg("build", str(extra), "--out", str(out), "-q", "--no-html")
    third = json.loads((out / "report.json").read_text())
    return out, first, again, third


def test_rebuilding_the_same_articles_changes_nothing(twice):
    _, first, again, _ = twice
    assert again["triples"] == first["triples"]
    assert again["claims_in_store"] == first["claims_in_store"]


def test_second_article_adds_evidence_not_a_second_claim(twice):
    out, first, _, third = twice
    claims = read_claims_jsonl(out / "claims.jsonl")
    supports = [c for c in claims if c.relation == "supports" and c.subject.label == "North Korea"
                and c.object.label == "Russia" and c.modality == "asserted" and not c.date.from_text]
    assert len(supports) == 1
    assert len({e.doc for e in supports[0].evidence}) == 2
    assert third["claims_in_store"] > first["claims_in_store"]  # the new meeting (2023) is a new claim


@pytest.mark.parametrize("fmt", ["jsonl", "graphml", "gexf", "html", "ttl", "nt", "trig", "jsonld"])
def test_every_format_exports(twice, tmp_path, fmt):
    out, *_ = twice
    path = tmp_path / f"export.{fmt}"
    kg("export", "--format", fmt, "--out", str(path), "--store", str(out / "store"))
    assert path.stat().st_size > 0


def test_filters_select_by_date_actor_and_category(twice, tmp_path):
    out, *_ = twice
    everything = read_claims_jsonl(out / "claims.jsonl")
    path = tmp_path / "f.jsonl"
    kg("export", "-f", "jsonl", "-o", str(path), "--store", str(out / "store"),
       "--start", "1950", "--end", "1953", "--category", "ASSAULT")
    got = read_claims_jsonl(path)
    assert got and all(c.category == "ASSAULT" and c.date.start <= "1953" and c.date.end >= "1950" for c in got)
    want = [c for c in everything if c.category == "ASSAULT" and c.date and c.date.from_text
            and c.date.start[:4] <= "1953" and c.date.end[:4] >= "1950"]
    assert {c.id for c in got} == {c.id for c in want}
    path = tmp_path / "nk.graphml"
    kg("export", "-f", "graphml", "-o", str(path), "--store", str(out / "store"), "--actor", "DPRK")
    g = nx.read_graphml(path, force_multigraph=True)
    nk = "http://www.wikidata.org/entity/Q423"
    assert g.number_of_edges() > 0 and all(nk in (u, v) for u, v in g.edges())


def test_bad_filter_is_a_clear_error(twice, tmp_path):
    out, *_ = twice
    proc = subprocess.run([*KG, "export", "-f", "html", "-o", str(tmp_path / "x.html"), "--store",
                           str(out / "store"), "--category", "HUGS"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "HUGS" in proc.stderr
    assert not (tmp_path / "x.html").exists()
