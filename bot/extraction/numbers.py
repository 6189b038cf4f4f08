"""Numbers in report text: digits with separators, number words, ranges, hedges and vague quantities."""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.extraction.lexicon import NUMBER_WORD_CUE, VAGUE_CUE, Lexicon, lower_keeping_length
from bot.values import Qualifier

# Every pattern here reads lower-cased text (see ``find_numbers``), so none needs the slower case-blind matching.
# Digits with thousands separators (comma, space, no-break, thin and narrow spaces, apostrophe) or a decimal,
# then an optional scale word ("1.5 million", "2.4m"). The first digit leads, so the engine can jump from digit to
# digit; the look-behinds then check the character before it.
_DIGITS = re.compile(
    # (South Asian grouping first: "1,48,500", "2,00,000", "12,34,56,789")
    # (a decimal comma before a scale, as continental and Turkish English write it: "2,9 million Syrians")
    # (after a slash only when a word stands before it: "9 dead/63 injured", not "12/03" nor "km/3")
    r"(\d(?<![\w.,:]\d)(?<![^\W\d]-\d)(?<!(?<![a-z]{3})/\d)(?:\d{0,2},\d{1,2}(?=\s?(?:million|billion|mln|bn)\b)"
    r"|\d?(?:,\d\d)+,\d{3}(?![\d])"
    # (a decimal part stays with its number: "42,476.18 hectares" is an area, not 42,476 of anything)
    r"|\d{0,2}(?:(?:,|[ \u00a0\u202f\u2009\u2007'’])\d{3})+(?:\.\d+)?(?![\d])|\d*(?:\.\d+)?))"
    # ("m" is metres before a dimension: "buried more than 3 m deep")
    r"(?:\s?(million|billion|thousand|hundred|lakhs?|crores?|mln|mn|bn|m|k)\b"
    r"(?!\s+(?:deep|high|long|wide|tall|thick|above|below|away|underground|in (?:depth|height|length|diameter))\b))?"
)
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SEPARATORS = re.compile(r"[, \u00a0\u202f\u2009\u2007'’]")
# A verb's "up", not the hedge "up to": "the toll has shot up to 326", "was revised up to 19".
_RISEN_UP = re.compile(
    r"\b(?:shot|gone|went|jumped|climbed|risen|rose|moved|come|came|crept|soared|revised|pushed|edged|ticked|surged"
    r"|spiked)\s+up(?=\s+to\b)"
)
# A count in brackets before its noun, "(38) deaths", "(60K+) people" (a noun after the bracket, not a list of
# places going on: "Mellit (9,100) and Kabkabiya (5,000)").
_BRACKETED_COUNT = re.compile(
    r"(\+?)\)\s(?=[a-z])(?!(?:and|or|in|of|to|the|a|an|with|from|at|on|by|for|as|while|were|was|are|is|have|has|had"
    r"|respectively|each)\b)"
)
_RESTATED = re.compile(r"\s*\(\s*")  # (before the same count in digits, closed by a bracket)
_CLOSE = re.compile(r"\s*\)")
# The first year of a span before its second: "in road accidents in 2021-22" (22 is a year, no count).
_YEAR_SPAN_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[-–/]$")
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_BETWEEN = re.compile(r"\bbetween\s+$")
_FROM = re.compile(r"\bfrom\s+$")
# ... unless the "from" opens the range itself: "estimates ranged from 34,000 to 71,000 deaths"
_RANGED_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|interval),?\s+from\s+$")
_AND = re.compile(r"^\s+and\s+$")
_NUMBER_WORD_SPLIT = re.compile(r"[\s-]+")
_QUARTERS: dict[tuple[str, ...], int] = {
    ("a", "quarter", "of"): 1,
    ("one", "quarter", "of"): 1,
    ("three", "quarters", "of"): 3,
}
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
)  # fmt: skip
_MONTH = rf"(?:{'|'.join(_MONTHS)})\b\.?"
# A day after its month, which a count after "to" cannot close a range with: "the toll since June 14 to 1,033".
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
# A day after "since": where a period starts, so "to" after it raises a count ("the toll since June 15 to 25").
_SINCE_DAY_BEFORE = re.compile(rf"\bsince\s+{_MONTH}\s+$")
_SINCE_DAY_TO_BEFORE = re.compile(rf"\bsince\s+{_MONTH}\s+\d{{1,2}}\s+to\s+$")
# What follows a number that is not a count of people or houses: units, dates, ages, ordinals, times.
_NOT_A_COUNT_AFTER = re.compile(
    # (how often, in a list: "displaced two, three, four times")
    rf"(?:(?:,\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}))*,?\s+(?:(?:or|and)\s+(?:sometimes\s+|even\s+)?)?"
    rf"(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+times\b"
    # (not a ratio after a count: "has reached 1,041,000, three times higher than a year ago")
    rf"(?!\s+(?:higher|more|larger|greater|bigger|lower|fewer|smaller|as\b|the\b|over\b|what\b))"
    rf"|\s*(?:%|per\s?cent|percent|pc\b)|(?:st|nd|rd|th)\b|[-\s]*(?:years?|months?|weeks?|days?)[-\s]old"
    # a decade, of an age or of years: "a couple in their 80s", "since the 1990s"
    rf"|(?<=0)['’]?s\b"
    # a compound naming the size of a thing: "the 156-unit Crestview Towers", "a 300-bed hospital", "a 12-storey block"
    rf"|-(?:units?|beds?|rooms?|storey|story|floors?|seats?|seater|acres?|hectares?|cars?|vehicles?|points?|pages?"
    rf"|apartments?|flats?|classrooms?|tents?)\b(?=\s+[A-Za-z])"
    # metres before a dimension: "more than 3 m deep"
    rf"|\s*m\s+(?:deep|high|long|wide|tall|thick|above|below|away|underground)\b"
    # a fraction: "Buner accounts for two-thirds", "three quarters of them"
    # (not an ordinal that opens a compound: "3,200 third-country nationals")
    rf"|[-\s](?:thirds|quarters|fifths|sixths|tenths)\b|-(?:third|quarter|fifth|sixth|tenth)\b(?!-)"
    # animals counted by the head: "5,17,000 heads of livestock"
    rf"|\s+heads?\s+of\s+(?:livestock|cattle|animals|sheep|goats|camels|poultry)"
    rf"|\s*(?:-|\s)?(?:km|kms|kilomet(?:re|er)s?|miles?|metres?|meters?|mm|cm|kg|kilos?|tons?|tonnes?|hectares?"
    rf"|ha|acres?|sq|square|feet|ft|degrees?|°|mph|km/h|magnitude|points?|dollars?|euros?|pounds|usd|eur"
    # (money by other names: "200,000 rupees in relief")
    rf"|rupees?|taka|naira|shillings?|rand|pesos?|francs?|yuan|yen|rupiah|dirhams?|riyals?|birr|kwacha|cedis?"
    rf"|dinars?|liras?|lira|rubles?|roubles?|hryvnias?|reais|kyats?|afghanis?|leones?|pula|ringgit|baht|dong"
    rf"|gourdes?|cfa|quetzal(?:es|s)?|lempiras?|soles|bol[ií]vares|colones|manats?|somoni|tenge|lari|ariary|kwanza"
    rf"|meticais|dalasis?|ouguiyas?|nakfa|tugriks?|rials?|tomans?|takas|lakh\s+rupees"
    # (volumes and weights of goods seized or delivered: "recovered 580,000 litres of crude")
    rf"|lit(?:re|er)s?|gallons?|barrels?|kilogram(?:me)?s?|grams?|lbs?|cubic"
    rf"|years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|nights?|decades?|centur(?:y|ies)"
    rf"|am|pm|a\.m|p\.m|gmt|utc|bpm|times|time|storeys?|floors?|items?)\b|\s*:\d|\s*{_MONTH}|\s*-?\s*(?:year|month|day|week|hour)\b"
    # a share: "nine in ten arrive with nothing"
    # (not where they are: "killed 12 in two villages")
    # a threshold, not a count: "ten or more families", "groups of 50 or more people"
    # (a count with its floor where no noun follows, which would make it a threshold: "put the number of injured
    # at 330 or more", "30 or more died")
    rf"|\s+or\s+(?:more|fewer|less|above|over)\b(?!\s*(?:[.,;:)]|$)|\s+(?:were|was|are|is|have|has|had|died|on|in|at"
    rf"|by|during|since|after|before|according|officials|police)\b)"
    # a list of how often, not of how many: "uprooted four, five or six times"
    rf"|(?:\s*,\s*[\w-]+){{0,3}}\s*,?\s+(?:or|to)\s+[\w-]+\s+times\b"
    # a score, not a count: "States hosting IDPs: 18 of 18"
    rf"|\s+of\s+\d[\d,]*\s*(?:$|[\n.;,)])"
    rf"|\s+(?:in|out of)\s+(?:every\s+)?(?:ten|five|four|three|two|a hundred|10|100)\b(?!\s*(?:were|are|have"
    # (a place's name may stand between: "kill 23 in three Kebbi villages")
    rf"|(?:separate\s+|different\s+|neighbouring\s+|neighboring\s+|[a-z]+\s+)?(?:villages|towns|districts|provinces|regions"
    rf"|states|counties|areas|communities|localities|locations|camps|sites|countries|attacks|incidents|cities"
    # (nor over a time: "kills over 400 in five days")
    rf"|days|weeks|months|years|hours|nights|decades)\b))"
    rf")"
)
_AGE_OF_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:boy|girl|man|woman|child|baby|infant|toddler|teenager|son|daughter"
    r"|grandmother|grandfather|widow|mother|father|person|pensioner)\s+of\s+(?:about\s+|around\s+|some\s+"
    r"|roughly\s+|only\s+|just\s+)?$"
)
_PHONE_AFTER = re.compile(r"-\d{2,4}-\d{2,4}\b")
_PHONE_BEFORE = re.compile(r"\b\d{1,4}-(?:\d{2,4}-)*$")
_DAY_MONTH = re.compile(r"/\d{1,2}(?:/\d{2,4})?\b")
_SHARE_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out of)\s+(?:every\s+)?$", re.IGNORECASE
)
_SHARE_BASE = re.compile(r"(?:ten|five|four|three|two|a hundred|10|100)\b", re.IGNORECASE)
# The first term of a ratio: "roughly one in seven residents", "1 in 3 children", "two in every ten homes" (not a
# count spread over places or events: "12 in three attacks").
_RATIO_AFTER = re.compile(
    r"\s+in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\d{1,3})\b"
    r"(?=\s*(?:[,.;:)]|$|of\b|(?:[\w-]+\s+)?(?:residents|people|persons|households|families|children|adults|women"
    r"|men|inhabitants|homes|houses|americans|canadians|britons|australians)\b))",
    re.IGNORECASE,
)
_CURRENCIES = ("$", "€", "£", "¥", "₹")
_NOT_A_COUNT_WORDS = (
    "us$", "usd", "eur", "rs.", "rs", "inr", "no.", "nos.", "#", "number", "page", "pages", "article", "resolution",
    "category", "level", "phase", "ipc", "route", "highway", "section", "chapter", "grade", "class", "flight",
    "magnitude", "aged", "age", "ages", "of age", "aged between", "ages of", "age of",
    # an age given roughly: "a girl aged about 12 succumbed"
    "aged about", "aged around", "aged approximately", "aged roughly", "aged nearly", "aged over", "aged under",
    # currencies by their codes: "GBP 250,000", "CHF 298,740"
    "gbp", "chf", "cad", "aud", "jpy", "cny", "rmb", "pkr", "bdt", "npr", "lkr", "php", "idr", "myr", "thb", "kes",
    "ngn", "etb", "sdg", "ssp", "xof", "xaf", "zar", "mzn", "mga", "mwk", "afn", "syp", "lbp", "yer", "iqd", "uah",
    "cop", "ves", "hnl", "gtq", "brl", "mxn", "htg", "tk", "ksh", "shs", "frw", "cfa",
    # a label's number: "Bulletin No. 5", "the 3rd Brigade's Battalion 12"
    "wave", "bulletin", "sitrep", "edition", "stage", "cycle", "brigade", "battalion", "regiment", "squadron",
    # an emergency service's number: "Rescue 1122 evacuated 1,140 people" (rescued people are no figure either)
    "rescue",
    # a document's parts: "(see Table 2)", "Annex 4"
    "table", "annex", "map", "chart", "graph", "appendix",
    # whose parent a person is: "a mother of three was shot dead"
    "mother of", "father of", "parent of", "grandmother of", "grandfather of", "widow of",
)  # fmt: skip
_NOT_A_COUNT_BEFORE = re.compile(
    # (a month after its day is a whole date, and the number after it a count: "On 3 September two children drowned")
    rf"(?:[{''.join(_CURRENCIES)}]\s?|\b(?:{'|'.join(map(re.escape, _NOT_A_COUNT_WORDS))})\s*"
    rf"|(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b{_MONTH}\s*)$"
)
# What text before a number must end with (spaces aside) for _NOT_A_COUNT_BEFORE to match there.
_NOT_A_COUNT_ENDS = (*_CURRENCIES, *_NOT_A_COUNT_WORDS, *_MONTHS, *(f"{month}." for month in _MONTHS))
_WEEKDAY_BRACKET = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\s*\(\s*$"
)
# A second age in a list of ages: "aged 8 and 11", "aged 14, 15 and 17".
_DAY_PAIR = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|&|,|-|–|to)\s*$")
_DAY_PAIR_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s*(?:and|&|-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}")
# An age, in digits or words: "aged 8", "aged seven" (the noun-phrase reader skips these too).
AGE = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
)
_AGE_LIST_BEFORE = re.compile(r"\bage[sd]?\s+(?:of\s+)?(?:between\s+)?(?:" + AGE + r"\s*(?:,|and|or|to|&|-|–)\s*)+$")
_NUMBER_AS_VERB = re.compile(
    r"\b(?:people|persons|dead|deaths|injured|wounded|missing|displaced|evacuees|refugees|idps|fatalities|casualties"
    r"|victims|migrants|returnees)\s+(?:[^.;:\d]{1,40}?\s+)?(?:now\s+|currently\s+|already\s+)?number(?:ed)?\s*$"
)  # ("Refugees in Chad now number 1.2 million", "refugees and migrants worldwide now number 7.9 million")
# A noun after a number in a list of ages makes it a count: "a man aged 30 and three children drowned".
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:years?|yrs?|months?|and|or|to|were|was|are|is|have|has|had|died|drowned|perished|who|from|in|on|at"
    r"|of|when|while|with|respectively|each|both|all|the)\b)[a-z]{3,}(?<!ed)\b(?!\s+(?:old|of age)\b)"
)
# A hedge after the count: "30 or so", "1,000-odd" (about); "50-plus", "the 45,000-plus deaths" (more than).
_APPROX_AFTER = re.compile(r"\s+or\s+so\b|-odd\b|\s+odd\b(?=\s+[a-z])")
_OR_MORE_AFTER = re.compile(r"\s+or\s+more\b")  # (a floor: "330 or more", at least 330)
_PLUS_AFTER = re.compile(r"[-\s]plus\b(?=\s+[a-z])", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|those|them|these|whom)\b")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_AGE_BOUND_BEFORE = re.compile(
    r"\b(?:men|women|people|persons|residents|adults|those|anyone|elderly|villagers|civilians|children|boys|girls"
    r"|infants|them|whom)\s+(?:over|above|under|below|older than|younger than|aged over|aged under)\s+$"
)
# What the dead or the hurt were, before an age of two digits: "at least nine of the dead were over 65".
_HARMED_AGE_BEFORE = re.compile(
    r"\b(?:dead|victims|deceased|killed|injured|wounded|missing)\s+(?:were|are)(?:\s+all)?\s+(?:over|above|under"
    r"|below|older than|younger than|aged over|aged under)\s+$"
)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|civilians|children|women|men|residents|families|households)\b")
# Nouns a number names rather than counts ("Camp 14", "Pavilion 2", "Gate 3"); read lower-cased.
SITE_DESIGNATORS = (
    r"(?:camps?|blocks?|sectors?|wards?|zones?|pavilions?|cell\s?blocks?|gates?|buildings?|towers?|halls?|phases?"
    r"|routes?|highways?|platforms?|military regions?|battalions?|brigades?|regiments?|squadrons?)"
)
_SITE_NUMBER_BEFORE = re.compile(rf"\b{SITE_DESIGNATORS}\s+(?:\d{{1,3}}[a-z]?\s*(?:,|and|&|-|–)\s*)*$")


