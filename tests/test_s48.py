"""Readings added in session 48 (from L372). A test named for a new reading reads a
sentence with the switch on, then checks the old reading comes back with it off; a test
named for what stays checks a reading the new one must leave alone. The sentences are
written for these tests, not copied or adapted from the labelled samples."""

import pytest

from enforcement_events import rules
from enforcement_events.schema import EventType as T

from .conftest import rule_net_switched_off


# L372: charging as Canada and Mauritius word it in French
@pytest.mark.parametrize(
    "sentence",
    [
        "Les deux hommes ont été accusés de trafic de cocaïne devant la cour du Québec.",
        "La police provinciale a formellement accusé quatre jeunes de vol qualifié.",
        "Des accusations de fraude ont été déposées contre la propriétaire du commerce.",
        "Le chauffeur fait face à des accusations de conduite dangereuse.",
        "Trois adolescents font maintenant face à deux chefs d'accusation de voies de fait.",
        "Ils ont été accusés par la GRC de trafic de drogue.",
        "Il a été accusé par voie sommaire de possession de cannabis.",
        "La GRC les a formellement accusés de trafic.",
        "Il fait face à 12 accusations de fraude.",
        "Il faisait déjà face à des accusations de fraude.",
        "Des accusations ont également été portées contre sa complice pour trafic.",
        "Des accusations de possession ont été déposées à son endroit.",
    ],
)
def test_french_charges_worded_as_accusations(fresh_rules, monkeypatch, sentence):
    assert T.CHARGE in rules.rule_types(sentence, "fr")
    rule_net_switched_off(monkeypatch, "ACCUSED_CHARGED_FR")
    assert T.CHARGE not in rules.rule_types(sentence, "fr")


@pytest.mark.parametrize(
    "sentence",
    [
        # what someone is said to have done, in France's usage
        "Le ministre est accusé de favoritisme par l'opposition.",
        "Il a été accusé par son voisin d'avoir volé une voiture.",
        "Le maire a été publiquement accusé de corruption.",
        "Il a été accusé à tort de vol par son employeur.",
        "Le maire a publiquement été accusé de corruption.",
        "L'ancien ministre a été accusé de harcèlement par plusieurs collaboratrices.",
        "Des accusations de violences ont été portées contre le policier par plusieurs témoins.",
        "Le président fait face à des accusations de népotisme de la part de l'opposition.",
        "L'opposition a formellement accusé le gouvernement de mensonge.",
        # no police, court or offence in the sentence
        "Il fait face à des critiques et des accusations de racisme.",
        # negated
        "Il n'a pas été accusé de vol.",
        "Aucune accusation n'a été portée contre lui par la police.",
        "Il ne fait pas face à des accusations de vol.",
    ],
)
def test_french_accusations_that_charge_no_one(sentence):
    assert T.CHARGE not in rules.rule_types(sentence, "fr")


# L373: an action told only as a gerund after a task or an aim
@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        (
            "Border officers play a vital role in intercepting weapons at the frontier.",
            T.INTERCEPTION,
        ),
        ("The agency reviewed every option for stopping the illegal crossings.", T.INTERCEPTION),
        ("Inspectors are tasked with seizing counterfeit medicines at the port.", T.SEIZURE),
        ("The ministry is committed to stopping illegal crossings.", T.INTERCEPTION),
        ("Officers, TASKED WITH STOPPING smuggled goods, patrol the coast.", T.INTERCEPTION),
    ],
)
def test_an_action_only_aimed_at_is_not_done(monkeypatch, sentence, type_):
    assert rules.is_hypothetical(sentence, "en", type_)
    monkeypatch.setattr(rules, "PURPOSE_GERUND_EN", False)
    assert not rules.is_hypothetical(sentence, "en", type_)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The patrol succeeded in intercepting two speedboats on Sunday.", T.INTERCEPTION),
        ("Officers foiled the plan by stopping the van near the bridge.", T.INTERCEPTION),
        ("After arresting the driver, officers searched the car.", T.ARREST),
        (
            "The team, which has a role in intercepting drugs, stopped a lorry carrying "
            "40 kg of heroin on Monday.",
            T.INTERCEPTION,
        ),
        # praise, a result, a verb of its own, or what was acted on counted or dated
        ("The coast guard played a key role in intercepting the boat on Tuesday.", T.INTERCEPTION),
        ("Police were praised for their efforts in seizing 4 kg of cocaine.", T.SEIZURE),
        ("The team's efforts resulted in intercepting two boats.", T.INTERCEPTION),
        ("Her role was crucial in arresting the suspect.", T.ARREST),
        ("He was honoured for his efforts at stopping the vessel.", T.INTERCEPTION),
        ("The officers responsible for arresting the gunman were honoured yesterday.", T.ARREST),
    ],
)
def test_a_gerund_that_tells_an_action_stays_done(sentence, type_):
    assert not rules.is_hypothetical(sentence, "en", type_)


