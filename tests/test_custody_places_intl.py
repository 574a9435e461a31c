"""Readings in the five languages added in session 42: people told as in garde à vue, a
national body named with another country's name, "besides the arrest" pointing back, and
the story around an undated action read sentence by sentence.

Each reading has a switch (its row in benchmarks/levers.py); each test reads a sentence
with it on, then checks the old reading with it off. The sentences are written for these
tests, not copied from the labelled samples."""

import pytest

from enforcement_events import events, lexicon, normalize, rules
from enforcement_events.rules import is_back_reference, rule_types
from enforcement_events.schema import EventType

from .conftest import one_sentence_event, read_with_rule_cut

T = EventType


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Selon le parquet, deux passeurs sont en garde à vue à Calais.", True),
        ("Le chauffeur est toujours en garde à vue ce lundi.", True),
        ("Trois mineurs se trouvent actuellement en garde à vue.", True),
        # no one in custody
        ("Les deux passeurs ne sont pas en garde à vue.", False),
        ("La garde à vue des deux passeurs a été levée.", False),
    ],
)
def test_french_people_in_garde_a_vue_are_arrested(monkeypatch, sentence, read):
    assert (T.ARREST in rule_types(sentence, "fr")) is read
    cut = "|(?<![’'])(?<!\\bqui )\\b(?:est|sont|était"
    assert not read_with_rule_cut(monkeypatch, "fr", T.ARREST, cut, sentence)


@pytest.mark.parametrize(
    ("text", "lang", "on", "off"),
    [
        ("La Policía Nacional del Perú detuvo a dos hombres.", "es", ["PE"], ["ES", "PE"]),
        ("La Policía Nacional detuvo a dos hombres en Sevilla.", "es", ["ES"], ["ES"]),
        ("La Policía Nacional de Colombia detuvo a dos hombres.", "es", ["CO"], ["ES", "CO"]),
    ],
)
def test_a_national_body_named_with_another_country(monkeypatch, text, lang, on, off):
    # the bare name as it was read before L393 (NATIONAL_FORCE_NAMELESS_INTL), which
    # tests/test_s51.py tests
    monkeypatch.setattr(normalize, "NATIONAL_FORCE_NAMELESS_INTL", False)
    assert normalize.intl_countries_in(text, lang) == on
    monkeypatch.setattr(normalize, "AGENCY_OF_COUNTRY", False)
    assert sorted(normalize.intl_countries_in(text, lang)) == sorted(off)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "Of er naast de arrestatie van de bestuurder nog meer gebeurde, is onbekend."),
        ("de", "Neben der Festnahme des Fahrers gab es keine weiteren Maßnahmen."),
        ("fr", "Outre l'interpellation du conducteur, rien n'a été communiqué."),
        ("es", "Además de la detención del conductor, no hubo más medidas."),
        ("it", "Oltre all'arresto del conducente, non ci sono state altre misure."),
    ],
)
def test_besides_the_arrest_points_back(monkeypatch, lang, sentence):
    assert is_back_reference(T.ARREST, sentence, lang)
    monkeypatch.setattr(rules, "BESIDES_THE_BACK", False)
    assert not is_back_reference(T.ARREST, sentence, lang)


def test_besides_with_a_number_of_its_own_is_no_pointer():
    sentence = "Naast de arrestatie van drie mannen werden twee auto's in beslag genomen."
    assert not is_back_reference(T.ARREST, sentence, "nl")


def test_undated_story_is_read_in_whole_sentences(monkeypatch):
    lead = "Ein 40-jähriger Lenker wurde an der Grenze festgenommen."
    story = "Am vergangenen Freitag (14. März 2025) kontrollierten Beamte sein Auto."
    text = f"{lead} {story}"
    ev = one_sentence_event(T.ARREST, lead, doc=text, lang="de", unpublished=True)
    ev.date = None
    events.day_of_undated_story([ev], text, None, "de")
    assert ev.date == "2025-03-14"
    monkeypatch.setattr(events, "UNDATED_STORY_SENTENCES", False)
    ev.date = None
    events.day_of_undated_story([ev], text, None, "de")
    assert ev.date != "2025-03-14"


def test_guyane_alone_is_french_guiana(monkeypatch):
    text = "Deux tonnes de résine ont été saisies en Guyane mardi."
    assert normalize.intl_locative_countries(text, "fr") == ["GF"]
    table = lexicon.load("fr")
    monkeypatch.setattr(
        table, "COUNTRY_ALIASES", {k: v for k, v in table.COUNTRY_ALIASES.items() if k != "Guyane"}
    )
    normalize._intl_country_names.cache_clear()
    normalize._intl_country_pattern.cache_clear()
    try:
        assert normalize.intl_locative_countries(text, "fr") == []
    finally:
        monkeypatch.undo()
        normalize._intl_country_names.cache_clear()
        normalize._intl_country_pattern.cache_clear()


