import pytest

from enforcement_events.grounding import locate
from enforcement_events.text import normalize, paragraphs, sentences

from .conftest import SAMPLES

TEXT = "Police said: \u201cTwo men were arrested.\u201d\n\nMr. Smith was  charged on\nMonday."


def test_paragraphs_and_sentences_keep_offsets():
    for seg in paragraphs(TEXT) + sentences(TEXT):
        assert TEXT[seg.start : seg.end] == seg.text
    assert [s.text for s in sentences(TEXT)][-2:] == ["Mr. Smith was  charged on", "Monday."]
    assert len(paragraphs(TEXT)) == 3


def test_sentences_do_not_split_after_abbreviations():
    assert len(sentences("Mr. Smith met Dr. Jones. They left.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Il corriere è stato condannato a due anni. È stato poi scarcerato.",
        "Le passeur a été interpellé. À Calais, deux autres hommes ont été entendus.",
        "Der Fahrer wurde festgenommen. Über die Grenze kamen zwölf Menschen.",
        "De verdachte is aangehouden. Één van hen had een vals paspoort.",
    ],
)
def test_a_sentence_may_open_with_an_accented_capital(text):
    # before session 27 such a sentence stayed joined to the one before it
    assert len(sentences(text)) == 2


def test_every_sample_sentence_is_an_exact_slice():
    for path in SAMPLES.glob("*.txt"):
        text = path.read_text()
        for seg in sentences(text):
            assert text[seg.start : seg.end] == seg.text


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("Two men were arrested.", "exact"),
        ('"Two men were arrested."', "normalized"),
        ("Smith was charged on Monday", "normalized"),
        ("Mr Smith was charged on Monday", "fuzzy"),
    ],
    ids=["exact", "quotes-folded", "whitespace-folded", "fuzzy"],
)
def test_locate_tries_exact_then_normalized_then_fuzzy(quote, kind):
    span = locate(quote, TEXT)
    assert span is not None and span.match == kind
    assert normalize(TEXT[span.start : span.end]).lower().startswith(normalize(quote)[:2].lower())


@pytest.mark.parametrize(
    "quote",
    ["", "   ", "Three women were released on bail yesterday", "arrested!"],
    ids=["empty", "blank", "absent", "short-miss"],
)
def test_locate_returns_none_when_not_found(quote):
    assert locate(quote, TEXT) is None


@pytest.mark.parametrize(
    "text",
    [
        "La policía dijo que el Cnel. Marta Ríos dirigió el operativo.",
        "El informe del Lic. Tomás Vera llegó tarde.",
        "In de auto lag ong. 2 kilo hasj onder de stoel.",
    ],
    ids=["cnel", "lic", "ong"],
)
def test_a_rank_or_an_about_before_a_name_or_number_ends_no_sentence(text):
    """The Spanish ranks and titles ("Cnel.", "Lic.") before a name and Dutch "ong." before
    a number end no sentence."""
    assert [s.text for s in sentences(text)] == [text]
