"""Readings added in session 44 (people named in the singular in German, Italian and
Dutch) and the cases each must leave alone. Where a reading has a table entry (its row in
benchmarks/levers.py), its test reads a sentence with it, then checks the old reading
comes back without it. The sentences are written for these tests, not copied from the
labelled samples."""

import pytest

from enforcement_events import lexicon
from enforcement_events.extraction import event_count
from enforcement_events.schema import EventType as T

SINGULAR_CASES = [
    (
        "de",
        "Das Landgericht Kiel verurteilte einen 51-jährigen polnischen Lastwagenfahrer zu "
        "drei Jahren Haft.",
        "|\\b(?:[Ee]in(?:e[nmr]?)?",
    ),
    (
        "de",
        "Am Freitag sprach das Amtsgericht gegen den 29-jährigen rumänischen Kurier eine "
        "Haftstrafe aus.",
        "|\\b(?:[Ee]in(?:e[nmr]?)?",
    ),
    ("it", "Quattro anni e due mesi di reclusione al 41enne albanese.", "|\\b(?:al|allo"),
    ("it", "Cinque anni di carcere al corriere fermato a Chiasso.", "|\\b(?:al|allo"),
    (
        "nl",
        "De politierechter in Zwolle heeft een Bulgaarse vrachtwagenchauffeur 26 maanden cel "
        "opgelegd voor drugssmokkel.",
        "|\\b(?:een|de)\\s+(?:\\w+\\s+)?\\w+(?:chauffeur",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "marker"), SINGULAR_CASES)
def test_one_person_named_in_the_singular_counts_one(monkeypatch, lang, sentence, marker):
    assert event_count(T.SENTENCE, None, sentence, [], lang) == 1
    words = lexicon.load(lang)
    assert marker in words.SINGULAR
    monkeypatch.setattr(words, "SINGULAR", words.SINGULAR.split(marker)[0])
    assert event_count(T.SENTENCE, None, sentence, [], lang) is None


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Drei Männer, darunter der 36-jährige Fahrer, wurden zu Haftstrafen verurteilt."),
        ("it", "Tre anni ciascuno ai tre imputati, uno dei quali al 41enne albanese."),
    ],
)
def test_a_number_stated_stands_where_the_singular_reading_fires(lang, sentence):
    from enforcement_events.extraction import one_person

    # the singular reading matches this sentence, yet the number the model read stands
    assert one_person(sentence, lang)
    assert event_count(T.SENTENCE, 3, sentence, [], lang) == 3


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # plural people in the sentence, no singular noun: nothing to count
        ("nl", "De chauffeurs kregen allemaal werkstraffen."),
        ("it", "Pene fino a sei anni agli imputati del processo."),
    ],
)
def test_plural_people_with_no_number_count_nothing(lang, sentence):
    assert event_count(T.SENTENCE, None, sentence, [], lang) is None


def _segments(text: str) -> list:
    from enforcement_events.text import sentences

    return sentences(text)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        (
            "it",
            "La motovedetta ha intercettato un gommone al largo di Lampedusa. "
            "A bordo c'erano 64 migranti, tra cui nove minori.",
            64,
        ),
        (
            "en",
            "A patrol boat intercepted a wooden fishing vessel near the reef on Sunday. "
            "There were 37 migrants on board, all in good health.",
            37,
        ),
        (
            "nl",
            "De kustwacht onderschepte dinsdag een speedboot ten noorden van het eiland. "
            "Aan boord bevonden zich 12 personen.",
            12,
        ),
    ],
)
def test_an_interception_counts_the_people_the_next_sentence_has_on_board(
    monkeypatch, lang, text, count
):
    from enforcement_events import extraction

    segs = _segments(text)
    after = extraction._after(segs, segs[0])
    assert extraction._people_next(T.INTERCEPTION, None, segs[0].text, after, lang) == count
    monkeypatch.setattr(extraction, "PEOPLE_NEXT", False)
    assert extraction._people_next(T.INTERCEPTION, None, segs[0].text, after, lang) is None


