"""English readings added in session 42: custody before trial, vessels caught, counts
beside goods and pronouns, pointers back, work still going on, cases in general, places
that are not where an action happened (and those a country's adjective names), goods'
names in headlines, "pledged", "further added", an opening clause of time.

Each reading has a switch (its row in benchmarks/levers.py): each test reads a sentence
with the switch on, then checks the old reading comes back with it off. The sentences are
written for these tests, not copied from the labelled samples."""

import re

import pytest

from enforcement_events import events, normalize, rules
from enforcement_events.events import goods_counted
from enforcement_events.extraction import _as_reported
from enforcement_events.normalize import countries_in, locative_countries
from enforcement_events.rules import (
    is_back_reference,
    is_habitual,
    is_hypothetical,
    subject_count,
    word_position,
)
from enforcement_events.schema import EventType

from .conftest import one_sentence_event

T = EventType


@pytest.mark.parametrize(
    ("switch", "given", "sentence", "reported"),
    [
        # custody while an investigation or a trial is still to come (JAILED_PENDING_EN)
        (
            "JAILED_PENDING_EN",
            T.SENTENCE,
            "The two couriers have been jailed while the inquiry into the shipment goes on.",
            T.ARREST,
        ),
        ("JAILED_PENDING_EN", T.SENTENCE, "The pharmacist was jailed pending trial.", T.ARREST),
        (
            "JAILED_PENDING_EN",
            T.SENTENCE,
            "The smugglers were jailed awaiting a court hearing next month.",
            T.ARREST,
        ),
        # vessels, not people, caught (VESSELS_CAUGHT_EN)
        (
            "VESSELS_CAUGHT_EN",
            T.ARREST,
            "Two foreign trawlers were captured by the navy off the northern atoll.",
            T.INTERCEPTION,
        ),
        ("VESSELS_CAUGHT_EN", T.ARREST, "Unlicensed Longline Boats Captured", T.INTERCEPTION),
    ],
)
def test_custody_and_vessels_read_as_reported(monkeypatch, switch, given, sentence, reported):
    assert _as_reported(given, sentence, "en") is reported
    monkeypatch.setattr(rules, switch, False)
    assert _as_reported(given, sentence, "en") is given


@pytest.mark.parametrize(
    ("given", "sentence"),
    [
        # a term told: a sentence, whatever follows
        (T.SENTENCE, "The pharmacist was jailed for four years pending an appeal."),
        (T.SENTENCE, "The dealer was sentenced to six years while his partner awaits trial."),
        (T.SENTENCE, "The pharmacist was jailed on Monday."),
        # people named as taken with the vessel: their arrest
        (T.ARREST, "Two trawlers and their crews were captured by the navy."),
        (T.ARREST, "Nine fishermen were captured after their boats were spotted."),
        (T.ARREST, "The skipper was captured as he left the boat."),
        # what the review tried: a vessel not heading the sentence, a single person, a
        # trial or a case that is someone else's
        (T.ARREST, "The man who hijacked the ship was captured on Monday."),
        (T.ARREST, "Ahmed jumped from the boat and was captured by police."),
        (T.ARREST, "A boat thief was caught on camera and arrested."),
        (T.SENTENCE, "The dealer was jailed yesterday while his partner awaits trial."),
        (T.SENTENCE, "Kumar was sentenced on Friday while the case against his brother goes on."),
    ],
)
def test_terms_and_crews_keep_their_type(given, sentence):
    assert _as_reported(given, sentence, "en") is given


@pytest.mark.parametrize(
    ("switch", "sentence", "on", "off"),
    [
        (
            "PRONOUN_ONE_EN",
            "One courier had 3000 pills in his bag when he was arrested at the checkpoint.",
            1,
            3000,
        ),
        (
            "UNITS_NOT_PEOPLE",
            "Twelve kilograms of resin were found in the loft, and the driver has been arrested.",
            1,
            12,
        ),
        (
            "INITIALS_SINGLE_EN",
            "Ammunition and cash were found, while one person, K.M., has been arrested.",
            1,
            None,
        ),
    ],
)
def test_counts_beside_goods_pronouns_and_initials(monkeypatch, switch, sentence, on, off):
    at = word_position(T.ARREST, sentence)
    assert subject_count(sentence, at) == on
    monkeypatch.setattr(rules, switch, False)
    assert subject_count(sentence, at) == off


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three men were arrested after he was seen at the port.", 3),
        ("Forty tonnes of cement and two drivers were held.", 2),
        ("Two people were arrested; 50 kilograms of khat were seized.", 2),
    ],
)
def test_counts_these_readings_leave_alone(sentence, expected):
    at = word_position(T.ARREST, sentence)
    assert subject_count(sentence, at) == expected


