"""The topic feeds plugin's settings: one table of defaults, checked at start."""

from __future__ import annotations

import re

from desk_common.settings_table import Setting, SettingsError, check_table

#: Every setting the plugin reads, with its default.
DEFAULTS = {
    # Items per feed, newest first.
    "TOPIC_FEEDS_MAX_ITEMS": 50,
    # Where feeds go, relative to OUTPUT_PATH; {kind} is tag, category or
    # lang, {slug} the slug of the tag, category or language. None turns that
    # format off.
    "TOPIC_FEEDS_ATOM": "feeds/{kind}/{slug}.atom.xml",
    "TOPIC_FEEDS_RSS": "feeds/{kind}/{slug}.rss.xml",
    "TOPIC_FEEDS_JSON": "feeds/{kind}/{slug}.json",
    # The whole site's feeds.
    "TOPIC_FEEDS_SITE_ATOM": "feeds/all.atom.xml",
    "TOPIC_FEEDS_SITE_RSS": "feeds/all.rss.xml",
    "TOPIC_FEEDS_SITE_JSON": "feeds/all.json",
    # OPML list of every feed, and the site page listing them.
    "TOPIC_FEEDS_OPML": "feeds.opml",
    "TOPIC_FEEDS_PAGE": "feeds.html",
    # The feeds page and the OPML list show the whole site's, the sections'
    # and the languages' feeds, then the topics, people, places and
    # organisations with the most stories, at most this many of each (None:
    # every one). Every tag's page links its own feeds.
    "TOPIC_FEEDS_LIST_MAX": 50,
    # The stylesheet that makes a feed opened in a browser read as a page.
    "TOPIC_FEEDS_XSL": "feeds/feed.xsl",
    # Absolute address the site is served from; None uses SITEURL, and a
    # local build with an empty SITEURL uses http://localhost:8000.
    "TOPIC_FEEDS_SITEURL": None,
    # The date part of the tag: URIs that identify feeds and entries (RFC
    # 4151): the year the site's domain was first used for them. Never change
    # it once feeds are published.
    "TOPIC_FEEDS_ID_DATE": "2026",
}

PELICAN_FEED_SETTINGS = (
    "FEED_ATOM",
    "FEED_RSS",
    "FEED_ALL_ATOM",
    "FEED_ALL_RSS",
    "CATEGORY_FEED_ATOM",
    "CATEGORY_FEED_RSS",
    "AUTHOR_FEED_ATOM",
    "AUTHOR_FEED_RSS",
    "TAG_FEED_ATOM",
    "TAG_FEED_RSS",
    "TRANSLATION_FEED_ATOM",
    "TRANSLATION_FEED_RSS",
)
_PATH_KEYS = ("TOPIC_FEEDS_ATOM", "TOPIC_FEEDS_RSS", "TOPIC_FEEDS_JSON")
_NULLABLE = {
    "TOPIC_FEEDS_ATOM",
    "TOPIC_FEEDS_RSS",
    "TOPIC_FEEDS_JSON",
    "TOPIC_FEEDS_SITE_ATOM",
    "TOPIC_FEEDS_SITE_RSS",
    "TOPIC_FEEDS_SITE_JSON",
    "TOPIC_FEEDS_OPML",
    "TOPIC_FEEDS_PAGE",
    "TOPIC_FEEDS_XSL",
    "TOPIC_FEEDS_SITEURL",
    "TOPIC_FEEDS_LIST_MAX",
}
_COUNTS = {"TOPIC_FEEDS_MAX_ITEMS", "TOPIC_FEEDS_LIST_MAX"}


def _max_items(key: str, value) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        return f"{key} must be a whole number above 0, not {value!r}"
    return None


def _text(key: str, value) -> str | None:
    if not isinstance(value, str):
        return f"{key} must be a string or None, not {value!r}"
    if key in _PATH_KEYS and not ("{kind}" in value and "{slug}" in value):
        return f"{key} must contain {{kind}} and {{slug}}, not {value!r}"
    if key == "TOPIC_FEEDS_ID_DATE":
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            return f"TOPIC_FEEDS_ID_DATE must be a date like 2026, not {value!r}"
    elif key == "TOPIC_FEEDS_SITEURL":
        if not re.match(r"^https?://[^/]+", value):
            return f"TOPIC_FEEDS_SITEURL must be an absolute http(s) address, not {value!r}"
    elif value.startswith("/") or ".." in value.split("/"):
        return f"{key} must be a path inside the output folder, not {value!r}"
    return None


#: Every setting the plugin reads: its default and its check.
TABLE = {
    key: Setting(default, _max_items if key in _COUNTS else _text, nullable=key in _NULLABLE)
    for key, default in DEFAULTS.items()
}


def check_settings(settings: dict) -> dict:
    """The TOPIC_FEEDS_* settings with defaults filled in; raise
    :class:`SettingsError` naming any unknown or malformed setting, or a
    Pelican feed setting that would write over these feeds."""
    clashing = [key for key in PELICAN_FEED_SETTINGS if settings.get(key)]
    if clashing:
        raise SettingsError(
            f"topic_feeds: set {', '.join(clashing)} to None: the topic_feeds plugin writes the site's feeds"
        )
    return check_table(settings, "topic_feeds", "TOPIC_FEEDS_", TABLE)
