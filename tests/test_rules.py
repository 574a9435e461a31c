"""How many people an action is about, read from the clause that reports it.

The sentences are written for these tests, not copied from the labelled samples."""

from datetime import date

import pytest

from enforcement_events.events import merge_events
from enforcement_events.extraction import event_count
from enforcement_events.rules import rule_types, subject_count, word_position
from enforcement_events.schema import Event, EventType, Evidence

from .conftest import one_sentence_event

T = EventType


@pytest.mark.parametrize(
    ("type_", "sentence", "expected"),
    [
        (T.ARREST, "Twelve arrested after raids on car washes", 12),
        (T.ARREST, "Four men arrested over boat crossings", 4),
        (T.ARREST, "Woman arrested at Dover port", 1),
        (T.ARREST, "Police said nine people were arrested on Friday.", 9),
        (T.ARREST, "Officers arrested three men and a woman in Leeds.", 4),
        (T.ARREST, "Officers arrested two men and seized a van.", 2),
        (T.ARREST, "Two Romanian and three Polish nationals were arrested in Kent.", 5),
        (
            T.ARREST,
            "A 29-year-old man, a 31-year-old woman and a 44-year-old man were arrested.",
            3,
        ),
        (T.INTERCEPTION, "Inside the trailer officers found a 19-year-old Syrian man.", 1),
        (T.EXTRADITION, "The United States has extradited Marco Bellini to Italy.", 1),
        (T.ARREST, "Agents arrested Bellini and Conti at the airport.", 2),
        (T.CONVICTION, "JOHN DOE, age 41, a citizen of Peru, pled guilty on Monday.", 1),
        # not counts of people
        (T.ARREST, "A series of arrests have taken place in three countries.", None),
        (T.ARREST, "A number of arrests were made.", None),
        # one attempt ("was"), not four (million cigarettes)
        (T.INTERCEPTION, "An attempt to smuggle nearly four million cigarettes was stopped.", 1),
        (T.ARREST, "Nearly four million cigarettes were found and the driver arrested.", 1),
        # the number of a place they came from is not the subject's
        (
            T.DETENTION,
            "Three teenagers who had hidden in the hold of a cargo ship were detained.",
            3,
        ),
        (T.ARREST, "Five men seen leaving one of the warehouses were arrested.", 5),
        # ages told beside the subject are not its count
        (T.CHARGE, "Three women, aged 22, 25 and 31, have been arrested and charged.", 3),
        (T.ARREST, "Two brothers, both 19, were arrested at a farm near Lincoln.", 2),
        (T.ARREST, "One man, 52, was detained at the ferry terminal.", 1),
        # two people named, with initials and suffixes
        (T.CONVICTION, "Anna K. Berg and Tomas Lind Jr. have pleaded guilty to fraud.", 2),
        (T.CHARGE, "Lena Ortiz and Paul Grant were charged on Tuesday.", 2),
        (T.ARREST, "Ivo Petrov, 23, Dan Marsh, 30, and Sol Reyes, 41, were arrested.", 3),
        (T.ARREST, "Officers from Kent and Essex arrested a woman in Dover.", 1),
        # one person named after "the arrest of"
        (T.ARREST, "The raid led to the arrest of Marco Bellini in Turin.", 1),
    ],
)
def test_subject_count(type_, sentence, expected):
    assert subject_count(sentence, word_position(type_, sentence)) == expected


def test_headline_age_is_not_a_count():
    s = "A 52-year-old lorry driver was arrested at Calais."
    assert subject_count(s, word_position(T.ARREST, s)) == 1


def test_model_count_used_only_when_the_sentence_states_it():
    s = "Seven people were arrested in Hull."
    assert event_count(T.ARREST, 7, s, []) == 7
    assert event_count(T.ARREST, 70, s, []) == 7  # 70 is nowhere: the clause decides
    assert event_count(T.SEIZURE, 7, s, []) is None  # seizures count items, not people


def test_they_takes_the_count_of_the_action_before():
    arrest = _event(T.ARREST, "Three men were arrested.", 0, count=3)
    assert event_count(T.CHARGE, None, "They were later charged.", [arrest]) == 3


def test_arrests_were_made_is_an_arrest():
    assert T.ARREST in rule_types("  • 6 arrests (4 in Spain and 2 in Portugal) were made")
    s = "6 arrests (4 in Spain and 2 in Portugal) were made"
    assert subject_count(s, word_position(T.ARREST, s)) == 6


def _event(type_, text, start, count=None):
    ev = Evidence(text=text, start=start, end=start + len(text), match="exact")
    return Event(type=type_, evidence=[ev], count=count)


def test_headline_number_joins_the_first_telling_in_the_body():
    head = _event(T.ARREST, "Eighteen arrested", 0, count=18)
    body = _event(T.ARREST, "A series of arrests have taken place.", 40)
    later = _event(T.ARREST, "A man was arrested in May.", 100, count=1)
    merged = merge_events([head, body, later], lead=30)
    assert len(merged) == 2
    assert merged[0].count == 18 and len(merged[0].evidence) == 2
    assert merged[1].count == 1


def test_a_headline_that_tells_no_number_joins_the_first_telling_in_the_body():
    # the model counted one for a headline that names no one
    head = _event(T.SENTENCE, "Nine-Year Terms for Harbour Thefts", 0, count=1)
    body = _event(T.SENTENCE, "The court jailed three dockers for nine years.", 40, count=3)
    merged = merge_events([head, body], lead=30)
    assert len(merged) == 1 and merged[0].count == 3 and len(merged[0].evidence) == 2


def test_a_headline_that_tells_its_number_stays_apart_from_another_count():
    head = _event(T.SENTENCE, "One docker jailed for harbour thefts", 0, count=1)
    body = _event(T.SENTENCE, "The court jailed three dockers for nine years.", 40, count=3)
    assert len(merge_events([head, body], lead=30)) == 2


def test_a_headline_that_tells_no_number_is_a_switch(monkeypatch):
    from enforcement_events import events

    monkeypatch.setattr(events, "HEADLINE_UNCOUNTED", False)
    head = _event(T.SENTENCE, "Nine-Year Terms for Harbour Thefts", 0, count=1)
    body = _event(T.SENTENCE, "The court jailed three dockers for nine years.", 40, count=3)
    assert len(merge_events([head, body], lead=30)) == 2


def test_undated_days_take_the_documents_year_when_published_is_unknown():
    from enforcement_events.normalize import document_year, resolve_date

    text = "Figures for 2016 were released. The haul was found on Friday (4 March)."
    assert document_year(text) == 2016
    # a span of years says nothing of this one
    assert document_year("Published under the 2010 to 2015 government.") is None
    assert resolve_date("on Friday (4 March)", None, document_year(text)) == ("2016-03-04", "day")
    assert resolve_date("on Friday (4 March)", None) == (None, None)
    # a known publication date wins over the hint
    assert resolve_date("on 4 March", date(2021, 5, 1), 2016) == ("2021-03-04", "day")


def test_the_next_day_is_the_day_after():
    from enforcement_events.normalize import resolve_date

    s = "A warrant was issued on May 3, 2019, and officers arrested him the next day."
    assert resolve_date(s, date(2019, 6, 1)) == ("2019-05-04", "day")


def test_a_sentence_that_refers_back_gives_its_date_and_joins_its_action():
    from enforcement_events.events import date_from, refers_back

    head = _event(T.SEIZURE, "Cigarettes seized at Dover", 0)
    later = _event(T.SEIZURE, "That seizure took place on Friday (6 March).", 200)
    later.date, later.date_precision = "2015-03-06", "day"
    assert refers_back(T.SEIZURE, later.evidence[0].text)
    assert not refers_back(T.SEIZURE, "Officers seized the boat.")
    merged = merge_events([head, later], lead=30)
    assert len(merged) == 1 and merged[0].date == "2015-03-06"

    arrests = _event(T.ARREST, "Twenty people were arrested.", 0, count=20)
    donor = _event(T.ARREST, "The arrests, made on 21 September, follow a probe.", 100)
    donor.date, donor.date_precision = "2019-09-21", "day"
    date_from(donor, [arrests])
    assert arrests.date == "2019-09-21"
    dated = _event(T.ARREST, "Two men were arrested on 2 May.", 0, count=2)
    dated.date = "2019-05-02"
    date_from(donor, [dated])
    assert dated.date == "2019-05-02"  # its own date is kept


@pytest.mark.parametrize(
    ("type_", "sentence", "expected"),
    [
        (T.RELEASE, "FOR IMMEDIATE RELEASE", None),
        (T.RELEASE, "Both men were released on bail.", T.RELEASE),
        (T.RELEASE, "He has been bailed until June.", T.RELEASE),
        (
            T.INTERCEPTION,
            "The register is a searchable store of lost passports, helping prevent the "
            "illicit travel of criminals.",
            None,
        ),
        (T.INTERCEPTION, "Six boats were prevented from leaving the beach.", T.INTERCEPTION),
        (T.INTERCEPTION, "Officers acted to prevent crossings from Calais.", T.INTERCEPTION),
        (T.TAKEDOWN, "The unit blocked 40 phishing domains last month.", T.TAKEDOWN),
        (T.TAKEDOWN, "Investigators took down 12 loan-scam apps this year.", T.TAKEDOWN),
        (T.TAKEDOWN, "Three fake shopping platforms were deactivated.", T.TAKEDOWN),
        (T.TAKEDOWN, "Officers blocked the bridge for an hour.", None),
        (T.SEARCH, "Detectives conducted a search operation at the farmhouse.", T.SEARCH),
        (T.SEARCH, "Officers carried out a thorough search of the van.", T.SEARCH),
        (T.SEARCH, "A search was conducted at the workshop.", T.SEARCH),
        (T.SEARCH, "Rescuers launched an appeal for witnesses.", None),
    ],
)
def test_type_needs_its_word_in_the_sentence(type_, sentence, expected):
    from enforcement_events.rules import supported_type

    assert supported_type(type_, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vargas was arrested in Lima on May 2, 2019, and extradited to Spain on June 9.",
            T.EXTRADITION,
        ),
        ("Officers carried out simultaneous raids on addresses in Leeds.", T.SEARCH),
        ("At the same time raids also took place in Spain.", T.SEARCH),
        ("• 12 house searches (4 in Spain and 8 in Portugal) performed", T.SEARCH),
        ("• EUR 90 000 frozen in Portugal", T.SEIZURE),
        ("• 3 cars, EUR 15 000 and phones seized", T.SEIZURE),
    ],
)
def test_rule_net(sentence, expected):
    assert expected in rule_types(sentence)


def test_a_guilty_plea_to_charges_is_not_a_charge():
    from enforcement_events.rules import plea_not_charge

    assert plea_not_charge(T.CHARGE, "Ruiz pleaded guilty to fraud and bribery charges in May.")
    assert not plea_not_charge(T.CHARGE, "Ruiz was charged with fraud and pleaded guilty to it.")
    assert not plea_not_charge(T.CONVICTION, "Ruiz pleaded guilty to fraud charges.")


def test_one_named_person_told_twice_is_one_action_two_people_are_two():
    plea = _event(T.CONVICTION, "Ruiz pleaded guilty on March 3, 2010.", 0, count=1)
    again = _event(T.CONVICTION, "In pleading guilty, Ruiz admitted to taking bribes.", 300)
    other = _event(T.CONVICTION, "Ortega pleaded guilty on March 3, 2010.", 600, count=1)
    merged = merge_events([plea, again, other])
    assert [len(e.evidence) for e in merged] == [2, 1]


def test_a_price_charged_is_not_a_charge():
    from enforcement_events.rules import plea_not_charge

    assert plea_not_charge(
        T.CHARGE, "The gang smuggled migrants, charging between £3,000 and £5,000."
    )
    assert not plea_not_charge(T.CHARGE, "Two men were charged after charging £3,000 a crossing.")


def test_a_telling_with_nothing_of_its_own_joins_the_action_already_told():
    text = (
        "Twenty arrested in smuggling probe\n\n"
        "Twenty people have been arrested in Spain and Portugal on 3 May.\n\n"
        "Arrests were made in Spain and Portugal. Raids also took place in France."
    )
    first = _event(
        T.ARREST, "Twenty people have been arrested in Spain and Portugal on 3 May.", 36, 20
    )
    first.country, first.date = ["ES", "PT"], "2024-05-03"
    again = _event(T.ARREST, "Arrests were made in Spain and Portugal.", 102)
    again.country = ["ES", "PT"]
    raids = _event(T.SEARCH, "Raids also took place in France.", 143)
    raids.country = ["FR"]
    raids_es = _event(T.SEARCH, "Officers searched homes in Spain on 3 May.", 37)
    raids_es.country = ["ES"]
    merged = merge_events([raids_es, first, again, raids], lead=36, text=text)
    assert [(e.type, len(e.evidence)) for e in merged] == [
        (T.SEARCH, 1),
        (T.ARREST, 2),
        (T.SEARCH, 1),
    ]


def test_each_action_takes_the_date_of_its_own_clause():
    from enforcement_events.events import build_event

    s = "Vega was arrested in Lima on Dec. 5, 2007, and extradited to Spain on April 24, 2008."
    ev = Evidence(text=s, start=0, end=len(s), match="exact")

    def day(type_):
        return build_event(
            type_=type_,
            evidence=ev,
            context="",
            doc_text=s,
            count=1,
            where=None,
            when=None,
            total=False,
            published=date(2009, 1, 1),
        ).date

    assert day(T.ARREST) == "2007-12-05"
    assert day(T.EXTRADITION) == "2008-04-24"


@pytest.mark.parametrize(
    ("sentence", "type_", "negated"),
    [
        ("Nobody was arrested at the demonstration in the park.", T.ARREST, True),
        ("The driver was not charged with any offence.", T.CHARGE, True),
        ("The landlord has never been convicted of fraud.", T.CONVICTION, True),
        ("There were no arrests after the match.", T.ARREST, True),
        ("Four men were arrested, but the fifth was not charged.", T.ARREST, False),
        ("Four men were arrested, but the fifth was not charged.", T.CHARGE, True),
        ("No weapons were found, but officers arrested the driver.", T.ARREST, False),
        ("The council did not say how many tenants were arrested.", T.ARREST, False),
        ("Die Polizei hat den Fahrer nicht festgenommen.", T.ARREST, True),
        ("Le conducteur n'a pas été interpellé.", T.ARREST, True),
        ("Le conducteur a été interpellé mardi.", T.ARREST, False),
    ],
)
def test_a_denied_action_is_negated(sentence, type_, negated):
    from enforcement_events.language import detect_language
    from enforcement_events.rules import is_negated

    assert is_negated(type_, sentence, detect_language(sentence)) is negated


@pytest.mark.parametrize(
    ("sentence", "lang", "type_", "negated"),
    [
        # "personne" alone is a person, not "nobody"
        ("Une personne a été interpellée jeudi soir à la gare.", "fr", T.ARREST, False),
        ("Personne n'a été interpellé à la gare.", "fr", T.ARREST, True),
        # "not only ... but also" affirms
        ("Officers not only arrested the skipper but also seized the boat.", "en", T.ARREST, False),
        (
            "Die Beamten haben nicht nur den Fahrer festgenommen, sondern auch das Auto sichergestellt.",
            "de",
            T.ARREST,
            False,
        ),
        (
            "La policía no solo detuvo al patrón, sino que también incautó la lancha.",
            "es",
            T.ARREST,
            False,
        ),
        (
            "I carabinieri non solo hanno arrestato il conducente, ma anche sequestrato l'auto.",
            "it",
            T.ARREST,
            False,
        ),
        ("Nessuno è stato arrestato durante il controllo.", "it", T.ARREST, True),
        # a negator written into a word denies too
        ("The skipper wasn't charged with any offence.", "en", T.CHARGE, True),
    ],
)
def test_a_person_or_not_only_is_no_denial_and_a_clitic_negator_is_one(
    sentence, lang, type_, negated
):
    from enforcement_events.rules import is_negated

    assert is_negated(type_, sentence, lang) is negated


