"""Readings added in session 51 (L388, L390, L391, L392, L393). A test named for a new reading reads a sentence with
the switch on, then checks the old reading comes back with it off; a test named for what
stays checks a reading the new one must leave alone. The sentences are written for these
tests, not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import rules
from enforcement_events.extraction import _ruled_reported
from enforcement_events.schema import EventType as T
from enforcement_events.text import Segment

from .conftest import rule_net_switched_off


def _reported(sentence: str, lang: str = "en") -> list[T]:
    """The rule net's types for ``sentence`` as the pipeline reports them."""
    return _ruled_reported(
        Segment(0, len(sentence), sentence), rules.rule_types(sentence, lang), lang
    )


# L388: a raid told done by its noun or its gerund is a search
@pytest.mark.parametrize(
    "sentence",
    [
        "Officers recovered two pistols in a raid carried out on Friday at a house in Westside.",
        "The second raid was made at a farm outside the town.",
        "The first and second raids were conducted at two flats on Mill Lane.",
        "Cannabis and cash were found during two separate house raids.",
        "Police arrested three men after raiding the depot on Canal Road.",
        "The raid was conducted by the drugs squad at a flat in Eastbrook.",
        "In another raid, officers found a loaded rifle under a bed in Kinsale.",
        "Raids held in three villages on Monday led to 11 arrests.",
        # the active, the plural with the places counted, the relative, the gerund counted
        "Customs officers mounted a raid on a warehouse near the harbour.",
        "Officers seized 2kg of heroin during raids on four addresses.",
        "The raid, which was carried out at 6am at a farm near Deeton, led to two arrests.",
        "Raids are being carried out at homes across the borough this morning.",
        "Detectives arrested five men after raiding 9 homes in the valley.",
        # a police raid in which someone died is still a search
        "A suspect was killed in a police raid on a flat in Eastfield.",
    ],
)
def test_raid_told_done_is_a_search(monkeypatch, sentence):
    assert T.SEARCH in _reported(sentence)
    monkeypatch.setattr(rules, "RAID_TOLD_EN", False)
    assert T.SEARCH not in _reported(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # planned, prepared, or still to come
        "Detectives were preparing for a raid when the suspect fled.",
        "The agency plans raids on unlicensed bars next month.",
        "A raid on the compound is planned for next week.",
        "Police could carry out a raid at any time.",
        "Officers will conduct raids in the area if the complaints go on.",
        # denied
        "The lawyer said the raid was not conducted lawfully.",
        # from the air: no premises searched
        "Two civilians were killed in an air raid on the village.",
        "The depot was destroyed in a drone raid overnight.",
        # a headline's summary of the operations a report goes on to tell
        "Heroin seized in separate police raids",
        # the word in another sense
        "The team made a late raid into the penalty area.",
        # by robbers, armed groups or soldiers
        "Three men were jailed for a raid carried out on a jewellery shop in 2021.",
        "The court heard the gang stole cash in a ram raid on a cash machine.",
        "Gunmen abducted 14 farmers in a raid on the settlement.",
        "Several soldiers died in a commando raid on the rebel camp.",
        # planned, to come, asked about, or not done
        "Police plan to arrest the suspects in a raid next month.",
        "Was a raid carried out on the journalist's flat?",
        "Officers will be raiding the homes of suspected dealers next week.",
        "The minister denied raiding the offices of the newspaper.",
        "Raids are carried out every week in the district, the mayor claimed.",
        "The raid team held a press conference on Monday.",
        # no place raided: a vehicle or a person, which is no search
        "Officers seized cash from a motorcyclist during a raid on Tuesday.",
    ],
)
def test_raids_not_done_or_not_searches_stay_unread(sentence):
    assert T.SEARCH not in _reported(sentence)


