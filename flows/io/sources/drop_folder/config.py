"""The drop-folder source's configuration (a ``sources.<name>`` entry of the settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


class DropFolderSource(BaseModel):
    """Agency files delivered into a directory.

    No cursor: the folder is read whole every night, and payloads other nights
    ingested are recognised by their content hash.
    """

    kind: Literal["drop_folder"] = "drop_folder"
    path: Path = Field(description="The folder; searched recursively, hidden files ignored.")
