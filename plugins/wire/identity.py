"""Which dispatches are versions of the same story: evidence, not headlines.

Agencies reuse headlines for different stories every day (``Factbox: ...``,
``Stocks fall``, ``Quotes of the day``), so a headline alone never makes two
dispatches one story. Two dispatches are one story when, in this order:

1. both carry an agency story id (``-- id: ...``): the same id (and agency)
   is one story, two different ids are two stories, whatever else they share;
2. they carry the same slug line from the same agency;
3. they are the same text (an exact resend under another file name);
4. they come from the same agency, with the same dateline place, dated within
   :data:`WINDOW_DAYS` of each other, and either
   a. their texts are alike: an estimated Jaccard similarity of their word
      4-grams of at least :data:`SIMILARITY` (over :data:`BINS` one-permutation
      MinHash bins, at least :data:`MIN_MATCHES` of them equal, and all the
      bins of at least one band of :data:`BAND` equal: the band is how the
      ingest finds such a pair without comparing every two dispatches), or
   b. they have the same headline once folded (case, accents, punctuation,
      version prefixes) and either one of them says it is a later version
      (``UPDATE 2-``, ``CORRECTED-``, ``REFILE-``, a lead or writethru number)
      or their texts share at least :data:`HEADLINE_SIMILARITY` (a rewrite
      that kept the headline: archive exports drop the version keys).

A withdrawal notice names its story instead of resembling it. It finds it by,
in this order: the agency story id or slug line (rules 1 and 2); a headline
it quotes (in any quoting style: ``"…"``, ``“…”``, ``«…»``, ``„…“``, ``‘…’``,
``'…'``, apostrophes inside kept) equal, once folded, to a version's headline;
a quote that opens the lede of a story that had no headline line. Only
stories from the notice's agency, from its dateline place when both name one
(agencies reuse headlines from one city to the next), dated within
:data:`NOTICE_WINDOW_DAYS` of it are candidates; among several, the one named
by its headline, then the nearest in time, then the first by file name, is
taken.

Every rule reads two dispatches (or a notice and its candidates) and nothing
else, so grouping a folder at once and grouping it one new dispatch at a time
give the same stories. :meth:`Evidence.seeks` gives the lookup keys that find,
among the keys others offer, every dispatch a rule could pair with this one, so an ingest needs to look at
no other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import re
import zlib
from dataclasses import dataclass

from . import versions
from .dates import WireDate, fold

#: Dispatches further apart than this many days are not versions of one story
#: (rule 4).
WINDOW_DAYS = 7
#: A withdrawal notice looks for its story this many days either side.
NOTICE_WINDOW_DAYS = 30
#: Word n-grams compared between two texts.
SHINGLE_WORDS = 4
#: MinHash bins per text (one-permutation hashing).
BINS = 32
#: Estimated Jaccard similarity from which two texts are one story.
SIMILARITY = 0.4
#: Estimated similarity from which two texts under the same headline are one
#: story (rewrites keep less text; daily features reusing a headline, less still).
HEADLINE_SIMILARITY = 0.2
#: Fewest equal bins for texts to count as alike (short texts have few bins).
MIN_MATCHES = 3
#: Bins per band: alike texts share a whole band (at a similarity of 0.5, one
#: of 16 bands of 2 with a chance of 99%), boilerplate rarely does.
BAND = 2
#: Words of a quote compared with the opening of a lede (the fewest).
LEDE_WORDS = 4

_WORD = re.compile(r"\w+")
_EMPTY = -1
_QUOTE_PATTERNS = [
    re.compile(pattern)
    for pattern in (
        r'"\s*(?P<q>[^"]{8,300}?)\s*"',
        r"“\s*(?P<q>[^”“]{8,300}?)\s*”",
        r"«\s*(?P<q>[^»«]{8,300}?)\s*»",
        r"„\s*(?P<q>[^“”„]{8,300}?)\s*[“”]",
        # single quotes: an apostrophe stands between letters, a closing
        # quote before a space, punctuation or the end
        r"‘\s*(?P<q>.{8,300}?)\s*’(?!\w)",
        r"(?<!\w)'\s*(?P<q>.{8,300}?)\s*'(?!\w)",
    )
]


def headline_key(headline: str) -> str:
    """A headline folded for comparison: version prefixes, case, accents and
    punctuation gone (``UPDATE 1-Portugal's Lusenergia...`` and ``Portugal’s
    lusenergia...`` give the same key)."""
    bare = versions.strip_headline_prefixes(headline.strip(), versions.VersionInfo())
    return " ".join(_WORD.findall(fold(bare).replace("_", " ")))


def quotes(paragraphs: list[str]) -> list[str]:
    """What a notice quotes, in the order it says it, each once."""
    found = sorted(
        (number, match.start(), match["q"].strip())
        for number, paragraph in enumerate(paragraphs)
        for pattern in _QUOTE_PATTERNS
        for match in pattern.finditer(paragraph)
    )
    return list(dict.fromkeys(quote for _, _, quote in found))


def _hash(text: str) -> int:
    # CRC-32 spread by a multiplicative hash: stable across runs and fast
    return (zlib.crc32(text.encode("utf-8")) * 0x9E3779B1) & 0xFFFFFFFF


def text_signature(words: list[str]) -> tuple[int, ...]:
    """One-permutation MinHash of the word 4-grams: the smallest hash in
    each of :data:`BINS` bins (-1 where a bin is empty)."""
    if not words:
        return ()
    if len(words) < SHINGLE_WORDS:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(gram) for gram in zip(*(words[n:] for n in range(SHINGLE_WORDS)), strict=False)}
    mins = [_EMPTY] * BINS
    left = BINS
    # the low bits choose the bin, the others are the value: in ascending
    # order, the first hash met in a bin is its smallest
    for value in sorted(_hash(shingle) for shingle in shingles):
        slot = value % BINS
        if mins[slot] == _EMPTY:
            mins[slot] = value // BINS
            left -= 1
            if not left:
                break
    return tuple(mins)


def bands(signature: tuple[int, ...]) -> list[tuple[int, tuple[int, ...]]]:
    """(number, bins) of each band of the signature with no empty bin."""
    found = []
    for number, start in enumerate(range(0, len(signature), BAND)):
        band = signature[start : start + BAND]
        if _EMPTY not in band:
            found.append((number, band))
    return found


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, float]:
    """(equal bins, estimated Jaccard similarity) of two signatures: bins
    empty in both do not count."""
    if not a or not b:
        return 0, 0.0
    equal = sum(map(operator.eq, a, b))
    both_empty = 0
    if _EMPTY in a and _EMPTY in b:  # only short texts have empty bins
        both_empty = sum(x == y == _EMPTY for x, y in zip(a, b, strict=True))
    equal -= both_empty
    used = len(a) - both_empty
    return equal, (equal / used if used else 0.0)


def _day_range(date: WireDate | None) -> tuple[int, int] | None:
    """The first and last day (as ordinals) that ``date`` may mean."""
    if date is None or date.year is None:
        return None
    if date.month is None:
        return dt.date(date.year, 1, 1).toordinal(), dt.date(date.year, 12, 31).toordinal()
    if date.day is None:
        first = dt.date(date.year, date.month, 1)
        following = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return first.toordinal(), following.toordinal() - 1
    day = dt.date(date.year, date.month, date.day).toordinal()
    return day, day


def days_apart(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Days between two periods (0 when they overlap or one is unknown)."""
    if a is None or b is None:
        return 0
    return max(0, a[0] - b[1], b[0] - a[1])


