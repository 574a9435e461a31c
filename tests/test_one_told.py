"""After merging, an English action on one person counts one (events.one_told).
Sentences written for these tests."""

from datetime import date

import pytest

from enforcement_events.events import one_told
from enforcement_events.schema import EventType

from .conftest import one_sentence_event


@pytest.mark.parametrize(
    ("type_", "text", "count"),
    [
        (EventType.CHARGE, "Ms Okafor was later charged with fraud.", 1),
        (EventType.ARREST, "Detectives arrested him at a hotel in Leeds.", 1),
        (EventType.CONVICTION, "Varga pleaded guilty to wire fraud on Monday.", 1),
        (EventType.CHARGE, "A grand jury indicted the brothers, charging them with fraud.", None),
        (EventType.CONVICTION, "Varga and Molnar pleaded guilty to wire fraud.", None),
        (EventType.ARREST, "The suspects were arrested at a hotel in Leeds.", None),
        (EventType.SEIZURE, "He was seen as cocaine was seized at the port.", None),
    ],
    ids=[
        "was-charged",
        "arrested-him",
        "name-pleaded",
        "them",
        "two-names",
        "were",
        "not-on-people",
    ],
)
def test_an_action_told_of_one_person_counts_one(type_, text, count):
    event = one_sentence_event(type_, text)
    assert event.count is None
    one_told([event])
    assert event.count == count


def test_a_count_already_read_is_kept():
    event = one_sentence_event(EventType.ARREST, "Police arrested him and 3 others.")
    event.count = 4
    one_told([event])
    assert event.count == 4


@pytest.mark.parametrize(
    ("type_", "text", "lang", "count"),
    [
        (
            EventType.ARREST,
            "Die drei jungen Kuriere aus dem Nachbarort seien am Abend festgenommen worden.",
            "de",
            3,
        ),
        (
            EventType.CONVICTION,
            "Zes verdachten die jarenlang sigaretten hebben verhandeld, zijn gisteren veroordeeld.",
            "nl",
            6,
        ),
        (
            EventType.ARREST,
            "Los dos pasajeros del vehículo, que viajaban desde el sur, fueron detenidos.",
            "es",
            2,
        ),
        (
            EventType.ARREST,
            "Tras 3 meses de investigación en la comarca, la policía detuvo a los sospechosos.",
            "es",
            None,
        ),
    ],
    ids=["de-verb-last", "nl-far", "es-subject", "es-not-the-subject"],
)
def test_the_number_opening_the_sentence_counts_its_subject(type_, text, lang, count):
    event = one_sentence_event(type_, text, lang=lang)
    event.count = None
    one_told([event], lang)
    assert event.count == count


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Just this week, a jury convicted Ms Hale of fraud.", date(2031, 3, 14), "2031-03"),
        ("Last month Ms Hale was convicted of fraud.", date(2031, 3, 14), "2031-02"),
        ("Last year Ms Hale was convicted of fraud.", date(2031, 3, 14), "2030"),
        ("Earlier this summer Ms Hale was convicted.", date(2031, 8, 2), "2031"),
        ("Just this week, a jury convicted Ms Hale.", date(2031, 4, 2), "2031"),
    ],
    ids=["this-week", "last-month", "last-year", "this-summer", "week-across-months"],
)
def test_a_period_named_relative_to_publication_dates_the_action(text, published, expected):
    from enforcement_events.events import periods_told

    event = one_sentence_event(EventType.CONVICTION, text, published=published)
    assert event.date == published.isoformat()  # dated by the publication day
    periods_told([event], published)
    assert event.date == expected
    assert "date" not in event.inferred


def test_an_action_dated_by_publication_takes_the_first_day_the_story_names():
    from enforcement_events.events import first_day_of_story

    doc = (
        "Officers stopped a lorry at the port on 10 March. "
        "Customs seized 4,000 cartons of cigarettes from the trailer."
    )
    second = doc.index("Customs")
    text = doc[second:]
    event = one_sentence_event(EventType.SEIZURE, text, doc=doc, start=second)
    assert (event.date, event.inferred.get("date")) == ("2031-03-14", "published")
    first_day_of_story([event], doc, date(2031, 3, 14))
    assert (event.date, event.inferred.get("date")) == ("2031-03-10", "document")


def test_a_day_long_before_publication_is_not_the_storys_day():
    from enforcement_events.events import first_day_of_story

    doc = (
        "The investigation began on 2 January 2029. "
        "Customs seized 4,000 cartons of cigarettes from the trailer."
    )
    second = doc.index("Customs")
    event = one_sentence_event(EventType.SEIZURE, doc[second:], doc=doc, start=second)
    event.date, event.inferred["date"] = "2031-03-14", "published"
    first_day_of_story([event], doc, date(2031, 3, 14))
    assert event.date == "2031-03-14"


def test_a_story_whose_first_day_is_the_publication_day_leaves_the_date_as_published():
    from enforcement_events.events import first_day_of_story

    doc = "Police said today that officers searched a depot. Customs seized 800 bottles."
    second = doc.index("Customs")
    event = one_sentence_event(EventType.SEIZURE, doc[second:], doc=doc, start=second)
    event.date, event.inferred["date"] = "2031-03-14", "published"
    first_day_of_story([event], doc, date(2031, 3, 14))
    assert (event.date, event.inferred["date"]) == ("2031-03-14", "published")
