"""Export header lines, timestamps and zones, yearless datelines and
instrument codes, from the dispatch to the story page and the feeds."""

import json
import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, build_site
from wire.conversion import convert_to_markdown
from wire.dates import WireDate
from wire.dispatch import dispatch_from_dict, dispatch_to_dict, parse_dispatch
from wire.errors import Rejected
from wire.ingest import ingest
from wire.ingest_config import IngestConfig

EXPORT = (FIXTURES / "reuters_en_export.txt").read_text(encoding="utf-8")
HEADER_ONLY = (
    "-- Harmon Motors <HRMN.N> to close two van plants in Ohio\n"
    "-- By Jane Calloway and Pedro Almeida\n"
    "-- Wed Aug 24, 2011 7:59pm EDT\n"
    "-- http://www.reuters.com/article/2011/08/24/us-harmon-plants-idUSTRE77N6X020110824\n"
)


def metadata(markdown: str) -> dict[str, str]:
    head = markdown.split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines() if ": " in line and not line.startswith(" "))


def test_export_header_lines_give_headline_byline_and_date():
    dispatch = parse_dispatch(EXPORT)
    assert dispatch.headline == "Harmon Motors to close two van plants in Ohio"
    assert dispatch.authors[:2] == ["Jane Calloway", "Pedro Almeida"]
    assert dispatch.date == WireDate(2011, 8, 24, 23, 59)  # 7:59pm EDT is 23:59 UTC
    assert (dispatch.date.zone, dispatch.date.offset) == ("EDT", -240)
    assert dispatch.agency == "Reuters"
    assert dispatch.dateline.city is None
    # the URL line dated the story; it is neither a headline nor a note nor text
    assert not any("http" in text for text in [dispatch.headline, *dispatch.notes, *dispatch.paragraphs])


@pytest.mark.parametrize(
    "text",
    [
        HEADER_ONLY,
        HEADER_ONLY.replace("-- By Jane Calloway and Pedro Almeida", "-- ") + "\n\n",
        "-- Harmon Motors to close two van plants\n-- Thu Mar 8, 2012 10:05am GMT\n",
    ],
)
def test_a_file_of_export_header_lines_only_is_rejected(text):
    with pytest.raises(Rejected) as rejected:
        parse_dispatch(text)
    assert rejected.value.reason.startswith("no story text")


def test_a_file_of_header_lines_only_is_quarantined_not_published(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "header_only.txt").write_text(HEADER_ONLY, encoding="utf-8")
    shutil.copy(FIXTURES / "reuters_en_export.txt", seeds / "export.txt")
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    result = ingest(config)
    assert result.counts["quarantined"] == 1
    reason = (config.state_path / "quarantine" / "header_only.txt.reason.txt").read_text(encoding="utf-8")
    assert reason.startswith("no story text")
    stories = list((tmp_path / "content").rglob("*.md"))
    assert len(stories) == 1
    assert "Title: Harmon Motors to close two van plants in Ohio\n" in stories[0].read_text(encoding="utf-8")


def test_instrument_codes_stay_in_the_body_only():
    meta = metadata(convert_to_markdown(EXPORT.encode("utf-8"), "export.txt"))
    body = convert_to_markdown(EXPORT.encode("utf-8"), "export.txt").split("\n\n", 1)[1]
    assert "&lt;HRMN.N&gt;" in body and "( CLDR.N )" in body  # exactly as the agency wrote them
    for key in ("Title", "Summary", "Slug"):
        assert "HRMN" not in meta[key].upper() and "<" not in meta[key] and "&lt;" not in meta[key]
    assert meta["Summary"].startswith("Harmon Motors said on Wednesday it would close")


@pytest.mark.parametrize(
    "text, arrived, date",
    [
        # 9 January seen on 30 November is this year's, not next year's
        (
            "PARIS, 9 janvier (Reuters) - Le texte de la dépêche, assez long pour en être une.",
            (2026, 11, 30),
            "2026-01-09",
        ),
        ("Madrid, 3 mar (EFE).- El texto del despacho, lo bastante largo para ser uno.", (2026, 11, 30), "2026-03-03"),
        ("LONDON, Dec 31 (Reuters) - The text of the dispatch, long enough to be one.", (2027, 1, 2), "2026-12-31"),
        ("LONDON, Dec 1 (Reuters) - The text of the dispatch, long enough to be one.", (2026, 11, 30), "2025-12-01"),
    ],
)
def test_a_yearless_dateline_is_never_after_arrival(text, arrived, date):
    received = WireDate(*arrived, 9, 0)
    meta = metadata(convert_to_markdown(text.encode("utf-8"), "x.txt", received=received))
    assert meta["Date"] == date
    assert meta["Date_precision"] == "day"


def test_the_header_timestamp_wins_over_a_dateline_day_that_disagrees():
    text = EXPORT.replace(" (Reuters) - ", "DETROIT, Aug 23 (Reuters) - ")
    assert parse_dispatch(text).date == WireDate(2011, 8, 24, 23, 59)
    # with only the URL's day in the header, the dateline's day wins
    text = "\n".join(line for line in text.splitlines() if "7:59pm" not in line)
    assert parse_dispatch(text).date == WireDate(2011, 8, 23)


def test_the_zone_survives_the_ledger():
    dispatch = parse_dispatch(EXPORT)
    again = dispatch_from_dict(json.loads(json.dumps(dispatch_to_dict(dispatch))))
    assert (again.date, again.date.zone, again.date.offset) == (dispatch.date, "EDT", -240)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("zones")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for name in ("reuters_en_export", "dpa_de_aktualisiert", "afp_fr_paris"):
        shutil.copy(FIXTURES / f"{name}.txt", seeds / f"{name}.txt")
    return build_site(tmp, seeds)


def story_page(site, words):
    (path,) = [p for p in (site / "stories").glob("*.html") if words in p.name]
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_story_pages_show_the_time_as_the_agency_gave_it(site):
    time = story_page(site, "harmon-motors").select_one(".meta time")
    assert time.get_text() == "August 24, 2011, 7:59\u202fPM EDT"
    assert time["datetime"] == "2011-08-24T23:59Z"
    time = story_page(site, "bahn-kundigt").select_one(".meta time")
    assert time.get_text() == "10. Juli 2024, 14:32 MESZ"
    # a date without a time shows no zone
    assert story_page(site, "plusieurs-milliers").select_one(".meta time").get_text() == "9 décembre 2018"


def test_feeds_keep_utc_and_no_instrument_code(site):
    atom = (site / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    entry = atom[atom.index("<title>Harmon Motors") :]
    entry = entry[: entry.index("</entry>")]
    assert "<published>2011-08-24T23:59:00+00:00</published>" in entry
    summary = entry[entry.index("<summary") : entry.index("</summary>")]
    assert "HRMN" not in summary and "CLDR" not in summary
    soup = story_page(site, "harmon-motors")
    assert "HRMN" not in soup.select_one('meta[property="og:description"]')["content"]
    assert "HRMN" not in soup.title.get_text()
