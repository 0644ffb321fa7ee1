"""The signals one plugin sends another, declared here (Pelican's own are
in ``pelican.signals``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from blinker import signal

#: Sent by site_pages, in a forked process of its own while the pages are
#: written, with ``stories`` (a :class:`WrittenStories`) and ``output`` (the
#: build's ``site_pages.build_state.BuildOutput``, which writes a file only
#: when what it is made of changed, and only once every page is written);
#: topic_feeds writes the feeds then.
stories_written = signal("site_pages.stories_written")


@dataclass(frozen=True)
class WrittenStories:
    """What :data:`stories_written` tells its receivers: the site's stories
    (newest first), its tags and sections with their stories, what each tag
    names (``tag_kinds``: label -> people, places, organizations or topics),
    the hash of what every page is made with, what every page shows besides
    its own matter (``chrome``), and a way to render a theme template as a
    page."""

    settings: dict
    stories: list
    tags: list
    categories: list
    fingerprint: str
    chrome: str
    render_page: Callable[..., bytes]
    tag_kinds: dict
