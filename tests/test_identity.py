"""Which dispatches are one story: evidence, never a headline alone."""

import hashlib

from wire.dispatch import parse_dispatch
from wire.identity import Evidence, headline_key, quotes, same_story
from wire.stories import Version, group_versions

FACTBOX = "Factbox: What we know about the rail strike"


def version(name: str, text: str) -> Version:
    dispatch = parse_dispatch(text)
    return Version(name, hashlib.sha256(text.encode()).hexdigest(), dispatch, dispatch.date)


def stories(*items: tuple[str, str]) -> list[list[str]]:
    """The stories the dispatches make, as sorted lists of file names."""
    grouped = group_versions([version(name, text) for name, text in items])
    return sorted(sorted(v.source for v in story.versions) for story in grouped)


def strike(city: str, detail: str) -> str:
    return (
        f"2026-11-03T09:00:00Z\n{FACTBOX}\n\n{city.upper()}, Nov 3 (Reuters) - {detail}\n\n"
        "(Reporting by Ana Pereira; Editing by Tom Hale)\n"
    )


def test_the_same_headline_from_three_cities_is_three_stories():
    assert stories(
        ("london.txt", strike("London", "Train drivers in Britain walked out over pay, halting most commuter lines.")),
        (
            "paris.txt",
            strike("Paris", "French rail unions called a rolling stoppage from Thursday against the pension bill."),
        ),
        (
            "berlin.txt",
            strike("Berlin", "Deutsche Bahn cancelled long-distance trains as the GDL union began a 48-hour strike."),
        ),
    ) == [["berlin.txt"], ["london.txt"], ["paris.txt"]]


def test_the_same_headline_and_city_with_other_text_is_two_stories():
    first = "2026-11-03T08:00:00Z\nStocks fall\n\nNEW YORK, Nov 3 (Reuters) - Wall Street opened lower as bank shares slid on rate worries.\n"
    second = "2026-11-04T08:00:00Z\nStocks fall\n\nNEW YORK, Nov 4 (Reuters) - Technology stocks dragged the Nasdaq down after weak chip orders.\n"
    assert stories(("a.txt", first), ("b.txt", second)) == [["a.txt"], ["b.txt"]]


LEDE = (
    "ROTTERDAM, Nov 3 (Reuters) - A fire broke out overnight at a container terminal in the port of Rotterdam, "
    "halting loading operations at one of Europe's busiest docks, the port authority said on Monday.\n\n"
    "No injuries were reported, the authority said in a statement issued before dawn.\n\n"
)


def test_an_update_that_keeps_most_of_the_text_joins_its_story():
    original = "2026-11-03T06:40:00Z\nFire halts Rotterdam terminal\n\n" + LEDE
    update = (
        "2026-11-03T11:05:00Z\nBlaze at Rotterdam terminal contained, operator says\n\n"
        + LEDE
        + "The terminal operator said it expected to resume partial operations by Tuesday morning.\n"
    )
    assert stories(("a.txt", original), ("b.txt", update)) == [["a.txt", "b.txt"]]


def test_an_update_with_a_new_text_joins_by_its_version_key_and_headline():
    original = "2026-11-03T06:40:00Z\nPortugal's Lusenergia to buy wind farms in Spain\n\n" + LEDE
    update = (
        "2026-11-03T16:00:00Z\nUPDATE 2-Portugal’s Lusenergia to buy wind farms in Spain\n\n"
        "ROTTERDAM, Nov 3 (Reuters) - Lusenergia shares jumped 6% after the utility agreed the purchase, "
        "its largest abroad, and said it would fund it with new bonds.\n"
    )
    assert stories(("a.txt", original), ("b.txt", update)) == [["a.txt", "b.txt"]]


def test_a_version_key_and_headline_need_the_same_place():
    original = "2026-11-03T06:40:00Z\nPortugal's Lusenergia to buy wind farms in Spain\n\n" + LEDE
    elsewhere = (
        "2026-11-03T16:00:00Z\nUPDATE 2-Portugal's Lusenergia to buy wind farms in Spain\n\n"
        "LISBON, Nov 3 (Reuters) - Lusenergia shares jumped 6% after the utility agreed the purchase.\n"
    )
    assert stories(("a.txt", original), ("b.txt", elsewhere)) == [["a.txt"], ["b.txt"]]


def test_alike_texts_weeks_apart_are_two_stories():
    first = "2026-11-03T06:40:00Z\n" + LEDE
    later = "2026-11-24T06:40:00Z\n" + LEDE.replace("Nov 3", "Nov 24").replace("before dawn", "at noon")
    assert stories(("a.txt", first), ("b.txt", later)) == [["a.txt"], ["b.txt"]]


def test_an_exact_resend_is_one_story_with_both_files_in_its_history():
    text = "2026-11-03T06:40:00Z\nFire halts Rotterdam terminal\n\n" + LEDE
    (story,) = group_versions([version("a.txt", text), version("resent/a-again.txt", text)])
    assert [v.source for v in story.versions] == ["a.txt", "resent/a-again.txt"]


def test_agency_story_ids_decide():
    one = "-- id: RTR-1\n2026-11-03T06:40:00Z\nFire halts Rotterdam terminal\n\n" + LEDE
    same = "-- id: RTR-1\n2026-11-03T09:40:00Z\nQuite another headline\n\nROTTERDAM (Reuters) - Nothing alike here.\n"
    other = "-- id: RTR-2\n2026-11-03T06:45:00Z\nFire halts Rotterdam terminal\n\n" + LEDE
    assert stories(("a.txt", one), ("b.txt", same), ("c.txt", other)) == [["a.txt", "b.txt"], ["c.txt"]]


def test_grouping_does_not_depend_on_order():
    items = [
        ("a.txt", "2026-11-03T06:40:00Z\nFire halts Rotterdam terminal\n\n" + LEDE),
        ("b.txt", "2026-11-03T11:05:00Z\nUPDATE 1-Fire halts Rotterdam terminal\n\n" + LEDE + "More text.\n"),
        ("c.txt", strike("London", "Train drivers in Britain walked out over pay.")),
    ]
    assert stories(*items) == stories(*reversed(items))


def test_headline_keys_fold_quotes_apostrophes_and_version_prefixes():
    assert headline_key("UPDATE 2-Portugal's Lusenergia to buy") == headline_key("Portugal’s LUSENERGIA to buy")
    assert headline_key("CORRECTED-L'usine d'Audincourt va fermer") == headline_key("L’usine d’Audincourt va fermer")


def test_quotes_keep_apostrophes_inside_every_quoting_style():
    headline = "Portugal's Lusenergia to buy wind farms"
    for opening, closing in (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ("'", "'")):
        text = f"The story headlined {opening}{headline}{closing} is withdrawn."
        assert quotes([text]) == [headline], (opening, quotes([text]))
    assert quotes(["La dépêche « L'usine d'Audincourt va fermer » est annulée."]) == ["L'usine d'Audincourt va fermer"]


def test_a_notice_is_never_merged_by_text_alone():
    story = parse_dispatch("2026-11-03T06:40:00Z\nFire halts Rotterdam terminal\n\n" + LEDE)
    notice = parse_dispatch(
        'STORY WITHDRAWN\n\nROTTERDAM, Nov 3 (Reuters) - The story headlined "Fire at Antwerp dock" is withdrawn.\n'
    )
    assert notice.withdrawn
    assert not same_story(Evidence.of("a", story, story.date), Evidence.of("b", notice, notice.date))