# L390: a sum in a named country's dollars is that dollar, and the name is no place
@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The court fined him 20,000 U.S. dollars.", [(20000.0, "USD")]),
        ("She paid a fine of 7,500 US dollars.", [(7500.0, "USD")]),
        ("Bail was set at 15,000 Singapore dollars.", [(15000.0, "SGD")]),
        ("Cash worth 1.2 million Australian dollars was seized.", [(1200000.0, "AUD")]),
        ("The vessel's owner was fined 80,000 New Zealand dollars.", [(80000.0, "NZD")]),
        ("He forfeited 3,000 Trinidad and Tobago dollars.", [(3000.0, "TTD")]),
        ("A penalty of 45,000 Hong Kong dollars was imposed.", [(45000.0, "HKD")]),
        # a capitalised scale in a headline, a dollar named otherwise than its country
        ("Customs Seize 3 Million Singapore Dollars in Cash", [(3000000.0, "SGD")]),
        ("The captain was fined 6,000 EC dollars.", [(6000.0, "XCD")]),
        ("A bond of 2,500 Fijian dollars was posted.", [(2500.0, "FJD")]),
    ],
)
def test_named_dollars_are_that_countrys_money(monkeypatch, text, money):
    from enforcement_events import normalize

    assert normalize.money_in(text, "KH") == money
    monkeypatch.setattr(normalize, "NAMED_DOLLARS_EN", False)
    assert normalize.money_in(text, "KH") == []


@pytest.mark.parametrize(
    "text",
    [
        "The court in Phnom Penh fined him 20,000 U.S. dollars.",
        "Officers in Hamilton seized jewellery and U.S. currency.",
        "Police in Suva seized 4,000 New Zealand dollars in cash.",
    ],
)
def test_a_dollars_country_is_no_place(monkeypatch, text):
    from enforcement_events import normalize

    assert normalize.countries_in(text) == []
    monkeypatch.setattr(normalize, "NAMED_DOLLARS_EN", False)
    assert normalize.countries_in(text) != []


@pytest.mark.parametrize(
    ("text", "money", "countries"),
    [
        # a capitalised word that names no country nor dollar: not money
        ("The club paid 40 Founders dollars in tokens.", [], []),
        # the country as a place beside the money stays a place
        ("He was extradited to the U.S. and fined 5,000 dollars.", [(5000.0, "USD")], ["US"]),
        ("Police in Singapore seized 9,000 dollars.", [(9000.0, "SGD")], ["SG"]),
        # a sum after a sign is read once
        ("He was extradited to the U.S. over $8,000 U.S. dollars.", [(8000.0, "USD")], ["US"]),
        # a country that ends a sentence before one that opens with "Currency"
        ("The man was deported to the U.S. Currency was also seized.", [], ["US"]),
    ],
)
def test_places_and_plain_dollars_stay(text, money, countries):
    from enforcement_events import normalize

    assert normalize.money_in(text, countries[0] if countries else None) == money
    assert normalize.countries_in(text) == countries


# L391: Italian escorts to the border by more of their names are a removal
@pytest.mark.parametrize(
    "sentence",
    [
        "La Questura di Verona ha eseguito 3 accompagnamenti coatti alla frontiera in una settimana.",
        "Nel mese di marzo sono stati effettuati 12 accompagnamenti in frontiera.",
        "La Polizia ha eseguito l'accompagnamento coattivo alla frontiera di un 40enne.",
        "La polizia ha eseguito due accompagnamenti coatti alla frontiera per stranieri irregolari.",
        "Sono 7 accompagnamenti forzati alla frontiera quelli disposti dal Questore.",
    ],
)
def test_escorts_to_the_border_are_a_removal(monkeypatch, fresh_rules, sentence):
    assert T.DEPORTATION in _reported(sentence, "it")
    assert rules.has_word_for(T.DEPORTATION, sentence, "it")
    rule_net_switched_off(monkeypatch, "ESCORTS_ABROAD_IT")
    assert T.DEPORTATION not in _reported(sentence, "it")


@pytest.mark.parametrize(
    "sentence",
    [
        # to come, not done, or a service, not an escort carried out
        "L'accompagnamento alla frontiera è previsto per la prossima settimana.",
        "Il giudice non ha convalidato l'accompagnamento alla frontiera.",
        "Il servizio di accompagnamento in frontiera è stato potenziato.",
        # an escort to a place inside the country: no removal
        "Sono stati eseguiti 4 accompagnamenti in questura per accertamenti.",
        # foreseen, asked for, not carried out, or a year and not a count
        "Per il mese prossimo sono previsti 5 accompagnamenti alla frontiera.",
        "Non sono stati eseguiti accompagnamenti alla frontiera nel periodo estivo.",
        "Nel 2019 accompagnamenti alla frontiera in calo del 10 per cento.",
    ],
)
def test_escorts_not_carried_out_abroad_stay_unread(sentence):
    assert T.DEPORTATION not in _reported(sentence, "it")


