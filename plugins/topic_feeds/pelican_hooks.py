"""What the topic feeds plugin does inside a Pelican run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from email.utils import format_datetime
from functools import partial
from operator import attrgetter
from pathlib import Path
from urllib.parse import urlsplit

from babel import Locale
from desk_common.settings_table import SettingsError
from desk_common.signals import WrittenStories

from .collect import collect_feeds
from .feed_list import feed_groups
from .feed_xml import FeedContext, render_feed, render_json_feed, updated
from .opml import render_opml
from .settings import check_settings

logger = logging.getLogger(__name__)

XSL_SOURCE = Path(__file__).with_name("feed.xsl")
LOCAL_SITEURL = "http://localhost:8000"
#: A story's digest: all a feed shows of it.
_DIGEST = attrgetter("digest")
#: What has feeds besides the whole site.
FEED_KINDS = ("tag", "category", "lang")


def initialized(pelican) -> None:
    """Check the TOPIC_FEEDS_* settings."""
    try:
        pelican.settings.update(check_settings(pelican.settings))
    except SettingsError as err:
        raise SystemExit(str(err)) from None


def feed_siteurl(settings: dict) -> str:
    return (settings.get("TOPIC_FEEDS_SITEURL") or settings.get("SITEURL") or LOCAL_SITEURL).rstrip("/")


def feed_path(settings: dict, kind: str, slug: str, fmt: str) -> str | None:
    """Where the ``fmt`` feed of a tag, category, language or the site is
    written, relative to the output folder; None when that format is off."""
    if kind == "site":
        return settings[f"TOPIC_FEEDS_SITE_{fmt.upper()}"]
    if kind not in FEED_KINDS:
        return None
    pattern = settings[f"TOPIC_FEEDS_{fmt.upper()}"]
    return pattern.format(kind=kind, slug=slug) if pattern else None


def add_template_helpers(generator) -> None:
    """``generator_init``: ``feed_url(kind, slug, fmt)`` for templates."""
    settings = generator.settings
    generator.env.globals["feed_url"] = lambda kind, slug="all", fmt="atom": feed_path(settings, kind, str(slug), fmt)


def _title(spec, sitename: str) -> str:
    if spec.kind == "site":
        return sitename
    if spec.kind == "lang":
        name = Locale.parse(spec.slug).get_display_name("en") if spec.slug else spec.slug
        return f"{sitename}: stories in {name}"
    if spec.kind == "category":
        return f"{sitename}: {spec.name} (section)"
    return f"{sitename}: {spec.name}"


def write_feeds(sender, stories: WrittenStories, output) -> None:
    """On ``stories_written``: write every feed, the OPML list, the
    stylesheet and the feeds page, each only when what it shows changed
    (``output`` reuses the previous build's file otherwise)."""
    site = stories
    settings = site.settings
    siteurl = feed_siteurl(settings)
    xsl = settings["TOPIC_FEEDS_XSL"]
    base_path = urlsplit(siteurl).path.rstrip("/")
    context = FeedContext(
        siteurl, settings["SITENAME"], settings["TOPIC_FEEDS_ID_DATE"], f"{base_path}/{xsl}" if xsl else None
    )
    specs = collect_feeds(
        site.stories,
        site.tags,
        site.categories,
        settings["DEFAULT_LANG"],
        settings["SITENAME"],
        settings["TOPIC_FEEDS_MAX_ITEMS"],
        tuple(settings.get("WIRE_LANGUAGES") or ()) or None,
        site.tag_kinds,
    )
    # everything a feed is made of besides its stories: the code and settings
    made_with = (site.fingerprint, siteurl)
    rows = []
    jobs = []
    for spec in specs:
        title = _title(spec, settings["SITENAME"])
        urls = {}
        # what the feed shows, once for its three formats
        shown = output.signature(
            made_with,
            title,
            spec.kind,
            spec.group,
            spec.slug,
            spec.name,
            spec.page_url,
            output.digest_list(map(_DIGEST, spec.articles)),
        )
        for fmt in ("atom", "rss", "json"):
            path = feed_path(settings, spec.kind, spec.slug, fmt)
            if path is None:
                continue
            sign = output.signature(shown, fmt, path)
            jobs.append((path, sign, partial(_render, spec, context, fmt, title, path)))
            urls[fmt] = path
        if urls:
            rows.append(
                {
                    "group": spec.group,
                    "title": title,
                    "name": spec.name,
                    "kind": spec.kind,
                    "slug": spec.slug,
                    "xml_url": context.absolute(urls.get("atom") or urls.get("rss") or urls["json"]),
                    "html_url": context.absolute(spec.page_url),
                    "atom": urls.get("atom"),
                    "rss": urls.get("rss"),
                    "json": urls.get("json"),
                    "count": spec.count,
                }
            )
    feeds = len(jobs)
    # the list of feeds after the feeds it links to, the stylesheet and the
    # OPML list with them: all made while the pages are written (in place,
    # this process writes nothing before they are), written after
    if xsl:
        stylesheet = XSL_SOURCE.read_bytes()
        jobs.append((xsl, output.signature(stylesheet), partial(bytes, stylesheet)))
    newest = max((updated(a) for a in site.stories), default=None)
    groups = feed_groups(rows, settings["TOPIC_FEEDS_LIST_MAX"])
    if settings["TOPIC_FEEDS_OPML"]:
        created = format_datetime(newest) if newest else ""
        opml = render_opml(f"{settings['SITENAME']} feeds", groups, created)
        jobs.append((settings["TOPIC_FEEDS_OPML"], output.signature(opml), partial(bytes, opml)))
    if settings["TOPIC_FEEDS_PAGE"]:
        page = settings["TOPIC_FEEDS_PAGE"]
        sign = output.signature(made_with, site.chrome, "feeds page", groups)
        jobs.append((page, sign, partial(site.render_page, page, "feeds", feed_groups=groups, url=page)))
    # in one process: the feeds are made in a process of their own while the
    # pages' workers take the cores (a pool of its own cost a tenth more CPU
    # time, each worker making the entries of the stories it met again)
    output.write_many(jobs, _made, 1)
    logger.info("topic_feeds: %d feeds for %d topics", feeds, len(rows))


def _made(make: Callable[[], bytes]) -> bytes:
    """The file ``make()`` makes (a job of ``write_many``)."""
    return make()


def _render(spec, context: FeedContext, fmt: str, title: str, path: str) -> bytes:
    """The feed of ``spec`` in format ``fmt``, found at ``path``."""
    self_url = context.absolute(path)
    if fmt == "json":
        return render_json_feed(spec, context, title, self_url)
    return render_feed(spec, context, fmt, title, self_url)
