"""Provenance: which part found each event, and which fields were read from the event's
own sentence or inferred from elsewhere (sentences written for these tests)."""

import io

from enforcement_events import Extractor
from enforcement_events.export import csv_rows, html_report, write_csv

from .conftest import answers

TEXT = (
    "Customs officers in Felixstowe arrested four men on 3 May 2023 after a container "
    "search.\n\n"
    "They were later charged with smuggling tobacco.\n\n"
    "Detectives also seized two vans."
)


def wire(sentence, type_, count=None):
    return {"sentence": sentence, "type": type_, "count": count, "where": None, "when": None,
            "total": False}  # fmt: skip


def run(fake_client, answer, text=TEXT, published="2023-05-06"):
    with Extractor(
        client=fake_client(answers(answer)), mode="llama_cpp", strategy="passages"
    ) as ex:
        return ex.extract(text, published=published)


def test_found_by_tells_model_rules_and_both(fake_client):
    # the model reports the arrest and the seizure, and misses the charge
    report = run(fake_client, {"events": [wire(1, "arrest", 4), wire(3, "seizure")]})
    by_type = {e.type.value: e for e in report.events}
    assert by_type["charge"].found_by == "rules"  # "were later charged", missed by the model
    assert by_type["arrest"].found_by in ("both", "model")
    assert {e.found_by for e in report.events} <= {"model", "rules", "both"}


def test_a_field_read_from_the_sentence_is_not_marked(fake_client):
    report = run(fake_client, {"events": [wire(1, "arrest", 4)]})
    arrest = next(e for e in report.events if e.type.value == "arrest")
    assert arrest.date == "2023-05-03" and "date" not in arrest.inferred
    assert arrest.count == 4 and "count" not in arrest.inferred


def test_a_count_taken_from_the_action_before_is_inferred(fake_client):
    report = run(fake_client, {"events": [wire(1, "arrest", 4), wire(2, "charge")]})
    charge = next(e for e in report.events if e.type.value == "charge")
    assert charge.count == 4 and charge.inferred.get("count") == "document"


def test_the_publication_date_as_a_fallback_is_marked(fake_client):
    text = "Border guards detained nine migrants near the harbour."
    report = run(fake_client, {"events": [wire(1, "detention", 9)]}, text=text)
    (event,) = report.events
    assert event.date == "2023-05-06" and event.inferred["date"] == "published"


def test_exports_carry_provenance(fake_client):
    report = run(fake_client, {"events": [wire(1, "arrest", 4), wire(2, "charge")]})
    buf = io.StringIO()
    write_csv(csv_rows("doc", report), buf)
    header, *rows = buf.getvalue().splitlines()
    assert header.endswith("found_by,inferred")
    assert any("count:document" in r.rsplit(",", 1)[-1] for r in rows)
    page = html_report(report)
    assert 'class="inferred" title="inferred from elsewhere in the document"' in page
    assert "<th>found by</th>" in page
    spec = report.to_spec()
    assert {e["found_by"] for e in spec} <= {"model", "rules", "both"}
