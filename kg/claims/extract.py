"""Claim extraction: the ``geokg_claims`` spaCy component.

The relation vocabulary (``ontology/relations.yaml``) is compiled into dependency patterns
(:mod:`kg.claims.patterns`): a wording "impose sanction on" is a verb with a
``dobj``/``nsubjpass`` noun and an ``on`` preposition under either of them.  Each match is a
*trigger*; the arguments are then read off the parse around it:

* subject: ``nsubj``, the ``agent`` of a passive, the subject a ``conj``/``xcomp`` verb
  shares with its governor, or the noun a participle or relative clause modifies;
* object: the direct object, a passive subject, or the object of the pattern's preposition;
* coordination on either side multiplies claims ("France and Germany condemned Russia and
  Belarus" gives four); symmetric relations pair coordinated subjects ("Kim and Putin met");
* nominal events ("the Russian invasion of Ukraine", "US sanctions on Iran", "the
  Kim-Putin summit") take their subject from a possessive, demonym or compound.

Dates come from the temporal expressions nearest the trigger, modality and claimant from
:mod:`kg.claims.modality`, location from a place in the trigger's phrase.  Results land on
``doc._.claims``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import product
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.claims.dating import pick_date, sentence_times, stretch_span
from kg.claims.events import (
    LINK_CONFIDENCE,
    announced_act,
    conflict_sides,
    event_antecedents,
    is_definite,
    lone_act_doers,
    pair_kind,
    pair_referents,
    repeated_act,
    takes_up_act,
)
from kg.claims.modality import (
    RELATIVE_PRONOUNS,
    REPORT_VERBS,
    REQUEST_GOVERNORS,
    ModalityReading,
    asked_infinitive,
    commands_force,
    denied_noun_reading,
    disowning_reading,
    is_to_infinitive,
    read_modality,
    relative_antecedent,
    relative_denial_reading,
    reporting_verb,
)
from kg.claims.model import Actor, Claim, Evidence
from kg.claims.patterns import PatternSpec, Trigger, TriggerIndex, is_counted
from kg.nlp.actors import (
    AGREEMENT_NOUNS,
    DOCUMENT_NOUNS,
    PLURAL_PRONOUNS,
    Resolved,
    agent_sector,
    in_dateline,
    is_relational,
    leaders_body,
    led_state,
    mention_of,
    other_antecedent,
    resolve_head,
)
from kg.nlp.places import PLACE_LABELS, place_state, town_country
from kg.vocab import (
    Gazetteer,
    Relation,
    load_gazetteer,
    load_lexicon,
    load_relations,
    mint_iri,
)

#: The word classes and category sets read here are data: ``ontology/lexicon.yaml`` says what
#: each does.
LEX = load_lexicon()
CLAUSE_OBJECT_CATEGORIES = LEX.clause_object_categories
SUBJECT_PREPS = LEX.subject_preps
ACCUSABLE_CATEGORIES = LEX.accusable_categories
THREAT_VERBS = LEX.threat_verbs
COOPERATIVE_CATEGORIES = LEX.cooperative_categories
OFFER_SIGNALS = LEX.offer_signals
#: An offer is a promise, and so is a future or decided cooperative act ("will aid Ukraine").
PROMISE_SIGNALS = LEX.offer_signals | LEX.future_signals
OBJECT_CONTROL_VERBS = LEX.object_control_verbs
ASKING_VERBS = LEX.asking_verbs
RAISING_VERBS = LEX.raising_verbs
STAGE_VERBS = LEX.stage_verbs
LINKING_PARTICIPLES = LEX.linking_participles
INTRANSITIVE_RELATIONS = LEX.intransitive_relations
NAMING_VERBS = LEX.naming_verbs
POSING_VERBS = LEX.posing_verbs
REBUKING_SENSES = LEX.rebuking_senses
INTANGIBLE_TARGETS = LEX.intangible_targets
STANCE_CATEGORIES = LEX.stance_categories
HOSTILE_CATEGORIES = LEX.hostile_categories
ACCUSING_VERBS = LEX.accusing_verbs
OBLIGATION_MODALS = LEX.obligation_modals
#: Verbs of what a warning says befalls its clause's subject ("would pay a price").
WARNED_FATES = LEX.warned_fates
STATEMENT_VERBS = REPORT_VERBS | LEX.statement_verbs
#: Verbs that utter a derived claim (a statement or a threat).
UTTERING_VERBS = STATEMENT_VERBS | LEX.threat_verbs
REFUSE_VERBS = LEX.refuse_verbs
CONDITIONAL_THREATS = LEX.conditional_threat_categories
MATERIAL_BACKING = LEX.material_backing
BACKING_PARTICIPLES = LEX.backing_participles
ARRIVAL_PREDICATES = LEX.arrival_predicates
SUFFERING_VERBS = LEX.suffering_verbs
PURCHASE_WORDS = LEX.purchase_words
OWNER_PARTY_NOUNS = LEX.owner_party_nouns
#: the modifier before the hyphen of "Iranian-backed" (how the parser attaches it)
_BACKER_DEPS = frozenset({"npadvmod", "compound", "amod", "nmod"})
#: modifiers that name the actor a noun stands for ("Houthi rebels", "the militia, Hezbollah")
_NAMING_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
REMOVAL_VERBS = LEX.removal_verbs
AID_GOODS = LEX.aid_goods
HELPING_PURPOSES = LEX.helping_purposes
HELPER_NOUNS = LEX.helper_nouns
HEARING_VERBS = LEX.hearing_verbs
ENVOY_NOUNS = LEX.envoy_nouns
RECEIVING_VERBS = LEX.receiving_verbs
DEPARTURE_VERBS = LEX.departure_verbs
DOWNFALL_NOUNS = LEX.downfall_nouns
PUNITIVE_MEASURES = LEX.punitive_measures
CONVENED_EVENTS = LEX.convened_events
PRIVATE_SECTORS = LEX.private_sectors
JOINT_EVENT_CATEGORIES = LEX.joint_event_categories
REFUSAL_MODALS = LEX.refusal_modals
REFUSABLE_RELATIONS = LEX.refusable_relations
#: the auxiliaries of a future, plain or reported ("will", "would"): a condition set for one is a demand
FUTURE_MODALS = LEX.future_aux | REFUSAL_MODALS
WITHHELD_STANCES = LEX.withheld_stances
ANNOUNCED_STANCES = LEX.announced_stances
ANNOUNCED_ACTS = LEX.announced_acts
LEADING_VERBS = LEX.leading_verbs
INTENT_NOUNS = LEX.intent_nouns
INTENT_HOLDING_VERBS = LEX.intent_holding_verbs
JUDGING_VERBS = LEX.naming_verbs | LEX.judging_verbs
CONDEMNING_WORDS = LEX.condemning_words
ACT_NOUNS = LEX.act_nouns
APPROVING_WORDS = LEX.approving_words
CULPABILITY_WORDS = LEX.culpability_words
HELD_HARMS = LEX.held_harms
HOSTED_EVENTS = LEX.hosted_events
SENDING_VERBS = LEX.sending_verbs
DELEGATE_NOUNS = LEX.delegate_nouns
DEMANDED_CONDITION_MARKS = LEX.demanded_condition_marks
DEADLINE_VERBS = LEX.deadline_verbs
DEADLINE_UNITS = LEX.deadline_units
DEADLINE_PREPS = LEX.deadline_preps
RIGHT_NOUNS = LEX.right_nouns
SELF_DEFENCE_VERBS = LEX.self_defence_verbs
WRONGDOING_VERBS = LEX.wrongdoing_verbs
BREAKABLE_COMMITMENTS = LEX.breakable_commitments
CONCERN_WORDS = LEX.concern_words
APPROVAL_WORDS = LEX.approval_words
CONCERN_VERBS = LEX.concern_verbs
CONCERN_PREPS = LEX.concern_preps
#: Acts whose disapproval accuses their doer: those news reports as a party's own (not the
#: deals between parties, which an outsider's concern does not pin on either)
DISAPPROVED_ACTS = LEX.disapproved_acts | frozenset(
    n for n, cats in LEX.event_anaphors.items() if "AGREE" not in cats)
HARM_WORDS = LEX.harm_words | LEX.condemning_words
RESPONSIBILITY_VERBS = LEX.responsibility_verbs
KILLING_NOUNS = LEX.killing_nouns
KILLING_DOER_VERBS = LEX.killing_doer_verbs
#: How the parser attaches "responsible" in "held Iran responsible (for ...)".
HELD_DEPS = frozenset({"oprd", "ccomp", "xcomp", "advcl"})
#: "condemned X and demanded ...": the categories of one-word verbs whose target a joined demand is made of
JOINED_DEMAND_CATEGORIES = LEX.joined_demand_categories
#: "Called for talks with Hamas" appeals to a third party to talk to Hamas; "wanted talks with
#: Tehran" asks Tehran.
PUBLIC_APPEALS = LEX.public_appeals
#: Words at which a new subject may take up an earlier act ("followed suit", "a similar ban",
#: "announced the decision").
REPEAT_CUES = LEX.emulation_verbs | frozenset(LEX.event_anaphors) | LEX.decision_nouns
#: Words that make a sentence worth reading even without a relation wording.
#: nouns of a tie to a party, whose denial denies cooperating with it ("denied any links to X")
TIE_NOUNS = LEX.tie_nouns
SENTENCE_CUES = (REFUSE_VERBS | JUDGING_VERBS | CULPABILITY_WORDS | RIGHT_NOUNS | DEADLINE_VERBS | SENDING_VERBS
                 | DEMANDED_CONDITION_MARKS
                 | LEX.brokering_verbs
                 | CONDEMNING_WORDS | REPEAT_CUES
                 | TIE_NOUNS | WRONGDOING_VERBS | frozenset({"break"}) | CONCERN_WORDS | LEX.undergoing_verbs)
#: the same cues for the sentence readers that look at word forms ("must", "Iranian-backed",
#: "is due in") and at lemmas ("bought arms from"), gathered once for the per-sentence check
_CUE_FORMS = OBLIGATION_MODALS | CONCERN_WORDS | frozenset(BACKING_PARTICIPLES) | ARRIVAL_PREDICATES
_CUE_LEMMAS = SENTENCE_CUES | PURCHASE_WORDS
#: Prepositions through which a thing an act is done to names the actor behind it, and the
#: acts for which that holds: hostile acts reach the owner of their target ("shelled positions
#: of X"), a meeting the people met ("met with leaders of X").  Not stances, which read their
#: own way (supporting "a hard line against X" is not supporting X), nor a release or a
#: withdrawal "from the deal with Iran".  "On" is left out: "attacked the media on Twitter".
THING_PREPS = LEX.thing_preps
THING_CATEGORIES = HOSTILE_CATEGORIES | {"CONSULT"}
TARGET_NOUNS = LEX.target_nouns
PLACE_PREPS = LEX.place_preps
RETAKING_VERBS = LEX.retaking_verbs
SETTLEMENT_NOUNS = LEX.settlement_nouns
#: "at the request of X", "at X's behest": the nouns through which X asks for the act
REQUEST_NOUNS = LEX.request_nouns
PLACE_CATEGORIES = LEX.place_categories
VERBAL_PARTIES = LEX.verbal_parties
CLASH_WORDS = LEX.clash_words
REJECTING_VERBS = LEX.rejecting_verbs
#: "ended a visit to Cuba": an ending verb that closes a gathering tells that it took place
ENDING_VERBS = LEX.ending_verbs
HELD_GATHERINGS = LEX.held_gatherings
HOSTING_VERBS = LEX.hosting_verbs
BORDER_NOUNS = LEX.border_nouns
PREDICATE_NOUNS = LEX.predicate_nouns
FIGURATIVE_CONFLICT = LEX.figurative_conflict
CIVILIAN_MOVERS = LEX.civilian_movers
SEEK_VERBS = LEX.seek_verbs
OBJECT_WORDINGS = LEX.object_wordings
PUBLISHED_THINGS = LEX.published_things
PREVENTING_VERBS = LEX.preventing_verbs
TOPIC_NOUNS = LEX.topic_nouns
SUBJECT_MATTER_PREPS = LEX.subject_matter_preps
#: acts whose refusal rejects no one: declining to blame or condemn X spares X
UNREJECTING_REFUSALS = LEX.accusing_verbs | LEX.silent_refusals
FORCE_NOUNS = LEX.force_nouns
COMMAND_VERBS = LEX.command_verbs
FORCE_WORDINGS = LEX.force_wordings
PEACEKEEPING_WORDS = LEX.peacekeeping_words
CRAFT_NOUNS = LEX.craft_nouns
BROKERING_VERBS = LEX.brokering_verbs
MESSAGE_WORDS = LEX.message_words
#: Predicate adjectives whose subject does what their infinitive says ("is willing to talk").
DISPOSITION_ADJECTIVES = LEX.disposition_adjectives
#: How far back (in characters, about two short paragraphs) a denial looks for what it answers.
DENIAL_WINDOW = 1000
#: Categories whose object may be the country a border noun belongs to ("massed troops on the
#: border with Ukraine", "would cease fire on the Afghan frontier").
BORDER_CATEGORIES = frozenset({"MOBILIZE", "RETREAT"})
#: Relations (keys of relations.yaml) of the claims read from constructions rather than from a
#: wording: refusing to act ("refused to deploy peacekeepers in Iraq"), stating what another must
#: do or seeking a meeting, holding another culpable or condemning it, approving of it.
REFUSAL_RELATION = "rejects"
THREAT_RELATION = "threatens"
REQUEST_RELATION = "requests"
ACCUSATION_RELATION = "accuses"
APPROVAL_RELATION = "supports"
EXPULSION_RELATION = "cutsTiesWith"
VISIT_RELATION = "visits"
MEETING_RELATION = "metWith"
#: the relation of a third party who brokers a deal or talks ("a truce brokered by Qatar")
MEDIATION_RELATION = "mediatesBetween"
COOPERATION_RELATION = "cooperatesWith"
AID_RELATION = "aids"
DEPLOYMENT_RELATION = "mobilizesAgainst"
PROTEST_RELATION = "protestsAgainst"
ACTOR_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj", "poss", "compound",
              "amod", "nmod", "npadvmod", "agent")

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@dataclass
class _Draft:
    """A claim before dating/modality: argument tokens and a base confidence."""

    trigger: Trigger
    subjects: list[Resolved]
    objects: list[Resolved]
    confidence: float
    #: the word the claim is dated and read at, when not the trigger ("stopped firing on Thursday
    #: ... under a truce negotiated by Abu Dhabi": the mediation is of the truce's day)
    anchor: Token | None = None
    #: a modality the wording itself fixes, whatever the context says: the writer's own
    #: description ("the US said Iranian-backed rebels fired": the backing is no claim of the
    #: US) is asserted; a trip someone "is due" to make is hypothetical
    modality: str | None = None


class ClaimExtractor:
    """Finds relation claims in a parsed document whose actors ``geokg_actors`` resolved."""

    def __init__(self, nlp: Language, relations: dict[str, Relation], min_confidence: float = 0.3,
                 max_sentence_tokens: int = 120, gazetteer: Gazetteer | None = None) -> None:
        self.relations = relations
        self.index = TriggerIndex(relations)
        self.min_confidence = min_confidence
        self.max_sentence_tokens = max_sentence_tokens
        self.gaz = gazetteer or load_gazetteer()
        self._earlier: list[Claim] = []
        #: verbs of the vocabulary: as nouns ("the release of", "a withdrawal") they name acts
        self._act_lemmas = frozenset(sp.lemma for sp in self.index.specs if sp.kind == "verb")
        self._reject_spec = self._plain_spec(REFUSAL_RELATION)
        self._request_spec = self._plain_spec(REQUEST_RELATION)
        self._accuse_spec = self._plain_spec(ACCUSATION_RELATION)
        self._support_spec = self._plain_spec(APPROVAL_RELATION)
        self._aid_spec = self._plain_spec(AID_RELATION)
        self._expulsion_spec = self._plain_spec(EXPULSION_RELATION)
        self._protest_spec = self._plain_spec(PROTEST_RELATION)
        self._threat_spec = self._plain_spec(THREAT_RELATION)
        self._visit_spec = self._plain_spec(VISIT_RELATION)
        self._mediation_spec = next((sp for sp in self.index.specs if sp.relation.key == MEDIATION_RELATION), None)

    def _plain_spec(self, key: str) -> PatternSpec | None:
        """The relation's first one-word verb wording ("reject", "ask"): the reading given to a
        claim found at a word that is not one of the relation's wordings (a refusal, an
        obligation stated, a judgement).  None when the vocabulary lacks the relation."""
        return next((sp for sp in self.index.specs if sp.relation.key == key and sp.kind == "verb" and sp.size == 1),
                    None)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.actor_mentions is None:
            raise ValueError("geokg_claims needs geokg_actors earlier in the pipeline")
        sents = list(doc.sents)
        by_sentence = _by_sentence(self._triggers(doc), [s.start for s in sents])
        claims: list[Claim] = []
        self._earlier = claims  # claims of the sentences read so far, for "condemned the attack"
        for n, sent in enumerate(sents):
            if len(sent) > self.max_sentence_tokens:
                continue
            sent_triggers = by_sentence.get(n, [])
            if not sent_triggers and not any(t.lower_ in _CUE_FORMS or t.lemma_.lower() in _CUE_LEMMAS for t in sent):
                continue
            times = _Lazy(lambda sent=sent: sentence_times(sent, doc._.published))
            for cands in sent_triggers:
                draft = next((d for d in map(self._arguments, cands) if d is not None), None)
                if draft is None:
                    continue
                claims.extend(self._claims(draft, sent, times.value))
            sentence_drafts = (self._obligations(sent) + self._refusals(sent) + self._judgements(sent)
                               + self._culpability(sent) + self._brokers(sent) + self._reported_judgements(sent)
                               + self._held_culpable(sent) + self._repetitions(sent) + self._denied_ties(sent)
                               + self._reported_wrongs(sent) + self._concerns(sent) + self._granted_rights(sent)
                               + self._ultimatums(sent) + self._stayed_away(sent) + self._conditions_set(sent)
                               + self._retribution_foretold(sent) + self._backers(sent) + self._due_visits(sent)
                               + self._purchases(sent))
            for draft in sentence_drafts:
                claims.extend(self._claims(draft, sent, times.value))
        claims.extend(self._denials(doc, claims))
        doc._.claims = _distinct([c for c in claims if c.confidence >= self.min_confidence
                                  and not _state_and_own_national(c.subject, c.object)])
        return doc

    # -- triggers -------------------------------------------------------------------------------
    def _triggers(self, doc: Doc) -> list[list[Trigger]]:
        """The readings at each trigger token, most specific wording first; the first that
        finds both actors wins.  Several readings of one size must all be kept: in "imposed
        sanctions on North Korea on Saturday" both "on"s fit the pattern and only one has an
        actor behind it.  Less specific wordings stay as fallbacks: "Bosnia and Slovenia agreed
        to a ceasefire" names no party after "agree to", but bare "agree" pairs the coordinated
        subjects.  A fallback keeps the specific wording's category: "striking a peace deal"
        that names no party is not an attack.  A noun used by a light-verb pattern is not also
        a nominal trigger.  A light-verb noun in a coordination is a reading of its own: "gave
        cover and support to South Korean troops" both aids and supports."""
        by_token: dict[tuple[int, int], list[Trigger]] = {}
        for trig in self.index(doc):
            conjunct = trig.noun.i if trig.noun is not None and trig.noun.dep_ == "conj" else -1
            by_token.setdefault((trig.token.i, conjunct), []).append(trig)
        for key, cands in by_token.items():
            # "called Putin on Tuesday": an "on" that dates the act is not the "on" of "call on"
            cands = [t for t in cands if not _dates_the_act(t.prep)] or cands
            cands.sort(key=lambda t: (-t.spec.size, t.prep.i if t.prep is not None else -1))
            top = cands[0].spec.relation.category
            by_token[key] = [t for t in cands if t.spec.relation.category == top]
        # A light-verb noun is consumed, except that talks someone hosts or mediates are also the
        # parties' own talks ("hosted talks between Serbia and Kosovo"), kept as a CONSULT noun
        # trigger; a deal brokered need not have been struck, so it stays the broker's alone.
        consumed: set[int] = set()
        mediated: set[int] = set()
        for t in (t for cands in by_token.values() for t in cands if t.noun is not None):
            (mediated if t.spec.relation.key == MEDIATION_RELATION else consumed).add(t.noun.i)
        return [cands for (i, _), cands in sorted(by_token.items())
                if not (cands[0].spec.kind == "noun" and (i in consumed or (
                    i in mediated and cands[0].spec.relation.category != "CONSULT")))]

    # -- arguments --------------------------------------------------------------------------------
    def _arguments(self, trig: Trigger) -> _Draft | None:
        """Who does a verb trigger's act to whom: the tokens its clause gives (active, passive,
        modifier clause), resolved to actors, else the parties the act reaches by other roads
        (a thing, a place, a stance's object, a condition, an accuser).  None when the wording
        is not acting here or names no one on either side."""
        if trig.spec.kind == "noun":
            return self._noun_arguments(trig)
        if self._not_acting(trig):
            return None
        verb = trig.token
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN")
        subj_toks, obj_toks, conf = self._argument_tokens(trig, passive)
        if trig.spec.relation.category == "ASSAULT" and any(t.lemma_.lower() in PUNITIVE_MEASURES for t in subj_toks):
            return None  # "Novatek was hit by US sanctions": the sanction is the act, no attack
        subjects, objects = self._resolved_arguments(trig, subj_toks, obj_toks)
        if passive and verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS
                                                    for c in verb.children):
            # the noun described comes before its clause: a "conjunct" after it is a misparse
            # ("Ouattara, who has been recognised by the AU and the bloc ECOWAS, said")
            objects = [r for r in objects if r.token.i < verb.i]
        if not passive and _receives_goods(trig):
            return self._goods_received(verb, subjects)
        if _verbal_clash(trig, subj_toks + obj_toks, subjects + objects):
            return None
        objects, penalty = self._reached_objects(trig, subjects, objects, obj_toks, passive)
        conf -= penalty
        if (trig.spec.size == 1 and trig.spec.lemma in LEX.named_target_verbs) or _wording(trig.spec) in LEX.named_party_wordings:
            objects = self._named_targets(verb, objects, obj_toks)
        if not objects and trig.spec.relation.symmetric and len(subjects) > 1:
            return _Draft(trig, subjects, [], conf)
        if not subjects or not objects:
            return None
        return _Draft(trig, subjects, objects, conf)

    def _goods_received(self, verb: Token, receivers: list[Resolved]) -> _Draft | None:
        """"Iraq received arms from the Soviet Union": the "from" party aids the receiver (the
        host's sense of "receive", a meeting, is of visitors, not of arms)."""
        holders = [verb, *(t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.pos_ == "NOUN")]
        givers = self._resolve_all(_from_objects(*holders))
        if not givers:
            # "Iraq has received Soviet arms": the goods' maker or sender named on them
            givers = self._resolve_all([m for h in holders[1:] if h.lemma_.lower() in AID_GOODS or h.lower_ in AID_GOODS
                                        for m in h.children if m.dep_ in ("amod", "poss", "compound")], modifier=True)
        own = {r.actor.id for r in receivers}
        givers = [g for g in givers if g.actor.id not in own]
        if self._aid_spec is None or not givers or not receivers:
            return None
        return _Draft(Trigger(self._aid_spec, verb), givers, receivers, 0.7)

    def _owner(self, poss: Token, owner: Resolved) -> Resolved:
        """The owner of a noun an actor stands for, less surely than a name: "Iran's decision"
        is Iran's; "his government has asked" a leader's is the state the leader heads."""
        actor = owner.actor
        if actor.type == "Person" and leaders_body(poss) and not (poss.pos_ == "PRON" and _reported(poss.head)):
            # (but "Attlee told parliament that his government supported ...": a leader speaking
            # of "my government" speaks for themself)
            actor = led_state(actor, poss.doc, self.gaz) or actor
        return replace(owner, actor=actor, confidence=owner.confidence * 0.85)

    def _named_targets(self, verb: Token, objects: list[Resolved], obj_toks: list[Token]) -> list[Resolved]:
        """The objects a wording of harm or of a concern raised reaches only by name: "vowed to
        destroy Israel", "sank a Turkish landing craft" and "destroyed the Egyptian air force" harm
        a party or its forces, but "destroy the Turkish economy" or "sank the British resolution"
        is done to a thing, not to its owner (nor to anyone reached otherwise), and "raised
        concerns with the American plan" is about the plan.  An accuser stays the target
        ("accused Pyongyang of sinking one of its warships")."""
        heads = [t for o in obj_toks for t in (o, *o.conjuncts)]
        heads += [g for t in heads if t.pos_ in ("NUM", "PRON") for c in t.children  # "one of its warships"
                  if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        named = {t.i for t in heads
                 if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and agent_sector(t, self.gaz) is not None)}
        accusers = {r.token.i for r in self._resolve_all(_accusers(verb))}
        return [r for r in objects if r.token.i in named or r.token.head.i in named or r.token.i in accusers]

    def _not_acting(self, trig: Trigger) -> bool:
        """Whether a verb trigger does not tell of its act here: a wrong sense of the wording, an
        order that is the commander's own act or asks no one, an act prevented."""
        verb = trig.token
        if _wrong_sense(trig):
            return True
        if trig.prep is not None and any(c.dep_ == "neg" for c in trig.prep.children):
            return True  # "blamed the attack not on his friend but on the government": not on him
        if trig.spec.relation.category == "COOPERATE" and trig.noun is not None and any(
                c.dep_ == "amod" and c.lemma_.lower() in LEX.cold_tie_words for c in trig.noun.children):
            return True  # "has frosty ties with Pakistan"
        if trig.spec.relation.category == "REQUEST" and trig.spec.lemma in COMMAND_VERBS and (
                commands_force(verb) or not any(c.dep_ == "xcomp" for c in verb.children)):
            # "ordered the fleet to sail" is the commander's own act, read at "sail"; "ordered
            # the embassy closed" closes it, asking no one
            return True
        return _preventer(verb) is not None  # a prevented act did not happen

    def _argument_tokens(self, trig: Trigger, passive: bool) -> tuple[list[Token], list[Token], float]:
        """The subject and object tokens of a verb trigger, and the confidence their reading
        allows: the clause's own, a passive's agent and patient, the noun a modifier clause
        hangs on, the addressee of a request sent in writing."""
        verb = trig.token
        conf = 0.9 if trig.spec.size == 1 else 0.85
        subj_toks, obj_toks = _verb_subjects(verb), self._verb_objects(trig)
        if not obj_toks and not passive and trig.spec.size == 1:
            obj_toks = _shared_object(verb)  # "condemned and sanctioned Russia"
        if (verb.dep_ == "relcl" and any(t.lower_ in RELATIVE_PRONOUNS for t in obj_toks)
                and not _unknown_name(verb.head)):
            # "the government, which China had supplied with arms": the one the clause is about
            # (not a name the gazetteer does not know: "the old city of Dubrovnik, which Croatian
            # forces are defending" is a place)
            obj_toks = [verb.head if t.lower_ in RELATIVE_PRONOUNS else t for t in obj_toks]
        if passive:
            subj_toks, obj_toks, conf = self._passive_tokens(trig, obj_toks, conf)
        elif _modifier_clause(verb).dep_ == "acl" and not subj_toks:
            subj_toks = [_modifier_clause(verb).head]  # "countries supporting Russia"
        elif _modifier_clause(verb).dep_ == "relcl" and (not subj_toks or subj_toks[0].lower_ in RELATIVE_PRONOUNS):
            head = _modifier_clause(verb).head
            subj_toks = [head]
            if head.dep_ == "appos" and resolve_head(head.head, self.gaz):
                # "Skripal, a former intelligence officer who spied for Britain": the one named.
                subj_toks = [head.head]
            conf -= 0.05
        if trig.spec.relation.category == "REQUEST" and not passive and not any(c.dep_ == "dobj" for c in verb.children):
            sender, addressees = _addressed(verb)
            if addressees:
                # "sent a note to the king urging that ...": the addressee is the one asked
                obj_toks = addressees
                if verb.dep_ == "acl" and sender is not None:
                    subj_toks = _verb_subjects(sender)
        return subj_toks, obj_toks, conf

    def _passive_tokens(self, trig: Trigger, obj_toks: list[Token], conf: float) -> tuple[list[Token], list[Token], float]:
        """A passive's doer (its agent, or the assailants an attack names) and what it is done to
        (its subject, or the noun a participle describes)."""
        verb = trig.token
        agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not agent and trig.spec.relation.category == "ASSAULT":
            agent = self._assailants(verb)
        # ("UNITA, which has been backed by Pretoria": the noun the relative clause describes)
        patient = [relative_antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl" and not patient:
            patient = [verb.head]
            if not resolve_head(verb.head, self.gaz) and _set_off(verb):
                # "Pyongyang fought Seoul ... in the Korean War, aided by China": the
                # participle describes the clause's subject, not the noun it follows.
                # Without the comma it is the noun's own ("boycotted the conference hosted
                # by Iran" names the host, who met no one).
                clause_subj = _clause_subject(verb)
                patient = [clause_subj] if clause_subj is not None else []
                conf -= 0.1
        if trig.noun is not None and _first_conjunct(trig.noun).dep_ == "nsubjpass":
            # "(fines and) sanctions were imposed on X by Y": X is the pattern's prepositional object
            patient = []
        subj_toks = agent
        if (not agent and trig.spec.relation.category == "RETREAT" and trig.prep is not None
                and any(t.lemma_.lower() in FORCE_NOUNS for t in patient)):
            # "confirmed that French soldiers will be withdrawn from Niger": the forces' owner withdraws
            # from the pattern's object; the forces are not what is withdrawn from
            subj_toks, patient = patient, []
        return subj_toks, (patient or obj_toks), conf

    def _resolved_arguments(self, trig: Trigger, subj_toks: list[Token],
                            obj_toks: list[Token]) -> tuple[list[Resolved], list[Resolved]]:
        """The actors the argument tokens stand for, less those who cannot take part here."""
        subjects = self._resolve_all(subj_toks)
        if trig.spec.relation.category == "MOBILIZE" and trig.spec.noun is None:
            # "Prince Harry has deployed to Afghanistan": a person who goes is no deployment of force
            subjects = [r for r in subjects if r.actor.type != "Person"]
        # ("froze Iranian assets": the owner named by a modifier of what is frozen, see _verb_objects)
        owned = trig.noun is not None and trig.spec.prep is None and (
            trig.spec.relation.category == "SANCTION" or trig.spec.noun in OWNER_PARTY_NOUNS)
        objects = _aimed_elsewhere(self._resolve_all(obj_toks, modifier=owned), subjects)
        if objects and {r.actor.id for r in objects} <= {r.actor.id for r in subjects}:
            objects = []  # "GM, Ford and Tesla pledged their support": no one acts on itself
        if trig.spec.relation.category == "REQUEST" and trig.spec.lemma in COMMAND_VERBS:
            # "the president ordered the interior ministry to ...": a government's orders
            # to its own organs and officials are no request between parties; only a party
            # known to be another's is ordered as one ("Moscow ordered the United States to cut")
            home = {r.actor.country for r in subjects if r.actor.country}
            placed = home or any(r.actor.type == "InternationalOrganization" for r in subjects)
            objects = [r for r in objects if placed and r.actor.country and r.actor.country not in home]
        if not objects and len(subjects) > 1 and any(_reciprocal(t) for t in obj_toks):
            objects = list(subjects)  # "India and Pakistan accused each other": each the other
        return subjects, objects

    def _reached_objects(self, trig: Trigger, subjects: list[Resolved], objects: list[Resolved],
                         obj_toks: list[Token], passive: bool) -> tuple[list[Resolved], float]:
        """The objects of an act whose clause names none, tried in order: through the thing it is
        done to, the state a place lies in, a border's other side, the parties of what a stance
        is on, the act named before, a condition's actor, the accuser; with the confidence the
        last road costs."""
        verb, category = trig.token, trig.spec.relation.category
        active = bool(subjects) and not passive
        if active and not objects and category in THING_CATEGORIES:
            # "shelled positions of the Palestinian security forces", "threatened further action
            # against Russia": the act reaches an actor through the thing it is done to.
            things = obj_toks if category != "CONSULT" else [
                t for t in obj_toks if t.lemma_.lower() in VERBAL_PARTIES]  # "met leaders of X", not "parents of X"
            objects = [replace(r, confidence=r.confidence * 0.8)
                       for r in self._resolve_all(_through_thing(things, self._act_lemmas))]
        if category in PLACE_CATEGORIES:
            # "seized the town of Avdiivka": a name the phrase calls a place is no party,
            # whatever the tagger took it for; the state it lies in is (below)
            objects = [r for r in objects if r.actor.type != "Location" and not _named_as_place(r.token)]
        if subjects and not objects and category in PLACE_CATEGORIES:
            # "struck targets in Syria", "missiles hit Kharkiv", "seized the port of Hodeidah":
            # an attack on a place is one on the state it lies in (not the doer's own)
            objects = self._struck_states(verb, obj_toks, subjects)
        if subjects and not objects and category in BORDER_CATEGORIES:
            objects = [r for t in obj_toks if t.lemma_.lower() in BORDER_NOUNS for r in self._border_party(t)]
        if subjects and not objects and category in STANCE_CATEGORIES:
            objects = self._stance_parties(category, obj_toks)
        if active and not objects and category == "REQUEST":
            # "the Security Council called for an immediate ceasefire": asked of the sides fighting
            objects = conflict_sides(obj_toks, subjects, self._earlier)
        if active and not objects and category == "REQUEST":
            # "condemned the Hezbollah raid and called for the soldiers' release": asked of the one
            # the joined verb condemns
            objects = self._condemned_alongside(verb, subjects)
        if active and not objects and category in STANCE_CATEGORIES and category != "REQUEST":
            # "The Soviet Union condemned the attack": the act named before stands for its doer
            # (what is asked for, "called for the expulsion of ...", is still to come).
            objects = self._event_antecedents(obj_toks, subjects)
        if active and category == "PROTEST":
            # "will boycott the Beijing Olympics": a protest against the country that holds them
            # (and not against "the Los Angeles Olympics" as a party, which the tagger named)
            objects = self._hosts(obj_toks, subjects) or objects
        if active and not objects and category in HOSTILE_CATEGORIES:
            objects = self._conditioned_objects(verb, subjects)
        if active and not objects and category in HOSTILE_CATEGORIES:
            # "Pyongyang accused Seoul of attacking first": an act with no named target that one
            # actor accuses another of was done to the accuser.
            if _names_a_target(verb, trig.spec):
                return [], 0.0  # ("accused Moscow of poisoning Skripal": someone else was harmed)
            return self._accusers_targeted(self._resolve_all(_accusers(verb)), verb), 0.1
        return objects, 0.0

    def _condemned_alongside(self, verb: Token, subjects: list[Resolved]) -> list[Resolved]:
        """"Yeltsin condemned the strikes and demanded that they stop", "Britain protested to
        Jakarta over the attacks and demanded protection for its diplomats": a demand that names
        no one, joined to a verb that condemns or protests to another actor, is made of that actor
        (the one named, the owner of the act condemned, or the doer of the act named before)."""
        other = verb.head if verb.dep_ == "conj" else None
        if any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PRON", "PROPN") for c in verb.children):
            return []  # "blamed the FBI and asked him to ...": the one asked is named, if unresolved
        if other is None or other.pos_ != "VERB" or not any(
                sp.relation.category in JOINED_DEMAND_CATEGORIES and sp.size == 1
                for sp in self.index.by_lemma.get(("verb", other.lemma_.lower()), ())):
            return []  # ("took over the presidency and called for ...": "take to court" is no condemnation)
        named = [c for c in other.children if c.dep_ == "dobj"] + [
            g for c in other.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        own = {r.actor.id for r in subjects}
        found = self._resolve_all(named) or [r for t in named for r in self._judged_owners(t)] \
            or self._event_antecedents([t for t in named if t.pos_ == "NOUN"], subjects)
        return [replace(r, confidence=r.confidence * 0.8) for r in found if r.actor.id not in own]

    def _hosts(self, events: list[Token], guests: list[Resolved]) -> list[Resolved]:
        """The state that holds an event ("the Beijing Olympics", "the Winter Olympics in
        Beijing", "the Los Angeles Olympics"): a state, a capital or a town named on the event
        noun or after its "in"; none when the event is no hosted one (lexicon hosted_events)."""
        own = {r.actor.id for r in guests}
        for event in (e for e in events if e.lemma_.lower() in HOSTED_EVENTS or e.lower_ in HOSTED_EVENTS):
            places = [c for c in event.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"]
            holders = (event, event.head.head if event.dep_ == "pobj" else event.head)
            places += [g for h in holders for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
            for place in places:
                state = place_state(place, mention_of(place), self.gaz) or _town_state(place, self.gaz)
                if state is not None and state.id not in own:
                    return [Resolved(state, place, 0.7)]
        return []

    def _stance_parties(self, category: str, obj_toks: list[Token]) -> list[Resolved]:
        """"demanded the withdrawal of Argentine forces", "called for talks between Greece and
        Turkey", "vetoed a proposal by Brazil": a stance on a thing is one on its parties.
        "rejected talks with Iran" rejects Iran, "endorsed an agreement with the EU" supports it."""
        with_party = category in ("REJECT", "SUPPORT")
        # "complained over two Israeli air raids", "rejected the American proposal": the owner
        # named in the thing's modifiers; else the parties after its prepositions.
        owners = self._resolve_all([c for t in obj_toks if t.pos_ == "NOUN" and mention_of(t) is None
                                    for c in t.children if c.dep_ in ("amod", "compound", "poss")
                                    and not (c.dep_ == "compound" and t.lemma_.lower() in AGREEMENT_NOUNS | TOPIC_NOUNS)],
                                   modifier=True)
        # "welcomed the death of X", "backed the ouster of X": X is the victim, not a party
        # the stance is towards; nor is the one an act of the vocabulary is done to
        # ("condemned the invasion of Uganda" accuses the invader)
        parties = owners or self._resolve_all([g for t in obj_toks if t.lemma_.lower() not in DOWNFALL_NOUNS
                                               for g in _parties(t, with_party)
                                               if g.head.lower_ not in self._target_preps(t)])
        return [replace(r, confidence=r.confidence * 0.85) for r in parties]

    def _conditioned_objects(self, verb: Token, subjects: list[Resolved]) -> list[Resolved]:
        """"would strike back if Indian troops attacked again": a hostile act made to hang on
        another actor's act is aimed at that actor (one named there, not a pronoun's guess, and
        one the gazetteer knows: "if Kobani were to fall" names a town, not a party)."""
        holder = _condition_holder(verb)
        if holder is None or read_modality(verb).modality != "hypothetical":
            return []
        own = {r.actor.id for r in subjects}
        named = [t for t in _expand_conjuncts(_conditioned_party(holder))
                 if t.pos_ != "PRON" and not _unknown_name(t)]
        return [r for t in named for r in resolve_head(t, self.gaz)
                if r.actor.id not in own and r.actor.type != "Location"]

    def _struck_states(self, verb: Token, obj_toks: list[Token], subjects: list[Resolved]) -> list[Resolved]:
        """The states the places an act is done to lie in, leaving out the doers' own ("the army
        shelled a town near Damascus" is no act of Syria's on Syria)."""
        if any(r.token.lower_ in PLURAL_PRONOUNS for r in subjects):
            # "they seized the city": a state is "it"; "they" is most often a group that the
            # pronoun resolver cannot name, and a place's state on top is one guess too many
            return []
        if verb.lemma_.lower() in RETAKING_VERBS or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
            # "recaptured Aden", "captured East Jerusalem from Jordan": ground retaken is the
            # state's own, and ground taken from someone was taken from that one
            return []
        own = {r.actor.country or r.actor.id for r in subjects} | {r.actor.id for r in subjects}
        out: list[Resolved] = []
        for tok in _struck_places(verb, obj_toks):
            state = place_state(tok, mention_of(tok), self.gaz, _named_as_place(tok))
            if state is None or state.id in own or state.country in own or any(r.actor.id == state.id for r in out):
                continue
            out.append(Resolved(state, tok, 0.7))
        return out

    def _assailants(self, verb: Token) -> list[Token]:
        """"Five border guards were shot dead in an attack by Kyrgyz troops", "wounded in fighting
        with rebels": a passive act of violence with no agent was done by the other side of the fight
        it happened in."""
        return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                for n in c.children if n.dep_ in ("pobj", "pcomp") and self._is_fight(n)
                for p in n.children if p.dep_ == "prep" and p.lower_ in ("with", "by")
                for g in p.children if g.dep_ == "pobj"]

    def _is_fight(self, tok: Token) -> bool:
        """An event noun of violence in the vocabulary ("clash", "attack"; "fighting" also when
        parsed as a verb)."""
        return any(sp.relation.category == "ASSAULT" for word in {tok.lemma_.lower(), tok.lower_}
                   for sp in self.index.by_lemma.get(("noun", word), ()))

    def _verb_objects(self, trig: Trigger) -> list[Token]:
        verb, spec = trig.token, trig.spec
        if trig.prep is not None:
            objs = [c for c in trig.prep.children if c.dep_ in ("pobj", "pcomp")]
            if trig.prep.dep_ == "prt" or not objs:
                objs += [c for c in verb.children if c.dep_ == "dobj" and (trig.noun is None or c.i != trig.noun.i)]
            return objs
        if trig.noun is not None:
            preps = spec.relation.with_preps + ("to", "for")
            if spec.prep is None and (spec.relation.category == "SANCTION" or spec.noun in OWNER_PARTY_NOUNS):
                # "froze Iranian assets", "seized Russia's assets": the owner of what is frozen
                # ("forgave Jordan's debts": of what is forgiven)
                preps = preps + ("of",)
                owners = [c for c in trig.noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
                if any(mention_of(o) is not None for o in owners):
                    return owners
            return [g for holder in (trig.noun, verb) for c in holder.children
                    if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"] + \
                   [c for c in verb.children if c.dep_ == "dative"]
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if not objs:
            objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in spec.relation.with_preps
                    for g in c.children if g.dep_ == "pobj"]
        if not objs and spec.relation.category in CLAUSE_OBJECT_CATEGORIES:
            # "demanded that President Mugabe abandon ...", "warned that Iran would ...":
            # the one asked or warned is the subject of the clause.
            objs = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if spec.relation.category == "THREATEN":
                objs = [g for g in objs if _warned_of_fate(g)]
        if spec.relation.category == "THREATEN" and not any(resolve_head(t, self.gaz) for t in objs):
            conditioned = _conditioned_party(verb)
            if any(resolve_head(t, self.gaz) for t in conditioned):
                objs = conditioned
        return objs

    def _noun_arguments(self, trig: Trigger) -> _Draft | None:
        """The doer and the other party of an event noun ("the Russian invasion of Ukraine", "US
        sanctions on Iran", "talks between X and Y").  The noun's own modifiers and prepositions
        name them best; a side still missing is then read off the clause around the noun, with a
        lower confidence, since the clause's shape is a weaker sign than the noun's own phrase."""
        noun, spec = trig.token, trig.spec
        if _sought(noun) and spec.relation.category == "CONSULT":
            return self._sought_meeting(trig)
        if _preventer(noun) is not None:
            return None  # a prevented act did not happen
        if _wrong_sense(trig) or _sought(noun) or _refused(noun):
            return None
        subj_toks, obj_toks, mod_toks = self._noun_argument_heads(trig)
        subjects = self._resolve_all(mod_toks, modifier=True) + self._resolve_all(subj_toks)
        objects = self._resolve_all(obj_toks)
        conf = 0.75
        if not objects and spec.relation.category in THING_CATEGORIES:
            # "an embargo on trade with Nicaragua": the noun reaches its party through the thing
            # (an embargo stops an act: "on trade with Nicaragua" names the partner of that act)
            acts = frozenset() if spec.relation.category == "SANCTION" else self._act_lemmas
            objects = [replace(r, confidence=r.confidence * 0.8)
                       for r in self._resolve_all(_through_thing(obj_toks, acts))]
        if _verbal_clash(trig, subj_toks + obj_toks + mod_toks, subjects + objects):
            return None
        if noun.lemma_.lower() in PREDICATE_NOUNS:
            return self._predicate_noun_draft(trig, subjects, obj_toks)
        between = _between_parties(noun)
        if between and not _acts_between(spec.relation):
            return self._between_draft(trig, subjects, between, conf)
        if spec.relation.symmetric and len(subjects) >= 2 and not objects:
            return self._co_subjects_draft(trig, subj_toks, subjects, conf)
        joint = self._joint_event_draft(trig, subjects, objects)
        if joint is not None:
            return joint
        if spec.relation.category == "CONSULT" and not subjects and not objects and _meeting_occasion(noun) is not None:
            return self._joint_occasion(trig)
        draft = _Draft(trig, subjects, objects, conf)
        self._state_entered(draft)
        self._object_on_light_verb(draft)
        self._recipient_object(draft)
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in ASKING_VERBS:
            return None  # "appealed to the Security Council for help": a request, not aid given
        accused = self._accused_doer(draft)
        culpable = self._culpable_doer(draft)
        if not accused and not culpable:  # (an act one is accused of is not the accuser's own)
            self._giver_and_receiver(draft)
        self._called_object(draft)
        self._granted_request(draft)
        self._clause_doer(draft)
        return draft if draft.subjects and draft.objects else None

    def _granted_request(self, draft: _Draft) -> None:
        """"At Turkey's request, NATO held a meeting", "troops landed at the request of its
        ruler", "sent in answer to an appeal from Mobutu": a request the clause's act answers was
        made to the clause's subject, the one who acted on it."""
        noun, spec = draft.trigger.token, draft.trigger.spec
        if (not draft.subjects or draft.objects or spec.relation.category != "REQUEST" or noun.dep_ != "pobj"
                or any(c.dep_ == "conj" for c in noun.children)):
            return  # (not "at the request or suggestion of the President": a hedge names no request)
        prep = noun.head
        answered = prep.lower_ == "at" or (prep.lower_ == "to" and _in_answer(prep))
        if not answered:
            return
        own = {r.actor.id for r in draft.subjects}
        clause_subj = _clause_subject(noun)
        if clause_subj is not None:
            draft.objects = [r for r in self._resolve_all([relative_antecedent(clause_subj)]) if r.actor.id not in own]
            draft.confidence = 0.65

    def _noun_argument_heads(self, trig: Trigger) -> tuple[list[Token], list[Token], list[Token]]:
        """(subject, object, modifier) heads an event noun carries itself, unresolved: the
        noun's own prepositions say which side each phrase names."""
        noun, spec = trig.token, trig.spec
        subj_toks: list[Token] = []
        obj_toks: list[Token] = []
        mod_toks: list[Token] = []
        for c in noun.children:
            if c.dep_ == "amod" and c.lower_ == "led":
                # "the Soviet-led invasion": the leader named before the hyphen did it
                mod_toks += [g for g in c.children if g.dep_ in _BACKER_DEPS]
            elif c.dep_ in ("poss", "amod", "compound", "nmod"):
                mod_toks.append(c)
            elif c.dep_ == "prep" and c.lower_ in spec.noun_preps:
                obj_toks += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "prep" and c.lower_ in SUBJECT_PREPS:
                subj_toks += [g for g in c.children if g.dep_ == "pobj"]
        if not obj_toks:
            subj_toks, obj_toks = self._objects_of_things(subj_toks, spec.noun_preps)
        if not obj_toks:
            # "the UN sanctions imposed on Eritrea", "aid sent by Japan to Haiti": the noun's
            # parties hang on the participle that describes it
            for c in noun.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and c.lemma_.lower() not in LINKING_PARTICIPLES:
                    obj_toks += [g for p in c.children if p.dep_ == "prep" and p.lower_ in spec.noun_preps
                                 and p.lower_ not in SUBJECT_PREPS for g in p.children if g.dep_ == "pobj"]
                    subj_toks += [g for p in c.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
        if not obj_toks and spec.relation.category in ("REQUEST", "ACCUSE"):
            # (not warnings: "warnings that North Korea could test a missile" predict, not threaten)
            obj_toks = _that_clause_subjects(noun)
        # "between Russia and Ukraine": both sides come through the preposition
        # ("deals with Jordan, Egypt and Turkey" lists one side's partners, who dealt with it, not
        # with each other: only "between" joins its conjuncts as the two sides)
        if spec.relation.symmetric and not (subj_toks or mod_toks) and len(obj_toks) == 1 and obj_toks[0].conjuncts \
                and obj_toks[0].head.lower_ == "between":
            subj_toks, obj_toks = [obj_toks[0]], list(obj_toks[0].conjuncts)
        return subj_toks, obj_toks, mod_toks

    @staticmethod
    def _objects_of_things(subj_toks: list[Token], preps: tuple[str, ...]) -> tuple[list[Token], list[Token]]:
        """(subjects, objects) when the object's preposition hangs on the thing the act moves
        rather than on the noun; the thing itself is then no party."""
        # "the withdrawal of invasion forces from Panama", "sales of arms to Taiwan": the
        # parser hangs the object's preposition on what is withdrawn or sold.
        things = {t.i: [g for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                        and c.lower_ not in ("of", "by") for g in c.children if g.dep_ == "pobj"]
                  for t in subj_toks if t.pos_ == "NOUN" and mention_of(t) is None}
        obj_toks = [g for found in things.values() for g in found]
        # what is withdrawn is no actor of its own ("forces from Panama" is not Panama here)
        return [t for t in subj_toks if not things.get(t.i)], obj_toks

    def _predicate_noun_draft(self, trig: Trigger, subjects: list[Resolved], obj_toks: list[Token]) -> _Draft | None:
        """An ally, partner or supplier noun names its other party through the predicate it
        stands in, because in passing ("its allies") the tie is only background."""
        noun, spec = trig.token, trig.spec
        # Only the predicate says whose ally: "its Warsaw Pact allies" in passing is background.
        party = _predicate_party(noun)
        if not subjects and noun.lemma_.lower() != "partner" and not any(t.pos_ == "PRON" for t in party):
            # (not "it is an ally of X": a pronoun far from its antecedent is too loose a party)
            subjects = self._of_party(obj_toks)
        objects = self._resolve_all(party)
        if not spec.relation.symmetric:
            if not _supplies_aid(noun):
                return None  # "Europe's main gas supplier" trades; arms and aid are given
            if not subjects and noun.dep_ == "conj":  # "the North's main ally and aid donor"
                subjects = self._resolve_all([c for c in noun.head.children if c.dep_ == "poss"], modifier=True)
            subjects, objects = objects, subjects  # "Moscow, Cairo's arms supplier": Moscow gives
        return _Draft(trig, subjects, objects, 0.7) if subjects and objects else None

    def _joint_occasion(self, trig: Trigger) -> _Draft | None:
        """"Morocco and Algeria agreed to a ceasefire at the end of two days of talks": talks
        that name no party, dating what several subjects did together, were held between them."""
        clause_subj = self._taking_part(trig)
        if clause_subj is None or clause_subj.pos_ == "PRON":
            return None
        parties = self._resolve_all([clause_subj])
        return _Draft(trig, parties, [], 0.6) if len({r.actor.id for r in parties}) >= 2 else None

    def _co_subjects_draft(self, trig: Trigger, subj_toks: list[Token], subjects: list[Resolved],
                           conf: float) -> _Draft | None:
        """Several actors on a joint event noun are its parties to one another, unless they came
        through "from", which lists senders of one kind."""
        if any(t.head.lower_ == "from" for t in subj_toks):
            # "calls from leaders including Merkel and Hollande", "information about the
            # meeting from Kushner and Manafort": senders of one kind, not parties to each other
            return None
        return _Draft(trig, subjects, [], conf)  # "the Kim-Putin summit"

    def _joint_event_draft(self, trig: Trigger, subjects: list[Resolved], objects: list[Resolved]) -> _Draft | None:
        """A bare joint event as a verb's object is carried on by that verb's coordinated
        subjects; None when the noun is no such event or fewer than two parties are named."""
        noun, spec = trig.token, trig.spec
        if (spec.relation.symmetric and spec.relation.category in JOINT_EVENT_CATEGORIES and not subjects
                and not objects and noun.dep_ == "dobj" and not is_definite(noun)
                and not any(c.dep_ == "prep" and c.lower_ in spec.noun_preps for c in noun.children)):
            # "Israel and Lebanon renewed negotiations", "Russia and China began war games":
            # the parties that carry on a joint event are the verb's own coordinated subjects
            # ("joining the alliance" or "cooperation with NATO" is with someone else).
            parties = self._resolve_all([c for c in noun.head.children if c.dep_ == "nsubj"])
            if len(parties) >= 2:
                return _Draft(trig, parties, [], 0.65)
        return None

    def _state_entered(self, draft: _Draft) -> None:
        """"Iraq has been at war with Iran since 1980", "went to war with Honduras": a noun of a
        state one is in or goes to takes both sides from the verb of being or going it hangs on."""
        noun, spec = draft.trigger.token, draft.trigger.spec
        prep = noun.head
        verb = prep.head
        if draft.subjects or noun.dep_ != "pobj" or (verb.lemma_.lower(), prep.lower_) not in (("be", "at"), ("go", "to")):
            return
        # ("Iraq, which has been at war with Iran": a relative's subject is its antecedent)
        draft.subjects = self._resolve_all([relative_antecedent(t) for t in _verb_subjects(verb)])
        own = {r.actor.id for r in draft.subjects}
        if not draft.objects:
            draft.objects = self._resolve_all([g for c in verb.children if c.dep_ == "prep" and c.lower_ in spec.noun_preps
                                               and c.lower_ != "in" for g in c.children if g.dep_ == "pobj"])
        draft.objects = [r for r in draft.objects if r.actor.id not in own]
        if not all(self._wages_war(r.actor, verb) for r in draft.subjects + draft.objects):
            # (not "FBI agents were willing to go to war with Trump": a figure of speech)
            draft.subjects, draft.objects = [], []
        if draft.subjects:
            draft.confidence = 0.65

    def _wages_war(self, actor: Actor, at: Token) -> bool:
        """Whether an actor can be at war: a state, an armed group or an alliance, or a leader
        of a state on the day."""
        return actor.type in ("State", "ArmedGroup", "InternationalOrganization") or (
            actor.type == "Person" and led_state(actor, at.doc, self.gaz) is not None)

    def _object_on_light_verb(self, draft: _Draft) -> None:
        """A noun with a doer but no object, as a light verb's subject or object, takes its object
        from that verb's prepositions (with less confidence: the verb may have its own)."""
        noun, spec = draft.trigger.token, draft.trigger.spec
        if draft.subjects and not draft.objects and noun.dep_ in ("nsubj", "dobj", "nsubjpass"):
            # "the Russian invasion launched in Ukraine": the object hangs on the light verb.
            draft.objects = self._resolve_all([g for c in noun.head.children if c.dep_ == "prep"
                                               and c.lower_ in spec.noun_preps + ("in", "against", "on")
                                               for g in c.children if g.dep_ == "pobj"])
            draft.confidence = 0.65

    def _recipient_object(self, draft: _Draft) -> None:
        """One-way help a clause is formed "with" or depends "on" goes to the clause's subject,
        the object the noun itself does not name."""
        noun, spec = draft.trigger.token, draft.trigger.spec
        if (draft.subjects and not draft.objects and noun.dep_ == "pobj"
                and noun.head.lower_ in ("with", "on", "from", "by", "through") and not spec.relation.symmetric):
            # "formed with the support of the Soviet Union", "dependent on Soviet aid":
            # the recipient is the clause's subject.  A joint event has no recipient: "a vote
            # on the Iran deal" is about the deal, not one made with the voters.
            clause_subj = _clause_subject(noun)
            if clause_subj is not None:
                draft.objects = self._resolve_all([clause_subj])
                draft.confidence = 0.6

    def _accused_doer(self, draft: _Draft) -> bool:
        """Whether the noun is an act someone is accused of; the accused is then its doer when the
        noun names none, since an accusation says who did the act."""
        noun, spec = draft.trigger.token, draft.trigger.spec
        # "accused Belgium of aggression", "accused Washington of orchestrating a coup": the act
        # is the noun itself or the verb it is the object of.
        act = noun if noun.dep_ == "pobj" else None
        if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" and spec.relation.category in HOSTILE_CATEGORIES:
            act = noun.head  # (not "accused Netanyahu of sabotaging the talks": that act is the sabotage)
        accusers = _accusers(act) if act is not None else []
        if accusers and not draft.subjects:
            # the accused is the doer, the accuser the target unless the noun names one
            # ("accused Russia of aggression against Georgia").
            draft.subjects = self._resolve_all(_accusation(act)[1])
            if not draft.objects and not _names_a_target(noun, spec):
                draft.objects = self._accusers_targeted(self._resolve_all(accusers), act)
            draft.confidence = 0.65
        return bool(accusers)

    def _accusers_targeted(self, accusers: list[Resolved], act: Token) -> list[Resolved]:
        """Accusers who can be the unnamed target of the act they accuse another of: a state or a
        group was attacked ("Pyongyang accused Seoul of attacking first"), and so was the state a
        leader heads who accuses another of it ("Lumumba accused Belgium of aggression": the
        Congo), save a coup, done to the leader ("Maduro accused Washington of orchestrating a
        coup"); but a person who blames Moscow "for the poisoning" was not the one poisoned, nor
        one who criticises others "for attacking" the one attacked."""
        verb = next((a for a in act.ancestors if a.lemma_.lower() in ACCUSING_VERBS), None)
        seizure = any(t.lemma_.lower() in LEX.power_seizure_nouns for t in (act, *act.children))
        out = []
        for r in accusers:
            state = r.actor
            if r.actor.type == "Person":
                led = verb is not None and verb.lemma_.lower() == "accuse"
                state = (r.actor if seizure else led_state(r.actor, act.doc, self.gaz)) if led else None
            if state is not None:
                out.append(replace(r, actor=state))
        return out

    def _culpable_doer(self, draft: _Draft) -> bool:
        """Whether a hostile act with no named doer is one the sentence holds a party culpable
        for; that party is then its doer."""
        noun, spec = draft.trigger.token, draft.trigger.spec
        culprits = _culpable(noun) if not draft.subjects and spec.relation.category in HOSTILE_CATEGORIES else []
        if culprits:
            # "said Russia was responsible for the attack on X": the culpable party is the doer.
            draft.subjects = self._resolve_all(culprits)
            draft.confidence = 0.6
        return bool(culprits)

    def _giver_and_receiver(self, draft: _Draft) -> None:
        """A one-way act naming neither side takes both from the verb it is the object of, which
        says who gives and to whom."""
        noun, spec = draft.trigger.token, draft.trigger.spec
        if not draft.subjects and not draft.objects and noun.dep_ in ("dobj", "pobj") and not spec.relation.symmetric:
            # "gave the Ivory Coast 5 million dollars of aid", "will provide food aid to refugees
            # in Liberia": the giver is the clause's subject, the receiver the verb's dative or to-object.
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and _hops(noun, verb) <= 3 and verb.lemma_.lower() not in ACCUSING_VERBS:
                draft.subjects = self._resolve_all(_verb_subjects(verb))
                draft.objects = self._resolve_all([c for c in verb.children if c.dep_ == "dative"] +
                                                  [g for c in verb.children if c.dep_ == "prep"
                                                   and c.lower_ in spec.noun_preps
                                                   for g in c.children if g.dep_ == "pobj"])
                if verb.lemma_.lower() in RECEIVING_VERBS:
                    # "Iraq received aid from the United States": the subject receives, the
                    # "from" party gives
                    draft.subjects, draft.objects = (self._resolve_all(_from_objects(verb)),
                                                     self._resolve_all(_verb_subjects(verb)))
                draft.confidence = 0.6
        elif (draft.subjects and not draft.objects and noun.dep_ == "dobj" and not spec.relation.symmetric
              and noun.head.lemma_.lower() in RECEIVING_VERBS):
            # "Yugoslavia has received American military aid": the noun's own giver gives to the
            # verb's subject
            own = {r.actor.id for r in draft.subjects}
            draft.objects = [r for r in self._resolve_all(_verb_subjects(noun.head)) if r.actor.id not in own]
            draft.confidence = 0.6

    def _called_object(self, draft: _Draft) -> None:
        """An act done in the purpose of a call or visit is done to the one called, when the
        noun names no object."""
        noun = draft.trigger.token
        light = noun.head
        if (draft.subjects and not draft.objects and noun.dep_ == "dobj" and light.dep_ in ("xcomp", "advcl")
                and self._is_contact(light.head)):
            # "telephoned Maduro to offer his support": offered to the one called
            draft.objects = self._resolve_all([c for c in light.head.children if c.dep_ == "dobj"])
            draft.confidence = 0.55

    def _clause_doer(self, draft: _Draft) -> None:
        """An act with an object but no doer is the clause subject's own, when the clause's shape
        says the subject takes part in it."""
        if draft.subjects or not draft.objects:
            return
        clause_subj = self._taking_part(draft.trigger)
        if clause_subj is None:
            return
        if _received(draft.trigger):
            # "Maduro still has the support of Turkey": the "of" party gives, the subject receives
            draft.subjects, draft.objects = draft.objects, self._resolve_all([clause_subj])
        else:
            draft.subjects = self._resolve_all([clause_subj])
        draft.confidence = 0.65

    @staticmethod
    def _taking_part(trig: Trigger) -> Token | None:
        """The clause subject that takes part in the noun's event, or None where the clause says
        otherwise (a pronoun after talks, a killing the subject did not order, an act it condemns)."""
        noun, spec = trig.token, trig.spec
        # "renewed negotiations with Syria"; "flew to Moscow for talks with Brezhnev": one
        # goes somewhere for a meeting one takes part in.
        # (not "for her meeting with X": an owner named on the noun takes part in it instead)
        purpose = spec.relation.category == "CONSULT" and _unowned_pobj(noun, "for")
        # "Chun, who was on a state visit to Burma", "is in Tokyo on a three-day visit": one who is
        # on a visit makes it
        journey = spec.relation.key == VISIT_RELATION and _unowned_pobj(noun, "on")
        occasion = _meeting_occasion(noun) if spec.relation.category == "CONSULT" else None
        counted = is_counted(noun)  # "launched hundreds of raids on X": as if "launched raids"
        # "began his tour with talks with Sogavare": the one who began holds the talks
        stage = (spec.relation.category == "CONSULT" and _unowned_pobj(noun, "with")
                 and noun.head.head.lemma_.lower() in STAGE_VERBS)
        # "Israeli troops crossed the border in a drive against the PLO": the movers wage it
        sortie = spec.relation.category == "ASSAULT" and _waged_in(noun)
        clause_subj = _clause_subject(occasion) if occasion is not None else (
            _clause_subject(noun.head.head if counted else noun)
            if noun.dep_ in ("dobj", "attr") or purpose or journey or counted or stage or sortie else None)
        if (journey or occasion is not None) and clause_subj is not None:
            # "Chun, who was on a visit to Burma", "Ortega, who was promised oil during a visit
            # to Moscow": the one the relative clause is about
            clause_subj = relative_antecedent(clause_subj)
        if occasion is not None and clause_subj is not None and clause_subj.pos_ == "PRON":
            clause_subj = None  # "after talks with Moon, they settled on": often both sides
        if clause_subj is not None and _killing_not_done_by_clause(noun):
            clause_subj = None
        if clause_subj is not None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ACCUSING_VERBS:
            clause_subj = None  # "Moscow condemned arms shipments to Kiev": not Moscow's shipments
        return clause_subj

    def _between_draft(self, trig: Trigger, subjects: list[Resolved], between: list[Token],
                       conf: float) -> _Draft | None:
        """An event noun with a "between" phrase names its parties there ("talks between
        Israel and the Palestinians", "a summit between the two leaders"): whoever revives,
        prepares, quells or negotiates it from outside (the clause's subject) takes no part in
        it.  Only an actor on the noun itself is a further party ("Egyptian mediation between
        the two sides")."""
        parties = self._resolve_all(between)
        named = {r.actor.id for r in parties}
        doers = [r for r in subjects if r.actor.id not in named]
        if doers and parties:
            return _Draft(trig, doers, parties, conf)
        if trig.spec.relation.symmetric and len(parties) >= 2:
            return _Draft(trig, parties, [], conf)
        return None

    def _obligations(self, sent: Span) -> list[_Draft]:
        """"Washington declared that China must drop its barriers", "Britain said Libya should
        hand over the suspects": stating what another actor must do is a request to it, made by
        the speaker (a REQUEST claim at the statement verb)."""
        spec = self._request_spec
        if spec is None:
            return []
        out = []
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in STATEMENT_VERBS:
                continue
            for clause in verb.children:
                if clause.dep_ != "ccomp" or not any(
                        c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children):
                    continue
                subjects = self._resolve_all(_verb_subjects(verb))
                objects = self._resolve_all([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
                if subjects and objects:
                    out.append(_Draft(Trigger(spec, verb), subjects, objects, 0.7))
        return out

    def _refusals(self, sent: Span) -> list[_Draft]:
        """"Pakistan refused to deploy peacekeepers in Iraq", "France and Spain refused to let the
        jets cross their airspace": refusing to act towards an actor rejects that actor (its
        request).  The target is the first actor among the refused act's arguments."""
        spec = self._reject_spec
        if spec is None:
            return []
        out = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in REFUSE_VERBS:
                continue
            act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            if act is not None and act.lemma_.lower() in UNREJECTING_REFUSALS:
                continue  # "refused to condemn Moscow" spares Moscow; it turns down the critics
            subjects = self._resolve_all(_verb_subjects(verb)) if act is not None else []
            if not subjects:
                continue
            own = {r.actor.id for r in subjects}
            objects = [r for r in self._resolve_all(_act_arguments(act)) if r.actor.id not in own]
            if objects:
                out.append(_Draft(Trigger(spec, verb), subjects, objects[:1] if len(objects) > 2 else objects, 0.65))
        return out

    def _denied_ties(self, sent: Span) -> list[_Draft]:
        """"Ecuador denied any links to Hezbollah", "has denied collusion with Moscow": a denied tie
        to a party is a denied claim of cooperating with it (the denier's own; the deny verb
        gives the modality and the claimant).  Read here because a tie is no act of the
        vocabulary: "links to X" alone is a relationship, not a claim of cooperation."""
        out: list[_Draft] = []
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TIE_NOUNS:
                continue
            spec = next((sp for sp in self.index.specs if sp.relation.key == COOPERATION_RELATION), None)
            if spec is None or noun.dep_ != "dobj" or read_modality(noun).modality != "denied":
                continue
            deniers = self._resolve_all(_verb_subjects(_modifier_clause(noun.head)))
            own = {r.actor.id for r in deniers}
            # the party itself, not a thing it owns ("denied a link to the EU sanctions")
            named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                     for g in c.children if g.dep_ == "pobj" and mention_of(g) is not None]
            parties = [r for r in self._resolve_all(named) if r.actor.id not in own]
            if deniers and parties:
                out.append(_Draft(Trigger(spec, noun), deniers, parties, 0.6))
        return out

    def _sought_meeting(self, trig: Trigger) -> _Draft | None:
        """"Baghdad wanted direct negotiations with Tehran", "requested a meeting with Moon": to
        seek a meeting with an actor is to ask that actor for one (a REQUEST of the seeker)."""
        noun, spec = trig.token, self._request_spec
        seeker = noun.head.head if noun.dep_ == "pobj" else noun.head
        if seeker.lemma_.lower() in PUBLIC_APPEALS:
            return None
        parties = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                   for g in c.children if g.dep_ == "pobj"]
        subjects = self._resolve_all(_verb_subjects(seeker))
        own = {r.actor.id for r in subjects}
        objects = [r for r in self._resolve_all(parties) if r.actor.id not in own]
        if spec is None or not subjects or not objects:
            return None
        return _Draft(Trigger(spec, seeker), subjects, objects, 0.65)

    def _is_contact(self, verb: Token) -> bool:
        """A verb of meeting or calling someone (a CONSULT wording of the vocabulary)."""
        specs = self.index.by_lemma.get(("verb", verb.lemma_.lower()), ())
        return any(sp.relation.category == "CONSULT" for sp in specs)

    def _judgements(self, sent: Span) -> list[_Draft]:
        """"Reagan called the attack a crime", "called the expulsions unjustified", "Japan called
        the Indian proposal constructive", "described the Turkish move as a provocation": calling an actor,
        or its act, by a condemning or approving word accuses or supports it.  The act stands for
        its doer (the owner named on it, else the earlier claim an event anaphor refers to)."""
        out = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_VERBS:
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            preds = _predicates(verb, obj) if obj is not None else []
            if not preds and verb.lemma_.lower() in NAMING_VERBS:
                # "called Maduro a dictator", parsed as one noun phrase (the object's or the predicate's)
                said = obj if obj is not None else next((c for c in verb.children if c.dep_ == "oprd"), None)
                named = _name_before_predicate(said) if said is not None else None
                if named is not None:
                    obj, preds = named, [said]
            if obj is not None and obj.lower_ == "what" and preds:
                # "over what they termed its aggression": the thing judged is the
                # predicate itself, and its words (and theirs) say how it is judged
                obj = preds[0]
                preds = [t for p in preds for t in (p, *p.children, *(g for c in p.children for g in c.children))]
            spec = self._judgement_spec(preds) if obj is not None else None
            if spec is None and obj is not None and preds and preds[0] is obj:
                spec = self._governing_stance(verb)  # "condemned what he called Burhan's coup"
            subjects = self._resolve_all(_speakers(verb)) if spec is not None else []
            if not subjects:
                continue
            own = {r.actor.id for r in subjects}
            # ("cut ties over what they called its support for terrorism": no one judges its own
            # conduct so, so "its" is the next one the story names)
            owners = [(other_antecedent(r.token, r.actor.id) or r) if r.actor.id in own else r
                      for r in self._judged_owners(obj)]
            objects = [r for r in owners or self._event_antecedents([obj], subjects) if r.actor.id not in own]
            if objects:
                out.append(_Draft(Trigger(spec, verb), subjects, objects, 0.7))
        return out

    def _judged_owners(self, obj: Token) -> list[Resolved]:
        """Who a judged thing is: the actor it names, else the owner its modifiers name ("Russia's
        seizure of the boats").  A place is no owner: "the Benghazi attack" happened there, and a
        name the gazetteer does not know, used as a modifier, is as often a place as a party."""
        owners = self._resolve_all([obj]) or self._resolve_all(
            [c for c in obj.children if c.dep_ in ("poss", "amod", "compound") and c.i < obj.i], modifier=True)
        return [r for r in owners if r.actor.type != "Location" and not _unknown_modifier(r.token, obj)]

    def _governing_stance(self, naming: Token) -> PatternSpec | None:
        """"denounced what it called the junta's seizure of power": the naming clause is the object
        of a condemning (or approving) verb, which judges what the clause names.  The ACCUSE or
        SUPPORT wording when every wording of the governing verb is of that category."""
        if naming.dep_ != "ccomp":
            return None
        cats = {sp.relation.category for sp in self.index.by_lemma.get(("verb", naming.head.lemma_.lower()), ())}
        return {frozenset({"ACCUSE"}): self._accuse_spec, frozenset({"SUPPORT"}): self._support_spec}.get(frozenset(cats))

    def _held_culpable(self, sent: Span) -> list[_Draft]:
        """"Britain held Russia responsible for the poisoning", "vowed to hold the regime
        responsible": holding another actor to blame accuses it, as saying it is responsible does
        (``_culpability``).  Not "held himself responsible", nor a negated "did not hold"."""
        spec = self._accuse_spec
        out = []
        for word in sent:
            held = word.head
            if _held_after_object(word):
                # "held the Lebanese government responsible": the parser hangs the word on the object
                held = held.head
            elif word.dep_ not in HELD_DEPS:
                continue
            if spec is None or word.lemma_.lower() not in CULPABILITY_WORDS or held.lemma_.lower() != "hold":
                continue
            if any(c.dep_ == "neg" for c in held.children) or not (_blames(word) or _for_held_harm(word)):
                continue
            out += self._charge(spec, held, _verb_subjects(held), _held_party(word), 0.7)
        return out

    def _conditions_set(self, sent: Span) -> list[_Draft]:
        """"Abbas said there would be no peace until Israel ended its occupation", "Pyongyang said
        the decision would stand until Washington stopped its threats": what a speaker says will
        (not) be until another actor acts is a demand that it act (REQUEST).  Only a future, and
        of the speaker's own or of no one's ("its forces would not be withdrawn", "there would be
        no peace"): "fought until Israel withdrew" tells of the past, and "Bergdahl will remain in
        hospital until he completes treatment" of another's stay."""
        spec = self._request_spec
        out = []
        for mark in sent:
            act = mark.head
            if spec is None or mark.lower_ not in DEMANDED_CONDITION_MARKS or mark.dep_ != "mark" or act.dep_ != "advcl":
                continue
            main = act.head
            if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in main.children):
                continue
            speaker = _reporter(main)
            if speaker is None:
                continue
            speakers = {r.actor.id for r in self._resolve_all(_verb_subjects(speaker))}
            held = {r.actor.id for r in self._resolve_all(c for c in main.children if c.dep_ in ("nsubj", "nsubjpass"))}
            if not held <= speakers:
                continue  # ("Bergdahl will remain in hospital until he completes treatment": his own stay)
            out += self._charge(spec, speaker, _verb_subjects(speaker),
                                [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")], 0.6)
        return out

    def _stayed_away(self, sent: Span) -> list[_Draft]:
        """"The Soviet Union said it would not send a team to the Los Angeles Olympics", "refused
        to send officials to the Winter Olympics in Beijing": staying away from an event held in a
        country is a boycott of it, a protest against the host (asserted: the refusal is the act,
        read where the subject makes it)."""
        spec = self._protest_spec
        out = []
        for verb in sent:
            if spec is None or verb.lemma_.lower() not in SENDING_VERBS or not _withheld(verb):
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in DELEGATE_NOUNS for c in verb.children):
                continue
            events = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"]
            subjects = self._resolve_all(_verb_subjects(verb))
            hosts = self._hosts(events, subjects) if subjects else []
            if hosts:
                # read where the boycott is announced ("said it would not send"), not at the negation
                anchor = _reporter(verb) or subjects[0].token
                out.append(_Draft(Trigger(spec, verb), subjects, hosts, 0.7, anchor=anchor))
        return out

    def _retribution_foretold(self, sent: Span) -> list[_Draft]:
        """"Putin said Turkey would face serious consequences", "Khamenei said Saudi politicians
        would face divine revenge": a speaker who foretells that an actor will undergo retribution
        threatens it (asserted: the words are the threat)."""
        spec = self._threat_spec
        out = []
        for verb in sent:
            speaker = _reporter(verb)
            if spec is None or speaker is None or verb.lemma_.lower() not in LEX.undergoing_verbs:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children) or any(
                    c.dep_ == "neg" for c in verb.children):
                continue
            fates = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in LEX.retribution_nouns
                     and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)]
            if not fates:  # (not "would face the consequences of climate change")
                continue
            for draft in self._charge(spec, speaker, _verb_subjects(speaker), _verb_subjects(verb), 0.65):
                draft.subjects = [r for r in draft.subjects if self._may_threaten(r.actor)]
                if draft.subjects:
                    out.append(draft)
        return out

    def _may_threaten(self, actor: Actor) -> bool:
        """Whether an actor's forecast of another's fate is a threat: a state, a person, an armed
        group or a political body, not a lender, an agency or a charity that forecasts."""
        return (actor.type in LEX.threatening_speaker_types
                and (self.gaz.key_of(actor.id) or "") not in LEX.forecasting_bodies)

    def _ultimatums(self, sent: Span) -> list[_Draft]:
        """"The Security Council gave Iraq until January 15 to withdraw", "gave the United States,
        Britain and France six months to agree": time given to another actor to act is a demand
        that it act (REQUEST), with a deadline."""
        out = []
        for verb in sent:
            if verb.lemma_.lower() not in DEADLINE_VERBS or verb.pos_ != "VERB" or verb.tag_ == "VBG" \
                    or not _sets_deadline(verb):
                continue  # ("..., giving the two sides 11 months to agree": a consequence, no ultimatum)
            given = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() not in DEADLINE_UNITS]
            # "gave American diplomats 72 hours to leave": envoys told to go are expelled
            expelled = _envoys_told_to_go(given, [t for t in verb.subtree if t.pos_ == "VERB"])
            spec = self._expulsion_spec if expelled else self._request_spec
            # (an actor gives the time: "the agreement gives the president 60 days" is a law's term)
            givers = [t for t in _verb_subjects(verb) if mention_of(t) is not None or t.pos_ in ("PRON", "PROPN")]
            if spec is not None:
                out += self._charge(spec, verb, givers, given, 0.7)
        return out

    def _granted_rights(self, sent: Span) -> list[_Draft]:
        """"Bush said Israel had a right to defend itself", "Obama said Turkey has the right to
        protect its airspace": a speaker who grants an actor the right of self-defence backs it
        (SUPPORT).  Only a right said to be had, in a clause the speaker reports, and not denied
        ("has no right", "does not have the right")."""
        spec = self._support_spec
        out = []
        for right in sent:
            if spec is None or right.lemma_.lower() not in RIGHT_NOUNS or right.dep_ != "dobj":
                continue
            have = right.head
            if have.lemma_.lower() != "have" or not _defends_itself(right) or _denied_right(have, right):
                continue
            speaker = _reporter(have)
            if speaker is None:
                continue
            holders = [c for c in have.children if c.dep_ == "nsubj"]
            out += self._charge(spec, speaker, _verb_subjects(speaker), holders, 0.7)
        return out

    def _charge(self, spec: PatternSpec, at: Token, speakers: list[Token], charged: list[Token],
                confidence: float) -> list[_Draft]:
        """The draft of speakers' charge against others, read at ``at``: the speakers' actors and
        the charged ones that are not themselves (no one is charged by its own words)."""
        subjects = self._resolve_all(speakers)
        own = {r.actor.id for r in subjects}
        objects = [r for r in self._resolve_all(charged) if r.actor.id not in own]
        return [_Draft(Trigger(spec, at), subjects, objects, confidence)] if subjects and objects else []

    def _reported_judgements(self, sent: Span) -> list[_Draft]:
        """"the minister said Russia's seizure of the boats was unlawful", "said the Turkish
        incursion was a serious error": a speaker who reports an actor's act (or the actor) to be
        something condemnable accuses it, as "called the declaration illegal" does.  Only the
        condemning reading: approval said in passing ("said the talks were positive") is too often
        a description of the mood rather than a stance on a party."""
        out = []
        for be in sent:
            speaker = _reporter(be)
            if be.lemma_ != "be" or speaker is None:
                continue
            obj = next((c for c in be.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            preds = [x for c in be.children if c.dep_ in ("attr", "acomp") for x in (c, *c.conjuncts)]
            if obj is None or not preds or any(c.dep_ == "neg" for c in be.children):
                continue
            spec = self._judgement_spec(preds)
            if spec is None or spec.relation.category != "ACCUSE":
                continue
            subjects = self._resolve_all(_verb_subjects(speaker))
            own = {r.actor.id for r in subjects}
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                continue  # "said his use of email was a mistake" is as often the speaker's own act
            owners = self._judged_owners(obj)
            objects = [r for r in owners or self._event_antecedents([obj], subjects) if r.actor.id not in own]
            if subjects and objects:
                out.append(_Draft(Trigger(spec, speaker), subjects, objects, 0.65))
        return out

    def _repetitions(self, sent: Span) -> list[_Draft]:
        """"Norway expelled two envoys, and Denmark followed suit", "Chile announced a similar
        ban": a new subject repeats the act just told, on the same objects; "the president
        announced the pullout": a leader takes on their state's act (``kg.claims.events`` finds the
        act among the claims read so far)."""
        out = []
        for word in sent:
            if word.lemma_.lower() not in REPEAT_CUES or not takes_up_act(word):
                continue
            verb = word if word.pos_ == "VERB" else word.head
            doers = self._resolve_all(_verb_subjects(verb))
            acts = repeated_act(word, doers, self._earlier) or announced_act(word, doers, self._earlier)
            spec = next((sp for sp in self.index.specs if acts and sp.relation.key == acts[0].relation), None)
            if spec is None:
                continue
            objects = list({c.object.id: Resolved(c.object, word, LINK_CONFIDENCE) for c in acts}.values())
            out.append(_Draft(Trigger(spec, verb, noun=word if word is not verb else None), doers, objects, 0.8))
        return out

    def _brokers(self, sent: Span) -> list[_Draft]:
        """"accepted a ceasefire mediated by Malaysia", "a truce negotiated by
        Qatar between Israel and Hamas": the agent of a brokering participle on an agreement or
        talks noun mediated between the parties to it: those after "between", else the subjects
        of the clause the noun is in (a mediator is in CONSULT with each party).  The host of
        talks ("talks hosted by Oman") takes part in them the same way."""
        spec = self._mediation_spec
        out = self._brokered_before(sent)
        for part in sent:
            if spec is None or part.dep_ != "acl" or part.tag_ != "VBN" or not _brokering(part):
                continue
            brokers = self._resolve_all([g for c in part.children if c.dep_ == "agent" for g in c.children
                                         if g.dep_ == "pobj"])
            event = part.head
            if not brokers or event.pos_ not in ("NOUN", "PRON"):
                continue
            between = [g for holder in (event, part) for c in holder.children if c.dep_ == "prep"
                       and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"]
            clause = next((a for a in event.ancestors if a.pos_ in ("VERB", "AUX")
                           and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
            doers = _verb_subjects(clause) if clause is not None and not between and not self._judges(clause) else []
            own = {r.actor.id for r in brokers}
            parties = [r for r in self._resolve_all(between or doers) if r.actor.id not in own]
            if len(parties) >= 2:
                out.append(_Draft(Trigger(spec, part), brokers, parties, 0.65, anchor=clause))
        return out

    def _backers(self, sent: Span) -> list[_Draft]:
        """"Iranian-backed Houthi rebels", "the Soviet-armed MPLA": a hyphened participle whose
        first part names an actor tells what "backed by Iran", "armed by the Soviet Union" would
        (lexicon ``backing_participles``).  The noun's actor is the other party, never the backer
        itself: a backer owns no agents it backs (``kg.nlp.actors``), so "Saudi-backed forces"
        with no other name claim nothing."""
        out = []
        for part in sent:
            verb = BACKING_PARTICIPLES.get(part.lower_)
            if verb is None or part.dep_ != "amod" or part.i < 2 or part.doc[part.i - 1].text != "-":
                continue
            spec = next((sp for sp in self.index.by_lemma.get(("verb", verb), ()) if sp.size == 1), None)
            backer = [c for c in part.children if c.i == part.i - 2 and c.dep_ in _BACKER_DEPS]
            subjects = self._resolve_all(backer) if spec is not None else []
            own = {r.actor.id for r in subjects}
            # the noun itself or a name on it (not its conjuncts, nor "a coalition against IS"),
            # and a person only by name ("Ukraine's Moscow-backed leader" is rarely the one in office)
            phrase = {part.head, *(c for c in part.head.children if c.dep_ in _NAMING_DEPS),
                      *(g for c in part.head.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                        for g in c.children if g.dep_ == "pobj")}  # ("rebels in eastern Ukraine")
            objects = [r for r in self._resolve_all([part.head]) if r.actor.id not in own and r.token in phrase
                       and (r.actor.type != "Person" or part.head.pos_ == "PROPN")]
            if subjects and objects:
                out.append(_Draft(Trigger(spec, part), subjects, objects, 0.7, modality="asserted"))
        return out

    def _purchases(self, sent: Span) -> list[_Draft]:
        """"Egypt bought arms from Czechoslovakia", "Turkey's purchase of S-400 missiles from
        Russia": a state that sells arms to another arms it (AID), as one that supplies them
        does.  Only arms and aid goods (lexicon ``aid_goods``), and only a seller named after
        "from" on the word or on the goods; the buyer is the verb's subject or the noun's owner."""
        spec = self._aid_spec
        out = []
        for word in sent:
            if spec is None or word.lemma_.lower() not in PURCHASE_WORDS:
                continue
            if word.pos_ == "VERB":
                goods = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
                buyers = [] if any(c.dep_ == "nsubjpass" for c in word.children) else _verb_subjects(word)
            elif word.pos_ == "NOUN":
                goods = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]
                buyers = [c for c in word.children if c.dep_ in ("poss", "amod", "compound") and c.i < word.i]
            else:
                continue
            goods = _expand_conjuncts(goods)
            if not any(g.lemma_.lower() in AID_GOODS or g.lower_ in AID_GOODS for g in goods):
                continue
            buying = self._resolve_all(buyers, modifier=word.pos_ == "NOUN")
            own = {r.actor.id for r in buying}
            sellers = [r for r in self._resolve_all(_from_objects(word, *goods)) if r.actor.id not in own]
            if buying and sellers:
                out.append(_Draft(Trigger(spec, word), sellers, buying, 0.7))
        return out

    def _due_visits(self, sent: Span) -> list[_Draft]:
        """"Begin is due in Washington on Tuesday", "the envoy is expected in Cairo next week": a
        visit announced for later (hypothetical), of the place's state (lexicon
        ``arrival_predicates``; "due to visit", with its own verb, is read at that verb)."""
        spec = self._visit_spec
        out = []
        for word in sent:
            if spec is None or word.lower_ not in ARRIVAL_PREDICATES:
                continue
            if word.dep_ == "acomp" and word.head.lemma_ == "be":
                holders = _verb_subjects(word.head)  # "is due in"
            elif word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
                holders = [c for c in word.children if c.dep_ == "nsubjpass"]  # "is expected in"
            else:
                continue
            places = [g for c in word.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i > word.i
                      for g in c.children if g.dep_ == "pobj"]  # (not "In Los Cabos, Obama is expected to meet")
            visitors = self._resolve_all(holders) if places else []
            own = {r.actor.id for r in visitors}  # (a trip home is dropped in _claims, as a state and its national)
            hosts = [r for r in self._resolve_all(places) if r.actor.id not in own]
            if visitors and hosts:
                out.append(_Draft(Trigger(spec, word), visitors, hosts, 0.7, modality="hypothetical"))
        return out

    def _brokered_before(self, sent: Span) -> list[_Draft]:
        """"Peru and Ecuador signed an accord ... The accord was brokered by Brazil", "Trump, who
        brokered both deals": a broker of an agreement told before mediated between its parties
        (the agreement's claims say who they are; see ``kg.claims.events``)."""
        spec = self._mediation_spec
        out = []
        for verb in sent:
            if spec is None or verb.pos_ != "VERB" or verb.dep_ == "acl" or verb.lemma_.lower() not in BROKERING_VERBS:
                continue
            if any(c.dep_ == "auxpass" for c in verb.children):
                brokers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                events = [c for c in verb.children if c.dep_ == "nsubjpass"]
            else:
                brokers = [relative_antecedent(t) for t in _verb_subjects(verb)]
                events = [c for c in verb.children if c.dep_ == "dobj"]
            events = [e for e in events if e.lemma_.lower() in AGREEMENT_NOUNS and is_definite(e)]
            found = self._resolve_all(brokers)
            if not found or not events:
                continue
            own = {r.actor.id for r in found}
            # the parties are the states whose envoys signed ("Netanyahu signed with the Emirati
            # foreign minister": Israel and the Emirates)
            parties = {p.actor.id: p for p in (
                replace(r, actor=self._state_of(r.actor) or r.actor) if r.actor.type == "Person" else r
                for r in event_antecedents(events, found, self._earlier)) if p.actor.id not in own}
            if len(parties) >= 2:
                out.append(_Draft(Trigger(spec, verb), found, list(parties.values()), 0.6))
        return out

    def _judges(self, verb: Token) -> bool:
        """Whether a verb only takes a stance on what it governs ("welcomed", "rejected",
        "condemned the truce brokered by X"): its subjects judge the deal from outside and are
        no parties to it, unlike those who agree to or sign it."""
        lemma = verb.lemma_.lower()
        specs = self.index.by_lemma.get(("verb", lemma), ())
        return lemma in JUDGING_VERBS or (bool(specs) and all(sp.relation.category in STANCE_CATEGORIES
                                                               for sp in specs))

    def _judgement_spec(self, predicates: list[Token]) -> PatternSpec | None:
        """The ACCUSE or SUPPORT wording a predicate's words call for, if any."""
        words = {t.lemma_.lower() for p in predicates for t in (p, *p.children, *_act_kind(p)) if t.dep_ != "det"}
        if words & CONDEMNING_WORDS:
            return self._accuse_spec
        if words & APPROVING_WORDS:
            return self._support_spec
        return None

    def _culpability(self, sent: Span) -> list[_Draft]:
        """"Washington believed Russia was responsible", "said Washington bore full
        responsibility for the deaths": a speaker who holds another actor culpable accuses it."""
        spec = self._accuse_spec
        out = []
        for tok in sent:
            if spec is None or tok.lemma_.lower() not in CULPABILITY_WORDS:
                continue
            held = tok.head  # "was (responsible)", "bore (responsibility for)"
            if not ((tok.dep_ == "acomp" and held.lemma_ == "be")
                    or (tok.dep_ == "dobj" and held.lemma_.lower() in ("bear", "have") and _has_prep(tok, "for"))):
                continue  # ("has a responsibility to provide options" is a duty)
            if any(c.dep_ == "neg" for c in held.children):
                continue  # "said Iraq was not responsible" clears it
            speaker = _reporter(held)
            if speaker is None:
                continue
            if not _blames(tok):
                continue  # "responsible for the success of the surge" is credit, "for security" a task
            named = [c for c in held.children if c.dep_ == "nsubj" and (mention_of(c) is not None or c.pos_ == "PRON")]
            out += self._charge(spec, speaker, _verb_subjects(speaker), named, 0.7)
        return out

    def _reported_wrongs(self, sent: Span) -> list[_Draft]:
        """"China said Vietnam had violated the accord", "Ethiopia said Egypt was trying to
        destabilise the region": a speaker who reports another actor's wrongdoing accuses it,
        though the wrong names no second actor to make a claim of its own.  Not a wrong the
        report clears ("had not violated"), nor one only foreseen ("would violate")."""
        spec = self._accuse_spec
        out = []
        for verb in sent:
            if spec is None or not _wrongdoing(verb):
                continue
            report = _reporting_clause(verb)
            if report is None:
                continue
            out += self._charge(spec, report, _verb_subjects(report), _verb_subjects(verb), 0.6)
        return out

    def _concerns(self, sent: Span) -> list[_Draft]:
        """"Japan voiced concern over Seoul's decision", "the Commission said it was disappointed
        by the move", "regretted the expulsions": disapproval of an act accuses its doer (the
        owner named on the act, else the earlier claim an event noun refers to).  Only of an act:
        concern "about Ukraine's future" or "for the hostages" is no charge against anyone."""
        spec = self._accuse_spec
        out = []
        for word in sent:
            holder = _concern_holder(word) if spec is not None else None
            if holder is None or any(c.dep_ == "neg" for c in holder.children):
                continue
            acts = [a for a in _concern_objects(word) if a.lemma_.lower() in DISAPPROVED_ACTS
                    or a.lower_ in DISAPPROVED_ACTS]
            voicers = [c for c in holder.children if c.dep_ == "nsubjpass"] or _verb_subjects(holder)
            subjects = self._resolve_all(voicers) if acts else []
            own = {r.actor.id for r in subjects}
            objects = [r for a in acts for r in (self._judged_owners(a) or self._event_antecedents([a], subjects))
                       if r.actor.id not in own]
            if subjects and objects:
                out.append(_Draft(Trigger(spec, self._own_report(holder, own)), subjects, objects, 0.6))
        return out

    def _own_report(self, clause: Token, speakers: set[str]) -> Token:
        """The report verb above a clause when its speakers are the clause's own subjects ("the
        Commission said it was disappointed" states its own stance, told as a fact), else the
        clause itself."""
        report = _reporter(clause)
        if report is None:
            return clause
        said_by = {r.actor.id for r in self._resolve_all(_verb_subjects(report))}
        return report if said_by and said_by == speakers else clause

    def _event_antecedents(self, tokens: list[Token], subjects: list[Resolved]) -> list[Resolved]:
        """"condemned the attack", "rejected the accords": a definite event noun that names no
        party refers back to an act reported earlier in the document, and a stance on the act is
        a stance on its doer.  Linking across sentences is a document-level step, kept in
        ``kg.claims.events``.  A coup or a weapons test, which no claim records, is read back at
        the clause that told of it ("seized power", "detonated a device")."""
        found = event_antecedents(tokens, subjects, self._earlier)
        if found:
            return found
        own = {r.actor.id for r in subjects}
        return [replace(r, confidence=r.confidence * LINK_CONFIDENCE)
                for r in self._resolve_all(lone_act_doers(tokens)) if r.actor.id not in own]

    def _resolve_all(self, tokens: Iterable[Token], modifier: bool = False) -> list[Resolved]:
        """Actors for argument heads, with coordination expanded; an appositive names the
        actor when the head does not ("the country, Iran,"), and so does the possessor of an
        event noun ("support for Russia's annexation" is support for Russia)."""
        out: list[Resolved] = []
        seen: set[str] = set()
        for tok in _expand_conjuncts(tokens):
            # ("the other members, Italy and Belgium,": every name of a plural head's appositive
            # list; after a singular head a conjunct is the next item of a list the head is in)
            listed = tok.tag_ in ("NNS", "NNPS") and (tok.lemma_.lower() in LEX.listing_nouns or is_relational(tok))
            appos = [r for c in tok.children if c.dep_ == "appos" for t in (c, *(c.conjuncts if listed else ()))
                     for r in resolve_head(t, self.gaz)]
            appos += [r for t in _listed_leaders(tok) for r in resolve_head(t, self.gaz) if r.actor.type == "Person"]
            named = mention_of(tok) is not None
            # "the two countries agreed", "urged both governments", "each side accused the other":
            # the pair the claims before most often join, else (resolve_head) the last two named
            paired = tok if pair_kind(tok) is not None else _pair_of_agents(tok, self.gaz)
            found = self._pair(paired) if paired is not None else []
            # "Pakistan's closest ally, China,": the appositive names the actor.
            if not found:
                found = resolve_head(tok, self.gaz, modifier=modifier) if named or not appos else appos
            if not found:
                found = appos
            if not found and tok.dep_ == "appos" and tok.pos_ == "NOUN" and mention_of(tok.head) is not None:
                # "the Western Somali Liberation Front, a guerrilla movement armed by Somalia":
                # the appositive noun is the actor named before it
                found = resolve_head(tok.head, self.gaz)
            if not found and tok.pos_ == "NOUN" and not is_relational(tok):
                found = [self._owner(c, r) for c in tok.children if c.dep_ == "poss" for r in resolve_head(c, self.gaz)]
            if not found and tok.pos_ == "NOUN":
                # "groups including the Muslim Brotherhood and al-Qaeda": the examples are the actors.
                # ("leaders such as the French president Emmanuel Macron": an example named by apposition)
                examples = _examples(tok)
                found = self._resolve_all(examples) if examples else []
            if not found and tok.pos_ == "NOUN":
                # "a network led by Abu Musab al-Zarqawi", "a rebel force led by Castillo Armas": the
                # actor who leads the group.
                found = [replace(r, confidence=r.confidence * 0.85) for g in _leaders(tok)
                         for r in resolve_head(g, self.gaz)]
            found = [r for r in found if not self._not_the_owner(tok, r)]
            for r in found:
                if r.actor.id not in seen and r.actor.type != "Location":
                    seen.add(r.actor.id)
                    out.append(r)
        return out

    def _pair(self, tok: Token) -> list[Resolved]:
        """The two parties "the two countries", "both sides" or "each side" stand for, found
        through the claims before them (``kg.claims.events.pair_referents``), never with the
        clause's own subject ("Britain urged both sides to talk"); "the other" after "each side"
        is read by ``_reciprocal``."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subjects = [] if verb is None or tok.dep_ in ("nsubj", "nsubjpass") else _verb_subjects(verb)
        own = frozenset(a.id for t in subjects for r in resolve_head(t, self.gaz)
                        for a in (r.actor, self._state_of(r.actor)) if a is not None)
        return pair_referents(tok, self._earlier, self._state_of, own)

    def _state_of(self, person: Actor) -> Actor | None:
        """A person's state, as the gazetteer knows it (for "the two countries" after two leaders)."""
        entry = self.gaz.entries.get(person.country or "")
        return entry.actor() if entry is not None and entry.type == "State" else None

    def _of_party(self, of_objects: list[Token]) -> list[Resolved]:
        """"X, a close ally of Y": the of-object names the other party as a possessive would.
        A coordinated title with its own complement is the first party's next role, not a
        second party ("an ally of Cameron and Chancellor of the Exchequer"); and a "managing
        partner of" a firm is a job, so callers leave "partner" out."""
        titles = {r.actor.id for o in of_objects for t in o.conjuncts if any(c.dep_ == "prep" for c in t.children)
                  for r in resolve_head(t, self.gaz)}
        return [r for r in self._resolve_all(of_objects) if r.actor.id not in titles]

    def _target_preps(self, noun: Token) -> set[str]:
        """The prepositions that name whom an event noun of the vocabulary is done to ("invasion
        of", "attack on"): never "by", which names the doer, nor those of an act between two
        sides ("talks with Hamas": Hamas takes part)."""
        return {p for sp in self.index.by_lemma.get(("noun", noun.lemma_.lower()), ())
                if not sp.relation.symmetric for p in sp.noun_preps if p != "by"}

    def _not_the_owner(self, tok: Token, found: Resolved) -> bool:
        """Actors that a noun phrase names without standing for them: the target of an event
        noun ("condemned the Russian invasion of Ukraine" condemns Russia, not Ukraine), and the
        state an inquiry is about ("criticised the Russia investigation", "cooperating with the
        Russia probe" are no stance on Russia and no cooperation with it)."""
        by = found.token
        if by.i == tok.i:
            return by.dep_ == "compound" and by.head.lemma_.lower() in TOPIC_NOUNS and found.actor.type == "State"
        if by.head.i == tok.i:
            return by.dep_ == "compound" and tok.lemma_.lower() in TOPIC_NOUNS and found.actor.type == "State"
        if by.dep_ == "pobj" and by.head.head.i == tok.i:
            return by.head.lower_ in self._target_preps(tok)
        return False

    def _border_party(self, tok: Token) -> list[Resolved]:
        """"massed troops on the border with Ukraine", "near the Ukrainian border", "into Taiwan's
        airspace": the country a border noun belongs to is the one forces are deployed against."""
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
        found = self._resolve_all(mods, modifier=True)
        if not found:
            found = self._resolve_all([g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "of")
                                       for g in c.children if g.dep_ == "pobj"])
        return [replace(r, confidence=r.confidence * 0.9) for r in found]

    # -- claims ------------------------------------------------------------------------------------
    def _claims(self, draft: _Draft, sent: Span, times: list) -> list[Claim]:
        trig = draft.trigger
        rel = trig.spec.relation
        doc = sent.doc
        anchor = draft.anchor or trig.token
        reading = ModalityReading(draft.modality) if draft.modality else read_modality(anchor)
        if reading.signal is not None and reading.signal.lemma_.lower() in REQUEST_GOVERNORS \
                and trig.spec.relation.category != "REQUEST":
            return []  # what X is asked to do: the request is the claim ("called on B to withdraw")
        claimant = None
        if reading.claimant is not None:
            found = resolve_head(reading.claimant, self.gaz)
            claimant = found[0].actor if found else None
        modality = reading.modality
        # a claim read at another word (a mediation at the agreement it led to) still spans
        # the stretch its own word counts: "concluding ten days of talks mediated by Riyadh"
        date = stretch_span(trig.token, sent, times) if draft.anchor is not None else None
        date = date or pick_date(anchor, sent, times, doc._.published, modality)
        location = self._location(trig, draft)
        pairs = list(product(draft.subjects, draft.objects)) if draft.objects else \
            [(a, b) for i, a in enumerate(draft.subjects) for b in draft.subjects[i + 1:]]
        meta = doc._.meta or {}
        out = []
        acts: list[tuple[Claim, list[Actor]]] = []  # each claim of the act itself, with its doers
        for s, o in pairs:
            if s.actor.id == o.actor.id or _state_and_own_national(s.actor, o.actor):
                continue
            if "Media" in (s.actor.type, o.actor.type):
                # "spoke to the Associated Press": an interview, not diplomacy; "Fox News asked
                # the campaign for comment", "told CNN they had arrested ...": outlets report,
                # interview and are quoted, they are no party to the acts they cover
                continue
            if _private_trip(trig.spec.relation, s.actor):
                continue
            conf = round(max(0.0, min(1.0, draft.confidence * min(s.confidence, o.confidence)
                                      * (1.0 if claimant or modality == "asserted" else 0.9))), 3)
            ev = Evidence(doc=meta.get("id", ""), sentence=sent.text, start=sent.start_char, end=sent.end_char,
                          source=meta.get("source"), title=meta.get("title"), published=meta.get("published"),
                          publisher=meta.get("publisher"), trigger=_trigger_text(trig), confidence=conf)
            subject, obj = (s.actor, o.actor)
            rel = self._material(trig, obj) or trig.spec.relation
            if rel.symmetric and subject.id > obj.id:
                subject, obj = obj, subject  # one canonical order, so A-B and B-A are one claim
            own = modality == "alleged" and _announced(claimant, s.actor, rel, trig.token)
            claim = Claim(subject=subject, relation=rel.key, category=rel.category, object=obj, date=date,
                          modality="asserted" if own else modality,
                          attributed_to=claimant if modality != "asserted" and not own else None,
                          location=location, confidence=conf, evidence=[ev])
            out.append(claim)
            acts.append((claim, [s.actor, o.actor] if rel.symmetric else [s.actor]))
            out.extend(self._implied(claim, reading, s.actor, o.actor, trig.token, (sent, times)))
        return out + self._requested(acts, trig.token)

    def _material(self, trig: Trigger, obj: Actor) -> Relation | None:
        """The relation a wording takes where its context changes it, else None: "Doha supports
        al-Qaeda", "Tehran backs the Houthis": backing an armed group is material support (AID in
        the project's categories), not the verbal SUPPORT that "backing" a government's position
        is; forces a host asked for come to its aid; a leader dismissed is coerced; an envoy
        ordered to leave is expelled."""
        if (trig.spec.relation.category == "SUPPORT" and trig.spec.size == 1 and trig.spec.lemma in MATERIAL_BACKING
                and obj.type == "ArmedGroup" and "aids" in self.relations):
            return self.relations["aids"]
        if trig.spec.relation.category == "MOBILIZE" and "aids" in self.relations and (
                _sent_to_help(trig.token) or self._asked_by(trig.token, obj)):
            # "sent troops to Iraq to help the government", "crossed into Somalia at the
            # request of the Somali government": forces a host asked for come to its aid
            return self.relations["aids"]
        if (trig.spec.lemma in REMOVAL_VERBS and trig.spec.size == 1 and obj.type == "Person"
                and "coerces" in self.relations and self._removed(trig.token, obj)):
            return self.relations["coerces"]  # "dismissed Prime Minister X": removed from office
        if trig.spec.relation.category == "REQUEST" and EXPULSION_RELATION in self.relations and _expels(trig.token):
            return self.relations[EXPULSION_RELATION]
        if (trig.spec.relation.category == "REQUEST" and trig.spec.lemma == "call" and obj.type == "Person"
                and MEETING_RELATION in self.relations and _paid_call(trig.token)):
            return self.relations[MEETING_RELATION]  # "Macmillan called on Khrushchev at the embassy"
        if trig.spec.relation.key == VISIT_RELATION and trig.spec.kind == "verb":
            # "Ugandan peacekeepers arrived in Mogadishu" come to its aid; other troops that
            # arrive are a deployment; neither is a visit
            if _peacekeepers(_verb_subjects(trig.token)) or (_mover_is_force(trig.token) and (
                    _sent_to_help(trig.token) or self._asked_by(trig.token, obj))):
                return self.relations.get(AID_RELATION)  # ("arrived at the request of the government")
            if _mover_is_force(trig.token):
                return self.relations.get(DEPLOYMENT_RELATION)
        return None

    def _removed(self, verb: Token, person: Actor) -> bool:
        """Whether the person is the verb's own object ("dismissed the prime minister"), not
        the owner of what is dismissed ("dismissed Trump's remarks" rejects words), nor judged
        ("dismissed him as a liar")."""
        if any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
            return False
        return any(r.actor.id == person.id for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                   for t in [c, *c.conjuncts] for r in resolve_head(t, self.gaz))

    def _implied(self, claim: Claim, reading, actor: Actor, target: Actor, trigger: Token | None = None,
                 context: tuple[Span, list] | None = None) -> list[Claim]:
        """Claims the wording states besides the relation itself: a threat to act is an
        asserted THREATEN claim, and so is a harmful act made conditional ("will withdraw its
        force unless ...", "could use force if ..."); a third party's report of hostile acts
        is an accusation.  ``context`` (the sentence and its time mentions) dates each derived
        claim at its own words."""
        signal = reading.signal
        if signal is None:
            return []
        ev = claim.evidence[0]
        if context is not None and trigger is not None:
            # the threat, pledge or accusation is made when it is uttered ("threatened on Monday
            # to close the strait next week"), not when the act it is about would happen
            sent, times = context
            claim = replace(claim, date=pick_date(_utterance(signal, trigger), sent, times,
                                                  sent.doc._.published, "asserted"))
        holder = _condition_holder(trigger) if trigger is not None else None
        condition = _condition(holder) if holder is not None and claim.modality == "hypothetical" else None
        if condition is not None and "threatens" in self.relations and (
                claim.category in HOSTILE_CATEGORIES or (condition == "unless" and claim.category in CONDITIONAL_THREATS)):
            return [self._derived(claim, "threatens", actor, target, replace(ev, trigger=f"{trigger.text} ... {condition}"))]
        offered = signal.lemma_.lower() in OFFER_SIGNALS
        # "offered to send troops to Lebanon": troops offered are a pledge, not a threat
        promise = offered and (claim.category in COOPERATIVE_CATEGORIES or claim.category == "MOBILIZE")
        if (claim.modality == "hypothetical" and signal.lemma_.lower() in THREAT_VERBS and not promise
                and "threatens" in self.relations):
            # ("vowed to protect Taiwan" promises; it threatens no one)
            return [self._derived(claim, "threatens", actor, target, replace(ev, trigger=signal.text))]
        if (claim.modality == "hypothetical" and (claim.category in COOPERATIVE_CATEGORIES or promise)
                and signal.lemma_.lower() in PROMISE_SIGNALS and signal.pos_ != "NOUN" and "pledgesTo" in self.relations
                and not _hedges(signal, trigger)
                and (claim.category != "CONSULT" or signal.lemma_.lower() in OFFER_SIGNALS)):
            # (an "offer of talks" is made by whoever the noun says, not necessarily the subject)
            return [self._derived(claim, "pledgesTo", actor, target, replace(ev, trigger=signal.text))]
        refusal = _refusal_modal(trigger) if trigger is not None and claim.modality == "negated" else None
        if refusal is not None and (claim.category in COOPERATIVE_CATEGORIES or claim.relation in REFUSABLE_RELATIONS) \
                and "rejects" in self.relations and (claim.relation not in WITHHELD_STANCES or _stance_on_thing(trigger)):
            # "Obama said he would not provide support to Israel": declining to act is a refusal.
            return [self._derived(claim, "rejects", actor, target,
                                  replace(ev, trigger=f"{refusal.text} not {trigger.text}",
                                          confidence=round(ev.confidence * 0.9, 3)))]
        if (trigger is not None and claim.modality == "negated" and claim.relation in WITHHELD_STANCES
                and trigger.pos_ == "VERB" and _has_own_negation(trigger) and "rejects" in self.relations
                and _stance_on_thing(trigger)):
            # "said he did not recognise the military government": a stance withheld rejects
            return [self._derived(claim, "rejects", actor, target,
                                  replace(ev, trigger=f"not {trigger.text}", confidence=round(ev.confidence * 0.9, 3)))]
        if (claim.modality == "alleged" and claim.attributed_to is not None and claim.category in ACCUSABLE_CATEGORIES
                and not _own_act(claim.attributed_to, actor, target) and "accuses" in self.relations
                and trigger is not None and trigger.lemma_.lower() not in PREVENTING_VERBS
                and not _approved(trigger, signal)
                and claim.attributed_to.type != "Media" and claim.attributed_to.sector != "MED"):
            # (reporting that X prevented an attack is no accusation of X; a newspaper, state
            # media included, that reports an act is the source of the news, not a party
            # accusing anyone)
            return [self._derived(claim, "accuses", claim.attributed_to, actor,
                                  replace(ev, trigger=signal.text, confidence=round(ev.confidence * 0.8, 3)))]
        return []

    def _askers(self, verb: Token) -> list[Actor]:
        """The actors an act was done at the request of ("at the request of X", "at X's request")."""
        return [r.actor for t in _requesters(verb) for r in resolve_head(t, self.gaz)]

    def _asked_by(self, verb: Token, actor: Actor) -> bool:
        """Whether the act was done at this actor's request, or, for a state, at its leader's
        ("Senegalese troops, flown in at the request of President Jawara" came to the Gambia's aid)."""
        return any(a.id == actor.id or (actor.type == "State" and a.type == "Person"
                                        and (led_state(a, verb.doc, self.gaz) or a).id == actor.id)
                   for a in self._askers(verb))

    def _requested(self, acts: list[tuple[Claim, list[Actor]]], verb: Token) -> list[Claim]:
        """"sent a battalion at the request of Chad's president", "acted at Lima's request": whoever
        asked for an act asked it of the act's doers (both sides of a meeting; once per doer, and
        not of itself).  Only the act's own claims count (not a reporter's accusation derived from
        one: the reporter was asked nothing), and the request is as sure as the act: alleged by
        whoever alleges the act, hypothetical with it."""
        asked = self._askers(verb)
        if not asked or "requests" not in self.relations:
            return []
        out, seen = [], set()
        for claim, doers in acts:
            for asker, doer in product(asked, doers):
                if (asker.id, doer.id) in seen or asker.id == doer.id or claim.modality in ("negated", "denied"):
                    continue
                seen.add((asker.id, doer.id))
                ev = claim.evidence[0]
                request = self._derived(claim, "requests", asker, doer, replace(
                    ev, trigger="at the request of", confidence=round(ev.confidence * 0.9, 3)))
                out.append(replace(request, modality=claim.modality, attributed_to=claim.attributed_to))
        return out

    def _derived(self, claim: Claim, relation: str, subject: Actor, obj: Actor, ev: Evidence) -> Claim:
        rel = self.relations[relation]
        return Claim(subject=subject, relation=rel.key, category=rel.category, object=obj, date=claim.date,
                     modality="asserted", location=claim.location, confidence=ev.confidence, evidence=[ev])

    def _location(self, trig: Trigger, draft: _Draft) -> Actor | None:
        """A place in the trigger's phrase ("met ... in Vladivostok") that is not an argument."""
        args = {r.token.i for r in draft.subjects + draft.objects}
        roots = [trig.token] + ([trig.noun] if trig.noun is not None else [])
        for root in roots:
            for tok in root.subtree:
                if tok.i in args or tok.dep_ != "pobj":
                    continue
                prep = tok.head
                if prep.lower_ not in ("in", "at", "of") or (
                        prep.lower_ == "of" and prep.head.lemma_.lower() not in SETTLEMENT_NOUNS):
                    continue  # "the city of X", "the province of X" name where; "of X" elsewhere whose
                span = mention_of(tok)
                if span is None or span._.actor is None:
                    continue
                a = span._.actor
                if a.type == "Location":
                    return a
                if span._.mention_kind == "metonym":  # "in Pyongyang": the city, not the state
                    return Actor(id=mint_iri("place", span.text), label=span.text, type="Location",
                                 country=a.country)
        return None

    def _denials(self, doc: Doc, claims: list[Claim]) -> list[Claim]:
        """"Both Russia and North Korea have denied the accusation": each denier denies the
        alleged claims of the preceding sentences (within ``DENIAL_WINDOW``) that concern it;
        "denied any involvement" only those it was said to have done; "..., which Kampala
        denies" those of its own sentence."""
        out: list[Claim] = []
        for tok in doc:
            reading = self._denial(tok)
            if reading is None:
                continue
            subj, kind = reading
            deniers = self._resolve_all([subj]) if subj is not None else []
            window_start = max(0, tok.sent.start_char - DENIAL_WINDOW)
            recent = [c for c in claims if c.modality == "alleged" and (
                c.evidence[0].start == tok.sent.start_char if kind == "sentence"
                else window_start <= c.evidence[0].start < tok.sent.start_char)]
            for d in deniers:
                for c in recent:
                    if not _denies(d.actor, c, own_acts=kind == "own"):
                        continue
                    ev = replace(c.evidence[0], sentence=tok.sent.text, start=tok.sent.start_char,
                                 end=tok.sent.end_char, trigger=tok.text, confidence=round(c.confidence * 0.9, 3))
                    out.append(Claim(subject=c.subject, relation=c.relation, category=c.category, object=c.object,
                                     date=c.date, modality="denied", attributed_to=d.actor, location=c.location,
                                     confidence=ev.confidence, evidence=[ev], disputes=c.id))
        return out

    @staticmethod
    def _denial(tok: Token) -> tuple[Token | None, str] | None:
        """The denier at a deny verb and what it answers: "claim" (the earlier accusation it
        names: "denied the charges", "rejected the accusation"), "own" (its own part in the acts
        reported earlier: "denied any involvement"), "sentence" (what its own sentence reported:
        "..., which Kampala denies")."""
        reading = denied_noun_reading(tok)
        if reading is not None:
            return reading[0], "claim"
        for read, kind in ((relative_denial_reading, "sentence"), (disowning_reading, "own")):
            reading = read(tok)
            if reading is not None:
                return reading[0], kind
        return None


# -- parse helpers ------------------------------------------------------------------------------------

class _Lazy:
    """A value computed on first use: a sentence's time mentions are read only when it gives a
    claim (most sentences with a cue word or a trigger give none)."""

    def __init__(self, compute: Callable[[], Any]) -> None:
        self._compute: Callable[[], Any] | None = compute
        self._value: Any = None

    @property
    def value(self) -> Any:
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value


def _by_sentence(triggers: list[list[Trigger]], starts: list[int]) -> dict[int, list[list[Trigger]]]:
    """Trigger readings grouped by the number of their sentence, in document order: a long
    article has thousands of triggers, and filtering all of them for every sentence made the
    claims stage quadratic in the article's length."""
    out: dict[int, list[list[Trigger]]] = {}
    for cands in triggers:
        out.setdefault(bisect_right(starts, cands[0].token.i) - 1, []).append(cands)
    return out


def _receives_goods(trig: Trigger) -> bool:
    """Whether a meeting wording's "receive" (the one word that is both a meeting wording and one of
    the lexicon's receiving_verbs) takes aid goods ("received arms", "receives most of its
    weapons") rather than visitors."""
    verb = trig.token
    if trig.spec.relation.category != "CONSULT" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return False
    goods = [c for c in verb.children if c.dep_ == "dobj"]
    goods += [g for t in goods for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]  # "most of its arms"
    return any(g.lemma_.lower() in AID_GOODS or g.lower_ in AID_GOODS for g in goods)


def _brokering(part: Token) -> bool:
    """A participle whose agent brokered the event noun it modifies: "a truce brokered by", or
    "talks hosted by" (a host of a gathering, not of a truce)."""
    lemma = part.lemma_.lower()
    return lemma in BROKERING_VERBS or (lemma in HOSTING_VERBS and part.head.lemma_.lower() in HELD_GATHERINGS)


def _wording(spec: PatternSpec) -> str:
    """A verb wording as the vocabulary spells it ("raise concern with")."""
    return " ".join(w for w in (spec.lemma, spec.noun, spec.particle, spec.prep) if w)


def _reported(tok: Token) -> bool:
    """Whether a token stands in a clause someone reports ("said his government had ...")."""
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in REPORT_VERBS for a in [tok, *tok.ancestors])


def _pair_of_agents(tok: Token, gaz: Gazetteer) -> Token | None:
    """The pair phrase whose agents a noun names ("leaders in both countries", "officials of the
    two governments"): the agents stand for the two parties as the phrase would."""
    if tok.pos_ != "NOUN" or agent_sector(tok, gaz) is None:
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                 for g in c.children if g.dep_ == "pobj" and pair_kind(g) is not None), None)


def _shared_object(verb: Token) -> list[Token]:
    """The object a verb with none of its own shares with the verb coordinated with it: "Britain
    condemned and sanctioned Russia" (the second verb's object, joined by "and"/"or", when that
    verb has no subject of its own), "which arm and finance Hezbollah" (the first verb's object,
    when the parser hung it there).  A verb with a clause, a particle or a preposition of its own
    shares nothing."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative", "prt", "nsubjpass") for c in verb.children):
        return []
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "which arm and finance Hezbollah" parsed with the object on the first verb: an object
        # after the second verb is shared by it
        return [t for o in verb.head.children if o.dep_ == "dobj" and o.i > verb.i for t in (o, *o.conjuncts)]
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in verb.children):
        return []
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if second is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return []
    objects = [c for c in second.children if c.dep_ == "dobj"]
    return [t for o in objects for t in (o, *o.conjuncts)]


def _stance_on_thing(verb: Token) -> bool:
    """Whether a withheld stance is taken on something of the other party's, not on the party by
    name: "did not recognise the military government", "does not recognise the limit",
    "did not recognise Maduro's authority" reject its holder; "has not recognised Boluarte" and
    "would not recognise Kosovo" only withhold recognition (negated)."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and mention_of(c) is None for c in verb.children)


def _reporter(clause: Token) -> Token | None:
    """The verb of saying whose reported clause ``clause`` is ("said Israel had a right to ...",
    "said it would not send a team"), if it is one."""
    return clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORT_VERBS else None


def _withheld(verb: Token) -> bool:
    """Whether a verb's act is withheld: negated ("would not send") or refused ("refused to
    send", "declined to send")."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSE_VERBS)


def _town_state(place: Token, gaz: Gazetteer) -> Actor | None:
    """The state of a town named by a place token and the proper nouns compounded before it
    ("Los Angeles" in "the Los Angeles Olympics", which the tagger takes for one name)."""
    words = [t for t in place.subtree if t.pos_ == "PROPN" and t.i <= place.i]
    code = town_country(" ".join(t.text for t in words)) if words else None
    entry = gaz.entries.get(code) if code else None
    return entry.actor() if entry is not None and entry.type == "State" else None


def _sets_deadline(verb: Token) -> bool:
    """Whether "give" gives time to act: a span of time ("six months", "48 hours") or "until" a
    date, and an infinitive of what is to be done, wherever the parser hangs it."""
    times = [c for c in verb.children if c.lemma_.lower() in DEADLINE_UNITS and c.dep_ in ("dobj", "npadvmod", "dative")]
    untils = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in DEADLINE_PREPS]
    if not times and not untils or any(c.dep_ == "neg" for c in verb.children):
        return False
    holders = [verb, *times, *(g for u in untils for g in u.subtree)]  # ("until 15 January to leave")
    return any(c.dep_ in ("xcomp", "advcl", "acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for h in holders for c in h.children)


def _defends_itself(right: Token) -> bool:
    """Whether a right is one of self-defence: its infinitive defends or protects (lexicon
    ``self_defence_verbs``), whatever it protects ("itself", "its airspace")."""
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in SELF_DEFENCE_VERBS for c in right.children)


def _denied_right(have: Token, right: Token) -> bool:
    """"did not have the right", "has no right": a right withheld, not granted."""
    return any(c.dep_ == "neg" for c in have.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in right.children)


def _verb_subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or the one it shares with its governor ("X met Y and signed ...",
    "X plans to visit Y", "X joined China in opposing ...")."""
    tok, hops = verb, 0
    while hops < 4:
        # ("KINSHASA — Moroccan troops began ...": the dateline's city is no subject; the story's
        # subject may hang on it as its apposition)
        subj = [a for c in tok.children if c.dep_ == "nsubj"
                for a in ([g for g in c.children if g.dep_ == "appos"] if in_dateline(c) else [c])]
        mark = next((c for c in tok.children if c.dep_ == "mark"), None)
        if len(subj) > 1 and mark is not None and any(t.i > mark.i for t in subj):
            # a subject before the clause's "after"/"when" is another clause's: "Australia,
            # which imposed bans after Bainimarama ousted Qarase, welcomed" hangs both names
            # on "ousted"
            subj = [t for t in subj if t.i > mark.i]
        if subj:
            return subj
        if hops > 0 and tok.lemma_.lower() in RAISING_VERBS:
            # "Vance is expected to travel to Jordan": the raised subject does the travelling.
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if subj:
                return subj
        if (tok.dep_ == "xcomp" or asked_infinitive(tok)) and tok.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            # "prompted Mexico to break off relations": the one prompted acts, not the prompter.
            if commands_force(tok.head):
                # "the president ordered the navy to escort the convoy": the commander acts
                tok, hops = tok.head, hops + 1
                continue
            controller = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")] or [
                g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
                for g in c.children if g.dep_ == "pobj"]  # "called on Belgium to withdraw"
            if controller:
                return controller
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = reporting_verb(tok) or tok.head
            hops += 1
            continue
        if (hops > 0 and tok.dep_ == "acomp" and tok.head.lemma_ == "be"
                and tok.lemma_.lower() in DISPOSITION_ADJECTIVES):
            # "Iran is willing to negotiate with ...", "the envoy is due to meet ...": the
            # subject of the predicate adjective does what its infinitive says
            tok = tok.head
            hops += 1
            continue
        if tok.dep_ == "acl" and hops == 0:
            holder = _intent_holder(tok)
            if holder:
                return holder
        accusation = _accusation(tok) if tok.dep_ == "pcomp" else None
        if accusation is not None:
            return accusation[1]
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            gov = tok.head.head
            if gov.dep_ == "advmod" and gov.lower_ == "short":
                gov = gov.head  # "Germany stopped short of recognising ...": the one who stopped
            # "accused Belarus of shelling", "blamed Russia for attacking": the accused acts;
            # "tankers have been accused of helping": so does the passive subject.
            acted = [c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")]
            if acted and tok.head.lower_ in ("of", "for"):
                return acted
            tok = gov
            hops += 1
            continue
        return _dated_subject(tok)
    return []


def _dated_subject(verb: Token) -> list[Token]:
    """"On Jan. 22 de Gaulle and Adenauer signed a treaty": without a comma after an opening
    date the parser hangs the subject on the date as its apposition or conjunct ("On March 20
    Paris and Bonn signed"); the verb has no subject of its own, so that noun is it."""
    return [a for c in verb.children if c.dep_ == "prep" and c.i < verb.i
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
            for a in g.children if a.dep_ in ("appos", "conj") and a.ent_type_ not in ("DATE", "TIME")]


def _modifier_clause(verb: Token) -> Token:
    """"a resolution welcoming X and calling on Sudan to free", "the council, which called for a
    truce and demanded that ...": an active verb coordinated with a clause that modifies a noun
    shares that clause's noun as its doer; the verb itself otherwise. A past participle
    ("adopted by X and sent to Y") is passive and keeps its own reading; a verb of another
    form ("who pleaded guilty and is fighting the charges") is often joined to the wrong clause;
    and the noun must be an actor or a document standing for one ("citizens living in or
    visiting Seoul" are no state's visit)."""
    if verb.dep_ != "conj" or verb.tag_ == "VBN" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return verb
    first = _first_conjunct(verb)
    if first.dep_ not in ("acl", "relcl") or first.pos_ != "VERB" or first.tag_ != verb.tag_:
        return verb
    noun = first.head
    return first if mention_of(noun) is not None or noun.lemma_.lower() in DOCUMENT_NOUNS else verb


def _intent_holder(act: Token) -> list[Token]:
    """"had no plans to open an embassy in Taipei", "announced a decision to withdraw", "Russia's
    bid to annex": the infinitive of a noun of intent is done by who holds the intent, its
    owner or the subject of the verb that has or announces it (not of one that merely reacts
    to it: "welcomed a plan to send troops" does not say who sends them)."""
    noun = act.head
    if (noun.lemma_.lower() not in INTENT_NOUNS
            or not is_to_infinitive(act)):
        return []
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner:
        # a named owner ("Russia's plan to"); a pronoun's is left to the noun's own reading
        return owner if owner[0].pos_ != "PRON" and resolve_head(owner[0]) else []
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in INTENT_HOLDING_VERBS:
        return _verb_subjects(noun.head)
    return []


MEETING_TIMES = frozenset(LEX.period_edges | LEX.gap_units | LEX.meeting_spans)


def _meeting_occasion(noun: Token) -> Token | None:
    """"announced the deal after talks with Blinken", "following two days of talks with
    X": a meeting that dates what the clause's subject did is one it took part in (the owner
    of "after her meeting with X" is named instead). The phrase that dates the clause, if so."""
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    tok, framed = noun, False
    while (tok.dep_ == "pobj" and tok.head.lower_ == "of"
           and tok.head.head.lemma_.lower() in MEETING_TIMES):
        tok, framed = tok.head.head, True
    if tok.dep_ == "pobj" and (tok.head.lower_ in ("after", "following", "during")
                               or (framed and tok.head.lower_ == "at")):
        return tok
    return None


def _names_a_target(act: Token, spec: PatternSpec) -> bool:
    """Whether an act names by name whom it was done to, resolved to an actor or not ("the
    poisoning of Skripal", "of poisoning Skripal"), so that its accuser is not taken for the
    target."""
    if act.pos_ in ("VERB", "AUX"):
        named = [c for c in act.children if c.dep_ == "dobj"]
    else:
        named = [g for c in act.children if c.dep_ == "prep" and c.lower_ in spec.noun_preps
                 for g in c.children if g.dep_ == "pobj"]
    return any(t.pos_ == "PROPN" for t in named)  # (not "shelling its border posts": a thing of someone's)


def _state_and_own_national(a: Actor, b: Actor) -> bool:
    """A state and one of its own nationals ("the United States" and Obama, "Russia" and
    Putin): on news text such a pair almost always comes from a metonym or a place read as
    the other party ("the White House stood by Mr. Obama's claim", "expelled diplomats from
    Russia"), not from a relation between a country and its citizen."""
    pair = {a.type, b.type}
    if pair != {"State", "Person"}:
        return False
    state, person = (a, b) if a.type == "State" else (b, a)
    if state is a and state.sector == "MIL" and " " in person.label:
        return False  # "the army ousted President X": a coup, the forces acting on a leader named in full
    return state.country is not None and state.country == person.country


def _leaders(noun: Token) -> list[Token]:
    """The agent of a "led by"/"headed by" participle on a common noun ("backed by" is not
    identity: "the regime, backed by the Russians," is not Russia)."""
    return [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LEADING_VERBS
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _predicates(verb: Token, obj: Token) -> list[Token]:
    """What a judging verb says its object is: "called the attack a crime" (oprd), "described
    the move as a provocation", and "called the expulsions unacceptable and unjustified", where
    the parser hangs the adjectives on the object."""
    preds = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")]
    preds += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    preds += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
    return [x for p in preds for x in (p, *p.conjuncts)]


def _name_before_predicate(obj: Token) -> Token | None:
    """The name the parser hung as a modifier on an indefinite predicate noun: in "called
    Maduro a dictator" it may read "Maduro a dictator" as one phrase whose head is "dictator"."""
    det = next((c for c in obj.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is None:
        return None
    return next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < det.i), None)


def _unknown_modifier(tok: Token, noun: Token) -> bool:
    """A name the gazetteer does not know, modifying a noun without a possessive ("the Benghazi
    attack"): as often the place of the act as its party."""
    return tok.i != noun.i and tok.dep_ != "poss" and _unknown_name(tok)


def _unknown_name(tok: Token) -> bool:
    """Whether a token belongs to a name the gazetteer does not know (a mention of kind
    "entity"): as often a place or a thing as a party."""
    span = mention_of(tok)
    return span is not None and span._.mention_kind == "entity"


def _act_kind(noun: Token) -> list[Token]:
    """"an act of banditry", "an action of aggression": the word after "of" that says what kind of
    act a predicate noun names (``act_nouns``), and so how the act is judged."""
    if noun.lemma_.lower() not in ACT_NOUNS:
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _blames(culpable: Token) -> bool:
    """Whether "responsible" (or "responsibility") holds someone to blame: bare ("said Russia was
    responsible") it does; with "for", only when what follows is a harm ("for the deaths", not
    "for organising the summit"), or a pronoun or "what happened" standing for something named
    elsewhere, which the sentence alone cannot show to be a task."""
    fors = [c for c in culpable.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors:
        return True
    return any(g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() in HARM_WORDS or g.lower_ in HARM_WORDS
                                                or _referent(g))
               for f in fors for g in f.children)


def _culpable(act: Token) -> list[Token]:
    """Who is held culpable for the act noun ``act``, which names no doer of its own: "Russia was
    responsible for the attack on X", "held Russia responsible for the poisoning of X", "the group
    claimed responsibility for the bombing of X".  Responsibility for a harm names its doer,
    which the noun alone cannot; a denial or "was not responsible" names none."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CULPABILITY_WORDS:
        return []
    word = prep.head
    held = word.head
    if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
           for c in (*held.children, *word.children)):
        return []  # "was not responsible", "what if Iran was responsible"
    if (word.dep_ == "acomp" and held.lemma_ == "be") or \
            (word.dep_ == "dobj" and held.lemma_.lower() in RESPONSIBILITY_VERBS):
        return [c for c in held.children if c.dep_ == "nsubj"]
    if word.dep_ in HELD_DEPS and held.lemma_.lower() == "hold":
        return _held_party(word)
    return []


def _wrongdoing(verb: Token) -> bool:
    """Whether a verb tells of a wrong done ("violated", "broke the truce"), not cleared by a
    negation; "broke off talks" is a breach of no commitment."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma == "break":
        return not any(c.dep_ == "prt" for c in verb.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in BREAKABLE_COMMITMENTS for c in verb.children)
    return lemma in WRONGDOING_VERBS and verb.dep_ != "amod"


def _announced(speaker: Actor | None, doer: Actor, rel: Relation, trigger: Token) -> bool:
    """Whether a reported act is the speaker's own, carried out by saying it: "Britain said it
    condemned the attack", "Nicaragua said it was breaking relations with Ecuador" (the gold
    README's statements that perform the act they describe).  Not an act told as done before
    ("said it had raised the matter in June", "said he spoke with Putin"), nor force, which a
    speaker's word does not prove."""
    if speaker is None or not (speaker.id == doer.id or _state_and_own_national(speaker, doer)):
        return False
    if trigger.pos_ not in ("VERB", "AUX"):
        return False  # ("said its demand had been ignored": a noun's tense is told elsewhere)
    if rel.category in ANNOUNCED_STANCES:
        return not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children)
    if rel.category in ANNOUNCED_ACTS:
        return _under_way(trigger)
    return False


def _under_way(verb: Token) -> bool:
    """Whether a verb tells its act as present or going on ("is cooperating", "was breaking
    relations" in reported speech, "supports"), not as done ("spoke", "has met")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _own_act(speaker: Actor, doer: Actor, target: Actor) -> bool:
    """Whether a speaker who reports an act is a party to it, or of the doer's own country, and
    so accuses no one by the report alone: "Russia said it had struck the depot", "the UAE
    foreign ministry said its air force had launched strikes".  A target's report ("Georgia said
    Russia had attacked it") would accuse the doer, but on real news the doer of an act told by
    its target is too often misread (snipers, a dateline's state) to draw the charge."""
    if speaker.id in (doer.id, target.id):
        return True
    return speaker.country is not None and speaker.country == doer.country


def _approved(trigger: Token, signal: Token) -> bool:
    """Whether the report welcomes the act it tells of ("said residents were elated to see the
    US strikes", "welcomed news that France had sent troops"): approval is no accusation."""
    tok = trigger
    while tok.i != signal.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in APPROVAL_WORDS or tok.lower_ in APPROVAL_WORDS:
            return True
    return False


def _concern_holder(word: Token) -> Token | None:
    """The verb whose subject voices the disapproval ``word`` names: "expressed concern",
    "was disappointed", "regretted (the decision)"; None for any other word."""
    if word.lemma_.lower() == "regret" and word.pos_ == "VERB":
        return word
    if word.lower_ not in CONCERN_WORDS:
        return None
    if word.pos_ == "NOUN" and word.dep_ == "dobj" and word.head.lemma_.lower() in CONCERN_VERBS:
        return word.head
    if word.dep_ == "acomp":  # "was disappointed" (the tagger often reads a participle)
        return word.head
    if word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
        return word  # "it was disappointed by", parsed as a passive
    return None


def _concern_objects(word: Token) -> list[Token]:
    """What a disapproval is of: "concern over X", "disappointed by X", "regretted X"."""
    if word.pos_ == "VERB" and word.lemma_.lower() == "regret":
        return [c for c in word.children if c.dep_ == "dobj"]
    return [g for holder in (word, word.head) for c in holder.children
            if c.dep_ in ("prep", "agent") and c.lower_ in CONCERN_PREPS for g in c.children if g.dep_ == "pobj"]


def _reporting_clause(verb: Token) -> Token | None:
    """The report verb whose complement tells of ``verb`` ("said Iran had violated", "said Egypt
    was trying to destabilise"), if the complement is told as done or being done: a modal
    ("would violate"), a negated attempt or a negated report foresees or clears rather than
    blames."""
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children):
            return None
        if tok.dep_ != "xcomp":
            break
        tok = tok.head
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORT_VERBS:
        return None
    report = tok.head
    if any(c.dep_ == "neg" for c in report.children) or report.lemma_.lower() in ("warn", "fear", "suggest"):
        return None
    return report


def _killing_not_done_by_clause(noun: Token) -> bool:
    """Whether a killing noun's doer is NOT the subject of its clause: only a verb of ordering or
    carrying it out makes it so (``KILLING_DOER_VERBS``)."""
    return noun.lemma_.lower() in KILLING_NOUNS and not (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in KILLING_DOER_VERBS)


def _for_held_harm(culpable: Token) -> bool:
    """"held the government responsible for the fate of the captured men": under "hold", the
    fate of people is a harm one answers for (lexicon held_harms), though a process's fate said to
    be someone's responsibility is a task."""
    return any(g.lemma_.lower() in HELD_HARMS for c in culpable.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj")


def _held_party(word: Token) -> list[Token]:
    """Whom "hold" holds culpable: its object ("held Russia responsible"), or, as the parser
    often reads it, the subject of the small clause ("holds [North Korea responsible]") or the
    noun the word follows ("held [the government responsible]")."""
    if _held_after_object(word):
        return [word.head]
    return [c for c in word.head.children if c.dep_ == "dobj"] or [c for c in word.children if c.dep_ == "nsubj"]


def _held_after_object(word: Token) -> bool:
    """Whether the parser hung a culpability word on the object of "hold" as a trailing
    modifier ("held the Lebanese government responsible")."""
    return (word.dep_ == "amod" and word.i > word.head.i and word.head.dep_ == "dobj"
            and word.head.head.lemma_.lower() == "hold")


def _referent(tok: Token) -> bool:
    """"for it", "for this", "for what happened": a stand-in for an event told elsewhere."""
    if tok.dep_ == "pobj":
        return tok.pos_ == "PRON"
    return any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in tok.children)


def _denies(denier: Actor, claim: Claim, own_acts: bool = False) -> bool:
    """Whether a denial by ``denier`` answers ``claim``: one about it (either side), or with
    ``own_acts`` one it was said to have done.  A state answers for what its people are said to
    have done ("Caracas dismissed the charge" that Chavez funded the rebels)."""
    doer = claim.subject
    if denier.id == doer.id or (denier.type == "State" and doer.type == "Person"
                                and denier.country is not None and denier.country == doer.country):
        return True
    return not own_acts and denier.id == claim.object.id


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per key and evidence span: two wordings of one sentence ("gave aid and weapons
    to Ukraine") state the same claim once; the better-founded reading is kept, in first-seen order."""
    best: dict[tuple, Claim] = {}
    for c in claims:
        k = (c.key(), tuple((e.start, e.end) for e in c.evidence))
        if k not in best or c.confidence > best[k].confidence:
            best[k] = c
    return list(best.values())


def _has_prep(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)


def _has_own_negation(verb: Token) -> bool:
    """Whether the verb itself is negated ("did not recognise", "never accepted")."""
    return any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod") for c in verb.children)


def _refusal_modal(verb: Token) -> Token | None:
    """The "will"/"would" of a negated act ("would not provide", "won't recognise")."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS), None)


def _through_thing(tokens: list[Token], acts: frozenset[str]) -> list[Token]:
    """The actors named one preposition below a common-noun argument ("positions of X",
    "sales to X", "action against X"); what stands behind the thing is the act's other party.
    A noun that names an act of the vocabulary ("forcing the release of Comey's memos") is
    an event of its own, not a thing, and is skipped."""
    return [g for t in tokens if t.pos_ == "NOUN" and mention_of(t) is None and t.lemma_.lower() not in acts
            for c in t.children if c.dep_ == "prep" and c.lower_ in THING_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _requesters(verb: Token) -> list[Token]:
    """Who an act was done at the request of: "at the request of X", "at X's request", "at the
    behest of X"."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "upon", "on"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in REQUEST_NOUNS:
                continue
            out += [c for c in noun.children if c.dep_ == "poss"]
            out += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
    return out


def _listed_leaders(tok: Token, depth: int = 3) -> list[Token]:
    """The later names of a list of titled leaders that the parser hangs on the first one's
    appositive ("Chile's President Michelle Bachelet, Peru's President Ollanta Humala and
    Colombia's President Juan Manuel Santos": each name hangs on the one before, as a conjunct or
    as an appositive of its own).  Only people count (see ``_resolve_all``): in "three sites —
    Hatreon, MakerSupport" the list is of things."""
    firsts = [c for c in tok.children if c.dep_ == "appos"]
    out: list[Token] = []
    for _ in range(depth):
        later = [t for c in firsts for t in (*c.conjuncts, *(a for a in c.children if a.dep_ == "appos"))
                 if t not in out and t not in firsts]
        out += later
        firsts = later
    return out


def _the_other_side(tok: Token) -> Token | None:
    """"each side accused the other": "the other" stands for the pair "each side" is one of; the
    "each side" subject, if so."""
    if tok.lower_ != "other" or not any(c.lower_ == "the" for c in tok.children):
        return None
    verb = tok.head if tok.dep_ in ("dobj", "pobj") else None
    while verb is not None and verb.dep_ == "prep":
        verb = verb.head
    subjects = _verb_subjects(verb) if verb is not None else []
    return next((t for t in subjects if pair_kind(t) == "any"), None)


def _reciprocal(tok: Token) -> bool:
    """"each other", "one another", "(each side ...) the other": the parties act on one another."""
    return (tok.lower_ == "other" and any(c.lower_ == "each" for c in tok.children)) or (
        tok.lower_ == "one" and any(c.lower_ == "another" for c in tok.children)) or _the_other_side(tok) is not None


def _may_be_place(tok: Token) -> bool:
    """A name that may be a place: one the gazetteer knows as a state or place, one the tagger
    marked as a place, an untagged proper noun, or any name the phrase calls a place ("the town
    of X"); :func:`kg.nlp.places.place_state` then decides which state, if any."""
    span = mention_of(tok)
    if span is not None and span._.actor is not None and span._.actor.type in ("State", "Location"):
        return True
    return tok.pos_ == "PROPN" and (tok.ent_type_ in PLACE_LABELS or not tok.ent_type_ or _named_as_place(tok))


def _named_as_place(tok: Token) -> bool:
    """"The town of Avdiivka", "the port city of Hodeidah": a name the phrase calls a place."""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
            and tok.head.head.lemma_.lower() in SETTLEMENT_NOUNS)


def _places_below(tok: Token, depth: int = 2) -> list[Token]:
    """Places named after a preposition of a target noun ("targets in Syria", "the outskirts
    of Benghazi"), down through one more target noun ("the port of Hodeidah in Yemen")."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS:
            continue
        for g in _expand_conjuncts([g for g in c.children if g.dep_ == "pobj"]):
            if _may_be_place(g):
                out.append(g)
            elif depth > 1 and g.lemma_.lower() in TARGET_NOUNS:
                out += _places_below(g, depth - 1)
    return out


def _struck_places(verb: Token, objects: list[Token]) -> list[Token]:
    """Places an act is done to: an object that is a place ("hit Kharkiv"), the place of a
    target noun ("a base inside Chad"), and, when every object is a target noun, a place
    after the verb's own preposition ("struck targets overnight in Syria").  Not people: "killed
    three men in Gaza" leaves who they were open."""
    objs = _expand_conjuncts(objects)
    out: list[Token] = []
    for t in objs:
        if _may_be_place(t):
            out.append(t)
        elif t.pos_ == "NOUN" and t.lemma_.lower() in TARGET_NOUNS:
            out += _places_below(t)
    if objs and all(t.pos_ == "NOUN" and t.lemma_.lower() in TARGET_NOUNS for t in objs):
        out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                for g in _expand_conjuncts([g for g in c.children if g.dep_ == "pobj"]) if _may_be_place(g)]
    return out


