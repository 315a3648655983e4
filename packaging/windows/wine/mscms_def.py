"""Writes the .def file of the mscms.dll shim: Wine's own mscms.dll's exports, forwarded to it.

    python3 mscms_def.py /usr/lib/x86_64-linux-gnu/wine/x86_64-windows/mscms.dll > mscms.def

The four functions mscms_shim.c implements itself stay its own; every other name is forwarded
to Wine's DLL, which the build copies into the prefix as mscms_wine.dll.
"""

import re
import subprocess
import sys

OWN = {"WcsCreateIccProfile", "OpenColorProfileW", "CloseColorProfile", "GetColorProfileFromHandle"}

dump = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", sys.argv[1]],
                      capture_output=True, text=True, check=True).stdout
table = dump.split("[Ordinal/Name Pointer] Table")[1]
names = re.findall(r"^\s*\[\s*\d+\]\s+(?:\+base\[\s*\d+\]\s+\w+\s+)?(\w+)$", table, re.M)
if not set(names) >= OWN:
    sys.exit(f"mscms_def.py: {sys.argv[1]} does not export {sorted(OWN - set(names))}")
print("LIBRARY mscms.dll\nEXPORTS")
for name in names:
    print(f"    {name}" if name in OWN else f"    {name} = mscms_wine.{name}")
