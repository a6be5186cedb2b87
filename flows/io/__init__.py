"""The edges: every adapter that touches the world outside the pure core.

``flows/io/`` holds the I/O of a run, so the layout shows "pure core, I/O at the
edges": the sources (:mod:`flows.io.sources`, one folder per source kind, its
configuration beside its fetcher), the per-night locks (:mod:`flows.io.locks`)
and the lake (:mod:`flows.io.lake`: raw zone, manifests, quarantine). The stages
(:mod:`flows.stages`, ``transforms/``) never import from here.
"""
