"""Split the blind-labelled pool into tune/ and heldout/, once, before any result.

Run once (it refuses to overwrite): ``python benchmarks/split_pool.py`` for the
English pool, ``python benchmarks/split_pool.py --languages`` for the other languages
(pool/lang_*/<code>/ -> languages/<code>/tune/ and languages/<code>/heldout/, half and
half, the larger half held out). Each source
group is shuffled with a fixed seed and about 40% of it goes to heldout/. DOJ corpus
releases that earlier sessions already ran the system on (the no-event checks: ids 2,
4, 7, 10, 12, 14, 20, 40, 43, 44, 46) go to tune/, so that nothing in heldout/ was
ever looked at through the system. The old held-out set (12 DOJ releases) joins tune/
as tune/doj12/, where its recorded run still replays.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "pool"
SEED = 20261201
HELDOUT_SHARE = 0.4
# group in pool/ -> folder name under tune/ and heldout/
GROUPS = {"doj_a2": "doj", "doj_b": "doj", "en_europe": "en_europe", "en_world": "en_world"}
SEEN_BEFORE = {2, 4, 7, 10, 12, 14, 20, 40, 43, 44, 46}


def _seen(stem: str) -> bool:
    return stem.startswith("doj") and stem[3:6].isdigit() and int(stem[3:6]) in SEEN_BEFORE


def split_languages() -> int:
    """pool/lang_*/<code>/ -> languages/<code>/{tune,heldout}/, with README and TERMS."""
    if (ROOT / "languages").exists():
        print("languages/ exists: the split is made once", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    for lang_dir in sorted(POOL.glob("lang_*/*/")):
        stems = sorted(g.name[: -len(".gold.json")] for g in lang_dir.glob("*.gold.json"))
        rng.shuffle(stems)
        held = set(stems[: (len(stems) + 1) // 2])
        dest = ROOT / "languages" / lang_dir.name
        for stem in stems:
            side = dest / ("heldout" if stem in held else "tune")
            side.mkdir(parents=True, exist_ok=True)
            for suffix in (".txt", ".gold.json"):
                shutil.move(str(lang_dir / f"{stem}{suffix}"), str(side / f"{stem}{suffix}"))
        for doc in ("README.md", "TERMS.md"):
            if (lang_dir / doc).exists():
                shutil.move(str(lang_dir / doc), str(dest / doc))
        print(f"{lang_dir.name}: {len(stems) - len(held)} tune, {len(held)} heldout")
    return 0


def main() -> int:
    if sys.argv[1:] == ["--languages"]:
        return split_languages()
    if (ROOT / "tune").exists():
        print("tune/ exists: the split is made once", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    by_target: dict[str, list[tuple[str, Path]]] = {}
    for group, target in GROUPS.items():
        for gold in sorted((POOL / group).glob("*.gold.json")):
            by_target.setdefault(target, []).append((gold.name[: -len(".gold.json")], gold.parent))
    plan: list[tuple[str, Path, Path]] = []
    for target, stems in by_target.items():
        free = [s for s in stems if not _seen(s[0])]
        rng.shuffle(free)
        n_held = round(HELDOUT_SHARE * len(stems))
        held = {s[0] for s in free[:n_held]}
        for stem, folder in stems:
            side = "heldout" if stem in held else "tune"
            plan.append((stem, folder, ROOT / side / target))
    shutil.move(str(ROOT / "heldout"), str(ROOT / "doj12.tmp"))
    (ROOT / "tune").mkdir()
    shutil.move(str(ROOT / "doj12.tmp"), str(ROOT / "tune" / "doj12"))
    for stem, folder, dest in plan:
        dest.mkdir(parents=True, exist_ok=True)
        for suffix in (".txt", ".gold.json"):
            shutil.copy2(folder / f"{stem}{suffix}", dest / f"{stem}{suffix}")
    for side in ("tune", "heldout"):
        n = sum(1 for _ in (ROOT / side).rglob("*.gold.json"))
        print(f"{side}: {n} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
