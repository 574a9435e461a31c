"""Dutch words (Netherlands and Flanders) for selection and the rules' checks."""

# Stems of the words that can report an enforcement action: recall-first paragraph
# selection, used as r"\b(?:" + TRIGGERS + r")" with re.IGNORECASE. Dutch compounds put
# the telling word last ("celstraf", "Telegramgroep"), hence \w* on some noun stems;
# separable verbs are matched split too ("hield ... aan", "nam ... in beslag").
TRIGGERS: str = (
    # arrest and custody (BE: aanhouding by the onderzoeksrechter)
    r"aangehouden|aanhoud|aanhield|hield\w*\b.{0,80}?\baan\b|arrest|gearresteerd|opgepakt|"
    r"oppak|pakt\w*\b.{0,60}?\bop\b|ingerekend|in de kraag|klemgereden|gevangen|hechtenis|"
    r"\w*bewaring|in verzekering|inverzekeringstelling|voorgeleid|vastgezet|vastgehouden|"
    r"vastzit|zit\w*\b.{0,30}?\bvast\b|ingesloten|vrijheid beroofd|\w*cel\b|"
    # charge, conviction, sentence, fine
    r"verdacht|verdenking|inverdenking|gedagvaard|dagvaard|vervolgd|vervolging|aangeklaagd|aanklacht|"
    r"tenlastelegging|ten laste|beschuldig|verwezen naar|gedaagd|voor de rechter|"
    r"veroordee?l|schuldig|vonnis|bewezen|bekentenis|strafbeschikking|strafoplegging|"
    r"\w*straf\b|\w*straffen\b|gevangenis|jeugddetentie|tbs\b|terbeschikkingstelling|"
    r"tralies|levenslang|enkelband|opgelegd|"
    r"\w*boete|beboet|bekeur|ontneming|ontnomen|verbeurd|dwangsom|schikking|transactie|"
    r"schadevergoeding|betaald|betalen|betaling|terugbetal|sanctie|"
    # seizure, search, interception
    r"\w*beslag|onderschep|aangetroffen|trof\w*\b.{0,60}?\baan\b|gevonden|vond|ontdekt|"
    r"geconfisqueerd|confisca|confisqu|bevroren|veiliggesteld|buitgemaakt|"
    r"doorzoek|doorzocht|huiszoek|inval|binnengevallen|viel\w*\b.{0,60}?\bbinnen\b|razzia|"
    r"\w*controle|gecontroleerd|controleerde|fouill|gefouilleerd|perquisitie|inspectie|"
    r"ge[ïi]nspecteerd|staande|tegengehouden|gestopt|verstopt|verborgen|gered|redding|"
    r"opgevangen|verijdeld|opgepikt|"
    # detention, deportation, extradition, release
    r"vreemdelingenbewaring|detentie|avim\b|vreemdelingenpolitie|vreemdelingenzaken|dvz\b|"
    r"ind\b|overgedragen|ter beschikking|gesloten centr|vreemdelingentraject|"
    r"aanmeldcentrum|uitgezet|uitzetting|zet\w*\b.{0,60}?\buit\b|uitgewezen|uitwijzing|"
    r"gerepatrieerd|repatri|teruggestuurd|teruggezonden|teruggebracht|terugkeer|"
    r"gedwongen vertrek|verwijderd|verwijdering|toegang\w* (?:tot \w+ )?geweigerd|"
    r"inreisweigering|over de grens gezet|op (?:het|een) (?:vliegtuig|vlucht)\b.{0,20}?\bgezet|"
    r"het land uit|stuur\w*\b.{0,60}?\bterug\b|wee?s\b.{0,60}?\buit\b|wezen\b.{0,60}?\buit\b|"
    r"uitgeleverd|uitlever|leverde\w*\b.{0,60}?\buit\b|"
    r"overgeleverd|overlever|overgebracht|aanhoudingsbevel|eab\b|"
    r"vrijgelaten|vrijlating|vrijlaten|liet\w*\b.{0,60}?\bvrij\b|vrijgekomen|vrijkomen|"
    r"vrij\b|op vrije voeten|heengezonden|borg\b|borgsom|geschorst|schorsing|"
    r"invrijheidsstelling|onder voorwaarden|"
    # takedown
    r"offline|uit de lucht|neergehaald|gesloten|sluiting|geblokkeerd|blokkade|blokkering|"
    r"opgeheven|ontmanteld|opgerold|stilgelegd|overgenomen|uitgeschakeld|platgelegd|"
    r"gedeactiveerd"
)

# Belgian police Dutch for stopping a vehicle or a person: "intercepteerde",
# "geïntercepteerd", "de interceptie", "kon het voertuig klemrijden" (a football
# "interceptie" too: a type word only keeps an interception the model reports). Filled in
# for <INTERCEPTED_BE> in TYPE_WORDS (rules.INTERCEPTED_BE_NL).
INTERCEPTED_BE = r"(?:ge[iï]n|in)tercept\w*|klemrij\w*|klemreed\w*|klemreden"


# Countries' names that are also given names ("Jordan Smith", "Maurizio Pellegrino"):
# followed by a surname, a person, no place (normalize.GIVEN_NAME_COUNTRIES).
GIVEN_NAME_COUNTRIES = r"jordan|chad|georgia|israel|india"

