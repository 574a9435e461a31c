"""What each part of the non-English pipeline buys, on the recorded language sets.

Replays the recorded answers (no model) of languages/<code>/<half> with one part
switched off at a time, and scores the five languages pooled:

    python benchmarks/language_levers.py --half tune
    python benchmarks/language_levers.py --half heldout

Parts: the rule net (lexicon RULES), the denial check, text2num (number words),
dateparser (dates), ISO 3166-2 regions and towns (a country when none is named).
"""

from __future__ import annotations

import argparse
import importlib.util
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from enforcement_events import events, extraction, normalize, places, rules, selection, text
from enforcement_events.evaluation import load_samples
from enforcement_events.evaluation_run import load_predictions, score_predictions

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "de", "es", "it", "nl")


def _runner() -> Any:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def _patched(module: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(module, name)
    setattr(module, name, value)
    # the document's country is computed once per text: a switch it reads must not be
    # answered from what was cached before the switch
    _clear_caches()
    try:
        yield
    finally:
        setattr(module, name, old)
        _clear_caches()


def _clear_caches() -> None:
    events._doc_country.cache_clear()
    events._doc_year.cache_clear()
    events._not_a_count.cache_clear()
    events._goods_re.cache_clear()
    normalize._subdivisions.cache_clear()
    normalize._country_pattern.cache_clear()
    normalize._country_names.cache_clear()
    normalize._intl_country_pattern.cache_clear()
    normalize._intl_country_names.cache_clear()
    normalize._authority.cache_clear()
    normalize._demonyms.cache_clear()
    normalize._demonym_place.cache_clear()
    events._demonym_plurals.cache_clear()
    events._demonym_res.cache_clear()
    events._people_after.cache_clear()
    rules._rules.cache_clear()
    rules._object_for_people.cache_clear()
    rules._operation_head.cache_clear()
    normalize._money_signs.cache_clear()
    normalize._named_currency.cache_clear()
    normalize._town_origin.cache_clear()
    rules._type_words_for.cache_clear()
    text._abbreviations.cache_clear()
    selection.triggers.cache_clear()


def _english_only(check: Callable[..., bool]) -> Callable[..., bool]:
    def only(sentence: str, lang: str = "en", *rest: Any) -> bool:
        return check(sentence, lang, *rest) if lang == "en" else False

    return only


def _no_towns(
    text: str, prepositions: str, prefer: str | None = None
) -> tuple[Counter[str], Counter[str]]:
    return Counter(), Counter()


@contextmanager
def _both(*switches: Any) -> Iterator[None]:
    with switches[0], switches[1]:
        yield


VARIANTS: dict[str, Callable[[], Any]] = {
    "all parts": nullcontext,
    "no rule net": lambda: _both(
        _patched(rules, "_rules", lambda lang: {}), _patched(rules, "ACTION_NOUN_NUMBER", False)
    ),
    "no denial check": lambda: _patched(extraction, "is_negated", lambda *a, **k: False),
    "no modal or demand check": lambda: _both(
        _patched(extraction, "is_hypothetical", _english_only(rules.is_hypothetical)),
        _patched(extraction, "is_demand", lambda *a, **k: False),
    ),
    "no count from the sentence": lambda: _both(
        _patched(extraction, "stated_count", lambda *a: None),
        _patched(extraction, "one_person", lambda *a: False),
    ),
    "no text2num": lambda: _patched(normalize, "in_digits", lambda text, lang: text),
    "no dateparser": lambda: _patched(normalize, "intl_resolve_date", lambda *a: (None, None)),
    "no regions": lambda: _patched(normalize, "subdivision_counts", lambda text: {}),
    "no towns (places extra)": lambda: _patched(places, "_towns", _no_towns),
    "no regions, no towns": lambda: _both(
        _patched(normalize, "subdivision_counts", lambda text: {}),
        _patched(places, "_towns", _no_towns),
    ),
}


def _acc(fields: dict[str, Any], k: str) -> str:
    v = fields[k]
    if v["accuracy"] is None:
        return "n/a"
    return f"{v['accuracy']:.2f} ({v['correct']}/{v['total']})"


def pooled(half: str, system: str) -> dict[str, Any]:
    run = _runner()
    samples, preds = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            dataset = f"{code}-{half}"
            out = Path(tmp) / dataset
            run.run(system, record=False, out=out, dataset=dataset)
            these = load_samples(ROOT / "languages" / code / half)
            samples += these
            preds.update(load_predictions(out / system / "predictions", these))
    return score_predictions(samples, preds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--half", choices=("tune", "tune2", "tune3", "tune4", "tune5", "heldout"), default="tune"
    )
    parser.add_argument("--system", default="ours", choices=("ours", "ours_native"))
    args = parser.parse_args()
    print(
        f"| {args.half}, {args.system}, five languages pooled | P | R | F1 | count | country "
        "| date | sentence_months | money |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, switch in VARIANTS.items():
        with switch():
            m = pooled(args.half, args.system)
        o, f = m["overall"], m["fields"]

        print(
            f"| {name} | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | "
            f"{_acc(f, 'count')} | {_acc(f, 'country')} | {_acc(f, 'date')} | "
            f"{_acc(f, 'sentence_months')} | {_acc(f, 'money')} |"
        )


if __name__ == "__main__":
    main()