def test_purpose_reads_only_for_a_named_action():
    sentence = "Officers have a role in stopping smugglers."
    assert rules._purpose_only(T.INTERCEPTION, sentence)
    assert not rules._purpose_only(None, sentence)


def test_a_task_word_inside_another_word_is_no_task():
    """The 60 characters before the gerund are searched in place, so a word cut at the
    window's start ("disclaimed" cut to "aimed") is not read as a task."""
    sentence = (
        "The chief disclaimed uncharacteristically overenthusiastic patrolwoman for "
        "stopping at the quay."
    )
    at = sentence.index("stopping")
    assert rules._PURPOSE_GERUND.search(sentence[at - 60 : at])  # the cut word would match
    assert not rules._purpose_only(T.INTERCEPTION, sentence)


# L374: an interception whose object is a weight of goods is a seizure
@pytest.mark.parametrize(
    "sentence",
    [
        "The customs team intercepted 62.5 kilograms of heroin hidden in a shipment of "
        "tiles; a van driver was later arrested.",
        "Some 15 kg of methamphetamine were intercepted by customs, and two men were arrested.",
        "Customs officers intercepted over 12 kilos of gold hidden by two passengers.",
    ],
)
def test_goods_intercepted_are_seized(monkeypatch, sentence):
    assert rules.seized_if_goods(T.INTERCEPTION, sentence) is T.SEIZURE
    monkeypatch.setattr(rules, "GOODS_OBJECT_EN", False)
    assert rules.seized_if_goods(T.INTERCEPTION, sentence) is T.INTERCEPTION


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers intercepted a van carrying 40 kg of heroin and arrested its driver.",
        "The coast guard intercepted three men with 20 kg of cannabis.",
        "A boat with 300 kg of cocaine was intercepted off the headland.",
        # people or a vehicle joined to the weight
        "Police intercepted 3 kg of gold and a car on the motorway.",
        "Police intercepted 40 kg of cocaine, two men and a van.",
        "Police intercepted 40 kg of cocaine and a speedboat, arresting two men.",
        # the weight is no passive's subject
        "A speedboat with 300 kg of cocaine was intercepted off the coast, and its two crew "
        "were arrested.",
        "Three smugglers with 20 kg of heroin were intercepted; they were arrested.",
    ],
)
def test_people_or_vehicles_intercepted_stay_interceptions(sentence):
    assert rules.seized_if_goods(T.INTERCEPTION, sentence) is T.INTERCEPTION


# L375: in the five languages, an action in a clause opening with a condition has not
# happened
@pytest.mark.parametrize(
    ("lang", "sentence", "type_"),
    [
        ("fr", "Au cas où ils sont reconnus coupables, ils perdent leur permis.", T.CONVICTION),
        ("fr", "S'il est reconnu coupable, il encourt dix ans.", T.CONVICTION),
        ("de", "Falls er verurteilt wird, droht ihm die Ausweisung.", T.CONVICTION),
        ("de", "Im Fall einer Festnahme droht ihm die Abschiebung.", T.ARREST),
        ("es", "De ser declarados culpables, los acusados enfrentarán doce años.", T.CONVICTION),
        ("es", "Si es declarado culpable, se enfrenta a diez años.", T.CONVICTION),
        ("it", "Qualora fossero condannati, i due rischiano otto anni.", T.CONVICTION),
        ("it", "Se condannato, rischia dieci anni.", T.CONVICTION),
        ("nl", "Indien hij veroordeeld wordt, volgt uitzetting.", T.CONVICTION),
        ("nl", "Mocht hij veroordeeld worden, dan volgt uitzetting.", T.CONVICTION),
    ],
)
def test_an_action_after_a_condition_is_not_done(monkeypatch, lang, sentence, type_):
    assert rules.is_hypothetical(sentence, lang, type_)
    monkeypatch.setattr(rules, "CONDITIONAL_INTL", False)
    assert not rules.is_hypothetical(sentence, lang, type_)


