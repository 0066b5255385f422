#!/usr/bin/env python3
"""Sum a /proc/PID/smaps dump's Rss by kind: the binary's file pages, other files, heap
(anonymous, incl. the allocator's segments), thread stacks and guard areas. Usage:
smaps_summary.py FILE.smaps..."""
import re, sys

for path in sys.argv[1:]:
    kinds, name, largest = {}, None, []
    for line in open(path):
        m = re.match(r'^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \d+\s*(.*)$', line)
        if m:
            perms, name = m.group(1), m.group(2).strip()
            continue
        if line.startswith('Rss:'):
            kb = int(line.split()[1])
            if name.endswith('/bootforge'):
                kind = 'binary file pages'
            elif name.startswith('/'):
                kind = 'other files'
            elif name == '[stack]' or name == '':
                kind = 'anonymous (heap, allocator segments, thread stacks)'
            else:
                kind = name
            kinds[kind] = kinds.get(kind, 0) + kb
            if name == '':
                largest.append(kb)
    total = sum(kinds.values())
    print(f'{path}: total Rss {total/1024:.1f} MiB')
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f'  {v/1024:7.1f} MiB  {k}')
    largest.sort(reverse=True)
    print('  largest anonymous mappings (MiB):', ' '.join(f'{x/1024:.1f}' for x in largest[:8]))
