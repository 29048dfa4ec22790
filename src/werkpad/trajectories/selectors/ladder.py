"""The participatieladder on the trajectory page: the professional's and the client's own view
side by side, the steps up, and a small chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..models import LadderAssessment, Perspective


@dataclass
class LadderPoint:
    assessed_on: date
    professional: int | None = None
    client: int | None = None


def ladder_table(assessments: list[LadderAssessment]) -> list[LadderPoint]:
    """Assessments per date, the professional's and the client's own view side by side."""
    points: dict[date, LadderPoint] = {}
    for a in assessments:
        point = points.setdefault(a.assessed_on, LadderPoint(a.assessed_on))
        if a.perspective == Perspective.CLIENT:
            point.client = a.step
        else:
            point.professional = a.step
    return [points[d] for d in sorted(points)]


def ladder_steps_up(assessments: list[LadderAssessment]) -> set[int]:
    """Ids of professional assessments higher than the professional one before: successes."""
    ups: set[int] = set()
    previous: int | None = None
    for a in sorted(assessments, key=lambda a: (a.assessed_on, a.pk)):
        if a.perspective != Perspective.PROFESSIONAL:
            continue
        if previous is not None and a.step > previous:
            ups.add(a.pk)
        previous = a.step
    return ups


@dataclass
class LadderChart:
    """A small line chart of the ladder (the table beside it carries the same data)."""

    width: int
    height: int
    professional: str  # SVG polyline points
    client: str
    dots: list[tuple[int, int, str]]  # x, y, series
    axis: list[tuple[int, int]] = field(default_factory=list)  # step, y of its label


def ladder_chart(points: list[LadderPoint]) -> LadderChart:
    step_height, top, left = 28, 14, 40
    gap = 64
    width = left * 2 + gap * max(len(points) - 1, 1)

    def y(step: int) -> int:
        return top + (6 - step) * step_height

    series: dict[str, list[tuple[int, int]]] = {"professional": [], "client": []}
    for i, point in enumerate(points):
        x = left + i * gap
        if point.professional:
            series["professional"].append((x, y(point.professional)))
        if point.client:
            series["client"].append((x, y(point.client)))
    dots = [(x, yy, name) for name, xy in series.items() for x, yy in xy]
    return LadderChart(
        axis=[(step, y(step)) for step in range(1, 7)],
        width=width,
        height=top * 2 + 5 * step_height,
        professional=" ".join(f"{x},{yy}" for x, yy in series["professional"]),
        client=" ".join(f"{x},{yy}" for x, yy in series["client"]),
        dots=dots,
    )
