"""Topic feeds: an Atom and an RSS feed, written with feedgen, for every
topic, person, place, organisation, section and language of the site and for
the whole site, with an OPML list and a page of them all."""

# Pelican's hooks are imported when Pelican registers the plugin, so that
# its plain modules (settings, publishing, ingest) import without Pelican.


def register():
    from desk_common.signals import stories_written
    from pelican import signals

    from .pelican_hooks import add_template_helpers, initialized, write_feeds

    signals.initialized.connect(initialized)
    signals.generator_init.connect(add_template_helpers)
    stories_written.connect(write_feeds)
