"""The rule net for French, German, Spanish, Italian and Dutch (RULES in lexicon/<code>.py),
on sentences written for this test: each report of an action is caught with its type, and
no pattern matches a future, modal, intended or merely possible action, a maximum penalty
or an unrelated sentence."""

import importlib
import re

import pytest

from enforcement_events.schema import EventType

LANGUAGES = ["fr", "de", "es", "it", "nl"]
TYPES = {t.value for t in EventType}

# (sentence, type whose pattern must match it)
REPORTS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("Quatre hommes ont été interpellés mercredi à l'aube près de Lille.", "arrest"),
        ("Les policiers ont interpellé trois jeunes hommes près du port.", "arrest"),
        ("Deux passeurs interpellés à Dunkerque", "arrest"),
        ("Le suspect est placé en garde à vue au commissariat central.", "arrest"),
        ("L'opération a permis huit interpellations.", "arrest"),
        ("Le suspect a été arrêté par les policiers de la BAC.", "arrest"),
        ("L'ancien adjoint a été mis en examen pour corruption.", "charge"),
        ("Le passeur a été condamné à deux ans de prison ferme.", "conviction"),
        ("Le passeur a été condamné à deux ans de prison ferme.", "sentence"),
        ("Un chauffeur condamné à dix-huit mois de prison", "sentence"),
        ("Elle a été reconnue coupable d'escroquerie en bande organisée.", "conviction"),
        ("Il écope de trois ans de prison dont un avec sursis.", "sentence"),
        ("Deux ans de prison ferme pour un trafiquant de cocaïne", "sentence"),
        ("Le gérant a été condamné à 30 000 euros d'amende.", "financial_penalty"),
        ("Plus de 300 kilos de résine ont été saisis dans un entrepôt.", "seizure"),
        ("Les douaniers ont saisi 12 000 paquets de tabac.", "seizure"),
        ("Saisie record de cocaïne au port du Havre", "seizure"),
        ("Lors d'une perquisition, les policiers ont découvert une arme.", "search"),
        ("Un canot transportant 40 migrants a été intercepté au large.", "interception"),
        ("Onze migrants ont été découverts cachés dans une remorque.", "interception"),
        ("Treize exilés sont placés au centre de rétention de Coquelles.", "detention"),
        ("Le ressortissant marocain a été expulsé vers le Maroc.", "deportation"),
        ("Recherché depuis 2019, l'escroc a été extradé du Portugal.", "extradition"),
        ("Faute d'éléments, la conductrice a été remise en liberté.", "release"),
        ("Elle a été placée sous contrôle judiciaire.", "release"),
        ("Des centaines de comptes ont été supprimés par la plateforme.", "takedown"),
    ],
    "de": [
        ("Die Polizei hat am Donnerstag drei Verdächtige in Hamburg festgenommen.", "arrest"),
        ("Der 28-Jährige wurde noch am Tatort vorläufig festgenommen.", "arrest"),
        ("Zwei mutmaßliche Drogenhändler in Stuttgart verhaftet", "arrest"),
        ("Bei der Aktion gab es insgesamt elf Festnahmen.", "arrest"),
        ("Beamte nahmen den Fahrer kurz darauf fest.", "arrest"),
        ("Der Fahrer, der kurz darauf festgenommen werden konnte, schwieg.", "arrest"),
        ("Der Unternehmer ist wegen Steuerhinterziehung angeklagt.", "charge"),
        ("Das Landgericht hat den Mann zu sechs Jahren Haft verurteilt.", "conviction"),
        ("Das Landgericht hat den Mann zu sechs Jahren Haft verurteilt.", "sentence"),
        ("Die Angeklagte wurde vom Amtsgericht schuldig gesprochen.", "conviction"),
        ("Der Täter erhielt eine Freiheitsstrafe von zwei Jahren.", "sentence"),
        ("Drei Jahre Haft für Dealer aus Bremen", "sentence"),
        ("Sie wurde zu einer Geldstrafe von 3000 Euro verurteilt.", "financial_penalty"),
        ("Bei der Kontrolle wurden 12 Kilogramm Kokain sichergestellt.", "seizure"),
        ("Zöllner stellten in dem Wagen mehrere Kilo Heroin sicher.", "seizure"),
        ("Am Morgen wurden acht Wohnungen in Leipzig durchsucht.", "search"),
        ("Bei einer Durchsuchung fanden die Ermittler Bargeld und Waffen.", "search"),
        ("Bei Rosenheim hielten Zöllner einen Lieferwagen mit neun Insassen an.", "interception"),
        ("Die Migranten wurden in der Nähe der Grenze aufgegriffen.", "interception"),
        ("Die Familie wurde noch am Flughafen in Abschiebehaft genommen.", "detention"),
        ("Der verurteilte Straftäter wurde nach Tunesien abgeschoben.", "deportation"),
        ("Acht Straftäter nach Afghanistan abgeschoben", "deportation"),
        ("Der Tatverdächtige wurde am Freitag von Spanien ausgeliefert.", "extradition"),
        ("Der Mann wurde nach seiner Vernehmung wieder freigelassen.", "release"),
        ("Er kam gegen Zahlung einer Kaution frei.", "release"),
        ("Die Ermittler haben die Plattform und mehrere Server abgeschaltet.", "takedown"),
    ],
    "es": [
        ("Dos jóvenes fueron detenidos el domingo en Valencia.", "arrest"),
        ("La Policía Nacional ha detenido a cinco personas en Málaga.", "arrest"),
        ("Los agentes detuvieron al conductor tras una persecución.", "arrest"),
        ("Detenidos cuatro hombres por robar en varias joyerías", "arrest"),
        ("La operación se ha saldado con 23 detenidos.", "arrest"),
        ("El presunto autor quedó detenido en los calabozos.", "arrest"),
        ("La jueza ha procesado a tres concejales por un delito de prevaricación.", "charge"),
        ("La Audiencia ha condenado a un hombre a siete años de prisión.", "conviction"),
        ("La Audiencia ha condenado a un hombre a siete años de prisión.", "sentence"),
        ("Condenado a doce años el autor del atraco", "sentence"),
        ("Los dos acusados fueron declarados culpables de homicidio.", "conviction"),
        ("Cuatro años de cárcel para el cabecilla de la red", "sentence"),
        ("El conductor fue multado con 600 euros.", "financial_penalty"),
        ("Los agentes incautaron más de 300 kilos de hachís.", "seizure"),
        ("En el registro fueron intervenidos 20.000 euros en efectivo.", "seizure"),
        ("Se practicaron cinco entradas y registros en Sevilla.", "search"),
        ("Una patera con 35 migrantes fue interceptada frente a Almería.", "interception"),
        ("Seis personas fueron localizadas ocultas en un camión.", "interception"),
        ("Los migrantes fueron ingresados en el CIE de Aluche.", "detention"),
        ("El joven fue expulsado a Argelia la semana pasada.", "deportation"),
        ("El narcotraficante fue extraditado a Estados Unidos.", "extradition"),
        ("El sospechoso fue puesto en libertad tras declarar.", "release"),
        ("La mujer quedó en libertad con cargos a la espera de juicio.", "release"),
        ("Las autoridades han bloqueado 60 páginas web fraudulentas.", "takedown"),
    ],
    "it": [
        ("Due uomini sono stati arrestati dalla polizia a Napoli.", "arrest"),
        ("A Foggia la squadra mobile ha arrestato un ventenne.", "arrest"),
        ("Arrestati quattro spacciatori nel centro storico", "arrest"),
        ("Tre ladri finiti in manette dopo un inseguimento", "arrest"),
        ("Il trentenne è stato tratto in arresto in flagranza.", "arrest"),
        ("Il gip ha convalidato l'arresto del giovane.", "arrest"),
        ("Il consigliere regionale è stato rinviato a giudizio.", "charge"),
        ("Il tribunale lo ha condannato a otto anni di reclusione.", "conviction"),
        ("Il tribunale lo ha condannato a otto anni di reclusione.", "sentence"),
        ("Condannato a 15 anni il boss del clan", "sentence"),
        ("L'imputato è stato riconosciuto colpevole di truffa aggravata.", "conviction"),
        ("Sei anni di carcere al trafficante di migranti", "sentence"),
        ("Il titolare del locale è stato multato per 3.000 euro.", "financial_penalty"),
        ("Oltre 50 chili di cocaina sono stati sequestrati nel porto.", "seizure"),
        ("Sequestrati 300 chili di hashish in un capannone", "seizure"),
        ("Nel corso della perquisizione gli agenti hanno trovato una pistola.", "search"),
        ("Un barchino con 20 migranti è stato intercettato a sud dell'isola.", "interception"),
        ("Dopo lo sbarco, 60 persone sono state trasferite nell'hotspot.", "detention"),
        ("Il cittadino marocchino è stato espulso dall'Italia.", "deportation"),
        ("L'uomo è stato rimpatriato in Albania.", "deportation"),
        ("Catturato in Brasile, il narcotrafficante è stato estradato.", "extradition"),
        ("Dopo tre mesi il commerciante è stato scarcerato.", "release"),
        ("La Guardia di Finanza ha oscurato 25 siti pirata.", "takedown"),
    ],
    "nl": [
        ("Twee mannen zijn vrijdagavond in Utrecht aangehouden.", "arrest"),
        ("De politie heeft in totaal zeven verdachten gearresteerd.", "arrest"),
        ("Vier drugskoeriers opgepakt bij grenscontrole", "arrest"),
        ("De actie leverde twaalf aanhoudingen op.", "arrest"),
        ("Agenten hielden de 19-jarige bestuurder korte tijd later aan.", "arrest"),
        ("De verdachte zit nog altijd in voorlopige hechtenis.", "arrest"),
        ("De oud-wethouder is aangeklaagd wegens omkoping.", "charge"),
        ("De rechtbank heeft de man veroordeeld tot zes jaar cel.", "conviction"),
        ("De rechtbank heeft de man veroordeeld tot zes jaar cel.", "sentence"),
        ("De vrouw werd door het hof schuldig bevonden aan fraude.", "conviction"),
        ("Vijf jaar cel voor hoofdverdachte in drugszaak", "sentence"),
        ("Het bedrijf werd beboet voor het overtreden van de regels.", "financial_penalty"),
        ("De politie heeft drie auto's en veel contant geld in beslag genomen.", "seizure"),
        ("In de haven is 2000 kilo cocaïne onderschept.", "seizure"),
        ("De woning van de verdachte werd doorzocht.", "search"),
        ("Een bestelbus met tien personen werd staande gehouden.", "interception"),
        ("In een vrachtwagen werden zes verstekelingen aangetroffen.", "interception"),
        ("Zeven Eritreeërs werden overgedragen aan de vreemdelingenpolitie.", "detention"),
        ("De man is vorige maand naar Algerije uitgezet.", "deportation"),
        ("De verdachte is door Duitsland uitgeleverd aan België.", "extradition"),
        ("Hij werd na verhoor heengezonden.", "release"),
        ("Tientallen accounts zijn door het platform verwijderd.", "takedown"),
    ],
}

