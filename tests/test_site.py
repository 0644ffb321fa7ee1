"""Full Pelican runs of the sample seeds into a temporary folder."""

import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT, SEEDS
from pelican import Pelican
from pelican.settings import read_settings


def build(tmp_path, seeds=SEEDS):
    if not (tmp_path / "content").exists():
        shutil.copytree(ROOT / "content" / "pages", tmp_path / "content" / "pages")
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(tmp_path / "content"),
            "OUTPUT_PATH": str(tmp_path / "output"),
            "WIRE_SEEDS_PATH": str(seeds),
        },
    )
    Pelican(settings).run()
    return tmp_path / "output"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    seeds = tmp / "seeds"
    shutil.copytree(SEEDS, seeds)
    shutil.copy(FIXTURES / "hostile_markup.txt", seeds / "900_hostile_markup.txt")
    return build(tmp, seeds)


def page(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def story(site, words):
    (found,) = [p for p in (site / "stories").glob("*.html") if words in p.name]
    return page(found)


def test_seed_story_shows_its_month_without_a_day_in_french(site):
    soup = story(site, "joe-biden")
    assert soup.html["lang"] == "fr"
    time = soup.select_one(".meta time")
    assert time.get_text() == "janvier 2022"
    assert time["datetime"] == "2022-01"
    assert soup.select_one(".dateline").get_text() == "WILMINGTON, Delaware (Reuters)"
    assert "Laetitia Volga" in soup.select_one(".credits").get_text()
    body = soup.select_one(".body").get_text()
    assert "Reportage Jarrett" not in body  # the credit line left the body
    assert "WILMINGTON" not in body  # and the dateline too


def test_day_precision_date_in_the_story_language(site):
    soup = story(site, "plusieurs-milliers")
    assert soup.select_one(".meta time").get_text() == "9 décembre 2018"


def test_withdrawn_story_is_not_on_the_site(site):
    assert not [p for p in site.rglob("*.html") if "andes-norte" in p.name]
    assert "Andes Norte" not in (site / "index.html").read_text(encoding="utf-8")


def test_corrected_story_appears_once_with_its_newest_text(site):
    pages = [p for p in (site / "stories").glob("*.html") if "rotterdam" in p.name]
    assert len(pages) == 1
    soup = page(pages[0])
    assert "Wednesday morning" in soup.select_one(".body").get_text()
    assert len(soup.select(".history li")) == 3


def test_hostile_dispatch_is_inert_text_in_the_html(site):
    (path,) = [p for p in (site / "stories").glob("*.html") if "script" in p.name or "breaking" in p.name]
    raw = path.read_text(encoding="utf-8")
    soup = page(path)
    scripts = soup.find_all("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]  # only the page's own JSON-LD
    jsonld = scripts[0].string
    assert "<" not in jsonld and "</script" not in raw.split('application/ld+json">', 1)[1].split("</script>", 1)[0]
    import json

    assert (
        json.loads(jsonld)["headline"]
        == "<script>alert('headline')</script> *Breaking* [news](javascript:alert(1))"[:110]
    )
    assert soup.find("img") is None
    assert not soup.select(".body a")
    assert not [tag for tag in soup.find_all(True) if any(attr.startswith("on") for attr in tag.attrs)]
    assert soup.h1.get_text() == "<script>alert('headline')</script> *Breaking* [news](javascript:alert(1))"
    body = soup.select_one(".body").get_text()
    assert "<img src=x onerror=alert(1)> The *council* voted [here](javascript:x)" in body
    assert "{{ config }}" in body and "&amp; entities" in body
    index = page(site / "index.html")
    assert index.find("script") is None
    assert "onerror=alert(1)" not in raw.replace("onerror=alert(1)&gt;", "")


def test_rebuild_is_byte_identical(tmp_path):
    first = build(tmp_path / "a")
    second = build(tmp_path / "b")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_french_and_english_nato_stories_share_one_topic_page(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "fr.txt").write_text(
        "date 2025-10-03\nBRUXELLES, 3 oct (Reuters) - L'Otan a décidé vendredi de renforcer ses patrouilles "
        "aériennes au-dessus de la Baltique, a annoncé l'Alliance.\n\nLes ministres de l'Otan se retrouveront en décembre.\n"
    )
    (seeds / "en.txt").write_text(
        "date 2025-10-04\nBRUSSELS, Oct 4 (Reuters) - NATO agreed on Saturday to expand air patrols over the Baltic "
        "region, officials said.\n\nNATO ministers will meet again in December.\n"
    )
    site = build(tmp_path, seeds)
    topic = page(site / "topics" / "nato" / "index.html")
    links = {a["href"].rsplit("/", 1)[-1] for a in topic.select("article h2 a")}
    assert len(links) == 2
    french = story(site, "otan")
    assert "Otan" in [a.get_text() for a in french.select(".tags a")]
    assert french.select_one('.tags a[href$="topics/nato/"]').get_text() == "Otan"
