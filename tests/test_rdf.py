"""RDF output: shapes, round trips through rdflib and Oxigraph, direct edges, symmetry, dates."""

from __future__ import annotations

import json

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import yaml
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, XSD

from kg import rdf
from kg.outputs import atomic_path
from kg.claims.model import TimeSpan
from kg.rdf import KG, SDO
from kg.vocab import ONTOLOGY_DIR, load_relations
from rdf_fixtures import (KIM, NORTH_KOREA, PUTIN, RUSSIA, SOUTH_KOREA, UNSC, article_one, article_two,
                          claims_for, corpus)

SHAPES = rdf.shapes_graph()


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    claims, docs = corpus()
    return rdf.claims_to_dataset(claims, docs)


@pytest.fixture(scope="module")
def union(dataset: Dataset) -> Graph:
    return rdf.union_graph(dataset)


def validate(data: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(data + rdf.ontology_graph(), shacl_graph=SHAPES)
    return conforms, text


def iri(actor) -> URIRef:
    return URIRef(actor.id)


def claim_node(union: Graph, s, relation: str, o, modality=KG.Asserted) -> URIRef:
    nodes = [c for c in union.subjects(RDF.subject, iri(s))
             if (c, RDF.predicate, KG[relation]) in union and (c, RDF.object, iri(o)) in union
             and (c, KG.modality, modality) in union]
    assert len(nodes) == 1, nodes
    return nodes[0]


# --- SHACL ------------------------------------------------------------------------------------

def test_output_conforms_to_shapes(union: Graph) -> None:
    conforms, report = validate(union)
    assert conforms, report


def _drop_claimant(g: Graph, claims) -> None:
    alleged = next(c for c in claims if c.modality == "alleged")
    g.remove((rdf.claim_iri(alleged.id), PROV.wasAttributedTo, None))


def _edge_without_claim(g: Graph, claims) -> None:
    g.add((iri(SOUTH_KOREA), KG.sanctions, iri(RUSSIA)))


def _asserted_without_edge(g: Graph, claims) -> None:
    g.remove((iri(UNSC), KG.sanctions, iri(NORTH_KOREA)))


def _confidence_above_one(g: Graph, claims) -> None:
    node = rdf.claim_iri(claims[0].id)
    g.set((node, KG.confidence, rdf.decimal(1.2)))


def _start_after_end(g: Graph, claims) -> None:
    war = next(c for c in claims if c.relation == "fightsWith")
    g.set((rdf.claim_iri(war.id), KG.startTime, Literal(date(1960, 1, 1), datatype=XSD.date)))


def _quote_missing(g: Graph, claims) -> None:
    for quote in list(g.subjects(RDF.type, URIRef("http://www.w3.org/ns/oa#TextQuoteSelector")))[:1]:
        g.remove((quote, None, None))


def _unknown_relation(g: Graph, claims) -> None:
    g.set((rdf.claim_iri(claims[0].id), RDF.predicate, KG.befriends))


def _no_evidence(g: Graph, claims) -> None:
    g.remove((rdf.claim_iri(claims[0].id), KG.evidence, None))


def _bad_modality(g: Graph, claims) -> None:
    g.set((rdf.claim_iri(claims[0].id), KG.modality, KG.Rumoured))


@pytest.mark.parametrize("breakage", [_drop_claimant, _edge_without_claim, _asserted_without_edge,
                                      _confidence_above_one, _start_after_end, _quote_missing,
                                      _unknown_relation, _no_evidence, _bad_modality])
def test_shapes_reject_broken_output(union: Graph, breakage) -> None:
    broken = Graph() + union
    breakage(broken, corpus()[0])
    conforms, report = validate(broken)
    assert not conforms, f"{breakage.__name__} went unnoticed"


# --- Round trips --------------------------------------------------------------------------------

def _triples(g: Graph) -> set:
    return set(g)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "nq", "jsonld"])