# What a sentence must say to report an event of each type (prefixed with r"\b").
TYPE_WORDS: dict[str, str] = {
    "arrest": (
        r"(?:aangehouden|aanhouding\w*|aanhoud(?:en|t)\b|hield\w*\b.{0,80}?\baan\b|aanhield\w*|"
        r"gearresteerd|arrest(?:atie|aties|eer\w*|eren)\b|opgepakt|oppakken|"
        r"pakt\w*\b.{0,60}?\bop\b|ingerekend|in de kraag gevat|klemgereden|gevangengenomen|"
        r"gevangen genomen|hechtenis|in verzekering gesteld|inverzekeringstelling\w*|"
        r"in bewaring gesteld|inbewaringstelling\w*|voorgeleid|vastgezet|vastgehouden|"
        r"zit\w*\b.{0,30}?\bvast\b|vastzit\w*|ingesloten|aanhoudingsmandaat\w*|"
        r"van (?:zijn|haar|hun) vrijheid beroofd|in de cel|"
        r"ter beschikking (?:gesteld )?van het parket|"
        # "liepen tegen de lamp": were caught
        r"(?:liep|liepen|loopt|lopen|gelopen)\b.{0,40}?\btegen de lamp|"
        r"tegen de lamp (?:gelopen|lopen|liep|liepen)\b)"
    ),
    "charge": (
        r"(?:gedagvaard|dagvaarding\w*|dagvaard\w*|aangeklaagd|aanklacht\w*|vervolgd|"
        r"vervolging\w*|in verdenking gesteld|inverdenkingstelling\w*|tenlastelegging\w*|"
        r"ten laste gelegd|beschuldigd\w*|beschuldiging\w*|"
        r"(?:door)?verwezen naar (?:de )?(?:correctionele rechtbank|rechtbank|strafrechter|"
        r"assisen|hof van assisen)|voor de rechter (?:gebracht|gedaagd)|gedaagd)"
    ),
    "conviction": (
        r"(?:veroordee?l\w*|schuldig\w*|vonnis\w*|bewezen(?: verklaard)?|bekentenis\w*|"
        r"strafbeschikking\w*|strafoplegging)"
    ),
    "sentence": (
        r"(?:veroordee?l\w*|\w*straf\b|\w*straffen\b|\w*cel\b|gevangenis\w*|jeugddetentie|"
        r"tbs\b|terbeschikkingstelling|tralies|levenslang\w*|enkelband|opgelegd)"
    ),
    "financial_penalty": (
        r"(?:\w*boetes?\b|\w*boeten\b|beboet\w*|geldstraf\w*|bekeurd|bekeuring\w*|"
        r"ontneming\w*|ontnomen|verbeurd\w*|dwangsom\w*|schikking\w*|transactie\w*|"
        r"schadevergoeding\w*|betaald|betalen|betaalde\w*|betaling\w*|terugbetal\w*|sanctie\w*)"
    ),
    "seizure": (
        r"(?:\w*beslag\w*|inbeslag\w*|onderschep\w*|aangetroffen|trof\w*\b.{0,60}?\baan\b|"
        r"gevonden|vond(?:en)?\b|ontdekt\w*|geconfisqueerd|confiscat\w*|confisqu\w*|bevroren|"
        r"veiliggesteld|verbeurd\w*|buitgemaakt)"
    ),
    "search": (
        r"(?:doorzoek\w*|doorzocht\w*|huiszoeking\w*|inval(?:len)?\b|binnengevallen|"
        r"viel\w*\b.{0,60}?\bbinnen\b|razzia\w*|"
        r"fouill\w*|gefouilleerd|perquisitie\w*)"
    ),
    "interception": (
        r"(?:onderschep\w*|staande gehouden|staandehouding\w*|hield\w*\b.{0,60}?\bstaande\b|"
        r"tegengehouden|hield\w*\b.{0,60}?\btegen\b|aangetroffen|trof\w*\b.{0,60}?\baan\b|"
        r"gevonden|ontdekt\w*|verstopt|verborgen|gecontroleerd|\w*controles?\b|gestopt|"
        r"klemgereden|gered|redding\w*|opgevangen|verijdeld|opgepikt<INTERCEPTED_BE>)"
    ),
    # people held who are not suspects: migrants, immigration custody
    "detention": (
        r"(?:vreemdelingenbewaring|\w*bewaring|detentie\w*|\w*detentiecentr\w*|vastgehouden|"
        r"vastgezet|overgedragen|overgebracht|vreemdelingenpolitie|avim\b|ind\b|"
        r"dienst vreemdelingenzaken|dvz\b|ter beschikking gesteld|gesloten centr\w*|"
        r"vreemdelingentraject|aangehouden|ingesloten|opgevangen|aanmeldcentrum)"
    ),
    "deportation": (
        r"(?:uitgezet\w*|uitzetting\w*|zet\w*\b.{0,60}?\buit\b|uitgewezen|uitwijzing\w*|"
        r"gerepatrieerd|repatri\w*|teruggestuurd|teruggezonden|teruggebracht|terugkeer\w*|"
        r"gedwongen vertrek|verwijderd|verwijdering\w*|toegang\w* (?:tot \w+ )?geweigerd|"
        r"inreisweigering\w*|over de grens gezet|"
        r"op (?:het|een) (?:vliegtuig|vlucht)\b.{0,20}?\bgezet|het land uit|"
        r"stuur\w*\b.{0,60}?\bterug\b|wees\b.{0,60}?\buit\b|wezen\b.{0,60}?\buit\b)"
    ),
    "extradition": (
        r"(?:uitgeleverd|uitlevering\w*|uitleveren|leverde\w*\b.{0,60}?\buit\b|"
        r"levert\w*\b.{0,60}?\buit\b|overgeleverd|overlevering\w*|overleveren|overgebracht|"
        r"overgedragen|europees aanhoudingsbevel|eab\b)"
    ),
    "release": (
        r"(?:vrijgelaten|vrijlating\w*|vrijlaten|liet\w*\b.{0,60}?\bvrij\b|"
        r"laat\w*\b.{0,60}?\bvrij\b|vrijgekomen|vrijkomen|"
        r"(?:weer|kwam|kwamen|komt|komen|is|zijn|werd|werden|staat|staan) (?:\w+ )?vrij\b|"
        r"op vrije voeten|heengezonden|borg\b|borgsom\w*|geschorst|schorsing\w*|"
        r"invrijheidsstelling\w*|in vrijheid (?:\w+ )?(?:gesteld|stellen)|"
        r"onder (?:strikte )?voorwaarden)"
    ),
    # an action on accounts, channels, sites ... (either order in the sentence)
    "takedown": (
        r"(?:(?:offline\w*|uit de lucht\w*|neergehaald|verwijderd|verwijdering\w*|gesloten|"
        r"sluiting\w*|geblokkeerd|blokkade\w*|blokkering\w*|opgeheven|ontmanteld|stilgelegd|"
        r"overgenomen|uitgeschakeld|platgelegd|gedeactiveerd|ontoegankelijk gemaakt|"
        r"in beslag genomen)"
        r"(?=.*\b\w*(?:accounts?|pagina(?:['’]s)?|sites?|webwinkels?|kanalen|kanaal|"
        r"groep(?:en)?|berichten|posts?|video['’]s|inhoud|content|profielen|profiel|"
        r"domeinen|domein|platforms?|servers?|advertenties|marktplaats(?:en)?)\b)|"
        r"\w*(?:accounts?|pagina(?:['’]s)?|sites?|webwinkels?|kanalen|kanaal|groep(?:en)?|"
        r"berichten|posts?|video['’]s|inhoud|content|profielen|profiel|domeinen|domein|"
        r"platforms?|servers?|advertenties|marktplaats(?:en)?)\b.*\b(?:offline\w*|"
        r"uit de lucht\w*|neergehaald|verwijderd|verwijdering\w*|gesloten|sluiting\w*|"
        r"geblokkeerd|blokkade\w*|blokkering\w*|opgeheven|ontmanteld|stilgelegd|overgenomen|"
        r"uitgeschakeld|platgelegd|gedeactiveerd|ontoegankelijk gemaakt|in beslag genomen))"
    ),
}

# A request opens with a verb in the imperative, the bare stem ("Meld elke ...",
# "Bel de politie ..."); Dutch statements put the verb second, so a sentence headed by
# one of these is an order or a question. Stems that are also common nouns are left out.
REQUEST_VERBS: frozenset[str] = frozenset(
    [
        "beantwoord",
        "behandel",
        "bel",
        "classificeer",
        "deel",
        "extraheer",
        "geef",
        "gebruik",
        "markeer",
        "meld",
        "negeer",
        "noem",
        "noteer",
        "rapporteer",
        "schrijf",
        "stuur",
        "tel",
        "vergeet",
        "vermeld",
        "vertaal",
        "vervang",
        "voeg",
        "zeg",
    ]
)
# The imperative's object or complement starts with one of these ("u" as in "Meld u ...").
REQUEST_OBJECT_STARTS: frozenset[str] = frozenset(
    [
        "de",
        "het",
        "een",
        "alle",
        "alles",
        "elk",
        "elke",
        "ieder",
        "iedere",
        "dit",
        "deze",
        "dat",
        "die",
        "ze",
        "hem",
        "me",
        "mij",
        "ons",
        "u",
        "je",
        "uw",
        "jouw",
        "mijn",
        "onze",
        "alleen",
        "enkel",
        "niets",
        "niks",
        "geen",
        "wat",
        "direct",
        "onmiddellijk",
    ]
)
# Words that soften a request: "Alstublieft, meld ...", "Graag melden ...".
REQUEST_SOFTENERS: frozenset[str] = frozenset(
    ["alstublieft", "alsjeblieft", "aub", "graag", "nu", "ook", "liever", "dan"]
)


# One person and no number: "een man", "de verdachte", "Hij werd ..." (for the count of an
# arrest, a charge, a sentence ...).
SINGULAR = (
    r"\b(?:een|de)\s+(?:\w+\s+)?(?:man|vrouw|persoon|verdachte|jongen|meisje|jongeman|"
    r"bestuurder|chauffeur|\w+jarige)\b|^\W*Hij\b|\bwerd\b(?!en)|\bis\s+(?:\w+\s+){0,4}"
    r"(?:aangehouden|opgepakt|gearresteerd|veroordeeld|uitgezet|uitgeleverd|vrijgelaten)"
    # a driver named in one word with his vehicle ("een Roemeense vrachtwagenchauffeur",
    # "de busbestuurder"): events.one_person
    r"|\b(?:een|de)\s+(?:\w+\s+)?\w+(?:chauffeur|bestuurder)\b"
)


# Factuality: words that make an action possible, future, alleged or only reported
# ("zou worden uitgezet", "zal worden berecht", "kan worden uitgeleverd", "riskeert").
MODAL = (
    r"\b(?:zou|zouden|zal|zullen|kan|kunnen|moet|moeten|mag|mogen|riskeert|riskeren|"
    r"vermoedelijk|mogelijk)\b"
)
# A word of possibility opening the sentence and followed straight by its verb
# (rules.HEDGE_OPENING_INTL): what that clause tells is only possible, even in words the
# rule net reads ("Mogelijk zijn auto's en boten in beslag genomen"); not a hedge on one phrase
# ("Vermutlich gestohlene Fahrräder wurden sichergestellt").
HEDGE_OPENING = r"Mogelijk|Mogelijkerwijs|Wellicht|Vermoedelijk|Misschien|Waarschijnlijk"
HEDGE_VERB = r"is|zijn|werd|werden|wordt|worden|was|waren|heeft|hebben|had|hadden"
# A condition opening the clause of an action: it has not happened ("indien hij
# veroordeeld wordt", "mocht hij schuldig bevonden worden"; rules.CONDITIONAL_INTL).
CONDITIONAL = r"(?:indien|mocht|mochten|in geval van)\b"
# A penalty asked for by the prosecution is not a penalty passed ("de officier eiste").
DEMANDS = r"\b(?:geëist|geeist|eiste|eisten|eist|vorderde|gevorderd|eis)\b"
# People who are not suspects: their custody is a detention, a suspect's an arrest.
MIGRANTS = (
    r"\b(?:migranten|migrant|vluchtelingen|vluchteling|asielzoekers?|verstekelingen|"
    r"vreemdelingenbewaring|illegalen|ongedocumenteerden|vreemdelingen)\b"
)

