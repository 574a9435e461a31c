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

# A police detention centre (Austria's "Polizeianhaltezentrum", "PAZ"): people taken there
# are held. Filled in for <CUSTODY_CENTRE> in TYPE_WORDS (rules.CUSTODY_CENTRE_DE).
CUSTODY_CENTRE = r"\w*anhaltezentr\w*"

# Countries' names that are also given names ("Jordan Smith", "Maurizio Pellegrino"):
# followed by a surname, a person, no place (normalize.GIVEN_NAME_COUNTRIES).
GIVEN_NAME_COUNTRIES = r"jordan|chad|georgia|israel|india"

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
        r"(?:sichergestellt\w*|\w*sicherstell\w*|stellt\w*\b.{0,80}?\bsicher\b|"
        r"\w*beschlagnahm\w*|konfisz\w*|eingezogen|einziehung\w*|\w*funde?\b|gefunden|"
        r"aufgefunden|aufgesp(?:ü|ue)rt|entdeckt|gesichert|eingefroren|verm(?:ö|oe)gensarrest\w*|arrestiert|"
        r"gepf(?:ä|ae)ndet|\w*pf(?:ä|ae)ndung\w*|"
        r"abgefangen|aus dem verkehr gezogen|ins netz\b)"
    ),
    "search": (r"(?:\w*durchsuch\w*|\w*razzi(?:a|en)\w*|gefilzt)"),
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
        r"weitergeleitet|in haft\b|inhaftier\w*|untergebracht<CUSTODY_CENTRE>)"
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
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Dd]er|[Dd]en|[Dd]em)\s+"
    r"(?:\w+\s+)?(?:Mann|Frau|Person|Verdächtige[rn]?|Tatverdächtige[rn]?|Täter|Täterin|"
    r"Fahrer|Fahrerin|Schleuser|Angeklagte[rn]?|Beschuldigte[rn]?|Jugendliche[rn]?|"
    r"Staatsangehörige[rn]?|\w+-Jährige[rn]?|\w+jährige[rn]?)\b|"
    # "die" is also the plural article: only before a feminine singular noun
    r"\b[Dd]ie\s+(?:\w+\s+)?(?:Frau|Person|Täterin|Fahrerin|Verdächtige|Beschuldigte|"
    r"Angeklagte|\w+-?Jährige)\b|^\W*Er\b|\bwurde\b(?!n)"
    # an age in small letters before the noun ("einen 42-jährigen schwedischen
    # Staatsangehörigen", "der 36-jährige Fahrer"): events.one_person
    r"|\b(?:[Ee]in(?:e[nmr]?)?|[Dd]e[rnm])\s+\d+-jährige[rn]?\b"
)


# Factuality: words that make an action possible, future, alleged or only reported
# ("soll ausgeliefert werden", "könnte", "hätten gestanden", "drohen fünf Jahre").
MODAL = (
    r"\b(?:soll|sollen|sollte|sollten|würde|würden|hätte|hätten|könnte|könnten|dürfte|"
    r"dürften|drohen|droht|muss|müssen|wäre|wären)\b"
)
# A word of possibility opening the sentence and followed straight by its verb
# (rules.HEDGE_OPENING_INTL): what that clause tells is only possible, even in words the
# rule net reads ("Möglicherweise wurden weitere Waffen sichergestellt"); not a hedge on one phrase
# ("Vermutlich gestohlene Fahrräder wurden sichergestellt").
HEDGE_OPENING = (
    r"Möglicherweise|Vermutlich|Wahrscheinlich|Eventuell|Vielleicht|Mutmaßlich|Womöglich"
)
HEDGE_VERB = r"wurden?|wird|werden|ist|sind|war|waren|hat|haben|hatte|hatten|sei|seien"
# A condition opening the clause of an action: it has not happened ("Falls er
# verurteilt wird", "sofern sie schuldig gesprochen werden"; rules.CONDITIONAL_INTL).
CONDITIONAL = r"(?:falls|sofern|im Falle? eine[rsm]?)\b"
# A penalty asked for by the prosecution is not a penalty passed ("hatte ... gefordert").
DEMANDS = r"\b(?:gefordert|forderte|forderten|fordert|beantragt|beantragte|plädierte|plädiert)\b"
# More ways to ask for a penalty (rules.DEMANDS_MORE_INTL): "verlangte drei Jahre",
# "beantragten", "plädierten".
DEMANDS_MORE = r"\b(?:verlangt|verlangte|verlangten|beantragten|plädierten|fordern)\b"
# People who are not suspects: their custody is a detention, a suspect's an arrest.
MIGRANTS = (
    r"\b(?:Migrant\w*|Flüchtling\w*|Geflüchtete\w*|Asylbewerber\w*|Asylsuchende\w*|"
    r"Abschiebungshaft|Abschiebehaft|Ausreisegewahrsam|Ausreisepflichtige\w*|unerlaubt eingereist\w*|"
    # Austria's aliens police act: held under it, not as suspects of a crime
    r"Fremdenpolizeigesetz\w*|fremdenrechtlich\w*)"
)

# Beside MIGRANTS, PEOPLE_MORE and the words for a removal: a document with none of these
# tells of no one held who is not a suspect (rules.HELD_NO_MIGRANTS_INTL).
NOT_SUSPECTS_DOC = (
    r"\bAusländer\w*|\bMigrations\w*|\bAsyl\w*|\bAbschiebe\w*|\bAbschiebung\w*|\bEinwanderung\w*"
)

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"ein|eine|einem|einer|eines"
TERM_UNITS = {"year": r"jahre?n?|jahres", "month": r"monate?n?|monats", "week": r"wochen?"}
# A term told in days ("30 Tage Haft"): read only when the text gives no other unit, and
# only beside a word for custody after the days (TERM_DAYS_AFTER) or before them
# (TERM_DAYS_BEFORE), so that days to appeal or to pay, and day-fines, are no term.
TERM_DAYS = r"tage?n?"
TERM_DAYS_AFTER = r"(?:Haft|Gefängnis|Jugendarrest|Arrest)\b"
TERM_DAYS_BEFORE = r"\b(?:Freiheitsstrafe|Haftstrafe|Gefängnisstrafe)\s+von\s+$"
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
# "Of which": a part of a term told after it ("drie jaar, waarvan twee voorwaardelijk"), no
# term of its own (normalize.intl_terms).
OF_WHICH = r"\b(?:davon|wovon)\b"
# Words that tell two terms in one sentence are not each passed on someone: a range, a total,
# time already spent or gone by, a probation period or a ban (normalize.intl_terms).
NOT_EACH = (
    r"\bzwischen \S+ (?:\S+ ){0,3}?und \S+ (?:Jahren|Monaten)\b|\b(?:seit|insgesamt|zusammen|Gesamtstrafe|"
    r"Untersuchungshaft|U-Haft|Bewährungs(?:zeit|frist)|\w*[Ss]perre)\b|\bvor \S+ (?:Jahren|Monaten)\b|"
    r"\b(?:Jahren?|Monaten?) Bewährung\b"
)
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
# "and": joins two parts of a sum ("a million and 760 thousand") and the ends of a
# range ("aged between 18 and 26").
AND = r"und"
# "to" between the ends of a range ("19 bis 24 Jahre alt").
TO = r"bis"
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
    r"|kilometer|km\b|meter"
    r"|(?:see)?meilen?"  # "19 Seemeilen vor der Küste" (session 43)
)
# Prepositions before a town ("in Altdorf", "nach Basel"). Not "im" (in dem): a town takes
# no article, and German writes every noun with a capital, so "im Kanton Luzern" and "im
# Alter von 33 Jahren" had been read as towns called Kanton (China) and Alter (Belgium).
LOCATIVE = r"in|nach"
# Courts, prosecutors and police named after their seat ("Amtsgericht Potsdam",
# "Staatsanwaltschaft Hamburg"): the town tells where the text happens, as "in <town>"
# does.
SEAT_OF = (
    r"Amtsgericht|Landgericht|Oberlandesgericht|Staatsanwaltschaft|Generalstaatsanwaltschaft|"
    r"Polizeipräsidium|Polizeiinspektion|Polizeidirektion|Polizeirevier|Hauptzollamt|"
    r"Zollfahndungsamt|Bundespolizeiinspektion|Kantonspolizei|Stadtpolizei|Bezirksgericht|"
    r"Kantonsgericht|Strafgericht|Landespolizeidirektion|Landeskriminalamt"
)
# Prepositions before a country someone or something came from ("aus Syrien").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"der|die|das|dem|den"
ORIGIN = r"aus|von"
# Who asked for the action, and whose country that is ("in Wien auf Ersuchen der deutschen Behörden festgenommen"): the requester's country is
# no place of an arrest, search or seizure (events.REQUESTER_NOT_PLACE_INTL).
REQUESTED_BY = (
    r"\bauf\s+(?:Ersuchen|Antrag|Veranlassung|Betreiben)\s+(?:der|des|von)\b|\bgesucht\s+von\b"
)
# Where someone or something came from or passed through, before a town whose country follows
# in brackets ("aus Lagos (Nigeria) über Addis Abeba (Äthiopien)"): that country is an origin (normalize.TOWN_ORIGIN_INTL).
PROVENANCE = r"aus|über|via"
COUNTRY_ALIASES = {"Großbritannien": "GB", "England": "GB", "Holland": "NL", "USA": "US"}
AGENCY_COUNTRIES = {
    "Bundespolizei": "DE",
    "Landeskriminalamt": "DE",
    "Bundesamt für Migration und Flüchtlinge": "DE",
    "BAMF": "DE",
    "Zollfahndungsamt": "DE",
    "Generalzolldirektion": "DE",
    "Bundesamt für Fremdenwesen und Asyl": "AT",
    "Landespolizeidirektion": "AT",
    "Kantonspolizei": "CH",
    "Fedpol": "CH",
    "Staatssekretariat für Migration": "CH",
}
# Words that deny the action the next few words report ("wurde nicht festgenommen").
NEGATORS = r"nicht|kein|keine|keiner|keinen|niemand|nie|niemals|ohne"
CLAUSE_BREAKS = r"[,;:]|\baber\b|\bund\b|\boder\b|\bdann\b"


