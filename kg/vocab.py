"""Loads the knowledge analysts edit: relation vocabulary, PLOVER categories, actor gazetteer,
the extractor's word classes (lexicon).

Everything here is read from ``ontology/`` (YAML), so adding a relation wording, an alias or a
leader's term of office is a data change, never a code change.  Loaded once per process and
cached, because every stage (extraction, RDF, HTML, evaluation) consults the same vocabulary.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

import yaml

from kg.claims.model import PLOVER_CATEGORIES, Actor

def _data_dir(checkout: str, installed: str) -> Path:
    """A data folder: the checkout's top-level one (where analysts edit it), else the copy an
    installed geokg carries inside the package."""
    here = Path(__file__).resolve().parent
    top = here.parent / checkout
    return top if top.is_dir() else here / installed


ONTOLOGY_DIR = Path(os.environ.get("GEOKG_ONTOLOGY") or _data_dir("ontology", "ontology"))
QUERIES_DIR = _data_dir("examples/queries", "queries")

#: Base of every IRI the project mints; override with GEOKG_BASE_IRI to publish under your own domain.
BASE_IRI = os.environ.get("GEOKG_BASE_IRI", "https://geokg.dev/")
ONTOLOGY_NS = BASE_IRI + "ontology#"
ID_NS = BASE_IRI + "id/"
WIKIDATA_NS = "http://www.wikidata.org/entity/"

ACTOR_TYPES = ("State", "Person", "InternationalOrganization", "Organization", "ArmedGroup",
               "Location", "Company", "Media", "Group")


@dataclass(frozen=True)
class Category:
    """A PLOVER category with its quad class (verbal/material cooperation/conflict)."""

    name: str
    quad: str
    goldstein: float
    comment: str


@dataclass(frozen=True)
class Relation:
    """One relation of the vocabulary, with the wording that expresses it."""

    key: str
    label: str
    category: str
    cameo: str | None
    goldstein: float | None
    comment: str
    symmetric: bool
    verbs: tuple[str, ...]
    nouns: dict[str, tuple[str, ...]]
    with_preps: tuple[str, ...] = ("with",)
    reverse: bool = False


@dataclass(frozen=True)
class Role:
    """A dated office: ``title`` (key of titles.yaml) held ``of`` an actor key."""

    title: str
    of: str
    start: dt.date | None
    end: dt.date | None
    acting: bool = False  # an interim holder, whose term may overlap the titular holder's

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A gazetteer entry: everything known about one actor."""

    key: str
    label: str
    type: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    part_of: str | None = None
    roles: tuple[Role, ...] = ()
    valid_start: dt.date | None = None
    valid_end: dt.date | None = None
    sector: str | None = None  # an organisation's own event-data sector ("the IDF" is MIL)
    # Nouns that, after "the", refer back to this actor once the article has named it ("the
    # council" after "the UN Security Council"); not names, so never matched on their own.
    refs: tuple[str, ...] = ()
    succeeded_by: tuple[str, ...] = ()  # (historical states) the keys of what replaced it
    # (state media) the key of the state it speaks for: the annotation guide counts state media
    # as the state ("KCNA said" is North Korea speaking)
    organ_of: str | None = None

    @property
    def iri(self) -> str:
        return WIKIDATA_NS + self.wikidata if self.wikidata else ID_NS + "actor/" + slug(self.key)

    def actor(self, sector: str | None = None) -> Actor:
        return Actor(id=self.iri, label=self.label, type=self.type, country=self.country,
                     wikidata=self.wikidata, sector=sector or self.sector)


