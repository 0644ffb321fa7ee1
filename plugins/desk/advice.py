"""What an editor can do about a quarantined dispatch, by its reason."""

from __future__ import annotations

_ADVICE = (
    ("not valid", "Re-save the file as UTF-8 (or ask the agency to send it again), then build again."),
    ("binary file", "This is not a text dispatch: remove it from the seeds folder."),
    ("empty file", "The file is empty: remove it, or wait for the agency to send it again."),
    ("too large", "Check it is one dispatch; if it is, raise WIRE_MAX_BYTES, else remove it."),
    ("not a dispatch", "Rename it with a dispatch extension if it is a dispatch, else remove it."),
    ("only a dateline", "Remove the stray dateline, or add the story text it belongs to."),
    ("only header lines", "The header lines came without their story: ask the agency for the text, or remove it."),
    ("no dateline and no story", "A single short line: remove it, or add the story it belongs to."),
    ("no text", "The story text is missing: ask the agency to send it again, or remove the file."),
    ("control characters", "Re-save the file as plain text; it holds only control characters."),
    (
        "of processor time",
        "The converter should never take this long: keep the file for a report. To publish it meanwhile, "
        "raise WIRE_CONVERSION_TIME_LIMIT (or set it to None); the next build converts it again.",
    ),
    ("not a regular file", "Replace the link or device with the dispatch file itself."),
    ("could not be read", "Check the file's permissions and that the disk is readable."),
)
DEFAULT = "Read the file, fix it in the seeds folder or remove it: the next build reads it again."


def advice(reason: str | None) -> str:
    """One sentence for the editor about a quarantine ``reason``."""
    text = (reason or "").lower()
    for words, sentence in _ADVICE:
        if words in text:
            return sentence
    return DEFAULT
