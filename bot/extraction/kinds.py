"""What a number counts and what happened to it: the noun phrase after a number and the verbs around it."""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.extraction.lexicon import Lexicon
from bot.extraction.lexicon.dictionary import english_words
from bot.extraction.links import CAPTURED, HARM_KINDS, HOUSE_DEGREES, OBJECT_AFTER
from bot.extraction.numbers import AGE, SITE_DESIGNATORS
from bot.values import Group, Kind

# (past a body's initials in brackets: "four Libyan Red Crescent (LRC) volunteers")
# (a dotted abbreviation is one word: "13 U.S. service members", "five U.N. peacekeepers")
_WORD = re.compile(
    r"[ \t\n]*(?:\([A-Z]{2,8}\)[ \t\n]+(?=[a-z]))?((?:[A-Z]\.){2,}(?=[ \t\n])|[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*)"
)
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them|which)\b", re.IGNORECASE)
_OF_US = re.compile(r"\s+of\s+us\b", re.IGNORECASE)
_PARTITIVE_GROUP = re.compile(r"\s+(?:(?:were|are|was|being)\s+)?([A-Za-z]+)\b(?=\s*(?:[,;.)]|and\b|$))")
_COORDINATE = re.compile(r"\s*(?:and|or|&)\s+", re.IGNORECASE)  # (not ", and": another clause may start there)
_POSSESSIVE = re.compile(r"[’']s?", re.IGNORECASE)
# A people named in the plural, capitalised: "Syrians", "Rohingyas", "Afghans" (not "States", "Forces").
_PEOPLE_NAME = re.compile(r"[A-Z][a-z]{2,}(?:ans|ians|ese|is|as|ks|ts)")
_DEMONYM = re.compile(r"[A-Z][a-zà-ÿ]+(?:ans|is|ese|bè|be)$|Rohingya$|Yazidis$|Roma$")
# A place's name, of one or more words: "Ibaji", "Ajaokuta", "Dar es Salaam", "Al Hodeidah".
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|el|de|du|la|del|es))*"
# The place a name is of, in a list of places: "and the neighbouring hamlet of Sesajal".
_SETTLEMENT_OF = (
    r"(?:the\s+(?:[a-z-]+\s+)?(?:town|city|village|hamlet|district|province|region|area|county|municipality|community"
    r"|settlement|camp)\s+of\s+)?"
)
# A person named or told by relation, with an age: "Imran Ansari (27)", "his sister aged 4", "a woman, 62".
_PERSON = (
    r"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|el|bin|ibn|de|van|von)){0,3}"
    r"|(?:a|an|his|her|their|one|another)\s+(?:[a-z-]+\s+)?[a-z-]+)"
    r"(?:\s*\(\d{1,3}\)|\s+aged\s+\d{1,3}|\s*,\s*\d{1,3}(?=\s*,))?"
)
# A thing listed: one or two words, or three after an article ("a power line").
_THING = r"(?:(?:a|an|the)\s+[a-z-]+\s+[a-z-]+|[a-z-]+(?:\s+[a-z-]+)?)"
# Asides between a noun phrase and its verb: "(more than 800 people)", "- all women and children -",
# ", most of them women and children,".
_ASIDE = re.compile(
    # a subgroup named without a count, in commas: "At least 38 migrants, including children, have died"
    r",\s*(?:including|among them|mostly|mainly|many of them|most of them)\s+[^,;()\d]{1,60}?,"
    r"(?=\s+(?:were|was|have|has|had|are|died|fled|drowned|perished)\b)|"
    # one more person joined to the count before the verb they share: "Five residents and a firefighter suffered burns"
    r"\s+and\s+(?:a|an|one|another)\s+(?:[A-Za-z-]+\s+){0,4}?[A-Za-z-]+(?=\s+(?:were|was|suffered|sustained|died|drowned"
    r"|perished)\b)|"
    # the count it corrects, in commas: "64 people, not 46, were killed in Sigi"
    r",\s*not\s+(?:the\s+)?\d[\d,.]*(?:\s+(?:as\s+)?(?:first\s+|earlier\s+|previously\s+)?(?:reported|stated|said))?"
    r"\s*,(?=\s+(?:were|was|have|has|had|are|died|fled|drowned|perished)\b)|"
    # who they were, in commas, before their verb: "All four victims, elderly residents, died"
    # (not a doer's clause: "the bus, operated by Sahayatri, had left")
    r",\s*(?:all\s+)?(?![^,;()]*\bby\b)[^,;()\d]{3,60}?,(?=\s+(?:were|was|have|has|had|are|died|drowned|perished|sustained|suffered)\b)|"
    # ... with their ages: "Two children, brothers aged eight and 10, drowned"
    r",\s*[^,;()\d]{0,30}?\baged\s+[\w -]{1,24}?,(?=\s+(?:were|was|have|has|had|are|died|drowned|perished"
    r"|sustained|suffered)\b)|"
    # what befell their boat or vehicle, before what befell them: "Seven fishermen whose trawler capsized in the
    # Bay on Sunday remain missing"
    r"\s+whose\s+(?:[a-z-]+\s+)?(?:boat|trawler|vessel|ship|ferry|dinghy|canoe|bus|car|vehicle|truck|minibus|plane)"
    r"\s+(?:capsized|sank|overturned|crashed|went down|was swept away)"
    r"[^,.;]{0,60}?(?=\s+(?:remain|remains|remained|are|were|have|has|had|died|drowned)\b)|"
    # the families they make: "10,042 persons belonging to 2,956 families are staying in relief camps"
    r"\s*,?\s+(?:belonging to|from|of|in|comprising|grouped in(?:to)?|forming|making up)\s+(?:about\s+|some\s+"
    r"|around\s+)?\d[\d,.]*"
    r"(?:\s+(?:lakh|crore|million))?\s+(?:families|households)(?:\s*,(?=\s))?(?=\s)"
    # the same count in another unit: "about 1,200 families, or some 6,000 persons, evacuated"
    r"|,\s*(?:or|translating (?:in)?to|equivalent to|representing|corresponding to|i\.e\.|that is|comprising"
    r"|consisting of|totalling|totaling|made up of)\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+)?\d[\d,.]*\s+(?:persons|people|individuals|families"
    r"|households)\s*,"
    # the homes they left, before what befell them: "300 residents of damaged buildings had been placed in ..."
    r"|\s+(?:of|from)\s+(?:the\s+)?(?:damaged|destroyed|collapsed|flooded)\s+(?:[a-z-]+\s+)?"
    r"(?:buildings?|houses?|homes?|blocks?)(?=\s+(?:were|was|are|is|have|has|had)\b)"
    # their ages: "Two men, ages 19 and 23, died at the scene"
    r"|,\s*(?:ages?|aged)\s+\d{1,3}(?:\s*(?:,|and|to|-|–)\s*\d{1,3})*\s*,"
    # the body they belong to, named with its initials: "members of the Rapid Support Forces (RSF)"
    r"|\s+(?:of|for)\s+the\s+(?:[A-Za-z'’-]+\s+){1,8}?\([A-Z]{2,8}\)"  # ("volunteers for the defence of ... (VDP)")
    r"|\s*(?:[)\]]|\([^()]{0,80}\)|,\s*(?:or\s+)?[^,;()]{0,30}?\b(?:per\s?cent|percent|%|one in \w+)[^,;()]{0,60},"
    r"|[-–—]\s(?:[^-–—]|(?<=\w)-(?=\w)){1,60}?\s[-–—](?=\s)"  # (a hyphenated word inside: "the pre-war population")
    # a coordinated count of other things: "200 houses and 3 hospitals were damaged"
    r"|\s+and\s+(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|his|her|their"
    r"|(?:dozens|scores|hundreds|thousands) of)\s+[a-z-]+"
    r"(?:\s+[a-z-]+){0,2}"  # ("24,78,000 people and 5,17,000 heads of livestock had been shifted")
    r"(?=\s+(?:were|was|have|has|had|are|died|fled|drowned|perished|went|disappeared|collapsed)\b)"
    # what befell their homes, before what befell them: "15,000 people whose houses were levelled remained in
    # shelters", "1,500 people whose homes were destroyed are sleeping in tents"
    r"|,?\s+whose\s+(?:[a-z-]+\s+){0,2}?(?:homes?|houses?|longhouses?|dwellings?|shelters?|huts?|apartments?|flats?)"
    # (or are threatened: "600 people whose homes are at risk are sheltering in a school")
    r"\s+(?:were|was|had\s+been|have\s+been|are|is)\s+(?:[a-z]+\s+){0,2}?"
    r"[a-z]+(?:\s+(?:away|down))?\s*,?(?=\s+(?:are|were|remain|remained|have|has|had|now|spent|passed)\b)"
    # a named thing listed with the count before their shared verb: "Some 40 houses and the weekly market's grain
    # stores were torched" (no figure among them)
    r"|\s+and\s+(?:the|its|their)\s+(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+(?=\s+(?:were|was)\b)"
    # another group listed with the counted one, by a name of its own: "30 soldiers and VDP auxiliaries were killed"
    r"|\s+and\s+(?:[A-Z]{2,6}|(?:[A-Z]{2,6}\s+)?(?:[a-z-]+\s+)?[a-z]+)"  # (or by its initials alone: "and VDP were")
    r"(?=\s+(?:were|was|have|has|had|are|died|fled|drowned|perished)\b)"
    # other things listed with the count before their shared verb: "50 houses, vehicles and many motorcycles were
    # burnt" (no figure among them)
    # (counted too: "46 houses, 45 shops and four mosques had been damaged")
    # (an article and two words: "Five private houses, a power line and two cars were damaged")
    r"|,\s*(?:\d[\d,]*\s+)?" + _THING + r"(?:\s*,\s*(?:\d[\d,]*\s+)?" + _THING + r"){0,3}"
    r"\s*,?\s+and\s+(?:many\s+|some\s+|several\s+|\d[\d,]*\s+)?" + _THING + r"(?=\s+(?:were|was|have|has|had|are)\b)"
    # a subgroup without commas: "seven people including a baby were killed"
    r"|\s+including\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|the|his|her|their|its)?"
    r"\s*[\w-]+(?:\s+[\w-]+)?"
    r"(?=\s+(?:were|was|have|has|had|are|died|fled|drowned|perished|went|disappeared|killed|dead|injured|wounded)\b)"
    # (a list inside the aside, to the comma before the verb: ", mainly the elderly, the sick and mothers, have been")
    r"|,\s*(?:mostly|mainly|largely|chiefly|most of them|many of them)\b[^;.]{0,100},(?=\s*(?:have|has|had|were|was"
    r"|are|is)\b)"
    r"|,\s*(?:most|many|all|some|half|mostly|mainly"
    r"|largely|the majority|nearly all|almost all|among them|including|the whole|the entire|both|each|of which"
    r"|of whom|among whom|(?:[a-z]+(?:-[a-z]+)?|\d[\d,]*) of (?:whom|them|which))\b"
    r"[^;]{0,100}?,(?!\d)"
    # a source in commas: "2,000 villagers, officials said, had fled", "300 people, according to the UN, were"
    r"|,\s*(?:(?:[\w'’-]+\s+){1,3}?(?:said|says|say|reported|added|estimated|told \w+)|according to [^,;()]{1,40}?)\s*,"
    # how many they are: "27 families with 118 members were sleeping in classrooms"
    r"|\s+with\s+\d[\d,]*\s+(?:members|people|persons|individuals)(?=\s)"
    # whose family they were: "five members of one family were killed"
    r"|\s+of\s+(?:one|a|the same|a single|his|her|their|my|our)\s+(?:extended\s+|own\s+|immediate\s+)?family(?=[\s,])"
    # a place adverb: "500,000 residents downstream would have to be evacuated"
    r"|\s+(?:downstream|upstream|nearby|locally|inside|abroad|overall|alone)(?=[\s,])"
    # who they were, by name or relation, with their ages: "Two brothers, Irfan Ansari (31) and Imran Ansari (27),
    # were shot dead", "Two children, a boy aged 6 and his sister aged 4, died"
    r"|,\s*" + _PERSON + r"(?:\s*,\s*" + _PERSON + r")*(?:,?\s+and\s+" + _PERSON + r")?\s*,"
    # an age in commas: "Her eldest daughter, 17, is still missing", "My brother, who is 19, was among those"
    r"|,\s*(?:who\s+(?:is|was)\s+)?\d{1,2}\s*,(?=\s*(?:is|was|were|has|had|remains|remained|died)\b)"
    # who or how many they are, in a phrase of its own right before the verb: "Two residents, a couple in their
    # sixties, died", "More than 1.7 million people, about three quarters of the population, have been displaced"
    r"|,\s*(?:a|an|about|roughly|nearly|almost|around|some|over|more than|close to|just over|just under|or|half"
    r"|one in|equivalent to|the equivalent of)\s+(?:[^,;()]|(?<=\d),(?=\d{3})){1,50}?,"
    r"(?=\s*(?:have|has|had|were|was|are|is|died|fled|perished|drowned|remain|remained)\b)"
    # their ages: "Two brothers, aged 8 and 11, were killed", "three siblings aged between 5 and 10 drowned"
    r"|,\s*aged?\s+[^,;()]{1,30},|\s+aged\s+(?:between\s+|about\s+|around\s+|approximately\s+|roughly\s+)?"
    + AGE
    + r"(?:\s*(?:,|and|to|-|–)\s*"
    + AGE
    + r")*(?=\s)"
    # a short place after the noun: "in Bimbwi area", "from the town of Bria", "in 14 districts"
    r"|(?<=\s)(?:(?:living|residing|based|staying)\s+)?(?:in|from|at|near|across|of|along)\s+"
    r"(?:the\s+(?:town|city|village|district|province|region|area|state|county)"
    r"\s+of\s+)?(?:the\s+)?(?:" + _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:,?\s+and\s+" + _SETTLEMENT_OF + _NAME + r")?"
    r"|\d[\d,]*|several|two|three"
    r"|four|five|six|seven|eight|nine|ten)(?:\s+(?:local government areas|lgas|area|areas|district|districts|province"
    r"|provinces|county|counties"
    r"|region|regions|governorate|state|states|town|towns|city|village|villages|camp|camps|municipality|department"
    r"|prefecture|territory|zone|valley|neighbourhoods?|neighborhoods?|communities|townships?|localities|communes"
    r"|woredas|upazilas|barangays|parishes|sub-districts|settlements|territories))?(?=[\s,])"
    # who they were before: "South Sudanese who were living there", "people of Ethiopian origin"
    r"|\s+who\s+(?:were|had been|have been)\s+(?:living|staying|residing|working)\s+(?:there|in\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+)?)(?=\s+(?:have|has|had|were|was)\b)|\s+of\s+[\w-]+\s+(?:origin|descent|nationality))",
)
# A short lower-case place after the noun: "on the right bank", "in the eastern districts" (one to three words).
_PLACE_PHRASE = re.compile(
    r"\s+(?:in|on|at|near|across|along|around|of|from|close to|next to)\s+"
    r"(?:the|its|their|this|that|neighbouring|nearby|surrounding)"
    # (a word opening another clause ends it: "in the basement where they had taken refuge")
    r"((?:\s+(?!(?:where|when|which|who|whom|whose|that|as|after|before|because|while|and|but|they|he|she|it|we)\b)"
    r"[a-z][\w'’-]*){1,3})"
)
_PLACE_WORD = re.compile(r"\s+[a-z][\w'’-]*")
# "188 of its soldiers", "500 of the 4,000 villagers": the count is of the noun after the determiner.
# The plural noun after a partitive, when it counts things: "two of its ambulances", "three of their vehicles".
_THINGS_OF = re.compile(r"(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?([a-z]{4,}s)\b")  # ("two of the worst-hit quarters")
_PARTITIVE = re.compile(
    r"(?:\s+more)?\s+of\s+(?:(?:its|their|the|his|her|our|my|your|those|these|them)\b\s*(?:[a-z]+['’]s\s+)?"
    r"|[a-z]+['’]s\s+(?=\d))(?=[a-z]|(?:\d|roughly|about|some|nearly|around|an estimated)[\w,. -]{0,16}?\s[a-z])",
    re.IGNORECASE,
)  # ("six more of the injured succumbed", "55 of the village's 60 houses")
# An aside in dashes right after a count's noun, before its verb: "At least 14 persons - including 10 polling
# staff - died".
_DASHED_ASIDE = re.compile(r"\s+[-–—]\s+(?:(?!\s[-–—]\s)[^.;:!?\n]){1,200}?\s[-–—](?=\s)")
_DASH_CLOSE = re.compile(r"\s+[-–—](?=\s+(?:have|has|had|were|was|are|is)\b)")
_DASH_OPEN = re.compile(r"\s[-–—]\s+(?:[a-z]+\s+){0,2}\d[^-–—]*$")
# Past forms that never modify a noun as participles: "nine of the 14 passengers died" (the share died).
_FINITE_ONLY = frozenset({"died", "fled", "drowned", "perished", "disappeared", "succumbed", "arrived", "vanished"})
_MORE_THAN_COUNT = re.compile(r"(?:more than|over|at least|almost)\s+\d[\d,]*\s+", re.IGNORECASE)
_WHOLE_COUNT = re.compile(
    r"(?:(?:roughly|about|some|nearly|around|an estimated)\s+)?\d[\d,]*(?:\.\d+)?"
    # ("1.7m of Gaza's 2.3m people", "of the 45,000-plus deaths")
    r"(?:\s*(?:m|mn|bn|k|million|billion|lakh|lakhs|crore))?(?:-plus|\+)?\s+(?=[a-z])",
    re.IGNORECASE,
)
_MAX_MODIFIERS = 4
# Words between a subject and its verb (see _distant_trigger): what may open them, a preposition, a participle,
# a relative pronoun or the split auxiliary itself ...
_MODIFIER_OPEN = re.compile(
    r"\s*(?:,\s*)?(?:of|in|on|at|from|near|along|around|across|inside|outside|within|with|under|aboard|who|whose|that"
    r"|[a-z]+ing|[a-z]+ed|were|was|are|is|have|has|had"
    # participles of their own form: "about 1,000 men held inside were killed"
    r"|held|taken|caught|hit|struck|found|kept|brought|sent|hidden|stuck|seen|known|born|left|driven|thrown"
    r"|made|built"  # (what homes are made of: "1,200 houses made of mud and thatch were washed away")
    r"|originally|mostly|mainly|largely|formerly|previously)\b"
)
# ... the verb closing them, an auxiliary (group 1) or a verb that tells what happened by itself ...
_GAP_VERB = re.compile(
    r"(?<![\w-])(?:(were|was|are|is|have|has|had|been|be|got|could|may|might|would|will|must|remain|remains|remained"
    r"|began|begun|started"
    # an assessment's class: "listed 1,555 houses in Meppadi panchayat as completely destroyed"
    r"|as(?=\s+(?:[a-z]+ly\s+)?(?:destroyed|damaged|washed|collapsed)\b))"
    r"|died|fled|drowned|perished|disappeared|went|succumbed|abandoned|escaped|left(?=\s+(?:their|his|her|for)\b)"
    r"|poured|streamed|flocked|arrived|crossed|sought|took|returned|lost|suffered|sustained|relocated|evacuated"
    r"|displaced|killed|wounded|injured)\b"
)
# ... and what shows another clause between: a figure, a clause mark, a conjunction, a pronoun, a reporting verb,
# a relative pronoun past the start.
_GAP_BREAK = re.compile(
    r"[\d.;:!?()\[\]\"“”–—]|\s-\s|(?<=\S)\s+(?:who|that)\b|\b(?:but|or|while|whereas|when|where|after|before|because|since"
    r"|although|though|if|unless|until|as|said|says|say|told|tell|reported|according|they|he|she|it|we|i|you|there"
    r"|which|whose|whom|not|no|never|than|then|so|also|including|among)\b"
)
_TRANSITIVE = frozenset({"killed", "wounded", "injured", "displaced", "evacuated", "relocated"})
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
_ACRONYM_HEAD_END = re.compile(
    r"\s+(?:and|were|was|have|had|killed|dead|died|lost|lose|injured|wounded|missing|martyred|unfortunately)\b"
)
# ("in Tiko and Limbe", "of Ponte Alta and neighbouring Corrego Fundo": the name after it must follow)
_GAP_AND = re.compile(r"\band\s+(?:(?:neighbouring|neighboring|nearby|surrounding|adjacent)\s+)?")
_GAP_OTHERS = re.compile(r"(?:communities|groups|villages|towns|areas|districts|provinces|countries|regions|parts)\b")
# Places of shelter joined in a modifier: "people sheltering in UNRWA schools and clinics have been killed".
# Animals and things a trade is named after, before its people: "26 cattle keepers", "40 bus drivers".
_TENDED = frozenset({
    "cattle", "livestock", "goats", "camels", "sheep", "cows", "poultry", "fish", "buses", "trucks", "boats", "cars",
    "motorcycles", "shops", "schools", "clinics", "hospitals", "camps", "mines",
})  # fmt: skip
_SITES_JOINED = re.compile(
    r"(?:clinics?|hospitals?|schools?|shelters?|camps?|mosques?|churches|church|tents?|sites?|centres?|centers?)\b"
)
_PLACE_PREPOSITION_IN = re.compile(r"\s(?:of|in|from)\s")
# Places joined after a named one: "residents of Noaka and neighbouring hamlets", "of Dumba and two nearby villages".
_PLACES_JOINED = re.compile(
    r"(?:(?:the|other|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few)\s+)?"
    r"(?:(?:neighbouring|neighboring|nearby|surrounding|adjacent|outlying|adjoining)\s+)?"
    r"(?:villages|hamlets|towns|settlements|localities|neighbourhoods|neighborhoods|districts|communities|areas"
    r"|suburbs|islands|counties|communes|municipalities|villages?\s+nearby)\b"
)
# Materials joined after what homes are made of: "houses built of timber and corrugated iron".
_MATERIALS_OPEN = re.compile(r"\s*(?:made|built)\s+(?:of|from|with)\s+[a-z-]+(?:\s+[a-z-]+)?\s+and\s")
_ASIDE_COMMAS = re.compile(r",[^,.;]{1,60},")
_GAP_PARTICIPLE = re.compile(r"(?<![\w-])[a-z]+ed\b")  # (not a compound's: "the US-based charity")
_CLAUSE_COUNT_WORD = re.compile(
    r"\b(?:who|which)\s+[a-z]+\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:other|more)\b"
)
# A count of places names where the subject is from, it counts no one: "families from the 24 barangays inside".
_GAP_PLACE_COUNT = re.compile(
    r"\b\d[\d,]*\s+(?:[a-z-]+\s+)?(?:villages|barangays|districts|provinces|communes|municipalities|localities"
    r"|counties|regions|states|towns|camps|sites|settlements|hamlets|neighbourhoods|neighborhoods|wards|lgas"
    r"|houses|homes|buildings|dwellings)\b"  # ("300 families from 120 houses were displaced")
)
# Comparatives end as agent nouns do ("a slower pace" is no "slower" counted like "a worker").
_COMPARATIVES = frozenset((
    "slower", "faster", "larger", "smaller", "greater", "higher", "lower", "bigger", "older", "younger", "better",
    "wider", "deeper", "longer", "shorter", "stronger", "weaker", "harder", "easier", "fewer", "lesser", "closer",
    "farther", "further", "cheaper", "richer", "poorer", "safer", "quicker", "louder", "newer", "broader", "tighter",
    "heavier", "lighter", "warmer", "colder", "hotter", "drier", "wetter", "steeper", "sharper", "bolder", "calmer",
    # Latin comparatives, places and times, not people: "access to the interior of the province"
    "interior", "exterior", "anterior", "posterior", "prior", "ulterior",
))  # fmt: skip
# Sites counted after their kind ("27 accommodation sites"): things, not people.
_SITES_COUNTED = frozenset(
    {"sites", "camps", "centres", "centers", "shelters", "settlements", "facilities", "points", "locations"}
)
# A site's name before the people living there: "3,000 camp residents", "40 village chiefs".
# The degree of damage before a prenominal participle, which decides the kind: "totally damaged houses".
_SITE_MODIFIER = re.compile(r"camp|village|town|school|district|site|settlement|hamlet")
_PLACES_AFTER = re.compile(r"\s+(?:areas|zones|villages|homes|houses|districts|neighbourhoods|neighborhoods|towns)\b")
_CAPTIVE = re.compile(rf"\b{CAPTURED}\b")
_COORDINATED_VERB = re.compile(
    # (irregular participles too: "were swept away and drowned", "was struck and killed")
    r"(?:[a-z]+ed|swept|struck|hit|shot|caught|thrown|beaten|buried|taken|bitten|hurt)(?:\s+[a-z'’-]+){0,5}?\s+and\s+"
    r"(?:then\s+|later\s+)?"
)
_COORDINATED_PARTICIPLE = re.compile(r"\s+(?:or|and|and/or)\s+[a-z]+ed\b")
_JOINED_BEFORE = re.compile(r"\s+and\s+$")
_NEGATED_AUX = re.compile(r"\b(?:not|never|n['’]t)\b|n['’]t\b")
# A bare participle and its agent or place, as a reduced relative clause: "displaced by the floods", "injured in".
# (or its -ing form with a place: "455 displaced persons sheltering in UNRWA premises have been killed")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_PARTICIPLE_FIRST = re.compile(r"(?:arrived|displaced|evacuated|relocated|returned|uprooted)\b")
_REDUCED_RELATIVE = re.compile(
    r"\s*(?:(?:previously|newly|recently|internally|forcibly|temporarily|originally)\s+)?"
    # (a time may come first: "the families evacuated last week from Kudayathoor have returned")
    r"(?:[a-z]+ed\s+(?:(?:last|this|earlier this|late last|early last)\s+(?:week|month|year|weekend|night)\s+)?"
    # ("some 640 families displaced there in early September have returned home")
    r"(?:there\s+|here\s+)?(?:by|in|from|during|within|across)"
    # (or on their way: "a schoolgirl returning home from classes was killed")
    r"|[a-z]+ing\s+(?:in|at|inside|there|here|home|back|from|to|across|along|through)"
    # (a participle and its particle, the main verb's auxiliary right after: "1,700 of those forced out were
    # spending the night in gyms")
    r"|[a-z]+ed\s+(?:out|away|off)(?=\s+(?:were|was|are|is|have|has|had)\b))\b"
)
_ONWARD_MOTION = frozenset({"arrived", "arriving", "moved", "relocated", "taken", "shifted", "transferred", "crossed"})
_AUX_RIGHT_BEFORE = re.compile(
    r"\b(?:were|was|are|is|have|has|had|been|being|be|remain|remains|remained|now|still)\s+$"
)
# A distance places the people, it counts no one: "residents living within 500 metres of the site".
_GAP_DISTANCE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|m|miles?|yards?|feet|ft)\b(?!-)"
)
_GAP_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year names, it counts nothing: "who signed the 2016 agreement"
# An age says who they were: "five children under the age of 12 were among the dead", "aged between 3 and 9".
_GAP_AGE = re.compile(
    r"\b(?:under|below|over|above) (?:the age of |age )?\d{1,2}\b"
    r"|\baged (?:between )?\d{1,2}(?:\s*(?:and|to|-)\s*\d{1,2})?\b"
    r"|\bbetween the ages of \d{1,2} and \d{1,2}\b"
)
# A site's number names it, it counts no one: "500 refugees in Camp 14 were relocated".
_GAP_SITE_NUMBER = re.compile(rf"\b{SITE_DESIGNATORS}\s+\d{{1,3}}[a-z]?(?:\s*(?:,|and|&)\s*\d{{1,3}}[a-z]?)*\b")
# An event they acted before or after, not a clause: "fishermen who put to sea before the storm remain unaccounted for".
_GAP_EVENT = re.compile(
    r"\b(?:before|after|during|ahead of)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?(?:storm|cyclone|typhoon"
    r"|hurricane|floods?|attack|raid|fighting|clashes|landfall|warning|ban|order|quake|earthquake|eruption|fire"
    r"|blast|explosion|offensive|shelling|curfew)\b"
)
# "since" opening a time, not a clause: "refugees who have landed in Aceh since November are sheltering"
_GAP_SINCE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+(?:week"
    r"|month|year))\b(?:\s+\d{1,2}\b)?"
)
_BEFORE_PARTICIPLE = frozenset(
    {"who", "that", "had", "have", "has", "were", "was", "been", "being", "is", "are", "the", "a", "an"}
)  # (after an article the participle is an adjective: "from the flooded villages")
_PLACE_PREPOSITIONS = frozenset({"in", "from", "of", "across", "near", "around", "throughout"})
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
# A time or place splitting an auxiliary from its verb: "were on Tuesday forced", "have in recent days fled".
_SPLIT_ADVERBIAL = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|in|at|by|during|over|last|this|early|late|again|recently|reportedly|overnight|since)\b"
    # (not past the opening of another clause: "were on board when it left Bugorora")
    r"(?:\s+(?!(?:when|while|as|after|before|because|until|it|they|he|she|we|which|who|that)\b)[a-z][\w'’-]*){0,3}"
    r"\s*,?|[a-z]+ed\s+and\b)"
)
_TIME_OPENING = re.compile(r"\s*,?\s*(?:on|by|during|over|last|this|early|late|since|overnight|again|recently)\b")
_RELATIVE = re.compile(r"[\s,]*(?:who|that)\s")
# The main verb of people who fled, when it tells their return: "who had fled ... have returned home".
_RETURN_LATER = re.compile(r"\b(?:have\s+|has\s+|had\s+)?(?:returned|come back|came back|gone back|went back)\b")
_RETURN_REACH = 160
_FOUND_ALIVE = re.compile(
    r"\b(?:were|was|have|has|had)\s+(?:since\s+|now\s+|later\s+|all\s+)?(?:been\s+)?(?:\w+\s+)?"
    r"(?:found|rescued|pulled out|located|traced)\s+(?:alive|safe)\b"  # ("have since been found alive")
)
_DENIED_OR_JOINED = re.compile(r"\b(?:not|never|yet to|and|or)\s+(?:[a-z]+\s+)?$")
_YEAR_IN_GAP = re.compile(r"(?:19|20)\d\d[,.]?")
_GAP_NEW_CLAUSE = re.compile(r"[.;:!?]|\b(?:but|while|whereas|and they|and it|who have not)\b")
_WORD_END = re.compile(r"[a-z][\w'’-]*")
_MAX_GAP = 90
_SPACES = re.compile(r"\s*")
_LEFT_REACH = 110  # characters before a number where its verb may start
_LONG_LEFT_REACH = 200
_LONG_LEFT = re.compile(r"\b(?:number of|toll|total number|total of)\b")
_QUOTES = "\"”’'»"


