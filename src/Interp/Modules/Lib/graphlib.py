"""Topological sorting: TopologicalSorter hands out the nodes of a graph of hashable nodes, each one
after all of its predecessors, and CycleError reports a cycle."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Where a node stands once prepare() has run: a count >= 0 is how many of its predecessors are not
# done yet; these two mark a node handed out by get_ready() and a node marked done.
_HANDED_OUT = -1
_FINISHED = -2

_END = object()


class CycleError(ValueError):
    """prepare() found a cycle; args[1] lists its nodes, the first one repeated at the end."""


class TopologicalSorter:
    """Hands out a graph's nodes in an order where each comes after all of its predecessors."""

    def __init__(self, graph=None):
        # Both dicts hold every node known, in the order it was first named (as a node or as a
        # predecessor): that order decides which ready nodes come first and which cycle is found.
        self._state = {}
        self._successors = {}
        self._ready = None  # the nodes ready to hand out; None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _know(self, node):
        if node not in self._state:
            self._state[node] = 0
            self._successors[node] = []

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._know(node)
        self._state[node] += len(predecessors)
        for predecessor in predecessors:
            self._know(predecessor)
            self._successors[predecessor].append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, waiting in self._state.items() if waiting == 0]
        cycle = self._first_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._check_prepared()
        handed = tuple(self._ready)
        self._ready.clear()
        for node in handed:
            self._state[node] = _HANDED_OUT
        self._handed_out += len(handed)
        return handed

    def is_active(self):
        self._check_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check_prepared()
        for node in nodes:
            state = self._state.get(node)
            if state is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if state == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _HANDED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            self._state[node] = _FINISHED
            self._finished += 1
            for successor in self._successors[node]:
                self._state[successor] -= 1
                if self._state[successor] == 0:
                    self._ready.append(successor)

    def _first_cycle(self):
        """A depth-first walk along successor edges from each node in turn (without recursion, so
        that long chains need no deep stack); the first edge back to a node on the current path
        closes the cycle returned."""
        visited = set()
        for start in self._state:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            on_path = {start: 0}
            branches = [iter(self._successors[start])]
            while branches:
                node = next(branches[-1], _END)
                if node is _END:
                    del on_path[path.pop()]
                    branches.pop()
                elif node in on_path:
                    return path[on_path[node]:] + [node]
                elif node not in visited:
                    visited.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    branches.append(iter(self._successors[node]))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)

    __class_getitem__ = classmethod(GenericAlias)
