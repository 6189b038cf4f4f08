"""French words and phrases for the clause-reading engine (``bot.extraction.clauses``), as regex fragments.

Only data lives here. Patterns are matched against lower-cased text; a space stands for any run of whitespace,
and an apostrophe for either of ' and ’.
"""

from __future__ import annotations

from bot.values import Group, Kind, Qualifier

# --- numbers -------------------------------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    # Belgian and Swiss tens
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
HUNDRED = ("cent", "cents")
# ("deux douzaines de blessés": 24)
SCALES: dict[str, int] = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 10**9,
                          "milliards": 10**9, "douzaines": 12}  # fmt: skip
# Digits then one of these: "2,4 millions", "20 mille", "5 000".
DIGIT_SCALES: dict[str, int] = {**SCALES, "m": 1_000_000, "k": 1_000}
JOINERS = ("et",)  # "vingt et un"
# "Et" joins number words only before one of these: "soixante et onze", but "sept et cinq décès" are two counts.
JOINED_NEXT = ("un", "une", "onze")
# ... and only after a ten: "vingt et un" is one number, "deux et un décès" two counts side by side
JOINED_AFTER = ("vingt", "trente", "quarante", "cinquante", "soixante")
# Approximate counts: "une vingtaine" is about 20, "un millier" about 1,000.
APPROXIMATE: dict[str, int] = {
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
    "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60, "une septantaine": 70,
    "une huitantaine": 80, "une nonantaine": 90, "une centaine": 100,
    "un millier": 1_000,
}  # fmt: skip
# Quantities that name no number: value null, qualifier vague (each needs a counted noun after it).
VAGUE = (
    "des dizaines de milliers", "des centaines de milliers", "plusieurs dizaines de milliers",
    "plusieurs centaines de milliers", "des dizaines", "des centaines", "des milliers", "plusieurs milliers",
    "plusieurs centaines", "plusieurs dizaines", "quelques centaines", "quelques milliers", "quelques dizaines",
    "des millions", "des douzaines", "par milliers", "par centaines", "par dizaines", "dizaines de milliers",
    "centaines de milliers",
    "de nombreux", "de nombreuses", "de milliers", "de centaines", "de dizaines de milliers",
    "de centaines de milliers",
)  # fmt: skip
# Vague words that stand for no count: never reported ("plusieurs", "de nombreux").
UNCOUNTED_VAGUE = ("de nombreux", "de nombreuses")

QUALIFIERS: dict[str, Qualifier] = {
    "au moins": Qualifier.AT_LEAST, "pas moins de": Qualifier.AT_LEAST, "au minimum": Qualifier.AT_LEAST,
    "plus de": Qualifier.MORE_THAN, "plus d'": Qualifier.MORE_THAN, "au-delà de": Qualifier.MORE_THAN,
    "bien plus de": Qualifier.MORE_THAN, "près de": Qualifier.ABOUT, "environ": Qualifier.ABOUT,
    "quelque": Qualifier.ABOUT, "quelques": Qualifier.ABOUT, "autour de": Qualifier.ABOUT,
    "approximativement": Qualifier.ABOUT, "presque": Qualifier.ABOUT, "pratiquement": Qualifier.ABOUT,
    "quasiment": Qualifier.ABOUT, "une estimation de": Qualifier.ABOUT, "un total estimé à": Qualifier.ABOUT,
    "estimés à": Qualifier.ABOUT, "estimé à": Qualifier.ABOUT, "estimées à": Qualifier.ABOUT,
    "jusqu'à": Qualifier.UP_TO, "moins de": Qualifier.LESS_THAN, "moins d'": Qualifier.LESS_THAN,
    "près d'": Qualifier.ABOUT, "autour d'": Qualifier.ABOUT, "pas moins d'": Qualifier.AT_LEAST,
    "au-delà d'": Qualifier.MORE_THAN, "bien plus d'": Qualifier.MORE_THAN, "aux alentours de": Qualifier.ABOUT,
    # "le nombre de déplacés dépasse désormais les deux millions"
    "dépasse les": Qualifier.MORE_THAN, "dépassé les": Qualifier.MORE_THAN, "dépasse": Qualifier.MORE_THAN,
    "dépassé": Qualifier.MORE_THAN, "dépassant": Qualifier.MORE_THAN, "dépassant les": Qualifier.MORE_THAN,
    "franchi la barre des": Qualifier.MORE_THAN, "franchi le cap des": Qualifier.MORE_THAN,
}  # fmt: skip
# After the counted noun: "dix morts au moins".
QUALIFIERS_AFTER: dict[str, Qualifier] = {"au moins": Qualifier.AT_LEAST, "environ": Qualifier.ABOUT}
RANGE_BEFORE = r"entre|de|d'"  # "de 1 à 3 millions", "d'un à cinq millions"
RANGE_JOIN = r"et|à|-|–"

# --- what is counted -----------------------------------------------------------------------------------------

