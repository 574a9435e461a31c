"""Italian words for selection and the rules' checks."""

# Stems of the words that can report an enforcement action: recall-first paragraph
# selection, used as r"\b(?:" + TRIGGERS + r")" with re.IGNORECASE.
TRIGGERS: str = (
    # arrest, fermo, pre-trial custody
    r"arrest|ferm[aoi]|cattur|manett|ammanettat|custodia|cautelar|domiciliar|carcer|detenut|detenzion|"
    r"assicurat\w* alla giustizia|rintracciat|acciuffat|convalid|latitant|"
    # charge, conviction, sentence, fine
    r"indagat|denunciat|deferit|rinvi\w* a giudizio|giudizio immediato|direttissim|imput|"
    r"accus|incriminat|processat|a processo|sotto processo|condann|colpevol|patteggi|confess|verdetto|"
    r"sentenza|pena\b|pene\b|reclusione|prigion|ergastol|inflitt|lavori di pubblica utilit|"
    r"lavori socialmente utili|sospensione condizionale|affidamento in prova|dietro le sbarre|"
    r"multa|multe\b|multat|ammend[ae]\b|sanzion|confisc|risarc|provvisionale|contravvenzion|"
    r"oblazione|pagat|pagament|pagar|pagher|"
    # seizure, search, interception
    r"sequestr|rinven|trovat|ritrovat|scopert|recuperat|requisit|congelat|sigillat|"
    r"perquisi|ispezion|blitz|irruzion|retat|controll|setacciat|rastrellament|"
    r"intercett|blocc|trasbord|soccors|salvat|tratt\w* in salvo|nascost|respint|respingiment|"
    r"sventat|impedit|abbordat|individuat|agganciat|barchin|barcon|"
    # detention, deportation, extradition, release
    r"trattenut|trattenimento|hotspot|cpr\b|cie\b|centr[oi] (?:di|per il) (?:permanenza|rimpatrio|"
    r"accoglienza|prima accoglienza|identificazione)|trasferit|accompagnat|in questura|"
    r"espuls|rimpatri|allontan|riammess|riammission|"
    r"riportat[oaie] in (?:patria|italia)|accompagnamento|estrad|consegnat|mae\b|consegna (?:all[ae]?|agli|ai|al)\b|mandato d['’]arresto|"
    r"scarcer|liberat|liberazione|libert[àa]|liber[oaie]\b|rilasciat|rilascio|a piede libero|"
    r"obbligo di (?:firma|dimora|presentazione)|cauzione|"
    # takedown
    r"oscur|chius|chiusura|rimoss|rimozione|disattivat|sospes[oaie]\b|cancellat|inibit|"
    r"offline|smantell|sgominat"
)

