"""A busy desk's month of fictional dispatches, for benchmarks.

    python -m bench.desk OUT_DIR N

Unlike :mod:`bench.synthetic`, whose stories spread over six years and
share a handful of names, a desk's month looks like this: every story dated
within one month, bodies of several paragraphs (300 to 600 words), and a long
tail of names: most stories bring people and organisations never named
before (made up from lists of first names, surname parts and company words),
beside a few recurring ones that many stories name. Some stories name them in
the lede, which makes them tags of their own; others only in the body.
Deterministic: the same arguments give the same bytes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from bench.synthetic import DETAILS, STYLES, format_dateline
from bench.synthetic import FIRST as STAFF_FIRST
from bench.synthetic import LAST as STAFF_LAST

#: The month every story of the desk is dated in (the new dispatch of the
#: benchmark comes on its last day, after every other).
MONTH = (2025, 12)
LAST_DAY = 30

FIRST = (
    "Anna Marc Lucía Jonas Claire Tomas Elena Pieter Nadia Iker Sofia Paul Marlene Teodor Aurélien Isabelle "
    "Hannes Carmen Olivier Greta Matteo Inés Lukas Mireille Rafael Sanne Yusuf Ingrid Bastien Paloma Fabian "
    "Noor Dorota Emil Valentina Jules Aiko Henrik Leonor Amadou Katrin Stefano Lidia Rowan Maëlle Viktor "
    "Ramona Joaquín Freya Gaspard Milena Oskar Celia Anselm Renata Tobias Odile Ximena Konrad"
).split()
SURNAME_HEADS = (
    "Oster Brand Vasq Castag Ferr Hall Lind Mor Wester Gallo Kessel Duval Arr Blom Esch Marv Roth Sand "
    "Vill Ried Corb Holm Fab Leit Quint Stein Belv Torr Dahl Nev"
).split()
SURNAME_TAILS = (
    "hagen ell nol andou berg ström ani ert ier ado mann ez ova ski ens ard uzzi ing ley ström er on".split()
)
COMPANY_HEADS = (
    "Veltr Norv Brightw Harl Dumoul Castel Oberl Meridi Solv Altam Kestr Lumin Varg Corv Halv Tessel "
    "Obsid Quar Rivel Stratt Elb Marc Pyren Nordh Ibar"
).split()
COMPANY_TAILS = "ona ance ell ow in ia ex ura is ard ade en os ica".split()
COMPANY_KINDS = (
    "Logistics Capital Industries Holdings Energy Telecom Foods Airlines Pharma Bank Shipping Mining "
    "Insurance Motors Chemicals Textiles"
).split()

#: How many recurring people and organisations the whole desk shares.
RECURRING = 40

SENTENCES = {
    "en": {
        "lede_person": "{person} said on {weekday} that {n} contracts worth {m} million euros would be reviewed by {k} auditors.",
        "lede_org": "{org} said on {weekday} it would cut {n} jobs across {k} sites and close {m} depots by the end of next year.",
        "lede_plain": "Officials said on {weekday} that {n} contracts worth {m} million euros would be reviewed by {k} auditors.",
        "person": (
            "{person}, who joined the board {n} years ago, said the plan covered {m} offices.",
            "According to {person}, {n} of the {m} sites had reported delays of up to {k} days.",
            "{person} told reporters that {n} people had signed the petition in {k} towns.",
        ),
        "org": (
            "{org} said it had set aside {m} million euros for {n} projects.",
            "Shares in {org} rose {k}% after it reported {n} new orders.",
            "A spokesperson for {org} said {n} staff would move to {k} new offices.",
        ),
    },
    "fr": {
        "lede_person": "{person} a annoncé {weekday} que {n} contrats d'une valeur de {m} millions d'euros seraient examinés par {k} auditeurs.",
        "lede_org": "{org} a annoncé {weekday} la suppression de {n} emplois sur {k} sites et la fermeture de {m} dépôts.",
        "lede_plain": "Les autorités ont annoncé {weekday} que {n} contrats d'une valeur de {m} millions d'euros seraient examinés.",
        "person": (
            "{person}, membre du conseil depuis {n} ans, a précisé que le plan concernait {m} bureaux.",
            "Selon {person}, {n} des {m} sites ont signalé des retards allant jusqu'à {k} jours.",
        ),
        "org": (
            "{org} a indiqué avoir réservé {m} millions d'euros pour {n} projets.",
            "L'action {org} a progressé de {k} % après l'annonce de {n} nouvelles commandes.",
        ),
    },
    "es": {
        "lede_person": "{person} anunció el {weekday} que {n} contratos por valor de {m} millones de euros serán revisados por {k} auditores.",
        "lede_org": "{org} anunció el {weekday} el recorte de {n} empleos en {k} centros y el cierre de {m} almacenes.",
        "lede_plain": "Las autoridades anunciaron el {weekday} que {n} contratos por valor de {m} millones de euros serán revisados.",
        "person": (
            "{person}, que entró en el consejo hace {n} años, dijo que el plan abarca {m} oficinas.",
            "Según {person}, {n} de los {m} centros registraron retrasos de hasta {k} días.",
        ),
        "org": (
            "{org} indicó que ha reservado {m} millones de euros para {n} proyectos.",
            "Las acciones de {org} subieron un {k} % tras anunciar {n} pedidos nuevos.",
        ),
    },
    "de": {
        "lede_person": "{person} kündigte am {weekday} an, dass {n} Verträge im Wert von {m} Millionen Euro von {k} Prüfern untersucht werden.",
        "lede_org": "{org} kündigte am {weekday} den Abbau von {n} Stellen an {k} Standorten und die Schließung von {m} Lagern an.",
        "lede_plain": "Die Behörden kündigten am {weekday} an, dass {n} Verträge im Wert von {m} Millionen Euro geprüft werden.",
        "person": (
            "{person}, seit {n} Jahren im Vorstand, sagte, der Plan betreffe {m} Büros.",
            "Nach Angaben von {person} meldeten {n} der {m} Standorte Verzögerungen von bis zu {k} Tagen.",
        ),
        "org": (
            "{org} teilte mit, es habe {m} Millionen Euro für {n} Projekte zurückgelegt.",
            "Die Aktie von {org} stieg um {k} Prozent, nachdem {n} neue Aufträge gemeldet wurden.",
        ),
    },
}
WEEKDAY = {"en": "Tuesday", "fr": "mardi", "es": "martes", "de": "Dienstag"}


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(SURNAME_HEADS)}{rng.choice(SURNAME_TAILS)}"


def organisation(rng: random.Random) -> str:
    return f"{rng.choice(COMPANY_HEADS)}{rng.choice(COMPANY_TAILS)} {rng.choice(COMPANY_KINDS)}"


def _names(rng: random.Random, recurring: list[str], make) -> list[str]:
    """Two or three names: new ones mostly, a recurring one now and then,
    the first recurring names most often."""
    names = [make(rng) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.4:
        names.append(recurring[min(int(rng.paretovariate(1.2)) - 1, len(recurring) - 1)])
    rng.shuffle(names)
    return names


def _numbers(rng: random.Random) -> dict:
    return {"n": rng.randint(2, 9999), "m": rng.randint(2, 999), "k": rng.randint(2, 99)}


def generate(count: int, seed: int = 11, day: int | None = None) -> list[tuple[str, bytes]]:
    """``count`` dispatches as (file name, bytes), dated within :data:`MONTH`
    (on ``day`` when given)."""
    rng = random.Random(seed)
    people_pool = random.Random(0)
    recurring_people = [person(people_pool) for _ in range(RECURRING)]
    recurring_orgs = [organisation(people_pool) for _ in range(RECURRING)]
    out = []
    for index in range(count):
        agency, lang, template, city, region, _country, credit = STYLES[index % len(STYLES)]
        words = SENTENCES[lang]
        on = day or 1 + rng.randrange(LAST_DAY)
        people = _names(rng, recurring_people, person)
        orgs = _names(rng, recurring_orgs, organisation)
        header = f"{MONTH[0]:04d}-{MONTH[1]:02d}-{on:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z\n"
        lead = index % 3  # a person, an organisation, or no name in the lede
        key = ("lede_person", "lede_org", "lede_plain")[lead]
        lede = words[key].format(person=people[0], org=orgs[0], weekday=WEEKDAY[lang], **_numbers(rng))
        named = [("person", name) for name in people[lead == 0 :]] + [("org", name) for name in orgs[lead == 1 :]]
        target = rng.randint(290, 540)
        paragraphs: list[str] = []
        total = len(lede.split())
        while total < target:
            sentences = []
            for _ in range(rng.randint(2, 4)):
                if named and rng.random() < 0.3:
                    kind, name = named.pop(0)
                    sentence = rng.choice(words[kind]).format(person=name, org=name, **_numbers(rng))
                else:
                    sentence = rng.choice(DETAILS[lang]).format(
                        a=rng.randint(2, 9999), b=rng.randint(2, 999), c=rng.randint(2, 999)
                    )
                sentences.append(sentence)
                total += len(sentence.split())
            paragraphs.append(" ".join(sentences))
        for kind, name in named:  # every name is in the story somewhere
            paragraphs.append(rng.choice(words[kind]).format(person=name, org=name, **_numbers(rng)))
        parts = [header + format_dateline(template, city, region, *MONTH, on) + lede, *paragraphs]
        if credit:
            # the agency's staff: never one of the names in the news
            a1, a2, e1, t1 = (f"{rng.choice(STAFF_FIRST)} {rng.choice(STAFF_LAST)}" for _ in range(4))
            parts.append(credit.format(a1=a1, a2=a2, e1=e1, t1=t1))
        name = f"desk_{index:06d}_{agency.lower()}_{lang}.txt"
        out.append((name, ("\n\n".join(parts) + "\n").encode("utf-8")))
    return out


def write(folder: Path, count: int, seed: int = 11, prefix: str = "", day: int | None = None) -> list[str]:
    """Write :func:`generate`'s dispatches into ``folder``; their file names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for name, data in generate(count, seed, day):
        (folder / (prefix + name)).write_bytes(data)
        names.append(prefix + name)
    return names


if __name__ == "__main__":
    for written in write(Path(sys.argv[1]), int(sys.argv[2])):
        print(written)
