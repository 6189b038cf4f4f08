"""The interface's own words (command replies, /settings, menus) in English, French and Arabic, as data.

Each entry holds the three languages side by side (a test checks none is missing and that they take the same
placeholders), so a changed English sentence shows its stale translations in the same diff. Texts are Telegram
HTML templates; values passed in are escaped by the caller.
"""

from __future__ import annotations

# key → (English, French, Arabic)
INTERFACE: dict[str, tuple[str, str, str]] = {
    "choose_place": (
        "Which place do you mean by “{query}”? Tap one to follow it.",
        "Quel lieu voulez-vous dire par « {query} » ? Touchez-en un pour le suivre.",
        "أي مكان تقصد بـ «{query}»؟ اضغط على أحدها لمتابعته.",
    ),
    "unknown_place": (
        "I don't know a place called “{query}”. Try a country name or ISO3 code (SDN), a region (North Darfur) "
        "or a town (Goma).",
        "Je ne connais aucun lieu nommé « {query} ». Essayez un pays ou son code ISO3 (SDN), une région "
        "(Nord-Darfour) ou une ville (Goma).",
        "لا أعرف مكانًا باسم «{query}». جرّب اسم بلد أو رمزه ISO3 ‏(SDN) أو منطقة (شمال دارفور) أو مدينة (غوما).",
    ),
    "following": ("Following <b>{place}</b>.", "Vous suivez <b>{place}</b>.", "تتابع الآن <b>{place}</b>."),
    "already_following": (
        "This chat already follows <b>{place}</b>.",
        "Cette discussion suit déjà <b>{place}</b>.",
        "هذه المحادثة تتابع <b>{place}</b> بالفعل.",
    ),
    "choice_expired": (
        "This choice has expired: send the command again.",
        "Ce choix a expiré : renvoyez la commande.",
        "انتهت صلاحية هذا الاختيار: أرسل الأمر من جديد.",
    ),
    "admins_only": (
        "Only the group's administrators can change what this chat follows. Anyone can read.",
        "Seuls les administrateurs du groupe peuvent modifier ce que suit cette discussion. Tout le monde peut lire.",
        "يمكن لمشرفي المجموعة فقط تغيير ما تتابعه هذه المحادثة. يمكن للجميع القراءة.",
    ),
    "too_many": (
        "Too many commands at once. Not run: {commands}. Send again in {seconds} s.",
        "Trop de commandes à la fois. Non exécutées : {commands}. Renvoyez-les dans {seconds} s.",
        "أوامر كثيرة في وقت واحد. لم تُنفَّذ: {commands}. أعد الإرسال بعد {seconds} ث.",
    ),
    "muted_for": (
        "🔕 Muted until {until}. What arrives meanwhile is summarised when the mute ends. /unmute ends it now.",
        "🔕 En sourdine jusqu'à {until}. Ce qui arrive entre-temps sera résumé à la fin. /unmute y met fin.",
        "🔕 كتم التنبيهات حتى {until}. سيُلخَّص ما يصل خلال ذلك عند انتهاء الكتم. ‏/unmute لإنهائه الآن.",
    ),
    "muted": (
        "🔕 Muted until /unmute. Subscriptions are kept; what arrives meanwhile is summarised then.",
        "🔕 En sourdine jusqu'à /unmute. Les abonnements sont conservés ; ce qui arrive sera résumé alors.",
        "🔕 كتم التنبيهات حتى ‎/unmute. تبقى الاشتراكات، ويُلخَّص ما يصل عند الإلغاء.",
    ),
    "unmuted": (
        "🔔 Unmuted: alerts and digests resume.",
        "🔔 Sourdine levée : alertes et résumés reprennent.",
        "🔔 أُلغي الكتم: تُستأنف التنبيهات والملخصات.",
    ),
    "mute_usage": (
        "Usage: /mute, /mute 8h or /mute 2d (minutes m, hours h, days d; at most 30 days).",
        "Usage : /mute, /mute 8h ou /mute 2d (minutes m, heures h, jours d ; 30 jours au plus).",
        "الاستخدام: ‎/mute أو ‎/mute 8h أو ‎/mute 2d (دقائق m، ساعات h، أيام d؛ 30 يومًا على الأكثر).",
    ),
    "catchup_header": (
        "🔔 Mute ended. While muted (since {since}):",
        "🔔 Fin de la sourdine. Pendant la sourdine (depuis {since}) :",
        "🔔 انتهى الكتم. خلال فترة الكتم (منذ {since}):",
    ),
    "catchup_nothing": (
        "🔔 Mute ended. Nothing new in this chat's places while muted (since {since}).",
        "🔔 Fin de la sourdine. Rien de nouveau pour vos lieux pendant la sourdine (depuis {since}).",
        "🔔 انتهى الكتم. لا جديد في أماكن هذه المحادثة خلال الكتم (منذ {since}).",
    ),
    "confirm_unsubscribe_all": (
        "Stop following every place this chat follows ({count})?",
        "Ne plus suivre aucun des lieux de cette discussion ({count}) ?",
        "إيقاف متابعة كل الأماكن في هذه المحادثة ({count})؟",
    ),
    "unsubscribed_all": (
        "Stopped following {places}.",
        "Vous ne suivez plus {places}.",
        "توقفت متابعة {places}.",
    ),
    "restored": (
        "Following again: {places}.",
        "De nouveau suivis : {places}.",
        "تمت استعادة المتابعة: {places}.",
    ),
    "kept": (
        "Nothing changed: this chat still follows its places.",
        "Rien n'a changé : cette discussion suit toujours ses lieux.",
        "لم يتغير شيء: ما زالت هذه المحادثة تتابع أماكنها.",
    ),
    "nothing_followed": (
        "This chat follows no places. Use /subscribe &lt;place&gt; to start.",
        "Cette discussion ne suit aucun lieu. Utilisez /subscribe &lt;lieu&gt; pour commencer.",
        "هذه المحادثة لا تتابع أي مكان. استخدم ‎/subscribe &lt;مكان&gt; للبدء.",
    ),
    "button_yes_all": ("Yes, stop all {count}", "Oui, tout arrêter ({count})", "نعم، أوقف الكل ({count})"),
    "button_cancel": ("Cancel", "Annuler", "إلغاء"),
    "button_undo": ("Undo", "Annuler l'action", "تراجع"),
    "language_set": (
        "This chat's language is now English.",
        "La langue de cette discussion est désormais le français.",
        "لغة هذه المحادثة الآن العربية.",
    ),
    "language_usage": (
        "Usage: /language en, /language fr or /language ar",
        "Usage : /language en, /language fr ou /language ar",
        "الاستخدام: ‎/language en أو ‎/language fr أو ‎/language ar",
    ),
    "help_intro": (
        "<b>Displacement alerts</b>\nI read humanitarian reports and tell this chat when people are killed, "
        "injured, missing or displaced in the places it follows, with a daily digest.\n"
        "Start with <code>/subscribe Sudan</code> (a country, region or town).",
        "<b>Alertes déplacements</b>\nJe lis les rapports humanitaires et préviens cette discussion quand des "
        "personnes sont tuées, blessées, disparues ou déplacées dans les lieux qu'elle suit, avec un résumé "
        "quotidien.\nCommencez par <code>/subscribe Soudan</code> (un pays, une région ou une ville).",
        "<b>تنبيهات النزوح</b>\nأقرأ التقارير الإنسانية وأُبلغ هذه المحادثة عند مقتل أشخاص أو إصابتهم أو فقدانهم "
        "أو نزوحهم في الأماكن التي تتابعها، مع ملخص يومي.\nابدأ بـ <code>/subscribe السودان</code> "
        "(بلد أو منطقة أو مدينة).",
    ),
    "help_admins": (
        "In groups, only administrators can change subscriptions, thresholds, digest time and mute.",
        "Dans les groupes, seuls les administrateurs peuvent modifier abonnements, seuils, heure du résumé et "
        "sourdine.",
        "في المجموعات، يمكن للمشرفين فقط تغيير الاشتراكات والحدود ووقت الملخص والكتم.",
    ),
    "alerts_at": ("Alerts at: {line}", "Alertes à partir de : {line}", "التنبيه عند: {line}"),
    "kind_off": ("{kind} off", "{kind} désactivé", "{kind} متوقف"),
    "kind_killed": ("killed", "tués", "قتلى"),
    "kind_injured": ("injured", "blessés", "جرحى"),
    "kind_missing": ("missing", "disparus", "مفقودون"),
    "kind_displaced": ("displaced", "déplacés", "نازحون"),
    "follows_title": ("<b>This chat follows</b>", "<b>Cette discussion suit</b>", "<b>تتابع هذه المحادثة</b>"),
    "follows_none": (
        "This chat follows no places. Use <code>/subscribe &lt;place&gt;</code> to start.",
        "Cette discussion ne suit aucun lieu. Utilisez <code>/subscribe &lt;lieu&gt;</code> pour commencer.",
        "هذه المحادثة لا تتابع أي مكان. استخدم <code>/subscribe &lt;مكان&gt;</code> للبدء.",
    ),
    "digest_line_off": (
        "Daily digest: off (set one with /digesttime 08:00).",
        "Résumé quotidien : désactivé (/digesttime 08:00 pour en recevoir un).",
        "الملخص اليومي: متوقف (‎/digesttime 08:00 لتفعيله).",
    ),
    "digest_line": ("Daily digest: {time}.", "Résumé quotidien : {time}.", "الملخص اليومي: {time}."),
    "muted_line": (
        "🔕 Muted: no alerts or scheduled digests until {until}.",
        "🔕 En sourdine : ni alertes ni résumés jusqu'à {until}.",
        "🔕 مكتومة: لا تنبيهات ولا ملخصات حتى {until}.",
    ),
    "paused_line": (
        "⏸ Paused: the bot was blocked or removed here.",
        "⏸ En pause : le bot a été bloqué ou retiré ici.",
        "⏸ متوقفة: تم حظر البوت أو إزالته هنا.",
    ),
    "not_followed": (
        "This chat did not follow that place. See /subscriptions.",
        "Cette discussion ne suivait pas ce lieu. Voir /subscriptions.",
        "هذه المحادثة لا تتابع هذا المكان. انظر ‎/subscriptions.",
    ),
    "stopped_following": ("Stopped following {places}.", "Vous ne suivez plus {places}.", "توقفت متابعة {places}."),
    "follow_first": (
        "This chat follows no places yet: /subscribe to one first.",
        "Cette discussion ne suit encore aucun lieu : commencez par /subscribe.",
        "هذه المحادثة لا تتابع أي مكان بعد: استخدم ‎/subscribe أولًا.",
    ),
    "threshold_set": (
        "Alerts for {kind} now start at {minimum} for {places}.",
        "Les alertes « {kind} » partent désormais de {minimum} pour {places}.",
        "تبدأ تنبيهات «{kind}» الآن من {minimum} في {places}.",
    ),
    "digest_set": (
        "Daily digest at {time} ({zone}).",
        "Résumé quotidien à {time} ({zone}).",
        "الملخص اليومي الساعة {time} ({zone}).",
    ),
    "digest_set_off": (
        "Daily digest switched off. /digest still works at any time.",
        "Résumé quotidien désactivé. /digest reste disponible à tout moment.",
        "أُوقف الملخص اليومي. يبقى ‎/digest متاحًا في أي وقت.",
    ),
    "unknown_command": (
        "I don't know that command. /help lists what I can do.",
        "Je ne connais pas cette commande. /help liste ce que je sais faire.",
        "لا أعرف هذا الأمر. ‎/help يعرض ما يمكنني فعله.",
    ),
    # /settings: one message whose buttons edit it in place
    "settings_title": (
        "<b>Settings</b> for this chat",
        "<b>Réglages</b> de cette discussion",
        "<b>إعدادات</b> هذه المحادثة",
    ),
    "settings_places": ("Places: {places}", "Lieux : {places}", "الأماكن: {places}"),
    "settings_none": ("none", "aucun", "لا شيء"),
    "settings_digest": ("Daily digest: {time}", "Résumé quotidien : {time}", "الملخص اليومي: {time}"),
    "settings_off": ("off", "désactivé", "متوقف"),
    "settings_mute": ("Alerts: {state}", "Alertes : {state}", "التنبيهات: {state}"),
    "settings_on": ("on", "actives", "مفعّلة"),
    "settings_muted_until": ("muted until {until}", "en sourdine jusqu'à {until}", "مكتومة حتى {until}"),
    "settings_muted": ("muted until /unmute", "en sourdine jusqu'à /unmute", "مكتومة حتى ‎/unmute"),
    "settings_quiet": ("Quiet hours: {hours}", "Heures calmes : {hours}", "ساعات الهدوء: {hours}"),
    "settings_language": ("Language: {language}", "Langue : {language}", "اللغة: {language}"),
    "settings_language_auto": ("each user's own", "celle de chaque utilisateur", "لغة كل مستخدم"),
    "settings_pick_place": (
        "Tap a place to stop following it. /subscribe adds one.",
        "Touchez un lieu pour ne plus le suivre. /subscribe en ajoute un.",
        "اضغط على مكان لإيقاف متابعته. ‎/subscribe لإضافة مكان.",
    ),
    "settings_pick_threshold": (
        "Minimum figure that alerts, for all places: tap − or +.",
        "Seuil d'alerte, pour tous les lieux : touchez − ou +.",
        "الحد الأدنى للتنبيه لكل الأماكن: اضغط − أو +.",
    ),
    "settings_pick_digest": (
        "When the daily digest comes ({zone}; /digesttime sets another zone).",
        "Heure du résumé quotidien ({zone} ; /digesttime change de fuseau).",
        "وقت الملخص اليومي ({zone}؛ ‎/digesttime لتغيير المنطقة).",
    ),
    "settings_pick_mute": ("Pause alerts for:", "Mettre les alertes en pause pendant :", "إيقاف التنبيهات لمدة:"),
    "settings_pick_quiet": (
        "Hold alerts every night (summarised in the morning):",
        "Retenir les alertes chaque nuit (résumées le matin) :",
        "حجز التنبيهات كل ليلة (تُلخَّص صباحًا):",
    ),
    "settings_pick_language": ("Interface language:", "Langue de l'interface :", "لغة الواجهة:"),
    "button_places": ("📍 Places", "📍 Lieux", "📍 الأماكن"),
    "button_thresholds": ("🎚 Thresholds", "🎚 Seuils", "🎚 الحدود"),
    "button_digest": ("🕗 Digest", "🕗 Résumé", "🕗 الملخص"),
    "button_mute": ("🔕 Mute", "🔕 Sourdine", "🔕 كتم"),
    "button_unmute": ("🔔 Unmute", "🔔 Réactiver", "🔔 إلغاء الكتم"),
    "button_quiet": ("🌙 Quiet hours", "🌙 Heures calmes", "🌙 ساعات الهدوء"),
    "button_language": ("🌐 Language", "🌐 Langue", "🌐 اللغة"),
    "button_back": ("‹ Back", "‹ Retour", "‹ رجوع"),
    "button_done": ("✓ Done", "✓ Terminé", "✓ تم"),
    "button_until_unmute": ("until /unmute", "jusqu'à /unmute", "حتى ‎/unmute"),
    "settings_closed": ("Settings saved.", "Réglages enregistrés.", "حُفظت الإعدادات."),
    # Place levels, as a button names them: "North Kivu (province, DR Congo)"
    "level_country": ("country", "pays", "بلد"),
    "level_region": ("region", "région", "منطقة"),
    "level_province": ("province", "province", "مقاطعة"),
    "level_state": ("state", "État", "ولاية"),
    "level_governorate": ("governorate", "gouvernorat", "محافظة"),
    "level_town": ("town", "ville", "مدينة"),
    "several_countries": ("several countries", "plusieurs pays", "عدة بلدان"),
}

