"""The site pages plugin's settings: one table of defaults, checked at start."""

from __future__ import annotations

from desk_common.settings_table import Setting, SettingsError, check_table

#: Every setting the plugin reads, with its default.
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
    # The topics index lists every topic and, of the people, places and
    # organisations, the SITE_TAG_INDEX_MAX most covered, with a page per
    # initial letter listing all of them (None: every name on the index).
    "SITE_TAG_INDEX_MAX": 50,
    "SITE_TAG_LETTER_URL": "names/{group}/{letter}/",
    "SITE_TAG_LETTER_SAVE_AS": "names/{group}/{letter}/index.html",
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
    # The most stories a search bundle holds (cut from the oldest, see
    # chunking): a new story re-indexes the newest units only, a correction
    # or a late story the bundle it falls in.
    "SITE_SEARCH_BUNDLE_SIZE": 1000,
    # Incremental builds: the folder of the previous build, whose unchanged
    # files are reused (None: render everything), and whether to keep this
    # build's state beside its folder for the next one. `invoke build` sets both.
    "SITE_PREVIOUS_BUILD": None,
    "SITE_KEEP_STATE": False,
}


def _count(key: str, value) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return f"{key} must be a whole number, not {value!r}"
    return None


def _positive(key: str, value) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        return f"{key} must be a whole number above 0, not {value!r}"
    return None


def _flag(key: str, value) -> str | None:
    return None if isinstance(value, bool) else f"{key} must be True or False, not {value!r}"


def _story_paths(key: str, value) -> str | None:
    if (
        not isinstance(value, list | tuple)
        or not value
        or not all(isinstance(p, str) and not p.startswith("/") and ".." not in p.split("/") for p in value)
    ):
        return f"SITE_STORY_PATHS must be a list of folders inside the content folder, not {value!r}"
    return None


def _section(key: str, value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"SITE_DEFAULT_SECTION must be a section name or None, not {value!r}"
    return None


def _folder(key: str, value) -> str | None:
    return None if isinstance(value, str) else f"SITE_PREVIOUS_BUILD must be a folder or None, not {value!r}"


def _output_path(key: str, value) -> str | None:
    if not isinstance(value, str) or value.startswith("/") or ".." in value.split("/"):
        return f"{key} must be a path inside the output folder, not {value!r}"
    return None


def _letter_path(key: str, value) -> str | None:
    problem = _output_path(key, value)
    if problem is None and not ("{group}" in value and "{letter}" in value):
        problem = f"{key} must hold {{group}} and {{letter}}, not {value!r}"
    return problem


_CHECKS = {
    "SITE_STORY_PATHS": Setting(DEFAULTS["SITE_STORY_PATHS"], _story_paths, convert=list),
    "SITE_LANGUAGE_URL": Setting(DEFAULTS["SITE_LANGUAGE_URL"], _output_path, nullable=True),
    "SITE_LANGUAGE_SAVE_AS": Setting(DEFAULTS["SITE_LANGUAGE_SAVE_AS"], _output_path, nullable=True),
    "SITE_TAG_MIN_STORIES": Setting(DEFAULTS["SITE_TAG_MIN_STORIES"], _count),
    "SITE_TAG_INDEX_MAX": Setting(DEFAULTS["SITE_TAG_INDEX_MAX"], _positive, nullable=True),
    "SITE_TAG_LETTER_URL": Setting(DEFAULTS["SITE_TAG_LETTER_URL"], _letter_path),
    "SITE_TAG_LETTER_SAVE_AS": Setting(DEFAULTS["SITE_TAG_LETTER_SAVE_AS"], _letter_path),
    "SITE_DEFAULT_SECTION": Setting(DEFAULTS["SITE_DEFAULT_SECTION"], _section, nullable=True),
    "SITE_RELATED_COUNT": Setting(DEFAULTS["SITE_RELATED_COUNT"], _count),
    "SITE_SITEMAP": Setting(DEFAULTS["SITE_SITEMAP"], _output_path, nullable=True),
    "SITE_NEWS_SITEMAP": Setting(DEFAULTS["SITE_NEWS_SITEMAP"], _output_path, nullable=True),
    "SITE_NEWS_SITEMAP_DAYS": Setting(DEFAULTS["SITE_NEWS_SITEMAP_DAYS"], _count),
    "SITE_SEARCH_INDEX": Setting(DEFAULTS["SITE_SEARCH_INDEX"], _flag),
    "SITE_SEARCH_BUNDLE_SIZE": Setting(DEFAULTS["SITE_SEARCH_BUNDLE_SIZE"], _positive),
    "SITE_PREVIOUS_BUILD": Setting(DEFAULTS["SITE_PREVIOUS_BUILD"], _folder, nullable=True),
    "SITE_KEEP_STATE": Setting(DEFAULTS["SITE_KEEP_STATE"], _flag),
}
#: Every setting the plugin reads: its default and its check.
TABLE = {key: _CHECKS[key] for key in DEFAULTS}


def check_settings(settings: dict) -> dict:
    """The SITE_* settings with defaults filled in; raise
    :class:`SettingsError` naming any unknown or malformed one."""
    checked = check_table(settings, "site_pages", "SITE_", TABLE, ignore=("SITE_URL",))
    if settings.get("ARTICLE_PATHS"):
        raise SettingsError(
            "site_pages: set ARTICLE_PATHS = []: this plugin renders the stories (from SITE_STORY_PATHS), "
            f"not Pelican's article generator (ARTICLE_PATHS is {settings['ARTICLE_PATHS']!r})"
        )
    if (checked["SITE_LANGUAGE_URL"] is None) != (checked["SITE_LANGUAGE_SAVE_AS"] is None):
        raise SettingsError("site_pages: set both SITE_LANGUAGE_URL and SITE_LANGUAGE_SAVE_AS, or neither")
    return checked
