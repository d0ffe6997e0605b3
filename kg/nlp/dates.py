"""Temporal expressions in news sentences -> :class:`~kg.claims.model.TimeSpan`.

A claim is only as useful as its date, and news rarely writes full dates: it
says "on Tuesday", "last month", "in May", "since 2006", "during the Cold War".
This module finds such expressions in a sentence and resolves them against the
article's published date (the *anchor*), keeping the precision the text gives.

How it works, and why:

* Compiled regexes find candidate expressions and decide their precision; they
  are cheap and predictable, and they make the year heuristics explicit (a
  four-digit number is often a count or a resolution number, not a year).
* ``dateparser`` parses what it is good at (month-name dates in their many
  spellings, "three weeks ago"), but only on the candidate substring, with
  settings that make it deterministic: fixed language ``en``,
  ``RELATIVE_BASE`` = anchor, ``PREFER_DATES_FROM="past"``.  Results are cached.
* Calendar words ("this week", "last year", weekdays) are computed here with
  plain date arithmetic, so their meaning is documented rather than implied.
* Named periods ("the Korean War") come from ``ontology/periods.yaml``.

Conventions (news reporting is mostly about the recent past):

* a date without a year ("in May", "May 4", "on Tuesday") is the most recent
  one on or before the anchor; "last May" is the most recent one strictly
  before the anchor's month; "next ..." is the first one after;
* "last Tuesday" is the Tuesday of the previous calendar week: a writer who
  meant the most recent Tuesday would have written "on Tuesday", so "last"
  marks the one before it ("Saturday" and "last Saturday" in one story of a
  Sunday are a day and eight days back);
* such year-less dates also carry a *forward* reading (the first one on or
  after the anchor: "the group meets on Friday"), which a caller that knows
  the clause is about the future may take instead (``TimeMention.forward``);
* "this week", "last week" and "next week" are whole Monday..Sunday weeks;
  "earlier this week" is Monday .. the day before the anchor, "later this week"
  the day after it .. Sunday (the day of writing would be "today"); all at day
  precision; "Monday last week" is that day of that week; "over/at the
  weekend" is the latest Saturday..Sunday begun by the anchor; "last week of"
  is still last week unless a time follows "of" ("the last week of March");
* a weekday written with a year-less date ("Thursday, May 15") picks, of the
  years around the anchor, the one where the date falls on that weekday;
* "the end of last year" is its December, as "the end of 1999";
* the time of a record ("the most since 1986", "the first time since 2011")
  is not a mention: it dates no event;
* "overnight into Wednesday" covers Tuesday and Wednesday;
* "the end of 1999" / "the beginning of 1999" are December / January of it
  (month precision); "early/mid/late 1999" stay at year precision;
* "the past N days/weeks/months/years" is a rolling window ending at the anchor;
  "within N days/weeks/months" one starting there;
* "since X" runs from X (from the *end* of a named period) to the anchor at
  X's precision; "from/between X to/and Y" and "X-Y" join into one interval at
  the coarser precision; a year-less X takes its year from Y;
* decades ("the 1990s") have precision ``decade`` and are written as years
  ("1990".."1999");
* without an anchor every expression that needs one is dropped, absolute ones
  still resolve.

Not handled on purpose: vague words ("recently", "soon", "decades", "for the
first time"), clock times, numeric dates such as 04/05/2021 (day/month order
is ambiguous), seasons without a year, centuries, "after/before X" intervals.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import yaml

from kg.claims.model import TimeSpan
from kg.vocab import ONTOLOGY_DIR, load_lexicon

__all__ = [
    "TimeMention",
    "NamedPeriod",
    "find_time_mentions",
    "resolve_expression",
    "published_span",
    "load_periods",
    "load_unnamed_periods",
    "PERIODS_PATH",
]

PERIODS_PATH = ONTOLOGY_DIR / "periods.yaml"
#: The word classes read here are data: ``ontology/lexicon.yaml`` says what each does.
_LEX = load_lexicon()

Anchor = dt.date | str | None  # a datetime is a date; an ISO string is what Evidence.published holds
_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3}


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression found in a text, with its resolved span."""

    start_char: int  # offsets relative to the text passed in
    end_char: int
    text: str
    span: TimeSpan  # start, end ISO cut to precision, precision, from_text=True
    relative: bool  # True when resolved against the anchor ("this week", "on Tuesday", "in May")
    forward: TimeSpan | None = None  # a year-less date read as the first one on or after the anchor
    kind: str = ""  # the rule that found it ("period", "weekday", "year", ...): callers weigh named periods apart


@dataclass(frozen=True)
class NamedPeriod:
    """A named historical period from ``ontology/periods.yaml``."""

    id: str
    label: str
    start: str
    end: str
    precision: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class _Span:
    """A resolved interval as real dates (first and last day covered)."""

    start: dt.date
    end: dt.date
    precision: str
    relative: bool

    def to_timespan(self) -> TimeSpan:
        return TimeSpan(_iso(self.start, self.precision), _iso(self.end, self.precision), self.precision, True)


Resolver = Callable[[dt.date | None], "_Span | None"]


@dataclass(frozen=True)
class _Cand:
    """A candidate expression.  ``resolve`` takes the base date so that a
    year-less date can be re-resolved against the other end of a range."""

    start: int
    end: int
    priority: int
    kind: str
    resolve: Resolver
    rebase: bool = False  # year-less: may take its year from a following range end


# --------------------------------------------------------------------------- calendar helpers


def _iso(d: dt.date, precision: str) -> str:
    """ISO string cut to precision; decades are written as years."""
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clamped to the month's length."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _year_span(y1: int, y2: int, relative: bool = False, precision: str = "year") -> _Span:
    return _Span(dt.date(y1, 1, 1), dt.date(y2, 12, 31), precision, relative)


