"""Where the annotated corpora live and how a folder of them is split up.

The corpora are read at run time and never copied into the repository.  The
default root is ``../shared/corpora`` next to the repository root; set the
``TIMELINE_API_CORPORA`` environment variable to use another one.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Union

ENV_VAR = "TIMELINE_API_CORPORA"
REPO_ROOT = Path(__file__).resolve().parents[2]


def default_corpus_dir() -> Path:
    """The corpora root: $TIMELINE_API_CORPORA, else ``<repo>/../shared/corpora``."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return (REPO_ROOT / ".." / "shared" / "corpora").resolve()


def tbaq_dir() -> Path:
    """The TimeBank + AQUAINT folder under the corpora root."""
    return default_corpus_dir() / "tbaq"


@dataclass(frozen=True)
class Corpus:
    name: str
    path: Path
    files: tuple[Path, ...]


def list_corpora(gold_dir: Union[str, os.PathLike]) -> list[Corpus]:
    """The sub-corpora under `gold_dir`: every folder (gold_dir itself included)
    that directly holds ``.tml`` files is one corpus, named by its path
    relative to gold_dir (``TimeBank``, ``AQUAINT``; gold_dir's own name when
    the files sit directly in it).  Sorted by name; files sorted by name."""
    root = Path(gold_dir)
    if not root.is_dir():
        return []
    corpora = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        tml = sorted(f for f in files if f.endswith(".tml"))
        if not tml:
            continue
        folder_path = Path(folder)
        rel = folder_path.relative_to(root)
        name = root.resolve().name if rel == Path(".") else rel.as_posix()
        corpora.append(Corpus(name, folder_path, tuple(folder_path / f for f in tml)))
    return sorted(corpora, key=lambda c: c.name)