def test_detainees_point_back(monkeypatch):
    sentence = "The detainees, two women and a man, were questioned by a judge on Friday."
    assert is_back_reference(T.ARREST, sentence)
    monkeypatch.setattr(rules, "DETAINEES_BACK_EN", False)
    assert not is_back_reference(T.ARREST, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The detainees were arrested in a dawn raid.",
        # the detainees as an object: the arrest is someone else's, told here
        "Officers arrested a lawyer who represented the detainees.",
        "Police arrested a guard for beating the detainees.",
    ],
)
def test_detainees_told_with_their_own_action_do_not_point_back(sentence):
    assert not is_back_reference(T.ARREST, sentence)


@pytest.mark.parametrize(
    ("type_", "sentence", "hypothetical"),
    [
        (T.ARREST, "Investigations are underway to arrest the owners of the lorry.", True),
        (T.SEIZURE, "Efforts to seize the banker's villas in Dubai continue.", True),
        (T.SEIZURE, "Police launched a bid to seize the gang's villas.", True),
        (T.ARREST, "Work is ongoing to arrest the remaining suspects.", True),
        # done, whatever work went before
        (T.ARREST, "After a long investigation, two men were arrested in Hull.", False),
        (T.ARREST, "Efforts by the task force led to the arrest of two men.", False),
        (T.ARREST, "Joint efforts led to the arrest of five suspects.", False),
        (T.ARREST, "The ongoing crackdown led to the arrest of 40 people.", False),
    ],
)
def test_work_still_going_on_is_not_done(type_, sentence, hypothetical):
    assert is_hypothetical(sentence, "en", type_) is hypothetical


def test_work_still_going_on_with_the_old_intent_words(monkeypatch):
    sentence = "Investigations are underway to arrest the owners of the lorry."
    monkeypatch.setattr(
        rules,
        "_INTENT",
        re.compile(
            rules._INTENT.pattern.replace("|\\b(?:under\\s?way|ongoing|efforts?|bids?)\\s+", ""),
            re.I,
        ),
    )
    assert not is_hypothetical(sentence, "en", T.ARREST)


@pytest.mark.parametrize(
    ("sentence", "general"),
    [
        ("In past cases, crews caught fishing illegally were released on bail.", True),
        ("In such cases, the boats are seized and sold at auction.", True),
        # a round-up of real cases, or a comparison, tells actions
        ("In other cases, police seized two boats in Lagos on Friday.", False),
        ("As in previous cases, the vessel was seized by the coastguard.", False),
        ("In the latest case, the vessel was seized by the coastguard.", False),
        ("Past cases show the vessel was seized by the coastguard.", False),
    ],
)
def test_cases_in_general_tell_no_action(monkeypatch, sentence, general):
    type_ = T.RELEASE if "released" in sentence else T.SEIZURE
    assert is_habitual(type_, sentence) is general
    monkeypatch.setattr(rules, "CASES_IN_GENERAL_EN", False)
    assert not is_habitual(type_, sentence)


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        (
            "Four men linked to a gang based in Albania were arrested in Bari.",
            [],
            ["AL"],
        ),
        (
            "Pills were seized in a river town adjacent to Laos on Friday.",
            [],
            ["LA"],
        ),
    ],
)
def test_places_next_to_or_bases_are_not_where_it_happened(monkeypatch, text, on, off):
    assert locative_countries(text) == on
    monkeypatch.setattr(normalize, "NOT_HERE_EN", False)
    assert locative_countries(text) == off


def test_named_countries_skip_bases_but_keep_places():
    text = "A courier for a cartel headquartered in Colombia was arrested in Spain."
    assert countries_in(text) == ["ES"]
    assert locative_countries("The van was stopped close to the border in Slovenia.") == ["SI"]


def test_action_participles_end_goods_names(monkeypatch):
    headline = "2400 cigarette cartons seized, 5 arrested at the port"
    assert [(what, n) for _, what, n in goods_counted(headline)] == [("cigarette cartons", 2400)]
    monkeypatch.setattr(events, "ACTION_ENDS_GOODS", False)
    events._goods_re.cache_clear()
    try:
        assert [(what, n) for _, what, n in goods_counted(headline)] == [
            ("cigarette cartons seized", 2400),
            ("arrested", 5),
        ]
    finally:
        monkeypatch.undo()
        events._goods_re.cache_clear()