@pytest.mark.parametrize(
    ("said", "sentence", "expected"),
    [
        # a year written alone is not a count
        (2011, "A man was arrested under the Customs Act, 2011 and was later released.", None),
        (2019, "Customs officers stopped a van in 2019 and found cigarettes.", None),
        # a number the sentence states, followed by what it counts
        (2000, "In total 2000 migrants were detained at the border.", 2000),
        (3, "Three men were charged in 2021.", 3),
    ],
)
def test_a_year_is_not_a_count(said, sentence, expected):
    from enforcement_events.events import checked_count

    assert checked_count(said, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Officers found six men hiding in the back of the lorry.", True),
        ("Twelve migrants were found in a container at the port.", True),
        # what was learned, not people found
        ("The inquiry found that the men had been paid to drive the vans.", False),
    ],
)
def test_people_found_is_an_interception_what_was_found_out_is_not(sentence, found):
    assert (T.INTERCEPTION in rule_types(sentence)) is found


def _told(type_, text, start, count, lang="en", doc=""):
    """An event as the pipeline builds it from one sentence of ``doc``."""
    return one_sentence_event(type_, text, doc=doc or text, start=start, lang=lang, count=count)


def test_the_same_count_told_twice_is_one_action_unless_other_people():
    first = "The two couriers were arrested at the ferry port on Friday."
    again = "When they were stopped by officers, the two couriers carried forged passports."
    other = "Two other couriers were arrested at the ferry port."
    doc = f"{first} {again} {other}"
    a = _told(T.ARREST, first, 0, 2, doc=doc)
    b = _told(T.ARREST, again, len(first) + 1, 2, doc=doc)
    c = _told(T.ARREST, other, len(first) + len(again) + 2, 2, doc=doc)
    merged = merge_events([a, b, c], text=doc)
    assert [len(e.evidence) for e in merged] == [2, 1]


def test_the_same_count_with_other_ages_or_towns_is_another_action():
    def told_apart(s1, s2, places=(None, None)):
        doc = f"{s1} {s2}"
        a = _told(T.ARREST, s1, 0, 1, doc=doc)
        b = _told(T.ARREST, s2, len(s1) + 1, 1, doc=doc)
        a.place, b.place = places
        return len(merge_events([a, b], text=doc)) == 2

    assert told_apart(
        "A 41-year-old man was arrested on suspicion of supplying drugs.",
        "A woman, aged 23, was arrested on suspicion of supplying drugs.",
    )
    assert told_apart(
        "A man was arrested in Hull on suspicion of supplying drugs.",
        "A man was arrested in Grimsby on suspicion of supplying drugs.",
        ("Hull", "Grimsby"),
    )
    # the same person told again, age and town agreeing
    assert not told_apart(
        "A 41-year-old man was arrested in Hull on suspicion of supplying drugs.",
        "The 41-year-old was arrested after a search of his flat in Hull.",
        ("Hull", "Hull"),
    )


def test_initials_do_not_end_the_reach_of_a_penalty():
    assert T.FINANCIAL_PENALTY in rule_types(
        "Harbor Freight Co. agreed to pay the U.S. $4.2 million to resolve the claims."
    )


def test_the_next_sentence_with_the_same_count_is_the_same_action_in_every_language():
    head = "Drei Schleuser festgenommen."
    body = "Die Bundespolizei hat am Montag in Passau drei Schleuser festgenommen."
    other = "Drei weitere Schleuser wurden in Rosenheim festgenommen."
    doc = f"{head} {body}"
    a = _told(T.ARREST, head, 0, 3, lang="de", doc=doc)
    b = _told(T.ARREST, body, len(head) + 1, 3, lang="de", doc=doc)
    assert len(merge_events([a, b], text=doc, lang="de")) == 1
    # the next sentence tells of other people: two actions
    doc2 = f"{body} {other}"
    c = _told(T.ARREST, body, 0, 3, lang="de", doc=doc2)
    d = _told(T.ARREST, other, len(body) + 1, 3, lang="de", doc=doc2)
    assert len(merge_events([c, d], text=doc2, lang="de")) == 2


@pytest.mark.parametrize(
    ("type_", "sentence", "expected"),
    [
        (T.DEPORTATION, "Both women have since been returned to Vietnam.", 2),
        (T.ARREST, "Both of them were arrested outside the bank.", 2),
        (T.CHARGE, "Both the haulier and the farm were named in the report.", None),
        # a year after a month, "in" or "since" counts no one
        (T.RELEASE, "They were bailed on 4 March, 2019 and were later released.", None),
        (T.ARREST, "The two were held on May 2, 2021 and were arrested the next day.", 2),
    ],
)
def test_both_is_two_and_a_year_is_no_count_in_english(type_, sentence, expected):
    assert event_count(type_, None, sentence, []) == expected


@pytest.mark.parametrize(
    ("lang", "first", "again"),
    [
        (
            "en",
            "Officers seized 12 kg of amphetamine from a garage in Hull.",
            "The drugs were seized and sent for analysis.",
        ),
        (
            "nl",
            "Agenten namen in Venlo 12 kilo amfetamine in beslag.",
            "De drugs zijn in beslag genomen voor nader onderzoek.",
        ),
        (
            "de",
            "Der Zoll stellte in Kehl 12 Kilogramm Amphetamin sicher.",
            "Die Drogen wurden zur Untersuchung sichergestellt.",
        ),
    ],
)
def test_the_goods_named_again_are_the_seizure_told_before(monkeypatch, lang, first, again):
    from enforcement_events import events as ev

    # what the article does, apart from SEIZURE_TOLD_AGAIN_INTL (session 53), which joins a
    # later seizure naming no goods of its own whatever its article
    monkeypatch.setattr(ev, "SEIZURE_TOLD_AGAIN_INTL", False)
    doc = f"{first} {again}"
    a = _told(T.SEIZURE, first, 0, None, lang=lang, doc=doc)
    b = _told(T.SEIZURE, again, len(first) + 1, None, lang=lang, doc=doc)
    assert len(merge_events([a, b], text=doc, lang=lang)) == 1
    # named with no article it is not told again
    bare = again.replace("The drugs", "Drugs").replace("De drugs", "Drugs")
    bare = bare.replace("Die Drogen", "Drogen")
    a = _told(T.SEIZURE, first, 0, None, lang=lang, doc=f"{first} {bare}")
    c = _told(T.SEIZURE, bare, len(first) + 1, None, lang=lang, doc=f"{first} {bare}")
    assert len(merge_events([a, c], text=f"{first} {bare}", lang=lang)) == 2


def test_an_age_is_not_the_models_count():
    # the model said 41: the age in "41-year-old", not a number of people
    sentence = "A 41-year-old from Harlow has been charged with three burglaries."
    assert event_count(T.CHARGE, 41, sentence, []) == 1


def test_merging_leaves_the_events_given_unchanged():
    head = _event(T.ARREST, "Eighteen arrested", 0, count=18)
    body = _event(T.ARREST, "A series of arrests have taken place.", 40)
    before = [head.model_copy(deep=True), body.model_copy(deep=True)]
    merged = merge_events([head, body], lead=30)
    assert len(merged) == 1 and len(merged[0].evidence) == 2
    assert [head, body] == before


@pytest.mark.parametrize(
    "sentence",
    [
        "The week of raids saw the arrest of 47 suspected burglars across the county.",
        "The sweep led to the arrests of more than 200 people.",
    ],
)
def test_an_action_noun_with_a_number_after_it_is_no_back_reference(sentence):
    from enforcement_events.rules import EventType, is_back_reference

    assert not is_back_reference(EventType.ARREST, sentence)


def test_an_action_noun_alone_still_points_back():
    from enforcement_events.rules import EventType, is_back_reference

    sentence = "After the arrest, detectives searched his flat."
    assert is_back_reference(EventType.ARREST, sentence)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("A cyclist was held at a checkpoint near the bridge and charged with theft.", "charge"),
        ("The pair were brought before magistrates in Leeds on Monday and jailed.", "sentence"),
        ("Two women were stopped by officers on the motorway and later released.", "release"),
    ],
)
def test_a_later_participle_after_other_words_reports_its_own_action(sentence, type_):
    from enforcement_events.rules import EventType, rule_types

    assert EventType(type_) in rule_types(sentence)


def test_a_joined_participle_reaches_no_further_than_its_sentence_part():
    from enforcement_events.rules import EventType, rule_types

    sentence = "He was questioned about the fire; the hall was repaired and reopened."
    assert EventType.CHARGE not in rule_types(sentence)
    assert EventType.RELEASE not in rule_types(sentence)


@pytest.mark.parametrize(
    ("sentence", "is_search"),
    [
        ("Detectives executed a warrant at a flat on Mill Lane on Tuesday.", True),
        ("The cannabis was found following the execution of a warrant.", True),
        ("Marshals executed an arrest warrant on the fugitive in Ohio.", False),
        ("Officers executed a warrant for his arrest at the airport.", False),
    ],
)
def test_a_warrant_executed_with_no_arrest_named_is_a_search(sentence, is_search):
    assert (EventType.SEARCH in rule_types(sentence)) is is_search


@pytest.mark.parametrize(
    ("type_", "sentence", "expected"),
    [
        (T.ARREST, "The landlord is now being held responsible for the fire.", None),
        (T.DETENTION, "Ministers held talks with the mayor of the port town.", None),
        (T.ARREST, "The sheriff held a press conference on the steps of the court.", None),
        (T.ARREST, "The driver was held at the checkpoint until police arrived.", T.ARREST),
        (T.DETENTION, "The asylum seekers are held in a centre near the airport.", T.DETENTION),
    ],
    ids=["held-responsible", "held-talks", "held-a-conference", "held-at", "held-in"],
)
def test_held_in_an_idiom_holds_no_one(type_, sentence, expected):
    from enforcement_events.rules import supported_type

    assert supported_type(type_, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Detectives also found 300 cartons of cigarettes in a lock-up garage.", None),
        ("Officers found nine migrants hidden in the lorry.", T.INTERCEPTION),
        ("Officers stopped the van and found cannabis under a seat.", T.INTERCEPTION),
    ],
    ids=["goods-found", "people-found", "stopped-too"],
)
def test_goods_found_are_not_people_stopped(sentence, expected):
    from enforcement_events.rules import supported_type

    assert supported_type(T.INTERCEPTION, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "type_", "habitual"),
    [
        (
            "Border guards routinely arrest drivers who carry passengers.",
            "en",
            EventType.ARREST,
            True,
        ),
        ("Officers arrested the driver on Tuesday.", "en", EventType.ARREST, False),
        (
            "Officers often patrol the road, and on Tuesday they arrested the driver.",
            "en",
            EventType.ARREST,
            False,
        ),
        (
            "Des passeurs que les gendarmes interpellent souvent au péage.",
            "fr",
            EventType.ARREST,
            True,
        ),
        ("Les gendarmes ont interpellé deux passeurs au péage.", "fr", EventType.ARREST, False),
        ("An dieser Kreuzung werden regelmäßig Fahrer festgenommen.", "de", EventType.ARREST, True),
        ("Die Polizei hat den Fahrer festgenommen.", "de", EventType.ARREST, False),
        (
            "Los agentes detienen a menudo a conductores en esa carretera.",
            "es",
            EventType.ARREST,
            True,
        ),
        ("I finanzieri arrestano spesso corrieri su quella strada.", "it", EventType.ARREST, True),
        ("Smokkelaars worden daar regelmatig aangehouden.", "nl", EventType.ARREST, True),
        ("De politie heeft daar twee smokkelaars aangehouden.", "nl", EventType.ARREST, False),
    ],
    ids=["en", "en-no", "en-other-clause", "fr", "fr-no", "de", "de-no", "es", "it", "nl", "nl-no"],
)
def test_an_action_told_as_a_habit_is_not_one_that_happened(sentence, lang, type_, habitual):
    from enforcement_events.rules import is_habitual

    assert is_habitual(type_, sentence, lang) is habitual


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Detectives arrested a 19-year-old man, a 23-year-old man and a 41 year old woman.", 3),
        ("Police arrested a 52-year-old Bury man and a 48 year old Salford man on Friday.", 2),
        ("Police arrested a 52-year-old man on Friday.", 1),
    ],
    ids=["three-ages", "two-ages", "one-age"],
)
def test_people_listed_by_age_after_the_verb_are_counted(sentence, count):
    assert event_count(T.ARREST, None, sentence, []) == count


@pytest.mark.parametrize(
    ("sentence", "said", "count"),
    [
        ("Lorry driver arrested at Calais; 14 migrants found in trailer", 14, 1),
        ("Police arrested 14 men at Calais; a lorry was searched", 14, 14),
    ],
    ids=["number-in-other-clause", "number-in-own-clause"],
)
def test_a_number_from_another_clause_does_not_count_the_action(sentence, said, count):
    assert event_count(T.ARREST, said, sentence, []) == count


@pytest.mark.parametrize(
    ("type_", "sentence", "count"),
    [
        (T.CONVICTION, "The magistrate found Ann Lee and Bo Park guilty of theft.", 2),
        (T.CONVICTION, "A jury convicted Ann Lee, Bo Park and Cy Dunn of fraud.", 3),
        (T.ARREST, "Officers arrested Ann Lee at her home in Leeds.", 1),
        (T.ARREST, "Ann Lee and Bo Park said officers arrested a man nearby.", 1),
    ],
    ids=["found-guilty", "convicted-three", "one-name", "names-not-at-the-verb"],
)
def test_full_names_listed_at_the_action_are_counted(type_, sentence, count):
    assert event_count(type_, None, sentence, []) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Harbour Town: Suspects Arrested After Warehouse Raid", None),
        ("Harbour Town: Drivers Arrested After Warehouse Raid", None),
        ("Harbour Town: Okafor Arrested After Warehouse Raid", 1),
    ],
    ids=["suspects", "drivers", "a-name"],
)
def test_a_plural_people_noun_in_a_headline_is_no_name(sentence, count):
    assert subject_count(sentence, word_position(T.ARREST, sentence)) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Suspects Arrested After Warehouse Raid", None),
        ("Drivers Detained Following Port Checks", None),
        ("Police Arrested Okafor on Friday", 1),
    ],
    ids=["after-is-no-name", "following-is-no-name", "a-named-object"],
)
def test_a_title_case_preposition_after_the_verb_is_no_name(sentence, count):
    assert subject_count(sentence, word_position(T.ARREST, sentence)) == count


@pytest.mark.parametrize(
    ("type_", "sentence", "said", "count"),
    [
        (T.ARREST, "In all, 19 people were arrested: 6 in Leeds and 13 in Hull.", 6, 19),
        (T.CHARGE, "Okafor and three others were charged with fraud on Monday.", None, 4),
        (T.CONVICTION, "The court convicted a former clerk and nine others of theft.", None, 10),
        (T.ARREST, "Police arrested two men; 14 migrants were found in the lorry.", 14, 2),
    ],
    ids=["colon-breakdown", "name-and-others", "one-and-others", "semicolon"],
)
def test_a_breakdown_after_a_colon_and_n_others_count_right(type_, sentence, said, count):
    assert event_count(type_, said, sentence, []) == count


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspect was detained at a motel near the border on Tuesday.",
        "Two defendants were detained by marshals after the hearing.",
        "The fugitive was detained in Lisbon last week.",
    ],
)
def test_suspects_held_are_arrested_not_detained(sentence: str) -> None:
    from enforcement_events.rules import suspect_or_migrant

    assert suspect_or_migrant(EventType.DETENTION, sentence) is EventType.ARREST


