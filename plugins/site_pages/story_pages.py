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
from collections.abc import Callable
from pathlib import Path

from desk_common import workers
from desk_common.signals import WrittenStories, stories_written
from desk_common.state import build_bodies_path
from desk_common.workers import processes as workers_for
from pelican.generators import Generator
from pelican.utils import get_relative_path
from wire.withdrawals import withdrawn_stories

from .bodies import BodyStore
from .build_state import (
    IN_MEMORY,
    UNPACKED,
    BuildOutput,
    InMemory,
    load_state,
    read_ahead,
    save_state,
    saves_later,
    signature,
    signed_list,
    state_read_ahead,
)
from .catalog import STORY_ORDER, load_catalog, pack_catalog, unpack_catalog, with_packed_rows
from .fingerprint import code_fingerprint
from .grouping import StoryGroups, StorySelection
from .page_plan import Page, plan_and_keep_pages, search_pages
from .pelican_hooks import site_url
from .related import related_stories
from .search_index import search_bundles, start_search_index
from .sitemaps import SitemapEntry, news_sitemap, sitemap, sitemap_index, sitemap_parts
from .template_names import names_read, shown_context
from .unchanged import NOTHING, Unchanged, shown_digests, unchanged_since

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
        #: what the previous build of this resident process kept of its work
        last = {}
        if self.kept_catalog:
            ahead = self.state.get(UNPACKED)  # unpacked while the resident process waited
            if ahead and ahead[0] == self.bodies.path:
                self.known = ahead[1]
                memory = self.state.get(IN_MEMORY)
                last = memory.derived if memory is not None and memory.catalog is self.known else {}
            else:
                self.known = unpack_catalog(self.kept_catalog, self.bodies)
        self.catalog = load_catalog(settings, settings["SITE_STORY_PATHS"], self.known, workers.configured(settings))
        withdrawn, least = withdrawn_stories(settings), settings["SITE_TAG_MIN_STORIES"]
        selection = last["selection"].updated(self.catalog, withdrawn, least) if last else None
        self.selection = selection or StorySelection.of(self.catalog, withdrawn, least)
        on_site = self.selection.on_site
        self.stories = on_site.stories
        #: (address, language, date of the notice) of each withdrawn story
        self.withdrawn = on_site.withdrawn
        #: what the previous build of this resident process kept, when the
        #: selection was updated from its own
        self.last = last if selection is not None else {}
        self._group(self.last)
        self._relate(self.last)
        self.context.update(
            stories=self.stories,
            articles=self.stories,
            categories=self.categories,
            tags=self.tags,
            authors=self.authors,
            site_languages=sorted(self.by_lang),
        )

    def _group(self, last: dict) -> None:
        """Group the stories; ``last``: what the previous build of this
        resident process kept, when the selection was updated from its own."""
        self.languages = _languages(self.settings)
        before = last.get("groups")
        if before is not None and before.languages == self.languages:
            self.grouping = before.updated(self.selection.removed, self.selection.added)
        else:
            self.grouping = StoryGroups.of(self.stories, self.languages)
        grouped = self.grouping.groups
        self.tags, self.categories, self.authors = grouped.tags, grouped.categories, grouped.authors
        self.by_lang, self.by_month = grouped.by_lang, grouped.by_month
        self.groups = grouped

    def _relate(self, last: dict) -> None:
        """Relate the stories; ``last``: what the previous build of this
        resident process kept, when the selection was updated from its own
        (its entries and lists are then updated with the stories that
        changed, not made again)."""
        previous, previous_related = self.state.get("related_entries"), self.state.get("related")
        changed = None
        if last and last.get("related_entries") is previous and previous is not None:
            removed, added = self.selection.removed, self.selection.added
            entries, by_slug = dict(previous), dict(last["by_slug"])
            for story in removed:
                entries.pop(story.slug, None)
                by_slug.pop(story.slug, None)
            for story in added:
                entries[story.slug] = _related_entry(story)
                by_slug[story.slug] = story
            changed = {story.slug for story in removed} | {story.slug for story in added}
        else:
            entries = {story.slug: _related_entry(story) for story in self.stories}
            by_slug = {story.slug: story for story in self.stories}
        self.related_entries, self.by_slug = entries, by_slug
        count = self.settings["SITE_RELATED_COUNT"]
        self.related = related_stories(entries, RELATED_WINDOW, count, previous, previous_related, changed)
        if changed is None:
            self.related_stories = _related_lists(self.related, by_slug)
            return
        # a list is made again when its story's related stories changed, or
        # one of them is shown otherwise
        before = last["related_stories"]
        self.related_stories = {
            slug: before[slug]
            if previous_related.get(slug) is keys and changed.isdisjoint(keys)
            else [by_slug[other] for other in keys]
            for slug, keys in self.related.items()
        }

    # -- what the site has ------------------------------------------------

    def chrome(self) -> str:
        """What every page shows besides its own matter: the section menu
        and the languages, and the pages it links (the about page, when
        there is one)."""
        linked = sorted(page.url for page in self.context.get("pages", ()))
        return signature(self.fingerprint, [c for c, _ in self.categories], sorted(self.by_lang), linked)

    # -- writing ----------------------------------------------------------

    @functools.cached_property
    def template_names(self) -> frozenset[str] | None:
        """The names the theme's templates read (see ``template_names``),
        kept from the previous build made with the same theme."""
        if "template_names" in self.state:
            return self.state["template_names"]
        return names_read(self.env)

    def _render(self, page: Page) -> bytes:
        values = dict(self._page_context)
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
        # what of the context the pages are given: worked out once, before
        # the renderers are forked
        self._page_context = shown_context(self.context, self.template_names)
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
                (self.selection.added, self.selection.removed) if self.last else None,
            )
        try:
            pages, self.planned = plan_and_keep_pages(
                settings,
                chrome,
                self.stories,
                self.withdrawn,
                self.groups,
                self.related_stories,
                unchanged,
                self.last.get("pages"),
            )
            wanted_bundles = search_bundles(settings, self.stories)
            pages.extend(search_pages(settings, chrome, wanted_bundles, self.groups))
            self.pages = pages  # freed with the generator (see save_state)
            if not output.in_place:
                for name in sorted({page.template for page in pages}):
                    self.get_template(name)  # compiled once, before workers are forked
            # a few pages changed in place: the story pages among them made
            # first, and Pagefind indexes them at once while the pages, the
            # feeds and the sitemaps are written; else it indexes the story
            # pages once written
            made = _changed_story_pages(output, pages, self._render, workers.configured(settings))
            indexing = start_search_index(self, output, wanted_bundles, made) if made is not None else None
            render = self._render if not made else functools.partial(_made_or_render, made, self._render)
            try:
                output.write_many(
                    [(page.save_as, page.sign, page) for page in pages], render, workers.configured(settings)
                )
            except BaseException:
                if indexing is not None:
                    indexing.finish()
                raise
            feeds.open_gate()
            if indexing is None:
                indexing = start_search_index(self, output, wanted_bundles)
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
            packed = pack_catalog(self.catalog, self.bodies, self.kept_catalog)
            save_state(
                Path(self.output_path),
                self.fingerprint,
                {
                    "catalog": packed,
                    "related_entries": self.related_entries,
                    "related": self.related,
                    "shown": self._shown_digests(),
                    "chrome": chrome,
                    "outputs": output.signatures,
                    "search": bundles,
                    "template_names": self.template_names,
                },
                self._counts(output),
                leftovers=self,
                memory=self._in_memory(packed) if saves_later() else None,
            )
        logger.info(
            "site_pages: %d stories; %d files written, %d unchanged, %d removed",
            len(self.stories),
            output.rendered,
            output.reused,
            len(gone),
        )

    def _shown_digests(self) -> dict[str, str]:
        """What the next build compares (see ``unchanged``): the previous
        build's, updated with the stories put in and taken out, in a
        resident build process."""
        before = self.state.get("shown")
        if not self.last or before is None:
            return shown_digests(self.stories)
        digests = dict(before)
        for story in self.selection.removed:
            digests.pop(story.source, None)
        digests.update(shown_digests(self.selection.added))
        return digests

    def _in_memory(self, packed) -> InMemory:
        """What a resident build process keeps of this build for its next
        (see ``build_state.InMemory``)."""
        catalog = with_packed_rows(self.catalog, packed)
        read = [entry.story for entry in catalog.values() if entry.story is not None]
        return InMemory(
            self.bodies.path,
            catalog,
            {
                "selection": self.selection,
                "groups": self.grouping,
                "related_entries": self.related_entries,
                "by_slug": self.by_slug,
                "related_stories": self.related_stories,
                "pages": self.planned,
            },
            read + list(self.selection.shown.values()),
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
                sign = signed_list(
                    ("sitemap", self.fingerprint, siteurl, part),
                    listed,
                    lambda part=part, listed=listed: signature(self.fingerprint, siteurl, part, _sitemap_shown(listed)),
                )
                output.write(part, sign, functools.partial(sitemap, listed, siteurl))
            if name not in parts:
                output.write_bytes(name, sitemap_index(list(parts), siteurl))
        if settings["SITE_NEWS_SITEMAP"]:
            data = news_sitemap(self.stories, siteurl, settings["SITENAME"], settings["SITE_NEWS_SITEMAP_DAYS"])
            output.write_bytes(settings["SITE_NEWS_SITEMAP"], data)


def _changed_story_pages(output: BuildOutput, pages: list[Page], render, workers: int) -> dict[str, bytes] | None:
    """In place, when the pages whose signature changed are few enough to
    be made in this process (no process is forked while Pagefind's threads
    run): the bytes of the story pages among them, made now
    (``render(page)``); else None."""
    if not output.in_place:
        return None
    changed = [page for page in pages if not output.keeps(page.save_as, page.sign)]
    if workers_for(workers, len(changed)) > 1:
        return None
    return {page.save_as: render(page) for page in changed if page.template == "article"}


def _made_or_render(made: dict[str, bytes], render, page: Page) -> bytes:
    """A page's bytes: made already, or made now."""
    data = made.get(page.save_as)
    return render(page) if data is None else data


def _languages(settings: dict) -> set[str] | None:
    """The languages with a group of their own: the desk's (every language
    when the settings name none)."""
    return set(settings.get("WIRE_LANGUAGES") or ()) or None


def work_out_ahead(build: Path, settings: dict, converting: Callable[[], bool] | None = None) -> bool:
    """Read ``build``'s state now and work out, from the catalog it keeps,
    the stories its build chose, grouped and related, and the pages it
    planned, as a resident build process keeps them of its last build (see
    ``build_state.InMemory``): the next build of ``build`` in this process
    then updates them with the stories that changed since, instead of
    working them out again. For a build started afresh, while its ingest
    runs in another process (see tasks.py); ``settings``: the site's, as
    checked. Whether it did (not when the state keeps no catalog or relates
    other stories). Used only while the state file is unchanged, by a build
    of the same code and settings; the build checks that the stories are
    the ones worked out here, and works them out again otherwise. The
    pages are planned only while ``converting()`` says the ingest still
    runs (None: always): once it is done, the build waits for nothing but
    this, and plans them itself (at 100,000 stories the ingest ends first,
    and planning every page ahead, then those that changed, cost the build
    two seconds more than planning them once)."""
    read_ahead(build)
    state = state_read_ahead(build)
    if state is None or UNPACKED not in state or IN_MEMORY in state:
        return False
    entries, related = state.get("related_entries"), state.get("related")
    if entries is None or related is None:
        return False
    bodies, catalog = state[UNPACKED]
    selection = StorySelection.of(catalog, withdrawn_stories(settings), settings["SITE_TAG_MIN_STORIES"])
    stories = selection.on_site.stories
    by_slug = {story.slug: story for story in stories}
    if entries.keys() != by_slug.keys():  # the build that kept the state related these very stories
        return False
    grouping = StoryGroups.of(stories, _languages(settings))
    related_lists = _related_lists(related, by_slug)
    derived = {
        "selection": selection,
        "groups": grouping,
        "related_entries": entries,
        "by_slug": by_slug,
        "related_stories": related_lists,
    }
    chrome = state.get("chrome")
    if chrome is not None and (converting is None or converting()):
        # its pages, each with the signature that build wrote: the build then
        # plans again only the pages of the stories and groups that changed
        as_written = Unchanged(state.get("outputs", {}), frozenset(), frozenset(by_slug))
        withdrawn = selection.on_site.withdrawn
        _, derived["pages"] = plan_and_keep_pages(
            settings, chrome, stories, withdrawn, grouping.groups, related_lists, as_written
        )
    state[IN_MEMORY] = InMemory(bodies, catalog, derived, [])
    return True


def _related_lists(related: dict, by_slug: dict) -> dict[str, list]:
    """Each story's related stories (``related``: slug -> their slugs), as
    the stories themselves."""
    return {slug: [by_slug[other] for other in keys] for slug, keys in related.items()}


def _sitemap_shown(entries: list) -> str:
    """What a sitemap file shows of ``entries``: a story's digest covers
    its address, language and dates (its lastmod)."""
    return "\n".join(
        entry.story.read_digest if entry.story is not None else f"{entry.url}\t{entry.lang}" for entry in entries
    )


def _related_entry(story) -> tuple:
    """What the choice of ``story``'s related stories depends on."""
    return STORY_ORDER(story), tuple(tag.slug for tag in story.tags)


def get_generators(pelican_object):
    """``get_generators``: the story pages generator."""
    return StoryPagesGenerator
