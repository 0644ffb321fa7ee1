"""The site pages plugin's settings: one table of defaults, checked at start."""

from __future__ import annotations

DEFAULTS = {
    # Folders of the content folder holding the stories (Markdown files).
    # Pelican's own ARTICLE_PATHS stays empty: this plugin renders stories.
    "SITE_STORY_PATHS": ["wire"],
    # One listing per language; {lang} is the ISO 639-1 code. None: no pages.
    "SITE_LANGUAGE_URL": "lang/{lang}/",
    "SITE_LANGUAGE_SAVE_AS": "lang/{lang}/index.html",
    # A person, organisation or country gets a page and feeds of its own when
    # it is named in a headline or lede, or in at least this many stories
    # (the dateline's country counts as a mention); other names stay in the
    # story's metadata and are found by search. Topics and sections always
    # have pages. 0 or 1: every name has a page.
    "SITE_TAG_MIN_STORIES": 2,
    # The section of a story that has no category (None: no section).
    # Stories are never filed under their folder's name.
    "SITE_DEFAULT_SECTION": "General news",
    # How many related stories a story page shows.
    "SITE_RELATED_COUNT": 4,
    # Sitemaps; None writes none. The news sitemap lists the stories of the
    # last SITE_NEWS_SITEMAP_DAYS days before the newest story.
    "SITE_SITEMAP": "sitemap.xml",
    "SITE_NEWS_SITEMAP": "news-sitemap.xml",
    "SITE_NEWS_SITEMAP_DAYS": 2,
    # Build the Pagefind search index into OUTPUT_PATH/pagefind; False: no index.
    "SITE_SEARCH_INDEX": True,
    # Incremental builds: the folder of the previous build, whose unchanged
    # files are reused (None: render everything), and whether to keep this
    # build's state beside its folder for the next one. `invoke build` sets both.
    "SITE_PREVIOUS_BUILD": None,
    "SITE_KEEP_STATE": False,
}
_NULLABLE = {
    "SITE_LANGUAGE_URL",
    "SITE_LANGUAGE_SAVE_AS",
    "SITE_SITEMAP",
    "SITE_NEWS_SITEMAP",
    "SITE_PREVIOUS_BUILD",
    "SITE_DEFAULT_SECTION",
}


class SitePagesSettingsError(Exception):
    """A SITE_* setting of this plugin is unknown or malformed."""


def check_settings(settings: dict) -> dict:
    mine = [k for k in settings if k.startswith("SITE_") and k not in ("SITE_URL",)]
    unknown = sorted(k for k in mine if k not in DEFAULTS)
    if unknown:
        raise SitePagesSettingsError(
            f"site_pages: unknown setting(s) {', '.join(unknown)}; known settings are {', '.join(sorted(DEFAULTS))}"
        )
    checked = {}
    for key, default in DEFAULTS.items():
        value = settings.get(key, default)
        if value is None and key in _NULLABLE:
            checked[key] = None
        elif key in ("SITE_RELATED_COUNT", "SITE_NEWS_SITEMAP_DAYS", "SITE_TAG_MIN_STORIES"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SitePagesSettingsError(f"site_pages: {key} must be a whole number, not {value!r}")
            checked[key] = value
        elif key in ("SITE_SEARCH_INDEX", "SITE_KEEP_STATE"):
            if not isinstance(value, bool):
                raise SitePagesSettingsError(f"site_pages: {key} must be True or False, not {value!r}")
            checked[key] = value
        elif key == "SITE_STORY_PATHS":
            if (
                not isinstance(value, list | tuple)
                or not value
                or not all(isinstance(p, str) and not p.startswith("/") and ".." not in p.split("/") for p in value)
            ):
                raise SitePagesSettingsError(
                    f"site_pages: SITE_STORY_PATHS must be a list of folders inside the content folder, not {value!r}"
                )
            checked[key] = list(value)
        elif key == "SITE_DEFAULT_SECTION":
            if not isinstance(value, str) or not value.strip():
                raise SitePagesSettingsError(
                    f"site_pages: SITE_DEFAULT_SECTION must be a section name or None, not {value!r}"
                )
            checked[key] = value
        elif key == "SITE_PREVIOUS_BUILD":
            if not isinstance(value, str):
                raise SitePagesSettingsError(f"site_pages: SITE_PREVIOUS_BUILD must be a folder or None, not {value!r}")
            checked[key] = value
        elif not isinstance(value, str) or value.startswith("/") or ".." in value.split("/"):
            raise SitePagesSettingsError(f"site_pages: {key} must be a path inside the output folder, not {value!r}")
        else:
            checked[key] = value
    if settings.get("ARTICLE_PATHS"):
        raise SitePagesSettingsError(
            "site_pages: set ARTICLE_PATHS = []: this plugin renders the stories (from SITE_STORY_PATHS), "
            f"not Pelican's article generator (ARTICLE_PATHS is {settings['ARTICLE_PATHS']!r})"
        )
    if (checked["SITE_LANGUAGE_URL"] is None) != (checked["SITE_LANGUAGE_SAVE_AS"] is None):
        raise SitePagesSettingsError("site_pages: set both SITE_LANGUAGE_URL and SITE_LANGUAGE_SAVE_AS, or neither")
    return checked
