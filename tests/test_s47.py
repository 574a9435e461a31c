"""Readings added in session 47 (from L367). A test named for a new reading reads a
sentence with the switch on, then checks the old reading comes back with it off; a test
named for what stays checks a reading the new one must leave alone. The sentences are
written for these tests, not copied or adapted from the labelled samples."""

from datetime import date

import pytest

from enforcement_events import events, extraction
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
        "Police searched properties in Leeds and York on Tuesday. A man was arrested. "
        "On Tuesday, nine warrants were executed."
    )
    assert _searches(text, "en") == [(9, "2024-03-05")]
    monkeypatch.setattr(events, "SEARCHES_SAME_DAY", False)
    assert _searches(text, "en") == [(None, "2024-03-05"), (9, "2024-03-05")]


def test_searches_on_different_days_stay_two():
    text = (
        "Police searched properties in Leeds and York on Monday. A man was arrested. "
        "On Tuesday, nine warrants were executed."
    )
    assert _searches(text, "en") == [(None, "2024-03-04"), (9, "2024-03-05")]


def test_two_counted_searches_on_one_day_stay_two():
    text = (
        "On Tuesday, four warrants were executed in Leeds. A man was arrested. "
        "On Tuesday, nine warrants were executed in York."
    )
    assert [c for c, _ in _searches(text, "en")] == [4, 9]


# L368: a search is counted by the places it names after a number
@pytest.mark.parametrize(
    ("lang", "sentence", "said", "count"),
    [
        ("en", "Detectives executed search warrants at seven locations on Tuesday.", None, 7),
        ("en", "The raids took place at four addresses across the county.", None, 4),
        (
            "nl",
            "De recherche heeft dinsdag acht panden in Zwolle doorzocht in een drugsonderzoek.",
            1,
            8,
        ),
        ("fr", "Les gendarmes ont mené une perquisition dans trois maisons du village.", None, 3),
        (
            "es",
            "Los agentes realizaron registros en cinco viviendas y detuvieron a un hombre.",
            1,
            5,
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
        ("de", "Die Ermittler durchsuchten am Morgen zwölf Wohnungen in Köln.", 12),
        ("it", "I carabinieri hanno eseguito perquisizioni in sei abitazioni del paese.", 6),
    ],
)
def test_places_read_before_still_count(lang, sentence, count):
    assert extraction.event_count(T.SEARCH, None, sentence, [], lang) == count


def test_several_numbers_of_places_are_no_one_count():
    sentence = "Officers searched two houses in Leeds and three flats in York."
    assert extraction._places_searched(sentence, "en") is None


def test_an_arrest_at_addresses_counts_its_people():
    sentence = "Police arrested five people at two addresses in the town."
    assert extraction.event_count(T.ARREST, None, sentence, [], "en") == 5
