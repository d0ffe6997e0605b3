"""Which date a claim gets: the temporal expression that belongs to its trigger.

A sentence may hold several dates ("Russia has since joined China in opposing new sanctions,
used its veto in May ... since it began punishing Pyongyang in 2006"); each claim takes the one
in its own clause, else one in a governing clause, else one stated earlier in the same
paragraph, else the article's published date (marked as not from the text).  Expressions
themselves are found and resolved by :mod:`kg.nlp.dates`.

The rules follow how wire copy places time, and each is a reason a nearer date is *not* the
claim's:

* a time inside a relative clause, a clause modifying a noun, or an "after/before/until/since"
  clause dates that other event ("accused Belgium of aggression after paratroopers were flown
  in on Sunday": Sunday is the landing, not the accusation);
* coordinated verbs share a time stated on the first one ("On Thursday, Nagy had declared ...,
  announced ... and appealed ..."), unless their tenses differ ("has since joined ..., used its
  veto in May": May is only the veto's);
* "days after X" puts X at another time than the clause it hangs on; plain "after X" does not
  say, and news uses it for the same day;
* a later sentence of a paragraph that states no time continues the story of the earlier
  dated one ("... at dawn on Sunday. Hours later, the General Assembly called on ...") when it
  reports a finished event (simple past), not an ongoing state ("has demanded"), an earlier
  one ("had earlier accused") or something that may not happen;
* a year-less date in a clause about the future ("is expected to suspend Fiji when the group
  meets on Friday") is the coming one, not the past one; so is one in an infinitive or a simple
  present whose past reading is most of a year back ("advised his backers to vote for Macron on
  May 7", "a meeting when Trump and Kim meet in May"), and one a few days after publication
  that would otherwise be almost a year old (updated copy);
* a participle clause on a document ("a communiqué issued on Sunday said", "warned in a letter
  dated Sunday") dates the report the document carries, unlike other noun clauses;
* a date written before a noun dates that noun ("blamed Moscow for the March 4 attack", "his
  victory in last month's election"), and the time of a record ("the most since 1986") dates
  nothing;
* a past perfect reported under a past ("acknowledged on Tuesday that its pilot had fired"), a
  condition ("... if Russia continued"), and the act an accusation alleges ("accused Kyiv on
  Monday of shelling the plant") do not take the time of the clause above them;
* a counted gap moves the date it counts from: "on Thursday, a day after Hamas fired rockets"
  puts the firing on Wednesday, and "two days later" / "the next day" count from the story's
  time told earlier in the paragraph; a gap that cannot be counted ("centuries earlier", "3000
  years earlier") dates the clause away from every other date, the parser's misjoined clauses
  included;
* the stretch a record is measured over ("the worst rift in years", "the first time in
  decades") is no time of the clause;
* a clause that states a time no expression resolves ("during the war", "in the days before the
  coup", "earlier this summer") keeps the published date rather than borrowing one from another
  clause or sentence: a date the text does not support is worse than none;
* what a report says would or might happen ("told reporters on Monday that it could ask for
  outside help"), read as hypothetical or negated, has no time the text gives: the report's is
  when it was said; and an alleged past perfect ("she said the militia had requested arms from
  Moscow") is an earlier act, so neither takes the story's time;
* a counted stretch that a verb ended ("signed the pact on Friday, closing ten days of talks")
  runs up to that verb's day, as one that something followed ("after five days of talks"); a
  counted length ("eleven months of war") is no time of the clause;
* a deadline for an act still to come ("will deliver the patrol boats by April 10") is the
  stretch from publication to it; a date after a noun through a word of scheduling ("a runoff
  due next week") dates that noun.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Span, Token

from kg.claims.modality import read_modality
from kg.claims.model import TimeSpan
from kg.nlp.dates import (
    TimeMention,
    _add_months,
    find_time_mentions,
    load_unnamed_periods,
    published_span,
)
from kg.vocab import load_lexicon

__all__ = ["mention_for", "paragraph_date", "pick_date", "stretch_span"]

#: The word classes read here are data: ``ontology/lexicon.yaml`` says what each does.
_LEX = load_lexicon()
_OTHER_TIME_MARKS = _LEX.other_time_marks
_GAP_UNITS = _LEX.gap_units
_FUTURE_AUX = _LEX.future_aux
#: Modals that put an act after the report of it, or leave it possible ("would", "might").  The
#: obligation modals ("must") do not, and neither does a plain future: "Japan will lift the
#: export curbs, its trade minister said on Friday" announces a decision taken at the time of
#: the report.
_PROJECTING_MODALS = _LEX.modals - _LEX.obligation_modals - _FUTURE_AUX
_MAX_HOPS = 8
_HALF_YEAR = 183
_NEARLY_A_YEAR = 300
_PUBLICATION_LAG = 7  # days an article's text may run ahead of its published date
_FUTURE_GOVERNORS = _LEX.future_governors
_PERIOD_EDGES = _LEX.period_edges
_UNNAMED_PERIODS = load_unnamed_periods()
#: Documents whose participle clause dates the report they carry ("a statement issued on Sunday").
_DATED_DOCUMENTS = _LEX.dated_documents
#: Prepositions that place a clause within a stretch of time ("during the war").
_WITHIN = _LEX.within_preps
#: Words that put a noun's event on a date ("a runoff due next week", "a vote set for May 4").
_SCHEDULING = _LEX.scheduling_words
#: Nouns for people and parties, who act again and again: "the government" in a later sentence
#: is no reference to one dated act of it.
_AGENT_NOUNS = _LEX.verbal_parties | _LEX.person_pair_nouns | _LEX.state_pair_nouns | _LEX.other_pair_nouns
#: Earlier sentences searched for the thing a definite subject names: a bound, so that a long
#: text without line breaks is not walked back whole for each claim.
_ANTECEDENT_REACH = 5
#: A deadline's preposition, just before its date ("by Dec. 1", "by the end of the year").
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
#: Verbs whose object stretch of time ends at their clause's time ("closing ten days of talks").
_ENDING_VERBS = _LEX.ending_verbs
#: Units of "in the days before the coup", "in the weeks after the vote".
_SPAN_UNITS = frozenset({"day", "week", "month", "year"})
#: Prepositions of a deadline or a length, which a coordinated verb does not share.
_OWN_BOUND_PREPS = frozenset({"within", "by", "for"})
#: Words looked back over from a misattached "in years" for the superlative of its record.
_RECORD_REACH = 8
_SPEAKER_PRONOUNS = (_LEX.person_pronouns | _LEX.group_pronouns) & {"he", "she", "it", "they"}
#: Words of a date spaCy finds that this module cannot resolve, but which say the clause has a
#: time of its own ("earlier this summer", "in recent years", "two days later", "decades ago").
_VAGUE_TIME_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter", "days", "weeks", "months",
                               "years", "decades", "ago"})
#: Nouns a date may stand before and still date the clause ("on Sunday night").
_TIME_OF_DAY = frozenset({"night", "morning", "afternoon", "evening", "dawn", "dusk", "midnight", "noon",
                          "weekend", "day", "hour", "time"})
#: Verbs whose "of/for" gerund is the act alleged: its time is not the allegation's.
_ALLEGING_VERBS = _LEX.accusing_verbs
#: Verbs of going and being somewhere whose "for" phrase is what is done there, at that time.
_PURPOSE_HEADS = _LEX.purpose_heads
#: Subordinators of a condition: what the clause says may never happen, so it has no time.
_CONDITIONS = _LEX.condition_marks
#: Prepositions whose object is a time ("during this year's Super Bowl", "in the 2003 invasion").
_TIME_PREPOSITIONS = _LEX.time_preps
#: Number words of a measured gap ("two days after"); digits are read as numbers.
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


# -- clause regions -----------------------------------------------------------------------------------

def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _other_time_clause(tok: Token) -> bool:
    """An adverbial clause introduced by "after", "before", "until", "since": another event."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in tok.children)


