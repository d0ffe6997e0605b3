"""The persistent RDF store: an embedded Oxigraph database that documents are added to.

Guarantees the rest of geokg relies on:

* ``add`` is one transaction: either every statement of the batch lands, or none does.
* Re-adding the same documents changes nothing; an article whose text changed (same URL or
  source, new content id) replaces its own named graph and nothing else.
* A claim seen in several documents stays one claim node; its evidence grows and its
  ``kg:supportCount`` / aggregate ``kg:confidence`` are recomputed whenever an add touches it.
* The default graph is the union of the named graphs, for every access path (``query``, the
  SPARQL server, ``oxigraph serve`` on the same directory, exports, push).  The union is
  *materialised* in the default graph rather than asked for with ``use_default_graph_as_union``,
  because Oxigraph 0.5 returns a triple once per graph holding it in union mode (oxigraph issue
  #1919), which would double-count shared claims and actors in every COUNT.

Queries always run on Oxigraph's engine (rdflib's is orders of magnitude slower on joins).
"""

from __future__ import annotations

import json
from contextlib import contextmanager
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg import rdf
from kg.claims.model import Claim
from kg.ingest import Document
from kg.outputs import atomic_path

KG_NS, SDO_NS = str(rdf.KG), str(rdf.SDO)
_EVIDENCE = ox.NamedNode(KG_NS + "evidence")
_CONFIDENCE = ox.NamedNode(KG_NS + "confidence")
_SOURCE = ox.NamedNode(KG_NS + "source")
_URL = ox.NamedNode(SDO_NS + "url")
_TYPE = ox.NamedNode(str(rdf.RDF.type))
_CLAIM = ox.NamedNode(KG_NS + "Claim")
SUMMARY_GRAPH = ox.NamedNode(str(rdf.SUMMARY_GRAPH))
ONTOLOGY_GRAPH = ox.NamedNode(str(rdf.ONTOLOGY_GRAPH))
REFERENCE_GRAPH = ox.NamedNode(str(rdf.REFERENCE_GRAPH))
DEFAULT = ox.DefaultGraph()

GraphName = ox.NamedNode
OxTriple = tuple[Any, Any, Any]  # (subject, predicate, object) pyoxigraph terms: cheaper than ox.Triple
TripleSet = set[OxTriple]


@dataclass(frozen=True)
class DocumentInfo:
    """An article held by the store."""

    id: str
    iri: str
    graph: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None


@dataclass
class AddResult:
    """What one ``Store.add`` or ``Store.update`` changed."""

    documents: int = 0
    replaced: list[str] = field(default_factory=list)  # graphs of earlier versions that were removed
    claims_touched: int = 0
    quads_added: int = 0
    quads_removed: int = 0
    seconds: float = 0.0


@dataclass
class _Change:
    """The new content of the graphs an add rewrites, and what it replaces."""

    graphs: dict[GraphName, TripleSet]  # new content, per graph (empty set: graph removed)
    old: dict[GraphName, TripleSet]  # stored content of the same graphs

    @property
    def names(self) -> set[GraphName]:
        return set(self.graphs)


def _triple(t: rdf.Triple) -> OxTriple:
    s, p, o = t
    to_ox = rdf.to_ox
    return to_ox(s), to_ox(p), to_ox(o)


