"""The shape of the code (issue 12; decision 0038): the contexts (the Django apps under
``src/werkpad``) are layers, and the access policy is the one mediator between them.

* Leaving out ``access``, the import graph between contexts has no cycle, and every import goes
  to a context lower in ``LAYERS``. The policy's rules modules read every context's models and
  every context asks the policy (decision 0003): ``access`` is the one node allowed both ways.
* The policy's *engine* imports no context above it.
* Nothing imports the demo (``werkpad.demo``): it imports the contexts and plays its stories
  through their services.

A lower context shows what a higher one knows through a registry the higher one fills at
start-up (``core/registry.py``; ``core/tests/test_contributions.py`` checks they are filled).

A small AST walk of ``src/werkpad``: every ``import`` and ``from … import`` counts, also one
inside a function or under ``TYPE_CHECKING`` (a lazy import is still a dependency). Tests and
migrations are left out: tests may reach into any app, and migrations are frozen history.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path

import werkpad

ROOT = Path(werkpad.__file__).parent
CONTEXTS = frozenset(p.name for p in ROOT.iterdir() if (p / "apps.py").is_file())

# The one mediator: every context asks the access policy, and its rules read every context.
MEDIATOR = "access"
# The layers, lowest first: a context imports only contexts in a layer to its left (and the
# mediator). A new context gets its place here (``docs/ARCHITECTURE.md``, "Adding a new
# context"); contexts in one layer do not import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("core",),
    ("audit",),
    ("accounts",),
    ("organisations",),
    ("clients",),
    ("trajectories",),
    ("employment",),
    ("portal",),
    # The regional network reads organisations, clients and trajectories (the caseload names
    # its question check compares), never the other way round.
    ("network",),
    ("api", "demo"),
)
LAYER_OF = {context: rank for rank, layer in enumerate(LAYERS) for context in layer}

ENGINE = ROOT / "access" / "policy" / "engine.py"
# What the policy engine may import from Werkpad: the layers below every context that asks it
# (the audit recorder writes denied attempts). From ``access`` only the actor and the roles:
# the policy's other modules (rules, consent, texts, ...) import the contexts above, and
# importing them from the engine would bring those contexts back in through the back door.
ENGINE_MAY_IMPORT_CONTEXTS = frozenset({"core", "audit"})
ENGINE_MAY_IMPORT_FROM_ACCESS = frozenset({"werkpad.access.actor", "werkpad.access.roles"})


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
def imports_between_contexts() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """``(context, other context) -> ((file of context, module of the other it imports), ...)``."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if not _is_production_code(path):
            continue
        here = path.relative_to(ROOT).parts[0]
        for module in _imported_modules(path):
            there = _context_of(module)
            if there is not None and there != here:
                found.setdefault((here, there), set()).add((str(path.relative_to(ROOT)), module))
    return {edge: tuple(sorted(pairs)) for edge, pairs in sorted(found.items())}


@cache
def import_graph() -> dict[tuple[str, str], tuple[str, ...]]:
    """``(context, other context) -> the modules of context that import the other``."""
    return {
        edge: tuple(sorted({file for file, _module in pairs}))
        for edge, pairs in imports_between_contexts().items()
    }


def without_mediator(
    graph: dict[tuple[str, str], tuple[str, ...]],
) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(a, b): files for (a, b), files in graph.items() if MEDIATOR not in (a, b)}


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


def _how(a: str, b: str) -> str:
    """Which modules of ``a`` import which of ``b``: the first two, and how many more."""
    pairs = imports_between_contexts()[a, b]
    shown = [f"werkpad/{file} imports {module}" for file, module in pairs[:2]]
    more = f" (and {len(pairs) - 2} more)" if len(pairs) > 2 else ""
    return "; ".join(shown) + more


def describe_cycle(graph: dict[tuple[str, str], tuple[str, ...]], a: str, b: str) -> str:
    """The cycle through ``a -> b`` as a chain of contexts, then of the modules making it."""
    contexts = [a, *_path(graph, b, a)]
    steps = "\n".join(f"    {x} -> {y}: {_how(x, y)}" for x, y in pairwise(contexts))
    return f"  {' -> '.join(contexts)}\n{steps}"


def _describe(graph: dict[tuple[str, str], tuple[str, ...]]) -> str:
    lines = [f"The import graph between contexts, without {MEDIATOR} (context -> it imports):"]
    for context in sorted(CONTEXTS - {MEDIATOR}, key=lambda c: (LAYER_OF.get(c, -1), c)):
        targets = sorted((b for a, b in graph if a == context), key=lambda c: LAYER_OF.get(c, -1))
        lines.append(f"  {context} -> {', '.join(targets) or '(nothing)'}")
    return "\n".join(lines)


def test_the_policy_engine_imports_no_context_above_it() -> None:
    assert ENGINE.is_file(), f"{ENGINE} moved: update this test"
    imported = set(_imported_modules(ENGINE))
    werkpad_modules = {m for m in imported if m.split(".")[0] == "werkpad"}
    assert "werkpad.audit.recorder" in werkpad_modules, "the walk no longer sees imports"
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


def test_every_context_has_its_place_in_the_layers() -> None:
    placed = set(LAYER_OF) | {MEDIATOR}
    missing = CONTEXTS - placed
    assert not missing, (
        f"contexts without a place in LAYERS: {', '.join(sorted(missing))}. Give "
        "a new context its layer (docs/ARCHITECTURE.md, 'Adding a new context')."
    )
    unknown = placed - CONTEXTS
    assert not unknown, f"LAYERS names what is no context: {', '.join(sorted(unknown))}"


def test_no_import_cycle_between_contexts_besides_the_mediator() -> None:
    graph = without_mediator(import_graph())
    assert ("trajectories", "clients") in graph, "the walk no longer sees imports"
    cyclic = cyclic_edges(graph)
    cycles: dict[frozenset[str], str] = {}
    for a, b in sorted(cyclic):
        members = frozenset([a, *_path(graph, b, a)])
        cycles.setdefault(members, describe_cycle(graph, a, b))
    assert not cycles, "\n".join(
        [
            f"Import cycles between contexts (leaving out {MEDIATOR}); a lower context shows "
            "what a higher one knows through a registry the higher one fills at start-up "
            "(core/registry.py, decision 0038):",
            *cycles.values(),
            _describe(graph),
        ]
    )


def test_every_import_goes_to_a_lower_layer() -> None:
    graph = without_mediator(import_graph())
    wrong = [
        f"  {a} imports {b}, which is not below it: {_how(a, b)}"
        for a, b in graph
        if a in LAYER_OF and b in LAYER_OF and LAYER_OF[b] >= LAYER_OF[a]
    ]
    order = " < ".join("/".join(layer) for layer in LAYERS)
    assert not wrong, "\n".join(
        [f"Imports against the layer order {order} (and {MEDIATOR}):", *wrong, _describe(graph)]
    )


def test_nothing_imports_the_demo() -> None:
    """Data flows one way (issue 12, item 3): ``werkpad.demo`` imports the contexts and plays
    its stories through their services; no other code imports it, the management commands
    that play it (``seed_demo``, ``generate_clients``, ``generate_vacancies``) live in it."""
    wrong = sorted(
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if _is_production_code(path)
        and path.relative_to(ROOT).parts[0] != "demo"
        and any(
            m == "werkpad.demo" or m.startswith("werkpad.demo.") for m in _imported_modules(path)
        )
    )
    assert not wrong, f"these modules import werkpad.demo: {', '.join(wrong)}"
    seed_command = ROOT / "demo" / "management" / "commands" / "seed_demo.py"
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
