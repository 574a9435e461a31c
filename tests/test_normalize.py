from datetime import date

import pytest

from enforcement_events.normalize import (
    countries_in,
    country_code,
    money_in,
    numbers_in,
    resolve_date,
    sentence_months,
)
from enforcement_events.rules import word_position
from enforcement_events.schema import EventType

PUB = date(2020, 10, 2)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven people", [11]),
        ("twenty-three arrests", [23]),
        ("more than 1,300 accounts", [1300]),
        ("2.9 million cigarettes", [2_900_000]),
        ("a man was held", []),
    ],
    ids=["word", "compound", "thousands", "scaled", "article-not-a-number"],
)
def test_numbers(text, expected):
    assert numbers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seized approximately £40,000 in cash", [(40000, "GBP")]),
        ("agrees to forfeit $350 million", [(350_000_000, "USD")]),
        ("80,000 euros", [(80000, "EUR")]),
    ],
    ids=["pounds", "dollars-million", "euro-word"],
)
def test_money(text, expected):
    assert money_in(text) == expected


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("jailed for ten months", 10),
        ("sentenced to 121 months in prison", 121),
        ("jailed for three years", 36),
        ("four years and six months", 54),
        ("a 37-year-old man", None),
        ("faces up to 10 years in prison", None),
    ],
    ids=[
        "months-word",
        "months-digits",
        "years",
        "years-and-months",
        "age-is-not-a-term",
        "maximum-is-not-a-term",
    ],
)
def test_sentence_months(text, months):
    assert sentence_months(text) == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The driver, a man of 23 years, was jailed for eight months.", 8),
        ("She was sentenced to four years in prison, followed by two years of probation.", 48),
        ("He was sentenced to two years and three months, with six months suspended.", 27),
    ],
)
def test_of_several_terms_the_one_pronounced_counts(text, months):
    at = lambda t: word_position(EventType.SENTENCE, t)  # noqa: E731
    assert sentence_months(text, at) == months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only yesterday (September 29)", ("2020-09-29", "day")),
        ("yesterday", ("2020-10-01", "day")),
        ("On Thursday", ("2020-10-01", "day")),
        ("In June", ("2020-06", "month")),
        ("on 5 August 2023", ("2023-08-05", "day")),
        ("in 2015", ("2015", "year")),
        ("no date here", (None, None)),
        ("last week (Tuesday 21 July)", ("2020-07-21", "day")),
        ("On Sunday (8 March)", ("2020-03-08", "day")),
        ("on Dec. 5, 2007", ("2007-12-05", "day")),
    ],
    ids=[
        "explicit",
        "yesterday",
        "weekday",
        "month",
        "dmy",
        "year",
        "none",
        "day-month-in-brackets-beats-weekday",
        "weekday-and-date",
        "abbreviated-month",
    ],
)
def test_dates_resolve_against_published(text, expected):
    assert resolve_date(text, PUB) == expected


def test_countries():
    assert country_code("the UK") == "GB" and country_code("France") == "FR"
    assert countries_in("arrested in France, the Netherlands and the UK") == ["FR", "NL", "GB"]
    assert countries_in("The Greek authorities intercepted a boat") == ["GR"]
    assert country_code("Atlantis") is None


def test_a_country_adjective_before_forces_says_where():
    # L110: "forces" is an authority's word ("Kenyan security forces"), sentences written
    # for the test
    assert countries_in("Kenyan security forces stopped two lorries from Somalia.")[0] == "KE"
    assert countries_in("Peruvian forces seized a plane bound for Bolivia.")[0] == "PE"