@dataclass
class Gazetteer:
    """All actors, with look-ups by key and by surface form."""

    entries: dict[str, ActorEntry]
    titles: dict[str, dict[str, Any]]
    agents: dict[str, str]
    _by_form: dict[str, list[str]] = field(default_factory=dict)
    _by_iri: dict[str, str] = field(default_factory=dict)
    _roles_of: dict[str, list[tuple[Role, str]]] = field(default_factory=dict)
    _preceded_by: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries.values():
            self._by_iri[e.iri] = e.key
            for form in (e.key, e.label, *e.aliases, *e.metonyms, *e.demonyms):
                self._by_form.setdefault(normal(form), []).append(e.key)
            for r in e.roles:
                self._roles_of.setdefault(r.of, []).append((r, e.key))
            for later in e.succeeded_by:
                self._preceded_by.setdefault(later, []).append(e.key)

    def key_of(self, iri: str) -> str | None:
        """The gazetteer key of an actor IRI (None for actors the gazetteer does not know)."""
        return self._by_iri.get(iri)

    def lookup(self, form: str) -> ActorEntry | None:
        """The actor a surface form names (key, label, alias, metonym or demonym); for a form
        that several actors share, the first listed."""
        keys = self._by_form.get(normal(form), [])
        return self.entries[keys[0]] if keys else None

    def predecessors(self, key: str) -> list[ActorEntry]:
        """The historical states a state succeeded ("RUS" -> the Soviet Union), in file order."""
        return [self.entries[k] for k in self._preceded_by.get(key, ())]

    def holders(self, title_kind: str, of: str, day: dt.date) -> list[ActorEntry]:
        """People who held an office with this title (or of this kind) for ``of`` on ``day``;
        where a titular and an acting holder overlap (Rousseff suspended, Temer acting), the
        acting one, who exercised the office."""
        found: dict[str, bool] = {}
        for r, key in self._roles_of.get(of, ()):
            kind = self.titles.get(r.title, {}).get("kind", r.title)
            if (r.title == title_kind or kind == title_kind) and r.holds_on(day):
                found[key] = found.get(key, False) or r.acting
        if len(found) > 1 and any(found.values()):
            found = {k: a for k, a in found.items() if a}
        return [self.entries[k] for k in found]

    def office_holder(self, title: str, of: str, day: dt.date) -> ActorEntry | None:
        """Who "the <country> <title>" was on ``day``: the holder of that exact title, else of an
        office of its kind; a country's "leader" without a supreme leader is its head of state,
        else its head of government.  None when it is not one person (unknown or ambiguous)."""
        kind = self.titles.get(title, {}).get("kind", title)
        tries = [title, kind] + (["head_of_state", "head_of_government"] if kind == "leader" else [])
        for t in tries:
            found = self.holders(t, of, day)
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                return None
        return None


def normal(text: str) -> str:
    """Case-, accent-light and punctuation-light normal form used for look-ups."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"[.\s]+", " ", text).strip()
    return text


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_")


def mint_iri(kind: str, label: str) -> str:
    """The IRI of an actor or place the gazetteer does not know, from its name: accents folded
    ("Árbenz" -> .../actor/Arbenz), and percent-encoded Unicode where folding would lose letters,
    so that two Cyrillic or Arabic names never collapse into one IRI."""
    decomposed = unicodedata.normalize("NFKD", label)
    folded = decomposed.encode("ascii", "ignore").decode("ascii")
    if sum(ch.isalnum() for ch in decomposed) == sum(ch.isalnum() for ch in folded) and slug(folded):
        return f"{ID_NS}{kind}/{slug(folded)}"
    return f"{ID_NS}{kind}/" + quote(re.sub(r"\s+", "_", label.strip()), safe="")


def _date(value: Any, end: bool = False) -> dt.date | None:
    """An ISO date; a partial one ("2014", "2025-07") is the first day of the period, or the
    last day when it ends a term (``end``), as ontology/actors/README.md says."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    s = str(value)
    if re.fullmatch(r"\d{4}", s):
        return dt.date(int(s), 12, 31) if end else dt.date(int(s), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = int(s[:4]), int(s[5:7])
        return dt.date(y, m, calendar.monthrange(y, m)[1]) if end else dt.date(y, m, 1)
    return dt.date.fromisoformat(s)


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if any(isinstance(v, bool) for v in value):
        # YAML reads bare on/off/yes/no as booleans: a silent "True" preposition matches nothing.
        raise ValueError(f"{list(value)!r}: quote on/off/yes/no in YAML lists (\"on\")")
    return tuple(str(v) for v in value)


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=4)
def load_categories(ontology_dir: Path = ONTOLOGY_DIR) -> dict[str, Category]:
    data = _load_yaml(ontology_dir / "plover.yaml")
    cats = {k: Category(k, v["quad"], float(v["goldstein"]), v.get("comment", "")) for k, v in data.items()}
    missing = set(PLOVER_CATEGORIES) - set(cats)
    if missing:
        raise ValueError(f"plover.yaml lacks categories: {sorted(missing)}")
    return cats


