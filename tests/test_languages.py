"""French, German, Spanish, Italian and Dutch: detection, number words, terms, money,
dates and countries, on sentences written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from enforcement_events import Extractor
from enforcement_events.errors import InputError
from enforcement_events.events import checked_count, count_text, stated_count
from enforcement_events.language import check_language, detect_language
from enforcement_events.normalize import (
    intl_countries_in,
    intl_country_code,
    intl_money_in,
    intl_resolve_date,
    intl_sentence_months,
)
from enforcement_events.rules import word_position
from enforcement_events.schema import EventType

from .conftest import answers, read_with_rule_cut


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Les douaniers ont découvert de la résine de cannabis dans un camion.", "fr"),
        ("Zollbeamte entdeckten bei der Kontrolle eines Lastwagens mehrere Pakete.", "de"),
        ("Los agentes encontraron varios paquetes ocultos en el maletero del coche.", "es"),
        ("Gli agenti hanno trovato diversi pacchi nascosti nel bagagliaio dell'auto.", "it"),
        ("De douane vond bij een controle van een vrachtwagen meerdere pakketten.", "nl"),
        ("Officers found several packages hidden in the boot of the car.", "en"),
        ("Festnahme in Graz", "de"),
        ("Arresto a Bari", "it"),
    ],
)
def test_detection_names_the_language_of_short_texts(text, code):
    assert detect_language(text) == code


def test_text_with_no_letters_is_taken_as_english():
    assert detect_language("12/03/2024 — 14:05") == "en"


def test_an_unsupported_language_is_a_clear_error():
    assert check_language("FR") == "fr"
    with pytest.raises(InputError, match="not supported: use one of en .English."):
        check_language("pt")
    with pytest.raises(InputError, match="not supported"):
        Extractor(language="xx")


def test_the_language_can_be_forced_and_is_reported(fake_client):
    # A Dutch sentence whose trigger word is Dutch: forced to English, no passage is sent.
    text = "De politie heeft in Gent drie verdachten opgepakt."
    handler = answers({"events": []})
    ex = Extractor(client=fake_client(handler), mode="llama_cpp", strategy="passages")
    assert ex.extract(text).language == "nl" and len(handler.seen) == 1
    forced = ex.extract(text, language="en")
    assert forced.language == "en" and len(handler.seen) == 1
    assert Extractor(client=fake_client(handler), language="NL").extract(text).language == "nl"


def test_the_instructions_can_be_sent_in_the_texts_language(fake_client):
    handler = answers({"events": []})
    ex = Extractor(
        client=fake_client(handler), mode="llama_cpp", strategy="passages", prompt_language="native"
    )
    report = ex.extract("Les gendarmes ont interpellé deux passeurs à Calais.")
    system = json.loads(handler.seen[0].content)["messages"][0]["content"]
    assert report.language == "fr" and "interpell" in system
    english = Extractor(client=fake_client(handler), mode="llama_cpp", strategy="passages")
    english.extract("Les gendarmes ont interpellé deux passeurs à Calais.")
    second = json.loads(handler.seen[1].content)["messages"][0]["content"]
    assert second.startswith("You read sentences")
    with pytest.raises(InputError, match="prompt_language"):
        Extractor(prompt_language="klingon")


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("Le tribunal l'a condamné à dix-huit mois de prison ferme.", "fr", 18),
        ("Il a écopé de deux ans et demi d'emprisonnement.", "fr", 30),
        # the term pronounced, its suspended part included (docs/labelling/lang_fr_de_it.md)
        ("Elle a été condamnée à un an de prison, dont six mois avec sursis.", "fr", 12),
        ("Das Gericht verurteilte ihn zu drei Jahren und sechs Monaten Haft.", "de", 42),
        ("Er erhielt eine Freiheitsstrafe von dreieinhalb Jahren.", "de", 42),
        ("Fue condenado a tres años y medio de prisión.", "es", 42),
        ("La Audiencia le impuso una pena de ocho meses de cárcel.", "es", 8),
        ("È stato condannato a quattro anni e sei mesi di reclusione.", "it", 54),
        ("Hij kreeg een celstraf van anderhalf jaar.", "nl", 18),
        ("De rechter legde twee jaar en zes maanden cel op.", "nl", 30),
    ],
)
def test_sentence_terms_in_months(text, lang, months):
    assert intl_sentence_months(text, lang) == months


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il encourt jusqu'à dix ans de prison.", "fr"),
        ("Ihm drohen bis zu fünf Jahre Haft.", "de"),
        ("Se enfrenta a hasta seis años de prisión.", "es"),
        ("Hij riskeert een celstraf tot zes jaar.", "nl"),
    ],
)
def test_a_maximum_the_law_allows_is_no_term(text, lang):
    assert intl_sentence_months(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("Un chauffeur de 23 ans a été condamné à huit mois de prison.", "fr", 8),
        ("Der 41 Jahre alte Fahrer wurde zu zwei Jahren Haft verurteilt.", "de", 24),
        ("Un joven de 20 años fue condenado a dos años y tres meses de cárcel.", "es", 27),
        ("Un uomo di 52 anni è stato condannato a un anno e otto mesi.", "it", 20),
        ("Een man van 61 jaar is veroordeeld tot drie maanden cel.", "nl", 3),
        (
            "Il a été condamné à cinq ans de prison et à trois ans d'interdiction du territoire.",
            "fr",
            60,
        ),
    ],
)
def test_of_several_terms_the_one_pronounced_counts(text, lang, months):
    """An age, or a ban that follows, is not added to the prison term."""
    at = lambda t: word_position(EventType.SENTENCE, t, lang)  # noqa: E731
    assert intl_sentence_months(text, lang, at) == months


@pytest.mark.parametrize(
    ("text", "lang", "money"),
    [
        ("Une amende de 15 000 euros a été prononcée.", "fr", [(15000.0, "EUR")]),
        ("Les saisies s'élèvent à 1,2 million d'euros.", "fr", [(1200000.0, "EUR")]),
        ("Er muss eine Geldstrafe von 4.500 Euro zahlen.", "de", [(4500.0, "EUR")]),
        ("Sichergestellt wurden 2,5 Millionen Euro Bargeld.", "de", [(2500000.0, "EUR")]),
        ("Se le impuso una multa de 3.000 euros.", "es", [(3000.0, "EUR")]),
        ("Sequestrati beni per 1,5 milioni di euro.", "it", [(1500000.0, "EUR")]),
        ("Hij moet een boete van € 750 betalen.", "nl", [(750.0, "EUR")]),
        ("Er werd 3 miljoen euro in beslag genomen.", "nl", [(3000000.0, "EUR")]),
        # a sum in two parts joined by "and"
        ("Dovrà pagare una sanzione di un milione e 250 mila euro.", "it", [(1250000.0, "EUR")]),
        ("Une amende de 2 millions et 400 000 euros.", "fr", [(2400000.0, "EUR")]),
        ("Pagará 3 millones y 100.000 euros.", "es", [(3100000.0, "EUR")]),
        ("Een boete van 1 miljoen en 80.000 euro.", "nl", [(1080000.0, "EUR")]),
        ("Un risarcimento di 5 mila e 300 euro.", "it", [(5300.0, "EUR")]),
    ],
)
def test_money_with_continental_digits_and_scale_words(text, lang, money):
    assert intl_money_in(text, lang) == money


@pytest.mark.parametrize(
    ("text", "lang", "count", "kept"),
    [
        ("Les gendarmes ont interpellé trois hommes.", "fr", 3, 3),
        ("Les gendarmes ont interpellé trois hommes âgés de 25 ans.", "fr", 25, None),
        ("Die Polizei nahm zwölf Verdächtige fest.", "de", 12, 12),
        ("La policía detuvo a un hombre.", "es", 1, 1),
        ("Arrestati 7 giovani a Napoli.", "it", 7, 7),
        ("Er werden vijf verdachten aangehouden.", "nl", 5, 5),
        ("Er werden vijf verdachten aangehouden.", "nl", 6, None),
    ],
)
def test_a_count_stands_only_when_the_sentence_states_it(text, lang, count, kept):
    assert checked_count(count, text, lang) == kept


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("le 12 mars 2023", "fr", date(2023, 3, 20), ("2023-03-12", "day")),
        ("mardi", "fr", date(2024, 3, 21), ("2024-03-19", "day")),
        ("am 3. Februar", "de", date(2024, 3, 20), ("2024-02-03", "day")),
        ("gestern", "de", date(2024, 3, 20), ("2024-03-19", "day")),
        ("el pasado 3 de abril", "es", date(2024, 3, 20), ("2023-04-03", "day")),
        ("nel gennaio 2022", "it", date(2024, 3, 20), ("2022-01", "month")),
        ("op 14 februari", "nl", date(2024, 3, 20), ("2024-02-14", "day")),
    ],
)
def test_dates_resolved_against_the_publication_date(text, lang, published, expected):
    assert intl_resolve_date(text, published, None, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La patrulla actuó a finales del mes de octubre en el puerto de Vigo.", "es", "2023-10"),
        ("Im Monat Oktober kontrollierte der Zoll den Hafen von Kiel.", "de", "2023-10"),
        ("Los hechos ocurrieron durante el mes de octubre de 2021 en Vigo.", "es", "2021-10"),
    ],
)
def test_a_month_named_in_a_long_clause_is_read(text, lang, expected):
    assert intl_resolve_date(text, date(2024, 2, 11), None, lang) == (expected, "month")


def test_short_words_are_not_read_as_dates():
    assert intl_resolve_date("die Polizei", date(2024, 3, 20), None, "de") == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "codes"),
    [
        ("Il a été extradé d'Espagne vers la France.", "fr", ["ES", "FR"]),
        ("Der Mann wurde nach Deutschland ausgeliefert.", "de", ["DE"]),
        ("La Guardia Civil detuvo a dos personas.", "es", ["ES"]),
        ("Arrestato in Albania un latitante.", "it", ["AL"]),
        ("Hij werd uitgeleverd aan België.", "nl", ["BE"]),
    ],
)
def test_countries_named_in_the_language(text, lang, codes):
    assert intl_countries_in(text, lang) == codes


def test_a_country_the_model_names_in_the_language():
    assert intl_country_code("Pays-Bas", "fr") == "NL"
    assert intl_country_code("Vereinigtes Königreich", "de") == "GB"


def test_a_term_is_not_a_date_and_a_weekday_can_be_the_day_of_publication():
    monday = date(2023, 10, 2)
    assert intl_resolve_date("Il a écopé de 15 mois ferme.", monday, None, "fr") == (None, None)
    assert intl_resolve_date("jugé lundi après-midi", monday, None, "fr") == ("2023-10-02", "day")
    assert intl_resolve_date("in mei", monday, None, "nl") == ("2023-05", "month")


def test_regions_tell_the_country_when_no_country_is_named():
    from enforcement_events.normalize import subdivision_countries

    text = "Les gendarmes de Haute-Garonne ont saisi du cannabis près de Toulouse, en Occitanie."
    assert subdivision_countries(text) == ["FR"]
    assert subdivision_countries("Controlli in Sardegna e in Toscana.") == ["IT"]
    assert subdivision_countries("the north of the country") == []


def test_towns_after_a_preposition_tell_the_country():
    from enforcement_events.places import available, cities_in, city_country

    assert available()  # the places extra is part of dev
    assert cities_in("Twee mannen zijn in Rotterdam aangehouden.", "in|uit") == ["NL"]
    assert cities_in("La police a interpellé deux hommes à Nîmes.", "à|en") == ["FR"]
    # a capitalised word is not a town ("Police" is a Polish town), nor is a country
    assert cities_in("Police said two men were held in custody.", "in|at") == []
    assert cities_in("Ze werden naar Nederland gebracht.", "naar") == []
    assert city_country("Paris") == "FR"  # the most populous place of the name


def test_a_german_noun_after_im_is_no_town(monkeypatch):
    from enforcement_events import lexicon
    from enforcement_events.places import cities_in

    words = lexicon.load("de")
    text = "Die Polizei durchsuchte Wohnungen im Kanton Zug und nahm im Alter von 30 Jahren"
    assert cities_in(text, words.LOCATIVE) == []
    assert cities_in("Zwei Männer wurden in Winterthur festgenommen.", words.LOCATIVE) == ["CH"]
    # switched back, "Kanton" and "Alter" are towns again
    monkeypatch.setattr(words, "LOCATIVE", "in|im|nach")
    assert cities_in(text, words.LOCATIVE) != []


@pytest.mark.parametrize(
    ("text", "lang", "type_", "count"),
    [
        ("La policía ha detenido a 12 personas en Valencia.", "es", "arrest", 12),
        ("Zwei Männer wurden am 3. Mai festgenommen.", "de", "arrest", 2),
        ("Le 12 décembre, trois hommes ont été interpellés.", "fr", "arrest", 3),
        ("Sono state eseguite 9 perquisizioni domiciliari.", "it", "search", 9),
        ("De rechter legde 18 maanden cel op.", "nl", "sentence", None),
    ],
)
def test_the_number_nearest_the_action_counts_when_the_model_gives_none(text, lang, type_, count):
    from enforcement_events.events import stated_count
    from enforcement_events.schema import EventType

    assert stated_count(EventType(type_), text, lang) == count


@pytest.mark.parametrize(
    ("text", "lang", "one"),
    [
        ("Un homme a été interpellé mardi soir.", "fr", True),
        ("Trois hommes ont été interpellés.", "fr", False),
        ("Der Fahrer wurde noch vor Ort festgenommen.", "de", True),
        ("Die Fahrer wurden festgenommen.", "de", False),
        ("Fue detenido en el aeropuerto.", "es", True),
        ("È stato arrestato in stazione.", "it", True),
        ("Sono stati arrestati in stazione.", "it", False),
        ("Hij werd op Schiphol aangehouden.", "nl", True),
    ],
)
def test_a_sentence_about_one_person_counts_one(text, lang, one):
    from enforcement_events.events import one_person

    assert one_person(text, lang) is one


@pytest.mark.parametrize(
    ("text", "lang", "type_", "dropped"),
    [
        ("L'homme sera expulsé vers l'Algérie la semaine prochaine.", "fr", "deportation", True),
        ("Der Verdächtige soll nach Polen ausgeliefert werden.", "de", "extradition", True),
        ("El detenido podría ser extraditado a Francia.", "es", "extradition", True),
        (
            "Un hombre condenado por estafa será expulsado a Argelia.",
            "es",
            "conviction",
            False,
        ),
        ("Il ventenne è stato espulso ieri.", "it", "deportation", False),
    ],
)
def test_a_possible_or_future_action_is_no_event(text, lang, type_, dropped):
    from enforcement_events.rules import is_hypothetical
    from enforcement_events.schema import EventType

    assert is_hypothetical(text, lang, EventType(type_)) is dropped


@pytest.mark.parametrize(
    ("text", "lang", "demand"),
    [
        ("Le parquet avait requis trois ans de prison contre le prévenu.", "fr", True),
        ("Die Staatsanwältin hatte zwei Jahre Haft gefordert.", "de", True),
        ("De officier van justitie eiste zes maanden cel.", "nl", True),
        (
            "Il a été condamné à deux ans de prison, le parquet avait requis trois ans.",
            "fr",
            False,
        ),
    ],
)
def test_a_penalty_asked_for_is_not_a_penalty_passed(text, lang, demand):
    from enforcement_events.rules import is_demand
    from enforcement_events.schema import EventType

    assert is_demand(EventType.SENTENCE, text, lang) is demand


def test_custody_of_suspects_is_an_arrest_and_of_migrants_a_detention():
    from enforcement_events.rules import suspect_or_migrant
    from enforcement_events.schema import EventType as T

    suspects = "La policía ha detenido a cuatro personas por robo en Sevilla."
    migrants = "Los 40 migrantes han sido detenidos y trasladados al CATE."
    assert suspect_or_migrant(T.DETENTION, suspects, "es") is T.ARREST
    assert suspect_or_migrant(T.DETENTION, migrants, "es") is T.DETENTION


def test_an_age_or_an_ordinal_is_no_count():
    from enforcement_events.events import stated_count
    from enforcement_events.schema import EventType

    # "Een" is the count (one man); 41 is his age
    assert stated_count(EventType.SENTENCE, "Een 41-jarige man is veroordeeld.", "nl") == 1
    assert stated_count(EventType.DEPORTATION, "Hij is de 500ste uitgewezen.", "nl") is None
    assert stated_count(EventType.ARREST, "Arrestato un 23enne a Torino.", "it") == 1


def test_italian_wiretaps_are_no_interception():
    import re

    from enforcement_events.lexicon import it

    words = re.compile(r"\b(?:" + it.TYPE_WORDS["interception"] + ")", re.IGNORECASE)
    assert not words.search("Le intercettazioni telefoniche hanno svelato il traffico.")
    assert words.search("Il gommone è stato intercettato al largo di Crotone.")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "De smokkelaar werd in maart vorig jaar opgepakt.", "2029-03"),
        ("fr", "Le passeur a été interpellé en mars l'année dernière.", "2029-03"),
        ("de", "Der Fahrer wurde im März vergangenen Jahres festgenommen.", "2029-03"),
        ("it", "Il trafficante è stato arrestato nel marzo dello scorso anno.", "2029-03"),
        ("nl", "De smokkelaar werd in maart opgepakt.", "2030-03"),
        ("nl", "Zaterdagavond hield de marechaussee twee mannen aan.", "2030-08-03"),
        ("de", "Am Samstagabend nahm die Bundespolizei zwei Männer fest.", "2030-08-03"),
    ],
)
def test_last_year_and_weekday_compounds_date_the_action(lang, text, expected):
    from enforcement_events.normalize import intl_resolve_date

    # Published on Tuesday 6 August 2030.
    assert intl_resolve_date(text, date(2030, 8, 6), None, lang)[0] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Lundi dernier, les gendarmes ont saisi un camion de tabac.", "2030-07-29"),
        ("de", "Am vergangenen Montag nahm der Zoll einen Fahrer fest.", "2030-07-29"),
        ("es", "El pasado lunes la Guardia Civil detuvo a un camionero.", "2030-07-29"),
        ("it", "Lunedì scorso la polizia ha fermato un autista.", "2030-07-29"),
        ("nl", "Afgelopen maandag hield de douane een chauffeur aan.", "2030-07-29"),
        ("en", "Last Monday officers stopped a lorry at the port.", "2030-07-29"),
        # without the word for "last", the Monday of publication is that day
        ("fr", "Lundi, les gendarmes ont saisi un camion de tabac.", "2030-08-05"),
        ("en", "On Monday officers stopped a lorry at the port.", "2030-08-05"),
    ],
)
def test_last_monday_in_a_text_of_a_monday_is_a_week_before(lang, text, expected):
    from enforcement_events.normalize import intl_resolve_date, resolve_date

    monday = date(2030, 8, 5)
    found = (
        resolve_date(text, monday) if lang == "en" else intl_resolve_date(text, monday, None, lang)
    )
    assert found[0] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # 12 March was a Thursday in 2026, a Wednesday in 2025 and a Friday in 2027
        ("fr", "Les douaniers ont saisi la cargaison le jeudi 12 mars.", "2026-03-12"),
        ("de", "Die Polizei nahm den Mann am Mittwoch, 12. März, fest.", "2025-03-12"),
        ("es", "Los agentes lo detuvieron el viernes 12 de marzo.", "2027-03-12"),
        ("it", "L'uomo è stato arrestato giovedì 12 marzo.", "2026-03-12"),
        ("nl", "De man werd op woensdag 12 maart aangehouden.", "2025-03-12"),
        ("fr", "Les douaniers ont saisi la cargaison le 12 mars.", "2026-03-12"),
    ],
)
def test_a_weekday_and_day_without_a_year_fall_in_the_nearest_year_that_fits(lang, text, expected):
    from enforcement_events.normalize import intl_resolve_date

    # No publication date; the text's other dates are of 2026.
    assert intl_resolve_date(text, None, 2026, lang)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The courier was arrested in March last year.", "2029-03"),
        ("The courier was arrested in March.", "2030-03"),
        ("The courier was arrested on 2 December last year.", "2029-12-02"),
        ("The courier was arrested in March 2030, a year after last year's raid.", "2030-03"),
    ],
)
def test_last_year_in_english(text, expected):
    from enforcement_events.normalize import resolve_date

    assert resolve_date(text, date(2030, 8, 6))[0] == expected


@pytest.mark.parametrize(
    ("type_", "sentence", "lang", "expected"),
    [
        # the action's own word agrees with one person
        (EventType.EXTRADITION, "Tras ser extraditado desde Lisboa, ingresó en prisión.", "es", 1),
        (EventType.ARREST, "Fermato al casello di Ancona, è finito in carcere.", "it", 1),
        (
            EventType.ARREST,
            "Interpellée à la gare de Lille, elle a été placée en garde à vue.",
            "fr",
            1,
        ),
        # with the plural, no count is made up
        (EventType.ARREST, "Detenidos en el puerto de Vigo tras la persecución.", "es", None),
        (
            EventType.ARREST,
            "Interpellés à la gare de Lille après la course-poursuite.",
            "fr",
            None,
        ),
        # a number stated beside the word wins
        (EventType.ARREST, "Nel blitz sono stati arrestati 4 giovani a Bari.", "it", 4),
    ],
)
def test_the_action_word_in_the_singular_counts_one(type_, sentence, lang, expected):
    from enforcement_events.extraction import event_count

    assert event_count(type_, None, sentence, [], lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Les trois suspects, âgés de 19 à 24 ans, ont été interpellés.", "fr"),
        ("Die drei Männer im Alter zwischen 19 und 24 Jahren wurden festgenommen.", "de"),
        ("Los tres detenidos, de entre 19 y 24 años, fueron arrestados.", "es"),
        ("I tre fermati, di età compresa tra i 19 e i 24 anni, sono stati arrestati.", "it"),
        ("De drie verdachten, tussen 19 en 24 jaar oud, zijn aangehouden.", "nl"),
    ],
)
def test_the_first_end_of_an_age_range_is_no_count(sentence, lang):
    from enforcement_events.events import _count_numbers, checked_count

    assert 19 not in [v for _, v in _count_numbers(sentence, lang)]
    assert checked_count(19, sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "search"),
    [
        ("Les douaniers ont contrôlé le car à la frontière.", "fr", False),
        ("Une perquisition a eu lieu au domicile du suspect.", "fr", True),
        ("Die Beamten kontrollierten den Kleinbus und überprüften die Pässe.", "de", False),
        ("Die Wohnung des Mannes wurde durchsucht.", "de", True),
        ("Los agentes realizaron una inspección del camión.", "es", False),
        ("La Guardia Civil registró la vivienda del detenido.", "es", True),
        ("I finanzieri hanno controllato l'auto al casello.", "it", False),
        ("Sono scattate dieci perquisizioni.", "it", True),
        ("De marechaussee controleerde de bus bij de grens.", "nl", False),
        ("De politie heeft de woning doorzocht.", "nl", True),
    ],
)
def test_a_check_is_not_a_search(sentence, lang, search):
    """SPEC: a search is premises raided or searched, warrants executed; a check at a
    border or on a road ("contrôle", "Kontrolle", "controllo") is not one."""
    from enforcement_events.rules import has_word_for
    from enforcement_events.schema import EventType

    assert has_word_for(EventType.SEARCH, sentence, lang) is search


@pytest.mark.parametrize(
    ("sentence", "lang", "arrest"),
    [
        ("Il furto era avvenuto in provincia di Fermo nel 2019.", "it", False),
        ("Fermo convalidato per i due giovani.", "it", True),
        ("Il fermo dei due giovani è stato convalidato.", "it", True),
        ("Arrestation d'un passeur à Calais.", "fr", True),  # a headline's first word
        ("Les faits remontent à un séjour à Capture Island en 2019.", "fr", False),
    ],
)
def test_a_capitalised_word_inside_a_sentence_is_a_name(sentence, lang, arrest):
    """French, Spanish, Italian and Dutch write common words in lower case: "di Fermo" is
    the town, not "fermo" (held); a word that opens the sentence still counts."""
    from enforcement_events.rules import has_word_for
    from enforcement_events.schema import EventType

    assert has_word_for(EventType.ARREST, sentence, lang) is arrest


@pytest.mark.parametrize(
    ("lang", "type_", "sentence", "expected"),
    [
        ("es", EventType.ARREST, "Ambos fueron detenidos por la Guardia Civil en Algeciras.", 2),
        ("it", EventType.ARREST, "Entrambi sono stati arrestati dai carabinieri a Bari.", 2),
        ("de", EventType.ARREST, "Beide wurden am Grenzübergang festgenommen.", 2),
        ("nl", EventType.ARREST, "Beiden zijn door de marechaussee aangehouden.", 2),
    ],
)
def test_words_for_both_count_two(lang, type_, sentence, expected):
    from enforcement_events.events import stated_count

    assert stated_count(type_, sentence, lang) == expected


def test_the_english_plea_or_price_check_reads_no_other_language():
    from enforcement_events.extraction import _not_reported
    from enforcement_events.rules import plea_not_charge

    sentence = "Die Staatsanwaltschaft hat zwei Fahrer wegen Schleusung angeklagt."
    assert not plea_not_charge(EventType.CHARGE, sentence, "de")
    assert plea_not_charge(EventType.CHARGE, "He pleaded guilty to two charges.", "en")
    # outside English a charge is taken from the rule net, and the reason says so
    reason = _not_reported(EventType.CHARGE, sentence, None, "de")
    assert reason is not None and "rule net" in reason


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("Le 14 novembre, 21 personnes ont été interpellées.", "fr"),
        ("Am 14. November, 21 Personen wurden festgenommen.", "de"),
        ("El 14 de noviembre, 21 personas fueron detenidas.", "es"),
        ("Il 14 novembre, 21 persone sono state arrestate.", "it"),
        ("Op 14 november, 21 personen werden aangehouden.", "nl"),
    ],
)
def test_a_count_after_a_date_and_a_comma_is_no_year(words, lang):
    assert intl_resolve_date(words, date(2030, 2, 1), None, lang) == ("2029-11-14", "day")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("El tribunal impuso 40 millones de multa a la empresa y a sus dos socios.", "es"),
        ("Le tribunal a infligé 40 millions d'amende aux deux associés.", "fr"),
        ("Das Gericht verhängte 40 Millionen Euro Strafe gegen die zwei Partner.", "de"),
    ],
)
def test_millions_in_words_are_a_sum_not_a_count(sentence, lang):
    assert "40 1000000" not in count_text(sentence, lang)
    assert stated_count(EventType.CONVICTION, sentence, lang) in (None, 2)


@pytest.mark.parametrize(
    ("sentence", "seized"),
    [
        ("Die Zöllner konnten im Kofferraum zwölf Stangen Zigaretten sicherstellen.", True),
        ("Die Beamten stellten das Fahrrad sicher.", True),
        ("Die Polizei will die Sicherheit am Bahnhof erhöhen.", False),
    ],
)
def test_german_seizure_words_in_every_form(sentence, seized):
    """ "sichergestellt", "stellten ... sicher" and, after a modal verb, the infinitive
    "sicherstellen" all report a seizure."""
    from enforcement_events.rules import has_word_for
    from enforcement_events.schema import EventType

    assert has_word_for(EventType.SEIZURE, sentence, "de") is seized


@pytest.mark.parametrize(
    ("words", "lang", "published", "expected"),
    [
        # yesterday, then a term: dateparser read the whole as six months back
        (
            "la cour l'a condamnée hier à deux et huit mois de prison",
            "fr",
            "2030-03-14",
            "2030-03-13",
        ),
        ("el tribunal lo condenó ayer a dos y seis meses", "es", "2030-03-14", "2030-03-13"),
        ("il giudice lo ha condannato ieri a otto mesi", "it", "2030-03-14", "2030-03-13"),
        # a month named: the whole phrase still counts
        ("le 14 mai, la police a arrêté deux hommes", "fr", "2030-06-01", "2030-05-14"),
    ],
)
def test_a_day_word_is_not_read_with_a_term_after_it(words, lang, published, expected):
    from datetime import date

    from enforcement_events.normalize import intl_resolve_date

    day, _ = intl_resolve_date(words, date.fromisoformat(published), None, lang)
    assert day == expected


@pytest.mark.parametrize(
    ("sentence", "arrest"),
    [
        ("Vorige week liepen drie koeriers in Venlo tegen de lamp.", True),
        ("De smokkelaar is donderdag bij een controle tegen de lamp gelopen.", True),
        ("Boven de deur van het bureau hing een lamp.", False),
    ],
)
def test_running_into_the_lamp_is_being_caught_in_dutch(sentence, arrest):
    from enforcement_events.rules import has_word_for
    from enforcement_events.schema import EventType

    assert has_word_for(EventType.ARREST, sentence, "nl") is arrest


@pytest.mark.parametrize(
    ("sentence", "lang", "type_", "possible"),
    [
        ("Der Fahrer muss für zwei Jahre ins Gefängnis.", "de", "sentence", False),
        ("De chauffeur moet drie jaar de cel in.", "nl", "sentence", False),
        ("L'uomo dovrà scontare quattro anni di reclusione.", "it", "sentence", False),
        ("Le passeur devra purger une peine de deux ans de prison.", "fr", "sentence", False),
        ("Der Fahrer könnte zu zwei Jahren Haft verurteilt werden.", "de", "sentence", True),
    ],
    ids=[
        "de-muss-ins-gefaengnis",
        "nl-moet-de-cel-in",
        "it-dovra-scontare",
        "fr-devra-purger",
        "de-koennte",
    ],
)
def test_a_penalty_passed_told_with_a_modal_is_no_possible_action(sentence, lang, type_, possible):
    from enforcement_events.rules import has_word_for, is_hypothetical
    from enforcement_events.schema import EventType

    t = EventType(type_)
    assert has_word_for(t, sentence, lang)
    assert is_hypothetical(sentence, lang, t) is possible


@pytest.mark.parametrize(
    ("sentence", "deportation"),
    [
        ("Immigration officers removed him to Guatemala in March.", True),
        ("She was removed in 2019 after her appeal failed.", True),
        ("They were removed to Albania on a charter flight.", True),
        ("Officers removed the boxes from a garage on Friday.", False),
    ],
)
def test_a_person_removed_is_a_deportation_in_english(sentence, deportation):
    from enforcement_events.rules import has_word_for
    from enforcement_events.schema import EventType

    assert has_word_for(EventType.DEPORTATION, sentence, "en") is deportation


@pytest.mark.parametrize(
    ("sentence", "seizure"),
    [
        ("Die Staatsanwaltschaft hat zwei Autos und ein Haus des Mannes gepfändet.", True),
        ("Die Pfändung der Konten wurde am Montag angeordnet.", True),
        ("Die Staatsanwaltschaft hat den Mann am Montag angeklagt.", False),
    ],
)
def test_assets_attached_are_a_seizure_in_german(sentence, seizure):
    from enforcement_events.rules import has_word_for
    from enforcement_events.schema import EventType

    assert has_word_for(EventType.SEIZURE, sentence, "de") is seizure


# Relative days (normalize.RELATIVE_DAYS), sentences written for the test; published on
# Thursday 14 March 2024.
@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("it", "L'altro ieri i carabinieri hanno fermato un uomo.", "2024-03-12"),
        ("it", "L'altroieri è stato fermato un ciclista.", "2024-03-12"),
        ("fr", "Avant-hier, un motard a été interpellé.", "2024-03-12"),
        ("es", "Esta mañana ha sido detenido un conductor.", "2024-03-14"),
        ("es", "Durante la mañana del pasado lunes fue detenido un conductor.", "2024-03-11"),
        ("es", "En la mañana de ayer fue detenido un conductor.", "2024-03-13"),
        ("es", "El lunes de la semana pasada fue detenido un conductor.", "2024-03-04"),
        ("nl", "Vorige week maandag werd een fietser aangehouden.", "2024-03-04"),
        ("de", "Am Montag vergangener Woche wurde ein Radfahrer festgenommen.", "2024-03-04"),
        ("fr", "Lundi de la semaine dernière, un motard a été interpellé.", "2024-03-04"),
        ("it", "Lunedì della scorsa settimana è stato fermato un ciclista.", "2024-03-04"),
        # a day of the month wins over "last week"
        ("fr", "Le 6 mars, la semaine dernière, un motard a été interpellé.", "2024-03-06"),
        # "last Monday" alone stays the latest Monday
        ("nl", "Afgelopen maandag werd een fietser aangehouden.", "2024-03-11"),
    ],
)
def test_relative_days_in_each_language(lang, sentence, expected):
    from enforcement_events.normalize import intl_resolve_date

    assert intl_resolve_date(sentence, date(2024, 3, 14), None, lang) == (expected, "day")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The day before yesterday a cyclist was arrested.", ("2024-03-12", "day")),
        ("A cyclist was arrested on Monday of last week.", ("2024-03-04", "day")),
        ("A cyclist was arrested on Monday last week.", ("2024-03-04", "day")),
        ("A cyclist was arrested last Monday.", ("2024-03-11", "day")),
        ("A cyclist was arrested last week.", (None, None)),
    ],
)
def test_relative_days_in_english(sentence, expected):
    from enforcement_events.normalize import resolve_date

    assert resolve_date(sentence, date(2024, 3, 14)) == expected


# Days and weeks counted back (normalize.DAYS_AGO), ISO days in running text
# (normalize.ISO_DAYS); sentences written for the test, published Thursday 14 March 2024.
@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("en", "A cyclist was arrested three days ago.", "2024-03-11"),
        ("en", "A cyclist was arrested a week ago.", "2024-03-07"),
        ("en", "A cyclist was arrested a fortnight ago.", "2024-02-29"),
        ("en", "A cyclist was arrested on 2024-03-09 near the bridge.", "2024-03-09"),
        ("fr", "Un motard a été interpellé il y a deux jours.", "2024-03-12"),
        ("es", "Un conductor fue detenido hace una semana.", "2024-03-07"),
        ("de", "Ein Radfahrer wurde vor drei Tagen festgenommen.", "2024-03-11"),
        ("nl", "Een fietser werd twee weken geleden aangehouden.", "2024-02-29"),
        ("it", "Un ciclista è stato fermato cinque giorni fa.", "2024-03-09"),
        # a day of the month named too decides
        ("es", "Hace dos días, el 11 de marzo, fue detenido un conductor.", "2024-03-11"),
    ],
)
def test_days_counted_back_from_publication(lang, sentence, expected):
    from enforcement_events.normalize import intl_resolve_date, resolve_date

    published = date(2024, 3, 14)
    if lang == "en":
        assert resolve_date(sentence, published) == (expected, "day")
    else:
        assert intl_resolve_date(sentence, published, None, lang) == (expected, "day")


def test_a_headers_iso_date_is_not_an_actions_day():
    from enforcement_events.normalize import resolve_date

    assert resolve_date("Date: 2024-03-09", date(2024, 3, 14)) == ("2024", "year")
    assert resolve_date("The case began years ago.", date(2024, 3, 14)) == (None, None)


# Halves of a term (normalize.HALF_TERMS), sentences written for the test.
@pytest.mark.parametrize(
    "sentence, months",
    [
        ("The courier was jailed for two and a half years.", 30),
        ("The courier was jailed for a year and a half.", 18),
        ("The courier was sentenced to 4 and a half years in prison.", 54),
        ("A 31-year-old courier was jailed for six years.", 72),
        ("The courier faces up to two and a half years.", None),
    ],
)
def test_english_halves_of_a_term(sentence, months):
    from enforcement_events.normalize import sentence_months

    assert sentence_months(sentence) == months


@pytest.mark.parametrize(
    "lang, sentence, months",
    [
        ("es", "El tribunal le impuso una pena de año y medio de prisión.", 18),
        ("es", "Hace años que el tribunal lo condenó a dos años de cárcel.", 24),
        ("es", "El acusado lleva años en prisión.", None),
    ],
)
def test_a_term_with_only_a_half_after_it(lang, sentence, months):
    from enforcement_events.normalize import intl_sentence_months

    assert intl_sentence_months(sentence, lang) == months


# More currencies' words and dotted scales (normalize.MONEY_WORDS), written for the test.
@pytest.mark.parametrize(
    "sentence, country, expected",
    [
        ("Customs seized gold worth 2.5 billion yen.", None, [(2.5e9, "JPY")]),
        ("The trader was fined 300,000 naira.", "NG", [(300000.0, "NGN")]),
        ("Officers seized 40,000 dirhams in cash.", "MA", [(40000.0, "MAD")]),
        ("Officers seized 40,000 dirhams in cash.", "AE", [(40000.0, "AED")]),
        ("The driver was fined 150,000 shillings.", "UG", [(150000.0, "UGX")]),
        ("The driver was fined 150,000 shillings.", "KE", [(150000.0, "KES")]),
    ],
)
def test_english_currency_words(sentence, country, expected):
    from enforcement_events.normalize import money_in

    assert money_in(sentence, country) == expected


@pytest.mark.parametrize(
    "lang, sentence, country, expected",
    [
        ("de", "Der Schaden beträgt 4,7 Mio. Euro.", None, [(4.7e6, "EUR")]),
        ("de", "Es geht um 1,1 Mrd. Euro.", None, [(1.1e9, "EUR")]),
        ("fr", "Une amende de 3 millions de francs CFA.", "SN", [(3e6, "XOF")]),
        ("fr", "Une amende de 250 000 FCFA.", "CM", [(250000.0, "XAF")]),
        ("fr", "Une amende de 9 000 francs suisses.", "CH", [(9000.0, "CHF")]),
    ],
)
def test_dotted_scales_and_the_cfa_franc(lang, sentence, country, expected):
    from enforcement_events.normalize import intl_money_in

    assert intl_money_in(sentence, lang, country) == expected


def test_dutch_in_vrijheid_gesteld_is_a_word_for_a_release():
    """Written for the test: the release's own word places its count ("twee")."""
    from enforcement_events.rules import has_word_for
    from enforcement_events.schema import EventType

    sentence = "De drie mannen blijven vast, de twee vrouwen zijn in vrijheid gesteld."
    assert has_word_for(EventType.RELEASE, sentence, "nl")
    from enforcement_events.events import stated_count

    assert stated_count(EventType.RELEASE, sentence, "nl") == 2