@pytest.mark.parametrize(
    "sentence",
    [
        "He was charged under section 12 of the Firearms Act, 1998 and remanded.",
        "She was detained under the Terrorism Act 2000 at the port.",
        "They were convicted under the Immigration and Nationality Act of 1952.",
        "He was charged under section 4 of the Customs Control Act No. 7 of 2016.",
        "They were charged under the Wildlife Act No. 12 of 2015 of the Laws of Ruritania.",
    ],
)
def test_the_year_in_a_laws_name_is_not_a_date(sentence):
    assert resolve_date(sentence, None) == (None, None)
    # a year of its own still is
    assert resolve_date(sentence + " It happened in 2019.", None) == ("2019", "year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized the cargo on Thursday, March 12.", "2026-03-12"),
        ("The man was arrested on Wednesday 12 March.", "2025-03-12"),
        ("The man was arrested on 12 March.", "2026-03-12"),
    ],
)
def test_a_weekday_and_day_without_a_year_fall_in_the_nearest_year_that_fits(text, expected):
    # No publication date; the text's other dates are of 2026 (12 March 2026: a Thursday).
    assert resolve_date(text, None, 2026)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Coastguards boarded the sloop off Antigua on Friday.", "AG"),
        ("The courier flew in from Trinidad with the parcels.", "TT"),
        ("Officers in St Lucia detained the crew.", "LC"),
        ("The cocoa was shipped from Ivory Coast.", "CI"),
        ("He was deported to Burma last spring.", "MM"),
        ("The cash was flown to the UAE.", "AE"),
    ],
)
def test_short_country_names_are_read(sentence, code):
    """Names in everyday English that pycountry knows only in full or by a newer name."""
    from enforcement_events.normalize import countries_in

    assert countries_in(sentence) == [code]


@pytest.mark.parametrize(
    ("sentence", "moved", "codes"),
    [
        # where someone or something came from is not where the action happened
        ("The lorry driver was stopped in Austria after driving in from Hungary.", False, ["AT"]),
        ("A courier carrying rice from Thailand was arrested.", False, []),
        # for people moved out of a country, "from" names that country
        ("The fugitive was extradited from Portugal on Monday.", True, ["PT"]),
        ("Forty people were deported from Norway last month.", True, ["NO"]),
    ],
)
def test_from_names_an_origin_unless_people_are_moved(sentence, moved, codes):
    from enforcement_events.normalize import locative_countries

    assert locative_countries(sentence, origin=moved) == codes


def test_from_origin_is_left_out_of_the_countries_an_action_sentence_names():
    from enforcement_events.normalize import countries_in

    sentence = "Two dealers who brought tea from Sri Lanka were jailed in Ireland."
    assert countries_in(sentence, origin=False) == ["IE"]
    assert countries_in(sentence) == ["LK", "IE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Border guards held five men in south Latvia on Sunday.",
        "The raids took place in northern Portugal.",
        "Customs officers seized the cargo in north-western Romania.",
    ],
)
def test_a_compass_word_before_a_country_keeps_it_a_place(sentence):
    from enforcement_events.normalize import locative_countries

    assert len(locative_countries(sentence)) == 1


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("the skipper was ordered to pay $7,300 in fines", "CA", [(7300, "CAD")]),
        ("the skipper was ordered to pay $7,300 in fines", "US", [(7300, "USD")]),
        ("the skipper was ordered to pay $7,300 in fines", None, [(7300, "USD")]),
        ("cash of about 65,000 dollars was found", "NZ", [(65000, "NZD")]),
        ("notes worth US$2.5 million were found", "AU", [(2_500_000, "USD")]),
        ("goods valued at HK$3.1 million", "GB", [(3_100_000, "HKD")]),
        ("a fine of S$12,000", None, [(12000, "SGD")]),
        ("gold worth Rs 3.45 crore was seized", "IN", [(34_500_000, "INR")]),
        ("a fine of Rs. 2,50,000", "PK", [(250_000, "PKR")]),
        ("heroin worth 7 lakh rupees", None, [(700_000, "INR")]),
        ("fined Ksh 85,000", None, [(85000, "KES")]),
    ],
    ids=[
        "dollar-sign-in-canada",
        "dollar-sign-in-the-us",
        "dollar-sign-nowhere-said",
        "dollar-word-in-new-zealand",
        "us-prefix-wins",
        "hk-prefix-anywhere",
        "singapore-prefix",
        "rupees-crore",
        "indian-grouping-in-pakistan",
        "lakh-rupees-word",
        "kenyan-shillings",
    ],
)
def test_money_in_the_currency_of_the_place(text, country, expected):
    assert money_in(text, country) == expected