@lru_cache(maxsize=4)
def load_relations(ontology_dir: Path = ONTOLOGY_DIR) -> dict[str, Relation]:
    """Relations by key, validated against the PLOVER categories."""
    data = _load_yaml(ontology_dir / "relations.yaml")["relations"]
    cats = load_categories(ontology_dir)
    out: dict[str, Relation] = {}
    for key, d in data.items():
        if d["category"] not in cats:
            raise ValueError(f"relation {key}: unknown PLOVER category {d['category']!r}")
        out[key] = Relation(
            key=key,
            label=d.get("label", key),
            category=d["category"],
            cameo=str(d["cameo"]) if d.get("cameo") is not None else None,
            goldstein=float(d["goldstein"]) if d.get("goldstein") is not None else None,
            comment=d.get("comment", ""),
            symmetric=bool(d.get("symmetric", False)),
            verbs=_tuple(d.get("verbs")),
            nouns={str(n): _tuple(p) for n, p in (d.get("nouns") or {}).items()},
            with_preps=_tuple(d.get("with_preps")) or ("with",),
            reverse=bool(d.get("reverse", False)),
        )
    return out


Words = frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """The word classes of ``ontology/lexicon.yaml``, one field per class.

    The fields are the contract between the data and the code: every one must be in the file
    (what each does is commented there), so a renamed or misspelt class fails at load time
    instead of silently switching a rule off."""

    # attribution and modality
    report_verbs: Words
    deny_verbs: Words
    deniable_nouns: Words
    rebutting_verbs: Words
    disowning_nouns: Words
    disposition_adjectives: Words
    abstaining_words: Words
    hypothetical_governors: Words
    attempt_verbs: Words
    hypothetical_nouns: Words
    planning_verbs: Words
    modals: Words
    alleging_passives: Words
    request_governors: Words
    refuse_verbs: Words
    failure_verbs: Words
    # claim extraction
    statement_verbs: Words
    obligation_modals: Words
    refusal_modals: Words
    refusable_relations: Words
    withheld_stances: Words
    announced_stances: Words
    announced_acts: Words
    threat_verbs: Words
    offer_signals: Words
    future_signals: Words
    object_control_verbs: Words
    asking_verbs: Words
    seek_verbs: Words
    raising_verbs: Words
    stage_verbs: Words
    linking_participles: Words
    naming_verbs: Words
    judging_verbs: Words
    condemning_words: Words
    approving_words: Words
    culpability_words: Words
    held_harms: Words
    hosted_events: Words
    delegate_nouns: Words
    sending_verbs: Words
    demanded_condition_marks: Words
    deadline_verbs: Words
    deadline_units: Words
    deadline_preps: Words
    right_nouns: Words
    self_defence_verbs: Words
    wrongdoing_verbs: Words
    breakable_commitments: Words
    concern_words: Words
    concern_verbs: Words
    approval_words: Words
    concern_preps: Words
    disapproved_acts: Words
    responsibility_verbs: Words
    killing_nouns: Words
    killing_doer_verbs: Words
    harm_words: Words
    leading_verbs: Words
    intent_nouns: Words
    intent_holding_verbs: Words
    accusing_verbs: Words
    silent_refusals: Words
    undergoing_verbs: Words
    retribution_nouns: Words
    named_target_verbs: Words
    listing_nouns: Words
    meeting_spans: Words
    sequel_particles: Words
    threatening_speaker_types: Words
    forecasting_bodies: Words
    named_party_wordings: Words
    cold_tie_words: Words
    unadopted_texts: Words
    draft_words: Words
    blocking_verbs: Words
    rejecting_verbs: Words
    material_backing: Words
    helping_purposes: Words
    clash_words: Words
    verbal_parties: Words
    figurative_conflict: Words
    civilian_movers: Words
    border_nouns: Words
    predicate_nouns: Words
    subject_preps: Words
    definite: Words
    intransitive_relations: Words
    wording_preps: Words
    heading_preps: Words
    heading_categories: Words
    wording_particles: Words
    settling_verbs: Words
    public_appeals: Words
    thing_preps: Words
    target_nouns: Words
    settlement_nouns: Words
    retaking_verbs: Words
    request_nouns: Words
    command_verbs: Words
    presupposing_preps: Words
    command_platforms: Words
    place_preps: Words
    topic_preps: Words
    subject_matter_preps: Words
    refusal_nouns: Words
    tie_nouns: Words
    object_wordings: Words
    preventing_verbs: Words
    topic_nouns: Words
    force_nouns: Words
    force_wordings: Words
    peacekeeping_words: Words
    craft_nouns: Words
    quantity_nouns: Words
    removal_verbs: Words
    aid_goods: Words
    brokering_verbs: Words
    hosting_verbs: Words
    message_words: Words
    hypothetical_modifiers: Words
    hearing_verbs: Words
    envoy_nouns: Words
    receiving_verbs: Words
    departure_verbs: Words
    downfall_nouns: Words
    punitive_measures: Words
    helper_nouns: Words
    convened_events: Words
    private_sectors: Words
    # PLOVER category policy (PLOVER names)
    clause_object_categories: Words
    accusable_categories: Words
    cooperative_categories: Words
    stance_categories: Words
    hostile_categories: Words
    place_categories: Words
    conditional_threat_categories: Words
    both_party_categories: Words
    joint_event_categories: Words
    # actors
    person_pronouns: Words
    group_pronouns: Words
    agent_owner_types: Words
    leader_kinds: Words
    led_by: Words
    loyal_words: Words
    person_pair_nouns: Words
    state_pair_nouns: Words
    other_pair_nouns: Words
    locative_preps: Words
    acronym_skip: Words
    # dating
    condition_marks: Words
    purpose_heads: Words
    within_preps: Words
    time_preps: Words
    other_time_marks: Words
    gap_units: Words
    future_aux: Words
    future_governors: Words
    period_edges: Words
    # dates: offsets and records
    uncounted_offset_units: Words
    offset_later: Words
    offset_earlier: Words
    record_ordinals: Words
    record_superlatives: Words
    record_breaking_verbs: Words
    scheduling_words: Words
    ending_verbs: Words
    held_gatherings: Words
    # discourse: an act repeated by a new subject ("followed suit", "a similar embargo")
    emulation_verbs: Words
    emulation_objects: Words
    sameness_words: Words
    joining_verbs: Words
    enacting_verbs: Words
    decision_nouns: Words
    truce_nouns: Words
    fight_categories: Words
    undecided_categories: Words
    power_seizure_nouns: Words
    seizing_verbs: Words
    power_objects: Words
    test_nouns: Words
    testing_verbs: Words
    weapon_objects: Words
    act_nouns: Words
    posing_verbs: Words
    warned_fates: Words
    rebuking_senses: Words
    intangible_targets: Words
    published_things: Words
    dated_documents: Words
    # the claims that make two actors "the two sides"
    pair_side_categories: Words
    joined_demand_categories: Words
    # event noun -> the categories of claim it may refer back to ("the attack": ASSAULT, COERCE)
    event_anaphors: dict[str, Words]
    # verb form -> its lemma, where the model's lemmatizer is wrong ("staged" -> "stage")
    lemma_fixes: dict[str, str]
    noun_lemma_fixes: dict[str, str]
    arrival_predicates: Words
    suffering_verbs: Words
    purchase_words: Words
    owner_party_nouns: Words
    # "Iranian-backed", "Soviet-armed": participle form -> the verb whose relation it tells
    backing_participles: dict[str, str]


