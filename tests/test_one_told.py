"""After merging, an English action on one person counts one (events.one_told).
Sentences written for these tests."""

from datetime import date

import pytest

from enforcement_events.events import one_told
from enforcement_events.schema import EventType

from .conftest import one_sentence_event


def _dated(event, day: str, precision: str, how: str) -> None:
    """Give ``event`` a date as an earlier step would have: ``how`` is where it came from
    ("published", "document")."""
    event.date, event.date_precision, event.inferred["date"] = day, precision, how


@pytest.mark.parametrize(
    ("type_", "text", "count"),
    [
        (EventType.CHARGE, "Ms Okafor was later charged with fraud.", 1),
        (EventType.ARREST, "Detectives arrested him at a hotel in Leeds.", 1),
        (EventType.CONVICTION, "Varga pleaded guilty to wire fraud on Monday.", 1),
        (EventType.CHARGE, "A grand jury indicted the brothers, charging them with fraud.", None),
        (EventType.CONVICTION, "Varga and Molnar pleaded guilty to wire fraud.", None),
        (EventType.ARREST, "The suspects were arrested at a hotel in Leeds.", None),
        (EventType.SEIZURE, "He was seen as cocaine was seized at the port.", None),
        (
            EventType.CONVICTION,
            "Peter Quince, 47, of Hull, pleaded guilty yesterday to two counts of fraud.",
            1,
        ),
        (
            EventType.CONVICTION,
            "Mara Lind, a former payroll clerk at the hospital, has pleaded guilty to theft.",
            1,
        ),
        (EventType.CONVICTION, "Northwind Freight Ltd pleaded guilty to the safety breach.", 1),
        (EventType.ARREST, "At dawn, deputies took Halloran into custody at a motel.", 1),
        (
            EventType.CONVICTION,
            "The brothers, aged 30 and 33, pleaded guilty to two counts of fraud.",
            None,
        ),
        (EventType.SEARCH, "Officers carried out a search of the flat above the shop.", 1),
        (EventType.SEARCH, "Detectives searched a house on Mill Lane on Friday.", 1),
        (EventType.SEARCH, "Detectives searched a house and two flats on Mill Lane.", None),
        (EventType.SEARCH, "Searches were carried out at homes across the county.", None),
    ],
    ids=[
        "was-charged",
        "arrested-him",
        "name-pleaded",
        "them",
        "two-names",
        "were",
        "not-on-people",
        "name-age-pleaded",
        "name-description-pleaded",
        "company-pleaded",
        "taken-into-custody",
        "plural-subject-ages",
        "search-of-one-place",
        "searched-a-house",
        "search-places-counted",
        "searches-plural",
    ],
)
def test_an_action_told_of_one_person_counts_one(type_, text, count):
    event = one_sentence_event(type_, text)
    assert event.count is None
    one_told([event])
    assert event.count == count


@pytest.mark.parametrize(
    ("text", "count", "kept"),
    [
        ("Officers searched the barn, where 220 cannabis plants were growing.", 220, None),
        ("Nine addresses were searched across the city on Monday.", 9, 9),
        ("Police executed 14 drugs and firearms warrants in the town.", 14, 14),
        ("Searches were carried out at four business premises.", 4, 4),
        ("Officers searched a caravan on the site.", 1, 1),
    ],
    ids=["plants-not-places", "addresses", "warrants", "premises", "one-from-a"],
)
def test_a_search_counts_places_not_what_was_found(text, count, kept):
    event = one_sentence_event(EventType.SEARCH, text)
    event.count = count
    one_told([event])
    assert event.count == kept


def test_a_search_counted_by_goods_is_kept_with_the_switch_off(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "SEARCH_COUNTS_PLACES", False)
    event = one_sentence_event(
        EventType.SEARCH, "Officers searched the barn, where 220 plants grew."
    )
    event.count = 220
    one_told([event])
    assert event.count == 220


def test_a_count_already_read_is_kept():
    event = one_sentence_event(EventType.ARREST, "Police arrested him and 3 others.")
    event.count = 4
    one_told([event])
    assert event.count == 4


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        # the latest year named (a span's end included) bounds the text: its next year
        ("Issued under the 1997 to 2003 administration. The van was stopped.", "2004-12-31"),
        ("The unit was set up in 2003. The van was stopped.", "2004-12-31"),
        # a year after today says nothing of when the text was written
        ("The plan runs until 2040. The van was stopped.", "2026-12-02"),
        ("The van was stopped.", "2026-12-02"),
    ],
    ids=["span", "year", "future-year", "no-year"],
)
def test_the_years_a_text_names_bound_the_day_it_is_from(text, latest):
    from enforcement_events.events import _latest_possible_day

    assert _latest_possible_day(text, today=date(2026, 12, 2)).isoformat() == latest