# Beside MIGRANTS, PEOPLE_MORE and the words for a removal: a document with none of these
# tells of no one held who is not a suspect (rules.HELD_NO_MIGRANTS_INTL).
NOT_SUSPECTS_DOC = r"\bvreemdelingen\w*|\bimmigratie\w*|\basiel\w*|\bIND\b"

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"een|één|eén"
TERM_UNITS = {"year": r"jaar|jaren", "month": r"maanden|maand", "week": r"weken|week"}
# A term told in days ("30 dagen cel"): read only when the text gives no other unit, and
# only beside a word for custody after the days (TERM_DAYS_AFTER) or before them
# (TERM_DAYS_BEFORE), so that days to appeal or to pay, and day-fines, are no term.
TERM_DAYS = r"dagen|dag"
TERM_DAYS_AFTER = r"(?:cel|celstraf|gevangenisstraf|hechtenis|jeugddetentie)\b"
TERM_DAYS_BEFORE = r"\b(?:celstraf|gevangenisstraf|jeugddetentie|hechtenis)\s+van\s+$"
AND_A_HALF = r"en (?:een |1 )?half"
# "anderhalf jaar", "drieënhalf jaar": fractions written as one word.
HALVES = {
    "anderhalf": "1,5",
    "tweeënhalf": "2,5",
    "drieënhalf": "3,5",
    "vierenhalf": "4,5",
    "vijfenhalf": "5,5",
    "zesenhalf": "6,5",
    "zevenenhalf": "7,5",
    "achtenhalf": "8,5",
    "negenenhalf": "9,5",
}
# "tot" is "up to", except after the verb of the sentence: "veroordeeld tot 9 maanden"
# "Of which": a part of a term told after it ("drie jaar, waarvan twee voorwaardelijk"), no
# term of its own (normalize.intl_terms).
OF_WHICH = r"\bwaar ?van\b"
# Words that tell two terms in one sentence are not each passed on someone: a range, a total,
# time already spent or gone by, a probation period or a ban (normalize.intl_terms).
NOT_EACH = (
    r"\btussen \S+ (?:\S+ ){0,3}?en \S+ (?:jaar|maanden)\b|\bvan \S+ (?:jaar|maanden) tot\b|\buiteen\b|\b(?:sinds|geleden|in totaal|samen|voorarrest|"
    r"proeftijd|rijontzegging|inreisverbod)\b|\bal \S+ (?:jaar|maanden)\b"
)
TERM_MAXIMUM = (
    r"maximaal|(?<!veroordeeld )(?<!veroordeelt )(?<!hem )(?<!haar )(?<!hen )\btot\b"
    r"|maximumstraf|riskeert|riskeren|hoogstens"
)
MONEY_SCALES = {"miljoen": 1e6, "miljard": 1e9, "mln": 1e6, "mld": 1e9}
# "and": joins two parts of a sum ("a million and 760 thousand") and the ends of a
# range ("aged between 18 and 26").
AND = r"en"
# "to" between the ends of a range ("19 tot 24 jaar").
TO = r"tot"
MONEY_LINK = r""
CURRENCY_WORDS = {
    "euro": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "usd": "USD",
    "pond": "GBP",
    "gbp": "GBP",
}
NOT_A_COUNT = (
    r"jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|kg|kilo(?:gram)?|gram|g\b|ton\b|"
    r"liter|euro|€|%|procent|miljoen|miljard|duizend|jarige"
    r"|kilometer|km\b|meter"
    r"|(?:zee)?mijl(?:en)?"  # "19 zeemijl uit de kust" (session 43)
)
# "op" for islands ("op Bonaire", "op Curaçao", "op Texel"), as English says "on"
# (a row of the levers table).
LOCATIVE = r"in|naar|op"
# Courts, prosecutors and police named after their seat ("de rechtbank Rotterdam",
# "politie Amsterdam"): the town tells where the text happens, as "in <town>" does.
SEAT_OF = (
    r"[Rr]echtbank|[Gg]erechtshof|[Pp]olitie|[Aa]rrondissementsparket|[Pp]arket|"
    r"[Pp]enitentiaire [Ii]nrichting"
)
# Prepositions before a country someone or something came from ("uit Marokko").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"de|het"
ORIGIN = r"uit|vanuit|van"
# Who asked for the action, and whose country that is ("in Napels gearresteerd op verzoek van de Belgische autoriteiten"): the requester's country is
# no place of an arrest, search or seizure (events.REQUESTER_NOT_PLACE_INTL).
REQUESTED_BY = (
    r"\bop\s+(?:verzoek|aanvraag|vraag)\s+van\b|\bgezocht\s+door\b|\bin\s+opdracht\s+van\b"
)
# Where someone or something came from or passed through, before a town whose country follows
# in brackets ("afkomstig uit Lagos (Nigeria)"): that country is an origin (normalize.TOWN_ORIGIN_INTL).
PROVENANCE = r"afkomstig uit|komende uit|vanuit|via"
COUNTRY_ALIASES = {"Engeland": "GB", "Groot-Brittannië": "GB", "Holland": "NL"}
AGENCY_COUNTRIES = {
    "Koninklijke Marechaussee": "NL",
    "KMar": "NL",
    "FIOD": "NL",
    "Nationale Politie": "NL",
    "Dienst Terugkeer en Vertrek": "NL",
    "Immigratie- en Naturalisatiedienst": "NL",
    "federale politie": "BE",
    "federaal parket": "BE",
    "Dienst Vreemdelingenzaken": "BE",
}
# Words that deny the action the next few words report ("werd niet aangehouden").
NEGATORS = r"niet|geen|nooit|niemand|zonder"
CLAUSE_BREAKS = r"[,;:]|\bmaar\b|\ben\b|\bof\b|\bdie\b|\bdat\b"


# A transport (a run of a vehicle) stopped on its way ("Een negende transport werd
# onderschept"): an interception, as a lorry stopped is (SPEC: "a vehicle ... stopped"; a
# consignment, "een zending", is no vehicle).
SHIPMENT = r"transporten|transport"

