"""Wire conversion plugin: raw agency dispatches in, Markdown with metadata out.

Connects the converter to Pelican: settings are checked and new or changed
dispatches converted at ``initialized``; ``.md`` files are read with a reader
that keeps partial dates; withdrawn stories are dropped before taxonomies.
"""

from pelican import signals

from .display import add_filters
from .pelican_hooks import drop_withdrawn, initialized
from .reader import use_wire_reader


def register():
    signals.initialized.connect(initialized)
    signals.readers_init.connect(use_wire_reader)
    signals.article_generator_pretaxonomy.connect(drop_withdrawn)
    signals.generator_init.connect(add_filters)
