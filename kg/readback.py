"""Claim records read back from the RDF store.

The store is the source of truth once several builds have added to it; exports that are not
RDF (claims.jsonl, GraphML, GEXF, the HTML explorer) are made from the claims this module
reads out of it, so they always show everything the store holds, not only the last build.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.claims.model import Actor, Claim, Evidence, TimeSpan
from kg.vocab import ONTOLOGY_NS, WIKIDATA_NS, load_relations

_PREFIXES = f"""
PREFIX kg: <{ONTOLOGY_NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
"""

# Selective patterns first (every claim node), optional details after.
CLAIMS_QUERY = _PREFIXES + """
SELECT ?claim ?s ?p ?o ?modality ?conf ?point ?start ?end ?prec ?fromText ?claimant ?loc ?disputes ?ssec ?osec
WHERE {
  ?claim a kg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:modality ?modality .
  OPTIONAL { ?claim kg:confidence ?conf }
  OPTIONAL { ?claim kg:pointInTime ?point }
  OPTIONAL { ?claim kg:startTime ?start }
  OPTIONAL { ?claim kg:endTime ?end }
  OPTIONAL { ?claim kg:timePrecision ?prec }
  OPTIONAL { ?claim kg:timeFromText ?fromText }
  OPTIONAL { ?claim prov:wasAttributedTo ?claimant }
  OPTIONAL { ?claim kg:location ?loc }
  OPTIONAL { ?claim kg:disputes ?disputes }
  OPTIONAL { ?claim kg:subjectSector ?ssec }
  OPTIONAL { ?claim kg:objectSector ?osec }
}"""

EVIDENCE_QUERY = _PREFIXES + """
SELECT ?claim ?quote ?start ?end ?trigger ?conf ?docid ?source ?url ?title ?published ?publisher
WHERE {
  ?claim a kg:Claim ; kg:evidence ?ev .
  ?ev oa:hasTarget ?target .
  ?target oa:hasSource ?article .
  ?target oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote .
  ?target oa:hasSelector ?ps . ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  OPTIONAL { ?ev kg:trigger ?trigger }
  OPTIONAL { ?ev kg:confidence ?conf }
  OPTIONAL { ?article schema:identifier ?docid }
  OPTIONAL { ?article kg:source ?source }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article schema:publisher ?publisher }
}"""

ACTORS_QUERY = _PREFIXES + """
SELECT ?a ?label ?type ?country WHERE {
  { SELECT DISTINCT ?a WHERE { { ?c rdf:subject ?a } UNION { ?c rdf:object ?a } UNION
                               { ?c prov:wasAttributedTo ?a } UNION { ?c kg:location ?a } } }
  OPTIONAL { ?a rdfs:label ?label }
  OPTIONAL { ?a a ?type . FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?type != kg:Actor) }
  OPTIONAL { ?a kg:country ?country }
}"""

_PRECISION = {"8": "decade", "9": "year", "10": "month", "11": "day"}
_CUT = {"decade": 4, "year": 4, "month": 7, "day": 10}


def _v(term: Any) -> str | None:
    return None if term is None else term.value


def _cut(iso: str | None, precision: str) -> str | None:
    return None if iso is None else iso[: _CUT[precision]]


def _timespan(row: Any, published: str | None) -> TimeSpan | None:
    if _v(row["fromText"]) == "false":
        return TimeSpan(published, published, "day", from_text=False) if published else None
    precision = _PRECISION.get(_v(row["prec"]) or "", "day")
    point = _v(row["point"])
    start, end = (point, point) if point else (_v(row["start"]), _v(row["end"]))
    if start is None:
        return None
    if end is None:  # open-ended ("since 2006", still going): kept open, as the claim key has it
        return TimeSpan(_cut(start, precision), "", precision)
    if precision == "decade" and end == start:  # a decade is written as its first day
        end = str(int(start[:4]) + 9)
    return TimeSpan(_cut(start, precision), _cut(end, precision), precision)


def read_claims(store: Any) -> list[Claim]:
    """Every claim in a :class:`kg.store.Store` (or a ``pyoxigraph.Store``), with its evidence."""
    ox = getattr(store, "oxigraph", store)
    query = ox.query
    actors: dict[str, Actor] = {}
    for row in query(ACTORS_QUERY):
        iri = _v(row["a"])
        label = _v(row["label"]) or iri.rsplit("/", 1)[-1]
        typ = (_v(row["type"]) or ONTOLOGY_NS + "Actor")[len(ONTOLOGY_NS):]
        if iri in actors and actors[iri].type != "Actor":
            continue
        wikidata = iri[len(WIKIDATA_NS):] if iri.startswith(WIKIDATA_NS) else None
        actors[iri] = Actor(iri, label, typ, _v(row["country"]), wikidata)

    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for row in query(EVIDENCE_QUERY):
        evidence[_v(row["claim"])].append(Evidence(
            doc=_v(row["docid"]) or "", sentence=_v(row["quote"]) or "", start=int(_v(row["start"])),
            end=int(_v(row["end"])), source=_v(row["url"]) or _v(row["source"]), title=_v(row["title"]),
            published=_v(row["published"]), publisher=_v(row["publisher"]), trigger=_v(row["trigger"]),
            confidence=float(_v(row["conf"]) or 1.0)))

    relations = load_relations()
    claims: dict[str, Claim] = {}
    for row in query(CLAIMS_QUERY):
        iri = _v(row["claim"])
        if iri in claims:
            continue
        rel_key = _v(row["p"])[len(ONTOLOGY_NS):]
        rel = relations.get(rel_key)
        if rel is None:
            continue  # reference facts (kg:headOf, kg:memberOf) are not relation claims
        evs = sorted(evidence.get(iri, []), key=lambda e: (e.published or "", e.doc, e.start))
        published = min((e.published for e in evs if e.published), default=None)
        subj = actors[_v(row["s"])]
        obj = actors[_v(row["o"])]
        if _v(row["ssec"]):
            subj = Actor(subj.id, subj.label, subj.type, subj.country, subj.wikidata, _v(row["ssec"]))
        if _v(row["osec"]):
            obj = Actor(obj.id, obj.label, obj.type, obj.country, obj.wikidata, _v(row["osec"]))
        disputes = _v(row["disputes"])
        claims[iri] = Claim(
            subject=subj, relation=rel_key, category=rel.category, object=obj,
            date=_timespan(row, published), modality=_v(row["modality"])[len(ONTOLOGY_NS):].lower(),
            attributed_to=actors.get(_v(row["claimant"]) or ""), location=actors.get(_v(row["loc"]) or ""),
            confidence=float(_v(row["conf"]) or 0.0), evidence=evs,
            disputes=disputes.rsplit("/", 1)[-1] if disputes else None)
    return sorted(claims.values(), key=lambda c: (c.evidence[0].published or "", c.evidence[0].doc,
                                                   c.evidence[0].start) if c.evidence else ("", "", 0))
