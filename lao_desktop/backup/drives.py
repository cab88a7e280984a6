"""Removable drives for "Back up now": USB sticks, USB disks and memory cards.

Linux reads the kernel's own tables (/proc/self/mountinfo, /sys/class/block, /dev/disk/by-label)
and Windows asks kernel32 through ctypes: no subprocess (lsblk, udisksctl, wmic), so the list is
ready in milliseconds and cannot hang on a tool. Network drives are never listed: a backup on
them is not the copy in a drawer that survives the office's PC, and they can hang.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

from lao_desktop.i18n import _
from lao_desktop.thai.digits import format_number

__all__ = ["Drive", "removable_drives"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Drive:
    root: Path  # where files go: "E:\\" on Windows, the mount point on Linux
    label: str  # volume label, "" when none
    total_bytes: int
    free_bytes: int
    usb: bool  # True for USB sticks and USB disks

    def describe(self) -> str:
        """One line for a list: ``KINGSTON (E:\\) — 12.3 GB free of 14.9 GB``."""
        free, total = size_text(self.free_bytes), size_text(self.total_bytes)
        if self.label:
            return _("{label} ({root}) — {free} free of {total}").format(
                label=self.label, root=self.root, free=free, total=total
            )
        return _("{root} — {free} free of {total}").format(root=self.root, free=free, total=total)


def size_text(n_bytes: int) -> str:
    """``16_000_000_000`` → ``"14.9 GB"``: powers of 1024 named as Windows Explorer names them,
    so the figure matches what the clerk sees there."""
    if n_bytes < 1024**2:  # a few scanned pages
        kilobytes = round(max(n_bytes, 0) / 1024)
        return f"{format_number(max(kilobytes, 1) if n_bytes > 0 else 0)} KB"
    value = n_bytes / 1024**2
    unit = "MB"
    for larger in ("GB", "TB"):
        if value < 1000:
            break
        value, unit = value / 1024, larger
    return f"{format_number(value, 0 if value >= 100 else 1)} {unit}"


def removable_drives() -> list[Drive]:
    """The removable drives a backup can go to now; ``[]`` when none or on another system."""
    try:
        if sys.platform == "win32":
            return _windows_drives()
        if sys.platform.startswith("linux"):
            return _linux_drives(Path("/proc"), Path("/sys"), Path("/dev"))
    except Exception:  # the clerk can still pick a folder: a failed listing must not stop a backup
        log.exception("listing removable drives failed")
    return []


# --- Linux -------------------------------------------------------------------------------------

# Where the running system lives: never offered, even when the system itself runs from a USB disk.
_SYSTEM_MOUNTS = frozenset({"/", "/boot", "/boot/efi", "/usr", "/var", "/home", "/opt", "/srv"})
_SYSTEM_TREES = ("/boot/", "/usr/", "/var/", "/proc/", "/sys/", "/dev/", "/snap/")
_OCTAL_ESCAPE = re.compile(rb"\\([0-7]{3})")
_HEX_ESCAPE = re.compile(rb"\\x([0-9a-fA-F]{2})")
_USB_BUS = re.compile(r"usb\d+")  # the root hub's folder in /sys/devices, e.g. "usb2"

Usage = Callable[[Path], tuple[int, int, int]]  # shutil.disk_usage: (total, used, free)


class _Mount(NamedTuple):
    numbers: str  # "major:minor" of the device
    mount_point: str
    fs_type: str
    source: str
    read_only: bool


def _unescape_octal(field: bytes) -> str:
    """mountinfo writes a space as ``\\040``, a tab ``\\011``, a backslash ``\\134``."""
    return os.fsdecode(_OCTAL_ESCAPE.sub(lambda m: bytes([int(m[1], 8)]), field))


def _unescape_hex(name: str) -> str:
    """udev names a label "MY STICK" ``MY\\x20STICK`` in /dev/disk/by-label."""
    return os.fsdecode(_HEX_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), os.fsencode(name)))


def _parse_mountinfo(data: bytes) -> list[_Mount]:
    # id parent major:minor root mount-point options [optional fields…] - type source super-options
    mounts = []
    for line in data.splitlines():
        fields = line.split(b" ")
        try:
            dash = fields.index(b"-", 6)
        except ValueError:
            continue
        if len(fields) < dash + 3:
            continue
        options = fields[5].split(b",")
        super_options = fields[dash + 3].split(b",") if len(fields) > dash + 3 else []
        mounts.append(
            _Mount(
                numbers=fields[2].decode("ascii", "replace"),
                mount_point=_unescape_octal(fields[4]),
                fs_type=_unescape_octal(fields[dash + 1]),
                source=_unescape_octal(fields[dash + 2]),
                read_only=b"ro" in options or b"ro" in super_options,
            )
        )
    return mounts


def _is_system_mount(mount_point: str) -> bool:
    return mount_point in _SYSTEM_MOUNTS or mount_point.startswith(_SYSTEM_TREES)


def _device_in_sys(sys_root: Path, mount: _Mount) -> Path | None:
    """The device's folder under /sys/devices (a partition's or a whole disk's)."""
    link = sys_root / "class" / "block" / Path(mount.source).name
    if not link.exists():  # a source such as /dev/disk/by-uuid/…: the numbers still find it
        link = sys_root / "dev" / "block" / mount.numbers
    return link.resolve() if link.exists() else None


