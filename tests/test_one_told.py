"""After merging, an English action on one person counts one (events.one_told).
Sentences written for these tests."""

from datetime import date

import pytest

from enforcement_events.events import build_event, one_told
from enforcement_events.schema import EventType, Evidence


def _event(type_, text):
    ev = Evidence(text=text, start=0, end=len(text), match="exact")
    return build_event(
        type_=type_,
        evidence=ev,
        context="",
        doc_text=text,
        count=None,
        where=None,
        when=None,
        total=False,
        published=date(2031, 3, 14),
    )


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
    event = _event(type_, text)
    assert event.count is None
    one_told([event])
    assert event.count == count


def test_a_count_already_read_is_kept():
    event = _event(EventType.ARREST, "Police arrested him and 3 others.")
    event.count = 4
    one_told([event])
    assert event.count == 4