def _separate_event(child: Token, trigger: Token) -> bool:
    """Is ``child`` the root of a clause with a time of its own?  A noun trigger's own relative
    or participial clause is the exception: "the attack, which began on Thursday"."""
    if child.dep_ == "acl" and _carries_report(child.head):
        return False  # "a communiqué issued on Sunday said", "in a letter dated Sunday": the report's time
    if _circumstance(child):
        return False  # "Pompeo, visiting Ottawa on Thursday, said ...": the saying's time
    if child.dep_ in ("relcl", "acl"):
        return not (child.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN"))
    if _alleged_act(child):
        return True  # "has accused the US of bombing an air base last week": the bombing's week
    if child.dep_ == "prep" and (child.lower_ in _OTHER_TIME_MARKS or _noun_complement(child, trigger)):
        return any(g.dep_ == "pcomp" and _is_verbal(g) for g in child.children)  # "after being flown in"
    return _other_time_clause(child)


def _circumstance(child: Token) -> bool:
    """A present participle set off by commas on a clause's subject ("Bush, speaking in Germany on
    Thursday, said", "Pompeo, visiting Ottawa on Thursday, urged"): it tells what the subject was
    doing at the time of its clause, so its time is the clause's.  Not a perfect participle
    ("having met X last week") nor a past one ("appointed in 2018"), which tell of before."""
    if child.dep_ != "acl" or child.tag_ != "VBG" or child.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.lower_ == "having" for c in child.children):
        return False
    doc = child.doc
    last = max(t.i for t in child.subtree)
    return child.i > 0 and doc[child.i - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


def _carries_report(noun: Token) -> bool:
    """A document that says or carries what its clause reports: the subject of the report ("a
    communiqué issued on Sunday said") or the means of it ("warned in a letter dated Sunday"), not
    a document acted on ("condemned a statement issued on Sunday")."""
    if noun.lemma_.lower() not in _DATED_DOCUMENTS:
        return False
    return noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by", "through"))


def _noun_complement(prep: Token, trigger: Token) -> bool:
    """A preposition hanging on a noun other than the trigger: a gerund under it is an event of
    its own ("expressed support in the wake of it shooting down a warplane last week": last week
    is the shooting).  On a verb it is the trigger's argument ("accused Iran of sending ...")."""
    return prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i != trigger.i


def _region(head: Token, trigger: Token) -> set[int]:
    """Token indices of the clause headed by ``head``, without coordinated clauses (their time
    is their own) and without the embedded clauses that date another event."""
    out = {head.i}
    stack = [c for c in head.children
             if not (c.dep_ in ("conj", "cc") and (c.pos_ in ("VERB", "AUX", "CCONJ")))]
    while stack:
        tok = stack.pop()
        if _separate_event(tok, trigger):
            continue
        out.add(tok.i)
        stack.extend(tok.children)
    return out


# -- walking up -----------------------------------------------------------------------------------------

def _tense(verb: Token) -> str | None:
    """past | present | future, from the verb and its auxiliaries; None for forms that take
    their tense from a governor ("..., imposing sanctions")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in aux):
        return "future"
    if any(a.tag_ in ("VBZ", "VBP") for a in aux) or verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if any(a.tag_ == "VBD" for a in aux) or verb.tag_ == "VBD" or _bare_participle(verb, aux):
        return "past"
    return None


def _bare_participle(verb: Token, aux: list[Token]) -> bool:
    """A main verb tagged as a participle with no auxiliary is a simple past the tagger
    misread ("the General Assembly ... called on")."""
    return verb.tag_ == "VBN" and not aux and verb.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp")


def _same_time_relative(clause: Token) -> bool:
    """A relative clause shares its noun's time when it is a "when" clause on a time noun
    ("in August when India accused ...") or describes the noun in the same tense as the
    clause around it ("vetoed a resolution that called on Moscow ..."), not a standing fact
    ("Russia, which has lent billions, condemned ...")."""
    if any(c.lower_ == "when" for c in clause.children):
        return True
    outer = _verb_of(clause.head)
    mine, theirs = _tense(clause), _tense(outer) if _is_verbal(outer) else None
    return mine is not None and mine == theirs


def _gap_measured(clause: Token) -> bool:
    """"days after X": a measured gap between the clause and the one it hangs on."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS), None)
    if mark is None:
        return False
    return any(g.lemma_.lower() in _GAP_UNITS for g in mark.children) or any(
        g.dep_ in ("npadvmod", "advmod") and g.lemma_.lower() in _GAP_UNITS for g in clause.children)


def _alleged_act(tok: Token) -> bool:
    """The gerund an accusation alleges: "accused Kyiv of shelling", "blamed Moscow for arming"."""
    head = tok.head
    return tok.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in _ALLEGING_VERBS


def _governor(tok: Token) -> Token | None:
    """The clause whose time ``tok``'s clause shares, or None where the chain of shared time
    ends (a relative clause, "days after", a condition, the act an accusation alleges, a
    conjunct in another tense, a noun's phrase)."""
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "relcl":
        return head if _same_time_relative(tok) else None
    if _alleged_act(tok):
        return None  # "accused Kyiv on Monday of shelling the plant": Monday is the accusation's
    if _other_time_clause(tok) and _gap_measured(tok):
        return None
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in tok.children):
        return None  # "warned on Monday that sanctions would follow if Russia intervened": a condition has no time
    if tok.dep_ == "conj" and _is_verbal(tok):
        mine, theirs = _tense(tok), _tense(head)
        return head if mine is None or theirs is None or mine == theirs else None
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _PURPOSE_HEADS:
        return head.head  # "are due in Baghdad this weekend for talks": the talks are then
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "poss", "compound", "nsubj", "appos"):
        return None  # "protest over NATO's bombing of the embassy": the bombing came earlier
    return head


