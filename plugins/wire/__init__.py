"""Wire conversion plugin: raw agency dispatches in, Markdown with metadata out.

Connects the converter to Pelican: settings are checked and new or changed
dispatches converted at ``initialized``; ``.md`` files are read with a reader
that keeps partial dates; ``withdrawn_stories`` names the withdrawn stories
for the plugin that renders them.
"""

# Pelican's hooks are imported when Pelican registers the plugin, so that
# its plain modules (settings, publishing, ingest) import without Pelican.


def register():
    from pelican import signals

    from .display import add_filters
    from .pelican_hooks import initialized
    from .reader import use_wire_reader

    signals.initialized.connect(initialized)
    signals.readers_init.connect(use_wire_reader)
    signals.generator_init.connect(add_filters)
