"""French tone entries (elided forms like "j'adore" and "t'es" are two words)."""

from __future__ import annotations

ELIDE = True

POSITIVE: dict[str, float] = {
    "merci": 2, "merci beaucoup": 3, "merci bcp": 3, "mrc": 2, "mci": 2, "je t'aime": 4,
    "t'aime": 4, "je t'adore": 4, "t'adore": 4, "tu me manques": 3, "tu es la meilleure": 4,
    "tu es le meilleur": 4, "t'es la meilleure": 4, "t'es le meilleur": 4,
    "t'es trop gentille": 3, "t'es trop gentil": 3, "j'adore": 2, "adore": 2, "génial": 2,
    "géniale": 2, "super": 1, "cool": 1, "sympa": 2, "gentil": 2, "gentille": 2,
    "adorable": 2, "magnifique": 2, "merveilleux": 2, "merveilleuse": 2, "parfait": 1,
    "excellent": 1, "trop bien": 2, "c'est top": 2, "top": 1, "chouette": 2,
    "formidable": 2, "incroyable": 2, "bisous": 2, "bises": 2, "câlin": 2, "bravo": 2,
    "avec plaisir": 1, "s'il te plaît": 0.5, "stp": 0.5, "svp": 0.5, "pardon": 1,
    "désolé": 1, "désolée": 1, "pas mal": 1.5, "heureux": 1, "heureuse": 1, "mdr": 0.5,
    "ptdr": 0.5, "j'aime": 1, "intéressant": 1, "ma chérie": 2, "mon ami": 1, "mon amie": 1,
}  # fmt: skip

HOSTILE: dict[str, float] = {
    "idiot": -5, "idiote": -5, "imbécile": -5, "stupide": -4, "débile": -4, "crétin": -5,
    "crétine": -5, "con": -4, "conne": -4, "connard": -6, "connasse": -6, "salope": -6,
    "ta gueule": -6, "ferme la": -5, "ferme-la": -5, "ferme ta gueule": -7,
    "va te faire foutre": -8, "nique ta mère": -9, "je te déteste": -6, "te déteste": -6,
    "tu sers à rien": -5, "sers à rien": -5, "casse-toi": -6, "dégage": -5,
    "menteur": -4, "menteuse": -4, "t'es nul": -4, "t'es nulle": -4, "tu es nul": -4,
    "tu es nulle": -4,
}  # fmt: skip

NEGATIVE: dict[str, float] = {
    "nul": -3, "nulle": -3, "inutile": -2, "pourri": -2, "merde": -1, "putain": -0.5,
    "déteste": -2, "horrible": -2, "ennuyeux": -2, "ennuyeuse": -2, "chiant": -2,
    "chiante": -2, "mauvais": -2, "mauvaise": -2, "mal": -1, "c'est nul": -2,
    "terrible": -1, "décevant": -2, "déçu": -2, "déçue": -2,
}  # fmt: skip

NEGATORS = ("ne", "n", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni")
POST_NEGATORS = ("pas", "jamais", "plus")
INTENSIFIERS = (
    "très", "trop", "vraiment", "super", "tellement", "si", "hyper", "grave", "vachement",
    "carrément", "tres",
)  # fmt: skip
SECOND_PERSON = ("tu", "te", "t", "toi", "vous", "ton", "ta", "tes", "es", "votre")
