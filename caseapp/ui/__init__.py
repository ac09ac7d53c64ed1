"""The Qt user interface: the only package (with ``caseapp.__main__``) that imports PySide6."""