def _speakers(verb: Token) -> list[Token]:
    """The subject of a judging verb; a pronoun in "recalled their envoys over what they termed
    ..." is the subject of the clause the judgement explains, and in "condemning what it
    calls ..." that of the verb whose object the naming clause is (the speaker names what it
    condemns; the pronoun's nearest antecedent is often another actor)."""
    subj = _verb_subjects(verb)
    if not subj or not all(t.pos_ == "PRON" for t in subj):
        return subj
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return _verb_subjects(verb.head.head) or subj
    if verb.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return _verb_subjects(verb.head) or subj
    return subj



def _aimed_elsewhere(objects: list[Resolved], subjects: list[Resolved]) -> list[Resolved]:
    """Objects reached through a possessive pronoun that points back at the act's own doer
    ("if Israel struck its nuclear sites") stand for the pronoun's next candidate instead: an
    act is not aimed at its doer, so the writer meant another actor."""
    doers = {r.actor.id for r in subjects}
    if len(doers) != 1:
        return objects
    out = []
    for r in objects:
        if r.actor.id in doers and r.token.dep_ == "poss":
            r = other_antecedent(r.token, r.actor.id) or r
        out.append(r)
    return out

def _dates_the_act(prep: Token | None) -> bool:
    """Whether a wording's preposition only says when ("called Putin on Tuesday", "on Friday
    night"): read as the "on" of "call on", it turned a phone call into a request to nobody
    and lost the call."""
    return prep is not None and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _hedges(signal: Token, trigger: Token | None) -> bool:
    """Whether a modality signal is an adjective on the event noun itself ("its planned
    withdrawal", modality.HYPOTHETICAL_MODIFIERS): it puts the act ahead, but nobody is
    promising it, unlike "plans to withdraw" said by the actor."""
    return trigger is not None and signal.dep_ == "amod" and signal.head.i == trigger.i


