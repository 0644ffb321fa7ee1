"""What the site pages plugin does inside a Pelican run."""

from __future__ import annotations

import functools
import json
import logging
import subprocess
import sys
from pathlib import Path

import jinja2
from babel import Locale
from wire.display import iso_at_precision
from wire.tagging import tag_kind

from .settings import SitePagesSettingsError, check_settings
from .sitemaps import news_sitemap, sitemap

logger = logging.getLogger(__name__)

#: How many of a tag's newest stories are weighed as related to a story.
RELATED_CANDIDATES = 200


def initialized(pelican) -> None:
    """Check the SITE_* settings, and that every template of the theme
    parses, so a broken one is named before anything is built."""
    try:
        pelican.settings.update(check_settings(pelican.settings))
    except SitePagesSettingsError as err:
        raise SystemExit(str(err)) from None
    problem = check_theme(Path(pelican.settings["THEME"]))
    if problem:
        raise SystemExit(problem)


def check_theme(theme: Path) -> str | None:
    """A plain message naming what is wrong with the theme, or None."""
    templates = theme / "templates"
    if not templates.is_dir():
        return f"site_pages: the theme {theme} has no templates folder (THEME = {str(theme)!r})"
    env = jinja2.Environment()
    for path in sorted(templates.rglob("*.html")):
        try:
            env.parse(path.read_text(encoding="utf-8"), name=path.name, filename=str(path))
        except jinja2.TemplateSyntaxError as err:
            return f"site_pages: template {path.relative_to(theme)} line {err.lineno}: {err.message}"
        except UnicodeDecodeError:
            return f"site_pages: template {path.relative_to(theme)} is not UTF-8 text"
    return None


@functools.cache
def _ui_strings(theme: str) -> dict:
    path = Path(theme) / "translations" / "ui.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def translate(theme: str, text: str, lang: str | None) -> str:
    """An interface word in the page's language (English when unknown)."""
    return _ui_strings(theme).get(text, {}).get(lang or "en", text)


def language_name(code: str, in_lang: str | None = None, standalone: bool = False) -> str:
    """``fr`` -> ``français`` (in its own language, as CLDR writes it inside
    a sentence) or ``French``; ``standalone`` capitalises it for a menu."""
    try:
        name = Locale.parse(code).get_display_name(in_lang or code)
    except (ValueError, TypeError):
        return code
    if not name:
        return code
    return name[:1].upper() + name[1:] if standalone else name


def language_url(settings: dict, code: str) -> str | None:
    pattern = settings.get("SITE_LANGUAGE_URL")
    return pattern.format(lang=code) if pattern else None


