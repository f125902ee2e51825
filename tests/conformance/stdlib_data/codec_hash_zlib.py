import hashlib
import hmac
import zlib

for name in ["md5", "sha1", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"hello")
    h2 = h.copy()
    h2.update(b" world")
    print(name, h.hexdigest(), h2.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.sha256(b"").hexdigest(), hashlib.md5(b"abc").digest())
h = hashlib.sha1()
for chunk in [b"a", b"b", b"c"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha3_256(b"abc").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex() if hasattr(bytes, "hex") else hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000))
m = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(m.hexdigest(), m.name, m.digest_size)
m2 = m.copy()
m2.update(b" jumps")
print(m2.hexdigest(), hmac.new(b"k", digestmod="md5").hexdigest())
print(hmac.digest(b"key", b"msg", "sha1"), hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
for f in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hmac.new(b"k", b"m")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

data = b"GilGrid "
text = b"the quick brown fox jumps over the lazy dog, again and again and again"
for d in [b"", data, text]:
    print(zlib.decompress(zlib.compress(d)) == d, zlib.decompress(zlib.compress(d, 9)) == d)
print(zlib.decompress(b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15"))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")))
try:
    zlib.decompress(b"not zlib")
except zlib.error as e:
    print("zlib.error", e)
