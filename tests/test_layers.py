"""The layers import downwards only: the shared values and text helpers import no layer above them, places
(`bot.geo`) import nothing of extraction, and the pure layers (extraction, geo, domain) import no I/O."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"


def _imports(path: Path) -> set[str]:
    """Every module a source file imports, wherever the import statement stands (inside functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _files(*parts: str) -> list[Path]:
    target = BOT.joinpath(*parts)
    return [target] if target.suffix == ".py" else sorted(target.rglob("*.py"))


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        (("values.py",), ("bot.",)),
        (("text",), ("bot.extraction", "bot.geo", "bot.domain", "bot.storage", "bot.sources", "bot.telegram_ui")),
        (("geo",), ("bot.extraction", "bot.domain", "bot.storage", "bot.sources", "bot.telegram_ui")),
        (("extraction",), ("bot.domain", "bot.storage", "bot.sources", "bot.telegram_ui", "bot.delivery")),
        (("domain",), ("bot.extraction", "bot.storage", "bot.sources", "bot.telegram_ui", "bot.delivery")),
    ],
)
def test_a_layer_imports_nothing_above_it(layer: tuple[str, ...], forbidden: tuple[str, ...]) -> None:
    """No module of a layer imports a module of a layer above it."""
    offending = sorted(
        f"{path.relative_to(BOT)} imports {module}"
        for path in _files(*layer)
        for module in _imports(path)
        if module.startswith(forbidden) and not (layer == ("values.py",) and module == "bot.values")
    )
    assert offending == []
