"""A withdrawal always takes its story down: in four languages, every quoting
style, with and without a headline line, before or after the story, with and
without an editor's edit; on the site, the story's address shows a notice."""

from __future__ import annotations

import gzip
import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_incremental import build, differences, snapshot
from wire.ingest import ingest
from wire.ingest_config import IngestConfig
from wire.withdrawals import FILE_NAME, read_withdrawals


@dataclass(frozen=True)
class Case:
    lang: str
    headline: str
    story: str  # the dispatch after its headline line
    lede_quote: str  # the opening words a notice quotes when the story had no headline
    notice: str  # the notice, with {q} where it quotes


CASES = {
    "en": Case(
        "en",
        "Portugal's Lusenergia to buy wind farms in Spain for 900 mln euros",
        "LISBON, Nov 3 (Reuters) - Portuguese utility Lusenergia agreed to buy 14 wind farms in Spain from a "
        "Madrid fund for 900 million euros, its biggest purchase abroad, the company said on Tuesday.\n\n"
        "The farms have 610 megawatts of capacity, Lusenergia said in a filing.\n\n"
        "(Reporting by Rita Canas; Editing by Jon Hale)\n",
        "Portuguese utility Lusenergia agreed to buy 14 wind farms",
        "STORY WITHDRAWN\n\nLISBON, Nov 4 (Reuters) - The story headlined {q} is withdrawn. The company says "
        "no agreement was signed. There will be no replacement story.\n",
    ),
    "fr": Case(
        "fr",
        "L'usine d'Audincourt va fermer ses portes d'ici l'été",
        "Audincourt, 3 nov 2026 (AFP) - L'équipementier Valmont a annoncé mardi la fermeture de son usine "
        "d'Audincourt, dans le Doubs, qui emploie 240 salariés, d'ici l'été prochain.\n\n"
        "Les syndicats ont dénoncé une décision brutale et appelé à un rassemblement jeudi.\n",
        "L'équipementier Valmont a annoncé mardi la fermeture",
        "DÉPÊCHE ANNULÉE\n\n4 nov 2026 (AFP) - La dépêche intitulée {q} est annulée. Veuillez la supprimer.\n",
    ),
    "es": Case(
        "es",
        "El Gobierno aprueba un plan de vivienda para jóvenes de 2.000 millones",
        "Madrid, 3 nov (EFE).- El Gobierno aprobó este martes un plan de vivienda para jóvenes dotado con "
        "2.000 millones de euros, que prevé ayudas al alquiler y avales para la compra.\n\n"
        "El plan beneficiará a unos 300.000 jóvenes, según el Ministerio de Vivienda.\n",
        "El Gobierno aprobó este martes un plan de vivienda",
        "NOTICIA ANULADA\n\nMadrid, 4 nov (EFE).- La noticia que comenzaba {q} queda anulada.\n",
    ),
    "de": Case(
        "de",
        "Hamburger Hafen meldet Rekordumschlag im dritten Quartal",
        "Hamburg (dpa) - Der Hamburger Hafen hat im dritten Quartal so viele Container umgeschlagen wie nie "
        "zuvor. Der Umschlag stieg um 9 Prozent, teilte die Hafengesellschaft am Dienstag mit.\n\n"
        "Vor allem der Verkehr mit Asien habe zugelegt.\n",
        "Der Hamburger Hafen hat im dritten Quartal",
        "STORNO\n\nHamburg (dpa) - Die Meldung {q} wird zurückgezogen. Bitte nicht verwenden.\n",
    ),
}
STYLES = {
    "straight": ('"', '"'),
    "curly": ("“", "”"),
    "guillemets": ("« ", " »"),
    "german": ("„", "“"),
    "single-curly": ("‘", "’"),
    "single": ("'", "'"),
}
STORY_STAMP = "2026-11-03T08:00:00Z\n"
NOTICE_STAMP = "2026-11-04T09:30:00Z\n"
UNRELATED = (
    "2026-11-03T10:00:00Z\nPortugal's Lusenergia to buy wind farms in Spain for 900 mln euros\n\n"
    "PORTO, Nov 3 (Reuters) - A different story that happens to carry the same headline, filed from Porto "
    "about a rival bid for the same assets by a Spanish fund.\n"
)