# Sentences that report no action that happened: future, modal, intended, negated,
# a maximum penalty, a demand, or another sense of the same word.
NOT_REPORTS: dict[str, list[str]] = {
    "fr": [
        "Il encourt jusqu'à sept ans d'emprisonnement.",
        "Les enquêteurs veulent arrêter les commanditaires.",
        "Il pourrait être condamné à cinq ans de prison.",
        "Il doit être expulsé vers l'Algérie dans les prochains jours.",
        "Le suspect n'a pas été interpellé.",
        "Dix ans de prison ont été requis contre le passeur.",
        "Le député a interpellé le ministre sur la sécurité.",
        "Le parquet a été saisi de l'affaire.",
        "Le gouvernement a condamné fermement cette attaque.",
        "La famille a été expulsée de son logement.",
        "Il a accepté d'être extradé vers la Belgique.",
        "Le match a été arrêté à la 80e minute.",
    ],
    "de": [
        "Die Polizei sucht nach Zeugen.",
        "Er soll an die USA ausgeliefert werden.",
        "Ihm drohen bis zu zehn Jahre Haft.",
        "Der Mann wurde nicht festgenommen.",
        "Er könnte zu einer langen Haftstrafe verurteilt werden.",
        "Die Staatsanwaltschaft fordert vier Jahre Haft für den Angeklagten.",
        "Es wurde sichergestellt, dass alle Teilnehmer informiert sind.",
        "Die Bundesregierung hat den Anschlag scharf verurteilt.",
        "Die Pakete wurden am Montag ausgeliefert.",
        "Die Bürger wurden angehalten, ihre Fenster geschlossen zu halten.",
        "Der Täter ist noch auf freiem Fuß.",
        "Weitere Festnahmen seien nicht ausgeschlossen.",
    ],
    "es": [
        "Podría ser extraditado en las próximas semanas.",
        "Se enfrenta a una pena de hasta diez años de prisión.",
        "La Fiscalía pide que sea condenado a ocho años.",
        "El sospechoso no ha sido detenido.",
        "Será expulsado del país en cuanto se resuelva su recurso.",
        "El Gobierno ha condenado el atentado.",
        "El tren se detuvo a la entrada de la estación.",
        "El jugador fue expulsado del partido por doble amarilla.",
        "El paciente fue intervenido quirúrgicamente.",
        "Se han registrado temperaturas muy altas.",
        "Fueron liberadas diez víctimas de trata.",
    ],
    "it": [
        "Rischia fino a dieci anni di carcere.",
        "Verrà espulso nei prossimi giorni.",
        "Potrebbe essere estradato negli Stati Uniti.",
        "Non è stato arrestato nessuno.",
        "Il pm ha chiesto dieci anni di carcere per l'imputato.",
        "Il governo ha condannato l'attacco.",
        "Il giocatore è stato espulso per doppia ammonizione.",
        "Un imprenditore è stato sequestrato dai rapinatori.",
        "Il politico è stato intercettato al telefono con il boss.",
        "Gli italiani sono stati rimpatriati con un volo speciale.",
        "Non si escludono altri tre arresti nei prossimi giorni.",
    ],
    "nl": [
        "Hij wordt mogelijk uitgezet.",
        "Hij riskeert een celstraf van maximaal acht jaar.",
        "De verdachte is nog niet aangehouden.",
        "Hij kan worden veroordeeld tot zes jaar cel.",
        "Het OM eist vier jaar cel tegen de smokkelaar.",
        "Het is onduidelijk of hij wordt uitgeleverd.",
        "De minister heeft de aanslag veroordeeld.",
        "De behandeling van de zaak werd aangehouden tot volgende maand.",
        "Onderzoek heeft uitgewezen dat de brand was aangestoken.",
        "De motor werd uitgezet.",
        "Er worden nog meerdere aanhoudingen verwacht.",
    ],
}