# (Named tuples, like numbers.NumberMention, for their cost.)
class NounPhrase(NamedTuple):
    """What follows a number: its unit, and the kind it names by itself ("38,000 displacements")."""

    end: int
    group: Group = Group.PEOPLE
    has_head: bool = False
    house: bool = False
    kind: Kind | None = None
    trap: bool = False
    partitive: bool = False  # "of them", "of whom": a part of whatever was counted before, people or houses
    adjectival: bool = False  # the kind told by an adjective before the noun: "two injured workers"


class Trigger(NamedTuple):
    """The words that say what happened, and where they are."""

    kind: Kind
    start: int
    end: int


def _lookup(words: list[str], lex: Lexicon) -> tuple[int, str] | None:
    """The longest noun (up to three words) starting the word list, and its category."""
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(words[:n])
        if phrase in lex.trap_nouns:
            return n, "trap"
        if n > 1 and phrase in lex.kind_nouns:
            return n, "kind"
        if phrase in lex.group_nouns:
            return n, "group"
        if phrase in lex.house_nouns:
            return n, "house"
        if phrase in lex.kind_nouns:
            return n, "kind"
    if words and words[0] in lex.misspelt_groups:
        return 1, "group"
    return None


def _words(text: str, pos: int, limit: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    while len(out) < limit:
        m = _WORD.match(text, pos)
        if not m:
            break
        out.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end()
    return out


# Words for people that, before a noun of houses, say whose homes they are ("civilian houses"), not who is counted;
# unless buildings of every use are counted ("1,500 civilian buildings, including homes, churches and schools").
_OWNERS_OF_HOMES = frozenset({"civilian", "family"})
_NOT_ONLY_HOMES = frozenset({"building", "buildings", "structure", "structures", "property", "properties"})
_SINGULAR_HOUSES = frozenset({"house", "home", "building", "hut", "shelter", "apartment", "flat"})


def noun_phrase(text: str, pos: int, lex: Lexicon, *, vague: bool) -> NounPhrase:
    """The noun phrase right after a number ending at ``pos``; without a known noun it is empty."""
    if not vague and (m := _OF_WHOM.match(text, pos)):
        # "six of them girls", "14 of whom were children": the group named after the partitive
        if (g := _PARTITIVE_GROUP.match(text, m.end())) and (
            g.group(1).lower() in lex.group_nouns or is_human_plural(g.group(1).lower(), lex)
        ):  # ("17 of them firefighters")
            return NounPhrase(end=g.end(), has_head=True, group=lex.group_nouns.get(g.group(1).lower(), Group.PEOPLE))
        return NounPhrase(end=m.end(), has_head=True, partitive=True)
    if not vague and (m := _OF_US.match(text, pos)):
        return NounPhrase(end=m.end(), has_head=True)  # "more than 300 of us are staying with relatives": people
    if vague and (m := _OF_WHOM.match(text, pos)):
        return NounPhrase(end=m.end())  # "dozens of them were in a critical condition"
    if vague and (m := _OF.match(text, pos)):
        pos = m.end()
    elif not vague and (m := _PARTITIVE.match(text, pos)):
        # (past the whole's own count: "nine of the 14 passengers", "55 of the village's 60 houses")
        whole = _WHOLE_COUNT.match(text, m.end())
        inner = noun_phrase(text, whole.end() if whole else m.end(), lex, vague=False)
        if inner.has_head and (not inner.trap or whole):
            return inner  # (a part of things counted is things too: "25 of Iran's 31 provinces")
        more = None if whole else _MORE_THAN_COUNT.match(text, m.end())
        things_at = whole.end() if whole else more.end() if more else m.end()
        if (thing := _THINGS_OF.match(text, things_at)) and is_thing(thing.group(1).lower(), lex):
            # "two of its ambulances were hit", "recovered 1,200 of the more than 4,000 weapons looted"
            return NounPhrase(end=thing.end(), has_head=True, trap=True)
    words = _words(text, pos, _MAX_MODIFIERS + 3)
    lowered = [w.lower() for w, _, _ in words]
    demonym_end: int | None = None
    prenominal: Kind | None = None
    prenominal_status = False  # whether the kind before the head is a status noun ("refugee"), not a fate
    degree: Kind | None = None
    for i, (word, _start, _end) in enumerate(words[: _MAX_MODIFIERS + 1]):
        if demonym_end is not None and lowered[i].endswith("ed") and word[:1].islower():
            break  # a verb after a people's name: "2,100 Burundians returned home" (not "returned homes" counted)
        found = _lookup(lowered[i:], lex)
        if found is not None:
            if found[1] == "house" and i and lowered[i - 1] == "whose":
                return NounPhrase(end=pos)  # "a family of five whose house collapsed": their house, not a count of it
            if (
                found[1] == "house"
                and lowered[i] in _SINGULAR_HOUSES
                and i + 1 < len(lowered)
                and (lowered[i + 1] in lex.group_nouns or is_human_plural(lowered[i + 1], lex))
            ):
                continue  # a house noun naming people's work or place: "two home guards", "3 house owners"
            if (
                lowered[i] in _OWNERS_OF_HOMES
                and (owned := _lookup(lowered[i + 1 :], lex)) is not None
                and owned[1] == "house"
                and lowered[i + 1] not in _NOT_ONLY_HOMES
            ):
                continue  # whose homes they are: "81,000 civilian houses", "40 family homes"
            if prenominal_status and lowered[i] in _ROLE_HEADS:
                prenominal = None  # "3,000 refugee volunteers": people by their work, whatever their status
            return _with_prenominal(_with_head(text, words, lowered, i, found, lex), prenominal)
        if (
            i == 0
            and lowered[0] in lex.non_count_nouns
            and not (
                len(lowered) > 1
                and _SITE_MODIFIER.fullmatch(lowered[0])
                and (_lookup(lowered[1:], lex) is not None or is_human_plural(lowered[1], lex))
            )
            # (people named after what they tend: "26 cattle keepers", not "4,710 livestock heads")
            and not (
                len(lowered) > 1
                and lowered[0] in _TENDED
                and lowered[1] != "heads"
                and is_human_plural(lowered[1], lex)
            )
        ):
            return NounPhrase(end=_end, has_head=True, trap=True)  # "the two camps": things, not people
        if (
            i == 1
            and lowered[1] in lex.non_count_nouns
            and words[0][0][:1].isupper()
            and word[:1].islower()
            and word.endswith("s")
            and not (len(lowered) > 2 and (lowered[2] in lex.group_nouns or is_human_plural(lowered[2], lex)))
        ):
            # things named after a place or a body: "three Beni villages", "four UN vehicles" (not a name: "two
            # Assam Rifles jawans"; nor people by their trade: "five Mauritanian cattle traders")
            return NounPhrase(end=_end, has_head=True, trap=True)
        if i == 1 and lowered[1] in _SITES_COUNTED and lowered[0].isalpha() and lowered[0] not in lex.np_stopwords:
            # sites counted after their kind: "27 accommodation sites receiving new arrivals", "24 IDP sites"
            return NounPhrase(end=_end, has_head=True, trap=True)
        if lowered[i] in lex.prenominal_kinds and _end < len(text) and text[_end] == " ":
            prenominal_status = lowered[i] in _STATUS_NOUNS
            prenominal = degree or lex.prenominal_kinds[lowered[i]]
            degree = None
            continue
        if lowered[i] in HOUSE_DEGREES and i + 1 < len(lowered) and lowered[i + 1] in ("damaged", "destroyed"):
            degree = HOUSE_DEGREES[lowered[i]]  # "8,031 totally damaged houses": the degree says which
            continue
        if (
            i > 0
            and lowered[i] == "and"
            and i + 1 < len(words)
            and (before := lex.prenominal_kinds.get(lowered[i - 1])) is not None
            and (after := lex.prenominal_kinds.get(lowered[i + 1], lex.kind_nouns.get(lowered[i + 1]))) is not None
            and (before in HARM_KINDS) != (after in HARM_KINDS)
        ):
            # "left 1,061 missing and displaced over four million": a fate, then the verb of the next count
            return NounPhrase(end=words[i - 1][2], has_head=True, kind=before)
        if (
            i > 0
            and lowered[i] == "and"
            and i + 1 < len(words)
            and (before := lex.prenominal_kinds.get(lowered[i - 1])) is not None
            and lowered[i + 1] in lex.prenominal_kinds
            and text[words[i + 1][2] : words[i + 1][2] + 2][-1:].isdigit()
        ):
            return NounPhrase(end=words[i - 1][2], has_head=True, kind=before)  # "left 48 missing and injured 1,310"
        if i > 0 and lowered[i] in ("and", "or") and i + 1 < len(words):
            if demonym_end is not None and lex.number_word_start.match(text, words[i + 1][1]):
                break  # another count of people named by a demonym: "three South Sudanese and three Kenyans"
            continue  # coordinated modifiers: "27,000 new and repeated displacements"
        if (lowered[i] in lex.np_stopwords or lex.trigger_word.match(text, _start)) and not (
            i + 1 < len(words) and _ACRONYM.fullmatch(word) and word.isupper()
        ):
            break  # (not a force's initials that look like a word: "37 AS fighters", "20 US soldiers")
        if i == 0 and _ACRONYM.fullmatch(word) and _ACRONYM_HEAD_END.match(text, _end):
            # a force named by its initials: "two VDP lost their lives", "4 NPRs killed"
            return NounPhrase(end=_end, has_head=True, group=Group.FIGHTERS)
        if (
            _DEMONYM.match(word)
            or (
                # (first, after a capitalised adjective: "1,600 Syrian Kurds", or joined: "Buddhists and Hindus")
                (
                    i == 0
                    or (i <= 2 and words[i - 1][0][:1].isupper())  # ("1,200 ethnic Rakhine Buddhists")
                    or (i == 1 and lowered[0] == "ethnic")  # ("55,000 ethnic Oromos")
                    or (demonym_end is not None and lowered[i - 1] in ("and", "or"))
                )
                and word[:1].isupper()
                and word.endswith("s")
                and not word.endswith("ss")
                and len(word) > 4
                and word[1:].islower()
            )
        ):  # (a people named in the plural: "45,000 Rohingyas", "3,000 Yazidis")
            demonym_end = _end
        elif is_human_plural(lowered[i], lex):
            # a counted noun found by its head: "five Russian peacekeepers", "20 inmates"
            if prenominal_status and lowered[i] in _ROLE_HEADS:
                prenominal = None
            return _with_prenominal(NounPhrase(end=_end, has_head=True), prenominal)
    if demonym_end is not None:
        return NounPhrase(end=demonym_end, has_head=True)
    return NounPhrase(end=pos)


def is_people_name(word: str) -> bool:
    """Whether a capitalised word names a people in the plural ("Sudanese", "Afghans", "Burkinabè")."""
    return _DEMONYM.match(word) is not None or _PEOPLE_NAME.fullmatch(word) is not None


def is_human_plural(word: str, lex: Lexicon) -> bool:
    """Whether a plural outside the counted nouns names people by its ending ("peacekeepers", "herdsmen")."""
    return (
        lex.human_plural is not None
        and word not in lex.not_human_plurals
        and word not in lex.non_count_nouns
        and lex.human_plural.fullmatch(word) is not None
    )


# Nouns of a status used before another noun, and the heads naming people by their work, which such a status does
# not make a figure of: "3,000 refugee volunteers", "40 IDP teachers".
_STATUS_NOUNS = frozenset({"refugee", "idp", "returnee"})
_ROLE_HEADS = frozenset({
    "volunteers", "workers", "teachers", "leaders", "staff", "representatives", "technicians", "nurses", "doctors",
    "midwives", "mobilisers", "mobilizers", "promoters", "monitors", "enumerators", "facilitators", "employees",
})  # fmt: skip


def is_thing(word: str, lex: Lexicon) -> bool:
    """Whether a plural noun names things, not people: a known word that no people noun or kind noun is."""
    return word in lex.non_count_nouns or (
        word in english_words()
        and word not in lex.group_nouns
        and word not in lex.kind_nouns
        and not is_human_plural(word, lex)
    )


def _with_prenominal(np: NounPhrase, prenominal: Kind | None) -> NounPhrase:
    """The noun phrase with the kind an adjective before its head names ("6,000 destroyed houses"), when that
    kind fits the head (houses are destroyed or damaged, people killed or displaced)."""
    if prenominal is Kind.RETURNED and np.kind is Kind.DISPLACED and not np.trap:
        return np._replace(kind=prenominal)  # "2,080,000 returning IDPs", "returnee refugees": back, not away
    if prenominal is None or np.trap or np.kind is not None:
        return np
    if np.house != (prenominal in (Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED)):
        return np
    return np._replace(kind=prenominal)


def _with_head(
    text: str, words: list[tuple[str, int, int]], lowered: list[str], i: int, found: tuple[int, str], lex: Lexicon
) -> NounPhrase:
    size, category = found
    phrase = " ".join(lowered[i : i + size])
    end = words[i + size - 1][2]
    if category == "trap":
        return NounPhrase(end=end, has_head=True, trap=True)
    if category == "house":
        if i > 0 and lowered[i - 1] in lex.non_residential:
            return NounPhrase(end=end, has_head=True, trap=True)  # "100 government buildings": no one's home
        return NounPhrase(end=end, has_head=True, house=True)
    if category == "kind":
        group = Group.HOUSEHOLDS if "household" in phrase else Group.FAMILIES if "famil" in phrase else Group.PEOPLE
        if len(words) > i + size and words[i + size][1] == end + 1 and text[end] == " ":
            if (
                len(words) > i + size + 1
                and words[i + size][0][:1].isupper()
                and words[i + size + 1][1] == words[i + size][2] + 1
                and (lowered[i + size + 1] in lex.group_nouns or is_human_plural(lowered[i + size + 1], lex))
            ):
                size += 1  # a people's name between: "1,000 displaced Yazidi families have gone back"
            head = lowered[i + size]
            people = _PEOPLE_NAME.fullmatch(words[i + size][0])  # "1 million internally displaced Syrians"
            if head in lex.group_nouns or is_human_plural(head, lex) or people:
                # "two more injured workers died": the word before the noun is an adjective, and the verb after
                # the noun may tell a later fate; the kind stays the adjective's when no verb does
                group = lex.group_nouns.get(head, Group.PEOPLE)
                return NounPhrase(words[i + size][2], group, True, kind=lex.kind_nouns[phrase], adjectival=True)
        return NounPhrase(end=end, has_head=True, kind=lex.kind_nouns[phrase], group=group)
    groups = {lex.group_nouns[lex.misspelt_groups.get(phrase, phrase)]}
    if (
        phrase in ("family", "families", "household")
        and len(words) > i + size
        and lowered[i + size] in lex.house_nouns
        and words[i + size][1] == end + 1
    ):
        return NounPhrase(end=words[i + size][2], has_head=True, house=True)  # "three family houses"
    # "two civilian drivers", "three child soldiers", "five women traders": the group noun modifies the head after it
    if len(words) > i + size and text[end : end + 1] == " " and words[i + size][1] == end + 1:
        head = lowered[i + size]
        if head in lex.group_nouns or is_human_plural(head, lex):
            groups = {lex.group_nouns.get(head, groups.pop())}
            end = words[i + size][2]
    # "families' homes were destroyed": the houses are what is counted.
    possessive = _POSSESSIVE.match(text, end)
    after = _words(text, possessive.end(), 1) if possessive else []
    if after and after[0][0].lower() in lex.house_nouns:
        return NounPhrase(end=after[0][2], has_head=True, house=True)
    # "troops and militia", "fighters and civilians": one count over both nouns.
    if (m := _COORDINATE.match(text, end)) and (more := _words(text, m.end(), 2)):
        for word, start, e in more:
            noun = word.lower()
            if lex.number_word_start.match(text, start):
                break
            if noun in lex.group_nouns:
                groups.add(lex.group_nouns[noun])
                end = e
                # (the noun may modify the one after it: "soldiers and police officers")
                nxt = _words(text, e, 1)
                if nxt and nxt[0][1] == e + 1 and is_human_plural(nxt[0][0].lower(), lex):
                    end = nxt[0][2]
                break
            if noun in lex.np_stopwords:
                break
    group = groups.pop() if len(groups) == 1 else Group.PEOPLE
    return NounPhrase(end=end, has_head=True, group=group)


# ... or a list of them, before a verb that says what befell the whole: "At least 2,086 people, including soldiers,
# insurgents and civilians, have been killed" (not a count of houses or of aid: "for 80 families, including rice,
# lentils and blankets, had reached")
_LISTED_ASIDE = re.compile(
    r",\s*(?:including|among them|mostly|mainly)\s+(?:[^,;()\d]{1,30}?,\s*){1,4}?[^,;()\d]{1,40}?,"
    r"(?=\s+(?:were|was|(?:have|has|had) (?:been|taken|sought|fled|died|lost)|are being|died|fled|drowned|perished)\b)"
)


def _after_asides(text: str, pos: int, *, lists: bool = True) -> list[int]:
    """Where the verb may start after a noun phrase ending at ``pos``: there, and after each aside that follows
    (with ``lists``, an aside listing subgroups too)."""
    if lists and (listed := _LISTED_ASIDE.match(text, pos)):
        return [pos, listed.end()]
    positions = [pos]
    if dashed := _DASHED_ASIDE.match(text, pos):
        # an aside in dashes right after the count's noun: "At least 14 persons - including 10 polling staff on
        # election duty - died of heatstroke"
        positions.append(dashed.end())
    if (close := _DASH_CLOSE.match(text, pos)) and _DASH_OPEN.search(text, max(0, pos - 40), pos):
        # the close of a dashed aside the count stands in: "half of its 150,000 residents - some 70,000 people - had
        # left" (not a noun's own aside: "the youngest an eight-month-old infant - had been staying")
        positions.append(close.end())
    for _ in range(3):
        if m := _ASIDE.match(text, pos):
            pos = m.end()
            positions.append(pos)
        elif m := _PLACE_PHRASE.match(text, pos):
            # each length of the place phrase is a candidate end ("on the right bank were flooded")
            at = m.start(1)
            for word in _PLACE_WORD.finditer(text, at, m.end()):
                positions.append(word.end())
            pos = m.end()
        else:
            break
    return positions


def _trigger(m: re.Match[str], kinds: tuple[Kind, ...]) -> Trigger:
    """The trigger a match of a lexicon trigger alternation found: its one matched group names the kind."""
    return Trigger(kind=kinds[(m.lastindex or 1) - 1], start=m.start(), end=m.end())


def right_trigger(
    text: str, lowered: str, pos: int, lex: Lexicon, *, house: bool, distant: bool = False, part: bool = False
) -> Trigger | None:
    """The verb or adjective saying what happened, after a noun phrase ending at ``pos`` (``lowered``: the text
    lower-cased, for the auxiliary words); with ``distant`` (the phrase has a counted noun), also past modifiers
    of that noun. With ``part`` (the count is the whole a share is taken of: "85 per cent of the 2,000 people"),
    only a relative clause's verb tells what happened to the whole."""
    pattern, kinds = lex.house_right_triggers if house else lex.right_triggers
    aux_pattern = lex.house_aux if house else lex.aux
    for candidate in _after_asides(text, pos, lists=not house):
        aux = aux_pattern.match(lowered, candidate)
        starts = [aux.end()] if aux else []
        if not aux or aux.end() > candidate + 1:
            # the aux words may have eaten the trigger's own first word ("to safety", "left homeless")
            starts.append(_SPACES.match(text, candidate).end())  # type: ignore[union-attr]
        both = _COORDINATED_VERB.match(lowered, aux.end()) if aux else None
        for at in [*starts, both.end()] if both else starts:
            if (m := pattern.match(text, at)) and both is not None and at == both.end():
                # "were separated from the women and executed": a second verb that kills beyond doubt tells
                if _trigger(m, kinds).kind is not Kind.KILLED or m.group().strip().lower() in ("shot", "hit"):
                    continue
                return _trigger(m, kinds)
            if m:
                if aux and _RELATIVE.match(lowered, candidate):
                    # "500 people who fled the fighting have returned home": the main verb says what happened
                    if part:
                        return _trigger(m, kinds)  # ... to the share, not to the whole
                    told = _trigger(m, kinds)
                    main = _main_after_relative(text, lowered, m.end(), lex, house=house)
                    if main is None and told.kind is Kind.DISPLACED:
                        main = _return_later(lowered, m.end())
                    if main is None and told.kind is Kind.MISSING and _found_alive_later(lowered, m.end()):
                        return None  # "19 of the fishermen who had been missing since Monday were found alive"
                    if main is None and _SPEAKING_AFTER_CLAUSE.match(lowered, m.end()):
                        return None  # "One woman who reached the border with her children told us ...": a speaker
                    return _later_fate(told, main)
                if part:
                    # only a participle right after the whole describes it: "half of the 111,000 people displaced
                    # from Aleppo returned"
                    first = m.group().split()[0].lower()
                    right_after = at == _SPACES.match(text, pos).end()  # type: ignore[union-attr]
                    reduced = right_after and first.endswith("ed") and first not in _FINITE_ONLY
                    return _trigger(m, kinds) if reduced else None
                # (an adverb may stand before the participle: "581,000 individuals previously displaced within
                # Lebanon had returned")
                if (
                    not house
                    and (not aux or not (said := aux.group().strip()) or (said.endswith("ly") and " " not in said))
                    and _REDUCED_RELATIVE.match(lowered, at)
                ):
                    # "1,100 people displaced by the disaster are staying in eight shelters": the participle
                    # describes them, the main verb after says what befell them
                    return _later_fate(_trigger(m, kinds), _finite_main_verb(text, lowered, m.end(), lex))
                if (
                    not house
                    and (head := _WORD_AFTER.match(lowered, m.end())) is not None
                    and head.group(1) in lex.group_nouns
                    and _PARTICIPLE_FIRST.match(lowered, at)
                ):
                    # a participle before the counted noun: "2,900 newly arrived households are sleeping in the
                    # open": the main verb after the noun says what befell them
                    main = right_trigger(text, lowered, head.end(), lex, house=False)
                    if main is not None and main.start > head.end() - 1:
                        return _later_fate(_trigger(m, kinds), main)
                return _trigger(m, kinds)
    return _distant_trigger(text, lowered, pos, lex, house=house) if distant and not part else None


def _distant_trigger(text: str, lowered: str, pos: int, lex: Lexicon, *, house: bool) -> Trigger | None:
    """The verb of a subject that carries modifiers before it: "Forty residents of the village of Daro in the
    north were killed", "15 people who had gathered at the well were killed", "3,000 people were on Tuesday
    forced to flee". The words between must read as the subject's modifiers, not as another clause."""
    if not _MODIFIER_OPEN.match(lowered, pos):
        return None
    pattern, kinds = lex.house_right_triggers if house else lex.right_triggers
    aux_pattern = lex.house_aux if house else lex.aux
    reach = min(len(lowered), pos + _MAX_GAP)
    # (a verb inside a comma aside is the aside's: "Two labourers, whose names were not known, died")
    asides = [m.span() for m in _ASIDE_COMMAS.finditer(lowered, pos, reach + 60)] if "," in lowered[pos:reach] else []
    if asides:  # (an aside does not count against the reach: "Nine staff of the charity, including ..., were")
        reach = min(len(lowered), reach + sum(end - start for start, end in asides if start < reach))
    for verb in _GAP_VERB.finditer(lowered, pos, reach):
        if asides and any(start < verb.start() < end for start, end in asides):
            continue
        if text[verb.start()].isupper():
            continue  # a word of a name: "the Ministry of Migration and Displaced said"
        if verb.start() - pos > 1 or verb.group(1) is None:
            if not _is_modifier_gap(text, lowered, pos, verb.start()):
                return None  # a longer gap holds the same break
            at = aux_pattern.match(lowered, verb.start()).end() if verb.group(1) else verb.start()  # type: ignore[union-attr]
            m = pattern.match(text, at) or pattern.match(text, verb.start())
            if (
                m is None
                and verb.group(1)
                and (split := _SPLIT_ADVERBIAL.match(lowered, verb.end()))
                and _TIME_OPENING.match(split.group())  # (a time, not a first verb or a state: "at risk of")
            ):
                # the auxiliary split from its verb by a time: "38 families from Gouzoudou had by Wednesday evening
                # taken refuge in Mokolo"
                for word in _WORD_END.finditer(lowered, split.start(), split.end()):
                    after = _SPACES.match(text, word.end()).end()  # type: ignore[union-attr]
                    if after - verb.end() > 1 and (m := pattern.match(text, after)):
                        break
            if verb.group(1) and _denied_verb(lowered, verb.start(), at, m, kinds):
                return None  # "900 families who had fled in 2017 have still not returned"
            if m:
                if verb.group() in _TRANSITIVE and (
                    lowered.endswith(("a ", "an ", "the "), 0, verb.start()) or _PLACES_AFTER.match(lowered, verb.end())
                ):
                    continue  # an adjective: "on the body of an injured man", "looting in evacuated areas"
                if verb.group() in _TRANSITIVE and OBJECT_AFTER.match(lowered, verb.end()):
                    return None  # the doers: "300 members of the militia killed two soldiers"
                if _trigger(m, kinds).kind is Kind.MISSING and _CAPTIVE.search(lowered, pos, verb.start()):
                    return None  # still held, not lost: "2,700 Yazidis abducted by ISIL are still unaccounted for"
                return _trigger(m, kinds)
        else:
            # the auxiliary right after the noun, split from its verb by a time or a place
            split = _SPLIT_ADVERBIAL.match(lowered, verb.end())
            if split is None:
                continue
            for word in _WORD_END.finditer(lowered, split.start(), split.end()):
                at = _SPACES.match(text, word.end()).end()  # type: ignore[union-attr]
                if (m := pattern.match(text, at)) and (at - verb.end() > 1):
                    return _trigger(m, kinds)
    return None


# The main verb after a relative clause says the people speak to someone: "who fled the town last week told
# reporters" (not "thousands who have returned say they were forced out": what they say is of all of them).
_SPEAKING_AFTER_CLAUSE = re.compile(r"[^,.;:]{0,60}?\s(?:told|recounted|recalled|described)\b")


def _later_fate(told: Trigger, main: Trigger | None) -> Trigger:
    """The main verb's fate over the one a relative clause told, unless the clause told a hurt and the main verb
    only where the hurt went ("Eight persons who sustained gunshot wounds were evacuated to the hospital", "180
    people wounded in the attack had reached the hospital")."""
    if main is None or (told.kind in HARM_KINDS and main.kind not in HARM_KINDS):
        return told
    return main


def _finite_main_verb(text: str, lowered: str, pos: int, lex: Lexicon) -> Trigger | None:
    """The main verb after a reduced relative clause ending near ``pos``: a finite one, or one after an auxiliary
    ("are staying", "died"; not the participle of a noun's modifier: "killed in an attack on a displaced site")."""
    main = _main_after_relative(text, lowered, pos, lex, house=False)
    if main is None:
        return None
    word = lowered[main.start : main.end].split()[0] if lowered[main.start : main.end].split() else ""
    if word in _TRANSITIVE and not _AUX_RIGHT_BEFORE.search(lowered, pos, main.start):
        return None
    if word in _ONWARD_MOTION:
        return None  # "9,800 people displaced by the operations arrived at an emergency site": still their flight
    return main


def _found_alive_later(lowered: str, pos: int) -> bool:
    """Whether the main clause after a relative one says the people it counts were found alive."""
    m = _FOUND_ALIVE.search(lowered, pos, min(len(lowered), pos + _RETURN_REACH))
    return m is not None and not _GAP_NEW_CLAUSE.search(lowered, pos, m.start())


def _return_later(lowered: str, pos: int) -> Trigger | None:
    """A return told later in the sentence of people a relative clause says fled: "1,350 people who had fled to
    Burundi in February came back through Gatumba" (the clause's places and times may run long)."""
    m = _RETURN_LATER.search(lowered, pos, min(len(lowered), pos + _RETURN_REACH))
    if m is None or _GAP_NEW_CLAUSE.search(lowered, pos, m.start()):
        return None
    if _DENIED_OR_JOINED.search(lowered, max(pos, m.start() - 16), m.start()):
        return None  # "have still not returned"; "who fled in January and had returned ... have fled again"
    if any(word[:1].isdigit() and not _YEAR_IN_GAP.fullmatch(word) for word in lowered[pos : m.start()].split()):
        return None  # (another count between has its own verb)
    return Trigger(Kind.RETURNED, m.start(), m.end())


def _main_after_relative(text: str, lowered: str, pos: int, lex: Lexicon, *, house: bool) -> Trigger | None:
    """The main clause's verb after a relative clause ending near ``pos``, when one follows."""
    pattern, kinds = lex.house_right_triggers if house else lex.right_triggers
    aux_pattern = lex.house_aux if house else lex.aux
    if coordinated := _COORDINATED_PARTICIPLE.match(lowered, pos):
        pos = coordinated.end()  # "who were pre-emptively evacuated or displaced have since returned"
    if lowered.startswith((" there ", " here "), pos):
        pos = lowered.index(" ", pos + 1)  # the participle's adverb: "families displaced there in May have returned"
    elif lowered.startswith(" but ", pos):
        pos += 4  # a later turn: "1,150 individuals who had returned but were re-displaced"
    start = pos
    for verb in _GAP_VERB.finditer(lowered, pos, min(len(lowered), pos + _MAX_GAP)):
        if verb.start() < start:
            continue  # (inside the clause's second verb, skipped below)
        if verb.group(1) and (joined := _JOINED_BEFORE.search(lowered, max(start, verb.start() - 6), verb.start())):
            # the clause's second verb: "who had fled the fighting and were sheltering in a church were killed"
            if not _is_modifier_gap(text, lowered, start, joined.start()):
                return None
            after = aux_pattern.match(lowered, verb.start()).end()  # type: ignore[union-attr]
            second = _WORD_END.match(lowered, _SPACES.match(lowered, after).end())  # type: ignore[union-attr]
            start = second.end() if second else after
            continue
        if not _is_modifier_gap(text, lowered, start, verb.start()):
            return None
        at = aux_pattern.match(lowered, verb.start()).end() if verb.group(1) else verb.start()  # type: ignore[union-attr]
        m = pattern.match(text, at)
        if verb.group(1) and _denied_verb(lowered, verb.start(), at, m, kinds):
            return None  # the main verb denied: "900 families who had fled in 2017 have still not returned"
        if m:
            return _trigger(m, kinds)
    return None


def _denied_verb(lowered: str, start: int, end: int, m: re.Match[str] | None, kinds: tuple[Kind, ...]) -> bool:
    """Whether the auxiliary words between ``start`` and ``end`` deny the verb after them; "has not been found"
    says missing, so a denial there is the figure itself."""
    if not _NEGATED_AUX.search(lowered, start, end):
        return False
    return m is None or _trigger(m, kinds).kind is not Kind.MISSING


def _is_modifier_gap(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the words between a noun and a verb modify the noun: no figure, clause mark, conjunction, pronoun,
    reporting verb or finite verb of their own, and "and" only between names ("in Tiko and Limbe")."""
    if _CLAUSE_COUNT_WORD.search(lowered, start, end):
        return False  # a clause's own count, in words: "her two children, ..., who brought three other injured"
    gap = _GAP_PLACE_COUNT.sub(" ", _GAP_SITE_NUMBER.sub(" ", _GAP_YEAR.sub(" ", lowered[start:end])))
    if any(c.isdigit() for c in gap):
        gap = _GAP_AGE.sub(" ", _GAP_DISTANCE.sub(" ", gap))
    if "since" in gap:
        gap = _GAP_SINCE.sub(" ", gap)
    if "before" in gap or "after" in gap or "during" in gap or "ahead of" in gap:
        gap = _GAP_EVENT.sub(" ", gap)
    if "such as" in gap:
        gap = gap.replace("such as", " ")  # names listed: "residents of districts such as Kirkissoye and Lamorde"
    if "," in gap:
        gap = _ASIDE_COMMAS.sub(" ", gap)  # "have, according to officials, been displaced"
        if "," in gap:
            return False
    if _GAP_BREAK.search(gap):
        return False
    for m in _GAP_AND.finditer(lowered, start, end):
        if _MATERIALS_OPEN.match(lowered, start, m.end() + 1):
            continue
        name = m.end() + 4 if lowered.startswith("the ", m.end()) else m.end()  # ("the UN mission and the SADC force")
        if lowered.startswith("other ", m.end()) and _GAP_OTHERS.match(lowered, m.end() + 6):
            continue  # "people from ethnic Rakhine and other communities": more of the same origin
        if (
            not text[name : name + 1].isupper()
            and not _SITES_JOINED.match(lowered, m.end())
            # (places joined to a named one: "residents of Noaka and neighbouring hamlets")
            and not (_PLACE_PREPOSITION_IN.search(text, start, end) and _PLACES_JOINED.match(lowered, m.end()))
        ):
            return False
    for m in _GAP_PARTICIPLE.finditer(gap):
        before = gap[: m.start()].split()
        if before and before[-1] in _PLACE_PREPOSITIONS and _PLURAL_AFTER.match(gap, m.end()):
            continue  # an adjective of the places: "300 people in flooded areas were evacuated"
        if before and before[-1] not in _BEFORE_PARTICIPLE:
            return False  # a verb of another clause: "people in the town protested ..."
    return True


def left_trigger(lowered: str, start: int, lex: Lexicon, *, house: bool) -> Trigger | None:
    """The verb before a number starting at ``start`` that says what happened ("killed at least 23"), read in
    the lower-cased sentence."""
    # The patterns end in whitespace right before the number, after one of a few word endings: most places (a
    # fifth of numbers open a sentence or follow a bracket, most follow "and", "said", "for") are ruled out in C.
    end = start
    while end and lowered[end - 1].isspace():
        end -= 1
    if end and lowered[end - 1] in _QUOTES:  # a verb in quotes: '"neutralised" 41 terrorists'
        lowered = f"{lowered[: end - 1]} {lowered[end:]}"  # (same length: the quote read as a space)
        end -= 1
    endings = lex.house_left_endings if house else lex.left_endings
    if end == start or (endings is not None and not lowered.endswith(endings, 0, end)):
        return None
    pattern, kinds = lex.house_left_triggers if house else lex.left_triggers
    m = pattern.search(lowered, max(0, start - _LEFT_REACH), start)
    if m is None and start > _LEFT_REACH and _LONG_LEFT.search(lowered, start - _LONG_LEFT_REACH, start - 60):
        # a count's noun named long before it: "the number of deaths caused by the rains that hit ... has reached 44"
        m = pattern.search(lowered, start - _LONG_LEFT_REACH, start)
    if m is None or (m.group().startswith(("loss of", "the loss of")) and not _PEOPLE_LOST.match(lowered, start)):
        return None  # (what a loss counts must be people: not "the loss of 1,200 jobs")
    return _trigger(m, kinds)


_PEOPLE_LOST = re.compile(
    r"[\w,.]+\s+(?:[a-z-]+\s+)?(?:soldiers|troops|servicemen|personnel|officers|policemen|gendarmes|fighters"
    r"|volunteers|members|men|people|persons|civilians|lives|crew)\b"
)


def is_human_singular(word: str, lex: Lexicon) -> bool:
    """Whether a singular noun outside the lexicon names a person, by the plural test of counted nouns."""
    if word in lex.known_words or word in _COMPARATIVES:
        return False  # "later", "other", "after", "a slower pace": words of the language that name no one
    plural = word[:-3] + "men" if word.endswith("man") else word + "s"
    return is_human_plural(plural, lex)


def killed_to_death(lowered: str, start: int, end: int) -> int | None:
    """Where "to death" ends when a verb before the count and it after the noun tell a killing ("clubbed three
    fishermen to death"; a sentence is none: "sentenced 14 men to death")."""
    m = _TO_DEATH.match(lowered, end)
    if m is None or not _VERB_BEFORE_TO_DEATH.search(lowered, max(0, start - 16), start):
        return None
    return m.end()


# "hacked three farmers to death": the verb before the count, its end after the noun.
_TO_DEATH = re.compile(r"\s+to\s+death\b")

_VERB_BEFORE_TO_DEATH = re.compile(r"\b(?!sentenc|condemn)(?:[a-z]+ed|[a-z]+ing|beat|beats|shot|hit|struck|stab)\s+$")
