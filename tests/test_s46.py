"""Readings added in session 46 (from L351). Each test reads a sentence with the switch
on, then checks the old reading comes back with it off. The sentences are written for
these tests, not copied from the labelled samples."""

from datetime import date

import pytest

from enforcement_events import events, normalize, rules
from enforcement_events.schema import EventType as T


# L351: two numbers joined by a point, with no year and no point after them, are a decimal
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Beamten fanden bei dem Fahrer 6.5 Gramm Kokain."),
        ("de", "Im Rucksack lagen 14.2 Kilogramm Haschisch."),
    ],
)
def test_a_decimal_is_no_day_and_month(monkeypatch, lang, text):
    assert normalize.intl_resolve_date(text, date(2021, 11, 20), None, lang) == (None, None)
    monkeypatch.setattr(normalize, "DECIMAL_NOT_DATE", False)
    assert normalize.intl_resolve_date(text, date(2021, 11, 20), None, lang)[0] is not None


def test_a_pair_that_is_no_day_and_month_is_no_date(monkeypatch):
    text = "Bei dem Mann wurden 45.5 Gramm Marihuana sichergestellt."
    assert normalize.intl_resolve_date(text, None, 2020, "de") == (None, None)
    monkeypatch.setattr(normalize, "DECIMAL_NOT_DATE", False)
    assert normalize.intl_resolve_date(text, None, 2020, "de")[0] is not None


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("de", "Am 6.5. wurde der Mann in Kassel festgenommen.", "2021-05-06"),
        ("de", "Am 6.5.2021 wurde der Mann in Kassel festgenommen.", "2021-05-06"),
        ("fr", "Le 6/5, la police a interpellé deux hommes.", "2021-05-06"),
    ],
)
def test_a_day_and_month_in_digits_is_still_a_date(lang, text, day):
    assert normalize.intl_resolve_date(text, date(2021, 11, 20), None, lang)[0] == day


# L352: a custodial term told only in days
@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The magistrate sent him to prison for sixty days.", 2.0),
        ("She was given 75 days in jail for the theft.", 2.0),
        ("He received a sentence of 365 days.", 12.0),
    ],
)
def test_an_english_term_in_days_is_read_as_months(monkeypatch, text, months):
    assert normalize.sentence_months(text) == months
    monkeypatch.setattr(normalize, "DAY_TERMS", False)
    assert normalize.sentence_months(text) is None


@pytest.mark.parametrize(
    ("lang", "text", "months"),
    [
        ("nl", "De rechter legde hem 60 dagen gevangenisstraf op.", 2.0),
        ("fr", "Il a écopé de quatre-vingt-dix jours de prison ferme.", 3.0),
        ("de", "Das Gericht verhängte 30 Tage Haft gegen den Fahrer.", 1.0),
        ("es", "El juez le impuso 120 días de prisión.", 4.0),
        ("it", "Il giudice gli ha inflitto 15 giorni di arresto.", 0.49),
        ("nl", "Hij kreeg 800 dagen cel, waarvan 400 dagen voorwaardelijk.", 26.0),
    ],
)
def test_a_term_in_days_is_read_as_months(monkeypatch, lang, text, months):
    assert normalize.intl_sentence_months(text, lang) == months
    monkeypatch.setattr(normalize, "DAY_TERMS", False)
    assert normalize.intl_sentence_months(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "months"),
    [
        ("en", "He got two years in prison, having spent 200 days on remand.", 24.0),
        ("fr", "Il a été condamné à un an de prison, dont 40 jours déjà purgés.", 12.0),
    ],
)
def test_days_are_not_read_beside_a_longer_unit(lang, text, months):
    read = (
        normalize.sentence_months(text)
        if lang == "en"
        else normalize.intl_sentence_months(text, lang)
    )
    assert read == months


def test_days_to_appeal_under_a_maximum_are_not_a_term():
    assert normalize.intl_sentence_months("Il risque jusqu'à 90 jours de prison.", "fr") is None


# L353: of two dates with their day in one sentence, the one nearest the action's word
@pytest.mark.parametrize(
    ("lang", "type_", "sentence", "near"),
    [
        (
            "es",
            T.ARREST,
            "El 3 de marzo de 2015 huyó de la cárcel, y el 14 de julio de 2022 fue detenido "
            "en Quito.",
            "14 de julio de 2022",
        ),
        (
            "fr",
            T.ARREST,
            "Recherché depuis le 8 janvier 2018, il a été interpellé le 2 avril 2023 à Nice.",
            "2 avril 2023",
        ),
        (
            "de",
            T.SENTENCE,
            "Der Mann, der am 04.02.2019 festgenommen worden war, wurde am 11.09.2020 zu "
            "drei Jahren Haft verurteilt.",
            "11.09.2020",
        ),
    ],
)
def test_the_date_nearest_the_action_is_taken(lang, type_, sentence, near):
    assert events._date_near_word(type_, sentence, lang) == near


