class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(rec):
    if "age" not in rec:
        raise ValidationError("age", "required")
def process(records):
    errors = []
    for i, r in enumerate(records):
        try:
            validate(r)
        except ValidationError as e:
            e.add_note(f"record #{i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)
def main():
    try:
        process([{"age": 1}, {}, {"name": "x"}])
    except ExceptionGroup as eg:
        raise SystemError("pipeline aborted") from eg
main()