# Active "konnte(n) ... festnehmen / sicherstellen" (were able to, so did: the police
# report's usual past), as the passive "konnte ... festgenommen werden" already is (L350;
# a row of the levers table cuts these out).
_CAN_GAP = r"\bkonnten?\b(?:(?!\b(?:nicht|kein\w*|nie|niemals|ob|wenn|falls)\b)[^.!?;:]){0,120}?"
ABLE_TO_ARREST = _CAN_GAP + r"\b(?:festnehmen|verhaften)\b|"
ABLE_TO_SEIZE = _CAN_GAP + r"\b(?:sicherstellen|beschlagnahmen)\b|"

# Sentences that report an action in so many words (a completed action in the past or
# present, passive or active, with its usual participle or noun): the rule net under the
# model's recall. Matched case-insensitively with re.search; keys are SPEC type values.
# Shared pieces are written once as <NAME> and filled in below: <AUX> a finite auxiliary
# of a past passive or perfect ("wurde", "hat"), <GAP> up to 80 characters of the same
# sentence with no negation, modal, "ob" or "wenn" ("wurde nicht festgenommen", "soll
# festgenommen werden" never match), <DONE> what must not follow the participle ("werden",
# "worden sein"), <WAS> "worden", "wurde" after it ("festgenommen worden", subordinate
# clauses), <HEAD> a count heading a headline ("Zehn Schleuser festgenommen"), <NUM> a
# number of two or more.
RULES: dict[str, str] = {
    type_: pattern.replace(
        "<HEAD>",
        r"(?:^|:\s*)\W*(?:(?:über|mehr als|rund|etwa|knapp|insgesamt|fast|bereits)\s+)?"
        r"(?:<NUM>|eine?[nmr]?)\s+(?:(?!(?:nicht|kein\w*|soll\w*|könnte\w*|kann|können|muss|"
        r"müssen|dürfte\w*|würde\w*|will|wollen|werden|wird|ob|wenn|droht|drohen)\b)"
        r"[\w.-]+\s+){1,6}?",
    )
    .replace("<AUX>", r"\b(?:wurde|wurden|hat|haben|hatte|hatten)\b<GAP>\b")
    .replace(
        "<GAP>",
        r"(?:(?!\b(?:nicht|kein|keine|keinen|keiner|niemand|niemanden|nie|niemals|ob|wenn|"
        r"falls|soll|sollen|sollte|sollten|könnte|könnten|kann|können|muss|müssen|dürfte|"
        r"dürften|würde|würden|will|wollen|werden|wird)\b)(?:[^.!?;:]|(?<=\d)\.(?=\d))){0,80}?",
    )
    .replace(
        "<DONE>",
        r"(?!\s+(?:werden|wird|würde|worden\s+(?:zu\s+)?sein|worden\s+wäre|zu\s+werden|"
        r"zu\s+sein|sein)\b)",
    )
    .replace(
        "<WAS>",
        r"\s+(?:worden|wurde|wurden)\b(?!\s+(?:zu\s+)?sein\b|\s+wäre)",
    )
    .replace(
        "<NUM>",
        r"(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|"
        r"zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|"
        r"\w+und\w+(?:zig|ßig)|mehrere[n]?|zahlreiche[n]?|dutzende[n]?)",
    )
    for type_, pattern in {
        # "wurde festgenommen", "hat zwei Männer verhaftet", "festgenommen worden",
        # "Zehn Schleuser festgenommen", "drei Festnahmen", "nahm ihn fest", "sitzt in
        # Untersuchungshaft", "Haftbefehl vollstreckt", "führte zur Festnahme"
        "arrest": (
            r"<AUX>(?:festgenommen|verhaftet|inhaftiert|geschnappt|in (?:Untersuchungshaft|"
            r"U-Haft|Auslieferungshaft) genommen)\b<DONE>|"
            r"(?<!nicht )(?<!nie )\b(?:festgenommen|verhaftet|inhaftiert)<WAS>|"
            r"\bkonnten?\b<GAP>\b(?:festgenommen|verhaftet)\s+werden\b|"
            r"(?<!nicht )\b(?:festgenommen|verhaftet)\s+werden\s+konnten?\b|"
            + ABLE_TO_ARREST
            + r"<HEAD>(?:festgenommen|verhaftet|geschnappt)\b<DONE>|"
            r"^(?!.*\b(?:ausgeschlossen|erwartet|geplant|möglich|könnten|sollen)\b).*?\b<NUM>\s+"
            r"(?:\w+\s+)?(?:Festnahmen|Verhaftungen)\b|"
            r"\bnahm(?:en)?\b<GAP>\bfest\s*(?:[.,;!]|und\b|$)|\bverhafteten?\b|"
            r"\b(?:sitzt|sitzen|saß|saßen|befindet sich|befinden sich|befand sich|"
            r"befanden sich|kam|kamen)\b<GAP>\bin (?:Untersuchungshaft|U-Haft|"
            r"Auslieferungshaft)\b|"
            r"(?<!keine )\b(?:Untersuchungshaft|U-Haft)\b<GAP>\bangeordnet\b<DONE>|"
            r"\bordnete\w*\b<GAP>\b(?:Untersuchungshaft|U-Haft)\b|"
            r"\bHaftbefehle?\b<GAP>\b(?:vollstreckt|in Vollzug gesetzt)\b<DONE>|"
            r"\b(?:führte|führten|geführt|kam es)\b<GAP>\bzu[rm]?\s+(?:\w+\s+)?(?:Festnahmen?|"
            r"Verhaftungen?)\b|\bzu[rm]?\s+(?:\w+\s+)?(?:Festnahmen?|Verhaftungen?)\s+"
            r"(?:\w+\s+){0,3}?(?:führte|führten|geführt)\b|"
            r"\bklickten\s+(?:\w+\s+){0,3}?die Handschellen\b"
        ),
        # "wurde angeklagt", "ist wegen ... angeklagt", "hat Anklage erhoben", "erhob Anklage"
        "charge": (
            r"(?:<AUX>|\b(?:ist|sind|war|waren)\b<GAP>\b)angeklagt\b<DONE>|"
            r"(?<!nicht )\bangeklagt<WAS>|<HEAD>angeklagt\b<DONE>|"
            r"(?<!keine )\bAnklage\b<GAP>\b(?:erhoben|zugelassen)\b<DONE>|"
            r"\berhob(?:en)?\b<GAP>\bAnklage\b"
        ),
        # "verurteilt" in a sentence about a court or a penalty (not "scharf verurteilt"),
        # "schuldig gesprochen", "zu drei Jahren Haft verurteilt", "sprach ihn schuldig"
        "conviction": (
            r"^(?=.*(?:gericht|\brichter|\bkammer|\burteil|\bhaft|strafen?\b|bewährung|"
            r"\bjahren\b|\bmonaten\b|tagessätzen|\bwegen\b|rechtskräftig|schuldig|"
            r"lebenslang)).*?(?:<AUX>(?:verurteilt|"
            r"schuldig gesprochen|für schuldig befunden)\b<DONE>|(?<!nicht )(?<!nie )"
            r"\b(?:verurteilt|schuldig gesprochen|für schuldig befunden)<WAS>)|"
            r"\bzu\s+(?:[\w,.-]+\s+){0,6}?(?:Jahren?|Monaten?|Wochen|Haft|\w*strafe|Gefängnis|"
            r"Tagessätzen|Euro|lebenslang\w*)\b<GAP>\bverurteilt\b<DONE>|"
            r"\bverurteilten?\b<GAP>\bzu\s+(?:[\w,.-]+\s+){0,6}?(?:Jahren?|Monaten?|Haft|"
            r"\w*strafe|Gefängnis|Tagessätzen|lebenslang\w*)\b|"
            r"\bsprach(?:en)?\b<GAP>\bschuldig\b"
        ),
        # "zu drei Jahren Haft verurteilt", "erhielt eine Freiheitsstrafe", "muss für zwei
        # Jahre ins Gefängnis", "Drei Jahre Haft für ..." (not "gefordert", "drohen")
        "sentence": (
            r"\bzu\s+(?:[\w,.-]+\s+){0,6}?(?:Jahren?|Monaten?|Wochen|Haft|Freiheitsstrafe|"
            r"Gefängnis\w*|Haftstrafe|Jugendstrafe|Bewährungsstrafe|lebenslang\w*|"
            r"Sicherungsverwahrung)\b<GAP>\bverurteilt\b<DONE>|"
            r"\bverurteilten?\b<GAP>\bzu\s+(?:[\w,.-]+\s+){0,6}?(?:Jahren?|Monaten?|Wochen|"
            r"Haft|Freiheitsstrafe|Gefängnis\w*|Haftstrafe|Jugendstrafe|Bewährungsstrafe|"
            r"lebenslang\w*)\b|"
            r"\b(?:erhielt|erhielten|bekam|bekamen|verhängte|verhängten)\b<GAP>\b(?:Freiheits|"
            r"Haft|Gefängnis|Jugend|Bewährungs)strafe\b|"
            r"\b(?:Freiheits|Haft|Gefängnis|Jugend|Bewährungs)strafe\b<GAP>\b(?:verhängt|"
            r"erhalten|bekommen|ausgesprochen)\b<DONE>|"
            r"^(?!.*\bbis zu\b).*?\bmuss(?:en|te|ten)?\b<GAP>\b(?:Jahre?|Monate)\b<GAP>"
            r"\b(?:ins Gefängnis|in Haft|hinter Gitter)\b|"
            r"^\W*(?:<NUM>|ein|eineinhalb|anderthalb|\w+einhalb)\s+(?:Jahre|Jahr|Monate)\s+"
            r"(?:und\s+\w+\s+Monate\s+)?(?:Haft|Gefängnis|Freiheitsstrafe|Jugendstrafe|Knast|"
            r"auf Bewährung)\s+für\b(?![^.]*\b(?:gefordert|beantragt|droh\w*|möglich|"
            r"verlangt|fordert|fordern)\b)|"
            r"^\W*Lebenslang(?:e Haft)?\s+für\b(?![^.]*\b(?:gefordert|beantragt|droh\w*|"
            r"fordert|fordern)\b)"
        ),
        # "zu einer Geldstrafe verurteilt", "verhängte ein Bußgeld", "Einziehung angeordnet"
        "financial_penalty": (
            r"\bzu\s+(?:[\w,.-]+\s+){0,4}?(?:Geldstrafe|Geldbuße|Tagessätzen|Euro)\b<GAP>"
            r"\bverurteilt\b<DONE>|"
            r"\bverurteilten?\b<GAP>\bzu\s+(?:[\w,.-]+\s+){0,4}?(?:Geldstrafe|Geldbuße|"
            r"Tagessätzen)\b|"
            r"\b(?:erhielt|erhielten|bekam|bekamen|verhängte|verhängten|zahlte|zahlten)\b<GAP>"
            r"\b(?:Geldstrafe|Geldbuße|Bußgeld|Ordnungsgeld|Strafzahlung)\b|"
            r"\b(?:Geldstrafe|Geldbuße|Bußgeld|Ordnungsgeld|Strafzahlung)\b<GAP>\b(?:verhängt|"
            r"festgesetzt|erhalten|bekommen|auferlegt|gezahlt|bezahlt)\b<DONE>|"
            r"\bordnete\w*\b<GAP>\bEinziehung\b|\bEinziehung\b<GAP>\bangeordnet\b<DONE>"
        ),
        # "wurden sichergestellt", "beschlagnahmt worden", "456 Kilogramm Kokain
        # sichergestellt", "stellten die Drogen sicher" (never "sichergestellt, dass")
        "seizure": (
            # "konnten ... Computer und Datenträger sichergestellt werden" (could be, so
            # were, as the arrest's "konnte ... festgenommen werden")
            _CAN_GAP
            + r"\b(?:sichergestellt|beschlagnahmt|konfisziert)\s+werden\b|"
            + ABLE_TO_SEIZE
            + r"<AUX>(?:sichergestellt|beschlagnahmt|konfisziert)\b(?!\s*,?\s*(?:dass|ob|wie|"
            r"damit)\b)<DONE>|"
            r"(?<!nicht )\b(?:sichergestellt|beschlagnahmt|konfisziert)<WAS>"
            r"(?!\s*,?\s*dass\b)|"
            r"<HEAD>(?:sichergestellt|beschlagnahmt)\b<DONE>(?!\s*,?\s*dass\b)|"
            r"\bstell(?:t|te|ten)\b(?:(?!\b(?:nicht|kein\w*)\b)[^.,;]){0,60}?\b(?:Drogen|"
            r"Rauschgift|Kokain|Heroin|Cannabis|Marihuana|Haschisch|Amphetamin\w*|Ecstasy|"
            r"Waffen?|Pistolen?|Munition|Bargeld|Geld|Euro|Zigaretten|Tabak|Fahrzeuge?|Autos?|"
            r"Handys?|Mobiltelefone?|Beweismittel|Datenträger|Computer|Laptops?|Kilogramm|"
            r"Kilo|Gramm|Tonnen|Pflanzen|Schmuck|Ware|Waren|Diebesgut|Falschgeld|Dokumente)\b"
            r"(?:(?!\b(?:nicht|kein\w*)\b)[^.,;]){0,60}?\bsicher\b(?!\s*,?\s*dass\b)|"
            r"\bbeschlagnahmten?\b|"
            r"\b(?:Vermögen|Vermögenswerte|Konten|Bankkonten|Guthaben|Gelder)\b<GAP>"
            r"\b(?:eingefroren|arrestiert)\b<DONE>"
        ),
        # premises "durchsucht", "durchsuchten sechs Wohnungen", "bei einer Durchsuchung",
        # "Durchsuchungen fanden statt", "Durchsuchungsbeschlüsse vollstreckt"
        "search": (
            r"\b(?:Wohnung|Wohnungen|Räume|Räumlichkeiten|Objekte?|Geschäftsräume|Büros?|"
            r"Häuser|Haus|Anwesen|Gebäude|Adressen|Anschriften|Firmen\w*|Lokale?|"
            r"Liegenschaften|Zimmer|Wohnräume|Gewerberäume|Lagerhallen?|Garagen?|Keller|"
            r"Wohnsitz|Villa|Bars?)\b<GAP>\b(?:durchsucht|durchsuchten|durchsuchte)\b<DONE>|"
            r"\bdurchsucht(?:e|en)?\s+(?:\w+\s+){0,4}?(?:Wohnung|Wohnungen|Räume|"
            r"Räumlichkeiten|Objekte?|Geschäftsräume|Büros?|Häuser|Haus|Anwesen|Gebäude|"
            r"Adressen|Firmen\w*|Lokale?|Liegenschaften|Wohnräume|Lagerhallen?)\b|"
            r"\bbei\s+(?:der|einer|den|mehreren|\w+en)?\s*(?:anschließenden\s+|folgenden\s+)?"
            r"(?:Haus|Wohnungs)?(?:durchsuchung|durchsuchungen|razzia|razzien)\b|"
            r"\b(?:Haus|Wohnungs)?(?:Durchsuchung|Durchsuchungen|Razzia|Razzien|"
            r"Durchsuchungsbeschlüsse|Durchsuchungsbeschluss)\b<GAP>\b(?:durchgeführt|"
            r"vollstreckt|vollzogen|stattgefunden)\b<DONE>|"
            r"(?:\b(?:Durchsuch\w*|Razzi\w+)\b<GAP>\bfanden?\b|\bfanden?\b<GAP>"
            r"\b(?:Durchsuch\w*|Razzi\w+)\b)<GAP>\bstatt\b|"
            r"^(?!.*\b(?:ausgeschlossen|erwartet|geplant|möglich|könnten|sollen)\b).*?\b<NUM>\s+"
            r"(?:\w+\s+)?(?:Durchsuchungen|Hausdurchsuchungen|"
            r"Wohnungsdurchsuchungen|Razzien)\b"
        ),
        # a vehicle or boat "angehalten", "abgefangen"; "hielten einen Pkw an"; migrants
        # "aufgegriffen"; "Schleusungen aufgedeckt"
        "interception": (
            r"\b(?:Fahrzeug|Auto|Pkw|Wagen|Kleintransporter|Transporter|Lkw|Lastwagen|"
            r"Sattelzug|Kleinbus|Bus|Fernreisebus|Boot|Schlauchboot|Schiff|Kutter|Van|"
            r"Sprinter|Lieferwagen|Kastenwagen|Wohnmobil|Zug|Güterzug)\w*\b<GAP>"
            r"\b(?:angehalten|gestoppt|abgefangen|aufgebracht)\b(?!\s*,)<DONE>|"
            r"\bhielt(?:en)?\b(?:(?!\b(?:nicht|kein\w*)\b)[^.,;]){0,60}?\b(?:Fahrzeug|Auto|"
            r"Pkw|Wagen|Kleintransporter|Transporter|Lkw|Lastwagen|Sattelzug|Kleinbus|Bus|"
            r"Fernreisebus|Boot|Schiff|Van|Sprinter|Lieferwagen|Kastenwagen|Wohnmobil)\w*\b"
            r"[^.,;]{0,60}?\ban\s*(?:[.,;!]|und\b|$)|"
            r"\b(?:Migranten|Flüchtlinge|Geflüchtete|Personen|Menschen|Ausländer|"
            r"Asylsuchende|Schutzsuchende|Asylbewerber)\b<GAP>\baufgegriffen\b<DONE>|"
            r"<HEAD>aufgegriffen\b<DONE>|"
            r"\bentdeckten?\s+(?:<NUM>\s+|mehrere\s+|weitere\s+)(?:\w+\s+)?(?:Migranten|"
            r"Menschen|Personen|Flüchtlinge|Geflüchtete)\b|"
            r"\bSchleusungen?\b<GAP>\b(?:aufgedeckt|unterbunden|verhindert|vereitelt|"
            r"registriert|festgestellt)\b<DONE>|"
            r"\b(?:registrierte|registrierten|verhinderte|verhinderten|vereitelte|vereitelten)"
            r"\b<GAP>\bSchleusung"
        ),
        # "in Abschiebungshaft genommen", "sitzt in Abschiebehaft", "der Ausländerbehörde
        # übergeben": custody of people who are not suspects
        "detention": (
            r"\b(?:wurde|wurden|worden|sitzt|sitzen|saß|saßen|befindet sich|befinden sich|"
            r"befand sich|befanden sich|kam|kamen|kommt|kommen)\b<GAP>\bin\s+(?:die\s+|den\s+)?"
            r"(?:(?:Abschiebungs|Abschiebe|Schub|Zurückweisungs|Zurückschiebungs)haft|"
            r"Ausreisegewahrsam)\b|"
            r"\b(?:Abschiebungs|Abschiebe|Schub|Zurückweisungs)haft\b<GAP>\b(?:angeordnet|"
            r"verhängt)\b<DONE>|"
            r"\b(?:der|an die)\s+(?:zuständigen\s+)?Ausländerbehörde\w*\s+(?:übergeben|"
            r"überstellt|zugeführt)\b<DONE>"
            # people taken to a police detention centre (Austria's "Polizeianhaltezentrum")
            # (rules.CUSTODY_CENTRE_DE)
            r"|(?#custody-centre)\b(?:brachten|brachte|gebracht|eingeliefert|überstellt)\b<GAP>"
            r"\b(?:Polizei)?anhaltezentr\w*|\b(?:Polizei)?anhaltezentr\w*\b<GAP>\b(?:gebracht|"
            r"eingeliefert|überstellt)\b"
        ),
        # "wurde abgeschoben", "14 Afghanen abgeschoben", "schob 20 Straftäter ... ab",
        # "wiesen sie zurück nach Österreich", "Abschiebung vollzogen"
        "deportation": (
            r"<AUX>(?:abgeschoben|ausgeschafft|zurückgeschoben|rückgeführt)\b<DONE>|"
            r"(?<!nicht )\b(?:abgeschoben|ausgeschafft|zurückgeschoben|rückgeführt)<WAS>|"
            r"<HEAD>(?:abgeschoben|ausgeschafft|zurückgeschoben)\b<DONE>|"
            r"\bschob(?:en)?\b<GAP>\b(?:<NUM>|ihn|sie|Menschen|Personen|Migranten|Flüchtlinge|"
            r"Asylbewerber|Straftäter|Gefährder|Ausreisepflichtige)\b<GAP>\bab\s*(?:[.,;!]|"
            r"und\b|$)|"
            r"\bwies(?:en)?\b<GAP>\bzurück\s+(?:nach|in)\s+\w+|"
            r"\bAbschiebung\w*\b<GAP>\b(?:vollzogen|durchgeführt|erfolgte|erfolgten)\b<DONE>|"
            r"\ban der Grenze\b<GAP>\bzurückgewiesen\b<DONE>"
        ),
        # "wurde ausgeliefert" in a sentence about a suspect or the authorities (not goods
        # delivered), "an die deutschen Behörden überstellt", "Auslieferung erfolgte"
        "extradition": (
            r"^(?=.*\b(?:Auslieferung\w*|Behörden|Justiz|Haftbefehl|Staatsanwaltschaft|"
            r"mutmaßlich\w*|verdächtig\w*|Tatverdächtig\w*|Gesuchte\w*|Beschuldigt\w*|"
            r"Angeklagt\w*|\w*jährige\w*|Flüchtig\w*|Interpol|Europol)\b)(?!.*\b(?:Kunden|"
            r"Ware|Waren|Pakete?|Lieferung\w*|Bestellung\w*)\b).*?"
            r"(?:<AUX>ausgeliefert\b<DONE>|(?<!nicht )\bausgeliefert<WAS>|"
            r"<HEAD>ausgeliefert\b<DONE>)|"
            r"\ban\s+(?:die\s+)?(?:\w+\s+)?(?:Behörden|Justiz)\s+(?:\w+\s+)?überstellt\b<DONE>|"
            r"\bAuslieferung\b<GAP>\b(?:erfolgte|vollzogen|durchgeführt)\b<DONE>"
        ),
        # "wurde freigelassen", "auf freien Fuß gesetzt", "aus der Haft entlassen",
        # "Haftbefehl außer Vollzug gesetzt", "ist wieder auf freiem Fuß", "kam frei"
        "release": (
            r"<AUX>(?:freigelassen|auf freien Fuß gesetzt|aus der (?:Untersuchungs|U-|"
            r"Auslieferungs|Abschiebungs)?haft entlassen|aus dem Gefängnis entlassen|"
            r"außer Vollzug gesetzt)\b<DONE>|"
            r"(?<!nicht )\b(?:freigelassen|auf freien Fuß gesetzt|außer Vollzug gesetzt)<WAS>|"
            r"<HEAD>freigelassen\b<DONE>|"
            # "Der andere Mann durfte gehen", "durften wieder nach Hause gehen"
            r"\bdurften?\s+(?:(?!nicht\b|kein\w*\b|nie\b)\w+\s+){0,2}?(?:gehen|nach\s+Hause)\b|"
            r"\b(?:ist|sind|befindet sich|befinden sich|war|waren)\s+(?:\w+\s+){0,2}?"
            r"wieder auf freiem Fuß\b|"
            r"\bkam(?:en)?\b(?:(?!\b(?:nicht|kein\w*)\b)[^.,;]){0,40}?\b(?:frei|auf freien Fuß)"
            r"\s*(?:[.,;!]|$)|"
            r"\b(?:erhielt|erhielten|bekam|bekamen)\s+(?:\w+\s+)?Haftverschonung\b|"
            # "konnten erste Tatverdächtige auf freien Fuß gesetzt werden" (could be, so
            # were, as the arrest's "konnte ... festgenommen werden")
            r"\bkonnten?\b<GAP>\b(?:freigelassen|auf freien Fuß gesetzt|aus der \w*haft "
            r"entlassen)\s+werden\b"
        ),
        # accounts, channels, websites ... "abgeschaltet", "gesperrt", "vom Netz genommen"
        "takedown": (
            r"\b(?:Accounts?|Nutzerkonten|Online-Konten|Social-Media-Konten|Profile|Kanäle|"
            r"Kanal|Telegram-\w+|Chatgruppen|Webseiten|Websites?|Internetseiten|Onlineshops?|"
            r"Online-Shops?|Domains?|Server|Plattform(?:en)?|Marktpl(?:atz|ätze)|"
            r"Darknet-\w+|Foren|Forum|Beiträge|Posts|Videos|Inhalte)\b<GAP>\b(?:abgeschaltet|"
            r"gesperrt|gelöscht|deaktiviert|vom Netz genommen|offline genommen|stillgelegt|"
            r"geschlossen|entfernt|beschlagnahmt)\b<DONE>|"
            r"\b(?:schalteten|schaltete|nahm|nahmen)\b<GAP>\b(?:Accounts?|Profile|Kanäle|"
            r"Kanal|Telegram-\w+|Webseiten|Websites?|Internetseiten|Domains?|Server|"
            r"Plattform(?:en)?|Marktpl(?:atz|ätze)|Darknet-\w+|Foren|Forum)\b<GAP>"
            r"\b(?:ab|vom Netz)\b"
        ),
    }.items()
}