# The values of the English reading are named tuples: immutable like frozen dataclasses, and built in half the time
# (tens of them a report).
class NumberMention(NamedTuple):
    """A stated quantity: where it sits (including its hedge) and what it says."""

    start: int
    end: int
    value: int | None
    value_max: int | None
    qualifier: Qualifier
    vague_word: str = ""


class _Core(NamedTuple):
    start: int
    end: int
    value: float
    scaled: bool
    fraction: bool = False  # "1.5" with no scale word: a count only as the low end of "1.5 to 2 million"


def _digit_value(digits: str, scale: str | None, lex: Lexicon) -> float | None:
    if _DECIMAL_COMMA.fullmatch(digits):
        digits = digits.replace(",", ".")  # ("2,9 million": the scale follows, so the comma is no separator)
    elif not scale and _DOT_THOUSANDS.fullmatch(digits):
        # dots between groups of three, as Latin America's and Europe's outlets write in English too ("14.210
        # displaced", "18.000 residents"): no count of people has a fraction
        return float(digits.replace(".", ""))
    plain = digits if digits.isdecimal() else _SEPARATORS.sub("", digits)
    try:
        number = float(plain)
    except ValueError:
        return None
    if scale:
        number *= lex.scales[scale.lower()]
    return number


def word_number_value(text: str, lex: Lexicon) -> int | None:
    """The value of a run of number words ("twenty-one", "two dozen", "one hundred and five"), or None."""
    total = 0
    current = 0
    seen = False
    last_small = False
    tokens = _NUMBER_WORD_SPLIT.split(text.lower())
    halved = bool(tokens) and tokens[0] == "half"  # "half a million"
    quarters = _QUARTERS.get(tuple(tokens[:3]), 0)  # "a quarter of a million", "three-quarters of a million"
    for token in tokens[1:] if halved else tokens[3:] if quarters else tokens:
        if token in ("and", ""):
            continue
        if token in ("a", "an"):
            current = current or 1
            continue
        if token in lex.units or token in lex.tens:
            small = lex.units.get(token, lex.tens.get(token, 0))
            if last_small and not (current % 100 >= 20 and current % 10 == 0 and small < 10):
                return None  # "seventeen one": two numbers side by side, not one
            current += small
            last_small = True
        elif token == lex.dozen:
            current = (current or 1) * 12
            last_small = False
        elif token == "hundred":
            current = (current or 1) * 100
            last_small = False
        elif token in lex.scales:
            total += (current or 1) * lex.scales[token]
            current = 0
            last_small = False
        else:
            return None
        seen = True
    if not seen:
        return None
    if quarters:
        return (total + current) * quarters // 4
    return (total + current) // 2 if halved else total + current


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _cue_flags(text: str, lex: Lexicon) -> int:
    """Which kinds of number words the text may hold (NUMBER_WORD_CUE, VAGUE_CUE), from one pass in C."""
    flags = 0
    for _, cue in lex.number_cues.iter(text):
        flags |= cue
        if flags == NUMBER_WORD_CUE | VAGUE_CUE:
            break
    return flags


