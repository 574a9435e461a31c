"""Country readings: common English names pycountry spells otherwise, the model's place
when the sentence set the country aside, and title-case headlines (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from enforcement_events.events import build_event
from enforcement_events.schema import EventType, Evidence

from .conftest import one_sentence_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Customs officers in Macau seized 300 cartons of cigarettes.", ["MO"]),
        ("The fugitive was arrested in Brunei last week.", ["BN"]),
        ("Police in Curacao arrested two men at the harbour.", ["CW"]),
        ("The smugglers were stopped in the Democratic Republic of the Congo.", ["CD"]),
        ("The smugglers were stopped in the Democratic Republic of Congo.", ["CD"]),
        ("The truck was stopped in the Republic of the Congo.", ["CG"]),
        # the names pycountry has keep working
        ("Officers in Macao fined a driver.", ["MO"]),
    ],
    ids=["macau", "brunei", "curacao", "drc-the", "drc", "republic-of-congo", "macao"],
)
def test_common_english_country_names_are_read(text, expected):
    from enforcement_events.normalize import countries_in

    assert countries_in(text) == expected


def test_common_english_country_names_are_a_switch(monkeypatch):
    from enforcement_events import normalize

    monkeypatch.setattr(normalize, "MORE_SHORT_NAMES", False)
    normalize._country_names.cache_clear()
    normalize._country_pattern.cache_clear()
    try:
        assert normalize.countries_in("Customs officers in Macau seized cigarettes.") == []
    finally:
        monkeypatch.undo()
        normalize._country_names.cache_clear()
        normalize._country_pattern.cache_clear()


def _event_with_place(text: str, where: str, doc: str, lang: str = "en"):
    evidence = Evidence(text=text, start=0, end=len(text), match="exact")
    return build_event(
        lang=lang,
        type_=EventType.DETENTION,
        evidence=evidence,
        context="",
        doc_text=doc,
        count=None,
        where=where,
        when=None,
        total=False,
        published=None,
    )


@pytest.mark.parametrize(
    ("text", "where", "doc", "lang", "expected"),
    [
        # "Myanmar citizens" names the people, not the place: the document's country stands
        (
            "Navy detains Myanmar citizens with pills",
            "Myanmar",
            "Navy detains Myanmar citizens with pills\n\nThe Thailand navy said on Monday.",
            "en",
            ["TH"],
        ),
        (
            "La marine retient des ressortissants marocains",
            "marocains",
            "La marine retient des ressortissants marocains\n\nLa police à Nice a dit lundi.",
            "fr",
            ["FR"],
        ),
    ],
    ids=["en-citizens", "fr-nationals"],
)
def test_a_country_the_sentence_set_aside_is_not_taken_from_the_models_place(
    text, where, doc, lang, expected
):
    assert _event_with_place(text, where, doc, lang).country == expected


def test_a_town_the_model_gives_as_the_place_is_still_read():
    text = "Officers detained eleven migrants on a farm near Leeds."
    event = _event_with_place(text, "Leeds", text)
    # a town is no country's name: it stays the event's place
    assert event.place == "Leeds"


def test_the_models_place_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "WHERE_COUNTRY_SET_ASIDE", False)
    event = _event_with_place(
        "Navy detains Myanmar citizens with pills",
        "Myanmar",
        "Navy detains Myanmar citizens with pills\n\nThe Thailand navy said on Monday.",
    )
    assert event.country == ["MM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title-case headline: "Drug" (a town in India) is no town here
        ("Search Warrant Results in Drug Seizure, Arrest", ["BM"]),
        # a sentence: the town after "in" is read
        ("Officers arrested a man in Leeds on Friday.", ["GB"]),
    ],
    ids=["title-case-headline", "sentence"],
)
def test_a_title_case_headline_names_no_town(text, expected):
    doc = f"{text}\n\nThe Bermuda Police Service said a man was held."
    event = one_sentence_event(EventType.SEARCH, text, doc=doc)
    assert event.country == expected


def test_a_title_case_headline_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "TITLE_CASE_TOWNS", False)
    text = "Search Warrant Results in Drug Seizure, Arrest"
    doc = f"{text}\n\nThe Bermuda Police Service said a man was held."
    assert one_sentence_event(EventType.SEARCH, text, doc=doc).country == ["IN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two couriers booked on a Kenya Airways flight were stopped in Uganda.", ["UG"]),
        ("The cash was paid into a Bangladesh Bank account, police in Nepal said.", ["NP"]),
        # the country itself still reads
        ("Two couriers flying to Kenya were stopped at the airport.", ["KE"]),
    ],
    ids=["airline", "bank", "country-itself"],
)
def test_a_country_in_a_company_name_is_no_place(text, expected):
    from enforcement_events import normalize

    normalize._country_pattern.cache_clear()
    assert normalize.countries_in(text) == expected


def test_a_country_in_a_company_name_is_a_switch(monkeypatch):
    from enforcement_events import normalize

    monkeypatch.setattr(normalize, "COMPANY_NAMES", False)
    normalize._country_pattern.cache_clear()
    try:
        text = "Two couriers booked on a Kenya Airways flight were stopped."
        assert normalize.countries_in(text) == ["KE"]
    finally:
        monkeypatch.undo()
        normalize._country_pattern.cache_clear()


def test_an_action_in_kosovo_is_kept_with_its_user_assigned_code():
    """Kosovo has no ISO 3166-1 code; "XK" is the one in use. An event placed there had
    failed validation and was dropped with every other event of its text."""
    from enforcement_events.normalize import countries_in, country_code

    sentence = "Border police in Kosovo arrested two men carrying 9 kilograms of heroin."
    assert countries_in(sentence) == ["XK"]
    assert country_code("XK") == "XK"
    event = one_sentence_event(EventType.ARREST, sentence)
    assert event.country == ["XK"]
    assert event.model_validate(event.model_dump()).country == ["XK"]


def test_an_unknown_country_code_still_fails_validation():
    from pydantic import ValidationError

    event = one_sentence_event(EventType.ARREST, "Police arrested two men in Lisbon.")
    data = event.model_dump() | {"country": ["ZZ"]}
    with pytest.raises(ValidationError, match="unknown ISO 3166-1"):
        event.model_validate(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stall in Kingston Road was searched; the owner lives in Leeds.", ["GB"]),
        ("Detectives raided a flat at Melbourne Street and another in Glasgow.", ["GB"]),
        # the town itself, and a court named after it, still place the action
        ("Detectives raided a flat in Melbourne on Tuesday.", ["AU"]),
    ],
    ids=["road", "street", "town"],
)
def test_a_town_before_a_street_noun_names_a_street(text, expected):
    from enforcement_events.places import cities_in

    assert cities_in(text, "in|at")[:1] == expected


def test_a_town_before_a_street_noun_is_a_switch(monkeypatch):
    from enforcement_events import places

    monkeypatch.setattr(places, "STREET_NAMES", False)
    assert "JM" in places.cities_in("The stall in Kingston Road was searched.", "in|at")


def test_a_courts_town_tells_the_documents_country():
    from enforcement_events import events

    text = (
        "Three sailors who had lived in Portugal for years were jailed. On Monday the "
        "Trondheim District Court sentenced the sailors to four years."
    )
    events._doc_country.cache_clear()
    assert events._doc_country(text) == ["NO"]


def test_a_courts_town_telling_the_documents_country_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "INSTITUTION_DOC_EN", False)
    events._doc_country.cache_clear()
    text = (
        "Three sailors who had lived in Portugal for years were jailed. On Monday the "
        "Trondheim District Court sentenced the sailors to four years."
    )
    assert events._doc_country(text) == ["PT"]
    events._doc_country.cache_clear()


def test_a_text_in_a_language_that_names_no_place_is_placed_where_it_is_first_spoken():
    from enforcement_events import events

    text = "De recherche heeft gisteren in een loods drie mannen aangehouden."
    events._doc_country.cache_clear()
    assert events._doc_country(text, "nl") == ["NL"]
    # a place named still decides
    events._doc_country.cache_clear()
    assert events._doc_country(text + " Dat gebeurde in Antwerpen.", "nl") == ["BE"]


def test_placing_a_text_where_its_language_is_first_spoken_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "LANGUAGE_COUNTRY", False)
    events._doc_country.cache_clear()
    assert events._doc_country("De recherche heeft drie mannen aangehouden.", "nl") == []
    events._doc_country.cache_clear()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le juge les a condamnés à six mois de prison et à 150.000 francs d’amende."),
        ("de", "Das Gericht verhängte eine Geldstrafe von 4000 Franken."),
        ("es", "El juez le impuso una multa de 9000 pesos."),
    ],
)
def test_a_number_before_a_currencys_name_counts_no_one(lang, sentence):
    from enforcement_events import events

    text = events.count_text(sentence, lang)
    assert all(v < 1000 for _, v in events._count_numbers(text, lang))


def test_a_number_before_a_currencys_name_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "CURRENCY_NOT_A_COUNT", False)
    events._not_a_count.cache_clear()
    sentence = "Das Gericht verhängte eine Geldstrafe von 4000 Franken."
    assert (4000.0 in [v for _, v in events._count_numbers(sentence, "de")]) is True
    events._not_a_count.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coast guards stopped a pirogue in T&T's waters at dawn.", ["TT"]),
        ("Police in PNG arrested three men at the airport.", ["PG"]),
        ("The yacht was seized in the BVI on Monday.", ["VG"]),
        ("The KSA deported twelve men last month.", ["SA"]),
        ("A logo.png file names no country.", []),
    ],
    ids=["t&t", "png", "bvi", "ksa", "file-name"],
)
def test_countries_abbreviations_are_read(monkeypatch, text, expected):
    """ABBREVIATIONS: "T&T", "PNG", "BVI", "KSA" as the press of the region writes them."""
    from enforcement_events import normalize

    assert normalize.countries_in(text) == expected
    monkeypatch.setattr(normalize, "ABBREVIATIONS", False)
    normalize._country_names.cache_clear()
    normalize._country_pattern.cache_clear()
    try:
        assert normalize.countries_in(text) == []
    finally:
        monkeypatch.undo()
        normalize._country_names.cache_clear()
        normalize._country_pattern.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Aqaba Governorate, officers raided a house and arrested a dealer.", ["JO"]),
        ("At Dover, border officers stopped a lorry carrying cigarettes.", ["GB"]),
        ("In March, officers arrested a man wanted for fraud.", []),
    ],
    ids=["in-town", "at-town", "in-month"],
)
def test_a_town_after_a_sentences_opening_preposition_places_the_text(monkeypatch, text, expected):
    """PLACE_AT_SENTENCE_START: "In Aqaba Governorate, ..." names a town as "in Aqaba"
    does; "In March, ..." is a date, not March in Cambridgeshire."""
    from enforcement_events import events

    events._doc_country.cache_clear()
    assert events._doc_country(text) == expected
    monkeypatch.setattr(events, "PLACE_AT_SENTENCE_START", False)
    events._doc_country.cache_clear()
    try:
        assert events._doc_country(text) == []
    finally:
        monkeypatch.undo()
        events._doc_country.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les agents de la Sûreté du Québec ont arrêté deux hommes mardi soir.", ["CA"]),
        ("La police cantonale a interpellé un automobiliste samedi.", ["CH"]),
        ("Les gendarmes ont interpellé un automobiliste samedi.", ["FR"]),
    ],
    ids=["surete-du-quebec", "police-cantonale", "no-agency"],
)
def test_french_agencies_of_quebec_and_switzerland_place_the_text(text, expected):
    """A French text from Quebec or Switzerland that names only its police is placed
    there, not in France, the language's first country."""
    from enforcement_events import events

    events._doc_country.cache_clear()
    try:
        assert events._doc_country(text, "fr") == expected
    finally:
        events._doc_country.cache_clear()


