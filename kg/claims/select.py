"""Choosing a subset of claims: by time window, actor, category, modality and confidence.

``kg export`` narrows a large graph before writing it (an HTML explorer of a whole corpus is
slow to read; one of a single conflict is not), and the explorer's own time filter follows the
same overlap rule, so a claim that ``select_claims`` keeps for a window is the claim the page
shows for that window (with undated claims placed at their published date).

Dates are compared as closed day intervals: "2019" covers 2019-01-01..2019-12-31, so a claim
dated "2019" overlaps a window that starts on 2019-06-01.

>>> from kg.claims.model import Actor, Claim, TimeSpan
>>> kim = Actor("https://geokg.dev/id/actor/kim", "Kim Jong-un", "Person")
>>> putin = Actor("http://www.wikidata.org/entity/Q7747", "Vladimir Putin", "Person")
>>> c = Claim(kim, "metWith", "CONSULT", putin, date=TimeSpan("2019-04-25", "2019-04-25", "day"))
>>> len(select_claims([c], start="2019", end="2019")), len(select_claims([c], start="2020"))
(1, 0)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterable, Mapping, Sequence

from kg.claims.model import MODALITIES, PLOVER_CATEGORIES, Actor, Claim
from kg.vocab import normal

DateLike = str | dt.date | None

_ISO = re.compile(r"^\s*(\d{3,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def period_bounds(text: str, precision: str | None = None) -> tuple[dt.date, dt.date] | None:
    """First and last day of the period an ISO date cut to its precision names.

    "2019" -> 2019-01-01..2019-12-31, "2019-02" -> ..02-28, "2019-02-03" -> that day; a
    three-digit year ("199") or ``precision="decade"`` names a decade.  Returns None for text
    that is not such a date, so one malformed claim never breaks a whole export.
    """
    m = _ISO.match(text or "")
    if not m:
        return None
    year_s, month_s, day_s = m.groups()
    try:
        if len(year_s) == 3 or (precision == "decade" and month_s is None):
            decade = int(year_s[:3]) * 10
            return dt.date(max(decade, 1), 1, 1), dt.date(decade + 9, 12, 31)
        year = int(year_s)
        if month_s is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(month_s)
        if day_s is None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date(year, month, int(day_s))
        return day, day
    except ValueError:
        return None


def claim_interval(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The days a claim's date covers (start of its start to end of its end), or None."""
    if claim.date is None:
        return None
    first = period_bounds(claim.date.start, claim.date.precision)
    last = period_bounds(claim.date.end or claim.date.start, claim.date.precision)
    if first is None or last is None:
        return None
    lo, hi = first[0], last[1]
    return (lo, hi) if lo <= hi else (hi, lo)


def is_dated(claim: Claim) -> bool:
    """True when the text itself dates the claim (not just the article's published date)."""
    return claim.date is not None and claim.date.from_text and claim_interval(claim) is not None


def _bound(value: DateLike, *, last: bool) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    bounds = period_bounds(str(value))
    if bounds is None:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return bounds[1] if last else bounds[0]


def gazetteer_names() -> dict[str, list[str]]:
    """Names per actor IRI from the gazetteer; empty when it cannot be read, because an
    alias look-up is a convenience and selecting by label or IRI must still work."""
    try:
        from kg.vocab import load_gazetteer

        gaz = load_gazetteer()
    except (OSError, ValueError, KeyError, TypeError, ImportError):
        return {}
    return {
        e.iri: [e.key, e.label, *e.aliases, *e.metonyms, *e.demonyms]
        for e in gaz.entries.values()
    }


def _actor_matcher(actors: Iterable[str], aliases: Mapping[str, Sequence[str]] | None) -> set[str] | None:
    """The set of normal forms and IRIs that select an actor, or None when no actor is asked."""
    wanted = {a for a in actors if a and a.strip()}
    if not wanted:
        return None
    names = dict(aliases) if aliases is not None else gazetteer_names()
    keys = {a.strip() for a in wanted} | {normal(a) for a in wanted}
    for iri, forms in names.items():
        if iri in keys or any(normal(f) in keys for f in forms):
            keys.add(iri)
    return keys


