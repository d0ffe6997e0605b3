"""The claim record: the contract between extraction and everything downstream.

Every stage after ``claims`` (RDF, NetworkX, HTML, SPARQL, evaluation) reads
these dataclasses and nothing else, so a new extractor or a new output only has
to agree on this file.  The JSON form (``to_dict``/``from_dict``) is the public
``claims.jsonl`` format documented in the README.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "alleged", "denied", "negated", "hypothetical"]
MODALITIES: tuple[str, ...] = ("asserted", "alleged", "denied", "negated", "hypothetical")
Precision = Literal["day", "month", "year", "decade"]

PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Actor:
    """A canonical actor.  ``id`` is an IRI: Wikidata where known, else the project's."""

    id: str
    label: str
    type: str  # State, Person, Organization, InternationalOrganization, ArmedGroup, Location, ...
    country: str | None = None  # ISO 3166 alpha-3 (or a historical code such as SUN)
    wikidata: str | None = None
    sector: str | None = None  # event-data sector: GOV, MIL, BUS, ... when the mention says so

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None or k in ("country", "wikidata")}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Actor | None":
        if d is None:
            return None
        return cls(**{k: d.get(k) for k in ("id", "label", "type", "country", "wikidata", "sector")})


@dataclass(frozen=True)
class TimeSpan:
    """A date or interval.  ``start``/``end`` are ISO strings cut to the precision
    ("2019", "2023-05", "2023-03-21"); ``from_text`` is False when the date is only
    the article's published date."""

    start: str
    end: str
    precision: str  # day | month | year | decade
    from_text: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "TimeSpan | None":
        return None if d is None else cls(d["start"], d["end"], d["precision"], d.get("from_text", True))


@dataclass(frozen=True)
class Evidence:
    """One sentence in one document that supports a claim."""

    doc: str
    sentence: str
    start: int  # character offsets of the sentence in the document text
    end: int
    source: str | None = None  # path or URL
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    trigger: str | None = None  # the words that expressed the relation
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Evidence":
        keys = cls.__dataclass_fields__.keys()
        return cls(**{k: d[k] for k in keys if k in d})


@dataclass
class Claim:
    """A relation claim: subject -relation-> object, dated, with modality and evidence."""

    subject: Actor
    relation: str
    category: str
    object: Actor
    date: TimeSpan | None = None
    modality: str = "asserted"
    attributed_to: Actor | None = None
    location: Actor | None = None
    confidence: float = 1.0
    evidence: list[Evidence] = field(default_factory=list)
    disputes: str | None = None  # id of the claim a denial answers

    def key(self) -> tuple[str, ...]:
        """What makes two claims the same claim, whichever document they came from."""
        date = (self.date.start, self.date.end, self.date.precision) if self.date and self.date.from_text else ("", "", "")
        claimant = self.attributed_to.id if self.attributed_to else ""
        return (self.subject.id, self.relation, self.object.id, *date, self.modality, claimant)

    @property
    def id(self) -> str:
        return hashlib.sha1("\x1f".join(self.key()).encode("utf-8")).hexdigest()[:16]

    def merge(self, other: "Claim") -> None:
        """Add another sighting of the same claim: evidence grows, confidence aggregates."""
        seen = {(e.doc, e.start, e.end) for e in self.evidence}
        for ev in other.evidence:
            if (ev.doc, ev.start, ev.end) not in seen:
                self.evidence.append(ev)
                seen.add((ev.doc, ev.start, ev.end))
        # Independent sightings: noisy-or of the per-evidence confidences.
        miss = 1.0
        for ev in self.evidence:
            miss *= 1.0 - ev.confidence
        self.confidence = round(1.0 - miss, 4)
        if self.location is None:
            self.location = other.location
        if self.disputes is None:
            self.disputes = other.disputes

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject.to_dict(),
            "relation": self.relation,
            "category": self.category,
            "object": self.object.to_dict(),
            "date": self.date.to_dict() if self.date else None,
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "disputes": self.disputes,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        return cls(
            subject=Actor.from_dict(d["subject"]),
            relation=d["relation"],
            category=d["category"],
            object=Actor.from_dict(d["object"]),
            date=TimeSpan.from_dict(d.get("date")),
            modality=d.get("modality", "asserted"),
            attributed_to=Actor.from_dict(d.get("attributed_to")),
            location=Actor.from_dict(d.get("location")),
            confidence=float(d.get("confidence", 1.0)),
            evidence=[Evidence.from_dict(e) for e in d.get("evidence", [])],
            disputes=d.get("disputes"),
        )


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """Collapse claims with the same key into one, keeping first-seen order."""
    by_key: dict[tuple[str, ...], Claim] = {}
    for c in claims:
        k = c.key()
        if k in by_key:
            by_key[k].merge(c)
        else:
            by_key[k] = c
    return list(by_key.values())
