"""The Qt user interface: the only package (with ``caseapp.__main__``) that imports PySide6."""

from caseapp.ui import pyside_fixes

# Here, before any of the GUI's modules is imported (each imports this package first): PySide6's import hook kept
# the source lines of every module imported after it, 25 MB of resident size for the whole session.
pyside_fixes.scan_sources_without_cache()
