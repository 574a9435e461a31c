"""A dated dateline dates the filing of the story, not the actions told after it."""

from __future__ import annotations

from datetime import date

import pytest

from enforcement_events import events
from enforcement_events.events import without_dateline
from enforcement_events.schema import EventType

from .conftest import one_sentence_event


@pytest.mark.parametrize(
    "sentence, rest",
    [
        (
            "OSLO, Feb 9, 2030 (Reuters) – Two men were held on Sunday.",
            "Two men were held on Sunday.",
        ),
        ("(Vienna, 12 March 2031) – Prosecutors charged a clerk.", "Prosecutors charged a clerk."),
        ("TALLINN, Estonia, Mar. 2 /Newswire/ - Guards stopped a van.", "Guards stopped a van."),
        ("DOVER, Sat. June 7, 2031– Nine people came ashore.", "Nine people came ashore."),
        ("LYON, 4 mars (AFP) - Trois hommes interpellés.", "Trois hommes interpellés."),
    ],
)
def test_a_dated_dateline_is_set_aside(sentence: str, rest: str) -> None:
    lang = "fr" if "mars" in sentence else "en"
    assert without_dateline(sentence, lang) == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "OSLO – On Feb 9, 2030, two men were held.",  # no date in the dateline
        "Tuesday, March 11, 2031 - 09:15 Police held two men.",  # a page's time stamp
        "On Monday, May 5, officers held a 34-year-old man.",  # a hyphen, no dateline
        "Smith, 45, was held – officers said on Monday.",  # no year or month before the dash
    ],
)
def test_what_is_no_dated_dateline_is_kept(sentence: str) -> None:
    assert without_dateline(sentence) == sentence


def test_yesterday_after_a_dated_dateline_is_the_day_before_publication() -> None:
    sentence = "(Vienna, 12 March 2031) – Nine suspects were arrested yesterday in Graz."
    event = one_sentence_event(EventType.ARREST, sentence, published=date(2031, 3, 12))
    assert event.date == "2031-03-11"


def test_a_dated_dateline_read_as_the_date_with_the_switch_off(monkeypatch) -> None:
    monkeypatch.setattr(events, "DATELINE_DATE", False)
    sentence = "(Vienna, 12 March 2031) – Nine suspects were arrested yesterday in Graz."
    event = one_sentence_event(EventType.ARREST, sentence, published=date(2031, 3, 12))
    assert event.date == "2031-03-12"
