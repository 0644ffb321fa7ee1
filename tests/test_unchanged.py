"""Pages a rebuild does not sign again: whatever changed between two builds,
the signatures kept from the previous build are the very ones signing every
page afresh gives."""

import dataclasses
import datetime as dt
import hashlib
import random

import pytest
from conftest import ROOT
from site_pages.catalog import CatalogEntry, Label, ShownStory
from site_pages.grouping import EVERY_STORY, StoryGroups, StorySelection, group_stories, listed_in, select_stories
from site_pages.page_plan import plan_and_keep_pages
from site_pages.related import related_stories
from site_pages.unchanged import NOTHING, shown_digests, unchanged_since

import tasks

NAMES = ["Ada Quill", "Borin Vale", "Cato Meridian", "Dara Fenwick", "Elio Marsh", "Fenna Lark", "Acme Capital"]
#: one name spelled three ways, one page: which spelling shows depends on how many stories use each
NAMES += ["ACME CAPITAL", "Acme capital"]
#: and a long tail of names, most named once or twice: names become notable, and stop being so
TAIL = [f"Lorin Tessel {number}" for number in range(40)]
TOPICS = ["Economy", "Politics", "Sport", "Health"]
SECTIONS = ["world", "business", None]
AUTHORS = ["Ines Morrow", "Tomas Reed", "INES MORROW"]


def label(kind: str, name: str) -> Label:
    slug = name.lower().replace(" ", "-")
    return Label(slug, name, f"{kind}/{slug}/")


def story(number: int, rng: random.Random, version: int = 0) -> ShownStory:
    values = {field.name: None for field in dataclasses.fields(ShownStory)}
    slug = f"story-{number}"
    values.update(
        source=f"wire/{slug}.md",
        slug=slug,
        url=f"stories/{slug}.html",
        save_as=f"stories/{slug}.html",
        title=f"Story {number} v{version}",
        lang=rng.choice(["en", "en", "fr"]),
        date=dt.datetime(2025, rng.choice([11, 12]), rng.randint(1, 28), rng.randint(0, 23)),
        date_precision="day",
        category=None,
        tags=tuple(label("topics", name) for name in rng.sample(TOPICS, rng.randint(0, 2))),
        mentions=tuple(label("topics", name) for name in rng.sample(NAMES + TAIL, rng.randint(0, 4))),
        authors=tuple(label("authors", name) for name in rng.sample(AUTHORS, rng.randint(0, 1))),
        editors=(),
        translators=(),
        history=(),
        summary="",
        body="",
        people="",
        organizations="",
        withdrawn=False,
        linked=0,
    )
    section = rng.choice(SECTIONS)
    values["category"] = label("sections", section) if section else None
    digest = hashlib.sha1(repr(sorted(values.items(), key=str)).encode()).hexdigest()
    values.update(digest=digest, read_digest=digest)
    return ShownStory(**values)


def plan(settings: dict, catalog: dict, previous: dict | None) -> tuple[list, dict]:
    """The pages of ``catalog`` as (path, signature), signed afresh, and
    those of a rebuild after ``previous`` (this function's state); with
    the state for the next."""
    on_site = select_stories(catalog, {}, settings["SITE_TAG_MIN_STORIES"])
    groups = group_stories(on_site.stories, None)
    entries = {s.slug: (s.order, tuple(tag.slug for tag in s.tags)) for s in on_site.stories}
    before = previous or {}
    related = related_stories(entries, 30, 5, before.get("entries"), before.get("related"))
    by_slug = {s.slug: s for s in on_site.stories}
    shown = {slug: [by_slug[other] for other in keys] for slug, keys in related.items()}
    fresh = plan_and_keep_pages(settings, "chrome", on_site.stories, on_site.withdrawn, groups, shown, NOTHING)[0]
    unchanged = unchanged_since(
        before.get("shown"),
        before.get("catalog", {}),
        on_site.stories,
        None,
        before.get("related"),
        related,
        before.get("signs", {}),
    )
    rebuilt = plan_and_keep_pages(settings, "chrome", on_site.stories, on_site.withdrawn, groups, shown, unchanged)[0]
    signs = {page.save_as: page.sign for page in fresh}
    shown_now = shown_digests(on_site.stories)
    state = {"entries": entries, "related": related, "shown": shown_now, "catalog": dict(catalog), "signs": signs}
    return [(p.save_as, p.sign) for p in fresh], [(p.save_as, p.sign) for p in rebuilt], unchanged, state


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    site = tasks._check_settings(str(ROOT / "pelicanconf.py"), str(tmp_path_factory.mktemp("content")))
    return dict(site, DEFAULT_PAGINATION=3)