# L392: Belgian Dutch words for stopping are words for an interception
@pytest.mark.parametrize(
    "sentence",
    [
        "De politie intercepteerde zondag een bestelwagen met zes inzittenden.",
        "De vrachtwagen werd geïntercepteerd op de E17 bij Kortrijk.",
        "De interceptie van de wagen gebeurde aan de grens.",
        "De federale politie kon de auto klemrijden op de ring.",
    ],
)
def test_belgian_words_for_stopping_are_interception_words(monkeypatch, sentence):
    assert rules.has_word_for(T.INTERCEPTION, sentence, "nl")
    monkeypatch.setattr(rules, "INTERCEPTED_BE_NL", False)
    assert not rules.has_word_for(T.INTERCEPTION, sentence, "nl")


def test_dutch_sentences_with_no_stop_stay_without_interception_words():
    for sentence in (
        "De man werd in Gent voorgeleid aan de onderzoeksrechter.",
        "De rechter sprak de beklaagde vrij.",
    ):
        assert not rules.has_word_for(T.INTERCEPTION, sentence, "nl")


# L393: a national police force's bare name names no country
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Selon la Police nationale, trois suspects ont été interpellés au marché."),
        ("fr", "La gendarmerie nationale a saisi 40 kilos de chanvre indien."),
        ("es", "Agentes de la Policía Nacional detuvieron a cuatro hombres en el puerto."),
        ("es", "La Gendarmería Nacional incautó 200 kilos de marihuana en la ruta."),
    ],
)
def test_a_national_forces_bare_name_names_no_country(monkeypatch, lang, sentence):
    from enforcement_events import normalize

    assert normalize.intl_countries_in(sentence, lang) == []
    monkeypatch.setattr(normalize, "NATIONAL_FORCE_NAMELESS_INTL", False)
    assert normalize.intl_countries_in(sentence, lang) != []


@pytest.mark.parametrize(
    ("lang", "sentence", "countries"),
    [
        # the name goes on with its country
        ("fr", "La police nationale du Togo a interpellé deux passeurs.", ["TG"]),
        ("es", "La Policía Nacional del Perú capturó a tres personas.", ["PE"]),
        # one country's body alone has the name
        ("es", "La Audiencia Nacional condenó a tres hombres.", ["ES"]),
        ("fr", "Le parquet national financier a ouvert une enquête.", ["FR"]),
        ("nl", "De Nationale Politie heeft twee verdachten aangehouden.", ["NL"]),
    ],
)
def test_national_bodies_with_a_country_stay_placed(lang, sentence, countries):
    from enforcement_events import normalize

    assert normalize.intl_countries_in(sentence, lang) == countries


@pytest.mark.parametrize(
    "sentence",
    [
        "Detectives seized 30 grams of cocaine in a raid on a pub in the old quarter.",
        "During a raid on a massage parlour, officers arrested two managers.",
    ],
)
def test_raids_on_more_kinds_of_place_are_searches(sentence):
    assert T.SEARCH in _reported(sentence)


def test_a_place_far_from_the_raid_does_not_make_it_a_search():
    sentence = (
        "Officers seized 2,000 dollars from the driver in a raid on a lorry late on Friday "
        "evening, according to a short statement released by the county's press office."
    )
    assert T.SEARCH not in _reported(sentence)


# L394: a German town's adjective before a body places the text in the town's country
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Die Linzer Polizei hat am Montag zwei Männer festgenommen.", "AT"),
        ("Die Grazer Staatsanwaltschaft hat Anklage gegen drei Männer erhoben.", "AT"),
        ("Das Berner Strafgericht verurteilte den Mann zu drei Jahren Haft.", "CH"),
    ],
)
def test_a_towns_adjective_before_a_body_places_the_text(monkeypatch, text, country):
    from enforcement_events import events

    events._doc_country.cache_clear()
    assert events._doc_country(text, "de") == [country]
    monkeypatch.setattr(events, "TOWN_ADJECTIVE_DE", False)
    events._doc_country.cache_clear()
    assert events._doc_country(text, "de") != [country]
    events._doc_country.cache_clear()


def test_an_adjective_that_is_no_town_places_nothing():
    from enforcement_events import events

    # "Schweizer" is a country's adjective, "Hinweisgeber" no town's
    text = "Die Schweizer Polizei und ein Hinweisgeber Gericht nannten keinen Ort."
    assert not events._town_adjective_countries(text, "")