# A part of those counted (events.SUBSET_AFTER), sentences written for the test.
@pytest.mark.parametrize(
    "lang, sentence, said, expected",
    [
        ("nl", "Er werden twaalf fietsers opgepakt, waarvan er drie minderjarig zijn.", 3, None),
        ("fr", "Douze cyclistes ont été interpellés, dont trois mineurs.", 3, None),
        ("de", "Zwölf Radfahrer wurden festgenommen, davon drei Minderjährige.", 3, None),
        ("es", "Fueron detenidos doce ciclistas, de los cuales tres son menores.", 3, None),
        ("it", "Sono stati fermati dodici ciclisti, di cui tre minorenni.", 3, None),
        ("it", "Sono stati fermati dodici ciclisti, di cui tre minorenni.", 12, 12),
        # no number before the word: the number after it stands
        ("fr", "Les cyclistes, dont trois mineurs, ont été interpellés.", 3, 3),
    ],
)
def test_a_number_after_a_part_of_those_counted_is_not_the_count(lang, sentence, said, expected):
    from enforcement_events.events import checked_count

    assert checked_count(said, sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence, said, expected",
    [
        ("Twelve cyclists were arrested, of whom three were minors.", 3, None),
        ("Twelve cyclists were arrested, of whom three were minors.", 12, 12),
        ("The cyclists, of whom three were minors, were arrested.", 3, 3),
    ],
)
def test_english_a_number_after_of_whom_is_not_the_count(sentence, said, expected):
    from enforcement_events.events import checked_count

    assert checked_count(said, sentence, "en") == expected


