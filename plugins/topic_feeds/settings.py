"""The topic feeds plugin's settings: one table of defaults, checked at start."""

from __future__ import annotations

import re

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
}


class TopicFeedsSettingsError(Exception):
    """A TOPIC_FEEDS_* setting is unknown or malformed."""


def check_settings(settings: dict) -> dict:
    """The TOPIC_FEEDS_* settings with defaults filled in; raise naming any
    unknown or malformed setting, or a Pelican feed setting that would write
    over these feeds."""
    unknown = sorted(k for k in settings if k.startswith("TOPIC_FEEDS_") and k not in DEFAULTS)
    if unknown:
        raise TopicFeedsSettingsError(
            f"topic_feeds: unknown setting(s) {', '.join(unknown)}; known settings are {', '.join(sorted(DEFAULTS))}"
        )
    clashing = [key for key in PELICAN_FEED_SETTINGS if settings.get(key)]
    if clashing:
        raise TopicFeedsSettingsError(
            f"topic_feeds: set {', '.join(clashing)} to None: the topic_feeds plugin writes the site's feeds"
        )
    checked = {}
    for key, default in DEFAULTS.items():
        value = settings.get(key, default)
        if value is None and key in _NULLABLE:
            checked[key] = None
            continue
        if key == "TOPIC_FEEDS_MAX_ITEMS":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise TopicFeedsSettingsError(
                    f"topic_feeds: TOPIC_FEEDS_MAX_ITEMS must be a whole number above 0, not {value!r}"
                )
        elif not isinstance(value, str):
            raise TopicFeedsSettingsError(f"topic_feeds: {key} must be a string or None, not {value!r}")
        elif key in _PATH_KEYS and not ("{kind}" in value and "{slug}" in value):
            raise TopicFeedsSettingsError(f"topic_feeds: {key} must contain {{kind}} and {{slug}}, not {value!r}")
        elif key == "TOPIC_FEEDS_ID_DATE" and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise TopicFeedsSettingsError(f"topic_feeds: TOPIC_FEEDS_ID_DATE must be a date like 2026, not {value!r}")
        elif key == "TOPIC_FEEDS_SITEURL" and not re.match(r"^https?://[^/]+", value):
            raise TopicFeedsSettingsError(
                f"topic_feeds: TOPIC_FEEDS_SITEURL must be an absolute http(s) address, not {value!r}"
            )
        elif key not in ("TOPIC_FEEDS_ID_DATE", "TOPIC_FEEDS_SITEURL") and (
            value.startswith("/") or ".." in value.split("/")
        ):
            raise TopicFeedsSettingsError(f"topic_feeds: {key} must be a path inside the output folder, not {value!r}")
        checked[key] = value
    return checked
