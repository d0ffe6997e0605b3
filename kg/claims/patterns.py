"""Relation wordings compiled into a lemma-indexed trigger finder.

Each wording of ``ontology/relations.yaml`` is a small dependency pattern: a trigger verb
(or event noun), optionally a particle, a light-verb noun and a preposition that introduces
the object ("impose sanction on").  spaCy's ``DependencyMatcher`` expresses exactly these
patterns (:func:`dependency_matcher` builds one, and the tests check that both agree), but with
the ~600 wordings of the vocabulary it ran every node pattern over every token and took about
half of the whole pipeline's time (measured with ``benchmarks/bench_pipeline.py``).  Every
pattern is anchored on its trigger lemma, so an index from lemma to wordings finds the same
matches by looking only at the trigger's children.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from kg.vocab import Relation, load_lexicon

#: How a wording's last words are read (``ontology/lexicon.yaml``): a preposition introduces the
#: object, a particle belongs to the verb.
_LEX = load_lexicon()
PREPS = _LEX.wording_preps
PARTICLES = _LEX.wording_particles
HEADING_PREPS = _LEX.heading_preps
HEADING_CATEGORIES = _LEX.heading_categories
#: "sent hundreds of advisers to Angola": a count whose "of" names what the light verb acts on.
QUANTITY_NOUNS = _LEX.quantity_nouns
#: "$2 billion in military aid", "£50m of loans": the preposition after a sum names what it is in.
SUM_PREPS = ("in", "of")
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
NOUN_DEPS = frozenset({"dobj", "nsubjpass", "attr", "npadvmod"})
PREP_DEPS = frozenset({"prep", "prt", "dative", "agent"})
#: verbs whose "with" may hang on the thing they settle ("negotiated the text with")
SETTLING_VERBS = _LEX.settling_verbs


@dataclass(frozen=True)
class PatternSpec:
    """One compiled wording of a relation."""

    relation: Relation
    kind: str  # "verb" | "noun"
    lemma: str  # the trigger's lemma
    noun: str | None = None  # light-verb noun ("sanction" in "impose sanction on"), or event noun words
    particle: str | None = None
    prep: str | None = None  # preposition that introduces the object
    noun_preps: tuple[str, ...] = ()  # for event nouns: prepositions of the object
    size: int = 1

    @cached_property
    def prep_words(self) -> frozenset[str]:
        """The prepositions that spell the wording's own: its "to" is also "toward" for a
        deployment ("sent a carrier group toward Taiwan")."""
        if self.prep == "to" and self.relation.category in HEADING_CATEGORIES:
            return frozenset({self.prep}) | HEADING_PREPS
        return frozenset({self.prep}) if self.prep else frozenset()

    @property
    def noun_head(self) -> str | None:
        return self.noun.split()[-1] if self.noun else None

    @property
    def wording(self) -> str:
        """The wording as relations.yaml writes it ("return to", "hand over to"; a particle is
        put before a light-verb noun), so that word classes of the lexicon can name a wording
        rather than a whole relation."""
        return " ".join(w for w in (self.lemma, self.particle, self.noun, self.prep) if w)


@dataclass
class Trigger:
    """A match: the trigger token and the pattern's other tokens."""

    spec: PatternSpec
    token: Token
    noun: Token | None = None
    prep: Token | None = None


def parse_wording(rel: Relation, wording: str) -> PatternSpec:
    """"impose sanction on" -> verb impose, noun sanction, prep on; "shoot down" -> particle."""
    words = wording.lower().split()
    verb, rest = words[0], words[1:]
    prep = None
    if rest and rest[-1] in PREPS and not (len(rest) == 1 and rest[0] in PARTICLES and rest[0] not in ("on", "in")):
        prep = rest.pop()
    particle = rest.pop(0) if rest and rest[0] in PARTICLES else None
    if rest and rest[-1] in PARTICLES and particle is None:
        particle = rest.pop()
    noun = " ".join(rest) if rest else None
    return PatternSpec(rel, "verb", verb, noun=noun, particle=particle, prep=prep,
                       size=1 + bool(noun) + bool(particle) + bool(prep))


def compile_specs(relations: dict[str, Relation]) -> list[PatternSpec]:
    specs = []
    for rel in relations.values():
        specs.extend(parse_wording(rel, w) for w in rel.verbs)
        specs.extend(PatternSpec(rel, "noun", noun.split()[-1], noun=noun, noun_preps=preps)
                     for noun, preps in rel.nouns.items())
    return specs


