"""Modality and attribution of a relation trigger: asserted, alleged, denied, negated, hypothetical.

News rarely states a relation flatly.  "The United States has announced that Russia has
approached North Korea" is Russia's approach *alleged* by the United States; "Moscow has
denied violating sanctions" is *denied* by Russia; "could become closer" is *hypothetical*;
"did not recognise" is *negated*.  This module reads those signals off the dependency parse
around the trigger, from the nearest governing word outwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.vocab import load_lexicon

#: The word classes read here are data: ``ontology/lexicon.yaml`` says what each does.
LEX = load_lexicon()
REPORT_VERBS = LEX.report_verbs
DENY_VERBS = LEX.deny_verbs
DENIABLE_NOUNS = LEX.deniable_nouns
HYPOTHETICAL_GOVERNORS = LEX.hypothetical_governors
ATTEMPT_VERBS = LEX.attempt_verbs
REQUEST_GOVERNORS = LEX.request_governors
COMMAND_VERBS = LEX.command_verbs
PRESUPPOSING_PREPS = LEX.presupposing_preps
COMMANDED = LEX.force_nouns | LEX.command_platforms
#: "refused to recognise", "failed to reach agreement": the act in the complement did not happen.
REFUSING_GOVERNORS = LEX.refuse_verbs | LEX.failure_verbs
#: nouns whose infinitive did not happen ("the refusal to sign", "the failure to agree")
REFUSAL_NOUNS = LEX.refusal_nouns
HYPOTHETICAL_NOUNS = LEX.hypothetical_nouns
#: Verbs whose object event has not happened yet: planned, proposed or sought.
PLANNING_VERBS = LEX.planning_verbs | LEX.seek_verbs
#: Words that put the event of a "for" phrase ahead ("planning for a summit").
PURPOSE_GOVERNORS = PLANNING_VERBS | HYPOTHETICAL_GOVERNORS
MODALS = LEX.modals
ALLEGING_PASSIVES = LEX.alleging_passives
#: Prepositions that attach the topic of a hypothetical noun ("plan for", "talks on", "talks about").
TOPIC_PREPS = LEX.topic_preps
#: "if Israel strikes Iran", "unless NATO withdraws": what a condition says may never happen.
CONDITION_MARKS = LEX.condition_marks
#: "rejected the accusation": a denial only when the object is a claim (``deniable_nouns``).
REBUTTING_VERBS = LEX.rebutting_verbs
#: "denied any involvement (in the attack)": the denier disowns the acts it was said to have done.
DISOWNING_NOUNS = LEX.disowning_nouns
#: "refrained from criticising", "stopped short of recognising": the gerund's act is not done.
ABSTAINING_WORDS = LEX.abstaining_words
#: "is willing to", "was due to": predicate adjectives whose subject does their infinitive.
DISPOSITIONS = LEX.disposition_adjectives
#: "a possible strike", "potential airstrikes": an event noun so modified may never come.
HYPOTHETICAL_MODIFIERS = LEX.hypothetical_modifiers


@dataclass(frozen=True)
class ModalityReading:
    """What the context says about a trigger."""

    modality: str
    claimant: Token | None = None  # the reporter or denier (head of its noun phrase)
    signal: Token | None = None  # the word that carried the modality


def _has_neg(tok: Token) -> bool:
    """Whether a negation hangs on ``tok``; the "not" of "whether or not" offers the other
    alternative of an open question and denies nothing."""
    if any(c.dep_ == "neg" and not (c.i > 0 and c.nbor(-1).lower_ == "or") for c in tok.children):
        return True
    return _nor_negated(tok)


def _nor_negated(tok: Token) -> bool:
    """"Nor did Canada sign", "has not lifted its duties, nor has Washington lifted ...",
    "neither Japan nor Korea supports": the parser marks no ``neg`` on a clause that "nor" opens
    or whose subject "neither" heads, so such acts were read as done."""
    if any(c.lower_ == "nor" and c.i < tok.i for c in tok.children):
        return True
    if tok.dep_ == "conj" and any(c.lower_ == "nor" and tok.head.i < c.i < tok.i for c in tok.head.children):
        return True
    return any(s.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" for d in s.children)
               for s in tok.children)


def _modal(tok: Token) -> Token | None:
    """The modal auxiliary of a verb ("will", "could"), or the "going" of "is going to" + verb, a
    future as sure as "will"."""
    modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    if modal is None and tok.dep_ == "xcomp" and _going_to(tok):
        return tok.head
    return modal


def _going_to(verb: Token) -> bool:
    """"is going to impose", "was going to destroy": a future told with "going to"."""
    going = verb.head
    return (going.lemma_.lower() == "go" and going.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in going.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _hedge(noun: Token) -> Token | None:
    """The modifier that makes an event noun a possibility ("a possible attack on Iran",
    "potential strikes on Syria"): news writes of strikes weighed or feared this way, and
    reading them as strikes made would report acts that never happened."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in HYPOTHETICAL_MODIFIERS), None)


