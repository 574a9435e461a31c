"""Readings added in session 43: the nationality words the English table lacked, and a
country named only as where someone went (English). Each reading has a switch or a table
entry (its row in benchmarks/levers.py): each test reads a sentence with it, then checks
the old reading comes back without it. The sentences are written for these tests, not
copied from the labelled samples."""

import pytest

from enforcement_events import events, lexicon, normalize
from enforcement_events.normalize import countries_in
from enforcement_events.schema import EventType as T

from .conftest import one_sentence_event


def _clear() -> None:
    normalize._demonyms.cache_clear()
    normalize._authority.cache_clear()
    events._demonym_plurals.cache_clear()
    events._demonym_res.cache_clear()
    events._doc_country.cache_clear()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Omani police arrested three men at a checkpoint on Tuesday.", "OM"),
        ("Malagasy customs officers seized four kilograms of gold.", "MG"),
        ("The Maltese police charged a bus driver on Friday.", "MT"),
        ("Seychellois authorities detained the crew of a fishing boat.", "SC"),
    ],
)
def test_more_nationalities_name_their_authorities(monkeypatch, text, code):
    _clear()
    assert countries_in(text) == [code]
    table = lexicon.load("en").DEMONYMS
    words = list(table)
    before = {w: table[w] for w in words[: words.index("Zimbabwean") + 1]}
    monkeypatch.setattr(lexicon.load("en"), "DEMONYMS", before)
    _clear()
    try:
        assert code not in countries_in(text)
    finally:
        monkeypatch.undo()
        _clear()


def test_words_of_more_than_one_country_stay_out():
    table = lexicon.load("en").DEMONYMS
    assert not {"Korean", "American", "Central African"} & set(table)


DOC = (
    "Police in Lilongwe said on Monday that a border guard had been arrested. "
    "The guard was arrested after he crossed illegally into Mozambique with stolen cattle."
)


def test_a_country_someone_went_to_is_no_place_of_the_arrest(monkeypatch):
    sentence = DOC.split(". ", 1)[1]
    start = DOC.index(sentence)
    events._doc_country.cache_clear()
    event = one_sentence_event(T.ARREST, sentence, doc=DOC, start=start)
    assert event.country == ["MW"]
    monkeypatch.setattr(events, "DESTINATION_NOT_HERE_EN", False)
    event = one_sentence_event(T.ARREST, sentence, doc=DOC, start=start)
    assert event.country == ["MZ"]


def test_a_removal_keeps_the_country_people_were_sent_to():
    doc = "Police in Lilongwe said 14 men were deported to Mozambique on Monday."
    events._doc_country.cache_clear()
    event = one_sentence_event(T.DEPORTATION, doc)
    assert "MZ" in event.country
