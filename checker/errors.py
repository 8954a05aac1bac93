"""Errors a user can act on: the CLI prints them as one line and exits with status 2."""


class InputError(ValueError):
    """Bad input: a missing, empty, binary or undecodable file, or text whose language cannot be told."""
