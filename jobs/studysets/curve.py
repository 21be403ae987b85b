"""The book-vocabulary curve as drawing coordinates, for a server-rendered SVG (no script, no chart library).

x: sentences learned, in the order the set chose them; y: share of the book's word tokens the learner
understands (known words included).
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 14, 36


@dataclass(frozen=True)
class Mark:
    label: str
    x: float
    y: float
    sentences: int
    near_right: bool = False  # the label ends at the point instead of starting there

    @property
    def label_x(self) -> float:
        return self.x - 6 if self.near_right else self.x + 6

    @property
    def label_y(self) -> float:
        return self.y + 14

    @property
    def anchor(self) -> str:
        return "end" if self.near_right else "start"


def drawing(study_set) -> dict | None:
    """Coordinates of the set's curve, or None when it has none (not a finished book vocabulary set)."""
    points = study_set.curve or []
    if study_set.mode != "book" or len(points) < 2:
        return None
    last = max(points[-1][0], 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(n: float) -> float:
        return round(LEFT + plot_w * n / last, 1)

    def y(percent: float) -> float:
        return round(TOP + plot_h * (1 - percent / 100), 1)

    reached = dict((int(n), p) for n, p in points)  # every mark's point is kept when the curve is thinned
    marks = [
        Mark(f"{label}%", x(n), y(reached.get(n, float(label))), n, n > last * 0.8)
        for label, n in sorted((study_set.marks or {}).items(), key=lambda kv: int(kv[0]))
        if n is not None
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "polyline": " ".join(f"{x(n)},{y(p)}" for n, p in points),
        "marks": marks,
        "set_x": x(min(study_set.sentence_count, last)),
        "x_ticks": [(x(n), n) for n in _ticks(last)],
        "y_ticks": [(y(p), p) for p in (0, 25, 50, 75, 100)],
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "bottom": HEIGHT - BOTTOM,
        "start": points[0][1],
        "y_label_x": LEFT - 6,
        "x_label_y": HEIGHT - BOTTOM + 16,
        "caption_y": HEIGHT - 4,
    }


def _ticks(last: int) -> list[int]:
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000) if last / s <= 6), 10_000)
    return list(range(0, last + 1, step))
