"""Reactions to an event named earlier (kg/claims/events.py), with sentences of our own.

The reaction ("condemned the raid") names no party; the act's doer comes from the claim of an
earlier sentence, and only when that claim is close and unambiguous."""

from __future__ import annotations

import pytest


def found(claims, subject, relation, obj):
    return [c for c in claims if (c.subject.label, c.relation, c.object.label) == (subject, relation, obj)]


def test_condemning_the_invasion_accuses_its_doer(extract):
    text = "Ethiopian troops invaded Somalia on Sunday.\n\nOn Tuesday Eritrea condemned the invasion."
    [claim] = found(extract(text, published="2006-12-27"), "Eritrea", "accuses", "Ethiopia")
    assert claim.evidence[0].sentence.strip() == "On Tuesday Eritrea condemned the invasion."
    assert claim.modality == "asserted"


def test_a_linked_reading_weighs_less_than_a_direct_one(extract):
    linked = found(extract("Ethiopia invaded Somalia on Sunday. Eritrea denounced the invasion."),
                   "Eritrea", "accuses", "Ethiopia")
    direct = found(extract("Ethiopia invaded Somalia on Sunday. Eritrea denounced Ethiopia."),
                   "Eritrea", "accuses", "Ethiopia")
    assert linked and direct
    assert linked[0].confidence < direct[0].confidence


def test_welcoming_a_withdrawal_supports_who_withdrew(extract):
    claims = extract("Vietnam withdrew its troops from Cambodia last week. Thailand welcomed the withdrawal.")
    assert found(claims, "Thailand", "supports", "Vietnam")


def test_two_different_doers_leave_the_reaction_unlinked(extract):
    claims = extract("Ethiopia invaded Somalia on Sunday. Sudan shelled South Sudan on Monday. "
                     "Eritrea condemned the attack.")
    assert not [c for c in claims if c.subject.label == "Eritrea" and c.relation == "accuses"]


def test_an_act_told_long_before_is_out_of_reach(extract):
    filler = " ".join(f"Paragraph {n} is about the weather." for n in range(14))
    paragraphs = filler.replace(". ", ".\n\n")
    claims = extract("Ethiopia invaded Somalia on Sunday.\n\n" + paragraphs + "\n\nEritrea condemned the invasion.")
    assert not found(claims, "Eritrea", "accuses", "Ethiopia")


def test_measures_of_several_doers_stay_unlinked(extract):
    claims = extract("Canada imposed sanctions on Nicaragua on Monday. Britain imposed sanctions on Nicaragua "
                     "on Wednesday. Nicaragua denounced the sanctions.")
    assert not [c for c in claims if c.subject.label == "Nicaragua" and c.relation == "accuses"]


def test_one_act_of_coordinated_doers_names_them_all(extract):
    claims = extract("Canada and Britain imposed sanctions on Nicaragua on Monday. Managua denounced the sanctions.")
    assert found(claims, "Nicaragua", "accuses", "Canada") and found(claims, "Nicaragua", "accuses", "United Kingdom")


def test_a_hedged_reaction_keeps_its_modality(extract):
    claims = extract("Ethiopia invaded Somalia on Sunday. Eritrea may condemn the invasion.")
    hedged = found(claims, "Eritrea", "accuses", "Ethiopia")
    assert hedged and all(c.modality == "hypothetical" for c in hedged)


def test_a_date_on_the_event_noun_names_no_party(extract):
    claims = extract("Ethiopia invaded Somalia on Sunday. Eritrea condemned the invasion of December 24.",
                     published="2006-12-27")
    assert found(claims, "Eritrea", "accuses", "Ethiopia")


# -- acts taken up by a new subject: ellipsis, similar acts, announcements, seizures of power --