def _sent_to_help(verb: Token) -> bool:
    """Whether forces were sent with a helping purpose ("sent troops to Iraq to help the
    government fight", "deployed marines to protect the embassy"): such a deployment is aid to
    the country it goes to, not a move against it."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING_PURPOSES and is_to_infinitive(c)
               for c in verb.children) or _sends_helpers(verb)


def _sends_helpers(verb: Token) -> bool:
    """Whether those sent are advisers or trainers ("deployed 40 military advisers to Chad",
    "sent 600 soldiers to Ghana as instructors"): they go to help the host's forces, so the
    deployment is aid to the host, not forces massed against it."""
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    sent += [g for c in sent for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]  # "hundreds of advisers"
    roles = [g for c in [verb, *sent] for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
             for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in HELPER_NOUNS for t in _expand_conjuncts([*sent, *roles]))


def _utterance(signal: Token, trigger: Token) -> Token:
    """The word that utters a derived claim: the verb that signals it ("threatened", "vowed",
    "accused", "said"), or, when the signal is a modal or a noun, the statement verb the act is
    reported under ("warned on Sunday that they could use force"), else the act itself."""
    if signal.pos_ == "VERB" and signal.dep_ not in ("aux", "auxpass"):
        return signal
    tok = trigger
    for _ in range(4):
        if tok.lemma_.lower() in UTTERING_VERBS and tok.pos_ == "VERB":
            return tok
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or tok.head.i == tok.i:
            break
        tok = tok.head
    return trigger


def _preventer(act: Token) -> Token | None:
    """The verb of prevention that governs an act, which therefore did not happen: "prevent
    any attack on Formosa", "to avert a war with Iran", "deter Russia from invading Ukraine"."""
    for _ in range(3):
        if act.dep_ != "conj":
            break
        act = act.head
    head = act.head
    if act.dep_ == "pcomp" or (act.dep_ == "pobj" and head.lower_ == "from"):
        if head.lower_ != "from":
            return None
        head = head.head
    elif act.dep_ not in ("dobj", "nsubjpass"):
        return None
    return head if head.lemma_.lower() in PREVENTING_VERBS else None