def _cores(text: str, lex: Lexicon, taken: list[tuple[int, int]], words: bool) -> list[_Core]:
    cores: list[_Core] = []
    for m in _DIGITS.finditer(text):
        if taken and _overlaps(m.start(), m.end(), taken):
            continue
        digits, scale = m.group(1, 2)
        value = _digit_value(digits, scale, lex)
        if value is None:
            continue
        if not scale and len(digits) == 4 and _YEAR.match(digits):
            continue
        fraction = not scale and "." in digits and not _DOT_THOUSANDS.fullmatch(digits)
        cores.append(_Core(m.start(), m.end(), value, bool(scale), fraction))
    digit_cores = len(cores)
    for m in lex.number_words.finditer(text) if words else ():
        value = word_number_value(m.group(0), lex)
        if value is not None and not _overlaps(m.start(), m.end(), taken + [(c.start, c.end) for c in cores]):
            cores.append(_Core(m.start(), m.end(), float(value), False))
    if len(cores) > digit_cores:  # digits alone come in text order
        cores.sort(key=lambda c: c.start)
    return cores


# A sentence naming the people it speaks of, whose bracketed numbers are their ages.
# A person, then the name in apposition, then an opening bracket: "an elderly woman, Mariyamma (", "the driver,
# Abdul Rahim Khan (" (a person named in a list of places is no person: "deaths: Dhubri (12)")
_NAMED_PERSON_BEFORE = re.compile(
    r"\b(?:woman|man|boy|girl|child|wife|husband|son|daughter|mother|father|brother|sister|farmer|driver|teacher"
    r"|student|worker|labourer|laborer|fisherman|trader|shopkeeper|resident|villager|youth|victim|pilgrim|deceased"
    r"|grandfather|grandmother|granddaughter|grandson|priest|imam|nurse|doctor|soldier|officer|constable|jawan)"
    r",\s+(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*\s*\($",
    re.IGNORECASE,  # (read in lowered text, where a name's capital is gone)
)
# A speaker's name right before a number between commas: "said Jorge, 58, now staying at a shelter" (an age).
_SPEAKER_NAMED_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|explained|explains|recalled|recalls|added|adds|according to)"
    r"\s+(?:[^\W\d_][\w.'’-]*\s+){0,2}[^\W\d_][\w.'’-]*,\s*$"
)
_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:identified|named)(?:\s+(?:them|him|her))?\s+as\b|\bnames?\s+(?:are|were|is|was)\b"
)


