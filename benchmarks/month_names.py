"""Month names in the five languages: dateparser's data (what the code uses) against babel.

    pip install babel          # not a dependency unless this measurement says so
    python benchmarks/month_names.py

The code reads month names from dateparser's own translation data (``normalize._forms``),
dateparser being a dependency already for resolving dates. babel (CLDR) is the other
library made for it. For each language this prints the forms each source has that the
other lacks (full and abbreviated, format and stand-alone for babel), and how many
month-name occurrences in the labelled tune texts of that language each source
recognises (a word matched against the union of both sources' forms; never a held-out
text).
"""

# ruff: noqa
import calendar
import re
from collections import Counter
from pathlib import Path

from babel.dates import get_month_names

from enforcement_events.evaluation import load_samples
from enforcement_events.language import detect_language
from enforcement_events.normalize import _forms

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fr", "de", "es", "it", "nl")


def babel_forms(lang: str) -> set[str]:
    out: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            out.update(
                n.lower().rstrip(".") for n in get_month_names(width, context, lang).values()
            )
    return out


def main() -> None:
    texts: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for folder in sorted(p for p in ROOT.glob("languages/*/tune*") if p.is_dir()):
        for s in load_samples(folder):
            lang = detect_language(s.text)
            if lang in texts:
                texts[lang].append(s.text)
    print(
        f"{'lang':4} {'texts':>5} {'dateparser forms':>16} {'babel forms':>11}  occurrences recognised: dateparser / babel / either"
    )
    for lang in LANGS:
        dp = {w.lower() for w in _forms(lang, calendar.month_name[1:], 3)}
        bb = babel_forms(lang)
        both = dp | bb
        pattern = re.compile(
            r"(?<!\w)("
            + "|".join(sorted(map(re.escape, both), key=len, reverse=True))
            + r")(?!\w)",
            re.IGNORECASE,
        )
        found = Counter(m.group(1).lower() for t in texts[lang] for m in pattern.finditer(t))
        # a three-letter form is counted only when followed by a full stop or a number
        # elsewhere; here every match counts, for both sources alike
        in_dp = sum(n for w, n in found.items() if w in dp)
        in_bb = sum(n for w, n in found.items() if w in bb)
        print(
            f"{lang:4} {len(texts[lang]):5} {len(dp):16} {len(bb):11}  {in_dp:5} / {in_bb:5} / {sum(found.values()):5}"
        )
        only_bb = sorted(bb - dp)
        only_dp = sorted(dp - bb)
        print(f"     only babel: {' '.join(only_bb) or '-'}")
        print(f"     only dateparser: {' '.join(only_dp) or '-'}")
        missed = {w: n for w, n in found.items() if w not in dp}
        if missed:
            print(f"     in the texts, not in dateparser's: {missed}")


if __name__ == "__main__":
    main()
