"""German words (Germany, Austria, Switzerland) for selection and the rules' checks."""

# Stems of the words that can report an enforcement action: recall-first paragraph
# selection, used as r"\b(?:" + TRIGGERS + r")" with re.IGNORECASE. German compounds
# put the telling word last ("Drogenrazzia"), hence the leading \w* on noun stems;
# "haft" is listed by compound, since "-haft" also ends adjectives ("wohnhaft").
TRIGGERS: str = (
    # arrest and custody
    r"festgenommen|festnahm|festnehm|\w*festnahme|nahm\w*\b.{0,80}?\bfest\b|verhaft|gefasst|"
    r"geschnappt|dingfest|ins netz\b|gefangen genommen|gefangengenommen|arretiert|"
    r"\w*gewahrsam|haft|"
    r"\w*(?:untersuchungs|u-|abschiebe|abschiebungs|auslieferungs|schub|ausschaffungs|"
    r"sicherungs|ersatzfreiheits|zur(?:ü|ue)ckweisungs|zur(?:ü|ue)ckschiebungs|ausreise|"
    r"jugend|straf)haft|inhaftier|eingeliefert|justizvollzug|jva\b|zugriff|"
    r"(?:ü|ue)berw(?:ä|ae)ltigt|"
    # charge, conviction, sentence, fine
    r"angeklagt|\w*anklage|anklag|klagt\w*\b.{0,80}?\ban\b|angeschuldigt|beschuldigt|"
    r"vor gericht gestellt|verantworten|verurteil|\w*urteil|schuldig|schuldspruch|"
    r"gestand|gest(?:ä|ae)ndnis|\w*strafe|strafbefehl|bew(?:ä|ae)hrung|gef(?:ä|ae)ngnis|"
    r"hinter gitter|lebenslang|sicherungsverwahrung|sozialstunden|arbeitsstunden|"
    r"gemeinn(?:ü|ue)tzige arbeit|jugendarrest|\w*bu(?:ß|ss)geld|geldbu(?:ß|ss)e|bu(?:ß|ss)en?\b|tagess(?:ä|ae)tz|tagessatz|"
    r"verwarn(?:ungs)?geld|sicherheitsleistung|geldauflage|einziehung|eingezogen|wertersatz|"
    r"gezahlt|zahlen|zahlt|bezahl|zahlung|"
    # seizure, search, interception
    r"sichergestellt|\w*sicherstellung|stellt\w*\b.{0,80}?\bsicher\b|\w*beschlagnahm|"
    r"aufgesp(?:ü|ue)rt|konfisz|gesichert|arrestiert|\w*funde?\b|gefunden|aufgefunden|entdeckt|eingefroren|verm(?:ö|oe)gensarrest|"
    r"aus dem verkehr gezogen|\w*durchsuch|\w*razzi|gefilzt|angehalten|"
    r"hielt\w*\b.{0,60}?\ban\b|gestoppt|stoppt|abgefangen|\w*kontroll|"
    r"(?:ü|ue)berpr(?:ü|ue)f|aufgegriffen|\w*aufgriff|\w*schleus|aufgedeckt|verhindert|"
    r"unterbunden|versteckt|gerettet|\w*rettung|seenot|festgestellt|"
    # detention, deportation, extradition, release
    r"festgehalten|festhalte|festgesetzt|(?:ü|ue)bergeben|zugef(?:ü|ue)hrt|"
    r"ausl(?:ä|ae)nderbeh(?:ö|oe)rde|erstaufnahme|aufnahmeeinrichtung|weitergeleitet|"
    r"untergebracht|"
    r"abgeschoben|\w*abschieb|schob\w*\b.{0,60}?\bab\b|\w*r(?:ü|ue)ckf(?:ü|ue)hr|"
    r"zur(?:ü|ue)ckgef(?:ü|ue)hrt|r(?:ü|ue)ckgef(?:ü|ue)hrt|zur(?:ü|ue)ckgewiesen|"
    r"\w*zur(?:ü|ue)ckweisung|zur(?:ü|ue)ckgeschoben|\w*zur(?:ü|ue)ckschiebung|"
    r"zur(?:ü|ue)ckgeschickt|zur(?:ü|ue)ckgebracht|zur(?:ü|ue)ck (?:nach|in|ins)\b|"
    r"au(?:ß|ss)er landes|ausgewiesen|ausweisung|ausgeschafft|"
    r"\w*ausschaffung|landesverweis|einreise\w* verweigert|einreiseverweigerung|"
    r"ausgeliefert|\w*auslieferung|ausliefer|liefert\w*\b.{0,60}?\baus\b|(?:ü|ue)berstell|"
    r"(?:ü|ue)berantwortet|freigelassen|freilass|\w*freilassung|lie(?:ß|ss)\w*\b.{0,60}?\bfrei\b|freigekommen|"
    r"entlassen|\w*entlassung|freie[mn] fu(?:ß|ss)|kaution|au(?:ß|ss)er vollzug|"
    r"haftverschonung|meldeauflage|wieder frei|"
    # takedown
    r"gesperrt|sperrung|abgeschaltet|abschaltung|gel(?:ö|oe)scht|l(?:ö|oe)schung|vom netz|"
    r"offline|stillgelegt|deaktiviert|zerschlagen|ausgehoben"
)