# Sentences that report an action in so many words (a completed action in the past or
# present, passive or active, with its usual participle or noun): the rule net under the
# model's recall. Matched case-insensitively with re.search; keys are SPEC type values.
# Shared pieces are written once as <NAME> and filled in below: <AUX> a finite auxiliary
# of a past passive or perfect ("werd", "is", "heeft"), <GAP> up to 80 characters of the
# same sentence with no negation, modal or "of" ("werd niet aangehouden", "zal worden
# uitgezet" never match), <DONE> what must not follow the participle ("worden", "zal"),
# <WAS> "is", "werd" after it (subordinate clauses), <HEAD> a count heading a headline
# ("Drie mannen aangehouden"), <NUM> a number of two or more, <G> no "worden", "zal",
# "kan" just before ("kan worden veroordeeld tot").
RULES: dict[str, str] = {
    type_: pattern.replace("<SHIPMENT>", SHIPMENT)
    .replace(
        "<HEAD>",
        r"(?:^|:\s*)\W*(?:(?:ruim|bijna|meer\s+dan|zeker|circa|zo'n|nog)\s+)?(?:<NUM>|een|"
        r"één)\s+(?:(?!(?:niet|geen|zal|zullen|wordt|worden|kan|kunnen|moet|moeten|mag|mogen|"
        r"dreigt|dreigen|zou|zouden)\b)[\w'’.-]+\s+){1,6}?",
    )
    .replace("<AUX>", r"\b(?:is|zijn|werd|werden|was|waren|heeft|hebben|had|hadden)\b<GAP>\b")
    .replace(
        "<GAP>",
        r"(?:(?!\b(?:niet|geen|nooit|niemand|of|indien|wordt|worden|zal|zullen|zou|zouden|"
        r"kan|kunnen|moet|moeten|mag|mogen|wil|willen|dreigt|dreigen)\b)(?:[^.!?;:]|(?<=\d)\.(?=\d))){0,80}?",
    )
    .replace(
        "<DONE>",
        r"(?!\s+(?:te\s+worden|worden|wordt|zal|zullen|zou|zouden|kan|kunnen|moet|moeten|"
        r"te\s+zijn)\b)",
    )
    .replace("<WAS>", r"\s+(?:is|zijn|werd|werden|was|waren)\b(?!\s+geworden)")
    .replace(
        "<G>",
        r"(?<!worden )(?<!wordt )(?<!\bword )(?<!\bzal )(?<!\bzou )(?<!\bkan )(?<!\bte )"
        r"(?<!\bniet )(?<!zullen )(?<!zouden )(?<!kunnen )(?<!moeten )(?<!\bmoet )",
    )
    .replace(
        "<NUM>",
        r"(?:\d[\d.,]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
        r"veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|"
        r"vijftig|zestig|zeventig|tachtig|negentig|honderd|\w+en(?:twintig|dertig|veertig|"
        r"vijftig)|tientallen|enkele|meerdere|verschillende)",
    )
    for type_, pattern in {
        # "werd aangehouden", "hebben drie mannen gearresteerd", "aangehouden werd", "Drie
        # mannen opgepakt", "vijf aanhoudingen", "hield de verdachte aan", "zit in
        # voorlopige hechtenis"; "aangehouden" never of a court case ("de zaak werd
        # aangehouden")
        "arrest": (
            r"^(?!.*\b(?:zaak|strafzaak|rechtszaak|behandeling|zitting|uitspraak|beslissing|"
            r"voorstel|motie|stemming|wetsvoorstel|besluit|idee|signalen|signaal|thema|"
            r"onderwerp|probleem|klachten?|draad|handschoen)\b).*?(?:<AUX>(?:aangehouden|"
            r"opgepakt)\b<DONE>|(?<!niet )(?<!zou )(?<!zouden )\b(?:aangehouden|opgepakt)<WAS>|"
            r"<HEAD>(?:aangehouden|opgepakt)\b<DONE>)|"
            r"<AUX>(?:gearresteerd|ingerekend|in\s+(?:voorlopige\s+)?hechtenis\s+"
            r"genomen|in\s+verzekering\s+gesteld|in\s+bewaring\s+gesteld|in\s+de\s+boeien\s+"
            r"geslagen|onder\s+aanhoudingsmandaat\s+geplaatst)\b<DONE>|"
            r"(?<!niet )(?<!zou )(?<!zouden )\b(?:gearresteerd|ingerekend)<WAS>|"
            r"<HEAD>(?:gearresteerd|ingerekend)\b<DONE>|"
            r"^(?!.*\b(?:niet\s+uit|uitgesloten|verwacht\w*|mogelijk\w*)\b).*?\b<NUM>\s+"
            r"(?:\w+\s+)?(?:aanhoudingen|arrestaties)\b|"
            r"\b(?:leidde|leidden|heeft\s+geleid|hebben\s+geleid|resulteerde|resulteerden)\s+"
            r"(?:\w+\s+){0,2}?(?:tot|in)\s+(?:de\s+|een\s+)?(?:aanhouding|arrestatie)\b|"
            r"\barresteerden?\b|"
            r"\bhield(?:en)?\s+(?:[\w-]+\s+){0,4}?(?:man|vrouw|verdachte|verdachten|mannen|"
            r"vrouwen|jongen|jongens|jongeman|bestuurder|chauffeur|persoon|personen|\w*jarige|"
            r"smokkelaars?|daders?|hem|haar|hen|ze)\b<GAP>\baan\s*(?:[.,;!]|$)|"
            r"\b(?:zit|zitten|zat|zaten|blijft|blijven|bleef|bleven)\b<GAP>\bin\s+"
            r"(?:voorlopige\s+hechtenis|voorarrest)\b"
        ),
        # "is aangeklaagd", "werd gedagvaard", "in verdenking gesteld", "vervolgd" in a
        # sentence about the prosecution
        "charge": (
            r"<AUX>(?:aangeklaagd|gedagvaard|(?:formeel\s+)?in\s+verdenking\s+gesteld)\b<DONE>|"
            r"(?<!niet )\b(?:aangeklaagd|gedagvaard)<WAS>|<HEAD>(?:aangeklaagd|gedagvaard)"
            r"\b<DONE>|"
            r"^(?=.*\b(?:(?-i:OM)|Openbaar\s+Ministerie|parket|justitie|wegens|verdacht\w*)\b)"
            r".*?<AUX>vervolgd\b<DONE>"
        ),
        # "veroordeeld" in a sentence about a court or a penalty (not "heeft de aanslag
        # veroordeeld"), "schuldig bevonden", "veroordeeld tot vier jaar cel"
        "conviction": (
            r"^(?=.*\b(?:rechtbank|rechter|hof|cel|celstraf|gevangenisstraf|taakstraf|werkstraf|"
            r"boete|jaar|maanden|voorwaardelijk|politierechter|correctionele|wegens|vonnis|"
            r"straf|beroep)\b).*?(?:<AUX>(?:veroordeeld|schuldig\s+(?:bevonden|verklaard))\b"
            r"<DONE>|(?<!niet )(?<!zou )(?<!zouden )\b(?:veroordeeld|schuldig\s+(?:bevonden|"
            r"verklaard))<WAS>)|"
            r"<G>\bveroordeeld\s+tot\s+(?:[\w,.-]+\s+){0,4}?(?:jaar|jaren|maanden|maand|weken|"
            r"dagen|uur|cel|celstraf|gevangenisstraf|taakstraf|werkstraf|levenslang|tbs|boete|"
            r"geldboete|jeugddetentie)\b|"
            r"\btot\s+(?:[\w,.-]+\s+){0,5}?(?:jaar|maanden|weken|cel|celstraf|gevangenisstraf|"
            r"taakstraf|werkstraf|levenslang|boete|geldboete|jeugddetentie)\b<GAP>"
            r"\bveroordeeld\b<DONE>"
        ),
        # "veroordeeld tot vier jaar cel", "kreeg een celstraf", "celstraf opgelegd",
        # "Vier jaar cel voor ..." (not "geëist", "riskeert")
        "sentence": (
            r"<G>\bveroordeeld\s+tot\s+(?:[\w,.-]+\s+){0,4}?(?:jaar|jaren|maanden|maand|weken|"
            r"dagen|uur|cel|celstraf|gevangenisstraf|taakstraf|werkstraf|levenslang|tbs|"
            r"jeugddetentie)\b|"
            r"\btot\s+(?:[\w,.-]+\s+){0,5}?(?:jaar|maanden|weken|cel|celstraf|gevangenisstraf|"
            r"taakstraf|werkstraf|levenslang|jeugddetentie)\b<GAP>\bveroordeeld\b<DONE>|"
            r"\b(?:kreeg|kregen|krijgt|krijgen)\b<GAP>\b(?:cel|(?:cel|gevangenis|taak|werk)straf(?:fen)?|"
            r"jeugddetentie|levenslang|tbs)\b|"
            r"\b(?:(?:cel|gevangenis|taak|werk)straf(?:fen)?|jeugddetentie|(?:jaar|maanden|"
            r"weken|dagen)\s+cel)\b<GAP>\b(?:opgelegd|gekregen|uitgesproken)\b<DONE>|"
            r"\blegden?\b<GAP>\b(?:celstraf|gevangenisstraf|taakstraf|werkstraf|jeugddetentie|"
            r"cel)\b<GAP>\bop\b|"
            r"^\W*(?:<NUM>|een|één|anderhalf)\s+(?:jaar|maanden|weken)\s+(?:cel|celstraf|"
            r"gevangenisstraf|jeugddetentie|taakstraf)\s+(?:voor|tegen|aan)\b(?![^.]*\b(?:geëist|"
            r"eist|eisen|eis|dreigt|dreigen|riskeert|riskeren|maximaal|gevraagd)\b)"
        ),
        # "veroordeeld tot een boete", "werd beboet", "kreeg een boete", "boete opgelegd",
        # "verbeurd verklaard"
        "financial_penalty": (
            r"<G>\bveroordeeld\s+tot\s+(?:[\w,.-]+\s+){0,4}?(?:boete|geldboete|het\s+betalen)\b|"
            r"<AUX>beboet\b<DONE>|(?<!niet )\bbeboet<WAS>|"
            r"\b(?:kreeg|kregen)\b<GAP>\b(?:\w*boetes?|dwangsom(?:men)?)\b|"
            r"\b(?:\w*boetes?|ontnemingsmaatregel|ontnemingsvordering)\b<GAP>\b(?:opgelegd|"
            r"gekregen|betaald|toegewezen)\b<DONE>|"
            r"<AUX>verbeurd\s?verklaard\b<DONE>"
        ),
        # "in beslag genomen", "beslag gelegd op", "namen ... in beslag", "500 kilo cocaïne
        # onderschept"
        "seizure": (
            r"<AUX>(?:in\s+beslag\s+genomen|inbeslaggenomen|geconfisqueerd|beslag\s+gelegd)\b"
            r"<DONE>|"
            r"(?<!niet )\b(?:in\s+beslag\s+genomen|geconfisqueerd)<WAS>|"
            r"<HEAD>(?:in\s+beslag\s+genomen|geconfisqueerd)\b<DONE>|"
            r"\bnamen?\b<GAP>\bin\s+beslag\b|\blegden?\s+(?:\w+\s+){0,2}?beslag\s+op\b|"
            r"\b(?:kilo|kilogram|kg|ton|gram|liter)\b<GAP>\bonderschept\b<DONE>|"
            r"\bondersch(?:ept|epte|epten)\s+(?:ruim\s+|bijna\s+|meer\s+dan\s+|circa\s+|"
            r"zo'n\s+)?\d[\d.,]*\s*(?:kilo|kg|ton|gram|liter)"
        ),
        # premises "doorzocht", "huiszoekingen verricht", "deed een inval", "bij de
        # huiszoeking", "zes doorzoekingen"
        "search": (
            r"\b(?:woning|woningen|pand|panden|huis|huizen|bedrijfspand|bedrijfspanden|"
            r"bedrijf|bedrijven|kantoor|kantoren|adres|adressen|loods|loodsen|garagebox|"
            r"garage|appartement|kamer|kelder|schuur|locatie|locaties|perceel)\b<GAP>"
            r"\bdoorzocht\b<DONE>|"
            r"\bdoorzocht(?:en)?\s+(?:\w+\s+){0,3}?(?:woning|woningen|pand|panden|huis|huizen|"
            r"bedrijfspand|bedrijf|kantoor|adres|adressen|loods|appartement|garagebox)\b|"
            r"\b(?:huiszoeking(?:en)?|doorzoeking(?:en)?|invallen|inval)\b<GAP>\b(?:verricht|"
            r"gedaan|uitgevoerd|gehouden)\b<DONE>|"
            r"\b(?:vond|vonden)\s+(?:\w+\s+){0,4}?(?:huiszoeking\w*|doorzoeking\w*|invallen|"
            r"inval)\b<GAP>\bplaats\b|"
            r"\b(?:deed|deden|verrichtte|verrichtten)\s+(?:\w+\s+){0,3}?(?:inval|invallen|"
            r"huiszoeking\w*|doorzoeking\w*)\b|"
            r"\bbij\s+(?:de|een|die|deze)\s+(?:\w+\s+)?(?:huiszoeking|doorzoeking|inval)\b|"
            r"^(?!.*\b(?:niet\s+uit|uitgesloten|verwacht\w*|mogelijk\w*)\b).*?\b<NUM>\s+"
            r"(?:\w+\s+)?(?:huiszoekingen|doorzoekingen|invallen)\b"
        ),
        # a lorry, van or boat "onderschept", "staande gehouden"; migrants "aangetroffen"
        # in a lorry
        "interception": (
            r"\b(?:vrachtwagens?|trucks?|bestelbus\w*|busje|auto|personenauto|bus|boot|boten|"
            r"rubberboot|schip|vaartuig|oplegger|trailer|koelwagen|container|speedboot|"
            r"voertuig|wagen|<SHIPMENT>)\b<GAP>\b(?:onderschept|staande\s+gehouden|tegengehouden|"
            r"aan\s+de\s+kant\s+gezet)\b(?!\s*,?\s*dat\b)<DONE>|"
            r"<AUX>staande\s+gehouden\b(?!\s*,?\s*dat\b)<DONE>|"
            r"\bondersch(?:ept|epte|epten)\s+(?:\w+\s+){0,3}?(?:vrachtwagens?|bestelbus\w*|"
            r"busje|boot|boten|rubberboot|schip|vaartuig|speedboot|voertuig|<SHIPMENT>)\b|"
            r"^(?=.*\b(?:vrachtwagen|trailer|oplegger|container|laadruimte|koelwagen|"
            r"bestelbus|verstopt|verborgen)\b).*?\b(?:migranten|verstekelingen|vluchtelingen|"
            r"transmigranten|illegalen)\b<GAP>(?<!dood )(?<!levenloos )\b(?:aangetroffen|"
            r"ontdekt)\b<DONE>"
        ),
        # "in vreemdelingenbewaring gesteld", "overgedragen aan de vreemdelingenpolitie",
        # "ter beschikking gesteld van de Dienst Vreemdelingenzaken"
        "detention": (
            r"(?:<AUX>|<HEAD>)(?:in\s+vreemdelingenbewaring\s+(?:gesteld|geplaatst|genomen)|"
            r"overgedragen\s+aan\s+de\s+(?:vreemdelingenpolitie|AVIM|Dienst\s+"
            r"Vreemdelingenzaken|DVZ)|ter\s+beschikking\s+gesteld\s+van\s+de\s+Dienst\s+"
            r"Vreemdelingenzaken|in\s+een\s+gesloten\s+(?:centrum|terugkeercentrum)\s+"
            r"(?:geplaatst|opgesloten|ondergebracht)|"
            # "werden overgebracht naar een gesloten centrum" (Belgium's detention of
            # people without papers)
            r"(?:overgebracht|overgeplaatst)\s+naar\s+(?:een|het)\s+gesloten\s+"
            r"(?:centrum|terugkeercentrum))\b<DONE>|"
            r"\b(?:zit|zitten|zat|zaten)\b<GAP>\bin\s+vreemdelingenbewaring\b"
            # "zijn C.R. en G.M. in vreemdelingenbewaring gehouden": held there (session 43)
            r"|(?<!niet )\bin\s+vreemdelingenbewaring\s+gehouden\b<DONE>"
        ),
        # "naar Marokko uitgezet", "is gedeporteerd", "op het vliegtuig gezet", "werd
        # uitgewezen" (not "heeft uitgewezen dat"), "zette hem het land uit"
        "deportation": (
            r"(?<!niet )\bnaar\s+(?-i:[A-Z])\w+\s+(?:(?!(?:worden|wordt|te|zal|zou|kan|moet)\b)"
            r"\w+\s+){0,2}?(?:uitgezet|teruggestuurd|gedeporteerd|uitgewezen)\b<DONE>|"
            r"\bhet\s+land\s+(?:uitgezet|uitgewezen)\b<DONE>|"
            r"<AUX>(?:gedeporteerd|uitgezet\s+naar|op\s+het\s+vliegtuig\s+gezet|teruggestuurd"
            r"\s+naar\s+(?-i:[A-Z]))|"
            r"\b(?:werd|werden|is|zijn|was|waren)\b<GAP>\buitgewezen\b(?!\s*,?\s*(?:dat|of)\b)"
            r"<DONE>|"
            r"<HEAD>(?:uitgezet|uitgewezen|gedeporteerd)\b<DONE>|"
            r"\bzetten?\s+(?:\w+\s+){0,4}?(?:het\s+land|Nederland|België)\s+uit\b|"
            # "heeft 49 Kosovaren per charter laten uitzetten": the causative has no other
            # sense; "werden 800 vreemdelingen uitgezet": people before the participle
            # ("uitgezet" alone is also switched off, or laid out)
            r"<AUX>laten\s+uitzetten\b|"
            r"<AUX>(?:vreemdelingen|illegalen|asielzoekers|"
            r"uitgeprocedeerden|migranten|personen|mensen)\s+(?:\w+\s+){0,3}?uitgezet\b<DONE>"
        ),
        # "is uitgeleverd", "uitgeleverd werd", "leverde de man uit", "overgeleverd" on a
        # European arrest warrant
        "extradition": (
            r"<AUX>uitgeleverd\b<DONE>|(?<!niet )(?<!zou )(?<!zouden )\buitgeleverd<WAS>|"
            r"<HEAD>uitgeleverd\b<DONE>|^\W*uitgeleverd\s+aan\b|"
            r"\bleverden?\b<GAP>\buit\s*(?:[.,;!]|aan\b|$)|"
            r"^(?=.*\b(?:EAB|Europees\s+aanhoudingsbevel|uitlevering|overlevering|justitie|"
            r"autoriteiten|parket|verdachte)\b).*?(?:<AUX>overgeleverd\b<DONE>|(?<!niet )"
            r"\bovergeleverd<WAS>)"
        ),
        # "is vrijgelaten", "op vrije voeten gesteld", "heengezonden", "geschorst uit de
        # voorlopige hechtenis", "is weer op vrije voeten", "kwam vrij"
        "release": (
            r"<AUX>(?:vrijgelaten|op\s+vrije\s+voeten\s+(?:gesteld|gezet|geplaatst)|"
            r"heengezonden|in\s+vrijheid\s+gesteld|geschorst\s+uit\s+(?:de\s+)?voorlopige\s+"
            r"hechtenis)\b<DONE>|"
            r"(?<!niet )(?<!zou )\b(?:vrijgelaten|heengezonden)<WAS>|"
            r"<HEAD>(?:vrijgelaten|heengezonden)\b<DONE>|"
            # the judge "besloot om ... 1 persoon in vrijheid te stellen": done by deciding it
            r"\b(?:besloot|besliste|beslist)\s+(?:om\s+)?[^.;]{0,80}?\bin\s+vrijheid\s+te\s+stellen\b|"
            r"\buit\s+(?:de\s+)?(?:gevangenis|cel|voorarrest|hechtenis)\s+(?:\w+\s+){0,2}?"
            r"(?:vrijgekomen|vrijgelaten|ontslagen)\b<DONE>|"
            r"\b(?:is|zijn|was|waren|staat|staan|stond|stonden)\s+(?:\w+\s+){0,2}?weer\s+op\s+"
            r"vrije\s+voeten\b|"
            r"\bkwam(?:en)?\b<GAP>\bvrij\s*(?:[.,;!]|$)"
        ),
        # accounts, websites, channels ... "offline gehaald", "verwijderd", "geblokkeerd"
        "takedown": (
            r"\b(?:accounts?|websites?|webshops?|sites?|pagina's|kanalen|kanaal|chatgroepen|"
            r"groepen|profielen|berichten|posts|video's|domeinen|domeinnamen|servers?|"
            r"platforms?|marktplaatsen|fora|forums?|advertenties)\b<GAP>\b(?:offline\s+"
            r"gehaald|uit\s+de\s+lucht\s+gehaald|verwijderd|geblokkeerd|opgeheven|platgelegd|"
            r"neergehaald)\b<DONE>|"
            r"\bhaalden?\b<GAP>\b(?:accounts?|websites?|webshops?|sites?|kanalen|kanaal|"
            r"domeinen|servers?|platforms?|marktplaatsen|fora|forums?)\b<GAP>\b(?:offline|"
            r"uit\s+de\s+lucht)\b"
        ),
    }.items()
}

