"""urllib.parse: splitting URLs into components (RFC 3986) and back, resolving relative URLs,
percent-encoding, and query strings. Every function accepts str or ASCII bytes and answers in the
type it was given."""
from urllib._parse_results import (SplitResult, ParseResult, DefragResult, SplitResultBytes,
                                   ParseResultBytes, DefragResultBytes, check_bracketed_host)
from urllib._quoting import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                             unquote_to_bytes, urlencode, parse_qs, parse_qsl)

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit', 'urlencode',
           'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes', 'unquote',
           'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Schemes whose URLs resolve relative references, have a netloc, and have ;params (as CPython lists them).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https',
               'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps', 'rtspu',
              'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'

# WHATWG: leading C0 controls and spaces are dropped, tabs and newlines anywhere are removed.
_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(33))
_UNSAFE = '\t\r\n'

MAX_CACHE_SIZE = 20


def clear_cache():
    """Nothing is cached here."""


def _coerce_args(*args):
    """The arguments as str, and a function that turns str results back into the caller's type."""
    is_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != is_str:
            raise TypeError('Cannot mix str and non-str arguments')
    if is_str:
        return args + (_noop,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_encode_result,)


def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _split_netloc(url, start=0):
    end = len(url)
    for delimiter in '/?#':
        found = url.find(delimiter, start)
        if found >= 0:
            end = min(end, found)
    return url[start:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """scheme://netloc/path?query#fragment as a SplitResult (a 5-tuple)."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() and all(c in scheme_chars for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
        if '[' in netloc:
            check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(url):
    """path;params: the params of the last path segment only."""
    if '/' in url:
        semicolon = url.find(';', url.rfind('/'))
        if semicolon < 0:
            return url, ''
    else:
        semicolon = url.find(';')
    return url[:semicolon], url[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """scheme://netloc/path;params?query#fragment as a ParseResult (a 6-tuple)."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in url:
        url, params = _split_params(url)
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """The URL of a 5-tuple from urlsplit (it may differ from the original, but means the same)."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//':
        url = '//' + url
    elif scheme and scheme in uses_netloc and (not url or url[:1] == '/'):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = f'{url};{params}'
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def _merge_segments(base_path, path):
    """The path of a relative reference resolved against the base path, dot segments removed."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base = base_path.split('/')
        base.pop()
        segments = base + path.split('/')
        # Empty segments between the first and the last are dropped (CPython's long-standing rule).
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return '/'.join(resolved) or '/'


def urljoin(base, url, allow_fragments=True):
    """url resolved against base, the way a browser follows a link on the page at base."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return _coerce_result(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    return _coerce_result(urlunparse((scheme, netloc, _merge_segments(bpath, path), params, query, fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment) as a DefragResult."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        defragmented = urlunparse((scheme, netloc, path, params, query, ''))
    else:
        fragment, defragmented = '', url
    return _coerce_result(DefragResult(defragmented, fragment))


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