# Words allowed between a number and its noun ("six autres hommes", "de nouveaux réfugiés").
MODIFIERS = (
    "autres", "d'autres", "nouveaux", "nouvelles", "nouveau", "jeunes", "petits", "petites", "premiers", "derniers",
    "de", "d'", "des", "du", "les", "personnes", "«", "»", '"', "celles", "ceux",
    # (before one person: "un autre militaire", "un jeune berger", "un vieil homme")
    "autre", "jeune", "vieil", "vieux", "vieille", "petit", "petite",
)  # fmt: skip
GROUP_NOUNS: dict[str, Group] = {
    "personnes": Group.PEOPLE, "personne": Group.PEOPLE, "individus": Group.PEOPLE, "gens": Group.PEOPLE,
    "habitants": Group.PEOPLE, "villageois": Group.CIVILIANS, "hommes": Group.PEOPLE, "homme": Group.PEOPLE,
    "harraga": Group.PEOPLE,  # (the Maghreb's word for those who cross the sea without papers)
    "passagers": Group.PEOPLE, "migrants": Group.PEOPLE, "pèlerins": Group.PEOPLE, "fidèles": Group.PEOPLE,
    "clients": Group.PEOPLE, "usagers": Group.PEOPLE, "ouvriers": Group.PEOPLE, "apprentis": Group.PEOPLE,
    "détenus": Group.PEOPLE, "prisonniers": Group.PEOPLE,  # (whose fate the verb tells: "14 détenus ont succombé")
    "élèves": Group.PEOPLE, "étudiants": Group.PEOPLE, "travailleurs": Group.PEOPLE, "agriculteurs": Group.PEOPLE,
    "éleveurs": Group.PEOPLE, "orpailleurs": Group.PEOPLE, "manifestants": Group.PEOPLE, "âmes": Group.PEOPLE,
    "victimes": Group.PEOPLE, "membres": Group.PEOPLE, "patients": Group.PEOPLE, "journalistes": Group.PEOPLE,
    "humanitaires": Group.PEOPLE, "personnels": Group.PEOPLE,
    "agents": Group.PEOPLE, "secouristes": Group.PEOPLE, "soignants": Group.PEOPLE, "employés": Group.PEOPLE,
    "policiers": Group.PEOPLE, "gendarmes": Group.FIGHTERS,
    "civils": Group.CIVILIANS, "civil": Group.CIVILIANS, "enfants": Group.CHILDREN, "enfant": Group.CHILDREN,
    "mineurs": Group.CHILDREN, "garçons": Group.CHILDREN, "filles": Group.CHILDREN, "bébés": Group.CHILDREN,
    "nourrissons": Group.CHILDREN, "femmes": Group.WOMEN, "femme": Group.WOMEN,
    "militaires": Group.FIGHTERS, "militaire": Group.FIGHTERS, "soldats": Group.FIGHTERS, "soldat": Group.FIGHTERS,
    "camarades": Group.PEOPLE, "compagnons": Group.PEOPLE, "collègues": Group.PEOPLE,
    "combattants": Group.FIGHTERS, "jihadistes": Group.FIGHTERS, "djihadistes": Group.FIGHTERS,
    "terroristes": Group.FIGHTERS, "rebelles": Group.FIGHTERS, "miliciens": Group.FIGHTERS,
    "assaillants": Group.FIGHTERS, "forces de sécurité": Group.FIGHTERS, "éléments": Group.FIGHTERS,
    "insurgés": Group.FIGHTERS, "casques bleus": Group.FIGHTERS, "vdp": Group.FIGHTERS, "fds": Group.FIGHTERS,
    "bandits": Group.FIGHTERS, "bandit": Group.FIGHTERS,  # (armed gangs: "la police a abattu quatre bandits")
    "hommes armés": Group.FIGHTERS, "individus armés": Group.FIGHTERS,
    "ménages": Group.HOUSEHOLDS, "ménage": Group.HOUSEHOLDS, "familles": Group.FAMILIES, "famille": Group.FAMILIES,
    "réfugiés": Group.PEOPLE, "réfugiées": Group.PEOPLE, "ressortissants": Group.PEOPLE,
    "demandeurs d'asile": Group.PEOPLE, "rapatriés": Group.PEOPLE, "arrivants": Group.PEOPLE,
    "médecins": Group.PEOPLE, "voisins": Group.PEOPLE, "orphelins": Group.CHILDREN, "marins": Group.PEOPLE,
    "adolescents": Group.CHILDREN, "adolescentes": Group.CHILDREN, "fillettes": Group.CHILDREN,
    "vieillards": Group.PEOPLE, "proches": Group.PEOPLE, "parents": Group.PEOPLE, "musulmans": Group.PEOPLE,
    # singulars, which "un"/"une" counts ("un soldat a été tué", "a tué un parent de ...")
    "villageoise": Group.CIVILIANS, "passager": Group.PEOPLE, "passagère": Group.PEOPLE, "pèlerin": Group.PEOPLE,
    "fidèle": Group.PEOPLE, "élève": Group.PEOPLE, "membre": Group.PEOPLE, "patient": Group.PEOPLE,
    "patiente": Group.PEOPLE, "agent": Group.PEOPLE, "employé": Group.PEOPLE, "employée": Group.PEOPLE,
    "gendarme": Group.FIGHTERS, "jihadiste": Group.FIGHTERS, "djihadiste": Group.FIGHTERS,
    "terroriste": Group.FIGHTERS, "rebelle": Group.FIGHTERS, "insurgé": Group.FIGHTERS, "casque bleu": Group.FIGHTERS,
    "milicien": Group.FIGHTERS, "garçon": Group.CHILDREN, "fille": Group.CHILDREN, "fillette": Group.CHILDREN,
    "bébé": Group.CHILDREN, "nourrisson": Group.CHILDREN, "adolescent": Group.CHILDREN, "adolescente": Group.CHILDREN,
    "jeune fille": Group.CHILDREN, "jeune garçon": Group.CHILDREN, "jeune homme": Group.PEOPLE,
    "vieillard": Group.PEOPLE, "parent": Group.PEOPLE, "proche": Group.PEOPLE, "mari": Group.PEOPLE,
    "épouse": Group.WOMEN, "fils": Group.PEOPLE, "frère": Group.PEOPLE, "sœur": Group.WOMEN, "père": Group.PEOPLE,
    "mère": Group.WOMEN, "voisin": Group.PEOPLE, "voisine": Group.PEOPLE, "médecin": Group.PEOPLE,
    "orphelin": Group.CHILDREN, "marin": Group.PEOPLE, "réfugié": Group.PEOPLE, "réfugiée": Group.PEOPLE,
    # roles and kin the endings of HUMAN_NOUN miss ("dont un chef de village", "deux bergers tués")
    "chef": Group.PEOPLE, "chefs": Group.PEOPLE, "imam": Group.PEOPLE, "imams": Group.PEOPLE, "pasteur": Group.PEOPLE,
    "pasteurs": Group.PEOPLE, "prêtre": Group.PEOPLE, "prêtres": Group.PEOPLE, "conseiller": Group.PEOPLE,
    "conseillers": Group.PEOPLE, "maire": Group.PEOPLE, "notable": Group.PEOPLE, "notables": Group.PEOPLE,
    "élu": Group.PEOPLE, "élus": Group.PEOPLE, "catéchiste": Group.PEOPLE, "berger": Group.PEOPLE,
    "bergers": Group.PEOPLE, "paysan": Group.PEOPLE, "paysans": Group.PEOPLE, "cousin": Group.PEOPLE,
    "cousins": Group.PEOPLE, "cousine": Group.WOMEN, "frères": Group.PEOPLE, "sœurs": Group.WOMEN,
    "oncle": Group.PEOPLE, "neveu": Group.PEOPLE, "neveux": Group.PEOPLE, "pompiers": Group.PEOPLE,
    "pompier": Group.PEOPLE, "sapeurs-pompiers": Group.PEOPLE, "sapeur-pompier": Group.PEOPLE,
    "résidents": Group.PEOPLE, "résident": Group.PEOPLE, "résidente": Group.PEOPLE, "résidentes": Group.PEOPLE,
    "nouveau-né": Group.CHILDREN, "nouveau-nés": Group.CHILDREN, "nouveau-née": Group.CHILDREN,
    "maçon": Group.PEOPLE, "maçons": Group.PEOPLE, "artisan": Group.PEOPLE, "artisans": Group.PEOPLE,
    "marchand": Group.PEOPLE, "marchande": Group.WOMEN, "marchands": Group.PEOPLE, "forgeron": Group.PEOPLE,
    "forgerons": Group.PEOPLE, "boulanger": Group.PEOPLE, "boulangers": Group.PEOPLE, "paysanne": Group.WOMEN,
    "étranger": Group.PEOPLE, "étrangers": Group.PEOPLE, "étrangère": Group.WOMEN, "étrangères": Group.WOMEN,
    "garçonnet": Group.CHILDREN, "garçonnets": Group.CHILDREN,
}  # fmt: skip
HOUSE_NOUNS = (
    "maisons", "maison", "habitations", "habitation", "logements", "logement", "bâtiments", "cases", "abris",
    "domiciles", "édifices", "constructions", "huttes", "immeubles", "foyers", "concessions", "concession",
    "baraques", "paillotes", "résidences", "unités d'habitation", "unités de logement", "maisonnettes", "cabanes",
    "appartements", "appartement", "villas",
)  # fmt: skip
# Nouns that carry the kind themselves ("95 morts", "4 000 déplacés").
KIND_NOUNS: dict[str, Kind] = {
    "morts": Kind.KILLED, "mort": Kind.KILLED, "tués": Kind.KILLED, "décès": Kind.KILLED, "cadavres": Kind.KILLED,
    "corps": Kind.KILLED, "dépouilles": Kind.KILLED, "victimes mortelles": Kind.KILLED, "personnes tuées": Kind.KILLED,
    "martyrs": Kind.KILLED, "martyr": Kind.KILLED,
    "blessés": Kind.INJURED, "blessées": Kind.INJURED, "blessé": Kind.INJURED, "blessures": Kind.INJURED,
    "grands brûlés": Kind.INJURED, "grand brûlé": Kind.INJURED,  # (the badly burned: "dont une trentaine de ...")
    "disparus": Kind.MISSING, "disparues": Kind.MISSING, "disparu": Kind.MISSING, "portés disparus": Kind.MISSING,
    "portées disparues": Kind.MISSING, "porté disparu": Kind.MISSING, "portée disparue": Kind.MISSING,
    # "des milliers de pertes en vies humaines", "200 vies humaines"
    "pertes en vies": Kind.KILLED, "pertes humaines": Kind.KILLED, "vies humaines": Kind.KILLED,
    "déplacés": Kind.DISPLACED, "déplacées": Kind.DISPLACED, "déplacés internes": Kind.DISPLACED,
    "personnes déplacées": Kind.DISPLACED, "déplacements": Kind.DISPLACED, "pdi": Kind.DISPLACED,
    "sans-abri": Kind.HOMELESS, "sans abri": Kind.HOMELESS,
    "retournés": Kind.RETURNED, "rentrés": Kind.RETURNED, "retours": Kind.RETURNED,
}  # fmt: skip
# Nouns whose kind holds only when no word of the clause says otherwise ("réfugiés ... sont rentrés").
WEAK_KIND_NOUNS: dict[str, Kind] = {
    "réfugiés": Kind.DISPLACED, "réfugiées": Kind.DISPLACED, "demandeurs d'asile": Kind.DISPLACED,
    "évacués": Kind.EVACUATED, "arrivants": Kind.DISPLACED, "arrivées": Kind.DISPLACED, "rapatriés": Kind.RETURNED,
}  # fmt: skip
# After a number, these make it no count of people: units, money, time, places, things.
NOT_COUNTED = (
    # (past a word between: "deux autres camps de déplacés", "trois nouveaux sites")
    r"(?:autres|nouveaux|nouvelles|petits|petites|grands|grandes) (?:villages?|localités?|camps?|sites?|écoles?"
    r"|tentes?|véhicules?|camions?|attaques?|provinces?|régions?|districts?|communes?|pays)"
    r"|%|pour ?cent|pourcent|ans|an|années?|mois|semaines?|jours?|heures?|minutes?|secondes?|h\d*|km|kilomètres?"
    r"|mètres?|m²|hectares?|ha|tonnes?|kg|litres?|dollars?|euros?|francs?|fcfa|cfa|usd|\$|€|milliards? de"
    r"|villages?|localités?|camps?|sites?|écoles?|tentes?|roquettes?|obus|véhicules?|camions?|attaques?"
    r"|incidents?|provinces?|régions?|districts?|communes?|pays|fois|ème|e|er|ère|è|°|points?|degrés?|sur \d"
    # how often, and shares: "déplacées quatre ou cinq fois", "à deux ou trois reprises", "neuf personnes sur dix"
    r"|reprises|ou \w+ (?:fois|reprises|jours?|semaines?|mois|ans|heures?)"
    # ... and a longer list of how often: "déplacées trois, quatre, voire cinq fois"
    r"|(?:, ?\w+)*,? (?:ou|et|voire|sinon) \w+ (?:fois|reprises)"
    # the first day of two: "les 29 et 30 novembre"
    # a count given by mistake: "le chiffre de 3 103 martyrs diffusé par erreur"
    r"|(?:[^\s\d.;]+ )?(?:diffusée?s?|publiée?s?|annoncée?s?|communiquée?s?|indiquée?s?) par erreur"
    r"|(?:et|-) \d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre)"
    r"|(?:\S+ ){0,2}sur \d+ (?:est|sont)\b"  # a ratio: "1 personne déplacée sur 2 est un enfant"
    r"|(?:\w+ )?sur (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille)"
    r"(?=\s*(?:[,.;:)]|$|dans|à|au|en|ont|sont|a|est|vivent|vivaient))"  # (not "hébergées sur quatre sites")
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|au (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d"  # (the first day of two: "du 22 au samedi 23")
    # (held, unless they died held: "où 14 détenus ont succombé")
    r"|(?:otages|détenus|prisonniers)(?! (?:ont|sont) (?:succombé|péri|décédés|morts|été tués))"
    r"|lits|centres?|hôpitaux|têtes|animaux|bovins|écoliers inscrits|bénéficiaires"
    r"|arbres|cocotiers|palmiers|manguiers|girofliers"  # ("déraciné des milliers de cocotiers")
    # a span of time: "au cours des douze prochains mois"
    r"|(?:prochain|dernier|premier)e?s (?:mois|jours|ans|années|semaines|heures)"
)
# (a colon before a space is a heading's, "Bilan : 12 morts", not a ratio's or a time's)
NOT_COUNTED_BEFORE = (
    r"(?:(?<!\w)(?:âgée?s? de|âge de|n°|nº|no\.|numéro|article|résolution|page|niveau|phase|le|la|du|au|l'an|en|vers"
    r"|depuis|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|au lieu de"
    r"|sur"
    # a place's number: "dans les rues du secteur 4", "au kilomètre 12", "camp 3"
    r"|secteur|quartier|bloc|cellule|avenue|rue|route nationale|rn|rd|route|autoroute|kilomètre|camp|site|zone|lot"
    r"|arrondissements?|cantons?|circonscriptions?|pk"  # ("dans l'arrondissement 4", "des arrondissements 4 et 9")
    r"|tableau|graphique|annexe"  # a table's number: "Tableau 1 : Personnes retournées par région"
    # a week's number: "au cours de la semaine épidémiologique 47" (not "accueilli cette semaine 214 rapatriés")
    r"|(?:(?<=la )|(?<=en ))semaine(?: épidémiologique)?"
    r"|(?:arrondissements|secteurs|quartiers|cantons|blocs|zones|sites|camps) \d+(?:, \d+)* et"  # ("4 et 9")
    r"|avec (?:mes|nos)"  # a witness's own kin beside them: "passé la nuit sous une table, avec mes quatre enfants"
    r"|et non|non pas|et pas"  # the wrong count a correction names: "51 soldats tués (et non 15)"
    # a day after its weekday in a night or a day named: "dans la nuit du vendredi 22 au samedi 23 août"
    r"|(?:nuit|journée|soirée|matinée|week-end) du (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    # ... or after its weekday and article: "entre le vendredi 11 et le dimanche 13 avril"
    r"|(?:le|du|au|ce|dès|depuis) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|magnitude|force"  # a quake's size: "le séisme de magnitude 7"
    r"|parcelle|km|vol|ligne"
    r"|round|cycle"  # a survey's round: "Matrice de suivi des déplacements (DTM), Round 24"
    # a factor or a room's size: "le bilan multiplié par huit", "des salles prévues pour trente élèves"
    r"|multipliée? par|divisée? par|prévue?s? pour|conçue?s? pour|d'une capacité de)"
    r"|[$€/])\s*$|:$"
)
# What may follow a bare number (no counted noun): function words, verbs, punctuation.
# A day named right after a bare count: "le bilan est passé à 27 mercredi", "... à 14 hier soir".
DATE_AFTER = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce (?:matin|soir)|cette (?:nuit|semaine)"
BARE_FOLLOWERS = (
    r"[,.;:)\]»\"”]|$|ont|sont|a|est|étaient|avaient|auraient|seraient|dont|et|ou|à|au|aux|dans|en|par|selon"
    r"|dans|parmi|sur|vers|chez|d'entre|grièvement|gravement|sérieusement|légèrement|autres|d'autres|ayant|qui|pour|lors|après|depuis|contre|sont"
    r"|seront|se sont|s'(?=étaient|est)"  # ("19 095 se sont effondrés")
    r"|le|la|les|demeurent|restent|demeuraient|restaient|se trouvent|se trouvaient"
    # an adverb before the participle that tells their fate: "dont 21 000 encore hébergées"
    r"|encore|toujours|déjà|désormais|actuellement|provisoirement|temporairement"
    r"|totalement|complètement|entièrement|partiellement"  # ("dont 19 094 totalement effondrés")
    # when, right after a bare count: "pourrait atteindre 600 000 d'ici la fin de l'année"
    r"|d'ici|avant(?! de | d')|jusqu'(?:à|au|en)|cette|hier|aujourd'hui|demain"  # (not "avant de partir")
    # a hedge after the count, before its verb: "30 000 environ sont toujours hébergées"
    r"|(?:environ|au moins)(?= (?:sont|ont|se|s'|avaient|étaient|restent|demeurent|seraient|auraient)(?!\w))"
)
# "And" alone between a verb and a count with its noun: the count opens a clause of its own ("sont mortes noyées et
# plus de 6 000 personnes se retrouvent sans abri").
CLAUSE_AND = r"\s*,?\s*et\s*"
# A count in apposition to the subject, with the comma that closes it: "Les sinistrés, soit 1 460 personnes, ont été
# hébergés": the verb after that comma is the count's own.
APPOSITION_CLOSE = (
    r", soit (?:environ |près de |quelque |plus de |au moins )?\d[\d  .,]*(?: [^\s\d,;:.]+){1,2}(,)"
    r"(?= (?:ont|sont|avaient|étaient|a|est|ont été|sont été) )"
)

# --- what happened -------------------------------------------------------------------------------------------

# Words saying what happened, wherever they stand in the clause; the nearest to the number wins.
# A few places named by a number word: "dans six abris provisoires", "dans quatre sites d'hébergement".
_FEW = r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs) "
CUES: tuple[tuple[str, Kind | None], ...] = (
    (r"tu(?:é|e|ée|és|ées|ant|er|ent|aient|ait)|(?:ont|a|avaient|auraient) péri|périssent|périt|péri|meurt|meurent"
     r"|(?:ont |a |avaient |auraient )?(?:perdu la vie|trouvé la mort)|décéd(?:é|ée|és|ées|er)|décès|morte?s?|martyrs?"
     r"|la mort d(?:e|')|massacr(?:é|ée|és|ées|ant)|exécut(?:é|ée|és|ées)|noy(?:é|ée|és|ées)"
     r"|(?<=se\s)noi(?:e|ent)|abattu(?:e|s|es)?|gis(?:ent|aient|ait)(?! \w+ment)"
     r"|assassin(?:é|ée|és|ées|at)|carbonis(?:é|ée|és|ées)|meurtri(?:ère|er)"
     r"|co[uû]t(?:é|ant|e|ent|ait|aient|era) la vie(?: à)?|bilan|abattre"  # (to whom: "à 14 déplacés")
     # a force's losses: "la perte de 3 militaires", "ont perdu 6 des leurs"
     r"|(?:la )?perte de(?= (?:\S+ )?(?:\d|militaires|soldats|éléments|hommes|gendarmes|policiers))"
     r"|perdu(?= (?:\S+ ){1,2}des (?:leurs|nôtres|siens))"
     r"|perdu(?= (?:\S+ ){1,3}(?:soldats|militaires|gendarmes|policiers|éléments)(?!\w))"  # ("a perdu 28 soldats")
     # kin lost: "J'ai perdu ma femme", "a perdu trois membres de sa famille", "ses deux filles"
     r"|perdu(?= (?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs) (?:\S+ )?(?:mari|épouse|femme|fils|fille|filles"
     r"|enfants?|frère|frères|sœur|sœurs|soeur|soeurs|mère|père|parents|proches|oncle|tante|bébé)(?!\w)"
     r"|(?: \S+){1,2} membres de (?:ma|sa|leur|notre) famille)"
     r"|sans vie|corps|cadavres|fauch(?:é|ée|és|ées)|succomb(?:é|er|ent)"
     r"|égorg(?:é|ée|és|ées|eant)|décapit(?:é|ée|és|ées)|lynch(?:é|ée|és|ées)|poignard(?:é|ée|és|ées)"
     r"|brûlé(?:e|s|es)? vi(?:f|fs|ve|ves)|calcin(?:é|ée|és|ées)|mortellement"
     # armed men killed, in a communiqué's words: "neutralisés", "tombés au champ d'honneur" (not "tombés dans une
     # embuscade", which they survive)
     r"|neutralis(?:é|ée|és|ées|ant|er)|tomb(?:é|ée|és|ées)(?: (?:au champ d'honneur|au front|sous les balles"
     r"|en martyrs?|lors de|lors des|lors d'|pendant|au cours de|au cours des|au cours d')"
     # (or fallen, the clause ending there: "douze soldats et vingt-neuf VDP sont malheureusement tombés.")
     r"|(?=\s*(?:[.;]|$)))"
     # "parmi les victimes figurent 11 femmes": the dead the toll before counted
     # (an adverb between, or the dead named by their participle: "figure également parmi les personnes tuées")
     r"|(?:figure(?:nt|raient|rait)? (?:également |aussi |notamment )?)?parmi les (?:victimes|défunts"
     r"|personnes (?:décédées|tuées)|morts|tués|martyrs)"
     r"|enterr(?:é|ée|és|ées|er)|inhum(?:é|ée|és|ées|er)|(?:fait|faisait) partie des (?:victimes|morts|tués)",
     Kind.KILLED),
    # (the hurt by how badly: "dont 6 graves", "dont 8 dans un état critique")
    (r"(?:figure(?:nt)? (?:également |aussi |notamment )?parmi les )?bless(?:é|ée|és|ées|ant|er|ures?)|grièvement"
     r"|touch(?:é|ée|és|ées) (?:à la|au|aux|à l'|par balles?)"
     r"|légèrement(?! (?:supérieur|inférieur|plus|moins|au-dessus|en dessous|en baisse|en hausse))"
     r"|hospitalis(?:é|ée|és|ées)|graves|brûl(?:é|ée|és|ées)|intoxiqu(?:é|ée|és|ées)"
     r"|dans un état (?:jugé )?(?:grave|critique|préoccupant|sérieux)|gravement atteinte?s?"
     # treated for their hurts: "200 personnes ont été soignées pour des brûlures"
     r"|soign(?:é|ée|és|ées) pour (?:des |de )?(?:brûlures|blessures|fractures|contusions)"
     r"|souffr(?:ent|ant|aient|ait) de (?:graves |sévères )?(?:brûlures|blessures|fractures|contusions)", Kind.INJURED),
    (r"(?:portée?s? )?disparu(?:e|s|es)?|introuvables|disparition"
     r"|manqu(?:ent|aient|ait|e) (?:encore |toujours )?à l'appel"
     # still sought: "1 900 personnes restent recherchées" (not those the police seek, who are never "still" so)
     r"|(?:rest(?:e|ent|aient|ait)|demeur(?:e|ent|aient|ait)|(?:sont|est|étaient|était) (?:toujours|encore)"
     r"|toujours|encore) (?:activement )?recherch(?:é|ée|és|ées)"
     # still looked for by those who search, and no word of them: "recherchaient encore mercredi deux personnes",
     # "sans nouvelles de quatre pêcheurs"
     r"|recherch(?:ent|aient|ait|e) (?:encore|toujours)(?= (?:\S+ )?(?:\d|deux|trois|quatre|cinq|six|sept"
     r"|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|plusieurs|des dizaines|des centaines))"
     r"|(?:sans|aucune|pas de) nouvelles? (?:de|d')(?= ?(?:\d|un |une |deux|trois|quatre|cinq|six|sept|huit|neuf"
     r"|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|plusieurs|des dizaines|des centaines))",
     Kind.MISSING),
    # (not a boat that capsized: "la pirogue s'est retournée")
    (r"(?<!s'est\s)(?<!se\ssont\s)retour(?:né|née|nés|nées|ner|nent)?|rentr(?:é|és|ées|er|ent|aient|ant)|(?<!\bla\s)rentrée(?!\sscolaire)"
     r"|rapatri(?:é|ée|és|ées|ement|er)"
     # (not a toll "revenu à trois": gone down to)
     r"|revenu(?:e|s|es)?(?! à (?:\d|un\b|une\b|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze"
     r"|vingt|trente|quarante|cinquante|soixante|cent|mille))"
     # (not the shore reached by swimmers: "21 personnes ont pu regagner la rive")
     r"|regagn(?:é|er|ent|aient|ant)(?! (?:la|le) (?:rive|berge|côte|rivage|terre ferme))"
     # (not the hurt sent home: "quatre d'entre eux ont regagné leur domicile après des soins")
     r"(?! (?:leur|son|leurs) domiciles? (?:après (?:des |les |avoir reçu des )?soins|après avoir été soignée?s?))"
     r"|réintégr(?:é|er|ent|ant)|route du retour"
     # sent back to their country: "27 314 ressortissants haïtiens ont été renvoyés", "reconduits à la frontière"
     r"|renvoy(?:é|ée|és|ées)(?! (?:à|au|aux) (?:plus tard|une date|la semaine|l'année|demain))"
     r"|reconduit(?:e|s|es)? (?:à la frontière|dans leur pays|vers leur pays|chez eux)", Kind.RETURNED),
    # the displaced family's finer kinds, before the displaced (tried first where both match at one place):
    # sheltered ("sont hébergés dans des écoles", "ont trouvé refuge dans 14 abris"; a site that hosts, "le camp
    # héberge", "le Tchad a accueilli", is no figure), evacuated, and left without a roof
    (r"héberg(?:é|ée|és|ées)|recueilli(?:e|s|es)? dans"
     r"|mis(?:e|es)? à l'abri|relog(?:é|ée|és|ées)|(?<!\ba\s)(?<!\bont\s)accueilli(?:e|s|es)"
     r"|install(?:é|ée|és|ées) (?:provisoirement|temporairement)"
     # living in tents or camps: "6 200 personnes vivent actuellement dans des camps de tentes", "passer l'hiver
     # sous la tente"
     r"|viv(?:ent|aient) (?:actuellement |encore |toujours |désormais )?(?:sous (?:des |la )?tentes?"
     r"|dans (?:des |" + _FEW + r")?(?:camps|tentes|centres|sites|abris))"
     r"|pass(?:er|ent|eront) l'hiver sous (?:la|des) tentes?"
     # (or still found in them: "quelque 3 500 se trouvent toujours dans 24 abris provisoires")
     # (or are in them: "quelque 3 800 personnes sont dans 14 abris provisoires"; not pupils in schools)
     r"|(?<!\w)(?:sont|étaient) (?:(?:toujours|encore|actuellement|désormais) )?dans(?= (?:des |les |\d+ |"
     + _FEW + r")?(?:abris|centres d'(?:accueil|hébergement|évacuation)|sites d'(?:accueil|hébergement)|camps))"
     r"|(?:se trouv|rest|demeur|dorm)(?:ent|aient) (?:(?:toujours|encore|actuellement"
     r"|désormais|hier|lundi|mardi"
     r"|mercredi|jeudi|vendredi|samedi|dimanche) )*dans(?= (?:des |les |\d+ |" + _FEW + r")?(?:abris|centres"
     r"|sites d'(?:accueil|hébergement)|écoles|établissements scolaires|salles de classe|camps|églises|mosquées"
     r"|paroisses|gymnases))"
     r"|(?:install|log|regroup)(?:é|ée|és|ées) (?:sous des tentes|dans (?:des |les |\w+ )?(?:établissements scolaires"
     r"|écoles|abris|centres d'(?:accueil|hébergement)|sites|salles de classe))"  # ("regroupées dans six sites")
     # a night spent somewhere ("ont passé la nuit dans des écoles", "où 640 personnes ont passé la nuit"), not out
     # of doors (homeless) nor doing something
     # (still: "2 000 personnes passaient encore la nuit dans les écoles")
     r"|pass(?:é|er|ent|aient)(?: encore| toujours| déjà)? (?:la|leurs|une(?: (?:deuxième|troisième|seconde|nouvelle"
     r"|autre|première))?) nuits?"
     r"(?! (?:de \w+ à \w+ )?(?:à la belle étoile|à la rue|dehors"
     r"|en brousse|sous la pluie|sous un arbre|cachée?s?|dans (?:leurs? |des |une )?(?:voitures?|véhicules?)"
     r"|(?:à|a) (?!l'abri|la maison des jeunes|la mairie|l'école|la salle|l'église|la mosquée|la paroisse)\w+))"
     # (the place in a look-ahead: its count, "dans 14 abris", is a number of its own, past the cue)
     r"|trouvé (?:un )?abri (?:dans|à|au|chez)"
     # a night slept in a hall or a school: "environ 1 100 personnes ont dormi dans le gymnase"
     r"|dormi (?:dans|à|au)(?= (?:le |la |les |un |une |des |l')?(?:gymnases?|salles?|écoles?|églises?|mosquées?"
     r"|centres?|abris|hôtels?|tentes))"
     r"|(?:trouvé|cherché) refuge (?:dans|sur)(?= (?:des |les |la |le |l'|un |une |ces )?(?:\d+ |" + _FEW + r")?"
     r"(?:[a-zé]+ )?(?:de |d')?"
     r"(?:abris|écoles?|établissements"
     r"|églises?|mosquées?|centres?|sites?|salles?|bâtiments|gymnases?|tentes|cours?|enceintes?|locaux|mairies?|hangars?|stades?"
     r"|entrepôts?|magasins?|paroisses?))"
     # taking shelter in a church or a mission: "Quelque 4 200 d'entre eux s'abritent à la mission catholique"
     r"|s'abrit(?:ent|aient|ait|e)(?= (?:dans|à|au|aux|sous)\b)"
     # crowded into sites or schools: "environ 1 500 déplacés s'entassent dans des sites improvisés"
     r"|s'entass(?:ent|aient|ait|e)(?= (?:dans|sous) (?:des |les |la |le |l'|une? |ces )?(?:\d+ |" + _FEW + r")?"
     r"(?:abris|écoles?|églises?|mosquées?|centres?|sites?|salles?|bâtiments|gymnases?|tentes|camps?|locaux))"
     # people counted where they stay, with no verb: "62 000 personnes dans des centres d'évacuation"
     r"|(?<=personnes\s)dans (?:les |des )?(?:centres|sites) d'(?:hébergement|évacuation|accueil)"
     # still in the sites, a sitrep's shorthand: "Vatovavy : 14 860 déplacés encore en sites"
     r"|(?<=\sencore\s)en sites?|(?<=\stoujours\s)en sites?|(?<=\sactuellement\s)en sites?", Kind.SHELTERED),
    # (and ordered out: "ont reçu l'ordre de quitter les lieux", before the flight "quitter" says)
    (r"évacu(?:é|ée|és|ées|er|ation|ations|ant|e|ent|aient)(?! des eaux)"
     r"|(?:reçu|reçoivent|recevaient|reçoit) l'ordre de quitter|sommé(?:e|s|es)? de (?:quitter|partir)"
     # moved by those in charge ("le gouvernement a relocalisé 1 250 ménages", "3 200 personnes ont été transférées
     # vers le camp"): the displaced family's finer kind, which a label of the displaced takes too
     r"|relocalis(?:é|ée|és|ées|er|ation)"
     r"|transfér(?:é|ée|és|ées)(?! (?:à|vers|dans) (?:l'|un |une |le |les |des )?(?:hôpita|hospita|centre hospitalier"
     r"|centres? de santé|cliniques?|structures? de santé))(?! en (?:détention|prison|garde à vue))",
     Kind.EVACUATED),
    (r"sans-abri|sans abri|sans toit|sans logis|sans logement|à la belle étoile|à la rue"
     r"|n'(?:ont|avaient) (?:pas|plus) de (?:toit|logement|abri)"  # ("au moins 800 rapatriés n'ont pas de toit")
     r"|privé(?:e|s|es)? (?:d'abri|de (?:toit|logement))|sans aucun abri"
     r"|dorm(?:ent|aient) (?:encore |toujours |désormais )?(?:depuis (?:[^\s\d.,;:]+ ){1,3})?(?:sous les arbres"
     r"|à même le sol|en plein air|dehors|sur la place(?: publique)?|dans la rue|dans les rues|sur les trottoirs)"
     r"|perdu (?:leur|leurs|son|sa) (?:logements?|maisons?|toit|habitations?|domiciles?)"
     # nights in cars: "près de 9 000 déplacés y dorment dans des voitures"
     r"|dorm(?:ent|aient)(?: encore| toujours| désormais)? dans (?:des|leurs) (?:voitures|véhicules)"
     r"|(?:viv|dorm)(?:ent|aient)(?: encore| toujours| désormais)? à ciel ouvert", Kind.HOMELESS),
    (r"déplac(?:é|ée|és|ées|er|ement|ements|ant)|fui(?:r|s|t|ent|ient|aient)?|fuy(?:ant|aient|é)|fuite"
     # (uprooted: "déraciné plus de 12 millions de personnes"; not trees)
     r"|déracin(?:é|ée|és|ées|er|ant|ement)(?! (?:des |les |de |d')?(?:(?:centaines|milliers|dizaines) d')?arbres)"
     r"|(?:se sont |s'être |s'est )?réfugi(?:é|ée|és|ées)|réfugi(?:er|ent)|quitt(?:é|er|ent) leurs?"
     r"|abandonn(?:é|er|ent) leurs?|chass(?:é|ée|és|ées|e|ent|ant|aient)"
     # evicted from their homes ("ont été déguerpies", "expulsés de leurs logements"); expelled alone is mostly sent
     # out of a country ("expulsés d'Algérie"), which returns them
     r"|déguerpi(?:e|s|es)?|déguerpissements?"
     r"|expuls(?:é|ée|és|ées|ion|ions)(?: de force)? de (?:leurs?|ses|sa|son) (?:maisons?|logements?|domiciles?"
     r"|habitations?|terres?|quartiers?|parcelles?|villages?)"
     r"|contraint(?:e|s|es)? (?:de|à)|forc(?:é|ée|és|ées) (?:de|à)"
     # pushed to flee: "poussé environ 400 personnes à reprendre la route", "a poussé des milliers d'habitants à fuir"
     r"|(?:pouss|oblig)(?:é|ée|és|ées|ant|e|ent|er|era|eront|erait|eraient)"
     r"(?= (?:[^\s.;:]+ ){0,7}?(?:à (?:fuir|partir|quitter|reprendre la route|l'exode|l'exil)|vers (?!le haut|le bas)))"
     r"|contrain(?:dre|t|te|ts|tes|ant|ent|dra|dront|drait|draient)"
     r"(?= (?:[^\s.;:]+ ){1,7}?à (?:fuir|partir|quitter|reprendre la route|l'exode))"
     # (not the moment of arrival at a hospital: "décédées à leur arrivée", "arrivés à l'hôpital")
     r"|(?<!à\sleur\s)(?<!à\sson\s)(?<!dès\sleur\s)(?<!dès\sson\s)"
     r"arriv(?:é|ée|és|ées|ants|ent|er|ées)(?! (?:déjà )?(?:morte?s?|décédée?s?|sans vie))"
     r"(?! (?:à|a) l'(?:hôpital|hopital))|exode"
     r"|recas(?:é|ée|és|ées)"
     r"|jet(?:é|ée|és|ées) sur les routes"
     # on the roads, a headline's shorthand: "52 morts au Liban-Sud, des milliers de familles sur les routes"
     r"|(?<=familles\s)sur les routes(?! du retour)|(?<=personnes\s)sur les routes(?! du retour)"
     # gone, the clause ending there or heading somewhere: "Plus de 300 familles sont déjà parties"
     r"|(?:(?<=sont\s)|(?<=sont\sdéjà\s))parti(?:e|s|es)(?=\s*(?:[.,;]|$)|\s+(?:vers|pour|en direction)\b)"
     # crossing, in every form: "ont traversé la frontière", "N personnes traversant la frontière chaque jour"
     r"|(?:travers(?:é|er|ent|ant|aient)|franchi(?:r|t|ssant|ssent|ssaient)?) (?:la|les) frontières?"
     r"|rejoint (?:le territoire|le sol|le pays|les camps?|les sites?)"
     r"|exil(?:é|és|ées)|délog(?:é|és|ées)"
     r"|cherch(?:é|er|ent) refuge|trouvé refuge|pris la fuite|demandeurs d'asile"
     # left a place, took the road, crossed a river: "135 000 personnes ont quitté Sake"
     # (not the sites that sheltered them, nor the road home: those go back)
     r"|quitt(?:é|er|ent|ant|aient)"
     r"(?! (?:les |le |la |leurs? |l')(?:sites?|centres?|camps?|abris|écoles?|hôpital|hôpitaux))"
     r"|(?:pris|prendre|prennent|prenaient|prenant|prendront|prendraient) la route(?! du retour)"
     # the departure of people, a cause set off: "a provoqué le départ de plusieurs milliers d'habitants"
     r"|(?:provoqué|entraîné|causé|forcé|provoquant|entraînant|causant) le départ (?:de|d')"
     # still refugees abroad: "près de 750 000 Centrafricains vivent toujours comme réfugiés"
     r"|viv(?:ent|aient)(?: encore| toujours| désormais)? (?:comme|en tant que) réfugiés"
     r"|travers(?:é|er|ent|ant|aient) (?:la|le|les) (?:rivière|fleuve|lac)"
     # put out of their homes: "jette plus de 400 000 personnes hors de chez elles"
     r"|hors de chez (?:eux|elles)"
     # in exile, flocking towards a town: "135 000 Maliens vivent encore en exil", "ont afflué vers Ménaka"
     r"|viv(?:ent|aient|ait|ant)(?: encore| toujours| désormais| aujourd'hui)? en exil\b"
     r"|afflu(?:é|ée|és|ées|ent|aient|ant)(?= vers\b)", Kind.DISPLACED),
    # (detained; not the noun after a count, whose fate its verb tells: "où 14 détenus ont succombé")
    (r"faits? prisonniers?|arrêt(?:é|ée|és|ées)|captur(?:é|ée|és|ées)"
     r"|enlev(?:é|ée|és|ées)|kidnapp(?:é|ée|és|ées)|pris en otage|otages|(?<!\d\s)détenu(?:e|s|es)?"
     r"|interpell(?:é|és|ées)|pris au piège|bloqu(?:é|és|ées)|secouru(?:e|s|es)?|sauv(?:é|és|ées)|libér(?:é|és|ées)"
     r"|vaccin(?:é|és|ées)|assist(?:é|és|ées)|besoin|accueill(?:e|ent|ir|ant)|héberg(?:e|ent|er|eant)|abrit(?:e|ent)"
     # (not living in tents or camps, which is shelter: "6 200 personnes vivent dans des camps de tentes")
     r"|vivent(?! (?:actuellement |encore |toujours |désormais )?(?:sous (?:des |la )?tentes?"
     r"|dans (?:des |" + _FEW + r")?(?:camps|tentes|centres|sites|abris)|à ciel ouvert|(?:comme|en tant que) réfugiés"
     r"|en exil))"
     r"|vivant|résident|(?<!-)habitants|population"  # (not a name's word: "Vieux-Habitants")
     # found alive: no longer missing ("deux pêcheurs ayant été retrouvés vivants")
     r"|retrouv(?:é|ée|és|ées) (?:vivante?s?|sains? et saufs?|saine?s? et sauve?s?|en vie)"
     # (not hit by a bullet or in a limb, which is a wound: "touchée à la jambe", "touché par balle")
     r"|touch(?:é|ée|és|ées)(?! (?:à la|au|aux|à l'|par balles?))|affect(?:é|ée|és|ées)|sinistr\w*"
     r"|tu(?:é|ée|és|ées) ou bless\w*|morts ou bless\w*"
     r"|capacité|assistance|atteinte?s? d(?:e|u|')"
     r"|infect(?:é|ée|és|ées)|contaminé(?:e|s|es)?"
     # ("7 agents ont été infectés": cases, not harm; "avec 101 personnes à bord": who was aboard)
     r"|à (?:son |leur )?bord"
     # stopped at sea, saved, alive: "ont intercepté 1 500 personnes qui tentaient de quitter le pays",
     # "sauvetage de 9 autres", "104 personnes ont survécu"
     r"|intercept(?:é|ée|és|ées|er|ent|ait|aient)|sauvetage|survécu", None),
)  # fmt: skip
HOUSE_CUES: tuple[tuple[str, Kind | None], ...] = (
    (r"détrui\w* ou (?:\w+ment )?endommag\w*|endommag\w* ou (?:\w+ment )?détrui\w*"
     r"|effondr\w* ou fissur\w*|fissur\w* ou effondr\w*"
     # (a list of degrees ending in "ou": "maisons détruites, inondées ou endommagées")
     r"|(?:détrui|endommag|inond|effondr)\w*(?:, [^\W\d]+)+ ou (?:détrui|endommag|inond|effondr)\w*"
     r"|effondr\w* ou endommag\w*|endommag\w* ou effondr\w*"
     r"|touch(?:é|ée|és|ées)|affect(?:é|ée|és|ées)"
     r"|\w+ (?:totalement|complètement|entièrement) ou partiellement|\w+ partiellement ou (?:totalement|complètement)",
     None),
    # (or partly burned, flooded, blown off: "14 autres partiellement brûlées")
    (r"partiellement (?:détruit|endommag|effondr|brûl|incendi|inond|emport|décoiff)(?:e|s|es|ée|és|ées)?"
     r"|(?:gravement|fortement|sévèrement|lourdement|légèrement) endommag(?:é|ée|és|ées)"
     r"|endommag(?:é|ée|és|ées|er|eant)(?: partiellement| légèrement)?"  # ("ont endommagé partiellement 412")
     # partly, the participle left to the count before: "19 800 se sont totalement effondrées et 39 700 partiellement"
     r"|partiellement(?=\s*(?:[,.;)]|$|et\b|dans\b|selon\b))"
     # flooded, unroofed: "14 800 maisons inondées", "1 500 ont perdu leur toiture"
     r"|inond(?:és|ées)|perdu (?:leur|leurs|sa|son) (?:toiture|toit)s?|décoiff(?:é|ée|és|ées)"
     r"|(?:subi|connu) (?:des |de )?(?:dommages|dégâts)"  # ("40 579 ont subi des dommages partiels")
     r"|fissur(?:é|ée|és|ées)|fissures (?:sont )?apparues sur|présent(?:ent|aient|e) (?:des|de) (?:\w+ )?fissures"
     r"|fragilis(?:ées|és)|lézard(?:ées|és)"  # weakened, cracked: "8 400 autres fragilisées"
     r"", Kind.HOUSES_DAMAGED),
    (r"(?:complètement |totalement |entièrement )?détrui(?:t|te|ts|tes|re|sant)|destruction|incendi(?:é|ée|és|ées)"
     r"|rasé(?:e|s|es)?|effondr(?:é|ée|és|ées)|emport(?:é|ée|és|ées|ant)|brûl(?:é|ée|és|ées)"
     r"|(?:réduit(?:e|s|es)?|réduisant) en cendres|ravag(?:é|ée|és|ées|eant|e|ent)\b|balay(?:é|ée|és|ées|ant)"
     r"|rasant|incendiant"
     r"|englouti(?:e|s|es)?|pulvéris(?:é|ée|és|ées)|soufflé(?:e|s|es)?|écroul(?:é|ée|és|ées)"
     r"|enseveli(?:e|s|es|t|ssant)?|démoli(?:e|s|es|tion)?|effondrement|mis le feu (?:à|aux)|calcin(?:é|ée|és|ées)",
     Kind.HOUSES_DESTROYED),
)  # fmt: skip
# Where a number with no noun of its own continues the figure before it ("9 morts, dont 7 à Ségué").
CHAIN = (
    r"(?:\s*(?:,|;|\(|[«»\"“”]|dont|parmi lesquels|parmi lesquelles|parmi eux|et|ainsi que|plus|soit"
    r"|ses|leurs|son|sa|leur|(?:âgée?s? )?de \d+ (?:ans|mois))\s*)*\s*"  # ("une femme et ses trois enfants ont péri")
)
SUBGROUP = r"(?:dont|parmi (?:lesquels|lesquelles|eux|elles)|y compris)\s*$"

