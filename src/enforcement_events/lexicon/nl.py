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
        r"ter beschikking (?:gesteld )?van het parket)"
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
        r"viel\w*\b.{0,60}?\bbinnen\b|razzia\w*|\w*controles?\b|gecontroleerd|controleerde\w*|"
        r"fouill\w*|gefouilleerd|perquisitie\w*|inspecties?\b|ge[ïi]nspecteerd)"
    ),
    "interception": (
        r"(?:onderschep\w*|staande gehouden|staandehouding\w*|hield\w*\b.{0,60}?\bstaande\b|"
        r"tegengehouden|hield\w*\b.{0,60}?\btegen\b|aangetroffen|trof\w*\b.{0,60}?\baan\b|"
        r"gevonden|ontdekt\w*|verstopt|verborgen|gecontroleerd|\w*controles?\b|gestopt|"
        r"klemgereden|gered|redding\w*|opgevangen|verijdeld|opgepikt)"
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
        r"invrijheidsstelling\w*|onder (?:strikte )?voorwaarden)"
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
)

# --- Readings of numbers, terms, money and places (normalize.py's intl_* readers) ---
ONE = r"een|één|eén"
TERM_UNITS = {"year": r"jaar|jaren", "month": r"maanden|maand", "week": r"weken|week"}
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
TERM_MAXIMUM = r"maximaal|tot|maximumstraf|riskeert|riskeren|hoogstens"
MONEY_SCALES = {"miljoen": 1e6, "miljard": 1e9, "mln": 1e6, "mld": 1e9}
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
)
LOCATIVE = r"in|naar"
# Prepositions before a country someone or something came from ("uit Marokko").
# Articles between a preposition and a country ("vers la France").
ARTICLES = r"de|het"
ORIGIN = r"uit|vanuit|van"
COUNTRY_ALIASES = {"Engeland": "GB", "Groot-Brittannië": "GB", "Holland": "NL"}
AGENCY_COUNTRIES = {
    "Koninklijke Marechaussee": "NL",
    "FIOD": "NL",
    "Nationale Politie": "NL",
    "federale politie": "BE",
    "federaal parket": "BE",
}
# Words that deny the action the next few words report ("werd niet aangehouden").
NEGATORS = r"niet|geen|nooit|niemand|zonder"
CLAUSE_BREAKS = r"[,;:]|\bmaar\b|\ben\b|\bof\b|\bdie\b|\bdat\b"
