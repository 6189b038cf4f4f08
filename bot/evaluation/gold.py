"""Labelled reports in the gold JSONL format: one case per line with its text, figures and traps."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


class GoldError(ValueError):
    """A gold line that cannot be read as a labelled case."""


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldFigure:
    """One labelled figure; fields a label leaves out are None and are not scored."""

    kind: str
    value: int | None
    qualifier: str | None
    group: str | None
    location: str | None
    country_iso3: str | None
    cumulative: bool | None
    projection: bool | None
    phrase: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldCase:
    """One labelled report."""

    id: str
    text: str
    published: dt.date | None
    country_iso3: str | None
    figures: tuple[GoldFigure, ...]
    traps: tuple[str, ...]
    ambiguous: tuple[str, ...] = ()  # statements either reading of which is right: neither rewarded nor penalized


def _optional_bool(data: dict[str, Any], key: str) -> bool | None:
    value = data.get(key)
    return None if value is None else bool(value)


def _figure(data: Any) -> GoldFigure:
    if not isinstance(data, dict) or "kind" not in data:
        raise GoldError("a figure without a kind")
    value = data.get("value")
    if value is not None and not isinstance(value, int):
        raise GoldError(f"figure value {value!r} is not an integer")
    location = data.get("location")
    if isinstance(location, dict):
        location = location.get("name")
    return GoldFigure(
        kind=str(data["kind"]),
        value=value,
        qualifier=data.get("qualifier"),
        group=data.get("group"),
        location=location,
        country_iso3=data.get("country_iso3"),
        cumulative=_optional_bool(data, "cumulative"),
        projection=_optional_bool(data, "projection"),
        phrase=data.get("span") if isinstance(data.get("span"), str) else None,
    )


def parse_case(line: str) -> GoldCase:
    """One gold line as a case; raises GoldError saying what is wrong."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldError(f"not JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise GoldError("a case needs a string 'text'")
    published = None
    if data.get("published"):
        try:
            published = dt.date.fromisoformat(str(data["published"])[:10])
        except ValueError as exc:
            raise GoldError(f"published {data['published']!r} is not YYYY-MM-DD") from exc
    figures = data.get("figures") or []
    if not isinstance(figures, list):
        raise GoldError("'figures' is not a list")
    return GoldCase(
        id=str(data.get("id", "")),
        text=data["text"],
        published=published,
        country_iso3=data.get("country_iso3"),
        figures=tuple(_figure(f) for f in figures),
        traps=tuple(str(t) for t in data.get("traps") or ()),
        ambiguous=tuple(_ambiguous_spans(data.get("ambiguous"))),
    )


def _ambiguous_spans(entries: Any) -> list[str]:
    """The phrases of a case's ``ambiguous`` list (entries are ``{"span", "reason"}`` objects or plain strings)."""
    if not isinstance(entries, list):
        return []
    spans = (entry.get("span") if isinstance(entry, dict) else entry for entry in entries)
    return [span for span in spans if isinstance(span, str) and span]


def read_cases(lines: Iterator[str]) -> Iterator[tuple[int, GoldCase | GoldError]]:
    """Each non-blank line's number and its case, or the error that stops it being one."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, parse_case(line)
        except GoldError as exc:
            yield number, exc