def _whole_disk(device: Path) -> Path:
    # A partition's folder sits inside its disk's and holds a "partition" file.
    return device.parent if (device / "partition").exists() else device


def _on_usb(disk: Path) -> bool:
    return any(_USB_BUS.fullmatch(part) for part in disk.parts)


def _is_removable(disk: Path) -> bool:
    try:
        return (disk / "removable").read_text(encoding="ascii").strip() == "1"
    except OSError:
        return False


def _labels(dev_root: Path) -> dict[str, str]:
    """Kernel device name ("sdb1") → volume label, from /dev/disk/by-label."""
    labels: dict[str, str] = {}
    try:
        links = list((dev_root / "disk" / "by-label").iterdir())
    except OSError:
        return labels
    for link in links:
        try:
            labels[Path(os.readlink(link)).name] = _unescape_hex(link.name)
        except OSError:
            continue
    return labels


def _linux_drives(
    proc_root: Path, sys_root: Path, dev_root: Path, usage: Usage = shutil.disk_usage
) -> list[Drive]:
    """The writable removable drives mounted now; the roots are parameters for the tests."""
    try:
        mounts = _parse_mountinfo((proc_root / "self" / "mountinfo").read_bytes())
    except OSError:
        return []
    labels: dict[str, str] | None = None
    drives: list[Drive] = []
    seen: set[str] = set()
    for mount in mounts:
        if (
            not mount.source.startswith("/dev/")
            or mount.read_only
            or mount.fs_type == "swap"
            or _is_system_mount(mount.mount_point)
            or mount.numbers in seen  # a bind mount of a drive already listed
        ):
            continue
        device = _device_in_sys(sys_root, mount)
        if device is None or device.name.startswith("sr"):  # optical discs are not for backups
            continue
        disk = _whole_disk(device)
        usb = _on_usb(disk)
        if not (usb or _is_removable(disk)):
            continue
        root = Path(mount.mount_point)
        try:
            total, _used, free = usage(root)
        except OSError:  # pulled out a moment ago, or a mount we may not read
            continue
        if labels is None:
            labels = _labels(dev_root)
        label = labels.get(device.name) or root.name
        seen.add(mount.numbers)
        drives.append(Drive(root, label, total, free, usb))
    return sorted(drives, key=lambda d: str(d.root))


# --- Windows -----------------------------------------------------------------------------------

DRIVE_REMOVABLE = 2  # GetDriveTypeW: USB sticks and memory cards
DRIVE_FIXED = 3  # internal disks, and USB hard disks too
BUS_TYPE_USB = 7  # STORAGE_BUS_TYPE.BusTypeUsb


def _windows_wanted(letter: str, drive_type: int, bus_type: int | None, system_drive: str) -> bool:
    """Whether a drive letter is offered: removable media, or a fixed disk on USB; never the
    system drive (a USB disk can hold Windows itself)."""
    if f"{letter}:".upper() == system_drive.rstrip("\\").upper():
        return False
    if drive_type == DRIVE_REMOVABLE:
        return True
    return drive_type == DRIVE_FIXED and bus_type == BUS_TYPE_USB


def _windows_usb(drive_type: int, bus_type: int | None) -> bool:
    # A card in a laptop's reader is removable but on the SD bus; unknown bus: a USB stick.
    return bus_type == BUS_TYPE_USB or (drive_type == DRIVE_REMOVABLE and bus_type is None)


class _WindowsProbe(Protocol):
    """What the listing asks Windows; kernel32 on Windows, a fake in the tests."""

    def logical_drives(self) -> int: ...  # bit 0 is A:, bit 1 is B:, …
    def drive_type(self, root: str) -> int: ...
    def bus_type(self, letter: str) -> int | None: ...  # None when the disk does not say
    def volume_label(self, root: str) -> str | None: ...  # None: no medium (empty card reader)
    def space(self, root: str) -> tuple[int, int] | None: ...  # (total, free for this user)


