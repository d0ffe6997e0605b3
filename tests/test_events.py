"""Reactions to an event named earlier (kg/claims/events.py), with sentences of our own.

The reaction ("condemned the raid") names no party; the act's doer comes from the claim of an
earlier sentence, and only when that claim is close and unambiguous."""

from __future__ import annotations


def found(claims, subject, relation, obj):
    return [c for c in claims if (c.subject.label, c.relation, c.object.label) == (subject, relation, obj)]


def test_condemning_the_invasion_accuses_its_doer(extract):
    text = "Iraq invaded Kuwait on Thursday.\n\nEgypt condemned the invasion on Friday."
    [claim] = found(extract(text, published="1990-08-04"), "Egypt", "accuses", "Iraq")
    assert claim.evidence[0].sentence.strip() == "Egypt condemned the invasion on Friday."
    assert claim.modality == "asserted"


def test_a_linked_reading_weighs_less_than_a_direct_one(extract):
    linked = found(extract("Iraq invaded Kuwait on Thursday. Egypt condemned the invasion."),
                   "Egypt", "accuses", "Iraq")
    direct = found(extract("Iraq invaded Kuwait on Thursday. Egypt condemned Iraq."), "Egypt", "accuses", "Iraq")
    assert linked and direct
    assert linked[0].confidence < direct[0].confidence


def test_welcoming_a_withdrawal_supports_who_withdrew(extract):
    claims = extract("Vietnam withdrew its troops from Cambodia last week. Thailand welcomed the withdrawal.")
    assert found(claims, "Thailand", "supports", "Vietnam")


def test_two_different_doers_leave_the_reaction_unlinked(extract):
    claims = extract("Iraq invaded Kuwait on Thursday. Syria attacked Lebanon on Friday. "
                     "Egypt condemned the attack.")
    assert not [c for c in claims if c.subject.label == "Egypt" and c.relation == "accuses"]


def test_an_act_told_long_before_is_out_of_reach(extract):
    filler = " ".join(f"Paragraph {n} is about the weather." for n in range(14))
    paragraphs = filler.replace(". ", ".\n\n")
    claims = extract("Iraq invaded Kuwait on Thursday.\n\n" + paragraphs + "\n\nEgypt condemned the invasion.")
    assert not found(claims, "Egypt", "accuses", "Iraq")


def test_measures_of_several_doers_stay_unlinked(extract):
    claims = extract("Bahrain imposed sanctions on Qatar on Monday. Egypt imposed sanctions on Qatar on Tuesday. "
                     "Qatar condemned the sanctions.")
    assert not [c for c in claims if c.subject.label == "Qatar" and c.relation == "accuses"]


def test_one_act_of_coordinated_doers_names_them_all(extract):
    claims = extract("Bahrain and Egypt imposed sanctions on Qatar on Monday. Qatar condemned the sanctions.")
    assert found(claims, "Qatar", "accuses", "Bahrain") and found(claims, "Qatar", "accuses", "Egypt")


def test_a_hedged_reaction_keeps_its_modality(extract):
    claims = extract("Iraq invaded Kuwait on Thursday. Egypt may condemn the invasion.")
    assert not found(claims, "Egypt", "accuses", "Iraq") or all(
        c.modality != "asserted" for c in found(claims, "Egypt", "accuses", "Iraq"))


def test_a_date_on_the_event_noun_names_no_party(extract):
    claims = extract("Iraq invaded Kuwait on Thursday. Egypt condemned the invasion of August 2.",
                     published="1990-08-04")
    assert found(claims, "Egypt", "accuses", "Iraq")
