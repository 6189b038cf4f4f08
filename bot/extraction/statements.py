"""Figures stated in one sentence: numbers linked to what they count and to what happened to them."""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.extraction.context import (
    clause_start,
    is_area_subject,
    is_cumulative,
    is_projection,
    trapped_after,
    trapped_before,
)
from bot.extraction.discourse import (
    carry_over,
    group_predicate,
    is_place_count_line,
    kind_of_partitive,
    parts_inside,
    place_count_line,
    places_listed,
    respectively,
    respectively_as_before,
    stand_ins,
    tally_rows,
)
from bot.extraction.homecoming import crossed_home, left_a_host_country
from bot.extraction.kinds import (
    NounPhrase,
    Trigger,
    is_human_plural,
    is_human_singular,
    is_people_name,
    is_thing,
    killed_to_death,
    left_trigger,
    noun_phrase,
    right_trigger,
)
from bot.extraction.lexicon import Lexicon, lower_keeping_length
from bot.extraction.lexicon.en import QUALIFIERS, TENS, UNITS
from bot.extraction.links import (
    CAPTURED,
    COMBINED,
    FLIGHT_KINDS,
    HARM_KINDS,
    HOUSE_DEGREES,
    HOUSE_KINDS,
    HURT_THEN_DIED,
    LOST_THEN_FOUND_DEAD,
    MOVED_KINDS,
    OBJECT_AFTER,
    OBJECT_WORD,
    OTHER_THINGS,
    OWN_PREDICATE,
    PARTICIPLE_KINDS,
    RATE_AFTER,
    SUBGROUP,
    Link,
)
from bot.extraction.numbers import NumberMention, find_numbers
from bot.extraction.sentences import BULLET_MARK
from bot.extraction.singletons import (
    NAMED_PERSON,
    ONE_MORE_DEATH,
    harm_cues,
    is_headline,
    listed_with_singletons,
    may_be_bare_headline,
    names_one_house,
    singletons,
)
from bot.extraction.tables import title_kind
from bot.values import Group, Kind, Qualifier

# These patterns read the lower-cased sentence (``lowered``: same offsets), so they need no case-blind matching.
# A part "of them" opening a sentence: "At least 46 of them were children".
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\s+(?:were|are|was)\b")
# A count that is a part of the one before it: "received 18 patients, three of whom died".
_OF_THIS_WHOLE = re.compile(r"\s+of\s+(?:whom|them|which)\b")
# A second noun of a count before the next count: "67 soldiers and police officers and 26 civilians".
# (the noun phrase may have taken the first word of the second noun: "soldiers and police| officers")
_AND_PEOPLE_AND = re.compile(r"(?:\s+and)?\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s*(?:,\s*and|,|and)\s+")
# Between two counted noun phrases sharing one verb: "20 civilians, including three children, and 29 fighters".
_CHAIN = re.compile(
    # (a part after "of whom" does not lend its verb to the total: "affected 9,000, of whom 800 fled")
    r"\s*(?:,\s*(?:including|among them|and|or|plus|as well as)?\s*(?!of whom|of them|of which)"
    r"|\s+(?:and|as well as|plus|including|along with|alongside|or|comprising|representing|totall?ing)\s+"
    r"|\s*[(\[]\s*(?:including\s+)?"
    r"|\s+[-–—]\s*(?:including\s+)?"
    # the same count in two units: "21,340 families / 74,612 persons are staying in evacuation centres"
    r"|\s*/\s*)"
)
# After a subgroup without a noun: "including 755,000 in 2022 alone".
_SUBGROUP_TAIL = re.compile(r"\s+(?:in|from|during|since|last|this)\b")
_AND = re.compile(r"\s*,?\s*and\s+")
_PER_POPULATION = re.compile(
    r"\s+per\s+(?:million|thousand|hundred thousand|\d[\d,]*)\s+(?:inhabitants|people|population|residents|persons)\b"
)
_ANOTHER = re.compile(r"(?:another|a further|an additional|additional)\b")
_OTHERS = frozenset({"others", "more"})
# A rounded number restated exactly in brackets: "over half a million (538,241)" is one figure, the exact one.
_RESTATED = re.compile(r"\s*\(\s*(?=\d)")
_HEDGES = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT})
# A noun named before its count: "houses numbering at least 50", "casualties totalling 30".
_HEAD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:numbering|totall?ing|amounting to|counting)\s+$")
# Motion words that say people moved, which armed men do without being displaced ("300 soldiers arrived").
_MOTION = re.compile(
    r"\s*(?:arriv|enter|head|cross|mov|made|trek|push|migrat|left|reach|land|disembark|c[oa]me ashore)"
)
_LEFT_A_LOCAL_PLACE = re.compile(
    r"\bleft\s+(?:the\s+|their\s+)?(?:district|area|areas|town|city|village|villages|neighbourhood|region|valley|island)\b"
)
_MOTION_INTO = re.compile(r"\s*(?:in)?to\s")  # "30 doctors into the camps": sent there, not sheltered
_ESCAPE = re.compile(r"\s*escaped")
_MOTION_LANDED = re.compile(r"\s*land")
_LOST = re.compile(r"(?:lost|losing|loses)\b")
# An age in apposition: "The man, 34, was shot dead", "Hamma D., 58,", "Irfan Ansari (31)".
_PARTICLE_NAME = re.compile(r"(?:al|el|ul|ad|ar|as|at|az|an|abu|bin|ibn|bint)-[A-Z]")
# A person named by what they had or did, before an age in commas: "the driver of the tanker, 38,".
_PERSON_OF_BEFORE = re.compile(
    r"\b([a-z][\w'’-]+)\s+of\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,\s*$"
)
# (after a name: "His brother, Anas, then 19, is still missing"; not a toll's steps: "rose to 40, then 52")
_THEN_AGED_BEFORE = re.compile(r"(?<![\w'’-])(?-i:[A-Z])[\w'’-]+\s*,\s*(?:then|now|aged)\s+$")
_AGE_BEFORE = re.compile(r"\b(?:([A-Za-z][\w'’-]+)\s+)?([A-Za-z][\w'’-]*\.?)\s*[,(]\s*$")
# (after the age: a verb, or another apposition: "Nizamuddin, 45, a vegetable vendor")
_AGE_AFTER_NAME = re.compile(
    r"\s*(?:\)\s*,?|,|[—–]|\s-)\s*(?:was|were|had|has|is|who|whose|died|and his|and her|a|an|the|and|allegedly"
    r"|as|while|when"  # ("said Mohamed Azaw, 53, as soldiers dug graves")
    r"|reportedly|in"
    r"|from|of|drowned|succumbed|(?!including\b)[a-z]+ing)\b"  # ("said Abdul Wahid, 45, standing beside ...")
)
_WHO_IS_BEFORE = re.compile(r",\s*who\s+(?:is|was)\s+(?:only\s+|just\s+|aged\s+)?$")
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "al", "el", "bin"})
_SPEAKER_BEFORE = frozenset({"said", "says", "told", "added", "recalled", "explained", "named", "called", "like", "as"})
_AGE_AFTER = re.compile(r"\s*(?:,|\)|[—–]\s|-\s|\.?\s*$)")  # (or the sentence's end: "injuring their grandmother, 64.")
# A risk, not a loss, whatever the count shares its verb with: "40 homes were buried and another 210 are at risk".
_AT_RISK = re.compile(
    r"\s*(?:are|were|remain|remained|is|was)\s+(?:still\s+|now\s+)?(?:at risk|in danger|under threat)\b"
)
_BURIED = re.compile(r"bur(?:y|ies|ied|ying)\b")  # people or things: the noun after the count tells
_PLURAL_AFTER = re.compile(r"\s+([a-z][a-z-]{2,}s)\b")
# A count's people naming the sites counted: "21 Internally Displaced Persons (IDP) camps".
_SITES_AFTER = re.compile(r"\s*(?:\([a-z]{2,6}s?\)\s*)?(?:camps|sites|settlements|centres|centers|shelters)\b")
# A relative clause of a subgroup's own: "including four children, who had taken refuge there".
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|which|that)\b")
# The same count in another unit after a slash: "28,245 families / 100,492 persons".
# ... or after "numbering": "repatriated 190 families, numbering 694 people"
_SAME_COUNT_AGAIN = re.compile(r"\s*/\s*|\s*,\s*numbering\s+(?:some\s+|about\s+|around\s+|nearly\s+)?")
# A bare count in sites after a house figure counts people: "70 houses torched, 600 in relief camps".
_PEOPLE_IN_SITES_AFTER = re.compile(
    r"\s+(?:are\s+|were\s+|remain\s+|now\s+)?(?:in|at)\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?"
    r"(?:camps?|shelters?|centres?|centers?|sites?)\b"  # ("in 10 spontaneous sites")
)
# A sentence opening on a place's confirmed count: "South Carolina has confirmed 19, Florida 12".
_CONFIRMED_START = re.compile(
    r"\W*(?:[a-z][\w'’-]*\s+){1,3}(?:has|have|had)\s+(?:so far\s+)?(?:confirmed|reported|recorded|counted|registered)"
    r"\s+\d"
)
# A whole named by its count alone: "Of the 315, 152 were children".
_BARE_WHOLE = re.compile(
    r"\W*(?:of|among)\s+(?:the|these|those)\s+\d[\d,.]*(?<![,.])(?:\s+(?:million|thousand))?\s*,(?!\d)\s*"
)  # (not "Of the 1,016 returnees": its thousands comma is no clause's)
# A house count's state in apposition: "another 12, partially damaged, have been declared unsafe".
_HOUSE_STATE_AFTER = re.compile(r",\s*(partially|partly|totally|fully|completely)\s+(?:damaged|destroyed)\s*,")
# A house's fate after "others": "More than 860 others were destroyed".
_HOUSE_FATE_AFTER = re.compile(
    r"\s+(?:were|was|have been|had been|are|is)\s+(?:[a-z]+\s+)?(?:destroyed|damaged|razed|burn(?:ed|t)|flattened"
    r"|levell?ed|gutted|swept away|washed away|collapsed)\b"
)
# Houses named before their count: "Damaged houses reached 3,102".
_HOUSES_BEFORE = re.compile(r"\b(?:houses|homes|dwellings|dwelling units|housing units)\b[^.;,\d]{0,25}$")
_POSSESSED_WHOLE_BEFORE = re.compile(r"\s+of\s+(?:her|his|their|its|our|my|your)\s+")
# A sentence opening on the things counted just before: "Of these, 96 were completely destroyed".
OF_THESE_OPENING = re.compile(r"\W*of\s+(?:these|those|them|which)\s*,", re.IGNORECASE)
_HOUSE_FATE_AFTER_PART = re.compile(
    r"\s+(?:were|was|are|have been|had been)\s+(?:(?:completely|totally|fully|partially|partly|badly|severely"
    r"|heavily|moderately|slightly)\s+)?(?:destroyed|damaged|razed|flattened|washed away|swept away|collapsed|gone)\b"
)
# A part of the houses counted just before: "41,806 houses were affected, of which 9,311 ...".
_OF_WHICH = re.compile(r"\bof (?:which|these|those|them)\s*,?\s*$")
# Aid to come, to its beneficiaries: "2,000 HH to receive shelter toolkits".
_TO_RECEIVE = re.compile(r"\s*(?:are\s+|will\s+)?(?:to|set to|due to|expected to)\s+receive\b")
# A toll that a later one replaced, which even its own trigger cannot save: "the toll, initially put at 19, rose to 27".
_SUPERSEDED = re.compile(
    # ("had earlier reported that at least 248 civilians were killed" opens a statement of its own)
    r"\b(?:(?:initially|originally|earlier|previously|first) (?:put|given|reported|estimated|set|placed)(?! that\b)"
    r"|(?:earlier|previous|initial|old|first) (?:[\w-]+ )?(?:death )?(?:toll|figure|count|estimate) of"
    r"|(?:up|down) from (?:an? |the )?(?:earlier |previous |initial )?(?:estimate|toll|count|figure) of"
    r"|(?:higher|lower|more|fewer|less) than (?:the )?(?:earlier |previous |initial )?(?:death )?(?:figure|toll|count"
    r"|estimate|tally) of"
    r"|(?:double|twice|triple|three times|half) (?:the )?(?:previous |earlier )?(?:death )?(?:toll|figure|count"
    r"|number) of)\b"
)
# ... and one an earlier count put, which no later wording revives: "An earlier count had put the dead at 320".
_SUPERSEDED_PUT = re.compile(
    # (not the first reports' count, which stands until a later one is told: "Initial reports put the toll at 140")
    r"\b(?:(?:(?:earlier|previous|old) (?:death )?(?:toll|figures?|count|estimate|tally|reports?)"
    r"|(?:initial|first) (?:death )?(?:toll|figures?|count|estimate|tally))\b"
    r"[^.;]{0,80}?\bput"
    r"|(?:initially|originally|first) put)\s+the\b[^.;]{0,30}?\bat\s+$"
    # ("Earlier on Tuesday it had put the toll at 157", "had earlier put the toll at 320")
    # (not "has previously put the number of dead at 400": another source's count, which stands beside the new one)
    r"|\b(?:earlier|initially)\b[^.;]{0,40}?\bput\s+the\s+(?:figure|toll|death toll"
    r"|number of (?:dead|deaths|fatalities))\b[^.;]{0,30}?\bat\s+$"
    # ("The previous toll, issued on Saturday, stood at 71", "The previous report, released on Tuesday, counted 73")
    r"|\b(?:earlier|previous|initial|old|first) (?:death )?(?:toll|figure|count|tally|report)\b[^.;]{0,40}?"
    r"\b(?:(?:stood|was) at|counted|recorded|listed|gave)\s+$"
    # ("Earlier we had confirmed eight deaths", "Earlier on Sunday, officials had reported 21 dead")
    r"|^\W*earlier\b[^.;]{0,40}?\bhad\s+(?:confirmed|reported|recorded|announced|counted|given)\s+$"
    # ("The toll had stood at 320 on Saturday evening, according to an earlier estimate")
    r"|\b(?:toll|tally|count|figure|number)\b[^.;,]{0,20}?\bhad\s+(?:earlier\s+|previously\s+)?stood\s+at\s+$"
    # ("The toll given on Tuesday evening had been 36 dead")
    r"|\b(?:toll|tally|count|figure)\b[^.;,\d]{0,40}?\bhad\s+(?:earlier\s+|previously\s+)?been\s+$"
    # ("Police had earlier given a toll of 31", "had initially reported a death toll of 12")
    r"|\b(?:had|have|has)\s+(?:earlier|initially|originally|first)\s+(?:given|reported|announced|released|issued)"
    r"\s+(?:a|an|the)\s+(?:(?:death|preliminary|provisional)\s+)?(?:toll|figure|count|tally)\s+of\s+$"
    # a count told in the pluperfect, which a later one replaced: "the committee had put the toll at 40", "police had
    # on Saturday put the number of dead at 43", "had put the number of injured in the city at six"
    r"|\bhad\s+(?:[\w-]+\s+){0,3}?(?:put|placed)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:toll|number"
    r"|figure|count|tally|dead)\b(?:\s+[\w'’-]+){0,5}?\s+at\s+$"
    # ... or given as a toll of: "A security source had on Monday evening given a toll of 11 soldiers dead"
    r"|\bhad\s+(?:[\w-]+\s+){0,4}?(?:given|reported|announced|put forward)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:toll|figure|count|tally)\s+of\s+$"
    # ... or its first announcement: "after an official had initially announced 95 dead"
    r"|\bhad\s+(?:initially|originally|first|earlier)\s+(?:announced|reported|given)\s+$"
    # a count this one takes the place of: "This toll supersedes the provisional toll of nine dead", "This update
    # revises the figures in Flash Update No. 1, which reported 41 deaths"
    r"|\b(?:supersedes|replaces|revises|corrects|updates)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:death\s+)?"
    r"(?:toll|figures?|count|estimate|tally)\s+of\s+$"
    r"|\b(?:supersedes|replaces|revises|corrects|updates)\b[^;]{0,80}?,\s*(?:which|that)\s+(?:had\s+)?(?:reported"
    r"|gave|put|listed|recorded|counted|announced)\s+$"
)
# ... and one a correction takes back.
_CORRECTED_BEFORE = re.compile(
    r"\b(?:an? )?(?:earlier|previous) version of this (?:article|story|report)\b[^.;]{0,50}?$"
)
# Those aid is readied for, who may yet have to move: "... for up to 100,000 families who may be displaced".
_WHO_MAY_MOVE = re.compile(
    r"[^.;]{0,40}?\b(?:who|that)\s+(?:could|may|might|would|will)\s+(?:(?:have|need|be forced)\s+to\s+)?(?:be\s+)?"
    r"(?:displaced|forced|evacuated|relocated|flee|uprooted)\b"
)
# ... and one said to be wrong: "The figure of 11 deaths reported in Statement No. 2 was incorrect".
_FIGURE_OF_BEFORE = re.compile(r"\b(?:figure|toll|count|tally|number)\s+of\s+$")
_WRONG_AFTER = re.compile(
    r"[^;]{0,80}?\b(?:was|were|is|are|had been|has been)\s+(?:(?:therefore|thus|later found to be|found to be)\s+)?"
    r"(?:incorrect|wrong|erroneous|inaccurate|mistaken|an error|a mistake|overstated|understated)\b"
)
# ... and one a relative clause gives before the toll it grew to: "The toll, which stood at 21 on Sunday, rose to 43".
_WHICH_STOOD_BEFORE = re.compile(
    # (a time may come first, and a second old level after: "which on Saturday evening stood at 14 and by midnight
    # at 120, has risen steeply")
    r"\b(?:toll|figure|count|tally|number)\b[^.;]{0,30}?,\s*which\s+(?:[\w-]+\s+){0,4}?(?:had\s+)?"
    r"(?:earlier\s+|previously\s+)?(?:stood|was|had been)(?:\s+at)?\s+"
    r"(?:[\d,]+\s+(?:and|,)\s+(?:[\w-]+\s+){0,3}?at\s+)?$"
)
_ROSE_AFTER = re.compile(
    r"[^.;,]{0,60},\s*(?:has\s+|had\s+|then\s+)?(?:been\s+)?(?:rose|risen|climbed|jumped|increased|grew|reached|fell"
    r"|dropped|revised|raised|updated|corrected)\b"  # ("which stood at 326 on 15 March, has been revised upward")
)
# A part named in an aside, whose verb the one after it may be: ", including four children killed".
_PART_ASIDE = re.compile(r",\s*(?:including|among them|among whom|of whom)\b")
# A count of people affected, whom no figure counts: "Another 74,000 families have been affected by flooding".
_AFFECTED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:also\s+)?been\s+|(?:are|were|was|is)\s+(?:also\s+)?)?(?:affected|impacted)\b"
)
# Between the two counts of an old toll: "at 40 dead and 58 injured", "at 12 dead, 30 hurt".
_OLD_PAIR_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# Taken captive, said right after the count or after the next one it is listed with; not in a relative clause of
# their own, which tells how those counted came to harm ("3 children from two families who were abducted and whose
# bodies were later recovered").
_CAPTIVE_AFTER = re.compile(
    r"(?:\s+and\s+(?:(?!\b(?:who|that|whose|which)\b)[^,;.:]){1,40}?)?"
    r"\s+(?:were|was|have\s+been|had\s+been|are\s+being)\s+(?:also\s+)?"
    r"(?:abducted|kidnapped|taken\s+hostage|taken\s+captive|captured|detained|arrested|seized)\b"
)
_CUSTODY = re.compile(
    r"\b(?:prison|prisons|jail|jails|inmates?|prisoners?|detention|custody|captivity|captors|abduct\w*|kidnap\w*"
    r"|hostages?|seized)\b"
)
# A sentence opening on a bare count that names only its group continues the figure before: "Fourteen were
# children."
_BARE_COUNT_START = (
    r"\s*(?:(?:at least|about|some|nearly|almost|more than|over|around)\s+)?(?:\d[\d,]*|[a-z-]+)\s+"
    r"(?:of\s+(?:them|these|those|whom)\s+)?(?:were|are|was|included|include)\s"  # ("At least 46 of them were")
)
# ... or on words standing for the people of that figure: "Those from Ethiopia are 1,965 individuals".
_CONTINUING_START = re.compile(
    _BARE_COUNT_START + r"|\s*(?:those|these|they|the rest|the others|of (?:these|them|those))\b"
)
# A count naming whom other counted people belong to: "members of one family", "relatives of 12 victims".
_OWNER_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")
_OWNERS = frozenset({"groups", "group"})
# Verbs that move people by force, before their count, and where they were moved, after its noun: "sent 8,000
# refugees into Chad", "drove 600 families across the river".
_CAUSATIVE_BEFORE = re.compile(
    r"\b(?:sent|sending|sends|send|drove|driving|drives|drive|driven|pushed|pushing|pushes|push|chased|chasing"
    r"|chase|forced|forcing|forces|force)\s+$"
)
_TRANSPORTED_BEFORE = re.compile(r"\b(?:flew|airlifted|ferried|bused|bussed|carried|trucked)\s+$")
_OUT_OF = re.compile(r"\s+out\s+of\b")
_FROM_A_PLACE = re.compile(r"\s+(?:out\s+)?from\s+(?!(?:their|his|her)\s+(?:jobs?|posts?|positions?)\b)")
_FORCED_BEFORE = re.compile(r"\b(?:forced|forcing|forces|force|drove|driving|drives|drive|driven)\s+$")
_MOVED_INTO = re.compile(
    r"(?:\s+in\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+from\s+(?:their\s+)?homes))?"  # ("in northern Ethiopia from")
    # ("forced an estimated 75,000 people in Khan Younis and Deir al-Balah to move again", "forced 2,000 residents
    # of Dumba and two nearby villages to flee")
    r"(?:\s+(?:in|of|from)\s+[^.;,:\d]{1,50}?(?=\s+to\s+(?:leave|flee|abandon|move|relocate)\b))?"
    # ("forced 3,000 families living along the riverbanks to leave their homes")
    r"(?:\s+(?:living|residing|staying|sheltering)(?:\s+[\w'’-]+){1,5}?(?=\s+to\s+(?:leave|flee|abandon)\b))?"
    r"\s+(?:into(?!\s+(?:[a-z]+\s+)?(?:crisis|poverty|hunger|famine|food|debt|starvation|destitution|emergency|ipc"
    r"|phase|catastroph\w*|acute|severe|extreme|malnutrition)\b)|across|over"
    r"|out of(?!\s+(?:school|schools|class|classes|work|jobs?|business)\b)"  # (not "1,500 pupils out of school")
    r"|to (?:leave|flee|abandon|evacuate|move|relocate)"
    r"|from (?:their )?homes|toward|towards)\b"
    r"|(?:\s+from\s+[^.;]{1,60}?)?\s+fleeing\b"  # "sent an estimated 3,000 villagers from Pazigyi fleeing"
)
_MORE_AFTER = re.compile(r"\s+more\b")
# Animals counted along with the people, before their shared verb: "3,014 people and 410 pets remained in shelters".
_ANIMALS_ALONG = re.compile(
    r"\s+(?:and|with|along with|plus)\s+(?:about |some |nearly |more than |over |at least )?\d[\d,]*\s+"
    r"(?:(?:of\s+)?(?:their|its)\s+)?(?:pets|animals|dogs|cats|livestock|cattle|goats|sheep|horses|camels|donkeys"
    r"|head of cattle)\b"
)
# Told to go, before the count: "urged 1.5 million residents of the east coast to leave"
_URGED_BEFORE = re.compile(
    r"\b(?:urged|urging|urges|ordered|ordering|orders|told|telling|asked|asking|instructed|instructing|called on)\s+"
    r"(?:(?:some|about|nearly|more than|over|around|an estimated)\s+)?$"
)
_TO_GO = re.compile(r"[^.;:]{0,80}?\bto\s+(?:leave|flee|evacuate|move to (?:higher|safer)|abandon)\b")
_UPROOTABLE = frozenset({
    "people", "persons", "civilians", "refugees", "residents", "villagers", "families", "households", "inhabitants",
    "children", "women", "individuals", "migrants", "seekers", "idps", "displaced", "others",
    "ind", "inds", "indiv", "pers", "hh", "hhs",  # (sitrep units: "6,940 ind. newly arrived")
    # those whose land is their living, who flee it rather than travel for work
    "peasants", "farmers", "herders", "pastoralists", "campesinos", "fishermen", "fisherfolk", "elderly", "men",
    "boys", "girls", "minors", "babies", "infants", "orphans", "widows", "mothers", "students", "pupils",
})  # fmt: skip
_NATIONALS = frozenset({"nationals", "citizens"})  # (uprooted when their country is named: "Congolese nationals")
# The label of a key figure ("92,338 individuals Total number of new arrivals in Uganda (...)"): its first words
# name the kind; one naming a population, a need or a target makes it no figure.
_LABEL_END = re.compile(r"[().;:\n]")
_LABEL_REACH = 80
_LABEL_WORDS = 6
_LABEL_TRAP = re.compile(
    r"\b(?:population|in need|affected|targeted|target|reached|assisted|supported|capacity|host(?:ed|ing)?"
    r"|beneficiar\w*|planned|funding|funded|requirements?|budget)\b"
)
# A possessive between a verb and its count: "injuring her 3 children", "killing his two wives".
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its)\s+$")
# Refugees moved by those who care for them are relocated, a displacement: "moved 6,412 refugees to Maban".
# A country taking refugees in: "Chad now hosts", "Poland has received" (a site hosting its population is a trap).
_HOSTED_BEFORE = re.compile(
    r"\b(?:hosts|hosting|hosted|(?:now )?counts|counted|(?:has|have|had) (?:received|taken in|welcomed)|has|have"
    r"|(?:is|was|remains) host to)"
    r"(?:\s+(?:at present|currently|now|today))?\s+$"
)  # ("Cote d'Ivoire now counts over 60,000 refugees")
# A count of refugees on a register: a standing total of people who crossed a border.
_REGISTERED_BEFORE = re.compile(r"\b(?:registered|recorded|verified|counts|counted|counting)\s+$")
_SITE_COUNTING = re.compile(r"\b(?:camps?|sites?|settlements?|centres?|centers?|shelters?|town|city|village)\s+$")
_REGISTERED_AFTER = re.compile(
    r"(?:\s+from\s+[a-z'’ -]{1,30}?)?\s+(?:have|has|had|were|was|are|is)\s+(?:now\s+)?(?:been\s+)?"
    r"(recorded|registered)\b"
)
_MOVED_BEFORE = re.compile(
    r"\b(?:moved|move|moving|transferred|bused|bussed|trucked|transported|shifted)\s+(?:(?:more than|over|about"
    r"|some|nearly|around|at least|up to)\s+)?$"
)
# ... and people moved out of harm's way: "moved more than 2.5 lakh people from coastal areas to 576 cyclone shelters"
_TO_SAFE_PLACES = re.compile(
    r"[^.;]{0,60}?\b(?:to|into)\s+(?:safe|safer|higher|evacuation)\s+(?:areas?|places?|locations?|ground|sites?"
    r"|centres?|centers?|shelters?)\b|[^.;]{0,60}?\b(?:to|into)\s+safety\b"
    # (or out of harm's way: "relocated 9,840 households from low-lying areas")
    r"|[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:low-lying|coastal|flood-prone|landslide-prone|high-risk|at-risk|danger"
    r"|dangerous|unsafe|unstable|riverside|riverbank|hazard)\s+(?:areas?|zones?|villages?|communities|barangays?"
    r"|districts?|parts?|slopes?)\b"
)
_TO_SAFETY = re.compile(
    r"[^.;]{0,100}?\b(?:to|into)\s+(?:\d[\d,]*\s+)?(?:[\w'’-]+\s+){0,2}?(?:shelters?|camps?|centres?|centers?|evacuation"
    r"|safer|higher ground|safety|schools?)\b"
    # ... or out of where harm comes: "move up to 100,000 people out of low-lying areas"
    # (or away from it: "moved about 47,000 people away from the coast")
    r"|\s+away\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:coasts?|coastline|shore|rivers?|volcano|crater|sea|areas?"
    r"|zones?|danger|front\s*line)\b"
    r"|\s+(?:out\s+of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:areas?|zones?|villages?|districts?|towns?|neighbourhoods?"
    r"|neighborhoods?|settlements?|homes?|houses?|path|way|flood\s*plains?|river\s*banks?|islands?|coasts?"
    r"|communities|barangays?|municipalities)\b"
)
# "a family of six": the count is of people, the family is theirs.
# (a headline drops the article: "Landslide kills family of five")
_FAMILY_OF = re.compile(r"\b(?:(?:a|an|one|the|his|her|their|entire|whole)\s+)?(?:entire\s+|whole\s+)?family\s+of\s+$")
_AGE_GROUP_BEFORE = re.compile(r"\b(?:children|kids|infants|babies|girls|boys|people|persons|adults)\s+$")
# People moved back where they came from are returns: "relocated 1,600 households ... to their ancestral homes".
_TO_HOMES = re.compile(
    r"[^.;]{0,90}?\bto (?:their |the )?(?:ancestral |original |former )?(?:homes?|home areas|areas? of origin"
    r"|villages? of origin|places? of origin|communities of origin)\b"
    r"(?!\s+of\s+(?:relatives|friends|family|families|hosts?|host families|neighbours|neighbors|others))"
)  # (not others' homes: "relocated to homes of relatives and friends" are displaced)
# "lost four of their own": a toll of the speaker's side.
_OWN_AFTER = re.compile(r"\s+of\s+(?:their|its|our|his|her)\s+own\b")
_HELD_IN_DETENTION = re.compile(
    r"\b(?:detention|prisons?|jails?|penitentiar(?:y|ies)|deprived of (?:their )?liberty|detainees|prisoners"
    # (or underground, waiting to be brought up: "nine miners who spent the night in an underground refuge station")
    r"|underground|refuge (?:stations?|chambers?|bays?))\b"
)
# Between a count of things and a bare part of it: "312 suspected cholera cases in October, including 96 in ...".
_PART_OF_THINGS = re.compile(r"[^.;:\d]{0,40}?(?:,\s*|\s+)(?:including|among them|of which|of these|of those)\s+")
# A second noun of the same count: "40 troops and volunteers", "12 students and teachers".
_SECOND_NOUNS = (
    re.compile(r"\s+(?:and|&)\s+([a-z-]+)(?=[\s,])"),
    re.compile(r"\s+(?:and|&)\s+([a-z-]+\s+[a-z-]+)(?=[\s,])"),
    re.compile(r"\s+(?:and|&)\s+([a-z-]+\s+[a-z-]+\s+[a-z-]+)(?=[\s,])"),  # ("... and human rights defenders")
)
_PLACE_WORD_OPENING = re.compile(r"\s*(?:in|at|to|into|inside|on|from|near)\b")
_LEFT_FOR_WORK = re.compile(
    r"left\s+for\s+(?:(?:seasonal|other|paid|better-paid|new|farm|casual|factory)\s+)?(?:work|jobs?|employment"
    r"|school|studies|university|college|training|holidays?)\b"
)
# Staff an employer lost to the job market, not to death: "lost 600 employees to buyouts", "lost seven of its 13 medical
# staff since January because of funding cuts".
_LOST_TO_WORK = re.compile(
    r"[^.;]{0,80}?\b(?:to|through|because of|due to|after|amid|following)\s+(?:[\w-]+\s+){0,3}?(?:buy-?outs?|lay-?offs?"
    r"|retirements?|resignations?|attrition|redundanc(?:y|ies)|funding|budget|cuts|poaching|the private sector"
    r"|other (?:jobs|employers|agencies)|better[\s-]paid)\b"
)
# The object before "and N others" / ", N others", and how far back its verb may stand.
_JOIN_BEFORE = re.compile(r"(?:,|\band)\s*$")
_OBJECT_REACH = 50
_OBJECT_WORDS = 5
# A group noun standing as the modifier of a noun of what happened: "39 civilian deaths", "child casualties".
_KIND_NOUN_AFTER = re.compile(r"\s+(deaths|fatalities|injuries|displacements|arrivals|returnees|evacuees)\b")
_WITH_WOUNDS = re.compile(
    r"\s+with\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns)(?:\s+(?:on|in|at|from)\s+[\w-]+(?:\s+[a-z]+)?)?"
)
_CAPTORS_BEFORE = re.compile(
    rf"\b(?:{CAPTURED}|arresting|arrests|detaining|detains|abducting|abducts|kidnapping|kidnaps|capturing)\s+"
    r"(?:some\s+|about\s+|at least\s+|more than\s+|over\s+|nearly\s+)?$"
)
_DISEASE_CASES = re.compile(
    r"\s+(?:new\s+|suspected\s+|confirmed\s+)?(?:dengue|cholera|malaria|measles|covid(?:-19)?|diarrho?ea|mpox|ebola"
    r"|influenza|flu|typhoid|meningitis|tuberculosis|tb|diphtheria|polio|lassa(?:\s+fever)?|yellow\s+fever|plague)"
    r"\s+(?:patients|cases|infections|admissions)\b"
)
_FATE_BEFORE = re.compile(r"\b(?:fate|whereabouts) of\s+(?:the\s+)?$")
_UNKNOWN_AFTER = re.compile(r"[^.;]{0,70}?\b(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?unknown\b")
_UNIT_THINGS = re.compile(
    r"\s+(?:family|families|household|households|hh)[-\s]+(?:sized\s+)?"
    r"(?:(?:water|hygiene|food|dignity|kitchen|cooking|winter|emergency|relief|shelter|non-food)\s+)?"
    r"(?:tents?|kits?|shelters?|units?|latrines?|rations?|parcels?|packs?|packages?|items?|cards?)\b"
)
# Other buildings joined to houses under one count, which the conventions label neither way.
_OTHER_BUILDINGS_JOINED = re.compile(
    r"\s+(?:and|or|&)\s+(?:other\s+)?(?:shops|businesses|buildings|structures|offices|stores|schools|commercial"
    r"\s+(?:buildings|premises|properties)|public\s+buildings)\b"
)
# Relief goods counted, with one word for what they hold: "airlifted 3,000 food packs", "2,500 hygiene kits".
_AID_GOODS = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:packs|kits|parcels|packages|tarpaulins|blankets|tonnes|tons|rations|sacks|bottles"
    r"|litres|liters|doses|meals)\b"
)
_ANIMALS_BEFORE = re.compile(
    r"\b(?:livestock|cattle|animals?|goats?|sheep|camels?|poultry|chickens?|cows?|donkeys?|horses?|pigs?"
    r"|buffalo(?:es)?|birds?|fish|heads? of (?:cattle|livestock))\s+(?:killed|dead|deaths|died|lost|perished"
    r"|swept away|drowned)\s*[:–-]?\s*$"
)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:can|could|will|would|to|able to)\s+(?:hold|accommodate|house|host|shelter|take in|take|receive)"
    r"|capacity\s*(?::|of|for|to (?:hold|accommodate|host|shelter))|room for|designed for|built for|enough for"
    r"|enough to (?:treat|shelter|feed|house|serve|cover|supply))"
    r"\s+(?:up to\s+|some\s+|about\s+|around\s+|nearly\s+|more than\s+|over\s+)?$"
)
_AND_RETURNED = re.compile(
    r"[^.;:]{0,60}?\b(?:and\s+(?:have\s+|had\s+|has\s+)?(?:since\s+)?returned|to\s+return\s+(?:to|home)"
    # (or on their way back: "have left the sites ..., heading back to Masisi", "left the sites for their villages")
    r"|(?:heading|going|headed|walking|travelling|traveling)\s+(?:back|home)|to\s+go\s+(?:back|home)"
    r"|for\s+their\s+(?:villages|homes|home\s+(?:areas|villages|towns)|areas\s+of\s+origin))\b"
)  # ("left centres in Buzi over the last 48 hours to return to their areas of origin")
_KEY_FIGURE_LINE = 100  # characters: a key figure's line, not a sentence with a dashed aside
_ASKED_CUE = re.compile(r"survey|interview|sample|poll")
_SURVEYED_BEFORE = re.compile(
    r"\b(?:surveys?|surveyed|interviews?|interviewed|samples?|sampled|polls?|polled)\s+(?:of\s+|with\s+)?$"
)
# A hospital's care, before the patients counted: "received 27 patients", "was treating 40 casualties".
_CARED_FOR_BEFORE = re.compile(
    r"\b(?:received|receiving|receives|admitted|admitting|admits|treated|treating|treats|took in|taking in)\s+"
    r"(?:(?:at least|more than|over|some|about|nearly|another|a further)\s+)?$"
)
_VIOLENT_CAUSE = re.compile(
    r"\b(?:blasts?|attacks?|explosions?|bomb\w*|(?:air|drone )?strikes?|raids?|shelling|fighting|clashes|gunshot"
    r"|gunfire|shrapnel|wounds|mass-casualty"
    r"|injur\w*|crash|collapse|stampede|shooting|fire|quake|earthquake)\b"
)
_MORE_NOUN = re.compile(r"\s+(?:more|other|additional|further)\s+([a-z]+)(?:\s+([a-z]+))?")
# ... or by words before it: "hit two displacement camps", "evacuate 14 health facilities", "12 airlifted relief
# flights" (not a headline's verb: "60,000+ Flee Attacks on Khartoum"), unless a word after the count ends its
# phrase ("killed 12 in two villages": the villages are where, not what is counted).
_PHRASE_BREAKS = frozenset(
    {"in", "on", "at", "from", "to", "and", "or", "of", "across", "near", "during", "since", "for", "by", "with", "as",
     "after", "before", "inside", "outside", "into", "while", "when", "but", "the", "a", "an", "were", "was", "are",
     "is", "have", "has", "had", "who", "that", "this", "last", "over", "under", "between", "among", "around",
     "within", "until", "through", "throughout", "amid", "despite", "following", "towards", "toward", "beyond"}
)  # fmt: skip
# A time after a verb, which no compound's noun is: "died weeks later", "fled days after the raid".
_WHEN_AFTER_VERB = re.compile(r"(?:hours|days|weeks|months|years)\s+(?:later|after|afterwards|ago|earlier|before)\b")
_THING_COMPOUND = re.compile(r"\s+([a-z0-9-]+)\s+([a-z-]+)(?:\s+([a-z]+))?")  # ("11 AK-47 rifles")
# "left 27 soldiers (and ...) dead": the state people were left in, after its object.
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves)\s+$")
# ... and "rendered 5,000 families of Naria upazila homeless": a verb that leaves people only without a home.
_RENDERED_BEFORE = re.compile(r"\b(?:rendered|rendering|renders|render|made|making|makes)\s+$")
_LEFT_STATE = re.compile(r"[^.;:,()\d]{0,60}?\b(dead|injured|wounded|homeless|missing|displaced)\b")
_STATES = {
    "dead": Kind.KILLED, "injured": Kind.INJURED, "wounded": Kind.INJURED, "homeless": Kind.HOMELESS,
    "missing": Kind.MISSING, "displaced": Kind.DISPLACED,
}  # fmt: skip
_LISTED_BEFORE = re.compile(
    r"\b(?:listed|lists|listing|declared|declares|registered|recorded|counted|classed|classified|assessed)\s+$"
)
_LISTED_AS = re.compile(
    r"\s+as\s+(dead|injured|wounded|missing|displaced|homeless|unaccounted for"
    # a house's state: "classed 86,400 dwellings as destroyed"
    r"|(?:fully |totally |completely )?destroyed|(?:partially |partly |moderately |slightly |severely |badly "
    r"|heavily )?damaged)\b"
)
_UPROOTED = ("displaced", "uprooted")
_LIVES_LOST = re.compile(r"\s+(?:(?:were|have been|had been)\s+)?lost\b")  # "6 lives were lost", "60 lives lost"
_NO_IN_PHRASE = re.compile(r"\b(?:no|without)\s")
_OF_THOSE = re.compile(r"\s+of\s+(?:those|these|them)\b")
# A row's label before its count: "Individuals displaced: 19,362", "• Homes destroyed (preliminary): 11,300".
_ROW_LABEL = re.compile(r"(?:^|[;•|\n]\s*)(?:[-*•]\s*)?([A-Z][^:;•|\n]{2,100}?)\s*:\s*$")
# A row whose label only names a group: "- Of which children:", "Households:", "Women (18+):".
_GROUP_ROW = re.compile(
    r"\s*(?:[-*•▪]\s*)?(?:(?:of (?:which|whom|these|them)|including|incl\.|among them)\s*,?\s*)?([a-z][a-z /&]{1,40}?)"
    r"\s*(?:\([^()]{1,20}\))?\s*[:–-]\s*"
)
_ROW_GROUPS = {
    "households": Group.HOUSEHOLDS, "hh": Group.HOUSEHOLDS, "hhs": Group.HOUSEHOLDS, "families": Group.FAMILIES,
    "individuals": Group.PEOPLE, "persons": Group.PEOPLE, "people": Group.PEOPLE,
}  # fmt: skip
_ROW_UNIT = re.compile(r"\b(?:hh|hhs|households?|families)\b")
# Where a forecast about a count may still stand: up to the end of its clause.
_CLAUSE_END = re.compile(r"[,;:.()]|\s[–—-]\s")
_FORECAST_REACH = 60
# A known population, not a forecast count: "the 300 refugees will be given food".
_DETERMINERS = r"(?:the|these|those|its|their|our|his|her)"
_DEFINITE_BEFORE = re.compile(rf"\b{_DETERMINERS}\s+$")
_RESETTLED = re.compile(
    r"\b(?:resettl\w*|admit\w*|welcom\w*|take in|taking in|accept\w*|receiv\w*)\s+(?:up to\s+|some\s+)?$"
)
_DEFINITE_AT = re.compile(rf"{_DETERMINERS}\s")  # a prefix the count took in
# A share taken of a count: what happened to the share did not happen to all ("85 per cent of the 2,000 people
# who fled have returned": 2,000 fled, not 2,000 returned).
# ... or a count of the whole: "nine of the 14 passengers died" (9 died, not 14), "55 of the village's 60 houses".
_SHARE_OF = re.compile(
    r"(?:per\s?cent|percent|%|half|third|thirds|quarter|quarters|most|majority|fraction|proportion|share|some|many"
    r"|few|several|\d|million|billion|lakhs?|crores?|(?<=\d)(?:m|mn|bn|k)"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven"
    r"|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty))"
    r"\s+of\s+(?:(?:the|these|those|its|their)\s+)?(?:[a-z]+['’]s\s+)?"
    r"(?:(?:roughly|about|some|nearly|around|an estimated)\s+)?$"
)
# A count in apposition, between commas: "a larger number, about 4,800 people, returned".
_APPOSITION_OPEN = re.compile(r",\s*$")
_COMBINED_BEFORE = re.compile(
    r"\b(?:damaged|affected|destroyed|damaging|affecting|destroying)\s+(?:or|and/or)\s+$"
)  # ("damaging or destroying 4,300 shelters")
# A heading naming houses before a tally: "Damage to houses: 8,342 totally damaged and 50,106 partially damaged".
_HOUSE_HEADING = re.compile(r"\b(?:houses?|homes?|dwellings?|housing|shelters?)\b[^:;.\d]{0,20}:")