def test_an_undated_text_pins_a_weekday_in_the_years_it_names():
    from enforcement_events.events import day_of_undated_story

    doc = (
        "Issued under the 1997 to 2003 administration.\n"
        "Officers seized 40 kg of tobacco from the van.\n"
        "The van was stopped on Sunday (7 March)."
    )
    start = doc.index("Officers")
    event = one_sentence_event(
        EventType.SEIZURE, doc[start : doc.index("\nThe van")], doc=doc, start=start
    )
    event.date = None
    day_of_undated_story([event], doc, None)
    # 7 March fell on a Sunday in 2004 (and in 2021, which the text's years rule out)
    assert (event.date, event.inferred["date"]) == ("2004-03-07", "document")


@pytest.mark.parametrize(
    ("type_", "text", "lang", "count"),
    [
        (
            EventType.ARREST,
            "Die drei jungen Kuriere aus dem Nachbarort seien am Abend festgenommen worden.",
            "de",
            3,
        ),
        (
            EventType.CONVICTION,
            "Zes verdachten die jarenlang sigaretten hebben verhandeld, zijn gisteren veroordeeld.",
            "nl",
            6,
        ),
        (
            EventType.ARREST,
            "Los dos pasajeros del vehículo, que viajaban desde el sur, fueron detenidos.",
            "es",
            2,
        ),
        (
            EventType.ARREST,
            "Tras 3 meses de investigación en la comarca, la policía detuvo a los sospechosos.",
            "es",
            None,
        ),
    ],
    ids=["de-verb-last", "nl-far", "es-subject", "es-not-the-subject"],
)
def test_the_number_opening_the_sentence_counts_its_subject(type_, text, lang, count):
    event = one_sentence_event(type_, text, lang=lang)
    event.count = None
    one_told([event], lang)
    assert event.count == count


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Just this week, a jury convicted Ms Hale of fraud.", date(2031, 3, 14), "2031-03"),
        ("Last month Ms Hale was convicted of fraud.", date(2031, 3, 14), "2031-02"),
        ("Last year Ms Hale was convicted of fraud.", date(2031, 3, 14), "2030"),
        ("Earlier this summer Ms Hale was convicted.", date(2031, 8, 2), "2031"),
        ("Just this week, a jury convicted Ms Hale.", date(2031, 4, 2), "2031"),
    ],
    ids=["this-week", "last-month", "last-year", "this-summer", "week-across-months"],
)
def test_a_period_named_relative_to_publication_dates_the_action(text, published, expected):
    from enforcement_events.events import periods_told

    event = one_sentence_event(EventType.CONVICTION, text, published=published)
    assert event.date == published.isoformat()  # dated by the publication day
    periods_told([event], published)
    assert event.date == expected
    assert "date" not in event.inferred


def test_an_action_dated_by_publication_takes_the_first_day_the_story_names():
    from enforcement_events.events import first_day_of_story

    doc = (
        "Officers stopped a lorry at the port on 10 March. "
        "Customs seized 4,000 cartons of cigarettes from the trailer."
    )
    second = doc.index("Customs")
    text = doc[second:]
    event = one_sentence_event(EventType.SEIZURE, text, doc=doc, start=second)
    assert (event.date, event.inferred.get("date")) == ("2031-03-14", "published")
    first_day_of_story([event], doc, date(2031, 3, 14))
    assert (event.date, event.inferred.get("date")) == ("2031-03-10", "document")


def test_a_day_long_before_publication_is_not_the_storys_day():
    from enforcement_events.events import first_day_of_story

    doc = (
        "The investigation began on 2 January 2029. "
        "Customs seized 4,000 cartons of cigarettes from the trailer."
    )
    second = doc.index("Customs")
    event = one_sentence_event(EventType.SEIZURE, doc[second:], doc=doc, start=second)
    event.date, event.inferred["date"] = "2031-03-14", "published"
    first_day_of_story([event], doc, date(2031, 3, 14))
    assert event.date == "2031-03-14"


def test_a_story_whose_first_day_is_the_publication_day_leaves_the_date_as_published():
    from enforcement_events.events import first_day_of_story

    doc = "Police said today that officers searched a depot. Customs seized 800 bottles."
    second = doc.index("Customs")
    event = one_sentence_event(EventType.SEIZURE, doc[second:], doc=doc, start=second)
    event.date, event.inferred["date"] = "2031-03-14", "published"
    first_day_of_story([event], doc, date(2031, 3, 14))
    assert (event.date, event.inferred["date"]) == ("2031-03-14", "published")


