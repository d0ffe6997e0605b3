"""Consistency of the actor gazetteer (ontology/actors/*.yaml).

The resolver trusts this data blindly: a name given to two actors, a role whose title
does not exist or a term that ends before it starts silently produces wrong claims.
These checks read the YAML with plain PyYAML (no spaCy), so they run in a second.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

ACTORS_DIR = Path(__file__).resolve().parents[1] / "ontology" / "actors"
MAPPING_FILES = {"titles.yaml", "agents.yaml", "words.yaml", "formations.yaml"}
ACTOR_FILES = sorted(p.name for p in ACTORS_DIR.glob("*.yaml") if p.name not in MAPPING_FILES)

ACTOR_TYPES = {"State", "Person", "InternationalOrganization", "Organization", "ArmedGroup",
               "Location", "Company", "Media"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "OPP", "REB", "UAF", "CVL", "EDU", "HLH",
           "REF", "IGO", "NGO", "SPY", "ELI", "LAB", "REL", "CRM", "AGR"}
#: State keys that are not current ISO 3166-1 codes, as documented in the README.
NON_ISO_STATE_KEYS = {"XKX", "SUN", "YUG", "SCG", "CSK", "DDR", "VDR", "BRD", "RVN", "OTT"}
#: Offices held by one person at a time: two holders on the same day is a data error
#: (a handover may take a few days; an acting holder may overlap a suspended one).
SINGLE_SEAT = {"president", "vice_president", "prime_minister", "chancellor", "foreign_minister",
               "defence_minister", "supreme_leader", "general_secretary", "king", "queen", "emperor",
               "emir", "crown_prince", "secretary_general", "commission_president", "council_president",
               "high_representative", "director_general", "managing_director", "presidium_president"}
HANDOVER_DAYS = 3
MAX_AMBIGUOUS_NAMES = 10

UN_MEMBERS = """
    AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD
    BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL
    CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK
    DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA
    GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN
    IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
    LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX
    MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC
    NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY
    QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP
    SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN
    TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB
    ZWE
