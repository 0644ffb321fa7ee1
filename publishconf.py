"""Pelican settings for the public site: imports pelicanconf, sets SITEURL."""

import os
import runpy
from pathlib import Path

globals().update(
    (key, value)
    for key, value in runpy.run_path(str(Path(__file__).with_name("pelicanconf.py"))).items()
    if key.isupper()
)

SITEURL = os.environ.get("SITEURL", "https://news.example.org")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