def _sought(noun: Token) -> bool:
    """"Trump sought help from China", "asked for aid from the EU": the event noun is what the
    subject wants; read as an event it puts the seeker as the giver."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in SEEK_VERBS


def _refused(noun: Token) -> bool:
    """"rejected any direct talks with Iran", "ruled out negotiations", "called off the summit":
    the event noun is what the subject turns down, so it did not take place; the stance is read
    by the REJECT wording of the governing verb instead."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    head = noun.head
    lemma = head.lemma_.lower()
    if lemma in ("rule", "call") and not any(c.dep_ == "prt" and c.lower_ in ("out", "off") for c in head.children):
        return False
    if lemma in ENDING_VERBS and noun.lemma_.lower() in HELD_GATHERINGS:
        return False  # "ended a four-day visit to Cuba": the visit took place
    return lemma in REJECTING_VERBS


def _verbal_clash(trig: Trigger, tokens: list[Token], found: list[Resolved]) -> bool:
    """A clash between officials, or involving a named person, is a quarrel, not a fight."""
    if trig.spec.relation.category != "ASSAULT" or trig.spec.lemma not in CLASH_WORDS:
        return False
    if any(r.actor.type in ("Person", "Media") for r in found):
        return True
    heads = [x for t in tokens for x in (t, *t.conjuncts)]
    return any(t.lemma_.lower() in VERBAL_PARTIES for t in heads)


