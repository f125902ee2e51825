def execute(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"walking {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", item, "from", place]:
            return f"taking {item} from {place}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"don't know how to {verb}"

for c in ["go north", "go up", "take lamp from table", "take key coin", "take", "exit", "", "dance wildly"]:
    print(repr(c), "->", execute(c))
