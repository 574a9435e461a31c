"""Readings added in session 46 (from L351). A test named for a new reading reads a
sentence with the switch on, then checks the old reading comes back with it off; a test
named for what stays checks a reading the new one must leave alone. The sentences are
written for these tests, not copied or adapted from the labelled samples."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest

from enforcement_events import events, lexicon, normalize, rules
from enforcement_events.schema import EventType as T


def _months(text: str, lang: str) -> float | None:
    """The term in months, read by the English or the five languages' reader."""
    if lang == "en":
        return normalize.sentence_months(text)
    return normalize.intl_sentence_months(text, lang)


@contextmanager
def _french_rules_without(piece: str) -> Iterator[None]:
    """The French sentence rules with ``piece`` cut out, their compiled cache refreshed."""
    fr = lexicon.load("fr")
    rules_before = fr.RULES
    fr.RULES = {t: p.replace(piece, "") for t, p in rules_before.items()}
    rules._rules.cache_clear()
    try:
        yield
    finally:
        fr.RULES = rules_before
        rules._rules.cache_clear()


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
    text = "Im Tank fanden die Zöllner 63.4 Liter Diesel."
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
        ("The magistrate jailed him for sixty days.", 2.0),
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
        ("nl", "De rechter gaf haar een gevangenisstraf van 300 dagen.", 10.0),
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
    read = _months(text, lang)
    assert read == months


def test_days_under_a_maximum_are_no_term():
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
    sentence = "Detained on 1 October 2021, the teacher was released on 4 October 2021."
    assert events._date_near_word(T.RELEASE, sentence, "en") == "4 October 2021"


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
    sentence = "The quartet of musicians was robbed by a man who was arrested."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) != 4


# L356: "the trio" before the action's word is read before a count anywhere in the sentence
# ("a bar which had": one)
@pytest.mark.parametrize(
    ("sentence", "type_", "count"),
    [
        (
            "Late on Friday the trio were detained outside a bar which had closed early.",
            T.ARREST,
            3,
        ),
        ("The quintet, found in a flat which had no lease, were charged with fraud.", T.CHARGE, 5),
    ],
)
def test_the_trio_before_the_action_beats_a_count_after_it(monkeypatch, sentence, type_, count):
    at = rules.word_position(type_, sentence)
    assert rules.subject_count(sentence, at) == count
    monkeypatch.setattr(rules, "PAIR_FIRST_EN", False)
    assert rules.subject_count(sentence, at) != count


# L357: people detained who "allegedly" did something are suspects: an arrest
@pytest.mark.parametrize(
    "sentence",
    [
        "Three students were detained on Monday because they allegedly sold fake exam papers.",
        "The three men were detained on Friday after they allegedly sold forged tickets.",
    ],
)
def test_detained_people_who_allegedly_did_something_are_arrested(monkeypatch, sentence):
    assert rules.suspect_or_migrant(T.DETENTION, sentence) is T.ARREST
    monkeypatch.setattr(rules, "ALLEGEDLY_SUSPECTS_EN", False)
    assert rules.suspect_or_migrant(T.DETENTION, sentence) is T.DETENTION


@pytest.mark.parametrize(
    "sentence",
    [
        "Five workers were detained after they allegedly overstayed their visas.",
        "Nine people were detained near the fence after they allegedly crossed without papers.",
    ],
)
def test_detained_people_who_allegedly_stayed_or_crossed_stay_a_detention(sentence):
    assert rules.suspect_or_migrant(T.DETENTION, sentence) is T.DETENTION


def test_a_pair_before_a_count_of_others_is_not_taken_first():
    sentence = "The couple were attacked by three men who were later arrested."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) == 3


def test_a_quartet_s_member_is_one_person():
    sentence = "The quartet's driver was arrested on Friday."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) == 1


def test_the_quartet_switched_off_still_sees_a_later_pair(monkeypatch):
    monkeypatch.setattr(rules, "QUARTET_EN", False)
    sentence = "The quartet's van was stopped and the pair were arrested."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) == 2


# L353 with the model's date: the clause's own date is taken only when the model gave
# another; a span is dated as before
def test_the_model_s_date_in_the_clause_stands():
    sentence = "Escaped on 3 March 2015, he was arrested in Bergen on 14 July 2022."
    assert events._date_near_word(T.ARREST, sentence, "en", "14 July 2022") is None
    assert events._date_near_word(T.ARREST, sentence, "en", "3 March 2015") == "14 July 2022"


def test_a_span_of_days_is_left_alone():
    sentence = "From 1 March to 5 March 2023 police arrested 12 people."
    assert events._date_near_word(T.ARREST, sentence, "en") is None


def test_two_actions_with_their_own_dates_keep_them():
    sentence = "He was detained on 2 May 2016 and extradited on 9 June 2017."
    assert events._date_near_word(T.ARREST, sentence, "en") == "2 May 2016"
    assert events._date_near_word(T.EXTRADITION, sentence, "en") == "9 June 2017"


