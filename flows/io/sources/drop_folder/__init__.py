"""The drop-folder source: its configuration (:mod:`.config`) and its fetcher (:mod:`.fetch`).

Only the configuration is imported here, so the settings can compose it without the fetcher.
"""

from flows.io.sources.drop_folder.config import DropFolderSource

__all__ = ["DropFolderSource"]
