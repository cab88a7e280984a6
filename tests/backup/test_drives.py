"""Removable-drive discovery: Linux on fake /proc, /sys and /dev trees laid out as the kernel and
udev lay them out, Windows' decisions on a fake kernel32, and the real machine."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from lao_desktop import i18n
from lao_desktop.backup import drives
from lao_desktop.backup.drives import (
    BUS_TYPE_USB,
    DRIVE_FIXED,
    DRIVE_REMOVABLE,
    Drive,
    removable_drives,
    size_text,
)

GB = 1024**3

# --- a fake Linux ----------------------------------------------------------------------------

USB_STICK = "pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0"
USB_DISK = "pci0000:00/0000:00:14.0/usb3/3-2/3-2:1.0/host7/target7:0:0/7:0:0:0"
SATA = "pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0"
SD_READER = "pci0000:00/0000:00:1c.0/0000:02:00.0/mmc_host/mmc0/mmc0:aaaa"
DVD = "pci0000:00/0000:00:17.0/ata2/host1/target1:0:0/1:0:0:0"
NVME = "pci0000:00/0000:00:1d.0/0000:03:00.0/nvme/nvme0"


class FakeLinux:
    def __init__(self, base: Path) -> None:
        self.proc, self.sys, self.dev = base / "proc", base / "sys", base / "dev"
        for folder in (self.proc / "self", self.sys / "class/block", self.sys / "dev/block"):
            folder.mkdir(parents=True)
        (self.dev / "disk/by-label").mkdir(parents=True)
        self.lines: list[str] = []
        self.sizes: dict[Path, tuple[int, int, int]] = {}

    def disk(self, bus_path: str, name: str, numbers: str, removable: int, parts: int) -> None:
        """A disk and its partitions under /sys/devices, linked from /sys/class/block and
        /sys/dev/block with relative symlinks as the kernel makes them."""
        disk_dir = self.sys / "devices" / bus_path / "block" / name
        disk_dir.mkdir(parents=True)
        (disk_dir / "removable").write_text(f"{removable}\n")
        major, first_minor = (int(n) for n in numbers.split(":"))
        entries = [(name, disk_dir, first_minor)]
        sep = "p" if name[-1].isdigit() else ""
        for number in range(1, parts + 1):
            part_dir = disk_dir / f"{name}{sep}{number}"
            part_dir.mkdir()
            (part_dir / "partition").write_text(f"{number}\n")
            entries.append((part_dir.name, part_dir, first_minor + number))
        for entry, folder, minor in entries:
            (self.sys / "class/block" / entry).symlink_to(
                os.path.relpath(folder, self.sys / "class/block")
            )
            (self.sys / "dev/block" / f"{major}:{minor}").symlink_to(
                os.path.relpath(folder, self.sys / "dev/block")
            )

    def label(self, udev_name: str, device: str) -> None:
        (self.dev / "disk/by-label" / udev_name).symlink_to(f"../../{device}")

    def mount(
        self, numbers: str, mount_point: str, fs_type: str, source: str, options: str = "rw"
    ) -> None:
        escaped = mount_point.replace("\\", "\\134").replace(" ", "\\040").replace("\t", "\\011")
        mount_id = 30 + len(self.lines)
        self.lines.append(
            f"{mount_id} 1 {numbers} / {escaped} {options},relatime shared:{mount_id} - "
            f"{fs_type} {source} {options}"
        )

    def size(self, mount_point: str, total: int, free: int) -> None:
        self.sizes[Path(mount_point)] = (total, total - free, free)

    def usage(self, path: Path) -> tuple[int, int, int]:
        if path not in self.sizes:
            raise FileNotFoundError(path)
        return self.sizes[path]

    def drives(self) -> list[Drive]:
        (self.proc / "self/mountinfo").write_text("\n".join(self.lines) + "\n")
        return drives._linux_drives(self.proc, self.sys, self.dev, usage=self.usage)


@pytest.fixture
def office_pc(tmp_path: Path) -> FakeLinux:
    """A clerk's PC: system on SATA and NVMe, a USB stick, a USB disk, an SD card, a DVD."""
    pc = FakeLinux(tmp_path)
    pc.disk(SATA, "sda", "8:0", removable=0, parts=3)
    pc.disk(NVME, "nvme0n1", "259:0", removable=0, parts=1)
    pc.disk(USB_STICK, "sdb", "8:16", removable=1, parts=1)
    pc.disk(USB_DISK, "sdc", "8:32", removable=0, parts=1)  # a USB disk says "not removable"
    pc.disk(SD_READER, "mmcblk0", "179:0", removable=1, parts=1)
    pc.disk(DVD, "sr0", "11:0", removable=1, parts=0)
    pc.label("สำรอง\\x202567", "sdb1")  # udev keeps UTF-8 and escapes the space
    pc.label("SDCARD", "mmcblk0p1")
    pc.label("ROOT", "sda1")
    pc.mount("8:1", "/", "ext4", "/dev/sda1")
    pc.mount("259:1", "/boot/efi", "vfat", "/dev/nvme0n1p1")
    pc.mount("8:2", "/home", "ext4", "/dev/sda2")
    pc.mount("8:3", "/data", "ext4", "/dev/sda3")
    pc.mount("0:25", "/run/user/1000", "tmpfs", "tmpfs")
    pc.mount("8:17", "/media/สมชาย/สำรอง 2567", "vfat", "/dev/sdb1")
    pc.mount("8:33", "/media/สมชาย/Backup Disk", "ntfs3", "/dev/sdc1")
    pc.mount("179:1", "/mnt/sd card", "exfat", "/dev/mmcblk0p1")
    pc.mount("11:0", "/media/สมชาย/DVD", "iso9660", "/dev/sr0", options="ro")
    for mount_point in ("/", "/boot/efi", "/home", "/data", "/run/user/1000"):
        pc.size(mount_point, 100 * GB, 50 * GB)
    pc.size("/media/สมชาย/สำรอง 2567", 14 * GB, 12 * GB)
    pc.size("/media/สมชาย/Backup Disk", 931 * GB, 400 * GB)
    pc.size("/mnt/sd card", 29 * GB, 29 * GB)
    pc.size("/media/สมชาย/DVD", 4 * GB, 0)
    return pc


