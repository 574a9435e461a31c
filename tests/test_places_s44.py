"""Places read in session 44: a country named after "the border with" is the neighbour.
The test reads a sentence with the switch on, then checks the old reading comes back with
it off; a guard case checks what the reading must leave alone. The sentences are written
for these tests, not copied from the labelled samples."""

import pytest

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


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        (
            "es",
            "La Policía Nacional detuvo a dos hombres en Chiclayo tras un operativo nocturno.",
            "PE",
        ),
        (
            "fr",
            "Les gendarmes ont arrêté cinq passeurs à Morondava. Le groupe voulait gagner "
            "Mayotte de nuit.",
            "MG",
        ),
    ],
)
def test_a_tie_of_places_goes_to_the_towns_country(monkeypatch, lang, text, code):
    from enforcement_events import events

    events._doc_country.cache_clear()
    assert events._doc_place_country(text, lang) == [code]
    monkeypatch.setattr(events, "TIE_TO_TOWNS", False)
    assert events._doc_place_country(text, lang) != [code]


def test_a_tie_goes_to_a_country_named_as_such_before_a_town():
    from enforcement_events import events

    text = "La policía capturó a dos hombres en El Salvador. Los llevaron a un juzgado en La Paz."
    assert events._doc_place_country(text, "es") == ["SV"]


def test_a_datelines_name_after_the_comma_is_its_town(monkeypatch):
    from enforcement_events import events

    text = "RADIO ONE NEWS, KINGSTOWN, March 3, 2019 – Police arrested two men at the harbour."
    assert events.dateline_country(text) == "VC"
    monkeypatch.setattr(events, "DATELINE_SECOND_PLACE", False)
    assert events.dateline_country(text) is None


def test_a_dateline_town_first_is_read_as_before():
    from enforcement_events import events

    assert events.dateline_country("NASSAU, Bahamas – Police arrested two men.") == "BS"


def test_dutch_op_before_an_island_places_the_text(monkeypatch):
    from enforcement_events import events, lexicon

    text = "De politie heeft zaterdag op Aruba twee mannen aangehouden."
    events._doc_country.cache_clear()
    assert events._doc_place_country(text, "nl") == ["AW"]
    words = lexicon.load("nl")
    monkeypatch.setattr(words, "LOCATIVE", words.LOCATIVE.removesuffix("|op"))
    events._doc_country.cache_clear()
    assert events._doc_place_country(text, "nl") != ["AW"]


def test_a_datelines_second_name_in_small_letters_is_no_town():
    from enforcement_events import events

    # "Kingstown" written in small letters after an unknown first name: a region or a
    # county, not read as the town
    assert (
        events.dateline_country("Rural Desk, Kingstown, March 3 – Police arrested two men.") is None
    )