def story_text(case: Case, headline: bool) -> str:
    return STORY_STAMP + (case.headline + "\n\n" if headline else "") + case.story


def notice_text(case: Case, headline: bool, style: str) -> str:
    opening, closing = STYLES[style]
    return NOTICE_STAMP + case.notice.format(q=opening + (case.headline if headline else case.lede_quote) + closing)


def withdrawn_files(content: Path) -> dict[str, str | None]:
    data = json.loads((content / "wire" / FILE_NAME).read_text(encoding="utf-8"))
    return {item["file"]: item["withdrawn"] for item in data["withdrawn"]}


def report(config: IngestConfig) -> dict[str, dict]:
    lines = config.report.read_text(encoding="utf-8").splitlines()
    return {entry["source"]: entry for entry in map(json.loads, lines)}


def edit(content: Path, path: str) -> None:
    target = content / path
    target.write_text(target.read_text(encoding="utf-8").replace("Title: ", "Title: EDITED "), encoding="utf-8")


@pytest.mark.parametrize("order", ["after", "before", "together"])
@pytest.mark.parametrize("edited", [False, True], ids=["unedited", "edited"])
@pytest.mark.parametrize("headline", [True, False], ids=["headline", "no-headline"])
@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_notice_takes_its_story_down(tmp_path, lang, style, headline, edited, order):
    case = CASES[lang]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    (seeds / "00_unrelated.txt").write_text(UNRELATED, encoding="utf-8")
    story, notice = seeds / "10_story.txt", seeds / "20_notice.txt"
    if order == "before":
        notice.write_text(notice_text(case, headline, style), encoding="utf-8")
        ingest(config)
        assert report(config)["20_notice.txt"]["status"] == "unmatched"
    story.write_text(story_text(case, headline), encoding="utf-8")
    if order == "together":
        notice.write_text(notice_text(case, headline, style), encoding="utf-8")
    ingest(config)
    path = report(config)["10_story.txt"]["output"]
    if edited:
        edit(config.content, path)
    if order == "after":
        notice.write_text(notice_text(case, headline, style), encoding="utf-8")
    ingest(config)
    ingest(config)  # a rerun changes nothing

    assert withdrawn_files(config.content) == {path: "2026-11-04T09:30"}
    entries = report(config)
    assert entries["20_notice.txt"]["output"] == path
    unrelated = config.content / entries["00_unrelated.txt"]["output"]
    assert "Withdrawn" not in unrelated.read_text(encoding="utf-8")
    if not edited:
        assert "Withdrawn: yes" in (config.content / path).read_text(encoding="utf-8")