def is_to_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("plans to withdraw", "sent troops to help"): what it
    names is intended, not done."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def asked_infinitive(verb: Token) -> bool:
    """Whether an infinitive the parser hung as an adverbial clause is what a request asks for:
    "called on Israel on Sunday to withdraw" (a date between the two) is parsed as if "to
    withdraw" were the purpose of calling; after a verb of asking it is what is asked."""
    head = verb.head
    if verb.dep_ != "advcl" or not is_to_infinitive(verb) or head.lemma_.lower() not in REQUEST_GOVERNORS:
        return False
    # someone asked: "called on Israel", "urged Argentina" (not "called a press conference to
    # contest the report", "calling for him to testify")
    asked = [c for c in head.children if c.dep_ == "dobj"]
    asked += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children
              if g.dep_ == "pobj"]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in asked)


#: Pronouns that open a relative clause as its subject ("Lumumba, who accused Belgium").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def relative_antecedent(subj: Token) -> Token:
    """The noun a relative clause describes, for the relative pronoun that is its subject
    ("Lumumba, who accused Belgium of ...": Lumumba); any other subject as it is."""
    return subj.head.head if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl" else subj


def _subject(tok: Token) -> Token | None:
    """The verb's subject; for a relative clause introduced by "who"/"which", the noun it
    describes ("Lumumba, who accused Belgium of ...")."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.dep_ != "expl":
            return relative_antecedent(c)
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return _subject(tok.head)
    return None


def _new_clause(conj: Token) -> bool:
    """"Nicaragua said it was breaking relations, and the OAS called on both governments": a
    conjunct after ", and" with a named subject of its own is a new sentence the parser hung
    inside the reported clause; what is said before it does not govern it."""
    own = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or own.pos_ == "PRON":
        return False
    return _after_comma_and(conj)


#: Acts of speech a speaker goes on to after what is reported ("said ... and accused X of ...").
SPEAKING_VERBS = REPORT_VERBS | LEX.accusing_verbs | LEX.asking_verbs | LEX.threat_verbs


def reporting_verb(verb: Token) -> Token | None:
    """"Putin said Crimea had always been Russian and accused the West of lying": the parser
    joins the second verb to the reported clause, but a bare past-tense act of speech after a
    clause with its own auxiliary continues the speaker's sentence (the reported subject would
    take the auxiliary too: "said Russia had invaded and bombed"). The verb of saying, if so."""
    if (verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lemma_.lower() not in SPEAKING_VERBS
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if (clause.dep_ != "ccomp" or clause.head.tag_ != "VBD" or clause.head.lemma_.lower() not in REPORT_VERBS
            or not (any(c.dep_ in ("aux", "auxpass") for c in clause.children) or _after_comma_and(verb))):
        return None
    return clause.head


def _after_comma_and(verb: Token) -> bool:
    """Whether a conjunct verb follows ", and": "said Turkey had a right to defend its airspace,
    and urged Moscow and Ankara to talk" goes back to the speaker, whatever the reported verb."""
    i = verb.left_edge.i
    doc = verb.doc
    return i >= 2 and doc[i - 1].dep_ == "cc" and doc[i - 2].text in (",", ";")


