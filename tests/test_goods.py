"""Goods counted in a seizure's sentence (events.goods_counted) and kept when one seizure
is told twice. Sentences written for these tests."""

import pytest

from enforcement_events.events import goods_counted, merge_events
from enforcement_events.schema import EventType

from .conftest import one_sentence_event


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Inspectors seized 314 counterfeit handbags and 12 laptops at the depot.",
            "en",
            [("counterfeit handbags", 314), ("laptops", 12)],
        ),
        ("Agents found nine hunting rifles in the loft.", "en", [("hunting rifles", 9)]),
        ("They found 85 ‘Blue Star’ pills.", "en", [("blue star pills", 85)]),
        (
            "Customs seized 3,150 vape pens from a van.",
            "en",
            [("vape pens", 3150)],
        ),
        ("Les douaniers ont saisi 4.200 paquets de tabac.", "fr", [("paquets", 4200)]),
        ("Die Fahnder stellten 75 Mobiltelefone sicher.", "de", [("mobiltelefone", 75)]),
        ("La policía intervino 18 motocicletas robadas.", "es", [("motocicletas robadas", 18)]),
        ("Sono stati sequestrati 250 orologi contraffatti.", "it", [("orologi contraffatti", 250)]),
        ("De douane nam 60 vuurwapens in beslag.", "nl", [("vuurwapens", 60)]),
    ],
    ids=["two-kinds", "number-word", "quoted", "thousands", "fr", "de", "es", "it", "nl"],
)
def test_a_number_before_goods_counts_them(text, lang, expected):
    assert [(what, n) for _, what, n in goods_counted(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officers seized 14 kilograms of heroin and £6,000 in cash.", "en"),
        ("The 41-year-old driver and 3 passengers were held for 48 hours.", "en"),
        ("Police made two large seizures on 9 March 2031.", "en"),
        ("In 12 cases officers seized drugs, 20 per cent more than in 2030.", "en"),
        ("Die Polizei stellte 30 Kilogramm Kokain und 5.000 Euro sicher.", "de"),
        ("Les gendarmes ont saisi 12 kilos de résine en 3 jours.", "fr"),
    ],
    ids=[
        "weight-and-sum",
        "people-age-time",
        "actions-and-date",
        "cases-percent-year",
        "de-weight-sum",
        "fr-weight-days",
    ],
)
def test_weights_sums_people_times_and_actions_count_no_goods(text, lang):
    assert goods_counted(text, lang) == []


def test_one_seizure_told_twice_keeps_the_goods_each_telling_names():
    first = "Border officers seized 40 counterfeit phones at the harbour on Tuesday."
    again = "The seizure also included 6 tablets and £9,000 in cash."
    doc = f"{first} {again}"
    merged = merge_events(
        [
            one_sentence_event(EventType.SEIZURE, first, doc=doc),
            one_sentence_event(EventType.SEIZURE, again, doc=doc, start=len(first) + 1),
        ],
        text=doc,
    )
    assert len(merged) == 1
    items = merged[0].items
    assert {(i.what, i.quantity) for i in items if i.quantity} == {
        ("counterfeit phones", 40),
        ("tablets", 6),
    }
    assert [(i.amount, i.currency) for i in items if i.amount] == [(9000, "GBP")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Also in May, one Latvian and three Moldovan nationals were arrested with 2 vans.", "en"),
        ("Officers arrested 4 migrants and seized 2 vans.", "en"),
        ("La police a interpellé 4 migrants et saisi 2 camionnettes.", "fr"),
    ],
    ids=["nationality", "people-en", "people-fr"],
)
def test_people_counted_are_not_goods(text, lang):
    from enforcement_events.events import goods_counted

    assert [(what, n) for _, what, n in goods_counted(text, lang)] in (
        [("vans", 2)],
        [("camionnettes", 2)],
    )


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Coastguards found 14 foreigners and 3 jerrycans in the dinghy.", "en", 14),
        ("La gendarmerie a contrôlé 6 étrangers et saisi 2 voitures.", "fr", 6),
        ("Die Bundespolizei griff 11 Ausländer und 2 Transporter auf.", "de", 11),
        ("La policía localizó a 9 extranjeros y 2 furgonetas.", "es", 9),
        ("I carabinieri hanno fermato 5 stranieri con 3 auto.", "it", 5),
        ("De marechaussee trof 7 vreemdelingen en 2 busjes aan.", "nl", 7),
    ],
    ids=["en", "fr", "de", "es", "it", "nl"],
)
def test_foreigners_are_people_not_goods(monkeypatch, text, lang, people):
    """PEOPLE_MORE: "14 foreigners" are people counted, not 14 goods called foreigners;
    with the switch off they were read as goods."""
    from enforcement_events import events

    assert events.people_count(text, lang) == people
    assert people not in [n for _, _, n in goods_counted(text, lang)]
    monkeypatch.setattr(events, "PEOPLE_MORE", False)
    events._goods_re.cache_clear()
    try:
        assert people in [n for _, _, n in goods_counted(text, lang)]
    finally:
        monkeypatch.undo()
        events._goods_re.cache_clear()


