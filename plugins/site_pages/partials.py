"""Partials that pages show again and again, rendered once.

A story's teaser is on every listing the story is in: the home page, its
section, language and month, each of its tags and authors; ten listings or
more. The masthead, the colophon and the links to the site's feeds are on
every page, the same in one language. Each shows only what it is given
(the story, the heading), the page's language and its ``SITEURL``
(relative to the page's folder on a local build), besides what is the same
on every page of a build (the sections, the languages, the site's name,
its feeds). So a build renders each once for
every such combination and shows that copy everywhere else:
``{{ teaser(article=article) }}`` in the theme, rather than
``{% include "partials/teaser.html" %}``. Such a partial may use nothing
else of the page.

On a local build SITEURL is the way up from the page's folder (``..``,
``../..``), so a story's teaser would be rendered again for every depth of
the listings it is on. A partial that shows SITEURL only as text
(``{{ SITEURL }}``, as the theme's do) is rendered once with a mark in its
place, and each page puts its own SITEURL there; one that does more with it
(a test, a filter) is rendered once per SITEURL.
"""

from __future__ import annotations

import functools

import jinja2
from jinja2 import nodes
from markupsafe import Markup, escape

#: What stands for the page's SITEURL in a partial rendered once for pages
#: of every depth (see :func:`siteurl_writer`): no text a page shows holds
#: it, as control characters are taken out of wire text.
SITEURL_MARK = "\x00\x01SITEURL\x01\x00"

#: Template helpers -> the partial of the theme each renders once.
PARTIALS = {
    "teaser": "partials/teaser.html",
    "masthead": "partials/masthead.html",
    "colophon": "partials/colophon.html",
    "site_feeds": "partials/site_feeds.html",
}


def _identity(value) -> object:
    """What tells ``value`` apart in a key: text and numbers by value, any
    other object (a story) by identity."""
    return value if value is None or isinstance(value, str | int | float) else id(value)


class RenderedOnce:
    """One partial of ``environment``, rendered once per build for each
    combination of what it is given, the page's language and its SITEURL
    (a build makes a new environment, so nothing is kept from one build to
    the next); once for every SITEURL when the partial shows it as text
    only."""

    def __init__(self, environment: jinja2.Environment, name: str):
        self.environment = environment
        self.name = name
        #: key -> (what it was given, the rendering cut where SITEURL goes):
        #: the values are held so that no object's id is reused while it is
        #: part of a key
        self.rendered: dict[tuple, tuple[dict, list[str]]] = {}
        #: SITEURL -> how the partial writes it (pages of a build have a few)
        self._siteurl_text: dict[str, str] = {}

    @functools.cached_property
    def _write_siteurl(self):
        """How the partial writes the page's SITEURL, when it shows it as
        text only (see :func:`siteurl_writer`); else None."""
        return siteurl_writer(self.environment, self.name)

    @jinja2.pass_context
    def render(self, context: jinja2.runtime.Context, **values) -> Markup:
        """The partial as ``{% include %}`` renders it on the page of
        ``context``, with ``values`` set."""
        given = tuple((name, _identity(value)) for name, value in sorted(values.items()))
        siteurl, lang = context.get("SITEURL", ""), context.get("page_lang")
        write = self._write_siteurl
        key = (given, lang) if write else (given, siteurl, lang)
        found = self.rendered.get(key)
        if found is None:
            shown = {**context.get_all(), **values}
            if write:
                shown["SITEURL"] = SITEURL_MARK
            rendering = self.environment.get_template(self.name).render(shown)
            found = self.rendered[key] = (values, rendering.split(SITEURL_MARK) if write else [rendering])
        parts = found[1]
        if len(parts) == 1:
            return Markup(parts[0])
        text = self._siteurl_text.get(siteurl)
        if text is None:
            text = self._siteurl_text[siteurl] = write(siteurl)
        return Markup(text.join(parts))


def siteurl_writer(environment: jinja2.Environment, name: str):
    """How the template ``name`` writes SITEURL on its page (escaped, or as
    it is), when it and every template it includes show it as text only:
    ``{{ SITEURL }}``, never tested, filtered, set or passed on, and no
    template extended or imported, no escaping turned on or off in a
    block. None otherwise."""
    escaping = set()
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        tree = environment.parse(environment.loader.get_source(environment, current)[0], current)
        if any(tree.find_all((nodes.Extends, nodes.Import, nodes.FromImport, nodes.EvalContextModifier))):
            return None
        for include in tree.find_all(nodes.Include):
            if not isinstance(include.template, nodes.Const) or not isinstance(include.template.value, str):
                return None
            todo.append(include.template.value)
        as_text = sum(
            isinstance(node, nodes.Name) and node.name == "SITEURL"
            for output in tree.find_all(nodes.Output)
            for node in output.nodes
        )
        if as_text != sum(node.name == "SITEURL" for node in tree.find_all(nodes.Name)):
            return None
        autoescape = environment.autoescape
        escaping.add(bool(autoescape(current) if callable(autoescape) else autoescape))
    if environment.finalize is not None or len(escaping) != 1:
        return None
    return (lambda siteurl: str(escape(siteurl))) if escaping.pop() else str


def add_partials(environment: jinja2.Environment) -> None:
    """Make each of :data:`PARTIALS` a helper of ``environment``'s templates."""
    for helper, name in PARTIALS.items():
        environment.globals[helper] = RenderedOnce(environment, name).render