# A warrant names an arrest without reporting one ("een Europees aanhoudingsbevel
# uitgevaardigd"): words for an arrest inside these do not count, unless it was
# carried out ("uitgevoerd", "ten uitvoer gelegd").
WARRANTS = r"\b(?:(?:Europees|internationaal)\s+)?(?:aanhoudingsbevel|arrestatiebevel|opsporingsbevel)\w*|\bEAB\b"
WARRANT_EXECUTED = r"\buitgevoerd\b|\bten uitvoer\b"
# What an interception stops (SPEC: a vehicle, vessel or crossing stopped, people
# found concealed): an interception only the model reports must name one of these.
INTERCEPTED = r"\b(?:voertuig(?:en)?|auto'?s?|bestelbus(?:sen)?|busje|bus(?:sen)?|\w*vrachtwagen\w*|truck\w*|trein(?:en)?|boot(?:je|jes|en)?|schip|schepen|rubberboot\w*|vaartuig\w*|aanhanger\w*|oplegger\w*|oversteek|oversteken|migranten|migrant|mensen|personen|passagiers|mannen|vrouwen|kinderen|inzittenden|bestuurder\w*|chauffeur\w*|verstekelingen|vluchtelingen)\b"
# Checks, as words for an interception, and what makes a check one of a vehicle, vessel or crossing
# (a vehicle, a vessel, a driver or passengers, a road, a border, a port, an airport, a station;
# rules.PEOPLE_CHECKED_INTL): a check in a sentence naming none of these stops nothing.
CHECKS = r"gecontroleerd|\w*controles?"
CHECKED_CONVEYANCE = r"\b(?:voertuig(?:en)?|\w*auto'?s?|bestel\w*|\w*bus(?:je|jes|sen)?|flixbus|\w*vrachtwagen\w*|truck\w*|touringcar\w*|taxi\w*|scooter\w*|\w*trein(?:en)?|motor(?:fiets)?|\w*boot(?:je|jes|en)?|\w*schip|\w*schepen|vaartuig\w*|vliegtuig\w*|aanhanger\w*|oplegger\w*|oversteek|oversteken|inzittenden|bestuurder\w*|chauffeur\w*|automobilist\w*|passagiers|\w*grens\w*|douane\w*|luchthaven\w*|Schiphol|haven\w*|\w*verkeer\w*|snelweg\w*|\w*(?:alcohol|snelheids)controle\w*)\b"
# The presumption of innocence: a disclaimer that reports no action, whatever words for
# one it holds ("the defendants are presumed innocent until proven guilty").
PRESUMPTION = r"onschuldpresumptie|vermoeden van onschuld|onschuldig tot het tegendeel"
# What a charging document says, told as its content ("According to the indictment, ..."):
# the allegations, not actions that happened, unless the sentence reports one in so many
# words (the rule net).
ALLEGED_SOURCE = r"\bvolgens de (?:tenlastelegging|dagvaarding|aanklacht)\b"
# "Last year" beside a month or a day that names no year ("in June last year"): that
# month of the year before the publication's.
LAST_YEAR = r"\b(?:vorig|verleden|afgelopen) jaar\b|\bhet jaar daarvoor\b"
# A weekday written as one word with the time of day ("woensdagavond", "Dienstagabend"):
# the weekday (group 1) is what dates it.
WEEKDAY_COMPOUND = r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|ochtend|middag|nacht|morgen)\b"
# Words that make the people held suspects (of smuggling, trafficking ...), not migrants
# held: their custody is an arrest.
SUSPECTS = r"\b(?:verdacht\w*|verdenking|vermoedelijke?|smokkelaars?|mensensmokkelaars?|voorlopige hechtenis|voorarrest)\b"

