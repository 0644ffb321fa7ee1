"""The story catalog: every story of the site as plain data, read from the
Markdown files with Pelican's readers and kept between builds.

A file is read again only when its size or modification time changed (or
the reading code or settings did); listings, feeds, sitemaps and the search
index are all made from the catalog, so one new story means reading one file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import logging
import operator
import os
import pickle
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from desk_common.files import stat_tree
from desk_common.workers import run_all
from wire.teasers import TEASER_MAX, teaser

from .bodies import BodyStore

logger = logging.getLogger(__name__)

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mkd", ".mdown")


class Label(NamedTuple):
    """A tag, section or author: what it is called and where its page is.
    A named tuple: labels key every grouping of the site, and a tuple hashes
    and compares several times faster than a dataclass."""

    slug: str
    name: str
    url: str

    def __str__(self) -> str:
        return self.name


@dataclass
class ShownStory:
    """One story, as templates and feeds see it."""

    source: str  # path of its Markdown file, relative to the content folder
    slug: str
    url: str
    save_as: str
    title: str
    lang: str
    date: dt.datetime
    date_precision: str
    date_zone: str | None  # the agency's zone and offset, "EDT -04:00"
    modified: dt.datetime | None
    modified_precision: str | None
    modified_zone: str | None
    dateline: str | None
    city: str | None
    country: str | None
    agency: str | None
    category: Label | None
    tags: tuple[Label, ...]  # linked: topics, and names in the headline or lede
    mentions: tuple[Label, ...]  # the other names, linked once notable
    authors: tuple[Label, ...]
    editors: tuple[str, ...]
    translators: tuple[str, ...]
    history: tuple[dict, ...]
    summary: str
    #: the story's HTML; None for a story from a previous build's catalog
    #: until ``content`` is asked for (see ``bodies``)
    body: str | None
    wire_id: str | None
    people: str
    organizations: str
    withdrawn: bool
    digest: str = ""  # a hash of every field above, and of the mentions linked
    #: the digest of the story as read, before its notable mentions were
    #: linked (see ``notability``): all that teasers, earlier coverage and
    #: search show of it
    read_digest: str = ""
    #: how many of the last ``tags`` are those mentions
    linked: int = 0

    @property
    def content(self) -> str:
        if self.body is None:
            self.body = self.__dict__["_bodies"].get(self.read_digest)
        return self.body

    def get_content(self, siteurl: str = "") -> str:
        return self.content

    @property
    def order(self) -> tuple:
        """Oldest first by when the story first ran; ties by slug (see
        :data:`STORY_ORDER`)."""
        return STORY_ORDER(self)


#: :attr:`ShownStory.order` as a sort key: a site sorts its ten thousand
#: stories several times a build, and a property is several times slower.
STORY_ORDER_FIELDS = ("date", "slug")
STORY_ORDER = operator.attrgetter(*STORY_ORDER_FIELDS)


def _text(value) -> str | None:
    return None if value is None else str(value)


#: The labels of the build being read, worked out in this process:
#: (kind, name) -> Label. Pelican works a slug out again for every story
#: that names a tag, a third of the time reading a story takes.
_LABELS: dict[tuple[str, str], Label] = {}


def _label(item) -> Label:
    """A section's, tag's or author's label, once a build for each name (a
    slug set by hand is taken as it is)."""
    if not getattr(item, "_slug_from_name", True):
        return Label(str(item.slug), str(item.name), str(item.url))
    key = (type(item).__name__, str(item.name))
    found = _LABELS.get(key)
    if found is None:
        found = _LABELS[key] = Label(str(item.slug), key[1], str(item.url))
    return found


def _mention_label(name: str, settings: dict) -> Label:
    from pelican.urlwrappers import Tag

    return _LABELS.get(("Tag", name)) or _label(Tag(name, settings))


def _teaser_html(summary: str, lang: str) -> str:
    """A summary at most a teaser long: one the converter wrote is; one an
    editor wrote, or Pelican cut from the text, is cut again."""
    plain = html.unescape(re.sub(r"<[^>]*>", "", summary)).strip()
    if len(plain) <= TEASER_MAX:
        return summary
    return html.escape(teaser(plain, lang), quote=False)


def story_from_article(article, source: str) -> ShownStory:
    """The plain data of a Pelican article."""
    meta = article.metadata
    modified = getattr(article, "modified", None)
    story = ShownStory(
        source=source,
        slug=str(article.slug),
        url=str(article.url),
        save_as=str(article.save_as),
        title=str(article.title),
        lang=str(article.lang),
        date=dt.datetime(*article.date.timetuple()[:6]),
        date_precision=str(meta.get("date_precision") or "day"),
        date_zone=_text(meta.get("date_zone")),
        modified=dt.datetime(*modified.timetuple()[:6]) if modified else None,
        modified_precision=_text(meta.get("modified_precision")) if modified else None,
        modified_zone=_text(meta.get("modified_zone")) if modified else None,
        dateline=_text(meta.get("dateline")),
        city=_text(meta.get("city")),
        country=_text(meta.get("country")),
        agency=_text(meta.get("agency")),
        category=_label(article.category) if getattr(article, "category", None) else None,
        tags=tuple(_label(tag) for tag in getattr(article, "tags", None) or ()),
        mentions=tuple(_mention_label(name, article.settings) for name in meta.get("mentions") or () if name.strip()),
        authors=tuple(_label(author) for author in getattr(article, "authors", None) or ()),
        editors=tuple(str(name) for name in meta.get("editors") or ()),
        translators=tuple(str(name) for name in meta.get("translators") or ()),
        history=tuple(dict(version) for version in meta.get("history") or ()),
        summary=_teaser_html(str(article.get_summary("")), str(article.lang)),
        body=str(article.get_content("")),
        wire_id=_text(meta.get("wire_id")),
        people=str(meta.get("people") or ""),
        organizations=str(meta.get("organizations") or ""),
        withdrawn=str(meta.get("withdrawn", "")).lower() in ("yes", "true"),
    )
    fields = [getattr(story, name) for name in _DIGESTED]
    story.digest = story.read_digest = hashlib.sha1(repr(fields).encode("utf-8")).hexdigest()
    return story


def story_files(base: Path, folders: list[str]) -> dict[str, tuple[int, int]]:
    """Every Markdown file under ``folders`` of the content folder, as paths
    relative to it (sorted) with their stamps; hidden folders and files left
    out."""
    found = {}
    for folder in folders:
        inside = (base / folder).relative_to(base).as_posix()
        within = "" if inside == "." else f"{inside}/"
        if _walked_with_content(base, inside):
            # the content folder's stamps, which the build's fingerprint took (see trees_stated_once)
            tree = [
                (relative[len(within) :], info) for relative, info in stat_tree(base) if relative.startswith(within)
            ]
        else:
            tree = stat_tree(base / folder)
        for relative, info in tree:
            if relative.endswith(MARKDOWN_EXTENSIONS):
                found[f"{inside}/{relative}"] = (info.st_mtime_ns, info.st_size)
    return dict(sorted(found.items()))


def _walked_with_content(base: Path, inside: str) -> bool:
    """Whether a walk of the content folder ``base`` goes through its
    folder ``inside``: neither linked from elsewhere nor hidden."""
    if inside == ".":
        return True
    if any(part.startswith(".") for part in inside.split("/")):
        return False
    return os.path.realpath(base / inside) == os.path.join(os.path.realpath(base), inside)


class _Reading:
    """Reads story files with Pelican's readers (in a worker, or here)."""

    readers = None
    base = ""

    @classmethod
    def read(cls, source: str) -> tuple[str, ShownStory | None, str | None]:
        from pelican.contents import Article

        try:
            article = cls.readers.read_file(base_path=cls.base, path=source, content_class=Article, context={})
        except Exception as err:  # one bad file never stops the build
            return source, None, f"{type(err).__name__}: {err}"
        if not isinstance(article, Article):
            return source, None, None
        withdrawn = str(article.metadata.get("withdrawn", "")).lower() in ("yes", "true")
        if getattr(article, "status", None) != "published" and not withdrawn:
            return source, None, None  # a draft (a withdrawn story leaves a notice at its address)
        return source, story_from_article(article, source), None