def _mention_head(mention: TimeMention, sent: Span) -> Token | None:
    """The syntactic head of a mention: its token whose head lies outside it."""
    lo, hi = sent.start_char + mention.start_char, sent.start_char + mention.end_char
    toks = [t for t in sent if lo <= t.idx < hi]
    if not toks:
        return None
    before = toks[0].nbor(-1) if toks[0].i > sent.start else None
    if before is not None and before.dep_ == "prep" and not any(before.children):
        # "On May 30 Nasser and Hussein signed": with no comma the parser hangs the date on the
        # subject and leaves "On" bare on the verb; the date is the bare preposition's
        return before
    return next((t for t in toks if not lo <= t.head.idx < hi or t.head.i == t.i), toks[0])


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return index[t.i] + n
    return _depth(a) + _depth(b)


def _period_as_argument(mention: TimeMention, head: Token) -> bool:
    """A named period that is what the clause is about rather than when it happened: a subject or
    object ("the Iraq War divided the party"), or the "of" phrase of a noun that is not one of
    its phases ("Hagel's criticism of the Iraq War", but "at the height of the Cold War")."""
    if mention.kind != "period":
        return False
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos", "poss", "compound"):
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() not in _PERIOD_EDGES


def _dates_other_noun(head: Token, trigger: Token) -> bool:
    """A date written before a noun dates that noun's event ("blamed Moscow for the March 4
    attack", "violated the 1994 accord", "last year's war"), not the verb the noun hangs on;
    it is the trigger's own date only when the noun is the trigger ("the March 4 attack"), a time
    of day ("on Sunday night") or the object of a preposition of time on the trigger's own verb
    ("delivered a warning during a Tuesday visit", but not "congratulated Putin on his victory in
    last month's election", nor "to punish Moscow for interfering in the 2016 election")."""
    noun = head.head
    if not (head.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and noun.i != trigger.i
            and noun.pos_ in ("NOUN", "PROPN") and head.i < noun.i):
        return False
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_OF_DAY:
        return False
    while noun.dep_ in ("compound", "nmod", "amod") and noun.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.i != noun.i:
        noun = noun.head  # "a May 2010 Judiciary Committee hearing": the phrase is the hearing's
    if noun.i == trigger.i:
        return False
    prep = noun.head
    on_chain = prep.head.i in {trigger.i, *(a.i for a in trigger.ancestors)}
    return not (noun.dep_ == "pobj" and prep.lower_ in _TIME_PREPOSITIONS and _is_verbal(prep.head) and on_chain)


def _dates_scheduled_noun(head: Token, trigger: Token) -> bool:
    """A date after a noun through a word of scheduling dates that noun's event ("appealed for
    calm before the runoff due next week", "talks scheduled for Monday"), not the clause
    around it, however the parser attached "due" or "scheduled"."""
    sched = head.head
    if sched.dep_ == "prep" and sched.lower_ in ("for", "on", "in") and sched.head.i != sched.i:
        sched = sched.head
    if sched.i == trigger.i or sched.i == 0 or sched.lemma_.lower() not in _SCHEDULING \
            or sched.dep_ in ("ROOT", "acomp", "xcomp", "ccomp", "conj") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") for c in sched.children):
        return False  # "the talks are due to end on Monday", "Chile is set to vote in May": a clause's own
    before = sched.doc[sched.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.i != trigger.i


def _covered(tok: Token, times: Sequence[TimeMention], sent: Span) -> bool:
    at = tok.idx - sent.start_char
    return any(m.start_char <= at < m.end_char for m in times)


def _unresolved_time(region: set[int], sent: Span, times: Sequence[TimeMention]) -> bool:
    """Does the clause state a time of its own that no mention resolves?  "During the war the
    United States suspended aid", "had appealed for help in the days before the coup", "had
    tried to rescue them earlier this summer": the act's time is given, only not as a date,
    so any date borrowed from another clause or sentence would be wrong."""
    doc = sent.doc
    for i in region:
        tok = doc[i]
        if tok.dep_ == "prep" and tok.lower_ in _WITHIN and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _UNNAMED_PERIODS and not _covered(g, times, sent)
                for g in tok.children):
            return True
        if tok.dep_ == "pobj" and tok.lower_ == "time" and tok.head.lower_ == "at" and any(
                c.lower_ in ("the", "that") for c in tok.children):
            return True  # "he called the FBI at the time": an earlier time the story does not date
        if tok.dep_ == "pobj" and tok.lemma_.lower() in _SPAN_UNITS and tok.head.lower_ in ("in", "over") and any(
                c.dep_ == "prep" and c.lower_ in _OTHER_TIME_MARKS | {"leading"} for c in tok.children):
            return True  # "in the days before the coup"
        if _uncounted_offset(tok, sent, times):
            return True
        if tok.ent_type_ == "DATE" and tok.lower_ in _VAGUE_TIME_WORDS and not _covered(tok, times, sent) \
                and not any(a.lower_ == "since" for a in tok.ancestors) and not _record_span(tok) \
                and not _duration(tok):
            return True
    return False


def _duration(tok: Token) -> bool:
    """"nearly eleven months of war", "ten days of talks": a counted length, not a time; an
    offset counted from another time ("two days later") is read apart, by ``_anaphor``."""
    return any(c.dep_ == "nummod" for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                 for c in tok.children)


def _record_span(tok: Token) -> bool:
    """"the worst rift in years", "for the first time in decades", "the highest in months": the
    stretch a record is measured over, not a time of the clause (as "the most since 1986")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "for"):
        return False
    noun = prep.head  # "rift", "time", or the superlative itself ("the most in years"); not a verb
    if not _is_verbal(noun):
        return any(_record_word(c) for c in (noun, *noun.children))
    return _record_before(prep)


def _record_word(tok: Token) -> bool:
    """A superlative, or a count of times ("the first", "its fourth coup in two decades")."""
    return tok.tag_ in ("JJS", "RBS") or tok.lower_ in _LEX.record_ordinals or tok.ent_type_ == "ORDINAL"


def _record_before(prep: Token) -> bool:
    """The parser often hangs the record's "in years" on the verb ("set off the worst crisis in
    the region in years"): then a superlative in the words just before it, with no verb between,
    still makes it the record's stretch."""
    doc = prep.doc
    for i in range(prep.i - 1, max(prep.sent.start, prep.i - _RECORD_REACH) - 1, -1):
        if _is_verbal(doc[i]):
            return False
        if _record_word(doc[i]):
            return True
    return False


