namespace GilGrid.Interp.Modules.Data.Io;

/// <summary>
/// The Python part of `_fileobjects`: FileIO over an `_fs` handle, the Buffered classes, and
/// TextIOWrapper, with CPython's reprs and error messages. Text is decoded once per read run (the
/// rest of the file), which keeps universal newlines and tell() exact without an incremental decoder.
/// </summary>
internal static class FileObjectsSource
{
    public const string Source = """
        class UnsupportedOperation(OSError, ValueError):
            __module__ = 'io'


        def _check_open(f, what=None):
            if f.closed:
                raise ValueError(f'{what} of closed file' if what else 'I/O operation on closed file.')


        class _IOBase:
            # `with` support shared by the buffered and text layers (FileIO opens lazily: its own).

            def __enter__(self):
                _check_open(self)
                return self

            def __exit__(self, *exc):
                self.close()


        class FileIO:
            __module__ = '_io'
            _RAW_MODES = {'r': 'rb', 'w': 'wb', 'a': 'ab', 'x': 'xb',
                          'r+': 'rb+', 'w+': 'rb+', 'a+': 'ab+', 'x+': 'xb+'}

            def __init__(self, handle, name, mode):
                self._handle = handle
                self.name = name
                self.mode = FileIO._RAW_MODES[mode]
                self._readable = mode[0] == 'r' or '+' in mode
                self._writable = mode[0] != 'r' or '+' in mode
                self.closefd = True

            @property
            def closed(self):
                return self._handle is None

            def _open(self):
                if self._handle is None:
                    raise ValueError('I/O operation on closed file')
                return self._handle

            def readable(self):
                self._open()
                return self._readable

            def writable(self):
                self._open()
                return self._writable

            def seekable(self):
                self._open()
                return True

            def isatty(self):
                self._open()
                return False

            def read(self, size=-1):
                handle = self._open()
                if not self._readable:
                    raise UnsupportedOperation('File not open for reading')
                return handle.read(size)

            readall = read

            def write(self, data):
                handle = self._open()
                if not self._writable:
                    raise UnsupportedOperation('File not open for writing')
                return handle.write(bytes(data))

            def seek(self, pos, whence=0):
                return self._open().seek(pos, whence)

            def tell(self):
                return self._open().tell()

            def truncate(self, size=None):
                handle = self._open()
                if not self._writable:
                    raise UnsupportedOperation('File not open for writing')
                return handle.truncate(handle.tell() if size is None else size)

            def flush(self):
                self._open().flush()

            def close(self):
                if self._handle is not None:
                    self._handle.close()
                    self._handle = None

            def __enter__(self):
                self._open()
                return self

            def __exit__(self, *exc):
                self.close()

            def __repr__(self):
                if self.closed:
                    return '<_io.FileIO [closed]>'
                return f'<_io.FileIO name={self.name!r} mode={self.mode!r} closefd=True>'


        class _Buffered(_IOBase):
            '''Reads ahead in chunks so that readline() does not cost a call per byte.'''
            __module__ = '_io'
            _CHUNK = 8192

            def __init__(self, raw):
                self.raw = raw
                self._ahead = b''

            name = property(lambda self: self.raw.name)
            mode = property(lambda self: self.raw.mode)
            closed = property(lambda self: self.raw.closed)

            def readable(self):
                return self.raw.readable()

            def writable(self):
                return self.raw.writable()

            def seekable(self):
                return self.raw.seekable()

            def isatty(self):
                return self.raw.isatty()

            def _drop_ahead(self):
                if self._ahead:
                    self.raw.seek(-len(self._ahead), 1)
                    self._ahead = b''

            def read(self, size=-1):
                _check_open(self, 'read')
                if not self.raw.readable():
                    raise UnsupportedOperation('read')
                if size is None or size < 0:
                    data, self._ahead = self._ahead + self.raw.read(), b''
                    return data
                if len(self._ahead) < size:
                    self._ahead += self.raw.read(size - len(self._ahead))
                data, self._ahead = self._ahead[:size], self._ahead[size:]
                return data

            def read1(self, size=-1):
                return self.read(size)

            def peek(self, size=0):
                _check_open(self, 'peek')
                if not self._ahead:
                    self._ahead = self.raw.read(self._CHUNK)
                return self._ahead

            def readline(self, size=-1):
                _check_open(self, 'readline')
                if not self.raw.readable():
                    raise UnsupportedOperation('readline')
                limit = -1 if size is None else size
                while True:
                    end = self._ahead.find(b'\n')
                    if end >= 0 or (0 <= limit <= len(self._ahead)):
                        break
                    chunk = self.raw.read(self._CHUNK)
                    if not chunk:
                        break
                    self._ahead += chunk
                cut = len(self._ahead) if end < 0 else end + 1
                if limit >= 0:
                    cut = min(cut, limit)
                line, self._ahead = self._ahead[:cut], self._ahead[cut:]
                return line

            def readlines(self, hint=-1):
                return _readlines(self, hint)

            def __iter__(self):
                _check_open(self)
                return self

            def __next__(self):
                line = self.readline()
                if not line:
                    raise StopIteration
                return line

            def write(self, data):
                _check_open(self, 'write')
                if not self.raw.writable():
                    raise UnsupportedOperation('write')
                self._drop_ahead()
                return self.raw.write(data)

            def writelines(self, lines):
                for line in lines:
                    self.write(line)

            def seek(self, pos, whence=0):
                _check_open(self, 'seek')
                if whence == 1:
                    pos -= len(self._ahead)
                self._ahead = b''
                return self.raw.seek(pos, whence)

            def tell(self):
                return self.raw.tell() - len(self._ahead)

            def truncate(self, size=None):
                _check_open(self, 'truncate')
                self._drop_ahead()
                return self.raw.truncate(size)

            def flush(self):
                _check_open(self, 'flush')
                self.raw.flush()

            def close(self):
                self.raw.close()

            def detach(self):
                raw, self.raw = self.raw, None
                return raw

            def __repr__(self):
                return f'<_io.{type(self).__name__} name={self.name!r}>'


        class BufferedReader(_Buffered):
            __module__ = '_io'


        class BufferedWriter(_Buffered):
            __module__ = '_io'


        class BufferedRandom(_Buffered):
            __module__ = '_io'


        def _readlines(f, hint):
            lines, total = [], 0
            for line in f:
                lines.append(line)
                total += len(line)
                if hint is not None and 0 < hint <= total:
                    break
            return lines


        class TextIOWrapper(_IOBase):
            __module__ = '_io'

            def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
                self.buffer = buffer
                self.encoding = 'UTF-8' if encoding is None else encoding
                self.errors = 'strict' if errors is None else errors
                self._newline = newline
                self.line_buffering = line_buffering
                self.write_through = write_through
                self.mode = None
                self._text = None   # the decoded rest of the file, untranslated, while reading
                self._pos = 0       # position in _text
                self._start = 0     # byte offset where _text begins
                self._plain = True  # _text holds no '\r'
                # The raw file under a buffered file, for the fast path; None over other buffers (a GzipFile).
                raw = getattr(buffer, 'raw', None)
                self._raw_file = raw if hasattr(raw, '_handle') else None

            name = property(lambda self: self.buffer.name)
            closed = property(lambda self: self.buffer.closed)
            newlines = property(lambda self: None)

            def readable(self):
                _check_open(self)
                return self.buffer.readable()

            def writable(self):
                _check_open(self)
                return self.buffer.writable()

            def seekable(self):
                _check_open(self)
                return True

            def isatty(self):
                _check_open(self)
                return False

            def fileno(self):
                raise UnsupportedOperation('fileno')

            def _reading(self):
                if self._text is not None and self._raw_file is not None and self._raw_file._handle is not None:
                    return self._text  # the per-line fast path: no property calls
                _check_open(self)
                if not self.buffer.readable():
                    raise UnsupportedOperation('not readable')
                if self._text is None:
                    self._start = self.buffer.tell()
                    self._text = self.buffer.read().decode(self.encoding, self.errors)
                    self._pos = 0
                    # Without a '\r' universal newlines change nothing: lines end at '\n' only.
                    self._plain = '\r' not in self._text
                return self._text

            def _stop_reading(self):
                if self._text is not None:
                    position = self.tell()
                    self._text = None
                    self.buffer.seek(position)

            def _translate(self, text):
                if self._newline is None and not self._plain:
                    return text.replace('\r\n', '\n').replace('\r', '\n')
                return text

            def _line_end(self, text, start):
                '''Index just past the end of the line starting at start (len(text) when none ends it).'''
                if self._newline is not None and self._newline != '':
                    found = text.find(self._newline, start)
                    return len(text) if found < 0 else found + len(self._newline)
                lf = text.find('\n', start)
                cr = -1 if self._plain else text.find('\r', start, len(text) if lf < 0 else lf)
                if cr >= 0:
                    return cr + 2 if text[cr + 1:cr + 2] == '\n' else cr + 1
                return len(text) if lf < 0 else lf + 1

            def read(self, size=-1):
                text = self._reading()
                if size is None or size < 0:
                    chunk, self._pos = text[self._pos:], len(text)
                    return self._translate(chunk)
                out = []
                while size > 0 and self._pos < len(text):
                    end = min(self._line_end(text, self._pos), self._pos + size)
                    piece = self._translate(text[self._pos:end])
                    if len(piece) > size:
                        piece = piece[:size]
                    out.append(piece)
                    self._pos = end
                    size -= len(piece)
                return ''.join(out)

            def readline(self, size=-1):
                text = self._reading()
                end = self._line_end(text, self._pos)
                if size is not None and size >= 0:
                    end = min(end, self._pos + size)
                line, self._pos = text[self._pos:end], end
                return self._translate(line)

            def readlines(self, hint=-1):
                return _readlines(self, hint)

            def __iter__(self):
                _check_open(self)
                return self

            def __next__(self):
                line = self.readline()
                if not line:
                    raise StopIteration
                return line

            def write(self, s):
                _check_open(self)
                if not isinstance(s, str):
                    raise TypeError(f'write() argument must be str, not {type(s).__name__}')
                if not self.buffer.writable():
                    raise UnsupportedOperation('not writable')
                self._stop_reading()
                data = s
                if self._newline not in (None, '', '\n'):
                    data = data.replace('\n', self._newline)
                self.buffer.write(data.encode(self.encoding, self.errors))
                return len(s)

            def writelines(self, lines):
                for line in lines:
                    self.write(line)

            def tell(self):
                _check_open(self)
                if self._text is None:
                    return self.buffer.tell()
                return self._start + len(self._text[:self._pos].encode(self.encoding, self.errors))

            def seek(self, cookie, whence=0):
                _check_open(self)
                if whence == 1 and cookie != 0:
                    raise UnsupportedOperation("can't do nonzero cur-relative seeks")
                if whence == 2 and cookie != 0:
                    raise UnsupportedOperation("can't do nonzero end-relative seeks")
                if whence == 1:
                    return self.tell()
                if whence == 0 and cookie < 0:
                    raise ValueError(f'negative seek position {cookie}')
                self._text = None
                return self.buffer.seek(cookie, whence)

            def truncate(self, pos=None):
                _check_open(self)
                self._stop_reading()
                return self.buffer.truncate(pos)

            def flush(self):
                _check_open(self)
                self.buffer.flush()

            def close(self):
                self.buffer.close()

            def detach(self):
                buffer, self.buffer = self.buffer, None
                return buffer

            def __repr__(self):
                mode = '' if self.mode is None else f' mode={self.mode!r}'
                return f'<_io.TextIOWrapper name={self.name!r}{mode} encoding={self.encoding!r}>'


        def _wrap(handle, name, mode, binary, buffering, encoding, errors, newline):
            '''The file object open() returns for a handle the host opened (see FileObjects.cs).'''
            kind = mode.replace('b', '').replace('t', '')
            kind = next(c for c in kind if c in 'rwax') + ('+' if '+' in kind else '')
            raw = FileIO(handle, name, kind)
            if binary and buffering == 0:
                return raw
            buffered = BufferedRandom(raw) if '+' in kind else BufferedReader(raw) if kind == 'r' else BufferedWriter(raw)
            if binary:
                return buffered
            text = TextIOWrapper(buffered, encoding, errors, newline)
            text.mode = mode
            return text
        """;
}