@pytest.mark.parametrize(
    ("text", "lang", "country", "expected"),
    [
        ("una multa de $ 450.000", "es", "AR", [(450_000, "ARS")]),
        ("una multa de $ 450.000", "es", "CL", [(450_000, "CLP")]),
        ("una multa de $ 450.000", "es", "ES", [(450_000, "USD")]),
        ("incautaron 20.000 dólares", "es", "MX", [(20000, "USD")]),
        ("incautaron 20.000 pesos", "es", "CO", [(20000, "COP")]),
    ],
    ids=[
        "peso-sign-argentina",
        "peso-sign-chile",
        "dollar-sign-spain",
        "dollars-in-mexico",
        "pesos-in-colombia",
    ],
)
def test_money_in_the_currency_of_the_place_other_languages(text, lang, country, expected):
    from enforcement_events.normalize import intl_money_in

    assert intl_money_in(text, lang, country) == expected


def test_a_seizure_in_canada_counts_its_dollars_in_canadian_dollars():
    from .conftest import one_sentence_event

    text = "Border officers in Canada seized $48,000 in cash from the trailer."
    event = one_sentence_event(EventType.SEIZURE, text, published=PUB)
    assert [(i.amount, i.currency) for i in event.items] == [(48000, "CAD")]


def test_pounds_of_goods_are_a_weight_not_a_sum():
    from enforcement_events.normalize import money_in

    assert money_in("Officers seized 12 pounds of marijuana from the boat.") == []
    assert money_in("Officers seized 9,000 pounds of cash from the boat.") == [(9000.0, "GBP")]
    assert money_in("The driver was fined 300 pounds.") == [(300.0, "GBP")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("(LONDON, ON) - Provincial police charged four people on Tuesday.", "CA"),
        ("KINGSTON, Ont. - Two men were arrested after a chase.", "CA"),
        ("PARIS, Texas - Deputies seized 12 rifles from a barn.", "US"),
        ("COLUMBIA, S.C. – A driver was arrested at a checkpoint.", "US"),
        ("PERTH, WA – Police arrested a man at the port.", "AU"),
        ("LONDON – Officers arrested a woman at Heathrow.", "GB"),
        ("LYON, France – Officers arrested a fugitive.", "FR"),
    ],
)
def test_a_region_after_the_dateline_town_says_its_country(text: str, country: str) -> None:
    from enforcement_events.events import dateline_country

    assert dateline_country(text) == country


def test_a_dateline_region_that_is_also_a_country_follows_the_town() -> None:
    from enforcement_events.events import dateline_country

    assert dateline_country("TBILISI, Georgia – Police arrested two men.") == "GE"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("the magistrate fined her R25,000", "ZA", [(25000, "ZAR")]),
        ("the magistrate fined her R25,000", "GB", []),
        ("ordered to pay P1.8 million in damages", "PH", [(1_800_000, "PHP")]),
        ("ordered to pay P1.8 million in damages", "BW", [(1_800_000, "BWP")]),
        ("a fine of K12,500", "ZM", [(12500, "ZMW")]),
        ("cash of N3.5m was recovered", "NG", [(3_500_000, "NGN")]),
        ("traffic on the R61 near Bay K9", "ZA", []),
        ("a fine of Tk 20,000", None, [(20000, "BDT")]),
        ("cash of GH¢45,000", None, [(45000, "GHS")]),
        ("assets of Rp 3 billion", None, [(3_000_000_000, "IDR")]),
        ("fined 80,000 pesos", "PH", [(80000, "PHP")]),
    ],
    ids=[
        "rand-sign-south-africa",
        "rand-sign-elsewhere-not-read",
        "peso-letter-philippines",
        "pula-letter-botswana",
        "kwacha-letter-zambia",
        "naira-letter-scale",
        "road-and-unit-numbers-are-no-money",
        "taka-sign",
        "cedi-sign",
        "rupiah-sign",
        "pesos-word-philippines",
    ],
)
def test_letter_signs_read_where_the_country_writes_its_money_so(text, country, expected):
    assert money_in(text, country) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The resin came by sea from South America.", []),
        ("Latin American gangs ran the route.", []),
        ("The pair were flown back to America on Friday.", ["US"]),
        ("He appeared before the district court in Tilburg.", []),
        ("He appeared in federal district court in Tucson.", ["US"]),
    ],
    ids=["south-america", "latin-american", "america", "district-court", "federal"],
)
def test_a_continent_or_a_district_court_names_no_country(text, codes):
    from enforcement_events.normalize import countries_in

    assert countries_in(text) == codes


