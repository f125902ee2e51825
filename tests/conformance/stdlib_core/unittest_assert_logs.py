# unittest's assertLogs / assertNoLogs: captured records and output, levels by name and number,
# logger objects or names, restored handlers, and the failure messages.
import io
import logging
import unittest

log = logging.getLogger('app.db')


class LogTests(unittest.TestCase):
    def test_captures_output(self):
        with self.assertLogs('app', level='INFO') as cm:
            log.info('connected %s', 'db1')
            log.debug('hidden')
            logging.getLogger('app').error('boom')
        print(cm.output)
        print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])

    def test_root_default_level(self):
        with self.assertLogs() as cm:
            logging.getLogger('other').warning('w1')
            logging.getLogger('other').debug('d1')
        print(cm.output)

    def test_logger_object_and_numeric_level(self):
        with self.assertLogs(log, logging.DEBUG) as cm:
            log.debug('debug line')
        print(cm.output, type(cm).__name__)

    def test_no_logs_passes(self):
        with self.assertNoLogs('app', level='ERROR') as cm:
            log.warning('below error')
        print('no logs context value:', cm)

    def test_fails_without_logs(self):
        with self.assertLogs('app.quiet', level='WARNING'):
            logging.getLogger('app.quiet').info('too low')

    def test_fails_with_unexpected_logs(self):
        with self.assertNoLogs(log):
            log.error('unexpected %d', 42)

    def test_exception_passes_through(self):
        with self.assertRaises(KeyError):
            with self.assertLogs('app'):
                raise KeyError('k')
        print('handlers restored:', log.handlers, log.propagate, log.level)

    def test_msg_on_failure(self):
        with self.assertLogs('app', 'CRITICAL'):
            log.error('not critical')


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(LogTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for test, trace in result.failures:
    print(test.id().split('.')[-1], '->', trace.strip().splitlines()[-1])
print(result.testsRun, len(result.failures), len(result.errors))
