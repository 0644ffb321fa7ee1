"""Partials rendered once per build (site_pages.partials): each shows what
``{% include %}`` would on every page, and is rendered once for each story,
heading, language and SITEURL it is shown with."""

from types import SimpleNamespace

import jinja2
from site_pages.partials import RenderedOnce

PARTIAL = (
    '<p lang="{{ page_lang }}"><a href="{{ SITEURL }}/{{ article.url }}">{{ article.title }}</a>'
    '<{{ heading | default("h2") }}>{{ SITENAME }}{{ article | counted }}</p>'
)


def environment(renders: list) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {
                "partial.html": PARTIAL,
                "included.html": '{% for article in stories %}{% include "partial.html" %}{% endfor %}',
                "helper.html": "{% for article in stories %}{{ once(article=article) }}{% endfor %}",
                "included_h3.html": '{% for article in stories %}{% set heading = "h3" %}{% include "partial.html" %}{% endfor %}',
                "helper_h3.html": '{% for article in stories %}{{ once(article=article, heading="h3") }}{% endfor %}',
            }
        ),
        autoescape=True,
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
    # each include renders; the helper once per story, heading, SITEURL and language
    includes = len(pages) * 2 * len(stories)
    assert len(renders) == includes + 3 * 2 * len(stories)
