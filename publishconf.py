"""Pelican settings for the public site: imports pelicanconf, sets SITEURL."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("SITEURL", "https://news.example.org")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
