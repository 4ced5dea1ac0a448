"""The quick test of the character policy (one regular expression) refuses exactly the characters its loop
names, over every code point; so a text the expression passes is one the loop would have passed."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from kizuna_graph.plan.characters import _REFUSED, TextRefused, check_text


def _refused_by_the_rule(char: str) -> bool:
    """The policy as the module docstring states it, independently of the module's own tables."""
    code = ord(char)
    category = unicodedata.category(char)
    bidi = 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069
    noncharacter = 0xFDD0 <= code <= 0xFDEF or code & 0xFFFF in (0xFFFE, 0xFFFF)
    return (category == "Cc" and char != "\n") or category == "Cs" or bidi or noncharacter


def test_the_expression_refuses_exactly_the_rules_characters() -> None:
    differ = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if bool(_REFUSED.search(chr(code))) != _refused_by_the_rule(chr(code))
    ]
    assert differ == []


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x9b", "\u202e", "\u2066", "\ufdd0", "\U0010ffff"])
def test_a_refused_character_is_named_with_its_position(char: str) -> None:
    with pytest.raises(TextRefused, match=f"U\\+{ord(char):04X}"):
        check_text(f"地域福祉{char}計画")


def test_japanese_text_and_normalised_breaks_pass() -> None:
    assert check_text("地域福祉\u2028計画\tの推進\r\n") == "地域福祉\n計画 の推進\n\n"
