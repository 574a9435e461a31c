"""Spanish words (Spain and Latin America) for selection and the rules' checks."""

# Stems of the words that can report an enforcement action: recall-first paragraph
# selection, used as r"\b(?:" + TRIGGERS + r")" with re.IGNORECASE.
TRIGGERS: str = (
    # arrest and custody (Latin America: capturado, aprehendido, prisión preventiva)
    r"deten|detien|detuv|arrest|captur|aprehen|apres|custodia|calabozo|"
    r"disposici[óo]n (?:judicial|del juez|del juzgado)|prisi[óo]n|encarcel|c[áa]rcel|"
    r"penitenciar|privad[oa]s? de (?:su )?libertad|retenid|"
    # charge, conviction, sentence, fine
    r"imput|investigad|acusad|acusaci[óo]n|acus[óa]|procesad|procesamiento|juicio oral|"
    r"vincul(?:ó|aron|ad[oa]s?) a proceso|formaliz|inculpad|encausad|cargos|querellad|"
    r"conden|culpable|culpabilidad|(?:reconoci|admiti)\w* los hechos|conformidad|sentencia|"
    r"fallo|veredicto|"
    r"penas?\b|reclusi[óo]n|inhabilitaci[óo]n|libertad vigilada|trabajos en beneficio|"
    r"multa|mult[óa]|sanci[óo]n|sancion|indemniz|responsabilidad civil|resarci|euros? diarios|"
    r"cuota diaria|pag(?:ar|ó|o|aron|ado|ada|ará|arán|ue|uen)\b|abon(?:ar|ó|ado|aron)\b|"
    # seizure, search, interception
    r"comiso|decomis|incaut|interven|intervin|requis|asegurad|aseguramiento|asegur[óa]|"
    r"confisc|embarg|bloque|congel|hall[óa]|hallazgo|encontr|descubr|localiz|recuper|"
    r"ocupad[oa]s\b|se (?:les? )?ocup|"
    r"registr|allan|cateo|cate[óa]|redada|inspecci|cache[oó]|cachead|revis|batida|"
    r"intercept|abord|rescat|auxili|salvamento|frustr|impid|imped|evit[óa]|detect|"
    r"el alto|control|parad[oa]s?\b|ocult|escondid|sorprendid|patera|cayuco|narcolancha|"
    # detention, deportation, extradition, release
    r"internamiento|internad|cie\b|cate\b|centro de (?:internamiento|atenci[óo]n|estancia)|"
    r"retenci[óo]n|traslad|a disposici[óo]n|acogid|"
    r"expuls|deport|devuel|devolu|devolv|repatri|rechaz|retorn|inadmi|denegad|denegaci[óo]n|"
    r"conducid[oa]s? a la frontera|salida obligatoria|"
    r"extradi|entreg|euroorden|orden europea|oede\b|"
    r"libertad|liberad|liber[óa]|liberaci[óo]n|excarcel|fianza|solt|libres?\b|"
    # takedown
    r"cierre|cerrad|cerr[óa]|clausur|de baja|eliminad|elimin[óa]|retirad|desactivad|"
    r"suspendid|inhabilitad|tumbad|derribad|fuera de l[íi]nea|desconectad|borrad|"
    r"desarticul|desmantel"
)