# (Named tuples, like numbers.NumberMention, for their cost.)
class Statement(NamedTuple):
    """A figure as stated in a sentence, with offsets relative to that sentence."""

    kind: Kind
    value: int | None
    value_max: int | None
    qualifier: Qualifier
    group: Group
    start: int
    end: int
    projection: bool
    cumulative: bool
    own_verb: bool  # the phrase ends with its own verb, so an "and Y injured" after it shares its hedge


def _age_of_a_named_victim(sentence: str, lowered: str, mention: NumberMention) -> bool:
    """Whether a count in brackets is the age of a person named in a list of the victims ("The dead are Masanja
    Lupilya (45), Kabula Masanja (39) and ..."), not a count by place ("Deaths: Central Luzon (4)")."""
    if not lowered.startswith("(", max(0, mention.start - 1)) or (mention.value or 0) > 110:
        return False
    if not _PERSON_BEFORE_BRACKET.search(sentence, max(0, mention.start - 50), mention.start):
        return False
    intro = next(reversed(list(_VICTIMS_NAMED.finditer(lowered, 0, mention.start))), None)  # (the last one)
    # (the names listed right after it: not "the injured were sent to Khao Kho Hospital (12)")
    return intro is not None and _NAMES_LISTED.fullmatch(sentence, intro.end(), mention.start) is not None


