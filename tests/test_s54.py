"""Readings added in session 54. A test named for a new reading reads a sentence with the
switch on, then checks the old reading comes back with it off; a test named for what stays
checks a reading the new one must leave alone. The sentences are written for these tests,
not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import events, extraction, normalize, rules
from enforcement_events.extraction import event_count
from enforcement_events.schema import EventType as T

from .conftest import one_sentence_event, rule_net_switched_off


# L414: a sum in a named country's currency that is no dollar
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The court fined the firm 2 million Egyptian pounds on Sunday.", [(2e6, "EGP")]),
        ("Police found 300 million Vietnamese dong in the safe.", [(3e8, "VND")]),
        ("Each trader paid 450,000 Philippine pesos in penalties.", [(450000.0, "PHP")]),
        ("Agents recovered 5 million Pakistani rupees from the car.", [(5e6, "PKR")]),
        ("A fine of 12,000 Kenyan shillings was imposed.", [(12000.0, "KES")]),
        ("The smugglers carried 40 million Indonesian rupiah in cash.", [(4e7, "IDR")]),
    ],
)
def test_a_sum_in_a_named_countrys_currency_is_money(monkeypatch, sentence, expected):
    assert normalize.money_in(sentence) == expected
    monkeypatch.setattr(normalize, "NAMED_CURRENCY_EN", False)
    assert normalize.money_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a currency that is not the named country's own: no reading
        ("He paid 4,000 Egyptian dollars to the broker.", []),
        ("The bag held 700 Brazilian pounds of rice.", []),
        # a sum with no name between stays as it was read
        ("Officers seized 90 million dong and a motorbike.", [(9e7, "VND")]),
        # a conversion beside it is its own sum
        ("Fined 1 million Egyptian pounds ($20,000).", [(1e6, "EGP"), (20000.0, "USD")]),
    ],
)
def test_a_named_currency_that_is_not_the_countrys_own_is_not_read(sentence, expected):
    assert normalize.money_in(sentence) == expected


# L416: a vehicle "detained" is no one arrested
@pytest.mark.parametrize(
    "sentence",
    [
        "The cartons were seized and a van involved was also detained for examination.",
        "Customs officers seized 200 cartons of cigarettes and detained the lorry at the port.",
        "The cocaine was confiscated and the fishing trawler was detained off the coast.",
    ],
)
def test_a_vehicle_detained_is_no_arrest(monkeypatch, fresh_rules, sentence):
    assert rules.supported_type(T.ARREST, sentence) is None
    assert T.ARREST not in rules.rule_types(sentence)
    rule_net_switched_off(monkeypatch, "VEHICLE_NOT_ARRESTED_EN")
    assert rules.supported_type(T.ARREST, sentence) is T.ARREST


@pytest.mark.parametrize(
    "sentence",
    [
        # a person detained beside the vehicle
        "The driver was detained and the lorry was impounded.",
        "Officers detained a minibus carrying 14 migrants near the border.",
        "The vessel was detained and its captain was arrested.",
    ],
)
def test_people_detained_beside_a_vehicle_stay_arrested(sentence):
    assert rules.supported_type(T.ARREST, sentence) is T.ARREST


def test_a_vessel_held_with_no_seizure_told_stays_stopped():
    sentence = "A fishing trawler was detained off the coast on Monday."
    assert rules.supported_type(T.DETENTION, sentence) is T.DETENTION
    assert rules.seized_if_goods(T.DETENTION, sentence) is T.INTERCEPTION


# L417: the least the law allows is no sentence passed
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Für bewaffneten Handel liegt die Mindeststrafe bei sechs Jahren Haft.", "de"),
        ("Pour ces faits, la peine plancher est de quatre ans de prison.", "fr"),
        ("La pena mínima por este delito es de seis años de prisión.", "es"),
        ("Per questo reato la pena minima è di sette anni di reclusione.", "it"),
        ("Voor dit feit geldt een minimumstraf van vier jaar cel.", "nl"),
        ("The offence carries a mandatory minimum of ten years in prison.", "en"),
    ],
)
def test_the_least_the_law_allows_is_no_sentence_passed(monkeypatch, sentence, lang):
    assert rules.is_maximum(T.SENTENCE, sentence, lang)
    monkeypatch.setattr(rules, "MINIMUM_IS_LAW", False)
    assert not rules.is_maximum(T.SENTENCE, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # a sentence passed, however it compares with the minimum
        ("Der Mann wurde zu sechs Jahren Haft verurteilt, der Mindeststrafe.", "de"),
        ("He was sentenced to the mandatory minimum of ten years.", "en"),
    ],
)
def test_a_sentence_passed_at_the_minimum_stays(sentence, lang):
    assert not rules.is_maximum(T.SENTENCE, sentence, lang)


# L418: an inmate is no word for an arrest or people held
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Un detenuto albanese è stato accompagnato alla frontiera di Bari.", "it"),
        ("Gli agenti hanno scortato i detenuti del penitenziario al tribunale.", "it"),
        ("Un détenu de la maison d'arrêt a été expulsé vers la Tunisie.", "fr"),
        ("Les détenus ont été transférés vers un autre établissement.", "fr"),
    ],
)
def test_an_inmate_is_no_word_for_an_arrest_or_people_held(monkeypatch, sentence, lang):
    assert not rules.has_word_for(T.DETENTION, sentence, lang)
    assert not rules.has_word_for(T.ARREST, sentence, lang)
    monkeypatch.setattr(rules, "INMATE_NOUN_INTL", False)
    assert rules.has_word_for(T.DETENTION, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        ("Tre migranti sono stati detenuti per due giorni a Lampedusa.", "it", T.DETENTION),
        ("Les deux hommes sont détenus à Fresnes depuis lundi.", "fr", T.ARREST),
        ("Il a été placé en détention provisoire mardi.", "fr", T.ARREST),
        ("La détention du passeur a été prolongée.", "fr", T.DETENTION),
    ],
)
def test_people_held_stay_held(sentence, lang, type_):
    assert rules.has_word_for(type_, sentence, lang)


# L420: one action and another, the other's noun left out, are two
@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        ("Les gendarmes ont mené une perquisition à Rodez et une autre à Millau.", "fr", T.SEARCH),
        ("La Guardia Civil hizo un registro en Ourense y otro en Ferrol.", "es", T.SEARCH),
        ("Un giovane è stato arrestato a Pescara e un altro a Chieti.", "it", T.ARREST),
        ("Ein Verdächtiger wurde in Gera festgenommen und ein weiterer in Suhl.", "de", T.ARREST),
        ("Een verdachte werd in Tiel aangehouden en een tweede in Culemborg.", "nl", T.ARREST),
    ],
)
def test_one_and_another_are_two(monkeypatch, sentence, lang, type_):
    assert event_count(type_, None, sentence, [], lang) == 2
    monkeypatch.setattr(extraction, "ONE_AND_ANOTHER", False)
    assert event_count(type_, None, sentence, [], lang) != 2


@pytest.mark.parametrize(
    ("sentence", "lang", "type_", "expected"),
    [
        # another with a noun of its own is someone else, not a second arrest
        ("Un homme a été interpellé et une autre personne a été entendue.", "fr", T.ARREST, 1),
        # "another" that is no action's: a thing named with its own noun
        ("Se registró una vivienda en Vigo y otra casa quedó precintada.", "es", T.SEARCH, 1),
    ],
)
def test_another_with_its_own_noun_or_beside_a_count_stays(sentence, lang, type_, expected):
    assert event_count(type_, None, sentence, [], lang) == expected


# L424: a question tells no action
@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        ("Which goods were confiscated?", "en", T.SEIZURE),
        ("¿Cuántas personas fueron detenidas?", "es", T.ARREST),
        ("Wer wurde festgenommen?", "de", T.ARREST),
    ],
)
def test_a_question_tells_no_action(monkeypatch, sentence, lang, type_):
    assert extraction._not_reported(type_, sentence, None, lang) is not None
    monkeypatch.setattr(extraction, "QUESTION_NOT_TOLD", False)
    assert extraction._not_reported(type_, sentence, None, lang) is None


def test_the_rule_net_reads_no_action_in_a_question(monkeypatch):
    from enforcement_events.text import Segment

    sentence = "How many suspects were arrested?"
    seg = Segment(0, len(sentence), sentence)
    ruled = rules.rule_types(sentence)
    assert T.ARREST in ruled
    assert extraction._ruled_reported(seg, ruled, "en") == []
    monkeypatch.setattr(extraction, "QUESTION_NOT_TOLD", False)
    assert T.ARREST in extraction._ruled_reported(seg, ruled, "en")


def test_an_action_told_beside_a_question_mark_inside_stays():
    sentence = 'Officers arrested a man who shouted "why me?" at them, police said.'
    assert extraction._not_reported(T.ARREST, sentence, None, "en") is None


# L425: "held on to" holds no one
def test_held_on_to_is_no_arrest(monkeypatch):
    sentence = "The minister held on to her post after the reshuffle."
    assert not rules.has_word_for(T.ARREST, sentence)
    monkeypatch.setattr(rules, "HELD_ON_TO_EN", False)
    assert rules.has_word_for(T.ARREST, sentence)


def test_held_on_a_charge_stays_an_arrest():
    assert rules.has_word_for(T.ARREST, "The driver was held on suspicion of smuggling.")


# L426: a number before the action's plural noun counts it
@pytest.mark.parametrize(
    ("sentence", "type_", "expected"),
    [
        ("Officers made 312 arrests during the week-long campaign.", T.ARREST, 312),
        ("The crackdown led to sixty arrests in the capital.", T.ARREST, 60),
        ("The policy resulted in 2,400 deportations last year.", T.DEPORTATION, 2400),
    ],
)
def test_a_number_before_the_actions_noun_counts_it(monkeypatch, sentence, type_, expected):
    assert event_count(type_, None, sentence, []) == expected
    monkeypatch.setattr(extraction, "NUMBERED_NOUN_COUNT_EN", False)
    assert event_count(type_, None, sentence, []) != expected


@pytest.mark.parametrize(
    ("sentence", "type_", "expected"),
    [
        # a count told by the clause's own subject stands
        ("Nine men were held in 3 raids on Tuesday.", T.ARREST, 9),
        # raids are not premises searched: no count from them
        ("Officers took part in 3 raids across the county.", T.SEARCH, None),
        # two numbers before the noun: no guess
        ("Police made 4 arrests in May and 6 arrests in June.", T.ARREST, None),
    ],
)
def test_a_count_told_otherwise_stands(sentence, type_, expected):
    assert event_count(type_, None, sentence, []) == expected


# L427: a country in brackets after a town of provenance is an origin
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Les douaniers ont interpellé un voyageur en provenance de Lomé (Togo) via "
            "Casablanca (Maroc) à l'aéroport.",
            "fr",
        ),
        ("Los agentes detuvieron a un pasajero procedente de Caracas (Venezuela).", "es"),
        ("Fermato un corriere proveniente da Accra (Ghana) con la droga.", "it"),
        ("Ein Reisender aus Abuja (Nigeria) wurde am Flughafen festgenommen.", "de"),
    ],
)
def test_a_country_after_a_town_of_provenance_is_an_origin(monkeypatch, sentence, lang):
    assert normalize.intl_countries_in(sentence, lang, origin=False) == []
    monkeypatch.setattr(normalize, "TOWN_ORIGIN_INTL", False)
    assert normalize.intl_countries_in(sentence, lang, origin=False) != []


@pytest.mark.parametrize(
    ("sentence", "lang", "code"),
    [
        # a town's country in brackets with no word of provenance: the place
        ("La police de Dakar (Sénégal) a saisi deux kilos de cocaïne.", "fr", "SN"),
        ("Detenido en Cúcuta (Colombia) un hombre buscado.", "es", "CO"),
    ],
)
def test_a_town_country_with_no_provenance_stays_a_place(sentence, lang, code):
    assert normalize.intl_countries_in(sentence, lang, origin=False) == [code]


# L428: people taken to a police detention centre are held
@pytest.mark.parametrize(
    "sentence",
    [
        "Die Beamten brachten die acht Afghanen in das Polizeianhaltezentrum Wien.",
        "Der Lenker wurde in das Anhaltezentrum Vordernberg eingeliefert.",
    ],
)
def test_people_taken_to_a_police_detention_centre_are_held(monkeypatch, fresh_rules, sentence):
    assert T.DETENTION in rules.rule_types(sentence, "de")
    rule_net_switched_off(monkeypatch, "CUSTODY_CENTRE_DE")
    assert T.DETENTION not in rules.rule_types(sentence, "de")
    assert not rules.has_word_for(T.DETENTION, sentence, "de")


def test_a_detention_centre_named_alone_holds_no_one(fresh_rules):
    sentence = "Das Polizeianhaltezentrum in Linz wird im Sommer renoviert."
    assert T.DETENTION not in rules.rule_types(sentence, "de")


# L429: the country of who asked for an arrest is not where it happened
@pytest.mark.parametrize(
    ("sentence", "lang", "code", "asked"),
    [
        (
            "Un homme a été interpellé à Dakar à la demande des autorités françaises.",
            "fr",
            "SN",
            "FR",
        ),
        (
            "Ein Mann wurde in Wien auf Ersuchen der deutschen Behörden festgenommen.",
            "de",
            "AT",
            "DE",
        ),
        (
            "Un uomo è stato arrestato a Napoli su richiesta delle autorità belghe.",
            "it",
            "IT",
            "BE",
        ),
    ],
)
def test_the_requesters_country_is_not_the_place(monkeypatch, sentence, lang, code, asked):
    assert one_sentence_event(T.ARREST, sentence, lang=lang).country == [code]
    monkeypatch.setattr(events, "REQUESTER_NOT_PLACE_INTL", False)
    assert asked in one_sentence_event(T.ARREST, sentence, lang=lang).country


def test_the_requesters_country_stays_for_a_removal():
    sentence = "Le suspect a été extradé vers la Belgique à la demande des autorités belges."
    assert "BE" in one_sentence_event(T.EXTRADITION, sentence, lang="fr").country


# After the review of L414, L416, L417, L418 and L420 (sentences of the reviewer's kind,
# written for these tests)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2014 Egyptian pounds lost a third of their value.", []),
        ("The court fined him 250,000 Saudi riyals.", [(250000.0, "SAR")]),
        ("Officers found 60,000 Jordanian dinars in a bag.", [(60000.0, "JOD")]),
        ("He paid 45,000 Swedish kronor in fines.", [(45000.0, "SEK")]),
        ("A fine of 80,000 Moldovan lei was imposed.", [(80000.0, "MDL")]),
    ],
)
def test_named_currencies_after_review(sentence, expected):
    assert normalize.money_in(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The trawler's skipper was detained and the boat was towed to port.",
        "Officers detained the van's owner near the depot.",
        "Police detained a suspected car thief on Monday.",
    ],
)
def test_a_person_named_by_a_vehicle_stays_arrested(sentence):
    assert rules.supported_type(T.ARREST, sentence) is T.ARREST


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The judge imposed the mandatory minimum of seven years.", "en"),
        ("Der Angeklagte erhielt die Mindeststrafe von zwei Jahren.", "de"),
        ("Il a écopé de la peine plancher de quatre ans.", "fr"),
        ("Hij kreeg de minimumstraf van drie jaar cel.", "nl"),
    ],
)
def test_a_minimum_passed_is_a_sentence_passed(sentence, lang):
    assert not rules.is_maximum(T.SENTENCE, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Una detenuta romena è stata rimpatriata ieri.", "it"),
        ("Due detenuti hanno protestato per il cibo.", "it"),
        ("Plusieurs détenus ont été transférés à Fresnes.", "fr"),
    ],
)
def test_more_inmates_after_review(sentence, lang):
    assert not rules.has_word_for(T.DETENTION, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        # the other one fled or is elsewhere: one held
        ("Un voleur a été interpellé et un autre en fuite est recherché.", "fr", T.ARREST),
        ("Un ragazzo è stato arrestato e un altro a piede libero.", "it", T.ARREST),
        ("Ein Mann wurde festgenommen und ein anderer am Bahnhof verletzt.", "de", T.ARREST),
        # the other is a search, not an arrest
        (
            "Un homme a été interpellé après une perquisition à Nîmes et une autre à Alès.",
            "fr",
            T.ARREST,
        ),
    ],
)
def test_another_who_is_not_held_or_another_action_is_not_counted(sentence, lang, type_):
    assert event_count(type_, None, sentence, [], lang) in (None, 1)


# L430: "those apprehended" point back
@pytest.mark.parametrize(
    "sentence",
    [
        "Those apprehended were taken to the central station for questioning.",
        "The nabbed suspects face trial next month.",
    ],
)
def test_those_apprehended_point_back(monkeypatch, sentence):
    assert rules.is_back_reference(T.ARREST, sentence)
    monkeypatch.setattr(rules, "APPREHENDED_BACK_EN", False)
    assert not rules.is_back_reference(T.ARREST, sentence)


def test_people_apprehended_in_the_sentence_are_reported():
    assert not rules.is_back_reference(T.ARREST, "Officers apprehended the two suspects.")
