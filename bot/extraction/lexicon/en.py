"""English words and phrases the extraction engine recognises, as regex fragments.

Only data lives here: the engine in ``bot.extraction`` compiles these once per language. Patterns are written
with plain ``fl``/``fi``; the compiler also accepts ligature characters left by PDF conversion.
"""

from __future__ import annotations

from bot.values import Group, Kind, Qualifier

# --- numbers -------------------------------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
DOZEN = "dozen"

# Leading words that hedge a number, longest first so "just over" wins over "over".
QUALIFIERS: dict[str, Qualifier] = {
    "no fewer than": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST, "not less than": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST, "a minimum of": Qualifier.AT_LEAST,
    "well over": Qualifier.MORE_THAN, "just over": Qualifier.MORE_THAN, "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN, "above": Qualifier.MORE_THAN, "upwards of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "nearly": Qualifier.ABOUT, "almost": Qualifier.ABOUT, "about": Qualifier.ABOUT, "around": Qualifier.ABOUT,
    "some": Qualifier.ABOUT, "approximately": Qualifier.ABOUT, "roughly": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT, "estimated": Qualifier.ABOUT, "close to": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT, "approx.": Qualifier.ABOUT, "round": Qualifier.ABOUT, "more or less": Qualifier.ABOUT,
    "up to": Qualifier.UP_TO, "as many as": Qualifier.UP_TO, "as much as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
    "fewer than": Qualifier.LESS_THAN, "less than": Qualifier.LESS_THAN, "just under": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN, "below": Qualifier.LESS_THAN,
}  # fmt: skip
# Words before a number that neither hedge nor change it ("another 23", "a total of 900").
NEUTRAL_PREFIXES = (
    "another", "a further", "an additional", "additional", "a total of", "a reported", "the", "all", "all the",
    "the other", "the remaining", "other", "remaining", "a record", "record", "a new record", "a new high of",
    "the last", "only", "just", "a mere", "merely",  # ("lost only 11 men": what little it was is still a count)
)  # fmt: skip

# Quantities that name no number: value null, qualifier vague.
VAGUE = (
    "millions", "hundreds of thousands", "tens of thousands", "thousands", "hundreds", "dozens", "scores",
    "several", "many", "numerous", "countless", "a few", "a number of",
)  # fmt: skip
# Vague words that may stand alone before a verb ("thousands fled"); the others need a noun ("several people").
VAGUE_STANDALONE = (
    "millions", "hundreds of thousands", "tens of thousands", "thousands", "hundreds", "dozens", "scores",
)  # fmt: skip

# --- what is counted -----------------------------------------------------------------------------------------

GROUP_NOUNS: dict[str, Group] = {
    "people": Group.PEOPLE, "persons": Group.PEOPLE, "person": Group.PEOPLE, "individuals": Group.PEOPLE,
    "ppl": Group.PEOPLE,  # (bulletins' shorthand: "15 ppl were injured")
    "others": Group.PEOPLE, "victims": Group.PEOPLE, "men": Group.PEOPLE, "man": Group.PEOPLE,
    "passengers": Group.PEOPLE, "workers": Group.PEOPLE, "villagers": Group.PEOPLE, "migrants": Group.PEOPLE,
    "refugees": Group.PEOPLE, "asylum seekers": Group.PEOPLE, "blue helmets": Group.PEOPLE, "pilgrims": Group.PEOPLE,
    "worshippers": Group.PEOPLE, "students": Group.PEOPLE, "patients": Group.PEOPLE, "journalists": Group.PEOPLE,
    "farmers": Group.PEOPLE, "herders": Group.PEOPLE, "miners": Group.PEOPLE, "fishermen": Group.PEOPLE,
    "protesters": Group.PEOPLE, "demonstrators": Group.PEOPLE, "police": Group.PEOPLE,
    "policemen": Group.PEOPLE, "police officers": Group.PEOPLE, "aid workers": Group.PEOPLE,
    "constables": Group.PEOPLE, "constable": Group.PEOPLE, "gendarmes": Group.PEOPLE,
    "staff": Group.PEOPLE, "members": Group.PEOPLE, "relatives": Group.PEOPLE, "residents": Group.PEOPLE,
    # kin, whose plurals no ending names: "three siblings", "two sons"
    "siblings": Group.PEOPLE, "brothers": Group.PEOPLE, "sisters": Group.PEOPLE, "sons": Group.PEOPLE,
    "daughters": Group.PEOPLE, "cousins": Group.PEOPLE, "parents": Group.PEOPLE, "neighbours": Group.PEOPLE,
    "neighbors": Group.PEOPLE, "elders": Group.PEOPLE, "chiefs": Group.PEOPLE, "guards": Group.PEOPLE,
    "survivors": Group.PEOPLE, "inhabitants": Group.PEOPLE, "climbers": Group.PEOPLE, "hikers": Group.PEOPLE,
    "tourists": Group.PEOPLE, "crew": Group.PEOPLE, "crew members": Group.PEOPLE, "sailors": Group.PEOPLE,
    "guests": Group.PEOPLE, "visitors": Group.PEOPLE, "shoppers": Group.PEOPLE, "pupils": Group.PEOPLE,
    "souls": Group.PEOPLE, "peasants": Group.PEOPLE, "colleagues": Group.PEOPLE, "comrades": Group.PEOPLE,
    "friends": Group.PEOPLE, "companions": Group.PEOPLE, "classmates": Group.PEOPLE, "grandchildren": Group.CHILDREN,
    "nephews": Group.PEOPLE, "nieces": Group.PEOPLE, "uncles": Group.PEOPLE, "aunts": Group.PEOPLE,
    "husbands": Group.PEOPLE, "campesinos": Group.PEOPLE,
    "civilians": Group.CIVILIANS, "civilian": Group.CIVILIANS, "non-combatants": Group.CIVILIANS,
    "children": Group.CHILDREN, "child": Group.CHILDREN, "boys": Group.CHILDREN, "boy": Group.CHILDREN,
    "girls": Group.CHILDREN, "girl": Group.CHILDREN, "minors": Group.CHILDREN, "minor": Group.CHILDREN,
    "kids": Group.CHILDREN, "infants": Group.CHILDREN, "babies": Group.CHILDREN, "baby": Group.CHILDREN,
    "toddlers": Group.CHILDREN, "schoolchildren": Group.CHILDREN, "teenagers": Group.CHILDREN,
    "toddler": Group.CHILDREN, "infant": Group.CHILDREN, "teenager": Group.CHILDREN,
    "women": Group.WOMEN, "woman": Group.WOMEN, "mothers": Group.WOMEN, "mother": Group.WOMEN,
    "females": Group.WOMEN, "males": Group.PEOPLE,  # (police and morgue counts: "14 males, six females")
    "wife": Group.WOMEN, "wives": Group.WOMEN, "widows": Group.WOMEN, "widow": Group.WOMEN,
    "grandmothers": Group.WOMEN, "grandmother": Group.WOMEN,
    "fighters": Group.FIGHTERS, "fighter": Group.FIGHTERS, "soldiers": Group.FIGHTERS, "soldier": Group.FIGHTERS,
    "troops": Group.FIGHTERS, "militants": Group.FIGHTERS, "militant": Group.FIGHTERS, "rebels": Group.FIGHTERS,
    "rebel": Group.FIGHTERS, "jihadists": Group.FIGHTERS, "jihadist": Group.FIGHTERS, "generals": Group.FIGHTERS,
    "militia": Group.FIGHTERS, "militiamen": Group.FIGHTERS, "combatants": Group.FIGHTERS,
    "insurgents": Group.FIGHTERS, "gunmen": Group.FIGHTERS, "attackers": Group.FIGHTERS,
    "servicemen": Group.FIGHTERS, "officers": Group.FIGHTERS, "personnel": Group.FIGHTERS,
    "vigilantes": Group.FIGHTERS, "vigilante": Group.FIGHTERS, "jawans": Group.FIGHTERS, "jawan": Group.FIGHTERS,
    "paramilitaries": Group.FIGHTERS, "extremists": Group.FIGHTERS, "terrorists": Group.FIGHTERS,
    "marines": Group.FIGHTERS, "commandos": Group.FIGHTERS, "paratroopers": Group.FIGHTERS, "taliban": Group.FIGHTERS,
    "ind": Group.PEOPLE, "inds": Group.PEOPLE, "indiv": Group.PEOPLE, "pers": Group.PEOPLE,
    "civ": Group.CIVILIANS, "civs": Group.CIVILIANS,  # incident logs' shorthand: "1 civ KIA, 3 civ WIA"
    "households": Group.HOUSEHOLDS, "household": Group.HOUSEHOLDS, "hh": Group.HOUSEHOLDS, "hhs": Group.HOUSEHOLDS,
    "families": Group.FAMILIES, "family": Group.FAMILIES,
}  # fmt: skip
# Singular nouns that make "a woman was killed" a figure of one.
SINGULAR_NOUNS = (
    "person", "man", "woman", "child", "boy", "girl", "baby", "civilian", "soldier", "fighter", "militant",
    "rebel", "teenager", "toddler", "infant", "journalist", "policeman", "police officer", "aid worker",
    "farmer", "student", "resident", "mother", "father", "minor", "worker",
    "chief", "leader", "officer", "official", "teacher", "driver", "nurse", "doctor", "pilot", "volunteer",
    "guard", "trader", "herder", "herdsman", "pastor", "priest", "imam", "villager", "inmate", "prisoner",
    "passenger", "pilgrim", "miner", "fisherman", "refugee", "migrant", "consultant", "employee", "peacekeeper",
    "worshipper", "shepherd", "elder", "husband", "wife", "son", "daughter", "brother", "sister", "grandson",
    "granddaughter", "nephew", "niece", "couple", "bodyguard", "schoolboy", "schoolgirl", "passer-by", "passerby",
    "principal", "catechist", "rider", "notable",
    "bystander", "constable", "jawan", "gendarme", "vigilante", "ranger", "medic", "paramedic", "firefighter",
    "uncle", "aunt", "cousin", "grandmother", "grandfather", "housewife", "homemaker",
    "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law",
)  # fmt: skip
# Nouns naming one person only with "the" or a possessive ("the head of Ngouma village"; "a head" of cattle is none).
DEFINITE_SINGULARS = ("head",)
# Kin named after a possessive count as one person too: "her husband was killed".
KIN_SINGULARS = (
    "wife husband son daughter mother father brother sister baby child grandson granddaughter nephew niece uncle aunt"
    " cousin grandmother grandfather grandchild father-in-law mother-in-law son-in-law daughter-in-law brother-in-law"
    " sister-in-law neighbour neighbor friend colleague fiance fiancee"
)
POSSESSIVES = ("his", "her", "their", "my", "our")  # ("My husband was killed": a displaced person's own words)
# Counting these is a trap: population, residents, people in need, beneficiaries.
# (Residents are counted only when a verb says what happened to them: "3,000 residents fled".)
TRAP_NOUNS = (
    "population", "beneficiaries", "people in need", "voters", "fans", "body bags", "body parts", "houses of worship",
    "places of worship",
    # the affected, as translated bulletins name them: "341 dead and more than 1.5 million disaster victims"
    "disaster victims",
    # patients of an outbreak, not the dead: "3 cholera deaths this week (212 suspected cases)"
    "cases", "suspected cases", "confirmed cases",
    # institutions, not the dead: "consultations with 42 governments and 17 regional bodies"
    "regional bodies", "governing bodies", "government bodies", "international bodies", "un bodies",
    "official bodies", "public bodies", "advisory bodies", "local bodies", "statutory bodies", "state bodies",
    "civic bodies", "professional bodies", "national bodies", "independent bodies", "technical bodies",
    "intergovernmental bodies", "treaty bodies", "subsidiary bodies",
    # land and buildings of any use, not people nor homes: "evacuation orders cover 4,800 properties"
    "properties",
)  # fmt: skip
HOUSE_NOUNS = (
    "houses", "homes", "buildings", "dwellings", "shelters", "housing units", "homesteads", "huts", "residential units",
    "dwelling units",
    "shanties", "shacks", "tenements", "tukuls", "tukul", "hut", "manyattas", "manyatta",
    "residences", "structures", "house", "home", "building", "apartments", "flats",
    "apartment blocks", "residential blocks", "tower blocks", "blocks of flats", "apartment block",
)  # fmt: skip
# Plurals naming people that no ending tells from things ("bandits", "nurses", "shepherds"); their singulars
# ("a nurse") count as singletons too.
HUMAN_PLURALS_UNMARKED = """
bandits nurses shepherds monks nuns priests imams youths adults judges scouts cadets recruits conscripts gendarmes
personnel
marines pilots orphans widows newborns twins uncles aunts nephews nieces grandparents husbands hostages
captives pupils mourners cooks clerks chefs hawkers artisans nomads pastoralists peasants tribesmen
midwives surgeons medics paramedics dentists guides herbalists lecturers deputies mps councillors suspects thieves
cops guests chiefs spouses couples teens infants babies compatriots passers-by passersby
"""
# A counted noun outside the list above is still found by its head: a plural whose ending names people
# ("peacekeepers", "herdsmen", "inmates", "pilgrims"), unless it is one of the things that share those endings.
HUMAN_PLURAL = (
    r"[a-z][a-z-]{1,}(?:ers|ors|ists|ians|ees|ants|ents|men|folk|ites|ives|ards|ims|ics|als|ars|ains|ates|ors"
    r"|eurs|ens|ics|iffs|ads|ies)"
    # compounds ending in a human noun: "schoolgirls", "tribeswomen", "grandchildren", "townspeople"
    r"|[a-z][a-z-]*(?:girls|boys|women|children|wives|people|folk|kids)"
    # people named by a plural whose ending is shared with things: listed, as the endings cannot tell them
    r"|(?:" + "|".join(HUMAN_PLURALS_UNMARKED.split()) + r")"
)
NOT_HUMAN_PLURALS = """
prayers layers wafers registers rosters ledgers counters
centers centres shelters containers tankers helicopters computers rivers borders numbers letters meters metres dangers
kilometers kilometres liters litres quarters headquarters waters layers papers posters towers chapters trailers
boulders clusters disasters markers orders matters reports numbers others hours floors doors
offers tractors motors generators sectors factors reactors corridors monitors elevators indicators
plants grants restaurants incidents events tents cents percents documents settlements departments governments
contents instruments apartments segments treatments shipments elements statements moments payments attachments
equipments investments agreements assessments comments accidents components
significants importants relevants abundants pleasants brilliants elegants distants constants vibrants redundants
recents frequents urgents evidents permanents sufficients efficients excellents consistents violents apparents
prominents differents silents decents adjacents innocents
currents torrents talents accents descents extents patents
hospitals animals terminals materials signals canals rituals festivals arrivals totals vehicles rentals intervals
cars bars stars dollars pillars seminars calendars mortars goals meals chickens lorries
mountains trains chains drains grains rains
septembers octobers novembers decembers summers winters afters laters
tremors rumours rumors errors horrors terrors mirrors sensors
powers showers flowers
gates rates estimates dates updates states crates
lives olives archives motives incentives initiatives
standards boards cards yards wards awards
claims items
mechanics clinics topics statistics logistics
tariffs cliffs
roads loads
charters carriers freighters trawlers steamers cruisers transporters
bodies injuries deaths casualties fatalities companies countries cities bodies supplies agencies activities
communities facilities properties authorities families categories ceremonies studies allies enemies parties
"""
# Words before "buildings" or "structures" that make them no homes ("government buildings", "public buildings"):
# the labelling conventions count houses only.
NON_RESIDENTIAL = """
public government official administrative commercial municipal religious office school health industrial
curing drying tobacco pump power poultry hen green guest
"""
# Nouns a count stops at: things, not people ("the two camps", "three villages").
NON_COUNT_NOUNS = """
camps camp villages village towns town tents tent rockets rocket shells missiles drones bombs vehicles cars trucks
boats schools hospitals clinics mosques churches bridges roads districts provinces regions states countries
cattle livestock head goats cows sheep animals cases hectares acres tonnes tons dollars times days weeks months years
hours camels donkeys horses pigs chickens poultry birds fish alpacas llamas buffaloes oxen mules herds bags
classrooms buses lorries rifles guns weapons flights sorties firearms pistols grenades explosives devices magazines
motorcycles motorbikes bicycles
elephants tigers lions leopards rhinos hippos bears wolves hyenas crocodiles snakes monkeys dogs cats deer whales
dolphins turtles
rounds cartridges munitions mines settlements casings bullets shell
incidents attacks airstrikes strikes explosions blasts earthquakes aftershocks floods storms cyclones landslides
events clashes raids ambushes battles
sites centres centers shelters counties municipalities communes departments zones areas locations points
suburbs neighbourhoods neighborhoods wards barangays localities settlements hamlets communities facilities
woredas kebeles upazilas tehsils mandals talukas blocks territories governorates prefectures parishes
trees crops poles pylons
wells boreholes latrines pumps generators belts
outbuildings sheds cowsheds cattlesheds barns stables granaries garages warehouses stores shops businesses
"""
# Adjectives before the counted noun that say what happened to it ("6,000 destroyed houses").
PRENOMINAL_KINDS: dict[str, Kind] = {
    "destroyed": Kind.HOUSES_DESTROYED, "collapsed": Kind.HOUSES_DESTROYED, "flattened": Kind.HOUSES_DESTROYED,
    "damaged": Kind.HOUSES_DAMAGED, "dead": Kind.KILLED, "killed": Kind.KILLED, "injured": Kind.INJURED,
    "wounded": Kind.INJURED, "missing": Kind.MISSING, "displaced": Kind.DISPLACED, "uprooted": Kind.DISPLACED,
    "war-wounded": Kind.INJURED, "weapon-wounded": Kind.INJURED, "homicide": Kind.KILLED, "murder": Kind.KILLED,
    "evacuated": Kind.EVACUATED, "returnee": Kind.RETURNED, "returned": Kind.RETURNED, "returning": Kind.RETURNED,
    "homeless": Kind.HOMELESS, "idp": Kind.DISPLACED, "refugee": Kind.DISPLACED, "evicted": Kind.DISPLACED,
}  # fmt: skip
# A list's heading that only says how the figure above it is broken down: "Distribution by perpetrator".
BREAKDOWN_HEADING = (
    r"^\W*(?:distribution|breakdown|break-down|disaggregation)\b|^\W*(?:[\w-]+\s+){0,3}?by\s+(?:perpetrator|party"
    r"|actor|province|region|district|governorate|state|county|area|location|department|municipality|age|sex"
    r"|community|communities|settlement|locality|village|town|city|oblast|raion|hromada|commune|woreda|camp|site"
    r"|destination|origin|gender|country|countries)\b"
    # ("The agency's figures break down by country of asylum as follows:")
    # ("It broke the figure down as follows:")
    r"|\b(?:break|breaks|broke|broken|breaking)\s+(?:(?:it|them|this|the\s+(?:[a-z]+\s+)?(?:figures?|toll|total|number"
    r"|count|tally|dead|deaths|casualties))\s+)?down\s+(?:by|as follows)\b"
    # the figure above's people listed by who they were: "According to a provisional list, the victims are:"
    r"|\bthe\s+victims\s+(?:are|were|include|included|comprise)\s*:?\s*$"
)
# Words of a breakdown heading that speak of people on the move: "by district of origin", "DTM", "arrivals by".
MOVEMENT_HEADING = r"\b(?:origin|destination|dtm|displacement|arrivals?|departures?)\b"
# Nouns heading a tally of places: "Deaths per district: Kasese 14, Bundibugyo 6".
HEADING_KINDS: dict[str, Kind] = {
    "deaths": Kind.KILLED, "dead": Kind.KILLED, "killed": Kind.KILLED, "fatalities": Kind.KILLED,
    "injured": Kind.INJURED, "injuries": Kind.INJURED, "wounded": Kind.INJURED, "missing": Kind.MISSING,
    "displaced": Kind.DISPLACED, "displacements": Kind.DISPLACED, "idps": Kind.DISPLACED,
    "evacuated": Kind.EVACUATED, "evacuees": Kind.EVACUATED, "returnees": Kind.RETURNED, "homeless": Kind.HOMELESS,
    "returns": Kind.RETURNED, "arrivals": Kind.DISPLACED, "evicted": Kind.DISPLACED, "evictions": Kind.DISPLACED,
    "desalojados": Kind.DISPLACED, "desabrigados": Kind.SHELTERED,
    "toll": Kind.KILLED,  # ("The toll by region:": a toll alone is of the dead)
}  # fmt: skip
# Adjectives that name a group as a predicate: "at least 200 are unaccompanied".
GROUP_ADJECTIVES: dict[str, Group] = {
    "unaccompanied": Group.CHILDREN, "separated": Group.CHILDREN, "orphaned": Group.CHILDREN,
    "underage": Group.CHILDREN, "pregnant": Group.WOMEN, "female": Group.WOMEN, "elderly": Group.PEOPLE,
    "disabled": Group.PEOPLE, "male": Group.PEOPLE,
}  # fmt: skip
# Before a number: the count is denied ("no one was killed", "not a single house").
NEGATION_BEFORE = (
    r"\b(?:no|not|not a single|never|nor|zero|(?:none|not one|neither|nobody) of(?: the| its| their| those)?)(?:\s+|-)$"
)
# After "one": a member of a group counted elsewhere, not a count ("one of the victims", "one of them").
MEMBER_OF = r"\s+of\s+(?:the|those|them|these|its|their|our|his|her|whom|which|my|your)\b"
# Ends of what may stand between the items of a list sharing one kind: "1,832 were in the South, 137 in the
# Nippes", "the return of 5,000 and 4,000", "619 people, of which 508 in Campeche", "killed, as have 22 workers".
LIST_JOINS = (
    r"(?:,|;|:|\(|\band|\bor|\bincluding|\bincl\.|\bamong them|\bamong whom|\bof whom|\bof which|\bof them|\bwith"
    r"|\bwhile"
    r"|\bas have|\bas had|\bas did|\bas were|\balongside|\bplus|\bas well as|\brepresenting|\bcomprising"
    r"|\ban increase of|\ba rise of|\ban additional|\ba further"
    r"|\b(?:bringing|taking|raising|pushing) (?:the )?(?:overall |cumulative )?(?:total|number|toll|tally|figure)"
    r"(?: [\w-]+){0,8}? to"
    r"|\bi\.e\.|\bor some|[–—-]|\bthen)\s*(?:another|a further|an additional|the remaining|the other|some"
    r"|(?:an? |one |the )?(?:entire |whole )?family of"
    r"|those of)?\s*$"  # ("eleven bodies, including those of six children")
)
# What may follow a list item without a verb of its own: a place, a means, a time, or the list's end.
LIST_ITEM_TAIL = (
    r"\s*(?:more\s+)?(?:(?:were|was|are|is|have been|had been)\s+)?"
    r"(?:(?:later|also|too|then|again|subsequently|so far)\s+)?"
    r"(?:in|inside|from|by|to|into|on|at|since|during|for"
    # ("14 personnel of the forces"; not "39 of the 41 camps")
    r"|across|within|between|respectively|each|through|via"
    # a cause: "four more deaths - two due to electrocution, one in a wall collapse"
    r"|due to|owing to|because of|as a result of|after(?! another| the other)|following"
    # (a year is no whole: "including seven signatories of the 2016 peace agreement")
    r"|of (?:the|a|an|its|their|his|her)(?! (?:(?!(?:19|20)\d\d )[\d,.]+ |missing|dead|deaths|injured|wounded|displaced"
    r"|victims))"
    r"|of one (?:family|household))\b"  # ("among them three members of one family")
    r"|\s*(?:[,;.)\]–—]|-\s|and\b|or\b|while\b|$)"
    # a relative clause without a verb of what happened: "including 1.7 million who remain inside the country"
    r"|\s+(?:who|that)\s+(?:remain|are|were|stay|live|now)\b"
    # ... or of what they were doing: "among them seven soldiers who had been helping with rescue operations"
    r"|\s+(?:who|that)\s+(?:had|have|has|were|was)\s+(?:been\s+)?[a-z]{2,}ing\b"
    # a verb that only reports the count: "at least six have been recovered", "12 were recorded in Sindh"
    r"|\s+(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:found(?! alive| safe)|recovered|reported|confirmed"
    r"|recorded|registered|counted|identified)\b"
    # ... or where it happened: "Of the deaths, 76 occurred in Sindh"
    r"|\s+(?:occurred|took place|happened)\s+(?:in|at|on|during)\b"
    # how they came to harm, a participle of their own: "killing 20, among them a family of five swept away as ..."
    r"|\s+(?:swept|washed|carried) away\b|\s+(?:buried|crushed|electrocuted) (?:by|in|under|when)\b"
    r"|\s+(?:hit|struck) by\b|\s+(?:caught|trapped) (?:in|under)\b"  # ("including four children hit by shells")
    # a degree: "six of them seriously"
    r"|\s+(?:seriously|critically|severely|badly|gravely|slightly|lightly)\b"
    # their ages: "including two children aged four and seven", "three under the age of five"
    r"|\s+(?:aged|under)\b"
)

