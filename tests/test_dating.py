"""Which time expression a claim's trigger takes (``kg.claims.dating.pick_date``).

Each case is a sentence where a nearer or earlier date is *not* the claim's, or where the
claim's date is stated elsewhere (a governing clause, an earlier sentence of the paragraph).
The anchor, 2023-03-25, is a Saturday: "Sunday" is 03-19, "Friday" 03-24, "Thursday" 03-23.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import kg.nlp.pipeline  # noqa: F401  (registers the geokg_paragraphs component)
from kg.claims.dating import paragraph_date, pick_date, sentence_times, stretch_span
from kg.claims.model import TimeSpan
from kg.nlp.dates import find_time_mentions, published_span
from kg.nlp.pipeline import DEFAULT_MODEL

SAT = dt.date(2023, 3, 25)
FALLBACK = published_span(SAT)


@pytest.fixture(scope="module")
def parser():
    """The parser alone, with geokg's paragraph splitting: dating needs no actors."""
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("geokg_paragraphs", before="parser")
    return nlp


@pytest.fixture(scope="module")
def date_of(parser):
    def run(text: str, trigger: str, published: dt.date | None = SAT, modality: str | None = None) -> TimeSpan | None:
        doc = parser(text)
        [tok] = [t for t in doc if t.text == trigger]
        sent = tok.sent
        ents = [(e.start_char - sent.start_char, e.end_char - sent.start_char, e.label_) for e in sent.ents]
        return pick_date(tok, sent, find_time_mentions(sent.text, published, ents), published, modality)

    return run


def day(iso: str) -> TimeSpan:
    return TimeSpan(iso, iso, "day")


# -- the trigger's own clause ---------------------------------------------------------------------------

def test_each_coordinated_verb_keeps_its_own_date(date_of):
    text = "Russia joined China in opposing the plan, used its veto in May and criticised the council in 2021."
    assert date_of(text, "used") == TimeSpan("2022-05", "2022-05", "month")
    assert date_of(text, "criticised") == TimeSpan("2021", "2021", "year")
    assert date_of(text, "joined") == FALLBACK  # neither date is the joining's


def test_a_time_in_a_noun_phrase_does_not_date_the_verb(date_of):
    text = "The two leaders signed a declaration pledging to restore the lines held before last year's war."
    assert date_of(text, "signed") == FALLBACK


# -- governing clauses --------------------------------------------------------------------------------------

def test_coordinated_verbs_share_a_fronted_time(date_of):
    text = "On Thursday, the prime minister declared neutrality and appealed to the United Nations for help."
    assert date_of(text, "appealed") == day("2023-03-23")


def test_an_opening_date_without_a_comma_still_dates_the_verb(date_of):
    # the parser hangs "March 20" on the subject and leaves "On" bare on the verb
    text = "On May 30 Nasser and King Hussein signed a defence pact in Cairo."
    assert date_of(text, "signed") == day("2022-05-30")


def test_a_conjunct_in_another_tense_does_not_share_the_time(date_of):
    text = "Moscow annexed the peninsula in 2014 and has since armed the separatists."
    assert date_of(text, "annexed") == TimeSpan("2014", "2014", "year")
    assert date_of(text, "armed") == FALLBACK


def test_an_after_clause_dates_the_other_event(date_of):
    text = "The president accused Belgium of aggression after paratroopers landed on Sunday."
    assert date_of(text, "accused") == FALLBACK
    assert date_of(text, "landed") == day("2023-03-19")


def test_plain_after_shares_the_time_but_days_after_does_not(date_of):
    same = "Caracas cut ties with Washington on Friday after Washington recognised the opposition leader."
    assert date_of(same, "recognised") == day("2023-03-24")
    other = "The delegation warned Honiara on Friday, days after the two governments signed a security pact."
    assert date_of(other, "signed") == FALLBACK


def test_relative_clause_shares_the_time_only_in_the_same_tense(date_of):
    same = "The Soviet Union on Sunday vetoed a resolution that called on Moscow to withdraw its troops."
    assert date_of(same, "called") == day("2023-03-19")
    standing = "Russia, which has lent billions to Caracas, condemned the move on Friday."
    assert date_of(standing, "lent") == FALLBACK


