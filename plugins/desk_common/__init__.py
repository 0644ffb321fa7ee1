"""What the three plugins (wire, site_pages, topic_feeds) share: one way
each to write a file atomically (``files``), to spread work over processes
(``workers``), to hash a tree of files (``tree_hash``), to check a settings
table (``settings_table``), and the signals one plugin sends another
(``signals``). Not a Pelican plugin itself."""