def _condition_mark(clause: Token) -> Token | None:
    """The "if"/"unless" that makes an adverbial clause a condition rather than a report."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS), None)


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _alleging_verb(prep: Token) -> Token | None:
    """The "accuse"-like verb an "of"/"for" phrase belongs to: directly ("accused Y of"), through
    its object ("accused troops of", the parser hanging "of" on the noun) or through a
    coordinated "of" ("of crossing ... and of attacking")."""
    if prep.dep_ == "conj" and prep.head.lower_ in ("of", "for"):
        prep = prep.head
    gov = prep.head
    if gov.dep_ == "dobj" and gov.lemma_.lower() not in ALLEGING_PASSIVES:
        gov = gov.head
    return gov if gov.lemma_.lower() in ALLEGING_PASSIVES else None


def _purpose_governor(prep: Token) -> Token | None:
    """"planning for a summit", "are due in Baghdad for talks": the word that puts the event
    a "for" phrase names ahead (a planning verb, or the predicate of "be")."""
    if prep.lower_ != "for":
        return None
    gov = prep.head
    if gov.lemma_ == "be":
        gov = next((c for c in gov.children if c.dep_ in ("acomp", "attr")), gov)
    return gov if gov.lemma_.lower() in PURPOSE_GOVERNORS else None


def _topic_noun(prep: Token) -> Token | None:
    """"renewed negotiations today on an Israeli pullback": the parser hangs the topic's
    preposition on the verb; the object of that verb is the hypothetical noun it belongs to."""
    if prep.lower_ not in ("on", "about", "over") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i
                 and c.lemma_.lower() in HYPOTHETICAL_NOUNS), None)


def _none_of(verb: Token) -> Token | None:
    """"No Turkish peacekeepers would be sent", "sent no warships": an act whose subject or
    object is quantified by "no" did not (or will not) happen.  The "no" word, if any."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((d for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                 for d in c.children if d.dep_ == "det" and d.lower_ == "no"), None)


def _arranged(clause: Token, governor: Token) -> bool:
    """"Soviet troops are to leave within 90 days", "the minister was to visit Delhi": "be"
    with a "to" infinitive states an arrangement, which has not happened yet."""
    return (clause.dep_ == "xcomp" and governor.lemma_ == "be" and is_to_infinitive(clause)
            and not any(c.dep_ in ("attr", "acomp") for c in governor.children))  # ("was the first to")


def _disposed(clause: Token, governor: Token) -> Token | None:
    """"are willing, perhaps even anxious, to meet Kim": the parser may hang the infinitive on
    "be" beside its predicate adjective; the adjective (a hypothetical governor) if so."""
    if clause.dep_ not in ("xcomp", "advcl") or governor.lemma_ != "be" or not is_to_infinitive(clause):
        return None
    return next((c for c in governor.children if c.dep_ == "acomp" and c.lemma_.lower() in HYPOTHETICAL_GOVERNORS), None)


def commands_force(verb: Token) -> bool:
    """"ordered Brazilian troops to hold the bridge", "ordered his fleet to sail": a verb of command
    whose objects are all armed force, which acts for the one who commands it (the gold guide's
    leader-or-state-as-the-text-says: the text names the commander)."""
    if verb.lemma_.lower() not in COMMAND_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [x for o in objs for x in o.conjuncts]
    return bool(objs) and all(o.lemma_.lower() in COMMANDED for o in objs)


def read_modality(trigger: Token) -> ModalityReading:
    """Modality of the relation expressed at ``trigger`` (a verb or an event noun): what the
    trigger itself says decides first, then the nearest governing word, then an "according to"."""
    return (_own_reading(trigger) or _governing_reading(trigger) or _according_to(trigger)
            or _unpassed_text(trigger) or _polar_question(trigger) or ModalityReading("asserted"))


def _unpassed_text(trigger: Token) -> ModalityReading | None:
    """What a text that was never adopted says is only proposed: "vetoed an American resolution
    calling on India and Pakistan to cease fire", "a draft resolution condemning Iran" (a clause
    on a document noun that is a draft, or is the object of a verb that blocks it)."""
    clause = trigger
    while clause.dep_ == "conj":  # "a resolution to denounce the attack and to call on Assad"
        clause = clause.head
    if clause.dep_ not in ("acl", "relcl") or clause.head.lemma_.lower() not in LEX.unadopted_texts:
        return None
    text = clause.head
    if any(c.lower_ in LEX.draft_words for c in text.children if c.dep_ in ("amod", "compound")):
        return ModalityReading("hypothetical", signal=text)
    blocker = text.head
    if (text.dep_ == "dobj" and blocker.lemma_.lower() in LEX.blocking_verbs and blocker.dep_ not in ("xcomp", "advcl")
            and not _has_neg(blocker) and _modal(blocker) is None):
        # (not "asked Russia to veto a resolution that condemned Israel": it was not vetoed)
        return ModalityReading("hypothetical", signal=blocker)
    return None


