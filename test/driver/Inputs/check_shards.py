"""Prints which files each shard's JSON report analysed, and checks that the
shards are disjoint."""
import json
import os
import sys

seen = set()
for k, path in enumerate(sys.argv[1:], 1):
    files = [os.path.basename(f["path"]) for f in json.load(open(path))["files"]]
    assert not seen & set(files), "shards overlap: %s" % (seen & set(files))
    seen |= set(files)
    print("shard %d: %s" % (k, ", ".join(files)))
