"""Persistence: the only package that imports SQLAlchemy. Nothing above it sees an ORM row."""
