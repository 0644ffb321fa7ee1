"""What of the build's context the pages are given (site_pages.template_names):
the names some template of the theme reads, so a page renders as it would
with the whole context."""

import jinja2
from site_pages.template_names import names_read, shown_context

TEMPLATES = {
    "base.html": "<title>{{ SITENAME }}</title>{% block content %}{% endblock content %}",
    "article.html": (
        '{% extends "base.html" %}{% block content %}{% set shown = article.title %}'
        '{{ shown }}{% include "partials/tags.html" %}{% endblock content %}'
    ),
    "partials/tags.html": "{% for tag in article.tags %}<a href='{{ SITEURL }}/{{ tag }}'>{{ tag }}</a>{% endfor %}",
}


def environment(templates: dict) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True)


def test_the_names_read_are_those_of_every_template_and_a_page_renders_the_same_with_them_alone():
    env = environment(TEMPLATES)
    names = names_read(env)
    assert {"SITENAME", "article", "SITEURL"} <= names
    context = {
        "SITENAME": "Desk",
        "SITEURL": "..",
        "article": {"title": "Port <reopens>", "tags": ["ports", "trade"]},
        "DELETE_OUTPUT_DIRECTORY": True,
        "FEED_ALL_ATOM": "feeds/all.atom.xml",
        "articles": list(range(1000)),
    }
    shown = shown_context(context, names)
    assert set(shown) == {"SITENAME", "SITEURL", "article"}
    template = env.get_template("article.html")
    assert template.render(shown) == template.render(context)
    assert "Port &lt;reopens&gt;" in template.render(shown)


def test_a_template_that_cannot_be_read_gives_the_pages_the_whole_context():
    env = environment({**TEMPLATES, "broken.html": "{% if %}"})
    assert names_read(env) is None
    context = {"SITENAME": "Desk", "ANYTHING": 1}
    assert shown_context(context, None) == context
