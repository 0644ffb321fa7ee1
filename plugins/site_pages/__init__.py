"""Site pages beyond Pelican's own: a listing per language, related stories,
interface words in the page's language, sitemaps and the search index."""

from pelican import signals

from .pelican_hooks import (
    add_template_helpers,
    build_search_index,
    find_related,
    initialized,
    write_language_pages,
    write_sitemaps,
)


def register():
    signals.initialized.connect(initialized)
    signals.generator_init.connect(add_template_helpers)
    signals.article_generator_finalized.connect(find_related)
    signals.article_writer_finalized.connect(write_language_pages)
    signals.finalized.connect(write_sitemaps)
    signals.finalized.connect(build_search_index)