# A country's adjective beside its authorities (normalize.AUTHORITY_ADJECTIVES_INTL),
# sentences written for the test.
@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("nl", "De Arubaanse politie heeft twee fietsers aangehouden.", ["AW"]),
        ("fr", "La gendarmerie ivoirienne a interpellé deux cyclistes.", ["CI"]),
        ("de", "Die tschechische Polizei hat zwei Radfahrer festgenommen.", ["CZ"]),
        ("es", "La policía peruana detuvo a dos ciclistas.", ["PE"]),
        ("it", "Le autorità austriache hanno fermato due ciclisti.", ["AT"]),
        # a nationality of people, not of authorities, says nothing of where
        ("nl", "Een Marokkaanse fietser werd door de politie aangehouden.", []),
        ("es", "Un ciclista peruano fue detenido por la policía.", []),
    ],
)
def test_a_country_adjective_beside_its_authorities_says_where(lang, sentence, expected):
    from enforcement_events.normalize import intl_authority_countries

    assert intl_authority_countries(sentence, lang) == expected


# Counts written for the test: "and a woman" in a listed subject (events.LISTED_ONE),
# "about twenty" (events.APPROXIMATE_NO_COUNT).
def test_german_listed_subject_with_one_more():
    from enforcement_events.events import subject_sum
    from enforcement_events.schema import EventType

    sentence = "Drei Radfahrer und eine Radfahrerin wurden festgenommen."
    assert subject_sum(EventType.ARREST, sentence, "de") == 4


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("fr", "Une trentaine de cyclistes ont été interpellés."),
        ("es", "Una decena de ciclistas fueron detenidos."),
        ("it", "Una quindicina di ciclisti sono stati fermati."),
        ("nl", "Een tiental fietsers werd aangehouden."),
        ("de", "Ein Dutzend Radfahrer wurde festgenommen."),
    ],
)
def test_about_so_many_is_no_count_of_one(lang, sentence):
    from enforcement_events import events
    from enforcement_events.extraction import event_count
    from enforcement_events.schema import EventType

    # without the round numbers (events.ROUND_NUMBERS), about so many counts no one
    old = events.ROUND_NUMBERS
    events.ROUND_NUMBERS = False
    try:
        assert event_count(EventType.ARREST, None, sentence, [], lang) is None
        assert event_count(EventType.ARREST, 1, sentence, [], lang) is None
    finally:
        events.ROUND_NUMBERS = old


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("fr", "Une trentaine de cyclistes ont été interpellés.", 30),
        ("es", "Una decena de ciclistas fueron detenidos.", 10),
        ("it", "Una quindicina di ciclisti sono stati fermati.", 15),
        ("nl", "Een tiental fietsers werd aangehouden.", 10),
        ("de", "Ein Dutzend Radfahrer wurde festgenommen.", 12),
        ("fr", "Des dizaines de cyclistes ont été interpellés.", None),
    ],
)
def test_one_of_a_round_number_counts_that_number(lang, sentence, expected):
    from enforcement_events.extraction import event_count
    from enforcement_events.schema import EventType

    assert event_count(EventType.ARREST, None, sentence, [], lang) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Indonesian police arrested two cyclists in Bali.", ["ID"]),
        ("Kenyan authorities detained a cyclist.", ["KE"]),
        ("Peruvian police stopped a cyclist near the border.", ["PE"]),
    ],
)
def test_english_any_nationality_before_an_authority_says_where(sentence, expected):
    from enforcement_events.normalize import countries_in

    assert countries_in(sentence)[:1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A cyclist was arrested on the 4th of March.", ("2024-03-04", "day")),
        ("The 3 of them were arrested in March.", ("2024-03", "month")),
    ],
)
def test_english_the_day_of_a_month(sentence, expected):
    from enforcement_events.normalize import resolve_date

    assert resolve_date(sentence, date(2024, 3, 14)) == expected


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("fr", "le mois dernier, un cycliste a été interpellé.", ("2024-02", "month")),
        ("es", "el año pasado fue detenido un ciclista.", ("2023", "year")),
        ("de", "im vergangenen monat wurde ein radfahrer festgenommen.", ("2024-02", "month")),
        ("it", "il mese scorso è stato fermato un ciclista.", ("2024-02", "month")),
        ("nl", "vorige maand werd een fietser aangehouden.", ("2024-02", "month")),
        # a month named with last year is left to the date reader
        ("fr", "en juin de l'année dernière, un cycliste a été interpellé.", (None, None)),
    ],
)
def test_last_month_and_last_year_in_each_language(lang, sentence, expected):
    from enforcement_events import lexicon
    from enforcement_events.normalize import relative_period

    night = lexicon.load(lang).LAST_NIGHT
    assert relative_period(sentence, date(2024, 3, 14), night, lang) == expected