def _undated(type_, doc, sentence, lang="en"):
    """The event built from ``sentence`` of ``doc`` in a text with no publication date."""
    start = doc.index(sentence)
    return one_sentence_event(type_, sentence, doc=doc, start=start, lang=lang, unpublished=True)


@pytest.mark.parametrize(
    "doc, sentence, lang, expected",
    [
        (
            "Detectives searched a warehouse in Leeds on Tuesday 4 May 2032. "
            "A man aged 51 was arrested there.",
            "A man aged 51 was arrested there.",
            "en",
            "2032-05-04",
        ),
        (
            "Two drivers were charged with smuggling. "
            "The magistrate read the charges on 9th August, 2030, in open court.",
            "Two drivers were charged with smuggling.",
            "en",
            "2030-08-09",
        ),
        (
            "Les douaniers ont contrôlé un camion le 3 février 2033. "
            "Le chauffeur a été interpellé.",
            "Le chauffeur a été interpellé.",
            "fr",
            "2033-02-03",
        ),
    ],
    ids=["day-before", "only-day-after", "french"],
)
def test_an_undated_action_in_an_undated_text_takes_the_nearest_day_the_story_names(
    doc, sentence, lang, expected
):
    from enforcement_events.events import day_of_undated_story

    event = _undated(
        EventType.ARREST if "charged" not in sentence else EventType.CHARGE, doc, sentence, lang
    )
    assert event.date is None
    day_of_undated_story([event], doc, None, lang)
    assert (event.date, event.inferred.get("date")) == (expected, "document")


def test_a_published_text_keeps_its_undated_actions_undated_here():
    from enforcement_events.events import day_of_undated_story

    doc = "Officers seized a rifle on 2 June 2029. A man was arrested."
    event = _undated(EventType.ARREST, doc, "A man was arrested.")
    day_of_undated_story([event], doc, date(2031, 3, 14))
    assert event.date is None


def test_the_day_a_statement_was_made_does_not_date_the_action_it_reports():
    from enforcement_events.events import date_from_story, statement_days

    published = date(2031, 3, 14)  # a Friday
    doc = (
        "Customs officers made the seizure at the airport on Tuesday. "
        "They seized 20 kg of heroin from two travellers, a spokesman said on Thursday."
    )
    second = doc.index("They seized")
    event = one_sentence_event(EventType.SEIZURE, doc[second:], doc=doc, start=second)
    assert event.date == "2031-03-13"  # read from "said on Thursday"
    statement_days([event], published)
    assert (event.date, event.inferred.get("date")) == ("2031-03-14", "published")
    date_from_story([event], doc, published)
    assert (event.date, event.inferred.get("date")) == ("2031-03-11", "document")


def test_an_action_with_its_own_day_keeps_it_beside_the_statement_day():
    from enforcement_events.events import statement_days

    text = "Police arrested a man on Tuesday, a spokesman told reporters on Thursday."
    event = one_sentence_event(EventType.ARREST, text)
    statement_days([event], date(2031, 3, 14))
    assert event.date == "2031-03-11"
    assert "date" not in event.inferred


def test_an_action_dated_by_a_publication_month_takes_the_first_day_of_it_named():
    from enforcement_events.events import first_day_of_story

    doc = (
        "Customs officers searched a ferry at the port on 12 May 2031. "
        "They seized 300 kg of tobacco hidden in the hold."
    )
    second = doc.index("They seized")
    event = one_sentence_event(EventType.SEIZURE, doc[second:], doc=doc, start=second)
    _dated(event, "2031-05", "month", "published")
    first_day_of_story([event], doc, None)
    assert (event.date, event.inferred["date"]) == ("2031-05-12", "document")