def test_when_clause_on_a_month_takes_the_month(date_of):
    text = "Fighting erupted in August when India accused Pakistan of sending infiltrators."
    assert date_of(text, "accused") == TimeSpan("2022-08", "2022-08", "month")


def test_an_event_noun_inside_a_phrase_keeps_its_own_time(date_of):
    text = "China froze talks on Friday, escalating its protest over NATO's bombing of the embassy."
    assert date_of(text, "froze") == day("2023-03-24")
    assert date_of(text, "bombing") == FALLBACK


# -- the future -----------------------------------------------------------------------------------------------

def test_a_weekday_in_a_clause_about_the_future_is_the_coming_one(date_of):
    ahead = "The Commonwealth is expected to suspend Fiji when its ministers meet in London on Friday."
    assert date_of(ahead, "suspend") == day("2023-03-31")
    past = "The Commonwealth suspended Fiji on Friday."
    assert date_of(past, "suspended") == day("2023-03-24")


# -- earlier in the paragraph ---------------------------------------------------------------------------

def test_a_later_sentence_of_the_paragraph_continues_the_story(date_of):
    text = "Tanks attacked the capital at dawn on Sunday. Hours later, the assembly called on Moscow to withdraw."
    assert date_of(text, "called") == day("2023-03-19")


def test_a_reported_act_takes_the_story_time_whatever_the_report_tense(date_of):
    text = ("The minister cited the downing of an airliner over the Gulf on Thursday. "
            "Tehran has accused Washington of deliberately targeting civilians.")
    assert date_of(text, "targeting") == day("2023-03-23")


@pytest.mark.parametrize("text, trigger", [
    ("Tanks attacked the capital on Sunday.\n\nThe assembly condemned Moscow.", "condemned"),  # new paragraph
    ("Tanks attacked the capital on Sunday. Britain has condemned Moscow.", "condemned"),  # ongoing
    ("Tanks attacked the capital on Sunday. Britain had earlier warned Moscow.", "warned"),  # before the story
    ("Tanks attacked the capital on Sunday. Britain could impose sanctions on Moscow.", "impose"),  # may not happen
    ("Tanks attacked the capital on Sunday. Britain did not recall its ambassador.", "recall"),  # did not happen
])
def test_no_story_time_where_the_sentence_is_not_its_continuation(date_of, text, trigger):
    assert date_of(text, trigger) == FALLBACK


def test_the_story_time_is_that_of_the_nearest_dated_sentence(parser):
    doc = parser("Talks opened on Thursday. Troops withdrew on Sunday. The envoy left. The council met.")
    last = list(doc.sents)[-1]
    assert paragraph_date(last, SAT) == day("2023-03-19")
    assert paragraph_date(next(iter(doc.sents)), SAT) is None


def test_a_sentence_read_with_two_published_dates_keeps_each(parser):
    """The per-document cache of time mentions is keyed by the published date too, as the story
    memo is: the same parsed text dated twice must not reuse the first date's weekdays."""
    doc = parser("Troops withdrew on Sunday.")
    sent = next(iter(doc.sents))
    later = SAT + dt.timedelta(days=7)
    assert [m.span for m in sentence_times(sent, SAT)] == [day("2023-03-19")]
    assert [m.span for m in sentence_times(sent, later)] == [day("2023-03-26")]


# -- no time at all --------------------------------------------------------------------------------------

def test_no_time_gives_the_published_date_marked_not_from_text(date_of):
    assert date_of("Norway condemned Iran.", "condemned") == FALLBACK
    assert date_of("Norway condemned Iran.", "condemned", published=None) is None


# -- other events and non-times inside the clause ----------------------------------------------------------

def test_a_gerund_under_a_noun_dates_that_other_event(date_of):
    text = ("The minister met the envoy on Friday and voiced support for Chad in the wake of it "
            "shooting down a drone near the border last week.")
    assert date_of(text, "voiced") == day("2023-03-24")  # Friday, shared with "met", not last week
    assert date_of(text, "shooting") == TimeSpan("2023-03-13", "2023-03-19", "day")