def _reported_before(clause: Token) -> bool:
    """A past perfect reported under a simple past ("acknowledged on Tuesday that its pilot had
    fired on the jet"): the act came before the report, so the report's time is not its own."""
    if clause.dep_ != "ccomp":
        return False
    had = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ == "VBD"
              for c in clause.children)
    gov = clause.head
    gov_had = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in gov.children)
    return had and not gov_had and _tense(gov) == "past" and not _own_act_reported(clause)


def _own_act_reported(clause: Token) -> bool:
    """"The ministry said on Friday that it had closed its consulate", "announced that they had
    recalled the envoy": a speaker reporting its own act announces it, so the report dates it;
    only another party's act ("said that troops had entered") came at a time the report does
    not give.  The speaker's own act is told with a pronoun taking up the speaker: the same
    pronoun, "he"/"she" for a named person, "it"/"they" for a body or a state."""
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or doer is None or doer.pos_ != "PRON" or doer.lower_ not in _SPEAKER_PRONOUNS:
        return False
    if speaker.pos_ == "PRON":
        return speaker.lower_ == doer.lower_
    return doer.lower_ in (("he", "she") if speaker.ent_type_ == "PERSON" else ("it", "they"))


def _projected_after(clause: Token) -> bool:
    """An act a report says may or would come ("told reporters on Monday that it could ask for
    outside help", "said on Sunday that Peru would appeal the ruling"): the report's time is
    when it was said, not when the act would happen, which the text does not give.
    Obligations ("said Peru must pay") are not projections: they are the demand itself."""
    if clause.dep_ != "ccomp" or not _projecting(clause):
        return False
    return not _projecting(clause.head) and _tense(clause.head) != "future"


def _projecting(verb: Token) -> bool:
    """Does the verb carry a modal of possibility or of the future in the past ("would", "might")?"""
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _PROJECTING_MODALS for c in verb.children)


def _gap_days(clause: Token) -> int | None:
    """Days from the governing clause's time to this one's in "X, two days after Y" (-2 for Y)
    or "Y, a week before X" (+7): a counted gap in days or weeks; None for anything else."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    units = [g for g in [*mark.children, *clause.children] if g.dep_ in ("npadvmod", "advmod")
             and g.lemma_.lower() in ("day", "week")]
    if len(units) != 1:
        return None
    n = _unit_count(units[0])
    if n is None:
        return None
    days = n * (7 if units[0].lemma_.lower() == "week" else 1)
    return -days if mark.lower_ == "after" else days


def _shifted(span: TimeSpan, days: int) -> TimeSpan | None:
    """A day-precision span moved by ``days``; None for coarser spans (a month cannot be moved
    by two days and stay true)."""
    if span.precision != "day":
        return None
    try:
        start = dt.date.fromisoformat(span.start) + dt.timedelta(days=days)
        end = dt.date.fromisoformat(span.end) + dt.timedelta(days=days)
    except (OverflowError, ValueError):
        return None  # "90000 days later": no calendar date, so no date rather than a crash
    return TimeSpan(start.isoformat(), end.isoformat(), "day", span.from_text)


#: Units a clause may count from the story's time in, as (unit of arithmetic, how many).
_ANAPHOR_UNITS = {"day": ("day", 1), "week": ("day", 7), "month": ("month", 1), "year": ("year", 1),
                  "decade": ("year", 10)}
#: Units of an offset from the story's time ("centuries earlier"), counted or not.
_OFFSET_UNITS = frozenset(_ANAPHOR_UNITS) | _LEX.uncounted_offset_units


def _unit_count(unit: Token) -> int | None:
    """How many units "two days", "a decade", "the day" measure; None without a count."""
    dets = [c for c in unit.children if c.dep_ in ("nummod", "det")]
    if len(dets) != 1:
        return None
    word = dets[0].lower_
    # isdecimal, not isdigit: "²" is a digit that int() rejects
    return 1 if word == "the" else int(word) if word.isdecimal() else _COUNTS.get(word)


def _anaphor(region: set[int], sent: Span, times: Sequence[TimeMention]) -> tuple[int, str] | None:
    """How far this clause's time is from the story's told so far, when the clause counts from
    it: "two days later" (+2 days), "the next day" (+1 day), "a week earlier" (-7 days), "a
    decade later" (+10 years), "hours later" (0 days).  None when the clause says no such thing."""
    doc = sent.doc
    for i in sorted(region):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma in ("hour", "minute") and tok.dep_ == "npadvmod" and tok.head.lower_ == "later":
            return 0, "day"  # "Hours later, the General Assembly called on ...": the same day
        if lemma not in _ANAPHOR_UNITS or _covered(tok, times, sent):
            continue
        if _same_day(tok):
            return 0, "day"  # "later that day", "earlier the same day": the story's own day
        sign = _offset_sign(tok)
        count = _unit_count(tok)
        if sign is not None and count is not None:
            unit, size = _ANAPHOR_UNITS[lemma]
            return sign * count * size, unit
    return None


def _same_day(unit: Token) -> bool:
    """"that day", "the same day", "later that day": the day the story told, however "later"
    or "earlier" moves the hour (counting "later" as a day onward would skip to the next one)."""
    if not (unit.lemma_.lower() == "day" and unit.dep_ in ("npadvmod", "pobj")) \
            or any(c.dep_ == "relcl" for c in unit.children):
        return False  # "on Friday, the same day a source claimed ...": the day is named, not counted
    return any((c.dep_ == "amod" and c.lower_ == "same") or (c.dep_ == "det" and c.lower_ == "that")
               for c in unit.children)


def _offset_sign(unit: Token) -> int | None:
    """+1 for "two days later", "the next day", -1 for "a week earlier", "the previous year";
    None when the unit word counts no offset from another time."""
    words = [c.lower_ for c in unit.children if c.dep_ == "amod"] + (
        [unit.head.lower_] if unit.dep_ == "npadvmod" and unit.head.dep_ == "advmod" else []) + [
        c.lower_ for c in unit.children if c.dep_ == "advmod"]
    return next((1 if w in _LEX.offset_later else -1 for w in words
                 if w in _LEX.offset_later or w in _LEX.offset_earlier), None)