def test_a_day_outside_the_publication_month_is_not_taken():
    from enforcement_events.events import first_day_of_story

    doc = "The inquiry opened on 3 January 2031. They seized 300 kg of tobacco in the hold."
    second = doc.index("They seized")
    event = one_sentence_event(EventType.SEIZURE, doc[second:], doc=doc, start=second)
    _dated(event, "2031-05", "month", "published")
    first_day_of_story([event], doc, None)
    assert (event.date, event.inferred["date"]) == ("2031-05", "published")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Le mardi 18 octobre, vers 22 heures, les gendarmes ont stoppé un fourgon.",
            "fr",
            "2022-10-18",
        ),
        ("La merce è stata sequestrata lunedì 20 ottobre al valico.", "it", "2025-10-20"),
        ("Officers stopped the van on Sunday 3 March near the port.", "en", "2024-03-03"),
        # no weekday: the year is not known
        ("Les gendarmes ont stoppé un fourgon le 18 octobre.", "fr", None),
        # a weekday the day never falls on in the years searched is not forced
        ("Officers stopped the van on Sunday 31 February.", "en", None),
    ],
    ids=["fr", "it", "en", "no-weekday", "no-such-day"],
)
def test_a_weekday_with_a_day_and_month_gives_the_latest_year_it_fits(sentence, lang, expected):
    from enforcement_events.events import _weekday_pinned

    day, _ = _weekday_pinned(sentence, lang, today=date(2026, 12, 2))
    assert day == expected


@pytest.mark.parametrize(
    ("type_", "text", "lang", "count"),
    [
        (EventType.ARREST, "Tre albanesi e un rumeno sono stati arrestati al porto.", "it", 4),
        (EventType.CONVICTION, "Deux Syriens et un Irakien ont été condamnés mardi.", "fr", 3),
        (
            EventType.ARREST,
            "Cinco argelinos, dos marroquíes y un tunecino fueron detenidos.",
            "es",
            8,
        ),
        (
            EventType.ARREST,
            "Zwei Kuriere und ein Fahrer wurden am Grenzübergang festgenommen.",
            "de",
            3,
        ),
        # ages after the nationality: not a list of counted parts
        (EventType.ARREST, "Twee Belgen van 22 en 37 jaar zijn opgepakt.", "nl", None),
        # a single counted subject is the subject number's, not this one's
        (EventType.ARREST, "Drei Kuriere wurden am Grenzübergang festgenommen.", "de", None),
        (
            EventType.CONVICTION,
            "On Tuesday eleven (11) Peruvian nationals, two (2) Bolivians, and one (1) "
            "Chilean national were convicted of overstaying.",
            "en",
            14,
        ),
        (EventType.ARREST, "Officers said two drivers and a mechanic were arrested.", "en", 3),
        # the list is not the subject of the action
        (
            EventType.ARREST,
            "Two vans and three cars were searched before one man was arrested.",
            "en",
            None,
        ),
    ],
    ids=[
        "it",
        "fr",
        "es-three-parts",
        "de",
        "nl-ages",
        "de-one-part",
        "en-in-brackets",
        "en-after-said",
        "en-not-subject",
    ],
)
def test_a_subject_listed_in_counted_parts_counts_their_sum(type_, text, lang, count):
    from enforcement_events.events import subject_sum

    assert subject_sum(type_, text, lang) == count


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The next morning, officers arrested the driver at his flat.", "en"),
        ("Le lendemain, le conducteur a été interpellé à son domicile.", "fr"),
        ("Am nächsten Tag wurde der Fahrer in seiner Wohnung festgenommen.", "de"),
        ("Al día siguiente, el conductor fue detenido en su domicilio.", "es"),
        ("Il giorno dopo il conducente è stato arrestato a casa.", "it"),
        ("De volgende dag werd de bestuurder thuis gearresteerd.", "nl"),
    ],
    ids=["en", "fr", "de", "es", "it", "nl"],
)
def test_an_action_told_as_the_next_day_is_dated_a_day_after_the_story_day(text, lang):
    from enforcement_events.events import days_after

    event = one_sentence_event(EventType.ARREST, text, lang=lang)
    _dated(event, "2031-03-09", "day", "document")
    days_after([event], lang)
    assert event.date == "2031-03-10"


def test_a_day_read_from_the_actions_own_sentence_is_not_moved():
    from enforcement_events.events import days_after

    event = one_sentence_event(EventType.ARREST, "The next day, on 9 March, he was arrested.")
    assert event.date == "2031-03-09" and "date" not in event.inferred
    days_after([event])
    assert event.date == "2031-03-09"


@pytest.mark.parametrize(
    ("type_", "text", "count"),
    [
        (
            EventType.CHARGE,
            "Three Latvian men, aged 24, 31 and 40, appeared in court on charges.",
            3,
        ),
        (EventType.ARREST, "Four teenagers were arrested near the stadium.", 4),
        (EventType.ARREST, "Six men - aged 19, 22, 25, and 30 - were arrested at dawn.", 6),
        # a number of officers is not a number of people acted on
        (EventType.ARREST, "Two officers arrested a man outside the bank.", None),
        # another count stands before the action's word
        (EventType.ARREST, "Two men were stopped and 3 women were arrested.", None),
    ],
    ids=["ages-set-off", "plain", "ages-dashed", "officers", "another-count"],
)
def test_an_english_sentence_opening_with_a_number_of_people_counts_them(type_, text, count):
    from enforcement_events.events import subject_number_en

    assert subject_number_en(type_, text) == count