def _month_span(y: int, m: int, relative: bool = False) -> _Span:
    return _Span(dt.date(y, m, 1), _month_end(y, m), "month", relative)


def _day_span(d: dt.date, relative: bool = False) -> _Span:
    return _Span(d, d, "day", relative)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _iso_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO date cut to year, month or day."""
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
    day = dt.date(*parts[:3])
    return day, day


def _as_date(anchor: Anchor) -> dt.date | None:
    """Accept a date, a datetime or an ISO string (``Evidence.published``)."""
    if anchor is None or anchor == "":
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    return dt.date.fromisoformat(str(anchor)[:10])


# --------------------------------------------------------------------------- vocabulary

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}
_DECADE_WORDS = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990}
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

# Case-sensitive: a capital letter is what separates "May" the month from "may".
# Only abbreviations take a dot; no month is followed by a hyphenated word ("Mar-a-Lago").
_MON = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)(?![-‐–]\w)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_OPT = rf"(?:(?P<wdopt>{_WD}),?\s+)?"  # "Tuesday, May 4, 2021": the weekday is part of the date
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
# A hyphen before a year is only allowed after a qualifier ("mid-2019", not "F-2000", "pre-2014").
_YEAR = (r"(?<![\w$£€#%.,/–])(?:(?<=[Mm]id-)|(?<=[Ee]arly-)|(?<=[Ll]ate-)|(?<!-))"
         r"(?:1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)")
_NUM = r"(?:\d{1,3}|" + "|".join(_NUMBERS) + ")"
_YEAR_QUAL = (r"(?i:\b(?:early|mid|late|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of"
              r"|(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]+)")
_MONTH_QUAL = r"(?i:\b(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)"


def _g(name: str, pattern: str) -> str:
    """Name a group (each rule has its own regex, so names may repeat across rules)."""
    return f"(?P<{name}>{pattern})"


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# --------------------------------------------------------------------------- context checks
# A four-digit number is a year unless its neighbours say it is a count, a
# resolution number, a clock time...  These lists are the explicit heuristics.

_NOT_YEAR_BEFORE = _rx(
    r"(?:\b(?:resolutions?|no|nos|numbers?|flights?|routes?|articles?|sections?|chapters?|paragraphs?"
    r"|clauses?|rules?|bills?|highways?|interstate|models?|rooms?|units?|pages?|codes?|platforms?|gates?"
    r"|vol|volumes?|issues?|series|versions?|type|batch|squadron|regiment|brigade|division|battalion"
    r"|precinct|hull|tail|serial|at|about|some|nearly|almost|over|roughly|approximately|around"
    r"|copyright|more\s+than|fewer\s+than|less\s+than|up\s+to|at\s+least|total\s+of|additional|another|extra)"
    r"|[$£€#©]|\(c\))\.?\s*(?:\d{4}\s*(?:,|and|or)\s*)*$",
    re.I,
)
_NOT_YEAR_AFTER = _rx(
    r"^(?:\s*(?:%|percent\b|per\s+cent\b|of\s+(?:them|whom|which|those|these)\b)"
    r"|\s*(?:and|to|or|-|–)\s*(?!(?:1[89]|20)\d\d\b)\d"
    r"|\s+(?:more\s+|other\s+|additional\s+|new\s+|extra\s+)?(?:people|persons|troops|soldiers|sailors|marines"
    r"|fighters|militants|workers|civilians|refugees|migrants|prisoners|detainees|children|women|men"
    r"|residents|protesters|members|votes|voters|seats|cases|deaths|casualties|jobs|rounds|shells|missiles"
    r"|rockets|bombs|tanks|vehicles|aircraft|planes|ships|units|tons|tonnes|barrels|pounds|dollars|euros"
    r"|yuan|rubles|roubles|won|km|kilometres|kilometers|miles|metres|meters|feet|hectares|acres|points"
    r"|pages|words|gmt|utc|hrs|hours|local\s+time)\b)",
    re.I,
)
_STRONG_CUE = _rx(r"\b(?:in|since|during|until|till|by|before|after|from|between|of|early|late|mid)[\s-]+$", re.I)
_MONTH_CUE = _rx(
    r"\b(?:in|since|until|till|during|through|throughout|from|early|late|mid|end\s+of|beginning\s+of"
    r"|start\s+of|middle\s+of)[\s-]+$",
    re.I,
)
_VETO_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "LAW", "PRODUCT", "FAC"})
_WD_BAD_BEFORE = _rx(r"\b(?:Super|Black|Good|Bloody|Ash|Palm|Easter|Holy|Maundy|Cyber|Giving|Fat|Shrove"
                     r"|Blue|News|Mail\s+on|Independent\s+on)\s+$")
_WD_BAD_AFTER = _rx(r"^\s+(?:Times|Telegraph|Express|Herald|Mirror|Post|People|Star|Independent|Tribune"
                    r"|Mail|Sport|Business\s+Post)\b")
_PERIOD_BAD_BEFORE = frozenset({"a", "an", "new", "another", "second", "next", "third", "latest", "looming",
                                "possible", "renewed", "digital", "economic", "trade", "future"})
_PERIOD_BAD_AFTER = _rx(r"^\s*(?:II|III|2\.0|2)\b")
_GENERIC_AFTER = _rx(r"^\s+(?:between|with|over|against|among)\b", re.I)
_CAPITALISED_BEFORE = _rx(r"\b[A-Z][\w.]*\s+$")
# "confidence in May fell", "May's deal": Theresa May, not the month.
_MAY_THE_PERSON = _rx(r"^(?:['’]s\b|\s+(?:has|had|is|was|will|would|said|says|told|wants|wanted|insisted"
                      r"|fell|faces|faced|could|must|should|can|did|does|and\s+(?:her|his))\b)")
# What only a person does: spaCy's DATE on a sentence-initial "May" does not outweigh these.
_MAY_SPEAKS = _rx(r"^\s+(?:said|says|told|tells|insisted|insists|warned|urged|added|wants|wanted)\b")
_FOLLOWED_BY_OF = _rx(r"^\s+of\b", re.I)
# "the last week of March", "last week of the campaign": a part of another time.  Without a
# time after "of" the phrase is an adverb and "of" belongs to the verb ("accused Israel last
# week of attacking", "the expulsion last week of 60 diplomats").
_OF_A_TIME = _rx(rf"^\s+of\s+(?:{_MON}|(?:1[89]|20)\d\d\b|(?:the|this|that|its|their|his|her)\s+"
                 r"(?:\w+\s+)?(?:year|month|week|war|campaign|term|presidency|season|talks|summit|session)s?\b)")
_PREV_WORD = _rx(r"([\w'’.-]+)\s*$")


@dataclass(frozen=True)
class _Ctx:
    """What the rules need to know besides the match itself."""

    text: str
    ents: tuple[tuple[int, int, str], ...]

    def before(self, i: int, width: int = 48) -> str:
        return self.text[max(0, i - width):i]

    def after(self, i: int, width: int = 40) -> str:
        return self.text[i:i + width]

    def labels(self, start: int, end: int) -> set[str]:
        """Labels of the entities overlapping ``[start, end)``."""
        return {lab for s, e, lab in self.ents if s < end and start < e}

    def prev_word(self, i: int) -> str:
        m = _PREV_WORD.search(self.before(i, 30))
        return m.group(1).lower() if m else ""


def _year_ok(ctx: _Ctx, start: int, end: int, qualified: bool = False) -> bool:
    """Is the number at ``[start, end)`` a year?  Qualifiers ("early 2020")
    settle it; counts and identifiers are rejected; spaCy's label breaks ties."""
    if qualified:
        return True
    before, after = ctx.before(start), ctx.after(end)
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.search(after):
        return False
    labels = ctx.labels(start, end)
    if "DATE" in labels:
        return True
    return not (labels & _VETO_LABELS) or bool(_STRONG_CUE.search(before))


