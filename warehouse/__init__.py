"""The DuckDB warehouse: schema migrations, the single writer, analyst views."""
