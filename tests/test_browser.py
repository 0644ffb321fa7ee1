"""The built sample site in a real browser: Debian's Chromium driven by
Playwright, pages served from a local server."""

import pytest
from conftest import ROOT, build_site, sample_seeds, serious_accessibility_violations, served


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    seeds = sample_seeds(tmp)
    for name in ("h01_html_script.txt", "h06_long_words.txt"):
        (seeds / name).write_bytes((ROOT / "tests" / "hostile" / name).read_bytes())
    return build_site(tmp, seeds)


@pytest.fixture(scope="module")
def server(site):
    with served(site) as address:
        yield address


def story_url(site, words):
    (path,) = [p for p in (site / "stories").glob("*.html") if words in p.name]
    return "/" + path.relative_to(site).as_posix()


def test_home_story_topic_and_search_pages_open(page, server, site):
    for url, expect in [
        ("/", "Wire Desk"),
        (story_url(site, "joe-biden"), "Joe Biden"),
        ("/topics/nato/", "NATO"),
        ("/search/", "Search"),
        ("/lang/fr/", "français"),
    ]:
        response = page.goto(server + url)
        assert response.status == 200, url
        assert expect in page.title() or expect in page.locator("h1").first.inner_text(), url


def test_story_page_reads_in_french(page, server, site):
    page.goto(server + story_url(site, "joe-biden"))
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator(".meta time").first.inner_text() == "janvier 2022"
    assert page.locator(".skip").inner_text() == "Aller au contenu"
    assert "Otan" in page.locator(".tags").inner_text()


def test_search_finds_a_story_and_the_result_opens_it(page, server):
    page.goto(server + "/search/")
    page.locator(".pagefind-ui__search-input").fill("Rotterdam")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=15000)
    result.click()
    page.wait_for_url("**/stories/**")
    assert "Rotterdam" in page.locator("h1").inner_text()


def test_search_in_french_finds_french_stories(page, server):
    page.goto(server + "/lang/fr/search/?q=Otan")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=15000)
    assert "Biden" in result.inner_text()


@pytest.mark.parametrize("width", [375, 1280])
def test_nothing_overflows_on_phones_and_wide_screens(browser, server, site, width, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    long_words = [
        p for p in (site / "stories").glob("*.html") if "Supercalifragilistic" * 3 in p.read_text(encoding="utf-8")
    ]
    assert long_words
    pages = [
        "/",
        story_url(site, "joe-biden"),
        story_url(site, "breaking"),
        "/" + long_words[0].relative_to(site).as_posix(),
    ]
    for url in [*pages, "/topics/", "/feeds.html"]:
        page.goto(server + url)
        page.screenshot(
            path=str(tmp_path / f"{width}-{url.strip('/').replace('/', '_') or 'home'}.png"), full_page=True
        )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (url, width, overflow)
    context.close()


def test_no_serious_accessibility_violations(page, server, site):
    for url in [
        "/",
        story_url(site, "joe-biden"),
        "/topics/nato/",
        "/topics/",
        "/search/",
        "/archives/",
        "/feeds.html",
    ]:
        page.goto(server + url)
        assert serious_accessibility_violations(page) == [], url


def test_dark_scheme(browser, server):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(server + "/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(18, 18, 18)"
    context.close()


def test_hostile_text_in_search_results_runs_nothing(page, server):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/search/?q=onerror")
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=15000)
    page.wait_for_timeout(500)
    assert "<img src=x onerror=alert(1)>" in page.locator("#search").inner_text()
    assert page.locator("#search img, #search script, #search iframe, #search svg").count() == 0
    assert dialogs == []
