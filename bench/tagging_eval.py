"""Measure the tagger against the hand-annotated evaluation set.

    python -m bench.tagging_eval [--errors]

Reads tests/eval/eval_set_*.txt (the evaluation set the tagger was developed
against) and tests/eval/heldout.txt (written after, never tuned on):
fictional dispatches, each after a ``=== id`` line and its gold ``people``,
``places`` (ISO codes), ``organizations`` and top-level ``topic``. Prints
precision, recall and F1 for each, per language and overall.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from wire.dispatch import parse_dispatch
from wire.tagging.tagger import tag_parsed

ROOT = Path(__file__).resolve().parent.parent

EVAL_DIR = ROOT / "tests" / "eval"
KINDS = ("people", "places", "organizations", "topic")


@dataclass
class Case:
    id: str
    gold: dict[str, set[str]]
    text: str

    @property
    def lang(self) -> str:
        return self.id.split("-")[0]


def load_cases(folder: Path = EVAL_DIR, pattern: str = "eval_set_*.txt") -> list[Case]:
    cases = []
    for path in sorted(folder.glob(pattern)):
        for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
            head, _, rest = block.partition("\n")
            gold: dict[str, set[str]] = {}
            lines = rest.split("\n")
            while lines and lines[0].split(":", 1)[0] in KINDS:
                key, _, value = lines.pop(0).partition(":")
                gold[key] = {v.strip() for v in value.split(";") if v.strip()}
            cases.append(Case(head.strip(), gold, "\n".join(lines).strip() + "\n"))
    return cases


def predict(text: str) -> dict[str, set[str]]:
    tagging = tag_parsed(parse_dispatch(text))
    return {
        "people": set(tagging.people),
        "places": set(tagging.places),
        "organizations": set(tagging.organizations),
        "topic": {tagging.category} if tagging.category else set(),
    }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(cases: list[Case]) -> tuple[dict, list[str]]:
    """(counts[lang][kind] = [tp, fp, fn], error lines)."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    errors = []
    for case in cases:
        predicted = predict(case.text)
        for kind in KINDS:
            gold, got = case.gold.get(kind, set()), predicted[kind]
            for lang in (case.lang, "all"):
                counts[lang][kind][0] += len(gold & got)
                counts[lang][kind][1] += len(got - gold)
                counts[lang][kind][2] += len(gold - got)
            if gold != got:
                errors.append(f"{case.id} {kind}: missing {sorted(gold - got)} extra {sorted(got - gold)}")
    return counts, errors


def table(counts: dict) -> str:
    lines = [f"{'lang':<5} {'kind':<14} {'P':>6} {'R':>6} {'F1':>6}"]
    for lang in sorted(counts, key=lambda k: (k == "all", k)):
        for kind in KINDS:
            p, r, f = prf(*counts[lang][kind])
            lines.append(f"{lang:<5} {kind:<14} {p:6.3f} {r:6.3f} {f:6.3f}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    for title, pattern in (("evaluation set", "eval_set_*.txt"), ("held-out set", "heldout*.txt")):
        cases = load_cases(pattern=pattern)
        counts, errors = evaluate(cases)
        print(f"{title}: {len(cases)} dispatches")
        print(table(counts))
        if "--errors" in argv:
            print("\n".join(errors))
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
