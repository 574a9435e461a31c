"""Which language detector to ship: accuracy on short texts and cost, measured here.

Every labelled text of the project (English: samples, tune, heldout; French, German,
Italian, Spanish, Dutch: languages/) is cut into three short probes: its first line
(usually the headline), its first sentence of the body, and its first 200 characters.
Each detector, restricted to the six languages the library reads, names the language
of each probe. Prints accuracy per probe kind, time per call and install size.

    python benchmarks/language_detection.py
"""

from __future__ import annotations

import importlib.metadata as md
import time
from pathlib import Path

from enforcement_events.text import sentences

ROOT = Path(__file__).resolve().parents[1]
CODES = ("en", "fr", "de", "it", "es", "nl")


def probes() -> list[tuple[str, str, str]]:
    """(language, probe kind, text) for every labelled document."""
    out = []
    folders = [(ROOT / "samples", "en"), (ROOT / "tune", "en"), (ROOT / "heldout", "en")]
    folders += [(ROOT / "languages" / c, c) for c in CODES[1:]]
    for folder, code in folders:
        for path in sorted(folder.rglob("*.txt")):
            text = path.read_text(encoding="utf-8").strip()
            lines = [x for x in text.splitlines() if x.strip()]
            body = "\n".join(lines[1:]) or text
            sents = sentences(body)
            out.append((code, "headline", lines[0][:200]))
            out.append((code, "first sentence", sents[0].text if sents else body[:200]))
            out.append((code, "200 chars", text[:200]))
    return out


def lingua_detector():  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    langs = [getattr(IsoCode639_1, c.upper()) for c in CODES]
    det = LanguageDetectorBuilder.from_iso_codes_639_1(*langs).build()

    def detect(text: str) -> str:
        lang = det.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else "?"

    return detect


def py3langid_detector():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    ident.set_languages(list(CODES))

    def detect(text: str) -> str:
        return str(ident.classify(text)[0])

    return detect


def size_mb(dist: str) -> float:
    files = md.files(dist) or []
    return sum(f.locate().stat().st_size for f in files if f.locate().exists()) / 1e6


def main() -> None:
    data = probes()
    kinds = sorted({k for _, k, _ in data})
    print(f"{len(data)} probes from {len(data) // 3} documents\n")
    print(f"| detector | {' | '.join(kinds)} | all | ms per call | installed MB |")
    print("|---|" + "---|" * (len(kinds) + 3))
    for name, dist, make in [
        ("lingua-language-detector", "lingua-language-detector", lingua_detector),
        ("py3langid", "py3langid", py3langid_detector),
    ]:
        started = time.perf_counter()
        detect = make()
        load = time.perf_counter() - started
        right: dict[str, list[bool]] = {k: [] for k in kinds}
        started = time.perf_counter()
        wrong = []
        for code, kind, text in data:
            got = detect(text)
            right[kind].append(got == code)
            if got != code:
                wrong.append((code, got, kind, text[:70]))
        per = (time.perf_counter() - started) / len(data) * 1000
        cells = [f"{sum(v) / len(v):.3f}" for v in right.values()]
        total = sum(sum(v) for v in right.values()) / len(data)
        print(
            f"| {name} {md.version(dist)} | {' | '.join(cells)} | {total:.3f} | {per:.2f} "
            f"(load {load:.1f} s) | {size_mb(dist):.0f} |"
        )
        for w in wrong:
            print(f"    wrong: {w}")


if __name__ == "__main__":
    main()
