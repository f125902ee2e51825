from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, urlencode,
                          quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes,
                          parse_qs, parse_qsl, SplitResult, ParseResult)
import urllib.parse


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


urls = ['http://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag', 'https://example.com', 'HTTP://x.org/p',
        'ftp://ftp.example.com/pub/file.txt', 'mailto:someone@example.com', 'file:///etc/hosts',
        '//netloc/only/path', '/just/a/path?x=1', 'relative/path#f', 'http://[::1]:80/ipv6',
        'http://[fe80::1%25eth0]/zone', 'http://u@h/', 'http://:@h:/', 'news:comp.lang.python',
        'svn+ssh://host/repo', 'a1+b-c.d://x/y', '1http://x', 'path:with:colons', '  http://lead/space',
        'http://a/b\t\nc', 'tel:+1-555;ext=1', 'http://h/p;a;b', 'http://h/p;a/q;b', 'http://h?#', '']
for url in urls:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url))
    print(' ', s)
    print(' ', p)
    print(' ', s.username, s.password, s.hostname, s.port, '|', s.geturl(), '|', p.geturl())
print(urlsplit('path', scheme='https'), urlparse('//h/p', 'ftp'))
print(urlsplit('http://h/p#f', allow_fragments=False))
r = urlparse('http://h/p?q')
print(r.scheme, r[1], r._replace(path='/new').geturl(), r._fields, isinstance(r, tuple), len(r))
print(SplitResult('http', 'h', '/p', 'q', 'f').geturl(), ParseResult('', '', 'p', 'x', '', '').geturl())
print(urlsplit(b'http://user@H:1/p?q#f'), urlsplit(b'http://user@H:1/p?q#f').hostname)
b = urlparse(b'http://h/p;x?q#f')
print(b, b.geturl(), b.decode(), urlparse('http://h/').encode())
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag(b'http://h/#x').url)
print(urldefrag('http://h/p#f').geturl())
for label, f in [('unclosed bracket', lambda: urlsplit('http://[::1/')),
                 ('stray bracket', lambda: urlsplit('http://::1]/')),
                 ('bad ipv6', lambda: urlsplit('http://[zz]/')),
                 ('ipv4 bracketed', lambda: urlsplit('http://[1.2.3.4]/')),
                 ('ipvfuture', lambda: urlsplit('http://[vz.x]/')),
                 ('ipvfuture ok', lambda: urlsplit('http://[v1.x]/').hostname),
                 ('mixed types', lambda: urlsplit(b'http://a', 'x')),
                 ('port text', lambda: urlsplit('http://a:x/').port),
                 ('port range', lambda: urlsplit('http://a:99999/').port),
                 ('port sign', lambda: urlsplit('http://a:-1/').port),
                 ('port empty', lambda: urlsplit('http://a:/').port),
                 ('unsplit short', lambda: urlunsplit(('a', 'b'))),
                 ('non-ascii bytes', lambda: urlsplit('http://h/é'.encode()))]:
    attempt(label, f)

# urlunsplit / urlunparse
for parts in [('http', 'h', 'p', 'q', 'f'), ('http', '', '/p', '', ''), ('http', '', 'p', '', ''),
              ('', '', '//p', '', ''), ('mailto', '', 'a@b', '', ''), ('file', '', '/tmp', '', ''),
              ('', '', '', '', 'f'), ('sch', '', '', 'q', '')]:
    print(parts, urlunsplit(parts))
print(urlunparse(('http', 'h', '/p', 'par', 'q', 'f')), urlunparse((b'http', b'h', b'/p', b'', b'', b'')))

# urljoin: RFC 3986 section 5.4 examples and more
base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
            '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g',
            'https:g', 'a//b', '//g/h/../i']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('http://a/b/', 'c'), urljoin('http://a', 'b'), urljoin('http://a/b', ''), urljoin('', 'x'))
