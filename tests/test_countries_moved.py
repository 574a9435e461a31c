"""Countries of lists in the five languages, and of removals that span two countries.
Sentences written for these tests."""

import pytest

from enforcement_events.normalize import intl_countries_in, intl_locative_countries
from enforcement_events.schema import EventType

from .conftest import one_sentence_event


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Los agentes devolvieron a 15 personas a Ecuador y Bolivia.", "es", ["EC", "BO"]),
        ("Les policiers les ont reconduits en Albanie et en Serbie.", "fr", ["AL", "RS"]),
        ("Sie wurden nach Polen und Litauen zurückgeschoben.", "de", ["PL", "LT"]),
    ],
    ids=["es-list", "fr-list", "de-list"],
)
def test_a_country_listed_after_a_place_is_a_place_too(text, lang, expected):
    assert intl_locative_countries(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die zwei Fahrer aus Rumänien und der Ukraine wurden festgenommen.", "de"),
        ("Los dos conductores, procedentes de Argelia y Túnez, fueron detenidos.", "es"),
    ],
    ids=["de-origins", "es-origins"],
)
def test_a_country_listed_after_an_origin_is_an_origin_too(text, lang):
    assert intl_countries_in(text, lang, origin=False) == []


@pytest.mark.parametrize(
    ("sentence", "doc", "lang", "expected"),
    [
        (
            "Two men were deported to Albania on Tuesday.",
            "Police in Norway said two men were deported to Albania on Tuesday.",
            "en",
            {"NO", "AL"},
        ),
        (
            "El detenido fue extraditado a Perú.",
            "La Policía Nacional detuvo en España a un hombre. El detenido fue extraditado a Perú.",
            "es",
            {"ES", "PE"},
        ),
    ],
    ids=["en-deported-from-the-documents-country", "es-extradited"],
)
def test_a_removal_spans_the_documents_country_and_where_people_were_taken(
    sentence, doc, lang, expected
):
    event = one_sentence_event(EventType.DEPORTATION, sentence, doc=doc, lang=lang)
    assert set(event.country) == expected
    assert event.inferred.get("country") == "document"


def test_an_arrest_is_not_given_the_documents_country_beside_its_own():
    doc = "Police in Norway said a man was arrested in Albania on Tuesday."
    event = one_sentence_event(
        EventType.ARREST, "A man was arrested in Albania on Tuesday.", doc=doc
    )
    assert event.country == ["AL"]


def test_an_action_placed_only_by_the_document_takes_the_country_of_the_bodies_named():
    from enforcement_events.events import country_from_agencies

    doc = (
        "The cocaine had been packed in Colombia months earlier. "
        "RCMP officers found it in a shipping container. "
        "Officers seized 40 kg of it."
    )
    third = doc.index("Officers seized")
    event = one_sentence_event(EventType.SEIZURE, doc[third:], doc=doc, start=third)
    assert (event.country, event.inferred.get("country")) == (["CO"], "document")
    country_from_agencies([event], doc)
    assert (event.country, event.inferred.get("country")) == (["CA"], "document")


@pytest.mark.parametrize(
    "doc",
    [
        # a dateline says where the story was filed
        "BOGOTA, Colombia - RCMP officers found cocaine in a container. Officers seized 40 kg.",
        # two countries' bodies named as often: no lead
        "Cocaine from a farm in Colombia reached the port. The FBI and the RCMP worked "
        "together. Officers seized 40 kg.",
        # a sentence that names its own country keeps it
        "RCMP officers travelled abroad. Officers seized 40 kg in Colombia.",
    ],
    ids=["dateline", "tie", "own-country"],
)
def test_the_bodies_named_do_not_move_an_action_placed_otherwise(doc):
    from enforcement_events.events import country_from_agencies

    last = doc.index("Officers seized")
    event = one_sentence_event(EventType.SEIZURE, doc[last:], doc=doc, start=last)
    before = list(event.country)
    country_from_agencies([event], doc)
    assert event.country == before


