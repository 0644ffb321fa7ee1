"""What a reader sees of real copy: sentences, paragraphs restored where an
export lost them, run-in subheads, teasers, and the language of short texts."""

import pytest
from conftest import FIXTURES
from wire.dispatch import parse_dispatch
from wire.escaping import markdown_heading
from wire.language import LanguageDefaults, detect_language
from wire.paragraphs import restore_paragraphs, split_subhead
from wire.sentences import split_sentences
from wire.teasers import TEASER_MAX, teaser

ONE_LINE = (
    "(Reuters) - Boeing Co ( BA.N ) said on Tuesday it would cut 3.5 percent of jobs in the U.S. by Sept. 3, "
    "after Mr. Smith met J.P. Morgan analysts in New York. "
    '"We will get through this," Chief Executive Dana Holt said. Shares fell 2.1% to $201.50. '
    "The FAA declined to comment on the production plan. "
    "BOEING SAYS MAKING PROGRESS Boeing, which is inspecting its jets, said output would rise in the spring. "
    'Analysts at J.P. Morgan called the plan "credible." TALKS STALL NATO officials said nothing more. '
    "Dr. A. B. Jones, of St. Louis, agreed."
)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The U.S. economy grew 3.5 percent, J.P. Morgan said on Sept. 3. Mr. Smith agreed. "
            '"It is hard," he said. George W. Bush met the U.N. chief at 3 p.m. Tuesday.',
            [
                "The U.S. economy grew 3.5 percent, J.P. Morgan said on Sept. 3.",
                "Mr. Smith agreed.",
                '"It is hard," he said.',
                "George W. Bush met the U.N. chief at 3 p.m. Tuesday.",
            ],
        ),
        (
            "fr",
            "M. Dupont et Mme Durand ont répondu. « C'est fini. » La croissance atteindra 1,2 % le 1er janv. prochain.",
            [
                "M. Dupont et Mme Durand ont répondu.",
                "« C'est fini. »",
                "La croissance atteindra 1,2 % le 1er janv. prochain.",
            ],
        ),
        (
            "de",
            "Der Kanzler sprach am 3. März in Berlin. Die Inflation lag bei 2,5 Prozent. Prof. Dr. Schmidt u. a. waren dabei.",
            [
                "Der Kanzler sprach am 3. März in Berlin.",
                "Die Inflation lag bei 2,5 Prozent.",
                "Prof. Dr. Schmidt u. a. waren dabei.",
            ],
        ),
        (
            "es",
            'EE.UU. respondió con aranceles. El Sr. Pérez, de la ONU, habló. "Es grave", afirmó.',
            ["EE.UU. respondió con aranceles.", "El Sr. Pérez, de la ONU, habló.", '"Es grave", afirmó.'],
        ),
        (
            "en",
            "Rivals include Harmon Freight HRMNF.UL. Last year its revenue fell.",
            ["Rivals include Harmon Freight HRMNF.UL.", "Last year its revenue fell."],
        ),
    ],
)
def test_sentences_end_where_they_end(lang, text, expected):
    assert split_sentences(text, lang) == expected


def test_a_run_in_subhead_is_told_from_an_acronym_opening_a_sentence():
    assert split_subhead("BOEING SAYS MAKING PROGRESS Boeing, which is inspecting") == (
        "BOEING SAYS MAKING PROGRESS",
        "Boeing, which is inspecting",
    )
    assert split_subhead("TALKS STALL NATO officials said nothing.") == ("TALKS STALL", "NATO officials said nothing.")
    assert split_subhead("NATO officials said nothing.") is None
    assert split_subhead("UN Secretary-General Ana Ruiz said so.") is None
    assert split_subhead("UNICEF USA President Mia Lund said so.") is None
    assert split_subhead("NASDAQ OMX Group said so.") is None
    assert split_subhead("NEXT STEPS The ministers meet again.") == ("NEXT STEPS", "The ministers meet again.")
    assert split_subhead("The FAA said so.") is None
    assert split_subhead("ALL CAPS SENTENCE WITH NOTHING AFTER.") is None