@pytest.mark.parametrize(
    ("doc", "lang"),
    [
        (
            "Police patrols stopped a van on the ring road last night. The driver was arrested.",
            "en",
        ),
        (
            "Vergangene Nacht kontrollierte die Polizei einen Lieferwagen. Der Fahrer wurde festgenommen.",
            "de",
        ),
        ("Anoche la policía paró una furgoneta en la autovía. El conductor fue detenido.", "es"),
        ("Gisteravond hield de politie een bestelbus aan. De bestuurder werd gearresteerd.", "nl"),
    ],
    ids=["en", "de", "es", "nl"],
)
def test_last_night_in_the_story_dates_an_action_dated_by_publication(doc, lang):
    from enforcement_events.events import first_day_of_story

    second = doc.rindex(". ") + 2
    event = one_sentence_event(EventType.ARREST, doc[second:], doc=doc, start=second, lang=lang)
    _dated(event, "2031-03-14", "day", "published")
    first_day_of_story([event], doc, date(2031, 3, 14), lang)
    assert (event.date, event.inferred["date"]) == ("2031-03-13", "document")


def test_last_night_in_the_actions_own_sentence_is_the_day_before():
    from enforcement_events.events import periods_told

    event = one_sentence_event(EventType.ARREST, "Two men were arrested in Cork last night.")
    event.date, event.inferred["date"] = "2031-03-14", "published"
    periods_told([event], date(2031, 3, 14))
    assert event.date == "2031-03-13"


def _two_sentences(first, second, lang, count_first):
    """Two actions of one text: the first with the model's count, the second without."""
    doc = f"{first} {second}"
    a = one_sentence_event(EventType.ARREST, first, doc=doc, lang=lang)
    a.count = count_first
    b = one_sentence_event(EventType.RELEASE, second, doc=doc, start=len(first) + 1, lang=lang)
    b.count = None
    return a, b


@pytest.mark.parametrize(
    ("first", "second", "lang", "count"),
    [
        (
            "Officers arrested four men at a warehouse in Derby.",
            "The suspects were released on bail on Sunday.",
            "en",
            4,
        ),
        (
            "Officers arrested four men at a warehouse in Derby.",
            "They were released on bail on Sunday.",
            "en",
            4,
        ),
        (
            "Officers arrested four men at a warehouse in Derby.",
            "The other suspects were released on bail on Sunday.",
            "en",
            None,
        ),
        (
            "Officers arrested four men at a warehouse in Derby.",
            "Detectives later released him on bail.",
            "en",
            None,
        ),
        (
            "Les gendarmes ont interpellé cinq hommes près de la gare.",
            "Les suspects ont été relâchés le lendemain.",
            "fr",
            5,
        ),
        (
            "Die Polizei hat drei Männer am Bahnhof festgenommen.",
            "Die Beschuldigten wurden am Abend wieder freigelassen.",
            "de",
            3,
        ),
        (
            "La policía detuvo a seis personas en el puerto.",
            "Los detenidos quedaron en libertad al día siguiente.",
            "es",
            6,
        ),
        (
            "I carabinieri hanno arrestato tre giovani in piazza.",
            "Il giudice li ha rimessi in libertà il giorno dopo.",
            "it",
            3,
        ),
        (
            "De politie heeft vier mannen aangehouden bij het station.",
            "Ze zijn later weer vrijgelaten.",
            "nl",
            4,
        ),
    ],
    ids=["the-suspects", "they", "others", "him", "fr", "de", "es", "it", "nl"],
)
def test_people_referred_back_to_take_the_count_before(first, second, lang, count):
    from enforcement_events.events import counted_back

    a, b = _two_sentences(first, second, lang, 4 if count is None else count)
    counted_back([a, b], lang)
    assert b.count == count
    assert a.count == (4 if count is None else count)


def test_no_count_before_gives_none():
    from enforcement_events.events import counted_back

    text = "The suspects were released on bail on Sunday."
    event = one_sentence_event(EventType.RELEASE, text)
    event.count = None
    counted_back([event], "en")
    assert event.count is None


def test_a_count_of_one_before_is_no_donor():
    from enforcement_events.events import counted_back

    a, b = _two_sentences(
        "Officers arrested a man at a warehouse in Derby.",
        "They were released on bail on Sunday.",
        "en",
        1,
    )
    counted_back([a, b], "en")
    assert b.count is None