def _countries_with_switch_off(monkeypatch, switch: str, text: str) -> list[str]:
    """countries_in(text) with normalize.<switch> off (the cached pattern rebuilt)."""
    from enforcement_events import normalize

    monkeypatch.setattr(normalize, switch, False)
    normalize._country_pattern.cache_clear()
    try:
        return normalize.countries_in(text)
    finally:
        monkeypatch.undo()
        normalize._country_pattern.cache_clear()


def test_south_america_is_the_united_states_with_the_switch_off(monkeypatch):
    found = _countries_with_switch_off(
        monkeypatch, "CONTINENT_AMERICA", "cocaine from South America"
    )
    assert found == ["US"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She had paid for a Portugal work visa and was arrested in Lisbon.", []),
        ("He showed a Canada residence permit to officers in Spain.", ["ES"]),
        ("The forged UK passports were found in a flat in Ireland.", ["IE"]),
        ("Police in Portugal arrested him.", ["PT"]),
    ],
    ids=["work-visa", "residence-permit", "passports", "country-alone"],
)
def test_a_country_before_its_papers_names_no_place(text, expected):
    from enforcement_events.normalize import countries_in

    assert countries_in(text) == expected


def test_a_country_before_its_papers_with_the_switch_off(monkeypatch):
    assert _countries_with_switch_off(monkeypatch, "DOCUMENT_NAMES", "a Portugal work visa") == [
        "PT"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the span's last day gives the year its first day is written without
        ("From January 1 to December 31, 2019, officers made 812 seizures.", "2019-01-01"),
        ("Between 4 March and 9 April 2018, the unit arrested 40 people.", "2018-03-04"),
        ("From March 3 through March 9, 2019, patrols stopped 12 boats.", "2019-03-03"),
        # no span: the publication date gives the year, as before
        ("Officers seized the boat on January 5 and charged him on March 3, 2019.", "2020-01-05"),
    ],
    ids=["mdy-span", "dmy-span", "through", "no-span"],
)
def test_a_spans_first_day_takes_the_year_its_last_day_gives(text, expected):
    assert resolve_date(text, PUB)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Thailand held 31 Myanmar nationals at a rubber farm.", ["TH"]),
        ("Two Singapore citizens were fined in Johor.", []),
        ("Three Nigeria passport holders were questioned at the airport.", []),
        ("Twelve migrants were found in Myanmar.", ["MM"]),
    ],
    ids=["nationals", "citizens", "passport-holders", "country-alone"],
)
def test_a_country_before_its_nationals_names_no_place(text, expected):
    from enforcement_events.normalize import countries_in

    assert countries_in(text) == expected


def test_a_country_before_its_nationals_with_the_switch_off(monkeypatch):
    found = _countries_with_switch_off(monkeypatch, "NATIONALS_NAMES", "two Singapore citizens")
    assert found == ["SG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Spain searched a France-registered van.", ["ES"]),
        ("A Panama-flagged tanker was boarded off Senegal.", ["SN"]),
        ("The navy stopped a Greece-bound dinghy.", []),
        ("Police in Greece stopped a dinghy.", ["GR"]),
    ],
    ids=["registered", "flagged", "bound", "country-alone"],
)
def test_a_country_a_vehicle_is_registered_in_or_bound_for_names_no_place(text, expected):
    from enforcement_events.normalize import countries_in

    assert countries_in(text) == expected