# Officers who acted are not counted (events.OFFICERS_NOT_COUNTED), written for the test.
@pytest.mark.parametrize(
    "lang, sentence, said, expected",
    [
        ("de", "Rund 200 Beamte haben am Morgen einen Mann festgenommen.", 200, 1),
        ("fr", "Plus de 80 gendarmes ont interpellé 5 cyclistes.", 80, 5),
        ("es", "Un total de 60 agentes detuvieron a 7 ciclistas.", 60, 7),
        ("nl", "Zo'n 40 agenten hielden 3 fietsers aan.", 40, 3),
        # officers acted on, after the action's word, are counted
        ("it", "Sono stati arrestati 3 agenti infedeli.", 3, 3),
    ],
)
def test_officers_who_acted_are_not_the_count(lang, sentence, said, expected):
    from enforcement_events.extraction import event_count
    from enforcement_events.schema import EventType

    assert event_count(EventType.ARREST, said, sentence, [], lang) == expected


# Migrants are not the suspects (events.MIGRANTS_NOT_SUSPECTS), written for the test.
@pytest.mark.parametrize(
    "lang, sentence, said, expected",
    [
        ("de", "Zoll fasst Fahrer – er wollte 12 Migranten über die Grenze bringen.", 12, None),
        ("it", "Arrestato uno scafista: a bordo 40 migranti.", 40, 1),
        ("fr", "Le passeur a été interpellé avec 9 migrants à bord.", 9, 1),
    ],
)
def test_a_number_of_migrants_counts_no_arrest(lang, sentence, said, expected):
    from enforcement_events.extraction import event_count
    from enforcement_events.schema import EventType

    assert event_count(EventType.ARREST, said, sentence, [], lang) == expected


