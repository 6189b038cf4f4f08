"""How the suite splits across pytest-xdist workers (``scripts/test`` runs ``-n N --dist loadfile``).

* Whole files go to one worker, in file order (``--dist loadfile``): an e2e module starts one bot for all its
  tests (module-scoped fixtures) and its tests build on each other's state.
* The tests that run several bot processes, SIGKILL them or cut their database (``HEAVY``) form one unit, so they
  run one after another on one worker and their timing is never squeezed by a second one beside them.
* Long units are queued first (``queue_position``; with ``--no-loadscope-reorder`` xdist keeps that order), so no
  worker is left finishing a long one alone at the end while the others idle.

Why not ``--dist loadgroup`` with ``xdist_group`` marks: with pytest 9.2 it silently stops grouping (it appends
the group to a node id that pytest no longer reads back; pytest-xdist issue 1386), so the groups are kept here,
in the scheduler, from the node ids alone.
"""

from __future__ import annotations

from typing import Any

import pytest

HEAVY = ("tests/processes/", "tests/delivery/test_kill_restart.py")
HEAVY_SCOPE = "heavy-processes"
_SHARED_SCOPES = frozenset({"class", "module", "package"})


def scope_of(nodeid: str) -> str:
    """The unit a test is scheduled in: its file, or the one heavy unit."""
    path = nodeid.split("::", 1)[0]
    return HEAVY_SCOPE if path.startswith(HEAVY) else path


def queue_position(item: pytest.Item) -> int:
    """0 for the heavy unit, 1 for files sharing a fixture across tests (a running bot, usually), 2 for the rest."""
    if scope_of(item.nodeid) == HEAVY_SCOPE:
        return 0
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.values() if info is not None else ()
    return 1 if any(d.scope in _SHARED_SCOPES for defs in definitions for d in defs) else 2


class SuiteScheduling:
    """Registered on the controlling process when xdist runs: the loadfile scheduler with the heavy unit."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_xdist_make_scheduler(self, config: pytest.Config, log: Any) -> Any:
        """Replace `--dist loadfile`'s scheduler; other modes keep xdist's own."""
        if config.getvalue("dist") != "loadfile":
            return None
        from xdist.scheduler import LoadFileScheduling

        class _Scheduling(LoadFileScheduling):
            def _split_scope(self, nodeid: str) -> str:
                return scope_of(nodeid)

        return _Scheduling(config, log)