def _bare_month_ok(ctx: _Ctx, start: int, end: int, word: str, qualified: bool) -> bool:
    """A month name alone needs a cue ("in May") or spaCy's DATE: "May" is also
    a surname and a verb, "March" a noun."""
    labels = ctx.labels(start, end)
    if "PERSON" in labels:
        return False
    if word == "May" and _MAY_SPEAKS.match(ctx.after(end)):
        return False  # before spaCy's DATE, which it also gives the surname opening a sentence ("May warned ministers")
    if "DATE" in labels:
        return True
    if word == "May" and _MAY_THE_PERSON.match(ctx.after(end)):
        return False
    return qualified or bool(_MONTH_CUE.search(ctx.before(start)))


# --------------------------------------------------------------------------- dateparser


@lru_cache(maxsize=4096)
def _dateparser(expr: str, base: dt.date | None) -> dt.date | None:
    """Parse one short expression with fixed, anchored settings (cached: the
    same expressions recur across a corpus)."""
    import dateparser  # imported lazily: it costs ~0.1 s and a first parse ~0.1 s more

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base or dt.date(2000, 1, 1), dt.time()),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "MDY",
    }
    parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


# --------------------------------------------------------------------------- rules
# Each rule: (regex, handler).  A handler checks the context and returns a
# resolver (base date -> _Span) or None.  Rules earlier in the list win ties of
# equal length; otherwise the longest candidate wins.

Handler = Callable[[re.Match[str], _Ctx], "tuple[Resolver, bool] | None"]


def _absolute(span: _Span | None) -> tuple[Resolver, bool] | None:
    return (lambda base: span, False) if span else None


