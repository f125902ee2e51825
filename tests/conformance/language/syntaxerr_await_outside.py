def sync():
    await something()