def test_written_files_parse_in_rdflib_and_oxigraph(dataset: Dataset, union: Graph, tmp_path: Path, fmt: str) -> None:
    path = rdf.write_rdf(dataset, tmp_path / f"out.{fmt}")
    rdflib_format = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    if fmt in ("trig", "nq", "jsonld"):
        parsed = Dataset()
        parsed.parse(path, format=rdflib_format)
        # The default graph repeats the union, so tools with default settings see everything.
        default = parsed.graph(parsed.default_graph.identifier)
        assert _triples(default) == _triples(union)
        named = {g.identifier for g in parsed.graphs() if g.identifier != parsed.default_graph.identifier}
        assert rdf.graph_iri(article_one().id) in named and rdf.SUMMARY_GRAPH in named
    else:
        parsed = Graph().parse(path, format=rdflib_format)
        assert _triples(parsed) == _triples(union)
    store = ox.Store()
    store.load(path=str(path), format=rdf.rdf_format(fmt))
    count = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value
    assert int(count) == len(union)
    if fmt == "jsonld":
        assert json.loads(path.read_text(encoding="utf-8"))["@context"]["kg"] == str(rdf.KG)


def test_failed_write_keeps_the_previous_file(dataset: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    rdf.write_turtle(dataset, target)
    before = target.read_bytes()
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("@prefix broken")
            raise RuntimeError("disk full")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


# --- Model ----------------------------------------------------------------------------------------

def test_direct_edge_iff_an_asserted_claim(union: Graph) -> None:
    for claim in corpus()[0]:
        edge = (iri(claim.subject), KG[claim.relation], iri(claim.object))
        asserted_twin = any(c.modality == "asserted" and (c.subject, c.relation, c.object) ==
                            (claim.subject, claim.relation, claim.object) for c in corpus()[0])
        assert (edge in union) == asserted_twin, (claim.relation, claim.modality)
    assert (iri(RUSSIA), KG.requests, iri(NORTH_KOREA)) not in union  # only alleged, and denied


def test_symmetric_relations_get_both_directions(union: Graph) -> None:
    assert (iri(KIM), KG.metWith, iri(PUTIN)) in union
    assert (iri(PUTIN), KG.metWith, iri(KIM)) in union
    assert (iri(SOUTH_KOREA), KG.fightsWith, iri(NORTH_KOREA)) in union
    assert (iri(RUSSIA), KG.supports, iri(NORTH_KOREA)) not in union  # supports is not symmetric
    assert (KG.metWith, RDF.type, OWL.SymmetricProperty) in rdf.ontology_graph()


def test_dates_are_xsd_date_with_wikibase_precision(union: Graph) -> None:
    met = claim_node(union, KIM, "metWith", PUTIN)
    assert union.value(met, KG.pointInTime) == Literal(date(2019, 4, 25), datatype=XSD.date)
    assert union.value(met, KG.timePrecision).toPython() == 11
    war = claim_node(union, NORTH_KOREA, "fightsWith", SOUTH_KOREA)
    assert union.value(war, KG.startTime) == Literal(date(1950, 1, 1), datatype=XSD.date)
    assert union.value(war, KG.endTime) == Literal(date(1953, 1, 1), datatype=XSD.date)
    assert union.value(war, KG.timePrecision).toPython() == 9
    assert union.value(war, KG.pointInTime) is None
    sanctions = claim_node(union, UNSC, "sanctions", NORTH_KOREA)
    assert union.value(sanctions, KG.startTime).toPython() == date(2006, 1, 1)
    assert union.value(sanctions, KG.endTime) is None  # "since 2006": open-ended
    supports = claim_node(union, NORTH_KOREA, "supports", RUSSIA)
    assert union.value(supports, KG.pointInTime) is None  # only the publication date is known
    assert union.value(supports, KG.timeFromText) == Literal(False)
    assert all(o.datatype == XSD.date for p in (KG.pointInTime, KG.startTime, KG.endTime)
               for o in union.objects(None, p))


@pytest.mark.parametrize("value,precision,expected", [
    ("2019", "year", date(2019, 1, 1)), ("2023-05", "month", date(2023, 5, 1)),
    ("2023-03-21", "day", date(2023, 3, 21)), ("1950", "decade", date(1950, 1, 1)),
    ("1957", "decade", date(1950, 1, 1)), ("195", "decade", date(1950, 1, 1)),
    ("2023-03-21", "year", date(2023, 1, 1)),
])
def test_period_start(value: str, precision: str, expected: date) -> None:
    assert rdf.period_start(value, precision) == expected


def test_decade_precision_is_wikibase_8() -> None:
    claim = claims_for(article_one())[-1]
    claim.date = TimeSpan("1950", "1950", "decade")
    g = Graph()
    for t in rdf.time_triples(rdf.claim_iri(claim.id), claim):
        g.add(t)
    assert [o.toPython() for o in g.objects(None, KG.timePrecision)] == [8]


def test_date_overlap_filter_runs_in_oxigraph(dataset: Dataset, tmp_path: Path) -> None:
    """Claim dates compare in SPARQL: the 1950-1953 war overlaps 1952 and not 2019-2023."""
    store = ox.Store()
    store.load(path=str(rdf.write_turtle(dataset, tmp_path / "g.ttl")))
    query = """PREFIX kg: <%s> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT ?c WHERE { ?c kg:startTime ?s ; kg:endTime ?e .
          FILTER(?s <= "%s"^^xsd:date && ?e >= "%s"^^xsd:date) }"""
    hits = lambda a, b: len(list(store.query(query % (KG, b, a))))  # noqa: E731
    assert hits("1952-01-01", "1952-12-31") == 1
    assert hits("2019-01-01", "2023-12-31") == 0


def test_claim_with_evidence_in_two_documents(dataset: Dataset, union: Graph) -> None:
    """One claim node; its evidence, support count and noisy-or confidence gather both articles."""
    node = claim_node(union, UNSC, "sanctions", NORTH_KOREA)
    assert len(set(union.objects(node, KG.evidence))) == 2
    assert union.value(node, KG.supportCount).toPython() == 2
    assert float(union.value(node, KG.confidence)) == pytest.approx(1 - (1 - 0.9) * (1 - 0.5))
    for doc in (article_one(), article_two()):
        graph = dataset.graph(rdf.graph_iri(doc.id))
        assert (node, RDF.subject, iri(UNSC)) in graph
        assert (rdf.document_iri(doc.id), RDF.type, SDO.NewsArticle) in graph


def test_evidence_quotes_the_article_text(union: Graph) -> None:
    oa = rdf.OA
    docs = {d.id: d for d in corpus()[1]}
    for target in union.subjects(oa.hasSource, None):
        doc = docs[str(union.value(target, oa.hasSource)).rsplit("/", 1)[1]]
        selectors = list(union.objects(target, oa.hasSelector))
        exact = next(union.value(s, oa.exact) for s in selectors if union.value(s, oa.exact) is not None)
        pos = next(s for s in selectors if union.value(s, oa.start) is not None)
        assert doc.text[int(union.value(pos, oa.start)):int(union.value(pos, oa.end))] == str(exact)


def test_denial_names_claimant_and_disputed_allegation(union: Graph) -> None:
    denied = claim_node(union, RUSSIA, "requests", NORTH_KOREA, KG.Denied)
    alleged = claim_node(union, RUSSIA, "requests", NORTH_KOREA, KG.Alleged)
    assert union.value(denied, KG.disputes) == alleged
    assert union.value(denied, PROV.wasAttributedTo) == iri(RUSSIA)
    assert union.value(alleged, PROV.wasAttributedTo) == URIRef("http://www.wikidata.org/entity/Q30")


def test_document_without_claims_still_gets_its_graph() -> None:
    doc = article_two()
    ds = rdf.claims_to_dataset([], [doc])
    assert (rdf.document_iri(doc.id), SDO.url, URIRef(doc.url)) in ds.graph(rdf.graph_iri(doc.id))


# --- Ontology -----------------------------------------------------------------------------------

def test_ontology_generated_from_relations_yaml() -> None:
    onto = rdf.ontology_graph()
    plover = yaml.safe_load((ONTOLOGY_DIR / "plover.yaml").read_text())
    for key, rel in load_relations().items():
        p = KG[key]
        assert (p, RDF.type, OWL.ObjectProperty) in onto
        assert onto.value(p, KG.ploverCategory) == KG[rel.category]
        assert onto.value(p, KG.quadClass) == rdf.QUAD_CLASS[plover[rel.category]["quad"]]
        assert ((p, RDF.type, OWL.SymmetricProperty) in onto) == rel.symmetric
        if rel.cameo:
            assert onto.value(p, rdf.SKOS.closeMatch) == rdf.CAMEO[rel.cameo]


def test_kg_ttl_categories_agree_with_plover_yaml() -> None:
    """The 16 categories are written in kg.ttl; plover.yaml must not drift from them."""
    onto = rdf.ontology_graph()
    plover = yaml.safe_load((ONTOLOGY_DIR / "plover.yaml").read_text())
    cats = set(onto.subjects(RDF.type, KG.PloverCategory))
    assert cats == {KG[name] for name in plover}
    for name, entry in plover.items():
        assert onto.value(KG[name], KG.quadClass) == rdf.QUAD_CLASS[entry["quad"]]
    assert (KG.memberOf, OWL.equivalentProperty, URIRef("http://www.wikidata.org/prop/direct/P463")) in onto


def test_a_configured_base_iri_reaches_ontology_shapes_and_data() -> None:
    code = ("import sys; sys.path.insert(0, 'tests'); import pyshacl; from kg import rdf; "
            "from rdf_fixtures import corpus; "
            "data = rdf.union_graph(rdf.claims_to_dataset(*corpus())) + rdf.ontology_graph(); "
            "old = sum(1 for t in data for x in t if str(x).startswith('https://geokg.dev/')); "
            "ok = pyshacl.validate(data, shacl_graph=rdf.shapes_graph())[0]; "
            "data.remove((None, rdf.PROV.wasAttributedTo, None)); "
            "broken = pyshacl.validate(data, shacl_graph=rdf.shapes_graph())[0]; "
            "print(old, (rdf.KG.sanctions, None, None) in data, ok, broken, str(rdf.KG))")
    env = {**os.environ, "GEOKG_BASE_IRI": "https://kg.example.net/"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.split()
    assert out == ["0", "True", "True", "False", "https://kg.example.net/ontology#"]


# --- Reference facts from the gazetteer ----------------------------------------------------------

def test_reference_facts_are_dated_head_of_and_member_of_claims() -> None:
    facts = rdf.reference_claims()
    putin_russia = [(c.date.start, c.date.end, title) for c, title in facts
                    if c.subject.id == PUTIN.id and c.relation == "headOf" and c.object.id == RUSSIA.id]
    assert ("2012-05-07", "", "president") in putin_russia  # still in office: open end
    assert any(c.relation == "memberOf" and c.date is None for c, _ in facts)
    sample = [f for f in facts if f[0].subject.id == PUTIN.id] + [f for f in facts if f[0].relation == "memberOf"][:5]
    g = Graph()
    for t in rdf.reference_triples(sample):
        g.add(t)
    assert (iri(PUTIN), KG.headOf, iri(RUSSIA)) in g
    conforms, report = validate(g)
    assert conforms, report
    # Without the reference source, such claims would lack evidence: the shapes say so.
    g.remove((None, PROV.wasDerivedFrom, rdf.REFERENCE_SOURCE))
    assert not validate(g)[0]
