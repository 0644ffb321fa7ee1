"""Headlines derived from the lede, as a sub-editor would accept them."""

import pytest
from wire.headline import derive_headline

SEED_LEDE = (
    "Le président américain Joe Biden a déclaré dimanche à son homologue ukrainien Volodimir Zelenski que les "
    'Etats-Unis et leurs alliés répondront "avec fermeté" si la Russie venait à envahir davantage l\'Ukraine, '
    "a rapporté la Maison blanche dans un communiqué."
)

LEDES = [
    ("fr", SEED_LEDE),
    (
        "en",
        "The European Central Bank raised its key interest rate by a quarter point on Thursday, its seventh "
        "consecutive increase, as inflation in the euro zone remained stubbornly above target, officials said.",
    ),
    (
        "es",
        "El Gobierno español aprobó este martes un plan de ayudas de 3.000 millones de euros para los agricultores "
        "afectados por la sequía que azota el sur del país desde hace dos años, informó la portavoz del Ejecutivo.",
    ),
    (
        "de",
        "Die Bundesregierung hat am Mittwoch ein neues Klimaschutzprogramm beschlossen, das den Ausstoß von "
        "Treibhausgasen bis 2030 um 65 Prozent senken soll, teilte ein Regierungssprecher in Berlin mit.",
    ),
    (
        "en",
        "U.S. Treasury Secretary Janet Yellow said on Tuesday that the government would run out of cash by early "
        "June unless Congress acts to raise the debt ceiling.",
    ),
]


@pytest.mark.parametrize("lang, lede", LEDES, ids=[f"{lang}-{lede[:20]}" for lang, lede in LEDES])
def test_derived_headlines_are_short_clean_and_whole(lang, lede):
    headline = derive_headline(lede, lang)
    assert 30 <= len(headline) <= 110
    assert headline[-1] not in ",;:-–—. "
    assert headline.count('"') % 2 == 0
    assert headline.count("«") == headline.count("»")
    words = lede.replace(",", " ").split()
    assert headline.split()[-1].strip('"') in words or headline.split()[-1] in lede


def test_seed_headline_names_speaker_and_keeps_the_quote_whole():
    headline = derive_headline(SEED_LEDE, "fr")
    assert headline == 'Joe Biden\u00a0: les Etats-Unis et leurs alliés répondront "avec fermeté"'


@pytest.mark.parametrize(
    "lang, lede, tail",
    [
        ("fr", SEED_LEDE, "a rapporté la Maison blanche"),
        ("en", "Floods closed 40 schools in the north of the country on Monday, officials said.", "officials said"),
        ("es", "Las lluvias cerraron 40 escuelas en el norte del país este lunes, informó el Gobierno.", "informó"),
        ("de", "Das Hochwasser hat am Montag 40 Schulen im Norden geschlossen, teilte die Regierung mit.", "teilte"),
    ],
)
def test_attribution_tail_is_dropped(lang, lede, tail):
    assert tail not in derive_headline(lede, lang)


def test_short_lede_is_the_headline_without_its_full_stop():
    assert derive_headline("Floods closed 40 schools in the north of the country.", "en") == (
        "Floods closed 40 schools in the north of the country"
    )


def test_no_dangling_function_word():
    lede = (
        "Les agriculteurs ont de nouveau bloqué jeudi plusieurs autoroutes autour de Paris pour protester contre "
        "la baisse de leurs revenus et la hausse des normes environnementales imposées par Bruxelles."
    )
    headline = derive_headline(lede, "fr")
    assert headline.split()[-1] not in {"de", "la", "contre", "pour", "et", "les", "des"}
