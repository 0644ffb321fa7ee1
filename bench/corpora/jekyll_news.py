"""Prepare evaluation corpora from news posts kept in Jekyll sites' sources.

    python -m bench.corpora.jekyll_news jornada POSTS OUT [--agencies]
    python -m bench.corpora.jekyll_news trends POSTS OUT

POSTS is the ``_posts`` folder of a checkout of one of two public repositories:

- ``jornada``: ``ljzac/ljzac.github.io`` (commit ``7681abd``), the site of the
  Mexican daily La Jornada Zacatecas, April 2013 to February 2014: Spanish news,
  agency copy among it as the paper ran it (AFP, Notimex, dpa, AP, Reuters,
  Prensa Latina, Xinhua), opening on its town (``Bruselas/Moscú.``). With
  ``--agencies``, only the posts the site credits to an agency.
- ``trends``: ``nguyenvulebinh/trends`` (commit ``b4236fb``), German articles of
  April 2024 to February 2025 that the site took from news sites (tagesschau.de,
  ndr.de, sport1.de, stern.de, zeit.de...) for topics trending in Germany; sport
  is much of it.

Neither repository states a licence: the text is the papers' and stays outside
the repository. OUT receives each post kept as a file named after the post's
path (``2013-06-29-0312-hallan-cuerpos.txt``): its headline, a blank line, its
paragraphs; and ``index.tsv`` (file, date, credit or outlet, category or
address, headline). Opinion pages, live tickers, short posts and reposts are
left out, and the web page's furniture (consent notices, share buttons, links to
other stories) is taken out of the text.
"""

from __future__ import annotations

import argparse
import collections
import email.utils
import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

#: The agencies whose copy the Spanish site credits by their names.
AGENCY_CREDITS = frozenset({"Afp", "Notimex", "Dpa", "Ap", "Reuters", "Prensa Latina", "PL", "Xinhua"})
#: The Spanish site's sections of opinion and pictures: no news.
_OPINION = frozenset(
    {"opinión", "opinion", "editorial", "la jiribilla", "fuera de foco", "de rock", "cartones", "caricatura"}
)

_FRONT_MATTER = re.compile(r"---\s*\n(.*?)\n---\s*\n(.*)", re.S)
_FIELD = re.compile(r"^(\w+):\s*(.*)$")
_BLOCK_TAG = re.compile(r"<\s*(/?\s*(p|div|br|h[1-6]|li|ul|ol|table|tr|blockquote)\b[^>]*)>", re.I)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)", re.S)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)", re.S)
_SENTENCE_END = re.compile(r"[.!?»\"”]\s")
_GERMAN_SENTENCE_END = re.compile(r"[.!?][\"“”»«]?\s")

#: The German pages' furniture: consent, advertising, links to more, credits of pictures.
_FURNITURE = re.compile(
    r"Zustimmung|Datenschutz|[Ee]xterne[rn]? Inhalt|Cookie|JavaScript|Drittanbieter|Newsletter|[Aa]bonnier"
    r"|Lesen Sie auch|Lesen Sie mehr|Mehr zum Thema|Weiterlesen|Zum Artikel|Soziale Netzwerke"
    r"|Social[- ]Media-Inhalt|redaktioneller Inhalt|Video abspielen|Inhalte anzeigen|Klick für den"
    r"|Alle Rechte vorbehalten|Werbung|Jetzt lesen|Hier klicken|zum Liveblog|Liveticker|WhatsApp-Kanal"
    r"|Push-Nachricht|^Anzeige$|^Foto:|^Bild:|^Quelle:|^Fotos?:|^Video:|^Audio:|^\(?Bildquelle"
)
_MORE_FURNITURE = re.compile(
    r"Falls Sie nicht weitergeleitet|Kopiere den aktuellen Link|Drucken|Teilen Merken|Affiliate|Min Lesezeit"
    r"|placeholderType|interessant|Chrome-Browser|Videoplayer"
)
_AS_OF = re.compile(r"Stand: \d\d\.\d\d\.\d{4}")
_LIVE = re.compile(r"ticker|liveblog|live-blog|newsblog|news-blog|/live/|-live-", re.I)
_GERMAN_WORDS = frozenset(
    "der die das und ist nicht mit ein eine den dem zu von auf für sich im des als auch es an wird bei hat nach "
    "aus wie noch wurde sind".split()
)