# A warrant names an arrest without reporting one ("Haftbefehl erlassen"): words for
# an arrest inside these do not count, unless it was carried out ("vollstreckt", "in
# Vollzug gesetzt", "setzte den Haftbefehl in Vollzug"; "außer Vollzug" suspends it).
WARRANTS = r"\b\w*[Hh]aftbefehl\w*\b|\bFestnahmeersuchen\b|\bzur Festnahme ausgeschrieben\b"
WARRANT_EXECUTED = r"\bvollstreck\w*|\bvollzogen\b|(?<!außer )\bin Vollzug\b"
# What an interception stops (SPEC: a vehicle, vessel or crossing stopped, people
# found concealed): an interception only the model reports must name one of these.
INTERCEPTED = r"\b(?:\w*(?:fahrzeug|wagen|transporter|lkw|lastwagen|bus|zug|boot|schiff)\w*|Pkw|Auto\w*|Grenzübertritt\w*|Migrant\w*|Personen|Menschen|Männer|Frauen|Kinder|Insassen|Fahrgäste|Passagiere|Fahrer\w*|Geschleuste\w*|Flüchtling\w*)"
# Checks, as words for an interception, and what makes a check one of a vehicle, vessel or crossing
# (a vehicle, a vessel, a driver or passengers, a road, a border, a port, an airport, a station;
# rules.PEOPLE_CHECKED_INTL): a check in a sentence naming none of these stops nothing.
CHECKS = r"\w*kontroll\w*|(?:ü|ue)berpr(?:ü|ue)f\w*"
CHECKED_CONVEYANCE = r"\b\w*(?:fahrzeug|wagen|transporter|lkw|lastwagen|bus|boot|schiff|lenker|fahrer|grenz|flughafen|verkehr|autobahn|motorr(?:a|ä)d|bahn|fähre|faehre|zoll|flugzeug|reisende|rastst|rastplatz|anhänger|wohnmobil|taxi|alkohol|bundesstra|landstra)\w*|\bHafen\w*|\bZ(?:ug|üge|ügen|uges)\b|(?<!\bim )\bZuge\b|\w+zug\b|\bPkw\w*|\bKfz\b|\bICE\b|\bEurocity\b|Schleierfahndung|\bSprinter\b|\bAuto(?!r|nom|mat)\w*|\bInsassen\b|\bFahrg(?:ä|ae)ste\b|\bPassagier\w*"
# The presumption of innocence: a disclaimer that reports no action, whatever words for
# one it holds ("the defendants are presumed innocent until proven guilty").
PRESUMPTION = r"Unschuldsvermutung|als unschuldig"
# What a charging document says, told as its content ("According to the indictment, ..."):
# the allegations, not actions that happened, unless the sentence reports one in so many
# words (the rule net).
ALLEGED_SOURCE = r"\blaut (?:der )?Anklage(?:schrift)?\b|\bder Anklage(?:schrift)? zufolge\b"
# "Last year" beside a month or a day that names no year ("in June last year"): that
# month of the year before the publication's.
LAST_YEAR = r"\b(?:vergangenen|letzten|vorigen) Jahres\b|\b(?:im )?(?:vergangenen|letzten|vorigen) Jahr\b|\bVorjahr(?:es)?\b"
# A weekday written as one word with the time of day ("woensdagavond", "Dienstagabend"):
# the weekday (group 1) is what dates it.
_WEEKDAYS = r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
WEEKDAY_COMPOUND = rf"\b({_WEEKDAYS})(?:abend|morgen|mittag|nachmittag|vormittag|nacht|früh)\b"
# Words that make the people held suspects (of smuggling, trafficking ...), not migrants
# held: their custody is an arrest.
SUSPECTS = r"\b(?:Verdacht\w*|verdächtig\w*|Tatverdächtig\w*|Beschuldigt\w*|Schleuser\w*|Schlepper\w*|Untersuchungshaft|U-Haft)\b"

