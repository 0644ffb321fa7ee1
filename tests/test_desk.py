"""The editors' desk: written by every build beside the site, never in
it; what each page shows; wire text inert on it; readable on a phone and
accessible in a real browser."""

from __future__ import annotations

import json
import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, SEEDS, serious_accessibility_violations, served
from desk.advice import advice
from desk.side_by_side import side_by_side
from test_incremental import build

HOSTILE = ROOT / "tests" / "hostile"
PAGES = ("index.html", "quarantine.html", "conflicts.html", "versions.html", "tags.html", "builds.html")
NEW_PERSON = """2025-11-20T09:00:00Z
Port strike ends after talks

ROTTERDAM, Nov 20 (Reuters) - Dock workers in Rotterdam ended a two-day strike on Thursday, union leader Ingrid Solberg said.

"We have an agreement," Solberg told reporters at the port.

(Reporting by Tomas Brandt; Editing by Simon Clarke)
"""

UNMATCHED = """2025-11-21T10:00:00Z
STORY WITHDRAWN

LIMA, Nov 21 (Reuters) - The story headlined "Llama breeders win export deal" is withdrawn. There will be no replacement story.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("desk")
    seeds = tmp / "seeds"
    shutil.copytree(SEEDS, seeds)
    for path in HOSTILE.glob("*.txt"):
        shutil.copy(path, seeds / path.name)  # converted
        shutil.copy(path, seeds / f"q_{path.stem}.html")  # quarantined: not a dispatch's extension
    (seeds / "zz_withdrawn_nothing.txt").write_text(UNMATCHED, encoding="utf-8")
    build(tmp, seeds, ROOT / "pelicanconf.py")
    content = tmp / "content"
    # an editor's edit, then a correction the converter must apply to that story
    (edited,) = (content / "wire").rglob("euro-zone-central-bank*.md")
    edited.write_text(edited.read_text("utf-8").replace("not in a hurry", "in no hurry at all"), "utf-8")
    (content / "corrections.txt").write_text("Marta Keller -> Marta Keller-Roth\n", encoding="utf-8")
    (seeds / "zz_port_strike.txt").write_text(NEW_PERSON, encoding="utf-8")
    build(tmp, seeds, ROOT / "pelicanconf.py")
    return tmp


def read(desk, name):
    return (desk / "output.desk" / name).read_text(encoding="utf-8")


def text(desk, name):
    return BeautifulSoup(read(desk, name), "html.parser").select_one("main").get_text(" ", strip=True)


def test_the_desk_is_beside_the_site_never_in_it(desk):
    for name in PAGES:
        assert (desk / "output.desk" / name).is_file()
    output = desk / "output"
    assert not list(output.rglob("quarantine.html")) and not list(output.rglob("conflicts.html"))
    assert not any("q_h01_html_script" in p.read_text("utf-8", "replace") for p in output.rglob("*.html"))


def test_the_last_build_counts_and_links_what_changed(desk):
    page = text(desk, "index.html")
    assert "Outcome built" in page
    assert "Stories added (1)" in page and "Port strike ends after talks" in page
    link = BeautifulSoup(read(desk, "index.html"), "html.parser").find("a", string="Port strike ends after talks")
    assert link["href"].startswith("../stories/port-strike-ends-after-talks")
    assert (desk / "output" / link["href"].removeprefix("../")).is_file()


def test_withdrawal_notices_naming_no_story_come_first(desk):
    soup = BeautifulSoup(read(desk, "index.html"), "html.parser")
    first = soup.select_one("main section")
    assert first.h2.get_text().startswith("Withdrawal notices naming no story (1)")
    assert "zz_withdrawn_nothing.txt" in first.get_text() and "Llama breeders win export deal" in first.get_text()
    assert "1 withdrawal notice named no story" in text(desk, "versions.html")


def test_quarantine_gives_reason_size_arrival_preview_and_what_to_do(desk):
    soup = BeautifulSoup(read(desk, "quarantine.html"), "html.parser")
    sections = {s.h2.get_text(): s.get_text(" ", strip=True) for s in soup.select("section.item")}
    assert set(sections) == {f"q_{p.stem}.html" for p in HOSTILE.glob("*.txt")}
    one = sections["q_h01_html_script.html"]
    size = (HOSTILE / "h01_html_script.txt").stat().st_size
    assert "not a dispatch" in one and f"{size:,} bytes" in one and "UTC" in one
    assert "Rename it with a dispatch extension" in one


def test_a_conflict_shows_both_versions_with_the_differences_marked(desk):
    soup = BeautifulSoup(read(desk, "conflicts.html"), "html.parser")
    (item,) = soup.select("section.item")
    assert "Euro zone central bank" in item.h2.get_text()
    changed = item.select("tr.changed")
    assert any("in no hurry at all" in row.find("del").get_text() for row in changed if row.find("del"))
    assert any("Marta Keller-Roth" in row.find("ins").get_text() for row in changed if row.find("ins"))
    assert item.select("tr.same")


def test_new_tags_give_type_evidence_stories_and_correction_lines(desk):
    soup = BeautifulSoup(read(desk, "tags.html"), "html.parser")
    tags = {s.h2.contents[0].strip(): s for s in soup.select("section.item")}
    assert "Ingrid Solberg" in tags and "NATO" not in tags  # NATO was known at the previous build
    solberg = tags["Ingrid Solberg"]
    assert solberg.select_one(".kind").get_text() == "person"
    assert solberg.select(".reasons li")
    assert "Port strike ends after talks" in solberg.select_one(".stories").get_text()
    lines = [code.get_text() for code in solberg.select(".lines code")]
    assert "drop: Ingrid Solberg" in lines and "Ingrid Solberg: organisation" in lines


def test_corrections_and_withdrawals_show_each_storys_history(desk):
    page = text(desk, "versions.html")
    assert "Copper miner Andes Norte to cut 1,200 jobs in Chile" in page and "withdrawal" in page
    assert "Fire halts operations at Rotterdam container terminal" in page and "correction 1" in page


def test_the_builds_page_lists_every_build_one_line_each(desk):
    soup = BeautifulSoup(read(desk, "builds.html"), "html.parser")
    lines = soup.select("ol.builds li")
    assert len(lines) == 2 and "stories: 1 added" in lines[0].get_text()
    history = (desk / "output.desk" / "builds.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["outcome"] for line in history] == ["built", "built"]


def test_serve_shows_the_site_and_the_desk_under_desk_on_localhost(desk):
    import http.server
    import threading
    import urllib.request

    from desk.serve import handler_for

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_for(desk / "output", desk / "output.desk"))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_port}"
    try:
        site = urllib.request.urlopen(base + "/").read().decode("utf-8")
        page = urllib.request.urlopen(base + "/desk/").read().decode("utf-8")
        redirected = urllib.request.urlopen(base + "/desk")
        quarantine = urllib.request.urlopen(base + "/desk/quarantine.html").read().decode("utf-8")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert "Wire Desk" in site and "The desk" not in site
    assert "<h1>Last build</h1>" in page and redirected.url == base + "/desk/"
    assert "q_h01_html_script.html" in quarantine


def test_invoke_desk_says_where_it_is(desk):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "invoke", "desk", "--output", str(desk / "output")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str((desk / "output.desk" / "index.html").resolve()) in result.stdout
    assert "http://localhost:8000/desk/" in result.stdout


def test_side_by_side_pairs_lines_and_marks_each_difference():
    rows = side_by_side("a\nb\nc\n", "a\nB\nc\nd\n")
    assert [(r.left, r.right, r.status) for r in rows] == [
        ("a", "a", "same"),
        ("b", "B", "changed"),
        ("c", "c", "same"),
        ("", "d", "only right"),
    ]


@pytest.mark.parametrize("width", [375, 1280])
def test_desk_pages_fit_a_phone_and_pass_the_accessibility_audit(browser, desk, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    with served(desk / "output.desk") as address:
        for name in PAGES:
            page.goto(f"{address}/{name}")
            assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("Georgia")  # the site's CSS
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (name, width, overflow)
            serious = serious_accessibility_violations(page)
            assert serious == [], (name, serious)
    # works offline: nothing is loaded from anywhere but the desk's folder
    assert requested and all(url.startswith(address + "/") for url in requested)
    context.close()


def test_a_build_with_nothing_changed_is_a_line_of_its_own(desk):
    # last in this file: it builds the shared folder once more
    again = desk
    out = build(again, again / "seeds", ROOT / "pelicanconf.py")
    assert "nothing changed" in out
    assert len(BeautifulSoup(read(again, "builds.html"), "html.parser").select("ol.builds li")) == 3
    assert "nothing changed" in text(again, "index.html")
    assert "Ingrid" not in text(again, "tags.html")
    assert "Euro zone central bank" in text(again, "conflicts.html")  # still in conflict


def test_a_new_short_name_is_offered_the_first_longer_name_with_its_last_word():
    from desk.pages import _longer_names

    names = ["Doe", "J. Doe", "Jane Doe", "Jane Roe", "Roe Capital"]
    assert _longer_names(names, ["Doe", "Jane Doe", "Roe", "Capital"]) == {
        "Doe": "J. Doe",
        "Roe": "Jane Roe",
        "Capital": "Roe Capital",
    }


def test_a_build_started_afresh_has_its_ingests_process_work_out_the_names(desk):
    """`invoke build` works out what the desk shows of the names in the
    ingest's process, beside the site's work: the same as the desk would."""
    from desk.pages import Desk, NewNames

    import tasks

    site = tasks._check_settings(str(ROOT / "pelicanconf.py"), str(desk / "content"))
    arguments = {"seeds": str(desk / "seeds"), "content": str(desk / "content"), "report": None}
    arguments["settings"] = str(ROOT / "pelicanconf.py")
    folders = (desk / "output", arguments["content"], arguments["seeds"], site)
    done, (result, names) = tasks._ingest_forked(arguments, folders, None)
    assert done and isinstance(names, NewNames)
    expected = Desk(tasks._desk_input(*folders, None, 0.0, "", result))
    shown, known = expected.names()
    assert (names.shown, names.known, names.total) == (shown, known, expected.new_total)
    assert "Ingrid Solberg" in names.known


def test_a_dispatch_stopped_by_the_time_limit_is_advised_on_by_its_setting():
    reason = "its conversion took more than 60 s of processor time, the limit (WIRE_CONVERSION_TIME_LIMIT)"
    assert "raise WIRE_CONVERSION_TIME_LIMIT" in advice(reason)