def reading_settings(settings: dict) -> dict:
    """Pelican's settings for reading stories: a story without a category
    goes to SITE_DEFAULT_SECTION (or to none), never to a section named
    after its folder (``wire/2026/``)."""
    reading = dict(settings, USE_FOLDER_AS_CATEGORY=False)
    if settings.get("SITE_DEFAULT_SECTION"):
        reading["DEFAULT_CATEGORY"] = settings["SITE_DEFAULT_SECTION"]
    else:
        reading.pop("DEFAULT_CATEGORY", None)
    return reading


@dataclass(frozen=True)
class CatalogEntry:
    """A story file in the catalog: its stamp (modification time, size)
    when read, and the story (None when it could not be read)."""

    stamp: tuple[int, int]
    story: ShownStory | None
    #: the entry as :func:`pack_catalog` packed it, when it was unpacked
    #: from a previous build's state: packed again as it is
    packed: tuple | None = field(default=None, compare=False, repr=False)


def load_catalog(settings: dict, folders: list[str], previous: dict, workers: int = 0) -> dict[str, CatalogEntry]:
    """``{source: CatalogEntry}`` for every story file: reused from
    ``previous`` when its stamp is unchanged, read otherwise (across
    ``workers`` processes, 0 = one per core)."""
    from pelican.readers import Readers

    base = Path(settings["PATH"])
    catalog: dict = {}
    to_read = []
    for source, current in story_files(base, folders).items():
        kept = previous.get(source)
        if kept is not None and kept.stamp == current:
            catalog[source] = kept
        else:
            to_read.append((source, current))
    if not to_read:
        return catalog
    _Reading.readers = Readers(reading_settings(settings))
    _Reading.base = str(base)
    _LABELS.clear()  # the labels of this build's settings
    sources = [source for source, _ in to_read]
    results = run_all(_Reading.read, sources, workers)
    stamps = dict(to_read)
    for source, story, problem in results:
        if problem:
            logger.error("site_pages: could not read %s: %s", source, problem)
            continue
        catalog[source] = CatalogEntry(stamps[source], story)
    return catalog