def rules(code: str) -> dict[str, str]:
    return importlib.import_module(f"enforcement_events.lexicon.{code}").RULES


@pytest.mark.parametrize("code", LANGUAGES)
def test_rules_are_regexes_keyed_by_type(code):
    assert rules(code)
    for type_, pattern in rules(code).items():
        assert type_ in TYPES
        assert not re.search(r"<[A-Z]+>", pattern), "a shared piece left unfilled"
        assert re.compile(pattern, re.IGNORECASE).groups == 0


@pytest.mark.parametrize("code", LANGUAGES)
def test_enough_sentences_per_language(code):
    assert len(REPORTS[code]) >= 8
    assert len(NOT_REPORTS[code]) >= 5


@pytest.mark.parametrize(
    ("code", "sentence", "type_"),
    [(code, sentence, type_) for code, cases in REPORTS.items() for sentence, type_ in cases],
)
def test_report_matches_its_type(code, sentence, type_):
    assert re.search(rules(code)[type_], sentence, re.I)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [(code, sentence) for code, sentences in NOT_REPORTS.items() for sentence in sentences],
)
def test_no_rule_matches(code, sentence):
    matched = [t for t, p in rules(code).items() if re.search(p, sentence, re.I)]
    assert matched == []


# An action noun with the number of what it acted on (rules.ACTION_NOUN_NUMBER): sentences
# written for this test, one per language and noun order.
NOUN_NUMBERS = [
    ("The raid ended with the seizure of 12 kilos of heroin.", "en", "seizure"),
    ("The sweep led to the arrest of about 60 suspects.", "en", "arrest"),
    ("Le coup de filet a abouti à l'interpellation de sept suspects.", "fr", "arrest"),
    ("Les douaniers ont annoncé la saisie de 300 cartouches de cigarettes.", "fr", "seizure"),
    ("Bei neun Durchsuchungen fanden die Ermittler Bargeld.", "de", "search"),
    ("Die Aktion führte zur Sicherstellung von 20 Kilogramm Kokain.", "de", "seizure"),
    ("La operación terminó con la detención de otras seis personas.", "es", "arrest"),
    ("Los agentes practicaron tres registros en Valencia.", "es", "search"),
    ("L'indagine ha portato all'arresto di quattro persone.", "it", "arrest"),
    ("Sono state eseguite dodici perquisizioni in Puglia.", "it", "search"),
    ("De actie leidde tot de aanhouding van vijf verdachten.", "nl", "arrest"),
    ("Bij acht huiszoekingen werd cocaïne gevonden.", "nl", "search"),
]


