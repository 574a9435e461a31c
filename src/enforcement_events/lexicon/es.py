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

# Countries' names that are also given names ("Jordan Smith", "Maurizio Pellegrino"):
# followed by a surname, a person, no place (normalize.GIVEN_NAME_COUNTRIES).
GIVEN_NAME_COUNTRIES = r"jordan|chad|georgia|israel|india|mauricio|guadalupe|trinidad"

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
        r"cateos?\b|cate(?:ó|aron|ad[oa]s?)\b|redadas?\b|cache[oó]\w*|cachead\w*|"
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

# The action's own word in the singular, when the sentence gives no number: a participle
# agrees with its subject ("extraditado", "detenida"; "detenidos" is plural).
SINGULAR_WORD = r"\w+(?:ado|ada|ido|ida)"


# Factuality: words that make an action possible, future, alleged or only reported
# ("podría ser extraditado", "será juzgado", "habría organizado", "se enfrenta a").
MODAL = (
    r"\b(?:podría|podrían|deberá|deberán|debería|deberían|será|serán|estará|estarán|habría|"
    r"habrían|se enfrenta|se enfrentan|podrá|podrán|presuntamente)\b"
)
# A word of possibility opening the sentence and followed straight by its verb
# (rules.HEDGE_OPENING_INTL): what that clause tells is only possible, even in words the
# rule net reads ("Posiblemente fueron detenidos otros dos hombres"); not a hedge on one phrase
# ("Vermutlich gestohlene Fahrräder wurden sichergestellt").
HEDGE_OPENING = r"Posiblemente|Probablemente|Quizás|Quizá|Tal vez"
HEDGE_VERB = r"fue|fueron|haya|hayan|ha|han|había|habían|sea|sean|se"
# A condition opening the clause of an action: it has not happened ("de ser
# declarados culpables", "si es condenado"; rules.CONDITIONAL_INTL).
CONDITIONAL = r"(?:si(?!\s+bien\b)|de ser|en caso de)\b"
# A penalty asked for by the prosecution is not a penalty passed ("la Fiscalía pide").
DEMANDS = r"\b(?:pide|piden|pedía|pedían|solicita|solicitó|solicitaba|reclama|reclamaba)\b"
# More ways to ask for a penalty (rules.DEMANDS_MORE_INTL): the past and the plural of the
# verbs above ("el fiscal pidió diez años", "solicitaron"), and "recomendó".
DEMANDS_MORE = (
    r"\b(?:pidió|pidieron|solicitan|solicitaron|solicitaban|reclaman|reclamó|reclamaron|"
    r"recomendó|recomienda|recomendaba)\b"
)
# People who are not suspects: their custody is a detention, a suspect's an arrest.
MIGRANTS = (
    r"\b(?:migrantes?|inmigrantes?|refugiados?|solicitantes? de asilo|extranjería|"
    r"situación irregular|(?:situación|condición|estatus|estado)\s+migratori[oa]\s+irregular|"
    r"pateras?|cayucos?|CIE|CATE)\b"
)

# Beside MIGRANTS, PEOPLE_MORE and the words for a removal: a document with none of these
# tells of no one held who is not a suspect (rules.HELD_NO_MIGRANTS_INTL).
NOT_SUSPECTS_DOC = (
    r"\binmigración\b|\bextranjería\b|\bsin papeles\b|\bsituación administrativa irregular\b"
)

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"un|una|uno"
TERM_UNITS = {"year": r"años?", "month": r"mes(?:es)?", "week": r"semanas?"}
# A term told in days ("30 días de prisión"): read only when the text gives no other unit, and
# only beside a word for custody after the days (TERM_DAYS_AFTER) or before them
# (TERM_DAYS_BEFORE), so that days to appeal or to pay, and day-fines, are no term.
TERM_DAYS = r"días?|dias?"
TERM_DAYS_AFTER = r"de\s+(?:prisión|cárcel|arresto|reclusión)\b"
TERM_DAYS_BEFORE = r"\b(?:pena|condena)\s+de\s+$"
AND_A_HALF = r"y medio"
HALVES: dict[str, str] = {}
# "Of which": a part of a term told after it ("drie jaar, waarvan twee voorwaardelijk"), no
# term of its own (normalize.intl_terms).
OF_WHICH = r"\b(?:de los cuales|de las cuales)\b"
# Words that tell two terms in one sentence are not each passed on someone: a range, a total,
# time already spent or gone by, a probation period or a ban (normalize.intl_terms).
NOT_EACH = (
    r"\bentre \S+ (?:\S+ ){0,3}?y \S+ (?:años|meses)\b|\bde \S+ (?:años|meses) a \S+ (?:años|meses)\b|\b(?:durante|hace|llevaba) \S+ (?:años?|meses?)\b|"
    r"\b(?:en total|suman?|prisión preventiva|inhabilitación|prohibición|libertad vigilada|"
    r"suspendida)\b|\b(?:años?|meses?) más\b"
)
TERM_MAXIMUM = r"hasta|máximo|pena máxima|se enfrenta[n]? a|podría[n]?"
MONEY_SCALES = {"millón": 1e6, "millones": 1e6, "mil millones": 1e9, "mil": 1e3}
# "and": joins two parts of a sum ("a million and 760 thousand") and the ends of a
# range ("aged between 18 and 26").
AND = r"y"
# "to" between the ends of a range ("de 19 a 24 años").
TO = r"a"
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
    r"|kil[óo]metros?|km\b|metros?"
    r"|millas?"  # "a 19 millas al noreste de Lanzarote" (session 43)
)
LOCATIVE = r"en|a|hacia"
# Courts, prosecutors and police named after their seat ("el Juzgado de Instrucción de
# Vigo", "la Fiscalía de Málaga"): the town tells where the text happens, as "in <town>"
# does.
SEAT_OF = (
    r"[Jj]uzgado(?: de (?:[Ii]nstrucción|lo [Pp]enal)(?: (?:número|n\.º|nº) \d+)?)? de|"
    r"[Aa]udiencia [Pp]rovincial de|[Ff]iscalía(?: [Pp]rovincial)? de|"
    r"[Cc]omisaría(?: [Pp]rovincial)? de|[Jj]efatura [Ss]uperior de [Pp]olicía de"
)
# Prepositions before a country someone or something came from ("desde Marruecos").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"la|el|los|las"
ORIGIN = r"de|del|desde|procedente de"
# Who asked for the action, and whose country that is ("a pedido de las autoridades de Estados Unidos", "a quien Estados Unidos pidió en extradición"): the requester's country is
# no place of an arrest, search or seizure (events.REQUESTER_NOT_PLACE_INTL).
REQUESTED_BY = r"\ba\s+(?:pedido|petición|solicitud|requerimiento)\s+de(?:l)?\b|\b(?:solicitad|requerid|reclamad|buscad)[oa]s?\s+(?:en\s+extradición\s+)?por|\ba\s+quien(?:es)?\s+[^,.;]{0,40}?\s+(?:pidió|pide|pidieron|piden|solicitó|solicita|reclama|reclamó|requiere|requería)\b"
# Where someone or something came from or passed through, before a town whose country follows
# in brackets ("procedente de Lagos (Nigeria)"): that country is an origin (normalize.TOWN_ORIGIN_INTL).
PROVENANCE = r"procedente de|proveniente de|vía|via"
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
    "Fiscalía General de la República": "MX",
    "Guardia Nacional": "MX",
    "Carabineros": "CL",
    "Policía Nacional de Colombia": "CO",
    "Gendarmería Nacional": "AR",
}
# Words that deny the action the next few words report ("no fue detenido").
NEGATORS = r"no|nunca|ningún|ninguna|ninguno|nadie|sin|ni"
CLAUSE_BREAKS = r"[,;:]|\bpero\b|\by\b|\bo\b|\bque\b|\bluego\b"


# The court "condemning" someone, in the gerund with its object pronoun ("condenándolo
# a tres años"): a verdict told in passing, as "condenado" is.
CONDEMNING = r"conden[áa]ndol[oae]s?"

