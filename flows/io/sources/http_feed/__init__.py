"""The HTTP feed source: its configuration and cursor (:mod:`.config`), its fetcher (:mod:`.feed`)
and bounded requests (:mod:`.client`).

Only the configuration is imported here, so the settings can compose it without httpx.
"""

from flows.io.sources.http_feed.config import HttpFeedSource

__all__ = ["HttpFeedSource"]
