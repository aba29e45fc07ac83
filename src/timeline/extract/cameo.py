"""CAMEO codes and roots the extraction rules name, in one place so that each is defined once.

The codebook (`cameo_codes.json`) holds every code's meaning; these are the ones a rule tests or
assigns by number.
"""

from __future__ import annotations

STATEMENT_ROOT = "01"
APPEAL_ROOT = "02"
SPEECH_ROOTS = (STATEMENT_ROOT, APPEAL_ROOT)  # need a speaker and an addressee
# "claimed responsibility for the attack": a deed owned up to is news with no addressee
CLAIM_CODES = ("015",)
DENIAL_CODE = "016"  # "denied that its forces had killed civilians": so is a deed denied
# make a visit, send peacekeepers ("peacekeepers arrived in Lebanon"): the host country is the
# target
VISIT_CODES = ("042", "074")
RELEASE_CODE = "0841"  # release persons: to the country they belong to
ASYLUM_CODE = "075"  # grant asylum: by the state it is granted in, to the person's country
# yielding abroad ("lifted a curfew in Montenegro", "pulled its troops out of Lebanon") yields
# to the country there; at home it names no second party
ABROAD_ROOTS = ("08",)
VIOLENT_ROOTS = ("18", "19", "20")
DEMAND_CODE = "100"
DEMAND_ROOT = "10"
PROTEST_ROOT = "14"
STATEMENT_CODE = "010"
VERBAL_DEFENCE_CODE = "052"  # defend or justify in words
CONSULT_CODE = "040"
PHONE_CODE = "041"  # discuss by telephone
THREAT_ROOT = "13"
ACCUSE_ROOT = "11"
JUDGING_ROOTS = ("09", "11")  # investigate; disapprove, accuse: about someone else's deed
THREAT_CODE = "130"
ACCUSATION_CODE = "112"  # accuse of a wrong: "saying the boat had intruded into its waters"
FINDING_CODE = "112"  # a body finds that someone did a wrong: an accusation
VERDICT_CODE = "116"  # found guilty or liable
DEED_ROOTS = ("17", "18", "19", "20")  # coercion and violence: deeds a finding can charge
INCURSION_CODE = "190"  # "troops crossed into Chad"
ENTRY_CODE = "192"  # "fighters entered the capital": taking the place
ASSASSINATION_CODE = "186"
ATTEMPT_CODE = "185"  # try to assassinate
BODY_EXIT_CODE = "160"  # leave an international body: reduce relations with it
RESIGNATION_CODE = "0831"  # accede to demands for change in leadership: resign, step down
LEADERSHIP_DEMAND_CODE = "1041"  # demand change in leadership
KILLING_CODE = "180"  # 'kill', 'shot dead': unconventional violence, not specified
ULTIMATUM_CODE = "139"
EXPEL_CODE = "174"  # expel or deport individuals
MEMBERSHIP_CODE = "057"  # joining an alliance is acceding to its treaty: a formal agreement
REJECT_ROOT = "12"
SHOW_ROOTS = ("14", "15")  # protest, show of force: done to make a point to someone
PEACEKEEPING_CODE = "074"  # provide military protection or peacekeepers
MILITARY_COOPERATION_CODE = "062"  # share intelligence, fight beside an ally
MILITARY_AID_CODE = "072"  # give arms; sold arms are military cooperation (062)
MOBILISE_ROOT = "15"  # show of force: forces mobilised, deployed, put on alert
VISIT_ROOT = "04"
MEDIATION_CODE = "045"  # mediate: between the sides the clause names
VISIT_CODE = "042"  # make a visit: to the country visited
INTENT_ROOT = "03"  # CAMEO: express intent to cooperate
TRUCE_CODE = "0871"  # declare truce, ceasefire
AGREEMENT_CODE = "057"  # sign a formal agreement
# cooperation a pledge or an agreement can be about: intent, consultation, support, material
# cooperation, aid, yielding
COOPERATIVE_ROOTS = ("03", "04", "05", "06", "07", "08")
# visits, deployments, seizures, attacks: the verb's object is where it happened ('visited Kyiv');
# for words and sanctions it is the government ('criticised Moscow')
PLACE_OBJECT_ROOTS = ("04", "15", "17", "18", "19", "20")