_FIELDS = [f.name for f in dataclasses.fields(ShownStory)]
#: What a story's digest covers: what was read, not what the build derived.
_DIGESTED = [name for name in _FIELDS if name not in ("digest", "read_digest", "linked")]
_CATEGORY, _TAGS, _MENTIONS, _AUTHORS, _BODY = (
    _FIELDS.index(name) for name in ("category", "tags", "mentions", "authors", "body")
)


#: Labels pickled together in the kept catalog: they are only ever added
#: to, so a build pickles again the last chunk of them alone.
LABEL_CHUNK = 4096
#: Stories pickled together in the kept catalog, by a hash of their file's
#: path: a new or changed story pickles again its chunk alone.
STORY_CHUNKS = 64


class PackedCatalog:
    """The catalog as plain tuples (see :func:`pack_catalog`): ``labels``
    (slug, name, url), ``rows`` (source, stamp, values) and how many labels
    the last full packing had. Pickled in chunks, each kept as pickled
    bytes with the rows it was made of: a chunk whose rows are all the very
    ones of the last time is written as those bytes again, so keeping the
    catalog of ten thousand stories costs the pickling of what changed."""

    __slots__ = ("labels", "rows", "labels_packed", "_pickled")

    def __init__(self, labels: list, rows: list, labels_packed: int, pickled: dict | None = None):
        self.labels = labels
        self.rows = rows
        self.labels_packed = labels_packed
        #: chunk key -> (the rows or labels it holds, their pickled bytes)
        self._pickled: dict = pickled if pickled is not None else {}

    def _chunks(self) -> list[tuple[tuple, list]]:
        chunks: list[tuple[tuple, list]] = []
        for start in range(0, len(self.labels), LABEL_CHUNK):
            chunks.append((("labels", start), self.labels[start : start + LABEL_CHUNK]))
        buckets: dict[int, list] = {}
        for row in self.rows:
            buckets.setdefault(zlib.crc32(row[0].encode("utf-8")) % STORY_CHUNKS, []).append(row)
        chunks.extend((("rows", bucket), buckets[bucket]) for bucket in sorted(buckets))
        return chunks

    def __reduce__(self):
        pickled, kept = [], {}
        for key, members in self._chunks():
            found = self._pickled.get(key)
            if found is None or len(found[0]) != len(members) or not all(map(operator.is_, found[0], members)):
                found = (tuple(members), pickle.dumps(members, protocol=pickle.HIGHEST_PROTOCOL))
            kept[key] = found
            pickled.append((key, found[1]))
        self._pickled = kept
        return (_unpickle_catalog, (self.labels_packed, pickled))


