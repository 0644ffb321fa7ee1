"""Write ``first_names.txt``: given names in Latin script, from the person
name lists of Faker (MIT licence, https://github.com/joke2k/faker), every
locale, romanised lists included.

    python plugins/wire/tagging/data/make_first_names.py

A given name that is also a country or a common capitalised word of the four
languages (``May``, ``Will``, ``Jordan``) stays: the list is evidence for the
recogniser, weighed with the rest, never a verdict on its own.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import faker
import faker.providers.person as person

OUT = Path(__file__).with_name("first_names.txt")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]{2,}$")
LISTS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")


def names() -> set[str]:
    found = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in LISTS:
            values = getattr(provider, attribute, ())
            if not isinstance(values, (dict, list, tuple)):
                continue
            for name in values.keys() if isinstance(values, dict) else values:
                for part in name.split():
                    if LATIN.match(part) and part[0].isupper():
                        found.add(part)
    return found


def main() -> None:
    listed = sorted(names(), key=str.casefold)
    header = f"# Given names from Faker {faker.VERSION} (MIT licence), written by make_first_names.py\n"
    OUT.write_text(header + "\n".join(listed) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(listed)} names")


if __name__ == "__main__":
    main()
