"""Partials rendered once per build (site_pages.partials): each shows what
``{% include %}`` would on every page, and is rendered once for each story,
heading and language it is shown with, and for each SITEURL only when it
does more with SITEURL than show it."""

from types import SimpleNamespace

import jinja2
import pytest
from site_pages.partials import RenderedOnce, siteurl_writer

PARTIAL = (
    '<p lang="{{ page_lang }}"><a href="{{ SITEURL }}/{{ article.url }}">{{ article.title }}</a>'
    '<{{ heading | default("h2") }}>{{ SITENAME }}{{ article | counted }}</p>'
)


def environment(renders: list, partial: str = PARTIAL, autoescape: bool = True) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {
                "partial.html": partial,
                "included.html": '{% for article in stories %}{% include "partial.html" %}{% endfor %}',
                "helper.html": "{% for article in stories %}{{ once(article=article) }}{% endfor %}",
                "included_h3.html": '{% for article in stories %}{% set heading = "h3" %}{% include "partial.html" %}{% endfor %}',
                "helper_h3.html": '{% for article in stories %}{{ once(article=article, heading="h3") }}{% endfor %}',
            }
        ),
        autoescape=autoescape,
    )
    env.filters["counted"] = lambda article: renders.append(article.url) or ""
    env.globals["once"] = RenderedOnce(env, "partial.html").render
    return env


def test_a_partial_rendered_once_shows_what_an_include_shows_and_is_rendered_once_per_combination():
    stories = [
        SimpleNamespace(url="a.html", title="Tom & Jerry <sign> a deal"),
        SimpleNamespace(url="b.html", title="Same title"),
        SimpleNamespace(url="c.html", title="Same title"),  # another story with the same title
    ]
    renders = []
    env = environment(renders)
    pages = [
        {"SITEURL": "..", "page_lang": "en"},
        {"SITEURL": "../..", "page_lang": "en"},
        {"SITEURL": "..", "page_lang": "fr"},
        {"SITEURL": "..", "page_lang": "en"},  # as the first: nothing rendered again
    ]
    for page in pages:
        values = {**page, "stories": stories, "SITENAME": "Desk"}
        for included, helper in (("included.html", "helper.html"), ("included_h3.html", "helper_h3.html")):
            expected = env.get_template(included).render(values)
            assert env.get_template(helper).render(values) == expected
            assert "Tom &amp; Jerry &lt;sign&gt;" in expected
    # each include renders; the helper once per story, heading and language:
    # the pages at two depths share one rendering
    includes = len(pages) * 2 * len(stories)
    assert len(renders) == includes + 2 * 2 * len(stories)


#: A partial that tests SITEURL, one that filters it, one whose include does.
DOING_MORE = [
    '{% if SITEURL %}<a href="{{ SITEURL }}/{{ article.url }}">{% endif %}{{ article.title }}{{ article | counted }}',
    '<a href="{{ SITEURL | replace(".", "up") }}/{{ article.url }}">{{ article.title }}</a>{{ article | counted }}',
    '{% include "included_siteurl.html" %}{{ article | counted }}',
]


@pytest.mark.parametrize("partial", DOING_MORE)
def test_a_partial_doing_more_with_siteurl_than_show_it_is_rendered_for_each(partial):
    stories = [SimpleNamespace(url="a.html", title="A & B")]
    renders = []
    env = environment(renders, partial)
    env.loader.mapping["included_siteurl.html"] = "{{ SITEURL | length }}"
    assert siteurl_writer(env, "partial.html") is None
    for siteurl in ("", "..", "../..", ".."):
        values = {"SITEURL": siteurl, "page_lang": "en", "stories": stories}
        expected = env.get_template("included.html").render(values)
        assert env.get_template("helper.html").render(values) == expected
    assert len(renders) == 4 + 3  # the includes, then once per SITEURL


@pytest.mark.parametrize("autoescape", [True, False])
def test_a_siteurl_that_needs_escaping_is_written_as_an_include_writes_it(autoescape):
    stories = [SimpleNamespace(url="a.html", title="A")]
    renders = []
    env = environment(renders, autoescape=autoescape)
    assert siteurl_writer(env, "partial.html") is not None
    for siteurl in ("https://example.org/?a=1&b=<2>", ".."):
        values = {"SITEURL": siteurl, "page_lang": "en", "stories": stories, "SITENAME": "Desk"}
        expected = env.get_template("included.html").render(values)
        assert env.get_template("helper.html").render(values) == expected
    assert ("a=1&amp;b=&lt;2&gt;" in expected) is autoescape or ".." in expected
    assert len(renders) == 2 + 1


@pytest.mark.parametrize(
    "extra",
    [
        '{% extends "base.html" %}',
        '{% import "base.html" as base %}',
        "{% set SITEURL = '.' %}",
        "{% autoescape false %}{{ SITEURL }}{% endautoescape %}",
        "{% include name_of_partial %}",
    ],
)
def test_a_partial_whose_siteurl_cannot_be_told_is_rendered_for_each_siteurl(extra):
    env = jinja2.Environment(loader=jinja2.DictLoader({"partial.html": extra + PARTIAL, "base.html": ""}))
    assert siteurl_writer(env, "partial.html") is None
