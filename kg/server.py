"""A SPARQL 1.1 Protocol endpoint over a geokg store.

Queries run in a small pool of worker *processes*, each holding the store open read-only.
A query that exceeds its time limit is stopped by killing its worker (and starting a new one),
because Oxigraph cannot be interrupted from Python and its own timeout does not stop every
runaway query (an in-memory cross product ran on for minutes); meanwhile the other workers go
on answering.  The HTTP side is the standard library's ``ThreadingHTTPServer``.

Read-only unless started with an update token: then ``POST`` updates that carry
``Authorization: Bearer <token>`` run in a short-lived writer process, after which the
readers are restarted so that they see the change.

Run it with ``kg serve STORE`` or ``python -m kg.server STORE``.
"""

from __future__ import annotations

import argparse
import csv
import hmac
import html
import io
import json
import logging
import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox  # the only heavy import here: workers start in ~0.2 s

from kg.vocab import QUERIES_DIR

log = logging.getLogger(__name__)

DEFAULT_PORT = 7878
EXAMPLES_DIR = QUERIES_DIR
MAX_BODY = 16 * 1024 * 1024

# Result formats: name -> media type.  Solutions (SELECT) and booleans (ASK) use the first
# table, graphs (CONSTRUCT, DESCRIBE) the second.
TABLE_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_TYPES = {"ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
               "rdfxml": "application/rdf+xml"}
_ACCEPT_ALIASES = {  # media types clients send that mean one of ours
    "application/json": ("json", "jsonld"), "application/xml": ("xml", "rdfxml"), "text/xml": ("xml", "rdfxml"),
    "application/x-turtle": (None, "ttl"), "text/plain": (None, "nt"), "text/n3": (None, "ttl"),
}
_FORMAT_ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "json-ld": "jsonld", "rdf": "rdfxml"}
_GRAPH_OX = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
             "rdfxml": ox.RdfFormat.RDF_XML}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


# ---------------------------------------------------------------------------------------------
# Content negotiation
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Wanted:
    """The client's preferences: a ``format`` parameter, else its Accept header."""

    format: str | None = None
    accept: str | None = None

    def ranges(self) -> list[str]:
        """Accepted media ranges, best first (q-values, then order)."""
        items = []
        for i, part in enumerate((self.accept or "*/*").split(",")):
            fields = [f.strip() for f in part.split(";")]
            q = 1.0
            for f in fields[1:]:
                if f.startswith("q="):
                    try:
                        q = float(f[2:])
                    except ValueError:
                        q = 0.0
            if fields[0] and q > 0:
                items.append((-q, i, fields[0].lower()))
        return [m for _, _, m in sorted(items)]

    def choose(self, kind: str) -> str | None:
        """Our format name for a result ``kind`` ("table" or "graph"), or None (406)."""
        ours = TABLE_TYPES if kind == "table" else GRAPH_TYPES
        if self.format:
            name = _FORMAT_ALIASES.get(self.format.lower(), self.format.lower())
            if name in ours:
                return name
            alias = _ACCEPT_ALIASES.get(name) or _ACCEPT_ALIASES.get(self.format.lower())
            if alias:
                name = alias[0] if kind == "table" else alias[1]
                return name if name in ours else None
            if kind == "graph" and name == "json":
                return "jsonld"
            if kind == "graph" and name == "xml":
                return "rdfxml"
            by_type = {v: k for k, v in ours.items()}
            return by_type.get(name)
        by_type = {v: k for k, v in ours.items()}
        default = "json" if kind == "table" else "ttl"
        for media in self.ranges():
            if media in by_type:
                return by_type[media]
            if media in _ACCEPT_ALIASES:
                name = _ACCEPT_ALIASES[media][0 if kind == "table" else 1]
                if name:
                    return name
            if media == "*/*":
                return default
            if media == "text/*":
                return "csv" if kind == "table" else "ttl"
            if media == "application/*":
                return default if kind == "table" else "jsonld"
        return None

    def acceptable(self) -> bool:
        return self.choose("table") is not None or self.choose("graph") is not None