def test_people_held_who_are_not_suspects_stay_detained() -> None:
    from enforcement_events.rules import suspect_or_migrant

    sentence = "Forty migrants were detained at the reception centre overnight."
    assert suspect_or_migrant(EventType.DETENTION, sentence) is EventType.DETENTION


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the auxiliary left out after "and": the people next to the action's word
        ("Thirty-one migrants were rescued and three suspected traffickers arrested.", 3),
        ("Police said 12 search warrants were executed and seven people arrested.", 7),
        # a part of those counted, set between commas, is no subject
        ("Nine people, including two teenagers, were arrested in the operation.", 9),
        ("Six men, among them a former mayor, were arrested on Friday.", 6),
        # a dozen is twelve, not one
        ("A dozen suspects were arrested after the march.", 12),
        ("Half a dozen men were arrested outside the stadium.", 6),
        # unchanged: two numbers joined by "and" before the action still add up
        ("Two men and three women were arrested.", 5),
    ],
)
def test_subject_count_elided_included_and_dozens(sentence, expected):
    assert subject_count(sentence, word_position(T.ARREST, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The treasurer was arrested in Lisbon last spring and flown back to stand trial.",
        "A fugitive accountant was caught in Peru and brought to Canada in May.",
        "Detectives brought home a wanted forger, 52, from Morocco on Friday.",
        "Two brothers were surrendered to Poland under a European arrest warrant.",
        "The agency announced the capture and return of a fraudster who fled in 2019.",
    ],
)
def test_an_extradition_told_in_plain_words_is_read(sentence: str) -> None:
    assert T.EXTRADITION in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a court or a prison is no country to be brought to
        "The driver was arrested and brought to Bristol Crown Court on Monday.",
        "He was arrested and brought to Hillside Prison overnight.",
        # people brought home are not extradited
        "The rescued hikers were brought home by helicopter.",
        # repatriation is a removal (the deportation words), not a surrender for trial
        "Officials praised the arrest and repatriation of the man.",
    ],
)
def test_brought_or_taken_somewhere_is_no_extradition(sentence: str) -> None:
    assert T.EXTRADITION not in rule_types(sentence)


def _plea(text: str, start: int, end: int, count: int | None) -> Event:
    return Event(
        type=EventType.CONVICTION,
        evidence=[Evidence(text=text[start:end], start=start, end=end, match="exact")],
        count=count,
        country=["US"],
        date="2031-02-11",
    )


def test_one_plea_told_with_a_count_and_without_is_one() -> None:
    """Written for the test: a company's plea told in the lead and again in the body."""
    text = (
        "Northwind Freight Ltd. pleaded guilty on Feb. 11, 2031, to dumping waste. "
        "The river runs past three villages. "
        "The court heard that Northwind pleaded guilty on Feb. 11, 2031, to one count."
    )
    second = text.index("The court")
    events = [_plea(text, 0, text.index(" The river"), None), _plea(text, second, len(text), 1)]
    assert len(merge_events(events, text=text)) == 1


def test_pleas_on_different_days_stay_two() -> None:
    text = (
        "Northwind Freight Ltd. pleaded guilty on Feb. 11, 2031, to dumping waste. "
        "The river runs past three villages. "
        "A driver pleaded guilty on March 3, 2031, to one count."
    )
    second = text.index("A driver")
    later = _plea(text, second, len(text), 1)
    later.date = "2031-03-03"
    first = _plea(text, 0, text.index(" The river"), None)
    assert len(merge_events([first, later], text=text)) == 2


def test_uncounted_plea_joined_is_a_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from enforcement_events import events as ev

    text = (
        "Northwind Freight Ltd. pleaded guilty on Feb. 11, 2031, to dumping waste. "
        "The river runs past three villages. "
        "The court heard that Northwind pleaded guilty on Feb. 11, 2031, to one count."
    )
    second = text.index("The court")
    monkeypatch.setattr(ev, "SINGLE_CASE_UNCOUNTED", False)
    events = [_plea(text, 0, text.index(" The river"), None), _plea(text, second, len(text), 1)]
    assert len(merge_events(events, text=text)) == 2


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Deputies searched a barn outside Millbrook and seized two rifles.", T.SEIZURE),
        ("Border officers stopped a minibus on the ring road and arrested its driver.", T.ARREST),
        ("Agents raided the depot at dawn, and later charged the manager with fraud.", T.CHARGE),
    ],
)
def test_a_participle_joined_to_an_active_verb_reports_its_action(sentence, type_):
    assert type_ in rule_types(sentence)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # wished for or feared, not done: "get" and "be" make the first verb a passive
        ("Some would rather get arrested and deported than wait in the camp.", T.DEPORTATION),
        ("They hoped to be searched quickly and released before noon.", T.RELEASE),
        # denied
        ("Officers had not stopped the lorry and seized nothing.", T.SEIZURE),
    ],
)
def test_a_participle_joined_to_a_wished_or_denied_verb_is_not_read(sentence, type_):
    assert type_ not in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Acting on a tip, detectives stopped a silver hatchback on the coast road.",
        "The navy intercepted two fishing boats off the headland on Sunday.",
        "Troopers pulled over a rental van carrying 300 cartons of cigarettes.",
    ],
)
def test_a_vehicle_stopped_in_the_active_is_an_interception(sentence):
    assert T.INTERCEPTION in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers tried to stop a blue car but it sped away.",
        "The patrol did not stop the lorry at the border.",
        # the vehicle stopping by itself
        "The bus stopped at the lights and two officers got on.",
    ],
)
def test_no_vehicle_stopped_by_enforcement_is_no_interception(sentence):
    assert T.INTERCEPTION not in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "As per the official, the gold dust was recovered from a passenger's shoes.",
        "According to the customs spokesman, the pills were hidden in shampoo bottles.",
        "The tablets were sent to the state laboratory for testing.",
    ],
)
def test_goods_told_again_after_who_said_it_point_back(sentence):
    from enforcement_events.events import goods_back

    assert goods_back(one_sentence_event(T.SEIZURE, sentence), "en")


def test_goods_seized_anew_do_not_point_back():
    from enforcement_events.events import goods_back

    # no definite goods at its head
    sentence = "As per the official, officers seized gold from a passenger."
    assert not goods_back(one_sentence_event(T.SEIZURE, sentence), "en")


def test_goods_told_again_with_a_number_point_back_unless_switched_off(monkeypatch):
    from enforcement_events import events as ev

    # a number after the goods named again (events.GOODS_BACK_NUMBER, session 27)
    sentence = "According to police, the pills numbered 4,000 in all."
    assert ev.goods_back(one_sentence_event(T.SEIZURE, sentence), "en")
    monkeypatch.setattr(ev, "GOODS_BACK_NUMBER", False)
    assert not ev.goods_back(one_sentence_event(T.SEIZURE, sentence), "en")


def test_goods_told_again_after_who_said_it_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "GOODS_BACK_SAID", False)
    sentence = "As per the official, the gold dust was recovered from a passenger's shoes."
    assert not ev.goods_back(one_sentence_event(T.SEIZURE, sentence), "en")


@pytest.mark.parametrize(
    ("sentence", "said", "count"),
    [
        ("Detectives laid 64 charges after the fraud inquiry.", 64, None),
        ("Two brothers face 18 drug charges in the county court.", 18, 2),
        # the people charged are counted instead
        ("Police charged nine suspects with 40 offences.", 40, 9),
    ],
)
def test_a_number_of_charges_counts_no_people(sentence, said, count):
    assert event_count(T.CHARGE, said, sentence, []) == count


def test_a_number_of_charges_not_counted_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "CHARGES_NOT_COUNTED", False)
    assert (
        event_count(T.CHARGE, 64, "Detectives laid 64 charges after the fraud inquiry.", []) == 64
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Cash worth about £12,000 was recovered from a loft in Dundee.",
        "Around 3 kilos of heroin were found in a spare tyre.",
        "Two shotguns and ammunition were discovered under the floorboards.",
    ],
)
def test_goods_recovered_or_found_are_a_seizure(sentence):
    assert T.SEIZURE in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a vehicle found is not seized
        "The getaway van was found abandoned near the quarry.",
        # people found: an interception's words, not goods
        "Six men were found inside the container with the cigarettes.",
        # someone found with goods, not the goods found
        "She was found carrying 2 kilos of cannabis.",
        "He was found guilty of importing heroin.",
    ],
)
def test_vehicles_people_or_verdicts_found_are_no_seizure(sentence):
    assert T.SEIZURE not in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The district judge also fined Marlon Ettie $4,000 for the false declaration.",
        "Inspectors fined the haulier £2,500 on Tuesday.",
        "The court fined both companies a total of €90,000.",
    ],
)
def test_fined_in_the_active_is_a_financial_penalty(sentence):
    assert T.FINANCIAL_PENALTY in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Drivers caught without a permit risk having to be fined heavily.",
        "Those who refuse could get fined up to $500.",
        "The magistrate had not fined anyone by Friday.",
    ],
)
def test_a_fine_that_may_come_is_no_financial_penalty(sentence):
    assert T.FINANCIAL_PENALTY not in rule_types(sentence)


@pytest.mark.parametrize(
    ("type_", "sentence"),
    [
        (T.SEIZURE, "The two workers were found to have broken the licensing rules."),
        (T.INTERCEPTION, "The crew were found to have ignored the harbour curfew."),
    ],
)
def test_a_finding_is_no_word_for_a_seizure_or_an_interception(type_, sentence):
    from enforcement_events.rules import supported_type

    assert supported_type(type_, sentence) is None


@pytest.mark.parametrize(
    ("type_", "sentence"),
    [
        (T.SEIZURE, "Officers found 3 kilos of cocaine in the spare wheel."),
        (T.INTERCEPTION, "Nine men were found to be hidden under the trailer floor."),
    ],
)
def test_goods_or_people_found_keep_their_word(type_, sentence):
    from enforcement_events.rules import supported_type

    assert supported_type(type_, sentence) is type_


def test_a_finding_as_no_word_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "NOT_FOUND_FINDINGS", False)
    sentence = "The two workers were found to have broken the licensing rules."
    assert rules.supported_type(T.SEIZURE, sentence) is T.SEIZURE


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Customs officers traced the courier to a hostel and arrested him.", 1),
        ("Border guards detained her at the ferry terminal.", 1),
        # more than one, or no one counted: nothing said
        ("Border guards detained them at the ferry terminal.", None),
        ("Police arrested him and his cousin at the depot.", None),
    ],
)
def test_an_action_on_him_or_her_is_about_one_person(sentence, count):
    assert event_count(T.ARREST, None, sentence, []) == count


def test_one_person_by_object_pronoun_is_a_switch(monkeypatch):
    from enforcement_events import extraction

    monkeypatch.setattr(extraction, "OBJECT_PRONOUN_ONE", False)
    sentence = "Customs officers traced the courier to a hostel and arrested him."
    assert event_count(T.ARREST, None, sentence, []) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Detectives seized a quantity of cannabis resin from the flat.",
        "Officers confiscated several laptops and cash during the raid.",
        "Customs impounded two vans at the depot.",
        "The unit seized counterfeit handbags at the market.",
    ],
)
def test_goods_seized_in_the_active_are_a_seizure(sentence):
    assert T.SEIZURE in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers are expected to seize a number of vehicles.",
        "The court has not confiscated any property.",
        "Police seized the opportunity to question him.",
    ],
)
def test_a_seizure_wished_denied_or_figurative_is_not_read(sentence):
    assert T.SEIZURE not in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Troopers stopped the van and later arrested the driver in a lay-by.",
        "Coastguards apprehended the skipper off the point.",
        "Police nabbed them outside the casino.",
    ],
)
def test_people_arrested_in_the_active_are_an_arrest(sentence):
    assert T.ARREST in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers hoped to arrest the driver before dawn.",
        "Police have not arrested the owner of the boat.",
        "The driver told reporters he had been arrested the year before.",
    ],
)
def test_an_arrest_wished_or_denied_is_not_read_in_the_active(sentence):
    from enforcement_events import rules

    assert not rules._ARRESTED_ACTIVE.search(sentence)


@pytest.mark.parametrize(
    ("sentence", "said", "count"),
    [
        ("Officers charged three men and two women with fraud.", 3, 5),
        ("Detectives have arrested two brothers and one cousin in Leeds.", 2, 3),
        # a number that is no part of a listing stands
        ("Officers charged three men with fraud and two with theft.", 3, 3),
    ],
)
def test_a_count_that_is_part_of_a_listed_sum_gives_way_to_the_sum(sentence, said, count):
    assert event_count(T.CHARGE if "charged" in sentence else T.ARREST, said, sentence, []) == count


def test_a_listed_sum_over_the_models_part_is_a_switch(monkeypatch):
    from enforcement_events import extraction

    monkeypatch.setattr(extraction, "LISTED_SUM", False)
    sentence = "Officers charged three men and two women with fraud."
    assert event_count(T.CHARGE, 3, sentence, []) == 3


def _fine(text: str, start: int, end: int, amount: float) -> Event:
    from enforcement_events.schema import Money

    return Event(
        type=EventType.FINANCIAL_PENALTY,
        evidence=[Evidence(text=text[start:end], start=start, end=end, match="exact")],
        country=["GB"],
        date="2031-04-02",
        money=Money(amount=amount, currency="GBP"),
    )


_TWO_FINES = (
    "Haulier fined £1,200 over false papers\n"
    "The quay was closed for an hour on Tuesday. "
    "Its driver was fined £300 for the false papers."
)


def _two_fines() -> tuple[list[Event], int]:
    """A headline's fine and a later, smaller one (the body starts after the headline)."""
    text = _TWO_FINES
    lead = text.index("The quay")
    second = text.index("Its driver")
    fines = [_fine(text, 0, lead - 1, 1200), _fine(text, second, len(text), 300)]
    return fines, lead


def test_fines_of_different_sums_are_two():
    fines, lead = _two_fines()
    assert len(merge_events(fines, lead=lead, text=_TWO_FINES)) == 2


def test_fines_of_different_sums_kept_apart_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "DIFFERENT_SUMS", False)
    fines, lead = _two_fines()
    assert len(ev.merge_events(fines, lead=lead, text=_TWO_FINES)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Gendarmes apprehended 12 migrant smuggling organisers in a dawn operation.",
        "Police detained four migrant traffickers at the port.",
        "Two people smugglers were detained on the coast road.",
    ],
)
def test_smugglers_held_are_arrested_not_detained(sentence):
    from enforcement_events.rules import suspect_or_migrant

    assert suspect_or_migrant(T.DETENTION, sentence) is T.ARREST
    assert suspect_or_migrant(T.ARREST, sentence) is T.ARREST


def test_migrants_held_stay_detained_beside_the_smugglers_rule():
    from enforcement_events.rules import suspect_or_migrant

    sentence = "Coastguards apprehended 40 migrants off the island."
    assert suspect_or_migrant(T.ARREST, sentence) is T.DETENTION


def test_smugglers_not_migrants_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "SMUGGLERS_NOT_MIGRANTS", False)
    sentence = "Gendarmes apprehended 12 migrant smuggling organisers in a dawn operation."
    assert rules.suspect_or_migrant(T.ARREST, sentence) is T.DETENTION


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        (
            "Marta Ruiz was one of four defendants convicted in the harbour fraud case.",
            T.CONVICTION,
        ),
        ("The 30 workers are among those detained by labour inspectors in May.", T.DETENTION),
        ("He is one of the two men charged after the warehouse fire.", T.CHARGE),
    ],
)
def test_an_action_told_in_a_reduced_relative_clause_is_read(sentence, type_):
    assert type_ in rule_types(sentence)


def test_a_reduced_relative_clause_without_its_people_is_not_read():
    from enforcement_events import rules

    # no one named before the participle: a participle used as an adjective
    sentence = "The charged particles were stored in the lab."
    assert not any(
        rx.search(sentence) for rx in rules._per_type(rules._EN.REDUCED_RELATIVE).values()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Cyber police block 2,040 accounts selling fake permits",
        "The unit removed more than 300 posts advertising crossings.",
        "Investigators shut down 12 websites offering forged visas.",
    ],
)
def test_accounts_taken_down_in_the_active_are_a_takedown(sentence):
    assert T.TAKEDOWN in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Platforms were asked to block 500 accounts by Friday.",
        "Police closed 3 roads near the port.",
    ],
)
def test_no_accounts_taken_down_is_no_takedown(sentence):
    assert T.TAKEDOWN not in rule_types(sentence)


