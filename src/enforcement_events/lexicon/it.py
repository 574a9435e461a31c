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
# Escorts to the border by more of their names ("accompagnamenti coatti alla frontiera",
# "accompagnamento in frontiera"): a removal. Filled in for <ESCORTS_ABROAD> in TYPE_WORDS
# (rules.ESCORTS_ABROAD_IT).
ESCORTS_ABROAD = r"accompagnament[oi] (?:coatt(?:iv)?[oi] |forzat[oi] )?(?:alla|in) frontiera"
# Someone escorted to a border, an airport, a prison or a barracks ("accompagnato presso la
# frontiera aerea", "accompagnato in carcere") is being removed or was arrested: no
# detention. Filled in for <NOT_ESCORTED> in TYPE_WORDS (rules.ESCORTED_NOT_HELD).
NOT_ESCORTED = (
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:frontiera|valico|aeroporto|scalo|carcere|"
    r"casa circondariale|caserma|comando)\b)"
)

# "Detenuto" after an article or a preposition joined to one is a noun, an inmate ("Un
# detenuto tunisino ... è stato accompagnato alla frontiera", "i detenuti del carcere"): no
# word for an arrest or a detention. Filled in for <INMATE> in TYPE_WORDS
# (rules.INMATE_NOUN_INTL).
INMATE_NOUN = "".join(
    rf"(?<!\b{a} )"
    for a in ("un", "uno", "il", "lo", "i", "gli", "del", "dello", "dei", "degli", "al", "ai")
    + ("agli", "dal", "dai", "dagli", "nel", "nei", "sul", "ex", "una", "la", "le", "della")
    + ("delle", "alla", "alle", "dalla", "dalle", "nella", "nelle", "sulla", "questo", "quel")
    + ("quello", "questa", "quella", "altro", "altra", "altri", "altre", "due", "tre")
    + ("alcuni", "alcune", "nessun", "ogni")
)

# Countries' names that are also given names ("Jordan Smith", "Maurizio Pellegrino"):
# followed by a surname, a person, no place (normalize.GIVEN_NAME_COUNTRIES).
GIVEN_NAME_COUNTRIES = r"maurizio|jordan|chad|georgia|israel|india"