def _unpickle_catalog(labels_packed: int, pickled: list[tuple[tuple, bytes]]) -> PackedCatalog:
    labels, rows, kept = [], [], {}
    for key, data in pickled:
        members = pickle.loads(data)
        (labels if key[0] == "labels" else rows).extend(members)
        kept[key] = (tuple(members), data)
    return PackedCatalog(labels, rows, labels_packed, kept)


def pack_catalog(catalog: dict, bodies: BodyStore, previous: PackedCatalog | None = None) -> PackedCatalog:
    """The catalog as plain tuples, each label once, the stories' bodies in
    ``bodies``: ten thousand stories pickle and unpickle several times
    faster than as objects. Entries unpacked from ``previous`` (what this
    returned last time) keep their rows and the label numbers they use, so
    a build packs only what it read; past twice the labels of the last full
    packing, all are packed afresh (labels and bodies of stories gone are
    dropped then)."""
    label_rows: list = []
    fresh = previous is None or len(previous.labels) > 2 * previous.labels_packed
    if not fresh:
        label_rows = list(previous.labels)
    labels: dict[Label, int] = {Label(*row): number for number, row in enumerate(label_rows)}

    def number(label: Label | None) -> int:
        if label is None:
            return -1
        found = labels.get(label)
        if found is None:
            found = labels[label] = len(label_rows)
            label_rows.append((label.slug, label.name, label.url))
        return found

    rows, read = [], []
    for source, entry in catalog.items():
        stamp, story = entry.stamp, entry.story
        if entry.packed is not None and not fresh:
            rows.append(entry.packed)
            continue
        if story is None:
            rows.append((source, stamp, None))
            continue
        if entry.packed is None:
            read.append((story.read_digest, story.content))
        values = [getattr(story, name) for name in _FIELDS]
        values[_BODY] = None
        values[_CATEGORY] = number(story.category)
        values[_TAGS] = tuple(number(tag) for tag in story.tags)
        values[_MENTIONS] = tuple(number(name) for name in story.mentions)
        values[_AUTHORS] = tuple(number(author) for author in story.authors)
        rows.append((source, stamp, tuple(values)))
    bodies.keep(read)
    if fresh:
        bodies.keep_only({entry.story.read_digest for entry in catalog.values() if entry.story is not None})
        return PackedCatalog(label_rows, rows, len(label_rows))
    return PackedCatalog(label_rows, rows, previous.labels_packed, previous._pickled)


def with_packed_rows(catalog: dict, packed: PackedCatalog) -> dict:
    """``catalog`` with each entry holding its row of ``packed`` (what
    :func:`pack_catalog` made of it): the same stories, packed as they are by
    the next packing."""
    kept = {}
    for (source, entry), row in zip(catalog.items(), packed.rows, strict=True):
        kept[source] = entry if entry.packed is row else CatalogEntry(entry.stamp, entry.story, row)
    return kept


def unpack_catalog(packed: PackedCatalog, bodies: BodyStore) -> dict:
    """The inverse of :func:`pack_catalog`: each story fetches its body from
    ``bodies`` when it is asked for."""
    label_rows, rows = packed.labels, packed.rows
    labels = [Label(*row) for row in label_rows]
    catalog = {}
    for row in rows:
        source, stamp, values = row
        if values is None:
            catalog[source] = CatalogEntry(stamp, None, row)
            continue
        fields = dict(zip(_FIELDS, values, strict=True))
        category = fields["category"]
        fields["category"] = labels[category] if category >= 0 else None
        fields["tags"] = tuple(labels[number] for number in fields["tags"])
        fields["mentions"] = tuple(labels[number] for number in fields["mentions"])
        fields["authors"] = tuple(labels[number] for number in fields["authors"])
        fields["_bodies"] = bodies
        story = object.__new__(ShownStory)
        story.__dict__ = fields
        catalog[source] = CatalogEntry(stamp, story, row)
    return catalog
