"""The stories and their listings, rendered from the story catalog.

Pelican's own article pipeline reads and renders every story on every run.
This generator reads the stories into the catalog (only changed files are
read again), then works out every page the site has (story pages, the home
page, a listing per tag, section, author, language and month, the indexes)
with a signature of what each is made from, and renders only the pages
whose signature changed since the previous build; the others are taken from
it unchanged. Listings number their older pages from the oldest, so a new
story leaves old pages as they were.

A template may use only what its page's signature covers: each page below
lists what it shows.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desk_common import workers
from desk_common.signals import WrittenStories, stories_written
from pelican.generators import Generator
from pelican.utils import get_relative_path
from wire.dates import parse_iso, to_datetime
from wire.pelican_hooks import withdrawn_stories

from .build_state import BuildOutput, load_state, save_state, signature
from .catalog import load_catalog, pack_catalog, unpack_catalog
from .fingerprint import code_fingerprint
from .grouping import group_stories, select_stories
from .listings import paginate
from .pelican_hooks import language_url, site_url
from .related import related_stories
from .search_index import build_search_index, bundle_urls
from .sitemaps import SitemapEntry, news_sitemap, sitemap_files

logger = logging.getLogger(__name__)

#: How many of the stories just before a story, in each of its tags, are
#: weighed as its related stories.
RELATED_WINDOW = 30


@dataclass
class Page:
    """One page to write: where, from which template, with what, and the
    signature of all of that."""

    save_as: str
    template: str
    sign: str
    values: dict = field(default_factory=dict)
    sitemap: SitemapEntry | None = None


def _save_as(settings: dict, key: str, **values) -> str:
    return settings[key].format(**values)


class StoryPagesGenerator(Generator):
    """Story pages, listings and indexes from the story catalog."""

    def generate_context(self) -> None:
        settings = self.settings
        self.fingerprint = code_fingerprint(settings)
        previous = settings.get("SITE_PREVIOUS_BUILD")
        self.previous = Path(previous) if previous else None
        self.state = load_state(self.previous, self.fingerprint)
        known = unpack_catalog(self.state["catalog"]) if "catalog" in self.state else {}
        self.catalog = load_catalog(settings, settings["SITE_STORY_PATHS"], known, workers.configured(settings))
        on_site = select_stories(self.catalog, withdrawn_stories(settings), settings["SITE_TAG_MIN_STORIES"])
        self.stories = on_site.stories
        #: (address, language, date of the notice) of each withdrawn story
        self.withdrawn = on_site.withdrawn
        self._group()
        self._relate()
        self.context.update(
            stories=self.stories,
            articles=self.stories,
            categories=self.categories,
            tags=self.tags,
            authors=self.authors,
            site_languages=sorted(self.by_lang),
            tag_groups=self.tag_groups,
        )

    def _group(self) -> None:
        # a language of its own only for the desk's languages
        grouped = group_stories(self.stories, set(self.settings.get("WIRE_LANGUAGES") or ()) or None)
        self.tags, self.categories, self.authors = grouped.tags, grouped.categories, grouped.authors
        self.by_lang, self.by_month = grouped.by_lang, grouped.by_month
        self.tag_kinds, self.tag_groups = grouped.tag_kinds, grouped.tag_groups

    def _relate(self) -> None:
        entries = {story.slug: (story.order, tuple(tag.slug for tag in story.tags)) for story in self.stories}
        self.related_entries = entries
        self.related = related_stories(
            entries,
            RELATED_WINDOW,
            self.settings["SITE_RELATED_COUNT"],
            self.state.get("related_entries"),
            self.state.get("related"),
        )
        by_slug = {story.slug: story for story in self.stories}
        self.related_stories = {slug: [by_slug[other] for other in related] for slug, related in self.related.items()}

    # -- what the site has ------------------------------------------------

    def chrome(self) -> str:
        """What every page shows besides its own matter: the section menu
        and the languages, and the pages it links (the about page, when
        there is one)."""
        linked = sorted(page.url for page in self.context.get("pages", ()))
        return signature(self.fingerprint, [c for c, _ in self.categories], sorted(self.by_lang), linked)

    def pages(self) -> list[Page]:
        settings = self.settings
        chrome = self.chrome()
        per_page = settings.get("DEFAULT_PAGINATION") or None
        pages: list[Page] = []

        for story in self.stories:
            related = self.related_stories[story.slug]
            pages.append(
                Page(
                    story.save_as,
                    "article",
                    signature(chrome, "article", story.digest, [other.digest for other in related]),
                    {"article": story, "related": related},
                    SitemapEntry(story.url, story.lang, story),
                )
            )

        for save_as, lang, when in self.withdrawn:
            date = parse_iso(when) if when else None
            values = {"page_lang": lang, "withdrawn_on": to_datetime(date) if date else None}
            values["withdrawn_precision"] = date.precision if date else None
            # a notice, never the story: no text of it, kept out of search engines
            pages.append(Page(save_as, "withdrawn", signature(chrome, "withdrawn", save_as, lang, when), values))

        fronts = [(category, filed[:3]) for category, filed in self.categories]
        for listing in paginate(self.stories, "", "index.html", per_page):
            extra = {}
            if listing.front:
                extra["section_fronts"] = fronts
            pages.append(self._listing_page("index", listing, chrome, settings["DEFAULT_LANG"], **extra))

        listings = (
            ("tag", "TAG", self.tags, "tag"),
            ("category", "CATEGORY", self.categories, "category"),
            ("author", "AUTHOR", self.authors, "author"),
        )
        for template, key, groups, name in listings:
            if not settings.get(f"{key}_SAVE_AS"):
                continue
            for label, members in groups:
                save_as = _save_as(settings, f"{key}_SAVE_AS", slug=label.slug, name=label.name)
                for listing in paginate(members, label.url, save_as, per_page):
                    pages.append(
                        self._listing_page(template, listing, chrome, settings["DEFAULT_LANG"], **{name: label})
                    )

        if settings["SITE_LANGUAGE_SAVE_AS"]:
            for code in sorted(self.by_lang):
                save_as = settings["SITE_LANGUAGE_SAVE_AS"].format(lang=code)
                url = language_url(settings, code)
                for listing in paginate(self.by_lang[code], url, save_as, per_page):
                    pages.append(self._listing_page("lang", listing, chrome, code, language_code=code))

        if settings.get("MONTH_ARCHIVE_SAVE_AS"):
            for (year, month), members in sorted(self.by_month.items()):
                first = dt.datetime(year, month, 1)
                save_as = _save_as(settings, "MONTH_ARCHIVE_SAVE_AS", date=first)
                url = _save_as(settings, "MONTH_ARCHIVE_URL", date=first)
                pages.append(
                    Page(
                        save_as,
                        "period_archives",
                        signature(chrome, "month", save_as, [story.digest for story in members]),
                        {"dates": members, "period": (year, month), "page_lang": settings["DEFAULT_LANG"]},
                        SitemapEntry(url, settings["DEFAULT_LANG"]),
                    )
                )

        pages.extend(self._indexes(chrome))
        return pages

    def _listing_page(self, template: str, listing, chrome: str, lang: str, **values) -> Page:
        shown = {key: value for key, value in values.items() if key != "section_fronts"}
        fronts = [(category, [s.digest for s in filed]) for category, filed in values.get("section_fronts", [])]
        return Page(
            listing.save_as,
            template,
            signature(
                chrome,
                template,
                listing.save_as,
                repr(sorted(shown.items())),
                listing.number,
                listing.newer,
                listing.older,
                [story.digest for story in listing.stories],
                fronts,
            ),
            {"listing": listing, "page_lang": lang, **values},
            SitemapEntry(listing.url, lang),
        )

    def _indexes(self, chrome: str) -> list[Page]:
        settings = self.settings
        lang = settings["DEFAULT_LANG"]
        pages = []
        counts = {
            "tags": [(tag, self.tag_kinds[tag], len(tagged)) for tag, tagged in self.tags],
            "categories": [(category, len(filed)) for category, filed in self.categories],
            "authors": [(author, len(written)) for author, written in self.authors],
        }
        for template in ("tags", "categories", "authors"):
            save_as = settings.get(f"{template.upper()}_SAVE_AS")
            if save_as:
                url = settings.get(f"{template.upper()}_URL") or save_as
                pages.append(
                    Page(
                        save_as,
                        template,
                        signature(chrome, template, counts[template]),
                        {"page_lang": lang},
                        SitemapEntry(url, lang),
                    )
                )
        if settings.get("ARCHIVES_SAVE_AS"):
            months: dict[int, list] = {}
            for (year, month), members in sorted(self.by_month.items(), reverse=True):
                months.setdefault(year, []).append((month, dt.datetime(year, month, 1), len(members)))
            archive = sorted(months.items(), reverse=True)
            pages.append(
                Page(
                    settings["ARCHIVES_SAVE_AS"],
                    "archives",
                    signature(chrome, "archives", archive),
                    {"archive_months": archive, "page_lang": lang},
                    SitemapEntry(settings.get("ARCHIVES_URL") or settings["ARCHIVES_SAVE_AS"], lang),
                )
            )
        pages.append(Page("404.html", "404", signature(chrome, "404"), {"page_lang": lang}))
        return pages

    # -- writing ----------------------------------------------------------

    def _render(self, page: Page) -> bytes:
        values = dict(self.context)
        relative = self.settings["RELATIVE_URLS"]
        values["SITEURL"] = get_relative_path(page.save_as) if relative else self.settings["SITEURL"]
        values["output_file"] = page.save_as
        values.update(page.values)
        return self.get_template(page.template).render(values).encode("utf-8")

    def render_page(self, save_as: str, template: str, **values) -> bytes:
        """Render any template of the theme as the page ``save_as``."""
        return self._render(Page(save_as, template, "", values))

    def generate_output(self, writer) -> None:
        settings = self.settings
        output = BuildOutput(Path(self.output_path), self.previous, self.state.get("outputs", {}))
        pages = self.pages()
        pages.extend(self._search_pages())
        if not output.in_place:
            for name in sorted({page.template for page in pages}):
                self.get_template(name)  # compiled once, before workers are forked
        output.write_many(
            [(page.save_as, page.sign, functools.partial(self._render, page)) for page in pages],
            workers.configured(settings),
        )
        written = WrittenStories(
            settings, self.stories, self.tags, self.categories, self.fingerprint, self.chrome(), self.render_page
        )
        stories_written.send(self, stories=written, output=output)
        self._write_sitemaps(output, [page.sitemap for page in pages if page.sitemap is not None])
        bundles = build_search_index(self, output)
        gone = output.finish()
        if settings.get("SITE_KEEP_STATE"):
            save_state(
                Path(self.output_path),
                self.fingerprint,
                {
                    "catalog": pack_catalog(self.catalog),
                    "related_entries": self.related_entries,
                    "related": self.related,
                    "outputs": output.signatures,
                    "search": bundles,
                },
            )
        logger.info(
            "site_pages: %d stories; %d files written, %d unchanged, %d removed",
            len(self.stories),
            output.rendered,
            output.reused,
            len(gone),
        )

    def _search_pages(self) -> list[Page]:
        settings = self.settings
        if not settings["SITE_SEARCH_INDEX"]:
            return []
        chrome = self.chrome()
        bundles = bundle_urls(self.stories)
        default = settings["DEFAULT_LANG"]
        pages = [(default, "search/index.html")]
        if settings["SITE_LANGUAGE_SAVE_AS"]:
            for code in sorted(self.by_lang):
                if code != default:
                    pages.append((code, f"{language_url(settings, code)}search/index.html"))
        return [
            Page(
                save_as,
                "search",
                signature(chrome, "search", code, save_as, bundles),
                {"page_lang": code, "search_bundles": bundles},
            )
            for code, save_as in pages
        ]

    def _write_sitemaps(self, output: BuildOutput, entries: list[SitemapEntry]) -> None:
        settings = self.settings
        siteurl = site_url(settings)
        for page in self.context.get("pages", []):
            entries.append(SitemapEntry(str(page.url), str(page.lang)))
        entries.sort(key=lambda entry: entry.url)
        if settings["SITE_SITEMAP"]:
            for name, data in sitemap_files(entries, siteurl, settings["SITE_SITEMAP"]).items():
                output.write_bytes(name, data)
        if settings["SITE_NEWS_SITEMAP"]:
            data = news_sitemap(self.stories, siteurl, settings["SITENAME"], settings["SITE_NEWS_SITEMAP_DAYS"])
            output.write_bytes(settings["SITE_NEWS_SITEMAP"], data)


def get_generators(pelican_object):
    """``get_generators``: the story pages generator."""
    return StoryPagesGenerator