@pytest.mark.parametrize(
    ("type_", "text", "lang", "count"),
    [
        (
            EventType.SENTENCE,
            "Ein Mitglied der Bande ist vom Amtsgericht zu zwei Jahren Haft verurteilt worden.",
            "de",
            1,
        ),
        (EventType.SENTENCE, "Der Fahrer erhielt zwei Jahre auf Bewährung.", "de", 1),
        (EventType.DEPORTATION, "La policía ejecutó la expulsión del joven a Argelia.", "es", 1),
        (EventType.RELEASE, "Tras declarar ante el juez, quedó en libertad con cargos.", "es", 1),
        (EventType.RELEASE, "Il giudice ha disposto la scarcerazione dell'indagato.", "it", 1),
        (EventType.SENTENCE, "De hoofdverdachte kreeg drie jaar cel.", "nl", 1),
        (EventType.RELEASE, "La juge a ordonné la remise en liberté du prévenu.", "fr", 1),
        (EventType.SENTENCE, "Les prévenus ont écopé de deux ans de prison.", "fr", None),
        (EventType.RELEASE, "Los detenidos quedaron en libertad con cargos.", "es", None),
        (EventType.SENTENCE, "De verdachten kregen drie jaar cel.", "nl", None),
    ],
    ids=[
        "de-ist-worden",
        "de-erhielt",
        "es-del",
        "es-quedo",
        "it-dell",
        "nl-kreeg",
        "fr-du",
        "fr-plural",
        "es-plural",
        "nl-plural",
    ],
)
def test_an_action_told_of_one_person_counts_one_in_five_languages(type_, text, lang, count):
    event = one_sentence_event(type_, text, lang=lang)
    event.count = None
    one_told([event], lang)
    assert event.count == count


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        (
            "Officers arrested two men in Dover on 4 March 2031.",
            "The same day, customs officers seized a van in Folkestone.",
            "en",
        ),
        (
            "Die Polizei nahm am 4. März 2031 zwei Männer in Passau fest.",
            "Am selben Tag stellte der Zoll in Freilassing einen Transporter sicher.",
            "de",
        ),
        (
            "La police a interpellé deux hommes à Lille le 4 mars 2031.",
            "Le jour même, les douaniers ont saisi une camionnette à Calais.",
            "fr",
        ),
    ],
    ids=["en", "de", "fr"],
)
def test_the_same_day_is_the_day_of_the_action_before(first, second, lang):
    from enforcement_events.events import same_day

    doc = f"{first} {second}"
    a = one_sentence_event(EventType.ARREST, first, doc=doc, lang=lang)
    b = one_sentence_event(EventType.SEIZURE, second, doc=doc, start=len(first) + 1, lang=lang)
    assert a.date == "2031-03-04"
    b.date, b.date_precision, b.inferred["date"] = "2031-03", "month", "published"
    same_day([a, b], lang)
    assert b.date == "2031-03-04"


def test_a_count_taken_from_the_people_referred_back_to_is_inferred():
    from enforcement_events.events import counted_back

    a, b = _two_sentences(
        "Officers arrested four men at a warehouse in Derby.",
        "They were released on bail on Sunday.",
        "en",
        4,
    )
    counted_back([a, b], "en")
    assert b.count == 4 and b.inferred["count"] == "document"
    assert "count" not in a.inferred


@pytest.mark.parametrize(
    ("type_", "text", "lang", "count"),
    [
        (
            EventType.CONVICTION,
            "Das Landgericht verurteilte die 24, 31 und 47 Jahre alten Fahrer am Montag.",
            "de",
            3,
        ),
        (
            EventType.SENTENCE,
            "De rechtbank heeft twee neven (29 en 33 jaar) een celstraf opgelegd.",
            "nl",
            2,
        ),
        (
            EventType.CONVICTION,
            "Il tribunale ha condannato i tre passeur di 22, 25 e 40 anni.",
            "it",
            3,
        ),
    ],
    ids=["de-three-ages", "nl-two-ages", "it-three-ages"],
)
def test_people_given_as_a_list_of_ages_are_as_many_as_the_ages(type_, text, lang, count):
    event = one_sentence_event(type_, text, lang=lang)
    one_told([event], lang)
    assert event.count == count


