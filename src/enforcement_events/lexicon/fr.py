"""French words (France, Belgium, Switzerland) for selection and the rules' checks."""

# Stems of the words that can report an enforcement action: recall-first paragraph
# selection, used as r"\b(?:" + TRIGGERS + r")" with re.IGNORECASE.
TRIGGERS: str = (
    # arrest, police and customs custody, pre-trial custody
    r"interpell|arrest|arr[êe]t|appr[ée]hend|captur|rattrap|cueilli|[ée]pingl|"
    r"gardes? [àa] vue|garde-[àa]-vue|retenue douani|[ée]crou|incarc[ée]r|d[ée]ten|d[ée]tien|"
    r"priv[ée]e?s? de (?:sa |leur )?libert|mandat d['’]arr|mandat de d[ée]p[ôo]t|"
    r"sous les verrous|hors d['’][ée]tat de nuire|coup de filet|flagrant d[ée]lit|"
    r"[àa] (?:la )?disposition (?:du parquet|de la justice)|pr[ée]sent[ée]e?s? (?:au|[àa]|devant)|"
    # charge, conviction, sentence, fine
    r"mis(?:e|es)? en examen|inculp|d[ée]f[ée]r[ée]|renvo|poursui|accus|cit[ée]e?s? [àa] compar|"
    r"citation [àa] compar|traduit\w* (?:en justice|devant)|"
    r"condamn|coupable|culpabilit|reconnu\w* les faits|aveu|avou[ée]|verdict|"
    r"peines?\b|prison|emprisonn|r[ée]clusion|sursis|perp[ée]tuit|[ée]cop|ferme\b|"
    r"travaux? d['’]int[ée]r[êe]t|tig\b|[ée]lectronique|purger|derri[èe]re les barreaux|"
    r"amendes?\b|verbalis|contravention|confisc|confisqu|p[ée]nalit|sanction|astreinte|"
    r"transaction p[ée]nale|dommages|indemni|d[ée]dommag|pay[ée]|payer|paiement|vers[ée]|verser|"
    r"rembours|"
    # seizure, search, interception
    r"saisi|la main sur|scell[ée]|gel[ée]|gel des|fourri[èe]re|d[ée]couv|d[ée]couverte|trouv[ée]|retrouv|"
    r"r[ée]cup[ée]r|perquisition|fouill|descente|visite domiciliaire|inspect|ratiss|"
    r"intercept|arraisonn|contr[ôo]l|stopp|immobilis|d[ée]jou|emp[êe]ch|secour|sauv[ée]|"
    r"dissimul|cach[ée]|rep[ée]r[ée]|bloqu|"
    # detention, deportation, extradition, release
    r"r[ée]tention|retenu|cra\b|plac[ée]\w* en centre|zone d['’]attente|assign[ée]e?s? [àa] r[ée]sidence|pris\w* en charge|"
    r"expuls|reconduit|reconduite|itf\b|retours? forc|[ée]loign|rapatri|refoul|r[ée]admi|interdiction du territoire|"
    r"extrad|remis|remise|livr[ée]|transf[ée]r|transf[èe]rement|"
    r"lib[ée]r|relax|rel[âa]ch|libres?\b|contr[ôo]le judiciaire|caution|[ée]largi|"
    # takedown
    r"ferm[ée]e?s?\b|fermeture|supprim|suppression|retir[ée]|retrait|blocage|d[ée]sactiv|"
    r"suspendu|hors ligne|d[ée]r[ée]f[ée]renc|d[ée]mantel|d[ée]mant[èe]lement"
)