""".split()


# -- loading ------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def load(name: str) -> Any:
    with (ACTORS_DIR / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def entries() -> tuple[tuple[str, dict[str, Any]], ...]:
    """(file name, entry) for every actor entry of every actor file."""
    return tuple((name, e) for name in ACTOR_FILES for e in load(name))


@lru_cache(maxsize=None)
def by_key() -> dict[str, dict[str, Any]]:
    return {e["key"]: e for _, e in entries()}


def names_of(e: dict[str, Any]) -> list[str]:
    """The forms that must point at this actor alone (short names are ambiguous by design)."""
    return [e["label"], *(e.get("aliases") or []), *(e.get("metonyms") or []), *(e.get("demonyms") or [])]


def normal(name: str) -> str:
    """The form a matcher compares: case, a leading "the", dots and spacing do not count."""
    name = name.lower().replace("\u2019", "'")
    name = re.sub(r"^the\s+", "", name.strip())
    return re.sub(r"[.\s]+", " ", name).strip()


def bounds(value: Any, end: bool) -> dt.date:
    """A role date as a day: a partial start is its first day, a partial end its last day."""
    if isinstance(value, dt.date):
        return value
    text = str(value)
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)
    assert match, f"not an ISO date: {value!r}"
    year, month = int(match[1]), int(match[2] or (12 if end else 1))
    if not end:
        return dt.date(year, month, 1)
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def holders(title: str, of: str, day: dt.date) -> list[str]:
    """Keys of the people holding ``title`` of ``of`` on ``day`` (what a resolver asks)."""
    out = []
    for key, e in by_key().items():
        for r in e.get("roles") or []:
            end = bounds(r["end"], end=True) if "end" in r else dt.date.max
            if r["title"] == title and r["of"] == of and bounds(r["start"], end=False) <= day <= end:
                out.append(key)
    return out


def successors(key: str) -> set[str]:
    """Every actor that (transitively) replaced a historical one."""
    out: set[str] = set()
    for nxt in by_key()[key].get("succeeded_by") or []:
        out |= {nxt} | successors(nxt)
    return out


# -- files, keys, fields ------------------------------------------------------------------

@pytest.mark.parametrize("name", ACTOR_FILES)
def test_actor_file_is_a_list_of_entries(name):
    data = load(name)
    assert isinstance(data, list) and data, f"{name} must be a non-empty list of actor entries"
    assert all(isinstance(e, dict) for e in data)


def test_expected_files_exist():
    assert {"states.yaml", "organizations.yaml", "armed_groups.yaml", "people.yaml"} <= set(ACTOR_FILES)
    assert isinstance(load("titles.yaml"), dict) and isinstance(load("agents.yaml"), dict)


def test_keys_are_unique_across_files():
    seen: dict[str, str] = {}
    dupes = []
    for name, e in entries():
        if e["key"] in seen:
            dupes.append(f"{e['key']} in {seen[e['key']]} and {name}")
        seen[e["key"]] = name
    assert not dupes, dupes


def test_required_fields_and_types():
    problems = []
    for name, e in entries():
        for field in ("key", "label", "type"):
            if not isinstance(e.get(field), str) or not e[field].strip():
                problems.append(f"{name}: {e.get('key')!r} lacks {field}")
        if e.get("type") not in ACTOR_TYPES:
            problems.append(f"{name}: {e.get('key')} has type {e.get('type')!r}")
        if e.get("sector") is not None and e["sector"] not in SECTORS:
            problems.append(f"{name}: {e['key']} has sector {e['sector']!r}")
    assert not problems, problems


def test_name_lists_hold_only_strings():
    """YAML reads bare yes/no/on/off/null and numbers as non-strings: such a name matches nothing."""
    bad = []
    for _, e in entries():
        for field in ("aliases", "metonyms", "demonyms", "short", "members", "succeeded_by", "ambiguous", "refs"):
            value = e.get(field)
            if value is not None and (not isinstance(value, list) or
                                      not all(isinstance(v, str) and v.strip() for v in value)):
                bad.append(f"{e['key']}.{field} = {value!r}")
    assert not bad, bad


def test_state_keys_are_iso_alpha3_or_documented():
    iso = {c.alpha_3 for c in pycountry.countries}
    states = [e for _, e in entries() if e["type"] == "State"]
    unknown = [e["key"] for e in states if e["key"] not in iso | NON_ISO_STATE_KEYS]
    assert not unknown, f"state keys neither ISO 3166-1 nor documented: {unknown}"
    assert all(e.get("country") == e["key"] for e in states), "a state's country is itself"


def test_every_un_member_is_present():
    assert len(set(UN_MEMBERS)) == 193
    states = {e["key"] for _, e in entries() if e["type"] == "State"}
    assert not set(UN_MEMBERS) - states, sorted(set(UN_MEMBERS) - states)
    assert {"VAT", "PSE", "TWN", "XKX", "ESH", "SUN"} <= states


def test_references_point_at_known_actors():
    keys, problems = by_key(), []
    state_keys = {k for k, e in keys.items() if e["type"] == "State"}
    for _, e in entries():
        if e.get("country") is not None and e["country"] not in state_keys:
            problems.append(f"{e['key']}.country {e['country']!r} is not a state key")
        if e.get("part_of") is not None and e["part_of"] not in keys:
            problems.append(f"{e['key']}.part_of {e['part_of']!r}")
        if e.get("organ_of") is not None and e["organ_of"] not in state_keys:
            problems.append(f"{e['key']}.organ_of {e['organ_of']!r} is not a state key")
        for field in ("members", "succeeded_by"):
            problems += [f"{e['key']}.{field} {k!r}" for k in e.get(field) or [] if k not in keys]
    assert not problems, problems


def test_igos_have_no_country():
    assert all(e.get("country") is None for _, e in entries() if e["type"] == "InternationalOrganization")


# -- names ----------------------------------------------------------------------------------

def test_no_name_is_claimed_by_two_actors():
    """A name names one actor, unless a historical state shares it with its successor or
    every actor carrying it lists it as ambiguous."""
    claims: dict[str, set[str]] = defaultdict(set)
    for _, e in entries():
        for name in names_of(e):
            claims[normal(name)].add(e["key"])
    keys = by_key()
    collisions = []
    for name, owners in sorted(claims.items()):
        if len(owners) < 2:
            continue
        declared = all(name in {normal(a) for a in keys[k].get("ambiguous") or []} for k in owners)
        lineage = all(any(o in successors(k) or k in successors(o) for o in owners - {k}) for k in owners)
        if not (declared or lineage):
            collisions.append(f"{name!r}: {sorted(owners)}")
    assert not collisions, "names claimed by several actors:\n" + "\n".join(collisions)


def test_no_name_is_a_month_or_a_weekday():
    """"May" as Theresa May's short name would turn every date in May into her."""
    calendar = {dt.date(2001, m, 1).strftime("%B").lower() for m in range(1, 13)}
    calendar |= {dt.date(2001, 1, d).strftime("%A").lower() for d in range(1, 8)}
    clashes = [f"{e['key']}: {n}" for _, e in entries() for n in [*names_of(e), *(e.get("short") or [])]
               if normal(n) in calendar]
    assert not clashes, clashes


