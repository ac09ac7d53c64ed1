"""pyHanko's incremental writer, finding the first and the last page without reading every page before them.

pyHanko finds a page by walking the page tree from the start and reading each kid to learn whether it is a page
or a subtree: for the last page of a record (where the signature field and its stamp go, looked up twice per
signature) that is every page object of the file, about a quarter of what signing a 30-page record costs.
The first and the last page need no walk: when the root's first (last) kid is a page, it is the first (last) page
whatever the rest of the tree looks like. Any other page, or a tree whose end kids are subtrees, takes pyHanko's
own walk.
"""

from __future__ import annotations

from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


class EndPageWriter(IncrementalPdfFileWriter):
    def _end_kid(self, page_ix: int) -> tuple[Any, Any, int, Any] | None:
        """(root ref, page ref, index in the root's kids, inherited resources) for an end page, else None."""
        root_ref = self.root.raw_get("/Pages")
        if not isinstance(root_ref, generic.IndirectObject):
            return None
        root = root_ref.get_object()
        kids = root.get("/Kids")
        count = root.get("/Count")
        if not isinstance(kids, generic.ArrayObject) or not kids or not isinstance(count, int):
            return None
        index = page_ix + count if page_ix < 0 else page_ix
        if index == 0:
            kid_index = 0
        elif index == count - 1:
            kid_index = len(kids) - 1
        else:
            return None
        kid_ref = kids.raw_get(kid_index)
        if not isinstance(kid_ref, generic.IndirectObject) or kid_ref.get_object().get("/Type") != "/Page":
            return None
        resources = root.raw_get("/Resources") if "/Resources" in root else generic.DictionaryObject()
        return root_ref, kid_ref, kid_index, resources

    def find_page_for_modification(self, page_ix: int) -> tuple[Any, Any]:  # noqa: D102 - pyHanko's contract
        found = self._end_kid(page_ix)
        if found is None:
            return super().find_page_for_modification(page_ix)
        _root_ref, kid_ref, _index, resources = found
        page = kid_ref.get_object()
        return kid_ref, page.raw_get("/Resources") if "/Resources" in page else resources

    def find_page_container(self, page_ix: int) -> tuple[Any, int, Any]:  # noqa: D102 - pyHanko's contract
        found = self._end_kid(page_ix)
        if found is None:
            return super().find_page_container(page_ix)
        root_ref, _kid_ref, index, resources = found
        return root_ref, index, resources
