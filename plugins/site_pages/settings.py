"""The site pages plugin's settings: one table of defaults, checked at start."""

from __future__ import annotations

DEFAULTS = {
    # One listing per language; {lang} is the ISO 639-1 code. None: no pages.
    "SITE_LANGUAGE_URL": "lang/{lang}/",
    "SITE_LANGUAGE_SAVE_AS": "lang/{lang}/index.html",
    # How many related stories a story page shows.
    "SITE_RELATED_COUNT": 4,
    # Sitemaps; None writes none. The news sitemap lists the stories of the
    # last SITE_NEWS_SITEMAP_DAYS days before the newest story.
    "SITE_SITEMAP": "sitemap.xml",
    "SITE_NEWS_SITEMAP": "news-sitemap.xml",
    "SITE_NEWS_SITEMAP_DAYS": 2,
    # Build the Pagefind search index into OUTPUT_PATH/pagefind; False: no index.
    "SITE_SEARCH_INDEX": True,
}
_NULLABLE = {"SITE_LANGUAGE_URL", "SITE_LANGUAGE_SAVE_AS", "SITE_SITEMAP", "SITE_NEWS_SITEMAP"}


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
        elif key in ("SITE_RELATED_COUNT", "SITE_NEWS_SITEMAP_DAYS"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SitePagesSettingsError(f"site_pages: {key} must be a whole number, not {value!r}")
            checked[key] = value
        elif key == "SITE_SEARCH_INDEX":
            if not isinstance(value, bool):
                raise SitePagesSettingsError(f"site_pages: SITE_SEARCH_INDEX must be True or False, not {value!r}")
            checked[key] = value
        elif not isinstance(value, str) or value.startswith("/") or ".." in value.split("/"):
            raise SitePagesSettingsError(f"site_pages: {key} must be a path inside the output folder, not {value!r}")
        else:
            checked[key] = value
    if (checked["SITE_LANGUAGE_URL"] is None) != (checked["SITE_LANGUAGE_SAVE_AS"] is None):
        raise SitePagesSettingsError("site_pages: set both SITE_LANGUAGE_URL and SITE_LANGUAGE_SAVE_AS, or neither")
    return checked
