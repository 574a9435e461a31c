"""Readings added in session 51 (L388). A test named for a new reading reads a sentence with
the switch on, then checks the old reading comes back with it off; a test named for what
stays checks a reading the new one must leave alone. The sentences are written for these
tests, not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import rules
from enforcement_events.extraction import _ruled_reported
from enforcement_events.schema import EventType as T
from enforcement_events.text import Segment


def _reported(sentence: str) -> list[T]:
    """The rule net's types for ``sentence`` as the pipeline reports them."""
    return _ruled_reported(Segment(0, len(sentence), sentence), rules.rule_types(sentence), "en")


# L388: a raid told done by its noun or its gerund is a search
@pytest.mark.parametrize(
    "sentence",
    [
        "Officers recovered two pistols in a raid carried out on Friday at a house in Westside.",
        "The second raid was made at a farm outside the town.",
        "The first and second raids were conducted at two flats on Mill Lane.",
        "Cannabis and cash were found during two separate house raids.",
        "Police arrested three men after raiding the depot on Canal Road.",
        "The raid was conducted by the drugs squad at dawn.",
        "In another raid, officers found a loaded rifle under a bed.",
        "Raids held in three villages on Monday led to 11 arrests.",
        # the active, the plural with the places counted, the relative, the gerund counted
        "Customs officers mounted a raid on a warehouse near the harbour.",
        "Officers seized 2kg of heroin during raids on four addresses.",
        "The raid, which was carried out at 6am, led to two arrests.",
        "Raids are being carried out across the borough this morning.",
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
    ],
)
def test_places_and_plain_dollars_stay(text, money, countries):
    from enforcement_events import normalize

    assert normalize.money_in(text, countries[0] if countries else None) == money
    assert normalize.countries_in(text) == countries
