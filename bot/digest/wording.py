"""How a figure reads in a digest: "at least 23 civilians killed", "2,000–4,000 displaced" (plain text, unescaped)."""

from __future__ import annotations

from bot.extraction.model import Group, Kind, Location, Qualifier

KIND_LABELS: dict[Kind, str] = {
    Kind.KILLED: "killed",
    Kind.INJURED: "injured",
    Kind.MISSING: "missing",
    Kind.DISPLACED: "displaced",
    Kind.EVACUATED: "evacuated",
    Kind.SHELTERED: "sheltered",
    Kind.HOMELESS: "homeless",
    Kind.RETURNED: "returned",
    Kind.HOUSES_DESTROYED: "houses destroyed",
    Kind.HOUSES_DAMAGED: "houses damaged",
}

_QUALIFIER_WORDS: dict[Qualifier, str] = {
    Qualifier.EXACT: "",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.ABOUT: "about ",
    Qualifier.UP_TO: "up to ",
    Qualifier.LESS_THAN: "fewer than ",
    Qualifier.RANGE: "",
    Qualifier.VAGUE: "",
}

# Units that read as "N <unit> killed"; people is the default and stays implicit.
_GROUP_WORDS: dict[Group, str] = {
    Group.PEOPLE: "",
    Group.CIVILIANS: "civilians",
    Group.CHILDREN: "children",
    Group.WOMEN: "women",
    Group.FIGHTERS: "fighters",
    Group.HOUSEHOLDS: "households",
    Group.FAMILIES: "families",
}


def amount(value: int | None, value_max: int | None, qualifier: Qualifier) -> str:
    """The number with its hedge: "at least 23", "2,000–4,000", "an unstated number"."""
    if value is None:
        return "an unstated number"
    if qualifier is Qualifier.RANGE and value_max is not None and value_max != value:
        return f"{value:,}–{value_max:,}"
    return f"{_QUALIFIER_WORDS[qualifier]}{value:,}"


def figure_phrase(
    *, kind: Kind, value: int | None, value_max: int | None, qualifier: Qualifier, group: Group, projection: bool
) -> str:
    """A figure as a short phrase, e.g. "about 350,000 displaced" or "up to 650,000 could be displaced"."""
    unit = "" if kind in (Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED) else _GROUP_WORDS[group]
    number = amount(value, value_max, qualifier)
    if value is None and unit:
        number = f"{number} of"
    subject = f"{number} {unit}".rstrip()
    verb = "could be " if projection else ""
    return f"{subject} {verb}{KIND_LABELS[kind]}"


def place_phrase(place: Location | None) -> str:
    """A place as "town, region, country" without repeats; "place unknown" when there is none."""
    if place is None:
        return "place unknown"
    parts = [place.name]
    if place.admin1 and place.admin1 != place.name:
        parts.append(place.admin1)
    if place.country_iso3 and place.country_iso3 not in parts:
        parts.append(place.country_iso3)
    return ", ".join(parts)