# What a sentence must say to report an event of each type (prefixed with r"\b").
# Separable verbs are matched in both forms: "festgenommen" and "nahm ... fest".
TYPE_WORDS: dict[str, str] = {
    "arrest": (
        r"(?:festgenommen\w*|\w*festnahmen?\b|festnehm\w*|festnahm\w*|"
        r"nahm\w*\b.{0,80}?\bfest\b|nehm\w*\b.{0,80}?\bfest\b|verhaft\w*|gefasst|geschnappt|"
        r"dingfest|ins netz\b|gefangen genommen|gefangengenommen|\w*gewahrsam\w*|"
        r"in haft\b|\w*(?:untersuchungs|u-|auslieferungs|sicherungs)haft\w*|haftbefehl\w*|"
        r"inhaftier\w*|haftrichter\w*|eingeliefert|justizvollzugsanstalt|jva\b|zugriff|"
        r"(?:ü|ue)berw(?:ä|ae)ltigt|arretiert)"
    ),
    "charge": (
        r"(?:angeklagt\w*|\w*anklage\w*|anklag\w*|klagt\w*\b.{0,80}?\ban\b|angeschuldigt\w*|"
        r"beschuldigt\w*|vor gericht gestellt|verantworten)"
    ),
    "conviction": (
        r"(?:verurteil\w*|schuldig\w*|schuldspruch\w*|\w*urteil\w*|gestanden|gest(?:ä|ae)ndnis\w*|"
        r"gestand\w*|strafbefehl\w*)"
    ),
    "sentence": (
        r"(?:verurteil\w*|\w*strafen?\b|haft\b|gef(?:ä|ae)ngnis\w*|hinter gitter|"
        r"bew(?:ä|ae)hrung\w*|lebenslang\w*|sicherungsverwahrung|sozialstunden|arbeitsstunden|"
        r"gemeinn(?:ü|ue)tzige arbeit|jugendarrest)"
    ),
    "financial_penalty": (
        r"(?:geldstrafe\w*|\w*bu(?:ß|ss)geld\w*|geldbu(?:ß|ss)e\w*|bu(?:ß|ss)en?\b|"
        r"tagess(?:ä|ae)tze\w*|tagessatz\w*|einziehung\w*|eingezogen|verwarn(?:ungs)?geld\w*|"
        r"sicherheitsleistung\w*|geldauflage\w*|wertersatz\w*|strafbefehl\w*|"
        r"\w*strafe (?:von|in h(?:ö|oe)he)|gezahlt|zahlen|zahlt\w*|bezahl\w*|zahlung\w*)"
    ),
    "seizure": (
        r"(?:sichergestellt\w*|\w*sicherstellung\w*|stellt\w*\b.{0,80}?\bsicher\b|"
        r"\w*beschlagnahm\w*|konfisz\w*|eingezogen|einziehung\w*|\w*funde?\b|gefunden|"
        r"aufgefunden|aufgesp(?:ü|ue)rt|entdeckt|gesichert|eingefroren|verm(?:ö|oe)gensarrest\w*|arrestiert|"
        r"abgefangen|aus dem verkehr gezogen|ins netz\b)"
    ),
    "search": (
        r"(?:\w*durchsuch\w*|\w*razzi(?:a|en)\w*|gefilzt|\w*kontroll\w*|"
        r"(?:ü|ue)berpr(?:ü|ue)f\w*)"
    ),
    "interception": (
        r"(?:angehalten|hielt\w*\b.{0,60}?\ban\b|gestoppt|stoppt\w*|abgefangen|"
        r"fing\w*\b.{0,60}?\bab\b|\w*kontroll\w*|aufgegriffen|\w*aufgriff\w*|"
        r"griff\w*\b.{0,60}?\bauf\b|\w*schleusung\w*|aufgedeckt|verhindert|unterbunden|entdeckt|"
        r"aufgefunden|gefunden|versteckt|gerettet|\w*rettung|seenot|(?:ü|ue)berpr(?:ü|ue)f\w*|"
        r"festgestellt|stellt\w*\b.{0,60}?\bfest\b)"
    ),
    # people held who are not suspects: migrants, immigration custody
    "detention": (
        r"(?:\w*gewahrsam\w*|\w*(?:abschiebe|abschiebungs|schub|ausschaffungs|"
        r"zur(?:ü|ue)ckweisungs|zur(?:ü|ue)ckschiebungs|ausreise)haft\w*|festgehalten|"
        r"festhalte\w*|festgesetzt|(?:ü|ue)bergeben|(?:ü|ue)berstellt|zugef(?:ü|ue)hrt|"
        r"ausl(?:ä|ae)nderbeh(?:ö|oe)rde\w*|erstaufnahme\w*|aufnahmeeinrichtung\w*|"
        r"weitergeleitet|in haft\b|inhaftier\w*|untergebracht)"
    ),
    "deportation": (
        r"(?:abgeschoben|\w*abschieb\w*|schob\w*\b.{0,60}?\bab\b|\w*r(?:ü|ue)ckf(?:ü|ue)hrung\w*|"
        r"zur(?:ü|ue)ckgef(?:ü|ue)hrt|r(?:ü|ue)ckgef(?:ü|ue)hrt|zur(?:ü|ue)ckgewiesen|"
        r"\w*zur(?:ü|ue)ckweisung\w*|wies\w*\b.{0,60}?\bzur(?:ü|ue)ck\b|zur(?:ü|ue)ckgeschoben|"
        r"\w*zur(?:ü|ue)ckschiebung\w*|zur(?:ü|ue)ckgeschickt|zur(?:ü|ue)ckgebracht|"
        r"zur(?:ü|ue)ck (?:nach|in|ins)\b|ausgewiesen|ausweisung\w*|ausgeschafft|\w*ausschaffung\w*|landesverweis\w*|"
        r"einreise\w* verweigert|einreiseverweigerung\w*|(?:ü|ue)berstell\w*|au(?:ß|ss)er landes)"
    ),
    "extradition": (
        r"(?:ausgeliefert|\w*auslieferung\w*|ausliefer\w*|liefert\w*\b.{0,60}?\baus\b|"
        r"(?:ü|ue)berstell\w*|(?:ü|ue)bergeben|(?:ü|ue)berantwortet|"
        r"europ(?:ä|ae)isch\w* haftbefehl\w*)"
    ),
    "release": (
        r"(?:freigelassen|freilass\w*|\w*freilassung\w*|lie(?:ß|ss)\w*\b.{0,60}?\bfrei\b|"
        r"freigekommen|kam\w*\b.{0,30}?\bfrei\b|auf freie[mn] fu(?:ß|ss)|entlassen|"
        r"\w*entlassung\w*|au(?:ß|ss)er vollzug|haftverschonung|kaution\w*|meldeauflage\w*|"
        r"wieder frei)"
    ),
    # an action on accounts, channels, sites ... (either order in the sentence)
    "takedown": (
        r"(?:(?:abgeschaltet|abschaltung\w*|gesperrt|sperrung\w*|gel(?:ö|oe)scht|l(?:ö|oe)schung\w*|"
        r"vom netz|offline|stillgelegt|deaktiviert|entfernt|geschlossen|schlie(?:ß|ss)ung\w*|"
        r"heruntergenommen|zerschlagen|beschlagnahmt|(?:ü|ue)bernommen)"
        r"(?=.*\b\w*(?:konten|konto|accounts?|kan(?:ä|ae)le|kanal|seiten?|websites?|domains?|"
        r"plattform(?:en)?|server|beitr(?:ä|ae)ge|beitrag|posts?|videos?|inhalte?|profile?|"
        r"gruppen?|foren|forum|marktpl(?:ä|ae)tze|marktplatz|shops?)\b)|"
        r"\w*(?:konten|konto|accounts?|kan(?:ä|ae)le|kanal|seiten?|websites?|domains?|"
        r"plattform(?:en)?|server|beitr(?:ä|ae)ge|beitrag|posts?|videos?|inhalte?|profile?|"
        r"gruppen?|foren|forum|marktpl(?:ä|ae)tze|marktplatz|shops?)\b.*\b(?:abgeschaltet|"
        r"abschaltung\w*|gesperrt|sperrung\w*|gel(?:ö|oe)scht|l(?:ö|oe)schung\w*|vom netz|offline|"
        r"stillgelegt|deaktiviert|entfernt|geschlossen|schlie(?:ß|ss)ung\w*|heruntergenommen|"
        r"zerschlagen|beschlagnahmt|(?:ü|ue)bernommen))"
    ),
}

