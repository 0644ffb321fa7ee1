"""Reuters instrument codes (RICs) in wire text.

Reuters copy names a listed company's or market's instrument after it:
``Harmon Motors <HRMN.N> said``, ``the Nikkei <.N225>``, ``Brent <LCOc1>``,
``the euro <EUR=>``, ``Boeing Co ( BA.N )`` in some exports, or
``(RIC: HRMN.N)``. The body keeps them exactly as the agency wrote them;
what readers see first (the headline, the summary, the slug, feed and search
titles) is made without them, through :func:`without_codes`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a RIC inside angle brackets: nothing else in wire prose looks like it
_TOKEN = r"[0-9A-Za-z.#=^_:/\-]{1,30}"
_ANGLE = rf"<(?=[^<>\s]*[A-Z.=])(?:{_TOKEN})>"
# in parentheses only a token that cannot be prose: SYMBOL.EXCHANGE, .INDEX,
# CURRENCY=, a continuation future (LCOc1); or anything after "RIC:"
_EXCHANGE = (
    r"N|O|OQ|OB|PK|A|K|P|L|PA|DE|F|AS|BR|MI|MC|LS|SW|S|ST|CO|OL|HE|VI|WA|PR|IS|AT|T|OS|HK|SS|SZ|TW|KS|KQ|"
    r"SI|BK|KL|JK|AX|NZ|BO|NS|TO|V|SA|MX|BA|SN|J|CA|TA|SE|DU|AD|QA|KW|"
    r"UL"  # a company whose shares are not listed: "Trafigura [TRAFG.UL]"
)
#: A listed company's shares: SYMBOL.EXCHANGE.
_SHARE_RIC = rf"[A-Z0-9][A-Za-z0-9\-]{{0,9}}\.(?:{_EXCHANGE})"
_RIC = rf"(?:{_SHARE_RIC}|\.[A-Z0-9]{{2,10}}|[A-Z]{{3,6}}=[A-Z]{{0,4}}|[A-Z]{{2,5}}[a-z]\d)"
_PARENTHESES = rf"\(\s*(?:RIC\s*:\s*[^()]{{1,60}}?|{_RIC}(?:\s*,\s*{_RIC})*)\s*\)"
_CODE = re.compile(rf"[ \u00a0]*(?:{_ANGLE}|{_PARENTHESES})")


def has_codes(text: str) -> bool:
    return _CODE.search(text) is not None


def code_at(text: str, position: int) -> bool:
    """Whether an instrument code is written at ``position`` (after a
    name: ``Fannie Mae ( FNMA.OB )`` names a listed company)."""
    return _CODE.match(text, position) is not None


#: The code of a listed company's shares: SYMBOL.EXCHANGE, in angle brackets
#: or parentheses (not an index, a currency or a future).
_SHARES = re.compile(rf"[ \u00a0]*(?:<{_SHARE_RIC}>|\(\s*{_SHARE_RIC}\s*\))")


def shares_code_at(text: str, position: int) -> bool:
    """Whether the code of a listed company's shares is written at
    ``position``: ``Humana ( HUM.N )``, not ``the Nikkei <.N225>``."""
    return _SHARES.match(text, position) is not None


@dataclass(frozen=True)
class ShareCode:
    """The code of a listed company's shares: its symbol and the code of
    the exchange they trade on (``HUM`` and ``N`` of ``HUM.N``)."""

    symbol: str
    exchange: str

    @property
    def in_united_states(self) -> bool:
        """Whether the exchange is one of the United States', whose symbols
        are the company's ticker as the stock indices give it (``HUM``)."""
        return self.exchange in _UNITED_STATES


#: New York, Nasdaq, the American exchange, NYSE Arca, the OTC boards.
_UNITED_STATES = frozenset(("N", "O", "OQ", "OB", "PK", "A", "K", "P"))


def shares_code_after(text: str, position: int) -> ShareCode | None:
    """The code of a listed company's shares written at ``position``, if
    any (as :func:`shares_code_at` finds it): ``Humana <HUM.N>`` gives
    ``HUM`` on ``N``."""
    match = _SHARES.match(text, position)
    if match is None:
        return None
    symbol, _, exchange = match[0].strip(" \u00a0<>()").rpartition(".")
    return ShareCode(symbol, exchange)


#: A bare code of two characters at least before its exchange: not "U.S", "N.A";
#: a class of shares in small letters after it ("MGa.TO", "VOWG_p.DE").
_BARE_SHARES = re.compile(rf"[A-Z0-9][A-Z0-9\-]{{1,9}}(?:_?[a-z])?\.(?:{_EXCHANGE})")


def is_share_code(word: str) -> bool:
    """Whether a word is the code of a listed company's shares written bare,
    as exports that strip angle brackets leave it (``Gymboree Corp GYMB.O``)."""
    return _BARE_SHARES.fullmatch(word) is not None


#: :data:`_BARE_SHARES` ending a word, a full stop after it or not ("LEH.P. AIG").
_BARE_SHARES_WORD = re.compile(rf"(?:{_BARE_SHARES.pattern})(?!\w)")


def bare_share_code_at(text: str, position: int) -> bool:
    """Whether the code of a listed company's shares, written bare, starts at
    ``position`` (``GLS.N`` of ``Genesis Lease GLS.N said``)."""
    return _BARE_SHARES_WORD.match(text, position) is not None


def without_codes(text: str) -> str:
    """``Harmon Motors <HRMN.N> said`` -> ``Harmon Motors said``;
    ``Boeing Co ( BA.N ), the planemaker`` -> ``Boeing Co, the
    planemaker``. Text without codes comes back unchanged."""
    if "<" not in text and "(" not in text:
        return text
    stripped = _CODE.sub("", text)
    if stripped == text:
        return text
    return stripped.strip()