class TriggerIndex:
    """Finds every (wording, trigger, noun, preposition) match in a Doc."""

    def __init__(self, relations: dict[str, Relation]) -> None:
        self.specs = compile_specs(relations)
        self.by_lemma: dict[tuple[str, str], list[PatternSpec]] = defaultdict(list)
        for spec in self.specs:
            self.by_lemma[(spec.kind, spec.lemma)].append(spec)

    def __call__(self, doc: Doc) -> Iterator[Trigger]:
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ in VERB_POS:
                for spec in self.by_lemma.get(("verb", lemma), ()):
                    yield from _verb_matches(spec, tok)
            elif tok.pos_ in NOUN_POS:
                for spec in self.by_lemma.get(("noun", lemma), ()):
                    if _modifiers_present(tok, spec.noun or ""):
                        yield Trigger(spec, tok)


def _verb_matches(spec: PatternSpec, verb: Token) -> Iterator[Trigger]:
    children = list(verb.children)
    particles = [c for c in children if spec.particle and c.lower_ == spec.particle and c.dep_ in PARTICLE_DEPS]
    if spec.particle and not particles:
        return
    nouns: list[Token | None] = [None]
    if spec.noun:
        nouns = [n for n in _light_nouns(children) if n.lemma_.lower() == spec.noun_head]
        if not nouns:
            return
    for noun in nouns:
        if not spec.prep:
            yield Trigger(spec, verb, noun)
            continue
        # "pulled its troops out of Lebanon": the parser hangs "of" on the particle "out";
        # "provided photographs and intelligence to X": it hangs on the first conjunct, and
        # "sent hundreds of advisers to X" on the count.
        nominals = (_things(children) if _settles_things(spec) else []) if noun is None else \
            [noun] + ([noun.head] if noun.dep_ == "conj" else []) + (
                [noun.head.head] if is_counted(noun) or _is_sum_of(noun) else []) + _of_complements(noun)
        holders = [verb] + nominals + [p for p in particles if p.dep_ == "prep"]
        for holder in holders:
            for c in holder.children:
                if c.lower_ in spec.prep_words and c.dep_ in PREP_DEPS:
                    yield Trigger(spec, verb, noun, c)


def _of_complements(noun: Token) -> list[Token]:
    """"sent messages of support to Jordan", "a letter of protest to Beijing": the parser hangs
    the wording's preposition on the noun's "of" complement as often as on the noun."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _settles_things(spec: PatternSpec) -> bool:
    """Whether a "<verb> with" wording names no noun and its verb settles a thing with the other
    party (lexicon.yaml settling_verbs: "negotiated the text with Primakov"), so that its "with"
    may hang on that thing.  Not other verbs ("met the challenge with American help") nor other
    prepositions ("called the deal a gift for Tehran" asks nothing of Tehran)."""
    return spec.noun is None and spec.prep == "with" and spec.lemma in SETTLING_VERBS


def _things(children: list[Token]) -> list[Token]:
    """The common-noun objects of a verb: the things it settles (see ``_settles_things``)."""
    return [c for c in children if c.dep_ == "dobj" and c.pos_ == "NOUN"]


def _light_nouns(children: list[Token]) -> Iterator[Token]:
    """The verb's nominal complements and their first-level conjuncts: "providing aerial
    photographs and other military intelligence to Macedonia" provides intelligence, so the
    wording "provide intelligence to" must see the second noun of the coordination too."""
    for c in children:
        if c.dep_ in NOUN_DEPS:
            yield c
            yield from (g for g in c.children if g.dep_ == "conj" and g.pos_ in NOUN_POS)
            if c.lemma_.lower() in QUANTITY_NOUNS:
                # "sent thousands of troops": what is sent is what the count counts
                yield from (g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS)
            elif c.ent_type_ == "MONEY":
                # "sent $1.3 billion in aid to Egypt": what is sent is what the sum is given in
                yield from (g for p in c.children if p.dep_ == "prep" and p.lower_ in SUM_PREPS
                            for g in p.children if g.dep_ == "pobj" and g.pos_ in NOUN_POS)


def _is_sum_of(noun: Token) -> bool:
    """Whether a light-verb noun is what a sum of money is given in ("$2 billion in aid")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in SUM_PREPS and noun.head.dep_ == "prep"
            and noun.head.head.ent_type_ == "MONEY" and noun.head.head.dep_ in NOUN_DEPS)