def test_a_small_may_is_no_month():
    sentence = "The 2 may have fled on 3 June 2020 before the police arrested one on 5 June 2020."
    assert events._dates_with_day(sentence, "en")[0].group(0) == "3 June 2020"


# L354 with digits: a weekday beside a day and month in digits still pins the year
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Giovedì 14/3 i carabinieri hanno fermato un ciclista."),
        ("es", "El jueves 14/3 la policía detuvo a un ciclista."),
    ],
)
def test_a_weekday_beside_a_day_in_digits_pins_the_year(lang, sentence):
    assert events._weekday_pinned(sentence, lang, date(2020, 12, 31)) == ("2019-03-14", "day")


def test_a_month_elsewhere_does_not_let_a_weekday_alone_pin(monkeypatch):
    sentence = "Am Donnerstag nahm die Polizei, die seit März ermittelte, zwei Radfahrer fest."
    assert events._weekday_pinned(sentence, "de", date(2020, 12, 31)) == (None, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He has 14 days to appeal against the fine."),
        ("en", "The court sentenced him two days later to unpaid work."),
        ("fr", "Il a été condamné à 100 jours-amende."),
        ("de", "Das Urteil ist nach 14 Tagen rechtskräftig."),
        ("es", "El juez le impuso una multa de 30 días."),
        ("nl", "Hij heeft 14 dagen om in hoger beroep te gaan."),
    ],
)
def test_days_with_no_word_for_jail_are_no_term(lang, text):
    read = _months(text, lang)
    assert read is None


# L359: "dirhams" in the five languages: Morocco's, or the UAE's where the action was
@pytest.mark.parametrize(
    ("lang", "text", "country", "money"),
    [
        ("fr", "Il devra payer une amende de 15 000 dirhams.", "MA", [(15000.0, "MAD")]),
        ("es", "Le impusieron una multa de 2.000 dírhams.", None, [(2000.0, "MAD")]),
        ("nl", "Hij kreeg een boete van 9000 dirham in Dubai.", "AE", [(9000.0, "AED")]),
    ],
)
def test_dirhams_are_a_sum(monkeypatch, lang, text, country, money):
    assert normalize.intl_money_in(text, lang, country) == money
    monkeypatch.setattr(normalize, "INTL_DIRHAMS", False)
    assert normalize.intl_money_in(text, lang, country) == []


# L360: French, a fine joined to a term ("assortie d'une amende") is a financial penalty
@pytest.mark.parametrize(
    "sentence",
    [
        "Le tribunal a infligé au maire un an de prison avec sursis, assorti d'une amende de 15 000 euros.",
        "La cour lui a infligé trois ans de prison, doublée d'une amende de 10 000 euros.",
    ],
)
def test_a_fine_joined_to_a_term_is_a_penalty(monkeypatch, sentence):
    assert T.FINANCIAL_PENALTY in rules.rule_types(sentence, "fr")
    with _french_rules_without(lexicon.load("fr").FINE_JOINED):
        assert T.FINANCIAL_PENALTY not in rules.rule_types(sentence, "fr")


@pytest.mark.parametrize(
    "sentence",
    [
        "Le prévenu encourt cinq ans de prison assortis d'une amende de 75 000 euros.",
        "Le procureur a requis un an de prison assorti d'une amende de 3 000 euros.",
    ],
)
def test_a_fine_the_law_allows_or_the_prosecution_asks_is_none(sentence):
    assert T.FINANCIAL_PENALTY not in rules.rule_types(sentence, "fr")


# L362: English, a country named only as where someone is from is not the place
def test_where_someone_is_from_is_not_the_place(monkeypatch):
    from enforcement_events.schema import Evidence

    text = (
        "Police in Dodoma, Tanzania, questioned two tourists.\n\n"
        "One of them, a citizen of Chile, was later charged with theft."
    )
    told = "One of them, a citizen of Chile, was later charged with theft."
    start = text.index(told)

    def country(on: bool) -> list[str]:
        monkeypatch.setattr(events, "ORIGIN_OF_NOT_HERE_EN", on)
        events._doc_country.cache_clear()
        ev = events.build_event(
            type_=T.CHARGE,
            evidence=Evidence(text=told, start=start, end=start + len(told), match="exact"),
            context="",
            doc_text=text,
            count=None,
            where=None,
            when=None,
            total=False,
            published=None,
        )
        return ev.country

    try:
        assert country(True) == ["TZ"]
        assert country(False) == ["CL"]
    finally:
        events._doc_country.cache_clear()


