"""One table of legal forms serves the tagger, the organisation table's firms
by another form and the script that builds that table."""

from wire.tagging.data.make_organizations import LEGAL_SUFFIX
from wire.tagging.entities import find_entities
from wire.tagging.legal_forms import alternatives
from wire.tagging.vocabulary import firm_stem


def test_a_longer_form_is_tried_before_a_shorter_one_it_starts_with():
    assert alternatives(["Co", "Corp", "Corporation"]).split("|") == ["Corporation", "Corp", "Co"]


def test_a_firm_of_the_table_is_known_without_its_legal_form_in_every_spelling():
    assert firm_stem("Toyota Motor Corporation") == "Toyota Motor"
    # Dutch, Spanish and French forms the tagger reads are the table's too
    assert firm_stem("Westerschelde Ferry BV") == "Westerschelde Ferry"
    assert firm_stem("Movilidad Urbana Sostenible SL") == "Movilidad Urbana Sostenible"
    assert firm_stem("Acme") is None  # no legal form: no stem


def test_a_firm_the_table_writes_with_one_legal_form_is_read_with_another():
    found = find_entities("Westerschelde Ferry B.V. said on Monday it would add two boats.", "en", ())
    assert [(m.kind, m.key) for m in found.mentions] == [("organization", "Westerschelde Ferry BV")]


def test_the_table_builder_leaves_out_a_listed_firm_s_legal_form_but_not_a_partner_s_ampersand():
    assert LEGAL_SUFFIX.sub("", "Siemens Healthineers AG") == "Siemens Healthineers"
    assert LEGAL_SUFFIX.sub("", "Toyota Motor Corp.") == "Toyota Motor"
    assert LEGAL_SUFFIX.sub("", "Klöckner & Co") == "Klöckner & Co"  # the firm's name


def test_a_listed_company_may_be_named_by_its_acronym_a_research_body_not():
    from wire.tagging.data.make_organizations import usable

    assert usable("IBM", set(), listed=True) and usable("BP", set(), listed=True)
    assert not usable("IBM", set())  # an acronym ROR gives: the story ties it to its long form
    assert not usable("Q2", set(), listed=True)  # a quarter's name as often
    assert not usable("APA", {"APA"}, listed=True)  # excluded: a news agency's name


def test_the_table_builder_gives_no_longer_name_a_designator_alone():
    from wire.tagging.data.make_organizations import designator_for

    assert designator_for("Alliance", "Digital Research Alliance of Canada")
    assert designator_for("The Alliance", "Digital Research Alliance of Canada")
    assert not designator_for("Senate", "Senate")  # its own name
    assert not designator_for("Aramco", "Saudi Aramco")  # a name's word of its own


def test_the_organisation_table_gives_no_body_a_designator_alone():
    from wire.tagging.name_lexicons import names_no_firm_alone
    from wire.tagging.vocabulary import organization_table

    assert not [form for form, name in organization_table().items() if form != name and names_no_firm_alone(form)]
