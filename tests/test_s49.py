"""Readings added in session 49 (from L377). A test named for a new reading reads a
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


# L378: contraband found, counted and told by its name
@pytest.mark.parametrize(
    "sentence",
    [
        "Rangers searching the shed found 14 bales of dagga under a tarpaulin.",
        "The officers discovered 2,400 packs of smuggled cigarettes in the spare-tyre well.",
        "With a sniffer dog, officers uncovered several wraps of kush behind a loose brick.",
        "The team recovered 60 bundles of khat from a canoe on the lake shore.",
        "Customs staff found 300 strips of tramadol sewn into the lining of a coat.",
        "Twenty sachets of shabu were found hidden in a cigarette box.",
        "Three parcels of Indian hemp were discovered behind the church.",
        "A search of the hut revealed fourteen bags of ganja.",
        "Officers recovered thirty-five wraps of heroin from the drain.",
        "Troopers found a sack of dagga in the boot of the taxi.",
        "Bundles of khat were found under the seats of the minibus.",
    ],
)
def test_contraband_found_by_name_is_a_seizure(fresh_rules, monkeypatch, sentence):
    assert T.SEIZURE in rules.rule_types(sentence, "en")
    monkeypatch.setattr(rules, "CONTRABAND_FOUND_EN", False)
    rules._rules.cache_clear()
    assert T.SEIZURE not in rules.rule_types(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        # the goods told again, uncounted: the seizure told before
        "Officers searched the trailer and found the drugs behind the seats.",
        # people found, or found guilty
        "The magistrate found the two men guilty of dealing in dagga.",
        "The magistrate found two men guilty of dealing in dagga.",
        "Officers discovered 14 people smoking ganja in a derelict house.",
        "Investigators found two of the suspects selling khat outside the school.",
        # findings, not goods
        "Researchers found 40 percent of teenagers had tried kush.",
        "The report found 12 deaths linked to tramadol.",
        "Rangers found 2 laboratories producing methamphetamine.",
        "Detectives discovered 2 meth labs in the suburb.",
        # negated, or a town's name
        "Officers never found 20 bags of dagga.",
        "In Ganja, two bodies were found near the railway.",
        "Traces of codeine were found in her blood.",
        "After a raid on a ganja farm, a body was found in the river.",
        "The driver was found carrying 12 wraps of heroin.",
        "He faces two counts of being found with 40 sachets of khat.",
        # the drug names a crime or a case
        "Detectives uncovered 3 cocaine trafficking rings in the port.",
        "The audit found 12 narcotics cases had been closed without trial.",
        # nothing found
        "Officers found no cigarettes in the lorry.",
    ],
)
def test_contraband_not_found_stays_unread(sentence):
    assert T.SEIZURE not in rules.rule_types(sentence, "en")


# L379 and L380: two seizures of a two-sentence document, merged or not
def _two_seizures(first: str, again: str, published=None):
    from enforcement_events.events import merge_events

    doc = f"{first} {again}"
    a = one_sentence_event(T.SEIZURE, first, doc=doc, start=0, published=published)
    b = one_sentence_event(T.SEIZURE, again, doc=doc, start=len(first) + 1, published=published)
    return merge_events([a, b], text=doc)


# L379 and L380: goods named again, as a seizure's object ("seized the heroin") or as
# goods a participle calls seized ("the seized heroin"), are the seizure told before
@pytest.mark.parametrize(
    ("switch", "first", "again"),
    [
        (
            "GOODS_BACK_OBJECT",
            "A search of the van found 9,000 cigarettes under the floor.",
            "Border officials confiscated the cigarettes and fined the driver.",
        ),
        (
            "GOODS_BACK_OBJECT",
            "Divers found 60 packets of heroin strapped to the hull.",
            "Navy officers seized the heroin and arrested the crew.",
        ),
        (
            "GOODS_BACK_OBJECT",
            "Officers found 300 cartons of whisky in the warehouse.",
            "Officers impounded the goods under section 12 of the customs law.",
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
        # a number before the goods: a seizure of its own
        (
            "Officers found 9,000 cigarettes in a van.",
            "Officers then seized the 40 kilograms of cocaine found in the hold.",
        ),
        # goods told for the first time, without an article
        ("Officers found 9,000 cigarettes in a van.", "Officers seized cash from the shop."),
        # goods not named before
        (
            "Police seized 600 grams of cannabis from a car.",
            "Officers seized the cigarettes and cancelled the licence.",
        ),
        # another seizure in so many words
        (
            "Customs officers seized 3 million cigarettes from a lorry.",
            "In a separate operation, officers seized the cigarettes hidden in a container.",
        ),
        # the goods' noun only names something else
        (
            "Police seized 40,000 dollars in cash from a flat.",
            "Police impounded the cash machine and its contents.",
        ),
    ],
)
def test_goods_seized_anew_stand_alone(first, again):
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