def test_a_named_period_that_is_the_topic_is_not_the_time(date_of):
    assert date_of("The senator's criticism of the Korean War angered the president.", "criticism") == FALLBACK
    assert date_of("The Soviet Union supplied arms to Hanoi during the Vietnam War.", "supplied") == \
        TimeSpan("1955", "1975", "year")


def test_a_scheduled_meeting_takes_the_coming_weekday(date_of):
    assert date_of("The foreign minister is scheduled to meet his Chinese counterpart on Monday.", "meet") == \
        day("2023-03-27")
    assert date_of("The foreign minister was scheduled to meet his Chinese counterpart on Monday.", "meet") == \
        day("2023-03-20")


def test_an_ongoing_state_does_not_take_the_story_time(date_of):
    text = "Kenya deployed troops on Thursday. Officials confirmed they are working with Somalia."
    assert date_of(text, "working") == FALLBACK
    assert date_of("Kenya deployed troops on Thursday. Officials confirmed they worked with Somalia.", "worked") == \
        day("2023-03-23")


# -- dates written on other nouns -----------------------------------------------------------------------

def test_a_date_before_another_noun_dates_that_noun(date_of):
    text = "Britain blamed Moscow for the March 4 attack."
    assert date_of(text, "blamed") == FALLBACK
    assert date_of(text, "attack") == day("2023-03-04")
    assert date_of("Trump congratulated Putin on his victory in last month's election.", "congratulated") == FALLBACK


def test_a_date_before_a_time_noun_or_in_a_time_phrase_still_dates_the_verb(date_of):
    assert date_of("Arbenz accused the company on Sunday night.", "accused") == day("2023-03-19")
    assert date_of("Biden delivered a warning to Russia during a Tuesday visit to Kiev.", "delivered") == \
        day("2023-03-21")
    assert date_of("In a May 2010 committee hearing, Smith asked Holder about the attack.", "asked") == \
        TimeSpan("2010-05", "2010-05", "month")


# -- times the text gives but no date resolves --------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("A ceasefire took effect on Thursday. During the war the United States suspended aid to Pakistan.",
     "suspended"),
    ("The army seized power on Tuesday. Qarase had appealed to Australia for help in the days before the coup.",
     "appealed"),
    ("The Pentagon revealed on Wednesday that troops tried to rescue the hostages earlier this summer.", "rescue"),
])
def test_a_time_of_its_own_keeps_other_dates_off_the_claim(date_of, text, trigger):
    assert date_of(text, trigger) == FALLBACK


def test_an_episode_of_the_story_shares_its_time(date_of):
    text = "Putin visited China on Monday. During the visit, he signed a deal with Xi."
    assert date_of(text, "signed") == day("2023-03-20")


def test_a_past_perfect_under_a_dated_report_happened_before_it(date_of):
    text = "The Soviet Union acknowledged on Tuesday that its pilot had fired on the jet."
    assert date_of(text, "acknowledged") == day("2023-03-21")
    assert date_of(text, "fired") == FALLBACK
    assert date_of("The ministry said on Tuesday that its pilot fired on the jet.", "fired") == day("2023-03-21")


# -- counted gaps ----------------------------------------------------------------------------------------------

def test_a_counted_gap_moves_the_governing_date(date_of):
    assert date_of("Israel struck Gaza on Thursday, a day after Hamas fired rockets.", "fired") == day("2023-03-22")
    assert date_of("Hamas fired rockets on Wednesday, two days after Israel raided Jenin.", "raided") == \
        day("2023-03-20")
    assert date_of("Hamas fired rockets in March, two days after Israel raided Jenin.", "raided") == FALLBACK


@pytest.mark.parametrize("text, trigger, expected", [
    ("Russia invaded Georgia on Thursday. Two days later, Georgia expelled the envoy.", "expelled", "2023-03-25"),
    ("Russia invaded Georgia on Thursday. The next day, Georgia recalled its envoy.", "recalled", "2023-03-24"),
    ("Russia invaded Georgia on Thursday. Georgia recalled its envoy the following day.", "recalled", "2023-03-24"),
    ("Russia invaded Georgia on Thursday. A week earlier, Georgia had accused Russia.", "accused", "2023-03-16"),
])
def test_a_count_from_the_story_moves_the_story_date(date_of, text, trigger, expected):
    assert date_of(text, trigger) == day(expected)


