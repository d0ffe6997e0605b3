"""Pushing a store to a real `oxigraph serve` (and to geokg's own endpoint, which checks tokens)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.push import PushError, push
from kg.store import Store
from processes import stop
from rdf_fixtures import article_one, article_one_edited, article_two, corpus

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server binary is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Oxigraph:
    """`oxigraph serve` on 127.0.0.1 with a free port and its own data directory."""

    def __init__(self, location: Path) -> None:
        self.base = f"http://127.0.0.1:{free_port()}"
        self.proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", self.base[7:]],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/", timeout=1).read()
                return
            except (urllib.error.URLError, ConnectionError):
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stderr.read().decode())
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("oxigraph serve did not start")

    def select(self, query: str) -> list[dict[str, str]]:
        req = urllib.request.Request(self.base + "/query", data=query.encode(),
                                     headers={"Content-Type": "application/sparql-query",
                                              "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            data = json.load(resp)
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]

    def count(self) -> int:
        return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])

    def graphs(self) -> set[str]:
        return {r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}

    def stop(self) -> None:
        stop(self.proc)


@pytest.fixture()
def target(tmp_path: Path) -> Iterator[Oxigraph]:
    server = Oxigraph(tmp_path / "remote")
    yield server
    server.stop()


@pytest.fixture()
def store() -> Store:
    s = Store()
    s.add(*corpus())
    return s


@pytest.mark.parametrize("protocol,endpoint", [("gsp", "/store"), ("update", "/update")])
def test_push_sends_every_graph_and_the_union(store: Store, target: Oxigraph, protocol: str, endpoint: str) -> None:
    result = push(store, target.base + endpoint, protocol=protocol)
    assert result.graphs == len(store.named_graphs())
    assert target.graphs() == set(store.named_graphs())
    # The target's default graph (no union setting) shows everything, once.
    assert target.count() == store.triple_count()
    rows = target.select("PREFIX kg: <https://geokg.dev/ontology#> "
                         "SELECT ?who WHERE { ?who kg:sanctions <http://www.wikidata.org/entity/Q423> }")
    assert rows == [{"who": "http://www.wikidata.org/entity/Q37470"}]


@pytest.mark.parametrize("protocol,endpoint", [("gsp", "/store"), ("update", "/update")])
def test_pushing_again_replaces(store: Store, target: Oxigraph, protocol: str, endpoint: str) -> None:
    push(store, target.base + endpoint, protocol=protocol)
    first = target.count()
    push(store, target.base + endpoint, protocol=protocol)
    assert target.count() == first
    # After an edit, the pushed graph of that article is the new content.
    store.add(*corpus(article_one_edited()))
    push(store, target.base + endpoint, protocol=protocol)
    assert target.count() == store.triple_count()
    met = "ASK { <http://www.wikidata.org/entity/Q56226> <https://geokg.dev/ontology#metWith> ?x }"
    req = urllib.request.Request(target.base + "/query", data=met.encode(),
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    assert json.load(urllib.request.urlopen(req, timeout=30))["boolean"] is False


def test_prune_drops_graphs_of_replaced_articles(store: Store, target: Oxigraph) -> None:
    push(store, target.base + "/update", protocol="update")
    store.add(*corpus(article_one_edited()))
    push(store, target.base + "/update", protocol="update", prune=True)
    assert target.graphs() == set(store.named_graphs())


def test_refused_push_raises_with_the_servers_reason(store: Store, tmp_path: Path) -> None:
    """geokg's own endpoint takes updates only with its token: auth is sent, refusals surface."""
    path = tmp_path / "kg"
    remote = Store(path)
    remote.add(*corpus(article_two()))
    remote.flush()
    del remote
    proc = subprocess.Popen([sys.executable, "-m", "kg.server", str(path), "--port", "0", "--update-token", "tok"],
                            cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        url = proc.stdout.readline().split(": ", 1)[1].strip()
        with pytest.raises(PushError, match="401"):
            push(store, url, protocol="update", auth="wrong")
        small = Store()
        small.add(*corpus(article_one()))
        result = push(small, url, protocol="update", auth="tok", default_graph=False)
        assert result.graphs == len(small.named_graphs())
        query = urllib.parse.urlencode({"query": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a <https://schema.org/NewsArticle> } }"})
        req = urllib.request.Request(f"{url}?{query}", headers={"Accept": "application/json"})
        n = json.load(urllib.request.urlopen(req, timeout=30))["results"]["bindings"][0]["n"]["value"]
        assert n == "2"  # article two was there; article one was pushed
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_oxigraph_serve_on_the_store_folder_sees_the_union(tmp_path: Path) -> None:
    """Another access path: a stock Oxigraph server opened on the store's own folder."""
    path = tmp_path / "kg"
    with Store(path) as store:
        store.add(*corpus())
        expected = store.triple_count()
    server = Oxigraph(path)
    try:
        assert server.count() == expected
    finally:
        server.stop()