def test_a_one_line_story_gets_its_paragraphs_and_subheads_back():
    body = restore_paragraphs([ONE_LINE], "en")
    assert body.paragraphs[0].endswith("analysts in New York.")  # the lede: one sentence
    assert [body.paragraphs[i] for i in body.subheads] == ["BOEING SAYS MAKING PROGRESS", "TALKS STALL"]
    assert body.paragraphs[body.subheads[0] + 1].startswith("Boeing, which is inspecting")
    assert body.paragraphs[body.subheads[1] + 1].startswith("NATO officials said nothing more.")
    assert len(body.paragraphs) >= 6
    assert all(len(split_sentences(p, "en")) <= 3 for p in body.paragraphs)
    # nothing lost, nothing added
    assert " ".join(body.paragraphs) == ONE_LINE


def test_copy_with_its_paragraphs_keeps_them_exactly():
    paragraphs = ["First paragraph. It has two sentences.", ONE_LINE]
    assert restore_paragraphs(paragraphs, "en").paragraphs == paragraphs
    short = ["One paragraph. Of three. Short sentences."]
    assert restore_paragraphs(short, "en").paragraphs == short
    assert restore_paragraphs(short, "en").subheads == []


def test_a_parsed_export_has_restored_paragraphs():
    text = "Boeing cuts jobs\n\nSEATTLE, March 3 (Reuters) - " + ONE_LINE.removeprefix("(Reuters) - ")
    dispatch = parse_dispatch(text)
    assert dispatch.paragraphs[0].startswith("Boeing Co ( BA.N ) said")
    assert [dispatch.paragraphs[i] for i in dispatch.subheads] == ["BOEING SAYS MAKING PROGRESS", "TALKS STALL"]


def test_fixture_dispatches_keep_their_paragraphs():
    for path in sorted(FIXTURES.glob("*.txt")):
        expected = path.with_suffix(".md").read_text(encoding="utf-8")
        assert "\n## " not in expected, path.name


def test_a_subheading_is_made_by_the_writer_and_its_text_stays_inert():
    assert markdown_heading("WAR #1 ## <B> *X* [A](B) {: #ID}") == (
        r"## WAR \#1 \#\# &lt;B&gt; \*X\* \[A\](B) \{: \#ID\}"
    )


def test_teasers_are_a_sentence_or_two_and_never_long():
    lede = "The first sentence is here. The second one follows. A third would be too many."
    assert teaser(lede, "en") == "The first sentence is here. The second one follows."
    assert teaser("Boeing Co ( BA.N ) and Apple Inc <AAPL.O> rose.", "en") == "Boeing Co and Apple Inc rose."
    wall = "word " * 200
    cut = teaser(wall, "en")
    assert len(cut) <= TEASER_MAX and cut.endswith("word…")
    whole = teaser(ONE_LINE, "en")  # two sentences fit
    assert whole.endswith('analysts in New York. "We will get through this," Chief Executive Dana Holt said.')
    assert "BA.N" not in whole and len(whole) <= TEASER_MAX


def test_a_text_too_short_to_tell_takes_the_desk_language():
    languages = ("fr", "en", "es", "de", "it", "pt")
    # a detector answering anyway says Portuguese, Italian, German for these
    for short in ("Petrobras CEO resigns", "Fiat Chrysler sales", "Nikkei ends flat", "Top news", ""):
        assert detect_language(short, languages=languages, fallback="en") == "en"
        assert detect_language(short, languages=languages, fallback=None) is None
    assert detect_language("Le gouvernement a présenté mercredi son projet de budget.", None, languages, "en") == "fr"
    assert detect_language("Top news", "de", languages, "en") == "de"  # a header that says so
    assert detect_language("Top news", None, ("fr", "de"), "en") is None  # never outside the languages


def test_an_agency_default_applies_to_that_agency_only():
    defaults = LanguageDefaults("en", (("EFE", "es"),))
    assert defaults.language_of("efe") == "es" and defaults.language_of("AFP") == "en"
    dispatch = parse_dispatch("Madrid, 3 mar (EFE).- Última hora.", language_defaults=defaults)
    assert dispatch.lang == "es"
    dispatch = parse_dispatch("PARIS, March 3 (Reuters) - Top news.", language_defaults=defaults)
    assert dispatch.lang == "en"