def test_a_country_a_vehicle_is_registered_in_with_the_switch_off(monkeypatch):
    found = _countries_with_switch_off(monkeypatch, "FLAG_NAMES", "a France-registered van")
    assert found == ["FR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was sentenced in U.S. District Court to 8 years for fraud in Kenya.", "US"),
        ("The Malaysia High Court fined the importer on Monday.", "MY"),
        ("He was sentenced to 8 years for fraud in Kenya.", None),
    ],
)
def test_a_court_named_with_its_country(text, expected):
    from enforcement_events.normalize import court_country

    assert court_country(text) == expected


def test_a_court_places_its_sentence_alone(monkeypatch):
    from enforcement_events import events as ev
    from enforcement_events.schema import EventType

    from .conftest import one_sentence_event

    sentence = "Gomez was sentenced in U.S. District Court to 8 years for fraud in Kenya."
    assert one_sentence_event(EventType.SENTENCE, sentence).country == ["US"]
    monkeypatch.setattr(ev, "COURT_COUNTRY", False)
    assert "KE" in one_sentence_event(EventType.SENTENCE, sentence).country


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("Agents took €250 000 in banknotes from the flat.", "BE", [(250000.0, "EUR")]),
        ("The court fined the firm EUR 1 750 000.", None, [(1750000.0, "EUR")]),
        ("A further 64 000 euros was found in a safe.", "FR", [(64000.0, "EUR")]),
        ("The hauls of 2021 300 kilos were larger.", "FR", []),
        ("In 2022 750 euros were handed in.", "FR", [(750.0, "EUR")]),
    ],
)
def test_money_with_thousands_parted_by_spaces(text, country, expected):
    assert money_in(text, country) == expected


def test_money_with_thousands_parted_by_spaces_switch_off(monkeypatch):
    from enforcement_events import normalize

    monkeypatch.setattr(normalize, "SPACED_THOUSANDS", False)
    assert money_in("Agents took €250 000 in banknotes.", "BE") == [(250.0, "EUR")]


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("The magistrate fined the trader Sh450,000 on Monday.", "KE", [(450000.0, "KES")]),
        ("Goods worth sh12m were impounded at the border.", "UG", [(12000000.0, "UGX")]),
        ("He paid Shs 3 million to recover the lorry.", "TZ", [(3000000.0, "TZS")]),
        ("Goods worth sh12m were impounded at the border.", None, []),
        ("Goods worth sh12m were impounded at the border.", "GB", []),
        ("The Sh 12 road was closed.", "KE", []),
    ],
)
def test_the_shilling_sign_read_by_the_country(text, country, expected):
    assert money_in(text, country) == expected


def test_the_shilling_sign_switch_off(monkeypatch):
    from enforcement_events import normalize

    monkeypatch.setattr(normalize, "SHILLING_SIGN", False)
    assert money_in("He was fined Sh450,000.", "KE") == []


# L121: a hyphenated country name written with a space; sentences written for this test.
def test_a_hyphenated_country_name_written_with_a_space():
    from enforcement_events import normalize as nz

    assert nz.countries_in("The boat had sailed from Guinea Bissau in May.") == ["GW"]
    assert nz.countries_in("The suspects were flown to Timor Leste.") == ["TL"]
    assert nz.countries_in("The crew was arrested in Guinea.") == ["GN"]


