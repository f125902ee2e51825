"""The refusals of the sandbox for calls GilGrid does not offer through a capability: process calls
always, and the low-level file calls (descriptors, links, permissions) that the granted-folder
model does not cover. The message names the call and why it is refused."""
import _fs


def refuse_files(what):
    if not _fs.granted():
        raise PermissionError(f'{what} is not available: file access was not granted to this interpreter')
    raise PermissionError(f'{what} is not available: GilGrid grants folders, not this low-level call')


def refuse_process(what):
    raise PermissionError(f'{what} is not available: process access was not granted to this interpreter')
