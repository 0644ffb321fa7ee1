"""Hostile dispatches (tests/hostile/) built into a whole site: every page,
feed, JSON-LD block and search index entry carries them as inert text."""

import gzip
import json
import re
import shutil
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, build_site

HOSTILE = ROOT / "tests" / "hostile"
SITEURL = "https://news.example.org"
DANGEROUS = ("script", "iframe", "img", "svg", "object", "embed", "base", "form", "input", "style", "link", "meta")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE, tmp / "seeds")
    return build_site(tmp, tmp / "seeds", SITEURL=SITEURL, RELATIVE_URLS=False)


def _story_text(page) -> str:
    """The story a page shows (not the other stories it links to)."""
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article.story").get_text()


def stories(site):
    return sorted((site / "stories").glob("*.html"))


def markup_problems(html: str, allowed_scripts=("application/ld+json",)) -> list[str]:
    """Elements or attributes in ``html`` that could run or load anything."""
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    for tag in soup.find_all(True):
        if tag.name == "script" and tag.get("type") in allowed_scripts and not tag.get("src"):
            continue
        if tag.name in DANGEROUS and tag.find_parent("head") is None:
            problems.append(f"<{tag.name}>")
        for attr, value in tag.attrs.items():
            if attr.lower().startswith("on"):
                problems.append(f"{tag.name}[{attr}]")
            if attr in ("href", "src") and str(value).strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                problems.append(f"{tag.name}[{attr}={value}]")
    return problems


def test_every_hostile_dispatch_is_published(site):
    names = " ".join(p.name for p in stories(site))
    assert len(stories(site)) == len(list(HOSTILE.glob("*.txt")))
    assert "marker-h1" in names or "council" in names


@pytest.mark.parametrize("marker", [f"Marker-H{i}" for i in range(1, 9)])
def test_story_pages_show_the_text_and_run_nothing(site, marker):
    (page,) = [p for p in stories(site) if marker in _story_text(p)]
    html = page.read_text(encoding="utf-8")
    body = html.split("<body>", 1)[1]
    assert markup_problems(body) == []
    head = BeautifulSoup(html.split("<body>", 1)[0], "html.parser")
    assert [s.get("type") for s in head.find_all("script")] == ["application/ld+json"]
    assert not [m for m in head.find_all("meta") if m.get("http-equiv")]
    assert head.find("base") is None
    text = BeautifulSoup(body, "html.parser").get_text()
    assert marker in text
    assert not re.search("[\u202a-\u202e\u2066-\u2069\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f]", html)


def test_literal_markup_survives_as_text(site):
    text = {p.name: BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text() for p in stories(site)}
    everything = "\n".join(text.values())
    for literal in (
        "<img src=x onerror=alert(1)>",
        "<iframe src=javascript:alert(3)></iframe>",
        "[here](javascript:x)",
        "{{ config }}",
        "{% include 'base.html' %}",
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]> &xxe;',
        "&amp; &lt;b&gt; &#x3C;script&#x3E;",
        "<div> <b>raw html block</b> </div>",
    ):
        assert literal in everything, literal


def test_a_run_in_subhead_of_markup_is_a_heading_of_text(site):
    (page,) = [p for p in stories(site) if "Marker-H8" in _story_text(p)]
    body = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one(".story .body")
    headings = [h.get_text() for h in body.find_all("h2")]
    assert headings == [
        "WAR <SCRIPT>ALERT(1)</SCRIPT> *BOLD* [LINK](JAVASCRIPT:X) #1 ## {: #ID}",
        "DEFICIT TALKS & <IMG SRC=X ONERROR=ALERT(2)> ROUNDS",
    ]
    assert [h.attrs for h in body.find_all("h2")] == [{}, {}]
    assert markup_problems(str(body)) == []
    assert [tag.name for tag in body.find_all(True) if tag.name not in ("p", "h2")] == []


def test_json_ld_holds_the_headline_as_data(site):
    for page in stories(site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        block = soup.find("script", type="application/ld+json").string
        assert "<" not in block  # "</script>" can never close it early
        data = json.loads(block)
        assert data["headline"] == soup.h1.get_text()[:110]


def test_feeds_carry_inert_text(site):
    feeds = sorted((site / "feeds").rglob("*.xml"))
    assert feeds
    for path in feeds:
        raw = path.read_bytes()
        assert b"<!ENTITY" not in raw and b"<!DOCTYPE" not in raw
        ET.fromstring(raw)  # well-formed, no entity to expand
        parsed = feedparser.parse(raw)
        assert not parsed.bozo, path
        for entry in parsed.entries:
            for value in [c.value for c in entry.get("content", [])] + [entry.get("summary", "")]:
                assert markup_problems(value, allowed_scripts=()) == [], (path, entry.title)
    everything = (site / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    parsed = feedparser.parse(everything)
    titles = [entry.title for entry in parsed.entries]
    assert any("<b onmouseover=alert(2)>" in title for title in titles)


def test_search_index_holds_text_as_data(site):
    contents = []
    for fragment in (site / "pagefind").glob("*/fragment/*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        contents.append(json.loads(data[len(b"pagefind_dcd") :])["content"])
    joined = "\n".join(contents)
    assert "<img src=x onerror=alert(1)>" in joined  # a string in JSON, escaped when the search page shows it
    assert "{{ config }}" in joined


def test_long_headline_and_long_words_are_bounded(site):
    titles = [BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").h1.get_text() for p in stories(site)]
    assert all(len(title) <= 400 for title in titles)
    assert all(len(p.name) < 100 for p in stories(site))


def test_the_checker_itself_sees_markup():
    assert markup_problems('<p><img src=x onerror="alert(1)"><a href="javascript:x">a</a></p>') == [
        "<img>",
        "img[onerror]",
        "a[href=javascript:x]",
    ]


# -- the editors' desk: the hostile corpus converted and quarantined

DESK_PAGES = ("index.html", "quarantine.html", "conflicts.html", "versions.html", "tags.html", "builds.html")


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    from test_incremental import build

    tmp = tmp_path_factory.mktemp("hostile-desk")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for path in HOSTILE.glob("*.txt"):
        shutil.copy(path, seeds / path.name)  # converted
        shutil.copy(path, seeds / f"q_{path.stem}.html")  # quarantined: not a dispatch's extension
    build(tmp, seeds, ROOT / "pelicanconf.py")
    return tmp / "output.desk"


@pytest.mark.parametrize("name", DESK_PAGES)
def test_desk_pages_show_hostile_text_and_run_nothing(desk, name):
    html = (desk / name).read_text(encoding="utf-8")
    assert markup_problems(html, allowed_scripts=()) == [], name
    assert "<script>alert" not in html


def test_the_desk_shows_hostile_copy_as_the_literal_text(desk):
    def text(name):
        return BeautifulSoup((desk / name).read_text(encoding="utf-8"), "html.parser").select_one("main").get_text()

    quarantine = text("quarantine.html")
    assert "Council <script>alert('h1')</script> votes" in quarantine
    assert "Marker-H1 <img src=x onerror=alert(1)>" in quarantine
    assert quarantine.count("not a dispatch") == len(list(HOSTILE.glob("*.txt")))
    assert "Council <script>alert('h1')</script> votes" in text("index.html")  # a story added, by its title
    assert "Stories added (8)" in " ".join(text("index.html").split())
    assert "Marker-H3 {{ config }} {% for x in range(9) %}loop{% endfor %}" in text("index.html")  # not run