# L122: compass points and wide regions name no one country's region; sentences written
# for this test.
def test_compass_words_name_no_region(monkeypatch):
    from enforcement_events import normalize as nz

    text = "Les suspects, originaires de l'Afrique de l'Ouest, vivaient au Sahel."
    assert nz.subdivision_countries(text) == []
    monkeypatch.setattr(nz, "COMPASS_WORDS_INTL", False)
    nz._subdivisions.cache_clear()
    try:
        assert nz.subdivision_countries(text) != []
    finally:
        monkeypatch.undo()
        nz._subdivisions.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Officers detained K.L. (DoB 1988) near the market.", "en"),
        ("Officers detained a driver, born in 1988, near the market.", "en"),
        ("Les gendarmes ont interpellé un homme né en 1988 près du marché.", "fr"),
        ("Die Polizei nahm einen Mann, Jahrgang 1988, am Markt fest.", "de"),
        ("La policía detuvo a un hombre nacido en 1988 junto al mercado.", "es"),
        ("I carabinieri hanno arrestato un operaio classe 1988 vicino al mercato.", "it"),
        ("De politie hield een man, geboren in 1988, bij de markt aan.", "nl"),
    ],
    ids=["en-dob", "en-born", "fr", "de", "es", "it", "nl"],
)
def test_a_year_of_birth_dates_no_action(monkeypatch, sentence, lang):
    """BIRTH_YEARS_NO_DATE: "(DoB 1988)" is when the man was born, not arrested."""
    from enforcement_events import normalize
    from enforcement_events.normalize import intl_resolve_date, resolve_date

    def read() -> str | None:
        if lang == "en":
            return resolve_date(sentence, None)[0]
        return intl_resolve_date(sentence, None, None, lang)[0]

    assert read() is None
    monkeypatch.setattr(normalize, "BIRTH_YEARS_NO_DATE", False)
    assert (read() or "").startswith("1988")


def test_a_year_of_birth_leaves_the_actions_own_date():
    from enforcement_events.normalize import resolve_date

    sentence = "Officers detained K.L. (DoB 1988) on 3 March 2021 near the market."
    assert resolve_date(sentence, None) == ("2021-03-03", "day")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("In der Nacht auf Sonntag 58 Migranten entdeckt.", "de", "2024-03-10"),
        ("Dimanche 15 migrants ont été interceptés.", "fr", "2024-03-10"),
    ],
    ids=["de-over-31", "fr-count"],
)
def test_a_weekday_and_a_count_is_the_weekday(monkeypatch, sentence, lang, expected):
    """WEEKDAY_NUMBER_NOT_DATE: "Sonntag 58 Migranten" is Sunday, not 1958 or the 58th."""
    from enforcement_events import normalize
    from enforcement_events.normalize import intl_resolve_date

    published = date(2024, 3, 11)  # a Monday
    assert intl_resolve_date(sentence, published, None, lang)[0] == expected
    monkeypatch.setattr(normalize, "WEEKDAY_NUMBER_NOT_DATE", False)
    assert intl_resolve_date(sentence, published, None, lang)[0] != expected


@pytest.mark.parametrize(
    "sentence",
    ["El martes 12, la policía detuvo a tres hombres.", "El martes 12 de marzo fueron detenidos."],
    ids=["comma", "month"],
)
def test_a_weekday_and_its_day_of_the_month_is_left_to_the_date_reader(monkeypatch, sentence):
    """A weekday and a day of the month ("el martes 12,") is not taken for a count."""
    from enforcement_events import normalize
    from enforcement_events.normalize import intl_resolve_date

    published = date(2024, 3, 20)
    on = intl_resolve_date(sentence, published, None, "es")
    monkeypatch.setattr(normalize, "WEEKDAY_NUMBER_NOT_DATE", False)
    assert on == intl_resolve_date(sentence, published, None, "es")
    assert on[0] != "2024-03-19"  # not the weekday alone


