# ipaddress: addresses, networks and interfaces of both versions -- parsing and its errors, string
# forms, ordering and arithmetic, classification, hosts(), subnets/supernets, exclusion and collapsing.
import ipaddress as ip


def attempt(fn):
    try:
        return repr(fn())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


a = ip.ip_address('192.168.1.10')
print(repr(a), str(a), int(a), a.packed, a.version, a.max_prefixlen, a + 5, a - 10, a.reverse_pointer, a.exploded)
print(ip.ip_address(3232235786), ip.ip_address(b'\x7f\x00\x00\x01'), ip.IPv4Address('0.0.0.0') < a, a == ip.IPv4Address(int(a)))
for text in ('10.0.0.1', '127.0.0.1', '169.254.3.4', '224.0.0.1', '240.0.0.1', '0.0.0.0', '8.8.8.8', '100.64.1.1',
             '172.16.5.4', '192.0.0.9', '255.255.255.255'):
    x = ip.ip_address(text)
    print(text, x.is_private, x.is_global, x.is_loopback, x.is_link_local, x.is_multicast, x.is_reserved, x.is_unspecified)
for bad in ('1.2.3', '1.2.3.256', '1.2.3.04', '1.2.3.a', '1..3.4', '', '1.2.3.4/24', '1.2.3.1234', -1, 2 ** 32, b'\x01\x02'):
    print(repr(bad), attempt(lambda: ip.IPv4Address(bad)))
print(attempt(lambda: ip.ip_address('nonsense')), attempt(lambda: ip.ip_address(-1)))
print(attempt(lambda: a + 2 ** 32), attempt(lambda: ip.IPv4Address('1.2.3.4') < ip.IPv6Address('::1')))

v6 = ip.ip_address('2001:0db8:0000:0000:0000:ff00:0042:8329')
print(repr(v6), v6.exploded, v6.compressed, int(v6), v6.packed.hex(), v6.version)
scoped = ip.ip_address('fe80::1%eth0')
print(scoped, repr(scoped), scoped.scope_id, scoped == ip.ip_address('fe80::1'), scoped.is_link_local)
for text in ('::', '::1', '1::', '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '::ffff:192.168.1.1',
             '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'ff02::1', 'fc00::5', '2606:4700::1111',
             '0:0:0:0:0:0:0:0', 'ABCD:EF01::'):
    x = ip.ip_address(text)
    print(text, '->', x, x.exploded, x.is_private, x.is_global, x.is_loopback, x.is_link_local, x.is_multicast,
          x.is_unspecified, x.is_reserved, x.ipv4_mapped, x.sixtofour, x.teredo, x.scope_id)
print(ip.ip_address('::1').reverse_pointer)
for bad in ('1:2', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'g::', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3:4:5:6:7',
            '::1.2.3', 'fe80::%', '1:2:3:4:5:6:7::8'):
    print(repr(bad), attempt(lambda: ip.IPv6Address(bad)))

n = ip.ip_network('192.168.0.0/22')
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n[0], n[-1], n[5], attempt(lambda: n[1024]))
print(ip.IPv4Address('192.168.3.7') in n, ip.IPv4Address('192.168.4.0') in n, list(ip.ip_network('10.0.0.0/30').hosts()))
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.5/32').hosts()), len(list(n)))
print(list(n.subnets()), list(n.subnets(new_prefix=24)), n.supernet(), n.supernet(new_prefix=16))
print(ip.ip_network('10.1.2.0/24').subnet_of(ip.ip_network('10.0.0.0/8')), ip.ip_network('10.0.0.0/8').supernet_of(ip.ip_network('10.1.0.0/16')))
print(ip.ip_network('10.0.0.0/24').overlaps(ip.ip_network('10.0.0.128/25')), ip.ip_network('10.0.0.0/24').overlaps(ip.ip_network('10.0.1.0/24')))
print(list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.64/26'))))
print(ip.ip_network('192.168.1.1/24', strict=False), ip.ip_network('10.0.0.0/255.255.0.0'), ip.ip_network('10.0.0.0/0.0.255.255'))
print(ip.ip_network(('10.1.0.0', 16)), ip.ip_network((167772160, 8)), ip.ip_network('10.0.0.1'))
for bad in ('192.168.1.1/24', '10.0.0.0/33', '10.0.0.0/255.0.255.0', '10.0.0.0/x', '10.0.0.0/24/1', 'net'):
    print(repr(bad), attempt(lambda: ip.IPv4Network(bad)))
print(attempt(lambda: ip.ip_network('10.0.0.0/33')), attempt(lambda: list(n.subnets(new_prefix=20))), attempt(lambda: n.supernet(new_prefix=23)))
print(sorted([ip.ip_network('10.0.1.0/24'), ip.ip_network('10.0.0.0/16'), ip.ip_network('10.0.0.0/24')]))
print(n == ip.IPv4Network('192.168.0.0/22'), hash(n) == hash(ip.IPv4Network('192.168.0.0/22')), n.is_private, n.is_global)

n6 = ip.ip_network('2001:db8::/126')
print(repr(n6), n6.exploded, n6.broadcast_address, n6.netmask, list(n6.hosts()), n6.num_addresses)
print(list(ip.ip_network('2001:db8::/64').subnets(new_prefix=66)), ip.ip_network('2001:db8::/64').supernet(new_prefix=32))
print(attempt(lambda: ip.IPv6Network('2001:db8::1/64')), attempt(lambda: ip.IPv6Network('::/129')), ip.ip_network('2001:db8::1/64', strict=False))
print(ip.ip_network('fe80::/10').is_link_local, ip.ip_network('2001:db8::/32').is_private, ip.IPv6Network('::/0').num_addresses)

i4 = ip.ip_interface('192.168.5.7/24')
print(repr(i4), i4.ip, i4.network, i4.netmask, i4.hostmask, i4.with_prefixlen, i4.with_netmask, i4.with_hostmask)
print(i4 == ip.IPv4Interface('192.168.5.7/24'), i4 == ip.IPv4Interface('192.168.5.7/25'), ip.ip_interface('10.0.0.1'))
i6 = ip.ip_interface('2001:db8::5/64')
print(repr(i6), i6.ip, i6.network, i6.with_prefixlen, i6.exploded)
print(attempt(lambda: ip.ip_interface('1.2.3.4/40')), attempt(lambda: ip.ip_interface('x')))

print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25'), ip.ip_network('192.0.3.0/24')])))
print(list(ip.collapse_addresses([ip.IPv4Address('10.0.0.%d' % i) for i in range(8)] + [ip.IPv4Address('10.0.0.9')])))
print(ip.v4_int_to_packed(16909060), ip.v6_int_to_packed(1)[-2:], attempt(lambda: ip.v4_int_to_packed(2 ** 32)))
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('10.0.0.1')]), sorted({ip.ip_address('::2'), ip.ip_address('::1')}))
print(f'{a}', format(a, '>16s'), ip.get_mixed_type_key(a) < ip.get_mixed_type_key(v6))
