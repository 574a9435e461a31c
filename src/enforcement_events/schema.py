"""The product's contract: events, evidence and the report, as pydantic models.

Every field of ``samples/SPEC.md`` can be derived from an :class:`Event`
(see :meth:`Event.to_spec`). ``schemas/*.json`` is generated from these models
by ``python -m enforcement_events.schema`` and a test fails when they drift.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

__all__ = [
    "DatePrecision",
    "Dropped",
    "Event",
    "EventType",
    "Evidence",
    "FoundBy",
    "Inferred",
    "Item",
    "MatchKind",
    "Money",
    "Person",
    "Report",
    "Usage",
]


class EventType(StrEnum):
    """The 13 kinds of enforcement action (SPEC.md, "Event types")."""

    ARREST = "arrest"
    CHARGE = "charge"
    CONVICTION = "conviction"
    SENTENCE = "sentence"
    FINANCIAL_PENALTY = "financial_penalty"
    SEIZURE = "seizure"
    SEARCH = "search"
    INTERCEPTION = "interception"
    DETENTION = "detention"
    DEPORTATION = "deportation"
    EXTRADITION = "extradition"
    RELEASE = "release"
    TAKEDOWN = "takedown"


MatchKind = Literal["exact", "normalized", "fuzzy"]
DatePrecision = Literal["year", "month", "day"]
# Where a field's value came from when not from the event's own sentences.
Inferred = Literal["document", "published"]
# Which part of the pipeline reported the event.
FoundBy = Literal["model", "rules", "both"]
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ISO 4217 codes withdrawn since (ISO 4217's list three), which texts written before then
# name: the currencies the euro replaced (the Bulgarian lev on 1 January 2026, the
# Croatian kuna in 2023, the Lithuanian litas in 2015, ...) and those redenominated (the old
# Sierra Leonean leone, Venezuelan bolívar, Mauritanian ouguiya, Zambian kwacha, ...).
# pycountry lists only the codes in use, so a fine of 1,500 leva in a 2015 text had been
# an error.
WITHDRAWN_CURRENCIES = frozenset({
    "ATS", "BEF", "BGN", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GRD", "HRK", "IEP",
    "ITL", "LTL", "LUF", "LVL", "MTL", "NLG", "PTE", "SIT", "SKK", "SLL", "VEF", "MRO",
    "STD", "ZMK", "GHC", "TRL", "ROL", "AZM", "BYR",
})  # fmt: skip


def is_currency_code(code: str) -> bool:
    """Whether ``code`` (upper case) is an ISO 4217 code, in use or withdrawn."""
    return code in WITHDRAWN_CURRENCIES or pycountry.currencies.get(alpha_3=code) is not None


def _check_currency(code: str) -> str:
    code = code.upper()
    if not is_currency_code(code):
        raise ValueError(f"unknown ISO 4217 currency code {code!r}")
    return code


# Codes in use that ISO 3166-1 leaves to its users: "XK", Kosovo's (the European Union's,
# the IMF's and the Kosovo authorities' own), which ISO has not assigned.
USER_ASSIGNED_COUNTRIES = {"XK": "Kosovo"}


def _check_country(code: str) -> str:
    code = code.upper()
    if code not in USER_ASSIGNED_COUNTRIES and pycountry.countries.get(alpha_2=code) is None:
        raise ValueError(f"unknown ISO 3166-1 alpha-2 country code {code!r}")
    return code


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """A verbatim span of the input that reports the event."""

    text: str = Field(min_length=1, description="The words of the input, exactly as they appear.")
    start: int = Field(ge=0, description="Character offset of the first character in the input.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    match: MatchKind = Field(
        description="How the model's quote was located: exact, after normalising "
        "whitespace and quotes, or fuzzy above the threshold."
    )
    score: float = Field(default=100.0, ge=0, le=100, description="Similarity 0-100.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("evidence must not be empty or whitespace")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end <= self.start:
            raise ValueError("evidence end must be greater than start")
        return self


class Money(_Model):
    """An amount of money in an ISO 4217 currency."""

    amount: float = Field(ge=0)
    currency: str = Field(description="ISO 4217 code, e.g. GBP, USD, EUR.")

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str) -> str:
        return _check_currency(value)


class Item(_Model):
    """Something seized: what, how many units, its money value, its weight."""

    what: str = Field(min_length=1)
    quantity: int | None = Field(default=None, ge=0)
    amount: float | None = Field(default=None, ge=0)
    currency: str | None = None
    weight_kg: float | None = Field(default=None, ge=0)

    @field_validator("currency")
    @classmethod
    def _iso_currency(cls, value: str | None) -> str | None:
        return None if value is None else _check_currency(value)

    @model_validator(mode="after")
    def _amount_has_currency(self) -> Item:
        if self.amount is not None and self.currency is None:
            raise ValueError("an item with a money amount needs its ISO 4217 currency")
        return self


class Person(_Model):
    """One person acted on, where the text describes them."""

    nationality: str | None = Field(default=None, description='Demonym, e.g. "Romanian".')
    age: int | None = Field(default=None, ge=0, le=120)
    sex: Literal["male", "female"] | None = None


class Event(_Model):
    """One enforcement action the text reports as having happened."""

    type: EventType
    evidence: list[Evidence] = Field(min_length=1)
    aggregate: bool = Field(
        default=False, description="A period statistic rather than one operation."
    )
    count: int | None = Field(
        default=None, ge=0, description="People, accounts (takedown) or premises (search)."
    )
    country: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes.")
    place: str | None = None
    date: str | None = Field(default=None, description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD.")
    date_precision: DatePrecision | None = None
    agencies: list[str] = Field(default_factory=list)
    nationalities: list[str] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    offence: str | None = None
    items: list[Item] = Field(default_factory=list)
    sentence_months: float | None = Field(default=None, ge=0)
    money: Money | None = None
    inferred: dict[str, Inferred] = Field(
        default_factory=dict,
        description="Fields whose value was not read from the event's own sentences: "
        "'document' (another sentence, or the place the document names most) or "
        "'published' (the publication date). A field not named here was read from the "
        "evidence, or is empty.",
    )
    found_by: FoundBy = Field(
        default="model",
        description="'model' (the language model's answer), 'rules' (the lexical rule "
        "net: a sentence that reports the action in so many words) or 'both'.",
    )
    # Set by the pipeline when date or country were defaults, not read from the text.
    _guessed: set[str] = PrivateAttr(default_factory=set)

    @field_validator("country")
    @classmethod
    def _iso_countries(cls, value: list[str]) -> list[str]:
        return [_check_country(code) for code in value]

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None and not _ISO_DATE.match(value):
            raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return value

    def to_spec(self) -> dict[str, Any]:
        """Return this event with SPEC.md's field names, for any SPEC scorer."""
        country: str | list[str] | None = (
            None
            if not self.country
            else self.country[0]
            if len(self.country) == 1
            else self.country
        )
        return {
            "type": self.type.value,
            "evidence": [e.text for e in self.evidence],
            "aggregate": self.aggregate,
            "count": self.count,
            "country": country,
            "place": self.place,
            "date": self.date,
            "agencies": self.agencies,
            "nationalities": self.nationalities,
            "offence": self.offence,
            "sentence_months": self.sentence_months,
            "money": None if self.money is None else self.money.model_dump(),
            "items": [i.model_dump(exclude_none=True) for i in self.items],
            # beyond SPEC.md (scorers ignore them): provenance, for ablations
            "found_by": self.found_by,
            "inferred": dict(self.inferred),
        }


