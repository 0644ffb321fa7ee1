"""Every page the site has (story pages, withdrawal notices, the home
page, a listing per tag, section, author, language and month, the indexes,
the search pages), each with the signature of what it is made from. A
template may use only what its page's signature covers."""

from __future__ import annotations

import datetime as dt
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


def _save_as(settings: dict, key: str, **values) -> str:
    return settings[key].format(**values)


def plan_pages(
    settings: dict,
    chrome: str,
    stories: list,
    withdrawn: list,
    groups: Groups,
    related_stories: dict,
    unchanged: Unchanged = NOTHING,
) -> list[Page]:
    """Every page of the site but the search pages, each with the signature of
    what it shows (``chrome``: what every page shows besides); a page
    ``unchanged`` since the previous build keeps the signature it had."""
    per_page = settings.get("DEFAULT_PAGINATION") or None
    pages: list[Page] = []
    forget_unused_signatures()

    for story in stories:
        related = related_stories[story.slug]
        sign = unchanged.story_sign(story.slug, story.save_as) or signed(
            chrome, "article", story.digest, digest_list(map(_READ_DIGEST, related))
        )
        pages.append(
            Page(
                story.save_as,
                "article",
                sign,
                {"article": story, "related": related},
                SitemapEntry(story.url, story.lang, story),
            )
        )

    for save_as, lang, when in withdrawn:
        date = parse_iso(when) if when else None
        values = {"page_lang": lang, "withdrawn_on": to_datetime(date) if date else None}
        values["withdrawn_precision"] = date.precision if date else None
        # a notice, never the story: no text of it, kept out of search engines
        pages.append(Page(save_as, "withdrawn", signature(chrome, "withdrawn", save_as, lang, when), values))

    fronts = [(category, filed[:3]) for category, filed in groups.categories]
    for listing in paginate(stories, "", "index.html", per_page):
        extra = {}
        if listing.front:
            extra["section_fronts"] = fronts
        pages.append(_listing_page("index", listing, chrome, settings["DEFAULT_LANG"], unchanged, EVERY_STORY, **extra))

    listings = (
        ("tag", "TAG", groups.tags),
        ("category", "CATEGORY", groups.categories),
        ("author", "AUTHOR", groups.authors),
    )
    for kind, key, labelled in listings:
        if not settings.get(f"{key}_SAVE_AS"):
            continue
        lang = settings["DEFAULT_LANG"]
        for label, members in labelled:
            save_as = _save_as(settings, f"{key}_SAVE_AS", slug=label.slug, name=label.name)
            for listing in paginate(members, label.url, save_as, per_page):
                pages.append(_listing_page(kind, listing, chrome, lang, unchanged, (kind, label), **{kind: label}))

    if settings["SITE_LANGUAGE_SAVE_AS"]:
        for code in sorted(groups.by_lang):
            save_as = settings["SITE_LANGUAGE_SAVE_AS"].format(lang=code)
            url = language_url(settings, code)
            for listing in paginate(groups.by_lang[code], url, save_as, per_page):
                pages.append(
                    _listing_page("lang", listing, chrome, code, unchanged, ("lang", code), language_code=code)
                )

    if settings.get("MONTH_ARCHIVE_SAVE_AS"):
        # a busy month holds thousands of stories: paged as every listing is
        lang = settings["DEFAULT_LANG"]
        for (year, month), members in sorted(groups.by_month.items()):
            first = dt.datetime(year, month, 1)
            save_as = _save_as(settings, "MONTH_ARCHIVE_SAVE_AS", date=first)
            url = _save_as(settings, "MONTH_ARCHIVE_URL", date=first)
            group = ("month", (year, month))
            for listing in paginate(members, url, save_as, per_page):
                pages.append(
                    _listing_page("period_archives", listing, chrome, lang, unchanged, group, period_start=first)
                )

    pages.extend(_indexes(settings, chrome, groups))
    return pages


def _listing_page(template: str, listing, chrome: str, lang: str, unchanged: Unchanged, group: tuple, **values) -> Page:
    """One page of the listing of ``group`` (see ``unchanged``)."""
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


def search_pages(settings: dict, chrome: str, stories: list, groups: Groups) -> list[Page]:
    """The search page, in each language of the site."""
    if not settings["SITE_SEARCH_INDEX"]:
        return []
    bundles = bundle_urls(stories, settings["SITE_SEARCH_BUNDLE_SIZE"])
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