def _supplies_aid(noun: Token) -> bool:
    """Whether a supplier or donor gives arms or aid: "arms supplier", "aid donor", "main
    supplier of weapons" (a modifier or the "of" object names what is given)."""
    goods = [c for c in noun.children if c.dep_ in ("compound", "amod")] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in AID_GOODS or g.lower_ in AID_GOODS for g in goods)


def _predicate_party(noun: Token) -> list[Token]:
    """The actor an "ally"/"partner" noun is said of: the noun it is in apposition to, or the
    subject of the copula whose attribute it is."""
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "conj" and noun.head.dep_ in ("appos", "attr"):
        return _predicate_party(noun.head)
    return []


def _reason_given(verb: Token) -> bool:
    """Whether a verb gives the reason it is done for: "for" with a gerund ("for not backing
    the law") or a noun that is no stretch of time ("for its support", not "for three days")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.dep_ == "pcomp":
                return True
            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.ent_type_ not in ("DATE", "TIME") \
                    and not any(c.dep_ == "nummod" for c in g.children):
                return True
    return False


def _unowned_pobj(noun: Token, prep: str) -> bool:
    """Whether a noun is the object of ``prep`` and names no owner ("for talks", not "for her
    meeting"): the clause's subject then takes part in its event."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == prep
            and not any(c.dep_ == "poss" for c in noun.children))