@pytest.mark.parametrize(("sentence", "lang", "type_"), NOUN_NUMBERS)
def test_an_action_noun_with_a_number_is_read_as_the_action(sentence, lang, type_):
    from enforcement_events.rules import rule_types

    assert EventType(type_) in rule_types(sentence, lang)


# English numbers in words (rules.NOUN_NUMBER_WORDS_EN): sentences written for this test.
ENGLISH_NOUN_NUMBER_WORDS = [
    ("The two-week operation ended with the arrest of eleven men.", "arrest"),
    ("Their tip-off led to the later arrest of five (5) women in the port.", "arrest"),
    ("Detectives then carried out twenty-two searches across the valley.", "search"),
]


@pytest.mark.parametrize(("sentence", "type_"), ENGLISH_NOUN_NUMBER_WORDS)
def test_an_english_action_noun_with_a_number_in_words_is_read(sentence, type_, monkeypatch):
    from enforcement_events import rules

    assert EventType(type_) in rules.rule_types(sentence, "en")
    # the switch off: the number in words is not read, and nothing else gives the type
    monkeypatch.setattr(rules, "NOUN_NUMBER_WORDS_EN", False)
    assert EventType(type_) not in rules.rule_types(sentence, "en")


def test_an_english_number_in_words_does_not_make_a_possible_arrest_one():
    from enforcement_events.rules import rule_types

    assert rule_types("Their new powers could lead to the arrest of twelve dealers.") == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The arrest was the first in the county this year.", "en"),
        ("La saisie a été transmise au parquet.", "fr"),
        ("Die Durchsuchungen dauerten bis zum Abend.", "de"),
    ],
)
def test_an_action_noun_without_a_number_is_not_read_by_this_rule(sentence, lang):
    from enforcement_events import rules

    assert rules._noun_numbers(lang)
    assert not any(rx.search(sentence) for rx in rules._noun_numbers(lang).values())


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The new powers could lead to the arrest of 40 dealers.", "en"),
        ("Cette enquête pourrait mener à l'interpellation de dix personnes.", "fr"),
        ("La fiscalía podría pedir la detención de cinco personas.", "es"),
    ],
)
def test_an_action_noun_with_a_number_in_a_possible_action_is_not_read(sentence, lang):
    from enforcement_events.rules import rule_types

    assert rule_types(sentence, lang) == []


@pytest.mark.parametrize(
    "sentence",
    ["De chauffeur krijgt twee jaar cel.", "De drie smokkelaars krijgen elk een celstraf."],
)
def test_dutch_present_tense_of_a_verdict_is_a_sentence(sentence):
    from enforcement_events.rules import rule_types

    assert EventType.SENTENCE in rule_types(sentence, "nl")


@pytest.mark.parametrize(
    ("sentence", "is_seizure_word"),
    [
        ("Le procureur a saisi le juge des libertés dans la soirée.", False),
        ("La justice a été saisie de l'affaire par la préfecture.", False),
        ("La cour, saisie du dossier en appel, rendra sa décision en mai.", False),
        ("Les gendarmes ont saisi deux fusils et une voiture.", True),
        ("La saisie a eu lieu sur l'autoroute.", True),
    ],
)
def test_french_saisir_in_its_legal_sense_is_no_seizure(sentence, is_seizure_word):
    from enforcement_events.rules import has_word_for

    assert has_word_for(EventType.SEIZURE, sentence, "fr") is is_seizure_word