def _words(name: str, value: Any) -> Words:
    """One class's words, refusing what YAML parsed as something other than a word.  Malformed
    data is a ValueError, like every other loader's, whatever Python type YAML produced."""
    if not isinstance(value, list):
        raise ValueError(f"lexicon.yaml: class {name!r} must be a list of words, got {value!r}")  # noqa: TRY004
    for word in value:
        if isinstance(word, bool):
            # YAML reads bare on/off/yes/no as booleans: "True" would match no token.
            raise ValueError(f"lexicon.yaml: class {name!r} has the boolean {word!r}: "  # noqa: TRY004
                             f"quote on/off/yes/no (\"on\")")
        if not isinstance(word, str):
            raise ValueError(f"lexicon.yaml: class {name!r} has a non-string word {word!r}: quote it")  # noqa: TRY004
    return frozenset(value)


def _check_names(name: str, words: Iterable[str], allowed: Iterable[str]) -> None:
    unknown = sorted(set(words) - set(allowed))
    if unknown:
        raise ValueError(f"lexicon.yaml: class {name!r} has unknown names {unknown}")


def _event_anaphors(value: Any) -> dict[str, Words]:
    """``[{categories: [...], nouns: [...]}, ...]`` as noun -> categories."""
    if not isinstance(value, list):
        raise ValueError("lexicon.yaml: event_anaphors must be a list of {categories, nouns}")  # noqa: TRY004
    out: dict[str, Words] = {}
    for group in value:
        if not isinstance(group, dict) or set(group) != {"categories", "nouns"}:
            raise ValueError(f"lexicon.yaml: event_anaphors entry needs categories and nouns: {group!r}")
        cats = _words("event_anaphors", group["categories"])
        if not cats:
            # (an empty set is how a decision noun, which stands for any act, is told apart)
            raise ValueError(f"lexicon.yaml: event_anaphors entry needs at least one category: {group!r}")
        _check_names("event_anaphors", cats, PLOVER_CATEGORIES)
        for noun in _words("event_anaphors", group["nouns"]):
            out[noun] = cats
    return out


