"""A few thousand realistic sentences for the per-sentence timing row of benchmarks/run.py
(issue 13: bounded work): figures with and without what they measure, works cited by author and
year or named by title, events and their dates, orders of events, negations, and long essay
sentences made of several such clauses. Generated from templates with a fixed seed, from the
base's own sources and lexicon, so the set is the same on every run.

    python benchmarks/sentences.py [N]     # print N sentences (default 3000)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = 1959
DEFAULT_COUNT = 3000
LONG_CLAUSES = (3, 8)  # clauses joined into one long essay sentence

FIGURES = ["2 million", "about 30 million", "some 36 million", "more than 100 million", "fewer than one million",
           "45 million", "between 15 and 55 million", "23 million", "16.5 million", "nearly 40 million",
           "30 to 45 million", "1.2 million", "9,400", "26,000", "about 500", "10.7 million tonnes",
           "5.35 million tonnes", "25.4 per thousand", "44.6 per 1,000", "15 per cent", "a third", "twofold"]
MEASURED = ["{f} people died in the famine", "{f} people starved to death between 1959 and 1961",
            "the famine killed {f}", "grain output fell by {f} in 1959", "steel output reached {f} in 1958",
            "{f} households were merged into a commune", "the death rate rose to {f} in 1960",
            "there were {f} communes by the end of 1958", "state procurement took {f} of the harvest",
            "{f} births were lost or postponed", "exports of grain reached {f} in 1959"]
DATED = ["the Great Leap Forward began in {y}", "the communes were abolished in {y}",
         "the Lushan Conference took place in {y}", "Peng Dehuai was purged in {y}",
         "the dining halls were closed in {y}", "the Seven Thousand Cadres Conference met in {y}",
         "the Soviet experts were withdrawn in {y}", "the Cultural Revolution began in {y}",
         "the sparrows were removed from the list of pests in {y}", "Mao stepped down as head of state in {y}"]
ORDERED = ["the {a} came {w} the {b}", "after the {a}, the {b} followed", "the {a} was caused by the {b}"]
EVENTS = ["Anti-Rightist Campaign", "Great Leap Forward", "Lushan Conference", "Cultural Revolution", "famine",
          "Four Pests Campaign", "Seven Thousand Cadres Conference", "Beidaihe meeting"]
CLAIMS = ["backyard furnaces produced mostly useless pig iron", "local cadres exaggerated the harvest",
          "the famine was caused by bad weather alone", "Mao was blamed for the famine at Lushan",
          "peasants were forbidden to leave their villages", "communal dining halls encouraged waste",
          "close planting and deep ploughing lowered yields", "China kept exporting grain during the famine",
          "Sichuan and Anhui were among the provinces hit hardest", "the household registration system tied "
          "peasants to the land"]
REPORTING = ["{who} argues that {c}", "according to {who}, {c}", "{who} estimated that {c}", "{c} ({who} {y})",
             "as {who} ({y}) showed, {c}", "{who} contends that {c}"]
NEGATED = ["it is not true that {c}", "{c}, not the weather", "nobody denies that {c}", "{c} was never proven"]
JOINTS = [", and ", ", while ", "; ", ", but ", ", which meant that ", " because "]


def _sources(root: Path) -> tuple[list[str], list[str], list[str]]:
    """Authors' surnames, their works' years and the works' titles, from sources.yaml."""
    data = yaml.safe_load((root / "sources.yaml").read_text(encoding="utf-8"))
    entries = data.get("references", data) if isinstance(data, dict) else data
    surnames, years, titles = [], [], []
    for entry in entries:
        people = entry.get("author") or entry.get("editor") or []
        if people and people[0].get("family"):
            surnames.append(people[0]["family"])
        issued = (entry.get("issued") or {}).get("date-parts") or [[None]]
        if issued[0][0]:
            years.append(str(issued[0][0]))
        if entry.get("title"):
            titles.append(str(entry["title"]).split(":")[0])
    return surnames, years, titles


def clause(rng: random.Random, surnames: list[str], years: list[str], titles: list[str]) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(MEASURED).format(f=rng.choice(FIGURES))
    if kind == 1:
        return rng.choice(DATED).format(y=rng.randint(1950, 1985))
    if kind == 2:
        a, b = rng.sample(EVENTS, 2)
        return rng.choice(ORDERED).format(a=a, b=b, w=rng.choice(["after", "before"]))
    if kind == 3:
        c = rng.choice(CLAIMS + [m.format(f=rng.choice(FIGURES)) for m in MEASURED[:3]])
        return rng.choice(REPORTING).format(who=rng.choice(surnames), y=rng.choice(years), c=c)
    if kind == 4:
        return f"in {rng.choice(titles)}, {rng.choice(surnames)} shows that {rng.choice(CLAIMS)}"
    return rng.choice(NEGATED).format(c=rng.choice(CLAIMS))


def sentences(count: int = DEFAULT_COUNT, root: Path = ROOT, seed: int = SEED) -> list[str]:
    """`count` sentences: four in five of one clause, one in five a long essay sentence."""
    rng = random.Random(seed)
    surnames, years, titles = _sources(root)
    out = []
    for _ in range(count):
        if rng.random() < 0.2:
            parts = [clause(rng, surnames, years, titles) for _ in range(rng.randint(*LONG_CLAUSES))]
            text = parts[0] + "".join(rng.choice(JOINTS) + p for p in parts[1:])
        else:
            text = clause(rng, surnames, years, titles)
        out.append(text[0].upper() + text[1:] + ".")
    return out


if __name__ == "__main__":
    print("\n".join(sentences(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_COUNT)))