def test_a_count_from_no_story_is_no_date(date_of):
    assert date_of("Two days later, Georgia expelled the envoy.", "expelled") == FALLBACK


# -- which side of publication ----------------------------------------------------------------------------------

def test_an_infinitive_far_in_the_past_reading_is_the_coming_date(date_of):
    april = dt.date(2017, 4, 23)
    text = "Fillon advised his backers to vote for Macron on May 7."
    assert date_of(text, "vote", published=april) == day("2017-05-07")
    assert date_of("Fillon voted for Macron on May 7.", "voted", published=april) == day("2016-05-07")


def test_a_present_tense_with_a_later_day_is_the_coming_one(date_of):
    """The present with a day some weeks after publication is a schedule ("the ban expires on
    May 2") or a caption of a page updated after its first date, not an act ten months old:
    read on news articles with a date line, the coming day was the right one far more often."""
    assert date_of("The ban on arms sales expires on May 2.", "expires") == day("2023-05-02")
    assert date_of("Ukrainian troops guard the air base on May 2.", "guard") == day("2023-05-02")
    assert date_of("Ukrainian troops guarded the air base on May 2.", "guarded") == day("2022-05-02")


def test_a_present_tense_under_a_future_is_the_coming_weekday(date_of):
    text = "The task will be harder when Hollande meets Putin on Friday."
    assert date_of(text, "meets") == day("2023-03-31")


def test_a_date_days_after_publication_is_not_last_year(date_of):
    """Copy is updated after its first date; a date eleven months old would carry its year."""
    jan7 = dt.date(2015, 1, 7)
    assert date_of("A crowd gathers in Sydney on January 8 to mourn.", "gathers", published=jan7) == day("2015-01-08")
    assert date_of("A crowd gathered in Sydney on January 28.", "gathered", published=jan7) == day("2014-01-28")
    apr28 = dt.date(2023, 4, 28)
    assert date_of("The minister visited Moscow in May.", "visited", published=apr28) == \
        TimeSpan("2022-05", "2022-05", "month")


# -- clauses whose time is not that of the clause above them ----------------------------------------

def test_a_condition_does_not_take_the_time_of_the_warning(date_of):
    text = "Obama warned on Monday that sanctions would follow if Russia continued its incursion."
    assert date_of(text, "warned") == day("2023-03-20")
    assert date_of(text, "continued") == FALLBACK


def test_a_condition_does_not_continue_the_story(date_of):
    text = "Troops crossed the border on Sunday. Obama warned that sanctions would follow if Russia continued."
    assert date_of(text, "continued") == FALLBACK


def test_an_alleged_act_does_not_take_the_time_of_the_accusation(date_of):
    text = "Russia accused Ukraine on Monday of shelling the plant."
    assert date_of(text, "accused") == day("2023-03-20")
    assert date_of(text, "shelling") == FALLBACK
    story = "The airliner was downed on Thursday. Iran accused Washington of deliberately targeting civilians."
    assert date_of(story, "targeting") == day("2023-03-23")  # the act is the story's, when the paragraph tells it
    dated = "Russian troops seized the plant in March. Russia accused Ukraine on Monday of shelling it."
    assert date_of(dated, "shelling") == FALLBACK  # neither March nor Monday is the shelling's


def test_what_a_trip_is_for_happens_during_it(date_of):
    text = "The inspectors are due in Baghdad this weekend for talks with officials."
    assert date_of(text, "talks") == TimeSpan("2023-03-25", "2023-03-26", "day")
    assert date_of("Britain condemned Iran on Friday for the attack.", "attack") == FALLBACK  # a reason: earlier


def test_a_count_in_years_moves_a_year(date_of):
    text = "Bin Laden fled to Pakistan in 2001. A decade later, American commandos killed him."
    assert date_of(text, "killed") == TimeSpan("2011", "2011", "year")


