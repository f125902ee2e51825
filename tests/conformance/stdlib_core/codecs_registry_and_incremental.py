import codecs
import io


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


# lookup: names, aliases, CodecInfo as a tuple
for name in ['utf-8', 'UTF8', 'U8', 'latin-1', 'L1', 'iso-8859-1', 'ascii', 'US-ASCII', 'utf-16',
             'utf_16_le', 'UTF-16BE', 'utf-32', 'cp1252', 'windows-1252', 'utf-8-sig', 'hex', 'base64',
             'rot13', 'zlib']:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__, isinstance(info, tuple), len(info), info._is_text_encoding,
          info.incrementalencoder.__module__, info.incrementaldecoder.__qualname__)
info = codecs.lookup('utf-8')
print(info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter)
print(codecs.lookup('utf-8') is codecs.lookup('utf-8'))
attempt('unknown', lambda: codecs.lookup('no-such-codec'))
attempt('not str', lambda: codecs.lookup(5))

# constants
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE == codecs.BOM32_LE, codecs.BOM64_BE == codecs.BOM_UTF32_BE)

# encode/decode over every codec, and the codec functions
for name, text in [('utf-8', 'h€llo \U0001f600'), ('latin-1', 'café'), ('ascii', 'plain'),
                   ('utf-16', 'hé'), ('utf-16-be', 'hé'), ('utf-32', 'x\U0001f600'), ('utf-32-le', 'é'),
                   ('cp1252', '€5 – ok'), ('utf-8-sig', 'bom')]:
    data = codecs.encode(text, name)
    print(name, data, codecs.decode(data, name) == text)
print(codecs.decode(b'\xef\xbb\xbfabc', 'utf-8-sig'), codecs.decode(b'abc', 'utf-8-sig'))
print(codecs.decode(b'\xfe\xff\x00h', 'utf-16'), codecs.decode(bytearray(b'ab'), 'ascii'), codecs.decode(memoryview(b'hi')))
print(codecs.encode(b'\x01\xfe', 'hex'), codecs.decode(b'01FE', 'hex'), codecs.encode(b'hi there', 'base64'))
print(codecs.decode(codecs.encode(b'abc' * 10, 'zlib'), 'zlib'), codecs.encode('Hello, World!', 'rot13'))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('utf-16-le')(b'h\x00i\x00'))
print(codecs.utf_8_encode('é'), codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_8_decode(b'a\xe2\x82\xac', 'strict', True))
print(codecs.latin_1_encode('abc'), codecs.ascii_decode(b'abc'), codecs.utf_16_ex_decode(b'\xfe\xff\x00a'))
print(codecs.utf_16_le_decode(b'a\x00b'), codecs.utf_16_be_decode(b'\xd8\x3d'), codecs.utf_32_be_encode('a'))
attempt('encode bytes', lambda: codecs.encode(b'x'))
attempt('decode str', lambda: codecs.decode('x'))
attempt('encode int', lambda: codecs.utf_8_encode(1))
attempt('ascii', lambda: codecs.encode('é', 'ascii'))
attempt('latin-1', lambda: codecs.encode('€', 'latin-1'))
attempt('cp1252', lambda: codecs.decode(b'\x81', 'cp1252'))
attempt('utf-8 end', lambda: codecs.decode(b'a\xe2\x82', 'utf-8'))
attempt('utf-16 odd', lambda: codecs.decode(b'a\x00b', 'utf-16-le'))
attempt('hex', lambda: codecs.decode(b'zz', 'hex'))
attempt('str hex', lambda: codecs.encode('x', 'hex'))
print(codecs.encode('x', 'utf-8', 'no-such-handler'))
print(codecs.encode('aé€', 'ascii', 'replace'), codecs.encode('aé€', 'ascii', 'xmlcharrefreplace'),
      codecs.decode(b'a\xffb', 'utf-8', 'backslashreplace'), ascii(codecs.decode(b'a\xffb', 'utf-8', 'surrogateescape')))

# incremental encoders and decoders
decoder = codecs.getincrementaldecoder('utf-8')()
print(decoder.getstate(), repr(decoder.decode(b'a\xe2')), decoder.getstate(), repr(decoder.decode(b'\x82')),
      repr(decoder.decode(b'\xac!')), decoder.getstate())
decoder.decode(b'\xf0\x9f')
decoder.reset()
print(decoder.getstate(), repr(decoder.decode(b'ok')))
attempt('final incomplete', lambda: codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', final=True))
attempt('bad continuation', lambda: codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x41'))
print(repr(codecs.getincrementaldecoder('utf-8')('replace').decode(b'\xe2\x82', final=True)))
chunks = [b'\xff', b'\xfeh\x00', b'\x3d', b'\xd8\x00', b'\xde']
decoder = codecs.getincrementaldecoder('utf-16')()
print([decoder.decode(c) for c in chunks], decoder.decode(b'', final=True) == '')
decoder = codecs.getincrementaldecoder('utf-16')()
print([decoder.decode(c) for c in [b'\xfe', b'\xff\x00h', b'\x00i']])
decoder = codecs.getincrementaldecoder('utf-32')()
print([decoder.decode(c) for c in [b'\xff\xfe\x00', b'\x00a\x00', b'\x00\x00']])
decoder = codecs.getincrementaldecoder('utf-8-sig')()
print([decoder.decode(c) for c in [b'\xef', b'\xbb', b'\xbfa', b'\xef\xbb\xbf']])
decoder = codecs.getincrementaldecoder('latin-1')()
print(decoder.decode(b'caf\xe9'))
encoder = codecs.getincrementalencoder('utf-16')()
print(encoder.getstate(), encoder.encode('a'), encoder.encode('b'), encoder.getstate())
encoder.reset()
print(encoder.encode('c'))
encoder = codecs.getincrementalencoder('utf-8-sig')()
print(encoder.encode('a'), encoder.encode('b'))
encoder = codecs.getincrementalencoder('ascii')('backslashreplace')
print(encoder.encode('é'), encoder.errors)
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'x'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'utf-16-le')))
print([cls.__name__ for cls in type(codecs.getincrementaldecoder('utf-8')()).__mro__])


