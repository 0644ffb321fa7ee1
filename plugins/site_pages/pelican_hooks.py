"""What the site pages plugin does inside a Pelican run."""

from __future__ import annotations

import functools
import json
import logging
import time
from pathlib import Path

import jinja2
from babel import Locale
from desk_common.settings_table import SettingsError
from desk_common.state import derived_cache_folder
from desk_common.template_cache import template_cache
from desk_common.tree_hash import RACY_NS, stamp_hash
from wire.display import iso_at_precision
from wire.tagging.vocabulary import tag_label

from .partials import add_partials
from .settings import check_settings

logger = logging.getLogger(__name__)


def initialized(pelican) -> None:
    """Check the SITE_* settings, and that every template of the theme
    parses, so a broken one is named before anything is built; the theme's
    interface strings are read afresh by each build."""
    _ui_strings.cache_clear()
    try:
        pelican.settings.update(check_settings(pelican.settings))
    except SettingsError as err:
        raise SystemExit(str(err)) from None
    problem = check_theme(Path(pelican.settings["THEME"]))
    if problem:
        raise SystemExit(problem)


def check_theme(theme: Path) -> str | None:
    """A plain message naming what is wrong with the theme, or None. A theme
    found sound is remembered by the stamp of its templates (their paths,
    sizes and modification times), so builds do not parse it again."""
    templates = theme / "templates"
    if not templates.is_dir():
        return f"site_pages: the theme {theme} has no templates folder (THEME = {str(theme)!r})"
    stamp, newest = stamp_hash([templates], extra=f"jinja2 {jinja2.__version__}", with_newest=True)
    checked = derived_cache_folder() / "theme-checks" / stamp
    if checked.exists():
        return None
    env = jinja2.Environment()
    for path in sorted(templates.rglob("*.html")):
        try:
            env.parse(path.read_text(encoding="utf-8"), name=path.name, filename=str(path))
        except jinja2.TemplateSyntaxError as err:
            return f"site_pages: template {path.relative_to(theme)} line {err.lineno}: {err.message}"
        except UnicodeDecodeError:
            return f"site_pages: template {path.relative_to(theme)} is not UTF-8 text"
    if newest <= time.time_ns() - RACY_NS:  # a template changed since may change again unseen
        try:
            checked.parent.mkdir(parents=True, exist_ok=True)
            checked.touch()
        except OSError:
            pass  # checked again next time
    return None


@functools.cache
def _ui_strings(theme: str) -> dict:
    path = Path(theme) / "translations" / "ui.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def translate(theme: str, text: str, lang: str | None) -> str:
    """An interface word in the page's language (English when unknown)."""
    return _ui_strings(theme).get(text, {}).get(lang or "en", text)


@functools.lru_cache(maxsize=256)
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


def section_label(settings: dict, section, lang: str | None) -> str:
    """A section's name on a page in ``lang``: the default section's from
    the theme's translations, a topic's from IPTC's labels."""
    name = str(section)
    if name == settings.get("SITE_DEFAULT_SECTION"):
        return translate(settings["THEME"], name, lang)
    return tag_label(name, lang)


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
    JSON-LD, and the partials rendered once (see ``partials``), for
    templates."""
    settings = generator.settings
    theme = settings["THEME"]
    generator.env.filters["ui"] = lambda text, lang=None: translate(theme, text, lang)
    generator.env.filters["language_name"] = language_name
    generator.env.filters["section_label"] = lambda section, lang=None: section_label(settings, section, lang)
    generator.env.globals["language_url"] = lambda code: language_url(settings, code)
    generator.env.globals["story_jsonld"] = lambda article: story_jsonld(article, site_url(settings))
    add_partials(generator.env)
    generator.env.bytecode_cache = template_cache()
    # a build makes a new environment: the theme's files are not looked at
    # again for every template a page includes (a teaser per story listed)
    generator.env.auto_reload = False


def site_url(settings: dict) -> str:
    """The absolute address of the site (``invoke serve``'s for a local build)."""
    return (settings.get("SITEURL") or "http://localhost:8000").rstrip("/")
