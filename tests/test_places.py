"""Towns whose name several countries share, on sentences written for these tests."""

from __future__ import annotations

from enforcement_events.places import cities_in


def test_a_town_name_several_countries_share_goes_to_the_documents_country():
    sentence = "Two men appeared at Perth Sheriff Court on Monday."
    assert cities_in(sentence, "in|at") == ["AU"]  # alone: the most populous Perth
    assert cities_in(sentence, "in|at", prefer="GB") == ["GB"]  # Scotland has one too
    # a country with no town of that name does not take it
    assert cities_in("She was arrested in Birmingham.", "in|at", prefer="FR") == ["GB"]
    assert cities_in("She was arrested in Birmingham.", "in|at", prefer="US") == ["US"]


def test_the_dateline_tells_the_documents_country():
    from enforcement_events.events import _doc_country, dateline_country

    story = (
        "Customs find cigarettes in lorry\n\n"
        "ROTTERDAM (Reuters) - Officers found 2 million cigarettes in a lorry from Poland "
        "on Tuesday, a spokesman said.\n"
    )
    assert dateline_country(story) == "NL"
    # without the dateline the first country named (Poland, where the lorry came from)
    assert _doc_country(story.replace("ROTTERDAM (Reuters) - ", "")) == ["PL"]
    assert _doc_country(story) == ["NL"]
    assert dateline_country("KINGSTON, Jamaica — Police seized a boat.") == "JM"
    assert dateline_country("MADRID, 3 mar (EFE) - La Guardia Civil ha detenido", "es") == "ES"
    # a headline with a dash is no dateline
    assert dateline_country("Police Arrest Two - Drugs Seized\n\nTwo men were held.") is None


def test_everyday_words_that_are_also_region_names_name_no_country():
    from enforcement_events.normalize import subdivision_counts

    text = (
        "The Coast Guard found the boat off North Wales; West Midlands Police and the "
        "South Yorkshire force joined the search of the Lakes and the river delta."
    )
    assert subdivision_counts(text) == {}
    # a region of one country, named as such, still counts
    assert subdivision_counts("Officers from Pyrénées-Orientales helped.") == {"FR": 1}


def test_a_town_named_before_the_body_that_acted_places_the_action():
    from enforcement_events.lexicon import en
    from enforcement_events.places import towns_before

    def read(sentence: str, prefer: str | None = None) -> list[str]:
        return towns_before(sentence, en.INSTITUTIONS, en.INSTITUTION_QUALIFIERS, prefer)

    assert read("The Karachi police raided a flat on Monday.") == ["PK"]
    assert read("The Auckland District Court fined the firm.") == ["NZ"]
    assert read("Abuja Metropolitan Police paraded the suspects.") == ["NG"]
    # the capitalised words are the town's whole name: not Kong in Côte d'Ivoire
    assert read("Hong Kong Customs seized the parcels.") == []
    # a county of England and towns of the United States: only as the document's country
    assert read("Kent Police charged the driver.") == []
    assert read("Kent Police charged the driver.", prefer="GB") == ["GB"]
    # a police station is named for its neighbourhood, too small a place to tell
    assert read("He was taken to the Sialkot police station.") == []
    # no body after the name: a man, not a town
    assert read("Karachi pleaded guilty on Monday.") == []


def test_a_district_court_before_which_a_town_is_named_is_not_the_united_states(fake_client):
    from enforcement_events import Extractor

    from .conftest import answers

    text = "The Tauranga District Court fined the landlord $12,000 on Tuesday."
    handler = answers(
        {
            "events": [
                {
                    "sentence": 1,
                    "type": "financial_penalty",
                    "count": None,
                    "where": None,
                    "when": "on Tuesday",
                    "total": False,
                }
            ]
        }
    )
    client = fake_client(handler)
    report = Extractor(client=client, mode="llama_cpp").extract(text, published="2024-05-10")
    (fine,) = report.events
    assert fine.country == ["NZ"]
    assert fine.money is not None and fine.money.currency == "NZD"


def test_a_shared_town_name_goes_to_a_country_that_speaks_the_texts_language():
    from enforcement_events.events import spoken_in

    # GeoNames also lists "Noordwijk" as an old name of Jayapura, a bigger town
    assert cities_in("Agenten hielden twee mannen aan in Noordwijk.", "in") == ["ID"]
    dutch = spoken_in("nl")
    assert cities_in("Agenten hielden twee mannen aan in Noordwijk.", "in", spoken=dutch) == ["NL"]
    # "Bergen" in Dutch is Mons, in Belgium; alone it is the bigger Norwegian town
    assert cities_in("De douane trof de lading aan in Bergen.", "in", spoken=dutch) == ["BE"]
    # a name no town of those countries bears keeps its own country
    assert cities_in("Zij werden opgepakt in Tripoli.", "in", spoken=dutch) == ["LY"]
    # the document's country, when it is one of the owners, still comes first
    assert cities_in("Zij werden opgepakt in Bergen.", "in", prefer="NO", spoken=dutch) == ["NO"]
    # English lists no such countries: the most populous town wins as before
    assert spoken_in("en") == frozenset()


def test_a_dutch_text_naming_a_shared_town_is_placed_in_the_dutch_speaking_country():
    from enforcement_events.events import _doc_country

    _doc_country.cache_clear()
    story = "Politie pakt drie mannen op\n\nDe politie heeft in Noordwijk drie mannen opgepakt."
    assert _doc_country(story, "nl") == ["NL"]


def test_english_names_of_islands_and_regions_name_their_country():
    from enforcement_events.events import _doc_country
    from enforcement_events.normalize import subdivision_counts

    _doc_country.cache_clear()
    story = "Boat skipper held on Crete\n\nCoastguards detained the skipper of a boat on Crete."
    assert _doc_country(story) == ["GR"]
    assert subdivision_counts("Migrants reached the Canary Islands and Sicily.") == {
        "ES": 1,
        "IT": 1,
    }
    # ISO 3166-2's own names still count
    assert subdivision_counts("Arrests were made in Sicilia.") == {"IT": 1}
