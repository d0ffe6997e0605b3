"""Reactions to an event named earlier (kg/claims/events.py), with sentences of our own.

The reaction ("condemned the raid") names no party; the act's doer comes from the claim of an
earlier sentence, and only when that claim is close and unambiguous."""

from __future__ import annotations


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

def test_following_suit_repeats_the_act_just_told(extract):
    claims = extract("Japan expelled two Chinese diplomats on Monday, and South Korea quickly followed suit.")
    assert found(claims, "South Korea", "cutsTiesWith", "China")


def test_following_copies_the_clause_before_not_an_older_act(extract):
    claims = extract("The Soviet Union invaded Afghanistan in December. President Carter then imposed an embargo "
                     "on grain sales, and Canada followed his lead.")
    assert not [c for c in claims if c.subject.label == "Canada"]


def test_being_followed_by_someone_repeats_nothing(extract):
    claims = extract("Germany recalled its ambassador from Minsk. The move was followed by a protest from Poland.")
    assert not [c for c in claims if c.subject.label == "Poland" and c.relation == "cutsTiesWith"]


def test_a_similar_act_announced_takes_the_earlier_target(extract):
    claims = extract("Norway banned imports from Iran last week. Denmark announced a similar ban on Thursday.")
    assert found(claims, "Denmark", "sanctions", "Iran")


def test_condemning_a_similar_act_is_no_such_act(extract):
    claims = extract("Norway banned imports from Iran last week. Denmark condemned a similar ban on Thursday.")
    assert not found(claims, "Denmark", "sanctions", "Iran")


def test_a_leader_announcing_his_states_act_does_it(extract):
    claims = extract("Washington suspended military aid to Egypt on Monday. "
                     "Secretary of State John Kerry announced the decision on Tuesday.", published="2013-10-10")
    assert found(claims, "John Kerry", "cutsTiesWith", "Egypt")


def test_a_foreign_leader_announcing_the_decision_does_not_do_it(extract):
    claims = extract("Washington suspended military aid to Egypt on Monday. "
                     "President Vladimir Putin announced the decision on Tuesday.", published="2013-10-10")
    assert not [c for c in claims if c.subject.label == "Vladimir Putin" and c.object.label == "Egypt"]


def test_the_leader_and_the_state_tell_one_event(extract):
    claims = extract("Cuban soldiers left Angola on Tuesday. President Fidel Castro had announced the "
                     "pullout in March. Brazil welcomed the withdrawal.", published="1991-05-27")
    assert found(claims, "Brazil", "supports", "Cuba")


def test_condemning_the_coup_accuses_who_seized_power(extract):
    claims = extract("General Ahmed seized power in Mali on Monday and suspended the constitution. "
                     "France and the African Union condemned the coup.")
    assert found(claims, "France", "accuses", "Ahmed") and found(claims, "African Union", "accuses", "Ahmed")


def test_two_seizures_of_power_leave_the_coup_unlinked(extract):
    claims = extract("General Ahmed seized power in Mali in May. Colonel Diallo seized power in Guinea in June. "
                     "France condemned the coup.")
    assert not [c for c in claims if c.subject.label == "France" and c.relation == "accuses"]


def test_an_act_of_a_condemning_kind_accuses_its_doer(extract):
    claims = extract("Serbian forces shelled Sarajevo on Monday. "
                     "The Bosnian government later called the attack an act of banditry.")
    assert found(claims, "Bosnia and Herzegovina", "accuses", "Serbia")


def test_condemning_the_test_accuses_who_detonated_the_device(extract):
    claims = extract("Pakistan detonated a nuclear device on Thursday. India condemned the test.")
    assert found(claims, "India", "accuses", "Pakistan")


def test_a_test_with_no_clause_telling_of_it_links_nothing(extract):
    claims = extract("Pakistan and India met in Geneva on Thursday. China praised the test.")
    assert not [c for c in claims if c.subject.label == "China"]


def test_condemning_what_a_speaker_names_judges_its_owner(extract):
    claims = extract("Kenya denounced what it called General Tiani's seizure of power in Niger.")
    assert found(claims, "Kenya", "accuses", "Tiani")


def test_who_names_what_they_condemn_is_the_condemning_subject(extract):
    """"denouncing what it called ...": the pronoun is the denouncer, not the nearest actor."""
    claims = extract("Iran backed Hamas on Monday, denouncing what it called Israel's aggression.")
    assert found(claims, "Iran", "accuses", "Israel")
    assert not found(claims, "Hamas", "accuses", "Israel")


def test_a_place_named_on_the_act_is_not_its_doer(extract):
    claims = extract("Mr. Lugar insisted that the Fallujah attack was an act of terrorism.")
    assert not [c for c in claims if c.relation == "accuses" and "Fallujah" in c.object.label]


def test_joining_the_sanctions_imposes_them_on_the_same_target(extract):
    claims = extract("Canada imposed sanctions on Belarus on Monday. Japan joined the sanctions on Wednesday.")
    assert found(claims, "Japan", "sanctions", "Belarus")


def test_joining_talks_of_ones_own_is_no_repeated_act(extract):
    claims = extract("Canada imposed sanctions on Belarus on Monday. Japan joined the talks on Wednesday.")
    assert not [c for c in claims if c.subject.label == "Japan" and c.relation == "sanctions"]


def test_an_agreement_still_to_be_concluded_is_its_parties(extract):
    claims = extract("Under the plan, Ghana and Togo undertake to conclude a border treaty within a year. "
                     "Burkina Faso rejected the accord.")
    assert found(claims, "Burkina Faso", "rejects", "Ghana") and found(claims, "Burkina Faso", "rejects", "Togo")


def test_an_agreement_refused_is_no_antecedent(extract):
    claims = extract("Ghana and Togo said they would not sign the border treaty. Burkina Faso rejected the treaty.")
    assert not [c for c in claims if c.subject.label == "Burkina Faso"]
