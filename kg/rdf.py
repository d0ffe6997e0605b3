"""Claim records -> RDF, following the two-layer model (direct edges + claim nodes).

Layout of the RDF dataset (the same in ``claims_to_dataset``, the store and every export):

* one named graph per source document (``graph_iri(doc_id)``) holding the article node and
  everything that document supports: the claim nodes it has evidence for, its evidence nodes,
  the actors it mentions and the direct edges of its asserted claims.  Re-ingesting an article
  replaces exactly that graph.
* ``SUMMARY_GRAPH`` holds the per-claim aggregates that depend on *all* documents
  (``kg:supportCount``, ``kg:confidence``), so no document graph has to change when another
  document adds evidence to a shared claim.
* ``ONTOLOGY_GRAPH`` (optional here, always in the store) holds ``ontology_graph()``, and
  ``REFERENCE_GRAPH`` (opt-in) the gazetteer's dated kg:headOf / kg:memberOf facts.
* the default graph is the union of the named graphs.

Everything is built from rdflib terms and namespaces; the writers hand the quads to pyoxigraph's
serialisers, which are some 40x faster than rdflib's on large graphs, and write atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote
from typing import IO, Any, Union

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib import namespace as _ns
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.claims.model import Actor, Claim, Evidence, TimeSpan
from kg.ingest import Document
from kg.outputs import atomic_path
from kg.vocab import (BASE_IRI, ID_NS, ONTOLOGY_DIR, ONTOLOGY_NS, WIKIDATA_NS, Relation,
                      load_categories, load_gazetteer, load_relations, slug)

log = logging.getLogger(__name__)


@lru_cache(maxsize=None)
def _term(base: str, name: str) -> URIRef:
    return URIRef(base + name)


class VocabNamespace(Namespace):
    """A Namespace that mints each term once.  Building a large graph asks for the same few
    vocabulary terms (rdf:type, kg:evidence, ...) millions of times, and rdflib re-validates the
    IRI on every access.  Only for vocabularies: minted resource IRIs are unique, not cached."""

    def term(self, name: str) -> URIRef:
        return _term(str(self), name)


KG = VocabNamespace(ONTOLOGY_NS)
RES = Namespace(ID_NS)
WD = Namespace(WIKIDATA_NS)
WDT = VocabNamespace("http://www.wikidata.org/prop/direct/")
OA = VocabNamespace("http://www.w3.org/ns/oa#")
SDO = VocabNamespace("https://schema.org/")
CAMEO = VocabNamespace(BASE_IRI + "cameo/")
RDF, RDFS, OWL, XSD = (VocabNamespace(str(n)) for n in (_ns.RDF, _ns.RDFS, _ns.OWL, _ns.XSD))
PROV, SKOS, DCTERMS = (VocabNamespace(str(n)) for n in (_ns.PROV, _ns.SKOS, _ns.DCTERMS))

#: Prefixes used by every writer and offered to every query.
PREFIXES: dict[str, str] = {
    "kg": str(KG), "res": str(RES), "wd": str(WD), "wdt": str(WDT), "prov": str(PROV),
    "oa": str(OA), "schema": str(SDO), "skos": str(SKOS), "owl": str(OWL), "rdf": str(RDF),
    "rdfs": str(RDFS), "xsd": str(XSD), "dcterms": str(DCTERMS), "cameo": str(CAMEO),
    # Short forms for the minted IRIs, so Turtle reads claim:1a2b... rather than res:claim\/1a2b...
    "claim": str(RES["claim/"]), "doc": str(RES["doc/"]), "evidence": str(RES["evidence/"]),
    "graph": str(RES["graph/"]), "actor": str(RES["actor/"]),
}

SUMMARY_GRAPH = RES["graph/claims"]
ONTOLOGY_GRAPH = RES["graph/ontology"]

#: The ontology file as written, with the default base; rewritten when GEOKG_BASE_IRI differs.
KG_TTL = ONTOLOGY_DIR / "kg.ttl"
_DEFAULT_BASE = "https://geokg.dev/"

MODALITY: dict[str, URIRef] = {
    "asserted": KG.Asserted, "alleged": KG.Alleged, "denied": KG.Denied,
    "negated": KG.Negated, "hypothetical": KG.Hypothetical,
}
#: Wikibase time precision codes.
PRECISION: dict[str, int] = {"decade": 8, "year": 9, "month": 10, "day": 11}
QUAD_CLASS: dict[str, URIRef] = {
    "verbal_cooperation": KG.VerbalCooperation, "material_cooperation": KG.MaterialCooperation,
    "verbal_conflict": KG.VerbalConflict, "material_conflict": KG.MaterialConflict,
}

Triple = tuple[Node, Node, Node]
Quad = tuple[Node, Node, Node, Node]
Target = Union[str, os.PathLike, IO[bytes]]


# ---------------------------------------------------------------------------------------------
# IRIs: all minted here, all deterministic, so re-running a build reproduces the same graph.
# ---------------------------------------------------------------------------------------------

def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def claim_iri(claim_id: str) -> URIRef:
    """The claim node's IRI: ``Claim.id`` is a hash of the claim key, so it is stable."""
    return RES["claim/" + claim_id]


