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
   already named ("the UN Security Council ... the council");
5. bare surnames of people the document has named in full, where the tagger found no
   entity ("Begin said ..." after "Menachem Begin") or read a modal verb ("May phoned ..."
   after "Theresa May", made the verb's subject again);
6. named military formations and services ("the Seventh Fleet", "Russia's 58th Army"), which
   stand for their state with sector MIL (``ontology/actors/formations.yaml``).

An article without a published date is resolved at the component's ``default_day`` (None:
the day it runs), kept in ``doc._.actor_day`` so that every helper reads the same day.

``resolve_head`` then tells the claim extractor which actor(s) a noun phrase stands for,
including agent nouns with a country modifier ("Russian officials" -> Russia, sector GOV),
plural titles ("the presidents of Bosnia, Serbia and Croatia" -> the three holders) and
pronouns (an object pronoun is never its own clause's subject; "they" after a coordinated
subject is all of it), documents standing for their authors ("a resolution approved by the
European Parliament", and "the resolution" later in the story) and "the country" for the one
state just named.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.claims.model import Actor
from kg.nlp.places import town_country
from kg.vocab import (
    ONTOLOGY_DIR,
    ActorEntry,
    Gazetteer,
    load_actor_words,
    load_gazetteer,
    load_lexicon,
    mint_iri,
    normal,
)

# Mention kinds, from most to least specific.
NAME, METONYM, DEMONYM, SHORT, TITLE, ENTITY = "name", "metonym", "demonym", "short", "title", "entity"
REFERENCE = "reference"  # "the council" after "the UN Security Council"
FORMATION = "formation"  # "the Seventh Fleet", "Russia's 58th Army": a state's military

#: The word classes read here are data: ``ontology/lexicon.yaml`` and
#: ``ontology/actors/words.yaml`` say what each does.
LEX = load_lexicon()
WORDS = load_actor_words()
PRONOUNS_PERSON = LEX.person_pronouns
PRONOUNS_GROUP = LEX.group_pronouns
#: How close a place the tagger found must be to a state's name to be that state, misspelt.
STATE_FUZZY_CUTOFF = 0.9
#: How much less alike two surnames may be than the full names for a misspelling: a typo in a
#: surname ("Netanyau") still matches, a different surname sharing a first name does not.
SURNAME_SLACK = 0.08
#: Dependencies of a word that stands where an actor's name would (subject, object, modifier).
_NAME_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "compound", "poss", "appos")
#: A photo gallery's header as news sites print it before each caption: "Hide Caption 3 of 22
#: Photos: <gallery title> <gallery title> –".  The title, printed twice without a stop, is
#: the site's label for the gallery, not prose: parsed as one, its words become actors ("Hunt for
#: Taliban bombers" names no Jeremy Hunt) acting in the caption that follows.
_GALLERY_HEADER = re.compile(r"Hide Caption \d+ of \d+\s+Photos:(?:(?!Hide Caption)[^\n–])*–")
#: A wire story's dateline ("MOSCOW (Reuters) -", "SANAA, Yemen (AP) —", "WASHINGTON—") and
#: a photo's credit ("Image copyright EPA Image caption", "Win McNamee/Getty Images", "AP
#: Photo"): they say where the story was filed and who took the picture, so the city, state or
#: agency they name is no actor of the sentence the parser runs them into.
_DATELINE = re.compile(r"\A\s*(?:[A-Z][A-Z.'/ -]{2,}?(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*)?[ \t]*)?"
                       r"(?:\([A-Za-z. ]+\)[ \t]*)?(?:—|–|--| - )")
_PHOTO_CREDIT = re.compile(r"Image copyright [^\n]*?Image caption|(?:[A-Z][\w'-]* ){0,2}[\w'-]+/(?:AFP|AP|EPA|Reuters"
                           r"|Getty Images)(?:/Getty Images)?\b|\bAP Photo\b|\(Photo: [^)\n]*\)")

_NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location"}


def _register_extensions() -> None:
    if not Doc.has_extension("actor_mentions"):
        Doc.set_extension("actor_mentions", default=None)
        Doc.set_extension("published", default=None)
        Doc.set_extension("meta", default=None)
        Doc.set_extension("mention_at", default=None)
        Span.set_extension("actor", default=None)
        Span.set_extension("mention_kind", default=None)
    if not Doc.has_extension("actor_day"):
        # The day titles and short names were resolved at: the published date, else the
        # component's ``default_day``, else the day it ran.  Helpers read it so that one
        # document is resolved at one day throughout.
        Doc.set_extension("actor_day", default=None)


_register_extensions()


@dataclass(frozen=True)
class Resolved:
    """An actor that a noun phrase stands for, and how sure the resolution is."""

    actor: Actor
    token: Token  # the token the actor was found at (for evidence offsets and modifiers)
    confidence: float = 1.0


@dataclass(frozen=True)
class Formations:
    """Named armed services and military formations (``ontology/actors/formations.yaml``):
    not actors of their own but the military of a state, so that "the Seventh Fleet" and
    "Russia's 58th Army" give claims of the United States and Russia (sector MIL)."""

    nouns: frozenset[str] = frozenset()      # "fleet", "army": a formation after an ordinal
    arm_nouns: frozenset[str] = frozenset()  # "division": only with an arm word as well
    arms: frozenset[str] = frozenset()       # "infantry", "airborne"
    known: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()  # (names, state keys)


def load_formations(ontology_dir: Path | None = None) -> Formations:
    """The formations file of an ontology folder (no formations when it has none)."""
    path = (ontology_dir or ONTOLOGY_DIR) / "actors" / "formations.yaml"
    if not path.exists():
        return Formations()
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    words = {k: frozenset(str(w).lower() for w in data.get(k) or ()) for k in ("nouns", "arm_nouns", "arms")}
    known = []
    for item in data.get("known") or ():
        names, states = tuple(map(str, item.get("names") or ())), tuple(map(str, item.get("of") or ()))
        if not names or not states:
            raise ValueError(f"{path.name}: a known formation needs names and of: {item!r}")
        known.append((names, states))
    return Formations(known=tuple(known), **words)


