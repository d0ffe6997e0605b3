"""An attack on a place is an attack on the state the place lies in: "jets struck targets in
Syria", "missiles hit Kharkiv", "troops seized the town of X".  Sentences of our own, through
the real spaCy model, the real gazetteer and the real GeoNames town table."""

from __future__ import annotations

import pytest

from kg.nlp.places import DOMINANCE, town_country
from test_constructions import has, triples


@pytest.mark.parametrize("name,state", [
    ("Benghazi", "LBY"),      # a large town, one country
    ("Kandahār", "AFG"),      # accents folded
    ("Mariupol", "UKR"),
    ("San Jose", None),       # towns of several countries, none dominant
    ("Hyderabad", None),      # India's and Pakistan's
    ("Tripoli", None),        # Libya's is larger than Lebanon's, but not by DOMINANCE times
    ("Bombay", "IND"),        # another name of a large town
    ("Borno", None),          # a Nigerian region, and another name of a small German town only
])
def test_a_town_names_its_state_only_when_one_country_dominates(name, state):
    assert DOMINANCE > 5.7  # Tripoli, Libya / Tripoli, Lebanon
    assert town_country(name) == state


def test_a_name_only_another_names_list_is_no_sure_town():
    """A capitalised word ("Spy" in a headline) must not become a town because GeoNames lists
    it as some town's other name; only the main name of a large town is sure on its own."""
    assert town_country("Spy", sure=True) is None
    assert town_country("Kharkiv", sure=True) == "UKR"


@pytest.mark.parametrize("sentence,doer,relation,state", [
    ("Israeli jets struck targets in Lebanon overnight.", "Israel", "attacks", "Lebanon"),
    ("American bombers hit targets in Kabul and Kandahar on Sunday.", "United States", "attacks",
     "Afghanistan"),
    ("Russian missiles hit Odesa on Monday.", "Russia", "attacks", "Ukraine"),
    ("Saudi aircraft bombed the port of Aden in Yemen.", "Saudi Arabia", "attacks", "Yemen"),
    ("Turkish artillery shelled Kurdish positions in northern Iraq.", "Turkey", "attacks", "Iraq"),
    ("Russian troops seized the town of Avdiivka in February.", "Russia", "coerces", "Ukraine"),
])
def test_an_act_on_a_place_is_one_on_the_state_it_lies_in(extract, sentence, doer, relation, state):
    claims = extract(sentence)
    assert has(claims, doer, relation, state), triples(claims)


@pytest.mark.parametrize("sentence,state", [
    # the doer's own ground: no act of a state on itself
    ("Syrian army units shelled the town of Douma outside Damascus.", "Syria"),
    # ground retaken is the state's own, whoever helps retake it
    ("Saudi troops recaptured the port of Aden in July.", "Yemen"),
])
def test_no_act_on_the_state_a_place_lies_in(extract, sentence, state):
    claims = extract(sentence)
    assert not [c for c in claims if c.object.label == state and c.category in ("ASSAULT", "COERCE")], \
        triples(claims)


def test_a_place_the_tagger_takes_for_a_person_is_still_a_place(extract):
    """"the town of X" names a place whatever the tagger made of X: no claim on X itself."""
    claims = extract("Russian troops seized the town of Avdiivka in February.")
    assert not [c for c in claims if c.object.type in ("Person", "Location")], triples(claims)
