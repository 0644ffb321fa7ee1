"""News agencies as they sign their datelines."""

from __future__ import annotations

import re

from .dates import fold

#: Canonical names of the agencies whose datelines are recognised, keyed by
#: every way they are written in the parenthesis of a dateline.
AGENCIES = {
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "efe": "EFE",
    "efecom": "EFE",  # EFE's economic service
    "efe-dinero": "EFE",
    "efeagro": "EFE",
    "ansa": "ANSA",
    "ats": "ATS",
    "keystone-ats": "Keystone-ATS",
    "sda": "SDA",
    "apa": "APA",
    "belga": "Belga",
    "anp": "ANP",
    "kna": "KNA",
    "epd": "epd",
    "kyodo": "Kyodo",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "anadolu": "Anadolu",
    "upi": "UPI",
    "pa": "PA",
    "bloomberg": "Bloomberg",
    "europa press": "Europa Press",
    "notimex": "Notimex",
    "lusa": "Lusa",
    "tca": "tca",
    "aps": "APS",
    "map": "MAP",
    "ani": "ANI",
    "pti": "PTI",
}

_SPLIT = re.compile(r"\s*/\s*|\s+(?:-\s+)?")

#: The forms in which a story names an agency in its text ("a déclaré à
#: l'AFP", "dijo a Efe", "told Reuters"), those that name nothing else: not
#: "AP", "PA", "MAP" or "Bloomberg", which are also other names and words.
_FORMS_IN_TEXT = (
    "Agence France-Presse",
    "AFP",
    "Afp",  # as Latin American papers write it: "según la Afp"
    "Reuters",
    "Associated Press",
    "EFE",
    "Efe",
    "dpa",
    "Dpa",
    "Deutsche Presse-Agentur",
    "ANSA",
    "APA",
    "Belga",
    "Kyodo",
    "Xinhua",
    "Yonhap",
    "TASS",
    "Anadolu",
    "Europa Press",
    "Notimex",
    "Lusa",
    "Keystone-ATS",
)
#: An agency named in a story's text; not in a parenthesis, where it signs a
#: dateline or a credit ("(APA, 11.9.2015)"), nor inside a word
#: ("APA-Gespräch"). ``next`` is the capitalised word after it, if any: a
#: longer name ("Reuters Breakingviews"), or the person who spoke to it.
AGENCY_IN_TEXT = re.compile(
    r"(?<![\w(/-])(?:"
    + "|".join(re.escape(form) for form in sorted(_FORMS_IN_TEXT, key=len, reverse=True))
    + r")(?![\w-])(?=[ ](?P<next>[A-ZÀ-Þ])|)"
)


def agency_parts(written: str) -> list[str] | None:
    """The agencies named in a dateline parenthesis (``Reuters``,
    ``tca/dpa``, ``ats afp``), canonical, or None if it names no agency."""
    written = written.strip()
    whole = AGENCIES.get(fold(written))
    if whole:
        return [whole]
    parts = [p for p in _SPLIT.split(written) if p]
    names = [AGENCIES.get(fold(p)) for p in parts]
    if parts and all(names):
        return names  # type: ignore[return-value]
    return None


def distributing_agency(written: str) -> str | None:
    """The agency that sent the copy: the last of ``partner/agency``
    (``tca/dpa`` is dpa's), the first of ``agency partner`` (``ats afp`` is
    ATS relaying AFP)."""
    parts = agency_parts(written)
    if not parts:
        return None
    return parts[-1] if "/" in written else parts[0]


#: Agencies whose datelines write a town abroad with its country in brackets
#: (``Fráncfort (RFA), 25 may (EFE)``) and a town at home alone
#: (``Mérida, 23 may (EFE)`` is in Spain; see ``places.resolve``).
MARK_TOWNS_ABROAD = frozenset({"EFE"})

#: The country each agency is based in, to tell apart cities of the same name
#: (EFE's Valencia is in Spain, not Venezuela).
HOME_COUNTRIES = {
    "Reuters": "GB",
    "AFP": "FR",
    "AP": "US",
    "dpa": "DE",
    "EFE": "ES",
    "ANSA": "IT",
    "ATS": "CH",
    "Keystone-ATS": "CH",
    "SDA": "CH",
    "APA": "AT",
    "Belga": "BE",
    "ANP": "NL",
    "KNA": "DE",
    "epd": "DE",
    "Kyodo": "JP",
    "Xinhua": "CN",
    "Yonhap": "KR",
    "TASS": "RU",
    "Anadolu": "TR",
    "UPI": "US",
    "PA": "GB",
    "Bloomberg": "US",
    "Europa Press": "ES",
    "Notimex": "MX",
    "Lusa": "PT",
    "APS": "DZ",
    "MAP": "MA",
    "ANI": "IN",
    "PTI": "IN",
}
