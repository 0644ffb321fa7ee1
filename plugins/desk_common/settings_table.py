"""A plugin's settings as one table: each setting's default and its check.
One function fills in defaults and names any unknown or malformed setting
with :class:`SettingsError`, for every plugin."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class SettingsError(Exception):
    """A plugin's setting is unknown or malformed; the message names it and
    says what it should be."""


@dataclass(frozen=True)
class Setting:
    """One setting: its default; ``check`` returns what is wrong with a
    value (the message after the plugin's name) or None; ``nullable``: None
    is accepted (and kept); ``convert`` makes the checked value's form."""

    default: Any
    check: Callable[[str, Any], str | None]
    nullable: bool = False
    convert: Callable[[Any], Any] | None = None


def check_table(settings: dict, plugin: str, prefix: str, table: dict[str, Setting], ignore=()) -> dict:
    """The settings of ``table`` with defaults filled in. Raises
    :class:`SettingsError` "``plugin``: ..." for a setting starting with
    ``prefix`` the table does not know (``ignore`` aside), or a value its
    check refuses."""
    unknown = sorted(key for key in settings if key.startswith(prefix) and key not in table and key not in ignore)
    if unknown:
        raise SettingsError(
            f"{plugin}: unknown setting(s) {', '.join(unknown)}; known settings are {', '.join(sorted(table))}"
        )
    checked = {}
    for key, setting in table.items():
        value = settings.get(key, setting.default)
        if value is None and setting.nullable:
            checked[key] = None
            continue
        problem = setting.check(key, value)
        if problem:
            raise SettingsError(f"{plugin}: {problem}")
        checked[key] = setting.convert(value) if setting.convert else value
    return checked


def defaults(table: dict[str, Setting]) -> dict:
    """Each setting's default."""
    return {key: setting.default for key, setting in table.items()}


def of_type(*types: type) -> Callable[[str, Any], str | None]:
    """A check that the value is one of ``types`` (never a bool for int)."""

    def check(key: str, value) -> str | None:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            return f"setting {key} must be {' or '.join(t.__name__ for t in types)}, not {value!r}"
        return None

    return check