def seed(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("kind", ["UPDATE 2-", "CORRECTED-", "REFILE-"])
def test_updates_and_corrections_of_a_headline_with_an_apostrophe_join_their_story(tmp_path, kind):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    seed(seeds, "1.txt", story_text(CASES["en"], True))
    rewritten = (
        "LISBON, Nov 3 (Reuters) - Shares in Lusenergia rose 4% after the deal, which analysts at two banks "
        "called expensive but strategic for the Portuguese group.\n"
    )
    seed(
        seeds,
        "2.txt",
        "2026-11-03T15:00:00Z\n"
        + kind
        + "Portugal’s Lusenergia to buy wind farms in Spain for 900 mln euros\n\n"
        + rewritten,
    )
    ingest(config)
    entries = report(config)
    assert entries["1.txt"]["output"] == entries["2.txt"]["output"]


def test_a_notice_naming_no_story_is_reported_and_logged(tmp_path, caplog):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    config = IngestConfig(seeds=seeds, content=tmp_path / "content", report=tmp_path / "report.jsonl")
    seed(seeds, "notice.txt", notice_text(CASES["en"], True, "straight"))
    with caplog.at_level(logging.WARNING):
        result = ingest(config)
    entry = report(config)["notice.txt"]
    assert entry["status"] == "unmatched"
    assert "Portugal's Lusenergia to buy wind farms" in entry["reason"]
    assert "notice.txt" in caplog.text and "names no story" in caplog.text
    assert "1 withdrawal notices naming no story" in result.summary()
    assert read_withdrawals(config.content / "wire" / FILE_NAME) == {}
    assert not list((config.content / "wire").rglob("*.md"))  # no page for a notice
    ingest(config)
    assert report(config)["notice.txt"]["status"] == "unmatched"  # said again on every run


def pagefind_text(site: Path) -> str:
    contents = []
    for fragment in (site / "pagefind").glob("*/fragment/*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        contents.append(data.decode("utf-8", "replace"))
    return "\n".join(contents)


def test_on_the_site_every_order_leaves_a_notice_and_no_trace(tmp_path):
    """Built with `invoke build`: an editor's edit, then the notice; a story
    and its notice together; a notice before its story. Each story is gone
    from every page, listing, feed, sitemap and search bundle, its address
    shows a notice, and the site equals a cold build of the same input."""
    from conftest import PROJECT_SETTINGS, ROOT

    conf = tmp_path / "conf.py"
    conf.write_text(PROJECT_SETTINGS + f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    steps = tmp_path / "steps"
    seed(seeds, "00_unrelated.txt", UNRELATED)
    seed(seeds, "10_en.txt", story_text(CASES["en"], True))
    seed(seeds, "10_de.txt", story_text(CASES["de"], True))
    seed(seeds, "20_es_notice.txt", notice_text(CASES["es"], False, "guillemets"))
    build(steps, seeds, conf)
    site = snapshot(steps / "output")
    assert any("lusenergia" in name for name in site if name.startswith("stories/"))

    # the editor edits the English story; its notice arrives later
    content = steps / "content"
    english = next(p for p in (content / "wire").rglob("*.md") if "LISBON" in p.read_text(encoding="utf-8"))
    edit(content, english.relative_to(content).as_posix())
    build(steps, seeds, conf)
    address = next(
        name
        for name, data in snapshot(steps / "output").items()
        if b"EDITED Portugal" in data and name.startswith("stories/")
    )
    # the notice alone: the converter writes no story file (the editor's is kept), and still the story comes down
    seed(seeds, "20_en_notice.txt", notice_text(CASES["en"], True, "single"))
    build(steps, seeds, conf)
    assert "<h1>Story withdrawn</h1>" in (steps / "output" / address).read_text(encoding="utf-8")
    assert "EDITED" not in (steps / "output" / "index.html").read_text(encoding="utf-8")
    # the German story and its notice together, the Spanish story after its notice
    seed(seeds, "20_de_notice.txt", notice_text(CASES["de"], True, "german"))
    seed(seeds, "10_es.txt", story_text(CASES["es"], False))
    seed(seeds, "10_fr.txt", story_text(CASES["fr"], True))
    seed(seeds, "20_fr_notice.txt", notice_text(CASES["fr"], True, "guillemets"))
    out = build(steps, seeds, conf)
    assert "withdrawn" in out.lower() or "built" in out
    site = snapshot(steps / "output")

    headings = (
        "<h1>Story withdrawn</h1>",
        "<h1>Dépêche retirée</h1>",
        "<h1>Noticia retirada</h1>",
        "<h1>Meldung zurückgezogen</h1>",
    )
    withdrawn_pages = {
        name: text
        for name, text in ((n, d.decode("utf-8", "replace")) for n, d in site.items())
        if any(h in text for h in headings)
    }
    assert len(withdrawn_pages) == 4, sorted(withdrawn_pages)
    gone = ["Lusenergia agreed", "EDITED", "Valmont", "plan de vivienda", "Rekordumschlag", "Umschlag stieg"]
    for name, data in site.items():
        text = data.decode("utf-8", "replace")
        for words in gone:
            assert words not in text, (name, words)
    for name, page in withdrawn_pages.items():
        assert name.startswith("stories/")
        assert '<meta name="robots" content="noindex">' in page
    spanish = next(page for page in withdrawn_pages.values() if 'lang="es"' in page)
    assert "Esta noticia fue retirada por su agencia el" in spanish and "4 de noviembre de 2026" in spanish
    assert "Porto" in site["index.html"].decode()  # the story that only shares a headline stays
    for name in ("sitemap.xml", "feeds/all.atom.xml"):
        assert not any(page in site[name].decode() for page in withdrawn_pages), name
    search = pagefind_text(steps / "output")
    assert "Lusenergia agreed" not in search and "Porto" in search

    cold = tmp_path / "cold"
    shutil.copytree(steps / "content", cold / "content")  # the editor's file, ledger and all
    build(cold, seeds, conf, cold / "content")
    assert differences(site, snapshot(cold / "output")) == []
