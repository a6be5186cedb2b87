"""Great Expectations suites for the pipeline's datasets.

Importing Great Expectations costs about two seconds, so nothing here imports it
at module level: :mod:`expectations.validate` does, inside the function that
runs a validation, and only the validate stage calls it.
"""