# A sentence opening that continues the figure of the sentence before: "An increase of 3,293 since ...",
# "Of these, 1,200 ...", "The number rose by 668 overnight".
ANAPHOR_START = (
    # ("This is an increase of 11,400 individuals since the previous update")
    r"\s*(?:[-•*]\s*)?[\"“'‘]?(?:(?:this|that|it) (?:is|was|represents|marks) )?(?:an? (?:increase|rise|jump) of"
    r"|(?:another|a further|a second|a third) (?:batch|group|set|lot)"
    r" of|another|an additional|a further"
    r"|of (?:them|these|those|whom|this number|the total)\s*,|among (?:them|these|those),? (?:are|were)"
    r"|(?:these|they|those) (?:included?|includes)"  # ("At least 21 were killed. These included 4 women")
    r"|the (?:number|figure|toll|total)\s+(?:[\w-]+\s+){0,3}?(?:by|to|at))\s+"
)

# Nouns that carry the kind themselves ("17 bodies", "38,000 displacements").
KIND_NOUNS: dict[str, Kind] = {
    "deaths": Kind.KILLED, "death": Kind.KILLED, "fatalities": Kind.KILLED, "fatality": Kind.KILLED,
    "bodies": Kind.KILLED, "sets of remains": Kind.KILLED,
    "corpses": Kind.KILLED, "dead": Kind.KILLED, "lives": Kind.KILLED, "murders": Kind.KILLED, "deceased": Kind.KILLED,
    "body": Kind.KILLED,
    "killings": Kind.KILLED, "homicides": Kind.KILLED, "martyrs": Kind.KILLED,
    "injuries": Kind.INJURED, "injured": Kind.INJURED, "wounded": Kind.INJURED, "war-wounded": Kind.INJURED,
    "disappearances": Kind.MISSING,
    "displacements": Kind.DISPLACED, "new displacements": Kind.DISPLACED, "idps": Kind.DISPLACED,
    "displaced": Kind.DISPLACED, "internally displaced persons": Kind.DISPLACED,
    "internally displaced people": Kind.DISPLACED, "displaced people": Kind.DISPLACED,
    "displaced persons": Kind.DISPLACED, "displaced households": Kind.DISPLACED,
    "displaced families": Kind.DISPLACED, "evacuees": Kind.EVACUATED, "returnees": Kind.RETURNED,
    # Brazil's civil defence words, kept in English reports: staying with others, and in public shelters
    "desalojados": Kind.DISPLACED, "desabrigados": Kind.SHELTERED,
    # people sent back to their country return there: "Guatemala received 1,780 deportees"
    "deportees": Kind.RETURNED, "deportations": Kind.RETURNED,
    "evacuations": Kind.EVACUATED, "relocations": Kind.EVACUATED,
    # the displacement monitors' unit: "disasters triggered 26.4 million movements"
    "movements": Kind.DISPLACED, "displacement movements": Kind.DISPLACED,
    "returns": Kind.RETURNED,
    "arrivals": Kind.DISPLACED, "new arrivals": Kind.DISPLACED,
    # "new" people of a displaced kind arrived: "received 1,400 new refugees"
    "new refugees": Kind.DISPLACED, "new idps": Kind.DISPLACED, "newly displaced": Kind.DISPLACED,
    "newly displaced people": Kind.DISPLACED, "newly displaced persons": Kind.DISPLACED,
}  # fmt: skip

# Modifiers allowed between a number and its noun ("regime", "anti-government", "sugar cane").
# Words that end the noun phrase instead: verbs, prepositions, function words.
NP_STOPWORDS = (
    "were", "was", "have", "has", "had", "are", "is", "be", "been", "being", "in", "on", "at", "from", "to",
    "by", "and", "or", "of", "for", "with", "who", "which", "that", "the", "a", "an", "this", "these", "those",
    "their", "its", "his", "her", "as", "after", "before", "during", "since", "across", "into", "out", "also",
    "toward", "towards", "onto", "over", "through", "along", "via", "under", "near", "inside", "within",
    "reportedly", "than", "per", "them", "whom", "us", "it", "they", "we", "you", "he", "she", "there",
    "percent", "year", "years", "will", "would", "could", "may", "might",
)  # fmt: skip

# --- what happened: phrases after the counted noun ("23 people were killed") ---------------------------------

# Words that may stand between the noun phrase and the verb ("have reportedly been", "were also", "to").
AUX_WORDS = (
    "were", "was", "have", "has", "had", "are", "is", "be", "been", "being", "also", "reportedly", "reported",
    "allegedly", "already", "now", "still", "newly", "all", "later", "subsequently", "feared", "confirmed",
    "became", "become", "remain", "remained", "remains", "got", "registered as", "recorded as", "listed as",
    "reported as", "counted as", "declared",
    "believed to have been", "said to have been", "thought to have been", "estimated to have been",
    "estimated to be", "who", "that", "whom", "to", "forcibly", "temporarily", "internally", "could", "may",
    "might", "would", "will", "must be", "must now be", "should be", "likely", "expected to", "set to", "not",
    "either", "since", "then",
    "further", "more", "other", "others", "had to", "in total", "so far", "altogether", "together",
    "earlier", "previously", "initially",  # ("742 families who had earlier evacuated have returned home")
    "there", "having", "after having",
    # reporting verbs of the passive: "were estimated to still be", "were recorded to have", "known dead"
    "estimated", "believed", "known", "presumed", "recorded", "thought", "said", "understood", "to have",
    "currently", "presumably", "in all", "compelled to", "obliged to", "made to", "need to", "needs to",
    "needed to", "nonetheless", "nevertheless", "meanwhile", "instead",
    # watchers' verbs of the passive: "58 households were observed returning", "were counted entering"
    "observed", "counted",
    # a rights group's verbs: "4,270 people have been documented dead", "were verified as killed"
    "documented", "documented as", "verified", "verified as",
    # a state told by where one lies: "eight others lay wounded", "lying injured in the street"
    "lay", "lying",
    # a move begun: "9,000 residents who had fled began returning to their homes"
    "began", "begun", "started", "begin", "begins",
)  # fmt: skip

# A trip's end, not a return from displacement: "pilgrims returning from the Kumbh Mela", "returning from a wedding".
_NO_TRIP = (
    r"(?!(?: from)? (?:a |an |the |their |his |her )?(?:[\w'’-]+ ){0,3}?(?:wedding|funeral|market|pilgrimage|school"
    r"|work|festival|fair|mela|shrine|prayers?|trip|visit|holiday|party|celebration|ceremony|match|game|hajj|umrah"
    r"|church|mosque|temple)s?\b)"
)
# A word of the place people are in that is no verb of aid they received: "3,400 households in Beledweyne received
# emergency shelter kits" are beneficiaries, not people in shelters.
_NOT_RECEIVED = r"(?!received\b|got\b)"