# Demonstratives: an action named after one points back to one told before ("diese Festnahmen", "bei dieser Durchsuchung").
DEMONSTRATIVE = r"diese|dieser|dieses|diesen|diesem|jene|jener|jenes|jenen|jenem"

# People, as counted in an interception ("insgesamt 22 Menschen entdeckt"): the people found or stopped are its
# count, not the vessel or vehicle.
PEOPLE = r"Menschen|Personen|Migranten|Flüchtlinge|Geschleuste|Geschleusten|Männer|Frauen|Kinder|Insassen|Passagiere"
# More words for people held or moved across a border, read with PEOPLE (events.PEOPLE_MORE).
PEOPLE_MORE = r"Ausländer|Asylbewerber|Asylsuchende|Asylsuchenden|Schutzsuchende|Schutzsuchenden"

# "Not only ... but also" affirms what follows it ("hat nicht nur den Fahrer festgenommen, sondern auch ..."): no denial.
NOT_ONLY = r"nicht nur|nicht bloß|nicht allein"

# Possessives: an action named after one ("sein ...") tells more of one told before.
POSSESSIVE = r"sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren"

# A preposition of time and a definite article: an action named after them ("Nach der Festnahme wurde ...", "bei den
# Durchsuchungen") tells more of one told before (rules.AFTER_THE_BACK_INTL).
AFTER_THE = r"nach der|nach den|nach dem|bei der|bei den|bei dem|beim|seit der|seit den|seit dem|vor der|während der|im Zuge der|infolge der"
# "Besides the" and an action's noun ("neben der Festnahme des Fahrers"): the action told before, as after AFTER_THE
# (rules.BESIDES_THE_BACK).
BESIDES_THE = r"neben der|neben den|neben dem"

