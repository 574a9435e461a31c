"""The longest release in the DOJ corpus (26,764 characters of HTML; a U.S. government
work in the public domain, tests/data/): every prompt fits the context, every sentence
that may hold an action is sent whole exactly once, and where the passages are cut
does not change the events."""

import functools
import json
import re
from pathlib import Path

import httpx2
import pytest

import enforcement_events.extraction as extraction
from enforcement_events import Extractor
from enforcement_events.html import to_text
from enforcement_events.selection import TRIGGERS, select_passages
from enforcement_events.text import sentences

from .conftest import chat_response

HTML = (Path(__file__).parent / "data" / "doj_17_longest_release.html").read_text()
TEXT = to_text(HTML)
# What a sentence-level oracle calls an action: the same words whatever the passage.
ORACLE = {
    "arrest": re.compile(r"\barrested\b", re.I),
    "charge": re.compile(r"\b(?:charged|indicted)\b", re.I),
    "conviction": re.compile(r"\b(?:convicted|pleaded guilty)\b", re.I),
    "sentence": re.compile(r"\bsentenced\b", re.I),
}


def oracle(request: httpx2.Request) -> httpx2.Response:
    """Answers like the model would if it read each numbered sentence on its own."""
    body = json.loads(request.content)
    user = body["messages"][-1]["content"]
    events = []
    for n, sentence in re.findall(r"^\[(\d+)\] (.*)$", user, re.M):
        for type_, rx in ORACLE.items():
            if rx.search(sentence):
                events.append(
                    {
                        "sentence": int(n),
                        "type": type_,
                        "count": None,
                        "where": None,
                        "when": None,
                        "total": False,
                    }
                )
    oracle.prompts.append(sum(len(m["content"]) for m in body["messages"]))
    return httpx2.Response(200, json=chat_response(json.dumps({"events": events})))


def run(fake_client, monkeypatch, **window):
    oracle.prompts = []
    if window:
        monkeypatch.setattr(
            extraction, "select_passages", functools.partial(select_passages, **window)
        )
    ex = Extractor(client=fake_client(oracle), mode="llama_cpp", strategy="passages")
    return ex.extract(HTML, published="2014-09-23"), list(oracle.prompts)


def test_the_longest_release_fits_the_context_and_sends_each_sentence_once(
    fake_client, monkeypatch
):
    assert len(HTML) == 26_764
    report, prompts = run(fake_client, monkeypatch)
    windows = select_passages(TEXT)
    sent = [s for w in windows for s in w]
    assert len(sent) == len({s.start for s in sent})  # no sentence twice
    for s in sent:
        assert TEXT[s.start : s.end] == s.text  # whole sentences, offsets into the text
    with_trigger = [s for s in sentences(TEXT) if TRIGGERS.search(s.text)]
    assert {s.start for s in with_trigger} <= {s.start for s in sent}
    assert len(prompts) == len(windows) >= 5
    # 8,192 tokens of context, 400 for the answer; a token is at least ~3 characters here
    assert max(prompts) < (8192 - 400) * 3
    assert max(sum(len(s.text) for s in w) for w in windows) <= 900


@pytest.mark.parametrize("window", [{"max_chars": 250, "max_sentences": 2}, {"max_chars": 4000}])
def test_where_passages_are_cut_does_not_change_the_events(fake_client, monkeypatch, window):
    base, _ = run(fake_client, monkeypatch)
    other, prompts = run(fake_client, monkeypatch, **window)
    assert base.events, "the oracle finds actions in this release"

    def key(report):
        return [(e.type, e.count, e.date, [x.start for x in e.evidence]) for e in report.events]

    assert key(other) == key(base)
