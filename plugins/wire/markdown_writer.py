"""Write a story as a Markdown file with a Pelican metadata header."""

from __future__ import annotations

from .escaping import escape_markdown, markdown_heading
from .metadata import story_metadata
from .stories import Story


def story_body(story: Story) -> str:
    """The newest version's paragraphs, escaped, one blank line apart; its
    subheads (restored from run-in capitals) as headings."""
    dispatch = story.newest.dispatch
    subheads = set(dispatch.subheads)
    return "\n\n".join(
        markdown_heading(text) if number in subheads else escape_markdown(text)
        for number, text in enumerate(dispatch.paragraphs)
    )


def render_markdown(story: Story, slug: str | None = None) -> str:
    """The whole Markdown file of a story, with ``slug`` if given."""
    lines = []
    for key, value in story_metadata(story, slug).items():
        if isinstance(value, list):
            lines.append(f"{key.capitalize()}: {value[0]}")
            lines.extend(f"    {item}" for item in value[1:])
        else:
            lines.append(f"{key.capitalize()}: {value}")
    return "\n".join(lines) + "\n\n" + story_body(story) + "\n"