def _waged_in(noun: Token) -> bool:
    """Whether an attack noun is what an active clause's subject did its act "in" ("crossed the
    border in a drive against X", "pushed north in an offensive against Y"): an indefinite noun
    with no owner, on a verb with an active subject, not one of dying or suffering ("two soldiers
    died in an attack on the base", "were killed in a raid on": the victims waged nothing)."""
    if not _unowned_pobj(noun, "in") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in noun.children):
        return False  # its target named ("a war in Syria" names where, not whom)
    verb = noun.head.head
    return (verb.pos_ == "VERB" and verb.lemma_.lower() not in SUFFERING_VERBS
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children))


def _only_date_prep(verb: Token, prep: str) -> bool:
    """Whether the verb's only ``prep`` phrases come before it and hold a date or nothing ("On
    Thursday Trump called off the trip": the parser may hang the date elsewhere and leave "On"
    bare), so the wording's preposition is no part of it."""
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep]
    return (any(c.i < verb.i and all(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
                for c in phrases)
            and not any(c.i > verb.i for c in phrases))


def _wrong_sense(trig: Trigger) -> bool:
    """Uses of a trigger verb that do not express its relation: a transitive "fly"/"travel"
    (transport, not a visit), and "call" with a predicate or a non-actor object ("called the
    expulsions unjustified" is a judgement, not a phone call)."""
    verb, spec = trig.token, trig.spec
    if spec.prep is not None and spec.noun is None and verb.pos_ in ("VERB", "AUX") and _only_date_prep(verb, spec.prep):
        return True  # "On Thursday Trump called off the trip": an opening date's "on" is no "call on"
    if spec.relation.category == "ASSAULT" and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in FIGURATIVE_CONFLICT
            for t in (verb, trig.noun) if t is not None for c in t.children):
        return True  # "Trump's trade war with China", "a legal battle with Brussels"
    if (spec.relation.category == "THREATEN" and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr")
            and verb.head.lemma_.lower() in POSING_VERBS):
        return True  # "poses a threat to Iraq": a danger judged, not a threat made
    if (spec.relation.category == "ASSAULT" and spec.noun is None and spec.prep is None
            and spec.lemma in REBUKING_SENSES and _reason_given(verb)):
        return True  # "attacked Iran for its support of the rebels": criticism, not force
    if spec.relation.category == "MOBILIZE" and spec.noun is None and _mover_is_civilian(verb):
        return True  # "Syrian refugees crossed into Turkey": people fleeing, not forces sent
    if spec.wording in FORCE_WORDINGS and not _mover_is_force(verb):
        return True  # "Britain left the EU", "entered talks": only troops withdraw or invade so
    if spec.relation.key == VISIT_RELATION and spec.noun is None and any(
            s.lemma_.lower() in CRAFT_NOUNS for s in _verb_subjects(verb)):
        return True  # "two transport aircraft landed in Yemen": craft arriving, no visit
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    if spec.relation.key in INTRANSITIVE_RELATIONS and spec.prep is not None and spec.noun is None and dobjs:
        return True
    if spec.wording in OBJECT_WORDINGS and not dobjs and not any(c.dep_ == "nsubjpass" for c in verb.children) \
            and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return True  # "he returned to Iran": travel, nothing handed over
    if spec.relation.key == "releases" and _releases_a_publication(verb, dobjs):
        return True  # "released Podesta's emails": a disclosure, nobody freed
    if spec.lemma in NAMING_VERBS and spec.noun is None and spec.prep is None:
        if any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in verb.children):
            return True
        if dobjs and not any(resolve_head(d) for d in dobjs):
            return True
        if _names_predicate(verb, dobjs) or _quoted_name(dobjs):
            return True
        if any(d.lemma_.lower() in CONVENED_EVENTS for d in dobjs):
            return True  # "called an emergency cabinet meeting": convened, nobody phoned
    if spec.relation.category == "REQUEST" and spec.lemma in ASKING_VERBS and _asks_question(verb):
        return True  # "asked Tillerson whether he would ...": a question put, nothing requested
    if spec.relation.key == "protestsTo" and any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in HEARING_VERBS for c in verb.children):
        return True  # "summoned the minister to testify": a witness called, no envoy rebuked
    if spec.relation.category == "ASSAULT" and spec.lemma in _AIMING_VERBS and _punitive_target(verb):
        return True  # "target Moscow's economy with sanctions", "hit Iran with tariffs": a penalty aimed
    if (spec.relation.category == "ASSAULT" and spec.lemma == "strike" and spec.prep is None
            and _struck_with(verb)):
        return True  # "the deal Germany struck with Russia": an agreement made, no blow
    if spec.relation.category == "ASSAULT" and spec.noun is None and _intangible_object(verb, spec.prep):
        return True  # "targeted US farm goods", "intervened in Egypt's politics": no force applied
    return False