def test_pledged_is_no_plea():
    from enforcement_events.rules import has_word_for

    assert not has_word_for(T.CONVICTION, "The ministry has pledged to hire more inspectors.")
    assert has_word_for(T.CONVICTION, "The clerk pled guilty to two counts of fraud.")


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        ("A Turkey-backed militia seized a tanker.", [], ["TR"]),
        ("Officers arrested members of a Spain-based gang.", [], ["ES"]),
        ("A Nigeria-born chemist was arrested.", [], ["NG"]),
    ],
)
def test_countries_joined_to_led_or_based_are_not_places(monkeypatch, text, on, off):
    assert countries_in(text) == on
    monkeypatch.setattr(normalize, "LED_NAMES", False)
    normalize._country_pattern.cache_clear()
    try:
        assert countries_in(text) == off
    finally:
        monkeypatch.undo()
        normalize._country_pattern.cache_clear()


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        ("A dhow was seized in the Egyptian province of Suez.", ["EG"], []),
        ("Two boats were intercepted off the Tunisian coast.", ["TN"], []),
        ("The trawler was boarded in Peruvian waters on Monday.", ["PE"], []),
        # a border is two countries'; a nationality is no place
        ("Pills were seized near the Jordanian border.", [], []),
        ("Two Tunisian fishermen were arrested at sea.", [], []),
    ],
)
def test_country_adjectives_before_places_say_where(monkeypatch, text, on, off):
    assert locative_countries(text) == on
    monkeypatch.setattr(normalize, "DEMONYM_PLACES_EN", False)
    assert locative_countries(text) == off


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        ("Cocaine was seized near the Brazilian border on Friday.", [], ["BR"]),
        ("Brazilian border police seized cocaine on Friday.", ["BR"], ["BR"]),
        ("The Kenyan border guards arrested two men.", ["KE"], ["KE"]),
    ],
)
def test_border_names_its_guards_not_itself(monkeypatch, text, on, off):
    assert [c for _, c in normalize._authority_adjectives(text)] == on
    monkeypatch.setattr(normalize, "BORDER_BODY_ONLY", False)
    normalize._authority.cache_clear()
    try:
        assert [c for _, c in normalize._authority_adjectives(text)] == off
    finally:
        monkeypatch.undo()
        normalize._authority.cache_clear()


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("The ministry further added that the two women were held at the port.", False),
        ("The spokesman further said both men were arrested in the raid.", False),
        ("Police made further arrests on Monday.", True),
        ("Two further suspects were held on Monday.", True),
    ],
)
def test_further_before_a_speech_verb_tells_of_no_other_people(monkeypatch, text, others):
    from enforcement_events import lexicon
    from enforcement_events.events import tells_of_others

    assert tells_of_others(text, "en") is others
    monkeypatch.setattr(
        lexicon.load("en"),
        "OTHERS",
        "other|others|another|further|second|third|fourth|fifth|more",
    )
    assert tells_of_others(text, "en")


@pytest.mark.parametrize(
    ("type_", "sentence", "back"),
    [
        (T.ARREST, "After they were arrested, officers took them to a clinic for tests.", True),
        (T.ARREST, "Once he was detained, the driver asked for a lawyer.", True),
        # the action told again after the clause, or with a subject of its own
        (T.ARREST, "After he was released, he was arrested again on Friday.", False),
        (T.ARREST, "After the raid, three men were arrested at the farm.", False),
        (T.RELEASE, "After she was questioned, she was released on bail.", False),
    ],
)
def test_opening_clause_of_time_points_back(monkeypatch, type_, sentence, back):
    from enforcement_events.rules import told_in_clause_back

    assert told_in_clause_back(type_, sentence) is back
    monkeypatch.setattr(rules, "SUBORDINATE_BACK_EN", False)
    assert not told_in_clause_back(type_, sentence)


def test_opening_clause_of_time_joins_the_action_told_before(monkeypatch):
    from enforcement_events.events import merge_events

    first = "Two hikers were arrested by coastguards near the lighthouse on Monday."
    then = "After they were arrested, officers took them to a clinic in the capital for tests."
    doc = f"{first} Nothing else happened that day. {then}"
    a = one_sentence_event(T.ARREST, first, doc=doc, count=2)
    b = one_sentence_event(T.ARREST, then, doc=doc, start=doc.index(then), count=3)
    assert len(merge_events([a, b], text=doc)) == 1
    monkeypatch.setattr(rules, "SUBORDINATE_BACK_EN", False)
    assert len(merge_events([a, b], text=doc)) == 2
    # with nothing told before, the clause's action stands
    monkeypatch.undo()
    assert len(merge_events([b], text=then)) == 1