# Demonstratives: an action named after one points back to one told before ("deze aanhoudingen", "dit beslag" ("die" and "dat" also start relative clauses)).
DEMONSTRATIVE = r"deze|dit"

# People, as counted in an interception ("in de koelcontainer 11 mensen aangetroffen"): the people found or stopped are its
# count, not the vessel or vehicle.
PEOPLE = r"personen|mensen|migranten|vluchtelingen|verstekelingen|inzittenden|passagiers|mannen|vrouwen|kinderen"
# More words for people held or moved across a border, read with PEOPLE (events.PEOPLE_MORE).
PEOPLE_MORE = r"vreemdelingen|illegalen|asielzoekers|immigranten"

# "Not only ... but also" affirms what follows it ("heeft niet alleen de bestuurder aangehouden, maar ook ..."): no denial.
NOT_ONLY = r"niet alleen|niet enkel|niet slechts"

# Possessives: an action named after one ("zijn ...") tells more of one told before.
POSSESSIVE = r"zijn|haar|hun"

# A preposition of time and a definite article: an action named after them ("Na de aanhouding werd ...", "bij de
# huiszoekingen") tells more of one told before (rules.AFTER_THE_BACK_INTL).
AFTER_THE = r"na de|na het|bij de|bij het|sinds de|sinds het|tijdens de|tijdens het|voor de"
# "Besides the" and an action's noun ("naast de arrestatie van de verdachte"): the action told before, as after AFTER_THE
# (rules.BESIDES_THE_BACK).
BESIDES_THE = r"naast de|naast het"