# Police holding people told with an impersonal "se" ("ayer se detuvo a otra persona",
# "se arrestó a dos hombres"): an arrest, where "se detuvo a mirar" (stopped) is none.
IMPERSONAL_HELD = (
    r"\bse\s+(?:detuvo|detuvieron|arrestó|arrestaron|capturó|capturaron|aprehendió|"
    r"aprehendieron)\s+(?:\w+\s+){0,3}?a\s+(?:<NUM>\s+)?(?:\w+\s+)?(?:personas?|hombres?|"
    r"mujeres?|individuos?|sospechos[oa]s?|jóvenes|joven|menores?|ocupantes|conductor(?:es)?|"
    r"integrantes|miembros|presunt[oa]s?|autor(?:es)?|implicad[oa]s?|traficantes?)\b"
)
# Words between a court's verb and the person it charges ("la Justicia imputó en las
# últimas horas a un hombre"): up to four, none of them "a".
CHARGED_BETWEEN = r"(?:(?!al?\b)\w+\s+){0,4}?"

# A character inside a clause: no full stop or semicolon, but a point between digits is a
# thousands point ("1.500 euros de multa"), not the end of the clause.
CLAUSE_CHAR = r"(?:[^.;]|(?<=\d)\.(?=\d))"

# Sentences that report an action in so many words (a completed action in the past or
# present, passive or active, with its usual participle or noun): the rule net under the
# model's recall. Matched case-insensitively with re.search; keys are SPEC type values.
# Shared pieces are written once as <NAME> and filled in below: <AUX> an auxiliary of a
# compound tense or passive ("ha", "fue", "han sido", "quedó"), <PASS> a passive one,
# not after "no" or "nunca", then <W> words that are no negation, modal or preposition
# ("no ha sido detenido", "podría ser extraditado" never match); <HEAD> a count heading
# a headline ("Tres detenidos", "500 kilos de hachís incautados"), <START> a participle
# heading one ("Detenidos tres hombres"), <NUM> a number, <G> no "ser", "será", "sea"
# just before ("pide que sea condenado a").
RULES: dict[str, str] = {
    type_: pattern.replace("[^.;]", CLAUSE_CHAR)
    .replace("<IMPERSONAL>", IMPERSONAL_HELD)
    .replace("<BETWEEN>", CHARGED_BETWEEN)
    .replace(
        "<AUX>",
        r"(?<!\bno )(?<!nunca )(?<!\bni )(?<!jamás )\b(?:ha|han|había|habían|hubo|fue|fueron|"
        r"es|son|era|eran|resultó|resultaron|quedó|quedaron|queda|quedan)\s+(?:<W>\s+){0,2}?",
    )
    .replace(
        "<PASS>",
        r"(?<!\bno )(?<!nunca )(?<!\bni )(?<!jamás )\b(?:(?:ha|han|había|habían)\s+"
        r"(?:<W>\s+)?sido|fue|fueron|es|son|era|eran|resultó|resultaron|quedó|quedaron|queda|"
        r"quedan)\s+(?:<W>\s+){0,2}?",
    )
    .replace(
        "<HEAD>",
        r"(?:^|:\s*)\W*(?:(?:más de|unos|unas|cerca de|casi|al menos|otros|otras)\s+)?<NUM>\s+"
        r"(?:(?!(?:no|que|ser|será|serán|podría|podrían|pueden|puede|deben|debe|van|va|para|"
        r"sin)\b)[\w-]+\s+){0,5}?",
    )
    .replace("<START>", r"^\W*")
    .replace(
        "<W>",
        r"(?!(?:no|nunca|jamás|ni|que|si|ser|será|serán|sería|serían|sea|sean|podría|podrían|"
        r"puede|pueden|debe|deben|debería|deberían|va|van|para|a|al)\b)[\w-]+",
    )
    .replace(
        "<NUM>",
        r"(?:\d[\d.,]*|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
        r"trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veinti\w+|"
        r"treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|mil|varios|"
        r"varias|decenas de|centenares de|cientos de|una decena de|una veintena de|"
        r"medio centenar de|un centenar de)",
    )
    .replace("<GERUND>", CONDEMNING)
    # between the court's verb and a term far after it: no full stop (but "art. 368"), no
    # word that makes it faced, asked for, possible or the law's
    .replace(
        "<FAR_GAP>",
        r"(?:(?!\b(?:enfrent|afront|expon|podr|pid|pide|solicit|reclam|prev|castig|impong)\w*)"
        r"(?:[^.;]|(?<=\bart)\.|(?<=\bnúm)\.|(?<=\d)\.(?=\d)))*?",
    )
    # a day-fine, a disqualification, a ban or a removal is no term ("a la pena de multa de
    # seis meses")
    .replace(
        "<NOT_A_TERM>",
        r"(?!(?:multa|inhabilit|retirad|privaci|libertad\s+vigilada|alejamiento|expulsi|"
        r"prohibici|trabajos)\w*)",
    )
    .replace(
        "<G>",
        r"(?<!\bser )(?<!será )(?<!serán )(?<!sería )(?<!serían )(?<!\bsea )(?<!sean )"
        r"(?<!fuera )(?<!fueran )(?<!fuese )(?<!resultar )(?<!quedar )",
    )
    for type_, pattern in {
        # "fue detenido", "han sido arrestados", "quedó detenido", "ha detenido a",
        # "detuvo a", "Detenidos tres hombres", "15 detenidos", "tres detenciones",
        # "se saldó con la detención", "ingresó en prisión provisional"
        "arrest": (
            r"^(?!.*\b(?:proyectos?|obras?|trenes?|producción|construcción|motor|avance)\b)"
            r".*?<PASS>(?:detenid|arrestad|capturad|aprehendid|apresad)[oa]s?\b|"
            r"(?<!\bno )(?<!nunca )\b(?:ha|han|había|habían)\s+(?:(?:ya|también|hoy|ayer)\s+)?"
            r"(?:detenido|arrestado|capturado|aprehendido|apresado)\s+al?\s|"
            r"(?<!\bno )(?<!nunca )(?<!\bse )\b(?:detuvo|detuvieron|arrestó|arrestaron|capturó|"
            r"capturaron|aprehendió|aprehendieron|apresó|apresaron)\s+(?:(?!(?:el|la|los|las|"
            r"un|una|su|sus)\b)\w+\s+)?al?\s|"
            r"<IMPERSONAL>|"
            r"<START>(?:detenid|arrestad|capturad)[oa]s?\s+(?:<NUM>|el|la|los|las)\b|"
            r"<HEAD>(?:detenid|arrestad|capturad)[oa]s?\b|"
            r"^(?!.*\b(?:descart\w+|previst[oa]s|prevé|prevén|podría\w*|esperan?)\b).*?"
            r"\b<NUM>\s+(?:(?!(?:años|meses|días|semanas|horas)\b)\w+\s+)?(?:detenid[oa]s|"
            r"arrestad[oa]s|detenciones|arrestos)\b|"
            r"\b(?:procedi(?:ó|eron)|ha procedido|han procedido|se sald(?:ó|aron)|"
            r"se ha saldado|se han saldado|culmin(?:ó|aron)|ha culminado|han culminado|"
            r"permiti(?:ó|eron)|ha permitido|han permitido|termin(?:ó|aron))\s+(?:con\s+|a\s+)?"
            r"(?:la|las|el)\s+(?:detención|detenciones|arresto|captura)\b|"
            r"<G>\b(?:ingres(?:ó|aron|ad[oa]s?)|enviad[oa]s?|envi(?:ó|aron)|mandad[oa]s?|"
            r"mand(?:ó|aron))\s+(?:\w+\s+){0,2}?(?:en|a)\s+prisión\s+(?:provisional|preventiva|"
            r"comunicada)|"
            r"\b(?:orden|decret|acord)(?:ó|aron|ado)\s+(?:su\s+|el\s+)?(?:ingreso\s+en\s+)?"
            r"prisión\s+(?:provisional|preventiva)"
        ),
        # "fue procesado", "ha imputado a" in a sentence about a court or an offence,
        # "vinculado a proceso", "dictó auto de procesamiento"
        "charge": (
            r"^(?=.*\b(?:delitos?|juez|jueza|juzgado|Audiencia|tribunal|fiscal\w*|causa|"
            r"presunt\w+|supuest\w+|cargos?|acusación|proceso|crimen|asesinato|homicidio|"
            r"tráfico|narcotráfico|blanqueo|estafa|fraude)\b).*?(?:<PASS>(?:procesad|imputad|"
            r"inculpad)[oa]s?\b|<PASS>acusad[oa]s? formalmente\b|(?<!\bno )\b(?:ha|han|había|"
            r"habían)\s+(?:procesado|imputado|inculpado|acusado formalmente)\s+al?\s|"
            r"\b(?:proces(?:ó|aron)|imput(?:ó|aron)|inculp(?:ó|aron))\s+<BETWEEN>al?\s)|"
            r"<AUX>vinculad[oa]s? a proceso\b|\bvincul(?:ó|aron)\s+a proceso\b|"
            r"\bdict(?:ó|aron|ado)\s+(?:\w+\s+)?auto de (?:procesamiento|apertura de juicio "
            r"oral)"
        ),
        # "condenado" with a penalty or a court after it (not "ha condenado el atentado"),
        # "declarado culpable", "aceptó una condena de", "se conformó con la pena"
        "conviction": (
            r"<AUX>condenad[oa]s?\s+(?:[^.;]{0,80}?\s)?(?:a\s+(?:[\w,.-]+\s+){0,5}?(?:años?|"
            r"mes(?:es)?|días|semanas|prisión|cárcel|cadena perpetua|reclusión|multa|pagar|"
            r"inhabilitación|trabajos|muerte|pena)\b|por\s+(?:el|la|los|las|un|una)\s+"
            r"(?:delitos?|Tribunal|Juzgado|juez|jueza|Audiencia|Supremo|crimen|asesinato|"
            r"homicidio|robo|tráfico)|por (?:delitos?|asesinato|homicidio|tráfico|narcotráfico|"
            r"blanqueo|estafa|fraude|robo|hurto|terrorismo|contrabando|agresión|abuso|violación|"
            r"trata|pertenencia|favorecimiento|conducir|atentado)|en (?:firme|primera instancia|"
            r"apelación))|"
            r"<G>\b(?:condenad[oa]s?|condenó|condenaron|<GERUND>)\s+(?:[^.;]{0,80}?\s)?a\s+"
            r"(?:[\w,.-]+\s+){0,5}?(?:años?|mes(?:es)?|días|semanas|prisión|cárcel|"
            r"cadena perpetua|reclusión|multa|pagar|inhabilitación|muerte)\b|"
            r"<AUX>(?:declarad|hallad|encontrad)[oa]s? culpables?\b|"
            r"\b(?:acept(?:ó|aron|ado)|reconoci(?:ó|eron|do))\s+(?:\w+\s+){0,3}?(?:una\s+)?"
            r"(?:condena|pena)s?\s+de\b|\bse\s+conform(?:ó|aron)\s+con\s+(?:la|una|las)\s+"
            r"(?:pena|condena)"
        ),
        # "condenado a cinco años de prisión", "le impuso una pena de", "aceptó una condena
        # de dos años", "Seis años de cárcel para ..." (not "pide", "se enfrenta a")
        "sentence": (
            r"<G>\b(?:condenad[oa]s?|condenó|condenaron|<GERUND>)\s+(?:[^.;]{0,80}?\s)?a\s+"
            r"(?:[\w,.-]+\s+){0,5}?(?:años?|mes(?:es)?|días|semanas|prisión|cárcel|"
            r"cadena perpetua|reclusión|trabajos en beneficio)\b|"
            r"\b(?:impuso|impusieron|ha impuesto|han impuesto|había impuesto)\b[^.;]{0,40}?"
            r"(?:\b(?:pena|penas|condena)\s+de\b|\b\w+\s+(?:años?|meses)\s+de\s+(?:prisión|"
            r"cárcel)\b)|"
            r"\b(?:acept(?:ó|aron|ado)|reconoci(?:ó|eron|do))\s+(?:\w+\s+){0,3}?(?:una\s+)?"
            r"(?:condena|pena)s?\s+de\s+(?:[\w,.-]+\s+){0,3}?(?:años?|mes(?:es)?)\b|"
            r"^\W*<NUM>\s+(?:años?|meses)\s+(?:y\s+(?:medio|\w+\s+meses)\s+)?de\s+(?:prisión|"
            r"cárcel)\s+(?:para|al|a la|a los|a las|a)\b(?![^.]*\b(?:pide|piden|pedía|pedían|"
            r"solicita|solicitan|reclama|reclaman|podría|podrían|enfrenta|enfrentan|arriesga|"
            r"arriesgan|propone|proponen)\b)"
            # the term the court's verb passes, however far after it in the sentence ("fueron
            # condenados como autores de un delito ..., con la atenuante de ..., a las penas de
            # tres años"); rules.PENALTY_FAR_ES, the comment group marks where it starts
            r"|(?#penalty-far)<G>\b(?:condenad[oa]s?|condenó|condenaron|<GERUND>)\b<FAR_GAP>"
            r"\ba\s+(?:la|las)\s+penas?\s+de\s+<NOT_A_TERM>(?:[\w,.-]+\s+){0,5}?(?:años?|mes(?:es)?)\b"
        ),
        # "condenado a una multa", "al pago de", "fue multado", "le impuso una multa",
        # "acordó el comiso"
        "financial_penalty": (
            r"<G>\b(?:condenad[oa]s?|condenó|condenaron|<GERUND>)"
            r"\s+(?:[^.;]{0,100}?\s)?(?:a\s+(?:una\s+)?"
            r"multa|a\s+pagar|al\s+pago\s+de|a\s+indemnizar)|"
            r"<AUX>multad[oa]s?\b|<AUX>sancionad[oa]s?\s+con\s+(?:una\s+)?multa|"
            r"\b(?:impuso|impusieron|ha impuesto|han impuesto|había impuesto)\b[^.;]{0,40}?"
            r"\bmultas?\b|"
            r"\b(?:acord|orden|decret)(?:ó|aron|ado)\s+(?:también\s+|además\s+)?el\s+"
            r"(?:de)?comiso\b"
            # a fine beside the term ("condenado a ocho años de cárcel y 40.000 euros de
            # multa", a headline's "condena a diez años y 70 millones de multa"), with nothing
            # between that makes it a maximum, a request or a risk, and one the court laid
            # down ("cada uno deberá pagar una multa de 29.000 dólares", in a sentence about
            # a court or a conviction); rules.FINE_BESIDE_TERM_INTL, the comment group marks
            # where they start
            r"|(?#fine-beside)<G>\b(?:(?<!\bel )(?<!\bal )(?<!\bdel )(?<!\blos )condenad[oa]s?|"
            r"condenó|condenaron|(?<!\bla )(?<!\buna )"
            r"(?<!\bsu )(?<!\bde )(?:condena|condenan)(?=\s+a\s)|<GERUND>)\s+(?:(?!\b(?:hasta|"
            r"entre|máxim\w*|pid\w*|pide|solicit\w*|podr\w*|enfrent\w*|afront\w*|arriesg\w*|"
            r"prev\w*|ley|norma|rechaz\w*|anul\w*)\b)[^.;]){0,100}?(?<![\d.,])\b\d[\d.,]*\s*"
            r"(?:(?:mil|millones)\s+)?(?:(?:de\s+)?(?:euros?|dólares|pesos|soles|€)\s+)?de\s+multa\b"
            r"(?![^.;]{0,30}?\bcomo\s+máximo\b)|"
            r"^(?=.*\b(?:conden\w*|inculpad\w*|sentencia|juez|jueza|tribunal|Audiencia|fallo)\b).*?"
            r"(?<!\bno )(?<!\bsi )(?<!\btampoco )(?<!\bni )\bdeber(?:á|án)\s+(?:además\s+|"
            r"también\s+|asimismo\s+)?pagar\s+(?:[^.;]{0,20}?\s)?multas?\b"
            r"(?![^.;]{0,30}?\b(?:hasta|máxim\w*)\b)"
            # ... and a fine told with the term so passed ("... a las penas de tres años y una
            # multa de 30.000 euros"; rules.PENALTY_FAR_ES)
            r"|(?#penalty-far)<G>\b(?:condenad[oa]s?|condenó|condenaron|<GERUND>)\b<FAR_GAP>"
            r"\ba\s+(?:la|las)\s+penas?\s+de\s+<NOT_A_TERM>[^.;]*?(?:,|\by|\be)\s+"
            r"(?:al\s+pago\s+de\s+|a\s+)?(?:una\s+)?multa\s+de\b"
        ),
        # "fueron incautados", "se incautó de", "han sido intervenidos 30 kilos",
        # "Incautados 500 kilos", "se saldó con la incautación de"
        "seizure": (
            r"<AUX>(?:incautad|decomisad|requisad|confiscad)[oa]s?\b|"
            r"\b(?:incautó|incautaron|decomisó|decomisaron|requisó|requisaron|confiscó|"
            r"confiscaron)\b|"
            r"<AUX>intervenid[oa]s?\s+(?:(?!un\b|una\b|uno\b)<NUM>\s|más de|casi|unos|unas|cerca de|un total de|"
            r"diversos|diversas|numerosos|numerosas|gran cantidad)|"
            r"\b(?:droga|drogas|cocaína|heroína|hachís|marihuana|cannabis|resina|éxtasis|"
            r"anfetamina|speed|armas?|pistolas?|escopetas?|fusiles|munición|municiones|"
            r"cartuchos|dinero|euros|efectivo|metálico|billetes|tabaco|cigarrillos|cajetillas|"
            r"vehículos?|coches?|turismos?|embarcación|embarcaciones|narcolanchas?|lanchas?|"
            r"teléfonos?|móviles|kilos?|kg|kilogramos?|gramos|toneladas|fardos|plantas|joyas|"
            r"relojes|mercancía|bienes)\b[^.;]{0,80}?<AUX>intervenid[oa]s?\b|"
            r"\b(?:se\s+(?:han\s+|había\s+|habían\s+)?intervenido|intervin(?:o|ieron))\s+"
            r"(?:(?!un\b|una\b|uno\b)<NUM>\s|más de|casi|cerca de|un total de)|"
            r"<START>(?:incautad|intervenid|decomisad)[oa]s?\s+(?:<NUM>|más de|casi|unos|unas|"
            r"cerca de)\b|"
            r"<HEAD>(?:incautad|intervenid|decomisad)[oa]s?\b|"
            r"\b(?:se\s+sald(?:ó|aron)|se\s+ha\s+saldado|culmin(?:ó|aron)|permiti(?:ó|eron)|"
            r"ha\s+permitido|han\s+permitido|procedi(?:ó|eron)|logr(?:ó|aron))\b[^.;]{0,80}?"
            r"\b(?:incautación|incautaciones|decomiso|aprehensión)\s+de\b"
        ),
        # "entradas y registros practicados", "practicó un registro", "durante el registro",
        # "la vivienda fue registrada", "tres registros domiciliarios"
        "search": (
            # "el ingreso y registro de tres inmuebles", "la entrada y registro en dos
            # viviendas": premises counted after the search's noun
            r"\bregistros?\s+(?:de|en)\s+<NUM>\s+(?:inmuebles|viviendas|domicilios|locales|"
            r"naves|fincas|casas|propiedades|departamentos|oficinas)\b|"
            r"\b(?:registros?\s+domiciliarios?|entradas?\s+y\s+registros?|redadas?|"
            r"allanamientos?)\b[^.;]{0,60}?<G>\b(?:(?:practicad|realizad|efectuad)[oa]s?|"
            r"llevad[oa]s?\s+a\s+cabo|practic(?:ó|aron)|realiz(?:ó|aron)|efectu(?:ó|aron))\b|"
            r"\bregistros?\b[^.;]{0,40}?<G>\b(?:practicad[oa]s?|practic(?:ó|aron))\b|"
            r"\b(?:practic(?:ó|aron|ado)|realiz(?:ó|aron|ado)|efectu(?:ó|aron|ado)|"
            r"llev(?:ó|aron|ado)\s+a\s+cabo)\s+(?:<NUM>\s+|diversos\s+|diversas\s+|los\s+|las\s+|"
            r"el\s+|la\s+)?(?:\w+\s+)?(?:entradas?\s+y\s+registros?|registros?\s+domiciliarios?|"
            r"redadas?|allanamientos?)\b|"
            r"\bpractic(?:ó|aron|ado)\s+(?:\w+\s+){0,2}?registros?\b|"
            r"\b(?:durante|tras|en)\s+(?:el|los|la|las)\s+(?:entradas?\s+y\s+registros?|"
            r"registros?\s+(?:domiciliarios?|practicados?|de\s+la\s+vivienda|del\s+domicilio|"
            r"de\s+la\s+embarcación|del\s+vehículo|del\s+inmueble))\b|"
            r"\b(?:durante|tras)\s+(?:el|los)\s+registros?\b(?!\s+(?:civil|mercantil|"
            r"de\s+la\s+propiedad|de\s+entrada))|"
            r"\b(?:vivienda|domicilio|casa|inmueble|local|nave|oficina|sede|piso|finca)s?\b"
            r"[^.;]{0,40}?<AUX>registrad[oa]s?\b(?!\s+(?:a\s+nombre|como|en\s+el\s+Registro))|"
            r"^(?!.*\b(?:descart\w+|previst[oa]s|prevé|prevén|podría\w*|esperan?)\b).*?"
            r"\b<NUM>\s+(?:entradas\s+y\s+registros|registros\s+domiciliarios|redadas|"
            r"allanamientos)\b"
        ),
        # a boat, a lorry or people "interceptados" (not calls or messages); migrants
        # "localizados ocultos en un camión"
        "interception": (
            r"^(?!.*\b(?:comunicaciones|conversaciones|llamadas|mensajes|correos)\b).*?"
            r"(?:(?:<AUX>|<START>|<HEAD>)interceptad[oa]s?\b|\bintercept(?:ó|aron)\b)|"
            r"\b(?:localizad|hallad|encontrad|descubiert|sorprendid)[oa]s?\s+(?:ocult|escondid)"
            r"[oa]s?\s+(?:en|dentro|bajo|entre)\b"
        ),
        # migrants "ingresados en el CIE", "trasladados al Centro de Internamiento de
        # Extranjeros", "al CATE"
        "detention": (
            r"(?:<AUX>|<HEAD>)(?:ingresad|internad|trasladad|conducid)[oa]s?\s+(?:\w+\s+){0,2}?"
            r"(?:en|a|al)\s+(?:el\s+|un\s+|los\s+|la\s+)?(?:CIE|CIEs|Centros?\s+de\s+"
            r"Internamiento(?:\s+de\s+Extranjeros)?|CATE|Centro\s+de\s+Atención\s+Temporal\s+"
            r"de\s+Extranjeros)\b|"
            r"\bingres(?:ó|aron)\s+en\s+(?:el\s+|un\s+)?(?:CIE|Centro\s+de\s+Internamiento)\b"
        ),
        # "expulsado a Marruecos", "deportados", "se ejecutó la expulsión" (not "expulsado
        # del partido")
        "deportation": (
            r"^(?!.*\b(?:partido|colegio|escuela|clase|campo|terreno|juego|partida|"
            r"vivienda|piso|desahucio|árbitro|roja|tarjeta)\b).*?(?:<AUX>|<HEAD>|<START>)"
            r"expulsad[oa]s?\s+(?:[\w-]+\s+){0,3}?(?:a\s+su\s+país|a\s+sus\s+países|"
            r"a\s+(?-i:[A-ZÁÉÍÓÚ])|hacia|de\s+España|del\s+país|del\s+territorio|"
            r"de\s+territorio)|"
            r"(?:<AUX>|<HEAD>|<START>)deportad[oa]s?\b|\bdeport(?:ó|aron)\b|"
            r"\b(?:ejecut|materializ)(?:ó|aron|ado|ada|ados|adas)\s+(?:\w+\s+){0,3}?"
            r"(?:expulsión|expulsiones|deportación|deportaciones)\b|"
            r"\b(?:expulsión|expulsiones|deportación|deportaciones)\b[^.;]{0,40}?"
            r"\b(?:(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:ejecutad|materializad)[oa]s?|"
            r"se\s+(?:ha\s+|han\s+)?(?:ejecutado|materializado|ejecutó|ejecutaron|materializó|"
            r"materializaron))\b"
        ),
        # "fue extraditado", "Extraditado a España ...", "entregado a las autoridades ... en
        # virtud de una orden europea de detención"
        "extradition": (
            r"(?:<AUX>|<HEAD>|<START>)extraditad[oa]s?\b|\bextradit(?:ó|aron)\b|"
            r"<AUX>entregad[oa]s?\s+(?:\w+\s+){0,3}?a\s+(?:las\s+autoridades|la\s+justicia)\b"
            r"[^.;]{0,80}?\b(?:orden\s+europea\s+de\s+detención|OEDE|euroorden|extradición)"
        ),
        # "puesto en libertad", "quedó en libertad con cargos", "salió de prisión",
        # "decretó su libertad provisional", "En libertad ..."
        "release": (
            r"<AUX>(?:puest[oa]s?\s+en\s+libertad|dejad[oa]s?\s+en\s+libertad|"
            r"excarcelad[oa]s?)\b|"
            r"(?<!\bno )\b(?:quedó|quedaron|queda|quedan|ha\s+quedado|han\s+quedado)\s+"
            r"(?:\w+\s+)?en\s+libertad\b|"
            r"(?<!\bno )\b(?:salió|salieron|ha\s+salido|han\s+salido|había\s+salido)\s+"
            r"(?:\w+\s+){0,2}?de\s+(?:la\s+)?(?:prisión|cárcel)\b|"
            r"\b(?:decret|acord|otorg)(?:ó|aron|ado)\s+(?:\w+\s+){0,2}?libertad\s+"
            r"(?:provisional|con\s+cargos|bajo\s+fianza|condicional|vigilada)|"
            r"\bconced(?:ió|ieron|ido)\s+(?:\w+\s+){0,2}?libertad\s+(?:provisional|"
            r"bajo\s+fianza|condicional|vigilada)|<START>En\s+libertad\b"
        ),
        # web pages, domains, accounts ... "bloqueadas", "cerradas", "eliminadas"
        "takedown": (
            r"\b(?:páginas?\s+web|páginas|webs?|sitios?\s+web|dominios?|cuentas?\s+(?:en|de)\s+"
            r"(?:redes\s+sociales|Instagram|Twitter|Facebook|TikTok|Telegram|YouTube)|"
            r"cuentas\s+falsas|perfiles|canales|publicaciones|vídeos|videos|contenidos|anuncios|"
            r"grupos\s+de\s+(?:Telegram|WhatsApp|Facebook)|servidores|foros)\b[^.;]{0,80}?"
            r"<AUX>(?:bloquead|cerrad|eliminad|suprimid|desactivad|retirad|clausurad|suspendid|"
            r"intervenid|tumbad)[oa]s?\b|"
            r"<AUX>(?:bloquead|cerrad|eliminad|suprimid|desactivad|retirad|clausurad|suspendid|"
            r"intervenid|tumbad)[oa]s?\s+(?:[\w-]+\s+){0,3}?(?:páginas?\s+web|páginas|webs?|"
            r"sitios?\s+web|dominios?|perfiles|canales|publicaciones|vídeos|videos|contenidos|"
            r"anuncios|servidores|foros)\b|"
            r"<HEAD>(?:páginas\s+web|páginas|webs|sitios\s+web|dominios|perfiles|canales|"
            r"cuentas|publicaciones|vídeos|videos|anuncios)\s+(?:\w+\s+){0,3}?(?:bloquead|"
            r"cerrad|eliminad|suprimid|desactivad|retirad|clausurad|suspendid|intervenid|tumbad)"
            r"[oa]s\b|"
            r"<START>(?:bloquead|cerrad|eliminad|suprimid|desactivad|retirad|clausurad|"
            r"intervenid|tumbad)[oa]s\s+(?:<NUM>|más\s+de)\s+(?:\w+\s+)?(?:páginas|webs|"
            r"sitios|dominios|perfiles|canales|cuentas)\b"
        ),
    }.items()
}