TYPE_WORDS: dict[str, str] = {
    "arrest": (
        r"(?:arrest\w*|fermat[oaie]\b|ferm[oi]\b|cattur\w*|manette|ammanettat\w*|"
        r"custodia cautelare|(?:misur|provvediment|ordinanz)[aeio] cautelar[ie]|arresti domiciliari|domiciliari|carcer\w*|"
        r"<INMATE>detenut[oaie]\b|assicurat[oaie] alla giustizia|rintracciat[oaie]\b|bloccat[oaie]\b|"
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
        r"(?:perquisi\w*|blitz|irruzion\w*|retat[ae]\b|setacciat\w*|"
        r"rastrellament\w*)"
    ),
    "interception": (
        r"(?:intercett(?!azion)\w*|bloccat[oaie]\b|blocc(?:o|are)\b|fermat[oaie]\b|trasbord\w*|"
        r"soccors\w*|salvat[oaie]\b|tratt[oaie] in salvo|controllat\w*|controll[oi]\b|"
        r"rintracciat[oaie]\b|scopert[oaie]\b|trovat[oaie]\b|rinvenut[oaie]\b|"
        r"nascost[oaie]\b|respint[oaie]\b|respingiment\w*|sventat[oaie]\b|impedit[oaie]\b|"
        r"abbordat[oaie]\b|individuat[oaie]\b|agganciat[oaie]\b)"
    ),
    # people held who are not suspects: migrants, administrative detention (CPR, hotspot)
    "detention": (
        r"(?:trattenut[oaie]\b|trattenimento|cpr\b|cie\b|centr[oi] (?:di|per il) "
        r"(?:permanenza|rimpatrio|accoglienza|prima accoglienza|identificazione)|hotspot|"
        r"trasferit[oaie]\b|accompagnat[oaie]\b<NOT_ESCORTED>|detenzione amministrativa|<INMATE>detenut[oaie]\b|"
        r"ferm[oi]\b|fermat[oaie]\b|in questura)"
    ),
    "deportation": (
        r"(?:espuls\w*|rimpatri\w*|accompagnat[oaie] alla frontiera|"
        r"accompagnamento (?:coattivo )?alla frontiera<ESCORTS_ABROAD>|respint[oaie]\b|respingiment\w*|"
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
        r"liberat[oaie]\b|liberazione|liber[oaie]\b|rilasciat[oaie]\b|"
        # "il rilascio del documento di viaggio": a document issued, no one released
        r"rilascio(?!\s+(?:del|dei|della|delle|degli|di)\s+(?:[\w']+\s+){0,2}?(?:document|"
        r"permess|passaport|vist[oi]\b|nulla\s*osta|lasciapassare|certificat|carta|titol))|"
        r"a piede libero|"
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
    # the article joined to "a" ("al 34enne tedesco", "alla donna") and a courier or a
    # defendant ("il corriere", "l'imputato"): events.one_person
    r"|\b(?:al|allo|alla|all['’])\s*(?:\w+\s+)?(?:uomo|donna|persona|giovane|ragazzo|ragazza|"
    r"cittadino|cittadina|conducente|autista|indagato|indagata|latitante|straniero|straniera|"
    r"(?-i:corriere)|imputato|imputata|\w+enne)\b"
    r"|\b(?:il|un|l['’])\s*(?:\w+\s+)?(?:(?-i:corriere)|imputato|imputata)\b"
    # "corriere" in small letters only (L340): "al Corriere della Sera" is a newspaper
)

# The action's own word in the singular, when the sentence gives no number: a participle
# agrees with its subject ("arrestato", "fermata"; "arrestati" is plural).
SINGULAR_WORD = r"\w+(?:ato|ata|ito|ita|uto|uta)"


# Factuality: words that make an action possible, future, alleged or only reported
# ("potrebbe essere espulso", "sarà processato", "avrebbero organizzato", "rischia").
MODAL = (
    r"\b(?:potrebbe|potrebbero|dovrà|dovranno|dovrebbe|dovrebbero|sarà|saranno|avrebbe|"
    r"avrebbero|sarebbe|sarebbero|rischia|rischiano|potrà|potranno|presunt[oaie])\b"
)
# A word of possibility opening the sentence and followed straight by its verb
# (rules.HEDGE_OPENING_INTL): what that clause tells is only possible, even in words the
# rule net reads ("Forse sono stati arrestati anche i complici"); not a hedge on one phrase
# ("Vermutlich gestohlene Fahrräder wurden sichergestellt").
HEDGE_OPENING = r"Forse|Probabilmente|Presumibilmente|Verosimilmente|Possibilmente"
HEDGE_VERB = r"è|sono|sia|siano|era|erano|ha|hanno|che"
# A condition opening the clause of an action: it has not happened ("qualora
# fossero condannati", "in caso di condanna"; rules.CONDITIONAL_INTL).
CONDITIONAL = r"(?:qualora|in caso di|se(?!\s+(?:ne|lo|la|li|le)\b))\b"
# A penalty asked for by the prosecution is not a penalty passed ("il pm ha chiesto").
DEMANDS = r"\b(?:chiesto|chiesta|chiesti|richiesto|richiesta|chiede|chiedeva|invocato)\b"
# More ways to ask for a penalty (rules.DEMANDS_MORE_INTL): "chiedono", "chiesero",
# "sollecitato" (not "chiese", also churches).
DEMANDS_MORE = r"\b(?:chiesero|chiedono|chiedevano|sollecitato|sollecitata)\b"
# People who are not suspects: their custody is a detention, a suspect's an arrest.
MIGRANTS = (
    r"\b(?:migranti|migrante|profughi|richiedenti asilo|clandestini|irregolari|naufraghi|"
    r"CPR|CIE|hotspot)\b"
)

# Beside MIGRANTS, PEOPLE_MORE and the words for a removal: a document with none of these
# tells of no one held who is not a suspect (rules.HELD_NO_MIGRANTS_INTL).
NOT_SUSPECTS_DOC = r"\bimmigrazione\b|\bextracomunitar\w*|\bpermesso di soggiorno\b"

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"un|uno|una|un'"
TERM_UNITS = {"year": r"anni|anno", "month": r"mesi|mese", "week": r"settimane?|settimana"}
# A term told in days ("30 giorni di reclusione"): read only when the text gives no other unit, and
# only beside a word for custody after the days (TERM_DAYS_AFTER) or before them
# (TERM_DAYS_BEFORE), so that days to appeal or to pay, and day-fines, are no term.
TERM_DAYS = r"giorni|giorno"
TERM_DAYS_AFTER = r"di\s+(?:reclusione|arresto|carcere|detenzione)\b"
TERM_DAYS_BEFORE = r"\b(?:pena|condanna)\s+(?:a|di)\s+$"
AND_A_HALF = r"e mezzo"
HALVES: dict[str, str] = {}
# "Of which": a part of a term told after it ("drie jaar, waarvan twee voorwaardelijk"), no
# term of its own (normalize.intl_terms).
OF_WHICH = r"\bdi cui\b"
# Words that tell two terms in one sentence are not each passed on someone: a range, a total,
# time already spent or gone by, a probation period or a ban (normalize.intl_terms).
NOT_EACH = (
    r"\b(?:tra|fra) \S+ (?:\S+ ){0,3}?e \S+ (?:anni|mesi)\b|\b(?:complessiv\w*|in tutto|custodia cautelare|"
    r"interdizione|divieto|sospensione condizionale)\b|\b(?:da|per) \S+ (?:anni|mesi)\b"
)
TERM_MAXIMUM = r"fino a|massimo|rischia(?:no)?|rischiano|pena massima"
# A term told unit first, as court reports often write it ("condannato ad anni 4 di
# reclusione", "2 anni e mesi 6 di reclusione"): the word before it, the unit and the
# number, read as "ad 4 anni", "e 6 mesi" (normalize.UNIT_FIRST_TERMS); after "di" only
# before a term's words ("di anni 45" is an age).
TERM_UNIT_FIRST = (
    r"\b(di|ad?|ed?)\s+(anni|anno|mesi|mese)\s+(\d{1,2})\b"
    r"(?=\s+(?:e|ed)\s+(?:mesi|mese|giorni)\s+\d|\s+(?:mesi|mese|giorni)\s+\d|"
    r"\s+di\s+(?:reclusione|carcere|arresto|detenzione)\b|"
    # after "di", only a term's words: "un uomo di anni 45" is an age
    r"(?<!\bdi\s(?:anni|anno|mesi|mese)\s\d)(?<!\bdi\s(?:anni|anno|mesi|mese)\s\d\d)\s*(?:[,.;]|$))"
)
MONEY_SCALES = {"milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "mila": 1e3}
# "and": joins two parts of a sum ("a million and 760 thousand") and the ends of a
# range ("aged between 18 and 26").
AND = r"e|ed"
# "to" between the ends of a range ("dai 19 ai 24 anni").
TO = r"a|ai|agli"
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
    r"|chilometri|chilometro|km\b|metri"
    r"|migli[ao]"  # "a 19 miglia dalla costa" (session 43)
)
LOCATIVE = r"in|a|verso|nel|nella"
# Courts, prosecutors and police named after their seat ("la Procura di Bergamo", "il
# Tribunale di Lugano"): the town tells where the text happens, as "in <town>" does.
SEAT_OF = (
    r"(?:[Pp]rocura|[Tt]ribunale|[Qq]uestura|[Cc]orte d['’][Aa](?:ppello|ssise)|[Pp]refettura|"
    r"[Cc]arcere|[Cc]asa circondariale)(?: della Repubblica)? di"
)
# Prepositions before a country someone or something came from ("dalla Spagna").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"la|il|lo|l['’]|gli|le"
ORIGIN = r"da|dal|dalla|dall['’]|di|proveniente da"
# Who asked for the action, and whose country that is ("arrestato a Napoli su richiesta delle autorità belghe"): the requester's country is
# no place of an arrest, search or seizure (events.REQUESTER_NOT_PLACE_INTL).
REQUESTED_BY = r"\bsu\s+richiesta\s+d(?:i|ella|elle|el|ei|egli|ello|ell['’]|['’])|\b(?:richiest|ricercat)[oaie]\s+da"
# Where someone or something came from or passed through, before a town whose country follows
# in brackets ("proveniente da Lagos (Nigeria)"): that country is an origin (normalize.TOWN_ORIGIN_INTL).
PROVENANCE = r"provenient[ei] da|in arrivo da|via"
COUNTRY_ALIASES = {"Inghilterra": "GB", "Gran Bretagna": "GB", "Olanda": "NL", "USA": "US"}
AGENCY_COUNTRIES = {
    "Guardia di Finanza": "IT",
    "Carabinieri": "IT",
    "Polizia di Stato": "IT",
    "Guardia Costiera": "IT",
    "Agenzia delle Dogane": "IT",
    "Questura": "IT",
    "Direzione Distrettuale Antimafia": "IT",
    "Direzione Investigativa Antimafia": "IT",
    "Polizia cantonale": "CH",
}
# Words that deny the action the next few words report ("non è stato arrestato").
NEGATORS = r"non|mai|nessun|nessuna|nessuno|senza|né"
CLAUSE_BREAKS = r"[,;:]|\bma\b|\be\b|\bo\b|\bche\b|\bpoi\b"


# The court "condemning" someone, in the gerund with its object pronoun ("condannandolo
# a tre anni"): a verdict told in passing, as "condannato" is.
CONDEMNING = r"condannandol[oaie]"

# A character inside a clause: no full stop or semicolon, but a point between digits is a
# thousands point ("10.000 euro di multa"), not the end of the clause.
CLAUSE_CHAR = r"(?:[^.;]|(?<=\d)\.(?=\d))"

# Sentences that report an action in so many words (a completed action in the past or
# present, passive or active, with its usual participle or noun): the rule net under the
# model's recall. Matched case-insensitively with re.search; keys are SPEC type values.
# Shared pieces are written once as <NAME> and filled in below: <AUX> an auxiliary of a
# compound tense or passive ("è stato", "sono stati", "hanno", "venne"), not after "non"
# or "mai" nor reflexive, then <W> words that are no negation, modal or preposition
# ("non è stato arrestato", "potrebbe essere estradato" never match); <HEAD> a count
# heading a headline ("Sette giovani arrestati"), <START> a participle heading one
# ("Arrestati 7 giovani"), <NUM> a number, <G> no "essere", "sarà", "venga" just before
# ("rischia di essere condannato a").
RULES: dict[str, str] = {
    type_: pattern.replace("[^.;]", CLAUSE_CHAR)
    .replace(
        "<AUX>",
        r"(?<!\bnon )(?<!\bmai )(?<!\bné )(?<!\bsi )\b(?:è|sono|era|erano|fu|furono|venne|"
        r"vennero|ha|hanno|aveva|avevano|ebbe|ebbero)\s+(?:<W>\s+){0,2}?",
    )
    .replace(
        "<HEAD>",
        r"(?:^|:\s*)\W*(?:(?:oltre|circa|più di|almeno|altri|altre)\s+)?<NUM>\s+"
        r"(?:(?!(?:non|che|essere|sarà|saranno|potrebbe|potrebbero|possono|può|devono|deve|"
        r"rischia|rischiano|per|senza)\b)[\w'’-]+\s+){0,5}?",
    )
    .replace("<START>", r"^\W*")
    .replace(
        "<W>",
        r"(?!(?:non|mai|né|che|se|essere|sarà|saranno|sarebbe|sarebbero|sia|siano|venga|"
        r"vengano|verrà|verranno|potrebbe|potrebbero|può|possono|deve|devono|dovrà|dovranno|"
        r"dovrebbe|dovrebbero|per|da|di|a|ad)\b)[\w'’-]+",
    )
    .replace(
        "<NUM>",
        r"(?:\d[\d.,]*|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|"
        r"dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|"
        r"ventun\w*|ventidue|ventitré|(?:tr|quar|cinqu|sess|sett|ott|nov)anta\w*|cento|mille|"
        r"diversi|diverse|numerosi|numerose|decine di|centinaia di)",
    )
    .replace("<GERUND>", CONDEMNING)
    .replace(
        "<G>",
        r"(?<!essere )(?<!sarà )(?<!saranno )(?<!sarebbe )(?<!sarebbero )(?<!verrà )"
        r"(?<!verranno )(?<!venga )(?<!vengano )(?<!\bsia )(?<!siano )(?<!fosse )"
        r"(?<!fossero )",
    )
    for type_, pattern in {
        # "è stato arrestato", "hanno arrestato", "sono finiti in manette", "tratto in
        # arresto", "Arrestati 7 giovani", "tre arresti", "eseguite cinque misure
        # cautelari", "il gip ha convalidato l'arresto", "è ai domiciliari"
        "arrest": (
            r"<AUX>(?:arrestat|catturat|ammanettat)[oaie]\b|"
            r"<AUX>(?:tratt[oaie]\s+in\s+arresto|finit[oaie]\s+in\s+manette|post[oaie]\s+agli\s+"
            r"arresti(?:\s+domiciliari)?|sottopost[oaie]\s+(?:al\s+fermo|a\s+fermo|alla\s+"
            r"custodia\s+cautelare|a\s+custodia\s+cautelare|agli\s+arresti\s+domiciliari|"
            r"alla\s+misura\s+della\s+custodia\s+cautelare)|associat[oaie]\s+(?:al|in|alla)\s+"
            r"(?:carcere|casa\s+circondariale))|"
            r"^(?!.*\b(?:treno|camion|tir|auto|autovettura|veicolo|furgone|mezzo|pullman|bus|"
            r"barca|barchino|gommone|imbarcazione|nave|moto|scooter|corteo)\b).*?<AUX>"
            r"fermat[oaie]\s+(?=(?:dalla|dai|dagli|dal)\s+(?:polizia|carabinieri|agenti|militari|"
            r"finanzieri|guardia|poliziotti|squadra))|"
            r"\b(?:arrestò|arrestarono|catturò|catturarono)\b|"
            r"<START>(?:arrestat|catturat)[oaie]\s+(?:<NUM>|il|lo|la|i|gli|le|l['’])|"
            r"<START>fermat[oaie]\s+<NUM>\s|"
            r"<HEAD>(?:arrestat[oaie]|fermat[oaie]|catturat[oaie]|finit[oaie]\s+in\s+manette)"
            r"\b|<START>in\s+manette\b|"
            r"^(?!.*\b(?:esclud\w+|esclus[io]|previst[io]|potrebbero|attes[io])\b).*?\b<NUM>\s+"
            r"(?:\w+\s+)?arresti\b|"
            r"<G>\b(?:esegu(?:ito|ita|iti|ite|irono|ì)|dato\s+esecuzione\s+a)\b[^.;]{0,60}?"
            r"\b(?:misur[ae]\s+cautelar[ie]|ordinanz[ae]\s+(?:di\s+custodia\s+)?cautelar[ie]|"
            r"ordinanz[ae]\s+di\s+(?:custodia|arresto)|custodia\s+cautelare|arresti|fermi|"
            r"provvediment[oi]\s+di\s+fermo)|"
            r"<G>\bconvalidat[oaie]\s+(?:il\s+fermo|l['’]arresto|gli\s+arresti|i\s+fermi)|"
            r"\b(?:fermo|arresto|arresti|fermi)\b[^.;]{0,40}?<AUX>convalidat[oaie]\b|"
            r"\b(?:si\s+è|hanno|ha|è\s+stato)\s+(?:\w+\s+)?proceduto\s+(?:all['’]arresto|"
            r"al\s+fermo|agli\s+arresti)|"
            r"(?<!\bnon )\b(?:è|sono|si\s+trova|si\s+trovano)\s+(?:ora\s+|attualmente\s+|"
            r"adesso\s+)?(?:agli\s+arresti\s+domiciliari|ai\s+domiciliari|in\s+custodia\s+"
            r"cautelare)\b"
        ),
        # "è stato rinviato a giudizio", "ha disposto il giudizio immediato"
        "charge": (
            r"(?:<AUX>|<START>|<HEAD>)rinviat[oaie]\s+a\s+giudizio\b|"
            r"<AUX>(?:disposto|chiesto\s+e\s+ottenuto)\s+(?:il\s+)?(?:rinvio\s+a\s+giudizio|"
            r"giudizio\s+immediato)"
        ),
        # "condannato" with a penalty or a court after it (not "ha condannato l'attacco"),
        # "riconosciuto colpevole", "ha patteggiato"
        "conviction": (
            r"<AUX>condannat[oaie]\s+(?:[^.;]{0,80}?\s)?(?:a\s+(?:[\w,.'’-]+\s+){0,5}?(?:anni|"
            r"anno|mesi|mese|giorni|reclusione|carcere|ergastolo|multa|ammenda|pagare|pena|"
            r"morte)\b|all['’]ergastolo\b|per\s+(?:\w+\s+){0,2}?(?:reato|reati|omicidio|rapina|"
            r"spaccio|traffico|favoreggiamento|truffa|furto|associazione|estorsione|violenza|"
            r"tentato|detenzione|riciclaggio|corruzione|sfruttamento|maltrattamenti|lesioni|"
            r"stalking|frode|bancarotta|evasione|resistenza|terrorismo)\b|in\s+(?:primo\s+grado|"
            r"appello|via\s+definitiva|Cassazione|abbreviato|rito\s+abbreviato)|dal\s+"
            r"(?:tribunale|gup|gip|giudice)|dalla\s+(?:Corte|Cassazione)|dai\s+giudici)|"
            r"<G>\b(?:condannat[oaie]|condannò|condannarono|<GERUND>)\s+(?:[^.;]{0,80}?\s)?(?:a\s+"
            r"(?:[\w,.'’-]+\s+){0,5}?(?:anni|anno|mesi|mese|giorni|reclusione|carcere|ergastolo|"
            r"multa|ammenda|pagare|morte)\b|all['’]ergastolo\b)|"
            r"<AUX>(?:riconosciut|dichiarat|giudicat)[oaie]\s+colpevol[ei]\b|"
            r"(?<!\bnon )\b(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?patteggiato\b"
        ),
        # "condannato a sei anni di reclusione", "ha patteggiato due anni", "gli sono stati
        # inflitti", "Dieci anni di carcere al ..." (not "chiesti", "rischia")
        "sentence": (
            # "condannato alla pena di due anni": "alla pena di" as "a"
            r"<G>\b(?:condannat[oaie]|condannò|condannarono|<GERUND>)\s+(?:[^.;]{0,80}?\s)?(?:(?:a|ad|alla)\s+"
            r"(?:[\w,.'’-]+\s+){0,5}?(?:anni|anno|mesi|mese|giorni|reclusione|carcere|"
            r"ergastolo)\b|all['’]ergastolo\b)|"
            r"(?<!\bnon )\b(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?patteggiato\s+"
            r"(?:[\w,.'’-]+\s+){0,4}?(?:anni|anno|mesi|mese|pena)\b|"
            r"<AUX>(?:inflitt|comminat|irrogat)[oaie]\s+(?:[\w,.'’-]+\s+){0,3}?(?:anni|anno|mesi|"
            r"mese|pena|condanna|ergastolo)\b|"
            r"^\W*<NUM>\s+(?:anni|anno|mesi)\s+(?:e\s+(?:mezzo|\w+\s+mesi)\s+)?(?:di\s+"
            r"(?:carcere|reclusione|prigione)\s+(?:a|al|alla|ai|agli|alle|per)\b|all['’]|"
            r"(?:al|alla|ai|agli|alle)\b)(?![^.]*\b(?:chiest[oaie]|richiest[oaie]|chiede|"
            r"chiedono|rischia|rischiano|potrebbe|potrebbero|proposta)\b)"
        ),
        # "condannato a una multa", "è stato multato", "sono state elevate sanzioni", "è
        # stata disposta la confisca"
        "financial_penalty": (
            r"<G>\b(?:condannat[oaie]|condannò|condannarono|<GERUND>)\s+(?:[^.;]{0,100}?\s)?(?:a\s+"
            r"(?:una\s+)?(?:multa|ammenda)|a\s+pagare|al\s+pagamento\s+di|a\s+risarcire)|"
            r"<AUX>multat[oaie]\b|<AUX>sanzionat[oaie]\s+con\s+(?:una\s+)?(?:multa|sanzione|"
            r"ammenda)|"
            r"<AUX>(?:elevat|comminat|inflitt|irrogat|notificat)[oaie]\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:multe?|sanzion[ei]|ammend[ae]|contravvenzion[ei])\b|"
            r"<AUX>(?:dispost|ordinat)[oaie]\s+(?:anche\s+)?(?:la\s+)?confisca\b|"
            # a fine beside the term: "condannato a un anno di reclusione e 1400 euro di multa"
            r"<G>\b(?:condannat[oaie]|condannò|condannarono|<GERUND>)\s+[^.;]{0,100}?\b\d[\d.,]*\s*"
            r"(?:euro|€)\s+di\s+(?:multa|ammenda)\b"
            # a payment the court laid down: "dovrà pagare una sanzione pari a 80mila euro"
            r"|(?<!\bnon )\bdovr(?:à|anno)\s+(?:anche\s+|inoltre\s+)?pagare\s+(?:[^.;]{0,20}?\s)?(?:multa|"
            r"sanzione|ammenda)\b"
            # ... a fine beside the term in thousands or millions ("e 12mila euro di multa",
            # "ventimila euro di multa"), with nothing between that makes it a maximum, a
            # request or a risk (rules.FINE_BESIDE_TERM_INTL; the comment group marks where
            # it starts)
            r"|(?#fine-beside)(?<!\bnon è stato )(?<!\bnon è stata )(?<!\bnon sono stati )<G>\b"
            r"(?<!\bil )(?<!\bal )(?<!\bdel )(?<!\bi )(?:condannat[oaie]|condannò|condannarono|"
            r"<GERUND>)\s+(?:(?!\b(?:rischi\w*|fino|"
            r"chiest\w*|chied\w*|richiest\w*|potrebbe\w*|prevede\w*|previst\w*|massim\w*|non|"
            r"legge|annullat\w*)\b)[^.;]){0,100}?\b(?:\d[\d.,]*\s*(?:mila|milion[ei]\s+di)|(?:venti|"
            r"trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|duecento|trecento|"
            r"quattrocento|cinquecento|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|"
            r"dodici|quindici)mila)\s*(?:euro|€)\s+di\s+(?:multa|ammenda)\b"
        ),
        # goods then "sono stati sequestrati", "ha sequestrato 20 chili", "Sequestrati 200
        # chili", "posto sotto sequestro" (never a kidnapping)
        "seizure": (
            r"^(?!.*\b(?:sequestro\s+di\s+persona|rapit\w*|ostagg\w*|sequestratori|riscatto|"
            r"imprenditor[ei]|bambin[oaie]|ragazz[oaie])\b).*?"
            r"(?:\b(?:droga|cocaina|eroina|hashish|marijuana|cannabis|stupefacent\w*|crack|"
            r"ecstasy|armi|arma|pistol[ae]|fucil[ei]|munizioni|denaro|contanti|euro|banconote|"
            r"sigarette|tabacchi|auto|autovettur[ae]|veicol[oi]|barc[ah]e?|gommon[ei]|"
            r"imbarcazion[ei]|telefon[oi]|cellular[ei]|chili|chilogrammi|kg|grammi|tonnellate|"
            r"dosi|merce|beni|immobili|quote|capi|prodotti|piante|gioielli|orologi|panetti|"
            r"involucri)\b[^.;]{0,80}?<AUX>(?:sequestrat|confiscat)[oaie]\b|"
            r"<AUX>(?:sequestrat|confiscat)[oaie]\s+(?:[\w'’-]+\s+){0,2}?(?:\d|(?!un\b|uno\b|"
            r"una\b)<NUM>\s|oltre|circa|più\s+di|quasi)|"
            r"<START>(?:sequestrat|confiscat)[oaie]\s+(?:\d|(?!un\b|uno\b|una\b)<NUM>\s|oltre|"
            r"circa|più\s+di|quasi)|"
            r"(?!\W*(?:un|uno|una)\b)<HEAD>(?:sequestrat|confiscat)[oaie]\b)|"
            r"<AUX>post[oaie]\s+sotto\s+sequestro\b|"
            r"<AUX>(?:eseguit|operat|effettuat|dispost)[oaie]\s+(?:[\w'’-]+\s+){0,2}?"
            r"sequestr[oi]\b(?!\s+di\s+persona)"
        ),
        # "sono state eseguite perquisizioni", "l'abitazione è stata perquisita", "nel
        # corso della perquisizione", "dieci perquisizioni"
        "search": (
            r"<AUX>(?:eseguit|effettuat|svolt|condott|compiut|scattat)[oaie]\s+"
            r"(?:[\w'’-]+\s+){0,3}?perquisizion[ei]\b|"
            r"\bperquisizion[ei]\b[^.;]{0,60}?<AUX>(?:eseguit|effettuat|svolt|condott|compiut|"
            r"scattat)[oaie]\b|"
            r"<AUX>perquisit[oaie]\b|"
            r"\b(?:nel\s+corso\s+(?:della|delle|di\s+una|di)|durante\s+(?:la|le|una)|"
            r"in\s+seguito\s+(?:alla|alle|a\s+una|ad\s+una)|a\s+seguito\s+(?:della|delle|"
            r"di\s+una|di)|all['’]esito\s+(?:della|delle|di\s+una))\s+(?:\w+\s+)?"
            r"perquisizion[ei]\b|"
            r"^(?!.*\b(?:esclud\w+|esclus[ei]|previst[ei]|potrebbero|attes[ei])\b).*?"
            r"\b(?!un\b|uno\b|una\b)<NUM>\s+(?:\w+\s+)?perquisizioni\b"
            # someone put through a search ("è stato sottoposto a perquisizione personale e
            # domiciliare"); rules.SUBJECTED_SEARCH_IT, the comment group marks where it
            # starts
            r"|(?#subjected-search)<AUX>sottopost[oaie]\s+(?:[\w'’-]+\s+){0,2}?a\s+(?:una\s+)?"
            r"perquisizion[ei]\b"
        ),
        # a boat "intercettato", "bloccato"; a lorry or a boat intercepted; migrants "trovati
        # nascosti" (not a wiretap)
        "interception": (
            r"\b(?:barchin[oi]|barc[ah]e?|gommon[ei]|imbarcazion[ei]|peschereccio|pescherecci|"
            r"veliero|velieri|natant[ei]|motoscaf[oi])\b[^.;]{0,80}?<G>\b(?:intercettat|"
            r"bloccat|fermat)[oaie]\b|"
            r"\b(?:camion|tir|furgon[ei]|furgoncino|autocarr[oi]|autoarticolat[oi])\b"
            r"[^.;]{0,80}?<G>\bintercettat[oaie]\b|"
            r"(?:<AUX>|<START>)intercettat[oaie]\s+(?:[\w'’-]+\s+){0,4}?(?:barchin[oi]|"
            r"barc[ah]e?|gommon[ei]|imbarcazion[ei]|peschereccio|veliero|natant[ei]|"
            r"motoscaf[oi]|nave|camion|tir|furgon[ei]|autocarr[oi])\b|"
            r"\b(?:migranti|clandestini|persone|stranieri)\b[^.;]{0,80}?\b(?:trovat|scopert|"
            r"rinvenut|rintracciat|sorpres)[oaie]\s+(?:nascost[oaie]|a\s+bordo|"
            r"all['’]interno|dentro|nel\s+(?:cassone|rimorchio|vano)|in\s+un\s+(?:camion|tir|"
            r"furgone|container|autoarticolato))"
        ),
        # migrants "trasferiti nell'hotspot", "trattenuti nel CPR"
        "detention": (
            r"(?:<AUX>|<HEAD>)(?:trasferit|trattenut|accompagnat|condott|portat)[oaie]\s+"
            r"(?:[\w'’-]+\s+){0,3}?(?:nell['’]hotspot|all['’]hotspot|(?:al|nel|presso\s+il|"
            r"in\s+un|nei)\s+(?:CPR|centr[oi]\s+(?:di|per\s+il)\s+(?:permanenza|rimpatrio)|"
            r"hotspot))"
            # the centres' other names and spellings ("al C.P.R.", "presso il Centro per i
            # rimpatri", "presso i Centri di permanenza"), people "portati" or "condotti" there
            # in the passive only ("La Caritas ha portato coperte al CPR" holds no one), and
            # escorts told as a counted noun ("5 accompagnamenti di stranieri presso i CPR";
            # not "l'accompagnamento al CPR è previsto"; rules.RETURN_CENTRES_IT)
            r"|(?#return-centres)(?:(?:<AUX>|<HEAD>)(?:trasferit|trattenut|accompagnat|tradott)[oaie]|"
            r"\b(?:è|sono|era|erano|fu|furono|venne|vennero)\s+(?:stat[oaie]\s+)?(?:condott|portat)"
            r"[oaie]|(?<![\w.,])\d[\d.]*\s+accompagnament[oi])\s+"
            r"(?:(?!(?:in|dopo|durante|da|dal|dalla|dai)\b)[\w'’-]+\s+){0,3}?(?:(?:al|nel|ai|nei)\s+|"
            r"presso\s+(?:il\s+|i\s+|l['’]\s*))(?:C\.P\.R\.|CPR|centr[oi]\s+(?:(?:di|per)\s+)?"
            r"(?:(?:la\s+)?permanenza|(?:il\s+|i\s+)?rimpatri[oi]?)\b)"
        ),
        # "espulso dall'Italia", "rimpatriato" (not evacuated Italians, not a red card),
        # "accompagnato alla frontiera", "eseguito il decreto di espulsione"
        "deportation": (
            r"^(?!.*\b(?:partito|partita|arbitro|rosso|cartellino|campo|gara|scuola|classe|"
            r"aula)\b).*?(?:<AUX>|<HEAD>|<START>)espuls[oaie]\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:dall['’]Italia|dal\s+territorio|dal\s+nostro\s+Paese|dal\s+Paese|verso|"
            r"nel\s+(?:suo|loro)\s+Paese|nei\s+(?:loro|rispettivi)\s+Paesi|in\s+"
            r"(?-i:[A-Z])|con\s+accompagnamento|e\s+rimpatriat|alla\s+frontiera)|"
            r"^(?!.*\b(?:salm[ae]|corp[oi]|italian[ie]|connazionali|turisti|studenti)\b).*?"
            r"(?:<AUX>|<HEAD>|<START>)rimpatriat[oaie]\b|"
            r"<AUX>accompagnat[oaie]\s+(?:[\w'’-]+\s+){0,2}?alla\s+frontiera|"
            r"<G>\b(?:esegu(?:ito|ita|iti|ite|irono|ì)|dato\s+esecuzione\s+al?)\s+"
            r"(?:[\w'’-]+\s+){0,2}?(?:decret[oi]|provvediment[oi]|ordin[ei]|ordinanz[ae])\s+"
            r"di\s+(?:espulsione|allontanamento|rimpatrio)"
            # people sent away from the country: "Sono 29 i soggetti allontanati dall'Umbria e
            # dall'Italia", "allontanato dal territorio nazionale"
            r"|(?<!\bnon )\ballontanat[oaie]\s+(?:[\w'’-]+\s+){0,4}?(?:dall['’]Italia|dal\s+"
            r"territorio\s+(?:nazionale|italiano|dello\s+Stato))"
            # escorts to the border told as a counted or carried-out noun ("ha eseguito 2
            # accompagnamenti coatti alla frontiera", "3 accompagnamenti in frontiera";
            # rules.ESCORTS_ABROAD_IT)
            # (a number, not a year, and not one foreseen or asked for; carried out, not
            # "non sono stati eseguiti")
            r"|(?#escorts-abroad)(?:(?<![\w.,])(?<!previsti )(?<!previste )(?<!richiesti )"
            r"(?<!chiesto )(?<!chiesti )(?<!disposti )(?!(?:19|20)\d\d\s)\d[\d.]*\s+|"
            r"(?<!\bnon )(?<!\bnon sono stati )(?<!\bnon è stato )(?<!\bnon sono state )"
            r"\b(?:eseguit[oaie]|effettuat[oaie])\s+(?:[\w'’-]+\s+){0,3}?(?:l['’]|gli\s+|i\s+)?)"
            r"accompagnament[oi]\s+(?:coatt(?:iv)?[oi]\s+|forzat[oi]\s+)?(?:immediat[oi]\s+)?"
            r"(?:alla|in)\s+frontiera\b"
            # ... and the escort the police went ahead with ("ha proceduto
            # all'accompagnamento in frontiera di un cittadino marocchino"; not a future
            # "procederà"; rules.ESCORT_PROCEEDED_IT)
            r"|(?#escort-proceeded)(?<!\bnon )(?<!\bnon ha )(?<!\bnon hanno )"
            r"\b(?:proceduto|procede|procedono|procedeva|procedevano)\s+(?:[\w'’-]+\s+){0,2}?"
            r"all['’]\s*accompagnamento\s+(?:coatt(?:iv)?o\s+|forzato\s+)?(?:immediato\s+)?"
            r"(?:alla|in)\s+frontiera\b"
        ),
        # "è stato estradato", "Estradato in Italia ...", "consegnato alle autorità ... in
        # esecuzione di un mandato d'arresto europeo"
        "extradition": (
            r"(?:<AUX>|<HEAD>|<START>)estradat[oaie]\b|\bestrad(?:ò|arono)\b|"
            r"<AUX>consegnat[oaie]\s+(?:[\w'’-]+\s+){0,2}?alle\s+autorità\b[^.;]{0,80}?"
            r"\b(?:mandato\s+d['’]arresto\s+europeo|MAE|estradizione)"
        ),
        # "scarcerato", "rimesso in libertà", "messi in libertà su cauzione", "tornato in
        # libertà", "uscito dal carcere"
        "release": (
            r"(?:<AUX>|<START>|<HEAD>)(?:scarcerat[oaie]|(?:ri)?mess[oaie]\s+in\s+libertà|"
            r"tornat[oaie]\s+in\s+libertà|lasciat[oaie]\s+liber[oaie]|uscit[oaie]\s+"
            r"(?:dal\s+carcere|di\s+prigione))"
            # told in the present, as reports often are: "torna in libertà", "ritorna
            # libero", "lascia i domiciliari"
            r"|(?<!\bnon )\b(?:ri)?torna(?:no)?\s+(?:in\s+libertà|liber[oaie]\b)|"
            r"(?<!\bnon )\blascia(?:no)?\s+(?:il\s+carcere|i\s+domiciliari|gli\s+arresti\s+"
            r"domiciliari)\b(?![^.;]{0,40}\b(?:torna(?:no)?|rientra(?:no)?|finisce|finiscono)\s+in\s+"
            r"carcere\b)"
        ),
        # sites, profiles, channels ... "oscurati", "chiusi", "rimossi"
        "takedown": (
            r"\b(?:siti|sito\s+(?:web|internet)|pagin[ae]\s+(?:web|Facebook|Instagram|social)|"
            r"profil[oi]|account|canal[ei]\s+(?:Telegram|YouTube|social)|grupp[oi]\s+"
            r"(?:Telegram|WhatsApp|Facebook)|domini|piattaform[ae]\s+(?:web|online|illegali))\b"
            r"[^.;]{0,80}?<AUX>oscurat[oaie]\b|"
            r"\b(?:siti\s+(?:web|internet|pirata|illegali|clone)|sito\s+(?:web|internet)|"
            r"pagin[ae]\s+(?:web|Facebook|Instagram|social)|profil[oi]|account|canal[ei]\s+"
            r"(?:Telegram|YouTube|social)|grupp[oi]\s+(?:Telegram|WhatsApp|Facebook)|domini|"
            r"contenuti|post|video|server)\b[^.;]{0,80}?<AUX>(?:chius|rimoss|bloccat|"
            r"disattivat|sospes)[oaie]\b|"
            r"<AUX>(?:oscurat|chius|rimoss|bloccat|disattivat)[oaie]\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:siti|sito\s+(?:web|internet)|pagin[ae]\s+(?:web|Facebook|Instagram|social)|"
            r"profili|account|canali|domini|contenuti|post|video)\b|"
            r"(?:<START>|<HEAD>)oscurat[oaie]\b"
        ),
    }.items()
}

# A warrant names an arrest without reporting one ("emesso un mandato d'arresto
# europeo"): words for an arrest inside these do not count, unless it was carried out
# ("in esecuzione di", "eseguito", "notificato").
WARRANTS = r"\bmandat[oi]\s+(?:di\s+|d['’])(?:arresto|cattura)(?:\s+(?:europe[oi]|internazional[ei]))?\b|\b(?:provvediment|ordin)[oie]\s+di\s+(?:cattura|arresto|carcerazione)(?:\s+(?:europe[oi]|internazional[ei]))?\b"
WARRANT_EXECUTED = r"\besecuzione\b|\beseguit\w*|\bnotificat\w*"
# What an interception stops (SPEC: a vehicle, vessel or crossing stopped, people
# found concealed): an interception only the model reports must name one of these.
INTERCEPTED = r"\b(?:veicol[oi]|auto|automobil[ei]|furgon[ei]|furgoncin[oi]|camion|tir|pullman|autobus|tren[oi]|barc(?:a|he|hino|hini|one|oni)|gommon[ei]|imbarcazion[ei]|nav[ei]|motonav[ei]|pescherecc(?:io|i)|rimorchi(?:o)?|attraversament[oi]|migranti|migrante|persone|passeggeri|uomini|donne|bambini|minori|occupanti|conducent[ei]|autist[ai])\b"
# Checks, as words for an interception, and what makes a check one of a vehicle, vessel or crossing
# (a vehicle, a vessel, a driver or passengers, a road, a border, a port, an airport, a station;
# rules.PEOPLE_CHECKED_INTL): a check in a sentence naming none of these stops nothing.
CHECKS = r"controllat\w*|controll[oi]"
CHECKED_CONVEYANCE = r"\b(?:veicol[oi]|auto|automobil[ei]|(?:auto)?vettur[ae]|furgon[ei]|furgoncin[oi]|camion|camper|tir|pullman|autobus|tren[oi]|moto|scooter|ciclomotor[ei]|barc(?:a|he|hino|hini|one|oni)|gommon[ei]|imbarcazion[ei]|nav[ei]|motonav[ei]|motoscaf[oi]|velier[oi]|traghett[oi]|pescherecc(?:io|i)|vol[oi]|aere[oi]|rimorchi(?:o)?|mezz[oi]|attraversament[oi]|conducent[ei]|autist[ai]|automobilist[ai]|occupanti|passeggeri|frontier[ae]|valichi|valico|varc(?:o|hi)|confine|dogan[ae]|aeroport[oi]|port[oi](?! d['’]armi)|stazion[ei]|casell[oi]|stradal[ei]|strad[ae]|statale|autostrad[ae]|posti? di (?:blocco|controllo)|checkpoint|etilometro)\b"
# The presumption of innocence: a disclaimer that reports no action, whatever words for
# one it holds ("the defendants are presumed innocent until proven guilty").
PRESUMPTION = r"presunzione di (?:innocenza|non colpevolezza)|presunt[oaie] innocent[ei]"
# What a charging document says, told as its content ("According to the indictment, ..."):
# the allegations, not actions that happened, unless the sentence reports one in so many
# words (the rule net).
ALLEGED_SOURCE = r"\bsecondo (?:l['’]accusa|il capo d['’]imputazione|i capi d['’]imputazione)\b"
# "Last year" beside a month or a day that names no year ("in June last year"): that
# month of the year before the publication's.
LAST_YEAR = r"\b(?:dello |lo |l['’])?(?:scorso anno|anno (?:scorso|passato|precedente))\b|\bdell['’]anno (?:scorso|passato|precedente)\b"
# Words that make the people held suspects (of smuggling, trafficking ...), not migrants
# held: their custody is an arrest.
SUSPECTS = r"\b(?:sospettat[oiae]|accusat[oiae]|indagat[oiae]|presunt[oiae]|scafisti|trafficanti|per (?:il reato di|i reati di|favoreggiamento|traffico|spaccio)|con l['’]accusa|custodia cautelare|carcere preventivo)\b"

# Demonstratives: an action named after one points back to one told before ("questi arresti", "tale sequestro").
DEMONSTRATIVE = (
    r"questo|questa|questi|queste|quel|quella|quelle|quei|quegli|tale|tali|detto|detta|detti|dette"
)

# People, as counted in an interception ("un barcone con settanta persone a bordo"): the people found or stopped are its
# count, not the vessel or vehicle.
PEOPLE = r"persone|migranti|profughi|passeggeri|uomini|donne|bambini|minori|naufraghi|occupanti"
# More words for people held or moved across a border, read with PEOPLE (events.PEOPLE_MORE).
PEOPLE_MORE = r"stranieri|clandestini|immigrati|extracomunitari|richiedenti asilo|irregolari"

# "Not only ... but also" affirms what follows it ("non solo hanno arrestato l'uomo, ma anche ..."): no denial.
NOT_ONLY = r"non solo|non soltanto|non solamente"

# Possessives: an action named after one ("suo ...") tells more of one told before.
POSSESSIVE = r"suo|sua|suoi|sue|loro"

# A preposition of time and a definite article: an action named after them ("al momento dell'arresto", "dopo il fermo")
# tells more of one told before (rules.AFTER_THE_BACK_INTL).
AFTER_THE = (
    r"al momento dell['’]|al momento del|al momento della|dopo l['’]|dopo il|dopo la|dopo gli|dopo i|dopo le|"
    r"in seguito all['’]|in seguito al|in seguito alla|a seguito dell['’]|a seguito del|a seguito della|"
    r"con l['’]|con il|con la|con gli|con i|con le|durante l['’]|durante il|durante la|durante le|durante i|dal momento dell['’]"
)
# "Besides the" and an action's noun ("oltre all'arresto del conducente"): the action told before, as after AFTER_THE
# (rules.BESIDES_THE_BACK).
BESIDES_THE = r"oltre all['’]|oltre al|oltre alla|oltre agli|oltre ai|oltre alle"

# Words for "both": two people ("entrambi sono stati arrestati").
BOTH = r"entrambi|entrambe|ambedue|ambo"

# A weekday said to be past: "lunedì scorso" in a text of a Monday is a week earlier.
LAST_WEEKDAY = r"scorso|passato|precedente"

# Ages of the people acted on ("un 34enne", "un uomo di 34 anni") and words that tell of
# more people than those told before ("altri due uomini", "un terzo indagato"): the next
# sentence with the same count and other ages or other people is another action.
AGES = r"\b\d{1,2}enn[ei]\b|\b(?:uomo|donna|giovane|ragazz[oaie]|conducente|autista|cittadin[oaie]|uomini|donne) di \d{1,2}(?: e \d{1,2})? anni\b"
OTHERS = r"altri|altre|altro|altra|secondo|seconda|terzo|terza|quarto|quarta|ulteriori"

# What was seized, named again at the head of a sentence with no number of its own ("La
# droga è stata sequestrata"): the seizure told before.
GOODS_BACK = (
    r"^\W*(?:La|Le|Il|I|Lo|Gli|L['’]|Questa|Queste|Questo|Questi|Tutta la|Tutto il)\s*"
    r"(?:\w+\s+){0,2}?(?:droga|sostanz[ae]|stupefacent[ei]|cocaina|hashish|marijuana|armi|"
    r"arma|denaro|contanti|merce|sigarette|auto|autovettur[ae]|veicol[oi]|imbarcazione|"
    r"carico)\b"
)

# Action nouns that report the action with the number of what they acted on
# ("<noun> of 40 kilos", "12 <nouns>"): rules.ACTION_NOUN_NUMBER.
# Words for seized goods in general ("la drogue", "die Ware", "el alijo"): a later seizure
# naming one names the goods already told (events.SEIZURE_TOLD_AGAIN_INTL).
SEIZED_GOODS = r"\b(?:droga|sostanz[ae]|stupefacent[ei]|merce|carico)\b"
ACTION_NOUNS: dict[str, str] = {
    "arrest": r"arresto|arresti",
    "seizure": r"sequestro|sequestri",
    "search": r"perquisizioni",
}
NOUN_OF = r"di|dei|degli|delle"
ABOUT = r"più di|oltre|circa|quasi|almeno|altri|altre"

# The most the law allows: a sentence or penalty only the model reads, in a sentence that names
# one, is not a penalty passed (rules.is_maximum, as in English).
MAXIMUM = r"\b(?:massim[oa]|massimi|rischia(?:no)?|fino a)\b"
# The least the law allows ("la pena minima è di cinque anni"): read as MAXIMUM is
# (rules.MINIMUM_IS_LAW).
MINIMUM = r"\bpen[ae]\s+minim[ae]\b"
# "Up to" alone among MAXIMUM's words, and verbs of a penalty passed or received: a
# sentence with only that cue and one of these words or a conviction's tells penalties
# passed, up to the longest ("Geldstrafen von bis zu 2.500 Euro", rules.UP_TO_PASSED_INTL).
UP_TO = r"\bfino a\b"
PASSED_VERB = (
    r"\b(?:inflitt[oaie]|ha ricevuto|hanno ricevuto|ha disposto|hanno disposto|comminat[oaie]|"
    r"irrogat[oaie])\b"
)
# What the law can or provides for ("können ... verhängt werden", "prévoit"): beside UP_TO,
# the law's maximum, whatever verb of passing the sentence has.
LAW_CAN = r"\b(?:può|possono|prevede|previst[aoie]|punit[oaie])\b"


# The types of action the model alone found that are asked about again by default
# (extraction.confirmed_types, where the measurement is).
CONFIRM: tuple[str, ...] = ("seizure", "interception", "detention", "deportation", "extradition")

# Words after a number that say it counts no goods (see the English NOT_GOODS).
NOT_GOODS = (
    r"anni|anno|mesi|mese|settimane?|giorni|giorno|ore|ora|minuti|volte|cento|casi|"
    r"arresti|arrestati|perquisizioni|sequestri|indagati|sospettati|imputati|"
    r"denunciati|agenti|militari|finanzieri|carabinieri|operazioni|abitazioni|"
    r"chilometri|metri|km|altri|altre|nuovi|nuove|gennaio|febbraio|marzo|aprile|"
    r"maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
)
# Words that end the name of the goods after a number ("5 vehicles and 3 phones").
GOODS_END = (
    r"di|del|della|dei|delle|e|o|a|al|alla|in|nel|nella|con|per|su|i|gli|le|il|lo|la|"
    r"sono|erano|che"
)
# An action told as the day after the one before ("Il giorno dopo, ...").
DAY_AFTER = (
    r"^\W*(?:il\s+giorno\s+(?:dopo|seguente|successivo)|l['’]indomani|la\s+mattina\s+seguente)\b"
)
# The night before publication ("la nuit dernière"), read as the day before (lower case).
LAST_NIGHT = r"\bieri (?:sera|notte)\b|\bla scorsa notte\b"


# People already counted, referred back to ("the suspects", "they"): an uncounted action
# on them counts as many as the nearest counted action on people before it.
PLURAL_BACK = (
    r"\b(?:[Gg]li|[Ii]|[Ll]e|[Ee]ntrambi)\s+(?:(?!(?:altri|altre)\b)\w+\s+)?(?:imputati|arrestati|indagati|fermati|"
    r"uomini|donne|sospettati|scafisti|persone|giovani|fratelli|condannati|stranieri)\b|"
    r"\b[Ll]i\s+(?:ha|hanno)\b"
)


# More ways a sentence tells of one person, read after merging in every sentence of an
# uncounted action on people (the action's one subject or object, a verb in the singular).
SINGULAR_MORE = (
    r"\b(?:del|al|dello|allo|dell['’]|all['’])\s*(?:\w+\s+)?(?:uomo|indagato|latitante|"
    r"straniero|cittadino|giovane|autista|conducente|ragazzo)\b|\b(?:lo|l['’])\s*ha\b|\bha\s+ricevuto\b"
)


# Factuality: words that make an action a habit, not one action that happened ("the police
# regularly arrest smugglers at the border"): an answer whose every word for its action
# stands in a clause with one of them is dropped.
HABITUAL = r"regolarmente|spesso|abitualmente|frequentemente|di solito|solitamente|normalmente|generalmente|di norma"


# A penalty passed, told with a modal ("muss für drei Jahre ins Gefängnis", "moet twee jaar
# de cel in", "dovrà scontare", "devra purger"): a sentence or conviction, not a possible one.
MUST_SERVE = r"\b(?:dovrà|dovranno)\s+(?:ora\s+)?scontare\b"


# "The same day", "am selben Tag": an action on the day of the action told before it.
SAME_DAY = r"\b(?:lo\s+stesso\s+giorno|il\s+giorno\s+stesso|nello\s+stesso\s+giorno|la\s+stessa\s+notte|in\s+giornata)\b"


# The word after a list of ages ("die 39, 41 und 55 Jahre alten Angeklagten"): as many
# people as ages.
AGE_UNIT = r"anni"

# The day before yesterday (normalize.relative_day: the publication day less two).
DAY_BEFORE_YESTERDAY = r"l['’]\s?altro\s?ieri|altroieri|avantieri"
# Today as an adjective ("nella mattinata odierna", "l'odierna operazione"), which
# dateparser does not know, read as "oggi" (L339).
DAY_ADJECTIVES = (
    # only beside a time of day or an action: "odierno ricorrente" is "the present"
    (r"\b(?:mattinata|giornata|serata|nottata|data)\s+odiern[ao]\b", "oggi"),
    (r"\b(?:l|nell|dell|all|coll)['’]\s?odierna\s+(?=operazione|udienza|attività|azione)", "oggi "),
)
# Last week, beside a weekday ("Tuesday of last week"): that weekday in the week before the
# publication's (normalize.relative_day).
LAST_WEEK = r"(?:della\s+)?(?:scorsa\s+settimana|settimana\s+scorsa|settimana\s+precedente)"

# Opens a part of those just counted ("15 arrested, of whom 4 ..."): a number after it is no
# count of the action before it (events.SUBSET_AFTER).
SUBSET = r"di cui|tra cui|dei quali|delle quali|tra loro"

# A country's adjective beside a word for its authorities ("la polizia albanese")
# says where the action took place (normalize.intl_locative_countries; as English's
# AUTHORITY_ADJECTIVES). Keys are patterns of the adjective's forms, matched whole.
AUTHORITY_NOUNS = r"polizia|carabinieri|guardia di finanza|autorit[àa]|giustizia|procura|dogane?|guardia costiera|magistratura|tribunale|gendarmeria"
# Where the adjective stands: "before" or "after" the authority's word.
AUTHORITY_ADJECTIVE_SIDE = "after"
COUNTRY_ADJECTIVES = {
    r"italian[oaie]": "IT",
    r"svizzer[oaie]": "CH",
    r"frances[ei]": "FR",
    r"tedesc(?:o|a|hi|he)": "DE",
    r"austriac[oaih]e?": "AT",
    r"spagnol[oaie]": "ES",
    r"albanes[ei]": "AL",
    r"rumen[oaie]": "RO",
    r"tunisin[oaie]": "TN",
    r"marocchin[oaie]": "MA",
    r"libic[oaih]e?": "LY",
    r"egizian[oaie]": "EG",
    r"grec[oaih]e?": "GR",
    r"turc[oaih]e?": "TR",
    r"sloven[oaie]": "SI",
    r"croat[oaie]": "HR",
    r"serb[oaie]": "RS",
    r"belg[aih]e?": "BE",
    r"olandes[ei]": "NL",
    r"britannic[oaih]e?": "GB",
    r"ingles[ei]": "GB",
    r"statunitens[ei]": "US",
    r"american[oaie]": "US",
    r"polacc[oaih]e?": "PL",
    r"maltes[ei]": "MT",
    r"sammarines[ei]": "SM",
    r"kosovar[oaie]": "XK",
    r"nigerian[oaie]": "NG",
}

# About so many ("une vingtaine de personnes"): no count, and its article is no "one"
# (events.APPROXIMATE_NO_COUNT).
APPROXIMATE = r"decin[ae]|dozzin[ae]|quindicin[ae]|ventin[ae]|trentin[ae]|quarantin[ae]|cinquantin[ae]|centinai[oa]|migliai[oa]"

# Last month (normalize.relative_period: the month before publication, for an action dated
# from elsewhere).
LAST_MONTH = r"\b(?:il |del |lo )?mese (?:scorso|passato|precedente)\b|\blo scorso mese\b"

# Officers: a number before one counts those who acted, not those acted on
# (events.OFFICERS_NOT_COUNTED).
OFFICERS = r"agenti|carabinieri|militari|finanzieri|poliziotti|uomini delle forze|operatori|investigatori|unit[àa]"

# One of a round number ("une centaine de migrants"): that number, as "about 100" counts 100
# (events.ROUND_NUMBERS; the plural, "des centaines", counts no one).
APPROXIMATE_VALUES = {
    "decina": 10,
    "dozzina": 12,
    "quindicina": 15,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "centinaio": 100,
}

# Auxiliaries of the passive: officers told before one are those acted on, not those who
# acted (events.officers_before).
PASSIVE_AUX = r"stat[oaie]|sono|è|vengono|viene|furono|fu"


# Days or weeks counted back from the publication ("due giorni fa", "una settimana fa"): groups n (the number),
# d (days), w (weeks), f (a fortnight); AGO_NUMBERS gives the number words' values.
AGO = r"\b(?P<n>\d{1,2}|una?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici)\s+(?:(?P<d>giorni|giorno)|(?P<w>settimane|settimana))\s+fa\b"
AGO_NUMBERS = {"un": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "quindici": 15}  # fmt: skip

# The countries where the language is an official language: a town name several
# countries share is read as one of theirs (places.SPOKEN_FIRST).
SPOKEN_IN = ("IT", "CH", "SM", "VA")

# An action told as some days after, or before, the one before it ("Due giorni dopo",
# "Tre giorni prima"): events.DAYS_SHIFTED. The group "n" is the number of days.
DAYS_LATER = r"^\W*(?P<n>\w+)\s+giorni\s+(?:dopo|più\s+tardi)\b"
DAYS_EARLIER = r"^\W*(?P<n>\w+)\s+giorni\s+prima\b"

# Participles joined to an earlier one after an auxiliary ("hanno arrestato i due scafisti
# e sequestrato l'imbarcazione", "è stato arrestato e poi espulso"): each reports its own
# action (rules.COORDINATED_INTL; <WORDS> stands for a type's participles).
COORDINATED: dict[str, str] = {
    "arrest": r"arrestat[oaie]",
    "seizure": r"sequestrat[oaie]|confiscat[oaie]",
    "search": r"perquisit[oaie]",
    "deportation": r"espuls[oaie]|rimpatriat[oaie]",
    "release": r"scarcerat[oaie]|rilasciat[oaie]|rimess[oaie]\s+in\s+libert[àa]",
}
COORDINATED_FAR = (
    r"(?<!\bnon )(?<!\bmai )\b(?:è|sono|era|erano|fu|furono|venne|vennero|ha|hanno|aveva|"
    r"avevano)\b[^.;:]{0,20}?\b\w+(?:at|ut|it|ss|st)[oaie]\b[^.;:]{0,80}?,?\s+e\s+"
    r"(?:poi\s+|quindi\s+|anche\s+|successivamente\s+|infine\s+)?(?:<WORDS>)\b"
)

# An action told as the day before the day given before it (events.DAY_BEFORE_SHIFT):
# "The night before, officers chased and arrested three men".
DAY_BEFORE = r"^\W*(?:il\s+giorno\s+prima|la\s+(?:sera|notte)\s+prima|il\s+giorno\s+precedente|la\s+vigilia)\b(?!\s+(?:di|del|della|dell['’])\b)"

# A seizure told again (events.GOODS_PART_BACK, SEIZED_ALSO; switched together by
# events.SEIZURE_BACK_INTL), besides the goods named again at its head (GOODS_BACK above: "La droga è
# stata sequestrata"), their value or a part of them ("Il valore dello stupefacente sul
# mercato ...", "Parte delle sigarette ..."), and more goods of the same action ("I
# finanzieri hanno sequestrato anche un'auto", "oltre a").
GOODS_PART_BACK = (
    r"^\W*(?:(?:Il|Lo)\s+(?:[\w-]+\s+){0,2}?valore\s+(?:della|del|dello|dei|degli|delle|di)\b|"
    r"(?:Parte|Una\s+parte|La\s+maggior\s+parte|Alcuni|Alcune)\s+(?:della|del|dello|dei|degli|"
    r"delle|di)\b)"
)
SEIZED_ALSO = (
    r"\b(?:anche|inoltre|altresì)\b(?:\W+\w+){0,4}?\W+(?:sequestrat|rinvenut|trovat|scopert|"
    r"confiscat)\w*|\b(?:sequestrat|rinvenut|trovat|scopert)[oaie]\s+(?:anche|inoltre)\b|"
    r"\boltre\s+a(?:l|lla|llo|i|gli|lle)?\b"
)

# People named by a noun with an article, the action's participle after it as an adjective
# ("le persone arrestate sono state portate in carcere"): the people of an action told
# before (rules.PARTICIPLE_BACK_INTL).
PARTICIPLE_BACK = (
    r"\b(?:i|gli|le|questi|queste|dei|degli|delle|ai|agli|alle)\s+(?:\w+\s+)?(?:sospetti|"
    r"persone|individui|uomini|donne|giovani|indagati|cittadini|conducenti|scafisti)\s+$"
)

# A fine's noun after a number ("una multa", written "1 multa" when counted): a penalty, no
# count of people (events.FINE_NOT_A_COUNT).
FINE_NOUNS = r"multa|multe|ammenda|ammende"

# A year of birth ("un operaio classe 1979", "nato nel 1990"): no date of the action
# (normalize.BIRTH_YEARS_NO_DATE).
BIRTH_YEAR = r"\b(?:classe|nat[oaie]\s+(?:nel|il)(?:\s+[\w.,/-]+){0,2}?)\s+(?:19|20)\d{2}\b"

# A man and a woman: two people ("un uomo e una donna sono stati arrestati";
# extraction.PAIR_INTL).
PAIR = r"\b(?:un|l['’])\s*uomo\s+e\s+(?:una|la)\s+donna\b|\b(?:una|la)\s+donna\s+e\s+(?:un|l['’])\s*uomo\b"
# One and another told apart ("una perquisizione a Bari e un'altra a Lecce"): two, the other's noun
# left out and its place named (extraction.ONE_AND_ANOTHER).
ONE_AND_ANOTHER = r"\be\s+(?:in\s+|a\s+)?(?:un['’]\s*|una\s+|un\s+)altr[oa]\s+(?:a|in|nel|nella|presso)\s+(?!piede|fuga)(?:[\w'’-]+\s+){0,4}?(?-i:[A-ZÀ-Ý])"

# Things online: a seizure of them ("28 siti web ... sono stati sequestrati") is a takedown
# (rules.ONLINE_SEIZED); servers are goods.
ONLINE = r"\b(?:siti(?:\s+(?:web|internet))?|sito\s+(?:web|internet)|domini|account|canali\s+Telegram|pagine\s+web|risorse online)\b"


# The sentence already passed as a sentence's subject, its definite or possessive noun
# first (rules.SENTENCE_SUBJECT_BACK).
SENTENCE_SUBJECT = (
    r"\W*(?:La|Sua)\s+(?:\w+\s+)?(?:pena|condanna)\s+(?:è|era|sarà|fu|ha|è\s+stata)\b"
)

# Sentence splitting (``text.sentences``, which joins every language's lists, since it runs
# before the language is known): short forms after which a full stop never ends a sentence
# (titles before a name, "Me Dupont", "Sig. Rossi"), and short forms after which it does not
# when a number follows ("ca. 20", "Nr. 3", "art. 416").
ABBREVIATIONS: tuple[str, ...] = (
    "Sig",
    "Sigg",
    "Dott",
    "Avv",
    "Prof",
    "Ing",
    "Magg",
    "Brig",
    "Cap",
    "Gen",
    "On",
)
NUMBER_ABBREVIATIONS: tuple[str, ...] = ("art", "n", "ca", "nr", "pag")

# A person or vehicle stopped at a check, not (yet) held (rules.VEHICLE_HALTED, as the
# Spanish lexicon's): "fermato a un posto di blocco", "fermato durante un controllo
# stradale", "fermato dopo un breve inseguimento", "fermate dalle Guardie di confine", "i
# militari hanno intimato l'alt". An interception; an arrest only when the sentence also
# tells one.
VEHICLE_HALTED = (
    r"\bfermat[oaie]\s+(?:[\w'’]+\s+){0,3}?(?:a|ad|al|in|durante|nel\s+corso\s+di|dopo)\s+"
    r"(?:un|uno|una|il|lo|la|un['’])?\s*(?:posto\s+di\s+blocco|posto\s+di\s+controllo|"
    r"controllo|breve\s+inseguimento|inseguimento)|"
    r"\bfermat[oaie]\s+dall[ae]\s+guardi[ae]\s+di\s+confine|\bintima(?:t[oaie]|re|no|to)?\s+l['’]alt\b"
)

# Held for their residence status, not as suspects of a crime: a detention (rules.
# STATUS_HELD_INTL): "fermati perché irregolari sul territorio nazionale".
HELD_AS_MIGRANT = r"\birregolar[ie]\s+sul\s+territorio\b|\bin\s+posizione\s+irregolare\b"

# People in general: a count told of them, then its parts, is a total (events.TOTAL_THEN_PARTS).
GENERIC_PEOPLE = r"persone|indagati|arrestati|soggetti|individui|migranti|cittadini"
# Prepositions of direction: the country after one, right after a removal's word, is where
# people are sent (events.REMOVAL_DESTINATION_INTL).
DESTINATION = r"in|verso|a"
# Words of a journey: a place after one and a preposition of DESTINATION is where someone was
# going ("diretto a Milano", "in partenza verso Tunisi"), not where the text happens
# (events.TRAVEL_DESTINATION_INTL; not a journey done, "rientrato in Italia", "fuggito in
# Spagna", which often ends where the arrest was; not "partita", also a match).
TRAVEL_TO = (
    r"diretto|diretta|diretti|dirette|in partenza|volare|viaggiava|viaggiavano|viaggiare|"
    r"fuggire"
)


# Words that give a number as the total of those acted on ("insgesamt elf Menschen", "en total
# 12 personas"): that number counts the action when it is larger (events.TOTAL_COUNT_INTL).
TOTAL = r"in totale|complessivamente|in tutto"

# Words saying people were on a vessel or vehicle (extraction.PEOPLE_NEXT: the people a
# sentence after an interception counts on board are its count).
ABOARD = r"a\s+bordo"

# Words that open a part of a number of people just given ("3 personen, waarvan 1
# minderjarige"): the number before them is the whole (extraction.WHOLE_BEFORE_PART_INTL).
PART_OF = r"di\s+cui|tra\s+cui|fra\s+cui"

# Places searched, after a number, count a search (extraction.SEARCH_PLACES_COUNT):
# "perquisizioni in tre abitazioni".
SEARCH_PLACES = (
    r"abitazioni|case|immobili|locali|appartamenti|luoghi|siti|esercizi|negozi|uffici|"
    r"edifici|capannoni|magazzini|domicili|ville|aziende"
)