def _polar_question(trigger: Token) -> ModalityReading | None:
    """A yes-no question asks whether the act happened and asserts nothing: "Have they had
    assistance from Iran?", "Will Washington impose sanctions?" (a question opened by an
    auxiliary and closed by a question mark; "Why did Russia invade?" takes the act as given)."""
    sent = trigger.sent
    words = [t for t in sent if not (t.is_punct or t.is_quote or t.is_space)]
    last = next((t for t in reversed(sent) if not (t.is_quote or t.is_space)), None)
    if not words or last is None or last.text != "?":
        return None
    first = words[0]
    if first.pos_ in ("AUX", "VERB") and first.tag_ in ("MD", "VBZ", "VBP", "VBD") and _asked(trigger):
        return ModalityReading("hypothetical", signal=first)
    return None


def _asked(trigger: Token) -> bool:
    """Whether the trigger is what a question asks about: its main verb (or one joined to it) or
    that verb's object or subject, not an event the question takes as known ("Would it be
    different from the war between Iran and Iraq?")."""
    root = trigger.sent.root
    verbs = {root.i, *(c.i for c in root.children if c.dep_ in ("conj", "xcomp"))}
    return trigger.i in verbs or (trigger.dep_ in ("dobj", "nsubj", "nsubjpass") and trigger.head.i in verbs)


def _own_reading(trigger: Token) -> ModalityReading | None:
    """A negation, a "none of", a modal or a hedge on the trigger itself: nearer than any
    governing word, it outranks them."""
    if _has_neg(trigger) or any(c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det") for c in trigger.children):
        return ModalityReading("negated", signal=trigger)
    none = _none_of(trigger)
    if none is not None:
        return ModalityReading("negated", signal=none)
    modal = _modal(trigger) or _shared_modal(trigger) or _hedge(trigger)
    if modal is not None:
        return ModalityReading("hypothetical", signal=modal)
    return None


def _shared_modal(verb: Token) -> Token | None:
    """The modal a coordinated verb shares with the verb before it ("would condemn Iran and
    impose sanctions", "will share intelligence and coordinate strikes"): a second verb with no
    subject or auxiliary of its own is under the first one's "will", if it has the bare form a
    modal takes ("and urged him to surrender" after "would not negotiate" is a past act of its
    own, whatever the parser hung it on)."""
    tok = verb
    if verb.tag_ != "VB":
        return None
    while tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        tok = tok.head
        modal = _modal(tok)
        if modal is not None:
            return modal
    return None


def _governing_reading(trigger: Token) -> ModalityReading | None:
    """The first signal met walking up from the trigger (at most eight steps), since the nearest
    governing word frames the event; None when the walk leaves the event's own clauses first.  A
    verb of trying is passed over when what governs it reports, alleges or denies the attempt:
    "Sudan said Chad had tried to invade" and "accused Chad of trying to invade" are alleged (the
    attempt is the act someone says was made), "Moscow tried to intimidate Kiev", told by the text,
    stays hypothetical."""
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i or _walk_ends(trigger, tok):
            return None
        reading = _step_reading(trigger, tok)
        if reading is not None:
            return _framed_attempt(trigger, tok, reading) if _attempted(reading) else reading
        if _last_step(tok):
            return None
        tok = tok.head
    return None


def _attempted(reading: ModalityReading) -> bool:
    """A hypothetical read off a verb of trying ("tried to", "seeking to"): an attempt the text
    itself tells stays hypothetical, one an accusation or denial is about takes their modality."""
    return (reading.modality == "hypothetical" and reading.signal is not None
            and reading.signal.lemma_.lower() in ATTEMPT_VERBS)


def _framed_attempt(trigger: Token, tok: Token, attempt: ModalityReading) -> ModalityReading:
    """The reading of an attempt read at ``tok`` (whose head is the verb of trying): "accused
    Beijing of trying to intimidate voters", "denied it was seeking to seize power" are what is
    alleged or denied, the attempt being the act itself; but only when the allegation governs the
    verb of trying itself ("will prompt them to try to force Ireland to accept" stays a
    possibility, whoever imagines it)."""
    verb = tok.head
    if verb.i != attempt.signal.i or _last_step(tok) or verb.head.i == verb.i or _walk_ends(trigger, verb):
        return attempt
    framing = _step_reading(trigger, verb)
    return framing if framing is not None and framing.modality in ("alleged", "denied") else attempt


def _walk_ends(trigger: Token, tok: Token) -> bool:
    """Whether ``tok``'s head no longer frames the trigger: an event used as a time frame is told
    as having happened, and a new clause or a speaker's own act stands on its own."""
    rel, head = tok.dep_, tok.head
    if tok.i == trigger.i and head.lower_ in PRESUPPOSING_PREPS and (rel == "pobj" or (
            rel == "dobj" and head.dep_ in ("prep", "advcl", "xcomp") and not any(c.dep_ == "nsubj" for c in head.children))):
        # (the parser reads "following the summit" as a preposition or as a subjectless verb)
        # "may influence talks following his summit with Kim this week", "revealed plans to
        # shut the site during his summit with Moon": an event placed in time as the one
        # after or during which something happens is told as having happened
        return True
    if tok.i == trigger.i and _described_as_done(tok):
        return True
    if rel == "conj" and _new_clause(tok):
        return True
    return rel == "conj" and reporting_verb(tok) is not None  # the speaker's own act, not part of what is reported


def _described_as_done(noun: Token) -> bool:
    """"said the Security Council sanctions imposed on Eritrea in 2009 might become obsolete",
    "vowed to retaliate against tariffs imposed by the U.S.": an event noun described by a past
    participle of what was done ("imposed", "signed"), definite or with its doer, is told as a
    fact the speaker builds on, not as what the speaker claims or plans."""
    if noun.pos_ != "NOUN":
        return False
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
               and (definite or any(g.dep_ == "agent" for g in c.children)) for c in noun.children)