def test_a_year_of_birth_is_not_the_year_a_text_tells_of(monkeypatch):
    """BIRTH_YEARS_NOT_THE_TEXTS: "un operaio classe 1985" does not make 1985 the text's
    year (which dates its undated days when it has no publication date)."""
    from enforcement_events import normalize

    text = "Ieri sera i carabinieri hanno arrestato un operaio classe 1985 a Olbia."
    assert normalize.document_year(text) is None
    assert normalize.document_year(text + " Era ricercato dal 2021.") == 2021
    monkeypatch.setattr(normalize, "BIRTH_YEARS_NOT_THE_TEXTS", False)
    assert normalize.document_year(text) == 1985


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Il 04.02.2023 due uomini sono stati arrestati al valico.", "it"),
        ("Am 04.02.2023 nahm die Polizei zwei Männer fest.", "de"),
        ("Le 04/02/2023, deux passeurs ont été interpellés.", "fr"),
        ("El 04/02/2023 fueron detenidos dos hombres en el puerto.", "es"),
        ("Op 04-02-2023 werden twee mannen aangehouden.", "nl"),
    ],
    ids=["it", "de", "fr", "es", "nl"],
)
def test_a_date_in_digits_is_read_day_first(monkeypatch, sentence, lang):
    """NUMERIC_DAY_FIRST: "04.02.2023" is 4 February in the five languages; with the switch
    off dateparser read it as 2 April, after the text was published, and dropped it."""
    from enforcement_events import normalize
    from enforcement_events.normalize import intl_resolve_date

    published = date(2023, 2, 6)
    assert intl_resolve_date(sentence, published, None, lang)[0] == "2023-02-04"
    monkeypatch.setattr(normalize, "NUMERIC_DAY_FIRST", False)
    assert intl_resolve_date(sentence, published, None, lang)[0] != "2023-02-04"


@pytest.mark.parametrize(
    ("name", "code"),
    [("Egypte", "EG"), ("Etats-Unis", "US"), ("Equateur", "EC"), ("Égypte", "EG")],
    ids=["egypte", "etats-unis", "equateur", "accented"],
)
def test_a_country_whose_capital_lost_its_accent_is_read(monkeypatch, name, code):
    """UNACCENTED_CAPITAL: "arrêté en Egypte" names Égypte, as capitals are often written
    without their accent; with the switch off only the accented name is read."""
    from enforcement_events import normalize

    assert normalize.intl_country_code(name, "fr") == code
    monkeypatch.setattr(normalize, "UNACCENTED_CAPITAL", False)
    normalize._intl_country_names.cache_clear()
    normalize._intl_country_pattern.cache_clear()
    try:
        assert (normalize.intl_country_code(name, "fr") == code) is name.startswith("É")
    finally:
        monkeypatch.undo()
        normalize._intl_country_names.cache_clear()
        normalize._intl_country_pattern.cache_clear()


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The magistrate fined each trader Taka 20 thousand.", [(20000.0, "BDT")]),
        ("He was ordered to pay Naira 3 million in damages.", [(3000000.0, "NGN")]),
        ("The fine was set at 20,000 taka.", [(20000.0, "BDT")]),
    ],
    ids=["taka-thousand", "naira-million", "word-after"],
)
def test_a_currency_word_before_the_sum_is_read(monkeypatch, text, money):
    """WORD_BEFORE_SUM: "Taka 20 thousand" is BDT 20,000, as "20,000 taka" is; with the
    switch off only the word after the sum was read."""
    from enforcement_events import normalize

    assert normalize.money_in(text) == money
    monkeypatch.setattr(normalize, "WORD_BEFORE_SUM", False)
    assert (normalize.money_in(text) == money) is text.endswith("taka.")


def test_a_dollar_in_tuvalu_is_the_australian_dollar(monkeypatch):
    """OTHERS_DOLLARS: Tuvalu, Kiribati and Nauru pay in Australian dollars, the Cook
    Islands in New Zealand dollars; with the switch off "$" there read as USD."""
    from enforcement_events import normalize

    assert normalize.money_in("a fine of $20,000", "TV") == [(20000.0, "AUD")]
    assert normalize.money_in("a fine of $20,000", "CK") == [(20000.0, "NZD")]
    monkeypatch.setattr(normalize, "OTHERS_DOLLARS", False)
    assert normalize.money_in("a fine of $20,000", "TV") == [(20000.0, "USD")]
