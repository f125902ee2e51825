# match, case, _ and type are soft keywords: ordinary names elsewhere.
match = [1, 2]
case = "case value"
_ = "underscore"
type_ = type
print(match, case, _)
def match_fn(match, case):
    return match + case
print(match_fn(1, 2))
class type_holder:
    type = "attribute named type"
print(type_holder.type)
print(type(3).__name__)
