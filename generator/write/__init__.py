"""Write input files: our YAML format as a person would write it, and file sets
changed only on purpose (a diff first, then an atomic write)."""
from .files import Change, changes, write_atomically
from .yaml_format import to_yaml

__all__ = ["Change", "changes", "to_yaml", "write_atomically"]
