"""Which feeds the site has, and which stories each one carries."""

from __future__ import annotations

from dataclasses import dataclass, field

from wire.tagging.vocabulary import tag_kind as tag_group

#: OPML groups, in the order readers see them.
GROUPS = ("site", "topics", "people", "places", "organizations", "categories", "languages")


@dataclass
class FeedSpec:
    """One feed: what it is about, where its page is, its stories."""

    kind: str  # site, tag, category or lang: the {kind} of the feed paths
    group: str  # one of GROUPS
    slug: str
    name: str
    page_url: str  # relative URL of the page the feed follows
    lang: str
    articles: list = field(default_factory=list)  # the newest, at most the feed's limit
    count: int = 0  # every story the page lists


def collect_feeds(
    articles: list,
    tags: list,
    categories: list,
    default_lang: str,
    sitename: str,
    limit: int,
    languages: tuple[str, ...] | None = None,
    tag_kinds: dict | None = None,
) -> list[FeedSpec]:
    """Every feed of the site, in a stable order: the site, then one per
    tag, category and language, each with its newest ``limit`` stories.
    Every list of stories comes newest first, as the site lists them (by
    date, ties by slug); ``tags`` and ``categories`` are ``(label,
    stories)`` pairs. A language has a feed only when it is one of
    ``languages`` (when given). What each tag names is taken from
    ``tag_kinds`` (label -> group) when the caller knows it."""
    kinds = tag_kinds or {}
    feeds = [FeedSpec("site", "site", "all", sitename, "", default_lang, articles[:limit], len(articles))]
    for tag, tagged in sorted(tags, key=lambda item: item[0].slug):
        feeds.append(
            FeedSpec(
                "tag",
                kinds.get(tag) or tag_group(tag.name, tagged),
                tag.slug,
                tag.name,
                tag.url,
                default_lang,
                tagged[:limit],
                len(tagged),
            )
        )
    for category, filed in sorted(categories, key=lambda item: item[0].slug):
        feeds.append(
            FeedSpec(
                "category",
                "categories",
                category.slug,
                category.name,
                category.url,
                default_lang,
                filed[:limit],
                len(filed),
            )
        )
    by_lang: dict[str, list] = {}
    for article in articles:
        if languages is None or article.lang in languages:
            by_lang.setdefault(article.lang, []).append(article)
    for lang in sorted(by_lang):
        feeds.append(FeedSpec("lang", "languages", lang, lang, "", lang, by_lang[lang][:limit], len(by_lang[lang])))
    return feeds