def _step_reading(trigger: Token, tok: Token) -> ModalityReading | None:
    """What ``tok``'s head says of it; the checks run in this order because the earlier ones
    are the more specific."""
    return (_report_reading(tok) or _demand_or_refusal(trigger, tok) or _intended_reading(tok)
            or _topic_reading(tok) or _light_verb_reading(trigger, tok) or _purpose_reading(tok)
            or _intent_noun_reading(tok))


def _report_reading(tok: Token) -> ModalityReading | None:
    """A condition, a denial, a report or an accusation above ``tok``: the text then only says
    that someone says (or that it would happen if)."""
    rel, head = tok.dep_, tok.head
    lemma = head.lemma_.lower()
    condition = _condition_mark(tok) if rel == "advcl" else None
    if condition is not None:
        return ModalityReading("hypothetical", signal=condition)
    # "denied violating sanctions", "denied that it had ..."
    if lemma in DENY_VERBS and rel in ("xcomp", "ccomp", "dobj", "pcomp", "advcl"):
        return ModalityReading("denied", claimant=_subject(head), signal=head)
    # "X said (that) ...", "according to X"
    if lemma in REPORT_VERBS and rel in ("ccomp", "parataxis", "xcomp", "advcl") and lemma != "accuse":
        return ModalityReading("alleged", claimant=_subject(head), signal=head)
    # "have been accused of helping", "X accused Y of attacking"
    verb = _alleging_verb(head) if rel in ("pcomp", "pobj") and head.lower_ in ("of", "for") else None
    if verb is not None:
        claimant = _agent(verb) if any(c.dep_ == "nsubjpass" for c in verb.children) else _subject(verb)
        return ModalityReading("alleged", claimant=claimant, signal=verb)
    return None


