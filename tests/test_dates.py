"""Temporal expressions: what a claim's date becomes for each way news writes time.

Expected values are worked out by hand from the calendar: the default anchor,
2023-03-25, is a Saturday, so its week runs Monday 2023-03-20 .. Sunday 2023-03-26.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.claims.model import TimeSpan
from kg.nlp.dates import (
    TimeMention,
    find_time_mentions,
    load_periods,
    load_unnamed_periods,
    published_span,
    resolve_expression,
)

SAT = dt.date(2023, 3, 25)


def only_mention(text: str, anchor: dt.date | None = SAT, ents=()) -> TimeMention:
    mentions = find_time_mentions(text, anchor, ents)
    assert len(mentions) == 1, f"{text!r}: {mentions}"
    return mentions[0]


# (sentence, mention text, start, end, precision, relative)
CASES = [
    # years, ranges, decades, named periods
    ("In 2019 the talks collapsed.", "2019", "2019", "2019", "year", False),
    ("The 1950-1953 war ended in an armistice.", "1950-1953", "1950", "1953", "year", False),
    ("Troops fought there from 1950 to 1953, veterans said.", "from 1950 to 1953", "1950", "1953", "year", False),
    ("Fighting raged between 1950 and 1953 on the peninsula.", "between 1950 and 1953", "1950", "1953", "year", False),
    ("Seoul has been armed since the 1950-53 war.", "1950-53", "1950", "1953", "year", False),
    ("The economy boomed in the 1990s.", "the 1990s", "1990", "1999", "decade", False),
    ("Sanctions have been in place since 2006.", "since 2006", "2006", "2023", "year", True),
    ("The plant closed in early 2020.", "early 2020", "2020", "2020", "year", False),
    ("Output fell sharply in mid-2019.", "mid-2019", "2019", "2019", "year", False),
    ("The base was built during the Cold War.", "the Cold War", "1947", "1991", "year", False),
    ("Ties have been frozen since the Korean War.", "since the Korean War", "1953", "2023", "year", True),
    ("His father served in World War II.", "World War II", "1939", "1945", "year", False),
    # months
    ("The minister visited Moscow in May.", "May", "2022-05", "2022-05", "month", True),
    ("The minister visited Moscow in May 2021.", "May 2021", "2021-05", "2021-05", "month", False),
    ("May 2021 was the deadliest month.", "May 2021", "2021-05", "2021-05", "month", False),
    ("Exports grew from March to May 2021.", "from March to May 2021", "2021-03", "2021-05", "month", False),
    ("Profits rose in the first quarter of 2019.", "the first quarter of 2019", "2019-01", "2019-03", "month", False),
    ("Talks resumed last month.", "last month", "2023-02", "2023-02", "month", True),
    ("The visit was in May last year.", "May last year", "2022-05", "2022-05", "month", True),
    # days
    ("They met on May 4, 2021 in Hanoi.", "May 4, 2021", "2021-05-04", "2021-05-04", "day", False),
    ("They met on 4 May 2021 in Hanoi.", "4 May 2021", "2021-05-04", "2021-05-04", "day", False),
    ("They met on 2021-05-04 in Hanoi.", "2021-05-04", "2021-05-04", "2021-05-04", "day", False),
    ("They met on Tuesday, May 4, 2021.", "Tuesday, May 4, 2021", "2021-05-04", "2021-05-04", "day", False),
    ("Talks ran May 4-6, 2021.", "May 4-6, 2021", "2021-05-04", "2021-05-06", "day", False),
    ("They met on May 4 in Hanoi.", "May 4", "2022-05-04", "2022-05-04", "day", True),
    ("They met on March 20 in Hanoi.", "March 20", "2023-03-20", "2023-03-20", "day", True),
    ("They met yesterday.", "yesterday", "2023-03-24", "2023-03-24", "day", True),
    ("They meet today.", "today", "2023-03-25", "2023-03-25", "day", True),
    ("The envoy arrived on Tuesday.", "Tuesday", "2023-03-21", "2023-03-21", "day", True),
    ("The envoy arrived on Saturday.", "Saturday", "2023-03-25", "2023-03-25", "day", True),
    # "last Tuesday" is the previous week's: the one just past would be plain "Tuesday"
    ("The envoy arrived last Tuesday.", "last Tuesday", "2023-03-14", "2023-03-14", "day", True),
    ("The envoy arrived last Friday.", "last Friday", "2023-03-17", "2023-03-17", "day", True),
    ("The envoy will arrive next Friday.", "next Friday", "2023-03-31", "2023-03-31", "day", True),
    ("The test took place three weeks ago.", "three weeks ago", "2023-03-04", "2023-03-04", "day", True),
    ("Troops crossed overnight into Wednesday.", "overnight into Wednesday", "2023-03-21", "2023-03-22", "day",
     True),
    # weeks and years
    ("The ministers met this week.", "this week", "2023-03-20", "2023-03-26", "day", True),
    # "earlier/later this week" leaves out the day of writing, which would be "today"
    ("The ministers met earlier this week.", "earlier this week", "2023-03-20", "2023-03-24", "day", True),
    ("The ministers will meet later this week.", "later this week", "2023-03-26", "2023-03-26", "day", True),
    ("The ministers met last week.", "last week", "2023-03-13", "2023-03-19", "day", True),
    ("Trade doubled last year.", "last year", "2022", "2022", "year", True),
    ("Trade doubled this year.", "this year", "2023", "2023", "year", True),
    ("Trade doubled over the past two years.", "the past two years", "2021", "2023", "year", True),
    ("They will sign a treaty within three months.", "within three months", "2023-03", "2023-06", "month", True),
    ("Troops must leave within two weeks.", "within two weeks", "2023-03-25", "2023-04-08", "day", True),
    # the edge of a year is a month
    ("Control passes to Panama at the end of 1999.", "the end of 1999", "1999-12", "1999-12", "month", False),
    ("The base opened at the beginning of 2001.", "the beginning of 2001", "2001-01", "2001-01", "month", False),
    ("The plant closed in late 2020.", "late 2020", "2020", "2020", "year", False),
]


@pytest.mark.parametrize("text, mention, start, end, precision, relative", CASES, ids=[c[0] for c in CASES])
def test_expression_resolves_to_span(text, mention, start, end, precision, relative):
    m = only_mention(text)
    assert m.text == mention
    assert text[m.start_char:m.end_char] == mention
    assert m.span == TimeSpan(start, end, precision, from_text=True)
    assert m.relative is relative


NOTHING = [
    "Tensions have simmered for decades.",
    "The leaders met for the first time.",
    "A deal is expected soon.",
    "The two countries are moving ever closer.",
    "Between 20,000 and 50,000 workers were sent abroad.",
    "The army fired millions of rounds.",
    "Pilots flew F-16 jets over the border.",
    "The council passed UN Resolution 1718 against the North.",
    "The council passed Resolutions 2270 and 2321.",
    "Some 2000 troops arrived in the capital.",
    "Theresa May said that May's deal was dead.",
    "Critics warn of a new Cold War with Beijing.",
    "Candidates campaigned before Super Tuesday.",
    "USA Today reported the story.",
    "The president flew to Mar-a-Lago.",
    "Prices rose over the past few years.",
    "The next day the troops withdrew.",
    "Troops must leave within 30 days of the signing.",
    "Mexico cut ties within hours.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_non_dates_give_nothing(text):
    assert find_time_mentions(text, SAT) == []


@pytest.mark.parametrize(
    "text, anchor, start, end",
    [
        ("They met in May.", dt.date(2023, 6, 10), "2023-05", "2023-05"),  # May already passed
        ("They met in May.", dt.date(2023, 5, 2), "2023-05", "2023-05"),  # the anchor's own month
        ("They met last month.", dt.date(2023, 1, 15), "2022-12", "2022-12"),  # across the year
        ("They met this week.", dt.date(2023, 3, 20), "2023-03-20", "2023-03-26"),  # a Monday
        ("They met last Saturday.", dt.date(2023, 3, 26), "2023-03-18", "2023-03-18"),  # a Sunday: not yesterday
        ("They met last Sunday.", dt.date(2023, 3, 26), "2023-03-19", "2023-03-19"),
        ("They met last week.", dt.date(2023, 3, 26), "2023-03-13", "2023-03-19"),  # a Sunday
        ("They met on Sunday.", dt.date(2023, 3, 26), "2023-03-26", "2023-03-26"),
        ("They met on Sunday.", dt.date(2023, 3, 25), "2023-03-19", "2023-03-19"),
        ("They met on Feb. 29.", dt.date(2023, 3, 25), "2020-02-29", "2020-02-29"),  # last leap day
    ],
)
def test_relative_expressions_follow_the_anchor(text, anchor, start, end):
    span = only_mention(text, anchor).span
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["They met on Tuesday.", "They met in May.", "Sanctions since 2006.",
                                  "Trade doubled last year.", "They met this week.", "It happened yesterday."])
def test_relative_expressions_need_an_anchor(text):
    assert find_time_mentions(text, None) == []


@pytest.mark.parametrize("text, start", [("They met in May 2021.", "2021-05"), ("In 2019 it fell.", "2019"),
                                         ("It was built during the Cold War.", "1947"),
                                         ("They met on 4 May 2021.", "2021-05-04"),
                                         ("Talks ran from May 4 to June 6, 2021.", "2021-05-04")])
def test_absolute_expressions_resolve_without_anchor(text, start):
    m = only_mention(text, None)
    assert m.span.start == start and not m.relative


@pytest.mark.parametrize(
    "text, past, forward",
    [
        ("The group meets on Friday.", ("2023-03-24", "2023-03-24"), ("2023-03-31", "2023-03-31")),
        ("The vote is in May.", ("2022-05", "2022-05"), ("2023-05", "2023-05")),
        ("The summit opens on April 4.", ("2022-04-04", "2022-04-04"), ("2023-04-04", "2023-04-04")),
        ("Talks run April 4-6.", ("2022-04-04", "2022-04-06"), ("2023-04-04", "2023-04-06")),
    ],
)
def test_year_less_dates_offer_a_forward_reading(text, past, forward):
    m = only_mention(text)
    assert (m.span.start, m.span.end) == past
    assert (m.forward.start, m.forward.end) == forward


@pytest.mark.parametrize("text", ["They met on Saturday.", "They met in March.", "They met last Friday.",
                                  "They met in May 2021.", "Sanctions since May.", "They met this week."])
def test_no_forward_reading_where_the_date_is_settled(text):
    """The anchor's own day or month, explicit years, "last ...", "since ..." and weeks are
    the same whichever way the clause looks."""
    assert only_mention(text).forward is None


def test_anchor_may_be_a_datetime_or_iso_string():
    for anchor in (dt.datetime(2023, 3, 25, 18, 30), "2023-03-25", "2023-03-25T18:30:00"):
        assert only_mention("The envoy arrived on Tuesday.", anchor).span.start == "2023-03-21"


def test_offsets_of_several_mentions_match_the_text():
    text = ("North Korea said on Tuesday that sanctions imposed in 2017, and tightened "
            "last month, date from the Cold War.")
    mentions = find_time_mentions(text, SAT)
    assert [m.text for m in mentions] == ["Tuesday", "2017", "last month", "the Cold War"]
    for m in mentions:
        assert text[m.start_char:m.end_char] == m.text
        assert m.start_char == text.index(m.text)
    assert [m.start_char for m in mentions] == sorted(m.start_char for m in mentions)


def test_two_days_in_a_row_are_one_stretch_other_pairs_stay_apart():
    """"talks on Thursday and Friday" lasted two days; "in 2014 and 2016" are two times."""
    [both] = find_time_mentions("The envoys held talks on Thursday and Friday.", SAT)
    assert (both.span.start, both.span.end) == ("2023-03-23", "2023-03-24")
    assert len(find_time_mentions("The envoys met on Monday and Thursday.", SAT)) == 2
    assert len(find_time_mentions("Elections were held in 2014 and 2015.", SAT)) == 2


def test_range_and_period_in_one_phrase_agree():
    mentions = find_time_mentions("the 1950-1953 Korean War", SAT)
    assert [m.text for m in mentions] == ["1950-1953", "Korean War"]
    assert {(m.span.start, m.span.end) for m in mentions} == {("1950", "1953")}


def test_spacy_entities_settle_ambiguous_numbers_and_names():
    text = "The report cites 2004 as a turning point."
    at = text.index("2004")
    assert only_mention(text).span.start == "2004"
    assert find_time_mentions(text, SAT, [(at, at + 4, "CARDINAL")]) == []
    assert only_mention(text, SAT, [(at, at + 4, "DATE")]).span.start == "2004"

    bare = "May was the deadliest month."
    assert find_time_mentions(bare, SAT) == []  # "May" alone may be a verb or a name
    assert only_mention(bare, SAT, [(0, 3, "DATE")]).span.start == "2022-05"

    person = "Ministers lost confidence in May."
    at = person.index("May")
    assert only_mention(person).span.start == "2022-05"
    assert find_time_mentions(person, SAT, [(at, at + 3, "PERSON")]) == []

    # spaCy also calls the surname opening a sentence a DATE; a month does not tell anyone anything
    assert find_time_mentions("May warned ministers the deal could still collapse.", SAT, [(0, 3, "DATE")]) == []


@pytest.mark.parametrize(
    "expr, anchor, expected",
    [
        ("May", SAT, TimeSpan("2022-05", "2022-05", "month")),
        ("2019", None, TimeSpan("2019", "2019", "year")),
        ("in the 1990s", None, TimeSpan("1990", "1999", "decade")),
        ("last week", SAT, TimeSpan("2023-03-13", "2023-03-19", "day")),
        ("yesterday", None, None),
        ("decades", SAT, None),
        ("soon", SAT, None),
    ],
)
def test_resolve_expression(expr, anchor, expected):
    assert resolve_expression(expr, anchor) == expected


def test_published_span_is_the_fallback_not_text():
    assert published_span(SAT) == TimeSpan("2023-03-25", "2023-03-25", "day", from_text=False)


PERIODS = load_periods()


@pytest.mark.parametrize("period", PERIODS, ids=[p.id for p in PERIODS])
def test_every_period_alias_is_found_and_dated(period):
    assert period.start <= period.end
    for alias in period.aliases:
        text = f"It happened during the {alias}, historians say."
        m = only_mention(text, SAT)
        assert m.text == f"the {alias}"
        assert (m.span.start, m.span.end, m.span.precision) == (period.start, period.end, period.precision)


def test_expressions_off_the_calendar_are_dropped_not_fatal():
    """"the past 300 decades" reaches before year 1: no mention, and no crash for the document."""
    text = "Over the past 300 decades France aided Chad, and in the next 999 decades it will again in 2019."
    spans = [m.span.start for m in find_time_mentions(text, dt.date(2023, 1, 1))]
    assert spans == ["2019"]


# -- phrases that look like other times ------------------------------------------------------------------

def test_an_adverb_week_before_of_is_still_last_week():
    """"accused Israel last week of attacking": "of" belongs to the verb, not to the week."""
    assert only_mention("Iran accused Israel last week of attacking its facilities.").span == \
        TimeSpan("2023-03-13", "2023-03-19", "day")
    assert only_mention("Trump ordered the expulsion last week of 60 diplomats.").text == "last week"
    assert [m.text for m in find_time_mentions("It rained in the last week of March.", SAT)] == []


@pytest.mark.parametrize("text", [
    "Trump ordered the expulsion of 60 diplomats, the most since 1986.",
    "It was the first time since 2011 that Egypt criticised Israel.",
    "Abdullah was the highest-ranking Saudi official to visit Tehran since 1979.",
    "It was the deadliest attack on troops since the Korean War.",
])
def test_a_record_since_a_time_dates_nothing(text):
    assert find_time_mentions(text, SAT) == []


def test_since_still_opens_a_span_outside_comparisons():
    assert only_mention("Russia has occupied Crimea since 2014.").span == TimeSpan("2014", "2023", "year")


@pytest.mark.parametrize("text, start", [
    # a verb between the superlative and "since": "since" is the clause's own time
    ("The first Russian troops have been stationed there since 2014.", "2014"),
    ("The biggest bases were built near the border since 2016.", "2016"),
    # "at least since" hedges a date; it measures no record
    ("The group has operated in the region at least since 2006.", "2006"),
])
def test_since_after_a_superlative_outside_a_comparison_still_opens_a_span(text, start):
    assert only_mention(text).span == TimeSpan(start, "2023", "year")


def test_a_superlative_added_to_the_lexicon_marks_a_record(monkeypatch):
    """The record words are lexicon data: an analyst who adds "hottest" (no "-iest" word) makes
    "the hottest summer since 1990" a record instead of a time."""
    from kg.nlp import dates
    from kg.vocab import load_lexicon

    text = "It was the hottest summer since 1990."
    assert only_mention(text).span == TimeSpan("1990", "2023", "year")
    lex = load_lexicon()
    monkeypatch.setattr(dates, "_COMPARISON", dates._comparison_pattern(
        lex.record_superlatives | {"hottest"}, lex.record_breaking_verbs, lex.record_ordinals))
    assert find_time_mentions(text, SAT) == []


# -- weekdays, weeks and weekends ---------------------------------------------------------------------------

def test_a_weekday_written_with_a_date_picks_the_year():
    """May 15 was a Thursday in 2014 and not in 2013: a gallery dated 2014-05-03 and updated later."""
    anchor = dt.date(2014, 5, 3)
    assert only_mention("Gunmen took positions on Thursday, May 15.", anchor).span.start == "2014-05-15"
    assert only_mention("Gunmen took positions on May 15.", anchor).span.start == "2013-05-15"
    assert only_mention("They met on Tuesday, May 4, 2021.", anchor).span.start == "2021-05-04"


@pytest.mark.parametrize("text, anchor, start, end", [
    ("They met on Monday last week.", SAT, "2023-03-13", "2023-03-13"),
    ("They will meet on Friday of next week.", SAT, "2023-03-31", "2023-03-31"),
    ("Rebels attacked the town over the weekend.", SAT, "2023-03-25", "2023-03-26"),
    ("Rebels attacked the town over the weekend.", dt.date(2023, 3, 22), "2023-03-18", "2023-03-19"),
    ("Rebels attacked the town at the weekend.", dt.date(2023, 3, 26), "2023-03-25", "2023-03-26"),
])
def test_weekdays_of_named_weeks_and_weekends(text, anchor, start, end):
    m = only_mention(text, anchor)
    assert (m.span.start, m.span.end, m.span.precision) == (start, end, "day")


def test_the_weekend_of_a_date_is_not_the_latest_weekend():
    """"The weekend of March 4" is that weekend: only the date after "of" dates it."""
    m = only_mention("Leaders met on the weekend of March 4.")
    assert (m.span.start, m.span.precision) == ("2023-03-04", "day")
    assert find_time_mentions("Leaders met at the weekend of the summit.", SAT, []) == []


def test_the_edge_of_a_named_year_is_its_month():
    assert only_mention("Talks stalled at the end of last year.").span == TimeSpan("2022-12", "2022-12", "month")
    assert only_mention("Talks began at the beginning of this year.").span == TimeSpan("2023-01", "2023-01", "month")
    assert only_mention("Exports fell in the first half of 2019.").span == TimeSpan("2019-01", "2019-06", "month")
    assert only_mention("Exports fell in the second half of 2019.").span == TimeSpan("2019-07", "2019-12", "month")


def test_unnamed_periods_are_read_from_the_table():
    nouns = load_unnamed_periods()
    assert {"war", "occupation", "crisis"} <= nouns
    assert "visit" not in nouns  # an episode of the story shares its time
