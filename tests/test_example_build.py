"""The example article end to end: the claims an analyst expects, seen through every output
(claims.jsonl, SPARQL over graph.ttl, GraphML edges) — issue "The spine", done-when list."""

from __future__ import annotations

import json

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.vocab import ONTOLOGY_NS

KG = ONTOLOGY_NS
PRK, RUS, KOR, USA = (f"http://www.wikidata.org/entity/{q}" for q in ("Q423", "Q159", "Q884", "Q30"))
KIM, PUTIN, UNSC = (f"http://www.wikidata.org/entity/{q}" for q in ("Q56226", "Q7747", "Q37470"))


@pytest.fixture(scope="module")
def claims(example_build):
    out, _ = example_build
    with (out / "claims.jsonl").open() as fh:
        return [json.loads(line) for line in fh]


def find(claims, subject, relation, obj, **extra):
    """Claims between two actors (either order for symmetric relations)."""
    hits = []
    for c in claims:
        ends = {c["subject"]["id"], c["object"]["id"]}
        direct = c["subject"]["id"] == subject and c["object"]["id"] == obj
        if c["relation"] == relation and (direct or (ends == {subject, obj} and relation in ("metWith", "fightsWith"))):
            if all(c.get(k) == v for k, v in extra.items()):
                hits.append(c)
    return hits


def test_report_lists_outputs_and_counts(example_build):
    out, report = example_build
    data = json.loads((out / "report.json").read_text())
    assert data["documents"]["read"] == 1 and data["documents"]["skipped"] == 0
    assert data["claims"] == report.claims > 0
    for name in ("claims.jsonl", "graph.ttl", "graph.graphml", "graph.html", "report.json"):
        assert (out / name).stat().st_size > 0, name


def test_kim_met_putin_in_2019_in_vladivostok(claims):
    [c] = [c for c in find(claims, KIM, "metWith", PUTIN, modality="asserted") if c["date"]["from_text"]]
    assert c["category"] == "CONSULT"
    assert (c["date"]["start"], c["date"]["end"], c["date"]["precision"]) == ("2019", "2019", "year")
    assert c["location"]["label"] == "Vladivostok"
    ev = c["evidence"][0]
    assert "Kim and Putin met" in ev["sentence"]
    assert ev["published"] == "2023-03-25" and ev["end"] > ev["start"]


def test_unsc_sanctions_north_korea_since_2006(claims):
    hits = find(claims, UNSC, "sanctions", PRK)
    assert hits, "UN Security Council -sanctions-> North Korea"
    assert any(c["date"]["start"] == "2006" for c in hits)
    assert all(c["category"] == "SANCTION" for c in hits)


def test_north_korea_supports_russia(claims):
    hits = find(claims, PRK, "supports", RUS, modality="asserted")
    assert hits and hits[0]["category"] == "SUPPORT"


def test_russia_approached_north_korea_alleged_by_us_and_denied(claims):
    alleged = [c for c in claims if c["subject"]["id"] == RUS and c["object"]["id"] == PRK
               and c["modality"] == "alleged" and "approached" in c["evidence"][0]["trigger"]]
    assert alleged and alleged[0]["attributed_to"]["id"] == USA
    denied = [c for c in claims if c["modality"] == "denied" and c.get("disputes") == alleged[0]["id"]]
    assert {c["attributed_to"]["id"] for c in denied} == {RUS, PRK}


def test_north_korea_fought_south_korea_1950_1953(claims):
    [c] = find(claims, PRK, "fightsWith", KOR)
    assert c["category"] == "ASSAULT"
    assert (c["date"]["start"], c["date"]["end"]) == ("1950", "1953")


def test_sparql_on_graph_ttl_finds_the_same_claims(example_build):
    out, _ = example_build
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    prefix = f"PREFIX kg: <{KG}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> " \
             "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
    assert store.query(prefix + f"ASK {{ <{PRK}> kg:supports <{RUS}> }}")
    rows = list(store.query(prefix + f"""
        SELECT ?start ?prec WHERE {{
          ?c rdf:predicate kg:sanctions ; rdf:subject <{UNSC}> ; rdf:object <{PRK}> .
          {{ ?c kg:startTime ?start }} UNION {{ ?c kg:pointInTime ?start }}
          ?c kg:timePrecision ?prec .
        }}"""))
    assert any(r["start"].value.startswith("2006") for r in rows)
    rows = list(store.query(prefix + f"""
        SELECT ?claimant WHERE {{
          ?c rdf:subject <{RUS}> ; rdf:predicate ?p ; rdf:object <{PRK}> ;
             kg:modality kg:Alleged ; <http://www.w3.org/ns/prov#wasAttributedTo> ?claimant .
        }}"""))
    assert {r["claimant"].value for r in rows} >= {USA}
    # only asserted claims make direct edges
    assert not store.query(prefix + f"ASK {{ <{RUS}> kg:requests <{PRK}> }}")


def test_graphml_edges_carry_dates_and_modality(example_build):
    out, _ = example_build
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert isinstance(g, nx.MultiDiGraph)
    edges = [(u, v, d) for u, v, d in g.edges(data=True) if d["relation"] == "fightsWith" and {u, v} == {PRK, KOR}]
    assert edges and edges[0][2]["start"] == "1950-01-01" and edges[0][2]["end"] == "1953-12-31"
    assert edges[0][2]["modality"] == "asserted" and edges[0][2]["category"] == "ASSAULT"
    assert g.nodes[PRK]["label"] == "North Korea" and g.nodes[PRK]["country"] == "PRK"
    assert json.loads(edges[0][2]["evidence"])[0]["sentence"]


def test_graph_ttl_conforms_to_shapes_and_parses_in_rdflib(example_build):
    import pyshacl
    import rdflib

    from kg.vocab import ONTOLOGY_DIR

    out, _ = example_build
    data = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(data) > 100
    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert conforms, text[:2000]