# What a sentence must say to report an event of each type (prefixed with r"\b").
TYPE_WORDS: dict[str, str] = {
    "arrest": (
        r"(?:deten(?:id[oa]s?|ci[óo]n|ciones|er|ga|gan|emos)\b|detien\w*|detuv\w*|arrest\w*|"
        r"captur\w*|aprehend\w*|aprehensi[óo]n\w*|apresad\w*|apres(?:ó|aron)\b|"
        r"prisi[óo]n (?:provisional|preventiva)|ingres\w* en prisi[óo]n|envi\w* a prisi[óo]n|"
        r"encarcelad\w*|encarcel(?:ó|aron|ar)\b|custodia\w*|calabozos?\b|"
        r"a disposici[óo]n (?:judicial|del juez|del juzgado)|formal prisi[óo]n|"
        r"privad[oa]s? de (?:su )?libertad|retenid[oa]s?\b|bajo arresto)"
    ),
    "charge": (
        r"(?:imput\w*|investigad[oa]s?\b|acusad\w*|acusaci[óo]n\w*|acus(?:a|an|ó|aron)\b|"
        r"procesad\w*|procesamiento|juicio oral|vincul(?:ó|aron|ad[oa]s?) a proceso|formalizad\w*|"
        r"formalizaci[óo]n|inculpad\w*|encausad\w*|cargos\b|querellad\w*)"
    ),
    "conviction": (
        r"(?:conden(?:a|ó|o|e|é)\w*|culpables?\b|culpabilidad|"
        r"(?:reconoci|admiti)\w* (?:los hechos|su culpabilidad)|conformidad|sentencia\w*|"
        r"fallo|veredicto)"
    ),
    "sentence": (
        r"(?:conden(?:a|ó|o|e|é)\w*|penas?\b|prisi[óo]n|c[áa]rcel\w*|reclusi[óo]n|sentencia\w*|"
        r"encarcel\w*|privaci[óo]n de (?:la )?libertad|privativa de libertad|"
        r"trabajos en beneficio de la comunidad|libertad vigilada|localizaci[óo]n permanente|"
        r"inhabilitaci[óo]n)"
    ),
    "financial_penalty": (
        r"(?:multas?\b|multad[oa]s?\b|mult(?:ó|aron)\b|sanci[óo]n\w*|sancion\w*|comiso|"
        r"decomis\w*|confiscaci[óo]n|indemniz\w*|responsabilidad civil|"
        r"pag(?:ar|ó|o|aron|ado|ada|ará|arán|ue|uen)\b|abon(?:ar|ó|ado|aron)\b|"
        r"euros? diarios|cuota diaria|resarci\w*)"
    ),
    "seizure": (
        r"(?:incaut\w*|intervin\w*|intervenid[oa]s?\b|interven(?:ci[óo]n|ciones|ir)\b|"
        r"decomis\w*|comiso|requis\w*|aprehend\w*|aprehensi[óo]n\w*|asegurad[oa]s?\b|"
        r"aseguramiento|asegur(?:ó|aron) (?:\w+ ){0,2}\d|confisc\w*|embarg\w*|bloquead\w*|"
        r"congelad\w*|hallad\w*|hallazgo\w*|hall(?:ó|aron)\b|encontrad\w*|encontr(?:ó|aron)\b|"
        r"descubr\w*|localiz(?:ó|aron|ad[oa]s?)\b|recuperad\w*|recuper(?:ó|aron)\b|"
        r"ocupad[oa]s\b|se (?:les? )?ocup\w*|intercept\w*)"
    ),
    "search": (
        r"(?:registr(?:o|os|ó|aron|ado|ada|ados|adas|ar)\b|entrada y registro|allan\w*|"
        r"cateos?\b|cate(?:ó|aron|ad[oa]s?)\b|redadas?\b|inspecci\w*|cache[oó]\w*|cachead\w*|"
        r"revisad[oa]s?\b|revis(?:ó|aron|i[óo]n)\b|batidas?\b)"
    ),
    "interception": (
        r"(?:intercept\w*|abord\w*|intervenid[oa]s?\b|interven(?:ci[óo]n|ir)\b|intervin\w*|"
        r"detectad[oa]s?\b|detect(?:ó|aron)\b|localizad[oa]s?\b|localiz(?:ó|aron)\b|rescat\w*|"
        r"auxiliad\w*|salvamento|frustr\w*|impedi\w*|impidi\w*|evit(?:ó|aron|ado|ada)\b|"
        r"(?:dieron|dio|dad[oa]s?) el alto|control(?:es)?\b|controlad[oa]s?\b|parad[oa]s?\b|"
        r"ocult[oa]s?\b|ocultad\w*|escondid\w*|encontrad\w*|hallad\w*|sorprendid\w*)"
    ),
    # people held who are not suspects: migrants, immigration detention (CIE, CATE)
    "detention": (
        r"(?:deten\w*|detien\w*|detuv\w*|internamiento\w*|internad[oa]s?\b|cie\b|cate\b|"
        r"centros? de (?:internamiento|atenci[óo]n|estancia)|retenid[oa]s?\b|retenci[óo]n|"
        r"trasladad[oa]s?\b|a disposici[óo]n de (?:la )?polic[íi]a|"
        r"puest[oa]s? a disposici[óo]n|custodia\w*|acogid[oa]s?\b)"
    ),
    "deportation": (
        r"(?:expuls\w*|deport\w*|devuelt[oa]s?\b|devoluci[óo]n\w*|devolvi\w*|devolver\w*|"
        r"repatri\w*|rechazad[oa]s? en (?:la )?frontera|rechazos? en (?:la )?frontera|"
        r"retornad[oa]s?\b|retorno forzoso|inadmisi[óo]n|inadmitid\w*|"
        r"denegad[oa] la entrada|denegaci[óo]n de entrada|conducid[oa]s? a la frontera|"
        r"salida obligatoria)"
    ),
    "extradition": (
        r"(?:extradi\w*|entregad[oa]s? a\b|entreg(?:ó|aron|a|an)\b|entrega (?:a|al|de)\b|"
        r"orden europea de detenci[óo]n|oede\b|euroorden\w*)"
    ),
    "release": (
        r"(?:libertad\w*|liberad[oa]s?\b|liber(?:ó|aron|ar)\b|liberaci[óo]n|excarcel\w*|"
        r"fianza\w*|soltad[oa]s?\b|solt(?:ó|aron)\b|sal(?:ió|ieron|ida|ir) de (?:la )?prisi[óo]n|"
        r"libres?\b)"
    ),
    # an action on web pages, accounts, domains ... (either order in the sentence)
    "takedown": (
        r"(?:(?:bloque\w*|cierres?\b|cerrad[oa]s?\b|cerr(?:ó|aron)\b|clausur\w*|dad[oa]s? de baja|"
        r"dio de baja|dieron de baja|eliminad[oa]s?\b|elimin(?:ó|aron)\b|retirad[oa]s?\b|"
        r"retir(?:ó|aron)\b|desactivad[oa]s?\b|suspendid[oa]s?\b|intervenid[oa]s?\b|"
        r"inhabilitad[oa]s?\b|tumbad[oa]s?\b|derribad[oa]s?\b|fuera de l[íi]nea|"
        r"desconectad[oa]s?\b|borrad[oa]s?\b)"
        r"(?=.*\b(?:p[áa]ginas?|webs?|sitios?|dominios?|cuentas?|perfiles|perfil|"
        r"publicaciones|publicaci[óo]n|contenidos?|v[íi]deos?|canal(?:es)?|grupos?|anuncios?|"
        r"portal(?:es)?|plataformas?|servidores?|servidor|foros?|mensajes?)\b)|"
        r"(?:p[áa]ginas?|webs?|sitios?|dominios?|cuentas?|perfiles|perfil|publicaciones|"
        r"publicaci[óo]n|contenidos?|v[íi]deos?|canal(?:es)?|grupos?|anuncios?|portal(?:es)?|"
        r"plataformas?|servidores?|servidor|foros?|mensajes?)\b.*\b(?:bloque\w*|cierres?\b|"
        r"cerrad[oa]s?\b|cerr(?:ó|aron)\b|clausur\w*|dad[oa]s? de baja|dio de baja|"
        r"dieron de baja|eliminad[oa]s?\b|elimin(?:ó|aron)\b|retirad[oa]s?\b|retir(?:ó|aron)\b|"
        r"desactivad[oa]s?\b|suspendid[oa]s?\b|intervenid[oa]s?\b|inhabilitad[oa]s?\b|"
        r"tumbad[oa]s?\b|derribad[oa]s?\b|fuera de l[íi]nea|desconectad[oa]s?\b|"
        r"borrad[oa]s?\b))"
    ),
}

