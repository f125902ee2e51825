"""timeit: how long small pieces of code take. The statement runs `number` times in a loop inside a
generated function, after the setup code; the timer's difference around the loop is the result."""
import gc
import itertools
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# The function that runs the statement; setup and stmt are spliced in, indented to their place.
_TEMPLATE = '''
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
'''


def _indent(source, spaces):
    return source.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Times stmt (a string of code or a callable) after setup; globals is the namespace the code
    runs in (by default a fresh one, so the caller's names are not visible)."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')  # A SyntaxError names the setup alone first.
            stmt_prefix = setup + '\n'
            setup = _indent(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            init += ', _setup=_setup'
            stmt_prefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # Compiled after the setup so that a 'return' or a stray 'yield' is reported as such.
            compile(stmt_prefix + stmt, dummy_src_name, 'exec')
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        self.src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        exec(compile(self.src, dummy_src_name, 'exec'), {} if globals is None else globals, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled, with the generated source's lines."""
        import linecache
        import traceback
        linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split('\n'), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the garbage collector is off meanwhile)."""
        runs = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(runs, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Runs 1, 2, 5, 10, 20, 50, ... times until that takes at least 0.2 s: (number, time taken)."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