# Words for "both": two people ("beide verdachten zijn aangehouden").
BOTH = r"beiden?"

# A weekday said to be past: "afgelopen maandag" in a text of a Monday is a week earlier.
LAST_WEEKDAY = r"afgelopen|vorige"

# Ages of the people acted on ("een 34-jarige man", "34 jaar oud") and words that tell of
# more people than those told before ("twee andere mannen", "een derde verdachte"): the
# next sentence with the same count and other ages or other people is another action.
AGES = r"\b\d{1,2}-jarige[n]?\b|\b\d{1,2} jaar oud\b"
OTHERS = r"(?<!\bonder )anderen?|tweede|derde|vierde"

# What was seized, named again at the head of a sentence with no number of its own ("De
# drugs zijn in beslag genomen"): the seizure told before.
GOODS_BACK = (
    r"^\W*(?:De|Het|Deze|Dit|Alle)\s+(?:\w+\s+){0,2}?(?:drugs|verdovende|cocaïne|heroïne|"
    r"cannabis|hennep|goederen|wapens?|geld|contanten|auto'?s?|voertuigen?|sigaretten|partij|"
    r"lading|vangst)\b"
)

# Action nouns that report the action with the number of what they acted on
# ("<noun> of 40 kilos", "12 <nouns>"): rules.ACTION_NOUN_NUMBER.
# Words for seized goods in general ("la drogue", "die Ware", "el alijo"): a later seizure
# naming one names the goods already told (events.SEIZURE_TOLD_AGAIN_INTL).
SEIZED_GOODS = r"\b(?:drugs|verdovende middelen|goederen|partij|lading|vangst)\b"
ACTION_NOUNS: dict[str, str] = {
    "arrest": r"aanhouding(?:en)?|arrestaties?",
    "seizure": r"inbeslagname|inbeslagneming",
    "search": r"huiszoekingen|doorzoekingen",
}
NOUN_OF = r"van"
ABOUT = r"meer dan|ruim|bijna|zo'n|ongeveer|minstens"

# The most the law allows: a sentence or penalty only the model reads, in a sentence that names
# one, is not a penalty passed (rules.is_maximum, as in English).
MAXIMUM = r"\b(?:maximale?|maximaal|maximum\w*|riskeert|riskeren|hoogstens)\b"
# The least the law allows ("de minimumstraf is vijf jaar"): read as MAXIMUM is
# (rules.MINIMUM_IS_LAW).
MINIMUM = r"\bminimum\s*straf\w*"
# Verbs of a penalty passed or received ("Hij kreeg de minimumstraf", "legde de minimumstraf
# op"): the minimum passed, not the law's (rules.MINIMUM_IS_LAW).
PASSED_VERB = r"\b(?:kreeg|kregen|krijgt|opgelegd|legde|legden|veroordeeld|veroordeelde)\b"


# The types of action the model alone found that are asked about again by default
# (extraction.confirmed_types, where the measurement is).
CONFIRM: tuple[str, ...] = ("seizure", "interception", "detention", "deportation", "extradition")

# Words after a number that say it counts no goods (see the English NOT_GOODS).
NOT_GOODS = (
    r"jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|minuten|keer|maal|procent|"
    r"gevallen|aanhoudingen|arrestaties|huiszoekingen|inbeslagnames|verdachten|"
    r"agenten|politieagenten|douaniers|acties|woningen|adressen|panden|kilometer|"
    r"meter|km|andere|nieuwe|januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december"
)
# Words that end the name of the goods after a number ("5 vehicles and 3 phones").
GOODS_END = r"van|en|of|op|in|aan|met|bij|voor|uit|de|het|een|werden|waren|zijn|die|dat"
# An action told as the day after the one before ("De volgende dag ...").
DAY_AFTER = r"^\W*(?:de\s+(?:volgende|daaropvolgende)\s+(?:dag|ochtend|avond)|een\s+dag\s+later|'s\s+anderendaags)\b"
# The night before publication ("la nuit dernière"), read as the day before (lower case).
LAST_NIGHT = r"\bgister(?:en)?(?:avond|nacht)\b|\bafgelopen nacht\b|\bgisteren (?:avond|nacht)\b"


# People already counted, referred back to ("the suspects", "they"): an uncounted action
# on them counts as many as the nearest counted action on people before it.
PLURAL_BACK = (
    r"\b(?:[Dd]e|[Dd]eze|[Bb]eide|[Aa]lle)\s+(?:(?!(?:andere|overige)\b)\w+\s+)?(?:verdachten|mannen|vrouwen|personen|"
    r"smokkelaars|broers|daders|chauffeurs)\b|\b(?:[Zz]e|[Zz]ij)\s+(?:zijn|werden|waren)\b"
)


# More ways a sentence tells of one person, read after merging in every sentence of an
# uncounted action on people (the action's one subject or object, a verb in the singular).
SINGULAR_MORE = (
    r"\b[Dd]e\s+(?:\w+\s+)?(?:\w*leider|hoofdverdachte|smokkelaar|dader|\w*chauffeur)\b|"
    r"\bkreeg\b|\bheeft\s+(?:\w+\s+){0,4}gekregen\b"
)


# Factuality: words that make an action a habit, not one action that happened ("the police
# regularly arrest smugglers at the border"): an answer whose every word for its action
# stands in a clause with one of them is dropped.
HABITUAL = r"regelmatig|vaak|geregeld|dikwijls|gewoonlijk|doorgaans|meestal|normaal gezien"


# A penalty passed, told with a modal ("muss für drei Jahre ins Gefängnis", "moet twee jaar
# de cel in", "dovrà scontare", "devra purger"): a sentence or conviction, not a possible one.
MUST_SERVE = r"\b(?:moet|moeten|moest|moesten)\b[^.;:]{0,60}?\b(?:de cel in|de gevangenis in|achter de tralies|naar de gevangenis)\b"


# "The same day", "am selben Tag": an action on the day of the action told before it.
SAME_DAY = r"\b(?:dezelfde\s+(?:dag|avond|nacht|ochtend)|diezelfde\s+(?:dag|avond|nacht))\b"


# The word after a list of ages ("die 39, 41 und 55 Jahre alten Angeklagten"): as many
# people as ages.
AGE_UNIT = r"jaar"

# The day before yesterday (normalize.relative_day: the publication day less two).
DAY_BEFORE_YESTERDAY = r"eergisteren"
# Last week, beside a weekday ("Tuesday of last week"): that weekday in the week before the
# publication's (normalize.relative_day).
LAST_WEEK = r"vorige\s+week|afgelopen\s+week"

# Opens a part of those just counted ("15 arrested, of whom 4 ..."): a number after it is no
# count of the action before it (events.SUBSET_AFTER).
SUBSET = r"waarvan|van wie"

# A country's adjective beside a word for its authorities ("de Surinaamse politie")
# says where the action took place (normalize.intl_locative_countries; as English's
# AUTHORITY_ADJECTIVES). Keys are patterns of the adjective's forms, matched whole.
AUTHORITY_NOUNS = r"politie|douane|justitie|autoriteiten|marechaussee|parket|kustwacht|recherche|rechtbank|openbaar ministerie|grenspolitie"
# Where the adjective stands: "before" or "after" the authority's word.
AUTHORITY_ADJECTIVE_SIDE = "before"
COUNTRY_ADJECTIVES = {
    r"nederlandse?": "NL",
    r"belgische?": "BE",
    r"duitse?": "DE",
    r"franse?": "FR",
    r"spaanse?": "ES",
    r"italiaanse?": "IT",
    r"britse?|engelse?": "GB",
    r"surinaamse?": "SR",
    r"cura[çc]aose?": "CW",
    r"arubaanse?": "AW",
    r"antilliaanse?": "CW",
    r"luxemburgse?": "LU",
    r"marokkaanse?": "MA",
    r"turkse?": "TR",
    r"poolse?": "PL",
    r"griekse?": "GR",
    r"oostenrijkse?": "AT",
    r"zwitserse?": "CH",
    r"portugese?": "PT",
    r"amerikaanse?": "US",
    r"colombiaanse?": "CO",
    r"braziliaanse?": "BR",
    r"albanese?": "AL",
    r"roemeense?": "RO",
    r"bulgaarse?": "BG",
    r"deense?": "DK",
    r"zweedse?": "SE",
    r"noorse?": "NO",
    r"ierse?": "IE",
    r"venezolaanse?": "VE",
}