# A warrant names an arrest without reporting one ("una orden de detención emitida
# por la Audiencia Nacional"): words for an arrest inside these do not count, unless it
# was carried out ("en ejecución de", "cumplimentada").
WARRANTS = r"\b[óo]rden(?:es)?\s+(?:europea\s+|internacional\s+|nacional\s+)?de\s+(?:detenci[óo]n|arresto|busca\s+y\s+captura|b[úu]squeda(?:\s+y\s+captura)?)(?:\s+(?:europea|internacional))?\b|\bbusca\s+y\s+captura\b"
WARRANT_EXECUTED = r"\bejecut\w*|\bejecuci[óo]n\b|\bcumpliment\w*"
# What an interception stops (SPEC: a vehicle, vessel or crossing stopped, people
# found concealed): an interception only the model reports must name one of these.
INTERCEPTED = r"\b(?:veh[íi]culos?|coches?|turismos?|furgonetas?|camiones|cami[óo]n|autob[úu]s(?:es)?|autocares?|trenes|tren|embarcaci[óo]n(?:es)?|barcos?|buques?|pateras?|cayucos?|neum[áa]ticas?|lanchas?|narcolanchas?|remolques?|migrantes?|inmigrantes?|personas|pasajeros?|hombres|mujeres|menores|ni[ñn]os|ocupantes|conductor(?:es)?|tripulantes?)\b"
# Checks, as words for an interception, and what makes a check one of a vehicle, vessel or crossing
# (a vehicle, a vessel, a driver or passengers, a road, a border, a port, an airport, a station;
# rules.PEOPLE_CHECKED_INTL): a check in a sentence naming none of these stops nothing.
CHECKS = r"control(?:es)?|controlad[oa]s?"
CHECKED_CONVEYANCE = r"\b(?:veh[íi]culos?|coches?|turismos?|furgonetas?|furgones?|camiones|cami[óo]n|camionetas?|autob[úu]s(?:es)?|autocares?|taxis?|trenes|tren|motos?|motocicletas?|patinetes?|embarcaci[óo]n(?:es)?|barcos?|buques?|naves?|pateras?|cayucos?|neum[áa]ticas?|lanchas?|narcolanchas?|ferr(?:i|y)s?|avi[oó]n(?:es)?|vuelos?|remolques?|conductor(?:es|as?)?|ocupantes|pasajeros?|tripulantes?|fronteras?|fronteriz[oa]s?|paso|aduanas?|aeropuertos?|puertos?|viale?s?|carreteras?|autopistas?|rutas?|ret[ée]n(?:es)?|peajes?|alcoholemia|(?:A|AP|N)-\d+)\b"
# The presumption of innocence: a disclaimer that reports no action, whatever words for
# one it holds ("the defendants are presumed innocent until proven guilty").
PRESUMPTION = r"presunci[oó]n de inocencia|presuntamente inocentes?"
# What a charging document says, told as its content ("According to the indictment, ..."):
# the allegations, not actions that happened, unless the sentence reports one in so many
# words (the rule net).
ALLEGED_SOURCE = (
    r"\bseg[uú]n (?:el escrito de acusaci[oó]n|la acusaci[oó]n|el auto de procesamiento)\b"
)
# "Last year" beside a month or a day that names no year ("in June last year"): that
# month of the year before the publication's.
LAST_YEAR = r"\b(?:el |del )?año (?:pasado|anterior)\b|\b(?:el |del )?pasado año\b"
# Words that make the people held suspects (of smuggling, trafficking ...), not migrants
# held: their custody is an arrest.
SUSPECTS = r"\b(?:sospechos[oa]s?|presunt[oa]s?|acusad[oa]s?|investigad[oa]s?|traficantes?|por (?:un |los )?(?:presuntos? )?delitos?|prisi[óo]n (?:preventiva|provisional))\b"