# --- context -------------------------------------------------------------------------------------------------

PROJECTION = (
    # (not a place's risk: "zones à haut risque")
    r"pourr(?:ai|ait|aient|ont|a)|pourraient|(?<!haut\s)(?<!fort\s)(?<!à\s)risqu(?:e|ent|ant)|risque de"
    r"|devrai(?:t|ent)|prévoi(?:t|ent|r)"
    r"|prévu(?:e|s|es)?|prévision|prévisions|s'attend|attendu(?:e|s|es)|menacé(?:e|s|es)? de|potentiel(?:le|s|les)?"
    r"|scénario|planifi|d'ici (?:la fin|à|fin)|\bsi\b|projection|projet(?:é|és|ées)|anticip"
    r"|(?:crain(?:t|s|ent|dre)|craignant|redout(?:e|ent|er|ant)) que|susceptibles? de"
)
PAST_ESTIMATE = r"pourrai(?:t|ent) avoir|aurai(?:t|ent) (?:été|fait)"
CUMULATIVE = (
    r"depuis|au total|à ce jour|jusqu'ici|jusqu'à présent|jusqu'à maintenant|cumul|au cours des|ces derni(?:ers|ères)"
    r"|le mois dernier|l'an dernier|l'année dernière|cette année|en tout|toujours|au total|total|actuellement"
    r"|entre (?:le )?\d{1,2}|entre (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre)|la semaine (?:dernière|passée)|au cours de la semaine|ces (?:\w+ )?derni(?:ers|ères)"
    # "le nombre de morts s'élève à": a running total, not one incident's toll
    r"|(?:le|du) nombre (?:total )?(?:de|des) "
    r"(?:morts|décès|tués|victimes|blessés|déplacés|réfugiés|disparus|personnes)"
)
TRAP_BEFORE = (
    r"(?:population (?:de|d'|estimée à)|peuplée? de"
    r"|(?:ville|village|localité|commune|municipalité|bourg|hameau|agglomération|quartier|pays|région|camp|site"
    r"|capitale|métropole|cité|île|préfecture)"
    r"(?: (?![^\W\d]+(?:ait|aient|ont|ent)\b)[^\W\d]+)? (?:de|d')"  # ("ville côtière de"; not "parlait de")
    # people aboard a boat: who was on it, not who came to harm ("le bateau, qui transportait 85 personnes")
    r"|transport(?:ait|aient|ant|e|ent)|à (?:son |leur )?bord"
    r"|où (?:vivent|vivaient|résident|résidaient|s'entassent)"
    r"|abrit(?:e|ent|ait|ant)|accueill(?:e|ent|ait|ant)|héberg(?:e|ent|eait|eaient|eant)|besoin|aider|assister|cibl(?:e|er|ant)"
    # (aid reaching people; not a count that may rise to: "le nombre de réfugiés pourrait atteindre 600 000")
    r"|(?<!pourrait\s)(?<!pourraient\s)(?<!devrait\s)(?<!devraient\s)(?<!pourra\s)atteindre"
    r"|bénéfici(?:é|er|ant)|nourrir|vacciner|soutenir|assistance à|capacité d'accueil de|capacité de"
    # handed out to them: "distribué des repas à quelque 5 000 personnes"
    r"|distribu(?:é|er|ant|e|ent|aient)(?: [^\s\d]+){0,4} (?:à|aux)"
    r"|qui (?:en )?compt(?:e|ait|ent|aient)(?: habituellement| normalement| d'ordinaire)?"
    r"|(?:mère|père|parents|maman|papa) de"  # ("mère de cinq enfants": who she is)
    r"|catégorie|magnitude|niveau"  # a storm's class, a quake's size: "classé en catégorie 5, le bilan ..."
    r"|(?<!\w)r ?\+"  # a building's floors: "un immeuble de type R+4"
    r"|(?<!\w)aucun(?:e)? (?:des|de ces|d'entre les))"  # none of them: "Aucun des 40 policiers déployés n'a été blessé"
    r"\s*(?:les |des |environ |quelque |plus de |près de |au moins |déjà |encore |toujours |désormais |actuellement "
    r"|aujourd'hui |à lui seul |à elle seule |à eux seuls |pour sa part |pour leur part |quant à lui |quant à elle "
    r"|de son côté |de leur côté )*$"
)
# Before an older value beside the new one, a trap even for the dead named by their noun: "passé à 27, contre 19
# la veille" (TRAP_BEFORE's populations and aid are not: "le bilan s'est alourdi pour atteindre 15 morts").
OLD_VALUE_BEFORE = (
    r"[,(]\s*contre\s*(?:environ |quelque |plus de |près de |au moins )*$"
    # (right after the new count and its noun: "est passé à 38 morts contre 21 mardi")
    r"|(?<=\d)(?:\s+[^\W\d]+)?\s+contre\s*(?:environ |quelque |plus de |près de |au moins )*$"
    # the toll as it stood, in a clause set off before its rise: "Le bilan, qui était de 30 morts mercredi soir,
    # s'est alourdi à 43"
    r"|(?:bilan|nombre|chiffre)(?: [^\d,.;]{1,30})?,\s*qui (?:était|s'élevait|se chiffrait|s'établissait|atteignait)"
    r" (?:de |à )?(?:environ |quelque |plus de |près de |au moins )*$"
    # the toll as it stood, in brackets after the new one: "Personnes décédées : 27 (le bilan était de 23 lundi)"
    r"|\(\s*(?:le |la |l')?(?:bilan|chiffre|nombre|décompte)(?: [^\d()]{1,30})? (?:était|s'élevait|se chiffrait"
    r"|s'établissait|atteignait) (?:de |à )?(?:environ |quelque |plus de |près de |au moins )*$"
    # the toll as first given, set off before its rise: "Le bilan, initialement fixé à 9 morts, est passé à 14"
    r"|,\s*(?:initialement|d'abord|au départ|précédemment|auparavant)\s+(?:fixée?|établie?|estimée?|évaluée?"
    r"|annoncée?|donnée?|arrêtée?|chiffrée?|de)\s*(?:à\s+)?(?:environ |quelque |plus de |près de |au moins )*$"
    # a count a correction takes back: "une version précédente de cet article indiquait que 72 personnes"
    r"|version (?:précédente|antérieure) de (?:cet|cette|la|notre) (?:article|dépêche|information|texte)"
    r"(?: [^\d.;]{0,20}?)? (?:indiquait|affirmait|mentionnait|faisait état de)(?: que)?\s*$"
    # the level a count came down from: "a été ramené à 71, après avoir atteint 163 samedi"
    r"|,\s*après avoir (?:atteint|dépassé|culminé à)\s*(?:environ |quelque |plus de |près de |au moins )*$"
)
TRAP_AFTER = (
    r"^[\s,]*(?:qui (?:vivent|vivaient|résident|habitent|sont hébergé|ont besoin)|vivant|ayant besoin|dans le besoin"
    r"|y (?:vivent|résident|habitent)"  # (the site named before: "2 400 personnes y vivent sous des tentes")
    r"|ont besoin|sont dans le besoin|en besoin"
    # "70 000 personnes déplacées vivent dans le camp": the people a site hosts
    # (not many sites, which is shelter: "6 200 personnes vivent dans des camps de tentes")
    r"|(?:vivent|vivaient|résident|résidaient|habitent|habitaient)(?: toujours| actuellement| désormais| encore"
    r"| aujourd'hui| maintenant)? (?:dans|à|au|aux|en|sur)(?!\w)(?! des (?:camps|tentes|centres|sites|abris)\b)"
    r"(?! exil\b))"  # (not in exile, which is a flight: "135 000 Maliens vivent encore en exil")
)
# Right before a bare number, what makes the number a toll named earlier ("le bilan s'élève à neuf").
TOLL_BEFORE = (
    r"(?:s'(?:é|e)l(?:e|è)v(?:e|ait|ant|era)|s'établi(?:t|ssait)|pass(?:é|ée|ant)|atteint|atteignant|atteignait"
    r"|port(?:é|ée|ant)|grimp(?:é|ant|e)|alourdi|élev(?:é|ée)|était de|est de|sont|dépass(?:e|é|ait|ant|ent)"
    r"|franchi(?:t)?"
    # a count that may rise to it: "le nombre de réfugiés au Tchad pourrait atteindre 600 000"
    r"|(?:pourr|devr)(?:a|ait|aient) atteindre(?: entre)?)"
    r"(?:\s+(?:désormais|maintenant|aujourd'hui|déjà|actuellement|officiellement))?"
    r"\s*(?:à|de|les|la barre des|le cap des)?\s*$"
)
# A people's name standing for people ("des milliers de Centrafricains").
DEMONYM = (
    r"[^\W\d_]{3,}(?:ais|aises|ois|oises|ouis|ains|aines|iens|iennes|éens|éennes|ites|ans)"  # ("Gazaouis")
    # (those the endings miss)
    r"|belges?|suisses?|russes?|burkinab[èeé]s?|malgaches?|kurdes?|turcs?|turques?|grecs?|tchèques?|slovaques?"
    r"|rohingyas?|peuls?|touaregs?|arabes?|juifs?|juives?|sahraouis?|tutsis?|hutus?|banyamulenges?|bédouins?"
)
APOSTROPHES = "’ʼ´`"
SELF_COUNTING: dict[str, int] = {"un demi-million": 500_000, "un demi million": 500_000, "demi-million": 500_000}
DUALS: dict[str, tuple[Group, Kind | None]] = {}
# Words that end a clause: a cue across one speaks of another number.
CLAUSE_WORDS = r"[,;:]|\boù\b|\bqui\b|\bque\b|\btandis\b|\balors\b"
# Between a scaled number and the rest of it: "113 mille 582".
ADDITIVE = r"\s+"
NUMBER_PROCLITIC = ""
# Before "de X à Y": a toll that changed, whose new value alone is a figure.
CHANGE_BEFORE = r"(?:pass|grimp|augment|alourdi|élev|mont|revu|port)\w*(?:\s+\w+)?"
# Singular nouns a cue before makes a figure of one (French writes "un", which the numbers read).
SINGULARS: dict[str, Group] = {}
# After a bare number, a verb of which it is the subject: what happened is said after it ("huit sont disparus").
# After a count of the hurt or the missing, that they died: they are dead ("six blessés ayant succombé à leurs
# blessures", "deux des disparus ayant été retrouvés sans vie").
HARMED_DIED = (
    # (the hurt named by an adverb before the participle: "deux personnes grièvement blessées ont succombé")
    r"(?:\s+graves?)?(?:\s+blessée?s?)?(?:\s+(?:ayant|qui ont|qui a|ont|sont|a|est)\s+"
    r"(?:depuis\s+|finalement\s+|ensuite\s+)?(?:été\s+)?(?:succombé|retrouvée?s? sans vie|retrouvée?s? morte?s?"
    r"|décédée?s?)"
    # ... or a participle right after them: "dont deux blessés décédés dans la nuit"
    r"|\s+décédée?s?(?=[\s,.;]))"
)
# Between a count's noun (and its complement) and a cue, an auxiliary: the verb is the count's own, whatever cue
# stands closer before it ("Un patient a été tué et deux membres du personnel de santé ont été blessés").
AUX_BEFORE_CUE = (
    # (not after the pronoun of another object: "endommagé 412 habitations et en ont complètement détruit 96 autres")
    r"(?:\s+(?:d'|l')?[^\s,.;:!?]+){0,8}?(?<!\sen)\s+(?:ont|sont|avaient|étaient|auraient|seraient)"
    r"(?:\s+(?:été|également|aussi|toutes|tous|toujours|encore|déjà|eux aussi|elles aussi"
    r"|fortement|gravement|légèrement|sévèrement|lourdement"  # ("d'autres sont fortement endommagées")
    r"|pourtant|cependant|néanmoins|finalement|enfin|progressivement|massivement))*\s+"  # ("étaient pourtant revenus")
)
# An event's noun whose complement is the count ("l'évacuation de 64 familles vivant ..."), from the noun to the number.
# A time told by another event, right after a count: "l'évacuation de 8 300 personnes avant l'arrivée du cyclone".
EVENT_TIME_AFTER = r"\s+(?:avant|après|lors|depuis|pendant|durant)\b"
# "The number of" after a count, before the noun it counts: "portant à 12 000 le nombre de réfugiés rapatriés".
NUMBER_OF_AFTER = r"\s+(?:le|du)\s+nombre\s+(?:total\s+)?(?:de|des|d')\s*"
# "The number of" before the noun a bare count far after stands for: "Le nombre de personnes déplacées internes
# (PDI) en République centrafricaine est estimé à 516 830".
NUMBER_OF_BEFORE = r"(?<!\w)(?:le|du)\s+nombre\s+(?:total\s+)?(?:de|des|d')"
# A share of a count in an aside, between it and its verb: ", soit 75 % de la population,", ", soit près de la moitié
# des habitants,".
SHARE_ASIDE = (
    r"\s*,\s*soit\s+(?:près de |environ |plus de |presque )?(?:\d[\d,.]*\s*(?:%|pour cent)|la moitié|le tiers"
    r"|le quart|les deux tiers|les trois quarts)[^,;.]{0,40},"
)
# A count, then the whole it is a part of: "quelque 2 000 des 6 000 résidents" (the whole's count, with it), unless
# the whole has a clause of its own ("19 000 des 26 500 personnes qui avaient été accueillies").
PART_OF_WHOLE_GAP = r"\s+(?:des|sur les)\s+"
PART_OF_WHOLE = r"\s+(?:des|sur les)\s+\d{1,3}(?:[\s.]\d{3})*(?=\s)"
WHOLE_WITH_ITS_CLAUSE = r"[^.;,]{0,40}?\squi\s"
# An aside naming some of those counted with no count of its own, up to a cue inside it: ", dont des blessés".
UNCOUNTED_PARTS_OPEN = r"\s*,\s*(?:dont|y compris|notamment)\s+(?:des|les|de|d')\s*[^\d,;.]*"
# The same people in other units, set off after a count and its adjectives (the closing comma may be gone: see
# APPOSITION_CLOSE): "2 196 personnes déplacées internes, soit 345 ménages, ont regagné leurs foyers".
RESTATED_ASIDE = (
    r"(?:\s+[^\W\d]+){0,2}?\s*,\s*soit\s+(?:près de |environ |plus de |quelque )?\d[\d.]*(?:\s\d{3})*\s+"
    r"(?:ménages|familles|foyers|personnes|individus)\s*,?"
)
# Right before a count restating the one before it: "..., soit 345 ménages,".
RESTATING_BEFORE = r",\s*soit\s+(?:près de |environ |plus de |quelque )?"
# A part of those named before, counted by their noun: "neuf de ces décès".
OF_THESE = r"\s+(?:de|d'entre) (?:ces|nos|leurs|ses)(?=\s)"  # ("17 de nos soldats")
# After a vague count, the partitive pronoun before its verb: "plusieurs dizaines d'entre eux ont été tués".
OF_THEM = r"\s+d'entre (?:eux|elles)(?!\w)"
EVENT_OF = (
    r"(?:(?:évacuations?|déplacements?|relogement|relocalisation|rapatriement|retour|fuite|exode|mort|décès"
    r"|disparition)(?: (?:préventive?s?|forcée?s?|massive?s?|temporaires?|d'urgence|immédiate?s?))? (?:de |d')"
    # the verb done to them, right before them: "a évacué à titre préventif environ 350 personnes vivant sur les berges"
    r"|(?:a|ont|avait|avaient) (?:évacué|relogé|rapatrié|mis à l'abri)"
    r"(?: (?:à titre préventif|préventivement|par précaution|d'urgence|en urgence|hier|mardi|dimanche))? )"
    r"(?:plus de |près de |environ |quelque |au moins |moins de )?"
)
# Between one family and how many it was: "tuant une famille de sept personnes" counts the seven.
FAMILY_OF_COUNT = r"\s+(?:de|d')\s*"
# After the noun of a list's item, what keeps it an item: a place or a part ("- 7 personnes à Kalehe").
ROW_ITEM_REST = r"(?:à|au|aux|dans|en|dont|parmi)(?!\w)"
# A word opening a subordinate clause: one person named after it is no item of the list before it.
SUBORDINATE = (
    r"(?<!\w)(?<!ainsi\s)(?<!plus\s)(?<!moins\s)"
    r"(?:qu'|que|qui|alors|tandis|lorsqu'|lorsque|quand|puisqu'|puisque|parce)(?!\w)"
)
# Between two numbers that share the noun after the second: "respectivement 249 et 173 morts", "7, 6 et 5 décès".
NUMBER_JOIN = r"\s+(?:et|ou)\s+"
# Before kin who came along with a speaker on a move: "arrivée avec ses quatre enfants" counts no one.
KIN_ALONG_BEFORE = r"(?<!\w)avec (?:ses|leurs|son|sa|mes|nos)\s+$"
# Words that deny the cue right after them: "aucun décès", "pas de victimes", "ni blessé".
NEGATED_BEFORE = ("aucun ", "aucune ", "pas de ", "sans ", "ni ")  # (not "pas d'": "n'exclut pas d'évacuer")
# After the counted noun, an aside on who they were, which a comma closes before their verb: "Trois personnes,
# toutes des réfugiés, ont été tuées".
APPOSITION_OPEN = (
    r"\s*[,–—]\s*(?:(?:tous|toutes)(?:\s+(?:deux|trois|quatre|cinq|six))?\s+(?:des\s+|de\s+|d')"
    # (or most of them, and a noun with its participle: "trente-trois personnes – pour la plupart des commerçants
    # revenus du marché – ont été tuées")
    r"|(?:pour la plupart|en majorité|en grande partie|pour l'essentiel|essentiellement|majoritairement"
    r"|principalement|surtout)\s+(?:des\s+|de\s+|d')(?:[\w'’-]+\s+){0,2})"
)
# A time's hour, right before its minutes: "18 h 30", "7h45".
MINUTES_BEFORE = r"(?<![\d,.])\d{1,2}\s?h\s?$"
# A list's heading that only says how the figure above it is broken down: "Répartition par région :".
BREAKDOWN_HEADING = (
    r"^\W*(?:répartition|ventilation|distribution|détail)\b|\bpar (?:région|province|département|district|commune"
    r"|localité|territoire|zone|site|préfecture|cercle|village|ville|sexe|âge|origine|destination|camp)s?\b"
)
# From one count of returns to the next one listed with it: "le retour de 280 000 réfugiés et d'environ 800 000".
RETURNS_JOIN = r"\s*,?\s*(?:et|ainsi que)\s+(?:de\s+|d'|des\s+)?"
# A relative clause right after the counted noun, and the auxiliary that opens the main verb after it.
RELATIVE_OPEN = r",?\s+(?:qui|ayant)\s"  # (a participle clause too: "personnes ayant perdu leur logement")
MAIN_AUXILIARY = (
    r"(?<=\s)(?:ont|sont|avaient|étaient|auraient|seraient|a|est|avait|était)"
    r"(?:\s+(?:été|tous|toutes|également|aussi|ensuite|finalement|toujours|déjà|pourtant|cependant|néanmoins|enfin"
    r"|progressivement|massivement))*\s+"
)
SUBJECT_VERBS = (
    r"(?:autres )?(?:sont|ont|étaient|avaient|seraient|auraient|restent|demeurent|ont été|sont toujours"
    r"|se trouvent|se trouvaient)"
)