@dataclass(frozen=True)
class Post:
    """A news post kept: where the site's source holds it, and what it says."""

    path: str  # under _posts
    date: str
    headline: str
    credit: str  # the Spanish site's credit, the German site's outlet
    section: str  # the Spanish site's section, the German site's address of the article
    paragraphs: tuple[str, ...]

    @property
    def file_name(self) -> str:
        return re.sub(r"\.(markdown|md)$", "", self.path).replace("/", "-") + ".txt"


def _front_matter(text: str) -> tuple[dict[str, str], str] | None:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    fields = {}
    for line in match[1].split("\n"):
        if field := _FIELD.match(line):
            value = field[2].strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            fields[field[1]] = value.replace('\\"', '"')
    return fields, match[2]


def _html_paragraphs(body: str) -> list[str]:
    body = _LINK.sub(r"\1", _IMAGE.sub("\n\n", body))
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", body, flags=re.S | re.I)
    body = _BLOCK_TAG.sub("\n\n", body.replace("\r", "").replace("\n", " "))
    body = html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " ")
    return [p for p in (re.sub(r"\s+", " ", part).strip() for part in body.split("\n\n")) if p]


def _markdown_paragraphs(body: str) -> list[str]:
    body = _LINK.sub(r"\1", _IMAGE.sub("\n\n", body.replace("\r", "")))
    body = html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " ").replace("**", "")
    body = re.sub(r"\s*■\s*", "\n\n", body)
    paragraphs = (re.sub(r"\s+", " ", re.sub(r"^\s*#+\s*", "", part)).strip() for part in re.split(r"\n\s*\n", body))
    return [p for p in paragraphs if p]


def _first_of_each(posts: list[Post], key) -> list[Post]:
    seen: set = set()
    kept = []
    for post in posts:
        if key(post) not in seen:
            seen.add(key(post))
            kept.append(post)
    return kept


def _text_key(paragraphs, length: int) -> str:
    return hashlib.md5(re.sub(r"\W+", "", "\n\n".join(paragraphs).lower())[:length].encode()).hexdigest()


def jornada_posts(posts: Path, agencies_only: bool = False) -> list[Post]:
    """The Spanish site's news posts, oldest first, reposts left out."""
    found = []
    for path in posts.rglob("*"):
        relative = path.relative_to(posts).as_posix()
        named = re.match(r"(\d{4})/(\d\d)/(\d\d)/(\d{4})?", relative)
        if not path.is_file() or named is None:
            continue
        read = _front_matter(path.read_text(encoding="utf-8", errors="replace"))
        if read is None:
            continue
        fields, body = read
        section = fields.get("category", "").strip()
        if (
            section.lower() in _OPINION
            or "opini" in section.lower()
            or fields.get("published", "true").lower() == "false"
        ):
            continue
        paragraphs = (
            _html_paragraphs(body) if re.search(r"<(p|div|span|br)\b", body, re.I) else _markdown_paragraphs(body)
        )
        text = "\n\n".join(paragraphs)
        if len(text) < 600 or len(_SENTENCE_END.findall(text + " ")) < 3:
            continue
        credit = re.sub(r"\s+", " ", fields.get("author", "")).strip()
        found.append(
            (
                (f"{named[1]}-{named[2]}-{named[3]}", named[4] or "", relative),
                Post(
                    relative,
                    f"{named[1]}-{named[2]}-{named[3]}",
                    re.sub(r"\s+", " ", html.unescape(fields.get("title", ""))).strip(),
                    credit,
                    section,
                    tuple(paragraphs),
                ),
            )
        )
    found.sort(key=lambda pair: pair[0])
    kept = _first_of_each([post for _, post in found], lambda post: _text_key(post.paragraphs, 400))
    return [post for post in kept if not agencies_only or post.credit in AGENCY_CREDITS]


