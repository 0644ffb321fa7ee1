"""The wire plugin's settings: one table of defaults, checked at start."""

from __future__ import annotations

from pathlib import Path

from desk_common.settings_table import Setting, SettingsError, check_table, defaults, of_type

from .language import supported

#: Every setting the wire plugin reads: its default and its type.
TABLE = {
    # Folder of raw dispatches; None turns conversion off (Pelican then only
    # builds what is in PATH).
    "WIRE_SEEDS_PATH": Setting("seeds", of_type(str, Path), nullable=True),
    # Folder for the ingest ledger and quarantined files; None puts it in
    # PATH/.wire (Pelican ignores dot folders).
    "WIRE_STATE_PATH": Setting(None, of_type(str, Path), nullable=True),
    # JSON-lines report of the last ingest; None writes none.
    "WIRE_REPORT_PATH": Setting(None, of_type(str, Path), nullable=True),
    # Dispatches larger than this many bytes are quarantined.
    "WIRE_MAX_BYTES": Setting(1_000_000, of_type(int)),
    # File name endings read as dispatches; anything else is quarantined.
    "WIRE_EXTENSIONS": Setting((".txt", ".text", ".wire", ".nws", ""), of_type(tuple, list), convert=tuple),
    # Languages the detector chooses among (ISO 639-1).
    "WIRE_LANGUAGES": Setting(("fr", "en", "es", "de", "it", "pt"), of_type(tuple, list), convert=tuple),
    # The language of a dispatch too short for the detector to tell (a
    # headline and a line): the agency's, when WIRE_AGENCY_LANGUAGES names
    # it, else this desk default (ISO 639-1, one of WIRE_LANGUAGES; None:
    # unknown, and Pelican's DEFAULT_LANG applies).
    "WIRE_DEFAULT_LANGUAGE": Setting("en", of_type(str), nullable=True),
    # Agency (as the dateline names it: "EFE", "dpa") -> the one language the
    # desk receives it in. Only for single-language feeds: dpa and AFP also
    # send English, so they are not listed by default.
    "WIRE_AGENCY_LANGUAGES": Setting({}, of_type(dict)),
    # Longest derived headline, in characters (see headline.py).
    "WIRE_HEADLINE_MAX": Setting(80, of_type(int)),
    # Sub-folder of PATH the Markdown files go to.
    "WIRE_CONTENT_SUBDIR": Setting("wire", of_type(str)),
    # Seconds an ingest waits for another one on the same content folder
    # before giving up (0: give up at once).
    "WIRE_LOCK_TIMEOUT": Setting(600, of_type(int, float)),
    # Processes converting dispatches at once; 0: one per core.
    "WIRE_WORKERS": Setting(0, of_type(int)),
    # Seconds of processor time one dispatch's conversion may take; one that
    # takes longer is quarantined, and converted again when the limit or the
    # converter changes. Real copy takes hundredths of a second. None: no limit.
    "WIRE_CONVERSION_TIME_LIMIT": Setting(60, of_type(int, float), nullable=True),
}

#: Each setting's default.
DEFAULTS = defaults(TABLE)


def check_settings(settings: dict) -> dict:
    """Return the WIRE_* settings with defaults filled in; raise
    :class:`SettingsError` naming any unknown or malformed one."""
    checked = check_table(settings, "wire", "WIRE_", TABLE)
    if checked["WIRE_WORKERS"] < 0:
        raise SettingsError("wire: setting WIRE_WORKERS must be 0 (one per core) or more")
    if checked["WIRE_LOCK_TIMEOUT"] < 0:
        raise SettingsError("wire: setting WIRE_LOCK_TIMEOUT must be 0 or more seconds")
    limit = checked["WIRE_CONVERSION_TIME_LIMIT"]
    if limit is not None and limit <= 0:
        raise SettingsError("wire: setting WIRE_CONVERSION_TIME_LIMIT must be a positive number of seconds, or None")
    if checked["WIRE_MAX_BYTES"] <= 0:
        raise SettingsError("wire: setting WIRE_MAX_BYTES must be a positive number of bytes")
    if not 20 <= checked["WIRE_HEADLINE_MAX"] <= 500:
        raise SettingsError("wire: setting WIRE_HEADLINE_MAX must be between 20 and 500")
    for code in checked["WIRE_LANGUAGES"]:
        if not isinstance(code, str) or len(code) != 2 or not supported(code):
            raise SettingsError(f"wire: WIRE_LANGUAGES has {code!r}, not an ISO 639-1 code the detector knows")
    default = checked["WIRE_DEFAULT_LANGUAGE"]
    if default is not None and default not in checked["WIRE_LANGUAGES"]:
        raise SettingsError(f"wire: WIRE_DEFAULT_LANGUAGE is {default!r}, not one of WIRE_LANGUAGES")
    for agency, code in checked["WIRE_AGENCY_LANGUAGES"].items():
        if not isinstance(agency, str) or code not in checked["WIRE_LANGUAGES"]:
            raise SettingsError(
                f"wire: WIRE_AGENCY_LANGUAGES has {agency!r}: {code!r}; write agency names with one of WIRE_LANGUAGES"
            )
    for ext in checked["WIRE_EXTENSIONS"]:
        if not isinstance(ext, str) or (ext and not ext.startswith(".")):
            raise SettingsError(f"wire: WIRE_EXTENSIONS has {ext!r}; write endings like '.txt' ('' for none)")
    subdir = checked["WIRE_CONTENT_SUBDIR"]
    if Path(subdir).is_absolute() or ".." in Path(subdir).parts:
        raise SettingsError("wire: WIRE_CONTENT_SUBDIR must be a folder inside PATH")
    return checked
