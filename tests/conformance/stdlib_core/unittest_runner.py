import unittest

class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    def setUp(self):
        self.items = [1, 2, 3]

    def test_equal(self):
        self.assertEqual(sum(self.items), 6)

    def test_fail_equal(self):
        self.assertEqual(sum(self.items), 7)

    def test_error(self):
        {}["missing"]

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn("division", str(cm.exception))

    def test_raises_regex_fail(self):
        with self.assertRaisesRegex(ValueError, "^x"):
            int("abc")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_list_diff(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_dict_diff(self):
        self.assertEqual({"a": 1}, {"a": 2})

    def test_str_diff(self):
        self.assertEqual("hello\nworld\n", "hello\nthere\n")

    def test_misc(self):
        self.assertTrue(1)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertNotIn(4, [1, 2])
        self.assertGreater(2, 1)
        self.assertRegex("abc123", r"\d+")

    def test_msg(self):
        self.assertTrue(0, "custom message")

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_is(self):
        self.assertIs([], None)

    def tearDown(self):
        self.items = None


class Other(unittest.TestCase):
    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")

    def test_fail(self):
        self.fail("explicit")

import io
import re
import sys


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def test_a(self):
        """First line of the docstring.

        More text."""
        self.log.append("a")

    def test_b(self):
        self.assertEqual((1, 2), (1, 2, 3))

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_long(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_sets(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_count(self):
        self.assertCountEqual([1, 1, 2, "a"], [1, 2, 2, "b"])

    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)
        with self.assertWarns(UserWarning):
            pass

    def test_raises_callable(self):
        self.assertRaises(ValueError, int, "12")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        raise AssertionError("never")


class BrokenSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no fixture")

    def test_never(self):
        pass


def run(verbosity, *names):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    program = unittest.main(module=__name__, argv=["prog", *names], testRunner=runner, exit=False)
    print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()))
    result = program.result
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          result.wasSuccessful())


run(1)
run(2, "Fixtures")
print(Fixtures.log)
run(0, "Basics.test_equal", "Other.test_cleanup")
run(1, "-k", "almost")
suite = unittest.TestLoader().loadTestsFromTestCase(Basics)
print(suite.countTestCases(), [t.id() for t in suite][:3])
print(repr(Basics("test_equal")), str(Basics("test_equal")))
try:
    Basics("nope")
except ValueError as e:
    print(e)