def test_english_a_number_of_migrants_counts_no_arrest():
    from enforcement_events.extraction import event_count
    from enforcement_events.schema import EventType

    sentence = "The courier was arrested with 14 migrants in his van."
    assert event_count(EventType.ARREST, 14, sentence, [], "en") == 1


# Pre-trial custody is an arrest of suspects, not a detention (lexicon SUSPECTS), written
# for the test.
@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("fr", "Trois cyclistes sont en détention préventive depuis lundi."),
        ("es", "Tres ciclistas están en prisión preventiva desde el lunes."),
        ("it", "Tre ciclisti sono in custodia cautelare da lunedì."),
        ("nl", "Drie fietsers zitten sinds maandag in voorlopige hechtenis."),
        ("de", "Drei Radfahrer sitzen seit Montag in Untersuchungshaft."),
    ],
)
def test_pretrial_custody_is_an_arrest_not_a_detention(lang, sentence):
    from enforcement_events.rules import suspect_or_migrant
    from enforcement_events.schema import EventType

    assert suspect_or_migrant(EventType.DETENTION, sentence, lang) is EventType.ARREST


# Officers in the passive are those acted on; in English the officers who acted are not
# counted either (events.officers_before, extraction.OFFICERS_NOT_COUNTED_EN).
@pytest.mark.parametrize(
    "lang, sentence, said, expected",
    [
        ("nl", "4 agenten zijn aangehouden wegens omkoping.", 4, 4),
        ("de", "4 Polizisten wurden wegen Bestechung festgenommen.", 4, 4),
        ("en", "4 officers were arrested for bribery.", 4, 4),
        # not the 300 officers; the action's object (ACTIVE_OBJECT_EN, session 40: None before)
        ("en", "Around 300 officers arrested 11 cyclists in dawn raids.", 300, 11),
        ("en", "Around 300 officers arrested 11 cyclists in dawn raids.", 11, 11),
    ],
)
def test_officers_acted_on_are_counted_and_those_who_acted_are_not(lang, sentence, said, expected):
    from enforcement_events.extraction import event_count
    from enforcement_events.schema import EventType

    assert event_count(EventType.ARREST, said, sentence, [], lang) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Police arrested the pair at a petrol station.", 2),
        ("She and her cousin were charged with theft.", 2),
        ("The cyclist was arrested a couple of days later.", None),
    ],
)
def test_english_a_pair_counts_two(sentence, expected):
    from enforcement_events.extraction import event_count
    from enforcement_events.schema import EventType

    got = event_count(EventType.ARREST, None, sentence, [], "en")
    assert got == expected or (expected is None and got != 2)