def _lemma_fixes(value: Any, name: str = "lemma_fixes") -> dict[str, str]:
    """``{form: lemma}``, both lower-case strings."""
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError(f"lexicon.yaml: {name} must map word forms to lemmas: {value!r}")
    return {k.lower(): v.lower() for k, v in value.items()}


#: lexicon classes that are not word lists
_MAPPED = ("event_anaphors", "lemma_fixes", "noun_lemma_fixes", "backing_participles")


@lru_cache(maxsize=4)
def load_lexicon(ontology_dir: Path = ONTOLOGY_DIR) -> Lexicon:
    """The extractor's word classes, validated: every class present, words strings, category
    classes naming PLOVER categories and ``agent_owner_types`` naming actor types."""
    data = _load_yaml(ontology_dir / "lexicon.yaml")
    if not isinstance(data, dict):
        raise ValueError("lexicon.yaml must map class names to word lists")  # noqa: TRY004
    wanted = [f.name for f in fields(Lexicon)]
    missing = [n for n in wanted if n not in data]
    if missing:
        raise ValueError(f"lexicon.yaml lacks word classes: {missing}")
    unknown = sorted(set(data) - set(wanted))
    if unknown:
        raise ValueError(f"lexicon.yaml has unknown word classes (misspelt?): {unknown}")
    classes: dict[str, Any] = {n: _words(n, data[n]) for n in wanted
                               if n not in _MAPPED}
    for name, words in classes.items():
        if name.endswith("_categories"):
            _check_names(name, words, PLOVER_CATEGORIES)
    _check_names("agent_owner_types", classes["agent_owner_types"], ACTOR_TYPES)
    return Lexicon(**classes, event_anaphors=_event_anaphors(data["event_anaphors"]),
                   lemma_fixes=_lemma_fixes(data["lemma_fixes"]),
                   noun_lemma_fixes=_lemma_fixes(data["noun_lemma_fixes"], "noun_lemma_fixes"),
                   backing_participles=_lemma_fixes(data["backing_participles"], "backing_participles"))