@pytest.mark.parametrize(
    ("type_", "text", "lang", "count"),
    [
        (
            EventType.ARREST,
            "De verdachten P.V. (31), J.K. (44) en R.D. zijn dinsdag in Gent aangehouden.",
            "nl",
            3,
        ),
        (
            EventType.CONVICTION,
            "Marta Soler Vidal (41) y Jorge Pons (29) fueron condenados por el juzgado de Lleida.",
            "es",
            2,
        ),
        (
            EventType.ARREST,
            "Gli agenti hanno arrestato Paolo Neri (52) e Luca Conti (38) a Bari.",
            "it",
            2,
        ),
    ],
    ids=["nl-initials", "es-names-and-ages", "it-names-and-ages"],
)
def test_people_given_one_by_one_are_counted(type_, text, lang, count):
    event = one_sentence_event(type_, text, lang=lang)
    event.count = 1  # what the model said
    one_told([event], lang)
    assert event.count == count


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one person with an age: nothing to add
        ("Jan de Vries (47) is woensdag in Breda aangehouden.", "nl"),
        # one set of initials
        ("De 33-jarige M.B. is zaterdag aangehouden.", "nl"),
        # "U.S." and "U.K." are no one's initials
        ("Des agents du U.S. Marshals Service ont interpellé J.P. à Lyon.", "fr"),
    ],
    ids=["one-name-and-age", "one-initials", "us-is-no-initials"],
)
def test_one_person_given_by_name_or_initials_stays_one(text, lang):
    event = one_sentence_event(EventType.ARREST, text, lang=lang)
    event.count = 1
    one_told([event], lang)
    assert event.count == 1


def test_people_given_one_by_one_is_a_switch(monkeypatch):
    from enforcement_events import events

    text = "De verdachten P.V. (31), J.K. (44) en R.D. zijn dinsdag in Gent aangehouden."
    monkeypatch.setattr(events, "PEOPLE_LISTED_INTL", False)
    event = one_sentence_event(EventType.ARREST, text, lang="nl")
    event.count = 1
    one_told([event], "nl")
    assert event.count == 1


def test_a_german_ordinal_with_a_full_stop_is_no_count():
    from enforcement_events.events import stated_count

    text = "Die 3. Strafkammer verurteilte den Mann am Montag zu zwei Jahren Haft."
    assert stated_count(EventType.CONVICTION, text, "de") is None


@pytest.mark.parametrize(
    ("sentence", "lang", "days"),
    [
        ("Two days later, officers arrested the driver in the port.", "en", 2),
        ("Deux jours plus tôt, les douaniers avaient saisi 12 kg de résine.", "fr", -2),
        ("Drei Tage zuvor hatte der Zoll 40 Stangen Zigaretten sichergestellt.", "de", -3),
        ("Cuatro días después, la policía detuvo al conductor.", "es", 4),
        ("Due giorni prima i finanzieri avevano sequestrato il furgone.", "it", -2),
        ("Vijf dagen later werd de chauffeur aangehouden.", "nl", 5),
        # not at the opening, or no number of days: nothing moves
        ("Officers arrested him, and two days later he was charged.", "en", None),
        ("Days later, officers arrested the driver.", "en", None),
    ],
    ids=["en", "fr", "de", "es", "it", "nl", "not-opening", "no-number"],
)
def test_an_opening_that_counts_days_moves_the_day(sentence, lang, days):
    from enforcement_events.events import _days_told

    assert _days_told(sentence, lang) == days


def test_an_action_told_days_before_is_dated_back_from_the_day_it_was_given():
    from enforcement_events.events import days_after

    doc = "Les douaniers ont saisi 90 kg le 3 juin. Deux jours plus tôt, ils avaient saisi 30 kg."
    start = doc.index("Deux")
    event = one_sentence_event(EventType.SEIZURE, doc[start:], doc=doc, start=start, lang="fr")
    _dated(event, "2031-06-03", "day", "document")
    days_after([event], "fr")
    assert event.date == "2031-06-01"
    # a day read from the action's own sentence is not moved
    event.inferred.pop("date")
    days_after([event], "fr")
    assert event.date == "2031-06-01"


def test_an_action_dated_by_publication_takes_the_day_of_the_nearest_dated_sentence():
    from enforcement_events.events import first_day_of_story

    doc = (
        "Harbourtown, 20 May 2031: Customs report two operations this month.\n"
        "The first took place on 14 May 2031 at the container terminal. "
        "Officers opened 40 crates. Three arrests were made.\n"
        "The second took place on 17 May 2031 at the airport. "
        "Officers opened two suitcases. One arrest was made."
    )
    events = []
    for sentence in ("Three arrests were made.", "One arrest was made."):
        start = doc.index(sentence)
        event = one_sentence_event(EventType.ARREST, sentence, doc=doc, start=start)
        _dated(event, "2031-05-20", "day", "published")
        events.append(event)
    first_day_of_story(events, doc, date(2031, 5, 20))
    # each takes its own section's day; the dateline's day is the publication day
    assert [(e.date, e.inferred["date"]) for e in events] == [
        ("2031-05-14", "document"),
        ("2031-05-17", "document"),
    ]