@pytest.mark.parametrize(
    ("switch", "type_", "sentence"),
    [
        # no number or goods word after "seized": only the joined participle reads it
        (
            "COORDINATED_ACTIVE_EN",
            T.SEIZURE,
            "Deputies searched a barn outside Millbrook and seized rifles there.",
        ),
        (
            "STOPPED_ACTIVE_EN",
            T.INTERCEPTION,
            "Acting on a tip, detectives stopped a silver hatchback on the coast road.",
        ),
        ("GOODS_RECOVERED_EN", T.SEIZURE, "Cash worth about £12,000 was recovered from a loft."),
        (
            "GOODS_FOUND_ACTIVE_EN",
            T.SEIZURE,
            "A check of the trailer revealed 14 kilograms of khat under the pallets.",
        ),
        ("FINED_ACTIVE_EN", T.FINANCIAL_PENALTY, "Inspectors fined the haulier £2,500 on Tuesday."),
        ("SEIZED_ACTIVE_EN", T.SEIZURE, "Customs impounded two vans at the depot."),
        ("ARRESTED_ACTIVE_EN", T.ARREST, "Coastguards apprehended the skipper off the point."),
        (
            "REDUCED_RELATIVE_EN",
            T.CONVICTION,
            "Marta Ruiz was one of four defendants convicted in the harbour fraud case.",
        ),
        (
            "TAKEDOWN_ACTIVE_EN",
            T.TAKEDOWN,
            "Cyber police block 2,040 accounts selling fake permits",
        ),
        (
            "PLAIN_EXTRADITION",
            T.EXTRADITION,
            "The treasurer was arrested in Lisbon and flown back to stand trial.",
        ),
        (
            "PULLED_OVER_EN",
            T.INTERCEPTION,
            "The courier was pulled over on the A38 late on Sunday evening.",
        ),
        (
            "PAID_FINE_EN",
            T.FINANCIAL_PENALTY,
            "The skipper paid a fine of 40,000 rupees to get his trawler back.",
        ),
        (
            "TAKEDOWN_NOUN_EN",
            T.TAKEDOWN,
            "Regulators announced the closure of more than 2,400 fake pharmacy websites.",
        ),
        (
            "DEPORTED_ACTIVE_EN",
            T.DEPORTATION,
            "The interior ministry deported 1,315 overstayers in the first quarter.",
        ),
        (
            "DEPRIVED_OF_LIBERTY_EN",
            T.ARREST,
            "Four men were deprived of liberty in the border town on Friday morning.",
        ),
        ("EXTRADITED_ACTIVE_EN", T.EXTRADITION, "Norway extradites wanted Polish trucker"),
        ("HANDED_OVER_EN", T.EXTRADITION, "Kenya has handed over two suspects to Uganda."),
        ("APPREHENDED_EN", T.ARREST, "The bookkeeper was finally apprehended on 3 May in Leeds."),
        ("APPREHENDED_EN", T.ARREST, "Both couriers were captured near the ferry terminal."),
        (
            "ORDERED_TAKEDOWN_EN",
            T.TAKEDOWN,
            "The tribunal also ordered the closure of the group's Telegram channel.",
        ),
        (
            "ORDERED_RELEASE_EN",
            T.RELEASE,
            "The magistrate decided to release the three fishermen on bond.",
        ),
        (
            "ORDERED_RELEASE_EN",
            T.RELEASE,
            "The appeal court ordered the immediate release of the journalist.",
        ),
        (
            "SEARCH_OF_PREMISES_EN",
            T.SEARCH,
            "During the search of the suspect's apartment, officers seized two pistols.",
        ),
        (
            "SEARCH_OF_PREMISES_EN",
            T.SEARCH,
            "Upon searching the premises, detectives recovered forged passports.",
        ),
        (
            "SEARCH_OF_PREMISES_EN",
            T.SEARCH,
            "Customs searches of the two warehouses turned up counterfeit watches.",
        ),
        (
            "RETURNED_FUGITIVE_EN",
            T.EXTRADITION,
            "Thai police repatriated a fugitive wanted by Australia on Monday.",
        ),
        (
            "RETURNED_FUGITIVE_EN",
            T.EXTRADITION,
            "The banker, a fugitive since 2019, was handed over to Italian police in Dubai.",
        ),
        (
            "RETURNED_FUGITIVE_EN",
            T.EXTRADITION,
            "The accountant was brought back from Spain to face charges of embezzlement.",
        ),
    ],
)
def test_each_english_rule_net_reading_is_a_switch(monkeypatch, switch, type_, sentence):
    """Each reading added to the English rule net reads its sentence, and no other part of
    the net does: with its switch off the type is gone."""
    from enforcement_events import rules

    assert type_ in rule_types(sentence)
    monkeypatch.setattr(rules, switch, False)
    assert type_ not in rule_types(sentence)


@pytest.mark.parametrize(
    ("type_", "sentence", "read"),
    [
        # a vehicle pulled over is stopped (PULLED_OVER_EN)
        (T.INTERCEPTION, "The courier was pulled over on the A38 late on Sunday evening.", True),
        (T.INTERCEPTION, "Traffic officers pulled over a white van on the bypass.", True),
        (T.INTERCEPTION, "A patrol pulled the lorry over outside the depot.", True),
        (T.INTERCEPTION, "The courier was not pulled over at any point of the journey.", False),
        (T.INTERCEPTION, "She pulled over to let the ambulance pass.", False),
        (T.INTERCEPTION, "The horse pulled over the fence post.", False),
        # a fine paid was imposed (PAID_FINE_EN)
        (
            T.FINANCIAL_PENALTY,
            "The skipper paid a fine of 40,000 rupees to get his trawler back.",
            True,
        ),
        (T.FINANCIAL_PENALTY, "Each trader paid a $150 fine at the market office.", True),
        (T.FINANCIAL_PENALTY, "The shipping firm has paid the penalty in full.", True),
        (T.FINANCIAL_PENALTY, "The skipper has not paid the fine yet.", False),
        (T.FINANCIAL_PENALTY, "The traders refused to pay a fine at the market office.", False),
        (
            T.FINANCIAL_PENALTY,
            "The shipping firm will pay close attention to the new rules.",
            False,
        ),
        # a release refused (ORDERED_RELEASE_EN)
        (T.RELEASE, "The magistrate refused to order the release of the three fishermen.", False),
        # no premises searched (SEARCH_OF_PREMISES_EN)
        (T.SEARCH, "Volunteers joined the search of the forest for the missing hiker.", False),
        (T.SEARCH, "The family moved to the city in search of a better home.", False),
        (T.SEARCH, "Detectives are searching for a house the gang rented.", False),
        # no fugitive surrendered to face justice (RETURNED_FUGITIVE_EN)
        (T.EXTRADITION, "Twelve fugitives were returned to Honduras on removal flights.", False),
        (T.EXTRADITION, "Officers returned the stolen bicycles to their owners.", False),
        (T.EXTRADITION, "The fugitive has not been returned to Peru.", False),
        (T.EXTRADITION, "Officers returned fire on a man wanted for murder.", False),
        (
            T.EXTRADITION,
            "A man wanted in connection with a stabbing was handed over to police by his family.",
            False,
        ),
    ],
    ids=[
        "pulled-over-passive",
        "pulled-over-active",
        "pulled-object-over",
        "not-pulled-over",
        "driver-stops-herself",
        "no-vehicle",
        "fine-of",
        "sum-before",
        "the-penalty",
        "not-paid",
        "to-pay",
        "no-fine",
        "release-refused",
        "forest",
        "in-search-of",
        "searching-for",
        "removal",
        "bicycles",
        "not-returned",
        "returned-fire",
        "in-connection",
    ],
)
def test_english_rule_net_readings_and_what_they_leave(type_, sentence, read):
    """Vehicles pulled over, fines paid, releases ordered, premises searched and fugitives
    returned are read; the sentences beside them that only look alike are not."""
    assert (type_ in rule_types(sentence)) is read


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("A check of the trailer revealed 14 kilograms of khat under the pallets.", True),
        ("Wardens found 620 grams of resin in a locker at the gym.", True),
        ("The dog unit discovered an additional 3.5 kg of powder in the spare wheel.", True),
        ("The raid on the flat yielded 40 kilos of herbal cannabis.", True),
        # no weight: whether anything was taken the words do not say
        ("Officers found a ledger and two phones in the kitchen.", False),
        # found guilty of having goods: a verdict, not goods found
        ("A jury found the baker guilty of possessing 2 kg of heroin.", False),
        ("A search of the van found no drugs at all.", False),
    ],
    ids=[
        "revealed",
        "found",
        "discovered-additional",
        "yielded",
        "no-weight",
        "verdict",
        "found-no",
    ],
)
def test_goods_found_in_the_active_and_weighed_are_a_seizure(sentence, read):
    """GOODS_FOUND_ACTIVE_EN: goods found by an active verb and told by their weight."""
    assert (T.SEIZURE in rule_types(sentence)) is read


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        (
            "Los agentes detuvieron la marcha de una furgoneta en la ruta 9.",
            {T.INTERCEPTION},
        ),
        # the vehicle stopped and its driver held: both
        (
            "Los agentes detuvieron la marcha de un camión y detuvieron al conductor.",
            {T.INTERCEPTION, T.ARREST},
        ),
        # the vehicle itself stopped, as Mexican reports tell it (L219)
        (
            "Agentes estatales detuvieron a una camioneta blanca para revisarla.",
            {T.INTERCEPTION},
        ),
        (
            "En el retén le marcaron el alto a un tráiler y detuvieron al chofer.",
            {T.INTERCEPTION, T.ARREST},
        ),
        # a person is no vehicle
        (
            "Agentes estatales detuvieron a un hombre que manejaba una camioneta.",
            {T.ARREST},
        ),
    ],
    ids=[
        "vehicle-halted",
        "vehicle-halted-driver-held",
        "vehicle-stopped",
        "told-to-stop-driver-held",
        "person-held",
    ],
)
def test_a_vehicle_whose_run_was_stopped_is_intercepted_in_spanish(sentence, types):
    assert set(rule_types(sentence, "es")) & {T.INTERCEPTION, T.ARREST} == types


def test_a_vehicle_whose_run_was_stopped_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "VEHICLE_HALTED", False)
    sentence = "Los agentes detuvieron la marcha de una furgoneta en la ruta 9."
    assert T.INTERCEPTION not in rule_types(sentence, "es")
    assert T.INTERCEPTION not in rule_types(
        "Agentes estatales detuvieron a una camioneta blanca para revisarla.", "es"
    )


@pytest.mark.parametrize(
    ("type_", "sentence", "read"),
    [
        # accounts, pages or sites taken down, told by the noun (TAKEDOWN_NOUN_EN)
        (
            T.TAKEDOWN,
            "Regulators announced the closure of more than 2,400 fake pharmacy websites.",
            True,
        ),
        (T.TAKEDOWN, "The unit succeeded in blocking 860 betting sites in March.", True),
        (T.TAKEDOWN, "The removal of 75 accounts followed the complaint.", True),
        (T.TAKEDOWN, "The closure of the harbour road lasted 3 days.", False),
        (T.TAKEDOWN, "Protesters were blocking 2 lanes of the motorway.", False),
        # people deported in the active with their number (DEPORTED_ACTIVE_EN)
        (
            T.DEPORTATION,
            "The interior ministry deported 1,315 overstayers in the first quarter.",
            True,
        ),
        (T.DEPORTATION, "Last year the country repatriated a total of 640 nationals.", True),
        (
            T.DEPORTATION,
            "The ministry has not deported 1,315 overstayers despite the order.",
            False,
        ),
        (T.DEPORTATION, "The court refused to let the state deport him.", False),
        # people deprived of liberty (DEPRIVED_OF_LIBERTY_EN)
        (T.ARREST, "Four men were deprived of liberty in the border town on Friday morning.", True),
        (T.ARREST, "Nobody may be deprived of liberty without a court order.", False),
        # people extradited in the active (EXTRADITED_ACTIVE_EN)
        (T.EXTRADITION, "Norway extradites wanted Polish trucker", True),
        (T.EXTRADITION, "Prosecutors extradited a former mayor to Peru on Tuesday.", True),
        (T.EXTRADITION, "The court refused to have him extradited to Peru.", False),
        (T.EXTRADITION, "Norway has not extradited the trucker.", False),
    ],
    ids=[
        "closure-of-websites",
        "blocking-sites",
        "removal-of-accounts",
        "closure-of-a-road",
        "blocking-lanes",
        "deported-number",
        "repatriated-total",
        "not-deported",
        "deport-infinitive",
        "deprived-of-liberty",
        "may-not-be-deprived",
        "extradites-headline",
        "extradited-active",
        "extradited-infinitive",
        "not-extradited",
    ],
)
def test_takedown_nouns_deportations_liberty_and_extraditions_read_by_the_rule_net(
    type_, sentence, read
):
    assert (type_ in rule_types(sentence)) is read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said last year the state deported a total of 212 migrants.", 212),
        ("The raid ended with the arrest of 14 suspects at the quay.", 14),
        ("The agency ordered the closure of over 1,800 pages in May.", 1800),
    ],
)
def test_the_number_after_the_action_counts_through_of_and_a_total_of(sentence, expected):
    from enforcement_events.rules import subject_count, word_position

    type_ = rule_types(sentence)[0]
    assert subject_count(sentence, word_position(type_, sentence)) == expected


def test_the_number_after_of_is_a_switch(monkeypatch):
    from enforcement_events import rules

    sentence = "Officials said last year the state deported a total of 212 migrants."
    at = rules.word_position(T.DEPORTATION, sentence)
    monkeypatch.setattr(rules, "OBJECT_COUNT_OF", False)
    assert rules.subject_count(sentence, at) != 212


@pytest.mark.parametrize(
    ("sentence", "possible"),
    [
        ("The inquiry goes on and further arrests are expected.", True),
        ("More charges are likely once the audit is finished.", True),
        ("Charges are pending against the driver of the van.", True),
        # an action done in the same sentence stays
        ("Two men were arrested and further arrests are expected.", False),
    ],
)
def test_actions_told_as_expected_did_not_happen(sentence, possible):
    from enforcement_events.rules import is_hypothetical

    type_ = T.CHARGE if "harge" in sentence else T.ARREST
    assert is_hypothetical(sentence, "en", type_) is possible


def test_actions_told_as_expected_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "EXPECTED_EN", False)
    sentence = "The inquiry goes on and further arrests are expected."
    assert rules.is_hypothetical(sentence, "en", T.ARREST) is False


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Two fishermen were detained for illegal sale of protected turtles.", T.ARREST),
        ("A clerk was held over the theft of court files.", T.ARREST),
        ("The driver was detained for questioning at the depot.", T.ARREST),
        # held for a time, or for staying or entering unlawfully: a detention
        ("Three sailors were detained for 48 hours at the quay.", T.DETENTION),
        ("Nine walkers were detained for illegally crossing the frontier.", T.DETENTION),
        ("Six foreigners were detained in the port city for overstaying their visas.", T.DETENTION),
    ],
)
def test_people_held_for_an_offence_are_arrested(sentence, type_):
    from enforcement_events.rules import suspect_or_migrant

    assert suspect_or_migrant(T.DETENTION, sentence) is type_


def test_people_held_for_an_offence_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "HELD_FOR_OFFENCE", False)
    sentence = "Two fishermen were detained for illegal sale of protected turtles."
    assert rules.suspect_or_migrant(T.DETENTION, sentence) is T.DETENTION


@pytest.mark.parametrize(
    "paragraph",
    [
        "Eleven people were deprived of liberty in the northern city on Monday.",
        "The cyber unit reported blocking 4,300 fraudulent shopping sites.",
    ],
)
def test_the_gate_sends_paragraphs_told_with_the_newer_stems(paragraph):
    from enforcement_events.selection import select_passages

    assert select_passages("A quiet week in the harbour town.\n\n" + paragraph)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("41 undocumented migrants seized at a farm near the lake", T.DETENTION),
        ("Rangers seized 12 foreigners fishing without papers in the reserve.", T.DETENTION),
        # goods seized stay a seizure
        ("Police seized 12 bags of cement and arrested two men.", T.SEIZURE),
    ],
)
def test_people_seized_are_held(sentence, type_):
    from enforcement_events.rules import supported_type

    assert supported_type(T.SEIZURE, sentence) is type_


def test_people_seized_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "PEOPLE_SEIZED", False)
    sentence = "41 undocumented migrants seized at a farm near the lake"
    assert rules.supported_type(T.SEIZURE, sentence) is T.SEIZURE


