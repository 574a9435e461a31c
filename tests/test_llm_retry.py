"""Retry policy through an injected fake transport: no sockets, no sleeping."""

import httpx2
import pytest
from pydantic import BaseModel

from enforcement_events.errors import ExtractionFailed, ProviderError
from enforcement_events.llm import LLM, Provider, RetryPolicy

from .conftest import answers, chat_response

PROVIDER = Provider("http://fake.test/v1", "sk-test-fake", "fake", embedded=False)
FAST = RetryPolicy(max_attempts=3, max_seconds=60, initial_wait=1, max_wait=8, max_reasks=1)


class Answer(BaseModel):
    n: int


def make(fake_client, handler, sleeps, mode="llama_cpp"):
    return LLM(PROVIDER, mode=mode, retry=FAST, client=fake_client(handler), sleep=sleeps.append)


MESSAGES = [{"role": "user", "content": "how many?"}]


def test_429_with_retry_after_then_success(fake_client):
    sleeps: list[float] = []
    handler = answers(
        httpx2.Response(429, headers={"retry-after": "2"}, json={"error": {}}), {"n": 3}
    )
    result, usage = make(fake_client, handler, sleeps).complete(Answer, MESSAGES, max_tokens=50)
    assert result.n == 3
    assert sleeps == [2.0]  # the server's Retry-After, not our backoff
    assert usage.calls == 1 and usage.prompt_tokens == 10  # the 429 carried no tokens


def test_500_then_success_backs_off_with_jitter(fake_client):
    sleeps: list[float] = []
    handler = answers(httpx2.Response(500, json={"error": {"message": "boom"}}), {"n": 1})
    result, _ = make(fake_client, handler, sleeps).complete(Answer, MESSAGES, max_tokens=50)
    assert result.n == 1
    assert len(sleeps) == 1 and 0.5 <= sleeps[0] <= 1.0


def test_retries_exhausted_raise_provider_error_naming_the_status(fake_client):
    sleeps: list[float] = []
    handler = answers(httpx2.Response(503, json={"error": {"message": "overloaded"}}))
    with pytest.raises(ProviderError, match="HTTP 503") as info:
        make(fake_client, handler, sleeps).complete(Answer, MESSAGES, max_tokens=50)
    assert info.value.status_code == 503
    assert len(handler.seen) == FAST.max_attempts and len(sleeps) == FAST.max_attempts - 1


def test_4xx_is_not_retried(fake_client):
    sleeps: list[float] = []
    handler = answers(httpx2.Response(400, json={"error": {"message": "bad request"}}))
    with pytest.raises(ProviderError, match="HTTP 400"):
        make(fake_client, handler, sleeps).complete(Answer, MESSAGES, max_tokens=50)
    assert len(handler.seen) == 1 and sleeps == []


def test_invalid_answer_is_reasked_and_every_attempt_counted(fake_client):
    handler = answers({"n": "many"}, {"n": 4})
    result, usage = make(fake_client, handler, []).complete(Answer, MESSAGES, max_tokens=50)
    assert result.n == 4
    assert usage.calls == 2 and usage.prompt_tokens == 20 and usage.completion_tokens == 10
    assert "many" in handler.seen[1].content.decode()  # the re-ask shows the bad answer


def test_reasks_exhausted_raise_extraction_failed(fake_client):
    llm = make(fake_client, answers({"n": "many"}), [])
    with pytest.raises(ExtractionFailed, match="invalid after 1 re-ask"):
        llm.complete(Answer, MESSAGES, max_tokens=50)
    assert llm.last_usage().calls == 2


def test_cut_off_answer_is_a_fault_not_a_result(fake_client):
    cut = httpx2.Response(200, json=chat_response('{"n": 1', finish_reason="length"))
    llm = make(fake_client, answers(cut), [])
    with pytest.raises(ExtractionFailed, match="cut off at max_tokens=50"):
        llm.complete(Answer, MESSAGES, max_tokens=50)
    assert llm.last_usage().calls == 2 and llm.last_usage().completion_tokens == 10


def test_llama_cpp_mode_sends_schema_constrained_json_object(fake_client):
    import json

    handler = answers({"n": 2})
    make(fake_client, handler, []).complete(Answer, MESSAGES, max_tokens=50)
    body = json.loads(handler.seen[0].content)
    assert body["response_format"]["type"] == "json_object"
    assert body["response_format"]["schema"]["properties"]["n"]["type"] == "integer"
    assert body["max_tokens"] == 50


def test_cache_answers_the_same_request_without_sending_it(fake_client, tmp_path):
    handler = answers({"n": 5})
    llm = LLM(
        PROVIDER,
        mode="llama_cpp",
        retry=FAST,
        client=fake_client(handler),
        sleep=[].append,
        cache=tmp_path / "cache",
    )
    first, used_first = llm.complete(Answer, MESSAGES, max_tokens=50)
    second, used_second = llm.complete(Answer, MESSAGES, max_tokens=50)
    assert first.n == second.n == 5 and len(handler.seen) == 1
    assert used_first.calls == 1 and used_second.calls == 0 and used_second.cached_calls == 1
    llm.complete(Answer, [{"role": "user", "content": "other"}], max_tokens=50)
    assert len(handler.seen) == 2  # another request is sent
    stored = b"".join(p.read_bytes() for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert b"sk-test-fake" not in stored
