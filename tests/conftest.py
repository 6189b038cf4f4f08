"""Suite-wide fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot import redaction


@pytest.fixture(autouse=True)
def _forget_registered_secrets() -> Iterator[None]:
    """Tokens a test registers (loading settings does) are forgotten after it, so tests stay independent."""
    before = redaction._active
    yield
    redaction._active = before