def test_a_tie_of_regions_goes_to_the_country_the_text_names(monkeypatch):
    """PLACE_TIE_NAMED: two countries' towns named once each; the text names one of them
    as a country ("smuggled into Kenya"), and that one places it."""
    from collections import Counter

    from enforcement_events import events

    text = "The pair smuggled the goods into Kenya and were held at Mombasa and at Blantyre."
    monkeypatch.setattr(events, "ranked_town_counts", lambda t, p: {"MW": 1, "KE": 1})
    monkeypatch.setattr(events.nz, "subdivision_counts", lambda t: Counter())
    assert events._place_country(text, "at") == ["KE"]
    monkeypatch.setattr(events, "PLACE_TIE_NAMED", False)
    assert events._place_country(text, "at") == ["MW"]


def test_a_gendarmerie_names_no_country(monkeypatch):
    """'Gendarmerie' alone is no hint of France: Turkey, Morocco, Algeria and Senegal have
    one too. With the old hint back the sentence read as French."""
    from enforcement_events import normalize

    sentence = "Officers of the National Gendarmerie arrested nine smugglers near the dunes."
    assert normalize.countries_in(sentence) == []
    monkeypatch.setattr(
        normalize, "_AGENCY_HINTS", {**normalize._AGENCY_HINTS, "gendarmerie": "FR"}
    )
    assert normalize.countries_in(sentence) == ["FR"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Slovene police detained a lorry driver near the crossing.", "SI"),
        ("Azeri authorities seized 40 kilograms of heroin.", "AZ"),
    ],
    ids=["slovene", "azeri"],
)
def test_other_forms_of_a_nationality_before_an_authority(monkeypatch, sentence, code):
    """AUTHORITY_DEMONYM_VARIANTS: "Slovene", "Azeri" before an authority's word say where,
    as "Slovenian" does; switched off they said nothing."""
    from enforcement_events import normalize

    assert normalize.countries_in(sentence) == [code]
    monkeypatch.setattr(normalize, "AUTHORITY_DEMONYM_VARIANTS", False)
    assert normalize.countries_in(sentence) == []
