"""The shape of the code (issue 12): the access policy's engine imports no context above it,
and no new import cycle appears between contexts (the Django apps under ``src/werkpad``).

A small AST walk of ``src/werkpad``: every ``import`` and ``from … import`` counts, also one
inside a function or under ``TYPE_CHECKING`` (a lazy import is still a dependency). Tests and
migrations are left out: tests may reach into any app, and migrations are frozen history.

Cycles are compared as the set of *cyclic edges*: the dependencies ``a -> b`` that lie on some
cycle (``b`` leads back to ``a``). Any new cycle needs a new dependency on it, so a new cycle
shows up as a cyclic edge that is not on ``KNOWN_CYCLIC_EDGES``; an edge that is no longer
cyclic must be taken off the list, so the list can only shrink. (Listing every elementary
cycle instead is not practical: today's graph has thousands.)
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import werkpad

ROOT = Path(werkpad.__file__).parent
CONTEXTS = frozenset(p.name for p in ROOT.iterdir() if (p / "apps.py").is_file())

ENGINE = ROOT / "access" / "policy" / "engine.py"
# What the policy engine may import from Werkpad: the layers below it. From ``access`` only the
# actor: the policy's other modules (rules, consent, texts, ...) import the contexts above, and
# importing them from the engine would bring those contexts back in through the back door.
ENGINE_MAY_IMPORT_CONTEXTS = frozenset({"organisations", "core", "audit"})
ENGINE_MAY_IMPORT_FROM_ACCESS = frozenset({"werkpad.access.actor"})

# Today's dependencies between contexts that lie on a cycle, with the modules that cause them
# (as of issue 12, item 2). Take an entry off when it stops being cyclic; never add one: a new
# cycle is a design change to make without the cycle (a registry, as the access rules do).
KNOWN_CYCLIC_EDGES: dict[tuple[str, str], str] = {
    # The policy's rules modules and consent helpers read the contexts' models (the engine
    # does not); the contexts ask the policy.
    ("access", "accounts"): "access/actor.py (the User model)",
    ("access", "audit"): "access/policy/engine.py (record_denied), access/breakglass.py",
    ("access", "clients"): "access/policy/ (consent, scopes, rules), access/services, views",
    ("access", "core"): "access/forms.py, access/views.py, access/policy/texts.py",
    ("access", "employment"): "access/policy/rules/employment.py, rules/portal.py",
    ("access", "organisations"): "access/actor.py, access/policy/engine.py (Role)",
    ("access", "trajectories"): "access/policy/ (consent, need_to_know), access/selectors, views",
    ("accounts", "access"): "accounts/selectors.py, services.py, views.py (the policy)",
    ("accounts", "audit"): "accounts/services.py, accounts/signals.py (the recorder)",
    ("accounts", "clients"): "accounts/selectors.py",
    ("accounts", "core"): "accounts/forms.py, services.py, views.py",
    ("accounts", "organisations"): "accounts/selectors.py, accounts/services.py",
    ("audit", "access"): "audit/recorder.py (breakglass), audit/selectors.py (the policy)",
    ("audit", "core"): "audit/forms.py",
    ("audit", "organisations"): "audit/models.py",
    ("clients", "access"): "clients/forms.py, selectors.py, services.py, views.py",
    ("clients", "accounts"): "clients/management/commands/generate_clients.py",
    ("clients", "audit"): "clients/selectors.py, clients/services.py",
    ("clients", "core"): "clients/models.py (crypto), forms.py, selectors.py",
    ("clients", "organisations"): "clients/models.py",
    ("clients", "trajectories"): "clients/selectors.py, services.py, views.py, generate_clients",
    # The context processor asks the policy and reads organisation types and roles; the
    # seed_demo command prints role labels (the demo itself, ``werkpad.demo``, is a package
    # outside the contexts: it imports them, they do not import it).
    ("core", "access"): "core/context_processors.py",
    ("core", "organisations"): "core/context_processors.py, seed_demo",
    ("employment", "access"): "employment/selectors/, services/, views/, wellbeing.py",
    ("employment", "accounts"): "employment/services/, wellbeing.py, generate_vacancies",
    ("employment", "audit"): "employment/selectors.py, services",
    ("employment", "clients"): "employment/models/",
    ("employment", "core"): "employment/forms/, models/, services/, views/",
    ("employment", "organisations"): "employment/models.py, services",
    ("employment", "portal"): "employment/selectors.py (disclosures)",
    ("employment", "trajectories"): "employment/models/, forms/, services/, instruments.py",
    ("organisations", "access"): "organisations/selectors.py, services.py, views.py",
    ("organisations", "accounts"): "organisations/services.py",
    ("organisations", "audit"): "organisations/services.py",
    ("organisations", "core"): "organisations/forms.py, services.py, views.py",
    ("portal", "access"): "portal/services/, portal/selectors/, portal/views/",
    ("portal", "accounts"): "portal/services/, portal/selectors/invitations.py",
    ("portal", "audit"): "portal/services/, portal/selectors/",
    ("portal", "clients"): "portal/models.py, services/, selectors/",
    ("portal", "core"): "portal/forms/, portal/models.py, services/, views/",
    ("portal", "employment"): "portal/selectors/, portal/export/, services/disclosure.py",
    ("portal", "organisations"): "portal/models.py, services/",
    ("portal", "trajectories"): "portal/models.py, services/, selectors/",
    ("trajectories", "access"): "trajectories/selectors/, services/, views/, digest.py",
    ("trajectories", "accounts"): "trajectories/services/, forms/, views/, digest.py",
    ("trajectories", "audit"): "trajectories/selectors/, services/",
    ("trajectories", "clients"): "trajectories/models/, forms/, selectors/",
    ("trajectories", "core"): "trajectories/models/, forms/, services/",
    ("trajectories", "organisations"): "trajectories/models/, services/",
}


def _module_of(path: Path) -> tuple[str, ...]:
    parts = ("werkpad", *path.relative_to(ROOT).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imported_modules(path: Path) -> Iterator[str]:
    """Every module ``path`` imports, relative imports made absolute."""
    module = _module_of(path)
    package = module if path.name == "__init__.py" else module[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                yield ".".join((*base, node.module) if node.module else base)
                if not node.module:  # ``from . import x``: x may be a module
                    yield from (".".join((*base, alias.name)) for alias in node.names)
            elif node.module:
                yield node.module
                if node.module == "werkpad":  # ``from werkpad import clients``
                    yield from (f"werkpad.{alias.name}" for alias in node.names)


def _context_of(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) > 1 and parts[0] == "werkpad" and parts[1] in CONTEXTS:
        return parts[1]
    return None


def _is_production_code(path: Path) -> bool:
    parts = path.relative_to(ROOT).parts
    return (
        parts[0] in CONTEXTS
        and "tests" not in parts
        and "migrations" not in parts
        and not parts[-1].startswith("test_")
        and parts[-1] != "conftest.py"
    )


@cache
def import_graph() -> dict[tuple[str, str], tuple[str, ...]]:
    """``(context, other context) -> the modules of context that import the other``."""
    graph: dict[tuple[str, str], set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if not _is_production_code(path):
            continue
        here = path.relative_to(ROOT).parts[0]
        for module in _imported_modules(path):
            there = _context_of(module)
            if there is not None and there != here:
                graph.setdefault((here, there), set()).add(str(path.relative_to(ROOT)))
    return {edge: tuple(sorted(files)) for edge, files in sorted(graph.items())}


def _path(graph: dict[tuple[str, str], tuple[str, ...]], start: str, goal: str) -> list[str]:
    """A shortest chain of dependencies from ``start`` to ``goal``, or ``[]``."""
    came_from: dict[str, str] = {start: start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            chain = [goal]
            while chain[-1] != start:
                chain.append(came_from[chain[-1]])
            return chain[::-1]
        for a, b in graph:
            if a == node and b not in came_from:
                came_from[b] = node
                queue.append(b)
    return []


def cyclic_edges(graph: dict[tuple[str, str], tuple[str, ...]]) -> set[tuple[str, str]]:
    """The dependencies that lie on a cycle: ``a -> b`` where ``b`` leads back to ``a``."""
    return {(a, b) for a, b in graph if _path(graph, b, a)}


def _describe(graph: dict[tuple[str, str], tuple[str, ...]]) -> str:
    lines = ["The import graph between contexts (context -> contexts it imports):"]
    for context in sorted(CONTEXTS):
        targets = sorted(b for a, b in graph if a == context)
        lines.append(f"  {context} -> {', '.join(targets) or '(nothing)'}")
    return "\n".join(lines)


def test_the_policy_engine_imports_no_context_above_it() -> None:
    assert ENGINE.is_file(), f"{ENGINE} moved: update this test"
    imported = set(_imported_modules(ENGINE))
    werkpad_modules = {m for m in imported if m.split(".")[0] == "werkpad"}
    assert "werkpad.organisations.models" in werkpad_modules, "the walk no longer sees imports"
    wrong = sorted(
        module
        for module in werkpad_modules
        if (context := _context_of(module)) is not None
        and context not in ENGINE_MAY_IMPORT_CONTEXTS
        and not any(
            module.startswith(f"{ok}.") or module == ok for ok in ENGINE_MAY_IMPORT_FROM_ACCESS
        )
    )
    assert not wrong, (
        "werkpad.access.policy.engine imports a context above it: "
        f"{', '.join(wrong)}. The engine knows no context; a context registers its scopes "
        "and rules from its module in access/policy/rules/ (decision 0003)."
    )


def test_no_new_import_cycle_between_contexts() -> None:
    graph = import_graph()
    assert ("access", "organisations") in graph, "the walk no longer sees imports"
    cyclic = cyclic_edges(graph)
    new = sorted(cyclic - KNOWN_CYCLIC_EDGES.keys())
    gone = sorted(KNOWN_CYCLIC_EDGES.keys() - cyclic)
    problems = []
    for a, b in new:
        back = " -> ".join(_path(graph, b, a))
        problems.append(f"new cycle: {a} -> {back} ({a} imports {b} in {', '.join(graph[a, b])})")
    for a, b in gone:
        problems.append(f"{a} -> {b} is no longer on a cycle: take it off KNOWN_CYCLIC_EDGES")
    assert not problems, "\n".join([*problems, _describe(graph)])


def test_only_entry_points_import_the_demo() -> None:
    """Data flows one way (issue 12, item 3): ``werkpad.demo`` imports the contexts and plays
    its stories through their services; a context's code does not import the demo, except a
    management command (an entry point: ``seed_demo``, the generators' default ggz)."""
    wrong = sorted(
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if _is_production_code(path)
        and "commands" not in path.relative_to(ROOT).parts
        and any(
            m == "werkpad.demo" or m.startswith("werkpad.demo.") for m in _imported_modules(path)
        )
    )
    assert not wrong, f"these modules import werkpad.demo: {', '.join(wrong)}"
    seed_command = ROOT / "core" / "management" / "commands" / "seed_demo.py"
    assert "werkpad.demo" in set(_imported_modules(seed_command)), "the walk misses the demo"
    # The demo's tables are plain rows: they call no service and know nothing of the players.
    calling = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "demo" / "data").rglob("*.py")
        if any(
            m.startswith("werkpad.demo.play") or ".services" in m for m in _imported_modules(path)
        )
    )
    assert not calling, f"demo tables that import services or players: {', '.join(calling)}"
