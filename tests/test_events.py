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