def test_linux_lists_the_usb_stick_the_usb_disk_and_the_sd_card(office_pc: FakeLinux) -> None:
    assert office_pc.drives() == [
        Drive(Path("/media/สมชาย/Backup Disk"), "Backup Disk", 931 * GB, 400 * GB, usb=True),
        Drive(Path("/media/สมชาย/สำรอง 2567"), "สำรอง 2567", 14 * GB, 12 * GB, usb=True),
        Drive(Path("/mnt/sd card"), "SDCARD", 29 * GB, 29 * GB, usb=False),
    ]


def test_linux_leaves_out_a_read_only_stick_a_writable_disc_and_a_second_mount(
    office_pc: FakeLinux,
) -> None:
    office_pc.disk(DVD.replace("ata2", "ata3"), "sr1", "11:1", removable=1, parts=0)
    office_pc.mount("11:1", "/media/สมชาย/DVD-RAM", "udf", "/dev/sr1")
    office_pc.size("/media/สมชาย/DVD-RAM", 4 * GB, 4 * GB)
    office_pc.disk(USB_STICK.replace("2-1", "2-4"), "sdd", "8:48", removable=1, parts=1)
    office_pc.mount("8:49", "/media/สมชาย/LOCKED", "vfat", "/dev/sdd1", options="ro")
    office_pc.mount("8:17", "/srv/stick again", "vfat", "/dev/sdb1")
    office_pc.size("/media/สมชาย/LOCKED", 8 * GB, 8 * GB)
    office_pc.size("/srv/stick again", 14 * GB, 12 * GB)
    roots = [str(drive.root) for drive in office_pc.drives()]
    assert roots == ["/media/สมชาย/Backup Disk", "/media/สมชาย/สำรอง 2567", "/mnt/sd card"]


def test_linux_never_offers_the_system_even_when_it_runs_from_a_usb_disk(tmp_path: Path) -> None:
    pc = FakeLinux(tmp_path)
    pc.disk(USB_DISK, "sda", "8:0", removable=0, parts=4)
    for minor, mount_point in enumerate(["/", "/boot", "/home", "/media/DATA"], start=1):
        pc.mount(f"8:{minor}", mount_point, "ext4", f"/dev/sda{minor}")
        pc.size(mount_point, 100 * GB, 10 * GB)
    assert [drive.root for drive in pc.drives()] == [Path("/media/DATA")]


def test_linux_finds_the_device_by_its_numbers_when_the_source_is_not_its_name(
    tmp_path: Path,
) -> None:
    pc = FakeLinux(tmp_path)
    pc.disk(USB_STICK, "sdb", "8:16", removable=1, parts=1)
    pc.mount("8:17", "/mnt/usb", "vfat", "/dev/disk/by-uuid/0A1B-2C3D")
    pc.size("/mnt/usb", 8 * GB, 1 * GB)
    assert pc.drives() == [Drive(Path("/mnt/usb"), "usb", 8 * GB, 1 * GB, usb=True)]