def _actor_selected(actor: Actor, keys: set[str]) -> bool:
    return actor.id in keys or normal(actor.label) in keys or (actor.wikidata or "") in keys


def _category_set(categories: Iterable[str]) -> set[str] | None:
    """PLOVER categories asked for; a quad class name ("material_conflict") stands for its four."""
    chosen = {c.strip() for c in categories if c and c.strip()}
    if not chosen:
        return None
    out: set[str] = set()
    quads: dict[str, list[str]] = {}
    try:
        from kg.vocab import load_categories

        for cat in load_categories().values():
            quads.setdefault(cat.quad, []).append(cat.name)
    except (OSError, ValueError, KeyError):
        quads = {}
    for c in chosen:
        if c.upper() in PLOVER_CATEGORIES:
            out.add(c.upper())
        elif c.lower() in quads:
            out.update(quads[c.lower()])
        else:
            raise ValueError(f"unknown category {c!r}; expected one of {', '.join(PLOVER_CATEGORIES)}"
                             f" or a quad class ({', '.join(sorted(quads))})")
    return out


def _modality_set(modalities: Iterable[str]) -> set[str] | None:
    chosen = {m.strip().lower() for m in modalities if m and m.strip()}
    if not chosen:
        return None
    unknown = chosen - set(MODALITIES)
    if unknown:
        raise ValueError(f"unknown modality {sorted(unknown)}; expected some of {', '.join(MODALITIES)}")
    return chosen


def _in_window(claim: Claim, lo: dt.date | None, hi: dt.date | None) -> bool:
    """Overlap test.  A claim that only carries its article's published date is placed there:
    it was reported in the window, which is what someone narrowing an export by date wants."""
    if lo is None and hi is None:
        return True
    span = claim_interval(claim)
    if span is None:
        return False
    return (hi is None or span[0] <= hi) and (lo is None or span[1] >= lo)


def select_claims(
    claims: Iterable[Claim],
    *,
    start: DateLike = None,
    end: DateLike = None,
    actors: Iterable[str] = (),
    categories: Iterable[str] = (),
    modalities: Iterable[str] = (),
    min_confidence: float = 0.0,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> list[Claim]:
    """The claims that pass every given filter, in their original order.

    - ``start``/``end``: ISO dates ("2019", "2019-05", "2019-05-03") or ``date``s; a claim is kept
      when its date interval overlaps [start, end] (an open side is unbounded).  A claim dated
      only by its article's published date is placed there; one with no date at all is dropped
      once a window is given.
    - ``actors``: labels, aliases or IRIs; a claim is kept when its subject or object is one of
      them.  Aliases come from ``aliases`` (IRI -> names) or, when it is None, the gazetteer.
    - ``categories``: PLOVER categories or quad classes; ``modalities``: asserted, alleged, ...
    - ``min_confidence``: keep claims whose confidence is at least this.

    Raises ValueError for an unknown category, modality or malformed date, because a typo in
    a CLI option should not silently export an empty graph.
    """
    lo, hi = _bound(start, last=False), _bound(end, last=True)
    actor_keys = _actor_matcher(actors, aliases)
    cats = _category_set(categories)
    mods = _modality_set(modalities)
    out = []
    for c in claims:
        if c.confidence < min_confidence:
            continue
        if cats is not None and c.category.upper() not in cats:
            continue
        if mods is not None and c.modality not in mods:
            continue
        if actor_keys is not None and not (_actor_selected(c.subject, actor_keys) or _actor_selected(c.object, actor_keys)):
            continue
        if not _in_window(c, lo, hi):
            continue
        out.append(c)
    return out
