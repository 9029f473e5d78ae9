// The least a Swift program costs: start, print a line as `journal add` does, end.
print("Added entry 1 · Sun 29 Nov 2026, 10:00")