# A request opens with a verb in the imperative: usted / ustedes / vosotros forms
# ("Indique todos ...", "Llamen al ..."), and the tú forms that do not also head
# ordinary sentences (3rd person "Informa la Policía que ..." is left out).
REQUEST_VERBS: frozenset[str] = frozenset(
    [
        "añada",
        "añadan",
        "añade",
        "añadid",
        "clasifique",
        "clasifiquen",
        "comunique",
        "comuniquen",
        "contacte",
        "contacten",
        "cuente",
        "cuenten",
        "denuncie",
        "denuncien",
        "devuelva",
        "devuelvan",
        "devuelve",
        "diga",
        "digan",
        "enumere",
        "enumeren",
        "enumera",
        "enumerad",
        "escriba",
        "escriban",
        "extraiga",
        "extraigan",
        "extrae",
        "ignore",
        "ignoren",
        "ignora",
        "ignorad",
        "incluya",
        "incluyan",
        "indique",
        "indiquen",
        "indicad",
        "informe",
        "informen",
        "informad",
        "llame",
        "llamen",
        "marque",
        "marquen",
        "muestre",
        "muestren",
        "olvide",
        "olviden",
        "olvida",
        "reemplace",
        "reemplacen",
        "reemplaza",
        "responda",
        "respondan",
        "responde",
        "traduzca",
        "traduzcan",
        "traduce",
        "utilice",
        "utilicen",
    ]
)
# The imperative's object or complement starts with one of these.
REQUEST_OBJECT_STARTS: frozenset[str] = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "lo",
        "un",
        "una",
        "unos",
        "unas",
        "al",
        "todo",
        "toda",
        "todos",
        "todas",
        "cada",
        "cualquier",
        "cualquiera",
        "este",
        "esta",
        "estos",
        "estas",
        "esto",
        "ese",
        "esa",
        "esos",
        "esas",
        "eso",
        "solo",
        "sólo",
        "solamente",
        "únicamente",
        "nada",
        "ningún",
        "ninguna",
        "su",
        "sus",
        "mi",
        "mis",
        "nuestro",
        "nuestra",
        "nuestros",
        "nuestras",
        "me",
        "nos",
        "qué",
        "inmediatamente",
    ]
)
# Words that soften a request: "Por favor, indique ...".
REQUEST_SOFTENERS: frozenset[str] = frozenset(
    ["por", "favor", "porfavor", "ahora", "también", "además", "mejor"]
)