# What a sentence must say to report an event of each type (prefixed with r"\b").
TYPE_WORDS: dict[str, str] = {
    "arrest": (
        r"(?:arrest\w*|fermat[oaie]\b|ferm[oi]\b|cattur\w*|manette|ammanettat\w*|"
        r"custodia cautelare|(?:misur|provvediment|ordinanz)[aeio] cautelar[ie]|arresti domiciliari|domiciliari|carcer\w*|"
        r"detenut[oaie]\b|assicurat[oaie] alla giustizia|rintracciat[oaie]\b|bloccat[oaie]\b|"
        r"acciuffat\w*|convalid\w*|in stato di fermo)"
    ),
    "charge": (
        r"(?:rinviat[oaie] a giudizio|rinvio a giudizio|giudizio immediato|direttissim\w*|"
        r"imputat[oaie]\b|imputazion\w*|accusat[oaie]\b|accus[ae]\b|incriminat\w*|"
        r"indagat[oaie]\b|denunciat[oaie]\b|deferit[oaie]\b|a processo|sotto processo|"
        r"processat[oaie]\b|capi? d['’](?:accusa|imputazione))"
    ),
    "conviction": (r"(?:condann\w*|colpevol\w*|patteggi\w*|confess\w*|verdetto|sentenz[ae]\b)"),
    "sentence": (
        r"(?:condann\w*|pena\b|pene\b|reclusione|carcer\w*|prigion\w*|ergastol\w*|"
        r"inflitt[oaie]\b|arresti domiciliari|domiciliari|lavori di pubblica utilit[àa]|"
        r"lavori socialmente utili|sospensione condizionale|patteggiat\w*|patteggiamento|"
        r"(?:anni|mesi) di detenzione|detenzione domiciliare|affidamento in prova|"
        r"dietro le sbarre)"
    ),
    "financial_penalty": (
        r"(?:multa\w*|multe\b|multat\w*|ammend[ae]\b|sanzion\w*|confisc\w*|risarciment\w*|"
        r"risarcir\w*|provvisionale|contravvenzion\w*|oblazione|pagar\w*|pagat[oaie]\b|"
        r"pagament\w*|pagher\w*)"
    ),
    "seizure": (
        r"(?:sequestr\w*|confisc\w*|rinvenut[oaie]\b|rinven(?:ire|ne|nero)\b|trovat[oaie]\b|"
        r"ritrovat[oaie]\b|scopert[oaie]\b|recuperat[oaie]\b|requisit[oaie]\b|"
        r"congelat[oaie]\b|intercettat[oaie]\b|sigillat\w*)"
    ),
    "search": (
        r"(?:perquisi\w*|ispezion\w*|blitz|irruzion\w*|retat[ae]\b|controll\w*|setacciat\w*|"
        r"rastrellament\w*)"
    ),
    "interception": (
        r"(?:intercett\w*|bloccat[oaie]\b|blocc(?:o|are)\b|fermat[oaie]\b|trasbord\w*|"
        r"soccors\w*|salvat[oaie]\b|tratt[oaie] in salvo|controllat\w*|controll[oi]\b|"
        r"rintracciat[oaie]\b|scopert[oaie]\b|trovat[oaie]\b|rinvenut[oaie]\b|"
        r"nascost[oaie]\b|respint[oaie]\b|respingiment\w*|sventat[oaie]\b|impedit[oaie]\b|"
        r"abbordat[oaie]\b|individuat[oaie]\b|agganciat[oaie]\b)"
    ),
    # people held who are not suspects: migrants, administrative detention (CPR, hotspot)
    "detention": (
        r"(?:trattenut[oaie]\b|trattenimento|cpr\b|cie\b|centr[oi] (?:di|per il) "
        r"(?:permanenza|rimpatrio|accoglienza|prima accoglienza|identificazione)|hotspot|"
        r"trasferit[oaie]\b|accompagnat[oaie]\b|detenzione amministrativa|detenut[oaie]\b|"
        r"ferm[oi]\b|fermat[oaie]\b|in questura)"
    ),
    "deportation": (
        r"(?:espuls\w*|rimpatri\w*|accompagnat[oaie] alla frontiera|"
        r"accompagnamento (?:coattivo )?alla frontiera|respint[oaie]\b|respingiment\w*|"
        r"allontanat[oaie]\b|allontanamento|riammess[oaie]\b|riammission\w*|"
        r"riportat[oaie] in (?:patria|italia))"
    ),
    "extradition": (
        r"(?:estrad\w*|consegnat[oaie]\b|consegna (?:all[ae]?|agli|ai|al)\b|"
        r"mandato d['’]arresto europeo|mae\b|trasferit[oaie] in italia|"
        r"riportat[oaie] in (?:patria|italia))"
    ),
    "release": (
        r"(?:scarcerat\w*|scarcerazion\w*|rimess[oaie] in libert[àa]|libert[àa]|"
        r"liberat[oaie]\b|liberazione|liber[oaie]\b|rilasciat[oaie]\b|rilascio|a piede libero|"
        r"obbligo di (?:firma|dimora|presentazione)|cauzione)"
    ),
    # an action on sites, channels, accounts ... (either order in the sentence)
    "takedown": (
        r"(?:(?:oscurat\w*|oscurament\w*|chius[oaie]\b|chiusura|rimoss[oaie]\b|rimozione|"
        r"bloccat[oaie]\b|blocco|disattivat\w*|sospes[oaie]\b|cancellat[oaie]\b|"
        r"sequestrat[oaie]\b|inibit[oaie]\b|offline|smantellat\w*)"
        r"(?=.*\b(?:siti|sito|pagin[ae]|canal[ei]|account|profil[oi]|gruppi|gruppo|post|"
        r"contenut[oi]|video|domini|dominio|piattaform[ae]|chat|server|portal[ei]|link|"
        r"annunci|annuncio|iptv)\b)|"
        r"(?:siti|sito|pagin[ae]|canal[ei]|account|profil[oi]|gruppi|gruppo|post|contenut[oi]|"
        r"video|domini|dominio|piattaform[ae]|chat|server|portal[ei]|link|annunci|annuncio|"
        r"iptv)\b.*\b(?:oscurat\w*|oscurament\w*|chius[oaie]\b|chiusura|rimoss[oaie]\b|"
        r"rimozione|bloccat[oaie]\b|blocco|disattivat\w*|sospes[oaie]\b|cancellat[oaie]\b|"
        r"sequestrat[oaie]\b|inibit[oaie]\b|offline|smantellat\w*))"
    ),
}