@pytest.mark.parametrize(
    ("sentence", "in_default"),
    [
        ("The trader was fined $800 or four (4) months imprisonment.", True),
        ("He was fined 200 pounds or in default one month in jail.", True),
        # the cue told after the term (DEFAULT_TERM_AFTER_EN)
        (
            "The magistrate fined the trader 4 million shillings or sentenced her to three "
            "years should she fail to pay the fine.",
            True,
        ),
        ("The owner was fined 9,000 dollars, with six months in jail in default of payment.", True),
        ("The court jailed the owner for six months if he fails to pay the fine.", True),
        # a term imposed, the fine beside it
        ("He was fined $800 and jailed for four months.", False),
        ("The trader received four months imprisonment.", False),
        ("She was sentenced to two years in prison or a fine of $900.", False),
        ("The owner was jailed for six months and must also pay a fine.", False),
        ("The owner was sentenced to six months; he paid the fine the same day.", False),
    ],
)
def test_a_term_in_default_of_a_fine_is_no_sentence(sentence, in_default):
    from enforcement_events.rules import is_hypothetical

    assert is_hypothetical(sentence, "en", T.SENTENCE) is in_default


@pytest.mark.parametrize(
    ("sentence", "type_", "read"),
    [
        (
            "Police warned that people who burn tyres in the street will be charged if found "
            "guilty.",
            T.CONVICTION,
            False,
        ),
        ("Reporters asked whether the couriers were charged.", T.CHARGE, False),
        ("If they were arrested, nobody told the family.", T.ARREST, False),
        # the condition is another clause's
        ("He was arrested in March; if convicted, he faces ten years.", T.ARREST, True),
        ("The two drivers were found guilty on Monday.", T.CONVICTION, True),
    ],
)
def test_an_action_told_as_a_condition_is_not_read(sentence, type_, read):
    assert (type_ in rule_types(sentence)) is read


def test_an_action_told_as_a_condition_is_a_switch(monkeypatch):
    from enforcement_events import rules

    sentence = "If they were arrested, nobody told the family."
    monkeypatch.setattr(rules, "CONDITIONAL_EN", False)
    assert T.ARREST in rule_types(sentence)
    # the sentence opens on "If": session 43's opening-condition reading holds it too
    assert rules.is_hypothetical("If they were arrested, nobody knew.", "en", T.ARREST) is True
    monkeypatch.setattr(rules, "CONDITIONAL_OPENING_EN", False)
    assert rules.is_hypothetical("If they were arrested, nobody knew.", "en", T.ARREST) is False


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Romania handed a wanted smuggler over to Italy on Thursday.", True),
        ("Kenya has handed over two fugitives to Uganda.", True),
        ("Spain handed Marco Rossi over to Italy.", True),
        # not to a country, or not people
        ("The driver was handed over to the police.", False),
        ("Officers handed the documents over to the Netherlands authorities.", False),
        ("The ministry handed over the files to Interpol.", False),
    ],
)
def test_someone_handed_over_to_a_country_is_an_extradition(sentence, read):
    assert (T.EXTRADITION in rule_types(sentence)) is read


def test_a_term_in_default_told_after_the_term_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "DEFAULT_TERM_AFTER_EN", False)
    sentence = "The court jailed the owner for six months if he fails to pay the fine."
    assert rules.is_hypothetical(sentence, "en", T.SENTENCE) is False


def test_a_term_in_default_of_a_fine_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "DEFAULT_TERM_EN", False)
    sentence = "The trader was fined $800 or four (4) months imprisonment."
    assert rules.is_hypothetical(sentence, "en", T.SENTENCE) is False


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("Officials did not say what the cigarettes seized were worth.", True),
        ("Detectives are still examining the phones that were confiscated.", True),
        # a number after them (events.GOODS_BACK_NUMBER, session 27)
        ("Detectives said the phones confiscated numbered 14.", True),
        # the goods seized anew
        ("Officers seized the cigarettes at the port.", False),
    ],
)
def test_goods_named_again_before_the_seizures_participle_point_back(sentence, back):
    from enforcement_events.events import goods_back

    assert goods_back(one_sentence_event(T.SEIZURE, sentence), "en") is back


def test_goods_named_again_before_the_participle_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "GOODS_BACK_PARTICIPLE", False)
    sentence = "Officials did not say what the cigarettes seized were worth."
    assert not ev.goods_back(one_sentence_event(T.SEIZURE, sentence), "en")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("On Monday two women aged 31 and 36 were arrested at the market.", 2),
        ("Three men aged between 20 and 25 were charged on Friday.", 3),
    ],
)
def test_ages_after_aged_with_no_commas_are_not_summed(sentence, count):
    from enforcement_events.rules import subject_count, word_position

    type_ = rule_types(sentence)[0]
    assert subject_count(sentence, word_position(type_, sentence)) == count


def test_ages_after_aged_with_no_commas_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "AGED_LIST", False)
    sentence = "On Monday two women aged 31 and 36 were arrested at the market."
    assert rules.subject_count(sentence, rules.word_position(T.ARREST, sentence)) == 67


def _seizures(*sentences, lang="en"):
    """The seizures the pipeline builds from consecutive sentences, merged."""
    doc = " ".join(sentences)
    told, at = [], 0
    for s in sentences:
        told.append(_told(T.SEIZURE, s, at, None, lang=lang, doc=doc))
        at += len(s) + 1
    return merge_events(told, text=doc, lang=lang)


@pytest.mark.parametrize(
    ("first", "again", "one"),
    [
        # the same number of units, named by another word
        (
            "Customs officers seized 48 rifles at the border crossing.",
            "In the lorry, officers found 48 semi-automatic and bolt-action rifles.",
            True,
        ),
        # a small number of other things is no sign of the same goods
        (
            "Customs officers seized 3 rifles at the border crossing.",
            "In a flat in the city, detectives found 3 laptops.",
            False,
        ),
    ],
)
def test_the_same_number_of_goods_by_another_word_is_one_seizure(first, again, one):
    assert (len(_seizures(first, again)) == 1) is one


def test_the_same_number_of_goods_by_another_word_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "SAME_NUMBER_ANY_WORD", False)
    first = "Customs officers seized 48 rifles at the border crossing."
    again = "In the lorry, officers found 48 semi-automatic and bolt-action rifles."
    assert len(_seizures(first, again)) == 2


@pytest.mark.parametrize(
    ("again", "one"),
    [
        ("The estimated street value of the tablets is about $61,000.", True),
        ("Some of the pills seized were hidden in a child's toy box.", True),
        ("Part of the cash was sewn into the lining of a coat.", True),
        # goods named again with a number of their own
        ("The tablets were packed in 12 shoeboxes under the stairs.", True),
        # a new seizure, with goods of its own
        ("A week later, police seized 4 kilograms of heroin in Leeds.", False),
    ],
)
def test_a_seizure_told_again_by_its_value_part_or_goods_is_one(again, one):
    first = "Detectives seized 9,000 ecstasy tablets from a storage unit on Monday."
    assert (len(_seizures(first, again)) == 1) is one


@pytest.mark.parametrize(
    ("name", "again"),
    [
        ("GOODS_PART_BACK", "The estimated street value of the tablets is about $61,000."),
        ("GOODS_BACK_NUMBER", "The tablets were packed in 12 shoeboxes under the stairs."),
    ],
)
def test_a_seizure_told_again_by_its_value_or_goods_is_a_switch(monkeypatch, name, again):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, name, False)
    first = "Detectives seized 9,000 ecstasy tablets from a storage unit on Monday."
    assert len(_seizures(first, again)) == 2


@pytest.mark.parametrize(
    ("more", "one"),
    [
        ("Officers also seized a quad bike and two chainsaws.", True),
        ("Two laptops were also recovered from the address.", True),
        # more goods elsewhere: another seizure
        ("Officers also seized a quad bike in Carlisle.", False),
    ],
)
def test_more_goods_of_the_same_action_are_one_seizure(more, one):
    first = "Police seized 3 kilograms of cannabis from a house in Penrith."
    told = _seizures(first, more)
    if not one:
        told[0].place, told[-1].place = "Penrith", "Carlisle"
        doc = f"{first} {more}"
        a = _told(T.SEIZURE, first, 0, None, doc=doc)
        b = _told(T.SEIZURE, more, len(first) + 1, None, doc=doc)
        a.place, b.place = "Penrith", "Carlisle"
        told = merge_events([a, b], text=doc)
    assert (len(told) == 1) is one


def test_more_goods_of_the_same_action_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "SEIZED_ALSO", False)
    first = "Police seized 3 kilograms of cannabis from a house in Penrith."
    assert len(_seizures(first, "Officers also seized a quad bike and two chainsaws.")) == 2


@pytest.mark.parametrize(
    ("lang", "first", "again"),
    [
        (
            "fr",
            "Les douaniers ont saisi 40 kilos de résine de cannabis à Perpignan.",
            "La valeur marchande de la marchandise est estimée à 240 000 euros.",
        ),
        (
            "fr",
            "Les douaniers ont saisi 40 kilos de résine de cannabis à Perpignan.",
            "Les agents ont également saisi une camionnette et deux téléphones.",
        ),
        (
            "de",
            "Der Zoll hat in Kiel 12 Kilogramm Marihuana sichergestellt.",
            "Ein Teil der Päckchen war im Reserverad versteckt.",
        ),
        (
            "de",
            "Der Zoll hat in Kiel 12 Kilogramm Marihuana sichergestellt.",
            "Außerdem wurden zwei Mobiltelefone und ein Laptop sichergestellt.",
        ),
        (
            "es",
            "La Guardia Civil incautó 300 kilos de hachís en Algeciras.",
            "Parte de los fardos estaba oculta bajo una carga de naranjas.",
        ),
        (
            "es",
            "La Guardia Civil incautó 300 kilos de hachís en Algeciras.",
            "Los agentes también intervinieron una furgoneta y 2.000 euros.",
        ),
        (
            "it",
            "I finanzieri hanno sequestrato 8 chili di cocaina a Livorno.",
            "Parte delle dosi era nascosta nel cruscotto.",
        ),
        (
            "it",
            "I finanzieri hanno sequestrato 8 chili di cocaina a Livorno.",
            "Sono stati sequestrati anche due telefoni cellulari.",
        ),
        (
            "nl",
            "De douane heeft in Vlissingen 500 kilo cocaïne in beslag genomen.",
            "De straatwaarde van de drugs wordt geschat op 37 miljoen euro.",
        ),
        (
            "nl",
            "De douane heeft in Vlissingen 500 kilo cocaïne in beslag genomen.",
            "Ook een vrachtwagen en een aanhanger werden in beslag genomen.",
        ),
    ],
)
def test_a_seizure_told_again_in_the_five_languages_is_one(monkeypatch, lang, first, again):
    from enforcement_events import events as ev

    assert len(_seizures(first, again, lang=lang)) == 1
    monkeypatch.setattr(ev, "SEIZURE_BACK_INTL", False)
    # SEIZURE_TOLD_AGAIN_INTL (session 53) joins these too: off, to see what this rule does
    monkeypatch.setattr(ev, "SEIZURE_TOLD_AGAIN_INTL", False)
    assert len(_seizures(first, again, lang=lang)) == 2


@pytest.mark.parametrize(
    ("lang", "first", "other"),
    [
        (
            "fr",
            "Les douaniers ont saisi 40 kilos de résine de cannabis à Perpignan.",
            "Une semaine plus tard, les gendarmes ont saisi 3 kilos d'héroïne à Nîmes.",
        ),
        (
            "it",
            "I finanzieri hanno sequestrato 8 chili di cocaina a Livorno.",
            "A Genova i carabinieri hanno sequestrato 5 chili di hashish.",
        ),
    ],
)
def test_another_seizure_in_the_five_languages_stays_apart(lang, first, other):
    assert len(_seizures(first, other, lang=lang)) == 2


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        (
            "The operation ended with nine arrested, two charged and seven bailed.",
            {T.ARREST, T.CHARGE, T.RELEASE},
        ),
        # the raid is a search of its own (L388, rules.RAID_TOLD_EN)
        ("Eleven arrested after a raid on a warehouse in Hull.", {T.ARREST, T.SEARCH}),
        ("In all, 23 people arrested and 6 deported since March.", {T.ARREST, T.DEPORTATION}),
        # a number naming people told before, not an action ("The two arrested men")
        ("The two arrested men were driven to the station.", set()),
    ],
)
def test_people_counted_with_no_verb_of_their_own_are_read(sentence, types):
    assert set(rule_types(sentence)) == types


def test_people_counted_with_no_verb_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "NUMBERED_PARTICIPLE_EN", False)
    assert rule_types("Eleven arrested after a raid on a warehouse in Hull.") == [T.SEARCH]


@pytest.mark.parametrize(
    ("sentence", "type_", "count"),
    [
        ("Two flats were raided and five people arrested on Tuesday.", T.ARREST, 5),
        ("The raids ended with nine arrested, two charged and seven bailed.", T.CHARGE, 2),
        ("The raids ended with nine arrested, two charged and seven bailed.", T.RELEASE, 7),
    ],
)
def test_people_counted_with_no_verb_count_the_number_before_the_participle(sentence, type_, count):
    from enforcement_events.extraction import event_count

    assert event_count(type_, None, sentence, [], "en") == count


def test_the_number_before_the_participle_is_a_switch(monkeypatch):
    from enforcement_events import rules
    from enforcement_events.extraction import event_count

    sentence = "Two flats were raided and five people arrested on Tuesday."
    monkeypatch.setattr(rules, "NUMBERED_PARTICIPLE_COUNT", False)
    assert event_count(T.ARREST, None, sentence, [], "en") == 2


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The ministry has blocked 2,400 extremist resources since January.", 2400),
        ("Over 800 links to pirated films have been deleted this month.", 800),
        ("Some 90 publications praising the attack were also blocked.", 90),
    ],
)
def test_online_material_blocked_by_other_names_is_a_takedown(sentence, count):
    from enforcement_events.extraction import event_count

    assert T.TAKEDOWN in rule_types(sentence)
    assert event_count(T.TAKEDOWN, None, sentence, [], "en") == count


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry has not blocked any of the 2,400 resources it reviewed.",
        "Officers used 12 resources to trace the suspects.",
        "The road was blocked for 3 hours.",
    ],
)
def test_no_takedown_without_material_blocked(sentence):
    assert T.TAKEDOWN not in rule_types(sentence)


def test_online_material_blocked_by_other_names_is_a_switch(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "TAKEDOWN_BLOCKED_EN", False)
    assert T.TAKEDOWN not in rule_types("The ministry has blocked 2,400 extremist resources.")


# L116: items of content, and numbers with their scale; sentences written for this test.
@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Since 2019 the regulator has blocked over 2.4 million instances of betting content.",
            2400000,
        ),
        ("Last month 12,500 pieces of extremist content were removed from the platforms.", 12500),
        ("The agency deleted 640 items of harmful content on Friday.", 640),
    ],
)
def test_content_blocked_is_a_takedown_with_its_scale(sentence, count):
    from enforcement_events.extraction import event_count

    assert T.TAKEDOWN in rule_types(sentence)
    assert event_count(T.TAKEDOWN, None, sentence, [], "en") == count


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator has not blocked any of the 3,000 instances of content it reviewed.",
        "Investigators found 40 instances of fraud in the accounts.",
    ],
)
def test_content_not_blocked_is_no_takedown(sentence):
    assert T.TAKEDOWN not in rule_types(sentence)


def test_other_people_of_another_action_do_not_keep_an_action_apart(monkeypatch):
    from enforcement_events import events as ev

    first = "Six people were arrested in Dover on Friday."
    again = "Police said six were arrested, two charged and another four released on bail."
    doc = f"{first} {again}"

    def told() -> int:
        a = _told(T.ARREST, first, 0, 6, doc=doc)
        b = _told(T.ARREST, again, len(first) + 1, 6, doc=doc)
        return len(merge_events([a, b], text=doc))

    assert told() == 1  # "another" is the release's
    monkeypatch.setattr(ev, "OTHERS_OWN_CLAUSE", False)
    assert told() == 2
    # the arrest's own "other" still tells of other people
    monkeypatch.setattr(ev, "OTHERS_OWN_CLAUSE", True)
    other = "Six other people were arrested, two charged and four released on bail."
    a = _told(T.ARREST, first, 0, 6, doc=f"{first} {other}")
    b = _told(T.ARREST, other, len(first) + 1, 6, doc=f"{first} {other}")
    assert len(merge_events([a, b], text=f"{first} {other}")) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The break-in was captured on CCTV.",
        "Every move was captured on a doorbell camera.",
        "The two hikers had been captured by an armed gang near the border.",
    ],
)
def test_a_picture_or_a_hostage_captured_is_no_arrest(sentence):
    assert T.ARREST not in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury found the two men guilty of running the ring.",
        "Magistrates found the woman not guilty on Friday.",
        "The tribunal found three men liable for the losses.",
    ],
)
def test_a_verdict_on_people_is_no_interception(sentence):
    # L112: "found <people> guilty" is a verdict, not people found (sentences written for
    # the test); people found hidden still are
    assert T.INTERCEPTION not in rule_types(sentence)
    assert T.INTERCEPTION in rule_types("Officers found four men hidden in a lorry.")


