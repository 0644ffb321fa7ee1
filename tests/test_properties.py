"""Property-based tests of the converter: for any input it either writes
Markdown or quarantines with a reason; it never crashes, never hangs and
never writes outside the content folder."""

import re
import string
from pathlib import Path

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wire.conversion import convert_to_markdown
from wire.errors import Rejected
from wire.ingest import ingest
from wire.ingest_config import IngestConfig
from wire.slugs import story_slug

CONFIG = IngestConfig(seeds=Path("."), content=Path("."))
DATELINES = st.sampled_from(
    [
        "",
        "PARIS, Oct 22 (Reuters) - ",
        "Paris, 9 déc 2018 (AFP) - ",
        "(ANSA) - ROME, JUL 11 - ",
        "date 2022-01 ",
        "Berlin (dpa) - ",
    ]
)
MARKUP = st.sampled_from(
    ["<", ">", "&", "*", "_", "[", "]", "(", ")", "#", "|", "`", "{{", "}}", "{%", "\\", "\n", "\n\n", "-", "1.", ":"]
)
TEXTISH = st.lists(st.one_of(st.text(min_size=0, max_size=30), MARKUP), max_size=60).map("".join)
TAG = re.compile(r"<(?!/?p>)[^>]*>")


def body_html(md_text: str) -> str:
    head, _, body = md_text.partition("\n\n")
    assert head.startswith("Title: ")
    md = markdown.Markdown(extensions=["markdown.extensions.extra", "markdown.extensions.meta"], output_format="html5")
    return md.convert("Title: x\n\n" + body)


@settings(max_examples=300, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_any_bytes_convert_or_are_rejected_with_a_reason(data):
    try:
        text = convert_to_markdown(data, "x.txt", CONFIG)
    except Rejected as rejected:
        assert rejected.reason.strip()
        return
    assert not TAG.search(body_html(text))


@settings(max_examples=300, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(DATELINES, TEXTISH, TEXTISH)
def test_any_text_after_a_dateline_is_inert(dateline, first, rest):
    data = (dateline + first + "\n\n" + rest).encode("utf-8", "surrogatepass")
    try:
        text = convert_to_markdown(data, "x.txt", CONFIG)
    except Rejected as rejected:
        assert rejected.reason.strip()
        return
    html = body_html(text)
    assert not TAG.search(html), html  # only paragraphs: nothing from the text became markup
    head = text.partition("\n\n")[0]
    assert all(re.match(r"^(?:[A-Z][a-z_]*: |    )", line) for line in head.split("\n")), head


@given(st.text(max_size=300), st.text(alphabet=string.hexdigits, min_size=0, max_size=20))
def test_slugs_are_safe_file_names(headline, wire_id):
    slug = story_slug(headline, wire_id)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    assert len(slug) <= 80


NAMES = st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda name: not name.startswith(".") and len(name.encode("utf-8")) < 200)


@settings(
    max_examples=25, deadline=10000, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.lists(st.tuples(NAMES, st.binary(max_size=600)), min_size=1, max_size=6, unique_by=lambda item: item[0]))
def test_ingest_of_any_folder_writes_only_inside_content(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("prop")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, data in files:
        (seeds / name).write_bytes(b"PARIS, Oct 22 (Reuters) - The council met on Monday. " + data)
    before = {p for p in root.rglob("*")}
    result = ingest(IngestConfig(seeds=seeds, content=root / "content"))
    assert len(result.entries) == len(files)
    assert all(entry.status in ("converted", "quarantined", "withdrawn") for entry in result.entries)
    created = {p for p in root.rglob("*")} - before
    content = (root / "content").resolve()
    assert all(p.resolve() == content or content in p.resolve().parents for p in created)