def test_linux_skips_a_drive_pulled_out_between_the_two_reads(office_pc: FakeLinux) -> None:
    del office_pc.sizes[Path("/mnt/sd card")]  # its statvfs now fails
    assert Path("/mnt/sd card") not in [drive.root for drive in office_pc.drives()]


def test_linux_with_no_proc_lists_nothing(tmp_path: Path) -> None:
    assert drives._linux_drives(tmp_path / "proc", tmp_path / "sys", tmp_path / "dev") == []


def test_linux_measures_a_real_mount_point_with_disk_usage(tmp_path: Path) -> None:
    pc = FakeLinux(tmp_path / "fake")
    pc.disk(USB_STICK, "sdb", "8:16", removable=1, parts=1)
    stick = tmp_path / "media" / "ครู สมศรี\tUSB\\1"  # space, Thai, tab and backslash
    stick.mkdir(parents=True)
    pc.mount("8:17", str(stick), "vfat", "/dev/sdb1")
    (pc.proc / "self/mountinfo").write_text("\n".join(pc.lines) + "\n")
    [drive] = drives._linux_drives(pc.proc, pc.sys, pc.dev)
    usage = os.statvfs(stick)
    assert drive.root == stick
    assert drive.root.is_dir()
    assert drive.label == stick.name
    assert drive.total_bytes == usage.f_blocks * usage.f_frsize
    assert 0 < drive.free_bytes <= drive.total_bytes


def test_mountinfo_escapes_and_optional_fields() -> None:
    line = rb"36 35 8:17 / /media/a\040b\134c\011d rw,nosuid master:1 shared:7 - vfat /dev/sdb1 rw"
    [mount] = drives._parse_mountinfo(line + b"\nbroken line\n")
    assert mount == drives._Mount("8:17", "/media/a b\\c\td", "vfat", "/dev/sdb1", False)
    [read_only] = drives._parse_mountinfo(b"1 0 8:1 / /x rw - ext4 /dev/sda1 ro,errors=remount-ro")
    assert read_only.read_only


def test_udev_label_escapes() -> None:
    assert drives._unescape_hex("MY\\x20STICK") == "MY STICK"
    assert drives._unescape_hex("งาน\\x2fคลัง") == "งาน/คลัง"
    assert drives._unescape_hex("\\xe0\\xb8\\x81") == "ก"  # escaped UTF-8 bytes


# --- Windows's decisions ---------------------------------------------------------------------

BUS_SATA, BUS_SD, BUS_NVME = 11, 12, 17
DRIVE_REMOTE, DRIVE_CDROM = 4, 5


@pytest.mark.parametrize(
    ("drive_type", "bus_type", "wanted", "usb"),
    [
        (DRIVE_REMOVABLE, BUS_TYPE_USB, True, True),  # a USB stick
        (DRIVE_REMOVABLE, BUS_SD, True, False),  # a card in the laptop's reader
        (DRIVE_REMOVABLE, None, True, True),  # a stick whose bus could not be asked
        (DRIVE_FIXED, BUS_TYPE_USB, True, True),  # a USB hard disk says "fixed"
        (DRIVE_FIXED, BUS_SATA, False, False),  # the second internal disk
        (DRIVE_FIXED, BUS_NVME, False, False),
        (DRIVE_FIXED, None, False, False),
        (DRIVE_REMOTE, None, False, False),
        (DRIVE_CDROM, BUS_TYPE_USB, False, False),  # a USB DVD writer
    ],
)
def test_windows_decision(drive_type: int, bus_type: int | None, wanted: bool, usb: bool) -> None:
    assert drives._windows_wanted("E", drive_type, bus_type, "C:") is wanted
    if wanted:
        assert drives._windows_usb(drive_type, bus_type) is usb


def test_windows_never_offers_the_system_drive() -> None:
    assert not drives._windows_wanted("C", DRIVE_FIXED, BUS_TYPE_USB, "C:")  # Windows To Go
    assert not drives._windows_wanted("d", DRIVE_REMOVABLE, BUS_TYPE_USB, "D:\\")
    assert drives._windows_wanted("E", DRIVE_REMOVABLE, BUS_TYPE_USB, "D:")