# A person's names, two or three, right before the bracket: "Kabula Masanja (".
_PERSON_BEFORE_BRACKET = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s*\($")
_NAMES_LISTED = re.compile(r"(?:[A-Z][\w'’.-]*|\(\d{1,3}\)|,|and|\s)+\(")
# The victims introduced by their names: "The dead are", "identified the victims as".
_VICTIMS_NAMED = re.compile(
    r"\b(?:dead|deceased|victims|killed|injured|wounded|missing)\s+(?:are|were|include|included|as|have been"
    r" identified as|were identified as)\s|\bidentified\s+(?:them\s+|the\s+\w+\s+)?as\s|\bnamed\s+(?:them\s+)?as\s"
)


def _bracketed_inside(lowered: str, mention: NumberMention, before: list[Link | None]) -> bool:
    """Whether a count in brackets stands inside the words of a figure before it, between that figure's count and
    its verb: an age ("Two guards, Tomba (41) and Ibomcha (36), were shot dead"), not a figure of its own."""
    if not lowered.startswith("(", max(0, mention.start - 1)) or (mention.value or 0) > 110:
        return False
    return any(link is not None and link.start < mention.start < link.end for link in before)


def _more_things(lowered: str, mention: NumberMention, lex: Lexicon) -> bool:
    """Whether a bare count counts more things: "the evacuation of 11 more villages", "11 more border settlements"."""
    more = _MORE_NOUN.match(lowered, mention.end)
    if more is None or more.group(1) in lex.non_count_nouns:
        return more is not None
    # (not a time after the count's verb: "three more died hours later")
    return more.group(2) in lex.non_count_nouns and not _WHEN_AFTER_VERB.match(lowered, more.start(2))


# "two more", "three others" right after a count, and the plural a count before it names (a word or two of
# description allowed: "Nine mobile health teams").
_MORE_OR_OTHERS_AFTER = re.compile(r"\s+(?:more|others)\b")
_COUNTED_PLURAL = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b")
# Bodies of people counted as wholes: "two more teams" are no count of people.
_BODIES_OF_PEOPLE = frozenset(
    {"teams", "units", "crews", "squads", "brigades", "battalions", "delegations", "missions"}
)


def _more_of_things_before(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], i: int, lex: Lexicon
) -> bool:
    """Whether a bare "two more" or "three others" counts the things the count before it in the sentence counts:
    "Nine mobile health teams were deployed, and two more are expected to arrive"."""
    if i == 0 or nps[i].has_head or not _MORE_OR_OTHERS_AFTER.match(lowered, mentions[i].end):
        return False
    if any(np.house or (np.has_head and not np.trap) for np in nps[:i]):
        return False  # ("4,200 people are sleeping in two schools, and 1,000 more with host families": people)
    if nps[i - 1].trap and nps[i - 1].has_head:
        return True  # ("Nine trucks were sent, and two more are on the way")
    plural = _COUNTED_PLURAL.match(lowered, mentions[i - 1].end)
    return plural is not None and (plural.group(1) in _BODIES_OF_PEOPLE or is_thing(plural.group(1), lex))


def _named_things(sentence: str, lowered: str, mention: NumberMention, lex: Lexicon) -> bool:
    """Whether a bare count counts things its next words name: "two displacement camps", "14 health facilities"."""
    thing = _THING_COMPOUND.match(lowered, mention.end)
    if thing is None or thing.group(1) in _PHRASE_BREAKS:
        return False  # ("killed 12 in two villages": the count's phrase ends before its place)
    if _WHEN_AFTER_VERB.match(lowered, thing.start(2)) or (
        thing.group(3) is not None and _WHEN_AFTER_VERB.match(lowered, thing.start(3))
    ):
        return False  # ("another 89 died weeks later", "three more died hours later": when, after the count's verb)
    if not (
        thing.group(2) in lex.non_count_nouns
        or (thing.group(3) in lex.non_count_nouns and thing.group(2) not in _PHRASE_BREAKS)
    ):
        return False  # ("seven killed in cattle raid": a verb, then where)
    # (an attributive participle names them: "airlifted relief flights"; a verb says what the count did)
    return thing.group(1).endswith("ed") or right_trigger(sentence, lowered, mention.end, lex, house=False) is None


# A list item's mark at a line's start: "- 6 civilians, including 2 children, in airstrikes on Khan Shaykhun".
# (a label may come first: "- Syrian regime forces: 171 civilians, including 49 children")
# (the count in digits or words: "- 6 women", "- six women; - three children, all under 10")
_BULLET = re.compile(
    rf"\s*{BULLET_MARK}\s+(?:[^:\d]{{2,80}}:\s+)?(?=(?:at least |about |some |more than |over |nearly )?(?:\d"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))"
)
# Words that make an item a clause of its own, read by itself ("- 900 people in Kosti could be cut off").
_ITEM_VERB = re.compile(
    r"\b(?:are|is|were|was|will|would|shall|can|could|may|might|must|have|has|had|live|lives|need|needs|remain"
    r"|remains|stay|stays|(?<!loyal )(?<!allied )(?<!aligned )(?<!affiliated )(?<!linked )(?<!belonging )to)\b"
)  # (not whose side they were on: "- 181 gunmen loyal to the former president")
# The item's words run to its end without a verb: an aside in commas, then where and how ("in shelling on X").
_ITEM_TAIL = re.compile(
    r"(?:,[^,;:]{1,80},)?(?:\s+(?:in|at|on|near|from|by|during|with|of"
    r"|(?:loyal|allied|aligned|affiliated|linked|belonging)\s+(?:to|with))\b[^;:]*)?"
    # (its parts: ", including six children", ", five of them children")
    r"(?:\s*,\s*(?:including|among them|of whom|(?:[\w-]+\s+){1,2}of\s+(?:them|whom))\b[^;:]*)?"
    # (their ages: "- three children, all under 10;")
    r"(?:\s*,\s*(?:all\s+|both\s+)?(?:aged\b|(?:aged\s+)?(?:under|below|over|between)\b)[^,;:]{0,25})?\s*[.;]?\s*$"
)
_POPULATION_LABEL = re.compile(r"\b(?:population|capacity|inhabitants)\b")  # ("- Total population of the site: ...")
# Aid an item's people received, which says what the item counts: "- 57 survivors received clinical care".
_AID_IN_ITEM = re.compile(r"\b(?:received|receiving|given|provided|reached|assisted|supported|served|benefit{1,2}ed)\b")
_PAST_WORD = re.compile(r"(?<![\w-])[a-z]+ed\b")  # (-ed words, not a compound's: "US-based")
_WITH_HOSTS_AFTER = re.compile(r"\s+with\s+(?:host\s+famil(?:y|ies)|hosts|relatives|friends)\b")


# A bare count's place, all the item says of it: "in Bokkos LGA", "in Barkin Ladi, ..."
_PLACE_ITEM = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?([a-z][\w'’.-]*)(?:\s+[a-z][\w'’.-]*){0,3}\s*(?:[,;(]|$)")


def _bullet_item(
    sentence: str, lowered: str, mention: NumberMention, np: NounPhrase, bullet: re.Match[str], kind: Kind, lex: Lexicon
) -> Link | None:
    """A list item that counts people with no verb of its own takes the kind of the line that opens the list ("The
    civilians were killed as follows:") or of the item before it."""
    if mention.start != bullet.end() or np.trap or np.house or np.kind is not None:
        return None
    if not np.has_head:
        # a bare count by place, named with a capital: "* 79 in Bokkos LGA, among them ...", under "the dead
        # include:" (not a time: "* 8 in the morning")
        place = _PLACE_ITEM.match(lowered, mention.end)
        if place is None or not sentence[place.start(1)].isupper():
            return None
        return Link(kind, np.group, mention.start, mention.end, False, False)
    tail = _ITEM_TAIL.match(lowered, np.end)
    if tail is None or _ITEM_VERB.search(lowered, np.end, tail.end()):
        return None  # ("- 40 families were moved to the school": a verb of its own, read by itself)
    labelled = lowered.find(":", 0, mention.start) >= 0
    if _AID_IN_ITEM.search(lowered, np.end, tail.end()) or (
        labelled
        and (
            _PAST_WORD.search(lowered, np.end, tail.end())
            or title_kind(lowered[: mention.start], lex) not in (None, kind)
            or _POPULATION_LABEL.search(lowered, 0, mention.start)
            # ("▪️ Livestock lost: 18,600 heads")
            or _ANIMALS_BEFORE.search(lowered, max(0, mention.start - 40), mention.start)
        )
    ):
        # ("- 57 survivors of sexual violence received clinical care", "- Departures (returns to areas of origin):
        # 612 individuals": a verb or a label of its own says what happened, not the line opening the list)
        return None
    if kind in FLIGHT_KINDS and _PEOPLE_IN_SITES_AFTER.match(lowered, np.end):
        kind = Kind.SHELTERED  # "- 2,140 individuals in spontaneous sites", under a count of the displaced
    elif kind in FLIGHT_KINDS and _WITH_HOSTS_AFTER.match(lowered, np.end):
        kind = Kind.DISPLACED  # "- 4,172 individuals with host families", after an item of those in sites
    return Link(kind, np.group, mention.start, np.end, False, False)


def _house_item(lowered: str, mention: NumberMention, np: NounPhrase, bullet: re.Match[str], kind: Kind) -> Link | None:
    """An item of homes, with no verb of its own, in a list under a line naming their fate ("Damaged:", then "- 9
    private houses;")."""
    if mention.start != bullet.end() or not np.house or np.trap or not _HOUSE_ITEM_END.match(lowered, np.end):
        return None
    if lowered.find(":", 0, mention.start) >= 0:
        return None  # a label of its own says their fate ("- Roofs blown off or damaged: 118,470 houses")
    return Link(kind, Group.HOUSEHOLDS, mention.start, np.end, False, False)


_HOUSE_ITEM_END = re.compile(r"\s*[;,.]?\s*$")

# Who speaks, counted: "two security sources told Reuters", "three residents said".
_SPEAKERS_AFTER = re.compile(
    r"(?:\s+(?!as\b|and\b|while\b)[\w-]+){0,2}?\s+(?:sources|officials|witnesses|residents|medics|doctors"
    r"|diplomats|analysts)\s+(?:told|said|say|says|tell)\b(?!\s+to\b)"  # (not "as Nysa residents told to leave")
)
# A return told after people named as displaced: "Iraqis displaced by the war have returned", "displaced Lebanese
# headed back" (not in a clause of their own: "IDPs who had returned to Mosul fled again").
_RETURN_AFTER = re.compile(
    r"(?:\s+(?!who\b|that\b|which\b|were\b|are\b)[^\s.;,]+){0,10}?\s+(?:(?:have|has|had)\s+(?:now\s+|since\s+"
    r"|already\s+)?(?:returned|gone back|come back)|headed back|head back|heading back|head(?:ed|ing)? home)\b"
)
# A count that is the whole of a part named before it: "24,000 of the more than 140,000".
# Between a part and the count of its whole: "18,000 of the roughly 26,000".
_PART_OF_WHOLE_BETWEEN = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:roughly|about|some|nearly|around|an estimated|estimated|more than|over)\s+)?"
)
_WHOLE_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
# A house's fate right after a bare count: "1,350 completely destroyed", "410 destroyed".
_BARE_HOUSE_FATE = re.compile(
    r"\s+(?:(?:completely|totally|fully|partially|partly|badly|severely|heavily|moderately|lightly|slightly)\s+)?"
    r"(?:destroyed|damaged)\b"
)
# A ratio's second term after its first: "one death for every 18 people", "one in every 40".
_FOR_EVERY = re.compile(r"\s+(?:for|in|out of) every\s+")