# Demonstratives: an action named after one points back to one told before ("estas detenciones", "dicha incautación").
DEMONSTRATIVE = r"este|esta|estos|estas|ese|esa|esos|esas|dicho|dicha|dichos|dichas"

# People, as counted in an interception ("un barco en el que viajaban quince migrantes"): the people found or stopped are its
# count, not the vessel or vehicle.
PEOPLE = r"personas|migrantes|inmigrantes|ocupantes|pasajeros|hombres|mujeres|menores|niños"
# More words for people held or moved across a border, read with PEOPLE (events.PEOPLE_MORE).
PEOPLE_MORE = r"extranjeros|refugiados|indocumentados|solicitantes de asilo|irregulares"

# "Not only ... but also" affirms what follows it ("no solo detuvo al conductor, sino que también ..."): no denial.
NOT_ONLY = r"no s[óo]lo|no solamente|no únicamente"

# Possessives: an action named after one ("su ...") tells more of one told before.
POSSESSIVE = r"su|sus"

# A preposition of time and a definite article: an action named after them ("Con los arrestos aumentan a 16 ...", "tras
# la detención, ...") tells more of one told before (rules.AFTER_THE_BACK_INTL).
AFTER_THE = (
    r"tras la|tras las|tras el|tras los|con la|con las|con el|con los|después de la|después de las|después del|"
    r"durante la|durante las|durante el|desde la|desde el|en el momento de la|a raíz de la|a raíz del"
)
# "Besides the" and an action's noun ("además de la detención del conductor"): the action told before, as after AFTER_THE
# (rules.BESIDES_THE_BACK).
BESIDES_THE = r"además de la|además de las|además del|además de los"