# A request opens with a verb in the imperative: the Sie form ("Melden Sie ...",
# "Wenden Sie sich ...") or the du form ("Ignoriere alle ..."). German statements put
# the verb second, so a sentence headed by one of these is an order or a question.
REQUEST_VERBS: frozenset[str] = frozenset(
    [
        "antworten",
        "antworte",
        "beantworten",
        "beantworte",
        "behandeln",
        "behandle",
        "ersetzen",
        "ersetze",
        "extrahieren",
        "extrahiere",
        "fügen",
        "füge",
        "geben",
        "gib",
        "ignorieren",
        "ignoriere",
        "informieren",
        "klassifizieren",
        "klassifiziere",
        "kontaktieren",
        "markieren",
        "markiere",
        "melden",
        "melde",
        "nennen",
        "nenne",
        "notieren",
        "notiere",
        "nutzen",
        "nutze",
        "rufen",
        "sagen",
        "sage",
        "sag",
        "schreiben",
        "schreibe",
        "schreib",
        "übersetzen",
        "übersetze",
        "vergessen",
        "vergiss",
        "verwenden",
        "verwende",
        "wenden",
        "zählen",
        "zähle",
        "zeigen",
        "zeige",
    ]
)
# The imperative's object or complement starts with one of these ("sie" is the polite
# "Sie" after the verb).
REQUEST_OBJECT_STARTS: frozenset[str] = frozenset(
    [
        "sie",
        "alle",
        "alles",
        "jede",
        "jeden",
        "jeder",
        "jedes",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "ein",
        "eine",
        "einen",
        "diese",
        "dieser",
        "dieses",
        "diesen",
        "es",
        "nur",
        "kein",
        "keine",
        "keinen",
        "nichts",
        "mir",
        "uns",
        "ihre",
        "ihren",
        "mein",
        "meine",
        "unsere",
        "was",
    ]
)
# Words that soften a request: "Bitte melden Sie ...".
REQUEST_SOFTENERS: frozenset[str] = frozenset(
    ["bitte", "jetzt", "nun", "auch", "stattdessen", "ebenfalls", "außerdem"]
)