def _link(
    sentence: str, lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon, previous_house: bool
) -> Link | None:
    """What one number counts and what happened, from its own words (no sharing with neighbours)."""
    if np.kind is not None and _SITES_AFTER.match(lowered, np.end):
        return None  # "21 Internally Displaced Persons (IDP) camps": the people name the sites counted
    if (
        mention.value == 1
        and np.group in _UNIT_GROUPS
        and _ORIGIN_BEFORE.search(lowered, max(0, mention.start - 8), mention.start)
    ):
        return None  # "four women from one family were killed": whose family they were, not a count of families
    if _ASKED_CUE.search(lowered) and _SURVEYED_BEFORE.search(lowered, max(0, mention.start - 30), mention.start):
        return None  # "a survey of 450 households who left camps": the people asked, not a figure
    if _CAPTORS_BEFORE.search(lowered, max(0, mention.start - 30), mention.start):
        return None  # "police arrested 20 people", "gunmen abducted 30 villagers": taken, not a figure
    if _BETWEEN_BEFORE.search(lowered, max(0, mention.start - 12), mention.start) and _SIDES_AFTER.match(
        lowered, mention.end
    ):
        return None  # "a clash between two groups left one person dead": the sides, not the harmed
    if _DISEASE_CASES.match(lowered, mention.end):
        return None  # "2,846 dengue patients were hospitalised": a disease's patients, no one hurt
    if (fate := _FATE_BEFORE.search(lowered, max(0, mention.start - 16), mention.start)) and (
        unknown := _UNKNOWN_AFTER.match(lowered, max(np.end, mention.end))
    ):
        return Link(Kind.MISSING, np.group, fate.start(), unknown.end(), False, True)  # "the fate of 34 ... unknown"
    if np.house and _OTHER_BUILDINGS_JOINED.match(lowered, np.end):
        return None  # "15,000 homes and businesses were flooded": houses and other buildings in one count
    if _UNIT_THINGS.match(lowered, mention.end) or (not np.has_head and _AID_GOODS.match(lowered, mention.end)):
        return None  # "airlifted 4,000 family tents", "3,000 food packs": things (sized for a unit), not people
    if _ANIMALS_BEFORE.search(lowered, max(0, mention.start - 40), mention.start):
        return None  # "Livestock killed: 242,000", "Cattle killed 1,200": animals, not people
    if _CAPACITY_BEFORE.search(lowered, max(0, mention.start - 30), mention.start):
        return None  # "a mass grave that can hold 1,300 bodies", "a capacity of 500 people": room, not a figure
    if (inverted := _NUMBER_NAMED_AFTER.match(lowered, mention.end)) and (
        # (what befell them, right after the noun: "brings to 306 the number of refugees evacuated to Rwanda")
        named := (
            PARTICIPLE_KINDS.get(inverted.group(3) or "")
            if inverted.group(1) in lex.kind_nouns
            or inverted.group(1) in lex.refugee_nouns
            or _names_people(inverted.group(1), lex)
            else None
        )
        or lex.kind_nouns.get(inverted.group(1))
        or PARTICIPLE_KINDS.get(inverted.group(1))
        or PARTICIPLE_KINDS.get(inverted.group(2) or "", Kind.KILLED if inverted.group(2) == "lost" else None)
        # (one word of origin before: "the number of Sudanese refugees who have fled to Chad")
        or (
            (
                lex.kind_nouns.get(inverted.group(3) or "")
                or (Kind.DISPLACED if inverted.group(3) in lex.refugee_nouns else None)
            )
            if sentence[inverted.start(1)].isupper()
            else None
        )
    ):
        # "to 2,060 the number injured", "bring to more than 149,000 the number of Sudanese refugees who have fled"
        group = lex.group_nouns.get(inverted.group(1), Group.PEOPLE)  # ("the number of troops it has lost")
        return Link(named, group, mention.start, inverted.end(), False, False)
    if _RELATIVE_AFTER.match(lowered, max(np.end, mention.end)) and SUBGROUP.search(
        lowered, max(0, mention.start - 16), mention.start
    ):
        return None  # "killed 23 people, including four children, who had taken refuge there": the whole's kind
    if " or " in lowered and _HARM_COMBINED_AFTER.match(lowered, mention.end):
        return None  # "UN counts more than 2,300 killed or injured": the dead and the hurt in one count
    if np.trap or ("receiv" in lowered and _TO_RECEIVE.match(lowered, max(np.end, mention.end))):
        return None  # ("2,000 HH to receive shelter toolkits": aid to come, to its beneficiaries)
    if (
        mention.qualifier is Qualifier.VAGUE
        and not np.has_head
        and mention.vague_word not in lex.vague_standalone
        and not _is_forced_move(sentence, lowered, mention, np)
    ):
        return None
    if not np.has_head and _is_age_apposition(sentence, lowered, mention, lex):
        return None
    if mention.qualifier is Qualifier.LESS_THAN and (
        _AGE_GROUP_BEFORE.search(lowered, max(0, mention.start - 12), mention.start)
        or _UNDER_AN_AGE_BEFORE.search(lowered, max(0, mention.start - 12), mention.start)
    ):
        return None  # "16 children under five had died": an age, not a count
    family_of = _FAMILY_OF.search(lowered, max(0, mention.start - 40), mention.start)
    if (
        family_of is None
        # ("residents of 45 households were evacuated": households are how moves are counted; a toll of them is
        # left out below)
        and not (np.group in (Group.FAMILIES, Group.HOUSEHOLDS) and (mention.value or 0) > 1)
        and lowered.find("of", max(0, mention.start - 8), mention.start) >= 0
        and (owner := _OWNER_OF.search(lowered, max(0, mention.start - 30), mention.start))
        and (owner.group(1) in lex.group_nouns or owner.group(1) in _OWNERS)
    ):
        return None  # "members of one family": the members are counted, not the family
    if m := lex.of_the.match(sentence, mention.end):
        kind = lex.of_the_kind_nouns[m.group("kind").lower()]
        return Link(kind, lex.group_nouns[m.group("group").lower()], mention.start, m.end(), True, False)
    if np.has_head and np.kind is None and (kind_noun := _KIND_NOUN_AFTER.match(lowered, np.end)):
        np = np._replace(kind=lex.kind_nouns[kind_noun.group(1)], end=kind_noun.end())  # "39 civilian deaths"
    if not np.has_head and (_more_things(lowered, mention, lex) or _named_things(sentence, lowered, mention, lex)):
        return None  # "the evacuation of 11 more villages", "hit two displacement camps"
    verb_end = family_of.start() if family_of else mention.start  # where a verb before the count must end
    # ("killed a family of six": the verb stands before the family)
    if not np.has_head and (head := _head_before(lowered, mention.start, lex)) is not None:
        np, verb_end = head
    # "destroyed 16,441 houses and damaged 150,000 others": "others" after houses are houses
    others = lowered[mention.end : np.end].strip() in _OTHERS
    house = np.house or (
        (not np.has_head or others or np.partitive)
        and previous_house
        and not OTHER_THINGS.match(lowered, mention.end)
        and not _PEOPLE_IN_SITES_AFTER.match(lowered, mention.end)
    )  # ("razing 3,000 homes and some 500 other structures": things other than homes; "70 houses torched, 600 in
    # relief camps": people, where they stay)
    if (
        house
        and not np.house
        and mention.qualifier is Qualifier.VAGUE
        and right_trigger(sentence, lowered, max(np.end, mention.end), lex, house=True) is None
        and left_trigger(lowered, verb_end, lex, house=True) is None
    ):
        house = False  # a vague count with no fate of homes is people: "torches 120 houses in Mafa, hundreds flee"
    if not house and not np.has_head and lowered.find(":", 0, mention.start) >= 0:
        house = _HOUSE_HEADING.search(lowered, 0, mention.start) is not None
    left: Trigger | None = None
    if house:
        left = left_trigger(lowered, verb_end, lex, house=True)
    if left is None and not np.house:
        left = left_trigger(lowered, verb_end, lex, house=False)
        if (
            left is not None
            and lowered.startswith("the ", mention.start)
            and _WITH_OTHERS_END.search(lowered, left.end - 14, left.end)
        ):
            left = None  # those named before, not more dead: "were killed along with the three children"
        if left is None and (owner := _POSSESSIVE_BEFORE.search(lowered, max(0, verb_end - 7), verb_end)):
            left = left_trigger(lowered, owner.start(), lex, house=False)  # "injuring her 3 children"
            if left is not None and left.kind not in HARM_KINDS and left.kind is not Kind.EVACUATED:
                left = None  # (an agency moves its own: "forced to evacuate its 11 international staff")
        if left is None and np.has_head and (moved := _MOVED_BEFORE.search(lowered, max(0, verb_end - 14), verb_end)):
            moved_head = lowered[max(mention.end, np.end - 24) : np.end].split()[-1:]
            if moved_head and moved_head[0] in (*lex.refugee_nouns, "idps"):  # "moved 6,412 refugees to Maban"
                left = Trigger(Kind.DISPLACED, moved.start(), moved.end())
            elif _TO_SAFETY.match(lowered, np.end) or (
                moved.group().startswith("shifted") and moved_head and moved_head[0] in _UPROOTABLE
            ):
                # ("shifted", in South Asian English, is an evacuation by itself: "We have shifted over 19,000
                # people in our district alone")
                left = Trigger(Kind.EVACUATED, moved.start(), moved.end())
        if left is None and np.has_head and (hosted := _HOSTED_BEFORE.search(lowered, max(0, verb_end - 40), verb_end)):
            plural = sentence[max(mention.end, np.end - 24) : np.end].split()[-1:]  # ("taken in 1.5 million Sudanese")
            if (
                plural
                # (a people hosted by a country are its refugees: "Pakistan hosts about 3 million Afghans")
                and (_refugee_head(lowered, mention, np, lex) or is_people_name(plural[0]))
                and is_area_subject(lowered, hosted.start())
            ):
                left = Trigger(Kind.DISPLACED, hosted.start(), hosted.end())  # "Chad now hosts 1.1 million refugees"
        listed = _REGISTERED_BEFORE.search(lowered, max(0, verb_end - 24), verb_end) if left is None else None
        if (
            listed is not None
            and np.has_head
            and np.kind is None  # ("counted 854 wounded refugees": the noun's own kind)
            and _refugee_head(lowered, mention, np, lex)
            # (a site counting its own: "The camp counts 12,000 refugees" is its population)
            and not (
                listed.group(0).startswith("count")
                and _SITE_COUNTING.search(lowered, max(0, listed.start() - 30), listed.start())
            )
            # (a verb after says more: "registered 37 refugees with gunshot wounds", "... in temporary shelters")
            and right_trigger(sentence, lowered, np.end, lex, house=False, distant=True) is None
        ):
            left = Trigger(Kind.DISPLACED, listed.start(), listed.end())  # "UNHCR has registered 20,300 refugees"
    if (
        left is not None
        and left.kind in FLIGHT_KINDS
        and np.kind in HARM_KINDS
        and lowered.startswith("among", left.start)
    ):
        left = None  # "among the new arrivals were more than 600 wounded": the hurt among them, by their own noun
    if (
        left is not None
        and _LOST.match(lowered, left.start)
        and (not np.has_head or np.house or np.kind)
        and not _OWN_AFTER.match(lowered, mention.end)
        and not (np.house and left.kind in HOUSE_KINDS)  # ("the town lost 2,476 homes": destroyed, as houses go)
    ):
        left = None  # "lost 12 soldiers", "lost four of their own" are tolls; "lost 40 per cent", "300 homes" are not
    if left is not None and _LOST.match(lowered, left.start) and _LOST_TO_WORK.match(lowered, max(np.end, mention.end)):
        left = None  # "lost 600 employees to buyouts": staff who left, not the dead
    if (
        left is None
        and np.has_head
        and lowered[mention.end : np.end].strip() in _OTHERS
        and not OWN_PREDICATE.match(lowered, np.end)
        and right_trigger(sentence, lowered, np.end, lex, house=False) is None  # ("and 30 others remain missing")
    ):
        left = _verb_before_object(lowered, mention.start, lex)  # ("and 1,663 others were injured": their own)
    if (
        left is not None
        and others
        and house
        and left.kind not in HOUSE_KINDS
        and right_trigger(sentence, lowered, max(np.end, mention.end), lex, house=True) is not None
    ):
        left = None  # "23 houses buried by the landslide and 61 others damaged": other houses, with their own fate
    if (
        left is not None
        and not np.has_head
        and _BURIED.match(lowered, left.start)
        and _things_after(sentence, mention, lex)
    ):
        return None  # "a landslide buried two buses": things, not people
    if (
        left is None
        and np.has_head
        and lowered[max(mention.end, np.end - 12) : np.end].endswith(("patients", "casualties"))
        and (care := _CARED_FOR_BEFORE.search(lowered, max(0, verb_end - 30), verb_end))
        and _VIOLENT_CAUSE.search(lowered)  # (not "12 patients with cholera")
    ):
        left = Trigger(Kind.INJURED, care.start(), care.end())  # "the hospital had received 27 patients from the blast"
        if wounds := _WITH_WOUNDS.match(lowered, np.end):
            np = np._replace(end=wounds.end())  # (the phrase goes on: "7 patients with severe wounds on Monday")
    if left is None and np.kind is Kind.KILLED and (loss := _LOSS_OF.search(lowered, max(0, verb_end - 20), verb_end)):
        left = Trigger(Kind.KILLED, loss.start(), loss.end())  # "resulted in the loss of 210 lives"
    if (
        left is not None
        and _COUNT_BEFORE.search(lowered, max(0, left.start - 12), left.start)
        and not _YEAR_BEFORE.search(lowered, max(0, left.start - 16), left.start)  # ("An attack in 2022 killed 40")
        and (own := np.kind or getattr(right_trigger(sentence, lowered, mention.end, lex, house=house), "kind", None))
        and own is not left.kind
    ):
        left = None  # "12 killed 30 injured": the verb before is the count before's; this count has its own
    if left is not None:
        if left.kind is Kind.MISSING and trapped_after(sentence, max(np.end, mention.end), lex):
            return None  # "searching for dozens of people believed trapped under the landslide": not lost, held
        joined = _COMBINED_BEFORE.search(lowered, max(0, left.start - 24), left.start)
        if joined is not None and left.kind is Kind.HOUSES_DESTROYED and joined.group().startswith("destroy"):
            joined = None  # "destroyed or swept away 1,870 houses": two ways of destruction, one count
        if left.kind in HOUSE_KINDS and (
            joined is not None
            or COMBINED.search(lowered, left.start, left.end)  # ("put the number of homes damaged or destroyed at")
        ):
            return None  # "damaged or destroyed 1,300 homes": a combined total, which the conventions leave out
        group = np.group if np.has_head else _row_unit(lowered, clause_start(lowered, left.start), left.end) or np.group
        kind = left.kind
        if (
            kind is Kind.DISPLACED
            and lowered.startswith(("relocat", "shifted", "moved"), left.start)
            and _TO_SAFE_PLACES.match(lowered, max(np.end, mention.end))
        ):
            kind = Kind.EVACUATED  # "relocated 31,500 households with 110,000 people to safe areas": out of harm's way
        if kind in (Kind.EVACUATED, Kind.MISSING, Kind.RETURNED) and np.kind in HARM_KINDS:
            # "evacuated 21 wounded people by boat", "the search for 12 bodies", "the sea returns three more
            # bodies": the noun says what
            kind = np.kind
        if kind is Kind.DISPLACED and np.kind is Kind.RETURNED and lowered.startswith("among", left.start):
            kind = Kind.RETURNED  # "Among the arrivals are an estimated 17,000 Chadian returnees"
        if kind in (Kind.DISPLACED, Kind.EVACUATED) and (
            _TO_HOMES.match(lowered, max(np.end, mention.end)) or _BACK_AFTER.match(lowered, max(np.end, mention.end))
        ):
            # "relocated 1,600 households from the camp to their ancestral homes", "moved 30,000 IDPs back to Tselemti"
            kind = Kind.RETURNED
        return Link(kind, group, left.start, max(np.end, mention.end), False, True)
    if (
        np.has_head
        and _WITH_BEFORE.search(lowered, max(0, mention.start - 6), mention.start)
        and (dying := _DYING_AFTER.match(lowered, np.end))
    ):
        return Link(Kind.KILLED, np.group, mention.start, dying.end(), True, False)  # "with six more people drowning"
    part = lowered.find("of", max(0, mention.start - 30), mention.start) >= 0 and bool(
        _SHARE_OF.search(lowered, max(0, mention.start - 45), mention.start)
    )
    right = right_trigger(
        sentence, lowered, max(np.end, mention.end), lex, house=house, distant=np.has_head and not others, part=part
    )
    if right is None and np.has_head and np.kind is None and not np.house and not others:
        # two nouns of one count before its verb: "40 troops and volunteers killed", "12 police and army officers"
        for second in _SECOND_NOUNS:
            joined = second.match(lowered, np.end)
            if (
                joined is not None
                and _names_people(joined.group(1), lex)
                and not any(word in lex.number_names for word in joined.group(1).split())
            ):
                right = right_trigger(sentence, lowered, joined.end(), lex, house=False, distant=True)
                if right is not None and _PLACE_WORD_OPENING.match(lowered, right.start):
                    right = None  # (where the second noun's people are, not what befell the count's)
                if right is not None:
                    break
    if right is None and np.has_head and (animals := _ANIMALS_ALONG.match(lowered, np.end)):
        # their animals counted along: "3,014 people and 410 pets remained in 86 shelters"
        right = right_trigger(sentence, lowered, animals.end(), lex, house=False)
    if right is not None and right.kind is Kind.DISPLACED and _LEFT_FOR_WORK.match(lowered, right.start):
        right = None  # "12 left for seasonal work", "200 have left for jobs in the Gulf": work, not flight
    if right is None and np.has_head and (listed := _REGISTERED_AFTER.match(lowered, np.end)):
        last = lowered[max(mention.end, np.end - 24) : np.end].split()[-1:]
        if last and last[0] in lex.refugee_nouns:  # "8 million refugees from Ukraine have been recorded in Europe"
            right = Trigger(Kind.DISPLACED, listed.start(1), listed.end(1))
    if right is None and not np.has_head and (of_those := _OF_THOSE.match(lowered, mention.end)):
        right = right_trigger(sentence, lowered, of_those.end(), lex, house=house)  # "317 of those were destroyed"
    if part and right is not None and right.kind is Kind.RETURNED and lowered.startswith(_UPROOTED, right.start):
        # "half of the 111,000 people displaced from Aleppo ... returned": the share returned, the whole fled
        right = Trigger(Kind.DISPLACED, right.start, lowered.index(" ", right.start))
    if right is None and house and not np.house and not others:
        # a bare count after houses may still count people: "Buries 30 Homes, 11 Missing", "guts 2,200 shelters,
        # 14,000 left homeless"
        right = right_trigger(sentence, lowered, max(np.end, mention.end), lex, house=False, part=part)
        if right is not None and right.kind not in HARM_KINDS and right.kind is not Kind.HOMELESS:
            right = None
    if (
        right is None
        and np.has_head
        and lowered[np.end : np.end + 1] == ","
        and _APPOSITION_OPEN.search(lowered, max(0, mention.start - 3), mention.start)
        and not _OF_THIS_WHOLE.match(lowered, mention.end)  # ("..., 17 of them children, and 51 are missing")
    ):
        right = right_trigger(
            sentence, lowered, np.end + 1, lex, house=house
        )  # "a larger number, about 4,800 people, returned"
    if (
        right is not None
        and np.kind is Kind.RETURNED
        and right.kind in (Kind.DISPLACED, Kind.SHELTERED)
        and _STAYING.match(lowered, right.start)
        # (not in collective shelters, which is shelter: "40,000 returnees are sheltering in schools")
        and not (right.kind is Kind.SHELTERED and _COLLECTIVE_SITE.search(lowered, right.start, right.end))
    ):
        right = Trigger(Kind.RETURNED, right.start, right.end)  # "68,000 returnees are staying with relatives"
    if (
        right is not None
        and right.kind is Kind.DISPLACED
        and lowered.startswith("left", right.start)
        and (back := _AND_RETURNED.match(lowered, right.end))
    ):
        right = Trigger(Kind.RETURNED, right.start, back.end())  # "have left the sites ... and returned home"
    if (
        right is not None
        and right.kind is Kind.SHELTERED
        and lowered[right.start : right.start + 12].lstrip().startswith(("in ", "at ", "inside "))
        and (harm := _HARM_AFTER_PLACE.match(lowered, right.end))
    ):
        # "Four people in the shelter beside mine died instantly": where they were, then what befell them
        right = Trigger(Kind.KILLED if harm.group(1) else Kind.INJURED, right.start, harm.end())
    if (
        right is not None
        and right.kind in (Kind.DISPLACED, Kind.EVACUATED)
        and "fle" not in lowered[right.start : right.end]
        and not part
        and _TO_HOMES_NEAR.match(lowered, right.end)
    ):
        right = Trigger(Kind.RETURNED, right.start, right.end)  # "IDPs were bused from the camp to their villages"
    if right is not None and right.kind is Kind.RETURNED and _NOT_BEFORE.search(lowered, np.end, right.start):
        # "14 fishermen had not returned from sea and were feared missing": no return; the missing, when said
        missing = _FEARED_MISSING_AFTER.match(lowered, right.end)
        right = Trigger(Kind.MISSING, right.start, missing.end()) if missing else None
    if right is not None and right.kind is Kind.INJURED and HURT_THEN_DIED.match(lowered, right.end):
        right = Trigger(Kind.KILLED, right.start, right.end)  # "nine of the wounded, all with severe burns, had died"
    if right is not None and right.kind is Kind.MISSING and LOST_THEN_FOUND_DEAD.match(lowered, right.end):
        right = Trigger(Kind.KILLED, right.start, right.end)  # "were swept away and later found dead": dead, not lost
    if right is not None and np.has_head and _is_doer(lowered, right):
        return None  # "Some 300 gunmen killed two soldiers": the count did it
    if (
        right is not None
        and np.house
        and right.kind not in HOUSE_KINDS
        and right.kind not in HARM_KINDS
        and lowered[max(mention.end, np.end - 12) : np.end].endswith(("buildings", "structures"))
    ):
        return None  # "occupants of two adjoining buildings were evacuated": buildings move no one ("80 homes were
        # evacuated" tells households)
    if right is not None and np.kind is Kind.KILLED and right.kind in (Kind.MISSING, Kind.INJURED):
        # "two of the deceased were swept away", "nine bodies were taken to the district hospital": still dead
        right = Trigger(Kind.KILLED, right.start, right.end)
    if right is not None and right.kind in MOVED_KINDS and _moved_not_displaced(sentence, lowered, mention, right, np):
        return None
    if right is not None and RATE_AFTER.match(lowered, right.end):
        return None  # "one child dies every two hours": a rate, no figure
    if (
        right is not None
        and np.kind in HOUSE_KINDS
        and right.kind in HOUSE_KINDS
        and _COUNT_BETWEEN.search(lowered, np.end, right.start)
    ):
        # "50,120 partially damaged houses and 9,410 that collapsed": the verb after is the next count's
        return Link(np.kind, np.group, mention.start, np.end, False, False)
    if right is not None and right.kind in HOUSE_KINDS and COMBINED.match(lowered, right.start):
        return None  # "homes have been damaged or destroyed": a combined total
    if right is not None and right.kind in HARM_KINDS and _HARM_COMBINED.match(lowered, right.start):
        return None  # "2,392 civilians killed or injured": the dead and the hurt in one count, neither kind's
    if right is not None and right.kind is Kind.SHELTERED and _WHO_LIVE_IN_CAMPS.match(lowered, np.end):
        return None  # who camps host: "the roughly 400,000 Sudanese who were already living in camps"
    if right is not None:
        told = lowered[right.start : right.end]
        motion = right.kind is Kind.DISPLACED and _MOTION.match(told) is not None and "fle" not in told
        if np.kind in HARM_KINDS and (
            right.kind in (Kind.SHELTERED, Kind.EVACUATED, Kind.DISPLACED)
            or (np.adjectival and right.kind not in HARM_KINDS)
        ):
            # "60 dead in the shelters", "150 wounded were evacuated to Kaya", "500 wounded had arrived overnight",
            # "850 wounded people fleeing violence", "249 injured in a strike on a camp for displaced people": the
            # noun says what happened
            return Link(np.kind, np.group, mention.start, np.end, False, False)
        if (
            np.kind in HARM_KINDS
            and right.kind in HARM_KINDS
            and np.kind is not right.kind
            and _PART_ASIDE.search(lowered, np.end, right.start)
        ):
            # "24 killed, 51 wounded, including four children killed": past an aside, the verb is the part's
            return Link(np.kind, np.group, mention.start, np.end, False, False)
        if motion and np.kind in (Kind.RETURNED, Kind.EVACUATED):
            # "returnees arriving", "2,500 evacuees had arrived in three days": who they are tells how they moved
            return Link(np.kind, np.group, mention.start, right.end, True, False, motion)
        return Link(right.kind, np.group, mention.start, right.end, True, False, motion)
    if np.has_head and np.kind is None and (state := _left_in_state(lowered, mention.start, np.end)) is not None:
        return Link(state[0], np.group, mention.start, state[1], False, False)
    if np.has_head and (to_death := killed_to_death(lowered, mention.start, np.end)) is not None:
        return Link(Kind.KILLED, np.group, mention.start, to_death, False, False)
    if _is_forced_move(sentence, lowered, mention, np):
        return Link(Kind.DISPLACED, np.group, mention.start, np.end, False, False)
    if (
        np.has_head
        and np.group is not Group.FIGHTERS
        and _URGED_BEFORE.search(lowered, max(0, mention.start - 16), mention.start)
        and (go := _TO_GO.match(lowered, np.end))
    ):
        return Link(Kind.EVACUATED, np.group, mention.start, go.end(), False, False)  # "urged 1.5 million to leave"
    if (
        mention.start - (lowered.rfind("\n", 0, mention.start) + 1) < 4  # (a count opening its line)
        and (label_kind := _key_figure_kind(sentence, lowered, mention, np, lex)) is not None
    ):
        return Link(label_kind, np.group, mention.start, max(np.end, mention.end), False, False)
    if (forecast_end := _refugee_forecast_end(lowered, mention, np, lex)) is not None:
        return Link(Kind.DISPLACED, np.group, mention.start, forecast_end, False, False)
    if np.kind is not None and _NO_IN_PHRASE.search(lowered, mention.end, np.end):
        return None  # "1,240 suspected cases and no deaths"
    if np.kind is Kind.INJURED and _RESCUED_ALIVE.match(lowered, np.end):
        return Link(np.kind, np.group, mention.start, np.end, False, False)  # "8 injured persons were pulled out alive"
    if np.kind is not None and not trapped_after(sentence, np.end, lex):
        lives = np.kind is Kind.KILLED and "lives" in lowered[mention.end : np.end]
        if (
            lives
            and not lex.lives_before.search(lowered, max(0, mention.start - 30), mention.start)
            and not _LIVES_LOST.match(lowered, np.end)
        ):
            return None  # "saved 300 lives" is no death toll; "claimed 12 lives" is
        later = _NAMED_KIND_AFTER.match(lowered, np.end) if np.kind is Kind.DISPLACED else None
        if later is not None and later.group(1) == "returnees":
            # "Some 450,000 of the arrivals are South Sudanese returnees": the noun after the verb names their kind
            return Link(Kind.RETURNED, np.group, mention.start, later.end(), False, False)
        taken = _TAKEN_AFTER.match(lowered, np.end) if np.kind is Kind.DISPLACED else None
        if taken is not None and (
            _TO_HOMES.match(lowered, taken.end()) or _TO_THEIR_PLACES.match(lowered, taken.end())
        ):
            # "20,310 IDPs had been transported ... to their kebeles": taken home
            return Link(Kind.RETURNED, np.group, mention.start, taken.end(), True, False)
        return Link(np.kind, np.group, mention.start, np.end, False, False)
    return None


# A relative clause saying where people live, not what befell them: "400,000 Sudanese who were already living in
# camps in the east" (a standing population of sites; not evacuation centres, where people are sheltered).
_WHO_LIVE_IN_CAMPS = re.compile(
    r"[\s,]*(?:who|that)\s+(?:now\s+)?(?:live|lived|(?:are|were)\s+(?:already\s+|still\s+|now\s+)?living"
    r"|have\s+been\s+living|reside)\s+in\s+(?:[\w-]+\s+){0,2}?(?:camps|sites|settlements)\b"
)


_WITH_OTHERS_END = re.compile(r"(?:alongside|along with|together with)\s*$")


