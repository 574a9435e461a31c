"""Readings added in session 52. A test named for a new reading reads a sentence with the
switch on, then checks the old reading comes back with it off; a test named for what stays
checks a reading the new one must leave alone. The sentences are written for these tests,
not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import events, lexicon, normalize, places, rules
from enforcement_events.schema import EventType as T


def _towns(sentence: str, prepositions: str, lang: str | None) -> list[str]:
    """The countries of the towns ``sentence`` names after ``prepositions``, as a text in
    ``lang`` reads them (None: English)."""
    spoken = events.spoken_in(lang) if lang else frozenset()
    return places.cities_in(sentence, prepositions, spoken=spoken)


# L396: a town's region in brackets tells its namesakes apart
@pytest.mark.parametrize(
    ("sentence", "prepositions", "lang", "now", "before"),
    [
        # a smaller namesake in the region's country
        ("Dos hombres fueron detenidos en Mérida (Badajoz) el martes.", "en", "es", "ES", "MX"),
        ("Un homme a été interpellé à Saint-Louis (Haut-Rhin) lundi.", "à", "fr", "FR", "SN"),
        ("Two men were arrested in Hamilton (Waikato) on Sunday.", "in", None, "NZ", "CA"),
        ("Detenidos en Valencia (Valencia) tres hombres.", "en", "es", "ES", "VE"),
        # a town too small for the gazetteer, in a region only one country has
        ("La Guardia Civil detuvo en Trujillo (Cáceres) a un vecino.", "en", "es", "ES", "PE"),
    ],
)
def test_a_towns_region_in_brackets_tells_its_namesakes_apart(
    monkeypatch, sentence, prepositions, lang, now, before
):
    assert _towns(sentence, prepositions, lang) == [now]
    monkeypatch.setattr(places, "TOWN_REGION_BRACKETS", False)
    assert _towns(sentence, prepositions, lang) == [before]


@pytest.mark.parametrize(
    ("sentence", "prepositions", "lang", "expected"),
    [
        # the bracket holds no region, or one of no country with a town so named
        ("Dos hombres fueron detenidos en Mérida (2023) el martes.", "en", "es", ["MX"]),
        ("Dos hombres fueron detenidos en Mérida (Tokio) el martes.", "en", "es", ["MX"]),
        ("Police arrested a man in Hamilton (pictured) on Friday.", "in", None, ["CA"]),
        # the region agrees with the bigger namesake
        ("Detenidos en Valencia (Carabobo) tres hombres.", "en", "es", ["VE"]),
        # a region's name that many countries' regions share tells nothing
        ("Un homme a été interpellé à Saint-Louis (Centre) lundi.", "à", "fr", ["SN"]),
    ],
)
def test_a_bracket_that_names_no_telling_region_changes_nothing(
    sentence, prepositions, lang, expected
):
    assert _towns(sentence, prepositions, lang) == expected


def test_the_documents_country_follows_the_bracketed_region(monkeypatch):
    text = "Un homme a été interpellé à Saint-Louis (Haut-Rhin) lundi par les douaniers."
    events._doc_country.cache_clear()
    assert events._doc_country(text, "fr") == ["FR"]
    monkeypatch.setattr(places, "TOWN_REGION_BRACKETS", False)
    events._doc_country.cache_clear()
    assert events._doc_country(text, "fr") == ["SN"]
    events._doc_country.cache_clear()


# L397: "Korea" alone is South Korea in English
@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven foreigners overstaying their visas were arrested in Korea last week.",
        "The suspect was deported from Korea to Vietnam on Monday.",
    ],
)
def test_korea_alone_is_south_korea(monkeypatch, sentence):
    def countries() -> list[str]:
        # the country names are built once, reading the switch: build them again
        normalize._country_names.cache_clear()
        normalize._country_pattern.cache_clear()
        return normalize.countries_in(sentence)

    assert "KR" in countries()
    monkeypatch.setattr(normalize, "KOREA_ALONE_EN", False)
    assert "KR" not in countries()
    monkeypatch.undo()
    countries()


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Two defectors fled North Korea by boat.", ["KP"]),
        ("The Democratic People's Republic of Korea denied the report.", ["KP"]),
        ("Korean Air staff found the parcel.", []),
    ],
)
def test_north_korea_and_korean_stay_as_they_were(sentence, countries):
    assert normalize.countries_in(sentence) == countries


# L398: more words that ask for a penalty in the five languages
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "La procureure a recommandé une peine de six ans de prison ferme."),
        ("fr", "Le parquet préconise une amende de 20 000 euros."),
        ("es", "El fiscal pidió nueve años de prisión para el conductor."),
        ("es", "Las acusaciones solicitaron una multa de 3.000 euros."),
        ("de", "Der Staatsanwalt verlangte vier Jahre Haft für den Fahrer."),
        ("it", "I pubblici ministeri chiedono cinque anni di reclusione."),
    ],
)
def test_more_words_ask_for_a_penalty(monkeypatch, lang, sentence):
    asked = {t for t in (T.SENTENCE, T.FINANCIAL_PENALTY) if rules.is_demand(t, sentence, lang)}
    assert asked
    monkeypatch.setattr(rules, "DEMANDS_MORE_INTL", False)
    assert not {t for t in asked if rules.is_demand(t, sentence, lang)}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the penalty is passed in so many words, whatever was asked
        (
            "fr",
            "Le tribunal l'a condamné à cinq ans de prison, comme le parquet l'avait recommandé.",
        ),
        ("es", "El juez lo condenó a seis años de prisión, como pidió la fiscalía."),
        # no word of asking
        ("de", "Das Gericht verurteilte den Mann zu drei Jahren Haft."),
    ],
)
def test_a_penalty_passed_is_no_demand(lang, sentence):
    assert not rules.is_demand(T.SENTENCE, sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a fine passed beside a broad word of asking
        ("es", "Los agentes le pidieron los papeles y le impusieron una multa de 400 euros."),
        ("fr", "Il a écopé d'une amende de 500 euros ; la police recommande la prudence."),
        # "chiese" is also churches
        ("it", "Il parroco è stato multato di 300 euro per le feste nelle chiese."),
    ],
)
def test_a_fine_passed_is_no_demand(lang, sentence):
    assert not rules.is_demand(T.FINANCIAL_PENALTY, sentence, lang)


def test_a_release_is_not_asked_for_by_the_broader_words():
    sentence = "Il gip ha disposto la scarcerazione dei due uomini; i familiari chiedono giustizia."
    assert not rules.is_demand(T.RELEASE, sentence, "it")


# L399: a place someone was travelling to is not where the text happens
@pytest.mark.parametrize(
    ("lang", "text", "now", "before"),
    [
        (
            "es",
            "La Policía Nacional detuvo en Guayaquil a un hombre que intentaba viajar a Madrid.",
            "EC",
            "ES",
        ),
        (
            "de",
            "Die Polizei hat in Villach einen Lastwagen auf dem Weg nach Italien gestoppt.",
            "AT",
            "IT",
        ),
        (
            "it",
            "Fermati a Como un camion diretto a Lione e un furgone diretto a Marsiglia.",
            "IT",
            "FR",
        ),
    ],
)
def test_a_journeys_end_is_not_where_the_text_happens(monkeypatch, lang, text, now, before):
    events._doc_country.cache_clear()
    assert events._doc_country(text, lang) == [now]
    monkeypatch.setattr(events, "TRAVEL_DESTINATION_INTL", False)
    events._doc_country.cache_clear()
    assert events._doc_country(text, lang) == [before]
    events._doc_country.cache_clear()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a place arrived in, or a removal's destination read elsewhere, still counts
        ("es", "Dos hombres fueron detenidos a su llegada a Madrid.", ["ES"]),
        # a journey that ends where the arrest was
        ("es", "Un fugitivo huyó a Marruecos, donde fue detenido por la policía.", ["MA"]),
        (
            "es",
            "La Guardia Civil lo buscaba: intentaba huir a Marruecos, donde fue detenido.",
            ["MA"],
        ),
        ("nl", "Hij was op weg naar Frankrijk, waar hij werd opgepakt.", ["FR"]),
        ("fr", "La police suisse indique que le suspect voyageait en France.", ["FR"]),
        ("de", "Die Polizei nahm in Salzburg zwei Männer fest.", ["AT"]),
    ],
)
def test_places_not_after_a_journeys_word_still_count(lang, text, expected):
    events._doc_country.cache_clear()
    assert events._doc_country(text, lang) == expected
    events._doc_country.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("N. Korea fired two missiles on Sunday.", ["KP"]),
        ("The Korea Herald reported the arrest in Japan.", ["JP"]),
        ("The ship was seized in the Korea Strait.", []),
        ("Inter-Korea talks resumed on Monday.", []),
    ],
)
def test_korea_in_other_names_is_not_south_korea(sentence, countries):
    assert normalize.countries_in(sentence) == countries


# L402: in Spanish, people held for their lack of papers are a detention
@pytest.mark.parametrize(
    "sentence",
    [
        "En la frontera norte fueron detenidos 37 indocumentados durante el fin de semana.",
        "Agentes de Migración detuvieron a 14 extranjeros sin documentos en un autobús.",
    ],
)
def test_people_held_without_papers_are_a_detention(monkeypatch, sentence):
    assert rules.suspect_or_migrant(T.ARREST, sentence, "es") is T.DETENTION
    monkeypatch.setattr(rules, "UNDOCUMENTED_HELD_ES", False)
    assert rules.suspect_or_migrant(T.ARREST, sentence, "es") is T.ARREST


@pytest.mark.parametrize(
    "sentence",
    [
        # papers forged are an offence: a suspect's arrest
        "Fue detenido un hombre que viajaba con documentos falsos.",
        # suspects named beside them
        "Detenidos dos presuntos traficantes que transportaban a 20 indocumentados.",
        # the driver who carried them, a suspect held for a crime, goods without papers
        "Detenido el chófer que llevaba a 25 indocumentados en un furgón.",
        "Detenido un indocumentado por el asalto a una gasolinera en Mexicali.",
        "Detienen a un comerciante con 200 teléfonos sin documentos que acrediten su origen.",
    ],
)
def test_suspects_held_beside_papers_stay_arrested(sentence):
    assert rules.suspect_or_migrant(T.ARREST, sentence, "es") is T.ARREST


# L403: a sentence opening on a word of possibility tells nothing that happened
@pytest.mark.parametrize(
    ("lang", "type_", "sentence"),
    [
        ("nl", "seizure", "Mogelijk zijn ook twee scooters in beslag genomen."),
        ("de", "arrest", "Möglicherweise wurden noch zwei weitere Männer festgenommen."),
        ("fr", "seizure", "Peut-être que d'autres armes ont été saisies."),
        ("it", "arrest", "Forse sono stati arrestati anche i complici."),
    ],
)
def test_a_sentence_opening_on_a_possibility_is_hypothetical(monkeypatch, lang, type_, sentence):
    assert rules.is_hypothetical(sentence, lang, T(type_))
    monkeypatch.setattr(rules, "HEDGE_OPENING_INTL", False)
    assert not rules.is_hypothetical(sentence, lang, T(type_))


@pytest.mark.parametrize(
    ("lang", "type_", "sentence"),
    [
        # the word inside the sentence, not opening it, or part of another word
        ("nl", "arrest", "De man werd zo snel mogelijk aangehouden."),
        ("de", "arrest", "Die Polizei nahm den vermutlich betrunkenen Fahrer fest."),
        ("it", "arrest", "Forsennato, l'uomo è stato arrestato dopo la fuga."),
        # a hedge on one phrase, not on the verb
        ("de", "seizure", "Vermutlich gestohlene Mopeds wurden von der Polizei sichergestellt."),
        ("es", "seizure", "Probablemente el mayor alijo del mes fue incautado ayer en Cádiz."),
        ("fr", "arrest", "Vraisemblablement ivre, le chauffeur a été interpellé."),
        # the action told in another clause than the hedge's
        (
            "de",
            "arrest",
            "Möglicherweise hatte er die Flucht geplant; am Montag wurde er festgenommen.",
        ),
        (
            "de",
            "arrest",
            "Wahrscheinlich ist, dass die Polizei am Freitag drei Männer festgenommen hat.",
        ),
    ],
)
def test_a_possibility_not_opening_the_sentence_changes_nothing(lang, type_, sentence):
    assert not rules.is_hypothetical(sentence, lang, T(type_))


# L404: a nationality word before a body names the nation, not a town spelled so
@pytest.mark.parametrize(
    "text",
    [
        "The Thai police arrested two men at a pier on Monday.",
        "Thai customs seized 40 kilograms of methamphetamine at the border crossing.",
    ],
)
def test_a_nationality_before_a_body_is_no_town(monkeypatch, text):
    words = lexicon.load("en")
    assert places.towns_before(text, words.SEATS, words.INSTITUTION_QUALIFIERS) == []
    monkeypatch.setattr(places, "DEMONYM_NOT_TOWN", False)
    assert places.towns_before(text, words.SEATS, words.INSTITUTION_QUALIFIERS) == ["MY"]


def test_a_town_before_a_body_still_places_the_text():
    words = lexicon.load("en")
    text = "The Auckland police arrested two men on Monday."
    assert places.towns_before(text, words.SEATS, words.INSTITUTION_QUALIFIERS) == ["NZ"]
