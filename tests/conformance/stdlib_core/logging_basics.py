import logging, io, sys
log = logging.getLogger("app.db")
log.warning("no handlers: %s", "last resort")
log.info("hidden")
print(log, logging.getLogger(), log.parent, log.getEffectiveLevel())
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s")
def work():
    log.debug("debug %d", 1)
    logging.info("root info")
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("failed")
work()
app = logging.getLogger("app")
print(log.parent is app, app.parent is logging.root, app.getChild("x").name)
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("[{levelname:>8}] {name} {message}", style="{"))
h.setLevel(logging.WARNING)
app.addHandler(h)
app.propagate = False
log.warning("to app handler")
log.error("err %(x)s", {"x": 5})
print(repr(stream.getvalue()))
adapter = logging.LoggerAdapter(app, {"user": "ann"})
h.setFormatter(logging.Formatter("%(user)s %(message)s", defaults={"user": "-"}))
adapter.error("adapted")
print(repr(stream.getvalue().splitlines()[-1]), adapter)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
logging.disable(logging.ERROR)
log.error("disabled")
logging.disable(logging.NOTSET)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
app.addFilter(OnlyOdd())
for i in range(4):
    app.warning("n=%d", i)
print(stream.getvalue().splitlines()[-2:], h)