class Store:
    """geokg's RDF store over ``pyoxigraph.Store`` (``path=None``: in memory)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        if read_only:
            if self.path is None:
                raise ValueError("a read-only store needs a path")
            self._store = ox.Store.read_only(str(self.path))
        else:
            self._store = ox.Store(str(self.path) if self.path is not None else None)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store (for bulk reads; write through ``add``)."""
        return self._store

    # -- reading -------------------------------------------------------------------------------

    def query(self, sparql: str, **kwargs: Any) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL 1.1 query on Oxigraph; the project's prefixes (kg:, wd:, ...) are predeclared."""
        kwargs.setdefault("prefixes", rdf.PREFIXES)
        return self._store.query(sparql, **kwargs)

    def triple_count(self) -> int:
        """Distinct triples in the default graph, i.e. in the union of all graphs."""
        row = next(iter(self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        return int(row["n"].value)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def documents(self) -> list[DocumentInfo]:
        """Every article in the store, oldest publication first."""
        rows = self._store.query(f"""
            PREFIX schema: <{SDO_NS}> PREFIX kg: <{KG_NS}>
            SELECT ?doc ?g ?id ?url ?source ?title ?published ?publisher WHERE {{
              GRAPH ?g {{ ?doc a schema:NewsArticle ; schema:identifier ?id }}
              OPTIONAL {{ ?doc schema:url ?url }} OPTIONAL {{ ?doc kg:source ?source }}
              OPTIONAL {{ ?doc schema:headline ?title }} OPTIONAL {{ ?doc schema:datePublished ?published }}
              OPTIONAL {{ ?doc schema:publisher ?publisher }}
            }} ORDER BY ?published ?id""")
        val = lambda row, k: row[k].value if row[k] is not None else None  # noqa: E731
        return [DocumentInfo(id=val(r, "id"), iri=val(r, "doc"), graph=val(r, "g"), url=val(r, "url"),
                             source=val(r, "source"), title=val(r, "title"), published=val(r, "published"),
                             publisher=val(r, "publisher")) for r in rows]

    def graph_triples(self, graph: GraphName | ox.DefaultGraph) -> TripleSet:
        return {(q.subject, q.predicate, q.object) for q in self._store.quads_for_pattern(None, None, None, graph)}

    # -- writing -------------------------------------------------------------------------------

    def add(self, claims: Iterable[Claim], documents: Iterable[Document] = ()) -> AddResult:
        """Add documents and the claims found in them, in one transaction.

        Each document's graph is replaced by its new content (so re-adding is a no-op and an
        edited article loses the claims it no longer supports); stored versions of the same
        article under another id (same URL or source) are removed."""
        started = time.perf_counter()
        claims, documents = list(claims), list(documents)
        doc_graphs = rdf.document_graphs(claims, documents)
        graphs = {ox.NamedNode(str(g.iri)): {_triple(t) for t in g.triples} for g in doc_graphs.values()}
        stale = self._earlier_versions(doc_graphs.values()) - set(graphs)
        graphs.update({g: set() for g in stale})
        graphs.update(self._ontology_change())
        change = _Change(graphs, {g: self.graph_triples(g) for g in graphs})
        incoming = {ox.NamedNode(str(rdf.claim_iri(claim_id))): {ox.NamedNode(str(e)): c for e, c in evs.items()}
                    for claim_id, evs in rdf.evidence_confidences(claims).items()}
        touched = self._claims_in(change) | set(incoming)
        # Evidence kept in graphs this add leaves alone, plus the incoming evidence.
        confidences = self._stored_confidences(touched, exclude=change.names)
        for node, evs in incoming.items():
            confidences.setdefault(node, {}).update(evs)
        change.graphs[SUMMARY_GRAPH] = self._summary(touched, confidences)
        change.old[SUMMARY_GRAPH] = {t for c in touched for t in self._summary_of(c)}
        result = self._apply(change)
        result.documents, result.replaced = len(doc_graphs), sorted(g.value for g in stale)
        result.claims_touched, result.seconds = len(touched), time.perf_counter() - started
        return result

    def add_reference(self) -> AddResult:
        """Add (or refresh) the gazetteer's reference facts: dated kg:headOf claims from the
        offices people held and kg:memberOf claims from member lists, with their direct edges.
        Opt-in, because they outnumber the statements of a small corpus."""
        started = time.perf_counter()
        graphs = {REFERENCE_GRAPH: {_triple(t) for t in rdf.reference_triples()}, **self._ontology_change()}
        result = self._apply(_Change(graphs, {g: self.graph_triples(g) for g in graphs}))
        result.seconds = time.perf_counter() - started
        return result

    def remove(self, doc_ids: Iterable[str]) -> AddResult:
        """Remove documents (their graphs) and recompute the claims they supported."""
        started = time.perf_counter()
        graphs: dict[GraphName, TripleSet] = {ox.NamedNode(str(rdf.graph_iri(d))): set() for d in doc_ids}
        change = _Change(graphs, {g: self.graph_triples(g) for g in graphs})
        touched = self._claims_in(change)
        confidences = self._stored_confidences(touched, exclude=change.names)
        change.graphs[SUMMARY_GRAPH] = self._summary(touched, confidences)
        change.old[SUMMARY_GRAPH] = {t for c in touched for t in self._summary_of(c)}
        result = self._apply(change)
        result.replaced = sorted(g.value for g in graphs if change.old[g])
        result.claims_touched, result.seconds = len(touched), time.perf_counter() - started
        return result

    def update(self, sparql: str, prefixes: dict[str, str] | None = None) -> AddResult:
        """Run a SPARQL 1.1 Update and keep the materialised union in step with it.

        Queries read the default graph, so what an update adds to a named graph is added to the
        default graph, and what it removes from the last named graph holding it is removed from
        the default graph; triples the update writes to the default graph itself stay as
        written.  The update is one transaction and the union step a second one: the difference
        is taken from the named graphs before and after (one scan each, ~0.1 s per 100k triples).
        Claim summaries (``kg:supportCount``) are not recomputed: rebuild to refresh them.
        """
        started = time.perf_counter()
        before = self._named_triples()
        self._store.update(sparql, prefixes=rdf.PREFIXES if prefixes is None else prefixes)
        after = self._named_triples()
        add = [ox.Quad(*t, DEFAULT) for t in after - before]
        delete = [ox.Quad(*t, DEFAULT) for t in before - after]
        # By identity, not through DELETE DATA / INSERT DATA: SPARQL forbids blank nodes in the
        # one and the other would mint new ones.
        for q in delete:
            self._store.remove(q)
        if add:
            self._store.extend(add)
        return AddResult(quads_added=len(add), quads_removed=len(delete),
                         seconds=time.perf_counter() - started)

    def _named_triples(self) -> TripleSet:
        """Every triple some named graph holds: the union the default graph must show."""
        return {(q.subject, q.predicate, q.object) for q in self._store.quads_for_pattern(None, None, None, None)
                if not isinstance(q.graph_name, ox.DefaultGraph)}

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        """Flush and release the database (another process may then open it read-write)."""
        if self._store is not None:
            self.flush()
            self._store = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- export --------------------------------------------------------------------------------

    def export(self, fmt: str, path: str | Path) -> Path:
        """Write the store as ttl|nt (the union) or trig|nq|jsonld (named graphs plus the union
        in the default graph), atomically."""
        format_ = rdf.rdf_format(fmt, path)
        if not format_.supports_datasets:  # sorted, so that a subject's statements sit together
            triples = sorted((ox.Triple(q.subject, q.predicate, q.object)
                              for q in self._store.quads_for_pattern(None, None, None, DEFAULT)), key=str)
            with atomic_path(path) as tmp:
                ox.serialize(triples, str(tmp), format=format_, prefixes=rdf.PREFIXES)
            return Path(path)
        with atomic_path(path) as tmp:
            if format_ == ox.RdfFormat.JSON_LD:
                Path(tmp).write_bytes(rdf.compact_jsonld(self._store.dump(format=ox.RdfFormat.N_QUADS)))
            else:
                self._store.dump(str(tmp), format_, prefixes=rdf.PREFIXES)
        return Path(path)

    # -- internals -----------------------------------------------------------------------------

    def _earlier_versions(self, doc_graphs: Iterable[rdf.DocumentGraph]) -> set[GraphName]:
        """Graphs of stored articles with the same URL or source as an incoming document."""
        found: set[GraphName] = set()
        for g in doc_graphs:
            patterns = []
            if g.url and rdf._web_url(g.url) is not None:
                patterns.append((_URL, ox.NamedNode(g.url)))
            elif g.source:  # a file holding just this article (DocumentGraph.source is its identity)
                patterns.append((_SOURCE, ox.Literal(g.source)))
            for predicate, value in patterns:
                for q in self._store.quads_for_pattern(None, predicate, value, None):
                    if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != str(g.iri):
                        found.add(q.graph_name)
        return found

    def _ontology_change(self) -> dict[GraphName, TripleSet]:
        """The ontology graph, when the stored copy differs from kg.ttl + relations.yaml."""
        wanted = {_triple(t) for t in rdf.ontology_graph()}
        return {} if self.graph_triples(ONTOLOGY_GRAPH) == wanted else {ONTOLOGY_GRAPH: wanted}

    def _claims_in(self, change: _Change) -> set[ox.NamedNode]:
        """Claim nodes whose support an add may change: those in the rewritten graphs."""
        out: set[ox.NamedNode] = set()
        for triples in (*change.old.values(), *change.graphs.values()):
            out.update(s for s, p, o in triples if p == _TYPE and o == _CLAIM)
        return out

    def _stored_confidences(self, claims: Iterable[ox.NamedNode],
                            exclude: set[GraphName]) -> dict[ox.NamedNode, dict[ox.NamedNode, float]]:
        """Per claim, evidence -> confidence, from every stored document graph not being rewritten."""
        out: dict[ox.NamedNode, dict[ox.NamedNode, float]] = {}
        for claim in claims:
            for q in self._store.quads_for_pattern(claim, _EVIDENCE, None, None):
                graph = q.graph_name
                if not isinstance(graph, ox.NamedNode) or graph in exclude or graph == SUMMARY_GRAPH:
                    continue
                conf = next(self._store.quads_for_pattern(q.object, _CONFIDENCE, None, graph), None)
                out.setdefault(claim, {})[q.object] = float(conf.object.value) if conf else 1.0
        return out

    def _summary(self, claims: Iterable[ox.NamedNode],
                 confidences: dict[ox.NamedNode, dict[ox.NamedNode, float]]) -> TripleSet:
        out: TripleSet = set()
        for claim in claims:
            evs = confidences.get(claim)
            if evs:  # a claim left without evidence disappears with its summary
                claim_id = claim.value.rsplit("/", 1)[1]
                out.update(_triple(t) for t in rdf.summary_triples(claim_id, evs.values()))
        return out

    def _summary_of(self, claim: ox.NamedNode) -> Iterator[OxTriple]:
        for q in self._store.quads_for_pattern(claim, None, None, SUMMARY_GRAPH):
            yield q.subject, q.predicate, q.object

    def _held_elsewhere(self, t: OxTriple, rewritten: set[GraphName]) -> bool:
        """Whether a graph this add leaves alone still holds the triple (so the union keeps it)."""
        return any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name not in rewritten
                   for q in self._store.quads_for_pattern(*t, None))

    def _apply(self, change: _Change) -> AddResult:
        """Turn new graph contents into quad insertions/deletions and commit them at once."""
        add: list[ox.Quad] = []
        delete: list[ox.Quad] = []
        dropped = [g for g, new in change.graphs.items() if not new and change.old[g] and g != SUMMARY_GRAPH]
        new_union: TripleSet = set().union(*change.graphs.values())
        added: TripleSet = set()
        for g, new in change.graphs.items():
            old = change.old[g]
            fresh = new - old if old else new
            added |= fresh
            add += [ox.Quad(s, p, o, g) for s, p, o in fresh]
            if g not in dropped and old:
                delete += [ox.Quad(s, p, o, g) for s, p, o in old - new]
        candidates = set().union(*(change.old[g] - change.graphs[g] for g in change.graphs if change.old[g]))
        for t in candidates - new_union:
            if not self._held_elsewhere(t, change.names):
                delete.append(ox.Quad(*t, DEFAULT))
        add += [ox.Quad(s, p, o, DEFAULT) for s, p, o in added]
        if delete or dropped:
            self._store.update(_update_text(dropped, delete, add))
        elif add:
            self._store.extend(add)
        removed = len(delete) + sum(len(change.old[g]) for g in dropped)
        return AddResult(quads_added=len(add), quads_removed=removed)


def _update_text(dropped: list[GraphName], delete: list[ox.Quad], add: list[ox.Quad]) -> str:
    """One SPARQL Update request (Oxigraph runs it as one transaction).  Terms are written by
    pyoxigraph's own N-Triples formatting, which escapes them correctly."""
    ops = [f"DROP SILENT GRAPH {g}" for g in dropped]
    if delete:
        ops.append(f"DELETE DATA {{ {_data_block(delete)} }}")
    if add:
        ops.append(f"INSERT DATA {{ {_data_block(add)} }}")
    return " ;\n".join(ops)


def _data_block(quads: Iterable[ox.Quad]) -> str:
    by_graph: dict[Any, list[str]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(body if isinstance(g, ox.DefaultGraph) else f"GRAPH {g} {{\n{body}\n}}")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Functions for the CLI (kg query / kg export)
# ---------------------------------------------------------------------------------------------

QUERY_FORMATS = ("table", "csv", "tsv", "json")


@contextmanager
def opened(store: Store | str | Path, read_only: bool = True) -> Iterator[Store]:
    """The given Store, or the one at a path, opened for the block and closed after it (a
    Store the caller passed in stays open: it is the caller's)."""
    if isinstance(store, Store):
        yield store
        return
    path = Path(store)
    if not path.exists():
        raise FileNotFoundError(f"no store at {path} (build one with `kg build`)")
    st = Store(path, read_only=read_only)
    try:
        yield st
    finally:
        st.close()


def read_query(sparql: str) -> str:
    """A query given inline, ``-`` for standard input, or the path of a .rq file."""
    if sparql == "-":
        return sys.stdin.read()
    candidate = Path(sparql)
    if len(sparql) < 4096 and "\n" not in sparql and candidate.suffix in (".rq", ".sparql") and candidate.is_file():
        return candidate.read_text(encoding="utf-8")
    return sparql


def short(term: Any) -> str:
    """A term for a human: prefixed IRI, literal value, or empty for unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(rdf.PREFIXES.items(), key=lambda kv: -len(kv[1])):
            local = term.value[len(ns):]
            if term.value.startswith(ns) and local and "/" not in local and "#" not in local:
                return f"{prefix}:{local}"
        return f"<{term.value}>"
    return term.value if isinstance(term, ox.Literal) else str(term)


def query_command(store: Store | str | Path, sparql: str, fmt: str = "table", out: IO[str] | None = None) -> int:
    """Run a query and print it as table|csv|tsv|json (CONSTRUCT/DESCRIBE: Turtle); returns the
    number of rows (or triples) printed."""
    if fmt not in QUERY_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(QUERY_FORMATS)}")
    out = out or sys.stdout
    with opened(store) as st:  # results are read lazily: print them before the store closes
        return _print_result(st.query(read_query(sparql)), fmt, out)

def _print_result(result: Any, fmt: str, out: IO[str]) -> int:
    if isinstance(result, ox.QueryBoolean):
        out.write(json.dumps({"head": {}, "boolean": bool(result)}) + "\n" if fmt == "json" else f"{bool(result)}\n".lower())
        return 1
    if isinstance(result, ox.QueryTriples):
        triples = list(result)
        out.write(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=rdf.PREFIXES).decode("utf-8"))
        return len(triples)
    if fmt == "table":
        return _print_table(result, out)
    fmt_ = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON}[fmt]
    data = result.serialize(format=fmt_).decode("utf-8")
    out.write(data if data.endswith("\n") else data + "\n")
    return -1


def _print_table(result: ox.QuerySolutions, out: IO[str]) -> int:
    from rich.console import Console
    from rich.table import Table

    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    count = 0
    for row in result:
        table.add_row(*(short(row[n]) for n in names))
        count += 1
    console = Console(file=out, width=max(80, min(200, 30 * len(names))))
    console.print(table)
    console.print(f"{count} row{'s' if count != 1 else ''}")
    return count


def export_command(store: Store | str | Path, fmt: str, path: str | Path) -> Path:
    """Export a store to a file (ttl, nt, trig, nq, jsonld)."""
    with opened(store) as st:
        return st.export(fmt, path)