# A request opens with a verb in the imperative: Lei / voi forms ("Segnali ogni ...",
# "Elencate tutti ...") and the tu forms that are not also nouns ("mostra", "classifica")
# or common 3rd-person sentence openers.
REQUEST_VERBS: frozenset[str] = frozenset(
    [
        "aggiunga",
        "aggiungete",
        "aggiungi",
        "chiami",
        "chiamate",
        "contatti",
        "contattate",
        "dica",
        "dite",
        "dimentichi",
        "dimenticate",
        "dimentica",
        "elenchi",
        "elencate",
        "elenca",
        "estragga",
        "estraete",
        "estrai",
        "ignori",
        "ignorate",
        "ignora",
        "includa",
        "includete",
        "includi",
        "indichi",
        "indicate",
        "riporti",
        "riportate",
        "risponda",
        "rispondete",
        "rispondi",
        "scriva",
        "scrivete",
        "scrivi",
        "segnali",
        "segnalate",
        "segnala",
        "sostituisca",
        "sostituite",
        "sostituisci",
        "traduca",
        "traducete",
        "traduci",
        "usi",
        "usate",
        "utilizzi",
        "utilizzate",
        "utilizza",
    ]
)
# The imperative's object or complement starts with one of these.
REQUEST_OBJECT_STARTS: frozenset[str] = frozenset(
    [
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "uno",
        "una",
        "ogni",
        "tutto",
        "tutti",
        "tutta",
        "tutte",
        "ciascun",
        "ciascuno",
        "ciascuna",
        "qualsiasi",
        "qualunque",
        "questo",
        "questa",
        "questi",
        "queste",
        "quello",
        "quella",
        "quelli",
        "quelle",
        "ciò",
        "solo",
        "soltanto",
        "solamente",
        "unicamente",
        "nulla",
        "niente",
        "nessun",
        "nessuno",
        "nessuna",
        "mi",
        "ci",
        "ce",
        "noi",
        "subito",
        "immediatamente",
        "cosa",
    ]
)
# Words that soften a request: "Per favore, segnali ...", "Cortesemente indicate ...".
REQUEST_SOFTENERS: frozenset[str] = frozenset(
    [
        "per",
        "favore",
        "perfavore",
        "cortesemente",
        "gentilmente",
        "ora",
        "adesso",
        "anche",
        "invece",
    ]
)


# One person and no number: "un uomo", "il conducente", "è stato arrestato" (for the
# count of an arrest, a charge, a sentence ...).
SINGULAR = (
    r"\b(?:un|una|un['’]|il|lo|la|l['’])\s*(?:\w+\s+)?(?:uomo|donna|persona|giovane|ragazzo|"
    r"ragazza|cittadino|cittadina|conducente|autista|indagato|indagata|sospettato|latitante|"
    r"straniero|straniera|pregiudicato|pregiudicata|\w+enne)\b|\b[èe] stat[oa]\b|\bfu\b"
)

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"un|uno|una|un'"
TERM_UNITS = {"year": r"anni|anno", "month": r"mesi|mese", "week": r"settimane?|settimana"}
AND_A_HALF = r"e mezzo"
HALVES: dict[str, str] = {}
TERM_MAXIMUM = r"fino a|massimo|rischia(?:no)?|rischiano|pena massima"
MONEY_SCALES = {"milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "mila": 1e3}
MONEY_LINK = r"di"
CURRENCY_WORDS = {
    "euro": "EUR",
    "eur": "EUR",
    "dollari": "USD",
    "dollaro": "USD",
    "usd": "USD",
    "sterline": "GBP",
    "gbp": "GBP",
    "franchi svizzeri": "CHF",
    "franchi": "CHF",
    "chf": "CHF",
}
NOT_A_COUNT = (
    r"anni|anno|mesi|mese|settimane?|giorni|giorno|ore\b|kg|chili|chilogrammi|grammi|g\b|"
    r"tonnellate?|litri|euro|€|%|per ?cento|milioni|milione|mila\b|enne"
)
LOCATIVE = r"in|a|verso|nel|nella"
# Prepositions before a country someone or something came from ("dalla Spagna").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"la|il|lo|l['’]|gli|le"
ORIGIN = r"da|dal|dalla|dall['’]|di|proveniente da"
COUNTRY_ALIASES = {"Inghilterra": "GB", "Gran Bretagna": "GB", "Olanda": "NL", "USA": "US"}
AGENCY_COUNTRIES = {
    "Guardia di Finanza": "IT",
    "Carabinieri": "IT",
    "Polizia di Stato": "IT",
    "Agenzia delle Dogane": "IT",
    "Direzione Distrettuale Antimafia": "IT",
    "Direzione Investigativa Antimafia": "IT",
}
# Words that deny the action the next few words report ("non è stato arrestato").
NEGATORS = r"non|mai|nessun|nessuna|nessuno|senza|né"
CLAUSE_BREAKS = r"[,;:]|\bma\b|\be\b|\bo\b|\bche\b|\bpoi\b"
