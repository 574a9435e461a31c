"""Shared fixtures: cassette settings (replay by default), fake model servers."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CASSETTES = ROOT / "cassettes"
# Where cassettes were recorded; host and port are not matched, so replay needs no server.
RECORD_BASE_URL = os.environ.get("ENFORCEMENT_EVENTS_RECORD_BASE_URL", "http://127.0.0.1:8089/v1")
EMBEDDED_MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
FILTERED_HEADERS = [
    "authorization",
    "x-api-key",
    "api-key",
    "openai-organization",
    "openai-project",
    "cookie",
    "set-cookie",
]


def vcr_settings() -> dict[str, Any]:
    """One definition of how cassettes are matched and scrubbed (tests and benchmarks)."""
    return {
        "match_on": ["method", "path", "body"],
        "filter_headers": FILTERED_HEADERS,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    # No record_mode here: pytest-recording's default is "none" (replay only), and
    # --record-mode=rewrite on the command line records again, deliberately.
    return vcr_settings()


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


def chat_response(
    content: str,
    *,
    prompt_tokens: int = 10,
    completion_tokens: int = 5,
    finish_reason: str = "stop",
) -> dict[str, Any]:
    """A chat completion body as an OpenAI-compatible server sends it."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


Handler = Callable[[httpx2.Request], httpx2.Response]


@pytest.fixture
def fake_client() -> Callable[[Handler], openai.OpenAI]:
    """Build an openai client whose transport is a function (no sockets)."""

    def build(handler: Handler) -> openai.OpenAI:
        return openai.OpenAI(
            base_url="http://fake.test/v1",
            api_key="sk-test-fake",
            max_retries=0,
            http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
        )

    return build


def answers(*bodies: Any) -> Handler:
    """A handler that answers each request with the next body (dict -> JSON chat reply)."""
    queue = list(bodies)
    seen: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        body = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(body, httpx2.Response):
            return body
        if isinstance(body, dict):
            return httpx2.Response(200, json=chat_response(json.dumps(body)))
        return httpx2.Response(200, json=chat_response(str(body)))

    handle.seen = seen  # type: ignore[attr-defined]
    return handle


@pytest.fixture
def standin_env(tmp_path: Path) -> dict[str, str]:
    """Environment in which the CLI serves the embedded model with the stand-in server
    (tests/standin_llama_server.py) and a stand-in GGUF file; tmp_path holds article.txt."""
    gguf = tmp_path / "own-model.gguf"
    gguf.write_bytes(b"GGUF stand-in weights")
    (tmp_path / "article.txt").write_text(
        "Officers arrested two men at a warehouse in Dundee on Monday.\n"
    )
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ENFORCEMENT_"))},
        "PYTHONPATH": str(ROOT),
        "ENFORCEMENT_EVENTS_SERVER_MODULE": "tests.standin_llama_server",
        "ENFORCEMENT_EVENTS_CACHE": str(tmp_path / "cache"),
        "STANDIN_PIDFILE": str(tmp_path / "server.pid"),
        "STANDIN_REQUESTS": str(tmp_path / "requests.log"),
        "GGUF": str(gguf),
    }


def one_sentence_event(
    type_: Any,
    text: str,
    *,
    doc: str | None = None,
    start: int = 0,
    lang: str = "en",
    published: Any = None,
    unpublished: bool = False,
    count: int | None = None,
) -> Any:
    """The event the pipeline builds from ``text``, a sentence at ``start`` of ``doc``
    (the sentence alone by default), with no place from the model and the model's
    ``count``, published on 14 March 2031 unless said (``unpublished``: in a text with no
    publication date)."""
    from datetime import date

    from enforcement_events.events import build_event
    from enforcement_events.schema import Evidence

    ev = Evidence(text=text, start=start, end=start + len(text), match="exact")
    return build_event(
        lang=lang,
        type_=type_,
        evidence=ev,
        context="",
        doc_text=doc or text,
        count=count,
        where=None,
        when=None,
        total=False,
        published=None if unpublished else published or date(2031, 3, 14),
    )


def read_with_rule_cut(monkeypatch: Any, lang: str, type_: Any, at: str, sentence: str) -> bool:
    """Does the rule net read ``type_`` in ``sentence`` with the language's RULES[type_]
    cut at ``at`` (the alternatives a change appended there, dropped)? The rule net's
    compiled rules are rebuilt before and after."""
    from enforcement_events import lexicon, rules
    from enforcement_events.rules import rule_types

    table = lexicon.load(lang)
    cut = table.RULES[type_.value].split(at)[0]
    monkeypatch.setattr(table, "RULES", {**table.RULES, type_.value: cut})
    rules._rules.cache_clear()
    try:
        return type_ in rule_types(sentence, lang)
    finally:
        monkeypatch.undo()
        rules._rules.cache_clear()


def rule_net_switched_off(monkeypatch: Any, name: str) -> None:
    """Switch ``rules.<name>`` off and rebuild the rule net's compiled rules, which read
    the switches once (request ``fresh_rules`` too, so they are rebuilt after the test)."""
    from enforcement_events import rules

    monkeypatch.setattr(rules, name, False)
    rules._rules.cache_clear()


@pytest.fixture
def fresh_rules():
    """The cached rule net read again after the test (request it before monkeypatch, so
    it runs after monkeypatch has put the switches back)."""
    from enforcement_events import rules

    yield
    rules._rules.cache_clear()
