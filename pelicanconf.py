"""Pelican settings for local work: `invoke build` and `invoke serve`."""

AUTHOR = "Wire Desk"
SITENAME = "Wire Desk"
SITESUBTITLE = "Agency news, as it lands"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 20

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["wire", "site_pages", "topic_feeds"]

# The wire plugin (plugins/wire/settings.py lists every setting).
WIRE_SEEDS_PATH = "seeds"
WIRE_REPORT_PATH = None

# The stories (content/wire) are rendered by the site_pages plugin from its
# catalog, only where something changed; Pelican's own article generator
# reads nothing. Pelican renders the pages (content/pages) and theme files.
ARTICLE_PATHS = []
PAGE_PATHS = ["pages"]
SITE_STORY_PATHS = ["wire"]

ARTICLE_URL = "stories/{slug}.html"
ARTICLE_SAVE_AS = "stories/{slug}.html"
ARTICLE_ORDER_BY = "reversed-date"
# Every listing in a folder of its own, later pages below it: page 3 of one
# topic can never land on another topic's page.
TAG_URL = "topics/{slug}/"
TAG_SAVE_AS = "topics/{slug}/index.html"
TAGS_URL = "topics/"
TAGS_SAVE_AS = "topics/index.html"
CATEGORY_URL = "sections/{slug}/"
CATEGORY_SAVE_AS = "sections/{slug}/index.html"
CATEGORIES_URL = "sections/"
CATEGORIES_SAVE_AS = "sections/index.html"
AUTHOR_URL = "authors/{slug}/"
AUTHOR_SAVE_AS = "authors/{slug}/index.html"
AUTHORS_URL = "authors/"
AUTHORS_SAVE_AS = "authors/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_URL = "archives/{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = "archives/{date:%Y}/{date:%m}/index.html"
# Listings: the first page shows the newest DEFAULT_PAGINATION stories, older
# pages are numbered from the oldest (page/1/ holds the first stories ever
# filed there), so a new story leaves old pages as they are.
DIRECT_TEMPLATES = []

# Text from dispatches is plain text in templates: escape it there.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}

# Pelican's own feeds stay off: the feeds plugin writes them.
FEED_ALL_ATOM = None  # Pelican's own feeds stay off: topic_feeds writes them
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DELETE_OUTPUT_DIRECTORY = True
CACHE_CONTENT = False
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"
PAGE_LANG_URL = "{slug}.html"
PAGE_LANG_SAVE_AS = "{slug}.html"

# The topic feeds plugin (plugins/topic_feeds/settings.py lists every setting).
TOPIC_FEEDS_MAX_ITEMS = 50
