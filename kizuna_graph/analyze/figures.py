"""Figures of the analysis (matplotlib): the plan tree and the cross-link network, as PNG and SVG bytes.

Japanese text needs a font with Japanese glyphs, or matplotlib draws empty boxes ("tofu"). :func:`japanese_font`
picks one from the fonts matplotlib knows — a preferred family first (:data:`PREFERRED_FAMILIES`), else any
font that has the glyphs — and checks the glyphs with FreeType; if none is installed it raises
:class:`~kizuna_graph.errors.ExportError` saying what to install (Debian/Ubuntu: ``fonts-noto-cjk``).

The files are deterministic: SVG ids come from a fixed ``svg.hashsalt``, text is drawn as paths, and neither
format records a date or the matplotlib version (``metadata``), so the same analysis gives the same bytes.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from matplotlib import font_manager, rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font, LoadFlags
from matplotlib.text import Text as MplText

if TYPE_CHECKING:
    from matplotlib.ft2font import GlyphIndexType

from kizuna_graph.analyze.crosslinks import CrossLink, Scope
from kizuna_graph.analyze.network import Communities
from kizuna_graph.errors import ExportError
from kizuna_graph.plan.view import Kind, PlanView

__all__ = [
    "PREFERRED_FAMILIES",
    "SAMPLE",
    "JapaneseFont",
    "cross_link_figure",
    "japanese_font",
    "plan_tree_figure",
]

#: Font families tried first, in order (sans-serif Japanese fonts common on Linux, macOS and Windows).
PREFERRED_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "IPAPGothic",
    "Source Han Sans JP",
    "TakaoGothic",
    "VL Gothic",
    "Hiragino Sans",
    "Yu Gothic",
    "Meiryo",
)
#: Characters a font must have to be used: kanji, hiragana, katakana and full-width punctuation of the plan.
SAMPLE = "見守り絆づくりネットワーク構築・（）"
INSTALL_HINT = (
    "install a Japanese font and run again: on Debian/Ubuntu `apt-get install fonts-noto-cjk` "
    "(or fonts-ipafont); then, if matplotlib still does not see it, delete its font cache "
    "(~/.cache/matplotlib/fontlist-*.json)"
)

_GOAL_COLOURS = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860")
_RC = {
    "svg.hashsalt": "kizuna-graph",
    "svg.fonttype": "path",
    "path.simplify": True,
    "axes.unicode_minus": False,
}
_PNG_METADATA = {"Software": None}
_SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}


@dataclass(frozen=True, slots=True)
class JapaneseFont:
    family: str
    path: str


def has_glyphs(path: str, text: str = SAMPLE) -> bool:
    """Whether the font file draws every character of ``text`` with a glyph of its own (first face).

    Having a glyph index is not enough: a fallback font such as matplotlib's "Last Resort" (bundled since
    3.10) maps every character to a placeholder box, one per Unicode block, so 見 and 守 get the same glyph.
    A font passes when no character of ``text`` is drawn as its ``.notdef`` glyph and different characters
    are drawn with different outlines.
    """
    try:
        font = FT2Font(path)
    except (OSError, RuntimeError):
        return False
    indices = [font.get_char_index(ord(ch)) for ch in dict.fromkeys(text)]
    if 0 in indices:
        return False
    outlines = [_outline(font, index) for index in indices]
    return _outline(font, cast("GlyphIndexType", 0)) not in outlines and len(set(outlines)) == len(outlines)


def _outline(font: FT2Font, index: GlyphIndexType) -> bytes:
    """The unhinted outline of glyph ``index``, as bytes to compare."""
    font.set_size(32, 72)
    font.load_glyph(index, LoadFlags.NO_HINTING)
    vertices, codes = font.get_path()
    return bytes(memoryview(vertices.round(2).tobytes())) + codes.tobytes()


def japanese_font() -> JapaneseFont:
    """A regular-weight font with Japanese glyphs, preferred families first; :class:`ExportError` if none."""
    entries = font_manager.fontManager.ttflist

    def rank(entry: font_manager.FontEntry) -> tuple[int, int, str]:
        family = (
            PREFERRED_FAMILIES.index(entry.name)
            if entry.name in PREFERRED_FAMILIES
            else len(PREFERRED_FAMILIES)
        )
        weight = entry.weight if isinstance(entry.weight, int) else 400
        return family, abs(weight - 400), entry.fname

    for entry in sorted(entries, key=rank):
        if entry.style == "normal" and has_glyphs(entry.fname):
            return JapaneseFont(entry.name, entry.fname)
    raise ExportError(
        f"no font with Japanese glyphs found for the figures (fallback fonts that draw boxes, such as "
        f"matplotlib's Last Resort, do not count): {INSTALL_HINT}"
    )


def _rc(font: JapaneseFont) -> Any:
    """The rc parameters of every figure: determinism settings and the Japanese font."""
    return {**_RC, "font.family": [font.family]}


def _figure(width: float, height: float) -> tuple[Figure, Axes]:
    """A figure on its own Agg canvas: no pyplot, no global backend or figure registry touched."""
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    return figure, figure.subplots()


def _render(figure: Figure) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for suffix, metadata in (("png", _PNG_METADATA), ("svg", _SVG_METADATA)):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=suffix, dpi=150, metadata=metadata)
        out[suffix] = buffer.getvalue()
    return out


def _right_edge(figure: Figure, axes: Axes, text: MplText) -> float:
    """The x (data coordinates) of the right edge of a drawn text, plus the padding of its box."""
    extent = text.get_window_extent(renderer=figure.canvas.get_renderer())  # type: ignore[attr-defined]
    pad = 0.3 * float(text.get_fontsize()) * figure.dpi / 72
    return float(axes.transData.inverted().transform((extent.x1 + pad, extent.y0))[0])


def plan_tree_figure(structure: PlanView, font: JapaneseFont) -> dict[str, bytes]:
    """Goals → policies → measures, left to right; a measure under two policies gets a second, red edge."""
    measures = structure.of_kind(Kind.MEASURE)
    goals = structure.of_kind(Kind.GOAL)
    colour = {g.iri: _GOAL_COLOURS[i % len(_GOAL_COLOURS)] for i, g in enumerate(goals)}
    with rc_context(_rc(font)):
        figure, axes = _figure(12.5, 0.42 * len(measures) + 1.6)
        figure.subplots_adjust(left=0.01, right=0.99, top=0.93, bottom=0.01)  # fixed: edges use text extents
        axes.set_xlim(-0.05, 3.05)
        axes.set_ylim(-len(measures) + 0.4, 0.9)
        axes.axis("off")
        y: dict[object, float] = {m.iri: -row for row, m in enumerate(measures)}
        for kind in (Kind.POLICY, Kind.GOAL):
            for element in structure.of_kind(kind):
                below = [c.iri for c in structure.children_of(element.iri) if c.iri in y]
                first = [c for c in below if structure.parents[c][0] == element.iri] or below
                y[element.iri] = sum(y[c] for c in first) / len(first) if first else 0.0
        x = {Kind.GOAL: 0.0, Kind.POLICY: 0.9, Kind.MEASURE: 1.95}
        right: dict[object, float] = {}
        for kind in (Kind.GOAL, Kind.POLICY):
            for element in structure.of_kind(kind):
                goal = element.iri if kind is Kind.GOAL else structure.parents[element.iri][0]
                text = axes.text(
                    x[kind],
                    y[element.iri],
                    f"{element.notation}  {element.label.ja}",
                    ha="left",
                    va="center",
                    fontsize=9 if kind is Kind.POLICY else 10,
                    bbox={
                        "boxstyle": "round,pad=0.3",
                        "facecolor": colour[goal],
                        "alpha": 0.18,
                        "edgecolor": colour[goal],
                    },
                    zorder=2,
                )
                right[element.iri] = _right_edge(figure, axes, text)
        acting = structure.actors(Kind.ACTION)
        for measure in measures:
            actors = [a.actor_id for a in structure.children_of(measure.iri, Kind.ACTION)]
            counts = "・".join(
                f"{actor.label.ja}{actors.count(actor.notation)}"
                for actor in acting
                if actor.notation in actors
            )
            multi = len(structure.parents[measure.iri]) > 1
            axes.text(
                x[Kind.MEASURE],
                y[measure.iri],
                f"{measure.notation}  {measure.label.ja}（{counts}）",
                ha="left",
                va="center",
                fontsize=9,
                color="#C0392B" if multi else "#222222",
                fontweight="bold" if multi else "normal",
                zorder=2,
            )
            for position, parent in enumerate(structure.parents[measure.iri]):
                second = position > 0
                axes.plot(
                    [right[parent] + 0.01, x[Kind.MEASURE] - 0.02],
                    [y[parent], y[measure.iri]],
                    color="#C0392B" if second else "#9A9A9A",
                    linewidth=1.8 if second else 0.8,
                    linestyle="--" if second else "-",
                    zorder=1,
                )
        for policy in structure.of_kind(Kind.POLICY):
            goal = structure.parents[policy.iri][0]
            axes.plot(
                [right[goal] + 0.01, x[Kind.POLICY] - 0.02],
                [y[goal], y[policy.iri]],
                color="#9A9A9A",
                linewidth=0.8,
                zorder=1,
            )
        names_ja = "・".join(actor.label.ja for actor in acting)
        names_en = " and ".join(f"{actor.label.en or actor.notation} {actor.label.ja}" for actor in acting)
        axes.set_title(
            f"計画の体系：基本目標 → 施策 → 取り組み（括弧内は番号付きの取り組みの数：{names_ja}）\n"
            f"Plan tree: goals → policies → measures (numbered actions by {names_en}); "
            "red dashed edge = a measure listed under a second policy",
            fontsize=10,
            loc="left",
        )
        return _render(figure)


def cross_link_figure(
    structure: PlanView,
    links: list[CrossLink],
    communities: Communities,
    font: JapaneseFont,
    *,
    min_strength: float,
    annotate: int = 3,
) -> dict[str, bytes]:
    """Measures on a circle in the plan's order, coloured by goal; cross-links as chords, width ∝ strength."""
    measures = structure.of_kind(Kind.MEASURE)
    goals = structure.of_kind(Kind.GOAL)
    colour = {g.iri: _GOAL_COLOURS[i % len(_GOAL_COLOURS)] for i, g in enumerate(goals)}
    community = {m.iri: i for i, group in enumerate(communities.members, start=1) for m in group}
    position = {}
    for index, measure in enumerate(measures):
        angle = math.pi / 2 - 2 * math.pi * (index + 0.5) / len(measures)
        position[measure.iri] = (math.cos(angle), math.sin(angle))
    shown = [link for link in links if float(link.strength) >= min_strength]
    with rc_context(_rc(font)):
        figure, axes = _figure(13, 12)
        for link in sorted(shown, key=lambda lk: float(lk.strength)):
            (xa, ya), (xb, yb) = position[link.a.iri], position[link.b.iri]
            cross = link.scope is Scope.CROSS_GOAL
            axes.plot(
                [xa, xb],
                [ya, yb],
                color="#C0392B" if cross else "#7F8C8D",
                linewidth=0.6 + 5 * float(link.strength),
                alpha=0.75 if cross else 0.5,
                zorder=1,
            )
        for measure in measures:
            xm, ym = position[measure.iri]
            goal = communities.goal_of[measure.iri]
            axes.scatter(
                [xm], [ym], s=300, color=colour[goal.iri], edgecolors="white", linewidths=1.5, zorder=3
            )
            axes.text(
                xm,
                ym,
                str(community[measure.iri]),
                ha="center",
                va="center",
                fontsize=8.5,
                color="white",
                fontweight="bold",
                zorder=4,
            )
            ha = "left" if xm > 0.05 else "right" if xm < -0.05 else "center"
            axes.text(
                1.1 * xm,
                1.1 * ym,
                f"{measure.notation} {measure.label.ja}",
                ha=ha,
                va="center",
                fontsize=9.5,
                zorder=4,
            )
        for goal in goals:
            axes.scatter(
                [], [], s=120, color=colour[goal.iri], label=f"基本目標{goal.notation} {goal.label.ja}"
            )
        axes.plot([], [], color="#C0392B", linewidth=2, label="目標をまたぐ関連 cross-goal link")
        axes.plot([], [], color="#7F8C8D", linewidth=2, label="同じ目標内の関連 link within a goal")
        axes.legend(loc="upper left", bbox_to_anchor=(0.0, 1.0), fontsize=9, frameon=False)
        notes = ["最も強い目標横断の関連 strongest cross-goal links:"]
        for rank, link in enumerate([lk for lk in shown if lk.scope is Scope.CROSS_GOAL][:annotate], start=1):
            shared = "、".join(c.label.ja for c in link.shared)
            notes.append(
                f"{rank}. {link.a.notation} {link.a.label.ja} ⇔ {link.b.notation} {link.b.label.ja}"
                f"（強さ {link.strength}）：{shared}"
            )
        axes.text(-2.05, -1.42, "\n".join(notes), fontsize=9, va="top", ha="left", linespacing=1.6)
        axes.set_title(
            f"取り組み間の関連（強さ {min_strength} 以上、線の太さ＝強さ、円内の数字＝コミュニティ）\n"
            "Cross-links between measures (strength ≥ "
            f"{min_strength}; width = strength; number in node = Louvain community)",
            fontsize=10.5,
        )
        axes.set_xlim(-2.1, 2.1)
        axes.set_ylim(-1.8, 1.62)
        axes.set_aspect("equal")
        axes.axis("off")
        figure.tight_layout()
        return _render(figure)