def _three_sentences(first: str, middle: str, last: str) -> tuple[str, list]:
    doc = f"{first} {middle} {last}"
    at = len(first) + len(middle) + 2
    return doc, [
        one_sentence_event(EventType.SEIZURE, first, doc=doc),
        one_sentence_event(EventType.SEIZURE, last, doc=doc, start=at),
    ]


@pytest.mark.parametrize(
    ("first", "last", "joined"),
    [
        (
            "Officers seized heroin worth £40,000 at a garage in Hull on Monday.",
            "The £40,000 of heroin seized on Monday was hidden in a tyre.",
            True,
        ),
        (
            "Officers seized 40 counterfeit phones at a garage in Hull on Monday.",
            "The 40 counterfeit phones seized on Monday were hidden in tyres.",
            True,
        ),
        (
            "Officers seized heroin worth £40,000 at a garage in Hull on Monday.",
            "In a separate case in June, £15,000 of cannabis was seized in Leeds.",
            False,
        ),
    ],
    ids=["same-sum", "same-number-of-goods", "other-sum"],
)
def test_a_seizure_told_twice_with_the_same_goods_is_one(first, last, joined):
    doc, tellings = _three_sentences(first, "Two men were arrested at the scene.", last)
    merged = merge_events(tellings, text=doc)
    assert len(merged) == (1 if joined else 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives seized 4.5kg of heroin at the flat.", [("heroin", 4.5)]),
        ("Officers found 750 grams of cocaine in the boot.", [("cocaine", 0.75)]),
        ("The ship carried 3 tons of cannabis resin.", [("cannabis", 3000.0)]),
        ("Customs found 22 pounds of methamphetamine.", [("methamphetamine", 9.979032)]),
        ("Police seized 8 kg of the drug.", [("goods", 8.0)]),
        # pounds with no goods after them are money, not a weight
        ("Officers seized 300 pounds in cash.", []),
    ],
)
def test_weights_are_read_with_the_goods_they_weigh(text, expected):
    from enforcement_events.events import weights_in

    assert [(i.what, i.weight_kg) for i in weights_in(text)] == expected


def test_a_number_joined_to_a_models_letters_counts_nothing():
    from enforcement_events.events import _items

    items = _items("Police seized six guns, among them an AK-47 rifle and an M-16.")
    assert [(i.what, i.quantity) for i in items if i.quantity] == [("guns", 6)]


def test_one_thing_seized_named_with_a_or_one_is_a_quantity_of_one():
    from enforcement_events.events import _items

    items = _items("Officers seized a loaded revolver, one silver laptop and 30 cartridges.")
    assert ("loaded revolver", 1) in [(i.what, i.quantity) for i in items]
    assert ("silver laptop", 1) in [(i.what, i.quantity) for i in items]
    # "a car of ...", "a number of phones": no thing counted one
    assert not [i for i in _items("They found a car of the gang.") if i.quantity == 1]
    assert not [i for i in _items("They found a number of phones.") if i.quantity == 1]