# What a sentence must say to report an event of each type (prefixed with r"\b").
TYPE_WORDS: dict[str, str] = {
    "arrest": (
        r"(?:interpell\w*|arrestations?\b|"
        r"arr[êe]t(?:é|e|ée|ee|és|es|ées|ees|er|ait|aient|ent|ons|ez|era|eront|èrent|erent)\b|"
        r"appr[ée]hend\w*|captur\w*|rattrap[ée]\w*|cueilli\w*|[ée]pingl[ée]\w*|"
        r"gardes? [àa] vue|garde-[àa]-vue|retenue douani[èe]re|[ée]crou[ée]\w*|"
        r"mis(?:e|es)? sous [ée]crou|incarc[ée]r\w*|d[ée]tention provisoire|"
        r"d[ée]tention pr[ée]ventive|plac[ée]\w* en d[ée]tention|maintenu\w* en d[ée]tention|"
        r"d[ée]tenu\w*|priv[ée]e?s? de (?:sa |leur )?libert[ée]|mandat d['’]arr[êe]t|"
        r"mandat de d[ée]p[ôo]t|sous les verrous|mis(?:e|es)? hors d['’][ée]tat de nuire|"
        r"coup de filet|mis(?:e|es)? en d[ée]tention|(?:pris|prise|prises) en flagrant d[ée]lit|"
        r"mis(?:e|es)? [àa] (?:la )?disposition (?:du parquet|de la justice))"
    ),
    "charge": (
        r"(?:mis(?:e|es)? en examen|inculp\w*|renvoy[ée]\w* devant|renvoi devant|"
        r"ordonnance de renvoi|poursuivi\w*|poursuites?\b|accus[ée]\w*|"
        r"mis(?:e|es)? en accusation|d[ée]f[ée]r[ée]\w*|cit[ée]\w* [àa] compara[îi]tre|"
        r"pr[ée]sent[ée]e?s? (?:au parquet|[àa] un juge|au juge|devant (?:un|le) juge)|"
        r"citation [àa] compara[îi]tre|traduit\w* (?:en justice|devant))"
    ),
    "conviction": (
        r"(?:condamn\w*|coupables?\b|culpabilit[ée]|reconnu\w* (?:les faits|sa culpabilit[ée])|"
        r"plaid[ée]\w* coupable|avou[ée]\w*|aveux|verdict)"
    ),
    "sentence": (
        r"(?:condamn\w*|peines?\b|prison\w*|emprisonn\w*|r[ée]clusion|incarc[ée]r\w*|sursis|"
        r"perp[ée]tuit[ée]|[ée]cop\w*|[ée]crou[ée]\w*|purger|d[ée]tention criminelle|"
        r"travaux? d['’]int[ée]r[êe]t g[ée]n[ée]ral|tig\b|bracelet [ée]lectronique|"
        r"surveillance [ée]lectronique|(?:ans?|mois) ferme|derri[èe]re les barreaux|"
        r"(?:ans?|ann[ée]es?|mois) de d[ée]tention)"
    ),
    "financial_penalty": (
        r"(?:amendes?\b|verbalis[ée]\w*|contraventions?\b|confiscation\w*|confisqu\w*|"
        r"p[ée]nalit[ée]\w*|sanctions? (?:financi[èe]re|p[ée]cuniaire)s?|sanctionn[ée]\w*|"
        r"astreintes?\b|transaction p[ée]nale|dommages[- ](?:et[- ])?int[ée]r[êe]ts|"
        r"indemni\w*|d[ée]dommag\w*|pay[ée]\w*|payer|paiement|vers[ée]\w*|verser|rembours\w*)"
    ),
    "seizure": (
        r"(?:saisi\w*|confisqu\w*|confiscation\w*|d[ée]couv\w*|(?:re)?trouv[ée]\w*|"
        r"mis\w* sous scell[ée]s|scell[ée]s|gel[ée]\w*|gel des|immobilis[ée]\w*|fourri[èe]re|"
        r"appr[ée]hend\w*|r[ée]cup[ée]r[ée]\w*|intercept\w*|la main sur)"
    ),
    "search": (
        r"(?:perquisition\w*|fouill\w*|descentes?\b|visites? domiciliaires?|inspect\w*|"
        r"contr[ôo]l\w*|ratiss\w*)"
    ),
    "interception": (
        r"(?:intercept\w*|arraisonn\w*|stopp[ée]\w*|contr[ôo]l\w*|d[ée]couv\w*|"
        r"(?:re)?trouv[ée]\w*|dissimul[ée]\w*|cach[ée]\w*|secour\w*|sauv[ée]\w*|"
        r"refoul[ée]\w*|emp[êe]ch[ée]\w*|d[ée]jou[ée]\w*|bloqu[ée]\w*|immobilis[ée]\w*|"
        r"rep[ée]r[ée]\w*|arr[êe]t[ée]e?s?\b|arr[êe]ter)"
    ),
    # people held who are not suspects: migrants, administrative (immigration) detention
    "detention": (
        r"(?:d[ée]ten\w*|d[ée]tien\w*|r[ée]tention\w*|retenu\w*|centre de r[ée]tention|cra\b|"
        r"plac[ée]\w* en (?:centre|zone d['’]attente|r[ée]tention)|zone d['’]attente|"
        r"remis\w* (?:aux|[àa] la|au|[àa] l['’])|pris\w* en charge|"
        r"assign[ée]\w* [àa] r[ée]sidence)"
    ),
    "deportation": (
        r"(?:expuls\w*|reconduit\w*|reconduite|[ée]loign[ée]\w*|[ée]loignement\w*|rapatri\w*|"
        r"refoul\w*|renvoy[ée]\w* (?:dans|vers|en|au|chez)|renvois? (?:dans|vers|en|au)|"
        r"r[ée]admis\w*|r[ée]admission\w*|remis\w* aux autorit[ée]s|"
        r"interdiction (?:d[ée]finitive )?du territoire|itf\b|retours? forc[ée]s?)"
    ),
    "extradition": (
        r"(?:extrad\w*|remis\w* (?:aux|[àa] la|au|[àa] l['’])|remise (?:aux|[àa] la|au|[àa] l['’])|"
        r"livr[ée]\w* (?:aux|[àa] la|au|[àa] l['’])|mandat d['’]arr[êe]t europ[ée]en|"
        r"transf[ée]r[ée]\w* (?:vers|en|aux|au)|transf[èe]rement)"
    ),
    "release": (
        r"(?:lib[ée]r[ée]\w*|lib[ée]ration\w*|lib[ée]rer|remis\w* en libert[ée]|"
        r"laiss[ée]\w* (?:en )?libres?|laiss[ée]\w* en libert[ée]|libres?\b|rel[âa]ch[ée]\w*|"
        r"sous contr[ôo]le judiciaire|caution|[ée]largi\w*|lev[ée]e d['’][ée]crou|"
        r"sorti\w* de prison)"
    ),
    # an action on accounts, pages, sites ... (either order in the sentence)
    "takedown": (
        r"(?:(?:ferm[ée]\w*|fermeture\w*|supprim[ée]\w*|suppression\w*|retir[ée]\w*|retrait\w*|"
        r"bloqu[ée]\w*|blocage\w*|d[ée]sactiv\w*|suspendu\w*|suspension\w*|mis\w* hors ligne|"
        r"hors ligne|d[ée]r[ée]f[ée]renc\w*|d[ée]mantel[ée]\w*|neutralis[ée]\w*)"
        r"(?=.*\b(?:comptes?|pages?|sites?|publications?|posts?|contenus?|vid[ée]os?|"
        r"cha[îi]nes?|canaux|canal|groupes?|annonces?|profils?|domaines?|plateformes?|"
        r"serveurs?|forums?|messages?)\b)|"
        r"(?:comptes?|pages?|sites?|publications?|posts?|contenus?|vid[ée]os?|cha[îi]nes?|"
        r"canaux|canal|groupes?|annonces?|profils?|domaines?|plateformes?|serveurs?|forums?|"
        r"messages?)\b.*\b(?:ferm[ée]\w*|fermeture\w*|supprim[ée]\w*|suppression\w*|"
        r"retir[ée]\w*|retrait\w*|bloqu[ée]\w*|blocage\w*|d[ée]sactiv\w*|suspendu\w*|"
        r"suspension\w*|hors ligne|d[ée]r[ée]f[ée]renc\w*|d[ée]mantel[ée]\w*|"
        r"neutralis[ée]\w*))"
    ),
}

