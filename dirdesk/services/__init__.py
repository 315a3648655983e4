"""Use cases: each opens one unit of work on the database and speaks in domain objects."""
