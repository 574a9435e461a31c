"""Exports: a flat CSV (one row per event) and a self-contained HTML report."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable
from typing import Any

from .schema import Event, EventType, Report

__all__ = ["CSV_COLUMNS", "csv_rows", "html_report", "write_csv"]

CSV_COLUMNS = [
    "doc_id", "event", "type", "count", "aggregate", "country", "place", "date",
    "date_precision", "agencies", "nationalities", "offence", "sentence_months",
    "money_amount", "money_currency", "cash_amount", "cash_currency", "items",
    "evidence", "evidence_start", "evidence_end", "evidence_match", "found_by", "inferred",
]  # fmt: skip

COLOURS = {
    EventType.ARREST: "#ffd6a5", EventType.CHARGE: "#fdffb6", EventType.CONVICTION: "#caffbf",
    EventType.SENTENCE: "#9bf6ff", EventType.FINANCIAL_PENALTY: "#a0c4ff",
    EventType.SEIZURE: "#bdb2ff", EventType.SEARCH: "#ffc6ff", EventType.INTERCEPTION: "#ffadad",
    EventType.DETENTION: "#e4c1f9", EventType.DEPORTATION: "#d0f4de",
    EventType.EXTRADITION: "#fcf6bd", EventType.RELEASE: "#a9def9", EventType.TAKEDOWN: "#ede7b1",
}  # fmt: skip


def _row(doc_id: str, n: int, e: Event) -> dict[str, Any]:
    cash = next((i for i in e.items if i.amount is not None), None)
    first = e.evidence[0]
    return {
        "doc_id": doc_id, "event": n, "type": e.type.value, "count": e.count,
        "aggregate": e.aggregate, "country": ";".join(e.country), "place": e.place,
        "date": e.date, "date_precision": e.date_precision, "agencies": ";".join(e.agencies),
        "nationalities": ";".join(e.nationalities), "offence": e.offence,
        "sentence_months": e.sentence_months,
        "money_amount": e.money.amount if e.money else None,
        "money_currency": e.money.currency if e.money else None,
        "cash_amount": cash.amount if cash else None,
        "cash_currency": cash.currency if cash else None,
        "items": "; ".join(
            f"{i.what}" + (f" x{i.quantity}" if i.quantity is not None else "")
            + (f" {i.amount:g} {i.currency}" if i.amount is not None else "")
            + (f" {i.weight_kg:g} kg" if i.weight_kg is not None else "")
            for i in e.items
        ),
        "evidence": " | ".join(x.text for x in e.evidence),
        "evidence_start": first.start, "evidence_end": first.end, "evidence_match": first.match,
        "found_by": e.found_by,
        "inferred": ";".join(f"{k}:{v}" for k, v in sorted(e.inferred.items())),
    }  # fmt: skip


def csv_rows(doc_id: str, report: Report) -> list[dict[str, Any]]:
    """One flat row per event."""
    return [_row(doc_id, n, e) for n, e in enumerate(report.events, 1)]


def write_csv(rows: Iterable[dict[str, Any]], fh: io.TextIOBase | Any) -> None:
    """Write rows with a header; empty values stay empty cells (pandas reads them as NaN)."""
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})


def html_report(report: Report, *, title: str = "enforcement-events report") -> str:
    """One self-contained page: the text with each event's evidence highlighted in its
    type's colour, and a table of the events, each row linked to its highlight."""
    text = report.text
    marks: list[tuple[int, int, int, EventType]] = []
    for n, e in enumerate(report.events, 1):
        for ev in e.evidence:
            marks.append((ev.start, ev.end, n, e.type))
    marks.sort()
    parts: list[str] = []
    pos = 0
    for start, end, n, type_ in marks:
        if start < pos:  # overlapping evidence: the first highlight wins, the row still links
            continue
        parts.append(html.escape(text[pos:start]))
        parts.append(
            f'<mark id="e{n}-{start}" class="ev" style="background:{COLOURS[type_]}" '
            f'title="#{n} {type_.value}">{html.escape(text[start:end])}<sup>{n}</sup></mark>'
        )
        pos = end
    parts.append(html.escape(text[pos:]))
    rows = []
    for n, e in enumerate(report.events, 1):
        ev = e.evidence[0]
        rows.append(
            f'<tr><td><a href="#e{n}-{ev.start}">{n}</a></td>'
            f'<td><span class="chip" style="background:{COLOURS[e.type]}">{e.type.value}</span></td>'
            f"<td>{_cell(e, 'count', '' if e.count is None else str(e.count))}</td>"
            f"<td>{_cell(e, 'country', ', '.join(e.country))}</td>"
            f"<td>{_cell(e, 'date', e.date or '')}</td>"
            f"<td>{'yes' if e.aggregate else ''}</td>"
            f"<td>{html.escape(_detail(e))}</td>"
            f"<td>{e.found_by}</td>"
            f'<td class="q">{html.escape(ev.text)}</td></tr>'
        )
    legend = " ".join(
        f'<span class="chip" style="background:{c}">{t.value}</span>' for t, c in COLOURS.items()
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body{{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#222}}
.text{{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;border-radius:6px}}
mark.ev{{padding:0 2px;border-radius:3px}} mark.ev:target{{outline:3px solid #e63946}}
sup{{font-size:70%;color:#555}} table{{border-collapse:collapse;width:100%;margin:1rem 0}}
td,th{{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}}
.chip{{padding:1px 6px;border-radius:8px;font-size:85%}} .q{{color:#555;font-size:90%}}
.inferred{{font-style:italic;color:#777}}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p>{len(report.events)} events, model {html.escape(report.model)}, {report.usage.calls} calls
({report.usage.cached_calls} more answered from the cache),
{report.usage.prompt_tokens + report.usage.completion_tokens} tokens,
{len(report.dropped)} answers dropped. {legend}</p>
<p class="inferred">Values in grey italics were not read from the event's own sentence:
inferred from elsewhere in the document or from the publication date (hover to see which).
"found by" says whether the model, the rule net or both reported the event.</p>
<table><thead><tr><th>#</th><th>type</th><th>count</th><th>country</th><th>date</th>
<th>total</th><th>details</th><th>found by</th><th>evidence</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
<h2>Text</h2><div class="text">{"".join(parts)}</div>
</body></html>
"""


_WHERE = {
    "document": "inferred from elsewhere in the document",
    "published": "the publication date",
}


def _cell(e: Event, name: str, value: str) -> str:
    """A table cell's value, marked when it was inferred rather than read."""
    source = e.inferred.get(name)
    if source is None or not value:
        return html.escape(value)
    return f'<span class="inferred" title="{_WHERE[source]}">{html.escape(value)}</span>'


def _detail(e: Event) -> str:
    bits = []
    if e.sentence_months is not None:
        bits.append(f"{e.sentence_months:g} months")
    if e.money:
        bits.append(f"{e.money.amount:,.0f} {e.money.currency}")
    for i in e.items:
        bits.append(
            i.what
            + (f" x{i.quantity}" if i.quantity is not None else "")
            + (f" {i.amount:,.0f} {i.currency}" if i.amount is not None else "")
        )
    return "; ".join(bits)