class Upper(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return input.upper().encode()


print(Upper().encode('abc'), Upper().getstate(), codecs.IncrementalDecoder().getstate())

# stream readers and writers
stream = io.BytesIO()
writer = codecs.getwriter('utf-16-le')(stream)
writer.write('hé')
writer.writelines(['1', '2'])
print(stream.getvalue())
reader = codecs.getreader('utf-8')(io.BytesIO('line one\nligne deux é\nend'.encode()))
print(repr(reader.readline()), repr(reader.readline()), repr(reader.read()))
print(list(codecs.getreader('utf-8')(io.BytesIO(b'a\nb\n'))))

# error handlers
print([codecs.lookup_error(n).__name__ for n in ['strict', 'ignore', 'replace', 'backslashreplace',
                                                 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
                                                 'surrogatepass']])
print(codecs.lookup_error('strict') is codecs.strict_errors)
enc_err = UnicodeEncodeError('ascii', 'aé\U0001f600b', 1, 3, 'bad')
dec_err = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    attempt(name + ' enc', lambda: codecs.lookup_error(name)(enc_err))
    attempt(name + ' dec', lambda: codecs.lookup_error(name)(dec_err))
attempt('surrogatepass utf-8', lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'x')))
attempt('surrogatepass back', lambda: codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 1, 'x')))
attempt('surrogateescape enc', lambda: codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', '\udcff', 0, 1, 'x')))
attempt('replace other', lambda: codecs.lookup_error('replace')(ValueError('x')))
attempt('strict non-exception', lambda: codecs.lookup_error('strict')(5))
attempt('unknown handler', lambda: codecs.lookup_error('no-such-handler'))
attempt('handler name type', lambda: codecs.lookup_error(5))
attempt('register non-callable', lambda: codecs.register_error('x', 5))


def bracket(exc):
    return '[%d-%d]' % (exc.start, exc.end), exc.end


codecs.register_error('bracket', bracket)
print(codecs.lookup_error('bracket') is bracket)
print(codecs.encode('aéb€', 'ascii', 'bracket'), codecs.decode(b'a\xffb\xfe', 'ascii', 'bracket'))
print(codecs.getincrementaldecoder('utf-8')('bracket').decode(b'x\xff\xe2\x82', final=True))
codecs.register_error('bytes-out', lambda e: (b'<?>', e.end))
print(codecs.encode('a€', 'latin-1', 'bytes-out'))
codecs.register_error('back-one', lambda e: ('x', -1))
print(codecs.encode('éab', 'ascii', 'back-one'))
codecs.register_error('wrong', lambda e: 5)
attempt('bad result enc', lambda: codecs.encode('é', 'ascii', 'wrong'))
attempt('bad result dec', lambda: codecs.decode(b'\xff', 'ascii', 'wrong'))
codecs.register_error('far', lambda e: ('x', 99))
attempt('out of bounds', lambda: codecs.encode('é', 'ascii', 'far'))


# search functions
def search(name):
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s[::-1].encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode()[::-1], len(b)), name='my-codec')
    return None


codecs.register(search)
print(codecs.lookup('My Codec').name, codecs.encode('abc', 'my_codec'), codecs.decode(b'cba', 'my_codec'))
codecs.unregister(search)
attempt('after unregister', lambda: codecs.lookup('my_codec'))
attempt('register non-callable', lambda: codecs.register(5))

# stateful stream codecs: one BOM per stream, the BOM's byte order kept for later reads
for name in ['utf-16', 'utf-32', 'utf-8-sig']:
    info = codecs.lookup(name)
    print(name, info[2] is info.streamreader, info[3] is info.streamwriter, info.streamwriter.__module__)
    stream = io.BytesIO()
    writer = codecs.getwriter(name)(stream)
    writer.write('ab')
    writer.write('c\n')
    writer.writelines(['d', 'e\n'])
    print(stream.getvalue())
    reader = codecs.getreader(name)(io.BytesIO(stream.getvalue()))
    print(repr(reader.readline()), repr(reader.read()))
big = io.BytesIO(codecs.BOM_UTF16_BE + 'xy\nz'.encode('utf-16-be'))
reader = codecs.getreader('utf-16')(big)
print(repr(reader.read(1)), repr(reader.read(3)), repr(reader.read()))

# str.encode and bytes.decode reach the codecs and error handlers registered here
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfhi'.decode('utf-8-sig'), 'aéb€'.encode('ascii', 'bracket'),
      b'a\xffb'.decode('utf-8', 'bracket'))
codecs.register(search)
print('abc'.encode('my_codec'), b'cba'.decode('my_codec'))
for label, f in [('str hex', lambda: 'x'.encode('hex')), ('bytes rot13', lambda: b'x'.decode('rot13')),
                 ('unknown', lambda: 'x'.encode('no-such-codec')),
                 ('unknown handler', lambda: 'é'.encode('ascii', 'no-such-handler'))]:
    attempt(label, f)
print('x'.encode('ascii', 'no-such-handler'))