@pytest.mark.parametrize(
    ("sentence", "lang", "is_law"),
    [
        ("Pour ce délit, il encourt jusqu'à cinq ans d'emprisonnement.", "fr", True),
        ("Den Männern droht eine Höchststrafe von zehn Jahren.", "de", True),
        ("El delito prevé una pena máxima de seis años.", "es", True),
        ("Per il reato la pena massima è di otto anni.", "it", True),
        ("De maximale straf voor mensensmokkel is twaalf jaar cel.", "nl", True),
        ("Le tribunal l'a condamné à trois ans de prison ferme.", "fr", False),
        ("Het hof legde hem twee jaar cel op.", "nl", False),
    ],
)
def test_the_most_the_law_allows_is_no_sentence_passed(sentence, lang, is_law):
    from enforcement_events.rules import is_maximum

    assert is_maximum(EventType.SENTENCE, sentence, lang) is is_law


def test_english_rule_net_is_data_like_the_other_languages():
    """English keeps its rule net in lexicon/en.py too: RULES keyed by SPEC type, and the
    participles joined to an earlier one (COORDINATED) read through COORDINATED_NEAR/FAR."""
    from enforcement_events.lexicon import en
    from enforcement_events.rules import rule_types

    assert set(en.RULES) <= TYPES and set(en.COORDINATED) <= set(en.RULES)
    for template in (en.COORDINATED_NEAR, en.COORDINATED_FAR):
        assert "<WORDS>" in template
    # written for the test: a second participle after the first, near and far
    assert EventType.CHARGE in rule_types("The driver was stopped and charged with fraud.")
    assert EventType.RELEASE in rule_types(
        "The woman was questioned at a station in the town and later released."
    )
    assert EventType.CHARGE not in rule_types("The driver was stopped at the border.")


def test_a_language_file_with_coordinated_participles_gets_them(monkeypatch):
    """The rule net reads any language's COORDINATED: a language added as a file gets it."""
    import types

    from enforcement_events import lexicon, rules

    fake = types.SimpleNamespace(
        RULES={"arrest": r"\bwas nabbed\b"},
        COORDINATED={"arrest": "nabbed"},
        COORDINATED_NEAR=r"\bwas \w+ed and (?:<WORDS>)\b",
    )
    real = lexicon.load
    monkeypatch.setattr(lexicon, "load", lambda code="en": fake if code == "xx" else real(code))
    rules._rules.cache_clear()
    rules._coordinated_far.cache_clear()
    try:
        assert rules.rule_types("He was chased and nabbed.", "xx") == [EventType.ARREST]
        assert rules.rule_types("He was chased.", "xx") == []
    finally:
        rules._rules.cache_clear()
        rules._coordinated_far.cache_clear()


@pytest.mark.parametrize(
    ("lang", "sentence", "type_"),
    [
        (
            "it",
            "I carabinieri hanno fermato il furgone e sequestrato venti casse di sigari.",
            "seizure",
        ),
        (
            "it",
            "Il cittadino albanese è stato processato e poi espulso verso Tirana.",
            "deportation",
        ),
        ("fr", "Les gendarmes ont contrôlé le camion et saisi deux cents cartouches.", "seizure"),
        ("fr", "Le routier a été entendu puis remis en liberté dans la soirée.", "release"),
        ("es", "Los agentes han parado la furgoneta y decomisado 300 cajetillas.", "seizure"),
        ("es", "El patrón fue identificado y posteriormente detenido en el puerto.", "arrest"),
    ],
)
def test_a_participle_joined_to_an_earlier_one_reports_its_action(lang, sentence, type_):
    from enforcement_events.rules import rule_types

    assert EventType(type_) in rule_types(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "type_"),
    [
        # denied: the auxiliary is negated
        ("it", "Gli agenti non hanno fermato il furgone e sequestrato la merce.", "seizure"),
        ("fr", "Les douaniers n'ont pas contrôlé le camion et saisi la marchandise.", "seizure"),
        ("es", "Los agentes no han parado la furgoneta y decomisado la carga.", "seizure"),
        # no auxiliary before the first participle: nothing joined
        ("it", "Merce rubata e sequestrata in passato, dice il sindaco.", "seizure"),
    ],
)
def test_a_joined_participle_needs_an_affirmed_auxiliary(lang, sentence, type_):
    from enforcement_events.rules import rule_types

    assert EventType(type_) not in rule_types(sentence, lang)


def test_joined_participles_are_a_switch(monkeypatch):
    from enforcement_events import rules

    sentence = "I carabinieri hanno fermato il furgone e sequestrato venti casse di sigari."
    monkeypatch.setattr(rules, "COORDINATED_INTL", False)
    assert EventType.SEIZURE not in rules.rule_types(sentence, "it")


