"""The character policy for text in a plan file: what a label, a note or any other text may hold.

Plan text is published as RDF literals that portals and researchers ingest and show; a character that changes
how a line, a file or a terminal is read must never get in. :func:`check_text` is applied to every text of a
plan file as the YAML reader meets it (:mod:`kizuna_graph.plan.yamlfile`), so that each refusal names the file
and line. It

- **normalises** what is safe: the line separators U+2028, U+2029 and NEL (U+0085) and CR become a line feed
  (they mean a line break, which is what a YAML block scalar holds), a tab becomes a space;
- **refuses** every other control character (C0, DEL, C1: NUL, ESC, VT, FF, FS, GS, RS…), lone surrogates
  (``"\\ud800"``: not a character, not encodable as UTF-8), the bidirectional embeddings, overrides and
  isolates (U+202A–U+202E, U+2066–U+2069: they make text display in another order than it is stored, the
  "Trojan Source" trick), noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their kin in every plane), and a
  text that holds only invisible characters (a zero-width space, a variation selector, a BOM) where a label
  belongs.

Japanese text is otherwise kept exactly as written: no Unicode normalisation (NFC would replace CJK
compatibility ideographs, and the plan's text is quoted verbatim).
"""

from __future__ import annotations

import re
import unicodedata

from kizuna_graph.messages import Message, msg

_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\r": "\n", "\t": " "})
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE_CATEGORIES = ("Cf", "Mn", "Me", "Zs", "Zl", "Zp")
#: Every character the loop of :func:`check_text` refuses (after the line breaks are normalised): control
#: characters (Cc) but the line feed, surrogates (Cs), the bidirectional controls, the noncharacters. A text
#: without any (nearly every text) skips the loop, which is there to name the character and its position.
_REFUSED = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)


class TextRefused(ValueError):
    """A text breaks the character policy; ``str(error)`` says which character, where, and what to do, in the
    language of the moment (``message`` is the catalogue's message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def _name(char: str) -> str:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    return f"{code} {name}" if name else code


def _is_noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def check_text(text: str) -> str:
    """``text`` normalised as the module docstring says, or :class:`TextRefused`."""
    text = text.translate(_LINE_BREAKS)
    for position, char in enumerate(text if _REFUSED.search(text) else "", start=1):
        code = ord(char)
        category = unicodedata.category(char)
        if category == "Cc" and char != "\n":
            why = "control"
        elif category == "Cs":
            why = "surrogate"
        elif char in _BIDI:
            why = "bidi"
        elif _is_noncharacter(code):
            why = "noncharacter"
        else:
            continue
        raise TextRefused(
            msg("text.refused", char=_name(char), position=position, why=msg(f"text.why.{why}"))
        )
    visible = text.strip()
    if visible and all(unicodedata.category(c) in _INVISIBLE_CATEGORIES or c.isspace() for c in visible):
        raise TextRefused(msg("text.invisible", chars=", ".join(sorted({_name(c) for c in visible}))))
    return text