# ---------------------------------------------------------------------------------------------
# Serialising results (worker side; a row cap means pyoxigraph's serialisers cannot be used
# on the truncated stream, and these formats are short)
# ---------------------------------------------------------------------------------------------

def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    return {"type": "literal", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{xml_escape(term.language)}">{xml_escape(term.value)}</literal>'
        if term.datatype.value != _XSD_STRING:
            return f'<literal datatype="{xml_escape(term.datatype.value)}">{xml_escape(term.value)}</literal>'
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _tsv_value(term: Any) -> str:
    return "" if term is None else str(term).replace("\t", "\\t")


def write_solutions(names: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    """SELECT results as SPARQL JSON, XML, CSV or TSV."""
    if fmt == "json":
        bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>" + "".join(f'<variable name="{xml_escape(n)}"/>' for n in names) + "</head>", "<results>"]
        for row in rows:
            cells = "".join(f'<binding name="{xml_escape(n)}">{_xml_term(t)}</binding>'
                            for n, t in zip(names, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_csv_value(t) for t in row] for row in rows)
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join("?" + n for n in names)] + ["\t".join(_tsv_value(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(value).lower()}</boolean></sparql>\n").encode()
    return f"{str(value).lower()}\n".encode()


# ---------------------------------------------------------------------------------------------
# Worker processes
# ---------------------------------------------------------------------------------------------

@dataclass
class Reply:
    """What a worker sends back: an HTTP status, headers and body."""

    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> "Reply":
        return cls(status, (message.rstrip() + "\n").encode("utf-8"))


def _graph_names(iris: list[str]) -> list[ox.NamedNode]:
    return [ox.NamedNode(i) for i in iris]


def run_query(store: ox.Store, job: dict[str, Any]) -> Reply:
    """Execute one query job and serialise its result with the negotiated format and row cap."""
    wanted = Wanted(job.get("format"), job.get("accept"))
    kwargs: dict[str, Any] = {"prefixes": job.get("prefixes") or None}
    if job.get("default_graphs"):
        kwargs["default_graph"] = _graph_names(job["default_graphs"])
    if job.get("named_graphs"):
        kwargs["named_graphs"] = _graph_names(job["named_graphs"])
    try:
        result = store.query(job["query"], **kwargs)
    except SyntaxError as exc:
        return Reply.text(400, f"Bad SPARQL query: {exc}")
    except (OSError, ValueError) as exc:
        return Reply.text(400, f"Query failed: {exc}")
    kind = "graph" if isinstance(result, ox.QueryTriples) else "table"
    fmt = wanted.choose(kind)
    if fmt is None:
        offered = ", ".join((TABLE_TYPES if kind == "table" else GRAPH_TYPES).values())
        return Reply.text(406, f"Cannot produce {wanted.format or wanted.accept} for this query; offered: {offered}")
    cap = int(job.get("max_rows") or 0)
    try:
        return _serialise(result, fmt, cap, job.get("prefixes"))
    except (OSError, ValueError) as exc:  # evaluation errors surface while iterating
        return Reply.text(400, f"Query failed: {exc}")


def _take(iterable: Any, cap: int) -> tuple[list[Any], bool]:
    """Up to ``cap`` items (all when cap is 0) and whether there were more."""
    out = []
    for item in iterable:
        if cap and len(out) >= cap:
            return out, True
        out.append(item)
    return out, False


def _serialise(result: Any, fmt: str, cap: int, prefixes: dict[str, str] | None = None) -> Reply:
    if isinstance(result, ox.QueryBoolean):
        return Reply(200, write_boolean(bool(result), fmt), TABLE_TYPES[fmt] + "; charset=utf-8")
    if isinstance(result, ox.QueryTriples):
        triples, truncated = _take(result, cap)
        body = ox.serialize(triples, format=_GRAPH_OX[fmt], prefixes=prefixes or None)
        reply = Reply(200, body, GRAPH_TYPES[fmt] + "; charset=utf-8")
    else:
        names = [v.value for v in result.variables]
        rows, truncated = _take(([s[n] for n in names] for s in result), cap)
        reply = Reply(200, write_solutions(names, rows, fmt), TABLE_TYPES[fmt] + "; charset=utf-8")
    if truncated:
        reply.headers["X-Result-Truncated"] = f"true; limit={cap}"
    return reply


def _worker_main(store_path: str, conn: Any) -> None:
    """Worker process: open the store read-only, then answer jobs until the pipe closes."""
    try:
        store = ox.Store.read_only(store_path)
    except OSError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run_query(store, job))


def _update_main(store_path: str, sparql: str, prefixes: dict[str, str], conn: Any) -> None:
    """Writer process: one update (which keeps the union in the default graph, as every
    geokg write does), then flush so new readers see it."""
    from kg.store import Store  # rdflib comes with it: only the writer pays for that import

    try:
        with Store(store_path) as store:
            store.update(sparql, prefixes=prefixes or {})
        conn.send(Reply(204))
    except SyntaxError as exc:
        conn.send(Reply.text(400, f"Bad SPARQL update: {exc}"))
    except (OSError, ValueError) as exc:
        conn.send(Reply.text(500, f"Update failed: {exc}"))


@dataclass
class _Worker:
    process: Any
    conn: Any
    generation: int


class WorkerPool:
    """Query workers: a killed or outdated worker is replaced in the background."""

    def __init__(self, store_path: str, size: int = 2, start_timeout: float = 60.0) -> None:
        self.store_path = store_path
        self.size = max(1, size)
        self.start_timeout = start_timeout
        self._ctx = mp.get_context("spawn")  # never fork a threaded server
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._generation = 0
        self._closed = False
        self._lock = threading.Lock()
        self._update_lock = threading.Lock()  # one writer at a time: RocksDB allows a single one
        self._marker = self._store_marker()
        self._marker_checked = time.monotonic()
        starting = [self._start() for _ in range(self.size)]
        for w in starting:
            self._await_ready(w)

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(self.store_path, child), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent, self._generation)

    def _await_ready(self, w: _Worker) -> None:
        if not w.conn.poll(self.start_timeout):
            self._kill(w)
            raise RuntimeError("a query worker did not start in time")
        status, message = w.conn.recv()
        if status != "ready":
            self._kill(w)
            raise OSError(f"cannot open the store {self.store_path}: {message}")
        with self._lock:
            if self._closed:
                self._kill(w)
                return
        self._idle.put(w)

    def _replace_later(self) -> None:
        def run() -> None:
            try:
                self._await_ready(self._start())
            except (OSError, RuntimeError) as exc:
                log.error("could not replace a query worker: %s", exc)
        if not self._closed:
            threading.Thread(target=run, daemon=True).start()

    @staticmethod
    def _kill(w: _Worker) -> None:
        if w.process.is_alive():
            w.process.kill()
        w.process.join(timeout=5)
        w.conn.close()

    def _retire(self, w: _Worker) -> None:
        self._kill(w)
        self._replace_later()

    def _store_marker(self) -> int:
        """The newest modification time among the store's files: it moves whenever another
        process (a ``kg build``) commits to the store."""
        try:
            with os.scandir(self.store_path) as it:
                return max((e.stat().st_mtime_ns for e in it if e.is_file()), default=0)
        except OSError:
            return 0

    def _follow_store(self) -> None:
        """Reopen the workers' read-only views when the store changed on disk (at most once a second)."""
        now = time.monotonic()
        if now - self._marker_checked < 1.0:
            return
        self._marker_checked = now
        marker = self._store_marker()
        if marker != self._marker:
            self._marker = marker
            self.refresh()

    def run(self, job: dict[str, Any], timeout: float) -> Reply:
        """Run a job on a free worker; kill the worker if it takes longer than ``timeout``."""
        self._follow_store()
        waited = time.monotonic()
        while True:
            try:
                w = self._idle.get(timeout=max(0.1, timeout - (time.monotonic() - waited)))
            except queue.Empty:
                return Reply.text(503, f"All {self.size} query workers are busy; try again later.")
            if w.generation == self._generation and w.process.is_alive():
                break
            self._retire(w)
        started = time.monotonic()
        try:
            w.conn.send(job)
            if w.conn.poll(timeout):
                reply = w.conn.recv()
            else:
                self._retire(w)
                return Reply.text(503, f"Query stopped: it ran longer than the time limit of {timeout:g} s "
                                       f"({time.monotonic() - started:.1f} s).")
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._retire(w)
            return Reply.text(500, f"The query worker failed: {exc}")
        if w.generation == self._generation:
            self._idle.put(w)
        else:
            self._retire(w)
        return reply

    def update(self, sparql: str, prefixes: dict[str, str], timeout: float) -> Reply:
        """Run an update in a writer process, then restart the readers so they see it."""
        with self._update_lock:
            return self._update(sparql, prefixes, timeout)

    def _update(self, sparql: str, prefixes: dict[str, str], timeout: float) -> Reply:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_update_main, args=(self.store_path, sparql, prefixes, child), daemon=True)
        proc.start()
        child.close()
        try:
            if parent.poll(timeout + 5):  # + process start-up
                reply = parent.recv()
            else:
                reply = Reply.text(503, f"Update stopped: it ran longer than {timeout:g} s; nothing was written.")
        except EOFError:
            reply = Reply.text(500, "The update process failed; nothing was written.")
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join(timeout=5)
            parent.close()
        if reply.status < 300:
            self.refresh()
        return reply

    def refresh(self) -> None:
        """Make every worker reopen the store (idle ones now, busy ones when they finish)."""
        with self._lock:
            self._generation += 1
        for _ in range(self._idle.qsize()):
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                break
            self._retire(w)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        while True:
            try:
                self._kill(self._idle.get_nowait())
            except queue.Empty:
                break