def _key_figure_kind(sentence: str, lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> Kind | None:
    """The kind a key-figure panel's label names after its count: "92,338 individuals Total number of new
    arrivals since January", "1.2M IDPs", "4,100 Deaths confirmed" (a population or a target is no figure)."""
    line_start = lowered.rfind("\n", 0, mention.start) + 1  # (a panel's heading may share the sentence)
    if lowered[line_start : mention.start].strip(" \t•*-–—>") or (np.has_head and np.kind is None and np.group is None):
        return None
    pos = max(np.end, mention.end)
    while pos < len(sentence) and sentence[pos] in " \t":
        pos += 1
    line_end = sentence.find("\n", pos)
    dashed = (
        pos + 1 < len(sentence)
        and (sentence[pos] in "—–:" or (sentence[pos] == "-" and sentence[pos + 1] in " \t"))
        and (line_end if line_end >= 0 else len(sentence)) - line_start <= _KEY_FIGURE_LINE
    )
    if dashed:  # "3,082,000 — estimated number of IDPs across Myanmar": a label after a dash
        pos += 1
        while pos < len(sentence) and sentence[pos] in " \t":
            pos += 1
    if pos >= len(sentence) or not (dashed or sentence[pos].isupper()):
        if np.has_head and _refugees_in_an_area(lowered, mention, np, lex):
            return Kind.DISPLACED  # "912,600 Sudanese refugees in eastern Chad since April 2023": a standing total
        return None  # a label starts with a capital: lower case is the sentence going on
    label = _LABEL_END.split(lowered[pos : pos + _LABEL_REACH], maxsplit=1)[0]
    if _LABEL_TRAP.search(label):
        return None
    for word in label.split()[:_LABEL_WORDS]:
        kind = lex.kind_nouns.get(word) or lex.heading_kinds.get(word) or PARTICIPLE_KINDS.get(word)
        if kind is None and word in lex.refugee_nouns:
            kind = Kind.DISPLACED
        if kind is not None:
            return kind
    return None


# A key figure's line of refugees that reads on after them: only where they are and since when, in an area (not a
# site's population: "45,000 refugees in Kakuma camp").
_IN_AN_AREA_LINE = re.compile(
    r"(?:\s+(?:in|across|within|inside)\s+(?!the\s+(?:camps?|sites?|settlements?)\b)[^\n\d,;:()]{1,40}?)?"
    r"(?:\s+(?:since|as of|as at)\s+[^\n;:()]{1,25}?)?\s*(?:\n|$)"
)
_SITE_WORD = re.compile(r"\b(?:camps?|sites?|settlements?|centres?|centers?|shelters?|host(?:ed|s|ing)?)\b")


def _refugees_in_an_area(lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> bool:
    """Whether a key figure's line counts refugees in an area, and says nothing else of them."""
    head = lowered[max(mention.end, np.end - 24) : np.end].split()[-1:]
    if not head or head[0] not in lex.refugee_nouns:
        return False
    tail = _IN_AN_AREA_LINE.match(lowered, np.end)
    return tail is not None and not _SITE_WORD.search(lowered, np.end, tail.end())


def _row_unit(lowered: str, start: int, end: int) -> Group | None:
    """The unit a row's label names for its bare count: "Returnees (HH): 1,100", "Displaced families: 300"."""
    m = _ROW_UNIT.search(lowered, start, end)
    if m is None:
        return None
    return Group.FAMILIES if m.group(0).startswith("famil") else Group.HOUSEHOLDS


# Another count joined to a count of refugees, then a verb of return for both: "1.5 million refugees and 2 million
# internally displaced people could return".
_AND_COUNT_THEN_RETURN = re.compile(
    r"\s+and\s+(?:(?:up to|about|some|nearly|around|as many as|more than|over|another)\s+)?\d[^.;,]{0,60}?"
    r"\b(?:return|returning|go home|go back|come back|be back)\b"
)


def _refugee_forecast_end(lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> int | None:
    """Where the statement ends when a count of refugees with no verb of what happened is forecast in its clause
    ("more than four million refugees may eventually need protection", "preparing for 100,000 refugees"): the
    conventions label such a count a displacement projection."""
    if lex.forecast is None or not np.has_head or np.kind is not None:
        return None
    head = lowered[max(mention.end, np.end - 24) : np.end].split()[-1:]
    if not head or head[0] not in lex.refugee_nouns:
        return None
    if head[0] == "seekers" and not lowered.endswith("asylum seekers", 0, np.end):
        return None
    if _RESETTLED.search(lowered, max(0, mention.start - 30), mention.start):
        return None  # "Canada will resettle 15,000 refugees": a quota of people taken in, not a flight
    if _AND_COUNT_THEN_RETURN.match(lowered, np.end):
        return None  # "up to 1.5 million refugees and 2 million IDPs could return": the verb after both is theirs
    if _DEFINITE_AT.match(lowered, mention.start) or _DEFINITE_BEFORE.search(
        lowered, max(0, mention.start - 8), mention.start
    ):
        return None
    clause_end = _CLAUSE_END.search(lowered, np.end, np.end + _FORECAST_REACH)
    stop = clause_end.start() if clause_end else min(len(lowered), np.end + _FORECAST_REACH)
    found = None
    for m in lex.forecast.finditer(lowered, clause_start(lowered, mention.start), stop):
        if not lex.past_estimate.match(lowered, m.start()):
            found = m
            break
    return None if found is None else max(np.end, found.end())


def _left_in_state(lowered: str, start: int, end: int) -> tuple[Kind, int] | None:
    """ "left 27 soldiers and an unknown number of civilians dead": the state named after the object of "left" (of
    "rendered", only homeless); so too a register's: "listed 1,300 people as unaccounted for"."""
    if _LEFT_BEFORE.search(lowered, max(0, start - 10), start):
        m = _LEFT_STATE.match(lowered, end)
        return None if m is None else (_STATES[m.group(1)], m.end())
    if _RENDERED_BEFORE.search(lowered, max(0, start - 12), start):
        m = _LEFT_STATE.match(lowered, end)
        return None if m is None or m.group(1) != "homeless" else (Kind.HOMELESS, m.end())
    if _LISTED_BEFORE.search(lowered, max(0, start - 14), start) and (listed := _LISTED_AS.match(lowered, end)):
        state = listed.group(1)
        if state.endswith("destroyed"):
            return Kind.HOUSES_DESTROYED, listed.end()
        if state.endswith("damaged"):
            return Kind.HOUSES_DAMAGED, listed.end()
        return _STATES.get(state, Kind.MISSING), listed.end()
    return None


def _displaced_by_noun(lowered: str, mention: NumberMention, np: NounPhrase, link: Link | None, lex: Lexicon) -> bool:
    """Whether a count is of the displaced by its noun alone ("1.1 million refugees", "4 million IDPs"), no verb."""
    if link is None:
        return np.has_head and (np.kind is Kind.DISPLACED or _refugee_head(lowered, mention, np, lex))
    return link.kind is Kind.DISPLACED and not link.own_verb and link.start >= mention.start


def _part_of_a_return(lowered: str, start: int, before: list[Link | None]) -> bool:
    """Whether a count at ``start`` is a part ("including ...") of a return stated before it in the sentence."""
    whole = next((k for k in reversed(before) if k is not None), None)
    return (
        whole is not None
        and whole.kind is Kind.RETURNED
        and SUBGROUP.search(lowered, max(0, start - 20), start) is not None
    )


def _returning(link: Link) -> Link:
    """The same link, told as a return."""
    return Link(Kind.RETURNED, link.group, link.start, link.end, link.own_verb, link.left, link.motion)


def _names_people(words: str, lex: Lexicon) -> bool:
    """Whether a short phrase's head names people ("police officers", "aid workers")."""
    head = words.rsplit(None, 1)[-1]
    return head in lex.group_nouns or is_human_plural(head, lex)


def _is_forced_move(sentence: str, lowered: str, mention: NumberMention, np: NounPhrase) -> bool:
    """ "sent 8,000 refugees into Chad", "drove 600 families across the river", "pushed 9,000 Congolese into
    Uganda": people moved by force."""
    after = max(np.end, mention.end)
    if more := _MORE_AFTER.match(lowered, after):
        after = more.end()  # "drives thousands more into Chad"
    if np.group is Group.FIGHTERS:
        return False
    if not _MOVED_INTO.match(lowered, after) and not (
        _FROM_A_PLACE.match(lowered, after)
        and _FORCED_BEFORE.search(lowered, max(0, mention.start - 12), mention.start)
    ):  # ("forced about 3,000 people from Yelwata": driven from a place, whichever)
        return False
    if np.has_head and not lowered.endswith((" of them", " of those"), 0, np.end):
        # (a part of people named before is people: "drove more than 740,000 of them across the border")
        head = lowered[max(mention.end, np.end - 20) : np.end].split()[-1:]
        # (people named by where they come from: "Cameroonians", "Congolese")
        named_by_origin = bool(head) and sentence[np.end - len(head[0]) : np.end - len(head[0]) + 1].isupper()
        if named_by_origin:
            return _CAUSATIVE_BEFORE.search(lowered, max(0, mention.start - 12), mention.start) is not None
        if not head or (head[0] not in _UPROOTABLE and np.kind is not Kind.DISPLACED):
            return False
        if head[0] not in _UPROOTABLE and lowered[np.end - 1 : np.end] != "s" and not head[0].endswith("displaced"):
            return False
    # (a bare count moved by force is people: "drives 130,000 from homes", "pushes tens of thousands toward Goma")
    if _CAUSATIVE_BEFORE.search(lowered, max(0, mention.start - 12), mention.start) is not None:
        return True
    # ... or carried out of danger: "flew 4,890 Afghans out of the country", "carried 30,000 people out of the city"
    return bool(
        _TRANSPORTED_BEFORE.search(lowered, max(0, mention.start - 14), mention.start) and _OUT_OF.match(lowered, after)
    )


def _verb_before_object(lowered: str, start: int, lex: Lexicon) -> Trigger | None:
    """The verb of harm before the object that "N others" is listed with: "killing himself and 12 others",
    "Bandits Kill Village Head, 8 Others"."""
    join = _JOIN_BEFORE.search(lowered, max(0, start - 8), start)
    if join is None:
        return None
    gap_start = max(0, join.start() - _OBJECT_REACH)
    words = [w.start() + gap_start for w in OBJECT_WORD.finditer(lowered[gap_start : join.start()])]
    for pos in reversed(words[-_OBJECT_WORDS:]):
        trigger = left_trigger(lowered, pos, lex, house=False)
        if trigger is not None:
            return trigger if trigger.kind in HARM_KINDS else None
    return None


def _things_after(sentence: str, mention: NumberMention, lex: Lexicon) -> bool:
    """Whether the count is followed by a plural in lower case that names no people ("buried two buses", "killed
    40 goats"): a word of the language's own list, a people's plural ("herders") or a name is none."""
    m = _PLURAL_AFTER.match(sentence, mention.end)
    if m is None:
        return False
    word = m.group(1)
    return word not in lex.known_words and word not in lex.group_nouns and not is_human_plural(word, lex)


def _is_age_apposition(sentence: str, lowered: str, mention: NumberMention, lex: Lexicon) -> bool:
    """ "The man, 34, was shot dead", "Amina Bello, 12, died": a bare number between commas after a person."""
    if mention.value is None or mention.value > 110:
        return False
    if not _AGE_AFTER.match(lowered, mention.end) and not lowered.endswith(")", 0, mention.end):
        return False  # (the count may hold its closing bracket: "a man (81) who fell")
    if _THEN_AGED_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
        return True  # "His younger brother, Anas, then 19, is still listed as missing"
    if _WHO_IS_BEFORE.search(lowered, max(0, mention.start - 12), mention.start):
        return True  # "My younger brother, who is 19, was among those they killed"
    owner = _PERSON_OF_BEFORE.search(lowered, max(0, mention.start - 50), mention.start)
    if owner is not None and (owner.group(1) in lex.singular_nouns or is_human_singular(owner.group(1), lex)):
        return True  # "The driver of the tanker, 38, was among the dead": the person's age, past what they drove
    m = _AGE_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
    if m is None:
        return False
    word = m.group(2)
    if word.lower() in lex.singular_nouns or is_human_singular(word.lower(), lex):
        return True
    # a full name ("Amina Bello, 12, died"), or a name after a person's noun ("his nephew Sohel, 22"), told from a
    # list of places by the lower-case word after it
    before = m.group(1)
    if before is None and not sentence[: m.start(2)].strip() and word[0].isupper():
        # one name opening the sentence: "Hussein, 34, who arrived at the crossing with his family, said ..."
        return _AGE_AFTER_NAME.match(sentence, mention.end) is not None
    named = before is not None and (
        before[0].isupper()
        or before.lower() in lex.singular_nouns
        or before.lower() in _SPEAKER_BEFORE
        or before in _NAME_PARTICLES
    )  # ("said Aida, 27, who arrived in Pemba": a speaker named by one name; "Gabrielle Ferreira da Cunha, 41")
    # (a surname with its particle: "Ahmad al-Hussein, 28, who died")
    capitalised = word[0].isupper() or _PARTICLE_NAME.match(word) is not None
    return named and capitalised and _AGE_AFTER_NAME.match(sentence, mention.end) is not None


def _head_before(lowered: str, start: int, lex: Lexicon) -> tuple[NounPhrase, int] | None:
    """The noun a count follows when it is named first ("houses numbering at least 50"), and where it starts."""
    if "ing " not in lowered[max(0, start - 14) : start] and "to " not in lowered[max(0, start - 4) : start]:
        return None  # spare the regex its search
    m = _HEAD_BEFORE.search(lowered, max(0, start - 40), start)
    if m is None:
        return None
    noun, end = m.group(1), m.end(1)
    if noun in lex.house_nouns:
        return NounPhrase(end=end, has_head=True, house=True), m.start(1)
    if noun in lex.group_nouns:
        return NounPhrase(end=end, has_head=True, group=lex.group_nouns[noun]), m.start(1)
    if noun in lex.kind_nouns:
        return NounPhrase(end=end, has_head=True, kind=lex.kind_nouns[noun]), m.start(1)
    return None


def _moved_not_displaced(sentence: str, lowered: str, mention: NumberMention, trigger: Trigger, np: NounPhrase) -> bool:
    """Whether a motion verb tells of people who moved without being displaced: armed men or people named by
    their trade arriving or crossing ("5,000 rescuers arrived"), inmates escaping."""
    if (
        _MOTION.match(lowered, trigger.start)
        or _MOTION_LANDED.match(lowered, trigger.start)
        or _MOTION_INTO.match(lowered, trigger.start)
    ):
        if np.group is Group.FIGHTERS:
            return True
        if np.has_head and np.kind is None and np.group in (Group.PEOPLE, Group.CIVILIANS) and not np.partitive:
            # (a part of people counted before has their story: "100,000 of them have crossed into Ethiopia")
            start = max(mention.end, np.end - 24)
            words = sentence[start : np.end].split()
            head = words[-1].lower().rsplit("-", 1)[-1].rstrip(".") if words else ""  # ("asylum-seekers": seekers)
            # (people named by where they come from have fled it: "2,380 Congolese crossed", "3,000 Myanmar nationals
            # crossed"; not a trade with its nationality: "400 Kenyan police officers arrived")
            from_where = words[-1][:1].isupper() or (head in _NATIONALS and any(word[:1].isupper() for word in words))
            if head and head not in _UPROOTABLE and not from_where:
                return True
    return _ESCAPE.match(lowered, trigger.start) is not None and _CUSTODY.search(lowered) is not None


def _denied(lowered: str, mention: NumberMention, lex: Lexicon) -> bool:
    """Whether a count is denied ("no one was killed", "not a single house") or names one member of a group
    counted elsewhere ("one of the victims")."""
    if lex.negation_before is not None and lex.negation_before.search(
        lowered, max(0, mention.start - 16), mention.start
    ):
        return True
    is_word_one = mention.value == 1 and not lowered[mention.start : mention.end].strip()[-1:].isdigit()
    if _ONE_OF_THE_HURT_DIED.match(lowered, mention.end) and _HURT_BEFORE.search(lowered, 0, mention.start):
        return False  # "12 passengers were wounded, one of whom died two days later": a death the toll lacked
    if is_word_one and (own := _ONE_OF_OWN.match(lowered, mention.end)) and is_human_plural(own.group(1), lex):
        return False  # "one of its peacekeepers had been wounded": one of a force or staff, told for the first time
    return is_word_one and lex.member_of is not None and lex.member_of.match(lowered, mention.end) is not None


def _restated(lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], i: int) -> bool:
    """Whether a number with no noun of its own is restated exactly in the brackets right after it."""
    if nps[i].has_head or i + 1 >= len(mentions):
        return False
    m = _RESTATED.match(lowered, mentions[i].end)
    if m is None or m.end() != mentions[i + 1].start:
        return False
    close = lowered.find(")", mentions[i + 1].end)
    if close < 0 or any(ch.isdigit() or ch in ",;" for ch in lowered[mentions[i + 1].end : close]):
        return False  # "Deaths: 24 (16 in Eaton, 8 in Palisades)": the whole and its parts, no restatement
    # (a count of another unit is no restatement: "9,612 (57,672 individuals)" counts households, then people)
    rounded, exact = mentions[i].value, mentions[i + 1].value
    # (a part is no restatement either: "Dead: 9 (3 validated, 6 for validation)")
    return bool(rounded) and bool(exact) and 0.5 <= exact / rounded <= 2  # type: ignore[operator]


def _row_link(sentence: str, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> Link | None:
    """A row's count after its label, read as if the label followed it: "Individuals displaced: 19,362" as
    "19,362 Individuals displaced", "Persons hosted in sites: 7,840", "Returns since 1 January: 1,274,000"."""
    row = _ROW_LABEL.search(sentence, 0, mention.start)
    if row is None or trapped_after(sentence, max(np.end, mention.end), lex):
        return None  # (what follows the count may still make it no figure: "received food assistance")
    label = row.group(1)
    count = sentence[mention.start : max(np.end, mention.end)]
    for st in find_statements(f"{count} {label}", lex):
        if st.start == 0 and st.value == mention.value:
            group = st.group
            if not np.has_head and st.group is Group.PEOPLE:
                group = _row_unit(label.lower(), 0, len(label)) or group  # "Returnees (HH): 1,100"
            return Link(st.kind, group, row.start(1), max(np.end, mention.end), False, True)
    return None


def _is_doer(lowered: str, right: Trigger) -> bool:
    """Whether the count before an active verb of harm is its subject, which an object after the verb shows
    ("300 gunmen killed two soldiers"); a count of another kind after it is a headline's list ("12 killed 30
    injured")."""
    if not lowered.startswith(_ACTIVE_HARM, right.start) or lowered[right.end - 2 : right.end] != "ed":
        return False
    if _PASSIVE_BEFORE.search(lowered, max(0, right.start - 12), right.start):
        return False  # "were killed": no one the count did it to
    m = OBJECT_AFTER.match(lowered, right.end)
    return (
        m is not None
        and not _KIND_AFTER_OBJECT.match(lowered, m.end())
        and not _TIME_OBJECT.match(lowered, right.end)  # ("five people killed the previous day were buried")
    )


_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|are|is|been|be|being|got|get)\s+$")
_ONE_OF_THE_HURT_DIED = re.compile(
    r"\s+of\s+(?:whom|them)\s+(?:later\s+|subsequently\s+|has\s+since\s+|have\s+since\s+)?(?:died|succumbed)\b"
)
_ONE_OF_OWN = re.compile(
    r"\s+of\s+(?:its|our|their|his|her|my)\s+(?:[\w-]+\s+)?([a-z]+)\s+(?:was|had\s+been|has\s+been|is|had|has)\b"
)
_HURT_BEFORE = re.compile(r"\b(?:wounded|injured|hurt|injur(?:y|ies)|wounds)\b")
_QUOTE_MARKS = re.compile(r"[\"“”«»‘]|(?<=\s)'")
# A quote opening on a count: '"more than 2,000', '"dozens', "'over 100" (single quotes, as British papers write),
# '"around forty terrorists"' (a number word, though not "one", which opens too many quotes of other things).
_QUOTED_COUNT = re.compile(
    r"(?:[\"“«‘]|(?<=\s)')\s*(?=(?:(?:"
    + "|".join(re.escape(hedge) for hedge in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+)?"
    r"(?:\d|dozens\b|hundreds\b|thousands\b|tens of\b|scores\b|between\b|an? (?:hundred|thousand|dozen)\b|(?:"
    + "|".join(sorted((w for w, n in (*UNITS.items(), *TENS.items()) if n > 1), key=len, reverse=True))
    + r")\b))",
    re.IGNORECASE,
)
_CLOSING_QUOTE = re.compile(r"[\"”»]|[’'](?![a-z])")  # (not a possessive's: "the group's")
_QUOTED_WORD = re.compile(r"[\"“][a-z][a-z-]+[\"”]|(?<=\s)[‘'][a-z][a-z-]+[’'](?![a-z])")


def _unquoted_counts(sentence: str) -> str:
    """The sentence with the quote marks around a quoted count read as spaces ('"more than 2,000 unarmed citizens"
    had been executed', 'a toll of "more than 100"'), so the count meets its words; other quotes still part clauses."""
    chars = list(sentence)
    for m in _QUOTED_WORD.finditer(sentence):  # a verb in quotes: 'were "neutralised"'
        chars[m.start()] = chars[m.end() - 1] = " "
    for m in _QUOTED_COUNT.finditer(sentence):
        chars[m.start()] = " "
        if close := _CLOSING_QUOTE.search(sentence, m.end(), m.end() + 80):
            chars[close.start()] = " "
    return "".join(chars)


# What makes the verb after a count no figure: a relative clause denying it ("1,04,563 persons who have not taken
# shelter in the camps"), or need past an aside ("9.4 million people, three-quarters of the population, need aid").
_NO_FIGURE_AFTER = re.compile(
    r"[\s,]*(?:who|that)\s+(?:have|has|had|did|do|does|are|were|is|was)\s+not\b"
    # ("3,16,000-odd affected people not staying in the camps")
    r"|\s+not\s+(?:staying|living|sheltering|taking\s+shelter)\b"
    r"|\s*,[^,;.]{1,60},\s*(?:are\s+|were\s+|still\s+)?(?:in (?:\w+ )?need|need\b|requir)"
    # ("1.6 million displaced people and members of host communities are in need of shelter")
    r"|(?:\s+and\s+[^,;.]{1,50}?)?\s+(?:are|were|remain|remained)\s+(?:still\s+)?in\s+(?:\w+\s+)?need\b"
    # told to be ready, not moved: "with a further 36,000 on alert", "6,200 under an evacuation warning"
    r"|\s+(?:(?:are|were|remain|remained|now|still)\s+)*(?:on|under)\s+(?:an?\s+)?(?:evacuation\s+)?(?:alert|warning"
    r"|watch)s?\b"
)
# The second part listed after a subgroup word: "including 10 women and three infants".
_SUBGROUP_LISTED = re.compile(
    # (a list of a few: "among them patients, caregivers and two health workers")
    r"\b(?:including|among them|among whom|of them|of whom)\s+(?:[^;.()]|(?<=\d)[,.](?=\d)){1,45}?\s+and\s+$"
)
# A count before the noun naming it, as in a running total: "brings to 4,544 the number of people killed".
# ("bringing to 318 the number of people known to have died", "to 41 the number of confirmed deaths")
_NUMBER_NAMED_AFTER = re.compile(
    r"\s+the\s+(?:total\s+)?number\s+(?:of\s+)?(?:people\s+|persons\s+)?"
    r"(?:(?:known|confirmed|reported|believed|feared)\s+to\s+have\s+|who\s+(?:have\s+|had\s+)?"
    r"|confirmed\s+|recorded\s+|reported\s+|registered\s+)?([a-z]+)\b"
    # ... and what happened to them in a clause of its own: "the number of troops the army has lost", "who have died"
    r"(?:(?:\s+[a-z-]+){0,2}?\s+(?:(?:who|that|it|they|we)\s+(?:has\s+|have\s+|had\s+)?"
    r"|(?:the\s+|its\s+)?[a-z-]+\s+(?:has|have|had)\s+)(?:been\s+)?([a-z]+)\b"
    r"|\s+([a-z]+)\b)?"  # ... or by the word after: "the number of Sudanese refugees"
)
# A label of people who are no figure, right before a count: "| individuals affected: 9,850".
_NO_FIGURE_LABEL = re.compile(r"\b(?:affected|in need|targeted|reached|assisted|beneficiaries)\s*[:–-]\s*$")
# A row counting aid, not people, by the thing its label opens with: "Hot meals served in evacuation centers: 18,000".
_AID_ROW = re.compile(
    # ("Returnee households assisted with cash at encashment points: 32,500")
    r"(?:^|\n)[^:\n]{0,60}\b(?:assisted|reached|supported)\b[^:\n]{0,60}:\s*$"
    r"|(?:^|\n)[\s•*-]*(?:[\w-]+\s+)?(?:meals|kits|rations|items|tarpaulins|tents|blankets|jerrycans|litres|liters"
    r"|tons|tonnes|doses|vaccinations|consultations|packs|packages|parcels|vouchers|sachets|bags|bottles)\b[^:\n]{0,60}:\s*$"
)
# People aid reached, told by the verb before them: "reached 12,400 children with psychosocial support".
_AID_REACHED = re.compile(
    r"(?:\b(?:reached|reaching|assisted|assisting|supported|supporting|targeted|targeting|vaccinated|screened"
    # a plan's reach: "partners will reach 310,000 people", "a target of enrolling 420,000 refugee children"
    r"|target of\s+[a-z]+ing)"
    r"|\b(?:programme|program|project|plan|response|appeal|partners|operation|campaign)\b[^.;]{0,40}?\b"
    r"(?:will|to|would)\s+reach)\s+"
    r"(?:some\s+|about\s+|nearly\s+|more than\s+|over\s+|an estimated\s+)?$"
)
_WHO_RETURNED = re.compile(
    r"\bwho\s+(?:have\s+|had\s+|has\s+)?(?:since\s+)?(?:returned|gone back|come back|went back)\b"
)
_THE_ONE = ("the one", "this one", "that one")
_FREED = re.compile(r"\b(?:freed|released|exchanged|swapped)\b")
_CAPTIVES = re.compile(r"\b(?:prisoners?|captives?|captured|hostages?|swaps?|prisoner exchanges?)\b")
_HELPED_BEFORE = re.compile(r"\b(?:helped|assisted|supported)\s+(?:some\s+|about\s+|nearly\s+|more than\s+|over\s+)?$")
# Sharing out the figure before: "Children alone account for nearly 4,700 of them".
_ACCOUNT_FOR = re.compile(r"\baccount(?:s|ed|ing)?\s+for\s+$")
# ... the verb of a share, said once for a list of shares: "Air strikes accounted for 87 of the deaths, artillery
# for 34", "Gangs were blamed for 289 of the killings; police operations for 71"
_SHARE_VERB_BEFORE = re.compile(r"\b(?:account(?:s|ed|ing)?|blamed|responsible)\s+for\s+$")
_GAPPED_SHARE = re.compile(
    r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)[^,;.:\d]{2,80}?\s+for\s+(?:the\s+(?:other|remaining)\s+|another\s+)?$"
)
_SHARE_END = re.compile(r"\s*(?:[,;.)]|$|(?:and|while|but|with)\b)")
# ... by a place named first: "Blantyre City accounts for 41,000".
_PLACE_ACCOUNTS = re.compile(
    r"^\W*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s+(?:alone|district|city|province|region|state))?\s+account(?:s|ed)?\s+for\s+$"
)
# A standing total of people displaced, by its present tense or its host: "200,000 people are internally displaced
# in the country", "Ituri counts more than one million IDPs", "Chad now hosts 1.1 million refugees".
_STANDING_TOTAL = re.compile(
    r"\b(?:are|remain|remains|is) (?:still |now |currently |already )?(?:internally )?displaced\b"
    r"|\b(?:counts|hosts|hosting|is home to|are living as refugees|live as refugees)\b"
)
_STANDING_KINDS = frozenset({Kind.DISPLACED, Kind.SHELTERED})
_PRESENT_PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|reportedly\s+)?(?:been\s+(?:killed|displaced|injured|wounded"
    r"|destroyed|damaged|forced|uprooted|evacuated|reported)|fled|died|lost\s+their\s+lives|returned|crossed|arrived)\b"
)
_ONE_DAY = re.compile(
    r"\b(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening)\b"
    r"|\b(?:yesterday|today|tonight|overnight|in the (?:attack|blast|explosion|strike|raid|ambush|crash|incident))\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b"
    r"|\b(?:past|last|previous|preceding)\s+(?:24|twenty-four|48|forty-eight)\s+hours\b|\bwithin\s+24\s+hours\b"
)
_INCREMENT = re.compile(r"(?:another|a further|further|an additional|additional)\s")  # (a count's own hedge)
# The authorities ordering a count out, right before it, and where they ordered it: "ordered about 1,100 residents
# of the Sumas Prairie to leave their homes".
_ORDERED_BEFORE = re.compile(r"\b(?:ordered|directed|instructed)\s+(?:the\s+)?$")
_TO_LEAVE = re.compile(r"\bto (?:leave|evacuate|vacate|move out of)\b")
_ARMED_ORDER = re.compile(
    r"\b(?:gunmen|militants|militia|militiamen|fighters|rebels|insurgents|attackers|bandits|jihadists|soldiers"
    r"|troops|army|armed (?:men|groups?))\b"
)
# The verb of a count that is no figure, before a part of it: "104 people were rescued, including 43 Egyptians".
_NO_HARM_VERB = re.compile(
    r"\b(?:were|was|have been|had been|are|is)\s+(?:\w+\s+)?(?:rescued|saved|pulled out alive|freed|released"
    r"|arrested|detained|abducted|kidnapped|taken hostage)\b"
)
# The sides of a clash, after "between": "a clash between two groups", "fighting between the two clans".
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")
_SIDES_AFTER = re.compile(
    r"\s+(?:rival\s+|armed\s+|warring\s+|opposing\s+|ethnic\s+)?(?:groups|sides|parties|factions|clans|tribes"
    r"|communities|gangs|families|villages|camps)\b"
)
_SAID_THAT = re.compile(r"\bthat\s*,?(?=\s*of\s)")
_HOUSE_PARTITIVE_OPENING = re.compile(
    # (whose: "Of the town's roughly 4,200 private houses, 1,200 were completely destroyed")
    # (or a bare, hedged count: "Of about 4,200 private houses in Izium, 780 were completely destroyed")
    r"\s*(?:out\s+)?of\s+(?:the|those|these|its|their|(?:the\s+)?[\w-]+['’]s"
    r"|(?=(?:an estimated|some|about|around|roughly|nearly|almost|more than|over)\s+\d|\d))\s*"
    r"(?:(?:some|about|around|roughly|nearly|almost|an estimated|estimated|more than|over)\s+)?"
    r"(?:[\d,.]+\s+)?(?:[\w-]+\s+)?(?:houses|homes|dwellings|shelters|structures"
    r"|housing units)\b[^,;:.]{0,40},"
    r"(?:\s*[^,;:.\d]{1,25},)?"  # (and who says so: "Of the 200,000 housing units there, it said, about 135,000")
)
_STAYING = re.compile(r"(?:staying|living|sheltering|sheltered|housed|hosted|lives?|live)\b")
_COLLECTIVE_SITE = re.compile(
    r"\b(?:schools?|centres?|centers?|camps?|shelters?|sites?|tents?|churches|mosques?|halls?|gymnasiums?)\b"
)
_ALL_UNDER = re.compile(r"(?:all|both|each)\s+(?:aged\s+)?(?:under|below)\b")  # ("four children, all under five")
_UNDER_AN_AGE_BEFORE = re.compile(r"\b(?:were|are|was|is|aged|all)\s+$")  # "23 of those killed were under 18"
_LOSS_OF = re.compile(r"\b(?:the )?loss(?:es)? of\s+$")
_COUNT_BEFORE = re.compile(r"\d\s+$")
_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|from|until|by)\s+(?:19|20)\d\d\s+$")
_TIME_OBJECT = re.compile(
    r"\s+(?:over\s+|during\s+|in\s+|for\s+)?(?:the|this|that|a|one|two|three|four|five|six|seven)\s+"
    r"(?:(?:\w+\s+)?(?:previous|same|following|next|days?|weeks?|nights?|morning|evening|months?|years?|weekend"
    r"|hours?|period)\b|\w+\s+(?:before|earlier|later|ago)\b)"
)
_ACTIVE_HARM = ("killed", "wounded", "injured", "murdered", "massacred", "abducted")
_KIND_AFTER_OBJECT = re.compile(r"[\d,]*\s*(?:[a-z]+\s+)?(?:injured|wounded|hurt|missing|dead|killed|displaced)\b")


