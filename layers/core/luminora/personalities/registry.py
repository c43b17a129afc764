"""The personalities a deployment offers: bundled ones plus any from extra directories.

Built for Lambda cold starts: creating a registry reads nothing, listing ids reads only
directory entries, and a personality file is parsed the first time it is asked for.
Bundled files skip the strict check at runtime (the unit tests hold them to it), so a
chat turn never builds the strict validators.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from luminora.models.api import PersonalityInfo
from luminora.models.errors import NotFoundError
from luminora.models.limits import PERSONALITY_ID_PATTERN
from luminora.personalities.compiler import compile_system_prompt
from luminora.personalities.levels import select_level
from luminora.personalities.loader import (
    LoadedPersonality,
    lenient_model,
    load_personality,
    read_source,
    slugify,
)
from luminora.personalities.problems import PersonalityValidationError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from luminora.personalities.model import Personality

__all__ = ["BUNDLED_DIR", "PersonalityRegistry", "address_names"]

logger = logging.getLogger(__name__)

BUNDLED_DIR = Path(__file__).parent / "bundled"

_ID = re.compile(PERSONALITY_ID_PATTERN)
_MAX_ID_IN_MESSAGE = 64
# Words that are titles or articles, not what a user calls the personality by itself.
_TITLES = frozenset(
    "dr doctor mr mrs ms miss mx mister sir madam dame lady lord prof professor captain "
    "capt coach sensei master agent saint st king queen grandma grandpa granny gran nana "
    "uncle aunt auntie the el la los las le les der die das don doña señor señora sr sra".split()
)
# Separators between a name and a tagline: "Alicia - The Sweet Dreamer".
_TAGLINE = re.compile(r"\s+[-–—:|]\s+|[(,]")


def address_names(full_name: str) -> frozenset[str]:
    """The ways a user may address a personality: its full name and its distinctive word.

    "Dr. Luna" → {"Dr. Luna", "Luna"}; "Captain Hook Digital" → {"Captain Hook Digital",
    "Hook"}; "Sakura" → {"Sakura"}. Titles ("Dr.", "Captain", "Grandma") are skipped.
    """
    full = " ".join(full_name.split())
    head = _TAGLINE.split(full, maxsplit=1)[0]
    words = [w.strip(".,;:!?\"'()") for w in head.split()]
    distinctive = next((w for w in words if w and w.lower() not in _TITLES), None)
    return frozenset(n for n in (full, distinctive) if n)


class PersonalityRegistry:
    """Bundled personalities plus `*.json` files from `extra_dirs`, loaded on first use.

    A file in an extra directory with the same id as a bundled one (or one in an earlier
    directory) replaces it, so a deployment can adjust `sakura` without forking the code.
    Extra files are loaded leniently; their schema problems are logged as warnings.
    Compiled prompts are cached on the instance (LRU, `prompt_cache_size` entries).
    """

    def __init__(self, extra_dirs: Sequence[Path] = (), *, prompt_cache_size: int = 256) -> None:
        self._extra_dirs = tuple(Path(d) for d in extra_dirs)
        self._files: dict[str, tuple[Path, bool]] | None = None
        self._loaded: dict[str, LoadedPersonality] = {}
        self._prompts: OrderedDict[tuple[str, str, str | None], str] = OrderedDict()
        self._prompt_cache_size = max(1, prompt_cache_size)
        self._lock = threading.RLock()

    # -- lookup ----------------------------------------------------------------------------

    def ids(self) -> list[str]:
        """Every personality id, sorted."""
        return sorted(self._index())

    def resolve(self, personality_id: str) -> str:
        """The registry's id for `personality_id` (an exact id, or one differing in case).

        Raises:
            NotFoundError: no such personality; the message lists the available ids.
        """
        index = self._index()
        if personality_id in index:
            return personality_id
        folded = personality_id.strip().casefold()
        for pid in index:
            if pid.casefold() == folded:
                return pid
        shown = personality_id[:_MAX_ID_IN_MESSAGE]
        available = ", ".join(sorted(index)) or "none"
        raise NotFoundError(f"unknown personality {shown!r}; available: {available}")

    def loaded(self, personality_id: str) -> LoadedPersonality:
        """The personality with its id and load warnings.

        Raises:
            NotFoundError: unknown id.
            PersonalityValidationError: its file cannot be loaded even leniently.
        """
        pid = self.resolve(personality_id)
        with self._lock:
            found = self._loaded.get(pid)
            if found is None:
                path, bundled = self._index()[pid]
                found = _load_bundled(path, pid) if bundled else _load_extra(path, pid)
                self._loaded[pid] = found
            return found

    def get(self, personality_id: str) -> Personality:
        """The personality with this id.

        Raises:
            NotFoundError: unknown id (the message lists the available ones).
            PersonalityValidationError: its file cannot be loaded even leniently.
        """
        return self.loaded(personality_id).personality

    def infos(self) -> list[PersonalityInfo]:
        """One summary per personality, sorted by id (files that fail to load are skipped)."""
        infos = []
        for pid in self.ids():
            try:
                p = self.get(pid)
            except PersonalityValidationError as exc:
                logger.warning(
                    "personality skipped: cannot load",
                    extra={"personality": pid, "problems": len(exc.problems)},
                )
                continue
            infos.append(
                PersonalityInfo(
                    id=pid,
                    name=p.persona.name,
                    description=p.persona.description,
                    language=p.persona.language,
                    relationship_levels=p.has_relationship_levels,
                )
            )
        return infos

    def names_of(self, personality_id: str) -> frozenset[str]:
        """The names a user may address this personality by ("Dr. Luna", "Luna").

        Used so the assistant's own name is never stored as the user's name.
        """
        return address_names(self.get(personality_id).persona.name)

    def compiled_prompt(
        self, personality_id: str, level: str | int = "stranger", language: str | None = None
    ) -> str:
        """The system prompt for a personality at a relationship level, cached.

        Args:
            personality_id: the personality's id.
            level: a relationship level name or affinity points 0-100.
            language: the user's language code, or None for "the language the user writes in".

        Raises:
            NotFoundError: unknown id.
            InvalidInputError: unknown level name or points outside 0-100.
        """
        pid = self.resolve(personality_id)
        personality = self.get(pid)
        # Key on the level actually selected: "friend" and 50 points share one entry, and a
        # personality without levels has one prompt per language.
        chosen = select_level(personality, level)
        lang = language.strip() if language and language.strip() else None
        key = (pid, chosen.name if chosen is not None else "", lang)
        with self._lock:
            prompt = self._prompts.get(key)
            if prompt is not None:
                self._prompts.move_to_end(key)
                return prompt
        prompt = compile_system_prompt(personality, level, user_language=lang)
        with self._lock:
            self._prompts[key] = prompt
            while len(self._prompts) > self._prompt_cache_size:
                self._prompts.popitem(last=False)
        return prompt

    # -- internals -------------------------------------------------------------------------

    def _index(self) -> dict[str, tuple[Path, bool]]:
        """Id → (file, is bundled); built once, from directory listings only."""
        files = self._files
        if files is not None:
            return files
        with self._lock:
            if self._files is None:
                built: dict[str, tuple[Path, bool]] = {}
                for directory, bundled in ((BUNDLED_DIR, True),) + tuple(
                    (d, False) for d in self._extra_dirs
                ):
                    _scan(directory, bundled, built)
                self._files = built
            return self._files


def _scan(directory: Path, bundled: bool, into: dict[str, tuple[Path, bool]]) -> None:
    if not directory.is_dir():
        logger.warning("personality directory not found", extra={"directory": str(directory)})
        return
    for path in sorted(directory.glob("*.json")):
        pid = path.stem if _ID.match(path.stem) else slugify(path.stem)
        if not _ID.match(pid):
            logger.warning("personality file skipped: unusable name", extra={"file": str(path)})
            continue
        if pid in into:
            logger.info("personality replaced", extra={"personality": pid, "file": str(path)})
        into[pid] = (path, bundled)


def _load_bundled(path: Path, pid: str) -> LoadedPersonality:
    # Our own files are strictly valid (tests/unit/personalities enforces it), so only the
    # lenient model is built here.
    data, _, label = read_source(path)
    personality, repairs = lenient_model(data, label)
    return LoadedPersonality(id=pid, personality=personality, warnings=repairs)


def _load_extra(path: Path, pid: str) -> LoadedPersonality:
    loaded = load_personality(path)
    if loaded.id == pid:
        return loaded
    return LoadedPersonality(id=pid, personality=loaded.personality, warnings=loaded.warnings)
