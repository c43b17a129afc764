"""Tone of emoji and text emoticons, which read the same in every language."""

from __future__ import annotations

import re

_EMOJI: dict[str, float] = {
    **dict.fromkeys("❤♥💕💖💗💓💞💘💝😍🥰😘😻🤗💋", 2.0),
    **dict.fromkeys("😊🙂😀😃😄😁😆😂🤣😉👍🙏✨🌸🎉😎🥳💯👏☺😇🌹🤩😋", 1.0),
    **dict.fromkeys("😡🤬🖕👎💩🤮😠😤", -2.0),
    **dict.fromkeys("🙄😒", -1.0),
}
# ":)", ":-D", ";)", "=)", "<3", "^^", ":3", "xD" (case matters: "xd" is rarely a face).
_SMILE = re.compile(r"(?<![\w:])(?:[:;=]-?[)\]D3pP]|<3+|\^_?\^|xD+|XD+|\(:)(?![\w(])")
# ">:(", ":@", "-_-": annoyance. Plain sad faces are mood, not hostility.
_ANGRY = re.compile(r">:-?\(|:@|-_-")

MAX_EMOJI_POINTS = 3.0
MIN_EMOJI_POINTS = -4.0


def emoji_points(text: str) -> float:
    """Points from emoji and emoticons in raw text, bounded to −4..+3."""
    points = 0.0
    if not text.isascii():
        points += sum(_EMOJI.get(c, 0.0) for c in text)
    if any(c in text for c in ":;=<^xX(>@-"):
        points += len(_SMILE.findall(text)) - len(_ANGRY.findall(text))
    return max(MIN_EMOJI_POINTS, min(MAX_EMOJI_POINTS, points))