# One person and no number: "un hombre", "el conductor", "ha sido detenido" (for the count
# of an arrest, a charge, a sentence ...).
SINGULAR = (
    r"\b(?:un|una|el|la)\s+(?:\w+\s+)?(?:hombre|mujer|individuo|persona|joven|var[óo]n|"
    r"ciudadano|ciudadana|conductor|conductora|sospechoso|sospechosa|acusado|acusada|"
    r"investigado|investigada|menor|vecino|vecina|extranjero|extranjera|pr[óo]fugo|fugitivo|"
    r"narcotraficante)\b|\b(?:ha|había) sido\b|\bfue\b"
)

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"un|una|uno"
TERM_UNITS = {"year": r"años?", "month": r"mes(?:es)?", "week": r"semanas?"}
AND_A_HALF = r"y medio"
HALVES: dict[str, str] = {}
TERM_MAXIMUM = r"hasta|máximo|pena máxima|se enfrenta[n]? a|podría[n]?"
MONEY_SCALES = {"millón": 1e6, "millones": 1e6, "mil millones": 1e9, "mil": 1e3}
MONEY_LINK = r"de"
CURRENCY_WORDS = {
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "dólares": "USD",
    "dolares": "USD",
    "usd": "USD",
    "libras esterlinas": "GBP",
    "libras": "GBP",
    "gbp": "GBP",
    "pesos": "MXN",
}
NOT_A_COUNT = (
    r"años?|mes(?:es)?|semanas?|días?|horas?|kg|kilos?|kilogramos?|gramos?|g\b|toneladas?|"
    r"litros?|euros?|€|%|por ?ciento|millones|millón|mil\b"
)
LOCATIVE = r"en|a|hacia"
# Prepositions before a country someone or something came from ("desde Marruecos").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"la|el|los|las"
ORIGIN = r"de|del|desde|procedente de"
COUNTRY_ALIASES = {
    "Inglaterra": "GB",
    "Gran Bretaña": "GB",
    "Holanda": "NL",
    "EEUU": "US",
    "EE.UU.": "US",
}
AGENCY_COUNTRIES = {
    "Guardia Civil": "ES",
    "Policía Nacional": "ES",
    "Agencia Tributaria": "ES",
    "Audiencia Nacional": "ES",
    "Mossos d'Esquadra": "ES",
    "Ertzaintza": "ES",
}
# Words that deny the action the next few words report ("no fue detenido").
NEGATORS = r"no|nunca|ningún|ninguna|ninguno|nadie|sin|ni"
CLAUSE_BREAKS = r"[,;:]|\bpero\b|\by\b|\bo\b|\bque\b|\bluego\b"