def document_iri(doc_id: str) -> URIRef:
    """Article ids come from the input (a feed's ``id``), so they are percent-encoded:
    "my article 1" or "a>b" must make a valid IRI, not abort the build."""
    return RES["doc/" + quote(doc_id, safe="")]


def graph_iri(doc_id: str) -> URIRef:
    """Name of the graph holding one document's statements."""
    return RES["graph/" + quote(doc_id, safe="")]


def evidence_iri(claim_id: str, ev: Evidence) -> URIRef:
    """One evidence node per (claim, document, sentence): a sentence may support several claims."""
    return RES["evidence/" + _hash(claim_id, ev.doc, ev.start, ev.end)]


def relation_iri(relation: str) -> URIRef:
    return KG[relation if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", relation) else slug(relation)]


def actor_iri(actor: Actor) -> URIRef:
    """``Actor.id`` is an IRI already; a bare key (no scheme) gets a project IRI."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", actor.id):
        return URIRef(actor.id)
    return RES["actor/" + slug(actor.id)]


# ---------------------------------------------------------------------------------------------
# Literals
# ---------------------------------------------------------------------------------------------

def period_start(value: str, precision: str) -> date:
    """First day of the period an ISO prefix names ("2019" -> 2019-01-01, "2023-05" -> 2023-05-01).

    Dates are always xsd:date, never xsd:gYear, because SPARQL cannot compare the two."""
    m = re.match(r"^(-?\d{3,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    if not m:
        raise ValueError(f"not an ISO date prefix: {value!r}")
    year = int(m.group(1))
    if precision == "decade":
        year = year * 10 if len(m.group(1).lstrip("-")) == 3 else year - year % 10
        return date(year, 1, 1)
    month = int(m.group(2)) if m.group(2) and precision in ("month", "day") else 1
    day = int(m.group(3)) if m.group(3) and precision == "day" else 1
    return date(year, month, day)


def canonical_decimal(lexical: str) -> str:
    """The lexical form Oxigraph stores for an xsd:decimal ("4.0" -> "4", "0.10" -> "0.1").

    Writing the same form keeps "is this triple already stored?" a plain equality test."""
    try:
        text = format(Decimal(lexical).normalize(), "f")
    except ArithmeticError:
        return lexical
    return "0" if text in ("-0", "") else text


@lru_cache(maxsize=4096)
def decimal(value: float) -> Literal:
    """A probability-like number as a short xsd:decimal ("0.85", not a 17-digit double).
    Cached: confidences repeat, and rdflib's Literal constructor is slow."""
    return Literal(canonical_decimal(str(round(float(value), 4))), datatype=XSD.decimal)


def _published(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _web_url(value: str | None) -> URIRef | None:
    return URIRef(value) if value and re.match(r"^https?://\S+$", value) else None


# ---------------------------------------------------------------------------------------------
# Node builders: one function per node kind
# ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _aliases_by_iri() -> dict[str, tuple[str, ...]]:
    """Aliases from the gazetteer, by actor IRI; empty when the gazetteer cannot be read."""
    try:
        gaz = load_gazetteer()
    except (OSError, ValueError) as exc:  # a broken gazetteer must not stop RDF export
        log.warning("gazetteer not loaded, actors get no skos:altLabel: %s", exc)
        return {}
    return {e.iri: e.aliases for e in gaz.entries.values()}


def actor_class(actor_type: str | None) -> URIRef:
    known = {"State", "Person", "InternationalOrganization", "Organization", "ArmedGroup",
             "Location", "Company", "Media", "Group"}
    return KG[actor_type] if actor_type in known else KG.Actor


def actor_triples(actor: Actor) -> tuple[Triple, ...]:
    """Type, label, country and aliases of an actor (cached: actors recur in every document)."""
    return _actor_triples(actor)


@lru_cache(maxsize=65536)
def _actor_triples(actor: Actor) -> tuple[Triple, ...]:
    node = actor_iri(actor)
    out: list[Triple] = [(node, RDF.type, actor_class(actor.type)), (node, RDFS.label, Literal(actor.label))]
    if actor.country:
        out.append((node, KG.country, Literal(actor.country)))
    if actor.wikidata and not str(node).startswith(WIKIDATA_NS):
        out.append((node, OWL.sameAs, WD[actor.wikidata]))
    out.extend((node, SKOS.altLabel, Literal(a)) for a in _aliases_by_iri().get(actor.id, ()))
    return tuple(out)


def article_triples(doc_id: str, *, title: str | None = None, published: object = None,
                    url: str | None = None, publisher: str | None = None,
                    source: str | None = None) -> list[Triple]:
    """The article node (schema:NewsArticle) of one document."""
    node = document_iri(doc_id)
    out: list[Triple] = [(node, RDF.type, SDO.NewsArticle), (node, SDO.identifier, Literal(doc_id))]
    if title:
        out.append((node, SDO.headline, Literal(title)))
    day = _published(published)
    if day:
        out.append((node, SDO.datePublished, Literal(day, datatype=XSD.date)))
    web = _web_url(url)
    if web is not None:
        out.append((node, SDO.url, web))
    if publisher:
        out.append((node, SDO.publisher, Literal(publisher)))
    if source or url:
        out.append((node, KG.source, Literal(source or url)))
    return out


def document_article(doc: Document) -> list[Triple]:
    return article_triples(doc.id, title=doc.title, published=doc.published, url=doc.url,
                           publisher=doc.publisher, source=doc.locator)


def evidence_article(ev: Evidence) -> list[Triple]:
    """Article node from the metadata an evidence record carries (when no Document is given)."""
    url = ev.source if _web_url(ev.source) is not None else None
    return article_triples(ev.doc, title=ev.title, published=ev.published, url=url,
                           publisher=ev.publisher, source=ev.source)


def time_triples(node: URIRef, claim: Claim) -> list[Triple]:
    """kg:pointInTime, or kg:startTime/kg:endTime, as xsd:date plus kg:timePrecision.

    A date taken only from the publication date is not written on the claim (the claim key
    ignores it, so one node may gather articles published on different days); its articles'
    schema:datePublished stands in."""
    span = claim.date
    if span is None:
        return []
    if not span.from_text:
        return [(node, KG.timeFromText, Literal(False))]
    start = period_start(span.start, span.precision)
    end = period_start(span.end, span.precision) if span.end else None  # no end: open ("since 2006")
    out: list[Triple] = [(node, KG.timeFromText, Literal(True)),
                         (node, KG.timePrecision, Literal(PRECISION.get(span.precision, 11)))]
    if start == end:
        out.append((node, KG.pointInTime, Literal(start, datatype=XSD.date)))
    else:
        out.append((node, KG.startTime, Literal(start, datatype=XSD.date)))
        if end is not None:
            out.append((node, KG.endTime, Literal(end, datatype=XSD.date)))
    return out


def direct_edges(claim: Claim, symmetric: bool) -> list[Triple]:
    """The plain triple(s) an asserted claim stands for; both directions for symmetric relations."""
    if claim.modality != "asserted":
        return []
    s, p, o = actor_iri(claim.subject), relation_iri(claim.relation), actor_iri(claim.object)
    return [(s, p, o), (o, p, s)] if symmetric and s != o else [(s, p, o)]


def claim_triples(claim: Claim, relation: Relation | None = None) -> list[Triple]:
    """The claim node without its evidence, plus the actors it names and its direct edge(s).

    ``relation`` is the vocabulary entry (for the label and symmetry); an unknown relation is
    still written, and the SHACL shapes report it."""
    node = claim_iri(claim.id)
    verb = relation.label if relation else claim.relation
    s, o = actor_iri(claim.subject), actor_iri(claim.object)
    out: list[Triple] = [
        (node, RDF.type, KG.Claim),
        (node, RDF.subject, s), (node, RDF.predicate, relation_iri(claim.relation)), (node, RDF.object, o),
        (node, KG.modality, MODALITY.get(claim.modality, KG[claim.modality.capitalize()])),
        (node, RDFS.label, Literal(f"{claim.subject.label} {verb} {claim.object.label}")),
    ]
    out += time_triples(node, claim)
    actors = [claim.subject, claim.object]
    if claim.attributed_to is not None:
        out.append((node, PROV.wasAttributedTo, actor_iri(claim.attributed_to)))
        actors.append(claim.attributed_to)
    if claim.location is not None:
        out.append((node, KG.location, actor_iri(claim.location)))
        actors.append(claim.location)
    if claim.disputes:
        out.append((node, KG.disputes, claim_iri(claim.disputes)))
    if claim.subject.sector:
        out.append((node, KG.subjectSector, Literal(claim.subject.sector)))
    if claim.object.sector:
        out.append((node, KG.objectSector, Literal(claim.object.sector)))
    for actor in actors:
        out += actor_triples(actor)
    return out + direct_edges(claim, bool(relation and relation.symmetric))


def evidence_triples(claim: Claim, ev: Evidence) -> list[Triple]:
    """One kg:Evidence / oa:Annotation node: exact quote + character offsets in the article."""
    node, article = evidence_iri(claim.id, ev), document_iri(ev.doc)
    target, quote, position = (URIRef(f"{node}-{part}") for part in ("target", "quote", "position"))
    out: list[Triple] = [
        (claim_iri(claim.id), KG.evidence, node),
        (claim_iri(claim.id), PROV.wasDerivedFrom, article),
        (node, RDF.type, KG.Evidence), (node, RDF.type, OA.Annotation),
        (node, OA.motivatedBy, OA.describing),
        (node, OA.hasTarget, target), (node, KG.confidence, decimal(ev.confidence)),
        (target, RDF.type, OA.SpecificResource), (target, OA.hasSource, article),
        (target, OA.hasSelector, quote), (target, OA.hasSelector, position),
        (quote, RDF.type, OA.TextQuoteSelector), (quote, OA.exact, Literal(ev.sentence)),
        (position, RDF.type, OA.TextPositionSelector),
        (position, OA.start, Literal(int(ev.start))), (position, OA.end, Literal(int(ev.end))),
    ]
    if ev.trigger:
        out.append((node, KG.trigger, Literal(ev.trigger)))
    return out


def noisy_or(confidences: Iterable[float]) -> float:
    """Aggregate confidence of independent sightings: 1 - prod(1 - c)."""
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - min(max(float(c), 0.0), 1.0)
    return round(1.0 - miss, 4)


def summary_triples(claim_id: str, confidences: Iterable[float]) -> list[Triple]:
    """kg:supportCount and aggregate kg:confidence of a claim from all its evidence confidences."""
    confs = list(confidences)
    node = claim_iri(claim_id)
    return [(node, KG.supportCount, Literal(len(confs))), (node, KG.confidence, decimal(noisy_or(confs)))]


# ---------------------------------------------------------------------------------------------
# Claims -> graphs
# ---------------------------------------------------------------------------------------------

@dataclass
class DocumentGraph:
    """The statements of one document, with what identifies the article across edits."""

    iri: URIRef
    doc_id: str
    url: str | None = None
    source: str | None = None
    triples: dict[Triple, None] = field(default_factory=dict)  # an ordered set

    def add(self, triples: Iterable[Triple]) -> None:
        self.triples.update(dict.fromkeys(triples))


def document_graphs(claims: Iterable[Claim], documents: Iterable[Document] = ()) -> dict[str, DocumentGraph]:
    """One graph per document: every given document (even one without claims, so re-ingesting
    it clears its old claims) and every document an evidence record names."""
    graphs: dict[str, DocumentGraph] = {}
    for doc in documents:
        graphs[doc.id] = DocumentGraph(graph_iri(doc.id), doc.id, doc.url, doc.identity)
        graphs[doc.id].add(document_article(doc))
    relations = load_relations()
    for claim in claims:
        if not claim.evidence:
            log.warning("claim %s (%s %s %s) has no evidence; not written", claim.id,
                        claim.subject.label, claim.relation, claim.object.label)
            continue
        core = claim_triples(claim, relations.get(claim.relation))
        for ev in claim.evidence:
            graph = graphs.get(ev.doc)
            if graph is None:
                url = ev.source if _web_url(ev.source) is not None else None
                # Without its Document, only a URL tells which article this is.
                graph = graphs[ev.doc] = DocumentGraph(graph_iri(ev.doc), ev.doc, url, None)
                graph.add(evidence_article(ev))
            graph.add(core)
            graph.add(evidence_triples(claim, ev))
    return graphs


def evidence_confidences(claims: Iterable[Claim]) -> dict[str, dict[URIRef, float]]:
    """Per claim id, the confidence of each distinct evidence node (the input to the summary)."""
    out: dict[str, dict[URIRef, float]] = {}
    for claim in claims:
        for ev in claim.evidence:
            out.setdefault(claim.id, {})[evidence_iri(claim.id, ev)] = ev.confidence
    return out


def dataset_quads(claims: Iterable[Claim], documents: Iterable[Document] = ()) -> Iterator[Quad]:
    """Every named-graph quad for these claims: document graphs, then the claim summaries."""
    claims = list(claims)
    for graph in document_graphs(claims, documents).values():
        for s, p, o in graph.triples:
            yield s, p, o, graph.iri
    for claim_id, confs in evidence_confidences(claims).items():
        for s, p, o in summary_triples(claim_id, confs.values()):
            yield s, p, o, SUMMARY_GRAPH


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def claims_to_dataset(claims: Iterable[Claim], documents: Iterable[Document] = (), *,
                      ontology: bool = False, reference: bool = False) -> Dataset:
    """An rdflib Dataset: one named graph per document, the claim summary graph and, on
    request, the ontology graph and the gazetteer's reference facts (headOf, memberOf).
    Its default graph is the union of them all (``default_union``), as in the store, so a
    plain SPARQL query over it sees everything."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    ds.addN((s, p, o, ds.graph(g)) for s, p, o, g in dataset_quads(claims, documents))
    if ontology:
        onto = ds.graph(ONTOLOGY_GRAPH)
        ds.addN((s, p, o, onto) for s, p, o in _ontology_triples())
    if reference:
        ref = ds.graph(REFERENCE_GRAPH)
        ds.addN((s, p, o, ref) for s, p, o in reference_triples())
    return ds


# ---------------------------------------------------------------------------------------------
# Reference facts from the gazetteer: who headed what when, who is a member of what
# ---------------------------------------------------------------------------------------------

REFERENCE_GRAPH = RES["graph/reference"]
REFERENCE_SOURCE = RES["source/gazetteer"]
#: Kinds of office (titles.yaml) that make their holder kg:headOf the actor they serve.
HEAD_KINDS = frozenset({"head_of_state", "head_of_government", "monarch", "leader", "head"})
_REFERENCE_LABELS = {"headOf": "head of", "memberOf": "member of"}


def _member_lists(actors_dir: Path) -> dict[str, list[str]]:
    """``members`` of organisation entries (organisation key -> member keys), read from the YAML."""
    import yaml

    out: dict[str, list[str]] = {}
    for path in sorted(actors_dir.glob("*.yaml")):
        if path.name in ("titles.yaml", "agents.yaml"):
            continue
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(entry, dict) and entry.get("members"):
                out[str(entry["key"])] = [str(m) for m in entry["members"]]
    return out


def reference_claims() -> list[tuple[Claim, str | None]]:
    """Dated kg:headOf claims from the gazetteer's roles (heads of state and government,
    monarchs, leaders, heads of organisations) and kg:memberOf claims from member lists,
    each with the office title it comes from (None for memberships)."""
    gaz = load_gazetteer()
    out: list[tuple[Claim, str | None]] = []
    for entry in gaz.entries.values():
        for role in entry.roles:
            kind = gaz.titles.get(role.title, {}).get("kind", role.title)
            if kind not in HEAD_KINDS or role.of not in gaz.entries:
                continue
            span = None
            if role.start is not None:
                span = TimeSpan(role.start.isoformat(), role.end.isoformat() if role.end else "", "day")
            claim = Claim(entry.actor(), "headOf", "", gaz.entries[role.of].actor(), date=span)
            out.append((claim, role.title))
    for org, members in _member_lists(ONTOLOGY_DIR / "actors").items():
        if org not in gaz.entries:
            continue
        for key in members:
            if key in gaz.entries:
                out.append((Claim(gaz.entries[key].actor(), "memberOf", "", gaz.entries[org].actor()), None))
    return out


def reference_triples(facts: Iterable[tuple[Claim, str | None]] | None = None) -> list[Triple]:
    """The gazetteer's headOf/memberOf facts (default: ``reference_claims()``) as claim nodes
    derived from the gazetteer, not from articles (no evidence, support 1, confidence 1), plus
    their direct edges."""
    out: list[Triple] = [(REFERENCE_SOURCE, RDF.type, KG.ReferenceSource),
                         (REFERENCE_SOURCE, RDFS.label, Literal("geokg actor gazetteer (ontology/actors)"))]
    for claim, title in (reference_claims() if facts is None else facts):
        node = claim_iri(claim.id)
        label = _REFERENCE_LABELS[claim.relation]
        out += [t for t in claim_triples(claim) if (t[0], t[1]) != (node, RDFS.label)]
        out += [(node, RDFS.label, Literal(f"{claim.subject.label} {label} {claim.object.label}")),
                (node, PROV.wasDerivedFrom, REFERENCE_SOURCE)]
        out += summary_triples(claim.id, [1.0])
        if title:
            out.append((node, KG.office, Literal(title)))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------------
# Ontology
# ---------------------------------------------------------------------------------------------

def _rebase(term: Node) -> Node:
    if isinstance(term, URIRef) and BASE_IRI != _DEFAULT_BASE and str(term).startswith(_DEFAULT_BASE):
        return URIRef(BASE_IRI + str(term)[len(_DEFAULT_BASE):])
    return term


def relation_triples() -> list[Triple]:
    """Relation properties generated from relations.yaml (the single source of truth)."""
    cats = load_categories()
    out: list[Triple] = []
    for key, rel in load_relations().items():
        p = relation_iri(key)
        out += [(p, RDF.type, OWL.ObjectProperty), (p, RDFS.label, Literal(rel.label, lang="en")),
                (p, RDFS.domain, KG.Actor), (p, RDFS.range, KG.Actor),
                (p, KG.ploverCategory, KG[rel.category]),
                (p, KG.quadClass, QUAD_CLASS[cats[rel.category].quad])]
        if rel.comment:
            out.append((p, RDFS.comment, Literal(rel.comment, lang="en")))
        if rel.goldstein is not None:
            out.append((p, KG.goldstein, decimal(rel.goldstein)))
        if rel.symmetric:
            out.append((p, RDF.type, OWL.SymmetricProperty))
        if rel.cameo:
            code = CAMEO[rel.cameo]
            out += [(p, SKOS.closeMatch, code), (code, RDF.type, SKOS.Concept),
                    (code, SKOS.notation, Literal(rel.cameo)), (code, SKOS.inScheme, KG.CAMEO)]
    return out


@lru_cache(maxsize=1)
def _ontology_triples() -> tuple[Triple, ...]:
    base = Graph().parse(KG_TTL, format="turtle")
    fixed = [(_rebase(s), _rebase(p), _rebase(o)) for s, p, o in base]
    return tuple(dict.fromkeys(fixed + relation_triples()))


def ontology_graph() -> Graph:
    """kg.ttl plus the relation properties generated from relations.yaml (a fresh Graph)."""
    g = bind_prefixes(Graph())
    for t in _ontology_triples():
        g.add(t)
    return g


SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"


def shapes_graph() -> Graph:
    """The SHACL shapes, rewritten to the configured base IRI like the ontology (including the
    namespaces their SPARQL constraints declare)."""
    g = Graph().parse(SHAPES_TTL, format="turtle")
    if BASE_IRI == _DEFAULT_BASE:
        return g
    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and str(o).startswith(_DEFAULT_BASE):
            o = Literal(BASE_IRI + str(o)[len(_DEFAULT_BASE):], datatype=o.datatype)
        out.add((_rebase(s), _rebase(p), _rebase(o)))
    return out


# ---------------------------------------------------------------------------------------------
# pyoxigraph bridge and writers
# ---------------------------------------------------------------------------------------------

FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
}


def rdf_format(fmt: str | None, path: Target | None = None) -> ox.RdfFormat:
    """An RdfFormat from a name (ttl, nt, trig, nq, jsonld) or, failing that, the file suffix."""
    name = (fmt or (Path(path).suffix.lstrip(".") if isinstance(path, (str, os.PathLike)) else "")).lower()
    if name not in FORMATS:
        raise ValueError(f"unsupported RDF format {name or fmt!r}; use one of ttl, nt, trig, nq, jsonld")
    return FORMATS[name]


@lru_cache(maxsize=65536)
def _named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if type(term) is URIRef:
        return _named_node(term)
    if type(term) is Literal:
        return _ox_literal(term)
    return _to_ox(term)


@lru_cache(maxsize=65536)
def _ox_literal(term: Literal) -> ox.Literal:
    return _to_ox(term)  # type: ignore[return-value]


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return _named_node(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype == XSD.decimal:
            return ox.Literal(canonical_decimal(str(term)), datatype=_named_node(str(XSD.decimal)))
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_named_node(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_graph(graph_name: Node | None) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    if graph_name is None or graph_name == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_ox(graph_name)  # type: ignore[return-value]


def to_ox_quads(quads: Iterable[Quad]) -> Iterator[ox.Quad]:
    for s, p, o, g in quads:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox_graph(g))


def _rdflib_quads(data: Graph) -> Iterator[Quad]:
    """Quads of an rdflib Dataset (named graphs only: its default graph is their union) or
    the triples of a plain Graph in the default graph."""
    if isinstance(data, Dataset):
        for s, p, o, g in data.quads((None, None, None, None)):
            name = g.identifier if isinstance(g, Graph) else g
            yield s, p, o, name
    else:
        for s, p, o in data:
            yield s, p, o, None


def with_union_default(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Named-graph quads plus their union in the default graph, so that a tool reading the
    file with default settings sees every statement in the default graph."""
    quads = list(quads)
    union = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    return quads + [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in union]


def compact_jsonld(nquads: bytes) -> bytes:
    """JSON-LD in compact form, with the project's prefixes as its ``@context``.

    Oxigraph writes expanded JSON-LD only (every IRI in full): valid, but hard to read and to
    consume as plain JSON.  rdflib compacts a graph against a context; each graph is compacted
    on its own and the dataset assembled by hand, because rdflib writes the default graph of a
    dataset as a nested ``@graph`` without ``@id``, which JSON-LD processors (Oxigraph among
    them) read as a graph named by a blank node.  About 10 s per 100k quads."""
    data = Dataset()
    data.parse(data=nquads, format="nquads")
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    default = data.graph(DATASET_DEFAULT_GRAPH_ID)
    nodes: list[Any] = _compact_nodes(default, context)
    for graph in sorted(data.graphs(), key=lambda g: str(g.identifier)):
        if graph.identifier != DATASET_DEFAULT_GRAPH_ID and len(graph):
            nodes.append({"@id": str(graph.identifier), "@graph": _compact_nodes(graph, context)})
    return json.dumps({"@context": context, "@graph": nodes}, indent=1, ensure_ascii=False).encode("utf-8")


def _compact_nodes(graph: Graph, context: dict[str, str]) -> list[Any]:
    """One graph's node objects, compacted against ``context``."""
    plain = Graph()
    for triple in graph:
        plain.add(triple)
    doc = json.loads(plain.serialize(format="json-ld", context=context, auto_compact=True))
    doc.pop("@context", None)
    return doc.get("@graph", [doc] if doc else [])


def serialize_ox(quads: Iterable[ox.Quad], path: str | os.PathLike, fmt: ox.RdfFormat) -> Path:
    """Write pyoxigraph quads atomically; triple formats get the (deduplicated) union."""
    if fmt == ox.RdfFormat.JSON_LD:
        with atomic_path(path) as tmp:
            Path(tmp).write_bytes(compact_jsonld(ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS)))
        return Path(path)
    if fmt.supports_datasets:
        data: Iterable[ox.Quad] | Iterable[ox.Triple] = list(quads)
    else:
        triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        data = sorted(triples, key=str)  # grouped by subject, stable across runs
    with atomic_path(path) as tmp:
        ox.serialize(data, str(tmp), format=fmt, prefixes=PREFIXES)
    return Path(path)


