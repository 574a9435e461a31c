"""Print the seed sample's events as the README shows them, replayed from the recorded
exchange (cassettes/test_seed_sample_gives_grounded_events.yaml); no server needed.

    python benchmarks/seed_printout.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import vcr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from conftest import EMBEDDED_MODEL, RECORD_BASE_URL, vcr_settings  # noqa: E402

from enforcement_events import extract  # noqa: E402
from enforcement_events.schema import Event  # noqa: E402

SEED = ROOT / "samples" / "01_policeprofessional_98_arrests_uk_french_jic.txt"
CASSETTE = ROOT / "cassettes" / "test_seed_sample_gives_grounded_events.yaml"


def _what(event: Event) -> str:
    """What was seized (cash with its currency, goods by count or weight) or the term."""
    if event.sentence_months is not None:
        return f"{event.sentence_months:g} months"
    parts = []
    for item in event.items:
        if item.amount is not None:
            parts.append(f"{item.what} {item.amount:,.0f} {item.currency}")
        elif item.quantity is not None:
            parts.append(f"{item.what} x{item.quantity}")
        elif item.weight_kg is not None:
            parts.append(f"{item.what} {item.weight_kg:g} kg")
    if event.money is not None:
        parts.append(f"{event.money.amount:,.0f} {event.money.currency}")
    return "; ".join(parts)


def main() -> None:
    with vcr.VCR(**vcr_settings(), record_mode="none").use_cassette(str(CASSETTE)):
        report = extract(
            SEED.read_text(),
            published="2020-10-02",
            base_url=RECORD_BASE_URL,
            api_key="sk-local-not-needed",
            model=EMBEDDED_MODEL,
            mode="llama_cpp",
        )
    u = report.usage
    print(
        f"{len(report.events)} events, {len(report.dropped)} answers dropped, "
        f"{u.calls} calls, {u.prompt_tokens}+{u.completion_tokens} tokens"
    )
    for e in report.events:
        ev = e.evidence[0]
        print(
            f"{e.type.value:<13}{e.count if e.count is not None else '':>5} "
            f"{','.join(e.country):<10}{e.date or '':<11}{'total' if e.aggregate else '':<6}"
            f"{_what(e):<28} {ev.text[:60]!r} [{ev.start}:{ev.end}]"
        )


if __name__ == "__main__":
    main()
