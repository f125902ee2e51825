"""A package imported by the import_ programs."""
print("shapes package initialised")
from .flat import Square, area_of
VERSION = "1.0"
__all__ = ["Square", "area_of", "VERSION"]
