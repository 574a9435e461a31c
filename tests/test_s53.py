"""Readings added in session 53. A test named for a new reading reads a sentence with the
switch on, then checks the old reading comes back with it off; a test named for what stays
checks a reading the new one must leave alone. The sentences are written for these tests,
not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import events, normalize, rules
from enforcement_events.schema import EventType as T

from .conftest import one_sentence_event


# L405: the rule net reading one action leaves the modal check on for another
@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        ("El hombre fue detenido el lunes y será expulsado a Marruecos.", "es", T.DEPORTATION),
        ("Il a été interpellé mardi et sera expulsé vers l'Algérie.", "fr", T.DEPORTATION),
        ("Der Mann wurde festgenommen und soll abgeschoben werden.", "de", T.DEPORTATION),
        ("L'uomo è stato arrestato e sarà estradato in Francia.", "it", T.EXTRADITION),
    ],
)
def test_an_action_to_come_beside_one_the_rule_net_reads_is_possible(
    monkeypatch, sentence, lang, type_
):
    assert rules.rule_types(sentence, lang)  # the rule net reads the action that happened
    assert type_ not in rules.rule_types(sentence, lang)
    assert rules.is_hypothetical(sentence, lang, type_)
    monkeypatch.setattr(rules, "MODAL_BESIDE_RULES_INTL", False)
    assert not rules.is_hypothetical(sentence, lang, type_)


@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        # the action the rule net reads is the one asked about: it happened
        ("El hombre fue detenido el lunes y será expulsado a Marruecos.", "es", T.ARREST),
        ("Der Mann wurde festgenommen und soll abgeschoben werden.", "de", T.ARREST),
        # the action asked about is told as done, outside the modal's clause
        (
            "Il sera jugé en avril, a indiqué le parquet; il a été expulsé hier.",
            "fr",
            T.DEPORTATION,
        ),
    ],
)
def test_an_action_told_as_done_beside_a_modal_stays(sentence, lang, type_):
    assert not rules.is_hypothetical(sentence, lang, type_)


# L407: "coast guard" in two words after a country's adjective
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Maltese coast guard said it had stopped a fishing boat.", "MT"),
        ("Turkish coast-guard officers boarded the dinghy at dawn.", "TR"),
        ("Officials said the Italian coast guards towed the vessel.", "IT"),
    ],
)
def test_coast_guard_in_two_words_is_a_body(monkeypatch, sentence, code):
    assert [c for _, c in normalize._authority_adjectives(sentence)] == [code]
    monkeypatch.setattr(normalize, "COAST_GUARD_TWO_WORDS_EN", False)
    normalize._authority.cache_clear()
    try:
        assert normalize._authority_adjectives(sentence) == []
    finally:
        monkeypatch.undo()
        normalize._authority.cache_clear()


def test_a_coast_without_a_guard_is_no_body():
    assert normalize._authority_adjectives("They sailed along the Turkish coast at night.") == []


# L408: where the crime was is not where an arrest was
@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Tbilisi detained a man facing fraud charges in Portugal on Monday.",
        "Officers arrested a woman wanted in Chile for armed robbery.",
        "Agents searched the home of a man suspected of crimes committed in Peru.",
    ],
)
def test_where_the_crime_was_is_not_where_the_arrest_was(monkeypatch, sentence):
    assert events._without_crime_places(sentence) != sentence
    named = normalize.locative_countries(events._without_crime_places(sentence))
    assert not set(named) & {"PT", "CL", "PE"}
    monkeypatch.setattr(events, "CRIME_PLACE_NOT_HERE_EN", False)
    assert events._without_crime_places(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # where the action was, after a word that is no crime's
        ("He was arrested in Portugal after a long chase.", "PT"),
        ("The raids in Chile were ordered by a judge.", "CL"),
    ],
)
def test_a_place_of_the_action_stays(sentence, code):
    assert events._without_crime_places(sentence) == sentence
    assert normalize.locative_countries(sentence) == [code]


def _country(type_: T, text: str) -> list[str]:
    event = events.build_event(
        type_=type_,
        evidence=events.Evidence(text=text, start=0, end=len(text), match="exact"),
        context=text,
        doc_text=text,
        count=1,
        where=None,
        when=None,
        total=False,
        published=None,
    )
    return event.country


def test_an_arrest_is_placed_where_it_was_not_where_the_crime_was(monkeypatch):
    text = "Police in Tbilisi detained a man facing fraud charges in Portugal."
    assert _country(T.ARREST, text) == ["GE"]
    monkeypatch.setattr(events, "CRIME_PLACE_NOT_HERE_EN", False)
    assert _country(T.ARREST, text) == ["PT"]


def test_a_charge_keeps_the_place_of_the_case():
    assert _country(T.CHARGE, "He faces charges in Portugal.") == ["PT"]


# L409: "up to" beside a verdict passed is the longest of the penalties passed
@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        (
            "Die drei Angeklagten erhielten Freiheitsstrafen von bis zu vier Jahren.",
            "de",
            T.SENTENCE,
        ),
        (
            "El juez determinó multas de hasta 3.000 euros para los cuatro acusados.",
            "es",
            T.FINANCIAL_PENALTY,
        ),
        (
            "Contre les cinq prévenus, des peines allant jusqu'à six ans ont été prononcées.",
            "fr",
            T.SENTENCE,
        ),
        ("Ai quattro imputati sono state inflitte pene fino a 5 anni.", "it", T.SENTENCE),
    ],
)
def test_up_to_beside_a_verdict_is_penalties_passed(monkeypatch, sentence, lang, type_):
    assert not rules.is_maximum(type_, sentence, lang)
    monkeypatch.setattr(rules, "UP_TO_PASSED_INTL", False)
    assert rules.is_maximum(type_, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # the law's maximum, no verdict told
        ("Für Schleusung sind Freiheitsstrafen bis zu zehn Jahren vorgesehen.", "de"),
        # another word of a maximum beside the verdict's
        ("Die Verurteilten erhielten Bewährung; ihnen drohen bis zu fünf Jahre Haft.", "de"),
        ("El delito está castigado con penas de hasta 8 años de cárcel.", "es"),
        # a verdict word under a condition or a "can": what the law allows
        ("Im Falle einer Verurteilung erwarten ihn bis zu sieben Jahre Haft.", "de"),
        ("Für den Schmuggel können Geldstrafen von bis zu 9.000 Euro verhängt werden.", "de"),
        ("En cas de condamnation, les deux hommes encourent jusqu'à 4 ans.", "fr"),
        ("Per questo reato possono essere inflitte pene fino a 12 anni.", "it"),
    ],
)
def test_up_to_alone_stays_the_laws_maximum(sentence, lang):
    assert rules.is_maximum(T.SENTENCE, sentence, lang)


# L412: different terms passed on different people
@pytest.mark.parametrize(
    ("sentence", "lang", "terms"),
    [
        (
            "Das Gericht verurteilte den Fahrer zu vier Jahren und den Beifahrer zu zwei Jahren Haft.",
            "de",
            [48.0, 24.0],
        ),
        ("Le passeur écope de 6 ans, son complice de 3 ans de prison.", "fr", [72.0, 36.0]),
        (
            "Los tres acusados recibieron penas de 9, 7 y 5 años respectivamente.",
            "es",
            [108.0, 84.0, 60.0],
        ),
        (
            "Il primo è stato condannato a 3 anni e 4 mesi, il secondo a un anno.",
            "it",
            [40.0, 12.0],
        ),
        (
            "De rechter veroordeelde de hoofdverdachte tot vier jaar en zijn broer tot twee jaar.",
            "nl",
            [48.0, 24.0],
        ),
    ],
)
def test_different_terms_on_different_people_are_listed(sentence, lang, terms):
    assert normalize.intl_terms(sentence, lang) == terms


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sie wurde zu drei Jahren und sechs Monaten Haft verurteilt.", "de"),  # one term
        ("Un homme de 32 ans a été condamné à 2 ans de prison.", "fr"),  # an age
        ("Il a été condamné à 4 ans de prison dont 2 ans avec sursis.", "fr"),  # a part of it
        ("Fue condenado a 2 años; la Fiscalía pedía 6 años.", "es"),  # a term asked for
        ("Er wurde zu 2 Jahren verurteilt; bis zu 10 Jahre wären möglich gewesen.", "de"),
        # whose term is whose is not told
        ("Les deux passeurs écopent de 6 et 3 ans de prison.", "fr"),
        ("Beide erhielten Haftstrafen von vier sowie zwei Jahren.", "de"),
        # a range
        ("Die Angeklagten erhielten Strafen zwischen zwei und fünf Jahren.", "de"),
    ],
)
def test_one_term_or_no_passed_term_is_not_listed(sentence, lang):
    assert normalize.intl_terms(sentence, lang) == []


# L411: a seizure told again with no goods, date or town of its own
def _seizures_merged(first: str, again: str, lang: str) -> int:
    doc = f"{first}\n\nLe chauffeur a pris la fuite.\n\n{again}"
    return len(
        events.merge_events(
            [
                one_sentence_event(T.SEIZURE, first, doc=doc, lang=lang, unpublished=True),
                one_sentence_event(
                    T.SEIZURE, again, doc=doc, start=doc.index(again), lang=lang, unpublished=True
                ),
            ],
            text=doc,
            lang=lang,
        )
    )


@pytest.mark.parametrize(
    "again",
    [
        # the seizure named again
        "« Il y a donc saisie de la marchandise », a déclaré le directeur.",
        # its goods named again by a general word
        "Selon le parquet, la drogue était cachée dans des cartons de bananes.",
    ],
)
def test_a_seizure_told_again_without_goods_of_its_own_is_one(monkeypatch, again):
    first = "Les douaniers ont saisi 40 kilogrammes de cocaïne au port de Brest."
    assert _seizures_merged(first, again, "fr") == 1
    monkeypatch.setattr(events, "SEIZURE_TOLD_AGAIN_INTL", False)
    assert _seizures_merged(first, again, "fr") == 2


@pytest.mark.parametrize(
    "again",
    [
        # goods of its own: another seizure
        "Les gendarmes ont saisi 12 000 euros en liquide dans la cabine.",
        # a town of its own
        "À Lorient, les douaniers ont saisi un camion.",
        # a date of its own
        "Le 3 mars 2030, les douaniers avaient saisi une voiture.",
        # other goods, neither the seizure nor its goods named again
        "Un fusil a été saisi dans la cabine du camion.",
    ],
)
def test_a_seizure_with_goods_town_or_date_of_its_own_stays_apart(again):
    first = "Les douaniers ont saisi 40 kilogrammes de cocaïne au port de Brest."
    assert _seizures_merged(first, again, "fr") == 2


# L413: a number joined by a hyphen to capitals is a code, no count
@pytest.mark.parametrize(
    ("sentence", "lang", "said"),
    [
        ("La furgoneta con matrícula 7781-KTZ fue interceptada en la ruta.", "es", 7781),
        ("The lorry, registration 5512-GHX, was stopped at the border.", "en", 5512),
        ("Le camion immatriculé 9034-PLM a été intercepté à la frontière.", "fr", 9034),
    ],
)
def test_a_code_is_no_count(monkeypatch, sentence, lang, said):
    def counted() -> int | None:
        if lang == "en":
            return events.checked_count(said, sentence)
        return events._checked_count_intl(said, sentence, lang)

    assert counted() is None
    monkeypatch.setattr(events, "CODE_NOT_A_COUNT", False)
    events._not_a_count.cache_clear()
    try:
        assert counted() == said
    finally:
        monkeypatch.undo()
        events._not_a_count.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("La policía detuvo a 12 migrantes y a 3 ciudadanos de Sudán.", 12),
        ("La policía detuvo a 14 personas en la operación Delta-Norte.", 14),
    ],
)
def test_a_count_beside_a_code_stays(sentence, said):
    assert events._checked_count_intl(said, sentence, "es") == said


def test_an_english_seizure_told_again_is_not_joined_by_it():
    """Measured in English too: no pooled gain there, so the rule reads the five languages."""
    first = "Customs officers seized 40 kilograms of cocaine at the port of Brest."
    again = "Officers said the goods were seized after a tip-off."
    doc = f"{first}\n\nThe driver fled.\n\n{again}"
    merged = events.merge_events(
        [
            one_sentence_event(T.SEIZURE, first, doc=doc, unpublished=True),
            one_sentence_event(T.SEIZURE, again, doc=doc, start=doc.index(again), unpublished=True),
        ],
        text=doc,
        lang="en",
    )
    assert len(merged) == 2
