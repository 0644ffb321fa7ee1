"""The wire plugin's settings: one table of defaults, checked at start."""

from __future__ import annotations

from pathlib import Path

from .errors import WireSettingsError
from .language import supported

#: Every setting the wire plugin reads, with its default.
DEFAULTS = {
    # Folder of raw dispatches; None turns conversion off (Pelican then only
    # builds what is in PATH).
    "WIRE_SEEDS_PATH": "seeds",
    # Folder for the ingest ledger and quarantined files; None puts it in
    # PATH/.wire (Pelican ignores dot folders).
    "WIRE_STATE_PATH": None,
    # JSON-lines report of the last ingest; None writes none.
    "WIRE_REPORT_PATH": None,
    # Dispatches larger than this many bytes are quarantined.
    "WIRE_MAX_BYTES": 1_000_000,
    # File name endings read as dispatches; anything else is quarantined.
    "WIRE_EXTENSIONS": (".txt", ".text", ".wire", ".nws", ""),
    # Languages the detector chooses among (ISO 639-1).
    "WIRE_LANGUAGES": ("fr", "en", "es", "de", "it", "pt"),
    # The language of a dispatch too short for the detector to tell (a
    # headline and a line): the agency's, when WIRE_AGENCY_LANGUAGES names
    # it, else this desk default (ISO 639-1, one of WIRE_LANGUAGES; None:
    # unknown, and Pelican's DEFAULT_LANG applies).
    "WIRE_DEFAULT_LANGUAGE": "en",
    # Agency (as the dateline names it: "EFE", "dpa") -> the one language the
    # desk receives it in. Only for single-language feeds: dpa and AFP also
    # send English, so they are not listed by default.
    "WIRE_AGENCY_LANGUAGES": {},
    # Longest derived headline, in characters (see headline.py).
    "WIRE_HEADLINE_MAX": 80,
    # Sub-folder of PATH the Markdown files go to.
    "WIRE_CONTENT_SUBDIR": "wire",
    # Seconds an ingest waits for another one on the same content folder
    # before giving up (0: give up at once).
    "WIRE_LOCK_TIMEOUT": 600,
    # Processes converting dispatches at once; 0: one per core.
    "WIRE_WORKERS": 0,
}

_TYPES = {
    "WIRE_SEEDS_PATH": (str, Path),
    "WIRE_STATE_PATH": (str, Path),
    "WIRE_REPORT_PATH": (str, Path),
    "WIRE_MAX_BYTES": (int,),
    "WIRE_EXTENSIONS": (tuple, list),
    "WIRE_LANGUAGES": (tuple, list),
    "WIRE_DEFAULT_LANGUAGE": (str,),
    "WIRE_AGENCY_LANGUAGES": (dict,),
    "WIRE_HEADLINE_MAX": (int,),
    "WIRE_CONTENT_SUBDIR": (str,),
    "WIRE_LOCK_TIMEOUT": (int, float),
    "WIRE_WORKERS": (int,),
}
_NULLABLE = {"WIRE_SEEDS_PATH", "WIRE_STATE_PATH", "WIRE_REPORT_PATH", "WIRE_DEFAULT_LANGUAGE"}


def check_settings(settings: dict) -> dict:
    """Return the WIRE_* settings with defaults filled in; raise
    :class:`WireSettingsError` naming any unknown or malformed one."""
    unknown = sorted(key for key in settings if key.startswith("WIRE_") and key not in DEFAULTS)
    if unknown:
        raise WireSettingsError(
            f"wire: unknown setting(s) {', '.join(unknown)}; known settings are {', '.join(sorted(DEFAULTS))}"
        )
    checked = {}
    for key, default in DEFAULTS.items():
        value = settings.get(key, default)
        if value is None and key in _NULLABLE:
            checked[key] = None
            continue
        if not isinstance(value, _TYPES[key]) or isinstance(value, bool):
            kinds = " or ".join(t.__name__ for t in _TYPES[key])
            raise WireSettingsError(f"wire: setting {key} must be {kinds}, not {value!r}")
        checked[key] = value
    if checked["WIRE_WORKERS"] < 0:
        raise WireSettingsError("wire: setting WIRE_WORKERS must be 0 (one per core) or more")
    if checked["WIRE_LOCK_TIMEOUT"] < 0:
        raise WireSettingsError("wire: setting WIRE_LOCK_TIMEOUT must be 0 or more seconds")
    if checked["WIRE_MAX_BYTES"] <= 0:
        raise WireSettingsError("wire: setting WIRE_MAX_BYTES must be a positive number of bytes")
    if not 20 <= checked["WIRE_HEADLINE_MAX"] <= 500:
        raise WireSettingsError("wire: setting WIRE_HEADLINE_MAX must be between 20 and 500")
    for code in checked["WIRE_LANGUAGES"]:
        if not isinstance(code, str) or len(code) != 2 or not supported(code):
            raise WireSettingsError(f"wire: WIRE_LANGUAGES has {code!r}, not an ISO 639-1 code the detector knows")
    default = checked["WIRE_DEFAULT_LANGUAGE"]
    if default is not None and default not in checked["WIRE_LANGUAGES"]:
        raise WireSettingsError(f"wire: WIRE_DEFAULT_LANGUAGE is {default!r}, not one of WIRE_LANGUAGES")
    for agency, code in checked["WIRE_AGENCY_LANGUAGES"].items():
        if not isinstance(agency, str) or code not in checked["WIRE_LANGUAGES"]:
            raise WireSettingsError(
                f"wire: WIRE_AGENCY_LANGUAGES has {agency!r}: {code!r}; write agency names with one of WIRE_LANGUAGES"
            )
    for ext in checked["WIRE_EXTENSIONS"]:
        if not isinstance(ext, str) or (ext and not ext.startswith(".")):
            raise WireSettingsError(f"wire: WIRE_EXTENSIONS has {ext!r}; write endings like '.txt' ('' for none)")
    subdir = checked["WIRE_CONTENT_SUBDIR"]
    if Path(subdir).is_absolute() or ".." in Path(subdir).parts:
        raise WireSettingsError("wire: WIRE_CONTENT_SUBDIR must be a folder inside PATH")
    checked["WIRE_EXTENSIONS"] = tuple(checked["WIRE_EXTENSIONS"])
    checked["WIRE_LANGUAGES"] = tuple(checked["WIRE_LANGUAGES"])
    return checked