def _change(catalog: dict, sources: list, change: str, step: int, rng: random.Random) -> None:
    """Make one random change of ``catalog`` (whose sources are ``sources``):
    a new story, a deletion, or a story corrected (the same groups and date,
    another text), redated, or retagged and relinked (``relink``,
    ``retag``)."""
    if change == "new":
        number = 1000 + step
        catalog[f"wire/story-{number}.md"] = CatalogEntry((number, 1), story(number, rng))
    elif change == "delete" and len(sources) > 10:
        del catalog[rng.choice(sources)]
    elif change in ("correct", "relink", "retag", "redate"):
        source = rng.choice(sources)
        old = catalog[source].story
        if old is None:
            return
        new = story(int(old.slug.split("-")[1]), rng, version=step)
        if change == "correct":
            new = dataclasses.replace(old, title=new.title, digest=new.digest + "c", read_digest=new.digest + "c")
        elif change == "redate":
            new = dataclasses.replace(old, date=new.date, digest=new.digest + "d", read_digest=new.digest + "d")
        catalog[source] = CatalogEntry((step, 2), new)


def test_whatever_changes_the_signatures_kept_are_those_signed_afresh(settings):
    rng = random.Random(7)
    catalog = {f"wire/story-{n}.md": CatalogEntry((n, 1), story(n, rng)) for n in range(40)}
    _, _, _, state = plan(settings, catalog, None)
    kept_any = 0
    for step in range(60):
        change = rng.choice(["new", "correct", "retag", "delete", "redate", "new", "nothing"])
        sources = sorted(catalog)
        _change(catalog, sources, change, step, rng)
        fresh, rebuilt, unchanged, state = plan(settings, catalog, state)
        assert rebuilt == fresh, change
        kept_any += change != "nothing" and len(unchanged.stories) > 0
    assert kept_any > 20  # most rebuilds kept most signatures


def test_a_new_story_keeps_the_signatures_of_the_groups_it_does_not_join(settings):
    rng = random.Random(11)
    catalog = {f"wire/story-{n}.md": CatalogEntry((n, 1), story(n, rng)) for n in range(30)}
    _, _, _, state = plan(settings, catalog, None)
    new = dataclasses.replace(
        story(500, rng),
        date=dt.datetime(2025, 12, 31),
        tags=(label("topics", "Sport"),),
        mentions=(),
        category=None,
        authors=(),
    )
    catalog["wire/story-500.md"] = CatalogEntry((500, 1), new)
    fresh, rebuilt, unchanged, _ = plan(settings, catalog, state)
    assert rebuilt == fresh
    assert unchanged.lists_anew(("tag", label("topics", "Sport")))
    assert not unchanged.lists_anew(("tag", label("topics", "Economy")))
    assert len(unchanged.stories) == 30  # every older page: earlier coverage looks back only


def test_without_the_previous_catalog_a_changed_story_leaves_nothing_to_keep(settings):
    rng = random.Random(3)
    catalog = {f"wire/story-{n}.md": CatalogEntry((n, 1), story(n, rng)) for n in range(12)}
    _, _, _, state = plan(settings, catalog, None)
    catalog["wire/story-4.md"] = CatalogEntry((4, 2), story(4, rng, version=1))
    state["catalog"] = {}  # a previous build's catalog this build cannot use
    fresh, rebuilt, unchanged, _ = plan(settings, catalog, state)
    assert unchanged is NOTHING and rebuilt == fresh