def _demand_or_refusal(trigger: Token, tok: Token) -> ModalityReading | None:
    """A demand or order made of another party has not been met yet; a refusal, an abstention or
    an unreadiness says the act was not done."""
    rel, head = tok.dep_, tok.head
    lemma = head.lemma_.lower()
    if (rel in ("xcomp", "ccomp") or asked_infinitive(tok)) and (lemma in REQUEST_GOVERNORS or (
            rel == "xcomp" and lemma in COMMAND_VERBS and not commands_force(head))):
        # "ordered Venezuela to refrain from ...": an order to another party is a demand
        # (an order to one's own forces is the commander's act, as it is reported)
        return ModalityReading("hypothetical", signal=head)
    if rel == "xcomp" and lemma in REFUSING_GOVERNORS:
        return ModalityReading("negated", signal=head)  # "refused to send troops": not sent
    if (rel == "pcomp" and head.lower_ in ("from", "of") and head.head.lemma_.lower() in ABSTAINING_WORDS
            and trigger.i in (tok.i, *(c.i for c in tok.children))):
        return ModalityReading("negated", signal=head.head)  # "refrained from criticising Russia"
    if (rel == "xcomp" and lemma in DISPOSITIONS and head.dep_ == "acomp"
            and (_has_neg(head.head) or _has_neg(head))):
        return ModalityReading("negated", signal=head)  # "for not being ready to negotiate with Assad"
    return None


def _intended_reading(tok: Token) -> ModalityReading | None:
    """An act wanted, arranged or one is disposed to do is still ahead."""
    rel, head = tok.dep_, tok.head
    lemma = head.lemma_.lower()
    if rel in ("xcomp",) and lemma in HYPOTHETICAL_GOVERNORS:
        return ModalityReading("hypothetical", signal=head)
    if _arranged(tok, head):
        return ModalityReading("hypothetical", signal=head)
    disposed = _disposed(tok, head)
    if disposed is not None:
        return ModalityReading("hypothetical", signal=disposed)
    return None


def _topic_reading(tok: Token) -> ModalityReading | None:
    """An event that is only the topic of a possibility, a plan or talks has not happened."""
    rel, head = tok.dep_, tok.head
    if (rel in ("pcomp", "pobj") and head.lower_ in TOPIC_PREPS and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() in HYPOTHETICAL_NOUNS):
        # "the possibility of talks", "negotiations on an Israeli pullback": a topic, not an act
        return ModalityReading("hypothetical", signal=head.head)
    topic_of = _topic_noun(head) if rel == "pobj" else None
    if topic_of is not None:
        return ModalityReading("hypothetical", signal=topic_of)
    return None


def _light_verb_reading(trigger: Token, tok: Token) -> ModalityReading | None:
    """An event noun has no verb of its own, so the verb it is the object of (or the plan it is
    the purpose of) carries its negation or its modality."""
    rel, head = tok.dep_, tok.head
    if rel == "dobj" and trigger.pos_ in ("NOUN", "PROPN") and tok.i == trigger.i:
        # the light verb of an event noun carries its modality: "have not begun
        # negotiations", "will give Kenya a grant"
        if _has_neg(head):
            return ModalityReading("negated", signal=head)
        if _modal(head) is not None:
            return ModalityReading("hypothetical", signal=_modal(head))
        if head.lemma_.lower() in PLANNING_VERBS:
            return ModalityReading("hypothetical", signal=head)  # "scheduled an emergency meeting"
    if (rel == "pobj" and trigger.pos_ == "NOUN" and tok.i == trigger.i
            and (head.head.lemma_.lower(), head.lower_) in (("be", "at"), ("go", "to"))):
        # a state one is in or goes to: "is not at war with ISIS", "would go to war with Iran"
        verb = head.head
        if _has_neg(verb):
            return ModalityReading("negated", signal=verb)
        if _modal(verb) is not None:
            return ModalityReading("hypothetical", signal=_modal(verb))
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children):
            return ModalityReading("hypothetical", signal=verb)  # "he is going to war": a plan
    purpose = _purpose_governor(head) if rel == "pobj" and tok.i == trigger.i else None
    if purpose is not None:
        return ModalityReading("hypothetical", signal=purpose)  # "is planning for a summit with Putin"
    return None


def _purpose_reading(tok: Token) -> ModalityReading | None:
    """A complement or purpose shares the fate of its governor: not done when the governor is
    negated, still ahead when it is modal."""
    rel, head = tok.dep_, tok.head
    lemma = head.lemma_.lower()
    if _has_neg(head) and (rel == "xcomp" or (rel == "advcl" and is_to_infinitive(tok))):
        # "refused ... not to", "did not send troops to attack Kyiv": an act that was only the
        # purpose of something not done was not done either
        return ModalityReading("negated", signal=head)
    if rel in ("xcomp",) and _modal(head) is not None:
        return ModalityReading("hypothetical", signal=_modal(head))
    if rel == "acomp" and lemma == "be" and tok.lemma_.lower() in DISPOSITIONS and _modal(head) is not None:
        return ModalityReading("hypothetical", signal=_modal(head))  # "will be free to strike a deal"
    return None