def _windows_drives_from(probe: _WindowsProbe, system_drive: str) -> list[Drive]:
    drives = []
    mask = probe.logical_drives()
    for index in range(26):
        if not mask & (1 << index):
            continue
        letter = chr(ord("A") + index)
        root = f"{letter}:\\"
        drive_type = probe.drive_type(root)
        if drive_type not in (DRIVE_REMOVABLE, DRIVE_FIXED):
            continue  # network, optical, RAM disk, unknown
        bus_type = probe.bus_type(letter)
        if not _windows_wanted(letter, drive_type, bus_type, system_drive):
            continue
        label = probe.volume_label(root)
        space = probe.space(root)
        if label is None or space is None:
            continue
        drives.append(
            Drive(Path(root), label, space[0], space[1], _windows_usb(drive_type, bus_type))
        )
    return drives


if sys.platform == "win32":
    import ctypes
    import struct
    from ctypes import wintypes

    _IOCTL_STORAGE_QUERY_PROPERTY = 0x2D1400
    _OPEN_EXISTING = 3
    _FILE_SHARE_READ_WRITE = 0x1 | 0x2
    # No "insert a disk in drive E:" box for an empty card reader: the call fails instead.
    _SEM_FAILCRITICALERRORS, _SEM_NOOPENFILEERRORBOX = 0x1, 0x8000
    _BUS_TYPE_OFFSET = 28  # STORAGE_DEVICE_DESCRIPTOR: 2 DWORDs, 4 BYTEs, 4 DWORD offsets

    class _Kernel32Probe:
        def __init__(self) -> None:
            self._k = ctypes.WinDLL("kernel32", use_last_error=True)
            self._k.CreateFileW.restype = wintypes.HANDLE
            self._k.CreateFileW.argtypes = [
                wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID,
                wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE,
            ]  # fmt: skip
            self._k.DeviceIoControl.argtypes = [
                wintypes.HANDLE, wintypes.DWORD, wintypes.LPVOID, wintypes.DWORD,
                wintypes.LPVOID, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD), wintypes.LPVOID,
            ]  # fmt: skip
            self._k.CloseHandle.argtypes = [wintypes.HANDLE]

        def logical_drives(self) -> int:
            return int(self._k.GetLogicalDrives())

        def drive_type(self, root: str) -> int:
            return int(self._k.GetDriveTypeW(root))

        def bus_type(self, letter: str) -> int | None:
            # Access 0: asking for properties needs no rights on the volume and no admin.
            handle = self._k.CreateFileW(
                f"\\\\.\\{letter}:", 0, _FILE_SHARE_READ_WRITE, None, _OPEN_EXISTING, 0, None
            )
            if handle is None or handle == ctypes.c_void_p(-1).value:
                return None
            try:
                query = ctypes.create_string_buffer(12)  # StorageDeviceProperty, standard query
                out = ctypes.create_string_buffer(1024)
                returned = wintypes.DWORD()
                ok = self._k.DeviceIoControl(
                    handle, _IOCTL_STORAGE_QUERY_PROPERTY, query, len(query), out, len(out),
                    ctypes.byref(returned), None,
                )  # fmt: skip
                if not ok or returned.value < _BUS_TYPE_OFFSET + 4:
                    return None
                return int(struct.unpack_from("<I", out.raw, _BUS_TYPE_OFFSET)[0])
            finally:
                self._k.CloseHandle(handle)

        def volume_label(self, root: str) -> str | None:
            name = ctypes.create_unicode_buffer(261)
            ok = self._k.GetVolumeInformationW(root, name, len(name), None, None, None, None, 0)
            return str(name.value) if ok else None

        def space(self, root: str) -> tuple[int, int] | None:
            free, total = ctypes.c_ulonglong(), ctypes.c_ulonglong()
            ok = self._k.GetDiskFreeSpaceExW(root, ctypes.byref(free), ctypes.byref(total), None)
            return (int(total.value), int(free.value)) if ok else None

        def quiet_errors(self) -> int:
            old = wintypes.DWORD()
            self._k.SetThreadErrorMode(
                _SEM_FAILCRITICALERRORS | _SEM_NOOPENFILEERRORBOX, ctypes.byref(old)
            )
            return int(old.value)

        def restore_errors(self, old: int) -> None:
            self._k.SetThreadErrorMode(old, None)

    def _windows_drives() -> list[Drive]:
        probe = _Kernel32Probe()
        old = probe.quiet_errors()
        try:
            return _windows_drives_from(probe, os.environ.get("SYSTEMDRIVE", "C:"))
        finally:
            probe.restore_errors(old)
