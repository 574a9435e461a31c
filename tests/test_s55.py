"""Readings added in session 55. A test named for a new reading reads a sentence with the
switch on, then checks the old reading comes back with it off; a test named for what stays
checks a reading the new one must leave alone. The sentences are written for these tests,
not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import events, extraction, normalize, places, rules
from enforcement_events.extraction import event_count
from enforcement_events.schema import EventType as T

from .conftest import one_sentence_event, rule_net_switched_off


# L432: an ISO 4217 code written right before "$"
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The magistrate ordered fines totalling PGK$4200 for each crew.", [(4200.0, "PGK")]),
        ("Each trader paid FJD$1,500 to the court.", [(1500.0, "FJD")]),
        ("The boat owner was fined SBD$20,000 on Monday.", [(20000.0, "SBD")]),
        ("Bail was set at USD $7,500 for each of them.", [(7500.0, "USD")]),
    ],
)
def test_a_currency_code_before_the_dollar_sign_names_the_money(monkeypatch, sentence, expected):
    assert normalize.money_in(sentence, "AU") == expected
    monkeypatch.setattr(normalize, "CODE_BEFORE_SIGN", False)
    assert normalize.money_in(sentence, "AU") == [(expected[0][0], "AUD")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # capitals that are no currency's code: the dollar of where it happened
        ("A fine of ABC$300 was set.", [(300.0, "AUD")]),
        # a word, a space or a prefix of letters before the code: not read
        ("He paid THE $900 bond.", [(900.0, "AUD")]),
        ("They paid XPGK$50 each.", [(50.0, "AUD")]),
        # the prefixes read before stay as they were
        ("The court fined him US$5,000.", [(5000.0, "USD")]),
        ("Officers found NZ$12,000 in the car.", [(12000.0, "NZD")]),
    ],
)
def test_capitals_before_the_dollar_sign_that_name_no_currency_are_left(sentence, expected):
    assert normalize.money_in(sentence, "AU") == expected


# L434: a list of bodies' names is no list of people
@pytest.mark.parametrize(
    "sentence",
    [
        "The Lae National and District Court convicted one captain of unlicensed fishing.",
        "The Border Force and Coast Guard arrested a man at the harbour.",
        "The Metropolitan Police and Crown Prosecution Service charged a driver on Monday.",
    ],
)
def test_a_list_of_bodies_names_counts_no_people(monkeypatch, sentence):
    type_ = next(t for t in (T.CONVICTION, T.ARREST, T.CHARGE) if t.value[:4] in sentence)
    assert event_count(type_, None, sentence, []) == 1
    monkeypatch.setattr(extraction, "NAMES_NOT_BODIES_EN", False)
    assert event_count(type_, None, sentence, []) == 2


@pytest.mark.parametrize(
    ("sentence", "type_", "expected"),
    [
        ("The court convicted Mara Olsen and Pieter Vann of fraud on Tuesday.", T.CONVICTION, 2),
        # a surname that is a body's word, after a given name: a person
        ("A jury convicted Helen Court and Omar Ward of forgery.", T.CONVICTION, 2),
        ("Detectives arrested Tom Port, Ali Rahimi and Sue Guard on Monday.", T.ARREST, 3),
        # a name opened by "The" inside the list is no body
        ("Officers charged Ana Ruiz, Leo Brandt and The Hague resident Tim Holm.", T.CHARGE, 3),
    ],
)
def test_a_list_of_peoples_names_still_counts_them(sentence, type_, expected):
    assert event_count(type_, None, sentence, []) == expected


# L435: the goods a stopped vehicle carries are no count of the interception
@pytest.mark.parametrize(
    ("sentence", "said", "expected"),
    [
        # the vehicles that carry it count
        ("A freighter loaded with 45,000 bags of sugar was intercepted near the strait.", 45000, 1),
        ("A truck carrying 900 boxes of cigarettes was intercepted at the checkpoint.", 900, 1),
        ("Two lorries carrying 1,300 cartons of tea were intercepted on the highway.", 1300, 2),
        ("Patrols intercepted a tanker containing 30,000 litres of diesel.", 30000, 1),
        # not those who stopped it
        ("Three navy ships intercepted a dhow loaded with 700 sacks of charcoal.", 700, 1),
    ],
)
def test_goods_carried_are_no_count_of_an_interception(monkeypatch, sentence, said, expected):
    assert event_count(T.INTERCEPTION, said, sentence, []) == expected
    monkeypatch.setattr(extraction, "GOODS_NOT_INTERCEPTED_EN", False)
    assert event_count(T.INTERCEPTION, said, sentence, []) == said


@pytest.mark.parametrize(
    ("sentence", "said", "expected"),
    [
        # people carried are counted
        ("Patrols intercepted a dinghy carrying 31 migrants off the cape.", 31, 31),
        # vehicles counted are the interception's count when no people are told
        ("Officers intercepted three lorries loaded with 800 crates of beer.", 3, 3),
        # people beside the goods a van carries are counted
        ("Police intercepted 6 men in a van carrying 200 cartons of cigarettes.", 6, 6),
        # people carried, whatever they are called, are no cargo
        ("The navy intercepted a trawler carrying 14 fishermen off the reef.", 14, 14),
        ("A fishing boat carrying 22 Rohingya was intercepted near the island.", 22, 22),
    ],
)
def test_people_and_vehicles_stopped_are_still_counted(sentence, said, expected):
    assert event_count(T.INTERCEPTION, said, sentence, []) == expected


# L437: charges someone "is facing" were brought
@pytest.mark.parametrize(
    "sentence",
    [
        "Three Ottawa women are facing charges for fraud and forgery.",
        "The driver is now facing several charges under the Customs Act.",
        "Okafor faces additional charges of money laundering.",
        "Two teenagers face charges of robbery after the raid.",
    ],
)
def test_charges_someone_is_facing_are_brought(monkeypatch, sentence):
    assert not rules.is_hypothetical(sentence)
    monkeypatch.setattr(rules, "FACING_CHARGES_EN", False)
    assert rules.is_hypothetical(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew could be facing smuggling charges, officials said.",
        "The fugitive will face charges once he lands in Toronto.",
        "The woman was flown back to face charges of theft.",
        "He faces deportation to Chile.",
        "The man is facing charges and faces deportation to Peru.",
        # told of someone named before: as background, or again with a pronoun
        "Okafor, who was facing fraud charges in Lagos, had fled to Ghana.",
        "They are facing charges of breaching the curfew.",
        # hedged, denied, of no one, of anyone, asked, or on a condition
        "The cyclist is facing possible charges after the collision.",
        "The shop owner faces no charges over the fire.",
        "Nobody is facing charges over the stampede yet.",
        "Anyone found selling fireworks faces charges, police warned.",
        "It is not known whether the driver is facing charges.",
        "The suspect faces charges in Canada if he is extradited.",
    ],
)
def test_charges_or_actions_still_to_come_stay_possible(sentence):
    assert rules.is_hypothetical(sentence)


# L438: Spanish, the term "a las penas de" passes, far after the court's verb
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ambos fueron condenados como responsables de un delito de contrabando de tabaco, "
            "con la agravante de reincidencia, a las penas de dos años y una multa de 9.000 euros.",
            {T.SENTENCE, T.FINANCIAL_PENALTY},
        ),
        (
            "El juzgado condenó ayer en Cáceres, tras una vista con varios testigos y dos "
            "peritos de la defensa, a la acusada a la pena de ocho meses de prisión.",
            {T.SENTENCE},
        ),
        (
            "Los tres fueron condenados, como autores de un delito contra la salud pública "
            "con la agravante de reincidencia, a la pena de cuatro años.",
            {T.SENTENCE},
        ),
    ],
)
def test_a_term_passed_far_after_the_verb_is_read_in_spanish(
    monkeypatch, fresh_rules, sentence, expected
):
    assert expected <= set(rules.rule_types(sentence, "es"))
    rule_net_switched_off(monkeypatch, "PENALTY_FAR_ES")
    assert not expected & set(rules.rule_types(sentence, "es"))


@pytest.mark.parametrize(
    "sentence",
    [
        # asked for, not passed
        "La fiscalía pide que sean condenados por blanqueo, con la agravante de "
        "reincidencia y de organización, a la pena de siete años.",
        # what the law sets for an offence they were not convicted of
        "No fueron condenados por el delito de estafa, que la ley castiga con la pena de cuatro años.",
        # a day-fine or a disqualification is no term
        "La mujer fue condenada, como autora de un delito leve de hurto en un supermercado, "
        "a la pena de multa de tres meses con una cuota diaria de seis euros.",
        "El exalcalde fue condenado por prevaricación en la adjudicación de las obras del "
        "puerto a la pena de inhabilitación especial de siete años.",
        # a penalty faced again, not passed
        "Condenado en 2019 por un robo con fuerza en un bar de Vigo, el acusado se enfrenta "
        "ahora, según la acusación, a la pena de seis años.",
    ],
)
def test_a_term_asked_for_or_set_by_law_is_not_read_in_spanish(sentence):
    assert T.SENTENCE not in rules.rule_types(sentence, "es")


# L439: a country's name that is a given name, before a surname
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Jordan Whitaker was arrested at the port on Friday.", "en"),
        ("Officers charged Chad Okoro with theft.", "en"),
        ("Maurizio Benedetti è stato arrestato ieri sera.", "it"),
        ("Maurice Lefèvre a été interpellé samedi.", "fr"),
        ("Jordan K. Ellis, 31, was charged with burglary.", "en"),
        ("Maurizio Di Stefano è stato fermato a Bari.", "it"),
        ("Mauricio Ortega fue detenido ayer por la tarde.", "es"),
        ("Israel Gómez Peña fue detenido ayer.", "es"),
    ],
)
def test_a_given_name_before_a_surname_is_no_country(monkeypatch, sentence, lang):
    found = (
        (lambda: normalize.countries_in(sentence))
        if lang == "en"
        else (lambda: normalize.intl_countries_in(sentence, lang))
    )
    assert found() == []
    monkeypatch.setattr(normalize, "GIVEN_NAME_COUNTRIES", False)
    normalize._country_pattern.cache_clear()
    normalize._intl_country_pattern.cache_clear()
    try:
        assert found() != []
    finally:
        monkeypatch.undo()
        normalize._country_pattern.cache_clear()
        normalize._intl_country_pattern.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Two men were arrested in Jordan on Monday.", "en", ["JO"]),
        ("Jordan Police said three were held.", "en", ["JO"]),
        ("Jordan Seizes Tonnes Of Captagon At Border", "en", ["JO"]),
        ("Due uomini sono stati arrestati a Mauritius.", "it", ["MU"]),
        ("Un homme a été arrêté à Maurice, selon la police.", "fr", ["MU"]),
        # after a place's preposition, the country, whatever follows
        ("Four men were arrested in Jordan Tuesday, officials said.", "en", ["JO"]),
        ("In Israel Palestinian workers were detained at a checkpoint.", "en", ["IL"]),
        ("Laut Polizei wurden in Israel Drogen und Waffen sichergestellt.", "de", ["IL"]),
        # a body or a word that is no surname
        ("Jordan Army patrols stopped a truck.", "en", ["JO"]),
    ],
)
def test_a_country_named_as_a_place_stays(sentence, lang, expected):
    found = (
        normalize.countries_in(sentence)
        if lang == "en"
        else normalize.intl_countries_in(sentence, lang)
    )
    assert found == expected


# L440: Italian, an escort to the border the police went ahead with
@pytest.mark.parametrize(
    "sentence",
    [
        "Gli agenti della Questura di Pavia hanno proceduto all'accompagnamento alla frontiera "
        "di un cittadino albanese di 31 anni.",
        "Ieri mattina la polizia ha proceduto all’accompagnamento in frontiera di un tunisino.",
    ],
)
def test_an_escort_the_police_proceeded_with_is_a_removal_in_italian(
    monkeypatch, fresh_rules, sentence
):
    assert T.DEPORTATION in rules.rule_types(sentence, "it")
    rule_net_switched_off(monkeypatch, "ESCORT_PROCEEDED_IT")
    assert T.DEPORTATION not in rules.rule_types(sentence, "it")


@pytest.mark.parametrize(
    "sentence",
    [
        "La Questura procederà all'accompagnamento alla frontiera nei prossimi giorni.",
        "La polizia non ha proceduto all'accompagnamento in frontiera per un ricorso.",
    ],
)
def test_an_escort_to_come_or_not_made_is_no_removal_in_italian(sentence):
    assert T.DEPORTATION not in rules.rule_types(sentence, "it")


# L441: a town named as an authority is
@pytest.mark.parametrize(
    ("text", "prepositions"),
    [
        ("L'extradition a suivi une coopération Police à Police entre les deux pays.", "à|au|en"),
        ("The handover followed talks from Police to Police at the border.", "in|at|to"),
    ],
)
def test_a_town_named_as_an_authority_is_no_town(monkeypatch, text, prepositions):
    assert places.town_counts(text, prepositions) == {}
    monkeypatch.setattr(places, "TOWN_NOT_AUTHORITY", False)
    assert places.town_counts(text, prepositions) == {"PL": 1}


def test_a_town_that_is_no_authority_stays():
    assert places.town_counts("Il a été interpellé à Lille mardi.", "à|au|en") == {"FR": 1}


# L442: contraband "secured" in the passive is seized
@pytest.mark.parametrize(
    "sentence",
    [
        "In all, about 40,000 packs of cigarettes without excise stamps were secured.",
        "Nearly 3 kg of cocaine and 12,000 euros in cash were secured by the officers.",
    ],
)
def test_contraband_secured_is_seized(monkeypatch, fresh_rules, sentence):
    assert T.SEIZURE in rules.rule_types(sentence)
    rule_net_switched_off(monkeypatch, "GOODS_SECURED_EN")
    assert T.SEIZURE not in rules.rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The scene was secured while forensic officers worked.",
        "The building was secured by armed officers overnight.",
        "The suspect was secured in the back of the van.",
    ],
)
def test_a_place_or_a_person_secured_is_no_seizure(sentence):
    assert T.SEIZURE not in rules.rule_types(sentence)


# L444: Italian, someone put through a search
@pytest.mark.parametrize(
    "sentence",
    [
        "Il 40enne è stato sottoposto a perquisizione domiciliare dai carabinieri.",
        "Entrambi sono stati sottoposti a una perquisizione personale.",
    ],
)
def test_someone_put_through_a_search_is_a_search_in_italian(monkeypatch, fresh_rules, sentence):
    assert T.SEARCH in rules.rule_types(sentence, "it")
    rule_net_switched_off(monkeypatch, "SUBJECTED_SEARCH_IT")
    assert T.SEARCH not in rules.rule_types(sentence, "it")


@pytest.mark.parametrize(
    "sentence",
    [
        "L'uomo non è stato sottoposto a perquisizione.",
        "Il giovane sarà sottoposto a perquisizione nei prossimi giorni.",
    ],
)
def test_a_search_not_made_or_to_come_is_none_in_italian(sentence):
    assert T.SEARCH not in rules.rule_types(sentence, "it")


# L445: people listed each with an age in brackets
@pytest.mark.parametrize(
    ("sentence", "type_", "expected"),
    [
        ("D. (34) and K.L. (51) were arrested at the border crossing.", T.ARREST, 2),
        (
            "Anna Berg (29), Omar Said (33) and Lea Holt (41) were charged with fraud.",
            T.CHARGE,
            3,
        ),
        ("A man (19) and a woman (22) were detained after the raid.", T.ARREST, 2),
    ],
)
def test_people_listed_with_ages_in_brackets_are_counted(monkeypatch, sentence, type_, expected):
    event = one_sentence_event(type_, sentence)
    events.one_told([event])
    assert event.count == expected
    monkeypatch.setattr(events, "PEOPLE_LISTED_EN", False)
    event = one_sentence_event(type_, sentence)
    events.one_told([event])
    assert event.count is None


@pytest.mark.parametrize(
    "sentence",
    [
        # one person, or paragraphs of a law
        "Jonas Weber (38) was arrested on Tuesday.",
        "He was charged under section 5 (2) and section 7 (1) of the Act.",
    ],
)
def test_one_age_or_a_laws_paragraphs_count_no_list(sentence):
    assert events._aged_in_brackets(sentence) is None
