import json

import pytest
from pydantic import ValidationError as PydanticValidationError

from enforcement_events.schema import Event, Evidence, Item, Money, json_schemas

from .conftest import ROOT

EV = {"text": "was arrested", "start": 3, "end": 15, "match": "exact"}


def event(**changes):
    return {"type": "arrest", "evidence": [EV], **changes}


def test_valid_event_roundtrips_and_exposes_spec_fields():
    e = Event.model_validate(event(count=3, country=["gb"], date="2020-09-29"))
    assert e.country == ["GB"]
    spec = e.to_spec()
    assert spec["country"] == "GB" and spec["evidence"] == ["was arrested"]
    assert set(spec) >= {
        "type",
        "evidence",
        "aggregate",
        "count",
        "country",
        "date",
        "sentence_months",
        "money",
        "items",
    }


@pytest.mark.parametrize(
    "changes",
    [
        {"count": -1},
        {"country": ["XX"]},
        {"date": "29/09/2020"},
        {"evidence": []},
        {"evidence": [{**EV, "text": "   "}]},
        {"evidence": [{**EV, "end": 2}]},
        {"type": "parking_ticket"},
        {"money": {"amount": 5, "currency": "ZZZ"}},
        {"items": [{"what": "cash", "amount": 5}]},
        {"sentence_months": -3},
    ],
    ids=[
        "negative-count",
        "unknown-country",
        "non-iso-date",
        "no-evidence",
        "blank-evidence",
        "reversed-span",
        "unknown-type",
        "unknown-currency",
        "amount-without-currency",
        "negative-sentence",
    ],
)
def test_impossible_values_are_rejected(changes):
    with pytest.raises(PydanticValidationError):
        Event.model_validate(event(**changes))


def test_money_and_items_accept_iso_codes():
    assert Money(amount=350_000_000, currency="usd").currency == "USD"
    assert Item(what="cash", amount=40_000, currency="GBP").amount == 40_000
    assert Evidence(**EV).match == "exact"


@pytest.mark.parametrize("name", ["event", "report"])
def test_committed_json_schema_matches_the_models(name):
    committed = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text())
    assert committed == json_schemas()[name], (
        "schemas/ drifted from the models: run python -m enforcement_events.schema"
    )


@pytest.mark.parametrize("code", ["BGN", "HRK", "LTL", "SLL", "bgn"])
def test_a_withdrawn_iso_4217_currency_is_still_a_currency(code):
    """A 2015 fine in Bulgarian leva is BGN, though the lev gave way to the euro in 2026."""
    assert Money(amount=1500, currency=code).currency == code.upper()


def test_a_code_that_never_was_a_currency_is_refused():
    with pytest.raises(PydanticValidationError):
        Money(amount=10, currency="XYZ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court added a fine of 1500 leva.", [(1500.0, "BGN")]),
        ("She was fined 12,000 forints.", [(12000.0, "HUF")]),
        ("He paid a fine of BGN 2,000.", [(2000.0, "BGN")]),
    ],
    ids=["leva", "forints", "withdrawn-code"],
)
def test_more_currencies_words_are_read(monkeypatch, text, expected):
    """MORE_CURRENCY_WORDS: "1500 leva", "12,000 forints"; a withdrawn ISO code is read."""
    from enforcement_events import normalize

    assert normalize.money_in(text) == expected
    if "BGN 2" not in text:
        monkeypatch.setattr(normalize, "MORE_CURRENCY_WORDS", False)
        assert normalize.money_in(text) == []
