import sys

def main():
    print("partial output")
    return 3

sys.exit(main())