def story_jsonld(article, siteurl: str) -> dict:
    """schema.org NewsArticle for a story page; ``|tojson`` in the template
    makes it safe inside a script element."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": str(article.title)[:110],
        "datePublished": iso_at_precision(article.date, getattr(article, "date_precision", "day")),
        "inLanguage": article.lang,
        "url": f"{siteurl}/{article.url}",
        "mainEntityOfPage": f"{siteurl}/{article.url}",
    }
    modified = getattr(article, "modified", None)
    if modified:
        data["dateModified"] = iso_at_precision(modified, getattr(article, "modified_precision", "day"))
    authors = getattr(article, "authors", None) or []
    if authors:
        data["author"] = [{"@type": "Person", "name": str(a)} for a in authors]
    if getattr(article, "dateline", None):
        data["dateline"] = str(article.dateline)
    if getattr(article, "city", None) or getattr(article, "country", None):
        place = {"@type": "Place", "name": str(getattr(article, "city", None) or article.country)}
        if getattr(article, "country", None):
            place["address"] = {"@type": "PostalAddress", "addressCountry": str(article.country)}
        data["locationCreated"] = place
    if getattr(article, "agency", None):
        data["sourceOrganization"] = {"@type": "Organization", "name": str(article.agency)}
    return data


def add_template_helpers(generator) -> None:
    """``generator_init``: interface words, language names and URLs,
    JSON-LD, for templates."""
    settings = generator.settings
    theme = settings["THEME"]
    generator.env.filters["ui"] = lambda text, lang=None: translate(theme, text, lang)
    generator.env.filters["language_name"] = language_name
    generator.env.globals["language_url"] = lambda code: language_url(settings, code)
    generator.env.globals["story_jsonld"] = lambda article: story_jsonld(article, _siteurl(settings))


def _siteurl(settings: dict) -> str:
    return (settings.get("SITEURL") or "http://localhost:8000").rstrip("/")


def find_related(generator) -> None:
    """``article_generator_finalized``: each story's related stories, those
    sharing the most tags, newest first; and the tags by kind for the topics
    index."""
    groups: dict[str, set] = {"topics": set(), "people": set(), "places": set(), "organizations": set()}
    for tag, tagged in generator.tags.items():
        groups[tag_kind(tag.name, tagged)].add(tag)
    generator.context["tag_groups"] = groups
    count = generator.settings["SITE_RELATED_COUNT"]
    by_tag: dict = {}
    for article in generator.articles:
        for tag in getattr(article, "tags", []) or []:
            by_tag.setdefault(tag, []).append(article)
    for members in by_tag.values():
        members.sort(key=_newest_first)
    for article in generator.articles:
        shared: dict = {}
        # only the newest stories of each tag: a country tag on thousands of
        # stories must not make this quadratic
        for tag in getattr(article, "tags", []) or []:
            for other in by_tag[tag][:RELATED_CANDIDATES]:
                if other is not article:
                    shared[other] = shared.get(other, 0) + 1
        ranked = sorted(shared, key=lambda other: (-shared[other], *_newest_first(other)))
        article.related = ranked[:count]


def _newest_first(article) -> tuple:
    return (-article.date.timestamp(), article.slug)


def write_language_pages(generator, writer) -> None:
    """``article_writer_finalized``: a paginated listing of each language's
    stories, and a search page in each language."""
    settings = generator.settings
    by_lang: dict[str, list] = {}
    for article in generator.articles:
        by_lang.setdefault(article.lang, []).append(article)
    languages = sorted(by_lang)
    generator.context["site_languages"] = languages
    relative = settings["RELATIVE_URLS"]
    if settings["SITE_LANGUAGE_SAVE_AS"]:
        template = generator.get_template("lang")
        for code in languages:
            save_as = settings["SITE_LANGUAGE_SAVE_AS"].format(lang=code)
            writer.write_file(
                save_as,
                template,
                generator.context,
                relative_urls=relative,
                paginated={"articles": by_lang[code], "dates": by_lang[code]},
                template_name="lang",
                url=language_url(settings, code),
                page_lang=code,
                language_code=code,
            )
    if settings["SITE_SEARCH_INDEX"]:
        template = generator.get_template("search")
        pages = [(settings["DEFAULT_LANG"], "search/index.html", "search/")]
        if settings["SITE_LANGUAGE_SAVE_AS"]:
            pages += [
                (code, f"{language_url(settings, code)}search/index.html", f"{language_url(settings, code)}search/")
                for code in languages
                if code != settings["DEFAULT_LANG"]
            ]
        for code, save_as, url in pages:
            writer.write_file(save_as, template, generator.context, relative_urls=relative, url=url, page_lang=code)


def write_sitemaps(pelican) -> None:
    """``finalized``: sitemap.xml with hreflang, and the news sitemap."""
    settings = pelican.settings
    output = Path(settings["OUTPUT_PATH"])
    siteurl = _siteurl(settings)
    if settings["SITE_SITEMAP"]:
        (output / settings["SITE_SITEMAP"]).write_bytes(sitemap(output, siteurl))
    if settings["SITE_NEWS_SITEMAP"]:
        (output / settings["SITE_NEWS_SITEMAP"]).write_bytes(
            news_sitemap(output, siteurl, settings["SITENAME"], settings["SITE_NEWS_SITEMAP_DAYS"])
        )


def build_search_index(pelican) -> None:
    """``finalized``: index the story pages with Pagefind."""
    settings = pelican.settings
    if not settings["SITE_SEARCH_INDEX"]:
        return
    output = settings["OUTPUT_PATH"]
    run = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", output, "--quiet"], capture_output=True, text=True, check=False
    )
    if run.returncode != 0:
        logger.error("site_pages: Pagefind could not index %s: %s", output, (run.stderr or run.stdout).strip())
        return
    # Pagefind writes its languages in no fixed order: sort them so the same
    # site gives the same bytes
    entry = Path(output) / "pagefind" / "pagefind-entry.json"
    if entry.exists():
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False, sort_keys=True), encoding="utf-8")
    logger.info("site_pages: search index written to %s/pagefind", output)