# Command menu descriptions (setMyCommands per language), same keys as the command names.
COMMAND_DESCRIPTIONS: dict[str, tuple[str, str, str]] = {
    "start": (
        "What this bot does and how to begin",
        "Ce que fait ce bot et comment commencer",
        "ما يفعله البوت وكيف تبدأ",
    ),
    "subscribe": (
        "Follow a country, region or town",
        "Suivre un pays, une région ou une ville",
        "متابعة بلد أو منطقة أو مدينة",
    ),
    "unsubscribe": ("Stop following a place, or all", "Ne plus suivre un lieu, ou tous", "إيقاف متابعة مكان أو الكل"),
    "subscriptions": (
        "Places, thresholds, digest time",
        "Lieux, seuils, heure du résumé",
        "الأماكن والحدود ووقت الملخص",
    ),
    "threshold": ("Minimum figure that alerts, per kind", "Seuil d'alerte par type", "الحد الأدنى للتنبيه لكل نوع"),
    "digest": (
        "The last 24 hours, now, with a chart",
        "Les dernières 24 heures, avec un graphique",
        "آخر 24 ساعة مع رسم بياني",
    ),
    "digesttime": (
        "Daily digest time and zone, or off",
        "Heure et fuseau du résumé, ou off",
        "وقت الملخص اليومي ومنطقته أو إيقافه",
    ),
    "mute": (
        "Pause alerts for a while (8h, 2d) or until /unmute",
        "Pause des alertes (8h, 2d) ou jusqu'à /unmute",
        "إيقاف التنبيهات مؤقتًا (8h، 2d)",
    ),
    "unmute": ("Resume alerts and digests", "Reprendre alertes et résumés", "استئناف التنبيهات والملخصات"),
    "settings": (
        "Places, thresholds, digest, mute, language: buttons",
        "Lieux, seuils, résumé, sourdine, langue : boutons",
        "الأماكن والحدود والملخص والكتم واللغة: أزرار",
    ),
    "language": (
        "Interface language: en, fr or ar",
        "Langue de l'interface : en, fr ou ar",
        "لغة الواجهة: en أو fr أو ar",
    ),
    "sources": ("Health of the report sources", "État des sources", "حالة مصادر التقارير"),
    "why": (
        "Reply to an alert: the evidence behind it",
        "En réponse à une alerte : ce qui la fonde",
        "ردًا على تنبيه: الأدلة التي يستند إليها",
    ),
    "export": (
        "Events of the last days as a CSV file (HXL)",
        "Événements des derniers jours en CSV (HXL)",
        "أحداث الأيام الأخيرة في ملف CSV (HXL)",
    ),
    "weekly": (
        "The week against the four before; schedule it",
        "La semaine face aux quatre précédentes ; planifier",
        "الأسبوع مقارنة بالأسابيع الأربعة السابقة؛ جدولة",
    ),
    "help": ("What this bot does", "Ce que fait ce bot", "ما يفعله هذا البوت"),
}

# Commands anyone may use; the rest change the chat and are shown to administrators in groups.
READING_COMMANDS = ("start", "subscriptions", "digest", "sources", "why", "export", "weekly", "help")
