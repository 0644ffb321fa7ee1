"""Every page the site has (story pages, withdrawal notices, the home
page, a listing per tag, section, author, language and month, the indexes,
the search pages), each with the signature of what it is made from. A
template may use only what its page's signature covers."""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field
from operator import attrgetter

from wire.dates import parse_iso, to_datetime

from .build_state import digest_list, forget_unused_signatures, signature, signed
from .grouping import EVERY_STORY, Groups
from .listings import paginate
from .pelican_hooks import language_url
from .search_index import bundle_urls
from .sitemaps import SitemapEntry
from .tag_index import tag_index
from .unchanged import NOTHING, Unchanged

#: What listings, earlier coverage and search show of a story (see notability).
_READ_DIGEST = attrgetter("read_digest")


@dataclass
class Page:
    """One page to write: where, from which template, with what, and the
    signature of all of that."""

    save_as: str
    template: str
    sign: str
    values: dict = field(default_factory=dict)
    sitemap: SitemapEntry | None = None


@dataclass
class PlannedPages:
    """A build's pages, kept by a resident build process for its next build
    (see :func:`plan_and_keep_pages`): each story's page by address, each group's
    listing pages by the group's key."""

    chrome: str
    stories: dict[str, Page]
    listings: dict[tuple, list[Page]]


def _save_as(settings: dict, key: str, **values) -> str:
    return settings[key].format(**values)


def plan_and_keep_pages(
    settings: dict,
    chrome: str,
    stories: list,
    withdrawn: list,
    groups: Groups,
    related_stories: dict,
    unchanged: Unchanged = NOTHING,
    previous: PlannedPages | None = None,
) -> tuple[list[Page], PlannedPages]:
    """Every page of the site but the search pages, each with the signature
    of what it shows (``chrome``: what every page shows besides); a page
    ``unchanged`` since the previous build keeps the signature it had. And
    the pages kept for the next build: with the
    pages ``previous`` planned by the previous build of a resident process,
    a page showing the very objects it showed (a story page: the same story
    and earlier coverage; a listing: a group ``unchanged`` says lists the
    same stories) is that build's page, not planned again."""
    per_page = settings.get("DEFAULT_PAGINATION") or None
    pages: list[Page] = []
    forget_unused_signatures()
    if previous is not None and (previous.chrome != chrome or unchanged.changed_groups is None):
        previous = None
    kept = PlannedPages(chrome, {}, {})

    for story in stories:
        related = related_stories[story.slug]
        page = previous.stories.get(story.save_as) if previous is not None else None
        if page is None or page.values["article"] is not story or page.values["related"] is not related:
            sign = unchanged.story_sign(story.slug, story.save_as) or signed(
                chrome, "article", story.digest, digest_list(map(_READ_DIGEST, related))
            )
            page = Page(
                story.save_as,
                "article",
                sign,
                {"article": story, "related": related},
                SitemapEntry(story.url, story.lang, story),
            )
        pages.append(page)
        kept.stories[story.save_as] = page

    def listing_pages(group: tuple, plan) -> None:
        """The pages of ``group``'s listing: the previous build's, when it
        lists what it listed, else ``plan(before)`` (``before``: the
        previous build's pages of the group by address, each kept where it
        lists the very stories it listed: the older pages of a busy
        listing)."""
        found = previous.listings.get(group) if previous is not None else None
        if found is None or unchanged.lists_anew(group):
            found = plan({page.save_as: page for page in found or ()})
        kept.listings[group] = found
        pages.extend(found)

    for save_as, lang, when in withdrawn:
        date = parse_iso(when) if when else None
        values = {"page_lang": lang, "withdrawn_on": to_datetime(date) if date else None}
        values["withdrawn_precision"] = date.precision if date else None
        # a notice, never the story: no text of it, kept out of search engines
        pages.append(Page(save_as, "withdrawn", signature(chrome, "withdrawn", save_as, lang, when), values))

    fronts = [(category, filed[:3]) for category, filed in groups.categories]
    lang = settings["DEFAULT_LANG"]

    def plan_index(before: dict) -> list[Page]:
        return [
            _listing_page("index", listing, chrome, lang, unchanged, EVERY_STORY, before, section_fronts=fronts)
            if listing.front
            else _listing_page("index", listing, chrome, lang, unchanged, EVERY_STORY, before)
            for listing in paginate(stories, "", "index.html", per_page)
        ]

    listing_pages(EVERY_STORY, plan_index)

    listings = (
        ("tag", "TAG", groups.tags),
        ("category", "CATEGORY", groups.categories),
        ("author", "AUTHOR", groups.authors),
    )
    for kind, key, labelled in listings:
        if not settings.get(f"{key}_SAVE_AS"):
            continue
        for label, members in labelled:

            def plan(before: dict, kind=kind, key=key, label=label, members=members) -> list[Page]:
                save_as = _save_as(settings, f"{key}_SAVE_AS", slug=label.slug, name=label.name)
                return [
                    _listing_page(kind, listing, chrome, lang, unchanged, (kind, label), before, **{kind: label})
                    for listing in paginate(members, label.url, save_as, per_page)
                ]

            listing_pages((kind, label), plan)

    if settings["SITE_LANGUAGE_SAVE_AS"]:
        for code in sorted(groups.by_lang):

            def plan(before: dict, code=code) -> list[Page]:
                save_as = settings["SITE_LANGUAGE_SAVE_AS"].format(lang=code)
                url = language_url(settings, code)
                return [
                    _listing_page("lang", listing, chrome, code, unchanged, ("lang", code), before, language_code=code)
                    for listing in paginate(groups.by_lang[code], url, save_as, per_page)
                ]

            listing_pages(("lang", code), plan)

    if settings.get("MONTH_ARCHIVE_SAVE_AS"):
        # a busy month holds thousands of stories: paged as every listing is
        for year, month in sorted(groups.by_month):

            def plan(before: dict, year=year, month=month) -> list[Page]:
                first = dt.datetime(year, month, 1)
                save_as = _save_as(settings, "MONTH_ARCHIVE_SAVE_AS", date=first)
                url = _save_as(settings, "MONTH_ARCHIVE_URL", date=first)
                group = ("month", (year, month))
                return [
                    _listing_page(
                        "period_archives", listing, chrome, lang, unchanged, group, before, period_start=first
                    )
                    for listing in paginate(groups.by_month[(year, month)], url, save_as, per_page)
                ]

            listing_pages(("month", (year, month)), plan)

    pages.extend(_indexes(settings, chrome, groups))
    return pages, kept


