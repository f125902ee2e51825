"""The refusals of the sandbox: file-system and environment access need a capability that the host
grants per interpreter. None is granted here, so os, os.path and pathlib refuse with a
PermissionError that names the call and the missing capability (the same wording as open())."""


def refuse_files(what):
    raise PermissionError(f'{what} is not available: file access was not granted to this interpreter')


def refuse_environment(what):
    raise PermissionError(f'{what} is not available: environment access was not granted to this interpreter')


def refuse_process(what):
    raise PermissionError(f'{what} is not available: process access was not granted to this interpreter')
