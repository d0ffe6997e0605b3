"""Checks that the hand-annotated gold set in ``tests/data/gold`` is well formed.

The gold set is what ``kg eval`` scores extraction against, so a typo in it
(an evidence span that is not in the text, an unknown category, a reversed
date interval) silently turns into a wrong precision/recall number.  These
checks catch such slips when an article is added or edited; they only read
YAML, so they run in well under a second.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from kg.claims.model import MODALITIES, PLOVER_CATEGORIES

GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"

ARTICLE_KEYS = {"id", "title", "published", "region", "text", "claims"}
CLAIM_KEYS = {
    "subject", "relation", "category", "object", "date",
    "modality", "attributed_to", "central", "evidence",
}
REGIONS = {"Europe", "Middle East", "Africa", "Asia", "Americas", "Oceania"}
PRECISIONS = {"day", "month", "year", "decade"}
# Historical state codes the gold set may use besides current ISO 3166 alpha-3.
HISTORICAL_CODES = {"SUN", "YUG", "DDR", "CSK", "SCG"}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
ISO_PATTERN = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
    "decade": re.compile(r"^\d{3}0$"),
}


def iso(value: Any) -> str:
    """Normalise a YAML date value to an ISO string.

    Unquoted ``2015-11-24`` loads as ``datetime.date`` and ``2019`` as ``int``;
    the gold files quote their dates, but a hand edit may not, and both forms
    mean the same thing.
    """
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def load_gold(folder: Path = GOLD_DIR) -> list[dict[str, Any]]:
    """Load every ``NNN_slug.yaml`` article in *folder*, in file-name order."""
    articles = []
    for path in sorted(folder.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            doc = yaml.safe_load(fh)
        doc["_path"] = path.name
        articles.append(doc)
    return articles


ARTICLES = load_gold()
CLAIMS = [(a, c) for a in ARTICLES for c in a.get("claims") or []]


def article_id(article: dict[str, Any]) -> str:
    return article["_path"]


def claim_id(pair: tuple[dict[str, Any], dict[str, Any]]) -> str:
    article, claim = pair
    return f"{article['_path']}:{claim.get('subject')}-{claim.get('category')}-{claim.get('object')}"


def is_state_code(actor: str) -> bool:
    """True for three capital letters, which the gold set reserves for states."""
    return bool(re.fullmatch(r"[A-Z]{3}", actor))


def known_state(code: str) -> bool:
    return code in HISTORICAL_CODES or pycountry.countries.get(alpha_3=code) is not None


def span_bounds(start: str, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day an ISO string cut to *precision* covers, for ordering."""
    if precision == "day":
        d = dt.date.fromisoformat(start)
        return d, d
    if precision == "month":
        y, m = map(int, start.split("-"))
        last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(y, m, 1), last
    y = int(start)
    years = 10 if precision == "decade" else 1
    return dt.date(y, 1, 1), dt.date(y + years - 1, 12, 31)


# --- the collection as a whole -------------------------------------------

def test_enough_articles() -> None:
    assert len(ARTICLES) >= 30


def test_ids_unique() -> None:
    dupes = [k for k, n in Counter(a["id"] for a in ARTICLES).items() if n > 1]
    assert not dupes


def test_file_names_follow_pattern() -> None:
    bad = [a["_path"] for a in ARTICLES if not re.fullmatch(r"\d{3}_[a-z0-9_]+\.yaml", a["_path"])]
    assert not bad


def test_regions_and_decades_are_varied() -> None:
    regions = {a["region"] for a in ARTICLES}
    decades = {int(iso(a["published"])[:4]) // 10 * 10 for a in ARTICLES}
    assert len(regions) >= 5, regions
    assert len(decades) >= 5, decades


def test_categories_are_spread() -> None:
    """An evaluation set that never exercises a category cannot measure it."""
    used = {c["category"] for _, c in CLAIMS}
    assert set(PLOVER_CATEGORIES) <= used, set(PLOVER_CATEGORIES) - used


# --- one article at a time -----------------------------------------------

@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_article_shape(article: dict[str, Any]) -> None:
    assert ARTICLE_KEYS <= article.keys()
    assert re.fullmatch(r"gold-\d{3}", article["id"])
    assert article["id"][5:] == article["_path"][:3], "id number must match the file number"
    assert article["region"] in REGIONS
    dt.date.fromisoformat(iso(article["published"]))
    assert isinstance(article["claims"], list) and article["claims"]
    assert isinstance(article.get("batch", 1), int) and article.get("batch", 1) >= 1


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_article_length(article: dict[str, Any]) -> None:
    words = len(article["text"].split())
    assert 150 <= words <= 350, words


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_article_has_central_claim(article: dict[str, Any]) -> None:
    assert any(c["central"] for c in article["claims"])


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_no_duplicate_claims(article: dict[str, Any]) -> None:
    """The same claim twice would be counted twice by the scorer."""
    seen: set[tuple[Any, ...]] = set()
    for c in article["claims"]:
        date = c["date"] or {}
        rest = (c["modality"], c["attributed_to"], iso(date.get("start")), iso(date.get("end")))
        key = (c["subject"], c["category"], c["object"], *rest)
        assert key not in seen, key
        seen.add(key)
        if c["category"] in SYMMETRIC:
            seen.add((c["object"], c["category"], c["subject"], *rest))


# --- one claim at a time -------------------------------------------------

@pytest.mark.parametrize("pair", CLAIMS, ids=claim_id)
def test_claim_keys_and_vocabulary(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, claim = pair
    assert CLAIM_KEYS <= claim.keys()
    assert claim["category"] in PLOVER_CATEGORIES
    assert claim["modality"] in MODALITIES
    assert isinstance(claim["central"], bool)
    assert isinstance(claim["relation"], str) and claim["relation"].strip()


@pytest.mark.parametrize("pair", CLAIMS, ids=claim_id)
def test_claim_actors(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, claim = pair
    actors = [claim["subject"], claim["object"]]
    if claim["attributed_to"] is not None:
        actors.append(claim["attributed_to"])
    for actor in actors:
        assert isinstance(actor, str) and actor.strip() == actor and actor
        if is_state_code(actor):
            assert known_state(actor), f"unknown state code {actor}"
    assert claim["subject"] != claim["object"]


@pytest.mark.parametrize("pair", CLAIMS, ids=claim_id)
def test_evidence_is_in_text(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    article, claim = pair
    assert isinstance(claim["evidence"], str) and claim["evidence"].strip()
    assert claim["evidence"] in article["text"]


@pytest.mark.parametrize("pair", CLAIMS, ids=claim_id)
def test_attribution_matches_modality(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    _, claim = pair
    if claim["modality"] in ("alleged", "denied"):
        assert claim["attributed_to"], "alleged/denied claims need a claimant"
    if claim["modality"] == "asserted":
        assert claim["attributed_to"] is None


@pytest.mark.parametrize("pair", CLAIMS, ids=claim_id)
def test_claim_date(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    article, claim = pair
    date = claim["date"]
    if date is None:
        return
    assert {"start", "end", "precision"} <= date.keys()
    precision = date["precision"]
    assert precision in PRECISIONS
    start, end = iso(date["start"]), iso(date["end"])
    assert ISO_PATTERN[precision].match(start), start
    assert ISO_PATTERN[precision].match(end), end
    first, _ = span_bounds(start, precision)
    _, last = span_bounds(end, precision)
    assert first <= last
    if date.get("from_text", True) is False:
        published = iso(article["published"])
        assert (start, end, precision) == (published, published, "day")
