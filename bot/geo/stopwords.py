"""English words that are also place names somewhere ("Of", "Police", "Mission", "Bar", "Victoria").

Capitalised at the start of a sentence or in a title they look like names; such a word names a place only with
a qualifier ("Bar district") or when its country is named in the same text. Words appearing in lower case
elsewhere in a text are treated the same way, so this list only needs the words that come capitalised.
French words that open sentences ("Parmi", "Selon") are listed too: a spelling of a town ("Parmi" for Parma) is
as good as its name. Names of months and days never name a place unless qualified ("21st March", "March town").
"""

from __future__ import annotations

_WORDS = """
    a about above according across after afternoon again against agency aid air all along also although among an
    and another any april army as at attack august authorities back bar before being below between both but by
    camp can capital central children city civil coast command council county court crescent cross day days dead
    death december defence democratic despite doctors during each early east eastern emergency even evening every
    february few first five food for force forces four friday from front general government governor group groups
    has have he health her here his hope how however human humanitarian if in independence independent interior
    international is islamic it its january july june just justice last later league liberty like local long
    march may mayor meanwhile media military minister ministry mission monday more morning most mount mr mrs ms
    much national nations new news night no none north northern not november now october of office officials on
    once one only or other our over paradise part party peace people police port president prime program
    programme province red refuge relief republic reuters rights river said saturday save security september
    several she since six so some south southern spokesman state states still such sunday support than that the
    their them then there these they this those three through thursday to today tuesday two union united until
    unity up victoria victory village war was we wednesday west western when where which while who why will with
    within world year yesterday
    abu bin ibn haj hajj sheikh khan emir imam mohammed muhammad ahmed ali hassan hussein omar mustafa
    read reply share daily jan feb mar apr jun jul aug sep sept oct nov dec media press presse agence dozens
    hundreds thousands kill kills killed flee flees fled hit hits strike strikes free liberation
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern centre center
    nord sud est ouest levant
    hospital clinic college university school academy institute church mosque temple cathedral market station
    airport prison barracks base hotel stadium hall park square bridge road street highway
    women men girls boys households families individuals persons summary highlights overview situation update
    seven eight nine ten eleven twelve twenty thirty forty fifty sixty hundred million billion
    deux trois quatre cinq sept huit neuf dix onze douze vingt trente cent mille
    parmi selon dont depuis lors entre vers avec sans sous sur chez pour par dans après avant pendant malgré aussi
    ainsi enfin outre plus moins tous toutes cette ces leur leurs notre mais donc car environ près
    mon ma mes ton ta tes son sa ses nos vos jai j’ai j'ai
"""
# Months and days, English and French: "March" (a town in England), "Mardi", "Mai" are dates in reports.
_DATE_WORDS = """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre decembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
"""
# Words of grammar, never a name unqualified even where a country of a town so spelt is named ("About 3,000 persons"
# in a report on the Philippines is no "Abut").
_GRAMMAR_WORDS = """
    a about above according across after again against along also although among an and another any as at before
    being below between both but by despite during each even every few for from has have he her here his how
    however if in is it its just more most much no none not now of on once only or other our over said several she
    since so some such than that the their them then there these they this those through to until up was we when
    where which while who why will with within yesterday today nearly almost around roughly some over under
"""
DATE_WORDS = frozenset(_DATE_WORDS.split())
# Words that name a place only with a qualifier ("March town"), whatever else the text names.
NAMES_ONLY_QUALIFIED = DATE_WORDS | frozenset(_GRAMMAR_WORDS.split())
COMMON_WORDS = frozenset(_WORDS.split()) | DATE_WORDS
# Names of organisations that a gazetteer also holds as places (a hamlet called Red Cross): in reports they name
# the organisation ("a Red Cross shelter").
ORGANISATION_NAMES = frozenset(
    {"red cross", "red crescent", "save the children", "world vision", "caritas", "croix rouge", "croissant rouge",
     "boko haram", "al shabaab", "medecins sans frontieres", "action contre la faim"}
)  # fmt: skip
