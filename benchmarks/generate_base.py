"""Write a synthetic claims base of N claims (default 10,000) for the scale benchmarks.

It reuses the shipped sources.yaml and lexicon.yaml unchanged and varies the shipped claims:
each copy gets a new id and a place qualifier made of generated county and province names, so
the index holds many distinct words, as a large real base would. The result passes
`glfcheck validate`. Usage: python benchmarks/generate_base.py [--claims N] [DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PROVINCES = ("Anhui", "Gansu", "Sichuan", "Henan", "Guizhou", "Shandong", "Hunan", "Guangxi", "Qinghai",
             "Yunnan", "Hebei", "Jiangsu", "Zhejiang", "Fujian", "Hubei", "Jiangxi", "Shaanxi", "Shanxi",
             "Liaoning", "Jilin", "Heilongjiang", "Guangdong", "Ningxia", "Xinjiang", "Tibet")
SYLLABLES = ("an", "bao", "chang", "de", "feng", "gu", "hai", "jin", "kang", "le", "ming", "ning", "ping",
             "qing", "rong", "shan", "tai", "wen", "xin", "yang", "zhou", "lin", "hua", "long", "shui")
FRAMES = ("In {place}: {text}", "{text} This was also recorded in {place}.",
          "According to the {place} gazetteer: {text}", "{text} Local records from {place} agree.")


def _place(rng: random.Random) -> str:
    county = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    return f"{county} county, {rng.choice(PROVINCES)}"


def _vary(text: str, rng: random.Random) -> str:
    return rng.choice(FRAMES).format(place=_place(rng), text=text)


def shipped_claims(root: Path = ROOT) -> dict[str, list[dict]]:
    """The shipped claims, per topic, as plain YAML data."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out = {}
    for path in sorted((root / "claims").glob("*.yaml")):
        claims = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []  # noqa: S506
        for claim in claims:
            if claim.get("status") is False:  # YAML 1.1 reads a bare `false` as a boolean
                claim["status"] = "false"
        out[path.stem] = claims
    return out


def generate(target: Path, claims: int = 10_000, seed: int = 1959) -> Path:
    """Write a base of exactly `claims` claims into `target` and return it."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "sources.yaml", target / "sources.yaml")
    shutil.copy(ROOT / "lexicon.yaml", target / "lexicon.yaml")
    (target / "claims").mkdir(exist_ok=True)
    topics = shipped_claims()
    originals = [(topic, c) for topic, cs in topics.items() for c in cs]
    copies, k = [], 0
    while len(copies) < claims:  # copy 0 is the shipped claim, then varied copies 1, 2, ...
        for topic, claim in originals:
            if len(copies) == claims:
                break
            copies.append((topic, claim, k))
        k += 1
    ids = {(c["id"] if k == 0 else f"{c['id']}-v{k:02d}") for _, c, k in copies}
    by_topic: dict[str, list[dict]] = {}
    for topic, claim, k in copies:
        new = dict(claim)
        if k:
            new["id"] = f"{claim['id']}-v{k:02d}"
            new["statement"] = _vary(claim["statement"], rng)
            new["aliases"] = [_vary(a, rng) for a in claim.get("aliases") or []]
            if claim.get("corrected_by"):
                varied = f"{claim['corrected_by']}-v{k:02d}"
                new["corrected_by"] = varied if varied in ids else claim["corrected_by"]
        by_topic.setdefault(topic, []).append(new)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for topic, items in by_topic.items():
        items.sort(key=lambda c: c["id"])
        text = yaml.dump(items, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
        (target / "claims" / f"{topic}.yaml").write_text(text, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", help="where to write it (default: a new temporary folder)")
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args(argv)
    target = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="glfcheck-base-"))
    generate(target, args.claims)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
