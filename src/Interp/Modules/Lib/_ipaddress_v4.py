"""ipaddress's IPv4 classes."""
from ipaddress import (_BaseAddress, _BaseInterface, _BaseNetwork, AddressValueError, NetmaskValueError,
                       IPV4LENGTH, _split_optional_netmask)


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not (0 <= prefixlen <= cls.max_prefixlen):
                    cls._report_invalid_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            netmask = IPv4Address(cls._ip_int_from_prefix(prefixlen))
            cls._netmask_cache[arg] = netmask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % ip_str)
        try:
            return int.from_bytes(bytes(map(cls._parse_octet, octets)))
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError('Empty octet not permitted')
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError('Only decimal digits permitted in %r' % octet_str)
        if len(octet_str) > 3:
            raise ValueError('At most 3 characters permitted in %r' % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % octet_str)
        octet_int = int(octet_str, 10)
        if octet_int > 255:
            raise ValueError('Octet %d (> 255) not permitted' % octet_int)
        return octet_int

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4)))

    def _reverse_pointer(self):
        reverse_octets = str(self).split('.')[::-1]
        return '.'.join(reverse_octets) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address)
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @property
    def is_reserved(self):
        return self in IPv4Network('240.0.0.0/4')

    @property
    def is_private(self):
        return (any(self in net for net in _IPv4Constants._private_networks)
                and all(self not in net for net in _IPv4Constants._private_networks_exceptions))

    @property
    def is_global(self):
        return self not in IPv4Network('100.64.0.0/10') and not self.is_private

    @property
    def is_multicast(self):
        return self in IPv4Network('224.0.0.0/4')

    @property
    def is_unspecified(self):
        return self == IPv4Address('0.0.0.0')

    @property
    def is_loopback(self):
        return self in IPv4Network('127.0.0.0/8')

    @property
    def is_link_local(self):
        return self in IPv4Network('169.254.0.0/16')

    @property
    def ipv6_mapped(self):
        from ipaddress import IPv6Address
        return IPv6Address(f'::ffff:{self}')


class IPv4Interface(_BaseInterface, IPv4Address):
    _address_class = IPv4Address


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: network address and prefix length ('10.0.0.0/8', '10.0.0.0/255.0.0.0')."""
    _address_class = IPv4Address

    @property
    def is_global(self):
        return (not (self.network_address in IPv4Network('100.64.0.0/10') and
                     self.broadcast_address in IPv4Network('100.64.0.0/10')) and
                not self.is_private)


class _IPv4Constants:
    _linklocal_network = IPv4Network('169.254.0.0/16')
    _loopback_network = IPv4Network('127.0.0.0/8')
    _multicast_network = IPv4Network('224.0.0.0/4')
    _public_network = IPv4Network('100.64.0.0/10')
    _private_networks = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/29',
        '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    _private_networks_exceptions = [IPv4Network('192.0.0.9/32'), IPv4Network('192.0.0.10/32')]
    _reserved_network = IPv4Network('240.0.0.0/4')
    _unspecified_address = IPv4Address('0.0.0.0')


IPv4Address._constants = _IPv4Constants
IPv4Network._constants = _IPv4Constants
IPv4Interface._network_class = IPv4Network