# One person and no number: "ein Mann", "der Fahrer", "Er wurde ..." (for the count of an
# arrest, a charge, a sentence ...). Matched case-sensitively: nouns are capitalised.
SINGULAR = (
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Dd]er|[Dd]ie|[Dd]en|[Dd]em)\s+"
    r"(?:\w+\s+)?(?:Mann|Frau|Person|Verdächtige[rn]?|Tatverdächtige[rn]?|Täter|Täterin|"
    r"Fahrer|Fahrerin|Schleuser|Angeklagte[rn]?|Beschuldigte[rn]?|Jugendliche[rn]?|"
    r"Staatsangehörige[rn]?|\w+-Jährige[rn]?|\w+jährige[rn]?)\b|^\W*Er\b|\bwurde\b(?!n)"
)

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"ein|eine|einem|einer|eines"
TERM_UNITS = {"year": r"jahre?n?|jahres", "month": r"monate?n?|monats", "week": r"wochen?"}
AND_A_HALF = r"und (?:ein )?halb"
# "dreieinhalb Jahre", "anderthalb Jahre": fractions written as one word.
HALVES = {
    "anderthalb": "1,5",
    "eineinhalb": "1,5",
    "zweieinhalb": "2,5",
    "dreieinhalb": "3,5",
    "viereinhalb": "4,5",
    "fünfeinhalb": "5,5",
    "sechseinhalb": "6,5",
    "siebeneinhalb": "7,5",
    "achteinhalb": "8,5",
    "neuneinhalb": "9,5",
}
TERM_MAXIMUM = r"bis zu|höchstens|maximal|drohen|droht|Höchststrafe"
MONEY_SCALES = {
    "Million": 1e6,
    "Millionen": 1e6,
    "Mio.": 1e6,
    "Mio": 1e6,
    "Milliarde": 1e9,
    "Milliarden": 1e9,
    "Mrd.": 1e9,
    "Mrd": 1e9,
}
MONEY_LINK = r""
CURRENCY_WORDS = {
    "euro": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "us-dollar": "USD",
    "usd": "USD",
    "pfund": "GBP",
    "gbp": "GBP",
    "franken": "CHF",
    "schweizer franken": "CHF",
    "chf": "CHF",
}
NOT_A_COUNT = (
    r"jahre?n?|jahres|monate?n?|wochen?|tage?n?|stunden?|uhr|kg|kilo(?:gramm)?|gramm|g\b|"
    r"tonnen?|liter|euro|€|%|prozent|millionen|million|mio|milliarden?|tausend|jährige"
)
LOCATIVE = r"in|im|nach"
# Prepositions before a country someone or something came from ("aus Syrien").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"der|die|das|dem|den"
ORIGIN = r"aus|von"
COUNTRY_ALIASES = {"Großbritannien": "GB", "England": "GB", "Holland": "NL", "USA": "US"}
AGENCY_COUNTRIES = {
    "Bundespolizei": "DE",
    "Landeskriminalamt": "DE",
    "Zollfahndung": "DE",
    "Generalzolldirektion": "DE",
    "Staatsanwaltschaft Wien": "AT",
    "Kantonspolizei": "CH",
    "Fedpol": "CH",
}
# Words that deny the action the next few words report ("wurde nicht festgenommen").
NEGATORS = r"nicht|kein|keine|keiner|keinen|niemand|nie|niemals|ohne"
CLAUSE_BREAKS = r"[,;:]|\baber\b|\bund\b|\boder\b|\bdann\b|\bdie\b|\bder\b"
