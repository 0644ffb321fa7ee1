"""Versions, corrections, withdrawals and priority words.

Reuters prefixes headlines (``UPDATE 2-``, ``CORRECTED-``, ``REFILE-``), AP
sends take keys (``2ndLd-Writethru``), dpa header lines (``1ST LEAD``,
``REFILE``), and every agency marks urgency (``URGENT``, ``FLASH``,
``ALERTE``, ``EILT``). Priority words are not part of the headline a reader
sees; version words decide which copy of a story is the newest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ORIGINAL, UPDATE, CORRECTION, REFILE, WITHDRAWAL = "original", "update", "correction", "refile", "withdrawal"

_PRIORITY = r"FLASH|URGENT|URGENTE|ALERT|ALERTE|BULLETIN|EILT|EILMELDUNG|BREAKING"
_WITHDRAWN = (
    r"(?:STORY\s+)?WITHDRAWN|WITHDRAWAL|KILL|KILLED|PLEASE\s+DELETE|ANNULATION|D[ÉE]P[ÊE]CHE\s+ANNUL[ÉE]E|"
    r"RETRAIT|ANULADA|ANULACI[ÓO]N|NOTICIA\s+ANULADA|ZUR[ÜU]CKGEZOGEN|STORNO|STORNIERT"
)
_CORRECTED = r"CORRECTED|CORRECTION|CORRIG[ÉE]|RECTIFICATIF|CORRECCI[ÓO]N|CORREGIDO|BERICHTIGUNG|KORREKTUR|KORRIGIERT"
_PREFIX = re.compile(
    rf"^(?:(?P<update>UPDATE|UPDATED|ACTUALIZACI[ÓO]N|MISE\s+[ÀA]\s+JOUR)\s*(?P<n>\d+)"
    rf"|(?P<corrected>{_CORRECTED})|(?P<refile>REFILE|REPEAT|RPT)|(?P<withdrawn>{_WITHDRAWN})"
    rf"|(?P<priority>{_PRIORITY})|(?P<lead>(?P<ln>\d+)(?:ST|ND|RD|TH)\s+LEAD))\s*(?:[-–—:]+|\s+-\s*)\s*",
)  # case-sensitive: agencies write these keys in capitals; "Alert: ..." is a headline
_HEADER_LINE = re.compile(
    rf"^(?:(?P<update>UPDATE|UPDATED)\s*(?P<n>\d+)|(?P<corrected>{_CORRECTED})|(?P<refile>REFILE|REPEAT|RPT)"
    rf"|(?P<withdrawn>{_WITHDRAWN})|(?P<priority>{_PRIORITY})|(?P<lead>(?P<ln>\d+)(?:ST|ND|RD|TH)\s+LEAD)"
    rf"|(?P<writethru>(?P<wn>\d+)(?:st|nd|rd|th)Ld[-‑]Writethru))[\s.!:-]*$",
)
_EDS_NOTE = re.compile(
    r"^(?:Eds?|Editors?|Note to editors|Note aux r[ée]dactions|Nota a los editores)\s*[:.]", re.IGNORECASE
)
# A notice about the copy itself ("the story headlined ... is withdrawn"),
# never a story that happens to report that something was withdrawn.
_WITHDRAWAL_TEXT = re.compile(
    r"\b(?:story|article|item|dispatch|report)\b[^.]{0,160}?\b(?:is|has been|was)\s+(?:withdrawn|killed)\b"
    r"|\bplease (?:delete|kill|do not use) (?:this|the) (?:story|item|article|dispatch)\b"
    r"|\b(?:dépêche|article|information)\b[^.]{0,160}?\best\s+(?:annulée?|retirée?)\b"
    r"|\bveuillez (?:la |le )?(?:supprimer|retirer)\b"
    r"|\b(?:Meldung|Bericht|Artikel)\b[^.]{0,160}?\b(?:wird|ist|wurde)\s+zurückgezogen\b"
    r"|\b(?:noticia|información|crónica)\b[^.]{0,160}?\b(?:queda|ha sido|fue)\s+(?:anulad[ao]|retirad[ao])\b",
    re.IGNORECASE,
)


@dataclass
class VersionInfo:
    kind: str = ORIGINAL
    number: int = 0
    corrected: bool = False
    priority: str | None = None

    def note(self, kind: str, number: int | None = None) -> None:
        if kind == CORRECTION:
            self.corrected = True
            if self.kind in (ORIGINAL, REFILE):
                self.kind = CORRECTION
        elif kind == WITHDRAWAL:
            self.kind = WITHDRAWAL
        elif kind == UPDATE:
            if self.kind in (ORIGINAL, REFILE):
                self.kind = UPDATE
            self.number = max(self.number, number or 0)
        elif kind == REFILE and self.kind == ORIGINAL:
            self.kind = REFILE


def _note_match(info: VersionInfo, match: re.Match) -> None:
    groups = match.groupdict()
    if groups.get("update"):
        info.note(UPDATE, int(groups["n"]))
    elif groups.get("lead"):
        info.note(UPDATE, int(groups["ln"]))
    elif groups.get("writethru"):
        info.note(UPDATE, int(groups["wn"]))
    elif groups.get("corrected"):
        info.note(CORRECTION)
    elif groups.get("refile"):
        info.note(REFILE)
    elif groups.get("withdrawn"):
        info.note(WITHDRAWAL)
    elif groups.get("priority"):
        info.priority = info.priority or groups["priority"].upper()


def strip_headline_prefixes(headline: str, info: VersionInfo) -> str:
    """Remove ``CORRECTED-UPDATE 2-``, ``URGENT -`` and the like from the
    front of ``headline``, noting what they said in ``info``."""
    while True:
        match = _PREFIX.match(headline)
        if not match or not headline[match.end() :].strip():
            return headline.strip()
        _note_match(info, match)
        headline = headline[match.end() :]


def header_line(line: str, info: VersionInfo) -> bool:
    """Note a version or priority header line (``REFILE``, ``1ST LEAD``,
    ``2ndLd-Writethru``, ``URGENT``). True when ``line`` was one."""
    match = _HEADER_LINE.match(line.strip())
    if not match:
        return False
    _note_match(info, match)
    return True


def is_editors_note(line: str) -> bool:
    """``Eds: UPDATES with ...``: a note to editors, not copy."""
    return bool(_EDS_NOTE.match(line.strip()))


def withdrawal_notice(paragraphs: list[str]) -> bool:
    """True when the copy is a notice that a story is withdrawn."""
    return len(paragraphs) <= 4 and any(_WITHDRAWAL_TEXT.search(p) for p in paragraphs)