@pytest.mark.parametrize("text", [
    "Egypt signed a treaty with Persia in 2022. Centuries earlier, Egypt attacked Persia.",
    "Egypt signed a treaty with Persia in 2022. Many years earlier, Egypt attacked Persia.",
    "Egypt signed a treaty with Persia in 2022. 3000 years earlier, Egypt attacked Persia.",
])
def test_an_offset_that_cannot_be_counted_does_not_take_the_story_time(date_of, text):
    """"Centuries earlier" says the act is not at the paragraph's time, without saying when."""
    assert date_of(text, "attacked") == FALLBACK


@pytest.mark.parametrize("text", [
    "Egypt signed a treaty with Persia in 2022. 3000 years later, Egypt attacked Persia.",
    "Talks opened on Monday. Two years later, Russia attacked Ukraine.",
])
def test_a_finished_act_counted_past_publication_takes_no_counted_date(date_of, text):
    """An act the article reports as done cannot lie after the article: a count that lands there
    is no date the text supports."""
    assert date_of(text, "attacked") == FALLBACK


def test_a_count_back_from_the_story_time_still_dates_the_act(date_of):
    text = "Talks opened on Monday. Two years earlier, Russia attacked Ukraine."
    assert date_of(text, "attacked") == day("2021-03-20")


def test_the_story_time_is_found_once_per_sentence_in_a_long_paragraph(parser, monkeypatch):
    """A text without line breaks is one paragraph: asking each sentence's story time must not
    walk back over every earlier sentence again (the cost grew with the square of the length)."""
    from kg.claims import dating

    doc = parser("Talks opened on Thursday. " + "The envoy left the city. " * 80)
    calls = []
    real = dating.sentence_times
    monkeypatch.setattr(dating, "sentence_times", lambda s, p: calls.append(s.start) or real(s, p))
    sents = list(doc.sents)
    assert all(paragraph_date(s, SAT) == day("2023-03-23") for s in sents[1:])
    assert len(calls) <= 2 * len(sents)


@pytest.mark.parametrize("text", [
    "Talks collapsed on Monday. Russia expelled the British ambassador, the worst rift in years.",
    "Talks collapsed on Monday. Russia expelled the British ambassador for the first time in decades.",
    # the parser hangs the record's "in years" on the verb here, not on "standoff"
    "Talks collapsed on Monday. Russia expelled the British ambassador, as the row drew in France and set "
    "off the worst crisis in the region in years.",
    "Talks collapsed on Monday. Russia expelled the British ambassador, its third expulsion in ten years.",
])
def test_the_stretch_a_record_is_measured_over_is_no_time_of_the_clause(date_of, text):
    """"the worst rift in years" says nothing of when the expulsion happened, as "the most since 1986"."""
    assert date_of(text, "expelled") == day("2023-03-20")


def test_a_simple_present_with_a_year_less_month_takes_the_nearer_one(date_of):
    """"when the leaders meet in May", written in March: the coming May, not one ten months back."""
    text = "The visit will set the stage for a meeting when the two leaders meet in May."
    assert date_of(text, "meet") == TimeSpan("2023-05", "2023-05", "month")
    assert date_of("The two leaders met in May.", "met") == TimeSpan("2022-05", "2022-05", "month")
    assert date_of("The two leaders meet in March.", "meet") == TimeSpan("2023-03", "2023-03", "month")


def test_at_the_time_is_not_the_story_time(date_of):
    text = "The father spoke to reporters on Tuesday. He called the FBI at the time because his son was violent."
    assert date_of(text, "called") == FALLBACK


def test_the_time_of_the_alleged_act_is_not_the_accusation_time(date_of):
    text = "Russia has accused the United States of violating the law by bombing an air base last week."
    assert date_of(text, "accused") == FALLBACK
    assert date_of(text, "bombing") == TimeSpan("2023-03-13", "2023-03-19", "day")


def test_a_counted_stretch_ends_on_the_day_it_led_to(date_of):
    text = "The declaration was concluded on Monday after a week of talks hosted by the Soviet premier."
    assert date_of(text, "talks") == TimeSpan("2023-03-14", "2023-03-20", "day")
    assert date_of("The declaration was concluded after a week of talks.", "talks") == FALLBACK