def test_where_someone_is_from_is_not_the_document_s_country(monkeypatch):
    text = "A resident of Peru stood trial. Kenya police said the man was convicted in Nairobi."
    events._doc_country.cache_clear()
    try:
        assert events._doc_country(text) == ["KE"]
        monkeypatch.setattr(events, "ORIGIN_OF_NOT_HERE_EN", False)
        events._doc_country.cache_clear()
        assert events._doc_country(text) == ["PE"]
    finally:
        events._doc_country.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("He is a resident of Iran. Kenya police held him.", "He is a |. Kenya police held him."),
        ("a citizen of Bosnia and Herzegovina", "a |"),
        ("Citizens of Ghana were held.", "| were held."),
    ],
)
def test_only_the_country_of_origin_is_left_out(sentence, left):
    assert events._WHOSE_COUNTRY.sub("|", sentence) == left


# L360 (extended): French, "... de prison ferme et 500 000 FCFA d'amende"
@pytest.mark.parametrize(
    "sentence",
    [
        "Le passeur écope de deux ans de prison ferme et 800 000 FCFA d'amende.",
        "Elle a écopé de dix mois d'emprisonnement avec sursis et d'une amende de 900 euros.",
    ],
)
def test_a_fine_after_a_term_and_et_is_a_penalty(monkeypatch, sentence):
    assert T.FINANCIAL_PENALTY in rules.rule_types(sentence, "fr")
    with _french_rules_without(lexicon.load("fr").FINE_JOINED):
        assert T.FINANCIAL_PENALTY not in rules.rule_types(sentence, "fr")


def test_a_fine_the_law_allows_after_a_term_is_none():
    sentence = "Il encourt dix ans de prison et 7 500 000 euros d'amende."
    assert T.FINANCIAL_PENALTY not in rules.rule_types(sentence, "fr")


def test_days_under_a_maximum_in_english_are_no_term():
    assert normalize.sentence_months("She faces up to 90 days in jail.") is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The court sentenced him to 60 days of community service."),
        ("en", "She had spent 50 days in jail before the trial."),
        ("es", "El juez le impuso una pena de 60 días de multa."),
        ("fr", "Après 12 jours de détention provisoire, il a été jugé."),
        ("de", "Nach 10 Tagen Haft kam der Radfahrer wieder frei."),
    ],
)
def test_days_of_something_else_or_already_spent_are_no_term(lang, text):
    read = _months(text, lang)
    assert read is None


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Am Donnerstag gegen 16.45 Uhr nahm die Polizei zwei Radfahrer fest."),
        ("nl", "Donderdag om 14.30 uur hield de politie twee fietsers aan."),
    ],
)
def test_a_clock_time_does_not_let_a_weekday_pin(lang, sentence):
    assert events._weekday_pinned(sentence, lang, date(2020, 12, 31)) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine people were detained after they allegedly tried to cross the river without papers.",
        "Police detained 11 women who were allegedly trafficked to the port city.",
    ],
)
def test_people_held_for_how_they_came_stay_a_detention(sentence):
    assert rules.suspect_or_migrant(T.DETENTION, sentence) is T.DETENTION


def test_a_pair_s_relative_is_one_person():
    sentence = "The couple's nephew was arrested on Friday."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Il risque deux ans de prison assortis d'une amende de 4 000 euros.",
        "Le délit est puni de cinq ans de prison assortis d'une amende.",
        "Cette peine n'a pas été assortie d'une amende.",
    ],
)
def test_a_fine_not_passed_is_none(sentence):
    assert T.FINANCIAL_PENALTY not in rules.rule_types(sentence, "fr")


def test_dirhams_count_no_one():
    sentence = "Le commerçant a été condamné à payer 7000 dirhams."
    assert events.stated_count(T.FINANCIAL_PENALTY, sentence, "fr") is None


# L364: a number word before a sum's scale is read as its digits
@pytest.mark.parametrize(
    ("lang", "text", "money"),
    [
        ("fr", "Il devra verser trois millions d'euros.", [(3000000.0, "EUR")]),
        ("de", "Der Schaden beträgt zwei Millionen Euro.", [(2000000.0, "EUR")]),
        ("es", "La multa asciende a cuatro millones de euros.", [(4000000.0, "EUR")]),
        ("it", "Una sanzione di sei milioni di euro.", [(6000000.0, "EUR")]),
        ("nl", "Een boete van acht miljoen euro.", [(8000000.0, "EUR")]),
    ],
)
def test_a_number_word_before_a_scale_is_a_sum(monkeypatch, lang, text, money):
    assert normalize.intl_money_in(text, lang) == money
    monkeypatch.setattr(normalize, "SCALE_WORDS_INTL", False)
    assert normalize.intl_money_in(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le trafic rapportait plusieurs millions d'euros."),
        ("de", "Es ging um mehrere Millionen Euro."),
    ],
)
def test_an_unnumbered_scale_is_no_sum(lang, text):
    assert normalize.intl_money_in(text, lang) == []
