"""Store: SQLite by default, PostgreSQL for teams, behind one interface."""
