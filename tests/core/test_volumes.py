"""Where file choosers start: the last folder of this run, else a USB stick, else home."""

from __future__ import annotations

from intake_app.volumes import Volume, removable_roots, start_folder

HOME = "/home/worker"
LINUX = [Volume("/", "ext4"), Volume("/boot/efi", "vfat"), Volume("/home", "ext4"), Volume("/snap/core/1", "squashfs",
                                                                                           read_only=True)]


def _everything_exists(_path: str) -> bool:
    return True


def test_without_a_stick_the_chooser_starts_at_home():
    assert start_folder(LINUX, HOME, windows=False) == HOME


def test_a_stick_mounted_by_the_desktop_is_where_the_chooser_starts():
    for stick in ("/media/worker/KINGSTON", "/run/media/worker/USB DISK", "/Volumes/UNTITLED"):
        assert start_folder([*LINUX, Volume(stick, "vfat")], HOME, windows=False) == stick


def test_the_mount_folder_itself_and_unready_drives_do_not_count():
    vols = [*LINUX, Volume("/media", "tmpfs"), Volume("/media/worker/CARD", "exfat", ready=False)]
    assert removable_roots(vols, windows=False) == []
    assert start_folder(vols, HOME, windows=False) == HOME


def test_a_writable_stick_comes_before_a_read_only_one():
    vols = [*LINUX, Volume("/media/worker/AAA-CDROM", "iso9660", read_only=True), Volume("/media/worker/ZZZ", "vfat")]
    assert removable_roots(vols, windows=False) == ["/media/worker/ZZZ", "/media/worker/AAA-CDROM"]


def test_the_last_folder_wins_while_it_exists():
    vols = [*LINUX, Volume("/media/worker/STICK", "vfat")]
    assert start_folder(vols, HOME, "/home/worker/Reports", exists=_everything_exists, windows=False) == \
        "/home/worker/Reports"
    # The stick the last file went to was pulled out: back to another drive or home, not a dead folder.
    assert start_folder(vols, HOME, "/media/worker/OLD/bundles", exists=lambda p: False, windows=False) == \
        "/media/worker/STICK"
    assert start_folder(LINUX, HOME, "/media/worker/OLD", exists=lambda p: False, windows=False) == HOME


def test_windows_sticks_are_fat_drives_other_than_the_system_drive():
    vols = [Volume("C:/", "NTFS"), Volume("D:/", "NTFS"), Volume("E:/", "FAT32"), Volume("F:/", "exFAT")]
    assert removable_roots(vols, windows=True, system_drive="C:") == ["E:/", "F:/"]
    assert start_folder([Volume("C:/", "FAT32")], "C:/Users/w", windows=True, system_drive="C:") == "C:/Users/w"
