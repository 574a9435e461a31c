"""Readings added in session 50 (L381, L382, L383). A test named for a new reading reads a sentence
with the switch on, then checks the old reading comes back with it off; a test named for
what stays checks a reading the new one must leave alone. The sentences are written for
these tests, not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import rules
from enforcement_events.extraction import _names_nothing
from enforcement_events.schema import EventType as T

from .conftest import rule_net_switched_off


# L381: people checked where no vehicle, vessel, border or migrant is named name nothing an
# interception stops
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Bei der Schwerpunktaktion am Marktplatz kontrollierten die Beamten 45 Personen."),
        ("de", "Im Stadtpark wurden am Freitagabend 17 Personen überprüft."),
        ("de", "Insgesamt führte die Polizei rund 90 Personenkontrollen in der Altstadt durch."),
        ("fr", "Une quarantaine de personnes ont été contrôlées dans le quartier samedi soir."),
        ("fr", "Sur la place du marché, les agents ont contrôlé 70 personnes."),
        ("es", "Los agentes realizaron controles de identidad a 80 personas en la plaza mayor."),
        ("es", "Durante la noche fueron controladas 35 personas en los alrededores del parque."),
        ("it", "Nel corso del servizio sono state controllate 64 persone nel centro storico."),
        ("it", "I militari hanno effettuato controlli su 50 persone nei locali della movida."),
        ("nl", "De agenten hebben op het plein 30 personen gecontroleerd."),
        ("nl", "Tijdens de actie werden in het uitgaansgebied 120 personen gecontroleerd."),
    ],
)
def test_people_checked_name_no_interception(monkeypatch, lang, sentence):
    assert rules.people_checked(sentence, lang)
    assert _names_nothing(T.INTERCEPTION, sentence, lang)
    monkeypatch.setattr(rules, "PEOPLE_CHECKED_INTL", False)
    assert not rules.people_checked(sentence, lang)
    assert _names_nothing(T.INTERCEPTION, sentence, lang) is None


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a vehicle, a vessel, a driver or a road checked: SPEC's interception
        (
            "de",
            "Die Polizei kontrollierte auf der Autobahn einen Kleintransporter mit neun Personen.",
        ),
        ("de", "Bei einer Verkehrskontrolle wurden drei Personen überprüft."),
        ("de", "Die Beamten kontrollierten den Fahrer und seine zwei Begleiter."),
        ("fr", "Les gendarmes ont contrôlé un véhicule avec six personnes à bord."),
        ("fr", "Lors d'un contrôle routier, quatre personnes ont été contrôlées."),
        ("es", "En un control en la carretera fueron controladas doce personas."),
        ("es", "Los agentes controlaron la embarcación y a sus nueve ocupantes."),
        ("it", "Durante un controllo sono stati controllati il conducente e due passeggeri."),
        ("it", "Sono state controllate 40 persone al valico di confine."),
        ("nl", "Bij een verkeerscontrole werden vier personen gecontroleerd."),
        ("nl", "De marechaussee heeft aan de grens 25 personen gecontroleerd."),
        # a border or an airport: a crossing stopped
        ("de", "An der Grenze wurden 18 Personen kontrolliert."),
        ("fr", "Une vingtaine de personnes ont été contrôlées à l'aéroport."),
        # migrants checked: stopped on their way, whatever the case of the word
        ("de", "Im Park wurden zwölf Migranten kontrolliert."),
        ("fr", "Une dizaine de migrants ont été contrôlés près du canal."),
        ("nl", "Migranten gecontroleerd in het centrum: 14 personen meegenomen."),
        ("it", "Migranti, controllate 30 persone in piazza."),
        # compounds and other conveyances: a ferry, a train, a plane, a van
        ("nl", "Op de veerboot werden 60 personen gecontroleerd."),
        ("de", "In der S-Bahn wurden 25 Personen kontrolliert."),
        ("fr", "À bord du TGV, 40 personnes ont été contrôlées."),
        ("it", "Controllate 90 persone e 45 autovetture durante il servizio."),
        ("es", "Fueron controladas 200 personas en el puerto de Algeciras."),
        # another word for an interception beside the check
        ("de", "Bei einer Kontrolle hielten die Beamten einen Mann an."),
        ("fr", "Lors d'un contrôle, douze personnes ont été découvertes cachées."),
        ("it", "Durante un controllo è stato fermato un uomo di 40 anni."),
        ("es", "En un control fueron interceptados 14 hombres."),
        ("nl", "Bij een controle werden vier mensen aangetroffen."),
    ],
)
def test_checks_of_vehicles_crossings_or_migrants_stay_interceptions(lang, sentence):
    assert not rules.people_checked(sentence, lang)


@pytest.mark.parametrize(
    ("type_", "lang", "sentence"),
    [
        # English has no CHECKS: its interception words hold no check
        (T.INTERCEPTION, "en", "Officers checked 40 people in the park."),
        # only interceptions are read
        (T.ARREST, "de", "Im Park wurden 40 Personen kontrolliert und zwei festgenommen."),
        (T.SEARCH, "fr", "Une centaine de personnes ont été contrôlées."),
    ],
)
def test_people_checked_drops_only_interceptions_outside_english(type_, lang, sentence):
    assert _names_nothing(type_, sentence, lang) is None


def test_people_checked_beside_a_sum_are_no_seizure():
    """Read only for the model's interceptions: a check beside a sum or a weight is not made
    a seizure (GOODS_STOPPED reads names_no_interception, which people_checked leaves)."""
    sentence = (
        "Im Zuge der Kontrollen wurden 40 Personen überprüft und Strafen von 9.000 Euro verhängt."
    )
    assert rules.people_checked(sentence, "de")
    assert rules.seized_if_goods(T.INTERCEPTION, sentence, "de") is T.INTERCEPTION


# L382: people handed over with their name between, transferred, or given to a migration
# body are held as migrants
@pytest.mark.parametrize(
    "sentence",
    [
        "Officers handed the 23 migrants over to the national immigration service on Tuesday.",
        "The coastguard handed over the nine asylum seekers to the Department of Immigration.",
        "The group was later transferred to immigration authorities for processing.",
        "All 40 were handed over to the regional migration directorate.",
        "Police turned the men over to the Ministry of Immigration.",
        "After medical checks the passengers were transferred to the immigration police.",
        "Soldiers stopped the boat and handed its 30 passengers over to the Bureau of Immigration.",
    ],
)
def test_handed_to_immigration_more_is_a_detention(monkeypatch, sentence):
    assert T.DETENTION in rules.rule_types(sentence, "en")
    monkeypatch.setattr(rules, "TO_IMMIGRATION_MORE_EN", False)
    assert T.DETENTION not in rules.rule_types(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        # handed to a body that is not the immigration authorities
        "He was handed over to the Spanish police.",
        "The files were handed over to the prosecutor's office.",
        "The suspect was transferred to hospital.",
        # an immigration body that holds no one, or one whose investigators take suspects
        "The case was transferred to the immigration court in March.",
        "The fugitive was turned over to ICE's investigators in Virginia.",
        # a thing, a case or a post handed or transferred to an immigration body
        "The funds were transferred to the Department of Immigration in March.",
        "He handed over his passport to immigration officials at the airport.",
        "The investigation was handed over to the immigration police.",
        "Responsibility for visa processing was transferred to the Ministry of Immigration.",
        "The officer, who was transferred to the immigration department in 2019, denied it.",
        # immigration named, but not as where anyone was handed
        "The boat was handed over to the navy, and the crew told immigration officials their names.",
    ],
)
def test_handed_elsewhere_is_no_detention(sentence):
    assert T.DETENTION not in rules.rule_types(sentence, "en")


# L383: Italian people taken to a return centre by its other names, or escorts there told
# as a noun, are held
@pytest.mark.parametrize(
    "sentence",
    [
        "Il cittadino tunisino è stato trasferito presso il Centro per i rimpatri di Gradisca.",
        "La Questura ha eseguito 7 accompagnamenti di stranieri irregolari presso i Centri di "
        "permanenza per i rimpatri.",
        "Due cittadini algerini sono stati trasferiti presso il centro per rimpatri di Roma.",
        "L'uomo è stato portato al C.P.R. di Milano in attesa del volo.",
        "I due sono stati condotti presso i Centri per il rimpatrio di Bari e Brindisi.",
        "Il giovane è stato trasferito al Centro rimpatri di Potenza.",
    ],
)
def test_taken_to_a_return_centre_is_a_detention(fresh_rules, monkeypatch, sentence):
    assert T.DETENTION in rules.rule_types(sentence, "it")
    rule_net_switched_off(monkeypatch, "RETURN_CENTRES_IT")
    assert T.DETENTION not in rules.rule_types(sentence, "it")


@pytest.mark.parametrize(
    "sentence",
    [
        # a reception centre holds no one
        "Il cittadino tunisino è stato accompagnato presso il centro di accoglienza.",
        # the centre named, no one taken there
        "Il direttore del Centro per i rimpatri ha presentato una denuncia.",
        # denied, or only asked for
        "Non è stato trasferito al C.P.R. per mancanza di posti.",
        "Il questore ha chiesto di trasferirlo al centro per i rimpatri.",
        # an escort told as a noun that is not counted as done
        "Il giudice di pace non ha convalidato l'accompagnamento al CPR.",
        "L'accompagnamento al C.P.R. è previsto nei prossimi giorni.",
        "Il questore ha chiesto l'accompagnamento presso il Centro di permanenza per i rimpatri.",
        "Gli accompagnamenti presso i CPR previsti dal decreto partiranno a gennaio.",
        # things or visitors brought there, or someone moved elsewhere
        "La Caritas ha portato coperte e vestiti al C.P.R.",
        "Il Garante ha condotto una visita ispettiva presso il C.P.R. di Torino.",
        "Il detenuto è stato trasferito in carcere dopo la rivolta nel CPR di Torino.",
    ],
)
def test_return_centre_named_without_anyone_taken_is_no_detention(sentence):
    assert T.DETENTION not in rules.rule_types(sentence, "it")


# L384: more plurals that refer back take the count of the action told before
_BOAT = "The navy intercepted a wooden boat carrying 17 migrants off the coast."


def _two(second, first=_BOAT, type_=T.DETENTION, count_first=17):
    """An interception of 17 (``first``) and an uncounted action told after it."""
    from .conftest import one_sentence_event

    doc = f"{first} {second}"
    a = one_sentence_event(T.INTERCEPTION, first, doc=doc)
    a.count = count_first
    b = one_sentence_event(type_, second, doc=doc, start=len(first) + 1)
    b.count = None
    return a, b


@pytest.mark.parametrize(
    "second",
    [
        "The immigrants were handed over to immigration officers on Monday.",
        "These asylum-seekers were later taken to a reception centre.",
        "The illegals were held at the border post overnight.",
        "All were detained at the immigration centre in the capital.",
        "All have been medically assessed and detained pending interviews.",
        "All of the migrants were detained in the holding facility.",
    ],
)
def test_more_plurals_take_the_count_before(monkeypatch, second):
    from enforcement_events import events

    a, b = _two(second)
    events.counted_back([a, b], "en")
    assert b.count == 17
    a, b = _two(second)
    monkeypatch.setattr(events, "PLURAL_BACK_MORE", False)
    events.counted_back([a, b], "en")
    assert b.count is None


@pytest.mark.parametrize(
    "second",
    [
        # "all" that is not the subject of the action
        "Police said all possible steps were taken and one man was detained.",
        "Officers detained a woman who had all her documents forged.",
        # a different group, told as "other"
        "All other passengers were allowed to continue, and a man was detained.",
    ],
)
def test_all_that_refers_to_no_one_before_takes_no_count(second):
    from enforcement_events import events

    a, b = _two(second)
    events.counted_back([a, b], "en")
    assert b.count is None


# L385: English paragraphs of people rescued, pushed back or turned back go to the model
def _without_rescue_triggers(monkeypatch, read):
    """``read()`` with RESCUE_TRIGGERS_EN off; the cached triggers are rebuilt before and
    after."""
    from enforcement_events import selection

    monkeypatch.setattr(selection, "RESCUE_TRIGGERS_EN", False)
    selection.triggers.cache_clear()
    try:
        return read()
    finally:
        monkeypatch.undo()
        selection.triggers.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "The navy rescued 52 people from a sinking dinghy off the northern coast on Monday.",
        "Forty migrants were pushed back into neutral waters by a patrol boat overnight.",
        "A group of 15 people was turned back at the frontier post near the river.",
        "Coastguard crews carried out the rescue of 31 migrants east of the island.",
    ],
)
def test_rescued_or_pushed_back_paragraphs_are_read(monkeypatch, text):
    from enforcement_events import selection

    assert len(selection.select_passages(text)) == 1
    assert _without_rescue_triggers(monkeypatch, lambda: selection.select_passages(text)) == []


def test_rescue_switch_leaves_the_other_languages_triggers(monkeypatch):
    """The five other languages read rescues with their own triggers already: the switch
    changes none of them."""
    from enforcement_events import selection

    def patterns():
        return {lang: selection.triggers(lang).pattern for lang in ("fr", "de", "es", "it", "nl")}

    assert _without_rescue_triggers(monkeypatch, patterns) == patterns()


# L386: a text in one of the five languages that names no place after a preposition
def _doc_country_on_and_off(monkeypatch, text, lang):
    """The document's country with CURRENCY_HOME_INTL on, then off (its cache cleared
    around each reading)."""
    from enforcement_events import events

    events._doc_country.cache_clear()
    on = events._doc_country(text, lang)
    monkeypatch.setattr(events, "CURRENCY_HOME_INTL", False)
    events._doc_country.cache_clear()
    off = events._doc_country(text, lang)
    events._doc_country.cache_clear()
    return on, off


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("fr", "Les policiers ont saisi une somme de CHF 12'000.- et trois téléphones.", "CH"),
        ("it", "Gli agenti hanno sequestrato CHF 9'500 e due telefoni.", "CH"),
        ("de", "Die Beamten stellten CHF 8'000 und zwei Kilo Kokain sicher.", "CH"),
    ],
)
def test_no_place_read_the_country_of_the_money(monkeypatch, lang, text, country):
    on, off = _doc_country_on_and_off(monkeypatch, text, lang)
    assert on == [country]
    assert off != [country]


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        # euros and dollars tell no one country
        ("de", "Die Beamten stellten 8.000 Euro und zwei Kilo Kokain sicher.", "DE"),
        # a place after a preposition decides before any of this
        ("fr", "Les policiers ont saisi CHF 3'000 à Lyon.", "FR"),
        # a currency's name several countries' money share, or a word that is also one
        ("fr", "Les policiers ont saisi 20 000 francs belges et deux armes.", "FR"),
        ("es", "Le incautaron 300.000 pesos argentinos y un arma.", "ES"),
        ("fr", "Une amende de 40 000 dirhams émiratis a été prononcée.", "FR"),
        ("de", "Die Polizei nahm 3 Franken fest, die 8.000 Franken bei sich trugen.", "DE"),
    ],
)
def test_money_only_when_nothing_else_tells_and_its_code_is_written(
    monkeypatch, lang, text, country
):
    assert _doc_country_on_and_off(monkeypatch, text, lang) == ([country], [country])
