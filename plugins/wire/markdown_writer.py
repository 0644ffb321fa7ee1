"""Write a story as a Markdown file with a Pelican metadata header."""

from __future__ import annotations

from .escaping import escape_markdown
from .metadata import story_metadata
from .stories import Story


def story_body(story: Story) -> str:
    """The newest version's paragraphs, escaped, one blank line apart."""
    return "\n\n".join(escape_markdown(p) for p in story.newest.dispatch.paragraphs)


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