# Words for "both": two people ("ambos fueron detenidos").
BOTH = r"ambos|ambas"

# A weekday said to be past: "el pasado lunes" in a text of a Monday is a week earlier.
LAST_WEEKDAY = r"pasado|anterior"

# Ages of the people acted on ("un hombre de 34 años", "de 31 y 49 años de edad") and
# words that tell of more people than those told before ("otros dos hombres", "un
# tercer detenido"): the next sentence with the same count and other ages or other
# people is another action.
AGES = r"\b\d{1,2}(?: y \d{1,2})? años de edad\b|\b(?:hombre|mujer|joven|varón|individuo|conductor|detenid[oa]|menor|ciudadan[oa])s? de \d{1,2} años\b"
OTHERS = r"otros?|otras?|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta"

# What was seized, named again at the head of a sentence with no number of its own ("La
# droga fue incautada"): the seizure told before.
GOODS_BACK = (
    r"^\W*(?:La|Las|El|Los|Esta|Estas|Este|Estos|Toda la|Todo el)\s+(?:\w+\s+){0,2}?(?:droga|"
    r"drogas|sustancias?|estupefacientes|cocaína|hachís|marihuana|armas?|dinero|efectivo|"
    r"efectos|vehículos?|coches?|tabaco|cajetillas|mercancías?|embarcación|alijo|cargamento)\b"
)

