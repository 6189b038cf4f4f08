"""What the bot says about reports, in English, French and Arabic, as data: alerts and updates, digests and their
chart, /why, command usage and /sources.

Same rules as the interface catalogue: three languages per entry, the same placeholders in each (a test checks).
Quoted report sentences are never translated; everything around them is. Arabic avoids number agreement it cannot
get right for every count with a neutral "noun: number" form ("القتلى: 23 على الأقل"); counts of hours and days
come from CLDR plural rules instead (``bot.i18n.formats``).
"""

from __future__ import annotations

REPORTS: dict[str, tuple[str, str, str]] = {
    # How many: the report's hedge around a number
    "qty_at_least": ("at least {n}", "au moins {n}", "{n} على الأقل"),
    "qty_more_than": ("more than {n}", "plus de {n}", "أكثر من {n}"),
    "qty_about": ("about {n}", "environ {n}", "نحو {n}"),
    "qty_up_to": ("up to {n}", "jusqu'à {n}", "ما يصل إلى {n}"),
    "qty_less_than": ("fewer than {n}", "moins de {n}", "أقل من {n}"),
    "qty_range": ("{low}–{high}", "{low} à {high}", "بين {low} و{high}"),
    "vague_hundreds_of_thousands": ("hundreds of thousands", "des centaines de milliers", "مئات الآلاف"),
    "vague_tens_of_thousands": ("tens of thousands", "des dizaines de milliers", "عشرات الآلاف"),
    "vague_millions": ("millions", "des millions", "الملايين"),
    "vague_thousands": ("thousands", "des milliers", "الآلاف"),
    "vague_hundreds": ("hundreds", "des centaines", "المئات"),
    "vague_dozens": ("dozens", "des dizaines", "العشرات"),
    "vague_several": ("several", "plusieurs", "عدد"),
    "vague_unknown": ("an unknown number of", "un nombre inconnu de", "عدد غير معروف"),
    # What happened: "at least 7 civilians killed", "au moins 7 civils tués", "القتلى من المدنيين: 7 على الأقل"
    "headline": ("{quantity}{who} {kind}", "{quantity}{who} {kind}", "{kind}{who}: {quantity}"),
    "headline_who": (" {group}", " {group}", " من {group}"),
    "group_civilians": ("civilians", "civils", "المدنيين"),
    "group_children": ("children", "enfants", "الأطفال"),
    "group_women": ("women", "femmes", "النساء"),
    "group_fighters": ("fighters", "combattants", "المقاتلين"),
    "group_households": ("households", "ménages", "الأسر"),
    "group_families": ("families", "familles", "العائلات"),
    "group_people": ("people", "personnes", "الأشخاص"),
    "kind_word_killed": ("killed", "tués", "القتلى"),
    "kind_word_injured": ("injured", "blessés", "الجرحى"),
    "kind_word_missing": ("missing", "disparus", "المفقودون"),
    "kind_word_displaced": ("displaced", "déplacés", "النازحون"),
    "kind_word_evacuated": ("evacuated", "évacués", "الذين أُجلوا"),
    "kind_word_sheltered": ("in shelters", "dans des abris", "المقيمون في الملاجئ"),
    "kind_word_homeless": ("left homeless", "sans abri", "المشردون"),
    "kind_word_returned": ("returned home", "rentrés chez eux", "العائدون"),
    "kind_word_houses_destroyed": ("houses destroyed", "maisons détruites", "المنازل المدمرة"),
    "kind_word_houses_damaged": ("houses damaged", "maisons endommagées", "المنازل المتضررة"),
    # One person: French agrees in number; English and the Arabic neutral form do not change.
    "kind_one_killed": ("killed", "tué", "القتلى"),
    "kind_one_injured": ("injured", "blessé", "الجرحى"),
    "kind_one_missing": ("missing", "disparu", "المفقودون"),
    "kind_one_displaced": ("displaced", "déplacé", "النازحون"),
    "kind_one_evacuated": ("evacuated", "évacué", "الذين أُجلوا"),
    "kind_one_sheltered": ("in shelters", "dans un abri", "المقيمون في الملاجئ"),
    "kind_one_homeless": ("left homeless", "sans abri", "المشردون"),
    "kind_one_returned": ("returned home", "rentré chez lui", "العائدون"),
    "kind_one_houses_destroyed": ("houses destroyed", "maison détruite", "المنازل المدمرة"),
    "kind_one_houses_damaged": ("houses damaged", "maison endommagée", "المنازل المتضررة"),
    # A kind as a heading: "Killed", "Tués", "القتلى"
    "kind_label_killed": ("Killed", "Tués", "القتلى"),
    "kind_label_injured": ("Injured", "Blessés", "الجرحى"),
    "kind_label_missing": ("Missing", "Disparus", "المفقودون"),
    "kind_label_displaced": ("Displaced", "Déplacés", "النازحون"),
    "kind_label_evacuated": ("Evacuated", "Évacués", "الذين أُجلوا"),
    "kind_label_sheltered": ("Sheltered", "Hébergés", "المقيمون في الملاجئ"),
    "kind_label_homeless": ("Homeless", "Sans abri", "المشردون"),
    "kind_label_returned": ("Returned", "Rentrés", "العائدون"),
    "kind_label_houses_destroyed": ("Houses destroyed", "Maisons détruites", "المنازل المدمرة"),
    "kind_label_houses_damaged": ("Houses damaged", "Maisons endommagées", "المنازل المتضررة"),
    # Who states a figure (bot.domain.voices): "20 (authorities) – 45 (civil society)"
    "speaker_civil_society": ("civil society", "société civile", "المجتمع المدني"),
    "speaker_ministry": ("ministry", "ministère", "الوزارة"),
    "speaker_authorities": ("authorities", "autorités", "السلطات"),
    "speaker_security_forces": ("security forces", "forces de sécurité", "قوات الأمن"),
    "speaker_un": ("UN", "ONU", "الأمم المتحدة"),
    "speaker_aid_agencies": ("aid agencies", "organisations humanitaires", "منظمات الإغاثة"),
    "speaker_medics": ("medics", "soignants", "المسعفون"),
    "speaker_monitors": ("monitors", "observateurs", "المراقبون"),
    "speaker_residents": ("residents", "habitants", "السكان"),
    "speaker_armed_group": ("armed group", "groupe armé", "جماعة مسلحة"),
    # Alerts and updates
    "alert_update": (
        "<b>Update: {title}</b>{note}",
        "<b>Mise à jour : {title}</b>{note}",
        "<b>تحديث: {title}</b>{note}",
    ),
    "alert_was_one": (" (was {value})", " (auparavant {value})", " (سابقًا {value})"),
    "alert_was_many": (" (was: {values})", " (auparavant : {values})", " (سابقًا: {values})"),
    "alert_where": ("Where: {where}", "Lieu : {where}", "المكان: {where}"),
    "alert_when": ("When: {when}", "Date : {when}", "التاريخ: {when}"),
    "alert_outlets_many": (
        "According to: {outlet} (reported by {count} outlets)",
        "Selon : {outlet} (rapporté par {count} médias)",
        "المصدر: {outlet} (عدد وسائل الإعلام التي أوردته: {count})",
    ),
    "alert_outlets_one": (
        "According to: {outlet} (1 outlet so far)",
        "Selon : {outlet} (un seul média pour l'instant)",
        "المصدر: {outlet} (وسيلة إعلام واحدة حتى الآن)",
    ),
    "alert_read_report": ("Read the report", "Lire le rapport", "اقرأ التقرير"),
    "place_not_stated": ("place not stated", "lieu non précisé", "المكان غير مذكور"),
    "from_to": ("from {origin} to {destination}", "de {origin} vers {destination}", "من {origin} إلى {destination}"),
    "reported_about": (
        "reported {reported}, about {about}",
        "signalé le {reported}, faits vers le {about}",
        "أُبلغ عنه في {reported}، والوقائع نحو {about}",
    ),
    # Digests
    "digest_header": (
        "<b>Digest</b>: received in the last {hours}, to {end} {zone}",
        "<b>Résumé</b> : reçu au cours des dernières {hours}, jusqu'au {end} {zone}",
        "<b>الملخص</b>: ما ورد خلال آخر {hours}، حتى {end} {zone}",
    ),
    "digest_outage": (
        "⚠️ {failing} of {total} sources failing{since}: figures may be missing (see /sources).",
        "⚠️ {failing} sources sur {total} en échec{since} : des chiffres peuvent manquer (voir /sources).",
        "⚠️ مصادر متعطلة: {failing} من {total}{since}؛ قد تنقص بعض الأرقام (انظر ‎/sources).",
    ),
    "digest_since": (" since {time}", " depuis {time}", " منذ {time}"),
    "digest_caption": (
        "Figures by the day they happened, last {days}: {places}",
        "Chiffres par jour des faits, sur {days} : {places}",
        "الأرقام حسب يوم وقوعها، آخر {days}: {places}",
    ),
    "digest_no_places": (
        "This chat follows no places yet. Use /subscribe &lt;place&gt; to follow one.",
        "Cette discussion ne suit encore aucun lieu. Utilisez /subscribe &lt;lieu&gt; pour en suivre un.",
        "هذه المحادثة لا تتابع أي مكان بعد. استخدم ‎/subscribe &lt;مكان&gt; لمتابعة مكان.",
    ),
    "digest_nothing_new": ("Nothing new for {places}.", "Rien de nouveau pour {places}.", "لا جديد في {places}."),
    "digest_largest": ("<b>Largest: {kind}</b>", "<b>Les plus importants : {kind}</b>", "<b>الأكبر: {kind}</b>"),
    "digest_kind_line": ("• {kind}: {parts}", "• {kind} : {parts}", "• {kind}: {parts}"),
    "digest_in_events": (
        "{total} in {count} events",
        "{total} en {count} événements",
        "{total} (عدد الأحداث: {count})",
    ),
    "digest_in_one_event": ("{total} in 1 event", "{total} en 1 événement", "{total} في حدث واحد"),
    "digest_unstated": (
        "unstated numbers in {count} events",
        "nombres non précisés en {count} événements",
        "أعداد غير مذكورة (عدد الأحداث: {count})",
    ),
    "digest_unstated_one": (
        "unstated numbers in 1 event",
        "nombres non précisés en 1 événement",
        "أعداد غير مذكورة في حدث واحد",
    ),
    "digest_reported_total": (
        "reported total {quantity}",
        "total rapporté : {quantity}",
        "الإجمالي المعلن: {quantity}",
    ),
    "digest_projection": (
        "⚠ projection: {phrase} ({source})",
        "⚠ projection : {phrase} ({source})",
        "⚠ توقّع: {phrase} ({source})",
    ),
    "digest_event_line": (
        "{what} in {where}{when} ({corroboration}{outlets}{more})",
        "{what} à {where}{when} ({corroboration}{outlets}{more})",
        "{what} في {where}{when} ({corroboration}{outlets}{more})",
    ),
    "digest_corroboration": (
        "reported by {count} outlets: ",
        "rapporté par {count} médias : ",
        "أوردته وسائل إعلام ({count}): ",
    ),
    "digest_more": (" and {count} more", " et {count} autres", " و{count} غيرها"),
    "digest_source_unknown": ("source unknown", "source inconnue", "مصدر غير معروف"),
    "digest_shortened": ("… (shortened)", "… (abrégé)", "… (مختصر)"),
    "digest_disagreement": ("{disagreement} {kind}", "{disagreement} {kind}", "{kind}: {disagreement}"),
    # Projections: "500 could be displaced", "500 pourraient être déplacés", "النازحون المحتملون: 500"
    "projected": ("{quantity}{who} {what}", "{quantity}{who} {what}", "{what}{who}: {quantity}"),
    "projected_killed": ("could be killed", "pourraient être tués", "القتلى المحتملون"),
    "projected_injured": ("could be injured", "pourraient être blessés", "الجرحى المحتملون"),
    "projected_missing": ("could go missing", "pourraient disparaître", "المفقودون المحتملون"),
    "projected_displaced": ("could be displaced", "pourraient être déplacés", "النازحون المحتملون"),
    "projected_evacuated": ("could be evacuated", "pourraient être évacués", "من قد يُجلَون"),
    "projected_sheltered": ("could need shelter", "pourraient avoir besoin d'un abri", "من قد يحتاجون إلى مأوى"),
    "projected_homeless": ("could be left homeless", "pourraient se retrouver sans abri", "من قد يصبحون بلا مأوى"),
    "projected_returned": ("could return", "pourraient rentrer", "من قد يعودون"),
    "projected_houses_destroyed": (
        "houses could be destroyed",
        "maisons pourraient être détruites",
        "المنازل المهددة بالتدمير",
    ),
    "projected_houses_damaged": (
        "houses could be damaged",
        "maisons pourraient être endommagées",
        "المنازل المهددة بالضرر",
    ),
    # The digest chart
    "chart_title": (
        "Last {days}, by the day it happened",
        "Sur {days}, par jour des faits",
        "آخر {days}، حسب يوم الوقوع",
    ),
    "chart_panel": (
        "{kind}: {total} people in {days}",
        "{kind} : {total} personnes sur {days}",
        "{kind}: {total} خلال {days}",
    ),
    "chart_people": ("people", "personnes", "أشخاص"),
    "chart_other_places": ("other places", "autres lieux", "أماكن أخرى"),
    "chart_footer": (
        "Figures as reported, charted on the day they happened; cumulative totals left out. displacement-bot",
        "Chiffres tels que rapportés, placés au jour des faits ; totaux cumulés exclus. displacement-bot",
        "الأرقام كما وردت، موزعة على يوم وقوعها؛ دون الإجماليات التراكمية. displacement-bot",
    ),
    # /why
    "why_title_alert": ("<b>Why this alert</b>", "<b>Pourquoi cette alerte</b>", "<b>سبب هذا التنبيه</b>"),
    "why_title_update": ("<b>Why this update</b>", "<b>Pourquoi cette mise à jour</b>", "<b>سبب هذا التحديث</b>"),
    "why_where": (
        "Where: {where}; when: {when} ({shape}); side: {side}",
        "Lieu : {where} ; date : {when} ({shape}) ; camp : {side}",
        "المكان: {where}؛ التاريخ: {when} ({shape})؛ الطرف: {side}",
    ),
    "why_disagree": ("Outlets disagree: {who}", "Les médias divergent : {who}", "اختلاف بين وسائل الإعلام: {who}"),
    "why_statement": (
        "• <b>{outlet}</b>, {date}: {quantity}{said}{link}",
        "• <b>{outlet}</b>, {date} : {quantity}{said}{link}",
        "• <b>{outlet}</b>، {date}: {quantity}{said}{link}",
    ),
    "why_said_by": (", said by {speaker}", ", selon {speaker}", "، على لسان {speaker}"),
    "why_link": ("link", "lien", "الرابط"),
    "why_no_link": (" (no link)", " (sans lien)", " (بلا رابط)"),
    "why_read_as": ("  read as: {reading}", "  compris comme : {reading}", "  فُهم على أنه: {reading}"),
    "why_joined": ("  joined: {role}", "  rattaché : {role}", "  الربط: {role}"),
    "why_reading": (
        "kind {kind}; number {number}; qualifier {qualifier}; group {group} ({side}); place {place}; date {date}; "
        "{shape}",
        "type {kind} ; nombre {number} ; qualificatif {qualifier} ; groupe {group} ({side}) ; lieu {place} ; "
        "date {date} ; {shape}",
        "النوع {kind}؛ العدد {number}؛ الصيغة {qualifier}؛ الفئة {group} ({side})؛ المكان {place}؛ التاريخ {date}؛ "
        "{shape}",
    ),
    "why_number_vague": ("vague", "imprécis", "غير محدد"),
    "why_no_date": ("no date given", "sans date", "بلا تاريخ"),
    "why_follow": (
        "you follow {place} (alert from {minimum} {kind})",
        "vous suivez {place} (alerte à partir de {minimum} {kind})",
        "تتابع {place} (التنبيه ابتداءً من {minimum}، {kind})",
    ),
    "why_here": (
        "Why here: {reasons}; you were told {value}.",
        "Pourquoi ici : {reasons} ; valeur annoncée : {value}.",
        "لماذا هنا: {reasons}؛ القيمة المُبلَّغة: {value}.",
    ),
    "why_here_unfollowed": (
        "Why here: you were told {value} (the place is no longer followed).",
        "Pourquoi ici : valeur annoncée {value} (le lieu n'est plus suivi).",
        "لماذا هنا: القيمة المُبلَّغة {value} (لم يعد المكان متابَعًا).",
    ),
    "why_not_alert": (
        "That message is not one of my alerts. Reply /why to an alert or update, or send /why alone.",
        "Ce message n'est pas une de mes alertes. Répondez /why à une alerte ou une mise à jour, ou envoyez /why seul.",
        "هذه الرسالة ليست من تنبيهاتي. ردّ بـ ‎/why على تنبيه أو تحديث، أو أرسل ‎/why وحده.",
    ),
    "why_no_alert_yet": (
        "This chat has had no alert yet. /subscribe to a place, then reply /why to an alert.",
        "Cette discussion n'a encore reçu aucune alerte. Suivez un lieu avec /subscribe, puis répondez /why à une "
        "alerte.",
        "لم تتلقَّ هذه المحادثة أي تنبيه بعد. تابع مكانًا بـ ‎/subscribe ثم ردّ بـ ‎/why على تنبيه.",
    ),
    "why_not_ready": (
        "Sorry, /why is not available right now.",
        "Désolé, /why n'est pas disponible pour le moment.",
        "عذرًا، ‎/why غير متاح حاليًا.",
    ),
    "role_first": ("first report of the event", "premier rapport de l'événement", "أول تقرير عن الحدث"),
    "role_corroborates": ("corroborates the toll", "confirme le bilan", "يؤكد الحصيلة"),
    "role_rises": ("raised the toll", "a relevé le bilan", "رفع الحصيلة"),
    "role_disputes": (
        "disagrees (kept as the other end of the range, not as a rise)",
        "diverge (gardé comme l'autre borne de la fourchette, pas comme une hausse)",
        "يخالف (حُفظ طرفًا آخر للنطاق لا زيادةً)",
    ),
    "role_lower": (
        "lower count (partial; does not lower the toll)",
        "chiffre inférieur (partiel ; ne baisse pas le bilan)",
        "عدد أقل (جزئي؛ لا يخفض الحصيلة)",
    ),
    "shape_incident": ("one incident", "un seul incident", "حادثة واحدة"),
    "shape_period_total": ("total over a closed period", "total sur une période close", "إجمالي فترة محددة"),
    "shape_running_total": (
        "running total to the report's date",
        "total cumulé jusqu'à la date du rapport",
        "إجمالي متراكم حتى تاريخ التقرير",
    ),
    "shape_standing_total": (
        "standing total (no period given)",
        "total sans période précisée",
        "إجمالي دون فترة محددة",
    ),
    "side_state": ("state forces", "forces de l'État", "القوات الحكومية"),
    "side_non_state": ("non-state groups", "groupes non étatiques", "جماعات غير حكومية"),
    "side_civilian": ("civilians", "civils", "مدنيون"),
    "side_unknown": ("side not stated", "camp non précisé", "الطرف غير مذكور"),
    # Command usage (plain text: the caller escapes the whole message)
    "usage_threshold": (
        "Usage: /threshold <kind> <number> [place]\n"
        "kind: killed, injured, missing or displaced; number: a whole number such as 50 or 10,000.\n"
        "Example: /threshold displaced 10,000 Sudan",
        "Usage : /threshold <type> <nombre> [lieu]\n"
        "type : killed, injured, missing ou displaced ; nombre : un entier comme 50 ou 10 000.\n"
        "Exemple : /threshold displaced 10000 Soudan",
        "الاستخدام: ‎/threshold <النوع> <العدد> [المكان]\n"
        "النوع: killed أو injured أو missing أو displaced؛ العدد: عدد صحيح مثل 50 أو 10,000.\n"
        "مثال: ‎/threshold displaced 10,000 السودان",
    ),
    "usage_digesttime": (
        "Usage: /digesttime <HH:MM> [time zone] or /digesttime off\n"
        "Example: /digesttime 07:30 Africa/Khartoum (the zone defaults to the chat's current one)",
        "Usage : /digesttime <HH:MM> [fuseau horaire] ou /digesttime off\n"
        "Exemple : /digesttime 07:30 Africa/Khartoum (par défaut, le fuseau actuel de la discussion)",
        "الاستخدام: ‎/digesttime <HH:MM> [المنطقة الزمنية] أو ‎/digesttime off\n"
        "مثال: ‎/digesttime 07:30 Africa/Khartoum (المنطقة الافتراضية هي منطقة المحادثة الحالية)",
    ),
    "usage_subscribe": (
        "Usage: /subscribe <place>, a country, region or town. Example: /subscribe North Darfur",
        "Usage : /subscribe <lieu>, un pays, une région ou une ville. Exemple : /subscribe Nord-Darfour",
        "الاستخدام: ‎/subscribe <مكان>، بلد أو منطقة أو مدينة. مثال: ‎/subscribe شمال دارفور",
    ),
    "usage_unsubscribe": (
        "Usage: /unsubscribe <place> or /unsubscribe all",
        "Usage : /unsubscribe <lieu> ou /unsubscribe all",
        "الاستخدام: ‎/unsubscribe <مكان> أو ‎/unsubscribe all",
    ),
    "usage_place_too_long": (
        "That place name is too long (at most {limit} characters).",
        "Ce nom de lieu est trop long ({limit} caractères au plus).",
        "اسم المكان طويل جدًا (الحد الأقصى للأحرف: {limit}).",
    ),
    "usage_not_a_number": (
        "“{text}” is not a whole number. {usage}",
        "« {text} » n'est pas un nombre entier. {usage}",
        "«{text}» ليس عددًا صحيحًا. {usage}",
    ),
    "usage_number_range": (
        "The number must be between 1 and {maximum}.",
        "Le nombre doit être compris entre 1 et {maximum}.",
        "يجب أن يكون العدد بين 1 و{maximum}.",
    ),
    "usage_unknown_kind": (
        "Unknown kind “{text}”. {usage}",
        "Type inconnu « {text} ». {usage}",
        "نوع غير معروف «{text}». {usage}",
    ),
    "usage_not_a_time": (
        "“{text}” is not a time of day. {usage}",
        "« {text} » n'est pas une heure. {usage}",
        "«{text}» ليس وقتًا من اليوم. {usage}",
    ),
    "usage_unknown_zone": (
        "Unknown time zone “{text}”. Use an IANA name such as Europe/Paris, Asia/Kabul or UTC.",
        "Fuseau horaire inconnu « {text} ». Utilisez un nom IANA comme Europe/Paris, Asia/Kabul ou UTC.",
        "منطقة زمنية غير معروفة «{text}». استخدم اسمًا من IANA مثل Europe/Paris أو Asia/Kabul أو UTC.",
    ),
    "usage_export": (
        "Usage: /export [days] [projections]: the events of the chat's places over the last days (default "
        "{default}, at most {maximum}) as a CSV file with HXL tags; add “projections” for forecast figures too.\n"
        "Example: /export 30",
        "Usage : /export [jours] [projections] : les événements des lieux de la discussion sur les derniers jours "
        "({default} par défaut, {maximum} au plus) en fichier CSV avec balises HXL ; ajoutez « projections » pour "
        "les chiffres prévisionnels aussi.\nExemple : /export 30",
        "الاستخدام: ‎/export [أيام] [projections]: أحداث أماكن المحادثة خلال الأيام الأخيرة (الافتراضي {default}، "
        "والحد الأقصى {maximum}) في ملف CSV بوسوم HXL؛ أضف «projections» لتشمل الأرقام المتوقعة أيضًا.\n"
        "مثال: ‎/export 30",
    ),
    "usage_export_days": (
        "“{text}” is not a number of days from 1 to {maximum}. {usage}",
        "« {text} » n'est pas un nombre de jours de 1 à {maximum}. {usage}",
        "«{text}» ليس عددًا من الأيام بين 1 و{maximum}. {usage}",
    ),
    "usage_weekly": (
        "Usage: /weekly for this week's summary now, /weekly <day> <HH:MM> to get it every week "
        "(in the chat's time zone, set with /digesttime), or /weekly off.\nExample: /weekly monday 08:00",
        "Usage : /weekly pour le résumé de la semaine tout de suite, /weekly <jour> <HH:MM> pour le recevoir "
        "chaque semaine (dans le fuseau de la discussion, réglé par /digesttime), ou /weekly off.\n"
        "Exemple : /weekly lundi 08:00",
        "الاستخدام: ‎/weekly لملخص هذا الأسبوع الآن، أو ‎/weekly <اليوم> <HH:MM> لتلقيه كل أسبوع "
        "(بتوقيت المحادثة، المضبوط بـ‎/digesttime)، أو ‎/weekly off.\nمثال: ‎/weekly monday 08:00",
    ),
    "usage_not_a_weekday": (
        "“{text}” is not a day of the week. {usage}",
        "« {text} » n'est pas un jour de la semaine. {usage}",
        "«{text}» ليس يومًا من أيام الأسبوع. {usage}",
    ),
    # /export and /weekly replies
    "export_caption": (
        "Events of this chat's places, {span} (rows: {rows}; header, HXL tags, one row per event).",
        "Événements des lieux de cette discussion, {span} (lignes : {rows} ; en-tête, balises HXL, une ligne "
        "par événement).",
        "أحداث أماكن هذه المحادثة، {span} (عدد الصفوف: {rows}؛ ترويسة ووسوم HXL وصف لكل حدث).",
    ),
    "weekly_not_scheduled": (
        "Not scheduled: <code>/weekly monday 08:00</code> sends it every week.",
        "Non programmé : <code>/weekly lundi 08:00</code> l'envoie chaque semaine.",
        "غير مجدول: ‎<code>/weekly monday 08:00</code> يرسله كل أسبوع.",
    ),
    "weekly_scheduled_line": (
        "Sent every {day} at {time} ({zone}); /weekly off stops it.",
        "Envoyé chaque {day} à {time} ({zone}) ; /weekly off l'arrête.",
        "يُرسل كل {day} الساعة {time} ({zone})؛ ‎/weekly off لإيقافه.",
    ),
    "weekly_switched_off": (
        "Weekly summary switched off.",
        "Résumé hebdomadaire désactivé.",
        "أُوقف الملخص الأسبوعي.",
    ),
    "weekly_was_not_scheduled": (
        "No weekly summary was scheduled.",
        "Aucun résumé hebdomadaire n'était programmé.",
        "لم يكن هناك ملخص أسبوعي مجدول.",
    ),
    "weekly_set": (
        "Weekly summary every {day} at {time} ({zone}), covering the seven days before. Change the zone with "
        "/digesttime.",
        "Résumé hebdomadaire chaque {day} à {time} ({zone}), couvrant les sept jours précédents. Changez le fuseau "
        "avec /digesttime.",
        "الملخص الأسبوعي كل {day} الساعة {time} ({zone})، ويغطي الأيام السبعة السابقة. غيّر المنطقة الزمنية "
        "بـ‎/digesttime.",
    ),
    # /sources
    "sources_none": ("No sources are configured.", "Aucune source n'est configurée.", "لا توجد مصادر مُعدّة."),
    "sources_title": ("<b>Sources</b>", "<b>Sources</b>", "<b>المصادر</b>"),
    "sources_not_polled": (
        "• <b>{name}</b> ({kind}): not polled yet",
        "• <b>{name}</b> ({kind}) : pas encore interrogée",
        "• <b>{name}</b> ({kind}): لم يُستطلع بعد",
    ),
    "sources_line": (
        "{status} <b>{name}</b> ({kind}): {ok}; {items} items seen",
        "{status} <b>{name}</b> ({kind}) : {ok} ; {items} éléments vus",
        "{status} <b>{name}</b> ({kind}): {ok}؛ العناصر المقروءة: {items}",
    ),
    "sources_unread": (
        " ({count} in a language the bot does not read)",
        " (dont {count} dans une langue que le bot ne lit pas)",
        " (بلغة لا يقرؤها البوت: {count})",
    ),
    "sources_last_success": ("last success {ago}", "dernier succès {ago}", "آخر نجاح {ago}"),
    "sources_never": ("never answered yet", "aucune réponse encore", "لم يستجب بعد"),
    "sources_last_error": (
        "    last error {ago}: {error}",
        "    dernière erreur {ago} : {error}",
        "    آخر خطأ {ago}: {error}",
    ),
    "sources_unknown_time": ("at an unknown time", "à une date inconnue", "في وقت غير معروف"),
    # The baseline "unusual" notice and its one-line reading (also in weekly summaries)
    "signal_unusual": (
        "📈 <b>Unusual for {place}</b>: {count} {kind} in the {window} to {end}, more than in any earlier {window} "
        "of the past {months} months (the highest was {highest}, in the {window} to {highest_end}).",
        "📈 <b>Inhabituel pour {place}</b> : {count} {kind} sur les {window} jusqu'au {end}, plus que sur toute "
        "période de {window} des {months} derniers mois (le maximum était de {highest}, sur les {window} "
        "jusqu'au {highest_end}).",
        "📈 <b>غير معتاد في {place}</b>: {kind}: {count} خلال {window} حتى {end}، أكثر من أي فترة سابقة من {window} "
        "خلال آخر {months} شهرًا (كان الأعلى {highest}، خلال {window} حتى {highest_end}).",
    ),
    "signal_note": (
        "<i>Sums of the incidents the bot has read here (running totals are left out); a signal needs at least "
        "{floor}. At most one such notice per place and kind a month.</i>",
        "<i>Sommes des incidents que le bot a lus ici (les totaux cumulés sont exclus) ; un signal en demande au "
        "moins {floor}. Au plus un tel avis par lieu et par type chaque mois.</i>",
        "<i>مجاميع الحوادث التي قرأها البوت هنا (دون الحصائل التراكمية)؛ تحتاج الإشارة إلى {floor} على الأقل. "
        "إشعار واحد على الأكثر لكل مكان ونوع في الشهر.</i>",
    ),
    "reading_last": (
        "{count} {kind} in the last {window}",
        "{count} {kind} au cours des {window} écoulés",
        "{kind}: {count} خلال آخر {window}",
    ),
    "reading_held": ("only {held} of history", "seulement {held} d'historique", "سجل من {held} فقط"),
    "reading_no_history": ("no history yet", "pas encore d'historique", "لا سجل بعد"),
    "reading_short": (
        "{last}; {held}, a 12-month comparison needs {needed}: not judged",
        "{last} ; {held}, une comparaison sur 12 mois en demande {needed} : non évalué",
        "{last}؛ {held}، والمقارنة على 12 شهرًا تحتاج إلى {needed}: لم يُقيَّم",
    ),
    "reading_compared": (
        "highest earlier {window} of the past year: {highest}",
        "maximum sur {window} plus tôt dans l'année écoulée : {highest}",
        "الأعلى في {window} سابقة خلال العام الماضي: {highest}",
    ),
    "reading_unusual": (
        "{last}: <b>unusual</b> ({compared})",
        "{last} : <b>inhabituel</b> ({compared})",
        "{last}: <b>غير معتاد</b> ({compared})",
    ),
    "reading_below_floor": (
        "{last}, under the {floor} a signal needs ({compared})",
        "{last}, sous les {floor} qu'exige un signal ({compared})",
        "{last}، أقل من {floor} اللازمة للإشارة ({compared})",
    ),
    "reading_usual": (
        "{last}, within the usual range ({compared})",
        "{last}, dans la fourchette habituelle ({compared})",
        "{last}، ضمن المعتاد ({compared})",
    ),
    # The weekly summary
    "weekly_header": (
        "📅 <b>Weekly summary</b>, {span}, against the four weeks before ({before})",
        "📅 <b>Résumé hebdomadaire</b>, {span}, comparé aux quatre semaines précédentes ({before})",
        "📅 <b>الملخص الأسبوعي</b>، {span}، مقارنةً بالأسابيع الأربعة السابقة ({before})",
    ),
    "weekly_span": ("{first} – {last}", "du {first} au {last}", "من {first} إلى {last}"),
    "weekly_quiet_place": (
        "• no incident with a number in these five weeks",
        "• aucun incident chiffré pendant ces cinq semaines",
        "• لا حادثة بأرقام خلال هذه الأسابيع الخمسة",
    ),
    "weekly_week_line": (
        "• {kind}: <b>{count}</b> (the four weeks before: {prior}; average {average}){trend}",
        "• {kind} : <b>{count}</b> (les quatre semaines précédentes : {prior} ; moyenne {average}){trend}",
        "• {kind}: <b>{count}</b> (الأسابيع الأربعة السابقة: {prior}؛ المتوسط {average}){trend}",
    ),
    "weekly_none_before": (
        " ▲ none in the four weeks before",
        " ▲ aucun dans les quatre semaines précédentes",
        " ▲ لا شيء في الأسابيع الأربعة السابقة",
    ),
    "weekly_times_average": (" ▲ {ratio}× the average", " ▲ {ratio} × la moyenne", " ▲ {ratio} ضعف المتوسط"),
    "weekly_below_average": (" ▼ below the average", " ▼ sous la moyenne", " ▼ دون المتوسط"),
    "weekly_footnote": (
        "<i>Sums of incidents the bot has read (each event once, running totals left out).</i>",
        "<i>Sommes des incidents lus par le bot (chaque événement une fois, totaux cumulés exclus).</i>",
        "<i>مجاميع الحوادث التي قرأها البوت (كل حدث مرة واحدة، دون الحصائل التراكمية).</i>",
    ),
}