class ActorResolver:
    """Finds and resolves actor mentions; one instance per pipeline (it compiles matchers)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, fuzzy_cutoff: float = 0.88,
                 use_entities: bool = True, default_day: dt.date | None = None,
                 formations: Formations | None = None) -> None:
        self.gaz = gazetteer
        self.formations = formations if formations is not None else load_formations()
        self.formation_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.fuzzy_cutoff = fuzzy_cutoff
        self.use_entities = use_entities
        #: The day an undated article is resolved at (None: the day it is processed).
        self.default_day = default_day
        self.case_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.ref_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._refs: dict[str, list[tuple[str, str]]] = {}  # match id -> [(ref as written, key)]
        self._forms: dict[str, list[tuple[str, str]]] = {}  # match id -> [(kind, key)]
        self._written: dict[str, set[tuple[str, ...]]] = {}  # "L:" match id -> forms' words as written
        self._person_names: dict[str, str] = {}  # normal(name) -> key, for fuzzy matching
        self._state_names: dict[str, str] = {}  # normal(state name) -> key, for misspelt places
        self._title_kinds: dict[str, str] = {}  # normal(title words) -> title key
        self._names_by_initial: dict[str, list[str]] = {}  # surname initial -> normal(names)
        self._build(nlp)

    # -- set-up ---------------------------------------------------------------------------
    def _build(self, nlp: Language) -> None:
        """Fill the matchers and lookup tables from the gazetteer, its titles and the
        formations, once, so that a document costs only the matching."""
        case_patterns: dict[str, list[Doc]] = {}
        lower_patterns: dict[str, list[Doc]] = {}
        for e in self.gaz.entries.values():
            for kind, forms in ((NAME, (e.label, *e.aliases)), (METONYM, e.metonyms), (DEMONYM, e.demonyms),
                                (SHORT, e.short)):
                for form in forms:
                    self._add_form(nlp, e, kind, form, case_patterns, lower_patterns)
        for label, docs in case_patterns.items():
            self.case_matcher.add(label, docs)
        for label, docs in lower_patterns.items():
            self.lower_matcher.add(label, docs)
        for name in self._person_names:
            self._names_by_initial.setdefault(name.split()[-1][:1], []).append(name)
        self._build_titles_formations_refs(nlp)

    def _add_form(self, nlp: Language, e: ActorEntry, kind: str, form: str,
                  case_patterns: dict[str, list[Doc]], lower_patterns: dict[str, list[Doc]]) -> None:
        """One written form of an actor as a pattern, without a leading "the".  Short or
        all-caps forms and single-word demonyms/short names match case-sensitively, so "US" is
        not "us", "WHO" is not "who", "Kim" is not "kim"; the others match in any case but
        remember how they are written (see ``_case_fits``).  People's and states' full names
        also go to the tables fuzzy matching reads."""
        form = form.strip()
        if form.lower().startswith("the "):
            form = form[4:]
        if not form:
            return
        case = len(form) <= 4 or form.isupper() or kind in (DEMONYM, SHORT) or " " not in form
        label = ("C:" if case else "L:") + form.lower()
        self._forms.setdefault(label, [])
        if (kind, e.key) not in self._forms[label]:
            self._forms[label].append((kind, e.key))
        pattern = nlp.make_doc(form)
        (case_patterns if case else lower_patterns).setdefault(label, []).append(pattern)
        if not case:
            self._written.setdefault(label, set()).add(tuple(t.text for t in pattern))
        if e.type == "Person" and kind == NAME:
            self._person_names[normal(form)] = e.key
        if e.type == "State" and kind == NAME and len(form) >= 5:
            self._state_names[normal(form)] = e.key

    def _build_titles_formations_refs(self, nlp: Language) -> None:
        """The title, formation and "the <ref>" matchers, each keyed back to what it names."""
        for key, spec in (self.gaz.titles or {}).items():
            for words in (spec or {}).get("words", []):
                self._title_kinds[normal(words)] = key
                self.title_matcher.add("T:" + normal(words), [nlp.make_doc(words)])
        for n, (names, _states) in enumerate(self.formations.known):
            self.formation_matcher.add(f"F:{n}", [nlp.make_doc(name) for name in names])
        for e in self.gaz.entries.values():
            for ref in e.refs:
                label = "R:" + ref.lower()
                if label not in self._refs:
                    self.ref_matcher.add(label, [nlp.make_doc("the " + ref)])
                self._refs.setdefault(label, []).append((ref, e.key))

    # -- the component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published or self.default_day or dt.date.today()
        doc._.actor_day = day
        spans = self._gazetteer_spans(doc, day)
        spans += self._title_spans(doc, day, spans)
        spans = filter_spans(spans)
        spans = self._formation_spans(doc, spans, day)
        spans += self._reference_spans(doc, spans)
        if self.use_entities:
            spans = _yield_to_full_names(doc, spans, _honorifics(self.gaz))
            spans = self._add_entities(doc, spans, day)
            spans = self._add_misspelt_states(doc, spans, day)
        spans = _add_acronyms(doc, spans)
        spans = _add_surnames(doc, spans, _honorifics(self.gaz))
        spans = _outside_gallery_headers(doc, spans)
        spans = _outside_credits(doc, spans)
        spans.sort(key=lambda s: s.start)
        _give_institutions_their_state(spans, self.gaz)
        doc._.actor_mentions = spans
        doc._.mention_at = {i: s for s in spans for i in range(s.start, s.end)}
        return doc

    def _gazetteer_spans(self, doc: Doc, day: dt.date) -> list[Span]:
        """Longest gazetteer matches, each resolved to one actor (or dropped when ambiguous)."""
        found: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for matcher in (self.case_matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                if label in self._written and not any(_case_fits(doc[start:end], w) for w in self._written[label]):
                    continue
                found.setdefault((start, end), []).extend(self._forms[label])
        spans = filter_spans([Span(doc, s, e) for (s, e) in found])
        full_names = {key for sp in spans for kind, key in found[(sp.start, sp.end)] if kind == NAME}
        out = []
        for sp in spans:
            choices = found[(sp.start, sp.end)]
            entry = self._pick(choices, day, full_names)
            if entry is None and all(kind == SHORT for kind, _ in choices):
                entry = self._titled(choices, self._title_before(doc, sp.start))
            if entry is None:
                continue
            kinds = [kind for kind, key in choices if key == entry.key]
            sp._.mention_kind = NAME if NAME in kinds else kinds[0]
            sp._.actor = acting_actor(entry, self.gaz, day)
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

    def _title_before(self, doc: Doc, start: int) -> str | None:
        """The title key of office words written right before a name ("President Obama",
        "Prime Minister May"), if any."""
        for n in (3, 2, 1):
            if start - n >= 0:
                key = self._title_kinds.get(normal(doc[start - n:start].text))
                if key is not None:
                    return key
        return None

    def _titled(self, choices: list[tuple[str, str]], title: str | None) -> ActorEntry | None:
        """A bare surname after an office word is the one person of that surname who held the
        office, at whatever date ("President Obama" in an undated wire story); None when none
        or several did ("President Bush")."""
        if title is None:
            return None
        kind = self.gaz.titles.get(title, {}).get("kind", title)
        fits = {k for _, k in choices if k in self.gaz.entries and any(
            r.title == title or self.gaz.titles.get(r.title, {}).get("kind", r.title) == kind
            for r in self.gaz.entries[k].roles)}
        return self.gaz.entries[fits.pop()] if len(fits) == 1 else None

    def _title_spans(self, doc: Doc, day: dt.date, taken: list[Span]) -> list[Span]:
        """"the Russian president" / "Germany's chancellor" / "his Indian counterpart" -> office holder."""
        taken_tokens = {i for s in taken for i in range(s.start, s.end)}
        out: list[Span] = []
        for match_id, start, end in self.title_matcher(doc):
            head = doc[end - 1]
            if head.head.pos_ == "PROPN" and head.dep_ in ("compound", "appos") or \
               any(c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in head.children):
                continue  # "President Vladimir Putin": the name itself is the mention
            if end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
                continue  # "Secretary of State George Shultz": a name follows the title
            if any(i in taken_tokens for i in range(start, end)):
                continue
            if _not_the_holder(doc, start, end):
                continue  # "Taiwan's Vice Foreign Minister", "the former president": not the holder
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

    def _formation_spans(self, doc: Doc, spans: list[Span], day: dt.date) -> list[Span]:
        """Named formations and services ("the Seventh Fleet", "the Russian 58th Army") as
        mentions of the state whose military they are, sector MIL.  A formation the data does
        not know needs a state modifier ("Russia's", "the US") and an ordinal; a known one takes
        the modifier's state, else the state its name stands for on the article's date.  A
        formation replaces the places and demonyms inside it ("Black Sea" in "the Black Sea
        Fleet") but never a longer or other actor's name ("the Japanese Red Army")."""
        cands: dict[tuple[int, int], tuple[str, ...]] = {}
        for match_id, start, end in self.formation_matcher(doc):
            cands[(start, end)] = self.formations.known[int(doc.vocab.strings[match_id][2:])][1]
        for start, end in _formation_phrases(doc, self.formations):
            cands.setdefault((start, end), ())
        if not cands:
            return spans
        by_token = {i: s for s in spans for i in range(s.start, s.end)}
        out = list(spans)
        for cand in filter_spans([Span(doc, a, b) for a, b in cands]):
            inner = {by_token[i] for i in range(cand.start, cand.end) if i in by_token}
            if any(m.start < cand.start or m.end > cand.end or m._.actor is None or
                   m._.actor.type not in ("Location", "State") for m in inner):
                continue
            state = self._formation_state(doc, cand, cands[(cand.start, cand.end)], spans, by_token, day)
            if state is None:
                continue
            out = [m for m in out if m not in inner]
            cand._.mention_kind = FORMATION
            cand._.actor = state.actor(sector="MIL")
            out.append(cand)
        return out

    def _formation_state(self, doc: Doc, cand: Span, known: tuple[str, ...], spans: list[Span],
                         by_token: dict[int, Span], day: dt.date) -> ActorEntry | None:
        """The state a formation belongs to: the state written before it ("Russia's", "the
        U.S. Navy's"), else, for a known formation, the one of its states that exists on the
        article's date (a historical state over its successor during its lifetime), else the
        one of those the article names most; None when still undecided."""
        key = _formation_modifier(doc, cand.start, by_token, self.gaz)
        if key is not None:
            entry = self.gaz.entries.get(key)
            return entry if entry is not None and entry.type == "State" else None
        states = [self.gaz.entries[k] for k in known if k in self.gaz.entries]
        active = [e for e in states if e.type == "State" and _active(e, day)]
        later = {k for e in active for k in e.succeeded_by}
        active = [e for e in active if e.key not in later]
        if len(active) <= 1:
            return active[0] if active else None
        counts = {e.key: 0 for e in active}
        for m in spans:
            k = self.gaz.key_of(m._.actor.id) if m._.actor is not None and m._.mention_kind in (NAME, DEMONYM, METONYM) else None
            if k in counts:
                counts[k] += 1
        ranked = sorted(counts.values(), reverse=True)
        if ranked[0] == 0 or ranked[0] == ranked[1]:
            return None
        return self.gaz.entries[max(counts, key=counts.__getitem__)]

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
        sent_start = head.doc[title_start].sent.start
        for tok in head.doc[max(sent_start, title_start - 3):title_start]:
            cands.append(tok)  # "Russia's new president": never from the sentence before
        for tok in cands:
            span = by_token.get(tok.i)
            if span is not None and span._.actor is not None and span._.actor.type == "State":
                return self.gaz.key_of(span._.actor.id)
        return None

    def _add_entities(self, doc: Doc, spans: list[Span], day: dt.date) -> list[Span]:
        """Named entities the gazetteer missed: fuzzy-matched people, else new actors."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        persons = _surname_index(spans)  # last name -> actor, for short mentions later in the doc
        out = list(spans)
        for ent in doc.ents:
            if ent.label_ not in _NER_TYPES:
                continue
            if any(i in taken for i in range(ent.start, ent.end)):
                inner = _named_group_over(ent, out)
                if inner is None:
                    continue
                out = [m for m in out if m not in inner]
            ent = _ranked_person(ent, _honorifics(self.gaz)) or ent
            if ent.root.conjuncts and _names_forces_only(ent, self.gaz):
                out += _forces_of_coordinated_state(ent, out)  # "US Marines and Army Rangers"
                continue
            ent = self._trimmed_entity(ent)
            if ent is None or (_common_words(ent) and ent.text.lower() not in persons):
                continue  # (a surname of someone named in full is theirs, however tagged)
            actor = self._entity_actor(ent, persons, out, day)
            if actor.type == "Person" and len(ent) > 1:
                for name in _surnames(ent.text):
                    persons.setdefault(name, actor)
            span = Span(doc, ent.start, ent.end)
            span._.mention_kind = ENTITY
            span._.actor = actor
            out.append(span)
            taken.update(range(ent.start, ent.end))
        return out

    def _trimmed_entity(self, ent: Span) -> Span | None:
        """The entity without a leading determiner or a person's honorifics, or None when
        nothing is left or it is a generic name ("Air Force F-111") that names no actor."""
        ent = _strip_det(ent)
        if ent is not None and ent.label_ == "PERSON":
            ent = _strip_honorifics(ent, _honorifics(self.gaz))
        if ent is None or _generic_name(ent) or _names_a_pact(ent) or _in_title(ent, self.gaz):
            return None
        return ent

    def _entity_actor(self, ent: Span, persons: dict[str, Actor], mentions: list[Span], day: dt.date) -> Actor:
        """The actor an unknown entity is.  A surname after the full name is that person,
        whatever label the tagger gave it ("Árbenz accused ..." tagged ORG after "President
        Jacobo Árbenz"); else a misspelt gazetteer person or state; else a new actor."""
        actor = persons.get(ent.text.lower())
        if actor is None and ent.label_ == "PERSON":
            actor = self._fuzzy_person(ent.text)
        if actor is None and (ent.label_ in ("GPE", "LOC", "NORP") or len(ent) == 1):
            actor = self._fuzzy_state(ent.text, day)
        return actor if actor is not None else self._new_actor(ent, mentions)

    def _new_actor(self, ent: Span, mentions: list[Span]) -> Actor:
        """A new actor for an entity the gazetteer does not know, with the country the text
        gives it: for a place, the one its town lies in; else one named just before or in
        apposition, for a person one after it or the country all gazetteer bearers of its
        surname share."""
        kind = _NER_TYPES[ent.label_]
        if kind == "Organization" and len(ent) == 1 and town_country(ent.text, sure=True):
            kind = "Location"  # a large town's one-word name the tagger took for an organisation
        # a town is in the country the town table puts it in, whatever state is named beside it
        # ("Russia shelled Kharkiv" does not make Kharkiv Russian)
        town = town_country(ent.text) if kind == "Location" else None
        country = town or _country_before(ent, mentions) or _appositive_country(ent, mentions)
        if country is None and ent.label_ == "PERSON":
            country = _country_after(ent, mentions)
        if country is None and ent.label_ == "PERSON":
            country = self._surname_country(ent)
        return Actor(id=mint_iri("place" if kind == "Location" else "actor", ent.text),
                     label=ent.text, type=kind, country=country)

    def _add_misspelt_states(self, doc: Doc, spans: list[Span], day: dt.date) -> list[Span]:
        """A misspelt state name the tagger did not even take for a name ("Ethopia has agreed",
        "the Phillippines military"): a lone capitalised proper noun outside any entity, in a
        place an actor's name takes (subject, object, modifier of a noun), close to one state."""
        covered = {i for s in spans for i in range(s.start, s.end)}
        out = list(spans)
        for tok in doc:
            if tok.i in covered or tok.ent_type_ or tok.tag_ not in ("NNP", "NNPS") or \
                    tok.dep_ not in _NAME_DEPS or not tok.text[:1].isupper() or tok.text.isupper():
                continue
            if _in_longer_name(tok):
                continue  # "Ethopia Airlines"
            actor = self._fuzzy_state(tok.text, day)
            if actor is not None:
                span = Span(doc, tok.i, tok.i + 1)
                span._.mention_kind = ENTITY
                span._.actor = actor
                out.append(span)
        return out

    def _surname_country(self, ent: Span) -> str | None:
        """The country of a person written by surname only whom the gazetteer cannot pick
        ("President Bush": two presidents), when every person of that surname is of one
        country: the person stays unknown, but whose side they are on is not."""
        choices = self._forms.get("C:" + ent[-1].lower_, []) if len(ent) == 1 else []
        countries = {self.gaz.entries[k].country for kind, k in choices
                     if kind == SHORT and k in self.gaz.entries}
        return countries.pop() if len(countries) == 1 else None

    def _fuzzy_state(self, text: str, day: dt.date) -> Actor | None:
        """A misspelt state name tagged as a place ("Afganistan", "Quatar", "Phillippines"):
        close to one state name of five letters or more with the same first letter, and no
        other.  The bar is high, so that real places near a state's name ("Omaha", "Columbia")
        stay places."""
        name = normal(text)
        if len(name) < 5:
            return None
        pool = [n for n in self._state_names if n[:1] == name[:1]]
        match = difflib.get_close_matches(name, pool, n=2, cutoff=STATE_FUZZY_CUTOFF)
        keys = {self._state_names[m] for m in match}
        if len(keys) != 1:
            return None
        entry = self.gaz.entries[keys.pop()]
        return entry.actor() if _active(entry, day) or entry.valid_end is None else None

    def _fuzzy_person(self, text: str) -> Actor | None:
        """A misspelt full name of a known person ("Vadimir Putin").  Only names sharing the
        first letter of the surname are compared: difflib over every person per unknown
        entity cost more than the parse itself."""
        if len(text.split()) < 2:
            return None
        name = normal(text)
        pool = self._names_by_initial.get(name.split()[-1][:1], ())
        match = difflib.get_close_matches(name, pool, n=1, cutoff=self.fuzzy_cutoff)
        if not match or _surname_ratio(name, match[0]) < self.fuzzy_cutoff - SURNAME_SLACK:
            return None  # "John Kelly" is another man than "John Key", not a misspelling of him
        return self.gaz.entries[self._person_names[match[0]]].actor()


def _surname_ratio(a: str, b: str) -> float:
    """How alike the last words of two names are (difflib's ratio)."""
    return difflib.SequenceMatcher(None, a.split()[-1], b.split()[-1]).ratio()


#: "7th", "82nd", "Seventh", "Second": the ordinal of a numbered formation.
_ORDINAL_DIGITS = re.compile(r"\d+(st|nd|rd|th)")
#: Parts of speech of the words of a formation's designation ("Black Sea", "Airborne", "58th").
_DESIGNATOR_POS = ("PROPN", "NOUN", "ADJ", "NUM")


def _surname_index(spans: list[Span]) -> dict[str, Actor]:
    """Surname -> person for the gazetteer people named in full, so that an entity that is
    only the surname later in the document is that person."""
    persons: dict[str, Actor] = {}
    for s in spans:
        if s._.actor.type == "Person" and s._.mention_kind == NAME:
            for name in _surnames(s.text):
                persons.setdefault(name, s._.actor)
    return persons


def _is_ordinal(tok: Token) -> bool:
    """Whether a word is an ordinal as formations are numbered ("7th", "Seventh")."""
    if _ORDINAL_DIGITS.fullmatch(tok.lower_):
        return True
    return tok.like_num and tok.text[:1].isupper() and tok.is_alpha and tok.lower_.endswith(("st", "nd", "rd", "th"))


def _formation_phrases(doc: Doc, formations: Formations) -> list[tuple[int, int]]:
    """Token ranges of numbered formations written out: capitalised words with an ordinal
    before a capitalised formation noun ("58th Army", "82nd Airborne Division"); a noun of
    ``arm_nouns`` needs an arm word too ("1st Infantry Division", not a football league's
    "Second Division").  Whose formation it is, the caller decides."""
    out = []
    for tok in doc:
        low = tok.lower_
        if not tok.text[:1].isupper() or (low not in formations.nouns and low not in formations.arm_nouns):
            continue
        i, ordinal, arm = tok.i - 1, False, False
        while i >= 0 and (_is_ordinal(doc[i]) or doc[i].text[:1].isupper() and doc[i].pos_ in _DESIGNATOR_POS):
            ordinal = ordinal or _is_ordinal(doc[i])
            arm = arm or doc[i].lower_ in formations.arms
            i -= 1
        if ordinal and (low in formations.nouns or arm):
            out.append((i + 1, tok.i + 1))
    return out


def _formation_modifier(doc: Doc, start: int, by_token: dict[int, Span], gaz: Gazetteer) -> str | None:
    """The state key written right before a formation: a state's name or demonym ("the US
    7th Fleet", "Russia's 58th Army", "the U.S. Navy's Seventh Fleet", past the possessive
    and a generic service word), or an armed force of a state ("the IDF's Northern
    Command")."""
    i = start - 1
    while i >= 0 and (doc[i].tag_ == "POS" or doc[i].lower_ in GENERIC_NAMES and doc[i].text[:1].isupper()
                      and i not in by_token):
        i -= 1
    mention = by_token.get(i) if i >= 0 else None
    actor = mention._.actor if mention is not None and mention.end == i + 1 else None
    if actor is None:
        return None
    if actor.type == "State" and mention._.mention_kind in (NAME, DEMONYM):
        return gaz.key_of(actor.id)
    if actor.type == "Organization" and actor.sector == "MIL" and actor.country:
        return actor.country
    return None


# -- helpers used by the claim extractor -------------------------------------------------------

def acting_actor(entry: ActorEntry, gaz: Gazetteer, day: dt.date) -> Actor:
    """The actor a gazetteer entry acts as: state media (entries with ``organ_of``: "KCNA said",
    "Xinhua accused") are their state speaking, with the sector MED, as the annotation guide and
    event coders read them; at a date before that state existed, the state it succeeded (TASS in
    1981 spoke for the Soviet Union).  Anything else is itself."""
    state = gaz.entries.get(entry.organ_of) if entry.organ_of else None
    if state is None:
        return entry.actor()
    earlier = next((e for e in gaz.predecessors(state.key) if _active(e, day)), None)
    return (earlier or state).actor(sector=entry.sector)


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
        return _mention_actor(token, span, gaz, modifier)
    if token.lemma_.lower() in WORDS.counterpart_nouns:
        holder = _counterpart(token, gaz)
        if holder is not None:
            return [holder]
    if token.lower_ in PRONOUNS_PERSON or token.lower_ in PRONOUNS_GROUP:
        found = _antecedent(token)
        return _with_coordinated(found, token) if found else []
    if token.lower_ == "whose":
        return _relative_owner(token, gaz)
    return _referring_phrase(token, gaz) or _agent_or_owner(token, gaz)


def _relative_owner(token: Token, gaz: Gazetteer) -> list[Resolved]:
    """"Kenya, whose troops crossed into Somalia": "whose" is what its relative clause hangs
    on, and all of a coordination ("Jamaica and Barbados, whose troops ..." are both).  Only
    for agents ("whose troops", "whose government"): "X, whose company released the film" or
    "whose history includes" tells of the owner's things, not of acts the owner did; nor a
    business ("whose company is releasing a film"), which acts for itself."""
    if agent_sector(token.head, gaz) in (None, "BUS"):
        return []
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN"):
        return []
    owner = clause.head
    return _dedupe([r for t in (owner, *owner.conjuncts) for r in resolve_head(t, gaz)])


#: How sure a mention of each kind is of its actor: a name most, a bare demonym least.
_MENTION_CONFIDENCE = {NAME: 1.0, TITLE: 0.9, METONYM: 0.95, DEMONYM: 0.85, SHORT: 0.9, ENTITY: 0.85,
                       REFERENCE: 0.9, FORMATION: 0.85}


def _mention_actor(token: Token, span: Span, gaz: Gazetteer, modifier: bool) -> list[Resolved]:
    """The actor of the mention the head is in, unless the mention is not acting as an actor
    where it stands (see :func:`_not_an_actor_here`), with a confidence by mention kind."""
    if _not_an_actor_here(token, span, gaz, modifier):
        return []
    return [Resolved(span._.actor, token, _MENTION_CONFIDENCE.get(span._.mention_kind, 0.8))]


def _not_an_actor_here(token: Token, span: Span, gaz: Gazetteer, modifier: bool) -> bool:
    """Whether a mention names something other than an actor in this phrase: a demonym
    adjective ("the Russian city", unless it modifies an event), a place the tagger did not
    call a GPE, a people rather than its state ("ethnic Albanians", "the Albanians of southern
    Serbia"), or a place inside a thing's name ("the Tashkent Declaration")."""
    kind = span._.mention_kind
    if kind == DEMONYM and token.dep_ == "amod" and not modifier:
        return True
    if kind == ENTITY and span._.actor.type == "Location" and token.ent_type_ not in ("GPE",):
        return True
    if kind == DEMONYM and any(c.lower_ in WORDS.people_markers for c in token.children):
        return True
    if kind == DEMONYM and _of_another_state(token, span._.actor):
        return True
    return kind == METONYM and _names_a_thing(span, gaz)


def _referring_phrase(token: Token, gaz: Gazetteer) -> list[Resolved]:
    """A phrase that refers back or across to actors named elsewhere, tried from the most
    specific form: a pair ("both sides"), a plural title ("the presidents of A and B"), a
    document standing for its authors, "the country"."""
    found = _pair(token) or _plural_title(token, gaz) or _document_authors(token, gaz)
    if found:
        return found
    state = _the_country(token, gaz) or _state_body(token, gaz) or _group_named(token)
    return [state] if state is not None else []


def _agent_or_owner(token: Token, gaz: Gazetteer) -> list[Resolved]:
    """A common noun standing for a country: an agent noun ("Russian officials", "Turkish
    jets", "officials in Moscow") with its sector, any other noun through a name or demonym
    that owns it ("the Soviet statement", "Iran's decision"), less surely.  A former holder
    ("a former Russian president", "ex-officials") acts for no state."""
    sector = agent_sector(token, gaz)
    if sector and any(c.dep_ == "amod" and c.lower_.strip("-") in PAST_HOLDER for c in token.children):
        return []
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    if is_relational(token):
        return _listed_relations(token, gaz, sector)
    return _modifier_actors(token, gaz, sector)


def _listed_relations(token: Token, gaz: Gazetteer, sector: str | None) -> list[Resolved]:
    """The actors a noun of a tie ("allies", "neighbours") stands for.  Its owner is not one of
    them: "US allies" and "Washington's allies" are allies of the United States.  But with an
    owner named, the other modifiers say who the allies are ("Seoul and its US and UN allies"),
    and so does a list ("the US and Arab allies launched strikes"); and an alliance's allies are
    its members acting together ("NATO allies condemned Russia")."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    owned = any(c.dep_ == "poss" for c in token.children)
    found = [r for r in _modifier_actors(token, gaz, sector) if r.token.dep_ != "poss"]
    if owned or any(m.conjuncts for m in mods):
        return found
    return [r for r in found if r.actor.type == "InternationalOrganization"]


def is_relational(noun: Token) -> bool:
    """"allies", "neighbours": a noun of a tie to its owner names other actors than the owner."""
    return noun.lemma_.lower() in WORDS.relational_nouns


def _modifier_actors(token: Token, gaz: Gazetteer, sector: str | None) -> list[Resolved]:
    """The actors a noun's modifiers make it stand for.  A place it happens in ("opposed
    Bush's troop surge in Iraq") or a city naming where it is ("the Kabul office of a US aid
    group") does not own a non-agent noun; a place the agents are in ("officials in Moscow")
    names them only when nothing owns them: "American soldiers in Iraq" are American."""
    owned: list[Resolved] = []
    placed: list[Resolved] = []
    for mod in _modifiers(token):
        if not sector and not _owns(mod, token):
            continue
        a = _modifier_actor(mod, gaz, sector)
        if a is not None:
            actor = _group_of(a, sector, gaz) if _names_a_group(token, mod, sector) and a.type == "State" \
                else Actor(a.id, a.label, a.type, a.country, a.wikidata, sector=sector)
            (placed if _is_place(mod, token) else owned).append(Resolved(actor, mod, 0.85 if sector else 0.6))
    return _dedupe(owned or placed)


def _backing(participle: Token) -> bool:
    """Whether an "X-..." participle says who backs ("Saudi-backed"), not who leads ("Soviet-led")."""
    return participle.lower_ != "led" and participle.lemma_.lower() != "lead"


#: Prepositions after "opposition" that make it a stance, not a group ("Turkish opposition to
#: the bid" is Turkey's act; "the Turkish opposition" is a group).
STANCE_PREPS = frozenset({"to", "against"})


def _names_a_group(token: Token, mod: Token, sector: str | None) -> bool:
    """Whether an agent noun names a group that acts apart from (often against) its state:
    the opposition or rebels of a country (words.yaml ``group_sectors``).  The annotation guide
    makes "the Syrian opposition" or "Darfur rebels" no act of Syria or Sudan, while "Syrian
    officials" are Syria.  A backer ("Iranian-backed rebels") is not whose the group is, and
    "opposition" heading a stance ("Turkey's opposition to the bid") is the state's own act."""
    if sector not in WORDS.group_sectors:
        return False
    if mod.head.i != token.i and mod.head.lemma_.lower() in LED_BY:
        return False
    if token.lemma_.lower() == "opposition":
        return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in STANCE_PREPS)
                       for c in token.children)
    return True


