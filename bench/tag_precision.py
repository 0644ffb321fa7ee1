"""The precision of the tags a reader meets, judged tag by tag on real copy.

    python -m bench.tag_precision --corpus DIR [--labels FILE] [--errors]

``DIR`` is the folder the judged stories are read from, kept outside the
repository (the public Reuters archive's ``ReutersNews106521``). ``FILE``
(``bench/corpora/tag_judgements_reuters.jsonl`` by default) holds one object a
judged tag, and no text: the sample it was drawn in, the story's path under
``DIR``, the tag's kind (``people``, ``organizations``, ``places`` as ISO codes,
``cities``), the tag, whether a reader would find it right, and why not. Each
sample's tags were drawn at random, 150 of each kind, from those the tagger of
the time gave 3,000 random stories that no rule had been found on; so its
figures at labelling time are the precision of those tags, with a 95%
interval. Sample 1 was judged before the rules found on it, sample 2 after;
samples 3 and 4, each drawn from the archive less the stories judged before
(so about one story in nine may have been read for rules before), were judged
on the code of their time, before the rules found on them; so was sample 5,
drawn from the archive less the stories judged before and the three draws of
3,000 whose tags the rules of samples 3 and 4 were read on, sample 6, drawn
likewise less the draw of sample 5 too, sample 7, less that of sample 6, and
sample 8, less that of sample 7.

``bench/corpora/tag_judgements_derstandard.jsonl`` holds the same for German
copy: sample 1, 150 tags of each kind drawn from those the tagger gave the 490
articles of DER STANDARD with a dateline (``python -m
bench.corpora.gnad_derstandard test.csv DIR --count 5000``) that are not in the
German development folder; sample 2, likewise from the 388 articles with no
dateline (written too with ``--undated``), judged on the same code.

``bench/corpora/tag_judgements_efe.jsonl`` holds the same for Spanish copy:
sample 1, 150 tags of each kind drawn from those the tagger gave the 691 EFE
dispatches rebuilt from CoNLL-2002's training file (``python -m
bench.corpora.conll2002_efe DIR esp.train --count 5000``), whose tags no rule
was read on (the development set is from ``esp.testa``); sample 2, likewise
from the 133 dispatches of ``esp.testb`` after its first five (which are in
the development folder), copy no rule was read on, judged on the code of
sample 1's fixes. One folder holds both: ``python -m
bench.corpora.conll2002_efe DIR esp.train esp.testa esp.testb --count 5000``
writes each file's dispatches under its own name, those of ``esp.train`` as
the first command does.

``bench/corpora/tag_judgements_jornada.jsonl`` and
``bench/corpora/tag_judgements_trends.jsonl`` hold the same for copy no rule
had been read on, each sample 1: 150 tags of each kind drawn from those the
tagger gave the 1,375 agency posts of La Jornada Zacatecas (``python -m
bench.corpora.jekyll_news jornada POSTS DIR --agencies``), Spanish wire copy as
a Mexican daily ran it, and the 4,539 German articles of 2024-25 (``python -m
bench.corpora.jekyll_news trends POSTS DIR``). Sample 2 of each, likewise 150
tags of each kind, was drawn from the stories outside sample 1 (seeds 4201
and 4202) and judged on the code of sample 1's fixes, before the rules found
on it. Sample 3 of each, likewise, was drawn from the stories outside samples
1 and 2 (seeds 4301 and 4302) and judged on the code of sample 2's fixes,
before the rules found on it; its judges counted a name that a story gives
only in a photo credit or a byline (``Foto: Uwe Bogen``, ``© IMAGO``) wrong,
where those of samples 1 and 2 had counted such names right.

The current code is run on the same stories: a judged tag it still gives
counts as judged; one it no longer gives is reported apart, right or wrong; a
tag it gives in their place was judged by no one and is not counted.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from wire.dispatch import parse_dispatch
from wire.tagging.tagger import tag_parsed

LABELS = Path(__file__).parent / "corpora" / "tag_judgements_reuters.jsonl"
KINDS = ("people", "organizations", "places", "cities")


@dataclass(frozen=True)
class Judgement:
    """A tag of a story, as a reader judged it."""

    sample: int
    file: str
    kind: str
    tag: str
    right: bool
    reason: str | None


@dataclass
class KindTally:
    """How the judged tags of one kind fare with the current code."""

    judged: int = 0
    right: int = 0
    kept_right: int = 0
    kept_wrong: int = 0
    gone_right: int = 0
    gone_wrong: int = 0


def read_judgements(path: Path) -> list[Judgement]:
    """The judged tags of a labels file, one JSON object a line."""
    judgements = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record["kind"] not in KINDS:
                raise ValueError(f"{path}: unknown kind {record['kind']!r}")
            judgements.append(Judgement(**record))
    return judgements


def wilson(right: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% interval of a share of ``right`` in ``total`` (Wilson's)."""
    if not total:
        return 0.0, 1.0
    share = right / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def tally(corpus: Path, judgements: list[Judgement]) -> tuple[dict[tuple[int, str], KindTally], list[str]]:
    """Tag each judged story with the current code: per sample and kind,
    what became of its judged tags; and one line for each judged tag the
    code no longer gives."""
    tags: dict[str, dict[str, list[str]]] = {}
    for file in sorted({judgement.file for judgement in judgements}):
        tagging = tag_parsed(parse_dispatch((corpus / file).read_text(encoding="utf-8", errors="replace")))
        tags[file] = {kind: getattr(tagging, kind) for kind in KINDS}
    kinds: dict[tuple[int, str], KindTally] = defaultdict(KindTally)
    changes = []
    for judgement in judgements:
        counts = kinds[judgement.sample, judgement.kind]
        counts.judged += 1
        counts.right += judgement.right
        kept = judgement.tag in tags[judgement.file][judgement.kind]
        if kept:
            counts.kept_right += judgement.right
            counts.kept_wrong += not judgement.right
            continue
        counts.gone_right += judgement.right
        counts.gone_wrong += not judgement.right
        verdict = "right" if judgement.right else f"wrong ({judgement.reason})"
        changes.append(
            f"sample {judgement.sample} {judgement.file} {judgement.kind}: {judgement.tag!r}, {verdict}, no longer given"
        )
    return dict(kinds), changes


