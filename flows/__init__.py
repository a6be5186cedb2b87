"""Prefect flows, the command line and the thin I/O around the pure transforms.

``flows`` wires stages together; the stages themselves live in :mod:`transforms`,
the lake in :mod:`flows.io.lake`, the warehouse in :mod:`warehouse`.
"""