# Action nouns that report the action with the number of what they acted on
# ("<noun> of 40 kilos", "12 <nouns>"): rules.ACTION_NOUN_NUMBER.
# Words for seized goods in general ("la drogue", "die Ware", "el alijo"): a later seizure
# naming one names the goods already told (events.SEIZURE_TOLD_AGAIN_INTL).
SEIZED_GOODS = r"\b(?:drogas?|sustancias?|estupefacientes|mercancías?|alijo|cargamento)\b"
ACTION_NOUNS: dict[str, str] = {
    "arrest": r"detenci[óo]n|detenciones|arrestos?",
    "seizure": r"incautaci[óo]n|incautaciones|decomisos?|aprehensi[óo]n",
    "search": r"registros|allanamientos",
}
NOUN_OF = r"de|del"
ABOUT = r"más de|casi|unos|unas|cerca de|al menos|otros|otras"

# The most the law allows: a sentence or penalty only the model reads, in a sentence that names
# one, is not a penalty passed (rules.is_maximum, as in English).
MAXIMUM = r"\b(?:máxim[oa]s?|se enfrentan? a|arriesgan?)\b|\bhasta (?=\d|\w+ años)"
# The least the law allows ("la pena mínima es de cinco años"): read as MAXIMUM is
# (rules.MINIMUM_IS_LAW).
MINIMUM = r"\bpenas?\s+mínimas?\b"
# "Up to" alone among MAXIMUM's words, and verbs of a penalty passed or received: a
# sentence with only that cue and one of these words or a conviction's tells penalties
# passed, up to the longest ("Geldstrafen von bis zu 2.500 Euro", rules.UP_TO_PASSED_INTL).
UP_TO = r"\bhasta (?=\d|\w+ años)"
PASSED_VERB = (
    r"\b(?:determinó|determinaron|impuso|impusieron|impone|imponen|dictó|dictaron|dicta|dictan|"
    r"recibió|recibieron|fijó|fijaron)\b"
)
# What the law can or provides for ("können ... verhängt werden", "prévoit"): beside UP_TO,
# the law's maximum, whatever verb of passing the sentence has.
LAW_CAN = r"\b(?:puede|pueden|se exponen?|prevé|castiga|castigad[oa]s?)\b"


# The types of action the model alone found that are asked about again by default
# (extraction.confirmed_types, where the measurement is).
CONFIRM: tuple[str, ...] = ("seizure", "interception", "detention", "deportation", "extradition")

