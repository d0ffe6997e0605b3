"""The persistent store: idempotent adds, evidence that grows, replaced articles, the union graph."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from rdflib import Graph

from kg import rdf
from kg.claims.model import Actor
from kg.store import Store, query_command
from kg.vocab import ONTOLOGY_DIR
from rdf_fixtures import (KIM, NORTH_KOREA, PUTIN, UNSC, article_one, article_one_edited, article_two, claims_for,
                          corpus)

KG = str(rdf.KG)
QUERIES = sorted((Path(__file__).resolve().parents[1] / "examples" / "queries").glob("*.rq"))


def rows(store: Store, sparql: str) -> list[dict[str, str]]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


def sanctions_claim(store: Store) -> list[dict[str, str]]:
    return rows(store, f"""SELECT ?claim ?n ?conf (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {{
        ?claim rdf:subject <{UNSC.id}> ; rdf:predicate kg:sanctions ; rdf:object <{NORTH_KOREA.id}> ;
               kg:supportCount ?n ; kg:confidence ?conf ; kg:evidence ?ev }} GROUP BY ?claim ?n ?conf""")


def snapshot(store: Store) -> set[ox.Quad]:
    return set(store.oxigraph)


@pytest.fixture()
def store() -> Store:
    s = Store()
    s.add(*corpus(article_one()))
    return s


def test_re_adding_the_same_documents_changes_nothing(store: Store) -> None:
    before, count = snapshot(store), store.triple_count()
    result = store.add(*corpus(article_one()))
    assert store.triple_count() == count
    assert snapshot(store) == before
    assert result.quads_added == result.quads_removed == 0


def test_a_claim_repeated_in_another_document_gains_evidence_not_a_node(store: Store) -> None:
    [first] = sanctions_claim(store)
    assert (first["n"], first["evidence"]) == ("1", "1")
    store.add(*corpus(article_two()))
    [merged] = sanctions_claim(store)
    assert merged["claim"] == first["claim"]
    assert (merged["n"], merged["evidence"]) == ("2", "2")
    assert float(merged["conf"]) == pytest.approx(1 - (1 - 0.9) * (1 - 0.5))  # noisy-or
    # Exactly one supportCount/confidence value survives the recomputation.
    assert len(rows(store, f"SELECT ?n WHERE {{ <{merged['claim']}> kg:supportCount ?n }}")) == 1


def test_a_changed_document_replaces_its_own_statements(store: Store) -> None:
    store.add(*corpus(article_two()))
    old, new = article_one(), article_one_edited()
    assert old.url == new.url and old.id != new.id
    result = store.add(*corpus(new))
    assert result.replaced == [str(rdf.graph_iri(old.id))]
    titles = {d.title for d in store.documents()}
    assert titles == {new.title, article_two().title}
    # Claims only the old text supported are gone, with their direct edges ...
    assert not store.query(f"ASK {{ <{KIM.id}> kg:metWith <{PUTIN.id}> }}")
    assert not store.query("ASK { ?c kg:modality kg:Alleged }")
    # ... a claim still supported elsewhere loses only the old evidence ...
    [sanctions] = sanctions_claim(store)
    assert (sanctions["n"], sanctions["evidence"]) == ("1", "1") and float(sanctions["conf"]) == 0.5
    # ... and the store equals one built from the current articles alone.
    fresh = Store()
    fresh.add(*corpus(article_two()))
    fresh.add(*corpus(new))
    assert snapshot(fresh) == snapshot(store)


def default_triples(store: Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def named_triples(store: Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.oxigraph if not isinstance(q.graph_name, ox.DefaultGraph)}


def test_default_graph_is_the_union_of_the_named_graphs(store: Store) -> None:
    store.add(*corpus(article_two()))
    named = named_triples(store)
    assert default_triples(store) == named
    # North Korea's label sits in both article graphs, yet a plain query counts it once.
    label = rows(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ <{NORTH_KOREA.id}> rdfs:label ?l }}")
    assert label == [{"n": "1"}]
    assert store.triple_count() == len(named)
    # A plain query with no GRAPH clause sees the claims of both articles.
    docs = rows(store, "SELECT DISTINCT ?doc WHERE { ?c prov:wasDerivedFrom ?doc }")
    assert len(docs) == 2


def test_updates_keep_the_union_in_the_default_graph(store: Store) -> None:
    """A SPARQL update to a named graph is seen by plain queries, and a triple removed from its
    last named graph leaves them; what an update writes to the default graph stays."""
    store.add(*corpus(article_two()))
    g1, g2 = "http://example.org/graph/one", "http://example.org/graph/two"
    shared = "<http://example.org/x> <http://example.org/p> <http://example.org/y>"
    store.update(f"INSERT DATA {{ GRAPH <{g1}> {{ {shared} }} GRAPH <{g2}> {{ {shared} }} }}")
    store.update('INSERT DATA { <http://example.org/only> <http://example.org/p> "default" }')
    assert store.query(f"ASK {{ {shared} }}")
    store.update(f"DELETE DATA {{ GRAPH <{g1}> {{ {shared} }} }}")
    assert store.query(f"ASK {{ {shared} }}"), "still held by the second graph"
    store.update(f"DROP GRAPH <{g2}>")
    assert not store.query(f"ASK {{ {shared} }}")
    assert store.query('ASK { <http://example.org/only> <http://example.org/p> "default" }')
    # Deleting a stored claim's label from every article graph removes it from the union too.
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ <{NORTH_KOREA.id}> rdfs:label ?l }} }}")
    assert not store.query(f"ASK {{ <{NORTH_KOREA.id}> rdfs:label ?l }}")
    extra = ox.Triple(ox.NamedNode("http://example.org/only"), ox.NamedNode("http://example.org/p"), ox.Literal("default"))
    assert default_triples(store) == named_triples(store) | {(extra.subject, extra.predicate, extra.object)}


def test_updates_keep_the_union_for_blank_nodes(store: Store) -> None:
    """Blank nodes cannot be named in DELETE DATA and are fresh in INSERT DATA: the union must
    still gain and lose exactly the named graphs' triples (the same nodes, not copies)."""
    g = "http://example.org/graph/bnodes"
    store.update(f'INSERT DATA {{ GRAPH <{g}> {{ <http://example.org/a> <http://example.org/p> '
                 f'[ <http://example.org/q> "x" ] }} }}')
    assert default_triples(store) == named_triples(store)
    store.update(f"DELETE WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")
    assert not store.query('ASK { ?s <http://example.org/q> "x" }')
    assert default_triples(store) == named_triples(store)


def test_a_failing_add_writes_nothing(store: Store) -> None:
    before = snapshot(store)
    claims, docs = corpus(article_two())
    broken = claims_for(article_two())[0]
    broken.subject = Actor(id="http://example.org/not an iri", label="Bad", type="State")
    with pytest.raises(ValueError):
        store.add([*claims, broken], docs)
    assert snapshot(store) == before


def test_remove_documents(store: Store) -> None:
    store.add(*corpus(article_two()))
    store.remove([article_one().id])
    assert [d.id for d in store.documents()] == [article_two().id]
    [sanctions] = sanctions_claim(store)
    assert sanctions["n"] == "1"
    assert not store.query("ASK { ?c kg:modality kg:Denied }")


def test_store_persists_and_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    store = Store(path)
    store.add(*corpus())
    store.flush()
    count = store.triple_count()
    del store
    reopened = Store(path, read_only=True)
    assert reopened.triple_count() == count
    assert {d.id for d in reopened.documents()} == {article_one().id, article_two().id}


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "nq", "jsonld"])
def test_exports_reload_with_the_same_union(store: Store, tmp_path: Path, fmt: str) -> None:
    store.add(*corpus(article_two()))
    path = store.export(fmt, tmp_path / f"kg.{fmt}")
    copy = ox.Store()
    copy.load(path=str(path), format=rdf.rdf_format(fmt))
    count = int(next(iter(copy.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
    assert count == store.triple_count()  # the default graph holds the union in every format
    if fmt in ("trig", "nq", "jsonld"):
        assert {g.value for g in copy.named_graphs()} == set(store.named_graphs())
    if fmt == "jsonld":  # compact, so that it reads as plain JSON: prefixed names, not full IRIs
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["@context"]["kg"] == KG and '"kg:sanctions"' in path.read_text(encoding="utf-8")


def test_store_output_conforms_to_the_shapes(store: Store, tmp_path: Path) -> None:
    store.add(*corpus(article_two()))
    store.add(*corpus(article_one_edited()))
    data = Graph().parse(store.export("ttl", tmp_path / "kg.ttl"), format="turtle")
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes)
    assert conforms, report


def test_stored_ontology_follows_relations_yaml(store: Store) -> None:
    for key in ("sanctions", "metWith", "fightsWith"):
        assert store.query(f"ASK {{ kg:{key} kg:ploverCategory ?c ; rdfs:label ?l }}")


def test_query_command_formats(store: Store) -> None:
    query = f"SELECT ?who WHERE {{ ?who kg:sanctions <{NORTH_KOREA.id}> }}"
    out = io.StringIO()
    query_command(store, query, "json", out)
    assert json.loads(out.getvalue())["results"]["bindings"][0]["who"]["value"] == UNSC.id
    out = io.StringIO()
    query_command(store, query, "csv", out)
    assert out.getvalue().splitlines() == ["who", UNSC.id]
    out = io.StringIO()
    assert query_command(store, query, "table", out) == 1
    assert "wd:Q37470" in out.getvalue()


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_example_queries(store: Store, path: Path) -> None:
    """Each example query answers its question on the fixture articles."""
    store.add(*corpus(article_two()))
    found = rows(store, path.read_text())
    expected = {
        "who_sanctioned_north_korea": lambda r: {x["sanctioner"] for x in r} == {UNSC.id} and len(r) == 2,
        "russia_north_korea_2019_2023": lambda r: {x["relation"].rsplit("#")[1] for x in r} == {"metWith", "supports"},
        "supporters_of_russia_sanctioned_by_un": lambda r: [x["actor"] for x in r] == [NORTH_KOREA.id],
        "most_active_actors_per_year": lambda r: {(x["year"], x["actor"]) for x in r} >= {("2019", KIM.id), ("2006", UNSC.id)},
        "alleged_and_denied": lambda r: [(x["allegedByLabel"], x["deniedByLabel"]) for x in r] == [("United States", "Russia")],
    }[path.stem]
    assert expected(found), found


# --- the example articles, through `kg build` ------------------------------------------------------

EXAMPLE_ANSWERS = {
    "who_sanctioned_north_korea": lambda r: UNSC.id in {x["sanctioner"] for x in r},
    "russia_north_korea_2019_2023": lambda r: any(x["relation"].endswith("#metWith") and x["from"].startswith("2019")
                                                  for x in r),
    "supporters_of_russia_sanctioned_by_un": lambda r: NORTH_KOREA.id in {x["actor"] for x in r},
    "most_active_actors_per_year": lambda r: ("2006", UNSC.id) in {(x["year"], x["actor"]) for x in r},
    "alleged_and_denied": lambda r: ("Russia", "North Korea") in {(x["subjectLabel"], x["objectLabel"]) for x in r},
}


@pytest.mark.slow
@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_example_queries_on_the_example_articles(example_build, path: Path) -> None:
    out, _ = example_build
    with Store(out / "store", read_only=True) as store:
        found = rows(store, path.read_text())
    assert EXAMPLE_ANSWERS[path.stem](found), found


@pytest.mark.slow
def test_built_graph_conforms_to_the_shapes(example_build) -> None:
    out, _ = example_build
    data = Graph().parse(out / "graph.ttl", format="turtle")
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes)
    assert conforms, report


@pytest.mark.slow
def test_building_the_same_articles_again_adds_nothing(example_build, nlp, tmp_path: Path) -> None:
    from kg.build import build

    out, report = example_build
    again = build([Path(__file__).resolve().parents[1] / "examples" / "articles"], tmp_path, nlp=nlp,
                  store_path=out / "store", html=False)
    assert again.triples == report.triples


def test_reference_facts_are_opt_in_and_idempotent(store: Store) -> None:
    assert not store.query(f"ASK {{ <{PUTIN.id}> kg:headOf ?x }}")
    first = store.add_reference()
    assert first.quads_added > 0
    count = store.triple_count()
    again = store.add_reference()
    assert again.quads_added == again.quads_removed == 0 and store.triple_count() == count
    offices = rows(store, f"""SELECT ?office ?start WHERE {{
        ?c rdf:subject <{PUTIN.id}> ; rdf:predicate kg:headOf ; rdf:object wd:Q159 ;
           kg:office ?office ; kg:startTime ?start }} ORDER BY ?start""")
    assert {"office": "president", "start": "2012-05-07"} in offices
    # Adding articles afterwards leaves the reference graph alone.
    store.add(*corpus(article_two()))
    assert store.triple_count() > count and store.add_reference().quads_added == 0


def test_rebuilt_feed_file_keeps_earlier_articles(tmp_path: Path) -> None:
    """Line 1 of today's feed is not a new version of line 1 of yesterday's feed."""
    import json as _json

    from kg.ingest import Document, read_documents

    feed = tmp_path / "today.jsonl"
    store = Store(tmp_path / "store")
    for urls in (("https://ex.org/1", "https://ex.org/2"), ("https://ex.org/3", "https://ex.org/4")):
        feed.write_text("".join(_json.dumps({"text": f"Article at {u}.", "url": u}) + "\n" for u in urls))
        store.add([], [d for d in read_documents([feed]) if isinstance(d, Document)])
    assert {d.url for d in store.documents()} == {f"https://ex.org/{i}" for i in (1, 2, 3, 4)}
    store.close()


def test_feed_ids_that_are_not_iri_safe_are_stored(tmp_path: Path) -> None:
    from kg.ingest import make_document

    docs = [make_document("France supports Germany.", id="my article 1"),
            make_document("Chile aids Peru.", id="a>b<c\"d")]
    with Store(tmp_path / "store") as store:
        store.add([], docs)
        assert {d.id for d in store.documents()} == {"my article 1", "a>b<c\"d"}