class FakeKernel32:
    """Letter → (drive type, bus type, label or None for no medium, (total, free))."""

    def __init__(self, letters: dict[str, tuple[int, int | None, str | None, tuple[int, int]]]):
        self.letters = letters
        self.asked_space: list[str] = []

    def logical_drives(self) -> int:
        return sum(1 << (ord(letter) - ord("A")) for letter in self.letters)

    def drive_type(self, root: str) -> int:
        return self.letters[root[0]][0]

    def bus_type(self, letter: str) -> int | None:
        return self.letters[letter][1]

    def volume_label(self, root: str) -> str | None:
        return self.letters[root[0]][2]

    def space(self, root: str) -> tuple[int, int] | None:
        self.asked_space.append(root)
        return None if self.letters[root[0]][2] is None else self.letters[root[0]][3]


def test_windows_lists_sticks_usb_disks_and_cards_in_letter_order() -> None:
    kernel32 = FakeKernel32(
        {
            "C": (DRIVE_FIXED, BUS_NVME, "Windows", (476 * GB, 200 * GB)),
            "D": (DRIVE_FIXED, BUS_SATA, "DATA", (931 * GB, 800 * GB)),
            "E": (DRIVE_REMOVABLE, BUS_TYPE_USB, "KINGSTON", (15 * GB, 12 * GB)),
            "F": (DRIVE_REMOVABLE, BUS_TYPE_USB, None, (0, 0)),  # card reader, no card
            "G": (DRIVE_CDROM, BUS_SATA, "DVD", (4 * GB, 0)),
            "H": (DRIVE_FIXED, BUS_TYPE_USB, "", (1863 * GB, 1000 * GB)),
            "I": (DRIVE_REMOVABLE, BUS_SD, "SDCARD", (29 * GB, 29 * GB)),
            "Z": (DRIVE_REMOTE, None, "share", (1000 * GB, 10 * GB)),
        }
    )
    listed = drives._windows_drives_from(kernel32, "C:")
    assert listed == [
        Drive(Path("E:\\"), "KINGSTON", 15 * GB, 12 * GB, usb=True),
        Drive(Path("H:\\"), "", 1863 * GB, 1000 * GB, usb=True),
        Drive(Path("I:\\"), "SDCARD", 29 * GB, 29 * GB, usb=False),
    ]
    assert "Z:\\" not in kernel32.asked_space  # a network drive is never touched


# --- what the clerk reads --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n_bytes", "text"),
    [
        (0, "0 KB"),
        (100, "1 KB"),
        (2322, "2 KB"),
        (500_000, "488 KB"),
        (1024**2, "1.0 MB"),
        (512 * 1024**2, "512 MB"),
        (999 * 1024**2, "999 MB"),
        (1000 * 1024**2, "1.0 GB"),
        (16_008_609_792, "14.9 GB"),  # a "16 GB" stick
        (118 * GB, "118 GB"),
        (2_000_398_934_016, "1.8 TB"),  # a "2 TB" disk
        (1536 * 1024 * GB, "1,536 TB"),
    ],
)
def test_size_text(n_bytes: int, text: str) -> None:
    assert size_text(n_bytes) == text


def test_describe_in_english() -> None:
    i18n.set_language("en")
    stick = Drive(Path("E:\\"), "KINGSTON", 16_008_609_792, 13_207_024_435, usb=True)
    assert stick.describe() == "KINGSTON (E:\\) — 12.3 GB free of 14.9 GB"
    disk = Drive(Path("/media/somchai/disk"), "", 931 * GB, 400 * GB, usb=True)
    assert disk.describe() == "/media/somchai/disk — 400 GB free of 931 GB"


def test_describe_in_thai_keeps_the_label_and_the_figures() -> None:
    i18n.set_language("th")
    text = Drive(Path("/media/สมชาย/สำรอง"), "สำรอง", 14 * GB, 12 * GB, usb=True).describe()
    for part in ("สำรอง", "/media/สมชาย/สำรอง", "12.0 GB", "14.0 GB"):
        assert part in text


# --- this machine ----------------------------------------------------------------------------


def test_this_machine_lists_existing_roots_quickly() -> None:
    fastest = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        found = removable_drives()
        fastest = min(fastest, time.perf_counter() - start)
    assert isinstance(found, list)
    assert all(isinstance(drive, Drive) and drive.root.exists() for drive in found)
    assert fastest < 0.05


def test_another_system_or_a_failure_lists_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert removable_drives() == []
    monkeypatch.setattr(sys, "platform", "linux")

    def broken(*args: object, **kwargs: object) -> list[Drive]:
        raise RuntimeError("sysfs changed shape")

    monkeypatch.setattr(drives, "_linux_drives", broken)
    assert removable_drives() == []