# A request opens with a verb in the imperative (vous form, or the infinitive of
# written instructions): "Signalez tout ...", "Veuillez indiquer les ...". Forms that are
# also nouns ("liste", "note", "compte") are left out.
REQUEST_VERBS: frozenset[str] = frozenset(
    [
        "ajoutez",
        "ajouter",
        "affichez",
        "afficher",
        "appelez",
        "classez",
        "classer",
        "comptez",
        "compter",
        "considérez",
        "contactez",
        "contacter",
        "composez",
        "dites",
        "donnez",
        "donner",
        "écrivez",
        "ecrivez",
        "écrire",
        "enregistrez",
        "extrayez",
        "extraire",
        "ignorez",
        "ignorer",
        "imprimez",
        "incluez",
        "inclure",
        "indiquez",
        "indiquer",
        "inscrivez",
        "listez",
        "lister",
        "marquez",
        "marquer",
        "mentionnez",
        "notez",
        "noter",
        "oubliez",
        "oublier",
        "précisez",
        "remplacez",
        "remplacer",
        "renvoyez",
        "répondez",
        "repondez",
        "répondre",
        "résumez",
        "retournez",
        "signalez",
        "signaler",
        "traduisez",
        "traduire",
        "traitez",
        "traiter",
        "utilisez",
        "utiliser",
    ]
)
# The imperative's object or complement starts with one of these.
REQUEST_OBJECT_STARTS: frozenset[str] = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "au",
        "aux",
        "à",
        "en",
        "tout",
        "tous",
        "toute",
        "toutes",
        "chaque",
        "ce",
        "cet",
        "cette",
        "ces",
        "cela",
        "ceci",
        "ça",
        "rien",
        "aucun",
        "aucune",
        "uniquement",
        "seulement",
        "immédiatement",
        "votre",
        "vos",
        "mon",
        "ma",
        "mes",
        "notre",
        "nos",
        "moi",
        "nous",
        "leur",
        "leurs",
        "quoi",
    ]
)
# Words that soften a request: "Veuillez signaler ...", "Merci de lister ...".
REQUEST_SOFTENERS: frozenset[str] = frozenset(
    ["veuillez", "merci", "de", "svp", "stp", "maintenant", "également", "aussi", "plutôt"]
)


