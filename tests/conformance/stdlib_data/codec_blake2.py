# hashlib.blake2b / blake2s: digests for every parameter, incremental updates, copies, errors.
import hashlib
B, S = hashlib.blake2b, hashlib.blake2s
for data in [b'', b'abc', b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 5]:
    print(len(data), B(data).hexdigest(), S(data).hexdigest())
for kw in [dict(digest_size=16), dict(digest_size=1), dict(key=b'secret'), dict(key=b'k' * 64, digest_size=20),
           dict(salt=b'salty'), dict(person=b'me'), dict(fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1,
           inner_size=32, last_node=True), dict(salt=b's' * 16, person=b'p' * 16)]:
    print(kw, B(b'message', **kw).hexdigest())
    small = {k: (v[:8] if isinstance(v, bytes) else min(v, 32) if k in ('digest_size', 'inner_size') else v) for k, v in kw.items()}
    print(' s', S(b'message', **small).hexdigest())
h = B(digest_size=32)
for chunk in [b'x' * 100, b'y' * 28, b'z' * 300, b'', b'w']:
    h.update(chunk)
print('incremental', h.hexdigest() == B(b'x' * 100 + b'y' * 28 + b'z' * 300 + b'w', digest_size=32).hexdigest())
c = h.copy()
c.update(b'more')
print(h.hexdigest() != c.hexdigest(), c.hexdigest() == B(b'x' * 100 + b'y' * 28 + b'z' * 300 + b'wmore', digest_size=32).hexdigest())
print(h.name, h.digest_size, h.block_size, S().name, S().digest_size, S().block_size, B.SALT_SIZE, B.PERSON_SIZE, B.MAX_KEY_SIZE, B.MAX_DIGEST_SIZE, S.SALT_SIZE, S.MAX_DIGEST_SIZE)
print(hashlib.new('blake2b', b'abc').hexdigest() == B(b'abc').hexdigest(), hashlib.new('blake2s', b'abc', digest_size=8).hexdigest(), 'blake2s' in hashlib.algorithms_available)
print(B(b'abc').digest()[:4], type(B(b'')).__name__, type(B(b'')).__module__)
print(B(memoryview(b'view')).hexdigest()[:16], B(bytearray(b'view')).hexdigest()[:16])
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k' * 65), dict(salt=b's' * 17), dict(person=b'p' * 17), dict(fanout=256), dict(depth=0), dict(leaf_size=2 ** 32), dict(leaf_size=-1), dict(node_depth=256), dict(inner_size=65), dict(node_offset=-1)]:
    try:
        B(**kw)
    except (ValueError, OverflowError) as e:
        print(list(kw)[0], type(e).__name__, e)
for bad in [lambda: S(node_offset=2 ** 48), lambda: B('abc'), lambda: B(b'a', b'b'), lambda: B().update('s'), lambda: S(digest_size=33)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