@pytest.mark.parametrize("text, trigger", [
    ("Israel struck Gaza on Thursday, ² days after Hamas fired rockets.", "fired"),
    ("Israel struck Gaza on Thursday, 99999999 days after Hamas fired rockets.", "fired"),
    ("Russia invaded Georgia in 1990. 9000 years later, Georgia expelled the envoy.", "expelled"),
    ("The declaration was concluded on Monday after ² weeks of talks.", "talks"),
])
def test_a_count_no_calendar_date_can_carry_leaves_the_published_date(date_of, text, trigger):
    """Odd digits and counts beyond years 1..9999 occur in real copy; they give no date, not a crash."""
    assert date_of(text, trigger) == FALLBACK


def test_a_stretch_a_verb_ended_runs_up_to_the_day_of_that_verb(date_of):
    text = ("The three presidents initialled the accord on Thursday, ending two weeks of talks hosted by "
            "Norway and raising hopes of an end to four years of war.")
    assert date_of(text, "hosted") == TimeSpan("2023-03-10", "2023-03-23", "day")
    assert date_of(text, "talks") == TimeSpan("2023-03-10", "2023-03-23", "day")
    # a counted length ("four years of war") is not a time of the clause
    assert date_of(text, "initialled") == day("2023-03-23")


def test_the_stretch_is_offered_to_callers_dating_a_claim_elsewhere(parser):
    doc = parser("On Thursday, Sudan's rival generals concluded ten days of talks chaired by Saudi Arabia.")
    sent = next(doc.sents)
    times = sentence_times(sent, SAT)
    [chaired] = [t for t in doc if t.text == "chaired"]
    [concluded] = [t for t in doc if t.text == "concluded"]
    assert stretch_span(chaired, sent, times) == TimeSpan("2023-03-14", "2023-03-23", "day")
    assert stretch_span(concluded, sent, times) is None


def test_a_past_perfect_in_a_report_does_not_take_the_story_time(date_of):
    story = "Kenya's interior minister briefed parliament on Friday. "
    assert date_of(story + "She told MPs that the militia had shelled the camp.", "shelled",
                   modality="alleged") == FALLBACK
    assert date_of(story + "She told MPs that the militia shelled the camp.", "shelled",
                   modality="alleged") == day("2023-03-24")


def test_a_possible_act_does_not_take_the_time_of_its_report(date_of):
    text = "Peru's foreign minister said on Thursday that Lima could recall its ambassador from Mexico."
    assert date_of(text, "recall", modality="hypothetical") == FALLBACK
    # the same words read as an announced decision date it at the announcement
    assert date_of(text, "recall", modality="asserted") == day("2023-03-23")
    # a time of its own still counts
    own = "Peru's foreign minister said on Thursday that Lima could recall its ambassador on Monday."
    assert date_of(own, "recall", modality="hypothetical") == day("2023-03-27")


def test_a_deadline_to_come_runs_from_publication(date_of):
    assert date_of("Japan will deliver the first two patrol boats to the Philippines by April 10.", "deliver") \
        == TimeSpan("2023-03-25", "2023-04-10", "day")
    assert date_of("The government pledged to halve emissions by 2030.", "halve") == TimeSpan("2023", "2030", "year")
    # a deadline already past says no more than its day
    assert date_of("The rebels had left the town by Tuesday.", "left") == day("2023-03-21")


def test_a_date_scheduling_another_noun_does_not_date_the_verb(date_of):
    text = "The minister appealed for calm before the runoff due next week."
    assert date_of(text, "appealed") == FALLBACK
    assert date_of("The talks are due to end next month.", "end") == TimeSpan("2023-04", "2023-04", "month")


def test_a_definite_subject_takes_the_date_its_thing_was_given_earlier(date_of):
    lead = "Farmers blocked roads across the country in protest at a trade pact signed in Brussels on Thursday. "
    assert date_of(lead + "The pact opened the market to Brazilian beef.", "opened") == day("2023-03-23")
    # another thing, or none named again, continues no dated phrase
    assert date_of(lead + "A second deal opened the market to Brazilian beef.", "opened") == FALLBACK


