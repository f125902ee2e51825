# -*- coding: utf-8 -*-
# The encoding declaration above is accepted; the file is UTF-8.
greeting = "héllo wörld ✓"
print(greeting, len(greeting), greeting.encode("utf-8")[:3])
