"""Readings added in session 49 (L377, L380). A test named for a new reading reads a
sentence with the switch on, then checks the old reading comes back with it off; a test
named for what stays checks a reading the new one must leave alone. The sentences are
written for these tests, not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import rules
from enforcement_events.schema import EventType as T

from .conftest import one_sentence_event


# L377: migrants an arrest holds are a detention, even when the word is "arrest"
@pytest.mark.parametrize(
    "sentence",
    [
        "Border police arrested 41 irregular migrants near the river crossing on Sunday.",
        "Coastguards arrest 12 migrants off the southern coast",
        "Officers arrested nine undocumented migrants hiding in a warehouse.",
        "The patrol caught three Eritrean illegal immigrants walking along the railway line.",
        "Troopers arrested eleven people who were staying illegally in the country.",
        "Inspectors arrested 26 foreign nationals without valid work permits at the farm.",
        "Police said that twenty-two illegal immigrants were arrested at the bus depot.",
        "After a chase, 14 illegal immigrants were detained by gendarmes near the fence.",
        "Agents rounded up 60 illegal aliens at a construction site.",
        "Twelve illegal immigrants were arrested and held in an immigration centre.",
        "Police arrested 15 people for illegal entry into the country.",
    ],
)
def test_migrants_arrested_are_a_detention(monkeypatch, sentence):
    assert rules.suspect_or_migrant(T.ARREST, sentence, "en") is T.DETENTION
    monkeypatch.setattr(rules, "MIGRANTS_HELD_EN", False)
    assert rules.suspect_or_migrant(T.ARREST, sentence, "en") is T.ARREST


@pytest.mark.parametrize(
    "sentence",
    [
        # the migrants are what the suspects smuggled, not whom the arrest holds
        "Police arrested two drivers transporting 30 migrants across the border.",
        "The men who guided 18 migrants over the mountains were arrested on Friday.",
        # the people held are the smugglers
        "Detectives arrested four migrant smugglers in a dawn raid.",
        "Officers arrested five members of a migrant smuggling ring.",
        # migrants held as suspects of another offence
        "Police arrested three migrants suspected of robbing a petrol station.",
        "Two asylum seekers were arrested on suspicion of arson.",
        # migrants named in the sentence, but not the ones held
        "Police arrested the man after the migrants complained to a charity.",
        # migrants held for an offence
        "Police arrested three migrants for shoplifting at a supermarket.",
        "Officers arrested four asylum seekers over a stabbing at the hostel.",
        "Two migrants were arrested and charged with assault.",
        "Police arrested 2 migrants wanted for murder in Greece.",
        "Gendarmes arrested two migrants who had been steering the boat.",
        "Border guards arrested 7 migrants using fake identity documents.",
        # other people held beside the migrants: the arrest is theirs
        "The driver and 30 migrants were arrested at the checkpoint.",
        "Coastguards arrested the skipper, and 40 migrants were detained.",
        "Police arrested 30 migrants and the driver of the lorry.",
        "Police arrested 12 migrants, including the boat's captain.",
        "Police arrested two men, while 12 migrants were detained.",
        # "migrant" before another noun
        "Police arrest migrant boat captain",
        "Police arrested five migrant workers for theft.",
        # caught by no one who enforces the law
        "Police arrested the driver after a storm caught 40 migrants at sea.",
        "Police said that migrants were caught on camera attacking a guard, and two men were arrested.",
        # entry or permits that are no migrant's
        "Police arrested two people without permits to carry firearms.",
        "Police arrested 15 people for illegal entry into the stadium.",
    ],
)
def test_arrests_that_stay_arrests(sentence):
    assert rules.suspect_or_migrant(T.ARREST, sentence, "en") is T.ARREST


# L380: two seizures of a two-sentence document, merged or not
def _two_seizures(first: str, again: str, published=None):
    from enforcement_events.events import merge_events

    doc = f"{first} {again}"
    a = one_sentence_event(T.SEIZURE, first, doc=doc, start=0, published=published)
    b = one_sentence_event(T.SEIZURE, again, doc=doc, start=len(first) + 1, published=published)
    return merge_events([a, b], text=doc)


# L380: goods a participle calls seized ("the seized heroin") are the seizure told before
@pytest.mark.parametrize(
    ("switch", "first", "again"),
    [
        (
            "GOODS_BACK_ADJECTIVE",
            "Officers found 300 cartons of whisky in the warehouse.",
            "Officers stored the seized goods under section 12 of the customs law.",
        ),
        (
            "GOODS_BACK_ADJECTIVE",
            "Divers found 60 packets of heroin strapped to the hull.",
            "Samples of the seized heroin were sent to a laboratory in the capital.",
        ),
        (
            "GOODS_BACK_ADJECTIVE",
            "Officers found 12 kilograms of cannabis in a horsebox.",
            "The driver was handed to detectives together with the confiscated drugs.",
        ),
    ],
)
def test_goods_named_again_are_the_seizure_told_before(monkeypatch, switch, first, again):
    from enforcement_events import events as ev

    assert len(_two_seizures(first, again)) == 1
    monkeypatch.setattr(ev, switch, False)
    assert len(_two_seizures(first, again)) == 2


@pytest.mark.parametrize(
    ("first", "again"),
    [
        # another seizure in so many words
        (
            "Officers found 12 kilograms of cannabis in a horsebox.",
            "In a separate raid, the seized drugs of another gang were burned.",
        ),
        # goods not named before
        (
            "Officers found 12 kilograms of cannabis in a horsebox.",
            "Samples of the seized cigarettes were sent to the tobacco firm.",
        ),
        # "the drugs" after goods that are no drug
        (
            "Wardens seized 9,000 cigarettes from a minibus.",
            "Wardens then seized the drugs and arrested the conductor.",
        ),
        # a yearly total, another raid, a date of its own
        (
            "Officers found 12 kilograms of cannabis in a horsebox.",
            "The force said the seized drugs this year weighed four tonnes.",
        ),
        (
            "Officers found 12 kilograms of cannabis in a horsebox.",
            "Detectives raided a farm and sent the seized cannabis for analysis.",
        ),
        (
            "Officers found 12 kilograms of cannabis in a horsebox.",
            "The force plans to burn the seized cannabis in June.",
        ),
        # the goods' noun only names a thing
        (
            "Officers found 4,000 dollars in cash in a horsebox.",
            "They dusted the seized cash register for fingerprints.",
        ),
    ],
)
def test_goods_called_seized_anew_stand_alone(first, again):
    assert len(_two_seizures(first, again)) == 2
