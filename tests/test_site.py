"""Full Pelican runs of the sample seeds into a temporary folder."""

import pytest
from bs4 import BeautifulSoup
from conftest import SEEDS, build_site, sample_seeds


def build(tmp_path, seeds=SEEDS):
    return build_site(tmp_path, seeds)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("site")
    return build(tmp, sample_seeds(tmp))


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
    (address,) = [p for p in site.rglob("*.html") if "andes-norte" in p.name]
    notice = page(address)
    assert notice.select_one("h1").get_text() == "Story withdrawn"
    assert notice.select_one("main time")["datetime"] == "2025-09-18T10:02Z"
    assert notice.select_one("main time").get_text().startswith("September 18, 2025, 10:02")
    assert notice.select_one('meta[name="robots"]')["content"] == "noindex"
    assert "Andes Norte" not in address.read_text(encoding="utf-8")  # not even its headline
    for other in site.rglob("*.html"):
        assert "Andes Norte" not in other.read_text(encoding="utf-8"), other


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


def test_story_page_metadata_for_sharing_and_search_engines(site):
    import json

    soup = story(site, "joe-biden")
    assert soup.select_one('link[rel="canonical"]')["href"].endswith(
        "/stories/" + soup.select_one('link[rel="canonical"]')["href"].rsplit("/", 1)[1]
    )
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"
    assert soup.select_one('meta[property="og:title"]')["content"].startswith("Joe Biden")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["datePublished"] == "2022-01"  # no invented day
    assert data["inLanguage"] == "fr"
    assert data["dateline"] == "WILMINGTON, Delaware (Reuters)"
    assert data["locationCreated"]["address"]["addressCountry"] == "US"
    assert [a["name"] for a in data["author"]][:2] == ["Jarrett Renshaw", "Jan Wolfe"]
    corrected = json.loads(story(site, "rotterdam").select_one('script[type="application/ld+json"]').string)
    assert corrected["dateModified"] == "2025-11-03T14:20Z"


def test_sitemaps(site):
    import xml.etree.ElementTree as ET

    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
        "n": "http://www.google.com/schemas/sitemap-news/0.9",
    }
    root = ET.parse(site / "sitemap.xml").getroot()
    entries = {u.find("s:loc", ns).text.rsplit("/", 1)[-1]: u for u in root.findall("s:url", ns)}
    (seed,) = [u for name, u in entries.items() if name.startswith("joe-biden")]
    assert seed.find("x:link", ns).get("hreflang") == "fr"
    assert seed.find("s:lastmod", ns).text == "2022-01"
    assert not [name for name in entries if name.startswith("404")]
    news = ET.parse(site / "news-sitemap.xml").getroot()
    titles = [u.find("n:news/n:title", ns).text for u in news.findall("s:url", ns)]
    assert titles == ["Fire halts operations at Rotterdam container terminal"]  # the two days before the newest story


def test_a_busy_desks_news_sitemap_lists_its_newest_thousand_stories():
    import datetime as dt
    import xml.etree.ElementTree as ET
    from types import SimpleNamespace

    from site_pages.sitemaps import MAX_NEWS_URLS, news_sitemap

    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    stories = [
        SimpleNamespace(
            url=f"stories/s{n}.html",
            date=start + dt.timedelta(minutes=n),
            date_precision="minute",
            lang="en",
            title=f"S{n}",
        )
        for n in range(1500)  # a day and a bit of a busy desk
    ]
    root = ET.fromstring(news_sitemap(stories, "https://x", "Desk", 2))
    titles = [t.text for t in root.iter("{http://www.google.com/schemas/sitemap-news/0.9}title")]
    assert len(titles) == MAX_NEWS_URLS == 1000
    assert titles[0] == "S1499" and titles[-1] == "S500"


def test_a_sitemap_keeps_every_character_of_its_addresses_as_text():
    import xml.etree.ElementTree as ET

    from site_pages.sitemaps import SitemapEntry, sitemap

    odd = "tag/a\"b'c<d>&e\tf.html"
    root = ET.fromstring(sitemap([SitemapEntry(odd, 'e"n')], "https://x"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    assert root.find("s:url/s:loc", ns).text == f"https://x/{odd}"
    link = root.find("s:url/x:link", ns)
    assert link.get("href") == f"https://x/{odd}" and link.get("hreflang") == 'e"n'


def test_language_pages_topics_index_archives_and_404(site):
    french = page(site / "lang" / "fr" / "index.html")
    assert french.html["lang"] == "fr"
    assert french.h1.get_text() == "Dépêches en français"
    assert all(a.find_parent("article")["lang"] == "fr" for a in french.select("article.teaser h2 a"))
    topics = page(site / "topics" / "index.html")
    assert "NATO" in topics.get_text() and "Joe Biden" in topics.get_text()
    assert {h.get_text() for h in topics.select("h2")} >= {"Topics", "People", "Places", "Organisations"}
    assert (site / "archives" / "2022" / "01" / "index.html").exists()
    assert "janvier 2022" not in page(site / "archives" / "index.html").get_text()  # English interface
    assert "January 2022" in page(site / "archives" / "index.html").get_text()
    assert (site / "404.html").exists() and (site / "about.html").exists()


def test_a_large_site_gets_a_sitemap_index_whose_files_stay_put_as_news_arrives():
    import datetime as dt
    import xml.etree.ElementTree as ET
    from types import SimpleNamespace

    from site_pages.sitemaps import MAX_URLS, STORIES_PER_FILE, SitemapEntry, sitemap, sitemap_index, sitemap_parts

    def story(number):
        date = dt.datetime(2025, 1, 1) + dt.timedelta(minutes=number)
        fields = {"date": date, "date_precision": "minute", "modified": None, "slug": f"s{number}"}
        return SitemapEntry(f"stories/s{number}.html", "en", SimpleNamespace(**fields))

    def site(count):
        stories = [story(number) for number in range(count)]
        tags = [SitemapEntry(f"topics/t{number}/", "en") for number in range(count)]
        return sitemap_parts(stories + tags, "sitemap.xml")

    before = site(2 * STORIES_PER_FILE + 10)
    stories = [name for name in before if "-stories-" in name]
    assert stories == ["sitemap-stories-1.xml", "sitemap-stories-2.xml", "sitemap-stories-3.xml"]
    assert [entry.url for entry in before["sitemap-stories-1.xml"]][:2] == ["stories/s0.html", "stories/s1.html"]
    assert all(len(listed) <= MAX_URLS for listed in before.values())
    assert sum(len(listed) for listed in before.values()) == 4 * STORIES_PER_FILE + 20
    # one new story, one new tag page: two files change, the others keep their bytes
    after = site(2 * STORIES_PER_FILE + 11)
    changed = sorted(
        name for name in after if sitemap(after[name], "https://x") != sitemap(before.get(name, []), "https://x")
    )
    assert len(changed) == 2 and "sitemap-stories-3.xml" in changed
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.fromstring(sitemap_index(list(after), "https://news.example"))
    assert [loc.text for loc in index.findall("s:sitemap/s:loc", ns)][0] == "https://news.example/sitemap-stories-1.xml"
    # a small site keeps one sitemap
    assert list(sitemap_parts([story(1)], "sitemap.xml")) == ["sitemap.xml"]
