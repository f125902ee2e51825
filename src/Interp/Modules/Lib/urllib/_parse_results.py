"""The result types of urllib.parse: named tuples whose netloc is also read as user, password,
host and port, in a str and a bytes flavour that convert into each other."""
from collections import namedtuple

_DefragBase = namedtuple('_DefragResultBase', 'url fragment')
_SplitBase = namedtuple('_SplitResultBase', 'scheme netloc path query fragment')
_ParseBase = namedtuple('_ParseResultBase', 'scheme netloc path params query fragment')


class _NetlocMixin:
    """user:password@host:port, read from the netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone (after %) keeps its case.
        address, percent, zone = hostname.partition('%' if isinstance(hostname, str) else b'%')
        return address.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f'Port could not be cast to integer value as {port!r}')
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError('Port out of range 0-65535')
        return port

    @property
    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition(self._sep('@'))
        if not at:
            return None, None
        username, colon, password = userinfo.partition(self._sep(':'))
        return username, (password if colon else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(self._sep('@'))[2]
        _, bracket, bracketed = hostinfo.partition(self._sep('['))
        if bracket:
            hostname, _, rest = bracketed.partition(self._sep(']'))
            port = rest.partition(self._sep(':'))[2]
        else:
            hostname, _, port = hostinfo.partition(self._sep(':'))
        return hostname, (port or None)


class _StrMixin(_NetlocMixin):
    __slots__ = ()

    @staticmethod
    def _sep(text):
        return text

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_type(*(x.encode(encoding, errors) for x in self))


class _BytesMixin(_NetlocMixin):
    __slots__ = ()

    @staticmethod
    def _sep(text):
        return text.encode()

    def decode(self, encoding='ascii', errors='strict'):
        return self._str_type(*(x.decode(encoding, errors) for x in self))


class DefragResult(_DefragBase, _StrMixin):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitBase, _StrMixin):
    __slots__ = ()

    def geturl(self):
        from urllib.parse import urlunsplit
        return urlunsplit(self)


class ParseResult(_ParseBase, _StrMixin):
    __slots__ = ()

    def geturl(self):
        from urllib.parse import urlunparse
        return urlunparse(self)


class DefragResultBytes(_DefragBase, _BytesMixin):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitBase, _BytesMixin):
    __slots__ = ()

    def geturl(self):
        from urllib.parse import urlunsplit
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _BytesMixin):
    __slots__ = ()

    def geturl(self):
        from urllib.parse import urlunparse
        return urlunparse(self)


for _str, _bytes in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)):
    _str._bytes_type = _bytes
    _bytes._str_type = _str
    _str.__module__ = _bytes.__module__ = 'urllib.parse'

_HEX = '0123456789abcdefABCDEF'


def _is_ipv4(text):
    parts = text.split('.')
    return len(parts) == 4 and all(p.isdigit() and p.isascii() and len(p) <= 3 and int(p) <= 255
                                   and (p == '0' or p[0] != '0') for p in parts)


def _is_ipv6(text):
    address = text.partition('%')[0] if '%' in text else text
    if '%' in text and not text.partition('%')[2]:
        return False
    if address.count('::') > 1:
        return False
    head, double, tail = address.partition('::')
    groups = [g for g in (head.split(':') if head else [])] + [g for g in (tail.split(':') if tail else [])]
    if groups and _is_ipv4(groups[-1]):
        groups[-1:] = ['0', '0']
    if not all(1 <= len(g) <= 4 and all(c in _HEX for c in g) for g in groups):
        return False
    return len(groups) < 8 if double else len(groups) == 8


def check_bracketed_host(hostname):
    """What may stand between [ and ] in a netloc: an IPv6 address or an IPvFuture one (RFC 3986)."""
    if hostname.startswith('v'):
        version, dot, rest = hostname[1:].partition('.')
        if not (version and all(c in _HEX for c in version) and dot and rest):
            raise ValueError('IPvFuture address is invalid')
    elif _is_ipv4(hostname):
        raise ValueError('An IPv4 address cannot be in brackets')
    elif not _is_ipv6(hostname):
        raise ValueError(f'{hostname!r} does not appear to be an IPv4 or IPv6 address')
