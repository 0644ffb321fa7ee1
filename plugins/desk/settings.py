"""The desk's settings (the build process kept warm between builds): one
table of defaults, checked at start."""

from __future__ import annotations

from desk_common.settings_table import Setting, check_table


def _minutes(key: str, value) -> str | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value <= 24 * 60:
        return f"setting {key} must be a number of minutes above 0 and at most a day, or None, not {value!r}"
    return None


#: Every setting the desk reads: its default and its check.
TABLE = {
    # After `invoke build` run at a terminal has built the site, a warm
    # build process (`invoke warm`) stays beside the output for the next
    # builds, and stops once none was asked of it for this many minutes.
    # None: a build leaves none (`invoke warm` still starts one by hand).
    "DESK_KEEP_WARM": Setting(30, _minutes, nullable=True),
}


def check_settings(settings: dict) -> dict:
    """The DESK_* settings with defaults filled in; raise
    :class:`~desk_common.settings_table.SettingsError` naming any unknown or
    malformed one."""
    return check_table(settings, "desk", "DESK_", TABLE)
