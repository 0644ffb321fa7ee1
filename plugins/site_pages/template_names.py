"""The names a theme's templates read, so that a page is rendered with
those of the build's context only.

Pelican gives every template the whole context: every setting and all that
the generators made, two hundred names. Jinja copies a page's names into a
context of its own, and again for every template the page includes, so a
page given only the names some template of the theme reads renders the
same with a fraction of the copying. What the environment itself offers
(its filters, tests and globals: ``language_url``, the partials) is not
part of the context and stays as it is.
"""

from __future__ import annotations

import logging

import jinja2
from jinja2 import nodes

logger = logging.getLogger(__name__)


def names_read(environment: jinja2.Environment) -> frozenset[str] | None:
    """Every name a template of ``environment`` reads (``{{ SITENAME }}``,
    ``{% if article %}``, a loop's variable too): a superset of what any
    page needs of its context. None when a template cannot be listed or
    read: the pages are then given the whole context."""
    names = set()
    try:
        templates = environment.list_templates()
        for name in templates:
            source = environment.loader.get_source(environment, name)[0]
            tree = environment.parse(source, name)
            names.update(node.name for node in tree.find_all(nodes.Name) if node.ctx == "load")
    except (TypeError, jinja2.TemplateError, UnicodeDecodeError, OSError) as err:
        logger.info("site_pages: pages are given the whole context, as a template cannot be read: %s", err)
        return None
    return frozenset(names)


def shown_context(context: dict, names: frozenset[str] | None) -> dict:
    """What of ``context`` the pages are given: the ``names`` it has (see
    :func:`names_read`), or all of it when they are not known."""
    if names is None:
        return dict(context)
    return {name: context[name] for name in sorted(names) if name in context}
