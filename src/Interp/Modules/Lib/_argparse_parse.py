"""argparse's matching of command-line strings to actions.

Each string is classified as 'O' (an option), 'A' (an argument) or '-' (the '--' separator); the
nargs of each action becomes a regular expression over that pattern string, so matching how many
strings an action consumes is a regex match, as in CPython.
"""

import re as _re
from _argparse_help import SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER
from _argparse_actions import ArgumentError, ArgumentTypeError, _get_action_name


def parse_known_args(parser, arg_strings, namespace):
    if parser.fromfile_prefix_chars is not None:
        arg_strings = parser._read_args_from_files(arg_strings)
    return _Parse(parser, arg_strings, namespace).run()


class _Parse:
    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.arg_strings = arg_strings
        self.namespace = namespace
        self.action_conflicts = {}
        for group in parser._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                conflicts = self.action_conflicts.setdefault(action, [])
                conflicts.extend(group._group_actions[:i])
                conflicts.extend(group._group_actions[i + 1:])
        self.option_string_indices = {}
        pattern_parts = []
        strings = iter(arg_strings)
        for i, arg_string in enumerate(strings):
            if arg_string == '--':
                pattern_parts.append('-')
                for _ in strings:
                    pattern_parts.append('A')
            else:
                option_tuple = parse_optional(parser, arg_string)
                if option_tuple is None:
                    pattern_parts.append('A')
                else:
                    self.option_string_indices[i] = option_tuple
                    pattern_parts.append('O')
        self.pattern = ''.join(pattern_parts)
        self.seen_actions = set()
        self.seen_non_default_actions = set()
        self.extras = []
        self.positionals = parser._get_positional_actions()

    def take_action(self, action, argument_strings, option_string=None):
        self.seen_actions.add(action)
        argument_values = get_values(self.parser, action, argument_strings)
        if argument_values is not action.default:
            self.seen_non_default_actions.add(action)
            for conflict in self.action_conflicts.get(action, []):
                if conflict in self.seen_non_default_actions:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(conflict))
        if argument_values is not SUPPRESS:
            action(self.parser, self.namespace, argument_values, option_string)

    def consume_optional(self, start_index):
        action, option_string, sep, explicit_arg = self.option_string_indices[start_index]
        chars = self.parser.prefix_chars
        action_tuples = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start_index])
                return start_index + 1
            if explicit_arg is not None:
                arg_count = match_argument(action, 'A')
                if arg_count == 0 and option_string[1] not in chars and explicit_arg != '':
                    # -xyz: a flag followed by more single-letter options.
                    if sep or explicit_arg[0] in chars:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                    action_tuples.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    optionals_map = self.parser._option_string_actions
                    if option_string not in optionals_map:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                    action = optionals_map[option_string]
                    explicit_arg = explicit_arg[1:]
                    if not explicit_arg:
                        sep = explicit_arg = None
                    elif explicit_arg[0] == '=':
                        sep = '='
                        explicit_arg = explicit_arg[1:]
                    else:
                        sep = ''
                elif arg_count == 1:
                    stop = start_index + 1
                    action_tuples.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
            else:
                start = start_index + 1
                arg_count = match_argument(action, self.pattern[start:])
                stop = start + arg_count
                action_tuples.append((action, self.arg_strings[start:stop], option_string))
                break
        for action, args, option_string in action_tuples:
            self.take_action(action, args, option_string)
        return stop

    def consume_positionals(self, start_index):
        arg_counts = match_arguments_partial(self.positionals, self.pattern[start_index:])
        for action, arg_count in zip(self.positionals, arg_counts):
            args = self.arg_strings[start_index:start_index + arg_count]
            start_index += arg_count
            self.take_action(action, args)
        self.positionals[:] = self.positionals[len(arg_counts):]
        return start_index

    def run(self):
        parser = self.parser
        indices = self.option_string_indices
        max_option_string_index = max(indices) if indices else -1
        start_index = 0
        while start_index <= max_option_string_index:
            next_option_string_index = min(i for i in indices if i >= start_index)
            if start_index != next_option_string_index:
                positionals_end_index = self.consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in indices:
                self.extras.extend(self.arg_strings[start_index:next_option_string_index])
                start_index = next_option_string_index
            start_index = self.consume_optional(start_index)
        stop_index = self.consume_positionals(start_index)
        self.extras.extend(self.arg_strings[stop_index:])

        required_actions = []
        for action in parser._actions:
            if action in self.seen_actions:
                continue
            if action.required:
                required_actions.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                # A string default goes through type= like a command-line value would.
                setattr(self.namespace, action.dest, get_value(parser, action, action.default))
        if required_actions:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required_actions))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default_actions
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return self.namespace, self.extras


