"""Feeds of the built sample site: valid, stable, honest, complete."""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from types import SimpleNamespace

import feedparser
import pytest
from conftest import build_site, sample_seeds
from feedgen.feed import FeedGenerator
from topic_feeds.collect import FeedSpec
from topic_feeds.feed_xml import FeedContext, render_feed, render_json_feed

SITEURL = "https://news.example.org"
ATOM = "{http://www.w3.org/2005/Atom}"
TAG_URI = re.compile(r"^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:[\w.~!$&'()*+,;=:@/?-]+$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def build(tmp, seeds):
    return build_site(tmp, seeds, SITEURL=SITEURL, RELATIVE_URLS=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("feeds")
    return build(tmp, sample_seeds(tmp))


def feeds(site, suffix):
    return sorted((site / "feeds").rglob(f"*{suffix}"))


def test_every_feed_parses_without_error(site):
    files = feeds(site, ".xml")
    assert len(files) > 40
    for path in files:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.bozo_exception)
        assert parsed.version in ("atom10", "rss20"), path


def test_every_topic_has_atom_and_rss(site):
    tags = {p.parent.name for p in (site / "topics").glob("*/index.html")}
    atom = {p.name.removesuffix(".atom.xml") for p in (site / "feeds" / "tag").glob("*.atom.xml")}
    rss = {p.name.removesuffix(".rss.xml") for p in (site / "feeds" / "tag").glob("*.rss.xml")}
    assert tags == atom == rss
    assert {"nato", "russia", "joe-biden", "united-states"} <= tags
    assert (site / "feeds" / "lang" / "fr.atom.xml").exists()
    assert (site / "feeds" / "category" / "politics.rss.xml").exists()


def test_atom_rules_of_rfc_4287(site):
    ids, titles = set(), set()
    for path in feeds(site, ".atom.xml"):
        root = ET.parse(path).getroot()
        assert root.tag == f"{ATOM}feed"
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang")
        for name in ("id", "title", "updated"):
            assert len(root.findall(f"{ATOM}{name}")) == 1, (path, name)
        feed_id = root.find(f"{ATOM}id").text
        assert TAG_URI.match(feed_id), feed_id
        assert feed_id not in ids
        ids.add(feed_id)
        title = root.find(f"{ATOM}title").text
        assert title not in titles, title
        titles.add(title)
        assert root.find(f"{ATOM}author/{ATOM}name").text
        self_links = [link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"]
        assert [link.get("href") for link in self_links] == [f"{SITEURL}/{path.relative_to(site).as_posix()}"]
        alternate = [link.get("href") for link in root.findall(f"{ATOM}link") if link.get("rel") == "alternate"]
        assert len(alternate) == 1 and alternate[0].startswith(SITEURL + "/")
        entries = root.findall(f"{ATOM}entry")
        updated = [e.find(f"{ATOM}updated").text for e in entries]
        assert root.find(f"{ATOM}updated").text == max(updated, default=root.find(f"{ATOM}updated").text)
        published = [e.find(f"{ATOM}published").text for e in entries]
        assert published == sorted(published, reverse=True)  # newest first
        entry_ids = [e.find(f"{ATOM}id").text for e in entries]
        assert len(set(entry_ids)) == len(entry_ids)
        for entry in entries:
            for name in ("id", "title", "updated", "published", "summary", "content"):
                assert len(entry.findall(f"{ATOM}{name}")) == 1, (path, name)
            assert TAG_URI.match(entry.find(f"{ATOM}id").text)
            assert RFC3339.match(entry.find(f"{ATOM}updated").text)
            assert entry.find(f"{ATOM}published").text <= entry.find(f"{ATOM}updated").text
            # a link without rel is the alternate link (RFC 4287, 4.2.7.2)
            links = [link for link in entry.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
            assert len(links) == 1 and links[0].get("href").startswith(SITEURL + "/stories/")
            assert entry.find(f"{ATOM}content").get("type") == "html"


def test_rss_rules_of_rss_2(site):
    for path in feeds(site, ".rss.xml"):
        channel = ET.parse(path).getroot().find("channel")
        for name in ("title", "link", "description", "language", "lastBuildDate"):
            assert channel.find(name) is not None and channel.find(name).text, (path, name)
        parsedate_to_datetime(channel.find("lastBuildDate").text)
        self_link = channel.find(f"{ATOM}link[@rel='self']")
        assert self_link.get("href") == f"{SITEURL}/{path.relative_to(site).as_posix()}"
        for item in channel.findall("item"):
            assert item.find("title").text and item.find("link").text.startswith(SITEURL + "/")
            guid = item.find("guid")
            assert guid.get("isPermaLink") == "false" and TAG_URI.match(guid.text)
            parsedate_to_datetime(item.find("pubDate").text)
            assert item.find("description").text
            assert item.find("{http://purl.org/rss/1.0/modules/content/}encoded").text


def test_a_french_and_an_english_story_on_one_topic_feed(site):
    parsed = feedparser.parse((site / "feeds" / "tag" / "united-states.atom.xml").read_bytes())
    languages = set()
    for entry in parsed.entries:
        page = (site / entry.link.removeprefix(SITEURL + "/")).read_text(encoding="utf-8")
        languages.add(re.search(r'<html lang="(\w+)"', page)[1])
    assert {"fr", "en"} <= languages


def test_month_date_is_valid_and_not_more_precise_than_the_month(site):
    parsed = feedparser.parse((site / "feeds" / "tag" / "nato.atom.xml").read_bytes())
    (entry,) = [e for e in parsed.entries if "Joe Biden" in e.title]
    assert entry.published == "2022-01-01T00:00:00+00:00"  # the period's start: what RFC 3339 can say of "2022-01"


def test_correction_moves_updated_not_published_and_appears_once(site):
    parsed = feedparser.parse((site / "feeds" / "all.atom.xml").read_bytes())
    rotterdam = [e for e in parsed.entries if "Rotterdam" in e.title]
    assert len(rotterdam) == 1
    assert rotterdam[0].published == "2025-11-03T06:40:00+00:00"
    assert rotterdam[0].updated == "2025-11-03T14:20:00+00:00"
    assert "Wednesday morning" in rotterdam[0].content[0].value


def test_withdrawn_story_is_in_no_feed(site):
    for path in feeds(site, ".xml"):
        assert "Andes Norte" not in path.read_text(encoding="utf-8"), path


def test_hostile_text_is_escaped_exactly_once(site):
    parsed = feedparser.parse((site / "feeds" / "all.atom.xml").read_bytes())
    (entry,) = [e for e in parsed.entries if "Breaking" in e.title]
    assert entry.title == "<script>alert('headline')</script> *Breaking* [news](javascript:alert(1))"
    raw = (site / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "<script>" not in raw
    assert "&amp;lt;img src=x onerror=alert(1)&amp;gt;" in raw  # an escaped <img> inside escaped HTML content
    # the dispatch's literal "&amp;" survives as that text: escaped once for
    # HTML and once for XML, never more, never less
    from bs4 import BeautifulSoup

    text = BeautifulSoup(entry.content[0].value, "html.parser").get_text()
    assert "with pipes & ampersands &amp; entities." in text
    assert "<img src=x onerror=alert(1)> The *council*" in text


def test_control_characters_never_reach_the_xml():
    article = SimpleNamespace(
        title="Bad\x01title\x0b & <b>",
        summary="<p>sum\x07mary</p>",
        url="stories/x.html",
        slug="x",
        wire_id="abc",
        date=dt.datetime(2025, 1, 2, 3, 4),
        modified=None,
        authors=[],
        tags=[],
        get_content=lambda siteurl: "<p>con\x1ftent &amp; more</p>",
    )
    spec = FeedSpec("tag", "topics", "x", "X", "tag/x.html", "en", [article])
    context = FeedContext(SITEURL, "Site", "2026", None)
    for fmt in ("atom", "rss"):
        body = render_feed(spec, context, fmt, "Site: X", f"{SITEURL}/feeds/tag/x.{fmt}.xml")
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", body)
        parsed = feedparser.parse(body)
        assert not parsed.bozo
        assert parsed.entries[0].title == "Badtitle & <b>"


def test_feeds_filled_into_one_frame_are_what_feedgen_writes_for_each():
    """Every feed of a build is written into one frame feedgen made: each
    must be byte for byte what feedgen writes for it alone, whatever its
    name, links and language."""
    names = ['Tom & Jerry <Ltd> "quoted"', "Zoë's café\tand\r\nmore", "wiredeskframetitlewiredeskframe"]
    context = FeedContext(SITEURL, "Site & <Co>", "2026", None)
    for lang in ("en", "fr", ""):
        for name in names:
            spec = FeedSpec("tag", "topics", "a&b", name, f'topics/a&b"{lang}/', lang, [])
            for fmt in ("atom", "rss"):
                title, self_url = f"Site: {name}", f'{SITEURL}/feeds/tag/a&b"<{lang}>.{fmt}.xml'
                fg = FeedGenerator()
                fg.id(context.tag_uri("feed/tag/a&b"))
                fg.title(title)
                fg.subtitle(f"{name}: the latest stories on Site & <Co>")
                fg.description(f"{name}: the latest stories on Site & <Co>")
                fg.author({"name": "Site & <Co>"})
                fg.language(lang)
                fg.generator("Site & <Co>")
                kind = "application/atom+xml" if fmt == "atom" else "application/rss+xml"
                fg.link(href=self_url, rel="self", type=kind)
                fg.link(href=context.absolute(spec.page_url), rel="alternate", type="text/html")
                fg.updated(dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
                alone = fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
                assert render_feed(spec, context, fmt, title, self_url) == alone


def test_a_story_in_several_feeds_is_the_same_entry_in_each_in_every_format():
    def story(n, tags):
        return SimpleNamespace(
            title=f"Story {n} & more",
            summary=f"<p>Summary {n}</p>",
            url=f"stories/s{n}.html",
            slug=f"s{n}",
            wire_id=f"id{n}",
            date=dt.datetime(2025, 1, n, 3, 4),
            modified=None,
            authors=[SimpleNamespace(name="Ana Ruiz")],
            tags=[SimpleNamespace(slug=tag.lower(), name=tag) for tag in tags],
            lang="en",
            get_content=lambda siteurl, n=n: f"<p>Body {n}</p>\n<p>Second paragraph of {n}.</p>",
        )

    shared, other = story(2, ["Port", "Rail"]), story(1, ["Port"])
    context = FeedContext(SITEURL, "Site", "2026", "/feeds/feed.xsl")
    port = FeedSpec("tag", "topics", "port", "Port", "topics/port/", "en", [shared, other])
    rail = FeedSpec("tag", "topics", "rail", "Rail", "topics/rail/", "en", [shared])
    for fmt in ("atom", "rss"):
        bodies = [
            render_feed(spec, context, fmt, f"Site: {spec.name}", f"{SITEURL}/x.{fmt}.xml") for spec in (port, rail)
        ]
        parsed = [feedparser.parse(body) for body in bodies]
        assert not any(feed.bozo for feed in parsed)
        assert [entry.title for entry in parsed[0].entries] == ["Story 2 & more", "Story 1 & more"]
        assert parsed[0].entries[0] == parsed[1].entries[0]
        assert parsed[1].entries[0].content[0].value == "<p>Body 2</p>\n<p>Second paragraph of 2.</p>"
        assert parsed[1].feed.title == "Site: Rail"
        assert bodies[0].startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<?xml-stylesheet")
        if fmt == "rss":  # as feed readers that match the prefix look for it
            assert b"<content:encoded>" in bodies[1]
    port_json, rail_json = (
        json.loads(render_json_feed(spec, context, "T", f"{SITEURL}/x.json")) for spec in (port, rail)
    )
    assert [item["id"] for item in port_json["items"]] == [
        "tag:news.example.org,2026:story/id2",
        "tag:news.example.org,2026:story/id1",
    ]
    assert port_json["items"][0] == rail_json["items"][0]
    assert rail_json["items"][0]["tags"] == ["Port", "Rail"]


def test_feeds_are_identical_and_ids_stable_across_builds(site, tmp_path):
    again = build(tmp_path, sample_seeds(tmp_path))
    for path in feeds(site, ".xml") + feeds(site, ".json"):
        assert path.read_bytes() == (again / path.relative_to(site)).read_bytes(), path
    assert (site / "feeds.opml").read_bytes() == (again / "feeds.opml").read_bytes()


def test_opml_lists_every_feed_grouped(site):
    root = ET.parse(site / "feeds.opml").getroot()
    groups = {outline.get("text"): outline for outline in root.find("body")}
    assert {"Whole site", "Topics", "People", "Places", "Organisations", "Sections", "Languages"} <= set(groups)
    listed = {o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")}
    files = {f"{SITEURL}/{p.relative_to(site).as_posix()}" for p in feeds(site, ".atom.xml")}
    assert listed == files
    people = {o.get("text") for o in groups["People"]}
    assert "Wire Desk: Joe Biden" in people
    assert "Wire Desk: NATO" in {o.get("text") for o in groups["Organisations"]}
    assert "Wire Desk: Russia" in {o.get("text") for o in groups["Places"]}


def test_pages_carry_autodiscovery_links(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="Wire Desk (Atom)" href="{SITEURL}/feeds/all.atom.xml">'
        in home
    )
    tag_page = (site / "topics" / "nato" / "index.html").read_text(encoding="utf-8")
    assert f'href="{SITEURL}/feeds/tag/nato.atom.xml"' in tag_page
    feeds_page = (site / "feeds.html").read_text(encoding="utf-8")
    assert f'href="{SITEURL}/feeds/tag/nato.rss.xml"' in feeds_page


def test_feed_opened_in_a_browser_has_a_stylesheet(site):
    head = (site / "feeds" / "all.atom.xml").read_text(encoding="utf-8")[:200]
    assert '<?xml-stylesheet type="text/xsl" href="/feeds/feed.xsl"?>' in head
    ET.parse(site / "feeds" / "feed.xsl")  # well-formed XSLT


def test_json_feeds_beside_atom_and_rss(site):
    import json

    files = feeds(site, ".json")
    assert len(files) == len(feeds(site, ".atom.xml"))
    for path in files:
        feed = json.loads(path.read_text(encoding="utf-8"))
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["feed_url"] == f"{SITEURL}/{path.relative_to(site).as_posix()}"
        atom = feedparser.parse((site / path.relative_to(site).as_posix().replace(".json", ".atom.xml")).read_bytes())
        assert [item["id"] for item in feed["items"]] == [entry.id for entry in atom.entries]
        for item in feed["items"]:
            assert RFC3339.match(item["date_published"]) and item["date_published"] <= item["date_modified"]
            assert item["url"].startswith(SITEURL + "/stories/")
            assert markup_free(item["content_html"])
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'type="application/feed+json" title="Wire Desk (JSON Feed)" href="{SITEURL}/feeds/all.json"' in home


def markup_free(html: str) -> bool:
    """Only the markup the writer makes: paragraphs, breaks, subheadings."""
    from bs4 import BeautifulSoup

    return all(
        tag.name in ("p", "br", "h2") and not tag.attrs for tag in BeautifulSoup(html, "html.parser").find_all(True)
    )


def test_the_feeds_page_and_opml_list_sections_and_languages_whole_then_the_most_covered_names(site, tmp_path):
    """With one name a group, the list keeps every section and language,
    then the tag of each group with the most stories; a tag left out keeps
    its feeds, linked from its own page."""
    everything = ET.parse(site / "feeds.opml").getroot()

    def stories(xml_url: str) -> int:
        return len(feedparser.parse((site / xml_url.removeprefix(f"{SITEURL}/")).read_bytes()).entries)

    capped_site = build_site(
        tmp_path, sample_seeds(tmp_path), SITEURL=SITEURL, RELATIVE_URLS=False, TOPIC_FEEDS_LIST_MAX=1
    )
    capped = ET.parse(capped_site / "feeds.opml").getroot()
    titles = [outline.get("text") for outline in capped.find("body")]
    assert titles[:3] == ["Whole site", "Sections", "Languages"]
    full = {outline.get("text"): outline for outline in everything.find("body")}
    uneven = 0
    for outline in capped.find("body"):
        group = outline.get("text")
        listed = [o.get("xmlUrl") for o in outline]
        every = [o.get("xmlUrl") for o in full[group]]
        if group in ("Whole site", "Sections", "Languages"):
            assert sorted(listed) == sorted(every)
            continue
        assert len(listed) == 1
        counts = sorted((stories(url) for url in every), reverse=True)
        assert stories(listed[0]) == counts[0]  # the most covered
        uneven += counts[0] > counts[-1]
    assert uneven  # some group had a tag to prefer

    people_left_out = [
        o for o in full["People"] if o.get("xmlUrl") not in {x.get("xmlUrl") for x in capped.iter("outline")}
    ]
    page = (capped_site / people_left_out[0].get("htmlUrl").removeprefix(f"{SITEURL}/") / "index.html").read_text(
        encoding="utf-8"
    )
    assert f'href="{people_left_out[0].get("xmlUrl")}"' in page  # its feeds, from its own page
    feeds_page = (capped_site / "feeds.html").read_text(encoding="utf-8")
    assert people_left_out[0].get("xmlUrl") not in feeds_page
    more = len(full["People"]) - 1
    assert f"{more} more in the topics index, each with its feeds on its own page." in feeds_page
    assert feeds_page.index('id="feeds-categories"') < feeds_page.index('id="feeds-people"')
