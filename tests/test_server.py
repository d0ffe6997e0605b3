"""The SPARQL endpoint, started as `python -m kg.server` in a subprocess and used over real HTTP."""

from __future__ import annotations

import csv
import io
import json
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from kg import rdf
from kg.store import Store
from processes import stop
from rdf_fixtures import NORTH_KOREA, UNSC, article_two, corpus

REPO = Path(__file__).resolve().parents[1]
QUERIES = sorted((REPO / "examples" / "queries").glob("*.rq"))
SANCTIONERS = """PREFIX kg: <https://geokg.dev/ontology#> PREFIX wd: <http://www.wikidata.org/entity/>
SELECT ?who WHERE { ?who kg:sanctions wd:Q423 }"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT_S = 2.0
MAX_ROWS = 50


def build_store(path: Path) -> Path:
    store = Store(path)
    store.add(*corpus())
    store.flush()
    del store  # release the write handle before servers open the directory
    return path


class Server:
    """A `python -m kg.server` subprocess on a free 127.0.0.1 port."""

    def __init__(self, store: Path, *args: str) -> None:
        cmd = [sys.executable, "-m", "kg.server", str(store), "--port", "0", "--timeout", str(TIMEOUT_S),
               "--max-rows", str(MAX_ROWS), *args]
        # The server logs every request to stderr: a file, not a pipe nobody drains, which would
        # fill up and block the server.
        self.log = tempfile.TemporaryFile("w+")
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=self.log, text=True)
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(ln) for ln in self.proc.stdout], daemon=True).start()
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            self.stop()
            self.log.seek(0)
            raise RuntimeError("server did not start: " + self.log.read())
        self.url = line.split(": ", 1)[1].strip()
        self.base = self.url.rsplit("/", 1)[0]

    def stop(self) -> None:
        stop(self.proc)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(build_store(tmp_path_factory.mktemp("store") / "kg"))
    yield srv
    srv.stop()


@pytest.fixture()
def writable_server(tmp_path: Path) -> Iterator[Server]:
    srv = Server(build_store(tmp_path / "kg"), "--update-token", "s3cret", "--cors")
    yield srv
    srv.stop()


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get(srv: Server, query: str, accept: str | None = None, **params: str) -> tuple[int, dict[str, str], bytes]:
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{srv.url}?{qs}", headers={"Accept": accept} if accept else {})


def json_rows(body: bytes) -> list[dict[str, str]]:
    data = json.loads(body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# --- clients ------------------------------------------------------------------------------------

def test_sparqlwrapper_select_and_construct(server: Server) -> None:
    sw = SPARQLWrapper(server.url)
    sw.setQuery(SANCTIONERS)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [r["who"]["value"] for r in rows] == [UNSC.id]

    sw.setQuery("PREFIX kg: <https://geokg.dev/ontology#> CONSTRUCT { ?s kg:sanctions ?o } WHERE { ?s kg:sanctions ?o }")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert (URIRef(UNSC.id), URIRef("https://geokg.dev/ontology#sanctions"), URIRef(NORTH_KOREA.id)) in g

    sw.setQuery(SANCTIONERS)
    sw.setReturnFormat(CSV)
    assert UNSC.id in sw.query().convert().decode()


@pytest.mark.parametrize("form", ["get", "post-query", "post-form"])
def test_every_request_form_gives_the_same_answer(server: Server, form: str) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    if form == "get":
        status, _, body = get(server, SANCTIONERS, accept["Accept"])
    elif form == "post-query":
        status, _, body = http(server.url, SANCTIONERS.encode(), {**accept, "Content-Type": "application/sparql-query"})
    else:
        data = urllib.parse.urlencode({"query": SANCTIONERS}).encode()
        status, _, body = http(server.url, data, {**accept, "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    assert json_rows(body) == [{"who": UNSC.id}]


@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ("text/csv", None),
])
def test_select_result_formats(server: Server, accept: str, fmt) -> None:
    status, headers, body = get(server, SANCTIONERS, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    if fmt is None:
        assert list(csv.reader(io.StringIO(body.decode()))) == [["who"], [UNSC.id]]
    else:
        rows = list(ox.parse_query_results(body, fmt))
        assert [r["who"] for r in rows] == [ox.NamedNode(UNSC.id)]


@pytest.mark.parametrize("name,accept", [("json", "application/sparql-results+json"), ("csv", "text/csv"),
                                         ("xml", "application/sparql-results+xml")])
def test_format_parameter_overrides_accept(server: Server, name: str, accept: str) -> None:
    status, headers, _ = get(server, SANCTIONERS, "text/turtle", format=name)
    assert status == 200 and headers["Content-Type"].startswith(accept)


def test_ask_in_json_and_xml(server: Server) -> None:
    ask = "PREFIX kg: <https://geokg.dev/ontology#> ASK { ?s kg:sanctions ?o }"
    assert json.loads(get(server, ask, "application/sparql-results+json")[2])["boolean"] is True
    root = ET.fromstring(get(server, ask, "application/sparql-results+xml")[2])
    assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


@pytest.mark.parametrize("accept,fmt", [("text/turtle", ox.RdfFormat.TURTLE),
                                        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                                        ("application/ld+json", ox.RdfFormat.JSON_LD)])
def test_construct_formats(server: Server, accept: str, fmt: ox.RdfFormat) -> None:
    query = "PREFIX kg: <https://geokg.dev/ontology#> CONSTRUCT { ?s kg:metWith ?o } WHERE { ?s kg:metWith ?o }"
    status, headers, body = get(server, query, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    triples = {(t.subject.value, t.object.value) for t in ox.parse(body, fmt)}
    kim, putin = "http://www.wikidata.org/entity/Q56226", "http://www.wikidata.org/entity/Q7747"
    assert triples == {(kim, putin), (putin, kim)}


def test_roqet_queries_the_endpoint(server: Server) -> None:
    roqet = shutil.which("roqet")
    if roqet is None:
        pytest.skip("roqet (rasqal-utils) not installed")
    out = subprocess.run([roqet, "-i", "sparql", "-p", server.url, "-e", SANCTIONERS, "-r", "csv"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert UNSC.id in out.stdout


# --- errors -------------------------------------------------------------------------------------

def test_bad_query_is_400_with_a_readable_message(server: Server) -> None:
    status, headers, body = get(server, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert b"Bad SPARQL query" in body and b"1:" in body  # says where


def test_unsupported_accept_is_406(server: Server) -> None:
    assert get(server, SANCTIONERS, "image/png")[0] == 406
    # A graph format for a SELECT query cannot be honoured either.
    assert get(server, SANCTIONERS, "text/turtle")[0] == 406


def test_unsupported_post_content_type_is_415(server: Server) -> None:
    assert http(server.url, SANCTIONERS.encode(), {"Content-Type": "text/plain"})[0] == 415


def test_unknown_path_is_404_and_missing_query_400(server: Server) -> None:
    assert http(server.base + "/nothing")[0] == 404
    assert http(server.url)[0] == 400


def test_row_cap(server: Server) -> None:
    status, headers, body = get(server, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert status == 200
    assert len(json_rows(body)) == MAX_ROWS
    assert headers.get("X-Result-Truncated", "").startswith("true")
    status, headers, body = get(server, SANCTIONERS, "application/sparql-results+json")
    assert "X-Result-Truncated" not in headers


def test_runaway_query_is_stopped_while_others_are_answered(server: Server) -> None:
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        outcome["status"], _, outcome["body"] = get(server, RUNAWAY)
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)  # the runaway is now running in a worker
    started = time.monotonic()
    status, _, body = get(server, SANCTIONERS, "application/sparql-results+json")
    quick = time.monotonic() - started
    thread.join(timeout=30)
    assert status == 200 and json_rows(body) == [{"who": UNSC.id}]
    assert quick < 1.0, f"a simple query waited {quick:.2f} s behind the runaway one"
    assert outcome["status"] == 503 and b"time limit" in outcome["body"]
    assert outcome["seconds"] < TIMEOUT_S + 1.5
    # The killed worker is replaced: the server keeps answering.
    for _ in range(3):
        assert get(server, SANCTIONERS, "application/sparql-results+json")[0] == 200


# --- updates, CORS, pages -------------------------------------------------------------------------

INSERT = 'INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }'
ASK_INSERTED = 'ASK { <http://example.org/a> <http://example.org/b> "c" }'


def test_updates_are_refused_on_a_read_only_endpoint(server: Server) -> None:
    status, _, body = http(server.url, INSERT.encode(), {"Content-Type": "application/sparql-update",
                                                        "Authorization": "Bearer anything"})
    assert status == 403
    form = urllib.parse.urlencode({"update": INSERT}).encode()
    assert http(server.url, form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert json.loads(get(server, ASK_INSERTED, "application/json")[2])["boolean"] is False


def test_updates_need_the_token(writable_server: Server) -> None:
    url, headers = writable_server.url, {"Content-Type": "application/sparql-update"}
    assert http(url, INSERT.encode(), headers)[0] == 401
    assert http(url, INSERT.encode(), {**headers, "Authorization": "Bearer wrong"})[0] == 401
    assert json.loads(get(writable_server, ASK_INSERTED, "application/json")[2])["boolean"] is False
    assert http(url, INSERT.encode(), {**headers, "Authorization": "Bearer s3cret"})[0] == 204
    assert json.loads(get(writable_server, ASK_INSERTED, "application/json")[2])["boolean"] is True


def test_updates_to_a_named_graph_reach_plain_queries(writable_server: Server) -> None:
    """Other tools write into a named graph; every plain query must then see the new triple
    (the default graph is the union) and stop seeing it once it is deleted."""
    headers = {"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"}
    triple = '<http://example.org/tool> <http://example.org/says> "hello"'
    ask = f"ASK {{ {triple} }}"
    insert = f"INSERT DATA {{ GRAPH <http://example.org/graph/tool> {{ {triple} }} }}"
    assert http(writable_server.url, insert.encode(), headers)[0] == 204
    assert json.loads(get(writable_server, ask, "application/json")[2])["boolean"] is True
    drop = "DROP GRAPH <http://example.org/graph/tool>"
    assert http(writable_server.url, drop.encode(), headers)[0] == 204
    assert json.loads(get(writable_server, ask, "application/json")[2])["boolean"] is False


def test_cors_headers_only_when_enabled(server: Server, writable_server: Server) -> None:
    assert "Access-Control-Allow-Origin" not in get(server, SANCTIONERS)[1]
    assert get(writable_server, SANCTIONERS)[1].get("Access-Control-Allow-Origin") == "*"
    status, headers, _ = http(writable_server.url, method="OPTIONS",
                              headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_index_page_lists_endpoint_examples_and_ontology(server: Server) -> None:
    status, headers, body = http(server.base + "/")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert server.url in page and 'href="ontology.ttl"' in page
    for path in QUERIES:
        assert path.name in page
    assert "&lt;https://geokg.dev/ontology#&gt;" in page and "<https://geokg.dev/ontology#>" not in page
    status, headers, body = http(server.base + "/ontology.ttl")
    onto = Graph().parse(data=body.decode(), format="turtle")
    assert (URIRef("https://geokg.dev/ontology#sanctions"), None, None) in onto


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_example_queries_answer_over_http(server: Server, path: Path) -> None:
    status, _, body = get(server, path.read_text(), "application/sparql-results+json")
    assert status == 200, body
    assert json_rows(body), f"{path.name} found nothing in the fixture store"


def test_default_graph_uri_restricts_the_dataset(server: Server) -> None:
    second = str(rdf.graph_iri(article_two().id))
    query = "PREFIX kg: <https://geokg.dev/ontology#> SELECT ?c WHERE { ?c kg:evidence ?e }"
    everywhere = json_rows(get(server, query, "application/json")[2])
    only_second = json_rows(get(server, query, "application/json", **{"default-graph-uri": second})[2])
    assert len(only_second) == 1 < len(everywhere)



def test_server_sees_a_later_build_into_the_same_store(tmp_path: Path) -> None:
    """A running endpoint answers from what the store holds now, not from when it started."""
    from rdf_fixtures import article_one

    path = tmp_path / "store"
    with Store(path) as store:
        store.add(*corpus(article_one()))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    srv = Server(path)
    try:
        before = int(json.loads(get(srv, count, "application/sparql-results+json")[2])["results"]["bindings"][0]["n"]["value"])
        with Store(path) as store:  # another process's build, while the server runs
            store.add(*corpus(article_two()))
        deadline = time.monotonic() + 20
        after = before
        while after == before and time.monotonic() < deadline:
            time.sleep(0.5)
            status, _, body = get(srv, count, "application/sparql-results+json")
            if status == 200:
                after = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        assert after > before
    finally:
        srv.stop()
