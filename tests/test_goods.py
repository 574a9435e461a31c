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