def _is_count(text: str, start: int, end: int) -> bool:
    if _NOT_A_COUNT_AFTER.match(text, end):
        return False
    if (
        (" in " in text[max(0, start - 12) : start] or "out of " in text[max(0, start - 8) : start])
        and _SHARE_BEFORE.search(text, max(0, start - 20), start)
        and _SHARE_BASE.match(text, start)
    ):
        return False  # the base of a share: "nine in 10 of Gaza's population", "one in five households"
    if end - start <= 5 and text.startswith(" in ", end) and _RATIO_AFTER.match(text, end):
        return False  # the share's first term: "one in seven residents"
    if _PHONE_AFTER.match(text, end) or _PHONE_BEFORE.search(text, max(0, start - 10), start):
        return False  # a telephone number: "call the toll-free line at 1-888-991-0000"
    if end - start <= 6 and text.endswith(("(top ", "the top "), 0, start):
        return False  # a rank: "Deaths by governorate (top five)"
    if end - start <= 2 and _DAY_MONTH.match(text, end):
        return False  # a date written with slashes: "body recovered 16/08", "on 3/11/2024"
    if (
        end - start <= 2
        and _DAY_PAIR.search(text, max(0, start - 20), start)
        and not _PEOPLE_AFTER.match(text, end)
        and not _SINCE_DAY_TO_BEFORE.search(text, max(0, start - 30), start)  # ("the toll since June 15 to 25")
        and not (text[start:end].isdigit() and int(text[start:end]) > 31)  # (no day: "on July 1 to 87")
    ):
        return False  # the second day of "April 11 and 12" (not "on August 20, 23 people have died")
    if end - start <= 2 and _YEAR_SPAN_BEFORE.search(text, max(0, start - 6), start):
        return False  # the end of a span of years: "in road accidents in 2021-22"
    if end - start <= 2 and _DAY_PAIR_AFTER.match(text, end):
        return False  # the first day of "11 and 12 April"
    if end - start <= 2 and text[start - 1 : start] == "(" and _WEEKDAY_BRACKET.search(text, max(0, start - 24), start):
        return False  # a day of the month after its weekday: "rose to 48 on Tuesday (21)"
    if end - start <= 2 and text.endswith("round ", 0, start) and (start == 6 or not text[start - 7].isalpha()):
        return False  # a survey's round ("Round 9"); "round 900,000" is "around" cut short
    if end - start <= 3 and _AGE_BOUND_BEFORE.search(text, max(0, start - 30), start):
        return False  # an age bound: "pulling men and women over 60 from their homes", "children under 5"
    if end - start == 2 and _HARMED_AGE_BEFORE.search(text, max(0, start - 40), start):
        return False  # "nine of the dead were over 65" (not "the dead were above 300")
    if (
        end - start <= 2
        and " of " in text[max(0, start - 20) : start]
        and _AGE_OF_BEFORE.search(text, max(0, start - 40), start)
    ):
        return False  # an age: "including a boy of about 10", "a woman of 70"
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return False  # a part of a compound word: "a ground-plus-three building", "Covid-19"
    if (
        end - start <= 3
        and text[start - 1 : start] == "("
        and text.startswith(")", end)
        and _IDENTIFIED_BEFORE.search(text, 0, start)
    ):
        return False  # an age after a name: "The deceased were identified as Thomas Varghese (72) and ..."
    if (
        end - start <= 3
        and text[start - 1 : start] == "("
        and text.startswith(")", end)
        and _NAMED_PERSON_BEFORE.search(text, max(0, start - 60), start)
    ):
        return False  # an age after a person and his name: "an elderly woman, Mariyamma (68), and ..."
    if end - start <= 2 and text.startswith(",", end) and _SPEAKER_NAMED_BEFORE.search(text, max(0, start - 60), start):
        return False  # "said Jorge, 58, now staying at a shelter": the speaker's age
    if end - start <= 3 and _SITE_NUMBER_BEFORE.search(text, max(0, start - 30), start):
        return False  # a site's number: "refugees in Camp 14", "in Camps 10 and 12", "Block 7"
    window = max(0, start - 24)
    if (
        "age" in text[max(0, start - 40) : start]
        and _AGE_LIST_BEFORE.search(text, max(0, start - 40), start)
        and not _COUNTED_AFTER.match(text, end)  # ("a man aged 30 and three children": a count again)
    ):
        return False
    if not text[window:start].rstrip().endswith(_NOT_A_COUNT_ENDS):
        return True  # nothing before can make it a non-count: spare the regex its search
    if _NUMBER_AS_VERB.search(text, max(0, start - 70), start):
        return True  # "injured people number 565": a verb, not a label's number
    return not _NOT_A_COUNT_BEFORE.search(text, window, start)


