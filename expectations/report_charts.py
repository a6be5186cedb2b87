"""Charts for the run report pages, as inline SVG written by hand.

The pages must open on a machine with no network and no JavaScript allowed, so a
chart is a static ``<svg>`` element inside the HTML: no CDN, no script, no font
download, a few kilobytes per chart. Two shapes cover what operators look at:
lines (facts and articles per night) and stacked bars (quarantine reasons or seconds
per stage, per night). matplotlib would render the same to SVG, but it is a large
dependency and its SVG embeds every glyph as a path (tens of kilobytes per chart);
the charts here are simple enough that plain ``<rect>``, ``<polyline>`` and ``<text>``
are smaller and easier to test.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 190, 28, 44
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
MAX_X_LABELS = 12
SVG_NS = "http://www.w3.org/2000/svg"
"""The SVG namespace: an identifier, never fetched."""


def line_chart(
    title: str, labels: Sequence[str], series: Mapping[str, Sequence[float | None]], unit: str
) -> str:
    """One line per series over the labels (nights); a missing value breaks the line.

    Args:
        title: Heading of the chart, also its accessible name.
        labels: The x positions, in order (night dates as text).
        series: Name -> one value per label.
        unit: What the y axis counts, shown beside it.
    """
    top = max((v for values in series.values() for v in values if v is not None), default=0.0)
    scale = _Scale(labels, top)
    parts = [scale.axes(unit)]
    for i, (name, values) in enumerate(series.items()):
        colour = PALETTE[i % len(PALETTE)]
        runs: list[list[str]] = [[]]
        for x, value in enumerate(values):
            if value is None:
                runs.append([])
                continue
            px, py = scale.x_mid(x), scale.y(value)
            runs[-1].append(f"{px:.1f},{py:.1f}")
            parts.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}">'
                f"<title>{escape(_short_label(labels[x]))} {escape(name)}: {_number(value)}</title></circle>"
            )
        parts.extend(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(run)}"/>'
            for run in runs
            if len(run) > 1
        )
    parts.append(scale.legend(list(series)))
    return _svg(title, parts, kind="line")


def stacked_bar_chart(
    title: str, labels: Sequence[str], series: Mapping[str, Sequence[float]], unit: str
) -> str:
    """One bar per label, stacked by series (reason kinds, stages); hovering a part shows its value.

    Args:
        title: Heading of the chart, also its accessible name.
        labels: The x positions, in order (night dates as text).
        series: Name -> one value per label (0 when absent).
        unit: What the y axis counts.
    """
    totals = [sum(values[x] for values in series.values()) for x in range(len(labels))]
    scale = _Scale(labels, max(totals, default=0.0))
    parts = [scale.axes(unit)]
    bottoms = [0.0] * len(labels)
    width = f"{scale.bar_width:.1f}"
    for i, (name, values) in enumerate(series.items()):
        # One group per series carries its colour and name (the legend shows which is which),
        # so each bar holds only its box, night and value: 60 nights of 8 stages stay small.
        parts.append(f'<g fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(name)}</title>')
        for x, value in enumerate(values):
            if value <= 0:
                continue
            y_top, y_bottom = scale.y(bottoms[x] + value), scale.y(bottoms[x])
            parts.append(
                f'<rect x="{scale.x_left(x):.1f}" y="{y_top:.1f}" width="{width}" '
                f'height="{max(y_bottom - y_top, 0.5):.1f}"><title>{escape(_short_label(labels[x]))}: '
                f"{_number(value)}</title></rect>"
            )
            bottoms[x] += value
        parts.append("</g>")
    parts.append(scale.legend(list(series)))
    return _svg(title, parts, kind="bar")


class _Scale:
    """Maps nights to x and values to y inside the plot area, and draws axes and legend."""

    def __init__(self, labels: Sequence[str], top: float) -> None:
        self.labels = list(labels)
        self.top = _nice_top(top)
        self.plot_width = WIDTH - LEFT - RIGHT
        self.plot_height = HEIGHT - TOP - BOTTOM
        self.step = self.plot_width / max(len(self.labels), 1)
        self.bar_width = max(self.step * 0.7, 1.0)

    def x_left(self, index: int) -> float:
        return LEFT + index * self.step + (self.step - self.bar_width) / 2

    def x_mid(self, index: int) -> float:
        return LEFT + (index + 0.5) * self.step

    def y(self, value: float) -> float:
        return TOP + self.plot_height * (1 - value / self.top)

    def axes(self, unit: str) -> str:
        """Y ticks with grid lines, thinned night labels on x, the unit on y."""
        parts = []
        for i in range(5):
            value = self.top * i / 4
            y = self.y(value)
            parts.append(
                f'<line x1="{LEFT}" x2="{LEFT + self.plot_width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{_number(value)}</text>'
            )
        every = max(1, math.ceil(len(self.labels) / MAX_X_LABELS))
        for index, label in enumerate(self.labels):
            if index % every == 0 or index == len(self.labels) - 1:
                parts.append(
                    f'<text x="{self.x_mid(index):.1f}" y="{HEIGHT - BOTTOM + 16}" '
                    f'text-anchor="middle">{escape(_short_label(label))}</text>'
                )
        if not self.labels:
            parts.append(f'<text x="{LEFT + 10}" y="{TOP + 20}">no nights recorded yet</text>')
        parts.append(
            f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + self.plot_height}" stroke="#888"/>'
            f'<line x1="{LEFT}" x2="{LEFT + self.plot_width}" y1="{TOP + self.plot_height}" '
            f'y2="{TOP + self.plot_height}" stroke="#888"/>'
            f'<text x="8" y="{TOP - 10}">{escape(unit)}</text>'
        )
        if self.labels:
            span = self.labels[0] if len(self.labels) == 1 else f"{self.labels[0]} to {self.labels[-1]}"
            parts.append(
                f'<text x="{LEFT + self.plot_width / 2:.1f}" y="{HEIGHT - 8}" '
                f'text-anchor="middle" fill="#666">nights {escape(span)}</text>'
            )
        return "".join(parts)

    def legend(self, names: Sequence[str]) -> str:
        """Colour keys to the right of the plot, long names cut (the full name is in the hover title)."""
        parts = []
        x = LEFT + self.plot_width + 14
        for i, name in enumerate(names[:12]):
            y = TOP + i * 18
            short = name if len(name) <= 26 else name[:25] + "…"
            parts.append(
                f'<rect x="{x}" y="{y}" width="10" height="10" fill="{PALETTE[i % len(PALETTE)]}"/>'
                f'<text x="{x + 16}" y="{y + 9}"><title>{escape(name)}</title>{escape(short)}</text>'
            )
        return "".join(parts)


def _svg(title: str, parts: Sequence[str], *, kind: str) -> str:
    """The chart as a figure: an SVG with a title (read by screen readers) and a caption."""
    return (
        f'<figure class="chart"><svg xmlns="{SVG_NS}" role="img" data-chart="{kind}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'font-family="sans-serif" font-size="11"><title>{escape(title)}</title>'
        f"{''.join(parts)}</svg><figcaption>{escape(title)}</figcaption></figure>"
    )


def _short_label(label: str) -> str:
    """A night as MM-DD (the year is in the axis caption); other labels as they are."""
    return label[5:] if len(label) == 10 and label[4] == "-" else label


def _nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _number(value: float) -> str:
    """A tick or hover value: whole numbers without decimals, others with up to 3 significant digits."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3g}"
