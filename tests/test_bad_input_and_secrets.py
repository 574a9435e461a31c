"""Bad input through extract() and the CLI, and a planted key searched for everywhere."""

import json
import logging

import httpx2
import pytest
from typer.testing import CliRunner

from enforcement_events import Extractor, InputError, ProviderError, RetryPolicy
from enforcement_events.cli import app

from .conftest import answers, chat_response

EMPTY = {"events": []}
PLANTED = "sk-planted-SECRET-0123456789abcdef"


def extractor(fake_client, handler, **kw):
    return Extractor(client=fake_client(handler), mode="llama_cpp", strategy="passages", **kw)


def test_one_megabyte_text_is_extracted_in_bounded_windows(fake_client):
    para = "The council met on Monday to discuss the budget and the new library.\n\n"
    text = para * (1_000_000 // len(para) + 1) + "Police arrested two men in Leeds.\n"
    handler = answers(EMPTY)
    report = extractor(fake_client, handler).extract(text)
    assert len(text) >= 1_000_000
    assert len(handler.seen) == 1  # only the paragraph with an enforcement word was sent
    assert [(e.type.value, e.count) for e in report.events] == [("arrest", 2)]  # rule net


def test_text_with_no_enforcement_action_gives_an_empty_report_without_a_call(fake_client):
    handler = answers(EMPTY)
    text = "The council opened a new library on Monday. Residents praised the building."
    report = extractor(fake_client, handler).extract(text)
    assert report.events == [] and report.dropped == []
    assert len(handler.seen) == 0  # nothing worth a model call


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La police a arrêté deux hommes à Calais lundi.", "fr"),
        ("Die Polizei hat am Montag in Köln zwei Männer festgenommen.", "de"),
        ("La Guardia Civil ha detenido a dos hombres en Algeciras.", "es"),
        ("I carabinieri hanno arrestato due uomini a Genova.", "it"),
        ("De politie heeft maandag in Utrecht twee mannen aangehouden.", "nl"),
    ],
)
def test_a_text_in_another_language_reaches_the_model_with_its_language(
    fake_client, text, language
):
    handler = answers(EMPTY)
    report = extractor(fake_client, handler).extract(text)
    assert report.language == language
    assert len(handler.seen) == 1  # its own trigger words chose the passage


def test_cli_bad_inputs_are_one_line_errors(tmp_path):
    runner = CliRunner()
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    binary = tmp_path / "junk.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    good = tmp_path / "good.txt"
    good.write_text("Police arrested two men in Leeds.")
    for args, message in [
        (["extract", str(empty), "--base-url", "http://127.0.0.1:9/v1"], "empty"),
        (["extract", str(binary), "--base-url", "http://127.0.0.1:9/v1"], "not UTF-8"),
        (
            ["extract", str(good), "--published", "soon", "--base-url", "http://127.0.0.1:9/v1"],
            "not a date",
        ),
        (["extract", str(empty), "--format", "xml"], "--format"),
    ]:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert message in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output


def test_planted_key_never_leaks(fake_client, tmp_path, caplog, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", PLANTED)
    caplog.set_level(logging.DEBUG)
    calls = {"n": 0}

    def handler(request):
        calls["n"] += 1
        assert request.headers["authorization"] == f"Bearer {PLANTED}"  # it is sent...
        if calls["n"] == 1:
            return httpx2.Response(200, json=chat_response(json.dumps(EMPTY)))
        return httpx2.Response(401, json={"error": {"message": f"bad key {PLANTED}"}})

    client = __import__("openai").OpenAI(
        api_key=PLANTED,
        base_url="http://fake.test/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    ex = Extractor(
        client=client, mode="llama_cpp", cache=tmp_path / "cache", retry=RetryPolicy(max_attempts=1)
    )
    report = ex.extract("Police arrested two men in Leeds.")
    with pytest.raises(Exception) as info:
        Extractor(client=client, mode="llama_cpp", retry=RetryPolicy(max_attempts=1)).extract(
            "Officers seized cash in York."
        )
    # ...but never appears in what we keep or say:
    assert PLANTED not in report.model_dump_json()
    assert PLANTED not in str(info.value) and PLANTED not in repr(info.value)
    assert PLANTED not in caplog.text
    assert PLANTED not in repr(ex.llm.provider)
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            assert PLANTED.encode() not in path.read_bytes()


def test_provider_errors_scrub_the_key_from_server_messages(fake_client):
    handler = answers(httpx2.Response(500, json={"error": {"message": f"key {PLANTED}"}}))
    ex = Extractor(client=fake_client(handler), mode="llama_cpp", retry=RetryPolicy(max_attempts=1))
    ex.llm.provider = type(ex.llm.provider)("http://fake.test/v1", PLANTED, "m", False)
    with pytest.raises(ProviderError) as info:
        ex.extract("Police arrested two men in Leeds.")
    assert PLANTED not in str(info.value)


def test_non_string_input_is_an_input_error(fake_client):
    with pytest.raises(InputError, match="must be a str"):
        extractor(fake_client, answers(EMPTY)).extract(["not", "text"])


def test_a_publication_date_known_to_the_month_is_kept_as_such(fake_client):
    handler = answers(EMPTY)
    report = extractor(fake_client, handler).extract(
        "Police arrested two men in Leeds.", published="2019-06"
    )
    assert report.published == "2019-06"
    user = json.loads(handler.seen[0].content)["messages"][1]["content"]
    assert "2019-06" in user
    for bad in ("2019-13", "June 2019", "19-06"):
        with pytest.raises(InputError, match="2020-10"):
            extractor(fake_client, handler).extract("Police arrested two men.", published=bad)