def _each_of_the_places(
    sentence: str, lowered: str, pairs: list[tuple[NumberMention, Link]]
) -> list[tuple[NumberMention, Link]]:
    """ "one each in Cachar, Dhubri, Hojai and Tamulpur": the count stated once stands for each place listed; the
    places after the first get figures of their own (the first is the count's)."""
    more: list[tuple[NumberMention, Link]] = []
    for mention, link in pairs:
        each = _EACH_IN.match(lowered, mention.end)
        if each is None:
            continue
        end = _LIST_END.search(sentence, each.end())
        places = list(_LISTED_NAME.finditer(sentence, each.end(), end.start() if end else len(sentence)))
        # (the list runs while names follow one another: not "..., according to the Department of Disaster Management")
        joined = next(
            (
                i
                for i in range(1, len(places))
                if not _NAME_JOIN.fullmatch(sentence, places[i - 1].end(), places[i].start())
            ),
            len(places),
        )
        for place in places[1:joined]:
            start, stop = place.start(1), place.end(1)
            copy = mention._replace(start=start, end=stop)
            more.append((copy, Link(link.kind, link.group, start, stop, False, False)))
    return more


_EACH_IN = re.compile(r"\s+each\s+(?:in|at|from)\s+")
_LIST_END = re.compile(
    r"[.;:()]|,\s+(?:while|but|and\s+(?:the|a|an|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"|\s+(?:while|but)\s"
)
_NAME_JOIN = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:al|el|ad|as|ar|an|at|ash)-|(?:de|da|do|di|du|la|le|van|von|bin)\s+)?"
)
_LISTED_NAME = re.compile(r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})")


def _part_of_a_population(lowered: str, mentions: list[NumberMention], i: int) -> bool:
    """Whether a count is a part of a population counted right before it ("El Fasher was home to about 800,000
    people, including some 500,000 who had been displaced"): who lives there, not who moved."""
    if i == 0:
        return False
    start = mentions[i].start
    return bool(
        SUBGROUP.search(lowered, max(0, start - 20), start)
        and mentions[i - 1].end >= start - 40
        and _POPULATION_BEFORE.search(lowered, max(0, mentions[i - 1].start - 30), mentions[i - 1].start)
    )


def _without_combined_totals(lowered: str, pairs: list[tuple[NumberMention, Link]]) -> list[tuple[NumberMention, Link]]:
    """ "412,866 damaged houses, of which 144,021 are totally damaged and 268,845 partially": the first count
    holds the destroyed houses with the damaged ones, a combined total the conventions leave out."""
    kept = list(pairs)
    for i, (mention, link) in enumerate(pairs[:-1]):
        nxt_mention, nxt = pairs[i + 1]
        # (the destroyed may come second: "41,118 houses were damaged, of which 36,902 were partially damaged and
        # 4,216 were totally damaged")
        parts_destroyed = nxt.kind is Kind.HOUSES_DESTROYED or (
            nxt.kind is Kind.HOUSES_DAMAGED and i + 2 < len(pairs) and pairs[i + 2][1].kind is Kind.HOUSES_DESTROYED
        )
        if (
            link.kind is Kind.HOUSES_DAMAGED
            and parts_destroyed
            and (
                _OF_WHICH_BETWEEN.match(lowered, link.end, nxt_mention.start)
                or _OF_THEM_FULLY.match(lowered, nxt_mention.end)  # ("1,370 houses were damaged, 179 of them fully")
                # ("Of the 14,528 houses damaged, 1,470 were totally destroyed and 13,058 partially damaged")
                or (i == 0 and _OF_THE_OPENING.fullmatch(lowered, 0, mention.start) is not None)
            )
        ):
            kept.remove((mention, link))
    return kept


_AND_ITEM = re.compile(r"\s+and\s+")  # (a plain "and": after ", and" another clause may start)
_RESCUED_BEFORE = re.compile(r"\b(?:rescued|saved)\s+$")
_NOT_BEFORE = re.compile(r"\b(?:not|never|yet to)\b|n['’]t\b")
_FEARED_MISSING_AFTER = re.compile(r"[^.;]{0,40}?\b(?:feared|presumed|reported|declared|listed as)\s+missing\b")
_NAMED_KIND_AFTER = re.compile(r"\s+(?:are|were)\s+(?:[\w-]+\s+){0,3}?(returnees|refugees)\b")
_DYING_AFTER = re.compile(r"\s+(?:drowning|dying|perishing)\b")
_DAMAGE_SUFFERED = re.compile(r"\s+(?:suffered|sustained)\s+(?:[a-z]+\s+(?:(?:to|or|and)\s+[a-z]+\s+)?)?damage\b")
_MORE_OF = re.compile(r"\s*(?:another|a further|an additional|some other)\b")  # (not "Of them": whose part is unsaid)
_ONE_WORD = re.compile(r"\s+[a-z-]+")
# ... said within the clause ("were bused back from the camp to their villages"; not "..., while 12,400 returned to
# their villages")
_TO_HOMES_NEAR = re.compile(
    r"(?:(?!\b(?:after|when|while|as|because|before|since|until|but|and|where)\b)[^.;,\d]){0,60}?"
    r"\bto their (?:ancestral |original |former |own )?(?:homes?|home areas|areas? of origin|villages?|kebeles?"
    r"|communities)\b"
)
_POPULATION_BEFORE = re.compile(r"\b(?:home to|population of|(?:town|city) of)\s+$")
# ... or, after people taken there, to their own places ("transported ... to their kebeles in Tselemti")
_TO_THEIR_PLACES = re.compile(
    r"[^.;]{0,90}?\bto their (?:own )?(?:villages?|kebeles?|communities|towns?|districts?|neighbourhoods)\b"
)
_TAKEN_AFTER = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+)?(?:been\s+)?(?:transported|relocated|moved|taken|bused|bussed"
    r"|trucked|escorted)\b"
)
_BACK_AFTER = re.compile(r"\s+back\s+(?:to|into|home|across)\b")
_HARM_AFTER_PLACE = re.compile(
    r"[^.;,\d]{0,40}?\s(?:were\s+|was\s+|had\s+|have\s+)?(?:(died|killed|drowned|perished)|(injured|wounded|hurt))\b"
)
# A sentence listing the dead: "Among the dead were ...", "Among those killed was ...".
_AMONG_THE_DEAD_OPENING = re.compile(r"\W*among (?:the|those) (?:dead|killed|victims|deceased|fatalities)\b")
# (or a participle placing them: "including 11 people sheltering in a school"; or only where they were:
# "including 117 Rohingya in displacement camps")
_WHO_AFTER = re.compile(
    r",?\s+(?:who\b|(?:sheltering|staying|hiding|living)\s+(?:in|at|inside)\b"
    r"|(?:in|at|inside)\s+(?:[\w-]+\s+){0,2}?(?:camps?|shelters?|sites?|centres?|centers?|schools?)\b)"
)
# (a place or time of the whole between it and the parts, with no other count: "killed 31 people across the
# Strip since dawn, including ...")
_INCLUDING_BETWEEN = re.compile(r"(?:[^.;]{0,8}?|[^.;\d]{0,60}?)\b(?:including|among them|among whom)\b[^.;\d]{0,50}")
# (into another country; "crossed into the north" is going home across a line inside one)
_CROSSED_INTO = re.compile(
    r"\bcross(?:ed|es|ing)?\s+(?:the\s+border\s+)?into\s+(?!(?:the\s+)?(?:north|south|east|west)\b)"
)
_UNIT_ABBREVIATION = re.compile(r"\b(?:ind|inds|indiv|pers|hh|hhs)$")
_THINGS_MOVED = re.compile(r"\b(?:humanitarian|aid|convoy|troop|military|vehicle|truck|cargo|mission)s?\s+movements\b")
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_INHABITANTS = re.compile(r"\s+(?:million\s+)?(?:inhabitants|residents)\s*(?:[,.;)]|$)")  # (nothing told of them)
_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard)\b")
_IN_SITES_BEFORE = re.compile(r"\b(?:in|at|inside|across)\s+$")
_SITE_HEAD = re.compile(r"\s+(?:[\w-]+\s+)?(?:shelters|camps|centres|centers|sites)\b")
_HARM_COMBINED = re.compile(
    r"(?:killed|dead|died) (?:or|and/or) (?:injured|wounded|hurt|maimed|missing|(?:went|gone) missing|disappeared"
    r"|(?:are|were|remain) missing)\b"
)
# A row of the dead and the missing together: "Dead or missing: 182" (no figure, as "killed or injured").
_COMBINED_LABEL = re.compile(r"\b(?:dead|killed|deaths?) (?:or|and/or|/) (?:missing|injured|wounded)\s*:\s*$")
_HARM_COMBINED_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?:were|have been|had been|was|have|has|had)\s+)?" + _HARM_COMBINED.pattern
)  # ("1,860 people have died or gone missing along the route")
_PEOPLE_FROM_BEFORE = re.compile(
    # ("Eleven people, mostly from two families, are missing")
    r"\b(?:people|persons|individuals|members|residents|villagers)(?:,?\s+(?:mostly|mainly|all|most|many))?\s+"
    r"(?:from|of)\s+(?:(?:some|about|around|nearly|over"
    r"|more than|at least)\s+)?$"
)
# Hurt people rescued: the rescue does not undo the injury the noun names.
_RESCUED_ALIVE = re.compile(r"[^.;\d]{0,40}?\b(?:pulled|rescued|found|brought|taken|dug)\b[^.;\d]{0,30}?\balive\b")
# A verb of going beyond a count, right before it, which reads as "more than".
_PASSED_BEFORE = re.compile(r"\b(?:past|pass(?:es|ed)|tops|topped|cross(?:es|ed)|exceed(?:s|ed)|surpass(?:es|ed))\s+$")
_OF_WHICH_BETWEEN = re.compile(r"[^.]{0,60}?\bof (?:which|these)\b[^.;\d]{0,12}$")
_OF_THE_OPENING = re.compile(r"\s*of(?:\s+(?:the|these|those))?\s+")
_OF_THEM_FULLY = re.compile(r"\s+of\s+(?:them|these|which)\s+(?:were\s+|are\s+)?(?:fully|totally|completely)\b")


# Row labels naming those who came through, whom no row above counts: "Missing: 109", then "Survivors: 43".
_SPARED_HEADS = frozenset({"survivors", "survivor"})


def _group_row(lowered: str, mention: NumberMention, np: NounPhrase, previous: Kind, lex: Lexicon) -> Link | None:
    """A row naming only a group, under a row of figures: "Displaced individuals: 8,732" then "- Of which
    children: 4,610" or "- Households: 1,905" counts the same people, or a part of them."""
    row = _GROUP_ROW.fullmatch(lowered, 0, mention.start)
    if row is None or np.has_head:
        return None
    if _PAST_WORD.search(lowered, np.end) or _ITEM_VERB.search(lowered, np.end):
        return None  # a clause of its own: "- Police: one officer sustained a broken arm"
    words = row.group(1).split()
    head = words[-1]
    if head in _SPARED_HEADS:
        return None  # "Missing: 109", then "Survivors: 43": those who came through, not more of the missing
    group = _ROW_GROUPS.get(head) or lex.group_nouns.get(head)
    if group is None and previous not in HOUSE_KINDS and _CAUSE_LABEL.fullmatch(lowered, row.start(1), row.end(1)):
        # the same kind by cause: "Displacement recorded, January-April:", then "Drought: 212,000"
        return Link(previous, Group.PEOPLE, row.start(1), mention.end, False, False)
    if group is None or any(w not in _ROW_GROUPS and w not in lex.group_nouns for w in words):
        return None  # ("Affected people: 87,412": who was affected, not who was displaced)
    return Link(previous, group, row.start(1), mention.end, False, False)


_CAUSE = (
    r"(?:drought|floods?|flooding|conflicts?|insecurity|violence|fighting|clashes|disasters?|landslides?|storms?"
    r"|cyclones?|earthquakes?|fires?|evictions?|other(?: causes)?)"
)
# A label naming only what drove the people counted, one cause or two: "Drought", "Conflict/insecurity".
_CAUSE_LABEL = re.compile(rf"{_CAUSE}(?:\s*(?:/|and|&)\s*{_CAUSE})?\s*")


# A verb of the count a subgroup is part of, between them: "19.9 million needed aid, including ...".
_WHOLE_OWN_VERB = re.compile(r"\b(?:[a-z]+ed|need|needs|are|were|is|was|have|has|remain|remains|require|requires)\b")


_COUNT_BETWEEN = re.compile(r"\d")
_PLACE_AND = re.compile(r"\s+(in|at)\s+[a-z'’-]+(?:\s+[a-z'’-]+)?\s*,?\s+and\s+")
_RESCUED_AFTER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?(?:rescued|saved)\b")
# Held where they are, after a count "another" opens: "Another 120 people in three settlements are confined by
# armed groups" (kept from moving: not more of the displaced told before).
_HELD_IN_PLACE_AFTER = re.compile(
    r"(?:\s+(?:in|at|on|inside|near|across)\s+[^,.;:\d]{1,50}?)?\s+(?:are|were|remain|remained|is|was|have\s+been)"
    r"\s+(?:still\s+|also\s+|now\s+)?(?:trapped|confined|stranded|besieged|blockaded|encircled|stuck|cut\s+off"
    r"|unable\s+to\s+(?:leave|flee|move))\b"
)
_UNIT_GROUPS = frozenset({Group.FAMILIES, Group.HOUSEHOLDS})
_ORIGIN_BEFORE = re.compile(r"\b(?:from|of)\s+$")
# Aid before a count: who it reached, not who came to harm ("assisted 1.2 million people, including ...").
_AID_BEFORE = re.compile(
    # (not a toll's level: "the death toll has reached 18, including nine children", "the number of victims reached
    # 23 persons, among them 6 women")
    r"\b(?:(?:programme|program|project|plan|response|appeal|partners|operation|campaign)\b[^.;]{0,40}?\b"
    r"(?:will|to|would)\s+reach|assist(?:ed|s|ing)|(?<!toll\s)(?<!has\s)(?<!have\s)(?<!had\s)(?<!victims\s)(?<!martyrs\s)(?<!deaths\s)(?<!dead\s)reach(?:ed|es|ing)|support(?:ed|s|ing)|serv(?:ed|es|ing)|help(?:ed|s|ing)"
    r"|target(?:ed|s|ing)|benefit(?:ed|s|ing|ting)?|vaccinat(?:ed|es|ing)|screen(?:ed|s|ing)|fed|feeds|feeding)"
    r"\s+(?:(?:some|about|over|more than|nearly|around|almost|an estimated)\s+)?$"
)


def _same_count_in_units(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None]
) -> None:
    """A count of families paired by "or" with the same count in persons takes the persons' own verb: "of whom
    1,105 families or 4,390 persons are staying in 23 evacuation centers" (not the whole's kind)."""
    for i in range(len(mentions) - 1):
        first, second = links[i], links[i + 1]
        if (
            first is not None
            and second is not None
            and second.own_verb
            and not first.own_verb
            and first.kind is not second.kind
            and nps[i].group in (Group.FAMILIES, Group.HOUSEHOLDS)
            and _UNIT_OR.fullmatch(lowered, nps[i].end, mentions[i + 1].start)
        ):
            links[i] = first._replace(kind=second.kind)


_UNIT_OR = re.compile(r"\s*,?\s+or\s+(?:some\s+|about\s+|around\s+|nearly\s+|an estimated\s+)?")


def _house_degrees(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None]
) -> None:
    """Bare counts after a count of houses that a degree alone tells: "1,208 houses were damaged, 412 of them
    heavily and 796 moderately"; set in ``links``."""
    after_houses = False
    for i, mention in enumerate(mentions):
        link = links[i]
        if link is not None:
            after_houses = link.kind in HOUSE_KINDS
            continue
        if not after_houses or (nps[i].has_head and not nps[i].partitive):
            continue
        if degree := _DEGREE_AFTER.match(lowered, max(mention.end, nps[i].end)):
            kind = HOUSE_DEGREES.get(degree.group(1), Kind.HOUSES_DAMAGED)
            links[i] = Link(kind, Group.HOUSEHOLDS, mention.start, degree.end(), False, False)


def _units_in_apposition(
    sentence: str,
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[Link | None],
    lex: Lexicon,
) -> None:
    """A count of families or households restated in people in apposition, or the other way round, is the same
    figure in another unit: "registered 4,618 households, corresponding to 21,734 people, displaced", "some 4,700
    households – about 28,000 people – have had to leave their shelters"; set in ``links``."""
    for i in range(len(mentions) - 1):
        first, second = nps[i], nps[i + 1]
        units = {first.group, second.group}
        if not (first.has_head and second.has_head) or first.trap or second.trap or first.house or second.house:
            continue
        if not (units & {Group.FAMILIES, Group.HOUSEHOLDS}) or not (units & {Group.PEOPLE}):
            continue
        opening = _UNIT_APPOSITION.fullmatch(lowered, first.end, mentions[i + 1].start)
        if opening is None or not (closing := _APPOSITION_CLOSE.match(lowered, second.end)):
            continue
        if closing.group().strip() not in _CLOSES[opening.group(1).strip()]:
            continue  # (the mark that closes what it opened, or the sentence's end after a comma)
        known = links[i] or links[i + 1]
        if known is None:
            # both told by the verb after the apposition: "4,700 households – about 28,000 people – have had to leave"
            trigger = right_trigger(sentence, lowered, closing.end(), lex, house=False)
            if trigger is None or lowered[closing.end() : trigger.start].strip():
                continue
            for j, np in ((i, first), (i + 1, second)):
                links[j] = Link(trigger.kind, np.group or Group.PEOPLE, mentions[j].start, trigger.end, True, False)
        elif links[i] is None:
            links[i] = Link(known.kind, first.group or Group.PEOPLE, mentions[i].start, first.end, False, False)
        elif links[i + 1] is None:
            links[i + 1] = Link(
                known.kind, second.group or Group.PEOPLE, mentions[i + 1].start, second.end, False, False
            )


def _relocations_ahead_of_a_storm(lowered: str, links: list[Link | None]) -> None:
    """People relocated ahead of a storm or as a precaution were evacuated, not displaced or merely sheltered:
    "Guangdong has relocated more than 486,000 people as Typhoon Podul approached", "8 lakh moved to shelters as
    cyclone nears", "40 families were shifted to a school as a precaution"; set in ``links``."""
    if _AHEAD_OF_A_STORM.search(lowered) is None:
        return
    for i, link in enumerate(links):
        if (
            link is not None
            and link.kind in (Kind.DISPLACED, Kind.SHELTERED)
            and _RELOCATION.search(lowered, link.start, link.end)
        ):
            links[i] = link._replace(kind=Kind.EVACUATED)
            for k, part in enumerate(links):  # (its parts inside it: "1,630 people, including 284 children, left")
                if part is not None and part.kind is link.kind and link.start < part.start < link.end:
                    links[k] = part._replace(kind=Kind.EVACUATED)