# L113: Dutch removals told with the causative or with the people before the participle;
# sentences written for this test.
@pytest.mark.parametrize(
    "sentence",
    [
        "De dienst heeft maandag 31 vreemdelingen met een charter laten uitzetten.",
        "Vorig jaar werden bijna 600 uitgeprocedeerden uitgezet.",
    ],
)
def test_dutch_people_deported_are_read(sentence):
    from enforcement_events.rules import rule_types

    assert EventType.DEPORTATION in rule_types(sentence, "nl")


@pytest.mark.parametrize(
    "sentence",
    [
        "De motor werd uitgezet.",
        "Er werden geen vreemdelingen uitgezet.",
        "De vijf migranten zullen worden uitgezet.",
    ],
)
def test_dutch_uitgezet_without_people_or_done_is_no_deportation(sentence):
    from enforcement_events.rules import rule_types

    assert EventType.DEPORTATION not in rule_types(sentence, "nl")


# L114: Italian "messi in libertà" (set free, as "rimessi in libertà"); sentences written
# for this test.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ieri i due indagati sono stati messi in libertà su cauzione.",
        "La donna è stata messa in libertà dopo l'interrogatorio.",
    ],
)
def test_italian_set_free_is_a_release(sentence):
    from enforcement_events.rules import rule_types

    assert EventType.RELEASE in rule_types(sentence, "it")


def test_italian_not_set_free_is_no_release():
    from enforcement_events.rules import rule_types

    sentence = "Il giudice ha deciso che i due fratelli non saranno messi in libertà."
    assert EventType.RELEASE not in rule_types(sentence, "it")


# L115: French people counted before "mis en examen"; sentences written for this test.
@pytest.mark.parametrize(
    "sentence",
    [
        "Au total, sept personnes mises en examen dorment désormais en prison.",
        "Les deux hommes mis en examen pour escroquerie ont été laissés libres.",
    ],
)
def test_french_people_counted_before_mis_en_examen_are_charged(sentence):
    from enforcement_events.rules import rule_types

    assert EventType.CHARGE in rule_types(sentence, "fr")


def test_french_number_alone_before_mis_en_examen_stays_unread():
    from enforcement_events.rules import rule_types

    # a headline's shorthand: which of those named is meant is told in the body
    assert EventType.CHARGE not in rule_types("Les quatre mis en examen pour recel", "fr")


# L119: a thousands point inside the words between an auxiliary and its participle;
# sentences written for this test.
@pytest.mark.parametrize(
    ("lang", "sentence", "type_"),
    [
        ("nl", "Vorig jaar zijn in totaal 2.310 vreemdelingen uitgezet.", "deportation"),
        ("nl", "Bij de actie werden 1.250 kilo cocaïne in beslag genomen.", "seizure"),
        ("de", "Im Hafen wurden dabei 1.800 Kilogramm Kokain sichergestellt.", "seizure"),
    ],
)
def test_a_thousands_point_does_not_end_the_clause(lang, sentence, type_):
    from enforcement_events.rules import rule_types

    assert EventType(type_) in rule_types(sentence, lang)


def test_a_full_stop_still_ends_the_clause():
    from enforcement_events.rules import rule_types

    sentence = "Er werden 12 vreemdelingen aangetroffen. Later uitgezet."
    assert EventType.DEPORTATION not in rule_types(sentence, "nl")


# Session 31 (L123 to L136), sentences written for this test: (language, sentence, type,
# whether the rule net reads that type in it).
SESSION_31: list[tuple[str, str, str, bool]] = [
    # L123: the court condemning someone in the gerund, with its object pronoun
    ("fr", "Le tribunal a tranché lundi en la condamnant à deux ans de prison ferme.", "conviction", True),
    ("fr", "Le tribunal a tranché lundi en la condamnant à deux ans de prison ferme.", "sentence", True),
    ("it", "La corte ha chiuso il processo condannandoli a quattro anni di reclusione.", "conviction", True),
    ("it", "La corte ha chiuso il processo condannandoli a quattro anni di reclusione.", "sentence", True),
    ("es", "La Audiencia zanjó el juicio condenándola a cinco años de prisión.", "conviction", True),
    ("es", "La Audiencia zanjó el juicio condenándola a cinco años de prisión.", "sentence", True),
    # L124: a thousands point in French (and, the same way, Italian and Spanish) does not
    # end the clause; a full stop still does
    ("fr", "Il a été condamné à un an de prison et 6.500 euros d'amende.", "financial_penalty", True),
    ("fr", "La cour l'a condamnée à dix mois avec sursis et 2.000 euros d'amende.", "financial_penalty", True),
    ("fr", "Il a été condamné à un an de prison. Le montant: 6.500 euros d'amende.", "financial_penalty", False),
    # L125: Spanish words between the court's verb and the person charged
    ("es", "El juzgado imputó el pasado lunes a dos funcionarios por un delito de cohecho.", "charge", True),
    # L126: an impersonal "se" before the verb of holding people; "se detuvo a" stopping
    ("es", "Esa misma tarde se detuvo también a tres jóvenes en la estación de autobuses.", "arrest", True),
    ("es", "El autobús se detuvo a unos metros de la frontera.", "arrest", False),
    ("es", "La agente se detuvo a hablar con los vecinos del barrio.", "arrest", False),
    # L127: French premises the police "investit" (enter); not money or an office
    ("fr", "À l'aube, deux appartements du quartier ont été investis par le GIGN.", "search", True),
    ("fr", "Les policiers ont investi un entrepôt de la zone industrielle.", "search", True),
    ("fr", "La société a investi trois millions d'euros dans la rénovation.", "search", False),
    ("fr", "Le nouveau préfet a été investi lundi dans ses fonctions.", "search", False),
    # L135: a Dutch transport (a vehicle's run) stopped is an interception
    ("nl", "Het laatste transport werd in maart bij Venlo onderschept.", "interception", True),
    ("nl", "Het transport van de gedetineerden naar Zwolle verliep rustig.", "interception", False),
    # L136: a Spanish vehicle's run interrupted, or its stop told as a noun; not a person's
    ("es", "Los gendarmes interrumpieron la marcha de un camión en la ruta 9.", "interception", True),
    ("es", "La detención del vehículo tuvo lugar a la salida del peaje.", "interception", True),
    ("es", "La detención del sospechoso se produjo en su domicilio.", "interception", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "type_", "read"), SESSION_31)