# Kinds told by a verb or adjective after the noun phrase, in order of precedence at one position.
RIGHT_TRIGGERS: tuple[tuple[str, Kind], ...] = (
    # ("fatally shot": the adverb makes a hurt a death)
    (r"fatally (?:shot|wounded|injured|stabbed|hit|struck|burned|burnt)"
     r"|succumbed to (?:their |his |her )?(?:injuries|wounds|burns)|died (?:of|from) (?:their |his |her )?(?:injuries"
     r"|wounds|burns)|burnt to death|slaughtered|butchered|gunned down|assassinated|neutrali[sz]ed"
     r"|(?<=were\x20)eliminated|(?<=been\x20)eliminated"
     r"|found (?:dead|murdered|slain|killed|(?:burned|burnt|beaten|hacked|stabbed|shot) to death)"
     r"|given (?:a )?(?:mass )?burial|laid to rest"
     r"|(?<!feared\s)(?<!to\sbe\s)(?<!believed\s)(?<!presumed\s)(?<!remain\s)(?<!remains\s)(?<!remained\s)"
     r"(?<!still\s)buried"
     r"(?! (?:under|beneath|in) (?:the )?(?:rubble|debris|mud|snow))"
     r"(?! (?:villages?|hamlets?|houses?|homes?|settlements?|towns?|areas?|cars?|vehicles?|roads?|buildings?)\b)"
     r"|succumbed\b|brought (?:in )?dead|(?:were|was) brought in dead"
     r"|killed|(?:left )?dead|died|die|dies|dying|slain|murdered|perished|massacred|executed|drowned|burned to death"
     # a headline's present: "nine drown as boat capsizes", "child drowns near Harem"
     r"|drowns?(?= (?:as|after|when|in|off|near|while)\b)"
     r"|(?:burned|burnt|buried) alive|among (?:(?:those|the people|the|the \w+) )?(?:(?:they|who were|that were) )?"
     r"(?:killed|dead|martyred)|shot dead"
     r"|beheaded|(?:were|are) (?:deaths|fatalities)\b"
     r"|shot (?:or|and) (?:burned|burnt|hacked|beaten|stabbed|bludgeoned|clubbed) to death"
     r"|(?:burned|burnt) (?:inside|in) (?:their|his|her|the) (?:homes?|houses?|huts?|cars?|vehicles?|church|mosque)"
     r"|decapitated|martyred|electrocuted|embraced (?:shahadat|martyrdom)|sent to hell"
     r"|(?:paid|made) the (?:supreme|ultimate) (?:price|sacrifice)"
     r"|lynched|hacked to death|stabbed to death|beaten to death"
     r"|shot dead|struck dead|shot and killed|(?:lost|losing|lose|loses) (?:their |his |her )?li(?:fe|ves)"
     r"|kill(?:s|ed)?"
     r"|are dead|were dead"
     r"|perish(?:es)?|suffocated|asphyxiated"
     r"|(?:lay|lie|lies|lying|left lying) dead|interred"
     # (a sentence is no death: "sentenced to death")
     r"|(?!sentenced|condemned)[a-z]+ed to death|(?:froze|frozen|freez(?:e|es|ing)) to death"
     r"|breathed (?:their|his|her) last"
     r"|among (?:the )?[\w,]+ (?:[\w-]+ )?(?:killed|dead|drowned|died|perished)|among (?:the )?victims"
     # ("were among the latest victims found", "was among the bodies recovered")
     r"|among (?:the )?(?:latest |last |new |first )?(?:victims|bodies)(?: (?:found|recovered|retrieved|identified))?"
     r"|identified (?:as )?among (?:the )?(?:dead|victims|bodies)"
     # victims found are found dead: "One more victim was found in Ubatuba"
     r"|(?:(?<=victims\s)|(?<!the\svictim\s)(?<=victim\s))(?:were|was|have been|has been|had been)"
     r" (?:found|recovered|retrieved)"
     r"(?! alive| safe| in (?:a |an |the )?(?:hospital|clinic|critical|serious|stable))"
     # military shorthand in incident logs: "3 vigilantes KIA" (killed, wounded, missing in action)
     r"|(?-i:KIA)\b|killed in action", Kind.KILLED),
    (r"(?-i:WIA)\b|wounded in action|(?:left )?(?:injured|wounded|maimed)|hurt"
     r"|among (?:those|the people|the) (?:injured|wounded|hurt|treated|hospitali[sz]ed)"
     # burned by how badly ("Eleven of the survivors were badly burned"); the hurt by degree before the lighter
     # ones' word: "45 seriously and 1,373 lightly injured"
     r"|(?:badly|severely|seriously|critically) burn(?:ed|t)\b"
     r"|(?:(?<=badly\x20)|(?<=severely\x20)|(?<=seriously\x20)|(?<=critically\x20))burn(?:ed|t)\b"  # (past the aux)
     r"|(?:seriously|severely|badly|critically|gravely)(?= and (?:[\d,]+ |some |about |around )?(?:lightly|slightly"
     r"|moderately|mildly|less seriously) (?:injured|wounded|hurt)\b)"
     r"|shot(?! dead| and killed| to death| at| down| by)"
     r"|(?:admitted|taken|rushed) to (?:\w+ )?(?:hospitals?|clinics?|health (?:centres?|centers?|posts?))"
     r"(?! with (?:[\w-]+ ){0,2}(?:diarrh|cholera|gastro|dengue|malaria|measles|fever|dehydrat|vomiting))"
     # care a count needed: "3 of them needed hospital care"
     r"|(?:needed|required|needing|requiring) hospital (?:care|treatment)\b"
     # (a headline's "Seven dead, 26 in hospital")
     r"|(?<=\d\x20)in hospital(?=\s*(?:[,;.]|$)|\s+(?:as|after|in|at|with)\b)"
     # a hospital named: "were transferred to the Nuestra Señora de los Reyes hospital", "to Samos General Hospital"
     r"|(?:admitted|taken|rushed|transferred) to (?:the )?(?!maternity|other )(?:[\w’'.-]+ ){1,5}?"
     r"(?:hospitals?|clinics?|health (?:centres?|centers?|posts?)|medical (?:centres?|centers?))\b"
     r"(?! (?:morgue|mortuary))(?! for (?:check|routine|delivery))"
     r"(?! with (?:[\w-]+ ){0,2}(?:diarrh|cholera|gastro|dengue|malaria|measles|fever|dehydrat|vomiting))"
     r"|admitted with (?:[\w-]+ ){0,2}?(?:injuries|wounds|burns)"
     r"|hospitali[sz]ed\b(?! with)|(?:remain|remained|remains|are|were|still) (?:in|at) (?:the )?(?:\w+ )?hospitals?\b"
     r"|(?:remain|remained|remains|are|were|still|lie|lay) in (?:the )?(?:intensive care(?: units?)?|icu"
     r"|critical care)\b"
     # admitted, hospital unsaid: "19 had been admitted by nightfall" (not to a country, nor with a disease)
     r"|(?:(?<=been\s)|(?<=were\s)|(?<=was\s))admitted\b(?!\s+(?:to|into|as|that|for)\b)"
     r"(?![^.;]{0,60}\b(?:cholera|measles|dengue|malaria|covid|diarrh|malnutrition))"
     r"|(?:sustain(?:ed|s|ing)?|suffer(?:ed|s|ing)?|received) (?:[\w-]+ ){0,4}?(?:injur(?:y|ies)|wounds?|burns?)"
     r"|injuries"
     # "Eleven people with gunshot and machete wounds were taken to hospital"
     r"|with (?:[\w-]+ ){0,4}?(?:injuries|wounds|burns|fractures|broken (?:bones|limbs))\b"
     r"(?! (?:and|or) (?:disabilit|illness))"
     r"|for (?:[\w-]+ ){0,3}?(?:injuries|wounds|burns)"
     r"|hospitali[sz]ed with (?:\w+ )?(?:injuries|wounds|burns)"
     r"|(?:nursing|survived with|escaped with) (?:\w+ )?(?:injuries|wounds|burns|cuts|fractures|bruises)"
     r"|(?:rescued|found|pulled out|recovered) (?:alive )?with (?:\w+ )?(?:injuries|wounds|burns|frostbite|fractures"
     r"|a broken \w+)"
     r"|(?:arrived|arriving|came|brought in) with (?:[\w-]+ ){0,3}?(?:injuries|wounds|burns)"
     r"|(?:evacuated|airlifted|taken|flown|transferred|rushed)(?: to [\w’'-]+(?: [\w’'-]+){0,3})? with (?:\w+ )?"
     r"(?:injuries|wounds|burns)"
     r"|hit by (?:a )?(?:stray )?(?:bullets?|shrapnel|gunfire|a bullet)"
     # (a hospital named by up to three words: "were treated at Mandalay General Hospital"; not the sick)
     r"|(?:being |been )?treated (?:in|at) (?:[\w’'-]+ ){0,3}?hospitals?\b(?! for (?:[\w-]+ )?(?:cholera|measles"
     r"|dengue|malaria|diarrh|covid|malnutrition|fever|dehydrat|snake|dog))"
     r"|(?:being |been )?treated (?:in|at) (?:[\w’'-]+ ){1,4}?(?:medical|health|trauma) cent(?:er|re)s?"
     # (a named hospital, then the hurts: "treated at Rhodes General Hospital for minor injuries")
     r"|treated (?:in|at) (?:[\w’'-]+ ){1,4}?(?:hospital|clinic) for (?:minor |light |serious )?"
     r"(?:injuries|wounds|burns)"
     r"|(?:receiving|undergoing|received|sought|seeking|needed|needing|required|requiring) (?:medical )?treatment"
     r"(?![^.;]{0,80}\b(?:cholera|measles|dengue|malaria|covid|diarrh|malnutrition|malnourish))"
     # smoke and burns from fires: "18 treated for smoke", "eight people assisted for smoke inhalation"
     r"|(?:(?:were|was|have been|had been|being) )?(?:treated|hospitali[sz]ed|assisted|admitted|taken to hospital)"
     # (and harm from the cold or a generator after a storm: "27 treated for carbon monoxide poisoning")
     r" (?:for|with) (?:smoke(?: inhalation)?|burns|respiratory (?:problems|difficulties)|carbon monoxide"
     r"|co poisoning|hypothermia|frostbite)\b"
     r"|(?:suffered|suffering|suffer) (?:from )?smoke inhalation"
     # the Nigerian press's ward: "99 people are still on admission with burns"
     r"|on admission\b"
     r"|lost (?:a|an|one|both|his|her|their) (?:legs?|arms?|limbs?|eyes?|hands?|feet|foot)|amputees?"
     r"|treated (?:on board |at the scene |on site |on the spot )?for (?:[\w-]+ ){0,3}?(?:injuries|wounds|burns"
     r"|inhalation|fractures?|cuts|bruises|lacerations|broken (?:bones|limbs|legs?|arms?|ribs)|concussions?"
     r"|fractured [a-z]+)"
     r"|in (?:a )?(?:critical|serious|grave|stable) conditions?"
     r"|(?:beaten|attacked|assaulted|stabbed|shot|hit)(?: up)? and (?:injured|wounded|hurt)"
     r"|grazed by (?:a |stray )?(?:bullets?|shrapnel|gunfire|pellets?)"  # ("Two officers were grazed by bullets")
     # those still in care after an attack: "Fifty-three others were being treated" (not "for cholera")
     r"|treated for (?:smoke inhalation|breathing (?:problems|difficulties)|respiratory (?:problems|distress))"
     r"|(?:(?<=being\s)|(?<=been\s))treated\b"
     r"(?! for (?!(?:their |his |her )?(?:injur|wound|burn|gunshot|fracture))[a-z])"
     r"(?! and discharged)(?![^.;]{0,80}\b(?:cholera|measles|dengue|malaria|covid|diarrh|dehydrat|blisters"
     r"|heat exhaus))",
     Kind.INJURED),
    (r"(?-i:MIA)\b|missing in action|(?:went |gone |go |goes |going |as |considered |presumed |declared |listed as )?"
     # (still missing when presumed dead: "540 people who are missing and presumed drowned")
     r"missing(?:,? (?:and )?(?:presumed|feared|believed) (?:dead|drowned|killed))?|unaccounted for|disappeared"
     # (the aux words take "feared": "Between 90 and 150 people are feared buried")
     r"|(?:(?<=\bfeared\s)|(?<=\bbelieved\s)|(?<=\bpresumed\s))buried\b(?! alive)"
     # ("feared lost at sea")
     r"|(?:(?<=\bfeared\s)|(?<=\bbelieved\s)|(?<=\bpresumed\s))lost\b(?= at sea| in the| under)"
     r"|among (?:those|the) missing"
     r"|among (?:those|the people|the \w+) (?:who|that) (?:disappeared|went missing|are missing|remain missing"
     r"|were missing|vanished)"  # ("14 women and nine children were among those who disappeared")
     r"|(?:remain|remained|remains|still|are|were) untraced|untraceable|(?<=still\x20)untraced"
     r"|swept away (?:and|,) (?:are |were |remain |remained )?(?:missing|unaccounted for)"
     # ... the river between: "A 14-year-old boy swept away by the Nakhu River remains missing"
     r"|(?:swept|washed|carried) away (?:by|in) (?:the )?(?:[\w'’-]+ ){0,4}?"
     r"(?:(?:remains?|remained|(?:is|are|was|were) still) (?:missing|unaccounted for)"
     r"|(?:has|have|had) (?:still )?not (?:yet )?been (?:found|located|traced))"
     r"|(?:has|have|had) (?:still )?not (?:yet )?(?:returned|been found|been located|been traced)"
     r"|(?<=not\s)(?:yet\s+)?(?:found|located|traced)\b(?!\s+(?:dead|alive|safe|guilty))"
     # not seen since they were taken or lost: "at least 110 people who handed themselves over have not been seen since"
     r"|(?:(?<=not\sbeen\s)|(?<=never\sbeen\s)|(?<=not\s)|(?<=never\s))(?:seen|heard from) (?:since|again)\b"
     r"|(?:(?<=not\sbeen\s)|(?<=never\sbeen\s))heard from(?=\s*[,.;]|\s+(?:and|but|since)\b)"
     r"|(?<=not\s)accounted for|(?<=not\sbeen\s)accounted for|(?<=not\syet\sbeen\s)accounted for"
     r"|(?:yet|still) to be (?:accounted for|found|located|traced)"
     # feared under the debris: "over 300 feared buried"
     r"|feared (?:buried|trapped|swept away)"
     r"|(?:(?<=believed\sto\sbe\s)|(?<=thought\sto\sbe\s)|(?<=presumed\sto\sbe\s)|(?<=believed\s)"
     r"|(?<=presumed\s)|(?<=remain\s)|(?<=remains\s)|(?<=remained\s)|(?<=still\s))buried"
     # still sought, or never found: "are still being searched for", "was never found"
     r"|(?:still )?being (?:searched for|sought)|searched for\b(?!\s+\d)"
     r"|never (?:been )?(?:found|located|traced)\b(?!\s+(?:dead|alive|guilty))"
     # (with its auxiliary: "including two children swept away by a river" are among the dead counted)
     r"|(?:(?<=were\s)|(?<=was\s)|(?<=been\s))swept away by (?:the )?(?:[\w-]+ ){0,2}?(?:river|waters?|floods?"
     r"|floodwaters|currents?|torrents?|waves?|sea)\b"
     # "more than 1,000 on missing list", "29 people remained on the county's list of missing persons"
     r"|on (?:the |a )?(?:[\w’'-]+['’]s )?(?:list of (?:the )?missing|missing(?: persons?)? list)",
     Kind.MISSING),
    (r"evacuated|evacuate|evacuating|(?:ordered|told|asked|forced|made) to evacuate"
     r"|(?:ordered|told|asked|instructed) to (?:leave|move|relocate)\b(?! for\b)|(?<=were\s)ordered out\b"
     r"|(?:(?:being )?served )?outside (?:ecs|evacuation cent(?:er|re)s)"
     r"|(?:have|has|had|need|needs) to be (?:moved|relocated|evacuated)"
     r"|(?:(?<=need\sto\sbe\s)|(?<=needs\sto\sbe\s))(?:moved|evacuated)\b"
     # moved away from the coast or the river: "About 1,200 residents moved inland"
     r"|(?:mov(?:e|ed|ing)|relocat(?:e|ed|ing)|shift(?:ed|ing)?) inland\b"
     # (a headline's bare count too: "31,000 under evacuation orders")
     r"|(?:(?:remain|remained|remains|remaining|placed|put|are|were|been|is|was)(?: now| still)? |(?<=\d\s))"
     r"under (?:an? )?"
     r"(?:mandatory |compulsory |voluntary )?(?:evacuation (?:orders?|notices?)"
     r"|(?:level|stage) \d (?:evacuation )?"
     r"(?:orders?|notices?))"
     r"|(?:ordered|told|asked|advised|urged|instructed) to (?:leave|vacate) (?:their |the )?(?:homes?|houses?|area"
     r"|villages?)"
     r"|ordered (?:out|to evacuate)\b"  # (a headline's: "Kincade Fire: 180,000 ordered out")
     # a way of going there, told by its verb: "3,000 residents climbed to higher ground", "scrambled to safety"
     # (not "swam to safety": survivors of a sinking, no evacuation)
     r"|(?:climbed|climbing|scrambled|scrambling|clambered|rushed|rushing|raced|hurried|waded|retreated)"
     r" (?:up |back )?(?:in)?to (?:safety|higher ground|safer (?:ground|areas?|places?))\b"
     # helped away, not fleeing alone: "1,775 people had been taken out of Vovchansk", "214 people had left the
     # island with the help of police" (not out of the rubble, where the rescued come from)
     r"|(?:taken |(?<=\btaken\s))out\b(?! alive)(?! of (?:the |their |his |her )?(?:rubble|debris|water|river|sea"
     r"|mud|wreckage|ruins|mine|collapsed|bus|car|vehicles?|boat|train|building|houses?|homes?)\b)"  # (nor seized)
     r"|(?:left|leaving) (?:[\w’'-]+ ){0,4}?with (?:the )?help (?:of|from)"
     r"|(?:left|leaving) (?:[\w’'-]+ ){0,4}?with (?:official|state|government) (?:help|assistance)\b"
     r"|(?:(?:taken|ferried|carried) |(?<=\btaken\s))(?:away )?by (?:boat|boats|helicopter|helicopters|canoe|canoes"
     r"|ferry|ferries|bus"
     r"|buses|truck|trucks|air)\b"
     r"|flown out|airlifted|moved out|(?:in)?to (?:safety|safer? (?:ground|areas?"
     r"|places?|locations?)|higher ground)|(?:into|to) (?:[\w’',.-]+ ){0,2}?evacuation (?:centres?|centers?"
     r"|shelters?|sites?)|(?:mov(?:e|ed|ing)|relocat(?:e|ed|ing)|shift(?:ed|ing)?|taken|brought|forced|transferred)"
     r"(?: (?:to|into) (?:safety|safer? (?:ground|areas?|places?|locations?)|higher ground"
     r"|(?:[\w’',.-]+ ){0,2}?(?:evacuation|cyclone|welfare) (?:centres?|centers?|shelters?|sites?)))"
     # "2,300 people have registered with the city as evacuees"
     r"|registered (?:with (?:[\w’'-]+ ){1,4}?)?as evacuees", Kind.EVACUATED),
    (r"(?:(?:living|staying|residing|sheltering|sheltered|housed|accommodated|lodged|move|moves|moved|taken|put"
     r"|placed|shifted|arrived|arriving|relocated|protected)(?: temporarily)?)?"
     r"\s*(?:in|into|at|to)\s+"
     r"(?:" + _NOT_RECEIVED + r"[\w’',.-]+\s+){0,3}?(?:evacuation|emergency|temporary|collective|relief|displacement"
     r"|transit|idp|safety|care"
     r"|community|communal"
     # (not the zone a flood or a cyclone covers: "17,000 people remain in the flood zone")
     r"|accommodation|reception|flood(?!\s+zones?\b)|cyclone(?!\s+zones?\b)|welfare)\s+"
     r"(?:camps?|shelters?|centres?|centers?|sites?|hotels?|facilities|locations?|zones?|lodgings?)"
     # the Philippine abbreviation, counted: "10,240 evacuees in 206 ECs", "8,911 evacuees / 171 ECs"
     r"|\s*(?:in|at|inside|/)\s*(?:\d[\d,]*\s+)?ecs\b"
     # a bulletin's bare participle: "1,270 persons housed", "Persons accommodated: 1,042"
     r"|(?<=\s)(?:housed|accommodated)(?=\s*(?:(?:overnight|temporarily|there)\s*)?(?:[.,;]|$|in\b|at\b))"
     # sheltering, the sentence ending there or a time after it: "some 11,500 are now sheltering", "where 2,000 had
     # been sheltering", "1,150 people were sheltering on Tuesday night"
     r"|sheltering(?=\s*(?:[.;]|$|there\b|nearby\b|overnight\b|(?:on|last|this|by) (?:monday|tuesday|wednesday"
     r"|thursday|friday|saturday|sunday|night|evening|morning|afternoon)\b))"
     # squatting in a building: "some 300 people are squatting in an unfinished church building"
     r"|squatting (?:in|at) (?:[\w’',.-]+\s+){0,4}?(?:buildings?|schools?|churches|church|halls?|warehouses?|sites?"
     r"|camps?|stadiums?|premises)\b"
     # sheltered in the passive, wherever: "650 people were sheltered at the sports pavilion"
     r"|(?:were|are|was|is|been|being)\s+(?:temporarily\s+|now\s+|currently\s+|still\s+)?sheltered\b(?!\s+from\b)"
     # lodged where people do not live: "4,100 are lodged in schools and public buildings"
     r"|(?:lodged|housed|accommodated|sheltering|sheltered|taking shelter|taken shelter|took shelter)\s+"
     r"(?:temporarily\s+)?in\s+(?:[\w’',.-]+\s+){0,3}?(?:schools?|classrooms|public buildings|government buildings"
     r"|churches|mosques?|temples?|stadiums?|sports halls?|barracks)\b"
     r"|(?:staying|sheltering|sheltered|housed|rehoused|accommodated|hosted|living|sleeping|slept|placed|registered)"
     r"(?:\s+temporarily)?\s+(?:in|at|into|inside)\s+(?!the open\b)"
     r"(?:[\w’',.-]+\s+){0,6}?"  # (a site named at length: "the Nuestra Señora de las Mercedes school")
     r"(?:camps?|shelters?|centres?|centers?|sites?|facilities|installations|premises|tents|schools?|churches|church"
     r"|mosques?|buildings"
     r"|coliseums?|arenas?|auditoriums?|warehouses?|dormitor(?:y|ies)|(?:container|tent) (?:settlements?|cities|camps?)"
     r"|missions?|reception areas?"
     r"|ecs"
     r"|(?:evacuation )?posts|evacuation points|classrooms"
     r"|(?:community |village |town )?halls?|gymnasiums?|gyms?|stadiums?|hotels?|pavilions?|headquarters"
     r"|accommodation)\b"
     # checking into a shelter: "About 1,400 people had checked into nine county shelters"
     r"|checked (?:in)?to (?:[\w’'-]+\s+){0,3}?(?:shelters?|evacuation (?:centres?|centers?))\b"
     r"|forced into (?:[\w’'-]+ ){0,2}?(?:shelters?|camps?)"  # ("17,000 residents had been forced into 100 shelters")
     r"|(?:settled|settling) (?:in|at|on) (?:[\w’',.-]+\s+){0,3}?(?:sites?|camps?|settlements?|shelters?)"
     r"|(?:staying|living|remain|remains|remained|remaining|sleeping) in tents"
     r"|(?:living|staying|housed|sheltering) in (?:[\w-]+ )?containers\b"  # ("215,000 are living in containers")
     r"|(?:living|staying|sleeping|sheltering) under (?:makeshift |plastic |tarpaulin |temporary |improvised )?"
     r"(?:shelters?|tarpaulins?|sheeting|plastic sheets?|tents?)\b"
     # (nights named: "about 150 residents spent Saturday and Sunday nights at a county shelter"; a headline's
     # present: "180 spend night in shelter")
     r"|(?:sp(?:e|a)nt|spend|spends|spending) (?:[\w-]+ ){0,3}?(?:nights?|weekend)(?: since [\w ]{1,30}?)? "
     r"(?:in(?! the open\b)|at|on(?! (?:the )?(?:roofs?|rooftops?|trees?)\b))\b"
     r"|sleeping on (?:[\w-]+ ){0,2}?(?:floors?|camp beds|mattresses|mats)\b"
     r"|(?:camping|camped|camp) (?:out )?(?:in|at) (?:[\w’',.-]+\s+){0,4}?(?:schools?|churches|mosques|stadiums?"
     r"|buildings|sites?|tents|showgrounds?|compounds?|missions?|bases?|headquarters|premises|grounds)\b"
     r"|settled in (?:[\w’',.-]+\s+){0,3}?(?:churches|schools?|mosques?|camps?|sites?|shelters?|tents|halls?)\b"
     r"|(?<=\sremain\s)camped\b|(?<=\sremained\s)camped\b|(?<=\sare\sstill\s)camped\b"
     # "about 1,200 have crowded into churches and a school"
     r"|(?:crowded|crowding|crowd|crammed|cram|squeezed) into (?:[\w’',.-]+\s+){0,4}?(?:schools?|churches|mosques?"
     r"|stadiums?|buildings|sites?|tents|shelters?|camps?|halls?|classrooms|centres|centers"
     r"|evacuation (?:centre|center))\b"  # (not a site's crowd: "crammed into a transit centre built for 300")
     r"|(?:remain|remained|remains|staying|living) in (?:temporary|emergency|transitional) (?:accommodation|housing)"
     # prefabricated shelter: "690,000 people are still living in container homes"
     r"|(?:remain|remained|remains|staying|living|housed|sheltered) in (?:shipping )?(?:containers?|prefabs?"
     r"|(?:container|prefabricated|prefab|modular) (?:homes|houses|housing|units|towns|cities|settlements))"
     r"|(?:living|staying|sheltering|sheltered|housed|accommodated|moved|taken|relocated|shifted)?\s*(?:in|into|at|to)\s+"
     r"(?!need\b)(?!the open\b)"
     r"(?:" + _NOT_RECEIVED + r"[\w’',.-]+\s+){0,3}?(?:camps|shelters?|tents|hotels and (?:emergency )?shelters"
     r"|gymnasiums?"
     r"|(?:community |village )?halls?|churches|mosques?)"
     r"|(?:moved|taken|brought|relocated|housed|accommodated|shifted|transferred|lodged)\s+(?:in)?to\s+"
     r"(?:[\w’',.-]+\s+){0,4}?(?:schools?|churches"
     r"|mosques?|gymnasiums?|(?:community |village |town )?halls?|stadiums?|(?:container|tent) (?:settlements?|cities)"
     r"|(?:spontaneous |informal |makeshift )settlements?)"
     # (a night named between: "312 people stayed overnight Tuesday at its cold-weather shelters")
     r"|(?:(?:stayed|stay|stays|staying|remained|remaining|remain|still|now|sheltered|sheltering|spent)\s+)+"
     r"(?:(?:overnight|the night|last night|[a-z]+day night)\s+(?:(?:on\s+)?[a-z]+day\s+)?)?(?<!spent\s)(?:in|at)\s+"
     r"(?:[\w’',.-]+\s+){0,4}?(?:camps?|shelters?|(?:evacuation )?(?:centres|centers|sites|posts)"
     r"|evacuation (?:centre|center|site)|sports complex(?:es)?|covered courts?|relief (?:centres|centers)"
     r"|rest (?:centres?|centers?)|schools?|churches"
     r"|mosques?|gymnasiums?|halls?|monaster(?:y|ies)|temples?|pagodas?|convents?)"
     r"|(?:continue|continues|continued|continuing) to (?:shelter|take shelter|seek shelter)\b"
     # South Asian English for staying: "14 families are putting up at the zilla parishad school"
     r"|(?:putting|put) up (?:at|in) (?:[\w’',.-]+\s+){0,4}?(?:camps?|shelters?|schools?|churches|temples?|mosques?"
     r"|hotels?|hostels?|guest ?houses?"
     r"|halls?|(?:relief |evacuation )?(?:centres?|centers?)|buildings?|madrasas?|offices?)\b"
     # where they are, by the kind of site, however many: "1,850 people in emergency accommodation", "76,884 are in
     # public shelters", "289,071 persons are inside 404 evacuation centers", "were put up in 31 relief camps"
     r"|(?:put up )?(?:in|inside|at)\s+(?:\d[\d,]*\s+)?(?:" + _NOT_RECEIVED + r"[\w’'-]+\s+){0,2}?"
     r"(?:public|emergency|temporary|government"
     r"|collective|evacuation|relief|safety|safe|transit|idp|un|u\.n\.)\s+(?:shelters?|centres?|centers?|accommodation"
     r"|housing|camps?|sites?|locations?|zones?|bases?|posts?)\b"
     r"|(?:sheltering|sheltered|staying|living) (?:in|at) (?:[\w’'.-]+\s+){0,3}?bases?\b"
     # refuge taken in a building is shelter: "over 2,000 are taking refuge in church premises", "sheltering in
     # five monastery compounds" (the displaced family's finer kind)
     r"|(?:sheltering|(?:taking|taken|took|sought|seeking|found) refuge) (?:in|at|inside) (?:[\w’'.-]+\s+){0,3}?"
     r"(?:churche?s?|cathedrals?|chapels?|premises|schools?|mosques?|monaster(?:y|ies)|compounds?"
     r"|temples?|pagodas?|halls?|stadiums?|coliseums?|arenas?|auditoriums?|pavilions?"
     r"|gymnasiums?|(?:evacuation |relief )(?:posts?|points?|centres?|centers?|sites?|shelters?))\b"
     r"(?![^.;]{0,40}\b(?:were|are|was|is|remain|remained) (?:still )?trapped\b)"  # (held there)
     r"|in \d[\d,]* (?:evacuation |relief |temporary )?(?:centres|centers)\b"
     # the Philippine count of evacuees: inside evacuation centres ("ECs"), and outside them in the next kind
     r"|(?:being )?served (?:inside|in) (?:\d[\d,]* )?(?:ecs|evacuation cent(?:er|re)s)"
     # shelter taken anywhere is a shelter ("taken shelter in public buildings"); refuge, a flight
     r"|(?:sought|seek|seeking|took|taken|taking|take|takes|found)\s+(?:temporary\s+|emergency\s+)?shelter\s+"
     r"(?:in|at|with)\b"
     r"|(?:taking|took|taken|take|takes|found|find|finds|finding) (?:temporary )?shelter\b(?! (?:in|at|with)\b)"
     r"|(?:sought|seek|seeking) shelter\b"
     # (a row's bare count of those in displacement sites: "24,310 displaced, 16,405 in sites")
     r"|(?<=\d\x20)in (?:displacement |idp |evacuation )?sites\b(?=\s*(?:[,;.]|$))"
     r"|(?:provided|given) (?:with )?(?:emergency |temporary )?shelter\b"
     r"|(?:sought|seek|seeking|took|take|taken|taking|found)\s+(?:refuge|shelter|protection)\s+(?:in|at)\s+"
     r"(?:[\w’',.-]+\s+){0,4}?(?:camps?|shelters?|centres?|centers?|sites?|schools?|churches|mosques"
     r"|compounds?|missions?|bases?|showgrounds?|stadiums?|monasteries|hotels?|resorts?|halls?|gymnasiums?|gyms?"
     r"|evacuation points?)\b"
     # a headline's present: "some 30,000 shelter at Catholic mission"
     r"|shelter (?:at|in) (?:[\w’',.-]+\s+){0,3}?(?:camps?|schools?|churches|church|mosques?|compounds?|missions?"
     r"|bases?|stadiums?|monaster(?:y|ies)|cathedrals?|(?:evacuation|relief) cent(?:re|er)s?)"
     # a night in a shelter: "700 persons have passed the night in the municipal pavilion"
     # gone to a shelter: "about 90 people went to an evacuation centre"
     r"|(?:went|go|going|headed|moved|made their way) (?:in)?to (?:an? |the |one of (?:the )?|\d+ |several )?"
     r"(?:[\w’'-]+ ){0,2}?(?:evacuation|relief|emergency) (?:cent(?:re|er)s?|shelters?|sites?)\b"
     r"|(?:spent|passed) the night (?:of (?:\d{1,2} [a-z]+|[a-z]+ \d{1,2}(?:st|nd|rd|th)?) )?(?:in|at)"
     r" (?:[\w’'-]+ ){0,3}?"
     r"(?:shelters?|pavilions?|gyms?|gymnasiums?|sports halls?"
     r"|(?:evacuation|relief|sports|community|civic) cent(?:re|er)s?)\b"
     # (bare, the shelter named before it: "an evacuation center ..., where 312 people spent the night")
     r"|(?:spent|stayed|slept) (?:the|last|[a-z]+day|overnight) night(?=\s*(?:[.;]|$|, (?:officials|the|according)))"
     r"|(?:stayed|slept|bedded down) overnight(?=\s*(?:[.;]|$))"
     r"|(?:stayed overnight|bedded down) (?:in|at) (?:[\w’'-]+ ){0,3}?"
     r"(?:shelters?|pavilions?|gyms?|gymnasiums?|sports halls?"
     r"|(?:community|civic|town|church|village) halls?"
     r"|(?:evacuation|relief|sports|community|civic) cent(?:re|er)s?)\b"
     r"|desabrigad[oa]s\b",  # ("2,847 are desabrigados": in public shelters)
     Kind.SHELTERED),
    (r"the (?:total )?number of (?:[\w-]+ ){0,2}?(?:killed|dead|deaths|homicides|murders|fatalities)"
     # (after a copula only: not the toll a speaker gives, "A UN official in Kabul said the death toll ...")
     r"|(?<!said\x20)(?<!says\x20)(?<!told\x20)the (?:death|casualty) toll", Kind.KILLED),
    (r"the (?:total )?number of (?:people |persons |individuals )?(?:newly )?(?:internally )?(?:displaced|idps"
     r"|refugees|arrivals|asylum seekers)",
     Kind.DISPLACED),
    (r"forced to return|crossed back|return(?:ed|s|ing)? (?:from|to|home)" + _NO_TRIP
     + r"|(?:have |has |had )?c[oa]me back"
     r"|(?<=\s)(?:were|are|was|is|now) back (?:home\b|in their (?:homes|houses|villages))"  # ("were back home")
     r"|coming (?:back|home)"
     r"|(?:have |has |had )?gone back\b|going back\b|(?:packed up and )?gone home\b|(?:forcibly )?deported\b"
    r"|stream(?:s|ed|ing)? back\b|cross(?:es|ing)? back\b"
     # sent home, the verb before the count: "sent more than 150,000 displaced people back to their home towns"
     r"|(?<=\s)back to (?:their )?(?:home (?:towns?|villages?|areas?|communities)|homes?|villages? of origin"
     r"|(?:areas?|places?) of origin)|(?<=\s)back to (?:their|his|her) (?:own )?(?:areas|neighbou?rhoods|lands?)\b"
     r"|(?<=to\x20)go back\b"  # ("have begun to go back")
     r"|(?:displaced|uprooted) (?:by|during|in|since|from) [^.;:,]{1,60}? (?:have |has |had )?(?:returned|went back"
     r"|came back)"
     r"|left (?:[\w’'-]+ ){0,3}?(?:camps?|sites?|settlements?|centres?|centers?) (?:for|to) (?:their )?"
     r"(?:areas?|places?|villages?|homes?|towns?) of origin"
     r"|(?:forced to )?mov(?:e|ed|ing) back|returning\b" + _NO_TRIP + r"|allowed (?:to return|back)\b"
     # let or able to go home: "4,500 people were allowed to go home", "had been able to return home"
     r"|(?:allowed|able|permitted|cleared) to (?:return|go (?:back|home)|head (?:back|home))\b"
     r"(?! (?:after|following) (?:treatment|being treated)| from (?:the )?hospital)"  # (discharged, not returned)
     # (the auxiliary took the "expected to" before it: "2,000 families are expected to return")
     r"|(?<=to\x20)return\b"
     # leaving the sites to go home: "110,000 people left the sites around Goma to return to Masisi"
     r"|(?:left|leave|leaves|leaving) (?:the )?(?:[\w’'-]+ ){0,8}?to (?:return|go (?:back|home))\b"
     # the emergency over, going home from the shelters: "3,200 families began leaving evacuation centers"
     r"|(?:left|leave|leaves|leaving|go home from|went home from|going home from) (?:the )?(?:[\w’'-]+ ){0,2}?"
     r"(?:evacuation|relief) (?:centres?|centers?|camps?|shelters?|sites?)\b"
     # a return begun, or foreseen: "had begun returning home", "could return by the end of the year"
     r"|(?:begun|began|begin|started|start) (?:to return|returning)\b"
     # "half a million evacuees began trickling back to their homes"
     r"|(?:(?:begun|began|begin|started|start|have been|are|were)\s+)?(?:trickling|drifting|streaming|flocking) back\b"
     r"|(?:could|would|will|may|might|can|to|expected to|likely to) return\b"
     # a crossing back: "have crossed from the south back to northern Gaza"
     r"|(?:crossed|moved|travelled|traveled|walked|went|headed|trekked) (?:from [\w’' -]{1,40}? )?back (?:to|into"
     r"|home|across)\b"
     # who a count of arrivals is: "1,106 are South Sudanese returnees"
     r"|(?<=are\s)(?:(?-i:[A-Z])[\w-]+ ){0,2}returnees\b"
     # ... or who are going home: "some 5,000 are Egyptians returning home"
     r"|(?<=are\s)(?:(?-i:[A-Z])[\w-]+ ){1,2}(?:returning|going|heading) (?:home|back)\b", Kind.RETURNED),
    (r"(?<=are\s)(?:(?-i:[A-Z])[\w-]+ ){0,2}(?:refugees|asylum[ -]seekers)\b"  # "736 are Sudanese refugees"
     # refugees on a host country's register: "3,114,099 Syrians are registered under temporary protection"
     r"|(?:(?:currently|still|now) )?(?:registered )?(?:for|under) (?:temporary|international|subsidiary) protection"
     r"|(?:re-?)?displaced|fled|flee|flees|fleeing|\s?ee(?=\s+(?:their|from|the|to)\b)"  # ("were re-displaced")
     r"|desalojad[oa]s\b"  # (Brazil's civil defence word, kept in English: "9,312 people are desalojados")
     r"|among (?:those|the people|the \w+) who (?:had |have )?(?:fled|been displaced|were displaced)"
     r"|out of (?:their|his|her) (?:homes?|houses)\b"
     # (still gone: "6,118 households remain away from their homes")
     r"|(?:remain|remains|remained|remaining|still|stay|stays|stayed|staying|living|live|lives) away from (?:their"
     r"|his|her) (?:homes?|houses?|villages?)\b"
     r"|(?:will|could|may|might|would|to|expected to) cross (?:from|into|over|the border)\b"
     r"|forced (?:to (?:fl)?ee|from|out|to leave|to move|to relocate|to cross)"
     r"|(?:(?:to )?leave|leaving) (?:their|the|his|her) (?:homes?|towns?|city|area"
     r"|villages?|region|country)|from (?:their |his |her )?homes"
     r"|left (?:for (?:the )?)?(?:(?:northern|southern|eastern|western|central|north|south|east|west) )?"
     r"(?!homeless\b|dead\b|injured\b|stranded\b)(?:(?:al|el|ad|ar|as|an|ash|at|az)-)?(?-i:[A-Z])\w+"  # (a headline's
     # capitals: "400 Left Homeless"; an Arabic article before the name: "left al-Hawasha")
     r"|left (?:for )?the (?:[\w’'-]+ ){0,3}?(?:towns?|city|cities|area|areas|villages?|region|district|country|capital"
     r"|port|island|islands|coast|valley"
     r"|camps?|zone|front ?line|localities|communities|neighbourhoods?|neighborhoods?)\b"
     r"|mov(?:ed|ing) (?:to|towards) (?-i:[A-Z])\w+|(?:walked|trekked) (?:to|towards) (?-i:[A-Z])\w+"
     r"|(?:could|would|may|might|will|to) leave (?-i:[A-Z])\w+"
     r"|(?:could|would|may|might|will|must|to) leave (?:their |the )?(?:[\w’'-]+ ){0,2}?(?:villages?|towns?|homes?"
     r"|districts?|communities|islands?)\b"
     r"|(?:shifted|moved) (?:out )?(?:from|out of) (?:the|their) (?:area|village|villages|homes?|town|district)\b"
     r"|moved (?:away )?from (?-i:[A-Z])\w+|moved from the (?:north|south|east|west)\b"
     r"|arrived (?:in|at) (?:[\w’'-]+ ){1,3}?(?:after|having) (?:fleeing|fled)"
     r"|arrived (?:in|at) (?:[\w’'-]+ ){0,2}?(?:idp|displacement) (?:sites|camps)"
     r"|uprooted|evicted|left their (?:[\w-]+ )?homes?"
     # refugees abroad, a standing count: "some 2.3 million South Sudanese live as refugees in neighbouring countries"
     r"|(?:live|lived|living|remain|remained) (?:as|in exile as) refugees"
     r"|left (?:damaged|destroyed|flooded|collapsed|unsafe) (?:homes|houses)"  # ("have left damaged homes")
     # fled into the wild: "hundreds of people ran into the bush", "thousands are hiding in the forest"
     r"|(?:ran|run|running|escaped) (?:in)?to the (?:bush|forests?|hills|mountains|jungle)\b"
     r"|hiding in the (?:bush|forests?|hills|mountains|jungle)\b"
     r"|(?:have |has |had )?(?:since )?abandoned (?-i:[A-Z])\w+"  # ("1,200 residents have since abandoned Ldaoutsaf")
     r"|packed (?:up )?(?:their |his |her )?(?:belongings |bags |things )?and (?:left|fled)\b"
     r"|(?:forced to )?abandon(?:ed)? their (?:homes?|houses?|villages?|towns?|lands?|farms?|fields|territor(?:y|ies)"
     r"|communit(?:y|ies))"
     # (a bare "escaped" is as often from captors: "two of the hostages escaped")
     r"|escaped (?:from|to|into|across|over)|escaped the (?:fighting|violence|attacks?|clashes|bombing|shelling|war"
     r"|floods?|fire)"
     r"|(?:who |that )?(?:experienced|suffered) (?:\w+ )?displacement|living in (?:internal )?displacement"
     r"|victims of (?:\w+ )?displacement|(?:still )?unable to return (?:to their (?:homes?|villages?|areas?)|home)"
     r"|(?:hosted|taken in) by (?:relatives|friends|host famil(?:y|ies)|families)"
     r"|(?:have|has|had|need|needs) to (?:leave|flee)\b"
     r"|(?:(?<=\bhad\sto\s)|(?<=\bhave\sto\s)|(?<=\bhas\sto\s))(?:leave|flee)\b"  # (the auxiliaries took "have had to")
     r"|(?:(?<=need\sto\sbe\s)|(?<=needs\sto\sbe\s))relocated\b"
     r"|(?:(?<=\bbe\x20)|(?<=\bbeen\x20)|(?<=\bbeing\x20)|(?<=\bwere\x20))resettled\b"
     r"|crossed (?:into|over|from|at|through|via|border\b|the (?:[\w’'-]+ ){0,2}?(?:border|river|frontier|channel|sea"
     r"|strait|mediterranean|jungle|gap|desert)|lake"
     r"|(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?-i:[A-ZÀ-Þ])\w+)"
     # (not in a relative clause: "about 1,200 who had crossed on April 11 had already gone back")
     r"|(?<!who\s)(?<!who\shad\s)(?<!who\shave\s)(?:(?:have|has|had) crossed\b(?! back)"
     r"|crossed(?= (?:on|overnight|yesterday|today|this|last|during|since|in the past|in recent)\b|\s*[.;,]))"
     # moved out of harm's way: "3,460 refugees (1,020 households) were moved", "1,800 people moved to the shelter"
     r"|(?:were|was|have been|had been|has been|have|has|had) moved\b(?! (?:on|forward|ahead|up|down|by)\b)"
     r"(?! (?:to|into) (?:the |a )?(?:safe|safer|higher|evacuation|shelter|camp|school"
     r"|(?:emergency|temporary|relief) (?:shelter|centre|center)))"
     r"|moved (?:to|into) (?:the |a |an )?(?:[\w’'-]+ )?(?:shelters?|camps?|schools?|safer|higher|evacuation)"
     r"|(?:are|were|is|was) (?:considered|estimated to be|thought to be|believed to be|now) (?:internally )?displaced"
     r"|on the move\b|flee (?:to|from|into|across)\b"
     r"|driven (?:from|out)|sought (?:refuge|shelter|safety)|seek (?:refuge|shelter|safety)"
     # asylum abroad: "48 have sought asylum in Mexico"
     r"|(?:sought|seeking|seek) asylum"
     r"|(?:took|take|takes|taken|taking) (?:temporary |safe )?(?:refuge|shelter)"
     # with people who took them in: "moved to relatives' homes", "staying with host families"
     r"|(?:moved|moving|went|gone) (?:in )?(?:to|with) (?:relatives|friends|host famil(?:y|ies))"
     # ("1,456 families are with relatives": staying there, as bulletins say it; not "were with friends")
     r"|(?:(?<=are\s)|(?<=were\s)|(?<=remain\s))with (?:(?:their )?relatives|host famil(?:y|ies))"
     # a night away: "six residents spent the night with relatives", "900 residents spent Saturday night away from home"
     r"|sp(?:e|a)nt (?:the|last|[a-z]+day) night (?:with (?:(?:their )?relatives|(?:their )?friends|neighbours"
     r"|neighbors)|away from (?:their )?homes?)"
     r"|(?:staying|living|sheltering|(?:forced|had|obliged) to stay) with (?:(?:their )?relatives"
     r"|(?:their )?friends|host famil(?:y|ies)"
     r"|host communit(?:y|ies)"
     r"|(?:their )?famil(?:y|ies)(?: and friends)?)|staying in private homes"
     # arrivals and border crossings: the people counted have moved ("42,000 people arrived in Poland")
     r"|arrived|arriving|arrive|arrives|entered (?:from|the country|into|(?-i:[A-Z])\w+)"
     r"|(?:entering|crossing) (?:from|the country|into)\b|left (?:each|every|per) day|left daily"
     # a flow told bare: "about 16,000 people crossing, most on foot", "about 43,000 people moved, according to
     # OCHA", "50,000 of them had left by the evening"
     # (people crossing, not a crossing point; people who moved, not people to be moved: that is evacuation)
     r"|(?:(?<=people\s)|(?<=persons\s)|(?<=refugees\s)|(?<=individuals\s)|(?<=migrants\s))crossing(?=\s*[,.;])"
     r"|(?<!who\s)(?<!\bbe\s)(?<!being\s)(?<!been\s)moved"
     r"(?=\s*[,.;]|\s+(?:in|within|over|during)\s+(?:the\s+)?(?:last|past)\b)"
     r"|left(?= by the (?:evening|morning|afternoon|night|end of the day)\b| overnight\b)"
     r"|entering (?-i:[A-Z])\w+|crossing (?:at|through|via) (?:the |these |this )?(?:border|points?|crossings?)\b"
     r"|(?:pushed|forced|driven) out of\b|(?:still )?unable to go (?:back|home)\b"
     r"|among the (?:newly |recently |internally )?displaced\b"
     r"|entered (?:the )?(?:[\w’'-]+ ){0,3}?(?:country|town|city|territory|camps?|district|region|state|province|area)"
     r"|reached (?:the (?:[\w’'-]+ ){0,2}?(?:town|city|village|camps?|border|capital|outskirts|country|area|region"
     r"|islands?|coast|shores?|archipelago|mainland|port"
     r"|district|province|sites?|settlements?)\b|safety"
     r"|(?:(?:southern|northern|eastern|western|central|mainland) )?"  # ("reached southern Europe")
     r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
     r"|august|september|october|november|december)\b)(?-i:[A-ZÀ-Þ])\w+)"
     r"|crossing (?:into|over|the border)"
     r"|cross(?:es)? (?:into|over|from|the (?:[\w’'-]+ ){0,2}?(?:border|river|frontier|channel|sea|strait|jungle|gap))"
     # the crossing as a noun: "more than 22,670 people have made the crossing"
     r"|(?:made|make|makes|making) the (?:[\w’'-]+ )?crossing\b"
     r"|mov(?:ed|ing) (?:towards?|across|over|into) (?:the )?(?:[\w’'-]+ ){0,2}?(?:border|frontier|country)"
     r"|pushed (?:over|across|back across) the (?:[\w’'-]+ ){0,2}?border"
     r"|migrat(?:e|es|ed|ing) (?:to|towards|into|across)\b|sought safety"
     r"|(?:poured|streamed|flocked|surged|spilled|trickled|flowed|flooded) (?:into|across|over|out of)"
     r"|landed (?:on|in|at)|(?:scattered|dispersed) (?:into|to|across|over|in)\b"
     # landings and arrivals as headlines and boat news write them: "Over 40 migrants reach Gavdos", "812 people
     # disembarked at the pier", "had reached the UK in small boats"
     # (not an aim: "walked with her four children to reach Zamzam")
     r"|\b(?<!\bto\s)"
     r"(?:disembark(?:ed|s)?\b|c(?:a|o)me ashore\b|land (?:on|in|at)"
     r"|reach(?:es)? (?:(?:southern|northern|eastern|western|central|mainland) )?"
     r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
     r"|may|june|july|august|september|october|november|december)\b)(?-i:[A-ZÀ-Þ])\w+|reached the (?-i:[A-Z]{2,})\b)"
     r"|headed (?:to|for|towards)|made (?:their|the) way (?:to|into|across)|trekked"
     r"|out of (?:their|his|her) (?:homes?|houses?|villages?)|among (?:those|the people|the) (?:displaced|uprooted)"
     r"|(?:moved|relocated) to (?:[\w’'-]+ ){0,3}?(?:centres?|centers?|sites?|camps?|settlements?|shelters?)"
     r"|mov(?:ed|ing) (?:to|towards) (?:the )?(?:outskirts|neighbouring|neighboring|nearby|other|safer)\b"
     r"|left (?:their |the )?(?:villages?|towns?|communities|settlements)"
     # driven out of a place, or leaving it now: "55,000 Oromos were expelled from the Somali region", "thousands
     # of people are leaving the area"
     r"|expell?ed from (?:their |the )?(?:[\w’'-]+ )?(?:homes?|villages?|towns?|cities|city|regions?|areas?"
     r"|districts?|zones?|states?|provinces?|lands?|neighbourhoods?|neighborhoods?)\b"
     r"|(?:(?<=are\x20)|(?<=were\x20))leaving (?:the |their )?(?:area|town|city|region|villages?|district)\b"
     # places counted as they were left: "more than 300 families have left six communities", "left 31 veredas"
     r"|left (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:[\w'’-]+ )?(?:communities"
     r"|villages|hamlets|veredas|settlements|localities|neighbourhoods|neighborhoods)\b"
     # a count that left a place: "60,000 people left parts of eastern Khan Younis", "110,000 IDPs have left the
     # sites", "40,000 have already left in the last two days" (not those who remain: "only 200 are left there")
     r"|(?<!are\x20)(?<!were\x20)(?<!is\x20)(?<!was\x20)(?<!been\x20)left (?!without\b)(?:parts of |the |their |its )?"
     r"(?:[\w'’-]+ ){0,2}?(?:areas?|neighbourhoods?|neighborhoods?|districts?|cities|city|towns?|region|country"
     r"|province|capital|camps?|sites?|villages?|settlements?|enclave|strip|island|valley|zone|shelters?|community"
     r"|(?:evacuation )?(?:centres?|centers?))\b"
     r"|(?<!are\x20)(?<!were\x20)(?<!is\x20)(?<!was\x20)(?<!been\x20)left(?: for (?!dead\b)| (?:large )?parts of\b"
     r"|(?= in the (?:last|past)\b)|(?=\s*(?:[.;]|$))"
     # a place named, or a time: "hundreds more left neighbouring Saut-d'Eau", "2,480 left during the first days"
     # (in running text, not a headline's capitals: "Over 400 Left Homeless")
     r"|(?<=(?-i:left))(?= (?:neighbouring |neighboring |nearby )?(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
     r"(?-i:[A-Z])[a-z])"
     r"|(?= (?:during|over|within) the\b))"
     # "abandoned Kadawa and nearby hamlets"
     r"|abandon(?:ed|ing) (?:[\w'’-]+ ){0,4}?(?:villages?|towns?|hamlets?|communit(?:y|ies)|settlements?"
     r"|localit(?:y|ies))\b",
     Kind.DISPLACED),
    (r"(?:(?:left|made|rendered) )?homeless"
     r"|(?:left )?without (?:a |any )?(?:home|homes|shelter|roof|place to (?:sleep|live|stay))"
     r"|(?:living|sleeping|staying) (?:out )?in the open|sleeping rough"
     r"|(?:sp(?:e|a)nt|spending) (?:[\w-]+ ){0,2}?nights?(?: of [\w ]{1,20}?)? (?:in the open|outdoors|outside"
     r"|under the (?:open )?sky"
     r"|(?:in|on) the streets?)"
     # "3,500 households staying in open areas", "30,000 people still camping in open spaces"
     r"|(?:living|sleeping|slept|sleep|staying|camping|camped|sheltering)(?: out)? in (?:the )?open"
     r" (?:areas?|spaces?|air|fields?|ground)"
     # ("1,700 households have been sleeping in parks and open spaces")
     r"|(?:living|sleeping|slept|sleep|camping|camped)(?: out)? in (?:public )?(?:parks|squares|fields)"
     r"|(?:now )?(?:had|have|has) nowhere (?:else )?to (?:sleep|live|stay|go)"
     r"|(?:sleeping|slept|sleep|living|staying) (?:in the open|rough|outdoors|outside|in the streets?)"
     # out in the open by where they lie: "hundreds are sleeping under trees", "sleep each night on the pavement"
     r"|(?:sleeping|slept|sleep|sleeps)(?: (?:each|every|at) night)? (?:under (?:the )?trees|on (?:the )?(?:pavements?"
     r"|sidewalks?|streets?|roadsides?|bare ground|ground))"
     r"|(?:have|has|had) nowhere to (?:sleep|live|stay|go)"
     r"|(?:lost|lose|losing) (?:their|his|her|all their) (?:homes?|houses?|shelters?)"  # ("could lose their homes")
     # (or no tent or roof of any kind: "1,500 families have no tent or tarpaulin")
     r"|(?:had|have|has) no (?:shelter|tents?|roof|tarpaulins?)(?: at all| over their heads)?\b"
     r"|(?:(?<=\bhave\x20)|(?<=\bhas\x20)|(?<=\bhad\x20))no (?:shelter|tents?|roof|tarpaulins?)\b"  # (past "still")
     r"|(?:were|are|living|live|lived|sleeping|sleep|slept) without (?:any (?:form of )?|a )?(?:shelter|roof)\b"
     # "60,000 returnees have no home to go back to"
     r"|(?:had|have|has) no (?:homes?|houses?)(?: (?:left|to (?:go back|return) to))?\b", Kind.HOMELESS),
    # (not "heading home": "passengers heading home for the festival")
    (r"returned|return(?:ed)? home|went back|repatriated|came home|went home|head(?:s|ed)? home"
     r"|(?<=\s)head home(?= (?:as|after|from|to|in)\b|\s*$)"  # (a headline's present: "Lebanese head home")
     # IOM's assisted returns: "3,400 migrants have been assisted to return"
     r"|(?:helped|assisted|supported) (?:to )?return\b", Kind.RETURNED),
    # moved by those in charge: "25,000 refugees were relocated to camps further inland"; relocated people are
    # displaced by the conventions, evacuation the family's finer kind (last: a shelter named with it is the kind)
    # (moved out of harm's way in the passive, by the same token: "32,000 people were shifted from low-lying
    # villages", "1,850 people have been moved so far", "15,000 will have to be moved away")
    (r"relocat(?:e|es|ed|ing)\b"
     # (a headline's bare participle too: "Joshimath: 131 families shifted as cracks widen")
     r"|(?:(?:(?<=\bbe\x20)|(?<=\bbeen\x20)|(?<=\bwere\x20)|(?<=\bwas\x20)|(?<=\bbeing\x20))moved|shifted)"
     r"(?: (?:out )?(?:from|out of)\b"  # (out of harm's way, wherever to: "5.8 lakh shifted from vulnerable areas")
     # (else not to a place the count stays at, which says more: a shelter, a hospital, relatives' homes)
     r"|\b(?![^.;]{0,80}?\b(?:centres?|centers?|camps?|shelters?|schools?|hostels?|halls?|hospitals?|wards?|clinics?"
     r"|icu|morgues?|mortuary|relatives|houses?|homes?|buildings?|bunkers?|sites?|tents?|churche?s?|mosques?|hotels?"
     r"|accommodation|dormitor(?:y|ies))\b))",
     Kind.EVACUATED),
)  # fmt: skip
HOUSE_RIGHT_TRIGGERS: tuple[tuple[str, Kind], ...] = (
    (r"(?:damaged|affected) or destroyed|destroyed or damaged|(?:completely|totally|fully|entirely) (?:damaged"
     r"|destroyed)|destroyed|razed|flattened|collapsed|burnt|burned(?: down)?|washed away|swept away|levell?ed"
     r"|demolished|reduced to (?:rubble|ashes)|(?:burnt|burned|razed) to the ground|set (?:ablaze|alight|on fire)"
     # (a headline's present: "840 homes collapse in Chipinge"; not "two due to wall collapse")
     r"|(?:(?<=homes\s)|(?<=houses\s)|(?<=dwellings\s))collaps(?:e|ing)\b"
     r"|torched|gutted|engulfed|buried(?: under (?:mud|debris|rubble))?|alight|ablaze|on fire"
     r"|(?:an? )?total losse?s?\b"  # ("about 230 are a total loss": beyond repair)
     r"|(?:torn|pulled|knocked|brought) down|wiped out|(?:came|come|comes|coming) down|caved in|in ruins"
     # carried off whole: "200 homes were swept off their foundations", "20 homes washed out to sea"
     r"|(?:swept|knocked|lifted|pushed|washed) off (?:their|its) foundations?|(?:washed|swept) out to sea"
     r"|with (?:a )?total (?:loss|collapse)"  # ("39 of them with total collapse")
     r"|carried (?:away|off|by the (?:flood|floods|water|waters|river|torrent))|totally|fully|completely"
     # ("More than 1,500 homes have been lost to bushfires")
     r"|(?<=\sare\s)gone\b|(?<=\swere\s)gone\b|(?:(?<=\swere\s)|(?<=\sbeen\s)|(?<=\d\s)|(?<=homes\s)|(?<=houses\s))lost\b"
     r"(?! (?:power|electricity|water|value|their|its|to\b))"
     r"|(?:suffered|suffering|sustained) (?:a )?total collapse"
     r"|lost to (?:the )?(?:[\w-]+ )?(?:fires?|bushfires?|wildfires?|flames|blazes?|floods?|floodwaters|sea|river"
     r"|erosion|landslides?|lava)",
     Kind.HOUSES_DESTROYED),
    (r"(?:(?:partially|partly|severely|badly|heavily|heavy|moderately|slightly|lightly|minor|major) )?(?:damaged"
     r"|destroyed)|flooded|partially|partly"
     r"|inundated|cracked|submerged|under water|underwater"
     r"|(?:sustained|suffered|suffering|sustaining) (?:\w+ (?:(?:to|or|and) \w+ )?)?damage"
     r"|(?:developed|develop|developing|showed|show|showing|with) (?:\w+ )?cracks"
     r"|(?:lost|lose|losing) (?:their |its |(?:part|all|some|most) (?:or (?:all|part) )?of (?:their|its) )?roofs?"
     r"|unroofed"
     r"|(?:had|have|have had|has had) (?:their |its )?roofs? (?:blown|torn|ripped) off"
     r"|with (?:roof |major |minor |partial |moderate |severe |structural |water |flood )?damage"
     r"|(?:suffered|suffering|sustained|with) (?:a )?partial collapse|partial collapse",
     Kind.HOUSES_DAMAGED),
    (r"evacuated", Kind.EVACUATED),
)  # fmt: skip

