import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], errno.errorcode[13])
print(errno.EDEADLK == errno.EDEADLOCK, errno.EOPNOTSUPP == errno.ENOTSUP, errno.ETIMEDOUT, errno.ECONNREFUSED)
print(len(errno.errorcode), min(errno.errorcode), max(errno.errorcode))
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:8], names[-4:])
print(all(getattr(errno, errno.errorcode[code]) == code for code in errno.errorcode))
print(all(isinstance(getattr(errno, n), int) for n in names))
print(sorted(set(names) - set(errno.errorcode.values())))
print([n for n in dir(errno) if not n.startswith('E') and not n.startswith('__')])
# OSError picks its subclass from the number
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EINTR, errno.ETIMEDOUT, errno.EPIPE,
             errno.ECONNREFUSED, errno.ECONNRESET, errno.EINVAL):
    e = OSError(code, 'message')
    print(code, errno.errorcode[code], type(e).__name__, e.errno, e)
try:
    open('/definitely/not/here/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
