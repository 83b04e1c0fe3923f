"""Editions, figures and the rules about them: no Qt, no SQL."""