def _uncounted_offset(tok: Token, sent: Span, times: Sequence[TimeMention]) -> bool:
    """"Centuries earlier", "many years later", "3000 years earlier": the clause's time is an
    offset from the story's that cannot be counted (no count, a unit too long for the calendar
    arithmetic, or a result outside it), so the story's own date would be wrong for it."""
    if tok.lemma_.lower() not in _OFFSET_UNITS or _covered(tok, times, sent) or _offset_sign(tok) is None:
        return False
    count = _unit_count(tok)
    return count is None or tok.lemma_.lower() not in _ANAPHOR_UNITS


def _offset_on(clause: Token, sent: Span, times: Sequence[TimeMention]) -> bool:
    """Does the clause's own verb carry an offset from another time ("two days later", "centuries
    earlier")?  Then a date in a clause embedded under it is not its time, even where the parser
    has joined two sentences ("... in 2022. 3000 years earlier, Egypt attacked Persia")."""
    return any(t.dep_ in ("npadvmod", "advmod") and _offset_sign(t) is not None and not _covered(t, times, sent)
               and t.lemma_.lower() in _OFFSET_UNITS
               for c in clause.children if c.dep_ in ("advmod", "npadvmod") for t in (c, *c.children))


def _in_other_clause(tok: Token, clause: Token) -> bool:
    """Is ``tok`` inside a clause embedded under ``clause`` (a verb lies between them)?"""
    for anc in tok.ancestors:
        if anc.i == clause.i:
            return False
        if _is_verbal(anc):
            return True
    return False


def _moved(span: TimeSpan, n: int, unit: str) -> TimeSpan | None:
    """``span`` moved by ``n`` days, months or years, at its own precision; None where the
    precision cannot carry the move (a year moved by two days)."""
    if unit == "day":
        return _shifted(span, n)
    if span.precision == "decade" or (unit == "month" and span.precision == "year"):
        return None
    months = n if unit == "month" else 12 * n
    try:
        start, end = (_add_months(_first_date(v), months) for v in (span.start, span.end))
    except (OverflowError, ValueError):
        return None  # "9,000 years later": past the calendar's years 1..9999
    cut = {"day": 10, "month": 7, "year": 4}[span.precision]
    return TimeSpan(start.isoformat()[:cut], end.isoformat()[:cut], span.precision, span.from_text)


def _first_date(iso: str) -> dt.date:
    return dt.date.fromisoformat(_first_day(iso))


@dataclass(frozen=True)
class _Found:
    """What the parse says of a trigger's time: the mention that dates it (``shift`` days
    away, for "two days after ..."), that it counts from the story's time (``anaphor``, so many
    days, months or years: "two days later"), or that it states a time no mention resolves."""

    mention: TimeMention | None = None
    shift: int = 0
    unresolved: bool = False
    anaphor: tuple[int, str] | None = None
    span: TimeSpan | None = None  # worked out from another clause's date ("after a week of talks")
    #: the mention an ``anaphor`` counts from when the sentence gives it, and the clause it dates:
    #: "expelled the envoys on Tuesday, and Libya retaliated the next day" counts from Tuesday
    base: tuple[TimeMention, Token] | None = None


def _stretch_before(trigger: Token, sent: Span, times: Sequence[TimeMention]) -> _Found | None:
    """"the strike ended on Monday after five days of talks", "signed the pact on Friday, closing ten
    days of talks chaired by Oslo": the talks are the days or weeks ending on the day of the
    clause the phrase hangs on.  None when the trigger is not the "of" noun of a counted
    stretch of days or weeks after which something happened or which a verb ended (nor a
    participle describing that noun: "talks chaired by")."""
    noun = trigger.head if trigger.dep_ == "acl" and trigger.tag_ == "VBN" else trigger
    of = noun.head
    unit = of.head
    if not (noun.dep_ == "pobj" and of.lower_ == "of" and unit.lemma_.lower() in ("day", "week")):
        return None
    anchor = _stretch_end(unit)
    if anchor is None:
        return None
    count = _unit_count(unit)
    outer = _find(anchor, sent, times)
    if count is None or outer.mention is None or outer.mention.span.precision != "day" or outer.shift:
        return _Found(unresolved=True)
    days = count * (7 if unit.lemma_.lower() == "week" else 1)
    end = dt.date.fromisoformat(outer.mention.span.end)
    try:
        start = end - dt.timedelta(days=days - 1)
    except (OverflowError, ValueError):
        return _Found(unresolved=True)  # a stretch reaching back past year 1
    return _Found(span=TimeSpan(start.isoformat(), end.isoformat(), "day"))


def stretch_span(trigger: Token, sent: Span, times: Sequence[TimeMention]) -> TimeSpan | None:
    """The days of a counted stretch the trigger names or describes ("closing ten days of
    talks chaired by Oslo": the ten days up to the day of "closing"), or None.  For a
    caller that dates a claim at another word (a mediation at the agreement it led to) but
    should still take the stretch where the text counts one."""
    found = _stretch_before(trigger, sent, times)
    return found.span if found is not None else None


def _stretch_end(unit: Token) -> Token | None:
    """The clause whose day a counted stretch ends on: the one "after/following" hangs on, or the
    verb that ends it ("closing ten days of talks"); None for any other stretch ("during two
    weeks of talks" does not say when they ended)."""
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ in ("after", "following") and head.head.i != head.i:
        return head.head
    if unit.dep_ == "dobj" and head.lemma_.lower() in _ENDING_VERBS:
        return head
    return None


