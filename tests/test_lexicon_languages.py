"""French, German, Spanish, Italian and Dutch word lists, on sentences written for this test."""

import importlib
import re

import pytest

from enforcement_events.rules import is_request
from enforcement_events.schema import EventType

LANGUAGES = ["fr", "de", "es", "it", "nl"]
TYPES = [t.value for t in EventType]

# (sentence, type whose word it must hold); every type at least once per language.
REPORTS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("Deux hommes ont été interpellés mardi soir par les policiers à Lyon.", "arrest"),
        ("L'homme a été privé de liberté et placé sous mandat d'arrêt.", "arrest"),
        ("Le conducteur a été placé en garde à vue au commissariat.", "arrest"),
        ("Le suspect a été mis en examen pour trafic de stupéfiants.", "charge"),
        ("Il a été inculpé de coups et blessures volontaires.", "charge"),
        ("Le tribunal correctionnel l'a reconnu coupable de recel.", "conviction"),
        ("Il a été condamné à trois ans de prison ferme.", "sentence"),
        ("La société devra payer une amende de 20 000 euros.", "financial_penalty"),
        ("Les douaniers ont saisi 40 kilos de résine de cannabis dans le coffre.", "seizure"),
        ("Une perquisition a été menée au domicile du couple à Nantes.", "search"),
        (
            "Une embarcation transportant 25 personnes a été interceptée au large de Boulogne.",
            "interception",
        ),
        ("Les huit migrants ont été placés en centre de rétention administrative.", "detention"),
        ("Le ressortissant algérien a été expulsé vers son pays d'origine.", "deportation"),
        ("Le fugitif a été extradé vers la Belgique la semaine dernière.", "extradition"),
        ("Faute de preuves, le jeune homme a été remis en liberté dimanche.", "release"),
        ("Plus de 200 comptes ont été supprimés à la demande des enquêteurs.", "takedown"),
    ],
    "de": [
        ("Die Polizei hat am Montag zwei Männer in Köln festgenommen.", "arrest"),
        ("Gegen den Beschuldigten wurde Untersuchungshaft angeordnet.", "arrest"),
        ("Beamte nahmen den flüchtigen Fahrer kurz darauf fest.", "arrest"),
        ("Die Staatsanwaltschaft hat gegen den Mann Anklage wegen Betrugs erhoben.", "charge"),
        ("Das Landgericht sprach die Frau des Betrugs schuldig.", "conviction"),
        ("Der Angeklagte erhielt eine Freiheitsstrafe von vier Jahren.", "sentence"),
        ("Das Amtsgericht verhängte eine Geldstrafe von 90 Tagessätzen.", "financial_penalty"),
        ("Zollbeamte stellten in dem Lieferwagen 30 Kilogramm Marihuana sicher.", "seizure"),
        ("Am Dienstagmorgen durchsuchten Ermittler sechs Wohnungen in Leipzig.", "search"),
        (
            "Eine Streife hielt den Kleintransporter auf der Autobahn an und entdeckte "
            "zwölf Menschen auf der Ladefläche.",
            "interception",
        ),
        (
            "Die Migranten wurden in Gewahrsam genommen und der Ausländerbehörde übergeben.",
            "detention",
        ),
        ("Der Asylwerber befindet sich seit Freitag in Schubhaft.", "detention"),
        ("Der verurteilte Straftäter wurde am Mittwoch nach Algerien abgeschoben.", "deportation"),
        ("Der Mann wurde nach Verbüßung seiner Strafe ausgeschafft.", "deportation"),
        ("Der Gesuchte wurde von Italien an die deutschen Behörden ausgeliefert.", "extradition"),
        ("Nach der Vernehmung wurde der Tatverdächtige wieder freigelassen.", "release"),
        ("Die Ermittler haben mehrere Telegram-Kanäle und 40 Konten abgeschaltet.", "takedown"),
    ],
    "es": [
        ("La Guardia Civil ha detenido a tres personas en Almería.", "arrest"),
        ("El sospechoso fue capturado por la policía en Bogotá.", "arrest"),
        ("El juez ha procesado a los cuatro hombres por blanqueo de capitales.", "charge"),
        ("La jueza lo vinculó a proceso por extorsión.", "charge"),
        ("La Audiencia Provincial lo declaró culpable de un delito de estafa.", "conviction"),
        ("Fue condenado a cinco años de prisión.", "sentence"),
        ("El tribunal le impuso una multa de 3.000 euros.", "financial_penalty"),
        ("Los agentes incautaron 200 kilos de cocaína en el puerto.", "seizure"),
        ("La policía realizó un registro en la vivienda del sospechoso.", "search"),
        ("Agentes realizaron un allanamiento en una casa de Rosario.", "search"),
        ("Salvamento Marítimo interceptó una patera con 40 personas a bordo.", "interception"),
        (
            "Los migrantes fueron trasladados al Centro de Internamiento de Extranjeros.",
            "detention",
        ),
        ("El ciudadano marroquí fue expulsado a su país.", "deportation"),
        ("México extraditó al narcotraficante a Estados Unidos.", "extradition"),
        ("El detenido quedó en libertad con cargos tras declarar ante el juez.", "release"),
        ("La Policía Nacional ha bloqueado 30 páginas web de falsificaciones.", "takedown"),
    ],
    "it": [
        ("I carabinieri hanno arrestato un uomo di 40 anni a Bari.", "arrest"),
        ("Il fermo è stato convalidato dal giudice nella mattinata.", "arrest"),
        ("Per l'uomo è scattata la custodia cautelare in carcere.", "arrest"),
        ("Il giudice ha rinviato a giudizio i tre imprenditori.", "charge"),
        ("Il tribunale lo ha riconosciuto colpevole di truffa.", "conviction"),
        ("È stato condannato a sei anni di reclusione.", "sentence"),
        ("All'azienda è stata comminata una multa di 15 mila euro.", "financial_penalty"),
        ("La Guardia di Finanza ha sequestrato due tonnellate di hashish.", "seizure"),
        ("Gli agenti hanno eseguito diverse perquisizioni domiciliari a Torino.", "search"),
        ("Una motovedetta ha intercettato un barchino con 30 persone a bordo.", "interception"),
        (
            "I migranti sono stati trasferiti nel centro di permanenza per il rimpatrio.",
            "detention",
        ),
        ("Il cittadino tunisino è stato espulso e rimpatriato.", "deportation"),
        ("Il latitante è stato estradato dalla Spagna in Italia.", "extradition"),
        ("Il giovane è stato scarcerato dopo due mesi.", "release"),
        ("La polizia postale ha oscurato 50 siti di partite in streaming.", "takedown"),
    ],
    "nl": [
        ("De politie heeft zaterdag drie mannen aangehouden in Rotterdam.", "arrest"),
        ("Agenten pakten de man op bij het station.", "arrest"),
        ("De onderzoeksrechter heeft hem onder aanhoudingsmandaat geplaatst.", "arrest"),
        ("De man is gedagvaard om voor de politierechter te verschijnen.", "charge"),
        ("Hij werd in verdenking gesteld van witwassen.", "charge"),
        ("De rechter heeft de vrouw schuldig bevonden aan oplichting.", "conviction"),
        ("Hij kreeg een celstraf van twee jaar.", "sentence"),
        ("Daarnaast moet hij 120 uur taakstraf uitvoeren.", "sentence"),
        ("Het bedrijf moet een geldboete van 50.000 euro betalen.", "financial_penalty"),
        ("De douane heeft 800 kilo cocaïne in beslag genomen.", "seizure"),
        ("Agenten namen het geld en twee auto's in beslag.", "seizure"),
        ("Rechercheurs deden een huiszoeking in een woning in Tilburg.", "search"),
        ("De marechaussee hield de bestelbus bij de grens staande.", "interception"),
        ("De opvarenden zijn overgedragen aan de vreemdelingenpolitie.", "detention"),
        ("De uitgeprocedeerde asielzoeker is uitgezet naar Nigeria.", "deportation"),
        ("De verdachte wordt door Spanje uitgeleverd aan Nederland.", "extradition"),
        ("De verdachte is na verhoor vrijgelaten.", "release"),
        ("Justitie heeft de website en twee Telegramkanalen offline gehaald.", "takedown"),
    ],
}