def test_garde_a_vue_told_as_a_rule_is_no_arrest():
    sentence = "Les personnes qui sont en garde à vue ont droit à un avocat."
    assert T.ARREST not in rule_types(sentence, "fr")


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "Sono 12 gli stranieri allontanati dalla Liguria e dall'Italia nell'ultima settimana.",
            True,
        ),
        ("Il cittadino tunisino è stato allontanato dal territorio nazionale ieri.", True),
        # sent away from a place, not from the country
        ("Il tifoso è stato allontanato dallo stadio dagli steward.", False),
    ],
)
def test_italian_people_sent_away_from_italy_are_removed(monkeypatch, sentence, read):
    assert (T.DEPORTATION in rule_types(sentence, "it")) is read
    cut = "|(?<!\\bnon )\\ballontanat"
    assert not read_with_rule_cut(monkeypatch, "it", T.DEPORTATION, cut, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence", "total"),
    [
        (
            "de",
            "Am Montag wurden insgesamt neun Menschen abgeschoben, aus Bayern war ein Mann dabei.",
            9,
        ),
        ("es", "Fueron expulsados en total 14 personas, entre ellas una mujer.", 14),
        ("nl", "Er werden in totaal 7 personen uitgezet, onder wie een vrouw.", 7),
    ],
)
def test_a_total_of_people_counts_the_action(monkeypatch, lang, sentence, total):
    from enforcement_events import extraction
    from enforcement_events.extraction import event_count

    assert event_count(T.DEPORTATION, 1, sentence, [], lang) == total
    monkeypatch.setattr(extraction, "TOTAL_COUNT_INTL", False)
    # "14 personas, entre ellas una mujer" is also a whole before its part (session 44's
    # WHOLE_BEFORE_PART_INTL): with both readings off, the model's one stands
    monkeypatch.setattr(extraction, "WHOLE_BEFORE_PART_INTL", False)
    assert event_count(T.DEPORTATION, 1, sentence, [], lang) != total


@pytest.mark.parametrize(
    ("lang", "sentence", "people"),
    [
        (
            "fr",
            "Mardi, les trois hommes ont été interpellés alors qu'ils montaient dans un bus.",
            3,
        ),
        ("de", "Die vier Männer wurden festgenommen, als sie in ein Taxi stiegen.", 4),
        ("es", "Los dos hombres fueron detenidos cuando subían a un tren en Vigo.", 2),
    ],
)
def test_an_article_before_a_thing_is_no_count_of_people(monkeypatch, lang, sentence, people):
    from enforcement_events import extraction
    from enforcement_events.extraction import event_count

    assert event_count(T.ARREST, 1, sentence, [], lang) == people
    monkeypatch.setattr(extraction, "ONE_IS_NO_PERSON_INTL", False)
    assert event_count(T.ARREST, 1, sentence, [], lang) == 1


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a one written as a number, or before a word for people, still counts one
        ("nl", "Van de 5 personen werd er 1 persoon aangehouden in een woning in Zwolle."),
        ("fr", "Sur les quatre hommes contrôlés, un homme a été interpellé dans une voiture."),
    ],
)
def test_a_one_told_of_people_stays_one(lang, sentence):
    from enforcement_events.extraction import event_count

    assert event_count(T.ARREST, 1, sentence, [], lang) == 1


def test_a_search_of_one_place_keeps_its_one():
    from enforcement_events.extraction import event_count

    sentence = "Bij de drie verdachten werd een woning in Zwolle doorzocht door de politie."
    assert event_count(T.SEARCH, 1, sentence, [], "nl") == 1


def _extradition_events(fake_client, text: str, sentence: int) -> list[str]:
    """The opening words of each extradition's evidence when the model reports one in
    ``sentence`` of ``text``."""
    from enforcement_events import Extractor

    from .conftest import answers

    told = {"sentence": sentence, "type": "extradition", "count": None, "where": None}
    ex = Extractor(
        client=fake_client(answers({"events": [{**told, "when": None, "total": False}]})),
        mode="llama_cpp",
        strategy="passages",
    )
    report = ex.extract(text, published="2031-05-06", language="es")
    kept = [e for e in report.events if e.type.value == "extradition"]
    return [" | ".join(x.text[:20] for x in e.evidence) for e in kept]


def test_a_removal_told_first_with_a_possessive_is_reported(fake_client, monkeypatch):
    from enforcement_events import extraction

    text = (
        "Un ciudadano chileno fue detenido en Lima en marzo por tráfico de drogas. "
        "El lunes, la Interpol de Perú coordinó su extradición con las autoridades de Chile."
    )
    assert _extradition_events(fake_client, text, 2) == ["El lunes, la Interpo"]
    monkeypatch.setattr(extraction, "ORPHAN_BACK_KEPT", False)
    assert _extradition_events(fake_client, text, 2) == []


def test_a_removal_told_again_with_a_possessive_still_points_back(fake_client):
    text = (
        "Un ciudadano chileno fue extraditado a Chile el lunes desde Lima. "
        "Su extradición fue coordinada por la Interpol de Perú con las autoridades de Chile."
    )
    # the model reports only the second sentence; the rule net reads the first, and the
    # second, pointing back to it, is no second telling
    assert _extradition_events(fake_client, text, 2) == ["Un ciudadano chileno"]