#: Verbs of force that also say where a penalty is aimed ("targeted banks with sanctions",
#: "hit China with tariffs", "sanctions that will hit Iran").
_AIMING_VERBS = ("target", "hit", "strike")


def _intangible_object(verb: Token, prep: str | None) -> bool:
    """Whether what a verb of force acts on (its direct object, or the object of its wording's
    preposition, as in "intervene in") is something no force can reach: goods, an election, a
    policy, a court case (lexicon.yaml intangible_targets).  The actor that owns or is named
    beside such a thing ("US farm goods", "Egypt's politics") is then not assaulted."""
    if prep is None:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in INTANGIBLE_TARGETS or o.lower_ in INTANGIBLE_TARGETS
                              for o in objs)


def _struck_with(verb: Token) -> bool:
    """Whether "strike" is the striking of a deal: a party it is struck *with* and nothing struck
    ("the deal Germany struck with Russia", "the one it struck with Libya").  A blow has a
    target as object or passive subject; a clause describing a target ("the positions Russia
    struck with drones") keeps its assault reading."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in TARGET_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _punitive_target(verb: Token) -> bool:
    """Whether "target" (or "hit", "strike") aims a sanction rather than force: its means ("with
    new sanctions", "with a raft of tariffs"), its subject ("the sanctions target banks"), the
    noun it describes ("penalties targeting key sectors") or the object of the clause it hangs
    on ("imposed sanctions, targeting exports") is a punitive measure."""
    words = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    words += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        words.append(verb.head)
    if verb.dep_ in ("advcl", "xcomp", "conj"):
        words += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    # "a series of sanctions", "a raft of measures": the measure is the "of" object
    words += [g for w in list(words) for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in PUNITIVE_MEASURES for w in words)


def _releases_a_publication(verb: Token, dobjs: list[Token]) -> bool:
    """Whether what a release verb lets go is a text, record or the like (lexicon.yaml
    published_things): its direct object, passive subject or, for a participle ("the emails
    released by WikiLeaks"), the noun it qualifies.  Publishing an actor's emails or name
    frees no one and returns nothing of theirs, yet the owner resolves as the object."""
    things = dobjs + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        things.append(verb.head)
    return any(t.lemma_.lower() in PUBLISHED_THINGS for t in things)


#: Particles that turn "call" into another verb: "called out Kim" criticises, "called off
#: the talks" cancels; neither is a phone call.
_NON_CONTACT_PARTICLES = ("out", "off")
#: Subordinators of a yes/no question ("asked him whether/if ...").
_QUESTION_MARKS = ("whether", "if")
#: Penn tags of wh-words, which open an embedded question ("asked why ...", "asked X whom ...").
_WH_TAGS = ("WP", "WP$", "WRB", "WDT")


#: Marks that open a quotation (the straight one opens it too when it follows the object).
_OPENING_QUOTES = ('"', "\u201c")
#: Links by which a clause hangs below an object: a quotation inside one is that clause's.
_CLAUSE_DEPS = ("relcl", "acl", "ccomp", "advcl", "xcomp")


def _quoted_name(dobjs: list[Token]) -> bool:
    """Whether a quoted phrase names the object of "call": 'called Lavrov, who had ..., "a
    liar"', 'called the raids "barbaric"', 'calling Libya "Obama's war"'.  The parser hangs
    the quotation anywhere (an apposition, a conjunct, the object of a preposition inside the
    object's phrase), so the quotation is found by place: right after the object's phrase, or
    within it after its head, outside any clause of its own ("who said "..."")."""
    doc = dobjs[0].doc if dobjs else None
    for d in dobjs:
        nxt = d.right_edge.i + 1
        while doc is not None and nxt < len(doc) and doc[nxt].text == ",":
            nxt += 1
        if doc is not None and nxt < len(doc) and doc[nxt].text in _OPENING_QUOTES:
            return True
        for t in d.subtree:
            if t.i > d.i and t.text in _OPENING_QUOTES and not any(
                    a.dep_ in _CLAUSE_DEPS for a in t.ancestors if a.i != d.i and d in a.ancestors):
                return True
    return False


def _private_trip(relation: Relation, traveller: Actor) -> bool:
    """Whether a visit is a private trip: "British doctors visiting Pakistan", "U.S. citizens
    travelling to Cuba", "a Denver woman plotting to travel to Syria" resolve to the state
    with a private sector (lexicon.yaml private_sectors), and a state visit is made by the
    state's officials, envoys or leaders, not by its citizens on their own business."""
    return relation.key == "visits" and traveller.type == "State" and traveller.sector in PRIVATE_SECTORS


def _names_predicate(verb: Token, dobjs: list[Token]) -> bool:
    """Whether a naming verb ("call") gives its object a name rather than placing a call.  The
    small parser often reads "calling Trump a frightened dog" as two direct objects and "called
    Comey's firing the biggest mistake" as an object plus a nominal clause, so the predicate
    noun is not always an ``oprd``; "call out"/"call off" are other verbs altogether."""
    if len([d for d in dobjs if d.i > verb.i]) >= 2:  # (a relative "that" before the verb is no name)
        return True
    if any(c.dep_ == "prt" and c.lower_ in _NON_CONTACT_PARTICLES for c in verb.children):
        return True
    return bool(dobjs) and any(c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _received(trig: Trigger) -> bool:
    """"has the support of Turkey", "won the backing of the army", "received aid from Japan": a
    one-way act held or won by the clause's subject, whose "of" or "from" phrase names the giver."""
    noun = trig.token
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS and not trig.spec.relation.symmetric
            and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in noun.children))


def _expels(verb: Token) -> bool:
    """"ordered the French ambassador to leave the country", "asked two diplomats to depart": an
    order to another state's envoy to go is that state's envoy expelled, a cut in ties rather
    than a request the envoy may refuse."""
    for go in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [c for c in go.children if c.dep_ == "nsubj"]
        if _envoys_told_to_go(told, [go]):
            return True
    return False


def _envoys_told_to_go(told: list[Token], acts: list[Token]) -> bool:
    """Whether those told to act include an envoy and the act is a departure (lexicon
    envoy_nouns, departure_verbs): "ordered the ambassador to leave", "gave the diplomats 72 hours
    to leave" expel them."""
    return any(t.lemma_.lower() in ENVOY_NOUNS for t in told) and any(a.lemma_.lower() in DEPARTURE_VERBS for a in acts)


def _from_objects(*holders: Token) -> list[Token]:
    """The objects of the "from" phrases of the given words: the giver of what is received."""
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]


def _asks_question(verb: Token) -> bool:
    """Whether an asking verb puts a question ("asked McCabe whom he had voted for", "are asking
    why officials requested files") instead of asking for an act.  A request has an infinitive
    ("asked Iran to free") or a "for" phrase ("asked Kyiv for help"); a question has an embedded
    clause opened by "whether"/"if" or a wh-word, which the parser hangs either on the verb or,
    after a bare name, as a relative clause of the object.  So does "asked X about Y" and
    "asked X questions": a topic or questions put, with nothing asked for."""
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    if verb.lemma_.lower() == "ask" and any(
            (c.dep_ == "prep" and c.lower_ == "about") or (c.dep_ == "dobj" and c.lemma_.lower() == "question")
            for c in verb.children):
        return True
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in clause.children):
            return True
        if clause.left_edge.tag_ in _WH_TAGS and clause.left_edge.i > verb.i:
            return True
    return any(r.dep_ == "relcl" and r.left_edge.tag_ in _WH_TAGS and r.left_edge.i == d.right_edge.i + 1
               for d in verb.children if d.dep_ == "dobj" for r in d.children)


