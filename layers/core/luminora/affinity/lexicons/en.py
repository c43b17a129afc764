"""English tone entries (also shared by every other language: "thx", "lol", "stfu"...)."""

from __future__ import annotations

ELIDE = False

POSITIVE: dict[str, float] = {
    # gratitude and affection, aimed at the listener
    "thanks": 2, "thank you": 2, "thank u": 2, "thanx": 2, "thnx": 2, "thx": 2, "ty": 2,
    "tysm": 3, "tyvm": 3, "thank you so much": 3, "thanks a lot": 3, "many thanks": 3,
    "appreciate it": 2, "appreciate you": 3, "love you": 4, "love u": 4, "luv u": 4,
    "luv you": 4, "ily": 4, "ilysm": 5, "miss you": 3, "miss u": 3, "you're the best": 4,
    "ur the best": 4, "you are the best": 4, "so kind": 2, "you're kind": 2, "bestie": 3,
    "xoxo": 3, "hugs": 2, "hug": 2, "kisses": 2, "sweetheart": 2, "my friend": 2,
    "like talking to you": 3, "enjoy talking to you": 3, "glad to talk": 2,
    # warm general tone
    "love": 1, "adore": 2, "awesome": 2, "amazing": 2, "great": 1, "good": 1, "nice": 1,
    "cool": 1, "sweet": 1, "cute": 2, "lovely": 2, "wonderful": 2, "fantastic": 2,
    "brilliant": 2, "perfect": 1, "excellent": 1, "fun": 1, "beautiful": 2, "glad": 1,
    "happy": 1, "yay": 1, "helpful": 2, "smart": 1, "funny": 1, "welcome": 1, "please": 0.5,
    "sorry": 1, "my bad": 1, "lol": 0.5, "lmao": 0.5, "haha": 0.5, "hehe": 0.5,
    "interesting": 1, "excited": 1, "thrilled": 1, "great job": 2, "well done": 2,
}  # fmt: skip

HOSTILE: dict[str, float] = {
    "idiot": -5, "stupid": -4, "dumb": -4, "moron": -5, "useless": -4, "worthless": -5,
    "pathetic": -4, "loser": -4, "dumbass": -6, "jerk": -4, "bitch": -6, "asshole": -6,
    "bastard": -6, "retard": -6, "retarded": -6, "liar": -4, "creep": -4, "creepy": -3,
    "shut up": -5, "stfu": -6, "gtfo": -6, "fuck you": -8, "fuck u": -8, "f u": -6,
    "screw you": -6, "go to hell": -6, "go die": -8, "kys": -8, "kill yourself": -9,
    "hate you": -6, "hate u": -6, "you suck": -5, "u suck": -5, "dislike you": -4,
    "piece of shit": -7, "get lost": -4, "leave me alone": -3, "don't like you": -2,
    "don't like u": -2, "do not like you": -2,
}  # fmt: skip

NEGATIVE: dict[str, float] = {
    "bad": -2, "terrible": -2, "awful": -2, "horrible": -2, "hate": -2, "worst": -2,
    "sucks": -2, "suck": -2, "lame": -1, "rude": -2, "boring": -2, "annoying": -2,
    "disappointed": -2, "disappointing": -2, "angry": -1, "annoyed": -1, "shit": -1,
    "crap": -1, "wtf": -1, "damn": -0.5, "ugh": -0.5, "trash": -2, "garbage": -2, "fake": -1,
}  # fmt: skip

NEGATORS = (
    "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
    "cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "aint", "nothing", "hardly",
    "neither", "nor", "without", "nt",
)  # fmt: skip
POST_NEGATORS: tuple[str, ...] = ()
INTENSIFIERS = (
    "very", "so", "soo", "really", "rly", "super", "totally", "truly", "extremely",
    "absolutely", "such", "incredibly", "sooo",
)  # fmt: skip
SECOND_PERSON = (
    "you", "u", "ya", "your", "ur", "yours", "youre", "yourself", "yall", "thee", "youve",
)  # fmt: skip