def test_session_31_rule_net(lang, sentence, type_, read):
    from enforcement_events.rules import rule_types

    assert (EventType(type_) in rule_types(sentence, lang)) is read


def test_condemning_an_attack_in_the_gerund_is_no_verdict():
    from enforcement_events.rules import rule_types

    sentence = "La ministre a réagi en condamnant fermement l'agression du policier."
    assert rule_types(sentence, "fr") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "type_", "read"),
    [
        # the search's noun, the premises counted after it
        (
            "El dispositivo terminó con el registro de cuatro viviendas en el barrio.",
            "es",
            EventType.SEARCH,
            True,
        ),
        (
            "Los agentes culminaron la entrada y registro en dos naves industriales.",
            "es",
            EventType.SEARCH,
            True,
        ),
        ("Consultaron el registro de la propiedad de la finca.", "es", EventType.SEARCH, False),
        # "konnten ... sichergestellt werden": could be, so were
        (
            "Bei der Kontrolle konnten zwei Kilogramm Heroin sichergestellt werden.",
            "de",
            EventType.SEIZURE,
            True,
        ),
        (
            "In der Wohnung konnten neben Bargeld auch mehrere Mobiltelefone und ein Laptop "
            "beschlagnahmt werden.",
            "de",
            EventType.SEIZURE,
            True,
        ),
        (
            "Das Fluchtauto konnte bislang nicht sichergestellt werden.",
            "de",
            EventType.SEIZURE,
            False,
        ),
    ],
    ids=["es-registro-de", "es-registro-en", "es-register", "de-short", "de-long-gap", "de-not"],
)
def test_rule_net_words_of_the_thirty_seventh_session(sentence, lang, type_, read):
    """Spanish "el registro de cuatro viviendas" is a search; German "konnten ...
    sichergestellt werden" a seizure; "el registro de la propiedad" and "konnte nicht
    sichergestellt werden" neither."""
    from enforcement_events import rules

    assert (type_ in rules.rule_types(sentence, lang)) is read


@pytest.mark.parametrize(
    ("sentence", "type_", "read"),
    [
        # the penalty nouns in the plural
        (
            "De rechtbank heeft drie smokkelaars celstraffen tot twee jaar opgelegd.",
            EventType.SENTENCE,
            True,
        ),
        (
            "Beide verdachten kregen gevangenisstraffen van achttien maanden.",
            EventType.SENTENCE,
            True,
        ),
        (
            "De twee chauffeurs kregen geldboetes van 2.000 euro.",
            EventType.FINANCIAL_PENALTY,
            True,
        ),
        (
            "Het parket eiste celstraffen van vier jaar tegen de drie mannen.",
            EventType.SENTENCE,
            False,
        ),
    ],
    ids=["celstraffen-opgelegd", "kregen-gevangenisstraffen", "kregen-geldboetes", "geeist"],
)
def test_dutch_penalties_in_the_plural_are_read(sentence, type_, read):
    """Dutch "celstraffen ... opgelegd", "kregen gevangenisstraffen", "kregen geldboetes"
    are sentences and fines as their singulars are; penalties asked for are not."""
    from enforcement_events import rules

    assert (type_ in rules.rule_types(sentence, "nl")) is read


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        (
            "Die Firma erhielt eine Strafe nach dem Arbeitszeitgesetz in Höhe von 3.500 Euro.",
            ["financial_penalty"],
        ),
        (
            "Insgesamt wurden Verwaltungsstrafen in der Höhe von rund 40.000 Euro verhängt.",
            ["financial_penalty"],
        ),
        (
            "Er wurde zu zwei Jahren Haft und einer Geldstrafe in Höhe von 900 Euro verurteilt.",
            ["conviction", "sentence", "financial_penalty"],
        ),
        ("Die Behörde stellte zwei Strafanträge in Höhe von 1.000 Euro.", []),
    ],
    ids=["strafe-sum", "verwaltungsstrafen", "term-and-sum", "strafantrag"],
)
def test_a_german_penalty_told_as_a_sum_is_a_fine(monkeypatch, sentence, types):
    """MONEY_PENALTY_INTL: "eine Strafe ... in Höhe von 3.500 Euro" is a fine, not a term;
    with a term beside it both are read; a "Strafantrag" is a motion."""
    from enforcement_events import rules

    assert [t.value for t in rules.rule_types(sentence, "de")] == types
    if types == ["financial_penalty"]:
        assert rules.supported_type(EventType.SENTENCE, sentence, "de") is (
            EventType.FINANCIAL_PENALTY
        )
        monkeypatch.setattr(rules, "MONEY_PENALTY_INTL", False)
        assert rules.supported_type(EventType.SENTENCE, sentence, "de") is EventType.SENTENCE


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Le tribunal a condamné le passeur à une peine d'emprisonnement de dix mois.", True),
        ("Deux prévenus sont condamnés à des peines de travail de 150 heures.", True),
        ("Il a été condamné à rembourser les frais de justice.", False),
    ],
    ids=["peine-d-emprisonnement", "peines-de-travail", "rembourser"],
)
def test_french_terms_after_an_elision_and_community_work_are_sentences(sentence, read):
    """French "condamné à une peine d'emprisonnement de dix mois" and "condamnés à des
    peines de travail" are sentences; "condamné à rembourser" is not."""
    from enforcement_events import rules

    assert (EventType.SENTENCE in rules.rule_types(sentence, "fr")) is read


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Il consolato ha curato il rilascio del documento di viaggio per il rimpatrio.", False),
        ("In questura ha atteso il rilascio del permesso di soggiorno.", False),
        ("Il giudice ha disposto il rilascio dei due fermati.", True),
    ],
    ids=["travel-document", "permit", "people"],
)
def test_an_italian_document_issued_is_no_release(sentence, read):
    """Italian "il rilascio del documento di viaggio" is a document issued; "il rilascio
    dei due fermati" is a release."""
    from enforcement_events.rules import has_word_for

    assert has_word_for(EventType.RELEASE, sentence, "it") is read


