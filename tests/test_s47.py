"""Readings added in session 47 (from L367). A test named for a new reading reads a
sentence with the switch on, then checks the old reading comes back with it off; a test
named for what stays checks a reading the new one must leave alone. The sentences are
written for these tests, not copied or adapted from the labelled samples."""

from datetime import date

import pytest

from enforcement_events import events, extraction, rules
from enforcement_events.schema import EventType as T
from enforcement_events.schema import Usage


class _SaysNothing:
    """A model that reports no action, so only the rule net reads the text."""

    def complete(self, model, messages, max_tokens=0, context=None):
        return model(events=[]), Usage()

    def last_usage(self):
        return Usage()


def _searches(text: str, lang: str) -> list[tuple[int | None, str | None]]:
    found, _, _ = extraction.run_passages(_SaysNothing(), text, date(2024, 3, 8), lang=lang)
    return [(e.count, e.date) for e in found if e.type is T.SEARCH]


# L367: two searches on the same day, one counted and one not, are one operation
def test_searches_told_on_the_same_day_are_one(monkeypatch):
    text = (
        "Officers raided warehouses at Greyport and Millbrook on Tuesday. A driver was "
        "arrested. On Tuesday, nine warrants were executed."
    )
    assert _searches(text, "en") == [(9, "2024-03-05")]
    monkeypatch.setattr(events, "SEARCHES_SAME_DAY", False)
    assert _searches(text, "en") == [(None, "2024-03-05"), (9, "2024-03-05")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # other days
        (
            "en",
            "Officers raided warehouses at Greyport on Monday. A driver was arrested. "
            "On Tuesday, nine warrants were executed.",
        ),
        # dates guessed from the publication day, not told
        (
            "en",
            "Officers raided warehouses at Greyport. A driver was arrested. Later, nine "
            "warrants were executed in Millbrook.",
        ),
        # the counted search names a town of its own
        (
            "de",
            "Die Polizei durchsuchte am Dienstag eine Wohnung in Oberstadt. Ein Mann wurde "
            "festgenommen. Am Dienstag durchsuchten Zollfahnder in Unterdorf acht Lagerhallen.",
        ),
        # both counted
        (
            "en",
            "On Tuesday, four warrants were executed in Greyport. A driver was arrested. "
            "On Tuesday, nine warrants were executed.",
        ),
    ],
)
def test_searches_that_may_be_two_stay_two(lang, text):
    assert len(_searches(text, lang)) == 2


# L368: a search is counted by the places it names after a number
@pytest.mark.parametrize(
    ("lang", "sentence", "said", "count"),
    [
        (
            "en",
            "Customs officers carried out raids at nine sites in the valley on Monday.",
            None,
            9,
        ),
        (
            "nl",
            "Rechercheurs hebben vrijdag zes loodsen in Emmen doorzocht bij een fraudezaak.",
            1,
            6,
        ),
        ("es", "La Guardia Civil practicó registros en cuatro naves y arrestó a un vecino.", 1, 4),
        (
            "de",
            "Bei einer Razzia durchsuchten Zollbeamte elf Lagerhallen und nahmen einen Mann fest.",
            1,
            11,
        ),
    ],
)
def test_a_search_is_counted_by_its_places(monkeypatch, lang, sentence, said, count):
    assert extraction.event_count(T.SEARCH, said, sentence, [], lang) == count
    monkeypatch.setattr(extraction, "SEARCH_PLACES_COUNT", False)
    assert extraction.event_count(T.SEARCH, said, sentence, [], lang) != count


@pytest.mark.parametrize(
    ("lang", "sentence", "count"),
    [
        (
            "fr",
            "Les enquêteurs ont perquisitionné cinq entrepôts du port et interpellé un gérant.",
            5,
        ),
        (
            "it",
            "La Guardia di Finanza ha perquisito sette magazzini e denunciato un commerciante.",
            7,
        ),
        ("de", "Bei der Aktion gab es Durchsuchungen in zwölf Objekten im Kreis.", 12),
        ("en", "On 12 May two homes were searched.", 2),
    ],
)
def test_places_read_in_each_language(lang, sentence, count):
    assert extraction._places_searched(sentence, lang) == count


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Officers searched two sheds in Greyport and three barns in Millbrook."),
        ("en", "In 2019 homes across the estate were searched."),
        ("fr", "Les gendarmes ont perquisitionné le 14 mai des domiciles à Vernon."),
        ("en", "About 150 officers searched premises in the town."),
        ("de", "Rund 300 Beamte durchsuchten Wohnungen in mehreren Städten."),
        ("en", "Police searched 2 of the 5 houses on the street."),
        ("nl", "Agenten doorzochten 2 van de 10 woningen in de straat."),
        ("en", "Four men were arrested at three addresses after police searched a barn."),
        ("en", "Police searched a flat in a district of 1,300 homes."),
        ("nl", "De politie doorzocht een woning in een straat met 40 woningen."),
        ("de", "Die Polizei hat mehr als ein Dutzend Wohnungen in Oberstadt durchsucht."),
        ("en", "Officers searched several hundred homes in the district."),
    ],
)
def test_numbers_that_count_no_searched_places(lang, sentence):
    """Several numbers, a year, a day, the officers, a part, another noun's places,
    another clause's places and a scale or a vague number are no count of places
    searched."""
    assert extraction._places_searched(sentence, lang) is None


# L371: an action told as still to come with "yet to" did not happen
@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Detectives said a further raid on the harbour sheds was yet to take place.", T.SEARCH),
        ("Two of the drivers have yet to be charged.", T.CHARGE),
        ("Charges against the skipper are still yet to be filed.", T.CHARGE),
    ],
)
def test_an_action_yet_to_come_is_not_done(monkeypatch, sentence, type_):
    assert rules.is_hypothetical(sentence, "en", type_)
    monkeypatch.setattr(rules, "YET_TO_EN", False)
    assert not rules.is_hypothetical(sentence, "en", type_)


def test_an_action_done_beside_one_yet_to_come_stays_done():
    sentence = "Customs officers arrested the captain, while his deckhand has yet to be charged."
    assert not rules.is_hypothetical(sentence, "en", T.ARREST)
    assert rules.is_hypothetical(sentence, "en", T.CHARGE)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Charges were laid against the pilot, although a trial date is yet to be set.", T.CHARGE),
        ("The charges, filed on Monday, are yet to be heard in court.", T.CHARGE),
        ("The raid took place at dawn and its results are yet to be announced.", T.SEARCH),
        ("The seizure at the quay on Friday is yet to be valued.", T.SEIZURE),
        ("The arrest, which took place on Monday, is yet to be reported to the court.", T.ARREST),
    ],
)
def test_a_later_step_yet_to_come_leaves_the_action_done(sentence, type_):
    """A trial date, a hearing, results or a valuation still to come: the action itself
    happened."""
    assert not rules.is_hypothetical(sentence, "en", type_)


def test_yet_to_reads_only_for_a_named_action():
    assert not rules._yet_to_come(None, "The driver has yet to be released from hospital.")