@dataclass(frozen=True)
class ActorWords:
    """The word classes of ``ontology/actors/words.yaml`` that actor resolution reads
    (honorifics, words that make a title someone other than its holder, ...): one field per
    class, all required, so a misspelt class fails at load time instead of silently switching
    a rule off.  ``ontology/actors/README.md`` says what each does."""

    honorifics: Words
    royal_honorifics: Words
    name_particles: Words
    generic_names: Words
    pact_heads: Words
    pact_names: Words
    not_holder: Words
    not_holder_after: Words
    past_holder: Words
    plural_title_skip: Words
    counterpart_nouns: Words
    relational_nouns: Words
    people_markers: Words
    plural_pronouns: Words
    pair_determiners: Words
    agent_preps: Words
    owner_preps: Words
    place_agent_sectors: Words
    group_sectors: Words
    document_nouns: Words
    authoring_verbs: Words
    drafting_verbs: Words
    country_nouns: Words
    state_body_nouns: Words
    group_name_heads: Words
    armed_group_anaphors: Words
    armed_group_name_heads: Words
    armed_group_words: Words
    organisation_anaphors: Words
    leader_body_nouns: Words
    recognition_words: Words
    controlling_verbs: Words
    document_ordinals: Words


@lru_cache(maxsize=4)
def load_actor_words(ontology_dir: Path = ONTOLOGY_DIR) -> ActorWords:
    """``ontology/actors/words.yaml``, validated: every class present, none unknown, each a
    list of lower-case words (tokens are compared by their lower-case text)."""
    data = _load_yaml(ontology_dir / "actors" / "words.yaml")
    if not isinstance(data, dict):
        raise ValueError("actors/words.yaml must map class names to word lists")  # noqa: TRY004
    wanted = [f.name for f in fields(ActorWords)]
    missing, unknown = [n for n in wanted if n not in data], sorted(set(data) - set(wanted))
    if missing or unknown:
        raise ValueError(f"actors/words.yaml: missing classes {missing}, unknown classes {unknown}")
    classes = {n: _words(n, data[n]) for n in wanted}
    # Sector classes hold agents.yaml codes (REB, OPP), every other class lower-case words.
    miscased = sorted(w for n, words in classes.items() for w in words
                      if w != (w.upper() if n.endswith("_sectors") else w.lower()))
    if miscased:
        raise ValueError(f"actors/words.yaml: words in lower case, sector codes in capitals: {miscased}")
    return ActorWords(**classes)


def _entry(d: dict[str, Any], source: Path) -> ActorEntry:
    for req in ("key", "label", "type"):
        if not d.get(req):
            raise ValueError(f"{source.name}: an entry lacks {req!r}: {d!r}")
    valid = d.get("valid") or {}
    roles = tuple(
        Role(title=str(r["title"]), of=str(r["of"]), start=_date(r.get("start")), end=_date(r.get("end"), end=True),
             acting=bool(r.get("acting", False)))
        for r in (d.get("roles") or [])
    )
    return ActorEntry(
        key=str(d["key"]), label=str(d["label"]), type=str(d["type"]),
        country=d.get("country"), wikidata=d.get("wikidata"),
        aliases=_tuple(d.get("aliases")), metonyms=_tuple(d.get("metonyms")),
        demonyms=_tuple(d.get("demonyms")), short=_tuple(d.get("short")),
        part_of=d.get("part_of"), roles=roles,
        valid_start=_date(valid.get("start")), valid_end=_date(valid.get("end"), end=True),
        sector=d.get("sector"), refs=_tuple(d.get("refs")), succeeded_by=_tuple(d.get("succeeded_by")),
        organ_of=d.get("organ_of"),
    )


@lru_cache(maxsize=4)
def load_gazetteer(ontology_dir: Path = ONTOLOGY_DIR) -> Gazetteer:
    """Every actor file in ``ontology/actors/`` (files are lists of entries)."""
    actors_dir = ontology_dir / "actors"
    entries: dict[str, ActorEntry] = {}
    for path in sorted(actors_dir.glob("*.yaml")):
        if path.name in ("titles.yaml", "agents.yaml", "words.yaml", "formations.yaml"):
            continue
        for d in _load_yaml(path) or []:
            e = _entry(d, path)
            if e.key in entries:
                raise ValueError(f"{path.name}: duplicate actor key {e.key!r}")
            entries[e.key] = e
    titles_path, agents_path = actors_dir / "titles.yaml", actors_dir / "agents.yaml"
    titles = _load_yaml(titles_path) if titles_path.exists() else {}
    agents = _load_yaml(agents_path) if agents_path.exists() else {}
    return Gazetteer(entries=entries, titles=titles or {}, agents={str(k): str(v) for k, v in (agents or {}).items()})
