"""AsyncMock: calling it returns a coroutine; awaiting that runs the side effect or gives the return value."""

import inspect

from ._mock_calls import DEFAULT, _Call, _CallList
from ._mock_magic import MagicMixin, _magics
from .mock import Mock, _is_exception, _delegating_property

_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_all_sync_magics = _magics - _async_method_magics - {'__aiter__'}


class AsyncMockMixin:
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        # What inspect.iscoroutinefunction (and asyncio's) looks for on objects that are not functions.
        d['_is_coroutine_marker'] = inspect._is_coroutine_mark
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()

    async def _execute_mock_call(self, /, *args, **kwargs):
        # The await is recorded when the coroutine runs, not when the mock is called.
        this_await = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_await
        self.await_args_list.append(this_await)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # A StopIteration cannot leave a coroutine.
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def _display(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f'Expected {self._display()} to have been awaited.')

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(f'Expected {self._display()} to have been awaited once. '
                                 f'Awaited {self.await_count} times.')

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        if _Call((args, kwargs), two=True) != self.await_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await'))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        self.assert_awaited_once()
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in list(self.await_args_list):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        if not any_order:
            if expected not in _CallList(self.await_args_list):
                raise AssertionError(f'Awaits not found.\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}')
            return
        remaining = list(self.await_args_list)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f'Expected {self._display()} to not have been awaited. '
                                 f'Awaited {self.await_count} times.')

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls are coroutines, with the await_* records and assertions."""
