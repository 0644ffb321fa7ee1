"""Train the statistical name recogniser, ``recogniser.crfsuite``: a linear
chain CRF (python-crfsuite) over the features of ``name_features.py``.

    python plugins/wire/tagging/data/make_recogniser.py CORPORA [--iterations 200] [--out FILE]

CORPORA is a folder holding the openly licensed annotated corpora below, as
their publishers distribute them (see ``NOTICE.md`` for each licence); any
that is missing is left out, and the ones used are printed:

- ``wikigold/wikigold.conll.txt``: English Wikipedia (CC BY 4.0)
- ``WNUT17/*.conll``, ``WNUT17/*.annotated``: English social media (CC BY 4.0)
- ``BTC/*.conll``: Broad Twitter Corpus, English (CC BY 4.0)
- ``europeana/enp_DE.lft.bio``, ``europeana/enp_DE.onb.bio``,
  ``europeana/enp_FR.bnf.bio``: Europeana Newspapers, German and French
  (CC0); ``enp_DE.sbb.bio`` is kept out, for evaluation.
- ``germeval/NER-de-dev.tsv``, ``germeval/NER-de-test.tsv``: GermEval 2014
  (NoSta-D), German Wikipedia and online news (CC BY 4.0), counted twice;
  its outer names only, ``OTH`` and the words derived from names
  (``deutsche``: ``LOCderiv``) as MISC, names inside a word (``SPD-Chef``:
  ``ORGpart``) as none. (Its training split was not at hand when the
  shipped model was trained; the two splits here are 7,600 sentences.)

And, from this repository, ``training/*.txt``: fictional dispatches in the
four languages and the agencies' styles, written for this project with every
name marked inline (``[[PER|Ana Ruiz]]``, ``[[ORG|Banco de España]]``,
``[[LOC|Bavière]]``, ``[[MISC|French]]``): the only Spanish, and the only
wire copy, the model learns from. They count twice.

Labels are read as PER, ORG, LOC and MISC, whatever a corpus calls them.
The same corpora and iterations give the same model.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
from wire.tagging.name_features import live_lexicons, sentence_features, sentences, write_lexicons
from wire.tagging.recogniser import bio_label, lexicons_file

OUT = Path(__file__).with_name("recogniser.crfsuite")
FICTION = Path(__file__).with_name("training")
FICTION_WEIGHT = 2
_MARK = re.compile(r"\[\[(PER|ORG|LOC|MISC)\|([^\]|]+)\]\]")


@dataclass(frozen=True)
class Corpus:
    """An annotated corpus in CoNLL's layout: one word a line, the word and
    its label in the given columns; with ``comments``, lines whose first
    column is ``#`` are no words (GermEval's source lines)."""

    path: str
    word: int = 0
    label: int = -1
    comments: bool = False
    weight: int = 1  # times each sentence counts


GERMEVAL = {"word": 1, "label": 2, "comments": True, "weight": 2}
SOURCES = (
    Corpus("wikigold/wikigold.conll.txt"),
    Corpus("WNUT17/wnut17train.conll"),
    Corpus("WNUT17/emerging.dev.conll"),
    Corpus("WNUT17/emerging.test.annotated"),
    Corpus("BTC/a.conll"),
    Corpus("BTC/b.conll"),
    Corpus("BTC/e.conll"),
    Corpus("BTC/f.conll"),
    Corpus("BTC/g.conll"),
    Corpus("BTC/h.conll"),
    Corpus("europeana/enp_DE.lft.bio"),
    Corpus("europeana/enp_DE.onb.bio"),
    Corpus("europeana/enp_FR.bnf.bio"),
    Corpus("germeval/NER-de-dev.tsv", **GERMEVAL),
    Corpus("germeval/NER-de-test.tsv", **GERMEVAL),
)
KINDS = {
    "per": "PER",
    "person": "PER",
    "org": "ORG",
    "corporation": "ORG",
    "group": "ORG",
    "loc": "LOC",
    "location": "LOC",
    "geo-loc": "LOC",
    "misc": "MISC",
    "product": "MISC",
    "creative-work": "MISC",
    "oth": "MISC",
    "perderiv": "MISC",
    "orgderiv": "MISC",
    "locderiv": "MISC",
    "othderiv": "MISC",
}
#: Corpora without sentence breaks are cut after these, or at this length.
SENTENCE_ENDS = {".", "!", "?"}
MAX_SENTENCE = 60


