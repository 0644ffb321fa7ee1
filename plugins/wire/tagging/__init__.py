"""Tagging: the people, places, organisations and IPTC topics a dispatch is
about (``tagger``), and what the site shows of a tag (``vocabulary``).

Each module is imported for what it does: the site, which shows tags,
loads the vocabulary without the recognisers the converter tags with."""
