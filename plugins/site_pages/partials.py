"""Partials that pages show again and again, rendered once.

A story's teaser is on every listing the story is in: the home page, its
section, language and month, each of its tags and authors; ten listings or
more. The masthead and the colophon are on every page, the same in one
language. Each shows only what it is given (the story, the heading), the
page's language and its ``SITEURL`` (relative to the page's folder on a
local build), besides what is the same on every page of a build (the
sections, the languages, the site's name). So a build renders each once for
every such combination and shows that copy everywhere else:
``{{ teaser(article=article) }}`` in the theme, rather than
``{% include "partials/teaser.html" %}``. Such a partial may use nothing
else of the page.
"""

from __future__ import annotations

import jinja2
from markupsafe import Markup

#: What of the page a partial rendered once may show, besides what it is given.
VARYING = ("SITEURL", "page_lang")

#: Template helpers -> the partial of the theme each renders once.
PARTIALS = {
    "teaser": "partials/teaser.html",
    "masthead": "partials/masthead.html",
    "colophon": "partials/colophon.html",
}


def _identity(value) -> object:
    """What tells ``value`` apart in a key: text and numbers by value, any
    other object (a story) by identity."""
    return value if value is None or isinstance(value, str | int | float) else id(value)


class RenderedOnce:
    """One partial of ``environment``, rendered once per build for each
    combination of what it is given and of :data:`VARYING` (a build makes a
    new environment, so nothing is kept from one build to the next)."""

    def __init__(self, environment: jinja2.Environment, name: str):
        self.environment = environment
        self.name = name
        #: key -> (what it was given, the rendering): the values are held
        #: so that no object's id is reused while it is part of a key
        self.rendered: dict[tuple, tuple[dict, Markup]] = {}

    @jinja2.pass_context
    def render(self, context: jinja2.runtime.Context, **values) -> Markup:
        """The partial as ``{% include %}`` renders it on the page of
        ``context``, with ``values`` set."""
        given = tuple((name, _identity(value)) for name, value in sorted(values.items()))
        key = (given, *(context.get(name) for name in VARYING))
        found = self.rendered.get(key)
        if found is None:
            template = self.environment.get_template(self.name)
            found = self.rendered[key] = (values, Markup(template.render({**context.get_all(), **values})))
        return found[1]


def add_partials(environment: jinja2.Environment) -> None:
    """Make each of :data:`PARTIALS` a helper of ``environment``'s templates."""
    for helper, name in PARTIALS.items():
        environment.globals[helper] = RenderedOnce(environment, name).render
