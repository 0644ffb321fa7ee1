"""The editors' corrections file: aliases merged, names dropped, types
changed, on the next build, in every story naming them, and the site is
then what a cold build of the same input gives."""

from __future__ import annotations

import shutil

from conftest import SEEDS
from test_incremental import build, differences, small_pages, snapshot
from wire.corrections import apply_corrections, parse_corrections

ECB = """2025-11-{day}T10:00:00Z
{headline}

FRANKFURT, Nov {day} (Reuters) - {lede}

"We will act when the data allow it," ECB President Marta Keller told reporters in Frankfurt.

(Reporting by Tomas Brandt; Editing by Simon Clarke)
"""


def test_the_grammar_reads_merges_drops_and_types_and_reports_the_rest():
    corrections = parse_corrections(
        "# the desk's corrections\n\nJ. Doe -> Jane Doe\ndrop:  Acme\nAcme Capital: organisation\nWho: wizard\n"
    )
    assert [(c.kind, c.name, c.target) for c in corrections.items] == [
        ("merge", "J. Doe", "Jane Doe"),
        ("drop", "Acme", None),
        ("retype", "Acme Capital", "organization"),
    ]
    assert corrections.problems and "line 6" in corrections.problems[0]


def test_corrections_apply_to_every_list_a_name_is_in():
    tagging = {
        "people": ["J. Doe", "Acme Capital"],
        "organizations": ["Acme"],
        "tags": ["J. Doe", "Acme", "Jane Doe"],
        "lead": ["J. Doe", "Acme Capital"],
        "mentions": ["Acme"],
    }
    corrections = parse_corrections("J. Doe -> Jane Doe\ndrop: Acme\nAcme Capital: organisation")
    fixed = apply_corrections(tagging, corrections.items)
    assert fixed["people"] == ["Jane Doe"]
    assert fixed["organizations"] == ["Acme Capital"]
    assert fixed["tags"] == ["Jane Doe"]
    assert fixed["lead"] == ["Jane Doe", "Acme Capital"]
    assert fixed["mentions"] == []
    assert tagging["people"] == ["J. Doe", "Acme Capital"]  # left as it was


def stories_naming(content, text):
    return sorted(p.name for p in (content / "wire").rglob("*.md") if text in p.read_text(encoding="utf-8"))


def test_a_correction_reaches_every_story_on_the_next_build_and_equals_a_cold_build(tmp_path):
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for day, headline, lede in (
        ("03", "ECB keeps rates on hold again", "The European Central Bank kept rates on hold on Monday."),
        ("17", "ECB chief sees inflation easing", "Inflation in the euro zone is easing, the central bank said."),
    ):
        (seeds / f"zz_ecb_{day}.txt").write_text(ECB.format(day=day, headline=headline, lede=lede), "utf-8")
    steps = tmp_path / "steps"
    content = steps / "content"
    build(steps, seeds, conf)
    keller = stories_naming(content, "Marta Keller")
    assert len(keller) == 3
    before = {p.name: p.stat().st_mtime_ns for p in (content / "wire").rglob("*.md")}

    (content / "corrections.txt").write_text(
        "Marta Keller -> Marta Keller-Roth\nEuropean Central Bank: person\n", encoding="utf-8"
    )
    assert "nothing changed" not in build(steps, seeds, conf)
    assert stories_naming(content, "Marta Keller-Roth") == keller
    for path in (content / "wire").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert "Marta Keller;" not in text and not text.count("Marta Keller\n")
        if "European Central Bank" in text.split("\n\n")[0]:
            assert "People:" in text and "European Central Bank" in text.split("People:")[1].split("\n")[0]
    untouched = [p for p in (content / "wire").rglob("*.md") if "Marta Keller" not in p.read_text("utf-8")]
    untouched = [p for p in untouched if "European Central Bank" not in p.read_text("utf-8")]
    assert untouched and all(p.stat().st_mtime_ns == before[p.name] for p in untouched)
    page = next((steps / "output" / "stories").glob("ecb-keeps-rates*.html")).read_text("utf-8")
    assert "Marta Keller-Roth" in page

    cold = tmp_path / "cold"
    (cold / "content").mkdir(parents=True)
    shutil.copy(content / "corrections.txt", cold / "content" / "corrections.txt")
    build(cold, seeds, conf)
    assert differences(snapshot(steps / "output"), snapshot(cold / "output")) == []

    # an editor's edit is kept; the line taken out, the other stories go back
    edited = next((content / "wire").rglob("ecb-chief*.md"))
    edited.write_text(edited.read_text("utf-8").replace("Inflation", "Price growth"), "utf-8")
    (content / "corrections.txt").write_text("European Central Bank: person\n", encoding="utf-8")
    build(steps, seeds, conf)
    assert "Price growth" in edited.read_text("utf-8") and "Marta Keller-Roth" in edited.read_text("utf-8")
    assert stories_naming(content, "Marta Keller-Roth") == [edited.name]
    assert len(stories_naming(content, "Marta Keller")) == 3
