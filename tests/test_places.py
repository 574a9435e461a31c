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
