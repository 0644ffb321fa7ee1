"""The legal forms that end a firm's name, one table for every reader of
them: the tagger's rules (``Acme Corp``, ``Acme GmbH``), the organisation
table's firms by another form (``Toyota Motor Corp`` for ``Toyota Motor
Corporation``) and the script that builds that table from listed names.

Copy abbreviates a legal form; registers and tables spell it out. Both
spellings of each are here, with the words that end a group's name as a
legal form does.
"""

from __future__ import annotations

import re

#: As copy abbreviates them, in English, German, French, Spanish, Italian,
#: Dutch and Nordic names; a form with dots is written without them too.
ABBREVIATED = (
    "Inc Corp Co Cos Ltd LLC plc PLC LP LLP AG GmbH SE SA S.A. SpA S.p.A. NV N.V. BV B.V. AB ASA Oyj SAS S.A.S. "
    "SL S.L. KGaA KG"
).split()
#: As registers and tables spell them out.
SPELLED_OUT = ("Corporation", "Company", "Incorporated", "Limited")
#: Words that end a group's name as a legal form does: "Goldman Sachs Group Inc".
GROUP_WORDS = ("Holdings", "Group")
#: Words any country's firms share: a name of them alone keeps its legal form
#: ("General Corp", "International Finance Corp").
GENERIC_WORDS = frozenset("international national american general united global first".split())


def alternatives(forms: tuple[str, ...] | list[str]) -> str:
    """``forms`` as one regular expression's alternatives, the longest
    first (``Corp`` before ``Co``), each as written."""
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda form: (-len(form), form)))