# ---------------------------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------------------------

@dataclass
class Settings:
    store_path: str
    timeout_s: float = 30.0
    max_rows: int = 10_000
    update_token: str | None = None
    cors: bool = False
    prefixes: dict[str, str] = field(default_factory=dict)
    ontology_ttl: bytes = b""
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (name, comment, query)


def load_examples(folder: Path = EXAMPLES_DIR) -> list[tuple[str, str, str]]:
    """(file name, first comment line, query) for each ``*.rq`` file."""
    out = []
    for path in sorted(Path(folder).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), path.stem)
        out.append((path.name, first, text))
    return out


def index_page(endpoint: str, examples: list[tuple[str, str, str]]) -> bytes:
    """The HTML page at ``/``: endpoint URL, example queries (escaped) and the ontology link."""
    e = html.escape
    items = []
    for name, comment, query in examples:
        link = f"sparql?query={quote(query)}&format=json"
        items.append(f"<li><details><summary>{e(comment)} <code>{e(name)}</code></summary>"
                     f"<pre>{e(query)}</pre><p><a href=\"{e(link)}\">run (JSON)</a> · "
                     f"<a href=\"{e(link[:-4] + 'csv')}\">run (CSV)</a></p></details></li>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>geokg SPARQL endpoint</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
pre{{background:#f4f4f4;padding:.8rem;overflow:auto}}textarea{{width:100%;font-family:monospace}}</style>
</head><body>
<h1>geokg SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol endpoint: <code>{e(endpoint)}</code> (GET <code>?query=</code>, POST
<code>application/sparql-query</code> or a form). Results as SPARQL JSON, XML, CSV or TSV;
graphs as Turtle, N-Triples or JSON-LD (by <code>Accept</code> or <code>format=</code>).</p>
<p>Ontology: <a href="ontology.ttl">ontology.ttl</a></p>
<form action="sparql" method="get"><textarea name="query" rows="8">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 10</textarea>
<p><select name="format"><option>json</option><option>csv</option><option>tsv</option><option>xml</option>
<option>ttl</option></select> <button type="submit">Run</button></p></form>
<h2>Example queries</h2><ul>{''.join(items) or '<li>none</li>'}</ul>
</body></html>
""".encode("utf-8")


class SparqlHandler(BaseHTTPRequestHandler):
    """Routes: ``/`` (HTML), ``/sparql`` (queries and updates), ``/ontology.ttl``."""

    server_version = "geokg-sparql/0.1"
    protocol_version = "HTTP/1.1"  # keep-alive: every reply carries Content-Length
    settings: Settings
    pool: WorkerPool

    # -- plumbing ------------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        log.info("%s %s", self.address_string(), format % args)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        if reply.body or reply.status not in (204, 304):
            self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for k, v in reply.headers.items():
            self.send_header(k, v)
        if self.settings.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Expose-Headers", "X-Result-Truncated")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _route(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        return parts.path.rstrip("/") or "/", parse_qs(parts.query, keep_blank_values=True)

    def _body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._send(Reply.text(411, "Send the body with a Content-Length (chunked bodies are not accepted)."))
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._send(Reply.text(400, "Content-Length must be a non-negative whole number."))
            return None
        if length > MAX_BODY:
            self.close_connection = True  # the unread body must not be taken for the next request
            self._send(Reply.text(413, f"Request body larger than {MAX_BODY} bytes."))
            return None
        return self.rfile.read(length) if length else b""

    # -- verbs ---------------------------------------------------------------------------------

    def do_OPTIONS(self) -> None:  # noqa: N802 (stdlib naming)
        reply = Reply(204, headers={"Allow": "GET, POST, OPTIONS"})
        if self.settings.cors:
            reply.headers.update({"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                  "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
                                  "Access-Control-Max-Age": "86400"})
        self._send(reply)

    def do_GET(self) -> None:  # noqa: N802
        path, params = self._route()
        if path == "/":
            host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
            self._send(Reply(200, index_page(f"http://{host}/sparql", self.settings.examples), "text/html; charset=utf-8"))
        elif path == "/ontology.ttl":
            self._send(Reply(200, self.settings.ontology_ttl, "text/turtle; charset=utf-8"))
        elif path == "/sparql":
            if "update" in params:
                self._send(Reply.text(400, "SPARQL updates must be sent with POST."))
            elif "query" not in params:
                self._send(Reply.text(400, "Missing 'query' parameter. See / for examples."))
            else:
                self._query(params)
        else:
            self._send(Reply.text(404, f"Not found: {path}. The endpoint is /sparql."))

    do_HEAD = do_GET  # noqa: N815

    def do_POST(self) -> None:  # noqa: N802
        path, params = self._route()
        if path != "/sparql":
            self._send(Reply.text(404, f"Not found: {path}. The endpoint is /sparql."))
            return
        body = self._body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        charset = "utf-8"
        if ctype == "application/sparql-query":
            params["query"] = [body.decode(charset, errors="replace")]
        elif ctype == "application/sparql-update":
            params["update"] = [body.decode(charset, errors="replace")]
        elif ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body.decode(charset, errors="replace"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        else:
            self._send(Reply.text(415, f"Unsupported Content-Type {ctype or '(none)'!r}; use "
                                       "application/sparql-query, application/sparql-update or "
                                       "application/x-www-form-urlencoded."))
            return
        if "query" in params and "update" in params:
            self._send(Reply.text(400, "Send either 'query' or 'update', not both."))
        elif "update" in params:
            self._update(params)
        elif "query" in params:
            self._query(params)
        else:
            self._send(Reply.text(400, "Missing 'query' (or 'update') in the request."))

    # -- actions -------------------------------------------------------------------------------

    def _query(self, params: dict[str, list[str]]) -> None:
        if len(params["query"]) != 1:
            self._send(Reply.text(400, "Exactly one 'query' parameter, please."))
            return
        wanted = Wanted((params.get("format") or [None])[0], self.headers.get("Accept"))
        if not wanted.acceptable():
            self._send(Reply.text(406, f"None of the requested types ({wanted.format or wanted.accept}) is "
                                       f"offered; offered: {', '.join([*TABLE_TYPES.values(), *GRAPH_TYPES.values()])}"))
            return
        timeout = self.settings.timeout_s
        if params.get("timeout"):
            try:  # a client may ask for less time, never for more
                timeout = min(timeout, max(0.1, float(params["timeout"][0])))
            except ValueError:
                pass
        job = {"query": params["query"][0], "format": wanted.format, "accept": wanted.accept,
               "max_rows": self.settings.max_rows, "prefixes": self.settings.prefixes,
               "default_graphs": params.get("default-graph-uri", []),
               "named_graphs": params.get("named-graph-uri", [])}
        self._send(self.pool.run(job, timeout))

    def _update(self, params: dict[str, list[str]]) -> None:
        token = self.settings.update_token
        if not token:
            self._send(Reply.text(403, "This endpoint is read-only (start the server with an update token to allow updates)."))
            return
        scheme, _, given = (self.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            self._send(Reply(401, b"Updates need 'Authorization: Bearer <token>'.\n",
                             headers={"WWW-Authenticate": 'Bearer realm="geokg"'}))
            return
        self._send(self.pool.update(params["update"][0], self.settings.prefixes, self.settings.timeout_s))


class SparqlServer:
    """The endpoint as an object: ``start()`` serves in a background thread, ``stop()`` ends it."""

    def __init__(self, store_path: str | Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
                 timeout_s: float = 30.0, max_rows: int = 10_000, update_token: str | None = None,
                 cors: bool = False, workers: int = 2, examples_dir: Path = EXAMPLES_DIR) -> None:
        path = Path(store_path)
        if not path.is_dir():
            raise FileNotFoundError(f"no store at {path} (build one with `kg build`)")
        from kg import rdf  # not at module level: workers must not pay for rdflib

        settings = Settings(str(path), timeout_s, max_rows, update_token, cors, dict(rdf.PREFIXES),
                            ox.serialize([ox.Triple(*map(rdf.to_ox, t)) for t in rdf.ontology_graph()],
                                         format=ox.RdfFormat.TURTLE, prefixes=rdf.PREFIXES),
                            load_examples(examples_dir))
        handler = type("Handler", (SparqlHandler,), {"settings": settings, "pool": None})
        self.httpd = ThreadingHTTPServer((host, port), handler)  # bind first: a busy port fails before workers start
        self.httpd.daemon_threads = True
        try:
            self.pool = WorkerPool(str(path), workers)
        except BaseException:
            self.httpd.server_close()
            raise
        handler.pool = self.pool
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def serve_forever(self) -> None:
        try:
            self.httpd.serve_forever()
        finally:
            self.close()

    def start(self) -> "SparqlServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.close()

    def close(self) -> None:
        self.httpd.server_close()
        self.pool.close()


def serve(store_path: str | Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout_s: float = 30.0,
          max_rows: int = 10_000, update_token: str | None = None, cors: bool = False, workers: int = 2) -> None:
    """Serve a store until interrupted (port 0 picks a free port; the URL is printed)."""
    server = SparqlServer(store_path, host, port, timeout_s=timeout_s, max_rows=max_rows,
                          update_token=update_token, cors=cors, workers=workers)
    print(f"SPARQL endpoint: {server.url}", flush=True)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _exit_on_signal)  # stop workers cleanly on `kill`
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host}, reachable from other machines", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def _exit_on_signal(signum: int, frame: Any) -> None:
    raise SystemExit(0)


def serve_command(store: str | Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout: float = 30.0,
                  max_rows: int = 10_000, update_token: str | None = None, cors: bool = False,
                  workers: int = 2) -> None:
    """CLI entry (``kg serve``): same as ``serve``, with log lines on stderr."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    serve(store, host, port, timeout, max_rows, update_token, cors, workers)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kg.server", description="SPARQL 1.1 endpoint over a geokg store")
    ap.add_argument("store")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=DEFAULT_PORT)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per query")
    ap.add_argument("--max-rows", type=int, default=10_000, help="result row cap (0: none)")
    ap.add_argument("--update-token", default=os.environ.get("GEOKG_UPDATE_TOKEN"),
                    help="allow updates with this bearer token (default: $GEOKG_UPDATE_TOKEN)")
    ap.add_argument("--cors", action="store_true")
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args(argv)
    serve_command(a.store, a.host, a.port, a.timeout, a.max_rows, a.update_token, a.cors, a.workers)


if __name__ == "__main__":
    main()
