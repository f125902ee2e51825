"""Context's arithmetic methods: each runs the Decimal operation of the same meaning in this context."""


def _install(Context, Decimal, convert):
    from _decimal_arith import _fix, _new

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            # Unlike the constructor, a context does not accept surrounding whitespace or underscores.
            from _decimal_context import ConversionSyntax
            status = [ConversionSyntax]
            self._commit(status)
            return _new(0, 0, 'n')
        d = Decimal(num, context=self)
        status = []
        if d.is_nan():
            result = d
        elif d.is_infinite():
            result = d
        else:
            result = _fix(d._sign, d._int, d._exp, self, status)
        self._commit(status)
        return result

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    Context.create_decimal = create_decimal
    Context.create_decimal_from_float = create_decimal_from_float

    def binary(method):
        def op(self, a, b):
            return getattr(convert(a), method)(convert(b), context=self)
        op.__name__ = method
        return op

    def unary(method):
        def op(self, a):
            return getattr(convert(a), method)(context=self)
        op.__name__ = method
        return op

    def binary_dunder(dunder, name):
        def op(self, a, b):
            result = getattr(convert(a), dunder)(convert(b), context=self)
            if result is NotImplemented:
                raise TypeError(f'conversion to Decimal is not supported')
            return result
        op.__name__ = name
        return op

    for name, dunder in (('add', '__add__'), ('subtract', '__sub__'), ('multiply', '__mul__'),
                         ('divide', '__truediv__'), ('divide_int', '__floordiv__'),
                         ('remainder', '__mod__'), ('divmod', '__divmod__')):
        setattr(Context, name, binary_dunder(dunder, name))
    for name in ('compare', 'max', 'min', 'max_mag', 'min_mag', 'scaleb', 'copy_sign'):
        setattr(Context, name, binary(name))
    for name in ('sqrt', 'exp', 'ln', 'log10', 'normalize', 'logb', 'to_eng_string'):
        setattr(Context, name, unary(name))

    def rounding_op(name):
        def op(self, a):
            return getattr(convert(a), name)(context=self)
        op.__name__ = name
        return op

    for name in ('to_integral_value', 'to_integral_exact', 'to_integral'):
        setattr(Context, name, rounding_op(name))

    def predicate(name, with_context=False):
        def op(self, a):
            d = convert(a)
            return getattr(d, name)(context=self) if with_context else getattr(d, name)()
        op.__name__ = name
        return op

    for name in ('is_nan', 'is_qnan', 'is_snan', 'is_infinite', 'is_finite', 'is_zero', 'is_signed',
                 'is_canonical', 'copy_abs', 'copy_negate', 'canonical'):
        setattr(Context, name, predicate(name))
    for name in ('is_normal', 'is_subnormal'):
        setattr(Context, name, predicate(name, True))

    def plus(self, a):
        return convert(a).__pos__(context=self)

    def minus(self, a):
        return convert(a).__neg__(context=self)

    def abs_(self, a):
        return convert(a).__abs__(context=self)

    def power(self, a, b, modulo=None):
        return convert(a).__pow__(convert(b), modulo, context=self)

    def quantize(self, a, b):
        return convert(a).quantize(convert(b), context=self)

    def fma(self, a, b, c):
        return convert(a).fma(b, c, context=self)

    def same_quantum(self, a, b):
        return convert(a).same_quantum(convert(b))

    def to_sci_string(self, a):
        from _decimal_format import to_sci
        d = convert(a)
        return to_sci(d._sign, d._int, d._exp, self.capitals)

    def copy_decimal(self, a):
        return convert(a)

    def radix(self):
        return Decimal(10)

    Context.plus, Context.minus, Context.abs, Context.power = plus, minus, abs_, power
    Context.quantize, Context.fma, Context.same_quantum = quantize, fma, same_quantum
    Context.to_sci_string, Context.copy_decimal, Context.radix = to_sci_string, copy_decimal, radix