@pytest.mark.parametrize(
    ("type_", "text", "said"),
    [
        # people counted by the next sentence but not on board: the arrests, not the boat's
        (
            T.INTERCEPTION,
            "Officers stopped a van on the motorway on Monday. Three people were later arrested.",
            None,
        ),
        # the interception's own sentence counts its people already
        (
            T.INTERCEPTION,
            "The navy intercepted a boat carrying 40 migrants. 38 migrants on board were Syrian.",
            None,
        ),
        # another type
        (
            T.ARREST,
            "Police arrested the skipper on Monday. There were 20 migrants on board.",
            None,
        ),
        # a count already read that is not one
        (
            T.INTERCEPTION,
            "Two boats were intercepted off the coast. There were 30 people on board.",
            2,
        ),
    ],
)
def test_what_the_people_on_board_reading_leaves_alone(type_, text, said):
    from enforcement_events import extraction

    segs = _segments(text)
    after = extraction._after(segs, segs[0])
    assert extraction._people_next(type_, said, segs[0].text, after, "en") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A joint operation was launched in the port city, which led to the arrest of 6 smugglers.",
            6,
        ),
        (
            "An undercover investigation was opened last year and ended with the arrest of 3 customs officers.",
            3,
        ),
    ],
)
def test_a_number_before_an_operation_counts_no_people(monkeypatch, sentence, expected):
    from enforcement_events import rules

    at = rules.word_position(T.ARREST, sentence)
    assert rules.subject_count(sentence, at) == expected
    monkeypatch.setattr(rules, "OPERATION_NOT_PEOPLE_EN", False)
    assert rules.subject_count(sentence, at) == 1


def test_people_before_an_operation_word_still_count():
    from enforcement_events import rules

    sentence = "Two officers were arrested during the operation."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) == 2


@pytest.mark.parametrize(
    ("sentence", "type_", "count"),
    [
        (
            "Last week a court in Mosul handed prison sentences for three men accused of fraud.",
            T.SENTENCE,
            3,
        ),
        (
            "The military tribunal handed death sentences for four men in absentia.",
            T.SENTENCE,
            4,
        ),
    ],
)
def test_for_and_a_number_of_people_after_the_action_counts_them(
    monkeypatch, sentence, type_, count
):
    from enforcement_events import rules

    at = rules.word_position(type_, sentence)
    assert rules.subject_count(sentence, at) == count
    monkeypatch.setattr(rules, "OBJECT_FOR_PEOPLE_EN", False)
    assert rules.subject_count(sentence, at) != count


def test_for_and_a_number_of_years_counts_no_one():
    from enforcement_events import rules

    sentence = "The court handed sentences for two years to the smugglers."
    assert rules.subject_count(sentence, rules.word_position(T.SENTENCE, sentence)) != 2


@pytest.mark.parametrize(
    ("lang", "sentence", "count"),
    [
        (
            "nl",
            "4 personen, waarvan 2 minderjarigen, werden overgedragen aan de vreemdelingenpolitie.",
            4,
        ),
        ("fr", "Six personnes, dont deux mineurs, ont été placées en rétention administrative.", 6),
        (
            "it",
            "Tra i passeggeri del pullman 12 persone, di cui 5 minori, non avevano il permesso "
            "di soggiorno e sono state trattenute in questura.",
            12,
        ),
    ],
)
def test_a_number_of_people_before_a_part_of_them_is_the_whole(monkeypatch, lang, sentence, count):
    from enforcement_events import extraction

    assert event_count(T.DETENTION, None, sentence, [], lang) == count
    monkeypatch.setattr(extraction, "WHOLE_BEFORE_PART_INTL", False)
    assert event_count(T.DETENTION, None, sentence, [], lang) != count


def test_a_count_other_than_the_part_stands():
    sentence = "De politie hield 9 verdachten aan; 4 personen, waarvan 2 minderjarigen, werden vrijgelaten."
    assert event_count(T.ARREST, 9, sentence, [], "nl") == 9
