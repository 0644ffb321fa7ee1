"""The desk: static pages for the editors, written by every build beside
the published site (never inside it): the last build, quarantine,
conflicts, corrections and withdrawals, new tags, and the last builds.
Not a Pelican plugin: ``invoke build`` writes it (:func:`.pages.write_desk`)."""