def test_one_extradition_told_twice_is_one_in_the_five_languages():
    """Written for the test: the handover and the decision granting it, both dated."""
    from enforcement_events.events import merge_events
    from enforcement_events.schema import Event, EventType, Evidence

    text = (
        "La Fiscalía entregó en extradición a Pedro Gómez el 3 de marzo de 2024. "
        "El Gobierno concedió la extradición de Gómez el 3 de marzo de 2024."
    )
    second = text.index("El Gobierno")

    def event(start: int, end: int) -> Event:
        return Event(
            type=EventType.EXTRADITION,
            evidence=[Evidence(text=text[start:end], start=start, end=end, match="exact")],
            count=None,
            country=["MX"],
            date="2024-03-03",
        )

    merged = merge_events([event(0, second - 1), event(second, len(text))], text=text, lang="es")
    assert len(merged) == 1


def _one_arrest(text: str, start: int, end: int, date: str | None, lang_country: str):
    from enforcement_events.schema import Event, EventType, Evidence

    return Event(
        type=EventType.ARREST,
        evidence=[Evidence(text=text[start:end], start=start, end=end, match="exact")],
        count=1,
        country=[lang_country],
        date=date,
    )


_ONE_ARRESTED_IT = (
    "Verona – I carabinieri arrestano un cittadino moldavo per furto aggravato. "
    "Il fatto è avvenuto in via Roma durante la notte. "
    "Lo straniero è stato quindi tratto in arresto e condotto in carcere."
)