@pytest.mark.parametrize(
    ("type_", "sentence", "near"),
    [
        (
            T.ARREST,
            "He fled on March 3, 2015, and was arrested in Oslo on July 14, 2022.",
            "July 14, 2022",
        ),
        (
            T.EXTRADITION,
            "He was arrested on 3 March 2015 and extradited on 14 July 2022.",
            "14 July 2022",
        ),
        (
            T.ARREST,
            "He was arrested on 3 March 2015 and extradited on 14 July 2022.",
            "3 March 2015",
        ),
    ],
)
def test_english_takes_the_date_in_the_action_s_clause(type_, sentence, near):
    assert events._date_near_word(type_, sentence, "en") == near


def test_a_date_outside_the_action_s_clause_is_not_taken():
    sentence = "Le 2 mars 2019, un vol a eu lieu ; le 9 juin 2023, deux hommes ont été interpellés."
    assert events._date_near_word(T.ARREST, sentence, "fr") == "9 juin 2023"
    sentence = "Le 2 mars 2019, il a été interpellé ; le 9 juin 2023, il a fui."
    assert events._date_near_word(T.ARREST, sentence, "fr") == "2 mars 2019"


def test_a_clause_with_its_own_action_is_no_heading_date():
    sentence = "On 9 May 2024, the driver, stopped on 8 May, was released on bail."
    assert events._date_near_word(T.RELEASE, sentence, "en") is None


def test_one_date_leaves_the_model_s_date_alone():
    sentence = "Le 2 avril 2023, la police a interpellé un homme à Nice."
    assert events._date_near_word(T.ARREST, sentence, "fr") is None


# L354: a weekday pins an undated text's year only beside a month's name
def test_a_weekday_alone_pins_no_year(monkeypatch):
    sentence = "Am Donnerstag nahm die Polizei in Fulda zwei Männer fest."
    assert events._weekday_pinned(sentence, "de", date(2020, 12, 31)) == (None, None)
    monkeypatch.setattr(events, "WEEKDAY_PIN_NEEDS_MONTH", False)
    assert events._weekday_pinned(sentence, "de", date(2020, 12, 31)) == ("2020-12-24", "day")


@pytest.mark.parametrize(
    ("lang", "sentence", "day"),
    [
        ("de", "Am Donnerstag, 14. März, nahm die Polizei zwei Männer fest.", "2019-03-14"),
        ("en", "Police arrested two men on Thursday, March 14.", "2019-03-14"),
    ],
)
def test_a_weekday_beside_a_month_still_pins_the_year(lang, sentence, day):
    assert events._weekday_pinned(sentence, lang, date(2020, 12, 31)) == (day, "day")


# L355: "the quartet" counts four, "the quintet" five
@pytest.mark.parametrize(
    ("sentence", "type_", "count"),
    [
        ("The quartet was detained at the port after a tip-off.", T.ARREST, 4),
        ("The quintet were charged with handling stolen goods.", T.CHARGE, 5),
    ],
)
def test_the_quartet_or_the_quintet_count_four_or_five(monkeypatch, sentence, type_, count):
    at = rules.word_position(type_, sentence)
    assert rules.subject_count(sentence, at) == count
    monkeypatch.setattr(rules, "QUARTET_EN", False)
    assert rules.subject_count(sentence, at) != count


def test_a_string_quartet_of_players_is_not_counted():
    sentence = "Police arrested a man who had robbed the quartet of musicians."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) != 4


# L356: "the trio" before the action's word is read before a count anywhere in the sentence
# ("a van which had": one)
@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The trio was held at a checkpoint with a van which had no plates.", 3),
        ("The quartet was apprehended near the harbour with a bag which had six phones.", 4),
    ],
)
def test_the_trio_before_the_action_beats_a_number_after_it(monkeypatch, sentence, count):
    at = rules.word_position(T.ARREST, sentence)
    assert rules.subject_count(sentence, at) == count
    monkeypatch.setattr(rules, "PAIR_FIRST_EN", False)
    assert rules.subject_count(sentence, at) != count
