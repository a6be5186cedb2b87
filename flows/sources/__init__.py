"""Sources: thin I/O that finds payloads and lands them in the raw zone."""