def _find(trigger: Token, sent: Span, times: Sequence[TimeMention], unrealised: bool = False) -> _Found:
    """Walk from the trigger's clause up through the clauses that share its time; the first
    clause with a usable mention dates it, and the first with a time no mention resolves stops
    the walk (see :func:`mention_for`).  ``unrealised``: the claim is read as hypothetical or
    negated, so a report of what would or might happen does not lend it the report's time (an
    announced decision read as asserted, "announced on Friday that its navy would end the
    patrols", keeps it)."""
    stretch = _stretch_before(trigger, sent, times)
    if stretch is not None:
        return stretch
    heads = [(m, _mention_head(m, sent)) for m in times]
    heads = [(m, h) for m, h in heads
             if h is not None and not _period_as_argument(m, h) and not _dates_other_noun(h, trigger)
             and not _dates_scheduled_noun(h, trigger)]
    tok: Token | None = trigger
    from_conjunct = False
    for _ in range(_MAX_HOPS):
        if tok is None:
            return _Found()
        region = _region(tok, trigger)
        inside = [(m, h) for m, h in heads if h.i in region and not (from_conjunct and _bounds_own_act(h))]
        if inside and _offset_on(tok, sent, times):  # "3000 years earlier, Egypt attacked ...": its own time
            inside = [(m, h) for m, h in inside if not _in_other_clause(h, tok)]
        if inside:
            return _Found(min(inside, key=lambda mh: (_tree_distance(trigger, mh[1]),
                                                      abs(mh[0].start_char - (trigger.idx - sent.start_char))))[0])
        anaphor = _anaphor(region, sent, times)
        if anaphor is not None:
            return _Found(anaphor=anaphor, base=_counted_from(tok, sent, times))
        gap = _gap_days(tok) if _other_time_clause(tok) and tok.head.i != tok.i else None
        if gap is not None:  # "two days after Israel raided Jenin": the governing date, moved
            outer = _find(tok.head, sent, times)
            if outer.mention is not None and outer.mention.span.precision == "day":
                return replace(outer, shift=outer.shift + gap)
            return _Found(unresolved=True)
        if _unresolved_time(region, sent, times):
            return _Found(unresolved=True)
        if _reported_before(tok):
            return _Found()
        if unrealised and _projected_after(tok):  # nor another sentence's: the text gives none
            return _Found(unresolved=True)
        if _alleged_act(tok):  # the act has no time of its own; a dated accusation is not the story's
            return _Found(unresolved=_find(tok.head.head, sent, times).mention is not None)
        up = _governor(tok)
        from_conjunct = up is not None and tok.dep_ == "conj" and up.i == tok.head.i
        tok = up
    return _Found()


def _counted_from(clause: Token, sent: Span, times: Sequence[TimeMention]) -> tuple[TimeMention, Token] | None:
    """The time an offset clause ("the next day", "a week later") counts from when the same
    sentence states it on the clause it is coordinated with or hangs on ("expelled the envoys on
    Tuesday, and Libya retaliated the following day"): that clause was told just before, so
    it, not the paragraph's earlier story, is the time the offset is measured from."""
    if not (clause.dep_ in ("conj", "advcl") and _is_verbal(clause)
            and clause.head.i != clause.i and clause.head.i < clause.i):
        return None
    outer = _find(clause.head, sent, times)
    if outer.mention is None or outer.shift or outer.mention.start_char > clause.idx - sent.start_char:
        return None
    return outer.mention, clause.head


def _bounds_own_act(head: Token) -> bool:
    """A deadline or a length on a coordinated verb ("ordered the advisers out within a week and
    broke off relations") bounds that verb's act alone; a point in time ("on Sunday") is shared."""
    prep = head.head if head.dep_ == "pobj" else head  # the mention may start at its preposition
    return prep.dep_ == "prep" and prep.lower_ in _OWN_BOUND_PREPS


def mention_for(trigger: Token, sent: Span, times: Sequence[TimeMention]) -> TimeMention | None:
    """The mention of ``times`` (found in ``sent``) that dates the event at ``trigger``: the
    closest in the parse within the trigger's own clause, else within each governing clause.
    A date written before another noun ("the March 4 attack") is that noun's; a clause with a
    time no mention resolves ("during the war") and a past perfect reported under a past
    ("said on Monday that troops had entered") take no governing clause's mention."""
    found = _find(trigger, sent, times)
    return found.mention if not found.shift else None


def _top(trigger: Token) -> Token:
    """The last clause up the chain that shares the trigger's time."""
    tok = trigger
    for _ in range(_MAX_HOPS):
        up = _governor(tok)
        if up is None:
            return tok
        tok = up
    return tok


# -- the future ---------------------------------------------------------------------------------------------

def _verb_of(tok: Token) -> Token:
    while not _is_verbal(tok) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _about_future(trigger: Token, head: Token | None, modality: str) -> bool:
    """Is the mention's clause about what is still to come?  Its verb is in the future tense,
    or the claim is hypothetical and the mention's verb is not in the past ("is expected to
    suspend Fiji when the group meets on Friday")."""
    if head is None:
        return False
    verb = _verb_of(head)
    tense = _tense(verb)
    if tense is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # "was scheduled to meet ... on Monday": an infinitive has the tense of what governs it
        gov = verb.head
        tense = _tense(gov if _is_verbal(gov) else gov.head)
    return tense == "future" or (modality == "hypothetical" and tense != "past") or _scheduled(verb) \
        or _present_for_future(verb, tense)


def _present_for_future(verb: Token, tense: str | None) -> bool:
    """A present tense in a "when/if/before/until" clause of a clause about the future is the
    future ("the task will be harder when Hollande meets Putin Friday")."""
    if tense != "present" or verb.dep_ != "advcl":
        return False
    gov = verb.head
    for _ in range(3):
        if _is_verbal(gov) and (_tense(gov) == "future" or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children)):
            return True
        if gov.head.i == gov.i or gov.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
            return False
        gov = gov.head
    return False


