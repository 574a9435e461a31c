"""SPEC.md's scoring rules, each on a small hand-made case."""

import pytest

from enforcement_events.evaluation import Sample, pair_events, score_sample, summarize

TEXT = (
    "Police arrested 12 people in France and the UK. Officers seized £40,000 in cash. "
    "Three were held in the UK. Four further individuals face trial next year."
)


def gold(type_, mention, required=True, **fields):
    return {
        "type": type_,
        "mentions": [mention],
        "required": required,
        "aggregate": False,
        "count": None,
        "country": None,
        "date": None,
        "sentence_months": None,
        "money": None,
        "items": [],
        **fields,
    }


def pred(type_, *evidence, **fields):
    return {"type": type_, "evidence": list(evidence), **fields}


ARREST = gold(
    "arrest",
    "Police arrested 12 people in France and the UK",
    count=12,
    country=["FR", "GB"],
    date="2020-09-29",
)
BREAKDOWN = gold("arrest", "Three were held in the UK", required=False, count=3)
SEIZURE = gold(
    "seizure",
    "Officers seized £40,000 in cash",
    items=[{"what": "cash", "amount": 40000, "currency": "GBP"}],
)
SAMPLE = Sample("s", TEXT, "2020-10-02", [ARREST, BREAKDOWN, SEIZURE])


def test_pairing_needs_equal_type_and_overlapping_evidence():
    preds = [pred("charge", "Police arrested 12 people"), pred("arrest", "Officers seized")]
    assert pair_events(preds, SAMPLE.events, TEXT) == []


def test_evidence_is_placed_verbatim_up_to_spaces_and_quotes_never_by_letter_case():
    spaced = pred("arrest", "Police  arrested 12\npeople")
    assert [(p.pred, p.gold) for p in pair_events([spaced], SAMPLE.events, TEXT)] == [(0, 0)]
    recased = pred("arrest", "police arrested 12 people")
    assert pair_events([recased], SAMPLE.events, TEXT) == []


def test_a_prediction_overlapping_two_gold_events_takes_the_larger_overlap():
    # One prediction spans both arrest sentences; the arrest sentence overlaps more.
    span = "Police arrested 12 people in France and the UK. Officers seized £40,000 in cash. Three"
    pairs = pair_events([pred("arrest", span)], SAMPLE.events, TEXT)
    assert [(p.pred, p.gold) for p in pairs] == [(0, 0)]


def test_one_to_one_best_overlap_first():
    preds = [pred("arrest", "arrested 12"), pred("arrest", "Police arrested 12 people in France")]
    pairs = pair_events(preds, SAMPLE.events, TEXT)
    assert [(p.pred, p.gold) for p in pairs] == [(1, 0)]  # the longer overlap wins the event


def test_optional_match_is_neither_rewarded_nor_penalised():
    preds = [
        pred("arrest", "Police arrested 12 people in France and the UK"),
        pred("arrest", "Three were held in the UK"),
    ]
    score = score_sample(preds, SAMPLE)
    assert score.overall.matched_optional == 1
    assert score.overall.precision == 1.0  # 1 matched / (2 predicted - 1 optional)
    assert score.overall.recall == 0.5  # the seizure was missed


def test_unmatched_prediction_costs_precision():
    preds = [
        pred("arrest", "Police arrested 12 people"),
        pred("conviction", "Four further individuals face trial next year"),
    ]
    o = score_sample(preds, SAMPLE).overall
    assert (o.precision, o.recall) == (0.5, 0.5) and o.f1 == pytest.approx(0.5)


def test_field_accuracy_on_matched_pairs_where_gold_has_a_value():
    preds = [
        pred(
            "arrest",
            "Police arrested 12 people in France and the UK",
            count=12,
            country=["GB", "FR"],
            date="2020-09-29",
            aggregate=False,
        ),
        pred(
            "seizure",
            "Officers seized £40,000 in cash",
            items=[{"what": "cash", "amount": 40000, "currency": "GBP"}],
            aggregate=True,
        ),
    ]
    fields = score_sample(preds, SAMPLE).fields
    assert fields["count"] == [True] and fields["country"] == [True]
    assert fields["date"] == [True] and fields["money"] == [True]
    assert fields["aggregate"] == [True, False]
    assert "sentence_months" not in fields  # gold has no value anywhere


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "ok"),
    [
        ("2020", "2020-09-29", True),
        ("2020-09-29", "2020", False),
        ("2020-09", "2020-10-01", False),
        ("2020-09", None, False),
    ],
    ids=["finer-prediction", "coarser-prediction", "wrong-month", "missing"],
)
def test_date_is_prefix_equality_at_gold_precision(gold_date, pred_date, ok):
    sample = Sample("d", TEXT, None, [{**ARREST, "date": gold_date}])
    p = pred("arrest", "Police arrested 12 people", date=pred_date)
    assert score_sample([p], sample).fields["date"] == [ok]


def test_country_is_set_equality_and_accepts_a_string():
    sample = Sample("c", TEXT, None, [{**ARREST, "country": "FR"}])
    assert score_sample([pred("arrest", "Police arrested", country="FR")], sample).fields[
        "country"
    ] == [True]
    assert score_sample([pred("arrest", "Police arrested", country=["FR", "GB"])], sample).fields[
        "country"
    ] == [False]


def test_grounding_rate_normalises_whitespace_and_quotes():
    preds = [pred("arrest", "Police  arrested\n12 people"), pred("seizure", "seized 40 cars")]
    metrics = summarize([score_sample(preds, SAMPLE)])
    assert metrics["grounding"] == {"grounded": 1, "total": 2, "rate": 0.5}


def test_micro_average_over_samples_and_per_type():
    s1 = score_sample([pred("arrest", "Police arrested 12 people")], SAMPLE)
    s2 = score_sample([pred("seizure", "Officers seized")], SAMPLE)
    m = summarize([s1, s2])
    assert m["overall"]["matched"] == 2 and m["overall"]["required"] == 4
    assert m["by_type"]["arrest"]["recall"] == 0.5 and m["by_type"]["seizure"]["precision"] == 1.0


def test_a_sample_that_fails_is_scored_as_no_events_and_named(tmp_path):
    from enforcement_events.evaluation_run import evaluate

    from .conftest import SAMPLES

    calls = []

    def extract(text, published):
        calls.append(published)
        raise ValueError("the model answered a list")

    metrics = evaluate(extract, SAMPLES, tmp_path, name="broken", only=["10_", "11_"], around=None)
    assert len(calls) == 2  # the run went on after the first failure
    assert metrics["overall"]["predicted"] == 0 and metrics["overall"]["recall"] == 0
    assert set(metrics["errors"]) == {
        "10_nca_suspected_people_smuggler_detained_birmingham",
        "11_nca_man_arrested_oldbury_10k_cash_cigarettes",
    }
    assert "the model answered a list" in next(iter(metrics["errors"].values()))