# Words after a number that say it counts no goods (see the English NOT_GOODS).
NOT_GOODS = (
    r"años?|meses?|semanas?|días?|horas?|minutos?|veces|por|ciento|casos?|detenciones|"
    r"detenidos?|arrestos|registros|incautaciones|sospechosos?|investigados?|"
    r"acusados?|agentes|policías|guardias|operaciones|domicilios|viviendas|"
    r"kilómetros?|metros?|km|otros?|otras?|nuevos?|nuevas?|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
# Words that end the name of the goods after a number ("5 vehicles and 3 phones").
GOODS_END = r"de|del|y|o|a|al|en|con|para|sobre|los|las|el|la|han|fueron|son|que"
# An action told as the day after the one before ("Al día siguiente, ...").
DAY_AFTER = r"^\W*(?:al\s+día\s+siguiente|a\s+la\s+mañana\s+siguiente|un\s+día\s+después)\b"
# The night before publication ("la nuit dernière"), read as the day before (lower case).
LAST_NIGHT = r"\banoche\b"


# People already counted, referred back to ("the suspects", "they"): an uncounted action
# on them counts as many as the nearest counted action on people before it.
PLURAL_BACK = (
    r"\b(?:[Ll]os|[Ll]as|[Ee]stos|[Aa]mbos)\s+(?:(?!(?:otros|otras|demás)\b)\w+\s+)?(?:detenidos|detenidas|acusados|"
    r"investigados|sospechosos|hombres|mujeres|individuos|arrestados|condenados|implicados|"
    r"traficantes|migrantes|personas|hermanos)\b"
)


# More ways a sentence tells of one person, read after merging in every sentence of an
# uncounted action on people (the action's one subject or object, a verb in the singular).
SINGULAR_MORE = (
    r"\b(?:del|al)\s+(?:\w+\s+)?(?:hombre|individuo|joven|var[óo]n|ciudadano|conductor|"
    r"sospechoso|acusado|investigado|detenido|extranjero|pr[óo]fugo|fugitivo|narcotraficante)\b|"
    r"\b(?:qued|result|ingres|recibi)[óo]\b"
)


# Factuality: words that make an action a habit, not one action that happened ("the police
# regularly arrest smugglers at the border"): an answer whose every word for its action
# stands in a clause with one of them is dropped.
HABITUAL = r"regularmente|habitualmente|a menudo|frecuentemente|con frecuencia|normalmente|generalmente|por lo general"


# "The same day", "am selben Tag": an action on the day of the action told before it.
SAME_DAY = r"\b(?:(?:ese|el|aquel)\s+mismo\s+día|la\s+misma\s+noche|esa\s+misma\s+noche)\b"


# The word after a list of ages ("die 39, 41 und 55 Jahre alten Angeklagten"): as many
# people as ages.
AGE_UNIT = r"años"

# The day before yesterday (normalize.relative_day: the publication day less two).
DAY_BEFORE_YESTERDAY = r"anteayer|antes de ayer|antier"
# Last week, beside a weekday ("Tuesday of last week"): that weekday in the week before the
# publication's (normalize.relative_day).
LAST_WEEK = r"(?:de\s+)?la\s+semana\s+(?:pasada|anterior)"
# Date words dateparser misreads, rewritten before it reads them (pattern, replacement):
# "esta mañana" is this morning (today), "la mañana del martes" the morning, not tomorrow.
DATE_REWRITES = ((r"\besta\s+mañana\b", "hoy"), (r"\b(?:la|esa|una|aquella)\s+mañana\b", ""))

# Opens a part of those just counted ("15 arrested, of whom 4 ..."): a number after it is no
# count of the action before it (events.SUBSET_AFTER).
SUBSET = r"de los cuales|de las cuales|de ellos|de ellas|entre ellos|entre ellas"

# A country's adjective beside a word for its authorities ("la policía colombiana")
# says where the action took place (normalize.intl_locative_countries; as English's
# AUTHORITY_ADJECTIVES). Keys are patterns of the adjective's forms, matched whole.
AUTHORITY_NOUNS = r"polic[íi]a|policías|guardia civil|autoridades|justicia|fiscal[íi]a|aduanas?|gendarmer[íi]a|prefectura|armada|marina|ej[ée]rcito|tribunal|carabineros"
# Where the adjective stands: "before" or "after" the authority's word.
AUTHORITY_ADJECTIVE_SIDE = "after"
COUNTRY_ADJECTIVES = {
    r"españo(?:l|la|les|las)": "ES",
    r"mexican[oa]s?": "MX",
    r"colombian[oa]s?": "CO",
    r"argentin[oa]s?": "AR",
    r"chilen[oa]s?": "CL",
    r"peruan[oa]s?": "PE",
    r"venezolan[oa]s?": "VE",
    r"ecuatorian[oa]s?": "EC",
    r"bolivian[oa]s?": "BO",
    r"paraguay[oa]s?": "PY",
    r"urugua(?:y[oa]s?)": "UY",
    r"cuban[oa]s?": "CU",
    r"dominican[oa]s?": "DO",
    r"guatemaltec[oa]s?": "GT",
    r"hondureñ[oa]s?": "HN",
    r"salvadoreñ[oa]s?": "SV",
    r"nicaragüense(?:s)?": "NI",
    r"costarricense(?:s)?": "CR",
    r"panameñ[oa]s?": "PA",
    r"estadounidense(?:s)?": "US",
    r"marroqu[íi](?:es)?": "MA",
    r"argelin[oa]s?": "DZ",
    r"portugues(?:a|es|as)?": "PT",
    r"frances(?:a|es|as)?": "FR",
    r"italian[oa]s?": "IT",
    r"alema(?:n|na|nes|nas)": "DE",
    r"británic[oa]s?": "GB",
    r"belgas?": "BE",
    r"neerlandes(?:a|es|as)?|holandes(?:a|es|as)?": "NL",
    r"andorran[oa]s?": "AD",
}

# About so many ("une vingtaine de personnes"): no count, and its article is no "one"
# (events.APPROXIMATE_NO_COUNT).
APPROXIMATE = (
    r"decenas?|docenas?|veintenas?|treintenas?|cuarentenas?|centenares?|cientos|millares?|miles"
)

# Last month (normalize.relative_period: the month before publication, for an action dated
# from elsewhere).
LAST_MONTH = r"\b(?:el |del )?mes (?:pasado|anterior)\b"

# Officers: a number before one counts those who acted, not those acted on
# (events.OFFICERS_NOT_COUNTED).
OFFICERS = r"agentes|polic[íi]as|guardias|efectivos|funcionarios|militares|gendarmes|uniformados|investigadores"

# One of a round number ("une centaine de migrants"): that number, as "about 100" counts 100
# (events.ROUND_NUMBERS; the plural, "des centaines", counts no one).
APPROXIMATE_VALUES = {
    "decena": 10,
    "docena": 12,
    "veintena": 20,
    "treintena": 30,
    "cuarentena": 40,
    "cincuentena": 50,
    "centenar": 100,
}

# Auxiliaries of the passive: officers told before one are those acted on, not those who
# acted (events.officers_before).
PASSIVE_AUX = r"fue|fueron|sido|son|es|resultaron"


# Days or weeks counted back from the publication ("hace dos días", "hace una semana"): groups n (the number),
# d (days), w (weeks), f (a fortnight); AGO_NUMBERS gives the number words' values.
AGO = r"\bhace\s+(?P<n>\d{1,2}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince)\s+(?:(?P<d>d[ií]as?)|(?P<w>semanas?))\b"
AGO_NUMBERS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "quince": 15}  # fmt: skip

# The countries where the language is an official language: a town name several
# countries share is read as one of theirs (places.SPOKEN_FIRST).
SPOKEN_IN = (
    "ES",
    "MX",
    "AR",
    "CO",
    "CL",
    "PE",
    "VE",
    "EC",
    "GT",
    "CU",
    "BO",
    "DO",
    "HN",
    "PY",
    "SV",
    "NI",
    "CR",
    "PA",
    "UY",
    "GQ",
)

# An action told as some days after, or before, the one before it ("Dos días después",
# "Tres días antes"): events.DAYS_SHIFTED. The group "n" is the number of days.
DAYS_LATER = r"^\W*(?P<n>\w+)\s+días\s+(?:después|más\s+tarde)\b"
DAYS_EARLIER = r"^\W*(?P<n>\w+)\s+días\s+antes\b"

# Participles joined to an earlier one after an auxiliary ("han detenido a dos hombres y
# incautado 40 kilos", "fue detenido y posteriormente expulsado"): each reports its own
# action (rules.COORDINATED_INTL; <WORDS> stands for a type's participles).
COORDINATED: dict[str, str] = {
    "arrest": r"detenid[oa]s?|arrestad[oa]s?",
    "seizure": r"incautad[oa]s?|decomisad[oa]s?|requisad[oa]s?|intervenid[oa]s?",
    "search": r"registrad[oa]s?|allanad[oa]s?",
    "deportation": r"expulsad[oa]s?|deportad[oa]s?",
    "release": r"liberad[oa]s?|puest[oa]s?\s+en\s+libertad|excarcelad[oa]s?",
    "charge": r"imputad[oa]s?|procesad[oa]s?",
}
COORDINATED_FAR = (
    r"(?<!\bno )\b(?:ha|han|había|habían|fue|fueron)\s+[^.;:]{0,20}?\b\w+(?:ad|id)[oa]s?\b"
    r"[^.;:]{0,80}?,?\s+y\s+(?:también\s+|posteriormente\s+|luego\s+|después\s+)?"
    r"(?:<WORDS>)\b"
)

# An action told as the day before the day given before it (events.DAY_BEFORE_SHIFT):
# "The night before, officers chased and arrested three men".
DAY_BEFORE = r"^\W*(?:el\s+día\s+anterior|la\s+(?:noche|tarde|víspera)\s+anterior|la\s+víspera|un\s+día\s+antes)\b(?!\s+(?:de|del)\b)"

# A vehicle's run stopped by officers ("detuvieron la marcha de un vehículo", "se detuvo
# la marcha del camión"): an interception, not an arrest (rules.VEHICLE_HALTED).
# ... also "interrumpieron la marcha de un vehículo", and the stop told as a noun, "La
# detención de la camioneta se dio a la altura del kilómetro 7".
HALTED_MORE = r"interrumpieron|interrumpió|frenaron|frenó"
VEHICLE_NOUNS = (
    r"(?:camioneta|vehículo|coche|camión|auto|automóvil|furgoneta|turismo|embarcación|"
    r"lancha|narcolancha|avioneta|moto|motocicleta)"
)
HALT_NOUN = (
    r"\b(?:detención|interceptación|intercepción)\s+(?:de\s+la|del|de\s+una|de\s+un)\s+"
    rf"{VEHICLE_NOUNS}\b"
)
# ... and the vehicle itself stopped, as Mexican reports tell it: "detuvieron a un camión de
# redilas para revisarlo", "le marcaron el alto a una camioneta" (L219).
HALT_VEHICLE = (
    r"\b(?:detuvieron|detuvo|detienen|detiene)\s+(?:a\s+)?(?:un|una|el|la|los|las|dos|tres)\s+"
    rf"(?:{VEHICLE_NOUNS}(?:s|es)?|camiones)\b|\bmarc(?:aron|ó|an|a|ar|arle|arles)\s+el\s+alto\s+al?\b"
)
VEHICLE_HALTED = (
    rf"\b(?:detuvieron|detuvo|detienen|detiene|detener|detenida|{HALTED_MORE})\s+la\s+"
    rf"marcha\b|{HALT_NOUN}|{HALT_VEHICLE}"
)