# Sentences with no enforcement word at all: weather, sport, a "-haft" adjective.
UNRELATED: dict[str, list[str]] = {
    "fr": [
        "Il fera beau et chaud demain sur toute la côte atlantique.",
        "L'équipe de Marseille a gagné trois buts à un samedi soir.",
    ],
    "de": [
        "Morgen wird es sonnig und bis zu 25 Grad warm.",
        "Bayern München gewann das Spiel mit drei zu null Toren.",
        "Der in Berlin wohnhafte Sänger feierte seinen Geburtstag.",
    ],
    "es": [
        "Mañana habrá lluvias débiles en el norte de la península.",
        "El Betis ganó por dos goles a uno en su estadio.",
    ],
    "it": [
        "Domani cielo sereno e temperature in aumento su tutta la regione.",
        "La Juventus ha vinto due a zero contro il Milan.",
    ],
    "nl": [
        "Morgen wordt het zonnig en warm met maximaal 28 graden.",
        "Ajax won de wedstrijd met 3-1 van Feyenoord.",
    ],
}

# (request to the reader, report that only looks like one)
REQUESTS: dict[str, tuple[str, str]] = {
    "fr": (
        "Veuillez signaler tout véhicule suspect à la gendarmerie.",
        "Liste des personnes interpellées publiée par la préfecture.",
    ),
    "de": (
        "Bitte melden Sie sich bei der nächsten Polizeidienststelle.",
        "Melden sich keine Zeugen, wird das Verfahren eingestellt.",
    ),
    "es": (
        "Por favor, llame al 062 si tiene información.",
        "Informa la Guardia Civil de que ha detenido a dos personas.",
    ),
    "it": (
        "Per favore, segnali ogni movimento sospetto alla polizia.",
        "Segnalato da un passante, l'uomo è stato arrestato.",
    ),
    "nl": (
        "Meld alle verdachte situaties bij de politie.",
        "Toon de Vries werd zaterdag aangehouden.",
    ),
}


