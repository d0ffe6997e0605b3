"""The lemma index finds exactly the matches spaCy's DependencyMatcher finds for the same
wordings (it exists only because it is faster), and wordings parse as documented."""

from __future__ import annotations

import spacy

from kg.claims.patterns import TriggerIndex, _modifiers_present, dependency_matcher, parse_wording
from kg.nlp.pipeline import DEFAULT_MODEL
from kg.vocab import load_relations

from conftest import EXAMPLES

TEXTS = [
    "Japan imposed sanctions on North Korea and Russia shot down a drone.",
    "Sanctions were imposed on Iran by the European Union.",
    "Brazil offered its support to Argentina, and Chile sided with Peru.",
    "The two leaders held talks with each other and pulled their troops out of the zone.",
    "US sanctions on Iran and the Russian invasion of Ukraine dominated the summit.",
    "Norway has been providing satellite images and other naval intelligence to Estonia.",
    "Iran supplied money and weapons to Hezbollah, and the EU imposed fines and sanctions on Minsk.",
    "Sweden has given about $60 million in military aid to Estonia and sent shipments of arms to Kyiv.",
    "Syria sent messages of support to Jordan, and the Soviet negotiator worked out the text with Britain.",
]


def test_wordings_parse_into_trigger_noun_particle_preposition():
    rel = load_relations()["sanctions"]
    spec = parse_wording(rel, "impose sanction on")
    assert (spec.lemma, spec.noun, spec.particle, spec.prep, spec.size) == ("impose", "sanction", None, "on", 3)
    spec = parse_wording(load_relations()["attacks"], "shoot down")
    assert (spec.lemma, spec.noun, spec.particle, spec.prep) == ("shoot", None, "down", None)
    spec = parse_wording(load_relations()["withdrawsFrom"], "pull out of")
    assert (spec.particle, spec.prep) == ("out", "of")


def test_index_agrees_with_dependency_matcher():
    nlp = spacy.load(DEFAULT_MODEL)
    index = TriggerIndex(load_relations())
    matcher, keys = dependency_matcher(nlp, index.specs)
    texts = TEXTS + [p.read_text() for p in EXAMPLES.glob("*.txt")]
    for doc in nlp.pipe(texts):
        want = set()
        for match_id, ids in matcher(doc):
            key = nlp.vocab.strings[match_id]
            spec = keys[key]
            if spec.kind == "noun" and not _modifiers_present(doc[ids[0]], spec.noun or ""):
                continue  # the index also checks multi-word event nouns' modifiers
            names = [node["RIGHT_ID"] for node in matcher.get(key)[1][0]]
            toks = dict(zip(names, ids))
            want.add((id(spec), toks["trigger"], toks.get("noun"), toks.get("prep")))
        # the index compares lemmas case-insensitively; the matcher does not
        got = {(id(t.spec), t.token.i, t.noun.i if t.noun is not None else None,
                t.prep.i if t.prep is not None else None) for t in index(doc)
               if t.token.lemma_ == t.token.lemma_.lower()}
        assert got == want, (doc.text[:60], got ^ want)


def test_a_light_verb_noun_is_found_in_a_coordination():
    """"providing images and intelligence to Estonia" provides intelligence to Estonia."""
    nlp = spacy.load(DEFAULT_MODEL)
    doc = nlp("Norway has been providing satellite images and other naval intelligence to Estonia.")
    found = {(t.spec.wording, t.noun.text, t.prep.text) for t in TriggerIndex(load_relations())(doc)
             if t.noun is not None and t.prep is not None}
    assert ("provide intelligence to", "intelligence", "to") in found


def test_a_spec_gives_back_its_wording():
    rels = load_relations()
    for key, wording in (("releases", "return to"), ("releases", "hand over to"), ("sanctions", "impose sanction on")):
        assert parse_wording(rels[key], wording).wording == wording