# A plural or singular noun naming people by trade or role, outside GROUP_NOUNS ("onze pêcheurs", "un commerçant",
# "deux passants"): read as people when a cue says what happened to them.
HUMAN_NOUN = r"[^\W\d_]{3,}(?:eur|euse|trice|ier|ière|iste|ant|ante|aire|ien|ienne)s?"
NOT_HUMAN = """
secteur moteur tracteur conteneur capteur ordinateur réacteur couleur valeur erreur facteur indicateur donateur
bailleur fournisseur opérateur acteur serveur compteur générateur moniteur plusieur ailleur meilleur supérieur
inférieur extérieur intérieur antérieur postérieur majeur mineur hauteur largeur longueur profondeur chaleur
douleur horreur honneur faveur rumeur vigueur teneur lueur coeur cœur labeur malheur bonheur peur fleur
quartier chantier papier dossier sentier panier grenier millier fichier métier denier premier dernier entier
cahier collier atelier clavier escalier palmier pommier voilier courrier calendrier janvier février levier
rivière frontière matière lumière prière bière carrière barrière cuillère filière manière première dernière
entière clairière poussière chaudière fourrière ornière théière glissière
montant restant instant carburant éléphant volant croissant important puissant constant suivant précédant
pendant durant cependant autant avant devant maintenant restante suivante précédente importante puissante
salaire horaire dispensaire sanitaire commentaire aire affaire inventaire itinéraire partenaire anniversaire
vocabulaire questionnaire formulaire glossaire sommaire dictionnaire répertoire annuaire nécessaire contraire
piste liste
bien lien moyen ancien chien rien entretien soutien maintien mien tien sien
"""
# Kin a possessive makes one person ("a tué son frère", "blessé sa femme").
POSSESSIVE_KIN = r"(?:son|sa|mon|ma|notre|leur) (?:mari|épouse|femme|fils|fille|frère|sœur|soeur|père|mère|oncle"
POSSESSIVE_KIN += r"|tante|cousin|cousine|neveu|nièce|beau-frère|belle-sœur|belle-soeur|grand-père|grand-mère"
POSSESSIVE_KIN += r"|petit-fils|petite-fille|bébé|voisin|voisine|ami|amie|collègue|enfant|beau-père|belle-mère|fillette"
POSSESSIVE_KIN += r"|nourrisson|garçon|garçonnet)"
# After a noun of buildings, what makes them no homes ("de nombreux bâtiments publics").
NOT_HOUSE_AFTER = r"\s+(?:publics|publiques|administratifs|administratives|scolaires|commerciaux|commerciales"
NOT_HOUSE_AFTER += r"|gouvernementaux|religieux|officiels|industriels|universitaires|hospitaliers|sanitaires)(?!\w)"
# After a count of people, a register: the count is of the kind the sentence speaks of ("570 000 déjà enregistrées").
# A sentence opening on the houses its bare counts are parts of: "Parmi ces logements, 19 095 se sont effondrés".
# A sentence opening on the people counted just before, whose parts it lists: "Parmi elles, 3 890 enfants", "Sur ce
# nombre, 1 150 sont des enfants".
PART_OPENING = (
    r"parmi (?:eux|elles|ceux-ci|celles-ci|ces (?:derniers|dernières|personnes|victimes|déplacés|réfugiés|blessés"
    r"|morts|rapatriés|retournés|évacués))|sur ce (?:nombre|total|chiffre)|sur l'ensemble"
)
# After such a part, a verb of its own, which tells what befell it ("Parmi eux, 3 870 ménages ont été installés"); not
# who they are ("1 150 sont des enfants").
PART_VERB_AFTER = (
    r"\s+(?:ont|sont|avaient|étaient|a|est|auraient|seraient)\s+(?:été\s+|déjà\s+|également\s+|aussi\s+)*"
    r"(?!des\b|de\b|d'|les\b)[^\W\d]{2,}(?:é|ée|és|ées|is|ise|ises|it|its|us|ue|ues|ert|erts)(?!\w)"
)
HOUSE_PART_OPENING = (
    # (the whole may be counted: "Sur les 563 habitations inspectées, 167 sont considérées comme détruites")
    r"(?:[^\d,.;:]{1,60}, )?"  # (after who says so: "Selon le maire, sur les quelque 4 000 maisons ...")
    r"(?:parmi|sur|de) (?:ces|les|lesquels|lesquelles) (?:(?:quelque|environ|près de|plus de) )?"
    r"(?:\d{1,3}(?:[\s  .]\d{3})* )?"
    r"(?:logements|maisons|habitations|bâtiments|cases)"
)
# An opening that announces a figure's spread over places: "les décès se répartissent comme suit : Kindu 12, ...".
BY_PLACE_OPENING = r"comme suit|de la manière suivante|de la façon suivante"
# Where a list of places with their counts in brackets opens: "dans les communes de Ngaliema (12), Lemba (5)".
PLACE_LIST_OPENING = r"\b(?:à|dans|de|en|au|aux)\s+|\bd'|:\s*"
REGISTERED = r"(?:déjà |ainsi |officiellement )?(?:enregistr|recens|comptabilis|dénombr)(?:é|ée|és|ées)"
# Adjectives after a noun that say no figure ("affected") but yield to a verb that says one after them:
# "1 500 familles sinistrées ont été relogées".
YIELDING = r"sinistr\w*|touch(?:é|ée|és|ées)|affect(?:é|ée|és|ées)|vivant|résidant|habitant"
# Between one person ("un soldat", "son frère") and the verb of which it is the subject: an adjective, an aside
# between commas, auxiliaries and adverbs ("un soldat malien a été mortellement blessé").
# After "dont un", how badly: the one is a part of the hurt ("blessés, dont un grièvement à l'abdomen").
ONE_PART_AFTER = r"\s+(?:grièvement|gravement|sérieusement|mortellement|légèrement|dans un état (?:grave|critique))"
# One person named by the definite article and a role, then its own passive of harm: "Le chauffeur a été tué sur
# le coup", "Le gérant du bar, lui, a été tué", "l'apprenti a été blessé au bras" (group "one"; the cue follows).
_ROLES = (
    r"(?:jeune |petit |petite |vieux |vieille )?(?:chauffeur|conducteur|conductrice"
    r"|voisin|voisine|oncle|tante|cousin|cousine|neveu|nièce|collègue|ami|amie|compagnon|compagne|grand-oncle"
    r"|pompier|secouriste|deuxième|second|seconde|troisième|quatrième|cinquième"
    r"|passager|passagère|gérant|gérante|apprenti|apprentie|propriétaire|commerçant|commerçante|enseignant"
    r"|enseignante|infirmier|infirmière|médecin|pêcheur|berger|cultivateur|agriculteur|éleveur|motard|taximan"
    r"|moto-taximan|policier|policière|gendarme|militaire|soldat|agent|gardien|vigile|chef|imam|pasteur|prêtre|curé"
    r"|maire|journaliste|élève|étudiant|étudiante|bébé|nourrisson|enfant|garçon|garçonnet|fillette|adolescent"
    r"|adolescente|octogénaire|nonagénaire|septuagénaire|sexagénaire|vieillard|homme|femme|mère|père|épouse|époux"
    r"|mari|fils|fille|frère|sœur|soeur|grand-mère|grand-père|petite-fille|petit-fils|victime|suspect|assaillant"
    r"|conseiller|conseillère|notable|commandant|capitaine|lieutenant|sergent|caporal|sous-officier|patiente|patient)"
)
DEFINITE_ONE = (
    r"(?<!\w)(?:le |la |l'|mon |ma |notre |leur |(?:un |une )(?=(?:deuxième|second|seconde|troisième|quatrième"
    rf"|cinquième)\b))(?P<one>{_ROLES})"
    r"(?:\s+(?!a |est |était |avait |aurait |figure |fait )[^\s,.;:!?]+){0,4}?(?:\s*,[^,.;:!?]{1,60},)?"
    r"\s+(?:(?:a|avait|aurait|est|était|fut)\s+(?:par ailleurs\s+|aussi\s+|également\s+)?(?:été\s+)?"
    r"(?:(?:grièvement|légèrement|gravement|mortellement|également"
    r"|aussi|toujours|encore|lui-même|elle-même|toutefois|quant à lui|quant à elle|lui aussi|elle aussi)\s+)*"
    # ... or counted among the victims: "Le chef de village de Baye figure parmi les victimes"
    r"|(?=(?:figure|figurait|fait partie des|faisait partie des)\s))(?=\w)"
)
# One person named after the victims it is among: "Parmi les victimes de Dourou figure le chef de village".
ONE_AMONG = (
    r"(?<!\w)parmi les (?:victimes|morts|tués|personnes tuées|civils tués|blessés|blessées|disparus)"
    r"(?:\s+[^\s,.;:]+){0,3}?"
    rf",?\s+(?:figurent?|figuraient|figurait|on compte|se trouvent?)?\s*(?:un |une |le |la |l')(?P<one>{_ROLES})(?!\w)"
)
# The group of one person by role where the counted nouns' groups (GROUP_NOUNS) do not say it.
DEFINITE_GROUPS: dict[str, Group] = {
    "garçonnet": Group.CHILDREN, "petite-fille": Group.CHILDREN, "petit-fils": Group.CHILDREN,
    "grand-mère": Group.WOMEN, "soeur": Group.WOMEN, "conductrice": Group.WOMEN, "passagère": Group.WOMEN,
    "policier": Group.FIGHTERS, "policière": Group.FIGHTERS, "assaillant": Group.FIGHTERS,
}  # fmt: skip
SINGULAR_GAP = (
    r",?(?: (?!qui |que |dont |où )[\w'-]+)?(?: (?:de|d'|du|des)\s*[\w'-]+(?: [\w'-]+){0,2}?){0,2}"
    r"(?:\s*\([^()]{1,20}\))?"
    r"(?:\s*,[^,.;:]{1,40},)?,?"
    # (a part after "dont" takes the whole's plural verb: "trois personnes, dont un enfant de 10 ans, ont été tuées")
    r"(?: (?:a|est|était|avait|aurait|serait|ont|sont|étaient|avaient|été|y|lui|également|aussi|même|ensuite"
    r"|toujours|encore|en outre"
    r"|par ailleurs|finalement|alors|déjà|hier|par balles?|été retrouvée?|retrouvée?|grièvement|gravement|mortellement"
    r"|légèrement|sérieusement))*,? "
)
# A number word that is the end of a percentage ("40 pour cent"), not a hundred.
PERCENT = r"(?<!\w)pour cents?"
# "des centaines de blessés et de disparus": a second kind noun after a vague count shares it.
VAGUE_PAIR = r"\s+et (?:de |d'|des )?"
# Before "un"/"une", what makes it a complement of the noun before, not a count ("un parent d'un membre du clergé").
OF_BEFORE = r"(?<!\w)(?:d'|de )$"
# Where displaced people were taken in, right after them: they are the sheltered ("réfugiées dans des écoles").
SHELTER_PLACE = (
    r" (?:[^\s\d.,;:]+ ){0,3}?((?:dans|sur|vers|à|au|aux) (?:les |des |la |le |l'|un |une |ce |ces |\d[\d  ]* "
    r"|plusieurs |quelques |deux |trois |quatre |cinq |six |sept |huit |neuf |dix )?"
    r"(?:écoles?|abris|églises?|mosquées?|centres? d'(?:hébergement|accueil|évacuation|transit)"
    r"|sites? (?:d'(?:hébergement|accueil)|collectifs|spontanés|de déplacés|de regroupement)|camps?(?!\w)"
    r"|salles? de classe|gymnases?|bâtiments publics|enceinte|établissements (?:scolaires|publics)|lieux de culte"
    r"|(?:petits? |grands? )?séminaires?|paroisses?|missions? catholiques?|cathédrales?|couvents?|monastères?))"
)
# "The number of those in the shelters (comes to)", right before a count: "le nombre de déplacés dans les sites
# d'hébergement atteint 35 000"; shelters, then those who took refuge there or whom they take in: "54 centres
# d'hébergement, où se sont réfugiées plus de 32 000 personnes" (one camp that "hosts" its people does not).
_SHELTERS = (
    r"(?:centres?|sites?|camps?|abris|écoles|églises|mosquées|salles|gymnases|bâtiments publics|lieux d'accueil"
    r"|établissements scolaires|lieux de culte)"
    r"(?: (?:d'|de |du )?(?:hébergement|accueil|évacuation|transit|secours|classe|collectifs?|temporaires?))*"
)
_SHELTER_FRAME_HEDGES = (
    r"(?: (?:à|désormais|maintenant|actuellement|aujourd'hui|jusqu'ici|jusqu'à présent|à ce jour|déjà|plus de"
    r"|près de|environ|quelque|au moins|un peu plus de|pas moins de))* ?"
)
SHELTER_FRAME_BEFORE = (
    # a row's label: "Personnes déplacées hébergées dans les centres : 189 174"
    r"(?:hébergée?s|abritée?s|accueillie?s|installée?s)(?: (?:actuellement|encore|toujours))?"
    r"(?: (?:ce|cette|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:soir|nuit|matin))? (?:dans|sur) "
    r"(?:les |des |ces )?"
    + _SHELTERS
    + r"[^\d.;:]{0,30}?:\s*"
    + r"|(?<!\w)nombre (?:de |d'|des )(?:[^\s\d.,;:]+ ){0,3}?(?:dans|en) (?:les |des |ces |leurs )?"
    + _SHELTERS
    + r"(?: [^\s\d.,;:]+){0,4}? (?:s'élève|s'élevait|atteint|atteignait|a atteint|est passé|est de|était de"
    r"|se chiffre|dépasse|a dépassé|avoisine|s'établit)"
    + _SHELTER_FRAME_HEDGES
    + r"|(?:(?<!\w)(?:les |des |ces |\d[\d  ]* )"
    + _SHELTERS
    + r"(?!\w)[^.;]{0,80}?(?<!\w)(?:où|dans lesquels"
    r"|dans lesquelles|qui) (?:se sont réfugiée?s|ont trouvé refuge|sont hébergée?s|s'abritent|accueillent"
    r"|ont accueilli|abritent|hébergent|ont hébergé)(?!\w))" + _SHELTER_FRAME_HEDGES
)
# "The number of", opening a table's header: the unit counted follows ("Nombre de ménages").
COUNT_OF = r"nombre (?:de|d')|nb (?:de|d')|total (?:de|des|d')"
# People counted as a population, never a figure: a table's "Population" or "Nombre d'habitants" column.
POPULATION_NOUNS = ("habitants", "population", "résidents")
# Verbs of hosting: before a count, a site's population (no figure) or, with a country for subject, the country's
# standing total of the displaced ("le Tchad accueille plus de 600 000 réfugiés").
HOST_VERB = r"(?<!\w)(?:accueille|accueillait|abrite|abritait|héberge|hébergeait|compte|comptait)"
# Between a host verb and its subject or count: "still", "now" ("le pays compte toujours", "accueille désormais").
HOST_ADVERBS = ("toujours", "encore", "désormais", "actuellement", "aujourd'hui", "déjà")
# A relative pronoun right before a host verb: the hosting recalled as background ("le Liban, qui accueille").
RELATIVE_PRONOUNS = ("qui",)
# A past participle in a list row's label, after its first word: things done, not a place ("Sacs de sable
# distribués : 52 000"); not the nouns in "-té" ("Autres localités : 5").
# A table row's first word that counts things, not people (plural: "| Site de Bulengo |" names a place).
THING_ROW_HEADS = (
    "sites", "camps", "centres", "écoles", "tentes", "kits", "repas", "abris", "salles", "bâtiments", "structures",
    "véhicules", "points", "lits", "latrines", "forages", "bâches", "rations", "colis", "écoliers", "élèves",
    "interventions", "opérations", "consultations", "ambulances", "médicaments",
)  # fmt: skip
ROW_PARTICIPLE = r"\w{3,}(?<!t)(?:é|ée|és|ées)"
# Between a count of families and the count of their members: "1 200 ménages comptant 6 300 personnes".
COMPRISING = r"comptant|regroupant|totalisant|représentant"
# After a comma, right before a count: the count before, in other units ("35 000, soit environ 7 000 ménages").
RESTATED_AS = r"soit|c'est-à-dire"
# A verb of saying before one person listed after a figure: the source, not one more ("a confié un agent de santé").
SOURCE_BEFORE = (
    r"(?<!\w)(?:(?:a|ont|avait|avaient) (?:confié|déclaré|indiqué|précisé|expliqué|raconté|affirmé|dit|ajouté"
    r"|souligné|rapporté|témoigné|assuré|confirmé)|selon|d'après|indique|raconte|explique|précise|affirme|témoigne"
    r"|confie|ajoute|déclare)(?!\w)"
)
# Months, after which a year is no count but another number is ("en juillet 219 civils tués").
MONTHS = r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
# After a count of the injured (or the hospitalised), an illness: patients, not wounded ("41 enfants souffrant de
# malnutrition aiguë sévère ont été hospitalisés").
NOT_INJURY_AFTER = (
    r"\s+(?:souffrant|atteinte?s?|malades?) d(?:e |')(?:la |l')?(?:malnutrition|choléra|paludisme|rougeole|diarrhée"
    r"|dengue|fièvre|mpox|variole|méningite|covid)"
)