@pytest.mark.parametrize("text,published,subject,relation,obj", [
    ("Japan expelled two Chinese diplomats on Monday, and South Korea quickly followed suit.", None,
     "South Korea", "cutsTiesWith", "China"),
    ("Norway banned imports from Iran last week. Denmark announced a similar ban on Thursday.", None,
     "Denmark", "sanctions", "Iran"),
    ("Canada imposed sanctions on Belarus on Monday. Japan joined the sanctions on Wednesday.", None,
     "Japan", "sanctions", "Belarus"),
    # a leader announcing his state's act does it, and counts as his state when events are told apart
    ("Washington suspended military aid to Egypt on Monday. Secretary of State John Kerry announced the "
     "decision on Tuesday.", "2013-10-10", "John Kerry", "cutsTiesWith", "Egypt"),
    ("Cuban soldiers left Angola on Tuesday. President Fidel Castro had announced the pullout in March. "
     "Brazil welcomed the withdrawal.", "1991-05-27", "Brazil", "supports", "Cuba"),
    # acts with no second party, linked by their noun
    ("General Ahmed seized power in Mali on Monday and suspended the constitution. France and the African "
     "Union condemned the coup.", None, "France", "accuses", "Ahmed"),
    ("General Ahmed seized power in Mali on Monday and suspended the constitution. France and the African "
     "Union condemned the coup.", None, "African Union", "accuses", "Ahmed"),
    ("Pakistan detonated a nuclear device on Thursday. India condemned the test.", None,
     "India", "accuses", "Pakistan"),
    # judged acts: "an act of X", "what it called X"
    ("Serbian forces shelled Sarajevo on Monday. The Bosnian government later called the attack an act of "
     "banditry.", None, "Bosnia and Herzegovina", "accuses", "Serbia"),
    ("Kenya denounced what it called General Tiani's seizure of power in Niger.", None, "Kenya", "accuses", "Tiani"),
    # an agreement still to be concluded binds its parties
    ("Under the plan, Ghana and Togo undertake to conclude a border treaty within a year. Burkina Faso "
     "rejected the accord.", None, "Burkina Faso", "rejects", "Ghana"),
    ("Under the plan, Ghana and Togo undertake to conclude a border treaty within a year. Burkina Faso "
     "rejected the accord.", None, "Burkina Faso", "rejects", "Togo"),
])
def test_an_act_taken_up_by_a_new_subject(extract, text, published, subject, relation, obj):
    claims = extract(text, published=published) if published else extract(text)
    assert found(claims, subject, relation, obj), [(c.subject.label, c.relation, c.object.label) for c in claims]


@pytest.mark.parametrize("text,published,subject,relation", [
    # "followed" copies the clause just before, not an older act
    ("The Soviet Union invaded Afghanistan in December. President Carter then imposed an embargo on grain "
     "sales, and Canada followed his lead.", None, "Canada", None),
    ("Germany recalled its ambassador from Minsk. The move was followed by a protest from Poland.", None,
     "Poland", "cutsTiesWith"),
    ("Norway banned imports from Iran last week. Denmark condemned a similar ban on Thursday.", None,
     "Denmark", "sanctions"),
    ("Canada imposed sanctions on Belarus on Monday. Japan joined the talks on Wednesday.", None,
     "Japan", "sanctions"),
    ("Washington suspended military aid to Egypt on Monday. President Vladimir Putin announced the decision "
     "on Tuesday.", "2013-10-10", "Vladimir Putin", None),
    # two seizures of power, or none told, leave the noun unlinked
    ("General Ahmed seized power in Mali in May. Colonel Diallo seized power in Guinea in June. France "
     "condemned the coup.", None, "France", "accuses"),
    ("Pakistan and India met in Geneva on Thursday. China praised the test.", None, "China", None),
    ("Ghana and Togo said they would not sign the border treaty. Burkina Faso rejected the treaty.", None,
     "Burkina Faso", None),
])
def test_no_act_is_taken_up(extract, text, published, subject, relation):
    claims = extract(text, published=published) if published else extract(text)
    assert not [c for c in claims if c.subject.label == subject and relation in (None, c.relation)]


def test_who_names_what_they_condemn_is_the_condemning_subject(extract):
    """"denouncing what it called ...": the pronoun is the denouncer, not the nearest actor."""
    claims = extract("Iran backed Hamas on Monday, denouncing what it called Israel's aggression.")
    assert found(claims, "Iran", "accuses", "Israel")
    assert not found(claims, "Hamas", "accuses", "Israel")


def test_a_place_named_on_the_act_is_not_its_doer(extract):
    claims = extract("Mr. Lugar insisted that the Fallujah attack was an act of terrorism.")
    assert not [c for c in claims if c.relation == "accuses" and "Fallujah" in c.object.label]


def test_welcoming_the_move_supports_who_made_it(extract):
    claims = extract("The African Union suspended Guinea on Friday.\n\nNigeria welcomed the move.")
    assert found(claims, "Nigeria", "supports", "African Union")


@pytest.mark.parametrize("text, reactor", [
    # a "move" is an act, not a meeting, a tie or words said
    ("The two foreign ministers of Chile and Peru met in Lima on Monday. Japan welcomed the move.", "Japan"),
    ("Germany, a close ally of France, criticised the move.", "Germany"),
    ("Peru accused Chile of spying on its navy. Bolivia welcomed the move.", "Bolivia"),
    # what was decided is said, so the decision refers back to nothing
    ("Portugal recognised Kosovo in October. Serbia condemned the decision to open an embassy.", "Serbia"),
])
def test_a_move_that_names_no_act_links_to_nothing(extract, text, reactor):
    claims = extract(text)
    assert not [c for c in claims if c.subject.label == reactor and c.relation in ("supports", "accuses")]


