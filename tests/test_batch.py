"""Batch inputs, resume after a stop or a SIGKILL, exports: all offline."""

import csv
import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from enforcement_events.batch import Document, done_ids, iter_documents, run_batch
from enforcement_events.errors import ProviderError
from enforcement_events.export import CSV_COLUMNS, csv_rows, html_report, write_csv
from enforcement_events.html import to_text
from enforcement_events.schema import Event, Evidence, Report

TEXT = "Police arrested two men in Leeds. They seized £40,000 in cash."


def fake_report(text, published=None):
    ev = Event(
        type="arrest",
        count=2,
        country=["GB"],
        evidence=[Evidence(text="Police arrested two men", start=0, end=23, match="exact")],
    )
    seizure = Event(
        type="seizure",
        evidence=[Evidence(text=text[34:], start=34, end=len(text), match="exact")],
        items=[{"what": "cash", "amount": 40000, "currency": "GBP"}],
    )
    return Report(
        events=[ev, seizure], text=text, model="fake", strategy="passages", prompt_version="t"
    )


def test_inputs_folder_jsonl_and_csv_with_unix_dates(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("one")
    (folder / "b.html").write_text("<p>two</p>")
    (folder / "c.pdf").write_text("ignored")
    assert [d.id for d in iter_documents(folder)] == ["a", "b"]
    jl = tmp_path / "in.jsonl"
    jl.write_text('{"id": "x", "text": "t", "published": "2020-01-02"}\n\n{"text": "u"}\n')
    assert [(d.id, d.published) for d in iter_documents(jl)] == [("x", "2020-01-02"), ("3", None)]
    table = tmp_path / "in.csv"
    table.write_text('id,title,body,date\n7,T,"<p>x, y</p>",1390867200\n')
    (doc,) = iter_documents(table)
    assert (doc.id, doc.text, doc.published) == ("7", "<p>x, y</p>", "2014-01-28")


def test_bad_input_source_is_a_clear_error(tmp_path):
    from enforcement_events.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        list(iter_documents(tmp_path / "missing.csv"))
    table = tmp_path / "t.csv"
    table.write_text("id,title\n1,x\n")
    with pytest.raises(InputError, match="no text column"):
        list(iter_documents(table))


def test_a_stopped_run_resumes_without_duplicates_or_losses(tmp_path):
    docs = [Document(str(i), TEXT) for i in range(6)]
    out = tmp_path / "out.jsonl"
    calls = []

    def dies_after_three(text, published):
        if len(calls) == 3:
            raise KeyboardInterrupt
        calls.append(text)
        return fake_report(text)

    with pytest.raises(KeyboardInterrupt):
        run_batch(dies_after_three, docs, out)
    assert done_ids(out) == {"0", "1", "2"}
    counts = run_batch(lambda t, p: fake_report(t), docs, out)
    assert counts == {"skipped": 3, "done": 3, "failed": 0}
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == [str(i) for i in range(6)]


def test_failed_document_is_recorded_and_the_run_goes_on(tmp_path):
    def flaky(text, published):
        if text == "bad":
            raise ProviderError("HTTP 500 after 5 attempts")
        return fake_report(text)

    out = tmp_path / "out.jsonl"
    docs = [Document("a", TEXT), Document("b", "bad"), Document("c", TEXT)]
    assert run_batch(flaky, docs, out, workers=2)["failed"] == 1
    records = {json.loads(x)["id"]: json.loads(x) for x in out.read_text().splitlines()}
    assert records["b"]["error"].startswith("ProviderError: HTTP 500")
    assert len(records["a"]["events"]) == 2 and records["a"]["text"] == TEXT


def test_torn_last_line_is_cut_and_redone(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "events": []}\n{"id": "b", "ev')
    assert done_ids(out) == {"a"}
    assert out.read_text() == '{"id": "a", "events": []}\n'


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from enforcement_events.batch import Document, run_batch
    from tests.test_batch import fake_report
    def slow(text, published):
        time.sleep(0.15)
        return fake_report(text)
    docs = [Document(str(i), "Police arrested two men in Leeds. They seized £40,000 in cash.")
            for i in range(30)]
    run_batch(slow, docs, Path(sys.argv[1]))
""")


def test_sigkill_mid_batch_then_restart_keeps_every_document_once(tmp_path):
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(out)], env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or len(done_ids(out)) < 5):
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    first = len(done_ids(out))
    assert 5 <= first < 30
    subprocess.run([sys.executable, "-c", CHILD, str(out)], env=env, check=True, timeout=60)
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids, key=int) == [str(i) for i in range(30)]


def test_csv_export_reads_back_flat(tmp_path):
    path = tmp_path / "events.csv"
    with path.open("w", newline="") as fh:
        write_csv(csv_rows("doc1", fake_report(TEXT)), fh)
    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0]["type"] == "arrest" and rows[0]["count"] == "2" and rows[0]["country"] == "GB"
    assert rows[1]["cash_amount"] == "40000.0" and rows[1]["cash_currency"] == "GBP"
    assert rows[1]["count"] == ""  # empty cell, not "None"


def test_html_report_highlights_and_links_each_event():
    page = html_report(fake_report(TEXT), title="t")
    assert page.count("<mark ") == 2
    assert 'href="#e1-0"' in page and 'id="e1-0"' in page
    assert "<script" not in page and "http" not in page.split("<body>")[1]


def test_html_to_text_drops_scripts_and_navigation():
    markup = (
        "<html><head><style>p{}</style></head><body><nav><a>Home</a></nav>"
        "<h1>Title</h1><p>First &amp; one.</p><script>x()</script><p>Second</p></body>"
    )
    assert to_text(markup) == "Title\n\nFirst & one.\n\nSecond"
