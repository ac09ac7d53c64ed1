"""Regenerate resources/icc/sRGB.icc, the OutputIntent profile of every caseapp PDF/A export.

LittleCMS's built-in sRGB (IEC 61966-2.1 primaries, D65 white adapted to D50, the sRGB tone curve), saved as an
ICC version 2.1 profile: PDF/A-2 readers and validators accept v2 everywhere, v4 not everywhere. LittleCMS marks
it free to use ("No copyright, use freely"). Needs the system liblcms2 (Debian: liblcms2-2); run from the repository
root: ``python3 tools/make_srgb_icc.py``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "resources" / "icc" / "sRGB.icc"


def main() -> None:
    lcms = ctypes.CDLL(ctypes.util.find_library("lcms2") or "liblcms2.so.2")
    lcms.cmsCreate_sRGBProfile.restype = ctypes.c_void_p
    lcms.cmsSetProfileVersion.argtypes = [ctypes.c_void_p, ctypes.c_double]
    lcms.cmsSaveProfileToMem.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint32)]
    lcms.cmsCloseProfile.argtypes = [ctypes.c_void_p]
    profile = lcms.cmsCreate_sRGBProfile()
    lcms.cmsSetProfileVersion(profile, 2.1)
    size = ctypes.c_uint32(0)
    lcms.cmsSaveProfileToMem(profile, None, ctypes.byref(size))
    buf = ctypes.create_string_buffer(size.value)
    if not lcms.cmsSaveProfileToMem(profile, buf, ctypes.byref(size)):
        raise SystemExit("LittleCMS could not save the profile")
    lcms.cmsCloseProfile(profile)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(buf.raw[:size.value])
    print(f"{TARGET} ({size.value} bytes)")


if __name__ == "__main__":
    main()
