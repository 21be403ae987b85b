"""axe-core in the browser tests: inject the pinned copy that `make axe` fetched, run it, report violations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def axe_script() -> Path:
    """The axe.min.js `make axe` installed (AXE_JS, as `make test` passes it, or the newest under var/)."""
    if os.environ.get("AXE_JS"):
        path = Path(os.environ["AXE_JS"])
        candidates = [path if path.is_absolute() else ROOT / path]
    else:
        candidates = sorted(ROOT.glob("var/axe-core-*/axe.min.js"), key=lambda p: _version(p.parent.name))[-1:]
    if not candidates or not candidates[0].is_file():
        pytest.fail("axe-core is missing: run `make axe` (it fetches the pinned axe-core from the npm registry)")
    return candidates[0]


def _version(dirname: str) -> tuple[int, ...]:
    return tuple(int(part) for part in dirname.removeprefix("axe-core-").split(".") if part.isdigit())


def axe_violations(page) -> list[dict[str, Any]]:
    """axe's violations on the page as it is now, with every rule axe runs by default (WCAG A/AA and
    best practices), on the whole document."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(path=str(axe_script()))
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary})),
            }));
        }"""
    )


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"  {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"    {node['target']}  {summary[:300]}")
        if len(v["nodes"]) > 8:
            lines.append(f"    … and {len(v['nodes']) - 8} more nodes")
    return "\n".join(lines)


class AxeReport:
    """Violations of every page a test visits, asserted once at the end so one run shows them all."""

    def __init__(self) -> None:
        self.pages: dict[str, list[dict[str, Any]]] = {}
        self.checked: list[str] = []

    def check(self, page, name: str) -> None:
        self.checked.append(name)
        violations = axe_violations(page)
        if violations:
            self.pages[name] = violations

    def assert_clean(self) -> None:
        assert self.checked, "no page was checked"
        if self.pages:
            report = "\n".join(f"{name}:\n{describe(v)}" for name, v in self.pages.items())
            pytest.fail(f"axe-core found violations on {len(self.pages)} of {len(self.checked)} pages:\n{report}")
