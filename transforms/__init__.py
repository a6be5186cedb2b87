"""Pure pipeline stages: bytes and Arrow tables in, Arrow tables out.

Nothing in this package touches the network, the lake or the warehouse; the
flows in :mod:`flows` call these functions and do the I/O around them.
"""
