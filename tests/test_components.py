"""geokg's components as spaCy citizens: registered factories that any English pipeline can
add with ``nlp.add_pipe``, configured through the config, with results on Doc extensions."""

from __future__ import annotations

import datetime as dt

import spacy

import kg.claims.extract  # noqa: F401  (registers geokg_claims)
import kg.nlp.actors  # noqa: F401  (registers geokg_actors)
from kg.nlp.pipeline import DEFAULT_MODEL


def test_add_pipe_to_a_plain_pipeline_and_read_extensions():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("geokg_actors", after="ner")
    nlp.add_pipe("geokg_claims", last=True, config={"min_confidence": 0.5})
    assert nlp.get_pipe("geokg_claims").min_confidence == 0.5
    doc = nlp.make_doc("The Kremlin condemned Ukraine and Poland.")
    doc._.published = dt.date(2022, 3, 1)
    doc = nlp(doc)
    labels = {(s.text, s._.actor.label) for s in doc._.actor_mentions}
    assert ("Kremlin", "Russia") in labels
    got = {(c.subject.label, c.relation, c.object.label) for c in doc._.claims}
    assert got == {("Russia", "accuses", "Ukraine"), ("Russia", "accuses", "Poland")}
    assert all(c.confidence >= 0.5 for c in doc._.claims)


def test_claims_component_requires_actor_component():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("geokg_claims", last=True)
    try:
        nlp("France supports Germany.")
    except ValueError as exc:
        assert "geokg_actors" in str(exc)
    else:  # pragma: no cover - the assertion below explains the failure
        raise AssertionError("geokg_claims ran without geokg_actors")


def test_pipeline_config_round_trips():
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("geokg_actors", after="ner", config={"fuzzy_cutoff": 0.9})
    cfg = nlp.config["components"]["geokg_actors"]
    assert cfg["factory"] == "geokg_actors" and cfg["fuzzy_cutoff"] == 0.9