# L120: a fine imposed as the sentence; sentences written for this test.
@pytest.mark.parametrize(
    "sentence",
    [
        "The two men were sentenced to a fine of $4,000 each.",
        "She was sentenced to pay a fine of $900 and in default to serve six months in prison.",
    ],
)
def test_a_fine_imposed_as_the_sentence_is_a_financial_penalty(sentence):
    from enforcement_events.rules import supported_type

    assert supported_type(T.SENTENCE, sentence) is T.FINANCIAL_PENALTY


def test_a_fine_beside_a_term_leaves_the_sentence(monkeypatch):
    from enforcement_events import rules

    both = "He was sentenced to a fine of $700 and two years in prison."
    assert rules.supported_type(T.SENTENCE, both) is T.SENTENCE
    only_fine = "The two men were sentenced to a fine of $4,000 each."
    monkeypatch.setattr(rules, "FINE_SENTENCE_EN", False)
    assert rules.supported_type(T.SENTENCE, only_fine) is T.SENTENCE


# L134: two sentences passed with different terms, both read by the rule net, are two;
# text written for this test.
_TWO_TERMS = (
    "Drie smokkelaars veroordeeld\n"
    "De rechtbank sprak vrijdag haar vonnis uit. "
    "De eerste verdachte kreeg 5 jaar cel. "
    "Zijn neef kreeg 3 jaar cel."
)


def _two_terms(found_by: str = "both") -> tuple[list[Event], int]:
    text = _TWO_TERMS
    lead = text.index("De rechtbank")
    spans = [(text.index("De eerste"), text.index(" Zijn")), (text.index("Zijn"), len(text))]
    terms = [
        Event(
            type=EventType.SENTENCE,
            evidence=[Evidence(text=text[a:b], start=a, end=b, match="exact")],
            country=["NL"],
            count=1,
            sentence_months=months,
            found_by=found_by,
        )
        for (a, b), months in zip(spans, (60, 36), strict=True)
    ]
    return terms, lead


def test_sentences_of_different_terms_are_two():
    terms, lead = _two_terms()
    assert len(merge_events(terms, lead=lead, text=_TWO_TERMS, lang="nl")) == 2


def test_sentences_of_different_terms_the_model_alone_read_still_merge():
    terms, lead = _two_terms("model")
    assert len(merge_events(terms, lead=lead, text=_TWO_TERMS, lang="nl")) == 1


def test_sentences_of_different_terms_kept_apart_is_a_switch(monkeypatch):
    from enforcement_events import events as ev

    monkeypatch.setattr(ev, "DIFFERENT_TERMS", False)
    terms, lead = _two_terms()
    assert len(ev.merge_events(terms, lead=lead, text=_TWO_TERMS, lang="nl")) == 1


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Three Moldovan nationals accused of running a betting ring from a flat in Leeds "
            "have now been deported.",
            3,
        ),
        ("Twelve migrants picked up by a patrol boat off the coast were detained.", 12),
        # another number stands between: the opening number is not taken on its own
        ("Two women who ran 4 shops in the town for years were arrested.", 2),
        # a comma between: the opening phrase may not be the subject
        ("Five officers, acting on a tip from the public, arrested a man.", 1),
    ],
    ids=["long-phrase", "participle", "other-number", "comma"],
)
def test_a_sentence_opening_with_people_counts_them(sentence, count):
    """OPENING_PEOPLE_EN: the number of people that opens the sentence is its subject's,
    however long the phrase before the action's word."""
    from enforcement_events.extraction import subject_count, word_position

    type_ = next(
        t for t in (T.DEPORTATION, T.DETENTION, T.ARREST) if word_position(t, sentence) is not None
    )
    assert subject_count(sentence, word_position(type_, sentence)) == count


def test_a_sentence_opening_with_people_is_a_switch(monkeypatch):
    from enforcement_events import rules
    from enforcement_events.extraction import subject_count, word_position

    sentence = (
        "Three Moldovan nationals accused of running a betting ring from a flat in Leeds "
        "have now been deported."
    )
    at = word_position(T.DEPORTATION, sentence)
    assert subject_count(sentence, at) == 3
    monkeypatch.setattr(rules, "OPENING_PEOPLE_EN", False)
    assert subject_count(sentence, at) != 3


@pytest.mark.parametrize(
    ("sentence", "type_", "possible"),
    [
        ("Poachers can be sentenced to three years in jail under the new act.", T.SENTENCE, True),
        ("Repeat offenders could be fined up to 2,000 euros.", T.FINANCIAL_PENALTY, True),
        ("The courier was arrested and could be deported next month.", T.DEPORTATION, False),
        ("The two pickpockets were sentenced to six months in jail.", T.SENTENCE, False),
    ],
    ids=["modal-passive", "modal-fine", "done-then-modal", "done"],
)
def test_the_passive_a_modal_governs_is_not_done(sentence, type_, possible):
    """MODAL_OWN_PASSIVE_EN: "can be sentenced" is possible; its own "be sentenced" no
    longer counts as something done that cancels the modal."""
    from enforcement_events.rules import is_hypothetical

    assert is_hypothetical(sentence, "en", type_) is possible


def test_the_passive_a_modal_governs_with_the_switch_off(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "MODAL_OWN_PASSIVE_EN", False)
    sentence = "Poachers can be sentenced to three years in jail under the new act."
    assert rules.is_hypothetical(sentence, "en", T.SENTENCE) is False


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A EUR 3,000 (about $3,300) fine was imposed on the skipper.", True),
        ("The magistrate imposed a fine of R5,000 on each of the poachers.", True),
        ("The council plans to raise the fines for littering next year.", False),
    ],
    ids=["fine-was-imposed", "imposed-a-fine", "fines-planned"],
)
def test_a_fine_imposed_or_levied_is_a_financial_penalty(sentence, expected):
    """FINE_IMPOSED_EN: a fine told as imposed or levied."""
    assert (T.FINANCIAL_PENALTY in rule_types(sentence)) is expected


def test_a_fine_imposed_with_the_switch_off(monkeypatch):
    from enforcement_events import rules

    monkeypatch.setattr(rules, "FINE_IMPOSED_EN", False)
    assert T.FINANCIAL_PENALTY not in rules.rule_types(
        "A EUR 3,000 (about $3,300) fine was imposed on the skipper."
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Portugal on Monday handed a fraud suspect over to Brazil.", "en", {"PT", "BR"}),
        ("Chile extraditó ayer a Perú a un empresario acusado de fraude.", "es", {"CL", "PE"}),
    ],
    ids=["en", "es"],
)
def test_an_extradition_lists_every_country_its_sentence_names(sentence, lang, expected):
    """EXTRADITION_NAMED: an extradition joins two countries, the one that hands over
    named as the subject as well as the one after a preposition."""
    ev = one_sentence_event(T.EXTRADITION, sentence, lang=lang)
    assert set(ev.country) == expected


def test_an_extradition_lists_every_country_with_the_switch_off(monkeypatch):
    """In a text about Brazil, only the switch lists Portugal, the subject."""
    from enforcement_events import events

    sentence = "Portugal on Monday handed a fraud suspect over to Brazil."
    doc = "BRASILIA, Brazil - " + sentence
    at = len("BRASILIA, Brazil - ")
    event = one_sentence_event(T.EXTRADITION, sentence, doc=doc, start=at)
    assert set(event.country) == {"PT", "BR"}
    monkeypatch.setattr(events, "EXTRADITION_NAMED", False)
    assert one_sentence_event(T.EXTRADITION, sentence, doc=doc, start=at).country == ["BR"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("De chauffeur (45) werd veroordeeld tot twee jaar cel.", "nl"),
        ("Le passeur (38) a été condamné à trois ans de prison.", "fr"),
    ],
    ids=["nl", "fr"],
)
def test_a_number_alone_in_brackets_after_a_word_is_an_age(monkeypatch, sentence, lang):
    """AGE_IN_BRACKETS_INTL: "(45)" after a person is an age, never a count."""
    from enforcement_events import events

    said = int(sentence.split("(")[1].split(")")[0])
    assert event_count(T.SENTENCE, said, sentence, [], lang) == 1
    monkeypatch.setattr(events, "AGE_IN_BRACKETS_INTL", False)
    assert event_count(T.SENTENCE, said, sentence, [], lang) == said


@pytest.mark.parametrize(
    ("sentence", "type_", "expected"),
    [
        ("Officials said 40 betting websites were banned last week.", T.TAKEDOWN, True),
        ("The regulator banned 12 gambling apps on Friday.", T.TAKEDOWN, True),
        ("The driver was banned from driving for two years.", T.TAKEDOWN, False),
        ("Prosecutors secured the convictions of 14 smugglers this year.", T.CONVICTION, True),
        ("The agency obtained a conviction against the ship's master.", T.CONVICTION, True),
        ("Prosecutors hope to secure a conviction next spring.", T.CONVICTION, False),
    ],
    ids=["sites-banned", "banned-apps", "driving-ban", "secured", "obtained", "hoped-for"],
)
def test_sites_banned_and_convictions_secured(sentence, type_, expected):
    """BANNED_EN: online things banned are taken down; CONVICTIONS_SECURED_EN:
    convictions secured or obtained are convictions."""
    assert (type_ in rule_types(sentence)) is expected


@pytest.mark.parametrize(
    ("switch", "sentence", "type_"),
    [
        ("BANNED_EN", "Officials said 40 betting websites were banned last week.", T.TAKEDOWN),
        (
            "CONVICTIONS_SECURED_EN",
            "Prosecutors secured the convictions of 14 smugglers this year.",
            T.CONVICTION,
        ),
    ],
)
def test_sites_banned_and_convictions_secured_with_the_switch_off(
    monkeypatch, switch, sentence, type_
):
    from enforcement_events import rules

    monkeypatch.setattr(rules, switch, False)
    assert type_ not in rules.rule_types(sentence)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Condannati anche a una multa di duemila euro.", "it"),
        ("Ils ont aussi été condamnés à une amende de deux mille euros.", "fr"),
    ],
    ids=["it", "fr"],
)
def test_a_fine_after_its_article_counts_no_one(monkeypatch, sentence, lang):
    """FINE_NOT_A_COUNT: "una multa" (read "1 multa") is a penalty, not one person."""
    from enforcement_events import events

    assert event_count(T.CONVICTION, None, sentence, [], lang) is None
    monkeypatch.setattr(events, "FINE_NOT_A_COUNT", False)
    events._not_a_count.cache_clear()
    try:
        assert event_count(T.CONVICTION, None, sentence, [], lang) == 1
    finally:
        monkeypatch.undo()
        events._not_a_count.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        ("Nach der Festnahme brachten die Beamten den Fahrer zur Wache.", "de", T.ARREST),
        ("Al momento dell'arresto il giovane aveva con sé due telefoni.", "it", T.ARREST),
        ("Con las detenciones suben a nueve los implicados en la trama.", "es", T.ARREST),
        ("Lors de l'interpellation, le conducteur a tenté de s'enfuir.", "fr", T.ARREST),
        ("Na de aanhouding bleek de bestuurder geen rijbewijs te hebben.", "nl", T.ARREST),
        ("Dopo la condanna l'uomo ha presentato ricorso in appello.", "it", T.CONVICTION),
    ],
    ids=["de", "it", "es", "fr", "nl", "it-conviction"],
)
def test_an_action_after_a_preposition_of_time_and_the_article_points_back(
    monkeypatch, sentence, lang, type_
):
    """AFTER_THE_BACK_INTL: "Nach der Festnahme ..." tells more of an arrest told before."""
    from enforcement_events import rules

    assert rules.is_back_reference(type_, sentence, lang)
    monkeypatch.setattr(rules, "AFTER_THE_BACK_INTL", False)
    assert not rules.is_back_reference(type_, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        # "of" and a number: the noun tells how many were arrested
        ("Tras la detención de cuatro hombres, la policía cerró el local.", "es", T.ARREST),
        ("Nach der Festnahme von zwei Männern schloss die Polizei die Bar.", "de", T.ARREST),
        # an adjective between ("the first arrest") names another one
        ("Subito dopo il primo arresto, avvenuto a gennaio, era tornato libero.", "it", T.ARREST),
        # a check or a detention is often told first, or by what follows it
        ("Bij de controle vond de politie vier mannen in de laadruimte.", "nl", T.INTERCEPTION),
        (
            "Tras la detención, todos fueron trasladados a un centro de extranjeros.",
            "es",
            T.DETENTION,
        ),
    ],
    ids=["of-number-es", "of-number-de", "adjective", "interception", "detention"],
)
def test_an_action_after_a_preposition_of_time_that_does_not_point_back(sentence, lang, type_):
    from enforcement_events import rules

    assert not rules.is_back_reference(type_, sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Douze migrants venus de Libye ont été interpellés sur le port.", "fr"),
        ("Zwölf Migranten aus Syrien wurden am Bahnhof festgenommen.", "de"),
        ("Doce migrantes argelinos fueron detenidos en la playa.", "es"),
        ("Dodici migranti sono stati fermati alla stazione.", "it"),
        ("Twaalf migranten zijn in de vrachtwagen aangehouden.", "nl"),
    ],
    ids=["fr", "de", "es", "it", "nl"],
)
def test_migrants_the_subject_of_a_passive_arrest_are_a_detention(monkeypatch, sentence, lang):
    """MIGRANTS_HELD_INTL: migrants held, and no suspect named, are a detention."""
    from enforcement_events import rules

    assert rules.suspect_or_migrant(T.ARREST, sentence, lang) is T.DETENTION
    monkeypatch.setattr(rules, "MIGRANTS_HELD_INTL", False)
    assert rules.suspect_or_migrant(T.ARREST, sentence, lang) is T.ARREST


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # the skipper is arrested, actively; the migrants only travelled
        ("En la lancha viajaban doce migrantes y la policía ha detenido al patrón.", "es"),
        # a smuggler named: a suspect
        ("Il passeur qui transportait douze migrants a été interpellé.", "fr"),
        # migrants named after the action only
        ("Der Fahrer wurde festgenommen, im Wagen saßen zwölf Migranten.", "de"),
    ],
    ids=["active-es", "suspect-fr", "after-de"],
)
def test_an_arrest_beside_migrants_stays_an_arrest(sentence, lang):
    from enforcement_events import rules

    assert rules.suspect_or_migrant(T.ARREST, sentence, lang) is T.ARREST


@pytest.mark.parametrize(
    ("sentence", "said", "lang"),
    [
        ("The skipper was convicted and fined XCD 40,000 by the magistrate.", 40000, "en"),
        ("Le capitaine a été condamné à une amende de XOF 500 000.", 500000, "fr"),
    ],
    ids=["en", "fr"],
)
def test_a_number_after_a_currency_code_is_a_sum_not_a_count(monkeypatch, sentence, said, lang):
    """CODE_SUM_NOT_COUNTED: "fined XCD 40,000" convicts one skipper, not 40,000 people."""
    from enforcement_events import rules

    assert event_count(T.CONVICTION, said, sentence, [], lang) in (None, 1)
    monkeypatch.setattr(rules, "CODE_SUM_NOT_COUNTED", False)
    assert event_count(T.CONVICTION, said, sentence, [], lang) == said


def test_three_capitals_that_are_no_currency_still_count():
    sentence = "The NCA arrested 14 people in Leeds."
    assert event_count(T.ARREST, 14, sentence, [], "en") == 14
    assert event_count(T.ARREST, None, sentence, [], "en") == 14