def test_one_persons_arrest_told_twice_is_one_in_the_five_languages():
    """Written for the test: the lead and the body tell of one man's arrest."""
    from enforcement_events.events import merge_events

    text = _ONE_ARRESTED_IT
    second = text.index("Lo straniero")
    events = [
        _one_arrest(text, 0, text.index(" Il fatto"), None, "IT"),
        _one_arrest(text, second, len(text), None, "IT"),
    ]
    assert len(merge_events(events, text=text, lang="it")) == 1


def test_one_persons_arrests_on_different_days_stay_two_in_the_five_languages():
    from enforcement_events.events import merge_events

    text = _ONE_ARRESTED_IT
    second = text.index("Lo straniero")
    events = [
        _one_arrest(text, 0, text.index(" Il fatto"), "2031-05-02", "IT"),
        _one_arrest(text, second, len(text), "2031-05-09", "IT"),
    ]
    assert len(merge_events(events, text=text, lang="it")) == 2


def test_one_persons_arrest_joined_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    text = _ONE_ARRESTED_IT
    second = text.index("Lo straniero")
    monkeypatch.setattr(ev, "SAME_ONE_INTL", False)
    events = [
        _one_arrest(text, 0, text.index(" Il fatto"), None, "IT"),
        _one_arrest(text, second, len(text), None, "IT"),
    ]
    assert len(ev.merge_events(events, text=text, lang="it")) == 2


def test_one_persons_arrest_dated_by_a_guess_is_not_joined_in_the_five_languages():
    """A day guessed from the publication date says nothing about which arrest it was."""
    from enforcement_events.events import merge_events

    text = _ONE_ARRESTED_IT
    second = text.index("Lo straniero")
    guessed = _one_arrest(text, 0, text.index(" Il fatto"), "2031-05-02", "IT")
    guessed._guessed = {"date"}
    events = [guessed, _one_arrest(text, second, len(text), "2031-05-02", "IT")]
    assert len(merge_events(events, text=text, lang="it")) == 2


@pytest.mark.parametrize(
    ("lang", "sentence", "back"),
    [
        ("fr", "Certains des hommes interpellés ont comparu lundi devant le tribunal.", True),
        ("fr", "Les jeunes interpellés doivent comparaître le 3 mai.", True),
        # a number and the participle: a headline telling the action
        ("fr", "Trois hommes interpellés à Rouen après un vol.", False),
        # a passive with its auxiliary: the action told
        ("fr", "Les hommes ont été interpellés à Rouen.", False),
    ],
)
def test_a_participle_after_people_named_with_an_article_points_back(
    monkeypatch, lang, sentence, back
):
    from enforcement_events import rules
    from enforcement_events.schema import EventType

    assert rules.is_back_reference(EventType.ARREST, sentence, lang) is back
    monkeypatch.setattr(rules, "PARTICIPLE_BACK_INTL", False)
    assert rules.is_back_reference(EventType.ARREST, sentence, lang) is False