def _group_of(state: Actor, sector: str, gaz: Gazetteer) -> Actor:
    """The one actor for a country's group of a sector ("Syrian opposition", country SYR,
    sector OPP): every mention of it, in any article, shares one IRI, so the graph gathers
    its acts, and event-data codes (the country and sector) stay those of the group.  Its name is the country's demonym
    with the sector's first noun in agents.yaml."""
    key = gaz.key_of(state.id) or state.label
    entry = gaz.entries.get(key)
    demonym = entry.demonyms[0] if entry is not None and entry.demonyms else state.label
    noun = next((w for w, s in gaz.agents.items() if s == sector), sector.lower())
    return Actor(id=mint_iri("actor", f"{key} {sector}"), label=f"{demonym} {noun}",
                 type="Organization", country=state.country, sector=sector)


def _is_place(mod: Token, noun: Token) -> bool:
    """Whether a modifier of an agent noun only says where the agents are: the object of a
    preposition other than an owner's ("troops in Iraq", not "troops of Iraq" or "from Iraq"),
    or a conjunct of one."""
    first = mod
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    return first.dep_ == "pobj" and prep.head.i == noun.i and prep.lower_ not in WORDS.owner_preps


def _of_another_state(token: Token, people: Actor) -> bool:
    """Whether a demonym noun is owned by another state ("the Albanians of southern Serbia",
    "Serbs from Croatia"): a people living there, whom neither state stands for."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in WORDS.owner_preps:
            for obj in prep.children:
                span = mention_of(obj) if obj.dep_ == "pobj" else None
                if span is not None and span._.actor is not None and span._.actor.type == "State" \
                        and span._.actor.id != people.id:
                    return True
    return False


def _in_longer_name(tok: Token) -> bool:
    """Whether a capitalised proper noun stands right before or after a word (other than a
    sentence's first), making it part of a longer name."""
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(n.pos_ == "PROPN" and n.text[:1].isupper() and not n.is_sent_start for n in near)


def _names_a_thing(span: Span, gaz: Gazetteer | None = None) -> bool:
    """Whether a city standing for a state is only part of another proper name ("the
    Tashkent Declaration", "the Beijing Olympics", "the Camp David Accords"): its head is a
    capitalised proper noun that is no actor and no agent or office word."""
    head = span.root.head
    if span.root.dep_ != "compound" or head.i in range(span.start, span.end):
        return False
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or mention_of(head) is not None:
        return False
    return agent_sector(head, gaz or load_gazetteer()) is None


def agent_sector(token: Token, gaz: Gazetteer) -> str | None:
    """The sector of an agent noun: from agents.yaml; a title word ("the president of
    Armenia", whose holder the gazetteer may not know) is government; a generic noun takes
    the sector of an agent noun compounded with it ("opposition groups", "government
    troops", "police officers")."""
    words = (token.lower_, token.lemma_.lower())
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound" and mention_of(c) is None]
    # The longest written phrase first: "rebel leaders" is REB though "leaders" alone is GOV.
    found = next((gaz.agents[" ".join(compounds[i:] + [w])] for i in range(len(compounds)) for w in words
                  if " ".join(compounds[i:] + [w]) in gaz.agents), None)
    if found is None and _names_aircraft_model(token):
        return "MIL"  # "Turkish F-16 fighters", "MiG-23 fighters": warplanes, not militants
    found = found or next((gaz.agents[w] for w in words if w in gaz.agents), None)
    if found is None and any(w in _title_words(gaz) for w in words):
        found = "GOV"
    if found is None:
        found = next((gaz.agents[c.lower_] for c in token.children
                      if c.dep_ == "compound" and c.lower_ in gaz.agents and mention_of(c) is None), None)
    return found


#: A military aircraft's designation ("F-16", "MiG-23", "Su-24", "B-52").
_AIRCRAFT_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$")


def _names_aircraft_model(token: Token) -> bool:
    """Whether a noun is modified by an aircraft designation ("F-16 fighters")."""
    return any(c.dep_ in ("compound", "nummod", "amod") and _AIRCRAFT_MODEL.match(c.text) for c in token.lefts)


_T = TypeVar("_T")
_TITLE_WORDS: dict[int, tuple[weakref.ref, frozenset[str]]] = {}


def _per_gazetteer(cache: dict[int, tuple[weakref.ref, _T]], gaz: Gazetteer,
                   build: Callable[[Gazetteer], _T]) -> _T:
    """A table derived from ``gaz``, built once per gazetteer.  A gazetteer is unhashable, so
    the cache is keyed by ``id``; the entry goes when the gazetteer is freed, because CPython
    hands a freed object's id to the next one and a test's or another ontology's gazetteer
    would otherwise read the titles of one that no longer exists."""
    key = id(gaz)
    hit = cache.get(key)
    if hit is not None and hit[0]() is gaz:
        return hit[1]
    value = build(gaz)
    cache[key] = (weakref.ref(gaz, lambda _ref: cache.pop(key, None)), value)
    return value


def _title_words(gaz: Gazetteer) -> frozenset[str]:
    """Single-word office names of titles.yaml ("president", "premier", "king")."""
    return _per_gazetteer(_TITLE_WORDS, gaz, lambda g: frozenset(
        w.lower() for spec in g.titles.values() for w in (spec or {}).get("words", [])
        if " " not in w and not w.isupper()))


_TITLE_PHRASES: dict[int, tuple[weakref.ref, frozenset[str]]] = {}


def _title_phrases(gaz: Gazetteer) -> frozenset[str]:
    """Office names of titles.yaml of two words or more ("supreme leader", "prime minister")."""
    return _per_gazetteer(_TITLE_PHRASES, gaz, lambda g: frozenset(
        w.lower() for spec in g.titles.values() for w in (spec or {}).get("words", []) if " " in w))


def _in_title(ent: Span, gaz: Gazetteer) -> bool:
    """Whether an entity is a word of an office name ("Supreme" of "Supreme Leader Ali
    Khamenei", which the tagger may take for an organisation)."""
    doc, phrases = ent.doc, _title_phrases(gaz)
    after = doc[ent.start:min(ent.end + 1, len(doc))].text.lower()
    before = doc[max(ent.start - 1, 0):ent.end].text.lower()
    return ent.end < len(doc) and after in phrases or ent.start > 0 and before in phrases


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
        return first.head.lower_ in WORDS.owner_preps  # "the government of Iraq", not "a surge in Iraq"
    if first is None or first.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    if first.dep_ in ("compound", "nmod") and noun.lemma_.lower() in AGREEMENT_NOUNS | LEX.topic_nouns:
        return False  # "backed the Iran deal", "opposed the Iraq war": a party, place or topic, not whose it is
    span = mention_of(mod)
    return not (span is not None and span._.mention_kind == METONYM and first.dep_ != "poss")


AGENT_OWNER_TYPES = LEX.agent_owner_types
LEADER_KINDS = LEX.leader_kinds
#: Nouns of a deal between parties (lexicon.yaml event_anaphors for AGREE): a name compounded
#: on one is a party or topic ("the Iran deal"), so backing or attacking it is not done to that actor
#: (read here for owners, and by the claim extractor for objects).
AGREEMENT_NOUNS = frozenset(n for n, cats in LEX.event_anaphors.items() if "AGREE" in cats)


def _modifier_actor(mod: Token, gaz: Gazetteer, sector: str | None) -> Actor | None:
    """The actor a modifier of an agent noun names: a state or organisation, or, for the
    possessor of a military noun, a person leading a state on the article's date, whose
    forces are that state's ("Gadhafi's forces", "Assad's troops").  A person who leads no
    state ("Castillo Armas's forces") stays the actor (the claim extractor falls back to the
    possessor), and so does a leader's government ("recognise Maduro's government" backs
    Maduro, not Venezuela)."""
    span = mention_of(mod)
    if span is None or span._.actor is None or _sides_with(mod):
        return None
    actor = span._.actor
    if actor.type != "Person" and _loyal_to(mod):
        return None  # "insurgents loyal to Moscow" side with Russia, as "pro-Russian" ones do
    if actor.type in AGENT_OWNER_TYPES:
        return actor
    if actor.type == "Location" and actor.country and sector in WORDS.place_agent_sectors:
        state = gaz.entries.get(actor.country)  # "Darfur rebels", "protesters in Tibet"
        return state.actor() if state is not None and state.type == "State" else None
    if actor.type == "Person" and (mod.dep_ == "poss" and sector == "MIL" or leaders_body(mod)):
        return led_state(actor, mod.doc, gaz)
    if actor.type == "Person" and sector and _loyal_to(mod):
        return actor  # "forces loyal to Ouattara" fight for him, whoever holds the state
    return None


def _loyal_to(mod: Token) -> bool:
    """Whether a name is the "to" object of "loyal" on an agent noun ("troops loyal to Gbagbo")."""
    return (mod.dep_ == "pobj" and mod.head.lower_ == "to" and mod.head.head.dep_ == "amod"
            and mod.head.head.lower_ in LOYAL_WORDS)


def led_state(person: Actor, doc: Doc, gaz: Gazetteer) -> Actor | None:
    """The state a person leads (head of state or government) on the document's day, if any."""
    key = gaz.key_of(person.id)
    if key is None:
        return None
    day = _doc_day(doc)
    for role in gaz.entries[key].roles:
        kind = (gaz.titles.get(role.title) or {}).get("kind", role.title)
        state = gaz.entries.get(role.of)
        if kind in LEADER_KINDS and role.holds_on(day) and state is not None and state.type == "State":
            return state.actor()
    return None


#: Prefixes that make a name say whom a group sides with, not whose it is.
SIDING_PREFIXES = frozenset({"pro", "anti"})


def _sides_with(mod: Token) -> bool:
    """Whether a name modifies a noun only through "pro-"/"anti-" ("pro-Russian rebels",
    "anti-Moscow protesters"): such a group is not that state's, so its fighting or its
    seizures are not the state's acts, where "Russian troops" are Russia's."""
    doc = mod.doc
    i = mod.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in SIDING_PREFIXES:
        return True
    return "-" in mod.text and mod.text.split("-", 1)[0].lower() in SIDING_PREFIXES


LEADER_BODY_NOUNS = WORDS.leader_body_nouns


def leaders_body(mod: Token) -> bool:
    """Whether a person (a name, or a pronoun such as "his") modifies a noun for the government
    they lead ("the Kennedy administration", "the Nixon administration's embargo", "Nehru's
    government"): the state they led then."""
    body = mod.head
    recognised = (body.dep_ == "dobj" and body.head.lemma_.lower() in WORDS.recognition_words) or (
        body.dep_ == "pobj" and body.head.lower_ == "of" and body.head.head.lemma_.lower() in WORDS.recognition_words)
    return mod.dep_ in ("compound", "poss") and body.lemma_.lower() in LEADER_BODY_NOUNS and not recognised


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
LOYAL_WORDS = LEX.loyal_words


def _modifiers(token: Token) -> Iterable[Token]:
    """Tokens that name whose agent a noun is: "Russian officials", "US and UN allies",
    "officials of Russia", "Russia's diplomats"."""
    for c in token.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
            yield c
            yield from c.conjuncts
        if c.dep_ == "amod" and c.lemma_.lower() in LED_BY and not _backing(c):
            # "the Soviet-led invasion", "Soviet-led forces": the leader is the modifier's modifier.
            # (a backer is not: "Iranian-backed militias" are no Iranian force, see _backers
            # in kg/claims/extract.py)
            yield from (g for g in c.children if g.dep_ in ("npadvmod", "compound", "amod"))
        if c.dep_ == "amod" and c.lower_ in LOYAL_WORDS:
            # "forces loyal to Ouattara", "troops faithful to the junta": whose they are
            yield from (g for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                        for g in p.children if g.dep_ == "pobj")
        if c.dep_ in ("compound", "nummod", "nmod"):
            # "Turkish F-16 jets", "Russian oil tankers": the country modifies the type word.
            yield from (g for g in c.children if g.dep_ in ("amod", "compound", "poss"))
        if c.dep_ == "prep" and c.lower_ in WORDS.agent_preps and (c.lower_ != "on" or token.lemma_.lower() in STATE_BODY_NOUNS):
            # ("the government on Taiwan", but not "the envoy on North Korea": a topic)
            for g in c.children:
                if g.dep_ == "pobj":
                    # "troops from the Soviet Union, Poland, Hungary and Bulgaria": every conjunct.
                    yield g
                    yield from g.conjuncts
                    if g.pos_ == "NOUN" and mention_of(g) is None:
                        # "the leaders of NATO's member states": the owner of the unnamed noun
                        yield from (m for m in g.children
                                    if m.dep_ in ("poss", "compound") and mention_of(m) is not None)


def other_antecedent(token: Token, ruled_out: str) -> Resolved | None:
    """The pronoun's antecedent once one actor is ruled out.  A possessive most often stands for
    its own clause's subject ("Russia moved its troops"), but an act is never aimed at its own
    doer: when the claim extractor finds "Israel struck its nuclear sites" pointing back at
    Israel, the writer meant the next candidate ("Tehran warned ... if Israel struck its ...")."""
    if token.pos_ != "PRON":
        return None
    return _antecedent(token, frozenset({ruled_out}))


def _antecedent(token: Token, ruled_out: frozenset[str] = frozenset()) -> Resolved | None:
    """A pronoun's antecedent: the subject of the sentence or the nearest preceding actor of a
    compatible kind (people for he/she, groups for it/they), in the pronoun's sentence or the
    one before it (so only their mentions are looked at)."""
    want_person = token.lower_ in PRONOUNS_PERSON
    sent = token.sent
    prev_sent = token.doc[sent.start - 1].sent if sent.start > 0 else None
    # Only this sentence and the one before can hold the antecedent: look at those mentions
    # alone, so the work per pronoun does not grow with the document.
    window = _mentions_between(token.doc, prev_sent.start if prev_sent is not None else sent.start, token.i)
    mentions = [s for s in window if s.end <= token.i and s._.actor is not None and s._.actor.id not in ruled_out]
    own = _own_subjects(token)
    here = _candidates_here(token, mentions, own, want_person)
    found = _antecedent_here(token, here)
    if found is not None or (own and not want_person):
        return found  # "the FBI is investigating it": an object "it" other than the subject is rarely an actor
    return _previous_subject(token, mentions, prev_sent, want_person)


def _fits_pronoun(span: Span, want_person: bool) -> bool:
    """Whether a mention can be a pronoun's antecedent: an actor acting as one (not a demonym
    adjective, a place, or a place inside a thing's name) of the pronoun's kind, a person for
    he/she and anything else for it/they."""
    if span._.mention_kind == DEMONYM and span.root.dep_ == "amod":
        return False
    if span._.mention_kind == METONYM and _names_a_thing(span):
        return False
    if (span._.mention_kind == METONYM and span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at")
            and span.root.head.head.pos_ in ("VERB", "AUX")):
        # "In Washington, Obama said Turkey could defend its airspace": where, not who (but
        # "officials in Kiev" are Ukraine's)
        return False
    t = span._.actor.type
    return t != "Location" and (t == "Person") == want_person


def _candidates_here(token: Token, mentions: list[Span], own: set[int], want_person: bool) -> list[Span]:
    """The fitting mentions of the pronoun's own sentence, without the subjects an object
    pronoun cannot stand for (its clause's own, and the actors of a pronoun subject there)."""
    taken_by_subject = _pronoun_subjects(token.doc, own)
    start = token.sent.start
    return [s for s in mentions if s.start >= start and _fits_pronoun(s, want_person) and s.root.i not in own
            and s._.actor.id not in taken_by_subject]


def _antecedent_here(token: Token, here: list[Span]) -> Resolved | None:
    """The antecedent in the pronoun's own sentence: for a possessive the controller of its
    clause or a subject; for a pronoun in a subordinate clause or not a subject, the nearest
    mention ("... the UNSC ... since it began"); else the last subject, else the nearest."""
    subj_here = [s for s in here if s.root.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "poss":
        controller = _controlling_object(token)
        if controller is not None:
            return Resolved(controller, token, 0.75)  # "Britain urged Iran to end its programme"
        subj_here = _possessor_subjects(token, subj_here)
        if subj_here:
            return Resolved(subj_here[0]._.actor, token, 0.75)  # "Russia ... used its veto"
        body = _owned_body_subject(token)
        if body is not None:
            return Resolved(body, token, 0.7)  # "the Libyan government ..., but its troops"
    earlier = _earlier_pronoun_subject(token, subj_here)
    if earlier is not None:
        return _antecedent(earlier)
    subordinate = token.head.dep_ in ("advcl", "relcl", "ccomp", "pcomp", "acl", "xcomp")
    if here and (token.dep_ != "nsubj" or subordinate):
        return Resolved(here[-1]._.actor, token, 0.7)
    if subj_here:
        return Resolved(subj_here[-1]._.actor, token, 0.7)
    if here:
        return Resolved(here[-1]._.actor, token, 0.65)
    return None


def _earlier_pronoun_subject(token: Token, subjects: list[Span]) -> Token | None:
    """"He began in Honiara with talks with Sogavare, and in Apia he met Mata'afa": a subject
    pronoun after the same pronoun as an earlier subject of its sentence, with no actor named
    as a subject in between, continues that pronoun's topic, not the nearest name (an object
    of the first clause)."""
    if token.dep_ != "nsubj":
        return None
    first = next((t for t in token.doc[token.sent.start:token.i]
                  if t.dep_ == "nsubj" and t.lower_ == token.lower_ and t.pos_ == "PRON"), None)
    if first is None or any(first.i < s.start < token.i for s in subjects):
        return None
    return first


def _owned_body_subject(token: Token) -> Actor | None:
    """The state whose body is the nearest subject before a group possessive in its sentence,
    when that subject is no mention itself but a state's body owned by one ("the Libyan
    government declared a truce, but its troops advanced", "Gadhafi's government ... its
    troops": a leader's body is his state's).  The possessive continues that subject as it
    would a state named as subject; a subject of any other kind ends the search."""
    if token.lower_ in PRONOUNS_PERSON:
        return None
    gaz = load_gazetteer()
    for subj in reversed(token.doc[token.sent.start:token.i]):
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        if mention_of(subj) is not None or agent_sector(subj, gaz) not in STATE_SECTORS:
            return None
        for mod in subj.children:
            actor = _modifier_actor(mod, gaz, "MIL") if mod.dep_ in ("amod", "poss") else None
            if actor is not None and actor.type == "State":
                return actor
        return None
    return None


def _possessor_subjects(token: Token, subjects: list[Span]) -> list[Span]:
    """The subjects a possessive may stand for, most likely first.  One state's "its" is not
    one of a coordinated subject, which the writer would call "their" ("A and B complained
    to C about its flights"); and the possessor is first its own clause's subject: in "as
    India looks East and the U.S. rebalances its interests" the U.S., not the first subject."""
    if token.lower_ in SINGULAR_POSSESSIVES:
        subjects = [s for s in subjects if not _coordinated_actor(s.root)]
    own_clause = [s for s in subjects if _subject_of_clause(s.root, token)]
    return own_clause + [s for s in subjects if s not in own_clause]


def _previous_subject(token: Token, mentions: list[Span], prev_sent: Span | None, want_person: bool) -> Resolved | None:
    """A pronoun whose sentence names no fitting actor before it continues the previous
    sentence's first subject, else its first fitting mention."""
    if prev_sent is None:
        return None
    prev = [s for s in mentions if prev_sent.start <= s.start < prev_sent.end and _fits_pronoun(s, want_person)]
    prev_subj = [s for s in prev if s.root.dep_ in ("nsubj", "nsubjpass")]
    if prev_subj or prev:
        return Resolved((prev_subj or prev)[0]._.actor, token, 0.65)
    return None


#: Possessives that stand for one actor, never for a coordinated group.
SINGULAR_POSSESSIVES = frozenset({"its"})
#: Verbs whose object, not their subject, does what the clause after them says.
CONTROLLING_VERBS = LEX.object_control_verbs | LEX.accusing_verbs | LEX.preventing_verbs | WORDS.controlling_verbs
#: Prepositions on a verb whose object may control the clause after it ("called on Iran to").
_CONTROL_PREPS = ("on", "upon")


def _coordinated_actor(root: Token) -> bool:
    """Whether a subject is one of several coordinated actors ("Egypt and Jordan")."""
    return any(mention_of(c) is not None for c in root.conjuncts)


def _subject_of_clause(subj: Token, token: Token) -> bool:
    """Whether ``subj`` is the subject of the nearest verb above ``token``."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and subj.head.i == verb.i


def _controlling_object(token: Token) -> Actor | None:
    """The actor that does the action of the subject-less clause a possessive sits in, when
    the verb that clause hangs on has an object: in "Britain urged Iran to end its programme"
    and "the US accused Russia of breaking its pledges" the one ending or breaking is the
    object, so "its" is Iran's or Russia's, not the subject's.  None when the clause has its
    own subject or the verb no actor object."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.dep_ == "xcomp":
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
    else:
        return None
    cands: list[Token] = []
    if governor.dep_ in ("dobj", "pobj") and governor.pos_ in ("NOUN", "PROPN"):
        cands.append(governor)  # "accused Russia of ...": the "of" hangs on the object
        governor = governor.head
    if governor.lemma_.lower() not in CONTROLLING_VERBS:
        return None  # "phoned the mayor to offer his condolences": the caller offers
    for c in governor.children:
        if c.dep_ == "dobj":
            cands.append(c)
        elif c.dep_ == "prep" and c.lower_ in _CONTROL_PREPS:
            cands.extend(g for g in c.children if g.dep_ == "pobj")
    want_person = token.lower_ in PRONOUNS_PERSON
    for cand in cands:
        span = mention_of(cand)
        actor = span._.actor if span is not None else None
        if actor is not None and actor.type != "Location" and (actor.type == "Person") == want_person and cand.i < token.i:
            return actor
    return None


#: Where a document's mention starts are kept (ints only, so a Doc still serialises).
_STARTS_KEY = ("geokg", "mention_starts")


def _mentions_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The actor mentions starting in tokens ``start``..``end - 1``, in order, found by
    bisection: looking back from a pronoun or a pair noun then costs the size of the window
    looked at, not of the document (a transcript holds thousands of mentions).  The sorted
    starts are kept on the doc and rebuilt when its mention list is replaced or grows."""
    mentions = doc._.actor_mentions or []
    cached = doc.user_data.get(_STARTS_KEY)
    if cached is None or cached[0] != id(mentions) or cached[1] != len(mentions):
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        cached = (id(mentions), len(mentions), order, [mentions[i].start for i in order])
        doc.user_data[_STARTS_KEY] = cached
    order, starts = cached[2], cached[3]
    return [mentions[i] for i in order[bisect_left(starts, start):bisect_left(starts, end)]]


def _pronoun_subjects(doc: Doc, subjects: set[int]) -> set[str]:
    """The actors that pronoun subjects stand for ("they" in "Britain and France said they
    would veto it"), which an object pronoun of the same clause cannot stand for."""
    out: set[str] = set()
    for i in subjects:
        tok = doc[i]
        if tok.lower_ in PRONOUNS_PERSON or tok.lower_ in PRONOUNS_GROUP:
            found = _antecedent(tok)
            out.update(r.actor.id for r in (_with_coordinated(found, tok) if found else []))
    return out


#: Plural pronouns, which may stand for all the actors of a coordinated subject.
PLURAL_PRONOUNS = WORDS.plural_pronouns


def _with_coordinated(found: Resolved, token: Token) -> list[Resolved]:
    """"Mexico and Bolivia said they continued to recognise Maduro": a plural pronoun whose
    antecedent is one of coordinated actors stands for all of them (of the same kind)."""
    if token.lower_ not in PLURAL_PRONOUNS or token.dep_ == "poss":
        return [found]  # "their respective governments": each its own, not one another's
    sent = token.sent
    # The mention the pronoun continues must be in this sentence or the one before.
    window_start = token.doc[sent.start - 1].sent.start if sent.start > 0 else 0
    before = [s for s in _mentions_between(token.doc, window_start, token.i) if s._.actor is not None
              and s._.actor.id == found.actor.id and s.end <= token.i]
    span = max(before, key=lambda s: s.start, default=None)
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass", "conj"):
        return [found]
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    group = [first, *first.conjuncts]
    if len(group) < 2 or first.dep_ not in ("nsubj", "nsubjpass"):
        return [found]
    out = []
    for tok in group:
        m = mention_of(tok)
        if m is not None and m._.actor is not None and m._.actor.type == found.actor.type:
            out.append(Resolved(m._.actor, token, found.confidence))
    return _dedupe(out) if len(out) >= 2 else [found]


#: Dependencies of a pronoun that is the object of its verb or of a preposition on it.
_OBJECT_DEPS = ("dobj", "dative", "pobj", "obj", "iobj")


def _own_subjects(token: Token) -> set[int]:
    """The subject tokens a non-reflexive object pronoun cannot stand for: in "Trump recognised
    him" or "Campbell told him", "him" is someone else (the reader's previous referent), so the
    clause's own subject, and its conjuncts, are skipped when looking for the antecedent."""
    if token.dep_ not in _OBJECT_DEPS or token.lower_ not in ("him", "her", "them", "it"):
        return set()
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent", "dative") else token.head
    return {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            for x in (c, *c.conjuncts)}


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
    if not _is_pair_phrase(token):
        return []
    lemma = token.lemma_.lower()
    return _last_two_named(token, lambda span: _fits_pair(span, lemma), _other_clause_subjects(token))


def _is_pair_phrase(token: Token) -> bool:
    """Whether the noun is a plural pair noun with "both"/"two" and no actor modifier of its
    own ("both Korean governments": the modifier says who)."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in PAIR_NOUNS:
        return False
    if not any(c.lower_ in WORDS.pair_determiners and c.dep_ in ("det", "nummod", "predet", "preconj") for c in token.children):
        return False
    return not any(c.dep_ in ("amod", "compound", "poss") and mention_of(c) is not None for c in token.children)


def _fits_pair(span: Span, lemma: str) -> bool:
    """Whether a mention can be one of the pair the noun ``lemma`` names: not a place (nor a
    name after a locative preposition, "met in Simla"), a person for "leaders", a state for
    "countries", any party but a person for "sides"."""
    actor = span._.actor
    if actor is None or actor.type == "Location":
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return False  # "met in Simla": a place, whatever the entity label says
    if lemma in PERSON_PAIR_NOUNS:
        return actor.type == "Person"
    return actor.type == "State" if lemma in STATE_PAIR_NOUNS else actor.type != "Person"


def _other_clause_subjects(token: Token, whole_phrases: bool = False) -> set[int]:
    """The subject tokens (with conjuncts) of the verb above a referring noun that is not itself
    a subject: "Britain urged both sides to talk" does not make Britain a side, nor "Britain
    urged the country" Britain.  ``whole_phrases`` takes the subjects' whole phrases, so that a
    demonym inside one ("Nigerian President Tinubu urged ...") is the subject's too."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or token.dep_ in ("nsubj", "nsubjpass"):
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {x.i for c in subjects for x in (c.subtree if whole_phrases else (c, *c.conjuncts))}


def _last_two_named(token: Token, fits: Callable[[Span], bool], own: set[int]) -> list[Resolved]:
    """The last two distinct fitting actors named together in one sentence, sentence by
    sentence backwards from the pair noun, over the last PAIR_LOOKBACK sentences that name a
    fitting party, each looked up by bisection; earlier-named first."""
    doc, sent, looked = token.doc, token.sent, 0
    while looked < PAIR_LOOKBACK:
        here = [s for s in _mentions_between(doc, sent.start, min(sent.end, token.i))
                if s.end <= token.i and fits(s) and s.root.i not in own]
        actors: list[Actor] = []
        for span in reversed(here):
            if all(a.id != span._.actor.id for a in actors):
                actors.append(span._.actor)
        if len(actors) >= 2:
            return [Resolved(actors[1], token, 0.7), Resolved(actors[0], token, 0.7)]
        looked += 1 if here else 0
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return []


#: Words before a title that make it someone other than the office holder on the article's
#: date ("Vice Foreign Minister", "the former president"), and those that put the person
#: outside the government altogether ("retired", "ex-").
NOT_HOLDER = WORDS.not_holder
PAST_HOLDER = WORDS.past_holder


def _not_the_holder(doc: Doc, start: int, end: int) -> bool:
    """Whether a word in the title's noun phrase, before it or right after it ("president-
    elect", "prime minister designate"), says the person is not the holder on the article's
    date.  The noun then falls back to its country's government ("Taiwan's Vice Foreign
    Minister" -> Taiwan, sector GOV)."""
    first = _np_start(doc[end - 1])
    before = doc[min(first, max(0, start - 3)):start]
    if any(t.lower_.strip("-") in NOT_HOLDER for t in before if t.i >= first or t.dep_ in ("amod", "compound")):
        return True
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NOT_HOLDER:
        return True  # "ex-president" split into ex / - / president
    after = doc[end:end + 2]
    return any(t.lower_ in WORDS.not_holder_after for t in after)


_TITLE_KEYS: dict[int, tuple[weakref.ref, dict[str, str]]] = {}
#: Generic office words that, in the plural, do not name one office per state: "leaders of
#: France and Israel" are whoever leads each (Israel's prime minister, not its head of state),
#: so the states themselves are the actors.
PLURAL_TITLE_SKIP = WORDS.plural_title_skip


def _title_key(words: str, gaz: Gazetteer) -> str | None:
    """The title key that office words name ("foreign minister" -> foreign_minister)."""
    table = _per_gazetteer(_TITLE_KEYS, gaz, lambda g: {
        normal(w): key for key, spec in g.titles.items() for w in (spec or {}).get("words", [])})
    return table.get(normal(words))


def _plural_title(token: Token, gaz: Gazetteer) -> list[Resolved]:
    """"the presidents of Bosnia, Serbia and Croatia", "the Indian and Chinese foreign
    ministers": one office held in each of several named states is each state's holder on the
    article's date (the state itself, government sector, where the holder is unknown)."""
    if token.tag_ != "NNS":
        return []
    words = [c for c in token.lefts if c.dep_ in ("amod", "compound") and mention_of(c) is None]
    key = _title_key(" ".join([*(w.lower_ for w in words), token.lemma_.lower()]), gaz) or \
        _title_key(token.lemma_.lower(), gaz)
    if key is None or key in PLURAL_TITLE_SKIP or any(w.lower_ in NOT_HOLDER for w in words):
        return []
    states = [m for m in _modifiers(token) if _state_of(m) is not None]
    if len({_state_of(m).id for m in states}) < 2:
        return []
    day, out = _doc_day(token.doc), []
    for mod in states:
        state = _state_of(mod)
        holder = gaz.office_holder(key, gaz.key_of(state.id) or "", day)
        if holder is not None:
            out.append(Resolved(holder.actor(), mod, 0.8))
        else:
            out.append(Resolved(Actor(state.id, state.label, state.type, state.country, state.wikidata,
                                      sector="GOV"), mod, 0.8))
    return _dedupe(out)


COUNTRY_NOUNS = WORDS.country_nouns


def _the_country(token: Token, gaz: Gazetteer) -> Resolved | None:
    """"jihadists have crossed into the country", "he said the country would never pay": news
    names a state and then calls it "the country".  Only when exactly one state is named
    in the phrase's sentence before it and in the sentence before that (a demonym counts:
    "Nigerian President Tinubu"), other than the clause's own subject ("Britain urged the
    country" is not Britain), so that a story moving between two states resolves nothing."""
    if token.tag_ != "NN" or token.lower_ not in COUNTRY_NOUNS:
        return None
    if _the_phrase(token) != token.lower_:
        return None  # "the whole country", "the country of origin", "a country"
    state = _one_state_named(token, gaz)
    return Resolved(state, token, 0.6) if state is not None else None


def _one_state_named(token: Token, gaz: Gazetteer, sentences: int = 2) -> Actor | None:
    """The one state named in the phrase's sentence before it (and, with ``sentences`` 2, in
    the sentence before that: the window of :func:`_window_start`), other than its clause's own
    subject; None when none or several are."""
    own = _other_clause_subjects(token, whole_phrases=True)
    states = {s._.actor.id: s._.actor for s in _mentions_between(token.doc, _window_start(token, sentences - 1), token.i)
              if s._.actor is not None and s._.actor.type == "State" and s.root.i not in own
              and _names_the_state(s, gaz)}
    return next(iter(states.values())) if len(states) == 1 else None


STATE_BODY_NOUNS = WORDS.state_body_nouns
def _state_body(token: Token, gaz: Gazetteer) -> Resolved | None:
    """"the army seized power", "the government denied it": a state's own body named with
    "the" and nothing else is the body of the state the story is about, so it is that state,
    by the rule of "the country" (one state named before it, not the clause's own subject),
    with the body's sector; but only within its own sentence, because a body belongs to the
    state the story is about, which the sentence before may not name ("Maduro accused
    Washington. The defence minister said the armed forces ...").  A body with any other
    modifier ("the new government", "the government in exile", "a rebel army") is not taken."""
    if _the_phrase(token) not in STATE_BODY_NOUNS:
        return None
    state = _one_state_named(token, gaz, sentences=1)
    if state is None:
        return None
    sector = agent_sector(token, gaz)
    actor = Actor(state.id, state.label, state.type, state.country, state.wikidata, sector=sector)
    return Resolved(actor, token, 0.6)


#: How many sentences before a group phrase ("the rebels") are searched for the group it names.
GROUP_LOOKBACK = 2
#: Lemmas of the words for armed groups by their kind, named or not ("rebels", "rebel groups",
#: "opponents"): the kinds "the rebels" may refer back to.
ARMED_GROUP_WORDS = WORDS.armed_group_words


def _group_named(token: Token) -> Resolved | None:
    """"The M23 seized Goma ... the rebels said", "Amnesty International ... the group
    called": news names a group and then calls it by its kind.  The phrase (only "the" and
    words of the phrase before it) is the one fitting group named in its sentence before it
    or the :data:`GROUP_LOOKBACK` sentences before that, other than its clause's own subject
    (the rebels do not act on themselves); none when two fit, so that a story about two
    factions resolves neither."""
    phrase = _the_phrase(token)
    if phrase in WORDS.armed_group_anaphors:
        fits, family = _is_armed_group, ARMED_GROUP_WORDS
    elif phrase in WORDS.organisation_anaphors:
        fits, family = _is_organisation, frozenset({token.lemma_.lower()})
    else:
        return None
    doc = token.doc
    own = _other_clause_subjects(token, whole_phrases=True)
    found = {s._.actor.id: s._.actor for s in _mentions_between(doc, _window_start(token, GROUP_LOOKBACK), token.i)
             if s._.actor is not None and s.root.i not in own and fits(s)}
    if len(found) != 1:
        return None
    group = next(iter(found.values()))
    return None if _unnamed_group_told(token, group, family) else Resolved(group, token, 0.6)


def _unnamed_group_told(token: Token, group: Actor, family: frozenset[str]) -> bool:
    """Whether the story also tells of a group of the phrase's kind that it does not name, so
    that "the rebels" may be those: a word of the kind ("rebels", "rebel groups", "opponents")
    outside any mention before the named group first appears, or one without "the" between
    its last mention and the phrase ("Hezbollah fighters backed the army against rebel
    groups. The rebels ...")."""
    doc = token.doc
    named = [s for s in _mentions_between(doc, 0, token.i) if s._.actor is not None and s._.actor.id == group.id]
    first, last = named[0].start, named[-1].end
    for t in doc[:token.i]:
        if t.lemma_.lower() not in family or mention_of(t) is not None or _names_its_group(t):
            continue
        if t.i < first or (t.i >= last and _the_phrase(t) is None):
            return True
    return False


def _window_start(token: Token, sentences: int) -> int:
    """The first token of the sentence ``sentences`` before the token's own (or of the document):
    where a phrase that refers back looks for what it refers to."""
    doc, sent = token.doc, token.sent
    for _ in range(sentences):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start


def _the_phrase(token: Token) -> str | None:
    """The words of a noun phrase after its "the" ("rebel group" in "the rebel group"), or None
    when the phrase has any other determiner or a modifier after the noun ("the group of
    seven")."""
    # (a backer says nothing of which group: "the Iranian-backed militia" is "the militia")
    words = [c for c in token.children if c.dep_ not in ("punct",)
             and not (c.dep_ == "amod" and c.lemma_.lower() in LED_BY and _backing(c))]
    if not words or words[0].lower_ != "the" or any(c.i > token.i for c in words):
        return None
    inner = [c.lower_ for c in words[1:] if c.dep_ in ("amod", "compound")]
    return " ".join((*inner, token.lower_)) if len(inner) == len(words) - 1 else None


def _names_its_group(word: Token) -> bool:
    """Whether a group word is named by what hangs on it ("Houthi fighters", "militants from
    Lebanon's Hezbollah", "Taliban insurgents"): then it is no unnamed group."""
    return any(mention_of(t) is not None for c in word.children
               for t in (c, *(g for g in c.children if c.dep_ == "prep")))


def _is_armed_group(span: Span) -> bool:
    """Whether a mention can be what "the rebels" refer back to."""
    actor = span._.actor
    if actor.type == "ArmedGroup" or (actor.type == "Group" and actor.sector in ("REB", "UAF")):
        return True
    return (span._.mention_kind == ENTITY and actor.type == "Organization"
            and span[-1].lower_ in WORDS.armed_group_name_heads)


def _is_organisation(span: Span) -> bool:
    """Whether a mention can be what "the group" or "the company" refers back to: an
    organisation, company or armed group, not a state, person, place or intergovernmental body."""
    return span._.actor.type in ("Organization", "Company", "ArmedGroup", "Group", "Media")


def _names_the_state(span: Span, gaz: Gazetteer) -> bool:
    """Whether a state mention puts the state in the story, as "the country" may refer back
    to: a name, or a demonym on a person or an agent ("Nigerian President Tinubu", "Kenyan
    officials"), not one on a thing ("Russian arms shipments" into Syria are not about Russia),
    nor on armed forces, which news names where they fight: after "Russian jets bombed Aleppo",
    "the country" is Syria, not Russia."""
    if span._.mention_kind != DEMONYM or span.root.dep_ not in ("amod", "compound"):
        return True
    head = span.root.head
    return head.pos_ == "PROPN" or agent_sector(head, gaz) not in (None, "MIL")


DOCUMENT_NOUNS = WORDS.document_nouns
AUTHORING_VERBS = WORDS.authoring_verbs
DRAFTING_VERBS = WORDS.drafting_verbs
DOCUMENT_ORDINALS = WORDS.document_ordinals
#: How many sentences back "the resolution" looks for the resolution whose author it repeats.
DOCUMENT_LOOKBACK = 6


def _document_authors(token: Token, gaz: Gazetteer) -> list[Resolved]:
    """"a resolution approved by the European Parliament, which asked ...", "Iceland welcomed a
    proposal by Norway": a document acts for whoever issued it, so a claim made by
    or about it is its author's.  The author is the one the phrase names, else, for "the
    resolution" or "a second resolution", the author of the nearest earlier resolution of the
    story, when that one named it (news names the body once, then repeats "the resolution").
    A nearest earlier one that named nobody stops the search: that is the one meant, and its
    author is unknown (a parliament's motion after a UN one)."""
    if token.lower_ not in DOCUMENT_NOUNS and token.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    if token.pos_ != "NOUN" and not _numbered(token):
        return []  # "Resolution 74" is a document; "the Resolution Foundation" is not
    # "X released a statement" is the act of authoring, where the statement is a thing; it
    # acts for X only in a clause of its own ("X passed a resolution condemning Y").
    own_clause = any(c.dep_ in ("acl", "relcl") for c in token.children)
    found = _named_authors(token, gaz, by_verb=own_clause, drafters=True)
    if found or not _refers_back(token):
        return [Resolved(r.actor, r.token, min(r.confidence, 0.75)) for r in found]
    # Back through the story's earlier documents of the same kind: one that only names its
    # drafter is passed over (the text adopted later is the body's), one naming nobody ends it.
    earlier = _earlier_document(token)
    while earlier is not None:
        issued = _named_authors(earlier, gaz, by_verb=True, drafters=False) or _document_owners(earlier, gaz)
        if issued:
            return [Resolved(r.actor, token, min(r.confidence, 0.65)) for r in issued]
        if not _named_authors(earlier, gaz, by_verb=True, drafters=True):
            return []
        earlier = _earlier_document(earlier)
    return []


def _author_tokens(token: Token, by_verb: bool, drafters: bool) -> list[Token]:
    """Heads of the phrases naming a document's author: "by X" on the noun, the agent of an
    authoring participle ("adopted by X"), or (``by_verb``) the active subject of an authoring
    verb the noun is the object of ("X adopted a resolution"); each with its conjuncts.  With
    ``drafters`` false, the verbs are only those issuing a text as one's own, not drafting it."""
    verbs = AUTHORING_VERBS | DRAFTING_VERBS if drafters else AUTHORING_VERBS
    heads: list[Token] = []
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            heads += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs:
            heads += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    verb = token.head
    if by_verb and token.dep_ == "dobj" and verb.lemma_.lower() in verbs and \
            not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        heads += [c for c in verb.children if c.dep_ == "nsubj"]
    return [x for h in heads for x in (h, *h.conjuncts)]


def _named_authors(token: Token, gaz: Gazetteer, by_verb: bool, drafters: bool) -> list[Resolved]:
    """The actors a document's own phrase names as its author (places and documents aside);
    with ``drafters``, also those who only drafted or proposed it ("a proposal by X")."""
    out = []
    for head in _author_tokens(token, by_verb, drafters):
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            continue
        out += [r for r in resolve_head(head, gaz) if r.actor.type != "Location"]
    return _dedupe(out)


def _document_owners(token: Token, gaz: Gazetteer) -> list[Resolved]:
    """Whose a document is by its modifiers: "a Security Council resolution", "Puigdemont's
    declaration", "an American resolution" (an adjective counts here, as for an event noun)."""
    out = []
    for c in token.children:
        if c.dep_ in ("poss", "compound", "amod") and mention_of(c) is not None:
            out += [r for r in resolve_head(c, gaz, modifier=True) if r.actor.type != "Location"]
    return _dedupe(out)


def _numbered(token: Token) -> bool:
    """Whether a capitalised document word carries its number ("Resolution 74")."""
    return token.text[:1].isupper() and any(c.dep_ == "nummod" and c.like_num and c.i == token.i + 1
                                            for c in token.children)


def _refers_back(token: Token) -> bool:
    """Whether a document noun repeats one named before: "the resolution" (with no modifier
    naming whose, and no "of": "the resolution of the dispute" is a settlement), "a second
    resolution", or a numbered one ("Resolution 74" after the body adopted it)."""
    if _numbered(token) and not any(c.dep_ in ("poss", "compound") for c in token.children):
        return True
    if any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
        return False
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    ordinal = any(c.lower_ in DOCUMENT_ORDINALS for c in token.children if c.dep_ in ("amod", "det"))
    return "the" in dets or ordinal


def _earlier_document(token: Token) -> Token | None:
    """The nearest document noun of the same lemma before ``token``, within the last
    DOCUMENT_LOOKBACK sentences."""
    doc, lemma = token.doc, token.lemma_.lower()
    sent, looked = token.sent, 0
    while looked <= DOCUMENT_LOOKBACK:
        for tok in reversed(doc[sent.start:min(sent.end, token.i)]):
            if lemma in (tok.lemma_.lower(), tok.lower_) and (tok.pos_ == "NOUN" or _numbered(tok)):
                return tok
        if sent.start == 0:
            return None
        sent, looked = doc[sent.start - 1].sent, looked + 1
    return None


def _state_of(tok: Token) -> Actor | None:
    """The state a modifier token names, if it names one."""
    span = mention_of(tok)
    actor = span._.actor if span is not None else None
    return actor if actor is not None and actor.type == "State" else None


def _dedupe(items: list[Resolved]) -> list[Resolved]:
    seen, out = set(), []
    for r in items:
        if r.actor.id not in seen:
            seen.add(r.actor.id)
            out.append(r)
    return out


#: Lower-case particles of names that text may capitalise or not ("al-Qaeda", "Al-Qaeda").
_NAME_PARTICLES = WORDS.name_particles


def _case_fits(span: Span, written: tuple[str, ...]) -> bool:
    """Whether text matches a multi-word name's capitals: a word the gazetteer capitalises may
    be written in lower case only inside one noun phrase ("the Xinhua news agency"), never
    across two ("visited Russia today" is not the outlet "Russia Today").  Name particles
    ("al", "de", "of") are free either way."""
    lowered = any(word[:1].isupper() and tok.text.islower() and tok.lower_ not in _NAME_PARTICLES
                  for tok, word in zip(span, written))
    return not lowered or _one_phrase(span)


def _one_phrase(span: Span) -> bool:
    """Whether the words of a span hang together in the parse: one of them, and only one,
    has its head outside the span."""
    inside = range(span.start, span.end)
    return sum(1 for t in span if t.head.i not in inside or t.head.i == t.i) == 1


def _active(e: ActorEntry, day: dt.date) -> bool:
    if e.roles:
        return any(r.holds_on(day) for r in e.roles)
    return (e.valid_start is None or e.valid_start <= day) and (e.valid_end is None or day <= e.valid_end)


def _doc_day(doc: Doc) -> dt.date:
    """The day offices are read at: the one ``geokg_actors`` fixed for this document (so an
    undated article is resolved at one day throughout, and at ``default_day`` when the
    pipeline sets one), else the published date, else today."""
    return doc._.actor_day or doc._.published or dt.date.today()


def parse_day(value: str | dt.date | None) -> dt.date | None:
    """A ``default_day`` as configured: an ISO date string (``"2014-03-01"``), a date, or
    None (today, at run time)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"default_day must be an ISO date (YYYY-MM-DD), not {value!r}") from None


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


#: Punctuation inside a noun phrase ("British-born", "Iraq's"); any other ends it, so a state
#: before it does not modify a name after it.
_IN_NAME_PUNCT = frozenset({"-", "'", "’"})


def _country_before(ent: Span, mentions: list[Span]) -> str | None:
    """"Nigerian President Olusegun Obasanjo", "Iraq's Foreign Ministry": the country a
    modifier inside the same noun phrase gives an actor the gazetteer does not know."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    inside = range(max(0, ent.start - 4), ent.end)
    for tok in ent.doc[max(0, ent.start - 4):ent.start]:
        m = by_token.get(tok.i)
        if m is not None and m._.actor is not None and m._.actor.type == "State" and tok.head.i in inside \
                and not any(t.is_punct and t.text not in _IN_NAME_PUNCT for t in ent.doc[tok.i:ent.start]):
            return m._.actor.country  # not across a comma: "the US commander in Iraq, General X"
    return None


def _yield_to_full_names(doc: Doc, spans: list[Span], honorifics: frozenset[str]) -> list[Span]:
    """A surname from the gazetteer inside a longer name the tagger found is part of someone
    else's name: "Pak" in "Pak Gil-yon" or "Nunes" in "Devin Nunes" is not the Pak or Nunes
    the gazetteer knows, so the short mention is dropped and the full name becomes its own
    actor (or a misspelt known one).  Not when the rest is a title ("VP Biden") or the known
    person is named in full in the document (the tagger's "Obama Said" is still Obama)."""
    named = {s._.actor.id for s in spans if s._.mention_kind == NAME and s._.actor is not None}
    person_at = _person_ents(doc)
    out = []
    for s in spans:
        ent = person_at.get(s.start) if s._.mention_kind == SHORT and len(s) == 1 else None
        others = [t for t in ent or () if t.i not in range(s.start, s.end)]
        if ent is not None and others and s._.actor.id not in named and \
                not all(t.lower_.rstrip(".") in honorifics for t in others):
            continue
        out.append(s)
    return out


def _person_ents(doc: Doc) -> dict[int, Span]:
    """The tagger's PERSON entity covering each token, built once per document: ``doc.ents``
    makes every entity span anew on each access, so a look-up per mention grew with the square
    of a long document's length."""
    return {i: e for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}


#: Words other than office names that stand before a surname ("Mr Begin", "Gen. Haftar"), and
#: of those the ones that belong to a royal's common name ("King Fahd"), which a label keeps.
_HONORIFICS = WORDS.honorifics
_ROYAL = WORDS.royal_honorifics


def _honorifics(gaz: Gazetteer) -> frozenset[str]:
    """Honorifics and single-word office names: the words allowed right before a bare surname."""
    return _HONORIFICS | _title_words(gaz)


#: Entity labels a surname is also tagged as by mistake ("May warned ministers" as a DATE).
_TIME_LABELS = ("DATE", "TIME")


#: Sectors of the state's own organs: government, military, police, judiciary, legislature.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def _give_institutions_their_state(spans: list[Span], gaz: Gazetteer) -> None:
    """A state's institution named with its owner stands for that state: "Russia's Defence
    Ministry" is Russia (government), not an organisation called "Defence Ministry", and
    "Turkey's National Security Council" is Turkey, not the US council the bare name means.
    Applies to a metonym or a name the gazetteer does not know whose head is an agent noun of
    ``agents.yaml`` (ministry, council, parliament ...), owned through a possessive, a
    demonym or a compound that names another state."""
    at = {i: sp for sp in spans for i in range(sp.start, sp.end)}
    for sp in spans:
        sector = _institution_sector(sp, gaz)
        if sector is None:
            continue
        owner = _owning_state(sp, at)
        if owner is not None and owner.id != sp._.actor.id:
            sp._.actor = Actor(owner.id, owner.label, owner.type, owner.country, owner.wikidata, sector=sector)


def _institution_sector(sp: Span, gaz: Gazetteer) -> str | None:
    """The sector of a mention that names a state institution, else None."""
    kind, actor = sp._.mention_kind, sp._.actor
    if actor is None or kind not in (METONYM, ENTITY) or (kind == ENTITY and gaz.key_of(actor.id)):
        return None
    sector = gaz.agents.get(sp.text.lower()) or gaz.agents.get(sp.root.lemma_.lower())
    return sector if sector in STATE_SECTORS else None  # "Seoul's Yonsei University" is no organ of state


def _owning_state(sp: Span, at: dict[int, Span]) -> Actor | None:
    """The state a possessive, demonym or compound before the mention names, if any."""
    for tok in sp.root.children:
        if tok.i >= sp.start and tok.i < sp.end or tok.dep_ not in ("poss", "amod", "compound"):
            continue
        owner = at.get(tok.i)
        if owner is not None and owner._.actor is not None and owner._.actor.type == "State":
            return owner._.actor
    return None


def _add_surnames(doc: Doc, spans: list[Span], honorifics: frozenset[str]) -> list[Span]:
    """Surnames the tagger left untagged: after "Menachem Begin" or "Mohamed Bazoum", news
    writes "Begin said" or "Bazoum has been held", often with no entity at all (or a month:
    "May warned ministers").  A capitalised surname of a person the document has named in full
    before is that person, when it stands alone (not part of a longer name such as "Theresa
    May Foundation") and no other person named in the document shares it."""
    persons: dict[str, list[tuple[int, Actor]]] = {}
    for s in spans:
        actor = s._.actor
        if actor is None or actor.type != "Person" or len(s) < 2 or s._.mention_kind not in (NAME, ENTITY):
            continue
        for name in _surnames(s.text):
            persons.setdefault(name, []).append((s.end, actor))
    if not persons:
        return spans
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for tok in doc:
        if tok.i in covered or not tok.text[:1].isupper() or tok.is_sent_start and tok.pos_ == "VERB":
            continue
        if tok.text.isupper() and len(tok.text) > 1:
            continue  # "HORSLEY:" labels a transcript's speaker, not an actor of the story
        if tok.tag_ != "NNP" and not _modal_read_as_name(tok):
            continue  # a surname is a singular proper noun ("Begin said"), not "Videos" or "Begin the"
        for n in (3, 2, 1):
            span = doc[tok.i:tok.i + n]
            named = persons.get(span.text.lower()) if len(span) == n else None
            if not named or any(i in covered for i in range(span.start, span.end)):
                continue
            actor = _sole_person_before(named, span.start)
            if actor is not None and _stands_alone(span, honorifics):
                mention = Span(doc, span.start, span.end)
                mention._.mention_kind = ENTITY
                mention._.actor = actor
                out.append(mention)
                covered.update(range(span.start, span.end))
                if _modal_read_as_name(tok):
                    _name_as_subject(tok)
            break
    return out


def _modal_read_as_name(tok: Token) -> bool:
    """Whether a capitalised modal is a surname the tagger read as a verb ("May phoned
    Merkel", "the plan May described"): a modal comes before a verb's base form, so one before
    a past or present-tense verb is no modal."""
    return tok.tag_ == "MD" and tok.text[:1].isupper() and not tok.text.isupper() and \
        tok.dep_ == "aux" and tok.head.i > tok.i and tok.head.tag_ in ("VBD", "VBN", "VBZ")


def _name_as_subject(tok: Token) -> None:
    """Repair the parse of a surname read as a modal: it is the subject of the verb it was
    an auxiliary of (unless that verb has one), so the claim finder sees who acted."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
        return
    tok.dep_, tok.pos_, tok.tag_ = "nsubj", "PROPN", "NNP"


def _sole_person_before(named: list[tuple[int, Actor]], at: int) -> Actor | None:
    """The one person named in full before token ``at`` with this surname (None if several)."""
    ids = {a.id: a for end, a in named if end <= at}
    return next(iter(ids.values())) if len(ids) == 1 else None


def _stands_alone(span: Span, honorifics: frozenset[str]) -> bool:
    """Whether a capitalised word sequence is a name by itself: no capitalised proper noun
    right before or after it (which would make it part of another name) other than a title
    or honorific before it ("President Bazoum", "Mr Begin"), and, where the
    tagger read it as a date, it is a clause's subject or possessor ("May warned ministers",
    not "in May")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return False
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and \
            before.lower_.rstrip(".") not in honorifics:
        return False
    if any(t.ent_type_ in _TIME_LABELS for t in span):
        return span.root.dep_ in ("nsubj", "nsubjpass", "poss") or _modal_read_as_name(span.root)
    return True


def _appositive_country(ent: Span, mentions: list[Span]) -> str | None:
    """"Qatar's emir, Sheikh Hamad", "Iraq's ambassador, Mohammed Aldouri": a name in
    apposition to an office or agent noun takes the country that owns the noun.  Only an
    owner counts, never a place: "the US commander in Iraq, General David Petraeus" is
    American, not Iraqi."""
    head = ent.root.head if ent.root.dep_ == "appos" else _noun_before_comma(ent)
    if head is None or head.i in range(ent.start, ent.end):
        return None
    return _owner_state(head, mentions)


def _country_after(ent: Span, mentions: list[Span]) -> str | None:
    """"King Hassan of Morocco", "Salaheddine Sidhoum, Algeria's leading human rights
    activist": a person the gazetteer does not know takes the country named right after the
    name by "of", or owning the noun in apposition to it."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in WORDS.owner_preps:
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        m = by_token.get(doc[ent.end + 1].i)
        if m is not None and m._.actor is not None and m._.actor.type == "State":
            return m._.actor.country
    appos = [c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end and c.pos_ == "NOUN"]
    return _owner_state(appos[0], mentions) if appos else None


def _owner_state(noun: Token, mentions: list[Span]) -> str | None:
    """The country of a state that owns a noun ("Qatar's emir", "the Iraqi ambassador", "the
    ambassador of Iraq"), skipping modifiers that only say where ("the commander in Iraq")."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for mod in _modifiers(noun):
        if mod.dep_ == "pobj" and mod.head.lower_ not in WORDS.owner_preps:
            continue
        m = by_token.get(mod.i)
        if m is not None and m._.actor is not None and m._.actor.type == "State":
            return m._.actor.country
    return None


def _noun_before_comma(ent: Span) -> Token | None:
    """The noun written right before ", <name>" (past any title words the name carries), for
    appositions the parser missed: "Qatar's emir, Sheikh Hamad ..."."""
    i = ent.start - 1
    while i > 0 and ent.doc[i].lower_.rstrip(".") in _HONORIFICS:
        i -= 1  # honorifics before the name ("Sheikh")
    if i < 1 or ent.doc[i].text != ",":
        return None
    noun = ent.doc[i - 1]
    return noun if noun.pos_ == "NOUN" else None


def _strip_honorifics(ent: Span, honorifics: frozenset[str]) -> Span | None:
    """A person's name without the titles the tagger included ("Archbishop Desmond Tutu",
    "Sheikh Hamad bin Khalifa al-Thani", "Lieutenant-General Raoul Cédras"), so the actor's
    label is the name news and analysts use."""
    start = _after_honorifics(ent, honorifics)
    return Span(ent.doc, start, ent.end, label=ent.label_)


def _after_honorifics(ent: Span, honorifics: frozenset[str]) -> int:
    """Where the name starts after the titles leading an entity; a hyphen joining two titles
    ("Lieutenant-General", which the tokenizer splits) is part of them."""
    doc, start = ent.doc, ent.start
    titles = honorifics - _ROYAL
    while start < ent.end - 1:
        word = doc[start].lower_.rstrip(".")
        joined = word == "-" and start > ent.start and doc[start + 1].lower_.rstrip(".") in titles
        if word not in titles and not joined:
            break
        start += 1
    return start


GROUP_NAME_HEADS = WORDS.group_name_heads


def _names_forces_only(ent: Span, gaz: Gazetteer) -> bool:
    """Whether an organisation entity is made only of the words of any state's services and
    troops ("Army Rangers", "Navy SEALs", "Special Forces"): it names no actor of its own."""
    if ent.label_ != "ORG":
        return False
    words = [t.lower_ for t in ent if t.is_alpha and t.lower_ != "the"]
    if not words:
        return False
    i = 0
    while i < len(words):  # longest service phrase first: "special forces", "air force"
        n = next((n for n in (3, 2, 1) if " ".join(words[i:i + n]) in GENERIC_NAMES
                  or gaz.agents.get(" ".join(words[i:i + n])) == "MIL"), 0)
        if n == 0:
            return False
        i += n
    return True


def _forces_of_coordinated_state(ent: Span, spans: list[Span]) -> list[Span]:
    """The mention for forces named without a country, when they are coordinated with forces
    that have one ("US Marines and Army Rangers"): that state's military; none otherwise (a
    ministry or a service named alone keeps the entity it was: "Russia's Defense Ministry")."""
    root = ent.root
    partners = [*root.conjuncts]
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    for partner in partners:
        for mod in partner.children:
            span = by_token.get(mod.i)
            actor = span._.actor if span is not None and mod.dep_ in ("compound", "amod", "poss", "nmod") else None
            if actor is not None and actor.type == "State":
                mention = Span(ent.doc, ent.start, ent.end)
                mention._.mention_kind = FORMATION
                mention._.actor = Actor(actor.id, actor.label, actor.type, actor.country, actor.wikidata, sector="MIL")
                return [mention]
    return []


def _named_group_over(ent: Span, spans: list[Span]) -> list[Span] | None:
    """The place and demonym mentions inside an organisation's name that the name replaces
    ("Somali" in "the Western Somali Liberation Front", "Kenya" in "the Kenya African National
    Union"): a movement or party named after a people is not that people's state.  Only for
    an organisation entity ending in a group's word (front, movement, party ...) and holding
    nothing but states, places and demonyms; None when it does not replace them."""
    if ent.label_ != "ORG" or len(ent) < 3 or ent[-1].lower_ not in GROUP_NAME_HEADS:
        return None
    inner = [m for m in spans if m.start < ent.end and ent.start < m.end]
    if any(m.start < ent.start or m.end > ent.end or (m.start, m.end) == (ent.start, ent.end) or m._.actor is None
           or m._.mention_kind not in (NAME, DEMONYM) or m._.actor.type not in ("State", "Location") for m in inner):
        return None
    return inner


def _ranked_person(ent: Span, honorifics: frozenset[str]) -> Span | None:
    """A person the tagger took for an organisation because of the rank before the name
    ("Lieutenant-General Raoul Cédras" as ORG): a rank, then a name of two proper nouns or
    more whose last word the text elsewhere uses alone, as news uses a surname ("Cédras
    said"), is that person.  "General Electric Company" has no "Company" acting alone."""
    if ent.label_ != "ORG" or ent[0].lower_.rstrip(".") not in honorifics:
        return None
    start = _after_honorifics(ent, honorifics)
    if start == ent.start or ent.end - start < 2 or any(t.pos_ != "PROPN" for t in ent.doc[start:ent.end]):
        return None
    if not _used_alone(ent.doc[ent.end - 1], ent):
        return None
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _used_alone(last: Token, ent: Span) -> bool:
    """Whether the text uses this word elsewhere as a proper noun standing alone, with no
    proper noun either side ("Cédras said", "talks with Namphy"), as news writes a surname
    after the full name.  Only asked of the rare ranked organisation, so the scan is cheap."""
    doc = last.doc
    for tok in doc:
        if tok.text != last.text or ent.start <= tok.i < ent.end or tok.tag_ != "NNP":
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (before is None or before.pos_ != "PROPN") and (after is None or after.pos_ != "PROPN"):
            return True
    return False


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
    spans = _without_pact_acronyms(doc, spans)
    defined, long_forms = _acronym_definitions(doc, spans)
    if not defined:
        return spans
    if long_forms:
        inside = {i for s in long_forms for i in range(s.start, s.end)}
        spans = [s for s in spans if not any(i in inside for i in range(s.start, s.end))] + long_forms
    return _spread_acronyms(doc, spans, defined)


def _without_pact_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """The mentions less the unknown entities that are the acronym of a treaty or law the
    article spells out ("the Digital Millennium Copyright Act (DMCA)"): the tagger calls "the
    DMCA" an organisation wherever it recurs, but it is no more an actor than the act."""
    pacts: set[str] = set()
    # A mention already ending before "(" is no pact (those were dropped as entities), and
    # spelling its name out again would overwrite its actor, stored by character offsets.
    named_before = {s.end for s in spans}
    for paren, acro in _parenthesised_acronyms(doc):
        if paren not in named_before:
            long_form = _spelt_out(doc, paren, acro.text)
            if long_form is not None and _names_a_pact(long_form):
                pacts.add(acro.text)
    return [s for s in spans if not (s._.mention_kind == ENTITY and s.text in pacts)] if pacts else spans


def _parenthesised_acronyms(doc: Doc) -> Iterator[tuple[int, Token]]:
    """Each acronym standing alone in parentheses ("... Council (LPC)"), with the index of its
    "(": where an article defines the short name it goes on to use."""
    for tok in doc[1:-2]:
        acro = doc[tok.i + 1]
        if tok.text == "(" and doc[tok.i + 2].text == ")" and _is_acronym(acro):
            yield tok.i, acro


def _acronym_definitions(doc: Doc, spans: list[Span]) -> tuple[dict[str, Actor], list[Span]]:
    """Each acronym in parentheses -> the actor of the mention just before it, and the new
    mentions made of long forms the tagger missed ("the Liberian Peace Council").  A known
    acronym after an unknown long form makes that form the known organisation ("the
    International Labor Office (ILO)": the ILO, however spelt out) and defines nothing."""
    defined: dict[str, Actor] = {}
    by_end = {s.end: s for s in spans if s._.actor is not None and s._.actor.type != "Location"}
    long_forms: list[Span] = []
    for paren, acro in _parenthesised_acronyms(doc):
        before = by_end.get(paren)
        known = _known_organisation(spans, paren + 1)
        if before is not None and before._.mention_kind == ENTITY and before.text != acro.text and \
                before._.actor.type != "Person" and known is not None:
            before._.actor = known
            continue
        if before is None or before.text == acro.text:
            before = _spelt_out(doc, paren, acro.text)
            if before is None or _names_a_pact(before):
                continue  # (a treaty spelt out, "the Trans Pacific Partnership (TPP)", is no actor)
            _take_leading_country(before, spans)
            long_forms.append(before)
        defined.setdefault(acro.text, before._.actor)
    return defined, long_forms


def _spread_acronyms(doc: Doc, spans: list[Span], defined: dict[str, Actor]) -> list[Span]:
    """Every entity mention that is a defined acronym becomes its actor, and every other
    occurrence of it outside a mention a new mention of that actor."""
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
#: Actor types a known acronym may name for the long form before it.
_ORGANISATION_TYPES = ("InternationalOrganization", "Organization", "ArmedGroup", "Company", "Media")


def _known_organisation(spans: list[Span], i: int) -> Actor | None:
    """The organisation a gazetteer name covering exactly token ``i`` (an acronym) names."""
    for s in spans:
        if s.start == i and s.end == i + 1 and s._.mention_kind == NAME and s._.actor is not None \
                and s._.actor.type in _ORGANISATION_TYPES:
            return s._.actor
    return None


def _take_leading_country(form: Span, spans: list[Span]) -> None:
    """"The Nigerian Union of Teachers (NUT)": a state's name or demonym opening an
    organisation's spelt-out name gives the organisation its country."""
    for s in spans:
        if s.start == form.start and s.end < form.end and s._.actor is not None and s._.actor.type == "State":
            a = form._.actor
            form._.actor = Actor(id=a.id, label=a.label, type=a.type, country=s._.actor.country)
            return


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


#: Capitalised words the tagger takes for names that name no one in particular: a service
#: of any state's forces ("Navy jets", "Air Force F-111 bombers") or "State" in "Secretary of State".
GENERIC_NAMES = WORDS.generic_names


def _generic_name(ent: Span) -> bool:
    """Whether an entity is only a generic service or office word, or one followed by a model
    number ("Air Force F-111"), which names no actor without its country."""
    words = [t for t in ent if not any(ch.isdigit() for ch in t.text)]
    text = normal(" ".join(t.text for t in words))
    return bool(words) and text in GENERIC_NAMES


def _names_a_pact(ent: Span) -> bool:
    """Whether an entity the gazetteer missed is a treaty, deal or law (words.yaml pact_heads,
    pact_names): "NAFTA", "the Iran nuclear deal", "the Patriot Act" are what parties agree
    on or argue over, so a claim with one as its subject or object is misread."""
    name = ent.text.split("(")[0]  # "the Trans Pacific Partnership (TPP)"
    words = re.findall(r"[^\W\d_]+", name.lower())
    return (bool(words) and words[-1] in WORDS.pact_heads) or normal(name) in WORDS.pact_names


def _common_words(ent: Span) -> bool:
    """Whether an organisation or person the tagger found names no actor: only common words,
    such as a capitalised noun opening a sentence or caption ("Warplanes took off", "Rescue
    workers"), or a phrase headed by an adjective or participle ("Academy Award-winning",
    "U.S.-led").  A name with a common head ("the AKP party") still names its holder; places and
    peoples keep their adjectives (a misspelt demonym is still a state's)."""
    if ent.label_ not in ("ORG", "PERSON"):
        return False
    if ent.root.pos_ in ("ADJ", "VERB"):
        return True
    return not any(t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in ent)


def _outside_gallery_headers(doc: Doc, spans: list[Span]) -> list[Span]:
    """The mentions not inside a photo gallery's header (_GALLERY_HEADER): the caption after
    the dash still names who is pictured, but the header's title names no one acting."""
    return _outside(spans, [m.span() for m in _GALLERY_HEADER.finditer(doc.text)])


def _outside(spans: list[Span], ranges: list[tuple[int, int]]) -> list[Span]:
    """The mentions that start outside every character range (the text a page's furniture
    takes up: headers, datelines, credits)."""
    if not ranges:
        return spans
    return [s for s in spans if not any(a <= s.start_char < b for a, b in ranges)]


def _outside_credits(doc: Doc, spans: list[Span]) -> list[Span]:
    """The mentions not inside the story's dateline or a photo credit (_DATELINE,
    _PHOTO_CREDIT): "SEOUL (Reuters) - North Korea's delegation held talks with Moon" has
    North Korea meet Moon, not Seoul; "Image copyright EPA" names no one at the summit."""
    credits = [m.span() for m in _PHOTO_CREDIT.finditer(doc.text)]
    dateline = _DATELINE.match(doc.text)
    if dateline is not None:
        credits.append(dateline.span())
    return _outside(spans, credits)


def in_dateline(tok: Token) -> bool:
    """Whether a token lies in the story's dateline ("KINSHASA — Moroccan troops began ...":
    the parser may take the dateline's city for a second subject of the first verb)."""
    if tok.idx > 80:
        return False
    dateline = _DATELINE.match(tok.doc.text)
    return dateline is not None and tok.idx < dateline.end()


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
    default_config={"ontology_dir": None, "fuzzy_cutoff": 0.88, "use_entities": True, "default_day": None},
)
def make_actor_resolver(nlp: Language, name: str, ontology_dir: str | None, fuzzy_cutoff: float,
                        use_entities: bool, default_day: str | None) -> ActorResolver:
    """Registered spaCy component: ``nlp.add_pipe("geokg_actors")`` after ``ner``.

    Set ``doc._.published`` (a date) before it runs so titles and short names resolve at the
    article's date.  An article without one is resolved at ``default_day`` (an ISO date,
    ``config={"default_day": "2014-03-01"}``); left at None, that is the day the pipeline
    runs, which suits a feed of fresh news but makes "the US president" in an undated
    archive article change with the year it is processed in: pin it for reproducible builds."""
    gaz = load_gazetteer(Path(ontology_dir)) if ontology_dir else load_gazetteer()
    formations = load_formations(Path(ontology_dir)) if ontology_dir else load_formations()
    return ActorResolver(nlp, gaz, fuzzy_cutoff=fuzzy_cutoff, use_entities=use_entities,
                         default_day=parse_day(default_day), formations=formations)
