"""The cue words extraction reads: modality, background, coreference (from a data file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import ReferenceDataError
from timeline.reference.loader import read_json

CUES_FILE = "extract_cues.json"


def _pattern(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


REQUIRED_WORDS = (
    "alleged_adverbs",
    "alleged_verbs",
    "negation_verbs",
    "planned_auxiliaries",
    "planned_verbs",
    "hypothetical_auxiliaries",
    "hypothetical_marks",
    "pair_subjects",
    "person_pronouns",
    "thing_pronouns",
    "titles",
    "reporting_verbs",
    "irrealis_verbs",
    "pair_person_words",
)
# lists added after the first release of the file: a user's older copy may lack them
OPTIONAL_WORDS = (
    "intent_adjectives",
    "protest_agents",
    "measure_nouns",
    "judging_verbs",
    "site_nouns",
    "stative_participles",
    "condition_marks",
    "permission_verbs",
    "addressee_verbs",
    "command_verbs",
    "departure_verbs",
    "means_verbs",
    "place_of_nouns",
    "locality_nouns",
    "suffering_phrases",
    "military_deed_nouns",
    "sponsor_participles",
    "finding_verbs",
    "charge_words",
    "blame_words",
    "verdict_words",
    "incursion_verbs",
    "entry_verbs",
    "membership_verbs",
    "peacekeeping_modifiers",
    "reaction_verbs",
    "mission_nouns",
    "hazard_nouns",
    "sport_nouns",
    "contest_verbs",
    "deadline_verbs",
    "killing_verbs",
    "toll_verbs",
    "topic_verbs",
    "weighing_verbs",
    "hypothetical_modifiers",
    "venue_nouns",
    "reciprocal_verbs",
    "conflict_nouns",
    "death_words",
    "attempt_verbs",
    "time_nouns",
    "planning_nouns",
    "direction_words",
    "region_nouns",
    "organisation_nouns",
    "group_nouns",
    "state_nouns",
    "offer_nouns",
    "claim_nouns",
    "motive_nouns",
    "protection_verbs",
    "help_verbs",
    "mass_words",
    "wrong_verbs",
    "avoiding_verbs",
    "exit_verbs",
    "bearing_verbs",
    "lapse_verbs",
    "sale_words",
    "installation_nouns",
    "outbreak_verbs",
    "backing_verbs",
    "partner_nouns",
    "homeland_nouns",
    "allegation_nouns",
    "war_crime_words",
    "verdict_verbs",
    "inquiry_nouns",
)


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in values)


@dataclass(frozen=True)
class Cues:
    """Cue words and patterns, validated and compiled once."""

    version: str
    alleged_adverbs: frozenset[str]
    alleged_verbs: frozenset[str]
    alleged_pattern: re.Pattern[str]
    negation_verbs: frozenset[str]
    planned_auxiliaries: frozenset[str]
    planned_verbs: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_marks: frozenset[str]
    background_pattern: re.Pattern[str]
    pair_subjects: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    titles: frozenset[str]
    reporting_verbs: frozenset[str]
    irrealis_verbs: frozenset[str]
    pair_person_words: frozenset[str]
    # "ready to mediate", "willing to send aid": the actor states an intent (CAMEO 03)
    intent_adjectives: frozenset[str] = frozenset()
    # crowds whose violence CAMEO codes as a violent protest (145), not as an armed attack
    protest_agents: frozenset[str] = frozenset()
    # "a round of talks", "millions of dollars of aid": the "of" object is the thing meant
    measure_nouns: frozenset[str] = frozenset()
    # "condemned the attack", "denied the accusation": the object is someone else's deed
    judging_verbs: frozenset[str] = frozenset()
    # "Baghdad International Airport": a site named after the town it is in
    site_nouns: frozenset[str] = frozenset()
    # "Israel is opposed to French mediation": a stance of the subject, not done to it
    stative_participles: frozenset[str] = frozenset()
    # "threatened to walk out unless X withdraws": the condition's subject is the one threatened
    condition_marks: frozenset[str] = frozenset()
    # "refused to allow UN planes to land": the one let (or not) act is the one acted on
    permission_verbs: frozenset[str] = frozenset()
    # "demanded that the Taliban hand over ...": the clause's subject is the one asked
    addressee_verbs: frozenset[str] = frozenset()
    # "the court ordered Israel to ...": a demand on the one ordered
    command_verbs: frozenset[str] = frozenset()
    # "ordered the ambassador to leave": read with the particle "out"
    departure_verbs: frozenset[str] = frozenset()
    # "used tear gas to disperse": the means of a deed
    means_verbs: frozenset[str] = frozenset()
    # "the town of Bucha", "the capital Naypyitaw": nouns whose "of" object is a place
    place_of_nouns: frozenset[str] = frozenset()
    # "the al-Tijara neighbourhood": a place finer than a town
    locality_nouns: frozenset[str] = frozenset()
    # "preparations began for a summit": the event a plan is for is planned
    planning_nouns: frozenset[str] = frozenset()
    # "Tarmiyah, north of Baghdad": Baghdad is a reference point, not where it happened
    direction_words: frozenset[str] = frozenset()
    # "the Kherson region", "Borno state": a name the noun makes a region, not a town
    region_nouns: frozenset[str] = frozenset()
    # "rejected an invitation to visit Peru": the deed offered names whom the verb acts on
    offer_nouns: frozenset[str] = frozenset()
    # "dismissed as groundless a U.S. report that accused ...": the claim's maker is denied
    claim_nouns: frozenset[str] = frozenset()
    # "in a show of support for Israel": what a deed shows is its motive, no second event
    motive_nouns: frozenset[str] = frozenset()
    # "sent troops to defend Ukraine": forces sent abroad for it protect a state (074)
    protection_verbs: frozenset[str] = frozenset()
    # "deployed to Kursk to help push back ...": forces sent abroad for it aid an ally (062)
    help_verbs: frozenset[str] = frozenset()
    # "killed thousands of villagers": a toll in thousands makes a killing a mass killing
    mass_words: frozenset[str] = frozenset()
    # "saying the boat had intruded into its waters": a statement of a wrong accuses
    wrong_verbs: frozenset[str] = frozenset()
    # "withdrew to avoid being encircled": what is avoided or escaped was not done
    avoiding_verbs: frozenset[str] = frozenset()
    # "Mali left ECOWAS", "withdrew from the African Union": leaving a body cuts relations (160)
    exit_verbs: frozenset[str] = frozenset()
    # "Peru could face U.S. sanctions": the subject bears the deed, its target
    bearing_verbs: frozenset[str] = frozenset()
    # "let its transit agreement expire": an agreement that ran out is not in force (negated)
    lapse_verbs: frozenset[str] = frozenset()
    # "delivered a missile system ..., the purchase": arms handed over in a sale, not as aid
    sale_words: frozenset[str] = frozenset()
    # "a military base", "a police station": a body's installation stands for the body
    installation_nouns: frozenset[str] = frozenset()
    # "fighting broke out between X and Y": a fight's onset, whose 'between' names its sides
    outbreak_verbs: frozenset[str] = frozenset()
    # "M23, which is backed by Rwanda": backing an armed group is arming it
    backing_verbs: frozenset[str] = frozenset()
    # "his host", "her counterpart": the other party of the meeting the person is in
    partner_nouns: frozenset[str] = frozenset()
    # "his country", "their countries": the country of whom the possessive stands for
    homeland_nouns: frozenset[str] = frozenset()
    # "Kyiv's allegation that Russian troops shelled the plant": what such a noun says is alleged
    allegation_nouns: frozenset[str] = frozenset()
    # "said the killings amounted to genocide": a charge of war crimes (1124), not any wrong
    war_crime_words: frozenset[str] = frozenset()
    # "two courts have ruled that it was genocide": a finding that is a verdict (116)
    verdict_verbs: frozenset[str] = frozenset()
    # "the UN commission of inquiry said that Russian forces had used torture": a body set up
    # to find out, whose report of a deed is a finding
    inquiry_nouns: frozenset[str] = frozenset()
    # "verb object" lemma pairs: "will face consequences", "pay a price" (a threat's content)
    suffering_phrases: frozenset[str] = frozenset()
    # "the Israeli airstrike", "Russian shelling": a deed only armed forces do
    military_deed_nouns: frozenset[str] = frozenset()
    # "the Syrian-backed militia": a backer named with a hyphen is not the owner
    sponsor_participles: frozenset[str] = frozenset()
    # "investigators concluded that X was responsible": a finding against X (CAMEO 112)
    finding_verbs: frozenset[str] = frozenset()
    # what such a finding charges: "guilty", "genocide", "war crimes"
    charge_words: frozenset[str] = frozenset()
    # a charge only with a deed: "responsible for the attack" (not "responsible for security")
    blame_words: frozenset[str] = frozenset()
    # "found X guilty": a verdict (116), not only a charge
    verdict_words: frozenset[str] = frozenset()
    # "troops crossed into Syria": armed forces going over a border attack (190)
    incursion_verbs: frozenset[str] = frozenset()
    # "fighters entered the capital", "tanks rolled into": armed forces taking a place (192)
    entry_verbs: frozenset[str] = frozenset()
    # "Finland joined NATO": a state entering an international body's membership (057)
    membership_verbs: frozenset[str] = frozenset()
    # "a peacekeeping force", "its peacekeeping mission": read as the peacekeepers themselves
    peacekeeping_modifiers: frozenset[str] = frozenset()
    # "..., drawing condemnation from Serbia": a reaction the subject's deed brings on itself
    reaction_verbs: frozenset[str] = frozenset()
    # "police arrived in Haiti to lead a security mission": forces sent on a mission abroad
    mission_nouns: frozenset[str] = frozenset()
    # "an earthquake struck Turkey": a natural hazard's blow is no one's attack
    hazard_nouns: frozenset[str] = frozenset()
    # "beat France on penalties in the final": a defeat in sport is no assault
    sport_nouns: frozenset[str] = frozenset()
    # verbs of both a beating and a win ("beat", "crush"): a win where sport words are
    contest_verbs: frozenset[str] = frozenset()
    # "killed the governor", "shot dead the prime minister": a leader killed is assassinated
    killing_verbs: frozenset[str] = frozenset()
    # "shelled the town, killing five": a count of what a violent deed did, not a second deed
    toll_verbs: frozenset[str] = frozenset()
    # "discussed aid to Ukraine": the object is a topic, the party only whom it is held with
    topic_verbs: frozenset[str] = frozenset()
    # "was considering sanctions": a deed weighed as an option, not done
    weighing_verbs: frozenset[str] = frozenset()
    # "a possible invasion": an event noun only foreseen, not done
    hypothetical_modifiers: frozenset[str] = frozenset()
    # "met on the sidelines of a summit": where it was held, the summit's body no party
    venue_nouns: frozenset[str] = frozenset()
    # "Moscow and Beijing fought": violent deeds joint subjects do to each other
    reciprocal_verbs: frozenset[str] = frozenset()
    # "the Syrian war": a state of fighting between sides, no one side's attack on a third
    conflict_nouns: frozenset[str] = frozenset()
    death_words: frozenset[str] = frozenset()
    # "shot / wounded the prime minister": a leader attacked, not killed, is an attempt (185)
    attempt_verbs: frozenset[str] = frozenset()
    # "gave the junta a week to restore civilian rule": a deadline set on another (139)
    deadline_verbs: frozenset[str] = frozenset()
    # the span a deadline gives: "48 hours", "one week"
    time_nouns: frozenset[str] = frozenset()
    # "the bloc", "the alliance's ministers": the international organisation named last
    organisation_nouns: frozenset[str] = frozenset()
    # "the group", "the militant group": the armed or political group named last
    group_nouns: frozenset[str] = frozenset()
    # "the island", "the kingdom's leader": the country named last
    state_nouns: frozenset[str] = frozenset()
    # (word form, lemma): forms the model's lemmatizer gets wrong ("staged" -> "stag")
    lemma_fixes: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> Cues:
        data = read_json(path or CUES_FILE, packaged=path is None)
        try:
            words = {key: _words(data[key]) for key in REQUIRED_WORDS}
            words |= {key: _words(data.get(key, [])) for key in OPTIONAL_WORDS}
            return cls(
                version=data["version"],
                alleged_pattern=_pattern(data["alleged_patterns"]),
                background_pattern=_pattern(data["background_patterns"]),
                lemma_fixes=tuple(
                    (str(form).lower(), str(lemma).lower())
                    for form, lemma in sorted(data.get("lemma_fixes", {}).items())
                ),
                **words,
            )
        except (KeyError, TypeError, re.error) as exc:
            raise ReferenceDataError(
                str(path or CUES_FILE), f"missing or bad field ({exc})"
            ) from exc