def report(kinds: dict[tuple[int, str], KindTally]) -> str:
    """A table of the judged tags' precision then and of those kept now, a
    line per sample and kind."""
    lines = [
        f"{'sample':6} {'kind':14} {'judged':>6} {'right':>6} {'precision (95%)':>22} "
        f"{'kept':>5} {'kept precision':>15} {'gone wrong':>10} {'gone right':>10}"
    ]
    for sample, kind in sorted(kinds, key=lambda key: (key[0], KINDS.index(key[1]))):
        counts = kinds[sample, kind]
        low, high = wilson(counts.right, counts.judged)
        kept = counts.kept_right + counts.kept_wrong
        kept_precision = f"{counts.kept_right / kept:.3f}" if kept else "-"
        lines.append(
            f"{sample:6} {kind:14} {counts.judged:6} {counts.right:6} "
            f"{counts.right / counts.judged:9.3f} ({low:.3f}-{high:.3f}) "
            f"{kept:5} {kept_precision:>15} {counts.gone_wrong:10} {counts.gone_right:10}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder the judged stories are read from")
    parser.add_argument("--labels", type=Path, default=LABELS, help="the judged tags (JSON lines)")
    parser.add_argument("--errors", action="store_true", help="list the judged tags no longer given")
    args = parser.parse_args(argv)
    judgements = read_judgements(args.labels)
    missing = sorted({j.file for j in judgements if not (args.corpus / j.file).is_file()})
    if missing:
        print(f"tag_precision: {len(missing)} judged stories are not in {args.corpus}, e.g. {missing[0]}")
        return 2
    kinds, changes = tally(args.corpus, judgements)
    print(report(kinds))
    if args.errors:
        print("\n".join(changes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