def parse_optional(parser, arg_string):
    if not arg_string or arg_string[0] not in parser.prefix_chars:
        return None
    if arg_string in parser._option_string_actions:
        return parser._option_string_actions[arg_string], arg_string, None, None
    if len(arg_string) == 1:
        return None
    option_string, sep, explicit_arg = arg_string.partition('=')
    if sep and option_string in parser._option_string_actions:
        return parser._option_string_actions[option_string], option_string, sep, explicit_arg
    option_tuples = get_option_tuples(parser, arg_string)
    if len(option_tuples) > 1:
        options = ', '.join(option_string for _, option_string, _, _ in option_tuples)
        raise ArgumentError(None, 'ambiguous option: %s could match %s' % (arg_string, options))
    if len(option_tuples) == 1:
        return option_tuples[0]
    if parser._negative_number_matcher.match(arg_string):
        if not parser._has_negative_number_optionals:
            return None
    if ' ' in arg_string:
        return None
    return None, arg_string, None, None


def get_option_tuples(parser, option_string):
    result = []
    chars = parser.prefix_chars
    actions = parser._option_string_actions
    if option_string[0] in chars and option_string[1] in chars:
        if parser.allow_abbrev:
            option_prefix, sep, explicit_arg = option_string.partition('=')
            if not sep:
                sep = explicit_arg = None
            for candidate in actions:
                if candidate.startswith(option_prefix):
                    result.append((actions[candidate], candidate, sep, explicit_arg))
    elif option_string[0] in chars and option_string[1] not in chars:
        option_prefix, sep, explicit_arg = option_string.partition('=')
        if not sep:
            sep = explicit_arg = None
        short_option_prefix = option_string[:2]
        short_explicit_arg = option_string[2:]
        for candidate in actions:
            if candidate == short_option_prefix:
                result.append((actions[candidate], candidate, '', short_explicit_arg))
            elif parser.allow_abbrev and candidate.startswith(option_prefix):
                result.append((actions[candidate], candidate, sep, explicit_arg))
    else:
        raise ArgumentError(None, 'unexpected option string: %s' % option_string)
    return result


def nargs_pattern(action):
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        # An option's arguments cannot include '--' or follow it.
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


def match_argument(action, pattern):
    match = _re.match(nargs_pattern(action), pattern)
    if match is None:
        nargs = action.nargs
        if nargs is None:
            msg = 'expected one argument'
        elif nargs == OPTIONAL:
            msg = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            msg = 'expected at least one argument'
        else:
            msg = ('expected %s argument' if nargs == 1 else 'expected %s arguments') % nargs
        raise ArgumentError(action, msg)
    return len(match.group(1))


def match_arguments_partial(actions, pattern):
    for i in range(len(actions), 0, -1):
        match = _re.match(''.join(nargs_pattern(a) for a in actions[:i]), pattern)
        if match is not None:
            return [len(s) for s in match.groups()]
    return []


def get_values(parser, action, arg_strings):
    if action.nargs not in [PARSER, REMAINDER]:
        if '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
    if not arg_strings and action.nargs == OPTIONAL:
        value = action.const if action.option_strings else action.default
        if isinstance(value, str):
            value = get_value(parser, action, value)
            check_value(action, value)
    elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
        value = action.default if action.default is not None else arg_strings
        if action.default is None:
            value = []
    elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
        value = get_value(parser, action, arg_strings[0])
        check_value(action, value)
    elif action.nargs == REMAINDER:
        value = [get_value(parser, action, v) for v in arg_strings]
    elif action.nargs == PARSER:
        value = [get_value(parser, action, v) for v in arg_strings]
        check_value(action, value[0])
    elif action.nargs == SUPPRESS:
        value = SUPPRESS
    else:
        value = [get_value(parser, action, v) for v in arg_strings]
        for v in value:
            check_value(action, v)
    return value


def get_value(parser, action, arg_string):
    type_func = parser._registry_get('type', action.type, action.type)
    if not callable(type_func):
        raise ArgumentError(action, '%r is not callable' % (type_func,))
    try:
        return type_func(arg_string)
    except ArgumentTypeError as err:
        raise ArgumentError(action, str(err))
    except (TypeError, ValueError):
        name = getattr(action.type, '__name__', repr(action.type))
        raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))


def check_value(action, value):
    if action.choices is not None and value not in action.choices:
        choices = ', '.join(map(repr, action.choices))
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))
