"""gzip: compress/decompress and GzipFile / open over our zlib (raw deflate plus the gzip header
and trailer written and checked here: magic, flags, mtime, optional name, CRC-32 and size).

A GzipFile being read decompresses the whole stream on its first read (then reads, lines, seeks and
tells work on the uncompressed bytes); one being written compresses as data arrives. Our io has no
BufferedIOBase, so GzipFile is a plain class with the same methods.
"""
import builtins
import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_MAGIC = b'\037\213'


_EBADF = 9  # errno.EBADF


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _extra_flags(level):
    # What zlib writes in the XFL byte: 2 for the best compression, 4 for the fastest.
    return 2 if level == _COMPRESS_LEVEL_BEST else (4 if level < 2 else 0)


def _header(mtime, level, filename=b''):
    flags = FNAME if filename else 0
    head = _MAGIC + b'\010' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff)
    head += bytes([_extra_flags(level), 255])
    if filename:
        head += filename + b'\000'
    return head


def _deflater(level):
    return zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)


# The smallest complete deflate stream (one empty final block): our zlib's compressobj gives no
# bytes at all for an empty input, which no inflater accepts.
_EMPTY_DEFLATE = b'\003\000'


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compresses data into one gzip member stamped with mtime (by default the current time)."""
    if mtime is None:
        mtime = time.time()
    data = memoryview(data).tobytes() if not isinstance(data, bytes) else data
    deflater = _deflater(compresslevel)
    body = deflater.compress(data) + deflater.flush() or _EMPTY_DEFLATE
    trailer = struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)
    return _header(mtime, compresslevel) + body + trailer


class _Member:
    """One parsed gzip member: where its deflate data starts and its header's mtime."""

    def __init__(self, data, pos):
        magic = data[pos:pos + 2]
        if magic != _MAGIC:
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        if len(data) - pos < 10:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        method, flags = data[pos + 2], data[pos + 3]
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        self.mtime = struct.unpack('<L', data[pos + 4:pos + 8])[0]
        pos += 10
        if flags & FEXTRA:
            if len(data) < pos + 2:
                raise EOFError('Compressed file ended before the end-of-stream marker was reached')
            extra = struct.unpack('<H', data[pos:pos + 2])[0]
            pos += 2 + extra
        for flag in (FNAME, FCOMMENT):
            if flags & flag:
                end = data.find(b'\000', pos)
                if end < 0:
                    raise EOFError('Compressed file ended before the end-of-stream marker was reached')
                pos = end + 1
        if flags & FHCRC:
            pos += 2
        if pos > len(data):
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        self.start = pos


def _decompress_members(data):
    """(uncompressed bytes, mtime of the last member) of every member in data; zero padding after
    the last member is allowed, as in CPython."""
    out = []
    pos = 0
    mtime = None
    while True:
        while pos < len(data) and data[pos] == 0:
            pos += 1
        if pos >= len(data):
            break
        member = _Member(data, pos)
        mtime = member.mtime
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        chunk = inflater.decompress(data[member.start:])
        if not inflater.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        rest = inflater.unused_data
        if len(rest) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, size = struct.unpack('<LL', rest[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(zlib.crc32(chunk))))
        if size != len(chunk) & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        out.append(chunk)
        pos = len(data) - len(rest) + 8
    return b''.join(out), mtime


def decompress(data):
    """Decompresses gzip data (every member, concatenated)."""
    return _decompress_members(bytes(data))[0]


class GzipFile:
    """A gzip file over a file object (or a file opened by name), read or written like a binary file."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = None  # decompressed on the first read
            self._mtime = None
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change in future Python '
                              'releases.  Specify the mode argument for opening it for writing.',
                              FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b'')
            self._size = 0
            self._offset = 0
            self._compress = _deflater(compresslevel)
            self._write_mtime = mtime
            self._level = compresslevel
            self._header_written = False
            self._deflated_any = False
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        self.compresslevel = compresslevel

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._mtime if self.mode == READ else None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    # --- state ---

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _check_mode(self, wanted, action):
        if self.mode != wanted:
            raise OSError(_EBADF, f'{action}() on {"write" if wanted == WRITE else "read"}-only GzipFile object')

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    # --- writing ---

    def _write_header(self):
        name = os.path.basename(self.name)
        if isinstance(name, str):
            name = name.encode('latin-1', 'replace') if name else b''
        if name.endswith(b'.gz'):
            name = name[:-3]
        mtime = self._write_mtime if self._write_mtime is not None else time.time()
        self.fileobj.write(_header(mtime, self._level, name))
        self._header_written = True

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(_EBADF, 'write() on read-only GzipFile object')
        if not self._header_written:
            self._write_header()
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).tobytes()  # our zlib takes bytes and bytearray only
        length = len(data)
        if length > 0:
            self._emit(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            if not self._header_written:
                self._write_header()
            self._emit(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def _emit(self, deflated):
        if deflated:
            self._deflated_any = True
            self.fileobj.write(deflated)

    # --- reading ---

    def _load(self):
        if self._buffer is None:
            data, self._mtime = _decompress_members(self.fileobj.read())
            self._buffer = io.BytesIO(data)
        return self._buffer

    def _reader(self, action):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_EBADF, f'{action}() on write-only GzipFile object')
        return self._load()

    def read(self, size=-1):
        return self._reader('read').read(size)

    def read1(self, size=-1):
        return self._reader('read1').read(size)

    def peek(self, n):
        buffer = self._reader('peek')
        here = buffer.tell()
        data = buffer.read(max(n, 1))
        buffer.seek(here)
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        return self._reader('readline').readline(size)

    def readlines(self, hint=-1):
        return self._reader('readlines').readlines(hint)

    def __iter__(self):
        self._reader('__iter__')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self._offset + offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        return self._reader('seek').seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        return self._offset if self.mode == WRITE else self._load().tell()

    def rewind(self):
        self.seek(0)

    # --- closing ---

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                if not self._header_written:
                    self._write_header()
                tail = self._compress.flush()
                fileobj.write(tail if tail or self._deflated_any else _EMPTY_DEFLATE)
                fileobj.write(struct.pack('<LL', self._crc, self._size & 0xffffffff))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """A GzipFile (binary modes) or a text file over one (modes with 't')."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return io.TextIOWrapper(binary_file, encoding or 'utf-8', errors, newline)
    return binary_file
