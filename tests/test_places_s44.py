"""Places read in session 44: a country named after "the border with" is the neighbour.
The test reads a sentence with the switch on, then checks the old reading comes back with
it off; a guard case checks what the reading must leave alone. The sentences are written
for these tests, not copied from the labelled samples."""

from enforcement_events import normalize
from enforcement_events.normalize import countries_in


def test_a_country_after_the_border_with_is_the_neighbour(monkeypatch):
    sentence = "Officers stopped a van near Kumanovo, a few kilometres from the border with Serbia."
    assert "RS" not in countries_in(sentence)
    monkeypatch.setattr(normalize, "BORDER_WITH_NOT_HERE", False)
    assert "RS" in countries_in(sentence)


def test_a_country_named_as_a_place_beside_the_border_stays():
    sentence = "Police in Bulgaria arrested two drivers at its border with Turkey."
    assert countries_in(sentence) == ["BG"]


def test_a_bare_date_heading_a_sentence_is_its_dateline(monkeypatch):
    from enforcement_events import events

    sentence = (
        "14th March, 2021 Police in Nukualofa arrested two men on Friday 12th of March 2021 "
        "after a tip-off."
    )
    assert events.without_dateline(sentence).startswith("Police in Nukualofa")
    monkeypatch.setattr(events, "BARE_DATE_HEAD_EN", False)
    assert events.without_dateline(sentence) == sentence


def test_a_bare_date_heading_a_sentence_with_no_other_date_stays():
    from enforcement_events import events

    sentence = "14th March, 2021 Police in Nukualofa arrested two men after a tip-off."
    assert events.without_dateline(sentence) == sentence
