"""Reactions to an event named earlier: "Ethiopia invaded Somalia. ... Eritrea condemned the invasion".

The claim extractor reads one sentence at a time, and "condemned the raid" names no party: the
raid's doer was named by a claim of an earlier sentence.  Linking the definite event noun back
to that claim is a document-level step, kept here apart from the sentence rules, and kept
conservative because a wrong link puts an accusation on an actor the reaction never named:

* the noun is definite ("the", "this", "that", "these", "those") and names no party of its own ("the attack on
  X", "Morocco's annexation", "the strikes launched by the US" read their own parties);
* its lemma is an event noun of the lexicon (``event_anaphors``: noun -> categories of the act
  it can stand for), and an earlier claim of one of those categories was stated (as done,
  reported, or for an agreement also as one to be concluded) in the
  reaction's own sentence or within a window before it.  The window is wider than "the
  paragraph before": wire copy names the event in its lead and reports the reactions a few
  short paragraphs later (measured: a one-paragraph window lost nine of the links an analyst
  draws on the project's articles), so what keeps the link safe is the next rule;
* the candidates in the window name exactly one event, i.e. all give the same doers, a leader
  counting as their state ("Ethiopia invaded Somalia. Sudan shelled South Sudan. Eritrea
  condemned the attack." links nothing).  A
  plural noun ("the measures") standing for the acts of several doers stays unlinked too: that
  reading met no case in the 2,000-article corpus to check it on;
* the stance is on the doers (and, for an agreement, on both parties); whoever reacts is never
  its own target.  The actors come back with a lower weight than a direct reading.

Five other links read the document so far the same way:

* an act with no second party ("seized power", "detonated a nuclear device") gives no claim, so
  "condemned the coup" or "regretted the test" is read back at the one clause that told of it
  (``lone_act_doers``);
* an ellipsis repeats the act just told with a new subject: "Norway expelled two envoys, and
  Denmark followed suit", "Chile announced a similar ban" (``repeated_act``);
* a person who announces or orders a definite act of their own state's does it too: "Cuban
  soldiers left Angola ... President Castro announced the pullout" (``announced_act``);
* a truce asked for without parties is asked of the two sides of the one conflict told before:
  "... called for an immediate ceasefire" (``conflict_sides``);
* "the two countries", "both governments", "the two leaders", "each side ... the other" stand for
  the two parties the claims just before most often join (``pair_referents``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Span, Token

from kg.claims.dating import ends_paragraph
from kg.claims.model import Actor, Claim
from kg.nlp.actors import Resolved, led_state, mention_of
from kg.vocab import load_actor_words, load_gazetteer, load_lexicon

_LEX = load_lexicon()
_WORDS = load_actor_words()
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
#: an act repeated by a new subject ("followed suit", "a similar embargo"), see ``repeated_act``
EMULATION_VERBS = _LEX.emulation_verbs
EMULATION_OBJECTS = _LEX.emulation_objects
SAMENESS_WORDS = _LEX.sameness_words
JOINING_VERBS = _LEX.joining_verbs
ENACTING_VERBS = _LEX.enacting_verbs
DECISION_NOUNS = _LEX.decision_nouns
#: "the move", "the decision" may be an act of any kind, so they refer only to an act just told:
#: in their own sentence or the two before, across at most one paragraph break (sentences,
#: paragraphs back; wire copy often gives each sentence its own paragraph)
DECISION_WINDOW = (2, 1)
#: claims no "move" stands for: a meeting ("the leaders met ... Iran welcomed the move" is about
#: what they did there), a tie ("Germany, a US ally, criticised the move" is no move of Germany's),
#: words said (a demand, a charge or a refusal is no step taken)
UNDECIDED_CATEGORIES = _LEX.undecided_categories
#: a truce asked for with no parties named is one between the sides of the fighting told before
TRUCE_NOUNS = _LEX.truce_nouns
FIGHT_CATEGORIES = _LEX.fight_categories
#: a seizure of power and the clauses that tell of one ("seized power", "staged a coup")
POWER_SEIZURE_NOUNS = _LEX.power_seizure_nouns
SEIZING_VERBS = _LEX.seizing_verbs
POWER_OBJECTS = _LEX.power_objects
#: acts with no second party: (nouns that refer back to one, verbs that tell of one, their objects)
LONE_ACTS = ((POWER_SEIZURE_NOUNS, SEIZING_VERBS, POWER_OBJECTS),
             (_LEX.test_nouns, _LEX.testing_verbs, _LEX.weapon_objects))
#: an ellipsis repeats what was just told: the act is in its own sentence or the ones just before
REPEAT_SENTENCES_BACK = 2
#: the antecedent's modality: a repeated act may have been asserted, reported or planned
_REPEATABLE = ("asserted", "alleged", "hypothetical")


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
    """The categories a definite, party-less event noun can stand for (empty for a decision
    noun, which stands for an act of any kind), else None.  A decision whose own words say what
    was decided ("the decision to leave") refers back to nothing."""
    lemma = tok.lemma_.lower()
    kinds = frozenset() if lemma in DECISION_NOUNS else EVENT_NOUNS.get(lemma)
    if kinds is None or tok.pos_ != "NOUN" or not is_definite(tok) or _names_own_party(tok):
        return None
    return None if lemma in DECISION_NOUNS and _says_what(tok) else frozenset(kinds)


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
    window_start = _window_start(tok) if kinds else _window_start(tok, *DECISION_WINDOW)
    events: dict[tuple[int, str, str], list[Claim]] = {}
    for claim in earlier:
        fits = claim.category in kinds if kinds else claim.category not in UNDECIDED_CATEGORIES
        if (not fits or not _names_an_event(claim) or not claim.evidence
                or not window_start <= claim.evidence[0].start <= tok.idx):
            continue
        ev = claim.evidence[0]
        events.setdefault((ev.start, claim.relation, claim.object.id), []).append(claim)
    if not events:
        return []
    readings = [_doers(claims) for claims in events.values()]
    first = _sides(readings[0])
    return readings[0] if all(_sides(r) == first for r in readings) else []


def _names_an_event(claim: Claim) -> bool:
    """Whether a claim tells of an act a definite noun can refer back to: one that happened (or is
    said to have), or an agreement its parties are to conclude ("Ghana and Togo undertake to
    conclude a border treaty ... Burkina Faso rejected the accord": the accord is still theirs)."""
    return claim.modality in ("asserted", "alleged") or (
        claim.modality == "hypothetical" and claim.category in BOTH_PARTY_CATEGORIES)


def _sides(doers: list[Actor]) -> set[str]:
    """The states a set of doers acts for, for telling one event from another: "Cuban soldiers
    left Angola" and "President Castro announced the pullout" tell one withdrawal, by Cuba."""
    return {a.country if a.type in ("State", "Person") and a.country else a.id for a in doers}


def _doers(claims: list[Claim]) -> list[Actor]:
    """Who did one event: the coordinated subjects of its claims ("Canada and Britain imposed
    sanctions on Nicaragua" is one act of both), and its object too for an agreement."""
    actors = [c.subject for c in claims]
    actors += [c.object for c in claims if c.category in BOTH_PARTY_CATEGORIES]
    return list({a.id: a for a in actors}.values())


def _window_start(tok: Token, sentences: int = MAX_SENTENCES_BACK, paragraphs: int = MAX_PARAGRAPHS_BACK) -> int:
    """The first character an antecedent's sentence may start at: the start of the sentence
    ``sentences`` before the reaction's, or of the first sentence of the paragraph
    ``paragraphs`` before it if that comes later.  Walked sentence by sentence, so the
    cost per reaction is bounded by the window, not by the document."""
    doc, start, breaks = tok.doc, tok.sent.start, 0
    for _ in range(sentences):
        if start == 0:
            break
        prev = doc[start - 1].sent
        if ends_paragraph(prev):
            breaks += 1
            if breaks > paragraphs:
                break
        start = prev.start
    return doc[start].idx


def conflict_sides(tokens: Iterable[Token], askers: Sequence[Resolved], earlier: Sequence[Claim]) -> list[Resolved]:
    """The sides a truce asked for without parties is between: "Tunisian forces fought French
    troops around Bizerte ... The Security Council called for an immediate ceasefire" asks France
    and Tunisia.  The fighting is read from the claims of the document so far (``earlier``) in
    the window of ``event_antecedents``; it must be one conflict, every fight between the same two
    sides (a leader counting as their state), or nothing is read.  An asker that is a side is not
    asked ("Hamas called for a truce" asks Israel)."""
    own = _sides([r.actor for r in askers])
    for tok in tokens:
        if tok.lemma_.lower() not in TRUCE_NOUNS:
            continue
        start = _window_start(tok)
        fights = [c for c in earlier if c.category in FIGHT_CATEGORIES and c.modality in ("asserted", "alleged")
                  and c.evidence and start <= c.evidence[0].start <= tok.idx]
        pairs = {frozenset(_sides([c.subject]) | _sides([c.object])) for c in fights}
        if len(pairs) != 1 or len(next(iter(pairs))) != 2:
            return []
        sides: dict[str, Actor] = {}
        for c in fights:
            for a in (c.subject, c.object):
                side = next(iter(_sides([a])))
                if side not in sides or (a.type == "State" and sides[side].type != "State"):
                    sides[side] = a  # the state itself where a claim names it
        return [Resolved(a, tok, LINK_CONFIDENCE) for side, a in sides.items() if side not in own]
    return []


def repeated_act(word: Token, doers: Sequence[Resolved], earlier: Sequence[Claim]) -> list[Claim]:
    """The claims of the act that ``doers`` repeat at ``word``, read from the claims of the
    document so far (``earlier``): "Norway expelled two envoys, and Denmark followed suit",
    "Chile announced a similar ban".  An ellipsis copies what was just told, so the act is
    the latest one of the fitting categories in the word's sentence or the two before it, and it
    must be a single relation (the latest sentence telling of a ban and a visit leaves "followed
    suit" unread).  The doers take the act's objects; they never repeat an act done to them.
    Empty when ``word`` repeats nothing."""
    kinds = repeat_kinds(word)
    if kinds is None or not doers:
        return []
    own = {r.actor.id for r in doers}

    def repeatable(paragraphs: int) -> list[Claim]:
        start, end = _window_start(word, REPEAT_SENTENCES_BACK, paragraphs), word.sent.start_char
        return [c for c in earlier if c.evidence and start <= c.evidence[0].start <= end
                and c.modality in _REPEATABLE and (not kinds or c.category in kinds)
                and c.subject.id not in own and c.object.id not in own]

    acts = repeatable(1)
    if not kinds:
        # "imposed an embargo on grain sales, and Canada followed suit" copies that embargo, not an
        # earlier act with a named target: the act followed is the clause just before, and only
        # a claim read at that clause's verb is it
        followed = [c for c in acts if _read_at(c, _followed_verbs(word))]
        kinds_of_doers = {_doer_kind(r.actor, word) for r in doers}
        if followed and word.dep_ != "conj" and not any(_doer_kind(c.subject, word) in kinds_of_doers for c in followed):
            # "Saudi Arabia cut ties with Iran ... Its foreign minister accused Tehran ... Bahrain
            # and Sudan followed suit": states follow a state's act, not a minister's words told
            # in a sentence between, so the act is the latest main clause whose doer is of the
            # doers' kind, back to the paragraph before the minister's ("Trump recognised him, and
            # Canada quickly followed" follows Trump)
            mains = [v for s in _window_sentences(word, REPEAT_SENTENCES_BACK, 2) for v in (s.root, *s.root.conjuncts)]
            followed = [c for c in repeatable(2) if _doer_kind(c.subject, word) in kinds_of_doers
                        and c.category not in UNDECIDED_CATEGORIES and _read_at(c, mains)] or followed
        if not any(o.dep_ == "dobj" for o in word.children):
            # a bare "followed" takes up a step taken ("recognised Israel ... Canada followed"), not
            # words said ("appealed to Moscow to reconsider ... Hungary is expected to follow")
            followed = [c for c in followed if c.category not in UNDECIDED_CATEGORIES]
        acts = followed
    if not acts:
        return []
    latest = max(c.evidence[0].start for c in acts)
    acts = [c for c in acts if c.evidence[0].start == latest]
    return acts if len({c.relation for c in acts}) == 1 else []


def lone_act_doers(tokens: Iterable[Token]) -> list[Token]:
    """The subjects of the one earlier clause that a definite noun of an act with no second party
    among ``tokens`` refers back to: "Commodore Bainimarama seized power on Tuesday ... Australia
    condemned the takeover", "France exploded a nuclear device ... Japan regretted the test".
    No claim holds the doer of such an act, so the clause itself is read, in the window of
    ``event_antecedents``: a verb of the act with one of its objects ("seized power", "detonated
    a device") or an enacting verb with the noun itself ("staged a coup", "conducted a test").
    Empty unless exactly one such clause is found (two coups, or none, link nothing)."""
    for tok in tokens:
        act = next((a for a in LONE_ACTS if tok.lemma_.lower() in a[0]), None)
        if act is None or tok.pos_ != "NOUN" or not is_definite(tok) or _names_own_party(tok):
            continue
        doc, start = tok.doc, _window_start(tok)
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        clauses = [v for v in doc[first.start if first is not None else tok.sent.start:tok.i]
                   if v.pos_ == "VERB" and _tells_of(v, *act)]
        subjects = [[c for c in v.children if c.dep_ == "nsubj"] for v in clauses]
        if len(subjects) == 1 and subjects[0]:
            return subjects[0]
        return []
    return []


def _tells_of(verb: Token, nouns: frozenset[str], verbs: frozenset[str], objects: frozenset[str]) -> bool:
    """"seized power", "staged a coup", "led the takeover", "detonated a device", "conducted a
    test" (not "condemned the coup")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if (verb.lemma_.lower() in verbs and lemma in objects) or (lemma in nouns and verb.lemma_.lower() in ENACTING_VERBS):
            return True
    return False


def announced_act(word: Token, announcers: Sequence[Resolved], earlier: Sequence[Claim]) -> list[Claim]:
    """The claims of the act that a person announced or ordered for their own state, at the definite
    event noun ``word``: "The last Cuban soldiers left Angola. ... President Fidel Castro
    announced the pullout in March" (the leader withdrew from Angola too).  The act is the one
    event of the noun's categories in the window of ``event_antecedents`` whose doer is a state
    of an announcer's nationality: a single relation, which the announcer takes on with its
    objects.  Empty when ``word`` is no such noun or the link is not unambiguous."""
    if word.dep_ != "dobj" or word.head.lemma_.lower() not in ENACTING_VERBS:
        return []
    kinds = _event_kinds(word)
    states = {r.actor.country for r in announcers if r.actor.type == "Person" and r.actor.country}
    if kinds is None or not states:
        return []
    start = _window_start(word)
    acts = [c for c in earlier if c.evidence and start <= c.evidence[0].start <= word.sent.start_char
            and c.modality in ("asserted", "alleged") and (not kinds or c.category in kinds)
            and c.subject.type == "State" and c.subject.country in states]
    return acts if len({(c.relation, c.subject.id) for c in acts}) == 1 else []


def _says_what(noun: Token) -> bool:
    """"the decision to bring the troops home", "the decision on tariffs": the noun's own words say
    what was decided, so it refers back to nothing ("the decision on Tuesday" does not)."""
    if any(c.dep_ in ("acl", "relcl", "xcomp", "ccomp") for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "against", "to", "regarding", "toward",
                                                 "towards", "for")
               and any(g.ent_type_ not in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
               for c in noun.children)


def _read_at(claim: Claim, verbs: Iterable[Token]) -> bool:
    """Whether the claim was read at one of these verbs (its evidence is their sentence and its
    trigger names the verb)."""
    ev = claim.evidence[0]
    return any(ev.start == v.sent.start_char and v.text in (ev.trigger or "").split() for v in verbs)


def _doer_kind(actor: Actor, tok: Token) -> str:
    """A person, or a collective actor (state, organisation, group, or a leader acting for the
    state they lead on the document's day): who can follow whose suit ("Trump recognised Guaido.
    Canada followed suit" follows the United States; a foreign minister's words are his own)."""
    if actor.type != "Person" or led_state(actor, tok.doc, load_gazetteer()) is not None:
        return "collective"
    return "Person"


def _window_sentences(tok: Token, back: int, paragraphs: int) -> list[Span]:
    """The sentences before ``tok``'s own, up to ``back`` of them and ``paragraphs`` paragraph
    breaks, as ``_window_start`` counts them; walked back from the sentence, as that function
    walks, since ``doc.sents`` is rebuilt whole on every access."""
    doc, start = tok.doc, _window_start(tok, back, paragraphs)
    out: list[Span] = []
    first = tok.sent.start
    while first > 0 and doc[first - 1].sent.start_char >= start:
        prev = doc[first - 1].sent
        out.append(prev)
        first = prev.start
    return out


def _followed_verbs(verb: Token) -> list[Token]:
    """The verbs of the clause a verb of emulation follows: the ones it is coordinated after
    ("recognised him, and Canada quickly followed"), else those of the sentence before."""
    if verb.dep_ == "conj":
        first = verb.head
    else:
        doc = verb.doc
        if verb.sent.start == 0:
            return []
        first = doc[verb.sent.start - 1].sent.root
    return [v for v in (first, *first.conjuncts) if v.i < verb.i and v.pos_ in ("VERB", "AUX")]


def takes_up_act(word: Token) -> bool:
    """A cheap test, before any actor is resolved, of whether ``word`` may take up an earlier act
    (``repeated_act`` or ``announced_act``)."""
    return repeat_kinds(word) is not None or (word.dep_ == "dobj" and word.head.lemma_.lower() in ENACTING_VERBS)


def repeat_kinds(word: Token) -> frozenset[str] | None:
    """Whether ``word`` repeats an earlier act with a new subject, and of which categories (empty:
    any): "followed suit", "quickly followed", "followed the US lead" (a verb of emulation with no
    object but its idiom's), a similar act carried out ("imposed a similar ban") or one joined
    ("joined the boycott").  None for
    anything else, including "was followed by" and "condemned a similar raid"."""
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB" and lemma in EMULATION_VERBS:
        if (any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in word.children)
                or word.dep_ in ("amod", "prep", "advcl", "pcomp", "acl", "relcl") or word.tag_ == "VBG"):
            return None  # "was followed by", "Following Tillerson's remarks", "in the days that followed"
        objects = [c for c in word.children if c.dep_ in ("dobj", "attr", "dative")]
        if not objects and word.dep_ != "conj" and not _actor_follows(word):
            # bare "followed" repeats the clause it is coordinated after ("recognised him, and
            # Canada quickly followed") or, on its own, an act when an actor follows ("New
            # Zealand is expected to follow"); otherwise it is mostly sequence ("sniping followed")
            return None
        return frozenset() if all(o.lemma_.lower() in EMULATION_OBJECTS for o in objects) else None
    kinds = EVENT_NOUNS.get(lemma)
    if kinds is None or word.pos_ != "NOUN" or word.dep_ != "dobj" or _names_own_party(word):
        return None
    verb = word.head.lemma_.lower()
    similar = verb in ENACTING_VERBS and any(c.dep_ == "amod" and c.lower_ in SAMENESS_WORDS for c in word.children)
    joined = verb in JOINING_VERBS and is_definite(word)  # "Japan joined the sanctions"
    return frozenset(kinds) if similar or joined else None


def _actor_follows(verb: Token) -> bool:
    """Whether a bare verb of emulation has a named actor for subject and nothing to follow with
    ("New Zealand followed on Monday", not "Obama followed with a speech" nor "riots followed")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (any(mention_of(s) is not None for s in subjects)
            and not any(c.dep_ in ("prt", "prep") and c.lower_ in _LEX.sequel_particles for c in verb.children))


#: "the two countries", "both governments": plural nouns that name the story's two parties, by kind
PAIR_STATE_NOUNS = _LEX.state_pair_nouns
PAIR_PERSON_NOUNS = _LEX.person_pair_nouns
PAIR_ANY_NOUNS = _LEX.other_pair_nouns
PAIR_DETERMINERS = _WORDS.pair_determiners
#: the claims that make two actors "the two sides": those of a quarrel
PAIR_SIDE_CATEGORIES = _LEX.pair_side_categories


def pair_kind(tok: Token) -> str | None:
    """"the two countries", "both governments", "the two leaders", "each side" ... "the other":
    the kind of party (State, Person, or any) such a phrase refers back to, else None."""
    lemma = tok.lemma_.lower()
    kind = ("State" if lemma in PAIR_STATE_NOUNS else "Person" if lemma in PAIR_PERSON_NOUNS
            else "any" if lemma in PAIR_ANY_NOUNS else None)
    if kind is None or tok.pos_ != "NOUN" or mention_of(tok) is not None:
        return None
    words = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    if any(c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and mention_of(c) is not None) for c in tok.children):
        # "both Korean governments", "the two Gulf states", "both its neighbours": the modifier
        # says who ("the two regional rivals", "the two nuclear-armed neighbours" do not)
        return None
    if tok.tag_ == "NNS" and words & PAIR_DETERMINERS:
        return kind
    if kind == "any" and tok.tag_ == "NN" and "each" in words:
        return kind  # "each side (accused the other)"
    return None


def pair_referents(tok: Token, earlier: Sequence[Claim], state_of: Callable[[Actor], Actor | None],
                   outside: frozenset[str] = frozenset()) -> list[Resolved]:
    """The two parties a pair phrase refers back to: the pair of actors (of the phrase's kind)
    that the claims of the window before it most often join, as the two sides of a claim (for
    "sides", a claim of a quarrel) or as two doers of one act ("Biden and Sunak condemned
    Putin"); never a pair with one of ``outside`` (the clause's own subject: "Pompeo urged both
    countries" is not a pair with the United States).  A leader counts as its state for "the
    two countries" (``state_of`` maps a person to it).  Empty when no claim in the window joins
    two parties of that kind, or when two pairs are joined equally often."""
    kind = pair_kind(tok)
    if kind is None:
        return []
    start = _window_start(tok)
    counts: dict[frozenset[str], int] = {}
    actors: dict[str, Actor] = {}
    doers: dict[tuple[int, str], dict[str, Actor]] = {}
    for claim in earlier:
        if not claim.evidence or not start <= claim.evidence[0].start <= tok.idx:
            continue
        if kind == "any" and claim.category not in PAIR_SIDE_CATEGORIES:
            continue
        pair = [_of_kind(a, kind, state_of) for a in (claim.subject, claim.object)]
        if pair[0] is not None:  # the doers of one act, told once in one sentence
            doers.setdefault((claim.evidence[0].start, claim.relation), {})[pair[0].id] = pair[0]
        _count_pair(pair, outside, counts, actors)
    for by_id in doers.values():
        group = list(by_id.values())
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                _count_pair([a, b], outside, counts, actors)
    if not counts:
        return []
    best = max(counts.values())
    chosen = [k for k, n in counts.items() if n == best]
    return [Resolved(actors[i], tok, LINK_CONFIDENCE) for i in sorted(chosen[0])] if len(chosen) == 1 else []


def _count_pair(pair: list[Actor | None], outside: frozenset[str], counts: dict[frozenset[str], int],
                actors: dict[str, Actor]) -> None:
    """Count two distinct parties of the wanted kind, neither of them ``outside``, as one pair."""
    if None in pair or pair[0].id == pair[1].id or any(a.id in outside for a in pair):
        return
    key = frozenset(a.id for a in pair)
    actors.update((a.id, a) for a in pair)
    counts[key] = counts.get(key, 0) + 1


def _of_kind(actor: Actor, kind: str, state_of: Callable[[Actor], Actor | None]) -> Actor | None:
    """The actor as a party of the wanted kind: a state, or a person's state, for "the two
    countries"; a person for "the two leaders"; any party for "both sides" (a place is none)."""
    if actor.type == "Location":
        return None
    if kind == "State":
        return actor if actor.type == "State" else state_of(actor) if actor.type == "Person" else None
    if kind == "Person":
        return actor if actor.type == "Person" else None
    return actor
