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
