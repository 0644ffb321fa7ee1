"""The stories and their listings, rendered from the story catalog.

Pelican's own article pipeline reads and renders every story on every run.
This generator reads the stories into the catalog (``catalog``: only changed
files are read again), chooses and groups them (``grouping``), relates them
(``related``), plans every page with a signature of what it is made from
(``page_plan``; a page none of whose matter changed keeps the signature the
previous build gave it, see ``unchanged``), and renders only the pages whose signature changed since
the previous build (``build_state``); the others are taken from it
unchanged. It sends ``stories_written`` (the feeds) in a forked process of
its own, which works the feeds out while this one writes the pages and
writes them after the pages; then Pagefind indexes the search bundles
(``search_index``) while the sitemaps are written (``sitemaps``), and the
state is kept for the next build.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from desk_common import workers
from desk_common.signals import WrittenStories, stories_written
from desk_common.state import build_bodies_path
from pelican.generators import Generator
from pelican.utils import get_relative_path
from wire.pelican_hooks import withdrawn_stories

from .bodies import BodyStore
from .build_state import UNPACKED, BuildOutput, load_state, save_state, signature
from .catalog import STORY_ORDER, load_catalog, pack_catalog, unpack_catalog
from .fingerprint import code_fingerprint
from .grouping import group_stories, select_stories
from .page_plan import Page, plan_pages, search_pages
from .pelican_hooks import site_url
from .related import related_stories
from .search_index import start_search_index
from .sitemaps import SitemapEntry, news_sitemap, sitemap, sitemap_index, sitemap_parts
from .unchanged import NOTHING, shown_digests, unchanged_since

logger = logging.getLogger(__name__)

#: How many of the stories just before a story, in each of its tags, are
#: weighed as its related stories.
RELATED_WINDOW = 30


class StoryPagesGenerator(Generator):
    """Story pages, listings and indexes from the story catalog."""

    def generate_context(self) -> None:
        settings = self.settings
        self.fingerprint = code_fingerprint(settings)
        previous = settings.get("SITE_PREVIOUS_BUILD")
        self.previous = Path(previous) if previous else None
        self.state = load_state(self.previous, self.fingerprint)
        output = Path(self.output_path).resolve()
        self.bodies = BodyStore(build_bodies_path(output))
        # the kept catalog's bodies are beside the previous build: usable
        # when that is where this one keeps them
        usable = (
            self.previous is not None
            and build_bodies_path(self.previous.resolve()) == self.bodies.path
            and self.bodies.path.exists()
        )
        self.kept_catalog = self.state.get("catalog") if usable else None
        #: the previous build's catalog, when this one can use it
        self.known = {}
        if self.kept_catalog:
            ahead = self.state.get(UNPACKED)  # unpacked while the resident process waited
            self.known = (
                ahead[1] if ahead and ahead[0] == self.bodies.path else unpack_catalog(self.kept_catalog, self.bodies)
            )
        self.catalog = load_catalog(settings, settings["SITE_STORY_PATHS"], self.known, workers.configured(settings))
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
        )

    def _group(self) -> None:
        # a language of its own only for the desk's languages
        self.languages = set(self.settings.get("WIRE_LANGUAGES") or ()) or None
        grouped = group_stories(self.stories, self.languages)
        self.tags, self.categories, self.authors = grouped.tags, grouped.categories, grouped.authors
        self.by_lang, self.by_month = grouped.by_lang, grouped.by_month
        self.groups = grouped

    def _relate(self) -> None:
        entries = {story.slug: (STORY_ORDER(story), tuple(tag.slug for tag in story.tags)) for story in self.stories}
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
        chrome = self.chrome()
        written = WrittenStories(
            settings,
            self.stories,
            self.tags,
            self.categories,
            self.fingerprint,
            chrome,
            self.render_page,
            self.groups.tag_kinds,
        )
        # the feeds are worked out in a process of their own while this one
        # writes the pages; they are written after the pages they link to
        feeds = output.in_child(
            lambda: stories_written.send(self, stories=written, output=output), workers.configured(settings)
        )
        # what the previous build signed, kept where nothing it shows changed
        unchanged = NOTHING
        if self.state.get("chrome") == chrome:
            unchanged = unchanged_since(
                self.state.get("shown"),
                self.known,
                self.stories,
                self.languages,
                self.state.get("related"),
                self.related,
                output.previous_signatures,
            )
        try:
            pages = plan_pages(
                settings, chrome, self.stories, self.withdrawn, self.groups, self.related_stories, unchanged
            )
            pages.extend(search_pages(settings, chrome, self.stories, self.groups))
            self.pages = pages  # freed with the generator (see save_state)
            if not output.in_place:
                for name in sorted({page.template for page in pages}):
                    self.get_template(name)  # compiled once, before workers are forked
            output.write_many(
                [(page.save_as, page.sign, page) for page in pages], self._render, workers.configured(settings)
            )
            feeds.open_gate()
            # Pagefind indexes the story pages just written while the
            # sitemaps are written
            indexing = start_search_index(self, output)
            try:
                self._write_sitemaps(output, [page.sitemap for page in pages if page.sitemap is not None])
            finally:
                bundles = indexing.finish()
        except BaseException:
            feeds.abandon()
            raise
        output.take_in(feeds)
        gone = output.finish()
        if settings.get("SITE_KEEP_STATE"):
            save_state(
                Path(self.output_path),
                self.fingerprint,
                {
                    "catalog": pack_catalog(self.catalog, self.bodies, self.kept_catalog),
                    "related_entries": self.related_entries,
                    "related": self.related,
                    "shown": shown_digests(self.stories),
                    "chrome": chrome,
                    "outputs": output.signatures,
                    "search": bundles,
                },
                self._counts(output),
                leftovers=self,
            )
        logger.info(
            "site_pages: %d stories; %d files written, %d unchanged, %d removed",
            len(self.stories),
            output.rendered,
            output.reused,
            len(gone),
        )

    def _counts(self, output: BuildOutput) -> dict[str, int]:
        """The pages and feeds of the site: those written through ``output``
        and Pelican's own pages."""
        written = output.signatures
        pelican_pages = len(self.context.get("pages", ())) + len(self.context.get("hidden_pages", ()))
        return {
            "pages": sum(name.endswith(".html") for name in written) + pelican_pages,
            "feeds": sum(name.startswith("feeds/") and name.endswith(".xml") for name in written),
        }

    def _write_sitemaps(self, output: BuildOutput, entries: list[SitemapEntry]) -> None:
        settings = self.settings
        siteurl = site_url(settings)
        for page in self.context.get("pages", []):
            entries.append(SitemapEntry(str(page.url), str(page.lang)))
        name = settings["SITE_SITEMAP"]
        if name:
            parts = sitemap_parts(entries, name)
            for part, listed in parts.items():
                # a story's digest covers its address, language and dates (its lastmod)
                shown = "\n".join(
                    entry.story.read_digest if entry.story is not None else f"{entry.url}\t{entry.lang}"
                    for entry in listed
                )
                sign = signature(self.fingerprint, siteurl, part, shown)
                output.write(part, sign, functools.partial(sitemap, listed, siteurl))
            if name not in parts:
                output.write_bytes(name, sitemap_index(list(parts), siteurl))
        if settings["SITE_NEWS_SITEMAP"]:
            data = news_sitemap(self.stories, siteurl, settings["SITENAME"], settings["SITE_NEWS_SITEMAP_DAYS"])
            output.write_bytes(settings["SITE_NEWS_SITEMAP"], data)


def get_generators(pelican_object):
    """``get_generators``: the story pages generator."""
    return StoryPagesGenerator