@pytest.mark.parametrize(
    ("lang", "sentence", "type_"),
    [
        # the word is no condition opening the action's clause
        ("fr", "Même s'il a été condamné à deux reprises, il continue.", T.CONVICTION),
        ("fr", "Comme si de rien n'était il a été condamné hier.", T.CONVICTION),
        ("fr", "Le suspect a été si vite interpellé que rien n'a fui.", T.ARREST),
        ("es", "Después de ser detenido el hombre confesó.", T.ARREST),
        ("es", "Si bien la policía lo detuvo en 2019, quedó libre.", T.ARREST),
        ("nl", "Hij mocht na zijn aanhouding zijn advocaat bellen.", T.ARREST),
        (
            "de",
            "Die Polizei meldete ebenfalls am Freitagabend in Köln-Deutz die Festnahme "
            "eines Mannes.",
            T.ARREST,
        ),
        # the action lies in another clause than the condition
        ("fr", "S'il a fui, il a été interpellé le lendemain à Lyon.", T.ARREST),
    ],
)
def test_an_action_outside_a_condition_stays_done(lang, sentence, type_):
    assert not rules.is_hypothetical(sentence, lang, type_)


# L376: Italian and Spanish fines beside a term in thousands, and fines laid down
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Il giudice lo ha condannato a quattro anni e 30mila euro di multa."),
        ("it", "Condannato a 2 anni e ventimila euro di multa."),
        ("es", "El tribunal condenó al piloto a cinco años de prisión y 25.000 euros de multa."),
        ("es", "Audiencia de Lugo condena a seis años y 2 millones de multa al empresario."),
        (
            "es",
            "La sentencia establece que los dos hermanos deberán pagar una multa de 5.000 euros.",
        ),
    ],
)
def test_fines_beside_a_term_or_laid_down(fresh_rules, monkeypatch, lang, sentence):
    assert T.FINANCIAL_PENALTY in rules.rule_types(sentence, lang)
    rule_net_switched_off(monkeypatch, "FINE_BESIDE_TERM_INTL")
    assert T.FINANCIAL_PENALTY not in rules.rule_types(sentence, lang)


def test_the_switch_leaves_older_fine_readings(fresh_rules, monkeypatch):
    """Off, the switch gives the rules as they were: the Italian "dovrà pagare" stays."""
    rule_net_switched_off(monkeypatch, "FINE_BESIDE_TERM_INTL")
    sentence = "I due dovranno pagare una multa di 40mila euro."
    assert T.FINANCIAL_PENALTY in rules.rule_types(sentence, "it")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # maximums, ranges, risks and requests
        ("es", "Condenado a 4 años, podría recibir hasta 300.000 euros de multa."),
        ("es", "Condenado a 8 años, podría pagar hasta 1,5 millones de euros de multa."),
        ("es", "Condenado a dos años de cárcel y entre 3.000 y 6.000 euros de multa."),
        ("es", "Condenado a 2 años, el acusado se enfrentaba a 60.000 euros de multa."),
        (
            "es",
            "La Fiscalía pide la condena a ocho años y 40.000 euros de multa para el exalcalde.",
        ),
        ("es", "La Fiscalía pide para el condenado ocho años y 40.000 euros de multa."),
        ("es", "El Supremo anuló la condena a dos años y 6.000 euros de multa."),
        (
            "es",
            "El Código Penal condena a los traficantes a penas de hasta ocho años y 40.000 "
            "euros de multa.",
        ),
        ("it", "Chi viene condannato rischia fino a 50mila euro di multa."),
        ("it", "Il pm ha chiesto per il condannato 3 anni e ventimila euro di multa."),
        ("it", "Non è stato condannato a 5 anni e 12mila euro di multa."),
        # a fine laid down outside a court, possible, or none
        ("es", "El conductor deberá pagar una multa de 200 euros si no lleva el cinturón."),
        ("es", "El juez decidirá si deberá pagar una multa."),
        ("es", "Condenado a cuatro años, tampoco deberá pagar multa alguna."),
    ],
)
def test_fines_only_possible_are_no_penalty(lang, sentence):
    assert T.FINANCIAL_PENALTY not in rules.rule_types(sentence, lang)