def _listing_page(
    template: str,
    listing,
    chrome: str,
    lang: str,
    unchanged: Unchanged,
    group: tuple,
    before: dict | None = None,
    **values,
) -> Page:
    """One page of the listing of ``group`` (see ``unchanged``); ``before``:
    the pages of the group a resident build process planned last time, by
    address, one of which is this page when it lists the very stories it
    listed, between the same neighbours (the front page of the site, which
    shows the sections' newest stories too, is planned again)."""
    old = before.get(listing.save_as) if before else None
    if old is not None and "section_fronts" not in values and _lists_the_same(old.values["listing"], listing):
        return old
    sign = unchanged.listing_sign(group, listing.save_as)
    if sign is None:
        shown = {key: value for key, value in values.items() if key != "section_fronts"}
        fronts = tuple(
            (category, digest_list(map(_READ_DIGEST, filed))) for category, filed in values.get("section_fronts", [])
        )
        sign = signed(
            chrome,
            template,
            listing.save_as,
            tuple(sorted(shown.items())),  # labels, codes, naive month starts
            listing.number,
            listing.newer,
            listing.older,
            digest_list(map(_READ_DIGEST, listing.stories)),
            fronts,
        )
    return Page(
        listing.save_as,
        template,
        sign,
        {"listing": listing, "page_lang": lang, **values},
        SitemapEntry(listing.url, lang),
    )


def _lists_the_same(one, other) -> bool:
    """Whether two pages of a listing list the very same stories (the
    same objects) between the same neighbours."""
    return (
        one.number == other.number
        and one.newer == other.newer
        and one.older == other.older
        and len(one.stories) == len(other.stories)
        and all(map(operator.is_, one.stories, other.stories))
    )


def _indexes(settings: dict, chrome: str, groups: Groups) -> list[Page]:
    lang = settings["DEFAULT_LANG"]
    pages = []
    if settings.get("TAGS_SAVE_AS"):
        pages.extend(_tag_index_pages(settings, chrome, groups))
    counts = {
        "categories": [(category, len(filed)) for category, filed in groups.categories],
        "authors": [(author, len(written)) for author, written in groups.authors],
    }
    for template in ("categories", "authors"):
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
        for (year, month), members in sorted(groups.by_month.items(), reverse=True):
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


def _tag_index_pages(settings: dict, chrome: str, groups: Groups) -> list[Page]:
    """The topics index and, for the groups too long for it, a page per letter."""
    lang = settings["DEFAULT_LANG"]
    counts = [(tag, groups.tag_kinds[tag], len(tagged)) for tag, tagged in groups.tags]
    index, letters = tag_index(
        counts, settings["SITE_TAG_INDEX_MAX"], settings["SITE_TAG_LETTER_URL"], settings["SITE_TAG_LETTER_SAVE_AS"]
    )
    save_as = settings["TAGS_SAVE_AS"]
    pages = [
        Page(
            save_as,
            "tags",
            signature(chrome, "tags", index),
            {"page_lang": lang, "tag_index": index},
            SitemapEntry(settings.get("TAGS_URL") or save_as, lang),
        )
    ]
    for letter in letters:
        pages.append(
            Page(
                letter.link.save_as,
                "tag_letter",
                signature(chrome, "tag_letter", letter),
                {"page_lang": lang, "letter_page": letter},
                SitemapEntry(letter.link.url, lang),
            )
        )
    return pages


def search_pages(settings: dict, chrome: str, search_bundles: dict[str, list], groups: Groups) -> list[Page]:
    """The search page, in each language of the site, merging
    ``search_bundles`` (:func:`search_index.search_bundles`)."""
    if not settings["SITE_SEARCH_INDEX"]:
        return []
    bundles = bundle_urls(search_bundles)
    default = settings["DEFAULT_LANG"]
    pages = [(default, "search/index.html")]
    if settings["SITE_LANGUAGE_SAVE_AS"]:
        for code in sorted(groups.by_lang):
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