def test_the_groups_a_story_is_listed_in_are_those_grouping_puts_it_in():
    rng = random.Random(5)
    stories = [story(n, rng) for n in range(40)]
    groups = group_stories(stories, {"en"})
    placed: dict[str, set] = {s.slug: {EVERY_STORY} for s in stories}
    for kind, labelled in (("tag", groups.tags), ("category", groups.categories), ("author", groups.authors)):
        for label, members in labelled:
            for member in members:
                placed[member.slug].add((kind, label))
    for kind, by_key in (("lang", groups.by_lang), ("month", groups.by_month)):
        for key, members in by_key.items():
            for member in members:
                placed[member.slug].add((kind, key))
    assert all(placed[s.slug] == listed_in(s, {"en"}) for s in stories)


def _seen(stories: list) -> list:
    """What the site shows of ``stories``: each one's address, digest and links."""
    return [(s.save_as, s.digest, s.tags) for s in stories]


def _grouped(groups) -> tuple:
    return (
        [(tag, _seen(members)) for tag, members in groups.tags],
        [(label, _seen(members)) for label, members in groups.categories],
        [(label, _seen(members)) for label, members in groups.authors],
        {key: _seen(members) for key, members in groups.by_lang.items()},
        {key: _seen(members) for key, members in groups.by_month.items()},
        groups.tag_kinds,
    )


def test_a_selection_and_its_groups_updated_build_after_build_are_those_worked_out_afresh():
    """A resident build process updates the previous build's selection and
    groups with the stories that changed: new, corrected, redated, deleted,
    withdrawn, claiming an address taken, names becoming notable and
    ceasing to be; each build's result is the one choosing and grouping
    afresh gives."""
    rng = random.Random(19)
    catalog = {f"wire/story-{n}.md": CatalogEntry((n, 1), story(n, rng)) for n in range(60)}
    withdrawn: dict = {}
    selection = StorySelection.of(catalog, withdrawn, 2)
    grouping = StoryGroups.of(selection.on_site.stories, {"en"})
    updated = 0
    for step in range(150):
        catalog = dict(catalog)
        change = rng.choice(["new", "new", "correct", "relink", "delete", "redate", "withdraw", "twin", "nothing"])
        sources = sorted(catalog)
        if change == "withdraw":
            old = catalog[rng.choice(sources)].story
            if old is not None and old.wire_id is None:
                withdrawn = {**withdrawn, f"id-{old.slug}": "2025-12-31"}
                catalog[old.source] = CatalogEntry((step, 3), dataclasses.replace(old, wire_id=f"id-{old.slug}"))
        elif change == "twin":  # a second file claiming a story's address
            old = catalog[rng.choice(sources)].story
            if old is not None:
                catalog[f"wire/twin-{step}.md"] = CatalogEntry((step, 4), dataclasses.replace(old, source="twin"))
        else:
            _change(catalog, sources, change, step, rng)
        fresh = StorySelection.of(catalog, withdrawn, 2)
        fresh_groups = StoryGroups.of(fresh.on_site.stories, {"en"})
        kept = selection.updated(catalog, withdrawn, 2)
        if kept is None:
            selection, grouping = fresh, fresh_groups
            continue
        updated += 1
        grouping = grouping.updated(kept.removed, kept.added)
        assert _seen(kept.on_site.stories) == _seen(fresh.on_site.stories), change
        assert kept.on_site.withdrawn == fresh.on_site.withdrawn, change
        assert _grouped(grouping.groups) == _grouped(fresh_groups.groups), change
        selection = kept
    assert updated > 70  # the others withdrew a story, or touched an address claimed twice