# A seizure told again (events.GOODS_PART_BACK, SEIZED_ALSO; switched together by
# events.SEIZURE_BACK_INTL), besides the goods named again at its head (GOODS_BACK above: "La droga fue
# trasladada al laboratorio"), their value or a part of them ("El valor de la droga en el
# mercado ilícito supera ...", "Parte de los paquetes ..."), and more goods of the same
# action ("Los agentes también intervinieron un vehículo", "así como").
GOODS_PART_BACK = (
    r"^\W*(?:(?:El|Su)\s+(?:[\w-]+\s+){0,2}?valor\s+(?:de|del)\b|(?:Parte|Una\s+parte|La\s+"
    r"mayoría|Algunos|Algunas)\s+(?:de|del)\b)"
)
SEIZED_ALSO = (
    r"\b(?:también|además|asimismo)\b(?:\W+\w+){0,4}?\W+(?:incaut|intervin|intervenid|decomis|"
    r"requis|hall|encontr)\w*|\basí\s+como\b"
)

# People named by a noun with an article, the action's participle after it as an adjective
# ("los sospechosos detenidos pasaron a disposición judicial"): the people of an action told
# before (rules.PARTICIPLE_BACK_INTL).
PARTICIPLE_BACK = (
    r"\b(?:los|las|estos|estas|esos|esas|a\s+los|a\s+las)\s+(?:\w+\s+)?(?:sospechosos|"
    r"personas|individuos|hombres|mujeres|jóvenes|investigados|ciudadanos|conductores)\s+$"
)

# A fine's noun after a number ("una multa", written "1 multa" when counted): a penalty, no
# count of people (events.FINE_NOT_A_COUNT).
FINE_NOUNS = r"multas?"

# A year of birth ("nacido en 1990", "nacida el 3 de marzo de 1985"): no date of the action
# (normalize.BIRTH_YEARS_NO_DATE).
BIRTH_YEAR = r"\b(?:nacid[oa]s?)\s+(?:en|el)\s+(?:[\w.,/-]+\s+){0,4}?(?:19|20)\d{2}\b"

# A man and a woman: two people ("un hombre y una mujer fueron detenidos";
# extraction.PAIR_INTL).
PAIR = r"\b(?:un|el)\s+hombre\s+y\s+(?:una|la)\s+mujer\b|\b(?:una|la)\s+mujer\s+y\s+(?:un|el)\s+hombre\b"
# One and another told apart ("un registro en Vigo y otro en Lugo"): two, the other's noun
# left out and its place named (extraction.ONE_AND_ANOTHER).
ONE_AND_ANOTHER = r"\by\s+(?:a\s+|en\s+)?otr[oa]\s+(?:en|a|al|cerca\s+de)\s+(?!busca|fuga)(?:[\w'’-]+\s+){0,4}?(?-i:[A-ZÁÉÍÓÚÑ])"

# Things online: a seizure of them ("28 sitios web incautados") is a takedown
# (rules.ONLINE_SEIZED); servers are goods.
ONLINE = r"\b(?:sitios?\s+web|p[áa]ginas?\s+web|dominios?|cuentas|canales\s+de\s+Telegram|recursos en l[íi]nea)\b"


# The sentence already passed as a sentence's subject, its definite or possessive noun
# first (rules.SENTENCE_SUBJECT_BACK).
SENTENCE_SUBJECT = r"\W*(?:La|Su)\s+(?:\w+\s+)?(?:pena|condena)\s+(?:ha|fue|es|era|será|había)\b"

# Ranks and titles before a name in police reports ("el Cnel. Nelson Campos", "la Tte.
# Ana Ruiz", "el Lic. Pérez"), among ABBREVIATIONS below.
TITLES_BEFORE_NAMES: tuple[str, ...] = (
    "Cnel",
    "Tcnel",
    "Tte",
    "Sgto",
    "Cmdte",
    "Cte",
    "Subof",
    "Lic",
    "Licda",
    "Abg",
    "Dra",
)
# Sentence splitting (``text.sentences``, which joins every language's lists, since it runs
# before the language is known): short forms after which a full stop never ends a sentence
# (titles before a name, "Me Dupont", "Sig. Rossi"), and short forms after which it does not
# when a number follows ("ca. 20", "Nr. 3", "art. 416").
ABBREVIATIONS: tuple[str, ...] = (
    "Sr",
    "Sra",
    "Srta",
    "Dña",
    "Sto",
    "Sta",
    "Avda",
    "Gral",
    "Excmo",
    "EE",
    *TITLES_BEFORE_NAMES,
)
NUMBER_ABBREVIATIONS: tuple[str, ...] = ("art", "núm", "aprox", "n", "pág")

# Held for their migration status, not as suspects of a crime: a detention (rules.
# STATUS_HELD_INTL): "detuvo a 1,089 haitianos en condición migratoria irregular".
HELD_AS_MIGRANT = (
    r"\ben\s+(?:situación|condición|estatus|estado)\s+(?:migratori[oa]\s+)?irregular\b|"
    r"\bpor\s+(?:su\s+)?(?:situación|estancia|estadía)\s+irregular\b"
)
# People named by their lack of papers, as the Latin American press names irregular migrants
# ("fueron detenidos 49 indocumentados", "detuvo a 30 extranjeros sin documentos"): held for
# their status too (rules.UNDOCUMENTED_HELD_ES). Only where those words name the people
# held: right after the verb of holding, with no clause of its own between ("el conductor
# que trasladaba a 20 indocumentados" is the driver's arrest), or as the subject of its
# passive; in the plural; not papers of goods ("sin documentos que acreditaran").
_HELD = (
    r"(?:deten\w*|detien\w*|detuv\w*|arrest\w*|captur\w*|aprehend\w*|apresad\w*|"
    r"retenid[oa]s|interceptad[oa]s)"
)
_UNDOCUMENTED = (
    r"(?:indocumentad[oa]s\b|sin\s+(?:documentos|papeles|documentaci[óo]n)\b"
    r"(?!\s+(?:que|de|del|legales|para)\b))"
)
_NO_CLAUSE = (
    r"(?:(?!(?:que|quien|quienes|por|tras|con|y|e|al|cuando|mientras|para)\b)[\w.,]+\s+){0,4}?"
)
HELD_AS_MIGRANT_MORE = (
    rf"\b{_HELD}\s+(?:a\s+)?{_NO_CLAUSE}{_UNDOCUMENTED}"
    rf"|\b{_UNDOCUMENTED}\s+{_NO_CLAUSE}(?:fueron|han sido|resultaron)\s+{_HELD}"
)

# People in general: a count told of them, then its parts, is a total (events.TOTAL_THEN_PARTS).
GENERIC_PEOPLE = r"personas|imputados|detenidos|sospechosos|individuos|presuntos|acusados|migrantes"
# Prepositions of direction: the country after one, right after a removal's word, is where
# people are sent (events.REMOVAL_DESTINATION_INTL).
DESTINATION = r"a|hacia"
# Words of a journey: a place after one and a preposition of DESTINATION is where someone was
# going ("intentaba viajar a Madrid", "con destino a Bolivia"), not where the text happens
# (events.TRAVEL_DESTINATION_INTL); not a journey done ("huyó a Marruecos", "al regresar a
# Bolivia"), which often ends where the arrest was.
TRAVEL_TO = (
    r"viajar|viajaba|viajaban|volar|volaba|volaban|rumbo|destino|se dirigía|se dirigían|"
    r"dirigirse|salida|huir|huida|escapar|partir"
)


# Words that give a number as the total of those acted on ("insgesamt elf Menschen", "en total
# 12 personas"): that number counts the action when it is larger (events.TOTAL_COUNT_INTL).
TOTAL = r"en total|un total de"

# Words saying people were on a vessel or vehicle (extraction.PEOPLE_NEXT: the people a
# sentence after an interception counts on board are its count).
ABOARD = r"a\s+bordo"

# Words that open a part of a number of people just given ("3 personen, waarvan 1
# minderjarige"): the number before them is the whole (extraction.WHOLE_BEFORE_PART_INTL).
PART_OF = r"de\s+(?:los|las)\s+cuales|de\s+ellos|de\s+ellas|entre\s+ellos|entre\s+ellas"

# Places searched, after a number, count a search (extraction.SEARCH_PLACES_COUNT):
# "registros en cinco viviendas".
SEARCH_PLACES = (
    r"viviendas|domicilios|inmuebles|casas|locales|lugares|establecimientos|naves|pisos|"
    r"oficinas|edificios|comercios|fincas|sitios|puntos|propiedades|departamentos|bodegas"
)
