"""Crawl every page of the built sample site: no internal link is broken."""

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import build_site, sample_seeds

BASE = "http://site.test/"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("links")
    return build_site(tmp, sample_seeds(tmp))


def target(site: Path, url: str) -> Path:
    path = site / unquote(urlsplit(url).path).lstrip("/")
    return path / "index.html" if url.endswith("/") or path.is_dir() else path


def test_every_internal_link_resolves(site):
    pages = sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)
    assert len(pages) > 60
    broken, checked = [], 0
    for page in pages:
        page_url = urljoin(BASE, page.relative_to(site).as_posix())
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in soup.find_all(tag):
                value = element.get(attr)
                if not value or value.startswith(("mailto:", "#")):
                    continue
                absolute = urljoin(page_url, value)
                if not absolute.startswith(BASE) and not absolute.startswith("http://localhost:8000/"):
                    continue  # an external link: not ours to check
                relative = absolute.removeprefix(BASE).removeprefix("http://localhost:8000/")
                checked += 1
                if not target(site, "/" + relative).exists():
                    broken.append((page.relative_to(site).as_posix(), value))
    assert checked > 1000
    assert broken == []


def test_listings_paginate_into_their_own_folders(tmp_path):
    from bench.synthetic import write

    seeds = tmp_path / "seeds"
    write(seeds, 90)
    output = build_site(tmp_path, seeds, DEFAULT_PAGINATION=5, SITE_SEARCH_INDEX=False)
    second_pages = sorted(p.relative_to(output).as_posix() for p in output.glob("**/page/2/index.html"))
    assert "page/2/index.html" in second_pages
    assert any(p.startswith("topics/") for p in second_pages)
    for path in second_pages:
        owner = path.removesuffix("page/2/index.html")
        assert (output / owner / "index.html").exists(), path