# --- what happened: verbs before the number ("killed at least 23 people") -----------------------------------

# The dot of a month's abbreviation, which ends no clause: "the toll since Oct. 7 has climbed to 39,790".
# The dots of a short abbreviation before a word going on: "the death toll in southern W.Va. flash flooding".
_ABBREVIATION_DOT = r"\.(?=[a-z])|(?:(?<=[a-z]\.[a-z])|(?<=[a-z]\.[a-z]{2}))\.(?=\x20[a-z])"
_MONTH_ABBREVIATION_DOT = (
    r"(?:"
    + "|".join(f"(?<=\\b{m})" for m in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
    + r")\.(?=\s\d)"
)
# A count's verb of growth or level after the noun naming the kind ("injuries jumping to 1,332").
RISE_TO = (
    r"(?:rose|rising|risen|rises|jumped|jumping|jumps|climbed|climbing|climbs|increased|increasing|increases|grew"
    r"|growing|grows|grown|reach|reached|reaching|reaches|stands at|stood at|standing at|now at|is at|was at|is now"
    r"|was now"
    r"|soars|soared|soaring"  # ("the number of dead soared to 22,000")
    r"|hit|hits|at|to|rang(?:e|es|ed|ing)(?: from)?"
    r"|number|numbered|numbering|total|totalled|totaled|totalling|totaling|fell to|fallen to|dropped to"
    r"|(?:falls|drops|shrinks|shrank|shrunk|shrinking|declined|declines|decreased|decreases|eases|eased) to"
    r"|exceed|exceeds|exceeded|surpass|surpassed|top|tops|topped|cross|crosses|crossed|nears|nearing|passed|passes"
    r"|(?:climbed|climbs|rose|risen|rises|passed|passes|gone|went|grown|grew|jumped) past"
    r"|(?:could|may|might|would|will) be|is|was"  # ("the number of missing could be between 150 and 200")
    # a rise foreseen: "the number of dead could rise above 150"
    r"|(?:could|may|might|would|will|(?:is|are) (?:expected|likely) to) (?:rise|climb|increase|grow|exceed|top|pass)"
    r"(?: to)?)"
)
# Between "the number of X" and its count, no other count, but dates may stand: "the total number of such
# returnees between 1 January 2016 and 21 January 2017 is now 253,000".
_NO_COUNT = (
    r"\([^()\d]{0,60}\)"  # (a bracket, colon and all: "fatalities from Storm Kristine (international name: Trami)")
    r"|\(\d{1,2}\)"  # (a day in brackets after its weekday: "the rain that hit Petrópolis on Tuesday (15) rose to 146")
    r"|[^.;:\d]|(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)|(?<![\d,.])\d{1,2}(?= (?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)\b)"
    r"|(?<![\d,.])\d{1,3}(?:\.\d)?-(?=[a-z])"  # a measure, no count: "when a 21-storey tower collapsed"
    r"|(?:(?<=jan|feb|mar|apr|aug|sep|oct|nov|dec)|(?<=sept))\.(?=\x20\d)"  # a month's abbreviation: "on Feb. 6"
    + "|"
    + _ABBREVIATION_DOT
    + r"|(?<=magnitude\x20)\d(?:\.\d+)?"  # a quake's size: "killed by the magnitude 5.6 earthquake ... has reached 162"
    # the old count a rise started from: "has risen from 87,000 in January to more than 560,000"
    r"|(?<=from\x20)\d[\d,.]*(?:\x20(?:million|thousand))?(?=\x20(?:in|on|at|last|to)\b)"
    # a day after its month: "the violence that broke out on May 3 has risen to 98"
    r"|(?:"
    + "|".join(
        f"(?<={m}\\x20)"
        for m in (
            # (abbreviated too: "the strike on an apartment building in Dnipro on Jan. 14 has risen to 44")
            r"jan\.",
            r"feb\.",
            r"mar\.",
            r"apr\.",
            r"aug\.",
            r"sep\.",
            r"sept\.",
            r"oct\.",
            r"nov\.",
            r"dec\.",
            # (and without the dot, as wires write them: "killed in floods since Nov 23 rose to 29")
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    )
    + r")\d{1,2}(?![\d,.])"
)
# After the noun heading a table row or a tally, before its count: "Deaths: 12", "Deaths by province: 31 in
# Sindh", "Fatalities - 14", "Injured (last 24 hours): 9".
_ROW = (
    r"(?: (?:persons|people|individuals))?"  # ("Deceased persons ........ 60", "Injured persons: 19")
    r"(?: (?:by|per|in|inside|within|across|as of|since|over|this|during|for)\b[^:;.|\n]{0,30}?| ?\([^()]{0,30}\))?"
    # ("Human lives lost (flood) today: 8"; a dotted leader: "DEATHS .......... 1,162")
    # ("Deaths reported ....... 80", "Displaced people registered .... 32,000+")
    r"(?: (?:reported|registered|recorded|confirmed|verified|counted))?"
    r"(?: (?:today|yesterday|overnight|to date|so far))?\s*(?::|\s[–—-]|\s*\.{2,}|\s*…+)"
)
# A running total brought to its new level: "bringing relocations since April to 41,600", "raising the number of
# deaths to 63".
_RUNNING_TOTAL = (
    r"(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing)|tak(?:es|ing)|took|push(?:es|ed|ing))"
    r" (?:the )?(?:total |overall |cumulative )?(?:number of )?"
)
_RUNNING_TO = r"(?: [\w-]+){0,4}? to"
# A table's label opening its cell, with no colon: "Dead 27 (...); Injured 52; Missing 8".
_TABLE_LABEL = r"(?:^|(?<=[:;|•(]\s)|(?<=[:;|•(])|(?<=\s[-–—]\s))"  # (and after a dash: "KALUTARA - Deaths 2")
# A fronted participle's phrase up to its verb: "[Displaced] in Jonglei are", "[Evacuated] to mosques ... were".
_FRONTED = (
    r"(?:in|during|by|from|to|at|into|across|over|since|after|within|alongside|among|between|on) [^.;:]{1,90}?"
    r" (?:were|are|was|is|have been|numbered|number)"
)
# Sites opened for an emergency, whose people are sheltered (a camp's long-standing population is no figure).
_EMERGENCY_SITES = (
    r"(?:evacuation|relief|accommodation|temporary|emergency|collective|cyclone|flood|transit) "
    r"(?:camps|centres|centers|shelters|sites)|shelters"
)
LEFT_TRIGGERS: tuple[tuple[str, Kind], ...] = (
    (r"kill(?:s|ed|ing)?|slew|slaying|massacr(?:e|es|ed|ing)|wip(?:ed|ing|es?) out"
     # a standing count stated with "is": "the total number of UNRWA team members killed since October is 152"
     r"|total number of (?:[\w’'-]+ ){0,4}?(?:killed|dead)\b(?:" + _NO_COUNT + r"){0,80}?\b(?:is|was|stands at)"
     r"|(?:claim(?:s|ed|ing)?|t(?:ook|ake|akes|aken|aking)|cost(?:s|ing)?|end(?:s|ed|ing)?) (?:the )?(?:lives|life) of"
     # the verb first: "Killed in the strike were 67 people", "Killed alongside them were three peacekeepers"
     r"|(?<![\w-])killed (?:in|during|by|alongside|with|among|at) [^.;:\d]{1,60}? (?:were|are|was)"
     r"|^(?:also )?killed (?:were|are|was)"  # ("Killed were eight volunteers and four civilians")
     # others killed with the one named: "he was killed alongside his wife and three children"
     r"|(?:killed|died|perished) (?:alongside|along with|together with)"
     # a place's share named after the deaths: "Jigawa recorded the highest number of deaths, with 92"
     r"|(?:most|highest number of|largest number of) (?:deaths|fatalities)(?:,? with|,)"
     r"|slit(?:s|ting)? the throats? of"
     r"|drown(?:s|ed|ing)"
     # the list inverted: "Among the dead were three police officers", "the victims included a nurse"
     r"|among (?:(?:the|those|[\w-]+['’]s) (?:[\w-]+ )?)?(?:dead|killed|victims|deceased|fatalities|bodies|martyrs"
     r"|martyred"
     r"|(?<=those\s)who (?:died|perished|were killed|lost their lives))"  # ("Among those who died were two women")
     r"(?: whose [^,;.\d]{1,40}?)?"  # ("Among the dead whose age could be established were at least 7 children")
     r"(?:,[^,;.\d]{1,30},)?(?: [\w'’-]+){0,6}?"  # (who says so between: "Among the dead, he said, were 12 children")
     r" (?:were|was|are|is|included?)(?: also)?(?: those of)?"  # ("Among the bodies recovered were those of 5 women")
     # (a word may say which victims: "The convoy victims included eight women")
     r"|the (?:(?!injured |wounded |missing |displaced )[\w’'-]+ )?(?:dead|victims|deceased|martyrs) "
     r"(?:(?:over|on|in|from|of) [\w’'-]+(?: [\w’'-]+)? )?(?:also )?"
     r"(?:included?|includes|including)"
     # ("the dead were 142 students, three police officers and ...": a count, never a person named)
     r"|the (?:dead|deceased|victims) (?:were|are)"
     # "Those killed included 4 teachers", "the dead, among them 7 children"
     r"|those (?:killed|dead) (?:included?|including|were|are)"
     r"|(?:the|those) (?:dead|killed|victims|deceased) (?:comprised?|comprises|comprising|consisted of)"
     r"|those who (?:died|perished|were killed) (?:included?|including)"
     r"|the (?:dead|victims|deceased),? (?:among them|including)"
     r"|bodies,? (?:among them|among whom|including)"
     # (another kind named in the gap takes the count: "toll hits 37 as NEMA puts displaced at 414,000")
     # (a bracket may stand in the gap, with its colon: "toll from Typhoon Nando (international name: Ragasa)")
     # a headline's toll and its count side by side: "Hathras stampede: Toll 121, including 112 women"
     r"|(?<![\w-])(?:death |casualty |fatality )?toll"
     r"|(?:(?:death |casualty |fatality |human )?toll|body count)\b"
     r"(?:\([^()]{0,60}\)"
     r"|(?!displac(?!ement (?:camps?|sites?))|evacu|homeless|idps\b|injur|wounded|missing|unaccounted)[^.;:]"
     r"|(?<=\d)\.(?=\d)|" + _MONTH_ABBREVIATION_DOT + "|" + _ABBREVIATION_DOT + r"){0,180}?"
     # ("of" only right after the toll: "a toll of 12", not "the toll from the collision of two trains")
     r"\b(?:to|at|(?<=toll\x20)of|(?<=toll,\x20)of|reach(?:ed|es)?|hit|hits|is|was|cross(?:es|ed)?|touch(?:es|ed)?|nears?"
     r"|nearing|approach(?:es|ing)?|(?:could|may|might) be"  # ("the death toll could be as high as 2,000")
     r"|pass(?:es|ed)?|tops?|topped|exceed(?:s|ed)?|surpass(?:es|ed)?|now|stands at|stood at|stands|stood"
     r"|remains|remained|above|beyond|past"
     r"|rang(?:e|es|ed|ing)(?: from)?"  # ("Estimates of the death toll range from 20,000 to 150,000")
     r"|ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|jump(?:s|ed)?|surg(?:es|ed))"
     # ("the count of those killed has topped 250", "the number of people killed climbed past 300")
     # (three words before: "the number of African migrants confirmed dead ... rose to 68")
     r"|(?:total )?(?:number|count|tally|figure) of (?:the |those )?(?:[\w-]+ ){0,3}?(?:dead|deaths|killed|fatalities"
     r"|deceased|lives lost|bodies (?:recovered|retrieved|found|pulled out))\b(?:" + _NO_COUNT + r"){0,170}?"
     r"\b(?:is|was|" + RISE_TO + r")"
     r"|(?:deaths|dead|fatalities|killed|deceased)" + _ROW +
     # a headline's verb after the dead: "Flood deaths near 1,100", "puts war dead near 70,000"
     r"|(?:deaths|dead) (?:nears?|nearing|tops?|topped|pass(?:es|ed)?|exceeds?|exceeded|cross(?:es|ed)|hits?)"
     r"|deaths of|death of|killings? of|bodies of|corpses of|(?:the )?body of|(?:the )?remains of|recovered|shot dead"
     r"|(?:the )?loss of"  # a force's communiqué: "recorded the loss of six soldiers" (of people only: kinds.py)
     r"|toll (?:includes|included|including)"  # "the death toll includes 279 children and 137 women"
     r"|neutrali[sz](?:e|es|ed|ing)"
     # kin named after the family lost: "lost his entire family, including his wife and four children"
     r"|lost (?:his|her|their|its) (?:entire |whole )?famil(?:y|ies),? (?:including|among them|among whom)"
     # ("lost 46 and 25 residents", "Chad loses 92 soldiers")
     r"|[a-z]+(?:ed|ing) to death|beat(?:en)? to death|(?:lost|losing|loses)(?: [\d,]+ and)?"
     r"|shot and killed|shooting dead|shoots? dead|gunned down|murder(?:s|ed|ing)?"
     r"|execut(?:es|ed|ing)|behead(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|lynch(?:es|ed|ing)|eliminat(?:ed|ing|es)"
     r"|martyr(?:s|ed|ing)|(?:the )?martyrdom of"  # (state media: "led to the martyrdom of three civilians")
     r"|(?:burn(?:s|ed|t|ing)?|bur(?:y|ies|ied|ying)) alive|bur(?:y|ies|ied|ying)"
     r"|" + _RUNNING_TOTAL + r"(?:deaths|dead|fatalities|people killed)" + _RUNNING_TO +
     r"|" + _TABLE_LABEL + r"(?:dead|deaths|fatalities|killed)"
     # (a clause after "though" is another: "No casualties were reported, though power supply to 1.4 million ...")
     r"|(?:deaths|fatalities|casualties|number of (?:the )?(?:victims|martyrs))\b"
     # (not another count rising: "No deaths as cholera cases rise to 48")
     r"(?:(?!\b(?:though|although|but|while|whereas|cases|infections|patients)\b)(?:" + _NO_COUNT + r")){0,120}?\b"
     + RISE_TO
     # "the number of citizens who lost their lives has risen to 41,156"
     + r"|number of (?:[\w-]+ ){0,3}?(?:who|that) (?:have |had |has )?(?:been killed|were killed|was killed|died"
     r"|perished|lost (?:their|his|her) li(?:ves|fe))\b(?:" + _NO_COUNT + r"){0,170}?\b" + RISE_TO
     # a source's count: "the state government put the number of those killed at 86"
     + r"|(?:put|puts|putting|placed|places) (?:the |their |its |his |her )?(?:number (?:of (?:those |people )?)?"
     r"(?:killed|dead)|death toll"
     r"|toll|dead)(?: at)?"  # (a hedge may follow: "residents put toll above 100")
     + r"|(?:human )?lives lost" + _ROW, Kind.KILLED),
    (r"injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|maim(?:s|ed|ing)?"
     r"|(?:the )?(?:injury|injuries|wounding) of"  # ("... and the injury of 9 others")
     r"|(?:provided|provides|gave|given|giving|administered) first aid to"  # ("provided first aid to 2,700 people")
     # a source's count of the hurt: "put the number of injured at 330", "put the dead at 45 and the injured at 150"
     r"|(?:put|puts|putting|placed|places) (?:the |their |its )?(?:number of (?:the )?)?(?:injured|wounded)(?: at)?"
     r"|(?<=\band\x20)the (?:injured|wounded) at"
     r"|^(?:injured|wounded|hurt) " + _FRONTED + r"|^(?:also )?(?:injured|wounded) (?:were|are|was)"
     r"|among (?:the|those) (?:[\d,]+ )?(?:injured|wounded|hurt)(?: [\w-]+){0,2}? (?:were|was|are|is|included?)"
     r"|the (?:injured|wounded) (?:included?|including)|those (?:injured|wounded|hurt) (?:included?|including|were|are)"
     r"|the (?:injured|wounded),? (?:among them|including)|(?:injured|injuries|wounded)" + _ROW +
     r"|" + _TABLE_LABEL + r"(?:injured|injuries|wounded)"
     # (a toll named in the gap is another figure's: "succumbed to their injuries, raising the toll to 31")
     r"|(?:injuries|number of (?:the |people |persons )?(?:injured|wounded)|(?:injured|injury|wounded) (?:count|tally))"
     r"\b(?:(?!toll\b)[^.;:\d]){0,90}?\b"
     + RISE_TO
     # ("injured people number 565"; not "transported 58 wounded persons to Debre Berhan")
     + r"|(?:injured|wounded) (?:people|persons) (?:now )?(?:number|numbered|total|totalled|totaled|stand at|stood at)"
     # a headline's rise: "Portugal wildfire forces evacuations as injured rise to 32"
     r"|(?<!\bthe\x20)(?:injured|wounded) (?:rises?|rose|climbs?|climbed|jumps?|jumped) to",
     Kind.INJURED),
    (r"missing" + _ROW + r"|" + _TABLE_LABEL + r"missing"
     # ("narrowed the number of people still unaccounted for after Hurricane Helene to 81")
     r"|number of (?:\w+ ){0,2}?(?:missing|unaccounted[ -]for)(?: people| persons)?\b"
     r"(?:" + _NO_COUNT + r"){0,40}?\b" + RISE_TO +
     # fronted, and the missing named among: "Still missing on Monday were eight people", "Among the missing are"
     r"|^(?:still |also )?(?:missing|unaccounted for)(?: [^.;:\d]{1,40}?)? (?:were|are|was|is)"
     r"|among (?:the|those) (?:[\d,]+ )?(?:still )?(?:missing|unaccounted for)(?: [\w-]+){0,2}?"
     r" (?:were|was|are|is|included?)"
     r"|the (?:missing|unaccounted for) (?:include|included|including)"
     # the tally of the missing, raised or lowered: "Sheriff lowers missing count to 9"
     r"|missing (?:count|tally|toll|figure)\b(?:" + _NO_COUNT + r"){0,40}?\b" + RISE_TO +
     # the search for the missing: "the search for 27 passengers swept off the deck" (bodies keep their kind)
     r"|search (?:continues |continued |resumed |goes on )?for|searching for" +
     # a running count of the missing: "people reported unaccounted for now stands at 631"
     r"|(?:missing|unaccounted for|whereabouts (?:are |is |remain |remains )?unknown)(?: people| persons)?\b"
     r"(?:" + _NO_COUNT + r"){0,30}?\b(?:now )?(?:stands? at|stood at|rose to|risen to|fell to|dropped to|reached"
     r"|(?:(?:had|has|have) )?(?:grown|climbed|jumped) to|grew to)"
     # a list of the missing, narrowed or grown: "FBI Narrows Lahaina Missing List To 388 Names"
     r"|missing(?: persons?)? list (?:to|at|of|now at|stands at|stood at"
     # ("Missing list grows to 31", "missing list tops 170")
     r"|(?:grows|grew|rises|rose|climbs|climbed|swells|swelled|jumps|jumped) to|tops|topped|reaches|reached|hits)"
     r"|list of (?:the )?missing (?:(?:grows|grew|rises|rose|climbs|climbed|falls|fell|drops|dropped|shrinks|shrank)"
     r" to|(?:now )?stands at|stood at)"  # ("list of missing grows to 993")
     # those still sought: "search continues for seven"
     r"|search(?:es)? (?:continues?|continuing|is on|goes on|resumed|resumes|resuming) for",
     Kind.MISSING),
    (r"(?:total )?number of (?:such )?returnees\b(?:" + _NO_COUNT + r"){0,80}?\b(?:to|at|reached|is|was|now)"
     r"|(?:returnees|returns|returned|deportations|deportees)(?: recorded| registered| reported)?" + _ROW +
     r"|(?:the )?returns? of|" + _RUNNING_TOTAL + r"(?:returns|returnees)" + _RUNNING_TO
     # people sent or taken back to their country: "deported 4,500 Afghans", "brought back about 67,000 people"
     + r"|deport(?:ed|s|ing)|(?:the )?deportations? of|(?:brought|bringing|brings|sent|send|sends|sending) back"
     r"|repatriat(?:ed|es|ing|e)|(?:bring|brought|bringing|brings) home"  # ("aims to repatriate 72,000 refugees")
     # people an authority takes back home: "The state has returned 3,000 households to Marte", "Borno returns
     # 3,000 households" (a bare "returned" before a number is the time it took: "returned 3 weeks later")
     r"|(?:has|have|had) returned|returns|returning"
     # a return planned for people: "The authorities plan to return some 50,000 IDPs"
     r"|(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|seeks?|sought|expects?|expected) to return"
     # a part named among them: "Among the returnees are more than 1,600 unaccompanied children"
     r"|among (?:the|those) (?:[\d,]+ )?(?:returnees|returned)(?: [\w-]+){0,2}? (?:were|was|are|is|included?)"
     # or the part after its whole: "The returnees included 214 families", "Those who returned included"
     r"|(?:the|these|those) (?:[\d,]+ )?(?:returnees|(?:who )?returned)(?: [\w-]+){0,2}? (?:included?|includes)",
     Kind.RETURNED),
    # evacuation centres, in the plural, sheltering people: "212 centres opened, sheltering 84,300 people" (one
    # camp hosting its population is a trap, in TRAP_BEFORE)
    (r"(?:shelters|centres|centers|evacuation sites|(?:relief|evacuation|idp) camps)"
     r"(?: (?:are|were|now|currently|still))* "
     r"(?:sheltering|hosting|housing|accommodating|hold|holding|held)"
     r"|(?:shelters|centres|centers|evacuation sites)\b[^.;:\d]{0,60}?, (?:sheltering|hosting|housing|accommodating)"
     # (where they are between: "accommodation centres in Kursk and Kurchatov are currently housing")
     r"|(?:shelters|centres|centers|evacuation sites) (?:in|at) [^.;:\d,]{1,50}? (?:are|were)"
     r"(?: (?:now|currently|still))? (?:sheltering|hosting|housing|accommodating)"
     # (or took them in, or housed them: "Relief centres in Ballarat and Ararat took in about 150 people",
     # "opened 44 shelters, which housed about 9,000 people")
     r"|(?:shelters|centres|centers|evacuation sites)(?: (?:in|at) [^.;:\d,]{1,50}?)? (?:took|have taken|had taken) in"
     r"|(?:shelters|centres|centers|evacuation sites), (?:which|that) (?:housed|sheltered|accommodated|hosted|held)"
     r"|(?:inside|in) (?:evacuation cent(?:er|re)s|ecs)" + _ROW +
     # the South Asian word for people in relief camps: "Inmates in relief camps: 2,31,819"
     r"|inmates (?:in|of) (?:[\w’'-]+ )?(?:relief |flood |evacuation )?camps" + _ROW +
     r"|(?:persons|people|individuals|families|households|idps|evacuees)"
     r"(?: (?:registered|staying|living|sheltering|hosted|accommodated|currently|now))? (?:in|at)"
     r" (?:[\w’'-]+ ){0,2}?(?:camps|shelters"
     r"|centres|centers|sites|locations|zones|points)" + _ROW +
     r"|(?:persons|people|individuals|families|households) (?:accommodated|sheltered|housed)" + _ROW +
     r"|" + _TABLE_LABEL + r"sheltered" + _ROW +
     r"|(?<!average\x20)number of (?:[\w’'-]+ ){0,3}?(?:(?:living|staying|sheltering|sheltered|housed) )?(?:in|at) "
     r"(?:the )?(?:\d[\d,]* )?(?:[\w’'-]+ ){0,2}?(?:shelters"
     r"|camps|(?:evacuation|displacement|idp|collective|relief|accommodation|reception|transit|emergency)"
     r" (?:centres|centers|sites))\b"
     r"(?:" + _NO_COUNT + r"){0,80}?\b" + RISE_TO
     # "The overnight shelter population was 1,153"
     + r"|shelter population (?:was|is|stood at|stands at|rose to|fell to|reached|of)"
     # "has given temporary shelter to 5,200 of the affected people"
     r"|(?:given|provided|providing|offered|offering|gave|provides|provide) (?:temporary |emergency )?"
     r"(?:shelter|accommodation|hotel rooms) (?:to|for)"
     # "the city has found accommodation for 2,850 people"
     r"|(?:found|find|finds|finding) (?:temporary |emergency )?(?:shelter|accommodation|lodging|housing) for"
     # sites opened for an emergency, holding their people (a camp's standing population is no figure): "152
     # evacuation camps now shelter", "27 camps had been opened across the state, housing"
     r"|(?:camps|centres|centers|shelters|sites|schools) (?:now|currently) (?:shelter|house|accommodate)"
     # (a place or an aside may come between, and the verb may run on: "Twelve evacuation camps in Nairobi now
     # shelter", "14 accommodation centres have been opened, which currently shelter", "Shelters set up in schools
     # and gyms - 38 in all - are housing": many sites together, never one site's standing population)
     r"|(?:" + _EMERGENCY_SITES + r")\b[^.;:!?]{0,60}?(?:,\s*(?:which|that)?|\s)\s*"
     r"(?:(?:are|were|now|currently|still)\s+)+(?:shelter(?:ing)?|hous(?:e|ing)|accommodat(?:e|ing))\b"
     r"|(?:" + _EMERGENCY_SITES + r") (?:are|were) (?:functional|operational|open),\s*"
     r"(?:currently |now )?(?:sheltering|housing|accommodating)\b"
     r"|(?:camps|centres|centers|shelters|sites)\b(?:[^.;]{0,60}?\b(?:opened|set up|established|activated)\b"
     r"[^.;]{0,50}?,|[^.;]{0,60}?, now) (?:housing|sheltering|accommodating)"
     # ... opened first: "has opened 112 relief camps across the district, accommodating"
     r"|(?:opened|set up|established|activated) (?:\d[\d,]* )?(?:[\w-]+ ){0,2}?(?:camps|centres|centers|shelters|sites)"
     r"\b[^.;]{0,50}?, (?:housing|sheltering|accommodating)",
     Kind.SHELTERED),
    (r"displac(?:e|es|ed|ing)|uproot(?:s|ed|ing)?|evict(?:s|ed|ing)?|dislodg(?:e|es|ed|ing)"
     # the verb first, opening the sentence: "Displaced in Jonglei are about 146,000 people", "Arriving in Garowe
     # over the past fortnight were some 3,000 families"
     r"|^(?:newly )?(?:displaced|uprooted|relocated|arriving|arrived) " + _FRONTED +
     r"|forc(?:ed|es|ing|e) out|(?:drove|driven|drives|driving|drive) out"
     # a source's estimate: "NEMA puts the displaced at 414,000", "the number of people who fled has risen to"
     r"|(?:put|puts|putting|placed|places|estimated|estimates) (?:the )?(?:number of )?(?:displaced|idps"
     r"|displaced (?:people|persons)|displacements) at"
     r"|number of (?:people|persons|residents|civilians|families|households) (?:forced|driven) (?:from|out of) their"
     r" homes\b(?:" + _NO_COUNT + r"){0,170}?\b" + RISE_TO +
     r"|number of (?:[\w-]+ ){0,3}?(?:who|that) (?:have |had |has )?(?:been )?(?:fled|displaced|forced from"
     r"|forced out|left their homes|left|crossed)\b(?:" + _NO_COUNT + r"){0,120}?\b" + RISE_TO +
     # a period's total named by its noun: "Total displacement since the operations started ... stands at 206,000"
     r"|(?:total|overall|cumulative) displacement\b(?:" + _NO_COUNT + r"){0,120}?\b"
     r"(?:stands at|stood at|reached|has reached|rose to|has risen to|is|was|totals|totalled|now exceeds)" +
     # the displaced as the subject of "number": "Displaced people in North Kivu now number more than 2.6 million"
     r"|(?:displaced (?:people|persons)|idps|internally displaced (?:people|persons)|refugees(?: and migrants)?)"
     r"(?: (?:in|across|inside|worldwide|abroad) ?[^.;:\d]{0,40}?)? (?:now |currently |already )?(?:number|numbered)"
     r"|(?:the )?(?:forced )?evictions? of|(?:the |new )?displacement of|forced displacement of"
     r"|(?:the )?(?:arrivals?|displacements) of"
     # a part named among the displaced: "Among the evacuees are 320 children"
     r"|among (?:the|those) (?:[\d,]+ )?(?:displaced|idps|refugees|new arrivals|arrivals"
     r"|(?:people )?(?:displaced|relocated))(?: [\w-]+){0,2}? (?:were|was|are|is|included?)"
     r"|the (?:newly )?(?:displaced|idps|new arrivals|arrivals)(?: [\w-]+){0,2}? (?:included?|includes)"
     r"|(?:total |cumulative )*(?:number|count|tally) of (?:[\w’'-]+ ){0,3}?(?:displaced(?: people| persons)?|idps"
     r"|people displaced|refugees|arrivals|displacements|entering|arriving in|crossing into|fleeing (?:to|into)"
     r"|(?:people |persons |families |households )?evicted|evictions)\b"
     r"(?:" + _NO_COUNT + r"){0,150}?\b(?:to|at|reach(?:es|ed)?|is"
     r"|was|now|exceeds?|exceeded|tops?|topped|surpass(?:es)?|surpassed|pass(?:es)?|passed|cross(?:es|ed)"
     r"|(?:climbed|rose|risen|gone) past"
     r"|stands at|stood at|includes|including)"
     r"|(?:arrivals|displacements|displacement|idps|refugees|exodus|influx|outflow|displaced)"
     # (not the sites they stay in: "the number of displacement sites rose to 94")
     r"(?! (?:sites?|camps?|centres?|centers?|shelters?|settlements?|locations?)\b)"
     # (not across another kind's noun: "wildfire forces evacuations as injured rise to 32")
     r"(?: (?!(?:injured|wounded|dead|deaths|toll|missing|casualties)\b)[\w’'-]+){0,5}?"
     # (not another subject's verb: "provided water to 96,500 displaced people and reached 12,400 children")
     r" (?<!and\x20)(?:tops?|topped|pass(?:es|ed)?|cross(?:es|ed)|exceed(?:s|ed)?|surpass(?:es|ed)?|stands? at|stood at"
     r"|reach(?:es|ed)?|hits?|nears?|(?:rises?|rose|climbs?|climbed|grows?|grew|swells?|swelled|soars?|soared"
     r"|surges?|surged|jumps?|jumped|falls?|fell|drops?|dropped|declines?|declined) to)"  # ("fell to about 73,400")
     r"|(?:displaced|idps|displaced (?:people|persons)|displacements|new displacement"
     r"|(?:new )?(?:idp |refugee )?arrivals|new idps|refugees)" + _ROW +
     # a standing total named by its population or figures: "the IDP population is estimated at 3.8 million" (not
     # one site's: "the IDP population of the camp is 12,000")
     r"|" + _RUNNING_TOTAL + r"(?:displaced|idps|displacements|arrivals|refugees)" + _RUNNING_TO +
     # "took the number of people who have arrived in the UK by small boat this year to 20,438"
     r"|number of (?:[\w-]+ ){0,3}?(?:who|that) (?:have |had |has )?(?:arrived|crossed|landed|fled|been displaced)\b"
     r"(?:" + _NO_COUNT + r"){0,120}?\b" + RISE_TO +
     r"|(?:idps?|displaced|displacement) (?:population|caseload|figures?|numbers?|total|count|tally)\b"
     r"(?:(?!(?:camps?|sites?|settlements?|cent(?:re|er)s?)\b)(?:" + _NO_COUNT + r")){0,60}?"
     r"\b(?:estimated at\b|" + RISE_TO + ")"
     r"|(?<!average\x20)number (?:of (?:people |persons |residents )?)?(?:displaced|uprooted|forced out)\b"
     r"(?:" + _NO_COUNT + r"){0,120}?\b" + RISE_TO,
     Kind.DISPLACED),
    (r"evacuat(?:e|es|ed|ing)|(?:the )?(?:evacuations?|relocations?) of|relocat(?:e|es|ed|ing)"
     # relocations brought to a new total: "bringing relocations since May to 22,000", "the number of Rohingya
     # relocated to the island since December 2020 has reached 36,112"
     r"|" + _RUNNING_TOTAL + r"relocations" + _RUNNING_TO +
     r"|number of (?:[\w’'-]+ ){0,3}?relocated\b(?:" + _NO_COUNT + r"){0,120}?\b" + RISE_TO +
     # a part named among the evacuated: "Among those evacuated were 181 members of a tribal community"
     r"|among (?:the|those) (?:[\d,]+ )?(?:evacuees|(?:people )?evacuated)(?: [\w-]+){0,2}?"
     r" (?:were|was|are|is|included?)|the evacuees(?: [\w-]+){0,2}? (?:included?|includes)"
     # a running total of the evacuated: "the total number of Indians evacuated from Sudan to 3,584"
     r"|(?:total |cumulative )*number of (?:[\w’'-]+ ){0,3}?evacuated\b(?:" + _NO_COUNT + r"){0,120}?\b(?:to|at"
     r"|reach(?:es|ed)?|now|exceeds?|exceeded|tops?|topped|cross(?:es|ed)|pass(?:es|ed))"
     r"|total (?:evacuated|evacuations|evacuees) (?:now )?(?:crosses|crossed|tops|topped|passes|passed|reaches"
     r"|reached|exceeds|exceeded|rises to|rose to|stands at)"
     r"|^evacuated " + _FRONTED +
     # (not those inside sites: "Evacuees in 115 evacuation points: 6,573" are sheltered)
     r"|(?:evacuated|evacuees)(?! (?:in|inside|at) (?:\d[\d,]* )?(?:[\w-]+ )?(?:evacuation|relief|collective) )" + _ROW
     # ("Residents under evacuation orders: 58,900")
     + r"|(?:residents|people|persons|population) under (?:mandatory )?evacuation orders?" + _ROW
     + r"|(?:have|has|had|need|needs|will|may|must) to (?:move|relocate)"
     r"|(?:preparing|prepares|planning|plans) to (?:move|relocate)"
     + r"|(?:total )?number of (?:[\w’'-]+ ){0,3}?evacuees\b(?:" + _NO_COUNT + r"){0,80}?\b" + RISE_TO
     # a headline's rise: "Kanlaon evacuees swell to over 14,000"
     + r"|(?:evacuees|evacuations)(?: (?!(?:injured|wounded|dead|deaths|toll|missing|casualties)\b)[\w’'-]+){0,5}?"
     r" (?<!and\x20)(?:tops?|topped|pass(?:es|ed)?|exceed(?:s|ed)?|reach(?:es|ed)?|hits?|nears?|(?:rises?|rose"
     r"|climbs?|climbed|grows?|grew|swells?|swelled|soars?|soared|surges?|surged|jumps?|jumped) to)"
     + r"|(?:pre-?emptive |preventive |forced )?evacuations?" + _ROW
     + r"|fl(?:ew|own|ying) out|airlift(?:ed|ing|s)?|outside (?:evacuation cent(?:er|re)s|ecs)" + _ROW
     # an order to leave, by whom it covers: "evacuation orders covering roughly 5.9 million residents"
     # (or instructions, as Japan words them: "evacuation instructions covering about 312,000 residents"; "orders
     # that at their peak covered about 14,000")
     # (or widened to: "expanded mandatory evacuation orders to cover roughly 180,000 people")
     + r"|(?:mandatory )?evacuation (?:orders?|instructions?),? (?:now |to |(?:had|have|has) "
     r"|(?:remained|remain|remains|were|are|was|is) (?:in place|in force|in effect) "
     r"|(?:that|which) (?:at (?:their|its) peak )?)?"
     r"(?:covering|cover|covers|covered|affecting|affect|affects|for)"
     # issued to them: "has issued evacuation instructions to about 1,300 households"
     r"|issued (?:mandatory )?evacuation (?:orders?|notices?|instructions?) (?:to|for)"

     # (grown: "evacuation orders grow to 18,000 residents"; issued for: "Level 3 evacuation notices were issued
     # late Monday for about 1,900 residents", "Evacuation instructions (Level 4) were issued ... for a total of")
     r"|evacuation (?:orders?|notices?|instructions?) (?:grow|grew|grows|rose|rise|rises|expand(?:s|ed)?"
     r"|widen(?:s|ed)?) to"
     r"|evacuation (?:orders?|notices?|instructions?)(?: \([^()]{1,20}\))? (?:were |was |have been |had been )?issued "
     r"(?:[\w’'-]+ ){0,4}?(?:for|to)(?: a total of)?"
     r"|ordered (?:out|to leave)"
     # the number by its participle alone: "bringing the number evacuated since May 10 to 11,300"
     r"|(?<!average\x20)number (?:of (?:people |persons |residents )?)?(?:evacuated|moved out|moved to safety)\b"
     r"(?:" + _NO_COUNT + r"){0,120}?\b" + RISE_TO, Kind.EVACUATED),
    (r"(?:left|leaving|rendered|rendering|made|making) homeless|" + _TABLE_LABEL + r"homeless" + _ROW +
     # "the number of people rendered homeless by the floods has crossed two million"
     r"|(?:put|puts|putting|placed|places|estimated|estimates) (?:the )?(?:number of )?homeless at"
     r"|number of (?:[\w-]+ ){0,2}?(?:rendered |left |made )?homeless\b(?:" + _NO_COUNT + r"){0,90}?\b(?:to|at"
     r"|reach(?:es|ed)?|is|was|now|exceed(?:s|ed)?|tops?|topped|cross(?:es|ed)|pass(?:es|ed)|stands at|stood at)",
     Kind.HOMELESS),
)  # fmt: skip
HOUSE_LEFT_TRIGGERS: tuple[tuple[str, Kind], ...] = (
    (r"destroy(?:s|ed|ing)?|flatten(?:s|ed|ing)?|burn(?:s|ed|t|ing)?|engulf(?:s|ed|ing)?|guts|gut|devour(?:s|ed|ing)?"
     r"|crush(?:es|ed|ing)|swallow(?:s|ed|ing)|sweeping away|swept away|sweeps away"
     r"|torch(?:es|ed|ing)?|(?:set|sets|setting) (?:fire to|ablaze)|(?:brought|bringing|pulled|knocked|tore|torn) down"
     r"|toppl(?:ed|ing)|(?:fully|totally|completely)(?: ?[:–—-])?|(?:fully|totally|completely) damag(?:ed|es)"
     r"|set on fire|gutt(?:ed|ing)|buri(?:es|ed)|bury(?:ing)?|raz(?:e|es|ed|ing)|levell?(?:ed|ing)"
     r"|demolish(?:es|ed|ing)?|reduc(?:ed|ing|es)(?: to (?:ashes|rubble))?|bulldoz(?:e|es|ed|ing)"
     r"|(?:the )?(?:destruction|demolition|razing|burning|torching) of|swept away|washed away|burn(?:ed|t|ing) down"
     r"|wash(?:es|ing) away|sweep(?:s|ing) away|wip(?:e|es|ed|ing) out|lost|losing",
     Kind.HOUSES_DESTROYED),
    (r"(?:partially|partly) destroy(?:ed|ing|s)?|unroof(?:s|ed|ing)"
     r"|damag(?:e|es|ed|ing)|(?:the )?damage to|damaging|submerg(?:e|es|ed|ing)|inundat(?:e|es|ed|ing)"
     r"|(?:partially|partly)(?: ?[:–—-])?"
     r"|(?:ripp(?:ed|ing)|t(?:ore|earing)|bl(?:ew|owing)) (?:the )?roofs? (?:off|from)"
     r"|(?:ripp(?:ed|ing)|t(?:ore|earing)|bl(?:ew|owing)) off (?:the )?roofs? of|damag(?:ed|ing|es) (?:the )?roofs? of"
     # ("roofs of 2,300 homes were torn off")
     r"|(?<![\w-]\s)roofs? of(?: (?:some|about|around|nearly|over|more than))?"
     r"|flood(?:s|ed|ing)", Kind.HOUSES_DAMAGED),
)  # fmt: skip
# Table rows: "Houses destroyed: 469,512".
# A row's label naming buildings other than homes before a degree of damage: "Mosques totally destroyed: 815".
_OTHER_BUILDINGS_BEFORE = "".join(
    rf"(?<!{noun}\s)"
    for noun in (
        "schools", "universities", "mosques", "churches", "hospitals", "clinics", "facilities", "shops", "bridges",
        "classrooms", "markets", "roads", "centres", "centers",
    )
)  # fmt: skip
HOUSE_ROW_TRIGGERS: tuple[tuple[str, Kind], ...] = (
    (r"(?<!government\s)(?<!public\s)(?<!school\s)(?<!minor\s)(?<!commercial\s)(?<!other\s)"
     r"(?:(?:houses|homes|dwellings|shelters|buildings) (?:destroyed"
     r"|collapsed|totally damaged|fully damaged|damaged ?\((?:fully|totally|completely)\))"
     r"(?: ?\((?:fully|totally|completely|collapsed)\))?"
     r"|" + _OTHER_BUILDINGS_BEFORE + r"(?:totally|fully|completely) (?:damaged|destroyed|collapsed)"
     r"(?: (?:houses|homes|dwellings|shelters))?)"
     r"\s*(?::|[–—-]|\.{2,}|…+)"
     # a cell of a row without its colon: "KALUTARA - Deaths 2; Houses fully damaged 21"
     r"|" + _TABLE_LABEL + r"(?:houses|homes|dwellings) (?:totally|fully|completely) (?:damaged|destroyed)"
     # a source's count: "the agency put the number of houses destroyed at 13,694"
     r"|(?:put|puts|putting|placed|places) (?:the )?number of (?:houses|homes|dwellings) (?:(?:fully |totally "
     r"|completely )?destroyed|(?:fully|totally|completely) damaged)\b(?:" + _NO_COUNT + r"){0,40}?\bat"
     r"|(?:houses|homes|dwellings) (?:fully |totally |completely )?destroyed (?:stands? |stood |put |estimated )?at"
     # the state first, a verb of number after: "Fully destroyed houses numbered 325,642"
     r"|(?:fully|totally|completely) (?:destroyed|damaged) (?:houses|homes|dwellings) (?:numbered|number|totalled"
     r"|totaled|total|reached|stood at|stand at|stands at)"
     # a running count: "the number of homes destroyed climbed to nearly 2,900"
     r"|number of (?:[\w-]+ )?(?:houses|homes|dwellings) (?:fully |totally |completely )?destroyed\b"
     r"(?:" + _NO_COUNT + r"){0,60}?\b" + RISE_TO +
     # the state before the noun: "bringing the number of destroyed homes to 640"
     r"|number of (?:fully |totally |completely )?destroyed (?:houses|homes|dwellings)\b"
     r"(?:" + _NO_COUNT + r"){0,60}?\b" + RISE_TO,
     Kind.HOUSES_DESTROYED),
    (r"(?<!government\s)(?<!public\s)(?<!school\s)(?:(?:houses|homes|dwellings|shelters|buildings) (?:damaged"
     r"|partially damaged|affected)(?: ?\((?:partially|partly)\))?"
     r"|(?:(?:houses|homes|dwellings|shelters|buildings) with )?(?:major|minor|partial|moderate|severe) damage"
     r"|" + _OTHER_BUILDINGS_BEFORE + r"(?:(?:partially|partly) (?:damaged|destroyed)|(?:heavily|moderately|lightly"
     r"|slightly|severely|badly) damaged)(?: (?:houses|homes|dwellings|shelters))?)"
     r"\s*(?::|[–—-]|\.{2,}|…+)"
     # the second of a source's pair: "put the number of houses fully damaged at 317 and partially damaged at 2,214"
     r"|(?:partially|partly) damaged (?:stands? |stood |put |estimated )?at"
     # a source's count of them by their state: "early reports put damaged houses at about 600"
     r"|(?:put|puts|putting|placed|places) (?:the )?(?:partially |partly )?damaged (?:houses|homes|dwellings) at"
     r"|(?:partially|partly) damaged (?:houses|homes|dwellings) (?:numbered|number|totalled|totaled|total|reached"
     r"|stood at|stand at|stands at)"
     r"|(?:put|puts|putting|placed|places) (?:the )?number of (?:houses|homes|dwellings) (?:partially |partly )?"
     r"damaged\b(?:" + _NO_COUNT + r"){0,40}?\bat"
     r"|" + _TABLE_LABEL + r"(?:houses|homes|dwellings) (?:partially|partly) (?:damaged|destroyed)"
     r"|number of (?:[\w-]+ )?(?:houses|homes|dwellings) (?:partially |partly )?damaged\b"
     r"(?:" + _NO_COUNT + r"){0,60}?\b" + RISE_TO +
     r"|number of (?:partially |partly )?damaged (?:houses|homes|dwellings)\b"
     r"(?:" + _NO_COUNT + r"){0,60}?\b" + RISE_TO,
     Kind.HOUSES_DAMAGED),
)  # fmt: skip
# Verbs whose object "NUM lives" is a death toll ("claimed 12 lives").
LIVES_VERBS = r"(?:claim(?:s|ed|ing)?|took|taken|taking|cost(?:ing|s)?|lost|lose|losing)(?:\s+[\d,]+\s+(?:and|,))?"
# "six of the dead are children": the noun names the kind, the predicate names the group.
OF_THE_KIND_NOUNS: dict[str, Kind] = {
    "dead": Kind.KILLED, "killed": Kind.KILLED, "deceased": Kind.KILLED, "fatalities": Kind.KILLED,
    "injured": Kind.INJURED, "wounded": Kind.INJURED, "displaced": Kind.DISPLACED, "victims": Kind.KILLED,
    "missing": Kind.MISSING,
}  # fmt: skip

# --- context -------------------------------------------------------------------------------------------------

# Forecasts and hypotheticals, looked for inside the stating phrase and in its clause before the number.
PROJECTION_CUES = (
    # ("May" the month is no modal: "on May 3", "in May", "since mid-May", "May 2024")
    r"could|(?<!\bon\s)(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!-)(?<!\bearly\s)(?<!\blate\s)(?<!\buntil\s)"
    r"(?<!\bby\s)may(?!\s+\d)|might|would|will|shall|expects?|expected|expecting|likely to|set to|projected|forecasts?"
    r"|forecasted|predicted|predicts?|projects? that|projections?|should be"
    r"|planning (?:for|figure|to)|plans? for|prepar(?:e|es|ed|ing) for|contingency|at risk|risk of|risks"
    # an intention, not an outcome: "plans to return 53,000 IDPs", "aims to relocate 4,000 households"
    r"|(?:plans?|planned|aims?|aimed|aiming|intends?|intended) to (?:return|relocate|resettle|move|evacuate|repatriate"
    r"|deport|bring back|send back|shift|transfer)"
    r"|potential(?:ly)?|scenarios?|anticipated|anticipates?|threatened with|in danger of|if\b"
    # a need, not a move yet: "more than 12,000 patients need to be evacuated for treatment abroad"
    r"|needs? to be (?:evacuated|relocated|moved|resettled)"
    # a move on a timetable has not happened yet: "a further 800 are scheduled to be moved this week"
    r"|(?:scheduled|slated|due) to be\b|(?:are|is) to be (?:evacuated|relocated|moved|resettled|transferred|shifted"
    r"|repatriated|returned)"
)
# Words that forecast a count rather than hedge it: a count of refugees with one of these in its clause is a
# displacement projection ("more than four million refugees may eventually need protection", "preparing for
# 100,000 refugees"), though no verb says they moved.
FORECAST_CUES = (
    r"\b(?:could|may|might|will|would|expects?|expected|expecting|projects?|projected|projections?|forecasts?"
    r"|forecasted|predicts?|predicted|anticipates?|anticipated|planning (?:for|to (?:deal with|receive|host))"
    r"|plans? for|prepar(?:e|es|ed|ing) for|contingency)\b"
)
REFUGEE_NOUNS = ("refugees", "asylum-seekers", "seekers")  # ("asylum seekers": its head)
# "may have been destroyed" estimates the past; it is not a forecast.
# (and what could be known of them, not what may happen: "the dead whose age could be established")
PAST_ESTIMATE = (
    r"(?:could|may|might|would|will) have(?! to\b)"
    r"|could (?:not )?be (?:established|confirmed|identified|verified|determined|ascertained)\b"
)
CUMULATIVE_CUES = (
    r"since|so far|to date|in total|a total of|total (?:number|of)|totall?ing|as of|bringing the (?:total|number|toll)"
    # standing totals: "the IDP population", "1.2 million remain displaced"
    r"|(?:idps?|displaced|displacement|refugee) (?:population|caseload)|(?:remain(?:s|ed|ing)?|still|currently)"
    r" (?:internally )?displaced"
    r"|cumulative|throughout|in the (?:past|last|previous) (?:[\w-]+ ){0,2}(?:hours?|days?|weeks?|fortnight|months?"
    r"|quarters?|years?)"
    r"|over the (?:past|last) (?:[\w-]+ ){0,2}(?:hours?|days?|weeks?|fortnight|months?|years?)"
    r"|(?:last|this) (?:month|week|year|fortnight|quarter)|in the (?:first|second|third|fourth) quarter"
    r"|in the (?:week|month|year) to|year[- ]to[- ]date"
    r"|within (?:[\w-]+ ){0,2}(?:hours|days|weeks|months)|during the (?:first|past|last)|past (?:week|month|year)"
    r"|between (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b|between \d{1,2} and \d{1,2} (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)|between \d{1,2} (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)"
)
# Before a number: population, hosting and aid targets ("home to three million", "a town of 50,000").
TRAP_BEFORE = (
    r"\b(?:home to|population of|populations? of|(?:economy|nation) of|(?:town|city|village|district|camp|country"
    r"|area|region"
    r"|province|state|settlement|capital|hamlet|island|community|neighbourhood|neighborhood|suburb|commune"
    r"|municipality|county|port|parish|borough|quarter|township|archipelago|atoll) of"
    # (unless a plain count of people follows: see trapped_before)
    r"|hosts?|hosting|hosted|affect(?:s|ed|ing)|shelter(?:s|ed|ing)|hous(?:e|es|ed|ing)|accommodat(?:es|ed|ing)"
    r"|assist(?:s|ing|ed)?"
    r"|reach(?:es|ing|ed)?|support(?:s|ing|ed)?|target(?:s|ing|ed)?|benefit(?:s|ing|ed)?|feed(?:s|ing)?|serv(?:e|es|ing)"
    r"|aid(?:s|ing|ed)?|help(?:s|ing|ed)?|vaccinat(?:e|es|ed|ing)|screen(?:s|ed|ing)?|attended|attends"
    # what supplies are for, not who was hurt: "enough surgical material to treat 2,500 wounded people"
    # (not hospitals struggling "to treat dozens of wounded", who were hurt)
    r"|(?:sufficient|enough|kits?|supplies|materials?|equipment|capacity)(?: [\w-]+){0,4}? to treat"
    # aid handed to people: "providing food to 75,000 displaced people"
    r"|(?:(?:provid|deliver|distribut|giv|offer|serv)(?:e|es|ed|en|ing)|gave)\s+(?:[\w-]+,?\s+){0,12}?(?:to|for)"
    r"|trapped(?: (?:under|beneath|in|inside))?|capacity(?: of)?|(?:space|room) for"  # ("has space for 60 bodies")
    r"|(?:up|down|upward|upwards|downward|downwards)(?: sharply| slightly| steeply)? from|compared (?:with|to)"
    # an old toll set against the new one or corrected: "higher than the figure of 114 given on Saturday",
    # "corrected Sunday's figure of 172 deaths"
    r"|(?:higher|lower|more|fewer|less) than (?:the )?(?:earlier |previous |initial )?(?:death )?(?:figure|toll|count"
    r"|estimate|tally) of"
    r"|correct(?:ed|s|ing) (?:the |an |its |[\w-]+['’]s )?(?:earlier |previous |initial )?(?:death )?(?:figure|toll"
    r"|count|tally) of"
    # the old figure a count grew from: "the toll rose sharply from the roughly 100 deaths counted on Tuesday"
    r"|(?:rose|risen|rising|increased|jumped|climbed|grew|fell|dropped)(?: sharply| steadily| quickly)? from(?: the)?"
    r"|(?:earlier|previous|initial|old|first) (?:[\w-]+ )?(?:death )?(?:tolls?|figures?|counts?|estimates?) of"
    # a ratio's base: "one toilet per 160 people", "a latrine for every 80 people"
    r"|\bper|for every"
    # a toll compared with: "more than double the toll of 70 given at the weekend"
    r"|(?:double|twice|triple|three times|half) (?:the )?(?:previous |earlier )?(?:death )?(?:toll|figure|count|number)"
    r" of"
    # a place's whole population: "the region's 150,000 residents"
    r"|(?:region|country|city|town|district|province|state|island|village|area|county|capital|nation)['’]s"
    # aid counted by whom it is for: "relief packs for 10,000 families"
    r"|(?:packs?|kits?|rations?|parcels?|items|assistance|aid|food|supplies|vouchers|cash|education|schooling"
    r"|cots|beds|mattresses|blankets|tents|spaces) for"  # (room made ready: "set up cots for up to 600 people")
    # a site's population: "Pulka hosts a camp for about 20,000 displaced people", "the town now holds 140,000"
    r"|(?:camps?|sites?|settlements?) for|holds"
    # the old toll a new one grew from: "the toll had risen to 54 from the eight deaths the army announced"
    r"|\bto [\d,.]+ (?:on \w+ )?from(?: the| an?)?"
    # ... with a date between: "the toll rose to 2,900 on 2 February, from 773 deaths reported on 30 January"
    r"|\bto [\d,.]+ (?:on|as of|by) [\w ]{1,20}?, from(?: the| an?)?"
    # a count a correction takes back: "CORRECTION: an earlier version of this brief said 370 people had been killed"
    r"|(?:earlier|previous|original|initial) (?:version|post|update|entry|report|story|article|bulletin|brief)"
    r"(?: of this (?:story|article|report|post|brief|bulletin|page))?(?: had)? (?:incorrectly |wrongly |mistakenly )?"
    r"(?:said|stated|reported|misstated|gave)(?: that)?"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|reported|gave)(?: that)?"
    # the whole of a ratio: "four of every five homes were destroyed", "one in every three children"
    r"|(?:out )?of every|in every"
    # people employed or trained, not harmed: "the project employs 28 refugees", "IOM trained 64 enumerators"
    r"|employ(?:s|ed|ing)?|hir(?:es|ed|ing)|train(?:s|ed|ing)?|recruit(?:s|ed|ing)?"
    # people asked, not harmed: "our team interviewed 96 refugees"
    r"|interview(?:ed|ing|s)?|survey(?:ed|ing|s)?|consult(?:ed|ing|s)?|spoke (?:to|with)|(?:met|meeting) with"
    # those aboard, not those harmed: "a bus carrying 43 workers plunged into the gorge"
    r"|carrying|ferrying|transporting"
    # aid given to people named right after the verb: "IOM provided 23,500 returnees with cash"
    r"|provid(?:e|es|ed|ing)"
    r"|population (?:has |had )?(?:swelled|swollen|grown|risen|increased|doubled|tripled)(?: with| by| to)?"
    # a toll superseded: "the toll, initially put at 19, rose to 27"
    r"|(?:initially|originally|earlier|previously|first) (?:put|given|reported|estimated|set|placed|stood)(?: at| as)?"
    # a proportion: "one in five households", "two out of three homes"
    r"|(?:one|two|three|\d+) (?:in|out of) (?:every )?)"
    r"(?:\s+(?:a|an|the|its|an estimated|estimated|some|about|around|nearly|almost|over|more than|at least|up to"
    r"|approximately|roughly))*\s*$"
)
# After the noun phrase: who they are, not what happened to them ("who live in the city", "in need of aid").
TRAP_AFTER = (
    # ("more than 800,000 displaced people live in some 2,000 informal sites": one place's population)
    # (held, not lost: "searching for dozens of people believed trapped under a landslide")
    r"^\s+(?:(?:believed|reportedly|still)\s+)?trapped\b|"
    # ("searching for one worker who remains trapped in the shaft")
    r"^\s+(?:[a-z-]+\s+){0,2}?(?:who|that)\s+(?:remains?|remained|are|is|were|was)\s+(?:still\s+)?trapped\b|"
    # (held in place, not moved: "Another 20,000 people are confined to their villages, unable to leave")
    r"^\s+(?:(?:are|were|remain|remained|have\s+been|had\s+been)\s+)?(?:still\s+)?(?:confined|besieged|encircled)\b|"
    # (past where they come from: "a further 60,000 refugees from Mali live in the region's camps")
    r"^\s+(?:from\s+[\w'’-]+\s+)?(?:now\s+|still\s+)?(?:live|reside)\s+in\s+(?:[\w,'’-]+\s+){0,3}?"
    r"(?:camps|sites|settlements|shelters|centres"
    r"|centers)\b|"
    # (and "112,000 internally displaced people live in Mecufi, Metuge and Ancuabe": named places' population)
    r"^\s+(?:now\s+|still\s+)?(?:live|reside)\s+in\s+(?:the\s+)?(?-i:[A-Z])|"
    # ("about 1 million displaced people now live in the city and its outskirts")
    r"^\s+(?:now\s+|still\s+)?(?:live|reside)\s+in\s+the\s+(?:city|town|capital|municipality|district|province"
    r"|region|governorate)\b|"
    r"^[\s,]*(?:who|that)\s+(?:now\s+)?(?:live|lived|(?:are|were)\s+(?:already\s+|still\s+)?living|have been living"
    r"|reside|are staying"
    r"|are hosted|are sheltering|are sheltered)\b|^\s*(?:are\s+|were\s+)?(?:in (?:\w+ )?need|need\b|requir|depend)"
    r"|^[^.;\d]{0,40}?\b(?:pulled|rescued|found|brought|taken)\b[^.;\d]{0,30}?\balive\b"
    r"(?![^.;]{0,20}?\b(?:later|subsequently|afterwards) (?:died|succumbed))"  # ("brought in alive later died")
    r"|^[\s,]*(?:are\s+|were\s+)?(?:already\s+)?living\s+(?:in|with)\b(?! (?:internal )?displacement)"
    r"|^\s*(?:had|have|has)?\s*(?:been\s+)?discharged\b"
    # aid received: "2,000 households to receive shelter kits" (beneficiaries)
    # (not "were received at border entry points": people taken in, not aid given)
    r"|^[\s,]*(?:(?:families|households|people|persons|individuals)\s+)?(?:(?:are|were)\s+(?=to\s)|will\s+)?"
    # (nor people taken in over a time: "4,318 new arrivals received during the reporting week")
    r"(?:to\s+|set\s+to\s+|due\s+to\s+)?(?:receive|received|receiving)\b"
    r"(?!\s+(?:at|in|by|into|from|during|over|since|this|last|so far|yesterday|today)\b)"
    # "196,000 displaced people, refugees and host community members in Diffa received food assistance"
    r"|^[^.;\d]{0,90}?\b(?:received|receiving|receive|benefited from|benefiting from)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:assistance|aid|food|kits|cash|support|items|rations|vouchers|services|transfers|help)\b"
    # a rate, not a count: "one child dies every two hours"
    r"|^[^.;]{0,30}?\bevery (?:\w+ )?(?:hours?|minutes?|seconds?)\b"
    # people taken, not displaced: "100 internally displaced women and children were abducted"
    r"|^(?:\s+(?:and|or)?\s*[a-z-]+){0,3}\s+(?:were|was|have been|had been|being)\s+(?:reported\s+(?:as\s+)?)?"
    r"(?:abducted|kidnapped|seized|taken hostage|detained|arrested|deprived of (?:their )?liberty)\b"
)

# Word stems of which every stated figure holds at least one (a superset of the triggers and kind nouns above);
# a sentence with none of them is skipped without looking for numbers.
CUE_STEMS = (
    "wiped out", "wiping out", "wipes out", "comprise", "consisted of", "packed",
    "climbed", "climbing", "scrambl", "clamber", "rushed", "rushing", "raced", "hurried", "waded", "retreated",
    "back home", "back in their",
    "seen since", "seen again", "heard from", "whereabouts", "treatment", "on admission", "bulldoz", "kia", "wia",
    "came down", "come down", "caved in", "admitted", "intensive care", "icu", "ordered out", "taken in",
    "has received", "have received", "welcomed", "hosts", "hosting", "temporary protection",
    "mia",
    "kill", "dead", "die", "dying", "death", "bod", "corpse", "lives", "slain", "murder", "perish", "massacr",
    "execut", "drown", "fatalit", "toll", "injur", "wound", "hurt", "missing", "unaccounted", "disappear",
    "displac", "fled", "flee", "ﬂee", "ee ", "forced", "forces ", "forcing", "uproot", "left", "abandon", "escap",
    "relocat", "cross",
    "driven", "refuge", "shelter", "idp", "arrival", "evacu", "moved", "camp", "centre", "center", "site",
    "homeless", "return", "went back", "went home", "came home", "head home", "heads home", "go home", "go back",
    "gone home", "gone back", "going home", "going back",
    "repatriat", "destr", "raz", "flatten", "collaps", "burn", "wash",
    "swept", "level", "demolish", "rubble", "damag", "flood", "inundat", "crack", "stay", "remain", "hotel",
    "living", "housed", "accommodat", "seek", "sought", "took", "found", "lost", "losing", "reduc", "squat",
    "arriv", "entered", "hospital", "alive", "behead", "lynch", "stabbed", "beaten", "casualt", "victim", "migrat",
    "pushed", "moving", "move back", "moves back", "ordered", "shifted", "headed", "trekked", "evict",
    "expel", "leaving", "torch",
    "set fire", "on fire", "ablaze", "gutt", "submerg", "landed", "succumb", "neutrali",
    "slaughter", "butcher", "assassinat", "ashes", "burial", "laid to rest", "engulf", "guts",
    "buri", "bury", "murder", "shot", "gunned", "slaughter",
    "done so", "did so", "do so", "did the same", "done the same", "followed suit", "pour", "stream", "flock",
    "surg", "spill", "trickl", "flow", "condition", "sent ", "sending", "night in", "nights in", "night at",
    "accounted for", "treated for", "been treated", "crowded into", "crammed into", "crowd into", "cram into",
    "squeezed into", "crowding into", "taken out", "help of", "help from", "ruins", "monoxide", "hypothermia",
    "frostbite", "taken by", "ferried", "total loss",
    # anaphors standing for a figure said before: "the figure could reach seven million", "Those from Kenya are"
    "the figure", "that figure", "this figure",
    "those from", "these from", "deceas", "martyr", "murders", "homicide", "scatter", "dispers",
    "sleeping", "sleep ", "sleeps ", "slept ",
    "decapitat", "roof", "transferr", "put the", "could reach", "slit", "stray", "the life of", "planning",
    "unroof", "crush", "swallow", "nowhere to", "electrocut", "beat to death", "with injuries", "to move", "gymnasium",
    "still in", " hall", "among them", "airlift", "flown out", "to leave", "vacate", "undergoing", "shahadat",
    "sent to hell", "carried", "evacuation order", "fully", "totally", "eliminat", "homicide", "gone back",
    "coming home", "hosted by", "jawan", "notable", "not returned", "not yet found", "unable to return",
    "frostbite", "with shelter", "victims", "breathed", "taken in by", "settled in", "search for", "no shelter",
    "camped", "movements", "unable to go", "pushed out", "forced out", "driven out", "no tent", "no tarpaulin",
    "first aid", "those treated", "the treated",
    "are gone", "were gone", "no home", "no house", "searching for", "distribution", "breakdown",
    "identified among", "entering", "crossing", "left each", "left every",
    "left per", "left daily", "froze", "freez", "putting up at", "putting up in",
    "put up at", "resettled",
    "amput", "bused", "bussed", "trucked", "transported", "brought down", "pulled down", "knocked down", "tore down",
    "torn down", "toppl", "alight", "maim", "fully", "totally", "completely", "partially", "partly",
    "reached", "reach ", "reaches ", "land ", "lands ", "disembark", "ashore", "exodus", "desaloj", "desabrig",
    "with relatives", "with host famil", "total loss",
    "cited", "cites", "fatally", "smoke", "the night in", "the night at", "overnight in", "overnight at",
    "evacuation notice", "under level",
    "influx", "outflow", "devour", "interred", "lodged", "untraced", "traced", "served outside", "open sky",
    "came home", "come home", "lose their", "lose his", "lose her", "asylum",
    "served inside", "classrooms", "wise:", "safety loc", "safety zone", "outside ecs", "inside ecs", "on the move",
    "outside evacuation", "inside evacuation", " ecs", "coliseum", "arena", "auditorium", "warehouse", "dormitor",
    "container settlement", "search continu", "searches continu", "search is on", "search goes on", "search resum",
    "among dead", "evacuation order", "ordered out", "ordered to leave", "largest number", "highest number",
    "biggest number", "the bulk", "concentration", "to safety", "safer", "higher ground", "body of", "another body",
    "further body", "more body", "additional body",
    "out of their homes", "allowed back", "were deaths", "are deaths", "without a place", "registered in",
    "registered at", "exceed", "spent the night", "spend the night", "loss of", "come back", "came back",
    "coming back", "gone back", "gone home", "deport", "stream back", "streamed back", "cross back", "brought back",
    "emergency accommodation", "public shelter", "relief camp", "safety location", "safe location", "put up in",
    "ran into", "ran to", "running into", "running to", "run into", "run to", "hiding in",
    "drive", "drove", "pushes", "push ", "setting fire", "sets fire", "claims lives", "claimed lives", "supreme price",
    "supreme sacrifice", "ultimate price", "ultimate sacrifice", "from homes", "searched for", "being sought",
    "never found", "never been found", "dislodg", "torn down", "wiped out", "tukul", "account for", "accounts for",
    "accounted for", "shelter population", "occupants", "slept in", "slept at", "being treated", "from their homes",
    "nears", "nearing", "approach", "walked to", "trekked to", "leave ", "losing their lives", "suffocat", "asphyxiat",
)  # fmt: skip

# --- words that PDF conversion runs together ---------------------------------------------------------------

# Known words for restoring lost spaces ("peoplewere", "displacedabout"): together with every word above, a
# compact list of function words and of the words reports use around figures. Compounds of two listed words
# ("overall", "someone", "without") are listed themselves so that they are never split.
KNOWN_WORDS = """  # one string, split when the lexicon is built
a about above across after afterwards again against ago ahead all almost alone along alongside already also
although always among amongst an and another any anyone anything anywhere are around as at away back be became
because become been before behind being below beside besides between beyond both but by can cannot could did
do does doing done down during each either else elsewhere enough even ever every everyone everything everywhere
few following for forever former from further furthermore had has have having he hence her here hereby herein
herself him himself his how however if in inside instead into is it its itself just last later latest least
less like made many may meanwhile might more moreover most mostly much must near nearby nearly neither never
nevertheless new newly next no nobody none nonetheless nor not nothing now nowhere of off often on once one
only onto or other others otherwise our ours ourselves out outside over overall own per rather same several
she should since so some somebody someone something sometime sometimes somewhat somewhere still such than that
the their theirs them themselves then there thereafter thereby therefore these they this those though through
throughout thus to today together tomorrow tonight too toward towards under until up upon us very via was we
week weeks well were what whatever when whenever where whereas whereby wherever whether which while who whoever
whole whom whose why will with within without would year years yesterday yet you your day days month months
hour hours night nights morning evening weekend earlier early late recent recently ago
people person persons individuals families family households household children women men civilians
killed kill kills killing died die dies dead death deaths toll injured injuries wounded missing displaced
displacement displacements displacing fled flee fleeing forced evacuated evacuation evacuate evacuations
sheltered shelter shelters sheltering refuge homeless returned return returnees returning destroyed
destruction damaged damage flooded houses homes house home buildings building camps camp centres centers
sites site schools reported estimated according said says official officials total number numbers figure
figures least nearly approximately roughly more than over affected remain remained remaining stay stayed
staying living moved taken seek sought sheltering following caused causing due result because region regions
district districts province provinces state states city cities town towns village villages area areas country
countries border capital county governorate camp rain rains heavy flood floods flooding storm storms typhoon
cyclone hurricane earthquake earthquakes quake landslide landslides drought fire fires fighting clashes
violence conflict attack attacks attacked airstrike airstrikes shelling bombing military army forces armed
government authorities agency agencies humanitarian assistance aid partners emergency response relief
temporary collective host hosts hosting community communities local national international united nations
"""
