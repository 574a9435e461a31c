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

# "Détenu" after an article or a preposition joined to one is a noun, an inmate ("Un
# détenu de la prison de Fresnes a été expulsé", "les détenus de la maison d'arrêt"): no
# word for an arrest or a detention; "la détention" stays one. Filled in for <INMATE> in
# TYPE_WORDS (rules.INMATE_NOUN_INTL).
INMATE_NOUN = (
    r"(?!(?:"
    + "|".join(
        rf"(?<=\b{a})"
        for a in ("un ", "une ", "le ", "la ", "les ", "des ", "du ", "au ", "aux ", "ex-", "ex ")
        + ("l'", "l’", "ce ", "cet ", "cette ", "ces ", "deux ", "trois ", "quatre ", "cinq ")
        + ("plusieurs ", "quelques ", "autre ", "autres ", "aucun ", "chaque ")
    )
    + r")d[ée]tenue?s?\b)"
)

# Countries' names that are also given names ("Jordan Smith", "Maurizio Pellegrino"):
# followed by a surname, a person, no place (normalize.GIVEN_NAME_COUNTRIES).
GIVEN_NAME_COUNTRIES = r"maurice|jordan|chad|georgia|israel|india"

# What a sentence must say to report an event of each type (prefixed with r"\b").
TYPE_WORDS: dict[str, str] = {
    "arrest": (
        r"(?:interpell\w*|arrestations?\b|"
        r"arr[êe]t(?:é|e|ée|ee|és|es|ées|ees|er|ait|aient|ent|ons|ez|era|eront|èrent|erent)\b|"
        r"appr[ée]hend\w*|captur\w*|rattrap[ée]\w*|cueilli\w*|[ée]pingl[ée]\w*|"
        r"gardes? [àa] vue|garde-[àa]-vue|retenue douani[èe]re|[ée]crou[ée]\w*|"
        r"mis(?:e|es)? sous [ée]crou|incarc[ée]r\w*|d[ée]tention provisoire|"
        r"d[ée]tention pr[ée]ventive|plac[ée]\w* en d[ée]tention|maintenu\w* en d[ée]tention|"
        r"<INMATE>d[ée]tenu\w*|priv[ée]e?s? de (?:sa |leur )?libert[ée]|mandat d['’]arr[êe]t|"
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
        # "saisir" in its legal sense is no seizure: "a saisi le juge", "la justice a été
        # saisie de l'affaire", "saisi du dossier"
        r"(?:(?<!justice a été )(?<!parquet a été )(?<!juge a été )(?<!tribunal a été )"
        r"(?<!cour a été )saisi\w*\b(?!\s+(?:(?:le|la|les|l['’])\s*(?:juges?|justice|parquet|"
        r"tribunal|cour|procureure?|préfet|préfecture|conseil|commission|inspection|IGPN|"
        r"défenseur|ministre|médiateur|CNIL)\b|(?:de l['’](?:affaire|enquête)|du dossier|"
        r"des faits)\b))|confisqu\w*|confiscation\w*|d[ée]couv\w*|(?:re)?trouv[ée]\w*|"
        r"mis\w* sous scell[ée]s|scell[ée]s|gel[ée]\w*|gel des|immobilis[ée]\w*|fourri[èe]re|"
        r"appr[ée]hend\w*|r[ée]cup[ée]r[ée]\w*|intercept\w*|la main sur)"
    ),
    "search": (
        r"(?:perquisition\w*|fouill\w*|descentes?\b|visites? domiciliaires?|ratiss\w*|"
        r"investie?s?\b)"
    ),
    "interception": (
        r"(?:intercept\w*|arraisonn\w*|stopp[ée]\w*|contr[ôo]l\w*|d[ée]couv\w*|"
        r"(?:re)?trouv[ée]\w*|dissimul[ée]\w*|cach[ée]\w*|secour\w*|sauv[ée]\w*|"
        r"refoul[ée]\w*|emp[êe]ch[ée]\w*|d[ée]jou[ée]\w*|bloqu[ée]\w*|immobilis[ée]\w*|"
        r"rep[ée]r[ée]\w*|arr[êe]t[ée]e?s?\b|arr[êe]ter)"
    ),
    # people held who are not suspects: migrants, administrative (immigration) detention
    "detention": (
        r"(?:<INMATE>d[ée]ten\w*|d[ée]tien\w*|r[ée]tention\w*|retenu\w*|centre de r[ée]tention|cra\b|"
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

# The action's own word in the singular, when the sentence gives no number: a participle
# agrees with its subject ("interpellé", "condamnée"; "interpellés" is plural).
SINGULAR_WORD = r"\w+[ée]e?"


# Factuality: words that make an action possible, future, alleged or only reported
# ("pourrait être expulsé", "sera jugé", "aurait organisé", "risque dix ans").
MODAL = (
    r"\b(?:pourrait|pourraient|devrait|devraient|sera|seront|serait|seraient|aurait|"
    r"auraient|risque|risquent|encourt|encourent|pourra|pourront|devra|devront|"
    r"soupçonn[ée]e?s? d['’]avoir|accus[ée]e?s? d['’]avoir)\b"
)
# A word of possibility opening the sentence and followed straight by its verb
# (rules.HEDGE_OPENING_INTL): what that clause tells is only possible, even in words the
# rule net reads ("Peut-être que d'autres armes ont été saisies"); not a hedge on one phrase
# ("Vermutlich gestohlene Fahrräder wurden sichergestellt").
HEDGE_OPENING = r"Peut-être|Probablement|Possiblement|Vraisemblablement|Sans doute(?! possible)"
HEDGE_VERB = r"que|qu['’]|ont|a|sont|est|avait|avaient|était|étaient"
# A condition opening the clause of an action: it has not happened ("Si reconnus
# coupables", "s'ils sont condamnés"; rules.CONDITIONAL_INTL).
CONDITIONAL = r"(?:si|s['’]ils?|s['’]elles?|au cas où|en cas de)\b"
# A penalty asked for by the prosecution is not a penalty passed ("le parquet a requis").
DEMANDS = r"\b(?:requis|requiert|réquisitions?|réquisitoire|réclamé|réclame|demandé)\b"
# More ways to ask for a penalty (rules.DEMANDS_MORE_INTL): "a recommandé une peine de dix
# ans", "le parquet préconise".
DEMANDS_MORE = r"\b(?:recommandé|recommande|recommandait|préconisé|préconise|préconisait)\b"
# People who are not suspects: their custody is a detention, a suspect's an arrest.
MIGRANTS = (
    r"\b(?:migrants?|exilés?|clandestins?|sans-papiers|demandeurs? d['’]asile|réfugiés?|"
    r"en situation irrégulière|rétention|centre de rétention|zone d['’]attente)\b"
)

# Beside MIGRANTS, PEOPLE_MORE and the words for a removal: a document with none of these
# tells of no one held who is not a suspect (rules.HELD_NO_MIGRANTS_INTL).
NOT_SUSPECTS_DOC = r"\bimmigration\b|\bOQTF\b|\bdroit au séjour\b|\btitre de séjour\b"

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
# "un an", "une peine": the word for one before a unit (text2num leaves it as a word).
ONE = r"un|une"
# Units of a custodial term, named by what they count.
TERM_UNITS = {"year": r"ans?|années?", "month": r"mois", "week": r"semaines?"}
# A term told in days ("30 jours de prison"): read only when the text gives no other unit, and
# only beside a word for custody after the days (TERM_DAYS_AFTER) or before them
# (TERM_DAYS_BEFORE), so that days to appeal or to pay, and day-fines, are no term.
TERM_DAYS = r"jours?"
TERM_DAYS_AFTER = r"(?:de\s+|d['’])(?:prison|détention|emprisonnement|incarcération)\b|ferme\b"
TERM_DAYS_BEFORE = r"\b(?:peine|condamnée?s?|écopée?s?|écope(?:nt)?)\s+(?:de|à)\s+$"
# "deux ans et demi": half a unit more.
AND_A_HALF = r"et demie?"
# Fractions written as one word, replaced by digits before reading.
HALVES: dict[str, str] = {}
# Words just before a term that make it the law's maximum, not the sentence passed.
# "Of which": a part of a term told after it ("drie jaar, waarvan twee voorwaardelijk"), no
# term of its own (normalize.intl_terms).
OF_WHICH = r"\bdont\b"
# Words that tell two terms in one sentence are not each passed on someone: a range, a total,
# time already spent or gone by, a probation period or a ban (normalize.intl_terms).
NOT_EACH = (
    r"\bentre \S+ (?:\S+ ){0,3}?et \S+ (?:ans|mois)\b|\ballant de\b|\b(?:depuis|au total|plus tôt|"
    r"détention provisoire|interdiction|il y a|probatoire|mise à l['’]épreuve)\b|"
    r"\bpendant \S+ (?:ans?|mois)\b|\bdurée de\b"
)
TERM_MAXIMUM = r"jusqu'à|jusqu’à|encourt|encourent|maximum|passibles?|risquent?"
# "1,2 million d'euros": scales and the currency names or codes after or before a sum.
MONEY_SCALES = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}
# "and": joins two parts of a sum ("a million and 760 thousand") and the ends of a
# range ("aged between 18 and 26").
AND = r"et"
# "to" between the ends of a range ("de 19 à 24 ans").
TO = r"à"
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
    # the CFA franc: West Africa's (XOF), Central Africa's where the action is there (XAF)
    "francs cfa": "XOF",
    "franc cfa": "XOF",
    "fcfa": "XOF",
    "francs": "CHF",
    "chf": "CHF",
}
# What follows a number that counts no people: a term, an age, a weight, a sum, an hour.
NOT_A_COUNT = (
    r"ans?\b|années?|mois|semaines?|jours?|heures?|h\d|kg|kilos?|grammes?|g\b|tonnes?|"
    r"litres?|euros?|€|%|pour ?cent|millions?|milliards?|mille"
    r"|kilom[èe]tres?|km\b|m[èe]tres?"
    r"|milles?"  # sea miles: "à 19 milles des côtes" (session 43)
)
# Prepositions before a country where something happened: "en Espagne", "au Maroc".
LOCATIVE = r"en|au|aux|à|dans|vers"
# Courts, prosecutors and police named after their seat ("le tribunal correctionnel de
# Verviers", "le parquet de Lille"): the town tells where the text happens, as "in
# <town>" does.
SEAT_OF = (
    r"[Tt]ribunal(?: correctionnel| judiciaire| de grande instance| de police)? de|"
    r"[Pp]arquet de|[Cc]our d['’](?:appel|assises) de|[Pp]rocureure? de la République de|"
    r"[Cc]ommissariat de|[Gg]endarmerie de|[Mm]aison d['’]arrêt de|[Cc]entre pénitentiaire de"
)
# Prepositions before a country someone or something came from ("d'Espagne", "depuis le Maroc").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"la|le|les|l['’]"
ORIGIN = r"de|d['’]|du|des|depuis|hors de|en provenance d[eu'’]"
# Who asked for the action, and whose country that is ("interpellé à Dakar à la demande des autorités françaises", "recherché par la justice belge"): the requester's country is
# no place of an arrest, search or seizure (events.REQUESTER_NOT_PLACE_INTL).
REQUESTED_BY = r"\b(?:à|sur)\s+(?:la\s+)?(?:demande|requête)\s+d(?:e|es|u|['’])|\b(?:réclamée?s?|recherchée?s?)\s+par"
# Where someone or something came from or passed through, before a town whose country follows
# in brackets ("en provenance de Sao Paulo (Brésil) via Addis-Abeba (Éthiopie)"): that country is an origin (normalize.TOWN_ORIGIN_INTL).
PROVENANCE = r"en provenance d[eu]|venant d[eu]|via"
# Country names pycountry's translations miss, and national agencies that tell the country
# (police, customs, immigration offices, prosecutors of the countries the language is
# spoken in).
# "Guyane" alone is French Guiana, which ISO 3166 codes apart (GF), as it does Guadeloupe,
# Martinique, La Réunion and Mayotte, whose names pycountry already gives in French.
COUNTRY_ALIASES = {
    "Royaume-Uni": "GB",
    "Angleterre": "GB",
    "Grande-Bretagne": "GB",
    "Guyane": "GF",
}
AGENCY_COUNTRIES = {
    "gendarmerie nationale": "FR",
    "police nationale": "FR",
    "police aux frontières": "FR",
    "préfecture": "FR",
    "OFPRA": "FR",
    "OFII": "FR",
    "douane française": "FR",
    "douanes françaises": "FR",
    "parquet national financier": "FR",
    "police fédérale": "BE",
    "parquet fédéral": "BE",
    "Office des étrangers": "BE",
    "police judiciaire fédérale": "BE",
    "fedpol": "CH",
    "Secrétariat d'État aux migrations": "CH",
    "police cantonale": "CH",
    "Ministère public de la Confédération": "CH",
    "Office fédéral de la douane": "CH",
    "Sûreté du Québec": "CA",
    "Service de police de la Ville de Montréal": "CA",
    "SPVM": "CA",
    "Gendarmerie royale du Canada": "CA",
    "Agence des services frontaliers du Canada": "CA",
}
# Words that deny the action the next few words report ("n'a pas été interpellé").
# Not "personne" alone: "une personne a été interpellée" is one person, and "Personne
# n'a été interpellé" is denied by its "n'".
NEGATORS = r"ne|n['’]|pas|jamais|aucune?|sans|ni"
CLAUSE_BREAKS = r"[,;:]|\bmais\b|\bet\b|\bou\b|\bpuis\b|\bqui\b|\bdont\b"


