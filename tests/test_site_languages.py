"""The site's languages are those its stories were read in: a dispatch too
short to tell takes the desk's language, and no language outside
WIRE_LANGUAGES gets a link, a page or a feed."""

from bs4 import BeautifulSoup
from conftest import ROOT, build_site


def test_short_dispatches_and_foreign_files_add_no_language(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # too short for the detector: once guessed as Italian or Portuguese
    (seeds / "short_1.txt").write_text(
        "2026-01-05T10:00:00Z\nPetrobras CEO resigns\n\n(Reuters) - Petrobras CEO resigns.\n", encoding="utf-8"
    )
    (seeds / "short_2.txt").write_text(
        "2026-01-05T11:00:00Z\nFiat Chrysler sales\n\nLONDON, Jan 5 (Reuters) - Fiat Chrysler sales.\n",
        encoding="utf-8",
    )
    (seeds / "french.txt").write_bytes((ROOT / "tests" / "fixtures" / "afp_fr_paris.txt").read_bytes())
    # a story file an editor wrote by hand, in a language the desk does not publish
    edited = tmp_path / "content" / "wire" / "2026"
    edited.mkdir(parents=True)
    (edited / "hand-written.md").write_text(
        "Title: Een verhaal\nDate: 2026-01-06\nLang: nl\nSlug: een-verhaal\n\nDit is een verhaal.\n", encoding="utf-8"
    )
    site = build_site(tmp_path, seeds)

    short = [
        text
        for text in (p.read_text(encoding="utf-8") for p in (tmp_path / "content" / "wire").rglob("*.md"))
        if "Petrobras" in text or "Fiat Chrysler" in text
    ]
    assert len(short) == 2 and all("\nLang: en\n" in text for text in short)  # not pt, not it
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert [a["hreflang"] for a in home.select(".languages a")] == ["en", "fr"]
    assert sorted(p.name for p in (site / "lang").iterdir()) == ["en", "fr"]
    assert sorted(p.name for p in (site / "feeds" / "lang").glob("*.atom.xml")) == ["en.atom.xml", "fr.atom.xml"]
    assert not list((site / "sections").glob("20*"))  # no section named after the folder