def test_searches_of_one_place_each_told_apart_stay_two(monkeypatch):
    from enforcement_events import events as ev_module
    from enforcement_events.events import merge_events

    first = "Detectives searched a garage in the harbour district on Tuesday."
    then = "Officers later conducted a search at the owner's flat."
    doc = f"{first} The garage was empty. {then}"
    a = one_sentence_event(T.SEARCH, first, doc=doc, count=1)
    b = one_sentence_event(T.SEARCH, then, doc=doc, start=doc.index(then), count=1)
    assert len(merge_events([a, b], text=doc)) == 2
    monkeypatch.setattr(ev_module, "ONE_SEARCH_EACH", False)
    assert len(merge_events([a, b], text=doc)) == 1


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        (
            "Congo cobalt smuggling is rising. Two traders were arrested in eastern DR Congo.",
            ["CD"],
            ["CG"],
        ),
        # both Congos named in full, or only the other: "Congo" is read as written
        (
            "Congo timber smuggling is rising. Traders were held in Brazzaville, Republic of"
            " Congo, and in Kinshasa.",
            ["CG"],
            ["CG"],
        ),
    ],
)
def test_congo_alone_is_the_congo_the_text_names(monkeypatch, text, on, off):
    events._doc_country.cache_clear()
    assert events._doc_country(text) == on
    monkeypatch.setattr(events, "CONGO_BY_TEXT", False)
    events._doc_country.cache_clear()
    assert events._doc_country(text) == off
    events._doc_country.cache_clear()


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        (
            "The parcels came from the US, Canada, Peru and Chile and were seized here.",
            [],
            ["CA", "PE", "CL"],
        ),
        ("Labourers from Nepal and Bhutan were held at a farm in Qatar.", ["QA"], ["BT", "QA"]),
        # a list that does not follow "from" is read as before
        ("Raids took place in Peru and Chile.", ["PE", "CL"], ["PE", "CL"]),
    ],
)
def test_countries_listed_after_from_are_origins(monkeypatch, text, on, off):
    assert countries_in(text, origin=False) == on
    monkeypatch.setattr(normalize, "FROM_LIST_ORIGIN", False)
    assert countries_in(text, origin=False) == off


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        ("Timber seized in Ghana was to be shipped to Vietnam.", ["GH"], ["GH", "VN"]),
        ("The cocaine, bound for Spain, was seized in Panama.", ["PA"], ["PA"]),
        ("Cigarettes seized at the port were destined to Italy.", [], ["IT"]),
    ],
)
def test_countries_goods_were_sent_to_are_not_where(monkeypatch, text, on, off):
    # as an action other than a removal reads its sentence (no origin)
    assert locative_countries(text, origin=False) == on
    monkeypatch.setattr(normalize, "SENT_TO_NOT_HERE", False)
    assert locative_countries(text, origin=False) == off


def test_removals_keep_where_people_were_sent():
    assert "LY" in locative_countries("Five men were deported and sent to Libya.", origin=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hashish was seized in the Irish Sea on Monday.", []),
        ("The dhow was seized off the Indian Ocean island of Pemba.", []),
        ("The raid was shown on Russian state television.", []),
        ("The raid took place close to Nigeria's border with Benin.", ["NG"]),
        ("Police officers based in Spain arrested two men.", ["ES"]),
    ],
)
def test_review_places_are_read_where_they_are(text, expected):
    assert sorted(locative_countries(text) or countries_in(text)) == expected


def test_goods_sent_to_a_country_and_seized_on_arrival_were_seized_there():
    text = "A container shipped to Spain was seized on arrival at the port."
    assert locative_countries(text, origin=False) == ["ES"]


def test_a_list_after_from_holds_countries_only():
    assert "MX" in countries_in("Agents from the FBI and Mexico arrested two men.", origin=False)


def test_congo_named_by_its_towns_stays_the_republic():
    events._doc_country.cache_clear()
    text = "Congo police arrested a man in Pointe-Noire after a ferry from Kinshasa, DRC."
    assert events._doc_country(text) == ["CG"]
    events._doc_country.cache_clear()


def test_a_participle_before_the_goods_is_no_end_of_their_name():
    found = [
        (what, n)
        for _, what, n in goods_counted("Officers destroyed 2,000 seized cigarette cartons.")
    ]
    assert found == [("cigarette cartons", 2000)]


def test_a_dotted_town_is_no_initials():
    sentence = "The suspect and his accomplices from St. Louis were arrested."
    assert subject_count(sentence, word_position(T.ARREST, sentence)) is None


def test_an_opening_clause_with_its_own_time_or_another_number_of_people_stands(monkeypatch):
    from enforcement_events.events import merge_events
    from enforcement_events.rules import told_in_clause_back

    assert not told_in_clause_back(T.ARREST, "When they were arrested in 2019, they had cash.")
    first = "Two women were arrested in Lagos on Monday."
    then = "Once he was detained at the airport, the courier asked for a lawyer."
    doc = f"{first} A man was stopped later. {then}"
    a = one_sentence_event(T.ARREST, first, doc=doc, count=2)
    b = one_sentence_event(T.ARREST, then, doc=doc, start=doc.index(then), count=1)
    assert len(merge_events([a, b], text=doc)) == 2
