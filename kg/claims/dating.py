"""Which date a claim gets: the temporal expression that belongs to its trigger.

A sentence may hold several dates ("Russia has since joined China in opposing new sanctions,
used its veto in May ... since it began punishing Pyongyang in 2006"); each claim takes the one
in its own clause, else one in a governing clause, else the article's published date (marked as
not from the text).  Expressions themselves are found and resolved by :mod:`kg.nlp.dates`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from kg.claims.model import TimeSpan
from kg.nlp.dates import published_span


def _clause_tokens(head: Token) -> list[Token]:
    """The tokens of a clause without the clauses coordinated to it ("joined China ..., used
    its veto in May": May belongs to "used", not to "joined")."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("conj", "cc") and c.pos_ in ("VERB", "AUX", "CCONJ"):
            continue
        out.extend(c.subtree)
    return out


def pick_date(trigger: Token, sent: Span, times: list, published: dt.date | None) -> TimeSpan | None:
    """The temporal expression that belongs to the trigger: one inside the trigger's own
    clause, else one in a governing clause (walking up); else the published date, marked as
    not from the text."""
    tok = trigger
    for _ in range(6):
        toks = _clause_tokens(tok)
        lo = min(t.idx for t in toks) - sent.start_char
        hi = max(t.idx + len(t) for t in toks) - sent.start_char
        inside = [m for m in times if lo <= m.start_char and m.end_char <= hi
                  and any(t.idx - sent.start_char <= m.start_char < t.idx - sent.start_char + len(t) for t in toks)]
        if inside:
            pos = trigger.idx - sent.start_char
            return min(inside, key=lambda m: abs(m.start_char - pos)).span
        if tok.head.i == tok.i or tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
    return published_span(published) if published else None