# L128: the number right after the action's own word counts it, over a smaller number the
# model took from elsewhere in the sentence; sentences written for this test.
@pytest.mark.parametrize(
    ("lang", "said", "sentence", "expected"),
    [
        ("fr", 3, "Trois voitures ont été fouillées et les gendarmes ont interpellé 6 hommes.", 6),
        ("fr", 1, "Une enquête de deux ans a permis l'arrestation de douze suspects.", 12),
        ("es", None, "Tras una semana de vigilancia, la Guardia Civil detuvo a 9 personas.", 9),
        # a larger number from the model may be a total: it stands
        ("it", 5, "Cinque in tutto: i carabinieri hanno arrestato 2 uomini e 3 donne.", 5),
    ],
)
def test_the_number_after_the_action_word_counts_it(lang, said, sentence, expected):
    from enforcement_events.extraction import event_count

    assert event_count(EventType.ARREST, said, sentence, [], lang) == expected


def test_the_number_after_the_action_word_switched_off(monkeypatch):
    from enforcement_events import extraction

    monkeypatch.setattr(extraction, "OWN_NUMBER_INTL", False)
    sentence = "Trois voitures ont été fouillées et les gendarmes ont interpellé 6 hommes."
    assert extraction.event_count(EventType.ARREST, 3, sentence, [], "fr") == 3


# L130: a court, a prosecutor or the police named after their town tell the document's
# country; texts written for this test.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Das Landgericht Bielefeld verurteilte die beiden Männer am Montag.", "DE"),
        ("fr", "Le parquet de Lille a ouvert une enquête après la saisie.", "FR"),
        ("it", "Il Tribunale di Lugano ha condannato i due uomini.", "CH"),
        ("es", "El Juzgado de Instrucción de Vigo decretó el ingreso de los tres hombres.", "ES"),
        ("nl", "De rechtbank Rotterdam veroordeelde de man tot drie jaar cel.", "NL"),
    ],
)
def test_a_court_named_after_its_town_tells_the_country(lang, text, expected):
    from enforcement_events.events import _doc_place_country

    assert _doc_place_country(text, lang) == [expected]


def test_a_court_named_after_its_town_switched_off(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "SEAT_TOWNS", False)
    # with no place read, the text falls to where German is first spoken (LANGUAGE_COUNTRY)
    monkeypatch.setattr(events, "LANGUAGE_COUNTRY", False)
    text = "Das Landgericht Bielefeld verurteilte die beiden Männer am Montag."
    assert events._doc_place_country(text, "de") == []


# L132: a listed term is no listed subject; sentences written for this test.
def test_a_listed_term_is_not_summed_as_people():
    from enforcement_events.events import subject_sum

    sentence = "Due anni e otto mesi di carcere al 41enne albanese."
    assert subject_sum(EventType.SENTENCE, sentence, "it") is None
    assert subject_sum(EventType.ARREST, "Tre uomini e una donna sono stati arrestati.", "it") == 4


def test_a_listed_term_switched_off(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "SUM_NO_TERMS", False)
    sentence = "Due anni e otto mesi di carcere al 41enne albanese."
    assert events.subject_sum(EventType.SENTENCE, sentence, "it") == 10


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Lo straniero è stato poi accompagnato al CPR di Torino in attesa del volo.", True),
        ("Il giovane è stato accompagnato presso la frontiera aerea di Malpensa.", False),
        ("L'arrestato è stato accompagnato in carcere a Sassari.", False),
        ("La donna è stata accompagnata presso la caserma di Olbia.", False),
    ],
    ids=["to-cpr", "to-border", "to-prison", "to-barracks"],
)
def test_someone_escorted_to_a_border_or_a_prison_is_not_detained_in_italian(
    monkeypatch, sentence, held
):
    """ESCORTED_NOT_HELD: "accompagnato" names a detention only where it does not lead to
    a border, an airport, a prison or a barracks; with the switch off it always did."""
    from enforcement_events import rules

    detention = rules._type_words("it")[EventType.DETENTION]
    assert bool(detention.search(sentence)) is held
    monkeypatch.setattr(rules, "ESCORTED_NOT_HELD", False)
    assert rules._type_words("it")[EventType.DETENTION].search(sentence)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("La corte d'appello lo ha condannato alla pena di 3 anni e mesi 4 di reclusione.", 40),
        ("Il giudice ha condannato la donna ad anni 5 di reclusione per rapina.", 60),
    ],
    ids=["years-then-months-unit-first", "ad-anni"],
)
def test_italian_term_told_unit_first(monkeypatch, text, months):
    """UNIT_FIRST_TERMS: "3 anni e mesi 4", "ad anni 5" are terms told unit first; with the
    switch off the unit-first part was missed."""
    from enforcement_events import normalize

    assert intl_sentence_months(text, "it") == months
    monkeypatch.setattr(normalize, "UNIT_FIRST_TERMS", False)
    assert intl_sentence_months(text, "it") != months


@pytest.mark.parametrize(
    "text",
    [
        "Negli anni 90, era stato condannato a 2 anni di reclusione.",
        "Un uomo di anni 45, condannato a 2 anni di reclusione.",
    ],
    ids=["decade", "age"],
)
def test_italian_decades_and_ages_are_no_term(text):
    """UNIT_FIRST_TERMS reads a unit-first term only after "di", "a", "ad", "e", and after
    "di" only before a term's words: "negli anni 90" is a decade, "di anni 45" an age."""
    assert intl_sentence_months(text, "it") == 24


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Dopo l'udienza il commerciante lascia i domiciliari.", True),
        ("Il giudice decide e il ragazzo torna in libertà.", True),
        ("Il ragazzo non torna in libertà.", False),
        ("Il quarantenne lascia i domiciliari e torna in carcere.", False),
    ],
    ids=["lascia-i-domiciliari", "torna-in-liberta", "non-torna", "torna-in-carcere"],
)
def test_italian_release_told_in_the_present(monkeypatch, sentence, read):
    """Italian reports tell a release in the present ("torna in libertà", "lascia i
    domiciliari"); the rule net reads it (not when denied). Without the present-tense
    forms it did not."""
    from enforcement_events.rules import rule_types

    assert (EventType.RELEASE in rule_types(sentence, "it")) is read
    if read:
        assert not read_with_rule_cut(
            monkeypatch, "it", EventType.RELEASE, "|(?<!\\bnon )", sentence
        )


# Where the French and Italian fine rules' new alternatives start.
_FR_CUT = "|(?<![nN]['’])\\bamendes?"
_IT_CUT = "|(?<!\\bnon )\\bdovr"


@pytest.mark.parametrize(
    ("sentence", "lang", "split_at", "read"),
    [
        ("Jugé le jour même, une amende de 300 euros lui a été infligée.", "fr", _FR_CUT, True),
        ("Une amende avait été envisagée par le parquet.", "fr", _FR_CUT, False),
        ("Aucune amende n'a été infligée au conducteur.", "fr", _FR_CUT, False),
        ("Il camionista dovrà pagare una multa di 3mila euro.", "it", _IT_CUT, True),
        ("Il camionista dovrà pagare le spese del processo.", "it", _IT_CUT, False),
        ("Il camionista non dovrà pagare la multa.", "it", _IT_CUT, False),
    ],
    ids=["amende-infligee", "amende-envisagee", "aucune", "dovra-pagare-multa", "spese", "non"],
)
def test_fines_told_in_the_passive_or_as_a_payment_due(monkeypatch, sentence, lang, split_at, read):
    """French "une amende lui a été infligée" and Italian "dovrà pagare una multa" are
    fines; a fine only considered or costs to pay are not. Without the new alternatives
    (the RULES cut at ``split_at``) the rule net did not read them."""
    from enforcement_events.rules import rule_types

    assert (EventType.FINANCIAL_PENALTY in rule_types(sentence, lang)) is read
    if read:
        assert not read_with_rule_cut(
            monkeypatch, lang, EventType.FINANCIAL_PENALTY, split_at, sentence
        )
