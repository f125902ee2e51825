"""decimal's text output: to-scientific/engineering strings and __format__."""


def _special_text(sign, coef, exp):
    text = '-' if sign else ''
    if exp == 'F':
        return text + 'Infinity'
    return text + ('sNaN' if exp == 'N' else 'NaN') + (str(coef) if coef else '')


def to_sci(sign, coef, exp, capitals, eng=False):
    """The specification's to-scientific-string (or to-engineering-string)."""
    if isinstance(exp, str):
        return _special_text(sign, coef, exp)
    digits = str(coef)
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dotplace = leftdigits  # plain notation
    elif not eng:
        dotplace = 1
    elif coef == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart, fracpart = '0', '.' + '0' * -dotplace + digits
    elif dotplace >= len(digits):
        intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
    else:
        intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
    if leftdigits == dotplace:
        suffix = ''
    else:
        suffix = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
    return ('-' if sign else '') + intpart + fracpart + suffix


def _parse_spec(spec):
    """A format spec's fields, as in the format mini-language."""
    fields = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'alt': False, 'zero': False,
              'width': 0, 'grouping': '', 'precision': None, 'type': None}
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fields['fill'], fields['align'], i = spec[0], spec[1], 2
    elif spec[:1] and spec[0] in '<>=^':
        fields['align'], i = spec[0], 1
    if spec[i:i + 1] and spec[i] in '+- ':
        fields['sign'] = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        fields['z'] = True
        i += 1
    if spec[i:i + 1] == '#':
        fields['alt'] = True
        i += 1
    if spec[i:i + 1] == '0':
        fields['zero'] = True
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    if i > start:
        fields['width'] = int(spec[start:i])
    if spec[i:i + 1] == ',':  # the C implementation has no '_' grouping
        fields['grouping'] = spec[i]
        i += 1
    if spec[i:i + 1] == '.':
        start = i = i + 1
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError('Format specifier missing precision')
        fields['precision'] = int(spec[start:i])
    rest = spec[i:]
    if len(rest) > 1 or (rest and rest not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    fields['type'] = rest or None
    if fields['zero'] and fields['align'] is None:
        fields['fill'], fields['align'] = '0', '='
    return fields


def _group(intpart, sep, min_width):
    if not sep:
        return intpart.rjust(min_width, '0') if min_width > len(intpart) else intpart
    groups = []
    while intpart:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    text = sep.join(reversed(groups)) or '0'
    # Zero padding goes into the grouped digits (000,012), as for ints.
    while len(text) < min_width:
        text = ('0' if len(text.split(sep)[0]) < 3 else '0' + sep) + text
    return text


def format_decimal(d, spec, ctx):
    from _decimal_arith import _rescale, _drop_digits, _new
    f = _parse_spec(spec)
    kind, precision, rounding = f['type'], f['precision'], ctx.rounding
    sign = d._sign
    if isinstance(d._exp, str):
        body = _special_text(0, d._int, d._exp)
        if kind == '%':
            body += '%'
        if f['zero'] and f['align'] == '=' and f['fill'] == '0':
            f['fill'], f['align'] = ' ', '>'  # no zero padding for Infinity and NaN
        return _pad(sign, body, f)
    if kind is None:
        kind = 'G' if ctx.capitals else 'g'
    coef, exp = d._int, d._exp
    if kind == '%':
        exp += 2
    if precision is not None:
        if kind in 'eE':
            keep = precision + 1
            drop = len(str(coef)) - keep
            if drop <= 0:
                if coef:  # pad to the requested digits; zero places its point below instead
                    coef, exp = coef * 10 ** -drop, exp + drop
            else:
                coef, _ = _drop_digits(coef, drop, rounding, sign)
                exp += drop
                if len(str(coef)) > keep:
                    coef //= 10
                    exp += 1
        elif kind in 'fF%':
            rounded, _ = _rescale(_new(sign, coef, exp), -precision, rounding, [])
            coef, exp = rounded._int, rounded._exp
        elif kind in 'gGn' and len(str(coef)) > max(precision, 1):
            keep = max(precision, 1)
            drop = len(str(coef)) - keep
            coef, _ = _drop_digits(coef, drop, rounding, sign)
            exp += drop
            if len(str(coef)) > keep:
                coef //= 10
                exp += 1
    if coef == 0 and exp > 0 and kind in 'fF%':
        exp = 0
    if coef == 0 and f['z']:
        sign = 0
    digits = str(coef)
    leftdigits = exp + len(digits)
    if kind in 'eE':
        dotplace = 1 - precision if coef == 0 and precision is not None else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if exp <= 0 and leftdigits > -6 else 1
    if dotplace < 0:
        intpart, fracpart = '0', '0' * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
    else:
        intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
    shown_exp = leftdigits - dotplace
    point = '.' if fracpart or f['alt'] else ''
    if kind in 'eE' or (kind in 'gGn' and shown_exp != 0):
        letter = 'E' if kind in 'EG' else 'e'
        suffix = letter + '%+d' % shown_exp
    else:
        suffix = ''
    if kind == '%':
        suffix += '%'
    min_int = 0
    if f['align'] == '=' and f['fill'] == '0' and f['zero']:
        sign_width = 1 if sign or f['sign'] in '+ ' else 0
        min_int = max(1, f['width'] - sign_width - len(point + fracpart + suffix))
        intpart = _group(intpart, f['grouping'], min_int)
        return _sign_text(sign, f) + intpart + point + fracpart + suffix
    intpart = _group(intpart, f['grouping'], 0)
    return _pad(sign, intpart + point + fracpart + suffix, f)


def _sign_text(sign, f):
    return '-' if sign else ('' if f['sign'] == '-' else f['sign'])


def _pad(sign, body, f):
    prefix = _sign_text(sign, f)
    width, fill, align = f['width'], f['fill'], f['align'] or '>'
    gap = width - len(prefix) - len(body)
    if gap <= 0:
        return prefix + body
    if align == '<':
        return prefix + body + fill * gap
    if align == '^':
        return fill * (gap // 2) + prefix + body + fill * (gap - gap // 2)
    if align == '=':
        return prefix + fill * gap + body
    return fill * gap + prefix + body