def test_an_action_after_a_sentence_dated_to_the_publication_day_keeps_that_day():
    from enforcement_events.events import first_day_of_story

    doc = (
        "Officers stopped a van on 12 May 2031. "
        "On 20 May 2031 a second van was stopped. Two arrests were made."
    )
    start = doc.index("Two arrests")
    event = one_sentence_event(EventType.ARREST, doc[start:], doc=doc, start=start)
    _dated(event, "2031-05-20", "day", "published")
    first_day_of_story([event], doc, date(2031, 5, 20))
    assert (event.date, event.inferred["date"]) == ("2031-05-20", "published")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The night before, officers had arrested the driver at his flat.", "en"),
        ("La veille, le conducteur avait été interpellé à son domicile.", "fr"),
        ("Am Vortag war der Fahrer in seiner Wohnung festgenommen worden.", "de"),
        ("El día anterior, el conductor fue detenido en su domicilio.", "es"),
        ("Il giorno prima il conducente era stato arrestato a casa.", "it"),
        ("De dag ervoor werd de bestuurder thuis gearresteerd.", "nl"),
    ],
    ids=["en", "fr", "de", "es", "it", "nl"],
)
def test_an_action_told_as_the_day_before_is_dated_a_day_before_the_story_day(text, lang):
    from enforcement_events.events import days_after

    event = one_sentence_event(EventType.ARREST, text, lang=lang)
    _dated(event, "2031-03-09", "day", "document")
    days_after([event], lang)
    assert event.date == "2031-03-08"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the day before something named: not the story's day
        ("The day before the hearing, officers arrested the driver.", "en"),
        ("La veille de son procès, le conducteur a été interpellé.", "fr"),
    ],
)
def test_the_day_before_a_named_thing_does_not_move_the_day(text, lang):
    from enforcement_events.events import days_after

    event = one_sentence_event(EventType.ARREST, text, lang=lang)
    _dated(event, "2031-03-09", "day", "document")
    days_after([event], lang)
    assert event.date == "2031-03-09"


def test_the_day_before_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "DAY_BEFORE_SHIFT", False)
    event = one_sentence_event(EventType.ARREST, "The night before, officers had arrested him.")
    _dated(event, "2031-03-09", "day", "document")
    ev.days_after([event])
    assert event.date == "2031-03-09"


@pytest.mark.parametrize(
    "text",
    [
        "The trawler owner was fined $4,000, which he must pay by September 30.",
        "The courier was remanded in custody until 2 May, when he returns to court.",
    ],
)
def test_a_deadline_does_not_date_the_action(text):
    event = one_sentence_event(
        EventType.FINANCIAL_PENALTY if "fined" in text else EventType.DETENTION, text
    )
    assert event.date == "2031-03-14"  # published: the sentence tells no day it happened
    assert event.inferred.get("date") == "published"


def test_a_deadline_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "DEADLINE_EN", False)
    text = "The trawler owner was fined $4,000, which he must pay by September 30."
    assert one_sentence_event(EventType.FINANCIAL_PENALTY, text).date == "2030-09-30"


@pytest.mark.parametrize(
    ("type_", "text", "count"),
    [
        (
            EventType.ARREST,
            "On Friday, near the old pier, three fishermen and one trader from the small island of Vell were detained.",
            4,
        ),
        (
            EventType.INTERCEPTION,
            "PORT LEON, June 2 – Nine men and four women, who had walked through the forest "
            "at night, were stopped at a roadblock.",
            13,
        ),
        # the list after the opening phrase is not the subject of the action
        (
            EventType.ARREST,
            "On Monday, officers stopped four cars and two vans, and arrested the drivers.",
            None,
        ),
    ],
    ids=["after-time-and-place", "after-dateline-with-relative-clause", "not-subject"],
)
def test_a_listed_subject_after_an_opening_phrase_counts_its_sum(type_, text, count):
    from enforcement_events.events import subject_sum

    assert subject_sum(type_, text, "en") == count


def test_a_listed_subject_after_an_opening_phrase_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "SUBJECT_SUM_PREFIX", False)
    text = "On Friday, near the old pier, three fishermen and one trader from the small island of Vell were detained."
    assert events.subject_sum(EventType.ARREST, text, "en") is None