def read_conll(path: Path, corpus: Corpus = Corpus("")) -> list[tuple[list[str], list[str]]]:
    """Sentences of (words, BIO labels) from a one-token-per-line file whose
    columns are those of ``corpus`` (by default the word first, its label,
    IOB1 or IOB2, last)."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    labels: list[str] = []

    def close() -> None:
        if words:
            sentences.append((words.copy(), labels.copy()))
        words.clear()
        labels.clear()

    previous = "O"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-" or (corpus.comments and parts[0] == "#"):
            close()
            previous = "O"
            continue
        word = parts[corpus.word]
        tag = parts[corpus.label] if len(parts) > 1 else "O"
        label = bio_label(tag, previous, KINDS)
        words.append(word)
        labels.append(label)
        previous = label
        if (word in SENTENCE_ENDS and label == "O") or len(words) >= MAX_SENTENCE:
            close()
            previous = "O"
    close()
    return sentences


def read_marked(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of (words, BIO labels) from dispatches whose names are
    marked ``[[TYPE|name]]``, tokenised as the recogniser tokenises copy."""
    result = []
    for block in re.split(r"^=== .*$", path.read_text(encoding="utf-8"), flags=re.MULTILINE):
        text, spans, at = [], [], 0
        for match in _MARK.finditer(block):
            text.append(block[at : match.start()])
            begin = sum(map(len, text))
            text.append(match[2])
            spans.append((begin, begin + len(match[2]), match[1]))
            at = match.end()
        text.append(block[at:])
        plain = "".join(text)
        for tokens in sentences(plain):
            labels = []
            for token in tokens:
                inside = next((s for s in spans if s[0] <= token.start and token.end <= s[1]), None)
                if inside is None:
                    labels.append("O")
                else:
                    first = not labels or labels[-1] == "O" or token.start == inside[0]
                    labels.append(("B-" if first else "I-") + inside[2])
            result.append(([t.text for t in tokens], labels))
    return result


def train(corpora: Path, iterations: int, out: Path = OUT, c1: float = 0.1, c2: float = 0.05) -> Path:
    """Train on ``corpora`` and the fiction; write the model to ``out`` and
    the word lists it was trained with beside it."""
    trainer = pycrfsuite.Trainer(verbose=False)
    lexicons = live_lexicons()
    total = 0
    for corpus in SOURCES:
        path = corpora / corpus.path
        if not path.exists():
            print(f"missing, left out: {corpus.path}")
            continue
        sentences = read_conll(path, corpus)
        for words, labels in sentences * corpus.weight:
            trainer.append(sentence_features(words, lexicons), labels)
        total += len(sentences)
        print(f"{corpus.path}: {len(sentences)} sentences" + (f" (x{corpus.weight})" if corpus.weight > 1 else ""))
    for path in sorted(FICTION.glob("*.txt")):
        sentences_ = read_marked(path)
        for words, labels in sentences_ * FICTION_WEIGHT:
            trainer.append(sentence_features(words, lexicons), labels)
        total += len(sentences_)
        print(f"training/{path.name}: {len(sentences_)} sentences (fiction, x{FICTION_WEIGHT})")
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    trainer.train(str(out))
    write_lexicons(lexicons, lexicons_file(out))
    print(f"{out.name}: {total} sentences, {out.stat().st_size // 1024} KiB")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", type=Path, help="folder of the annotated corpora")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--c1", type=float, default=0.1, help="L1 regularisation")
    parser.add_argument("--c2", type=float, default=0.05, help="L2 regularisation")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model")
    args = parser.parse_args(argv)
    train(args.corpora, args.iterations, args.out, args.c1, args.c2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