# Words for "both": two people ("Die beiden mutmaßlichen Schleuser wurden festgenommen").
BOTH = r"beiden?"

# A weekday said to be past: "vergangenen Montag" in a text of a Monday is a week earlier.
LAST_WEEKDAY = r"vergangenen?|letzten?|vorigen?"

# Ages of the people acted on ("ein 34-Jähriger", "zwei Männer im Alter von 31 und 49
# Jahren") and words that tell of more people than those told before ("drei weitere
# Männer", "ein zweiter Verdächtiger"): the next sentence with the same count and other
# ages or other people is another action.
AGES = r"\b\d{1,2}-[Jj]ährige[nrm]?\b|\b\d{1,2} Jahre alte[nrm]?\b|\bim Alter von \d{1,2}(?: und \d{1,2})? Jahren\b"
OTHERS = r"weitere[nrms]?|andere[nrms]?|zweite[nrms]?|dritte[nrms]?|vierte[nrms]?"

# What was seized, named again at the head of a sentence with no number of its own ("Die
# Drogen wurden sichergestellt"): the seizure told before.
GOODS_BACK = (
    r"^\W*(?:Die|Das|Der|Diese[srn]?|Sämtliche)\s+(?:\w+\s+){0,2}?(?:Drogen|Betäubungsmittel|"
    r"Rauschgift|Kokain|Heroin|Marihuana|Cannabis|Zigaretten|Waffen?|Fahrzeuge?|Autos?|"
    r"Ware|Waren|Bargeld|Geld|Päckchen|Beweismittel|Schmuggelware|Ladung)\b"
)