print(urljoin('mailto:a@b', 'c'), urljoin('http://a/b#f', '#g', allow_fragments=False), urljoin(b'http://a/b/', b'../c'))
print(urljoin('file:///a/b', 'c'), urljoin('svn://a/b/c', '../d'), urljoin('http://a/b/c', 'https://x/y'))
attempt('join mixed', lambda: urljoin('http://a/', b'x'))

# quoting
print(quote('a b/c?d=e&f~g_h.i-j'), quote('a b/c', safe=''), quote('é€😀'), quote('é', encoding='latin-1'))
print(quote(b'\x00\xff /'), quote(''), quote('a+b', safe='+'), quote(bytearray(b'x y')), quote('/~x', safe=b'~'))
print(quote('€', encoding='ascii', errors='replace'), quote_from_bytes(b'a&b', safe='&'), quote_from_bytes(b''))
print(quote_plus('a b&c/d'), quote_plus('a b', safe='/'), quote_plus(b'x y+z'), quote_plus('nospace/'))
print(unquote('a%20b%2Fc'), unquote('%E2%82%AC%e2%82%ac'), unquote('%E2%82'), unquote('bad%zz%4'), unquote('%'))
print(unquote('caf%E9'), unquote('caf%E9', 'latin-1'), unquote('%E9', errors='ignore'), unquote('é%41'))
print(unquote(b'%41%42c'), unquote_plus('a+b%2Bc'), unquote_to_bytes('%41%zz%e2%82%ac'), unquote_to_bytes(b''), unquote_to_bytes('ab'))
for label, f in [('quote int', lambda: quote(5)), ('quote bytes encoding', lambda: quote(b'a', encoding='x')),
                 ('quote bytes errors', lambda: quote(b'a', errors='x')),
                 ('quote strict', lambda: quote('é', encoding='ascii')), ('unquote int', lambda: unquote(5)),
                 ('unquote_to_bytes int', lambda: unquote_to_bytes(5)),
                 ('from_bytes str', lambda: quote_from_bytes('x')),
                 ('unquote strict', lambda: unquote('%ff', errors='strict'))]:
    attempt(label, f)

# urlencode
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('k', 'v'), ('k', 'w')]))
print(urlencode({'a': [1, 2], 'b': 'str', 'c': b'by tes', 'd': 5}, doseq=True), urlencode({'a': [1, 2]}))
print(urlencode({'p': '/x y'}, safe='/'), urlencode({'p': 'a b'}, quote_via=quote), urlencode({b'k': b'v v'}))
print(urlencode({'e': 'é'}, encoding='latin-1'), urlencode([]), urlencode({}), urlencode((('t', (1, 2)),), True))
for label, f in [('urlencode int', lambda: urlencode(5)), ('urlencode str', lambda: urlencode('ab')),
                 ('urlencode pairs', lambda: urlencode([('a', 1, 2)]))]:
    attempt(label, f)

# parse_qs / parse_qsl
qs = 'a=1&b=2&a=3&empty=&noeq&plus=x+y&pct=%E2%82%AC&&bad=%zz'
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs), parse_qs(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%ff'))
print(parse_qsl(b'a=1&b=%ff&c=x+y'), parse_qs(b'k=v&k=w'), parse_qsl(''), parse_qs(''), parse_qsl('=x'))
print(parse_qsl('a=b=c'), parse_qsl('a=1&b=2', max_num_fields=2), parse_qsl(b'a=1;b=2', separator=';'))
for label, f in [('strict no =', lambda: parse_qsl('a=1&b', strict_parsing=True)),
                 ('strict empty', lambda: parse_qsl('a=1&&b=2', strict_parsing=True)),
                 ('empty separator', lambda: parse_qsl('a=1', separator='')),
                 ('separator type', lambda: parse_qsl('a=1', separator=5)),
                 ('too many', lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2)),
                 ('qs strict decode', lambda: parse_qs('a=%ff', errors='strict'))]:
    attempt(label, f)
print(urllib.parse.__all__)
print(urllib.parse.uses_netloc[:5], 'git+ssh' in urllib.parse.uses_netloc, urllib.parse.scheme_chars[-4:])
print(urllib.parse.unwrap('<URL:http://x/>'))
