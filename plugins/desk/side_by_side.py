"""Two texts side by side, line by line, with the differences marked
(difflib's matching): rows of plain text for a template to escape."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

SAME, CHANGED, LEFT_ONLY, RIGHT_ONLY = "same", "changed", "only left", "only right"


@dataclass(frozen=True)
class Row:
    """One row: line numbers (None: no line on that side), texts, status."""

    left_number: int | None
    left: str
    right_number: int | None
    right: str
    status: str


def side_by_side(left: str, right: str) -> list[Row]:
    one, other = left.splitlines(), right.splitlines()
    rows = []
    matcher = difflib.SequenceMatcher(None, one, other, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                Row(i + 1, one[i], j + 1, other[j], SAME) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        count = max(i2 - i1, j2 - j1)
        for k in range(count):
            i, j = i1 + k, j1 + k
            has_left, has_right = i < i2, j < j2
            status = CHANGED if has_left and has_right else (LEFT_ONLY if has_left else RIGHT_ONLY)
            rows.append(
                Row(
                    i + 1 if has_left else None,
                    one[i] if has_left else "",
                    j + 1 if has_right else None,
                    other[j] if has_right else "",
                    status,
                )
            )
    return rows