def _infinitive(verb: Token) -> bool:
    """"to meet", "to vote": an act that follows the one it depends on (a purpose, an advice,
    a plan), so its year-less date may lie either side of publication."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _open_tense(verb: Token) -> bool:
    """An infinitive ("to meet") or a simple present ("when Trump and Kim meet in May"): forms
    that do not place the act in the past, so a year-less date may lie either side of
    publication and the nearer reading is the likelier one."""
    return _infinitive(verb) or (_tense(verb) == "present" and verb.tag_ in ("VBP", "VBZ"))


def _nearest(past: TimeSpan, forward: TimeSpan, published: dt.date | str | None) -> TimeSpan:
    """Of the two readings of a year-less date, the coming one when the past one is more than
    half a year back and the coming one nearer ("advised his backers to vote for Macron on May
    7", written on April 23: the coming May 7, not the one eleven months before).  On news
    articles with a date line the present with such a day ("the ban expires Jun. 1", "police
    patrol Paris on November 14" in a caption added after the first date) meant the coming day
    in 32 of 36 prose sentences that had a reading, and in the photo captions read; the misses
    were mostly dates on nouns ("his Sept. 16 claims")."""
    if published is None:
        return past
    anchor = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published)[:10])
    back = (anchor - dt.date.fromisoformat(_first_day(past.end))).days
    ahead = (dt.date.fromisoformat(_first_day(forward.start)) - anchor).days
    # A weekday is never far either way, and "was scheduled to meet on Monday" is the past one.
    return forward if back > _HALF_YEAR and ahead < back else past


def _just_after(past: TimeSpan, forward: TimeSpan, published: dt.date | str | None) -> bool:
    """Is a year-less date a few days after publication rather than almost a year before it?
    Copy is updated after its first date ("A crowd gathers in Sydney on January 8", dated
    January 7), while a date eleven months old would have been written with its year."""
    if published is None or past.precision != "day":
        return False  # "visited Moscow in May", written on April 28: last May, not next week's
    anchor = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published)[:10])
    back = (anchor - dt.date.fromisoformat(_first_day(past.end))).days
    ahead = (dt.date.fromisoformat(_first_day(forward.start)) - anchor).days
    return back > _NEARLY_A_YEAR and 0 < ahead <= _PUBLICATION_LAG


def _past_act_after(trigger: Token, span: TimeSpan, published: dt.date | str | None) -> bool:
    """Does a counted date put an act told in the past tense after the article that reports it?
    A count from the story's time can overshoot ("two years later" after last Monday, "3000
    years later" after 2022) and still be a valid calendar date, yet a finished act cannot
    follow its own report, so the count does not date it."""
    if published is None or _tense(trigger) != "past":
        return False
    anchor = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published)[:10])
    return dt.date.fromisoformat(_first_day(span.start)) > anchor


def _first_day(iso: str) -> str:
    """An ISO date cut to month or year, as its first day (a distance only needs one day)."""
    return (iso + "-01-01")[:10] if len(iso) == 4 else (iso + "-01")[:10]


def _scheduled(verb: Token) -> bool:
    """An infinitive under a verb of planning that is not in the past: "is scheduled to meet
    ... on Monday", "are due to begin on June 19" (but "was expected to meet on Monday")."""
    if verb.dep_ != "xcomp":
        return False
    gov = verb.head
    tensed = gov if _is_verbal(gov) else gov.head  # "are due to begin": the tense is on "are"
    return gov.lemma_.lower() in _FUTURE_GOVERNORS and _tense(tensed) in ("present", "future")


# -- paragraphs ------------------------------------------------------------------------------------------------

def _simple_past(verb: Token) -> bool:
    """A finished event told in the simple past ("rejected", "was expelled"), not "has
    demanded" (ongoing), "had earlier accused" (before the story) or "will" (to come)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" or a.lower_ in _FUTURE_AUX or a.tag_ == "MD" for a in aux):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in aux)) \
        or _bare_participle(verb, aux)


def _past_perfect(verb: Token) -> bool:
    """"had asked", "had been expelled": an act before the time the story is told at."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ == "VBD"
               for c in verb.children)


def _conditional(trigger: Token) -> bool:
    """Is the trigger inside an "if/unless" clause (whatever modality the claim was read with)?"""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in t.children)
               for t in (trigger, *trigger.ancestors))


def _continues_story(trigger: Token, modality: str) -> bool:
    """May the claim take the time of the paragraph's story?  A reported act ("Iran has
    accused the United States of deliberately targeting civilians") is the story's event
    whatever the tense of the report, unless it is itself ongoing; any other claim must be
    told in the simple past."""
    if modality in ("hypothetical", "negated") or _conditional(trigger):
        return False
    own = _tense(_verb_of(trigger))
    if modality == "alleged":
        # "She said the militia had requested arms from Moscow": a past perfect is an earlier act
        # whose time the report does not give, not the story's
        return own in (None, "past") and not _past_perfect(_verb_of(trigger))
    # "Weidman confirmed they are working with the FBI": an ongoing state under a past report
    return own != "present" and _simple_past(_verb_of(_top(trigger)))


def _sentences_before(sent: Span) -> Iterable[Span]:
    """Earlier sentences of the paragraph, nearest first (a line break ends a paragraph)."""
    # Walk back from the sentence, token by token, rather than through ``doc.sents`` or
    # ``doc.text`` (each rebuilt whole on every access): per claim, those grew with the square
    # of a long document's length.
    doc, start = sent.doc, sent.start
    while start > 0:
        prev = doc[start - 1].sent
        if ends_paragraph(prev):
            return
        yield prev
        start = prev.start


def ends_paragraph(sent: Span) -> bool:
    """Whether a line break follows the sentence, so the next one starts a new paragraph (the
    pipeline starts a sentence at every line break)."""
    return any("\n" in t.text_with_ws for t in sent)


def _doc_ents(doc) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The document's entities as ``(start_char, end_char, label)`` in text order, with their
    starts for bisection, built once: ``Span.ents`` rebuilds the document's entities on each call,
    and a scan of all of them for each sentence grows with the square of a long document."""
    if "geokg_ents" not in doc.user_data:
        ents = sorted((e.start_char, e.end_char, e.label_) for e in doc.ents)
        doc.user_data["geokg_ents"] = ([s for s, _, _ in ents], ents)
    return doc.user_data["geokg_ents"]


def sentence_times(sent: Span, published: dt.date | str | None) -> list[TimeMention]:
    """The time mentions of a sentence, computed once per document: the extractor asks for each
    sentence and ``paragraph_date`` for every earlier one.  Only the entities inside the sentence
    are read (found by bisection), so the cost stays with the sentence, not the document."""
    doc = sent.doc
    cache = doc.user_data.setdefault("geokg_times", {})
    key = (sent.start, str(published))  # as ``paragraph_date``'s memo: the same doc may be dated twice
    if key not in cache:
        cache[key] = find_time_mentions(sent.text, published, _local_ents(sent))
    return cache[key]


def _local_ents(sent: Span) -> list[tuple[int, int, str]]:
    """The document's entities inside ``sent``, as character offsets into the sentence.  Walked
    by index from the bisection point: slicing the list would copy the rest of the document's
    entities for every sentence, a cost growing with the square of a long document."""
    starts, ents = _doc_ents(sent.doc)
    local = []
    for i in range(bisect_left(starts, sent.start_char), len(ents)):
        s, e, label = ents[i]
        if s >= sent.end_char:
            break
        if e <= sent.end_char:
            local.append((s - sent.start_char, e - sent.start_char, label))
    return local


def _story_date(sent: Span, published: dt.date | str | None) -> TimeSpan | None:
    """The time a sentence states on its main clause, as a later sentence would inherit it."""
    m = mention_for(sent.root, sent, sentence_times(sent, published))
    return m.span if m is not None else None


def _antecedent_date(trigger: Token, sent: Span, published: dt.date | str | None) -> TimeSpan | None:
    """The date an earlier sentence of the paragraph gave the thing the clause's definite subject
    names ("... a trade pact signed on Thursday. The pact opened the market": Thursday),
    which may not be the time of that sentence's main clause.  Only things, not people or
    parties ("the president", "the government" act again and again), and only a date inside the
    earlier noun's own phrase."""
    top = _top(trigger)
    subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in _AGENT_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in _LEX.definite for c in subj.children):
        return None
    lemma = subj.lemma_.lower()
    for prev in islice(_sentences_before(sent), _ANTECEDENT_REACH):
        times = sentence_times(prev, published)
        for tok in prev:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
                continue
            found = _find(tok, prev, times)
            head = _mention_head(found.mention, prev) if found.mention is not None and not found.shift else None
            if head is not None and head.i in {t.i for t in tok.subtree}:
                return found.mention.span
            return None  # the nearest sentence naming the thing gives it no date of its own
    return None