# About so many ("une vingtaine de personnes"): no count, and its article is no "one"
# (events.APPROXIMATE_NO_COUNT).
APPROXIMATE = r"tiental(?:len)?|twintigtal|dertigtal|veertigtal|vijftigtal|honderdtal(?:len)?|dozijn|tientallen|honderden|duizenden"

# Last month (normalize.relative_period: the month before publication, for an action dated
# from elsewhere).
LAST_MONTH = r"\b(?:vorige|afgelopen) maand\b"

# Officers: a number before one counts those who acted, not those acted on
# (events.OFFICERS_NOT_COUNTED).
OFFICERS = r"agenten|politiemensen|politieagenten|rechercheurs|douaniers|militairen|marechaussees|medewerkers|manschappen"

# One of a round number ("une centaine de migrants"): that number, as "about 100" counts 100
# (events.ROUND_NUMBERS; the plural, "des centaines", counts no one).
APPROXIMATE_VALUES = {
    "tiental": 10,
    "dozijn": 12,
    "twintigtal": 20,
    "dertigtal": 30,
    "veertigtal": 40,
    "vijftigtal": 50,
    "honderdtal": 100,
}

# Auxiliaries of the passive: officers told before one are those acted on, not those who
# acted (events.officers_before).
PASSIVE_AUX = r"werd|werden|worden|wordt|zijn|is"


# Days or weeks counted back from the publication ("twee dagen geleden", "een week geleden"): groups n (the number),
# d (days), w (weeks), f (a fortnight); AGO_NUMBERS gives the number words' values.
AGO = r"\b(?P<n>\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:(?P<d>dagen|dag)|(?P<w>weken|week))\s+geleden\b"
AGO_NUMBERS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}  # fmt: skip

# The countries where the language is an official language: a town name several
# countries share is read as one of theirs (places.SPOKEN_FIRST).
SPOKEN_IN = ("NL", "BE", "SR", "AW", "CW", "SX")

# An action told as some days after, or before, the one before it ("Twee dagen later",
# "Drie dagen eerder"): events.DAYS_SHIFTED. The group "n" is the number of days.
DAYS_LATER = r"^\W*(?P<n>\w+)\s+dagen\s+later\b"
DAYS_EARLIER = r"^\W*(?P<n>\w+)\s+dagen\s+(?:eerder|daarvoor|ervoor)\b"

# An action told as the day before the day given before it (events.DAY_BEFORE_SHIFT):
# "The night before, officers chased and arrested three men".
DAY_BEFORE = (
    r"^\W*(?:de\s+(?:dag|avond|nacht)\s+(?:ervoor|daarvoor)|de\s+vorige\s+dag|een\s+dag\s+eerder)\b"
)

# A seizure told again (events.GOODS_PART_BACK, SEIZED_ALSO; switched together by
# events.SEIZURE_BACK_INTL), besides the goods named again at its head (GOODS_BACK above: "De drugs
# worden vernietigd"), their value or a part of them ("De straatwaarde van de cocaïne ...",
# "Een deel van de sigaretten ..."), and more goods of the same action ("Ook een auto werd
# in beslag genomen", "evenals").
GOODS_PART_BACK = (
    r"^\W*(?:(?:De|Het)\s+(?:[\w-]+\s+){0,2}?(?:waarde|straatwaarde|marktwaarde)\s+van\b|"
    r"(?:Een\s+deel|Het\s+grootste\s+deel|Sommige)\s+van\b)"
)
SEIZED_ALSO = (
    r"\b(?:ook|eveneens|daarnaast|bovendien)\b(?:\W+\w+){0,6}?\W+(?:in\s+beslag\s+genomen|"
    r"inbeslaggenomen|aangetroffen|gevonden|ontdekt)|\bevenals\b|\balsook\b"
)

# A fine's noun after a number ("una multa", written "1 multa" when counted): a penalty, no
# count of people (events.FINE_NOT_A_COUNT).
FINE_NOUNS = r"(?:geld)?boetes?"

# A year of birth ("geboren in 1990", "geboortejaar 1985"): no date of the action
# (normalize.BIRTH_YEARS_NO_DATE).
BIRTH_YEAR = r"\b(?:geboren\s+(?:in|op)|geboortejaar)\s+(?:[\w.,/-]+\s+){0,2}?(?:19|20)\d{2}\b"

# A man and a woman: two people ("een man en een vrouw zijn aangehouden";
# extraction.PAIR_INTL).
PAIR = r"\b(?:een|de)\s+man\s+en\s+(?:een\s+|de\s+)?vrouw\b|\b(?:een|de)\s+vrouw\s+en\s+(?:een\s+|de\s+)?man\b"
# One and another told apart ("een huiszoeking in Gent en een andere in Brugge"): two, the other's noun
# left out and its place named (extraction.ONE_AND_ANOTHER).
ONE_AND_ANOTHER = r"\ben\s+(?:een\s+)?(?:andere|tweede)\s+(?:in|op|bij|te|aan)\s+(?!vrije)(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z])"

# Things online: a seizure of them ("28 websites in beslag genomen") is a takedown
# (rules.ONLINE_SEIZED); servers are goods.
ONLINE = r"\b(?:websites?|webpagina'?s|domeinnamen|domeinen|accounts|Telegram-kanalen|kanalen)\b"


# The sentence already passed as a sentence's subject, its definite or possessive noun
# first (rules.SENTENCE_SUBJECT_BACK).
SENTENCE_SUBJECT = r"\W*(?:De|Zijn|Haar|Hun)\s+(?:\w+\s+)?(?:straf|celstraf|gevangenisstraf|werkstraf|taakstraf)\s+(?:is|was|werd|wordt|zal)\b"

# Sentence splitting (``text.sentences``, which joins every language's lists, since it runs
# before the language is known): short forms after which a full stop never ends a sentence
# (titles before a name, "Me Dupont", "Sig. Rossi"), and short forms after which it does not
# when a number follows ("ca. 20", "Nr. 3", "art. 416").
ABBREVIATIONS: tuple[str, ...] = (
    "mr",
    "mter",
    "mw",
    "mevr",
    "dhr",
    "drs",
    "ir",
    "ing",
    "prof",
    "bijv",
    "o.a",
    "i.v.m",
    "t.a.v",
    "m.b.t",
)
# "ong. 1 kilo" (ongeveer, about) as "ca. 20" (text.sentences).
NUMBER_ABBREVIATIONS: tuple[str, ...] = ("ca", "nr", "art", "blz", "ong")

# Held for their residence status, not as suspects of a crime: a detention (rules.
# STATUS_HELD_INTL): "aangehouden omdat ze illegaal in Nederland verbleven".
HELD_AS_MIGRANT = (
    r"\billegaal\s+in\s+(?:het\s+land|Nederland|België)\b|\bzonder\s+geldige\s+verblijfs\w+"
)

# People in general: a count told of them, then its parts, is a total (events.TOTAL_THEN_PARTS).
GENERIC_PEOPLE = r"personen|verdachten|mensen|migranten"
# Prepositions of direction: the country after one, right after a removal's word, is where
# people are sent (events.REMOVAL_DESTINATION_INTL).
DESTINATION = r"naar"
# Words of a journey: a place after one and a preposition of DESTINATION is where someone was
# going ("onderweg naar Engeland", "op weg naar Spanje"), not where the text happens
# (events.TRAVEL_DESTINATION_INTL).
TRAVEL_TO = r"onderweg|op weg|vlucht|reis|rit|vertrekken|vluchten"


# Words that give a number as the total of those acted on ("insgesamt elf Menschen", "en total
# 12 personas"): that number counts the action when it is larger (events.TOTAL_COUNT_INTL).
TOTAL = r"in totaal|totaal"

# Words saying people were on a vessel or vehicle (extraction.PEOPLE_NEXT: the people a
# sentence after an interception counts on board are its count).
ABOARD = r"aan\s+boord"

# Words that open a part of a number of people just given ("3 personen, waarvan 1
# minderjarige"): the number before them is the whole (extraction.WHOLE_BEFORE_PART_INTL).
PART_OF = r"waarvan|onder\s+wie"

# Places searched, after a number, count a search (extraction.SEARCH_PLACES_COUNT):
# "acht panden doorzocht", "huiszoekingen op vijf adressen".
SEARCH_PLACES = (
    r"panden|woningen|huizen|adressen|locaties|plaatsen|bedrijven|loodsen|gebouwen|"
    r"appartementen|winkels|kantoren|percelen|bedrijfspanden|garageboxen"
)
