for src in [
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "async def f():\n    yield from x\n",
    "def f():\n    return [x async for x in y]\n",
    "async def f():\n    await x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "await x\n",
]:
    try:
        compile(src, "<a>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