def _qualifier(text: str, start: int, lex: Lexicon) -> tuple[int, Qualifier]:
    """Where the hedge before a number starts, and what it says."""
    if start and text[start - 1] in "><~" and (start == 1 or not text[start - 2].isalnum()):
        # ">100 killed", "Total returns: ~375,000"
        return start - 1, {">": Qualifier.MORE_THAN, "<": Qualifier.LESS_THAN, "~": Qualifier.ABOUT}[text[start - 1]]
    window = max(0, start - 40)
    before = text[window:start]
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped.endswith(lex.hedge_ends):
        return start, Qualifier.EXACT  # no hedge can end here: spare the regex its search
    m = lex.qualifier_before.search(text, window, start)
    if not m:
        return start, Qualifier.EXACT
    if _RISEN_UP.search(text, max(0, m.start() - 12), m.end()):
        return start, Qualifier.EXACT  # "the toll has shot up to 326": a verb's "up to", no hedge
    phrase = f" {' '.join(m.group(0).split())} "
    # the longest hedge named as whole words wins ("just over" over "over")
    qualifier = next((q for hedge, q in lex.hedges if hedge in phrase), Qualifier.EXACT)
    return m.start(), qualifier


def _restatement_end(text: str, core: _Core, nxt: _Core) -> int | None:
    """Where "Five (5)" ends, when the next count restates this one in brackets."""
    if nxt.value != core.value or not _RESTATED.fullmatch(text, core.end, nxt.start):
        return None
    close = _CLOSE.match(text, nxt.end)
    return close.end() if close else None