def test_ambiguous_names_are_few_and_really_shared():
    declared = [(e["key"], a) for _, e in entries() for a in e.get("ambiguous") or []]
    assert len({normal(a) for _, a in declared}) <= MAX_AMBIGUOUS_NAMES
    owners: dict[str, set[str]] = defaultdict(set)
    for _, e in entries():
        for name in names_of(e):
            owners[normal(name)].add(e["key"])
    lonely = [f"{k}: {a}" for k, a in declared if len(owners[normal(a)]) < 2]
    assert not lonely, f"listed as ambiguous but used by one actor only: {lonely}"


def test_refs_are_bare_nouns_that_name_nobody():
    """A ref is matched after "the" and only once its actor is named: written with "the" it
    would never match, and a ref that is also a name would be matched everywhere as that name."""
    names = {normal(n) for _, e in entries() for n in names_of(e)}
    problems = [f"{e['key']}: {r!r}" for _, e in entries() for r in e.get("refs") or []
                if r.lower().startswith("the ") or normal(r) in names]
    assert not problems, problems


def test_historical_entries_are_dated_and_point_forward():
    for _, e in entries():
        valid = e.get("valid")
        if valid is None:
            continue
        assert set(valid) <= {"start", "end"}, e["key"]
        if "start" in valid and "end" in valid:
            assert bounds(valid["start"], end=False) <= bounds(valid["end"], end=True), e["key"]
        if e.get("succeeded_by"):
            assert "end" in valid, f"{e['key']} has successors but no valid.end"


