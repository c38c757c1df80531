"""Load stage: read the input files safely, remembering where each value was written."""
from .project import Inputs, read_inputs
from .yaml_source import Source, read_yaml

__all__ = ["Inputs", "Source", "read_inputs", "read_yaml"]