def write_rdf(data: Graph, path: str | os.PathLike, fmt: str | None = None, *,
              union_default: bool = True) -> Path:
    """Write a Dataset or Graph as ttl|nt|trig|nq|jsonld (format from ``fmt`` or the suffix).

    Triple formats get the union of all graphs; quad formats keep the named graphs and, with
    ``union_default``, also repeat their union in the default graph."""
    format_ = rdf_format(fmt, path)
    quads: Iterable[ox.Quad] = to_ox_quads(_rdflib_quads(data))
    if format_.supports_datasets and union_default and isinstance(data, Dataset):
        quads = with_union_default(quads)
    return serialize_ox(quads, path, format_)


def _writer(fmt: str) -> Callable[..., Path]:
    def write(data: Graph, path: str | os.PathLike, **kw: bool) -> Path:
        return write_rdf(data, path, fmt, **kw)
    write.__name__ = f"write_{fmt}"
    write.__doc__ = f"Write a Dataset or Graph as {fmt} (atomic: temporary file + os.replace)."
    return write


write_turtle = _writer("ttl")
write_ntriples = _writer("nt")
write_trig = _writer("trig")
write_nquads = _writer("nq")
write_jsonld = _writer("jsonld")


def union_graph(data: Graph) -> Graph:
    """A plain Graph with every triple of a Dataset (what SHACL validation and Turtle see)."""
    g = bind_prefixes(Graph())
    for s, p, o, _ in _rdflib_quads(data):
        g.add((s, p, o))
    return g