def _addressed(request: Token) -> tuple[Token | None, list[Token]]:
    """The sending verb and the addressees of a request participle on a message: "sent a letter
    to Xi urging ..." (on the noun), "wrote to Merkel asking ..." (on the verb)."""
    head = request.head
    if request.dep_ == "acl" and head.lemma_.lower() in MESSAGE_WORDS and head.pos_ == "NOUN":
        noun, sender = head, (head.head if head.dep_ == "dobj" else None)
    elif request.dep_ == "advcl" and head.pos_ == "VERB":
        noun = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_WORDS), None)
        sender = head
        if noun is None and head.lemma_.lower() not in MESSAGE_WORDS:
            return None, []
    else:
        return None, []
    return sender, [g for holder in (sender, noun) if holder is not None for c in holder.children
                    if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


def _paid_call(verb: Token) -> bool:
    """"Macmillan called on Khrushchev at the Soviet embassy": calling on a person that asks
    nothing (no infinitive, no "for", no clause) is paying a call, a meeting."""
    return not any(c.dep_ in ("xcomp", "ccomp", "advcl", "prt") or (c.dep_ == "prep" and c.lower_ in ("for", "to"))
                   for c in verb.children)


def _mover_is_force(verb: Token) -> bool:
    """Whether the one who moves is an armed force (lexicon.yaml force_nouns): "Cuban soldiers
    left Angola", "Vietnamese troops entered Phnom Penh"; a conjunct verb shares its subject.
    Peacekeepers are no invaders: they are not among the force nouns (see ``_peacekeepers``)."""
    subj = _verb_subjects(verb)
    return bool(subj) and all(s.lemma_.lower() in FORCE_NOUNS for s in subj)


def _peacekeepers(movers: list[Token]) -> bool:
    """"Ugandan peacekeepers", "soldiers of an African Union peacekeeping force": forces that
    keep the peace (lexicon.yaml peacekeeping_words), in their own word or the force they are of."""
    return bool(movers) and all(any(t.lemma_.lower() in PEACEKEEPING_WORDS for t in m.subtree) for m in movers)


def _set_off(participle: Token) -> bool:
    """Whether a participle is set off from the noun before it by a comma ("..., aided by China")."""
    return participle.i > 0 and participle.doc[participle.i - 1].text == ","


def _mover_is_civilian(verb: Token) -> bool:
    """Whether the one who moves is a civilian (lexicon.yaml civilian_movers).  The subject of
    "before crossing into Turkey" is the main clause's, so an unsubjected verb borrows it from
    up to three clause heads above."""
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0].lemma_.lower() in CIVILIAN_MOVERS
        if tok.dep_ not in ("advcl", "xcomp", "pcomp", "pobj", "conj", "prep") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _accusation(tok: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """When ``tok`` is the act someone is accused of, the accusing verb, the accused and the
    accusers: "accused Y of attacking", "of provoking and attacking", "accused Y of aggression",
    "accused troops of attacking" (the parser hangs "of" on the noun), "who accused Y of ..."."""
    for _ in range(3):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    if tok.dep_ not in ("pcomp", "pobj"):
        return None
    prep = tok.head
    if prep.dep_ == "conj" and prep.head.lower_ in ("of", "for"):
        prep = prep.head  # "of crossing the border and of attacking"
    if prep.lower_ not in ("of", "for"):
        return None
    gov = prep.head
    accused = [c for c in gov.children if c.dep_ == "dobj"]
    if gov.dep_ == "dobj" and not accused:
        accused, gov = [gov], gov.head
    if gov.lemma_.lower() not in ACCUSING_VERBS or not accused:
        return None
    accusers = [c for c in gov.children if c.dep_ == "nsubj"]
    if gov.dep_ == "relcl" and (not accusers or accusers[0].lower_ in RELATIVE_PRONOUNS):
        accusers = [gov.head]
    return gov, accused, accusers


def _accusers(tok: Token) -> list[Token]:
    """The subject of "accuse"/"blame" when ``tok`` is the act the accused is charged with."""
    found = _accusation(tok)
    return found[2] if found else []


def _condition(verb: Token) -> str | None:
    """"unless" or "if" when the verb (or the verb it is the complement of) carries such a clause."""
    for tok in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else None):
        if tok is None:
            continue
        for c in tok.children:
            if c.dep_ == "advcl":
                mark = next((m.lower_ for m in c.children if m.dep_ == "mark" and m.lower_ in ("unless", "if")), None)
                if mark:
                    return mark
    return None


def _act_arguments(act: Token) -> list[Token]:
    """The noun phrases an act is done to or with, nearest first: its objects, the objects of its
    prepositions and of theirs, and the subject of an embedded clause ("let the jets cross").
    What an act of speaking is about is no party to it: "declined to say whether the envoy met
    X", "refused to answer questions about X" turn down the question, not X (on real news most
    refusals are refusals to comment)."""
    out: list[Token] = []
    frontier = [act]
    for _ in range(3):
        nxt: list[Token] = []
        for tok in frontier:
            for c in tok.children:
                if _subject_matter(c):
                    continue
                if c.dep_ in ("dobj", "dative", "pobj", "attr"):
                    out.append(c)
                    nxt.append(c)
                elif c.dep_ == "prep" or (c.dep_ in ("ccomp", "xcomp") and tok.i == act.i):
                    nxt.append(c)
                    if c.dep_ != "prep":
                        out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
        frontier = nxt
    return out


def _subject_matter(tok: Token) -> bool:
    """A phrase that says what is spoken about: a reported clause ("say whether ...", "admit that
    ...", "say how many ...") or a subject_matter_preps phrase ("questions about X")."""
    if tok.dep_ == "prep":
        return tok.lower_ in SUBJECT_MATTER_PREPS
    return tok.dep_ == "ccomp" and (any(c.dep_ == "mark" for c in tok.children) or tok.left_edge.tag_ in _WH_TAGS)


def _parties(noun: Token, with_party: bool = False) -> list[Token]:
    """The actors a non-actor noun is about: "withdrawal of X", "talks between X and Y",
    "proposal by X", "request from X"; with ``with_party`` also "talks with X" (rejecting talks
    with X rejects X, but calling for talks with X asks someone else)."""
    if noun.pos_ != "NOUN":
        return []
    preps = ("of", "between", "by", "from") + (("with",) if with_party else ())
    return [g for c in list(noun.children) + _displaced_by(noun) if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _first_conjunct(tok: Token) -> Token:
    """The head of a coordination ("fines" in "fines and sanctions"), whose role the others share."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _that_clause_subjects(noun: Token) -> list[Token]:
    """"its demand that Israel ease restrictions", "accusations that Moscow is trying to ...": as
    with the verbs ("demanded that Israel ease ..."), the one asked or accused is the clause's subject."""
    return [g for c in noun.children if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


def _condition_holder(verb: Token) -> Token | None:
    """The verb whose "if"/"unless" clause conditions ``verb``: itself, or for the infinitive of
    a noun of intent the verb that holds the intent ("reserved the right to strike back if X
    attacked": the parser may hang the condition on either); None without a condition."""
    if _condition(verb) is not None:
        return None if _concessive(verb) else verb
    noun = verb.head
    if verb.dep_ == "acl" and noun.dep_ == "dobj" and noun.lemma_.lower() in INTENT_NOUNS and is_to_infinitive(verb):
        return noun.head if _condition(noun.head) is not None and not _concessive(noun.head) else None
    return None


def _concessive(verb: Token) -> bool:
    """"Even if US planes patrolled the zone, Syria could attack ...": a concession, not a condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               and any(g.lower_ == "even" for g in c.subtree) for c in verb.children)


def _warned_of_fate(subj: Token) -> bool:
    """Whether the subject of a warning's clause is the one warned: something befalls it
    ("warned that Iran would be punished", "would pay a heavy price") or it is told what it
    must do ("warned that NATO should stay out").  A clause predicting its own act ("warned
    that Russia could use a pretext to invade") names whom the warning is about, not at."""
    clause = subj.head
    if subj.dep_ == "nsubjpass" or clause.lemma_.lower() in WARNED_FATES:
        return True
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children)


def _conditioned_party(verb: Token) -> list[Token]:
    """"threatened to hold a strike unless Israel rescinded ...", "warned that sanctions would
    follow if Russia continued ...": a threat is aimed at the one whose act is its condition."""
    clauses = [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return [g for clause in clauses for c in clause.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


def _displaced_by(noun: Token) -> list[Token]:
    """"vetoed a proposal by Brazil": the parser hangs "by" on the verb, but an active verb has
    no agent, so a "by" right after its object belongs to the object."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1]


def _examples(noun: Token) -> list[Token]:
    """The named members of a common noun: "groups including X, Y and Z", "states such as X"."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ != "prep":
            continue
        such = any(g.lower_ == "such" for g in (*c.children, *noun.children))  # "such as X", "leaders such as X"
        if c.lower_ == "including" or (c.lower_ == "as" and such):
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend([g, *g.conjuncts, *_list_appositions(g)])
    return out


def _hops(tok: Token, ancestor: Token) -> int:
    n = 0
    while tok.i != ancestor.i and tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


def _between_parties(noun: Token) -> list[Token]:
    """The heads after a "between" the event noun governs."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
            for g in c.children if g.dep_ == "pobj"]


def _acts_between(rel: Relation) -> bool:
    """Whether a relation is done between others, its own verbs taking "between" ("mediate
    between"): those after "between" are its objects and its doer is outside them ("Qatar
    launched a mediation effort between Sudan and Chad")."""
    return any(w.split()[-1] == "between" for w in rel.verbs)


def _in_answer(to: Token) -> bool:
    """Whether a "to" phrase follows "in answer" or "in response" (the parser hangs the "to"
    on the noun or, as often, on the verb beside it)."""
    def answer(noun: Token) -> bool:
        return noun.lemma_.lower() in ("answer", "response") and noun.dep_ == "pobj" and noun.head.lower_ == "in"
    return answer(to.head) or any(c.dep_ == "prep" and c.lower_ == "in" and any(answer(g) for g in c.children)
                                  for c in to.head.children)


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the clause a noun sits in (through prepositions and adjectives)."""
    tok = noun
    for _ in range(5):
        tok = tok.head
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and tok.pos_ in ("VERB", "AUX"):
            return subj[0]
        if tok.head.i == tok.i:
            return None
    return None


def _expand_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens with everything coordinated to them, including lists the parser reads as
    apposition ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt")."""
    out: list[Token] = []
    for t in tokens:
        if t.ent_type_ in ("DATE", "TIME"):
            # "condemned the attack on Wednesday and France called ...": the parser coordinates
            # the next clause's subject with a date, which names no party of the act
            out.append(t)
            continue
        for x in (t, *t.conjuncts, *(y for a in _list_appositions(t) for y in (a, *a.conjuncts))):
            if x not in out:
                out.append(x)
    return out


def _list_appositions(tok: Token) -> list[Token]:
    """Appositives that are really the next items of a list: a name followed by another name
    of the same kind is two actors, not one actor named twice ("China, the North's ally" and
    "Britain's prime minister, Clement Attlee" stay appositions)."""
    head = mention_of(tok)
    if head is None or head._.actor is None:
        return []
    out = []
    for c in tok.children:
        other = mention_of(c) if c.dep_ == "appos" else None
        if (other is not None and other._.actor is not None and other._.actor.id != head._.actor.id
                and other._.actor.type == head._.actor.type and other._.mention_kind != "title"
                and head._.mention_kind != "title"):
            out.append(c)
    return out


def _trigger_text(trig: Trigger) -> str:
    toks = sorted([t for t in (trig.token, trig.noun, trig.prep) if t is not None], key=lambda t: t.i)
    return " ".join(t.text for t in toks)


@Language.factory("geokg_claims", default_config={"ontology_dir": None, "min_confidence": 0.3,
                                                  "max_sentence_tokens": 120})
def make_claim_extractor(nlp: Language, name: str, ontology_dir: str | None, min_confidence: float,
                         max_sentence_tokens: int) -> ClaimExtractor:
    """Registered spaCy component: ``nlp.add_pipe("geokg_claims")`` after ``geokg_actors``.

    Set ``doc._.meta`` (a dict with id, source, title, published, publisher) to fill the
    evidence of each claim."""
    from pathlib import Path

    # Relations and actors from the same ontology folder, so that titles, agents and
    # counterparts resolve here exactly as in geokg_actors.
    folder = Path(ontology_dir) if ontology_dir else None
    rels = load_relations(folder) if folder else load_relations()
    gaz = load_gazetteer(folder) if folder else load_gazetteer()
    return ClaimExtractor(nlp, rels, min_confidence=min_confidence, max_sentence_tokens=max_sentence_tokens,
                          gazetteer=gaz)
