"""Dates and counts: a dated dateline dates the filing, not the actions after it; a per
cent is no count; a weekday that does not fit moves a dated text's day a year at most."""

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


def test_a_percent_is_no_count() -> None:
    from enforcement_events.events import checked_count

    sentence = "Removals rose by 38% on the year, to 512 people deported."
    assert checked_count(38, sentence) is None
    assert checked_count(512, sentence) == 512


def test_a_percent_read_as_a_count_with_the_switch_off(monkeypatch) -> None:
    from enforcement_events.events import checked_count

    monkeypatch.setattr(events, "PERCENT_SIGN_NOT_COUNTED", False)
    assert checked_count(38, "Removals rose by 38% on the year.") == 38


def test_a_weekday_that_does_not_fit_moves_a_dated_texts_day_one_year_at_most() -> None:
    from enforcement_events.normalize import weekday_year

    # 5 October 2033 is a Wednesday; no Friday 5 October in 2032 or 2034 before publication
    published = date(2033, 10, 20)
    assert weekday_year(date(2033, 10, 5), "Friday, October 5", "en", published) == date(
        2033, 10, 5
    )
    # 5 October 2032 is a Tuesday: "Tuesday, October 5" in a text of 2033 is 2032
    assert weekday_year(date(2033, 10, 5), "Tuesday, October 5", "en", published) == date(
        2032, 10, 5
    )


def test_a_weekday_moves_the_day_further_with_the_switch_off(monkeypatch) -> None:
    from enforcement_events import normalize
    from enforcement_events.normalize import weekday_year

    monkeypatch.setattr(normalize, "WEEKDAY_NEAR_PUBLISHED", False)
    published = date(2033, 10, 20)
    moved = weekday_year(date(2033, 10, 5), "Friday, October 5", "en", published)
    assert moved != date(2033, 10, 5) and moved.weekday() == 4
