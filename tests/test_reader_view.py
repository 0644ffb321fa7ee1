"""What a reader sees of real copy, in a real browser (Debian's Chromium
through Playwright): fictional dispatches in the shapes real exports take
(tests/reader_copy/: a story on one line with run-in capital subheads and
its credit line at the end, a story no topic fits, names quoted once) built
into a site and opened from a local server."""

import shutil

import pytest
from conftest import ROOT, build_site, serious_accessibility_violations, served

COPY = ROOT / "tests" / "reader_copy"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reader")
    shutil.copytree(COPY, tmp / "seeds")
    return build_site(tmp, tmp / "seeds")


@pytest.fixture(scope="module")
def server(site):
    with served(site) as address:
        yield address


def story(site, words: str) -> str:
    (path,) = [p for p in (site / "stories").glob("*.html") if words in p.name]
    return "/" + path.relative_to(site).as_posix()


def test_no_year_is_a_section(page, server):
    page.goto(server + "/")
    sections = page.locator("nav .sections a").all_inner_texts()
    assert "General news" in sections  # the story no topic fits
    assert not [name for name in sections if name.strip().isdigit()]
    page.goto(server + "/sections/")
    assert not [name for name in page.locator(".topic-index a").all_inner_texts() if name.strip().isdigit()]


def test_a_story_without_a_category_is_in_general_news(page, server, site):
    page.goto(server + story(site, "lighthouse-logbooks"))
    assert page.locator(".meta .section").text_content() == "General news"
    page.locator(".meta .section").click()
    assert page.locator("h1").inner_text() == "General news"
    assert "Lighthouse logbooks go on show" in page.locator("main").inner_text()


def test_a_one_line_export_reads_in_paragraphs_with_subheadings(page, server, site):
    page.goto(server + story(site, "crane-repairs"))
    body = page.locator(".story .body")
    paragraphs = body.locator("p").all_inner_texts()
    assert len(paragraphs) >= 5
    assert paragraphs[0].startswith("The operator of the Northgate container terminal said on Tuesday")
    assert paragraphs[0].endswith("to other ports.")  # the lede is its first sentence
    assert all(len(text) < 600 for text in paragraphs)
    assert body.locator("h2").all_inner_texts() == ["TRUCKERS FACE LONG QUEUES", "WHAT COMES NEXT"]
    following = body.locator("h2 + p").first.inner_text()
    assert following.startswith("Lorry drivers waiting to collect containers")


def test_copy_with_paragraphs_keeps_them(page, server, site):
    page.goto(server + story(site, "port-strike"))
    paragraphs = page.locator(".story .body p").all_inner_texts()
    assert len(paragraphs) == 3
    assert page.locator(".story .body h2").count() == 0


def test_teasers_are_short_everywhere(page, server, site):
    for url in ["/", "/sections/general-news/", "/sections/economy-business-and-finance/", "/topics/marcus-feld/"]:
        page.goto(server + url)
        ledes = page.locator(".teaser .lede").all_inner_texts()
        assert ledes, url
        assert all(0 < len(text) <= 300 for text in ledes), (url, [len(t) for t in ledes])
    page.goto(server + story(site, "crane-repairs"))
    description = page.locator('meta[property="og:description"]').get_attribute("content")
    assert 0 < len(description) <= 300 and description.startswith("The operator of the Northgate")


def test_a_name_quoted_once_has_no_page_and_a_name_in_two_stories_has_one(page, server, site):
    # quoted once, in passing: named in the story, found by search, no page
    page.goto(server + story(site, "lighthouse-logbooks"))
    assert "Brona Keane" in page.locator(".story .body").inner_text()
    assert page.locator(".tags a", has_text="Brona Keane").count() == 0
    assert page.goto(server + "/topics/brona-keane/").status == 404
    # quoted in two stories: a page, linked from both
    response = page.goto(server + "/topics/marcus-feld/")
    assert response.status == 200
    assert page.locator(".teaser").count() == 2
    for words in ("crane-repairs", "port-strike"):
        page.goto(server + story(site, words))
        assert page.locator(".tags a", has_text="Marcus Feld").count() == 1


def test_feed_links_read_apart_and_say_what_they_are(page, server):
    page.goto(server + "/topics/marcus-feld/")
    links = page.locator(".subscribe a").all_inner_texts()
    assert links == ["Atom feed", "RSS feed", "JSON feed"]
    text = page.locator(".subscribe").inner_text()
    assert "feedRSS" not in text and "feedJSON" not in text
    boxes = [page.locator(".subscribe a").nth(i).bounding_box() for i in range(3)]
    for left, right in zip(boxes, boxes[1:], strict=False):
        assert right["x"] >= left["x"] + left["width"] + 4 or right["y"] > left["y"]  # space between them
    for href in page.locator(".subscribe a").evaluate_all("links => links.map(a => a.href)"):
        assert page.request.get(href).ok, href


def test_feed_links_are_translated(page, server):
    page.goto(server + "/feeds.html")
    assert page.locator(".feed-list .feed-links").first.locator("a").all_inner_texts() == [
        "Atom feed",
        "RSS feed",
        "JSON feed",
    ]


def test_a_french_export_reads_in_french_paragraphs_with_french_feed_links(page, server, site):
    page.goto(server + story(site, "lyon"))
    assert page.locator("html").get_attribute("lang") == "fr"
    body = page.locator(".story .body")
    assert body.locator("h2").all_inner_texts() == ["LES PARENTS RESTENT PRUDENTS"]
    paragraphs = body.locator("p").all_inner_texts()
    assert len(paragraphs) >= 3
    assert any("a déclaré M. Étienne Barral, adjoint" in text for text in paragraphs)  # "M." ends no sentence
    page.goto(server + "/lang/fr/")
    assert page.locator(".subscribe a").all_inner_texts() == ["Flux Atom", "Flux RSS", "Flux JSON"]


def test_restored_pages_pass_the_accessibility_audit(page, server, site):
    for url in [story(site, "crane-repairs"), "/topics/marcus-feld/", "/feeds.html", "/sections/general-news/"]:
        page.goto(server + url)
        assert serious_accessibility_violations(page) == [], url
