import stat

modes = [0o100644, 0o100755, 0o040755, 0o041777, 0o120777, 0o104755, 0o102644, 0o106000, 0o101000,
         0o100000, 0o010644, 0o140600, 0o020620, 0o060660, 0o000644, 0o170777, 0o100777]
for mode in modes:
    checks = [f(mode) for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
                                stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT)]
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), ''.join('1' if c else '0' for c in checks))
print(oct(stat.S_IFDIR), oct(stat.S_IFREG), oct(stat.S_IFLNK), oct(stat.S_IFSOCK), oct(stat.S_IFIFO),
      oct(stat.S_IFCHR), oct(stat.S_IFBLK), stat.S_IFDOOR, stat.S_IFPORT, stat.S_IFWHT)
print(oct(stat.S_ISUID), oct(stat.S_ISGID), oct(stat.S_ISVTX), oct(stat.S_ENFMT), oct(stat.S_IRWXU),
      oct(stat.S_IRUSR | stat.S_IWGRP | stat.S_IXOTH), oct(stat.S_IREAD | stat.S_IWRITE | stat.S_IEXEC))
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID, stat.ST_SIZE,
      stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
print(hex(stat.UF_NODUMP), hex(stat.UF_HIDDEN), hex(stat.SF_IMMUTABLE), hex(stat.SF_SETTABLE), hex(stat.UF_SETTABLE))
print(stat.FILE_ATTRIBUTE_READONLY, stat.FILE_ATTRIBUTE_DIRECTORY, stat.FILE_ATTRIBUTE_NORMAL,
      stat.FILE_ATTRIBUTE_REPARSE_POINT, stat.FILE_ATTRIBUTE_NO_SCRUB_DATA)
print(sorted(n for n in dir(stat) if not n.startswith('_')))
for bad in ['x', None, 1.5]:
    try:
        stat.filemode(bad)
    except TypeError as e:
        print('TypeError', type(bad).__name__)