# One person and no number: "un homme", "le conducteur", "Il a été interpellé" (for the
# count of an arrest, a charge, a sentence ...).
SINGULAR = (
    r"\b(?:un|une|le|la|l['’])\s+(?:\w+\s+)?(?:homme|femme|individu|personne|jeune|"
    r"ressortissant|ressortissante|suspect|suspecte|passeur|conducteur|conductrice|chauffeur|"
    r"trafiquant|mineur|mineure|d[ée]tenu|pr[ée]venu|pr[ée]venue|pr[ée]sum[ée]|auteur|"
    r"\w+g[ée]naire|\w+enne)\b|^\W*(?:il|elle)\b|\b(?:a|avait) [ée]t[ée]\b|\bfut\b"
)

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
# "un an", "une peine": the word for one before a unit (text2num leaves it as a word).
ONE = r"un|une"
# Units of a custodial term, named by what they count.
TERM_UNITS = {"year": r"ans?|années?", "month": r"mois", "week": r"semaines?"}
# "deux ans et demi": half a unit more.
AND_A_HALF = r"et demie?"
# Fractions written as one word, replaced by digits before reading.
HALVES: dict[str, str] = {}
# Words just before a term that make it the law's maximum, not the sentence passed.
TERM_MAXIMUM = r"jusqu'à|jusqu’à|encourt|encourent|maximum|passibles?|risquent?"
# "1,2 million d'euros": scales and the currency names or codes after or before a sum.
MONEY_SCALES = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}
MONEY_LINK = r"d[e'’]|de"
CURRENCY_WORDS = {
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "livres sterling": "GBP",
    "livres": "GBP",
    "gbp": "GBP",
    "francs suisses": "CHF",
    "francs": "CHF",
    "chf": "CHF",
}
# What follows a number that counts no people: a term, an age, a weight, a sum, an hour.
NOT_A_COUNT = (
    r"ans?\b|années?|mois|semaines?|jours?|heures?|h\d|kg|kilos?|grammes?|g\b|tonnes?|"
    r"litres?|euros?|€|%|pour ?cent|millions?|milliards?|mille"
)
# Prepositions before a country where something happened: "en Espagne", "au Maroc".
LOCATIVE = r"en|au|aux|à|dans|vers"
# Prepositions before a country someone or something came from ("d'Espagne", "depuis le Maroc").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"la|le|les|l['’]"
ORIGIN = r"de|d['’]|du|des|depuis|hors de|en provenance d[eu'’]"
# Country names pycountry's translations miss, and agencies that name their country.
COUNTRY_ALIASES = {"Royaume-Uni": "GB", "Angleterre": "GB", "Grande-Bretagne": "GB"}
AGENCY_COUNTRIES = {
    "gendarmerie nationale": "FR",
    "police nationale": "FR",
    "douane française": "FR",
    "douanes françaises": "FR",
    "parquet national financier": "FR",
    "police fédérale": "BE",
    "parquet fédéral": "BE",
}
# Words that deny the action the next few words report ("n'a pas été interpellé").
NEGATORS = r"ne|n['’]|pas|jamais|aucune?|personne|sans|ni"
CLAUSE_BREAKS = r"[,;:]|\bmais\b|\bet\b|\bou\b|\bpuis\b|\bqui\b|\bdont\b"