def test_a_move_reaches_back_only_to_the_act_just_told(extract):
    told = "Turkey imposed an embargo on Armenia on Monday. "
    near = extract(told + "Azerbaijan welcomed the move.")
    far = extract(told + "Officials met in Ankara on Tuesday. Trade fell sharply. Prices rose in the capital. "
                  "Azerbaijan welcomed the move.")
    assert found(near, "Azerbaijan", "supports", "Turkey")
    assert not found(far, "Azerbaijan", "supports", "Turkey")


def test_a_ceasefire_asked_for_is_asked_of_both_sides(extract):
    text = ("Malian troops clashed with Burkinabe forces near the border on Monday.\n\n"
            "On Wednesday the African Union called for an immediate ceasefire.")
    claims = extract(text, published="1985-12-27")
    assert found(claims, "African Union", "requests", "Mali")
    assert found(claims, "African Union", "requests", "Burkina Faso")


def test_a_ceasefire_asked_for_amid_two_conflicts_is_asked_of_no_one(extract):
    text = ("Ethiopia attacked Eritrea on Monday. Sudan shelled South Sudan on Tuesday. "
            "The African Union called for a ceasefire.")
    assert not [c for c in extract(text) if c.subject.label == "African Union"]


def test_a_side_that_asks_for_a_truce_asks_the_other(extract):
    text = "Armenian forces shelled Azerbaijani positions on Sunday. Azerbaijan called for a truce."
    claims = extract(text, published="2016-04-03")
    assert [c.object.label for c in claims if c.subject.label == "Azerbaijan" and c.relation == "requests"] == ["Armenia"]


def test_welcoming_a_dismissal_supports_who_dismissed(extract):
    text = "President Yeltsin dismissed Prime Minister Viktor Chernomyrdin on Monday.\n\nThe IMF welcomed the dismissal."
    assert found(extract(text, published="1998-03-25"), "International Monetary Fund", "supports", "Boris Yeltsin")


def test_each_side_accuses_the_other(extract):
    text = "Ecuador and Peru fought along the Cenepa river in January.\n\nEach side has accused the other of starting the fighting."
    claims = extract(text, published="1995-02-10")
    assert found(claims, "Ecuador", "accuses", "Peru") and found(claims, "Peru", "accuses", "Ecuador")


def test_both_governments_are_the_two_parties_of_the_story(extract):
    text = ("Greece and Turkey exchanged accusations over the islet on Monday. Turkey accused Greece of "
            "violating its airspace.\n\nThe United States urged both governments to show restraint.")
    claims = extract(text, published="1996-01-30")
    assert found(claims, "United States", "requests", "Greece") and found(claims, "United States", "requests", "Turkey")


def test_the_two_countries_of_two_leaders_are_their_states(extract):
    text = "Anwar Sadat met Menachem Begin on Monday.\n\nThe two countries agreed to exchange ambassadors."
    claims = extract(text, published="1979-03-27")
    assert found(claims, "Egypt", "agreesWith", "Israel") or found(claims, "Israel", "agreesWith", "Egypt")


def test_doers_of_one_act_and_its_target_are_no_clear_pair(extract):
    # Biden and Sunak condemned Putin: three pairs, each joined once; "the two countries" stays unread
    text = "Joe Biden and Rishi Sunak condemned Vladimir Putin on Monday.\n\nThe two countries also urged China to stop buying oil."
    claims = extract(text, published="2023-03-01")
    assert not [c for c in claims if c.relation == "requests" and c.subject.label == "Russia"]


@pytest.mark.parametrize("text, published, side, expected", [
    # "the two leaders" are the principals, not the mediators named last
    ("Tony Blair and Bertie Ahern signed the accord in Belfast after talks mediated by George Mitchell and Bill "
     "Clinton.\n\nThe two leaders also asked the European Union for funds.", "1998-04-12", "subject",
     {"Tony Blair", "Bertie Ahern"}),
    # the speaker is not one of "both countries"
    ("South Korea accused Japan of breaking the trade rules on Monday. Japan rejected the charge.\n\n"
     "Mike Pompeo, visiting Ottawa, urged both countries to keep talking.", "2019-08-23", "object",
     {"South Korea", "Japan"}),
])
def test_a_pair_phrase_is_the_storys_two_parties(extract, text, published, side, expected):
    claims = extract(text, published=published)
    assert {getattr(c, side).label for c in claims if c.relation == "requests"} == expected