# Action nouns that report the action with the number of what they acted on
# ("<noun> of 40 kilos", "12 <nouns>"): rules.ACTION_NOUN_NUMBER.
# Words for seized goods in general ("la drogue", "die Ware", "el alijo"): a later seizure
# naming one names the goods already told (events.SEIZURE_TOLD_AGAIN_INTL).
SEIZED_GOODS = r"\b(?:Drogen|Betäubungsmittel|Rauschgift|Ware|Waren|Ladung|Schmuggelware|Fund)\b"
ACTION_NOUNS: dict[str, str] = {
    "arrest": r"Festnahmen|Verhaftungen",
    "seizure": r"Sicherstellung|Beschlagnahme|Beschlagnahmung",
    "search": r"(?:Haus)?[Dd]urchsuchungen",
}
NOUN_OF = r"von"
ABOUT = r"mehr als|über|rund|etwa|knapp|fast|mindestens"

# The most the law allows: a sentence or penalty only the model reads, in a sentence that names
# one, is not a penalty passed (rules.is_maximum, as in English).
MAXIMUM = r"\b(?:Höchststrafe\w*|Höchstmaß|maximal\w*|bis zu|drohen|droht|drohte)\b"
# The least the law allows ("liegt die Mindeststrafe bei fünf Jahren"): read as MAXIMUM
# is (rules.MINIMUM_IS_LAW).
MINIMUM = r"\bMindest(?:strafe|freiheitsstrafe|maß)\w*"
# "Up to" alone among MAXIMUM's words, and verbs of a penalty passed or received: a
# sentence with only that cue and one of these words or a conviction's tells penalties
# passed, up to the longest ("Geldstrafen von bis zu 2.500 Euro", rules.UP_TO_PASSED_INTL).
UP_TO = r"\bbis zu\b"
PASSED_VERB = (
    r"\b(?:bekam|bekamen|erhielt|erhielten|verhängte|verhängten|verhängt|kassiert\w*|sprach|"
    r"ausgesprochen)\b"
)
# What the law can or provides for ("können ... verhängt werden", "prévoit"): beside UP_TO,
# the law's maximum, whatever verb of passing the sentence has.
LAW_CAN = r"\b(?:kann|können|möglich|vorgesehen|sieht|Strafrahmen)\b"


# The types of action the model alone found that are asked about again by default
# (extraction.confirmed_types, where the measurement is).
CONFIRM: tuple[str, ...] = ("seizure", "interception", "detention", "deportation", "extradition")