def test_a_coordinated_verb_shares_a_point_in_time_but_not_a_deadline(date_of):
    """"recalled its ambassador, expelled diplomats within two days and banned flights": the two
    days bound the expulsion alone; the Sunday of the first verb is the time of all three."""
    text = "Peru on Sunday recalled its ambassador, expelled Chilean diplomats within two days and banned flights to Chile."
    assert date_of(text, "banned") == day("2023-03-19")
    assert date_of(text, "expelled") != day("2023-03-19")


# -- times counted or carried from a neighbouring clause or paragraph ----------------------------------------

def test_an_offset_counts_from_the_date_earlier_in_its_own_sentence(date_of):
    """"expelled the consul on Thursday, and Bolivia retaliated the next day": the next day is
    Friday, counted from the clause just told, not from the paragraph's earlier story time."""
    story = "The border talks opened on Monday. "
    text = "Chile expelled a Bolivian consul on Thursday, and Bolivia retaliated the next day by expelling a Chilean one."
    assert date_of(story + text, "expelling") == day("2023-03-24")
    assert date_of(story + text, "expelled") == day("2023-03-23")
    # with no date in the sentence, the count still runs from the story told before it
    assert date_of(story + "Bolivia retaliated the next day by expelling a Chilean consul.", "expelling") \
        == day("2023-03-21")


def test_a_speaker_reporting_its_own_earlier_act_dates_it_at_the_report(date_of):
    text = "Norway's foreign ministry said on Thursday that it had closed its embassy in Bamako."
    assert date_of(text, "closed") == day("2023-03-23")
    # another party's act, or a pronoun that cannot be the speaker, came at a time the report does not give
    assert date_of("Norway's foreign ministry said on Thursday that the junta had frozen the accounts.",
                   "frozen", modality="alleged") == FALLBACK
    assert date_of("Jonas Gahr Store said on Thursday that they had frozen the accounts.", "frozen",
                   modality="alleged") == FALLBACK


def test_a_paragraph_opening_on_a_pronoun_continues_the_story_before_it(date_of):
    lead = "Chile's president recalled her ambassador from Lima on Thursday.\n\n"
    assert date_of(lead + "She accused Peru of spying on Chilean naval bases.", "accused") == day("2023-03-23")
    # a paragraph naming its actor afresh, or in another tense, starts no continuation
    assert date_of(lead + "Chile's president accused Peru of spying on naval bases.", "accused") == FALLBACK
    assert date_of(lead + "She has accused Peru of spying on Chilean naval bases.", "accused") == FALLBACK


def test_later_that_day_is_the_story_day_not_the_next(date_of):
    story = "Kenya closed its border with Somalia on Thursday. "
    assert date_of(story + "Later that day Somalia recalled its ambassador from Nairobi.", "recalled") \
        == day("2023-03-23")
    assert date_of("Kenya closed its border on Thursday, and later the same day Somalia recalled its envoy.",
                   "recalled") == day("2023-03-23")
    # "the next day" still counts one day on
    assert date_of(story + "The next day Somalia recalled its ambassador from Nairobi.", "recalled") \
        == day("2023-03-24")


@pytest.mark.parametrize("text, trigger", [
    ("A joint statement issued on Sunday said the two governments agreed to reopen the border.", "agreed"),
    ("The premier warned Seoul in a letter dated Sunday that talks would end.", "warned"),
])
def test_a_documents_own_date_dates_the_report_it_carries(date_of, text, trigger):
    assert date_of(text, trigger).start == "2023-03-19"


def test_a_document_acted_on_does_not_date_the_act(date_of):
    text = "Britain condemned a statement issued by Tehran on Sunday."
    assert date_of(text, "condemned") == FALLBACK


def test_a_participle_set_off_on_the_subject_dates_its_clause(extract):
    claims = extract("Mike Pompeo, visiting Ottawa on Thursday, said Washington was disappointed and urged Japan "
                     "to keep talking.", published="2019-08-23")
    [request] = [c for c in claims if c.relation == "requests"]
    assert (request.date.start, request.date.precision) == ("2019-08-22", "day")


def test_a_past_participle_on_the_subject_keeps_its_own_time(extract):
    claims = extract("Mike Pompeo, appointed in April 2018, urged Japan on Thursday to keep talking.", published="2019-08-23")
    [request] = [c for c in claims if c.relation == "requests"]
    assert request.date.start == "2019-08-22"
