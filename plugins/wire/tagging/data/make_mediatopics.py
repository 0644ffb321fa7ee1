"""Rebuild mediatopics.json from the IPTC Media Topics JSON-LD release:

    python plugins/wire/tagging/data/make_mediatopics.py path/to/mediatopics.jsonld

Keeps the concepts that are not retired, with their broader concept and their
labels in English, French, German and Spanish. IPTC Media Topics (c) IPTC,
CC BY 4.0 (see NOTICE.md beside this file).
"""

import json
import sys
from pathlib import Path

LANGS = {"en": "en-GB", "fr": "fr", "de": "de", "es": "es"}


def qcode(uri: str) -> str:
    return "medtop:" + uri.rstrip("/").rsplit("/", 1)[-1].removeprefix("medtop:")


def main(source: Path, target: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    concepts = {}
    for concept in data["conceptSet"]:
        if concept.get("retired"):
            continue
        labels = concept.get("prefLabel", {})
        entry = {"labels": {lang: labels[key] for lang, key in LANGS.items() if key in labels}}
        broader = concept.get("broader")
        if broader:
            entry["broader"] = qcode(broader[0])
        concepts[qcode(concept["qcode"])] = entry
    payload = {"release": data.get("dateReleased"), "concepts": dict(sorted(concepts.items()))}
    target.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).with_name("mediatopics.json"))
