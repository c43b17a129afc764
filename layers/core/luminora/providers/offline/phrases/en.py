"""English phrasebook."""

from __future__ import annotations

from types import MappingProxyType as frozen

from luminora.providers.offline.phrases.base import Phrasebook

BOOK = Phrasebook(
    conjunction="and",
    articles=("a", "an", "the", "my", "some"),
    possessive=("your", "your"),
    indefinite=("a", "an"),
    greet=frozen(
        {
            "polite": (
                "Hello{addr}!",
                "Hi{addr}, nice to hear from you.",
                "Hello{addr}, good to see you.",
                "Hi{addr}! Thanks for stopping by.",
            ),
            "warm": (
                "Hey{addr}!",
                "Hi{addr}! Good to see you.",
                "Hey{addr}, there you are!",
                "Hi{addr}! I was hoping you'd drop by.",
            ),
            "close": (
                "Hey{addr}! I missed you!",
                "There you are{addr}! 💕",
                "Hi{addr}! You always make my day.",
                "Hey{addr}! So happy you're here.",
            ),
        }
    ),
    intro=("I'm {bot}.", "My name is {bot}.", "I'm {bot}, by the way."),
    nice_to_meet=(
        "Nice to meet you, {name}!",
        "Great to meet you, {name}!",
        "{name}! Lovely to meet you.",
        "Hi {name}, it's a pleasure to meet you!",
    ),
    bot_name=frozen(
        {
            "polite": (
                "My name is {bot}{addr}.",
                "I'm {bot}{addr}.",
                "I'm {bot}{addr}, at your service.",
            ),
            "warm": ("I'm {bot}{addr}! 😊", "It's {bot}{addr}!", "{bot}, at your service{addr}!"),
            "close": (
                "It's me, {bot}{addr}! 💕",
                "Your {bot}, of course{addr}!",
                "I'm {bot}{addr}, your favourite chat buddy!",
            ),
        }
    ),
    ask_name_back=(
        "And you, what's your name?",
        "What should I call you?",
        "And what's your name?",
    ),
    learned=frozen(
        {
            "travel_destination": (
                "{v} sounds like an amazing adventure!",
                "Wow, {v}! That sounds incredible.",
                "A trip to {v}? I love that idea!",
            ),
            "location": (
                "{v}! What a great place to live.",
                "Oh, so you live in {v}. How nice!",
                "{v}, nice! I'd love to hear what it's like.",
            ),
            "hometown": ("Oh, you're from {v}!", "{v}, that's where you're from? Lovely."),
            "occupation": (
                "Working as {av} must be interesting!",
                "{av}? That sounds like rewarding work.",
            ),
            "employer": ("Oh, you work at {v}!", "{v}, nice!"),
            "pets": (
                "Aww, {your_v}! I love animals.",
                "I'd love to hear more about {your_v}!",
                "{your_v} sounds adorable!",
            ),
            "likes": ("{v}? Great taste!", "Oh, you like {v}! I'll remember that."),
            "hobbies": ("{v} is such a great hobby!", "Oh, {v}! What a lovely way to spend time."),
            "family": (
                "It's lovely that you told me about {your_v}.",
                "Thanks for telling me about {your_v}!",
            ),
            "partner": (
                "How lovely! I'd love to hear more about {your_v}.",
                "Aww, {your_v}! That's sweet.",
            ),
            "age": ("{n}, got it!", "{n}, a great age!"),
            "birthday": (
                "Your birthday is {v}? I'll remember that!",
                "{v}, noted! I won't forget.",
            ),
            "languages": ("You speak {v}? That's wonderful!",),
            "allergies": ("Thanks for telling me about the {v} allergy, I'll keep it in mind.",),
            "goals": ("{v}, what a great goal!",),
            "dislikes": ("Not a fan of {v}, got it!",),
        }
    ),
    learned_other=("Thanks for telling me, I'll remember that.", "Got it, I'll keep that in mind."),
    about=frozen(
        {
            "name": "you're {v}",
            "travel_destination": "you're heading to {v}",
            "location": "you live in {v}",
            "hometown": "you're from {v}",
            "occupation": "you work as {av}",
            "employer": "you work at {v}",
            "pets": "you told me about {your_v}",
            "likes": "you like {v}",
            "hobbies": "you enjoy {v}",
            "family": "you told me about {your_v}",
            "partner": "you told me about {your_v}",
            "age": "you're {n}",
            "birthday": "your birthday is {v}",
            "nationality": "you're {v}",
            "languages": "you speak {v}",
            "diet": "you're {v}",
            "allergies": "you're allergic to {v}",
            "goals": "one of your goals is {v}",
            "dislikes": "you don't like {v}",
        }
    ),  # fmt: skip
    known=("Of course!", "Sure!", "Yes, I remember!", "Of course I remember!"),
    unknown=frozen(
        {
            "name": (
                "I don't know your name yet. Will you tell me?",
                "You haven't told me your name yet! What is it?",
            ),
            "travel_destination": (
                "You haven't told me where you're going yet. Where to?",
                "I don't know about any trip yet! Where are you heading?",
            ),
            "location": (
                "I don't know where you live yet. Where are you writing from?",
                "You haven't told me where you live yet. Where is home?",
            ),
            "hometown": ("You haven't told me where you're from yet. Where is it?",),
            "likes": (
                "I don't know much about what you like yet. What are your favourite things?",
            ),
            "pets": ("You haven't told me about any pets yet. Do you have one?",),
            "age": ("I don't know how old you are yet. Want to tell me?",),
            "occupation": ("I don't know what you do yet. What's your work?",),
            "employer": ("You haven't told me where you work yet. Where is it?",),
            "hobbies": ("I don't know your hobbies yet. What do you do for fun?",),
            "family": ("You haven't told me about your family yet. Want to?",),
            "partner": ("You haven't told me about a partner yet. Is there someone special?",),
            "birthday": ("I don't know your birthday yet. When is it?",),
        }
    ),
    unknown_other=(
        "I don't think you've told me that yet. Want to tell me?",
        "Hmm, you haven't told me that yet. Will you?",
    ),
    know_summary=(
        "Here's what I know: {facts}.",
        "I remember that {facts}.",
        "Let's see... {facts}.",
    ),
    know_nothing=(
        "I don't know much about you yet. Tell me something about yourself?",
        "Honestly, not much yet! What would you like me to know about you?",
    ),
    challenge_known=(
        "Of course I know!",
        "As if I could forget!",
        "Of course I remember!",
        "Hey, I didn't forget!",
    ),
    challenge_unknown=(
        "Sorry, I really don't know yet. Will you tell me?",
        "You got me, I don't know that yet. Tell me?",
        "I honestly don't know yet, but I'd love to. Will you tell me?",
    ),
    how_are_you=frozen(
        {
            "polite": (
                "I'm doing well, thank you for asking! How about you?",
                "I'm fine, thanks! And how are you?",
            ),
            "warm": (
                "I'm great, thanks for asking! How are you doing?",
                "Pretty good! Even better now that you're here. How about you?",
            ),
            "close": (
                "Better now that you're here! How are you, really?",
                "I'm wonderful, thanks! How's my favourite person doing?",
            ),
        }
    ),
    thanks=frozen(
        {
            "polite": ("You're welcome{addr}!", "My pleasure{addr}.", "Glad I could help{addr}."),
            "warm": ("Anytime{addr}!", "You're welcome{addr}! 😊", "Happy to help{addr}!"),
            "close": (
                "Always, for you{addr}! 💕",
                "Anything for you{addr}!",
                "Anytime{addr}, you know that!",
            ),
        }
    ),
    goodbye=frozen(
        {
            "polite": (
                "Goodbye{addr}! Talk to you soon.",
                "Take care{addr}! See you next time.",
                "Bye{addr}, have a lovely day!",
            ),
            "warm": (
                "See you soon{addr}! 😊",
                "Bye{addr}! Come back soon.",
                "Take care{addr}! Talk later!",
            ),
            "close": (
                "Bye{addr}! I'll miss you! 💕",
                "See you soon{addr}, don't be a stranger!",
                "Take care{addr}! I'll be right here.",
            ),
        }
    ),
    feeling_bad=(
        "I'm sorry you're feeling that way{addr}. Do you want to tell me what happened?",
        "That sounds hard{addr}. I'm here for you. What's going on?",
        "Oh no{addr}. Want to talk about it?",
        "I'm sorry{addr}. Is there anything that might cheer you up a little?",
    ),
    feeling_good=(
        "That's wonderful{addr}! What's making you feel so good?",
        "I love hearing that{addr}! What happened?",
        "Yay{addr}! Tell me everything, what's the good news?",
    ),
    opinion=(
        "I think it sounds great!",
        "Honestly? I love the idea.",
        "Sounds like a great plan to me!",
    ),
    question=(
        "Good question! I'm not sure I can answer that right now. What do you think?",
        "Hmm, I don't have a good answer for that at the moment. What's your take?",
        "I'm not sure about that one, honestly. What made you wonder?",
    ),
    secret=(
        "By the way, please don't share passwords or API keys here. I won't keep them.",
        (
            "Careful: that looks like a key or a password. Better not to share it, and I won't "
            "store it."
        ),
    ),
    react=frozen(
        {
            "polite": ("I see.", "That's interesting.", "Thank you for sharing that.", "Got it."),
            "warm": (
                "Oh, interesting!",
                "I see!",
                "Ooh, tell me more!",
                "Nice, thanks for telling me!",
            ),
            "close": (
                "I love how you tell me everything!",
                "Ooh, tell me more!",
                "You always have something interesting to say!",
                "Mm-hmm, I'm all ears!",
            ),
        }
    ),
    follow_fact=frozen(
        {
            "travel_destination": (
                "When are you leaving?",
                "What are you most excited to see there?",
                "Who are you going with?",
                "How long will you stay?",
            ),
            "location": (
                "What do you like most about living there?",
                "How's life in {v} these days?",
            ),
            "hometown": ("Do you miss {v}?", "What's {v} like?"),
            "occupation": ("How's work going lately?", "What do you enjoy most about your job?"),
            "employer": ("How are things at {v}?",),
            "pets": (
                "What's {your_v} up to these days?",
                "What's the funniest thing {your_v} has done?",
            ),
            "likes": ("How did you get into {v}?", "What do you love most about {v}?"),
            "hobbies": ("How long have you been into {v}?", "When did you last have time for {v}?"),
            "family": ("How is {your_v} doing?",),
            "partner": ("How are things with {v}?",),
            "goals": ("How is it going with {v}?",),
        }
    ),
    follow_missing=frozen(
        {
            "name": ("By the way, what's your name?", "What should I call you?"),
            "location": ("Where are you writing from?",),
            "occupation": ("What do you do, if you don't mind me asking?",),
            "hobbies": ("What do you like to do in your free time?",),
            "likes": ("What are some things you love?",),
        }
    ),
    follow_topic=frozen(
        {
            "work": ("How's work treating you?", "Is work keeping you busy?"),
            "study": ("How are your studies going?", "What are you studying at the moment?"),
            "food": ("What's your favourite thing to eat?", "Do you like cooking?"),
            "music": ("What have you been listening to lately?", "Who's your favourite artist?"),
            "screen": (
                "Watching anything good lately?",
                "What's the best thing you've seen recently?",
            ),
            "games": ("What are you playing these days?", "What's your all-time favourite game?"),
            "sport": ("How often do you get to train?", "What got you into it?"),
            "books": ("What are you reading right now?", "Who's your favourite author?"),
            "weather": ("How's the weather where you are?",),
            "sleep": ("Have you been sleeping well lately?",),
        }
    ),
    follow_generic=frozen(
        {
            "polite": (
                "How has your day been?",
                "What would you like to talk about?",
                "What's on your mind today?",
                "Is there anything you'd like to share?",
            ),
            "warm": (
                "What's new with you?",
                "What have you been up to?",
                "How's your week going?",
                "Anything fun planned for the next few days?",
            ),
            "close": (
                "Tell me everything, what's new?",
                "How are you, really?",
                "What's been on your mind lately?",
                "What made you smile today?",
            ),
        }
    ),
    closers=frozen({"polite": ("",), "warm": ("", "", "😊"), "close": ("💕", "", "✨")}),
)
