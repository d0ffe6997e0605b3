"""Actor recognition and resolution: the ``geokg_actors`` spaCy component.

Every actor mention in a document becomes a span in ``doc._.actor_mentions`` whose
``span._.actor`` is a canonical :class:`~kg.claims.model.Actor`.  Sources of mentions, in
order of trust:

1. the gazetteer (``ontology/actors/*.yaml``) through a ``PhraseMatcher``: names, aliases,
   metonyms ("the Kremlin" -> Russia), demonyms ("Russian" -> Russia), short names ("Kim");
2. titles resolved to the office holder at the article's date ("the Russian president");
3. spaCy's named entities the gazetteer does not know (people, organisations, places),
   with misspelt names matched to the gazetteer ("Vadimir Putin" -> Vladimir Putin) and
   short names resolved within the document ("Lukin" -> Artyom Lukin);
4. "the <ref>" ("the council", "the North"), a ``refs`` noun of an actor the document has
   already named ("the UN Security Council ... the council").

``resolve_head`` then tells the claim extractor which actor(s) a noun phrase stands for,
including agent nouns with a country modifier ("Russian officials" -> Russia, sector GOV).
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.claims.model import Actor
from kg.vocab import ActorEntry, Gazetteer, load_gazetteer, load_lexicon, mint_iri, normal

# Mention kinds, from most to least specific.
NAME, METONYM, DEMONYM, SHORT, TITLE, ENTITY = "name", "metonym", "demonym", "short", "title", "entity"
REFERENCE = "reference"  # "the council" after "the UN Security Council"

#: The word classes read here are data: ``ontology/lexicon.yaml`` says what each does.
LEX = load_lexicon()
PRONOUNS_PERSON = LEX.person_pronouns
PRONOUNS_GROUP = LEX.group_pronouns
_NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location"}


def _register_extensions() -> None:
    if not Doc.has_extension("actor_mentions"):
        Doc.set_extension("actor_mentions", default=None)
        Doc.set_extension("published", default=None)
        Doc.set_extension("meta", default=None)
        Doc.set_extension("mention_at", default=None)
        Span.set_extension("actor", default=None)
        Span.set_extension("mention_kind", default=None)


_register_extensions()


@dataclass(frozen=True)
class Resolved:
    """An actor that a noun phrase stands for, and how sure the resolution is."""

    actor: Actor
    token: Token  # the token the actor was found at (for evidence offsets and modifiers)
    confidence: float = 1.0


class ActorResolver:
    """Finds and resolves actor mentions; one instance per pipeline (it compiles matchers)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, fuzzy_cutoff: float = 0.88,
                 use_entities: bool = True) -> None:
        self.gaz = gazetteer
        self.fuzzy_cutoff = fuzzy_cutoff
        self.use_entities = use_entities
        self.case_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.ref_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._refs: dict[str, list[tuple[str, str]]] = {}  # match id -> [(ref as written, key)]
        self._forms: dict[str, list[tuple[str, str]]] = {}  # match id -> [(kind, key)]
        self._person_names: dict[str, str] = {}  # normal(name) -> key, for fuzzy matching
        self._title_kinds: dict[str, str] = {}  # normal(title words) -> title key
        self._names_by_initial: dict[str, list[str]] = {}  # surname initial -> normal(names)
        self._build(nlp)

    # -- set-up ---------------------------------------------------------------------------
    def _build(self, nlp: Language) -> None:
        case_patterns: dict[str, list[Doc]] = {}
        lower_patterns: dict[str, list[Doc]] = {}
        for e in self.gaz.entries.values():
            for kind, forms in ((NAME, (e.label, *e.aliases)), (METONYM, e.metonyms), (DEMONYM, e.demonyms),
                                (SHORT, e.short)):
                for form in forms:
                    form = form.strip()
                    if form.lower().startswith("the "):
                        form = form[4:]
                    if not form:
                        continue
                    # Short or all-caps forms and single-word demonyms/short names match case-sensitively,
                    # so "US" is not "us", "WHO" is not "who", "Kim" is not "kim".
                    case = len(form) <= 4 or form.isupper() or kind in (DEMONYM, SHORT) or " " not in form
                    label = ("C:" if case else "L:") + form.lower()
                    self._forms.setdefault(label, [])
                    if (kind, e.key) not in self._forms[label]:
                        self._forms[label].append((kind, e.key))
                    (case_patterns if case else lower_patterns).setdefault(label, []).append(nlp.make_doc(form))
                    if e.type == "Person" and kind == NAME:
                        self._person_names[normal(form)] = e.key
        for label, docs in case_patterns.items():
            self.case_matcher.add(label, docs)
        for label, docs in lower_patterns.items():
            self.lower_matcher.add(label, docs)
        for name in self._person_names:
            self._names_by_initial.setdefault(name.split()[-1][:1], []).append(name)
        for key, spec in (self.gaz.titles or {}).items():
            for words in (spec or {}).get("words", []):
                self._title_kinds[normal(words)] = key
                self.title_matcher.add("T:" + normal(words), [nlp.make_doc(words)])
        for e in self.gaz.entries.values():
            for ref in e.refs:
                label = "R:" + ref.lower()
                if label not in self._refs:
                    self.ref_matcher.add(label, [nlp.make_doc("the " + ref)])
                self._refs.setdefault(label, []).append((ref, e.key))

    # -- the component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        day = _doc_day(doc)
        spans = self._gazetteer_spans(doc, day)
        spans += self._title_spans(doc, day, spans)
        spans = filter_spans(spans)
        spans += self._reference_spans(doc, spans)
        if self.use_entities:
            spans = self._add_entities(doc, spans, day)
        spans = _add_acronyms(doc, spans)
        spans.sort(key=lambda s: s.start)
        doc._.actor_mentions = spans
        doc._.mention_at = {i: s for s in spans for i in range(s.start, s.end)}
        return doc

    def _gazetteer_spans(self, doc: Doc, day: dt.date) -> list[Span]:
        """Longest gazetteer matches, each resolved to one actor (or dropped when ambiguous)."""
        found: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for matcher in (self.case_matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                found.setdefault((start, end), []).extend(self._forms[doc.vocab.strings[match_id]])
        spans = filter_spans([Span(doc, s, e) for (s, e) in found])
        full_names = {key for sp in spans for kind, key in found[(sp.start, sp.end)] if kind == NAME}
        out = []
        for sp in spans:
            choices = found[(sp.start, sp.end)]
            entry = self._pick(choices, day, full_names)
            if entry is None:
                continue
            kinds = [kind for kind, key in choices if key == entry.key]
            sp._.mention_kind = NAME if NAME in kinds else kinds[0]
            sp._.actor = entry.actor()
            out.append(sp)
        return out

    def _pick(self, choices: list[tuple[str, str]], day: dt.date, in_doc: set[str]) -> ActorEntry | None:
        """Choose among the actors a form may name: prefer those named in full in the document,
        then those valid (in office, existing) on the article's date."""
        # One actor may list the same form under two kinds (an alias that is also its short name):
        # it is still one candidate, and a full name wins over a short one.
        entries = list({k: self.gaz.entries[k] for _, k in choices if k in self.gaz.entries}.values())
        if not entries:
            return None
        if len(entries) == 1:
            only = entries[0]
            if all(kind == SHORT for kind, _ in choices) and only.key not in in_doc and not _active(only, day):
                return None  # a bare surname of someone not named and not in office: too risky
            return only
        named = [e for e in entries if e.key in in_doc]
        active = [e for e in entries if _active(e, day)]
        short = all(k == SHORT for k, _ in choices)
        # A surname goes to whoever the document names in full; a capital or demonym to the
        # actor that exists at the article's date ("Moscow" in 2023 is Russia, not the USSR).
        # A state that existed only for a period is the one meant during that period: "the
        # Kremlin" in 1983 is the Soviet Union, though Russia (no end date) also carries the name.
        bounded = [e for e in active if e.valid_end is not None and e.type == "State"]
        for pool in ((named, [e for e in named if _active(e, day)], active) if short else
                     (active, [e for e in active if e.key in in_doc], bounded, named)):
            if len(pool) == 1:
                return pool[0]
        return None if short else (active or entries)[0]

    def _title_spans(self, doc: Doc, day: dt.date, taken: list[Span]) -> list[Span]:
        """"the Russian president" / "Germany's chancellor" / "his Indian counterpart" -> office holder."""
        taken_tokens = {i for s in taken for i in range(s.start, s.end)}
        out: list[Span] = []
        for match_id, start, end in self.title_matcher(doc):
            head = doc[end - 1]
            if head.head.pos_ == "PROPN" and head.dep_ in ("compound", "appos") or \
               any(c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in head.children):
                continue  # "President Vladimir Putin": the name itself is the mention
            if any(i in taken_tokens for i in range(start, end)):
                continue
            title_key = self._title_kinds.get(doc.vocab.strings[match_id][2:])
            country = self._modifier_state(head, taken, start)
            if not title_key or not country:
                continue
            holder = self.gaz.office_holder(title_key, country, day)
            if holder is not None:
                span = Span(doc, _np_start(doc[start]), end)
                span._.mention_kind = TITLE
                span._.actor = holder.actor()
                out.append(span)
        return out

    def _reference_spans(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """"the council", "the North": news names an actor once and then refers back to it by a
        noun (its ``refs``), so the noun is that actor only when the document has already named
        it, and the one named most recently when several share the noun ("the council" after the
        Security Council and then the Human Rights Council is the latter).  A ref written with a
        capital matches only capitalised ("the North", not "fighting in the north")."""
        used = {i for s in taken for i in range(s.start, s.end)}
        last_named: dict[str, list[int]] = {}  # key -> starts of its mentions by name
        for s in taken:
            key = self.gaz.key_of(s._.actor.id) if s._.mention_kind == NAME and s._.actor else None
            if key is not None:
                last_named.setdefault(key, []).append(s.start)
        out: list[Span] = []
        for match_id, start, end in sorted(self.ref_matcher(doc), key=lambda m: m[1]):
            if any(i in used for i in range(start, end)) or not _heads_own_phrase(doc[end - 1]):
                continue
            written = doc[start + 1:end].text
            keys = [key for ref, key in self._refs[doc.vocab.strings[match_id]] if ref.islower() or written == ref]
            key = _latest_named(keys, last_named, start)
            if key is None:
                continue
            span = Span(doc, start + 1, end)
            span._.mention_kind = REFERENCE
            span._.actor = self.gaz.entries[key].actor()
            out.append(span)
            used.update(range(start, end))
        return out

    def _modifier_state(self, head: Token, mentions: list[Span], title_start: int) -> str | None:
        """The state a title noun belongs to: "Russian"/"Russia's"/"of Russia" modifiers."""
        by_token = {i: s for s in mentions for i in range(s.start, s.end)}
        cands = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        cands += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for tok in head.doc[max(0, title_start - 3):title_start]:
            cands.append(tok)
        for tok in cands:
            span = by_token.get(tok.i)
            if span is not None and span._.actor is not None and span._.actor.type == "State":
                return self.gaz.key_of(span._.actor.id)
        return None

    def _add_entities(self, doc: Doc, spans: list[Span], day: dt.date) -> list[Span]:
        """Named entities the gazetteer missed: fuzzy-matched people, else new actors."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        persons: dict[str, Actor] = {}  # last name -> actor, for short mentions later in the doc
        for s in spans:
            if s._.actor.type == "Person" and s._.mention_kind == NAME:
                for name in _surnames(s.text):
                    persons.setdefault(name, s._.actor)
        out = list(spans)
        for ent in doc.ents:
            if ent.label_ not in _NER_TYPES or any(i in taken for i in range(ent.start, ent.end)):
                continue
            ent = _strip_det(ent)
            if ent is None:
                continue
            actor = None
            if ent.label_ in ("PERSON", "ORG", "GPE") or len(ent) == 1:
                # A surname after the full name is that person, whatever label the tagger gave
                # it ("Árbenz accused ..." tagged ORG after "President Jacobo Árbenz"; "Castillo
                # Armas's forces" after "Carlos Castillo Armas").
                actor = persons.get(ent.text.lower())
            if actor is None and ent.label_ == "PERSON":
                actor = self._fuzzy_person(ent.text)
            if actor is None:
                kind = _NER_TYPES[ent.label_]
                actor = Actor(id=mint_iri("place" if kind == "Location" else "actor", ent.text),
                              label=ent.text, type=kind, country=_country_before(ent, spans))
            if actor.type == "Person" and len(ent) > 1:
                for name in _surnames(ent.text):
                    persons.setdefault(name, actor)
            span = Span(doc, ent.start, ent.end)
            span._.mention_kind = ENTITY
            span._.actor = actor
            out.append(span)
            taken.update(range(ent.start, ent.end))
        return out

    def _fuzzy_person(self, text: str) -> Actor | None:
        """A misspelt full name of a known person ("Vadimir Putin").  Only names sharing the
        first letter of the surname are compared: difflib over every person per unknown
        entity cost more than the parse itself."""
        if len(text.split()) < 2:
            return None
        name = normal(text)
        pool = self._names_by_initial.get(name.split()[-1][:1], ())
        match = difflib.get_close_matches(name, pool, n=1, cutoff=self.fuzzy_cutoff)
        return self.gaz.entries[self._person_names[match[0]]].actor() if match else None


# -- helpers used by the claim extractor -------------------------------------------------------

def mention_of(token: Token) -> Span | None:
    """The actor mention covering this token, if any."""
    table = token.doc._.mention_at or {}
    return table.get(token.i)


def resolve_head(token: Token, gaz: Gazetteer | None = None, modifier: bool = False) -> list[Resolved]:
    """The actor(s) a noun phrase headed by ``token`` stands for.

    A head inside a mention is that actor (a bare demonym only as an adjective-less noun:
    "the Russians").  An agent noun ("officials", "jets", "troops", "allies") or a title with a
    country modifier is that country, with the agent's sector.  Pronouns resolve to a
    preceding actor of a compatible kind.  ``modifier`` is for the modifiers of an event noun,
    where a demonym adjective is the actor ("the Russian invasion").
    """
    gaz = gaz or load_gazetteer()
    span = mention_of(token)
    if span is not None and span._.actor is not None:
        kind = span._.mention_kind
        if kind == DEMONYM and token.dep_ == "amod" and not modifier:
            return []  # "the Russian city": an adjective, not an actor (unless it modifies an event)
        if kind == ENTITY and span._.actor.type == "Location" and token.ent_type_ not in ("GPE",):
            return []
        conf = {NAME: 1.0, TITLE: 0.9, METONYM: 0.95, DEMONYM: 0.85, SHORT: 0.9, ENTITY: 0.85,
                REFERENCE: 0.9}.get(kind, 0.8)
        return [Resolved(span._.actor, token, conf)]
    low = token.lower_
    if token.lemma_.lower() == "counterpart":
        holder = _counterpart(token, gaz)
        if holder is not None:
            return [holder]
    if low in PRONOUNS_PERSON or low in PRONOUNS_GROUP:
        found = _antecedent(token)
        return [found] if found else []
    pair = _pair(token)
    if pair:
        return pair
    sector = _agent_sector(token, gaz)
    if token.pos_ in ("NOUN", "PROPN"):
        # An agent noun ("Russian officials", "Turkish jets", "officials in Moscow") is its
        # country with that sector.  Any other noun stands for the country only through a
        # name or demonym that owns it ("the Soviet statement", "an American resolution",
        # "Iran's decision"), less surely: a place it happens in ("opposed Bush's troop surge
        # in Iraq") or a city naming where it is ("the Kabul office of a US aid group") does not.
        out: list[Resolved] = []
        for mod in _modifiers(token):
            if not sector and not _owns(mod, token):
                continue
            found = _modifier_actor(mod, gaz, sector)
            if found is not None:
                a = found
                actor = Actor(a.id, a.label, a.type, a.country, a.wikidata, sector=sector)
                out.append(Resolved(actor, mod, 0.85 if sector else 0.6))
        return _dedupe(out)
    return []


def _agent_sector(token: Token, gaz: Gazetteer) -> str | None:
    """The sector of an agent noun: from agents.yaml; a title word ("the president of
    Armenia", whose holder the gazetteer may not know) is government; a generic noun takes
    the sector of an agent noun compounded with it ("opposition groups", "government
    troops", "police officers")."""
    words = (token.lower_, token.lemma_.lower())
    found = next((gaz.agents[w] for w in words if w in gaz.agents), None)
    if found is None and any(w in _title_words(gaz) for w in words):
        found = "GOV"
    if found is None:
        found = next((gaz.agents[c.lower_] for c in token.children
                      if c.dep_ == "compound" and c.lower_ in gaz.agents and mention_of(c) is None), None)
    return found


_TITLE_WORDS: dict[int, frozenset[str]] = {}


def _title_words(gaz: Gazetteer) -> frozenset[str]:
    """Single-word office names of titles.yaml ("president", "premier", "king")."""
    words = _TITLE_WORDS.get(id(gaz))
    if words is None:
        words = frozenset(w.lower() for spec in gaz.titles.values() for w in (spec or {}).get("words", [])
                          if " " not in w and not w.isupper())
        _TITLE_WORDS[id(gaz)] = words
    return words


def _owns(mod: Token, noun: Token) -> bool:
    """Whether a modifier of a non-agent noun says whose it is: an adjective, compound,
    possessive or "of"/"from" object (or a conjunct of one) on the noun, other than a place
    name used as a compound ("the Kabul office", "the Moscow summit": where, not who) or the
    object of a locative preposition ("a surge in Iraq")."""
    if mod.head.head == noun and mod.head.dep_ == "amod" and mod.head.lemma_.lower() in LED_BY:
        return True  # "the Soviet-led invasion"
    first = mod if mod.head in (noun, *noun.children) else next(
        (c for c in mod.conjuncts if c.head in (noun, *noun.children)), None)
    if first is not None and first.dep_ == "pobj":
        return first.head.lower_ in ("of", "from")  # "the government of Iraq", not "a surge in Iraq"
    if first is None or first.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    span = mention_of(mod)
    return not (span is not None and span._.mention_kind == METONYM and first.dep_ != "poss")


AGENT_OWNER_TYPES = LEX.agent_owner_types
LEADER_KINDS = LEX.leader_kinds


def _modifier_actor(mod: Token, gaz: Gazetteer, sector: str | None) -> Actor | None:
    """The actor a modifier of an agent noun names: a state or organisation, or, for the
    possessor of a military noun, a person leading a state on the article's date, whose
    forces are that state's ("Gadhafi's forces", "Assad's troops").  A person who leads no
    state ("Castillo Armas's forces") stays the actor (the claim extractor falls back to the
    possessor), and so does a leader's government ("recognise Maduro's government" backs
    Maduro, not Venezuela)."""
    span = mention_of(mod)
    if span is None or span._.actor is None:
        return None
    actor = span._.actor
    if actor.type in AGENT_OWNER_TYPES:
        return actor
    key = gaz.key_of(actor.id) if actor.type == "Person" and mod.dep_ == "poss" and sector == "MIL" else None
    if key is None:
        return None
    day = _doc_day(mod.doc)
    for role in gaz.entries[key].roles:
        kind = (gaz.titles.get(role.title) or {}).get("kind", role.title)
        state = gaz.entries.get(role.of)
        if kind in LEADER_KINDS and role.holds_on(day) and state is not None and state.type == "State":
            return state.actor()
    return None


def _counterpart(token: Token, gaz: Gazetteer) -> Resolved | None:
    """"his Indian counterpart": whoever holds, in the named country on the article's date, the
    office the possessor holds ("Jaishankar and his Chinese counterpart" -> China's foreign
    minister).  None when the possessor or the office is unknown."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    state = next((mention_of(c) for c in token.children if c.dep_ in ("amod", "compound", "nmod")
                  and mention_of(c) is not None and mention_of(c)._.actor.type == "State"), None)
    if owner is None or state is None:
        return None
    found = resolve_head(owner, gaz)
    key = gaz.key_of(found[0].actor.id) if found else None
    state_key = gaz.key_of(state._.actor.id)
    if key is None or state_key is None:
        return None
    day = _doc_day(token.doc)
    for role in gaz.entries[key].roles:
        if not role.holds_on(day):
            continue
        holder = gaz.office_holder(role.title, state_key, day)
        if holder is not None:
            return Resolved(holder.actor(), token, 0.8)
    return None


LED_BY = LEX.led_by


def _modifiers(token: Token) -> Iterable[Token]:
    """Tokens that name whose agent a noun is: "Russian officials", "US and UN allies",
    "officials of Russia", "Russia's diplomats"."""
    for c in token.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
            yield c
            yield from c.conjuncts
        if c.dep_ == "amod" and c.lemma_.lower() in LED_BY:
            # "the Soviet-led invasion", "Saudi-backed forces": the leader is the modifier's modifier.
            yield from (g for g in c.children if g.dep_ in ("npadvmod", "compound", "amod"))
        if c.dep_ in ("compound", "nummod", "nmod"):
            # "Turkish F-16 jets", "Russian oil tankers": the country modifies the type word.
            yield from (g for g in c.children if g.dep_ in ("amod", "compound", "poss"))
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "throughout", "across"):
            for g in c.children:
                if g.dep_ == "pobj":
                    # "troops from the Soviet Union, Poland, Hungary and Bulgaria": every conjunct.
                    yield g
                    yield from g.conjuncts


def _antecedent(token: Token) -> Resolved | None:
    """A pronoun's antecedent: the subject of the sentence or the nearest preceding actor of a
    compatible kind (people for he/she, groups for it/they)."""
    want_person = token.lower_ in PRONOUNS_PERSON
    mentions = [s for s in token.doc._.actor_mentions or [] if s.end <= token.i and s._.actor is not None]
    def ok(s: Span) -> bool:
        t = s._.actor.type
        if s._.mention_kind == DEMONYM and s.root.dep_ == "amod":
            return False
        if t == "Location":
            return False
        return (t == "Person") == want_person
    sent = token.sent
    here = [s for s in mentions if s.start >= sent.start and ok(s)]
    subj_here = [s for s in here if s.root.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "poss" and subj_here:
        return Resolved(subj_here[0]._.actor, token, 0.75)  # "Russia ... used its veto"
    subordinate = token.head.dep_ in ("advcl", "relcl", "ccomp", "pcomp", "acl", "xcomp")
    if here and (token.dep_ != "nsubj" or subordinate):
        return Resolved(here[-1]._.actor, token, 0.7)  # "... the UNSC ... since it began"
    if subj_here:
        return Resolved(subj_here[-1]._.actor, token, 0.7)
    if here:
        return Resolved(here[-1]._.actor, token, 0.65)
    # A pronoun opening a sentence continues the previous sentence's subject.
    prev_sent = token.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev_sent is not None:
        prev = [s for s in mentions if prev_sent.start <= s.start < prev_sent.end and ok(s)]
        prev_subj = [s for s in prev if s.root.dep_ in ("nsubj", "nsubjpass")]
        if prev_subj or prev:
            return Resolved((prev_subj or prev)[0]._.actor, token, 0.65)
    return None


#: Plural nouns that, with "both" or "the two", refer back to the last two parties named.
PAIR_NOUNS = LEX.person_pair_nouns | LEX.state_pair_nouns | LEX.other_pair_nouns
PERSON_PAIR_NOUNS = LEX.person_pair_nouns
LOCATIVE_PREPS = LEX.locative_preps
PAIR_LOOKBACK = 4  # sentences
STATE_PAIR_NOUNS = LEX.state_pair_nouns


def _pair(token: Token) -> list[Resolved]:
    """"both countries", "the two sides", "both governments", "the two leaders": news names a
    pair once ("India and Pakistan", "India accused Pakistan") and then refers to it as a pair, so
    the phrase stands for the last two actors of a fitting kind (people for "leaders", states for
    "countries", any party for "sides") named together in one of the sentences before it.  The clause's own subject is skipped: in
    "Britain urged both sides to talk" Britain is not one of the sides."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or lemma not in PAIR_NOUNS:
        return []
    if not any(c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod", "predet", "preconj") for c in token.children):
        return []
    if any(c.dep_ in ("amod", "compound", "poss") and mention_of(c) is not None for c in token.children):
        return []  # "both Korean governments": the modifier says who

    def fits(span: Span) -> bool:
        actor = span._.actor
        if actor is None or actor.type == "Location":
            return False
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            return False  # "met in Simla": a place, whatever the entity label says
        if lemma in PERSON_PAIR_NOUNS:
            return actor.type == "Person"
        return actor.type == "State" if lemma in STATE_PAIR_NOUNS else actor.type != "Person"

    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = {x.i for c in (verb.children if verb is not None and token.dep_ not in ("nsubj", "nsubjpass") else ())
           if c.dep_ in ("nsubj", "nsubjpass") for x in (c, *c.conjuncts)}
    before = [s for s in token.doc._.actor_mentions or [] if s.end <= token.i and fits(s) and s.root.i not in own]
    sent_starts = sorted({s.sent.start for s in before}, reverse=True)[:PAIR_LOOKBACK]
    for start in sent_starts:
        actors: list[Actor] = []
        for span in reversed([s for s in before if s.sent.start == start]):
            if all(a.id != span._.actor.id for a in actors):
                actors.append(span._.actor)
        if len(actors) >= 2:
            return [Resolved(actors[1], token, 0.7), Resolved(actors[0], token, 0.7)]
    return []


def _dedupe(items: list[Resolved]) -> list[Resolved]:
    seen, out = set(), []
    for r in items:
        if r.actor.id not in seen:
            seen.add(r.actor.id)
            out.append(r)
    return out


def _active(e: ActorEntry, day: dt.date) -> bool:
    if e.roles:
        return any(r.holds_on(day) for r in e.roles)
    return (e.valid_start is None or e.valid_start <= day) and (e.valid_end is None or day <= e.valid_end)


def _doc_day(doc: Doc) -> dt.date:
    return doc._.published or dt.date.today()


def _latest_named(keys: list[str], named_at: dict[str, list[int]], before: int) -> str | None:
    """Of these actors, the one whose name occurs last before token ``before`` (None if none
    is named before it): a shared ref means the actor the reader met most recently."""
    last = {k: max(p for p in named_at.get(k, ()) if p < before)
            for k in keys if any(p < before for p in named_at.get(k, ()))}
    return max(last, key=last.__getitem__) if last else None


def _heads_own_phrase(token: Token) -> bool:
    """Whether a ref noun is an actor's whole noun phrase: not a modifier ("the council
    members") and not a place ("in the North", "fighting in the South")."""
    if token.dep_ in ("compound", "amod", "nmod"):
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS)


def _np_start(token: Token) -> int:
    """Start of a title's noun phrase ("the Russian president" starts at "the")."""
    left = [c.i for c in token.head.lefts if c.dep_ == "det"] if token.dep_ == "compound" else []
    left += [c.i for c in token.lefts if c.dep_ == "det"]
    return min([token.i, *left])


def _country_before(ent: Span, mentions: list[Span]) -> str | None:
    """"Nigerian President Olusegun Obasanjo", "Iraq's Foreign Ministry": the country a
    modifier inside the same noun phrase gives an actor the gazetteer does not know."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    inside = range(max(0, ent.start - 4), ent.end)
    for tok in ent.doc[max(0, ent.start - 4):ent.start]:
        m = by_token.get(tok.i)
        if m is not None and m._.actor is not None and m._.actor.type == "State" and tok.head.i in inside:
            return m._.actor.country
    return None


def _surnames(full: str) -> list[str]:
    """The endings of a full name that news uses alone after the first mention: "Carlos
    Castillo Armas" -> "castillo armas", "armas" (lower case)."""
    words = full.lower().split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


#: An acronym defined in parentheses: 2-8 capitals, digits or hyphens ("LPC", "M23", "FARC-EP").
def _is_acronym(tok: Token) -> bool:
    text = tok.text.replace("-", "")
    return 2 <= len(text) <= 8 and text.isalnum() and text.upper() == text and any(ch.isalpha() for ch in text)


def _add_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """An acronym the article defines ("the Liberian Peace Council (LPC)") names the same actor
    wherever it recurs, where the tagger would make it a new, unknown actor "LPC" or miss it.
    Mentions the gazetteer resolved by name are kept: a defined acronym never overrides them."""
    defined: dict[str, Actor] = {}
    by_end = {s.end: s for s in spans if s._.actor is not None and s._.actor.type != "Location"}
    long_forms: list[Span] = []
    for tok in doc[1:-2]:
        acro = doc[tok.i + 1]
        if tok.text != "(" or doc[tok.i + 2].text != ")" or not _is_acronym(acro):
            continue
        before = by_end.get(tok.i)
        if before is None or before.text == acro.text:
            before = _spelt_out(doc, tok.i, acro.text)
            if before is None:
                continue
            long_forms.append(before)
        defined.setdefault(acro.text, before._.actor)
    if not defined:
        return spans
    if long_forms:
        inside = {i for s in long_forms for i in range(s.start, s.end)}
        spans = [s for s in spans if not any(i in inside for i in range(s.start, s.end))] + long_forms
    out: list[Span] = []
    for s in spans:
        if s._.mention_kind == ENTITY and s.text in defined:
            s._.actor = defined[s.text]
        out.append(s)
    covered = {i for s in out for i in range(s.start, s.end)}
    for tok in doc:
        if tok.text in defined and tok.i not in covered:
            span = Span(doc, tok.i, tok.i + 1)
            span._.mention_kind = ENTITY
            span._.actor = defined[tok.text]
            out.append(span)
    return out


_ACRONYM_SKIP = LEX.acronym_skip


def _spelt_out(doc: Doc, paren: int, acronym: str) -> Span | None:
    """The capitalised words before "(ACRONYM)" whose initials spell it ("Liberian Peace
    Council (LPC)"), as a new organisation mention; None when they do not spell it."""
    letters = [ch for ch in acronym if ch.isalpha()]
    i, start = paren - 1, None
    while i >= 0 and letters:
        word = doc[i]
        if word.lower_ in _ACRONYM_SKIP and start is not None:
            i -= 1
            continue
        if not word.text[:1].isupper() or word.text[:1] != letters[-1]:
            return None
        letters.pop()
        start = i
        i -= 1
    if letters or start is None:
        return None
    span = Span(doc, start, paren)
    span._.mention_kind = NAME
    span._.actor = Actor(id=mint_iri("actor", span.text), label=span.text, type="Organization",
                         country=None)
    return span


def _strip_det(ent: Span) -> Span | None:
    start = ent.start
    while start < ent.end and ent.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    end = ent.end
    while end > start and ent.doc[end - 1].is_punct:
        end -= 1
    if end > start and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return Span(ent.doc, start, end, label=ent.label_) if end > start else None


@Language.factory(
    "geokg_actors",
    default_config={"ontology_dir": None, "fuzzy_cutoff": 0.88, "use_entities": True},
)
def make_actor_resolver(nlp: Language, name: str, ontology_dir: str | None, fuzzy_cutoff: float,
                        use_entities: bool) -> ActorResolver:
    """Registered spaCy component: ``nlp.add_pipe("geokg_actors")`` after ``ner``.

    Set ``doc._.published`` (a date) before it runs so titles and short names resolve at the
    article's date; without it, today's date is used."""
    from pathlib import Path
    gaz = load_gazetteer(Path(ontology_dir)) if ontology_dir else load_gazetteer()
    return ActorResolver(nlp, gaz, fuzzy_cutoff=fuzzy_cutoff, use_entities=use_entities)