@pytest.mark.parametrize(
    ("vehicle", "goods", "joined"),
    [
        (
            "The pair were driving a blue pick-up, which was impounded at the checkpoint.",
            "Inside it officers seized 90 cartons of untaxed cigarettes.",
            True,
        ),
        (
            "Their fishing boat was also seized by the coastguard.",
            "Officers seized 12 kilograms of cocaine from the hold.",
            True,
        ),
        # two finds of goods, each with its own quantity: two seizures
        (
            "Officers seized 30 cartons of cigarettes at the border crossing.",
            "Officers seized 12 kilograms of cocaine at the ferry port.",
            False,
        ),
    ],
    ids=["vehicle-then-goods", "boat-then-goods", "two-finds"],
)
def test_a_conveyance_seized_beside_its_load_is_one_seizure(monkeypatch, vehicle, goods, joined):
    """CONVEYANCE_JOINS_EN: the vehicle or vessel seized in the sentence next to the goods
    it carried is part of that seizure; with the switch off they stay two."""
    from enforcement_events import events

    doc = f"{vehicle} {goods}"

    def merged() -> int:
        return len(
            merge_events(
                [
                    one_sentence_event(EventType.SEIZURE, vehicle, doc=doc),
                    one_sentence_event(EventType.SEIZURE, goods, doc=doc, start=len(vehicle) + 1),
                ],
                text=doc,
            )
        )

    assert merged() == (1 if joined else 2)
    if joined:
        monkeypatch.setattr(events, "CONVEYANCE_JOINS_EN", False)
        assert merged() == 2


@pytest.mark.parametrize(
    ("text", "lang", "kg"),
    [
        ("La douane a saisi 350 kilogrammes de résine au péage.", "fr", 350.0),
        ("Der Zoll stellte zwölf Kilogramm Heroin sicher.", "de", 12.0),
        ("Los agentes intervinieron 1.250 kilos de hachís en la playa.", "es", 1250.0),
        ("I finanzieri hanno sequestrato 80 grammi di cocaina.", "it", 0.08),
        ("De douane onderschepte 2,5 ton cocaïne in de haven.", "nl", 2500.0),
    ],
    ids=["fr", "de-words", "es-thousands", "it-grams", "nl-tonnes"],
)
def test_weights_are_read_in_the_five_languages(text, lang, kg):
    """WEIGHTS_INTL: a weight in each language, number words and the continental
    thousands point included, in kilograms."""
    from enforcement_events.events import weights_in_intl

    assert [i.weight_kg for i in weights_in_intl(text, lang)] == [kg]


def test_one_seizure_told_twice_with_its_weight_is_one_in_french(monkeypatch):
    """The same weight told twice is one seizure (SAME_GOODS); before WEIGHTS_INTL the
    five languages read no weight and the two tellings stayed two seizures."""
    from enforcement_events import events

    first = "Les douaniers ont saisi 350 kilogrammes de résine de cannabis lundi."
    again = "Au total, 350 kilogrammes de résine ont été saisis dans la remorque."
    doc = f"{first}\n\nLe chauffeur a pris la fuite.\n\n{again}"

    def merged() -> int:
        return len(
            merge_events(
                [
                    one_sentence_event(EventType.SEIZURE, first, doc=doc, lang="fr"),
                    one_sentence_event(
                        EventType.SEIZURE, again, doc=doc, start=doc.index(again), lang="fr"
                    ),
                ],
                text=doc,
                lang="fr",
            )
        )

    assert merged() == 1
    monkeypatch.setattr(events, "WEIGHTS_INTL", False)
    # with no weight read, the later telling names no goods of its own, which joins it too
    # (SEIZURE_TOLD_AGAIN_INTL, session 53): off as well, to see what the weights do
    monkeypatch.setattr(events, "SEIZURE_TOLD_AGAIN_INTL", False)
    assert merged() == 2


