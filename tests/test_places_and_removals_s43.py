"""Readings added in session 43 (English nationality words, a country named only as
where someone went, "held ... to account", a sentence opening on a condition, francs, Gulf
signs, Dutch immigration detention, German terms to be served, sea miles) and the
review's cases against each. Where a reading has a switch or a table entry (its row in
benchmarks/levers.py), its test reads a sentence with it, then checks the old reading
comes back without it; guard cases check what the reading must leave alone. The
sentences are written for these tests, not copied from the labelled samples."""

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
    words = lexicon.load("en")
    before = {w: c for w, c in words.DEMONYMS.items() if w not in words.MORE_DEMONYMS}
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


def test_a_removal_keeps_the_country_people_were_sent_to(monkeypatch):
    doc = "Police in Lilongwe said 14 men were deported back into Mozambique on Monday."
    events._doc_country.cache_clear()
    assert "MZ" in one_sentence_event(T.DEPORTATION, doc).country
    # the same sentence told of an arrest: where they went is no place of it
    assert "MZ" not in one_sentence_event(T.ARREST, doc.replace("deported", "arrested")).country
    monkeypatch.setattr(events, "DESTINATION_NOT_HERE_EN", False)
    assert "MZ" in one_sentence_event(T.ARREST, doc.replace("deported", "arrested")).country


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents say it is time the council was held to account for the delays.",
        "Voters held the mayor and his deputies to account at the polls.",
    ],
)
def test_held_to_account_holds_no_one(monkeypatch, sentence):
    from enforcement_events import rules
    from enforcement_events.rules import supported_type

    assert supported_type(T.ARREST, sentence, "en") is None
    old = lexicon.load("en").NOT_HELD.split("(?!(?:")[0]
    monkeypatch.setattr(lexicon.load("en"), "NOT_HELD", old)
    rules._rules.cache_clear()
    rules._type_words_for.cache_clear()
    try:
        assert supported_type(T.ARREST, sentence, "en") is T.ARREST
    finally:
        monkeypatch.undo()
        rules._rules.cache_clear()
        rules._type_words_for.cache_clear()


def test_held_for_questioning_still_holds():
    from enforcement_events.rules import supported_type

    sentence = "Officers held two men for questioning to account for the missing cash."
    assert supported_type(T.ARREST, sentence, "en") is T.ARREST


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("If the victim is under 15, the sentence is doubled to eight years.", T.SENTENCE),
        ("If a driver refused the test, he was arrested on the spot.", T.ARREST),
        ("Unless they held papers, migrants were detained at the port.", T.DETENTION),
    ],
)
def test_a_sentence_opening_on_a_condition_tells_no_action(monkeypatch, sentence, type_):
    from enforcement_events import rules
    from enforcement_events.rules import is_hypothetical

    assert is_hypothetical(sentence, "en", type_)
    monkeypatch.setattr(rules, "CONDITIONAL_OPENING_EN", False)
    assert not is_hypothetical(sentence, "en", type_)


@pytest.mark.parametrize(
    "sentence",
    [
        "“If we do not act, more will die,” the officer said after three men were arrested.",
        "If anything, the arrest of the mayor on Monday showed how far the inquiry had gone.",
    ],
)
def test_a_quoted_condition_or_if_anything_opens_no_condition(sentence):
    from enforcement_events.rules import is_hypothetical

    assert not is_hypothetical(sentence, "en", T.ARREST)


def test_a_condition_later_in_the_sentence_is_read_as_before():
    from enforcement_events.rules import is_hypothetical

    sentence = "The man was sentenced to six years, and his wife was fined as if she had known."
    assert not is_hypothetical(sentence, "en", T.SENTENCE)