def test_some_everyday_names_resolve_as_news_uses_them():
    """The forms an analyst expects, on the actor they expect (a historical state may share them)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for _, e in entries():
        for name in names_of(e):
            owners[normal(name)].add(e["key"])
    expected = {"US": "USA", "U.S.": "USA", "the White House": "USA", "the Kremlin": "RUS",
                "Britain": "GBR", "Downing Street": "GBR", "DPRK": "PRK", "Pyongyang": "PRK",
                "South Korean": "KOR", "Kyiv": "UKR", "Kiev": "UKR", "Élysée": "FRA", "Tehran": "IRN",
                "Brussels": "EU", "Security Council": "UNSC", "Daesh": "ISIS", "Ansar Allah": "HOUTHIS",
                "Volodymyr Zelenskyy": "volodymyr_zelensky", "Soviet": "SUN",
                # regional and historical bodies news still names
                "OAU": "OAU", "Organisation of African Unity": "OAU", "Pacific Islands Forum": "PIF",
                "South Pacific Forum": "PIF", "SAARC": "SAARC", "ECCAS": "ECCAS", "Andean Pact": "ANDEAN_COMMUNITY",
                "Permanent Court of Arbitration": "PCA", "King Faisal of Iraq": "faisal_ii"}
    for form, key in expected.items():
        found = owners.get(normal(form), set())
        assert key in found, f"{form!r} -> {sorted(found)}, expected {key}"
        assert all(key in successors(other) for other in found - {key}), f"{form!r} -> {sorted(found)}"
    assert "brussels" not in {normal(m) for m in by_key()["BEL"].get("metonyms") or []}


# -- wikidata -------------------------------------------------------------------------------

def test_wikidata_ids_are_well_formed_and_unique():
    seen: dict[str, str] = {}
    problems = []
    for _, e in entries():
        qid = e.get("wikidata")
        if qid is None:
            continue
        if not isinstance(qid, str) or not re.fullmatch(r"Q[1-9][0-9]*", qid):
            problems.append(f"{e['key']}: {qid!r}")
        elif qid in seen:
            problems.append(f"{qid} used by {seen[qid]} and {e['key']}")
        seen[qid] = e["key"]
    assert not problems, problems


@pytest.mark.parametrize("key,qid", [("PRK", "Q423"), ("RUS", "Q159"), ("USA", "Q30"), ("CHN", "Q148"),
                                     ("KOR", "Q884"), ("UKR", "Q212"), ("SUN", "Q15180"), ("UN", "Q1065"),
                                     ("UNSC", "Q37470"), ("vladimir_putin", "Q7747"),
                                     ("kim_jong_un", "Q56226")])
def test_known_wikidata_ids(key, qid):
    assert by_key()[key].get("wikidata") == qid


# -- roles ----------------------------------------------------------------------------------

def test_roles_use_known_titles_and_actors():
    titles, keys, problems = load("titles.yaml"), by_key(), []
    for _, e in entries():
        for r in e.get("roles") or []:
            if set(r) - {"title", "of", "start", "end", "acting"} or not {"title", "of", "start"} <= set(r):
                problems.append(f"{e['key']}: malformed role {r}")
                continue
            if r["title"] not in titles:
                problems.append(f"{e['key']}: unknown title {r['title']!r}")
            if r["of"] not in keys:
                problems.append(f"{e['key']}: role of unknown actor {r['of']!r}")
    assert not problems, problems


def test_role_dates_parse_and_are_ordered():
    problems = []
    for _, e in entries():
        if e.get("roles") and e["type"] != "Person":
            problems.append(f"{e['key']}: only people hold roles")
        for r in e.get("roles") or []:
            try:
                start = bounds(r["start"], end=False)
                if "end" in r and start > bounds(r["end"], end=True):
                    problems.append(f"{e['key']}: {r} ends before it starts")
            except AssertionError as err:
                problems.append(f"{e['key']}: {err}")
    assert not problems, problems


def test_single_seat_offices_have_one_holder_at_a_time():
    seats: dict[tuple[str, str], list[tuple[dt.date, dt.date, str, bool]]] = defaultdict(list)
    for _, e in entries():
        for r in e.get("roles") or []:
            if r["title"] in SINGLE_SEAT:
                # lenient on partial dates: only the certainly-held part of a term counts
                start = bounds(r["start"], end=True) if not isinstance(r["start"], dt.date) else r["start"]
                end = r.get("end", dt.date.max)
                end = bounds(end, end=False) if not isinstance(end, dt.date) else end
                seats[(r["title"], r["of"])].append((start, end, e["key"], bool(r.get("acting"))))
    clashes = []
    for (title, of), terms in seats.items():
        terms.sort()
        for i, a in enumerate(terms):
            for b in terms[i + 1:]:
                overlap = (min(a[1], b[1]) - max(a[0], b[0])).days
                if overlap > HANDOVER_DAYS and a[2] != b[2] and not (a[3] or b[3]):
                    clashes.append(f"{title} of {of}: {a[2]} and {b[2]} ({overlap} days)")
    assert not clashes, clashes


@pytest.mark.parametrize("title,of,day,who", [
    ("president", "RUS", "2015-06-01", "vladimir_putin"),
    ("prime_minister", "RUS", "2010-06-01", "vladimir_putin"),
    ("president", "RUS", "2010-06-01", "dmitry_medvedev"),
    ("chancellor", "DEU", "2017-06-01", "angela_merkel"),
    ("chancellor", "DEU", "2022-06-01", "olaf_scholz"),
    ("chancellor", "DEU", "2025-06-01", "friedrich_merz"),
    ("president", "USA", "2025-06-01", "donald_trump"),
    ("president", "USA", "2022-06-01", "joe_biden"),
    ("prime_minister", "GBR", "2024-08-01", "keir_starmer"),
    ("supreme_leader", "PRK", "2023-03-25", "kim_jong_un"),
    ("supreme_leader", "PRK", "2005-01-01", "kim_jong_il"),
    ("foreign_minister", "RUS", "2020-01-01", "sergei_lavrov"),
    ("secretary_general", "UN", "2010-01-01", "ban_ki_moon"),
    ("secretary_general", "NATO", "2020-01-01", "jens_stoltenberg"),
])
def test_dated_roles(title, of, day, who):
    assert holders(title, of, dt.date.fromisoformat(day)) == [who]


def test_open_roles_belong_to_people_alive_in_office():
    """An open-ended role is a claim about today: nobody holds two open single-seat offices."""
    open_seats: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, e in by_key().items():
        for r in e.get("roles") or []:
            if "end" not in r and r["title"] in SINGLE_SEAT:
                open_seats[(r["title"], r["of"])].append(key)
    assert not {s: k for s, k in open_seats.items() if len(k) > 1}


# -- titles and agents ----------------------------------------------------------------------

def test_titles_have_a_kind_and_words_naming_one_title():
    seen: dict[str, str] = {}
    problems = []
    for key, spec in load("titles.yaml").items():
        if not isinstance(spec, dict) or not isinstance(spec.get("kind"), str):
            problems.append(f"{key}: needs a kind")
            continue
        words = spec.get("words")
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{key}: needs words (strings)")
            continue
        for w in words:
            if w.lower() in seen and seen[w.lower()] != key:
                problems.append(f"{w!r} names both {seen[w.lower()]} and {key}")
            seen[w.lower()] = key
    assert not problems, problems


def test_generic_title_words_reach_every_title_of_their_kind():
    """"leader", "head", "monarch" are title keys that are also kinds (see README)."""
    titles = load("titles.yaml")
    kinds = {spec["kind"] for spec in titles.values()}
    for generic in ("leader", "head", "monarch"):
        assert generic in titles and generic in kinds and titles[generic]["kind"] == generic


def test_agents_map_nouns_to_sectors():
    agents = load("agents.yaml")
    assert len(agents) >= 300
    bad = {k: v for k, v in agents.items() if not isinstance(k, str) or v not in SECTORS}
    assert not bad, bad
    for noun, sector in {"officials": "GOV", "troops": "MIL", "jets": "MIL", "police": "COP",
                         "tankers": "BUS", "rebels": "REB", "refugees": "REF", "journalists": "MED"}.items():
        assert agents.get(noun) == sector, noun


# -- word classes ----------------------------------------------------------------------------

def test_word_classes_are_exactly_those_the_resolver_reads():
    """A class the resolver does not read is a typo, and a missing one switches a rule off."""
    from kg.vocab import ActorWords

    assert set(load("words.yaml")) == {f.name for f in dataclasses.fields(ActorWords)}


def test_word_classes_are_lists_of_lower_case_words():
    """Tokens are compared by their lower-case text, so a capitalised word never matches
    (sector classes hold capitalised codes); YAML turns a bare on/off/yes/no into a boolean,
    which matches nothing either."""
    problems = []
    for name, words in load("words.yaml").items():
        if not isinstance(words, list) or not words:
            problems.append(f"{name}: must be a non-empty list")
            continue
        case = str.upper if name.endswith("_sectors") else str.lower
        problems += [f"{name}: {w!r}" for w in words if not isinstance(w, str) or w != case(w) or not w.strip()]
        problems += [f"{name}: {w!r} twice" for w in set(words) if words.count(w) > 1]
    assert not problems, problems


def test_owner_prepositions_are_agent_prepositions():
    """"the government of Iraq": a preposition that owns any noun owns an agent noun too."""
    words = load("words.yaml")
    assert set(words["owner_preps"]) <= set(words["agent_preps"])


def test_loader_refuses_a_misspelt_word_class(tmp_path):
    from kg.vocab import load_actor_words

    data = dict(load("words.yaml"))
    data["honorfics"] = data.pop("honorifics")
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "words.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match="honorfics"):
        load_actor_words(tmp_path)


def test_sector_word_classes_hold_known_sector_codes():
    words = load("words.yaml")
    for name in (n for n in words if n.endswith("_sectors")):
        assert set(words[name]) <= SECTORS, name


# -- formations.yaml -----------------------------------------------------------------------

def test_formation_word_lists_are_lower_case_words():
    data = load("formations.yaml")
    problems = []
    for name in ("nouns", "arm_nouns", "arms"):
        words = data.get(name)
        if not isinstance(words, list) or not words:
            problems.append(f"{name}: must be a non-empty list")
            continue
        problems += [f"{name}: {w!r}" for w in words if not isinstance(w, str) or w != w.lower() or " " in w]
    assert not set(data["nouns"]) & set(data["arm_nouns"]), "a noun is either plain or needs an arm word"
    assert not problems, problems


def test_known_formations_belong_to_states_the_gazetteer_has():
    """A formation stands for a state: every ``of`` key must be a state entry, or its claims
    would name nobody."""
    keys = by_key()
    problems = [f"{f['names']}: {k!r}" for f in load("formations.yaml")["known"] for k in f.get("of") or ["?"]
                if keys.get(k, {}).get("type") != "State"]
    assert not problems, problems


def test_formation_names_name_no_actor_and_one_formation():
    """A formation's name must not also be an actor's name (the actor would be matched and
    the formation lost) nor listed twice (one entry says which states it may be)."""
    actor_names = {normal(n) for _, e in entries() for n in names_of(e)}
    seen: dict[str, int] = defaultdict(int)
    for f in load("formations.yaml")["known"]:
        assert f["names"] and all(isinstance(n, str) and n.strip() for n in f["names"]), f
        for n in f["names"]:
            seen[n] += 1
    assert not [n for n in seen if normal(n) in actor_names], "formation names that are actor names"
    assert not [n for n, c in seen.items() if c > 1], "formation names listed twice"


def test_renamed_states_keep_their_current_code():
    """Historical names resolve to the state's current entry, as the gold convention has it
    ("Zaire" is the DR Congo): Southern Rhodesia is Zimbabwe, Northern Rhodesia Zambia."""
    from kg.vocab import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.lookup("Rhodesia").key == "ZWE"
    assert gaz.lookup("Northern Rhodesia").key == "ZMB"
    assert gaz.lookup("Zaire").key == "COD"
