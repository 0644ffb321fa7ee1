"""The site's pages: every story, its listings (home, tags, sections,
authors, languages, months) and indexes, rendered from the story catalog and
only where something changed; related stories, interface words in the
page's language, sitemaps and the search index."""

# Pelican's hooks are imported when Pelican registers the plugin, so that
# its plain modules (settings, publishing, ingest) import without Pelican.


def register():
    from pelican import signals

    from .pelican_hooks import add_template_helpers, initialized
    from .story_pages import get_generators

    signals.initialized.connect(initialized)
    signals.generator_init.connect(add_template_helpers)
    signals.get_generators.connect(get_generators)