@pytest.mark.parametrize(
    ("sentence", "lang", "count", "listed"),
    [
        ("Les gendarmes ont procédé à l'arrestation de trois hommes et une femme.", "fr", 4, True),
        ("La Policía Nacional ha detenido a 4 hombres, 2 mujeres y 1 menor.", "es", 7, True),
        ("I carabinieri hanno arrestato 2 uomini e 1 donna al porto.", "it", 3, True),
        # no list: the one number stands
        ("Les gendarmes ont procédé à l'arrestation de trois hommes.", "fr", 3, False),
    ],
    ids=["fr", "es-three-parts", "it", "no-list"],
)
def test_people_listed_after_the_action_are_summed(monkeypatch, sentence, lang, count, listed):
    """LISTED_OBJECT_INTL: "l'arrestation de trois hommes et une femme" counts four; with
    the switch off, only the first part was counted."""
    from enforcement_events import events
    from enforcement_events.schema import EventType as T

    assert events.own_number(T.ARREST, sentence, lang) == count
    monkeypatch.setattr(events, "LISTED_OBJECT_INTL", False)
    assert (events.own_number(T.ARREST, sentence, lang) != count) is listed


@pytest.mark.parametrize(
    ("sentence", "lang", "count", "summed"),
    [
        ("La policía detuvo a tres sospechosos, un peruano y dos bolivianos.", "es", 3, 6),
        ("Les douaniers ont interpellé 4 passeurs, 1 Français et 3 Belges.", "fr", 4, 8),
        # parts that do not add up to the first number are all counted
        ("La Guardia Civil detuvo a 2 hombres, 2 mujeres y 1 menor.", "es", 5, 5),
    ],
    ids=["es-total-then-parts", "fr-total-then-parts", "es-parts-only"],
)
def test_a_total_told_with_its_parts_counts_the_total(monkeypatch, sentence, lang, count, summed):
    """TOTAL_THEN_PARTS: "a tres sospechosos, un peruano y dos bolivianos" counts three, not
    six; with the switch off the total and its parts were summed."""
    from enforcement_events import events
    from enforcement_events.schema import EventType as T

    assert events.own_number(T.ARREST, sentence, lang) == count
    monkeypatch.setattr(events, "TOTAL_THEN_PARTS", False)
    assert events.own_number(T.ARREST, sentence, lang) == summed


@pytest.mark.parametrize(
    ("sentence", "lang", "held_in"),
    [
        (
            "De twaalf opvarenden zijn op Aruba overgedragen aan de vreemdelingenpolitie en "
            "worden volgende week teruggestuurd naar Colombia.",
            "nl",
            "AW",
        ),
        (
            "Die Männer wurden in Abschiebehaft in Deutschland genommen und sollen nach "
            "Albanien abgeschoben werden.",
            "de",
            "DE",
        ),
    ],
    ids=["nl-sent-back", "de-to-be-deported"],
)
def test_where_a_removal_sends_people_is_not_where_they_are_held(
    monkeypatch, sentence, lang, held_in
):
    """REMOVAL_DESTINATION_INTL: the country people are to be sent to is not where their
    detention took place; with the switch off it was read as that place."""
    from enforcement_events import events
    from enforcement_events.schema import EventType as T

    held = one_sentence_event(T.DETENTION, sentence, lang=lang)
    assert held.country == [held_in]
    monkeypatch.setattr(events, "REMOVAL_DESTINATION_INTL", False)
    assert one_sentence_event(T.DETENTION, sentence, lang=lang).country != [held_in]


def test_a_count_with_comma_thousands_is_whole(monkeypatch):
    """COMMA_THOUSANDS_COUNT: "deportó a 1,375 personas" counts 1375 people, not 1.375;
    with the switch off no count was read."""
    from enforcement_events import events
    from enforcement_events.schema import EventType as T

    sentence = "Migración deportó a 1,375 personas durante la semana."
    assert events.own_number(T.DEPORTATION, sentence, "es") == 1375
    monkeypatch.setattr(events, "COMMA_THOUSANDS_COUNT", False)
    assert events.own_number(T.DEPORTATION, sentence, "es") != 1375
