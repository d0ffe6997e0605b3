"""Push a store to any SPARQL 1.1 server, graph by graph.

Two protocols, because servers differ in what they open to writers:

* ``gsp`` (Graph Store Protocol): ``PUT <url>?graph=<g>`` per named graph and
  ``PUT <url>?default`` for the default graph.  PUT replaces, so pushing again is safe.
* ``update`` (SPARQL 1.1 Update): per graph, ``DROP SILENT GRAPH <g>`` then ``INSERT DATA``, in
  one request (most servers apply a request atomically).

The default graph is sent too (``default_graph=True``): it holds the union of the named graphs,
so a plain query on the target sees everything whatever the server's union settings are.
Only the standard library is used for HTTP.
"""

from __future__ import annotations

import base64
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from kg import rdf
from kg.store import Store, opened

Auth = tuple[str, str] | str | None
#: INSERT DATA requests for the (large) default graph are cut into chunks of this many triples.
CHUNK = 50_000


class PushError(RuntimeError):
    """The target server refused a request (status and its message included)."""


@dataclass
class PushResult:
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    seconds: float = 0.0


def _auth_header(auth: Auth) -> dict[str, str]:
    """(user, password) -> Basic; a string -> Bearer token."""
    if auth is None:
        return {}
    if isinstance(auth, tuple):
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {"Authorization": f"Bearer {auth}"}


def _send(url: str, method: str, body: bytes, content_type: str, auth: Auth, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"Content-Type": content_type, **_auth_header(auth)})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", errors="replace").strip()[:500]
        raise PushError(f"{method} {url} -> {err.code} {err.reason}: {detail}") from None
    except urllib.error.URLError as err:
        raise PushError(f"{method} {url}: {err.reason}") from None


def _ntriples(store: Store, graph: ox.NamedNode | ox.DefaultGraph) -> bytes:
    return store.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)


def _graphs(store: Store) -> list[ox.NamedNode]:
    return sorted((g for g in store.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def _chunks(data: bytes, size: int = CHUNK) -> Iterator[bytes]:
    lines = data.splitlines(keepends=True)
    for i in range(0, len(lines), size):
        yield b"".join(lines[i:i + size])


def _with_query(url: str, param: str) -> str:
    return url + ("&" if urllib.parse.urlsplit(url).query else "?") + param


def push_gsp(store: Store, url: str, auth: Auth = None, *, default_graph: bool = True,
             timeout: float = 120.0) -> PushResult:
    """PUT every named graph (and the default graph) to a Graph Store Protocol endpoint."""
    result = PushResult()
    targets: list[ox.NamedNode | ox.DefaultGraph] = [*_graphs(store), *([ox.DefaultGraph()] if default_graph else [])]
    for g in targets:
        body = _ntriples(store, g)
        param = "default" if isinstance(g, ox.DefaultGraph) else "graph=" + urllib.parse.quote(g.value, safe="")
        _send(_with_query(url, param), "PUT", body, "application/n-triples", auth, timeout)
        result.requests += 1
        result.graphs += not isinstance(g, ox.DefaultGraph)
        result.triples += body.count(b"\n")
    return result


def push_update(store: Store, url: str, auth: Auth = None, *, default_graph: bool = True, prune: bool = False,
                timeout: float = 120.0) -> PushResult:
    """Replace every named graph (and the default graph) through a SPARQL Update endpoint.

    With ``prune``, graphs under the project's graph namespace that the store no longer has
    (e.g. earlier versions of edited articles) are dropped on the target as well."""
    result = PushResult()
    graphs = _graphs(store)
    for g in graphs:
        body = _ntriples(store, g)
        update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n".encode() + body + b"}}"
        _send(url, "POST", update, "application/sparql-update", auth, timeout)
        result.requests += 1
        result.graphs += 1
        result.triples += body.count(b"\n")
    if prune:
        keep = ", ".join(str(g) for g in graphs) or "<urn:x-geokg:none>"
        prefix = str(rdf.RES["graph/"])
        update = (f'DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                  f'FILTER (STRSTARTS(STR(?g), "{prefix}") && ?g NOT IN ({keep})) }}')
        _send(url, "POST", update.encode(), "application/sparql-update", auth, timeout)
        result.requests += 1
    if default_graph:
        body = _ntriples(store, ox.DefaultGraph())
        _send(url, "POST", b"DROP SILENT DEFAULT", "application/sparql-update", auth, timeout)
        result.requests += 1
        for chunk in _chunks(body):
            _send(url, "POST", b"INSERT DATA {\n" + chunk + b"}", "application/sparql-update", auth, timeout)
            result.requests += 1
        result.triples += body.count(b"\n")
    return result


def push(store: Store | str | Path, url: str, *, protocol: Literal["gsp", "update"] = "gsp", auth: Auth = None,
         default_graph: bool = True, prune: bool = False, timeout: float = 120.0) -> PushResult:
    """Send the store to a SPARQL 1.1 server: ``url`` is its Graph Store endpoint (gsp) or its
    update endpoint (update).  ``auth``: (user, password) for Basic, or a bearer token."""
    started = time.perf_counter()
    with opened(store) as st:
        return _push(st, url, protocol, auth, default_graph, prune, timeout, started)


def _push(st: Store, url: str, protocol: str, auth: Auth, default_graph: bool, prune: bool, timeout: float,
          started: float) -> PushResult:
    if protocol == "gsp":
        if prune:
            raise ValueError("prune needs the update protocol (the Graph Store Protocol cannot list graphs)")
        result = push_gsp(st, url, auth, default_graph=default_graph, timeout=timeout)
    elif protocol == "update":
        result = push_update(st, url, auth, default_graph=default_graph, prune=prune, timeout=timeout)
    else:
        raise ValueError(f"unknown protocol {protocol!r}; use 'gsp' or 'update'")
    result.seconds = time.perf_counter() - started
    return result


def push_command(store: str | Path, url: str, protocol: str = "gsp", user: str | None = None,
                 password: str | None = None, token: str | None = None, default_graph: bool = True,
                 prune: bool = False) -> PushResult:
    """CLI entry (``kg push``): push and print a one-line summary."""
    auth: Auth = (user, password or "") if user else token
    result = push(store, url, protocol=protocol, auth=auth, default_graph=default_graph,  # type: ignore[arg-type]
                  prune=prune)
    print(f"pushed {result.graphs} graphs, {result.triples} triples in {result.requests} requests "
          f"to {url} ({result.seconds:.1f} s)", file=sys.stderr)
    return result