def _intent_noun_reading(tok: Token) -> ModalityReading | None:
    """The infinitive of a refusal did not happen, that of a plan has not yet (or never will,
    with "no plans to")."""
    rel, head = tok.dep_, tok.head
    lemma = head.lemma_.lower()
    if rel == "acl" and lemma in REFUSAL_NOUNS and is_to_infinitive(tok):
        return ModalityReading("negated", signal=head)  # "Moscow's refusal to sign the text"
    if rel == "acl" and lemma in LEX.intent_nouns and is_to_infinitive(tok):
        # "announced plans to withdraw": what is intended has not happened; "had no plans to"
        # says it will not
        held = head.head if head.dep_ == "dobj" else head
        if any(c.lower_ == "no" and c.dep_ == "det" for c in head.children) or (
                held.lemma_.lower() == "have" and _has_neg(held)):
            return ModalityReading("negated", signal=head)
        return ModalityReading("hypothetical", signal=head)
    return None


def _last_step(tok: Token) -> bool:
    """Whether the walk stops at ``tok``'s head: a relative or noun clause, or a main clause the
    trigger is not a complement of, is told by the text itself."""
    rel, head = tok.dep_, tok.head
    return rel in ("relcl", "acl") or head.dep_ == "ROOT" and rel not in ("ccomp", "xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj")


def _according_to(trigger: Token) -> ModalityReading | None:
    """"according to X" anywhere under the trigger attributes it to X, however far down."""
    for c in trigger.subtree:
        if c.lower_ == "according" and c.dep_ == "prep":
            to = next((g for g in c.children if g.lower_ == "to"), None)
            src = next((g for g in (to.children if to is not None else []) if g.dep_ == "pobj"), None)
            return ModalityReading("alleged", claimant=src, signal=c)
    return None


def denied_noun_reading(verb: Token) -> tuple[Token | None, Token] | None:
    """"Both Russia and North Korea have denied the accusation": a denial that names no claim
    itself but answers an earlier one.  Returns (denier, deny verb) when ``verb`` is such a denial."""
    lemma = verb.lemma_.lower()
    if lemma not in DENY_VERBS and lemma not in REBUTTING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lemma_.lower() not in DENIABLE_NOUNS:
        return None
    if _states_its_content(obj):
        return None  # "denied reports that it had sold oil to X": the denied claim is the clause's own
    return _subject(verb), verb


def _states_its_content(noun: Token) -> bool:
    """"reports that it had sold oil", "a report he had asked for loyalty": a claim noun whose
    clause says what it claims (so it names no earlier claim)."""
    return any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and not is_to_infinitive(c)
               for c in noun.children)


def _answered_in_sentence(verb: Token) -> bool:
    """"Ethiopia says Somali troops invaded, which Mogadishu denies", "accused France of
    planning an intervention, a claim Paris rejected": a denial in a relative clause answers
    what its own sentence reported, not an earlier one."""
    if verb.dep_ != "relcl":
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None:
        return obj.lower_ == "which"
    return verb.head.lemma_.lower() in DENIABLE_NOUNS


def relative_denial_reading(verb: Token) -> tuple[Token | None, Token] | None:
    """The (denier, deny verb) of a relative denial that answers its own sentence ("which Kampala
    denies", "a charge Paris rejected"); None otherwise."""
    lemma = verb.lemma_.lower()
    if lemma not in DENY_VERBS | REBUTTING_VERBS or not _answered_in_sentence(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")), None)
    return subj, verb


def disowning_reading(verb: Token) -> tuple[Token | None, Token] | None:
    """"Moscow has denied any involvement in the attack", "denied any role": the denier disowns
    the acts it was said to have done.  Returns (denier, deny verb) for such a denial."""
    if verb.lemma_.lower() not in DENY_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in DISOWNING_NOUNS:
        return None
    return _subject(verb), verb
