"""People, organisations and places as a reader of real copy expects them:
names alone, firms not people, regions not countries, the statistical
recogniser's proposals decided by evidence. All dispatches are fictional."""

import re

import pytest
from wire.dispatch import parse_dispatch
from wire.tagging.entities import _spans, find_entities
from wire.tagging.firms import _mastheads
from wire.tagging.mentions import Found
from wire.tagging.name_features import sentences
from wire.tagging.recognised_bodies import _recognised_organizations
from wire.tagging.recogniser import Recognised, recognise
from wire.tagging.tagger import tag_dispatch, tag_parsed


def read_as_organisation(text: str, read: str, lang: str = "en", confidence: float = 1.0) -> list[str]:
    """What the organisation rules make of ``read``, in ``text``, when the
    model reads it as an organisation (the rules alone, whatever it reads)."""
    found = Found()
    at = text.index(read)
    _recognised_organizations(text, [Recognised("ORG", at, at + len(read), read, confidence)], [], found, lang=lang)
    return [m.key for m in found.mentions]


def organisations_kept(people: list[str], read: list) -> list:
    """The organisations the model read (each a name, or its key and the
    text written) that the person rule leaves, beside ``people`` of the
    story."""
    from wire.tagging.mentions import Mention
    from wire.tagging.people import _people_not_organizations

    mentions = [Mention("person", name, name, 40 * at, "given name") for at, name in enumerate(people)]
    for at, item in enumerate(read, len(people)):
        key, text = item if isinstance(item, tuple) else (item, item)
        mentions.append(Mention("organization", key, text, 40 * at, "name recogniser"))
    found = Found(mentions)
    _people_not_organizations(found)
    return found.of("organization")


def tagged(text, lang="en", country=None):
    return tag_dispatch("", [text], lang, country)


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Senators Susan Collins and Mark Udell voted against it, Collins said.", "en", "Susan Collins"),
        ("Chief Executive Doug Parkerson told analysts the airline would grow.", "en", "Doug Parkerson"),
        ("Governor Mara Quentin's aides said the vote was close, Quentin told reporters.", "en", "Mara Quentin"),
        ("Ratsmitglied Jonas Kettunen sagte am Montag, das Projekt sei gescheitert.", "de", "Jonas Kettunen"),
        ("Marktanalyst Peter Vogelsang warnte vor einem Rückgang.", "de", "Peter Vogelsang"),
        ("Me Louis Arnaud, l'avocat de la famille, a déclaré que l'appel serait déposé.", "fr", "Louis Arnaud"),
        ("Mgr Pierre Duvallon a célébré la messe dimanche.", "fr", "Pierre Duvallon"),
        ("La ministra de Hacienda, Carmen Ortiz Lozano, dijo que el déficit bajará.", "es", "Carmen Ortiz Lozano"),
    ],
)
def test_a_person_is_the_name_alone(text, lang, person):
    people = tagged(text, lang).people
    assert person in people
    assert all(person == name or person not in name for name in people)


@pytest.mark.parametrize(
    "text, not_people",
    [
        ("Pfizer Inc and Cisco Systems Inc said on Monday that Microsoft Corp's bid failed.", ["Pfizer", "Cisco"]),
        ("The Justice Department and the Congressional Budget Office disagreed, officials said.", ["Justice"]),
        ("North Korean officials said the talks would resume, North Korean media said.", ["North Korean"]),
        ("Merrill Lynch cut its forecast. Merrill Lynch analysts said demand would fall.", ["Merrill Lynch"]),
    ],
)
def test_firms_institutions_and_nationalities_are_not_people(text, not_people):
    people = tagged(text).people
    for name in not_people:
        assert not any(name in person for person in people), people


def test_a_legal_form_makes_an_organisation():
    orgs = tagged("Pfizer Inc and Cisco Systems Inc rose while Microsoft Corp's shares fell.").organizations
    assert {"Pfizer", "Cisco", "Microsoft"} <= set(orgs)


def test_an_acronym_in_brackets_is_the_organisation_it_follows():
    tagging = tagged("The Nordic Grid Authority (NGA) said prices rose. The NGA expects more outages, officials said.")
    assert "Nordic Grid Authority" in tagging.organizations
    assert "NGA" not in tagging.organizations


@pytest.mark.parametrize(
    "text, country, expected, unexpected",
    [
        ("Voters in New Jersey backed the plan, the governor said.", "US", {"US"}, {"JE"}),
        ("The Apple I computer sold at auction for $400,000 on Tuesday.", None, set(), {"AI"}),
        ("Toyota Motor Corp said output rose 5 percent.", None, set(), {"JP"}),
        ("ATLANTA (AP) - Officials in Georgia said the storm had passed.", "US", {"US"}, {"GE"}),
        ("Japan's Daiichi Sankyo Co Ltd said sales rose.", None, {"JP"}, set()),
    ],
)
def test_places_are_countries_only_when_they_stand_for_one(text, country, expected, unexpected):
    places = set(tagged(text, "en", country).places)
    assert expected <= places
    assert not (unexpected & places), places


def test_a_german_noun_that_is_also_a_town_is_no_place():
    """German names a town without an article: "das Essen" is the meal, "im
    Derby" the match; "in Essen" is the town."""
    assert tagged("Das Essen war gut, sagte der Koch. Im Derby fiel kein Tor.", "de").places == []
    assert tagged("Die Messe in Essen beginnt am Montag.", "de").places == ["DE"]
    # a town that is its country takes an article, as a country does
    assert "VA" in tagged("Der Papst empfing die Bischöfe im Vatikan.", "de").places


def test_the_recogniser_proposes_names_with_their_offsets():
    text = "Shares of Halvorsen Marine ASA rose after Chief Executive Ingrid Solbakken spoke in Stavanger."
    found = {(r.kind, r.text) for r in recognise(text)}
    assert ("PER", "Ingrid Solbakken") in found
    assert any(kind == "ORG" and "Halvorsen Marine" in name for kind, name in found)
    for r in recognise(text):
        assert text[r.start : r.end] == r.text


def test_sentences_keep_abbreviations_with_their_names():
    words = [[t.text for t in s] for s in sentences("Mr. Smith of the U.S. left at 5 p.m. Then J. Doe spoke.")]
    assert words[0][:2] == ["Mr.", "Smith"]
    assert "U.S." in words[0]
    assert ["Then", "J.", "Doe", "spoke", "."] in words


def test_sentences_part_a_french_elided_article_from_the_name_after_it():
    # as the annotated corpora write it, so that a name starts a word
    words = [t.text for t in sentences("L'Autorité de sûreté a écrit qu'EDF et l'ONU d'Orléans aujourd'hui.")[0]]
    assert words[:3] == ["L'", "Autorité", "de"]
    assert words[6:13] == ["qu'", "EDF", "et", "l'", "ONU", "d'", "Orléans"]
    assert "aujourd'hui" in words  # one word, no article
    assert [t.text for t in sentences("Sean O'Brien's plan")[0]] == ["Sean", "O'Brien's", "plan"]


@pytest.mark.parametrize(
    "text, read, lang, body",
    [
        (
            "Une réunion de l'Organisation pour la sûreté et la navigation en Arctique (OSNA) est prévue.",
            "Organisation pour la sûreté",
            "fr",
            "Organisation pour la sûreté et la navigation en Arctique",
        ),
        (
            "La Comisión Nacional del Transporte por Cable (CNTC) abrió un expediente.",
            "Comisión Nacional",
            "es",
            "Comisión Nacional del Transporte por Cable",
        ),
        (
            "The Council for Harbours and Co-operation in Lapland (CHCL) met on Monday.",
            "Council for Harbours",
            "en",
            "Council for Harbours and Co-operation in Lapland",
        ),
    ],
)
def test_a_body_read_short_of_the_acronym_it_is_given_reads_on_to_it(text, read, lang, body):
    assert set(read_as_organisation(text, read, lang)) == {body}  # the acronym is the same body


@pytest.mark.parametrize(
    "text, read, lang",
    [
        # the acronym is not the initials of the longer name: another body's
        ("La Banque de Savoie et la banque centrale (BCE) ont signé.", "Banque de Savoie", "fr"),
        # a comma ends the name
        ("The Harbour Council, with the port authority (HCPA), met.", "Harbour Council", "en"),
    ],
)
def test_a_body_reads_on_to_no_acronym_that_is_not_its_own(text, read, lang):
    assert read_as_organisation(text, read, lang) == [read]


def test_a_listed_body_named_with_the_body_it_belongs_to_is_still_that_body():
    from wire.tagging.body_names import _inside_longer_body

    for text, listed in [
        ("Le Conseil de sécurité de l'ONU se réunira lundi.", "Conseil de sécurité"),
        ("El Consejo de Seguridad de la ONU se reunirá el lunes.", "Consejo de Seguridad"),
    ]:
        start = text.index(listed)
        longer = text.index(" se ")
        read = Recognised("ORG", start, longer, text[start:longer], 0.95)
        assert not _inside_longer_body(text, [read], start, start + len(listed))
    # a body of another name stays another body
    text = "The Federal Reserve Bank of Kestrel Falls raised rates."
    read = Recognised("ORG", 4, 41, text[4:41], 0.95)
    assert _inside_longer_body(text, [read], 4, 4 + len("Federal Reserve"))


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Al Qamar", "ORG"),  # no place of that name: a body's (a broadcaster, a group)
        ("Al-Qamar", "ORG"),
        ("Al Anbar", "LOC"),  # a region, listed as "Al Anbār"
        ("Al-Mukalla", "LOC"),  # a city, listed as "Al Mukalla"
        ("Qamar", "LOC"),  # no article: left to the place lists
    ],
)
def test_a_name_with_the_arabic_article_read_as_an_unknown_place_is_a_body(name, kind):
    from wire.tagging.body_names import _arabic_body

    assert _arabic_body(Recognised("LOC", 0, len(name), name, 0.6)).kind == kind


@pytest.mark.parametrize(
    "text, read, lang",
    [
        ("Moscou s'oppose à l'élargissement de l'Alliance à l'Est, a dit le ministre.", "Alliance à l'Est", "fr"),
        ("Moskau lehnt die Erweiterung der Allianz nach Osten ab, sagte der Minister.", "Allianz nach Osten", "de"),
    ],
)
def test_a_doubted_reading_that_ends_in_a_point_of_the_compass_names_no_body(text, read, lang):
    assert read_as_organisation(text, read, lang, 0.4) == []


@pytest.mark.parametrize(
    "text, lang, body",
    [
        ("Selon une étude de l'université de Vernay, le risque augmente.", "fr", "université de Vernay"),
        ("Il enseigne à l'Université Vernay II depuis 2004.", "fr", "Université Vernay II"),
        ("Il a étudié à l'université anglaise de Vernay en 1948.", "fr", "université anglaise de Vernay"),
        ("Un equipo de la Universidad de Vernay publicó el estudio.", "es", "Universidad de Vernay"),
    ],
)
def test_a_town_read_just_after_a_universitys_designator_is_the_university(text, lang, body):
    town = text.index("Vernay")
    end = town + len("Vernay II" if " II" in text else "Vernay")
    found = Found()
    from wire.tagging.place_names import _university_of_place

    read = _university_of_place(text, Recognised("LOC", town, end, text[town:end], 0.9))
    _recognised_organizations(text, [read], [], found, lang=lang)
    assert [m.key for m in found.mentions] == [body]


def test_a_university_in_lower_case_is_none_in_english():
    from wire.tagging.place_names import _university_of_place

    text = "Students of the university of Vernay left."
    town = text.index("Vernay")
    assert _university_of_place(text, Recognised("LOC", town, town + 6, "Vernay", 0.9)).kind == "LOC"


def test_a_listed_firm_in_a_german_compound_only_a_firm_makes_is_that_firm():
    from wire.tagging.firms import _firms_in_compounds

    text = (
        "Der Finanzchef scheidet aus, teilte Henkel am Montag mit. Nachfolger von Adidas-Chef Jonas Kettler "
        "wird er nicht. Die Henkel-Aktie verlor vier Prozent; der Müller-Kurs der Regierung bleibt."
    )
    assert set(_firms_in_compounds(text)) == {"Henkel", "Adidas"}  # not a person's "Kurs"
    organisations = [m for m in find_entities(text, "de").mentions if m.kind == "organization"]
    assert [(m.key, m.start) for m in organisations] == [
        ("Henkel", text.index("Henkel")),  # a surname alone too: the story's compound says which
        ("Adidas", text.index("Adidas")),
        ("Henkel", text.index("Henkel-Aktie")),
    ]
    # without such a compound, a name that is also a surname needs the model's reading
    alone = "Der Finanzchef scheidet aus, teilte Henkel am Montag mit."
    assert "Henkel" not in [m.key for m in find_entities(alone, "de").mentions if m.kind == "organization"]


def test_a_body_read_with_the_person_who_holds_a_role_in_it_is_not_one_name():
    text = "La motion a été rejetée, a annoncé le président de l'Assemblée Claude Vernaz. Le vote a duré."
    assert "Assemblée Claude Vernaz" not in read_as_organisation(text, "Assemblée Claude Vernaz", "fr", 0.97)
    assert tag_dispatch("Motion", [text], "fr").people == ["Claude Vernaz"]
    # a foundation, a prize, a school may be named after a person: left whole
    text = "La motion a été rejetée, a annoncé le directeur de la Fondation Claude Vernaz pour la paix."
    assert read_as_organisation(text, "Fondation Claude Vernaz", "fr", 0.97) == ["Fondation Claude Vernaz"]


def test_a_short_form_after_the_full_name_is_the_same_organisation():
    tagging = tagged(
        "Harlow Brennan Partners cut its forecast on Monday. Harlow Brennan said demand would fall.",
    )
    assert "Harlow Brennan Partners" in tagging.organizations
    assert "Harlow Brennan" not in tagging.organizations
    assert "Harlow Brennan" not in tagging.people


def test_a_german_compound_names_the_firm_it_is_about():
    text = "Die Kestrel-Aktie fiel am Montag um fünf Prozent."
    found = Found()
    proposal = Recognised("ORG", 4, 17, "Kestrel-Aktie")
    _recognised_organizations(text, [proposal], [], found)
    assert [(m.key, m.text) for m in found.mentions] == [("Kestrel", "Kestrel")]
    # a known name joined to a word is written as that name
    found = find_entities("Die EU-Mission vor Libyen wird verlängert.", "de")
    assert [(m.key, m.text) for m in found.of("organization")] == [("European Union", "EU")]


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        ("es", "MADRID (EFE) - El secretario general del PXE dijo que el presidente de EEUU no llamó.", "PXE"),
        ("fr", "PARIS (AFP) - Le porte-parole du PZ a répondu au président des USA mardi.", "PZ"),
        ("de", "BERLIN (dpa) - Die Vorsitzende der XPÖ sprach mit dem Präsidenten der USA.", "XPÖ"),
        # at the end of a sentence, as at the end of a clause
        ("de", "BERLIN (dpa) - Der Präsident der USA schwieg, sagte ein Sprecher der XPÖ.", "XPÖ"),
        ("es", "MADRID (EFE) - El presidente de EE.UU. no llamó, dijo el portavoz del PXE.", "PXE"),
    ],
)
def test_an_acronym_after_a_role_held_in_it_is_that_body_but_a_country_is_not(lang, text, body):
    from wire.tagging.body_names import _acronyms_after_roles

    found = Found()
    _acronyms_after_roles(text, lang, [], found)  # the rule alone, whatever the recogniser reads
    assert [(m.kind, m.key) for m in found.mentions] == [("organization", body)]
    places = [m.key for m in find_entities(text, lang).of("place")]
    assert [place for place in places if place not in ("ES", "FR", "DE")] == ["US"]  # the dateline's city aside


def test_an_acronym_joined_to_a_role_in_german_is_the_body_the_role_is_held_in():
    text = (
        "WIEN (APA) - XPÖ-Kandidat Rudolf Beispiel und NVP-Chefin Anna Muster trafen sich. Ein "
        "ÖBX-Sprecher sagte, der Zeitplan halte. Der US-Präsident, der DDR-Politiker Udo Alt, "
        "NRW-Ministerpräsident Kai Test, ein TV-Moderator und ein CEO-Sprecher schwiegen."
    )
    found = find_entities(text, "de")
    assert sorted(m.key for m in found.of("organization")) == ["NVP", "XPÖ", "ÖBX"]
    assert {"Rudolf Beispiel", "Anna Muster", "Udo Alt", "Kai Test"} <= {m.key for m in found.of("person")}


def test_an_acronym_that_is_a_common_abbreviation_is_the_body_only_where_copy_writes_it_so():
    english = find_entities("The CPI rose 0.2 percent in April, and the bank hired a new CIO on Monday.", "en")
    assert english.of("organization") == []  # the consumer price index, a chief information officer
    french = find_entities("La CPI a émis un mandat d'arrêt. Le CIO a choisi Paris.", "fr")
    assert [m.key for m in french.of("organization")] == [
        "International Criminal Court",
        "International Olympic Committee",
    ]
    spanish = find_entities("La CPI abrió una investigación y el COI se reunió.", "es")
    assert [m.key for m in spanish.of("organization")] == [
        "International Criminal Court",
        "International Olympic Committee",
    ]


def test_the_name_the_site_shows_for_a_listed_organisation_is_recognised_in_copy_of_that_language():
    from wire.tagging.vocabulary import organization_by_name

    said = {
        "fr": "a annoncé lundi une décision.",
        "es": "anunció el lunes una decisión.",
        "de": "hat am Montag entschieden.",
    }
    missed = [
        (org.name, lang, label)
        for org in organization_by_name().values()
        for lang, label in org.labels.items()
        if org.name not in [m.key for m in find_entities(f"{label} {said[lang]}", lang).of("organization")]
    ]
    assert missed == []  # "Rotes Kreuz", "Opec", "TEDH" were shown but not read


# Organisations known by name: the table built from ROR and the stock indices


def test_a_known_organisation_has_one_name_across_languages_and_legal_forms():
    from wire.tagging.vocabulary import tag_label

    german = tagged("Die Universität Wien teilte am Montag mit, die Studie sei abgeschlossen.", "de")
    assert "University of Vienna" in german.organizations
    assert tag_label("University of Vienna", "de") == "Universität Wien"
    english = tagged("Procter & Gamble Co. (P&G) said on Tuesday that P&G shares would be split.")
    assert english.organizations == ["Procter & Gamble"]


def test_a_known_name_that_is_also_a_word_needs_evidence():
    from wire.tagging.vocabulary import organization_table

    assert "Focus" in organization_table()
    assert tagged("The Focus of the talks was trade, officials said on Monday.").organizations == []
    # a coined word with a capital inside is no common word and no person's name
    assert "BlackRock" in organization_table()
    assert tagged("A top BlackRock executive said stocks would rise.").organizations == ["BlackRock"]


def test_a_firm_written_with_another_legal_form_is_the_table_s_firm():
    from wire.tagging.vocabulary import firm_stem, organization_stems, organization_table

    assert organization_table()["Toyota Motor Corporation"] == "Toyota Motor Corporation"
    assert "Toyota Motor Corp" not in organization_table()
    assert organization_stems()["Toyota Motor"] == "Toyota Motor Corporation"
    assert firm_stem("Tesco Co., Ltd.") is None  # one word is left: a stem of one word could be anything
    assert firm_stem("The Kyushu Electric Power Company") == "Kyushu Electric Power"
    assert firm_stem("Kuwait Petroleum") is None  # no legal form: no stem
    story = tagged("Toyota Motor Corp said on Tuesday its profit fell by a third in the quarter.")
    assert story.organizations == ["Toyota Motor Corporation"]
    assert story.cities == [] and story.places == []
    # the stem alone is the table's only with a legal form after it: "Kuwait Petroleum Minister" keeps its country
    assert organization_stems()["Kuwait Petroleum"] == "Kuwait Petroleum Corporation"
    assert _spans("Kuwait Petroleum Minister Ali Haddad said.") == [(0, 6, "country", "Kuwait")]


@pytest.mark.parametrize(
    "text, firms",
    [
        # the stories that name these firms later write them so: one tag for them all
        ("Quarvale Mining Corp said on Monday its output rose.", ["Quarvale Mining"]),
        ("Holmbrook Capital Group Inc, the fund manager, said on Monday it would buy a stake.", ["Holmbrook Capital"]),
        ("Tarquela Brothers & Co Inc cut its forecast on Monday.", ["Tarquela Brothers"]),
        ("Shares of Barclays Plc fell 3 percent on Monday.", ["Barclays"]),  # the table's name
        ("JP Morgan Chase & Co said on Monday it would cut 400 jobs.", ["JPMorgan Chase"]),
        # one word: only where the story names the firm alone too
        ("Quarvex Inc said on Monday it would cut jobs. Quarvex makes chips.", ["Quarvex"]),
        ("Quarvex Inc said on Monday it would cut jobs at its chip plants.", ["Quarvex Inc"]),
        # a surname alone reads as a person's; a public corporation's is part of its name
        ("Fund manager Holmwood & Co said on Monday it had sold its stake.", ["Holmwood & Co"]),
        ("The International Finance Corp said on Monday it would lend $50 million.", ["International Finance Corp"]),
    ],
)
def test_a_firm_is_tagged_by_its_name_without_its_legal_form(text, firms):
    assert tagged(text).organizations == firms


def test_a_firm_written_with_other_spaces_capitals_or_accents_is_the_tables_firm():
    from wire.tagging.mentions import _folded_table_name

    text = "NEW YORK, May 3 (Reuters) - Wal-Mart said on Monday its sales rose."
    assert tag_dispatch("Headline", [text], "en").organizations == ["Walmart"]
    assert tagged("Shares of Merck & Co Inc rose on Monday.").organizations == ["Merck & Co"]
    assert _folded_table_name("J.P. Morgan Chase") == "JPMorgan Chase"
    assert _folded_table_name("Citroen") == "Citroën"
    assert _folded_table_name("Delta") == "Delta"  # not the tables' "DELTA" (Delta Electronics)
    assert _folded_table_name("Quarvale Mining") == "Quarvale Mining"


@pytest.mark.parametrize(
    "text, firm",
    [
        (
            "Wal-Mart Stores Inc <WMT.N> said on Tuesday its sales rose 3 percent. Wal-Mart also said it would"
            " hire 2,000 people.",
            "Walmart",
        ),
        ("International Business Machines Corp <IBM.N> said on Monday it would buy a software maker.", "IBM"),
        ("Honeywell International Inc <HON.N> raised its forecast on Friday.", "Honeywell"),
        ("LONDON, May 3 (Reuters) - Glencore International <GLEN.L> said its output fell.", "Glencore"),
    ],
)
def test_a_firm_named_with_the_code_of_its_shares_is_the_indices_company_of_that_symbol(text, firm):
    story = tagged(text)
    assert story.organizations == [firm]
    assert "Wal-Mart Stores" not in story.organizations and "International Business Machines" not in story.organizations


def test_a_share_code_names_no_firm_whose_name_does_not_agree_with_it():
    # the symbol WM has passed to another company since; APO is the index's symbol of another Apollo
    assert tagged("Washington Mutual Inc <WM.N> said on Monday it would cut 3,000 jobs.").organizations == [
        "Washington Mutual"
    ]
    assert tagged("Apollo Global Management LLC <APO.N> said on Monday it had raised a fund.").organizations == [
        "Apollo Global Management"
    ]
    # an acronym is the symbol of firms named by their initials: AMR was American Airlines' parent's
    assert tagged("AMR Corp <AMR.N>, the parent of American Airlines, said its loss widened.").organizations[0] == "AMR"


def test_a_listed_firm_whose_legal_form_follows_and_is_named_without_it():
    from wire.tagging.vocabulary import organization_table

    assert organization_table()["Eli Lilly and Company"] == "Eli Lilly"
    assert "Eli Lilly and" not in set(organization_table().values())


def test_a_firm_s_name_without_its_legal_form_keeps_what_would_name_no_firm_alone():
    from wire.tagging.mentions import firm_name

    assert firm_name("Lehman Brothers Holdings Inc") == "Lehman Brothers"
    assert firm_name("The Quarvale Co.") == "Quarvale"
    assert firm_name("Trust Co") == "Trust Co"  # a designator alone
    assert firm_name("Japan Inc") == "Japan Inc"  # a place
    assert firm_name("Quarvale Group of Cos") == "Quarvale Group of Cos"
    assert firm_name("Holmbrook Group Ltd") == "Holmbrook Group"  # one name and its group word
    assert firm_name("Quarvale Mining") == "Quarvale Mining"  # no legal form


@pytest.mark.parametrize(
    "text, firm",
    [
        (
            "Toyota Motor Corp said on Tuesday its sales rose 4 percent. Toyota also said it would build a plant"
            " in Kentucky next year.",
            "Toyota Motor Corporation",
        ),
        (
            "A Chinese truck maker in which Ford Motor Co has a 20 percent stake said its profit fell. Ford owns"
            " 138 million shares in the firm.",
            "Ford Motor",
        ),
    ],
)
def test_a_firm_named_in_full_then_by_its_first_word_is_that_firm(text, firm):
    story = tagged(text)
    assert story.organizations == [firm]
    assert "JP" not in story.places and "Toyota" not in story.cities  # not the town of Toyota
    assert any("(short for " in reason for reason in story.why(firm))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Israel approved the leader's flight to the West Bank on Thursday, ending a brief row.", "en"),
        ("Israël a autorisé le vol du dirigeant vers la Cisjordanie jeudi.", "fr"),
        ("Israel autorizó el jueves el vuelo del dirigente a Cisjordania.", "es"),
        ("Israel hat den Flug des Politikers ins Westjordanland am Donnerstag genehmigt.", "de"),
    ],
)
def test_the_west_bank_is_a_palestinian_territory_not_a_bank(text, lang):
    story = tagged(text, lang)
    assert story.places == ["IL", "PS"]
    assert story.organizations == []


def test_the_palestinian_territories_leave_the_recogniser_s_word_lists_alone():
    from wire.tagging.name_lexicons import country_words

    # it was trained without them: "West" and "Strip" read as a country's words would change its readings
    assert "West" not in country_words() and "Strip" not in country_words()


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Barter has always been a feature of the Soviet Union's foreign trade, officials said.", "en"),
        ("Le commerce de troc a toujours marqué l'Union soviétique, selon les historiens.", "fr"),
    ],
)
def test_a_country_that_is_no_more_is_no_organisation(text, lang):
    assert tagged(text, lang).organizations == []


@pytest.mark.parametrize("read", ["Israeli-Syrian", "US-Chinese", "Israel-Jordan"])
def test_countries_or_peoples_joined_by_a_hyphen_are_no_organisation(read):
    text = "The Israeli-Syrian talks stalled, US-Chinese ties cooled and the Israel-Jordan border opened."
    assert read_as_organisation(text, read) == []
    assert read_as_organisation("The Israel-PLO accord was signed.", "Israel-PLO") == ["Israel-PLO"]


@pytest.mark.parametrize("read", ["Croatia-Yugoslavia", "Yugoslavia", "Zaire"])
def test_a_country_that_is_no_more_read_as_a_body_is_none(read):
    text = "The minister arrived to sign the Croatia-Yugoslavia treaty, the first since Yugoslavia and Zaire split."
    assert read_as_organisation(text, read) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La antigua planta de Molsheim (Alsacia) cerrará en junio, según la empresa.", "es"),
        ("L'usine de Molsheim (Alsace) fermera en juin, selon la direction.", "fr"),
        ("The plant in Molsheim (Alsace) will close in June, the company said.", "en"),
    ],
)
def test_a_region_in_brackets_after_its_town_is_no_organisation(text, lang):
    assert tagged(text, lang).organizations == []


@pytest.mark.parametrize(
    "text, lang, country, town",
    [
        ("Police closed the main road near Taunton on Tuesday after a lorry overturned.", "en", "GB", "Taunton"),
        ("La police a fermé mardi la route près de Vénissieux après un accident.", "fr", "FR", "Vénissieux"),
        # no dateline: the language's home country, where only one of them has the town
        ("La police a fermé mardi la route près de Vénissieux après un accident.", "fr", None, "Vénissieux"),
    ],
)
def test_a_town_the_model_reads_as_a_place_in_the_story_s_country(text, lang, country, town):
    story = tagged(text, lang, country)
    assert story.cities == [town]
    assert story.places == [country or "FR"]
    assert any("town" in reason for reason in story.why(town))


def test_a_town_is_read_only_where_the_story_places_it():
    text = "Police closed the main road near Taunton on Tuesday after a lorry overturned."
    # Britain and the United States both have a Taunton: without a dateline, neither
    assert tagged(text).cities == []
    assert tagged(text, "en", "US").cities == ["Taunton"]
    # a side before its score is a team: "BOSTON 6 Oakland 4"
    assert "Taunton" not in tagged("Results on Saturday: Taunton 6 Yeovil 4.", "en", "GB").cities


def test_a_larger_town_of_the_story_s_country_is_read_at_any_reading_of_the_model():
    # Cáceres (96,000 people) is too small for the city list; the model reads it as a
    # place, not surely: in a story from Spain, that is enough
    story = tagged("El alcalde de Cáceres, José Luis Díez, hablará el lunes sobre la carretera.", "es", "ES")
    assert story.cities == ["Cáceres"] and story.places == ["ES"]
    story = tagged("The company held its meeting with investors in Rogers, Arkansas, on Friday.", "en", "US")
    assert story.cities == ["Rogers"]
    # but not a name the story gives a firm, nor the head of a longer name
    story = tagged(
        "Hitachi said on Monday its profit rose. Operating profit at Hitachi has likely exceeded forecasts.", "en", "JP"
    )
    assert story.cities == []
    assert tagged("Aviation executives gathered at the Farnborough Air Show on Monday.", "en", "GB").cities == []


def test_a_province_stands_for_its_country_in_a_story_of_that_country():
    text = "Un pelotari de la localidad de Sestao, en Vizcaya, ganó el torneo el domingo."
    story = tagged(text, "es", "ES")
    assert story.places == ["ES"] and any("region Vizcaya" in reason for reason in story.why("ES"))
    # elsewhere, a province's name may be anything: it is read in its own country only
    assert tagged(text, "es").places == []
    # a province named after its town is the town
    story = tagged("Shares fell, the minister told a finance conference in Bergamo on Saturday.", "en", "IT")
    assert story.cities == ["Bergamo"]


def test_a_region_of_the_story_s_country_read_as_a_body_is_the_region_outside_sports_copy():
    text = "Vitoria, 23 may (EFE). - El Gobierno del País Vasco y el de Cantabria firmaron un acuerdo."
    found = find_entities(text, "es", ("ES",), "Vitoria")
    assert ("place", "País Vasco") in [(m.kind, m.text) for m in found.mentions]
    # in sports copy a region's name is as often its side's
    text = "Vitoria, 23 may (EFE). - El País Vasco ganó 2-1 a Cantabria en la final del torneo."
    found = find_entities(text, "es", ("ES",), "Vitoria")
    assert ("place", "País Vasco") not in [(m.kind, m.text) for m in found.mentions]


def test_a_region_is_read_by_the_name_copy_writes_and_holland_is_the_netherlands_in_spanish():
    # ISO 3166-2 writes "Murcia, Región de"
    story = tagged("Las lluvias afectaron a la Región de Murcia el lunes por la tarde.", "es")
    assert story.places == ["ES"] and any("Región de Murcia" in reason for reason in story.why("ES"))
    assert tagged("La selección de Holanda ganó el lunes a la de Bélgica.", "es").places == ["NL", "BE"]
    # in English copy "Holland" is far more often a surname
    assert tagged("Steve Holland said the talks would go on.", "en").places == []


def test_the_town_of_a_dateline_in_the_agency_s_style_inside_a_story_is_a_place():
    # an agenda's or a wrap-up's second story, after a byline: the town before the agency's credit
    text = (
        "Continuarán las actividades de la feria. Por Ana Ficticia Santander, 25 may (EFE). - Un vicio en el "
        "que no debe incurrir jamás quien se tenga por gastrónomo. Fráncfort (RFA), 25 may (EFECOM). - El grupo."
    )
    story = tagged(text, "es", "ES")
    assert story.cities == ["Santander", "Frankfurt am Main"]
    assert story.places == ["ES", "DE"]
    assert story.people == ["Ana Ficticia"]


def test_a_city_of_the_list_in_capitals_read_as_a_place_is_that_city():
    story = tagged("The minister flew to LONDON on Tuesday for talks, officials said.")
    assert story.cities == ["London"] and story.places == ["GB"]
    # a heading's dateline: the town that opens it
    story = tagged("TENNIS - RESULTS AT CANADIAN OPEN. TORONTO 1996-08-22 Results from the tournament on Thursday.")
    assert story.cities == ["Toronto"]
    # "PARIS" is the city of the list, not Paris, Texas, in a story naming the United States
    story = tagged("PARIS (AFP) - Le porte-parole du parti a répondu au président des USA mardi.", "fr")
    assert "Paris" in story.cities and story.places == ["FR", "US"]


def test_a_town_before_its_side_s_score_is_no_place_but_a_row_of_figures_is_a_town_s():
    results = (
        "BASEBALL - RESULTS. Games played on Tuesday: Seattle 5 Oakland 3 Chicago 7 Detroit 2 Toronto 4 Cleveland 1"
    )
    story = tagged(results)
    assert story.cities == [] and story.places == []
    # a weather table's row has two figures: the town, in a story that has a club too
    weather = (
        "Temperaturas registradas en las siguientes ciudades: Amsterdam 17 12 lluvioso Atenas 31 19 nuboso. "
        "El equipo del club y su entrenador viajan mañana."
    )
    assert tagged(weather, "es").cities == ["Amsterdam", "Athens"]


def test_a_dateline_left_in_the_text_names_its_town_of_any_size():
    # an archive's dateline: a town too small for the city list, placed by its state
    story = tagged("GOLF - SCORES AT THE LAKESIDE CLASSIC. AKRON, Ohio 1996-08-22 Scores after the first round.")
    assert story.cities == ["Akron"] and story.places == ["US"]
    # by the country after it: San José of Costa Rica, not San Jose of California
    story = tagged(
        "Rains cut the coffee crop. SAN JOSE, Costa Rica 1996-08-22 Growers said on Thursday the crop was down."
    )
    assert story.cities == ["San José"] and story.places == ["CR"]
    # a wrap-up's second dateline, in a story filed elsewhere
    story = tagged("Shares rose in Paris on Tuesday. HEIDELBERG, Oct 22 (Reuters) - Printing firms said orders fell.")
    assert "Heidelberg" in story.cities and "DE" in story.places
    # a side before its score is no dateline
    assert "Akron" not in tagged("BASEBALL - RESULTS. AKRON 6 Toledo 4. The teams meet again on Friday.").cities


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Wendy Rappaport, portavoz de la Alta Comisaría de las Naciones Unidas, dijo hoy que la ayuda llegará.",
            "Wendy Rappaport",
        ),
        (
            "Según explicó hoy el portavoz socialista en las Juntas Generales, Juan Carlos Prieto, el plan sigue.",
            "Juan Carlos Prieto",
        ),
    ],
)
def test_a_name_after_a_role_and_a_preposition_is_what_the_role_is_of(text, person):
    # but a name in apposition after it is the person who holds the role
    assert tagged(text, "es").people == [person]
    assert tagged("El presidente de la Generalitat, Jordi Pujol, dijo hoy que no.", "es").people == ["Jordi Pujol"]


def test_a_known_surname_is_the_person_of_that_surname_the_story_names():
    from wire.tagging.vocabulary import known_people

    assert known_people()["Stoltenberg"] == "Jens Stoltenberg"
    text = (
        "Daniel Vacek (Czech Republic) beat Jason Stoltenberg (Australia) 5-7 7-6 7-6. Stoltenberg said he was tired."
    )
    assert tagged(text).people == ["Daniel Vacek", "Jason Stoltenberg"]
    assert tagged("Stoltenberg said the alliance would meet on Monday.").people == ["Jens Stoltenberg"]


def test_a_given_name_going_on_from_a_heading_s_word_is_no_one_s_name():
    assert tagged("Net Income 821 512 565 301 Earnings Per Share 0.31 0.34 0.19 0.20 for the quarter.").people == []
    # a list of names, and a sentence's first word, are no heading
    text = "The sale includes works by Mike Oldfield and Jeff Beck, the auction house said."
    assert tagged(text).people == ["Mike Oldfield", "Jeff Beck"]
    assert tagged("But Jeff Brennan never came back to the town.").people == ["Jeff Brennan"]


def test_a_club_before_its_score_is_the_club_though_the_model_reads_on_across_the_score():
    text = (
        "Results of English premier league matches on Saturday: Nottingham Forest 1 Middlesbrough 1 Tottenham 0"
        " Everton 0 West Ham 2 Southampton 1 Playing Sunday: Manchester United v Wimbledon"
    )
    assert "West Ham United FC" in tagged(text, "en", "GB").organizations


def test_a_score_at_the_end_of_a_sentence_makes_a_sports_story():
    text = (
        "Summary of Thursday's only Dutch first division match: NEC Nijmegen 1 (Van Dalen 15th) PSV Eindhoven 4"
        " (Numer 11th, Nolis 42nd). Halftime 1-2. Attendance 8,000"
    )
    assert "PSV Eindhoven" in tagged(text, "en", "NL").organizations


def test_a_club_is_read_as_copy_writes_it_without_german_letters_or_accents():
    from wire.tagging.vocabulary import club_table

    assert club_table()["Fortuna Duesseldorf"] == club_table()["Fortuna Düsseldorf"]
    assert club_table()["Atletico Madrid"] == club_table()["Atlético Madrid"]
    text = "German first division results: Bayer Leverkusen 0 Fortuna Duesseldorf 1 (Seelbach 47th). Halftime 0-0."
    assert "Fortuna Düsseldorf" in tagged(text, "en", "DE").organizations


def test_results_run_on_in_one_paragraph_make_a_sports_story():
    text = (
        "Results of English first division soccer matches on Friday: Portsmouth 1 Queens Park Rangers 2"
        " Tranmere 3 Grimsby 2"
    )
    assert {"Queens Park Rangers FC", "Tranmere Rovers FC"} <= set(tagged(text, "en", "GB").organizations)


@pytest.mark.parametrize(
    "text, body, person",
    [
        (
            "Lebanese Parliament Speaker Nabih Berri said on Monday the vote would go ahead.",
            "Lebanese Parliament",
            "Nabih Berri",
        ),
        (
            "Health Ministry Director-General Mutawakel Taha told reporters the epidemic was over.",
            "Health Ministry",
            "Mutawakel Taha",
        ),
    ],
)
def test_a_role_held_in_a_body_ends_the_body_s_name_and_opens_the_person_s(text, body, person):
    story = tagged(text)
    assert story.organizations == [body]
    assert story.people == [person]
    assert any("after the role word" in reason for reason in story.why(person))
    assert tagged("The Council of Ministers met on Friday.").organizations == ["Council of Ministers"]


def test_a_role_before_a_conjunction_and_an_article_is_another_s():
    from wire.tagging.mentions import _role_before

    text = "Zhirinovsky said on Wednesday that his Liberal Democratic party and the Russian Duma are calling for talks."
    assert "Russian Duma" not in tagged(text).people
    # roles listed with a conjunction are all the name's
    text = "el autor, ensayista y crítico Michalis Pieris"
    assert _role_before(text, text.index("Michalis"), "es") == "autor"


@pytest.mark.parametrize(
    "text, person, nationality",
    [
        ("The club, coached by Pole Wojtek Lazarek, met Betar on Saturday.", "Wojtek Lazarek", "Pole"),
        ("The race was won ahead of Dane Bjarne Riis on Sunday.", "Bjarne Riis", "Dane"),
    ],
)
def test_a_nationality_before_a_name_is_no_part_of_it(text, person, nationality):
    story = tagged(text)
    assert person in story.people
    assert not [name for name in story.people if name.startswith(nationality)]


def test_a_people_is_no_one_s_name():
    assert tagged("It said about 100 Iraqi Kurds were killed or wounded in the clashes.").people == []
    assert tagged("Officials said that Bosnian Serbs had left the town on Monday.").people == []


def test_a_word_before_a_known_surname_is_no_given_name():
    text = (
        "Sir Mark Prescott landed his first big win on Thursday. Prescott said the colt was tired."
        ' "It is sad to beat an old friend," he said. Like Prescott, Jack Berry had doubts.'
    )
    story = tagged(text)
    assert story.people == ["Mark Prescott", "Jack Berry"]
    assert story.why("Mark Prescott").count("'Prescott' (surname of Mark Prescott)") == 2


def test_a_saint_s_name_is_no_given_name():
    text = (
        "General Dynamics podría comprar la sociedad estatal española Santa Bárbara Blindados, por cuya"
        " adquisición la firma pagará 100 millones."
    )
    assert tagged(text, "es").people == []


def test_a_name_after_a_designator_and_de_is_what_that_is_named_after():
    text = "Anna Kournikova, que se prepara para el torneo de Roland Garros, ganó hoy en Madrid."
    assert tagged(text, "es").people == ["Anna Kournikova"]


def test_an_agency_s_credit_in_capitals_is_no_heading():
    story = tagged("Santander, 25 may (EFE). - Izquierda Unida presentó hoy su nuevo boletín informativo.", "es")
    assert story.organizations == ["United Left (Spain)"] and story.people == []


def test_a_us_state_that_is_a_given_name_before_a_full_name_is_what_a_role_is_of():
    text = "En China no hay libertad, dijo el representante por Georgia John Lewis al manifestar su rechazo."
    assert tagged(text, "es").people == ["John Lewis"]


def test_a_title_and_a_name_that_are_a_town_s_name_are_the_town():
    text = "Las agrupaciones socialistas de Don Benito y Villanueva de la Serena han pedido hoy un debate."
    assert tagged(text, "es", "ES").people == []
    assert tagged("El rey Don Juan Carlos llegó hoy a Mérida.", "es", "ES").people == ["Juan Carlos"]


def test_a_title_and_a_name_after_a_building_s_designator_are_what_it_is_named_after():
    text = (
        'El futuro de la sanidad depende, en opinión del consejero, del Hospital " Infanta Cristina ", por lo que,'
        " dijo, hay que trabajar para mejorar los hospitales."
    )
    assert tagged(text, "es", "ES").people == []


def test_three_people_by_initial_and_surname_in_a_row_are_people():
    text = "England 326 for six wickets. To bat: R. Croft, D. Cork, A. Mullally. Bowling: Wasim Akram 25-8-61-1."
    assert {"R. Croft", "D. Cork", "A. Mullally"} <= set(tagged(text, "en", "GB").people)
    assert tagged("The U.S., U.K. and E.U. officials met.").people == []


def test_a_german_country_name_is_read_in_the_form_it_takes_after_an_article():
    text = (
        "Die Ausfuhren in die Vereinigten Staaten und in den Niederlanden stiegen, im Vereinigten Königreich "
        "fielen sie. Die Regierung der Vereinigten Arabischen Emirate widersprach."
    )
    found = find_entities(text, "de", ())
    assert [(m.text, m.key) for m in found.of("place")] == [
        ("Vereinigten Staaten", "US"),
        ("Niederlanden", "NL"),
        ("Vereinigten Königreich", "GB"),
        ("Vereinigten Arabischen Emirate", "AE"),
    ]


def test_a_german_city_in_the_genitive_is_that_city_and_no_one_s_name():
    found = find_entities(
        "Wiens Bürgermeister sprach mit dem Oberbürgermeister Münchens über Berlins Zukunft.", "de", ()
    )
    assert [(m.text, m.key) for m in found.of("city")] == [("Wiens", "Vienna"), ("Berlins", "Berlin")]
    assert not found.of("person")


def test_two_surnames_that_end_a_name_the_story_gives_in_full_are_that_person():
    text = (
        "El portavoz socialista en la comisión, Diego López Garrido, señaló que no habrá acuerdo. "
        '"Es antagónico", dijo López Garrido, quien recordó los recursos.'
    )
    assert tagged(text, "es", "ES").people == ["Diego López Garrido"]


def test_an_organisation_is_named_without_a_possessive_after_it():
    from wire.tagging.body_names import _organizations_named_alone
    from wire.tagging.mentions import Mention

    text = "Velmora's shares rose. Velmora said orders grew. Brantley Inc's chief quit. Moody's cut Glimwick's rating."
    found = Found()
    for name in ("Velmora's", "Brantley Inc's", "Moody's", "Glimwick's", "Inc's"):
        found.mentions.append(Mention("organization", name, name, text.find(name), "name recogniser"))
    _organizations_named_alone(text, found)
    # the name the story writes alone; a name ending in a legal form; a known name that ends so;
    # a name the story writes only with it is left as written; a legal form alone is none
    assert [m.key for m in found.mentions] == ["Velmora", "Brantley Inc", "Moody's", "Glimwick's"]


def test_two_firms_joined_by_and_are_two_and_a_legal_form_alone_is_none():
    from wire.tagging.body_names import _organizations_named_alone
    from wire.tagging.mentions import Mention

    text = "Orders fell at Velmora Axle Inc and Brantley-Mogul Corp, and Plc said nothing."
    found = Found()
    for name in ("Velmora Axle Inc and Brantley-Mogul Corp", "Plc"):
        found.mentions.append(Mention("organization", name, name, text.find(name), "name recogniser"))
    _organizations_named_alone(text, found)
    assert [(m.key, m.start) for m in found.mentions] == [
        ("Velmora Axle Inc", text.find("Velmora")),
        ("Brantley-Mogul Corp", text.find("Brantley")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He declined to meet the district attorney of New York County in Manhattan, the firm said.",
        "Among Velmora's clients are pension funds, it said. Velmora declined to comment.",
        "The rate rose, according to the publication Inside Mortgage Finance, which tracks lenders.",
        "The government sued S&P. Experts said S&P might struggle to defend its ratings.",
        "The case is Velmora Air Lines vs the Export Bank, Case No. 13-00424, U.S. District Court.",
    ],
)
def test_a_place_a_preposition_or_a_firm_s_last_letter_opens_or_ends_no_one_s_name(text):
    assert tagged(text).people == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Other key earnings expected later in the day include ones for China Unicom and Zijin Mining.", "en"),
        ("Le journaliste a présenté l'émission sur France Culture pendant dix ans, a-t-il rappelé.", "fr"),
    ],
)
def test_a_given_name_that_is_a_country_s_is_no_evidence_where_the_model_reads_a_body(text, lang):
    assert tagged(text, lang).people == []


def test_a_point_of_the_compass_is_no_region():
    # Cameroon's regions are called West and East: the model reads these as places
    text = "The country is looking West as well as East, the president said, a message from the West."
    assert "CM" not in tagged(text).places


@pytest.mark.parametrize(
    "text, lang, region",
    [
        # ISO 3166-2 writes "Navarra, Comunidad Foral de", "Catalunya [Cataluña]", "Wales [Cymru GB-CYM]"
        (
            "Las lluvias afectaron a Navarra durante el fin de semana, según los servicios de emergencia.",
            "es",
            "Navarra",
        ),
        (
            "Las lluvias afectaron a Cataluña durante el fin de semana, según los servicios de emergencia.",
            "es",
            "Cataluña",
        ),
        ("Floods hit villages across Wales on Sunday, emergency services said.", "en", "Wales"),
    ],
)
def test_a_region_is_read_by_the_name_copy_writes_it_by(text, lang, region):
    found = find_entities(text, lang, ())
    assert [(m.kind, m.text) for m in found.mentions] == [("place", region)]


def test_a_known_name_inside_a_longer_name_gives_way_to_it():
    from wire.tagging.body_names import _longer_org

    text = "Deutsche Bank Research said on Monday. Deutsche Bank Group AG fell."
    whole = Recognised("ORG", 0, 22, "Deutsche Bank Research")
    assert _longer_org(text, [whole], 0, 13) == ""  # another name: the model's
    at = text.index("Deutsche Bank Group")
    firm = Recognised("ORG", at, at + 22, "Deutsche Bank Group AG")
    assert _longer_org(text, [firm], at, at + 13) == " Group AG"  # its legal forms: the same firm
    # the model reading the table's name alone: the legal form after it is still the firm's
    text = "Bank of America Corp's unit fell."
    assert _longer_org(text, [Recognised("ORG", 0, 15, "Bank of America")], 0, 15) == " Corp"


def test_the_shipped_table_leaves_out_places_acronyms_and_shared_forms():
    from wire.tagging.vocabulary import country_forms, organization_table, text_cities

    table = organization_table()
    assert len(table) > 50_000
    assert not [form for form in table if form in country_forms() or form in text_cities()]
    # an acronym only as the name a stock index gives a listed company ("IBM"), never for a long name
    assert not [form for form in table if form.isupper() and len(form) <= 4 and " " not in form and table[form] != form]
    assert table["National Aeronautics and Space Administration"] == table["NASA Headquarters"]
    # an article and a lower-case word describe a body of any country: no name
    assert not [form for form in table if re.match(r"(?:The|Le|La|Les|El|Los|Las|Der|Die|Das) [a-zà-ÿ]", form)]
    # a listed company whose legal form is all that tells it from a word keeps it
    assert table["News Corp"] == "News Corp" and "News" not in table
    assert table["American International Group"] == "American International Group"


def test_a_ministry_described_is_no_organisation_of_one_country():
    assert "Saskatchewan Health" not in tagged("Le ministère de la Santé a annoncé lundi un plan.", "fr").organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le ministère de la Santé a annoncé lundi un plan.", ["Ministère de la Santé"]),
        (
            "Le projet est piloté par le ministère de la Culture et de la Communication depuis mars.",
            ["Ministère de la Culture et de la Communication"],
        ),
        (
            "Selon le ministère des Affaires étrangères, l'ambassade reste ouverte.",
            ["Ministère des Affaires étrangères"],
        ),
        # several ministries are no one body, and their domains are no names
        ("Les ministères des Affaires étrangères et de la Défense n'ont pas réagi.", []),
    ],
)
def test_a_french_ministry_is_named_with_its_domains(text, expected):
    """French writes "ministère" in lower case and its domain capitalised:
    the ministry is the organisation, not "Santé" or "Culture"."""
    found = find_entities(text, "fr")
    assert [m.key for m in found.of("organization") if m.rule == "ministry"] == expected
    assert not {"Santé", "Culture", "Défense", "Affaires étrangères"} & {m.key for m in found.of("organization")}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("« Nous irons jusqu'au bout », a déclaré à l'AFP le maire de Brest.", "fr", ["AFP"]),
        ("El alcalde dijo a Efe que la obra terminará en mayo.", "es", ["EFE"]),
        ("Das sagte der Bürgermeister der Nachrichtenagentur dpa. (APA, 11.9.2015)", "de", ["dpa"]),
        ("The mayor told Reuters the work would end in May.", "en", ["Reuters"]),
        # the person who spoke to it may follow
        ("« Rien ne change », a expliqué à l'AFP Gilles-Éric Sarrazin, biologiste.", "fr", ["AFP"]),
        # a longer name, a dateline or a credit is not the agency named
        ("Reuters Breakingviews columnists said the deal was rich.", "en", []),
        ("La directora de la Agencia Efe visitó Lima.", "es", []),
        ("Los precios del café subieron un 2 por ciento.\n\nEFE vm-c", "es", []),
        # a service of the agency signing off, at the start of a line or before initials and a slash
        ("Los precios del café subieron un 2 por ciento.\n\nEFECOM pa-c", "es", []),
        ("El índice cerró en 7,52 puntos. EFECOM vm-c / ap", "es", []),
        ("Los precios subieron un 2 por ciento.\n\nEFE CL/rb/", "es", []),
        # stories run together: the initials, then the next story's dateline
        ("El cacao cerró en 7,52 puntos. EFE vm-c Quito, 23 may (EFE).", "es", []),
        ("Los precios subieron un 2 por ciento.\n\nEFE Baleares", "es", []),
        ("Buenos Aires, 23 may EFE).\n\nLos precios subieron un 2 por ciento.", "es", []),
        ("A Reuters poll showed investors expect higher rates.", "en", ["Reuters"]),
        ("El acuerdo se firmó en Quito, 23 may EFE).", "es", []),
    ],
)
def test_an_agency_a_story_quotes_is_an_organisation(text, lang, expected):
    organizations = tagged(text, lang).organizations
    assert [o for o in organizations if o in ("AFP", "EFE", "EFECOM", "dpa", "APA", "Reuters")] == expected


def test_an_acronym_is_not_an_agency_or_a_place():
    from wire.tagging.mentions import _acronym_after

    text = "la Fundación Alba (FAL) y la Fundación Alba (EFE) en la Fundación Alba (Badajoz)"
    assert _acronym_after(text, text.index(" (FAL)")) == "FAL"
    assert _acronym_after(text, text.index(" (EFE)")) is None
    assert _acronym_after(text, text.index(" (Badajoz)")) is None


def test_what_the_model_reads_as_an_organisation_is_not_a_place_a_code_or_a_person():
    from wire.tagging.mentions import _is_place

    assert _is_place("BARCELONA") and _is_place("ESP") and _is_place("New Jersey")
    assert _is_place("Baden-Württemberg")  # a hyphenated region, as one of several words
    assert not _is_place("Santander")  # a region, and a bank
    orgs = tagged("Shares of Nimbra Group fell 3 percent, while the index .VIXA rose and the A350 flew.").organizations
    assert ".VIXA" not in orgs and "VIXA" not in orgs and "A350" not in orgs
    read = ["Velimirovic", ("Velimirovic", "EFE Dario Velimirovic"), "Velimir Group"]
    assert [m.text for m in organisations_kept(["Dario Velimirovic"], read)] == ["Velimir Group"]


def test_a_country_inside_an_agency_name_is_part_of_it():
    found = find_entities("The U.S. Food and Drug Administration approved the drug on Tuesday.", "en")
    assert [m.text for m in found.of("organization")] == ["U.S. Food and Drug Administration"]
    assert tagged("Lehmkuhl Freight Inc said on Monday its profit rose.").organizations == ["Lehmkuhl Freight"]


def test_a_german_genitive_is_the_person_named_before():
    tagging = tagged(
        "Die Ausstellung zeigt Werke von Malte Oberreiter, sagte die Kuratorin. Malte Oberreiters Bilder hängen in Linz.",
        "de",
    )
    assert tagging.people == ["Malte Oberreiter"]


def test_a_long_name_written_in_full_every_time_is_still_a_person():
    text = (
        "En Mérida, Juan Carlos Ortega Villalba planteó hoy una reforma del estatuto.\n\n"
        "La reforma de Juan Carlos Ortega Villalba llegará al parlamento regional en junio."
    )
    assert tagged(text, "es").people == ["Juan Carlos Ortega Villalba"]


def test_two_given_names_joined_by_a_hyphen_are_a_given_name():
    assert tagged("Ole-Gunnar Farrowby will lead the team from next season.").people == ["Ole-Gunnar Farrowby"]


def test_a_german_genitive_owns_the_noun_after_it():
    tagging = tagged(
        "Die Opposition fordert Talmirs Rücktritt. Präsident Karim al-Talmir lehnte ab, sagte sein Sprecher.", "de"
    )
    assert tagging.people == ["Karim al-Talmir"]
    assert tagged("Vantaros Büro teilte am Montag mit, das Gespräch sei gut verlaufen.", "de").people == []
    # a given name in -s the model surely reads with the surname after it is no genitive
    text = "Das schrieben der britische Premier Daniel Ashcombe und der französische Präsident Francois Delaunay."
    assert tagged(text, "de").people == ["Daniel Ashcombe", "Francois Delaunay"]


def test_a_name_before_an_instrument_code_is_a_listed_company():
    tagging = tagged("Maisie Loan ( MSLN.OB ) was warned by regulators on Thursday, the company said.")
    assert tagging.people == [] and tagging.organizations == ["Maisie Loan"]
    text = "The suit against Spain-based Corvantix was filed on Monday. Corvantix, whose shares fell, said little."
    assert tagged(text).people == []


def test_what_a_role_is_of_is_not_a_person():
    text = (
        'Lo dijo a Efe un portavoz de los Bomberos de la Comunidad. El presidente de "The Web Orchard" explicó el plan.'
    )
    assert tagged(text, "es").people == []


def test_a_city_named_like_a_larger_one_abroad_is_in_the_country_the_story_names():
    spain = tagged("Los agricultores de España protestaron ayer en Mérida contra los precios.", "es")
    assert spain.places == ["ES"] and spain.cities == ["Mérida"]
    abroad = tagged("Los turistas llegaron ayer a Mérida, en Yucatán, según las autoridades.", "es")
    assert "MX" in abroad.places
    # the agency's home country is no such evidence: Washington is the American capital
    assert tag_dispatch("", ["Officials in Washington said the talks would resume."], "en", None, "GB").places == ["US"]


def test_a_word_that_geonames_also_gives_a_city_is_no_city():
    assert tagged("Dabei herrschte Enttäuschung über die Rückkaufangebote, sagte sie.", "de").places == []
    assert tagged("Ungefähr fünf Kilo, sagte sie, und der Rest kam später.", "de").places == []
    assert tagged("Gold settled at $786.40 an ounce on Tuesday, traders said.").places == []
    assert "CO" not in tagged("The bank made progress in Florida, where it bought a lender.").places  # Floridablanca
    assert tagged("Wien – Die Gewerkschaft sieht Handlungsbedarf bei den Verträgen.", "de").places == ["AT"]
    assert tagged("Die Züge sollen nach Danzig, Breslau und Posen fahren.", "de").cities == [
        "Gdańsk",
        "Wrocław",
        "Poznań",
    ]


def test_a_last_word_used_again_makes_a_person_only_of_what_reads_as_a_name():
    text = "La marca Vantor Cerámicas vende en Francia. Cerámicas abrirá otra planta, según la empresa."
    assert tagged(text, "es").people == []


def test_a_name_the_model_reads_as_a_person_is_one_outside_german_copy():
    # no given name the list knows, no title, no speech verb: the model's reading is the evidence
    assert tagged("Zlatan Ibramovic marcó dos goles en la segunda parte del partido.", "es").people == [
        "Zlatan Ibramovic"
    ]


def test_words_in_capitals_name_an_organisation_only_with_a_designator():
    found = find_entities("UCE TOMATE. La unión de consumidores presentó ayer su informe sobre el tomate.", "es")
    assert found.of("organization") == []
    found = find_entities("POLL: DEUTSCHE BANK SECURITIES expects 50,000 jobs lost, economists said.", "en")
    assert [m.text for m in found.of("organization")] == ["DEUTSCHE BANK SECURITIES"]


def test_a_name_ends_before_what_follows_it():
    people = tagged("Auch Dario Wechsler von JPC Energy erwartet ein rückläufiges Angebot.", "de").people
    assert people == ["Dario Wechsler"]  # a particle before an organisation
    people = tagged("Das kommentiert Vorstandsvorsitzender Harald Neumeier den Deal.", "de").people
    assert people == ["Harald Neumeier"]  # an article
    assert tagged("Einer Studie von Forschern der US-Universität Princeton zufolge lernen sie.", "de").people == []


def test_a_description_before_a_firm_and_an_index_after_one_are_not_its_name():
    found = find_entities("Shares of French bank Vallonet Generale rose 4 percent on Monday.", "en")
    assert [m.text for m in found.of("organization")] == ["Vallonet Generale"]
    found = find_entities("The Standard & Poor's 500 index rose 1.2 percent, and the FTSE 100 gained.", "en")
    assert [m.key for m in found.of("organization")] == []


@pytest.mark.parametrize(
    "text, read, expected",
    [
        ("Kestrel competes with P&G's Pampers in diapers.", "P&G's Pampers", ["P&G"]),
        ("Sales at Reader's Digest Association fell.", "Reader's Digest Association", ["Reader's Digest Association"]),
    ],
)
def test_a_product_after_its_makers_possessive_names_the_maker(text, read, expected):
    """ "P&G's Pampers" names P&G, not a firm called Pampers; a possessive
    that is part of a name stays in it."""
    at = text.index(read)
    found = Found()
    _recognised_organizations(text, [Recognised("ORG", at, at + len(read), read)], [], found)
    assert [m.text for m in found.of("organization")] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a name after an elided article or preposition
        (
            "Le rapport reprend les propos d'Arnaud Ferrandier, qui dirigeait alors l'usine.",
            "fr",
            ["Arnaud Ferrandier"],
        ),
        ("Le match de l'Impact de Montréal a été reporté à jeudi.", "fr", []),
        # a capitalised particle after a given name is the surname's
        (
            "Jean-Marie Le Quéré a répondu samedi à sa fille, Marine Le Quéré, dans une lettre ouverte. "
            "Pour M. Le Quéré, le parti doit changer.",
            "fr",
            ["Jean-Marie Le Quéré", "Marine Le Quéré"],
        ),
        # a given name opens a person's name though the surname is also a town's
        ("Les propos d'Arnaud Montebourg ont surpris à Montebourg, dans la Manche.", "fr", ["Arnaud Montebourg"]),
        # a surname alone after a role French and Spanish write in lower case
        ("Le président Tazenko est attendu mercredi à Lyon pour un sommet régional.", "fr", ["Tazenko"]),
        ("El presidente Tazenko llegará el miércoles a Lima.", "es", ["Tazenko"]),
        # English capitalises a title before a name: a firm after a description is no person
        ("The miner said it was in talks to acquire rival Xstrova on Monday.", "en", []),
    ],
)
def test_french_and_spanish_names_after_articles_particles_and_roles(text, lang, expected):
    """ "d'Arnaud Ferrandier", "Marine Le Quéré", "le président Tazenko": the
    shapes of names in French and Spanish copy."""
    assert tagged(text, lang).people == expected


@pytest.mark.parametrize(
    "text, read, lang, expected",
    [
        ("Les Frères musulmans ont appelé à manifester.", "Frères musulmans", "fr", ["Frères musulmans"]),
        ("Le Conseil constitutionnel a validé la loi.", "Conseil constitutionnel", "fr", ["Conseil constitutionnel"]),
        ("La Iglesia católica pidió calma.", "Iglesia católica", "es", ["Iglesia católica"]),
        # a description after a longer name, and English, keep the name alone
        ("El West Ham inglés fichó al delantero.", "West Ham inglés", "es", ["West Ham"]),
        ("Shares of Acme Widgets rose.", "Acme Widgets rose", "en", ["Acme Widgets"]),
    ],
)
def test_a_french_or_spanish_name_keeps_its_adjective(text, read, lang, expected):
    at = text.index(read)
    found = Found()
    _recognised_organizations(text, [Recognised("ORG", at, at + len(read), read)], [], found, lang=lang)
    assert [m.text for m in found.of("organization")] == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("Zielpunkt GmbH", True),
        ("Hunter College", True),
        ("Frankfurter Landgericht", True),
        # German capitalises every noun: a designator first, or after a determiner or adjective, is no name
        ("Bank Platz", False),
        ("Konzern Mittwochabend", False),
        ("Seine Partei", False),
        ("Geschlossene Fonds", False),
    ],
)
def test_german_capitals_name_an_organisation_only_with_a_designator_last(words, expected):
    from wire.tagging.people import _german_organization

    assert _german_organization(words.split()) is expected


@pytest.mark.parametrize(
    "text, read, expected",
    [
        # a noun naming the kind of body, alone first or as a compound, is not the name
        ("Die Firma Westbahn fährt ab Dezember öfter.", "Firma Westbahn", ["Westbahn"]),
        ("Das meldete die Nachrichtenagentur Kelvo am Montag.", "Nachrichtenagentur Kelvo", ["Kelvo"]),
        (
            "Der New Yorker Unternehmensberater Alix Partners prüft.",
            "New Yorker Unternehmensberater Alix Partners",
            ["Alix Partners"],
        ),
        ("Die Baumarktkette Baumax sucht Käufer.", "Baumarktkette Baumax", ["Baumax"]),
        # the kind after an adjective, or last, belongs to the name
        ("Das sagte die Süddeutsche Zeitung am Montag.", "Süddeutsche Zeitung", ["Süddeutsche Zeitung"]),
        ("Die Volksbank Etruria ist pleite.", "Volksbank Etruria", ["Volksbank Etruria"]),
        # a role first: a person with a role, no organisation
        ("Der Zoologe Ofer Tchernikow forscht.", "Zoologe Ofer Tchernikow", []),
        ("Das sagte TV-Moderator Mazzolin am Montag.", "TV-Moderator Mazzolin", []),
    ],
)
def test_a_german_description_or_role_before_a_name_is_not_the_organisation(text, read, expected):
    found = Found()
    start = text.index(read)
    _recognised_organizations(text, [Recognised("ORG", start, start + len(read), read, 0.8)], [], found, lang="de")
    assert [m.text for m in found.of("organization")] == expected


def test_a_german_territory_and_its_name_is_the_place_not_an_organisation():
    text = "Das Projekt wird vom Land Mecklenburg-Vorpommern finanziert, wie das Land Niederösterreich mitteilte."
    found = find_entities(text, "de")
    assert not {m.key for m in found.of("organization")} & {"Land Mecklenburg-Vorpommern", "Land Niederösterreich"}
    assert "Republik Kolumbien" not in tagged("Die Republik Kolumbien klagt in Den Haag.", "de").organizations


def test_a_german_given_name_in_s_before_a_surname_used_alone_is_no_genitive():
    """ "Merkels Regierung": a genitive; "Bischof Ägidius Zsifkovics ...
    betonte Zsifkovics": a given name, then the surname used again."""
    text = "Bischof Ägidius Zsifkovits dankte dem Polizeichef. Das betonte Zsifkovits am Montag."
    assert tagged(text, "de").people == ["Ägidius Zsifkovits"]
    text = "Der Autor Tom Rostons Buch wurde gelobt. Das Buch erscheint im Mai."
    assert "Tom Rostons Buch" not in tagged(text, "de").people


@pytest.mark.parametrize(
    "lang, confidence, expected",
    [("de", 0.3, []), ("de", 0.9, ["Vivacom"]), ("en", 0.3, ["Vivacom"])],
)
def test_one_german_word_the_model_doubts_is_no_organisation(lang, confidence, expected):
    """German capitalises every noun: one word the model reads as an
    organisation with little confidence is more often a noun."""
    text = "Vivacom hat am Montag neue Tarife angekündigt."
    found = Found()
    proposal = Recognised("ORG", 0, len("Vivacom"), "Vivacom", confidence)
    _recognised_organizations(text, [proposal], [], found, lang=lang)
    assert [m.text for m in found.of("organization")] == expected


def test_the_recogniser_says_how_sure_it_is_of_each_name():
    found = recognise("Die Deutsche Bank und Siemens meldeten am Montag Gewinne, sagte Angela Merkel in Berlin.")
    assert found and all(0 < name.confidence <= 1 for name in found)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le gouvernement a relevé le SMIC de 2 %, une mesure saluée par les PME.", "fr"),
        ("GDP grew 2 percent as LBOs slowed, the report said.", "en"),
        ("La OPA sobre la eléctrica sigue abierta.", "es"),
    ],
)
def test_an_abbreviation_for_a_thing_is_no_organisation(text, lang):
    """ "SMIC", "PME", "GDP", "LBOs", "OPA": common nouns abbreviated."""
    at = {"fr": "SMIC", "en": "GDP", "es": "OPA"}[lang]
    found = Found()
    start = text.index(at)
    _recognised_organizations(text, [Recognised("ORG", start, start + len(at), at, 0.9)], [], found, lang=lang)
    assert found.of("organization") == []


@pytest.mark.parametrize(
    "text, abbreviation",
    [
        ("Kestrel's EBITDA rose 5 percent and its ROE fell, the company said.", "EBITDA"),
        ("Kestrel's EBITDA rose 5 percent and its ROE fell, the company said.", "ROE"),
        ("Banks sold CDOs and bought CDS protection in FY 2009, traders said.", "CDOs"),
        ("Shipments of PCs and SUVs fell, Kestrel said.", "PCs"),
    ],
)
def test_a_financial_measure_or_product_abbreviated_is_no_organisation(text, abbreviation):
    assert read_as_organisation(text, abbreviation, "en", 0.9) == []


@pytest.mark.parametrize(
    "text, read, expected",
    [
        ("Morgan Example CFO sees slow and steady growth ahead.", "Morgan Example CFO", ["Morgan Example"]),
        ("North Koreans have little to eat, the agency said.", "North Koreans", []),
        ("Since Kestrel Brands was spun off, sales have doubled.", "Since Kestrel Brands", ["Kestrel Brands"]),
        ("Heavy snow hit the U.S. Midwest on Monday, forecasters said.", "U.S. Midwest", []),
    ],
)
def test_a_role_after_a_firm_a_people_and_a_sentence_word_are_no_part_of_a_body(text, read, expected):
    assert read_as_organisation(text, read, "en", 0.9) == expected


def test_a_party_acronym_read_with_the_name_after_it_is_the_party_and_a_person():
    """ "la diputada del PP Cristina Herrera": the model reads one name; the
    acronym is the party, the rest the deputy."""
    text = "La diputada del PP Cristina Herrera visitó el centro."
    found = Found()
    start = text.index("PP")
    read = "PP Cristina Herrera"
    _recognised_organizations(text, [Recognised("ORG", start, start + len(read), read, 0.5)], [], found, lang="es")
    assert [m.text for m in found.of("organization")] == ["PP"]
    # a heading in capitals is no party and person
    found = Found()
    heading = "BANK OF NEW YORK MELLON CORP"
    at = heading.index("NEW")
    _recognised_organizations(heading, [Recognised("ORG", at, len(heading), heading[at:], 0.5)], [], found, lang="en")
    assert [m.text for m in found.of("organization")] != ["NEW"]


def test_lower_case_words_the_model_reads_into_a_name_do_not_undo_it():
    from wire.tagging.people import _reads_person

    text = "Uno de los procesados es el ex marino Policarpio Vázquez, quien confesó."
    start, end = text.index("Policarpio"), text.index(",")
    read = Recognised("PER", text.index("marino"), end, text[text.index("marino") : end])
    assert _reads_person(read, text, start, end)
    # a capitalised word before is another name, not part of this one
    text = "El abad de Montserrat Josep Soler habló."
    start, end = text.index("Josep"), text.index(" habló")
    assert not _reads_person(
        Recognised("PER", text.index("Montserrat"), end, "Montserrat Josep Soler"), text, start, end
    )


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # an initial between a given name and a surname is read with the name (the tag goes without it)
        (
            "Steven J. Fowlerby und Kurt Rasmussen spielen die Hauptrollen.",
            "de",
            ["Steven Fowlerby", "Kurt Rasmussen"],
        ),
        ("Lawrence R. Kleinberg, prix Nobel, a dit que la croissance ralentirait.", "fr", ["Lawrence Kleinberg"]),
        # an initial and a surname the model reads as a person's name are that name
        ("B. Varennes a parlé lundi à Lyon devant la presse.", "fr", ["B. Varennes"]),
        # a hyphenated given name inside a run of capitalised German words opens the name
        (
            "Die Abgeordneten haben eine Auslieferung Heinz-Christian Brantners einstimmig abgelehnt.",
            "de",
            ["Heinz-Christian Brantners"],
        ),
    ],
)
def test_initials_and_hyphenated_given_names_belong_to_the_name(text, lang, expected):
    assert tagged(text, lang).people == expected


@pytest.mark.parametrize("confidence, expected", [(0.95, ["Alfredo Kraskin"]), (0.6, [])])
def test_a_given_name_and_surname_written_in_full_each_time_need_a_sure_reading(confidence, expected):
    """A firm named after people is written in full every time ("Merrill
    Lynch"); so is, now and then, a person: a known given name and a reading
    the model is sure of tell them apart."""
    from wire.tagging.people import _find_people

    text = "El homenaje a Alfredo Kraskin reunió a veinte cantantes. La viuda de Alfredo Kraskin agradeció el gesto."
    proposals = [
        Recognised("PER", at, at + len("Alfredo Kraskin"), "Alfredo Kraskin", confidence)
        for at in (text.index("Alfredo"), text.rindex("Alfredo"))
    ]
    found = Found()
    _find_people(text, "es", [], found, proposals)
    assert sorted({m.key for m in found.of("person")}) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Der Präsidentschaftskandidat Alexander Van der Brück kann dem nichts abgewinnen.",
            ["Alexander Van der Brück"],
        ),
        ("Das sagte Bernd-Robert Schulzke von der Bundespolizei am Montag.", ["Bernd-Robert Schulzke"]),
        ("Ein Brief von Präsidentschaftskandidatin Irmgard Grissberg ging an die Schulen.", ["Irmgard Grissberg"]),
        ("Der Zoologe Ofer Tchernikow hat die Lieder der Vögel untersucht.", ["Ofer Tchernikow"]),
    ],
)
def test_german_names_after_compound_roles_and_with_articles_of_particles(text, expected):
    assert tagged(text, "de").people == expected


@pytest.mark.parametrize(
    "text, lang", [("La Birmanie a aboli la censure.", "fr"), ("Burma lifted its censorship on Monday.", "en")]
)
def test_a_country_known_by_two_names_is_found_by_either(text, lang):
    assert tagged(text, lang).places == ["MM"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le texte a été adopté par l'Assemblée nationale dans la nuit.", "fr", ["Assemblée nationale"]),
        ("La Banque mondiale a relevé sa prévision de croissance.", "fr", ["World Bank"]),
        ("La sentencia del Tribunal provincial se conocerá el lunes.", "es", ["Tribunal provincial"]),
        # a verb or participle after the designator, or a longer name, is not this shape
        ("Le Conseil convoqué lundi a reporté sa décision.", "fr", []),
        ("La Confédération générale du travail appelle à la grève.", "fr", []),
        # an adjective of degree: a description
        ("Es sede este año de la Asamblea de la Organización regional más antigua del mundo.", "es", []),
    ],
)
def test_a_capitalised_designator_and_its_adjective_name_a_body(text, lang, expected):
    """French and Spanish capitalise the designator of one body and not its
    adjective: "l'Assemblée nationale", "el Tribunal provincial"."""
    found = find_entities(text, lang)
    assert [
        m.key for m in found.of("organization") if m.rule in ("designator and adjective", "organisation list")
    ] == expected


def test_the_cached_country_tables_are_the_tables_built_afresh():
    from wire.tagging import vocabulary

    assert vocabulary.country_forms() == {
        **vocabulary._build_country_forms(),
        **vocabulary.COUNTRY_ABBREVIATIONS,
        **vocabulary._build_rule_only_country_forms(),
    }
    assert vocabulary.rule_only_country_forms() == vocabulary._build_rule_only_country_forms()
    assert vocabulary.subdivisions() == vocabulary._build_subdivisions()
    assert vocabulary.subdivisions()["Georgia"] == frozenset({"US"})


def test_a_listed_body_inside_a_longer_name_the_model_surely_reads_is_that_other_body():
    from wire.tagging.body_names import _inside_longer_body

    def inside(text, listed, read, confidence=0.99):
        start = text.index(listed)
        at = text.index(read)
        proposal = Recognised("ORG", at, at + len(read), read, confidence)
        return _inside_longer_body(text, [proposal], start, start + len(listed))

    bank = "The Federal Reserve Bank of New York bought bonds."
    assert inside(bank, "Federal Reserve", "Federal Reserve Bank of New York")
    assert not inside(bank, "Federal Reserve", "Federal Reserve Bank of New York", confidence=0.7)  # doubted
    assert not inside(bank, "Federal Reserve", "Federal Reserve Bank of New")  # cut short
    assert inside("The Boston Federal Reserve said so.", "Federal Reserve", "Boston Federal Reserve")
    assert not inside("The U.S. Federal Reserve said so.", "Federal Reserve", "U.S. Federal Reserve")
    assert not inside("Die Croix-Rouge Genève half.", "Croix-Rouge", "Croix-Rouge Genève")  # the body, in a place
    assert not inside("Der Fernverkehr der Deutschen Bahn stand.", "Bahn", "Deutschen Bahn")
    found = find_entities("The Federal Reserve Bank of New York bought bonds, the Federal Reserve said.", "en")
    assert "Federal Reserve" in {m.key for m in found.of("organization")}


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("fr", "Pendant la Seconde Guerre mondiale, la ville de Lyon a été détruite.", "Seconde Guerre mondiale"),
        ("fr", "Sous la Ve République, le Sénat a voté la loi.", "Ve République"),
        ("en", "Veterans of World War II met the Kestrel Foundation on Monday.", "World War II"),
        ("es", "Tras la Guerra Civil, la Fundación Ejemplo abrió en Sevilla.", "Guerra Civil"),
        ("de", "Nach dem Kalten Krieg wuchs die Beispiel AG schnell.", "Kalten Krieg"),
        # an abbreviation before a number
        ("en", "Kestrel Inc v. Doe, U.S. District Court, No. 10-01234 and others.", "No"),
        ("de", "Das Urteil (Nr. 5) betrifft die Beispiel AG.", "Nr"),
        # a code with slashes, two places, a credit rating
        ("en", "Estimates compiled by Kestrel I/B/E/S rose.", "I/B/E/S"),
        ("de", "Ein Unfall in Nimbra/Wien am Montag.", "Nimbra/Wien"),
        ("en", "Kestrel cut its debt to BBB-plus from A-minus.", "BBB-plus"),
        # an event, a meeting or a document
        ("es", "Los Juegos Panamericanos de Nimbra empiezan el lunes.", "Juegos Panamericanos"),
        ("es", "La VI Feria de la Alfarería de Nimbra abrió ayer.", "VI Feria de la Alfarería"),
        ("fr", "La Coupe de Nimbra commence samedi.", "Coupe de Nimbra"),
        ("es", "La Supercopa de Nimbra se juega el sábado.", "Supercopa de Nimbra"),
        # a day, a tax, a virus, a share offer
        ("es", "Se celebró el Día Europeo de los Parques de Nimbra.", "Día Europeo de los Parques"),
        ("es", "El Impuesto Especial de Hidrocarburos subirá en Nimbra.", "Impuesto Especial de Hidrocarburos"),
        ("es", "El Virus de Inmunodeficiencia Humana afecta a miles en Nimbra.", "Virus de Inmunodeficiencia Humana"),
        ("es", "La Oferta Pública de Suscripción de Kestrel comenzará el lunes.", "Oferta Pública de Suscripción"),
        # a building or a ground
        ("es", "La Colegiata de Nimbra del Mar abrió ayer.", "Colegiata de Nimbra del Mar"),
        ("en", "Fans filled Kestrel Bridge on Sunday.", "Kestrel Bridge"),
        ("en", "The Kestrel Philanthropy Day drew crowds.", "Kestrel Philanthropy Day"),
        # the head a government is named after
        ("fr", "Le gouvernement Exempleau vient de décider d'augmenter le salaire minimum.", "Exempleau"),
        ("en", "The Example administration said it would not extend the deadline.", "Example"),
        # a sector index of an index publisher
        ("en", "The S&P retail index rose 1.6 percent on Monday.", "S&P"),
        ("en", "The Standard & Poor's healthcare index fell.", "Standard & Poor's"),
        # a place a firm is based in
        ("en", "An economist at Nimbra-based fund manager Kestrel said so.", "Nimbra-based"),
        ("en", "The Topeka, Kansas-based company rose.", "Topeka"),
    ],
)
def test_a_war_a_regime_or_a_number_the_model_reads_as_a_body_is_no_organisation(lang, text, event):
    assert read_as_organisation(text, event, lang, 0.95) == []
    assert not any(event.split()[-1] in m.text for m in find_entities(text, lang).of("organization"))


@pytest.mark.parametrize(
    ("lang", "text", "read", "body"),
    [
        (
            "es",
            "La Comisión de Pesca y Montes de Tierra Alta pidió ayer ayudas.",
            "Comisión de Pesca",
            "Comisión de Pesca y Montes",
        ),
        (
            "fr",
            "La Commission des Ponts et des Routes a voté mardi.",
            "Commission des Ponts",
            "Commission des Ponts et des Routes",
        ),
        # a person, or another body, after the conjunction
        ("es", "La Comisión de Pesca y Juan Ejemplo firmaron el acuerdo.", "Comisión de Pesca", "Comisión de Pesca"),
        ("es", "La Caja de Ahorros y de la Cámara Alta firmaron.", "Caja de Ahorros", "Caja de Ahorros"),
        # not after a designator and its remit
        ("es", "Los Nimbra y Kestrel Sociales crecieron.", "Los Nimbra", "Nimbra"),
    ],
)
def test_the_model_stopping_at_a_conjunction_inside_a_bodys_remit_is_read_on(lang, text, read, body):
    assert read_as_organisation(text, read, lang, 0.99) == [body]


@pytest.mark.parametrize(
    ("lang", "text", "read", "body"),
    [
        # the model read the remit, not the head noun before it
        (
            "en",
            "Ann Example of the Council on Nimbran Relations said so.",
            "Nimbran Relations",
            "Council on Nimbran Relations",
        ),
        (
            "en",
            "A loan from the Bank of Nimbra Kestrel Corp was repaid.",
            "Nimbra Kestrel Corp",
            "Bank of Nimbra Kestrel Corp",
        ),
        (
            "es",
            "Lo dijo el Instituto de Estudios Nimbranos en Lima.",
            "Estudios Nimbranos",
            "Instituto de Estudios Nimbranos",
        ),
        # a remit after "for", read on past its conjunction
        (
            "en",
            "Ann Example of the Institute for Strategy and Competitiveness spoke.",
            "Institute for Strategy",
            "Institute for Strategy and Competitiveness",
        ),
        # no body's head noun before the name: a role, a legal form, a place
        ("en", "The head of Nimbra Kestrel Corp resigned.", "Nimbra Kestrel Corp", "Nimbra Kestrel Corp"),
        ("en", "Shares of Kestrel Corp of Nimbra Holdings rose.", "Nimbra Holdings", "Nimbra Holdings"),
    ],
)
def test_a_bodys_head_noun_and_remit_around_what_the_model_read_are_part_of_the_name(lang, text, read, body):
    assert read_as_organisation(text, read, lang, 0.99) == [body]


@pytest.mark.parametrize(
    ("lang", "text", "read", "bodies"),
    [
        (
            "es",
            "El Comité de Competición de la Real Federación Nimbrana de Fútbol sancionó al jugador.",
            "Comité de Competición de la Real Federación Nimbrana de Fútbol",
            ["Comité de Competición de la Real Federación Nimbrana de Fútbol", "Real Federación Nimbrana de Fútbol"],
        ),
        (
            "fr",
            "La Commission des Finances du Sénat a voté.",
            "Commission des Finances du Sénat",
            ["Commission des Finances du Sénat", "Sénat"],
        ),
        # the remit is no body: one name
        (
            "es",
            "El Ministerio de Agricultura de Nimbra lo anunció.",
            "Ministerio de Agricultura de Nimbra",
            ["Ministerio de Agricultura de Nimbra"],
        ),
        (
            "es",
            "La Comisión Nacional del Mercado de Valores multó.",
            "Comisión Nacional del Mercado de Valores",
            ["Comisión Nacional del Mercado de Valores"],
        ),
    ],
)
def test_a_body_named_with_the_body_it_belongs_to_names_both(lang, text, read, bodies):
    assert read_as_organisation(text, read, lang, 0.99) == bodies


def test_an_acronym_before_a_firms_name_with_a_legal_form_is_no_party_before_a_person():
    # "del PP Cristina Herrera" is a party and a person; "QRX Banks Inc" one firm
    assert read_as_organisation("Keefe upgraded QRX Banks Inc to outperform.", "QRX Banks Inc") == ["QRX Banks Inc"]
    assert read_as_organisation("Lo dijo la portavoz del PP Cristina Herrera.", "PP Cristina Herrera", "es") == ["PP"]
    # a given name no list knows: the role before it and what it is of tell
    text = "Habló el ex eurodiputado de NBR Txerra Montalbo en el foro."
    assert read_as_organisation(text, "NBR Txerra Montalbo", "es", 0.6) == ["NBR"]
    assert read_as_organisation("Subió la cotización de NBR Txerra Montalbo.", "NBR Txerra Montalbo", "es", 0.6) == [
        "NBR Txerra Montalbo"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "read"),
    [
        ("de", "Eine Lawine hat in den Nimbrer Alpen drei Skifahrer verschüttet.", "Nimbrer Alpen"),
        ("en", "Snow closed the passes of the Kestrel Mountains on Sunday.", "Kestrel Mountains"),
        ("es", "La sequía redujo el caudal del Río Nimbra en un tercio.", "Río Nimbra"),
        # a coast, a region of the world, a mountain
        ("es", "La zona es parte de la Costa Nimbrana del país.", "Costa Nimbrana"),
        ("es", "Conocerán propuestas de la Región Asia-Pacífico para la red.", "Región Asia-Pacífico"),
        ("en", "Climbers reached the top of Mount Kestrel on Sunday.", "Mount Kestrel"),
    ],
)
def test_a_mountain_range_river_or_sea_the_model_reads_as_a_body_is_no_organisation(lang, text, read):
    assert read_as_organisation(text, read, lang, 0.95) == []


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        # a role and what it is of, then a given name and a surname: the holder, left to the people rules
        ("fr", "Le texte est adopté, a annoncé le président de l'Assemblée Claude Exemplon.", "Claude Exemplon", []),
        ("es", "Lo anunció el ministro de Defensa Jorge Exemplar en Madrid.", "Jorge Exemplar", []),
        # where a role is held: a firm named like a person
        ("en", "said an analyst at Edward Kestrelson in St. Louis.", "Edward Kestrelson", ["Edward Kestrelson"]),
        # two given names: a firm's
        ("en", "said the chairman of Smith Barney on Monday.", "Smith Barney", ["Smith Barney"]),
    ],
)
def test_a_name_after_a_role_the_model_reads_as_a_body_is_the_role_holder(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.6) == kept


@pytest.mark.parametrize(
    ("text", "read", "kept"),
    [
        # short words in capitals in a sentence: a broadcaster's name, as acronyms are written
        ("Selon la chaîne KBX TV, deux hommes ont été arrêtés.", "KBX TV", ["KBX TV"]),
        # a heading in capitals, long words in capitals, spaced letters
        ("KBX TV ARRIVE\n\nLa chaîne commence lundi.", "KBX TV", []),
        ("Le groupe a publié son rapport NIMBRA EXCHANGE mardi soir.", "NIMBRA EXCHANGE", []),
        ("Le texte signé F G hier soir a circulé.", "F G", []),
        # a heading's designator, then a given name: the body and the person run together
        ("PS - CONGRÈS MARIE DURANDEL CANDIDATE\n\nMarie Durandel sera candidate.", "CONGRÈS MARIE", []),
        ("BANQUE NIMBRA SA CONDAMNÉE\n\nLa banque fera appel.", "BANQUE NIMBRA SA", ["BANQUE NIMBRA SA"]),
    ],
)
def test_a_name_in_capitals_is_a_body_in_running_text_not_in_a_heading(text, read, kept):
    assert read_as_organisation(text, read, "fr", 0.9) == kept


@pytest.mark.parametrize(
    ("lang", "text", "read", "bodies"),
    [
        (
            "es",
            "La IX Asamblea General de la Alianza Nimbrana de Agencias se abrió hoy.",
            "IX Asamblea General de la Alianza Nimbrana de Agencias",
            ["Alianza Nimbrana de Agencias"],
        ),
        ("es", "La XIII Cumbre Nimbrana se celebró en Lima.", "XIII Cumbre Nimbrana", []),
        ("en", "The 3rd Annual Conference opened.", "3rd Annual Conference", []),
        # no number: the body
        ("es", "La Asamblea Nimbrana aprobó la ley.", "Asamblea Nimbrana", ["Asamblea Nimbrana"]),
    ],
)
def test_a_numbered_meeting_is_no_body_but_the_body_it_is_of_is(lang, text, read, bodies):
    assert read_as_organisation(text, read, lang, 0.99) == bodies


@pytest.mark.parametrize(
    ("text", "read", "kept"),
    [
        # the code of its shares, its brackets stripped by an export
        ("Children's clothing maker Kestrel Corp KSTL.O is selling itself.", "Kestrel Corp KSTL.O", ["Kestrel Corp"]),
        # a subheading in capitals before the name
        ("DISRUPTIONS Nimbra Oil Corp said on Monday.", "DISRUPTIONS Nimbra Oil Corp", ["Nimbra Oil Corp"]),
        # an agency's desk in a credit line
        ("(Additional reporting by Reuters Madrid, Lisbon)", "Reuters Madrid", []),
        # a town with its region and a description: a place
        ("The Secaucus, New Jersey company has had a good year.", "Secaucus", []),
        ("data from Boca Raton, Florida online brokerage Kestrel", "Boca Raton", []),
        ("The Kestrel Corp, New Jersey company filed.", "Kestrel Corp", ["Kestrel Corp"]),
    ],
)
def test_what_surrounds_a_firms_name_in_wire_copy_is_no_part_of_it(text, read, kept):
    assert read_as_organisation(text, read, "en", 0.9) == kept


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        (
            "de",
            "Forscher der Nimbra University in Berlin fanden das.",
            "Nimbra University in Berlin",
            ["Nimbra University"],
        ),
        ("de", "wie die Nimbra Times am Sonntag berichtete.", "Nimbra Times am Sonntag", ["Nimbra Times"]),
        ("en", "Kestrel Bank in Madrid said so.", "Kestrel Bank in Madrid", ["Kestrel Bank"]),
        # not a place: part of the name
        ("en", "Shares of Kestrel Made in Nimbra rose.", "Kestrel Made in Nimbra", ["Kestrel Made in Nimbra"]),
    ],
)
def test_where_or_when_a_story_is_after_a_bodys_name_is_no_part_of_it(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.99) == kept


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        ("es", "El Producto Interior Nimbrano (PIB) creció un 2 por ciento.", "Producto Interior Nimbrano", []),
        ("es", "Lanzó una Oferta Pública de Nimbra (OPA) sobre Kestrel.", "Oferta Pública de Nimbra", []),
        # an acronym that is a body's
        (
            "en",
            "The Nimbra Trade Authority (NTA) said so.",
            "Nimbra Trade Authority",
            ["Nimbra Trade Authority"] * 2,
        ),  # the name, and its acronym
    ],
)
def test_a_name_spelled_out_before_a_common_abbreviation_is_no_body(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.99) == kept


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("El concierto será en el Palacio de Nimbra el sábado.", "Palacio de Nimbra"),
        ("Los peregrinos llegaron al Real Monasterio de Nimbra.", "Real Monasterio de Nimbra"),
        ("El torero salió por la Puerta Grande de Nimbra.", "Puerta Grande de Nimbra"),
    ],
)
def test_a_building_the_model_reads_as_a_body_is_no_organisation(text, read):
    assert read_as_organisation(text, read, "es", 0.99) == []


def test_a_royal_body_is_still_one():
    assert read_as_organisation("La Real Academia Nimbrana lo aceptó.", "Real Academia Nimbrana", "es", 0.99) == [
        "Real Academia Nimbrana"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        ("fr", "Le PDG de Nimbra Kestrel a parlé.", "PDG de Nimbra Kestrel", ["Nimbra Kestrel"]),
        (
            "en",
            "said the Chairman of Nimbra Kestrel Corp on Monday.",
            "Chairman of Nimbra Kestrel Corp",
            ["Nimbra Kestrel Corp"],
        ),
        # a body's own name opening on what is also a role word
        ("en", "The Bank of Nimbra raised rates.", "Bank of Nimbra", ["Bank of Nimbra"]),
    ],
)
def test_a_role_and_what_joins_it_to_a_body_are_no_part_of_the_bodys_name(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.99) == kept


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        (
            "fr",
            "La Chambre des représentants a voté la loi.",
            "Chambre des représentants",
            ["Chambre des représentants"],
        ),
        ("fr", "Selon la Cour des comptes, le déficit baisse.", "Cour des comptes", ["Cour des comptes"]),
        # Spanish capitalises a body's remit; a board in lower case is no body's name
        ("es", "El Consejo de administración de Kestrel dimitió.", "Consejo de administración", []),
    ],
)
def test_a_french_body_keeps_its_remit_in_lower_case(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.99) == kept


@pytest.mark.parametrize(
    ("text", "read", "kept"),
    [
        (
            "La Confédération générale du travail appelle à la grève jeudi.",
            "Confédération générale du travail",
            ["Confédération générale du travail"],
        ),
        (
            "Le Forum mondial de la langue française s'est ouvert lundi à Québec.",
            "Forum mondial de la langue française s'est",
            ["Forum mondial de la langue française"],
        ),
        (
            "Le Conseil national de la résistance a été évoqué au Sénat.",
            "Conseil national de la résistance",
            ["Conseil national de la résistance"],
        ),
        # no designator first, or a word that ends no name: the lower-case words are left out
        ("Le Kestrel Capital a annoncé mardi.", "Kestrel Capital a annoncé", ["Kestrel Capital"]),
        ("Le Conseil Kestrel a décidé de la suite.", "Conseil Kestrel a décidé de la", ["Conseil Kestrel"]),
    ],
)
def test_a_french_body_written_with_one_capital_keeps_its_whole_name(text, read, kept):
    assert read_as_organisation(text, read, "fr", 0.99) == kept


def test_the_model_reads_a_french_body_whole_and_its_tag_keeps_it():
    text = "La Confédération générale du travail a appelé à la grève jeudi dans les transports, selon un communiqué."
    assert tag_dispatch("Grève dans les transports", [text], "fr").organizations == [
        "Confédération générale du travail"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "read", "confidence", "kept"),
    [
        # a doubted reading with no body's shape is no organisation outside English copy
        ("de", "Wenig später hat Brankovic Entwarnung gegeben.", "Brankovic Entwarnung", 0.4, []),
        ("es", "La visita de la Princesa Ana de Tarquela fue aplazada.", "Princesa Ana de Tarquela", 0.4, []),
        ("fr", "La canonisation de Kateri Vallinet a réuni des fidèles.", "Kateri Vallinet", 0.45, []),
        # one the model is surer of, one shaped as a body, or one in English copy is kept
        ("de", "Wenig später hat Brankovic Entwarnung gegeben.", "Brankovic Entwarnung", 0.6, ["Brankovic Entwarnung"]),
        (
            "es",
            "El Consejo por la Convivencia de Tarquela pidió una tregua.",
            "Consejo por la Convivencia de Tarquela",
            0.4,
            ["Consejo por la Convivencia de Tarquela"],
        ),
        ("fr", "Le mouvement MNLT a revendiqué l'attaque.", "MNLT", 0.4, ["MNLT"]),
        ("en", "Shares in Harwick Dunmore rose on Monday.", "Harwick Dunmore", 0.4, ["Harwick Dunmore"]),
    ],
)
def test_a_doubted_reading_outside_english_needs_a_bodys_shape(lang, text, read, confidence, kept):
    assert read_as_organisation(text, read, lang, confidence) == kept


def test_a_federal_reserve_bank_is_its_district_not_the_fed_nor_a_city():
    text = "Kansas City Fed President Ann Example said the Fed should wait; the Boston Federal Reserve agreed."
    found = find_entities(text, "en")
    assert sorted(m.key for m in found.of("organization")) == [
        "Federal Reserve",
        "Federal Reserve Bank of Boston",
        "Federal Reserve Bank of Kansas City",
    ]
    assert found.of("city") == []
    assert "Ann Example" in {m.key for m in found.of("person")}


@pytest.mark.parametrize(
    ("text", "read", "court"),
    [
        (
            "The case is Kestrel LLC v. Doe, U.S. District Court, Southern District of New York, No. 10-01234.",
            "U.S. District Court",
            "U.S. District Court, Southern District of New York",
        ),
        (
            "A judge of the U.S. District Court for the District of Columbia ruled.",
            "U.S. District Court",
            "U.S. District Court for the District of Columbia",
        ),
        (
            "The 2nd U.S. Circuit Court of Appeals upheld it.",
            "U.S. Circuit Court of Appeals",
            "2nd U.S. Circuit Court of Appeals",
        ),
        # no district or circuit named
        ("The U.S. District Court in Nimbra ruled.", "U.S. District Court", "U.S. District Court"),
    ],
)
def test_a_us_federal_court_is_named_with_its_district_or_circuit(text, read, court):
    assert read_as_organisation(text, read, "en", 0.99) == [court]


def test_treasury_securities_are_no_department_and_the_department_is_one_under_its_names():
    text = (
        "The 10-year Treasury fell and Treasury yields rose, while U.S. Treasury bonds slipped. "
        "Ann Example sent the plan to the Treasury Department; the U.S. Treasury said it agreed."
    )
    found = find_entities(text, "en")
    treasury = [m for m in found.of("organization") if "Treasury" in m.text]
    assert [(m.key, m.text) for m in treasury] == [
        ("US Treasury", "Treasury Department"),
        ("US Treasury", "U.S. Treasury"),
    ]
    assert read_as_organisation("Treasury yields rose on Monday.", "Treasury", "en", 0.99) == []


def test_a_government_program_and_its_acronym_are_no_organisation_an_international_one_is():
    text = (
        "Kestrel Corp will repay $2 billion to the Nimbra Asset Relief Program (NARP) this year. "
        "NARP money helped, said Ann Example. The World Food Program sent aid."
    )
    orgs = {m.key for m in find_entities(text, "en").of("organization")}
    assert "Kestrel Corp" in orgs
    assert not any("Relief" in org or org == "NARP" for org in orgs)
    text = "The World Food Program sent aid."
    assert read_as_organisation(text, "World Food Program", "en", 0.99) == ["World Food Program"]


@pytest.mark.parametrize(
    ("lang", "text", "read", "firm"),
    [
        ("en", "Nimbra Foods Market Inc said sales rose.", "Foods Market Inc", "Nimbra Foods Market Inc"),
        ("de", "Das Deutsches Kabelbüro GmbH meldete Gewinne.", "Kabelbüro GmbH", "Deutsches Kabelbüro GmbH"),
        # several words, one of them a given name the model does not read as a person's
        (
            "en",
            "He works at North Star Kestrel Management Corp. in Chicago.",
            "Kestrel Management Corp",
            "North Star Kestrel Management Corp",
        ),
        ("en", "A buyout firm, One Kestrel Partners, made an offer.", "Kestrel Partners", "One Kestrel Partners"),
        # a word of the sentence, a date, an owner, or a German noun before the name
        ("en", "Monday Kestrel Corp rose.", "Kestrel Corp", "Kestrel Corp"),
        ("en", "Ann Example's Kestrel Corp rose.", "Kestrel Corp", "Kestrel Corp"),
        ("de", "Die Tochter Kestrel GmbH meldete Gewinne.", "Kestrel GmbH", "Kestrel GmbH"),
    ],
)
def test_the_first_word_of_a_firm_the_model_left_out_is_part_of_its_name(lang, text, read, firm):
    assert read_as_organisation(text, read, lang, 0.9) == [firm]


def test_a_firms_first_word_read_alone_joins_the_rest_and_a_given_name_read_as_a_person_does_not():
    text = "according to a Giving Kestrel Foundation report."
    at, rest = text.index("Giving"), text.index("Kestrel")
    proposals = [
        Recognised("ORG", at, at + 6, "Giving", 0.6),
        Recognised("ORG", rest, rest + 18, "Kestrel Foundation", 0.9),
    ]
    found = Found()
    _recognised_organizations(text, proposals, [], found, lang="en")
    assert [m.key for m in found.mentions] == ["Giving Kestrel Foundation"]
    text = "said Star Kestrel Corp."
    at, rest = text.index("Star"), text.index("Kestrel")
    proposals = [Recognised("PER", at, at + 4, "Star", 0.9), Recognised("ORG", rest, rest + 12, "Kestrel Corp", 0.9)]
    found = Found()
    _recognised_organizations(text, proposals, [], found, lang="en")
    assert [m.key for m in found.mentions] == ["Kestrel Corp"]


def test_a_firm_followed_by_where_it_is_based_is_still_a_firm():
    text = "Kestrel Corp, London-based maker of pumps, rose."
    assert read_as_organisation(text, "Kestrel Corp", "en", 0.95) == ["Kestrel Corp"]


@pytest.mark.parametrize(
    "text, firm",
    [
        ("said Ann Example, a partner at Holmwood Kestrel in London.", "Holmwood Kestrel"),
        ("Lawyers with Marcus Tarquel declined to comment on the case.", "Marcus Tarquel"),
        ("The bank hired law firm Peter Halvern to advise it.", "Peter Halvern"),
        ("Walter Quarvey, the New York law firm, advised the buyers.", "Walter Quarvey"),
        ("Davis Halvern & Tarquel represented the banks in the talks.", "Davis Halvern & Tarquel"),
    ],
)
def test_a_law_firm_named_after_people_is_an_organisation_not_a_person(text, firm):
    found = find_entities(text, "en")
    assert firm in {m.key for m in found.of("organization")}
    assert not {m.key for m in found.of("person")} & {firm, firm.split(" &")[0]}


def test_a_firm_of_the_tables_named_like_a_person_is_the_firm_unless_a_role_makes_it_one():
    text = "NEW YORK, May 3 (Reuters) - Johnson Controls said on Tuesday its profit rose, as did Ross Stores."
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.people == []
    assert {"Johnson Controls", "Ross Stores"} <= set(tagging.organizations)
    text = 'LONDON, May 3 (Reuters) - "Clients spend," said David Jones, chief executive of the agency.'
    assert tag_dispatch("Headline", [text], "en").people == ["David Jones"]


def test_a_name_the_story_gives_a_firm_is_no_one_s():
    tagging = tag_dispatch(
        "U.S. judge rules on ex-Harmon Stearns manager's email",
        [
            "NEW YORK, May 3 (Reuters) - A judge ruled on Tuesday on the email of two former Harmon Stearns hedge "
            "fund managers. Less than a year later Harmon Stearns Cos also collapsed."
        ],
        "en",
    )
    assert tagging.people == []
    assert tagging.organizations == ["Harmon Stearns"]


@pytest.mark.parametrize(
    "text, people, firms",
    [
        ("Most analysts assume Fed Chairman Ben Bernanke's leanings will carry the day.", ["Ben Bernanke"], []),
        ("Sales fell. Whereas Quarvex cut prices, Both Holmcorp and the bank declined to comment.", [], []),
        ("LABOR SECRETARY UNDER PRESIDENT TARQUEL What would a bold jobs bill look like?", [], None),
        ("Democratic Whip Steny Tarquel said the vote would come.", ["Steny Tarquel"], None),
        # a role joined to co-, ex-, vice- is a role
        (
            "Morgan Co-President Zoe Quarvey left the bank, and Ex-CEO Tarquel said nothing.",
            ["Zoe Quarvey", "Tarquel"],
            None,
        ),
        ("COMPLICATES CEO JOB Part of the reason is cost, said Ann Example.", ["Ann Example"], None),
        ("Prices fell. Chipmaker Elpida warned it might move production abroad.", [], ["Elpida"]),
        # a body's or a thing's last word
        ("The Congressional Oversight Panel said in its latest monthly report that banks had failed.", [], None),
        ("Rates on Overnight Index Swaps rose, said the Holmbrook Intelligence Unit.", [], None),
        # a word that qualifies a role is no title of a surname alone
        ("She spoke on the sidelines of the Holmbrook Executive Roundtable in New York.", [], None),
        ("The fund was backed by Shasta Ventures, said the firm's founder.", [], None),
        ("The plan, called the Phased Adaptive Approach, said officials, would cost more.", [], None),
        # the firm of analysts, there and wherever the story names it
        ('"The deal is off," said Wedbush Morgan analyst Michael Pachter.', ["Michael Pachter"], ["Wedbush Morgan"]),
        (
            '"It is the other way," said the source. Analysts at Stifel Nicolaus said the regulator could act. In '
            "addition, Stifel Nicolaus said, the regulator may ask for more.",
            [],
            ["Stifel Nicolaus"],
        ),
        # a source after "according to" needs a given name to be someone
        ("Puts outpaced calls by a factor of two, according to Trade Alert.", [], None),
        # a rank in small letters is an adjective
        ("Voters watch whether he calls for major changes to Social Security and Medicare.", [], None),
    ],
)
def test_a_title_a_sentence_word_or_a_firm_s_kind_is_no_part_of_a_name(text, people, firms):
    tagging = tag_dispatch("Headline", [f"NEW YORK, May 3 (Reuters) - {text}"], "en")
    assert tagging.people == people
    if firms is not None:
        assert [firm for firm in tagging.organizations if firm != "Federal Reserve"] == firms


def test_a_name_after_a_title_at_the_end_of_a_long_capitalised_run_is_whole():
    text = (
        "Former U.S. National Transit Safety Board Chairman Mark Halvern said the incident was rare, "
        "as did W.P. Kestrel Advisors Chief Investment Officer Jim Tarquel."
    )
    people = tag_dispatch("Headline", [f"NEW YORK, May 3 (Reuters) - {text}"], "en").people
    assert sorted(people) == ["Jim Tarquel", "Mark Halvern"]


@pytest.mark.parametrize(
    "text",
    [
        # a plural title
        "Shops closed before the three-day Presidents Day weekend, the group said.",
        # a word the model reads as another kind of name
        "Captain America, first drawn in 1941, lifted the studio's shares, the group said.",
        # a word the story writes in small letters too
        "Ann Example, Chief Operating Officer Customers at the maker, said customers waited.",
        # a firm's word: with a legal form elsewhere, or the firm named short
        "King Pharmaceuticals Inc will buy Halvarma Inc. The deal gives King Halvarma's pain drug.",
        "Its rivals include Quarnix Networks Inc. Rival Quarnix trades at 22 times profits.",
        "Senior Telvaro officials sent memos to the regulator, the group said.",
    ],
)
def test_one_word_after_a_title_is_no_surname_where_the_story_shows_it_is_none(text):
    people = tag_dispatch("Headline", [f"NEW YORK, May 3 (Reuters) - {text}"], "en").people
    assert people in ([], ["Ann Example"])


def test_a_name_ending_on_a_word_the_story_writes_in_small_letters_needs_a_given_name_or_a_role():
    text = (
        "NEW YORK, May 3 (Reuters) - Short interest rose, said Quarnix Explorers, which tracks the explorers of data."
    )
    assert tag_dispatch("Headline", [text], "en").people == []
    text = "BEIJING, May 3 (Reuters) - The yuan rose after Chen Yuan, chairman of the bank, spoke, the bank said."
    assert tag_dispatch("Headline", [text], "en").people == ["Chen Yuan"]
    # an address is no word of the story
    text = "NEW YORK, May 3 (Reuters) - Sales rose, said Xaviq Tarrow (xaviq.tarrow@example.com)."
    assert tag_dispatch("Headline", [text], "en").people == ["Xaviq Tarrow"]


def test_an_aircraft_maker_named_after_a_spokesman_is_a_firm():
    text = "NEW YORK, May 3 (Reuters) - A spokesman Quarnix Aircraft said it would cut jobs."
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.people == []
    assert tagging.organizations == ["Quarnix Aircraft"]


def test_an_abbreviation_is_no_given_name_and_associates_name_a_firm():
    text = (
        "LONDON, May 3 (Reuters) - BoE Governor Tarquel said rates would stay low, according to "
        "Henry H. Quarvey Associates."
    )
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.people == ["Tarquel"]
    assert "Henry H. Quarvey Associates" in tagging.organizations


def test_a_place_named_with_a_given_name_is_no_one():
    text = (
        "HONG KONG, May 3 (Reuters) - The crisis has hit the gritty factory towns in China's Pearl River Delta, "
        "but some signs suggest the workshop is recovering, said Ann Example."
    )
    assert tag_dispatch("Headline", [text], "en").people == ["Ann Example"]
    assert (
        tag_dispatch("Headline", ["HONG KONG, May 3 (Reuters) - Pearl River Delta factories cut jobs."], "en").people
        == []
    )


def test_a_region_named_as_the_end_of_a_longer_place_s_name_is_that_place_short():
    from wire.tagging.mentions import Found
    from wire.tagging.place_names import _recognised_regions
    from wire.tagging.recogniser import Recognised

    text = "Factories in the Pearl River Delta cut jobs. Orders in the Delta fell."
    at = text.rindex("Delta")
    found = Found()
    _recognised_regions(text, [Recognised("LOC", at, at + 5, "Delta", 0.9)], [], found, ("CN",))
    assert found.mentions == []  # not Nigeria's Delta State
    text = "Orders in the Delta fell."
    at = text.index("Delta")
    _recognised_regions(text, [Recognised("LOC", at, at + 5, "Delta", 0.9)], [], found, ("NG",))
    assert [m.key for m in found.mentions] == ["NG"]


def test_a_japanese_company_or_newspaper_is_named_by_its_kind():
    text = "TOKYO, May 3 (Reuters) - Shares of Tarquel Kisen Kaisha rose, the Quarvey Keizai Shimbun reported."
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.people == []
    assert {"Tarquel Kisen Kaisha", "Quarvey Keizai Shimbun"} <= set(tagging.organizations)


def test_a_firm_a_quote_line_names_in_capitals_is_tagged_as_names_are_written():
    text = (
        "NEW YORK, May 3 (Reuters) - Stocks fell after the data. JOHN QUARVEY, CHIEF INVESTMENT STRATEGIST, "
        'KESTREL CAPITAL MARKETS, BOSTON: "The report is bad." ANN TARQUEL, ECONOMIST, HSBC HOLDINGS, LONDON: '
        '"Not so bad." Shares of GMAC rose. BEN HALVERN, ANALYST, GMAC FINANCIAL, DETROIT: "Good."'
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert {"Kestrel Capital Markets", "HSBC", "GMAC Financial"} <= set(organizations)  # the index's HSBC


def test_a_name_in_capitals_is_written_as_names_are():
    from wire.tagging.firms import _out_of_capitals

    assert _out_of_capitals("ROYAL BANK OF SCOTLAND") == "Royal Bank of Scotland"
    assert _out_of_capitals("MERCEDES-BENZ CARS") == "Mercedes-Benz Cars"
    assert _out_of_capitals("NYSE EURONEXT", "It listed on the NYSE in May.") == "NYSE Euronext"
    assert _out_of_capitals("Kestrel Capital") == "Kestrel Capital"
    assert _out_of_capitals("IBM") == "IBM"


def test_an_industry_as_a_whole_is_no_organisation():
    text = "NEW YORK, May 3 (Reuters) - Rare diseases win fans in Big Pharma, and shares rose on the Big Board."
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert "Big Pharma" not in organizations
    assert "Big Board" in organizations or "New York Stock Exchange" in organizations


def test_the_firm_of_analysts_is_read_after_them_at_a_sentence_start_too():
    from wire.tagging.people import _ANALYST_AT

    assert _ANALYST_AT.search("Shares fell. Analysts at ")
    assert _ANALYST_AT.search("said economists with ")


def test_a_storm_is_no_one():
    text = (
        "NEW YORK, May 3 (Reuters) - Power was restored after Superstorm Sandy battered the coast, officials said. "
        "Sandy left millions without power."
    )
    assert tag_dispatch("Headline", [text], "en").people == []


def test_the_mortgage_firms_named_like_people_are_organisations():
    found = find_entities("Ann Example said Fannie Mae and Freddie Mac would sell more bonds.", "en")
    assert {"Fannie Mae", "Freddie Mac"} <= {m.key for m in found.of("organization")}
    assert {m.key for m in found.of("person")} == {"Ann Example"}


def test_a_german_run_with_a_role_inside_is_a_person_not_an_organisation():
    text = "Die Schau der US-amerikanischen Künstlerin Vija Beispiel ist offen. Sowohl Muster als auch Probe schwiegen."
    assert read_as_organisation(text, "US-amerikanischen Künstlerin Vija Beispiel", "de", 0.6) == []
    orgs = [m.text for m in find_entities(text, "de").of("organization")]
    assert not any("Sowohl" in org or "Künstlerin" in org for org in orgs)


def test_a_german_noun_phrase_is_no_one_s_name():
    text = (
        "Geschwächter Trainer\n\nDie Entlassung von Ancelotti kam überraschend. Der Chef der Bewegung Block "
        "schwieg. Griechische Medien berichteten darüber. Als Beste Hauptdarstellerin gilt sie. "
        "Das sagte der frühere Regierungschef Antonis Samaras."
    )
    people = {m.key for m in find_entities(text, "de").of("person")}
    assert people == {"Antonis Samaras"}


def test_a_german_work_after_its_genre_is_no_organisation():
    text = "Wien – Das Liebesdrama Carol und die Miniserie Braunschlag liefen am Sonntag im Kino."
    assert read_as_organisation(text, "Liebesdrama Carol", "de", 0.9) == []
    assert read_as_organisation(text, "Miniserie Braunschlag", "de", 0.9) == []


def test_a_german_preposition_or_article_opening_a_sentence_is_no_part_of_a_name():
    text = (
        "Die Kandidatin Irmgard Beispiel war einst Präsidentin des Gerichts. Für Beispiel fand Anton Muster "
        "lobende Worte. Gegen Figen Probe wird ermittelt. Einer Ode gleich klang die Rede."
    )
    people = {m.text for m in find_entities(text, "de").of("person")}
    assert not any(name.split()[0] in ("Für", "Gegen", "Einer") for name in people)
    assert "Irmgard Beispiel" in people


def test_a_title_after_a_nationality_and_a_maker_s_model_are_no_part_of_anyone_s_name():
    text = "Shares fell after the defeat of German Chancellor Ann Example's party in a state election."
    assert [m.key for m in find_entities(text, "en").of("person")] == ["Ann Example"]
    text = "Ford Motor Co reported sales on Tuesday. Ford expects the midsized Ford Ranger pickup truck to sell well."
    assert [m.key for m in find_entities(text, "en").of("person")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Major Japanese companies, including Kestrel and Nimbra, cut output on Monday.",
        "His case made headlines, but Sri Lankan newspapers rarely carried stories about it.",
        "Global car crisis far from over: executives\n\nTop European car makers warned of a bleak year.",
    ],
)
def test_a_people_s_adjective_is_no_one_s_name(text):
    assert find_entities(text, "en").of("person") == []


def test_a_german_noun_after_a_role_is_no_one_s_surname():
    text = "In einem Experiment teilten die Forscher Versuchspersonen in Gruppen auf, die Fragen beantworteten."
    assert find_entities(text, "de").of("person") == []


def test_a_month_after_its_day_s_number_is_the_date_not_a_given_name():
    text = "Die Interviews: am 3. April Beispiel (11.05 Uhr) und Muster (12.00 Uhr). Ann Probe sagte das."
    assert {m.text for m in find_entities(text, "de").of("person")} == {"Ann Probe"}
    # German copy writes a month before any noun
    text = "Die EU-Kommission will Mitte Juli Vorschläge vorlegen, sagte Ann Probe. Seit Mai Direktor ist Bo Muster."
    assert not any("Juli" in m.text or "Mai" in m.text for m in find_entities(text, "de").of("person"))
    assert "Ann Example" in {m.text for m in find_entities("On 3 June Ann Example said so.", "en").of("person")}


def test_an_acronym_that_is_also_a_given_name_is_an_organisation_written_in_capitals():
    found = Found()
    text = "La banda XETA y el grupo ETA asesinaron ayer a un concejal en Nimbra."
    at = text.index("ETA ")
    _recognised_organizations(text, [Recognised("ORG", at, at + 3, "ETA", 0.6)], [], found, lang="es")
    assert [m.key for m in found.mentions] == ["ETA"]
    assert read_as_organisation("Eta Example dijo ayer que no.", "Eta", "es", 0.6) == []  # a given name


def test_another_given_name_before_the_surname_of_a_person_of_the_story_is_a_person():
    kept = organisations_kept(["Yann Exemple"], ["Souhi Exemple", "Exemple Foundation"])
    assert [m.key for m in kept] == ["Exemple Foundation"]


def test_a_person_named_by_part_of_the_full_name_is_no_organisation():
    """Spanish names have two surnames, some of several words: the story
    names the person by the first, or by a surname with its particle."""
    people = ["Julián Ignacio Pérez de Urrutia", "Ramiro Oscaz Cendal"]
    kept = organisations_kept(people, ["Pérez de Urrutia", "Oscaz", "Ignacio", "Urrutia Holding"])
    # "Ignacio" is a given name, never a surname on its own
    assert [m.key for m in kept] == ["Ignacio", "Urrutia Holding"]


@pytest.mark.parametrize(
    "read, confidence, kept",
    [
        ("Ortszeit", 0.75, False),  # a noun the model is not sure of
        ("Ortszeit", 0.85, True),
        ("Kestrova", 0.45, False),  # any word it doubts
        ("KDV", 0.6, True),  # an acronym
        ("KDV-Landesgruppe", 0.6, True),  # a compound with a name in it
    ],
)
def test_one_german_word_the_model_is_not_sure_of_is_a_noun(read, confidence, kept):
    text = f"Am Montag um zehn Uhr sagte die {read} nichts."
    assert read_as_organisation(text, read, "de", confidence) == ([read] if kept else [])


def test_a_firm_of_brothers_is_no_person():
    found = find_entities("Ann Example said Nimbra Brothers and Kestrel Bros would merge.", "en")
    assert {m.key for m in found.of("person")} == {"Ann Example"}


def test_a_german_given_name_after_an_article_is_a_noun_unless_a_role_or_the_model_says_otherwise():
    text = (
        "Das Gesetz kommt unter die Lupe von Juristen. Es herrscht eine Art Alarmmodus, sagte der Sänger Art Beispiel."
    )
    people = {m.key for m in find_entities(text, "de").of("person")}
    assert people == {"Art Beispiel"}


def test_a_conjunction_opening_a_spanish_sentence_is_no_given_name():
    text = (
        "El consejero Pedro Ferrandell dijo que es una de las actividades que hay.\n\n"
        "Aunque Ferrandell aseguró que la tasa es un tema accesorio, mañana habrá debate."
    )
    people = {m.key for m in find_entities(text, "es").of("person")}
    assert not any(name.startswith("Aunque") for name in people)


def test_a_listed_name_with_an_elided_article_in_capitals_needs_no_other_evidence():
    from wire.tagging.mentions import _needs_support

    assert not _needs_support("L'Oréal") and not _needs_support("L’Exemple")
    assert _needs_support("Focus")
    from wire.tagging.vocabulary import organization_table

    table = organization_table()
    assert table["L’Oréal"] == table["L'Oréal"]
    assert all(form.replace("'", "’") in table for form in table if "'" in form)


@pytest.mark.parametrize(
    ("read", "body"),
    [
        ("Wirtschaft der Universität Nimbra", "Universität Nimbra"),
        ("Aufsicht der Kestrelbank", "Kestrelbank"),
        # a body first: the whole name
        ("Syrische Beobachtungsstelle für Beispiele", "Syrische Beobachtungsstelle für Beispiele"),
        ("Bundeszentrum für Beispielkunde", "Bundeszentrum für Beispielkunde"),
    ],
)
def test_a_german_common_noun_before_a_name_is_no_part_of_it(read, body):
    text = f"Am Montag sprach die {read} über die Lage."
    found = Found()
    at = text.index(read)
    _recognised_organizations(text, [Recognised("ORG", at, at + len(read), read, 0.95)], [], found, lang="de")
    assert [m.text for m in found.mentions] == [body]


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        ("Competition Commissioner Ann Example", []),
        ("Burger Queen Holdings", ["Burger Queen Holdings"]),  # a role last, or before a designator
    ],
)
def test_a_role_before_a_name_makes_no_organisation(read, kept):
    text = f"On Monday {read} said the deal was fair."
    assert read_as_organisation(text, read, "en", 0.95) == kept


def test_a_name_the_model_reads_across_paragraphs_ends_with_its_paragraph():
    text = "La sesión es de la Fundación Kestrel.\n\nAsistirán a la asamblea los directores."
    read = "Fundación Kestrel.\n\nAsistirán"
    assert read_as_organisation(text, read, "es", 0.95) == ["Fundación Kestrel"]


@pytest.mark.parametrize("firm", ["QRX Banks Inc", "DelMarta Banks Inc"])
def test_a_firm_named_by_its_designator_begins_with_its_acronym_or_its_word_with_an_inner_capital(firm):
    found = find_entities(f"Keefe upgraded the stock of {firm} to outperform.", "en")
    assert [m.text for m in found.of("organization")] == [firm]
    assert [m.key for m in found.of("organization")] == [firm.removesuffix(" Inc")]


def test_a_name_ending_with_an_acronym_before_a_persons_name_is_the_organisation_alone():
    text = "Según la Comisión Regional de UCX Emilio Garrido, la cosecha será mala."
    read = "Comisión Regional de UCX Emilio Garrido"
    assert read_as_organisation(text, read, "es", 0.9) == ["Comisión Regional de UCX"]
    # read from the acronym on, the body opens on its head and adjective all the same
    assert read_as_organisation(text, "UCX Emilio Garrido", "es", 0.9) == ["Comisión Regional de UCX"]
    text = "Según la comisión de UCX Emilio Garrido, la cosecha será mala."
    assert read_as_organisation(text, "UCX Emilio Garrido", "es", 0.9) == ["UCX"]  # no head: the acronym alone


@pytest.mark.parametrize(
    "text, firm",
    [
        ("He likes Quenlar ( QNL.N ) and Pardova Health ( PDVH.O ) for next year.", {"Quenlar", "Pardova Health"}),
        ("Shares of Tressly Mining <TRM.AX> fell.", {"Tressly Mining"}),
        ("He likes The Quenlar ( QNL.N ) for next year.", {"Quenlar"}),  # the article, no part of the name
        ("The Nikkei <.N225> fell and the euro <EUR=> rose.", set()),  # an index and a currency
    ],
)
def test_a_name_before_the_code_of_a_listed_companys_shares_is_that_company(text, firm):
    assert {m.key for m in find_entities(text, "en").of("organization")} == firm


def test_of_a_persons_possession_the_organisation_is_the_thing_owned():
    text = "Executives at Marten Holloway's Tressly Media Corp said on Friday the deal was off."
    assert read_as_organisation(text, "Marten Holloway's Tressly Media Corp", "en", 0.9) == ["Tressly Media Corp"]


def test_a_listed_name_written_without_its_accents_is_that_organisation():
    found = find_entities("Analysts at Societe Generale cut their forecast on Monday.", "en")
    assert {m.key for m in found.of("organization")} == {"Société Générale"}


@pytest.mark.parametrize(
    "text",
    [
        "L'ancien bâtonnier a été tué ce matin près de son domicile, dans une commune du département"
        " de la Corse-du-Sud, a indiqué la gendarmerie.",
        "La préfecture de Corse-du-Sud a confirmé le décès.",
    ],
)
def test_a_department_the_model_reads_as_a_body_is_no_organisation(text):
    # a department is an ISO 3166-2 region below the first level
    tagging = tag_dispatch("Un bâtonnier tué en Corse", [text], "fr")
    assert "Corse-du-Sud" not in tagging.organizations


def test_the_arabic_article_the_model_leaves_out_of_a_body_is_read_back():
    text = "Le documentaire d'Al Jazeera, réalisé après neuf mois d'enquête, précise que la mort est suspecte."
    assert tag_dispatch("Un reportage sème le doute", [text], "fr").organizations == ["Al Jazeera"]


@pytest.mark.parametrize(
    "headline, text",
    [
        (
            "Le Musée rouvre ses portes",
            "Le Musée a rouvert mardi après deux ans de travaux. Le musée accueillera une exposition flamande.",
        ),
        (
            "La Force reste mobilisée",
            "La Force a été déployée dans le nord du pays, a indiqué un porte-parole. La force compte 3 000 soldats.",
        ),
    ],
)
def test_one_word_the_story_also_writes_in_lower_case_is_no_organisation(headline, text):
    assert tag_dispatch(headline, [text], "fr").organizations == []


def test_a_german_compound_names_the_body_whose_report_or_staff_it_is():
    text = (
        "Bisher wurde nur ein Teil der Geräte – nach einer Schätzung der Cern-Techniker – wiedergefunden."
        " Die Suche geht weiter."
    )
    assert tag_dispatch("Suche geht weiter", [text], "de").organizations == ["Cern"]
    report = "Gegner der Reform sahen sich durch den Times-Bericht bestätigt. In dem Times-Bericht hieß es, die Pläne seien weit gediehen."
    assert "Times-Bericht" not in tag_dispatch("Suche geht weiter", [report], "de").organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the recogniser reads alone as a body's, before a member or role
        ("Die Armee befreite 18 von Taliban-Kämpfern festgehaltene Geiseln.", ["Taliban"]),
        ("Das bestätigte ein Zalando-Sprecher am Montag.", ["Zalando"]),
        # a name before a body's kind: the whole word; a listed firm's group is the firm
        ("Im Fuchsberg-Museum hängen drei Bilder.", ["Fuchsberg-Museum"]),
        ("Die Lufthansa-Gruppe meldete Verluste.", ["Lufthansa"]),
        # before a party's name too, in the genitive as well
        ("Der Chef des ÖVP-Wirtschaftsbunds trat zurück.", ["ÖVP-Wirtschaftsbund"]),
        # a common noun, or a name before what no body has
        ("Die Experten-Gruppe tagte, die Olympia-Siegerin jubelte.", []),
    ],
)
def test_a_german_compound_of_a_name_and_a_member_or_kind_names_the_body(text, expected):
    assert tag_dispatch("Titel", [text], "de").organizations == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ein Ausschuss des US-Kongresses lud den Minister vor. Der US-Senat stimmt im Mai ab.",
            ["US-Kongress", "US-Senat"],
        ),
        ("Die Resolution fand in der Uno-Vollversammlung eine klare Mehrheit.", ["Uno-Vollversammlung"]),
        ("Das US-Außenministeriums bestätigte die Reise nicht.", ["US-Außenministerium"]),
        # a country's or body's name before a head no body has
        ("Die US-Bürger wählen im November, die EU-Richtlinie gilt ab Mai.", ["European Union"]),
    ],
)
def test_a_german_compound_of_a_country_or_body_and_a_head_only_a_body_has_is_that_body(text, expected):
    assert tag_dispatch("Abstimmung vertagt", [text], "de").organizations == expected


@pytest.mark.parametrize(
    ("headline", "text", "expected"),
    [
        (
            "Klausur in Wien",
            "Der Klubobmann bestätigte am Rande der SPÖ-Klubklausur in Wien, dass die Reform verschoben wird.",
            ["Social Democratic Party of Austria"],
        ),
        (
            "Parteitag in Essen",
            "Beim CDU-Parteitag in Essen stimmten die Delegierten am Dienstag für den Antrag.",
            ["Christian Democratic Union (Germany)"],
        ),
        # capitals before a hyphen that name no party of the story's country
        ("Inspektion in Wien", "Die Inspektoren suchten in Wien nach ABC-Waffen, teilte das Ministerium mit.", []),
    ],
)
def test_a_party_of_the_storys_country_starting_a_german_compound_is_that_party(headline, text, expected):
    assert tag_dispatch(headline, [text], "de").organizations == expected


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        (
            "es",
            "El Instituto Hispano-árabe para la Comunicación abrió su sede el lunes.",
            "Instituto Hispano-árabe",
            ["Instituto Hispano-árabe para la Comunicación"],
        ),
        (
            "es",
            "La Comisión Nacional contra la Violencia en los Espectáculos Deportivos multó al club.",
            "Comisión Nacional",
            ["Comisión Nacional contra la Violencia en los Espectáculos Deportivos"],
        ),
        (
            "fr",
            "Le Comité pour la Défense des Usagers a saisi le tribunal.",
            "Comité",
            ["Comité pour la Défense des Usagers"],
        ),
        # no designator first, a person after the preposition, or English copy: the name ends where read
        ("es", "La firma Kestrel para la Comunicación abrió su sede.", "Kestrel", ["Kestrel"]),
        ("es", "El Comité Ético contra Juan Pérez presentó la denuncia.", "Comité Ético", ["Comité Ético"]),
        ("en", "The Council for the Arts met on Monday.", "Council", []),
    ],
)
def test_a_spanish_or_french_body_reads_on_to_its_purpose(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.9) == kept


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        (
            "Resumen de la jornada",
            [
                "La bolsa cerró con ganancias moderadas, según los operadores.",
                "Santander, 25 may (EFE). - El presidente regional inauguró el martes el nuevo puerto deportivo.",
            ],
        ),
        (
            "Resumen económico",
            [
                "El índice subió un 0,4 por ciento.",
                "Fráncfort (RFA), 23 may (EFECOM). - El volumen de negocio de la bolsa alemana creció el martes.",
            ],
        ),
        ("Mercados", ["BOLSA - FRANCFORT - Fráncfort (RFA) - El temor a nuevas subidas de tipos lastró el parqué."]),
    ],
)
def test_the_place_of_a_dateline_inside_the_copy_is_no_organisation(headline, paragraphs):
    # a wire bundle's items each open with their own dateline: the place, and the country after it
    assert tag_dispatch(headline, paragraphs, "es").organizations == []


@pytest.mark.parametrize(
    ("lang", "text", "read"),
    [
        ("es", "La reforma del Código Penal se votará el jueves.", "Código Penal"),
        ("es", "El Estatuto de Autonomía de Tarquela fue aprobado en 1981.", "Estatuto de Autonomía de Tarquela"),
        ("fr", "Le Traité de Valmont a été ratifié mardi.", "Traité de Valmont"),
        ("en", "Lawmakers passed the Clean Harbours Act on Tuesday.", "Clean Harbours Act"),
        # a tournament by its last word
        ("en", "She won the Valmont Open on Sunday.", "Valmont Open"),
    ],
)
def test_a_law_code_statute_or_treaty_is_no_organisation(lang, text, read):
    assert read_as_organisation(text, read, lang, 0.95) == []


@pytest.mark.parametrize(
    ("text", "read", "kept"),
    [
        # a results line: a competitor and the country in brackets
        ("Second round: Tomas Vrenko (Slovakia) beat Ivo Marsh (Croatia) 6-3 6-4.", "Tomas Vrenko", []),
        # no given name first, or no country in the brackets: a body
        ("Halvern Motors (Japan) recalled 3,000 cars.", "Halvern Motors", ["Halvern Motors"]),
        ("Morgan Vance (London) said on Monday it would cut jobs.", "Morgan Vance", ["Morgan Vance"]),
    ],
)
def test_a_competitor_with_a_country_in_brackets_is_no_organisation(text, read, kept):
    assert read_as_organisation(text, read, "en", 0.95) == kept


@pytest.mark.parametrize(
    "line",
    [
        "Men's singles, first round: Younes El Marrak (Morocco) 5-7 6-3 3-0 retired Karol Kubik (Slovakia)"
        " beat Hicham Azar (Morocco) 6-4 6-4",
        "Quarter-finals: Patrik Halden (Sweden) beat Wayne Ferris (South Africa) 7-5 6-2; Jonas Berg (Sweden)"
        " vs. qualifier Karol Kubik (Slovakia)",
    ],
)
def test_a_competitor_with_a_country_in_brackets_is_a_person(line):
    tagging = tag_dispatch("Results", [line], "en")
    assert "Karol Kubik" in tagging.people
    assert "Karol Kubik" not in tagging.organizations


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        (
            "es",
            "Lo aceptarán los ciudadanos de la Federación Tarqueña. Al final de la sesión, votaron.",
            "Federación Tarqueña. Al",
            ["Federación Tarqueña"],
        ),
        ("en", "Shares in Halvern Corp. The company said on Monday.", "Halvern Corp. The", ["Halvern Corp"]),
    ],
)
def test_a_name_read_into_the_next_sentence_ends_at_the_full_stop(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.95) == kept


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        # the designator the model left out before the adjective it read
        ("fr", "L'Assemblée Nationale devait voter le budget mardi.", "Nationale", ["Assemblée Nationale"]),
        ("es", "El Banco Mundial aprobó el crédito el lunes.", "Mundial", ["Banco Mundial"]),
        # English writes a designator after the name: the name the model read
        ("en", "The Council Kestrel report was published.", "Kestrel", ["Kestrel"]),
        # a mark the model read on to ends no name
        ("fr", "Vous êtes assis sur le règlement de notre Assemblée ! », a-t-il dit.", "Assemblée !", []),
    ],
)
def test_a_french_or_spanish_body_the_model_read_in_part_is_read_whole(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.95) == kept


def test_a_german_compound_designator_reads_its_remit_on_past_the_conjunction():
    text = "Das Hallmoor-Institut für Klimaforschung und Meereskunde in Kiel legte am Montag eine Studie vor."
    read = "Hallmoor-Institut für Klimaforschung"
    assert read_as_organisation(text, read, "de", 0.99) == ["Hallmoor-Institut für Klimaforschung und Meereskunde"]


@pytest.mark.parametrize(
    ("lang", "headline", "text", "expected"),
    [
        (
            "fr",
            "Un ministre démissionne",
            "Selon le quotidien français Le Matinal, le ministre a présenté sa démission lundi soir.",
            ["Le Matinal"],
        ),
        (
            "es",
            "Dimite el ministro",
            'Según el diario "El Tarqueño", el ministro presentó su dimisión el lunes por la noche.',
            ["El Tarqueño"],
        ),
        (
            "de",
            "Minister tritt zurück",
            "Wie die Zeitung Hallmoorer Bote am Montag berichtete, trat der Minister zurück.",
            ["Hallmoorer Bote"],
        ),
        # a verb after the kind, or a person's name after it in lower-case copy: no outlet
        ("en", "Minister resigns", "The newspaper said Vrenko would resign on Monday, citing two officials.", []),
        ("fr", "Un journal publié", "Le journal de Marie Dubois a été publié lundi, a annoncé son éditeur.", []),
    ],
)
def test_an_outlet_named_after_the_kind_it_is_is_an_organisation(lang, headline, text, expected):
    assert tag_dispatch(headline, [text], lang).organizations == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie ein Sprecher der Bundespolizei am Montag sagte, wurden zwölf Personen kontrolliert.", ["Bundespolizei"]),
        ("Die Landesregierung forderte eine Assistenzleistung des Bundesheeres an.", ["Bundesheer"]),
        ("Das Handelsgericht Wien hat die Klage am Dienstag abgewiesen.", ["Handelsgericht Wien"]),
        # a regional court without its seat is any such court; an article is no seat
        ("Das Landesgericht hat die Klage am Dienstag abgewiesen.", []),
        ("Dazu schrieb das Arbeitsamt Ein Nachwort zum Bericht.", []),
        # a town no list knows, ending its clause, is the seat; a day is none
        ("Das sagte Bernd Jäckel von der Bundespolizeiinspektion Nimbrung.", ["Bundespolizeiinspektion Nimbrung"]),
        ("Das entschied das Landesgericht Montag.", []),
    ],
)
def test_a_german_public_body_written_as_one_compound_is_an_organisation(text, expected):
    assert tag_dispatch("Entscheidung gefallen", [text], "de").organizations == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Conselleria de Educación y Cultura presentó ayer el calendario escolar del próximo curso.",
            ["Conselleria de Educación y Cultura"],
        ),
        ("El Consell de Menorca aprobó el martes el presupuesto para el próximo año.", ["Consell de Menorca"]),
    ],
)
def test_a_regional_body_by_its_catalan_designator_in_spanish_copy_is_an_organisation(text, expected):
    assert tag_dispatch("Presupuesto aprobado", [text], "es").organizations == expected


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        # all a quotation holds: the title of a work, a product, an operation
        ("fr", "La vidéo « Collateral Harbour » a été diffusée mardi.", "Collateral Harbour", []),
        ("fr", "Baptisé « Quantal Kestrel », le système sortira en octobre.", "Quantal Kestrel", []),
        (
            "es",
            'Partió en busca de la imaginaria "Ciudad de los Vientos", según la leyenda.',
            "Ciudad de los Vientos",
            [],
        ),
        ("en", "The studio said “Harbour Lights” opened on Friday.", "Harbour Lights", []),
        # a body's shape inside the quotes, or quotes around more than the name: a body
        (
            "es",
            'La asociación "Comité de Vecinos de Tarquela" presentó la denuncia.',
            "Comité de Vecinos de Tarquela",
            ["Comité de Vecinos de Tarquela"],
        ),
        ("fr", "« Halvern Motors a dit non », selon la porte-parole.", "Halvern Motors", ["Halvern Motors"]),
        # after an article alone, a newspaper, as the press quotes them
        (
            "fr",
            "Selon le correspondant du « Valmonter Bote », la ville est calme.",
            "Valmonter Bote",
            ["Valmonter Bote"],
        ),
    ],
)
def test_a_name_that_fills_a_quotation_is_a_title_not_an_organisation(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.95) == kept


@pytest.mark.parametrize(
    ("lang", "text", "firm"),
    [
        # tagged by the name without its legal form, as the firm named after its founder
        ("es", "Presentaron una demanda contra Dosal Tobacco, Corp; el Consejo del Tabaco.", "Dosal Tobacco"),
        ("es", "La demanda nombra a Marcus Halvern, Inc y a otras tabacaleras.", "Marcus Halvern"),
        ("en", "The suit names Peter Kestrel Ltd. and two banks.", "Peter Kestrel"),
        # a designator last, then the legal form
        ("es", "La demanda nombra a Halvern Group, Inc; y a otras tabacaleras.", "Halvern Group"),
    ],
)
def test_a_name_before_a_legal_form_is_a_firm_never_a_person(lang, text, firm):
    tagging = tag_dispatch("Demanda", [text], lang)
    assert firm in tagging.organizations
    assert not any(person in firm for person in tagging.people)


@pytest.mark.parametrize(
    "line",
    [
        # no given name the lists know: the result after the country says who it is
        "Second round: 1 - Xandra Lirio Vallecas (Spain) beat Naoko Tevar (Japan) 1-6 6-4 6-3",
        "Quarter-finals: Zoltar Qimbu (Hungary) 6-2 7-5 Esko Varrin (Finland)",
    ],
)
def test_a_name_before_a_country_in_brackets_and_a_result_is_a_competitor(line):
    tagging = tag_dispatch("Results", [line], "en")
    competitor = line.split(": ")[1].split(" (")[0].removeprefix("1 - ")
    assert competitor in tagging.people
    assert not tagging.organizations


def test_a_body_before_a_country_in_brackets_and_no_result_stays_a_body():
    tagging = tag_dispatch("Recall", ["Halvern Motors (Japan) recalled 3,000 cars on Monday."], "en")
    assert tagging.organizations == ["Halvern Motors"]
    assert tagging.people == []


@pytest.mark.parametrize(
    ("lang", "text", "read"),
    [
        # a subject of news, as a sports desk heads its results
        ("en", "ATHLETICS - KESTREL BREAKS THE MILE RECORD IN VALMONT.", "ATHLETICS"),
        ("en", "Soccer is the country's most watched sport.", "Soccer"),
        ("es", "El Tenis vuelve a Tarquela en mayo.", "Tenis"),
    ],
)
def test_a_subject_of_news_is_no_organisation(lang, text, read):
    assert read_as_organisation(text, read, lang, 0.95) == []


def test_a_body_a_country_has_one_of_stays_a_body_though_a_subject_too():
    text = "El Parlamento aprobó la ley el martes."
    assert read_as_organisation(text, "Parlamento", "es", 0.95) == ["Parlamento"]


def test_a_journal_named_after_the_german_kind_it_is_is_an_organisation():
    tagging = tag_dispatch("Studie", ["Die Forscher berichten im Fachjournal Science über den Fund."], "de")
    assert "Science" in tagging.organizations


@pytest.mark.parametrize(
    ("lang", "text", "name", "not_name"),
    [
        # a designator and two adjectives of its name
        (
            "fr",
            "Selon l'AFP, le Conseil national tarquois, principale coalition, a parlé.",
            "Conseil national tarquois",
            "Conseil national",
        ),
        (
            "fr",
            "Le congrès du Parti communiste valmontais s'ouvre jeudi.",
            "Parti communiste valmontais",
            "Parti communiste",
        ),
        # a word after the name that is no adjective of it
        ("fr", "L'Assemblée nationale votera mardi.", "Assemblée nationale", "Assemblée nationale votera"),
        ("es", "El Parlamento después de la votación se disolvió.", None, "Parlamento después"),
    ],
)
def test_a_designator_and_the_adjectives_of_its_name_are_one_organisation(lang, text, name, not_name):
    organisations = tag_dispatch("Titre", [text], lang).organizations
    assert name is None or name in organisations
    assert not_name not in organisations


def test_a_body_the_model_reads_with_two_adjectives_keeps_them():
    text = "La Commission et le Fonds monétaire international ont signé."
    assert read_as_organisation(text, "Fonds monétaire international", "fr", 0.96) == ["Fonds monétaire international"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Le journaliste de France 2 Lucien Varrel a été blessé.", "France 2"),
        ("Le ministre a défendu son projet sur Europe 1, mardi matin.", "Europe 1"),
        ("Une journaliste de France 24 a été agressée au Caire.", "France 24"),
    ],
)
def test_a_french_broadcaster_by_its_channel_number_is_an_organisation_not_the_country(text, channel):
    tagging = tag_dispatch("Médias", [text], "fr")
    assert channel in tagging.organizations
    assert "FR" not in tagging.places or "France" not in channel


@pytest.mark.parametrize(
    "text",
    [
        "Das Ministerium wollte sich nicht äußern, sagte eine Sprecherin dem ABENDBOTEN.",
        "Eine Stellungnahme gegenüber DER ABENDBOTE: Man prüfe den Fall, hieß es.",
        "Wir bleiben dabei, sagt die Bürgermeisterin im ABENDBOTE-Gespräch.",
        "Nach ABENDBOTE-Infos fehlen rund 30.000 Euro in der Kasse des Vereins.",
    ],
)
def test_a_german_language_paper_named_in_capitals_is_an_organisation(text):
    tagging = tag_dispatch("Medien", [text], "de")
    assert any(name.startswith("Abendbote") for name in tagging.organizations)


def test_capitals_that_are_no_paper_are_no_organisation():
    assert _mastheads("Es gab im WLAN-Gespräch nichts Neues, sagte er dem BLZ.") == []  # acronyms
    assert _mastheads("DER ABENDBOTE BERICHTET HEUTE") == []  # a heading
    assert _mastheads("Das sagte er dem ABENDBOTEN.") == [("ABENDBOTEN", 17)]


@pytest.mark.parametrize(
    "text",
    [
        "La victoire de France 2 - Espagne 1 a surpris.",  # a score
        "Le match de France 2, Italie 0 restera dans les mémoires.",
        "Un budget de France 2,5 milliards.",  # a number
    ],
)
def test_a_country_and_a_score_or_a_number_is_no_broadcaster(text):
    assert tag_dispatch("Sport", [text], "fr").organizations == []


@pytest.mark.parametrize(
    ("lang", "text", "institution", "place"),
    [
        (
            "es",
            "Un homenaje organizado por la fundación Varela Ostos reunió a cien lectores.",
            "Fundación Varela Ostos",
            None,
        ),
        ("es", "Recibe a los alumnos del colegio San Telmo Aranda de Mérida.", "Colegio San Telmo Aranda", "Mérida"),
        (
            "fr",
            "Le musée Pointe-aux-Grives de Montréal inaugure une exposition.",
            "Musée Pointe-aux-Grives",
            "Montréal",
        ),
        ("fr", "Il a été soigné à l'hôpital Sao Tadeu, a dit sa famille.", "Hôpital Sao Tadeu", None),
    ],
)
def test_an_institution_whose_kind_is_written_in_lower_case_is_named_with_it(lang, text, institution, place):
    tagging = tag_dispatch("Titre", [text], lang)
    assert institution in tagging.organizations
    assert place is None or place in tagging.cities


def test_an_institution_kind_before_a_place_names_no_institution():
    # "la orquesta Viena": where it plays, not what it is called
    assert tag_dispatch("Titulo", ["Tocó con la orquesta Viena el lunes."], "es").organizations == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das sagte der ÖKV-Teamspieler nach dem Training.", "ÖKV"),
        ("Das bestätigte TRV-Intendant Markus Halder am Montag.", "TRV"),
        ("Der KLZ-Journalist fragte nach den Zahlen.", "KLZ"),
    ],
)
def test_a_german_acronym_joined_to_a_member_or_staff_role_is_the_body(text, body):
    assert body in tag_dispatch("Titel", [text], "de").organizations


def test_a_german_region_before_its_head_of_government_is_no_body():
    assert tag_dispatch("Titel", ["Das sagte NRW-Ministerpräsident Arndt Halder."], "de").organizations == []


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        ("es", "Asumió el control de la operadora Telvanta hace veinte meses.", "Telvanta"),
        ("es", "Grabará un disco con el grupo mexicano Ruidoblanco.", "Ruidoblanco"),
        ("es", 'La empresa "The Kestrel Works" anunció hoy el lanzamiento.', "The Kestrel Works"),
        ("fr", "La société Halvernet a annoncé mardi des suppressions de postes.", "Halvernet"),
    ],
)
def test_a_body_named_after_the_kind_it_is_is_an_organisation(lang, text, body):
    assert body in tag_dispatch("Titre", [text], lang).organizations


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La empresa Madrid ganó el concurso."),  # a place after the kind
        ("fr", "Le groupe de travail a rendu son rapport."),  # no name after the kind
    ],
)
def test_a_kind_of_body_before_no_name_names_no_body(lang, text):
    assert tag_dispatch("Titre", [text], lang).organizations == []


def bodies_after_german_kind(text: str, read: str, kind: str = "ORG") -> list[str]:
    """The bodies named after their kind in German ``text`` when the model
    reads ``read`` there as a name of ``kind``."""
    from wire.tagging.german_bodies import _german_bodies_after_kind

    found = Found()
    at = text.index(read)
    _german_bodies_after_kind(text, [Recognised(kind, at, at + len(read), read, 0.4)], [], found)
    return [m.key for m in found.mentions]


@pytest.mark.parametrize(
    ("text", "read", "body"),
    [
        ("Das sagte der Chef der Gruppe Fursan al-Tarq.", "Fursan", "Fursan al-Tarq"),
        (
            "Die Präsidentin der Entwicklungsorganisation Brot für die Kinder sagte, die Hilfe reiche nicht.",
            "Entwicklungsorganisation Brot",
            "Brot für die Kinder",
        ),
        ("Das investigative Nachrichtenportal Ostrovo berichtete als erstes davon.", "Ostrovo", "Ostrovo"),
    ],
)
def test_a_german_body_named_after_the_kind_it_is_is_an_organisation(text, read, body):
    assert bodies_after_german_kind(text, read) == [body]


def test_a_german_noun_after_a_kind_of_body_is_no_name():
    # the model reads no name there: German capitalises every noun
    assert tag_dispatch("Titel", ["Er sagte, dass der Konzern Gewinne macht."], "de").organizations == []
    # nor is a person the model reads there a body
    assert bodies_after_german_kind("Das sagte die Stiftung Anna Berger.", "Anna Berger", "PER") == []


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        ("fr", "Le maïs est la propriété de la multinationale étasunienne Granvert.", "Granvert"),
        ("fr", "Des membres de la milice populaire Tarsij ont tiré.", "Tarsij"),
        ("fr", "Selon la moyenne du site PollWatchers, l'écart se resserre.", "PollWatchers"),
        ("fr", "Il a parlé à la télévision espagnole TVX huit mois après.", "TVX"),
        ("es", "Lo publicó el sitio Noticiero Libre el lunes.", "Noticiero Libre"),
        # an agency, up to the person who spoke to it
        ("fr", "Il l'a annoncé à l'agence Nimbra Novosti Valentine Kestrov, de l'université.", "Nimbra Novosti"),
        ("es", "Lo informó la agencia oficial Kestrelpress.", "Kestrelpress"),
        ("de", "Das sagte er der Nachrichtenagentur Nimbrapress am Montag.", "Nimbrapress"),
        # the article French writes before the name, and "du" inside it
        ("fr", "Le porte-parole du collectif la Quadrature du Nimbre se félicite.", "Quadrature du Nimbre"),
    ],
)
def test_more_kinds_of_body_and_outlet_name_what_follows_them(lang, text, body):
    tagging = tag_dispatch("Titre", [text], lang)
    assert body in tagging.organizations
    assert not {"Nimbra Novosti Valentine Kestrov", "Quadrature"} & set(tagging.organizations + tagging.people)


def test_a_given_name_after_union_is_a_person_not_a_union():
    tagging = tag_dispatch("Jobs", ["Jobs will go, Canadian Auto Workers union Ken Halvers said on Monday."], "en")
    assert "Ken" not in tagging.organizations
    assert "Ken Halvers" in tagging.people


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Hodgs, who manages the $331 million Kestrel Healthcare fund in New York, sold.", "Kestrel Healthcare"),
        ("Investors pulled money from Halvern Income funds last year.", "Halvern Income"),
    ],
)
def test_a_fund_named_with_its_lower_case_kind_is_a_product_not_a_body(text, read):
    assert read_as_organisation(text, read, "en", 0.95) == []


@pytest.mark.parametrize(
    ("lang", "text", "read"),
    [
        ("fr", "Les skippers de l'édition 2012-2013 du Kestrel Globe sont partis.", "Kestrel Globe"),
        ("es", "La tercera edición del Trofeo Valmont reunió a cien atletas.", "Trofeo Valmont"),
        ("fr", "Il s'agit de son quatorzième titre du Grand Chelem.", "Grand Chelem"),
    ],
)
def test_an_edition_of_an_event_or_a_grand_slam_is_no_organisation(lang, text, read):
    assert read_as_organisation(text, read, lang, 0.95) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Die Aufsichtsräte für die Beteiligungen (wie 52,9 Prozent Kestrelpost) wurden bestellt.", None),
        ("Die Affäre um die Vergabe der Fußball-WM 2006 beschäftigt die Justiz.", "Fußball-WM"),
        ("Beide Spieler fehlen im Viertelfinale des Halvern Cups.", "Halvern Cups"),
    ],
)
def test_a_share_a_championship_or_a_cup_in_german_is_no_organisation(text, read):
    organisations = tag_dispatch("Titel", [text], "de").organizations
    assert not any(name.startswith("Prozent") for name in organisations)
    assert read is None or read_as_organisation(text, read, "de", 0.95) == []


def test_a_german_firm_of_two_names_is_one_body():
    text = "Weitere Anteile halten die Firma Kessler & Thalmann und die Sparkasse."
    assert bodies_after_german_kind(text, "Kessler") == ["Kessler & Thalmann"]


def test_a_german_bank_house_keeps_its_kind_in_its_name():
    text = "Weitere Anteile halten das Bankhaus Kessler & Thalmann und die Sparkasse."
    assert bodies_after_german_kind(text, "Bankhaus Kessler & Thalmann") == []
    read = "Bankhaus Kessler & Thalmann"
    assert read_as_organisation(text, read, "de", 0.95) == [read]


def test_a_german_body_after_its_kind_is_read_where_the_model_reads_any_of_its_words():
    text = "Die in Basel beheimatete Gruppe Idee und Klangwerk versucht, ein Archiv aufzubauen."
    assert bodies_after_german_kind(text, "Klangwerk") == ["Idee und Klangwerk"]


@pytest.mark.parametrize(
    ("text", "firm", "person"),
    [
        ("Robert W. Kestrel analyst David Vance said the bank needs capital.", "Robert W. Kestrel", "David Vance"),
        ("Shares rose, said Anna Lutz, an economist with Morgan Halvern in Boston.", "Morgan Halvern", "Anna Lutz"),
    ],
)
def test_the_firm_of_an_analyst_or_economist_is_an_organisation_not_a_person(text, firm, person):
    tagging = tag_dispatch("Banks", [text], "en")
    assert firm in tagging.organizations
    assert firm not in tagging.people
    assert person in tagging.people


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Bermuda-based Kestrelli and Sweden-based EQT bid for the brand.", "Kestrelli"),
        (
            "The miner is in talks to acquire Anglo-Swiss rival Halvstrata. The deal could top $100 billion.",
            "Halvstrata",
        ),
        ("Ford, which has teamed up with buyout firm Apollo, made an offer.", "Apollo"),
        ("Leeson brought down British bank Tarings in 1995.", "Tarings"),
        ("Mining output fell, according to consultancy Global Kestrel.", "Global Kestrel"),
    ],
)
def test_a_firm_named_after_what_it_is_in_english_market_copy_is_an_organisation(text, firm):
    assert firm in tag_dispatch("Deals", [text], "en").organizations


def test_a_persons_full_name_after_a_firm_word_stays_a_person():
    tagging = tag_dispatch("Football", ["The club's owner Roman Halvers said he would stay."], "en")
    assert "Roman Halvers" not in tagging.organizations


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Fue aprobada por unanimidad por el Concejo Municipal de Valmonte.", "Concejo Municipal de Valmonte"),
        ("Lo dijo el fiscal de la Audiencia de Tarquela, donde hoy comenzó el juicio.", "Audiencia de Tarquela"),
    ],
)
def test_a_doubted_reading_shaped_as_a_council_or_court_is_kept(text, read):
    assert read_as_organisation(text, read, "es", 0.45) == [read]


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        ("es", "Asistieron lectores de La Voz de Tarquela y de la radio.", "Voz de Tarquela", ["La Voz de Tarquela"]),
        ("es", "Demandó a varios distribuidores (FNAK y The Kestrel House).", "Kestrel House", ["The Kestrel House"]),
        # at a sentence's start the article is the sentence's
        ("es", "La Voz de Tarquela publicó la noticia.", "Voz de Tarquela", ["Voz de Tarquela"]),
    ],
)
def test_a_capitalised_article_inside_a_sentence_is_the_names_own(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.95) == kept


def test_an_outlet_after_its_kind_is_named_without_its_country():
    text = "Fue editor de la sección tecnológica del diario Vocero de Argentina, y ofrece noticias."
    tagging = tag_dispatch("Titulo", [text], "es")
    assert tagging.organizations == ["Vocero"]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("fr", "Elle a été canonisée dimanche à Rome par le pape Benoît XVI.", "Benoît XVI"),
        ("fr", "Elle avait été béatifiée par Jean-Paul II en 1980.", "Jean-Paul II"),
        ("en", "The palace said Queen Elizabeth II would attend.", "Elizabeth II"),
        ("en", "The palace said Pope Benedict XVI would attend.", "Benedict XVI"),
        ("es", "La exposición fue inaugurada por el rey Juan Carlos I.", "Juan Carlos I"),
    ],
)
def test_a_ruler_or_pope_by_given_name_and_number_is_a_person(lang, text, person):
    assert person in tag_dispatch("Titre", [text], lang).people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Ouragan Sandy : la côte est se prépare au pire."),
        ("en", "Hurricane Sandy swept up the coast on Monday."),
        ("de", "Der Sturm Xaver zog über Norddeutschland."),
        ("en", "The Berlin II conference opened on Monday."),
        ("en", "Banks must meet the Basel III capital rules by 2019."),  # a town's name, no ruler's title
    ],
)
def test_a_storm_or_a_place_and_a_number_is_no_person(lang, text):
    assert tag_dispatch("Titre", [text], lang).people == []


@pytest.mark.parametrize(
    ("lang", "text", "mission", "places", "city"),
    [
        (
            "fr",
            "Les diplomates de l'ambassade de France à Damas sont d'accord.",
            "Ambassade de France à Damas",
            {"FR", "SY"},
            "Damascus",
        ),
        (
            "es",
            "Lo informó la embajada de España en Lima el lunes.",
            "Embajada de España en Lima",
            {"ES", "PE"},
            "Lima",
        ),
        # a city no list knows is left out of the name
        ("fr", "Le consulat de France à Tarquelle a fermé.", "Consulat de France", {"FR"}, None),
    ],
)
def test_an_embassy_is_named_by_its_country_and_city_which_stay_places(lang, text, mission, places, city):
    tagging = tag_dispatch("Titre", [text], lang)
    assert mission in tagging.organizations
    assert places <= set(tagging.places)
    assert city is None or city in tagging.cities


def test_a_stock_exchange_french_writes_in_lower_case_is_named_by_its_city():
    tagging = tag_dispatch("Titre", ["Le titre a chuté lundi à la bourse de Séoul, à la suite du procès."], "fr")
    assert "Bourse de Séoul" in tagging.organizations
    assert "KR" in tagging.places


@pytest.mark.parametrize(
    ("text", "exchange", "city"),
    [
        (
            "Los contratos futuros del azúcar en el Mercado del Café, Azúcar y Cacao de Nueva York se cotizaron hoy.",
            "Mercado del Café, Azúcar y Cacao de Nueva York",
            "New York City",
        ),
        ("El crudo cerró en el Mercado Mercantil de Nueva York a 30 dólares.", "Mercado Mercantil de Nueva York", None),
        # the city ends the name, not what follows it
        ("El índice de la Bolsa de Madrid Kestrelia subió.", "Bolsa de Madrid", None),
        ("El selectivo de la Bolsa de Comercio de Santiago subió.", "Bolsa de Comercio de Santiago", None),
    ],
)
def test_a_spanish_exchange_is_named_by_what_is_traded_and_its_city(text, exchange, city):
    tagging = tag_dispatch("Titular", [text], "es")
    assert exchange in tagging.organizations
    assert not {"Mercado del Café", "Azúcar"} & set(tagging.organizations)
    assert city is None or city in tagging.cities


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Kestrelheimer analyst Chris Vatowski said the banks need capital.", ["Kestrelheimer"]),
        ("A Canadian analyst, Jon Vale, disagreed; Senior analyst Ann Kerr agreed.", []),
    ],
)
def test_the_firm_just_before_its_analyst_is_an_organisation_not_a_nation_or_title(text, firms):
    assert tag_dispatch("Banks", [text], "en").organizations == firms


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Investors like Pemco's Bill Grossman cut their holdings.", ["Pemco"]),
        ("Britain's Gordon Brown said the plan would work.", []),  # a country's
        ("The board heard Anna Berg's Tom Keller on Monday.", []),  # a person's
    ],
)
def test_a_firm_in_the_possessive_before_one_of_its_people_is_an_organisation(text, firms):
    assert tag_dispatch("Funds", [text], "en").organizations == firms


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Britain said on Monday that it would act."),
        ("en", "Talks between Great Britain and Norway ended."),
        ("fr", "La Grande-Bretagne a annoncé mardi de nouvelles mesures."),
        ("es", "Gran Bretaña anunció el martes nuevas medidas."),
        ("de", "Großbritannien kündigte am Dienstag neue Maßnahmen an."),
    ],
)
def test_britain_by_the_names_copy_gives_it_is_the_united_kingdom(lang, text):
    assert "GB" in tag_dispatch("Titel", [text], lang).places


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Turkey said on Monday it would reopen the border.", "TR"),
        ("en", "The Czech Republic joined the talks.", "CZ"),
        ("fr", "La Côte d'Ivoire a voté dimanche.", "CI"),  # a straight apostrophe, CLDR writes ’
        ("es", "La República Checa votó el domingo.", "CZ"),
    ],
)
def test_a_country_by_the_name_copy_writes_where_cldr_gives_another(lang, text, code):
    assert code in tag_dispatch("Titre", [text], lang).places


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        (
            "es",
            "Habló el presidente de la Federación de Asociaciones de Vecinos de Barcelona, que forma parte de ella.",
            "Federación de Asociaciones de Vecinos",
            ["Federación de Asociaciones de Vecinos de Barcelona"],
        ),
        (
            "fr",
            "Le président de la Fédération des Commerçants de Lyon a protesté.",
            "Fédération des Commerçants",
            ["Fédération des Commerçants de Lyon"],
        ),
        # no town after it: the name as read
        (
            "es",
            "La Federación de Asociaciones de Vecinos de Pablo Ortega pidió calma.",
            "Federación de Asociaciones de Vecinos",
            ["Federación de Asociaciones de Vecinos"],
        ),
    ],
)
def test_a_spanish_or_french_body_keeps_the_town_its_name_ends_on(lang, text, read, kept):
    assert read_as_organisation(text, read, lang) == kept


@pytest.mark.parametrize(
    ("lang", "text", "region"),
    [
        ("fr", "La Louisiane appliquera la loi dès lundi, a dit le Sénat de Louisiane.", "Louisiane"),
        ("fr", "Les électeurs de Caroline du Nord ont voté, a annoncé la Caroline du Nord.", "Caroline du Nord"),
        ("es", "Los votantes de Carolina del Norte eligieron ayer, informó Carolina del Norte.", "Carolina del Norte"),
    ],
)
def test_a_state_by_its_name_in_the_copy_s_language_is_no_organisation(lang, text, region):
    assert region not in tagged(text, lang).organizations
    assert read_as_organisation(text, region, lang) == []


def test_the_acronym_after_a_body_s_town_is_the_body_s():
    text = "Habló la Federación de Asociaciones de Vecinos de Tarquela (FAVT). La FAVT recurrirá."
    kept = read_as_organisation(text, "Federación de Asociaciones de Vecinos", "es")
    assert kept == ["Federación de Asociaciones de Vecinos de Tarquela"] * 3


def test_a_faculty_or_fire_brigade_is_an_organisation():
    text = "Habló en la Facultad de Ciencias Económicas de Tarquela con un portavoz de los Bomberos de la Comunidad."
    for body in ("Facultad de Ciencias Económicas de Tarquela", "Bomberos de la Comunidad"):
        assert read_as_organisation(text, body, "es", 0.45) == [body]


def test_an_acronym_in_brackets_names_the_body_at_the_end_of_a_longer_name():
    text = "Atacaron los Comuneros del Sur del Ejército de Liberación Popular (ELP). El ELP lo negó."
    kept = read_as_organisation(text, "Comuneros del Sur del Ejército de Liberación Popular", "es")
    assert kept == ["Comuneros del Sur", "Ejército de Liberación Popular"] + ["Ejército de Liberación Popular"] * 2
    # the whole name's initials: one body
    text = "Lo anunció la Unión de Pequeños Agricultores (UPA) ayer."
    assert set(read_as_organisation(text, "Unión de Pequeños Agricultores", "es")) == {"Unión de Pequeños Agricultores"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Le texte sera présenté au Parlement russe demain, a dit le député.", "Parlement russe"),
        ("Un rapport de la Ligue arabe conclut la même chose.", "Ligue arabe"),
        ("L'Église catholique reconnaîtra le miracle dimanche.", "Église catholique"),
    ],
)
def test_a_french_body_keeps_the_adjective_of_its_people(text, body):
    assert body in [m.text for m in find_entities(text, "fr").of("organization")]


def test_a_spanish_body_leaves_the_adjective_of_its_people_out():
    # "el Parlamento catalán", "la Policía serbia": a description, as the Spanish corpora label it
    found = [
        m.text
        for m in find_entities("Lo dijo ante la Policía serbia y el Parlamento catalán.", "es").of("organization")
    ]
    assert "Policía serbia" not in found and "Parlamento catalán" not in found


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Die Reisenden fuhren mit drei ÖBB-Sonderzügen weiter.", ["ÖBB"]),
        ("Seine Vorwürfe fielen in den ORF-Sendungen am Abend.", ["ORF"]),
        # a thing, and a role held in a region, are no body
        ("Der LKW-Fahrer lud die DVD-Sammlung aus.", []),
        ("NRW-Ministerpräsident Jonas Kettunen sagte am Montag, er trete an.", []),
    ],
)
def test_a_german_acronym_joined_to_a_noun_is_a_body(text, bodies):
    assert [m.text for m in find_entities(text, "de").of("organization")] == bodies


def test_the_dateline_town_is_that_town_all_through_its_story_not_a_firm_of_its_name():
    paragraph = "Los dos presidentes concluyeron hoy en Santander la XIII Cumbre Bilateral de Santander con un acuerdo sobre el gas."
    assert "Santander" in tag_dispatch("Cumbre bilateral", [paragraph], "es", "ES", "ES").organizations
    assert tag_dispatch("Cumbre bilateral", [paragraph], "es", "ES", "ES", "Santander").organizations == []


def test_a_region_of_another_country_named_as_a_town_of_the_storys_is_that_town():
    paragraph = (
        "Tras la conferencia de prensa con la que hoy concluyó en Santander la Cumbre hispano-francesa, hablaron."
    )
    assert tag_dispatch("Cumbre", [paragraph], "es", "ES", "ES").places == ["ES"]  # not Colombia's department


@pytest.mark.parametrize(
    ("written", "named", "city"),
    [
        ("Mérida", ("ES",), ("Mérida", "ES")),  # a story about Spain: the Spanish town, smaller than the Mexican city
        ("Newcastle", ("GB",), ("Newcastle upon Tyne", "GB")),  # the start of its own name
        ("Bienne", ("CH",), ("Biel/Bienne", "CH")),  # one of its names
        # another name GeoNames gives a town of a country the story names: the city of that name
        ("Québec", ("US",), ("Québec", "CA")),
    ],
)
def test_a_city_in_a_country_the_story_names_is_taken_when_the_story_writes_its_own_name(written, named, city):
    from wire.tagging.vocabulary import city_in

    assert city_in(written, (), named) == city


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'Association des éleveurs laitiers de Nimbra a condamné la décision.",
            ["Association des éleveurs laitiers de Nimbra"],
        ),
        (
            "le Corps des gardiens de la révolution kestrelienne a tiré.",
            ["Corps des gardiens de la révolution kestrelienne"],
        ),
        ("Le Tribunal de première instance de Nimbra a jugé l'affaire.", ["Tribunal de première instance de Nimbra"]),
        # "et" and what it is of after a noun; the body an acronym at the end names is one too
        (
            "Le Bureau d'enquêtes et d'analyses de la KDAC a publié son rapport.",
            ["Bureau d'enquêtes et d'analyses de la KDAC", "KDAC"],
        ),
        # not a verb after "de", nor a second body after "et"
        ("Il a demandé au Conseil d'Etat de tirer les conséquences de leur attitude.", ["Conseil d'Etat"]),
        ("Les membres du Conseil d'Etat et de la ville de Nimbra ont voté.", ["Conseil d'Etat"]),
        # a competition, not a body
        ("Le club a gagné la Ligue des champions en mai.", []),
    ],
)
def test_a_french_body_is_read_by_the_shape_of_its_name(text, expected):
    assert [m.key for m in find_entities(text, "fr").of("organization")] == expected


@pytest.mark.parametrize(
    ("lang", "text", "read", "expected"),
    [
        # a town too small for the city list, after "in": where the body is
        (
            "de",
            "Forscher der Kestrel University in Providence (US-Bundesstaat Rhode Island) fanden eine Antwort.",
            "Kestrel University in Providence",
            ["Kestrel University"],
        ),
        # an article before a town's name is no "in": "el Tabaco" of the body's name
        (
            "es",
            "El Consejo de Investigación para el Tabaco financió los estudios.",
            "Consejo de Investigación para el Tabaco",
            ["Consejo de Investigación para el Tabaco"],
        ),
    ],
)
def test_where_the_body_is_after_its_name_is_no_part_of_it(lang, text, read, expected):
    assert read_as_organisation(text, read, lang, 0.9) == expected


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        ("Miami feierte, während die Polizei Marihuana suchte.", "Polizei Marihuana", []),
        ("Am Gelände der Landespolizeidirektion Zelte zu errichten, sei nötig.", "Landespolizeidirektion Zelte", []),
        # the body and its seat
        (
            "Die Landespolizeidirektion Tirol bestätigte den Einsatz.",
            "Landespolizeidirektion Tirol",
            ["Landespolizeidirektion Tirol"],
        ),
    ],
)
def test_a_german_public_body_and_a_noun_after_it_are_no_name(text, read, expected):
    assert read_as_organisation(text, read, "de", 0.9) == expected


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        ("Nach einem Bericht von Kestrel online gab es mehr Angriffe.", "Kestrel", ["Kestrel Online"]),
        ("Dahinter ist der 1. FC Nimbra Vierter, Ingolstadt folgt auf Platz fünf.", "FC Nimbra Vierter", ["FC Nimbra"]),
    ],
)
def test_a_papers_site_is_its_name_and_where_a_german_side_stands_is_not(text, read, expected):
    assert read_as_organisation(text, read, "de", 0.9) == expected


def test_a_conjunction_in_a_bodys_remit_is_no_list_of_names():
    text = "Según el veredicto del Comité de Entidades de Crédito y Nimbra (CECN), la fusión sigue."
    read = "Comité de Entidades de Crédito y Nimbra"
    assert read_as_organisation(text, read, "es", 0.9)[0] == "Comité de Entidades de Crédito y Nimbra"
    text = "Los técnicos de Kestrel Alpha y Nimbra Beta firmaron el acuerdo."
    assert read_as_organisation(text, "Kestrel Alpha y Nimbra Beta", "es", 0.9) == []  # two names


def test_a_bodys_remit_reads_on_past_a_conjunction_after_a_capitalised_word_before_it():
    text = "La Conselleria, titular del Conservatorio Superior de Kestrel y Danza, firmó hoy un convenio."
    read = "Conservatorio Superior de Kestrel"
    assert read_as_organisation(text, read, "es", 0.9) == ["Conservatorio Superior de Kestrel y Danza"]


def test_a_meeting_the_story_numbers_is_no_body():
    text = (
        "Québec - Le tout premier Forum mondial de la langue kestrelienne s'ouvre. "
        "Les artistes séduiront le Forum mondial de la langue kestrelienne ce soir."
    )
    assert find_entities(text, "fr").of("organization") == []
    text = "Les artistes séduiront le Forum mondial de la langue kestrelienne ce soir."
    assert [m.key for m in find_entities(text, "fr").of("organization")] == ["Forum mondial de la langue kestrelienne"]
    # the name written otherwise, the meeting numbered by its first words
    text = "La 2ème journée du 1er Forum mondial de la langue kestrelienne. Il parle au Forum mondial de langue kestrelienne."
    assert find_entities(text, "fr").of("organization") == []


def test_a_force_and_the_adjective_that_names_it_are_a_body():
    text = "Cette annonce ne satisfait ni les syndicats, comme Force kestrelienne qui espérait plus."
    assert [m.key for m in find_entities(text, "fr").of("organization")] == ["Force kestrelienne"]


def test_a_designator_and_adjective_ending_a_longer_name_are_not_a_name_of_their_own():
    text = "Le directeur du Kestrel & Nimbra Facilities Council britannique, Ann Example, a déclaré."
    orgs = [m.key for m in find_entities(text, "fr").of("organization")]
    assert "Council britannique" not in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Elle sera face aux drapeaux hissés au centre des Congrès de Nimbra.",
        "Le centre des Congrès a les yeux hors de la tête.",
        "Le concert aura lieu au palais des Congrès de Nimbra.",
    ],
)
def test_what_a_french_building_is_for_is_no_body(text):
    assert find_entities(text, "fr").of("organization") == []


@pytest.mark.parametrize(
    "text",
    [
        "C'est dans le Kestrel, l'Etat qui pourrait faire basculer le scrutin, que le candidat a parlé.",
        "Aucun habitant ne doit être loin des soins, estime le président de la République.",
        "La particule permettra de mieux connaître les débuts de l'Univers.",
    ],
)
def test_a_word_capitalised_for_what_it_stands_for_is_no_body(text):
    assert find_entities(text, "fr").of("organization") == []


def test_the_town_a_treaty_is_named_after_is_no_club():
    text = (
        "L'équipe a fêté sa victoire en finale du championnat, après le match nul de la saison passée. "
        "Pour les joueurs, cette journée rappelait les accords d'Évian, signés le 18 mars 1962."
    )
    assert find_entities(text, "fr").of("organization") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Wirtschaftskammer kritisierte den Plan der Regierung.", ["Wirtschaftskammer"]),
        ("Und Arbeiterkammer-Präsident Hans Beispiel meinte, das gehe zu weit.", ["Arbeiterkammer"]),
        ("Laut Ärztekammer Wien ist der Plan falsch.", ["Ärztekammer Wien"]),
        # several chambers; a longer name the model reads
        ("Die Wirtschaftskammern der Länder sind dagegen.", []),
    ],
)
def test_a_german_chamber_of_a_trade_is_a_body(text, expected):
    assert [m.key for m in find_entities(text, "de").of("organization")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los representantes del PNV, KX y QZ debatieron una propuesta.", ["PNV", "KX", "QZ"]),
        ("Los representantes de KX, QZ y el PNV debatieron una propuesta.", ["KX", "QZ", "PNV"]),
        # not a line of capitals, nor a country
        ("Los representantes del PNV y EEUU debatieron una propuesta.", ["PNV"]),
    ],
)
def test_acronyms_listed_with_a_bodys_acronym_are_bodies(text, expected):
    assert [m.text for m in find_entities(text, "es").of("organization")] == expected


def test_a_listed_german_name_is_known_with_its_adjectives_after_a_preposition_or_in_the_genitive():
    text = "Ein Bericht des Internationalen Währungsfonds sieht Mängel."
    assert [m.key for m in find_entities(text, "de").of("organization")] == ["International Monetary Fund"]


def test_a_firm_after_what_it_is_leaves_out_the_code_of_its_shares():
    text = "Rio is in talks with Africa-focused coal miner Kestrelsdale RIV.AX over an agreed bid."
    assert [m.key for m in find_entities(text, "en").of("organization")] == ["Kestrelsdale"]


def test_a_bodys_head_noun_before_the_name_the_model_read_is_found_in_capitals_too():
    from wire.tagging.recognised_bodies import _head_before

    text = "Profit rose. BANK OF NIMBRA KESTREL CORP ( BK.N ) Profit rose."
    assert _head_before(text, text.index("NIMBRA")) == text.index("BANK")
    text = "the Council on Foreign Kestrels said"
    assert _head_before(text, text.index("Foreign")) == text.index("Council")


def test_what_a_judges_title_says_before_judge_is_no_body():
    text = "The settlement was approved on Monday by U.S. District Judge Ann Example in Manhattan."
    assert read_as_organisation(text, "U.S. District", "en", 0.7) == []
    text = "The Kestrel District Court said on Monday that the case would go on."
    assert read_as_organisation(text, "Kestrel District Court", "en", 0.9) == ["Kestrel District Court"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "WASHINGTON (Reuters) - Republicans are poised to take control of the House from Democrats.",
            ["Republican Party (United States)", "Democratic Party (United States)"],
        ),
        ("en", "WASHINGTON (Reuters) - Senate Democrats proposed a bill.", ["Democratic Party (United States)"]),
        (
            "de",
            "In den USA scheitert das Abkommen an den Republikanern nicht, sagen die Demokraten.",
            ["Democratic Party (United States)"],
        ),
        # another party's members; a story about another country
        ("en", "LONDON (Reuters) - The Liberal Democrats said no.", ["Liberal Democrats"]),
        ("de", "In Wien sagen die Demokraten, dass sie dagegen sind.", []),
    ],
)
def test_the_american_parties_are_named_by_their_members(lang, text, expected):
    assert [m.key for m in find_entities(text, lang).of("organization")] == expected


def test_firms_listed_after_a_plural_kind_are_firms_even_named_like_people():
    text = "Ford declined to comment. Buyout firms KPG, Terra Kestrel and Nimbrawood were among the bidders."
    assert [m.key for m in find_entities(text, "en").of("organization")] == ["KPG", "Terra Kestrel", "Nimbrawood"]
    assert find_entities(text, "en").of("person") == []


def test_bancorp_ends_a_firms_name_and_parts_a_list_of_firms():
    text = (
        "PNC and Wells Fargo need the most, while M&T Bank, US Bancorp and Zions Bancorp would need to raise the least."
    )
    orgs = [m.key for m in find_entities(text, "en").of("organization")]
    assert "U.S. Bancorp" in orgs and "Zions Bancorp" in orgs  # the tables' name
    assert find_entities(text, "en").of("person") == []


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        ("El accidente ocurrió en el kilómetro 31 de la carretera de Nimbra (N-V), en sentido Madrid.", "N-V", []),
        ("Votaron a favor los diputados de IC-V y del PSC.", "IC-V", ["IC-V"]),
        (
            "Las acciones se negociarán como Kestrel Depositary Receipts (ADR's) en Nueva York.",
            "Kestrel Depositary Receipts",
            [],
        ),
    ],
)
def test_a_road_and_a_thing_spelled_out_before_its_abbreviation_are_no_bodies(text, read, expected):
    assert read_as_organisation(text, read, "es", 0.9) == expected


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        ("Resultados de hoy: Ann Kestrel (AUS) a Orlin Nimbrov (BUL) por 4-6, 6-3, 6-2.", "BUL", []),
        # a politician's party in brackets
        ("Selon Ann Kestrel (UMP), la réforme ne passera pas.", "UMP", ["UMP"]),
    ],
)
def test_a_competitors_country_code_in_brackets_in_results_is_no_body(text, read, expected):
    found = Found()
    person_end = text.index(" (" + read)
    person_start = text.rindex(" ", 0, text.rindex(" ", 0, person_end)) + 1
    at = text.index(read)
    proposals = [
        Recognised("PER", person_start, person_end, text[person_start:person_end], 0.9),
        Recognised("ORG", at, at + len(read), read, 0.9),
    ]
    _recognised_organizations(text, proposals, [], found, lang="es")
    assert [m.key for m in found.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gewerkschaft GPA-kx lanciert den Rechner.", ["GPA-kx"]),
        # a common noun after the kind; a name ends with its sentence
        ("Der Konzern Gewinne meldete nicht.", []),
        ("Betrieb bei der Gewerkschaft Nimbramühl. Die Grube schließt.", ["Nimbramühl"]),
        # more kinds; a name the model reads alone as a body's
        ("Gegen die Rechtsschutzversicherung KRX liegt ein Urteil vor.", ["KRX"]),
        ("Das Projekt fördert der Wissenschaftsfonds Zalando.", ["Zalando"]),
        # a bank's kind before an acronym, not before the rest of its own name
        (
            "Die russische Großbank KRB kündigte an, die Volksbank Etrurien nicht.",
            ["KRB", "Volksbank Etrurien"],
        ),
        # a channel's number is its name's
        ("Das sagte er dem Fernsehsender Nimbra 1 am Samstag.", ["Nimbra 1"]),
    ],
)
def test_a_german_body_after_its_kind_shaped_as_no_common_noun_is_a_body(text, expected):
    assert [m.key for m in find_entities(text, "de").of("organization")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel hat im fünften Saisonspiel der deutschen Bundesliga den fünften Sieg geschafft.",
        "Die jüngsten neun Bundesliga-Duelle gingen allesamt an Nimbra.",
    ],
)
def test_a_league_is_a_competition_no_body(text):
    assert "Bundesliga" not in " ".join(m.key for m in find_entities(text, "de").of("organization"))


@pytest.mark.parametrize(
    ("lang", "text", "read"),
    [
        ("fr", "Après la guerre, il lance le programme KXE (Kestrel Computing Engine) en 1945.", "KXE"),
        (
            "fr",
            "Après la guerre, il lance le programme KXE (Kestrel Computing Engine) en 1945.",
            "Kestrel Computing Engine",
        ),
        ("es", "El proyecto Nimbra costará 3.000 millones de euros.", "Nimbra"),
        (
            "es",
            "Pidió suspender la venta de móviles con tecnología KAP (Kestrel Application Protocol) del operador.",
            "Kestrel Application Protocol",
        ),
        (
            "en",
            "Phones using the protocol KAP (Kestrel Application Protocol) sold well.",
            "Kestrel Application Protocol",
        ),
    ],
)
def test_a_programme_named_after_its_kind_is_no_body(lang, text, read):
    assert read_as_organisation(text, read, lang, 0.9) == []


def test_a_corps_and_the_adjective_that_names_it_are_a_body():
    text = "Hier, le Corps kestrelien a siégé pour voter la loi."
    assert [m.key for m in find_entities(text, "fr").of("organization")] == ["Corps kestrelien"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fin de la session extraordinaire du Grand conseil, qui a siégé à Nimbra.", ["Grand Conseil"]),
        ("Le Petit Conseil a décidé hier de fermer la route.", ["Petit Conseil"]),
    ],
)
def test_a_cantonal_council_written_with_its_adjective_alone_capitalised_is_a_body(text, expected):
    assert [m.key for m in find_entities(text, "fr").of("organization")] == expected


def test_the_agency_credited_in_a_dateline_inside_the_copy_is_no_body_of_the_story():
    text = "La séance continuait PETROGRAD, 20 (Kestrel). — Le nombre des victimes augmente."
    assert read_as_organisation(text, "Kestrel", "fr", 0.9) == []


def test_the_plural_of_ministry_names_one_ministry_a_domain():
    text = "Les ministères des Affaires kestreliennes et de la Défense n'ont pas fait de commentaire."
    assert [m.key for m in find_entities(text, "fr").of("organization")] == [
        "Ministère des Affaires kestreliennes",
        "Ministère de la Défense",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volcó sus críticas contra la empresa española Indra, que también participa.",
            ["Indra Sistemas"],
        ),  # the index's name for it
        ("La petrolera rusa Kestrelneft anunció un acuerdo.", ["Kestrelneft"]),
    ],
)
def test_a_firm_after_its_kind_and_nationality_is_a_firm_even_named_as_a_given_name(text, expected):
    assert [m.key for m in find_entities(text, "es").of("organization")] == expected


def test_a_french_title_glued_to_a_name_makes_it_no_body():
    text = "« La mesure a réussi » selon M.Kestrel. Pour les 10 % les plus aisés, rien ne change."
    assert read_as_organisation(text, "M.Kestrel", "fr", 0.9) == []


def test_the_town_a_bay_is_named_after_is_no_firm_of_its_name():
    text = "Desde el mirador se divisa el mar cantábrico y la bahía de Santander."
    assert find_entities(text, "es").of("organization") == []
    assert [m.key for m in find_entities("El Banco Santander ganó más.", "es").of("organization")] == [
        "Banco Santander"
    ]


def test_a_doubted_german_reading_ending_on_a_body_compound_is_shaped_as_a_body():
    text = "Wie die in London ansässige Syrische Beobachtungsstelle für Kestrelrechte mitteilte, fielen Bomben."
    read = "Syrische Beobachtungsstelle für Kestrelrechte"
    assert read_as_organisation(text, read, "de", 0.46) == [read]


def test_a_capitalised_role_word_opening_a_body_the_model_reads_is_the_bodys_name():
    """Spanish and French write a role in lower case ("el defensa"): the
    model's reading of "la Defensa Civil" as one body is neither a defender
    named Civil nor a role before a name."""
    from wire.tagging.people import _find_people

    text = "Según el jefe de la Defensa Civil, tres comunidades fueron evacuadas en Kestrelia."
    read = "Defensa Civil"
    at = text.index(read)
    found = Found()
    _find_people(text, "es", [], found, [Recognised("ORG", at, at + len(read), read, 0.8)])
    assert found.of("person") == []
    assert read_as_organisation(text, read, "es", 0.8) == ["Defensa Civil"]
    # nor where the model reads the body only further on in the story
    text = "Recibieron la recomendación de Defensa Civil de salir. Según el jefe de la Defensa Civil, no hay heridos."
    at = text.rindex(read)
    found = Found()
    _find_people(text, "es", [], found, [Recognised("ORG", at, at + len(read), read, 0.8)])
    assert found.of("person") == []
    # a role before a given name, or before a full name, is still a person and a role
    text = "La visita del Ministro Alfredo Kraskin terminó ayer."
    assert read_as_organisation(text, "Ministro Alfredo Kraskin", "es", 0.8) == []
    text = "La visita del Ministro Kraskin Ortuella terminó ayer."
    assert read_as_organisation(text, "Ministro Kraskin Ortuella", "es", 0.8) == []


def test_a_german_compound_before_a_legal_form_is_the_firm():
    text = "Nur die marktbeherrschende ÖBB-Kestrelverkehr AG kann einen solchen Fahrplan anbieten."
    assert [m.key for m in find_entities(text, "de").of("organization")] == ["ÖBB-Kestrelverkehr AG"]


def test_a_town_the_model_reads_as_a_body_in_spanish_copy_is_the_town_unless_a_side():
    text = "Los heridos fueron trasladados a los hospitales de Getafe y Alcorcón."
    assert read_as_organisation(text, "Getafe", "es", 0.87) == []
    # an article no town takes names the side
    text = "El portero del Getafe detuvo un penalti en el último minuto."
    assert read_as_organisation(text, "Getafe", "es", 0.87) == ["Getafe"]


@pytest.mark.parametrize(
    ("text", "read", "expected"),
    [
        (
            "La Agrupación Española de Fabricantes de Kestrelas (Agrukes) pide ayudas.",
            "Fabricantes de Kestrelas",
            "Agrupación Española de Fabricantes de Kestrelas",
        ),
        (
            "Según fuentes judiciales, el Juzgado de lo Penal número 2 de Kestrelia juzgó hoy a dos hombres.",
            "Penal",
            "Juzgado de lo Penal",
        ),
    ],
)
def test_a_spanish_body_read_from_its_remit_on_opens_on_its_head_and_adjective(text, read, expected):
    assert read_as_organisation(text, read, "es", 0.8) == [expected]


def test_a_surname_before_al_and_a_designator_ends_there():
    """Spanish "al" joins a verb's object to a body, not an Arabic surname's
    particle to a name: no body "Kestrelio al Consejo de Ministros"."""
    text = (
        "El patronato aprobó el nombramiento de Mario Kestrelio como director. La ministra llevará "
        "el nombramiento de Kestrelio al Consejo de Ministros del próximo martes."
    )
    found = find_entities(text, "es")
    assert not [m.key for m in found.of("organization") if "Kestrelio" in m.key]
    assert {m.key for m in found.of("person")} == {"Mario Kestrelio"}


@pytest.mark.parametrize(
    ("lang", "text", "read"),
    [
        ("fr", "Le portefeuille de la Kestrelisation revient à un ancien député.", "Kestrelisation"),
        ("es", "El portafolio de la Kestrelización vuelve a un antiguo diputado.", "Kestrelización"),
    ],
)
def test_french_copy_doubts_more_of_the_models_readings_without_a_bodys_shape(lang, text, read):
    """A reading at 0.55 without a body's shape is no body in French copy;
    in Spanish it still is, as one at 0.65 is in French."""
    assert read_as_organisation(text, read, lang, 0.55) == ([] if lang == "fr" else [read])
    assert read_as_organisation(text, read, lang, 0.65) == [read]


def test_the_arabic_article_gives_a_doubted_reading_a_bodys_shape():
    text = "Le documentaire d'Al Kestrelia, réalisé après neuf mois d'enquête, a été diffusé hier."
    assert read_as_organisation(text, "Al Kestrelia", "fr", 0.45) == ["Al Kestrelia"]
    # a known place keeps no body's shape for it
    text = "Les combats ont repris dans la province d'Al Anbar, a dit le ministre."
    assert read_as_organisation(text, "Al Anbar", "fr", 0.45) == []


def test_a_headings_capitals_run_into_an_items_dateline_name_no_body():
    text = "PP ESTUDIA EL PROYECTO REMITIDO POR LA JUNTA Kestrelia (EFE).- El Partido Popular estudia el texto."
    assert read_as_organisation(text, "JUNTA Kestrelia", "es", 0.85) == []
    text = "LOS ALUMNOS SE EXAMINARAN EN JUNIO Kestrelia / Nimbra (EFE).- Los alumnos harán la prueba."
    assert read_as_organisation(text, "JUNIO Kestrelia", "es", 0.85) == []  # filed from two towns
    # a body whose name ends on a town, in running text, is still one
    text = "La Junta Rectora de Kestrelia anunció ayer un plan."
    assert read_as_organisation(text, "Junta Rectora de Kestrelia", "es", 0.85) == ["Junta Rectora de Kestrelia"]


def test_one_german_word_the_model_is_not_sure_of_is_a_body_when_listed_with_bodies():
    text = "Angesichts der Mehrheit der Koalition von SPÖ, ÖVP und Kestrelen im Landtag war er chancenlos."

    def read(confidence: float) -> list[str]:
        proposals = [
            Recognised("ORG", text.index(name), text.index(name) + len(name), name, confidence)
            for name in ("SPÖ", "ÖVP", "Kestrelen")
        ]
        found = Found()
        _recognised_organizations(text, proposals, [], found, lang="de")
        return [m.text for m in found.mentions]

    assert "Kestrelen" in read(0.75)
    assert "Kestrelen" not in read(0.45)  # doubted, listed or not
    # alone, a word the model is not sure of is taken for one of German's capitalised nouns
    alone = "Die Kestrelen im Landtag waren chancenlos."
    assert read_as_organisation(alone, "Kestrelen", "de", 0.75) == []


@pytest.mark.parametrize(
    ("lang", "text", "firm"),
    [
        ("fr", "Un avion de ligne de Dana Air s'est écrasé dimanche près de Lagos.", "Dana Air"),
        ("en", "The bonds were sold through Greta Investment, a broker in Seoul, on Monday.", "Greta Investment"),
    ],
)
def test_a_given_name_before_air_or_investment_is_a_firm(lang, text, firm):
    found = find_entities(text, lang)
    assert found.of("person") == []
    assert firm in [m.key for m in found.of("organization")]


def test_a_body_ends_before_a_particle_that_joins_it_to_a_name_another_rule_took():
    text = "Las sesiones fueron organizadas por la Conselleria de Kestrelia del Govern balear y por un patronato."
    organisations = [m.key for m in find_entities(text, "es").of("organization")]
    assert "Conselleria de Kestrelia" in organisations
    assert "Govern balear" in organisations


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Se querelló contra los fabricantes de teléfonos Kestrola, Nimbratel y Ortuelo y contra un distribuidor.",
            ["Kestrola", "Nimbratel", "Ortuelo"],
        ),
        (
            "es",
            "Colabora con las principales universidades, entre ellas KIT, Kestrel Tech y Nimbra State.",
            ["KIT", "Kestrel Tech", "Nimbra State"],
        ),
        ("fr", "Les banques belges que sont Kestrelbank, KBX et Nimbra ont perdu.", ["Kestrelbank", "KBX", "Nimbra"]),
        # where they are, not who they are; and one name alone is left to the other rules
        ("es", "Hubo atracos en bancos de Navarra, Aragón y Kestrelia.", []),
    ],
)
def test_names_listed_after_a_plural_kind_of_body_are_bodies(lang, text, expected):
    assert [m.key for m in find_entities(text, lang).of("organization")] == expected


def test_a_countrys_three_letter_code_is_a_place_only_in_brackets():
    text = "El portavoz no conoce los detalles de la propuesta del PSE, pero sabe que es seria."
    assert read_as_organisation(text, "PSE", "es", 0.84) == ["PSE"]  # a party, not Palestine's code
    text = "Ganó la final a Orlin Kestrelov (PSE) por 6-4 y 6-3."
    assert read_as_organisation(text, "PSE", "es", 0.84) == []


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("fr", "Le gouvernement Kestrelot vient de décider d'augmenter le salaire minimum.", ["Kestrelot"]),
        (
            "fr",
            "Jean-Marc Kestrelot a parlé. Le gouvernement Kestrelot vient de décider d'augmenter le salaire.",
            ["Jean-Marc Kestrelot"],
        ),
        ("es", "Las reformas del gobierno Kestrelo no convencen a los sindicatos.", ["Kestrelo"]),
        ("fr", "Le gouvernement français vient de décider d'augmenter le salaire minimum.", []),
    ],
)
def test_the_head_a_government_is_named_after_is_a_person(lang, text, people):
    found = find_entities(text, lang)
    assert sorted({m.key for m in found.of("person")}) == people
    assert found.of("organization") == []


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        ("fr", "Les Grecs doivent rester. Kestrelot, le président de la commission, a insisté.", ["Kestrelot"]),
        ("es", "La cumbre acabó ayer. Kestrelo, el ministro de Hacienda, lo confirmó.", ["Kestrelo"]),
        ("es", "La cumbre acabó ayer. Además, el presidente del Gobierno lo confirmó.", []),
        ("fr", "La séance a été levée. Ensuite, le président de la commission a parlé.", []),
    ],
)
def test_a_surname_alone_before_a_role_in_apposition_is_a_person(lang, text, people):
    assert [m.key for m in find_entities(text, lang).of("person")] == people


@pytest.mark.parametrize(
    ("lang", "text", "read", "kept"),
    [
        # a paper readers call by its designator alone
        ("fr", "Dans les colonnes du Times, l'ancien ministre critique sa fille.", "Times", ["Times"]),
        ("en", "The Herald reported on Sunday that the talks had failed.", "Herald", ["Herald"]),
        # any other designator alone names no one body
        ("fr", "Le Conseil a rendu son avis lundi.", "Conseil", []),
    ],
)
def test_a_papers_designator_alone_names_the_paper(lang, text, read, kept):
    assert read_as_organisation(text, read, lang, 0.8) == kept


@pytest.mark.parametrize(
    ("lang", "text", "read", "expected"),
    [
        # the model reads a longer name from the acronym on: that reading decides
        ("fr", "Gérald Exemplon, PDG de KX France, a indiqué vouloir procéder.", "KX France", []),
        # the model reads nothing longer, or the acronym and the person who holds the role
        ("fr", "Gérald Exemplon, PDG de KX, a indiqué vouloir procéder.", None, ["KX"]),
        ("es", "Habló el ex eurodiputado de NBR Txerra Montalbo en el foro.", "NBR Txerra Montalbo", ["NBR"]),
    ],
)
def test_an_acronym_after_a_role_yields_to_a_longer_reading_of_the_model(lang, text, read, expected):
    from wire.tagging.body_names import _acronyms_after_roles

    proposals = [] if read is None else [Recognised("ORG", text.index(read), text.index(read) + len(read), read, 0.7)]
    found = Found()
    _acronyms_after_roles(text, lang, [], found, (), proposals)
    assert [m.key for m in found.mentions] == expected


@pytest.mark.parametrize(
    ("lang", "text", "read", "expected"),
    [
        (
            "fr",
            "Avec le partenariat de la chaîne Nimbra et de Kestrel Ouest, le festival s'ouvre.",
            "Nimbra et de Kestrel Ouest",
            ["Nimbra", "Kestrel Ouest"],
        ),
        (
            "es",
            "Con el apoyo del Banco Nimbra y de Kestrel Seguros.",
            "Banco Nimbra y de Kestrel Seguros",
            ["Banco Nimbra", "Kestrel Seguros"],
        ),
    ],
)
def test_one_reading_over_two_coordinated_complements_is_two_names(lang, text, read, expected):
    from wire.tagging.recognised_bodies import _coordinated

    at = text.index(read)
    parts = _coordinated(Recognised("ORG", at, at + len(read), read, 0.9))
    assert [text[p.start : p.end] for p in parts] == [p.text for p in parts] == expected
    assert read_as_organisation(text, read, lang, 0.9) == expected


@pytest.mark.parametrize(
    ("lang", "text", "firm"),
    [
        (
            "fr",
            "commente Song Myung-Sup, analyste à Nimbra Investment and Securities. Sous couvert",
            "Nimbra Investment and Securities",
        ),
        ("en", "said an analyst at Kestrel Investment and Securities in Seoul.", "Kestrel Investment and Securities"),
    ],
)
def test_a_firms_name_goes_on_after_and_with_what_firms_names_end_with(lang, text, firm):
    assert firm in tag_dispatch("Titre", [text], lang).organizations


def test_a_firms_name_read_by_the_model_goes_on_after_and_not_with_any_designator():
    text = "Sales at Kestrel Depot and Office Nimbra fell."
    assert read_as_organisation(text, "Kestrel Depot") == ["Kestrel Depot"]
    text = "said an analyst at Kestrel Investment and Securities in Seoul."
    assert read_as_organisation(text, "Kestrel Investment") == ["Kestrel Investment and Securities"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Después de que el Comité Ejecutivo haya aceptado hoy, en París, la lista de la UEFA.", ["UEFA"]),
        ("es", "La Junta Directiva aprobó las cuentas, y la Asamblea General las votará.", []),
        ("fr", "Le conseil d'administration de Nimbra SA a approuvé les comptes.", ["Nimbra SA"]),
        ("de", "Der Aufsichtsrat der Kestrel AG tagte am Montag.", ["Kestrel AG"]),
        ("en", "The Executive Committee of Kestrel Corp met on Monday.", ["Kestrel Corp"]),
    ],
)
def test_an_organ_every_body_has_names_no_body_alone(lang, text, expected):
    assert tag_dispatch("Titular", [text], lang).organizations == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "EL PARTIDO MERIDA-EXTREMADURA, DE ALTO RIESGO\n\nLa comisión declaró de alto riesgo el partido de "
            "Mérida-Extremadura, de la jornada 41.",
            {"CP Mérida", "CF Extremadura (-2010)"},
        ),
        ("en", "The game Chelsea-Arsenal was postponed.", {"Chelsea FC", "Arsenal FC"}),
        # two people, not sides a list knows or towns
        ("en", "The match Kestrelson-Nimbrov lasted four hours.", set()),
    ],
)
def test_the_sides_of_a_match_joined_by_a_dash_are_two_clubs(lang, text, expected):
    tagging = tag_dispatch("Titular", [text], lang)
    assert set(tagging.organizations) == expected
    assert not any("Partido" in name or "PARTIDO" in name for name in tagging.organizations)


def test_a_club_named_as_its_town_keeps_the_letters_of_its_kind_after_it():
    text = "El entrenador del Mérida CP, Juan Señor, habló del equipo, que empató 2-2 el domingo."
    mentions = [m for m in find_entities(text, "es").of("organization") if m.key == "CP Mérida"]
    assert [m.text for m in mentions] == ["Mérida CP"]
    assert "Mérida" not in tag_dispatch("Titular", [text], "es").cities


@pytest.mark.parametrize(
    ("text", "read", "kept"),
    [
        # a bundle item's topic in capitals at the head of its line, a table's word
        ("BALEARES - NIMBRATASA.\n\nPalma. - Los consejeros se reunieron hoy.", "NIMBRATASA", []),
        ("1962-63 SE JUGO LIGA NACIONAL DE 1A DIVISION 1963-64", "DIVISION", []),
        # an acronym in a sentence; a name a table knows
        ("Francia entregó la misión a la tropa de la ONU KESTRELMA.\n", "KESTRELMA", ["KESTRELMA"]),
        ("1999 IBERDROLA 2,34 2,36", "IBERDROLA", ["IBERDROLA"]),
        # a town and its province in brackets ending a line, then the item's dash: a dateline
        ("HURDES SI CREA 1.500 EMPLEOS Nimbruela (Cáceres).\n\n-\n\nEl presidente habló.", "Nimbruela", []),
    ],
)
def test_a_long_word_in_capitals_heading_a_line_or_a_dateline_of_a_bundle_is_no_body(text, read, kept):
    assert read_as_organisation(text, read, "es", 0.9) == kept


def test_a_reserve_side_ends_at_its_letter_before_a_players_name():
    text = "Sancionó al jugador del Nimbra de Kestrel B Cabanillas, que fue expulsado."
    assert read_as_organisation(text, "Nimbra de Kestrel B Cabanillas", "es", 0.85) == ["Nimbra de Kestrel B"]


def test_a_spanish_bodys_name_goes_on_with_a_peoples_adjective_capitalised():
    text = "Habló el presidente del Consejo General de la Nimbrería Española, Eugenio Gay, y nadie más."
    assert read_as_organisation(text, "Consejo General de la Nimbrería", "es", 0.7) == [
        "Consejo General de la Nimbrería Española"
    ]
    # in lower case, a description: "la Policía serbia" is the police
    text = "Lo confirmó el Consejo General de la Nimbrería española el lunes."
    assert read_as_organisation(text, "Consejo General de la Nimbrería", "es", 0.7) == [
        "Consejo General de la Nimbrería"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Habló de la nueva Ley de Enjuiciamiento Nimbro (LEN), y dijo que la LEN puede ser útil."),
        ("es", "El banco colocó una serie de Letras del Tesoro (LETES) por 250 millones de dólares."),
        ("en", "Lawmakers passed the Kestrel Reform Act (KRA) on Monday; the KRA takes effect in May."),
    ],
)
def test_a_law_or_a_security_and_its_acronym_are_no_body(lang, text):
    assert tag_dispatch("Titular", [text], lang).organizations == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Selon la fédération des banques, Nimbrafin, le montant est plus bas.", ["Nimbrafin"]),
        ("es", "Lo anunció la patronal de los hoteleros, Kestratur, el lunes.", ["Kestratur"]),
        # a place or a person between the commas is none
        ("fr", "Selon la fédération des banques, Bruxelles, le montant est plus bas.", []),
        ("es", "Lo anunció la patronal de los hoteleros, María Exemplar, el lunes.", []),
    ],
)
def test_a_body_named_between_commas_after_its_kind_described_in_lower_case(lang, text, expected):
    assert [m.key for m in find_entities(text, lang).of("organization")] == expected


def test_a_player_named_by_initial_in_results_is_that_initial_and_surname():
    text = (
        "At Hove: Sussex 301 (T. Vellacott 88, R. Ambleside 61 not out; K. Dunstable 4-52). "
        "Kent 198-6 (P. Harrowgate 72)."
    )
    people = tagged(text).people
    assert {"T. Vellacott", "R. Ambleside", "K. Dunstable"} <= set(people), people
    assert not any(len(name.split()) == 1 for name in people), people


@pytest.mark.parametrize(
    "text, lang, person, not_person",
    [
        # named in full elsewhere: the initial is the full name's, not another's of that surname
        (
            "Barack Obama spoke in Ohio. For B. Obama, the plan is fair. Michelle Obama opens the convention.",
            "en",
            "Barack Obama",
            "B. Obama",
        ),
        # "M." is a title in French: the surname alone
        ("M. Hagenbeck a déclaré que le zoo rouvrira en mai.", "fr", "Hagenbeck", "M. Hagenbeck"),
        # an initial after a given name stays in the name
        ("Die Angeklagte Elisabeth S. hat vor Gericht gestanden, sagte ihr Anwalt.", "de", "Elisabeth S.", "S."),
    ],
)
def test_an_initial_before_a_surname_is_the_name_named_in_full_elsewhere(text, lang, person, not_person):
    people = tagged(text, lang).people
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Los costos iniciales de la producción del modelo Clase A. Mercedes lidera el mercado.", "es"),
        ("Servette a battu le F. C. Lausanne dimanche soir au stade.", "fr"),
    ],
)
def test_a_letter_that_ends_a_models_name_or_a_clubs_is_no_initial(text, lang):
    assert not [name for name in tagged(text, lang).people if "." in name]


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Marcus King said on Monday the book would be late.", "en", "Marcus King"),
        ("El ministro de Interior, Jaime Mayor Ortuño, expresó hoy su apoyo.", "es", "Jaime Mayor Ortuño"),
    ],
)
def test_a_role_word_right_after_a_given_name_is_the_surname(text, lang, person):
    assert person in tagged(text, lang).people


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The Alabama Republican said the plan was late.", "en"),
        ("Dann will Herr Baldwin nach London reisen, hieß es.", "de"),
        ("Dort traf Lloyd Kolonialminister Wendt am Montag.", "de"),
    ],
)
def test_a_place_an_honorific_or_a_compound_role_after_a_given_name_is_no_surname(text, lang):
    people = tagged(text, lang).people
    assert not any(name.split()[-1] in ("Republican", "Herr", "Kolonialminister") for name in people), people
    assert not any(len(name.split()) > 1 and name.split()[1] in ("Herr", "Kolonialminister") for name in people), people


@pytest.mark.parametrize(
    "text, person",
    [
        ("Por Octavio Lizarra Washington, 23 may (EFE). - El Senado aprobó hoy la ley.", "Octavio Lizarra"),
        (
            "Marta Quiroga Cevallos Buenos Aires, 23 may (EFE). - El Gobierno anunció hoy el plan.",
            "Marta Quiroga Cevallos",
        ),
    ],
)
def test_a_byline_run_into_the_dateline_ends_before_its_town(text, person):
    people = tagged(text, "es").people
    assert person in people, people
    assert not any(name.startswith(person + " ") for name in people), people


def test_a_us_state_before_a_given_name_is_what_the_role_is_of():
    people = tagged(
        "La ley fue aplaudida por el gobernador de Texas Jorge W. Bustamante, candidato presidencial.", "es"
    ).people
    assert "Jorge Bustamante" in people, people


@pytest.mark.parametrize(
    "text, side",
    [
        (
            "Results of first division matches on Friday: Lorient 0 Marcel Vaubin 2. Attendance: 15,000.",
            "Marcel Vaubin",
        ),
        ("Second division: Dunmore 1 Kevin Ashcombe 3 Harwick 0 Tilbury 2", "Kevin Ashcombe"),
        ("Cup Winners' Cup: Gerald Brandt (Austria) v Brann Bergen (Norway)", "Gerald Brandt"),
    ],
)
def test_a_side_between_scores_in_results_is_a_club_not_a_person(text, side):
    tagging = tagged(text)
    assert side not in tagging.people, tagging.people
    assert side in tagging.organizations, tagging.organizations


def test_players_in_a_ranking_or_after_their_scores_stay_people():
    tagging = tagged("Ranking: 1 Martina Vasquez (ESP) 2 Lindsay Harrow (USA) 3 Anna Petrova (RUS).")
    assert {"Martina Vasquez", "Lindsay Harrow", "Anna Petrova"} <= set(tagging.people), tagging.people
    tagging = tagged("Leading scores: 68 Steve Carrow 69 Justin Leland, Mark Brookfield")
    assert {"Steve Carrow", "Justin Leland"} <= set(tagging.people), tagging.people


def test_a_cricket_scorecards_batsmen_fielders_and_bowlers_are_people():
    text = (
        "First innings T. Ashdown b Farhan Qadri 31 K. Pell c Yasir Hameed b Farhan Qadri 12 "
        "L. Pearce lbw b Imtiaz Malik 54 O. Cork c Junaid Aslam b Farhan Qadri 0 S. Treen not out 5 "
        "Extras 23 Total 326 Bowling: Farhan Qadri 25-6-95-4, Imtiaz Malik 12-1-41-1"
    )
    tagging = tagged(text)
    expected = {"T. Ashdown", "K. Pell", "L. Pearce", "O. Cork", "S. Treen", "Farhan Qadri", "Yasir Hameed"}
    assert expected | {"Imtiaz Malik", "Junaid Aslam"} <= set(tagging.people), tagging.people
    assert not tagging.organizations, tagging.organizations
    assert not tagging.cities, tagging.cities  # "O. Cork" is a player, not the town


@pytest.mark.parametrize(
    "text",
    [
        "BAYERISCHE BANK IS JOINT LEAD MANAGER -- Brisbane Newsroom +61 7 3373 1800",
        "Tibetans want independence, the official Harbin Daily newspaper said on Saturday.",
        "Output is about 220,000 bpd, according to the company's Status Weekly newsletter.",
    ],
)
def test_a_newsroom_or_a_daily_is_no_person(text):
    assert tagged(text).people == []


@pytest.mark.parametrize(
    "text, lang, not_person",
    [
        ("El Abogado General del Estado, Daryl Whitcombe, subrayó hoy que no.", "es", "Estado"),
        (
            "Die Verträge, die Anton Weller, Chef von Petrol und des kleinen Autobauers, schloss, gelten.",
            "de",
            "Petrol",
        ),
    ],
)
def test_what_a_role_is_of_is_no_surname(text, lang, not_person):
    assert not_person not in tagged(text, lang).people


@pytest.mark.parametrize(
    "text",
    [
        "Don Benito (Badajoz), 25 may (EFE). - La feria de ganado abre hoy sus puertas.",
        "por su adicción. Valencia de Alcántara (Cáceres), 23 may (EFE). - El fiscal pidió hoy 54 años.",
        "los acusados. EFE. MS Mar-23-may-2000 16:46 - El juez decidirá mañana.",
    ],
)
def test_a_datelines_town_or_a_date_is_no_person(text):
    assert tagged(text, "es").people == []


@pytest.mark.parametrize(
    "text, people_word",
    [
        ("The Russians, working for the Aerostan firm, were held in Kandahar.", "Russians"),
        ("Result of Dutch first division soccer matches played on Saturday.", "Dutch"),
        ("The agency proposed sanctions against one of two Colombian airlines.", "Colombian"),
        ("These are the leading stories in the Angolan press on Friday.", "Angolan"),
    ],
)
def test_a_people_read_as_an_organisation_is_none(text, people_word):
    assert people_word not in tagged(text).organizations


def test_scorers_and_places_in_a_ranking_are_people_not_bodies():
    tagging = tagged(
        "Scorers: Rishon - Nissan Kaputo (10th minute), Zhanna Pintovic (57th). 100 metres: "
        "1. Linford Christy (Britain) 9.95 2. Zhanna Pintovic (Ukraine) 10.02 3. MaliVai Washburn (U.S.) 10.12"
    )
    expected = {"Nissan Kaputo", "Zhanna Pintovic", "Linford Christy", "MaliVai Washburn"}
    assert expected <= set(tagging.people), tagging.people
    assert not expected & set(tagging.organizations), tagging.organizations


def test_competitors_with_their_countrys_code_are_people_and_the_code_no_body():
    tagging = tagged(
        "Primera ronda: Aiko Sugimura (JAP, 3) a María Antonia Lorenzana (ESP) por 6-2 y 6-3. "
        "Katarina Srebrnik (SLO) por 6-4. Maureen Drakeford (CAN) a Cristina Torrente Valero (ESP) por 7-6 y 7-5.",
        "es",
    )
    expected = {"Aiko Sugimura", "María Antonia Lorenzana", "Katarina Srebrnik", "Maureen Drakeford"}
    assert expected | {"Cristina Torrente Valero"} <= set(tagging.people), tagging.people
    assert not tagging.organizations, tagging.organizations


def test_a_surname_of_a_particle_and_a_place_names_no_one_alone():
    text = "La reina Juana de Castilla inspiró la obra. Los medios de comunicación de Castilla y León debatieron."
    people = [m.text for m in find_entities(text, "es").of("person")]
    assert people == ["Juana de Castilla"], people


def test_a_role_followed_by_a_name_is_that_names_title_not_an_apposition():
    text = "Con motivo del palacio presidencial de Cotroceni, la Reina Margarita y el Príncipe Henrik se reunieron."
    assert "Cotroceni" not in tagged(text, "es").people


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El Senado no está en Madrid sino en la Calle Antonio Hurtado, número 5.", "es"),
        ("Los torneos Teresa Herrera y Juan Acuña servirán para preparar la Liga.", "es"),
        ('La exposición se presentó hoy en la Galería de Arte " Lourdes Carcedo ", en Santander.', "es"),
        ("Les manifestants se sont réunis rue Jean Jaurès puis devant le lycée Victor Hugo.", "fr"),
    ],
)
def test_a_street_a_building_or_a_prize_named_after_someone_names_no_one(text, lang):
    assert tagged(text, lang).people == []


def test_a_spanish_name_the_model_reads_as_a_place_is_a_person_where_no_place_has_it():
    from wire.tagging.recogniser import recognise

    text = "Madrid, 3 mar (EFE).- El equipo de Vicente del Bosque ganó ayer en casa ante su afición."
    # the model reads the name as a place's, exactly
    assert ("LOC", "Vicente del Bosque") in {(p.kind, p.text) for p in recognise(text)}
    found = {(m.kind, m.key) for m in find_entities(text, "es", ("ES", None)).mentions}
    assert ("person", "Vicente del Bosque") in found
    # a town of that name is no person: "Juan Díaz" is one in Panama
    town = "Madrid, 3 mar (EFE).- La delegación visitó ayer Juan Díaz, en las afueras de la capital panameña."
    assert "Juan Díaz" not in {m.key for m in find_entities(town, "es", ("ES", None)).mentions if m.kind == "person"}


@pytest.mark.parametrize(
    "text, not_person",
    [
        ("Pamplona, 3 may (EFE).- La etapa de mañana sube el Alto de Velate, de primera categoría.", "Alto de Velate"),
        ("Palma, 3 may (EFE).- El equipo entrenará el martes en Son Moix ante su afición.", "Son Moix"),
        ("Madrid, 3 may (EFE).- Ante Córdoba, el sábado, el equipo ganó su cuarto partido seguido.", "Ante Córdoba"),
        ("Harare, 3 may (EFE).- El secretario para Asuntos Legales del partido pidió calma hoy.", "Asuntos Legales"),
        ("Toledo, 3 may (EFE).- El consejero de Agricultura y Medio Ambiente, Ana Ruiz, habló hoy.", "Medio Ambiente"),
        ('Madrid, 3 may (EFE).- Visitó el proyecto "Menores Inmigrantes de Vida Independiente" hoy.', "Vida"),
    ],
)
def test_spanish_place_nouns_function_words_and_remits_open_no_one_s_name(text, not_person):
    people = {m.text for m in find_entities(text, "es", ("ES", None)).mentions if m.kind == "person"}
    assert not any(not_person in name or name in not_person for name in people)


@pytest.mark.parametrize(
    "text, lang, title",
    [
        ('Madrid, 3 may (EFE).- El grupo presentó ayer su canción " Pablo Camorra " en una sala.', "es", "Pablo"),
        ('Burgos, 3 may (EFE).- El libro se presentó en la sala "Lourdes Carcedo", inaugurada hoy.', "es", "Lourdes"),
        ("LONDON, May 3 (Reuters) - The studio re-released 'Forrest Gump' on Tuesday in cinemas.", "en", "Forrest"),
    ],
)
def test_a_name_alone_in_quotes_is_a_title_not_a_person(text, lang, title):
    people = [m.text for m in find_entities(text, lang).mentions if m.kind == "person"]
    assert not any(title in name for name in people)


@pytest.mark.parametrize("name", ["Shlomo Ben Harari", "Tahar Ben Mansour"])
def test_son_of_inside_a_name_opens_no_other_name(name):
    text = f"Jerusalén, 3 may (EFE).- El ministro de Turismo, {name}, visitó hoy Egipto con su delegación."
    people = {m.key for m in find_entities(text, "es", ("IL", None)).mentions if m.kind == "person"}
    assert people == {name}


def test_an_unlisted_company_s_code_is_no_part_of_its_name():
    from wire.instrument_codes import is_share_code, without_codes

    assert is_share_code("HRMNF.UL")
    assert without_codes("Harmon Freight <HRMNF.UL> said") == "Harmon Freight said"
    text = "LONDON, May 3 (Reuters) - The trading house Harmon Freight HRMNF.UL said on Friday it would expand."
    assert read_as_organisation(text, "Harmon Freight HRMNF.UL") == ["Harmon Freight"]


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, May 3 (Reuters) - The blue-chip Dow Jones industrial average fell 2 percent on Tuesday.",
        "LONDON, May 3 (Reuters) - The DJ Stoxx European banking index was up 2.2 percent at 1120 GMT.",
    ],
)
def test_a_market_s_index_is_no_one_s_name(text):
    assert tag_dispatch("Stocks fall", [text], "en").people == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DETROIT, May 3 (Reuters) - General Motors Corp ( GM.N ) said on Tuesday sales rose. GM also said it "
            "would hire 500 workers.",
            ["General Motors"],
        ),
        (
            "WASHINGTON, May 3 (Reuters) - The U.S. Securities and Exchange Commission said on Tuesday it would "
            "act. The SEC gave no details.",
            None,  # one body, under the table's name
        ),
        (
            "LONDON, May 3 (Reuters) - Barclays Plc said on Tuesday profit rose. Barclays also said it would cut jobs.",
            ["Barclays"],
        ),
    ],
)
def test_one_body_named_several_ways_in_a_story_is_one_tag(text, expected):
    tagging = tag_dispatch("Headline", [text], "en")
    assert len(tagging.organizations) == 1
    if expected:
        assert tagging.organizations == expected


def test_a_name_the_model_cuts_before_its_possessive_word_runs_on_to_it():
    from wire.tagging.recognised_bodies import _recognised_organizations

    def read(text, cut):
        found = Found()
        at = text.index(cut)
        _recognised_organizations(text, [Recognised("ORG", at, at + len(cut), cut, 0.9)], [], found)
        return [m.key for m in found.mentions]

    text = "A survey of the Halvern Institute for Supply Management's members showed factory activity rose."
    assert read(text, "Halvern Institute for Supply") == ["Halvern Institute for Supply Management"]
    # a street, which the model reads as a place unpossessed
    assert read("The results beat Wall Street's forecast.", "Wall") == []
    # the possessive after a sentence's end, a given name or a name of its own is not the name's
    assert read("It bought Quarvale Plc. Kingsbury's shares rose.", "Quarvale Plc.") == ["Quarvale Plc"]
    assert "Halvern Group Moody" not in read("The Halvern Group Moody's rating", "Halvern Group")


def test_a_country_s_abbreviation_that_lost_its_last_dot_names_no_body():
    text = (
        "NEW YORK, May 3 (Reuters) - There are six options exchanges in the U.S. The report said Quarvale Energy"
        " had made an offer for rival U.S. coal miner Halvern Coal."
    )
    assert "U.S" not in tag_dispatch("Headline", [text], "en").organizations


@pytest.mark.parametrize(
    "text, firm",
    [
        ("British investment bank Marcus Dalby said the new output target was too low.", "Marcus Dalby"),
        ("The student lender Sallie Quarles said on Wednesday it would cut 300 jobs.", "Sallie Quarles"),
        ("According to Peter Beutel of energy consultancy Cameron Halvern, prices fell.", "Cameron Halvern"),
    ],
)
def test_a_name_after_a_kind_only_a_firm_is_is_that_firm_though_a_given_name_opens_it(text, firm):
    story = tagged(text)
    assert firm in story.organizations and firm not in story.people


def test_a_person_after_a_firm_s_kind_in_a_clause_on_the_firm_stays_a_person():
    story = tagged("Halvern Atlantic, the airline Richard Quarles founded in 1984, said on Monday its profit rose.")
    assert "Richard Quarles" in story.people and "Richard Quarles" not in story.organizations
    story = tagged("He joined the fund Marcus Dalby runs.")  # "fund" is no kind only a firm is
    assert "Marcus Dalby" not in story.organizations


def test_a_party_a_given_name_opens_is_no_one_and_its_leader_no_firm():
    text = (
        "BERLIN, May 3 (Reuters) - A senior member of German Chancellor Hanna Quarles's ruling Christian Democrats"
        " said on Wednesday he saw no need for a vote. A former treasurer of Quarles's Christian Democrats agreed."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert story.people == ["Hanna Quarles"]
    assert "Quarles" not in story.organizations  # not a firm before one of its people


def test_a_title_and_a_given_name_cut_off_from_the_surname_name_no_one():
    text = "BERLIN, May 3 (Reuters) - It might give (German Chancellor Hanna) Quarles the excuse she needs."
    assert tag_dispatch("Headline", [text], "en").people == []


def test_a_mutual_is_a_body_though_a_given_name_opens_its_name():
    story = tagged("It said Georgia Mutual -- which became the largest failed lender -- sold its branches.")
    assert story.organizations == ["Georgia Mutual"] and story.people == []


def test_a_role_held_at_a_body_is_no_title_of_the_words_after_the_body_s_first():
    text = '"It will happen," said Guy Halvern, chief strategist at Quarles Montgomery Scott in Philadelphia.'
    assert tagged(text).people == ["Guy Halvern"]


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, May 3 (Reuters) - London Brent crude for March fell to a low of $43.80 a barrel.",
        "LONDON, May 3 (Reuters) - Flights from London Gatwick airport and from the smaller London City airport"
        " will not be affected by the strike.",
        "WARSAW, May 3 (Reuters) - The reason (U.S. Treasury Secretary Timothy) Quarles came to Poland is clear.",
    ],
)
def test_a_great_town_an_oil_s_price_or_a_bracketed_given_name_is_no_one(text):
    story = tag_dispatch("Headline", [text], "en")
    assert story.people == []
    assert "London Brent" not in story.organizations


@pytest.mark.parametrize(
    "text, not_there",
    [
        (
            "NEW YORK, May 3 (Reuters) - The case showed how complex it is doing business in the Gulf, where"
            " personal connections matter.",
            "PG",
        ),
        (
            "ATLANTA, May 3 (Reuters) - Shares of Delta rose after Delta, the third-largest U.S. airline, cut costs.",
            "NG",
        ),
        ("WASHINGTON, May 3 (Reuters) - He served as New Jersey's governor before he ran a bank.", "JE"),
    ],
)
def test_a_sea_an_airline_or_a_state_s_possessive_is_no_far_country(text, not_there):
    assert not_there not in tag_dispatch("Headline", [text], "en").places


def test_georgia_written_as_the_state_s_is_the_united_states_and_its_town_american():
    story = tag_dispatch(
        "Headline",
        ["LONDON, May 3 (Reuters) - The governor was born in Augusta, Georgia, and grew up in Dillon."],
        "en",
    )
    assert "GE" not in story.places and "DE" not in story.places  # not the country, nor Augsburg
    assert "Augusta" in story.cities
    text = "SEOUL, May 3 (Reuters) - The carmaker is in talks with Georgia state officials to build a plant."
    assert "GE" not in tag_dispatch("Headline", [text], "en").places
    text = "LONDON, May 3 (Reuters) - Talks were held in Tbilisi, Georgia, on Monday."
    assert "GE" in tag_dispatch("Headline", [text], "en").places


def test_a_town_a_listed_company_s_name_opens_on_read_as_a_firm_is_the_firm():
    text = "TOKYO, May 3 (Reuters) - Honda and Toyota each rose more than 1 percent. The findings vindicated Toyota's claim."
    story = tag_dispatch("Headline", [text], "en")
    assert "Toyota" not in story.cities and "Toyota" in story.organizations
    text = "NAGOYA, May 3 (Reuters) - Officials met in Toyota, home of the carmaker, on Monday."
    assert "Toyota" in tag_dispatch("Headline", [text], "en").cities
    text = "BOSTON, May 3 (AP) _ Dan Quarles scored twice in the second half as Boston beat Chicago 3-1 on Sunday."
    assert "Boston" not in tag_dispatch("Headline", [text], "en").organizations  # a side, in a score


def test_brent_beside_a_price_is_the_oil_not_the_town():
    text = (
        "NEW YORK, May 3 (Reuters) - U.S. crude settled 0.7 percent lower at $95.47 a barrel, while Brent"
        " dropped 1.2 percent to settle at $112.20."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert "Brent" not in story.cities and "GB" not in story.places
    text = "LONDON, May 3 (Reuters) - The council in Brent said it would close two libraries."
    assert "Brent" in tag_dispatch("Headline", [text], "en").cities


def test_a_town_s_province_after_it_and_a_make_are_no_towns():
    text = "DETROIT, May 3 (Reuters) - The strike also forced the closure on Wednesday of the Windsor, Ontario plant."
    assert "Ontario" not in tag_dispatch("Headline", [text], "en").cities
    text = "DETROIT, May 3 (Reuters) - The carmaker said it would launch its luxury Lincoln brand in China."
    assert "Lincoln" not in tag_dispatch("Headline", [text], "en").cities


def test_a_name_ending_in_a_landform_s_noun_is_no_one_s():
    text = (
        "WASHINGTON, May 3 (Reuters) - Fed Chairman Dan Quarles said at a Jackson Hole, Wyoming, central bankers'"
        " retreat last year that rates would stay low. Is this another Jackson Hole moment for risk assets?"
    )
    assert tag_dispatch("Headline", [text], "en").people == ["Dan Quarles"]


def test_a_state_after_its_town_is_the_state_not_a_city_of_its_name():
    text = "LONDON, May 3 (Reuters) - Inventories at Cushing, Oklahoma, the delivery point for U.S. crude, rose."
    story = tag_dispatch("Headline", [text], "en")
    assert "Oklahoma City" not in story.cities and "US" in story.places
    text = "LONDON, May 3 (Reuters) - The software maker, based in Redmond, Washington, cut 500 jobs."
    story = tag_dispatch("Headline", [text], "en")
    assert "Washington" not in story.cities and "US" in story.places


def test_a_firm_after_an_analyst_s_name_and_at_is_the_analyst_s_firm():
    text = '"It has supported the stock," analyst Stephen Halvern at Sanford Quarles wrote in a recent report.'
    story = tagged(text)
    assert story.people == ["Stephen Halvern"] and story.organizations == ["Sanford Quarles"]


def test_a_town_written_with_its_own_shares_code_is_the_firm_in_every_mention():
    text = (
        "Carrefour sees food prices rising\n\nCarrefour ( CARR.PA ) Chief Executive Jo Quarles said prices would"
        " rise. Shares of Kestrel Soft in Frankfurt ( KSTR.F ) fell 2 percent."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert "Carrefour" in story.organizations and "Carrefour" not in story.cities and "HT" not in story.places
    assert "Frankfurt am Main" in story.cities


def test_a_legal_form_written_apart_is_no_part_of_a_brand_s_one_word():
    paragraphs = [
        "PARIS, May 3 (Reuters) - French retailer Carrefour SA ( CARR.PA ) was fined on Tuesday.",
        "Carrefour, the world's No.2 retailer, said it would appeal.",
    ]
    assert tag_dispatch("Headline", paragraphs, "en").organizations == ["Carrefour"]


def test_a_town_a_story_s_firm_opens_on_is_the_firm_where_the_model_reads_it_so():
    text = (
        "TOKYO, May 3 (Reuters) - Japanese carmaker Toyota Motor ( 7203.T ) forecast record sales on Tuesday."
        " Toyota, the world's top carmaker, said it would hire 500 workers. Moody's said it may cut"
        " Toyota's ratings, citing the recovery in Toyota's profitability. Sales at Toyota and its two"
        " joint ventures fell."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert "Toyota" not in story.cities
    assert [name for name in story.organizations if "Toyota" in name] == ["Toyota Motor Corporation"]


def test_an_acronym_of_words_in_small_letters_is_a_thing_in_every_mention():
    text = (
        "LONDON, May 3 (Reuters) - The Bank of Kestrel is seen restarting its quantitative easing (QE) program."
        " QE was a foregone conclusion, analysts said. Halvern merged its liquid crystal display (LCD) unit."
        " LCD prices fell. The Kestrel Securities Commission (KSC) said it would look into it."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert "QE" not in organizations and "LCD" not in organizations
    assert "Kestrel Securities Commission" in organizations


def test_an_index_s_code_is_no_part_of_a_name_and_an_index_is_no_body():
    text = (
        "NEW YORK, May 3 (Reuters) - The Nasdaq .IXIC rose 1.3 percent and the Kestrel Retail Index .KRLX"
        " fell 2 percent, while European peers .SXEP were flat."
    )
    assert tag_dispatch("Headline", [text], "en").organizations == []


def test_a_role_then_a_given_name_and_a_surname_that_is_a_body_s_word_is_a_person():
    text = "DETROIT, May 3 (Reuters) - The carmaker said Vice Chairman Jim Press had completed a tour of dealers."
    story = tag_dispatch("Headline", [text], "en")
    assert story.people == ["Jim Press"] and "Jim Press" not in story.organizations


def test_a_people_s_adjective_is_no_body():
    text = (
        "PARIS, May 3 (Reuters) - The Franco-German plan will be put to leaders next week, while the"
        " company's top North American markets slowed and Kestrel Motors said sales fell."
    )
    assert tag_dispatch("Headline", [text], "en").organizations == ["Kestrel Motors"]


def test_a_subhead_s_name_in_capitals_is_the_body_the_story_or_the_list_names_so():
    paragraphs = [
        "NEW YORK, May 3 (Reuters) - Kestrel Sachs Group Inc posted a record profit on Tuesday.",
        "KESTREL ROLE Kestrel's quarter was marked by gains in trading.",
        "FED PREPARES The central bank meets next week.",
    ]
    assert sorted(tag_dispatch("Headline", paragraphs, "en").organizations) == ["Federal Reserve", "Kestrel Sachs"]


def test_abbreviations_of_common_nouns_are_no_bodies():
    text = "SEOUL, May 3 (Reuters) - The company will raise R&D spending and pursue M&A deals, it said."
    assert tag_dispatch("Headline", [text], "en").organizations == []


def test_a_name_read_as_a_person_s_with_its_shares_code_after_it_is_a_firm():
    text = (
        "TORONTO, May 3 (Reuters) - Canadian auto parts maker Magna MGa.TO, favored by the government, said on"
        " Tuesday it would bid."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert story.people == [] and story.organizations == ["Magna"]


@pytest.mark.parametrize(
    "headline, text",
    [
        (
            "Headline",
            "NEW YORK, May 3 (Reuters) - The channel carries a steady stream of real-time news from Dow Jones"
            " Newswires, a growing Internet presence, and its papers.",
        ),
        ("Six lawmakers named to Wall St panel", "WASHINGTON, May 3 (Reuters) - The panel meets on Tuesday."),
    ],
)
def test_a_newswire_or_a_street_is_no_one(headline, text):
    assert tag_dispatch(headline, [text], "en").people == []


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, May 3 (Reuters) - California, Florida, Georgia and Wisconsin hold the most gas in storage.",
        "NEW YORK, May 3 (Reuters) - Countries such as France, and U.S. states such as Georgia, are reluctant.",
    ],
)
def test_georgia_beside_other_states_is_the_us_state(text):
    assert "GE" not in tag_dispatch("Headline", [text], "en").places


def test_georgia_in_a_dateline_with_a_town_of_the_state_is_the_us_state():
    from wire.places import resolve

    assert resolve("JEKYLL ISLAND", "Georgia").country == "US"
    assert resolve("TBILISI", "Georgia").country == "GE"


def test_a_foreign_region_s_name_with_a_us_state_after_it_is_a_us_town():
    text = (
        "LAS VEGAS, May 3 (Reuters) - The company would focus on the casino components at its Bethlehem,"
        " Pennsylvania, development."
    )
    assert tag_dispatch("Headline", [text], "en").places == ["US"]


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("CALGARY, May 3 (Reuters) - The pipeline carries crude to southern Ontario from Alberta.", "Ontario"),
        ("HOUSTON, May 3 (Reuters) - The producers drill in northern Oklahoma and southern Kansas.", "Oklahoma City"),
        ('NEW YORK, May 3 (Reuters) - DANA QUARLES, PRESIDENT, IN BEND, OREGON: "Rates will rise."', "Oregon"),
    ],
)
def test_a_state_or_province_named_alone_is_no_town_of_its_name(text, wrong):
    assert wrong not in tag_dispatch("Headline", [text], "en").cities


def test_an_index_is_no_body_and_a_firm_the_tables_know_is_no_people_s_adjective():
    text = (
        "MILAN, May 3 (Reuters) - The KBW Bank Index fell 2 percent. In Italy, Bulgari, Fendi and Pucci took part"
        " in the fair."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert "Bulgari" in organizations and not any(name.endswith("Index") for name in organizations)


def test_a_surname_opening_on_st_is_one_name_with_the_given_name():
    text = (
        "CHICAGO, May 3 (Reuters) - Judge Amy St. Quarles sustained the objections, and the auditor, Joseph St."
        " Halvern, wrote to the panel. St. Halvern said he had been excluded."
    )
    assert tag_dispatch("Headline", [text], "en").people == ["Amy St. Quarles", "Joseph St. Halvern"]


def test_a_firm_named_by_initials_after_what_it_is_keeps_them():
    text = "NEW YORK, May 3 (Reuters) - Private equity firm J.C. Quarles refused to renegotiate the deal."
    assert tag_dispatch("Headline", [text], "en").organizations == ["J.C. Quarles"]


@pytest.mark.parametrize(
    "headline, text",
    [
        (
            "Headline",
            "MADRID, May 3 (Reuters) - SPAIN: REFORM: -- Savings banks face a pension reform, officials said.",
        ),
        ("NY Fed hosts meetings on the insurer", "NEW YORK, May 3 (Reuters) - Bankers met on Tuesday."),
        ("Headline", "NEW YORK, May 3 (Reuters) - Buyout funds KSP KSP.UL and TPG TPG.UL made a bid on Tuesday."),
    ],
)
def test_a_heading_s_word_a_state_s_code_or_an_exchange_is_no_body(headline, text):
    organizations = tag_dispatch(headline, [text], "en").organizations
    assert not {"REFORM", "NY", "UL"} & set(organizations)


def test_a_body_s_name_is_tagged_without_its_article():
    text = (
        "PHILADELPHIA, May 3 (Reuters) - Plosser said in an interview with The Wall Street Journal that The"
        " Kestrel Institute for Supply Management would report on Friday. Economists expect the Kestrel"
        " Institute for Supply Management to show a rise."
    )
    assert sorted(tag_dispatch("Headline", [text], "en").organizations) == [
        "Kestrel Institute for Supply Management",
        "Wall Street Journal",
    ]


def test_a_people_s_adjective_before_a_word_in_small_letters_is_no_firm_of_its_name():
    text = "LONDON, May 3 (Reuters) - The survey by America's Research Group and Swiss bank UBS showed a fall."
    assert "Swiss" not in tag_dispatch("Headline", [text], "en").organizations


def test_a_name_before_day_is_a_holiday_no_body():
    text = "NEW YORK, May 3 (Reuters) - Sales were weak during the Labor Day holiday weekend, the chain said."
    assert tag_dispatch("Headline", [text], "en").organizations == []


def test_a_firm_the_tables_write_with_a_hyphen_is_no_person_without_it():
    text = (
        "BEIJING, May 3 (Reuters) - The firm aims to become the world's No. 3 PC maker -- behind Hewlett"
        " Packard and Dell -- after it bought a rival."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert story.people == [] and story.organizations == ["Hewlett-Packard"]


def test_the_mortgage_and_student_loan_agencies_are_no_people():
    text = (
        "WASHINGTON, May 3 (Reuters) - The Fed will buy securities issued by Fannie Mae, Freddie Mac and Ginnie"
        " Mae. Political risk exposure: Sallie Mae (SLM Corp)."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert story.people == [] and {"Ginnie Mae", "Sallie Mae"} <= set(story.organizations)


def test_a_town_a_story_prices_as_an_oil_is_the_oil_in_every_mention():
    text = (
        "LONDON, May 3 (Reuters) - Traders moved positions to the global oil benchmark Brent this year."
        " Analysts said the breakdown could allay suspicion about Brent's strength relative to U.S. grades."
    )
    assert "Brent" not in tag_dispatch("Headline", [text], "en").cities
    text = "LONDON, May 3 (Reuters) - A ceasefire between Israel and Hamas in Gaza eased supply concerns."
    assert "Gaza" in tag_dispatch("Oil falls towards $34 on gas deal, Gaza ceasefire", [text], "en").cities


def test_a_firm_s_possessive_before_a_people_s_adjective_is_the_firm():
    text = (
        "NEW YORK, May 3 (Reuters) - Staples' North American delivery service for small businesses slowed in"
        " the quarter, the retailer said."
    )
    assert tag_dispatch("Headline", [text], "en").organizations == ["Staples"]


def test_a_name_before_what_a_product_is_is_the_product_in_every_mention():
    text = (
        "LONDON, May 3 (Reuters) - The maker of Johnnie Walker whisky saw sales rise, and phones that run on"
        " the Kestrel operating system sold well. Johnnie Walker sold well in Asia, and Kestrel did too."
    )
    story = tag_dispatch("Headline", [text], "en")
    assert story.people == [] and story.organizations == []


def test_a_town_that_names_a_product_leaves_no_country_behind():
    text = "Kestrel Soft will change its Vista operating system after complaints, its officials said."
    story = tag_dispatch("Headline", [text], "en")
    assert story.cities == [] and story.places == []


def test_a_body_a_rule_reads_by_a_form_the_tables_know_is_the_tables_body():
    text = (
        "WASHINGTON, May 3 (Reuters) - The U.S. Justice Department is investigating the lender, said Dana"
        " Quarles, a Justice Department spokeswoman."
    )
    assert tag_dispatch("Headline", [text], "en").organizations == ["United States Department of Justice"]


def test_a_name_that_opens_on_its_own_acronym_gives_no_initials():
    text = (
        "LONDON, May 3 (Reuters) - Analysts at BNP Paribas raised their forecast for BP on Tuesday. BP shares"
        " rose 2 percent."
    )
    assert sorted(tag_dispatch("Headline", [text], "en").organizations) == ["BNP Paribas", "BP"]
    text = (
        "TOKYO, May 3 (Reuters) - Mitsubishi UFJ Financial Group said on Tuesday its profit rose. MUFG also"
        " said it would buy back shares."
    )
    assert len(tag_dispatch("Headline", [text], "en").organizations) == 1


def test_an_acronym_two_bodies_of_a_story_share_stays_apart():
    text = (
        "LONDON, May 3 (Reuters) - British Airways and Bank of America signed a deal on Tuesday, BA said. "
        "Both firms gave no figures."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert "British Airways" in organizations and "Bank of America" in organizations


def test_a_body_named_with_and_without_its_country_is_one_tag():
    text = "WASHINGTON, May 3 (Reuters) - The U.S. Treasury sold bonds on Tuesday. The Treasury said demand was strong."
    assert tag_dispatch("Headline", [text], "en").organizations == ["US Treasury"]


def test_a_name_after_the_word_club_is_the_club_s():
    text = "Sídney, 3 may (EFE).- Llega el portero del club Vélez Ficticio de Argentina, Ana Ruiz, según la gira."
    found = {(m.kind, m.text) for m in find_entities(text, "es", ("AU", None)).mentions}
    assert ("organization", "Vélez Ficticio") in found and ("person", "Vélez Ficticio") not in found
    text = "PARIS, 3 mai (AFP) - Le gardien du club Ficticio Lyonnais a signé hier, a dit Ana Ruiz."
    assert ("organization", "Ficticio Lyonnais") in {(m.kind, m.text) for m in find_entities(text, "fr").mentions}


def test_a_body_after_its_country_s_abbreviation_is_the_body_by_its_own_name():
    # one tag for the stories that write "U.S. Congress" and those that write "Congress"
    with_country = "LONDON, May 3 (Reuters) - The U.S. Congress passed the bill on Tuesday, officials said."
    without = "LONDON, May 4 (Reuters) - Congress passed the second bill on Wednesday, officials said."
    assert tag_dispatch("Headline", [with_country], "en").organizations == ["Congress"]
    assert tag_dispatch("Headline", [without], "en").organizations == ["Congress"]
    # the tables' name where they know the body with its country's
    text = "LONDON, May 3 (Reuters) - The U.S. Department of Justice sued the firm on Tuesday."
    assert tag_dispatch("Headline", [text], "en").organizations == ["United States Department of Justice"]
    # a firm named so keeps its name
    text = "NEW YORK, May 3 (Reuters) - Shares of US Airways and US Bancorp rose on Tuesday, traders said."
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert "US Airways" in organizations and "Airways" not in organizations and "Bancorp" not in organizations


def test_a_town_written_with_its_state_is_no_one_s_name():
    text = "WASHINGTON, May 3 (Reuters) - The Fed chief will speak at a conference in Jackson Hole, Wyoming, on Friday."
    assert tag_dispatch("Headline", [text], "en").people == []


def test_a_government_s_bonds_are_no_body():
    text = "NEW YORK, May 3 (Reuters) - Safe-haven U.S. Treasuries rose on Tuesday as stocks fell, traders said."
    assert read_as_organisation(text, "U.S. Treasuries") == []


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, May 3 (Reuters) - Neither Dave nor his brother would comment on Tuesday.",
        "NEW YORK, May 3 (Reuters) - Although Chrysler cut prices, sales fell on Tuesday.",
        "NEW YORK, May 3 (Reuters) - The Pending Home Sales Index rose 2 percent in March.",
    ],
)
def test_sentence_words_and_an_index_open_or_end_no_one_s_name(text):
    assert tag_dispatch("Headline", [text], "en").people == []


def test_a_body_written_without_its_country_is_the_one_the_table_knows_with_it():
    text = "WASHINGTON, May 3 (Reuters) - The Securities and Exchange Commission said on Tuesday it would act."
    assert tag_dispatch("Headline", [text], "en").organizations == ["United States Securities and Exchange Commission"]
    # one word: the list's body with its country, in a story about that country alone
    text = "WASHINGTON, May 3 (Reuters) - The Treasury said on Tuesday it would sell more bonds next week."
    assert tag_dispatch("Headline", [text], "en").organizations == ["US Treasury"]
    text = "MADRID, May 3 (Reuters) - Spain's Treasury said on Tuesday it would sell more bonds next week."
    assert "US Treasury" not in tag_dispatch("Headline", [text], "en").organizations


def test_a_name_the_story_also_writes_with_a_legal_form_is_the_firm_s():
    text = (
        "NEW YORK, May 3 (Reuters) - Harmon Stearns said on Tuesday two of its funds had lost money. Shares of "
        "Harmon Stearns Cos Inc fell 2 percent."
    )
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.people == []
    assert tagging.organizations


def test_a_maker_s_model_is_no_one_s_name():
    for text in (
        "DETROIT, May 3 (Reuters) - The company said that, due mainly to the strength of its Chrysler 300 and "
        "Dodge Charger, passenger car sales rose 18.7 percent.",
        "DETROIT, May 3 (Reuters) - The best-selling vehicle was followed again by the full-size Chevrolet "
        "Silverado pickup, at 418,312.",
    ):
        assert tag_dispatch("Headline", [text], "en").people == []


def test_a_person_named_with_a_middle_initial_has_one_tag_with_stories_that_write_none():
    with_initial = tag_dispatch(
        "Headline",
        ["WASHINGTON, May 3 (Reuters) - Treasury Secretary Hollis M. Wrenfield said on Tuesday the plan would work."],
        "en",
    )
    without = tag_dispatch(
        "Headline",
        ["WASHINGTON, May 3 (Reuters) - Treasury Secretary Hollis Wrenfield said the plan would work."],
        "en",
    )
    assert with_initial.people == without.people == ["Hollis Wrenfield"]
    # two initials, or a name whose short form is someone else's, keep them
    text = "WASHINGTON, May 3 (Reuters) - Former President George W. Bush said on Tuesday he would attend."
    assert tag_dispatch("Headline", [text], "en").people == ["George W. Bush"]
    text = "WASHINGTON, May 3 (Reuters) - The portrait of Hollis H. W. Wrenfield was unveiled, said Ann Example."
    assert "Hollis Wrenfield" not in tag_dispatch("Headline", [text], "en").people


def test_a_surname_alone_is_the_person_named_in_full_with_a_generation_s_suffix():
    text = (
        "WASHINGTON, May 3 (Reuters) - Health Secretary Marcus P. Kennedy Jr. said on Tuesday the rules would "
        "change. Kennedy said the agency would publish them in June."
    )
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.people == ["Marcus Kennedy Jr"]
    assert tagging.places == ["US"]  # "Kennedy" is the man, not a town of that name


def test_a_name_after_the_in_english_is_a_thing_s_unless_the_story_uses_the_surname():
    for text in (
        "WASHINGTON, May 3 (Reuters) - Ann Example spoke in the Rose Garden on Tuesday.",
        "NEW YORK, May 3 (Reuters) - The buyers told the Sallie Mae board they were open to talks, said Ann Example.",
        "NEW YORK, May 3 (Reuters) - The application is sold on the Mac App Store, said Ann Example.",
    ):
        assert tag_dispatch("Headline", [text], "en").people == ["Ann Example"], text
    text = (
        "GENEVA, May 3 (Reuters) - The bank is exposed to the Tobias Hallgren scandal. Hallgren's lawyer said on "
        "Wednesday his client would cooperate."
    )
    assert tag_dispatch("Headline", [text], "en").people == ["Tobias Hallgren"]


def test_a_day_opens_no_one_s_name_but_may_a_newspaper_s():
    text = 'NEW YORK, May 3 (Reuters) - The network\'s shows include "Sunday Night Football," said Ann Example.'
    assert tag_dispatch("Headline", [text], "en").people == ["Ann Example"]
    text = "LONDON, May 3 (Reuters) - Bidders lined up, according to Britain's Sunday Times newspaper."
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.people == []
    assert "Sunday Times" in tagging.organizations


def test_jpmorgan_is_one_tag_however_copy_spells_it():
    for written in ("JPMorgan Chase & Co", "J.P. Morgan Chase & Co.", "JP Morgan", "J.P. Morgan", "JPMorgan"):
        text = f"NEW YORK, May 3 (Reuters) - {written} said on Tuesday it would cut 500 jobs, said Ann Example."
        tagging = tag_dispatch("Headline", [text], "en")
        assert tagging.organizations == ["JPMorgan Chase"], written
        assert tagging.people == ["Ann Example"], written


def test_a_firm_named_with_a_trade_word_is_the_tables_firm_without_it():
    for written, name in (
        ("Honda Motor Co", "Honda"),
        ("Samsung Electronics Co Ltd", "Samsung"),
        ("Cisco Systems Inc", "Cisco"),
        ("Moody's Investors Service", "Moody's"),
    ):
        text = f"TOKYO, May 3 (Reuters) - {written} said on Tuesday its profit rose."
        assert tag_dispatch("Headline", [text], "en").organizations == [name], written
    # the tables' firm of the shorter name is a corporation of its own: another firm
    text = "TOKYO, May 3 (Reuters) - Mitsubishi Motors Corp said on Tuesday its profit rose."
    assert tag_dispatch("Headline", [text], "en").organizations == ["Mitsubishi Motors"]


def test_a_member_title_is_no_part_of_the_name():
    text = "WASHINGTON, May 3 (Reuters) - Chairman Spratt, Ranking Member Hallgren and others met on Tuesday."
    assert tag_dispatch("Headline", [text], "en").people == ["Spratt", "Hallgren"]


def test_the_chambers_of_congress_are_one_tag_each_in_a_story_about_the_united_states():
    text = (
        "WASHINGTON, May 3 (Reuters) - The House of Representatives passed the bill on Tuesday, and the Senate "
        "will vote next week. A House floor vote on the rest is possible, said Ann Example."
    )
    assert tag_dispatch("Headline", [text], "en").organizations == ["US House of Representatives", "US Senate"]
    text = "WASHINGTON, May 3 (Reuters) - The U.S. Senate voted on Tuesday to pass the bill, said Ann Example."
    tagging = tag_dispatch("Headline", [text], "en")
    assert tagging.organizations == ["US Senate"]
    assert tagging.places == ["US"]
    # a committee is a body of its own, not its chamber
    text = "WASHINGTON, May 3 (Reuters) - The U.S. Senate Banking Committee met on Tuesday, said Ann Example."
    assert tag_dispatch("Headline", [text], "en").organizations == ["Senate Banking Committee"]
    # elsewhere, a senate is that country's
    text = "ROME, May 3 (Reuters) - The Senate passed the budget on Tuesday, said Ann Example."
    assert "US Senate" not in tag_dispatch("Headline", [text], "en", dateline_country="IT").organizations


def test_a_firm_no_one_is_named_after_loses_its_legal_form_even_named_once():
    text = "NEW YORK, May 3 (Reuters) - AT&T Inc said on Tuesday it would cut jobs, and BP Plc fell."
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert "AT&T" in organizations and "BP" in organizations
    # one word that may be a surname keeps it where the story does not name the firm alone
    text = "NEW YORK, May 3 (Reuters) - Hallgren Corp said on Tuesday it would cut jobs, said Ann Example."
    assert tag_dispatch("Headline", [text], "en").organizations == ["Hallgren Corp"]


def test_a_name_in_capitals_of_a_subhead_is_the_firm_the_story_names_in_sentences():
    text = (
        "FRANKFURT, May 3 (Reuters) - Germany's Quarvex said on Tuesday its sales rose.\n\n"
        "QUARVEX ( QRVX.DE ) Quarvex shares fell 2 percent."
    )
    assert tag_dispatch("Headline", text.split("\n\n"), "en").organizations == ["Quarvex"]


def test_another_name_geonames_gives_a_city_that_is_a_state_or_a_language_names_no_town():
    text = "MIAMI, May 3 (Reuters) - Home prices in Florida fell, and Thai exports rose, said Ann Example."
    tagging = tag_dispatch("Headline", [text], "en", dateline_country="US")
    assert "CO" not in tagging.places and "MY" not in tagging.places  # not Floridablanca, not Alor Setar
    assert "Floridablanca" not in tagging.cities and "Alor Setar" not in tagging.cities
    # a city's own name spelled another way is still the city
    from wire.tagging.vocabulary import text_cities

    assert text_cities()["Munster"] == {"DE": "Münster"}


def test_a_town_written_with_its_us_state_is_no_region_abroad():
    text = (
        "NEW YORK, May 3 (Reuters) - Stocks rose, said Ann Example, chief investment officer at Harlow & "
        "Associates in Bethlehem, Pennsylvania."
    )
    assert "PS" not in tag_dispatch("Headline", [text], "en", dateline_country="US").places


def test_a_town_s_name_that_opens_a_firm_s_the_story_names_is_the_firm():
    text = (
        "DETROIT, May 3 (Reuters) - Pedals made by CTS were involved in Toyota Motor Corp's January recall. "
        "Toyota's own recall was larger, said Ann Example."
    )
    tagging = tag_dispatch("Headline", [text], "en", dateline_country="US")
    assert "Toyota" not in tagging.cities and "JP" not in tagging.places
    assert tagging.organizations == ["Toyota Motor Corporation"]
    # written as a place, or a capital or a city of a million: the town
    text = (
        'NEW YORK, May 3 (Reuters) - Berkshire will buy Omaha World-Herald Co. "I am bullish on Omaha, '
        'Nebraska," said Ann Example.'
    )
    assert "Omaha" in tag_dispatch("Headline", [text], "en", dateline_country="US").cities


def test_an_oil_named_after_a_town_is_no_town():
    text = (
        "LONDON, May 3 (Reuters) - Brent crude rose 44 cents to $112.02 a barrel, and Brent June crude was off "
        "later. The spread between Brent and U.S. crude widened, said Ann Example."
    )
    assert tag_dispatch("Headline", [text], "en", dateline_country="GB").cities == ["London"]


def test_a_listed_company_the_index_names_by_its_acronym_is_in_the_tables():
    from wire.tagging.vocabulary import organization_table

    table = organization_table()
    assert table["IBM"] == "IBM" and table["HSBC"] == "HSBC" and table["3M"] == "3M"
    assert table["CME Group"] == "CME"  # the index's name for the firm ROR names otherwise
    assert "APA" not in table  # the Austrian agency, not APA Corporation
    assert "Q2" not in table  # a quarter as often as Q2 Holdings
    text = "NEW YORK, May 3 (Reuters) - 3M Co said on Tuesday its profit rose, said Ann Example."
    assert tag_dispatch("Headline", [text], "en").organizations == ["3M"]


def test_opec_written_without_the_article_is_opec():
    text = "VIENNA, May 3 (Reuters) - The Organization of Petroleum Exporting Countries met, said Ann Example."
    assert tag_dispatch("Headline", [text], "en").organizations == ["OPEC"]


def test_a_listed_company_named_by_its_first_word_alone_is_that_company():
    text = "NEW YORK, May 3 (Reuters) - Analysts at Goldman said on Tuesday the bank's shares would rise."
    assert tag_dispatch("Headline", [text], "en").organizations == ["Goldman Sachs"]
    from wire.tagging.firms import _listed_by_first_word

    firms = _listed_by_first_word()
    assert "Toyota" not in firms  # opens Toyota Tsusho's name and Toyota Group's: no one firm's
    assert "General" not in firms and "S&P" not in firms


def test_standard_and_poor_s_keeps_its_s_and_its_index_is_no_body():
    text = "NEW YORK, May 3 (Reuters) - Standard & Poor's cut the bank's rating on Tuesday, said Ann Example."
    assert tag_dispatch("Headline", [text], "en").organizations == ["Standard & Poor's"]
    text = "NEW YORK, May 3 (Reuters) - The Standard & Poor's 500 index rose 1 percent, said Ann Example."
    assert "Standard & Poor's" not in tag_dispatch("Headline", [text], "en").organizations


@pytest.mark.parametrize(
    "text, person, wrong",
    [
        ("Das Mittel soll jede Art von Krebs heilen, sagte Ina Wollmann.", "Ina Wollmann", "Art von Krebs"),
        (
            "Per Livestream können die Fans das Training verfolgen, sagte Ina Wollmann.",
            "Ina Wollmann",
            "Per Livestream",
        ),
        ("Solange Nutzer online sind, läuft Werbung, sagte Ina Wollmann.", "Ina Wollmann", "Solange Nutzer"),
        ("Die 600 Tage Haft haben ihm zugesetzt, sagte Ina Wollmann.", "Ina Wollmann", "Tage Haft"),
    ],
)
def test_a_german_word_that_is_a_given_name_elsewhere_opens_no_name(text, person, wrong):
    people = tagged(text, "de").people
    assert person in people and wrong not in people


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Wien – Das kündigte Vizekanzler Reinhold Amesberger Montagmittag nach der Sitzung an.",
            "Reinhold Amesberger",
        ),
        ("Wien – Die Pläne lösen bei Stadträtin Sonja Wehrberger Empörung aus, hieß es.", "Sonja Wehrberger"),
        ("Wien – Das sei zu früh, sagt Gabor Wichtl von Birdlife. Die Jäger widersprechen.", "Gabor Wichtl"),
        ("Wien – Das sagte Geschäftsführer Schmidtbauer nach dem Spiel.", "Schmidtbauer"),
        ("Wien – Die Biografie nennt Badawis Ehefrau Maria Haidari als Quelle.", "Maria Haidari"),
        ("Wien – Das Orchester spielt Werke von Johann Strauß Sohn und Ravel.", "Johann Strauß"),
    ],
)
def test_a_german_person_is_the_name_without_the_noun_kin_or_employer_beside_it(text, person):
    assert tagged(text, "de").people == [person]


def test_a_given_name_alone_after_a_german_kin_word_names_no_one():
    text = "Wien – Sohn Stephan starb im Juli, und seine Tochter Roberta lebt in Graz, sagte Ina Wollmann."
    assert tagged(text, "de").people == ["Ina Wollmann"]


def test_a_german_noun_after_a_role_is_no_surname():
    text = "Wien – Die Stelle einer Geschäftsführerin Kooperationen ist ausgeschrieben, sagte Ina Wollmann."
    assert tagged(text, "de").people == ["Ina Wollmann"]


def test_the_sides_of_a_results_list_are_clubs_not_players():
    text = (
        "Wien – Dennis Schröder gewann mit Atlanta. NBA-Ergebnisse vom Montag: Atlanta Hawks – Oklahoma City "
        "Thunder 106:100, Chicago Bulls – San Antonio Spurs 92:89, Detroit Pistons – Houston Rockets 116:105, "
        "Miami Heat – Boston Celtics 95:105. NHL-Ergebnisse: Buffalo Sabres – Boston Bruins 2:3 n.P. Florida "
        "Panthers – Detroit Red Wings 6:3"
    )
    tagging = tagged(text, "de")
    assert tagging.people == ["Dennis Schröder"]
    assert "Tottenham Hotspur FC" not in tagging.organizations  # "Spurs" of San Antonio's


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Santander, 23 may (EFE). - Los presos de la prisión de Jiam, el mayor centro del sur, salieron hoy.", "Jiam"),
        ("Madrid, 23 may (EFE). - Igualmente, la presidenta de la fundación pidió más ayudas.", "Igualmente"),
        (
            "Oviedo, 23 may (EFE). - Los Reyes inauguraron ayer el Complejo Científico Tecnológico de la ciudad.",
            "Tecnológico",
        ),
        ("Oviedo, 23 may (EFE). - El vicealcalde de San Martín del Rey Aurelio informó hoy del plan.", "Aurelio"),
        ("Beirut, 23 may (EFE). - El convoy se dirigía a la ciudad de Bent Jebel cuando fue atacado.", "Bent Jebel"),
        ("San Juan, 23 may (EFE). - El comandante de la base Roosevelt Roads en Ceiba habló hoy.", "Roosevelt Roads"),
    ],
)
def test_a_spanish_word_role_or_place_is_no_person(text, wrong):
    assert wrong not in tagged(text, "es").people


def test_a_spanish_surname_that_is_a_role_word_stays_in_the_name():
    text = "Madrid, 23 may (EFE). - El ministro del Interior, Jaime Mayor Oreja, dijo hoy que no habrá tregua."
    assert tagged(text, "es").people == ["Jaime Mayor Oreja"]


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("Wien – Rüffel gab es für Klubobmann Reinhold Lopatka, der zu früh sprach.", "Reinhold Lopatka", None),
        ("Oberstdorf – Der Deutsche Eric Frenzel hat am Sonntag gewonnen.", "Eric Frenzel", None),
        ("Wien – Das berichtete die BBC Mittwochfrüh unter Berufung auf Diplomaten.", None, "BBC"),
    ],
)
def test_a_german_noun_or_a_day_s_part_the_model_reads_with_a_name_is_no_part_of_it(text, person, body):
    tagging = tagged(text, "de")
    assert all(" " not in name or name in (person, body) for name in tagging.organizations)
    if person:
        assert person in tagging.people
    if body:
        assert body in tagging.organizations


def test_a_german_body_named_after_a_person_stays_a_body():
    text = "Berlin – Die Daten stammen von Global Forest Watch (GFW), sagte Ina Wollmann."
    assert "Forest Watch" not in " ".join(tagged(text, "de").people)


def test_an_article_in_a_spanish_heading_in_capitals_is_not_the_un():
    text = "SEVILLA CONCENTRA SUS SEDES EN UN RADIO DE 4 KM Sevilla (EFE). - La candidatura presentó hoy su plan."
    assert "United Nations" not in tagged(text, "es").organizations
    assert "United Nations" in tagged("UN TALKS COLLAPSE IN GENEVA Diplomats left on Monday.", "en").organizations


def test_a_town_named_in_the_text_is_the_one_whose_own_name_it_is():
    text = (
        "NEW YORK, May 3 (Reuters) - Delegates flew from Cancun to Islamabad, and the fund, based in Westport,"
        " Connecticut, sent its analyst to New Delhi."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert "CN" not in tags.places and "BD" not in tags.places  # Changchun, Chattogram
    assert {"Cancún", "Islamabad", "Westport", "New Delhi"} <= set(tags.cities)
    assert "Kansas City" not in tags.cities and "Delhi" not in tags.cities
    assert tagged("Un congreso en Florencia reunió a los editores.", "es").places == ["IT"]


def test_a_town_before_a_canadian_province_is_the_province_s_town():
    text = "NEW YORK, May 3 (Reuters) - Halvern Freight, based in Victoria, British Columbia, cut its forecast."
    tags = tag_dispatch("Headline", [text], "en")
    assert "CA" in tags.places and "Victoria" in tags.cities
    assert not {"HK", "AU"} & set(tags.places)  # not Hong Kong's Victoria, nor Australia's state
    # Puerto Rico is a country of its own, as well as a region of the United States
    island = tag_dispatch("Headline", ["MIAMI, May 3 (Reuters) - Flights to San Juan, Puerto Rico, resume."], "en")
    assert "PR" in island.places and "San Juan" in island.cities
    street = tag_dispatch("Headline", ["LONDON, May 3 (Reuters) - It sold 60 Victoria Embankment in May."], "en")
    assert street.people == [] and "AU" not in street.places


def test_a_town_that_opens_a_newspaper_s_an_exchange_s_or_an_index_s_name_is_no_place():
    text = (
        "NEW YORK, May 3 (Reuters) - The Harlow Courier cited the Pittsburgh Chronicle. Speculators on the Boston"
        " Mercantile Exchange cut their positions, and Halvern holds 5 percent of Samba Financial Group. The"
        " three-month London Interbank Offered Rate rose, and the Philadelphia KBW Bank Index fell."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert tags.cities == ["New York City"]
    assert {"Pittsburgh Chronicle", "Boston Mercantile Exchange", "Samba Financial Group"} <= set(tags.organizations)
    assert not any(name.endswith(("Index", "Rate")) for name in tags.organizations)
    assert "AO" not in tags.places and "GB" not in tags.places  # Samba of Angola; London


def test_the_state_of_a_great_town_s_name_is_the_state_where_its_offices_follow():
    text = (
        "BOSTON, May 3 (Reuters) - New York Attorney General Dana Quarles sued the lender, which Quarles, now New"
        " York's governor, had fined. Officials in Washington state and Ana Halvern, a New York Democrat, said"
        " the same."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert tags.cities == ["Boston"] and tags.places == ["US"]
    assert sorted(tags.people) == ["Ana Halvern", "Dana Quarles"]


def test_a_listed_firm_written_in_one_word_is_the_firm_written_apart():
    text = "HOUSTON, May 3 (Reuters) - Exxon Mobil Corp said on Monday its output fell. Exxon Mobil said so again."
    tags = tag_dispatch("Headline", [text], "en")
    assert tags.organizations == ["ExxonMobil"] and tags.people == []


def test_a_role_s_first_word_and_a_firm_s_town_are_no_part_of_its_name():
    text = (
        "HOUSTON, May 3 (Reuters) - Halvern Freight Vice Chairman Dana Quarles said Kestrel Well Control Inc of"
        " Houston was hired."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert not any(name.endswith(("Vice", "Houston")) for name in tags.organizations)
    assert tags.people == ["Dana Quarles"]


def test_a_national_body_after_a_place_s_name_is_that_place_s():
    text = (
        "SEOUL, May 3 (Reuters) - The deputy head of the Abu Dhabi National Oil Co. met bankers, and a source said"
        " Libya's National Oil Corp would bid."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert "National Oil Corporation" in organizations  # Libya's, of the tables
    assert any(name.startswith("Abu Dhabi National Oil") for name in organizations)


def test_a_given_name_that_names_a_people_too_opens_a_person_s_name():
    text = "BRUSSELS, May 3 (Reuters) - Commissioner Karel De Halvern said talks would go on. De Halvern left."
    assert tag_dispatch("Headline", [text], "en").people == ["Karel De Halvern"]


def test_a_town_is_no_namesake_abroad_where_its_state_or_its_size_say_otherwise():
    maine = tag_dispatch("Headline", ["WASHINGTON, May 3 (Reuters) - Dana Quarles of Bremen, Maine, wrote."], "en")
    assert "DE" not in maine.places and "Bremen" not in maine.cities  # too small for GeoNames, not Germany's
    homes = tag_dispatch("Headline", ["DENVER, May 3 (Reuters) - He had homes in London, New York and Florida."], "en")
    assert "London" in homes.cities  # "New York" after a comma: the great town, no state London is a town of
    counties = "DENVER, May 3 (Reuters) - Sales fell in Riverside, San Bernardino, and Ventura counties, it said."
    assert tag_dispatch("Headline", [counties], "en").cities == ["Denver"]
    # a story that names the United States: Perth of Australia, not Perth Amboy, whose name opens on it
    credit = "DENVER, May 3 (Reuters) - U.S. output rose. (Reporting by Dana Quarles in Perth; Editing by Al Halvern)"
    tags = tag_dispatch("Headline", [credit], "en")
    assert "Perth" in tags.cities and "Perth Amboy" not in tags.cities


def test_initials_written_together_open_the_name_and_a_country_s_are_no_one_s():
    text = (
        "SEOUL, May 3 (Reuters) - Shares rose, said Y.K. Halvern, an analyst at Kestrel Securities, and Chief"
        " Executive A.G. Quarles said sales grew."
    )
    assert sorted(tag_dispatch("Headline", [text], "en").people) == ["A.G. Quarles", "Y.K. Halvern"]
    firm = (
        "NEW YORK, May 3 (Reuters) - U.S. Halvern shares rose 3 percent, said analyst Dana Quarles. Profit beat"
        " the average forecast, according to Thomson Reuters I/B/E/S. Kestrel said its sales rose."
    )
    assert tag_dispatch("Headline", [firm], "en").people == ["Dana Quarles"]


def test_estimates_common_abbreviations_and_a_party_s_members_are_no_bodies():
    text = (
        "NEW YORK, May 3 (Reuters) - Profit beat the forecast of 19 cents, according to Reuters Estimates. By 0250"
        " GMT, Halvern shares lost 1.4 percent, and Kestrel will book it onto its P&L. Sen. Dana Quarles, the other"
        " Kansas Republican, criticized the deal."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert not {"Reuters Estimates", "GMT", "P&L", "Kansas Republican"} & set(organizations)


def test_a_party_s_acronym_that_opens_a_firm_s_name_in_the_story_is_the_firm():
    text = (
        "HONG KONG, May 3 (Reuters) - BNP's Asia revamp is the first sign of growth this year, said BNP Paribas,"
        " which will hire 1,300 bankers in Britain and Asia."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert organizations == ["BNP Paribas"]


def test_a_minister_after_a_ministry_s_words_is_no_firm_s_founder_nor_a_designator_a_body():
    text = (
        "ASTANA, May 3 (Reuters) - China wants the stake, Kazakh Oil & Gas Minister Dana Quarles said. The"
        " Paris-based Organization for Economic Cooperation and Development agreed."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert tags.people == ["Dana Quarles"]
    assert "Organization" not in tags.organizations and not any("Minister" in name for name in tags.organizations)


def test_a_town_s_whole_name_opens_its_paper_and_two_portfolios_make_one_department():
    text = (
        "WASHINGTON, May 3 (Reuters) - The New York Post said so, according to the Department of Housing and Urban"
        " Development."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert sorted(organizations) == ["Department of Housing and Urban Development", "New York Post"]
    two = tag_dispatch(
        "Headline",
        ["WASHINGTON, May 3 (Reuters) - The Department of Justice and Internal Revenue Service said so."],
        "en",
    )
    assert "Internal Revenue Service" in two.organizations  # two bodies, not two portfolios of one


def test_a_law_named_after_two_people_is_no_body_in_any_mention():
    text = (
        "WASHINGTON, May 3 (Reuters) - Banks must comply with the Dodd-Frank financial reform law, passed in"
        " 2010. Dodd-Frank requires more capital, Colgate-Palmolive said."
    )
    assert tag_dispatch("Headline", [text], "en").organizations == ["Colgate-Palmolive"]


def test_a_body_s_name_the_model_reads_on_past_its_legal_form_ends_there():
    text = (
        "NEW YORK, May 3 (Reuters) - Analyst Dana Quarles widened her loss estimate for Halvern Brothers Holdings"
        " Inc. Quarles and Kestrel Securities analyst Tom Brenner also cut their forecasts. The other lenders are"
        " Ostrava Bancorp Inc, Tarnby Financial Group LLC, Vellmar Motors Corp and Kestrel Trust. The all-electric"
        " Vellmar Motor Co Zephyr sold well, said Pickering, Holt & Co Securities."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert not [name for name in organizations if "Quarles" in name or "Zephyr" in name]
    assert {"Ostrava Bancorp", "Tarnby Financial", "Holt & Co Securities"} <= set(organizations)


def test_acronyms_in_the_plural_sites_and_vehicle_models_are_no_bodies():
    text = (
        "LONDON, May 3 (Reuters) - Banks that backed structured investment vehicles (SIVs) and sold ISPs their"
        " debt lost money, Halvern Mining said. It will develop the Karsk Dome copper mine, beside the Tarnby"
        " Ridge nuclear plants. Vellmar builds the Ostra and Vellmar Zephyr sedans and the Vellmar Ridgeback SUVs."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert not {"SIVs", "ISPs", "Karsk Dome", "Tarnby Ridge", "Vellmar Zephyr", "Vellmar Ridgeback SUVs"} & set(
        organizations
    )


def test_firms_named_like_people_by_their_trade_unit_founder_or_style_are_no_one():
    text = (
        "WASHINGTON, May 3 (Reuters) - Kestrel Capital Markets unit Ostrava Marsh said it would buy. Halvern runs"
        ' Peoples Jewellers and Dana Jewellers. "It is draining," said Mindy Brenner, whose firm, Brenner'
        " Consultants, advises brokers. Tom Grant of Grant Halvorsen, who represents objectors, said so."
        " Welcome to foreclosure Beverly Hills-style, said New York Democratic Sens. Dana Tarnby and Ann Holt."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert sorted(tags.people) == ["Ann Holt", "Dana Tarnby", "Mindy Brenner", "Tom Grant"]
    assert {"Ostrava Marsh", "Grant Halvorsen"} <= set(tags.organizations)
    assert "New York City" not in tags.cities


def test_a_trade_round_a_state_a_firm_and_a_price_named_after_towns_are_no_towns():
    rounds = tag_dispatch(
        "Headline",
        [
            "GENEVA, May 3 (Reuters) - Ministers failed to agree on a rapid end to the Doha round of world trade talks,"
            " and Kestrel will build a plant in the central state of Aguascalientes."
        ],
        "en",
        "CH",
    )
    assert rounds.cities == ["Geneva"] and "QA" not in rounds.places and "MX" in rounds.places
    firm = tag_dispatch(
        "Bristol to pay $99 mln in pact",
        [
            "NEW YORK, May 3 (Reuters) - Drug maker Bristol-Halvern Co. ( BHV.N ) said it would pay $99 million."
            " Bristol shares rose 15 cents. London ICE Brent for March was up 6 cents at $72.19."
        ],
        "en",
        "US",
    )
    assert "Bristol" not in firm.cities and "Brent" not in firm.cities and "GB" in firm.places  # London stays


def test_two_bodies_the_model_reads_as_one_are_two_and_a_possessive_is_no_part_of_a_name():
    text = (
        "NEW YORK, May 3 (Reuters) - The bank will sell Halvern Group Ltd and Kestrel Insurance Co, the"
        " Treasury said. General Motors and Chrysler asked for aid, as did the Securities Industry and Financial"
        " Markets Association. Canberra's National Press Club heard of rival Airbus's A320neo, Credit"
        " Suisse's Kyprios said."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert {"Halvern Group", "General Motors", "Chrysler", "Airbus", "Credit Suisse"} <= set(organizations)
    assert "National Press Club" in organizations and not [name for name in organizations if "A320" in name]
    assert not [name for name in organizations if " and " in name and "Association" not in name]
    assert not [name for name in organizations if "'s" in name]


def test_a_town_before_a_state_in_capitals_is_that_state_s():
    text = (
        "NEW YORK, May 3 (Reuters) - KEY POINTS: Producer prices rose. DANA QUARLES, CHIEF ECONOMIST, KESTREL"
        ' CAPITAL, ST PETERSBURG, FLORIDA: "The data are no surprise."'
    )
    tags = tag_dispatch("Headline", [text], "en", "US")
    assert "RU" not in tags.places and "St. Petersburg" in tags.cities


def test_a_firm_written_with_its_legal_form_is_the_firm_its_short_name_names():
    text = (
        "NEW YORK, May 3 (Reuters) - Alcoa Inc ( AA.N ) posted a loss on Tuesday, and shares of Mosaic Co fell."
        " Alcoa said aluminum prices would recover; Mosaic said potash demand was steady."
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert sorted(organizations) == ["Alcoa", "Mosaic"]


def test_a_people_english_names_irregularly_is_no_body():
    text = (
        "NICOSIA, March 18 (Reuters) - Amid the backlash, Cypriot authorities were considering changes to the"
        " levy, and Cypriot banks stayed shut. Many Cypriots queued at cash machines, and Saudis and Emiratis"
        " withdrew deposits, the central bank said."
    )
    organizations = tag_dispatch("Headline", [text], "en", "CY").organizations
    assert not {"Cypriot", "Cypriots", "Saudis", "Emiratis"} & set(organizations)


def test_a_name_the_model_reads_as_a_body_is_a_person_s_where_their_role_follows_it():
    text = (
        "WASHINGTON, Sept 14 (Reuters) - The Fed was accused of trying to juice the economy ahead of the"
        " election, while Lanvee Tchen, policy director for the campaign, argued the decision pointed to"
        " failure. Virgin Australia, a partner of Etihad, and Anadarko Petroleum, a minority partner in the"
        " well, declined to comment."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert tags.people == ["Lanvee Tchen"]
    assert "Lanvee Tchen" not in tags.organizations and "Virgin Australia" in tags.organizations


def test_a_regional_fed_a_treaty_a_court_district_and_capitol_hill_are_no_towns():
    text = (
        "WASHINGTON, May 3 (Reuters) - The Philly Fed survey weakened, lawmakers on Capitol Hill said, and"
        " prosecutors for the Southern District of New York charged a trader. The Treaty of Lisbon and the"
        ' Oslo Accords were cited. "While the current price level for Brent is overstretched, driven by'
        ' a fresh wave of investment into the oil market, demand holds," said Ana Kestrel.'
    )
    tags = tag_dispatch("Headline", [text], "en", "US")
    assert not {"Philadelphia", "Capitol Hill", "New York City", "Lisbon", "Oslo", "Brent"} & set(tags.cities)
    assert tags.cities == ["Washington"] and tags.places == ["US"]


def test_a_rate_an_index_and_a_fed_in_capitals_named_after_a_town_are_no_towns():
    text = (
        "NEW YORK, May 3 (Reuters) - Traders tried to move the Tokyo interbank offered rate, and a Chicago"
        ' purchasing managers report beat forecasts. "The Chicago PMI is strong," said Ana Kestrel.'
        ' DALLAS FED PRESIDENT RICHARD FISHER, NOV 14: "We wait."'
    )
    tags = tag_dispatch("Headline", [text], "en", "US")
    assert tags.cities == ["New York City"] and tags.places == ["US"]
    text = "TOKYO, May 3 (Reuters) - The Tokyo interbank offered rate rose as banks in Tokyo hoarded cash."
    assert tag_dispatch("Headline", [text], "en").cities == ["Tokyo"]
    # the town a story was filed from stays its town
    text = "The London interbank offered rate rose."
    assert [m.key for m in find_entities(text, "en", ("GB", "US")).of("city")] == []
    assert [m.key for m in find_entities(text, "en", ("GB", "US"), "LONDON").of("city")] == ["London"]


def test_a_party_adjective_a_country_beat_a_summit_a_heading_and_a_spelt_out_term_are_no_bodies():
    text = (
        "WASHINGTON, May 3 (Reuters) - Senate Democratic leader Hal Ordway said the Senate would vote,"
        " according to a House Republican aide. Strategists said at the Reuters Investment Outlook Summit"
        " that the GMV (gross merchandise volume) fell. BACKGROUND: -- Fees rose. PETER DIXON, ECONOMIST,"
        ' COMMERZBANK: "The vote was close."'
    )
    organizations = tag_dispatch("Headline", [text], "en").organizations
    assert {"US Senate", "US House of Representatives", "Commerzbank"} <= set(organizations)
    assert not [name for name in organizations if re.search(r"Democratic|Republican|Outlook|GMV|BACK", name)]
    text = "SAO PAULO, May 3 (Reuters) - Moody's Brazil analyst Mauro Lesk said growth slowed."
    assert not [name for name in tag_dispatch("Headline", [text], "en").organizations if "Brazil" in name]


def test_a_firm_after_what_it_is_or_after_its_person_and_at_is_no_person():
    text = (
        'LONDON, May 3 (Reuters) - "They priced it well," Jon Marlow at Keswick Tanner said. Tom Vell, head'
        " of digital at independent music company Pellow Banquet, agreed; the bank hired four senior"
        " executives from Merrill Lynch to run it. Growth will slow, the World Bank said in its twice-yearly"
        " Global Economic Prospects report. Finance company Halvern's Residential Capital unit may default."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert tags.people == ["Jon Marlow", "Tom Vell"]
    assert {"Keswick Tanner", "Pellow Banquet", "Merrill Lynch"} <= set(tags.organizations)
    assert not [name for name in tags.organizations if "'s" in name]


def test_an_operating_system_is_a_product_no_firm():
    text = (
        "SAN FRANCISCO, May 3 (Reuters) - The first phone to use Google Inc's Android mobile operating"
        " software will cost $199, and searches on Android phones grew."
    )
    assert tag_dispatch("Headline", [text], "en").organizations == ["Google"]


def test_surveys_treaties_codes_sums_and_a_family_are_no_bodies():
    text = (
        "NEW YORK, May 3 (Reuters) - Rates rose, Freddie Mac's Primary Mortgage Market Survey showed, as the"
        " Labor Turnover Survey and the U.S. Geological Survey reported. Under the Kyoto Protocol, firms pay"
        " more. Reporters are bound by the Reuters Code of Conduct. Banks did business with the Uzans, the"
        " family of Cem Uzan, a tycoon. ($1=0.883 Swiss Francs)"
    )
    organizations = set(tag_dispatch("Headline", [text], "en").organizations)
    assert "U.S. Geological Survey" in organizations or "United States Geological Survey" in organizations
    assert not [name for name in organizations if re.search(r"Protocol|Code of|Francs|Uzans", name)]
    assert not [name for name in organizations if name.endswith("Survey") and "Geological" not in name]


def test_a_committee_is_named_with_what_it_is_on_and_a_federation_with_both_its_trades():
    text = (
        "WASHINGTON, May 3 (Reuters) - The House Select Committee on Energy Independence and Global Warming"
        " held a hearing. The European Commission on Monday approved the deal. Testifying before the Senate"
        " Permanent Subcommittee on Investigations, Halvern denied it. The American Federation of Television"
        " and Radio Artists said talks went on."
    )
    organizations = set(tag_dispatch("Headline", [text], "en").organizations)
    assert {
        "House Select Committee on Energy Independence and Global Warming",
        "European Commission",
        "Senate Permanent Subcommittee on Investigations",
        "American Federation of Television and Radio Artists",
    } <= organizations
    assert not [name for name in organizations if "Monday" in name or name.endswith((", Halvern", "Committee"))]
    assert "Energy Independence" not in organizations and "Radio Artists" not in organizations


def test_a_firm_s_acronym_opens_its_name_an_index_is_its_maker_s_and_initials_name_the_firm():
    text = (
        'TOKYO, May 3 (Reuters) - "Growth will slow," said SMBC Friend Securities\' Noguchi. The HSBC China'
        ' Services PMI rose, and homebuilders such as D.R. Horton gained. "No matter which retailer I speak'
        ' to, sales are up," the chief executive said.'
    )
    tags = tag_dispatch("Headline", [text], "en", "JP")
    assert {"SMBC Friend Securities", "HSBC", "D. R. Horton"} <= set(tags.organizations)
    assert not {"SMBC", "I", "HSBC China Services"} & set(tags.organizations)
    assert "D.R. Horton" not in tags.people


def test_a_party_named_so_and_after_its_country_is_that_country_s():
    japan = tag_dispatch(
        "Headline",
        [
            "TOKYO, May 3 (Reuters) - Many lawmakers in the ruling Democratic Party fear fallout from the trade"
            " pact, which the United States backs."
        ],
        "en",
        "JP",
    )
    assert "Democratic Party of Japan" in japan.organizations
    assert "Democratic Party (United States)" not in japan.organizations
    portugal = tag_dispatch(
        "Headline",
        [
            "ATHENS, May 3 (Reuters) - Germany urged restraint. Portugal's main opposition leader said his"
            " Social Democratic Party (PSD) backed the plan."
        ],
        "en",
        "GR",
    )
    assert "Social Democratic Party (Portugal)" in portugal.organizations
    assert "Social Democratic Party of Germany" not in portugal.organizations


def test_a_show_a_country_after_a_firm_and_a_person_before_a_body_are_no_part_of_its_name():
    text = (
        'PARIS, June 18 (Reuters) - Halvern sold 90 jets at the Paris Air Show. "Sales are up," said Walmart'
        ' U.S. Chief Operating Officer Bill Simon. For U.S. poll, click here. "It is hard to say," wrote'
        " Alastair Thornton of IHS Global Insight. Data came from the International Council of Shopping"
        " Centers and Goldman Sachs. The Defense Department and the Air Force declined to comment. The Royal"
        " Bank of Scotland said it would sell assets. The Royal Academy of Engineering and the Met Office agreed."
    )
    organizations = set(tag_dispatch("Headline", [text], "en", "FR").organizations)
    assert {
        "Walmart",
        "IHS Global Insight",
        "International Council of Shopping Centers",
        "Goldman Sachs",
        "Defense Department",
        "Royal Bank of Scotland",
        "Royal Academy of Engineering",
    } <= organizations
    assert not [name for name in organizations if re.search(r"Paris Air|U\.S$|Thornton| and |Ottawa", name)]


def test_a_portfolio_before_its_holder_a_measure_and_a_region_are_no_bodies_and_two_papers_are_two():
    text = (
        "WASHINGTON, May 3 (Reuters) - U.S. Energy Secretary Sam Bodman and U.S. Trade Representative Ron"
        " Kirk met. U.S. GDP fell, and factory activity in the U.S. Mid-Atlantic region shrank. United Auto"
        " Workers President Ron Gettlefinger spoke. The Chicago Tribune and Los Angeles Times were sold."
    )
    organizations = set(tag_dispatch("Headline", [text], "en", "US").organizations)
    assert {"United Auto Workers", "Chicago Tribune", "Los Angeles Times"} <= organizations
    assert not {"U.S. Energy", "U.S. Trade", "U.S. GDP", "U.S. Mid-Atlantic", "United Auto"} & organizations
    assert not [name for name in organizations if " and " in name]


def test_a_town_with_its_state_before_a_full_stop_and_a_firm_named_like_a_town_are_read_as_they_are():
    text = (
        "(Reuters) - The lender is based in Birmingham, Alabama. Its rival moved to Augusta, Georgia. Shoppers"
        " cut back, said Ann Lowe, who follows the top seat at Carrefour, the world's second-largest stores group."
        " Australian oil producer Santos Ltd. ( STO.AX ) will sell assets in Santos' U.S. business areas. Analysts"
        " cited New York & Co Inc ( NWY.N ). The chief spoke at the Consumer Analyst Group of New York conference"
        " in Boca Raton, Florida."
    )
    tags = tag_dispatch("Headline", [text], "en")
    assert {"Birmingham", "Augusta"} <= set(tags.cities)
    assert not {"Augsburg", "Carrefour", "Santos", "New York City"} & set(tags.cities)
    assert not {"GB", "DE", "HT", "BR"} & set(tags.places)
    assert {"Carrefour", "Santos"} <= set(tags.organizations)
    assert [name for name in tags.organizations if name.startswith("New York & Co")]


def test_a_body_is_named_with_its_head_and_remit_and_a_department_abbreviated_is_no_one():
    text = (
        "NEW YORK, May 3 (Reuters) - It will be worse, said Rita Calado, a fellow at the MIT Center for"
        " International Studies. The Treasury-led President's Working Group on Financial Markets met. The bank"
        " lost money in its Chief Investment Office. A project by UK-based London Mining Plc won a licence."
        " He spoke to the House of Representatives Committee on Financial Services."
        " Vatican aides say the pope wants the Holy See to cooperate with investigators."
    )
    tags = tag_dispatch("Justice Dept. probing past options at builder", [text], "en", "US")
    organizations = set(tags.organizations)
    assert {
        "MIT Center for International Studies",
        "President's Working Group on Financial Markets",
        "Chief Investment Office",
        "London Mining",
        "United States Department of Justice",
    } <= organizations
    assert (
        not {
            "International Studies",
            "Financial Markets",
            "Investment Office",
            "UK-based London Mining",
            "Representatives Committee on Financial Services",
        }
        & organizations
    )
    assert not {"Justice Dept", "Holy See"} & set(tags.people)
    appointed = tag_dispatch("Headline", ["ROME, May 3 (Reuters) - The president appointed Jane Doe."], "en", "IT")
    assert "Jane Doe" in appointed.people


def test_an_index_a_product_peoples_joined_and_a_common_abbreviation_are_no_bodies():
    text = (
        "NEW YORK, May 3 (Reuters) - World stocks as measured by MSCI .MIWD00000PUS fell. For the week the Dow"
        " fell 0.98 percent and the Nasdaq 0.79 percent. The maker of the Accord and Civic models reported a"
        " loss. Demand for its Sansa music players rose. The Belgian-Dutch bank sold assets, as did the"
        " Anglo-Swiss miner. Punters may bet once the VIP room opens."
    )
    organizations = set(tag_dispatch("Headline", [text], "en", "US").organizations)
    assert not {"MSCI", "Nasdaq", "Civic", "Sansa", "Belgian-Dutch", "Anglo-Swiss", "VIP"} & organizations


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The Holy See said on Monday it would send an envoy to Quenlar."),
        ("fr", "Le Saint-Siège a annoncé lundi l'envoi d'un émissaire à Quenlar."),
        ("es", "La Santa Sede anunció el lunes que enviará un emisario a Quenlar."),
        ("de", "Der Heilige Stuhl kündigte am Montag einen Gesandten für Quenlar an."),
    ],
)
def test_the_holy_see_is_one_body_in_four_languages(lang, text):
    tagging = tag_dispatch(text, [""], lang)

    assert "Holy See" in tagging.organizations
    assert tagging.people == []


def test_a_former_or_sister_name_the_tables_give_a_firm_is_the_name_copy_wrote():
    tagging = tag_dispatch(
        "Chrysler LLC and Quenlar Motors said sales rose. Statoil said it pumped more oil, and Eastman Kodak Company cut jobs.",
        [""],
        "en",
    )

    assert {"Chrysler", "Statoil", "Eastman Kodak"} <= set(tagging.organizations)
    assert not {"Stellantis North America", "Equinor", "Carestream"} & set(tagging.organizations)


@pytest.mark.parametrize(
    "form, name, own",
    [
        ("Chrysler", "Stellantis North America", True),  # a former name
        ("Citi", "Citigroup", False),  # a short form
        ("Freeport", "Freeport-McMoRan", False),
        ("Consumer Value Stores", "CVS Health", False),  # what the acronym stands for
        ("INEC Nigeria", "Independent National Electoral Commission", False),  # the acronym
        ("Banco de México", "Bank of Mexico", False),  # the name in another language
        ("Santelys", "Santélys", False),  # without its accent
    ],
)
def test_a_form_is_a_name_of_its_own_only_where_it_shares_nothing_with_the_canonical_name(form, name, own):
    from wire.tagging.vocabulary import another_name

    assert another_name(form, name) is own


@pytest.mark.parametrize(
    "text, absent",
    [
        # a newsroom's desk in a credit line
        ("Sales rose. (Additional reporting by Jane Roe, the Quenlar Energy Desk and Tom Poe)", "Quenlar Energy Desk"),
        # a make, not the firm
        ("Sales of Mercedes-Benz brand luxury cars rose 27 percent, the carmaker said.", "Mercedes-Benz"),
        # an oil's price, an index, a broadcaster: no town
        ("Brent and U.S. crude set new record highs on Wednesday.", "Brent"),
        ("Bonds firmed after the Shanghai composite index .SSEC slid 4 percent. The Shanghai index fell.", "Shanghai"),
        ('"We will look at it," Kan said on Fuji TV. Asked about the tax, Kan said the panel would meet.', "Fuji"),
        # an index named for two publishers; a common noun opening a sentence; a territory's short name
        ("The Standard & Poor's/Case-Shiller composite index of 20 areas fell 1 percent.", "Standard & Poor's"),
        ("Exports helped those businesses. Prepared-foods lost $5 million, versus a profit.", "Prepared-foods"),
        ("Talks were hit by violence in Gaza and Israel. An offensive in the Gaza Strip killed 120 people.", "Gaza"),
        # a product before what it is
        ("Quenlar develops games for Apple Inc's iPhone and Google Inc's Android phones.", "Android"),
        # a model's name, a blend's name: no one
        ("The airline grounded its three Chinese-made Xian MA60s last year.", "Chinese-made Xian MA60s"),
        (
            "In 2008 it introduced Pike Place as an everyday brew. Chief Executive Ann Roe said Pike Place lifted sales.",
            "Pike Place",
        ),
    ],
)
def test_a_desk_a_make_a_price_an_index_or_a_model_is_no_tag(text, absent):
    tagging = tag_dispatch(text, [""], "en")

    assert not [tag for tag in tagging.people + tagging.organizations + tagging.cities if absent.startswith(tag)]


def test_a_place_s_last_word_after_a_given_name_is_a_surname():
    tagging = tag_dispatch(
        "The stock may get hit, said Steve Place, a founder of an options analytics firm.", [""], "en"
    )

    assert tagging.people == ["Steve Place"]


def test_a_middle_initial_without_its_full_stop_is_part_of_the_name():
    tagging = tag_dispatch("The deficit grew under Republican President George W Bush, and Bush said so.", [""], "en")

    assert tagging.people == ["George W. Bush"]


def test_a_name_the_model_reads_as_a_body_is_a_person_whose_role_follows_and_so_is_the_surname():
    tagging = tag_dispatch(
        "A default is not near, according to Amer Tiwana, a senior analyst and managing director at Quenlar "
        "Capital Group LLC. Bankruptcy is not imminent, according to Tiwana, who follows the sector.",
        [""],
        "en",
    )

    assert tagging.people == ["Amer Tiwana"]
    assert "Tiwana" not in tagging.organizations and "Amer Tiwana" not in tagging.organizations


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Quenlar hid $12 million, according to court documents released by the U.S. Attorney for the Southern "
            "District of New York.  That amount included more than $12 million hidden in secret Swiss bank accounts.",
            "Southern District of New York",
        ),
        (
            "A forecast by University of South Florida College of Marine Science experts said the slick may reach "
            "the Keys.",
            "University of South Florida College of Marine Science",
        ),
        # partners named with a comma between them
        (
            '"They got off easy," said Kevin Caron, a market strategist at Stifel, Nicolaus & Co in Florham Park.',
            "Stifel Nicolaus",
        ),
        # a body and a firm read as one name
        (
            "He wrote in a research note. In morning trading on the New York Stock Exchange Alcoa stock was up 10 "
            "cents at $7.89.",
            "Alcoa",
        ),
    ],
)
def test_a_body_s_name_the_model_cuts_or_runs_on_is_read_whole(text, body):
    organizations = tag_dispatch(text, [""], "en").organizations

    assert body in organizations
    assert not [name for name in organizations if name != body and (name in body or body in name)]


def test_a_region_s_adjective_is_no_body():
    tagging = tag_dispatch("Per Larsson is back for a showdown with the Nordic exchange owner.", [""], "en")

    assert tagging.organizations == []


def test_a_roman_numeral_is_no_initial_and_a_town_s_tv_stations_are_no_broadcaster():
    assert tag_dispatch("The revisions cut the bank's Basel I Tier 1 ratio to 9.9 percent.", [""], "en").people == []
    tagging = tag_dispatch("Tribune owns WGN America, a national feed of its Chicago TV stations.", [""], "en")
    assert "Chicago TV" not in tagging.organizations and "Chicago" in tagging.cities


def test_a_firm_named_with_its_legal_form_is_no_school_the_tables_know_by_its_first_word():
    tagging = tag_dispatch(
        "Genzyme's remediation plan is being overseen by Quantic Group, a consultancy that will monitor the company.",
        [""],
        "en",
    )

    assert "Quantic Group" in tagging.organizations
    assert "Quantic School of Business and Technology" not in tagging.organizations


def test_a_name_after_a_wealthy_person_s_word_is_that_person_and_what_they_own_is_the_firm():
    tagging = tag_dispatch(
        "It rejected a rival bid from two billionaires -- philanthropist Eli Broad and supermarket magnate Ron "
        "Burkle -- that would have returned the paper to local hands.",
        [""],
        "en",
    )
    assert tagging.people == ["Eli Broad", "Ron Burkle"] and tagging.organizations == []

    tagging = tag_dispatch(
        "Mexico's IPC index .MXX gained 1.38 percent as shares of billionaire Carlos Slim's America Movil "
        "( AMXL.MX ), one of the world's biggest telecoms, jumped 1.95 percent.",
        [""],
        "en",
    )
    assert tagging.organizations == ["America Movil"]


@pytest.mark.parametrize(
    "text, person, firm",
    [
        # a role in apposition to the name before it, then the firm the role is held at
        (
            '"It may well pass," said Orla Fenwick, managing director, Redbush Morgan in San Francisco.',
            "Orla Fenwick",
            "Redbush Morgan",
        ),
        # a plural role, then a list: the firm's people, not the firm
        (
            "Regulators sued Fairfield Greystone Group, a feeder fund. He named five hedge fund industry officials, "
            "including three Fairfield Greystone executives.",
            None,
            "Fairfield Greystone",
        ),
    ],
)
def test_a_role_held_at_a_firm_is_no_title_of_the_firm_s_name(text, person, firm):
    tagging = tag_dispatch(text, [""], "en")

    assert firm not in tagging.people
    if person:
        assert person in tagging.people


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "The fund founded by former Quenlar banker J. Tobias Wrenfield is down 60 percent. Wrenfield declined "
            "to comment.",
            "J. Tobias Wrenfield",
        ),
        # the last letter of a code is no initial
        (
            "Sales beat estimates of $30.8 billion, according to Thomson Reuters I/B/E/S. Maren Holloway, who runs "
            "the unit, said demand held up.",
            "Maren Holloway",
        ),
    ],
)
def test_an_initial_before_a_given_name_and_a_surname_is_the_person_s(text, person):
    assert tag_dispatch(text, [""], "en").people == [person]


def test_a_surname_without_its_arabic_article_is_the_person_named_in_full():
    tagging = tag_dispatch(
        "Iraqi Prime Minister Nadim al-Qaraghuli asked the president to intervene.",
        ["We are going to respond to Prime Minister Qaraghuli, a spokesman said."],
        "en",
    )

    assert tagging.people == ["Nadim al-Qaraghuli"]


def test_an_adverb_opening_a_sentence_is_no_given_name():
    tagging = tag_dispatch(
        "The new bid values Quenlar's equity at 11 billion euros. Previously Brandauer was willing to give "
        "shareholders 69 euros a share. No law forbids Brandauer's cash swaps.",
        [""],
        "en",
    )

    assert not any(name.startswith("Previously") for name in tagging.people + tagging.organizations)


def test_kin_in_apposition_make_a_person_of_a_name_read_as_a_body():
    tagging = tag_dispatch(
        "The company, which has just picked Akihiro Toyoda, the grandson of the company's founder, as its new "
        "head, aims to cut costs.",
        [""],
        "en",
    )

    assert "Akihiro Toyoda" in tagging.people
    assert "Akihiro Toyoda" not in tagging.organizations


@pytest.mark.parametrize(
    "text, body",
    [
        # a role abbreviated and "of" open no body's name
        (
            '"They did not care about price," said Mei Lam, COO of Macau Jet, a new private jet unit of Quenlar Group.',
            "Macau Jet",
        ),
        # a designator's remit after "of", where the run of capitalised words stopped
        ("After he donated $1 million to the Quenlar School of Business, the two met.", "Quenlar School of Business"),
        (
            "A fund that includes the Labourers' Pension Fund of Central and Eastern Canada sued.",
            "Pension Fund of Central and Eastern Canada",
        ),
    ],
)
def test_a_body_is_named_without_a_role_before_it_and_with_its_remit(text, body):
    organizations = tag_dispatch(text, [""], "en").organizations

    assert body in organizations
    assert not any(name != body and (body in name or name in body) for name in organizations)


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Prices are set in Platts' market-on-close (MOC) system. The MOC window lasts half an hour.", "MOC"),
        ("The rules cover aid and checking aircraft * PSOs (Public Service Obligations) on routes.", "Public Service"),
        (
            "The plan, dubbed Outright Monetary Transactions (OMTs), is the bank's tool. It stands ready to act with "
            "OMT (bond-purchase plan).",
            ("OMT", "Outright"),
        ),
        ("The handset connects to a wireless LAN at home.", "LAN"),
        # towns with their state after them
        ("said Ken Ardley, chief executive of Woodside, California-based Ardley Investments.", "Woodside"),
        ("Agents shuttle between Los Angeles and Palo Alto, California, three times a week.", "Palo Alto"),
        # a world region CLDR does not list
        ("John Culver, president of Quenlar's China/Asia Pacific business, said sales grew.", "Asia Pacific"),
    ],
)
def test_things_towns_and_regions_are_no_bodies(text, thing):
    organizations = tag_dispatch(text, [""], "en").organizations

    for word in (thing,) if isinstance(thing, str) else thing:
        assert not any(word in name for name in organizations)


def test_us_states_listed_are_states_not_the_town_named_after_the_first():
    tagging = tag_dispatch(
        "The loans are in mortgage documents filed in Oklahoma, Texas and Louisiana reviewed by Reuters.",
        [""],
        "en",
    )

    assert tagging.cities == []
    assert tagging.places == ["US"]


def test_an_abbreviation_s_letter_is_no_initial_of_the_name_after_it():
    tagging = tag_dispatch(
        "Anklage ist erhoben gegen den Major a. D. Ernst Quenzler in Haus Tornow und den Oberleutnant a. D. "
        "Fritz Harlander in Küstrin.",
        [""],
        "de",
    )

    assert tagging.people == ["Ernst Quenzler", "Fritz Harlander"]


@pytest.mark.parametrize(
    "text, thing",
    [
        # events and venues, which the model reads as bodies
        ("Sie hatte sich eigentlich ganz gezielt auf die Olympischen Spiele vorbereiten wollen.", "Spiele"),
        (
            "Für Formel-1-Branchenführer Quenlar geht es beim Saisonfinale am Sonntag (14.00 Uhr/live ORF eins) in "
            "Abu Dhabi noch um den Titel.",
            "Saisonfinale",
        ),
        ("Vor 12.000 Zusehern in der Red-Bull-Arena gewann Salzburg verdient.", "Arena"),
        # a town's adjective and a noun
        ("Die Gewerkschaft ruft zu einer Demonstration direkt vor der Bonner Konzernzentrale auf.", "Bonner"),
        (
            "Nach den Bombenexplosionen in Brüssel und der Pariser Anschlagserie vom November fahnden die "
            "Sicherheitsbehörden weiter nach mehreren Verdächtigen.",
            "Pariser",
        ),
        # a group of a tournament
        ("In der Gruppe D werden die Türken bei der EM wenig Spaß haben.", "D"),
    ],
)
def test_german_events_venues_and_what_a_town_has_are_no_bodies(text, thing):
    organizations = tag_dispatch(text, [""], "de").organizations

    if len(thing) == 1:
        assert thing not in organizations  # a letter alone
    else:
        assert not any(thing in name for name in organizations)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Der Wiener Landtag beschloss am Donnerstag das Budget.", "Wiener Landtag"),
        ("Das sagte der Chefredakteur der Salzburger Nachrichten.", "Salzburger Nachrichten"),
    ],
)
def test_a_town_s_body_after_its_adjective_stays_a_body(text, body):
    assert body in tag_dispatch(text, [""], "de").organizations


@pytest.mark.parametrize(
    "text, town",
    [
        # a player's side in brackets, with his caps or the minute
        ("Tor: Heinz Quendler (Frankfurt, 7), Ramazan Özcan (Ingolstadt, 4).", "Frankfurt am Main"),
        ("Im Finish kassierte auch Kai Quendler noch einen Platzverweis (Hannover/86.).", "Hannover"),
        # a side's role joined to its name, and a side after "gegen"
        ("Der frühere Bremen- und Frankfurt-Coach Thomas Quaaf gilt als Wunschkandidat.", "Bremen"),
        ("Leipzig kam mit Coach Ralph Hasenhüttl nur zu einem 2:2 vor eigenem Publikum gegen Hannover.", "Hannover"),
    ],
)
def test_a_german_sports_story_s_side_is_no_town(text, town):
    lede = (
        "In der Fußball-Bundesliga verlor der Tabellenführer am Samstag in der 25. Runde mit 1:2, der Trainer war "
        "nach dem Spiel bedient."
    )

    assert town not in tag_dispatch(lede, [text], "de").cities


@pytest.mark.parametrize(
    "text, word",
    [
        ("Die Gäste sind in diesem Winter schon einige Male zu spät gekommen.", "Male"),
        ("Freiwillige verteilten Essen, Decken und Zahnbürsten an die Ankommenden.", "Essen"),
        ("Die Frau stochert in ihrem Essen, der Mann schweigt.", "Essen"),
        ("Nutzer können Fotos als Favoriten markieren, teilte der Hersteller mit.", "Favoriten"),
    ],
)
def test_a_german_word_that_is_a_town_s_name_is_no_town_without_a_place_s_signs(text, word):
    assert word not in tag_dispatch("Neues vom Alltag", [text], "de").cities


@pytest.mark.parametrize(
    "text, town",
    [
        ("In Essen wurde am Montag ein neues Museum eröffnet.", "Essen"),
        ("Essen – Bei einer Explosion in einem Gebetshaus sind drei Menschen verletzt worden.", "Essen"),
        ("Im Südosten der Großstadt Aleppo habe es am Freitag Kämpfe gegeben.", "Aleppo"),
        ("Sie fuhren mit dem Zug nach Linz und weiter nach Salzburg.", "Linz"),
    ],
)
def test_a_german_town_after_a_place_s_sign_stays_a_town(text, town):
    assert town in tag_dispatch("Neues vom Alltag", [text], "de").cities


@pytest.mark.parametrize(
    "text, person",
    [
        ("Die Politik läuft nach Angela Merkels einzigem Kompass – den Umfragewerten.", "Angela Merkel"),
        ("Der Film trat gegen Steven Spielbergs Thriller an, der außer Konkurrenz lief.", "Steven Spielberg"),
    ],
)
def test_a_german_genitive_is_no_part_of_a_person_s_name(text, person):
    people = tag_dispatch("Neues aus der Kultur", [text], "de").people

    assert person in people
    assert person + "s" not in people


@pytest.mark.parametrize(
    "text, person",
    [
        ("Regierungschef Alexis Tsipras sagte am Montag, er werde nicht zurücktreten.", "Alexis Tsipras"),
        ("Das ist ein von Apple-Gründer Steve Jobs verwendetes Zitat über Künstler.", "Steve Jobs"),
        ("Er hat zusammen mit Bradley Wiggins Platz vier im Madison belegt.", "Bradley Wiggins"),
    ],
)
def test_a_german_name_ending_on_s_keeps_it(text, person):
    assert person in tag_dispatch("Neues aus aller Welt", [text], "de").people


def test_a_federal_body_is_named_with_what_it_is_for():
    text = (
        "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnte vor der Lücke. Ein Sprecher des "
        "Bundesamts für Migration und Flüchtlinge sagte, das Bundesamt prüfe jeden Fall einzeln."
    )

    organizations = tag_dispatch("Neues aus Berlin", [text], "de").organizations

    assert "Bundesamt für Sicherheit in der Informationstechnik" in organizations
    assert "Bundesamt für Migration und Flüchtlinge" in organizations
    assert "Bundesamt" not in organizations
    assert "BSI" not in organizations  # its acronym, the same body


@pytest.mark.parametrize(
    "text, law",
    [
        ("Gegen das Khomri-Gesetz gingen erneut Tausende auf die Straße.", "Khomri-Gesetz"),
        (
            "Das verstößt gegen die Europäische Menschenrechtskonvention, sagte die Anwältin.",
            "Menschenrechtskonvention",
        ),
    ],
)
def test_a_german_law_is_no_body(text, law):
    assert not any(law in name for name in tag_dispatch("Neues aus Europa", [text], "de").organizations)


@pytest.mark.parametrize(
    "text, club, kind",
    [
        ("Artur Quenescu, der beim Serie-A-Klub Hellas Verona spielt, sagte ab.", "Hellas Verona", "Klub"),
        (
            "Er ist nun Cheftrainer des Erste-Liga-Clubs Kapfenberger SV, teilte der Verein mit.",
            "Kapfenberger SV",
            "Club",
        ),
        (
            "Das war eine Sonderedition des Süßwaren-Herstellers Ferrero, der zur EM Bilder druckte.",
            "Ferrero",
            "Hersteller",
        ),
    ],
)
def test_a_body_after_its_kind_joined_by_hyphens_is_named_without_it(text, club, kind):
    organizations = tag_dispatch("Neues vom Sport", [text], "de").organizations

    assert club in organizations
    assert not any(kind in name for name in organizations)


def test_a_town_a_german_sports_story_names_with_its_club_is_the_club_alone():
    lede = "Athletic Bilbao hat am Montag den spanischen Fußball-Supercup gewonnen, nach einem 4:0 im Hinspiel."
    body = "Bilbao beendete damit eine lange Durststrecke: Der letzte Titel liegt 31 Jahre zurück."

    assert "Bilbao" not in tag_dispatch(lede, [body], "de").cities


def test_a_town_a_german_sports_story_names_as_where_its_club_plays_stays_a_town():
    lede = "Bayern München kann am Samstag in München gegen Mönchengladbach die Titelverteidigung fixieren."
    body = "Der Trainer sagte, die Mannschaft sei bereit für das Spiel in der Fußball-Bundesliga."

    assert "Munich" in tag_dispatch(lede, [body], "de").cities


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Alois Quendler will als Sozialminister Furore machen, unter dem die Arbeitslosigkeit sinkt.", "Furore"),
        ("Das dürfte den übrigen Kandidaten Kopfzerbrechen bereiten, sagen Beobachter.", "Kopfzerbrechen"),
    ],
)
def test_a_german_noun_after_a_role_the_model_reads_no_name_in_is_no_surname(text, noun):
    assert noun not in tag_dispatch("Neues aus der Politik", [text], "de").people


def test_a_german_surname_after_a_role_written_again_alone_is_a_person():
    text = (
        "Verteidigungsminister Quandtner sprach von einem Lehrstück. Eine Beteiligung findet nicht statt, hielt "
        "Quandtner fest."
    )

    assert "Quandtner" in tag_dispatch("Neues aus der Politik", [text], "de").people


@pytest.mark.parametrize(
    "text, abbreviation",
    [
        ("Das Telefon unterstützt NFC, LTE und WLAN, der Akku hält zwei Tage.", "NFC"),
        ("Der Glasfaserausbau (FTTH) kommt nur langsam voran, sagt der Betreiber.", "FTTH"),
        ("Für die WLAN-Variante stehen bereits erste Builds zur Verfügung.", "WLAN-Variante"),
    ],
)
def test_a_technique_s_abbreviation_is_no_body(text, abbreviation):
    assert abbreviation not in tag_dispatch("Neues aus der Technik", [text], "de").organizations


def test_a_class_of_shares_is_no_body():
    text = (
        "In afternoon trading, Berkshire Class A shares were down $2,800. The institutions may convert a limited "
        "number of Class B shares, which are not publicly traded, into Class A shares each year."
    )

    organizations = tag_dispatch("Berkshire shares fall", [text], "en").organizations

    assert not any("Class" in name for name in organizations)


def test_a_player_s_award_is_no_body():
    text = (
        "Sein Gegenüber Cam Quendler (26), am Vortag als wertvollster Spieler der Saison (MVP) ausgezeichnet, stellte "
        "seine Qualitäten nur selten unter Beweis."
    )

    assert "MVP" not in tag_dispatch("Neues vom Sport", [text], "de").organizations


def test_a_town_of_the_dateline_s_country_comes_before_a_larger_namesake_abroad():
    dispatch = parse_dispatch(
        "EXPERTOS EUROPEOS VISITAN ESCUELA TALLER\n\n"
        "Toledo, 23 may (EFE).- Un grupo de expertos, procedentes de Reino Unido, Dinamarca y Austria, visitarán "
        "mañana las instalaciones de la Escuela Taller de Restauración de Toledo, donde comprobarán la formación de "
        "sus alumnos.\n\n"
        "Según informó hoy el Ayuntamiento de Toledo, los expertos, acompañados del alcalde de Toledo, visitarán "
        "también el casco histórico.\n"
    )

    tagging = tag_parsed(dispatch)

    assert "Toledo" in tagging.cities
    assert "ES" in tagging.places
    assert "US" not in tagging.places  # Toledo of Ohio


def test_an_english_story_s_town_keeps_its_larger_namesake_abroad():
    body = (
        "LONDON (Reuters) - Eastman Kodak, the photography pioneer based in Rochester, said on Tuesday it would "
        "cut more jobs as it restructures."
    )

    assert "US" in tag_dispatch("Kodak to cut jobs", [body], "en").places  # Rochester of New York, not of Kent


@pytest.mark.parametrize(
    "body, town",
    [
        (
            "Elche (Alicante), 23 may (EFE).- La fiesta de los pescaítos fritos, organizada por Torremolinos "
            "(Málaga), reunió a miles de vecinos.",
            "Málaga",
        ),
        (
            "Zaragoza, 23 may (EFE).- El nuevo subdelegado estuvo al mando del Gobierno Civil en la provincia de "
            "Huesca durante seis años.",
            "Huesca",
        ),
        (
            "Santiago de Compostela, 23 may (EFE).- La Xunta ha terminado el registro vitícola de las provincias "
            "de Ourense y Lugo.",
            "Ourense",
        ),
    ],
)
def test_a_town_that_stands_for_its_province_is_no_town(body, town):
    tagging = tag_parsed(parse_dispatch(f"NOTICIAS DE LAS PROVINCIAS\n\n{body}\n"))

    assert town not in tagging.cities
    assert "ES" in tagging.places


def test_a_street_is_no_body():
    dispatch = parse_dispatch(
        "OBRAS EN EL CENTRO DE TORRELAVEGA\n\n"
        "Torrelavega (Cantabria), 23 may (EFE).- El Ayuntamiento de Torrelavega cortará al tráfico desde el lunes "
        "la Avenida de Palencia y el Paseo Fernández Vallejo para renovar el alcantarillado.\n\n"
        "Los autobuses urbanos se desviarán por la Avenida de Campuzano durante las obras, que durarán dos meses.\n"
    )

    assert tag_parsed(dispatch).organizations == ["Ayuntamiento de Torrelavega"]


def test_the_dateline_s_town_in_brackets_after_another_stays_a_town():
    dispatch = parse_dispatch(
        "ASAMBLEA DE ERC\n\nBarcelona, 23 may (EFE).- ERC ha convocado su congreso, que tendrá lugar el próximo 8 "
        "de julio en Manresa (Barcelona).\n"
    )

    assert "Barcelona" in tag_parsed(dispatch).cities


def test_the_dateline_s_town_is_that_town_all_through_the_story():
    dispatch = parse_dispatch(
        "TEATRO CLÁSICO EN VERANO\n\n"
        "Mérida, 23 may (EFE).- La compañía de Lucía Ferrán estrenará el próximo mes una comedia en la sala Trajano "
        "de Mérida, según informó hoy el Ayuntamiento.\n\n"
        "Las entradas podrán adquirirse desde el lunes en las taquillas del teatro de Mérida.\n"
    )

    tagging = tag_parsed(dispatch)

    assert "Mérida" in tagging.cities
    assert "MX" not in tagging.places  # Mérida of Yucatán, twenty times as large


def test_another_country_s_region_named_as_a_town_of_the_story_s_country_is_that_town():
    dispatch = parse_dispatch(
        "ACUERDO EN LA PLANTA QUÍMICA\n\n"
        "Valladolid, 23 may (EFE).- Los trabajadores de la planta química de Vitalia en León votaron hoy el "
        "preacuerdo alcanzado con la dirección, que garantiza la actividad de la fábrica en León hasta 2005.\n"
    )

    assert "NI" not in tag_parsed(dispatch).places  # León, a department of Nicaragua


def test_the_atlantic_is_no_region_of_colombia():
    dispatch = parse_dispatch(
        "LAS BOLSAS, A LA ESPERA\n\n"
        "Madrid, 23 may (EFECOM).- A la espera de los datos que se publicarán a ambos lados del Atlántico, los "
        "inversores se mostraron hoy cautos en la bolsa de Madrid.\n"
    )

    assert "CO" not in tag_parsed(dispatch).places


def test_a_country_s_name_that_is_a_town_at_home_is_the_town():
    dispatch = parse_dispatch(
        "CAMPAÑA CONTRA EL MOSQUITO TIGRE\n\n"
        "Ginebra, 23 may (EFE).- Los expertos recordaron que las ciudades españolas con más casos son Barcelona, "
        "Valencia, Sevilla y Granada, según el informe presentado hoy.\n"
    )

    tagging = tag_parsed(dispatch)

    assert "GD" not in tagging.places  # Grenada, "Granada" in Spanish
    assert "Granada" in tagging.cities


@pytest.mark.parametrize(
    "headline, body, lang, country",
    [
        (
            "RODRIGO LUXEMBURGO CONVOCA A DOS DEBUTANTES",
            "Río de Janeiro, 23 may (EFE).- El seleccionador Rodrigo Luxemburgo dará a conocer mañana la lista de "
            "jugadores para el amistoso, y los dos debutantes hablaron hoy con Luxemburgo en el hotel de la "
            "concentración.",
            "es",
            "LU",
        ),
        (
            "Central bank names new chairman",
            "ZURICH (Reuters) - The central bank named its vice chairman Thomas Jordan as chairman on Monday. "
            "Jordan said he would keep the cap on the franc.",
            "en",
            "JO",
        ),
    ],
)
def test_a_country_s_name_that_is_a_person_s_surname_is_no_country(headline, body, lang, country):
    tagging = tag_parsed(parse_dispatch(f"{headline}\n\n{body}\n"))

    assert country not in tagging.places


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "DUBLIN (Reuters) - Ireland sold 1 billion euros of bonds on Tuesday, the third sale this year. Ireland "
            "has cut its deficit. (Reporting by Paul Keane; Editing by Louise Ireland)",
            "IE",
        ),
        (
            "Wien – Der Bezahlsender Sky Deutschland gewann im Quartal 300.000 Kunden. In Deutschland stieg der "
            "Umsatz um zehn Prozent, in Österreich um vier.",
            "DE",
        ),
    ],
)
def test_a_country_after_an_editor_s_given_name_or_in_a_firm_s_name_stays_the_country(text, country):
    headline, lang = ("Ireland sells bonds", "en") if country == "IE" else ("Sky wächst", "de")

    assert country in tag_dispatch(headline, [text], lang).places


@pytest.mark.parametrize(
    "body, wrong",
    [
        (
            "Madrid, 23 may (EFE).- El sindicato celebró en abril el Congreso de CCOO, en el que fue reelegido su "
            "secretario general, Andrés Vidal.",
            "Congreso de CCOO",
        ),
        (
            "Bilbao, 23 may (EFE).- La Junta General Ordinaria de la eléctrica aprobó hoy las cuentas del ejercicio.",
            "Junta General Ordinaria",
        ),
        (
            "Guadalupe (Cáceres), 23 may (EFE).- Los consejeros se reunirán el lunes en el Real Monasterio, "
            "declarado patrimonio de la humanidad.",
            "Real Monasterio",
        ),
        (
            "Toledo, 23 may (EFE).- Se jubilarán este año 201 docentes de Primaria y 22 de Secundaria.",
            "Secundaria",
        ),
        (
            "Milán (Italia), 23 may (EFE).- El esprinter más rápido del Giro ganó hoy su tercera etapa.",
            "Giro",
        ),
        (
            "Guadalajara, 23 may (EFE).- Las constructoras de las obras del AVE depositaron hoy sus avales.",
            "AVE",
        ),
        (
            "Madrid, 23 may (EFE).- Estos son los temas del día. SERBIA - APATIA - Belgrado - La población espera "
            "las elecciones sin interés.",
            "APATIA",
        ),
        (
            "Vitoria, 23 may (EFE).- El Gobierno Vasco se felicitó hoy de que el PSE/EE defienda el diálogo.",
            "PSE",
        ),
        (
            "Madrid, 23 may (EFE).- Los estudiantes se reunirán en el Hotel Ciudad de Logroño, donde presentarán "
            "sus trabajos.",
            "Hotel Ciudad de Logroño",
        ),
        (
            "Madrid, 23 may (EFE).- Los vecinos del barrio plantarán mil árboles en el Parque Regional del "
            "Sureste, informó hoy la Comunidad.",
            "Parque Regional del Sureste",
        ),
        (
            "Granada, 23 may (EFE).- Durante la Semana Santa la Policía detuvo a otro hombre por un robo similar "
            "en el centro de la ciudad.",
            "Santa la Policía",
        ),
    ],
)
def test_events_levels_races_and_headings_are_no_bodies(body, wrong):
    tagging = tag_parsed(parse_dispatch(f"NOTICIAS DEL DÍA\n\n{body}\n"))

    assert wrong not in tagging.organizations


@pytest.mark.parametrize(
    "body, wrong",
    [
        (
            "Badajoz, 23 may (EFE).- El autobús escolar saldrá a diario desde Villanueva de la Serena hasta el "
            "aeropuerto, según la Junta.",
            "Tallahassee",
        ),
        (
            "Avila, 23 may (EFE).- El arquitecto visitó hoy la zona que rodea la románica iglesia de San Pedro, que "
            "será restaurada.",
            "San Pedro",
        ),
        (
            "Toledo, 23 may (EFE).- El parque natural abarca 37 municipios de las provincias de Guadalajara y "
            "Cuenca, con 120 especies de aves.",
            "Cuenca",
        ),
        (
            "México, 23 may (EFE).- El volcán se localiza en los límites de los estados de Morelos, México, Puebla, "
            "y a 75 kilómetros de la capital.",
            "Puebla",
        ),
    ],
)
def test_longer_town_names_churches_and_provinces_are_no_towns(body, wrong):
    tagging = tag_parsed(parse_dispatch(f"NOTICIAS DEL DÍA\n\n{body}\n"))

    assert wrong not in tagging.cities
    assert "US" not in tagging.places


def test_a_town_after_a_spanish_article_in_sports_copy_is_the_club_named_with_it():
    dispatch = parse_dispatch(
        "LOS HERMANOS SE ENFRENTAN EN LA FINAL\n\n"
        "Zaragoza, 23 may (EFE).- La final de la Liga de Campeones que disputarán mañana el Valencia y el Real "
        "Madrid enfrentará a dos hermanos, el defensa Luis Arcos y el centrocampista Iván Arcos.\n\n"
        '"Me gustaría que mi hermano marcara dos goles en el partido, pero que ganara el Valencia. Si al final gana '
        'el Madrid me alegraré por él", dijo Luis Arcos tras el entrenamiento en el estadio.\n\n'
        '"Si vence el Madrid, lo celebraremos juntos", añadió.\n'
    )

    assert "Madrid" not in tag_parsed(dispatch).cities


@pytest.mark.parametrize(
    "body, wrong",
    [
        (
            "Zaragoza, 23 may (EFE).- El solar se encuentra en el barrio de San Jorge, en la calle Doctor Alberto "
            "Fontana, dentro de la zona que recuperará el plan urbanístico.",
            "Alberto Fontana",
        ),
        (
            "Basauri (Vizcaya), 23 may (EFE).- La carrera, patrocinada por los Ayuntamientos de Basauri, Etxebarri y "
            "Zaratamo, saldrá a las nueve de la mañana.",
            "Ayuntamientos de Basauri",
        ),
    ],
)
def test_a_street_named_after_a_titled_person_and_plural_bodies_are_no_one(body, wrong):
    assert wrong not in tag_parsed(parse_dispatch(f"NOTICIAS DEL DÍA\n\n{body}\n")).people


def test_a_town_at_home_by_its_own_name_beats_a_larger_city_abroad_known_by_it_besides():
    dispatch = parse_dispatch(
        "SELECTIVIDAD EN ASTURIAS\n\n"
        "Oviedo, 23 may (EFE).- Los alumnos de los institutos de Sama aprobaron la prueba de acceso a la "
        "universidad en mayor proporción que el año pasado, según la consejería.\n\n"
        "Los institutos de Sama prepararon a sus alumnos con clases de tarde.\n"
    )

    tagging = tag_parsed(dispatch)

    assert "CN" not in tagging.places  # Sanya, which GeoNames calls Sama besides, 26 times as large
    assert "Sanya" not in tagging.cities


def test_a_body_s_name_before_its_acronym_keeps_the_place_it_names():
    dispatch = parse_dispatch(
        "ANNAN PIDE MÁS CASCOS AZULES\n\n"
        "Nueva York, 23 may (EFE).- El secretario general de la ONU pidió hoy reforzar la Fuerza Interina de "
        "Naciones Unidas en el Líbano (FINUL), que cuenta con 5.000 soldados.\n"
    )

    organizations = tag_parsed(dispatch).organizations

    assert "Fuerza Interina de Naciones Unidas en el Líbano" in organizations
    assert "Fuerza Interina de Naciones Unidas en" not in organizations


def test_a_place_or_a_day_in_brackets_after_a_name_is_no_acronym_of_it():
    text = (
        "Wien – Er starb am Samstag im Alter von 79 Jahren, wie die New York Times am Sonntag (Ortszeit) unter "
        "Berufung auf seine Managerin berichtete. Die New York Times würdigte ihn als großen Musiker."
    )

    assert "New York Times am Sonntag" not in tag_dispatch("Musiker gestorben", [text], "de").organizations


def test_a_person_named_by_part_of_a_full_name_is_that_person():
    dispatch = parse_dispatch(
        "EXPOSICIÓN DE ARTE CONTEMPORÁNEO\n\n"
        "Madrid, 23 may (EFE).- La comisaria Carlota Alvarez Basso presentó hoy la exposición, que reúne obras "
        "de treinta artistas.\n\n"
        "Según explicó Carlota Alvarez, la muestra viajará después a Lisboa.\n"
    )

    assert tag_parsed(dispatch).people == ["Carlota Alvarez Basso"]


def test_a_province_in_brackets_after_a_village_the_town_list_lacks_is_the_province():
    dispatch = parse_dispatch(
        "ENCUENTRO DE ESCRITORES\n\n"
        "Madrid, 23 may (EFE).- El novelista Julián Pardo advirtió hoy en Tordesillas (Valladolid) del peligro "
        "que corre la lectura entre los jóvenes.\n"
    )

    tagging = tag_parsed(dispatch)

    assert "Valladolid" not in tagging.cities
    assert "ES" in tagging.places


def _tagged(body: str, heading: str = "NOTICIAS DEL DÍA"):
    """The tags of a dispatch made of ``heading`` and ``body``."""
    return tag_parsed(parse_dispatch(f"{heading}\n\n{body}\n"))


@pytest.mark.parametrize(
    "heading, body, wrong",
    [
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Murcia, 23 may (EFE).- La abogada Marta Gil participó hoy en una jornada de Derecho Deportivo "
            "promovida por el Colegio de Abogados.",
            "Derecho Deportivo",
            id="field",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Logroño, 23 may (EFE).- El curso reunirá a licenciados en Ciencias de la Actividad Física y a "
            "entrenadores de la región.",
            "Actividad Física",
            id="field",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Vic, 23 may (EFE).- El médico ejerció en Castellcir (Barcelona) y en Monistrol de Calders (Barcelona) "
            "antes de jubilarse.",
            "Monistrol de Calders",
            id="place",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Vitoria, 23 may (EFE).- La carretera une las comarcas de la Llanada y la Montaña alavesa desde hace "
            "un siglo.",
            "Llanada",
            id="place",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Belgrado, 23 may (EFE).- El tribunal de Nis (sur de Serbia) dictó ayer penas de cárcel contra doce "
            "acusados.",
            "Nis",
            id="place",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Barcelona, 23 may (EFE).- El único concejal de la coalición en el ayuntamiento de Mollet del Vallés, "
            "Antonio López, ha criticado hoy el presupuesto.",
            "Mollet del Vallés",
            id="place",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Milán, 23 may (EFE).- El ciclista Marco Conti no tomará mañana la salida en la undécima etapa del Giro "
            "de Italia por una caída.",
            "Giro de Italia",
            id="event",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Madrid, 23 may (EFE).- La ministra asistirá mañana en el Teatro Real a la entrega de los premios de la "
            "Fundación Música.",
            "Teatro Real",
            id="event",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Huelva, 23 may (EFE).- El segundo programa de la Muestra de Arte Electrónico comienza hoy en el Museo de "
            "Huelva.",
            "Muestra de Arte Electrónico",
            id="event",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Bilbao, 23 may (EFE).- El partido se jugará en el Polideportivo Municipal de Anduva a las ocho de la "
            "tarde.",
            "Polideportivo Municipal de Anduva",
            id="event",
        ),
        pytest.param(
            "NOTICIAS DEL DÍA",
            "Barcelona, 23 may (EFE).- El Salón Internacional del Cómic abrirá sus puertas el jueves con cien "
            "expositores.",
            "Salón Internacional del Cómic",
            id="event",
        ),
        pytest.param(
            "MELDUNG",
            "Bagdad – Für Iraker würden keine Visa mehr an der Grenze ausgestellt, teilte das Ministerium mit.",
            "Visa",
            id="noun",
        ),
        pytest.param(
            "MELDUNG",
            "Stanford – US-Forscher haben einen Lithium-Ionen-Akku entwickelt, der sich bei Überhitzung abschaltet.",
            "Lithium-Ionen-Akku",
            id="noun",
        ),
        pytest.param(
            "MELDUNG",
            "Wien – Der Bildhauer Peter Grubinger stellt in Graz aus. Das Vorbild für Grubingers Skulptur war ein "
            "Fechter, sagte Grubinger.",
            "Grubingers Skulptur",
            id="genitive",
        ),
        pytest.param(
            "MELDUNG",
            "Kiew – Petro Poroschenko verliert an Zustimmung. Poroschenkos Popularität sank im Mai auf 17 Prozent.",
            "Poroschenkos Popularität",
            id="genitive",
        ),
        pytest.param(
            "MELDUNG",
            "Wien – Als bestes Gerät sahen die Tester den Dell XPS 13, der sich durch seinen schmalen Rahmen "
            "auszeichnet.",
            "Dell XPS",
            id="product",
        ),
        pytest.param(
            "MELDUNG",
            "Wien – Größere Modelle werden als Phablet bezeichnet, etwa das Huawei Mate 8, das über einen "
            "6-Zoll-Screen verfügt.",
            "Huawei Mate",
            id="product",
        ),
        pytest.param(
            "SPORT",
            "Salzburg – Red Bull Salzburg und die Vienna Capitals sind in der ersten Runde der Champions Hockey League "
            "ausgeschieden.",
            "Champions Hockey League",
            id="competition",
        ),
        pytest.param(
            "SPORT",
            "Rom – Juventus steht im Finale der Coppa Italia, das am 21. Mai in Rom gespielt wird.",
            "Coppa Italia",
            id="competition",
        ),
        pytest.param(
            "SPORT",
            "Bruselas, 23 may (EFE).- Los Quince pidieron una reforma institucional ambiciosa en la Conferencia "
            "Intergubernamental, que se cerrará bajo la presidencia francesa.",
            "Conferencia Intergubernamental",
            id="competition",
        ),
    ],
)
def test_a_subject_a_place_an_event_a_noun_or_a_product_is_no_body(heading, body, wrong):
    """Fields of knowledge, towns and areas written as such, races, shows, venues, competitions and
    conferences of states, German nouns and owners' nouns, products with their model's number."""
    tagging = _tagged(body, heading)

    assert wrong not in tagging.organizations


@pytest.mark.parametrize(
    "body, body_named",
    [
        (
            "Málaga, 23 may (EFE).- El pleno del Ayuntamiento de Casares (Málaga) elegirá mañana a su nuevo alcalde.",
            "Ayuntamiento de Casares",
        ),
        (
            "Lima, 23 may (EFE).- Los países miembros de la Comunidad Andina (CAN) firmaron hoy un acuerdo comercial.",
            "Comunidad Andina",
        ),
        (
            "Madrid, 23 may (EFE).- Los analistas recomendaron comprar títulos de las británicas Vodafone (Reino "
            "Unido) y BT.",
            "Vodafone",
        ),
        (
            "Madrid, 23 may (EFE).- Los delegados del Foro Económico Mundial de Davos (Suiza) visitaron hoy la "
            "capital.",
            "Foro Económico Mundial de Davos",
        ),
    ],
)
def test_a_body_before_its_town_its_acronym_or_its_country_stays_a_body(body, body_named):
    tagging = _tagged(body)

    assert body_named in tagging.organizations


@pytest.mark.parametrize(
    "body, person, not_body",
    [
        (
            "Vitoria, 23 may (EFE).- Así lo anunció hoy el portavoz del ejecutivo autónomo, Josu Jon Imaz.",
            "Josu Jon Imaz",
            "Josu Jon",
        ),
        (
            "Panamá, 23 may (EFE).- La reunión será presidida por el viceministro panameño de Relaciones "
            "Exteriores, Harmodio Arias.",
            "Harmodio Arias",
            "Harmodio Arias",
        ),
        (
            "Lleida, 23 may (EFE).- La operación la ha practicado el jefe de los servicios médicos del club, "
            "Francesc Biosca.",
            "Francesc Biosca",
            "Francesc Biosca",
        ),
        (
            "Madrid, 23 may (EFE).- Por su parte, el portavoz del PNV, Josu Erkoreka, consideró que la "
            "comparecencia debería ser obligada.",
            "Josu Erkoreka",
            "Josu Erkoreka",
        ),
    ],
)
def test_a_name_in_apposition_to_a_role_is_its_holder(body, person, not_body):
    tagging = _tagged(body)

    assert person in tagging.people
    assert not_body not in tagging.organizations


def test_a_paper_in_apposition_to_its_director_stays_a_body():
    body = "Madrid, 23 may (EFE).- Lo publicó ayer el director del diario, El Mundo, en su tribuna."

    tagging = _tagged(body)

    assert "El Mundo" in tagging.organizations
    assert "El Mundo" not in tagging.people


@pytest.mark.parametrize(
    "body, body_named",
    [
        ("Berlin – Das berichtete am Sonntag die Bild unter Berufung auf Regierungskreise.", "Bild"),
        ("Wien – Dabei handelt es sich um ein von Samsung zugekauftes Display, sagte ein Sprecher.", "Samsung"),
    ],
)
def test_a_german_name_after_a_definite_article_or_a_preposition_stays_a_body(body, body_named):
    tagging = _tagged(body, "MELDUNG")

    assert body_named in tagging.organizations


def test_a_german_body_whose_kind_ends_it_after_a_name_in_s_stays_a_body():
    body = "München – Die Siemens Stiftung fördert das Projekt, teilte Siemens mit."

    tagging = _tagged(body, "MELDUNG")

    assert "Siemens Stiftung" in tagging.organizations


def test_a_german_noun_then_a_person_whose_surname_is_a_town_elsewhere_is_the_person():
    body = (
        "Guatemala-Stadt – Als Favoriten gelten die Ex-Präsidentengattin Sandra Torres oder politische Neulinge wie "
        "der Komiker Jimmy Morales. Gewählt wird am Sonntag."
    )

    tagging = _tagged(body, "MELDUNG")

    assert "Jimmy Morales" in tagging.people
    assert "Komiker Jimmy Morales" not in tagging.organizations


def test_a_university_shortened_to_uni_is_no_person():
    body = (
        "Wien – Laut einer neuen Studie von Forschern um Kathelijne Koops (Uni Cambridge) unterscheiden sich die "
        "beiden Menschenaffen."
    )

    tagging = _tagged(body, "MELDUNG")

    assert "Uni Cambridge" not in tagging.people


def test_sides_before_their_scores_in_results_stay_bodies():
    body = (
        "AMSTERDAM 1996-08-24\n\nResults of Dutch first division soccer matches on Saturday:\n\n"
        "Ajax Amsterdam 3 PSV Eindhoven 2\n\nSt Pauli 2 Hansa Rostock 0"
    )

    tagging = _tagged(body, "SOCCER - RESULTS")

    assert {"PSV Eindhoven", "FC St. Pauli"} <= set(tagging.organizations)


def test_clubs_whose_names_end_on_a_number_stay_bodies():
    tagging = _tagged("Hannover – Der FC Schalke 04 gewann gegen Hannover 96 mit 2:1.", "MELDUNG")

    assert {"FC Schalke 04", "Hannover 96"} <= set(tagging.organizations)


@pytest.mark.parametrize(
    "body, club, town",
    [
        (
            "París, 23 may (EFE).- El seleccionador no contará con los jugadores de los clubes Real Madrid, Valencia y "
            "Espanyol para el amistoso del sábado.",
            "Valencia CF",
            "Valencia",
        ),
        (
            "Elche, 23 may (EFE).- Las Palmas, Villarreal y Osasuna han mostrado su interés por el delantero argentino "
            "del Elche, que marcó quince goles en la Liga esta temporada.\n\nEl futbolista tiene contrato hasta junio "
            "y el club pide 300 millones por su traspaso.",
            "UD Las Palmas",
            "Las Palmas de Gran Canaria",
        ),
    ],
)
def test_a_town_listed_with_clubs_in_spanish_sports_copy_is_its_club(body, club, town):
    tagging = _tagged(body, "DEPORTES")

    assert club in tagging.organizations
    assert town not in tagging.cities


def test_towns_listed_together_in_spanish_sports_copy_stay_towns():
    body = "Madrid, 23 may (EFE).- El seleccionador visitará mañana Madrid y Valencia para ver a los jugadores."

    tagging = _tagged(body, "DEPORTES")

    assert {"Madrid", "Valencia"} <= set(tagging.cities)


def test_a_standing_conference_stays_a_body():
    body = (
        "Madrid, 23 may (EFE).- La Conferencia Episcopal Española pidió hoy al Gobierno más fondos para los colegios "
        "concertados."
    )

    tagging = _tagged(body, "IGLESIA")

    assert "Conferencia Episcopal Española" in tagging.organizations


def test_a_league_that_runs_its_competition_stays_a_body():
    tagging = _tagged("New York – Die National Hockey League hat die Saison am Samstag unterbrochen.", "SPORT")

    assert "National Hockey League" in tagging.organizations


@pytest.mark.parametrize(
    "body, whole",
    [
        (
            "Bilbao, 23 may (EFE).- A este fin, la Comisión Municipal de Gobierno aprobó en su última reunión semanal "
            "la propuesta del alcalde.",
            "Comisión Municipal de Gobierno",
        ),
        (
            "Navalmoral de la Mata (Cáceres), 23 may (EFE).- La Asociación Ecologista y Cultural del Campo Arañuelo "
            "ha convocado una marcha.",
            "Asociación Ecologista y Cultural del Campo Arañuelo",
        ),
    ],
)
def test_a_spanish_body_s_name_is_read_whole_over_its_remit(body, whole):
    tagging = _tagged(body, "NOTICIAS")

    assert list(tagging.organizations) == [whole]


@pytest.mark.parametrize(
    "text, town, country",
    [
        ("Protests spread across the central Cochabamba region on Sunday, officials said.", "Cochabamba", "BO"),
        ("The regions of Catalonia, Valencia, Murcia and Andalucia asked Madrid for funds.", "Valencia", "ES"),
        ("Output fell at plants in Niigata prefecture after the quake, the ministry said.", "Niigata", "JP"),
    ],
)
def test_a_town_named_as_its_region_is_the_region(text, town, country):
    tagging = tagged(text)

    assert town not in tagging.cities
    assert country in tagging.places


@pytest.mark.parametrize(
    "text, wrong",
    [
        pytest.param(
            "Irish bonds issued by the fund are rated AAA by the major agencies, officials in Dublin said.",
            "Solidarity (Ireland)",
            id="credit-rating",
        ),
        pytest.param("Ten Democrats crossed party lines to back the bill on Thursday.", "Ten Democrats", id="members"),
        pytest.param(
            "WHO HAS MORE AT STAKE IN THE TALKS? Lawmakers in Washington face voters in November.",
            "World Health Organization",
            id="question",
        ),
        pytest.param(
            "Amazon did not say how many Kindle devices it sold. Analysts say people who are buying Kindles also "
            "buy books.",
            "Kindles",
            id="plural",
        ),
    ],
)
def test_a_rating_a_medicine_members_a_question_or_things_are_no_body(text, wrong):
    assert wrong not in tagged(text).organizations


@pytest.mark.parametrize(
    "text, whole",
    [
        (
            "The bill was approved by the Senate Energy and Natural Resources Committee on Tuesday.",
            "Senate Energy and Natural Resources Committee",
        ),
        ("Doyle worked in the SEC's Trading and Markets Division for years.", "Trading and Markets Division"),
        (
            "The U.S. Attorney for the Southern District of New York filed the charges on Monday.",
            "Southern District of New York",
        ),
        ("Tracking firm comScore Media Metrix said searches rose 5 percent.", "comScore Media Metrix"),
    ],
)
def test_a_body_s_name_is_read_whole_where_the_model_reads_part(text, whole):
    assert whole in tagged(text).organizations


def test_two_bodies_joined_by_and_are_two():
    organizations = tagged(
        "The loans were run by the Federal Reserve and Treasury Department, Halvorn said."
    ).organizations

    assert "Federal Reserve" in organizations
    assert not any(" and " in name for name in organizations)


def test_a_firm_of_the_tables_and_another_with_its_legal_form_are_two():
    text = "Dell shunned the PC price war waged by HP and Acer Inc ( 2353.TW ) for fear of hurting margins."

    assert tagged(text).organizations == ["HP", "Acer Inc"]


def test_a_chamber_read_with_the_party_that_holds_it_is_the_chamber():
    organizations = tagged("The deficit was left by the Democratic Congress, the governor said.").organizations

    assert organizations == ["Congress"]


def test_an_acronym_the_story_gives_another_body_is_not_the_list_s():
    text = (
        "Rio Tinto sold its stake in Iron Ore Company of Canada (IOC) last year. "
        "The IOC stake drew bids from three groups."
    )

    assert "International Olympic Committee" not in tagged(text).organizations


def test_an_acronym_the_story_gives_the_list_s_body_stays_that_body():
    text = "The International Olympic Committee (IOC) met in Lausanne. The IOC said the games would go ahead."

    assert "International Olympic Committee" in tagged(text).organizations


def test_a_surname_in_a_subheading_in_capitals_is_no_body():
    tagging = tag_dispatch(
        "",
        [
            "FDIC Chairman Sheila Bair said the bank had asked for help.",
            "BAIR: FDIC WAS URGED TO HELP THE BANK",
            "Bair said the agency had declined.",
        ],
        "en",
    )

    assert "BAIR" not in tagging.organizations
    assert "Sheila Bair" in tagging.people


@pytest.mark.parametrize(
    "text, town, country",
    [
        ("Mara Hinton was adamant, his wife, Kath, a former aide, told reporters.", "Yazd", "IR"),
        ("The rule is unfair, says Sydney E. Unger, a partner at a New York law firm.", "Sydney", "AU"),
        ("Facebook vaulted to Silicon Valley's top tier within eight years.", "The Valley", "AI"),
        ("The ferry docked at the town of Tripoli in southern Greece on Monday.", "Tripoli", "LY"),
    ],
)
def test_a_town_s_name_that_is_a_person_s_or_part_of_another_name_is_no_such_town(text, town, country):
    tagging = tagged(text)

    assert town not in tagging.cities
    assert country not in tagging.places


def test_a_small_town_with_its_state_is_no_larger_city_geonames_calls_so():
    tagging = tagged(
        "Guns have been debated since the shooting at a Newtown, Connecticut school last month.", "en", "US"
    )

    assert "Tallahassee" not in tagging.cities
    assert "US" in tagging.places


def test_a_capital_of_a_country_the_story_names_is_that_capital():
    dispatch = (
        "Banks shore up deposits\n\nNEW YORK (Reuters) - U.S. stocks fell on Tuesday as lawmakers weighed a new "
        "bailout plan.\n\nFrom Dublin to Moscow, the crisis is an ominous presence. Ireland unveiled a blanket "
        "guarantee for savings held by its banks.\n"
    )

    tagging = tag_parsed(parse_dispatch(dispatch))

    assert tagging.why("Dublin") == ["'Dublin' (city (GeoNames, IE))"]


def test_a_medicine_named_after_what_it_is_is_no_body():
    dispatch = (
        "Panel backs antibiotic\n\nSILVER SPRING, Maryland (Reuters) - The Sanofi-Aventis antibiotic Ketek is safe "
        "enough to stay on sale, a panel said.\n\nPanel members voted 16-3 to back continued sales of Ketek for "
        "treating pneumonia.\n"
    )

    assert tag_parsed(parse_dispatch(dispatch)).organizations == ["Sanofi"]


def test_a_spanish_body_s_name_goes_on_over_what_it_is_for():
    body = (
        "México, 23 may (EFE).- Vicente Fox, candidato de la coalición Alianza por el Cambio, cerró hoy su campaña "
        "en Monterrey."
    )

    assert "Alianza por el Cambio" in _tagged(body, "ELECCIONES").organizations


def test_a_spanish_body_s_name_stops_before_who_its_member_sits_for():
    body = (
        "Madrid, 23 may (EFE).- Dolors Nimbra, vicepresidenta segunda del Parlamento por el PP, visitó hoy el centro."
    )

    assert not any(name.endswith("por el PP") for name in _tagged(body, "POLÍTICA").organizations)


def test_a_town_that_ends_a_firm_s_name_before_its_code_or_acronym_is_no_town():
    dispatch = (
        "Brewer rejects bid\n\nLONDON (Reuters) - The offer comes after Britain's Scottish and Newcastle SCTN.L "
        "rejected an improved bid from rivals.\n\nAnalysts said rivals were interested in bidding for Scottish and "
        "Newcastle (S&N).\n"
    )

    assert "Newcastle upon Tyne" not in tag_parsed(parse_dispatch(dispatch)).cities


def test_a_long_list_of_firms_and_their_towns_is_read_in_time_and_gives_the_towns():
    # a run of capitalised names and commas that ends on no "counties": read once, not tried every way
    rows = [
        ("Kestrel Mortgage", "Irvine"),
        ("Nimbra Funding", "Santa Monica"),
        ("Orlin Capital Corp.", "Costa Mesa"),
        ("Halvorn Home Loan", "Santa Rosa"),
        ("Varden Lending", "Lake Forest"),
    ] * 4
    listing = " ".join(f"{firm}, {town}, California" for firm, town in rows)
    dispatch = f"FACTBOX-Lenders closed\n\nNEW YORK (Reuters) - Lenders that closed this year.\n\n{listing}\n"

    cities = tag_parsed(parse_dispatch(dispatch)).cities

    assert {"Irvine", "Santa Monica", "Costa Mesa"} <= set(cities)


def test_a_title_after_a_body_s_short_name_is_no_part_of_the_surname():
    tagging = tagged(
        "Stocks fell as Fed Chairman Halvorsen is expected to step down when his term ends. Halvorsen rattled "
        "markets in late May."
    )

    assert tagging.people == ["Halvorsen"]


def test_a_role_word_after_a_given_name_is_still_the_surname():
    tagging = tagged("Candidates include Chanel CEO Mara Quentin and Nike vice president Jan Singer, sources said.")

    assert "Jan Singer" in tagging.people


def test_a_role_in_the_sentence_before_is_not_the_next_name_s():
    tagging = tagged(
        'Kestrel CEO Mara Quentin said. "Bear Stearns would have failed without this effort, and the consequences '
        'would have been severe," she added.'
    )

    assert "Bear Stearns" not in tagging.people


def test_a_law_named_after_its_sponsors_is_no_body_in_any_mention():
    tagging = tagged(
        "The case predates the adoption of the Dodd-Frank regulatory overhaul. Under Dodd-Frank, the agency "
        "gained powers to police swaps."
    )

    assert not any("Dodd" in name for name in tagging.organizations + tagging.people)


def test_a_firm_after_the_prefix_of_a_former_tie_keeps_its_first_word():
    tagging = tagged("Kestrel named Mara Quentin, an ex-General Motors Co ( GM.N ) executive, its chief in March.")

    assert "General Motors" in tagging.organizations
    assert "Motors Co" not in tagging.organizations


def test_a_chain_s_outlets_in_the_plural_are_no_body():
    tagging = tagged("Ohio has more payday lenders than McDonald's, Burger Kings and Wendy's franchises together.")

    assert "Burger Kings" not in tagging.organizations


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "GM, which sells cars and trucks under a dozen brands including Chevrolet, Buick and Cadillac, sold "
            "2 million units.",
            "Buick",
            "organizations",
        ),
        ("Ford will keep its Ford, Lincoln and Mercury brands, officials in Detroit said.", "Lincoln", "cities"),
    ],
)
def test_a_make_in_a_list_of_brands_is_no_body_and_no_town(text, name, kind):
    assert name not in getattr(tagged(text), kind)


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Major brands such as Nike and Nordstrom said they would keep advertising on the site.", "Nordstrom"),
        ("Police seized fake brands including Hermes ( HRMS.PA ) and Coach Inc ( COH.N ) bags.", "Hermès"),
    ],
)
def test_a_firm_listed_among_brands_that_act_or_trade_stays_a_firm(text, firm):
    assert firm in tagged(text).organizations


@pytest.mark.parametrize(
    "text, town",
    [
        ("Police detained a Jiading district branch employee in Shanghai on Monday.", "Jiading"),
        ("The shale lies in four inland provinces: southwest Sichuan, Chongqing and Guizhou.", "Chongqing"),
    ],
)
def test_a_town_named_as_a_district_or_listed_among_provinces_is_no_town(text, town):
    assert town not in tagged(text).cities


def test_a_town_before_its_district_attorney_is_the_town():
    assert "Manhattan" in tagged("The Manhattan district attorney charged him on Monday.").cities


def test_a_town_before_a_state_and_based_is_the_state_s_town():
    tagging = tagged("Halvorn agreed to sell Birmingham, Michigan-based Kestrel Capital Management, it said.")

    assert "Birmingham" in tagging.cities
    assert tagging.places == ["US"]


def test_the_possessive_of_the_doha_round_is_no_town():
    dispatch = (
        "Banana deal\n\nGENEVA, July 28 (Reuters) - Talks at the WTO on the Doha round stalled on Monday. Under "
        "Doha's agriculture proposals, tropical produce would pay lower duties.\n"
    )

    tagging = tag_parsed(parse_dispatch(dispatch))

    assert "QA" not in tagging.places and "Doha" not in tagging.cities


def test_a_region_that_opens_a_body_s_name_is_the_body_s():
    tagging = tagged("The sale would bring gains, analysts at Espirito Santo Investment Bank said.")

    assert "Espirito Santo Investment Bank" in tagging.organizations
    assert "BR" not in tagging.places


def test_a_designator_alone_names_no_body_of_the_tables():
    tagging = tagged("The state fund will buy stakes in Kazkommertsbank, Halyk and Alliance, officials said.")

    assert "Digital Research Alliance of Canada" not in tagging.organizations


def test_a_share_code_written_bare_is_read_where_it_starts():
    from wire.instrument_codes import bare_share_code_at

    text = "Genesis Lease GLS.N and Magna MGa.TO rose; Lehman Brothers LEH.P. AIG fell, as did the U.S. dollar."
    assert bare_share_code_at(text, text.index("GLS.N"))
    assert bare_share_code_at(text, text.index("MGa.TO"))  # the exchange's two letters, not "T" alone
    assert bare_share_code_at(text, text.index("LEH.P."))  # a full stop ending the sentence after it
    assert not bare_share_code_at(text, text.index("Lease"))
    assert not bare_share_code_at(text, text.index("U.S."))


@pytest.mark.parametrize(
    "text, firm, not_firm",
    [
        ("Lessors such as Genesis Lease GLS.N were valued higher, the bank said.", "Genesis Lease", None),
        ("Retailer Lidl LIDUK.UL said it had withdrawn the products.", "Lidl", "Retailer Lidl"),
        ("It agreed to buy rival Wyeth WYE.N. Coca-Cola ( KO.N ) ranked among the gainers.", "Wyeth", "N. Coca-Cola"),
        ("The turmoil brought down bank Lehman Brothers LEH.P. AIG faces a cash crisis.", "Lehman Brothers", None),
        ("Canadian auto parts supplier Magna MGa.TO won the bid, officials said.", "Magna", None),
        ("Shares of Research In Motion RIM.TO fell 3 percent.", None, "Motion"),
        ("It agreed to acquire Novelis Inc. NVL.TO NVL.N in an all-cash deal.", "Novelis Inc", "TO"),
    ],
)
def test_a_firm_before_its_share_code_written_bare_is_a_firm_named_alone(text, firm, not_firm):
    tagging = tagged(text)

    assert firm is None or (firm in tagging.organizations and firm not in tagging.people)
    assert not_firm not in tagging.organizations


def test_a_share_code_written_bare_is_no_part_of_a_body_s_name():
    tagging = tagged("Halyk Bank got $500 million and Alliance ALLBq.L ASBN.KZ $370 million.")

    assert "Alliance" in tagging.organizations
    assert "Alliance" in tagging.organizations
    assert not any("ALLBq" in name for name in tagging.organizations)


def test_a_firm_s_service_read_after_a_rival_is_no_person():
    tagging = tagged("Competition from rival merchant payment system Google Checkout helped drive growth.")

    assert tagging.people == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("Satyam's interim CEO Ram Mynampati said on Thursday the company was not for sale.", "Ram Mynampati"),
        ("The team will have a new owner by April, Kestrel Chairman Crane Holloway said.", "Crane Holloway"),
    ],
)
def test_a_person_whose_given_name_is_a_firm_s_is_still_a_person(text, person):
    assert tagged(text).people == [person]


def test_a_given_name_before_a_quote_opening_on_the_surname_is_no_one():
    tagging = tagged('Halvorn added, Fed Chairman Ben "Bernanke has said QE3 may not work," and sold bonds.')

    assert "Ben" not in tagging.people


@pytest.mark.parametrize(
    "text",
    [
        "Chesapeake Energy Corp said its chief would step down. Chesapeake's board cut his pay last year.",
        "Chesapeake Energy Corp said its chief would step down. A fund that is a big investor in Chesapeake "
        "backed him.",
    ],
)
def test_a_town_written_as_a_firm_named_in_full_is_the_firm_s(text):
    assert "Chesapeake" not in tagged(text).cities


def test_a_town_written_as_a_place_beside_its_namesake_firm_stays_a_town():
    text = "Chesapeake Energy Corp said on Monday it would open an office in Chesapeake, Virginia, next year."

    assert "Chesapeake" in tagged(text).cities


@pytest.mark.parametrize(
    "text, written",
    [
        ("Retailers hope the U.S. Thanksgiving weekend lifts sales.", "U.S. Thanksgiving"),
        ("Under U.S. GAAP rules the company lost money in the quarter.", "U.S. GAAP"),
        ("Exports by U.S. Poultry producers to China fell sharply in August.", "U.S. Poultry"),
        ("The U.S. Capitol was closed to visitors after the vote.", "U.S. Capitol"),
        ("Its new chips compete with U.S. DRAM makers, Kestrel said.", "U.S. DRAM"),
    ],
)
def test_what_is_a_country_s_after_its_short_form_is_no_body(text, written):
    assert written not in tagged(text).organizations


@pytest.mark.parametrize(
    "text, body",
    [
        ("U.S. Halvorn said on Monday it would cut 200 jobs.", "U.S. Halvorn"),
        (
            '"Demand is weak," said Mara Quentin, a trader at U.S. Halvorn Investors in Dallas.',
            "U.S. Halvorn Investors",
        ),
        ("The UK Treasury declined to comment on the talks.", "Treasury"),
    ],
)
def test_a_body_written_after_a_country_s_short_form_stays_a_body(text, body):
    assert body in tagged(text).organizations


def test_eu_in_spanish_copy_is_the_united_states_not_the_union():
    tagging = tagged(
        "La Agencia Nacional de Seguridad de EU espió a la Unión Europea (UE) durante años, según documentos "
        "filtrados que publicó el semanario alemán.",
        "es",
    )

    assert "US" in tagging.places
    assert tagging.organizations.count("European Union") == 1  # "UE", "Unión Europea": the union
    assert (
        "European Union"
        not in tagged("El presidente de EU dijo que el acuerdo con México avanza bien.", "es").organizations
    )
    bilateral = tagged("La relación EU-México es buena, dijo el embajador de EU en la capital mexicana.", "es")
    assert "US" in bilateral.places
    assert not bilateral.organizations


@pytest.mark.parametrize(
    "text, word",
    [
        ("Der Start in die Saison ist damit gelungen.", "Start"),
        ("Nach dem Spiel fuhr er mit dem Rad nach Hause.", "Rad"),
        ("Mehr Sport gibt es im Ticker der Redaktion.", "Sport"),
    ],
)
def test_a_german_noun_that_is_a_foreign_club_s_short_name_is_no_club(text, word):
    organisations = tagged("Der FC Bayern gewann am Samstag 3:1 gegen Mainz. " + text, "de").organizations

    assert "Bayern München" in organisations
    assert not any(word in name for name in organisations)


def test_a_foreign_club_german_copy_names_in_full_is_still_the_club():
    tagging = tagged("IK Start gewann am Sonntag 2:1 gegen Molde, Sturm Graz verlor in Wien.", "de")

    assert {"IK Start", "SK Sturm Graz"} <= set(tagging.organizations)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Bei den Olympischen Spielen in Paris gewann die Schwimmerin zwei Medaillen, sagte der Verband.", "de"),
        ("La FIFA confirmó que el Mundial empezará en junio con un partido en São Paulo.", "es"),
    ],
)
def test_the_games_and_the_world_cup_are_events_not_bodies(text, lang):
    organisations = tagged(text, lang).organizations

    assert not any(word in name for name in organisations for word in ("Spiele", "Mundial"))


@pytest.mark.parametrize(
    "text, lang, town",
    [
        (
            "Borussia Dortmund gewann 3:1 gegen den SC Freiburg. Freiburgs Trainer war enttäuscht, für Dortmund traf "
            "Guirassy zweimal.",
            "de",
            "Freiburg",
        ),
        (
            "El FC Barcelona ganó 3-1 al Levante en la primera jornada de la liga. Barcelona suma tres puntos.",
            "es",
            "Barcelona",
        ),
    ],
)
def test_a_town_written_as_a_club_the_story_names_in_full_is_the_club_s(text, lang, town):
    assert town not in tagged(text, lang).cities


@pytest.mark.parametrize(
    "text, lang, town",
    [
        ("Borussia Dortmund gewann am Samstag in Dortmund 3:1 gegen den SC Freiburg.", "de", "Dortmund"),
        ("El FC Barcelona ganó 3-1 al Levante en la primera jornada de la liga en Barcelona.", "es", "Barcelona"),
    ],
)
def test_a_club_s_town_written_as_a_place_stays_a_town(text, lang, town):
    assert town in tagged(text, lang).cities


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "El Instituto Federal de Acceso a la Información y Protección de Datos (Ifai) ordenó publicar los "
            "contratos, informó el organismo.",
            "Instituto Federal de Acceso a la Información y Protección de Datos",
        ),
        (
            "La Comisión Federal para la Protección contra Riesgos Sanitarios (Cofepris) retiró el jarabe del "
            "mercado, informó la dependencia.",
            "Comisión Federal para la Protección contra Riesgos Sanitarios",
        ),
    ],
)
def test_a_body_is_read_on_to_the_acronym_its_words_spell(text, body):
    assert body in tagged(text, "es").organizations


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "El Ministerio de Salud y la Organización Mundial de la Salud (OMS) firmaron el acuerdo.",
            "Ministerio de Salud",
        ),
        (
            "La Unidad de Investigación de Lípidos de la Universitat Rovira y Virgili (URV) publicó el estudio.",
            "Unidad de Investigación de Lípidos",
        ),
    ],
)
def test_a_body_is_not_read_on_to_another_s_acronym(text, body):
    organisations = tagged(text, "es").organizations

    assert body in organisations
    assert not any(name.startswith(body + " ") for name in organisations)


def test_eu_joined_to_a_partner_in_spanish_copy_is_a_party_not_the_united_states():
    tagging = tagged(
        "EU reclama una ordenanza. La coalición de EU-Els Verds en el Ayuntamiento de Palma la pedirá en el pleno.",
        "es",
    )

    assert "US" not in tagging.places


def test_a_party_of_copy_with_no_dateline_is_first_its_home_country_s():
    tagging = tagged(
        "Brasilien und Argentinien wollen das Abkommen mit der EU bald unterzeichnen. Italien zögert noch. "
        "In Deutschland begrüßte die CDU den Schritt, die Landwirte in Schleswig-Holstein sind skeptisch.",
        "de",
    )

    assert "Christian Democratic Union (Germany)" in tagging.organizations


@pytest.mark.parametrize(
    "text, lang, named",
    [
        ("El Barcelona ganó la Copa Joan Gamper ante el Santos de Neymar en el Camp Nou.", "es", "Joan Gamper"),
        ("Los vecinos de la colonia Luis Donaldo Colosio denunciaron cortes de agua.", "es", "Luis Donaldo Colosio"),
        ("Die Spieler küssten die Coupe Henri Delaunay, sagte Trainer Julian Nagelsmann.", "de", "Henri Delaunay"),
    ],
)
def test_a_trophy_or_a_neighbourhood_named_after_someone_is_no_mention_of_them(text, lang, named):
    assert named not in tagged(text, lang).people


def test_a_kind_of_fund_before_a_german_firm_s_name_is_no_part_of_it():
    organisations = tagged(
        "Der Hedgefonds Melvin Capital verlor Milliarden, berichtete die Zeitung.", "de"
    ).organizations

    assert "Melvin Capital" in organisations
    assert "Hedgefonds Melvin Capital" not in organisations


def test_a_role_after_a_club_s_name_in_german_copy_is_no_part_of_it():
    tagging = tagged("Bayern Sportvorstand Max Eberl sagte am Montag, der Verein plane keine Transfers.", "de")

    assert "Max Eberl" in tagging.people
    assert not any("Sportvorstand" in name for name in tagging.organizations)


def test_a_club_before_a_player_s_or_a_coach_s_word_joined_by_a_hyphen_is_the_club():
    tagging = tagged(
        "Der Real Madrid-Spieler Toni Kroos und der FC Liverpool-Trainer Arne Slot sprachen am Montag.", "de"
    )

    assert {"Real Madrid", "FC Liverpool"} <= set(tagging.organizations)
    assert not any("Spieler" in name or "Trainer" in name for name in tagging.organizations)


def test_an_adjective_and_a_noun_in_german_copy_are_not_cut_as_a_body_and_a_role():
    organisations = tagged("Die Parlamentarische Staatssekretärin sagte, Big Brother laufe weiter.", "de").organizations

    assert "Parlamentarische" not in organisations
    assert "Big" not in organisations


def test_a_person_named_in_part_without_the_accents_of_the_full_name_is_that_person():
    tagging = tagged(
        "La vicepresidenta Soraya Sáenz de Santamaría defendió la reforma. Según dijo Saenz de Santamaría, el "
        "gobierno no cederá.",
        "es",
    )

    assert tagging.people == ["Soraya Sáenz de Santamaría"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("La actriz María Antonieta de las Nieves recibió un homenaje en la capital.", "María Antonieta de las Nieves"),
        ("El alcalde Carlos de los Santos Pérez dijo que la obra terminará en mayo.", "Carlos de los Santos Pérez"),
    ],
)
def test_a_spanish_surname_with_de_las_or_de_los_is_read_whole(text, person):
    assert tagged(text, "es").people == [person]


def test_a_town_written_as_the_club_the_tables_name_after_it_is_the_club_s():
    tagging = tagged(
        "Milan leiht Abraham aus. Die AC Mailand verstärkt sich mit dem Stürmer der AS Rom, teilte der Verein "
        "mit. Der Klub spielt am Samstag 2:1 gegen Turin.",
        "de",
    )

    assert "AC Milan" in tagging.organizations
    assert "Milan" not in tagging.cities


@pytest.mark.parametrize(
    "text, region, country",
    [
        # beside states that are no towns
        ("Lloverá de forma abundante en Oaxaca y Guerrero, informó el Servicio Meteorológico.", "Oaxaca", "MX"),
        (
            "Clapper aludió a los fallos de tribunales en Nueva York y California sobre el programa.",
            "New York City",
            "US",
        ),
        # an adjective between the state's word and its name; the strip, the district
        ("Los niños, originarios del estado sureño de Oaxaca, jugarán en Nueva York.", "Oaxaca", "MX"),
        ("Un portavoz de Hamas, en el poder en la franja de Gaza, dijo que la muerte fue justa.", "Gaza", "PS"),
        (
            "El programa es legal, dijo el director en Los Ángeles, California. Aunque un juez del distrito de "
            "Columbia dictaminó en diciembre que era ilegal, otros no.",
            "Columbia",
            "US",
        ),
        # a state's governor; and the state named once so, then alone
        (
            "El gobernador de Washington suspende la pena de muerte. Nueve presos esperan en Walla Walla.",
            "Washington",
            "US",
        ),
        (
            "El ministro habló de la provincia de Santa Fe. Santa Fe, gobernada por la oposición, ha sido "
            "escenario de la violencia. No son bandas que se han montado en Santa Fe.",
            "Santa Fe",
            "AR",
        ),
    ],
)
def test_a_town_s_name_copy_says_is_its_region_s_is_no_town(text, region, country):
    tagging = tagged(text, "es" if " el " in text or " la " in text or " de " in text else "de")

    assert region not in tagging.cities
    assert country in tagging.places


@pytest.mark.parametrize(
    "text, lang, town",
    [
        ("Los tribunales de Boston, Nueva York y Chicago fallaron en contra.", "es", "New York City"),  # towns listed
        ("Llegan artistas de Lisboa, Madrid, Barcelona y Extremadura al festival.", "es", "Madrid"),  # and a region
        ("El estado de Oaxaca recibió ayuda. En la ciudad de Oaxaca no hubo daños.", "es", "Oaxaca"),  # the town said
        ("El avión saltó sobre el distrito capitalino de Antipolo antes de aterrizar.", "es", "Antipolo"),
        # a province in brackets is that mention's alone
        ("Murieron en una explosión en Ecija (Sevilla). Sigue ingresado en un hospital de Sevilla.", "es", "Sevilla"),
        # English names a city's district or region and the city alike
        (
            "The case is in the Southern District of New York. The lawyer spoke in New York on Monday.",
            "en",
            "New York City",
        ),
        ("The Chicago region economy grew. The Chicago index rose, economists in Chicago said.", "en", "Chicago"),
    ],
)
def test_a_town_beside_towns_or_said_to_be_the_town_stays_a_town(text, lang, town):
    assert town in tagged(text, lang).cities


def test_a_town_german_sports_copy_says_a_side_played_against_is_no_place():
    tagging = tagged(
        "Schalke-Trainer Kees van Wonderen ändert seine Startelf: Im Vergleich zum 3:4 gegen Fürth sind es sieben "
        "Veränderungen in der 2. Bundesliga.",
        "de",
    )

    assert "Fürth" not in tagging.cities


def test_a_club_s_town_in_the_genitive_after_a_preposition_is_the_club_and_its_mayor_s_the_town():
    text = (
        "RB Leipzig verliert 0:1 gegen den FC Liverpool in der Champions League. Núñez köpfte gegen die "
        "Laufrichtung von Leipzigs Torwart Péter Gulácsi ins Tor."
    )

    assert "Leipzig" not in tagged(text, "de").cities
    assert "Leipzig" in tagged(text + " In Leipzigs Innenstadt feierten Tausende Fans.", "de").cities


def test_a_state_after_german_copy_s_word_for_a_us_state_is_no_country():
    assert tagged("Im US-Bundesstaat Georgia stimmte Marjorie Taylor Greene dagegen.", "de").places == ["US"]
    assert "GE" in tagged("Georgia und Armenien verhandeln in Tiflis.", "de").places


def test_ap_in_spanish_copy_is_the_agency_not_spain_s_alianza_popular():
    tagging = tagged("Así lo dijo a la AP Olimpia Sánchez, una vecina del barrio, tras el incendio.", "es")

    assert "People's Party (Spain)" not in tagging.organizations
    assert "Olimpia Sánchez" in tagging.people


@pytest.mark.parametrize(
    "text, lang, body, person",
    [
        (
            "Bei Inter Miami Luis Suarez, Jordi Alba und Lionel Messi spielen zusammen.",
            "de",
            "Inter Miami",
            "Luis Suarez",
        ),
        (
            "Lo dijo la portavoz del Departamento de Estado Marie Harf en rueda de prensa. Harf añadió que no hay plazos.",
            "es",
            "Departamento de Estado",
            "Marie Harf",
        ),
    ],
)
def test_a_body_s_name_read_on_into_a_person_s_after_it_is_the_body_and_the_person(text, lang, body, person):
    tagging = tagged(text, lang)

    assert body in tagging.organizations
    assert person in tagging.people
    assert not any(name.startswith(body + " ") for name in tagging.organizations)


@pytest.mark.parametrize(
    "text, body",
    [
        ("La Fundación Carlos Slim donó computadoras a las escuelas de la sierra.", "Carlos Slim"),
        ("Das Max-Planck-Institut und das Instituto Max Planck forschen gemeinsam.", "Max Planck"),
    ],
)
def test_a_body_named_after_a_person_is_not_parted(text, body):
    assert body not in tagged(text, "es" if "La " in text else "de").people


@pytest.mark.parametrize(
    "text, body",
    [
        ("Die Bayern suchen einen Trainer. Im Pokal geben die Bayern Vollgas bei Ralf Rangnick, heißt es.", "Bayern"),
        ("Das Spiel läuft am Sonntag in der ARD Premiere, kündigte die ARD an.", "ARD"),
    ],
)
def test_a_known_body_s_name_read_on_into_a_german_noun_is_the_name_alone(text, body):
    organisations = tagged(text, "de").organizations

    assert body in organisations
    assert not any(name.startswith(body + " ") for name in organisations)


def test_a_body_the_tables_know_whole_in_german_copy_is_not_cut():
    organisations = tagged(
        "Bayern München und Eintracht Frankfurt trennten sich 1:1, Union Berlin verlor gegen Sky Deutschland.", "de"
    ).organizations

    assert {"Bayern München", "Eintracht Frankfurt", "Union Berlin"} <= set(organisations)


def test_a_body_s_one_word_name_the_story_never_writes_alone_is_not_cut_from_the_words_after_it():
    organisations = tagged(
        "Das hören Sie bei NDR Kultur am Sonntag um neun Uhr, mit Musik von Bach.", "de"
    ).organizations

    assert "NDR" not in organisations


def test_a_side_german_sports_copy_names_by_its_town_is_no_town_though_the_tables_name_two_clubs_so():
    cities = tagged(
        "Borussia Dortmund steht im Finale der Champions League. Schon gegen Newcastle, später auch gegen Atlético "
        "zeigte der BVB Moral. Trainer Edin Terzic lobte die Spieler nach dem 2:0 im Halbfinale. Das Finale findet "
        "in London statt.",
        "de",
    ).cities

    assert cities == ["London"]


def test_a_name_the_story_writes_with_the_acronym_its_words_spell_is_a_body_not_a_person():
    tagging = tag_parsed(
        parse_dispatch(
            "Inicia Pemex este mes envíos de crudo a Asia\n\n"
            "México, DF. Con el fin de diversificar sus ventas en el mercado internacional Petróleos Mexicanos "
            "(Pemex) iniciará este mes la exportación de crudo ligero a Asia.\n\n"
            "En un comunicado, la paraestatal detalló que busca ampliar las exportaciones en mercados alternativos.\n\n"
            "Por otra parte, Pemex expuso que reanudará las exportaciones desde la terminal de Salina Cruz.\n\n"
            "Petróleos Mexicanos explicó que los envíos se dirigirán a los mercados de Japón y Corea del Sur.\n"
        )
    )
    guard = tagged("Lo dijo el senador Emilio Gamboa Patrón (PRI) al salir de la sesión.", "es")

    assert "Petróleos Mexicanos" not in tagging.people
    assert "Petróleos Mexicanos" in tagging.organizations
    assert "Emilio Gamboa Patrón" in guard.people


def test_a_spanish_adverb_opening_a_sentence_is_no_part_of_the_name_after_it():
    tagging = tagged(
        "El presidente de la cámara John Boehner anunció los principios. Ya Boehner se había referido a ellos la "
        "víspera.",
        "es",
    )

    assert tagging.people == ["John Boehner"]


def test_the_universiade_is_an_event_not_a_body():
    organisations = tagged(
        "La atleta ganó el oro en la Universiada Mundial de Kazán, informó la Federación Mexicana de Atletismo.", "es"
    ).organizations

    assert organisations == ["Federación Mexicana de Atletismo"]


@pytest.mark.parametrize(
    "text, lang, body",
    [
        (
            "El festival de Jazz Lincoln Center comenzó ayer en Nueva York con un concierto.",
            "es",
            "Jazz Lincoln Center",
        ),
        (
            "Das Halbfinale gegen Paris Saint-Germain kann Wirklichkeit werden, hofft der BVB.",
            "de",
            "Paris Saint-Germain",
        ),
        ("Team: Oracle Red Bull Racing, Fahrer: Max Verstappen und Sergio Pérez.", "de", "Oracle Red Bull Racing"),
    ],
)
def test_a_body_with_a_given_name_inside_its_own_name_is_not_parted(text, lang, body):
    assert body in tagged(text, lang).organizations


def test_a_person_after_against_in_german_sports_copy_is_no_side():
    people = tagged(
        "Nach dem Boxkampf gegen Regina Halmich betrat er die Bühne. Der Sieg gegen Charlotte Würdig gelang im "
        "Finale mit 2:1, sagte der Trainer nach dem Spiel.",
        "de",
    ).people

    assert {"Regina Halmich", "Charlotte Würdig"} <= set(people)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "El decreto se publicó hoy en el Diario Oficial de la Federación (DOF), informó la Secretaría de Gobernación.",
            "Diario Oficial de la Federación",
        ),
        (
            "Lo anunció el Instituto Nacional de Antropología e Historia (INAH) en un comunicado este lunes.",
            "Instituto Nacional de Antropología e Historia",
        ),
    ],
)
def test_a_spanish_body_s_name_is_read_whole_up_to_the_acronym_it_spells(text, body):
    organisations = tagged(text, "es").organizations

    assert body in organisations
    assert not any(body.startswith(name + " ") or body.endswith(" " + name) for name in organisations)


@pytest.mark.parametrize(
    "text",
    [
        "Der Tschechen-Klub verlor am Samstag deutlich, sagte der Trainer nach dem Spiel.",
        "Der Hauptstadt-Klub hat einen neuen Trainer verpflichtet, teilte der Verein mit.",
        "Die Foul-Bilanz spricht gegen die Gastgeber, so der Schiedsrichter.",
    ],
)
def test_german_nouns_joined_by_a_hyphen_name_no_body(text):
    assert tagged(text, "de").organizations == []


@pytest.mark.parametrize(
    "text, body",
    [
        ("Der Landes-Rechnungshof kritisierte die Ausgaben der Regierung scharf.", "Landes-Rechnungshof"),
        ("Die Grünen-Fraktion im Landtag stimmte gegen den Antrag der Regierung.", "Grünen-Fraktion"),
    ],
)
def test_a_german_compound_ending_on_a_body_s_noun_stays_a_body(text, body):
    assert body in tagged(text, "de").organizations


def test_german_nouns_are_known_declined_and_short_words_are_not_read_declined():
    from wire.tagging.name_lexicons import german_noun

    assert german_noun("Klub") and german_noun("Klubs") and german_noun("Tschechen")
    assert not german_noun("Cern")  # not "Cer", the element, declined
    assert not german_noun("Hamburg")


def test_an_acronym_after_an_article_read_on_into_a_german_noun_is_the_acronym_alone():
    organisations = tagged(
        "Nach der Untersuchung gab der DFB Entwarnung: Der Spieler kann am Samstag auflaufen.", "de"
    ).organizations
    guard = tagged("Der Bildschirmhersteller LG Display meldete einen Gewinn im Quartal.", "de").organizations

    assert "DFB Entwarnung" not in organisations
    assert "LG Display" in guard


def test_one_word_of_a_body_s_name_the_tables_know_is_that_body():
    organisations = tagged(
        "Eintracht Frankfurt gewann das Spiel mit 2:0. Eintracht-Trainer Dino Toppmöller lobte danach die "
        "Eintracht und ihre Fans.",
        "de",
    ).organizations
    guard = tagged(
        "Der ZDF Fernsehgarten lief am Sonntag, das ZDF zeigte ihn live. Das ZDF meldete gute Quoten.", "de"
    ).organizations

    assert organisations == ["Eintracht Frankfurt"]
    assert "ZDF" in guard


@pytest.mark.parametrize(
    "headline, body, name",
    [
        (
            "Pide Obama al Congreso aprobar la reforma",
            "El presidente Barack Obama pidió hoy al Congreso aprobar la reforma migratoria antes de fin de año.",
            "Barack Obama",
        ),
        (
            "Adquiere Harvard archivo de cocina mexicana",
            "La Universidad de Harvard adquirió un archivo con recetas de la cocina mexicana, informó la institución.",
            "Harvard University",
        ),
    ],
)
def test_the_verb_a_spanish_headline_opens_on_is_no_part_of_the_name_after_it(headline, body, name):
    tagging = tag_dispatch(headline, [body], "es")
    names = tagging.people + tagging.organizations

    assert name in names
    assert not any(found.startswith(headline.split()[0] + " ") for found in names)
    assert "Congreso aprobar" not in tagging.organizations


def test_a_spanish_headline_opening_on_a_name_keeps_its_first_word():
    tagging = tag_dispatch(
        "Cruz Azul vence al América en el Azteca", ["El Cruz Azul venció 2-1 al América en el estadio."], "es"
    )
    snowden = tag_dispatch(
        "Padre de Snowden viajará a Rusia", ["Lon Snowden, padre de Edward Snowden, dijo que viajará pronto."], "es"
    )

    assert "Cruz Azul" in tagging.organizations
    assert not any(name.startswith("de ") for name in snowden.people)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El arquitecto recibió el Praemium Imperiale en Tokio, anunció la Asociación de Arte de Japón.", "es"),
        ("Recibirá el Premio Internacional de la Unión Americana de Geofísica en diciembre.", "es"),
        ("Der Gewinner des Deutschen Buchpreises steht fest. Die Jury des Deutschen Buchpreises lobte ihn.", "de"),
        ("Frankfurt spielt in der Europa League gegen Rom, in der Nations League ruht der Ball.", "de"),
        ("Beim Eurovision Song Contest (ESC) in Malmö tritt Isaak an. Die ESC-Hoffnung ist groß.", "de"),
    ],
)
def test_prizes_competitions_and_their_acronyms_are_no_bodies(text, lang):
    organisations = tagged(text, lang).organizations

    assert not any(
        word in name
        for name in organisations
        for word in ("Premio", "Praemium", "Buchpreis", "League", "ESC", "Eurovision")
    )


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Las lipoproteínas de alta densidad (HDL) protegen. El HDL sube con el ejercicio, dijo el médico.", "es"),
        ("Das LDL-Cholesterin sinkt, und eine XXL-Summe zahlte der Verein für den Stürmer.", "de"),
    ],
)
def test_abbreviations_of_things_are_no_bodies(text, lang):
    assert tagged(text, lang).organizations == []


def test_the_associated_press_after_a_role_in_spanish_copy_is_the_agency_not_a_party():
    organisations = tagged(
        "Fue un crimen horrible, dijo Kathleen Carroll, editora ejecutiva y vicepresidente senior de la AP.", "es"
    ).organizations

    assert organisations == ["AP"]


def test_an_acronym_the_story_gives_another_name_is_not_a_party_of_the_table():
    organisations = tagged(
        "De acuerdo con el Centro Nacional Para el Control y Prevención de Enfermedades (CDC), hay casos. El CDC "
        "pidió calma.",
        "es",
    ).organizations
    guard = tagged("El Partido Revolucionario Institucional (PRI) ganó. El PRI celebró en Monterrey.", "es")
    member = tagged("Bundeskanzler Werner Faymann (SPÖ) sagte am Montag, die ÖVP müsse handeln.", "de")

    assert "Democratic Convergence of Catalonia" not in organisations
    assert "Institutional Revolutionary Party" in guard.organizations
    assert "Social Democratic Party of Austria" in member.organizations


def test_a_german_body_declined_by_its_sentence_is_named_as_the_tables_and_its_letterhead_name_it():
    organisations = tagged(
        "Der Hallesche FC gewann am Samstag 2:0, der Hallesche FC bleibt oben. Ein Mitglied des Westerwälder "
        "Kreistages sprach danach.",
        "de",
    ).organizations

    assert {"Hallescher FC", "Westerwälder Kreistag"} <= set(organisations)


def test_a_club_s_town_after_a_conjunction_or_between_two_sides_is_the_club():
    sides = tagged(
        "Hannover 96 bleibt in der zweiten Liga oben. Viel mehr passierte nicht, bis Hannover ein Geschenk "
        "dankend annahm. Im Spiel zwischen Hannover und Nürnberg fielen zwei Tore, sagte der Trainer.",
        "de",
    ).cities
    guard = tagged(
        "Hannover 96 bleibt in der zweiten Liga oben. Die Fans fuhren mit dem Zug von Berlin bis Hannover, "
        "sagte der Trainer nach dem Spiel.",
        "de",
    ).cities

    assert "Hannover" not in sides
    assert "Hannover" in guard


@pytest.mark.parametrize(
    ("text", "lang", "platform"),
    [
        ("Icahn said on Twitter that he had a nice conversation with the chief executive.", "en", "Twitter"),
        ("Maduro agregó en su cuenta de Twitter que activó a la Fuerza Armada en la zona.", "es", "Twitter"),
        ("El actor habló con sus seguidores a través de Twitter tras el accidente en la pista.", "es", "Twitter"),
        ("Die Polizei teilte am Samstagabend auf Twitter mit, dass der Verdächtige gefasst sei.", "de", "Twitter"),
        ("Auf seiner Instagram-Seite hat der Sänger zahlreiche Videos der Tournee geteilt.", "de", "Instagram"),
        ("Das Konto der Bank war gesperrt. Auf Facebook und Twitter beklagten sich Kunden.", "de", "Twitter"),
        ("La ministre a réagi sur son compte Twitter dimanche soir, après le match.", "fr", "Twitter"),
        (
            "Le club a publié un message sur sa page Facebook pour annoncer le départ de son entraîneur.",
            "fr",
            "Facebook",
        ),
    ],
)
def test_a_platform_named_only_as_where_a_message_was_posted_is_no_body(text, lang, platform):
    assert platform not in tagged(text, lang).organizations


@pytest.mark.parametrize(
    ("text", "lang", "platform"),
    [
        ("Shares of Facebook fell after the company said on Facebook that its users grew.", "en", "Facebook"),
        ("Brasil pidió interrogar a los jefes de Facebook, Google y Yahoo por el espionaje.", "es", "Facebook"),
        ("Elon Musk hatte Twitter im Oktober 2022 gekauft. Trump äußerte sich auf Twitter.", "de", "Twitter"),
    ],
)
def test_a_platform_the_story_names_otherwise_stays_a_body(text, lang, platform):
    assert platform in tagged(text, lang).organizations


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Bei der Show machte Florian Silbereisen Lust auf die weiteren Auftritte. Silbereisen sang drei Lieder.",
            "Florian Silbereisen",
        ),
        ("Eric Dier Darf gegen Salzburg spielen. Dier darf nach der Pause wieder ran, sagte der Trainer.", "Eric Dier"),
        (
            "Name: Lars Klingbeil\n\nLars Klingbeil Geburtstag: 23. Februar 1978. Klingbeil führt die SPD.",
            "Lars Klingbeil",
        ),
    ],
)
def test_a_german_common_word_run_on_after_a_surname_is_no_part_of_the_name(text, person):
    assert tagged(text, "de").people == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Die Schauspielerin Jasna Fritzi Bauer spielt die Kommissarin in der neuen Folge.", "Jasna Fritzi Bauer"),
        ("Die Sängerin Anna Maria Bauer trat am Abend auf. Bauer sang drei Lieder.", "Anna Maria Bauer"),
        ("Verteidiger Sepp van den Berg köpfte knapp vorbei. Van den Berg traf später.", "Sepp van den Berg"),
    ],
)
def test_a_surname_that_is_a_german_noun_stays_in_the_name(text, person):
    assert person in tagged(text, "de").people


@pytest.mark.parametrize(
    ("text", "lang", "portfolio"),
    [
        (
            "El Cairo. El ministerio de Relaciones Exteriores turco convocó al embajador de Egipto.",
            "es",
            "Relaciones Exteriores",
        ),
        ("Según informó el departamento vasco de Interior, todavía no hay detenidos en Bilbao.", "es", "Interior"),
        ("Los responsables del ministerio de Hacienda hablaron del asunto en Madrid.", "es", "Hacienda"),
    ],
)
def test_a_portfolio_after_a_designator_written_small_is_no_body_of_its_own(text, lang, portfolio):
    assert portfolio not in tagged(text, lang).organizations


def test_a_portfolio_after_a_designator_written_small_is_the_body_the_tables_know_by_the_whole():
    organisations = tagged("El Cairo. El ministerio del Interior dijo que la policía detuvo a diez personas.", "es")
    guard = tagged("El secretario general de CCOO, Antonio Gutiérrez, habló en Madrid.", "es")

    assert organisations.organizations == ["Ministry of Interior"]
    assert "CCOO" in guard.organizations


def test_a_given_name_and_a_surname_ending_as_a_german_body_s_word_is_a_person():
    story = tagged(
        "Immer wieder suchten die Heidenheimer ihren Torjäger Tim Kleindienst, der beim Sieg traf. Kleindienst jubelte.",
        "de",
    )

    assert story.people == ["Tim Kleindienst"]
    assert story.organizations == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Mehr News aus der Region finden Sie hier auf unserer Seite.", "Mehr News"),
        ("Der Ball rollte in Richtung Bank, dann pfiff der Schiedsrichter ab.", "Richtung Bank"),
        ("Wir haben in der ersten Halbzeit Union ganz anders erwartet, sagte der Trainer.", "Halbzeit Union"),
    ],
)
def test_a_german_common_noun_before_a_body_s_word_is_a_phrase_not_a_body(text, phrase):
    assert phrase not in tagged(text, "de").organizations


def test_a_town_s_adjective_a_compound_or_a_name_before_a_body_s_word_still_names_a_body():
    story = tagged(
        "Die Berliner Polizei ermittelt. Die Edzard Reuter-Stiftung hilft. Die Bilder liefert FUNKE Foto Services.",
        "de",
    )

    assert story.organizations == ["Berliner Polizei", "Edzard Reuter-Stiftung", "FUNKE Foto Services"]


@pytest.mark.parametrize(
    ("text", "lang", "joined", "side"),
    [
        (
            "DFB-Pokal, erste Runde: Greifswalder FC - Union Berlin 0:2, Sportfreunde Lotte - Karlsruher SC 1:3.",
            "de",
            "Greifswalder FC - Union Berlin",
            "Greifswalder FC",
        ),
    ],
)
def test_names_joined_by_a_spaced_dash_are_two_sides_not_one_body(text, lang, joined, side):
    organisations = tagged(text, lang).organizations

    assert joined not in organisations
    assert side in organisations


def test_a_body_the_tables_name_with_a_spaced_dash_is_one_body():
    story = tagged("Die Charité - Universitätsmedizin Berlin meldet mehr Fälle als im Vorjahr.", "de")

    assert story.organizations == ["Charité - Universitätsmedizin Berlin"]


@pytest.mark.parametrize(
    ("text", "lang", "acronym"),
    [
        (
            "El ex contratista de la Agencia Nacional de Seguridad estadounidense (NSA), Edward Snowden, pidió "
            "asilo. La NSA espió a millones.",
            "es",
            "NSA",
        ),
        (
            "Grupos civiles demandaron a la Agencia de Seguridad Nacional (NSA, por sus siglas en inglés) en Nueva "
            "York.",
            "es",
            "NSA",
        ),
        ("Die Europäische Rundfunkunion (EBU) hat den Sänger ausgeschlossen. Die EBU prüft den Fall.", "de", "EBU"),
    ],
)
def test_a_body_named_in_translation_before_its_own_acronym_is_the_acronym_s(text, lang, acronym):
    assert tagged(text, lang).organizations == [acronym]


def test_a_body_s_name_that_spells_its_acronym_stays_its_name():
    story = tagged("Die Landesbank Baden-Württemberg (LBBW) meldete Gewinne. Die LBBW zahlt mehr.", "de")
    results = tagged(
        "Cuartos de final: Manchester City (ENG) - Barcelona (ESP) 0-2, Bayer Leverkusen (GER) - París "
        "Saint-Germain (FRA) 0-4.",
        "es",
    )

    assert story.organizations == ["Landesbank Baden-Württemberg"]
    assert "GER" not in results.organizations and "FRA" not in results.organizations


def test_an_acronym_read_as_a_paper_in_capitals_keeps_its_capitals():
    story = tagged("Laut NOAA kommen heute Polarlichter. Der ADAC warnt vor Staus, teilte der ADAC mit.", "de")
    paper = tagged("Das sagte der Minister dem SPIEGEL am Rande der Sitzung.", "de")

    assert story.organizations == ["NOAA", "ADAC"]
    assert paper.organizations == ["Spiegel"]


def test_football_s_video_assistant_referee_is_no_body():
    story = tagged("BVB gegen Leverkusen: VAR prüft möglichen Elfmeter. Die VAR-Entscheidung fiel spät.", "de")

    assert "VAR" not in story.organizations


def test_an_agency_a_latin_american_paper_writes_in_title_case_is_the_agency():
    story = tagged("Más de 620 personas murieron en julio, según un conteo de la Afp basado en datos oficiales.", "es")

    assert story.organizations == ["AFP"]


def test_a_paper_s_name_ending_before_a_full_stop_is_read_whole():
    story = tagged("El programa creció, informa hoy el diario The Washington Post. Según el diario, fue clave.", "es")

    assert story.organizations == ["Washington Post"]


def test_a_body_s_name_after_the_is_the_name_other_stories_write():
    story = tagged("Según The Washington Post, el plan avanza, dijo un portavoz a The Associated Press.", "es")
    paper = tagged("Según The Hill, el plan avanza en el Congreso.", "es")

    assert story.organizations == ["Washington Post", "AP"]
    assert "Hill" not in paper.organizations


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "La Coalición Voces Unidas por una Reforma Migratoria con Ciudadanía, que agrupa a 40 colectivos, pidió una ley.",
            "Coalición Voces Unidas por una Reforma Migratoria con Ciudadanía",
        ),
        (
            "La Asociación Mexicana por la No Discriminación Laboral por Edad o Género dijo que el desempleo creció.",
            "Asociación Mexicana por la No Discriminación Laboral por Edad o Género",
        ),
    ],
)
def test_a_spanish_body_s_purpose_is_read_to_its_end(text, body):
    assert tagged(text, "es").organizations == [body]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "El Instituto Andino de Meteorología e Hidrología emitió una alerta por lluvias en la costa.",
            "Instituto Andino de Meteorología e Hidrología",
        ),
        (
            "La cinta fue producida por el Instituto Cubano del Arte e Industria Cinematográficos, informó la prensa.",
            "Instituto Cubano del Arte e Industria Cinematográficos",
        ),
    ],
)
def test_a_spanish_body_s_remits_joined_by_e_are_one_name(text, body):
    # "e" is "y" before a word opening on "i": no word describing the name after it
    assert tagged(text, "es").organizations == [body]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "La Agencia Meteorológica y Oceánica de Estados Unidos informó que el huracán se debilitó.",
            "Agencia Meteorológica y Oceánica",
        ),
        (
            "El Instituto Nacional Penitenciario y Carcelario informó que 12 reclusos murieron.",
            "Instituto Nacional Penitenciario y Carcelario",
        ),
        (
            "La Fundación Patrimonio Cultural y Natural Maya restauró el friso de Balamkú.",
            "Fundación Patrimonio Cultural y Natural Maya",
        ),
    ],
)
def test_a_spanish_body_s_adjectives_joined_by_y_are_one_name(text, body):
    assert tagged(text, "es").organizations == [body]


def test_bodies_or_places_joined_by_a_conjunction_stay_apart():
    bodies = tagged("El Banco Central y Comisión Nacional Bancaria informaron.", "es")
    storms = tagged("La tormenta Manuel azotó por el Océano Pacífico e Ingrid por el Golfo de México.", "es")

    assert bodies.organizations == ["Banco Central", "Comisión Nacional Bancaria"]
    assert storms.organizations == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Essener Konzern meldete am Montag einen Gewinn.",
        "Der Patient liegt in einem Berliner Krankenhaus, sagte sein Sprecher.",
        "Besser steht der zweite Londoner Club da, mit zehn Punkten.",
        "Ein Pariser Gericht verurteilte den Mann zu zwei Jahren Haft.",
        "Die Ergebnisse stellte die Hamburger Stiftung am Montag vor.",
    ],
)
def test_one_of_a_town_s_many_bodies_named_by_its_adjective_is_no_tag(text):
    assert tagged(text, "de").organizations == []


@pytest.mark.parametrize(
    "text, body",
    [
        ("Die Berliner Polizei nahm drei Männer fest.", "Berliner Polizei"),
        ("Die Wiener Zeitung erscheint nur noch online.", "Wiener Zeitung"),
        ("Der Hamburger SV verlor am Samstag 0:2.", "Hamburger SV"),
    ],
)
def test_a_town_s_own_body_named_by_its_adjective_is_a_tag(text, body):
    assert tagged(text, "de").organizations == [body]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Produktionsland: Italien Regie: Giorgio Tessari Länge: 106 Minuten FSK: ab 0", "Giorgio Tessari"),
        ("Der Minister äußerte sich am Montag. Karl Lauterbrecht Quelle: dpa", "Karl Lauterbrecht"),
        ("Kai Havelmann Gehalt: 20 Millionen Euro pro Jahr.", "Kai Havelmann"),
    ],
)
def test_a_label_and_its_colon_after_a_german_name_are_no_part_of_it(text, person):
    assert tagged(text, "de").people == [person]


def test_a_surname_that_is_a_noun_before_a_colon_stays_the_name():
    story = tagged("Jasna Fritzi Bauer: Die Schauspielerin spielt die Kommissarin.", "de")

    assert story.people == ["Jasna Fritzi Bauer"]


@pytest.mark.parametrize(
    "text, person, kin",
    [
        (
            "Wir sprechen seiner Frau Meredith, seinen Kindern Noa und Ben unser Beileid aus, schrieb Jonas Pelzer.",
            "Jonas Pelzer",
            "Kindern Noa",
        ),
        ("Die Schauspielerin Greta Hollmann Kinder: zwei Söhne.", "Greta Hollmann", "Greta Hollmann Kinder"),
        (
            "Varga könne das Krankenhaus verlassen. Seine Freundin Laura teilte mit, dass es Bruno Varnhagen gut gehe.",
            "Bruno Varnhagen",
            "Seine Freundin Laura",
        ),
        ("Toms Vater war Bergmann, erzählt Tom Brinkhaus.", "Tom Brinkhaus", "Toms Vater"),
    ],
)
def test_kin_before_or_after_a_german_name_is_no_part_of_it(text, person, kin):
    people = tagged(text, "de").people

    assert person in people
    assert kin not in people


def test_a_surname_like_a_friend_or_child_stays_a_surname():
    story = tagged("Sportdirektor Christoph Freund und Präsident Martin Kind lobten die Mannschaft.", "de")

    assert story.people == ["Christoph Freund", "Martin Kind"]


@pytest.mark.parametrize(
    "text, body",
    [
        ("Ein Sprecher des Weißen Hauses sagte am Montag, der Präsident reise ab.", "White House"),
        ("Helfer des Roten Kreuzes verteilten Decken.", "International Red Cross"),
    ],
)
def test_a_listed_body_in_the_german_genitive_is_that_body(text, body):
    assert tagged(text, "de").organizations == [body]


def test_where_a_spanish_body_sits_is_no_part_of_its_purpose():
    story = tagged(
        "La Comisión para la Reforma en Madrid presentó su informe; la Alianza por el Cambio en Veracruz ganó.", "es"
    )

    assert story.organizations == ["Comisión para la Reforma", "Alianza por el Cambio"]


@pytest.mark.parametrize(
    "text, lang, lettered",
    [
        ("Du willst das Spiel der Gruppe D Österreich gegen Belgien heute sehen?", "de", "Gruppe D"),
        ("Die Auslosung: Deutschland zieht aus Topf D einen Gegner, Topf D gilt als leicht.", "de", "Topf D"),
        ("El partido, correspondiente al Grupo F, terminó 2-1. México lidera el Grupo F.", "es", "Grupo F"),
    ],
)
def test_a_name_ending_on_a_letter_after_no_body_s_name_is_no_body(text, lang, lettered):
    assert lettered not in tagged(text, lang).organizations


def test_a_court_s_chamber_by_its_numeral_is_a_body():
    story = tagged("Das Landgericht München I verhandelt den Fall. Es hatte im Mai entschieden.", "de")

    assert story.organizations == ["Landgericht München I"]


def test_a_firm_named_after_its_kind_keeps_its_legal_form_not_its_letter():
    story = tagged("Caracas. La empresa Petróleos de Venezuela S.A. (Pdvsa) creó un fondo de 100 millones.", "es")

    assert "Petróleos de Venezuela" in story.organizations
    assert "Petróleos de Venezuela S" not in story.organizations


def test_a_german_party_declined_without_its_article_is_the_party():
    story = tagged("Ein Sprecher der Grünen sagte am Montag, die Koalition halte. Die Linke widersprach.", "de")

    assert story.organizations == ["Greens (Germany)", "The Left (Germany)"]


def test_a_party_several_countries_name_so_is_that_of_the_other_parties_the_story_names():
    story = tagged(
        "Die ÖVP und die FPÖ verhandeln. Die Grünen kritisierten das, sagte eine Sprecherin der Grünen.", "de"
    )

    assert story.organizations == ["Austrian People's Party", "Freedom Party of Austria", "The Greens (Austria)"]


def test_a_body_s_form_the_tables_read_names_that_body_wherever_the_story_writes_it():
    story = tagged("Der AfD-Politiker sprach in Erfurt. Die AfD will bei der Wahl stärkste Kraft werden.", "de")

    assert story.organizations == ["Alternative for Germany"]


def test_an_acronym_of_a_party_that_is_no_more_abroad_is_no_party():
    broadcaster = tagged(
        "Der NDR zeigte am Abend Bilder aus Isfahan. Iran und Russland verhandeln, berichtete der NDR.", "de"
    )
    party = tag_dispatch(
        "", ["BRUSSELS (Reuters) - Leaders of France's UMP party met in Brussels on Sunday, the UMP said."], "en", "BE"
    )

    assert broadcaster.organizations == ["NDR"]
    assert party.organizations == ["Union for a Popular Movement"]


def test_a_club_s_letters_or_a_kind_of_body_alone_is_no_body():
    story = tagged(
        "Wirtz kam aus der Jugend des 1. FC Köln. Der damalige FC-Trainer Markus Gisdol sagte, er sei traurig.", "de"
    )

    assert "FC" not in story.organizations


@pytest.mark.parametrize(
    "text",
    [
        'Das erzählt Jonas Rieder dem amerikanischen "People"-Magazin.',
        "Das Rückspiel gegen Lyon (21.00 Uhr im LIVETICKER) entscheidet alles.",
        "Das Bundesamt warnte am Montag vor Betrügern.",
        "Die NGO rettete 40 Menschen. Die NGO kritisierte die Behörden.",
    ],
)
def test_a_german_outlet_s_or_office_s_kind_alone_is_no_body(text):
    assert tagged(text, "de").organizations == []


def test_an_ngo_is_a_kind_of_body_in_english_too():
    assert tagged("The NGO said it had rescued 40 people.").organizations == []


@pytest.mark.parametrize(
    "text, side",
    [
        ("Am Sonntag empfängt Schlusslicht Vitesse Arnheim den Meister, sagte der Trainer.", "Vitesse Arnheim"),
        ("Der Bundesligist Union Berlin holt einen Stürmer aus Wien.", "Union Berlin"),
    ],
)
def test_where_a_german_side_stands_before_its_name_is_no_part_of_it(text, side):
    assert tagged(text, "de").organizations == [side]


def test_a_word_alone_the_firms_tables_read_does_not_rename_the_paper_a_rule_read():
    story = tagged(
        "Ein Gespräch über die Krise. Standard: Kann Europa den Andrang bewältigen? Minister: Wir müssen es "
        "schaffen. Standard: Vor zwei Jahren haben Sie im STANDARD-Interview gesagt, Europa müsse sich ändern.",
        "de",
    )

    assert "Standard" in story.organizations