@pytest.mark.parametrize(
    ("sentence", "lang", "back"),
    [
        ("The sentence was suspended for three years.", "en", True),
        ("Die Strafe wurde für drei Jahre zur Bewährung ausgesetzt.", "de", True),
        ("La peine a été assortie d'un sursis probatoire.", "fr", True),
        ("La pena è stata sospesa dal giudice.", "it", True),
        ("La condena ha sido suspendida durante dos años.", "es", True),
        ("De straf is volledig voorwaardelijk.", "nl", True),
        ("The sentence of four years was passed on Monday.", "en", False),
        ("Das Gericht verhängte eine Strafe von zwei Jahren Haft.", "de", False),
    ],
    ids=["en", "de", "fr", "it", "es", "nl", "en-not-subject-verb", "de-new-sentence"],
)
def test_a_sentence_opening_on_the_sentence_passed_points_back(monkeypatch, sentence, lang, back):
    """SENTENCE_SUBJECT_BACK: "The sentence was suspended", "Die Strafe wurde zur Bewährung
    ausgesetzt" tell more of a sentence already passed, not a new one."""
    from enforcement_events import rules

    assert rules.is_back_reference(EventType.SENTENCE, sentence, lang) is back
    if back:
        monkeypatch.setattr(rules, "SENTENCE_SUBJECT_BACK", False)
        assert rules.is_back_reference(EventType.SENTENCE, sentence, lang) is False


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Vier mannen zonder papieren werden overgebracht naar een gesloten centrum.", True),
        ("De twee vrouwen zijn overgeplaatst naar het gesloten centrum in Merksplas.", True),
        ("De verdachte werd overgebracht naar de gevangenis van Hasselt.", False),
    ],
    ids=["overgebracht", "overgeplaatst", "gevangenis"],
)
def test_people_taken_to_a_closed_centre_are_detained(sentence, read):
    """Dutch (Belgian): people "overgebracht naar een gesloten centrum" are held as
    migrants (detention); a suspect taken to a prison is not."""
    from enforcement_events.rules import rule_types

    assert (EventType.DETENTION in rule_types(sentence, "nl")) is read


# Session 39, read from the languages' tune15 errors; sentences written for this test.
@pytest.mark.parametrize(
    ("sentence", "lang", "type_", "read"),
    [
        # Italian: a fine beside the term ("... e 900 euro di multa")
        (
            "La donna è stata condannata a otto mesi di reclusione e 900 euro di multa.",
            "it",
            "financial_penalty",
            True,
        ),
        ("Il pm ha chiesto otto mesi e 900 euro di multa.", "it", "financial_penalty", False),
        # German: someone allowed to go is released
        ("Die Beifahrerin durfte danach gehen.", "de", "release", True),
        ("Die beiden Männer durften wieder nach Hause.", "de", "release", True),
        ("Der Fahrer durfte nicht gehen.", "de", "release", False),
        # Dutch (Belgian): the judge decided to release someone
        (
            "De onderzoeksrechter besliste om de vrouw in vrijheid te stellen.",
            "nl",
            "release",
            True,
        ),
        ("De rechter moet nog beslissen of hij vrijkomt.", "nl", "release", False),
    ],
)
def test_a_fine_beside_a_term_and_people_let_go_are_read(sentence, lang, type_, read):
    from enforcement_events.rules import rule_types

    assert (EventType(type_) in rule_types(sentence, lang)) is read
