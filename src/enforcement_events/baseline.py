"""The naive baseline: what a typical instructor user would write.

One instructor call (JSON mode) on the whole article with a plain schema, no
passage selection, no constrained decoding, no grounding repair, no code-side
normalisation. Evaluated the same way as the pipeline, it is the number every
result of ours is reported beside.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Literal

import instructor
import openai
from pydantic import BaseModel, Field

from .schema import Dropped, Usage

__all__ = ["NaiveEvent", "NaiveExtractor", "NaiveReport"]

PROMPT = (
    "Extract every law enforcement event reported in the article: arrests, charges, "
    "convictions, sentences, financial penalties, seizures, searches, interceptions, "
    "detentions, deportations, extraditions, releases and online takedowns. For each, copy "
    "the exact sentence of the article that reports it as evidence."
)


class NaiveEvent(BaseModel):
    """One event, as a typical user would describe it."""

    type: Literal[
        "arrest",
        "charge",
        "conviction",
        "sentence",
        "financial_penalty",
        "seizure",
        "search",
        "interception",
        "detention",
        "deportation",
        "extradition",
        "release",
        "takedown",
    ]
    evidence: str = Field(description="Exact quote from the article")
    count: int | None = Field(None, description="Number of people (or accounts, premises)")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 country code")
    date: str | None = Field(None, description="ISO date YYYY-MM-DD, YYYY-MM or YYYY")
    aggregate: bool = Field(False, description="True for totals over a period")
    sentence_months: int | None = None
    money_amount: float | None = None
    money_currency: str | None = Field(None, description="ISO 4217 code")


class NaiveEvents(BaseModel):
    """The answer: a list of events."""

    events: list[NaiveEvent]


@dataclass
class NaiveReport:
    """Enough of a Report for the evaluation runner."""

    events: list[NaiveEvent]
    model: str
    usage: Usage
    strategy: str = "naive"
    prompt_version: str = "naive-v1"
    dropped: list[Dropped] = field(default_factory=list)

    def to_spec(self) -> list[dict[str, Any]]:
        """SPEC.md field names."""
        out = []
        for e in self.events:
            money = (
                {"amount": e.money_amount, "currency": e.money_currency}
                if e.money_amount is not None
                else None
            )
            out.append(
                {
                    "type": e.type,
                    "evidence": [e.evidence],
                    "aggregate": e.aggregate,
                    "count": e.count,
                    "country": e.country,
                    "date": e.date,
                    "sentence_months": e.sentence_months,
                    "money": money if e.type == "financial_penalty" else None,
                    "items": [{"what": "money", **money}] if money and e.type == "seizure" else [],
                }
            )
        return out


class NaiveExtractor:
    """``NaiveExtractor(base_url=..., model=...).extract(text)``: one call, JSON mode."""

    def __init__(
        self,
        *,
        base_url: str | None,
        model: str,
        api_key: str = "not-needed",
        max_tokens: int = 2048,
        max_retries: int = 2,
    ) -> None:
        self.raw = openai.OpenAI(base_url=base_url, api_key=api_key, max_retries=2, timeout=900)
        self.client = instructor.from_openai(self.raw, mode=instructor.Mode.JSON)
        self.model = model
        self.max_tokens = max_tokens
        self.max_retries = max_retries

    def extract(self, text: str, published: str | None = None) -> NaiveReport:
        """Extract; a failure after re-asks is an empty report with the reason in dropped."""
        started = time.monotonic()
        usage = Usage()
        dropped: list[Dropped] = []
        events: list[NaiveEvent] = []
        try:
            result, completion = self.client.chat.completions.create_with_completion(
                model=self.model,
                response_model=NaiveEvents,
                max_retries=self.max_retries,
                max_tokens=self.max_tokens,
                temperature=0,
                messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
            )
            events = result.events
            u = getattr(completion, "usage", None)
            if u is not None:
                usage = Usage(
                    prompt_tokens=u.prompt_tokens, completion_tokens=u.completion_tokens, calls=1
                )
        except Exception as exc:  # the baseline reports failure as a user would see it
            total = getattr(exc, "total_usage", None)
            if total is not None:
                usage = Usage(
                    prompt_tokens=getattr(total, "prompt_tokens", 0) or 0,
                    completion_tokens=getattr(total, "completion_tokens", 0) or 0,
                    calls=getattr(exc, "n_attempts", 1) or 1,
                )
            dropped.append(Dropped(reason=f"{type(exc).__name__}: {str(exc)[:300]}"))
        del started
        return NaiveReport(events=events, model=self.model, usage=usage, dropped=dropped)