# Words after a number that say it counts no goods (see the English NOT_GOODS).
NOT_GOODS = (
    r"Jahre?n?|Jahres|Monate?n?|Wochen?|Tage?n?|Stunden?|Uhr|Minuten?|Mal|Prozent|"
    r"Fälle|Fällen|Fall|Festnahmen|Durchsuchungen|Verdächtige|Tatverdächtige|"
    r"Beschuldigte|Angeklagte|Beamte|Beamten|Polizisten|Einsatzkräfte|Objekte|"
    r"Wohnungen|Adressen|Kilometer|Meter|km|weitere|weiteren|neue|Januar|Februar|März|"
    r"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
# Words that end the name of the goods after a number ("5 vehicles and 3 phones").
GOODS_END = (
    r"und|oder|in|im|am|an|auf|aus|von|vom|mit|bei|für|der|die|das|den|dem|des|wurden|"
    r"waren|sind|sowie|sicher|fest|sichergestellt|beschlagnahmt|gefunden|entdeckt|"
    r"aufgefunden|geschmuggelt"
)
# An action told as the day after the one before ("Am nächsten Tag ...").
DAY_AFTER = r"^\W*(?:am\s+(?:nächsten|folgenden)\s+(?:Tag|Morgen|Abend)|tags\s+darauf|einen\s+Tag\s+später)\b"
# The night before publication ("la nuit dernière"), read as the day before (lower case).
LAST_NIGHT = r"\b(?:vergangene[n]?|letzte[n]?) nacht\b|\bgestern (?:abend|nacht)\b"


# People already counted, referred back to ("the suspects", "they"): an uncounted action
# on them counts as many as the nearest counted action on people before it.
PLURAL_BACK = (
    r"\b(?:[Dd]ie|[Bb]eide|[Bb]eiden|[Aa]lle)\s+(?:(?!(?:anderen|übrigen)\b)\w+\s+)?(?:Beschuldigten|Männer|Frauen|"
    r"Verdächtigen|Tatverdächtigen|Angeklagten|Festgenommenen|Schleuser|Täter|Personen|"
    r"Brüder)\b|\b[Ss]ie\s+(?:wurden|sind|waren|seien)\b"
)


# More ways a sentence tells of one person, read after merging in every sentence of an
# uncounted action on people (the action's one subject or object, a verb in the singular).
SINGULAR_MORE = (
    r"\b(?:[Ee]in|[Dd]as)\s+(?:\w+\s+)?(?:Mitglied|Bandenmitglied|Mädchen)\b|"
    r"\bist\s+(?:[^.;:]{0,80}?\s)?\w+\s+worden\b|\b(?:erhielt|bekam)\b"
)


# Factuality: words that make an action a habit, not one action that happened ("the police
# regularly arrest smugglers at the border"): an answer whose every word for its action
# stands in a clause with one of them is dropped.
HABITUAL = r"regelm[äa](?:ß|ss)ig|h[äa]ufig|oft|immer wieder|gew[öo]hnlich|[üu]blicherweise|normalerweise|in der Regel"


# A penalty passed, told with a modal ("muss für drei Jahre ins Gefängnis", "moet twee jaar
# de cel in", "dovrà scontare", "devra purger"): a sentence or conviction, not a possible one.
MUST_SERVE = (
    r"\b(?:muss|müssen|musste|mussten)\b[^.;:]{0,60}?\b(?:ins Gefängnis|in Haft|hinter Gitter|in den Knast)\b"
    # "muss eine Freiheitsstrafe von zwei Jahren und neun Monaten verbüßen" (session 43)
    r"|\b(?:muss|müssen|musste|mussten)\b(?:(?!bis zu)[^.;:]){0,80}?\b(?:verb[üu](?:ß|ss)en|"
    r"absitzen)\b"
)


# "The same day", "am selben Tag": an action on the day of the action told before it.
SAME_DAY = r"\b(?:[Aa]m\s+(?:selben|gleichen)\s+(?:Tag|Abend|Morgen)|[Ii]n\s+der\s+(?:selben|gleichen)\s+Nacht|[Ii]n\s+derselben\s+Nacht)\b"


# The word after a list of ages ("die 39, 41 und 55 Jahre alten Angeklagten"): as many
# people as ages.
AGE_UNIT = r"Jahre(?:n)?"

# The day before yesterday (normalize.relative_day: the publication day less two).
DAY_BEFORE_YESTERDAY = r"vorgestern"
# Yesterday and today as adjectives ("bei der gestrigen Kontrolle", "die heutige
# Durchsuchung"), which dateparser does not know, read as the adverbs (L339).
# Before a weekday the weekday tells the day already ("am gestrigen Mittwoch").
_NO_WEEKDAY = rf"(?!\s+(?:{_WEEKDAYS})\b)"
DAY_ADJECTIVES = (
    (rf"\b(?:am\s+)?gestrig(?:e[nmrs]?)?\b{_NO_WEEKDAY}", "gestern"),
    # "heutig" also means present-day ("nach heutigem Kenntnisstand", "im heutigen
    # Kosovo"): only before a time of day or a police action
    (
        r"\b(?:am\s+)?heutig(?:e[nmrs]?)?\b(?=\s+(?:Tag(?:es)?|Morgen|Vormittag|Mittag|"
        r"Nachmittag|Abend|Nacht|Einsatz(?:es)?|Kontroll\w*|Durchsuchung\w*|Maßnahme\w*|Aktion\w*|"
        r"Razzia\w*|Festnahme\w*)\b)",
        "heute",
    ),
)
# Last week, beside a weekday ("Tuesday of last week"): that weekday in the week before the
# publication's (normalize.relative_day).
LAST_WEEK = r"(?:der\s+)?(?:vergangenen|letzten|vorigen)\s+Woche|vergangener\s+Woche|letzter\s+Woche|voriger\s+Woche|der\s+Vorwoche"

# Opens a part of those just counted ("15 arrested, of whom 4 ..."): a number after it is no
# count of the action before it (events.SUBSET_AFTER).
SUBSET = r"davon|darunter|von denen"

# A country's adjective beside a word for its authorities ("die österreichische Polizei")
# says where the action took place (normalize.intl_locative_countries; as English's
# AUTHORITY_ADJECTIVES). Keys are patterns of the adjective's forms, matched whole.
AUTHORITY_NOUNS = r"Polizei|Bundespolizei|Behörden|Justiz|Zoll|Zollbehörden|Grenzschutz|Grenzpolizei|Staatsanwaltschaft|Küstenwache|Ermittler|Gerichte?"
# Where the adjective stands: "before" or "after" the authority's word.
AUTHORITY_ADJECTIVE_SIDE = "before"
COUNTRY_ADJECTIVES = {
    r"deutsch\w*": "DE",
    r"österreichisch\w*": "AT",
    r"schweizer\w*|schweizerisch\w*": "CH",
    r"belgisch\w*": "BE",
    r"niederländisch\w*|holländisch\w*": "NL",
    r"französisch\w*": "FR",
    r"italienisch\w*": "IT",
    r"spanisch\w*": "ES",
    r"polnisch\w*": "PL",
    r"tschechisch\w*": "CZ",
    r"ungarisch\w*": "HU",
    r"dänisch\w*": "DK",
    r"luxemburgisch\w*": "LU",
    r"britisch\w*": "GB",
    r"griechisch\w*": "GR",
    r"türkisch\w*": "TR",
    r"serbisch\w*": "RS",
    r"kroatisch\w*": "HR",
    r"slowenisch\w*": "SI",
    r"slowakisch\w*": "SK",
    r"rumänisch\w*": "RO",
    r"bulgarisch\w*": "BG",
    r"albanisch\w*": "AL",
    r"kosovarisch\w*": "XK",
    r"bosnisch\w*": "BA",
    r"schwedisch\w*": "SE",
    r"norwegisch\w*": "NO",
    r"portugiesisch\w*": "PT",
    r"liechtensteinisch\w*": "LI",
    r"amerikanisch\w*|us-amerikanisch\w*": "US",
    r"marokkanisch\w*": "MA",
}

# About so many ("une vingtaine de personnes"): no count, and its article is no "one"
# (events.APPROXIMATE_NO_COUNT).
APPROXIMATE = r"Dutzend\w*|Hunderte|Tausende"

# Last month (normalize.relative_period: the month before publication, for an action dated
# from elsewhere).
LAST_MONTH = r"\b(?:im )?(?:vergangenen|letzten|vorigen) Monat\b|\bVormonat\b"

# Officers: a number before one counts those who acted, not those acted on
# (events.OFFICERS_NOT_COUNTED).
OFFICERS = r"Beamte\w*|Polizisten|Polizeibeamte\w*|Einsatzkr[äa]fte\w*|Ermittler\w*|Kr[äa]fte\w*|Zollbeamte\w*|Grenzw[äa]chter\w*|Soldaten"

# One of a round number ("une centaine de migrants"): that number, as "about 100" counts 100
# (events.ROUND_NUMBERS; the plural, "des centaines", counts no one).
APPROXIMATE_VALUES = {"dutzend": 12}

# Auxiliaries of the passive: officers told before one are those acted on, not those who
# acted (events.officers_before).
PASSIVE_AUX = r"wurden|wurde|worden|werden|wird|sind|ist"


# Days or weeks counted back from the publication ("vor zwei Tagen", "vor einer Woche"): groups n (the number),
# d (days), w (weeks), f (a fortnight); AGO_NUMBERS gives the number words' values.
AGO = r"\bvor\s+(?P<n>\d{1,2}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?:(?P<d>Tag(?:en)?)|(?P<w>Wochen?))\b"
AGO_NUMBERS = {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10}  # fmt: skip

# The countries where the language is an official language: a town name several
# countries share is read as one of theirs (places.SPOKEN_FIRST).
SPOKEN_IN = ("DE", "AT", "CH", "LI", "LU")

# An action told as some days after, or before, the one before it ("Zwei Tage später",
# "Drei Tage zuvor"): events.DAYS_SHIFTED. The group "n" is the number of days.
DAYS_LATER = r"^\W*(?P<n>\w+)\s+Tage\s+(?:später|danach)\b"
DAYS_EARLIER = r"^\W*(?P<n>\w+)\s+Tage\s+(?:zuvor|vorher|davor|früher)\b"

# An action told as the day before the day given before it (events.DAY_BEFORE_SHIFT):
# "The night before, officers chased and arrested three men".
DAY_BEFORE = r"^\W*(?:am\s+(?:Vortag|Vorabend|Tag\s+zuvor|Abend\s+zuvor)|tags\s+zuvor|einen\s+Tag\s+(?:zuvor|früher))\b"

# A seizure told again (events.GOODS_PART_BACK, SEIZED_ALSO; switched together by
# events.SEIZURE_BACK_INTL): the value or a part of the goods told before ("Der
# Straßenverkaufswert der Drogen liegt bei ...", "Ein Teil der Zigaretten ..."), and more
# goods of the same action ("Außerdem wurden zwei Handys sichergestellt", "sowie").
GOODS_PART_BACK = (
    r"^\W*(?:(?:Der|Dessen|Deren|Ihr)\s+(?:\w+\s+){0,2}?\w*(?:wert|Wert)\s+(?:der|des|dieser|"
    r"von)\b|(?:Ein\s+Teil|Einige|Die\s+meisten)\s+(?:der|des|dieser)\b)"
)
SEIZED_ALSO = (
    r"\b(?:auch|außerdem|zudem|ebenfalls|darüber\s+hinaus|weiterhin)\b(?:\W+\w+){0,8}?\W+"
    r"(?:sichergestellt|beschlagnahmt|gefunden|entdeckt|aufgefunden)|\bsowie\b"
)

# A fine's noun after a number ("una multa", written "1 multa" when counted): a penalty, no
# count of people (events.FINE_NOT_A_COUNT).
FINE_NOUNS = r"Geldstrafen?|Geldbu(?:ß|ss)en?"

# A year of birth ("Jahrgang 1990", "geboren 1985", "geb. am 3. März 1985"): no date of the
# action (normalize.BIRTH_YEARS_NO_DATE).
BIRTH_YEAR = (
    r"\b(?:Jahrgang|geboren|geb\.)\s+(?:(?:am|im|in)\s+)?(?:[\w.,/-]+\s+){0,2}?(?:19|20)\d{2}\b"
)

# A man and a woman: two people ("ein Mann und eine Frau wurden festgenommen";
# extraction.PAIR_INTL).
PAIR = r"\b(?:ein|einen|der|den)\s+Mann\s+und\s+(?:eine|die)\s+Frau\b|\b(?:eine|die)\s+Frau\s+und\s+(?:ein|einen|der|den)\s+Mann\b"
# One and another told apart ("eine Durchsuchung in Jena und eine weitere in Gera"): two, the other's noun
# left out and its place named, the clause ending there (every German noun has a capital:
# "und ein anderer am Tatort verletzt" is someone else) (extraction.ONE_AND_ANOTHER).
ONE_AND_ANOTHER = r"\b(?:und|sowie)\s+(?:ein(?:e[nmr]?)?\s+)?(?:weitere[nmrs]?|andere[nmrs]?)\s+(?:in|im|bei|an|am|auf)\s+(?:(?:der|dem|den)\s+)?(?-i:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)\s*(?:[.;]|$)"

# Things online: a seizure of them ("28 Webseiten beschlagnahmt") is a takedown
# (rules.ONLINE_SEIZED); servers are goods.
ONLINE = (
    r"\b(?:Webseiten|Websites?|Internetseiten|Domains?|Konten|Accounts?|Telegram-Kanäle|Kanäle)\b"
)


# A penalty told only as a sum ("eine Strafe nach dem Ausländerbeschäftigungsgesetz in Höhe
# von 2.400 Euro", "Verwaltungsstrafen - und zwar in der Höhe von rund 100.000 Euro"): a
# fine, not a term (rules.MONEY_PENALTY_INTL). Not "Strafantrag", a motion.
MONEY_PENALTY = (
    r"\b\w*[Ss]trafen?\b[^.;]{0,80}?\bin\s+(?:der\s+)?H(?:ö|oe)he\s+von\s+(?:rund\s+|etwa\s+|"
    r"insgesamt\s+|über\s+|knapp\s+|mehr\s+als\s+)?\d[\d.,']*\s*(?:Euro|€|EUR|Franken|CHF)\b"
)


# The sentence already passed as a sentence's subject, its definite or possessive noun
# first (rules.SENTENCE_SUBJECT_BACK).
SENTENCE_SUBJECT = r"\W*(?:Die|Seine|Ihre)\s+(?:\w+\s+)?\w*[Ss]trafen?\s+(?:wurde|wurden|ist|sind|war|waren|wird|werden)\b"

# Sentence splitting (``text.sentences``, which joins every language's lists, since it runs
# before the language is known): short forms after which a full stop never ends a sentence
# (titles before a name, "Me Dupont", "Sig. Rossi"), and short forms after which it does not
# when a number follows ("ca. 20", "Nr. 3", "art. 416").
ABBREVIATIONS: tuple[str, ...] = (
    "Hr",
    "Prof",
    "bzw",
    "ggf",
    "evtl",
    "vgl",
    "z.B",
    "d.h",
    "v.a",
    "St",
)
NUMBER_ABBREVIATIONS: tuple[str, ...] = ("ca", "Nr", "Abs", "Art", "Ziff")

# Held under the law on aliens, not as suspects of a crime: a detention (rules.
# STATUS_HELD_INTL): "nach dem Fremdenpolizeigesetz festgenommen".
HELD_AS_MIGRANT = r"\bnach\s+dem\s+Fremden(?:polizei)?gesetz|\bfremdenrechtlich\w*|\bnach\s+dem\s+Aufenthaltsgesetz"

# People in general: a count told of them, then its parts, is a total (events.TOTAL_THEN_PARTS).
GENERIC_PEOPLE = r"Personen|Verdächtige\w*|Tatverdächtige\w*|Beschuldigte\w*|Migranten|Schlepper"
# Prepositions of direction: the country after one, right after a removal's word, is where
# people are sent (events.REMOVAL_DESTINATION_INTL).
DESTINATION = r"nach"
# Words of a journey: a place after one and a preposition of DESTINATION is where someone was
# going ("auf dem Weg nach Italien", "ein Flug nach Bangkok"), not where the text happens
# (events.TRAVEL_DESTINATION_INTL).
TRAVEL_TO = r"unterwegs|Weg|Flug|Reise|Weiterreise|Weiterfahrt|Fahrt"


# Words that give a number as the total of those acted on ("insgesamt elf Menschen", "en total
# 12 personas"): that number counts the action when it is larger (events.TOTAL_COUNT_INTL).
TOTAL = r"insgesamt"

# Words saying people were on a vessel or vehicle (extraction.PEOPLE_NEXT: the people a
# sentence after an interception counts on board are its count).
ABOARD = r"an\s+Bord"

# Words that open a part of a number of people just given ("3 personen, waarvan 1
# minderjarige"): the number before them is the whole (extraction.WHOLE_BEFORE_PART_INTL).
PART_OF = r"davon|darunter"

# Places searched, after a number, count a search (extraction.SEARCH_PLACES_COUNT):
# "sechs Wohnungen durchsucht", "Durchsuchungen in zwölf Objekten".
SEARCH_PLACES = (
    r"Wohnungen|Objekten?|Häusern?|Gebäuden?|Räumlichkeiten|Geschäftsräumen?|"
    r"Gewerbeeinheiten|Adressen|Orten?|Standorten?|Lokalen?|Betrieben?|Büros|Lagerhallen|"
    r"Anwesen|Liegenschaften|Wohnhäusern?|Firmen|Shisha-Bars|Bars|Geschäften?|Garagen"
)