def _counted_at_relief_centres(lowered: str, links: list[Link | None]) -> None:
    """A count of evacuees, or of victims, at relief centres is of the people sheltered there, not of a move or of
    the dead: "the number of flood evacuees at relief centres in Johor dropped to 8,214", "the number of victims at
    relief centres rose to 1,092"; set in ``links``."""
    for i, link in enumerate(links):
        if (
            link is not None
            and link.kind in (Kind.EVACUATED, Kind.KILLED)
            and (noun := _COUNTED_AT_CENTRES.search(lowered, max(0, link.start - 120))) is not None
            and ("evacuees" in noun.group(1, 2) or link.kind is Kind.KILLED)
            and noun.start() <= link.start + 40
            and noun.start() < link.end
        ):
            links[i] = link._replace(kind=Kind.SHELTERED)


# Evacuees or victims counted where they stay: "evacuees at relief centres", "victims at 142 PPS".
_RELIEF_SITES = r"(?:(?:relief|evacuation|temporary)\s+(?:centres|centers)|pps)\b"
_COUNTED_AT_CENTRES = re.compile(
    rf"\b(evacuees|victims)\b(?:\s+[\w-]+){{0,3}}?\s+(?:at|in)\s+(?:\d[\d,]*\s+)?{_RELIEF_SITES}"
    rf"|\b(evacuees)\b[^.;]{{0,80}}?\b(?:in|at)\s+\d[\d,]*\s+{_RELIEF_SITES}"
)


# A way out that someone organised: who left by it were evacuated.
_EVACUATION_ROUTE = re.compile(
    r"\b(?:through|via|by|along|in|on|using) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:humanitarian|evacuation|safe) "
    r"(?:corridors?|convoys?|routes?)\b"
)
_RELOCATION = re.compile(r"\b(?:relocat\w*|moved|shifted|transferred|le(?:ave|ft))\b")
_STORM = r"(?:super )?(?:typhoon|cyclone|hurricane|tropical storm|storm)"
_AHEAD_OF_A_STORM = re.compile(
    rf"\b(?:ahead of|in advance of|before) (?:the |its )?(?:{_STORM}|landfall|it (?:hit|struck|arrived))"
    rf"|\bbefore the {_STORM} (?:arrived|hit|struck)"
    rf"|\bas {_STORM} (?:[\w-]+ ){{0,2}}?(?:approached|approaches|neared|nears|closed in|bore down|makes landfall"
    rf"|made landfall)"
    r"|\bpre-?emptive(?:ly)?\b|\b(?:as a|for) precaution\b|\bprecautionary\b|\bpreventive(?:ly)?\b"
    # ... or of a flood's peak ("relocated 177,000 residents ahead of the Bei river flood peak")
    r"|\b(?:ahead of|in advance of|before) (?:the |a )?(?:[\w-]+ ){0,3}?(?:flood(?:ing)? peak|peak|crest|storm surge"
    r"|surge)\b"
    # ... or under an evacuation the sentence names: "ordered the evacuation of 14 neighbourhoods, and around 6,000
    # residents left their homes", "left the city on evacuation trains and buses"
    r"|\bevacuation\b(?! (?:centres?|centers?|camps?|sites?|shelters?|halls?|points?|facilit))"
    r"|\bordered (?:[\w-]+ ){0,4}?evacuated\b"
)


# The opening of the same count in another unit: ", corresponding to", " – about", " (or".
_UNIT_APPOSITION = re.compile(
    r"\s*([,(–—]|\s-)\s*(?:(?:corresponding|equivalent|equal) to\s+|representing\s+|that is\s+|i\.e\.\s+|or\s+)?"
    r"(?:(?:some|about|around|nearly|almost|approximately|an estimated|over|more than)\s+)?"
)
_CLOSES = {",": (",", "."), "(": (")",), "–": ("–",), "—": ("—",), "-": ("-",)}
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,)–—.]|\s-(?=\s))")


def _parts_among_a_whole(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None]
) -> None:
    """A count of people said to be among the whole counted right after it takes the whole's kind: "Around 1,800
    children are among the 5,400 people forced from their homes"; set in ``links``."""
    for i in range(len(mentions) - 1):
        whole = links[i + 1]
        if (
            links[i] is None
            and whole is not None
            and whole.kind not in HOUSE_KINDS
            and nps[i].has_head
            and not nps[i].trap
            and not nps[i].house
            and _AMONG_THE_WHOLE.fullmatch(lowered, nps[i].end, mentions[i + 1].start)
        ):
            links[i] = Link(whole.kind, nps[i].group or Group.PEOPLE, mentions[i].start, nps[i].end, False, False)


# Between a part and the whole it is counted among: "1,800 children are among the 5,400 people displaced".
_AMONG_THE_WHOLE = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:also\s+|reportedly\s+|now\s+)?among\s+(?:(?:the|those|these)\s+)?"
    r"(?:(?:estimated|reported|recorded|registered)\s+)?"  # (a count's own "the" may open its mention)
)
# The homes people counted before live in: "11 residents from five houses", "40 families of 12 homes".
_PEOPLE_FROM_HOUSES = re.compile(r"\s+(?:from|of|in|living in)\s+(?:the\s+)?(?:some\s+|about\s+|around\s+)?")
_DEGREES_AFTER = re.compile(
    r"\s*\(\s*(?:[\d,]+\s+)?(?:fully|totally|completely)\b[^()]{0,40}\b(?:partially|partly)\b"
)  # (the counts first too: "1,874 (422 totally / 1,452 partially)")
_FULLY_AFTER = re.compile(r"\s+(?:fully|totally|completely)\b(?!\s+(?:damaged|destroyed))")
# A degree of damage after a bare count: "412 of them heavily", "796 moderately" (its own verb is read elsewhere).
_DEGREE_AFTER = re.compile(
    r"\s+(heavily|severely|badly|moderately|slightly|lightly|partially|partly|completely|totally|fully)\b"
    r"(?!\s+(?:damaged|destroyed|affected|flooded)\b)"
)