@pytest.mark.parametrize(
    ("lang", "text", "country", "code"),
    [
        ("fr", "Il devra payer une amende de 250 000 francs.", "PF", "XPF"),
        ("fr", "Le tribunal de Dakar lui inflige 500 000 francs d'amende.", "SN", "XOF"),
        ("fr", "Une amende de 2 000 francs a été prononcée à Genève.", "CH", "CHF"),
        ("it", "Dovrà pagare una multa di 3000 franchi.", "CH", "CHF"),
    ],
)
def test_a_bare_francs_is_the_money_of_the_country(monkeypatch, lang, text, country, code):
    assert normalize.intl_money_in(text, lang, country)[0][1] == code
    monkeypatch.setattr(normalize, "LOCAL_FRANCS", False)
    assert normalize.intl_money_in(text, lang, country)[0][1] == "CHF"


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Na overleg met justitie zijn de twee Guyanezen in vreemdelingenbewaring gehouden.", True),
        ("Zaterdag werden P.K. en D.V. in vreemdelingenbewaring gehouden.", True),
        ("De twee mannen werden niet in vreemdelingenbewaring gehouden.", False),
        ("De vrouw zal in vreemdelingenbewaring gehouden worden tot haar vertrek.", False),
    ],
)
def test_dutch_people_held_in_immigration_detention(monkeypatch, sentence, read):
    from enforcement_events.rules import rule_types

    from .conftest import read_with_rule_cut

    assert (T.DETENTION in rule_types(sentence, "nl")) is read
    if read:
        cut = r"|(?<!niet )\bin\s+vreemdelingenbewaring\s+gehouden"
        assert not read_with_rule_cut(monkeypatch, "nl", T.DETENTION, cut, sentence)


def test_a_german_term_that_must_be_served_was_passed(monkeypatch):
    from enforcement_events.rules import is_hypothetical

    sentence = "Der Fahrer muss nun eine Haftstrafe von drei Jahren und zwei Monaten verbüßen."
    assert not is_hypothetical(sentence, "de", T.SENTENCE)
    old = lexicon.load("de").MUST_SERVE.split("|\\b(?:muss")[0]
    monkeypatch.setattr(lexicon.load("de"), "MUST_SERVE", old)
    assert is_hypothetical(sentence, "de", T.SENTENCE)


@pytest.mark.parametrize(
    ("text", "sum_"),
    [
        ("The court fined each man BD3,500 on Monday.", (3500.0, "BHD")),
        ("He was ordered to pay KD 750 in damages.", (750.0, "KWD")),
        ("Customs found QR12,000 in the bag.", (12000.0, "QAR")),
        ("She was fined Dhs 40,000 and deported.", (40000.0, "AED")),
    ],
)
def test_gulf_signs_name_their_money(monkeypatch, text, sum_):
    assert normalize.money_in(text) == [sum_]
    monkeypatch.setattr(normalize, "GULF_SIGNS", False)
    assert normalize.money_in(text) == []


def test_a_gulf_sign_before_one_digit_is_no_sum():
    assert normalize.money_in("The BD 2 unit was closed for repairs.") == []


@pytest.mark.parametrize(
    ("lang", "sentence", "miles"),
    [
        ("es", "La patrullera interceptó la neumática a 12 millas de la costa de Almería.", 12),
        ("it", "La motovedetta ha intercettato il barchino a 30 miglia da Lampedusa.", 30),
        ("de", "Die Küstenwache stoppte das Boot rund 19 Seemeilen vor der Küste.", 19),
    ],
)
def test_sea_miles_count_no_one(monkeypatch, lang, sentence, miles):
    from enforcement_events import events as ev
    from enforcement_events.extraction import event_count

    assert event_count(T.INTERCEPTION, None, sentence, [], lang) != miles
    table = lexicon.load(lang)
    monkeypatch.setattr(table, "NOT_A_COUNT", table.NOT_A_COUNT.rsplit("|", 1)[0])
    ev._not_a_count.cache_clear()
    try:
        assert event_count(T.INTERCEPTION, None, sentence, [], lang) == miles
    finally:
        monkeypatch.undo()
        ev._not_a_count.cache_clear()


def test_review_cases_of_the_readings():
    from enforcement_events.extraction import event_count
    from enforcement_events.rules import is_hypothetical, supported_type

    # "one of the two" is one person, not two
    one_of = "L'un des deux hommes a été interpellé dans un bus à Lyon."
    assert event_count(T.ARREST, 1, one_of, [], "fr") == 1
    # "unable to account for" the cash: they are held
    held = "Police held three men who were unable to account for the cash."
    assert supported_type(T.ARREST, held, "en") is T.ARREST
    # the Swiss spelling, and a maximum ("bis zu") still possible
    swiss = "Der Kurier muss nun eine Freiheitsstrafe von zwei Jahren verbüssen."
    assert not is_hypothetical(swiss, "de", T.SENTENCE)
    most = "Wird er schuldig gesprochen, muss er bis zu zehn Jahre Haft verbüßen."
    assert is_hypothetical(most, "de", T.SENTENCE)
    # a Gulf sum with its scale
    assert normalize.money_in("The court fined the firm BD1.5 million.") == [(1500000.0, "BHD")]
