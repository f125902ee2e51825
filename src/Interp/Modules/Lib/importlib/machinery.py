"""The finders, loaders and module spec of the import system."""
from importlib._bootstrap import (ModuleSpec, BuiltinImporter, FrozenImporter, SourceFileLoader,
                                  PathFinder)

SOURCE_SUFFIXES = ['.py']
# GilGrid neither writes nor reads bytecode files and has no extension modules.
BYTECODE_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = []
OPTIMIZED_BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
