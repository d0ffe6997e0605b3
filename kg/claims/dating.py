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
  meets on Friday") is the coming one, not the past one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from kg.claims.modality import read_modality
from kg.claims.model import TimeSpan
from kg.nlp.dates import TimeMention, find_time_mentions, published_span
from kg.vocab import load_lexicon

__all__ = ["mention_for", "paragraph_date", "pick_date"]

#: The word classes read here are data: ``ontology/lexicon.yaml`` says what each does.
_LEX = load_lexicon()
_OTHER_TIME_MARKS = _LEX.other_time_marks
_GAP_UNITS = _LEX.gap_units
_FUTURE_AUX = _LEX.future_aux
_MAX_HOPS = 8
_FUTURE_GOVERNORS = _LEX.future_governors
_PERIOD_EDGES = _LEX.period_edges


# -- clause regions -----------------------------------------------------------------------------------

def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _other_time_clause(tok: Token) -> bool:
    """An adverbial clause introduced by "after", "before", "until", "since": another event."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in tok.children)


def _separate_event(child: Token, trigger: Token) -> bool:
    """Is ``child`` the root of a clause with a time of its own?  A noun trigger's own relative
    or participial clause is the exception: "the attack, which began on Thursday"."""
    if child.dep_ in ("relcl", "acl"):
        return not (child.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN"))
    if child.dep_ == "prep" and (child.lower_ in _OTHER_TIME_MARKS or _noun_complement(child, trigger)):
        return any(g.dep_ == "pcomp" and _is_verbal(g) for g in child.children)  # "after being flown in"
    return _other_time_clause(child)


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


def _governor(tok: Token) -> Token | None:
    """The clause whose time ``tok``'s clause shares, or None where the chain of shared time
    ends (a relative clause, "days after", a conjunct in another tense, a noun's phrase)."""
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "relcl":
        return head if _same_time_relative(tok) else None
    if _other_time_clause(tok) and _gap_measured(tok):
        return None
    if tok.dep_ == "conj" and _is_verbal(tok):
        mine, theirs = _tense(tok), _tense(head)
        return head if mine is None or theirs is None or mine == theirs else None
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "poss", "compound", "nsubj", "appos"):
        return None  # "protest over NATO's bombing of the embassy": the bombing came earlier
    return head


def _mention_head(mention: TimeMention, sent: Span) -> Token | None:
    """The syntactic head of a mention: its token whose head lies outside it."""
    lo, hi = sent.start_char + mention.start_char, sent.start_char + mention.end_char
    toks = [t for t in sent if lo <= t.idx < hi]
    if not toks:
        return None
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


def mention_for(trigger: Token, sent: Span, times: Sequence[TimeMention]) -> TimeMention | None:
    """The mention of ``times`` (found in ``sent``) that dates the event at ``trigger``: the
    closest in the parse within the trigger's own clause, else within each governing clause."""
    heads = [(m, _mention_head(m, sent)) for m in times]
    heads = [(m, h) for m, h in heads if h is not None and not _period_as_argument(m, h)]
    tok: Token | None = trigger
    for _ in range(_MAX_HOPS):
        if tok is None or not heads:
            return None
        region = _region(tok, trigger)
        inside = [(m, h) for m, h in heads if h.i in region]
        if inside:
            return min(inside, key=lambda mh: (_tree_distance(trigger, mh[1]),
                                               abs(mh[0].start_char - (trigger.idx - sent.start_char))))[0]
        tok = _governor(tok)
    return None


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
    return tense == "future" or (modality == "hypothetical" and tense != "past") or _scheduled(verb)


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


def _continues_story(trigger: Token, modality: str) -> bool:
    """May the claim take the time of the paragraph's story?  A reported act ("Iran has
    accused the United States of deliberately targeting civilians") is the story's event
    whatever the tense of the report, unless it is itself ongoing; any other claim must be
    told in the simple past."""
    if modality in ("hypothetical", "negated"):
        return False
    own = _tense(_verb_of(trigger))
    if modality == "alleged":
        return own in (None, "past")
    # "Weidman confirmed they are working with the FBI": an ongoing state under a past report
    return own != "present" and _simple_past(_verb_of(_top(trigger)))


def _sentences_before(sent: Span) -> Iterable[Span]:
    """Earlier sentences of the paragraph, nearest first (a line break ends a paragraph)."""
    doc = sent.doc
    para_start = doc.text.rfind("\n", 0, sent.start_char) + 1
    prev = [s for s in doc.sents if para_start <= s.start_char and s.end_char <= sent.start_char]
    return reversed(prev)


def sentence_times(sent: Span, published: dt.date | str | None) -> list[TimeMention]:
    """The time mentions of a sentence, computed once per document: the extractor asks for each
    sentence and ``paragraph_date`` for every earlier one, which without the cache grew with the
    cube of a paragraph's length (``Span.ents`` rebuilds the document's entities on each call)."""
    doc = sent.doc
    cache = doc.user_data.setdefault("geokg_times", {})
    if sent.start not in cache:
        if "geokg_ents" not in doc.user_data:
            doc.user_data["geokg_ents"] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        ents = [(s - sent.start_char, e - sent.start_char, label) for s, e, label in doc.user_data["geokg_ents"]
                if sent.start_char <= s and e <= sent.end_char]
        cache[sent.start] = find_time_mentions(sent.text, published, ents)
    return cache[sent.start]


def paragraph_date(sent: Span, published: dt.date | str | None) -> TimeSpan | None:
    """The time of the story the sentence continues: that of the main clause of the nearest
    earlier sentence of its paragraph that states one.  None when no earlier sentence states a
    time, or when the nearest that does puts it off its main clause."""
    for prev in _sentences_before(sent):
        times = sentence_times(prev, published)
        if times:
            m = mention_for(prev.root, prev, times)
            return m.span if m is not None else None
    return None


# -- the decision ---------------------------------------------------------------------------------------------

def pick_date(trigger: Token, sent: Span, times: list, published: dt.date | None,
              modality: str | None = None) -> TimeSpan | None:
    """The date of the claim expressed at ``trigger``: the temporal expression of its own
    clause, else of a governing clause; else, for a finished event, the time of the story the
    paragraph is telling; else the published date, marked as not from the text (None without
    one).  Hypothetical and negated claims with no time of their own also get the published
    fallback rather than None, because the claims derived from them (the asserted threat, the
    pledge) share this date.  ``modality`` is the trigger's, when the caller has read it already."""
    modality = modality or read_modality(trigger).modality
    mention = mention_for(trigger, sent, times)
    if mention is not None:
        if mention.forward is not None and _about_future(trigger, _mention_head(mention, sent), modality):
            return mention.forward
        return mention.span
    if _continues_story(trigger, modality):
        inherited = paragraph_date(sent, published)
        if inherited is not None:
            return inherited
    return published_span(published) if published else None
