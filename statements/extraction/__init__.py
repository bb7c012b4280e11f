"""Placeholder until the extraction branch lands (the lead replaces this)."""
import unicodedata


def name_key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in name).split())