def find_numbers(text: str, lex: Lexicon) -> list[NumberMention]:
    """Every stated quantity in a sentence, in order, with ranges merged and non-counts dropped."""
    text = lower_keeping_length(text)  # offsets are kept, and every pattern here reads lower case
    flags = _cue_flags(text, lex)
    vague = (
        []
        if not flags & VAGUE_CUE
        else [
            NumberMention(
                start=m.start(),
                end=m.end(),
                value=None,
                value_max=None,
                qualifier=Qualifier.VAGUE,
                vague_word=" ".join(m.group(0).split()),
            )
            for m in lex.vague.finditer(text)
            # "many of the wounded" points back at people already counted; "thousands of the residents" still counts
            if m.group(0) in lex.vague_standalone or not _PARTITIVE_AFTER.match(text, m.end())
        ]
    )
    cores = _cores(text, lex, [(v.start, v.end) for v in vague], bool(flags & NUMBER_WORD_CUE))
    mentions: list[NumberMention] = []
    i = 0
    while i < len(cores):
        core = cores[i]
        low, high, end = core.value, None, core.end
        between = _BETWEEN.search(text, max(0, core.start - 12), core.start)
        restated = _restatement_end(text, core, cores[i + 1]) if i + 1 < len(cores) else None
        if restated is not None:
            end = restated  # "Five (5) members": one count, written twice
            cores.pop(i + 1)
        elif i + 1 < len(cores):
            nxt = cores[i + 1]
            gap = text[core.end : nxt.start]
            from_before = _FROM.search(text, 0, core.start) and not _RANGED_FROM.search(text, 0, core.start)
            # (so too a dateline's dash: "SINDHUPALCHOK, Aug 15 - Eleven bodies have been recovered")
            day_to_count = (
                core.end - core.start <= 2
                and ((nxt.value > 31 and gap.strip() == "to") or (gap.strip() in "-–—" and gap != gap.strip()))
                and _MONTH_BEFORE.search(text, max(0, core.start - 12), core.start) is not None
            ) or (
                core.end - core.start <= 2
                and gap.strip() == "to"
                and _SINCE_DAY_BEFORE.search(text, max(0, core.start - 18), core.start) is not None
            )
            if ((_RANGE_JOIN.match(gap) and not from_before) or (between and _AND.match(gap))) and not day_to_count:
                if nxt.scaled and not core.scaled and core.value * (nxt.value / max(core.value, 1)) > 0:
                    scale = next((s for s in (1e9, 1e6, 1e3) if nxt.value >= s and core.value < s), 1.0)
                    low = core.value * scale if core.value * scale <= nxt.value else core.value
                high, end = nxt.value, nxt.end
                i += 1
        i += 1
        start = between.start() if between and high is not None else core.start
        if (core.fraction and high is None) or not _is_count(text, core.start, end):
            continue
        plus = False
        if high is None and text[start - 1 : start] == "(" and (close := _BRACKETED_COUNT.match(text, end)):
            end, plus = close.end() - 1, bool(close.group(1))  # "(38) deaths", "(60K+) people": the noun after
        qstart, qualifier = _qualifier(text, start, lex)
        if high is not None:
            qualifier = Qualifier.RANGE
        elif plus:
            qualifier = Qualifier.MORE_THAN
        elif text.startswith("+", end):
            end += 1
            qualifier = Qualifier.MORE_THAN
        elif (plus_word := _PLUS_AFTER.match(text, end)) is not None:
            end = plus_word.end()  # "the 45,000-plus deaths"
            qualifier = Qualifier.MORE_THAN
        elif (or_more := _OR_MORE_AFTER.match(text, end)) is not None and qualifier is Qualifier.EXACT:
            end = or_more.end()
            qualifier = Qualifier.AT_LEAST
        elif approx := _APPROX_AFTER.match(text, end):
            end = approx.end()  # "another 30 or so were wounded", "some 1,000-odd families"
            qualifier = Qualifier.ABOUT if qualifier is Qualifier.EXACT else qualifier
        mentions.append(
            NumberMention(
                start=qstart,
                end=end,
                value=round(low),
                value_max=round(high) if high is not None else None,
                qualifier=qualifier,
            )
        )
    mentions.extend(v for v in vague if not any(m.start <= v.start < m.end for m in mentions))
    mentions.sort(key=lambda n: n.start)
    return mentions