# The court "condemning" someone, in the gerund with its object pronoun ("en le
# condamnant à 30 mois de prison"): a verdict told in passing, as "condamné" is.
CONDEMNING = r"(?:l['’]|les?\s+|la\s+)condamnant"

# Premises the police "investit" (enter in force): "Cinq chambres ont été investies", "les
# gendarmes ont investi le squat". Money invested ("a investi deux millions") names none.
PREMISES = (
    r"logements?|appartements?|domiciles?|maisons?|chambres?|locaux|bâtiments?|immeubles?|"
    r"squats?|campements?|entrepôts?|hangars?|caves?|garages?|villas?|fermes?|bureaux|"
    r"sièges?|ateliers?|commerces?|boutiques?|restaurants?|bars?|caravanes?"
)
ENTERED = (
    rf"\b(?:{PREMISES})\b[^.;]{{0,40}}?<PASS>investie?s?\b|"
    r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?investi\s+(?:le|la|les|l['’]|un|une|"
    rf"des|leurs?|ses|<NUM>)\s*(?:\w+\s+)?(?:{PREMISES})\b"
)

# A character inside a clause: no full stop or semicolon, but a point between digits is a
# thousands point ("8.000 euros d'amende"), not the end of the clause.
CLAUSE_CHAR = r"(?:[^.;]|(?<=\d)\.(?=\d))"

# A fine joined to a term told first ("six mois de prison ferme, assortis d'une amende de
# 300 000 francs", "doublée d'une amende", "deux ans de prison ferme et 500 000 francs
# d'amende"): a financial penalty too.
# Not a fine the law allows or the prosecution asks for ("encourt cinq ans ... assortis
# d'une amende", "a requis ...").
FINE_JOINED = (
    r"|^(?![^.]*\b(?:encour\w*|risqu\w*|passibles?|maximum|maximale|jusqu['’]à|requis|"
    r"requiert|réclamée?s?|demandée?s?|puni\w*|punissable|prévoi\w*|pourrai\w*|n['’]\w+\s+pas)\b)[^.]*?(?:\b(?:assortie?s?|accompagnée?s?|doublée?s?)\s+"
    r"d['’]une\s+amende\b|\b(?:ans?|mois)\s+(?:de\s+prison|d['’]emprisonnement|de\s+réclusion)"
    r"(?:\s+(?:ferme|avec\s+sursis))?\s+et\s+(?:d['’]une\s+amende\b|(?:[\w'’-]+\s+){0,6}?d['’]amende\b))"
)
# Sentences that report an action in so many words (a completed action in the past or
# present, passive or active, with its usual participle or noun): the rule net under the
# model's recall. Matched case-insensitively with re.search; keys are SPEC type values.
# Shared pieces are written once as <NAME> and filled in below: <PERF> an auxiliary of a
# compound tense ("a", "ont été", "sont"), <PASS> a passive one ("a été", "sont"), <W> a
# word between it and the participle that is no negation, modal or preposition ("n'a pas
# été", "doit être", "accepté d'être" never match), <HEAD> a count heading a headline
# ("Trois passeurs interpellés"), <NUM> a number, <G> no "être", "sera", "soit" just
# before ("pourrait être condamné à", "qu'il soit expulsé").
RULES: dict[str, str] = {
    type_: pattern.replace("<ENTERED>", ENTERED)
    .replace(
        "<BYSOMEONE>",
        # "accusé ... par" someone, "de la part de", "à tort": an allegation, unless by the
        # police or the prosecution ("par la GRC", "par voie sommaire")
        r"(?!\s+à\s+tort\b)(?![^.;]{0,60}?\b(?:de\s+la\s+part\s+d|par\s+(?!(?:la|le|les|"
        r"l['’])\s*(?:police|GRC|SQ|Sûreté|Couronne|DPCP|poursuite|procureur\w*|ministère "
        r"public|parquet)\b|voie\b)))",
    )
    .replace("[^.;]", CLAUSE_CHAR)
    .replace(
        "<PERF>",
        r"(?<![’'])(?<!\bse )\b(?:a|ont|avait|avaient|eut|est|sont|était|étaient|fut|furent)"
        r"\s+(?:<W>\s+){0,3}?",
    )
    .replace(
        "<PASS>",
        r"(?<![’'])(?<!\bse )\b(?:(?:a|ont|avait|avaient|eut)\s+(?:<W>\s+){0,2}?"
        r"(?:été|pu être|dû être)|est|sont|était|étaient|fut|furent)\s+(?:<W>\s+){0,2}?",
    )
    .replace(
        "<HEAD>",
        r"(?:^|[:–—]\s*)\W*(?:(?:plus de|près de|au moins|environ|pas moins de)\s+)?<NUM>\s+"
        r"(?:(?!(?:ne|n|pas|jamais|qui|que|qu|sans|avant|pour|doit|doivent|va|vont|peut|"
        r"peuvent|pourrait|pourraient|risque|risquent|devrait|devraient|être|sera|seront|"
        r"serait|seraient|soit|soient)\b)[\w’'-]+\s+){1,5}?",
    )
    .replace(
        "<W>",
        r"(?!(?:pas|plus|jamais|guère|point|ne|n|que|qu|qui|si|sans|pour|avant|afin|de|d|à|"
        r"censée?s?|supposée?s?|susceptibles?|menacée?s?|failli|sera|seront|serait|seraient|"
        r"soit|soient)\b)[\w’'-]+",
    )
    .replace(
        "<NUM>",
        r"(?:\d[\d  .,]*|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
        r"treize|quatorze|quinze|seize|dix-\w+|vingt(?:-\w+)?|trente|quarante|cinquante|"
        r"soixante(?:-\w+)?|quatre-vingt\w*|cent|mille|plusieurs|nombreu(?:x|ses))",
    )
    .replace("<GERUND>", CONDEMNING)
    .replace(
        "<G>",
        r"(?<!être )(?<!etre )(?<!sera )(?<!seront )(?<!serait )(?<!seraient )(?<!soit )"
        r"(?<!soient )(?<!fût )",
    )
    for type_, pattern in {
        # "ont été interpellés", "est placé en garde à vue", "ont interpellé deux hommes",
        # "les ont arrêtés", "Trois passeurs interpellés", "cinq interpellations",
        # "a procédé à l'interpellation"; "arrêté" only after "été" ("a arrêté de fumer")
        "arrest": (
            r"<PASS>interpellée?s?\b(?!\s+sur\b|\s+par\s+(?:l['’]opposition|(?:le|la|les|des|un|"
            r"une|plusieurs|ses|leurs?)\s+(?:\w+\s+)?(?:député|élu|sénat|opposition|syndicat|"
            r"association|militant|habitant|riverain|citoyen|internaute|parent|maire|conseill)))|"
            r"^(?!.*\b(?:match|rencontre|partie|véhicules?|camions?|voitures?|trains?|bus|"
            r"chantiers?|projets?|travaux|production|moteurs?|machines?|programmes?|compteurs?|"
            r"dates?|listes?|budgets?|décisions?|montants?|chiffres?|calendriers?|comptes?)\b)"
            r".*?<PASS>(?<=été )arrêtée?s?\b|"
            r"<PASS>(?:appréhendée?s?|écrouée?s?|"
            r"(?:placée?s?|maintenue?s?|mise?s?) en (?:garde à vue|retenue douanière|"
            r"détention provisoire)|placée?s? sous mandat (?:d['’]arrêt|de dépôt)|"
            r"mise?s? sous les verrous|privée?s? de (?:sa |leur )?liberté)\b|"
            r"<PERF>[^.;]{0,80}?\bet (?:placée?s?|mise?s?|maintenue?s?) en (?:garde à vue|"
            r"détention provisoire|retenue douanière)\b|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?:interpellé|arrêté|"
            r"appréhendé)\s+(?:<NUM>\s+|(?:le|la|les|l['’]|leurs?|son|sa|ses|ce|cet|cette|"
            r"ces)\s*)(?:[\w-]+\s+)?(?:suspects?|hommes?|femmes?|individus?|auteurs?|"
            r"passeurs?|conducteurs?|chauffeurs?|trafiquants?|dealers?|personnes?|jeunes|"
            r"mineurs?|ressortissants?|malfaiteurs?|voleurs?|cambrioleurs?|fugitifs?|"
            r"fuyards?|complices?|membres?|prévenus?|occupants?|passagers?)\b|"
            r"\b(?:l['’]|les\s+)(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?:interpellée?s?|"
            r"arrêtée?s?|appréhendée?s?)\b|"
            r"<HEAD>(?:interpellée?s?|arrêtée?s?|appréhendée?s?|écrouée?s?|"
            r"placée?s? en garde à vue)\b|"
            r"^(?!.*\b(?:pas exclue?s?|attendue?s?|prévue?s?|envisagée?s?|pourrai\w+|devrai\w+)\b)"
            r".*?\b<NUM>\s+(?:nouvelles\s+)?(?:interpellations|arrestations|gardes à vue)\b|"
            r"\b(?:dizaines?|quinzaine|vingtaine|trentaine|centaines?)\s+d['’]"
            r"(?:interpellations|arrestations)\b|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?:procédé à|conduit à|"
            r"abouti à|débouché sur|permis)\s+(?:l['’]|la |les |des |<NUM>\s+)?"
            r"(?:interpellations?|arrestations?)\b"
            # people told as in garde à vue, the only telling of their custody ("quatre
            # suspects sont en garde à vue"; TERMS.md)
            r"|(?<![’'])(?<!\bqui )\b(?:est|sont|était|étaient|se trouvent?|demeurent|restent)\s+"
            r"(?:actuellement\s+|toujours\s+|désormais\s+)?en garde à vue\b"
        ),
        # "a été mis en examen", "ont été inculpés", "renvoyé devant le tribunal", "les
        # trois hommes mis en examen" (not "les quatre mis en examen", a headline's phrase)
        "charge": (
            r"<PERF>(?:mise?s? en examen|inculpée?s?|mise?s? en accusation|renvoyée?s? "
            r"devant (?:le tribunal|la cour|les assises|un tribunal|la justice))\b|"
            r"<HEAD>(?:mise?s? en examen|inculpée?s?)\b|\b<NUM>\s+(?:mises|(?:"
            r"personnes|hommes|femmes|individus|suspects|prévenus)\s+mise?s?) en examen\b"
            # Canada's and Mauritius's words for it (rules.ACCUSED_CHARGED_FR; the comment
            # group marks where they start), in a sentence about the police, a court or an
            # offence: "ont été accusés de possession", "a formellement accusé trois
            # hommes", "des accusations ont été portées contre lui", "font face à des
            # accusations de trafic". Not "est accusé de", "accusé à tort" or "accusé de ...
            # par" a person (in France, what someone is said to have done), nor negated.
            r"|(?#accused)^(?=.*\b(?:police|policiers?|GRC|SQ|Sûreté|gendarm\w*|procureur\w*|"
            r"Couronne|DPCP|poursuivant\w*|tribunal|cour|palais de justice|comparu\w*|juges?|"
            r"possession|trafic|stupéfiants?|drogues?|armes?|vol|fraude|meurtre|homicide|"
            r"agression|voies de fait|conduite|contrebande|importation|cannabis|cocaïne|"
            r"arrêté\w*|arrestations?|interpell\w*|enquêt\w*|perquisitions?|mandats?)\b).*?"
            r"(?:(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:(?!(?:publiquement|injustement|"
            r"faussement)\b)<W>\s+){0,2}?été\s+(?:formellement\s+|officiellement\s+)?"
            r"accusée?s?\b<BYSOMEONE>|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+formellement\s+accusée?s?\s+(?:<NUM>\s|"
            r"(?:de|d['’])|(?:les|des|ces)\s+(?:<W>\s+){0,2}?(?:suspects?|hommes|femmes|"
            r"personnes|individus|jeunes|passeurs|trafiquants)\b)|"
            r"(?<!\baucune )\baccusations?\b[^.;]{0,80}?(?<![’'])\b(?:a|ont|avait|avaient)\s+"
            r"(?:<W>\s+){0,2}?été\s+(?:portées?|déposées?|logées?)\s+(?:contre|envers|à\s+"
            r"(?:son|leur|l['’])\s*endroit)\b<BYSOMEONE>|"
            r"\b(?:font|fait|faisaient|faisait|feront|fera)\s+(?:<W>\s+){0,2}?face\s+à\s+"
            r"(?:<NUM>|des|d['’]autres|de\s+nouvelles)\s+(?:chefs?\s+d['’])?accusations?"
            r"(?:\s+criminelles?)?\b<BYSOMEONE>)"
        ),
        # "condamné" with a court or a penalty after it (not "a condamné l'attaque"),
        # "reconnu coupable", "a plaidé coupable"
        "conviction": (
            r"<PERF>condamnée?s?\s+(?:[^.;]{0,80}?\s)?(?:à\s+(?:\d|un an\b|une (?:peine|amende)|"
            r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
            r"trente)\s+(?:ans|mois|semaines|années)|(?:la |une )?(?:prison|réclusion)|"
            r"(?:la )?perpétuité|mort\b|payer|verser|des peines|de la prison)|par (?:le|la|les) "
            r"(?:tribunal|tribunaux|cour|juges?|juridiction)|en (?:appel|première instance|"
            r"comparution immédiate|correctionnelle|cassation))|"
            r"<PASS>condamnée?s?\s+(?:\w+\s+){0,3}?pour\s|"
            r"<G>\b(?:condamnée?s?|<GERUND>)"
            r"\s+(?:[^.;]{0,80}?\s)?à\s+(?:[\w,'’-]+\s+){0,4}?(?:ans?|années|"
            r"mois|semaines|prison|réclusion|emprisonnement|perpétuité|amende)\b|"
            r"<PERF>(?:reconnue?s?|déclarée?s?|jugée?s?) coupables?\b|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?plaidé coupable\b"
        ),
        # "condamné à trois ans de prison", "écope de 15 mois", "a prononcé une peine de",
        # "Un an de prison pour ..." (not "requis", "encourt")
        "sentence": (
            r"<G>\b(?:condamnée?s?|<GERUND>)"
            r"\s+(?:[^.;]{0,80}?\s)?à\s+(?:[\w,'’-]+\s+|d['’]){0,4}?(?:ans?|années|"
            r"mois|semaines|prison|réclusion|emprisonnement|perpétuité|détention|"
            r"travaux d['’]intérêt général|peines?\s+de\s+travail|mort)\b|"
            r"\bécop(?:e|ent|é|ait|aient|a|èrent)\s+(?:\w+\s+){0,2}?(?:de|d['’])\s*"
            r"(?:[\w,'’-]+\s+){0,4}?(?:ans?|années|mois|semaines|prison|réclusion|"
            r"emprisonnement|sursis|travaux)\b|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?:infligé|prononcé)\s+"
            r"(?:\w+\s+){0,2}?(?:peines?|ans?|mois)\b|"
            r"(?:s['’]est|se sont) vue?s? infliger\s+(?:[\w,'’-]+\s+){0,4}?(?:ans?|mois|"
            r"peines?|prison)\b|"
            r"^\W*<NUM>\s+(?:ans?|années|mois)\s+(?:et demi\s+)?(?:de (?:prison|réclusion|"
            r"détention)|d['’](?:emprisonnement|incarcération)|ferme|avec sursis)\b"
            r"(?![^.]*\b(?:requise?s?|réclamée?s?|demandée?s?|encourue?s?|risquée?s?|"
            r"possibles?|maximum|requiert|requièrent|encourt|encourent|risque|risquent)\b)"
        ),
        # "condamné à 500 euros d'amende", "écope d'une amende", "a été verbalisé",
        # "a ordonné la confiscation"
        "financial_penalty": (
            r"<G>\b(?:condamnée?s?|<GERUND>)"
            r"\b[^.;]{0,100}?(?:\bà (?:une amende|payer|verser|rembourser)|"
            r"\bamende de|(?:euros|€|francs)\s+d['’]amende)|"
            r"\bécop(?:e|ent|é|ait|aient|a|èrent)\s+(?:\w+\s+){0,2}?(?:d['’]une amende|"
            r"de [^.;]{0,30}?(?:euros|€)\s+d['’]amende)|"
            r"<PERF>(?:verbalisée?s?|mise?s? à l['’]amende|sanctionnée?s? d['’]une amende)\b|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?:infligé|prononcé|"
            r"ordonné)\s+(?:\w+\s+){0,2}?(?:amendes?|confiscation)\b|"
            r"\bconfiscation\b[^.;]{0,80}?\b(?:a|ont) été\s+(?:\w+\s+)?(?:ordonnée|"
            r"prononcée)s?\b|(?:s['’]est|se sont) vue?s? infliger\s+(?:\w+\s+){0,2}?amende"
            # the fine the subject of the passive: "une amende lui a été infligée"
            r"|(?<![nN]['’])\bamendes?\b[^.;,]{0,60}?(?<![nN]['’])\b(?:a|ont|avait|avaient)\s+été\s+"
            r"(?:infligée|prononcée|imposée)s?\b" + FINE_JOINED
        ),
        # goods then "ont été saisis" (never "le parquet a été saisi"), "ont saisi 40 kilos",
        # "Six tonnes de cigarettes saisies", "Saisie de ...", "ont réalisé une saisie"
        "seizure": (
            r"(?:€|\b(?:drogues?|stupéfiants|cannabis|cocaïne|héroïne|résine|herbe|crack|"
            r"ecstasy|amphétamines?|kétamine|armes?|fusils?|pistolets?|revolvers?|munitions|"
            r"cartouches|cigarettes|tabac|euros|argent|numéraire|espèces|liquide|véhicules?|"
            r"voitures?|camions?|bateaux?|embarcations?|go-fast|téléphones?|kilos?|kg|"
            r"kilogrammes?|tonnes?|grammes?|comprimés|plants|bijoux|montres|lingots|"
            r"marchandises?|contrefaçons|biens|avoirs|sommes?|sachets|ballots|cargaisons?)\b)"
            r"(?:(?!\b(?:parquet|juges?|justice|tribunal|cour|IGPN|IGGN|procureure?|conseil|"
            r"défenseur|CNIL|préfet|ministre|commission|juridiction)\b)[^.;]){0,80}?"
            r"(?<![’'])\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:<W>\s+){0,2}?"
            r"(?:saisie?s?|confisquée?s?|mise?s? sous scellés|gelée?s?)\b(?!\s+(?:du|de la|"
            r"de l['’]|d['’]une?)\s+(?:dossier|affaire|enquête|plainte|demande|recours|"
            r"requête))|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?<!été )(?:saisi|confisqué)\s+"
            r"(?!(?:[\w'’]+\s+)?(?:juges?|magistrats?|tribunal|cour|justice|parquet|conseil|"
            r"défenseur|CNIL|IGPN|IGGN|procureure?|juridiction|commission|avocats?)\b)"
            r"(?:<NUM>\s|plus de|près de|environ|quelque|pas moins de|des\s|du\s|de la\s|"
            r"de l['’]|d['’])|"
            r"^(?!.*\b(?:juges?|magistrats?|parquet|juridiction)\b).*?<HEAD>(?:saisie?s?|"
            r"confisquée?s?)\b|"
            r"^\W*(?:(?:nouvelle|importante|grosse|énorme|spectaculaire|belle)\s+)?saisies?\s+"
            r"(?:record\s+|importante\s+|massive\s+|exceptionnelle\s+)?(?:de|d['’])|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?:procédé à|réalisé|"
            r"effectué|opéré)\s+(?:la |une |des |plusieurs |<NUM>\s+)?(?:\w+\s+)?saisies?\b"
        ),
        # "des perquisitions ont été menées", "ont mené une perquisition", "lors d'une
        # perquisition", "le domicile a été perquisitionné", "six perquisitions"
        "search": (
            r"\bperquisitions?\b[^.;]{0,80}?(?:(?<![’'])\b(?:a|ont|avait|avaient|est|sont)\s+"
            r"(?:<W>\s+){0,2}?(?:menée|effectuée|réalisée|conduite|opérée|pratiquée|lancée)s?"
            r"|(?<![’'])\b(?:a|ont|avait|avaient) eu lieu|\bse (?:sont|est|étaient|était) "
            r"(?:déroulée|tenue)s?)\b|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?(?:mené|effectué|réalisé|"
            r"conduit|opéré|pratiqué|procédé à)\s+(?:une|des|plusieurs|la|les|<NUM>)\s+"
            r"(?:\w+\s+)?(?:perquisitions?|fouilles?|visites? domiciliaires?)\b|"
            r"\b(?:lors|au cours|à l['’]issue|à la suite|à la faveur)\s+(?:d['’]une|de la|des|"
            r"de cette|de ces|de leur|de sa)\s+(?:\w+\s+)?(?:perquisitions?|fouilles?)\b|"
            r"<PERF>(?:perquisitionnée?s?|fouillée?s?)\b|"
            r"^(?!.*\b(?:pas exclue?s?|attendue?s?|prévue?s?|envisagée?s?|pourrai\w+|devrai\w+)\b)"
            r".*?\b<NUM>\s+(?:perquisitions|fouilles|visites domiciliaires)\b|<ENTERED>"
        ),
        # a boat, a vehicle or people "intercepté(s)", "arraisonné" (not a phone call);
        # migrants "découverts cachés dans un camion"
        "interception": (
            r"^(?!.*\b(?:communications?|conversations?|appels?|écoutes?|courriels?|e-mails?|"
            r"messages?|lettres?|colis|courriers?|ballons?|passes?)\b).*?(?:<PERF>|<HEAD>)"
            r"(?:interceptée?s?|arraisonnée?s?)\b|"
            r"\b(?:migrants?|clandestins?|exilés?|personnes|passagers clandestins)\b[^.;]{0,80}?"
            r"\b(?:découverte?s?|trouvée?s?|retrouvée?s?)\s+(?:cachée?s?|dissimulée?s?|"
            r"à bord|à l['’]arrière|dans (?:un|une|le|la|leur|des)\s+(?:camions?|remorques?|"
            r"semi-remorques?|coffres?|véhicules?|camionnettes?|fourgons?|poids lourds?|"
            r"conteneurs?|containers?|voitures?|cales?|bateaux?))\b"
        ),
        # migrants "placés en rétention (administrative)", "en zone d'attente"
        "detention": (
            r"(?:<PERF>|<HEAD>)placée?s?\s+(?:en|au|dans (?:un|le|les|des))\s+(?:centres? de "
            r"rétention(?: administrative)?|rétention(?: administrative)?|CRA|zone "
            r"d['’]attente|locaux? de rétention(?: administrative)?)\b|"
            r"<PERF>(?:retenue?s?|maintenue?s?)\s+(?:en|dans la|dans une)\s+(?:zone "
            r"d['’]attente|rétention)\b"
        ),
        # "expulsé vers l'Algérie", "reconduit à la frontière", "a procédé à quatre
        # expulsions" (not "expulsés de leur logement", "renvoyé en correctionnelle")
        "deportation": (
            r"^(?!.*\b(?:logements?|appartements?|squats?|campements?|terrains?|maisons?|"
            r"immeubles?|habitations?|HLM|locataires?|stade|match|salle|partie|parti|"
            r"établissement|école|lycée|collège|classe)\b).*?(?:<PERF>|<HEAD>)(?:(?:expulsée?s?|"
            r"éloignée?s?|renvoyée?s?|refoulée?s?|reconduite?s?)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:vers(?!\s+\d)|à destination d|du territoire|hors (?:de France|du territoire|"
            r"de l['’]Union)|de (?:France|Belgique|Suisse|l['’]espace Schengen)|dans "
            r"(?:son|leur) pays|en\s+(?!Cour|Conseil)(?-i:[A-ZÉ])|au\s+(?-i:[A-Z])|"
            r"aux\s+(?-i:[A-Z]))|reconduite?s? à la frontière)|"
            r"(?<![’'])\b(?:a|ont|avait|avaient)\s+(?:<W>\s+){0,2}?procédé à\s+(?:l['’]|la |"
            r"des |<NUM>\s+)?(?:expulsions?|éloignements?|reconduites? à la frontière)\b"
        ),
        # "a été extradé", "Extradé vers la France, ...", "remis aux autorités ... en
        # exécution d'un mandat d'arrêt européen"
        "extradition": (
            r"(?:<PERF>|<HEAD>|^\W*)extradée?s?\b|"
            r"<PERF>remise?s? aux autorités\s+\w+[^.;]{0,80}?\bmandat d['’]arrêt européen"
        ),
        # "remis en liberté", "placé sous contrôle judiciaire", "ressorti libre"
        "release": (
            r"(?:<PERF>|<HEAD>)(?:remise?s? en liberté|placée?s? sous contrôle judiciaire|"
            r"laissée?s? (?:en )?libres?|laissée?s? en liberté|ressortie?s? libres?|"
            r"libérée?s?\s+(?:sous|sur|de prison|à l['’]issue|après|faute|dans l['’]attente|"
            r"en attendant|sans))\b|<PASS>relâchée?s?\b|"
            r"<PASS>[^.;]{0,80}?\b(?:puis|et|avant d['’]être)\s+(?:remise?s? en liberté|"
            r"relâchée?s?)\b"
        ),
        # accounts, pages, videos ... "supprimés", "fermés", "mis hors ligne"
        "takedown": (
            r"\b(?:comptes?(?!\s+(?:bancaires?|courants?|en banque))|pages?|sites?\s+"
            r"(?:internet|web|illégaux|frauduleux|pirates?|de (?:streaming|vente|rencontre|"
            r"téléchargement|paris))|contenus?|publications?|vidéos?|chaînes?\s+(?:YouTube|"
            r"Telegram|TikTok|Twitch)|canaux|annonces?|profils?|noms de domaine|domaines?|"
            r"serveurs?|groupes?\s+(?:\w+\s+)?(?:Telegram|WhatsApp|Facebook|Snapchat|Signal)|"
            r"messages?)\b[^.;]{0,80}?(?<![’'])\b(?:a|ont|avait|avaient|est|sont|était|"
            r"étaient)\s+(?:<W>\s+){0,2}?(?:supprimée?s?|fermée?s?|bloquée?s?|désactivée?s?|"
            r"suspendue?s?|retirée?s?|déréférencée?s?|mise?s? hors ligne|signalée?s? pour "
            r"fermeture)\b|"
            r"<PERF>(?:supprimé|fermé|bloqué|désactivé|suspendu|retiré|déréférencé|mis hors "
            r"ligne)\s+(?:[\w'’-]+\s+){0,3}?(?:comptes?|pages?|sites? (?:internet|web)|"
            r"contenus?|publications?|vidéos?|chaînes?|canaux|annonces?|profils?|domaines?|"
            r"serveurs?)\b"
        ),
    }.items()
}

# A warrant names an arrest without reporting one ("un mandat d'arrêt européen a été
# émis"): words for an arrest inside these do not count, unless it was carried out
# ("en exécution d'un mandat d'arrêt", "placé sous mandat d'arrêt" in Belgium).
WARRANTS = r"\bmandats? d['’](?:arr[êe]t|amener)(?:\s+(?:europ[ée]ens?|internationa(?:l|ux)))?\b|\bavis de recherche\b"
WARRANT_EXECUTED = r"\bex[ée]cut\w*|\bplac[ée]e?s? sous mandat\b"
# What an interception stops (SPEC: a vehicle, vessel or crossing stopped, people
# found concealed): an interception only the model reports must name one of these.
INTERCEPTED = r"\b(?:v[ée]hicules?|voitures?|camions?|camionnettes?|fourgons?|poids[- ]lourds?|bus|autocars?|trains?|bateaux?|embarcations?|navires?|canots?|go-fast|remorques?|travers[ée]es?|migrants?|personnes|passagers?|hommes|femmes|enfants|individus|exil[ée]s|clandestins?|conducteurs?|chauffeurs?)\b"
# Checks, as words for an interception, and what makes a check one of a vehicle, vessel or crossing
# (a vehicle, a vessel, a driver or passengers, a road, a border, a port, an airport, a station;
# rules.PEOPLE_CHECKED_INTL): a check in a sentence naming none of these stops nothing.
CHECKS = r"contr[ôo]l\w*"
CHECKED_CONVEYANCE = r"\b(?:v[ée]hicules?|voitures?|camions?|camionnettes?|fourgons?|fourgonnettes?|poids[- ]lourds?|bus|autocars?|cars?|camping-cars?|utilitaires?|trains?|TGV|Eurostar|bateaux?|embarcations?|navires?|canots?|pirogues?|ferr(?:y|ys|ies)|avions?|go-fast|small[- ]boats?|remorques?|motos?|scooters?|deux-roues|travers[ée]es?|points? de passage|conducteurs?|conductrices?|chauffeurs?|automobilistes?|passagers?|occupants?|fronti[èe]res?|douanes?|a[ée]roports?|ports?(?! d['’]arm)|gares?|p[ée]ages?|routes?|routi[eè]re?s?|autoroutes?|circulation|alcool[ée]mie|(?:A|RN|N)\s?\d+)\b"
# The presumption of innocence: a disclaimer that reports no action, whatever words for
# one it holds ("the defendants are presumed innocent until proven guilty").
PRESUMPTION = r"présum[ée]e?s? innocente?s?|présomption d['’]innocence"
# What a charging document says, told as its content ("According to the indictment, ..."):
# the allegations, not actions that happened, unless the sentence reports one in so many
# words (the rule net).
ALLEGED_SOURCE = (
    r"\b(?:selon|d['’]après) l['’](?:acte d['’]accusation|accusation|ordonnance de renvoi)\b"
)
# "Last year" beside a month or a day that names no year ("in June last year"): that
# month of the year before the publication's.
LAST_YEAR = r"\bl['’](?:année|an) (?:dernière?|passée?|précédente?)\b"
# Words that make the people held suspects (of smuggling, trafficking ...), not migrants
# held: their custody is an arrest.
SUSPECTS = r"\b(?:soupçonn[ée]e?s?|suspect[ée]e?s?|accus[ée]e?s?|mise?s? en cause|passeurs?|trafiquants?|pour (?:avoir|trafic|aide|vol|escroquerie|blanchiment)|d[ée]tention (?:pr[ée]ventive|provisoire))\b"

# Demonstratives: an action named after one points back to one told before ("ces saisies", "cette interpellation").
DEMONSTRATIVE = r"ce|cet|cette|ces"

# People, as counted in an interception ("un bateau transportant 19 migrants"): the people found or stopped are its
# count, not the vessel or vehicle.
PEOPLE = r"personnes|migrants|exilés|clandestins|passagers|hommes|femmes|enfants|ressortissants|individus|occupants"
# More words for people held or moved across a border, read with PEOPLE (events.PEOPLE_MORE).
PEOPLE_MORE = r"étrangers|réfugiés|sans-papiers|immigrés|demandeurs d'asile"

# "Not only ... but also" affirms what follows it ("ont non seulement interpellé ..., mais aussi ..."): no denial.
NOT_ONLY = r"non seulement|pas seulement|pas uniquement"

# Negators written into the next or the last word ("Personne n'a été interpellé"): the word boundaries around
# NEGATORS would miss them.
NEGATOR_CLITICS = r"(?<![\w'’])n['’](?=\w)"

# Possessives: an action named after one ("son ...") tells more of one told before.
POSSESSIVE = r"son|sa|ses|leur|leurs"

# A preposition of time and a definite article: an action named after them ("Après l'interpellation, ...", "lors des
# perquisitions") tells more of one told before (rules.AFTER_THE_BACK_INTL).
AFTER_THE = (
    r"après l['’]|après la|après le|après les|lors de l['’]|lors de la|lors du|lors des|suite à l['’]|suite à la|suite au|"
    r"suite aux|depuis l['’]|depuis la|depuis le|au moment de l['’]|au moment de la|au moment du|à la suite de l['’]|"
    r"à la suite de la|à la suite du|à la suite des"
)
# "Besides the" and an action's noun ("outre l'interpellation du conducteur"): the action told before, as after AFTER_THE
# (rules.BESIDES_THE_BACK).
BESIDES_THE = (
    r"outre l['’]|outre la|outre le|outre les|en plus de l['’]|en plus de la|en plus du|en plus des"
)

# Words for "both" that are not a number word ("tous deux" is read by text2num).
BOTH = r"l['’]un et l['’]autre"

# A weekday said to be past: "lundi dernier" in a text of a Monday is a week earlier.
LAST_WEEKDAY = r"derni[eè]re?|pass[ée]e?"

# Ages of the people acted on ("un homme de 34 ans", "âgés de 31 et 49 ans") and words
# that tell of more people than those told before ("deux autres hommes", "un troisième
# suspect"): the next sentence with the same count and other ages or other people is
# another action.
AGES = r"\bâgée?s? de \d{1,2}(?: et \d{1,2})? ans\b|\b(?:homme|femme|jeune|individu|conducteur|chauffeur|passeur|suspect|mineur|trentenaire|ressortissant)e?s? de \d{1,2} ans\b"
OTHERS = r"autres?|deuxième|second|seconde|troisième|quatrième|supplémentaires?"

# What was seized, named again at the head of a sentence with no number of its own ("Les
# produits ont été saisis"): the seizure told before.
GOODS_BACK = (
    r"^\W*(?:Les?|La|L['’]|Ces?|Cette|Cet)\s*(?:\w+\s+){0,2}?(?:drogues?|stupéfiants|produits|"
    r"marchandises|armes?|objets|sommes?|véhicules?|voitures?|cigarettes|cocaïne|résine|"
    r"herbe|cannabis|argent|numéraire|cargaison|butin)\b"
)

# Action nouns that report the action with the number of what they acted on
# ("<noun> of 40 kilos", "12 <nouns>"): rules.ACTION_NOUN_NUMBER.
# Words for seized goods in general ("la drogue", "die Ware", "el alijo"): a later seizure
# naming one names the goods already told (events.SEIZURE_TOLD_AGAIN_INTL).
SEIZED_GOODS = r"\b(?:drogues?|stupéfiants|produits?|marchandises?|cargaison|butin)\b"
ACTION_NOUNS: dict[str, str] = {
    "arrest": r"interpellations?|arrestations?",
    "seizure": r"saisies?",
    "search": r"perquisitions",
}
NOUN_OF = r"de|d['’]|des"
ABOUT = r"plus de|près de|environ|quelque|au moins|pas moins de|autres"

# The most the law allows: a sentence or penalty only the model reads, in a sentence that names
# one, is not a penalty passed (rules.is_maximum, as in English).
MAXIMUM = (
    r"\b(?:maximum|maximale?s?|encour(?:t|ent|rait|raient)|passibles?|risquen?t)\b|\bjusqu[’\']à\b"
)
# The least the law allows ("la peine plancher est de quatre ans"): read as MAXIMUM is
# (rules.MINIMUM_IS_LAW).
MINIMUM = r"\bpeines?\s+(?:plancher|minimale?s?|minimum)\b"
# "Up to" alone among MAXIMUM's words, and verbs of a penalty passed or received: a
# sentence with only that cue and one of these words or a conviction's tells penalties
# passed, up to the longest ("Geldstrafen von bis zu 2.500 Euro", rules.UP_TO_PASSED_INTL).
UP_TO = r"\bjusqu[’\']à\b"
PASSED_VERB = r"\b(?:infligée?s?|prononcée?s?|a reçu|ont reçu|a écopé|ont écopé|écopent|écope)\b"
# What the law can or provides for ("können ... verhängt werden", "prévoit"): beside UP_TO,
# the law's maximum, whatever verb of passing the sentence has.
LAW_CAN = r"\b(?:peut|peuvent|pouvant|s[\'’]expose(?:nt)?|prévoit)\b"


# The types of action the model alone found that are asked about again by default
# (extraction.confirmed_types, where the measurement is).
CONFIRM: tuple[str, ...] = ("seizure", "interception", "detention", "deportation", "extradition")

# Words after a number that say it counts no goods (see the English NOT_GOODS).
NOT_GOODS = (
    r"ans?|années?|mois|semaines?|jours?|heures?|h|minutes?|fois|pourcent|cas|"
    r"interpellations?|arrestations?|perquisitions?|saisies|suspects?|prévenus?|"
    r"policiers|gendarmes|douaniers|agents?|opérations?|adresses|domiciles|"
    r"kilomètres?|mètres?|km|autres|nouveaux?|nouvelles?|janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
# Words that end the name of the goods after a number ("5 vehicles and 3 phones").
GOODS_END = (
    r"de|des|du|d|et|ou|à|au|aux|en|dans|sur|par|avec|pour|les|la|le|l|ont|sont|qui|"
    r"que"
)
# An action told as the day after the one before ("Le lendemain, ...").
DAY_AFTER = r"^\W*(?:le\s+lendemain|dès\s+le\s+lendemain|un\s+jour\s+plus\s+tard)\b"
# The night before publication ("la nuit dernière"), read as the day before (lower case).
LAST_NIGHT = r"\bla nuit derni[èe]re\b"


# People already counted, referred back to ("the suspects", "they"): an uncounted action
# on them counts as many as the nearest counted action on people before it.
PLURAL_BACK = (
    r"\b(?:[Ll]es|[Cc]es)\s+(?:(?!(?:autres)\b)\w+\s+)?(?:suspects|hommes|femmes|pr[ée]venus|individus|"
    r"mis en cause|passeurs|trafiquants|personnes|interpell[ée]s|accus[ée]s|fr[èe]res|"
    r"conducteurs|chauffeurs)\b|^\W*(?:[Ii]ls|[Ee]lles)\b|\bles (?:a|ont)\b"
)


# More ways a sentence tells of one person, read after merging in every sentence of an
# uncounted action on people (the action's one subject or object, a verb in the singular).
SINGULAR_MORE = (
    r"\b(?:du|au)\s+(?:\w+\s+)?(?:homme|individu|suspect|pr[ée]venu|passeur|conducteur|chauffeur|"
    r"ressortissant|trafiquant|jeune)\b|\b[Ll]['’]int[ée]ress[ée]e?\b|\b(?:a|avait)\s+(?:\w+\s+){1,2}?[ée]t[ée]\b"
)


# Factuality: words that make an action a habit, not one action that happened ("the police
# regularly arrest smugglers at the border"): an answer whose every word for its action
# stands in a clause with one of them is dropped.
HABITUAL = r"r[ée]guli[èe]rement|souvent|fr[ée]quemment|habituellement|g[ée]n[ée]ralement|couramment|d[’\']ordinaire"


# A penalty passed, told with a modal ("muss für drei Jahre ins Gefängnis", "moet twee jaar
# de cel in", "dovrà scontare", "devra purger"): a sentence or conviction, not a possible one.
MUST_SERVE = r"\b(?:devra|devront)\s+(?:donc\s+)?(?:purger|effectuer)\b"


# "The same day", "am selben Tag": an action on the day of the action told before it.
SAME_DAY = r"\b(?:le\s+jour\s+même|le\s+même\s+jour|la\s+même\s+nuit|ce\s+même\s+jour)\b"


# The word after a list of ages ("die 39, 41 und 55 Jahre alten Angeklagten"): as many
# people as ages.
AGE_UNIT = r"ans"

# The day before yesterday (normalize.relative_day: the publication day less two).
DAY_BEFORE_YESTERDAY = r"avant-hier|avant hier"
# Last week, beside a weekday ("Tuesday of last week"): that weekday in the week before the
# publication's (normalize.relative_day).
LAST_WEEK = r"de la semaine (?:derni[eè]re|pass[ée]e)|la semaine (?:derni[eè]re|pass[ée]e)"

# Opens a part of those just counted ("15 arrested, of whom 4 ..."): a number after it is no
# count of the action before it (events.SUBSET_AFTER).
SUBSET = r"dont|parmi lesquels|parmi lesquelles|parmi eux"

# A country's adjective beside a word for its authorities ("la police sénégalaise")
# says where the action took place (normalize.intl_locative_countries; as English's
# AUTHORITY_ADJECTIVES). Keys are patterns of the adjective's forms, matched whole.
AUTHORITY_NOUNS = r"police|polices|gendarmerie|douanes?|autorit[ée]s|justice|parquet|garde[- ]c[ôo]tes|garde c[ôo]ti[èe]re|marine|tribunal|cour"
# Where the adjective stands: "before" or "after" the authority's word.
AUTHORITY_ADJECTIVE_SIDE = "after"
COUNTRY_ADJECTIVES = {
    r"belges?": "BE",
    r"fran[çc]ais\w*": "FR",
    r"allemand\w*": "DE",
    r"espagnol\w*": "ES",
    r"italien\w*": "IT",
    r"n[ée]erlandais\w*": "NL",
    r"suisses?": "CH",
    r"luxembourgeois\w*": "LU",
    r"britanniques?": "GB",
    r"portugais\w*": "PT",
    r"marocain\w*": "MA",
    r"alg[ée]rien\w*": "DZ",
    r"tunisien\w*": "TN",
    r"s[ée]n[ée]galais\w*": "SN",
    r"ivoirien\w*": "CI",
    r"malien\w*": "ML",
    r"camerounais\w*": "CM",
    r"guin[ée]en\w*": "GN",
    r"b[ée]ninois\w*": "BJ",
    r"togolais\w*": "TG",
    r"mauritanien\w*": "MR",
    r"gabonais\w*": "GA",
    r"canadien\w*": "CA",
    r"qu[ée]b[ée]cois\w*": "CA",
    r"am[ée]ricain\w*": "US",
    r"mon[ée]gasques?": "MC",
    r"ha[ïi]tien\w*": "HT",
    r"colombien\w*": "CO",
    r"br[ée]silien\w*": "BR",
    r"mexicain\w*": "MX",
    r"turcs?|turques?": "TR",
    r"grecs?|grecques?": "GR",
    r"albanais\w*": "AL",
    r"roumain\w*": "RO",
    r"polonais\w*": "PL",
    r"autrichien\w*": "AT",
    r"libanais\w*": "LB",
    r"malgaches?": "MG",
    r"burkinab[èe]\w*": "BF",
}

# About so many ("une vingtaine de personnes"): no count, and its article is no "one"
# (events.APPROXIMATE_NO_COUNT).
APPROXIMATE = r"dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|centaines?|milliers?"

# Last month (normalize.relative_period: the month before publication, for an action dated
# from elsewhere).
LAST_MONTH = r"\ble mois (?:dernier|pass[ée])\b|\bdu mois (?:dernier|pass[ée])\b"

# Officers: a number before one counts those who acted, not those acted on
# (events.OFFICERS_NOT_COUNTED).
OFFICERS = r"policiers|gendarmes|agents|enqu[êe]teurs|douaniers|militaires|fonctionnaires|effectifs|sapeurs-pompiers"

# One of a round number ("une centaine de migrants"): that number, as "about 100" counts 100
# (events.ROUND_NUMBERS; the plural, "des centaines", counts no one).
APPROXIMATE_VALUES = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}

# Auxiliaries of the passive: officers told before one are those acted on, not those who
# acted (events.officers_before).
PASSIVE_AUX = r"été|est|sont|fut|furent"


# Days or weeks counted back from the publication ("il y a deux jours", "il y a une semaine"): groups n (the number),
# d (days), w (weeks), f (a fortnight); AGO_NUMBERS gives the number words' values.
AGO = r"\bil y a\s+(?P<n>\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze)\s+(?:(?P<d>jours?)|(?P<w>semaines?))\b"
AGO_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "quinze": 15}  # fmt: skip

# The countries where the language is an official language: a town name several
# countries share is read as one of theirs (places.SPOKEN_FIRST).
SPOKEN_IN = (
    "FR",
    "BE",
    "CH",
    "LU",
    "MC",
    "CA",
    "SN",
    "CI",
    "ML",
    "BF",
    "NE",
    "GN",
    "TN",
    "MA",
    "DZ",
    "CM",
    "CD",
    "CG",
    "GA",
    "BJ",
    "TG",
    "MG",
    "HT",
)

# An action told as some days after, or before, the one before it ("Deux jours plus tard",
# "Deux jours plus tôt"): events.DAYS_SHIFTED. The group "n" is the number of days.
DAYS_LATER = r"^\W*(?P<n>\w+)\s+jours\s+plus\s+tard\b"
DAYS_EARLIER = r"^\W*(?P<n>\w+)\s+jours\s+(?:plus\s+tôt|auparavant|avant)\b"

# Participles joined to an earlier one after an auxiliary ("ont interpellé deux hommes et
# saisi 40 kilos", "a été arrêté puis expulsé"): each reports its own action
# (rules.COORDINATED_INTL; <WORDS> stands for a type's participles).
COORDINATED: dict[str, str] = {
    "arrest": r"interpell[ée](?:e|s|es)?|arr[êe]t[ée](?:e|s|es)?",
    "seizure": r"saisi(?:e|s|es)?|confisqu[ée](?:e|s|es)?",
    "search": r"perquisitionn[ée](?:e|s|es)?",
    "deportation": r"expuls[ée](?:e|s|es)?|reconduit(?:e|s|es)?\s+[àa]\s+la\s+fronti[èe]re",
    "release": r"rel[âa]ch[ée](?:e|s|es)?|lib[ée]r[ée](?:e|s|es)?|remis(?:e|es)?\s+en\s+libert[ée]",
    "charge": r"mis(?:e|es)?\s+en\s+examen",
}
COORDINATED_FAR = (
    r"(?<!\bne )(?<!\bn['’])\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+"
    r"[^.;:]{0,20}?\b\w+(?:é|i|is|it|u)(?:e|s|es)?\b[^.;:]{0,80}?,?\s+(?:et|puis)\s+"
    r"(?:ont\s+|a\s+)?(?:ensuite\s+|aussi\s+|également\s+|puis\s+)?(?:<WORDS>)\b"
)

# An action told as the day before the day given before it (events.DAY_BEFORE_SHIFT):
# "The night before, officers chased and arrested three men".
DAY_BEFORE = (
    r"^\W*(?:la\s+veille|dès\s+la\s+veille|un\s+jour\s+plus\s+tôt)\b(?!\s+(?:de|du|des|d['’])\b)"
)

# A seizure told again (events.GOODS_PART_BACK, SEIZED_ALSO; switched together by
# events.SEIZURE_BACK_INTL), besides the goods named again at its head (GOODS_BACK above: "Les
# stupéfiants ont été placés sous scellés"), their value or a part of them ("La valeur
# marchande de la drogue est estimée à 50 000 euros", "Une partie des cigarettes ..."), and
# more goods of the same action ("Les gendarmes ont également saisi un véhicule", "ainsi
# que").
GOODS_PART_BACK = (
    r"^\W*(?:(?:La|Sa|Leur)\s+valeur\s+(?:[\w-]+\s+){0,2}?(?:de|des|du|d['’])|(?:Une\s+partie|"
    r"La\s+plupart|Certaine?s|L['’]essentiel)\s+(?:de|des|du|d['’]))"
)
SEIZED_ALSO = (
    r"\b(?:également|aussi|en\s+outre)\b(?:\W+\w+){0,4}?\W+(?:saisi|découvert|trouvé|confisqué|"
    r"retrouvé|mis\s+la\s+main)|\b(?:saisi|découvert|trouvé|confisqué|retrouvé)e?s?\s+"
    r"(?:également|aussi)\b|\bainsi\s+que\b"
)

# People named by a noun with an article, the action's participle after it as an adjective
# ("certains des suspects arrêtés ont comparu", "les personnes interpellées seront
# présentées"): the people of an action told before (rules.PARTICIPLE_BACK_INTL).
PARTICIPLE_BACK = (
    r"\b(?:les|des|ces|aux)\s+(?:\w+\s+)?(?:suspects|personnes|individus|hommes|femmes|"
    r"jeunes|passeurs|trafiquants|conducteurs|chauffeurs|ressortissants|migrants)\s+$"
)

# A fine's noun after a number ("una multa", written "1 multa" when counted): a penalty, no
# count of people (events.FINE_NOT_A_COUNT).
FINE_NOUNS = r"amendes?"

# A year of birth ("né en 1990", "née le 3 mars 1985"): no date of the action
# (normalize.BIRTH_YEARS_NO_DATE).
BIRTH_YEAR = r"\b(?:né|née|nés|nées)\s+(?:en|le)\s+(?:[\w.,/-]+\s+){0,2}?(?:19|20)\d{2}\b"

# A man and a woman: two people ("un homme et une femme ont été interpellés";
# extraction.PAIR_INTL).
PAIR = r"\b(?:un|l['’]|cet)\s*homme\s+et\s+(?:une|la|cette)\s+femme\b|\b(?:une|la)\s+femme\s+et\s+(?:un|l['’])\s*homme\b"
# One and another told apart ("une perquisition à Lyon et une autre à Lille"): two, the other's noun
# left out and its place named (extraction.ONE_AND_ANOTHER).
ONE_AND_ANOTHER = r"\bet\s+(?:[àa]\s+|dans\s+|sur\s+|en\s+|d['’]\s*)?une?\s+autre\s+(?:[àa]|au|aux|sur|dans|en|pr[èe]s\s+de)\s+(?!fuite|cavale)(?:[\w'’-]+\s+){0,4}?(?-i:[A-ZÀ-Ý])"

# Things online: a seizure of them ("28 sites saisis") is a takedown (rules.ONLINE_SEIZED);
# servers are goods.
ONLINE = r"\b(?:sites?(?:\s+(?:web|internet))?|noms de domaine|domaines|comptes|cha[îi]nes\s+Telegram|pages\s+(?:web|Facebook)|ressources en ligne)\b"


# The sentence already passed as a sentence's subject, its definite or possessive noun
# first (rules.SENTENCE_SUBJECT_BACK).
SENTENCE_SUBJECT = r"\W*(?:La|Sa|Leur|Cette)\s+(?:\w+\s+)?(?:peine|condamnation)\s+(?:a|est|était|avait|sera|fut)\b"

# Sentence splitting (``text.sentences``, which joins every language's lists, since it runs
# before the language is known): short forms after which a full stop never ends a sentence
# (titles before a name, "Me Dupont", "Sig. Rossi"), and short forms after which it does not
# when a number follows ("ca. 20", "Nr. 3", "art. 416").
ABBREVIATIONS: tuple[str, ...] = (
    "Me",
    "Mes",
    "Mme",
    "Mmes",
    "Mlle",
    "MM",
    "Mgr",
    "Pr",
    "Ste",
    "av",
    "bd",
    "cf",
)
NUMBER_ABBREVIATIONS: tuple[str, ...] = ("art", "n", "env", "p")

# Held for their residence status, not as suspects of a crime: a detention (rules.
# STATUS_HELD_INTL): "interpellés en situation irrégulière".
HELD_AS_MIGRANT = r"\ben\s+situation\s+irrégulière\b|\bpour\s+séjour\s+irrégulier\b"

# People in general: a count told of them, then its parts, is a total (events.TOTAL_THEN_PARTS).
GENERIC_PEOPLE = r"personnes|individus|suspects|prévenus|passeurs|migrants|ressortissants"
# Prepositions of direction: the country after one, right after a removal's word, is where
# people are sent (events.REMOVAL_DESTINATION_INTL).
DESTINATION = r"vers|en|au|aux"
# Words of a journey: a place after one and a preposition of DESTINATION is where someone was
# going ("en partance vers Madrid", "cherchait à fuir en Espagne"), not where the text
# happens (events.TRAVEL_DESTINATION_INTL; not "voyageait en France", which is "in").
TRAVEL_TO = (
    r"en partance|en route|partir|partait|s['’]envoler|s['’]envolait|fuir|fuyait|"
    r"se rendre|se rendait|rejoindre"
)


# Words that give a number as the total of those acted on ("insgesamt elf Menschen", "en total
# 12 personas"): that number counts the action when it is larger (events.TOTAL_COUNT_INTL).
TOTAL = r"au total|en tout"

# Words saying people were on a vessel or vehicle (extraction.PEOPLE_NEXT: the people a
# sentence after an interception counts on board are its count).
ABOARD = r"à\s+bord"

# Words that open a part of a number of people just given ("3 personen, waarvan 1
# minderjarige"): the number before them is the whole (extraction.WHOLE_BEFORE_PART_INTL).
PART_OF = r"dont"

# Places searched, after a number, count a search (extraction.SEARCH_PLACES_COUNT):
# "une descente effectuée dans trois maisons", "quatre habitations perquisitionnées".
SEARCH_PLACES = (
    r"domiciles|logements|habitations|maisons|appartements|lieux|sites|adresses|locaux|"
    r"immeubles|commerces|établissements|entrepôts|garages|bâtiments|villas|boutiques"
)