def _valid_day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _h_iso(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    day = _valid_day(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _absolute(_day_span(day) if day else None)


def _h_day_date(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """Month-name dates with or without a year: dateparser reads the spelling,
    the regex says whether a year was written (absolute) or not (relative)."""
    expr = m.group("date")
    if m["y"]:
        day = _dateparser(expr, None)
        return _absolute(_day_span(day) if day else None)

    weekday = _WEEKDAYS[m["wdopt"].lower()] if m["wdopt"] else None

    def resolve(base: dt.date | None) -> _Span | None:
        day = _dateparser(expr, base) if base else None
        if day is not None and weekday is not None:
            day = _year_of_weekday(day, weekday, base)
        return _day_span(day, True) if day else None

    return resolve, True


def _year_of_weekday(day: dt.date, weekday: int, base: dt.date) -> dt.date:
    """"Thursday, May 15" without a year: the weekday says which year, of the one before the
    anchor's, the anchor's and the next (a gallery captioned ahead of its last update, a
    schedule); the most recent reading stands when the weekday does not decide."""
    if day.weekday() == weekday:
        return day
    fits = []
    for year in (base.year - 1, base.year, base.year + 1):
        other = _valid_day(year, day.month, day.day)
        if other is not None and other.weekday() == weekday:
            fits.append(other)
    return min(fits, key=lambda d: abs((d - base).days)) if fits else day


def _h_day_range(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"May 4-6, 2021" / "4-6 May": one month, two days."""
    month, d1, d2 = _MONTHS[m["mon"].rstrip(".").lower()], int(m["d1"]), int(m["d2"])
    if d2 <= d1:
        return None
    year = int(m["y"]) if m["y"] else None

    def resolve(base: dt.date | None) -> _Span | None:
        y = year if year is not None else _recent_year(month, d2, base)
        if y is None:
            return None
        first, last = _valid_day(y, month, d1), _valid_day(y, month, d2)
        return _Span(first, last, "day", year is None) if first and last else None

    return resolve, year is None


def _recent_year(month: int, day: int, base: dt.date | None) -> int | None:
    """Year of the most recent month/day on or before ``base``."""
    if base is None:
        return None
    return base.year if (month, day) <= (base.month, base.day) else base.year - 1


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    return _absolute(_month_span(int(m["y"]), _MONTHS[m["mon"].rstrip(".").lower()]))


def _h_month_rel_year(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"May this year", "March of last year"."""
    month, step = _MONTHS[m["mon"].rstrip(".").lower()], {"this": 0, "last": -1, "next": 1}[m["which"].lower()]

    def resolve(base: dt.date | None) -> _Span | None:
        return None if base is None else _month_span(base.year + step, month, True)

    return resolve, False


def _h_bare_month(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    word = m["mon"]
    if not _bare_month_ok(ctx, m.start("mon"), m.end("mon"), word, bool(m["rel"] or m["q"])):
        return None
    month, rel = _MONTHS[word.rstrip(".").lower()], (m["rel"] or "").lower()

    def resolve(base: dt.date | None) -> _Span | None:
        if base is None:
            return None
        if rel == "last":
            year = base.year if month < base.month else base.year - 1
        elif rel == "next":
            year = base.year if month > base.month else base.year + 1
        elif rel == "this":
            year = base.year
        else:
            year = base.year if month <= base.month else base.year - 1
        return _month_span(year, month, True)

    return resolve, rel not in ("last", "next", "this")


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"from March to May (2021)": the first month takes its year from the second."""
    m1, m2 = _MONTHS[m["m1"].rstrip(".").lower()], _MONTHS[m["m2"].rstrip(".").lower()]
    year = int(m["y"]) if m["y"] else None

    def resolve(base: dt.date | None) -> _Span | None:
        y2 = year if year is not None else (None if base is None else
                                           (base.year if m2 <= base.month else base.year - 1))
        if y2 is None:
            return None
        y1 = y2 if m1 <= m2 else y2 - 1
        return _Span(dt.date(y1, m1, 1), _month_end(y2, m2), "month", year is None)

    return resolve, False


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"the first quarter of 2019", "Q1 2019": three months."""
    q = int(m["qn"]) if m["qn"] else _QUARTERS[m["q"].lower()]
    y = int(m["y"] or m["y2"])
    return _absolute(_Span(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "month", False))


def _h_year_range(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"1950-1953", "1950-53", "2014–15".  A two-digit tail that is not a later
    year may be an ISO month ("2021-05")."""
    y1, tail = int(m["y1"]), m["y2"]
    if len(tail) == 4:
        y2 = int(tail)
    else:
        y2 = y1 // 100 * 100 + int(tail)
        if y2 <= y1 and y1 % 100 == 99 and tail == "00":
            y2 += 100
    if not y1 < y2 <= y1 + 100:
        if len(tail) == 2 and 1 <= int(tail) <= 12 and m["sep"] == "-":
            return _absolute(_month_span(y1, int(tail)))
        return None
    if not _year_ok(ctx, m.start(), m.end()):
        return None
    return _absolute(_year_span(y1, y2))


def _h_decade(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    if m["dec"]:
        start = int(m["dec"])
    elif m["d2"]:
        start = 1900 + int(m["d2"])
    else:
        start = _DECADE_WORDS[m["dw"].lower()]
    return _absolute(_year_span(start, start + 9, precision="decade"))


_YEAR_EDGE = _rx(r"\bthe\s+(?P<edge>end|beginning|start)\s+of", re.I)
_YEAR_HALF = _rx(r"\bthe\s+(?P<half>first|second)\s+half\s+of", re.I)


def _h_year(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """A year; "the end of 1999" is its last month, "the beginning of 1999" its first
    (a writer who meant the whole year would not have named its edge), "the first half of
    1999" January..June."""
    if not _year_ok(ctx, m.start("y"), m.end("y"), qualified=bool(m["q"])):
        return None
    y = int(m["y"])
    edge = _YEAR_EDGE.match(m["q"] or "")
    if edge:
        return _absolute(_month_span(y, 12 if edge["edge"].lower() == "end" else 1))
    half = _YEAR_HALF.match(m["q"] or "")
    if half:  # "the first half of 2019": January..June
        first = 1 if half["half"].lower() == "first" else 7
        return _absolute(_Span(dt.date(y, first, 1), _month_end(y, first + 5), "month", False))
    return _absolute(_year_span(y, y))


def _h_calendar(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"this week", "last month", "later this year", "next weekend"."""
    if _OF_A_TIME.match(ctx.after(m.end())) or ctx.prev_word(m.start()) == "the":
        return None  # "the last week of March" is not last week
    if m["unit"][0].isupper() and ctx.before(m.start(), 1) in ('"', "“", "'", "‘"):
        return None  # ABC's "This Week": a programme title
    which, unit, qual = m["which"].lower(), m["unit"].lower(), (m["qual"] or "").lower()
    step = {"this": 0, "last": -1, "next": 1}[which]
    edge = (m["edge"] or "").lower()

    def resolve(base: dt.date | None) -> _Span | None:
        if base is None:
            return None
        if unit == "year" and edge:  # "the end of last year": its last month, as "the end of 1999"
            return _month_span(base.year + step, 12 if edge == "end" else 1, True)
        return _calendar_span(base, unit, step, qual)

    return resolve, False


def _h_weekday_week(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"Monday last week", "Friday of next week": that day of that Monday..Sunday week."""
    target, step = _WEEKDAYS[m["wd"].lower()], {"this": 0, "last": -1, "next": 1}[m["which"].lower()]

    def resolve(base: dt.date | None) -> _Span | None:
        if base is None:
            return None
        return _day_span(_monday(base) + dt.timedelta(weeks=step, days=target), True)

    return resolve, False


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"over the weekend": the most recent Saturday..Sunday that had begun by the anchor."""
    def resolve(base: dt.date | None) -> _Span | None:
        if base is None:
            return None
        saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
        return _Span(saturday, saturday + dt.timedelta(days=1), "day", True)

    return resolve, False


def _calendar_span(base: dt.date, unit: str, step: int, qual: str = "") -> _Span:
    """The calendar unit ``step`` units from the one containing ``base``."""
    if unit == "year":
        return _year_span(base.year + step, base.year + step, True)
    if unit == "month":
        first = _add_months(base.replace(day=1), step)
        return _month_span(first.year, first.month, True)
    monday = _monday(base) + dt.timedelta(weeks=step)
    if unit == "weekend":
        return _Span(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day", True)
    # "earlier/later this week" is told apart from the day of writing, which would be "today":
    # the days before it, or after it (the anchor itself only on a Monday or a Sunday).
    if step == 0 and qual == "later":  # what is left of the week
        sunday = monday + dt.timedelta(days=6)
        return _Span(min(base + dt.timedelta(days=1), sunday), sunday, "day", True)
    if step == 0 and qual == "earlier":  # what had happened by publication
        return _Span(monday, max(base - dt.timedelta(days=1), monday), "day", True)
    return _Span(monday, monday + dt.timedelta(days=6), "day", True)


def _h_rolling(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"the past two years", "the last week", "the next 24 hours": a window at the anchor."""
    if _FOLLOWED_BY_OF.match(ctx.after(m.end())):
        return None
    unit, which = m["unit"].lower().rstrip("s"), m["which"].lower()
    if m["n"] is None and (m["unit"].lower().endswith("s") or which == "next"):
        return None  # "the past years" is vague; "the next day/month" is narrative, not the anchor's
    n = 1 if m["n"] is None else (_NUMBERS.get(m["n"].lower()) or int(m["n"]))
    sign = 1 if which in ("next", "coming") else -1

    def resolve(base: dt.date | None) -> _Span | None:
        if base is None:
            return None
        other = _shift(base, unit, sign * n)
        lo, hi = sorted((base, other))
        precision = {"hour": "day", "day": "day", "week": "day", "month": "month"}.get(unit, "year")
        return _Span(lo, hi, precision, True)

    return resolve, False


def _h_within(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"within three months": from the anchor to three months on ("within 30 days of the
    signing" counts from another event, so it is left out)."""
    if _FOLLOWED_BY_OF.match(ctx.after(m.end())):
        return None
    unit = m["unit"].lower().rstrip("s")
    n = _NUMBERS.get(m["n"].lower()) or int(m["n"])

    def resolve(base: dt.date | None) -> _Span | None:
        if base is None:
            return None
        precision = {"hour": "day", "day": "day", "week": "day", "month": "month"}.get(unit, "year")
        return _Span(base, _shift(base, unit, n), precision, True)

    return resolve, False


def _shift(base: dt.date, unit: str, n: int) -> dt.date:
    if unit == "hour":
        return base + dt.timedelta(days=(abs(n) + 23) // 24 * (1 if n > 0 else -1))
    if unit in ("day", "week"):
        return base + dt.timedelta(days=n * (7 if unit == "week" else 1))
    if unit == "month":
        return _add_months(base, n)
    years = n * (10 if unit == "decade" else 1)
    return _add_months(base, 12 * years)


def _h_deictic(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """today / yesterday / tomorrow / tonight / last night / this morning."""
    word = " ".join(m.group().lower().split())
    if m.group() == "Today" and _CAPITALISED_BEFORE.search(ctx.before(m.start(), 30)):
        return None  # "USA Today", "Russia Today": a publisher, not a day
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)

    def resolve(base: dt.date | None) -> _Span | None:
        return None if base is None else _day_span(base + dt.timedelta(days=offset), True)

    return resolve, False


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"on Tuesday": the most recent Tuesday on or before the anchor."""
    if _WD_BAD_BEFORE.search(ctx.before(m.start())) or _WD_BAD_AFTER.match(ctx.after(m.end())):
        return None
    target, rel = _WEEKDAYS[m["wd"].lower()], (m["rel"] or "").lower()

    def resolve(base: dt.date | None) -> _Span | None:
        if base is None:
            return None
        back = (base.weekday() - target) % 7
        if rel == "next":
            return _day_span(base + dt.timedelta(days=(target - base.weekday() - 1) % 7 + 1), True)
        if rel == "last":  # the one in the previous Monday..Sunday week
            return _day_span(_monday(base) - dt.timedelta(days=7 - target), True)
        return _day_span(base - dt.timedelta(days=back), True)

    return resolve, rel not in ("next", "last")


def _h_overnight(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"overnight into Wednesday": the night spans the day before and the weekday."""
    day = _h_weekday(m, ctx)
    if day is None:
        return None

    def resolve(base: dt.date | None) -> _Span | None:
        span = day[0](base)
        return None if span is None else _Span(span.start - dt.timedelta(days=1), span.end, "day", True)

    return resolve, False


def _h_ago(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """"three weeks ago": dateparser does the arithmetic, the unit sets precision."""
    expr, unit = " ".join(m.group().split()), m["unit"].lower().rstrip("s")
    precision = {"day": "day", "week": "day", "month": "month"}.get(unit, "year")

    def resolve(base: dt.date | None) -> _Span | None:
        day = _dateparser(expr, base) if base else None
        return _Span(day, day, precision, True) if day else None

    return resolve, False


def _h_period(m: re.Match[str], ctx: _Ctx) -> tuple[Resolver, bool] | None:
    """A named period, unless the words around it make it generic ("a new cold war")."""
    name = _norm_alias(m["name"])
    if _PERIOD_BAD_AFTER.match(ctx.after(m.end())):
        return None
    has_the = bool(m["the"])
    before_name = ctx.prev_word(m.start("name")) if not has_the else ctx.prev_word(m.start())
    if before_name in _PERIOD_BAD_BEFORE:
        return None
    period = _period_index().by_alias.get(name.lower())
    if period is None:
        return None
    if name not in period.aliases and (not has_the or _GENERIC_AFTER.match(ctx.after(m.end()))):
        return None  # "cold war" in lower case is only the Cold War after "the"
    start, _ = _iso_bounds(period.start)
    _, end = _iso_bounds(period.end)
    return _absolute(_Span(start, end, period.precision, False))


_RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    ("iso", _rx(r"(?<![\w\-/.])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\w\-/]|\.\d)"), _h_iso),
    ("day_range", _rx(rf"{_WD_OPT}(?P<mon>{_MON})\s+(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})"
                      rf"(?:,?\s+(?P<y>{_YEAR}))?"), _h_day_range),
    ("day_range", _rx(rf"{_WD_OPT}\b(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})"
                      rf"(?:,?\s+(?P<y>{_YEAR}))?"), _h_day_range),
    ("day", _rx(rf"{_WD_OPT}(?P<date>{_MON}\s+{_DAY}(?!\s*[-–]\s*\d)(?:(?:\s*,\s*|\s+)(?P<y>{_YEAR}))?)"
                r"(?![\d:]|,\d)"), _h_day_date),
    ("day", _rx(rf"{_WD_OPT}(?P<date>(?<![\d,.])\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>{_YEAR}))?)"),
     _h_day_date),
    ("month_range", _rx(rf"\b(?:from|between)\s+(?P<m1>{_MON})\s+(?:to|and|until|till|through)\s+"
                        rf"(?P<m2>{_MON})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?"), _h_month_range),
    ("quarter", _rx(rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
                    rf"(?:the\s+year\s+)?(?P<y>{_YEAR})|\bQ(?P<qn>[1-4])\s+(?P<y2>{_YEAR})", re.I), _h_quarter),
    ("month_year", _rx(rf"{_MONTH_QUAL}?(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<y>{_YEAR})"), _h_month_year),
    ("month_rel_year", _rx(rf"{_MONTH_QUAL}?(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<which>this|last|next)\s+year\b"),
     _h_month_rel_year),
    ("month", _rx(rf"(?:\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+|{_g('q', _MONTH_QUAL)})?(?P<mon>{_MON})(?![ \t]*\d)"),
     _h_bare_month),
    ("year_range", _rx(rf"(?P<y1>{_YEAR})\s*(?P<sep>[-–—])\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w%]|[.,]\d|-\d)"),
     _h_year_range),
    ("decade", _rx(r"(?:\bthe\s+)?(?:\b(?:early|mid|late)[\s-]+)?(?<![\w$£€#.,])(?P<dec>1[89]\d0|20\d0)s\b"
                   r"|\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:['’]?(?P<d2>[3-9]0)s|(?P<dw>thirties|forties"
                   r"|fifties|sixties|seventies|eighties|nineties))\b", re.I), _h_decade),
    ("year", _rx(rf"{_g('q', _YEAR_QUAL)}?(?P<y>{_YEAR})", re.I), _h_year),
    ("rolling", _rx(rf"\bthe\s+(?P<which>past|last|next|coming)\s+(?:(?P<n>{_NUM})\s+)?"
                    r"(?P<unit>hours?|days?|weeks?|months?|years?|decades?)\b", re.I), _h_rolling),
    ("within", _rx(rf"\bwithin\s+(?:the\s+(?P<which>next|coming)\s+)?(?P<n>{_NUM})\s+"
                   r"(?P<unit>hours?|days?|weeks?|months?|years?)\b", re.I), _h_within),
    ("calendar", _rx(r"(?:\b(?P<qual>earlier|later|early|late)\s+|\bthe\s+(?P<edge>end|beginning|start)\s+of\s+)?"
                     r"\b(?P<which>this|last|next)\s+(?P<unit>week|weekend|month|year)\b", re.I), _h_calendar),
    ("weekday_week", _rx(rf"(?P<wd>{_WD})\s+(?:of\s+)?(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+week\b"),
     _h_weekday_week),
    # not "the weekend of March 4" / "of the summit": "of" names which weekend
    ("weekend", _rx(r"\b(?:over|at|during|on)\s+the\s+weekend\b(?!\s+of\b)", re.I), _h_weekend),
    ("deictic", _rx(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night"
                    r"|[Tt]his\s+(?:morning|afternoon|evening))\b"), _h_deictic),
    ("overnight", _rx(rf"\b[Oo]vernight\s+(?:into|to)\s+(?P<rel>)(?P<wd>{_WD})\b"), _h_overnight),
    ("weekday", _rx(rf"(?:\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<wd>{_WD})(?!s\b)\b"), _h_weekday),
    ("ago", _rx(rf"\b(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I), _h_ago),
]


# Most sentences have no digit or no month name: one cheap search each lets
# the rules that need them be skipped (about half the time of a typical call).
_DIGIT = _rx(r"\d")
_MONTH_WORD = _rx(_MON)
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}), "day_range": frozenset({"digit", "month"}), "day": frozenset({"digit", "month"}),
    "month_range": frozenset({"month"}), "quarter": frozenset({"digit"}),
    "month_year": frozenset({"digit", "month"}), "month_rel_year": frozenset({"month"}),
    "month": frozenset({"month"}), "year_range": frozenset({"digit"}), "year": frozenset({"digit"}),
}


# --------------------------------------------------------------------------- named periods


def load_unnamed_periods(path: Path | str = PERIODS_PATH) -> frozenset[str]:
    """Nouns for stretches of time a text names without dating ("during the war"): the
    ``unnamed_periods`` list of ``ontology/periods.yaml``, lower-case lemmas."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except FileNotFoundError:
        return frozenset()
    return frozenset(str(w).lower() for w in data.get("unnamed_periods") or [])


def load_periods(path: Path | str = PERIODS_PATH) -> tuple[NamedPeriod, ...]:
    """Read the named-period table (``ontology/periods.yaml``)."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return tuple(
        NamedPeriod(p["id"], p["label"], str(p["start"]), str(p["end"]), p.get("precision", "year"),
                    tuple(str(a) for a in p.get("aliases", [])) or (p["label"],))
        for p in data.get("periods", [])
    )


@dataclass(frozen=True)
class _PeriodIndex:
    by_alias: dict[str, NamedPeriod]  # lower-case alias -> period
    regex: re.Pattern[str] | None  # all aliases, longest first
    gate: re.Pattern[str] | None  # the longest word of each alias: no hit, no need to run ``regex``


@lru_cache(maxsize=1)
def _period_index() -> _PeriodIndex:
    """Compile the named-period table once."""
    try:
        periods = load_periods()
    except FileNotFoundError:
        warnings.warn(f"named periods not found at {PERIODS_PATH}; 'the Cold War' etc. will not be dated")
        return _PeriodIndex({}, None, None)
    aliases = sorted({a for p in periods for a in p.aliases}, key=len, reverse=True)
    if not aliases:
        return _PeriodIndex({}, None, None)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+").replace(r"\-", "[-–‐]") for a in aliases)
    keys = {max(re.split(r"[\s-]+", a), key=len) for a in aliases}
    return _PeriodIndex(
        {a.lower(): p for p in periods for a in p.aliases},
        re.compile(rf"(?:\b(?P<the>the)\s+)?\b(?P<name>{body})\b", re.I),
        re.compile("|".join(re.escape(k) for k in sorted(keys)), re.I),
    )


def _norm_alias(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("–", "-").replace("‐", "-")


# --------------------------------------------------------------------------- candidate search


def _candidates(ctx: _Ctx) -> Iterator[_Cand]:
    """Every accepted candidate of every rule (overlaps resolved later)."""
    present = {name for name, rx in (("digit", _DIGIT), ("month", _MONTH_WORD)) if rx.search(ctx.text)}
    for priority, (kind, regex, handler) in enumerate(_RULES):
        if not _NEEDS.get(kind, frozenset()) <= present:
            continue
        for m in regex.finditer(ctx.text):
            got = handler(m, ctx)
            if got is not None:
                yield _Cand(m.start(), m.end(), priority, kind, got[0], got[1])
    index = _period_index()
    if index.regex is not None and index.gate.search(ctx.text):
        for m in index.regex.finditer(ctx.text):
            got = _h_period(m, ctx)
            if got is not None:
                yield _Cand(m.start(), m.end(), -1, "period", got[0], False)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidates first; a shorter one survives only where it does not overlap."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# --------------------------------------------------------------------------- ranges and "since"

_RANGE_OPEN = _rx(r"\b(?P<w>from|between)\s+$", re.I)
_RANGE_GAP = _rx(r"^\s*(?P<w>to|and|until|till|through|[-–—])\s*$", re.I)
_SINCE = _rx(r"\b(?:ever\s+)?since\s+$", re.I)
# "the most since 1986", "the first time since 2011", "the deadliest attack since the war": a
# record measured over a stretch of time, not when anything happened.
# The superlative must describe the noun "since" measures from: a verb between them ("the first
# Russian troops have been stationed there since 2014") makes "since" the clause's own time, and
# "at least since 2006" is a hedge on a date, not a record.
# The word lists are ``ontology/lexicon.yaml``'s (record_superlatives, record_breaking_verbs,
# record_ordinals); "-iest" words and "since" itself are grammar and stay here.


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first so a word is never cut short by its prefix."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _comparison_pattern(superlatives: Iterable[str], breaking_verbs: Iterable[str],
                        ordinals: Iterable[str]) -> re.Pattern[str]:
    """The record pattern above, built from the lexicon's word classes (taken as arguments so a
    test can show that an analyst's added word takes effect)."""
    return _rx(r"(?:(?<!\bat\s)(?<!\bat\s\s)\b(?:" + _alternation(superlatives) + r"|\w+iest)\b(?:-\w+)?"
               r"(?:\s+(?!(?:since|" + _alternation(breaking_verbs) + r")\b)[\w'’-]+){0,6}"
               r"|\b(?:" + _alternation(ordinals) + r")\s+time\b[^.;:!?]{0,120}?)\s+(?:ever\s+)?since\s+$",
               re.I)


_COMPARISON = _comparison_pattern(_LEX.record_superlatives, _LEX.record_breaking_verbs, _LEX.record_ordinals)


@dataclass(frozen=True)
class _Found:
    """A chosen candidate and its span (None until resolved: a year-less date
    without an anchor may still get its year from the end of a range)."""

    start: int
    end: int
    span: _Span | None
    cand: _Cand


def _merge_ranges(chosen: list[_Cand], text: str, base: dt.date | None) -> list[_Found]:
    """Resolve the chosen candidates, joining "from X to Y", "between X and Y",
    "X to Y" into one interval; drop what cannot be resolved."""
    found = [_Found(c.start, c.end, _safe(c.resolve, base), c) for c in chosen]
    out: list[_Found] = []
    i = 0
    while i < len(found):
        merged = _try_merge(found[i], found[i + 1], text) if i + 1 < len(found) else None
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        if found[i].span is not None:
            out.append(found[i])
        i += 1
    return out


def _try_merge(a: _Found, b: _Found, text: str) -> _Found | None:
    if b.span is None:
        return None
    gap = _RANGE_GAP.match(text[a.end:b.start])
    if gap is None:
        return None
    opener = _RANGE_OPEN.search(text[max(0, a.start - 12):a.start])
    if gap["w"].lower() == "and" and not (opener and opener["w"].lower() == "between") \
            and not _next_day(a.span, b.span):
        return None  # "in 2014 and 2016" is two years, not a range
    a_span = _safe(a.cand.resolve, b.span.end) if a.cand.rebase else a.span  # "from May 4 to June 6, 2021"
    if a_span is None or a_span.start > b.span.end:
        return None
    precision = max(a_span.precision, b.span.precision, key=_RANK.__getitem__)
    if precision == "decade" and a_span.precision != b.span.precision:
        precision = "year"
    # A re-based start is relative only if the end it borrowed its year from is.
    relative = b.span.relative or (a_span.relative and not a.cand.rebase)
    span = _Span(a_span.start, b.span.end, precision, relative)
    start = a.start - len(opener.group()) if opener else a.start
    return _Found(start, b.end, span, a.cand)


def _next_day(a: _Span | None, b: _Span) -> bool:
    """"talks on Saturday and Sunday": two days in a row are one stretch of two days.  Anything
    further apart ("in 2014 and 2016", "on May 3 and May 9") stays two times."""
    return a is not None and a.precision == b.precision == "day" and b.start - a.end == dt.timedelta(days=1)


def _apply_since(found: list[_Found], text: str, base: dt.date | None) -> list[_Found]:
    """"since 2006" -> 2006 .. anchor; needs the anchor, so it is dropped without one, and so is
    the time of a comparison ("the most since 1986"), which dates no event."""
    out = []
    for f in found:
        m = _SINCE.search(text[max(0, f.start - 12):f.start])
        if m is None:
            out.append(f)
            continue
        if base is None or _COMPARISON.search(text[max(0, f.start - 160):f.start]):
            continue
        # "since the Korean War" means since it ended; "since 2006" since it began
        first = _iso_bounds(_iso(f.span.end, f.span.precision))[0] if f.cand.kind == "period" else f.span.start
        if first > base:
            out.append(f)
            continue
        out.append(_Found(f.start - len(m.group()), f.end, _Span(first, base, f.span.precision, True), f.cand))
    return out


# --------------------------------------------------------------------------- forward readings

#: How far past the anchor the base moves so that "most recent on or before" becomes "first on
#: or after", for each kind of year-less date.
_AHEAD: dict[str, Callable[[dt.date], dt.date]] = {
    "weekday": lambda d: d + dt.timedelta(days=6),
    "month": lambda d: _add_months(d, 11),
    "day": lambda d: _add_months(d, 12) - dt.timedelta(days=1),
    "day_range": lambda d: _add_months(d, 12) - dt.timedelta(days=1),
}


def _forward(f: _Found, base: dt.date | None) -> TimeSpan | None:
    """The future reading of a year-less date found on its own ("meets on Friday"), when it
    differs from the past one; ranges and "since" spans have none."""
    ahead = _AHEAD.get(f.cand.kind)
    if base is None or ahead is None or not f.cand.rebase or (f.start, f.end) != (f.cand.start, f.cand.end):
        return None
    span = _safe(f.cand.resolve, ahead(base))
    return span.to_timespan() if span is not None and span != f.span else None


# --------------------------------------------------------------------------- public API


def _safe(resolve: Callable[[dt.date | None], "_Span | None"], base: dt.date | None) -> "_Span | None":
    """A resolver's span, or None when the arithmetic leaves the calendar ("the past 300
    decades" is before year 1): one odd phrase must not fail the whole document."""
    try:
        return resolve(base)
    except (ValueError, OverflowError):
        return None


def find_time_mentions(text: str, anchor: Anchor,
                       ents: Iterable[tuple[int, int, str]] = ()) -> list[TimeMention]:
    """All temporal expressions in a sentence, resolved against ``anchor``.

    ``ents`` are spaCy ``(start_char, end_char, label)`` entities of the same
    text: a DATE entity confirms a bare year or month, a CARDINAL/QUANTITY/LAW/...
    entity vetoes a bare year, a PERSON vetoes "May".  Without them the regex
    heuristics decide alone.  ``anchor`` may also be a datetime or an ISO
    string.  Mentions are returned in text order and never overlap; those that
    need an anchor are omitted when it is None.
    """
    base = _as_date(anchor)
    ctx = _Ctx(text, tuple(ents))
    found = _apply_since(_merge_ranges(_select(list(_candidates(ctx))), text, base), text, base)
    return [TimeMention(f.start, f.end, text[f.start:f.end], f.span.to_timespan(), f.span.relative,
                        _forward(f, base), f.cand.kind)
            for f in found]


def resolve_expression(expr: str, anchor: Anchor) -> TimeSpan | None:
    """One expression (e.g. spaCy's DATE entity text) -> TimeSpan.

    The whole string is treated as a date entity, so "May" or "2019" alone
    resolve; when it holds several expressions the longest one wins.
    """
    mentions = find_time_mentions(expr, anchor, ents=[(0, len(expr), "DATE")])
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end_char - m.start_char).span


def published_span(anchor: dt.date | str) -> TimeSpan:
    """The fallback date of a claim: the published date, day precision, not from the text."""
    day = _as_date(anchor)
    if day is None:
        raise ValueError("published_span needs a date")
    return TimeSpan(day.isoformat(), day.isoformat(), "day", from_text=False)
