"""`progress-pages new`: the files of a new area's own repository. The area owns and
edits its inputs (`area_files`); the tool owns the files that `upgrade` refreshes
(`tool_files`). `write_new_area` writes them all into an empty folder, or nothing."""
from .area import DEFAULT_KIND, KIND_CHOICES, area_files
from .folder import FolderNotEmpty, not_empty_because, write_new_area
from ..validate.format_version import installed_version
from .options import area_problem, plan_id_problem, site_url_problem
from .tool import tool_files

__all__ = ["DEFAULT_KIND", "KIND_CHOICES", "FolderNotEmpty", "area_files", "area_problem",
           "installed_version", "not_empty_because", "plan_id_problem", "site_url_problem",
           "tool_files", "write_new_area"]