def _refugee_head(lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> bool:
    """Whether the counted noun is one of refugees ("9,500 Sudanese refugees")."""
    return any(word in lex.refugee_nouns for word in lowered[max(mention.end, np.end - 24) : np.end].split()[-1:])


def _opening_partitive_kind(lowered: str, before: int, lex: Lexicon) -> Kind | None:
    """The kind a partitive opening the sentence names, when it ends before ``before``: "Of the deaths reported
    since June 25, ..." (a kill's own tally, shared out by the places after it)."""
    opening = lowered.lstrip(" \"“‘'")
    if not opening.startswith(("of ", "among ")):
        return None
    comma = lowered.find(",", 0, before)
    return kind_of_partitive(lowered, comma + 1, lex) if comma >= 0 else None


def find_statements(
    sentence: str, lex: Lexicon, previous: Kind | None = None, recent: Kind | None = None
) -> list[Statement]:
    """Every figure stated in a sentence, in order; ``previous`` is the kind of the first figure of the sentence
    before (same paragraph), which a sentence opening on an anaphor continues ("An increase of 3,293 since..."),
    and ``recent`` the kind of the last figure before the sentence anywhere in the text, which a verb standing
    for another takes ("453,982 people had done so")."""
    if _QUOTE_MARKS.search(sentence):
        sentence = _unquoted_counts(sentence)
    lowered = lower_keeping_length(sentence)
    anaphor = lex.anaphor_start.match(lowered) if previous is not None and lex.anaphor_start is not None else None
    bare_start = previous is not None and anaphor is None and _CONTINUING_START.match(lowered) is not None
    group_row = previous is not None and ":" in lowered and _GROUP_ROW.match(lowered) is not None
    bare_whole = (
        _BARE_WHOLE.match(lowered)
        if (previous or recent) is not None and lowered.lstrip(" \"“‘'").startswith(("of ", "among "))
        else None
    )
    if (
        anaphor is None
        and not bare_start
        and not group_row
        and bare_whole is None
        and next(lex.cues.iter(lowered), None) is None
        # (a place's share of the figure before: "South Carolina has confirmed 19, Florida 12")
        and not (previous is not None and _CONFIRMED_START.match(lowered))
        # (the counts before stated by place: "Negros Occidental and Negros Oriental reported 38 and 25, respectively")
        and not (previous is not None and "respectively" in lowered)
        and not (previous is not None and _BULLET.match(lowered))  # an item of a list the line before opens
        and not (previous is not None and is_place_count_line(sentence))  # ("Wajima City 101 / Suzu City 99")
    ):
        return []  # one pass of the cue automaton is far cheaper than any regex over the sentence
    mentions = find_numbers(lowered, lex)
    if (
        not mentions
        and not lex.singleton.search(lowered)
        and (lex.definite_singleton is None or not lex.definite_singleton.search(lowered))
        and not is_headline(sentence)
        and not names_one_house(lowered)
        and not ONE_MORE_DEATH.search(lowered)
        and not (
            next(harm_cues().iter(lowered), None) is not None
            and (NAMED_PERSON.search(sentence) or may_be_bare_headline(sentence))
        )
    ):
        return []
    nps = [noun_phrase(sentence, m.end, lex, vague=m.qualifier is Qualifier.VAGUE) for m in mentions]
    # (words the rarer checks below need, looked for once per sentence)
    speaking = any(verb in lowered for verb in (" told", " said", " say", " tell"))
    every = " every " in lowered
    for i, (m, np) in enumerate(zip(mentions, nps, strict=True)):
        if np.has_head and lowered.startswith(".", np.end) and _UNIT_ABBREVIATION.search(lowered, m.end, np.end):
            nps[i] = np = np._replace(end=np.end + 1)  # "6,940 ind. newly arrived": the dot is the unit's
        if (
            np.house
            and _IN_SITES_BEFORE.search(lowered, max(0, m.start - 8), m.start)
            and _SITE_HEAD.match(lowered, m.end)
        ):
            nps[i] = np._replace(trap=True)  # "7,210 people in 94 shelters, 1,870 homes damaged": sites, not homes
        elif np.kind is Kind.DISPLACED and _THINGS_MOVED.search(lowered, m.end, np.end):
            nps[i] = np._replace(trap=True)  # "54 coordinated humanitarian movements": convoys, not people moving
        elif (
            _WITH_BEFORE.search(lowered, max(0, m.start - 6), m.start)
            and (_INHABITANTS.match(lowered, m.end) or _ON_BOARD.match(lowered, np.end))
            and np.kind is not Kind.KILLED  # ("reaches El Hierro with three bodies on board": the dead)
        ):
            # "the town of Khorog, with around 30,000 inhabitants": a population; "a boat with 11 people on board
            # capsized": who was aboard, not who came to harm
            nps[i] = np._replace(trap=True)
        elif (
            np.house
            and i > 0
            and nps[i - 1].has_head
            and not nps[i - 1].house
            and _PEOPLE_FROM_HOUSES.fullmatch(lowered, nps[i - 1].end, m.start)
        ):
            nps[i] = np._replace(trap=True)  # "Eleven residents from five neighbouring houses were evacuated"
        elif _CAPACITY_BEFORE.search(lowered, max(0, m.start - 30), m.start):
            nps[i] = np._replace(trap=True)  # "designed to hold 500 people": room, which no list may make a figure
        elif np.has_head and _CAPTIVE_AFTER.match(lowered, np.end):
            # "the dead included 21 men ..., while 11 children and three women were abducted": taken, not harmed,
            # whatever the list before them counted
            nps[i] = np._replace(trap=True)
        elif speaking and _SPEAKERS_AFTER.match(lowered, m.end):
            nps[i] = np._replace(trap=True)  # "killing 47 soldiers, two security sources told Reuters": who says so
        elif np.has_head and " per " in lowered[np.end : np.end + 6] and _PER_POPULATION.match(lowered, np.end):
            nps[i] = np._replace(trap=True)  # "295 deaths per million inhabitants": a rate
        elif every and _FOR_EVERY.match(lowered, max(np.end, m.end)):
            nps[i] = np._replace(trap=True)  # "one death for every 18 people who made the journey": a ratio
        elif (
            m.qualifier is Qualifier.LESS_THAN
            and not np.has_head
            and (
                _UNDER_AN_AGE_BEFORE.search(lowered, max(0, m.start - 8), m.start) or _ALL_UNDER.match(lowered, m.start)
            )
        ):
            nps[i] = np._replace(trap=True)  # "- three children, all under 10": their age, which no list may count
        elif _more_of_things_before(lowered, mentions, nps, i, lex):
            nps[i] = np._replace(trap=True)  # "Nine health teams were deployed, and two more are to arrive"
        elif np.has_head and " affected " in lowered[m.end : np.end + 1]:
            nps[i] = np._replace(trap=True)  # "148 deaths and more than 28,000 affected families": no one harmed
        elif (
            not np.has_head
            and i > 0
            and all(nps[j].trap and nps[j].has_head and not nps[j].house for j in range(i))
            and _PART_OF_THINGS.fullmatch(lowered, nps[i - 1].end, m.start)
        ):
            nps[i] = np._replace(trap=True)  # "312 cholera cases in October, including 96 in displacement sites"
    links: list[Link | None] = [None] * len(mentions)
    previous_house = False
    bullet = _BULLET.match(lowered) if previous is not None else None
    # "Of the 120 houses hit, 85 were completely destroyed": bare counts after it are of those houses
    house_opening = _HOUSE_PARTITIVE_OPENING.match(lowered) if "of " in lowered[:8] else None
    if house_opening is None and (reporter := _SAID_THAT.search(lowered, 0, 90)) is not None:
        # (after who says it: "The agency reports that, of the damaged houses, 22,200 were heavily damaged")
        house_opening = _HOUSE_PARTITIVE_OPENING.match(lowered, reporter.end())
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        # "Ninety-five of them were completely destroyed": a part of the houses the sentence before counted
        house_context = previous_house or (np.partitive and previous in HOUSE_KINDS and not any(links[:i]))
        if i == 0 and anaphor is not None and previous in HOUSE_KINDS and not np.has_head and _MORE_OF.match(lowered):
            house_context = True  # "Another 30 were partially damaged", after houses destroyed: its own verb tells
        if (
            i == 0
            and anaphor is not None
            and recent in HOUSE_KINDS
            and not np.has_head
            and _MORE_OF.match(lowered)
            and (_HOUSE_FATE_AFTER.match(lowered, mention.end) or _DAMAGE_SUFFERED.match(lowered, mention.end))
        ):
            # (houses were the last figure, though not the first: "Nearly 9,800 people have fled, and about 1,700
            # houses were destroyed. Another 4,600 suffered light to moderate damage")
            house_context = True
        if (
            i == 0
            and previous in HOUSE_KINDS
            and not np.has_head
            and OF_THESE_OPENING.match(lowered)
            and (
                _HOUSE_FATE_AFTER_PART.match(lowered, mention.end)
                or right_trigger(sentence, lowered, mention.end, lex, house=True) is not None
            )
        ):
            # "Of these, 96 were completely destroyed and 418 partially damaged"; any fate of homes after the count
            # tells it too ("Of them, 1,306 suffered total collapse")
            house_context = True
        if house_opening is not None and mention.start >= house_opening.end() and not np.has_head:
            house_context = True
        if (
            i == 0
            and bullet is not None
            and previous in HOUSE_KINDS
            and not np.has_head
            and _BARE_HOUSE_FATE.match(lowered, mention.end)
        ):
            house_context = True  # a row under a heading on homes: "- Geeveston: 38 destroyed, 12 damaged"
        # "41,806 houses were affected, of which 9,311 were totally destroyed": a part of the houses counted before
        # (named before their count too: "Damaged houses reached 3,102, of which 245 were totally destroyed")
        if (
            not house_context
            and i > 0
            and (
                nps[i - 1].house
                or _HOUSES_BEFORE.search(lowered, max(0, mentions[i - 1].start - 40), mentions[i - 1].start)
            )
        ):
            house_context = _OF_WHICH.search(lowered, max(0, mention.start - 12), mention.start) is not None
        if (
            not house_context
            and i > 0
            and not np.has_head
            and _BARE_HOUSE_FATE.match(lowered, mention.end)
            and any(nps[j].house for j in range(i))
            and not any(nps[j].has_head and not nps[j].house and not nps[j].trap for j in range(i))
        ):
            # "assessments of 4,000 homes found 1,350 completely destroyed and 2,140 partially damaged"
            house_context = True
        if not house_context and i > 0 and not np.has_head and ":" in lowered[: mention.start]:
            # the houses broken down after a colon: "17.6 lakh houses have been hit across 23 districts: 6.2 lakh
            # were completely destroyed" (past counts of things between)
            j = i - 1
            while j > 0 and nps[j].trap and not nps[j].house:
                j -= 1
            house_context = nps[j].house and ":" in lowered[nps[j].end : mention.start]
        if (
            not house_context
            and i == 0
            and previous in HOUSE_KINDS
            and lowered[mention.end : np.end].strip() in _OTHERS
            and _HOUSE_FATE_AFTER.match(lowered, np.end)  # (not "About two dozen others were wounded")
        ):
            house_context = True  # "... 11,532 houses had been damaged. More than 860 others were destroyed"
        links[i] = _link(sentence, lowered, mention, np, lex, house_context)
        if links[i] is None and ":" in lowered[max(0, mention.start - 3) : mention.start]:
            links[i] = _row_link(sentence, mention, np, lex)
            if links[i] is None and i == 0 and previous is not None and previous not in HOUSE_KINDS:
                links[i] = _group_row(lowered, mention, np, previous, lex)
        if links[i] is None and i == 0 and bullet is not None and previous not in (None, *HOUSE_KINDS):
            links[i] = _bullet_item(sentence, lowered, mention, np, bullet, previous, lex)  # type: ignore[arg-type]
        elif links[i] is None and i == 0 and bullet is not None and previous in HOUSE_KINDS:
            links[i] = _house_item(lowered, mention, np, bullet, previous)
        if links[i] is not None:  # the last figure stated, not merely the last number, says what is counted
            previous_house = links[i].kind in HOUSE_KINDS  # type: ignore[union-attr]
    if previous_house or any(link is not None and link.kind in HOUSE_KINDS for link in links):
        for i, link in enumerate(links):  # "damaged 3,820 houses fully and 22,514 partially": fully is destroyed
            if link is not None and link.kind is Kind.HOUSES_DAMAGED and _FULLY_AFTER.match(lowered, nps[i].end):
                links[i] = link._replace(kind=Kind.HOUSES_DESTROYED)
        _house_degrees(lowered, mentions, nps, links)
    # A noun phrase without its own verb shares the verb of the next one it is listed with.
    for i in range(len(mentions) - 2, -1, -1):
        nxt = links[i + 1]
        if links[i] is not None or nxt is None or nxt.left or not nps[i].has_head or nps[i].trap:
            continue
        own_kind = nps[i].kind or (Kind.DISPLACED if _refugee_head(lowered, mentions[i], nps[i], lex) else None)
        if not nxt.own_verb and own_kind is not None and nps[i + 1].kind not in (None, own_kind):
            continue  # nouns of two kinds name their own: "9,500 Sudanese refugees and 4,300 returnees"
        if any(links[:i]) and _OF_THIS_WHOLE.match(lowered, mentions[i].end):
            continue  # "52 bodies were retrieved, 17 of them children, and 51 are missing": a part of the one before
        if lowered.startswith(" with ", max(nps[i + 1].end, mentions[i + 1].end)):
            continue  # the next count's own state: "1,140 separated children and 312 people with gunshot injuries"
        if (
            # (a part of a count that is no figure is none either: "19.9 million needed aid, including 6.5 million
            # children, and 3.5 million were displaced")
            (any(links[:i]) or (i > 0 and _WHOLE_OWN_VERB.search(lowered, nps[i - 1].end, mentions[i].start)))
            and (
                SUBGROUP.search(lowered, max(0, mentions[i].start - 20), mentions[i].start)
                or _SUBGROUP_LISTED.search(lowered, max(0, mentions[i].start - 50), mentions[i].start)
            )
            # (unless the pair shares one participle: "including 127 children and 261 women killed")
            and not (
                lowered[nps[i].end : mentions[i + 1].start] == " and "
                and nps[i + 1].has_head
                and _ONE_WORD.fullmatch(lowered, nps[i + 1].end, nxt.end)
            )
        ):
            continue  # "7 people drowned, including 3 children, and ... were displaced": a part of the figure before
        if _RESCUED_BEFORE.search(lowered, max(0, mentions[i].start - 12), mentions[i].start):
            continue  # "rescued 104 people, and 78 bodies have been recovered": the rescued are no dead
        if i > 0 and links[i - 1] is not None and _AND_ITEM.fullmatch(lowered, nps[i - 1].end, mentions[i].start):
            continue  # the next item of the list before: "Among the dead are six children and four women, and ..."
        if (owner := _OWNER_OF.search(lowered, max(0, mentions[i].start - 30), mentions[i].start)) and (
            owner.group(1) in lex.group_nouns or owner.group(1) in _OWNERS
        ):
            continue  # "members of one extended family, and six people were injured": whose members they were
        if _OF_THIS_WHOLE.match(lowered, mentions[i + 1].end):
            continue  # the next count is a part of this one: "received 18 patients, three of whom died"
        gap = _CHAIN.fullmatch(lowered, nps[i].end, mentions[i + 1].start)
        if gap is None and (parallel := _PLACE_AND.fullmatch(lowered, nps[i].end, mentions[i + 1].start)):
            # places in parallel: "4,100 households in Garsen and 1,900 in Bura displaced"
            after = lowered[mentions[i + 1].end : mentions[i + 1].end + 8].split()[:1]
            gap = parallel if not nps[i + 1].has_head and after == [parallel.group(1)] else None
        if gap is None and nps[i].has_head and not nps[i].house:
            # a second noun of the same count: "67 soldiers and police officers and 26 civilians have been killed"
            gap = _AND_PEOPLE_AND.fullmatch(lowered, nps[i].end, mentions[i + 1].start)
            if gap is not None and not _names_people(gap.group(1), lex):
                gap = None
        if gap and (nps[i].house == (nxt.kind in HOUSE_KINDS)):
            links[i] = Link(nxt.kind, nps[i].group, mentions[i].start, nps[i].end, False, False)
    # ... and the count after a slash or "numbering" is the same count in another unit: "28,245 families / 100,492
    # persons"
    for i in range(1, len(mentions)):
        earlier = links[i - 1]
        if (
            links[i] is None
            and earlier is not None
            and nps[i].has_head
            and not nps[i].trap
            and not nps[i].house
            and earlier.end <= mentions[i].start
            and _SAME_COUNT_AGAIN.fullmatch(lowered, nps[i - 1].end, mentions[i].start)
        ):
            links[i] = Link(earlier.kind, nps[i].group, mentions[i].start, nps[i].end, False, False)
    if "respectively" in lowered:
        respectively(lowered, mentions, nps, links)
    if (
        anaphor is not None
        and mentions
        and links[0] is None
        and not nps[0].trap  # ("Another 31 schools ... were also damaged": other buildings than the houses before)
        and mentions[0].start <= anaphor.end() + 1
        and not trapped_after(sentence, max(nps[0].end, mentions[0].end), lex)  # ("... were pulled out alive")
        and not _RESCUED_AFTER.match(lowered, max(nps[0].end, mentions[0].end))  # ("Another 14 were rescued")
        and not _HELD_IN_PLACE_AFTER.match(lowered, max(nps[0].end, mentions[0].end))
        # ("A further 1,480 relief distribution centres are operating": things, after the people before)
        and not any(word in lex.non_count_nouns for word in lowered[mentions[0].end : mentions[0].end + 40].split()[:3])
        and not _AFFECTED_AFTER.match(lowered, max(nps[0].end, mentions[0].end))  # ("Another 1,900 are affected")
    ):
        # ("Of these, about 55,000 are South Sudanese returnees": the noun after the verb names their kind)
        named = _NAMED_KIND_AFTER.match(lowered, max(nps[0].end, mentions[0].end))
        kind = (Kind.RETURNED if named.group(1) == "returnees" else Kind.DISPLACED) if named else previous
        links[0] = Link(kind, nps[0].group, mentions[0].start, max(nps[0].end, mentions[0].end), False, False)  # type: ignore[arg-type]
    elif (
        previous is not None
        and mentions
        and links[0] is None
        and (not nps[0].has_head or _OF_THEM.match(lowered, mentions[0].end))  # ("At least 46 of them were children")
        and kind_of_partitive(lowered, mentions[0].start, lex) in (None, previous)
    ):  # ("... still missing. Of the fatalities, 14 are minors": the partitive names the kind, not the sentence before)
        links[0] = group_predicate(lowered, mentions[0], previous, lex)
    parts_inside(lowered, mentions, nps, links, lex)
    stand_ins(lowered, mentions, nps, links, previous, recent, lex)
    if bare_whole is not None and (said := previous or recent) not in (None, *HOUSE_KINDS):
        # "Of the 315, 152 were children and 93 women": the parts of a figure said before, named by its count alone
        first = next((i for i, m in enumerate(mentions) if m.start >= bare_whole.end()), None)
        if first is not None and links[first] is None and not nps[first].has_head:
            links[first] = group_predicate(lowered, mentions[first], said, lex, first_word=True)  # type: ignore[arg-type]
    if ":" in lowered and lex.heading is not None:
        tally_rows(sentence, lowered, mentions, nps, links, previous or recent, lex)
    if previous is not None and mentions and not any(links):
        place_count_line(sentence, mentions, nps, links, previous)
    if "respectively" in lowered:
        respectively_as_before(lowered, mentions, nps, links, previous)
    for i, link in enumerate(links):
        if (
            link is not None
            and link.kind is Kind.DISPLACED
            and nps[i].kind is Kind.DISPLACED
            and _RETURN_AFTER.match(lowered, max(nps[i].end, link.end))
            # (not the whole a part of returned from: "24,000 of the 140,000 Cambodians displaced had returned")
            and not _WHOLE_OF_BEFORE.search(lowered, max(0, mentions[i].start - 30), mentions[i].start)
        ):
            links[i] = _returning(link)  # "four million Iraqis displaced by the war have returned to their homes"
        elif _displaced_by_noun(lowered, mentions[i], nps[i], link, lex) and _part_of_a_return(
            lowered, mentions[i].start, links[:i]
        ):
            # "5.1 million displaced people went home, including 1.1 million refugees and 4 million IDPs": the
            # parts of a return are returns, whatever their noun says they were
            links[i] = Link(Kind.RETURNED, nps[i].group, mentions[i].start, nps[i].end, False, False)
            nxt = links[i + 1] if i + 1 < len(links) else None
            if (
                nxt is not None
                and _displaced_by_noun(lowered, mentions[i + 1], nps[i + 1], nxt, lex)
                and _AND.fullmatch(lowered, nps[i].end, mentions[i + 1].start)
            ):
                links[i + 1] = _returning(nxt)
    for i, link in enumerate(links[:-1]):
        whole = links[i + 1]
        if (
            link is not None
            and whole is not None
            and link.kind in (Kind.DISPLACED, Kind.EVACUATED)
            and whole.kind is link.kind
            and _PART_OF_WHOLE_BETWEEN.fullmatch(lowered, mentions[i].end, mentions[i + 1].start)
            and _RETURN_AFTER.match(lowered, max(nps[i + 1].end, whole.end))
        ):
            # the part is what the main verb says: "About 18,000 of the 26,000 people evacuated have returned home"
            links[i] = _returning(link)
    for i, link in enumerate(links):
        if (
            link is not None
            and link.left
            and link.kind is Kind.DISPLACED
            and _WHO_RETURNED.search(lowered, link.start, mentions[i].start)
        ):
            # "The number of Syrian refugees who have returned home ... reached 33,200": who returned, counted
            links[i] = _returning(link)
    if (previous or recent) is Kind.RETURNED:
        # people arriving or entering, told right after returns, are returning too
        # (not those "newly arrived": new arrivals are the displaced of the day)
        # (nor those crossing into another country: "1,200 people crossed into Rwanda" fled, whatever came before)
        links = [
            _returning(link)
            if link is not None
            and link.motion
            and "newly" not in lowered[link.start : link.end]
            and not _CROSSED_INTO.search(lowered, link.start, link.end + 12)
            # (nor those who left a place of their own country: "2,500 people left the district before the fire")
            and not _LEFT_A_LOCAL_PLACE.search(lowered, link.start, link.end + 1)
            else link
            for link in links
        ]
    for i, link in enumerate(links):
        if (
            link is not None
            and link.motion
            and link.kind is Kind.DISPLACED
            and nps[i].has_head
            and crossed_home(sentence, mentions[i].end, nps[i].end)
        ):
            links[i] = _returning(link)  # "256,000 Afghans crossed into Afghanistan": home, not away
        elif (
            link is not None
            and link.kind is Kind.DISPLACED
            and nps[i].has_head
            and left_a_host_country(sentence, mentions[i].end, nps[i].end)
        ):
            links[i] = _returning(link)  # "85,000 Afghans have left Pakistan": they go home
    for i in range(1, len(links)):
        link = links[i]
        if (
            link is not None
            and link.motion
            and nps[i].partitive
            and any(earlier is not None and earlier.kind is Kind.RETURNED for earlier in links[:i])
        ):
            links[i] = _returning(link)  # "59,780 Afghans returning ...; 17,300 of them arrived in the last five days"
    carry_over(lowered, mentions, nps, links, lex)
    if " among " in lowered:
        _parts_among_a_whole(lowered, mentions, nps, links)
    for i in range(1, len(mentions)):
        # "104 people were rescued, including 43 Egyptians": a part of the rescued (no figure) is none either,
        # whatever kind a figure before them in the sentence had (unless its own verb says: "of whom 23 sustained
        # burns")
        if (
            links[i] is not None
            and not links[i].own_verb  # type: ignore[union-attr]
            and links[i - 1] is None
            and SUBGROUP.search(lowered, max(0, mentions[i].start - 20), mentions[i].start)
            and _NO_HARM_VERB.search(lowered, max(mentions[i - 1].end, nps[i - 1].end), mentions[i].start)
        ):
            links[i] = None
    for i in range(1, len(mentions)):  # "WFP assisted 1.2 million people, including 640,000 IDPs": aid's reach
        if (
            links[i] is not None
            and (links[i - 1] is None or not links[i - 1].own_verb)  # type: ignore[union-attr]
            and SUBGROUP.search(lowered, max(0, mentions[i].start - 20), mentions[i].start)
            and _AID_BEFORE.search(lowered, max(0, mentions[i - 1].start - 40), mentions[i - 1].start)
        ):
            links[i] = links[i - 1] = None
    if " or " in lowered:
        _same_count_in_units(lowered, mentions, nps, links)
    _units_in_apposition(sentence, lowered, mentions, nps, links, lex)
    if "relocat" in lowered or "moved" in lowered or "shift" in lowered or "left" in lowered or "leave" in lowered:
        _relocations_ahead_of_a_storm(lowered, links)
    if "centres" in lowered or "centers" in lowered or "pps" in lowered:
        _counted_at_relief_centres(lowered, links)
    if "ordered" in lowered or "directed" in lowered or "instructed" in lowered:
        for i, link in enumerate(links):  # "has ordered about 1,100 residents of the Sumas Prairie to leave"
            if (
                link is not None
                and link.kind is Kind.DISPLACED
                and _ORDERED_BEFORE.search(lowered, max(0, mentions[i].start - 14), mentions[i].start)
                and _TO_LEAVE.search(lowered, mentions[i].end, min(len(lowered), max(link.end, nps[i].end) + 90))
                # (not armed men driving them out: "gunmen ordered 300 villagers to leave", a forced displacement)
                and not _ARMED_ORDER.search(lowered, max(0, mentions[i].start - 60), mentions[i].start)
            ):
                links[i] = link._replace(kind=Kind.EVACUATED)  # ordered out by the authorities: an evacuation
    if "corridor" in lowered or "convoy" in lowered:
        for i, link in enumerate(links):  # "about 5,000 people had left Sumy through a humanitarian corridor"
            if (
                link is not None
                and link.kind is Kind.DISPLACED
                and _EVACUATION_ROUTE.search(lowered, link.start, link.end + 80) is not None
            ):
                links[i] = link._replace(kind=Kind.EVACUATED)
    if _AMONG_THE_DEAD_OPENING.match(lowered):
        for i, link in enumerate(links):
            if link is not None and link.kind is Kind.MISSING and _WHO_AFTER.match(lowered, nps[i].end):
                # "Among the dead were three members of a family ..., and two soldiers who were swept away": how
                # they died, in a list of the dead
                links[i] = link._replace(kind=Kind.KILLED)
    for i in range(1, len(links)):
        link = links[i]
        if link is None or link.kind is Kind.KILLED or link.kind in HOUSE_KINDS:
            continue
        shot = link.kind is Kind.INJURED and lowered.endswith(("shot", "hit"), 0, link.end)
        whole = next((e for e in reversed(links[:i]) if e is not None and e.kind in HARM_KINDS), None)
        # (the missing among the dead were found so: "18 deaths, among them two children who were swept away")
        told_later = link.kind not in HARM_KINDS or (
            link.kind is Kind.MISSING and whole is not None and whole.kind is Kind.KILLED
        )
        if not shot and not (told_later and _WHO_AFTER.match(lowered, nps[i].end)):
            continue
        if (
            whole is not None
            and (not shot or whole.kind is Kind.KILLED)
            and _INCLUDING_BETWEEN.fullmatch(lowered, whole.end, mentions[i].start)
        ):
            # "five people were killed, including a woman and her two children, who were shot": how they died;
            # "17 deaths, among them six footballers who were staying at a training centre": where they were
            links[i] = link._replace(kind=whole.kind)
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if (
            (own := links[i]) is not None
            and own.kind is Kind.DISPLACED
            and not np.has_head
            and (finer := kind_of_partitive(lowered, mention.start, lex)) in (Kind.EVACUATED, Kind.SHELTERED)
        ):
            # a part of the evacuees whose move is told again keeps their finer kind: "Of the evacuees, 38,000 were
            # moved from Awash Fentale"
            links[i] = own._replace(kind=finer)
            continue
        if (
            links[i] is None
            and i > 0
            and not np.has_head
            and (share := links[i - 1]) is not None
            and share.kind not in HOUSE_KINDS
            and _GAPPED_SHARE.fullmatch(lowered, max(nps[i - 1].end, mentions[i - 1].end), mention.start)
            and _SHARE_END.match(lowered, mention.end)
            and any(
                link is not None and _SHARE_VERB_BEFORE.search(lowered, max(0, m.start - 30), m.start)
                for m, link in zip(mentions[:i], links[:i], strict=True)
            )
        ):
            links[i] = Link(share.kind, np.group, mention.start, mention.end, False, False)  # "..., artillery for 34"
            continue
        account_for = _ACCOUNT_FOR.search(lowered, max(0, mention.start - 30), mention.start)
        # (the kind a partitive opening the sentence names, read once for the test and the share below)
        opening = (
            _opening_partitive_kind(lowered, mention.start, lex)
            if account_for and links[i] is None and not np.has_head
            else None
        )
        # (a bare count after a figure of the sentence, too: "killed 120, with Sindh accounting for 56")
        if (
            links[i] is None
            and account_for
            and (
                np.partitive
                or (not np.has_head and any(links[:i]))
                # (a place's share of the figure said before: "... displaced 94,000. Blantyre City accounts for 41,000")
                or (
                    i == 0
                    and not np.has_head
                    and (previous or recent) is not None
                    and _PLACE_ACCOUNTS.search(sentence, max(0, mention.start - 60), mention.start) is not None
                    # (not a part of its own whole: "Schools account for 58 of the 155 sites")
                    and not lowered.startswith(" of ", max(np.end, mention.end))
                )
                # (a place's share of the whole a partitive opening names: "Of the deaths reported since June 25,
                # Punjab accounted for 88")
                or opening is not None
            )
        ):
            shared = (
                next((link.kind for link in reversed(links[:i]) if link is not None), None)
                or opening
                or previous
                or recent
            )
            if shared is not None and shared not in HOUSE_KINDS:
                links[i] = Link(shared, np.group, mention.start, np.end, False, False)  # "account for 4,700 of them"
    at_risk = "risk" in lowered or "danger" in lowered or "threat" in lowered
    captives = any(link is not None and link.kind is Kind.RETURNED for link in links) and _CAPTIVES.search(lowered)
    if "(" in lowered or " for " in lowered or (any(links) and not all(links)):
        places_listed(sentence, lowered, mentions, nps, links, previous, lex)
    for i, link in enumerate(links):
        # a house count's own state in apposition: "another 12, partially damaged, have been declared unsafe"
        if (
            link is not None
            and link.kind in HOUSE_KINDS
            and (state := _HOUSE_STATE_AFTER.match(lowered, mentions[i].end))
        ):
            links[i] = link._replace(kind=HOUSE_DEGREES[state.group(1)])
    pairs = [
        (m, link)
        for i, (m, link) in enumerate(zip(mentions, links, strict=True))
        if link is not None
        and m.value != 0  # "zero deaths": no figure
        # (a pronoun: "The figure above is the one given in the bulletin")
        and not (m.value == 1 and not nps[i].has_head and lowered.endswith(_THE_ONE, 0, m.end))
        and not _denied(lowered, m, lex)
        and not _restated(lowered, mentions, nps, i)
        and not _part_of_a_population(lowered, mentions, i)
        # (the whole a part is taken of: "two of her four children died" counts two dead, not four)
        and not (
            i > 0
            and links[i - 1] is not None
            and links[i - 1].kind is link.kind  # type: ignore[union-attr]
            and _POSSESSED_WHOLE_BEFORE.fullmatch(lowered, mentions[i - 1].end, m.start)
        )
        # (the whole a partitive opens on: "Of its roughly 12,000 houses, about 5,000 were destroyed")
        and not (house_opening is not None and m.end <= house_opening.end())
        and not (":" in lowered[max(0, m.start - 3) : m.start] and _COMBINED_LABEL.search(lowered, 0, m.start))
        # ("Houses damaged: 1,846 (fully 212, partially 1,634)": both degrees in one count, which labels neither)
        and not (link.kind in HOUSE_KINDS and _DEGREES_AFTER.match(lowered, m.end))
        # (captives freed are no people going home from displacement: "brought home 47 more people" in a swap)
        and not (
            link.kind is Kind.RETURNED
            and captives
            # (unless the return has a verb of its own: "about 40 families have moved back" beside hostages taken)
            and (link.left or not link.own_verb or _FREED.search(lowered, link.start, link.end) is not None)
        )
        and not (at_risk and _AT_RISK.match(lowered, max(nps[i].end, m.end)))
        # (people held, not sheltered: "detention centres held 31,321 persons", "miners in a refuge station")
        and not (
            link.kind is Kind.SHELTERED
            and _HELD_IN_DETENTION.search(lowered, max(0, min(link.start, m.start) - 60), max(link.end, m.end) + 60)
        )
        and not (not link.left and _NO_FIGURE_AFTER.match(lowered, max(nps[i].end, m.end)))
        # (unless the count has its own verb: "12,817 houses were affected: 3,402 totally destroyed")
        and (link.own_verb or not _NO_FIGURE_LABEL.search(lowered, max(0, m.start - 30), m.start))
        and not (
            ":" in lowered[max(0, m.start - 4) : m.start] and _AID_ROW.search(lowered, max(0, m.start - 90), m.start)
        )
        and (link.left or not _AID_REACHED.search(lowered, max(0, m.start - 24), m.start))
        and (nps[i].has_head or not _is_age_apposition(sentence, lowered, m, lex))  # (an item of a list, too)
        and (nps[i].has_head or not _bracketed_inside(lowered, m, links[:i]))
        and (nps[i].has_head or not _age_of_a_named_victim(sentence, lowered, m))
        # ("2,100 people from 300 families were killed": whose families the dead were, no toll of families; moved,
        # the families are the same figure in another unit)
        and not (
            link.kind in HARM_KINDS
            and link.group in (Group.FAMILIES, Group.HOUSEHOLDS)
            and _PEOPLE_FROM_BEFORE.search(lowered, max(0, m.start - 40), m.start)
        )
    ]
    old_end = -1  # where the last old count removed ends: "had put the toll at 40 dead and 58 injured"
    trapped_end = -1  # where the last count a trap before it removed ends
    for mention, link in list(pairs):
        if old_end >= 0 and _OLD_PAIR_GAP.fullmatch(lowered, old_end, mention.start):
            pairs.remove((mention, link))  # the second count of the old toll
            old_end = max(mention.end, link.end)
            continue
        if trapped_end >= 0 and lowered[trapped_end : mention.start].strip() == "(":
            pairs.remove((mention, link))  # "hosting 215,300 IDPs (47,120 households)": the same count in its unit
            continue
        # (its words right before the count, not a clause before it: "rose to 11, from seven initially reported, and
        # more than 40 people were injured")
        old_word = _SUPERSEDED.search(lowered, max(0, mention.start - 40), mention.start)
        superseded = old_word is not None and "," not in lowered[old_word.end() : mention.start]
        if (
            (not link.left or superseded)
            and trapped_before(lowered, mention.start, lex)
            # (aid for people who may yet have to move is a planning figure: "food packs for up to 100,000 families
            # who may be displaced")
            and not (link.kind in FLIGHT_KINDS and _WHO_MAY_MOVE.match(lowered, mention.end, link.end + 1))
            # (aid that is the return itself: "IOM helped 161 Nigerian migrants return home")
            and not (
                link.kind is Kind.RETURNED and _HELPED_BEFORE.search(lowered, max(0, mention.start - 24), mention.start)
            )
        ):
            pairs.remove((mention, link))
            trapped_end = max(mention.end, link.end)
        elif superseded and not link.left:
            pairs.remove((mention, link))  # "up from an estimate of 540 dead": the old toll, named by its noun
        elif _SUPERSEDED_PUT.search(lowered, max(0, mention.start - 100), mention.start):
            pairs.remove((mention, link))  # "an earlier count had put the dead at 320"
            old_end = max(mention.end, link.end)
        elif _CORRECTED_BEFORE.search(lowered, max(0, mention.start - 80), mention.start):
            pairs.remove((mention, link))  # "An earlier version of this article said 52 people had been killed"
        elif _FIGURE_OF_BEFORE.search(lowered, max(0, mention.start - 30), mention.start) and _WRONG_AFTER.match(
            lowered, mention.end
        ):
            pairs.remove((mention, link))  # "The figure of 11 deaths reported in Statement No. 2 was incorrect"
        elif _WHICH_STOOD_BEFORE.search(lowered, max(0, mention.start - 100), mention.start) and _ROSE_AFTER.match(
            lowered, mention.end
        ):
            pairs.remove((mention, link))  # "The toll, which stood at 21 on Sunday morning, rose to 43"
    if " each " in lowered:
        pairs += _each_of_the_places(sentence, lowered, pairs)
        pairs.sort(key=lambda p: p[0].start)
    singles = singletons(sentence, lowered, pairs, lex)
    if singles:  # (the counts alone are in text order already)
        listed = listed_with_singletons(lowered, mentions, nps, links, singles, pairs)
        # a singleton listed after those counts: "the commander, four officers and a teenage boy"
        more = singletons(sentence, lowered, pairs + singles + listed, lex) if listed else []
        pairs += singles + listed + more
        pairs.sort(key=lambda p: p[0].start)
    cumulative = bool(pairs) and is_cumulative(lowered, lex)
    standing = bool(pairs) and not cumulative and _STANDING_TOTAL.search(lowered) is not None
    # a toll in the present perfect is the total so far ("more than 13,000 Palestinians have been killed"), unless
    # the sentence dates it to one day or one incident ("have been killed in Tuesday's attack")
    so_far = (
        bool(pairs)
        and not cumulative
        and _PRESENT_PERFECT.search(lowered) is not None
        and _ONE_DAY.search(lowered) is None
    )
    if "of which" in lowered or "of these" in lowered or "of them" in lowered or "of the " in lowered[:8]:
        pairs = _without_combined_totals(lowered, pairs)
    statements: list[Statement] = []
    for mention, link in pairs:
        qualifier = mention.qualifier
        if qualifier is Qualifier.EXACT and _PASSED_BEFORE.search(lowered, max(0, mention.start - 14), mention.start):
            qualifier = Qualifier.MORE_THAN  # "the toll passed 500", "climbed past 2,000": above it, not at it
        if statements and qualifier is Qualifier.EXACT:
            before = statements[-1]
            if (
                before.own_verb
                and before.qualifier in _HEDGES
                and (before.kind in HOUSE_KINDS) == (link.kind in HOUSE_KINDS)  # (houses, then people: another count)
                and not _ANOTHER.match(lowered, mention.start)  # ("and another 900 were damaged": a count of its own)
                and not _OF_THOSE.match(lowered, mention.end)  # ("and 317 of those were destroyed": a part, counted)
                and _AND.fullmatch(lowered, before.end, mention.start)
                # (not the next place's share, told without a verb: "About 190,000 are sheltering in tent camps,
                # and 11,000 in container cities")
                and (link.own_verb or link.kind is not before.kind)
            ):
                qualifier = before.qualifier  # "at least 6 killed and 15 injured": the hedge covers both
        statements.append(
            Statement(
                kind=link.kind,
                value=mention.value,
                value_max=mention.value_max,
                qualifier=qualifier,
                group=link.group if link.kind not in HOUSE_KINDS else Group.HOUSEHOLDS,
                start=link.start,
                end=link.end,
                projection=is_projection(lowered, min(link.start, mention.start), link.end, lex),
                cumulative=cumulative
                or (standing and link.kind in _STANDING_KINDS)
                or (so_far and not _INCREMENT.match(lowered, mention.start)),
                own_verb=link.own_verb,
            )
        )
    return statements


def with_qualifier(statement: Statement, qualifier: Qualifier) -> Statement:
    """A copy of a statement with another qualifier."""
    return statement._replace(qualifier=qualifier)