def _carried_over(trigger: Token, sent: Span, published: dt.date | str | None) -> TimeSpan | None:
    """The story time of the paragraph before, for a paragraph that opens by taking up its
    actor with a pronoun ("... said on Tuesday. // He accused Moscow of ..."): the pronoun
    ties the sentence to the one before, so the paragraph break does not start another story."""
    if sent.start == 0 or not ends_paragraph(sent.doc[sent.start - 1].sent):
        return None
    top, opener = _top(trigger), sent[0]
    if not (top.i == sent.root.i and _simple_past(top) and opener.head.i == top.i
            and opener.dep_ in ("nsubj", "nsubjpass") and opener.lower_ in _SPEAKER_PRONOUNS):
        return None  # "He accused Moscow of ...": the paragraph opens on the pronoun, in the story's tense
    prev = sent.doc[sent.start - 1].sent
    if sentence_times(prev, published):
        return _story_date(prev, published)
    return paragraph_date(prev, published)


def paragraph_date(sent: Span, published: dt.date | str | None) -> TimeSpan | None:
    """The time of the story the sentence continues: that of the main clause of the nearest
    earlier sentence of its paragraph that states one.  None when no earlier sentence states a
    time, or when the nearest that does puts it off its main clause.

    The answer is kept per sentence: a sentence without a time has the same story time as the one
    before it, so each sentence is looked at once however long a paragraph (or a text without
    line breaks) runs, instead of once for each claim after it."""
    doc = sent.doc
    memo = doc.user_data.setdefault("geokg_story", {})
    key = str(published)
    walked: list[int] = []
    result: TimeSpan | None = None
    for prev in _sentences_before(sent):
        if (prev.start, key) in memo:  # the story time after ``prev``, known already
            result = memo[(prev.start, key)]
            break
        walked.append(prev.start)
        if sentence_times(prev, published):
            result = _story_date(prev, published)
            break
    for start in walked:  # the story time after each sentence walked over is the same
        memo[(start, key)] = result
    return result


# -- the decision ---------------------------------------------------------------------------------------------

def _reading(mention: TimeMention, trigger: Token, sent: Span, published: dt.date | str | None,
             modality: str) -> TimeSpan:
    """Of a year-less date's two readings, the one the clause means (see ``_about_future``,
    ``_nearest`` and ``_just_after``); any other mention has one."""
    if mention.forward is None:
        return mention.span
    head = _mention_head(mention, sent)
    if _about_future(trigger, head, modality):
        return mention.forward
    if head is not None and _open_tense(_verb_of(head)):
        return _nearest(mention.span, mention.forward, published)
    if _just_after(mention.span, mention.forward, published):
        return mention.forward
    return mention.span


def _deadline(span: TimeSpan, mention: TimeMention, sent: Span, published: dt.date | str | None) -> TimeSpan:
    """"Japan will deliver the patrol boats by April 10", "to cut emissions by 2030": for an act
    still to come, a deadline after publication is the stretch from publication to it, at the
    deadline's precision.  An act done "by Tuesday" keeps the day (it says no more of when);
    the caller asks only for acts to come ("has demanded a withdrawal by April 10" is a demand
    already made, whatever the deadline it sets)."""
    if published is None or span.precision == "decade" or not _BY.search(sent.text[:mention.start_char]):
        return span
    head = _mention_head(mention, sent)
    if head is None or not (head.head.lower_ == "by" and _is_verbal(head.head.head)):
        return span  # "ahead of the first lunar mission by 2028": the noun's deadline, not the act's
    anchor = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published)[:10])
    start = anchor.isoformat()[:{"day": 10, "month": 7, "year": 4}[span.precision]]
    if start >= span.start:
        return span
    return TimeSpan(start, span.end, span.precision, span.from_text)


def pick_date(trigger: Token, sent: Span, times: list, published: dt.date | None,
              modality: str | None = None) -> TimeSpan | None:
    """The date of the claim expressed at ``trigger``: the temporal expression of its own
    clause, else of a governing clause; else, for a finished event, the time of the story the
    paragraph is telling; else the published date, marked as not from the text (None without
    one).  Hypothetical and negated claims with no time of their own also get the published
    fallback rather than None, because the claims derived from them (the asserted threat, the
    pledge) share this date.  ``modality`` is the trigger's, when the caller has read it already."""
    modality = modality or read_modality(trigger).modality
    found = _find(trigger, sent, times, modality in ("hypothetical", "negated"))
    if found.span is not None:
        return found.span
    mention = found.mention
    if mention is not None:
        if found.shift:
            return _shifted(mention.span, found.shift) or (published_span(published) if published else None)
        span = _reading(mention, trigger, sent, published, modality)
        if modality == "hypothetical" or _tense(_verb_of(trigger)) == "future":
            return _deadline(span, mention, sent, published)
        return span
    if found.anaphor is not None:  # "two days later": counted from the story's time, or unknown
        story = _reading(found.base[0], found.base[1], sent, published, "asserted") if found.base is not None \
            else paragraph_date(sent, published)
        # a zero offset ("hours later", "that same day") keeps the story's time at any precision
        moved = (story if found.anaphor[0] == 0 else _moved(story, *found.anaphor)) \
            if story is not None else None
        if moved is not None and _past_act_after(trigger, moved, published):
            moved = None  # "3000 years later, Egypt attacked ...": a count no finished act can reach
        return moved or (published_span(published) if published else None)
    if not found.unresolved and _continues_story(trigger, modality):
        inherited = _antecedent_date(trigger, sent, published) or paragraph_date(sent, published) \
            or _carried_over(trigger, sent, published)
        if inherited is not None:
            return inherited
    return published_span(published) if published else None
