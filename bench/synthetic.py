"""A deterministic generator of fictional dispatches in every supported
agency style and language, each with the metadata it should convert to.

    python -m bench.synthetic OUT_DIR N

Used by the tests (a few hundred dispatches) and by benchmarks.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

FIRST = ["Anna", "Marc", "Lucía", "Jonas", "Claire", "Tomas", "Elena", "Pieter", "Nadia", "Iker", "Sofia", "Paul"]
LAST = ["Keller", "Morel", "Serrano", "Weber", "Garnier", "Brandt", "Ruiz", "Bakker", "Perrin", "Etxeberria", "Lind"]

# (agency, language, dateline template, city, region, country, credit template)
STYLES = [
    (
        "Reuters",
        "en",
        "{CITY}, {mon_en} {day} (Reuters) - ",
        "Frankfurt",
        None,
        "DE",
        "(Reporting by {a1} and {a2}; Editing by {e1})",
    ),
    (
        "Reuters",
        "en",
        "{CITY}, {region} (Reuters) - ",
        "Anchorage",
        "Alaska",
        "US",
        "(Reporting by {a1}; Writing by {a2}; Editing by {e1})",
    ),
    (
        "Reuters",
        "fr",
        "{CITY}, {day} {mon_fr_long} (Reuters) - ",
        "Lyon",
        None,
        "FR",
        "(Reportage {a1} et {a2}; version française {t1})",
    ),
    (
        "AFP",
        "fr",
        "{City}, {day} {mon_fr} {year} (AFP) - ",
        "Marseille",
        None,
        "FR",
        "(Rédigé par {a1}, édité par {e1})",
    ),
    ("AFP", "en", "{CITY}, {mon_en} {day}, {year} (AFP) - ", "Stockholm", None, "SE", None),
    ("AP", "en", "{CITY}, {region} (AP) — ", "Kyiv", "Ukraine", "UA", None),
    ("AP", "en", "{CITY}, {region} (AP) _ ", "Chatham", "Mass.", "US", None),
    ("dpa", "de", "{City} (dpa) - ", "Athen", None, "GR", "- Reporting by: {a1}\n- Redaktion: {e1}"),
    ("dpa", "en", "{City} (tca/dpa) - ", "San Diego", None, "US", None),
    (
        "EFE",
        "es",
        "{City}, {day} {mon_es} {year} (EFE).- ",
        "Sevilla",
        None,
        "ES",
        "(Información de {a1}; editado por {e1})",
    ),
    ("ANSA", "en", "(ANSA) - {CITY}, {MON_EN} {day} - ", "Rome", None, "IT", None),
    ("ATS", "fr", "{City} (ats afp) ", "Genève", None, "CH", None),
]

BODIES = {
    "en": [
        "The city council approved a plan on {weekday} to expand the tram network by {n} kilometres over the next decade, officials said.",
        "Shares in the regional carrier fell {n}% in early trading on {weekday} after the company cut its forecast for the year.",
        "Rescue teams reached {n} villages cut off by floods on {weekday}, the civil protection agency said.",
    ],
    "fr": [
        "Le conseil municipal a adopté {weekday} un plan visant à étendre le réseau de tramway de {n} kilomètres d'ici dix ans, a indiqué la mairie.",
        "Les syndicats ont appelé {weekday} à une grève de {n} heures dans les transports régionaux pour protester contre la réforme.",
        "Les secours ont atteint {weekday} {n} villages isolés par les inondations, selon la préfecture.",
    ],
    "es": [
        "El ayuntamiento aprobó el {weekday} un plan para ampliar la red de tranvía en {n} kilómetros durante la próxima década, informó el consistorio.",
        "Los sindicatos convocaron el {weekday} una huelga de {n} horas en el transporte regional contra la reforma.",
    ],
    "de": [
        "Der Stadtrat hat am {weekday} einen Plan beschlossen, das Straßenbahnnetz in den kommenden zehn Jahren um {n} Kilometer zu erweitern.",
        "Die Gewerkschaften haben für {weekday} zu einem {n}-stündigen Streik im Regionalverkehr aufgerufen.",
    ],
}
SECOND = {
    "en": "The measure still needs approval from the regional government, which is expected to vote on it next month.",
    "fr": "La mesure doit encore être approuvée par le gouvernement régional, qui devrait se prononcer le mois prochain.",
    "es": "La medida aún debe ser aprobada por el gobierno regional, que se pronunciará el próximo mes.",
    "de": "Die Maßnahme muss noch von der Landesregierung gebilligt werden, die im kommenden Monat darüber abstimmen soll.",
}
# Each story's own details: sentences dense with numbers, so that no two
# stories share much text (real stories do not), in words no tagger takes
# for a name or a topic.
DETAILS = {
    "en": (
        "The office counted {a} files across {b} districts and {c} zones.",
        "Staff listed {a} items in {b} rooms over {c} days.",
    ),
    "fr": (
        "Le service a recensé {a} dossiers dans {b} communes et {c} quartiers.",
        "Les agents ont relevé {a} fiches en {b} jours sur {c} sites.",
    ),
    "es": (
        "La oficina registró {a} expedientes en {b} municipios y {c} barrios.",
        "El personal anotó {a} fichas en {b} días en {c} sedes.",
    ),
    "de": (
        "Das Amt zählte {a} Akten in {b} Gemeinden und {c} Bezirken.",
        "Die Mitarbeiter erfassten {a} Einträge an {b} Tagen in {c} Räumen.",
    ),
}
#: Detail sentences per story.
DETAIL_SENTENCES = 20
WEEKDAY = {"en": "Tuesday", "fr": "mardi", "es": "martes", "de": "Dienstag"}
MON_EN = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MON_FR = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
MON_FR_LONG = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


@dataclass
class Expected:
    source: str
    agency: str
    lang: str
    city: str
    country: str
    date: str
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)


def format_dateline(template: str, city: str, region: str | None, year: int, month: int, day: int) -> str:
    """A dateline of ``STYLES`` filled in for a place and a day."""
    return template.format(
        CITY=city.upper(),
        City=city,
        region=region,
        day=day,
        year=year,
        mon_en=MON_EN[month - 1],
        MON_EN=MON_EN[month - 1][:3].upper(),
        mon_fr=MON_FR[month - 1],
        mon_fr_long=MON_FR_LONG[month - 1],
        mon_es=MON_ES[month - 1],
    )


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def generate(
    count: int, seed: int = 7, first_year: int = 2020, on: tuple[int, int, int] | None = None
) -> list[tuple[str, bytes, Expected]]:
    """``count`` dispatches as (file name, bytes, expected metadata), dated
    over the six years from ``first_year``, or all ``on`` one day."""
    rng = random.Random(seed)
    out = []
    for index in range(count):
        agency, lang, template, city, region, country, credit = STYLES[index % len(STYLES)]
        year, month, day = on or (first_year + index % 6, 1 + index % 12, 1 + index % 28)
        a1, a2, e1, t1 = _name(rng), _name(rng), _name(rng), _name(rng)
        while a2 == a1:
            a2 = _name(rng)
        dateline = format_dateline(template, city, region, year, month, day)
        lede = rng.choice(BODIES[lang]).format(weekday=WEEKDAY[lang], n=rng.randint(3, 90))
        header = f"{year:04d}-{month:02d}-{day:02d}T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00Z\n"
        details = " ".join(
            rng.choice(DETAILS[lang]).format(a=rng.randint(2, 9999), b=rng.randint(2, 999), c=rng.randint(2, 999))
            for _ in range(DETAIL_SENTENCES)
        )
        parts = [header + dateline + lede, SECOND[lang], details]
        expected = Expected(
            f"{index:05d}_{agency.lower()}_{lang}.txt", agency, lang, city, country, f"{year:04d}-{month:02d}-{day:02d}"
        )
        if credit:
            parts.append(credit.format(a1=a1, a2=a2, e1=e1, t1=t1))
            if "{a1}" in credit:
                expected.authors.append(a1)
            if "{a2}" in credit:
                expected.authors.append(a2)
            if "{e1}" in credit:
                expected.editors.append(e1)
            if "{t1}" in credit:
                expected.translators.append(t1)
        text = "\n\n".join(parts) + "\n"
        out.append((expected.source, text.encode("utf-8"), expected))
    return out


def write(
    folder: Path,
    count: int,
    seed: int = 7,
    prefix: str = "",
    first_year: int = 2020,
    on: tuple[int, int, int] | None = None,
) -> list[Expected]:
    folder.mkdir(parents=True, exist_ok=True)
    expectations = []
    for name, data, expected in generate(count, seed, first_year, on):
        name = expected.source = prefix + name
        (folder / name).write_bytes(data)
        expectations.append(expected)
    return expectations


if __name__ == "__main__":
    target, number = Path(sys.argv[1]), int(sys.argv[2])
    for item in write(target, number):
        print(json.dumps(asdict(item), ensure_ascii=False))
