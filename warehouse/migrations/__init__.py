"""Ordered SQL migrations, applied by :func:`warehouse.schema.migrate`."""
