"""Reactions to an event named earlier: "Ethiopia invaded Somalia. ... Eritrea condemned the invasion".

The claim extractor reads one sentence at a time, and "condemned the raid" names no party: the
raid's doer was named by a claim of an earlier sentence.  Linking the definite event noun back
to that claim is a document-level step, kept here apart from the sentence rules, and kept
conservative because a wrong link puts an accusation on an actor the reaction never named:

* the noun is definite ("the", "this", "that", "these", "those") and names no party of its own ("the attack on
  X", "Morocco's annexation", "the strikes launched by the US" read their own parties);
* its lemma is an event noun of the lexicon (``event_anaphors``: noun -> categories of the act
  it can stand for), and an earlier claim of one of those categories was stated in the
  reaction's own sentence or within a window before it.  The window is wider than "the
  paragraph before": wire copy names the event in its lead and reports the reactions a few
  short paragraphs later (measured: a one-paragraph window lost nine of the links an analyst
  draws on the project's articles), so what keeps the link safe is the next rule;
* the candidates in the window name exactly one event, i.e. all give the same doers ("Ethiopia
  invaded Somalia. Sudan shelled South Sudan. Eritrea condemned the attack." links nothing).  A
  plural noun ("the measures") standing for the acts of several doers stays unlinked too: that
  reading met no case in the 2,000-article corpus to check it on;
* the stance is on the doers (and, for an agreement, on both parties); whoever reacts is never
  its own target.  The actors come back with a lower weight than a direct reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from kg.claims.dating import ends_paragraph
from kg.claims.model import Actor, Claim
from kg.nlp.actors import Resolved, mention_of
from kg.vocab import load_lexicon

_LEX = load_lexicon()
#: event noun -> categories of the claim it can refer back to (lexicon.yaml event_anaphors)
EVENT_NOUNS = _LEX.event_anaphors
DEFINITE = _LEX.definite
#: an agreement binds both its parties, so a stance on it is on both
BOTH_PARTY_CATEGORIES = _LEX.both_party_categories
#: how far back an antecedent may be: sentences before the reaction's, and paragraphs
MAX_SENTENCES_BACK = 12
MAX_PARAGRAPHS_BACK = 6
#: weight of an actor found through an earlier claim rather than in the reaction's own words
LINK_CONFIDENCE = 0.6
#: modifiers of an event noun that never name a party ("such an attack")
_NO_PARTY_WORDS = frozenset({"such"})


def event_antecedents(tokens: Iterable[Token], reactors: Sequence[Resolved],
                      earlier: Sequence[Claim]) -> list[Resolved]:
    """The actors a reaction to a definite event noun among ``tokens`` is about, found through the
    claims of the document read so far (``earlier``, in document order); empty when no noun
    qualifies or the link is not unambiguous."""
    own = {r.actor.id for r in reactors}
    for tok in tokens:
        kinds = _event_kinds(tok)
        if kinds is None:
            continue
        actors = _linked_actors(tok, kinds, earlier)
        found = list({a.id: Resolved(a, tok, LINK_CONFIDENCE) for a in actors if a.id not in own}.values())
        if found:
            return found
    return []


def _event_kinds(tok: Token) -> frozenset[str] | None:
    """The categories a definite, party-less event noun can stand for, else None."""
    kinds = EVENT_NOUNS.get(tok.lemma_.lower())
    if kinds is None or tok.pos_ != "NOUN":
        return None
    if not is_definite(tok):
        return None
    return None if _names_own_party(tok) else frozenset(kinds)


def is_definite(noun: Token) -> bool:
    """"the alliance", "that deal": a noun that refers to an event or body already known."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _names_own_party(tok: Token) -> bool:
    """"the attack on Chad", "Morocco's annexation", "the Turkish raid", "the strikes launched by
    the US": the phrase says who did it or to whom, so it is read in its own sentence.  "The
    seizure of power" and "the attack on Wednesday" name no party."""
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in _NO_PARTY_WORDS and _is_party(c):
            return True
        if c.dep_ == "prep" and any(_is_party(g) for g in c.children if g.dep_ == "pobj"):
            return True
        if c.dep_ in ("acl", "relcl") and any(g.dep_ == "agent" for g in c.children):
            return True
    return False


def _is_party(tok: Token) -> bool:
    """Whether a modifier of an event noun may name a party: an actor mention, a pronoun or a
    name, but not a date, which the tagger also calls a proper noun ("the invasion of August 2")."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False
    return mention_of(tok) is not None or tok.pos_ in ("PRON", "PROPN")


def _linked_actors(tok: Token, kinds: frozenset[str], earlier: Sequence[Claim]) -> list[Actor]:
    """The doers of the one event the noun refers to (see the module docstring), or nothing."""
    window_start = _window_start(tok)
    events: dict[tuple[int, str, str], list[Claim]] = {}
    for claim in earlier:
        if (claim.category not in kinds or claim.modality not in ("asserted", "alleged") or not claim.evidence
                or not window_start <= claim.evidence[0].start <= tok.idx):
            continue
        ev = claim.evidence[0]
        events.setdefault((ev.start, claim.relation, claim.object.id), []).append(claim)
    if not events:
        return []
    readings = [_doers(claims) for claims in events.values()]
    first = {a.id for a in readings[0]}
    return readings[0] if all({a.id for a in r} == first for r in readings) else []


def _doers(claims: list[Claim]) -> list[Actor]:
    """Who did one event: the coordinated subjects of its claims ("Canada and Britain imposed
    sanctions on Nicaragua" is one act of both), and its object too for an agreement."""
    actors = [c.subject for c in claims]
    actors += [c.object for c in claims if c.category in BOTH_PARTY_CATEGORIES]
    return list({a.id: a for a in actors}.values())


def _window_start(tok: Token) -> int:
    """The first character an antecedent's sentence may start at: the start of the sentence
    ``MAX_SENTENCES_BACK`` before the reaction's, or of the first sentence of the paragraph
    ``MAX_PARAGRAPHS_BACK`` before it if that comes later.  Walked sentence by sentence, so the
    cost per reaction is bounded by the window, not by the document."""
    doc, start, breaks = tok.doc, tok.sent.start, 0
    for _ in range(MAX_SENTENCES_BACK):
        if start == 0:
            break
        prev = doc[start - 1].sent
        if ends_paragraph(prev):
            breaks += 1
            if breaks > MAX_PARAGRAPHS_BACK:
                break
        start = prev.start
    return doc[start].idx