@pytest.mark.parametrize(
    ("sentence", "count", "without"),
    [
        ("Detectives arrested K.L. (DoB 1988) and his cousin R.T. (DoB 1990), after a raid.", 2, 1),
        ("Officers of the district unit arrested P.V. in Kutaisi on Monday.", 1, None),
    ],
    ids=["two", "one"],
)
def test_people_named_by_initials_after_the_action_are_counted(
    monkeypatch, sentence, count, without
):
    """INITIALS_EN: "arrested K.L. and R.T." is two people."""
    from enforcement_events import extraction

    assert event_count(T.ARREST, None, sentence, [], "en") == count
    monkeypatch.setattr(extraction, "INITIALS_EN", False)
    assert event_count(T.ARREST, None, sentence, [], "en") == without


def test_country_initials_are_no_people():
    sentence = "Officers arrested U.S. nationals and U.K. nationals at the port."
    assert event_count(T.ARREST, None, sentence, [], "en") != 2


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("A canoe with 21 Haitians (12 men and 9 women) was stopped off the coast.", 21),
        ("Rangers intercepted a lorry carrying 40 Somali undocumented immigrants.", 40),
        ("The dinghy with 30 Guineans and a Malian on board was stopped at dawn.", 31),
    ],
    ids=["demonym", "two-words-between", "and-one-more"],
)
def test_an_interceptions_people_named_by_nationality(monkeypatch, sentence, count):
    """PEOPLE_DEMONYMS_EN: "a canoe with 21 Haitians" intercepts 21 people."""
    from enforcement_events import events

    assert event_count(T.INTERCEPTION, None, sentence, [], "en") == count
    monkeypatch.setattr(events, "PEOPLE_DEMONYMS_EN", False)
    assert event_count(T.INTERCEPTION, None, sentence, [], "en") != count


def test_a_nationality_before_a_thing_names_no_people():
    from enforcement_events.events import people_count

    assert people_count("The navy intercepted 3 Haitian sloops off the coast.") is None
    assert people_count("The navy intercepted 3 Haitians off the coast.") == 3


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The offence envisages from 3 to 7 years of imprisonment.", T.SENTENCE),
        ("Article 12 of the code provides for a fine of up to 5,000 lari.", T.FINANCIAL_PENALTY),
        ("The article envisions imprisonment for a term of 6 years.", T.SENTENCE),
    ],
    ids=["envisages", "provides-for", "envisions"],
)
def test_a_term_a_law_provides_for_is_no_sentence(monkeypatch, sentence, type_):
    """LAW_PROVIDES_EN: what an article of the law "envisages" is not a sentence passed."""
    from enforcement_events import rules

    assert rules.is_maximum(type_, sentence, "en")
    monkeypatch.setattr(rules, "LAW_PROVIDES_EN", False)
    assert rules.is_maximum(type_, sentence, "en") == ("up to" in sentence)


def test_a_sentence_passed_beside_what_the_law_provides_stands():
    from enforcement_events import rules

    sentence = "The court sentenced him to 5 years, as the code provides for such crimes."
    assert not rules.is_maximum(T.SENTENCE, sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Border officers intercepted 4 kilograms of heroin at the checkpoint.", T.SEIZURE),
        ("Customs intercepted cash worth $90,000 at the airport.", T.SEIZURE),
        # a vessel or people stopped stay an interception
        ("The navy intercepted a boat carrying 2 tonnes of cocaine.", T.INTERCEPTION),
        ("Officers intercepted two men carrying 4 kilograms of heroin.", T.INTERCEPTION),
    ],
    ids=["weight", "sum", "vessel", "people"],
)
def test_goods_intercepted_are_a_seizure(monkeypatch, sentence, expected):
    """GOODS_INTERCEPTED_EN: "intercepted 4 kilograms of heroin" seizes goods."""
    from enforcement_events import rules

    assert rules.seized_if_goods(T.INTERCEPTION, sentence, "en") is expected
    monkeypatch.setattr(rules, "GOODS_INTERCEPTED_EN", False)
    assert rules.seized_if_goods(T.INTERCEPTION, sentence, "en") is T.INTERCEPTION


@pytest.mark.parametrize(
    ("sentence", "no_charge"),
    [
        ("The two men were arrested on charges of smuggling fuel.", True),
        ("She was detained on fraud charges at the border.", True),
        ("He was arrested on drug charges and later charged with possession.", False),
        ("He was charged with theft.", False),
    ],
    ids=["arrested-on", "detained-on", "and-charged", "charged"],
)
def test_charges_an_arrest_was_made_on_are_no_charge(monkeypatch, sentence, no_charge):
    """ARRESTED_ON_CHARGES_EN: "arrested on charges of smuggling" gives the arrest's
    ground; only "charged with" brings a charge."""
    from enforcement_events import rules

    assert rules.plea_not_charge(T.CHARGE, sentence, "en") is no_charge
    monkeypatch.setattr(rules, "ARRESTED_ON_CHARGES_EN", False)
    assert rules.plea_not_charge(T.CHARGE, sentence, "en") is False


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Un homme et une femme ont été interpellés à la gare.", "fr"),
        ("Ein Mann und eine Frau wurden am Bahnhof festgenommen.", "de"),
        ("Un hombre y una mujer fueron detenidos en la estación.", "es"),
        ("Un uomo e una donna sono stati arrestati alla stazione.", "it"),
        ("Een man en een vrouw zijn op het station aangehouden.", "nl"),
    ],
    ids=["fr", "de", "es", "it", "nl"],
)
def test_a_man_and_a_woman_are_two(monkeypatch, sentence, lang):
    """PAIR_INTL: "un homme et une femme" are two people."""
    from enforcement_events import extraction

    assert event_count(T.ARREST, None, sentence, [], lang) == 2
    monkeypatch.setattr(extraction, "PAIR_INTL", False)
    assert event_count(T.ARREST, None, sentence, [], lang) != 2


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The agency seized 40 domains used to sell counterfeit medicines.", "en", T.TAKEDOWN),
        (
            "Dodici siti web pirata sono stati sequestrati dalla Guardia di Finanza.",
            "it",
            T.TAKEDOWN,
        ),
        ("Douze sites internet ont été saisis par les gendarmes.", "fr", T.TAKEDOWN),
        # goods, or things online that belong to another action, stay a seizure
        ("Officers seized 4 kilograms of cocaine and 12 websites were blocked.", "en", T.SEIZURE),
        ("Police froze 300 accounts, and plan to block 50 websites next month.", "en", T.SEIZURE),
        ("The gang's websites advertised parts; officers seized 12 phones.", "en", T.SEIZURE),
    ],
    ids=["en", "it", "fr", "goods", "other-action", "online-before-no-passive"],
)
def test_websites_seized_are_taken_down(monkeypatch, sentence, lang, expected):
    """ONLINE_SEIZED: websites, domains, accounts or channels seized are a takedown."""
    from enforcement_events import rules

    assert rules.taken_down_if_online(T.SEIZURE, sentence, lang) is expected
    monkeypatch.setattr(rules, "ONLINE_SEIZED", False)
    assert rules.taken_down_if_online(T.SEIZURE, sentence, lang) is T.SEIZURE


def test_an_action_told_twice_in_nearly_the_same_words_is_one(monkeypatch):
    """SAME_WORDS_TWICE: a lead repeated in the body is one action, whatever else differs."""
    from enforcement_events import events

    lead = "Le suspect a été placé en garde à vue à la brigade de Quimper, l'enquête se poursuit."
    body = "Le suspect a été placé en garde à vue à la brigade de Quimper et l'enquête se poursuit."
    doc = f"{lead}\n\nLes gendarmes ont saisi du cannabis lundi.\n\n{body}"
    start = doc.index(body)
    a = one_sentence_event(EventType.ARREST, lead, doc=doc, lang="fr", unpublished=True)
    b = one_sentence_event(
        EventType.ARREST, body, doc=doc, start=start, lang="fr", published=None, unpublished=True
    )
    b.date = "2031-03-10"  # a day of its own: the dates alone would keep them apart
    assert len(merge_events([a, b], lead=0, text=doc, lang="fr")) == 1
    monkeypatch.setattr(events, "SAME_WORDS_TWICE", False)
    assert len(merge_events([a, b], lead=0, text=doc, lang="fr")) == 2


def test_two_tellings_in_different_words_are_not_the_same_words():
    from enforcement_events.events import _told_in_same_words

    first = "Un homme a été placé en garde à vue à Brest pour trafic de cannabis."
    second = "Une femme a été placée en garde à vue à Lorient pour recel de vols."
    a = one_sentence_event(EventType.ARREST, first, lang="fr")
    b = one_sentence_event(EventType.ARREST, second, lang="fr")
    assert not _told_in_same_words(a, b)


@pytest.mark.parametrize(
    ("switch", "sentence", "type_", "expected"),
    [
        ("HANDED_SENTENCE_EN", "The court handed suspended sentences to three smugglers.", T.SENTENCE, True),
        ("HANDED_SENTENCE_EN", "The judge handed the driver a six-month sentence.", T.SENTENCE, True),
        ("HANDED_SENTENCE_EN", "The magistrate handed down jail terms of two years to both men.", T.SENTENCE, True),
        ("HANDED_SENTENCE_EN", "He was handed over to the police to serve his sentence.", T.SENTENCE, False),
        ("GUILTY_PLEA_EN", "Before the magistrate, the four women entered a guilty plea.", T.CONVICTION, True),
        ("GUILTY_PLEA_EN", "The captain entered a plea of guilty to both counts.", T.CONVICTION, True),
        ("GUILTY_PLEA_EN", "The captain entered a plea of not guilty to both counts.", T.CONVICTION, False),
        ("SENTENCED_AND_FINE_EN", "She was sentenced to two years in prison and a fine of 900 dollars.", T.FINANCIAL_PENALTY, True),
        ("SENTENCED_AND_FINE_EN", "He was sentenced to a year, suspended for three years, and a $400 fine.", T.FINANCIAL_PENALTY, True),
        ("SENTENCED_AND_FINE_EN", "He was sentenced to two years and ordered to attend a course.", T.FINANCIAL_PENALTY, False),
        ("DENIED_CHARGES_EN", "The bus driver denied human smuggling charges.", T.CHARGE, True),
        ("DENIED_CHARGES_EN", "Both women pleaded not guilty to two counts of fraud.", T.CHARGE, True),
        ("DENIED_CHARGES_EN", "The suspect denied the charge, saying the bag was not his.", T.CHARGE, False),
        ("FINE_OPTION_EN", "The six were given the option of paying a Sh30,000 fine each.", T.FINANCIAL_PENALTY, True),
        ("FINE_OPTION_EN", "She was jailed for a year without an option of paying a fine.", T.FINANCIAL_PENALTY, False),
        ("CHARGE_SHEET_EN", "Investigators filed a chargesheet against nine accused on Monday.", T.CHARGE, True),
        ("CHARGE_SHEET_EN", "All five were charge-sheeted in March.", T.CHARGE, True),
        ("CHARGE_SHEET_EN", "The police will prepare the papers next week.", T.CHARGE, False),
        ("PREMISES_RAIDED_EN", "Detectives raided a flat in the old town and arrested two men.", T.SEARCH, True),
        ("PREMISES_RAIDED_EN", "The unit also searched her house on Friday.", T.SEARCH, True),
        ("PREMISES_RAIDED_EN", "Customs officers conducted a search in his home.", T.SEARCH, True),
        ("PREMISES_RAIDED_EN", "When the officers searched the flat, they found a pistol.", T.SEARCH, False),
        ("PREMISES_RAIDED_EN", "Officers searched the car and found cocaine.", T.SEARCH, False),
        ("TO_IMMIGRATION_EN", "Once ashore, the 40 passengers were handed over to the Immigration Department.", T.DETENTION, True),
        ("TO_IMMIGRATION_EN", "The eleven men were turned over to immigration officials on Sunday.", T.DETENTION, True),
        ("TO_IMMIGRATION_EN", "The suspect was handed over to the police.", T.DETENTION, False),
    ],
    ids=[
        "handed-to", "handed-object", "handed-down-terms", "handed-over",
        "entered-plea", "plea-of-guilty", "not-guilty",
        "term-and-fine", "term-suspended-and-fine", "no-fine",
        "denied-charges", "not-guilty-counts", "denied-the-charge", "fine-option", "without-option",
        "filed-chargesheet", "charge-sheeted", "no-sheet",
        "raided-flat", "searched-house", "conducted-a-search", "time-clause", "vehicle",
        "immigration-department", "immigration-officials", "police",
    ],
)  # fmt: skip
def test_court_outcomes_read_by_the_english_rule_net(
    monkeypatch, switch, sentence, type_, expected
):
    """HANDED_SENTENCE_EN, GUILTY_PLEA_EN, SENTENCED_AND_FINE_EN, DENIED_CHARGES_EN
    (charges denied in the plural or pleaded not guilty to; not a suspect's "denied the
    charge" on arrest), FINE_OPTION_EN (not "without an option of paying a fine"),
    CHARGE_SHEET_EN, PREMISES_RAIDED_EN (premises only, not in a clause of time: the
    circumstance of a find), TO_IMMIGRATION_EN (not a suspect handed to the police): read
    when on, and what each reads is no longer read with its switch off."""
    from enforcement_events import rules

    assert (type_ in rules.rule_types(sentence)) is expected
    if expected:
        monkeypatch.setattr(rules, switch, False)
        assert type_ not in rules.rule_types(sentence)


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("Each woman was fined $800 or in default be sentenced to ten days' imprisonment.", True),
        ("He was fined $300 and, in default of payment, to serve three months in jail.", True),
        ("She was sentenced to four months in jail and fined $300.", False),
    ],
    ids=["in-default-be-sentenced", "in-default-to-serve", "term-imposed"],
)
def test_the_rule_nets_term_only_in_default_of_a_fine_is_no_sentence(
    monkeypatch, sentence, dropped
):
    """DEFAULT_TERM_RULES_EN: the rule net's sentence is dropped when every word for it is a
    term given only in default of paying the fine; with the switch off it stays."""
    from enforcement_events import extraction, rules
    from enforcement_events.text import sentences

    seg = sentences(sentence)[0]
    ruled = rules.rule_types(seg.text)
    reported = extraction._ruled_reported(seg, ruled, "en")
    assert (T.SENTENCE not in reported) is dropped
    if dropped and T.SENTENCE in ruled:
        monkeypatch.setattr(rules, "DEFAULT_TERM_RULES_EN", False)
        assert T.SENTENCE in extraction._ruled_reported(seg, ruled, "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Border police stopped and detained a minibus carrying 19 migrants.", T.INTERCEPTION),
        ("The fishing trawler was detained 20 miles off the coast.", T.INTERCEPTION),
        ("The owner of the lorry was detained at the depot.", T.DETENTION),
        ("Officers detained the van and detained its two passengers.", T.DETENTION),
        ("The 30 migrants were detained at the port.", T.DETENTION),
    ],
    ids=[
        "detained-a-minibus",
        "trawler-was-detained",
        "owner-of-the-lorry",
        "people-too",
        "people",
    ],
)
def test_a_vehicle_detained_is_an_interception(monkeypatch, sentence, expected):
    """VEHICLE_DETAINED_EN: a vehicle or vessel "detained", and no one else detained in the
    sentence, is an interception; with the switch off it stays a detention."""
    from enforcement_events import rules

    assert rules.seized_if_goods(T.DETENTION, sentence, "en") is expected
    monkeypatch.setattr(rules, "VEHICLE_DETAINED_EN", False)
    assert rules.seized_if_goods(T.DETENTION, sentence, "en") is T.DETENTION