def words(code):
    return importlib.import_module(f"enforcement_events.lexicon.{code}")


def triggers(code):
    return re.compile(r"\b(?:" + words(code).TRIGGERS + r")", re.IGNORECASE)


def type_word(code, type_):
    return re.compile(r"\b" + words(code).TYPE_WORDS[type_], re.IGNORECASE)


@pytest.mark.parametrize("code", LANGUAGES)
def test_module_shape(code):
    mod = words(code)
    assert set(mod.TYPE_WORDS) == set(TYPES)
    assert triggers(code).groups == 0
    for pattern in mod.TYPE_WORDS.values():
        assert re.compile(pattern).groups == 0
    for name in ("REQUEST_VERBS", "REQUEST_OBJECT_STARTS", "REQUEST_SOFTENERS"):
        found = getattr(mod, name)
        assert isinstance(found, frozenset) and found
        assert all(w == w.lower() and w.split() == [w] for w in found)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_type_is_covered(code):
    assert {t for _, t in REPORTS[code]} == set(TYPES)


@pytest.mark.parametrize(
    ("code", "sentence", "type_"),
    [(code, s, t) for code, cases in REPORTS.items() for s, t in cases],
)
def test_report_holds_its_type_word_and_a_trigger(code, sentence, type_):
    assert type_word(code, type_).search(sentence)
    assert triggers(code).search(sentence)


@pytest.mark.parametrize(
    ("code", "sentence"),
    [(code, s) for code, cases in UNRELATED.items() for s in cases],
)
def test_unrelated_sentence_has_no_trigger(code, sentence):
    assert not triggers(code).search(sentence)


@pytest.mark.parametrize("code", LANGUAGES)
def test_arrest_is_not_a_takedown_or_extradition(code):
    sentence = REPORTS[code][0][0]
    assert type_word(code, "arrest").search(sentence)
    assert not type_word(code, "takedown").search(sentence)
    assert not type_word(code, "extradition").search(sentence)


@pytest.mark.parametrize("code", LANGUAGES)
def test_requests(code):
    request, report = REQUESTS[code]
    assert is_request(request, code)
    assert not is_request(report, code)