@dataclass(frozen=True)
class Evidence:
    """What one dispatch offers to tell which story it belongs to."""

    source: str
    agency: str
    story_id: str | None
    slug: str | None
    place: str
    days: tuple[int, int] | None
    headline: str | None  # the folded headline line; None when derived
    lede: tuple[str, ...]  # the lede's first folded words
    text: str  # a hash of the whole text, for exact resends
    signature: tuple[int, ...]
    kind: str
    numbered: bool  # says it is a later version
    quotes: tuple[tuple[str, ...], ...]  # a notice's quotes, as folded words

    @property
    def notice(self) -> bool:
        return self.kind == versions.WITHDRAWAL

    @functools.cached_property
    def bands(self) -> frozenset:
        return frozenset(bands(self.signature))

    def as_dict(self) -> dict:
        """A JSON-ready form, kept with the dispatch's ledger record."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: dict) -> Evidence:
        """The inverse of :meth:`as_dict`."""
        data = dict(data)
        data["days"] = tuple(data["days"]) if data["days"] else None
        for name in ("lede", "signature"):
            data[name] = tuple(data[name])
        data["quotes"] = tuple(tuple(quote) for quote in data["quotes"])
        return cls(**data)

    @classmethod
    def of(cls, source: str, dispatch, date: WireDate | None) -> Evidence:
        """The evidence of a parsed dispatch dated ``date``."""
        agency = fold(dispatch.agency or "")
        place = fold(dispatch.dateline.city or "") if dispatch.dateline else ""
        body = " ".join(dispatch.paragraphs)
        words = _WORD.findall(fold(body))
        lede = _WORD.findall(fold(dispatch.paragraphs[0]))[:12] if dispatch.paragraphs else []
        info = dispatch.version
        numbered = info.kind in (versions.UPDATE, versions.CORRECTION, versions.REFILE) or info.number > 0
        notice_quotes = ()
        if dispatch.withdrawn:
            # what it quotes, and its own headline line when it repeats the story's
            named = [*dispatch.withdrawn_quotes, *([] if dispatch.headline_derived else [dispatch.headline])]
            keys = (headline_key(quote) for quote in named)
            notice_quotes = tuple(dict.fromkeys(tuple(key.split()) for key in keys if key))
        return cls(
            source=source,
            agency=agency,
            story_id=fold(dispatch.story_id) if dispatch.story_id else None,
            slug=fold(dispatch.slugline) if dispatch.slugline else None,
            place=place,
            days=_day_range(date),
            headline=None if dispatch.headline_derived else headline_key(dispatch.headline) or None,
            lede=tuple(lede),
            text=f"{zlib.crc32(' '.join(words).encode('utf-8')):08x}{len(words)}",
            signature=() if dispatch.withdrawn else text_signature(words),
            kind=info.kind,
            numbered=numbered,
            quotes=notice_quotes,
        )

    def offers(self) -> list[str]:
        """The keys this dispatch is found by (kept in the ledger)."""
        return self._keys(seeking=False)

    def seeks(self) -> list[str]:
        """The keys it looks for: every dispatch a rule could join it with
        offers one of them, and no other dispatch need be looked at."""
        return self._keys(seeking=True)

    def _keys(self, seeking: bool) -> list[str]:
        keys = [f"x:{self.text}"]
        if self.story_id:
            keys.append(f"id:{self.agency}:{self.story_id}")
        if self.slug:
            keys.append(f"slug:{self.agency}:{self.slug}")
        # a notice and the stories it may name find each other by these
        lede = " ".join(self.lede[:LEDE_WORDS]) if self.headline is None and len(self.lede) >= LEDE_WORDS else None
        if self.notice:
            for quote in self.quotes:
                keys.append(f"{'h' if seeking else 'nh'}:{self.agency}:{' '.join(quote)}")
                if len(quote) >= LEDE_WORDS:
                    keys.append(f"{'l' if seeking else 'nl'}:{self.agency}:{' '.join(quote[:LEDE_WORDS])}")
            return sorted(set(keys))
        if self.headline:
            named = f"{self.agency}:{self.headline}"
            keys.append(f"h:{named}")  # rule 4b
            if seeking:
                keys.append(f"nh:{named}")  # the notices quoting it
        if lede:
            keys.append(f"{'nl' if seeking else 'l'}:{self.agency}:{lede}")
        keys.extend(f"t:{self.agency}:{number}:{':'.join(map(str, band))}" for number, band in sorted(self.bands))
        return sorted(set(keys))


def same_story(a: Evidence, b: Evidence) -> bool:
    """True when rules 1 to 4 make ``a`` and ``b`` one story."""
    if a.story_id and b.story_id:
        return a.story_id == b.story_id and a.agency == b.agency
    if a.slug and b.slug and a.slug == b.slug and a.agency == b.agency:
        return True
    if a.text == b.text and not (a.notice or b.notice):
        return True
    if a.notice or b.notice:
        return False
    if a.agency != b.agency or a.place != b.place or days_apart(a.days, b.days) > WINDOW_DAYS:
        return False
    if not a.bands.isdisjoint(b.bands):
        equal, estimate = similarity(a.signature, b.signature)
        if equal >= MIN_MATCHES and estimate >= SIMILARITY:
            return True
    if a.headline is None or a.headline != b.headline:
        return False
    if a.numbered or b.numbered:
        return True
    equal, estimate = similarity(a.signature, b.signature)
    return equal >= MIN_MATCHES and estimate >= HEADLINE_SIMILARITY


def _names_story(notice: Evidence, candidate: Evidence) -> int | None:
    """How ``notice`` names ``candidate``: 0 by its headline, 1 by its lede's
    opening words; None when it does not."""
    for quote in notice.quotes:
        if candidate.headline is not None and " ".join(quote) == candidate.headline:
            return 0
    for quote in notice.quotes:
        if candidate.headline is None and len(quote) >= LEDE_WORDS and candidate.lede[: len(quote)] == quote:
            return 1
    return None


def notice_target(notice: Evidence, candidates: list[Evidence]) -> Evidence | None:
    """The dispatch a withdrawal notice names, among ``candidates``."""
    ranked = []
    for candidate in candidates:
        if candidate.notice or candidate.source == notice.source:
            continue
        if notice.agency and candidate.agency and notice.agency != candidate.agency:
            continue
        if notice.place and candidate.place and notice.place != candidate.place:
            continue
        distance = days_apart(notice.days, candidate.days)
        if distance > NOTICE_WINDOW_DAYS:
            continue
        how = _names_story(notice, candidate)
        if how is None:
            continue
        ranked.append((how, distance, candidate.source, candidate))
    return min(ranked, key=lambda item: item[:3])[-1] if ranked else None


def components(evidence: list[Evidence]) -> list[list[int]]:
    """Group ``evidence`` into stories: lists of indexes into it, each list
    in index order, lists in the order of their first index."""
    parent = list(range(len(evidence)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_key: dict[str, list[int]] = {}
    for index, item in enumerate(evidence):
        for key in item.offers():
            by_key.setdefault(key, []).append(index)
    for index, item in enumerate(evidence):
        candidates = sorted({other for key in item.seeks() for other in by_key.get(key, ()) if other != index})
        for other in candidates:
            if same_story(item, evidence[other]):
                join(index, other)
        if item.notice:
            target = notice_target(item, [evidence[other] for other in candidates])
            if target is not None:
                join(index, next(other for other in candidates if evidence[other] is target))
    groups: dict[int, list[int]] = {}
    for index in range(len(evidence)):
        groups.setdefault(root(index), []).append(index)
    return [groups[key] for key in sorted(groups)]
