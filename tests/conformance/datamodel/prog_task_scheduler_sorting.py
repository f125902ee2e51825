"""A tiny scheduler: tasks sorted by several keys, with stable ties and custom ordering."""
from functools import total_ordering
@total_ordering
class Priority:
    ORDER = {"high": 0, "normal": 1, "low": 2}
    def __init__(self, name):
        if name not in self.ORDER:
            raise ValueError(f"unknown priority {name!r}")
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Priority) and self.name == other.name
    def __lt__(self, other):
        if not isinstance(other, Priority):
            return NotImplemented
        return self.ORDER[self.name] < self.ORDER[other.name]
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return self.name
class Task:
    def __init__(self, title, priority, due, est):
        self.title, self.priority, self.due, self.est = title, Priority(priority), due, est
    def __repr__(self):
        return f"{self.title}({self.priority},{self.due},{self.est})"
tasks = [Task("deploy", "high", 3, 2), Task("docs", "low", 1, 1), Task("review", "normal", 2, 1),
         Task("hotfix", "high", 1, 3), Task("refactor", "normal", 5, 8), Task("triage", "high", 3, 1)]
print(sorted(tasks, key=lambda t: t.priority))
print(sorted(tasks, key=lambda t: (t.priority, t.due)))
print(sorted(tasks, key=lambda t: (t.due, -t.est), reverse=True))
by_due = sorted(tasks, key=lambda t: t.due)
print(sorted(by_due, key=lambda t: t.priority, reverse=True))
print(min(tasks, key=lambda t: (t.priority, t.est)), max(tasks, key=lambda t: t.est))
print(Priority("high") <= Priority("low"), Priority("low") > Priority("normal"), Priority("high") >= Priority("high"))
try:
    Priority("high") < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    Priority("urgent")
except ValueError as e:
    print(type(e).__name__, e)
buckets = {}
for t in tasks:
    buckets.setdefault(t.priority, []).append(t.title)
print({repr(k): v for k, v in sorted(buckets.items())})
try:
    sorted(tasks)
except TypeError as e:
    print(type(e).__name__, e)