def is_counted(noun: Token) -> bool:
    """Whether a light-verb noun is what a count counts ("hundreds of advisers")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep"
            and noun.head.head.lemma_.lower() in QUANTITY_NOUNS and noun.head.head.dep_ in NOUN_DEPS)


def _modifiers_present(token: Token, noun: str) -> bool:
    """Multi-word event nouns ("arm supply", "punitive measure") need their modifier too, which
    news as often puts after the noun with "of" ("shipments of arms", "a buildup of troops")."""
    words = noun.split()
    if len(words) == 1:
        return True
    mods = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
    if len(words) == 2:
        mods |= {g.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"}
    return all(w in mods for w in words[:-1])


def dependency_matcher(nlp: Language, specs: list[PatternSpec]) -> tuple[DependencyMatcher, dict[str, PatternSpec]]:
    """The same wordings as a spaCy ``DependencyMatcher`` (the reference the index is tested against)."""
    matcher = DependencyMatcher(nlp.vocab)
    keys: dict[str, PatternSpec] = {}
    for i, spec in enumerate(specs):
        if spec.kind == "noun":
            patterns = [[{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": spec.lemma, "POS": {"IN": sorted(NOUN_POS)}}}]]
        else:
            patterns = _verb_patterns(spec)
        for j, pattern in enumerate(patterns):
            key = f"{spec.relation.key}|{i}|{j}"
            keys[key] = spec
            matcher.add(key, [pattern])
    return matcher, keys


def _verb_patterns(spec: PatternSpec) -> list[list[dict]]:
    base = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": spec.lemma, "POS": {"IN": sorted(VERB_POS)}}}]
    if spec.particle:
        base.append({"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "particle",
                     "RIGHT_ATTRS": {"LOWER": spec.particle, "DEP": {"IN": sorted(PARTICLE_DEPS)}}})
    bases = [base]
    if spec.noun:
        noun = {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "noun",
                "RIGHT_ATTRS": {"LEMMA": spec.noun_head, "DEP": {"IN": sorted(NOUN_DEPS)}}}
        # "provide photographs and intelligence to": the noun as a conjunct of the complement.
        coord = [{"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "coord", "RIGHT_ATTRS": {"DEP": {"IN": sorted(NOUN_DEPS)}}},
                 {"LEFT_ID": "coord", "REL_OP": ">", "RIGHT_ID": "noun",
                  "RIGHT_ATTRS": {"LEMMA": spec.noun_head, "DEP": "conj", "POS": {"IN": sorted(NOUN_POS)}}}]
        # "sent hundreds of advisers to": the noun counted by the complement.
        count = [{"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "coord",
                  "RIGHT_ATTRS": {"DEP": {"IN": sorted(NOUN_DEPS)}, "LEMMA": {"IN": sorted(QUANTITY_NOUNS)}}},
                 {"LEFT_ID": "coord", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of", "DEP": "prep"}},
                 {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "noun",
                  "RIGHT_ATTRS": {"LEMMA": spec.noun_head, "DEP": "pobj", "POS": {"IN": sorted(NOUN_POS)}}}]
        # "sent $2 billion in aid to": the noun a sum of money is given in.
        money = [{"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "coord",
                  "RIGHT_ATTRS": {"DEP": {"IN": sorted(NOUN_DEPS)}, "ENT_TYPE": "MONEY",
                                  "LEMMA": {"NOT_IN": sorted(QUANTITY_NOUNS)}}},
                 {"LEFT_ID": "coord", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": {"IN": list(SUM_PREPS)}, "DEP": "prep"}},
                 {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "noun",
                  "RIGHT_ATTRS": {"LEMMA": spec.noun_head, "DEP": "pobj", "POS": {"IN": sorted(NOUN_POS)}}}]
        bases = [base + [noun], base + coord, base + count, base + money]
    if not spec.prep:
        return bases
    prep = {"LOWER": {"IN": sorted(spec.prep_words)}, "DEP": {"IN": sorted(PREP_DEPS)}}
    if _settles_things(spec):
        # "negotiated the text with": the preposition on the verb's common-noun object
        bases = bases + [base + [{"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "coord",
                                  "RIGHT_ATTRS": {"DEP": "dobj", "POS": "NOUN"}}]]
    out = []
    for nodes in bases:
        holders = ["trigger"] + [n["RIGHT_ID"] for n in nodes if n["RIGHT_ID"] in ("noun", "coord")]
        out += [nodes + [{"LEFT_ID": h, "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": prep}] for h in holders]
        if any(n["RIGHT_ID"] == "noun" for n in nodes):
            # "sent messages of support to": the preposition on the noun's "of" complement
            out.append(nodes + [{"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "noun_of",
                                 "RIGHT_ATTRS": {"LOWER": "of", "DEP": "prep"}},
                                {"LEFT_ID": "noun_of", "REL_OP": ">", "RIGHT_ID": "noun_of_obj",
                                 "RIGHT_ATTRS": {"DEP": "pobj"}},
                                {"LEFT_ID": "noun_of_obj", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": prep}])
        if spec.particle:
            # "pulled troops out of Lebanon": the preposition hangs on a particle parsed as "prep".
            on_particle = [nodes[0], {**nodes[1], "RIGHT_ATTRS": {"LOWER": spec.particle, "DEP": "prep"}}, *nodes[2:]]
            out.append(on_particle + [{"LEFT_ID": "particle", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": prep}])
    return out