def trends_posts(posts: Path) -> list[Post]:
    """The German site's articles, oldest first: one article a post, no live
    ticker, the feed's teaser and the pages' furniture taken out, paragraphs
    that three posts or more share (a site's boilerplate) too; reposts left
    out."""
    read = []
    for path in sorted(posts.iterdir()):
        parts = _front_matter(path.read_text(encoding="utf-8", errors="replace"))
        if parts is None:
            continue
        front, body = parts
        if not front.get("categories", "").startswith("entries DE"):
            continue
        links = re.findall(r"^\[(.*)\]\((https?://[^)\s]+)\)\s*$", body, re.M)
        if len(links) != 1:
            continue
        headline, address = links[0]
        try:
            date = email.utils.parsedate_to_datetime(front.get("date", "")).strftime("%Y-%m-%d")
        except (TypeError, ValueError):
            date = path.name[:10]
        if _LIVE.search(address + " " + headline):
            continue
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body)]
        paragraphs = [p for p in paragraphs if p and not p.startswith("![") and not re.match(r"^\[.*\]\(https?://", p)]
        if len(paragraphs) < 2:
            continue
        kept = []
        for paragraph in paragraphs[1:]:  # the first is the feed's teaser, which the article's lead repeats
            paragraph = re.sub(r"\s+", " ", paragraph)
            if (_AS_OF.search(paragraph) and len(paragraph) < 250) or _FURNITURE.search(paragraph):
                continue
            if not re.match(r"^[\W\d]*$", paragraph):
                kept.append(paragraph)
        read.append((path.name, date, headline, address, kept))
    shared = collections.Counter(p[:120] for *_, kept in read for p in {p[:120] for p in kept})
    articles = []
    for name, date, headline, address, kept in read:
        kept = [p for p in kept if shared[p[:120]] < 3 and not _MORE_FURNITURE.search(p)]
        text = "\n\n".join(kept)
        if len(text) < 800 or len(_GERMAN_SENTENCE_END.findall(text + " ")) < 4 or len(text) > 20000:
            continue
        words = re.findall(r"[a-zäöüß]+", text.lower())
        if not words or sum(word in _GERMAN_WORDS for word in words) / len(words) < 0.12:
            continue
        outlet = re.match(r"https?://(?:www\.)?([^/]+)", address)[1]
        headline = re.sub(r"\s*(\.\.\.|…)\s*$", "", headline).strip()
        articles.append(Post(name, date, headline, outlet, address, tuple(kept)))
    articles.sort(key=lambda post: (post.date, post.path))
    articles = _first_of_each(articles, lambda post: _text_key(post.paragraphs, 500))
    return _first_of_each(articles, lambda post: post.section)


def write(posts: list[Post], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file\tdate\tcredit\tsection\theadline"]
    for post in posts:
        (out / post.file_name).write_text(
            (post.headline + "\n\n" if post.headline else "\n") + "\n\n".join(post.paragraphs) + "\n", encoding="utf-8"
        )
        rows.append("\t".join((post.file_name, post.date, post.credit, post.section, post.headline)))
    (out / "index.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", choices=("jornada", "trends"))
    parser.add_argument("posts", type=Path, help="the _posts folder of a checkout of the site's repository")
    parser.add_argument("out", type=Path)
    parser.add_argument("--agencies", action="store_true", help="jornada: only the posts credited to an agency")
    args = parser.parse_args(argv)
    posts = jornada_posts(args.posts, args.agencies) if args.site == "jornada" else trends_posts(args.posts)
    write(posts, args.out)
    print(f"{len(posts)} posts written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