def test_an_acronym_matches_only_in_capitals():
    from enforcement_events.events import agency_country

    assert agency_country("Officers found ice in the car. Nothing else was found.") is None
    assert agency_country("ICE agents arrested him.") == "US"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized 300 bags of rice manufactured in Thailand at the depot.", []),
        ("Police stopped a van registered in Lithuania near a port in Belgium.", ["BE"]),
        ("The cannabis, grown in Morocco, was seized in Spain.", ["ES"]),
        ("The suspects were arrested in Portugal.", ["PT"]),
    ],
    ids=["manufactured-in", "registered-in", "grown-in", "arrested-in"],
)
def test_where_goods_were_made_or_registered_is_not_where_the_action_happened(text, expected):
    from enforcement_events.normalize import countries_in, locative_countries

    assert locative_countries(text, origin=False) == expected
    assert countries_in(text, origin=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immigration officers deported 17 Vietnamese nationals on Monday.", ["GB", "VN"]),
        ("A Moldovan man was deported after serving his sentence.", ["GB", "MD"]),
        # the sentence names where they were taken
        ("Nine Albanian men were deported to Tirana on a charter flight.", ["GB"]),
        # two nationalities: which went where is not said
        ("Four Iraqi and two Syrian nationals were deported.", ["GB"]),
    ],
    ids=["nationals", "man", "destination-named", "two-nationalities"],
)
def test_a_deportation_lists_the_country_of_the_people_it_names(text, expected):
    from enforcement_events.events import deported_home

    doc = "Home Office enforcement teams in London carried out the operation. " + text
    start = doc.index(text)
    event = one_sentence_event(EventType.DEPORTATION, text, doc=doc, start=start)
    event.country = ["GB"]
    deported_home([event])
    assert event.country == expected


def test_a_dollar_sum_is_read_again_in_the_currency_of_the_actions_final_country():
    from enforcement_events.events import currencies_again

    text = "The two men were ordered to pay $7,500 in fines."
    event = one_sentence_event(EventType.FINANCIAL_PENALTY, text)
    event.country = ["US"]
    currencies_again([event])
    assert (event.money.amount, event.money.currency) == (7500.0, "USD")
    event.country = ["CA"]  # placed in Canada after the merge
    currencies_again([event])
    assert (event.money.amount, event.money.currency) == (7500.0, "CAD")
    event.country = ["CA", "US"]  # two countries: which dollar is not known; left as read
    currencies_again([event])
    assert event.money.currency == "CAD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers stopped the two men after their flight from Lagos, Nigeria, landed.", []),
        ("The courier, arriving from Sao Paulo, Brazil, was stopped at the gate.", []),
        ("Customs officers in Dublin, Ireland, stopped the courier.", ["IE"]),
        ("Officers stopped the courier in Lagos, Nigeria, on Friday.", ["NG"]),
    ],
    ids=["flight-from-city", "arriving-from-city", "in-city", "in-city-2"],
)
def test_a_country_after_the_city_a_traveller_came_from_is_an_origin(text, expected):
    from enforcement_events.normalize import countries_in

    assert countries_in(text, origin=False) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Lunedì 3 marzo u.s. la Questura di Bari ha arrestato un uomo.", "it", ["IT"]),
        ("Il latitante era fuggito negli U.S.A. nel 2019.", "it", ["US"]),
        ("He fled to the U.S. in 2019.", "en", ["US"]),
    ],
    ids=["it-ultimo-scorso", "it-usa", "en-us"],
)
def test_a_lower_case_abbreviation_names_no_country(text, lang, expected):
    from enforcement_events.normalize import countries_in

    found = intl_countries_in(text, lang) if lang != "en" else countries_in(text)
    assert found == expected


def test_a_country_named_only_as_a_destination_comes_after_the_towns() -> None:
    from enforcement_events.events import _doc_country

    text = (
        "Customs officers at Busan Port seized 9,000 cartons of cigarettes.\n\n"
        "The cartons were to be shipped to Russia as transit cargo, officials in Busan said."
    )
    _doc_country.cache_clear()
    assert _doc_country(text) == ["KR"]


def test_a_country_named_as_where_the_action_happened_still_comes_first() -> None:
    from enforcement_events.events import _doc_country

    text = "Police in Spain arrested two men who were smuggling hashish to France."
    _doc_country.cache_clear()
    assert _doc_country(text) == ["ES"]