@pytest.mark.parametrize(
    ("sentence", "said", "expected"),
    [
        ("The 22 fishermen, including three minors, were charged in court.", 3, 22),
        ("Officers arrested 40 people, among them 6 women.", 6, 40),
    ],
    ids=["including", "among-them"],
)
def test_a_count_after_including_is_a_part_of_the_whole(monkeypatch, sentence, said, expected):
    """INCLUDING_PART_EN: the number the model gave, told after "including" or "among them"
    right after a larger number, is a part: the larger number counts."""
    from enforcement_events import extraction

    type_ = T.ARREST if "arrested" in sentence else T.CHARGE
    got = extraction.event_count(type_, said, sentence, [], "en")
    assert got == expected
    if expected != said:
        monkeypatch.setattr(extraction, "INCLUDING_PART_EN", False)
        assert extraction.event_count(type_, said, sentence, [], "en") != expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police arrested Sita Ram Gurung (Dhading) and Tek Bahadur Rai (Ilam) at the gate.", 2),
        ("Officers arrested Ana Petrova (34), Ivo Marin (29) and Lea Kos (41) near the port.", 3),
    ],
    ids=["places", "ages"],
)
def test_names_listed_with_a_bracket_after_each_are_counted(monkeypatch, sentence, expected):
    """NAMES_LISTED_BRACKETS: full names listed at the action's word, each with a bracket
    (a place, an age), are counted; with the switch off the bracket breaks the list."""
    from enforcement_events import extraction

    assert extraction.event_count(T.ARREST, 1, sentence, [], "en") == expected
    monkeypatch.setattr(extraction, "NAMES_LISTED_BRACKETS", False)
    assert extraction.event_count(T.ARREST, 1, sentence, [], "en") != expected


@pytest.mark.parametrize(
    ("type_", "sentence", "expected"),
    [
        (
            T.ARREST,
            "Los agentes detuvieron la marcha de una furgoneta en la autovía.",
            T.INTERCEPTION,
        ),
        (
            T.DETENTION,
            "Agentes estatales detuvieron a una camioneta para revisarla.",
            T.INTERCEPTION,
        ),
        # someone held beside the halt: the arrest stands
        (
            T.ARREST,
            "Los agentes detuvieron la marcha de un camión y detuvieron al conductor.",
            T.ARREST,
        ),
        (T.ARREST, "Los agentes detuvieron a dos hombres en el puerto.", T.ARREST),
    ],
    ids=["arrest-halt", "detention-vehicle", "driver-held", "people"],
)
def test_a_models_arrest_of_a_halted_vehicle_is_an_interception(
    monkeypatch, type_, sentence, expected
):
    """VEHICLE_HALTED_RETYPED: the model's arrest or detention where the Spanish sentence
    only halts a vehicle is an interception; with the switch off it keeps its type."""
    from enforcement_events import rules

    assert rules.seized_if_goods(type_, sentence, "es") is expected
    monkeypatch.setattr(rules, "VEHICLE_HALTED_RETYPED", False)
    assert rules.seized_if_goods(type_, sentence, "es") is type_


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Il furgone è stato fermato a un posto di blocco sulla statale 16.", {T.INTERCEPTION}),
        ("I finanzieri hanno intimato l'alt a un motociclista sul lungomare.", {T.INTERCEPTION}),
        (
            "La donna, fermata durante un controllo stradale, è stata arrestata per evasione.",
            {T.INTERCEPTION, T.ARREST},
        ),
        ("Il latitante è stato fermato dai carabinieri a Bari.", {T.ARREST}),
    ],
    ids=["checkpoint", "alt", "stopped-then-arrested", "fermo"],
)
def test_someone_stopped_at_a_check_is_intercepted_in_italian(monkeypatch, sentence, types):
    """The Italian lexicon's VEHICLE_HALTED: someone stopped at a checkpoint, at a check or
    after a chase is an interception; an arrest only when the sentence tells one too."""
    from enforcement_events import lexicon

    assert set(rule_types(sentence, "it")) & {T.INTERCEPTION, T.ARREST} == types
    monkeypatch.setattr(lexicon.load("it"), "VEHICLE_HALTED", None)
    if types != {T.ARREST}:
        assert set(rule_types(sentence, "it")) & {T.INTERCEPTION, T.ARREST} != types


@pytest.mark.parametrize(
    ("switch", "sentence", "type_", "read"),
    [
        ("GIVEN_TERM_EN", "The courier was given 18 months' jail on Tuesday.", T.SENTENCE, True),
        ("GIVEN_TERM_EN", "The courier was given a stern warning.", T.SENTENCE, False),
        (
            "GIVEN_FINE_EN",
            "The shipping firm was given a fine of $40,000 for the false declaration.",
            T.FINANCIAL_PENALTY,
            True,
        ),
        ("GIVEN_FINE_EN", "Trader given six weeks' jail, $12,000 fine", T.FINANCIAL_PENALTY, True),
        (
            "ACCESS_BLOCKED_EN",
            "The regulator restricted access to more than 4,000 websites selling fake medicines.",
            T.TAKEDOWN,
            True,
        ),
        (
            "ACCESS_BLOCKED_EN",
            "The regulator restricted access to the port for two days.",
            T.TAKEDOWN,
            False,
        ),
    ],
    ids=[
        "given-months-jail",
        "given-warning",
        "given-a-fine-of",
        "headline-given-fine",
        "access-restricted-websites",
        "access-restricted-port",
    ],
)
def test_terms_fines_and_blocked_sites_told_in_other_words(
    monkeypatch, switch, sentence, type_, read
):
    """GIVEN_TERM_EN, GIVEN_FINE_EN, ACCESS_BLOCKED_EN: each reads its
    wording; with its switch off the rule net no longer does."""
    from enforcement_events import rules

    assert (type_ in rule_types(sentence)) is read
    if read:
        monkeypatch.setattr(rules, switch, False)
        assert type_ not in rule_types(sentence)


@pytest.mark.parametrize(
    ("type_", "sentence", "count"),
    [
        (T.ARREST, "Inspector Jane Roe arrested the four deckhands at the jetty.", 4),
        (T.CONVICTION, "A jury convicted the two cousins of fraud.", 2),
        (T.SENTENCE, "The district court has sentenced a boat owner and a cook to 8 months.", 2),
        # the passive: the subject counts
        (T.ARREST, "Two deckhands were arrested by an inspector.", 2),
    ],
    ids=["agent-then-three", "jury-then-two", "listed-object", "passive"],
)
def test_an_action_in_the_active_counts_its_object(monkeypatch, type_, sentence, count):
    """ACTIVE_OBJECT_EN: "Inspector Jane Roe arrested the four deckhands" counts four, not
    the one inspector; with the switch off the agent before the verb counted."""
    from enforcement_events import rules

    assert subject_count(sentence, word_position(type_, sentence)) == count
    if count > 2 or type_ is T.CONVICTION:
        monkeypatch.setattr(rules, "ACTIVE_OBJECT_EN", False)
        assert subject_count(sentence, word_position(type_, sentence)) != count


@pytest.mark.parametrize(
    "sentence",
    [
        "Die beiden Verdächtigen wurden am Abend auf freien Fuss gesetzt.",
        "Der Haftbefehl gegen den Fahrer wurde ausser Vollzug gesetzt.",
    ],
    ids=["freien-fuss", "ausser-vollzug"],
)
def test_swiss_spelling_is_read_by_the_german_rule_net(monkeypatch, sentence):
    """SWISS_SS: Swiss German writes "ss" for "ß"; the rule net reads both."""
    from enforcement_events import rules

    assert T.RELEASE in rule_types(sentence, "de")
    monkeypatch.setattr(rules, "SWISS_SS", False)
    rules._rules.cache_clear()
    try:
        assert T.RELEASE not in rule_types(sentence, "de")
    finally:
        monkeypatch.undo()
        rules._rules.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Noch in der Nacht konnten die drei Männer auf freien Fuß gesetzt werden.", True),
        ("Der Beschuldigte konnte am Montag aus der Untersuchungshaft entlassen werden.", True),
        ("Der Mann konnte nicht freigelassen werden.", False),
    ],
    ids=["konnten-fuss", "konnte-entlassen", "nicht"],
)
def test_a_release_that_could_be_done_was_done_in_german(sentence, read):
    """The German release rule: "konnten ... auf freien Fuß gesetzt werden" (could be, so
    were), as the arrest's "konnte ... festgenommen werden"; not when denied."""
    assert (T.RELEASE in rule_types(sentence, "de")) is read


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Il difensore ha chiesto la scarcerazione del giovane.", True),
        ("Il giovane è stato scarcerato, come chiesto dal difensore.", False),
    ],
    ids=["asked-for", "granted"],
)
def test_a_release_asked_for_is_none(monkeypatch, sentence, asked):
    """DEMANDED_RELEASE: a release the defence or the prosecution asked for is none, unless
    the rule net reads one granted; with the switch off a release was never a demand."""
    from enforcement_events import rules

    assert rules.is_demand(T.RELEASE, sentence, "it") is asked
    monkeypatch.setattr(rules, "DEMANDED_RELEASE", False)
    assert rules.is_demand(T.RELEASE, sentence, "it") is False


def test_a_country_named_beats_a_namesake_town_before_a_body(monkeypatch):
    """TOWN_YIELDS_EN: "Kenya's police ... at Bole International Airport" is in Kenya, not
    in the Chinese town of Bole; with the switch off the town's country won."""
    from enforcement_events import events

    from .conftest import one_sentence_event

    sentence = "Kenya's anti-narcotics police arrested two couriers at Bole International Airport."
    assert one_sentence_event(T.ARREST, sentence).country == ["KE"]
    monkeypatch.setattr(events, "TOWN_YIELDS_EN", False)
    assert one_sentence_event(T.ARREST, sentence).country != ["KE"]


@pytest.mark.parametrize(
    ("sentence", "lang", "type_"),
    [
        ("Police decided to release CCTV footage of the robbery.", "en", T.RELEASE),
        ("The council ordered the closure of the two construction sites.", "en", T.TAKEDOWN),
        ("Protesters blocked access to 3 mining sites for a week.", "en", T.TAKEDOWN),
        ("Der Polizist konnte am Abend aus dem Krankenhaus entlassen werden.", "de", T.RELEASE),
        ("Las cifras marcaron el alto nivel de violencia en la región.", "es", T.INTERCEPTION),
    ],
    ids=["cctv-released", "building-sites", "mining-sites", "hospital", "alto-nivel"],
)
def test_the_new_wordings_do_not_read_things_or_places(sentence, lang, type_):
    """What the session-40 rules must not read: footage released, building sites closed,
    a hospital's patient discharged, "el alto nivel"."""
    assert type_ not in rule_types(sentence, lang)


def test_a_list_whose_parts_happen_to_sum_is_still_summed():
    """TOTAL_THEN_PARTS reads a total only when its noun tells people in general: "2
    hombres, 1 mujer y 1 menor" is four people."""
    from enforcement_events.events import own_number

    assert (
        own_number(T.ARREST, "La Guardia Civil detuvo a 2 hombres, 1 mujer y 1 menor.", "es") == 4
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Drei Männer wurden nach dem Fremdenpolizeigesetz festgenommen.", "de", T.DETENTION),
        (
            "La policía detuvo a 40 ciudadanos venezolanos en condición migratoria irregular.",
            "es",
            T.DETENTION,
        ),
        # named as suspects: an arrest
        (
            "Der Schlepper wurde festgenommen, die Fahrgäste nach dem Fremdenpolizeigesetz.",
            "de",
            T.ARREST,
        ),
    ],
    ids=["de-aliens-act", "es-status", "de-smuggler"],
)
def test_people_held_for_their_residence_status_are_a_detention(
    monkeypatch, sentence, lang, expected
):
    """STATUS_HELD_INTL: people held under the law on aliens or for their status are a
    detention, not an arrest, unless the sentence names suspects; switch off: arrest."""
    from enforcement_events import rules

    assert rules.suspect_or_migrant(T.ARREST, sentence, lang) is expected
    monkeypatch.setattr(rules, "STATUS_HELD_INTL", False)
    assert rules.suspect_or_migrant(T.ARREST, sentence, lang) is T.ARREST


def test_an_italian_term_told_as_alla_pena_di_is_a_sentence():
    """The Italian sentence rule: "condannato alla pena di due anni e sei mesi" reads as "a
    due anni" does."""
    sentence = "Il giovane è stato condannato alla pena di due anni e sei mesi di reclusione."
    assert T.SENTENCE in rule_types(sentence, "it")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The magistrate later decided to release the four fishermen without charge.", 4),
        ("Prosecutors agreed to release the three students after questioning them.", 3),
    ],
    ids=["the-four", "the-three"],
)
def test_release_with_its_object_counts_the_people_released(monkeypatch, sentence, count):
    """RELEASE_OBJECT_EN: "decided to release the four fishermen" counts the four; with
    the switch off "release" was no word for the action and no count was read."""
    from enforcement_events import rules
    from enforcement_events.extraction import event_count

    assert event_count(T.RELEASE, None, sentence, []) == count
    monkeypatch.setattr(rules, "RELEASE_OBJECT_EN", False)
    assert event_count(T.RELEASE, None, sentence, []) != count


_SAME_FINE_TWICE = (
    "A market trader was fined £4,500 for selling fake perfume. "
    "Trading standards officers had visited the stall in March. "
    "They bought six bottles as evidence. "
    "At the hearing the magistrate also ordered the trader to pay a fine of £4,500."
)


def _same_fine_twice(text: str, lang: str = "en") -> list[Event]:
    """The first and the last sentence of ``text``, each a fine of 4,500."""
    last = text.rindex(". ") + 2
    first_end = text.index(". ") + 1
    fines = [_fine(text, 0, first_end, 4500), _fine(text, last, len(text), 4500)]
    return merge_events(fines, lead=0, text=text, lang=lang)


def test_a_fine_of_the_same_sum_told_twice_is_one(monkeypatch):
    """SAME_SUM_FINES: the same sum in the same currency, three sentences apart, is one
    fine told twice; with the switch off the two tellings stay apart."""
    from enforcement_events import events as ev

    assert len(_same_fine_twice(_SAME_FINE_TWICE)) == 1
    monkeypatch.setattr(ev, "SAME_SUM_FINES", False)
    assert len(_same_fine_twice(_SAME_FINE_TWICE)) == 2


def test_the_same_sum_for_the_others_is_another_fine(monkeypatch):
    """Dutch "de anderen" (the others; the lexicon's OTHERS) tells of other people: the
    same sum fined to them is another fine. Without the word, SAME_SUM_FINES joined them."""
    from enforcement_events import lexicon

    text = (
        "De hoofdverdachte kreeg een boete van 4.500 euro. "
        "Hij moet ook twee jaar de cel in. "
        "Het onderzoek duurde drie jaar. "
        "De anderen kregen elk een boete van 4.500 euro."
    )
    assert len(_same_fine_twice(text, "nl")) == 2
    monkeypatch.setattr(lexicon.load("nl"), "OTHERS", "andere|tweede|derde|vierde")
    assert len(_same_fine_twice(text, "nl")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The police declined to release the names of the victims.",
        "The council will release the footage next week.",
    ],
    ids=["names", "footage"],
)
def test_release_with_a_thing_after_it_is_no_release_word(sentence):
    """RELEASE_OBJECT_EN: "release the names", "release the footage" free no one; only a
    number or a word for people after "the" makes "release" a word for the action."""
    from enforcement_events.rules import word_position

    assert word_position(T.RELEASE, sentence) is None


def test_two_people_named_apart_fined_the_same_sum_are_two_fines():
    """SAME_SUM_FINES joins no fines told of people named apart."""
    text = (
        "Mark Hughes was fined £500 for speeding. "
        "The hearing took an hour. "
        "Officers gave evidence. "
        "Sarah Collins was fined £500 for the same offence."
    )
    first = text.index(". ") + 1
    last = text.rindex("Sarah")
    fines = [_fine(text, 0, first, 500), _fine(text, last, len(text), 500)]
    assert len(merge_events(fines, lead=0, text=text)) == 2


@pytest.mark.parametrize(
    ("switches", "sentence", "type_"),
    [
        (
            ("PREMISES_RAIDED_EN", "SEARCH_OF_PREMISES_EN"),
            "Customs officers conducted a search at his home.",
            T.SEARCH,
        ),
        (
            ("HANDED_OVER_EN", "RETURNED_FUGITIVE_EN"),
            "Kenya has handed over two fugitives to Uganda.",
            T.EXTRADITION,
        ),
    ],
    ids=["search-at-his-home", "two-fugitives"],
)
def test_sentences_two_rules_read(monkeypatch, switches, sentence, type_):
    """The sentences the PREMISES_RAIDED_EN and HANDED_OVER_EN tests used before L265 and
    L266 are read by either rule: unread only with both switched off."""
    from enforcement_events import rules

    assert type_ in rule_types(sentence)
    for switch in switches:
        monkeypatch.setattr(rules, switch, False)
    assert type_ not in rule_types(sentence)