class Usage(_Model):
    """Tokens and calls summed over every attempt, failed ones included."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = Field(default=0, description="HTTP requests sent, retries and re-asks included.")
    cached_calls: int = Field(default=0, description="Answers taken from the cache, not sent.")

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, other: Usage) -> None:
        """Add another usage to this one in place."""
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.calls += other.calls
        self.cached_calls += other.cached_calls


class Dropped(_Model):
    """Something the model returned that is not in the report, and why."""

    reason: str
    type: str | None = None
    quote: str | None = None


class Report(_Model):
    """What :func:`enforcement_events.extract` returns."""

    events: list[Event] = Field(default_factory=list)
    text: str = Field(description="The text the evidence offsets refer to.")
    published: str | None = None
    model: str
    strategy: str
    language: str = Field(
        default="en",
        description="ISO 639-1 code of the text's language (detected, or as given), whose "
        "word lists selected the passages and checked the answers.",
    )
    prompt_version: str
    usage: Usage = Field(default_factory=Usage)
    dropped: list[Dropped] = Field(default_factory=list)
    seconds: float = 0.0

    def to_spec(self) -> list[dict[str, Any]]:
        """Return the events with SPEC.md's field names."""
        return [e.to_spec() for e in self.events]


_SCHEMAS: dict[str, type[BaseModel]] = {"event": Event, "report": Report}


def json_schemas() -> dict[str, dict[str, Any]]:
    """Return the JSON Schema of each public model, keyed by file stem."""
    return {name: model.model_json_schema() for name, model in _SCHEMAS.items()}


def write_schemas(folder: Path) -> list[Path]:
    """Write ``<name>.schema.json`` for each public model into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover
    for p in write_schemas(Path("schemas")):
        print(p)
